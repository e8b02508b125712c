"""What every part of the web layer answers with: :class:`Response`, the status lines, and the
headers every answer carries (CORS, and the Content-Security-Policy of every HTML page)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

CORS = [("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Expose-Headers", "Content-Location, Link, Location, Vary, X-SPARQL-MaxRows")]
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    file: BinaryIO | None = None  # a file opened once: its size and its bytes are one version's, whatever replaces it


STATUS = {200: "OK", 204: "No Content", 301: "Moved Permanently", 303: "See Other", 304: "Not Modified",
          400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
          410: "Gone", 413: "Content Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error",
          503: "Service Unavailable"}


