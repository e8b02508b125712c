"""Push the published dump to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of ``dataset.nq`` is sent with one ``PUT {endpoint}?graph=<iri>``
(body N-Triples), which replaces the graph: loading twice never duplicates.
Graphs the manifest lists without triples are sent empty, so they are emptied
on the server too. Graphs that are not in the dump are left alone.

After the upload every graph is counted with a SPARQL query on the query
endpoint and compared with what was sent, and the example queries (``queries/*.rq``)
are run there and compared with the answers of the dump itself: a store that
holds the triples but answers the examples differently is reported. This is the
only module, with ``ld.link``'s Wikidata client, that talks to the network.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from ld import formats
from ld.errors import InputError, NetworkError, QueryError
from ld.query import dump_path, example_queries, open_persistent_store, parse_quads, render, run_query
from ld.terms import serialize

NTRIPLES = formats.NTRIPLES.media_type  # what each graph is sent as
UNION_NOTE = ("note: the endpoint's default graph is not the union of the named graphs, so a query without "
              "GRAPH answers nothing there: write GRAPH ?g { ... } around the patterns as queries/*.rq do, or "
              "make the default graph the union (oxigraph serve --union-default-graph; Fuseki/TDB2: "
              "tdb2:unionDefaultGraph true)")
RETRY_STATUS = {429, 500, 502, 503, 504}
ABORT_STATUS = {401: "the endpoint refused the credentials (HTTP 401 Unauthorized)",
                403: "the endpoint refused access (HTTP 403 Forbidden)",
                404: "no Graph Store endpoint at this URL (HTTP 404 Not Found)",
                405: "the endpoint does not accept PUT (HTTP 405 Method Not Allowed); is it read-only?"}
ABORT_HINTS = {401: "pass --user/--password (with --digest for a store that wants HTTP Digest, as Virtuoso does) "
                    "or --token with valid credentials",
               403: "use an account allowed to write to the store",
               404: "pass the Graph Store URL, e.g. http://localhost:7878/store for `oxigraph serve`",
               405: "pass the Graph Store URL (read-write), not the query URL"}


@dataclass
class GraphLoad:
    """One named graph: what was sent and what came of it."""

    graph: str | None  # the graph IRI; None for the default graph
    triples: int  # distinct triples in the dump
    bytes: int  # size of the N-Triples body
    status: str = "planned"  # planned | loaded | failed | not sent
    attempts: int = 0
    http_status: int | None = None
    error: str | None = None
    count: int | None = None  # triples the endpoint reports after the load

    @property
    def mismatch(self) -> bool:
        return self.status == "loaded" and self.count is not None and self.count != self.triples

    @property
    def label(self) -> str:
        return f"<{self.graph}>" if self.graph else "(default graph)"


@dataclass
class QueryCheck:
    """One example query run on the endpoint and on the dump."""

    name: str
    expected: int  # rows the dump gives
    rows: int | None = None  # rows the endpoint gave; None when it failed
    same: bool = False
    error: str | None = None


@dataclass
class LoadResult:
    endpoint: str  # Graph Store URL
    query_endpoint: str
    dry_run: bool = False
    graphs: list[GraphLoad] = field(default_factory=list)
    queries: list[QueryCheck] = field(default_factory=list)
    union_default_graph: bool | None = None  # whether the endpoint's default graph sees the named graphs

    @property
    def loaded(self) -> list[GraphLoad]:
        return [g for g in self.graphs if g.status == "loaded"]

    @property
    def failed(self) -> list[GraphLoad]:
        return [g for g in self.graphs if g.status == "failed"]

    @property
    def mismatched(self) -> list[GraphLoad]:
        return [g for g in self.graphs if g.mismatch]

    @property
    def wrong_answers(self) -> list[QueryCheck]:
        return [q for q in self.queries if not q.same]

    @property
    def ok(self) -> bool:
        return (not self.failed and not self.mismatched and not self.wrong_answers
                and all(g.status != "not sent" for g in self.graphs))

    def summary(self) -> str:
        if self.dry_run:
            return (f"dry run: would PUT {len(self.graphs)} graph(s), "
                    f"{sum(g.triples for g in self.graphs)} triples, to {self.endpoint}")
        text = (f"loaded {len(self.loaded)} of {len(self.graphs)} graph(s), "
                f"{sum(g.triples for g in self.loaded)} triples, into {self.endpoint}")
        if self.failed:
            text += f"; {len(self.failed)} failed"
        if self.mismatched:
            text += f"; {len(self.mismatched)} with a wrong triple count"
        if self.queries:
            text += (f"; {len(self.queries) - len(self.wrong_answers)} of {len(self.queries)} example queries "
                     "answer as on the dump")
        return text

    def to_text(self) -> str:
        lines = []
        for g in self.graphs:
            if self.dry_run:
                lines.append(f"PUT {_graph_url(_redact(self.endpoint), g.graph)}  "
                             f"{g.triples} triples, {g.bytes} bytes of {NTRIPLES}")
            elif g.mismatch:
                lines.append(f"MISMATCH  {g.label}  sent {g.triples} triples, the endpoint has {g.count}")
            elif g.status == "loaded" and g.count is None:
                lines.append(f"sent      {g.label}  {g.triples} triples, not counted (--no-check)")
            elif g.status == "loaded":
                lines.append(f"ok        {g.label}  {g.triples} triples")
            elif g.status == "failed":
                lines.append(f"FAILED    {g.label}  {g.error}")
            else:
                lines.append(f"not sent  {g.label}  {g.triples} triples")
        for q in self.queries:
            if q.error:
                lines.append(f"QUERY     {q.name}  {q.error}")
            elif not q.same:
                lines.append(f"QUERY     {q.name}  answered {q.rows} row(s) unlike the dump's {q.expected}")
            else:
                lines.append(f"query ok  {q.name}  {q.rows} row(s)")
        if self.union_default_graph is False:
            lines.append(UNION_NOTE)
        lines.append(self.summary())
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {"endpoint": _redact(self.endpoint), "query_endpoint": _redact(self.query_endpoint),
                "dry_run": self.dry_run, "ok": self.ok, "graphs": [asdict(g) for g in self.graphs],
                "queries": [asdict(q) for q in self.queries], "union_default_graph": self.union_default_graph}


# --------------------------------------------------------------------------- URLs

def _redact(url: str) -> str:
    """The URL without a password in it."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _check_http(url: str, what: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise NetworkError(f"{what} is not a valid URL: {url!r} ({exc})",
                           hint="write it as http://HOST:PORT/store") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise NetworkError(f"{what} is not an HTTP(S) URL: {url!r}",
                           hint="write it as http://HOST:PORT/store (for `oxigraph serve`) or "
                                "https://HOST/DATASET/data (for Fuseki)")


def endpoints(endpoint: str, query_endpoint: str | None = None) -> tuple[str, str]:
    """(Graph Store URL, query URL). A bare server URL means Oxigraph's layout:
    ``{base}/store`` and ``{base}/query``; otherwise the query URL defaults to the
    Graph Store URL with its last path segment replaced by ``query``."""
    _check_http(endpoint, "the endpoint")
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if not path:
        gsp = urlunsplit(parts._replace(path="/store"))
        derived = urlunsplit(parts._replace(path="/query", query=""))
    else:
        gsp = endpoint
        derived = urlunsplit(parts._replace(path=path.rsplit("/", 1)[0] + "/query", query=""))
    query = query_endpoint or derived
    _check_http(query, "the query endpoint")
    return gsp, query


def _graph_url(gsp: str, graph: str | None) -> str:
    return f"{gsp}{'&' if '?' in gsp else '?'}" + ("default" if graph is None else
                                                    "graph=" + requests.utils.quote(graph, safe=""))


# --------------------------------------------------------------------------- the dump

def read_graphs(dist_dir: str | Path) -> dict[str | None, list]:
    """The dump's triples by graph IRI (None: default graph), plus the manifest's empty graphs."""
    path = dump_path(dist_dir)
    graphs: dict[str | None, list] = {}
    for quad in parse_quads(path):
        name = quad.graph_name
        key = None if isinstance(name, ox.DefaultGraph) else name.value
        graphs.setdefault(key, []).append(quad.triple)
    manifest = Path(dist_dir) / "manifest.json"
    if manifest.is_file():
        try:
            listed = json.loads(manifest.read_text("utf-8")).get("graphs", {})
        except (ValueError, UnicodeDecodeError, AttributeError):
            raise InputError("manifest.json is not valid JSON", path=manifest) from None
        for name in listed:
            graphs.setdefault(name, [])
    return graphs


def _body(triples: list) -> bytes:
    lines = sorted(set(serialize(triples, ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _order(name: str | None) -> tuple:
    return (name is not None, name or "")


# --------------------------------------------------------------------------- HTTP

def _reason(exc: requests.RequestException) -> str:
    """A short reason for a connection error, without urllib3's nesting."""
    if isinstance(exc, requests.Timeout):
        return "no answer before the timeout"
    text = str(exc)
    for pattern in (r"\[Errno -?\d+\] ([^'\")]+)", r"(Name or service not known|nodename nor servname[^'\")]*)",
                    r"(Connection refused|Connection reset by peer|Remote end closed connection[^'\")]*)"):
        match = re.search(pattern, text)
        if match:
            return match.group(1).strip()
    return type(exc).__name__


def _first_line(response: requests.Response) -> str:
    text = (response.text or "").strip().splitlines()
    return f": {text[0][:200]}" if text else ""


class _Progress:
    def __init__(self, enabled: bool, total: int):
        self.enabled, self.total, self.shown = enabled, total, False

    def show(self, index: int, load: GraphLoad, note: str = "") -> None:
        if self.enabled:
            sys.stderr.write(f"\r\x1b[K[{index}/{self.total}] PUT {load.label} ({load.triples} triples){note}")
            sys.stderr.flush()
            self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _session(auth) -> requests.Session:
    session = requests.Session()
    if auth is None:
        return session
    if isinstance(auth, tuple) and len(auth) == 3 and auth[0] == "basic":
        session.auth = (auth[1], auth[2])
    elif isinstance(auth, tuple) and len(auth) == 3 and auth[0] == "digest":
        session.auth = requests.auth.HTTPDigestAuth(auth[1], auth[2])
    elif isinstance(auth, tuple) and len(auth) == 2 and auth[0] == "bearer":
        session.headers["Authorization"] = f"Bearer {auth[1]}"
    else:
        raise InputError("auth must be None, ('basic', user, password), ('digest', user, password) or "
                         "('bearer', token)")
    return session


def _auth_hint(response: requests.Response, auth) -> str:
    """What to pass for a 401: the scheme the server asks for, when it is not the one we used."""
    asked = response.headers.get("WWW-Authenticate", "").split(" ", 1)[0].lower()
    used = auth[0] if isinstance(auth, tuple) else None
    if asked == "digest" and used != "digest":
        return "the endpoint asks for Digest authentication (as Virtuoso does): pass --user, --password and --digest"
    if asked == "basic" and used == "digest":
        return "the endpoint asks for Basic authentication: pass --user and --password without --digest"
    return ABORT_HINTS[401]


def _abort(result: LoadResult, message: str, hint: str | None) -> NetworkError:
    done = [g.label for g in result.loaded]
    if done:
        message += f"; {len(done)} graph(s) were loaded before: {', '.join(done)}"
    else:
        message += "; no graph was loaded"
    error = NetworkError(message, hint=hint)
    error.result = result
    return error


def _put(session, url: str, body: bytes, load: GraphLoad, *, timeout: float, retries: int, backoff: float,
         on_retry) -> requests.Response | requests.RequestException:
    """PUT with retries on connection errors and 429/5xx; the last response or exception."""
    outcome: requests.Response | requests.RequestException | None = None
    for attempt in range(retries + 1):
        if attempt:
            on_retry(attempt)
            time.sleep(min(backoff * 2 ** (attempt - 1), 30.0))
        load.attempts = attempt + 1
        try:
            # a redirected PUT is not followed: requests would turn it into a GET that "succeeds"
            response = session.put(url, data=body, headers={"Content-Type": NTRIPLES}, timeout=timeout,
                                   allow_redirects=False)
        except requests.RequestException as exc:
            outcome = exc
            continue
        outcome = response
        if response.status_code not in RETRY_STATUS:
            return response
    assert outcome is not None  # (retries >= 0: one attempt at least)
    return outcome


def _select(session, query_url: str, query: str, *, timeout: float) -> dict:
    """SPARQL JSON results of one query on the endpoint; an error answer raises :class:`NetworkError`."""
    try:
        response = session.post(query_url, data={"query": query}, timeout=timeout, allow_redirects=False,
                                headers={"Accept": "application/sparql-results+json"})
    except requests.Timeout:
        raise NetworkError(f"the query endpoint {_redact(query_url)} gave no answer within {timeout:g} s "
                           "(--timeout)") from None
    if response.status_code != 200:
        raise NetworkError(f"the query endpoint {_redact(query_url)} answered HTTP {response.status_code}"
                           f"{_first_line(response)}")
    try:
        return response.json()
    except ValueError:
        raise NetworkError(f"the query endpoint {_redact(query_url)} did not answer with SPARQL JSON results "
                           f"(content type {response.headers.get('Content-Type')!r})") from None


def count_triples(session, query_url: str, graph: str | None, *, timeout: float) -> int:
    """The number of triples the endpoint holds in one graph."""
    where = "{ ?s ?p ?o }" if graph is None else f"{{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    answer = _select(session, query_url, f"SELECT (COUNT(*) AS ?n) WHERE {where}", timeout=timeout)
    try:
        return int(answer["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise NetworkError(f"the query endpoint {_redact(query_url)} did not answer with a count") from None


def _rows(variables, bindings) -> list[tuple]:
    """Rows as sorted tuples of term values: engines may order ties differently and write a
    literal's datatype or not, the values are what must agree."""
    return sorted(tuple("" if b.get(v) is None else b[v]["value"] for v in variables) for b in bindings)


def check_queries(session, query_url: str, queries: dict[str, str], store: ox.Store, *,
                  timeout: float) -> list[QueryCheck]:
    """Run each query on the endpoint and on ``store`` (the dump); compare the answers."""
    checks = []
    for name, text in queries.items():
        check = QueryCheck(name, 0)
        try:
            answer = _select(session, query_url, text, timeout=timeout)
            check.rows = len(answer["results"]["bindings"])
        except NetworkError as exc:
            check.error = exc.message
        except (KeyError, TypeError):
            check.error = "the answer is not SPARQL JSON results of a SELECT query"
        try:
            expected = json.loads(render(run_query(store, text, source=name, union_default_graph=False,
                                                   prefixes={}), "json"))
            check.expected = len(expected["results"]["bindings"])
        except (QueryError, KeyError) as exc:
            check.error = check.error or f"cannot be run on the dump: {exc}"
        if check.error is None:
            variables = expected["head"]["vars"]
            check.same = _rows(variables, expected["results"]["bindings"]) == _rows(variables,
                                                                                    answer["results"]["bindings"])
        checks.append(check)
    return checks


def union_default_graph(session, query_url: str, *, timeout: float) -> bool | None:
    """Whether a query without GRAPH sees the loaded documents (None when the endpoint cannot say)."""
    try:
        answer = _select(session, query_url, "SELECT ?d WHERE { ?d a <http://schema.org/Conversation> } LIMIT 1",
                         timeout=timeout)
        return bool(answer["results"]["bindings"])
    except (NetworkError, requests.RequestException, KeyError, TypeError):
        return None


def load(dist_dir: str | Path, endpoint: str, *, auth=None, timeout: float = 60.0, retries: int = 3,
         dry_run: bool = False, progress: bool | None = None, query_endpoint: str | None = None,
         backoff: float = 1.0, check: bool = True, queries: dict[str, str] | None = None) -> LoadResult:
    """PUT every named graph of ``dist_dir/dataset.nq`` to the Graph Store ``endpoint``.

    ``auth`` is None, ``("basic", user, password)``, ``("digest", user, password)`` or ``("bearer", token)``.
    A PUT answered with a redirect is never followed (it stops the load), and a 2xx answer counts
    only once the graph's triples are counted on the endpoint (``check``). A graph answering
    429/5xx or a connection error is retried ``retries`` times with exponential backoff
    (``backoff`` seconds, doubling). A graph still answering 5xx (or another 4xx) is reported
    as failed and the others are still sent. An unreachable endpoint, 401/403 or 404/405 stop
    the load with :class:`NetworkError` (its ``result`` says which graphs made it). With
    ``check``, each loaded graph is then counted on ``query_endpoint`` (default derived from
    ``endpoint``, see :func:`endpoints`) and a difference is reported as a mismatch, and each of
    ``queries`` (name -> SPARQL; default the example queries, :func:`ld.query.example_queries`)
    is run there and compared with the dump's own answer.
    ``progress`` (default: when stderr is a terminal) shows a progress line on stderr.
    """
    gsp, query_url = endpoints(endpoint, query_endpoint)
    graphs = read_graphs(dist_dir)
    bodies = {name: _body(triples) for name, triples in graphs.items()}
    result = LoadResult(gsp, query_url, dry_run=dry_run)
    result.graphs = [GraphLoad(name, len(set(graphs[name])), len(bodies[name]))
                     for name in sorted(graphs, key=_order)]
    if dry_run:
        return result
    for g in result.graphs:
        g.status = "not sent"
    session = _session(auth)
    show = _Progress(sys.stderr.isatty() if progress is None else progress, len(result.graphs))
    try:
        for index, g in enumerate(result.graphs, 1):
            show.show(index, g)
            url = _graph_url(gsp, g.graph)
            outcome = _put(session, url, bodies[g.graph], g, timeout=timeout, retries=retries, backoff=backoff,
                           on_retry=lambda attempt: show.show(index, g, f", retry {attempt}/{retries}"))
            if isinstance(outcome, requests.RequestException):
                raise _abort(result, f"cannot reach {_redact(gsp)}: {_reason(outcome)} "
                                     f"(after {g.attempts} attempt(s))",
                             "is the store running? check the host and port of --endpoint")
            g.http_status = outcome.status_code
            if 300 <= outcome.status_code < 400:
                g.status, g.error = "failed", f"HTTP {outcome.status_code}"
                raise _abort(result, f"{_redact(gsp)} answered the PUT of {g.label} with a redirect (HTTP "
                                     f"{outcome.status_code}) to {outcome.headers.get('Location', 'nowhere')}, "
                                     "so nothing was stored",
                             "pass the Graph Store URL the server redirects to as --endpoint")
            if outcome.status_code in ABORT_STATUS:
                g.status, g.error = "failed", f"HTTP {outcome.status_code}"
                raise _abort(result, f"{_redact(gsp)}: {ABORT_STATUS[outcome.status_code]} on the PUT of {g.label}",
                             _auth_hint(outcome, auth) if outcome.status_code == 401
                             else ABORT_HINTS[outcome.status_code])
            if 200 <= outcome.status_code < 300:
                g.status = "loaded"
            else:
                g.status = "failed"
                g.error = (f"HTTP {outcome.status_code}{_first_line(outcome)}"
                           + (f" (after {g.attempts} attempts)" if g.attempts > 1 else ""))
        if check:
            for g in result.loaded:
                try:
                    g.count = count_triples(session, query_url, g.graph, timeout=timeout)
                except requests.RequestException as exc:
                    raise _abort(result, f"the graphs were sent but {_redact(query_url)} cannot be queried to "
                                         f"check them: {_reason(exc)}", "pass --query-endpoint URL") from None
                except NetworkError as exc:
                    raise _abort(result, f"the graphs were sent but cannot be checked: {exc.message}",
                                 "pass --query-endpoint URL (the SPARQL query URL of the store)") from None
            if result.loaded and not result.failed and not result.mismatched:  # else answers must differ
                store = open_persistent_store(dist_dir)  # the dump's own answers, as `ldpub query` gives them
                result.queries = check_queries(session, query_url, example_queries() if queries is None
                                               else queries, store, timeout=timeout)
                result.union_default_graph = union_default_graph(session, query_url, timeout=timeout)
    finally:
        show.done()
        session.close()
    return result
