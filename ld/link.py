"""Resolve what a parsed document names to entities of the register.

Speakers are resolved through the register's surface forms (so the OCR form
"Begir Balluku" finds Beqir Balluku) or a per-document sidecar. A speaker the
register does not know becomes a person local to the document: unlinked,
reported, and flagged by a SHACL warning; ``strict`` makes it an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ld.errors import ParseError, UnknownSpeaker
from ld.mentions import Mention, Override, apply_overrides, unmatched_names
from ld.model import Document
from ld.parse import ANSWER, AUTHOR
from ld.problems import Problem
from ld.register import Entity, Register, slugify
from ld.speakers import PRINTED, UNRESOLVED, Resolution, Resolver, file_date, fold, office_holders, usual_bearers


@dataclass
class Linked:
    """A document with the entities it names resolved."""

    doc: Document
    speakers: dict[int, Entity]  # segment position -> the person who speaks
    translator: Entity | None = None
    archive: Entity | None = None
    publisher: Entity | None = None
    funder: Entity | None = None
    local: list[Entity] = field(default_factory=list)  # persons only this document knows
    problems: list[Problem] = field(default_factory=list)
    # what each text names: keys "seg-0001", "summary", "note-1"
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    unmatched: dict[str, list[str]] = field(default_factory=dict)  # capitalised names no entry covers
    title_only: list[Entity] = field(default_factory=list)  # named in the title, never speaks
    speakers_not_in_title: list[Entity] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # every entity this document refers to
    resolutions: dict[int, tuple[str, str]] = field(default_factory=dict)  # position -> (method, what decided)
    co_speakers: dict[int, Entity] = field(default_factory=dict)  # position -> the second of a joint label
    participants: list[tuple[Entity, str, str]] = field(default_factory=list)  # (person, role, header) as printed

    @property
    def attendees(self) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for entity in [*self.speakers.values(), *self.co_speakers.values(), *(p for p, _, _ in self.participants)]:
            seen.setdefault(entity.slug, entity)
        return list(seen.values())


SINGLE_SPEAKER_PARAGRAPHS = 4


def _check_single_speaker(doc: Document, linked: Linked) -> None:
    """A record of a conversation in which one person says everything, over several paragraphs, most
    likely hides the other speakers' labels in a shape the parser does not read: say so (a speech
    or a letter read this way is confirmed by a curator in a glance)."""
    speakers = {e.slug for e in linked.speakers.values()} | {e.slug for e in linked.co_speakers.values()}
    turns = doc.turns
    paragraphs = sum(t.text.count("\n\n") + 1 for t in turns)
    if len(speakers) == 1 and paragraphs >= SINGLE_SPEAKER_PARAGRAPHS:
        first = turns[0]
        linked.problems.append(Problem(
            "Warning", "single-speaker", f"only {linked.speakers[first.position].label} speaks on this page "
            f"({paragraphs} paragraphs): if it records a conversation, the other speakers' labels were not "
            f"read; give them a shape the layout reads, or map them in {doc.id}.toml",
            source=f"{first.location}", value=first.label or ""))


def _check_two_labels_one_person(doc: Document, linked: Linked) -> None:
    """Two turns in a row under different labels read as one person ("The President:" answered by "President
    Gorbachev:", both read as Gorbachev): a person does not answer himself, so one of the two labels is most
    likely someone else's. Said once a page, with the first such pair."""
    turns = doc.turns
    for before, after in zip(turns, turns[1:]):
        first, second = linked.speakers.get(before.position), linked.speakers.get(after.position)
        if first is None or first is not second or not before.label or not after.label \
                or fold(before.label) == fold(after.label) or "I" in (before.label, after.label) \
                or before.position in linked.co_speakers or after.position in linked.co_speakers \
                or before.reported or after.reported or not (before.role or after.role):
            continue  # (labels of direct speech, one of them a role's: in reports one person's consecutive
            # paragraphs print his name in several forms, "Castro said ..." / "Fidel Castro added ...")
        linked.problems.append(Problem(
            "Warning", "one-person-two-labels", f"the turns at lines {before.location.line} and {after.location.line} "
            f"follow each other under the labels {before.label!r} and {after.label!r}, both read as {first.label}: "
            f"one of them is likely someone else; map the labels under [speakers] in {doc.id}.toml",
            source=f"{after.location}", value=after.label))
        return


# a name, then the same name in another transliteration in the editor's brackets: "Kim Yeong-nam [Kim Yong Nam]"
BRACKETED_VARIANT = re.compile(r"\b(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2})[ ]\[(?P<variant>[A-Z][\w’'\-]+"
                               r"(?:[ ][A-Z][\w’'\-]+){1,2})\]")

BRACKETED_NAME = re.compile(r"[ ]\[[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2}\]")


def _bracketed_variants(texts: list[str]) -> dict[str, str]:
    """The names a page prints with a transliteration in brackets after them, the same family name first in both
    ("Kim Yeong-nam [Kim Yong Nam]", "Pak Geum-cheol [Pak Kum-chol]"; not "Li [Xiannian]", which completes a
    name): the page's person of that name has the bracket's form as an alias."""
    found: dict[str, str] = {}
    for text in texts:
        if not text or not BRACKETED_NAME.search(text):
            continue  # (the bracket first: a pattern that starts with a literal is searched for in C, the name's
            # capital letter is tried at every word)
        for match in BRACKETED_VARIANT.finditer(text):
            name, variant = match["name"], match["variant"]
            if name.split()[0] == variant.split()[0] and fold(name) != fold(variant):
                found.setdefault(name, variant)
    return found


# the last year of the records the archive holds: a later date on a page is its copy's (a blog's post, a memoir's
# publication), no date of the talk
LAST_RECORD_YEAR = "1995"


def link_document(doc: Document, register: Register, speaker_map: dict[str, str] | None = None,
                  strict: bool = False, overrides: list[Override] | None = None,
                  layout: dict | None = None) -> Linked:
    from ld.parse import default_layout  # the layout's titles and headers tell names from roles

    layout = layout or default_layout()
    linked = Linked(doc, {})
    # (and the lines above the record no reader took for a header: "Declassified ... Department of State ...")
    context = " ".join([doc.title, doc.summary, doc.citation.text if doc.citation else "",
                         *(f"{h} {v}" for h, v in doc.headers), *(f.text for f in doc.footnotes), *doc.preamble,
                         *(t for _, t in doc.unattributed),
                         # (and the editor's bracketed lines: a source reference, "[UKNA: PREM 13/2989]", under the text)
                         *(s.text for s in doc.segments if s.kind == "stage")])
    record_date = doc.date.value if doc.date else file_date(context)
    resolver = Resolver(register, layout["titles"], doc.title, doc.headers, layout["participant_headers"],
                        layout["role_headers"], speaker_map, doc.declared, layout["participant_words"],
                        layout["female_titles"], layout["role_aliases"], layout["side_labels"],
                        layout["interviewers"], office_holders(record_date, context), usual_bearers(record_date))
    resolver.record_date = record_date or ""
    resolver.record_context = context
    # (and the narration above the first turn: "Following is account of AMB Kohler's conversation ...", or the
    # recorder's own words: "I had a short talk with Vice President Nguyen Ngoc Tho" in a report's turns)
    resolver.read_notes(" ".join([*(f.text for f in doc.footnotes), *doc.preamble, *(t for _, t in doc.unattributed),
                                  *(v for h, v in doc.headers if h == "Narration"),  # ("... with ..., Wang Bingnan, ...:")
                                  # (a heading the header above ran into: "... MEMORANDUM OF CONVERSATION WITH CUBAN
                                  # PRESIDENT FIDEL CASTRO" under a reading room's "Publication Date:"; each line apart,
                                  # a list's "The Shah of Iran" / "Henry A. Kissinger" is no "Shah of Iran Henry A.")
                                  *("; ".join(v.splitlines()) for h, v in doc.headers
                                    if "\n" in v and h not in ("Document Information", "Citation")),
                                  *(s.text for s in doc.segments if s.kind == "stage" or s.kind == "turn" and s.reported)]))
    resolver.read_footnoted_roles([f"{f.number}\t{f.text}" for f in doc.footnotes],
                                  [*doc.preamble, *(t for _, t in doc.unattributed), *(s.text for s in doc.segments),
                                   *(v for _, v in doc.headers)])  # (a participant's: "Participants: The Australian
    # Ambassador1" over "1. Norman J. O. Makin.")
    resolver.read_speech(" ".join(s.text for s in doc.segments if s.kind == "turn" and not s.reported))
    resolver.read_vocatives([(s.label or "", s.text) for s in doc.segments if s.kind == "turn" and not s.reported])
    resolver.page_turns = [(s.label, s.text) for s in doc.segments if s.kind == "turn" and s.label]
    resolver.turn_labels = [(s.label or "", s.reported) for s in doc.segments if s.kind == "turn"]
    # the author the page names, of a record that also names them by their office ("the Ambassador ...")
    resolver.summary_text = "\n".join([doc.title, doc.summary, doc.citation.text if doc.citation else "",
                                      *(v for h, v in doc.headers if h == "Document Information")])
    resolver.author_name = next((s.speaker for s in doc.segments if s.kind == "turn" and s.label == "I" and s.speaker), "")
    local: dict[str, Entity] = {}
    doubted: set[tuple[str, str | None]] = set()
    variants = _bracketed_variants([doc.summary, *doc.preamble, *(t for _, t in doc.unattributed),
                                    *(v for _, v in doc.headers), *(s.text for s in doc.segments)])

    def person(name: str, where: str, code: str, message: str, printed: str = "", alias: str | None = None) -> Entity:
        """A person the register does not know, local to this document: one per name."""
        key = slugify(name)
        if key not in local:
            alias = alias or variants.get(name)  # ("... Kim Yeong-nam [Kim Yong Nam], member of ...": named so elsewhere)
            local[key] = Entity(slug=f"{doc.id}-{key}", type="Person", names=(("en", name),),
                                aliases=(alias,) if alias else (), local_to=doc.id, note=f"first named at {where}")
            linked.problems.append(Problem("Warning", code, message, source=where, value=printed or name))
            for near in resolver.near_misses(name):
                linked.problems.append(Problem(
                    "Info", "near-miss", f"{name!r} matches the register's {near.label} ({near.slug}) only "
                    f"partly: if it is the same person, add the form to its aliases", source=where, value=name))
        return local[key]

    turns = [s for s in doc.segments if s.kind == "turn"]
    # a first-person record's author is whoever the page names and does not report: known last
    authored = [s for s in turns if s.role == AUTHOR]
    author = None
    # role-only labels ("Premier:") after the named ones: a label such as "Premier [Zhou Enlai]:" anywhere
    # on the page says who holds the role, for every "Premier:" of the page alike
    # (a label of one letter last of them: "K:" is the one of the title's two whose surname begins so that no other
    # label names, "C [Caramanlis]:")
    named = sorted((s for s in turns if not s.role), key=lambda s: len((s.label or "").strip()) == 1)
    # "The answer was: ..." in a first-person record: the one other person the page names, known last
    answers = [s for s in turns if s.role == ANSWER]
    roles = [s for s in turns if s.role and s.role not in (AUTHOR, ANSWER)]
    for seg in named + roles + authored + answers:
        where = f"{seg.location}"
        if seg.role == AUTHOR:
            if author is None:  # every other turn is resolved by now: decided once for the page
                author = resolver.author([linked.speakers[s.position] for s in turns if s.role not in (AUTHOR, ANSWER)])
            found = author
        elif seg.role == ANSWER:
            writers = [linked.speakers[s.position] for s in turns if s.label == "I" or s.role == AUTHOR]
            found = resolver.answerer(writers, [linked.speakers[s.position] for s in turns if s.role != ANSWER])
        else:
            found = resolver.resolve(seg.label or "", seg.speaker or "", seg.role, seg.alias)
        entity = found.entity
        if entity is not None and entity.died and record_date and record_date[:len(entity.died)] > entity.died \
                and record_date[:4] <= LAST_RECORD_YEAR:
            # "NAGY" of a 1975 cable is not the register's Imre Nagy, executed in 1958: the name as printed, said (not
            # where the page's date is a later copy's, a blog's or a memoir's: "Monday, May 8, 2025" over Mao's words)
            if (entity.slug, seg.label) not in doubted:
                doubted.add((entity.slug, seg.label))
                linked.problems.append(Problem("Warning", "speaker-died-before", f"speaker label {seg.label!r}: the "
                                               f"register's {entity.label} died in {entity.died}, before the record's "
                                               f"date ({record_date}): published as a person of this document; map "
                                               f"the label under [speakers] in {doc.id}.toml", source=where,
                                               value=seg.label or ""))
            found = Resolution(None, PRINTED, f"not the register's {entity.label}, who died before the record's date",
                               seg.speaker or entity.label)
            entity = None
        if entity is None and strict:
            raise UnknownSpeaker(
                f"speaker label {seg.label!r} names no entity of the register"
                + (f" ({found.note})" if found.note else ""), path=seg.location.file, line=seg.location.line,
                hint=f"add {seg.speaker!r} to the aliases of a person in source/entities.toml, "
                     f"or map it in source/documents/{doc.id}.toml under [speakers]")
        if entity is None and found.name:
            entity = person(found.name, where, "unknown-speaker",
                            f"speaker {found.name!r} is not in the register; published as a person of this "
                            f"document only" + (f" ({found.note})" if found.note else ""), seg.label or "",
                            seg.alias)
        elif entity is None:
            name = "the author" if seg.role == AUTHOR else seg.speaker or seg.label or seg.role or "unknown"
            code = "unresolved-role" if seg.role else "ambiguous-speaker"
            entity = person(name, where, code,
                            f"speaker label {seg.label!r} at line {seg.location.line} is not resolved to one "
                            f"person: {found.note}; published as a role-person of this document. Map it under "
                            f"[speakers] in {doc.id}.toml", seg.label or "")
        if found.doubtful and (found.note, seg.label) not in doubted:
            doubted.add((found.note, seg.label))
            linked.problems.append(Problem("Warning", "speaker-to-confirm", f"speaker label {seg.label!r}: "
                                           f"{found.note}; confirm it or map the label under [speakers] in "
                                           f"{doc.id}.toml", source=where, value=seg.label or ""))
        linked.speakers[seg.position] = entity
        resolver.labelled_as((found.name or entity.label) if entity.local_to else entity.slug, seg.label or "")
        linked.resolutions[seg.position] = (found.method if found.entity or found.name else UNRESOLVED, found.note)
        if seg.co_speaker:
            second = resolver.resolve(seg.co_speaker, seg.co_speaker, None)
            linked.co_speakers[seg.position] = second.entity or person(
                second.name or seg.co_speaker, where, "unknown-speaker",
                f"speaker {seg.co_speaker!r} is not in the register; published as a person of this document only")
    _check_single_speaker(doc, linked)
    _check_two_labels_one_person(doc, linked)
    for participant in resolver.context.participants:
        entity = participant.entity or person(participant.name, doc.path, "unknown-participant",
                                              f"participant {participant.name!r} ({participant.header}) is not "
                                              "in the register; published as a person of this document only")
        linked.participants.append((entity, participant.role, participant.header))
    for code, line, message in doc.notices:  # what the parser decided that a curator may want to check
        level = "Info" if code in ("label-as-header", "unclosed-bracket", "edition-numbers") else "Warning"
        linked.problems.append(Problem(level, code, message, source=f"{doc.path}:{line}"))
    for line, text in doc.unattributed:
        if strict:
            raise ParseError(f"text before the first turn names no speaker: {text[:60]!r}", path=doc.path, line=line,
                             hint="if it is speech, give it a speaker label; if it is a heading or a note, "
                                  "shorten it or map it in the sidecar")
        linked.problems.append(Problem("Warning", "unattributed-text",
                                       f"text before the first turn names no speaker: {text[:80]!r}",
                                       source=f"{doc.path}:{line}", value=text[:200]))
    linked.local = list(local.values())
    citation = doc.citation
    if citation:
        linked.translator = _named(citation.translator, register, "translator", doc, linked)
        linked.archive = _named(citation.archive, register, "holding archive", doc, linked)
        linked.publisher = _named(citation.publisher, register, "publisher", doc, linked)
    funder = re.search(r"support from (?:the )?(.+?)\.?$", doc.credits, re.I)
    if funder:
        linked.funder = _named(funder[1], register, "funder", doc, linked)
    find_mentions(linked, register, overrides or [])
    cross_check_participants(linked, register)
    referred = [*linked.speakers.values(), linked.translator, linked.archive, linked.publisher, linked.funder]
    referred += [register.get(m.entity) for ms in linked.mentions.values() for m in ms]
    referred += [register.get(m.proposed_by) for ms in linked.mentions.values() for m in ms if m.proposed_by]
    linked.entities = {e.slug: e for e in sorted(filter(None, referred), key=lambda e: e.slug)}
    return linked


def find_mentions(linked: Linked, register: Register, overrides: list[Override]) -> None:
    doc, finder = linked.doc, register.finder()
    texts: list[tuple[str, str, tuple, int | None]] = [
        (f"seg-{s.position:04d}", s.text, s.insertions, s.position) for s in doc.segments]
    texts.append(("summary", doc.summary, (), None))
    texts += [(f"note-{n.number}", n.text, (), None) for n in doc.footnotes]
    for key, text, insertions, position in texts:
        if not text:
            continue
        found = finder.find(text, insertions)
        found = apply_overrides(found, text, position, overrides,
                                key[len("note-"):] if key.startswith("note-") else None)
        if found:
            linked.mentions[key] = found
        names = unmatched_names(text, found, insertions) if position is None or \
            doc.segment(position).kind == "turn" else []
        if names:
            linked.unmatched[key] = names


def cross_check_participants(linked: Linked, register: Register) -> None:
    """Who the title says took part, against who actually speaks."""
    doc = linked.doc
    slugs = {m.entity for m in register.finder().find(doc.title)}
    named = [e for e in (register.get(slug) for slug in sorted(slugs)) if e is not None and e.type == "Person"]
    speaking = {e.slug for e in linked.speakers.values()}
    linked.title_only = [e for e in named if e.slug not in speaking]
    # who speaks and is not named in the title, by the register or, for a person it does not know, by
    # all the words of the name ("Georges Bidault" in "... between Zhou Enlai and Georges Bidault")
    title_words = set(re.findall(r"\w+", fold(doc.title)))
    speakers = {e.slug: e for e in [*linked.speakers.values(), *linked.co_speakers.values()]}
    linked.speakers_not_in_title = sorted(
        (e for e in speakers.values() if e.slug not in {n.slug for n in named}
         and not (e.local_to and set(re.findall(r"\w+", fold(e.label))) <= title_words)), key=lambda e: e.slug)
    for entity in linked.title_only:
        linked.problems.append(Problem("Info", "participant-not-speaking",
                                       f"{entity.label} is named in the title but never speaks", source=doc.path))
    if linked.title_only and len(speaking) == 1 and not any(p.code == "single-speaker" for p in linked.problems):
        # a record of a conversation in one voice, however short: the other side's words were likely read
        # into its turns ("... K thanked him and asked whether ..." inside Dobrynin's one paragraph)
        first = doc.turns[0]
        linked.problems.append(Problem(
            "Warning", "single-speaker", f"only {linked.speakers[first.position].label} speaks on this page, though "
            f"its title names {', '.join(e.label for e in linked.title_only)} too: if the other side's words are "
            f"printed, their labels were not read; give them a shape the layout reads, or map them in {doc.id}.toml",
            source=f"{first.location}", value=first.label or ""))
    if named:
        for entity in linked.speakers_not_in_title:
            linked.problems.append(Problem("Info", "speaker-not-in-title",
                                           f"{entity.label} speaks but is not named in the title", source=doc.path))


def _named(name: str, register: Register, role: str, doc: Document, linked: Linked) -> Entity | None:
    if not name:
        return None
    entity = register.resolve(name)
    if entity is None:
        linked.problems.append(Problem("Warning", "unresolved-name",
                                       f"the {role} {name!r} is not in the register", source=doc.path))
    return entity
