"""Load the published N-Quads and run a few SPARQL queries in pyoxigraph and in rdflib; print JSON.

    .venv/bin/python bench/query_engines.py --dist dist [--copies 10] [--repeat 5]

``--copies N`` makes the data N times larger by repeating every document graph under
new document IRIs (entities, links and the dataset description stay shared), so the
engines can be compared beyond one small document. Both engines see the same file and
the same queries, with the union of the graphs as the default graph; each query's
rows are counted and must agree. Times are wall-clock seconds: load once, each query
``--repeat`` times (median and min reported; a run slower than ``--budget`` is not repeated).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ld import export  # noqa: E402
from ld.query import dump_path, run_query  # noqa: E402
from ld.vocab import PREFIXES  # noqa: E402

QUERIES = {
    "count_per_graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "turns_per_speaker": """SELECT ?name (COUNT(?turn) AS ?turns) WHERE {
        ?turn a ldp:SpeechTurn ; schema:sender ?who . ?who schema:name ?name FILTER(lang(?name) = "en")
      } GROUP BY ?name ORDER BY DESC(?turns) ?name""",
    "turn_texts_ordered": """SELECT ?doc ?pos ?label ?text WHERE {
        ?turn a ldp:SpeechTurn ; schema:isPartOf ?doc ; schema:position ?pos ; ldp:speakerLabel ?label ;
              schema:text ?text } ORDER BY ?doc ?pos""",
    "text_search": """SELECT ?turn ?text WHERE { ?turn a ldp:SpeechTurn ; schema:text ?text
        FILTER(CONTAINS(LCASE(STR(?text)), "comrade")) } ORDER BY ?turn""",
    "speaks_after_network": export.SPEAKS_AFTER,
}


def scaled_copy(source: Path, copies: int, folder: Path) -> Path:
    """An N-Quads file with every document graph repeated ``copies`` times under new IRIs."""
    if copies <= 1:
        return source
    lines = source.read_text("utf-8").splitlines()
    documents = set({q.graph_name.value for q in ox.parse(path=str(source), format=ox.RdfFormat.N_QUADS)
                        if "/document/" in q.graph_name.value})
    out = []
    for line in lines:
        graph = line.rsplit(" ", 2)[-2][1:-1]  # "... <graph> ."
        if graph not in documents:
            out.append(line)
            continue
        for k in range(copies):
            copy = line
            for d in documents:
                copy = copy.replace(f"<{d}>", f"<{d}-c{k}>").replace(f"<{d}#", f"<{d}-c{k}#")
            out.append(copy)
    target = folder / f"dataset-x{copies}.nq"
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return target


BUDGET = 20.0  # seconds: a run slower than this is not repeated


def timed(function, repeat: int) -> tuple[list[float], object]:
    times, value = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - started)
        if times[-1] > BUDGET:
            break
    return times, value


def figures(times: list[float]) -> dict:
    return {"median_s": round(statistics.median(times), 5), "min_s": round(min(times), 5), "runs": len(times)}


def bench_oxigraph(path: Path, repeat: int, names: list[str]) -> dict:
    def load():
        store = ox.Store()
        store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
        return store

    load_times, store = timed(load, 1)
    result = {"load": figures(load_times), "quads": len(store), "queries": {}}
    for name in names:
        times, answer = timed(lambda: run_query(store, QUERIES[name]), repeat)
        result["queries"][name] = {**figures(times), "rows": len(answer.rows)}
    return result


def bench_rdflib(path: Path, repeat: int, names: list[str]) -> dict:
    def load():
        dataset = Dataset(default_union=True)
        dataset.parse(str(path), format="nquads")
        return dataset

    load_times, dataset = timed(load, 1)
    result = {"load": figures(load_times), "quads": sum(1 for _ in dataset.quads((None, None, None, None))),
              "queries": {}}
    namespaces = {name: rdflib.Namespace(iri) for name, iri in PREFIXES.items()}
    for name in names:
        times, rows = timed(lambda: list(dataset.query(QUERIES[name], initNs=namespaces)), repeat)
        result["queries"][name] = {**figures(times), "rows": len(rows)}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", default="dist", help="published folder holding dataset.nq (default: dist)")
    parser.add_argument("--copies", type=int, default=1, help="repeat every document graph N times (default: 1)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (default: 5)")
    parser.add_argument("--queries", nargs="*", choices=sorted(QUERIES), default=list(QUERIES),
                        help="which queries to run (default: all)")
    parser.add_argument("--budget", type=float, default=BUDGET,
                        help=f"a query whose run takes longer is not repeated (default: {BUDGET:g} s)")
    args = parser.parse_args(argv)
    globals()["BUDGET"] = args.budget

    source = dump_path(args.dist)
    with tempfile.TemporaryDirectory() as folder:
        path = scaled_copy(source, args.copies, Path(folder))
        data = {"file": str(source), "copies": args.copies, "bytes": path.stat().st_size}
        oxigraph = bench_oxigraph(path, args.repeat, args.queries)
        rdflib_figures = bench_rdflib(path, args.repeat, args.queries)
    data["quads"] = oxigraph["quads"]
    agree = {name: oxigraph["queries"][name]["rows"] == rdflib_figures["queries"][name]["rows"]
             for name in args.queries}
    speedup = {"load": round(rdflib_figures["load"]["median_s"] / oxigraph["load"]["median_s"], 1)}
    for name in args.queries:
        fast = oxigraph["queries"][name]["median_s"]
        speedup[name] = round(rdflib_figures["queries"][name]["median_s"] / fast, 1) if fast else None
    report = {
        "data": data,
        "versions": {"python": platform.python_version(), "pyoxigraph": metadata.version("pyoxigraph"),
                     "rdflib": rdflib.__version__},
        "pyoxigraph": oxigraph,
        "rdflib": rdflib_figures,
        "rows_agree": agree,
        "rdflib_over_pyoxigraph": speedup,
    }
    print(json.dumps(report, indent=2))
    return 0 if all(agree.values()) and oxigraph["quads"] == rdflib_figures["quads"] else 1


if __name__ == "__main__":
    sys.exit(main())
