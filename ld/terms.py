"""Between rdflib terms (what the mapping writes) and pyoxigraph terms (what validation,
the dumps and the queries run on)."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

def serialize(terms, format: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    """``pyoxigraph.serialize`` into bytes (without an output file it always returns them; its
    signature says ``bytes | None`` for both uses)."""
    data = ox.serialize(terms, format=format, prefixes=prefixes)
    assert data is not None
    return data



def load_lines(store: ox.Store, lines: bytes, graph: ox.NamedNode | None = None) -> None:
    """Load N-Triples that this package serialised from pyoxigraph terms into ``store`` (into
    ``graph``, else the default graph). Leniently: each IRI was checked when its term was made, and
    checking again cost a quarter of the load (measured: 3.0 against 4.0 ms a document)."""
    store.load(lines, format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)

# what the mapping collects, before ox_triples sorts it: (subject, predicate, object) of pyoxigraph terms
Triple = tuple[ox.NamedNode, ox.NamedNode, "ox.NamedNode | ox.Literal"]


@lru_cache(maxsize=1 << 16)
def _named(iri: str) -> ox.NamedNode:  # predicates, classes and subjects recur: convert each IRI once
    return ox.NamedNode(iri)


def ox_term(term):
    if type(term) is URIRef:
        return _named(term)
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=_named(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        raise ValueError(f"blank node {term!r}: mint an IRI in ld.vocab instead")
    raise TypeError(f"not an RDF term: {term!r}")


def rdflib_term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


class SortedTriples:
    """A graph's triples in the order of their N-Triples lines: those lines (``nt``), and the same
    triples as (subject, predicate, object) tuples of pyoxigraph terms (``terms``), the ones to loop
    over. No ``pyoxigraph.Triple`` is made: making one from Python costs 1 to 2 µs (bench/triples.py:
    2.7 ms for a document of 2,270 triples), and reading its terms makes three new Python objects each
    time. A serialiser gets them from ``oxigraph()``, parsed from the lines."""

    __slots__ = ("terms", "nt")

    def __init__(self, terms: list[tuple], nt: bytes):
        self.terms, self.nt = terms, nt

    def __len__(self) -> int:
        return len(self.terms)

    def oxigraph(self):
        """The triples as pyoxigraph quads of the default graph, for ``pyoxigraph.serialize``: parsed
        from the lines in Rust, faster than ``pyoxigraph.Triple`` calls would make them."""
        return ox.parse(self.nt, format=ox.RdfFormat.N_TRIPLES, lenient=True)


def ox_triples(graph) -> SortedTriples:
    """The triples of a graph (or any iterable of rdflib or pyoxigraph triples) as pyoxigraph terms,
    in the order of their N-Triples lines (the order of every dump's lines), with those lines. A
    term's ``str`` is its N-Triples form, as Oxigraph's serialiser writes it (tests/test_properties.py)."""
    rows = [(s, p, o) if type(p) is ox.NamedNode else (ox_term(s), ox_term(p), ox_term(o)) for s, p, o in graph]
    lines = [f"{s} {p} {o} .\n" for s, p, o in rows]
    order = sorted(range(len(lines)), key=lines.__getitem__)
    return SortedTriples([rows[i] for i in order], "".join([lines[i] for i in order]).encode())


class OxNamespace:
    """``SCHEMA.name`` as a ``pyoxigraph.NamedNode``, made once per name."""

    def __init__(self, namespace: object):  # a str, or one of rdflib's namespaces
        self._namespace = str(namespace)
        self._terms: dict[str, ox.NamedNode] = {}

    def __getattr__(self, name: str) -> ox.NamedNode:  # only called for a name not yet an attribute
        if name.startswith("__"):
            raise AttributeError(name)
        term = self[name]
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> ox.NamedNode:
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = ox.NamedNode(self._namespace + name)
        return term


XSD = OxNamespace("http://www.w3.org/2001/XMLSchema#")


def literal(value, lang: str | None = None, datatype: ox.NamedNode | None = None) -> ox.Literal:
    """A literal as rdflib's ``Literal`` would write it: Python booleans and integers typed, decimals
    in rdflib's canonical form (what the dumps held when the mapping wrote rdflib terms)."""
    if lang:
        return ox.Literal(value, language=lang)
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=XSD.boolean)
    if datatype is None:
        return ox.Literal(str(value), datatype=XSD.integer) if isinstance(value, int) else ox.Literal(value)
    if datatype == XSD.decimal:
        value = str(Literal(value, datatype=URIRef(datatype.value)))
    return ox.Literal(str(value), datatype=datatype)
