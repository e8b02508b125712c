"""Resolve what a parsed document names to entities of the register.

Speakers are resolved through the register's surface forms (so the OCR form
"Begir Balluku" finds Beqir Balluku) or a per-document sidecar. A speaker the
register does not know becomes a person local to the document: unlinked,
reported, and flagged by a SHACL warning; ``strict`` makes it an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ld.errors import UnknownSpeaker
from ld.mentions import Mention, Override, apply_overrides, unmatched_names
from ld.model import Document
from ld.problems import Problem
from ld.register import Entity, Register, slugify


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

    @property
    def attendees(self) -> list[Entity]:
        seen = {}
        for entity in self.speakers.values():
            seen.setdefault(entity.slug, entity)
        return list(seen.values())


def link_document(doc: Document, register: Register, speaker_map: dict[str, str] | None = None,
                  strict: bool = False, overrides: list[Override] | None = None) -> Linked:
    speaker_map = speaker_map or {}
    linked = Linked(doc, {})
    local: dict[str, Entity] = {}
    shorts: dict[str, list[str]] = {}  # full name -> the short names a label declared for it ("N.S.")
    for short, full in doc.declared:
        shorts.setdefault(full, []).append(short)
    for seg in doc.segments:
        if seg.kind != "turn":
            continue
        entity = _speaker(seg.label or "", seg.speaker or "", register, speaker_map,
                          shorts.get(seg.speaker or "", ()))
        if entity is None:
            name = seg.speaker or seg.label or "unknown"
            where = f"{seg.location}"
            if strict:
                raise UnknownSpeaker(
                    f"speaker label {seg.label!r} names no entity of the register",
                    path=seg.location.file, line=seg.location.line,
                    hint=f"add {name!r} to the aliases of a person in source/entities.toml, "
                         f"or map it in source/documents/{doc.id}.toml under [speakers]")
            key = slugify(name)
            if key not in local:
                local[key] = Entity(slug=f"{doc.id}-{key}", type="Person", names=(("en", name),),
                                    local_to=doc.id, note=f"speaker label first printed at {where}")
                linked.problems.append(Problem(
                    "Warning", "unknown-speaker",
                    f"speaker {name!r} is not in the register; published as a person of this document only",
                    source=where,
                    value=seg.label or ""))
            entity = local[key]
        linked.speakers[seg.position] = entity
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
    texts = [(f"seg-{s.position:04d}", s.text, s.insertions, s.position) for s in doc.segments]
    texts.append(("summary", doc.summary, (), None))
    texts += [(f"note-{n.number}", n.text, (), None) for n in doc.footnotes]
    for key, text, insertions, position in texts:
        if not text:
            continue
        found = finder.find(text, insertions)
        if position is not None:
            found = apply_overrides(found, text, position, overrides)
        if found:
            linked.mentions[key] = found
        names = unmatched_names(text, found, insertions) if not key.startswith("seg-") or \
            doc.segment(position).kind == "turn" else []
        if names:
            linked.unmatched[key] = names


def cross_check_participants(linked: Linked, register: Register) -> None:
    """Who the title says took part, against who actually speaks."""
    doc = linked.doc
    named = {m.entity for m in register.finder().find(doc.title)}
    named = [register.get(slug) for slug in sorted(named) if register.get(slug).type == "Person"]
    speaking = {e.slug for e in linked.speakers.values()}
    linked.title_only = [e for e in named if e.slug not in speaking]
    linked.speakers_not_in_title = sorted((e for e in linked.attendees if e.slug not in {n.slug for n in named}),
                                          key=lambda e: e.slug)
    for entity in linked.title_only:
        linked.problems.append(Problem("Info", "participant-not-speaking",
                                       f"{entity.label} is named in the title but never speaks", source=doc.path))
    if named:
        for entity in linked.speakers_not_in_title:
            linked.problems.append(Problem("Info", "speaker-not-in-title",
                                           f"{entity.label} speaks but is not named in the title", source=doc.path))


def _speaker(label: str, name: str, register: Register, speaker_map: dict[str, str],
             shorts=()) -> Entity | None:
    """The label, then the name, then a short name declared for it ("N.S."), in the sidecar's
    [speakers]; else the register by the name, then by a declared short name."""
    for key in (label, name, *shorts):
        if key in speaker_map:
            return register.get(speaker_map[key])
    for key in (name, *shorts):
        entity = register.resolve(key) if key else None
        if entity:
            return entity
    return None


def _named(name: str, register: Register, role: str, doc: Document, linked: Linked) -> Entity | None:
    if not name:
        return None
    entity = register.resolve(name)
    if entity is None:
        linked.problems.append(Problem("Warning", "unresolved-name",
                                       f"the {role} {name!r} is not in the register", source=doc.path))
    return entity
