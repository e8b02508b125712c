"""The naive baseline: the obvious way to publish a source folder with rdflib and pySHACL.

    python bench/naive.py --source DIR --out DIR [--json]

A reference implementation to measure ``ld.pipeline.build`` against, doing the
same work the straightforward way:

- parse and link every document with the project's own ``ld.pipeline.prepare``,
  map it with ``ld.mapping.document_graph`` (into rdflib terms: ``as_graph``);
- put everything into ONE rdflib ``Graph``: every document, the register's
  entities (``entities_graph``), the Wikidata link records (``links_graph``)
  and the DCAT/VoID description (``dataset_graph``);
- validate that graph with ONE ``pyshacl.validate`` call and the project's
  shapes (``ld.validate.load_shapes()``);
- write every dump with rdflib's own serialisers: ``Graph.serialize`` for
  Turtle, N-Triples and JSON-LD, a ``Dataset`` (one named graph per document,
  plus entities, links and dataset) for N-Quads and TriG.

It writes no manifest, checksums, quality report or void.ttl, and publishes
even when the graph does not conform (``conforms`` says so): the baseline is
measured, not used. ``triples`` counts the distinct triples of the documents,
entities and links (without the description), as ``BuildResult.triples`` does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyshacl  # noqa: E402
from rdflib import Dataset, Graph, URIRef  # noqa: E402
from rdflib.namespace import RDF  # noqa: E402

from ld import mapping  # noqa: E402
from ld.pipeline import load_source, prepare  # noqa: E402
from ld.validate import load_shapes  # noqa: E402
from ld.vocab import Iris  # noqa: E402

DUMPS = {"dataset.ttl": "turtle", "dataset.nt": "nt", "dataset.jsonld": "json-ld"}
DATASET_DUMPS = {"dataset.nq": "nquads", "dataset.trig": "trig"}


STAGES = ("parse_link", "map", "validate", "write")


class CpuLimitReached(Exception):
    """The process used the CPU time that --cpu-limit allowed (SIGXCPU)."""


def naive_build(source_dir: Path, out_dir: Path, stages: dict[str, float] | None = None) -> dict:
    """Build ``source_dir`` the naive way into ``out_dir``; the figures of the run. ``stages``
    receives each stage's seconds as it ends (so a caller still has them if the run is cut short)."""
    started = time.perf_counter()
    stages = {} if stages is None else stages

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        stages[name] = round(now - since, 3)
        return now

    t = started
    source = load_source(Path(source_dir))
    iris = Iris(source.config.base)
    linked_docs = [prepare(path, source.register) for path in source.documents]
    t = lap("parse_link", t)

    graph = mapping.new_graph()
    per_document: list[tuple[URIRef, Graph]] = []
    for linked in linked_docs:
        doc_graph = mapping.as_graph(mapping.document_graph(linked, iris))  # the mapping writes pyoxigraph terms
        per_document.append((iris.document(linked.doc.id), doc_graph))
        graph += doc_graph
    entities = mapping.entities_graph(source.register, iris)
    links = mapping.links_graph(source.register, iris)
    graph += entities
    graph += links
    triples = len(graph)
    stats = {
        "triples": triples,
        "entities": len(set(graph.subjects(RDF.type, None))),
        "classes": len(set(graph.objects(None, RDF.type))),
        "subjects": len(set(graph.subjects())),
        "links": sum(1 for e in source.register.entities.values() if e.qid),
    }
    description = mapping.dataset_graph(source.config, iris, stats, source.register,
                                        [name for name, _ in per_document[:3]])
    graph += description
    t = lap("map", t)

    conforms, results, _text = pyshacl.validate(graph, shacl_graph=load_shapes(), inference="none",
                                                allow_warnings=True)
    violations = sum(1 for r in results.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#ValidationResult")))
    t = lap("validate", t)

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for filename, fmt in DUMPS.items():
        graph.serialize(destination=out / filename, format=fmt, encoding="utf-8")
    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace)
    named = [*per_document, (iris.graph("entities"), entities), (iris.graph("links"), links),
             (iris.graph("dataset"), description)]
    for name, part in named:
        target = dataset.graph(name)
        for triple in part:
            target.add(triple)
    with warnings.catch_warnings():  # rdflib's TriG serialiser calls its own deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        for filename, fmt in DATASET_DUMPS.items():
            dataset.serialize(destination=out / filename, format=fmt, encoding="utf-8")
    lap("write", t)
    return {"docs": len(linked_docs), "triples": triples, "seconds": round(time.perf_counter() - started, 3),
            "conforms": bool(conforms), "results": violations, "graph_triples": len(graph), "stages": stages}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="a source folder (config.toml, entities.toml, "
                                                               "documents/)")
    ap.add_argument("--out", type=Path, required=True, help="where to write the dumps")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--cpu-limit", type=float, metavar="SECONDS",
                    help="stop after this much CPU time and report how far the build got: a lower bound on "
                         "its time that other processes on the machine cannot inflate")
    args = ap.parse_args(argv)
    stages: dict[str, float] = {}
    started = time.perf_counter()
    if args.cpu_limit:
        import resource
        import signal

        def stop(_signum, _frame):
            raise CpuLimitReached

        signal.signal(signal.SIGXCPU, stop)
        limit = int(args.cpu_limit)
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 60))
    try:
        figures = naive_build(args.source, args.out, stages)
        figures["finished"] = True
    except CpuLimitReached:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        figures = {"finished": False, "cpu_limit_seconds": args.cpu_limit,
                   "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
                   "seconds": round(time.perf_counter() - started, 3), "stages": stages,
                   "stopped_in": next(s for s in STAGES if s not in stages)}
        print(json.dumps(figures, sort_keys=True) if args.json else
              f"stopped after {figures['cpu_seconds']} CPU seconds in stage {figures['stopped_in']} "
              f"({figures['seconds']:.1f} s wall); finished stages: {stages}")
        return 3
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    else:
        print(f"{figures['docs']} documents, {figures['triples']} triples in {figures['seconds']:.1f} s "
              f"({', '.join(f'{k} {v:.1f} s' for k, v in figures['stages'].items())}); "
              f"conforms: {figures['conforms']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
