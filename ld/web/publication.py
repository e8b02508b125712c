"""The published dataset as the web layer sees it: the dump of dist/ loaded once into an in-memory
pyoxigraph store (:class:`Publication`), the resources under the base (:class:`Resource`) and their RDF
in every format of :data:`ld.formats.RESOURCE_RDF` (:func:`serialize`, JSON-LD by :mod:`ld.jsonld`).
One publication is one ``manifest.json`` (:func:`manifest_key`)."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

import ld
from ld import jsonld, terms
from ld.config import DEFAULT_BASE, load_config
from ld.errors import LdError
from ld.formats import NQUADS, NTRIPLES, TURTLE
from ld.vocab import ENTITY_PATHS, PREFIXES, turtle_prefixes

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


class ServeError(LdError):
    """The server cannot start (no dump, a bad option, the port is taken)."""


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
        from ld.query import open_persistent_store

        self.dist = Path(dist).resolve()
        self.key = manifest_key(self.dist)  # which publication: the SHA-256 of manifest.json
        # the on-disk store beside dist/ (built once per dump), which the SPARQL workers open too:
        # one copy of the data on disk, not one in the memory of every process
        self.store = open_persistent_store(self.dist, verify=verify)
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
        graphs = self.manifest.get("graphs")
        # the number of quads, from the manifest (counting them in an on-disk store reads it whole)
        self.quad_count = sum(graphs.values()) if isinstance(graphs, dict) and graphs else None
        self.files = self._files()
        self.languages = _lang_names()
        meta = self.props(self.dataset_iri)
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

    def quads_total(self) -> int:
        if self.quad_count is None:
            self.quad_count = len(self.store)
        return self.quad_count

    def select(self, text: str, **options) -> list[dict]:
        answer = self.store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES, **options)
        assert isinstance(answer, ox.QuerySolutions)  # (our own SELECT queries)
        names = [v.value for v in answer.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in answer]

    def props(self, iri: str, graph: str | None = None) -> dict[str, list]:
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
            return Resource("shapes", iri, path) if self.shape_files() else None
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

    def shape_files(self) -> list[Path]:
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
            triples: list = []
            for path in self.shape_files():
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
        quads, visited, todo = [], {res.iri}, [node]
        while todo:
            subject = todo.pop()
            for q in store.quads_for_pattern(subject, None, None, None):
                quads.append(q)
                o = q.object
                if isinstance(o, ox.NamedNode) and o.value.startswith(res.iri + "#") and o.value not in visited:
                    visited.add(o.value)
                    todo.append(o)
        return _unique(quads)

    def rdf(self, res: Resource, fmt: str, *, sparql_endpoint: str | None = None) -> bytes:
        """The resource's description serialised as ``ttl``, ``jsonld``, ``nt`` or ``nq``."""
        if fmt == "ttl" and res.kind == "ns":
            return self._ns_bytes()
        if fmt == "ttl" and res.kind == "shapes" and len(self.shape_files()) == 1:
            return self.shape_files()[0].read_bytes()
        return serialize(self.quads(res, sparql_endpoint=sparql_endpoint), fmt, self.base, self.prefixes)


def _unique(quads) -> list:
    seen, out = set(), []
    for q in quads:
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out


def serialize(quads, fmt: str, base: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Quads (or triples) as ``ttl``, ``jsonld``, ``nt`` or ``nq`` (:data:`ld.formats.RESOURCE_RDF`), or
    ``rdfxml`` (a CONSTRUCT answer): sorted, so the bytes are stable."""
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads},
                     key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if fmt == "ttl":
        return terms.serialize(triples, TURTLE.oxigraph, prefixes or turtle_prefixes(base))
    if fmt == "nt":
        return terms.serialize(triples, NTRIPLES.oxigraph)
    if fmt == "nq":
        full = [q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object) for q in quads]
        full = sorted(set(full), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                               str(q.object)))
        return terms.serialize(full, NQUADS.oxigraph)
    if fmt == "jsonld":
        return (json.dumps(jsonld.document(triples, base), ensure_ascii=False, sort_keys=True, indent=1)
                + "\n").encode("utf-8")
    if fmt == "rdfxml":
        return terms.serialize(triples, ox.RdfFormat.RDF_XML, prefixes or turtle_prefixes(base))
    raise ValueError(f"unknown RDF format {fmt!r}")
