"""The changelog between two releases: per named graph, the triples added and removed, and what
they mean (turns edited or re-attributed, mentions added or removed, links added, changed or
dropped, documents added or withdrawn, source files changed).

The added and removed quads are a complete patch of every graph but the dataset description (which
names its release): the previous release's quads, less the removed, plus the added, are the new
release's. So an edited source file shows in its document's graph as the edit and as the file's new
``ldp:sourceSha256`` (on the document's ``#generation``): the checksum is the provenance of that
graph, and a patch without it would leave the old checksum on the new text.

A release keeps ``dataset.nq.gz`` and, in its manifest, where each named graph's gzip member lies
in it and the member's SHA-256 (every graph is a member of its own, see ``ld.publish``). Comparing
two releases then reads only the graphs whose member changed: an unchanged archive of thousands of
documents is compared by hashes alone.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import AbstractSet

import pyoxigraph as ox

from ld.config import DUMP_MODES
from ld.publish import PIECES_FILE, Pieces
from ld.vocab import LDP, SCHEMA

NQ_GZ = "dataset.nq.gz"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SENDER = "http://schema.org/sender"
SAME_AS = "http://schema.org/sameAs"
MOTIVATED_BY = "http://www.w3.org/ns/oa#motivatedBy"
IDENTIFYING = "http://www.w3.org/ns/oa#identifying"
HAS_BODY = "http://www.w3.org/ns/oa#hasBody"
TEXT = str(SCHEMA.text)
SOURCE_SHA256 = str(LDP.sourceSha256)

SUMMARY = ("documents_added", "documents_withdrawn", "sources_changed", "turns_edited", "turns_reattributed",
           "mentions_added", "mentions_removed", "mentions_reidentified", "links_added", "links_changed",
           "links_dropped")


def member(piece: Pieces, dumps: str) -> bytes:
    """A graph's gzip member of ``dataset.nq.gz``, read from its pieces."""
    k = DUMP_MODES[dumps].index(NQ_GZ)
    with open(piece.folder / PIECES_FILE, "rb") as f:
        f.seek(sum(piece.sizes[:k]))
        return f.read(piece.sizes[k])


def member_hashes(pieces: list[Pieces], dumps: str) -> dict[str, str]:
    return {p.name: hashlib.sha256(member(p, dumps)).hexdigest() for p in pieces}


def graph_index(pieces: list[Pieces], dumps: str, hashes: dict[str, str]) -> dict[str, dict]:
    """Where each graph's member lies in ``dataset.nq.gz`` (written in graph-IRI order, nothing
    between the members), its size, SHA-256 and triple count."""
    k = DUMP_MODES[dumps].index(NQ_GZ)
    index, offset = {}, 0
    for p in sorted(pieces, key=lambda p: p.name):
        size = p.sizes[k]
        digest = hashes.get(p.name) or hashlib.sha256(member(p, dumps)).hexdigest()
        index[p.name] = {"offset": offset, "bytes": size, "sha256": digest, "triples": p.triples}
        offset += size
    return index


@dataclass
class Changelog:
    graphs: dict[str, tuple[int, int]] = field(default_factory=dict)  # graph -> (added, removed)
    summary: Counter = field(default_factory=Counter)

    @property
    def added(self) -> int:
        return sum(a for a, _ in self.graphs.values())

    @property
    def removed(self) -> int:
        return sum(r for _, r in self.graphs.values())

    @property
    def empty(self) -> bool:
        return not self.graphs

    def to_dict(self) -> dict:
        return {"triples_added": self.added, "triples_removed": self.removed,
                "summary": {key: self.summary[key] for key in SUMMARY},
                "graphs": {g: {"added": a, "removed": r} for g, (a, r) in sorted(self.graphs.items())}}


def compare(old_index: dict[str, dict], old_dump: Path, new: list[Pieces], dumps: str, hashes: dict[str, str],
            documents: str, added_file, removed_file, skip: AbstractSet[str] = frozenset()) -> Changelog:
    """Compare the graphs of ``new`` with those of an earlier release (its graph index and its
    ``dataset.nq.gz``); write the added and removed N-Quads lines, graph by graph in IRI order,
    to the open files; ``documents`` is the IRI prefix of document graphs; graphs in ``skip`` (the
    dataset description, which names its release) are not compared."""
    log = Changelog()
    pieces = {p.name: p for p in new}
    with open(old_dump, "rb") as old_file:
        for name in sorted((set(pieces) | set(old_index)) - set(skip)):
            before = old_index.get(name)
            piece = pieces.get(name)
            if piece is not None and before is not None and before["sha256"] == hashes[name]:
                continue
            old_lines = set()
            if before is not None:
                old_file.seek(before["offset"])
                old_lines = set(_lines(old_file.read(before["bytes"])))
            new_lines = set(_lines(member(piece, dumps))) if piece is not None else set()
            added, removed = sorted(new_lines - old_lines), sorted(old_lines - new_lines)
            if not added and not removed:
                continue
            added_file.writelines(added)
            removed_file.writelines(removed)
            log.graphs[name] = (len(added), len(removed))
            if name.startswith(documents):
                if before is None:
                    log.summary["documents_added"] += 1
                    continue
                if piece is None:
                    log.summary["documents_withdrawn"] += 1
                    continue
            _meaning(log.summary, _quads(added), _quads(removed))
    return log


def _lines(data: bytes) -> list[bytes]:
    return gzip.decompress(data).splitlines(keepends=True) if data else []


def _quads(lines: list[bytes]) -> list:
    return list(ox.parse(b"".join(lines), format=ox.RdfFormat.N_QUADS)) if lines else []


def _meaning(summary: Counter, added: list, removed: list) -> None:
    """What the added and removed quads of one graph mean, counted into ``summary``."""
    def objects(quads, predicate, value=None):
        found: dict = {}
        for q in quads:
            if q.predicate.value == predicate and (value is None or q.object.value == value):
                found.setdefault(q.subject.value, set()).add(q.object)
        return found

    summary["sources_changed"] += len(set(objects(added, SOURCE_SHA256)) & set(objects(removed, SOURCE_SHA256)))
    summary["turns_edited"] += len(set(objects(added, TEXT)) & set(objects(removed, TEXT)))
    new_senders, old_senders = objects(added, SENDER), objects(removed, SENDER)
    summary["turns_reattributed"] += len(set(new_senders) & set(old_senders))
    new_mentions, old_mentions = objects(added, MOTIVATED_BY, IDENTIFYING), objects(removed, MOTIVATED_BY, IDENTIFYING)
    summary["mentions_added"] += len(set(new_mentions) - set(old_mentions))
    summary["mentions_removed"] += len(set(old_mentions) - set(new_mentions))
    new_bodies, old_bodies = objects(added, HAS_BODY), objects(removed, HAS_BODY)
    summary["mentions_reidentified"] += sum(1 for s in set(new_bodies) & set(old_bodies)
                                            if "#m-" in s and s not in new_mentions and s not in old_mentions)
    new_links, old_links = objects(added, SAME_AS), objects(removed, SAME_AS)
    summary["links_added"] += len(set(new_links) - set(old_links))
    summary["links_dropped"] += len(set(old_links) - set(new_links))
    summary["links_changed"] += len(set(new_links) & set(old_links))


LABELS = {"documents_added": "documents added", "documents_withdrawn": "documents withdrawn",
          "sources_changed": "documents whose source file changed (`ldp:sourceSha256`)",
          "turns_edited": "turns and stage directions whose text was edited",
          "turns_reattributed": "turns re-attributed to another speaker", "mentions_added": "mentions added",
          "mentions_removed": "mentions removed", "mentions_reidentified": "mentions now naming another entity",
          "links_added": "Wikidata links added", "links_changed": "Wikidata links changed",
          "links_dropped": "Wikidata links dropped"}


def markdown(version: str, date: str, previous: dict | None, log: Changelog | None, files: list[str],
             retired: list) -> str:
    """dist/CHANGES.md."""
    lines = [f"# Release {version} ({date})", ""]
    if previous is None:
        lines += ["The first release: there is no earlier release to compare it with.", ""]
    else:
        lines += [f"Compared with release {previous['version']} ({previous['date']}).", ""]
        assert log is not None  # (there is a changelog whenever there is a previous release)
        if log.empty:
            lines += ["Nothing changed: no triple was added or removed in any named graph "
                      "(the dataset description names the new release).", ""]
        else:
            lines += ["| what | count |", "|---|---|"]
            lines += [f"| {LABELS[key]} | {log.summary[key]} |" for key in SUMMARY]
            lines += [f"| triples added | {log.added} |", f"| triples removed | {log.removed} |", ""]
            if log.summary["sources_changed"]:
                lines += ["A document whose source file changed has a new `ldp:sourceSha256` on its `#generation` "
                          "(the SHA-256 of the file's bytes, the provenance of its graph): one triple removed and one "
                          "added, besides those of the edit itself.", ""]
            lines += ["## Per named graph", "", "| graph | added | removed |", "|---|---|---|"]
            lines += [f"| <{g}> | {a} | {r} |" for g, (a, r) in sorted(log.graphs.items())]
            lines += ["", "The triples themselves, as N-Quads (each in its named graph): "
                      + ", ".join(f"`{f}`" for f in files) + ".", ""]
    if retired:
        lines += ["## Retired IRIs", "", "| IRI | since | what | why |", "|---|---|---|---|"]
        lines += [f"| {r.path} | {r.date} | {'replaced by ' + r.by if r.by else 'withdrawn (410 Gone)'} | "
                  f"{r.reason} |" for r in retired]
        lines.append("")
    return "\n".join(lines)
