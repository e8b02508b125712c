"""A small, deterministic compact JSON-LD writer.

rdflib's JSON-LD serialiser orders nodes by hash and tends to pull in every
bound prefix; we write compact JSON-LD ourselves from sorted triples with our
own bundled context (``ld/data/context.jsonld``), which is also embedded in
every dump so that no reader ever fetches a context from the network.
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
def context() -> dict:
    return json.loads(resources.files("ld").joinpath("data/context.jsonld").read_text("utf-8"))


class Compactor:
    def __init__(self, prefixes: dict[str, str]):
        # longest namespace first, so "ldp:" wins over a shorter base prefix
        self.prefixes = sorted(prefixes.items(), key=lambda kv: len(kv[1]), reverse=True)

    def iri(self, iri: str) -> str:
        for prefix, namespace in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri

    def value(self, term):
        if isinstance(term, ox.NamedNode):
            return {"@id": self.iri(term.value)}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": self.iri(term.datatype.value)}


def dumps(triples, base: str) -> str:
    """Compact JSON-LD for sorted ``pyoxigraph.Triple``s (the union graph)."""
    ctx = dict(context()["@context"])
    ctx["ldpub"] = base
    compact = Compactor({k: v for k, v in ctx.items() if isinstance(v, str) and not k.startswith("@")})
    nodes: dict[str, dict] = defaultdict(dict)
    for triple in triples:
        node = nodes[compact.iri(triple.subject.value)]
        if triple.predicate.value == RDF_TYPE:
            node.setdefault("@type", []).append(compact.iri(triple.object.value))
        else:
            node.setdefault(compact.iri(triple.predicate.value), []).append(compact.value(triple.object))
    graph = []
    for node_id in sorted(nodes):
        node = {"@id": node_id}
        for key, values in nodes[node_id].items():
            values = sorted(values, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
            node[key] = values[0] if len(values) == 1 else values
        graph.append(node)
    return json.dumps({"@context": ctx, "@graph": graph}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
