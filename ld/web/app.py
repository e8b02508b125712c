"""The WSGI application: routing. Every IRI under the dataset's base is answered at the path after
the base (``{base}document/300025`` at ``/document/300025``); an extension (``.ttl`` ...) picks a format,
no extension negotiates one (``Vary: Accept``, 406); persons, places, organisations, works and events
are things, not documents, and answer ``303 See Other``. ``/dist/<file>``: exactly the files the
manifest lists; ``/sparql``: :mod:`ld.web.sparql`; retired IRIs and ``/reconcile``:
:mod:`ld.web.routes`. Each representation is rendered once and cached."""

from __future__ import annotations

import hashlib
import io
import os
import posixpath
import threading
import traceback
from collections import OrderedDict
from concurrent.futures import Future
from typing import Callable
from urllib.parse import quote, unquote

from ld.web import html, pages, routes, sparql
from ld.web.negotiation import RESOURCE_ACCEPTS, RESOURCE_FORMATS, negotiate
from ld.web.publication import Publication, Resource, manifest_key
from ld.web.response import CORS, CSP, STATUS, Response
from ld.web.sparql import QueryPool


class BadPath(Exception):
    pass


def local_path(raw: str) -> str:
    """The path below the base for a raw request path, normalised as IRIs are minted
    (each segment percent-encoded on its own). Refuses dot segments, encoded slashes,
    backslashes and NUL, encoded or not (:class:`BadPath`)."""
    path = raw.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        raise BadPath("the path must start with /")
    lowered = path.lower()
    if any(bad in lowered for bad in ("%2f", "%5c", "%00", "\\", "\x00")):
        raise BadPath("encoded slashes, backslashes and NUL are not allowed in paths")
    segments = []
    for segment in path[1:].split("/"):
        try:
            decoded = unquote(segment, errors="strict")
        except UnicodeDecodeError:
            raise BadPath("the path is not UTF-8") from None
        if decoded in (".", "..") or "/" in decoded or any(ord(c) < 32 for c in decoded):
            raise BadPath("dot segments and control characters are not allowed in paths")
        segments.append(quote(decoded, safe="-_.~"))
    return "/".join(segments)


class App:
    """The WSGI application: ``App(publication)(environ, start_response)``."""

    EXTENSIONS = tuple(RESOURCE_FORMATS)  # html and the RDF formats

    def __init__(self, publication: Publication, *, pool: QueryPool | None = None, cache_size: int = 512,
                 quiet: bool = True):
        self.pub = publication
        self.pool = pool
        self.quiet = quiet
        self.services = frozenset(publication.config.sparql_services if publication.config else ())
        self._cache: OrderedDict = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        self._rendering: dict[tuple, Future] = {}
        self.renders = 0  # pages and RDF representations rendered (each once while cached)
        self.watched = publication.dist  # the folder whose rebuilds are served (see Reloading)
        self.remake: Callable[[], App] | None = None  # a new App for a rebuilt dist/ (set by make_app)
        self.nav = html.Nav(self.pub.base, static=False, downloads="dist/", sparql="sparql" if pool else None,
                            site_title=self.pub.title, license=self.pub.license)

    # ------------------------------------------------------------------ WSGI
    def __call__(self, environ, start_response):
        try:
            response = self.handle(environ)
        except Exception:  # noqa: BLE001 - answer 500, log the traceback, keep serving
            traceback.print_exc()
            response = self._text(500, "internal server error")
        method = environ.get("REQUEST_METHOD", "GET").upper()
        headers = [*CORS, ("X-Content-Type-Options", "nosniff"), *response.headers]
        status = f"{response.status} {STATUS.get(response.status, '')}".strip()
        if response.file is not None:
            handle = response.file
            start_response(status, headers + [("Content-Length", str(os.fstat(handle.fileno()).st_size))])
            if method == "HEAD":
                handle.close()
                return [b""]
            wrapper = environ.get("wsgi.file_wrapper")
            return wrapper(handle, 1 << 16) if wrapper else iter(lambda: handle.read(1 << 16), b"")
        start_response(status, headers + [("Content-Length", str(len(response.body)))])
        return [b"" if method == "HEAD" else response.body]

    def handle(self, environ) -> Response:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        raw = environ.get("REQUEST_URI") or quote(environ.get("PATH_INFO", "/").encode("latin-1"), safe="/%")
        script = environ.get("SCRIPT_NAME", "").rstrip("/")
        if script and raw.startswith(script + "/"):
            raw = raw[len(script):]
        try:
            path = local_path(raw)
        except BadPath as exc:
            return self._text(400, f"bad request path: {exc}")
        # retired IRIs (301, 410) and the reconciliation service, before the rest
        routed = routes.route(self, path, method, environ)
        if routed is not None:
            return routed
        if method == "OPTIONS":
            return Response(204, [("Allow", "GET, HEAD, POST, OPTIONS" if path == "sparql" else "GET, HEAD, OPTIONS"),
                                  ("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS"),
                                  ("Access-Control-Allow-Headers", "Accept, Content-Type, Origin"),
                                  ("Access-Control-Max-Age", "86400")])
        if path == "sparql":
            return sparql.answer(self, environ, method)
        if method not in ("GET", "HEAD"):
            return Response(405, [("Allow", "GET, HEAD, OPTIONS"), ("Content-Type", "text/plain; charset=utf-8")],
                            f"{method} is not allowed here\n".encode())
        accept = environ.get("HTTP_ACCEPT")
        if path == "":
            return Response(303, [("Location", f"{script}/dataset"), ("Content-Type", "text/plain; charset=utf-8")],
                            b"See /dataset\n")
        if path.startswith("dist/"):
            return self.download(path[len("dist/"):])
        res, fmt = self.lookup(path)
        if res is None:
            return self._not_found(accept, path)
        if fmt is not None:
            return self.representation(res, fmt, environ)
        fmt = negotiate(accept, RESOURCE_ACCEPTS, RESOURCE_FORMATS)
        vary = [("Vary", "Accept")]
        if fmt is None:
            return self._text(406, "Not acceptable. This resource is available as: "
                              + ", ".join(m.split(";")[0] for m in RESOURCE_FORMATS.values()), vary)
        name = posixpath.basename(res.path)
        if res.kind == "entity":
            return Response(303, vary + [("Location", f"{script}/{res.path}.{fmt}"),
                                         ("Content-Type", "text/plain; charset=utf-8")],
                            f"See {script}/{res.path}.{fmt}\n".encode())
        response = self.representation(res, fmt, environ)
        response.headers += vary + [("Content-Location", f"{name}.{fmt}"), ("Link", self._links(name))]
        return response

    def lookup(self, path: str) -> tuple[Resource | None, str | None]:
        """The resource at ``path`` and the format its extension asks for (``None``: negotiate)."""
        res = self.pub.resolve(path)
        if res is not None:
            return res, None
        stem, dot, ext = path.rpartition(".")
        if dot and ext in self.EXTENSIONS and "/" not in ext:
            res = self.pub.resolve(stem)
            if res is not None:
                return res, ext
        return None, None

    def _links(self, name: str) -> str:
        return ", ".join(f'<{name}.{ext}>; rel="alternate"; type="{media.split(";")[0]}"'
                         for ext, media in RESOURCE_FORMATS.items())

    def representation(self, res: Resource, fmt: str, environ) -> Response:
        body, etag = self._rendered(res, fmt)
        headers = [("Content-Type", RESOURCE_FORMATS[fmt]), ("ETag", etag), ("Cache-Control", "public, max-age=300")]
        if fmt == "html":
            headers.append(("Content-Security-Policy", CSP))
        if _etag_matches(environ.get("HTTP_IF_NONE_MATCH"), etag):
            return Response(304, [h for h in headers if h[0] != "Content-Type"])
        return Response(200, headers, body)

    def _rendered(self, res: Resource, fmt: str) -> tuple[bytes, str]:
        """(body, ETag) of a representation, from the cache; rendered once however many requests
        ask for it at the same moment (the others wait for that rendering)."""
        key = (res.kind, res.iri, fmt)
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            pending = self._rendering.get(key)
            if pending is None:
                mine: Future = Future()
                self._rendering[key] = mine
        if pending is not None:
            return pending.result()
        try:
            endpoint = self.pub.base + "sparql" if self.pool else None
            if fmt == "html":
                body = pages.page(self.pub, res, self.nav.at(res.path), sparql_endpoint=endpoint).encode("utf-8")
            else:
                body = self.pub.rdf(res, fmt, sparql_endpoint=endpoint)
            cached = (body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')
        except BaseException as exc:
            mine.set_exception(exc)
            raise
        finally:
            with self._cache_lock:
                self._rendering.pop(key, None)
                if not mine.done():
                    self.renders += 1
                    self._cache[key] = cached
                    while len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        mine.set_result(cached)
        return cached

    def download(self, name: str) -> Response:
        entry = self.pub.files.get(unquote(name))
        if entry is None:  # only the files the manifest lists: nothing else of the disk is reachable
            return self._text(404, f"no such file: dist/{unquote(name)}")
        try:
            handle = open(self.pub.dist / entry["path"], "rb")
        except OSError:
            handle = None
        if handle is None or manifest_key(self.pub.dist) != self.pub.key:
            # rebuilt, not yet switched to: not this publication's file (checked after the file is opened, so that
            # the bytes sent, size and all, are of the publication the check found, never half of another's)
            if handle is not None:
                handle.close()
            return self._text(503, "the publication is being replaced; try again in a moment", [("Retry-After", "2")])
        media = entry.get("media_type") or "application/octet-stream"
        if media.startswith("text/") or media in ("application/json",):
            media += "; charset=utf-8"
        return Response(200, [("Content-Type", media),
                              ("Content-Disposition", f'attachment; filename="{entry["path"]}"')
                              if entry["path"].endswith(".gz") else ("Cache-Control", "public, max-age=300")],
                        file=handle)

    def _not_found(self, accept, path) -> Response:
        message = f"nothing is published at {self.pub.base}{path}"
        if accept and negotiate(accept, {"text/plain": "text", "text/html": "html"},
                                {"text": "text/plain", "html": "text/html"}) == "html":
            page = html.error_page(self.nav.at(path), "404 Not Found", message)
            return Response(404, [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", CSP)],
                            page.encode("utf-8"))
        return self._text(404, message)

    @staticmethod
    def _text(status: int, message: str, headers=()) -> Response:
        return Response(status, [("Content-Type", "text/plain; charset=utf-8"), *headers],
                        (message.rstrip("\n") + "\n").encode("utf-8"))


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    return header.strip() == "*" or etag in [h.strip().removeprefix("W/") for h in header.split(",")]


def request(app: App, path: str, *, accept: str | None = None, method: str = "GET", body: bytes = b"",
            content_type: str = "", headers: dict | None = None) -> tuple[str, list[tuple[str, str]], bytes]:
    """Answer one request in-process (``ldpub serve --get``): (status line, headers, body)."""
    from wsgiref.util import setup_testing_defaults

    raw_path, _, query_string = path.partition("?")
    if not raw_path.startswith("/"):
        raw_path = "/" + raw_path
    environ = {"REQUEST_METHOD": method, "REQUEST_URI": raw_path + (f"?{query_string}" if query_string else ""),
               "PATH_INFO": unquote(raw_path, encoding="latin-1"), "QUERY_STRING": query_string,
               "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": content_type,
               "SERVER_NAME": "localhost", "SERVER_PORT": "8000", "HTTP_HOST": "localhost:8000"}
    if accept is not None:
        environ["HTTP_ACCEPT"] = accept
    for name, value in (headers or {}).items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    setup_testing_defaults(environ)
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"], captured["headers"] = status, response_headers

    chunks = app(environ, start_response)
    try:
        data = b"".join(chunks)
    finally:
        if hasattr(chunks, "close"):
            chunks.close()
    return captured["status"], captured["headers"], data
