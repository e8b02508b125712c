"""SHACL validation, turned into a ``Report`` of ``Problem``s.

Two engines read the same shapes: ``ld.shacl`` (ours, compiled once, on
pyoxigraph terms; what builds use) and pySHACL (the reference, used for any
shapes graph with a feature ``ld.shacl`` does not implement, with a
:class:`FallbackWarning`, and by the tests to check that both agree)."""

from __future__ import annotations

import warnings
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor

from ld import data_folder
from ld.errors import InputError
from ld.formats import DUMPS, JSONLD, TURTLE
from ld.problems import Problem, Report
from ld.shacl import Shapes, Unsupported
from ld.terms import ox_term, rdflib_term
from ld.vocab import SH

SHAPES_DIR = data_folder("shapes")
# file suffix -> rdflib parser: the dumps' (the one table of formats), and what else people validate
FORMATS = {**{"." + f.key: f.rdflib for f in DUMPS}, ".json": JSONLD.rdflib, ".rdf": "xml", ".owl": "xml"}


class FallbackWarning(UserWarning):
    """The shapes use a SHACL feature ``ld.shacl`` lacks: pySHACL, about ten times slower, runs them."""


class PreparedQueryProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, keeping each query it has parsed.

    pySHACL hands rdflib the text of a SHACL-SPARQL constraint on every call, and
    parsing it cost as much as running it on a document's graph (60 ms of the 235 ms
    a synthetic document took to validate). A parsed query is what rdflib's
    ``prepareQuery`` returns: made to be reused. Only the data graphs we hand to
    pySHACL use it (:class:`_PreparedGraph`): rdflib's own processor stays what every
    other graph in the process gets."""

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # type: ignore[override]  # noqa: N803,E501  (rdflib's stub names it query(strOrQuery, initBindings, initNs, base, DEBUG) without defaults)
        if isinstance(strOrQuery, str):
            strOrQuery = _prepared(strOrQuery, base, tuple(sorted((initNs or {}).items())))
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


@lru_cache(maxsize=256)
def _prepared(text: str, base, namespaces: tuple):
    return translateQuery(parseQuery(text), base, dict(namespaces))


class _PreparedGraph(Graph):
    """A data graph whose SPARQL queries go through :class:`PreparedQueryProcessor` (pySHACL
    validates it in place: without inference it does not copy it)."""

    def query(self, query_object, processor="sparql", *args, **kwargs):
        if processor == "sparql":
            processor = PreparedQueryProcessor(self)
        return super().query(query_object, processor, *args, **kwargs)


@lru_cache(maxsize=4)
def load_shapes(shapes_dir: Path = SHAPES_DIR) -> Graph:
    """All shapes files of a folder, parsed once per process."""
    graph = Graph(bind_namespaces="none")  # rdflib would bind schema: to https
    files = sorted(Path(shapes_dir).glob("*.ttl"))
    if not files:
        raise InputError("no shapes (*.ttl) found", path=shapes_dir)
    for path in files:
        graph.parse(path, format=TURTLE.rdflib)
    return graph


@lru_cache(maxsize=4)
def compiled(shapes: Graph) -> Shapes | None:
    """The shapes compiled for ``ld.shacl``, or None when they need pySHACL."""
    try:
        return Shapes(shapes)
    except Unsupported as exc:
        _fallback(exc)
        return None


def _fallback(exc: Unsupported) -> None:
    warnings.warn(f"the shapes use {exc}, which ld.shacl does not implement: validating with pySHACL, "
                  "about ten times slower", FallbackWarning, stacklevel=3)


def validate_triples(triples, shapes: Graph | None = None, store=None, graphs=None) -> Report:
    """Validate pyoxigraph triples. ``store``, if given, holds them, in its default graph or in
    ``graphs``: the SPARQL constraints run there."""
    shapes = shapes if shapes is not None else load_shapes()
    engine = compiled(shapes)
    if engine is not None:
        try:
            return Report(_clipped(engine.validate(triples, store, graphs)))
        except Unsupported as exc:  # found in the data (a SPARQL constraint on a blank node, ...)
            _fallback(exc)
    graph = Graph()
    for s, p, o, *_ in triples:
        graph.add((rdflib_term(s), rdflib_term(p), rdflib_term(o)))
    return pyshacl_report(graph, shapes)


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    shapes = shapes if shapes is not None else load_shapes()
    engine = compiled(shapes)
    if engine is not None:
        try:
            return Report(_clipped(engine.validate([(_term(s), _term(p), _term(o)) for s, p, o in data])))
        except Unsupported as exc:
            _fallback(exc)
    return pyshacl_report(data, shapes)


def _term(term):
    """A term of a file to validate (which, unlike ours, may hold blank nodes) for ld.shacl."""
    return ox.BlankNode(str(term)) if isinstance(term, BNode) else ox_term(term)


def pyshacl_report(data: Graph, shapes: Graph) -> Report:
    """The reference engine."""
    return Report(list(problems_from(pyshacl_results(data, shapes), shapes)))


def pyshacl_results(data: Graph, shapes: Graph) -> Graph:
    """pySHACL's validation report graph."""
    prepared = _PreparedGraph(bind_namespaces="none")
    prepared += data
    _conforms, results, _text = pyshacl.validate(
        prepared, shacl_graph=shapes, inference="none", allow_warnings=True)
    return results


def problems_from(results: Graph, shapes: Graph):
    # the report's results only: pySHACL also types the nested results of sh:node (sh:detail)
    # as validation results, which SHACL does not count as results of the report
    for result in results.objects(results.value(predicate=RDF.type, object=SH.ValidationReport), SH.result):
        severity = results.value(result, SH.resultSeverity)
        shape = results.value(result, SH.sourceShape)
        constraint = results.value(result, SH.sourceConstraint)
        named = constraint if isinstance(constraint, URIRef) else _named_shape(shape, shapes)
        if isinstance(constraint, URIRef):  # SHACL-SPARQL: pySHACL fills in the message template
            message = results.value(result, SH.resultMessage)
        else:  # our message: the shape's own, else that of the named shape holding it
            message = shapes.value(shape, SH.message) or shapes.value(named, SH.message) \
                or results.value(result, SH.resultMessage)
        yield Problem(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            code=str(named).rsplit("#", 1)[-1] if isinstance(named, URIRef) else "shape",
            message=str(message or "does not conform"),
            focus=_show(results.value(result, SH.focusNode)),
            path=_show(results.value(result, SH.resultPath)),
            value=_clip(_show(results.value(result, SH.value))),
        )


def _named_shape(shape, shapes: Graph):
    """A shape's IRI, or for an anonymous property shape the named shape that holds it."""
    if isinstance(shape, URIRef):
        return shape
    return shapes.value(predicate=SH.property, object=shape)


def _show(term) -> str:
    return "" if term is None else str(term)


def _clipped(problems: list[Problem]) -> list[Problem]:
    return [p if _clip(p.value) is p.value else replace(p, value=_clip(p.value)) for p in problems]


def _clip(text: str, width: int = 160) -> str:
    """A value as reports show it: the focus node already says where, and a whole speech turn
    (the value of a pattern check) would drown the report."""
    return text if len(text) <= width else text[:width - 1] + "…"


def read_rdf(path: Path) -> Graph:
    """Any RDF file as one graph (the union of a dataset's graphs)."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown RDF file extension {path.suffix!r}", path=path,
                         hint=f"use one of {', '.join(sorted(FORMATS))}")
    if not path.is_file():
        raise InputError("file not found", path=path)
    try:
        if fmt in {f.rdflib for f in DUMPS if f.named_graphs}:
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _g in dataset.quads():
                graph.add((s, p, o))
            return graph
        graph = Graph()
        graph.parse(path, format=fmt)
        return graph
    except Exception as exc:  # rdflib raises many parser types; all mean a malformed file
        line = getattr(exc, "lines", None) or getattr(exc, "line", None)
        raise InputError(f"not valid {fmt}: {str(exc).strip().splitlines()[0][:300]}", path=path,
                         line=line if isinstance(line, int) else None) from None


def validate_files(paths: list[Path], shapes_dir: Path | None = None) -> Report:
    data = Graph()
    for path in paths:
        data += read_rdf(Path(path))
    return validate_graph(data, load_shapes(shapes_dir or SHAPES_DIR))
