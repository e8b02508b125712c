"""Read one page export of the archive into a ``Document``.

The layout (section names, titles that precede a speaker's name, header lines,
citation patterns) is data: ``ld/data/layout.toml``, overridable per document.
The parser knows nothing about any particular document.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from datetime import date as _date
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Callable

from ld.errors import InputError, ParseError
from ld.model import Citation, Date, Document, Footnote, Location, Segment, Span

MARKUP = re.compile(r"</?(?:u|i|b|em|strong|span|p)\b[^>]*>", re.I)
CALLOUT = re.compile(r"\[(\d{1,3})\]")
INSERTION = re.compile(r"\[[^\[\]]+\]")
FOOTNOTE_DEF = re.compile(r"^\[(\d{1,3})\]\s+(.*)$", re.S)
SENTENCE_END = ".!?…)]\"”’"
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}


def default_layout() -> dict:
    return tomllib.loads(resources.files("ld").joinpath("data/layout.toml").read_text("utf-8"))


@dataclass(frozen=True)
class Paragraph:
    text: str  # NFC, markup removed, whitespace folded
    location: Location


class Layout:
    """Compiled layout rules."""

    def __init__(self, data: dict):
        self.data = data
        self.sections = tuple(data["sections"])
        self.transcript = data["transcript"]
        self.headers = {h.casefold() for h in data.get("headers", ())}
        self.file_lists = tuple(data.get("file_lists", ()))
        self.languages = data.get("languages", {})
        self.citation = {k: re.compile(v) for k, v in data.get("citation", {}).items()}
        titles = sorted(data.get("titles", ()), key=len, reverse=True)
        title = "|".join(re.escape(t) for t in titles) or "(?!)"
        word = r"[^\W\d_a-zß-ÿ][\w'’\-]*"  # a capitalised word
        name = rf"{word}(?:[ ]+(?:{word}|\[[^\[\]]{{1,40}}\]))*?"
        # A label: optional title, then a name of capitalised words, then ':' or '.'.
        self.label = re.compile(
            rf"(?P<label>(?:(?P<title>{title})(?:[ ]+|(?=[:.])))?(?P<name>{name})?)[ ]*(?P<sep>[:.])(?=\s|$)")
        self.stage = re.compile(r"\((?P<p>[A-Z][^()]*)\)|\[(?P<b>[A-Z][^\[\]]*[.!?])\]")

    def section_header(self, text: str) -> str | None:
        if text.endswith(":") and text[:-1].strip() in self.sections:
            return text[:-1].strip()
        return None


class Parser:
    def __init__(self, layout: dict | None = None, is_known: Callable[[str], bool] | None = None):
        self.layout = Layout(layout or default_layout())
        self.is_known = is_known or (lambda name: False)

    # -- reading -----------------------------------------------------------
    def parse_file(self, path: Path, doc_id: str | None = None) -> Document:
        data = read_bytes(path)
        return self.parse_text(decode(data, path), str(path), doc_id or path.stem,
                               hashlib.sha256(data).hexdigest())

    def parse_text(self, text: str, path: str = "<text>", doc_id: str = "doc", digest: str = "") -> Document:
        paragraphs = split_paragraphs(text, path)
        if not paragraphs:
            raise ParseError("the file holds no text", path=path, line=1,
                             hint="an archive page export starts with a date line and a title")
        meta, body, transcript_line = self._sections(paragraphs, path)
        date = None
        title = ""
        head = meta.pop("_head", [])
        if head:
            date = parse_date(head[0].text)
            rest = head[1:] if date else head
            title = rest[0].text if rest else ""
        citation = self._citation(meta.get("Citation", ""))
        language = meta.get("Original Language", "")
        segments, footnotes, headers = Transcript(self, path).read(body)
        if not any(s.kind == "turn" for s in segments):
            raise ParseError(
                "no speech turns found", path=path, line=transcript_line,
                hint="the transcript must have paragraphs that start with a speaker label, "
                     f"such as 'Comrade Mao Zedong:'; looked after the '{self.layout.transcript}:' section")
        return Document(
            id=doc_id, path=path, title=title, date=date, citation=citation,
            summary=meta.get("Summary", ""), credits=meta.get("Credits", ""),
            original_language=language, language_tag=self.layout.languages.get(language, ""),
            segments=tuple(segments), footnotes=tuple(footnotes), headers=tuple(headers),
            text_digest=digest,
        )

    def _sections(self, paragraphs: list[Paragraph], path: str):
        meta: dict = {"_head": []}
        current = "_head"
        parts: dict[str, list[Paragraph]] = {"_head": []}
        body: list[Paragraph] = []
        transcript_line = paragraphs[-1].location.line
        for index, para in enumerate(paragraphs):
            name = self.layout.section_header(para.text)
            if name == self.layout.transcript:
                body = paragraphs[index + 1:]
                transcript_line = para.location.line
                break
            if name:
                current = name
                parts.setdefault(name, [])
                continue
            if current == "_head" and index >= 2 and self._starts_turn(para.text):
                body = paragraphs[index:]  # no Contents header: the transcript starts here
                transcript_line = para.location.line
                break
            parts.setdefault(current, []).append(para)
        for name, paras in parts.items():
            meta[name] = paras if name == "_head" else "\n\n".join(p.text for p in paras)
        return meta, body, transcript_line

    def _starts_turn(self, text: str) -> bool:
        match = self.layout.label.match(text)
        return bool(match and self.accept_label(match, at_start=True) == "speaker")

    def accept_label(self, match: re.Match, at_start: bool) -> str | None:
        """'speaker', 'header' or None: is this regex match really a label?"""
        title, name, sep = match["title"], (match["name"] or "").strip(), match["sep"]
        if not title and not name:
            return None
        if at_start and sep == ":" and match["label"].strip().casefold() in self.layout.headers:
            return "header"
        if name and not all(w[0].isupper() or w[0] == "[" for w in name.split()):
            return None
        known = bool(name) and self.is_known(name)
        shouting = bool(name) and any(len(w) > 1 and w.isupper() for w in name.split())
        if sep == ".":
            return "speaker" if at_start and title and (known or len(name.split()) <= 4) else None
        if title or known or shouting:
            return "speaker"
        # An untitled capitalised name at a paragraph's start ("Khrushchev: ...").
        return "speaker" if at_start and name and len(name.split()) <= 3 else None

    def _citation(self, text: str) -> Citation | None:
        if not text:
            return None
        values = {}
        for key, pattern in self.layout.citation.items():
            match = pattern.search(text)
            if match:
                values[key] = match["value"].strip()
                if key == "archive" and match.groupdict().get("gloss"):
                    values["archive_gloss"] = match["gloss"].strip()
        return Citation(text=text, **values)


class Transcript:
    """Turns the transcript's paragraphs into ordered segments."""

    def __init__(self, parser: Parser, path: str):
        self.parser = parser
        self.layout = parser.layout
        self.path = path
        self.segments: list[dict] = []
        self.current: dict | None = None  # the turn that an unlabelled paragraph continues

    def read(self, paragraphs: list[Paragraph]):
        footnote_defs: list[dict] = []
        headers: list[tuple[str, str]] = []
        for para in paragraphs:
            definition = FOOTNOTE_DEF.match(para.text)
            if definition:
                footnote_defs.append({"number": definition[1], "text": definition[2].strip(), "location": para.location})
                continue
            if footnote_defs:  # a paragraph after a footnote continues the footnote
                footnote_defs[-1]["text"] += "\n\n" + para.text
                continue
            if not self.segments and para.text.startswith(self.layout.file_lists):
                continue
            match = self.layout.label.match(para.text)
            if match and self.parser.accept_label(match, at_start=True) == "header":
                headers.append((match["label"].strip(), para.text[match.end():].strip()))
                continue
            self._paragraph(para)
        numbers = {d["number"] for d in footnote_defs}
        segments, anchors = self._finish(numbers)
        footnotes = [Footnote(d["number"], unicodedata.normalize("NFC", d["text"]), d["location"],
                              *anchors.get(d["number"], (None, None))) for d in footnote_defs]
        return segments, footnotes, headers

    def _markers(self, text: str):
        """Labels and stage directions in a paragraph, in order: (start, end, kind, match)."""
        found = []
        start_label = self.layout.label.match(text)
        if start_label and self.parser.accept_label(start_label, at_start=True) == "speaker":
            found.append((0, start_label.end(), "label", start_label))
        for stage in self.layout.stage.finditer(text):
            before, after = text[:stage.start()].rstrip(), text[stage.end():]
            standalone = (not before or before[-1] in SENTENCE_END) and (not after or after[0].isspace())
            whole = not before and not after.strip()
            body = stage["p"] or stage["b"]
            if standalone and (whole or body.rstrip()[-1:] in ".!?"):
                found.append((stage.start(), stage.end(), "stage", stage))
        for label in self.layout.label.finditer(text):
            if label.start() == 0:
                continue
            before = text[:label.start()]
            if not before.endswith(" ") or before.rstrip()[-1:] not in SENTENCE_END:
                continue
            if label["sep"] == ":" and self.parser.accept_label(label, at_start=False) == "speaker":
                found.append((label.start(), label.end(), "label", label))
        found.sort(key=lambda m: m[0])
        kept, last_end = [], -1
        for marker in found:  # drop overlaps: a stage direction never contains a label
            if marker[0] >= last_end:
                kept.append(marker)
                last_end = marker[1]
        return kept

    def _paragraph(self, para: Paragraph) -> None:
        text = para.text
        markers = self._markers(text)
        host = None if markers and markers[0][0] == 0 and markers[0][2] == "label" else self.current
        cut = markers[0][0] if markers else len(text)
        self._continue(text[:cut].strip(), para)
        for index, (start, end, kind, match) in enumerate(markers):
            following = markers[index + 1][0] if index + 1 < len(markers) else len(text)
            piece = text[end:following].strip()
            if kind == "stage":
                self._add("stage", (match["p"] or match["b"]).strip(), para, offset=start)
                if piece and self.current:
                    resumed = self._add("turn", piece, para, offset=end, label=None,
                                        speaker=self.current["speaker"], continues=self.current["position"])
                    self.current = resumed
                continue
            label = match["label"].strip()
            name = (match["name"] or "").strip() or (match["title"] or "").strip()
            turn = self._add("turn", piece, para, offset=start, label=label, speaker=name,
                             embedded_in=host["position"] if host and start > 0 else None)
            self.current = turn
            if host is None:
                host = turn

    def _continue(self, text: str, para: Paragraph) -> None:
        if not text:
            return
        if self.current is None:
            return  # a heading before the first turn (the transcript's own title)
        joiner = "\n\n"
        previous = self.current["text"]
        if previous and previous[-1] not in SENTENCE_END + ":;—-–" and text[0].islower():
            joiner = " "  # a page break cut the sentence: rejoin it
        self.current["text"] = f"{previous}{joiner}{text}" if previous else text

    def _add(self, kind, text, para, offset=0, label=None, speaker=None, embedded_in=None, continues=None):
        segment = {"position": len(self.segments) + 1, "kind": kind, "text": text,
                   "location": replace(para.location, offset=para.location.offset + offset),
                   "label": label, "speaker": speaker, "embedded_in": embedded_in, "continues": continues}
        self.segments.append(segment)
        return segment

    def _finish(self, footnote_numbers: set[str]):
        segments, anchors = [], {}
        for seg in self.segments:
            text = seg["text"]
            if seg["kind"] == "turn" and footnote_numbers:
                text, found = remove_callouts(text, footnote_numbers)
                for number, span in found:
                    anchors.setdefault(number, (seg["position"], span))
            insertions = tuple(Span(m.start(), m.end()) for m in INSERTION.finditer(text))
            segments.append(Segment(position=seg["position"], kind=seg["kind"], text=text,
                                    location=seg["location"], label=seg["label"], speaker=seg["speaker"],
                                    embedded_in=seg["embedded_in"], continues=seg["continues"],
                                    insertions=insertions))
        return segments, anchors


def remove_callouts(text: str, numbers: set[str]) -> tuple[str, list[tuple[str, Span]]]:
    """Strip footnote call-outs ``[1]``; anchor each on the words just before it."""
    found = []
    while True:
        match = next((m for m in CALLOUT.finditer(text) if m[1] in numbers), None)
        if not match:
            return text, found
        before = text[:match.start()]
        if before.endswith("]") and "[" in before:
            opening = before.rindex("[")
            anchor = Span(opening + 1, len(before) - 1)  # the bracketed words, not the brackets
        else:
            word = re.search(r"[\w'’\-]+\W*$", before)
            anchor = Span(word.start(), word.start() + len(word[0].rstrip(" ,;:.!?"))) if word else Span(len(before), len(before))
        found.append((match[1], anchor))
        text = before + text[match.end():]


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", path=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a document file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    if not data.strip():
        raise ParseError("the file is empty", path=path, line=1,
                         hint="an archive page export starts with a date line and a title")
    return data


def decode(data: bytes, path) -> str:
    if b"\x00" in data[:65536]:
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise InputError("this is a binary file, not a text document (NUL byte)", path=path, line=line,
                         hint="give the page export as UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded",
                         path=path, line=line,
                         hint="convert the file to UTF-8, e.g. iconv -f windows-1252 -t utf-8") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str, path: str) -> list[Paragraph]:
    paragraphs, lines, start_line, start_offset = [], [], 0, 0
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not lines:
                start_line, start_offset = number, offset + len(line) - len(line.lstrip())
            lines.append(line.strip())
        elif lines:
            paragraphs.append(_paragraph(lines, path, start_line, start_offset))
            lines = []
        offset += len(line) + 1
    if lines:
        paragraphs.append(_paragraph(lines, path, start_line, start_offset))
    return paragraphs


def _paragraph(lines, path, line, offset) -> Paragraph:
    text = MARKUP.sub("", " ".join(lines))
    text = re.sub(r"[ \t\u00a0]+", " ", unicodedata.normalize("NFC", text)).strip()
    return Paragraph(text, Location(path, line, offset))


def parse_date(text: str) -> Date | None:
    """'October 9, 1964', '9 October 1964', 'October 1964', '1964' or ISO."""
    text = text.strip().rstrip(".")
    patterns = [
        (r"(?P<m>[A-Za-z]+)\.? (?P<d>\d{1,2}),? (?P<y>\d{4})", "date"),
        (r"(?P<d>\d{1,2}) (?P<m>[A-Za-z]+)\.?,? (?P<y>\d{4})", "date"),
        (r"(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})", "date"),
        (r"(?P<m>[A-Za-z]+),? (?P<y>\d{4})", "gYearMonth"),
        (r"(?P<y>\d{4})-(?P<mn>\d{2})", "gYearMonth"),
        (r"(?P<y>\d{4})", "gYear"),
    ]
    for pattern, kind in patterns:
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["y"])
        month = int(parts["mn"]) if parts.get("mn") else MONTHS.get((parts.get("m") or "").lower())
        if kind != "gYear" and not month:
            continue
        try:
            if kind == "date":
                return Date(_date(year, month, int(parts["d"])).isoformat(), kind)
            if kind == "gYearMonth":
                return Date(f"{year:04d}-{month:02d}", kind) if 1 <= month <= 12 else None
            return Date(f"{year:04d}", kind)
        except ValueError:
            return None
    return None


def parse(path: Path, layout: dict | None = None, is_known=None, doc_id: str | None = None) -> Document:
    return Parser(layout, is_known).parse_file(path, doc_id)
