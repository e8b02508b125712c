"""The parse and link stage alone (``ld.pipeline.prepare``) on synthetic documents, for one checkout or several.

    .venv/bin/python bench/prepare.py [--docs 100] [--rounds 2] [--root CHECKOUT ...]

Each checkout (default: this one) runs in a fresh Python process (``PYTHONPATH`` = the checkout, started outside
any checkout so that ``-c`` imports no other ``ld``), on the same
documents (``synth.generate`` of this checkout, seed 0), one checkout after another, ``--rounds`` times in turn.
Prints the mean seconds of ``prepare`` a document for each round and checkout, and each checkout's best round
as a ratio of the first checkout's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import sys, time
from pathlib import Path
from ld.pipeline import load_source, prepare
source = load_source(Path(sys.argv[1]))
prepare(source.documents[0], source.register)  # (patterns compiled, register read: not timed)
started = time.perf_counter()
for path in source.documents:
    prepare(path, source.register)
print((time.perf_counter() - started) / len(source.documents))
"""


def children_rounds(child: str, docs: int, rounds: int, roots: list[Path], name: str,
                    given: Path | None = None) -> dict[str, list[str]]:
    """Run ``child`` (a script given the source folder) in a fresh process per checkout and round, on the same
    ``docs`` generated documents, or on the source folder ``given``: each checkout's last line of output, per
    round (``name`` names the failure)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import generate

    with tempfile.TemporaryDirectory(prefix="ldpub-bench-") as scratch:
        source = given.resolve() if given else Path(scratch) / "source"
        if not given:
            generate(docs, source, seed=0, force=True)
        lines: dict[str, list[str]] = {str(r): [] for r in roots}
        for _ in range(rounds):
            for root in roots:
                out = subprocess.run([sys.executable, "-c", child, str(source)], capture_output=True, text=True,
                                     env={**os.environ, "PYTHONPATH": str(root)}, cwd=scratch)
                if out.returncode:
                    sys.exit(f"bench/{name}: {root}: the run failed:\n{out.stderr.strip()}")
                lines[str(root)].append(out.stdout.strip().splitlines()[-1])
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--root", action="append", type=Path, default=[])
    args = parser.parse_args(argv)
    roots = [r.resolve() for r in args.root] or [ROOT]
    seconds = {root: [float(line) for line in lines]
               for root, lines in children_rounds(CHILD, args.docs, args.rounds, roots, "prepare.py").items()}
    first = min(seconds[str(roots[0])])
    print(json.dumps({"docs": args.docs, "seconds_per_doc": seconds,
                      "best_ratio_to_first": {r: round(min(s) / first, 3) for r, s in seconds.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
