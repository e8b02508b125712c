"""Reconciliation against Wikidata (``ldpub reconcile``): candidates for unlinked register entries,
class-checked and ranked, the candidates file a curator edits, and ``ldpub accept``, which writes the
accepted QIDs into the register (editing its TOML text in place)."""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import AbstractSet, Iterable

from ld.config import read_toml
from ld.errors import LdError, RegisterError
from ld.register import HUMAN, QID, SLUG, TYPES, Entity, Register, fold, load_register, slugify
from ld.wikidata.client import (
    DEFAULT_ENDPOINT,
    ENTITY_IRI,
    ORGANIZATION_CLASSES,
    PLACE_CLASSES,
    WikidataClient,
    class_name,
    classes,
    coordinates,
    description,
    is_missing,
    label,
)

# --------------------------------------------------------------------------- reconcile

@dataclass(frozen=True)
class Candidate:
    """A Wikidata item proposed for a register entry (``slug``) or for a name no entry covers (``slug`` empty)."""

    slug: str  # the register entry; "" for a name of the documents that no entry covers
    name: str  # the name that was searched
    type: str  # the entry's type; for a name without entry, the type its class suggests ("" if none)
    qid: str
    label: str
    description: str
    wikidata_class: str  # the checked P31 class, e.g. "Q5"
    confidence: float  # 0..1
    reason: str
    match: str = "label"  # how the search matched: label | alias | prefix
    rank: int = 0  # position in the search results, from 1
    endpoint: str = DEFAULT_ENDPOINT
    language: str = "en"

    @property
    def subject(self) -> str:
        return self.slug or self.name

    @property
    def url(self) -> str:
        return f"{ENTITY_IRI}{self.qid}"

    def to_dict(self) -> dict:
        return {**asdict(self), "subject": self.subject, "url": self.url}


# Confidence: how the name matched, less when the class only weakly fits or the
# subject is just a name with no type to check against.
MATCH_SCORE = {"label": 0.9, "alias": 0.7, "prefix": 0.4}
WEAK_CLASS = 0.2
OWN_ALIAS = 0.1  # the name searched is one of our aliases, not the entry's label
UNTYPED_CAP = 0.5
AMBIGUOUS = 0.2


def reconcile(register: Register, client: WikidataClient, extra_names: Iterable[str] = (),
              language: str = "en", *, limit: int = 7, check: int = 3, forms: int = 3) -> list[Candidate]:
    """Candidates for every entry without a QID, and for every extra name no entry covers.

    For each subject the names are searched in turn (the label first, then up to
    ``forms - 1`` aliases) until one gives a candidate; the top ``check`` hits are
    fetched and their P31 classes checked against the entry's type:
    a Person must be human (Q5); a Place must not be human and needs coordinates
    (P625) or a place-like class; an Organization, work or event must not be human.
    Hits that fail the check are dropped. Candidates are ordered by subject
    (register order, then the extra names), then by confidence.
    """
    subjects: list[tuple[str, str, list[str]]] = []
    for entity in register.entities.values():
        if entity.qid or entity.local_to:
            continue
        names = [entity.label, *(n for lang, n in entity.names if lang == language), *entity.aliases]
        subjects.append((entity.slug, entity.type, _unique(names)))
    seen = {fold(n) for _, _, names in subjects for n in names}
    for name in extra_names:
        name = " ".join(name.split())
        if len(name) < 3 or fold(name) in seen or register.resolve(name) is not None:
            continue
        seen.add(fold(name))
        subjects.append(("", "", [name]))

    result: list[Candidate] = []
    for slug, kind, names in subjects:
        found: list[Candidate] = []
        for position, name in enumerate(names[:max(1, forms)]):
            hits = client.search(name, language, limit)[:check]
            if not hits:
                continue
            fetched = client.entities([h["id"] for h in hits], languages=(language,))
            for rank, hit in enumerate(hits, 1):
                candidate = _check(slug, kind, name, hit, fetched.get(hit["id"]), rank, language,
                                   client.api_url, own_alias=position > 0)
                if candidate:
                    found.append(candidate)
            if found:
                break
        result.extend(_rank(found))
    return result


def _unique(names: Iterable[str]) -> list[str]:
    out, seen = [], set()
    for name in names:
        if name and fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out


def _check(slug: str, kind: str, name: str, hit: dict, entity: dict | None, rank: int, language: str,
           endpoint: str, *, own_alias: bool) -> Candidate | None:
    if entity is None or is_missing(entity) or entity.get("redirects"):
        return None
    qid = entity.get("id", hit["id"])
    found = classes(entity)
    coords = coordinates(entity)
    verdict = class_check(kind, found, coords)
    if verdict is None:
        return None
    inferred, wd_class, strong, why = verdict
    item_label = label(entity, language) or hit.get("label", "")
    matched = (hit.get("match") or {})
    if fold(item_label) == fold(name):
        how, match_text = "label", f"exact label match {item_label!r}"
    elif matched.get("type") == "alias" and fold(matched.get("text", "")) == fold(name):
        how, match_text = "alias", f"alias match {name!r} (label {item_label!r})"
    else:
        how, match_text = "prefix", f"partial match {name!r} (label {item_label!r})"
    score = MATCH_SCORE[how] - (0 if strong else WEAK_CLASS) - (OWN_ALIAS if own_alias else 0)
    if not slug:
        score = min(score, UNTYPED_CAP)
    reason = f"{match_text}; {why}"
    if own_alias:
        reason += f"; found by the register alias {name!r}"
    return Candidate(slug=slug, name=name, type=inferred, qid=qid, label=item_label,
                     description=description(entity, language) or hit.get("description", "") or "",
                     wikidata_class=wd_class, confidence=round(max(score, 0.05), 2), reason=reason, match=how,
                     rank=rank, endpoint=endpoint, language=language)


def class_check(kind: str, found: list[str], coords) -> tuple[str, str, bool, str] | None:
    """Whether classes fit the type: (type, class to record, strong fit, why), or None when they do not.

    With ``kind`` empty (a name without entry) the type is inferred from the classes.
    """
    place = next((c for c in found if c in PLACE_CLASSES), "")
    org = next((c for c in found if c in ORGANIZATION_CLASSES), "")
    first = found[0] if found else ""
    shown = ", ".join(class_name(c) for c in found) or "no class (P31)"
    if kind == "Person":
        if HUMAN in found:
            return "Person", HUMAN, True, "instance of human (Q5)"
        return None
    if HUMAN in found:
        if kind:
            return None
        return "Person", HUMAN, True, "instance of human (Q5); type inferred"
    if kind == "Place" or (not kind and (place or (coords and not org))):
        if place:
            return "Place", place, True, f"instance of {class_name(place)}" + ("; has coordinates" if coords else "")
        if coords:
            return "Place", first, False, f"has coordinates (P625); instance of {shown}"
        return None
    if kind == "Organization" or (not kind and org):
        if org:
            return "Organization", org, True, f"instance of {class_name(org)}"
        return "Organization", first, False, f"instance of {shown}, not a known organisation class"
    return kind, first, False, f"instance of {shown}" + ("; type not inferred, set it" if not kind else "")


def _rank(found: list[Candidate]) -> list[Candidate]:
    exact = [c for c in found if c.match == "label"]
    if len(exact) > 1:  # several items share the label: none is a safe bet
        note = f"; {len(exact)} candidates share this label"
        found = [Candidate(**{**asdict(c), "confidence": round(max(c.confidence - AMBIGUOUS, 0.05), 2),
                              "reason": c.reason + note}) if c.match == "label" else c for c in found]
    return sorted(found, key=lambda c: (-c.confidence, c.rank))


def reconcile_source(source_dir: Path, client: WikidataClient, *, names: Iterable[str] = (),
                     unmatched: bool = False, language: str = "en") -> list[Candidate]:
    """``reconcile`` for a source folder: its register, plus the given names and, with ``unmatched``,
    the capitalised names its documents mention that no entry covers (from the quality report)."""
    register = load_register(Path(source_dir) / "entities.toml")
    extra = list(names)
    if unmatched:
        from ld.pipeline import report

        data = report(Path(source_dir))
        extra += sorted({n for d in data["documents"] for n in d["unmatched_names"]})
    return reconcile(register, client, extra, language)


# --------------------------------------------------------------------------- the candidates file

def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML escapes)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def dumps_candidates(candidates: Iterable[Candidate], accepted: AbstractSet[tuple[str, str]] = frozenset()) -> str:
    candidates = list(candidates)
    endpoints = sorted({c.endpoint for c in candidates})
    lines = [
        "# Wikidata candidates for the entity register, written by `ldpub reconcile`"
        + (f" from {', '.join(endpoints)}." if endpoints else "."),
        "# Review each one (open its url); set accept = true on the right candidate, at most one per entry,",
        "# then run `ldpub accept` to write the accepted QIDs into entities.toml. Nothing else changes a QID.",
        "# An entry with new = true is a name of the documents that the register lacks: accepting it adds an",
        "# [[entity]] with that slug and type (edit them here first if needed).",
    ]
    subject = None
    for c in candidates:
        if c.subject != subject:
            subject = c.subject
            count = sum(1 for x in candidates if x.subject == subject)
            lines += ["", f"# ---- {subject}" + (f" ({c.type})" if c.slug and c.type else " (no entry yet)")
                      + f": {count} candidate(s) for {c.name!r}"]
        new = not c.slug
        rows = [
            ("slug", toml_string(c.slug or slugify(c.name))),
            *([("new", "true")] if new else []),
            ("name", toml_string(c.name)),
            ("type", toml_string(c.type)),
            ("qid", toml_string(c.qid)),
            ("label", toml_string(c.label)),
            ("description", toml_string(c.description)),
            ("wikidata_class", toml_string(c.wikidata_class)),
            ("confidence", f"{c.confidence:.2f}"),
            ("reason", toml_string(c.reason)),
            ("url", toml_string(c.url)),
            ("endpoint", toml_string(c.endpoint)),
            ("language", toml_string(c.language)),
            ("accept", "true" if (c.subject, c.qid) in accepted else "false"),
        ]
        lines += ["", "[[candidate]]", *(f"{key} = {value}" for key, value in rows)]
    return "\n".join(lines) + "\n"


def write_candidates(candidates: Iterable[Candidate], path: str | Path) -> Path:
    """Write the candidates for review, each with ``accept = false``.

    When the file already exists, the curator's ``accept = true`` decisions in it
    are kept for the candidates proposed again (same entry, same QID); a file that
    cannot be read is not overwritten.
    """
    path = Path(path)
    accepted: set[tuple[str, str]] = set()
    if path.is_file():
        try:
            rows = read_toml(path, RegisterError).get("candidate", [])
        except RegisterError as error:  # never drop a curator's decisions silently
            raise RegisterError(f"{error.message}; it was not overwritten", path=path, line=error.line,
                                hint="fix the file, or move it away to start a new review") from None
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and row.get("accept") is True:
                subject = row.get("name", "") if row.get("new") else row.get("slug", "")
                accepted.add((subject, row.get("qid", "")))
    _write_atomic(path, dumps_candidates(candidates, accepted))
    return path


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False,
                                         newline="") as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError as exc:
        raise LdError(f"cannot write: {exc.strerror or exc}", path=path) from None


@dataclass(frozen=True)
class Accepted:
    line: int
    slug: str
    qid: str
    wikidata_class: str
    endpoint: str
    new: bool
    type: str
    name: str
    language: str


def read_accepted(path: Path) -> list[Accepted]:
    """The candidates of a candidates file that a curator set ``accept = true``, checked."""
    data = read_toml(path, RegisterError)
    rows = data.get("candidate", [])
    if not isinstance(rows, list):
        raise RegisterError("'candidate' must be an array of tables ([[candidate]])", path=path)
    headers = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if line.strip() == "[[candidate]]"]
    accepted = []
    for number, row in enumerate(rows):
        line = headers[number] if number < len(headers) else None
        flag = row.get("accept", False)
        if not isinstance(flag, bool):
            raise RegisterError(f"accept must be true or false, not {flag!r}", path=path, line=line)
        if not flag:
            continue
        slug, qid = row.get("slug", ""), row.get("qid", "")
        wd_class = row.get("wikidata_class", "") or ""
        if not isinstance(slug, str) or not SLUG.match(slug):
            raise RegisterError(f"slug {slug!r} is not lowercase ASCII words joined by hyphens", path=path, line=line)
        if not isinstance(qid, str) or not QID.match(qid):
            raise RegisterError(f"{slug}: malformed qid {qid!r}", path=path, line=line,
                                hint="write the bare item id such as \"Q42\"")
        if wd_class and not QID.match(str(wd_class)):
            raise RegisterError(f"{slug}: malformed wikidata_class {wd_class!r}", path=path, line=line)
        accepted.append(Accepted(line or 0, slug, qid, str(wd_class), str(row.get("endpoint", DEFAULT_ENDPOINT)),
                                 row.get("new") is True, str(row.get("type", "")), str(row.get("name", "")),
                                 str(row.get("language", "en")) or "en"))
    return accepted


def evidence_text(endpoint: str) -> str:
    return f"reconciled via Wikidata API {endpoint}, accepted by curator"


def accept_candidates(candidates_path: str | Path, register_path: str | Path) -> list[str]:
    """Write the accepted candidates' QIDs into the register; return the slugs written, in file order.

    Only the ``qid``, ``wikidata_class`` and ``evidence`` lines of those entries are
    edited (added when absent), so the curated file keeps its comments and layout;
    an accepted name without entry (``new = true``) is appended as a new entry.
    Nothing is written when any accepted candidate conflicts: an entry that already
    has a different QID, two QIDs accepted for one entry, an unknown slug, or a
    result the register would reject.
    """
    candidates_path, register_path = Path(candidates_path), Path(register_path)
    accepted = read_accepted(candidates_path)
    register = load_register(register_path)
    errors: list[RegisterError] = []
    chosen: dict[str, Accepted] = {}
    for a in accepted:
        other = chosen.get(a.slug)
        if other and other.qid != a.qid:
            errors.append(RegisterError(f"{a.slug}: two candidates accepted ({other.qid} at line {other.line} "
                                        f"and {a.qid})", path=candidates_path, line=a.line,
                                        hint="set accept = true on one candidate per entry"))
            continue
        entity = register.get(a.slug)
        if a.new:
            if entity is not None:
                errors.append(RegisterError(f"{a.slug}: new entry, but the register already has this slug",
                                            path=candidates_path, line=a.line,
                                            hint="give the new entry another slug in the candidates file"))
                continue
            if a.type not in TYPES:
                errors.append(RegisterError(f"{a.slug}: new entry needs a type, not {a.type!r}",
                                            path=candidates_path, line=a.line, hint=f"use one of {', '.join(TYPES)}"))
                continue
        elif entity is None:
            errors.append(RegisterError(f"{a.slug}: no such entry in {register_path}", path=candidates_path,
                                        line=a.line, hint="the entry was renamed or removed; reconcile again"))
            continue
        elif entity.qid and entity.qid != a.qid:
            errors.append(RegisterError(
                f"entry {a.slug!r} already has qid {entity.qid}; the accepted candidate {a.qid} "
                f"({candidates_path}:{a.line}) was not written", path=register_path, line=entity.line,
                hint="a QID is never overwritten: clear the entry's qid by hand if the new one is right"))
            continue
        chosen.setdefault(a.slug, a)
    if errors:
        if len(errors) == 1:
            raise errors[0]
        raise RegisterError(f"{len(errors)} accepted candidates cannot be written; the register is unchanged:\n"
                            + "\n".join(f"  {e}" for e in errors), path=register_path)

    raw = register_path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.splitlines()
    written = []
    updates = [(entity, a) for a in chosen.values() if not a.new
               for entity in [register.get(a.slug)] if entity is not None]  # (checked above: all are)
    for entity, a in sorted(updates, key=lambda pair: -pair[0].line):
        if entity.qid == a.qid and entity.wikidata_class == (a.wikidata_class or entity.wikidata_class):
            continue  # already there
        values = {"qid": a.qid, "wikidata_class": a.wikidata_class, "evidence": evidence_text(a.endpoint)}
        lines = _edit_entry(lines, entity, values, register_path)
        written.append(a)
    new = [a for a in chosen.values() if a.new]
    if new:
        while lines and not lines[-1].strip():
            lines.pop()
        for a in new:
            lines += ["", "[[entity]]", f"slug = {toml_string(a.slug)}", f"type = {toml_string(a.type)}",
                      f"name = {{ {_toml_key(a.language)} = {toml_string(a.name)} }}",
                      f"aliases = [{toml_string(a.name)}]", f"qid = {toml_string(a.qid)}",
                      f"wikidata_class = {toml_string(a.wikidata_class)}",
                      f"evidence = {toml_string(evidence_text(a.endpoint))}"]
            written.append(a)
    if not written:
        return []
    text = newline.join(lines) + newline
    _check_register_text(text, register_path)
    _write_atomic(register_path, text)
    return [a.slug for a in sorted(written, key=lambda a: a.line)]


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


HEADER = re.compile(r"^\s*\[\[?\s*[A-Za-z0-9_.\"' -]+\s*\]\]?\s*(#.*)?$")
EDITED_KEYS = ("qid", "wikidata_class", "evidence")


def _edit_entry(lines: list[str], entity: Entity, values: dict[str, str], register_path: Path) -> list[str]:
    """Set ``values`` in the entry whose ``[[entity]]`` header is at ``entity.line``, textually."""
    start = entity.line  # index of the first line after the header
    if not (0 < start <= len(lines)) or lines[start - 1].strip() != "[[entity]]":
        raise RegisterError(f"cannot find the [[entity]] header of {entity.slug!r}", path=register_path,
                            line=entity.line)
    end = next((i for i in range(start, len(lines)) if HEADER.match(lines[i])), len(lines))
    lines = list(lines)
    for key in EDITED_KEYS:
        value = values[key]
        found = _find_key(lines, start, end, key)
        if found is not None:
            first, last = found
            kept = _single_line_comment(lines[first], key) if first == last else ""
            indent = lines[first][:len(lines[first]) - len(lines[first].lstrip())]
            lines[first:last + 1] = [f"{indent}{key} = {toml_string(value)}{kept}"]
            end -= last - first
        else:
            previous = [p for p in (_find_key(lines, start, end, k) for k in EDITED_KEYS[:EDITED_KEYS.index(key)])
                        if p is not None]
            if previous:
                at = max(last for _, last in previous) + 1
            else:
                at = start
                for i in range(start, end):
                    if lines[i].strip() and not lines[i].lstrip().startswith("#"):
                        at = i + 1
            lines.insert(at, f"{key} = {toml_string(value)}")
            end += 1
    return lines


def _find_key(lines: list[str], start: int, end: int, key: str) -> tuple[int, int] | None:
    """The first and last line of ``key = value`` at the top of an entry (values may span lines)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    i = start
    while i < end:
        if pattern.match(lines[i]):
            for last in range(i, min(end, i + 200)):
                try:
                    tomllib.loads("\n".join(lines[i:last + 1]))
                    return i, last
                except tomllib.TOMLDecodeError:
                    continue
            return i, i
        i += 1
    return None


def _single_line_comment(line: str, key: str) -> str:
    match = re.match(rf"^\s*{re.escape(key)}\s*=\s*(\"(?:[^\"\\]|\\.)*\"|'[^']*')(\s*#.*)$", line)
    return match[2] if match else ""


def _check_register_text(text: str, register_path: Path) -> None:
    """Load the edited register from a scratch file; a register that would not load is never written."""
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / register_path.name
        trial.write_text(text, encoding="utf-8")
        try:
            load_register(trial)
        except RegisterError as error:
            raise RegisterError(f"accepting these candidates would make the register invalid: {error.message}",
                                path=register_path, line=error.line, hint=error.hint) from None
