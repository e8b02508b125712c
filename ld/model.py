"""The parsed document: frozen dataclasses that keep where everything came from.

Texts are NFC-normalised; every offset into a text counts Unicode code points.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    """Where a piece of a document stands in its source file."""

    file: str
    line: int  # 1-based
    offset: int  # 0-based character offset of the line's piece in the file

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Span:
    """[start, end) in code points of a segment's cleaned text."""

    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A speech turn (speaker set) or a stage direction (speaker None), in order."""

    position: int  # 1..n, shared by turns and stage directions
    kind: str  # "turn" | "stage"
    text: str
    location: Location
    label: str | None = None  # the speaker label exactly as printed, markup removed
    speaker: str | None = None  # the name in the label, titles removed ("Begir Balluku"), capitals in
    # title case ("CHEN [Yi]" -> "Chen Yi"), a declared short name expanded ("N.S." -> the full name)
    embedded_in: int | None = None  # position of the turn whose paragraph this starts in
    continues: int | None = None  # position of the turn this resumes after a stage direction
    insertions: tuple[Span, ...] = ()  # translator's [bracketed] insertions in `text`
    co_speaker: str | None = None  # the second speaker of a joint label ("Comrades X and Y:")
    reported: bool = False  # third-person reported speech ("Comrade X said that ..."), not verbatim
    role: str | None = None  # a role-only label's role ("Premier"), resolved from the document's context
    alias: str | None = None  # another spelling printed in brackets after the name ("[Pak Kum-chol]")


@dataclass(frozen=True)
class Footnote:
    number: str
    text: str
    location: Location
    segment: int | None = None  # position of the segment with the call-out
    anchor: Span | None = None  # the words the call-out annotates


@dataclass(frozen=True)
class Citation:
    text: str
    title: str = ""
    publisher: str = ""
    archive: str = ""
    archive_gloss: str = ""
    reference: str = ""
    fonds: str = ""
    file: str = ""
    folios: str = ""
    translator: str = ""
    url: str = ""


@dataclass(frozen=True)
class Date:
    value: str  # ISO 8601: 1964-10-09, 1964-10 or 1964
    datatype: str  # "date" | "gYearMonth" | "gYear"


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    title: str
    date: Date | None
    citation: Citation | None
    summary: str
    credits: str
    original_language: str  # as printed, e.g. "Albanian"
    language_tag: str  # BCP 47, e.g. "sq"; "" when unknown
    segments: tuple[Segment, ...]
    footnotes: tuple[Footnote, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # ("Present", "...") lines
    preamble: tuple[str, ...] = ()  # paragraphs before the first turn that are no header (the transcript's title)
    declared: tuple[tuple[str, str], ...] = ()  # (short name, full name) declared inline in a speaker label
    text_digest: str = ""  # SHA-256 of the source bytes
    unattributed: tuple[tuple[int, str], ...] = ()  # (line, text) of transcript text no speaker is given
    notices: tuple[tuple[str, int, str], ...] = ()  # (code, line, message): what a curator should check
    coverage: tuple[tuple[int, int, int, int, str], ...] = ()  # (line, offset, start, end, kind) over the transcript
    overrides: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def turns(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == "turn")

    def segment(self, position: int) -> Segment:
        return self.segments[position - 1]
