"""Write the dumps: sorted, byte-identical on every rebuild, swapped in atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from ld import jsonld
from ld.vocab import turtle_prefixes

MEDIA_TYPES = {
    ".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
    ".trig": "application/trig", ".jsonld": "application/ld+json", ".json": "application/json",
    ".gz": "application/gzip", ".csv": "text/csv", ".graphml": "application/graphml+xml",
    ".txt": "text/plain",
}


def ox_term(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        raise ValueError(f"blank node {term!r}: mint an IRI in ld.vocab instead")
    raise TypeError(f"not an RDF term: {term!r}")


def ox_triples(graph: Graph) -> list[ox.Triple]:
    """The graph's triples as pyoxigraph triples, sorted by their N-Triples form."""
    triples = [ox.Triple(ox_term(s), ox_term(p), ox_term(o)) for s, p, o in graph]
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


@dataclass
class NamedGraph:
    name: str  # graph IRI
    triples: list  # sorted pyoxigraph triples


def write_dumps(folder: Path, graphs: list[NamedGraph], base: str) -> None:
    """dataset.{nq,trig,nt,ttl,jsonld}: the same data in every format."""
    graphs = sorted(graphs, key=lambda g: g.name)
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g.name)) for g in graphs for t in g.triples]
    union = sorted(set(t for g in graphs for t in g.triples),
                   key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = turtle_prefixes(base)
    _write(folder / "dataset.nq", _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)))
    _write(folder / "dataset.nt", _sorted_lines(ox.serialize(union, format=ox.RdfFormat.N_TRIPLES)))
    _write(folder / "dataset.ttl", ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=prefixes))
    _write(folder / "dataset.trig", ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes))
    _write(folder / "dataset.jsonld", jsonld.dumps(union, base).encode("utf-8"))


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(set(data.decode("utf-8").splitlines()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def write_static(folder: Path) -> None:
    """Files that are the same for every build: our context, vocabulary and shapes."""
    package = resources.files("ld")
    _write(folder / "context.jsonld", package.joinpath("data/context.jsonld").read_bytes())
    _write(folder / "ns.ttl", package.joinpath("data/ns.ttl").read_bytes())


def write_turtle(path: Path, graph: Graph, base: str) -> None:
    _write(path, ox.serialize(ox_triples(graph), format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes(base)))


def count_triples(path: Path) -> int | None:
    if not path.name.startswith(("dataset.", "void.", "ns.")):
        return None
    fmt = {".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
           ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD}.get(path.suffix)
    if fmt is None:
        return None
    return sum(1 for _ in ox.parse(path=str(path), format=fmt))


def manifest(folder: Path, graph_sizes: dict[str, int]) -> dict:
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if name in ("manifest.json", "SHA256SUMS"):
            continue
        data = path.read_bytes()
        entry = {"path": name, "media_type": MEDIA_TYPES.get(path.suffix, "application/octet-stream"),
                 "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        triples = count_triples(path)
        if triples is not None:
            entry["triples"] = triples
        files.append(entry)
    return {"files": files, "graphs": dict(sorted(graph_sizes.items()))}


def write_manifest(folder: Path, graph_sizes: dict[str, int]) -> dict:
    data = manifest(folder, graph_sizes)
    _write(folder / "manifest.json", (json.dumps(data, indent=2, sort_keys=True) + "\n").encode())
    sums = "".join(f"{f['sha256']}  {f['path']}\n" for f in data["files"])
    sums += f"{hashlib.sha256((folder / 'manifest.json').read_bytes()).hexdigest()}  manifest.json\n"
    _write(folder / "SHA256SUMS", sums.encode())
    return data


@contextmanager
def atomic_folder(target: Path):
    """Yield a fresh temporary folder beside ``target``; on success it replaces
    ``target`` in two renames, on failure it is removed and ``target`` is untouched."""
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    staging.rename(target)
    os.chmod(target, 0o755)
    if old:
        shutil.rmtree(old, ignore_errors=True)
