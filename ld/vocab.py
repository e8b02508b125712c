"""Namespaces and the one place where IRIs are minted.

schema.org is bound to **http** (as schema.org's own context and Wikidata do);
rdflib's SDO is https, so we define our own namespace object.
"""

from __future__ import annotations

import re
from typing import Callable, Generic, TypeVar
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, VOID, XSD

T = TypeVar("T", URIRef, ox.NamedNode)  # the kind of term an Iris mints

SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
SH = Namespace("http://www.w3.org/ns/shacl#")
# Our vocabulary belongs to the software, not to one dataset, so its namespace
# is fixed even when a publisher configures another base for its data: shapes
# and queries then work for every dataset built with ldpub.
LDP = Namespace("https://w3id.org/ldpub/ns#")

PREFIXES = {
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "oa": str(OA),
    "prov": str(PROV),
    "dcat": str(DCAT),
    "void": str(VOID),
    "wd": str(WD),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "spdx": str(SPDX),
    "ldp": str(LDP),
}

def turtle_prefixes(base: str) -> dict[str, str]:
    """Prefixes for Turtle and TriG: entity IRIs read as person:mao-zedong.
    No prefix for documents: their hash IRIs would need escaping (doc:1\\#seg-1)."""
    return dict(PREFIXES, **{path: f"{base}{path}/" for path in ENTITY_PATHS.values()})


ENTITY_PATHS = {"Person": "person", "Place": "place", "Organization": "organization",
                "CreativeWork": "work", "Event": "event"}
ENTITY_CLASSES = {"Person": SCHEMA.Person, "Place": SCHEMA.Place, "Organization": SCHEMA.Organization,
                  "CreativeWork": SCHEMA.CreativeWork, "Event": SCHEMA.Event}


def wikidata(qid: str) -> URIRef:
    return WD[qid]


_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")


def _encoded(segment: str) -> str:
    """Percent-encoded but for RFC 3986's unreserved characters (most segments have nothing to encode)."""
    return segment if _UNRESERVED.fullmatch(segment) else quote(segment, safe="-_.~")


class Iris(Generic[T]):
    """Mints every IRI of a dataset under one base, as rdflib terms (``Iris.ox`` mints pyoxigraph ones)."""

    # the rdflib term by default; OxIris mints pyoxigraph ones (a plain ``Iris`` annotation accepts both)
    term: Callable[[str], T] = URIRef  # type: ignore[assignment]

    def __init__(self, base: str):
        self.base = base
        # a document's parts and the entities are minted thousands of times a build: their common parts once
        self._documents: dict[str, str] = {}
        self._entities: dict[tuple[str, str], T] = {}

    def ox(self) -> OxIris:
        """The same minting, as ``pyoxigraph.NamedNode``s (what the mapping writes)."""
        return self if isinstance(self, OxIris) else OxIris(self.base)

    def _iri(self, *segments: str, fragment: str = "") -> T:
        # each segment is percent-encoded on its own, so minting is injective
        path = "/".join(_encoded(s) for s in segments)
        return self.term(self.base + path + (f"#{_encoded(fragment)}" if fragment else ""))

    def document(self, doc_id: str) -> T:
        return self._iri("document", doc_id)

    def part(self, doc_id: str, fragment: str) -> T:
        document = self._documents.get(doc_id)
        if document is None:
            document = self._documents[doc_id] = f"{self.base}document/{_encoded(doc_id)}#"
        return self.term(document + _encoded(fragment))

    def segment(self, doc_id: str, position: int) -> T:
        return self.part(doc_id, f"seg-{position:04d}")

    def mention(self, doc_id: str, position: int, number: int) -> T:
        return self.part(doc_id, f"m-{position:04d}-{number}")

    def note(self, doc_id: str, number: str) -> T:
        return self.part(doc_id, f"note-{number}")

    def entity(self, kind: str, slug: str) -> T:
        minted = self._entities.get((kind, slug))
        if minted is None:
            minted = self._entities[kind, slug] = self._iri(ENTITY_PATHS[kind], slug)
        return minted

    def link(self, kind: str, slug: str) -> T:
        return self._iri("link", ENTITY_PATHS[kind], slug)

    def graph(self, name: str) -> T:
        return self._iri("graph", name)

    @property
    def dataset(self) -> T:
        return self._iri("dataset")

    def distribution(self, filename: str) -> T:
        return self._iri("dataset", fragment=filename)

    def run(self, run_id: str) -> T:
        return self._iri("run", run_id)

    def software(self, version: str) -> T:
        return self._iri("software", "ldpub", version)

    def linkset(self) -> T:
        return self._iri("dataset", fragment="wikidata-links")


class OxIris(Iris[ox.NamedNode]):
    term = ox.NamedNode
