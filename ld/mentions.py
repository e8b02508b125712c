"""Find what a text names: register surface forms, longest match first, whole
words only, never inside a translator's [bracketed] insertion unless the
insertion is the name itself. Context rules and per-mention overrides decide
forms that mean different things in different places.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ld.model import Span
from ld.parse import alternation

if TYPE_CHECKING:
    from ld.register import Register


@dataclass(frozen=True)
class Rule:
    """In the register: `surface` means `entity` where the text before it ends
    with `before` (and/or the text after starts with `after`)."""

    surface: str
    entity: str
    before: str = ""
    after: str = ""
    note: str = ""

    def applies(self, text: str, span: Span) -> bool:
        return (text[:span.start].endswith(self.before) if self.before else True) and \
               (text[span.end:].startswith(self.after) if self.after else True)

    @property
    def name(self) -> str:
        context = f"{self.before}…" if self.before else ""
        return f"{context}{self.surface}{'…' + self.after if self.after else ''} -> {self.entity}"


@dataclass(frozen=True)
class Override:
    """In a document sidecar: the n-th occurrence of `quote` (in segment
    `segment`, if given) means `entity`; an empty entity removes the mention."""

    quote: str
    entity: str
    segment: int | None = None
    occurrence: int = 1
    uncertain: bool = False
    confidence: float | None = None
    proposed_by: str = ""
    note: str = ""
    footnote: str | None = None  # the override applies to this footnote's text, not to a turn

    def applies_to(self, segment: int | None, footnote: str | None) -> bool:
        if self.footnote is not None:
            return self.footnote == footnote
        return segment is not None and self.segment in (None, segment)


@dataclass(frozen=True)
class Mention:
    span: Span
    quote: str
    entity: str  # slug
    method: str  # "surface" | "rule" | "override"
    rule: str = ""  # which rule or override decided, for the record
    uncertain: bool = False
    confidence: float | None = None
    proposed_by: str = ""
    note: str = ""


class Finder:
    def __init__(self, register: "Register", rules: tuple[Rule, ...] = ()):
        self.register = register
        self.rules: dict[str, list[Rule]] = {}
        for rule in rules:
            self.rules.setdefault(rule.surface, []).append(rule)
        forms: dict[str, str | None] = {}
        for entity in register.entities.values():
            if entity.local_to:
                continue
            for form in entity.surface_forms:
                forms.setdefault(form, entity.slug)
        for surface in self.rules:
            forms.setdefault(surface, None)  # a form only rules give meaning to
        self.forms = forms
        # the longest form that ends a word at each place ("Soviet Union" before "Soviet"), the forms sharing their
        # prefixes as in a trie (``alternation``: the same matches as an alternation of them longest first, four
        # times as fast) (no look-behind at the pattern's start: the regex engine then skips to the forms' first
        # letters, and ``find`` tests the character before each match itself)
        self.pattern = re.compile(r"(?:" + alternation(forms, flexible_spaces=False) + r")(?![\w\-])") \
            if forms else None

    def find(self, text: str, insertions: tuple[Span, ...] = ()) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        search, at = self.pattern.search, 0
        while (match := search(text, at)) is not None:
            if match.start() and WORD_BEFORE.match(text, match.start() - 1):  # inside a word: try one further on
                at = match.start() + 1
                continue
            at = match.end()
            span = Span(match.start(), match.end())
            inside = next((i for i in insertions if i.start <= span.start and span.end <= i.end), None)
            if inside and (span.start, span.end) != (inside.start + 1, inside.end - 1):
                continue  # editorial text: the translator's words, not the speaker's
            surface = match[0]
            for rule in self.rules.get(surface, ()):
                if rule.applies(text, span):
                    found.append(Mention(span, surface, rule.entity, "rule", rule.name, note=rule.note))
                    break
            else:
                entity = self.forms[surface]
                if entity:
                    found.append(Mention(span, surface, entity, "surface"))
        return found


def apply_overrides(mentions: list[Mention], text: str, segment: int | None,
                    overrides: list[Override], footnote: str | None = None) -> list[Mention]:
    """Per-mention decisions of a curator, located by quote and occurrence in a turn (``segment``)
    or a footnote (``footnote``, its number)."""
    result = list(mentions)
    for override in overrides:
        if not override.applies_to(segment, footnote):
            continue
        starts = [m.start() for m in re.finditer(re.escape(override.quote), text)]
        if len(starts) < override.occurrence:
            continue
        start = starts[override.occurrence - 1]
        span = Span(start, start + len(override.quote))
        result = [m for m in result if m.span.end <= span.start or m.span.start >= span.end]
        if override.entity:
            result.append(Mention(span, override.quote, override.entity, "override",
                                  f"override: {override.quote!r} #{override.occurrence}",
                                  override.uncertain, override.confidence, override.proposed_by, override.note))
    return sorted(result, key=lambda m: (m.span.start, m.span.end))


WORD_BEFORE = re.compile(r"[\w\-]")
UPPER = "[^\\W\\d_a-zß-ÿ]"
WORD = r"[\w\-]+(?:['’][a-z]+)?"
# (the look-behind after the first letter, not before it: the regex engine then skips to capitals)
CAPITALISED = re.compile(rf"{UPPER}(?<![\w\-]{UPPER}){WORD}(?:\s+(?:of\s+|the\s+)?{UPPER}{WORD})*")
NOT_NAMES = frozenset("""I A An The This That These Those There Their They Then We Our Us You Your He His Him She Her
It Its In On At Of For From To By As But And Or If So No Yes Not Now Later First Second Third After Before When
Where What Why How Who Whom Which While Since Even Also Both Either Neither Thus Similarly Sometimes Starting
Let Keep Are Is Was Were Do Does Did Have Has Had Will Would Should Could Can May Might Must Thank Thanks Allow
Comrade Comrades Mr Mrs Chairman Premier Modern Western Nr Article Hello Very Well Only Correspondents
January February March April May June July August September October November December""".split())


def _within(spans: list[tuple[int, int]]):
    """Whether a position is inside one of the sorted ``spans``, by bisection over their union:
    linear in a paragraph's length, where testing every span for every name was quadratic."""
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif start < end:
            merged.append([start, end])
    starts = [start for start, _ in merged]

    def inside(position: int) -> bool:
        at = bisect.bisect_right(starts, position) - 1
        return at >= 0 and position < merged[at][1]
    return inside


POSSESSIVE = re.compile(r"['’]s$")
NEGATION = re.compile(r"n['’]t$")


def unmatched_names(text: str, mentions: list[Mention], insertions: tuple[Span, ...] = ()) -> list[str]:
    """Capitalised word groups that no mention covers: candidates for the register."""
    inside = _within(sorted([(m.span.start, m.span.end) for m in mentions] + [(i.start, i.end) for i in insertions]))
    names = []
    for match in CAPITALISED.finditer(text):
        group = match[0]
        if group in NOT_NAMES:  # (a sentence's first word alone, "We", "The": most of the matches)
            continue
        if "n't" in group or "n’t" in group:
            if any(NEGATION.search(w) for w in group.split()):
                continue  # "Haven't"
        words = [POSSESSIVE.sub("", w) for w in group.split()] if ("'s" in group or "’s" in group) else group.split()
        while words and words[0] in NOT_NAMES:  # "But America" -> "America"
            words.pop(0)
        if not words or all(w in NOT_NAMES or w in ("of", "the") for w in words):
            continue
        start = match.end() - len(" ".join(words)) if len(words) == len(match[0].split()) else match.start()
        if inside(start) or inside(match.end() - 1):
            continue
        names.append(" ".join(words))
    return names
