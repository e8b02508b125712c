"""Retired IRIs: tombstones and redirects (``source/retired.toml``).

An IRI published in a release must keep answering. A document or register entry that is
withdrawn is declared here with the date and the reason (served as 410 Gone); one that is
merged or renamed names its successor (served as 301 Moved Permanently). The declarations
become the named graph ``{base}graph/retired``: ``owl:deprecated true``, ``ldp:retiredOn``,
``ldp:retirementReason`` and, for a successor, ``dcterms:isReplacedBy``::

    [[withdrawn]]
    iri = "document/300026"          # the path below the base, as published
    date = 2026-12-01
    reason = "a duplicate of document 300025"

    [[replaced]]
    iri = "person/khrushchov"
    by = "person/nikita-khrushchev"
    date = 2026-12-01
    reason = "the slug was misspelt"
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import namespace

from ld import vocab
from ld.config import read_toml
from ld.errors import ConfigError
from ld.terms import XSD, OxNamespace, Triple, literal
from ld.vocab import ENTITY_PATHS, Iris

OWL, DCTERMS, LDP = (OxNamespace(n) for n in (namespace.OWL, namespace.DCTERMS, vocab.LDP))

FILE = "retired.toml"
_PATH = re.compile(r"(document|graph|" + "|".join(ENTITY_PATHS.values()) + r")/[A-Za-z0-9._~%-]+")


@dataclass(frozen=True)
class Retired:
    path: str  # below the base: "person/khrushchov"
    date: str  # ISO date
    reason: str
    by: str = ""  # the successor's path, for a replaced IRI
    line: int | None = None

    @property
    def status(self) -> int:
        return 301 if self.by else 410


def load_retired(source_dir: Path) -> list[Retired]:
    """The declarations of ``source_dir/retired.toml`` (none if the file does not exist)."""
    path = Path(source_dir) / FILE
    if not path.exists():
        return []
    data = read_toml(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    unknown = set(data) - {"withdrawn", "replaced"}
    if unknown:
        raise ConfigError(f"unknown table(s) {', '.join(sorted(unknown))}", path=path,
                          hint="use [[withdrawn]] (410 Gone) or [[replaced]] (301 to a successor)")
    found: list[Retired] = []
    seen: dict[str, int | None] = {}
    for kind in ("withdrawn", "replaced"):
        for row in data.get(kind, []):
            iri = str(row.get("iri", ""))
            line = _line_of(lines, iri)
            where: dict[str, Any] = {"path": path, "line": line}
            if not _PATH.fullmatch(iri):
                raise ConfigError(f"[[{kind}]] iri {iri!r} is not a published path", **where,
                                  hint='write the path below the base, e.g. iri = "person/khrushchov"')
            if iri in seen:
                raise ConfigError(f"{iri} is declared twice (also line {seen[iri]})", **where)
            seen[iri] = line
            date = row.get("date")
            if isinstance(date, str):
                try:
                    date = dt.date.fromisoformat(date)
                except ValueError:
                    date = None
            if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
                raise ConfigError(f"[[{kind}]] {iri}: date {row.get('date')!r} is not a date", **where,
                                  hint="write date = 2026-12-01")
            reason = str(row.get("reason", "")).strip()
            if not reason:
                raise ConfigError(f"[[{kind}]] {iri}: say why, in reason = \"...\"", **where)
            by = str(row.get("by", "")) if kind == "replaced" else ""
            if kind == "replaced" and not _PATH.fullmatch(by):
                raise ConfigError(f"[[replaced]] {iri}: by {by!r} is not a published path", **where,
                                  hint='name the successor, e.g. by = "person/nikita-khrushchev"')
            found.append(Retired(iri, date.isoformat(), reason, by, line))
    return sorted(found, key=lambda r: r.path)


def _line_of(lines: list[str], iri: str) -> int | None:
    for number, text in enumerate(lines, 1):
        if re.match(r"\s*iri\s*=", text) and iri and iri in text:
            return number
    return None


def check_retired(retired: list[Retired], published: set[str], path: Path) -> None:
    """A retired IRI must not be published any more, and a successor must be (or be retired itself,
    with a successor in turn: merges chain)."""
    by_path = {r.path: r for r in retired}
    for r in retired:
        where: dict[str, Any] = {"path": path / FILE, "line": r.line}
        if r.path in published:
            raise ConfigError(f"{r.path} is declared retired but is still published", **where,
                              hint="remove the declaration, or remove the document or register entry")
        target, seen = r.by, {r.path}
        while target and target not in published:
            if target in seen or target not in by_path or not by_path[target].by:
                raise ConfigError(f"{r.path} is replaced by {r.by}, which is not published", **where,
                                  hint="name a document or register entry of this build as by = ...")
            seen.add(target)
            target = by_path[target].by


def successor(retired: list[Retired], path: str) -> str:
    """Where a chain of replacements ends (a merged entry merged again redirects once)."""
    by_path = {r.path: r for r in retired}
    while path in by_path and by_path[path].by:
        path = by_path[path].by
    return path


def retired_triples(retired: list[Retired], iris: Iris) -> set[tuple]:
    g: set[Triple] = set()
    for r in retired:
        node = ox.NamedNode(iris.base + r.path)
        g.add((node, OWL.deprecated, literal(True)))
        g.add((node, LDP.retiredOn, literal(r.date, datatype=XSD.date)))
        g.add((node, LDP.retirementReason, literal(r.reason, lang="en")))
        if r.by:
            g.add((node, DCTERMS.isReplacedBy, ox.NamedNode(iris.base + successor(retired, r.path))))
    return g
