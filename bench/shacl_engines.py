"""Four SHACL engines on the project's shapes and document graphs: time and agreement; print JSON.

    .venv/bin/python bench/shacl_engines.py [--synthetic 20] [--repeat 3]

The engines: ``ld.shacl`` (ours), pySHACL (the reference), the PyPI package ``shacl`` (0.3.x,
Rust) and ``pyshacl-turbo`` (Rust behind pySHACL's API); the last two are measured only when
installed. The graphs: every document graph the build validates (300025, the layout documents
of tests/layouts, ``--synthetic`` synthetic documents from bench/synth.py, seed 3), and the
differential cases of tests/test_shacl.py (every shape test case of tests/test_shapes.py, and
the graph using every feature ld.shacl implements, with its own shapes).

Time: the median of ``--repeat`` runs of validating all document graphs once, each engine given
the data in the form it takes (pyoxigraph triples for ld.shacl, an rdflib Graph for pySHACL and
pyshacl-turbo, N-Triples text for ``shacl``), shapes compiled beforehand where the engine
allows. Agreement: each engine's problems, read from its report the same way (the
``sh:ValidationReport`` graph through ``ld.validate.problems_from``, for all but ld.shacl),
against pySHACL's, normalised as tests/test_shacl.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rdflib import Graph  # noqa: E402

from ld.problems import Report  # noqa: E402
from ld.terms import ox_term  # noqa: E402
from ld.validate import compiled, load_shapes, problems_from, pyshacl_report, validate_triples  # noqa: E402

# --------------------------------------------------------------------------- the engines

class Ours:
    name = "ld.shacl"

    def prepare(self, shapes: Graph):
        assert compiled(shapes) is not None
        return shapes

    def data(self, g: Graph):
        return [(ox_term(s), ox_term(p), ox_term(o)) for s, p, o in g]

    def run(self, shapes, data, shapes_graph: Graph) -> list:
        return validate_triples(data, shapes).sorted()


class PySHACL:
    name = "pyshacl"

    def prepare(self, shapes: Graph):
        return shapes

    def data(self, g: Graph):
        return g

    def run(self, shapes, data, shapes_graph: Graph) -> list:
        return pyshacl_report(data, shapes).sorted()


class Turbo:
    name = "pyshacl-turbo"

    def __init__(self):
        import pyshacl_turbo
        self.module = pyshacl_turbo

    def prepare(self, shapes: Graph):
        return shapes

    def data(self, g: Graph):
        return g

    def run(self, shapes, data, shapes_graph: Graph) -> list:
        _conforms, results, _text = self.module.validate(data, shacl_graph=shapes, inference="none",
                                                         allow_warnings=True)
        return Report(list(problems_from(results, shapes_graph))).sorted()


SKOLEM = "urn:x-ldpub-bnode:"


class Shacl:
    """The ``shacl`` package reads the shapes from text, so its report cannot name our shapes
    graph's blank nodes; the anonymous shapes (property shapes, SPARQL constraints, the members
    of sh:or and sh:and) are handed to it as IRIs that name those blank nodes, and named back
    in its report, so that the report is read exactly as pySHACL's is."""

    name = "shacl"

    def __init__(self):
        import shacl
        self.module = shacl

    def prepare(self, shapes: Graph):
        from rdflib import BNode, URIRef
        from rdflib.collection import Collection

        from ld.vocab import SH

        anonymous = {o for p in (SH.property, SH.sparql, SH.node, SH.qualifiedValueShape, SH["not"])
                     for o in shapes.objects(None, p) if isinstance(o, BNode)}
        for p in (SH["or"], SH["and"], SH.xone):
            for head in shapes.objects(None, p):
                anonymous.update(m for m in Collection(shapes, head) if isinstance(m, BNode))
        name = lambda t: URIRef(SKOLEM + str(t)) if t in anonymous else t  # noqa: E731
        named = Graph()
        for s, p, o in shapes:
            named.add((name(s), p, name(o)))
        return self.module.Shapes.from_text(named.serialize(format="nt"), format="ntriples")

    def data(self, g: Graph):
        return g.serialize(format="nt")

    def run(self, shapes, data, shapes_graph: Graph) -> list:
        from rdflib import BNode

        report = shapes.validate_text(data, format="ntriples", allow_warnings=True)
        back = lambda t: BNode(t[len(SKOLEM):]) if str(t).startswith(SKOLEM) else t  # noqa: E731
        results = Graph()
        for s, p, o in Graph().parse(data=report.serialize("ntriples"), format="nt"):
            results.add((back(s), p, back(o)))
        return Report(list(problems_from(results, shapes_graph))).sorted()


def engines() -> list:
    found = [Ours(), PySHACL()]
    for cls in (Shacl, Turbo):
        try:
            found.append(cls())
        except ImportError:
            pass
    return found


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- the graphs

def document_graphs(synthetic: int) -> dict[str, Graph]:
    from tests.test_shacl import LAYOUTS, SOURCE
    from tests.test_shacl import document_graphs as graphs

    paths = [SOURCE / "documents" / "300025.txt"] + sorted(
        p for p in LAYOUTS.glob("*.txt") if not p.name.startswith("error_"))
    out = {p.stem: g for p, g in zip(paths, graphs(paths))}
    if synthetic:
        from synth import generate

        folder = Path(tempfile.mkdtemp(prefix="ldpub-shacl-")) / "source"
        generate(synthetic, folder, seed=3, force=True)
        docs = sorted((folder / "documents").glob("*.txt"))
        out.update({f"synthetic-{p.stem}": g for p, g in zip(docs, graphs(docs, folder))})
    return out


def differential_cases() -> list[tuple[str, Graph, Graph | None]]:
    from tests.test_shacl import FEATURE_DATA, FEATURES
    from tests.test_shapes import CASES, graph

    cases = [("valid", graph(), None)] + [(f"case-{i}-{c[0]}", graph(c[2]), None) for i, c in enumerate(CASES)]
    cases.append(("every-feature", Graph().parse(data=FEATURE_DATA, format="turtle"),
                  Graph().parse(data=FEATURES, format="turtle")))
    return cases


def comparable(problems: list, data: Graph, shapes: Graph) -> list:
    """Problems as tests/test_shacl.py compares them: a complex path shown as "complex" (pySHACL
    and the report graphs show a blank node, ld.shacl SPARQL syntax); a message that is not one
    of the shapes' own (each engine writes its own for a shape without sh:message) as "(engine's)";
    and where the data has an ill-typed number, the SHACL-SPARQL checks left out (SPARQL calls
    comparing it a type error, rdflib compares anyway; the core constraints report it)."""
    from ld.vocab import SH
    from tests.test_shacl import SPARQL_CODES, numbers_well_typed

    own = {str(m) for m in shapes.objects(None, SH.message)}
    typed = numbers_well_typed(data)
    out = []
    for p in problems:
        if not typed and p.code in SPARQL_CODES:
            continue
        if p.path and not p.path.startswith("http"):
            p = replace(p, path="complex")
        if p.message not in own:
            p = replace(p, message="(engine's)")
        out.append(p)
    return sorted(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", type=int, default=20, help="synthetic documents (default: 20)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per engine (default: 3)")
    args = parser.parse_args(argv)

    shapes_graph = load_shapes()
    docs = document_graphs(args.synthetic)
    cases = differential_cases()
    triples = sum(len(g) for g in docs.values())
    reference = PySHACL()
    expected_docs = {k: reference.run(shapes_graph, g, shapes_graph) for k, g in docs.items()}
    expected_cases = {k: reference.run(s or shapes_graph, g, s or shapes_graph) for k, g, s in cases}

    report = {"benchmark": "SHACL engines on ldpub's shapes", "python": platform.python_version(),
              "cpus": os.cpu_count(), "load_average": os.getloadavg(),
              "versions": {p: _version(p) for p in ("pyshacl", "shacl", "pyshacl-turbo", "pyoxigraph", "rdflib")},
              "documents": len(docs), "triples": triples, "engines": {}}
    for engine in engines():
        entry: dict = {}
        try:
            started = time.perf_counter()
            compiled_shapes = engine.prepare(shapes_graph)
            entry["compile_seconds"] = round(time.perf_counter() - started, 3)
            data = {k: engine.data(g) for k, g in docs.items()}
            times, found = [], {}
            for _ in range(args.repeat):
                started = time.perf_counter()
                found = {k: engine.run(compiled_shapes, d, shapes_graph) for k, d in data.items()}
                times.append(time.perf_counter() - started)
            entry["seconds"] = round(statistics.median(times), 3)
            entry["ms_per_document"] = round(1000 * statistics.median(times) / len(docs), 2)
            differ = [k for k in docs if comparable(found[k], docs[k], shapes_graph)
                      != comparable(expected_docs[k], docs[k], shapes_graph)]
            entry["documents_agreeing_with_pyshacl"] = f"{len(docs) - len(differ)}/{len(docs)}"
            entry["documents_differing"] = differ[:10]
            case_differ = []
            for key, g, s in cases:
                try:
                    shapes = engine.prepare(s) if s is not None else compiled_shapes
                    got = engine.run(shapes, engine.data(g), s or shapes_graph)
                    ok = comparable(got, g, s or shapes_graph) == comparable(expected_cases[key], g, s or shapes_graph)
                    if not ok and "example_case_difference" not in entry:
                        a = Counter(comparable(got, g, s or shapes_graph))
                        b = Counter(comparable(expected_cases[key], g, s or shapes_graph))
                        entry["example_case_difference"] = {
                            "case": key, "only_this_engine": [p.to_text() for p in sorted((a - b).elements())][:3],
                            "only_pyshacl": [p.to_text() for p in sorted((b - a).elements())][:3]}
                except Exception as exc:  # noqa: BLE001 - an engine that fails a case disagrees on it
                    ok = False
                    key = f"{key} ({type(exc).__name__}: {str(exc)[:100]})"
                if not ok:
                    case_differ.append(key)
            entry["differential_cases_agreeing"] = f"{len(cases) - len(case_differ)}/{len(cases)}"
            entry["differential_cases_differing"] = case_differ[:12]
            if differ:
                k = differ[0]
                a = Counter(comparable(found[k], docs[k], shapes_graph))
                b = Counter(comparable(expected_docs[k], docs[k], shapes_graph))
                entry["example_difference"] = {"document": k,
                                               "only_this_engine": [p.to_text() for p in sorted((a - b).elements())][:3],
                                               "only_pyshacl": [p.to_text() for p in sorted((b - a).elements())][:3]}
        except Exception as exc:  # noqa: BLE001 - report an engine that cannot run our shapes at all
            entry["error"] = f"{type(exc).__name__}: {str(exc)[:300]}"
        report["engines"][engine.name] = entry
    ours = report["engines"]["ld.shacl"].get("seconds")
    for entry in report["engines"].values():
        if ours and entry.get("seconds"):
            entry["time_relative_to_ld_shacl"] = round(entry["seconds"] / ours, 2)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
