"""Write the dumps: streamed from per-graph pieces, sorted, byte-identical on
every rebuild, and swapped into place atomically.

Each named graph is first turned into *pieces* (sorted N-Triples lines, a
Turtle and a TriG body, compact JSON-LD nodes) in a folder of its own; the
pieces of a document are what the build cache keeps. The dumps are then
streamed from the pieces in graph-IRI order, so memory stays bounded by the
largest graph. Within each graph, N-Triples and N-Quads lines are sorted.
"""

from __future__ import annotations

import gzip
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
    ".txt": "text/plain", ".html": "text/html",
}
DUMPS = ("dataset.nq", "dataset.nt", "dataset.ttl", "dataset.trig", "dataset.jsonld")
COMPRESSED = ("dataset.nq", "dataset.nt")  # also written as .gz


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


def _body(data: bytes) -> bytes:
    """A serialisation without its @prefix lines (they are written once per dump)."""
    return b"".join(line for line in data.splitlines(keepends=True) if not line.startswith(b"@prefix "))


@dataclass(frozen=True)
class Pieces:
    """Where one named graph's pieces are, and what they hold."""

    name: str  # graph IRI
    folder: Path
    triples: int


def write_pieces(name: str, graph: Graph, folder: Path, base: str) -> Pieces:
    folder.mkdir(parents=True, exist_ok=True)
    triples = ox_triples(graph)
    prefixes = turtle_prefixes(base)
    lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    (folder / "graph.nt").write_bytes(b"".join(sorted(lines.splitlines(keepends=True))))
    (folder / "graph.ttl").write_bytes(_body(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)))
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name)) for t in triples]
    (folder / "graph.trig").write_bytes(_body(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)))
    (folder / "graph.jsonld").write_text("\n".join(jsonld.node_text(n) for n in jsonld.nodes(triples, base)),
                                         encoding="utf-8")
    return Pieces(name, folder, len(triples))


def _prefix_header(base: str) -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in turtle_prefixes(base).items()).encode()


def write_dumps(folder: Path, pieces: list[Pieces], base: str) -> dict[str, int]:
    """Stream every dump from the pieces; returns the triple count of each dump."""
    pieces = sorted(pieces, key=lambda p: p.name)
    header = _prefix_header(base)
    with open(folder / "dataset.nt", "wb") as nt, open(folder / "dataset.nq", "wb") as nq, \
            open(folder / "dataset.ttl", "wb") as ttl, open(folder / "dataset.trig", "wb") as trig, \
            open(folder / "dataset.jsonld", "w", encoding="utf-8") as js:
        ttl.write(header)
        trig.write(header)
        for piece in pieces:
            graph = f" <{piece.name}> .\n".encode()
            with open(piece.folder / "graph.nt", "rb") as lines:
                for line in lines:
                    nt.write(line)
                    nq.write(line[:-3] + graph)  # "<s> <p> <o> .\n" -> "<s> <p> <o> <g> .\n"
            ttl.write((piece.folder / "graph.ttl").read_bytes())
            trig.write((piece.folder / "graph.trig").read_bytes())
        jsonld.write(js, _node_texts(pieces), base)
    for name in COMPRESSED:
        gzip_copy(folder / name)
    total = sum(p.triples for p in pieces)
    return {"dataset.nt": total, "dataset.nq": total, "dataset.ttl": total, "dataset.trig": total,
            "dataset.jsonld": total, "dataset.nt.gz": total, "dataset.nq.gz": total}


def _node_texts(pieces):
    for piece in pieces:
        text = (piece.folder / "graph.jsonld").read_text(encoding="utf-8")
        if text:
            yield from text.split("\n")


def gzip_copy(path: Path) -> Path:
    """A reproducible gzip copy: no file name, no time stamp in the header."""
    target = path.with_name(path.name + ".gz")
    with open(path, "rb") as source, open(target, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as out:
        shutil.copyfileobj(source, out, 1 << 20)
    return target


def write_turtle(path: Path, graph: Graph, base: str) -> int:
    triples = ox_triples(graph)
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes(base)))
    return len(triples)


def write_static(folder: Path) -> dict[str, int]:
    """Files that are the same for every build: our context and vocabulary."""
    package = resources.files("ld")
    (folder / "context.jsonld").write_bytes(package.joinpath("data/context.jsonld").read_bytes())
    ns = package.joinpath("data/ns.ttl").read_bytes()
    (folder / "ns.ttl").write_bytes(ns)
    return {"ns.ttl": sum(1 for _ in ox.parse(ns, format=ox.RdfFormat.TURTLE))}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest(folder: Path, triples: dict[str, int], graph_sizes: dict[str, int]) -> dict:
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if name in ("manifest.json", "SHA256SUMS"):
            continue
        entry = {"path": name, "media_type": MEDIA_TYPES.get(path.suffix, "application/octet-stream"),
                 "bytes": path.stat().st_size, "sha256": sha256_file(path)}
        if path.suffix == ".gz":  # what the gzip file holds
            entry["content_media_type"] = MEDIA_TYPES[Path(path.stem).suffix]
        if name in triples:
            entry["triples"] = triples[name]
        files.append(entry)
    return {"files": files, "graphs": dict(sorted(graph_sizes.items()))}


def write_manifest(folder: Path, triples: dict[str, int], graph_sizes: dict[str, int]) -> dict:
    data = manifest(folder, triples, graph_sizes)
    (folder / "manifest.json").write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    sums = "".join(f"{f['sha256']}  {f['path']}\n" for f in data["files"])
    sums += f"{sha256_file(folder / 'manifest.json')}  manifest.json\n"
    (folder / "SHA256SUMS").write_text(sums)
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
