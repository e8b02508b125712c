"""A small, deterministic compact JSON-LD writer.

rdflib's JSON-LD serialiser orders nodes by hash and tends to pull in every
bound prefix; we write compact JSON-LD ourselves from sorted triples with our
own bundled context (``ld/data/context.jsonld``), which is also embedded in
every dump so that no reader ever fetches a context from the network.
Nodes are made per named graph and streamed into one ``@graph`` array.
"""

from __future__ import annotations

import json
from collections import defaultdict
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


class Compactor:
    def __init__(self, ctx: dict):
        # longest namespace first, so "ldp:" wins over the shorter base prefix
        self.prefixes = sorted(((k, v) for k, v in ctx.items() if isinstance(v, str) and not k.startswith("@")),
                               key=lambda kv: len(kv[1]), reverse=True)
        self._compacted: dict[str, str] = {}  # predicates, classes and entities recur in every node
        self._references: dict[str, dict] = {}

    def iri(self, iri: str) -> str:
        compact = self._compacted.get(iri)
        if compact is None:
            compact = self._compacted[iri] = self._compact(iri)
        return compact

    def _compact(self, iri: str) -> str:
        for prefix, namespace in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri

    def value(self, term):
        if isinstance(term, ox.NamedNode):
            reference = self._references.get(term.value)
            if reference is None:  # one object per IRI: the writer only reads it
                reference = self._references[term.value] = {"@id": self.iri(term.value)}
            return reference
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": self.iri(term.datatype.value)}


def nodes(triples, base: str) -> list[dict]:
    """Compact node objects, sorted by @id, for a set of ``pyoxigraph.Triple``s."""
    compact = Compactor(context(base))
    grouped: dict[str, dict] = defaultdict(dict)
    for triple in triples:
        node = grouped[compact.iri(triple.subject.value)]
        if triple.predicate.value == RDF_TYPE:
            node.setdefault("@type", []).append(compact.iri(triple.object.value))
        else:
            node.setdefault(compact.iri(triple.predicate.value), []).append(compact.value(triple.object))
    result = []
    for node_id in sorted(grouped):
        node = {"@id": node_id}
        for key, values in grouped[node_id].items():
            if len(values) == 1:
                node[key] = values[0]
            else:
                node[key] = sorted(values, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        result.append(node)
    return result


def node_text(node: dict) -> str:
    return json.dumps(node, ensure_ascii=False, sort_keys=True)


def frame(base: str) -> tuple[str, str, str]:
    """What a compact JSON-LD dump writes before, between and after its nodes: the embedded
    context and the opening of ``@graph``, a separator, the closing."""
    head = '{"@context": ' + json.dumps(context(base), ensure_ascii=False, sort_keys=True, indent=1) + ',\n"@graph": [\n'
    return head, ",\n", "\n]}\n"
