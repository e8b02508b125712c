"""Fixtures that start real HTTP servers for the store tests.

``oxigraph`` starts ``oxigraph serve`` on a free port with a temporary data folder
(the union default graph on, like ``ld.query``'s embedded store) and stops it by
its PID at teardown; ``oxigraph_plain`` is the same with Oxigraph's default settings
(the default graph is its own, empty graph). ``FaultyProxy`` sits in front of it and can answer some
requests with an error, or demand credentials. Use them with
``pytest_plugins = ["tests.oxigraph_server"]`` or by importing the fixtures.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


@dataclass
class OxigraphServer:
    base: str  # http://127.0.0.1:PORT
    process: subprocess.Popen
    location: Path

    @property
    def store(self) -> str:
        return f"{self.base}/store"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    def select(self, query: str) -> dict:
        response = requests.post(self.query_url, data={"query": query}, timeout=30,
                                 headers={"Accept": "application/sparql-results+json"})
        response.raise_for_status()
        return response.json()

    def graph_counts(self) -> dict[str, int]:
        data = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}

    def clear(self) -> None:
        requests.post(f"{self.base}/update", data={"update": "DROP ALL"}, timeout=30).raise_for_status()


def start_oxigraph(location: Path, *, timeout: float = 30.0, union_default_graph: bool = True) -> OxigraphServer:
    binary = oxigraph_binary()
    if binary is None:
        pytest.fail("the oxigraph server is not installed: pip install -e '.[test]' brings it")
    port = free_port()
    log = (location.parent / f"oxigraph-{port}.log").open("wb")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
                               + (["--union-default-graph"] if union_default_graph else []),
                               stdout=log, stderr=subprocess.STDOUT)
    server = OxigraphServer(f"http://127.0.0.1:{port}", process, location)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {process.returncode}; see {log.name}")
        try:
            if requests.get(f"{server.query_url}?query=ASK%7B%7D", timeout=1).status_code == 200:
                return server
        except requests.ConnectionError:
            time.sleep(0.05)
    stop(process)
    raise RuntimeError(f"oxigraph serve did not answer on port {port} within {timeout} s")


def stop(process: subprocess.Popen) -> None:
    """Stop the one process we started, by its PID."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def oxigraph_session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("oxigraph")
    server = start_oxigraph(folder / "data")
    try:
        yield server
    finally:
        stop(server.process)


@pytest.fixture
def oxigraph(oxigraph_session) -> OxigraphServer:
    """A running Oxigraph server, emptied for each test."""
    oxigraph_session.clear()
    return oxigraph_session


@pytest.fixture(scope="session")
def oxigraph_plain_session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("oxigraph-plain")
    server = start_oxigraph(folder / "data", union_default_graph=False)
    try:
        yield server
    finally:
        stop(server.process)


@pytest.fixture
def oxigraph_plain(oxigraph_plain_session) -> OxigraphServer:
    """A running Oxigraph server with its default settings, emptied for each test."""
    oxigraph_plain_session.clear()
    return oxigraph_plain_session


# --------------------------------------------------------------------------- a proxy that misbehaves on demand

@dataclass
class FaultyProxy:
    """An HTTP proxy in front of ``upstream``. ``fail_graphs`` get ``fail_status`` on PUT
    (``fail_times`` times, None for always); with ``require_auth`` set, a request without that
    exact Authorization header gets 401; with ``require_digest`` (user, password), a request
    without a valid HTTP Digest answer (RFC 7616, MD5, qop=auth) gets 401 and a challenge; with
    ``swallow_puts``, a PUT is answered 204 and not passed on (a store that stores nothing).
    Every request is recorded in ``requests``."""

    upstream: str
    fail_graphs: set = field(default_factory=set)
    fail_status: int = 500
    fail_times: int | None = None
    require_auth: str | None = None
    require_digest: tuple | None = None
    swallow_puts: bool = False
    requests: list = field(default_factory=list)  # (method, path, graph, answered status)
    server: ThreadingHTTPServer | None = None
    failures: dict = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def attempts(self, graph: str) -> int:
        return sum(1 for method, _, g, _ in self.requests if method == "PUT" and g == graph)


DIGEST_REALM, DIGEST_NONCE = "ldpub-test", "5f1d0c7e2b9a4c3d"


def _digest_ok(method: str, header: str | None, user: str, password: str) -> bool:
    """Whether ``header`` is a valid HTTP Digest answer to our challenge (checked as a server does)."""
    if not header or not header.startswith("Digest "):
        return False
    fields = dict((k, v.strip('"')) for k, v in re.findall(r'(\w+)=("[^"]*"|[^,\s]+)', header[7:]))
    if fields.get("username") != user or fields.get("realm") != DIGEST_REALM or fields.get("nonce") != DIGEST_NONCE:
        return False
    md5 = lambda text: hashlib.md5(text.encode()).hexdigest()  # noqa: E731
    ha1, ha2 = md5(f"{user}:{DIGEST_REALM}:{password}"), md5(f"{method}:{fields.get('uri')}")
    expected = md5(f"{ha1}:{DIGEST_NONCE}:{fields.get('nc')}:{fields.get('cnonce')}:{fields.get('qop')}:{ha2}")
    return fields.get("response") == expected


def _handler(proxy: FaultyProxy):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep pytest output clean
            pass

        def _answer(self, status: int, body: bytes = b"", headers: dict | None = None):
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _relay(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            graph = (parse_qs(urlsplit(self.path).query).get("graph") or [None])[0]
            if proxy.require_auth is not None and self.headers.get("Authorization") != proxy.require_auth:
                proxy.requests.append((self.command, self.path, graph, 401))
                return self._answer(401, b"authentication required\n", {"WWW-Authenticate": 'Basic realm="test"'})
            if proxy.require_digest is not None and not _digest_ok(self.command, self.headers.get("Authorization"),
                                                                   *proxy.require_digest):
                proxy.requests.append((self.command, self.path, graph, 401))
                challenge = f'Digest realm="{DIGEST_REALM}", nonce="{DIGEST_NONCE}", qop="auth", algorithm=MD5'
                return self._answer(401, b"authentication required\n", {"WWW-Authenticate": challenge})
            if self.command == "PUT" and proxy.swallow_puts:
                proxy.requests.append((self.command, self.path, graph, 204))
                return self._answer(204)
            if self.command == "PUT" and graph in proxy.fail_graphs:
                done = proxy.failures.get(graph, 0)
                if proxy.fail_times is None or done < proxy.fail_times:
                    proxy.failures[graph] = done + 1
                    proxy.requests.append((self.command, self.path, graph, proxy.fail_status))
                    return self._answer(proxy.fail_status, b"injected failure\n", {"Content-Type": "text/plain"})
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() not in ("host", "authorization", "content-length", "connection")}
            answer = requests.request(self.command, proxy.upstream + self.path, data=body, headers=headers,
                                      timeout=30)
            proxy.requests.append((self.command, self.path, graph, answer.status_code))
            keep = {k: v for k, v in answer.headers.items()
                    if k.lower() in ("content-type", "location")}
            self._answer(answer.status_code, answer.content, keep)

        do_GET = do_PUT = do_POST = do_DELETE = _relay

    return Handler


def start_proxy(proxy: FaultyProxy) -> FaultyProxy:
    proxy.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(proxy))
    proxy.server.daemon_threads = True
    threading.Thread(target=proxy.server.serve_forever, daemon=True).start()
    return proxy


@pytest.fixture
def faulty_proxy(oxigraph):
    """Returns a factory: ``faulty_proxy(fail_graphs={...}, ...)`` -> a running FaultyProxy."""
    started = []

    def make(**options) -> FaultyProxy:
        proxy = start_proxy(FaultyProxy(oxigraph.base, **options))
        started.append(proxy)
        return proxy

    yield make
    for proxy in started:
        proxy.server.shutdown()
        proxy.server.server_close()


# --------------------------------------------------------------------------- a fixed answer for every request

@dataclass
class FakeEndpoint:
    """A server that answers every request with ``status`` and ``body`` (and records the requests)."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/plain"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    requests: list = field(default_factory=list)  # (method, path, headers)
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


def start_fake(fake: FakeEndpoint) -> FakeEndpoint:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            fake.requests.append((self.command, self.path, dict(self.headers)))
            time.sleep(fake.delay)
            try:
                self.send_response(fake.status)
                self.send_header("Content-Type", fake.content_type)
                for name, value in fake.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(fake.body)))
                self.end_headers()
                self.wfile.write(fake.body)
            except (BrokenPipeError, ConnectionResetError):  # the client stopped waiting (a timeout test)
                pass

        do_GET = do_PUT = do_POST = do_DELETE = _answer

    fake.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.server.daemon_threads = True
    threading.Thread(target=fake.server.serve_forever, daemon=True).start()
    return fake


@pytest.fixture
def fake_endpoint():
    """Returns a factory: ``fake_endpoint(status=401, body=b"...")`` -> a running FakeEndpoint."""
    started = []

    def make(**options) -> FakeEndpoint:
        fake = start_fake(FakeEndpoint(**options))
        started.append(fake)
        return fake

    yield make
    for fake in started:
        fake.server.shutdown()
        fake.server.server_close()
