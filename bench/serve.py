"""Requests per second of `ldpub serve` under concurrent load from a local client, and what
it does under attack; print JSON.

    .venv/bin/python bench/serve.py [--root DIR ...] [--attacks] [--dist dist] [--threads 8]
                                    [--seconds 10] [--max-requests 20000]

For each ``--root`` (an ldpub checkout; default: this one), in turn and in the same run,
starts ``python -m ld serve`` from that checkout on 127.0.0.1 and a free port (``--dist``;
built from source/ into a temporary folder when the folder has no dataset.nq), then for
each target (the document page as HTML, the same document as Turtle, an entity's 303, and a
small SPARQL SELECT) runs ``--threads`` client threads with http.client, one new connection
per request, for at most ``--seconds`` seconds or ``--max-requests`` requests. The first,
uncached rendering of the document page is timed apart.

With ``--attacks`` it then attacks the server (bench/attacks.py) and reports, per attack,
what the client got and the peak resident memory of the server process and of its SPARQL
workers (sampled every 20 ms): 2,000 slow connections while a normal client measures its
latency (p50, p99, max; during and for 3 s after), 200 simultaneous first requests for
/dataset, ``Content-Length: -1`` followed by 256 MB, an endless chunked body, the
cartesian-product ORDER BY, and SERVICE to a local listener (did it receive anything?).
Every server gets the same options (``--workers``, ``--timeout 5``). Only 127.0.0.1 is ever
contacted; each server is stopped by its PID.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import attacks  # noqa: E402

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
                           "p95": pct(0.95), "p99": pct(0.99), "max": pct(1.0)},
            "bytes_per_response": round(total_bytes / len(latencies)) if latencies else 0}


class Server:
    """``python -m ld serve`` of the checkout at ``root``, on 127.0.0.1 and a free port."""

    def __init__(self, root: Path, dist: Path, log: Path, *args: str):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        env = dict(os.environ, PYTHONPATH=str(root))
        self.proc = subprocess.Popen([sys.executable, "-m", "ld", "serve", "--host", "127.0.0.1", "--port",
                                      str(self.port), "--dist", str(dist), "--source", str(root / "source"),
                                      "--quiet", *args], cwd=root, env=env, stdout=subprocess.DEVNULL,
                                     stderr=open(log, "ab"))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"the server of {root} exited with {self.proc.returncode}; see {log}")
            try:
                if one(self.port, "/dataset.ttl", {})[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise SystemExit(f"the server of {root} did not answer within 120 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def wait_for_sparql(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if attacks.sparql(port, "ASK { ?s ?p ?o }", timeout=30)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)


def attack(server: Server, document: str) -> dict:
    port, pid = server.port, server.proc.pid
    out = {}
    path = document + ".ttl"
    one(port, path, {})
    with attacks.MemorySampler(pid) as memory:
        with attacks.SlowConnections(port, 2000) as slow:
            during = attacks.latencies(port, path, seconds=12)
        after = attacks.latencies(port, path, seconds=3)
    ms = lambda v: round(v * 1000, 1)  # noqa: E731
    out["slow_connections_2000"] = {
        "opened": slow.opened, "reopened_after_server_dropped_them": slow.reopened,
        "requests_during": len(during), "p50_ms": ms(attacks.percentile(during, 0.5)),
        "p99_ms": ms(attacks.percentile(during, 0.99)), "max_ms": ms(max(during)),
        "after_p99_ms": ms(attacks.percentile(after, 0.99)), "after_max_ms": ms(max(after)), **memory.figures()}

    with attacks.MemorySampler(pid) as memory:
        results, barrier = [], threading.Barrier(200)

        def first():
            barrier.wait()
            started = time.perf_counter()
            try:
                status, _ = attacks.get(port, "/dataset", {"Accept": "text/html"}, timeout=120)
            except OSError:
                status = None
            results.append((status, time.perf_counter() - started))

        began = time.perf_counter()
        threads = [threading.Thread(target=first) for _ in range(200)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(180)
        wall = time.perf_counter() - began
    out["first_dataset_page_200_at_once"] = {"seconds": round(wall, 2),
                                             "ok": sum(s == 200 for s, _ in results), **memory.figures()}

    for name, head, piece in (("content_length_minus_1_then_256_mb", attacks.post_head("-1"), b"x" * 65536),
                              ("chunked_endless", attacks.post_head(chunked=True), b"10000\r\n" + b"x" * 65536 + b"\r\n")):
        with attacks.MemorySampler(pid) as memory:
            answer = attacks.send_endless(port, head, piece, limit=256 << 20, seconds=60)
        answer["sent_mb"] = round(answer.pop("sent") / 2 ** 20, 1)
        out[name] = {**answer, **memory.figures()}

    wait_for_sparql(port)
    with attacks.MemorySampler(pid, every=0.01) as memory:
        started = time.perf_counter()
        try:
            status, body = attacks.sparql(port, attacks.CARTESIAN, timeout=120)
        except OSError as exc:
            status, body = None, str(exc).encode()
        took = time.perf_counter() - started
    out["cartesian_order_by"] = {"status": status, "answer": body[:120].decode("utf-8", "replace").strip(),
                                 "seconds": round(took, 2), **memory.figures()}

    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(3)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/admin"
    wait_for_sparql(port)
    got = []

    def listen():
        try:
            conn, _ = listener.accept()
            got.append(conn.recv(1024))
            conn.close()
        except OSError:
            pass

    thread = threading.Thread(target=listen)
    thread.start()
    try:
        status, _ = attacks.sparql(port, f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", timeout=30)
    except OSError:
        status = None
    thread.join()
    listener.close()
    out["service_to_local_listener"] = {"status": status, "listener_received_a_request": bool(got)}
    return out


def measure(root: Path, dist: Path, scratch: Path, args) -> dict:
    log = scratch / f"server-{abs(hash(str(root)))}.log"
    server = Server(root, dist, log, "--workers", str(args.workers), "--timeout", "5")
    try:
        started = time.perf_counter()
        status, size = one(server.port, args.document + ".html", {})
        first = time.perf_counter() - started
        assert status == 200, status
        started = time.perf_counter()
        one(server.port, args.document + ".html", {})
        second = time.perf_counter() - started
        results = {}
        for name, (path, headers, expected) in targets(args.document).items():
            wait_for_sparql(server.port)
            one(server.port, path, headers)  # warm up (a SPARQL worker, the cache)
            results[name] = load(server.port, path, headers, expected, args.threads, args.seconds, args.max_requests)
        report = {"root": str(root), "commit": _commit(root),
                  "document_page": {"path": args.document, "bytes": size, "first_render_ms": round(first * 1000, 1),
                                    "cached_ms": round(second * 1000, 1)},
                  "targets": results}
        if args.attacks:
            report["attacks"] = attack(server, args.document)
        return report
    finally:
        server.stop()


def _commit(root: Path) -> str | None:
    try:
        return subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip() or None
    except OSError:
        return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", action="append", help="an ldpub checkout to measure (repeatable; default: this one)")
    parser.add_argument("--attacks", action="store_true", help="also attack each server (see above)")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="published folder (default: dist)")
    parser.add_argument("--document", default="/document/300025", help="the document page to load")
    parser.add_argument("--threads", type=int, default=8, help="concurrent client threads (default: 8)")
    parser.add_argument("--seconds", type=float, default=10.0, help="time budget per target (default: 10)")
    parser.add_argument("--max-requests", type=int, default=20000, help="request budget per target")
    parser.add_argument("--workers", type=int, default=2, help="SPARQL worker processes of the server")
    args = parser.parse_args(argv)
    roots = [Path(r).resolve() for r in args.root or [ROOT]]
    attacks.open_files(8192)

    with tempfile.TemporaryDirectory(prefix="ldpub-bench-") as scratch:
        dist = Path(args.dist)
        if not (dist / "dataset.nq").is_file():
            from ld.pipeline import build
            dist = Path(scratch) / "dist"
            build(ROOT / "source", dist)
        runs = [measure(root, dist.resolve(), Path(scratch), args) for root in roots]
    report = {
        "benchmark": "ldpub serve, concurrent local client",
        "python": platform.python_version(), "cpus": os.cpu_count(), "load_average": os.getloadavg(),
        "threads": args.threads, "seconds_per_target": args.seconds, "sparql_workers": args.workers,
        "sparql_query": SPARQL, "runs": runs,
    }
    print(json.dumps(report, indent=2))
    return 0 if all(r["errors"] == 0 for run in runs for r in run["targets"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
