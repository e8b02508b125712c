"""``ldpub serve``: the HTTP server (waitress, with the limits of :class:`Limits`) around the
application, and :class:`Reloading`, which switches every page, file and query to a rebuilt dist/ at
once."""

from __future__ import annotations

import resource
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from waitress import wasyncore
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer

from ld.errors import LdError
from ld.web.app import App
from ld.web.publication import Publication, ServeError, manifest_key
from ld.web.sparql import MAX_BODY, QueryPool


@dataclass(frozen=True)
class Limits:
    """What one client may take of the server. The WSGI server is waitress: its I/O loop reads
    whole requests (header and body) before a thread sees them, so a slow client holds a socket,
    never one of the ``threads``."""

    threads: int = 8  # requests answered at once (pages; SPARQL queries wait for a worker)
    connections: int = 4000  # open connections; further ones wait in the listen backlog
    request_timeout: float = 10.0  # seconds for a request's header and body to arrive
    idle_timeout: float = 30.0  # a keep-alive connection without a request is closed after this
    max_header: int = 64 << 10  # bytes of a request's header


class _Channel(HTTPChannel):
    """A waitress connection that remembers when its current request began to arrive."""

    request_began = 0.0

    def received(self, data):
        if data and self.request is None:
            self.request_began = time.monotonic()
        return super().received(data)


class _Server(TcpWSGIServer):
    """waitress with a deadline for a request to arrive (slow-header and slow-body clients)."""

    channel_class = _Channel
    request_timeout = 10.0

    def handle_accept(self):
        for _ in range(256):  # every connection waiting, not one per turn of the I/O loop
            open_before = len(self._map)
            super().handle_accept()
            if len(self._map) == open_before or len(self._map) >= self.adj.connection_limit:
                return

    def maintenance(self, now):
        super().maintenance(now)  # idle keep-alive connections
        cutoff = time.monotonic() - self.request_timeout
        for channel in list(self.active_channels.values()):
            if channel.request is not None and not channel.requests and channel.request_began < cutoff:
                channel.will_close = True


def _open_files(wanted: int) -> int:
    """Raise the soft limit of open files towards ``wanted`` (one per connection); the limit got."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return soft


def make_server(app, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits()) -> _Server:
    files = _open_files(limits.connections + 256)  # + the workers' pipes, the dumps, the poll loop
    adj = Adjustments(host=host, port=port, threads=limits.threads, connection_limit=min(limits.connections, files - 256),
                      backlog=2048, channel_timeout=limits.idle_timeout, cleanup_interval=1,
                      max_request_body_size=MAX_BODY, max_request_header_size=limits.max_header,
                      asyncore_use_poll=True, ident="ldpub", expose_tracebacks=False, log_socket_errors=False)
    server = _Server(app, adj=adj)
    server.request_timeout = limits.request_timeout
    return server


def _access_log(app):
    """Each request on stderr, as ``ldpub serve`` without ``--quiet`` always did."""
    def logged(environ, start_response):
        def start(status, headers, exc_info=None):
            print(f'{environ.get("REMOTE_ADDR", "-")} - - [{time.strftime("%d/%b/%Y %H:%M:%S")}] '
                  f'"{environ.get("REQUEST_METHOD")} {environ.get("REQUEST_URI")}" {status.split()[0]}',
                  file=sys.stderr, flush=True)
            return start_response(status, headers, exc_info)
        return app(environ, start)
    return logged


class Reloading:
    """The WSGI application of ``ldpub serve``: the :class:`App` of the publication in dist/ now.

    Every ``interval`` seconds the SHA-256 of ``dist/manifest.json`` is compared with the one
    served; after a rebuild a new App (its store, page cache and SPARQL workers, all checked to
    hold that same manifest) is made ready beside the old one, then replaces it in one step: a
    request is answered by one publication from start to end, and no request after the switch
    sees the old one. The old workers stop once the requests that began before are over."""

    def __init__(self, app: App, interval: float = 1.0):
        self.app, self.interval = app, interval
        self.watched = app.watched
        self._stop = threading.Event()
        self._retiring: list[threading.Timer] = []
        self._failed: str | None = None
        self._thread = threading.Thread(target=self._watch, daemon=True, name="ldpub-reload")

    def __call__(self, environ, start_response):
        return self.app(environ, start_response)  # one read of self.app: one publication per request

    def start(self) -> None:
        if self.app.remake is not None:
            self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            key = manifest_key(self.watched)
            if key is not None and key != self.app.pub.key and key != self._failed:
                self.reload(key)

    def reload(self, key: str) -> bool:
        """Switch to the publication whose manifest hashes to ``key``; False if it cannot be loaded
        whole (dist/ changed again meanwhile, or is broken: the old one goes on being served)."""
        try:
            assert self.app.remake is not None  # (the watcher runs only with one: see start)
            new = self.app.remake()
        except LdError as exc:
            if manifest_key(self.watched) == key:  # not a build still under way: broken, say it once
                print(f"warning: not reloading {self.watched}: {exc}", file=sys.stderr, flush=True)
                self._failed = key
            return False
        if new.pool is not None:
            new.pool.manifest = new.pub.key
            new.pool.start(wait=True)
        if new.pub.key != key or (new.pool is not None and not new.pool.ready()):
            if new.pool is not None:
                new.pool.close()
            return False  # dist/ changed during the load: the next look tries again
        old, self.app = self.app, new
        print(f"reloaded {self.watched}: manifest {key[:12]}", file=sys.stderr, flush=True)
        if old.pool is not None:  # a request that began before the switch may still need it
            timer = threading.Timer(2 * old.pool.timeout + 1, old.pool.close)
            timer.daemon = True
            timer.start()
            self._retiring.append(timer)
        return True

    def close(self) -> None:
        self._stop.set()
        for timer in self._retiring:
            timer.cancel()
            timer.function()
        if self.app.pool:
            self.app.pool.close()


def make_app(dist: str | Path, *, source: str | Path | None = None, queries_dir: str | Path | None = None,
             workers: int = 2, timeout: float = 10.0, max_rows: int = 10000, sparql: bool = True,
             verify: bool = True, memory: int = 1024, max_bytes: int = 64 << 20) -> App:
    pub = Publication(dist, source=source, queries_dir=queries_dir, verify=verify)
    pool = QueryPool(pub.dist, workers=workers, timeout=timeout, max_rows=max_rows, memory=memory,
                     max_bytes=max_bytes) if sparql else None
    app = App(pub, pool=pool)
    app.watched = Path(dist)
    app.remake = lambda: make_app(dist, source=source, queries_dir=queries_dir, workers=workers, timeout=timeout,
                                  max_rows=max_rows, sparql=sparql, verify=verify, memory=memory, max_bytes=max_bytes)
    return app


def serve(app: App, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False,
          ready=None, limits: Limits = Limits()) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), reloading after a rebuild of dist/ (see
    :class:`Reloading`); query workers are stopped on the way out."""
    live = Reloading(app)
    try:
        server = make_server(live if quiet else _access_log(live), host, port, limits)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         hint="choose another --port, or stop the server that uses it") from None
    if app.pool:
        app.pool.manifest = app.pub.key
        app.pool.start()
    live.start()
    previous = signal.signal(signal.SIGTERM, _raise_interrupt) if threading.current_thread() is threading.main_thread() \
        else None
    url = f"http://{host if ':' not in host else f'[{host}]'}:{server.effective_port}/"
    print(f"serving {app.pub.base} at {url} (dist: {app.pub.dist}); Ctrl-C stops", file=sys.stderr, flush=True)
    if ready:
        ready(server)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.task_dispatcher.shutdown(timeout=5)
        wasyncore.close_all(server._map)
        live.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt
