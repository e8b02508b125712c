"""Two or more checkouts' full builds of one and the same synthetic corpus, in interleaved rounds.

    .venv/bin/python bench/same_corpus.py --root BASE --root HEAD [--docs 1000] [--rounds 4]

``bench/corpus.py`` run in each checkout generates that checkout's own corpus: its generator draws speakers from its
own register, so two checkouts whose registers differ build different documents (at 03509d6 and 53462a0, 1,000
documents gave 2,527,541 and 2,658,708 triples). This script generates the corpus once, with the first root's
``bench/synth.py`` and register (``--docs``, seed 0), then builds that same folder (its documents, its
``entities.toml`` and ``config.toml``) with each root's own ``bench/corpus.py --phase`` (its ``ld.pipeline.build``,
timed in a fresh process, as ``corpus.py`` times it), one root after another, ``--rounds`` times, the order of the
roots reversed every other round. Prints, per round, each root's seconds and triples and the load average, then each
later root's time as a ratio of the first root's in the same round: every ratio, their mean and their median.
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

GENERATE = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1] + "/bench")
from synth import generate
generate(int(sys.argv[2]), Path(sys.argv[3]), seed=0, force=True)
"""


def build(root: Path, source: Path, scratch: Path) -> dict:
    """One clean build of ``source`` by the checkout ``root``: its figures (seconds, triples)."""
    out, cache = scratch / "dist", scratch / "cache"
    for folder in (out, cache):
        subprocess.run(["rm", "-rf", str(folder)], check=True)
    phase = {"kind": "ldpub", "source": str(source), "out": str(out), "cache": str(cache), "clean": True}
    done = subprocess.run([sys.executable, str(root / "bench" / "corpus.py"), "--phase", json.dumps(phase)],
                          capture_output=True, text=True, cwd=scratch)
    if done.returncode:
        sys.exit(f"bench/same_corpus.py: {root}: the build failed:\n{done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", action="append", type=Path, required=True, help="a checkout (two or more)")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)
    roots = [r.resolve() for r in args.root]
    if len(roots) < 2:
        parser.error("give two checkouts or more (--root BASE --root HEAD)")
    with tempfile.TemporaryDirectory(prefix="ldpub-same-") as scratch:
        source = Path(scratch) / "source"
        subprocess.run([sys.executable, "-c", GENERATE, str(roots[0]), str(args.docs), str(source)], check=True)
        rounds = []
        for number in range(args.rounds):
            order = roots if number % 2 == 0 else roots[::-1]
            figures = {}
            for root in order:
                result = build(root, source, Path(scratch))
                figures[str(root)] = {"seconds": round(result["seconds"], 3), "triples": result["triples"],
                                      "load": round(os.getloadavg()[0], 2)}
            rounds.append(figures)
            print(json.dumps({"round": number + 1, **figures}), flush=True)
    first = str(roots[0])
    ratios = {str(r): [round(f[str(r)]["seconds"] / f[first]["seconds"], 3) for f in rounds] for r in roots[1:]}
    print(json.dumps({"docs": args.docs, "generated_with": first,
                      "ratio_to_first": {r: {"each": v, "mean": round(statistics.mean(v), 3),
                                             "median": round(statistics.median(v), 3)} for r, v in ratios.items()}},
                     indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
