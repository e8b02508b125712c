"""Query the published dump with SPARQL, in memory, with pyoxigraph.

``open_store(dist)`` checks ``dataset.nq`` against its checksum and loads it in memory;
``open_persistent_store(dist)`` keeps it in an on-disk store beside dist/, built once per dump;
``run_query(store, text)`` runs one query and returns a :class:`Result`;
``render(result, fmt)`` turns it into an aligned table, SPARQL 1.1 CSV or TSV,
SPARQL 1.1 JSON results, ``true``/``false`` for ASK or N-Triples for CONSTRUCT
and DESCRIBE. Rows are printed in the order the engine returns them: ORDER BY
is the query's job.

By default the query's default graph is the union of all named graphs (each
document is its own graph), as ``oxigraph serve --union-default-graph`` does;
``GRAPH`` clauses still see each graph by name.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ld import data_folder
from ld.errors import InputError, QueryError
from ld.formats import LOAD
from ld.terms import serialize
from ld.vocab import PREFIXES

DUMP = LOAD.file  # dataset.nq: every named graph, line by line
QUERIES_DIR = data_folder("queries")
FORMATS = ("table", "csv", "tsv", "json")
XSD = "http://www.w3.org/2001/XMLSchema#"


# --------------------------------------------------------------------------- the dump

def _read_sums(dist: Path) -> dict[str, tuple[str, str]]:
    """Expected SHA-256 per file name, from SHA256SUMS and manifest.json: name -> (digest, where)."""
    expected: dict[str, tuple[str, str]] = {}
    sums = dist / "SHA256SUMS"
    if sums.is_file():
        for number, line in enumerate(sums.read_text("utf-8", errors="replace").splitlines(), 1):
            parts = line.strip().split(maxsplit=1)
            if len(parts) == 2:
                expected[parts[1].lstrip("*")] = (parts[0].lower(), f"{sums}:{number}")
    manifest = dist / "manifest.json"
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(f"manifest.json is not valid JSON ({exc})", path=manifest,
                             hint="rebuild dist/ or download it again") from None
        for entry in data.get("files", []) if isinstance(data, dict) else []:
            if isinstance(entry, dict) and entry.get("path") and entry.get("sha256"):
                expected.setdefault(entry["path"], (str(entry["sha256"]).lower(), str(manifest)))
                # SHA256SUMS wins when both list the file; a disagreement is caught below
                if expected[entry["path"]][0] != str(entry["sha256"]).lower():
                    raise InputError(f"manifest.json and SHA256SUMS disagree on the checksum of {entry['path']}",
                                     path=manifest, hint="rebuild dist/ or download it again")
    return expected


def dump_path(dist_dir: str | Path, *, verify: bool = True) -> Path:
    """The path of ``dataset.nq`` (or, in a gzip publication, ``dataset.nq.gz``) in ``dist_dir``,
    checked against SHA256SUMS / manifest.json when they list it. Raises :class:`InputError` when
    it is missing or does not match."""
    dist = Path(dist_dir)
    if not dist.is_dir():
        raise InputError("published folder not found", path=dist,
                         hint="run `ldpub build` first, or pass --dist DIR")
    path = dist / DUMP
    if not path.is_file() and (dist / (DUMP + ".gz")).is_file():
        path = dist / (DUMP + ".gz")
    if not path.is_file():
        raise InputError(f"{DUMP} not found", path=dist, hint="run `ldpub build` first, or pass --dist DIR")
    if verify:
        expected = _read_sums(dist).get(path.name)
        if expected is not None:
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            if digest.hexdigest() != expected[0]:
                raise InputError(
                    f"checksum mismatch: SHA-256 is {digest.hexdigest()}, {expected[1]} expects {expected[0]}; "
                    "the file is corrupt or truncated", path=path,
                    hint="rebuild dist/ with `ldpub build` or download it again")
    return path


def open_dump(path: Path):
    """A dump file opened for reading bytes, decompressed when it is gzipped."""
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")


def _syntax_error_location(exc: SyntaxError) -> tuple[int | None, str]:
    """pyoxigraph's parser error: (line, message without the trailing '(file, line N)')."""
    message = exc.msg if isinstance(exc.msg, str) else str(exc)
    message = re.sub(r"\s*\([^()]*, line \d+\)$", "", message)
    line = exc.lineno
    if line is None:
        match = re.search(r"line (\d+)", message)
        line = int(match.group(1)) if match else None
    return line, message


def parse_quads(path: Path) -> list[ox.Quad]:
    """Every quad of an N-Quads file; a syntax error becomes :class:`InputError` with its line."""
    try:
        with open_dump(path) as data:
            return list(ox.parse(data, format=LOAD.oxigraph))
    except SyntaxError as exc:
        line, message = _syntax_error_location(exc)
        raise InputError(f"not valid N-Quads: {message}", path=path, line=line,
                         hint="the dump is corrupt or truncated; rebuild dist/ with `ldpub build`") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the dump: {exc}", path=path) from None


def open_store(dist_dir: str | Path, *, verify: bool = True) -> ox.Store:
    """An in-memory store holding ``dist_dir/dataset.nq`` (checked against its checksum first)."""
    path = dump_path(dist_dir, verify=verify)
    store = ox.Store()
    try:
        with open_dump(path) as data:
            store.load(data, format=LOAD.oxigraph)
    except SyntaxError as exc:
        line, message = _syntax_error_location(exc)
        raise InputError(f"not valid N-Quads: {message}", path=path, line=line,
                         hint="the dump is corrupt or truncated; rebuild dist/ with `ldpub build`") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot load the dump: {exc}", path=path) from None
    return store


def store_folder(dist_dir: str | Path) -> Path:
    """Where :func:`open_persistent_store` keeps the on-disk store of ``dist_dir``: beside it,
    ``dist.store/`` for ``dist/`` (a build replaces dist/ as a whole, so not inside it)."""
    dist = Path(dist_dir).resolve()
    return dist.with_name(dist.name + ".store")


def open_persistent_store(dist_dir: str | Path, *, verify: bool = True) -> ox.Store:
    """A read-only on-disk store of ``dist_dir``'s dump, built once per dump: the first call checks
    the dump against its SHA-256 and bulk-loads it into ``dist.store/<sha256>/``; later calls find
    it by the checksum SHA256SUMS lists and the dump's size and modification time, and open it
    without reading or hashing the dump again. A new build (another checksum) gets a new store and
    the old ones are removed. A dump no checksum lists is loaded in memory, as :func:`open_store`."""
    path = dump_path(dist_dir, verify=False)
    expected = _read_sums(Path(dist_dir)).get(path.name)
    if expected is None:
        return open_store(dist_dir, verify=verify)
    stat = path.stat()
    stamp = {"dump": path.name, "sha256": expected[0], "bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    folder = store_folder(dist_dir)
    target = folder / expected[0]
    try:
        if json.loads((target / "stamp.json").read_text("utf-8")) == stamp:
            return ox.Store.read_only(str(target / "db"))
    except (OSError, ValueError):
        pass
    dump_path(dist_dir, verify=verify)  # the checksum, verified before the store is built from the dump
    try:
        folder.mkdir(exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="building-", dir=folder))
    except OSError:  # a read-only place: in memory, as before
        return open_store(dist_dir, verify=False)
    try:
        store = ox.Store(str(staging / "db"))
        with open_dump(path) as data:
            store.bulk_load(data, format=LOAD.oxigraph)
        store.flush()
        store.optimize()  # one compaction: on 1,000 documents, lookups took half the time after it
        del store  # closes the database before it is moved
        (staging / "stamp.json").write_text(json.dumps(stamp, sort_keys=True), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        try:
            staging.rename(target)
        except OSError:  # another process has just put its own there
            pass
    except SyntaxError as exc:
        line, message = _syntax_error_location(exc)
        raise InputError(f"not valid N-Quads: {message}", path=path, line=line,
                         hint="the dump is corrupt or truncated; rebuild dist/ with `ldpub build`") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for old in folder.iterdir():  # the stores of earlier builds
        if old.name != target.name and not old.name.startswith("building-"):
            shutil.rmtree(old, ignore_errors=True)
    return ox.Store.read_only(str(target / "db"))


# --------------------------------------------------------------------------- queries

@dataclass(frozen=True)
class Result:
    """The answer to one query. ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()  # one tuple of pyoxigraph terms (None when unbound) per solution
    boolean: bool | None = None
    triples: tuple = ()  # pyoxigraph Triples

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1

    def dicts(self) -> list[dict]:
        """SELECT rows as ``{variable: term}`` (unbound variables left out)."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def read_query(path: str | Path) -> str:
    """The text of a ``.rq`` file."""
    path = Path(path)
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        raise InputError("query file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the query file: {exc}", path=path) from None


def example_queries(folder: str | Path | None = None) -> dict[str, str]:
    """The example queries ``*.rq`` of ``folder`` (default: the ones ldpub ships), by file name."""
    folder = Path(folder) if folder else QUERIES_DIR
    if not folder.is_dir():
        raise InputError("folder of example queries not found", path=folder,
                         hint="pass a folder holding *.rq files")
    return {path.name: read_query(path) for path in sorted(folder.glob("*.rq"))}


def _clean_expected(message: str, line_text: str, column: int) -> str:
    """Shorten the parser's 'expected one of ...' (it lists Unicode character classes)."""
    head, sep, rest = message.partition("expected")
    if not sep:
        return message
    rest = re.sub(r"\[[^\]]*\]", "", rest.replace("one of", "", 1))
    items = [item.strip() for item in rest.split(",")]
    items = [item for item in items if item and item != "|"]
    sentences = [item for item in items if " " in item and any(c.islower() for c in item)]
    if "Prefix not found" in sentences:
        match = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", line_text[:max(column - 1, 0)].rstrip())
        name = (match.group(1) or "") if match else ""
        return f"undeclared prefix {name}: (add PREFIX {name}: <...> at the top of the query)"
    if sentences:
        return sentences[0][0].lower() + sentences[0][1:]
    if not items:
        return "unexpected input"
    return "expected " + (items[0] if len(items) == 1 else "one of " + ", ".join(items))


def _query_error(exc: SyntaxError, text: str, source: str | Path | None) -> QueryError:
    message = str(exc)
    match = re.match(r"error at (\d+):(\d+): (.*)", message, re.S)
    if not match:
        return QueryError(f"SPARQL syntax error: {message}", path=source)
    line, column = int(match.group(1)), int(match.group(2))
    lines = text.splitlines() or [""]
    line_text = lines[line - 1] if 0 < line <= len(lines) else ""
    what = _clean_expected(match.group(3), line_text, column)
    caret = " " * (min(column, len(line_text) + 1) - 1) + "^"
    gutter = f"{line:>4} | "
    error = QueryError(f"SPARQL syntax error at line {line}, column {column}: {what}\n"
                       f"{gutter}{line_text}\n{' ' * (len(gutter) - 2)}| {caret}",
                       path=source, line=line, hint="see https://www.w3.org/TR/sparql11-query/#grammar")
    error.column = column
    return error


def run_query(store: ox.Store, query_text: str, *, source: str | Path | None = None,
              union_default_graph: bool = True, prefixes: dict[str, str] | None = None) -> Result:
    """Run one SPARQL query. The project's prefixes (schema:, ldp:, oa:, wd:, ...) are predeclared
    unless ``prefixes`` replaces them; ``source`` names the .rq file in error messages."""
    try:
        answer = store.query(query_text, use_default_graph_as_union=union_default_graph,
                             prefixes=PREFIXES if prefixes is None else prefixes)
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = tuple(v.value for v in answer.variables)
            # a solution iterates over its values in the variables' order, None where unbound: a third
            # cheaper than looking each up by name (measured on the mentions export)
            rows = tuple(tuple(solution) for solution in answer)
            return Result("select", variables=variables, rows=rows)
        return Result("graph", triples=tuple(answer))
    except SyntaxError as exc:
        raise _query_error(exc, query_text, source) from None
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        raise QueryError(f"the query failed: {exc}", path=source) from None


# --------------------------------------------------------------------------- rendering

def term_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if getattr(term, "direction", None) is not None:
                out["its:dir"] = str(term.direction).split(".")[-1].lower()
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _ntriples(triples) -> str:
    return serialize(list(triples), ox.RdfFormat.N_TRIPLES).decode("utf-8")


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON (CONSTRUCT results: N-Triples)."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    if result.kind == "graph":
        return _ntriples(result.triples)
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False) + "\n"


def to_csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV: values only, CRLF line ends."""
    if result.kind != "select":
        return to_json(result) if result.kind == "graph" else f"{str(result.boolean).lower()}\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    writer.writerows([term_text(t) for t in row] for row in result.rows)
    return out.getvalue()


def to_tsv(result: Result) -> str:
    """SPARQL 1.1 Query Results TSV: terms in N-Triples syntax (tabs and newlines escaped)."""
    if result.kind != "select":
        return to_csv(result)
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _short(term, prefixes: dict[str, str], width: int) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for name, namespace in prefixes.items():
            local = term.value[len(namespace):]
            if term.value.startswith(namespace) and re.fullmatch(r"[\w.-]*", local) and not local.endswith("."):
                text = f"{name}:{local}"
                break
        else:
            text = f"<{term.value}>"
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, ox.Literal):
        text = term.value
    else:
        text = str(term)
    text = text.replace("\r", "").replace("\n", " ⏎ ").replace("\t", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def dump_prefixes(dist_dir: str | Path) -> dict[str, str]:
    """The prefixes declared at the top of ``dataset.ttl`` (person:, place:, ... under the
    dataset's base), for shortening IRIs in tables; empty when there is no Turtle dump."""
    prefixes: dict[str, str] = {}
    try:
        turtle = Path(dist_dir) / "dataset.ttl"
        if not turtle.is_file():
            turtle = turtle.with_name("dataset.ttl.gz")
        with io.TextIOWrapper(open_dump(turtle), encoding="utf-8") as handle:
            for line in handle:
                match = re.match(r"@prefix\s+([\w.-]*):\s*<([^>]*)>\s*\.", line)
                if match:
                    prefixes[match.group(1)] = match.group(2)
                elif line.strip() and not line.startswith("#"):
                    break
    except (OSError, UnicodeDecodeError):
        pass
    return prefixes


def _declared_prefixes(query_text: str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    declared = dict(PREFIXES)
    declared.update(extra or {})
    for name, namespace in re.findall(r"PREFIX\s+([\w.-]*):\s*<([^>]*)>", query_text or "", re.I):
        declared[name] = namespace
    # longest namespace first, so person: wins over a shorter base
    return dict(sorted(declared.items(), key=lambda item: -len(item[1])))


def to_table(result: Result, *, query_text: str | None = None, prefixes: dict[str, str] | None = None,
             width: int = 60) -> str:
    """An aligned text table for people; IRIs shortened with the query's and the project's prefixes,
    literals by their value, cells cut at ``width`` characters."""
    if result.kind != "select":
        return to_csv(result)
    prefixes = _declared_prefixes(query_text, prefixes)
    cells = [[_short(t, prefixes, width) for t in row] for row in result.rows]
    header = list(result.variables)
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(header)]

    def line(values):
        return "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()

    lines = [line(header), "  ".join("-" * w for w in widths)] + [line(row) for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def render(result: Result, fmt: str = "table", *, query_text: str | None = None,
           prefixes: dict[str, str] | None = None) -> str:
    """The result as text in one of :data:`FORMATS`; ``query_text`` and ``prefixes`` only shorten
    IRIs in the table."""
    if fmt == "table":
        return to_table(result, query_text=query_text, prefixes=prefixes)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_tsv(result)
    if fmt == "json":
        return to_json(result)
    raise QueryError(f"unknown output format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
