"""The shipped queries on a published corpus: how long each takes, and what `ldpub query` costs
with and without its on-disk store. Prints JSON.

    .venv/bin/python bench/queries.py --dist DIST [--timeout 120]

Each step runs `ldpub query` in a fresh process (wall-clock seconds, as a user sees them):
``memory`` loads the dump in memory for one query (``--memory``), ``store_first`` builds the
on-disk store (checksum, bulk load), ``store_again`` opens it; then every queries/*.rq on the
store (``--reuse``: only the last two, on the store of an earlier run). A step past ``--timeout`` seconds
is stopped and reported as null. Build a corpus first,
e.g. ``bench/synth.py --docs 1000 --out /tmp/c/src && ldpub build --source /tmp/c/src --out /tmp/c/dist``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dist", type=Path, required=True)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a step is stopped (default 120)")
    ap.add_argument("--reuse", action="store_true",
                    help="keep the store an earlier run built (skip the in-memory and first-call steps)")
    args = ap.parse_args()
    dist = str(args.dist.resolve())
    figures = {"dist": dist, "load_average": os.getloadavg()[0], "cpus": os.cpu_count()}
    if not args.reuse:
        shutil.rmtree(store_folder(dist), ignore_errors=True)
        figures["memory"] = timed(["--dist", dist, "--memory", COUNT], args.timeout)
        figures["store_first"] = timed(["--dist", dist, COUNT], args.timeout * 10)
    figures["store_again"] = timed(["--dist", dist, COUNT], args.timeout)
    figures["queries"] = {}
    for path in sorted((ROOT / "queries").glob("*.rq")):
        figures["queries"][path.name] = timed(["--dist", dist, "--file", str(path)], args.timeout)
    figures["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
