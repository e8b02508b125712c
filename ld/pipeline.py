"""The one place the pipeline is composed:
read sources -> parse -> link -> map to RDF -> validate -> publish.

Each document is parsed, linked, mapped and validated as its own graph, in
worker processes, and leaves its *pieces* (see ``ld.publish``) in a content-
addressed cache; a light dataset-level pass then validates the shared graphs
(entities, links, the dataset description) and the dumps are streamed from the
pieces. A serial build (``jobs=1``) runs the same code in-process and gives the
same bytes. The CLI, the tests and the benchmarks all call ``build``.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF

from ld import export, mapping, quality, rico, workers
from ld import sidecar as sidecars
from ld.cache import CHECKED, cached_meta, document_key, register_forms_digest, write_checked
from ld.config import Config, compressed_only, load_config
from ld.errors import BuildFailed, ConfigError, InputError, InternalError, LdError, OutputError, ParseError, ValidationFailed
from ld.link import Linked, link_document
from ld.model import Document
from ld.parse import Parser, compiled_layout
from ld.problems import Problem, Report
from ld.publish import (
    PIECES_FILE,
    Pieces,
    atomic_folder,
    check_out,
    dump_groups,
    locked,
    recover,
    write_dumps,
    write_manifest,
    write_pieces,
    write_static,
    write_turtle,
)
from ld.register import Entity, Register, load_register
from ld.retired import check_retired, load_retired, retired_triples
from ld.schema import SIDECAR
from ld.schema import errors as schema_errors
from ld.speakers import registered_person_test
from ld.terms import SortedTriples, Triple, load_lines, ox_triples
from ld.validate import compiled, load_shapes, validate_graph, validate_triples
from ld.vocab import Iris

# Size limits (README.md, "The source folder"). A build's time and memory grow linearly with a document's
# size, except that checking that each mention's offsets select its quote (a SHACL-SPARQL constraint:
# SUBSTR counts characters from the start of the text) grows with the size of a paragraph times its
# mentions. A real page export is some tens of kilobytes, its longest paragraph a few thousand characters.
MAX_DOCUMENT_BYTES = 5_000_000
MAX_TEXT_CHARS = 100_000


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
    rebuilt: int = 0  # documents actually redone (the others came from the cache)
    repaired: list[str] = field(default_factory=list)  # cached pieces that failed their checksum, rebuilt
    seconds: float = 0.0
    report: Report = field(default_factory=Report)
    turns: dict[str, dict[str, int]] = field(default_factory=dict)  # doc id -> speaker -> turns
    verdicts: dict[str, str] = field(default_factory=dict)  # doc id -> clean | warnings (ld.quality.verdict)
    manifest: dict = field(default_factory=dict)

    @property
    def not_clean(self) -> list[str]:
        return sorted(doc for doc, verdict in self.verdicts.items() if verdict != "clean")

    def summary(self) -> str:
        return (f"{self.documents} document(s) ({self.rebuilt} rebuilt), {self.triples} triples, "
                f"{self.report.count('Violation')} violations, {self.report.count('Warning')} warnings, "
                f"{self.seconds:.1f} s")


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


def check_documents(source: Source) -> None:
    """What can be checked of every document before anything runs: that it is a regular file (a FIFO
    would hang the build), its size, its sidecar against the schema. Every problem of every document
    is reported together."""
    problems: list[LdError] = []
    for path in source.documents:
        try:
            status = path.stat()
        except OSError as error:  # a dangling symbolic link, no permission
            problems.append(InputError(f"cannot read: {error.strerror}", path=path))
            continue
        if not stat.S_ISREG(status.st_mode):  # reading a FIFO would wait for a writer forever
            problems.append(InputError("not a regular file (a folder, FIFO, socket or device)", path=path,
                                       hint="put the page export here as a text file, or remove it"))
            continue
        size = status.st_size
        if size > MAX_DOCUMENT_BYTES:
            problems.append(InputError(f"the document has {size:,} bytes, more than the limit of "
                                       f"{MAX_DOCUMENT_BYTES:,}", path=path,
                                       hint="split it into several documents, e.g. one per meeting or day"))
        sidecar = path.with_suffix(".toml")
        try:
            data = sidecars.read_sidecar(path)
        except LdError as error:
            problems.append(error)
            continue
        if data:
            problems += schema_errors(data, SIDECAR, sidecar, sidecar.read_text(encoding="utf-8"), ConfigError)
    if problems:
        raise BuildFailed(problems) if len(problems) > 1 else problems[0]


# ------------------------------------------------------------ one document


def prepare(path: Path, register: Register, strict: bool = False) -> Linked:
    """Parse and link one document, applying its sidecar (source/documents/<id>.toml)."""
    sidecar = sidecars.read_sidecar(path)
    speaker_map = sidecar.get("speakers", {})
    for label, slug in speaker_map.items():
        if register.get(slug) is None:
            raise ConfigError(f"[speakers] maps {label!r} to {slug!r}, which is not in the register",
                              path=path.with_suffix(".toml"), hint="use a slug of source/entities.toml")
    overrides = sidecars.overrides(sidecar.get("mention", []), register, path.with_suffix(".toml"))
    known = set(speaker_map)
    parser = Parser(sidecar.get("layout", {}),  # merged with ld/data/layout.toml, compiled once per settings
                    is_known=lambda name: name in known or is_registered(name))
    titles = tuple(parser.layout.data["titles"]) if parser.layout else ()  # (no layout: parse_file says why)
    is_registered = registered_person_test(register, titles)
    doc = parser.parse_file(path)
    _check_sizes(doc, path)
    sidecars.check_overrides(overrides, doc, path.with_suffix(".toml"))
    doc = sidecars.apply_metadata(doc, sidecar.get("document", {}), path.with_suffix(".toml"), parser)
    return link_document(doc, register, speaker_map, strict=strict, overrides=overrides, layout=parser.layout.data)


def _check_sizes(doc: Document, path: Path) -> None:
    texts = [(s.text, s.location.line) for s in doc.segments] + [(f.text, f.location.line) for f in doc.footnotes]
    for text, line in [*texts, (doc.summary or "", None)]:
        if len(text) > MAX_TEXT_CHARS:
            raise ParseError(f"a paragraph of {len(text):,} characters, more than the limit of {MAX_TEXT_CHARS:,}",
                             path=path, line=line,
                             hint="a page export separates paragraphs by blank lines: is one missing here?")


def build_document(path: Path, source: Source, iris: Iris, strict: bool = False):
    """One document end to end, up to its validated triples (pyoxigraph terms, sorted) and a store
    holding them as the document's named graph (for the exports' queries)."""
    linked = prepare(path, source.register, strict)
    triples = ox_triples(mapping.document_graph(linked, iris, source.config.source_pages, source.config.text_rights))
    store = ox.Store()
    graph = ox.NamedNode(str(iris.document(linked.doc.id)))
    load_lines(store, triples.nt, graph)
    report = validate_document(triples, linked, iris, store, graph)
    report.extend(linked.problems)
    return linked, triples, report, store


BORROWED = ox.NamedNode("urn:ldpub:borrowed-entities")


def validate_document(triples: SortedTriples, linked: Linked, iris: Iris, store: ox.Store, graph: ox.NamedNode) -> Report:
    """Validate a document's triples. The triples of the shared entities it refers to join them, so
    that sh:class checks see their types; their own problems are the dataset-level pass's to report,
    once. ``store`` holds the document's triples in ``graph``: the SPARQL constraints run there, the
    entities added for the while in a graph of their own."""
    shared = sorted((e for e in linked.entities.values() if not e.local_to), key=lambda e: e.slug)
    # (a document's graph never holds triples about shared entities, only references to them)
    borrowed = [t for e in shared for t in _entity_triples(e, iris.base).terms]
    load_lines(store, b"".join(_entity_triples(e, iris.base).nt for e in shared), BORROWED)
    try:
        report = validate_triples(triples.terms + borrowed, store=store, graphs=[graph, BORROWED])
    finally:
        store.remove_graph(BORROWED)
    shared_iris = {str(mapping.entity_iri(iris, e)) for e in shared}
    return Report([p for p in report.problems if p.focus not in shared_iris])


@lru_cache(maxsize=8192)
def _entity_triples(entity: Entity, base: str) -> SortedTriples:  # shared: never change it
    triples: set[Triple] = set()
    mapping.entity_triples(triples, entity, Iris(base).ox())
    return ox_triples(triples)


# --------------------------------------------------------------- workers
_WORKER: dict = {}


def _init_worker(source_dir: str, strict: bool) -> None:
    _start_worker(load_source(Path(source_dir)), strict)
    compiled(load_shapes())
    # A worker's objects are nearly all freed by reference counting, yet the cyclic collector would
    # run every 700 allocations and walk the register and the compiled shapes: about a tenth of a
    # worker's time (measured: 56 ms a document, 49 ms with this). Only in a worker process: a
    # build in the caller's process leaves the caller's collector as it is.
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def _start_worker(source: Source, strict: bool) -> None:
    iris = Iris(source.config.base)
    _WORKER.update(source=source, iris=iris, strict=strict, facts=_shared_facts(source.register, iris))


def _shared_facts(register: Register, iris: Iris) -> dict:
    """What the shared graphs say of entities (names, types, QIDs), as the exports join them in."""
    store = ox.Store()
    for name, graph in (("entities", mapping.entities_graph(register, iris)), ("links", mapping.links_graph(register, iris))):
        load_lines(store, ox_triples(graph).nt, ox.NamedNode(str(iris.graph(name))))
    return export.entity_facts(store)


def _document_job(task: tuple[str, str]) -> dict:
    """Build one document's pieces into ``folder``; errors come back as data."""
    path, folder = Path(task[0]), Path(task[1])
    source, iris = _WORKER["source"], _WORKER["iris"]
    try:
        linked, triples, report, store = build_document(path, source, iris, _WORKER["strict"])
    except LdError as error:
        return {"error": {"type": type(error).__name__, "message": error.message, "path": error.path,
                          "line": error.line, "hint": error.hint}}
    except Exception as error:  # (a defect of ldpub on this page: said with the page's name, nothing published)
        failed = internal_error(path, error)
        return {"error": {"type": "InternalError", "path": failed.path, "line": None, "message": failed.message,
                          "hint": failed.hint, "trace": failed.trace}}
    # dist/ and the cache must not depend on how --source was spelled: name files from the source folder
    portable = _portable_paths(source.folder)
    staging = folder.with_name(folder.name + f".tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    pieces = write_pieces(str(iris.document(linked.doc.id)), triples, staging, source.config.base,
                          source.config.dumps)
    exported = export.document_tables(store)
    network = {"edges": exported["edges"], "nodes": exported["nodes"],
               "references": export.references(exported["tables"])}
    # the checksums of what is written, hashed from memory: reading the files back cost a file open each
    checksums = {PIECES_FILE: pieces.checksum}
    for name, value in (("exports.json", exported["tables"]), ("network.json", network)):
        data = json.dumps(value, ensure_ascii=False).encode("utf-8")
        (staging / name).write_bytes(data)
        checksums[name] = hashlib.sha256(data).hexdigest()
    assert set(checksums) == set(CHECKED)
    if source.config.rico:
        (staging / "rico.nt").write_bytes(ox_triples(rico.document_triples(linked, iris)).nt)
    # render the rows here, with the facts the dataset-level pass will have unless another graph adds
    # to them; that pass then finds them kept (under the hash of the facts used) and renders nothing
    export.rendered_rows(pieces, network["references"], export.merge_facts(dict(_WORKER["facts"]), exported["facts"]),
                   compressed_only(source.config.dumps), exported["tables"])
    meta = {
        "id": linked.doc.id, "graph": pieces.name, "triples": pieces.triples, "sizes": pieces.sizes,
        "problems": [portable(asdict(p)) for p in report.problems],
        "turns": turns_per_speaker(linked),
        "quality": portable(quality.document_report(linked)),
        "entities": sorted(e.slug for e in linked.entities.values() if not e.local_to),
        "local": sorted(str(iris.entity(e.type, e.slug)) for e in linked.local),
        **_graph_figures(triples),
        "facts": exported["facts"],  # what the exports need from the document's graph (see write_exports)
        "checksums": checksums,
    }
    write_checked(staging / "meta.json", json.dumps(meta, sort_keys=True, ensure_ascii=False).encode())
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return meta


# a subject after a line break; a type line (every subject and class is an IRI: no blank nodes).
# (A pattern that starts with a literal is searched for in C; one that starts with "^" is tried at every byte.)
SUBJECT_LINE = re.compile(rb"\n(<[^>]*>)")
TYPE_LINE = re.compile(rb"\n(<[^>]*>) <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <([^>]*)> \.")


def _graph_figures(triples: SortedTriples) -> dict:
    """Classes, subjects and typed subjects of a graph, for the VoID description, read off its
    N-Triples lines by two scans in C."""
    lines = b"\n" + triples.nt
    typed = TYPE_LINE.findall(lines)
    return {"classes": sorted({c.decode() for _s, c in typed}), "subjects": len(set(SUBJECT_LINE.findall(lines))),
            "typed": len({s for s, _c in typed})}


def _portable_paths(folder: Path):
    prefixes = sorted({str(folder) + os.sep, str(folder.resolve()) + os.sep}, key=len, reverse=True)

    def portable(data: dict) -> dict:
        result = {}
        for key, value in data.items():
            if isinstance(value, str):
                for prefix in prefixes:
                    value = value.replace(prefix, folder.name + "/")
            result[key] = value
        return result
    return portable


def _run_jobs(tasks, source: Source, strict: bool, jobs: int, progress) -> list[dict]:
    if not tasks:
        return []
    if jobs <= 1 or len(tasks) <= 1:  # in this process, with the source already read
        _start_worker(source, strict)
        results: list[dict] = []
        for task in tasks:
            results.append(_document_job(task))
            progress(1)
        return results
    # the longest documents first, in small chunks: no worker is left alone with a long chunk at the end (a chunk
    # of 32 documents of about 70 ms each could keep one worker busy for two seconds while the other waited)
    order = sorted(range(len(tasks)), key=lambda i: -_size(tasks[i][0]))
    chunk = max(1, min(8, len(tasks) // (jobs * 8)))
    compiled_layout({})  # compiled here once, the workers forked with it (each compiled it: 0.6 s of CPU)
    with workers.pool(jobs, _init_worker, (str(source.folder), strict)) as pool:
        results = [{}] * len(tasks)
        for index, result in zip(order, pool.map(_document_job, [tasks[i] for i in order], chunksize=chunk)):
            results[index] = result
            progress(1)
        return results


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:  # (the worker reports it)
        return 0


class Progress:
    """A progress bar on stderr, only for a terminal."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done = total, 0
        self.enabled = enabled and total > 1 and sys.stderr.isatty()
        self.started = time.perf_counter()

    def __call__(self, n: int) -> None:
        self.done += n
        if self.enabled and (self.done == self.total or self.done % max(1, self.total // 200) == 0):
            width = 30
            filled = width * self.done // self.total
            rate = self.done / max(1e-9, time.perf_counter() - self.started)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} documents "
                             f"{rate:.0f}/s")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


# -------------------------------------------------------------- the build
def build(source_dir: Path, out: Path | None, *, strict: bool = False, jobs: int | None = None,
          cache_dir: Path | None = None, clean: bool = False, progress: bool = False,
          pages=None, release=None) -> BuildResult:
    """Build the dataset; write it to ``out`` unless something is wrong. ``release``: an
    ``ld.release.Release`` to publish (its checks, description and changelog join the build); ``pages``:
    ``pages(folder, source_folder)`` writes more files into the new publication before it replaces ``out``.

    ``cache_dir`` keeps each document's pieces under a hash of everything that
    shapes them (text, sidecar, register names and forms, code and shapes), so
    an unchanged document is not redone; ``clean`` ignores and clears it. ``out`` must be a folder
    the build may replace (``ld.publish.check_out``); one build at a time uses it, and the cache."""
    with ExitStack() as guards:
        if out is not None:
            check_out(Path(out), Path(source_dir), cache_dir)
            guards.enter_context(locked(Path(out), "the output folder"))
            recover(Path(out))
        if cache_dir is not None:
            guards.enter_context(locked(Path(cache_dir), "the build cache", inside=True))
        try:
            return _build(source_dir, out, strict=strict, jobs=jobs, cache_dir=cache_dir, clean=clean,
                          progress=progress, pages=pages, release=release)
        except OSError as error:  # a full disk, a folder without write permission, ...
            raise _os_error(error, out) from None


def _os_error(error: OSError, out: Path | None) -> OutputError:
    hint = {errno.ENOSPC: "the disk is full: free some space and build again (a build writes the new "
                          "publication beside the old one)",
            errno.EDQUOT: "the disk quota is exhausted: free some space and build again",
            errno.EACCES: "check the permissions of this path", errno.EPERM: "check the permissions of this path",
            errno.EROFS: "the file system is read-only: choose another --out or --cache"}.get(
        error.errno or 0, "fix the cause and build again")
    if out is not None:
        hint += f"; {out} is unchanged"
    return OutputError(error.strerror or str(error), path=error.filename, hint=hint)


@contextmanager
def _writing(folder: Path):
    """An OS error without a file name (a write that finds the disk full) is named for ``folder``."""
    try:
        yield
    except OSError as error:
        if error.filename is None:
            error.filename = str(folder)
        raise


def _build(source_dir: Path, out: Path | None, *, strict: bool, jobs: int | None, cache_dir: Path | None,
           clean: bool, progress: bool, pages=None, release=None) -> BuildResult:
    started = time.perf_counter()
    source = load_source(source_dir)
    check_documents(source)
    iris = Iris(source.config.base)
    result = BuildResult(out)
    with tempfile.TemporaryDirectory(prefix="ldpub-") as scratch, _dump_writers(out is not None) as dump_writers:
        cache = Path(cache_dir) if cache_dir else Path(scratch) / "cache"
        if clean:
            shutil.rmtree(cache / "docs", ignore_errors=True)
        forms = register_forms_digest(source.register)
        metas, todo = {}, []
        folders = {path: cache / "docs" / path.stem / document_key(path, source.config, strict, forms)
                   for path in source.documents}
        for path, folder in folders.items():
            meta, damage = cached_meta(folder)
            if meta is not None:
                metas[path] = meta
            else:
                todo.append((path, folder))
            if damage:
                result.repaired.append(damage)
        bar = Progress(len(source.documents), progress)
        bar(len(metas))
        with _writing(cache / "docs"):
            done = _run_jobs([(str(p), str(f)) for p, f in todo], source, strict, jobs or os.cpu_count() or 1, bar)
        errors = []
        for (path, folder), meta in zip(todo, done):
            if "error" in meta:
                errors.append(_error(meta["error"]))
            else:
                metas[path] = meta
                for stale in folder.parent.iterdir():  # keep one version per document
                    if stale != folder:
                        shutil.rmtree(stale, ignore_errors=True)
        if errors:
            raise BuildFailed(errors) if len(errors) > 1 else errors[0]
        result.rebuilt = len(todo)
        ordered = [metas[p] for p in source.documents]
        pieces = [Pieces(m["graph"], folders[p], m["triples"], tuple(m["sizes"])) for p, m in zip(source.documents, ordered)]
        _assemble(source, iris, ordered, pieces, result, Path(scratch), out, dump_writers, pages, release)
    result.seconds = time.perf_counter() - started
    return result


DUMP_WRITERS = 2  # (ld.publish.dump_groups: why two)


@contextmanager
def _dump_writers(needed: bool):
    """Processes of their own for writing the dumps, while this one writes the exports and the reports
    (a thread would wait for the GIL after each of its tens of thousands of reads and writes). They are
    forked now, while this process is small: forked later, they would share, and be counted with, the
    memory that the metadata of a large corpus takes."""
    if not needed:
        yield None
        return
    with workers.pool(DUMP_WRITERS) as writers:  # (a pool forks all its processes at its first task)
        writers.submit(os.getpid).result()
        yield writers


def _assemble(source: Source, iris: Iris, metas: list[dict], pieces: list[Pieces], result: BuildResult,
              scratch: Path, out: Path | None, dump_writers: ProcessPoolExecutor | None = None,
              pages=None, release=None) -> None:
    """The dataset-level pass: shared graphs, their validation, then the dumps."""
    for meta in metas:
        result.report.extend(Problem(**p) for p in meta["problems"])
        result.turns[meta["id"]] = meta["turns"]
        result.verdicts[meta["id"]] = meta["quality"].get("fidelity", {}).get("verdict", "clean")
    entities = mapping.entities_graph(source.register, iris)
    links = mapping.links_graph(source.register, iris)
    shared = {"entities": entities, "links": links}
    retired = load_retired(source.folder)
    published = _published(metas, source.register, iris)
    check_retired(retired, published, source.folder)
    if release is not None:
        release.check_published(published, retired)
    if retired:
        shared["retired"] = mapping.as_graph(retired_triples(retired, iris))
    if source.config.rico:
        rico_nt = b"".join((p.folder / "rico.nt").read_bytes() for p in pieces)
        shared["rico"] = mapping.as_graph({(q.subject, q.predicate, q.object)
                                           for q in ox.parse(rico_nt, format=ox.RdfFormat.N_TRIPLES)})
    stats = {
        "triples": sum(m["triples"] for m in metas) + sum(len(g) for g in shared.values()),
        "subjects": sum(m["subjects"] for m in metas) + sum(len(set(g.subjects())) for g in shared.values()),
        "entities": sum(m["typed"] for m in metas) + sum(len(set(g.subjects(RDF.type, None))) for g in shared.values()),
        "classes": len({c for m in metas for c in m["classes"]}
                       | {str(o) for g in shared.values() for o in g.objects(None, RDF.type)}),
        "links": sum(1 for e in source.register.entities.values() if e.qid),
    }
    examples = [URIRef(m["graph"]) for m in metas[:3]]
    description = mapping.dataset_graph(source.config, iris, stats, source.register, examples)
    base = source.config.base
    shared_pieces = [write_pieces(str(iris.graph(name)), ox_triples(graph), scratch / "shared" / name, base,
                                  source.config.dumps) for name, graph in shared.items()] if out is not None else []
    if release is not None:  # the changes are in the description: compared before it is validated
        release.compare(pieces + shared_pieces, source.config.dumps, iris, scratch)
        release.describe(description, iris, source.config)
    checked = entities + links + description
    for name in ("retired", "rico"):
        if name in shared:
            checked += shared[name]
    result.report.extend(validate_graph(checked).problems)
    result.documents = len(metas)
    result.triples = stats["triples"]
    if result.report.violates:  # (warnings and infos are published; by SHACL they do not conform either)
        raise ValidationFailed(result.report)
    if out is None:
        return
    pieces = pieces + shared_pieces + [write_pieces(str(iris.graph("dataset")), ox_triples(description),
                                                    scratch / "shared" / "dataset", base, source.config.dumps)]
    linked_report = _quality(metas, source.register)
    assert dump_writers is not None  # (there are some whenever there is an out)
    with _writing(Path(out)), atomic_folder(Path(out)) as folder:
        dumps = [dump_writers.submit(write_dumps, folder, pieces, base, source.config.dumps, group)
                 for group in dump_groups(pieces, source.config.dumps, DUMP_WRITERS)]
        try:
            static = write_static(folder, base)
            export.write_cached(folder / "exports", pieces, metas, compressed_only(source.config.dumps), result.repaired)
            (folder / "validation.json").write_text(result.report.to_json(), encoding="utf-8")
            (folder / "report.json").write_text(quality.to_json(linked_report), encoding="utf-8")
        finally:
            wait(dumps)  # a failure here must not remove the staging folder under the writers' feet
        triples, digests = {}, {}
        for written in dumps:
            counts, sums = written.result()
            triples.update(counts)
            digests.update(sums)
        triples.update(static)
        if "rico" in shared:
            triples["rico.ttl"] = rico.write_turtle(folder / "rico.ttl", shared["rico"], base)
        if release is not None:
            triples.update(release.publish(folder, pieces, source.config.dumps))
        if pages is not None:  # (build --html: ld.web's static site, handed in by the command line)
            pages(folder, source.folder)
        graph_sizes = {p.name: p.triples for p in pieces}
        listing = write_manifest(folder, triples, graph_sizes, digests)
        standalone = description + mapping.new_graph()
        mapping.checksum_triples(standalone, iris, [f for f in listing["files"] if f["path"].startswith("dataset.")])
        triples["void.ttl"] = write_turtle(folder / "void.ttl", standalone, base)
        hashed = {f["path"]: f["sha256"] for f in listing["files"] if f["path"] != "void.ttl"}
        result.manifest = write_manifest(folder, triples, graph_sizes, hashed)


def _published(metas: list[dict], register: Register, iris: Iris) -> set[str]:
    """The paths below the base of what a build publishes at its own IRI: documents and entities
    (the register's, and the speakers only one document knows)."""
    base = len(iris.base)
    paths = {m["graph"][base:] for m in metas} | {p[base:] for m in metas for p in m.get("local", [])}
    return paths | {str(iris.entity(e.type, e.slug))[base:] for e in register.entities.values()}


def _quality(metas: list[dict], register: Register) -> dict:
    documents = []
    linked = {slug for slug, entity in register.entities.items() if entity.qid}
    for meta in metas:
        doc = dict(meta["quality"])
        slugs = [s for s in meta["entities"] if register.get(s)]
        doc["linked"] = [s for s in slugs if s in linked]
        doc["unlinked"] = [s for s in slugs if s not in linked]
        documents.append(doc)
    return quality.quality_report_from(documents, register)


def internal_error(path: Path, error: Exception) -> InternalError:
    """An exception no rule foresaw, on this page, as the error a user reads: the page named, a defect of ldpub's,
    where it failed kept for --debug (call it inside the ``except``)."""
    failed = InternalError(f"ldpub failed on this page ({type(error).__name__}: {error}): a defect of ldpub, not of the "
                           "page", path=path, hint="please report it with the page attached (--debug shows where it "
                           "failed); remove the page from source/documents/ to publish the others meanwhile")
    failed.trace = traceback.format_exc()
    return failed


def _error(data: dict) -> LdError:
    kind = getattr(sys.modules["ld.errors"], data["type"], LdError)
    error = LdError.__new__(kind)
    LdError.__init__(error, data["message"], path=data["path"], line=data["line"], hint=data["hint"])
    if "trace" in data:
        error.trace = data["trace"]  # (an InternalError's, from the worker)
    return error


def report(source_dir: Path, strict: bool = False) -> dict:
    """The quality report, without mapping or validation."""
    source = load_source(source_dir)
    check_documents(source)
    linked_docs, refused = [], []
    for path in source.documents:
        try:
            linked_docs.append(prepare(path, source.register, strict))
        except (ParseError, InputError) as error:  # a page that cannot be read: its verdict, with the reason
            refused.append(quality.refused_report(path.stem, error))
        except LdError:
            raise  # a broken sidecar or register is the curator's to fix first
        except Exception as error:  # (a defect of ldpub on this page, said as the build says it)
            raise internal_error(path, error) from error
    data = quality.quality_report(linked_docs, source.register)
    data["documents"] = sorted(data["documents"] + refused, key=lambda d: d["document"])
    return data


def turns_per_speaker(linked: Linked) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entity in linked.speakers.values():
        counts[entity.label] = counts.get(entity.label, 0) + 1
    return dict(sorted(counts.items()))
