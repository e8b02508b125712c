"""The same build of the same source folder by several checkouts of ldpub, in one run, alternated.

    python bench/versions.py --source DIR --root CHECKOUT [--root CHECKOUT ...] [--runs N] [--jobs J]

Each measured build runs ``ld.pipeline.build(DIR, OUT, cache_dir=None)`` of one checkout in a fresh
Python process (``PYTHONPATH`` = that checkout), so the checkouts compare on identical input; the
order alternates between rounds so that a change of the machine's load falls on both. Prints one JSON
object: the wall and CPU seconds of every run per checkout, their medians, the ratio of each median to
the first checkout's, and the load average before and after. CPU seconds (the build's process and the
workers it waited for) move less than wall seconds when other work shares the machine. Make DIR with
``bench/corpus.py --docs N --keep DIR`` (its DIR/source).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import resource, sys, time
from pathlib import Path
from ld.pipeline import build
kwargs = {"jobs": int(sys.argv[3])} if sys.argv[3] != "0" else {}
started = time.perf_counter()
result = build(Path(sys.argv[1]), Path(sys.argv[2]), cache_dir=None, **kwargs)
wall = time.perf_counter() - started
cpu = sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
print(wall, cpu, result.documents, result.triples)
"""


def run(root: Path, source: Path, jobs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="ldpub-versions-") as scratch:
        out = Path(scratch) / "dist"
        env = {**os.environ, "PYTHONPATH": str(root)}
        done = subprocess.run([sys.executable, "-c", CHILD, str(source), str(out), str(jobs)], env=env,
                              capture_output=True, text=True, cwd=scratch)
        if done.returncode:
            raise SystemExit(f"{root}: build failed:\n{done.stderr[-2000:]}")
        seconds, cpu, docs, triples = done.stdout.split()
        return {"seconds": float(seconds), "cpu_seconds": round(float(cpu), 2), "docs": int(docs), "triples": int(triples)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, required=True)
    ap.add_argument("--root", type=Path, action="append", required=True)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=0, help="worker processes (0: the build's default)")
    args = ap.parse_args(argv)
    roots = [r.resolve() for r in args.root]
    load_before = os.getloadavg()
    runs: dict[str, list[dict]] = {str(r): [] for r in roots}
    for round_ in range(args.runs):
        for root in roots if round_ % 2 == 0 else list(reversed(roots)):
            runs[str(root)].append(run(root, args.source.resolve(), args.jobs))
    medians = {root: statistics.median(r["seconds"] for r in rs) for root, rs in runs.items()}
    cpu = {root: statistics.median(r["cpu_seconds"] for r in rs) for root, rs in runs.items()}
    first, first_cpu = medians[str(roots[0])], cpu[str(roots[0])]
    print(json.dumps({"source": str(args.source), "runs": runs, "median_seconds": medians,
                      "ratio_to_first": {root: round(m / first, 3) for root, m in medians.items()},
                      "median_cpu_seconds": cpu,
                      "cpu_ratio_to_first": {root: round(m / first_cpu, 3) for root, m in cpu.items()},
                      "loadavg_before": [round(x, 2) for x in load_before],
                      "loadavg_after": [round(x, 2) for x in os.getloadavg()]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
