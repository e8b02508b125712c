"""How right a parsed page is, against a reading by hand: the measure behind the fidelity target.

A page ``NAME.txt`` comes with ``NAME.expected.toml`` (see tests/pages/LAYOUTS.md): the turns in
order, each with the speaker a careful reader names (or ``speakers`` for a joint label, or
``speaker = ""`` with ``candidates`` where no reader can tell), and the verdict the page deserves
(clean, warnings, refused). ``score`` aligns the published turns with the expected ones by their
opening words and counts the turns whose sender is the expected person, the turns lost and the
turns invented, and whether a page that is not right said so. A published turn that only goes on the
turn before it, of the same person (one speaker's paragraph cut in two: hand readings differ on that
granularity), is counted apart as ``split``: no word of it goes to anyone else. The inverse, an expected
turn of the same person as the one before that the page publishes inside that turn (an unlabelled
paragraph that goes on), is counted as ``merged``, and as right when that turn is.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ld.errors import LdError
from ld.parse import unmarked
from ld.quality import FIDELITY_CODES, verdict
from ld.register import Entity, Register
from ld.speakers import UNRESOLVED, Names, fold


@dataclass
class PageScore:
    name: str
    expected_verdict: str
    verdict: str  # clean, warnings or refused
    turns: int = 0  # expected turns
    right: int = 0  # with the expected speaker(s)
    lost: list[str] = field(default_factory=list)  # expected turns not published
    invented: list[str] = field(default_factory=list)  # published turns no reader expects
    wrong: list[str] = field(default_factory=list)  # (label) expected -> published
    split: list[str] = field(default_factory=list)  # published turns that go on the turn before, of the same person
    merged: list[str] = field(default_factory=list)  # expected turns published inside the turn before, of the same person
    error: str = ""
    checks: frozenset[str] = frozenset()  # the codes of the fidelity warnings the page gave

    @property
    def is_right(self) -> bool:
        if self.expected_verdict == "refused":
            return self.verdict == "refused"
        return self.right == self.turns and not self.invented and self.verdict != "refused"

    @property
    def flagged(self) -> bool:
        return self.verdict != "clean"


def _opening(text: str) -> str:
    """The first words of a turn, for lining expected turns up with published ones (a stage direction
    in parentheses left out: the published text has it as a segment of its own)."""
    return _flat(text)[:24]


def _flat(text: str) -> str:
    """A turn's text as :func:`_opening` compares it, whole."""
    text = re.sub(r"\[\d{1,3}\]", "", unmarked(text))  # a footnote's call-out: the published text keeps it apart
    # (and an edition's paragraph number glued to the first word, "6J. Matlock asked ...": the page's furniture)
    text = re.sub(r"^\d{1,3}(?=[A-Z])", "", text)
    # (and Markdown's marks: "_Mr. Holyoake_ said" is published as "Mr. Holyoake said")
    text = _unbracketed(fold(text).replace("“", "").replace('"', ""))
    # (a colon is a label's, wherever it stands: "Kim Il Sung said: "We ..." is published as the label "Kim Il Sung
    # said" and the text "We ...")
    return " ".join(text.replace(":", " ").split())


def _words(text: str, bracketed: bool = False) -> str:
    """A text's folded words only, for the longer check of an opening ("replied: “The" is "replied the"); with
    ``bracketed``, the words in parentheses too."""
    text = re.sub(r"^\d{1,3}(?=[A-Z])", "", re.sub(r"\[\d{1,3}\]", "", unmarked(text)))  # (as in _flat)
    return " ".join(re.findall(r"[^\W_]+", fold(text) if bracketed else _unbracketed(fold(text))))


def _unbracketed(text: str) -> str:
    """The text without its parentheses (stage directions), unless it is all in them: a turn that a bracket
    holds whole ("(Mikoyan interjected at this point that ...)") is compared by its words."""
    bare = re.sub(r"\([^()]*(?:\)|$)", " ", text)
    return bare if bare.strip() else text.replace("(", " ").replace(")", " ")


def _same_person(expected: str, entity: Entity, names: Names) -> bool:
    key = names.key(expected)
    forms = {entity.label, *entity.aliases, *(n for _, n in entity.names)}
    return any(key.fits(names.key(f)) or names.key(f).fits(key) for f in forms)


def score(page: Path, register: Register, prepare) -> PageScore:
    expected = tomllib.loads(page.with_suffix(".expected.toml").read_text("utf-8"))
    wanted = expected.get("turn", [])
    result = PageScore(page.stem, expected.get("verdict", "clean"), "clean", turns=len(wanted))
    try:
        linked = prepare(page, register)
    except LdError as error:
        result.verdict, result.error = "refused", str(error)
        result.lost = [t.get("starts", "") for t in wanted]
        return result
    except Exception as error:  # a defect of ldpub on this page (the build says so): scored, every turn lost
        result.verdict, result.error = "crashed", f"{type(error).__name__}: {error}"
        result.lost = [t.get("starts", "") for t in wanted]
        return result
    result.verdict = verdict(linked)
    result.checks = frozenset(p.code for p in linked.problems if p.code in FIDELITY_CODES and p.severity == "Warning")
    names = Names(())
    turns = list(linked.doc.turns)
    # a turn's words with those it resumes after a stage direction ("Nikolai Viktorovich is right. [Laughter] He is
    # always right ..."): a reading that quotes across the stage direction finds the turn it opens
    resumed: dict[int, list[str]] = {}
    opened = None  # (the turn whose stage directions and resumed words follow)
    for seg in linked.doc.segments:
        if seg.kind == "turn":
            opened = seg.continues if seg.continues is not None else seg.position
            if seg.continues is not None:
                resumed.setdefault(opened, []).append(seg.text)
        elif seg.kind == "stage" and opened is not None:
            resumed.setdefault(opened, []).append(seg.text)
    texts = [" ".join([t.text, *resumed.get(t.position, ())]) for t in turns]
    # (and without the stage directions, which a reading that prints them in parentheses leaves out: "That was
    # appreciated. (Pause.) You will see ...")
    resumptions: dict[int, list[str]] = {}
    for seg in linked.doc.segments:
        if seg.kind == "turn" and seg.continues is not None:
            resumptions.setdefault(seg.continues, []).append(seg.text)
    spoken = [" ".join([t.text, *resumptions.get(t.position, ())]) for t in turns]
    used: set[int] = set()
    cursor = 0
    previous: tuple[list[str], int, bool] | None = None  # the last expected turn found: its people, index, rightness
    for turn in wanted:
        opening = _opening(turn.get("starts", ""))
        people = turn.get("speakers") or ([turn["speaker"]] if turn.get("speaker") else [])
        longer = _words(turn.get("starts", ""))[:40]  # the 24 characters of ``opening`` are no proof alone:
        # "The Prime Minister said that he had come" is not the later "The Prime Minister said that he was in"
        index = next((i for i in range(cursor, len(turns)) if opening and (
                      opening in _opening(turns[i].text) or opening in _opening(spoken[i])
                      # a label that holds a lead and a verb ("Having thanked me ..., Deng Xiaoping stated:"):
                      # the hand reading quotes the paragraph from its start
                      or opening in _opening(f"{turns[i].label or ''} {turns[i].text}"))
                      and (longer in _words(f"{turns[i].label or ''} {texts[i][:300]}")
                           or longer in _words(f"{turns[i].label or ''} {spoken[i][:300]}"))), None)
        if index is None and previous and previous[0] == people and opening \
                and opening in _flat(turns[previous[1]].text):
            # one person's next paragraph, published in the same turn (the inverse of ``split``): no word
            # goes to anyone else; right when the turn it joins is
            result.merged.append(turn.get("starts", ""))
            result.right += previous[2]
            continue
        if index is None:  # (or a few words into the turn: after a number, a mark the reading leaves out)
            index = next((i for i in range(cursor, len(turns)) if opening and (
                          opening in _flat(turns[i].text[:300])[:200] and longer in _words(turns[i].text[:300])
                          # (or a turn that opens with the recorder's parenthesis: "(Explained the case.) The people
                          # demanded ...", which the reading quotes and ``_opening`` leaves out)
                          or _words(turns[i].text[:300], bracketed=True).startswith(longer))), None)
        if index is None:
            result.lost.append(turn.get("starts", ""))
            previous = None
            continue
        used.add(index)
        cursor = index + 1
        seg = turns[index]
        senders = [linked.speakers[seg.position]] + ([linked.co_speakers[seg.position]]
                                                     if seg.position in linked.co_speakers else [])
        unresolved = linked.resolutions.get(seg.position, ("",))[0] == UNRESOLVED
        if not people:  # no reader can tell: right only when the page says it cannot either
            ok = unresolved
        else:  # a printed name is right when it fits ("S. Kania"); a role-person left unresolved is not
            ok = not unresolved and len(people) == len(senders) and all(
                any(_same_person(p, s, names) for s in senders) for p in people)
        previous = (people, index, ok)
        if ok:
            result.right += 1
        else:
            result.wrong.append(f"{seg.label!r} (line {seg.location.line}): expected {' and '.join(people) or 'unresolved'}, "
                                f"published {' and '.join(s.label for s in senders)}")
    for i, t in enumerate(turns):
        if i in used or t.continues:  # (a turn resumed after a stage direction is no new turn)
            continue
        printed = f"{t.label!r} line {t.location.line}"
        if i and linked.speakers[t.position] == linked.speakers[turns[i - 1].position] and (i - 1) in used:
            result.split.append(printed)  # one person's words cut in two turns: no word given to another
        else:
            result.invented.append(printed)
    return result


def summary(scores: list[PageScore]) -> dict:
    turns = sum(s.turns for s in scores)
    right = sum(s.right for s in scores)
    silent = [s.name for s in scores if not s.is_right and not s.flagged]
    # pages not right whose only warning is a speaker the register does not know: they would go silent if the
    # register knew every speaker, so the figure says how far "never silently wrong" leans on the register
    unknown_only = [s.name for s in scores if not s.is_right and s.verdict != "refused" and s.checks == {"unknown-speaker"}]
    return {"pages": len(scores), "pages_right": sum(s.is_right for s in scores),
            "turns": turns, "turns_right": right, "share_right": round(right / turns, 4) if turns else 1.0,
            "lost": sum(len(s.lost) for s in scores if s.expected_verdict != "refused"),
            "invented": sum(len(s.invented) for s in scores), "split": sum(len(s.split) for s in scores),
            "merged": sum(len(s.merged) for s in scores),
            "wrong_and_silent": silent, "wrong_flagged_only_as_unknown": len(unknown_only),
            "crashed": [s.name for s in scores if s.verdict == "crashed"]}
