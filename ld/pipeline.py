"""The one place the pipeline is composed:
read sources -> parse -> link -> map to RDF -> validate -> publish.

The CLI, the tests and the benchmarks all call ``build``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ld import mapping, quality
from ld.config import Config, load_config, read_toml
from ld.errors import BuildFailed, ConfigError, InputError, LdError, ValidationFailed
from ld.link import Linked, link_document
from ld.mentions import Override
from ld.model import Document
from ld.parse import Parser, default_layout, parse_date
from ld.problems import Report
from ld.publish import (NamedGraph, atomic_folder, ox_triples, write_dumps, write_manifest, write_static,
                        write_turtle)
from ld.register import Register, load_register
from ld.validate import SHAPES_DIR, load_shapes, validate_graph
from ld.vocab import Iris


@dataclass
class Source:
    """Everything a build reads, loaded and checked."""

    folder: Path
    config: Config
    register: Register
    documents: list[Path]


@dataclass
class BuildResult:
    out: Path | None
    documents: int = 0
    triples: int = 0
    report: Report = field(default_factory=Report)
    turns: dict[str, dict[str, int]] = field(default_factory=dict)  # doc id -> speaker -> turns
    manifest: dict = field(default_factory=dict)


def load_source(folder: Path) -> Source:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("source folder not found", path=folder, hint="pass --source DIR holding config.toml")
    config = load_config(folder / "config.toml")
    register = load_register(folder / "entities.toml")
    if config.publisher and register.get(config.publisher) is None:
        raise ConfigError(f"publisher {config.publisher!r} is not a slug of the register", path=config.path,
                          hint="set [dataset] publisher to an Organization slug of source/entities.toml")
    documents = sorted((folder / "documents").glob("*.txt"))
    if not documents:
        raise InputError("no documents (*.txt) found", path=folder / "documents")
    return Source(folder, config, register, documents)


def read_sidecar(path: Path) -> dict:
    sidecar = path.with_suffix(".toml")
    return read_toml(sidecar) if sidecar.exists() else {}


def prepare(path: Path, register: Register, strict: bool = False) -> Linked:
    """Parse and link one document, applying its sidecar (source/documents/<id>.toml)."""
    sidecar = read_sidecar(path)
    layout = default_layout()
    layout.update(sidecar.get("layout", {}))
    speaker_map = sidecar.get("speakers", {})
    for label, slug in speaker_map.items():
        if register.get(slug) is None:
            raise ConfigError(f"[speakers] maps {label!r} to {slug!r}, which is not in the register",
                              path=path.with_suffix(".toml"), hint="use a slug of source/entities.toml")
    overrides = _overrides(sidecar.get("mention", []), register, path.with_suffix(".toml"))
    known = set(speaker_map)
    parser = Parser(layout, is_known=lambda name: name in known or register.resolve(name) is not None)
    doc = parser.parse_file(path)
    doc = _apply_metadata(doc, sidecar.get("document", {}), path.with_suffix(".toml"), parser)
    return link_document(doc, register, speaker_map, strict=strict, overrides=overrides)


def _overrides(rows: list[dict], register: Register, sidecar: Path) -> list[Override]:
    overrides = []
    for row in rows:
        for key in ("entity", "proposed_by"):
            slug = row.get(key, "")
            if slug and register.get(slug) is None:
                raise ConfigError(f"[[mention]] {row.get('quote')!r}: {key} {slug!r} is not in the register",
                                  path=sidecar, hint="use a slug of source/entities.toml")
        if not row.get("quote"):
            raise ConfigError("a [[mention]] needs the quote it applies to", path=sidecar)
        overrides.append(Override(quote=row["quote"], entity=row.get("entity", ""), segment=row.get("segment"),
                                  occurrence=int(row.get("occurrence", 1)), uncertain=bool(row.get("uncertain")),
                                  confidence=row.get("confidence"), proposed_by=row.get("proposed_by", ""),
                                  note=row.get("note", "")))
    return overrides


def _apply_metadata(doc: Document, meta: dict, sidecar: Path, parser: Parser) -> Document:
    if not meta:
        return doc
    changes = {}
    if "date" in meta:
        date = parse_date(str(meta["date"]))
        if date is None:
            raise ConfigError(f"[document] date {meta['date']!r} is not a date", path=sidecar,
                              hint="write e.g. 1964-10-09, 1964-10 or 1964")
        changes["date"] = date
    for key in ("title", "summary", "credits"):
        if key in meta:
            changes[key] = str(meta[key])
    if "original_language" in meta:
        changes["original_language"] = meta["original_language"]
        changes["language_tag"] = parser.layout.languages.get(meta["original_language"], meta["original_language"])
    return replace(doc, **changes)


def build_document(path: Path, source: Source, iris: Iris, strict: bool = False):
    """One document end to end, up to its validated graph."""
    linked = prepare(path, source.register, strict)
    graph = mapping.document_graph(linked, iris)
    # The entities it refers to join the data graph so that sh:class checks see their types.
    data = graph + mapping.entities_graph(source.register.slice(linked.entities), iris)
    report = validate_graph(data)
    report.extend(linked.problems)
    return linked, graph, report


def build(source_dir: Path, out: Path | None, *, strict: bool = False) -> BuildResult:
    """Build the dataset; write it to ``out`` unless the graph has violations."""
    source = load_source(source_dir)
    iris = Iris(source.config.base)
    result = BuildResult(out)
    graphs: list[NamedGraph] = []
    errors: list[LdError] = []
    linked_docs: list[Linked] = []
    for path in source.documents:
        try:
            linked, graph, report = build_document(path, source, iris, strict)
        except LdError as error:
            errors.append(error)
            continue
        result.report.extend(report.problems)
        linked_docs.append(linked)
        graphs.append(NamedGraph(str(iris.document(linked.doc.id)), ox_triples(graph)))
        result.turns[linked.doc.id] = turns_per_speaker(linked)
    if errors:
        raise BuildFailed(errors) if len(errors) > 1 else errors[0]
    entities = mapping.entities_graph(source.register, iris)
    links = mapping.links_graph(source.register, iris)
    content = [*graphs, NamedGraph(str(iris.graph("entities")), ox_triples(entities)),
               NamedGraph(str(iris.graph("links")), ox_triples(links))]
    stats = statistics(content, links_count=sum(1 for e in source.register.entities.values() if e.qid))
    examples = [URIRef(g.name) for g in graphs[:3]]
    description = mapping.dataset_graph(source.config, iris, stats, source.register, examples)
    result.report.extend(validate_graph(entities + links + description).problems)
    result.documents = len(graphs)
    result.triples = stats["triples"]
    if not result.report.conforms:
        raise ValidationFailed(result.report)
    if out is None:
        return result
    content.append(NamedGraph(str(iris.graph("dataset")), ox_triples(description)))
    with atomic_folder(Path(out)) as folder:
        write_dumps(folder, content, source.config.base)
        write_static(folder)
        standalone = description + Graph()
        (folder / "validation.json").write_text(result.report.to_json(), encoding="utf-8")
        (folder / "report.json").write_text(quality.to_json(quality.quality_report(linked_docs, source.register)),
                                            encoding="utf-8")
        graph_sizes = {g.name: len(g.triples) for g in content}
        listing = write_manifest(folder, graph_sizes)
        mapping.checksum_triples(standalone, iris, [f for f in listing["files"] if f["path"].startswith("dataset.")])
        write_turtle(folder / "void.ttl", standalone, source.config.base)
        result.manifest = write_manifest(folder, graph_sizes)
    return result


def report(source_dir: Path, strict: bool = False) -> dict:
    """The quality report, without mapping or validation."""
    source = load_source(source_dir)
    errors, linked_docs = [], []
    for path in source.documents:
        try:
            linked_docs.append(prepare(path, source.register, strict))
        except LdError as error:
            errors.append(error)
    if errors:
        raise BuildFailed(errors) if len(errors) > 1 else errors[0]
    return quality.quality_report(linked_docs, source.register)


def statistics(graphs: list[NamedGraph], links_count: int) -> dict:
    rdf_type = str(RDF.type)
    triples = {t for g in graphs for t in g.triples}
    typed = {t.subject for t in triples if t.predicate.value == rdf_type}
    classes = {t.object for t in triples if t.predicate.value == rdf_type}
    return {"triples": len(triples), "entities": len(typed), "classes": len(classes),
            "subjects": len({t.subject for t in triples}), "links": links_count}


def turns_per_speaker(linked: Linked) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entity in linked.speakers.values():
        counts[entity.label] = counts.get(entity.label, 0) + 1
    return dict(sorted(counts.items()))
