"""The W3C SHACL test suite (core and SPARQL, vendored in tests/w3c-shacl/) on ld.shacl.

Every sht:Validate entry of the manifests is a test. ld.shacl must either give the expected report,
or declare that the shapes use something it lacks (``Unsupported``, which ``ld.validate`` turns into a
``FallbackWarning`` and a pySHACL run), and then pySHACL's report must match. A report matches when
sh:conforms agrees and the results are the same multiset of (focus node, result path, source shape,
severity, constraint component, value); messages are not compared (the suite leaves them free). Blank
nodes are compared by what they say (their triples, as an RDF list or nested), since the expected report,
the shapes and the data may each have their own: the suite's reports write a complex path anew.

``python tests/test_shacl_w3c.py`` prints how many tests run on ld.shacl and how many fall back.
"""

from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, Namespace

from ld.shacl import Shapes, Unsupported
from ld.terms import rdflib_term
from ld.validate import FallbackWarning, compiled, pyshacl_results, validate_graph, validate_triples
from ld.vocab import SH

SUITE = Path(__file__).parent / "w3c-shacl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")

# test -> why ld.shacl (after any fallback) does not give the suite's report; strict: a test listed here
# that passes fails, so the list stays true
EXPECTED_FAILURES = {
    "core/property/uniqueLang-002": 'rdflib reads "1"^^xsd:boolean as "true" when it parses the shapes graph, '
                                    "so sh:uniqueLang \"1\" (which SHACL does not count as true) is applied",
    "sparql/pre-binding/shapesGraph-001": "$shapesGraph: ld.shacl declares it unsupported and pySHACL raises "
                                          "NotImplementedError for it",
}


@dataclass
class Case:
    name: str  # the manifest's folder and the test's name: core/node/class-001
    file: Path  # the manifest
    manifest: Graph  # its triples (often the data and shapes graph too)
    node: URIRef
    data: Path
    shapes: Path

    @property
    def expected(self):
        return self.manifest.value(self.node, MF.result)


def cases(manifest: Path = SUITE / "manifest.ttl") -> list[Case]:
    graph = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
    found = []
    for include in sorted(graph.objects(None, MF.include)):
        found += cases(_path(include))
    for entries in graph.objects(None, MF.entries):
        for node in Collection(graph, entries):
            assert (node, RDF.type, SHT.Validate) in graph, f"{node}: only sht:Validate tests are in the suite"
            action = graph.value(node, MF.action)
            name = f"{manifest.parent.relative_to(SUITE)}/{str(node).rsplit('/', 1)[-1]}"
            found.append(Case(name, manifest, graph, node, _path(graph.value(action, SHT.dataGraph)),
                              _path(graph.value(action, SHT.shapesGraph))))
    return found


def _path(iri) -> Path:
    return Path(str(iri).removeprefix("file://"))


CASES = cases()


# ------------------------------------------------------------ the comparison
def show(term, graph: Graph, depth: int = 0) -> str:
    """A term as text; a blank node as its triples in ``graph`` (nested, lists as lists)."""
    if not isinstance(term, BNode):
        return term.n3()
    if depth > 8:  # a cycle through blank nodes: deep enough to tell the suite's apart
        return "[...]"
    if (term, RDF.first, None) in graph:
        return "(" + " ".join(show(t, graph, depth + 1) for t in Collection(graph, term)) + ")"
    return "[" + "; ".join(sorted(f"{p.n3()} {show(o, graph, depth + 1)}"
                                  for p, o in graph.predicate_objects(term))) + "]"


def expected_report(case: Case) -> tuple[bool, Counter] | None:
    """sh:conforms and the results the manifest expects, or None when validation must fail."""
    g, report = case.manifest, case.expected
    if report == SHT.Failure:
        return None
    return bool(g.value(report, SH.conforms).toPython()), Counter(
        tuple(show(g.value(r, key), g) if g.value(r, key) is not None else ""
              for key in (SH.focusNode, SH.resultPath, SH.sourceShape, SH.resultSeverity,
                          SH.sourceConstraintComponent, SH.value))
        for r in g.objects(report, SH.result))


def triples_of(case: Case) -> list:
    """The data as a build hands it to ld.shacl: pyoxigraph triples (lexical forms as written)."""
    return [(t.subject, t.predicate, t.object) for t in
            ox.parse(path=str(case.data), format=ox.RdfFormat.TURTLE, base_iri=case.data.as_uri())]


def ours(triples: list, engine: Shapes, shapes: Graph) -> tuple[bool, Counter]:
    data = Graph()
    for triple in triples:
        data.add(tuple(rdflib_term(t) for t in triple))
    context = data + shapes
    results = Counter(
        (show(rdflib_term(r.focus), data),
         "" if r.path is None else show(r.path if isinstance(r.path, (URIRef, BNode)) else rdflib_term(r.path), context),
         show(r.shape, shapes), show(r.severity, shapes), show(SH[r.component], shapes),
         "" if r.value is None else show(rdflib_term(r.value), data))
        for r in engine.results(triples))
    report = validate_triples(triples, shapes)  # what builds call: the same engine, so the same verdict
    assert report.conforms == (not results)
    return not results, results


def reference(data: Graph, shapes: Graph) -> tuple[bool, Counter]:
    report = pyshacl_results(data, shapes)
    context = report + shapes + data
    top = report.value(predicate=RDF.type, object=SH.ValidationReport)
    return bool(report.value(top, SH.conforms).toPython()), Counter(
        tuple(show(report.value(r, key), context) if report.value(r, key) is not None else ""
              for key in (SH.focusNode, SH.resultPath, SH.sourceShape, SH.resultSeverity,
                          SH.sourceConstraintComponent, SH.value))
        for r in report.objects(top, SH.result))


def shapes_graph(case: Case) -> Graph:
    return case.manifest if case.shapes == case.file else Graph().parse(case.shapes, format="turtle")


def data_graph(case: Case) -> Graph:
    return case.manifest if case.data == case.file else Graph().parse(case.data, format="turtle")


def run(case: Case) -> tuple[str, object]:
    """Which engine gave the report ("ld.shacl"; "pySHACL" when ld.shacl declared the shapes unsupported,
    "pySHACL (data)" when it did so on the data), and the report as (conforms, results), or the exception
    validation raised."""
    shapes, triples = shapes_graph(case), triples_of(case)
    try:
        engine = Shapes(shapes)
    except Unsupported:  # declared when the shapes are compiled
        with pytest.warns(FallbackWarning, match="pySHACL"):  # never silent
            assert compiled(shapes) is None
        return "pySHACL", pyshacl_run(case, shapes)
    with warnings.catch_warnings():
        warnings.simplefilter("error", FallbackWarning)
        try:
            return "ld.shacl", ours(triples, engine, shapes)
        except Unsupported:  # declared on the data
            pass
        except AssertionError:
            raise
        except Exception as exc:  # noqa: BLE001 -- a failure is what some tests expect
            return "ld.shacl", exc
    with pytest.warns(FallbackWarning, match="pySHACL"):
        validate_triples(triples, shapes)
    return "pySHACL (data)", pyshacl_run(case, shapes)


def pyshacl_run(case: Case, shapes: Graph):
    try:
        return reference(data_graph(case), shapes)
    except Exception as exc:  # noqa: BLE001
        return exc


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=EXPECTED_FAILURES[c.name])]
                 if c.name in EXPECTED_FAILURES else []) for c in CASES])
def test_w3c(case):
    engine, found = run(case)
    expected = expected_report(case)
    if expected is None:
        assert isinstance(found, Exception), f"{engine} validated shapes the suite says must fail: {found}"
        return
    assert not isinstance(found, Exception), f"{engine} failed: {found!r}"
    conforms, results = found
    assert (conforms, sorted(results.elements())) == (expected[0], sorted(expected[1].elements())), engine


def test_the_suite_is_all_there():
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)) and set(EXPECTED_FAILURES) <= set(names)
    assert {n.split("/")[0] for n in names} == {"core", "sparql"}
    assert len(CASES) >= 100  # the manifests were read, not an empty include


if __name__ == "__main__":
    import logging

    warnings.simplefilter("ignore")  # rdflib's, about the suite's ill-formed literals; fallbacks are counted
    logging.disable(logging.ERROR)
    for part in ("core", "sparql"):
        part_cases = [c for c in CASES if c.name.startswith(part + "/")]
        engines = Counter(run(c)[0] for c in part_cases)
        print(f"{part}: {len(part_cases)} tests, {engines['ld.shacl']} on ld.shacl, {engines['pySHACL']} via "
              f"pySHACL (shapes declared unsupported), {engines['pySHACL (data)']} via pySHACL (data declared "
              f"unsupported), {sum(c.name in EXPECTED_FAILURES for c in part_cases)} expected failures")


# ------------------------------------- what the suite does not test, found reading ld.shacl beside it
PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . """


def problems(shapes: str, data: str) -> list:
    report = validate_graph(Graph().parse(data=PREFIXES + data, format="turtle"),
                            Graph().parse(data=PREFIXES + shapes, format="turtle"))
    return sorted((p.focus, p.value) for p in report.problems)


def test_xpath_dollar_is_the_end_of_the_text():
    shapes = 'ex:S sh:targetSubjectsOf ex:code ; sh:property [ sh:path ex:code ; sh:pattern "^ab$" ] .'
    found = problems(shapes, 'ex:a ex:code "ab" . ex:b ex:code "ab\\n" .')  # Python's $ matches before \n
    assert found == [("https://example.org/b", "ab\n")]


def test_every_value_of_a_parameter_is_a_constraint():
    shapes = "ex:S sh:targetSubjectsOf ex:p ; sh:property [ sh:path ex:p ; sh:class ex:A, ex:B ] ."
    data = "ex:x ex:p ex:v . ex:v a ex:A . ex:y ex:p ex:w . ex:w a ex:B . ex:z ex:p ex:u . ex:u a ex:A, ex:B ."
    assert problems(shapes, data) == [("https://example.org/x", "https://example.org/v"),
                                      ("https://example.org/y", "https://example.org/w")]


def test_what_ld_shacl_cannot_judge_is_declared():
    dates = "ex:S sh:targetSubjectsOf ex:start ; sh:property [ sh:path ex:start ; sh:lessThanOrEquals ex:end ] ."
    data = ('ex:a ex:start "2020-01-01T23:00:00-05:00"^^xsd:dateTime ; '  # after the end, though not as text
            'ex:end "2020-01-02T01:00:00Z"^^xsd:dateTime . '
            'ex:b ex:start "2020-01-01T00:00:00Z"^^xsd:dateTime ; ex:end "2020-01-01T01:00:00Z"^^xsd:dateTime .')
    assert compiled(Graph().parse(data=PREFIXES + dates, format="turtle")) is not None  # known when run
    with pytest.warns(FallbackWarning, match="comparing two .*dateTime"):
        assert problems(dates, data) == [("https://example.org/a", "2020-01-01T23:00:00-05:00")]
    for shapes in ("ex:S sh:targetNode ex:a ; sh:datatype xsd:dateTime .",
                   'ex:S sh:targetNode ex:a ; sh:pattern "\\\\w" .',
                   'ex:S sh:targetNode ex:a ; sh:pattern "^[a-z-[aeiou]]+$" .',
                   'ex:S sh:targetNode ex:a ; sh:minInclusive "2020-01-01"^^xsd:date .'):
        with pytest.warns(FallbackWarning):
            assert compiled(Graph().parse(data=PREFIXES + shapes, format="turtle")) is None


def test_files_with_blank_nodes_are_validated():
    shapes = "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:name ; sh:minCount 1 ] ."
    with warnings.catch_warnings():
        warnings.simplefilter("error", FallbackWarning)  # on ld.shacl
        found = problems(shapes, 'ex:a ex:knows [ a ex:C ] , [ a ex:C ; ex:name "n" ] .')
    assert len(found) == 1 and found[0][0].startswith("_:")
