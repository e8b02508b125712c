"""What it costs to read a document's triples: as ``pyoxigraph.Triple`` objects, and as the tuples of terms
that ``ld.terms.SortedTriples.terms`` keeps (validation and the JSON-LD writer loop over those); and what it
costs to make those ``Triple`` objects, against writing the N-Triples lines from the terms (what
``ld.terms.ox_triples`` does instead) and parsing the lines back for a serialiser.

    python bench/triples.py [--docs N] [--rounds R]

Writes N synthetic documents (bench/synth.py) into a temporary folder, maps each to its triples as a build does,
then times, in one process, reading every triple's three terms both ways, building the validator's index
(``ld.shacl.Data``) from each, making the ``Triple`` objects, writing the lines and parsing them back.
Prints one JSON object: milliseconds a document, best of R rounds, and the mean number of triples a
document.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph as ox  # noqa: E402

from ld import mapping, shacl  # noqa: E402
from ld.pipeline import load_source, prepare  # noqa: E402
from ld.terms import ox_triples  # noqa: E402
from ld.vocab import Iris  # noqa: E402
from synth import generate  # noqa: E402


def best(rounds: int, work) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ldpub-triples-") as scratch:
        generate(args.docs, Path(scratch) / "source", seed=0)
        source = load_source(Path(scratch) / "source")
        iris = Iris(source.config.base)
        graphs = [ox_triples(mapping.document_graph(prepare(path, source.register), iris, source.config.source_pages,
                                                    source.config.text_rights)) for path in source.documents]
    per_doc = 1000 / len(graphs)
    objects = [[ox.Triple(*t) for t in g.terms] for g in graphs]
    figures = {
        "docs": len(graphs),
        "triples_a_document": round(sum(map(len, graphs)) / len(graphs)),
        "read_triple_objects_ms": round(best(args.rounds, lambda: [tuple(t) for g in objects for t in g]) * per_doc, 2),
        "read_term_tuples_ms": round(best(args.rounds, lambda: [tuple(t) for g in graphs for t in g.terms]) * per_doc, 2),
        "index_from_triple_objects_ms": round(best(args.rounds, lambda: [shacl.Data(g) for g in objects]) * per_doc, 2),
        "index_from_term_tuples_ms": round(best(args.rounds, lambda: [shacl.Data(g.terms) for g in graphs]) * per_doc, 2),
        "make_triple_objects_ms": round(best(args.rounds, lambda: [[ox.Triple(*t) for t in g.terms] for g in graphs])
                                        * per_doc, 2),
        "write_lines_ms": round(best(args.rounds, lambda: [[f"{s} {p} {o} .\n" for s, p, o in g.terms] for g in graphs])
                                * per_doc, 2),
        "parse_lines_ms": round(best(args.rounds, lambda: [list(g.oxigraph()) for g in graphs]) * per_doc, 2),
    }
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
