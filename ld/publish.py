"""Write the dumps: streamed from per-graph pieces, sorted, byte-identical on
every rebuild, and swapped into place atomically.

Each named graph is first turned into *pieces* (sorted N-Triples lines, a
Turtle and a TriG body, compact JSON-LD nodes) in a folder of its own; the
pieces of a document are what the build cache keeps. The dumps are then
streamed from the pieces in graph-IRI order, so memory stays bounded by the
largest graph. Within each graph, N-Triples and N-Quads lines are sorted.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import gzip
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Collection
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ld import jsonld
from ld.config import DUMP_MODES
from ld.errors import OutputError, termination_deferred
from ld.formats import DUMPS, TURTLE
from ld.terms import SortedTriples, load_lines, ox_triples, serialize
from ld.vocab import turtle_prefixes

MEDIA_TYPES = {  # of the files in dist/, for the manifest: the dumps' from the one table of formats
    **{"." + f.key: f.media_type for f in DUMPS}, ".json": "application/json",
    ".gz": "application/gzip", ".csv": "text/csv", ".graphml": "application/graphml+xml",
    ".txt": "text/plain", ".html": "text/html",
}
# Level 3, not gzip's default 6: on 40 synthetic documents the five gzip pieces of a document took
# 4.1 ms at level 3 and 8.6 ms at level 6 (an eighth of a document's build), for files 15 % larger.
GZIP_LEVEL = 3


def _body(data: bytes) -> bytes:
    """A serialisation without its @prefix lines (they are written once per dump; Oxigraph writes them
    first, one a line)."""
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    return data[start:]


PIECES_FILE = "graph.pieces"


@dataclass(frozen=True)
class Pieces:
    """Where one named graph's pieces are, and what they hold: its share of each dump of the mode,
    one after another in ``folder/graph.pieces`` (``sizes``: their lengths in bytes, in the order of
    ``DUMP_MODES``). One file, not one a dump: a build of a large archive creates, and its
    dataset-level pass opens, a file a document instead of five."""

    name: str  # graph IRI
    folder: Path
    triples: int
    sizes: tuple[int, ...]
    nt: bytes | None = field(default=None, repr=False, compare=False)  # the graph's N-Triples, while in memory
    checksum: str = field(default="", compare=False)  # SHA-256 of the pieces file, as written

    def store(self, store: ox.Store | None = None) -> ox.Store:
        """The graph, from the N-Triples it was written with, in a store (a new one unless given)."""
        if self.nt is None:
            raise ValueError(f"the pieces of {self.name} no longer hold the graph in memory")
        store = store if store is not None else ox.Store()
        load_lines(store, self.nt, ox.NamedNode(self.name))
        return store


def write_pieces(name: str, triples: SortedTriples, folder: Path, base: str, dumps: str = "plain") -> Pieces:
    """One named graph's share of every dump of the ``dumps`` mode (its Turtle for ``dataset.ttl``,
    a gzip member of its own for ``dataset.nq.gz``: a dump is the concatenation of its pieces).
    ``triples`` come from ``ld.terms.ox_triples``, sorted, with their N-Triples lines."""
    folder.mkdir(parents=True, exist_ok=True)
    bodies = _bodies(name, triples, base)
    shares = [gzip_member(bodies[dump.split(".")[1]]) if dump.endswith(".gz") else bodies[dump.split(".")[1]]
              for dump in DUMP_MODES[dumps]]
    data = b"".join(shares)
    (folder / PIECES_FILE).write_bytes(data)
    return Pieces(name, folder, len(triples), tuple(len(share) for share in shares), bodies["nt"],
                  hashlib.sha256(data).hexdigest())


def _bodies(name: str, triples: SortedTriples, base: str) -> dict[str, bytes]:
    """The graph in each format, without what the dump writes once (prefixes, the JSON-LD frame)."""
    prefixes = turtle_prefixes(base)
    nt = triples.nt
    graph = f" <{name}> .\n".encode()
    turtle = _body(serialize(triples.oxigraph(), TURTLE.oxigraph, prefixes))
    return {
        "nt": nt,
        "nq": nt.replace(b" .\n", graph),  # "<s> <p> <o> .\n" (N-Triples escapes a literal's line breaks)
        "ttl": turtle,
        "trig": trig_body(name, turtle),
        "jsonld": ",\n".join(jsonld.node_text(n) for n in jsonld.nodes(triples.terms, base)).encode(),
    }


def trig_body(name: str, turtle: bytes) -> bytes:
    """The graph's TriG: its Turtle statements, one tab in, inside ``<name> { }``, as Oxigraph's TriG
    writer puts them (Oxigraph escapes line breaks in literals, so a statement line is never inside a
    literal). Making quads to serialise them again cost more than the rest of the TriG."""
    if not turtle:
        return b""
    return b"<" + name.encode() + b"> {\n\t" + turtle.replace(b"\n", b"\n\t")[:-1] + b"}\n"


def gzip_member(data: bytes) -> bytes:
    """A reproducible gzip member: no file name, no time stamp in the header. Members concatenate
    into one valid gzip file (RFC 1952, 2.2), which every gzip reader reads as the whole."""
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0) if data else b""


def _frame(fmt: str, base: str) -> tuple[bytes, bytes, bytes]:
    """What a dump of format ``fmt`` writes before, between and after the graphs' pieces."""
    if fmt in ("ttl", "trig"):
        return _prefix_header(base), b"", b""
    if fmt == "jsonld":
        head, between, tail = jsonld.frame(base)
        return head.encode(), between.encode(), tail.encode()
    return b"", b"", b""


def _prefix_header(base: str) -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in turtle_prefixes(base).items()).encode()


def write_dumps(folder: Path, pieces: list[Pieces], base: str, dumps: str = "plain",
                only: Collection[str] | None = None) -> tuple[dict[str, int], dict[str, str]]:
    """Write every dump (or those named in ``only``) by concatenating the pieces in graph-IRI order, all
    dumps at once, so that each graph's pieces are read once; memory stays flat and nothing is parsed or
    compressed again. Returns the triple count and the SHA-256 of each dump (hashed as it is written: a
    large archive's dumps are gigabytes, not worth reading twice)."""
    names = DUMP_MODES[dumps]
    wanted = [i for i, dump in enumerate(names) if only is None or dump in only]  # (where each is in a pieces file)
    total = sum(p.triples for p in pieces)
    with ExitStack() as files:
        outputs = []
        for i in wanted:
            pack = gzip_member if names[i].endswith(".gz") else (lambda data: data)
            head, between, tail = (pack(part) for part in _frame(names[i].split(".")[1], base))
            outputs.append(_Dump(files.enter_context(open(folder / names[i], "wb")), between, tail))
            outputs[-1].write(head)
        for piece in sorted(pieces, key=lambda p: p.name):
            if not any(piece.sizes[i] for i in wanted):
                continue
            data = memoryview((piece.folder / PIECES_FILE).read_bytes())
            starts = [sum(piece.sizes[:i]) for i in wanted]
            for output, i, start in zip(outputs, wanted, starts):
                if piece.sizes[i]:  # an empty graph has no JSON-LD separator either
                    output.add(data[start:start + piece.sizes[i]])
        for output in outputs:
            output.write(output.tail)
    return {names[i]: total for i in wanted}, {names[i]: output.digest.hexdigest() for i, output in zip(wanted, outputs)}


def dump_groups(pieces: list[Pieces], dumps: str, groups: int) -> list[list[str]]:
    """The dumps of a mode in ``groups`` sets of about the same size, largest first, each set for a process
    of its own (``write_dumps(only=...)``): writing a dump is mostly the kernel copying it into the page
    cache, and two processes write the dumps of 1,000 synthetic documents (1.4 GB) in about half the time
    of one (``bench/dumps.py``)."""
    names = DUMP_MODES[dumps]
    sizes = {name: sum(p.sizes[i] for p in pieces) for i, name in enumerate(names)}
    sets: list[list[str]] = [[] for _ in range(max(1, min(groups, len(names))))]
    loads = [0] * len(sets)
    for name in sorted(names, key=lambda n: (-sizes[n], n)):
        least = loads.index(min(loads))
        sets[least].append(name)
        loads[least] += sizes[name]
    return [s for s in sets if s]


class _Dump:
    """One dump being written: its file, its hash, and the separator between graphs."""

    def __init__(self, file, between: bytes, tail: bytes):
        self.file, self.between, self.tail = file, between, tail
        self.digest = hashlib.sha256()
        self.empty = True

    def write(self, data) -> None:
        self.file.write(data)
        self.digest.update(data)

    def add(self, piece) -> None:
        if not self.empty:
            self.write(self.between)
        self.empty = False
        self.write(piece)


def write_turtle(path: Path, graph: Graph, base: str) -> int:
    triples = ox_triples(graph)
    path.write_bytes(serialize(triples.oxigraph(), TURTLE.oxigraph, turtle_prefixes(base)))
    return len(triples)


def write_static(folder: Path, base: str) -> dict[str, int]:
    """Files that depend on no document: the JSON-LD context (as the dump embeds it) and our vocabulary."""
    package = resources.files("ld")
    (folder / "context.jsonld").write_text(jsonld.context_document(base), encoding="utf-8")
    ns = package.joinpath("data/ns.ttl").read_bytes()
    (folder / "ns.ttl").write_bytes(ns)
    return {"ns.ttl": sum(1 for _ in ox.parse(ns, format=ox.RdfFormat.TURTLE))}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest(folder: Path, triples: dict[str, int], graph_sizes: dict[str, int],
             hashed: dict[str, str] | None = None) -> dict:
    """Every file of ``folder`` with its size and SHA-256; ``hashed`` gives the digests of files
    known not to have changed since they were last hashed (the dumps: gigabytes in a large archive)."""
    files = []
    hashed = hashed or {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if name in ("manifest.json", "SHA256SUMS"):
            continue
        entry = {"path": name, "media_type": MEDIA_TYPES.get(path.suffix, "application/octet-stream"),
                 "bytes": path.stat().st_size, "sha256": hashed.get(name) or sha256_file(path)}
        if path.suffix == ".gz":  # what the gzip file holds
            entry["content_media_type"] = MEDIA_TYPES[Path(path.stem).suffix]
        if name in triples:
            entry["triples"] = triples[name]
        files.append(entry)
    return {"files": files, "graphs": dict(sorted(graph_sizes.items()))}


def write_manifest(folder: Path, triples: dict[str, int], graph_sizes: dict[str, int],
                   hashed: dict[str, str] | None = None) -> dict:
    data = manifest(folder, triples, graph_sizes, hashed)
    (folder / "manifest.json").write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    sums = "".join(f"{f['sha256']}  {f['path']}\n" for f in data["files"])
    sums += f"{sha256_file(folder / 'manifest.json')}  manifest.json\n"
    (folder / "SHA256SUMS").write_text(sums)
    return data


# ------------------------------------------------------------ the output folder
MARKER = ".ldpub-publication"  # in every folder a build publishes: a build replaces only folders it wrote


def check_out(out: Path, source: Path, cache: Path | None = None) -> None:
    """Refuse an --out folder whose replacement would delete what the build did not write."""
    target, cwd = Path(out).resolve(), Path.cwd().resolve()
    source = Path(source).resolve()

    def refuse(why: str, hint: str = "publish into a folder of its own, e.g. --out dist") -> None:
        raise OutputError(f"refusing to publish into this folder: {why}", path=out,
                          hint=hint + "; a build replaces its --out folder entirely")
    if target == cwd or target in cwd.parents:
        refuse("it is the current folder or holds it")
    if target == source or source in target.parents:
        refuse("it is the source folder or inside it")
    if target in source.parents:
        refuse("it holds the source folder")
    if cache is not None:
        cache = Path(cache).resolve()
        if target == cache or cache in target.parents or target in cache.parents:
            refuse("it is the build cache, inside it or holds it")
    if any((target / name).exists() for name in (".git", "pyproject.toml")):
        refuse("it is a project's root folder")
    if target.exists() and not target.is_dir():
        refuse("it is a file, not a folder", "remove it or choose another --out")
    if target.is_dir() and any(target.iterdir()) and not _ours(target):
        refuse(f"it holds files ldpub did not write (no {MARKER} file)",
               "choose a new or empty folder, or move its files away yourself")


def _ours(folder: Path) -> bool:
    if (folder / MARKER).is_file():
        return True
    try:  # a publication of an ldpub before the marker: every file is in its manifest
        listed = {f["path"] for f in json.loads((folder / "manifest.json").read_text())["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return False
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}
    return present <= listed | {"manifest.json", "SHA256SUMS"}


@contextmanager
def locked(folder: Path, what: str, inside: bool = False):
    """Hold the lock of ``folder`` for the while: one build at a time per folder. The lock is a file
    beside it (``.<name>-ldpub.lock``: the folder itself is replaced), or ``inside`` it."""
    folder = Path(folder).resolve()
    path = folder / ".lock" if inside else folder.parent / f".{folder.name}-ldpub.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"another build is using {what} {folder} (it holds {path.name})", path=folder,
                              hint="wait until that build ends, then build again") from None
        yield  # the lock ends with the file's closing, also when the process is killed


def _staged(target: Path, kind: str) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.{kind}-*"))


def recover(target: Path) -> None:
    """Clean up after a build that was killed: its staging copies go; if it died between the two
    renames of the fallback swap (no ``target``, an old copy beside it), the old copy comes back.
    Only under the folder's lock."""
    target = Path(target).resolve()
    old = _staged(target, "old")
    if old and not target.exists():
        old.pop().rename(target)
    for stale in _staged(target, "new") + old:
        shutil.rmtree(stale, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    rename = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if rename is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if rename(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


@contextmanager
def atomic_folder(target: Path):
    """Yield a fresh staging folder beside ``target`` (``.<name>.new-*``); on success it replaces
    ``target``, on failure it is removed and ``target`` is untouched. The swap is one atomic exchange
    where the kernel has it: a crash at any moment leaves the old or the new folder. Elsewhere it is two
    renames, ``target`` to ``.<name>.old-*`` then the staging folder to ``target``, and ``recover``
    puts the old copy back if a crash came between them."""
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with termination_deferred():  # a SIGTERM here would leave the folder it has just made
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        (staging / MARKER).write_text("written by ldpub build: the next build replaces this whole folder\n")
        yield staging
    except BaseException:
        with termination_deferred():
            shutil.rmtree(staging, ignore_errors=True)
        raise
    # the swap and the removal of the old copy are not interrupted by SIGTERM: it is handled after them
    with termination_deferred():
        os.chmod(staging, 0o755)
        if not target.exists():
            staging.rename(target)
        elif _exchange(staging, target):
            shutil.rmtree(staging, ignore_errors=True)  # now the old publication
        else:
            old = target.parent / f".{target.name}.old-{os.getpid()}"
            target.rename(old)
            staging.rename(target)
            shutil.rmtree(old, ignore_errors=True)
