"""Linked data on the web: a WSGI application over a published dist/ folder.

* Every IRI under the dataset's base is answered on the local server at the path
  after the base: ``{base}document/300025`` at ``/document/300025``, and so on.
* Content negotiation (q-values, ``Vary: Accept``, 406) over HTML, Turtle,
  JSON-LD, N-Triples and N-Quads; a file extension (``.ttl`` ...) picks a format
  explicitly. Persons, places, organisations, works and events are things, not
  documents: their IRIs answer ``303 See Other`` to a description document.
* ``/sparql``: a read-only SPARQL 1.1 Protocol endpoint with a time limit and a
  result-size limit, CORS, and a service description.
* ``/dist/<file>``: the dumps, exactly the files that ``manifest.json`` lists.
* :func:`write_static_site` writes the same pages and per-resource RDF files for
  any static web server, with an example ``.htaccess``.

The dump is loaded once into an in-memory pyoxigraph store; pages are built
from SPARQL answers by the pure functions of :mod:`ld.html` and cached, each
rendered once per publication. After a rebuild of dist/, :class:`Reloading`
switches everything to the new publication at once. The HTTP server is waitress,
with the limits of :class:`Limits`; ``SERVICE`` is refused before a query runs
(:func:`service_calls`) unless config.toml allows its endpoint.

The SPARQL time limit. A pyoxigraph query cannot be interrupted from Python, and
it releases the GIL while it runs, so a thread given up on a timeout would go on
using a CPU core until the query ends (a cross join: for ever). User queries
therefore run in a small pool of worker *processes* (``python -m ld.serve
--worker DIST``), each holding its own copy of the store; a worker that passes
the time limit, or its memory cap (``RLIMIT_AS``), is killed (the answer is 503)
and a fresh one is started. Pages run our own, bounded queries in-process.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import posixpath
import queue
import re
import resource
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import tomllib
import traceback
from collections import OrderedDict, defaultdict
from concurrent.futures import Future
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress import wasyncore
from waitress.server import TcpWSGIServer

import ld
from ld import html, jsonld
from ld.config import DEFAULT_BASE, load_config
from ld.errors import InputError, LdError
from ld.vocab import ENTITY_PATHS, LDP, PREFIXES, turtle_prefixes

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SCHEMA = "http://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"
OA = "http://www.w3.org/ns/oa#"
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
SHAPES_DIR = ld.data_folder("shapes")
ENTITY_KIND_PATHS = tuple(ENTITY_PATHS.values())  # person, place, organization, work, event
KIND_OF_CLASS = {SCHEMA + "Person": "person", SCHEMA + "Place": "place", SCHEMA + "Organization": "organization",
                 SCHEMA + "ArchiveOrganization": "organization", SCHEMA + "CreativeWork": "work",
                 SCHEMA + "Event": "event"}

# format key -> (media type sent, extension); the order is the server's preference on ties
RESOURCE_FORMATS = {
    "html": "text/html; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
}
RESOURCE_ACCEPTS = {  # media types a client may ask for -> format key
    "text/html": "html", "application/xhtml+xml": "html",
    "text/turtle": "ttl", "application/x-turtle": "ttl",
    "application/ld+json": "jsonld", "application/json": "jsonld",
    "application/n-triples": "nt",
    "application/n-quads": "nq",
}
SOLUTION_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
SOLUTION_ACCEPTS = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/html": "html", "application/xhtml+xml": "html",
}
GRAPH_FORMATS = {
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "html": "text/html; charset=utf-8",
}
GRAPH_ACCEPTS = {
    "text/turtle": "ttl", "application/x-turtle": "ttl", "application/n-triples": "nt",
    "application/ld+json": "jsonld", "application/json": "jsonld", "application/rdf+xml": "rdfxml",
    "text/html": "html", "application/xhtml+xml": "html",
}
FORMAT_PARAM = {  # ?format= / ?output= values -> (solution format, graph format)
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
    "html": ("html", "html"), "turtle": (None, "ttl"), "ttl": (None, "ttl"), "ntriples": (None, "nt"),
    "nt": (None, "nt"), "jsonld": (None, "jsonld"), "rdfxml": (None, "rdfxml"),
}
UPDATE_KEYWORDS = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
MAX_BODY = 1 << 20  # bytes of a POSTed query
CORS = [("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Expose-Headers", "Content-Location, Link, Location, Vary, X-SPARQL-MaxRows")]
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


class ServeError(LdError):
    """The server cannot start (no dump, a bad option, the port is taken)."""


# =========================================================================== content negotiation

def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q) pairs; parameters other than q are ignored."""
    ranges = []
    for item in (header or "").split(","):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if not media or "/" not in media:
            continue
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def negotiate(header: str | None, accepts: dict[str, str], formats: dict[str, str] | list[str]) -> str | None:
    """The format key the client prefers among ``formats`` (key -> media type, in the server's
    order of preference for ties); ``None`` when nothing acceptable is available (406). No
    header means anything. ``accepts`` maps every media type a client may name (aliases such
    as application/json included) to a key; wildcards (text/*) match a format's own type only."""
    order = list(formats)
    primary = {k: formats[k].split(";")[0] for k in order} if isinstance(formats, dict) else \
        {k: next(m for m, v in accepts.items() if v == k) for k in order}
    ranges = parse_accept(header)
    if not ranges:
        return order[0] if header is None or not header.strip() else None
    best, best_q = None, 0.0
    for key in order:
        q = _quality(key, ranges, accepts, primary[key])
        if q > best_q:
            best, best_q = key, q
    return best


def _quality(key: str, ranges: list[tuple[str, float]], accepts: dict[str, str], primary: str) -> float:
    """q of the most specific range that matches format ``key``: any of its media types exactly,
    or its own media type through a wildcard."""
    exact = [rq for rng, rq in ranges if accepts.get(rng) == key]
    if exact:
        return max(exact)
    kind = primary.split("/")[0]
    partial = [rq for rng, rq in ranges if rng == f"{kind}/*"]
    if partial:
        return max(partial)
    return max((rq for rng, rq in ranges if rng == "*/*"), default=0.0)


# =========================================================================== the published data

@dataclass(frozen=True)
class Resource:
    """Something under the base that we answer for."""

    kind: str  # document | entity | dataset | ns | shapes | graph | describe
    iri: str
    path: str  # below the base, percent-encoded as minted
    entity_kind: str = ""


def manifest_key(dist: str | Path) -> str | None:
    """The SHA-256 of ``dist/manifest.json``, which lists the size and SHA-256 of every published
    file: one value per publication (``None`` without a manifest)."""
    try:
        return hashlib.sha256((Path(dist) / "manifest.json").read_bytes()).hexdigest()
    except OSError:
        return None


def _nn(iri: str) -> str:
    """An IRI for a SPARQL query text (validated, so nothing can break out of <...>)."""
    return str(ox.NamedNode(iri))


def _lang_names() -> dict[str, str]:
    try:
        layout = tomllib.loads(resources.files("ld").joinpath("data/layout.toml").read_text("utf-8"))
        return {tag: name for name, tag in layout.get("languages", {}).items()}
    except (OSError, tomllib.TOMLDecodeError):
        return {}


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def human_date(term) -> str:
    if term is None:
        return ""
    value = term.value
    m = re.fullmatch(r"(-?\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    m = re.fullmatch(r"(-?\d{4})-(\d{2})", value)
    if m:
        return f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    return value


def _value(term) -> str | None:
    return None if term is None else term.value


def _best_literal(terms, lang: str = "en") -> str | None:
    """The literal in ``lang``, else one without language, else the first (sorted) one."""
    literals = sorted((t for t in terms if isinstance(t, ox.Literal)), key=lambda t: (t.language or "", t.value))
    for t in literals:
        if t.language == lang:
            return t.value
    for t in literals:
        if not t.language:
            return t.value
    return literals[0].value if literals else None


class Publication:
    """The published dataset, loaded once: resources, their RDF, and the data of their pages."""

    def __init__(self, dist: str | Path, *, source: str | Path | None = None, base: str | None = None,
                 queries_dir: str | Path | None = None, shapes_dir: str | Path | None = None,
                 verify: bool = True):
        from ld.query import open_store

        self.dist = Path(dist).resolve()
        self.key = manifest_key(self.dist)  # which publication: the SHA-256 of manifest.json
        self.store = open_store(self.dist, verify=verify)
        if manifest_key(self.dist) != self.key:
            raise ServeError(f"{self.dist} changed while it was loaded", hint="try again when the build has finished")
        self.config = None
        if source is not None and (Path(source) / "config.toml").is_file():
            self.config = load_config(Path(source) / "config.toml")
        self.base = base or self._uri_space() or (self.config.base if self.config else DEFAULT_BASE)
        if self.config and self.config.base != self.base:
            print(f"warning: {self.config.path} sets base {self.config.base}, the dump was built with "
                  f"{self.base}; serving {self.base}", file=sys.stderr)
        self.dataset_iri = self.base + "dataset"
        self.prefixes = turtle_prefixes(self.base)
        self.queries_dir = Path(queries_dir) if queries_dir else None
        self.shapes_dir = Path(shapes_dir) if shapes_dir else SHAPES_DIR
        self.manifest = self._manifest()
        self.files = self._files()
        self.languages = _lang_names()
        meta = self._props(self.dataset_iri)
        self.title = (_best_literal(meta.get("http://purl.org/dc/terms/title", []))
                      or (self.config.title if self.config else "Linked data"))
        license_ = meta.get("http://purl.org/dc/terms/license", [])
        self.license = license_[0].value if license_ else (self.config.license if self.config else None)

    # ------------------------------------------------------------------ basics
    def _uri_space(self) -> str | None:
        rows = self.select(f"SELECT ?space WHERE {{ ?ds <{VOID}uriSpace> ?space }} LIMIT 1")
        return rows[0]["space"].value if rows else None

    def _manifest(self) -> dict:
        path = self.dist / "manifest.json"
        try:
            data = json.loads(path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _files(self) -> dict[str, dict]:
        """The downloadable files: what manifest.json lists, plus the manifest and SHA256SUMS."""
        files = {}
        for entry in self.manifest.get("files", []):
            name = entry.get("path") if isinstance(entry, dict) else None
            if (name and "/" not in name and not name.startswith(".") and not name.endswith(".html")
                    and (self.dist / name).is_file()):
                files[name] = entry
        for name in ("manifest.json", "SHA256SUMS"):
            if (self.dist / name).is_file():
                files[name] = {"path": name, "bytes": (self.dist / name).stat().st_size,
                               "media_type": "application/json" if name.endswith(".json") else "text/plain"}
        if not self.manifest:  # a dist/ without manifest: its dumps
            for path in sorted(self.dist.glob("dataset.*")):
                files[path.name] = {"path": path.name, "bytes": path.stat().st_size}
        return files

    def select(self, text: str, **options) -> list[dict]:
        answer = self.store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES, **options)
        names = [v.value for v in answer.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in answer]

    def _props(self, iri: str, graph: str | None = None) -> dict[str, list]:
        props: dict[str, list] = defaultdict(list)
        g = ox.NamedNode(graph) if graph else None
        for quad in self.store.quads_for_pattern(ox.NamedNode(iri), None, None, g):
            if quad.object not in props[quad.predicate.value]:
                props[quad.predicate.value].append(quad.object)
        return props

    def _exists(self, iri: str) -> bool:
        return next(iter(self.store.quads_for_pattern(ox.NamedNode(iri), None, None, None)), None) is not None

    # ------------------------------------------------------------------ resources
    def resolve(self, path: str) -> Resource | None:
        """The resource at a path below the base (percent-encoded, no extension), if any."""
        iri = self.base + path
        if path == "dataset":
            return Resource("dataset", iri, path)
        if path == "ns":
            return Resource("ns", iri, path)
        if path == "shapes":
            return Resource("shapes", iri, path) if self._shape_files() else None
        if not path or path.startswith(("dist/", "sparql")):
            return None
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return None
        parts = path.split("/")
        if len(parts) == 2 and parts[0] in ENTITY_KIND_PATHS:
            if next(iter(self.store.quads_for_pattern(node, ox.NamedNode(RDF_TYPE), None, None)), None):
                return Resource("entity", iri, path, parts[0])
            return None
        if len(parts) == 2 and parts[0] == "document" and self.store.contains_named_graph(node):
            return Resource("document", iri, path)
        if len(parts) == 2 and parts[0] == "graph" and self.store.contains_named_graph(node):
            return Resource("graph", iri, path)
        if self._exists(iri):
            return Resource("describe", iri, path)
        return None

    def resources(self) -> list[Resource]:
        """Every page of a static site: documents, entities, the dataset, vocabulary and shapes."""
        found = [self.resolve("dataset"), self.resolve("ns"), self.resolve("shapes")]
        for row in self.select("SELECT DISTINCT ?doc WHERE { GRAPH ?doc { ?doc a schema:Conversation } } "
                               "ORDER BY ?doc"):
            iri = row["doc"].value
            if iri.startswith(self.base):
                found.append(Resource("document", iri, iri[len(self.base):]))
        for row in self.select("SELECT DISTINCT ?e WHERE { ?e a ?type } ORDER BY ?e"):
            iri = row["e"].value
            rest = iri[len(self.base):] if iri.startswith(self.base) else ""
            parts = rest.split("/")
            if len(parts) == 2 and parts[0] in ENTITY_KIND_PATHS and parts[1] and "#" not in rest:
                found.append(Resource("entity", iri, rest, parts[0]))
        return [r for r in found if r is not None]

    def _shape_files(self) -> list[Path]:
        return sorted(self.shapes_dir.glob("*.ttl")) if self.shapes_dir.is_dir() else []

    def _ns_bytes(self) -> bytes:
        path = self.dist / "ns.ttl"
        if path.is_file():
            return path.read_bytes()
        return resources.files("ld").joinpath("data/ns.ttl").read_bytes()

    # ------------------------------------------------------------------ RDF of a resource
    def quads(self, res: Resource, *, sparql_endpoint: str | None = None) -> list:
        """The description of a resource, as quads (triples of files come in the default graph)."""
        store = self.store
        if res.kind in ("document", "graph"):
            return list(store.quads_for_pattern(None, None, None, ox.NamedNode(res.iri)))
        if res.kind == "ns":
            return list(ox.parse(self._ns_bytes(), format=ox.RdfFormat.TURTLE))
        if res.kind == "shapes":
            triples = []
            for path in self._shape_files():
                triples.extend(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
            return triples
        if res.kind == "dataset":
            graph = ox.NamedNode(self.base + "graph/dataset")
            quads = list(store.quads_for_pattern(None, None, None, graph))
            seen = {(q.subject, q.predicate, q.object) for q in quads}
            void = self.dist / "void.ttl"
            if void.is_file():
                for t in ox.parse(path=str(void), format=ox.RdfFormat.TURTLE):
                    if (t.subject, t.predicate, t.object) not in seen:
                        quads.append(ox.Quad(t.subject, t.predicate, t.object, graph))
            if sparql_endpoint:
                quads.append(ox.Quad(ox.NamedNode(self.dataset_iri), ox.NamedNode(VOID + "sparqlEndpoint"),
                                     ox.NamedNode(sparql_endpoint), graph))
            return quads
        node = ox.NamedNode(res.iri)
        if res.kind == "entity":
            quads = list(store.quads_for_pattern(node, None, None, None))
            for link in store.quads_for_pattern(None, ox.NamedNode(OA + "hasTarget"), node, None):
                quads.extend(store.quads_for_pattern(link.subject, None, None, None))
            has_body = ox.NamedNode(OA + "hasBody")
            quads.extend(q for q in store.quads_for_pattern(None, None, node, None)
                         if q.predicate != has_body and q.predicate.value != OA + "hasTarget")
            return _unique(quads)
        # anything else: the subject and the hash IRIs it leads to (a concise bounded description)
        quads, seen, todo = [], {res.iri}, [node]
        while todo:
            subject = todo.pop()
            for q in store.quads_for_pattern(subject, None, None, None):
                quads.append(q)
                o = q.object
                if isinstance(o, ox.NamedNode) and o.value.startswith(res.iri + "#") and o.value not in seen:
                    seen.add(o.value)
                    todo.append(o)
        return _unique(quads)

    def rdf(self, res: Resource, fmt: str, *, sparql_endpoint: str | None = None) -> bytes:
        """The resource's description serialised as ``ttl``, ``jsonld``, ``nt`` or ``nq``."""
        if fmt == "ttl" and res.kind == "ns":
            return self._ns_bytes()
        if fmt == "ttl" and res.kind == "shapes" and len(self._shape_files()) == 1:
            return self._shape_files()[0].read_bytes()
        return serialize(self.quads(res, sparql_endpoint=sparql_endpoint), fmt, self.base, self.prefixes)

    # ------------------------------------------------------------------ page data
    def entity_summaries(self, iris) -> dict[str, dict]:
        """name (English first), kind and Wikidata QID of each IRI."""
        iris = sorted(set(iris))
        out: dict[str, dict] = {}
        for start in range(0, len(iris), 200):
            chunk = iris[start:start + 200]
            rows = self.select("SELECT ?e ?name ?type ?same WHERE { VALUES ?e { " + " ".join(map(_nn, chunk))
                               + " } OPTIONAL { ?e schema:name ?name } OPTIONAL { ?e a ?type } "
                                 "OPTIONAL { ?e schema:sameAs ?same } }")
            names, kinds, qids = defaultdict(list), {}, {}
            for row in rows:
                e = row["e"].value
                if "name" in row:
                    names[e].append(row["name"])
                if "type" in row and row["type"].value in KIND_OF_CLASS:
                    kinds.setdefault(e, KIND_OF_CLASS[row["type"].value])
                if "same" in row and row["same"].value.startswith(WD):
                    qids[e] = row["same"].value[len(WD):]
            for e in chunk:
                out[e] = {"iri": e, "name": _best_literal(names[e]) or _slug_name(e),
                          "kind": self._kind_of(e) or kinds.get(e, ""), "qid": qids.get(e)}
        return out

    def _kind_of(self, iri: str) -> str:
        if iri.startswith(self.base):
            head = iri[len(self.base):].split("/")[0]
            if head in ENTITY_KIND_PATHS:
                return head
        return ""

    def doc_summaries(self, iris) -> dict[str, dict]:
        iris = sorted(set(iris))
        out = {}
        for start in range(0, len(iris), 200):
            chunk = iris[start:start + 200]
            rows = self.select("SELECT ?d ?id ?title ?date WHERE { VALUES ?d { " + " ".join(map(_nn, chunk))
                               + " } OPTIONAL { ?d schema:identifier ?id } OPTIONAL { ?d schema:name ?title } "
                                 "OPTIONAL { ?d dcterms:date ?date } }")
            for row in rows:
                d = row["d"].value
                entry = out.setdefault(d, {"iri": d, "id": _value(row.get("id")), "title": None, "date": "",
                                           "sort": ""})
                if "title" in row and (entry["title"] is None or row["title"].language == "en"):
                    entry["title"] = row["title"].value
                if "date" in row:
                    entry["date"], entry["sort"] = human_date(row["date"]), row["date"].value
        return out

    def downloads(self) -> list[dict]:
        def order(name):
            return (not name.startswith("dataset."), name)
        return [{"name": name, "media_type": entry.get("content_media_type") or entry.get("media_type", ""),
                 "bytes": entry.get("bytes"), "sha256": entry.get("sha256", "")}
                for name, entry in sorted(self.files.items(), key=lambda kv: order(kv[0]))]

    def jsonld(self, res: Resource, **kw) -> dict:
        return jsonld_document(self.quads(res, **kw), self.base)

    def spans(self, where: str) -> dict[str, list[dict]]:
        """Mentions, insertions and footnote call-outs on text sources, keyed by source IRI.
        ``where`` is a group graph pattern binding ?a (the annotation)."""
        rows = self.select(
            "SELECT ?a ?motivation ?body ?source ?start ?end ?uncertain ?label ?insertion WHERE { " + where +
            " ?a oa:motivatedBy ?motivation ; oa:hasTarget ?t . ?t oa:hasSource ?source ; oa:hasSelector ?ps . "
            "?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end . "
            "OPTIONAL { ?a oa:hasBody ?body } OPTIONAL { ?a ldp:uncertain ?uncertain } "
            "OPTIONAL { ?a rdfs:label ?label } "
            "BIND(EXISTS { ?a a ldp:EditorialInsertion } AS ?insertion) }")
        bodies = self.entity_summaries(r["body"].value for r in rows
                                       if "body" in r and r["motivation"].value == OA + "identifying")
        spans: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            motivation = r["motivation"].value
            try:
                start, end = int(r["start"].value), int(r["end"].value)
            except ValueError:
                continue
            span = {"start": start, "end": end, "iri": r["a"].value}
            if motivation == OA + "identifying" and "body" in r:
                span.update(kind="mention", entity=bodies[r["body"].value],
                            uncertain=_value(r.get("uncertain")) in ("true", "1"))
            elif r.get("insertion") is not None and r["insertion"].value == "true":
                span.update(kind="insertion")
            elif motivation == OA + "commenting":
                fragment = r["a"].value.partition("#")[2]
                span.update(kind="note", label=_value(r.get("label")) or fragment, fragment=fragment)
            else:
                continue
            spans[r["source"].value].append(span)
        for items in spans.values():
            items.sort(key=lambda s: (s["start"], -s["end"], s["iri"]))
        return spans

    def document_data(self, res: Resource) -> dict:
        iri, graph = res.iri, _nn(res.iri)
        props = self._props(iri, res.iri)
        one = lambda p: props.get(p, [None])[0]  # noqa: E731
        refs = {}
        for role in ("translator", "publisher", "funder"):
            if one(SCHEMA + role) is not None:
                refs[role] = one(SCHEMA + role).value
        original = {}
        orig = one(SCHEMA + "translationOfWork")
        if orig is not None:
            op = self._props(orig.value)
            tag = _value((op.get(SCHEMA + "inLanguage") or [None])[0])
            name = self.languages.get(tag or "", "")
            original = {"language": f"{name} ({tag})" if name and tag else tag,
                        "reference": _value((op.get(SCHEMA + "identifier") or [None])[0]),
                        "fonds": _value((op.get(str(LDP.fonds)) or [None])[0]),
                        "file": _value((op.get(str(LDP.archivalFile)) or [None])[0]),
                        "folios": _value((op.get(str(LDP.folios)) or [None])[0])}
            archive = (op.get(SCHEMA + "holdingArchive") or [None])[0]
            if archive is not None:
                refs["archive"] = archive.value
        attendees = [r["p"].value for r in self.select(
            f"SELECT ?p WHERE {{ GRAPH {graph} {{ ?e schema:recordedIn {graph} ; schema:attendee ?p }} }}")]
        segments = self.select(
            f"SELECT ?seg ?pos ?text ?sender ?label ?embedded ?continues ?stage WHERE {{ GRAPH {graph} {{ "
            f"?seg schema:isPartOf {graph} ; schema:position ?pos . OPTIONAL {{ ?seg schema:text ?text }} "
            "OPTIONAL { ?seg schema:sender ?sender } OPTIONAL { ?seg ldp:speakerLabel ?label } "
            "OPTIONAL { ?seg ldp:embeddedIn ?embedded } OPTIONAL { ?seg ldp:continues ?continues } "
            "BIND(EXISTS { ?seg a ldp:StageDirection } AS ?stage) } } ORDER BY ?pos ?seg")
        notes = self.select(
            f"SELECT ?n ?label ?text ?body ?source WHERE {{ GRAPH {graph} {{ ?n oa:motivatedBy oa:commenting ; "
            "oa:hasBody ?body . ?body rdf:value ?text . OPTIONAL { ?n rdfs:label ?label } "
            "OPTIONAL { ?n oa:hasTarget/oa:hasSource ?source } } }")
        spans = self.spans(f"GRAPH {graph} {{ ?a a oa:Annotation }}")
        people = self.entity_summaries([*refs.values(), *attendees,
                                        *(r["sender"].value for r in segments if "sender" in r)])
        positions = {r["seg"].value: _value(r["pos"]) for r in segments}
        segs = []
        for r in segments:
            seg = r["seg"].value
            stage = r.get("stage") is not None and r["stage"].value == "true"
            item = {"iri": seg, "fragment": seg.partition("#")[2], "position": int(r["pos"].value),
                    "kind": "stage" if stage else "turn", "text": _value(r.get("text")) or "",
                    "label": _value(r.get("label")), "spans": spans.get(seg, [])}
            if not stage:
                item["speaker"] = people.get(r["sender"].value) if "sender" in r else None
                for key in ("embedded", "continues"):
                    if key in r:
                        name = "embedded_in" if key == "embedded" else "continues"
                        item[name] = r[key].value.partition("#")[2]
                        item[name + "_position"] = positions.get(r[key].value, "")
            segs.append(item)
        note_items = []
        for r in sorted(notes, key=lambda r: _natural(_value(r.get("label")) or r["n"].value)):
            fragment = r["n"].value.partition("#")[2]
            note_items.append({"fragment": fragment, "label": _value(r.get("label")) or fragment,
                               "text": r["text"].value, "spans": spans.get(r["body"].value, []),
                               "anchored": "source" in r and r["source"].value != iri})
        counts: dict[str, int] = defaultdict(int)
        for items in spans.values():
            for s in items:
                if s["kind"] == "mention":
                    counts[s["entity"]["iri"]] += 1
        mentioned = self.entity_summaries([*counts, *(o.value for o in props.get(SCHEMA + "mentions", []))])
        entities = [dict(e, count=counts.get(e["iri"], 0)) for e in mentioned.values()]
        return {
            "iri": iri, "id": _value(one(SCHEMA + "identifier")),
            "title": _best_literal(props.get(SCHEMA + "name", [])),
            "date": human_date(one("http://purl.org/dc/terms/date")),
            "summary": _best_literal(props.get(SCHEMA + "abstract", [])), "summary_spans": spans.get(f"{iri}#summary", []),
            "citation": _value(one("http://purl.org/dc/terms/bibliographicCitation")),
            "url": _value(one(SCHEMA + "url")), "rights": _best_literal(props.get("http://purl.org/dc/terms/rights", [])),
            "credits": _best_literal(props.get(SCHEMA + "creditText", [])),
            "translator": people.get(refs.get("translator")), "publisher": people.get(refs.get("publisher")),
            "funder": people.get(refs.get("funder")),
            "original": dict(original, archive=people.get(refs.get("archive"))) if original else None,
            "attendees": sorted((people[a] for a in attendees), key=lambda p: p["name"]),
            "segments": segs, "notes": note_items, "entities": entities, "downloads": self.downloads(),
        }

    def entity_data(self, res: Resource) -> dict:
        iri, node = res.iri, _nn(res.iri)
        props = self._props(iri)
        names = sorted({(t.language or "", t.value) for t in props.get(SCHEMA + "name", [])
                        if isinstance(t, ox.Literal)}, key=lambda n: (n[0] != "en", n))
        qid = next((t.value[len(WD):] for t in props.get(SCHEMA + "sameAs", []) if t.value.startswith(WD)), None)
        link = {}
        rows = self.select(f"SELECT ?method ?evidence ?confidence WHERE {{ ?rec oa:hasTarget {node} ; "
                           "oa:motivatedBy oa:linking . OPTIONAL { ?rec ldp:method ?method } "
                           "OPTIONAL { ?rec ldp:evidence ?evidence } OPTIONAL { ?rec ldp:confidence ?confidence } }")
        if rows:
            method = _value(rows[0].get("method")) or ""
            link = {"method": method.rpartition("#")[2] or method, "evidence": _value(rows[0].get("evidence")),
                    "confidence": _value(rows[0].get("confidence"))}
        turns = self.select(f"SELECT ?seg ?doc ?pos ?text ?label WHERE {{ GRAPH ?doc {{ ?seg schema:sender {node} ; "
                            "schema:position ?pos . OPTIONAL { ?seg schema:text ?text } "
                            "OPTIONAL { ?seg ldp:speakerLabel ?label } } }")
        turn_spans = self.spans(f"GRAPH ?g {{ ?a oa:hasTarget/oa:hasSource ?src . ?src schema:sender {node} }}") \
            if turns else {}
        mentions = self.select(
            f"SELECT ?a ?doc ?source ?pos ?exact ?prefix ?suffix ?uncertain WHERE {{ GRAPH ?doc {{ "
            f"?a oa:hasBody {node} ; oa:motivatedBy oa:identifying ; oa:hasTarget ?t . ?t oa:hasSource ?source . "
            "OPTIONAL { ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact . "
            "OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix } } "
            "OPTIONAL { ?source schema:position ?pos } OPTIONAL { ?a ldp:uncertain ?uncertain } } }")
        mentioning = [r["doc"].value for r in self.select(
            f"SELECT DISTINCT ?doc WHERE {{ ?doc a schema:Conversation ; schema:mentions {node} }}")]
        roles = self.select(
            "SELECT DISTINCT ?doc ?role WHERE { ?doc a schema:Conversation . "
            f"{{ ?doc ?role {node} FILTER(?role IN (schema:translator, schema:publisher, schema:funder)) }} UNION "
            f"{{ ?doc schema:translationOfWork/schema:holdingArchive {node} BIND(schema:holdingArchive AS ?role) }} "
            f"UNION {{ ?ev schema:recordedIn ?doc ; schema:attendee {node} BIND(schema:attendee AS ?role) }} }}")
        docs = self.doc_summaries([r["doc"].value for r in (*turns, *mentions, *roles)] + mentioning)
        role_names = {"translator": "Translator", "publisher": "Publisher", "funder": "Funder",
                      "holdingArchive": "Holding archive of the original", "attendee": "Participant"}
        counts: dict[str, int] = defaultdict(int)
        for r in mentions:
            counts[r["doc"].value] += 1

        def doc_key(d):
            return (docs[d]["sort"], docs[d]["iri"])
        turn_items = [{"doc": docs[r["doc"].value], "position": int(r["pos"].value),
                       "fragment": r["seg"].value.partition("#")[2], "text": _value(r.get("text")) or "",
                       "label": _value(r.get("label")), "spans": turn_spans.get(r["seg"].value, [])}
                      for r in turns]
        turn_items.sort(key=lambda t: (doc_key(t["doc"]["iri"]), t["position"]))
        mention_items = []
        for r in mentions:
            source = r["source"].value
            doc = docs[r["doc"].value]
            fragment = source.partition("#")[2] if source.startswith(doc["iri"] + "#") else ""
            where = ("summary" if source == doc["iri"] else
                     "note " + fragment.split("-")[1] if fragment.startswith("note-") else "")
            mention_items.append({"doc": doc, "fragment": fragment.replace("-body", "") if fragment else "",
                                  "position": int(r["pos"].value) if "pos" in r else None, "where": where,
                                  "exact": _value(r.get("exact")), "prefix": _value(r.get("prefix")),
                                  "suffix": _value(r.get("suffix")),
                                  "uncertain": _value(r.get("uncertain")) in ("true", "1"), "iri": r["a"].value})
        mention_items.sort(key=lambda m: (doc_key(m["doc"]["iri"]), m["position"] or 0, m["iri"]))
        documents = [dict(docs[d], count=counts.get(d, 0)) for d in sorted(set(mentioning) | set(counts),
                                                                           key=doc_key)]
        latitude = _value((props.get(SCHEMA + "latitude") or [None])[0])
        longitude = _value((props.get(SCHEMA + "longitude") or [None])[0])
        return {
            "iri": iri, "kind": res.entity_kind,
            "name": _best_literal(props.get(SCHEMA + "name", [])) or _slug_name(iri),
            "names": names, "alternate": sorted({t.value for t in props.get(SCHEMA + "alternateName", [])}),
            "qid": qid, "link": link, "latitude": latitude, "longitude": longitude,
            "roles": sorted(({"doc": docs[r["doc"].value], "role": role_names.get(
                r["role"].value.rpartition("/")[2], r["role"].value)} for r in roles),
                key=lambda r: (doc_key(r["doc"]["iri"]), r["role"])),
            "turns": turn_items, "mentions": mention_items, "documents": documents,
        }

    def dataset_data(self) -> dict:
        props = self._props(self.dataset_iri)
        one = lambda p: (props.get(p) or [None])[0]  # noqa: E731
        counts = self.select(
            "SELECT (COUNT(DISTINCT ?d) AS ?documents) WHERE { ?d a schema:Conversation }")[0]
        turns = self.select("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a ldp:SpeechTurn }")[0]
        stages = self.select("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a ldp:StageDirection }")[0]
        mentions = self.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a oa:motivatedBy oa:identifying }")[0]
        entity_rows = self.select(
            "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e a ?type . "
            "FILTER(?type IN (schema:Person, schema:Place, schema:Organization, schema:CreativeWork, schema:Event)) "
            "OPTIONAL { ?a oa:hasBody ?e ; oa:motivatedBy oa:identifying } } GROUP BY ?e")
        entity_iris = [r["e"].value for r in entity_rows if self._kind_of(r["e"].value)
                       and "#" not in r["e"].value]
        summaries = self.entity_summaries(entity_iris)
        mention_counts = {r["e"].value: int(r["n"].value) for r in entity_rows}
        entities = [dict(summaries[e], count=mention_counts.get(e, 0)) for e in entity_iris]
        by_kind: dict[str, int] = defaultdict(int)
        for e in entities:
            by_kind[e["kind"]] += 1
        links = sum(1 for e in entities if e.get("qid"))
        stats = [("Documents", counts["documents"].value), ("Speech turns", turns["n"].value),
                 ("Stage directions", stages["n"].value), ("Mentions of entities", mentions["n"].value)]
        stats += [(html.KIND_TITLES[k], str(by_kind[k])) for k in ENTITY_KIND_PATHS if by_kind.get(k)]
        stats.append(("Entities linked to Wikidata", str(links)))
        for label, prop in (("Triples", "triples"), ("Distinct subjects", "distinctSubjects"),
                            ("Typed resources", "entities"), ("Classes", "classes")):
            if one(VOID + prop) is not None:
                stats.append((label, one(VOID + prop).value))
        docs = self.select("SELECT ?d WHERE { GRAPH ?d { ?d a schema:Conversation } }")
        summaries_docs = self.doc_summaries(r["d"].value for r in docs)
        documents = sorted(summaries_docs.values(), key=lambda d: (d["sort"], d["iri"]))
        publisher = one("http://purl.org/dc/terms/publisher")
        return {
            "iri": self.dataset_iri, "title": self.title,
            "description": _best_literal(props.get("http://purl.org/dc/terms/description", [])),
            "license": self.license, "uri_space": _value(one(VOID + "uriSpace")) or self.base,
            "publisher": self.entity_summaries([publisher.value])[publisher.value] if publisher else None,
            "stats": stats, "downloads": self.downloads(), "queries": self.queries(),
            "documents": documents, "entities": entities, "sparql_iri": self.base + "sparql",
        }

    def queries(self) -> list[dict]:
        folder = self.queries_dir
        if folder is None or not folder.is_dir():
            return []
        out = []
        for path in sorted(folder.glob("*.rq")):
            try:
                out.append({"name": path.stem, "text": path.read_text("utf-8")})
            except (OSError, UnicodeDecodeError):
                continue
        return out

    def generic_data(self, res: Resource, quads) -> dict:
        """Triples grouped by subject, with compact labels, for the generic page."""
        labels = sorted({**PREFIXES, **self.prefixes, "sh": "http://www.w3.org/ns/shacl#",
                         "shp": "https://w3id.org/ldpub/shapes#"}.items(), key=lambda kv: -len(kv[1]))

        def label(iri):
            for prefix, ns in labels:
                if iri.startswith(ns) and len(iri) > len(ns):
                    return f"{prefix}:{iri[len(ns):]}"
            return iri

        def term(t):
            if isinstance(t, ox.NamedNode):
                return {"iri": t.value, "label": label(t.value)}
            if isinstance(t, ox.BlankNode):
                return {"bnode": t.value}
            if isinstance(t, ox.Literal):
                dt = t.datatype.value if t.datatype is not None else None
                return {"value": t.value, "language": t.language,
                        "datatype": label(dt) if dt and dt != XSD + "string" and not t.language else None}
            return {"value": str(t)}

        subjects: dict = {}
        for q in quads:
            s = q.subject
            key = (isinstance(s, ox.BlankNode), s.value)
            entry = subjects.setdefault(key, {"term": term(s), "props": defaultdict(list)})
            o = term(q.object)
            if o not in entry["props"][q.predicate.value]:
                entry["props"][q.predicate.value].append(o)
        out = []
        for key in sorted(subjects):
            entry = subjects[key]
            props = [(term(ox.NamedNode(p)), sorted(objs, key=lambda o: json.dumps(o, sort_keys=True)))
                     for p, objs in sorted(entry["props"].items(), key=lambda kv: (kv[0] != RDF_TYPE, kv[0]))]
            fragment = key[1].partition("#")[2] if not key[0] and key[1].startswith(res.iri + "#") else ""
            out.append({"term": entry["term"], "fragment": fragment, "properties": props})
        return out

    def page(self, res: Resource, nav: html.Nav, *, sparql_endpoint: str | None = None) -> str:
        """The HTML page of a resource."""
        if res.kind == "document":
            data = self.document_data(res)
            data["jsonld"] = jsonld_document(_without_annotations(self.quads(res)), self.base)
            return html.document_page(data, nav)
        if res.kind == "entity":
            data = self.entity_data(res)
            data["jsonld"] = self.jsonld(res)
            return html.entity_page(data, nav)
        if res.kind == "dataset":
            data = self.dataset_data()
            data["jsonld"] = self.jsonld(res, sparql_endpoint=sparql_endpoint)
            return html.dataset_page(data, nav)
        quads = self.quads(res)
        titles = {"ns": ("The ldpub vocabulary", "Classes and properties of our own, used with schema.org, "
                                                  "Dublin Core and the W3C Web Annotation model."),
                  "shapes": ("SHACL shapes", "The shapes every published graph is validated against."),
                  "graph": (f"Named graph {res.path}", "Every triple of this named graph."),
                  "describe": (res.path, "")}
        title, description = titles[res.kind]
        data = {"iri": res.iri, "title": title, "description": description,
                "subjects": self.generic_data(res, quads) if res.kind != "shapes" else
                [s for s in self.generic_data(res, quads) if "iri" in s["term"]],
                "jsonld": jsonld_document(quads, self.base) if res.kind != "graph" else None}
        if res.kind == "shapes":
            data["source"] = "\n".join(p.read_text("utf-8") for p in self._shape_files())
        return html.resource_page(data, nav)


ANNOTATION_MACHINERY = {OA + "SpecificResource", OA + "TextPositionSelector", OA + "TextQuoteSelector",
                        str(LDP.EditorialInsertion)}


def _without_annotations(quads) -> list:
    """A document's quads without the mention and insertion annotations and their selectors:
    what a page embeds as JSON-LD (the full graph is one link away, in every RDF format)."""
    drop = set()
    for q in quads:
        if q.predicate.value == RDF_TYPE and q.object.value in ANNOTATION_MACHINERY:
            drop.add(q.subject)
        elif q.predicate.value == OA + "motivatedBy" and q.object.value == OA + "identifying":
            drop.add(q.subject)
    return [q for q in quads if q.subject not in drop]


def _slug_name(iri: str) -> str:
    return unquote(iri.rstrip("/").rpartition("/")[2]).replace("-", " ")


def _natural(text: str):
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


def _unique(quads) -> list:
    seen, out = set(), []
    for q in quads:
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out


# =========================================================================== serialisation

def serialize(quads, fmt: str, base: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Quads (or triples) as ``ttl``, ``jsonld``, ``nt`` or ``nq``: sorted, so the bytes are stable."""
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads},
                     key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if fmt == "ttl":
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes or turtle_prefixes(base))
    if fmt == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if fmt == "nq":
        full = [q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object) for q in quads]
        full = sorted(set(full), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                               str(q.object)))
        return ox.serialize(full, format=ox.RdfFormat.N_QUADS)
    if fmt == "jsonld":
        return (json.dumps(jsonld_document(triples, base), ensure_ascii=False, sort_keys=True, indent=1)
                + "\n").encode("utf-8")
    if fmt == "rdfxml":
        return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=prefixes or turtle_prefixes(base))
    raise ValueError(f"unknown RDF format {fmt!r}")


def jsonld_document(quads, base: str) -> dict:
    """Compact JSON-LD with our bundled context (never fetched), blank nodes as ``_:id``."""
    context = jsonld.context(base)
    compact = jsonld.Compactor(context)

    def ident(term) -> str:
        return "_:" + term.value if isinstance(term, ox.BlankNode) else compact.iri(term.value)

    grouped: dict[str, dict] = defaultdict(dict)
    for q in quads:
        node = grouped[ident(q.subject)]
        o = q.object
        if q.predicate.value == RDF_TYPE and isinstance(o, ox.NamedNode):
            node.setdefault("@type", []).append(compact.iri(o.value))
        elif isinstance(o, (ox.NamedNode, ox.BlankNode)):
            node.setdefault(compact.iri(q.predicate.value), []).append({"@id": ident(o)})
        else:
            node.setdefault(compact.iri(q.predicate.value), []).append(compact.value(o))
    nodes = []
    for node_id in sorted(grouped):
        node = {"@id": node_id}
        for key, values in grouped[node_id].items():
            unique = {json.dumps(v, sort_keys=True, ensure_ascii=False): v for v in values}
            values = [unique[k] for k in sorted(unique)]
            node[key] = values[0] if len(values) == 1 else values
        nodes.append(node)
    return {"@context": context, "@graph": nodes}


# =========================================================================== SPARQL: worker processes

def _send(stream, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">Q", len(data)) + data)
    stream.flush()


def _read_exact(fd: int, size: int, deadline: float | None) -> bytes:
    chunks, remaining = [], size
    while remaining:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("the worker closed its output")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _receive(fd: int, deadline: float | None, limit: int | None = None):
    (size,) = struct.unpack(">Q", _read_exact(fd, 8, deadline))
    if limit is not None and size > limit:
        raise OverflowError(f"an answer of {size} bytes")
    return pickle.loads(_read_exact(fd, size, deadline))


def _cap_memory(megabytes: int) -> int:
    """Limit this process's address space to what it uses now plus ``megabytes`` (RLIMIT_AS): an
    allocation past it fails, and the query with it. The bytes allowed."""
    with open("/proc/self/statm") as f:
        used = int(f.read().split()[0]) * resource.getpagesize()
    limit = used + (megabytes << 20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return limit


class Worker:
    """One query process: ``python -m ld.serve --worker DIST``."""

    def __init__(self, dist: Path, memory: int, ready_timeout: float = 120.0):
        env = dict(os.environ)
        package_root = str(Path(ld.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.proc = subprocess.Popen([sys.executable, "-m", "ld.serve", "--worker", str(dist), str(memory)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        try:
            hello = _receive(self.proc.stdout.fileno(), time.monotonic() + ready_timeout)
        except (TimeoutError, EOFError, pickle.UnpicklingError, struct.error) as exc:
            self.kill()
            raise ServeError(f"a SPARQL worker did not start: {exc or type(exc).__name__}") from None
        if not hello.get("ready"):
            self.kill()
            raise ServeError(f"a SPARQL worker did not start: {hello.get('error')}")
        self.pid = self.proc.pid
        self.manifest = hello.get("manifest")  # the publication it loaded

    def ask(self, request: dict, deadline: float, limit: int) -> dict:
        _send(self.proc.stdin, request)
        return _receive(self.proc.stdout.fileno(), deadline, limit)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except (OSError, ValueError):
                pass

    def close(self) -> None:
        try:
            self.proc.stdin.close()  # the worker exits on end of input
            self.proc.wait(timeout=2)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        self.kill()


class QueryPool:
    """A few worker processes that run user queries; a query past ``timeout`` seconds, or past
    ``memory`` MB beyond the loaded data (RLIMIT_AS), has its worker killed and replaced, and an
    answer of more than ``max_bytes`` is refused. Started on first use (or by :meth:`start`)."""

    def __init__(self, dist: Path, *, workers: int = 2, timeout: float = 10.0, max_rows: int = 10000,
                 memory: int = 1024, max_bytes: int = 64 << 20, manifest: str | None = None):
        self.dist, self.size, self.timeout, self.max_rows = Path(dist), max(1, workers), timeout, max_rows
        self.memory, self.max_bytes = memory, max_bytes
        self.manifest = manifest  # the publication its workers must hold (None: whatever dist/ holds)
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self.killed = 0  # workers killed for passing the time limit

    def start(self, wait: bool = False) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        threads = [threading.Thread(target=self._spawn, daemon=True) for _ in range(self.size)]
        for t in threads:
            t.start()
        if wait:
            for t in threads:
                t.join()

    def _spawn(self) -> None:
        try:
            worker = Worker(self.dist, self.memory)
        except ServeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return
        if self.manifest is not None and worker.manifest != self.manifest:
            worker.close()  # dist/ was rebuilt: the server's next publication gets new workers
            return
        with self._lock:
            if self._closed:
                worker.close()
                return
            self._all.add(worker)
        self._idle.put(worker)

    def run(self, request: dict) -> dict:
        self.start()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return {"status": 503, "error": f"every query worker is busy; try again later (waited {self.timeout:g} s)"}
        request = dict(request, max_rows=self.max_rows, max_bytes=self.max_bytes, memory_message=self.memory_message)
        try:
            reply = worker.ask(request, time.monotonic() + self.timeout, self.max_bytes + (1 << 16))
        except TimeoutError:
            self._retire(worker)
            self.killed += 1
            return {"status": 503, "error": f"the query ran longer than the time limit of {self.timeout:g} s "
                                            "and was stopped; make it more selective (LIMIT, fewer joins)"}
        except (EOFError, OSError, OverflowError, pickle.UnpicklingError, struct.error) as exc:
            try:
                died = worker.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                died = None
            self._retire(worker)
            if died in (-signal.SIGABRT, -signal.SIGKILL):  # an allocation past RLIMIT_AS aborts Rust code
                self.killed += 1
                return {"status": 503, "error": self.memory_message}
            return {"status": 500, "error": f"the query worker failed ({exc or type(exc).__name__})"}
        if reply.get("retire"):  # a MemoryError in Python: start afresh
            self._retire(worker)
            self.killed += 1
        else:
            self._idle.put(worker)
        return reply

    @property
    def memory_message(self) -> str:
        return (f"the query needed more than the memory limit of {self.memory} MB and was stopped; make it "
                "more selective (LIMIT, fewer joins, no ORDER BY over a large result)")

    def _retire(self, worker: Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            closed = self._closed
        if not closed:
            threading.Thread(target=self._spawn, daemon=True).start()

    def ready(self) -> bool:
        """Whether every worker is running (after :meth:`start` with ``wait``)."""
        with self._lock:
            return len(self._all) == self.size

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._all)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.close()


def _xml_results(variables, rows, boolean=None) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>" + "".join(f'<variable name="{xml_escape(v)}"/>' for v in variables) + "</head>"]
    if boolean is not None:
        out.append(f"<boolean>{'true' if boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in rows:
            out.append("<result>")
            for v, t in zip(variables, row):
                if t is not None:
                    out.append(f'<binding name="{xml_escape(v)}">{_xml_term(t)}</binding>')
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "".join(out).encode("utf-8")


def _xml_term(t) -> str:
    q = {'"': "&quot;"}
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f'<literal xml:lang="{xml_escape(t.language, q)}">{xml_escape(t.value)}</literal>'
        if t.datatype.value != XSD + "string":
            return f'<literal datatype="{xml_escape(t.datatype.value, q)}">{xml_escape(t.value)}</literal>'
        return f"<literal>{xml_escape(t.value)}</literal>"
    return f"<literal>{xml_escape(str(t))}</literal>"


def execute(store, request: dict) -> dict:
    """Run one user query (in a worker); the answer serialised in the requested format."""
    options = {"prefixes": request.get("prefixes") or PREFIXES}
    if request.get("default_graphs"):
        options["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"]]
    else:
        options["use_default_graph_as_union"] = True
    if request.get("named_graphs"):
        options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    max_rows = request.get("max_rows") or 0
    try:
        reply = _answer(store, request, options, max_rows)
    except MemoryError:
        return {"status": 503, "retire": True, "error": request.get("memory_message", "out of memory")}
    max_bytes = request.get("max_bytes")
    if max_bytes and len(reply.get("body", b"")) > max_bytes:
        return {"status": 503, "error": f"the answer is larger than the limit of {max_bytes >> 20} MB; "
                                        "ask for fewer rows (LIMIT) or shorter values"}
    return reply


def _answer(store, request: dict, options: dict, max_rows: int) -> dict:
    from ld.query import Result, to_csv, to_json, to_tsv

    try:
        answer = store.query(request["query"], **options)
        if isinstance(answer, ox.QueryBoolean):
            fmt = request.get("solution_format")
            if fmt is None:
                return {"status": 406, "error": "an ASK answer can be given as " + ", ".join(
                    m for m in SOLUTION_FORMATS.values())}
            value = bool(answer)
            if fmt == "xml":
                body = _xml_results([], [], value)
            else:
                body = (to_json(Result("ask", boolean=value)) if fmt in ("json", "html")
                        else ("true\n" if value else "false\n")).encode()
            return {"status": 200, "kind": "ask", "format": fmt, "body": body}
        if isinstance(answer, ox.QuerySolutions):
            fmt = request.get("solution_format")
            if fmt is None:
                return {"status": 406, "error": "a SELECT answer can be given as "
                                                + ", ".join(SOLUTION_FORMATS.values())}
            variables = tuple(v.value for v in answer.variables)
            rows, truncated = [], False
            for solution in answer:
                if max_rows and len(rows) >= max_rows:
                    truncated = True
                    break
                rows.append(tuple(solution[v] for v in variables))
            result = Result("select", variables=variables, rows=tuple(rows))
            body = {"json": to_json, "html": to_json, "csv": to_csv, "tsv": to_tsv}.get(fmt)
            data = body(result).encode("utf-8") if body else _xml_results(variables, rows)
            return {"status": 200, "kind": "select", "format": fmt, "body": data, "truncated": truncated}
        fmt = request.get("graph_format")
        if fmt is None:
            return {"status": 406, "error": "a CONSTRUCT or DESCRIBE answer can be given as "
                                            + ", ".join(GRAPH_FORMATS.values())}
        triples, truncated = [], False
        for triple in answer:
            if max_rows and len(triples) >= max_rows:
                truncated = True
                break
            triples.append(triple)
        kind = "nt" if fmt == "html" else fmt
        body = serialize(triples, kind, request.get("base", DEFAULT_BASE), request.get("prefixes"))
        return {"status": 200, "kind": "graph", "format": fmt, "body": body, "truncated": truncated}
    except SyntaxError as exc:
        return {"status": 400, "error": f"SPARQL syntax error: {exc}"}
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        return {"status": 400, "error": f"the query failed: {exc}"}


def _worker_main(dist: str, memory: int) -> int:
    """The loop of a query worker: requests on stdin, answers on stdout, until end of input."""
    from ld.query import open_store

    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print must not corrupt the answers
    inp = os.fdopen(0, "rb", buffering=0)
    parent = os.getppid()

    def watchdog():  # the server died without closing our input: stop even mid-query
        while True:
            time.sleep(1)
            if os.getppid() != parent:
                os._exit(1)
    threading.Thread(target=watchdog, daemon=True).start()
    try:
        before = manifest_key(dist)
        store = open_store(dist, verify=False)
    except LdError as exc:
        _send(out, {"ready": False, "error": str(exc)})
        return 2
    try:
        limit = _cap_memory(memory)
    except (OSError, ValueError) as exc:  # no /proc (not Linux): serve, but say the cap is missing
        print(f"warning: SPARQL queries run without a memory cap: {exc}", file=sys.stderr, flush=True)
        limit = None
    _send(out, {"ready": True, "quads": len(store), "memory_limit": limit,
                "manifest": before if manifest_key(dist) == before else None})
    fd = inp.fileno()
    while True:
        try:
            request = _receive(fd, None)
        except (EOFError, struct.error):
            return 0
        try:
            reply = execute(store, request)
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            reply = {"status": 500, "error": f"{type(exc).__name__}: {exc}"}
        _send(out, reply)


# =========================================================================== the WSGI application

@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    file: Path | None = None


STATUS = {200: "OK", 204: "No Content", 301: "Moved Permanently", 303: "See Other", 304: "Not Modified",
          400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
          410: "Gone", 413: "Content Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error",
          503: "Service Unavailable"}


class BadPath(Exception):
    pass


def local_path(raw: str) -> str:
    """The path below the base for a raw request path, normalised as IRIs are minted
    (each segment percent-encoded on its own). Refuses dot segments, encoded slashes,
    backslashes and NUL, encoded or not (:class:`BadPath`)."""
    path = raw.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        raise BadPath("the path must start with /")
    lowered = path.lower()
    if any(bad in lowered for bad in ("%2f", "%5c", "%00", "\\", "\x00")):
        raise BadPath("encoded slashes, backslashes and NUL are not allowed in paths")
    segments = []
    for segment in path[1:].split("/"):
        try:
            decoded = unquote(segment, errors="strict")
        except UnicodeDecodeError:
            raise BadPath("the path is not UTF-8") from None
        if decoded in (".", "..") or "/" in decoded or any(ord(c) < 32 for c in decoded):
            raise BadPath("dot segments and control characters are not allowed in paths")
        segments.append(quote(decoded, safe="-_.~"))
    return "/".join(segments)


class App:
    """The WSGI application: ``App(publication)(environ, start_response)``."""

    EXTENSIONS = ("html", "ttl", "jsonld", "nt", "nq")

    def __init__(self, publication: Publication, *, pool: QueryPool | None = None, cache_size: int = 512,
                 quiet: bool = True):
        self.pub = publication
        self.pool = pool
        self.quiet = quiet
        self.services = frozenset(publication.config.sparql_services if publication.config else ())
        self._cache: OrderedDict = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        self._rendering: dict[tuple, Future] = {}
        self.renders = 0  # pages and RDF representations rendered (each once while cached)
        self.watched = publication.dist  # the folder whose rebuilds are served (see Reloading)
        self.remake = None  # () -> a new App for a rebuilt dist/ (set by make_app)
        self.nav = html.Nav(self.pub.base, static=False, downloads="dist/", sparql="sparql" if pool else None,
                            site_title=self.pub.title, license=self.pub.license)

    # ------------------------------------------------------------------ WSGI
    def __call__(self, environ, start_response):
        try:
            response = self.handle(environ)
        except Exception:  # noqa: BLE001 - answer 500, log the traceback, keep serving
            traceback.print_exc()
            response = self._text(500, "internal server error")
        method = environ.get("REQUEST_METHOD", "GET").upper()
        headers = [*CORS, ("X-Content-Type-Options", "nosniff"), *response.headers]
        status = f"{response.status} {STATUS.get(response.status, '')}".strip()
        if response.file is not None:
            size = response.file.stat().st_size
            start_response(status, headers + [("Content-Length", str(size))])
            if method == "HEAD":
                return [b""]
            handle = open(response.file, "rb")
            wrapper = environ.get("wsgi.file_wrapper")
            return wrapper(handle, 1 << 16) if wrapper else iter(lambda: handle.read(1 << 16), b"")
        start_response(status, headers + [("Content-Length", str(len(response.body)))])
        return [b"" if method == "HEAD" else response.body]

    def handle(self, environ) -> Response:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        raw = environ.get("REQUEST_URI") or quote(environ.get("PATH_INFO", "/").encode("latin-1"), safe="/%")
        script = environ.get("SCRIPT_NAME", "").rstrip("/")
        if script and raw.startswith(script + "/"):
            raw = raw[len(script):]
        try:
            path = local_path(raw)
        except BadPath as exc:
            return self._text(400, f"bad request path: {exc}")
        from ld import routes  # retired IRIs (301, 410) and the reconciliation service, before the rest

        routed = routes.route(self, path, method, environ)
        if routed is not None:
            return routed
        if method == "OPTIONS":
            return Response(204, [("Allow", "GET, HEAD, POST, OPTIONS" if path == "sparql" else "GET, HEAD, OPTIONS"),
                                  ("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS"),
                                  ("Access-Control-Allow-Headers", "Accept, Content-Type, Origin"),
                                  ("Access-Control-Max-Age", "86400")])
        if path == "sparql":
            return self.sparql(environ, method)
        if method not in ("GET", "HEAD"):
            return Response(405, [("Allow", "GET, HEAD, OPTIONS"), ("Content-Type", "text/plain; charset=utf-8")],
                            f"{method} is not allowed here\n".encode())
        accept = environ.get("HTTP_ACCEPT")
        if path == "":
            return Response(303, [("Location", f"{script}/dataset"), ("Content-Type", "text/plain; charset=utf-8")],
                            b"See /dataset\n")
        if path.startswith("dist/"):
            return self.download(path[len("dist/"):])
        res, fmt = self.lookup(path)
        if res is None:
            return self._not_found(accept, path)
        if fmt is not None:
            return self.representation(res, fmt, environ)
        fmt = negotiate(accept, RESOURCE_ACCEPTS, RESOURCE_FORMATS)
        vary = [("Vary", "Accept")]
        if fmt is None:
            return self._text(406, "Not acceptable. This resource is available as: "
                              + ", ".join(m.split(";")[0] for m in RESOURCE_FORMATS.values()), vary)
        name = posixpath.basename(res.path)
        if res.kind == "entity":
            return Response(303, vary + [("Location", f"{script}/{res.path}.{fmt}"),
                                         ("Content-Type", "text/plain; charset=utf-8")],
                            f"See {script}/{res.path}.{fmt}\n".encode())
        response = self.representation(res, fmt, environ)
        response.headers += vary + [("Content-Location", f"{name}.{fmt}"), ("Link", self._links(name))]
        return response

    def lookup(self, path: str) -> tuple[Resource | None, str | None]:
        """The resource at ``path`` and the format its extension asks for (``None``: negotiate)."""
        res = self.pub.resolve(path)
        if res is not None:
            return res, None
        stem, dot, ext = path.rpartition(".")
        if dot and ext in self.EXTENSIONS and "/" not in ext:
            res = self.pub.resolve(stem)
            if res is not None:
                return res, ext
        return None, None

    def _links(self, name: str) -> str:
        return ", ".join(f'<{name}.{ext}>; rel="alternate"; type="{media.split(";")[0]}"'
                         for ext, media in RESOURCE_FORMATS.items())

    def representation(self, res: Resource, fmt: str, environ) -> Response:
        body, etag = self._rendered(res, fmt)
        headers = [("Content-Type", RESOURCE_FORMATS[fmt]), ("ETag", etag), ("Cache-Control", "public, max-age=300")]
        if fmt == "html":
            headers.append(("Content-Security-Policy", CSP))
        if _etag_matches(environ.get("HTTP_IF_NONE_MATCH"), etag):
            return Response(304, [h for h in headers if h[0] != "Content-Type"])
        return Response(200, headers, body)

    def _rendered(self, res: Resource, fmt: str) -> tuple[bytes, str]:
        """(body, ETag) of a representation, from the cache; rendered once however many requests
        ask for it at the same moment (the others wait for that rendering)."""
        key = (res.kind, res.iri, fmt)
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            pending = self._rendering.get(key)
            if pending is None:
                self._rendering[key] = mine = Future()
        if pending is not None:
            return pending.result()
        try:
            endpoint = self.pub.base + "sparql" if self.pool else None
            if fmt == "html":
                body = self.pub.page(res, self.nav.at(res.path), sparql_endpoint=endpoint).encode("utf-8")
            else:
                body = self.pub.rdf(res, fmt, sparql_endpoint=endpoint)
            cached = (body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')
        except BaseException as exc:
            mine.set_exception(exc)
            raise
        finally:
            with self._cache_lock:
                self._rendering.pop(key, None)
                if not mine.done():
                    self.renders += 1
                    self._cache[key] = cached
                    while len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        mine.set_result(cached)
        return cached

    def download(self, name: str) -> Response:
        entry = self.pub.files.get(unquote(name))
        if entry is None:  # only the files the manifest lists: nothing else of the disk is reachable
            return self._text(404, f"no such file: dist/{unquote(name)}")
        if manifest_key(self.pub.dist) != self.pub.key:  # rebuilt, not yet switched to: not this publication's file
            return self._text(503, "the publication is being replaced; try again in a moment", [("Retry-After", "2")])
        path = self.pub.dist / entry["path"]
        media = entry.get("media_type") or "application/octet-stream"
        if media.startswith("text/") or media in ("application/json",):
            media += "; charset=utf-8"
        return Response(200, [("Content-Type", media),
                              ("Content-Disposition", f'attachment; filename="{entry["path"]}"')
                              if entry["path"].endswith(".gz") else ("Cache-Control", "public, max-age=300")],
                        file=path)

    def _not_found(self, accept, path) -> Response:
        message = f"nothing is published at {self.pub.base}{path}"
        if accept and negotiate(accept, {"text/plain": "text", "text/html": "html"},
                                {"text": "text/plain", "html": "text/html"}) == "html":
            page = html.error_page(self.nav.at(path), "404 Not Found", message)
            return Response(404, [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", CSP)],
                            page.encode("utf-8"))
        return self._text(404, message)

    @staticmethod
    def _text(status: int, message: str, headers=()) -> Response:
        return Response(status, [("Content-Type", "text/plain; charset=utf-8"), *headers],
                        (message.rstrip("\n") + "\n").encode("utf-8"))

    # ------------------------------------------------------------------ SPARQL
    def sparql(self, environ, method: str) -> Response:
        params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        query_text = None
        if method == "POST":
            ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            raw_length = (environ.get("CONTENT_LENGTH") or "0").strip()
            if not (raw_length.isascii() and raw_length.isdigit()):  # "-1" would read until the client stops
                return self._text(400, "bad Content-Length: give the body's size in bytes")
            length = int(raw_length)
            if length > MAX_BODY:
                return self._text(413, f"the request body is larger than {MAX_BODY} bytes")
            body = environ["wsgi.input"].read(length) if length else b""
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return self._text(400, "the request body is not UTF-8")
            if ctype == "application/x-www-form-urlencoded":
                for key, values in parse_qs(text, keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            elif ctype == "application/sparql-query":
                query_text = text
            elif ctype == "application/sparql-update":
                return self._text(403, "this endpoint is read-only: SPARQL Update is not accepted")
            else:
                return self._text(415, "POST a query as application/x-www-form-urlencoded (query=...) "
                                       "or as application/sparql-query")
        elif method not in ("GET", "HEAD"):
            return Response(405, [("Allow", "GET, HEAD, POST, OPTIONS"), ("Content-Type", "text/plain; charset=utf-8")],
                            f"{method} is not allowed on the SPARQL endpoint\n".encode())
        if "update" in params:
            return self._text(403, "this endpoint is read-only: SPARQL Update is not accepted")
        if query_text is None:
            queries = params.get("query", [])
            if len(queries) > 1:
                return self._text(400, "give exactly one query parameter")
            if not queries:
                if method == "POST":
                    return self._text(400, "no query: send query=... or a body of type application/sparql-query")
                return self.service_description(environ)
            query_text = queries[0]
        if len(query_text.encode("utf-8")) > MAX_BODY:
            return self._text(413, "the query is too long")
        if _is_update(query_text):
            return self._text(403, "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, "
                                   "CREATE, DROP, ...) is not accepted")
        refused = [iri for iri in service_calls(query_text) if iri not in self.services]
        if refused:  # refused before any worker sees the query: no request leaves the server
            allowed = ", ".join(f"<{iri}>" for iri in self.services) or "none"
            return self._text(403, "SERVICE " + ", ".join(f"<{iri}>" if iri else "(not a full IRI)" for iri in refused)
                              + f" is not allowed on this endpoint (allowed: {allowed}; the server's "
                              "operator lists them in config.toml, [serve] sparql_services)")
        accept = environ.get("HTTP_ACCEPT")
        solution_fmt = negotiate(accept, SOLUTION_ACCEPTS, SOLUTION_FORMATS)
        graph_fmt = negotiate(accept, GRAPH_ACCEPTS, GRAPH_FORMATS)
        forced = (params.get("format") or params.get("output") or [""])[0].strip().lower()
        if forced:
            forced_key = FORMAT_PARAM.get(forced) or (SOLUTION_ACCEPTS.get(forced), GRAPH_ACCEPTS.get(forced))
            solution_fmt = forced_key[0] or solution_fmt
            graph_fmt = forced_key[1] or graph_fmt
        if self.pool is None:
            return self._text(503, "the SPARQL endpoint is not enabled on this server")
        request = {"query": query_text, "solution_format": solution_fmt, "graph_format": graph_fmt,
                   "default_graphs": params.get("default-graph-uri", []),
                   "named_graphs": params.get("named-graph-uri", []),
                   "prefixes": {**PREFIXES, **self.pub.prefixes}, "base": self.pub.base}
        try:
            for g in request["default_graphs"] + request["named_graphs"]:
                ox.NamedNode(g)
        except ValueError:
            return self._text(400, "default-graph-uri and named-graph-uri must be IRIs")
        reply = self.pool.run(request)
        vary = [("Vary", "Accept")]
        if reply.get("status") != 200:
            return self._text(reply.get("status", 500), reply.get("error", "the query failed"), vary)
        headers = list(vary)
        if reply.get("truncated"):
            headers.append(("X-SPARQL-MaxRows", str(self.pool.max_rows)))
        fmt, body = reply["format"], reply["body"]
        if fmt == "html":
            nav = self.nav.at("sparql")
            if reply["kind"] == "graph":
                result = {"triples": [[_binding_term(t) for t in (tr.subject, tr.predicate, tr.object)]
                                      for tr in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]}
            else:
                result = json.loads(body)
            page = html.sparql_results_page(nav, query_text, result,
                                            truncated=self.pool.max_rows if reply.get("truncated") else None)
            return Response(200, headers + [("Content-Type", "text/html; charset=utf-8"),
                                            ("Content-Security-Policy", CSP)], page.encode("utf-8"))
        media = (GRAPH_FORMATS if reply["kind"] == "graph" else SOLUTION_FORMATS)[fmt]
        return Response(200, headers + [("Content-Type", media)], body)

    def service_description(self, environ) -> Response:
        fmt = negotiate(environ.get("HTTP_ACCEPT"), RESOURCE_ACCEPTS,
                        {k: RESOURCE_FORMATS[k] for k in ("ttl", "nt", "jsonld", "html")})
        vary = [("Vary", "Accept")]
        if fmt is None:
            return self._text(406, "the service description is available as text/turtle, application/n-triples, "
                                   "application/ld+json or text/html", vary)
        if fmt == "html":
            limits = {"timeout": f"{self.pool.timeout:g}" if self.pool else None,
                      "max_rows": self.pool.max_rows if self.pool else None}
            page = html.sparql_form_page(self.nav.at("sparql"), limits=limits)
            return Response(200, vary + [("Content-Type", "text/html; charset=utf-8"),
                                         ("Content-Security-Policy", CSP)], page.encode("utf-8"))
        endpoint = _request_url(environ)
        try:
            ox.NamedNode(endpoint)
        except ValueError:  # a Host header that makes no IRI
            endpoint = self.pub.base + "sparql"
        body = serialize(self._description_triples(endpoint), fmt, self.pub.base,
                         {**self.pub.prefixes, "sd": SD, "formats": "http://www.w3.org/ns/formats/"})
        return Response(200, vary + [("Content-Type", RESOURCE_FORMATS[fmt])], body)

    def _description_triples(self, endpoint: str) -> list:
        n = ox.NamedNode
        service, dataset, default = n(endpoint + "#service"), n(endpoint + "#dataset"), n(endpoint + "#default-graph")
        t = [ox.Triple(service, n(RDF_TYPE), n(SD + "Service")),
             ox.Triple(service, n(SD + "endpoint"), n(endpoint)),
             ox.Triple(service, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
             ox.Triple(service, n(SD + "feature"), n(SD + "UnionDefaultGraph")),
             ox.Triple(service, n(SD + "defaultDataset"), dataset),
             ox.Triple(dataset, n(RDF_TYPE), n(SD + "Dataset")),
             ox.Triple(dataset, n(SD + "defaultGraph"), default),
             ox.Triple(dataset, n("http://purl.org/dc/terms/source"), n(self.pub.dataset_iri)),
             ox.Triple(default, n(RDF_TYPE), n(SD + "Graph")),
             ox.Triple(default, n(VOID + "triples"), ox.Literal(str(len(self.pub.store)), datatype=n(XSD + "integer")))]
        for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                     "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
            t.append(ox.Triple(service, n(SD + "resultFormat"), n("http://www.w3.org/ns/formats/" + name)))
        if self.pool:
            t.append(ox.Triple(service, n("http://www.w3.org/2000/01/rdf-schema#comment"), ox.Literal(
                f"Read-only. Queries stop after {self.pool.timeout:g} s (503); answers are cut at "
                f"{self.pool.max_rows} rows or triples (header X-SPARQL-MaxRows). The default graph is the union "
                "of all named graphs; one named graph per document.", language="en")))
        for graph in sorted(self.pub.store.named_graphs(), key=lambda g: g.value):
            named = n(endpoint + "#graph-" + hashlib.sha256(graph.value.encode()).hexdigest()[:12])
            t += [ox.Triple(dataset, n(SD + "namedGraph"), named), ox.Triple(named, n(RDF_TYPE), n(SD + "NamedGraph")),
                  ox.Triple(named, n(SD + "name"), graph)]
        return t


def _binding_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"iri": t.value}
    if isinstance(t, ox.BlankNode):
        return {"bnode": t.value}
    return {"value": t.value, "language": t.language,
            "datatype": t.datatype.value if t.datatype and t.datatype.value != XSD + "string" else None}


def _is_update(text: str) -> bool:
    """Whether a request is SPARQL Update (after comments, BASE and PREFIX declarations)."""
    body = re.sub(r"#[^\n]*", " ", text)
    body = re.sub(r"^\s*((BASE\s*<[^>]*>|PREFIX\s+[\w.-]*:\s*<[^>]*>)\s*)*", "", body, flags=re.I)
    return bool(UPDATE_KEYWORDS.match(body))


# SPARQL's tokens that can hide the word SERVICE: comments, IRIs and strings (grammar rules
# IRIREF, STRING_LITERAL*); every other run of name characters is a word.
_TOKENS = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<word>[?$]?[\w:\-\u00b7-\U0010ffff]+)
  | (?P<other>\S)
""", re.X | re.S)
_ESCAPES = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def service_calls(text: str) -> list[str | None]:
    """The endpoint of every ``SERVICE`` in a query: its IRI, or ``None`` when it is not written as
    a full IRI (a prefixed name, a variable). The text is read both as sent and with SPARQL's
    ``\\u`` escapes replaced, so that no spelling of the keyword gets through."""
    def unescape(m):
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)

    calls = []
    for variant in dict.fromkeys((text, _ESCAPES.sub(unescape, text))):
        tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(variant) if m.lastgroup != "comment"]
        for i, (kind, value) in enumerate(tokens):
            if kind == "word" and value.upper() == "SERVICE":
                rest = tokens[i + 1:i + 3]
                if rest and rest[0][0] == "word" and rest[0][1].upper() == "SILENT":
                    rest = rest[1:]
                calls.append(rest[0][1][1:-1] if rest and rest[0][0] == "iri" else None)
    return calls


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    return header.strip() == "*" or etag in [h.strip().removeprefix("W/") for h in header.split(",")]


def _request_url(environ) -> str:
    scheme = environ.get("wsgi.url_scheme", "http")
    host = environ.get("HTTP_HOST") or f'{environ.get("SERVER_NAME", "localhost")}:{environ.get("SERVER_PORT", "80")}'
    return f"{scheme}://{host}{environ.get('SCRIPT_NAME', '').rstrip('/')}/sparql"


# =========================================================================== servers

@dataclass(frozen=True)
class Limits:
    """What one client may take of the server. The WSGI server is waitress: its I/O loop reads
    whole requests (header and body) before a thread sees them, so a slow client holds a socket,
    never one of the ``threads``."""

    threads: int = 8  # requests answered at once (pages; SPARQL queries wait for a worker)
    connections: int = 4000  # open connections; further ones wait in the listen backlog
    request_timeout: float = 10.0  # seconds for a request's header and body to arrive
    idle_timeout: float = 30.0  # a keep-alive connection without a request is closed after this
    max_header: int = 64 << 10  # bytes of a request's header


class _Channel(HTTPChannel):
    """A waitress connection that remembers when its current request began to arrive."""

    request_began = 0.0

    def received(self, data):
        if data and self.request is None:
            self.request_began = time.monotonic()
        return super().received(data)


class _Server(TcpWSGIServer):
    """waitress with a deadline for a request to arrive (slow-header and slow-body clients)."""

    channel_class = _Channel
    request_timeout = 10.0

    def handle_accept(self):
        for _ in range(256):  # every connection waiting, not one per turn of the I/O loop
            open_before = len(self._map)
            super().handle_accept()
            if len(self._map) == open_before or len(self._map) >= self.adj.connection_limit:
                return

    def maintenance(self, now):
        super().maintenance(now)  # idle keep-alive connections
        cutoff = time.monotonic() - self.request_timeout
        for channel in list(self.active_channels.values()):
            if channel.request is not None and not channel.requests and channel.request_began < cutoff:
                channel.will_close = True


def _open_files(wanted: int) -> int:
    """Raise the soft limit of open files towards ``wanted`` (one per connection); the limit got."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return soft


def make_server(app, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits()) -> _Server:
    files = _open_files(limits.connections + 256)  # + the workers' pipes, the dumps, the poll loop
    adj = Adjustments(host=host, port=port, threads=limits.threads, connection_limit=min(limits.connections, files - 256),
                      backlog=2048, channel_timeout=limits.idle_timeout, cleanup_interval=1,
                      max_request_body_size=MAX_BODY, max_request_header_size=limits.max_header,
                      asyncore_use_poll=True, ident="ldpub", expose_tracebacks=False, log_socket_errors=False)
    server = _Server(app, adj=adj)
    server.request_timeout = limits.request_timeout
    return server


def _access_log(app):
    """Each request on stderr, as ``ldpub serve`` without ``--quiet`` always did."""
    def logged(environ, start_response):
        def start(status, headers, exc_info=None):
            print(f'{environ.get("REMOTE_ADDR", "-")} - - [{time.strftime("%d/%b/%Y %H:%M:%S")}] '
                  f'"{environ.get("REQUEST_METHOD")} {environ.get("REQUEST_URI")}" {status.split()[0]}',
                  file=sys.stderr, flush=True)
            return start_response(status, headers, exc_info)
        return app(environ, start)
    return logged


class Reloading:
    """The WSGI application of ``ldpub serve``: the :class:`App` of the publication in dist/ now.

    Every ``interval`` seconds the SHA-256 of ``dist/manifest.json`` is compared with the one
    served; after a rebuild a new App (its store, page cache and SPARQL workers, all checked to
    hold that same manifest) is made ready beside the old one, then replaces it in one step: a
    request is answered by one publication from start to end, and no request after the switch
    sees the old one. The old workers stop once the requests that began before are over."""

    def __init__(self, app: App, interval: float = 1.0):
        self.app, self.interval = app, interval
        self.watched = app.watched
        self._stop = threading.Event()
        self._retiring: list[threading.Timer] = []
        self._failed: str | None = None
        self._thread = threading.Thread(target=self._watch, daemon=True, name="ldpub-reload")

    def __call__(self, environ, start_response):
        return self.app(environ, start_response)  # one read of self.app: one publication per request

    def start(self) -> None:
        if self.app.remake is not None:
            self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            key = manifest_key(self.watched)
            if key is not None and key != self.app.pub.key and key != self._failed:
                self.reload(key)

    def reload(self, key: str) -> bool:
        """Switch to the publication whose manifest hashes to ``key``; False if it cannot be loaded
        whole (dist/ changed again meanwhile, or is broken: the old one goes on being served)."""
        try:
            new = self.app.remake()
        except LdError as exc:
            if manifest_key(self.watched) == key:  # not a build still under way: broken, say it once
                print(f"warning: not reloading {self.watched}: {exc}", file=sys.stderr, flush=True)
                self._failed = key
            return False
        if new.pool is not None:
            new.pool.manifest = new.pub.key
            new.pool.start(wait=True)
        if new.pub.key != key or (new.pool is not None and not new.pool.ready()):
            if new.pool is not None:
                new.pool.close()
            return False  # dist/ changed during the load: the next look tries again
        old, self.app = self.app, new
        print(f"reloaded {self.watched}: manifest {key[:12]}", file=sys.stderr, flush=True)
        if old.pool is not None:  # a request that began before the switch may still need it
            timer = threading.Timer(2 * old.pool.timeout + 1, old.pool.close)
            timer.daemon = True
            timer.start()
            self._retiring.append(timer)
        return True

    def close(self) -> None:
        self._stop.set()
        for timer in self._retiring:
            timer.cancel()
            timer.function()
        if self.app.pool:
            self.app.pool.close()


def make_app(dist: str | Path, *, source: str | Path | None = None, queries_dir: str | Path | None = None,
             workers: int = 2, timeout: float = 10.0, max_rows: int = 10000, sparql: bool = True,
             verify: bool = True, memory: int = 1024, max_bytes: int = 64 << 20) -> App:
    pub = Publication(dist, source=source, queries_dir=queries_dir, verify=verify)
    pool = QueryPool(pub.dist, workers=workers, timeout=timeout, max_rows=max_rows, memory=memory,
                     max_bytes=max_bytes) if sparql else None
    app = App(pub, pool=pool)
    app.watched = Path(dist)
    app.remake = lambda: make_app(dist, source=source, queries_dir=queries_dir, workers=workers, timeout=timeout,
                                  max_rows=max_rows, sparql=sparql, verify=verify, memory=memory, max_bytes=max_bytes)
    return app


def serve(app: App, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False,
          ready=None, limits: Limits = Limits()) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), reloading after a rebuild of dist/ (see
    :class:`Reloading`); query workers are stopped on the way out."""
    live = Reloading(app)
    try:
        server = make_server(live if quiet else _access_log(live), host, port, limits)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         hint="choose another --port, or stop the server that uses it") from None
    if app.pool:
        app.pool.manifest = app.pub.key
        app.pool.start()
    live.start()
    previous = signal.signal(signal.SIGTERM, _raise_interrupt) if threading.current_thread() is threading.main_thread() \
        else None
    url = f"http://{host if ':' not in host else f'[{host}]'}:{server.effective_port}/"
    print(f"serving {app.pub.base} at {url} (dist: {app.pub.dist}); Ctrl-C stops", file=sys.stderr, flush=True)
    if ready:
        ready(server)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.task_dispatcher.shutdown(timeout=5)
        wasyncore.close_all(server._map)
        live.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def request(app: App, path: str, *, accept: str | None = None, method: str = "GET", body: bytes = b"",
            content_type: str = "", headers: dict | None = None) -> tuple[str, list[tuple[str, str]], bytes]:
    """Answer one request in-process (``ldpub serve --get``): (status line, headers, body)."""
    from wsgiref.util import setup_testing_defaults

    raw_path, _, query_string = path.partition("?")
    if not raw_path.startswith("/"):
        raw_path = "/" + raw_path
    environ = {"REQUEST_METHOD": method, "REQUEST_URI": raw_path + (f"?{query_string}" if query_string else ""),
               "PATH_INFO": unquote(raw_path, encoding="latin-1"), "QUERY_STRING": query_string,
               "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": content_type,
               "SERVER_NAME": "localhost", "SERVER_PORT": "8000", "HTTP_HOST": "localhost:8000"}
    if accept is not None:
        environ["HTTP_ACCEPT"] = accept
    for name, value in (headers or {}).items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    setup_testing_defaults(environ)
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"], captured["headers"] = status, response_headers

    chunks = app(environ, start_response)
    try:
        data = b"".join(chunks)
    finally:
        if hasattr(chunks, "close"):
            chunks.close()
    return captured["status"], captured["headers"], data


# =========================================================================== static publishing

HTACCESS = """# ldpub: an example .htaccess for Apache (mod_rewrite, mod_headers, mod_mime), w3id.org style.
# Put it at the folder that answers for {base}
# Extensionless IRIs are negotiated by Accept; an extension picks a format.
# Persons, places, organizations, works and events are not documents: 303 See Other.
# mod_rewrite matches Accept as text, without q-values: RDF types are tested first,
# anything else gets HTML (browsers send text/html or */*).

Options -MultiViews
DirectoryIndex index.html
AddType text/html;charset=utf-8 .html
AddType text/turtle;charset=utf-8 .ttl
AddType application/ld+json .jsonld
AddType application/n-triples .nt
AddType application/n-quads .nq
<IfModule mod_headers.c>
  Header always set Access-Control-Allow-Origin "*"
  <FilesMatch "\\.(html|ttl|jsonld|nt|nq)$">
    Header append Vary Accept
  </FilesMatch>
</IfModule>

RewriteEngine on
# The URL path of this folder (e.g. /ldpub/ when the site is served below that path):
RewriteBase /
{dist_rule}
# things: 303 to a description document
RewriteCond %{{HTTP_ACCEPT}} text/turtle
RewriteRule ^({kinds})/([^/.]+)$ $1/$2.ttl [R=303,L]
RewriteCond %{{HTTP_ACCEPT}} application/ld\\+json
RewriteRule ^({kinds})/([^/.]+)$ $1/$2.jsonld [R=303,L]
RewriteCond %{{HTTP_ACCEPT}} application/n-triples
RewriteRule ^({kinds})/([^/.]+)$ $1/$2.nt [R=303,L]
RewriteCond %{{HTTP_ACCEPT}} application/n-quads
RewriteRule ^({kinds})/([^/.]+)$ $1/$2.nq [R=303,L]
RewriteRule ^({kinds})/([^/.]+)$ $1/$2.html [R=303,L]

# documents: served directly in the negotiated format
RewriteCond %{{HTTP_ACCEPT}} text/turtle
RewriteRule ^({documents})$ $1.ttl [L]
RewriteCond %{{HTTP_ACCEPT}} application/ld\\+json
RewriteRule ^({documents})$ $1.jsonld [L]
RewriteCond %{{HTTP_ACCEPT}} application/n-triples
RewriteRule ^({documents})$ $1.nt [L]
RewriteCond %{{HTTP_ACCEPT}} application/n-quads
RewriteRule ^({documents})$ $1.nq [L]
RewriteRule ^({documents})$ $1.html [L]
{dataset_rules}
"""


def htaccess(base: str, same: bool) -> str:
    kinds = "|".join(ENTITY_KIND_PATHS)
    documents = "document/[^/.]+|ns|shapes" + ("" if same else "|dataset")
    dist_rule = ("# the dumps sit at the top of this folder; download links point at dist/\n"
                 "RewriteRule ^dist/([^/]+)$ $1 [L]") if same else ""
    dataset_rules = ("\n# the dataset: dataset.ttl etc. are the dumps here, void.ttl its description\n"
                     "RewriteCond %{HTTP_ACCEPT} text/turtle\nRewriteRule ^dataset$ void.ttl [L]\n"
                     "RewriteRule ^dataset$ dataset.html [L]\n") if same else ""
    return HTACCESS.format(base=base, kinds=kinds, documents=documents, dist_rule=dist_rule,
                           dataset_rules=dataset_rules)


def write_static_site(dist_dir: str | Path, out_dir: str | Path | None = None, *,
                      source: str | Path | None = None, queries_dir: str | Path | None = None,
                      verify: bool = True) -> list[str]:
    """Write the HTML pages and per-resource RDF files (``person/mao-zedong.html``, ``.ttl``,
    ``.jsonld``, ``.nt``, ``.nq``; ``document/300025.html`` ...) for any static web server, with
    ``index.html`` and an example ``.htaccess``. ``out_dir`` ``None`` (or dist_dir itself)
    writes into dist/, beside the dumps; another folder also gets a copy of the dumps in
    ``dist/``, so that the download links resolve. Returns the paths written, relative to the output."""
    dist = Path(dist_dir).resolve()
    out = dist if out_dir is None else Path(out_dir).resolve()
    same = out == dist
    pub = Publication(dist, source=source, queries_dir=queries_dir, verify=verify)
    nav = html.Nav(pub.base, static=True, downloads="" if same else "dist/", sparql=None, site_title=pub.title,
                   license=pub.license)
    written: list[str] = []

    def write(rel: str, data: bytes) -> None:
        target = (out / rel).resolve()
        if not target.is_relative_to(out):
            raise InputError(f"refusing to write outside the site folder: {rel}", path=out)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(rel)

    out.mkdir(parents=True, exist_ok=True)
    for res in pub.resources():
        segments = [unquote(s) for s in res.path.split("/")]
        if any(s in ("", ".", "..") or "/" in s or "\\" in s for s in segments):
            print(f"warning: no static page for {res.iri}: its path cannot be a file name", file=sys.stderr)
            continue
        rel = "/".join(segments)
        page = pub.page(res, nav.at(res.path)).encode("utf-8")
        write(rel + ".html", page)
        if res.kind == "dataset":
            write("index.html", page)
            if same:  # dataset.ttl ... are the dumps here; void.ttl is the description
                continue
        for fmt in ("ttl", "jsonld", "nt", "nq"):
            write(f"{rel}.{fmt}", pub.rdf(res, fmt))
    if not same:
        for name in sorted(pub.files):
            target = out / "dist" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(dist / name, target)
            written.append(f"dist/{name}")
    from ld import routes

    for rel, data in routes.static_files(pub, nav):  # 410 pages of withdrawn IRIs
        write(rel, data)
    write(".htaccess", routes.with_retired_rules(htaccess(pub.base, same), pub).encode("utf-8"))
    return written


# =========================================================================== tests and benchmarks

def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class ServerProcess:
    """``python -m ld serve`` as a child process on 127.0.0.1 and a free port, for tests and
    benchmarks: ``with ServerProcess(dist) as server: server.url``. Stopped by its PID."""

    def __init__(self, dist: str | Path, *args: str, source: str | Path | None = None, port: int | None = None,
                 log: str | Path | None = None, startup: float = 120.0):
        self.dist, self.args, self.source = Path(dist), args, source
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(log) if log else None
        self.startup = startup
        self.proc: subprocess.Popen | None = None

    def start(self) -> "ServerProcess":
        import urllib.error
        import urllib.request

        cmd = [sys.executable, "-m", "ld", "serve", "--host", "127.0.0.1", "--port", str(self.port),
               "--dist", str(self.dist), "--quiet", *self.args]
        if self.source:
            cmd += ["--source", str(self.source)]
        env = dict(os.environ)
        root = str(Path(ld.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        stderr = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        if self.log:
            stderr.close()
        deadline = time.monotonic() + self.startup
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServeError(f"the server exited with {self.proc.returncode}"
                                 + (f"; see {self.log}" if self.log else ""))
            try:
                with urllib.request.urlopen(self.url + "/dataset.ttl", timeout=5) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                time.sleep(0.1)
        self.stop()
        raise ServeError(f"the server did not answer within {self.startup:g} s")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=15)

    def __enter__(self) -> "ServerProcess":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        raise SystemExit(_worker_main(sys.argv[2], int(sys.argv[3])))
    print("usage: python -m ld.serve --worker DIST MEGABYTES (internal); run `ldpub serve` instead", file=sys.stderr)
    raise SystemExit(2)
