"""A small, deterministic compact JSON-LD writer.

rdflib's JSON-LD serialiser orders nodes by hash and tends to pull in every
bound prefix; we write compact JSON-LD ourselves from sorted triples with our
own bundled context (``ld/data/context.jsonld``) plus the dataset's base as
``ldpub:``; it is embedded in every dump, so that no reader ever fetches a context
from the network, and published as ``context.jsonld`` exactly as embedded.
Nodes are made per named graph and streamed into one ``@graph`` array.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@lru_cache(maxsize=1)
def _bundled() -> dict:
    return json.loads(resources.files("ld").joinpath("data/context.jsonld").read_text("utf-8"))


def context(base: str) -> dict:
    return dict(_bundled()["@context"], ldpub=base)


def context_text(base: str) -> str:
    """The context of a dataset with base ``base``, as the dumps embed it."""
    return json.dumps(context(base), ensure_ascii=False, sort_keys=True, indent=1)


def context_document(base: str) -> str:
    """``context.jsonld``: exactly the context the JSON-LD dump embeds, as a document of its own."""
    return '{"@context": ' + context_text(base) + "}\n"


class Compactor:
    def __init__(self, ctx: dict):
        # longest namespace first, so "ldp:" wins over the shorter base prefix
        self.prefixes = sorted(((k, v) for k, v in ctx.items() if isinstance(v, str) and not k.startswith("@")),
                               key=lambda kv: len(kv[1]), reverse=True)
        self._compacted: dict[str, str] = {}  # predicates, classes and entities recur in every node
        self._references: dict[str, dict] = {}
        # When every namespace ends with "/" or "#", the namespace of an IRI depends on the part up
        # to its last "/" or "#" only: a document's thousand IRIs then share one search.
        self._by_directory: dict[str, tuple[str, str] | None] | None = \
            {} if all(ns.endswith(("/", "#")) for _p, ns in self.prefixes) else None

    def iri(self, iri: str) -> str:
        compact = self._compacted.get(iri)
        if compact is None:
            compact = self._compacted[iri] = self._compact(iri)
        return compact

    def _compact(self, iri: str) -> str:
        if self._by_directory is not None:
            directory = iri[:max(iri.rfind("/"), iri.rfind("#")) + 1]
            if directory not in self._by_directory:
                self._by_directory[directory] = self._longest(directory, shorter=False)
            found = self._by_directory[directory]
            if found is None or len(found[1]) < len(iri):  # (an IRI equal to a namespace: search it all)
                return f"{found[0]}:{iri[len(found[1]):]}" if found else iri
        found = self._longest(iri)
        return f"{found[0]}:{iri[len(found[1]):]}" if found else iri

    def _longest(self, iri: str, shorter: bool = True) -> tuple[str, str] | None:
        """The prefix and namespace of the longest namespace that starts ``iri`` (and is shorter)."""
        for prefix, namespace in self.prefixes:
            if iri.startswith(namespace) and (len(iri) > len(namespace) or not shorter):
                return prefix, namespace
        return None

    def value(self, term):
        text = term.value  # (each attribute of a pyoxigraph term is a call into Rust: read once)
        if type(term) is ox.NamedNode:
            reference = self._references.get(text)
            if reference is None:  # one object per IRI: the writer only reads it
                reference = self._references[text] = {"@id": self.iri(text)}
            return reference
        if type(term) is ox.BlankNode:  # (a CONSTRUCT answer may have them; our data has none)
            return {"@id": "_:" + text}
        language = term.language
        if language:
            return {"@value": text, "@language": language}
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return text
        return {"@value": text, "@type": self.iri(datatype)}


def nodes(triples, base: str) -> list[dict]:
    """Compact node objects, sorted by @id, for a set of ``pyoxigraph.Triple``s."""
    compact = Compactor(context(base))
    iri, value, compacted, references = compact.iri, compact.value, compact._compacted, compact._references
    named = ox.NamedNode
    grouped: dict[str, dict] = {}
    subject, node = None, {}
    for s, p, o in triples:  # (the loop runs once a triple: cached compactions are read inline, not called)
        this = s.value
        if this != subject:  # sorted triples come subject by subject
            if type(s) is ox.BlankNode:
                this = "_:" + this
            subject = this
            node = grouped.setdefault(subject, {})
        predicate = p.value
        item: str | dict
        if predicate == RDF_TYPE:
            key, item = "@type", iri(o.value)
        else:
            key = compacted.get(predicate) or iri(predicate)
            item = (references.get(o.value) or value(o)) if type(o) is named else value(o)
        values = node.get(key)
        if values is None:
            node[key] = [item]
        else:
            values.append(item)
    result = []
    for node_id, properties in sorted((iri(s), properties) for s, properties in grouped.items()):
        node = {"@id": node_id}
        for key, values in properties.items():
            node[key] = values[0] if len(values) == 1 else sorted(values, key=_order)
        result.append(node)
    return result


def document(quads, base: str) -> dict:
    """A whole JSON-LD document, the context embedded, of any triples or quads (their graphs dropped,
    duplicates merged): what the server sends for one resource or one CONSTRUCT answer."""
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads},
                     key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return {"@context": context(base), "@graph": nodes(triples, base)}


def _order(item) -> tuple:
    """Multiple values of a key in a stable order: strings, then references, then the other objects."""
    if isinstance(item, str):
        return 0, item
    if len(item) == 1 and "@id" in item:
        return 1, item["@id"]
    return 2, node_text(item)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps would make one a call


def node_text(node: dict) -> str:
    return _ENCODER.encode(node)


def frame(base: str) -> tuple[str, str, str]:
    """What a compact JSON-LD dump writes before, between and after its nodes: the embedded
    context and the opening of ``@graph``, a separator, the closing."""
    head = '{"@context": ' + context_text(base) + ',\n"@graph": [\n'
    return head, ",\n", "\n]}\n"
