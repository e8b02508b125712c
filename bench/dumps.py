"""Writing the dumps of a built corpus: one process against two (``ld.publish.dump_groups``).

    python bench/dumps.py --docs N [--rounds R] [--mode plain|gzip] [--seed S]

Builds N synthetic documents (``bench/synth.py``) once, with a cache, then writes the publication's dumps
from the cached pieces as the build does after its document jobs: all of them by one process
(``write_dumps``), and in ``dump_groups`` sets by two processes at once, alternating, R rounds each. Prints
one JSON object: the dumps' bytes, the seconds of each round, the best of each and their ratio, and the load
average before and after (the machine is shared: compare the ratio, not the seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import wait
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for path in (str(ROOT), str(BENCH)):
    if path not in sys.path:
        sys.path.insert(0, path)

from ld import workers  # noqa: E402
from ld.cache import cached_meta  # noqa: E402
from ld.config import load_config  # noqa: E402
from ld.publish import Pieces, dump_groups, write_dumps  # noqa: E402
from synth import generate  # noqa: E402


def corpus_pieces(docs: int, seed: int, scratch: Path) -> tuple[list[Pieces], str]:
    """Build the corpus into ``scratch`` (its cache kept) and return the documents' pieces and the base."""
    from ld.pipeline import build

    generate(docs, scratch / "source", seed=seed, force=True)
    build(scratch / "source", None, jobs=os.cpu_count() or 1, cache_dir=scratch / "cache")
    pieces = []
    for folder in sorted((scratch / "cache" / "docs").glob("*/*")):
        meta, _ = cached_meta(folder)
        if meta is not None:
            pieces.append(Pieces(meta["graph"], folder, meta["triples"], tuple(meta["sizes"])))
    return pieces, load_config(scratch / "source" / "config.toml").base


def timed_write(pool, groups: list[list[str] | None], out: Path, pieces: list[Pieces], base: str, mode: str) -> float:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    started = time.perf_counter()
    wait([pool.submit(write_dumps, out, pieces, base, mode, group) for group in groups])
    seconds = time.perf_counter() - started
    shutil.rmtree(out)  # (a thousand documents' dumps take 1.4 GB)
    return seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--mode", default="plain", choices=("plain", "gzip"))
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ldpub-dumps-") as scratch:
        pieces, base = corpus_pieces(args.docs, args.seed, Path(scratch))
        load_before = os.getloadavg()[0]
        one, two = [], []
        with workers.pool(1) as single, workers.pool(2) as pair:
            single.submit(int).result()
            pair.submit(int).result()
            for _ in range(args.rounds):
                one.append(timed_write(single, [None], Path(scratch) / "out", pieces, base, args.mode))
                two.append(timed_write(pair, dump_groups(pieces, args.mode, 2), Path(scratch) / "out", pieces,
                                       base, args.mode))
    figures = {
        "docs": args.docs, "mode": args.mode,
        "bytes": sum(sum(p.sizes) for p in pieces),
        "groups": dump_groups(pieces, args.mode, 2),
        "one_process_seconds": [round(s, 3) for s in one], "two_processes_seconds": [round(s, 3) for s in two],
        "best_ratio_two_to_one": round(min(two) / min(one), 3),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)], "cpus": os.cpu_count(),
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
