"""Requests per second of `ldpub serve` under concurrent load from a local client; print JSON.

    .venv/bin/python bench/serve.py [--dist dist] [--threads 8] [--seconds 10] [--max-requests 20000]

Starts ``python -m ld serve`` on 127.0.0.1 and a free port (``--dist``; built from
source/ into a temporary folder when the folder has no dataset.nq), then for each
target (the document page as HTML, the same document as Turtle, an entity's 303, and
a small SPARQL SELECT) runs ``--threads`` client threads with http.client, one new
connection per request (the server speaks HTTP/1.0), for at most ``--seconds`` seconds
or ``--max-requests`` requests. Only 127.0.0.1 is ever contacted; the server is stopped
by its PID at the end. The first, uncached rendering of the document page is timed
apart (pages are cached once rendered: the data cannot change while the server runs).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ld  # noqa: E402
from ld.serve import ServerProcess  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPARQL = ("SELECT ?person ?name WHERE { ?person a schema:Person ; schema:name ?name "
          "FILTER(LANG(?name) = 'en') } ORDER BY ?name LIMIT 10")


def targets(document: str) -> dict[str, tuple[str, dict, int]]:
    return {
        "document_html": (document, {"Accept": "text/html"}, 200),
        "document_turtle": (document + ".ttl", {}, 200),
        "entity_303": ("/person/mao-zedong", {"Accept": "text/turtle"}, 303),
        "sparql_small_select": ("/sparql?" + urlencode({"query": SPARQL}),
                                {"Accept": "application/sparql-results+json"}, 200),
    }


def one(port: int, path: str, headers: dict) -> tuple[int, int]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, len(response.read())
    finally:
        conn.close()


def load(port: int, path: str, headers: dict, expected: int, threads: int, seconds: float, max_requests: int) -> dict:
    latencies: list[float] = []
    errors = []
    sent = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    total_bytes = 0

    def worker():
        nonlocal sent, total_bytes
        while True:
            with lock:
                if sent >= max_requests or time.monotonic() >= stop_at:
                    return
                sent += 1
            started = time.perf_counter()
            try:
                status, size = one(port, path, headers)
            except OSError as exc:
                with lock:
                    errors.append(type(exc).__name__)
                continue
            took = time.perf_counter() - started
            with lock:
                if status != expected:
                    errors.append(status)
                latencies.append(took)
                total_bytes += size

    began = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    wall = time.perf_counter() - began
    latencies.sort()

    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 2) if latencies else None

    return {"requests": len(latencies), "errors": len(errors), "seconds": round(wall, 2),
            "requests_per_second": round(len(latencies) / wall, 1) if wall else None,
            "latency_ms": {"median": round(statistics.median(latencies) * 1000, 2) if latencies else None,
                           "p95": pct(0.95), "max": pct(1.0)},
            "bytes_per_response": round(total_bytes / len(latencies)) if latencies else 0}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="published folder (default: dist)")
    parser.add_argument("--document", default="/document/300025", help="the document page to load")
    parser.add_argument("--threads", type=int, default=8, help="concurrent client threads (default: 8)")
    parser.add_argument("--seconds", type=float, default=10.0, help="time budget per target (default: 10)")
    parser.add_argument("--max-requests", type=int, default=20000, help="request budget per target")
    parser.add_argument("--workers", type=int, default=2, help="SPARQL worker processes of the server")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="ldpub-bench-") as scratch:
        dist = Path(args.dist)
        if not (dist / "dataset.nq").is_file():
            from ld.pipeline import build
            dist = Path(scratch) / "dist"
            build(ROOT / "source", dist)
        with ServerProcess(dist, "--workers", str(args.workers), source=ROOT / "source",
                           log=Path(scratch) / "server.log") as server:
            port = server.port
            # the document page, first (uncached) and second rendering
            started = time.perf_counter()
            status, size = one(port, args.document + ".html", {})
            first = time.perf_counter() - started
            assert status == 200, status
            started = time.perf_counter()
            one(port, args.document + ".html", {})
            second = time.perf_counter() - started
            results = {}
            for name, (path, headers, expected) in targets(args.document).items():
                one(port, path, headers)  # warm up (a SPARQL worker, the cache)
                results[name] = load(port, path, headers, expected, args.threads, args.seconds, args.max_requests)
    report = {
        "benchmark": "ldpub serve, concurrent local client",
        "ldpub": ld.__version__, "python": platform.python_version(), "cpus": os.cpu_count(),
        "threads": args.threads, "seconds_per_target": args.seconds, "sparql_workers": args.workers,
        "document_page": {"path": args.document, "bytes": size, "first_render_ms": round(first * 1000, 1),
                          "cached_ms": round(second * 1000, 1)},
        "sparql_query": SPARQL,
        "targets": results,
    }
    print(json.dumps(report, indent=2))
    return 0 if all(r["errors"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
