"""The shipped queries on a published corpus: how long each takes, and what `ldpub query` costs
with and without its on-disk store. Prints JSON.

    .venv/bin/python bench/queries.py --dist DIST [--timeout 120] [--reuse] [--serve]

Each step runs `ldpub query` in a fresh process (wall-clock seconds, as a user sees them):
``memory`` loads the dump in memory for one query (``--memory``), ``store_first`` builds the
on-disk store (checksum, bulk load), ``store_again`` opens it and counts every quad, ``store_ask`` opens it
and asks for one (what every call costs before its query); then every queries/*.rq on the
store (``--reuse``: only the last two, on the store of an earlier run). A step past ``--timeout`` seconds
is stopped and reported as null. Build a corpus first,
e.g. ``bench/synth.py --docs 1000 --out /tmp/c/src && ldpub build --source /tmp/c/src --out /tmp/c/dist``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attacks import children, rss_mb  # noqa: E402
from ld.query import store_folder  # noqa: E402

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def timed(args: list[str], timeout: float) -> float | None:
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "ld", "query", *args, "--format", "csv"], cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return round(time.perf_counter() - start, 2)


def serve_figures(dist: str, timeout: float) -> dict:
    """Start `ldpub serve` (2 SPARQL workers, the default), time it until the home page and a SPARQL ASK
    answer 200, then run every shipped query through /sparql; sample the resident memory of the server
    and its workers together every 50 ms throughout. Stopped by its PID."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    start = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "ld", "serve", "--dist", dist, "--port", str(port), "--quiet",
                               "--timeout", str(int(timeout))], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, start_new_session=True)
    peak = [0.0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], rss_mb(server.pid) + sum(rss_mb(p) for p in children(server.pid)))
            time.sleep(0.05)
    threading.Thread(target=sample, daemon=True).start()
    figures: dict = {}
    try:
        for name, path in (("home_page", "/"), ("sparql_ask", "/sparql?query=" + quote("ASK { ?s ?p ?o }"))):
            while time.perf_counter() - start < timeout * 10:
                if server.poll() is not None:
                    raise SystemExit(server.stderr.read().decode() if server.stderr else "the server stopped")
                try:
                    with urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as answer:
                        if answer.status == 200:
                            figures[f"{name}_after_s"] = round(time.perf_counter() - start, 2)
                            break
                except OSError:
                    time.sleep(0.1)
        figures["queries_s"] = {}
        for query in sorted((ROOT / "queries").glob("*.rq")):
            began = time.perf_counter()
            request = Request(f"http://127.0.0.1:{port}/sparql", data=query.read_bytes(),
                              headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
            try:
                with urlopen(request, timeout=timeout * 2) as answer:
                    answer.read()
                    figures["queries_s"][query.name] = round(time.perf_counter() - began, 2)
            except OSError as error:
                figures["queries_s"][query.name] = f"failed: {error}"
    finally:
        stop.set()
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    figures["peak_rss_mb_all_processes"] = round(peak[0], 1)
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dist", type=Path, required=True)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a step is stopped (default 120)")
    ap.add_argument("--reuse", action="store_true",
                    help="keep the store an earlier run built (skip the in-memory and first-call steps)")
    ap.add_argument("--serve", action="store_true",
                    help="also start `ldpub serve` on the store: seconds until it answers, peak memory of all its "
                         "processes while every shipped query runs through /sparql")
    args = ap.parse_args()
    dist = str(args.dist.resolve())
    figures = {"dist": dist, "load_average": os.getloadavg()[0], "cpus": os.cpu_count()}
    if not args.reuse:
        shutil.rmtree(store_folder(dist), ignore_errors=True)
        figures["memory"] = timed(["--dist", dist, "--memory", COUNT], args.timeout)
        figures["store_first"] = timed(["--dist", dist, COUNT], args.timeout * 10)
    figures["store_again"] = timed(["--dist", dist, COUNT], args.timeout)
    figures["store_ask"] = timed(["--dist", dist, "ASK { ?s ?p ?o }"], args.timeout)  # a call's fixed cost
    figures["queries"] = {}
    for path in sorted((ROOT / "queries").glob("*.rq")):
        figures["queries"][path.name] = timed(["--dist", dist, "--file", str(path)], args.timeout)
    if args.serve:
        figures["serve"] = serve_figures(dist, args.timeout)
    figures["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
