"""Where a document's time goes: the worker's stages, timed one document after another.

    .venv/bin/python bench/stages.py --docs 50 [--seed S] [--json]

generates N synthetic documents (``synth.generate``), then runs, in this process and for each
document, the stages a build worker runs (``ld.pipeline.build_document`` split open): parse and link
(``prepare``), map (``mapping.document_graph``, then ``ox_triples``), validate (loading the store the
exports query too, then ``validate_document``), pieces (``write_pieces``: every dump
format's share) and exports (``export.document_tables``). It prints the mean seconds per document of
each stage and its share, and, for the validation, the mean seconds per document of each SHACL shape
that selects focus nodes (its targets removed from the shapes: the time that goes away).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def measure(docs: int, seed: int = 0, per_shape: bool = True) -> dict:
    import pyoxigraph as ox
    from rdflib import Graph
    from rdflib.namespace import SH

    from ld import export, mapping
    from ld.pipeline import _entity_triples, load_source, prepare, validate_document
    from ld.publish import write_pieces
    from ld.shacl import Shapes
    from ld.terms import ox_triples
    from ld.validate import load_shapes
    from ld.vocab import Iris
    from synth import generate

    stages = {"parse_link": 0.0, "map": 0.0, "validate": 0.0, "pieces": 0.0, "exports": 0.0}
    with tempfile.TemporaryDirectory(prefix="ldpub-stages-") as scratch:
        generate(docs, Path(scratch) / "source", seed=seed, force=True)
        source = load_source(Path(scratch) / "source")
        iris = Iris(source.config.base)
        shapes = load_shapes()
        graphs = []
        for number, path in enumerate(source.documents):
            t0 = time.perf_counter()
            linked = prepare(path, source.register)
            t1 = time.perf_counter()
            triples = ox_triples(mapping.document_graph(linked, iris))
            t2 = time.perf_counter()
            store, graph = ox.Store(), ox.NamedNode(str(iris.document(linked.doc.id)))
            store.load(triples.nt, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
            validate_document(triples, linked, iris, store, graph)
            t3 = time.perf_counter()
            write_pieces(str(iris.document(linked.doc.id)), triples, Path(scratch) / "pieces" / str(number),
                         source.config.base, source.config.dumps)
            t4 = time.perf_counter()
            export.document_tables(store)
            t5 = time.perf_counter()
            for name, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
                stages[name] += seconds
            borrowed = {t for e in linked.entities.values() if not e.local_to for t in _entity_triples(e, iris.base).terms}
            graphs.append(sorted(set(triples.terms) | borrowed, key=str))
    total = sum(stages.values())
    report = {
        "docs": docs,
        "triples_per_doc": round(sum(len(g) for g in graphs) / docs),
        "seconds_per_doc": round(total / docs, 4),
        "stages": {name: {"seconds_per_doc": round(s / docs, 4), "share": round(s / total, 3)}
                   for name, s in stages.items()},
    }
    if per_shape:
        targets = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)

        def run(shapes_graph) -> float:
            started = time.perf_counter()
            engine = Shapes(shapes_graph)
            for data in graphs:
                engine.validate(data)
            return (time.perf_counter() - started) / docs

        full = run(shapes)
        costs = {}
        for shape in sorted({s for p in targets for s in shapes.subjects(p, None)}):
            without = Graph(bind_namespaces="none")
            without += shapes
            for p in targets:
                without.remove((shape, p, None))
            costs[str(shape).rsplit("#", 1)[-1]] = round(full - run(without), 4)
        report["validate_seconds_per_doc"] = round(full, 4)
        report["shape_seconds_per_doc"] = dict(sorted(costs.items(), key=lambda kv: -kv[1]))
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=50, help="how many synthetic documents (default 50)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    ap.add_argument("--no-shapes", action="store_true", help="skip the per-shape timing")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    report = measure(args.docs, args.seed, not args.no_shapes)
    if args.json:
        print(json.dumps(report, sort_keys=True))
        return 0
    print(f"{report['docs']} documents, {report['triples_per_doc']} triples and "
          f"{report['seconds_per_doc']:.3f} s a document:")
    for name, figures in report["stages"].items():
        print(f"  {name:<11} {figures['seconds_per_doc']:.4f} s  {figures['share']:6.1%}")
    if "shape_seconds_per_doc" in report:
        print(f"validation by shape (of {report['validate_seconds_per_doc']:.4f} s a document):")
        for name, seconds in report["shape_seconds_per_doc"].items():
            print(f"  {name:<22} {seconds:.4f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
