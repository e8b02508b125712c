"""The SPARQL endpoint: the SPARQL 1.1 Protocol at ``/sparql`` (query by GET or POST, results in
JSON, XML, CSV, TSV or HTML, graphs in the RDF formats, a service description), read-only, ``SERVICE``
refused unless config.toml allows its endpoint (:func:`service_calls`), and the pool of worker
processes that runs the queries.

The time limit. A pyoxigraph query cannot be interrupted from Python, and it releases the GIL while it
runs, so a thread given up on a timeout would go on using a CPU core until the query ends (a cross join:
for ever). User queries therefore run in a small pool of worker *processes* (``python -m ld.web.sparql
--worker DIST``), each holding its own copy of the store; a worker that passes the time limit, or its
memory cap (``RLIMIT_AS``), is killed (the answer is 503) and a fresh one is started. Pages run our own,
bounded queries in-process."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import queue
import re
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

import ld
from ld.config import DEFAULT_BASE
from ld.errors import LdError
from ld.vocab import PREFIXES
from ld.web import html
from ld.web.negotiation import (
    FORMAT_PARAM,
    GRAPH_ACCEPTS,
    GRAPH_FORMATS,
    RESOURCE_ACCEPTS,
    RESOURCE_FORMATS,
    SOLUTION_ACCEPTS,
    SOLUTION_FORMATS,
    negotiate,
)
from ld.web.publication import RDF_TYPE, SD, VOID, XSD, ServeError, manifest_key, serialize
from ld.web.response import CSP, Response

UPDATE_KEYWORDS = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
MAX_BODY = 1 << 20  # bytes of a POSTed query


def _send(stream, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">Q", len(data)) + data)
    stream.flush()


def _read_exact(fd: int, size: int, deadline: float | None) -> bytes:
    chunks, remaining = [], size
    while remaining:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("the worker closed its output")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _receive(fd: int, deadline: float | None, limit: int | None = None):
    (size,) = struct.unpack(">Q", _read_exact(fd, 8, deadline))
    if limit is not None and size > limit:
        raise OverflowError(f"an answer of {size} bytes")
    return pickle.loads(_read_exact(fd, size, deadline))


def _cap_memory(megabytes: int) -> int:
    """Limit this process's address space to what it uses now plus ``megabytes`` (RLIMIT_AS): an
    allocation past it fails, and the query with it. The bytes allowed."""
    with open("/proc/self/statm") as f:
        used = int(f.read().split()[0]) * resource.getpagesize()
    limit = used + (megabytes << 20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return limit


class Worker:
    """One query process: ``python -m ld.web.sparql --worker DIST``."""

    def __init__(self, dist: Path, memory: int, ready_timeout: float = 120.0):
        env = dict(os.environ)
        package_root = str(Path(ld.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.proc = subprocess.Popen([sys.executable, "-m", "ld.web.sparql", "--worker", str(dist), str(memory)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self.proc.stdin is not None and self.proc.stdout is not None  # (both are pipes)
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        try:
            hello = _receive(self.stdout.fileno(), time.monotonic() + ready_timeout)
        except (TimeoutError, EOFError, pickle.UnpicklingError, struct.error) as exc:
            self.kill()
            raise ServeError(f"a SPARQL worker did not start: {exc or type(exc).__name__}") from None
        if not hello.get("ready"):
            self.kill()
            raise ServeError(f"a SPARQL worker did not start: {hello.get('error')}")
        self.pid = self.proc.pid
        self.manifest = hello.get("manifest")  # the publication it loaded

    def ask(self, request: dict, deadline: float, limit: int) -> dict:
        _send(self.stdin, request)
        return _receive(self.stdout.fileno(), deadline, limit)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.stdin, self.stdout):
            try:
                stream.close()
            except (OSError, ValueError):
                pass

    def close(self) -> None:
        try:
            self.stdin.close()  # the worker exits on end of input
            self.proc.wait(timeout=2)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        self.kill()


class QueryPool:
    """A few worker processes that run user queries; a query past ``timeout`` seconds, or past
    ``memory`` MB beyond the loaded data (RLIMIT_AS), has its worker killed and replaced, and an
    answer of more than ``max_bytes`` is refused. Started on first use (or by :meth:`start`)."""

    def __init__(self, dist: Path, *, workers: int = 2, timeout: float = 10.0, max_rows: int = 10000,
                 memory: int = 1024, max_bytes: int = 64 << 20, manifest: str | None = None):
        self.dist, self.size, self.timeout, self.max_rows = Path(dist), max(1, workers), timeout, max_rows
        self.memory, self.max_bytes = memory, max_bytes
        self.manifest = manifest  # the publication its workers must hold (None: whatever dist/ holds)
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self.killed = 0  # workers killed for passing the time limit

    def start(self, wait: bool = False) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        threads = [threading.Thread(target=self._spawn, daemon=True) for _ in range(self.size)]
        for t in threads:
            t.start()
        if wait:
            for t in threads:
                t.join()

    def _spawn(self) -> None:
        try:
            worker = Worker(self.dist, self.memory)
        except ServeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return
        if self.manifest is not None and worker.manifest != self.manifest:
            worker.close()  # dist/ was rebuilt: the server's next publication gets new workers
            return
        with self._lock:
            if self._closed:
                worker.close()
                return
            self._all.add(worker)
        self._idle.put(worker)

    def run(self, request: dict) -> dict:
        self.start()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return {"status": 503, "error": f"every query worker is busy; try again later (waited {self.timeout:g} s)"}
        request = dict(request, max_rows=self.max_rows, max_bytes=self.max_bytes, memory_message=self.memory_message)
        try:
            reply = worker.ask(request, time.monotonic() + self.timeout, self.max_bytes + (1 << 16))
        except TimeoutError:
            self._retire(worker)
            self.killed += 1
            return {"status": 503, "error": f"the query ran longer than the time limit of {self.timeout:g} s "
                                            "and was stopped; make it more selective (LIMIT, fewer joins)"}
        except (EOFError, OSError, OverflowError, pickle.UnpicklingError, struct.error) as exc:
            try:
                died = worker.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                died = None
            self._retire(worker)
            if died in (-signal.SIGABRT, -signal.SIGKILL):  # an allocation past RLIMIT_AS aborts Rust code
                self.killed += 1
                return {"status": 503, "error": self.memory_message}
            return {"status": 500, "error": f"the query worker failed ({exc or type(exc).__name__})"}
        if reply.get("retire"):  # a MemoryError in Python: start afresh
            self._retire(worker)
            self.killed += 1
        else:
            self._idle.put(worker)
        return reply

    @property
    def memory_message(self) -> str:
        return (f"the query needed more than the memory limit of {self.memory} MB and was stopped; make it "
                "more selective (LIMIT, fewer joins, no ORDER BY over a large result)")

    def _retire(self, worker: Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            closed = self._closed
        if not closed:
            threading.Thread(target=self._spawn, daemon=True).start()

    def ready(self) -> bool:
        """Whether every worker is running (after :meth:`start` with ``wait``)."""
        with self._lock:
            return len(self._all) == self.size

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._all)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.close()


def _xml_results(variables, rows, boolean=None) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>" + "".join(f'<variable name="{xml_escape(v)}"/>' for v in variables) + "</head>"]
    if boolean is not None:
        out.append(f"<boolean>{'true' if boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in rows:
            out.append("<result>")
            for v, t in zip(variables, row):
                if t is not None:
                    out.append(f'<binding name="{xml_escape(v)}">{_xml_term(t)}</binding>')
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "".join(out).encode("utf-8")


def _xml_term(t) -> str:
    q = {'"': "&quot;"}
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f'<literal xml:lang="{xml_escape(t.language, q)}">{xml_escape(t.value)}</literal>'
        if t.datatype.value != XSD + "string":
            return f'<literal datatype="{xml_escape(t.datatype.value, q)}">{xml_escape(t.value)}</literal>'
        return f"<literal>{xml_escape(t.value)}</literal>"
    return f"<literal>{xml_escape(str(t))}</literal>"


def execute(store, request: dict) -> dict:
    """Run one user query (in a worker); the answer serialised in the requested format."""
    options = {"prefixes": request.get("prefixes") or PREFIXES}
    if request.get("default_graphs"):
        options["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"]]
    else:
        options["use_default_graph_as_union"] = True
    if request.get("named_graphs"):
        options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    max_rows = request.get("max_rows") or 0
    try:
        reply = _answer(store, request, options, max_rows)
    except MemoryError:
        return {"status": 503, "retire": True, "error": request.get("memory_message", "out of memory")}
    max_bytes = request.get("max_bytes")
    if max_bytes and len(reply.get("body", b"")) > max_bytes:
        return {"status": 503, "error": f"the answer is larger than the limit of {max_bytes >> 20} MB; "
                                        "ask for fewer rows (LIMIT) or shorter values"}
    return reply


def _answer(store, request: dict, options: dict, max_rows: int) -> dict:
    from ld.query import Result, to_csv, to_json, to_tsv

    try:
        answer = store.query(request["query"], **options)
        if isinstance(answer, ox.QueryBoolean):
            fmt = request.get("solution_format")
            if fmt is None:
                return {"status": 406, "error": "an ASK answer can be given as " + ", ".join(
                    m for m in SOLUTION_FORMATS.values())}
            value = bool(answer)
            if fmt == "xml":
                body = _xml_results([], [], value)
            else:
                body = (to_json(Result("ask", boolean=value)) if fmt in ("json", "html")
                        else ("true\n" if value else "false\n")).encode()
            return {"status": 200, "kind": "ask", "format": fmt, "body": body}
        if isinstance(answer, ox.QuerySolutions):
            fmt = request.get("solution_format")
            if fmt is None:
                return {"status": 406, "error": "a SELECT answer can be given as "
                                                + ", ".join(SOLUTION_FORMATS.values())}
            variables = tuple(v.value for v in answer.variables)
            rows: list[tuple] = []
            truncated = False
            for solution in answer:
                if max_rows and len(rows) >= max_rows:
                    truncated = True
                    break
                rows.append(tuple(solution[v] for v in variables))
            result = Result("select", variables=variables, rows=tuple(rows))
            writer = {"json": to_json, "html": to_json, "csv": to_csv, "tsv": to_tsv}.get(fmt)
            data = writer(result).encode("utf-8") if writer else _xml_results(variables, rows)
            return {"status": 200, "kind": "select", "format": fmt, "body": data, "truncated": truncated}
        fmt = request.get("graph_format")
        if fmt is None:
            return {"status": 406, "error": "a CONSTRUCT or DESCRIBE answer can be given as "
                                            + ", ".join(GRAPH_FORMATS.values())}
        triples: list = []
        truncated = False
        for triple in answer:
            if max_rows and len(triples) >= max_rows:
                truncated = True
                break
            triples.append(triple)
        kind = "nt" if fmt == "html" else fmt
        body = serialize(triples, kind, request.get("base", DEFAULT_BASE), request.get("prefixes"))
        return {"status": 200, "kind": "graph", "format": fmt, "body": body, "truncated": truncated}
    except SyntaxError as exc:
        return {"status": 400, "error": f"SPARQL syntax error: {exc}"}
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        return {"status": 400, "error": f"the query failed: {exc}"}


def _worker_main(dist: str, memory: int) -> int:
    """The loop of a query worker: requests on stdin, answers on stdout, until end of input."""
    from ld.query import open_persistent_store  # (the worker's only store)

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print must not corrupt the answers
    inp = os.fdopen(0, "rb", buffering=0)
    parent = os.getppid()

    def watchdog():  # the server died without closing our input: stop even mid-query
        while True:
            time.sleep(1)
            if os.getppid() != parent:
                os._exit(1)
    threading.Thread(target=watchdog, daemon=True).start()
    try:
        before = manifest_key(dist)
        store = open_persistent_store(dist, verify=False)  # the server has built it: opened read-only
    except LdError as exc:
        _send(out, {"ready": False, "error": str(exc)})
        return 2
    try:
        limit = _cap_memory(memory)
    except (OSError, ValueError) as exc:  # no /proc (not Linux): serve, but say the cap is missing
        print(f"warning: SPARQL queries run without a memory cap: {exc}", file=sys.stderr, flush=True)
        limit = None
    _send(out, {"ready": True, "memory_limit": limit,
                "manifest": before if manifest_key(dist) == before else None})
    fd = inp.fileno()
    while True:
        try:
            request = _receive(fd, None)
        except (EOFError, struct.error):
            return 0
        try:
            reply = execute(store, request)
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            reply = {"status": 500, "error": f"{type(exc).__name__}: {exc}"}
        _send(out, reply)


# =========================================================================== the SPARQL 1.1 Protocol

def answer(app, environ, method: str) -> Response:
    """A request to ``/sparql``: a query, or the service description."""
    params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    query_text = None
    if method == "POST":
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        raw_length = (environ.get("CONTENT_LENGTH") or "0").strip()
        if not (raw_length.isascii() and raw_length.isdigit()):  # "-1" would read until the client stops
            return app._text(400, "bad Content-Length: give the body's size in bytes")
        length = int(raw_length)
        if length > MAX_BODY:
            return app._text(413, f"the request body is larger than {MAX_BODY} bytes")
        body = environ["wsgi.input"].read(length) if length else b""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return app._text(400, "the request body is not UTF-8")
        if ctype == "application/x-www-form-urlencoded":
            for key, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            query_text = text
        elif ctype == "application/sparql-update":
            return app._text(403, "this endpoint is read-only: SPARQL Update is not accepted")
        else:
            return app._text(415, "POST a query as application/x-www-form-urlencoded (query=...) "
                                   "or as application/sparql-query")
    elif method not in ("GET", "HEAD"):
        return Response(405, [("Allow", "GET, HEAD, POST, OPTIONS"), ("Content-Type", "text/plain; charset=utf-8")],
                        f"{method} is not allowed on the SPARQL endpoint\n".encode())
    if "update" in params:
        return app._text(403, "this endpoint is read-only: SPARQL Update is not accepted")
    if query_text is None:
        queries = params.get("query", [])
        if len(queries) > 1:
            return app._text(400, "give exactly one query parameter")
        if not queries:
            if method == "POST":
                return app._text(400, "no query: send query=... or a body of type application/sparql-query")
            return service_description(app, environ)
        query_text = queries[0]
    if len(query_text.encode("utf-8")) > MAX_BODY:
        return app._text(413, "the query is too long")
    if _is_update(query_text):
        return app._text(403, "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, "
                               "CREATE, DROP, ...) is not accepted")
    refused = [iri for iri in service_calls(query_text) if iri not in app.services]
    if refused:  # refused before any worker sees the query: no request leaves the server
        allowed = ", ".join(f"<{iri}>" for iri in app.services) or "none"
        return app._text(403, "SERVICE " + ", ".join(f"<{iri}>" if iri else "(not a full IRI)" for iri in refused)
                          + f" is not allowed on this endpoint (allowed: {allowed}; the server's "
                          "operator lists them in config.toml, [serve] sparql_services)")
    accept = environ.get("HTTP_ACCEPT")
    solution_fmt = negotiate(accept, SOLUTION_ACCEPTS, SOLUTION_FORMATS)
    graph_fmt = negotiate(accept, GRAPH_ACCEPTS, GRAPH_FORMATS)
    forced = (params.get("format") or params.get("output") or [""])[0].strip().lower()
    if forced:
        forced_key = FORMAT_PARAM.get(forced) or (SOLUTION_ACCEPTS.get(forced), GRAPH_ACCEPTS.get(forced))
        solution_fmt = forced_key[0] or solution_fmt
        graph_fmt = forced_key[1] or graph_fmt
    if app.pool is None:
        return app._text(503, "the SPARQL endpoint is not enabled on this server")
    request = {"query": query_text, "solution_format": solution_fmt, "graph_format": graph_fmt,
               "default_graphs": params.get("default-graph-uri", []),
               "named_graphs": params.get("named-graph-uri", []),
               "prefixes": {**PREFIXES, **app.pub.prefixes}, "base": app.pub.base}
    try:
        for g in request["default_graphs"] + request["named_graphs"]:
            ox.NamedNode(g)
    except ValueError:
        return app._text(400, "default-graph-uri and named-graph-uri must be IRIs")
    reply = app.pool.run(request)
    vary = [("Vary", "Accept")]
    if reply.get("status") != 200:
        return app._text(reply.get("status", 500), reply.get("error", "the query failed"), vary)
    headers = list(vary)
    if reply.get("truncated"):
        headers.append(("X-SPARQL-MaxRows", str(app.pool.max_rows)))
    fmt, body = reply["format"], reply["body"]
    if fmt == "html":
        nav = app.nav.at("sparql")
        if reply["kind"] == "graph":
            result = {"triples": [[_binding_term(t) for t in (tr.subject, tr.predicate, tr.object)]
                                  for tr in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]}
        else:
            result = json.loads(body)
        page = html.sparql_results_page(nav, query_text, result,
                                        truncated=app.pool.max_rows if reply.get("truncated") else None)
        return Response(200, headers + [("Content-Type", "text/html; charset=utf-8"),
                                        ("Content-Security-Policy", CSP)], page.encode("utf-8"))
    media = (GRAPH_FORMATS if reply["kind"] == "graph" else SOLUTION_FORMATS)[fmt]
    return Response(200, headers + [("Content-Type", media)], body)

def service_description(app, environ) -> Response:
    offered = {k: RESOURCE_FORMATS[k] for k in (*GRAPH_FORMATS, "html") if k in RESOURCE_FORMATS}
    fmt = negotiate(environ.get("HTTP_ACCEPT"), RESOURCE_ACCEPTS, offered)
    vary = [("Vary", "Accept")]
    if fmt is None:
        types = [m.split(";")[0] for m in offered.values()]
        return app._text(406, f"the service description is available as {', '.join(types[:-1])} or {types[-1]}",
                         vary)
    if fmt == "html":
        limits = {"timeout": f"{app.pool.timeout:g}" if app.pool else None,
                  "max_rows": app.pool.max_rows if app.pool else None}
        page = html.sparql_form_page(app.nav.at("sparql"), limits=limits)
        return Response(200, vary + [("Content-Type", "text/html; charset=utf-8"),
                                     ("Content-Security-Policy", CSP)], page.encode("utf-8"))
    endpoint = _request_url(environ)
    try:
        ox.NamedNode(endpoint)
    except ValueError:  # a Host header that makes no IRI
        endpoint = app.pub.base + "sparql"
    body = serialize(_description_triples(app, endpoint), fmt, app.pub.base,
                     {**app.pub.prefixes, "sd": SD, "formats": "http://www.w3.org/ns/formats/"})
    return Response(200, vary + [("Content-Type", RESOURCE_FORMATS[fmt])], body)

def _description_triples(app, endpoint: str) -> list:
    n = ox.NamedNode
    service, dataset, default = n(endpoint + "#service"), n(endpoint + "#dataset"), n(endpoint + "#default-graph")
    t = [ox.Triple(service, n(RDF_TYPE), n(SD + "Service")),
         ox.Triple(service, n(SD + "endpoint"), n(endpoint)),
         ox.Triple(service, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
         ox.Triple(service, n(SD + "feature"), n(SD + "UnionDefaultGraph")),
         ox.Triple(service, n(SD + "defaultDataset"), dataset),
         ox.Triple(dataset, n(RDF_TYPE), n(SD + "Dataset")),
         ox.Triple(dataset, n(SD + "defaultGraph"), default),
         ox.Triple(dataset, n("http://purl.org/dc/terms/source"), n(app.pub.dataset_iri)),
         ox.Triple(default, n(RDF_TYPE), n(SD + "Graph")),
         ox.Triple(default, n(VOID + "triples"), ox.Literal(str(app.pub.quads_total()), datatype=n(XSD + "integer")))]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        t.append(ox.Triple(service, n(SD + "resultFormat"), n("http://www.w3.org/ns/formats/" + name)))
    if app.pool:
        t.append(ox.Triple(service, n("http://www.w3.org/2000/01/rdf-schema#comment"), ox.Literal(
            f"Read-only. Queries stop after {app.pool.timeout:g} s (503); answers are cut at "
            f"{app.pool.max_rows} rows or triples (header X-SPARQL-MaxRows). The default graph is the union "
            "of all named graphs; one named graph per document.", language="en")))
    for graph in sorted(app.pub.store.named_graphs(), key=lambda g: g.value):
        named = n(endpoint + "#graph-" + hashlib.sha256(graph.value.encode()).hexdigest()[:12])
        t += [ox.Triple(dataset, n(SD + "namedGraph"), named), ox.Triple(named, n(RDF_TYPE), n(SD + "NamedGraph")),
              ox.Triple(named, n(SD + "name"), graph)]
    return t


def _binding_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"iri": t.value}
    if isinstance(t, ox.BlankNode):
        return {"bnode": t.value}
    return {"value": t.value, "language": t.language,
            "datatype": t.datatype.value if t.datatype and t.datatype.value != XSD + "string" else None}


def _is_update(text: str) -> bool:
    """Whether a request is SPARQL Update (after comments, BASE and PREFIX declarations)."""
    body = re.sub(r"#[^\n]*", " ", text)
    body = re.sub(r"^\s*((BASE\s*<[^>]*>|PREFIX\s+[\w.-]*:\s*<[^>]*>)\s*)*", "", body, flags=re.I)
    return bool(UPDATE_KEYWORDS.match(body))


# SPARQL's tokens that can hide the word SERVICE: comments, IRIs and strings (grammar rules
# IRIREF, STRING_LITERAL*); every other run of name characters is a word.
_TOKENS = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<word>[?$]?[\w:\-\u00b7-\U0010ffff]+)
  | (?P<other>\S)
""", re.X | re.S)
_ESCAPES = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def service_calls(text: str) -> list[str | None]:
    """The endpoint of every ``SERVICE`` in a query: its IRI, or ``None`` when it is not written as
    a full IRI (a prefixed name, a variable). The text is read both as sent and with SPARQL's
    ``\\u`` escapes replaced, so that no spelling of the keyword gets through."""
    def unescape(m):
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)

    calls = []
    for variant in dict.fromkeys((text, _ESCAPES.sub(unescape, text))):
        tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(variant) if m.lastgroup != "comment"]
        for i, (kind, value) in enumerate(tokens):
            if kind == "word" and value.upper() == "SERVICE":
                rest = tokens[i + 1:i + 3]
                if rest and rest[0][0] == "word" and rest[0][1].upper() == "SILENT":
                    rest = rest[1:]
                calls.append(rest[0][1][1:-1] if rest and rest[0][0] == "iri" else None)
    return calls


def _request_url(environ) -> str:
    scheme = environ.get("wsgi.url_scheme", "http")
    host = environ.get("HTTP_HOST") or f'{environ.get("SERVER_NAME", "localhost")}:{environ.get("SERVER_PORT", "80")}'
    return f"{scheme}://{host}{environ.get('SCRIPT_NAME', '').rstrip('/')}/sparql"


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        raise SystemExit(_worker_main(sys.argv[2], int(sys.argv[3])))
    print("usage: python -m ld.web.sparql --worker DIST MEGABYTES (internal); run `ldpub serve` instead", file=sys.stderr)
    raise SystemExit(2)
