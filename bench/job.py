"""A build worker's whole job for each document (``ld.pipeline._document_job``), its stages timed, for one checkout
or several.

    .venv/bin/python bench/job.py [--docs 150 | --source DIR] [--rounds 2] [--root CHECKOUT ...]

Each checkout (default: this one) runs in a fresh Python process (``PYTHONPATH`` = the checkout, started outside
any checkout), on the same documents (``synth.generate`` of this checkout, seed 0, or ``--source``), one checkout after another,
``--rounds`` times in turn. The child sets up the worker as a parallel build does (``_start_worker``, the cyclic
collector frozen), runs the job of the first document untimed, then of every document, and wraps with timers the
stages the checkout has (parse and link, map, validate, pieces, exports, rendered rows; a stage an older checkout
lacks is left out). Prints the milliseconds a document of the whole job and of each stage, per round, and each
checkout's best round as a ratio of the first checkout's. Unlike ``bench/versions.py`` it leaves out the pool, the
workers' start and the dataset-level pass: what it measures is the work a worker does per document.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import gc, json, sys, tempfile, time
from pathlib import Path
from ld import export, mapping, pipeline
source = pipeline.load_source(Path(sys.argv[1]))
pipeline._start_worker(source, False)
spent = {}

def timed(module, name, stage):
    function = getattr(module, name, None)
    if function is None:
        return
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - started
    setattr(module, name, wrapper)

for module, name, stage in ((pipeline, "prepare", "parse_link"), (mapping, "document_graph", "map"),
                            (pipeline, "validate_document", "validate"), (pipeline, "write_pieces", "pieces"),
                            (export, "document_tables", "exports"), (export, "rendered_rows", "rows")):
    timed(module, name, stage)
scratch = Path(tempfile.mkdtemp(prefix="ldpub-job-"))
pipeline._document_job((str(source.documents[0]), str(scratch / "warm")))  # (patterns compiled: not timed)
spent.clear()
gc.freeze()
gc.set_threshold(50_000, 20, 100)
started = time.perf_counter()
for index, path in enumerate(source.documents):
    pipeline._document_job((str(path), str(scratch / str(index))))
total = time.perf_counter() - started
count = len(source.documents)
print(json.dumps({"job": total / count * 1000, **{k: v / count * 1000 for k, v in sorted(spent.items())}}))
"""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--root", action="append", type=Path, default=[])
    parser.add_argument("--source", type=Path, help="a source folder to use instead of --docs generated documents "
                        "(another checkout's corpus, as bench/versions.py builds it)")
    args = parser.parse_args(argv)
    roots = [r.resolve() for r in args.root] or [ROOT]
    sys.path.insert(0, str(ROOT / "bench"))
    from prepare import children_rounds

    rounds = {root: [{k: round(v, 2) for k, v in json.loads(line).items()} for line in lines]
              for root, lines in children_rounds(CHILD, args.docs, args.rounds, roots, "job.py",
                                                                     args.source).items()}
    first = min(r["job"] for r in rounds[str(roots[0])])
    print(json.dumps({"docs": str(args.source) if args.source else args.docs, "ms_per_doc": rounds,
                      "best_ratio_to_first": {r: round(min(x["job"] for x in s) / first, 3) for r, s in rounds.items()}},
                     indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
