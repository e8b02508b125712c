"""`ldpub serve`: linked data on the web, tested against a real server process.

The server runs as ``python -m ld serve`` on 127.0.0.1 and a free port, started
once per module and stopped by its PID. Raw requests go through http.client so
that paths reach the server byte for byte (no client-side normalisation).
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import re
import shutil
import sys
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlencode, urljoin, urlsplit

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SOURCE, run_cli
from ld.web.app import BadPath, local_path, request
from ld.web.negotiation import RESOURCE_ACCEPTS, RESOURCE_FORMATS, negotiate
from ld.web.server import make_app
from ld.web.static import write_static_site
from ldpub_server import ServerProcess

sys.path.insert(0, str(ROOT / "bench"))
from attacks import children as _attacks_children  # noqa: E402

B = "https://w3id.org/ldpub/"
DOC = "/document/300025"
DOC_IRI = B + "document/300025"
PERSON = "/person/mao-zedong"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
TIMEOUT = 10.0  # the slowest example query (queries/dialogue-sequence.rq) takes ~3 s
MAX_ROWS = 25


# --------------------------------------------------------------------------- helpers

def fetch(server, path: str, method: str = "GET", headers: dict | None = None, body: bytes | str | None = None):
    """One raw request: (status, headers with lower-case names, body)."""
    host = urlsplit(server.url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        data = body.encode() if isinstance(body, str) else body
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if data is not None:
            conn.putheader("Content-Length", str(len(data)))
        conn.endheaders(data)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def children(pid: int) -> set[int]:
    """PIDs of the direct children of a process: the one reading of /proc, in bench/attacks.py."""
    return set(_attacks_children(pid))


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


class Page(HTMLParser):
    """What the tests look at in an HTML page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.classes: dict[str, int] = {}
        self._script: dict | None = None
        self._script_text: list[str] = []
        self.text: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        for cls in (attrs.get("class") or "").split():
            self.classes[f"{tag}.{cls}"] = self.classes.get(f"{tag}.{cls}", 0) + 1
        if tag == "script":
            self._script, self._script_text = attrs, []

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._script_text)))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script_text.append(data)
        else:
            self.text.append(data)

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def links(self) -> list[dict]:
        return self.find("a")

    def jsonld(self) -> dict:
        blocks = [text for attrs, text in self.scripts if attrs.get("type") == "application/ld+json"]
        assert len(blocks) == 1, "a page embeds exactly one JSON-LD block"
        return json.loads(blocks[0])


def triples(body: bytes, fmt=ox.RdfFormat.TURTLE) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)}


def t(s: str, p: str, o) -> tuple:
    return (ox.NamedNode(s), ox.NamedNode(p), o if not isinstance(o, str) else ox.NamedNode(o))


def store_of(dist: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(dist / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def count(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query("PREFIX schema: <http://schema.org/> PREFIX ldp: <https://w3id.org/ldpub/ns#> "
                                     "PREFIX oa: <http://www.w3.org/ns/oa#> " + query,
                                     use_default_graph_as_union=True)))["n"].value)


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def server(built, tmp_path_factory):
    """`python -m ld serve` on a free port over the built dist/, stopped by PID at the end."""
    log = tmp_path_factory.mktemp("serve") / "server.log"
    srv = ServerProcess(built, "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS), "--workers", "2",
                        source=SOURCE, log=log)
    srv.start()
    yield srv
    workers = children(srv.proc.pid)
    srv.stop()
    assert srv.proc.returncode is not None
    deadline = time.monotonic() + 10
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in workers), "stopping the server stops its query workers"


@pytest.fixture(scope="module")
def store(built) -> ox.Store:
    return store_of(built)


def wait_for_workers(server, n: int = 2, timeout: float = 60) -> set[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = children(server.proc.pid)
        if len(pids) >= n:
            status, _, _ = fetch(server, "/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }"}))
            if status == 200:
                return pids
        time.sleep(0.2)
    raise AssertionError("the query workers did not come back")


# --------------------------------------------------------------------------- negotiation (unit)

@pytest.mark.parametrize("accept, expected", [
    (None, "html"),
    ("", "html"),
    ("*/*", "html"),
    ("text/turtle", "ttl"),
    ("application/json", "jsonld"),
    ("text/turtle;q=0.5, application/ld+json", "jsonld"),
    ("application/ld+json;q=0.2, text/turtle;q=0.9", "ttl"),
    ("text/*", "html"),
    ("text/*;q=0.5, text/turtle", "ttl"),
    ("application/*;q=0.9, text/html;q=0.1", "jsonld"),
    ("text/html;q=0, */*;q=0.5", "ttl"),
    ("*/*;q=0.1, application/n-quads;q=0.2", "nq"),
    ("APPLICATION/N-TRIPLES", "nt"),
    (BROWSER_ACCEPT, "html"),
    ("application/rdf+xml", None),
    ("text/turtle;q=0", None),
    ("image/png, text/plain", None),
    ("text/turtle;q=abc", None),
])
def test_negotiate(accept, expected):
    assert negotiate(accept, RESOURCE_ACCEPTS, RESOURCE_FORMATS) == expected


@pytest.mark.parametrize("raw", ["/../etc/passwd", "/%2e%2e/etc/passwd", "/dist/..%2fvoid.ttl", "/a/%2E%2E/b",
                                 "/dist/%2fetc%2fpasswd", "/dist/..\\x", "/dist/%5c..", "/x%00", "/./dataset",
                                 "/dist/%ff", "dataset"])
def test_local_path_refuses(raw):
    with pytest.raises(BadPath):
        local_path(raw)


def test_local_path_normalises_as_minted():
    assert local_path("/person/mao-zedong") == "person/mao-zedong"
    assert local_path("/person/ng%c3%b4") == "person/ng%C3%B4"
    assert local_path("/person/ng\u00f4".encode().decode("latin-1")) != ""
    assert local_path("/sparql?query=x") == "sparql"


class Nesting(HTMLParser):
    VOID = {"br", "img", "meta", "link", "input", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ok, self.text = [], True, []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "a" and "a" in self.stack[:-1]:
            self.ok = False  # a link inside a link

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data):
        self.text.append(data)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="ab <>&\"'\n[]é", max_size=40),
       spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45), st.sampled_from(["mention", "insertion", "note"]),
                                st.booleans()), max_size=6))
def test_annotate_nests_and_keeps_the_text(text, spans):
    from ld.web.html import Nav, annotate

    marks = []
    for i, (a, b, kind, uncertain) in enumerate(spans):
        start, end = sorted((a, b))
        span = {"start": start, "end": end, "kind": kind}
        if kind == "mention":
            span.update(entity={"iri": f"{B}person/p{i}", "name": "<P>", "kind": "person", "qid": f"Q{i}"},
                        uncertain=uncertain)
        elif kind == "note":
            span.update(label=str(i), fragment=f"note-{i}")
        marks.append(span)
    out = annotate(text, marks, Nav(B, "document/1"))
    parser = Nesting()
    parser.feed(out)
    parser.close()
    assert parser.ok and not parser.stack, out
    without_notes = re.sub(r'<sup class="note-ref".*?</sup>|<a class="wd".*?</a>', "", out)
    plain = Nesting()
    plain.feed(without_notes)
    assert "".join(plain.text) == text


# --------------------------------------------------------------------------- content negotiation (server)

FORMATS = {"html": "text/html", "ttl": "text/turtle", "jsonld": "application/ld+json",
           "nt": "application/n-triples", "nq": "application/n-quads"}


@pytest.mark.parametrize("accept, fmt", [
    (None, "html"), ("text/html", "html"), (BROWSER_ACCEPT, "html"), ("*/*", "html"),
    ("text/turtle", "ttl"), ("application/ld+json", "jsonld"), ("application/json", "jsonld"),
    ("application/n-triples", "nt"), ("application/n-quads", "nq"),
    ("text/turtle;q=0.5, application/ld+json", "jsonld"),
    ("application/ld+json;q=0.2, text/turtle;q=0.9", "ttl"),
    ("text/html;q=0, */*;q=0.5", "ttl"),
    ("application/*;q=0.9, text/html;q=0.1", "jsonld"),
])
def test_document_negotiation(server, accept, fmt):
    status, headers, body = fetch(server, DOC, headers={"Accept": accept} if accept is not None else {})
    assert status == 200
    assert headers["content-type"].split(";")[0] == FORMATS[fmt]
    assert headers["vary"] == "Accept"
    assert headers["content-location"] == f"300025.{fmt}"
    assert 'rel="alternate"; type="text/turtle"' in headers["link"]
    assert headers["access-control-allow-origin"] == "*"
    assert body


@pytest.mark.parametrize("accept", ["application/rdf+xml", "image/png", "text/turtle;q=0, text/html;q=0"])
@pytest.mark.parametrize("path", [DOC, PERSON, "/dataset", "/ns"])
def test_not_acceptable(server, path, accept):
    status, headers, body = fetch(server, path, headers={"Accept": accept})
    assert status == 406
    assert headers["vary"] == "Accept"
    assert b"text/turtle" in body and b"application/ld+json" in body  # says what is available


@pytest.mark.parametrize("path", [PERSON, "/place/soviet-union", "/organization/wilson-center-digital-archive",
                                  "/event/bucharest-conference-1960", "/work/economic-problems-of-socialism-in-the-ussr"])
@pytest.mark.parametrize("accept, ext", [(None, "html"), (BROWSER_ACCEPT, "html"), ("text/turtle", "ttl"),
                                         ("application/ld+json", "jsonld"), ("application/n-triples", "nt"),
                                         ("application/n-quads;q=0.9, text/turtle;q=0.1", "nq")])
def test_things_answer_303(server, path, accept, ext):
    status, headers, _ = fetch(server, path, headers={"Accept": accept} if accept else {})
    assert status == 303
    assert headers["location"] == f"{path}.{ext}"
    assert headers["vary"] == "Accept"
    status, headers, body = fetch(server, headers["location"])
    assert status == 200
    assert headers["content-type"].split(";")[0] == FORMATS[ext]


@pytest.mark.parametrize("path", [DOC, PERSON, "/dataset", "/ns", "/shapes", "/place/beijing"])
@pytest.mark.parametrize("ext", ["html", "ttl", "jsonld", "nt", "nq"])
def test_extensions_pick_the_format(server, path, ext):
    # the extension wins over Accept, and is not negotiated (no 406)
    status, headers, body = fetch(server, f"{path}.{ext}", headers={"Accept": "image/png"})
    assert status == 200
    assert headers["content-type"].split(";")[0] == FORMATS[ext]
    if ext == "jsonld":
        data = json.loads(body)
        assert isinstance(data["@context"], dict), "the context is embedded, never fetched"
        assert data["@graph"]
    elif ext != "html":
        fmt = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS}[ext]
        assert list(ox.parse(body, format=fmt))


def test_document_rdf_is_its_named_graph(server, store):
    expected = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None,
                                                                                     ox.NamedNode(DOC_IRI))}
    for ext, fmt in (("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)):
        _, _, body = fetch(server, f"{DOC}.{ext}")
        assert {(t.subject, t.predicate, t.object) for t in ox.parse(body, format=fmt)} == expected
    _, _, body = fetch(server, f"{DOC}.nq")
    quads = list(ox.parse(body, format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name for q in quads} == {ox.NamedNode(DOC_IRI)}
    assert len(quads) == len(expected)
    _, _, body = fetch(server, f"{DOC}.jsonld")
    data = json.loads(body)
    ids = {node["@id"] for node in data["@graph"]}
    assert "ldpub:document/300025" in ids and "ldpub:document/300025#seg-0001" in ids


def test_entity_rdf(server):
    _, _, body = fetch(server, f"{PERSON}.ttl")
    found = triples(body)
    me = ox.NamedNode(B + "person/mao-zedong")
    assert t(B + "person/mao-zedong", "http://schema.org/sameAs", "http://www.wikidata.org/entity/Q5816") in found
    assert any(p.value == "http://schema.org/sender" and o == me for _, p, o in found)
    assert any(p.value == "http://www.w3.org/ns/oa#hasTarget" and o == me for _, p, o in found), \
        "the Wikidata link record comes along"


def test_vocabulary_shapes_and_dataset(server, built):
    status, headers, body = fetch(server, "/ns", headers={"Accept": "text/turtle"})
    assert status == 200 and body == (built / "ns.ttl").read_bytes()
    status, _, body = fetch(server, "/shapes.ttl")
    assert status == 200 and body == (ROOT / "shapes" / "ldpub.ttl").read_bytes()
    status, _, body = fetch(server, "/dataset", headers={"Accept": "text/turtle"})
    found = triples(body)
    assert t(B + "dataset", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/ns/dcat#Dataset") in found
    assert t(B + "dataset", "http://rdfs.org/ns/void#sparqlEndpoint", B + "sparql") in found
    assert any(p.value == "http://spdx.org/rdf/terms#checksumValue" for _, p, _ in found)
    status, headers, _ = fetch(server, "/")
    assert status == 303 and headers["location"] == "/dataset"
    for path in ("/graph/entities.ttl", "/graph/links", "/link/person/mao-zedong.ttl"):
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize("path", ["/person/nobody", "/person/nobody.ttl", "/document/999999", "/nothing",
                                  "/person/mao-zedong.xyz", "/document/300025/extra", "/person/mao-zedong/",
                                  "/person", "/dist/", "/dist/nope.ttl", "/dist/.hidden", "/sparqlx",
                                  "/place/mao-zedong"])
def test_unknown_iris_are_404(server, path):
    status, headers, body = fetch(server, path, headers={"Accept": "text/turtle"})
    assert status == 404
    assert headers["access-control-allow-origin"] == "*"


def test_404_page_for_browsers_is_escaped(server):
    status, headers, body = fetch(server, "/person/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers={"Accept": BROWSER_ACCEPT})
    assert status in (400, 404)
    assert b"<script>alert" not in body
    status, headers, body = fetch(server, "/person/%3Cscript%3Ealert(1)", headers={"Accept": BROWSER_ACCEPT})
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert b"<script>alert" not in body and b"&lt;script&gt;" in body or b"%3Cscript%3E" in body


@pytest.mark.parametrize("path", [
    "/../etc/passwd", "/dist/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/dist/%2e%2e/secret.txt",
    "/dist/..%2fsecret.txt", "/dist/..%2F..%2Fetc%2Fpasswd", "/dist/%2e%2e%2fsecret.txt", "/document/..%2f..%2fsecret",
    "/dist/..\\secret.txt", "/dist/%5c..%5csecret.txt", "/dist/%252e%252e%252fsecret.txt", "/dist//etc/passwd",
    "/dist/./manifest.json", "/./dist/manifest.json", "/dist/%00manifest.json", "/dist/dataset.nq%00.txt",
])
def test_path_traversal_is_refused(server, built, path):
    (built.parent / "secret.txt").write_text("top secret")
    status, _, body = fetch(server, path)
    assert status in (400, 404), path
    assert b"top secret" not in body and b"root:" not in body


def test_dumps_are_downloadable(server, built):
    for name in ("dataset.nq", "dataset.ttl", "dataset.jsonld", "void.ttl", "manifest.json", "SHA256SUMS",
                 "dataset.nt.gz"):
        status, headers, body = fetch(server, f"/dist/{name}")
        assert status == 200, name
        assert body == (built / name).read_bytes()
    _, headers, _ = fetch(server, "/dist/dataset.ttl")
    assert headers["content-type"].startswith("text/turtle")
    status, headers, body = fetch(server, "/dist/dataset.nq", method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) == (built / "dataset.nq").stat().st_size


def test_methods_and_conditional_requests(server):
    assert fetch(server, DOC, method="DELETE")[0] == 405
    assert fetch(server, DOC, method="POST", body="x")[0] == 405
    status, headers, body = fetch(server, DOC, method="HEAD", headers={"Accept": "text/turtle"})
    assert status == 200 and body == b"" and int(headers["content-length"]) > 1000
    _, headers, _ = fetch(server, f"{DOC}.ttl")
    status, _, body = fetch(server, f"{DOC}.ttl", headers={"If-None-Match": headers["etag"]})
    assert status == 304 and body == b""


def test_cors_preflight(server):
    status, headers, _ = fetch(server, "/sparql", method="OPTIONS",
                               headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST",
                                        "Access-Control-Request-Headers": "Content-Type"})
    assert status == 204
    assert headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()
    status, headers, _ = fetch(server, DOC, method="OPTIONS", headers={"Origin": "https://example.org"})
    assert status == 204 and headers["access-control-allow-origin"] == "*"


# --------------------------------------------------------------------------- HTML pages

def test_document_page(server, store):
    status, headers, body = fetch(server, f"{DOC}.html")
    assert status == 200 and "script-src" not in headers["content-security-policy"]  # no script may run at all
    text = body.decode()
    page = Page(text)
    assert page.find("html", lang="en")
    assert page.find("main") and page.find("header") and page.find("footer") and page.find("nav")
    assert len(page.find("h1")) == 1
    alternates = {a["type"]: a["href"] for a in page.find("link", rel="alternate")}
    assert alternates == {"text/turtle": "300025.ttl", "application/ld+json": "300025.jsonld",
                          "application/n-triples": "300025.nt", "application/n-quads": "300025.nq"}
    turns = count(store, f"SELECT (COUNT(?t) AS ?n) WHERE {{ ?t a ldp:SpeechTurn ; schema:isPartOf <{DOC_IRI}> }}")
    assert page.classes["article.turn"] == turns
    stages = count(store, f"SELECT (COUNT(?t) AS ?n) WHERE {{ ?t a ldp:StageDirection ; schema:isPartOf <{DOC_IRI}> }}")
    assert page.classes.get("p.stage", 0) == stages
    embedded = count(store, f"SELECT (COUNT(?t) AS ?n) WHERE {{ ?t ldp:embeddedIn ?o ; schema:isPartOf <{DOC_IRI}> }}")
    assert page.classes.get("article.embedded", 0) == embedded
    mentions = count(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a oa:motivatedBy oa:identifying ; oa:hasTarget/oa:hasSource ?s "
                            f". ?s schema:isPartOf <{DOC_IRI}> }}")
    assert page.classes.get("a.mention", 0) + page.classes.get("span.mention", 0) >= mentions > 0
    assert page.classes.get("span.insertion", 0) >= 1
    for section in ("citation", "summary", "transcript", "notes", "named", "downloads"):
        assert page.find("h2", id=section), section
    for label in ("Date", "Archive", "Reference code", "Translated by", "Original language", "Participants"):
        assert re.search(f"<dt( id=\"[a-z]+\")?>{label}</dt>", text), label
    assert page.find("dt", id="original") and page.find("dt", id="event")  # the hash IRIs #original and #event
    assert "Albanian (sq)" in text and "9 October 1964" in text
    assert page.find("sup", **{"class": "note-ref"}) and page.find("li", id="note-1")
    wikidata = [a["href"] for a in page.links() if a["href"].startswith("http://www.wikidata.org/entity/Q")]
    assert wikidata
    data = page.jsonld()
    assert isinstance(data["@context"], dict)
    assert any(node["@id"] == "ldpub:document/300025" for node in data["@graph"])
    # every link into the site answers
    local = {a["href"].split("#")[0] for a in page.links() if not urlsplit(a["href"]).scheme and a["href"][:1] != "#"}
    for href in sorted(local):
        target = urlsplit(urljoin(f"{server.url}{DOC}", href)).path
        status, headers, _ = fetch(server, target)
        assert status in (200, 303), href
    for name in ("dataset.ttl", "dataset.jsonld", "dataset.nt", "dataset.nq"):
        assert any(a["href"] == f"../dist/{name}" for a in page.links()), name


def test_mention_links_lead_to_entity_pages(server):
    _, _, body = fetch(server, f"{DOC}.html")
    page = Page(body.decode())
    mention = next(a for a in page.links() if "mention" in (a.get("class") or "").split())
    target = urlsplit(urljoin(f"{server.url}{DOC}", mention["href"])).path
    status, headers, _ = fetch(server, target, headers={"Accept": BROWSER_ACCEPT})
    assert status == 303
    status, _, body = fetch(server, headers["location"])
    assert status == 200
    entity = Page(body.decode())
    assert entity.jsonld()["@graph"]
    assert entity.find("article", **{"data-iri": mention["data-entity"]})


def test_person_page(server, store):
    status, _, body = fetch(server, f"{PERSON}.html")
    text = body.decode()
    page = Page(text)
    assert status == 200 and "<h1>Mao Zedong</h1>" in text
    turns = count(store, f"SELECT (COUNT(?t) AS ?n) WHERE {{ ?t schema:sender <{B}person/mao-zedong> }}")
    assert page.classes["article.turn"] == turns
    assert page.find("a", href="http://www.wikidata.org/entity/Q5816")
    assert page.find("h2", id="documents") and page.find("h2", id="mentions") and page.find("h2", id="turns")
    assert any(a["href"].startswith("../document/300025#seg-") for a in page.links())
    assert {a["type"] for a in page.find("link", rel="alternate")} == {
        "text/turtle", "application/ld+json", "application/n-triples", "application/n-quads"}


def test_place_and_organization_pages(server, store):
    row = next(iter(store.query("SELECT ?p ?lat WHERE { ?p <http://schema.org/latitude> ?lat } LIMIT 1",
                                use_default_graph_as_union=True)))
    path = "/" + row["p"].value[len(B):]
    status, _, body = fetch(server, f"{path}.html")
    text = body.decode()
    assert status == 200 and 'class="latitude"' in text and row["lat"].value in text
    status, _, body = fetch(server, "/organization/central-state-archives-of-albania.html")
    text = body.decode()
    assert status == 200 and "Holding archive of the original" in text and "Arkivi Qendror Shtetëror" in text


def test_dataset_page(server, built):
    status, _, body = fetch(server, "/dataset.html")
    text = body.decode()
    page = Page(text)
    assert status == 200 and page.find("h2", id="statistics") and page.find("h2", id="downloads")
    assert page.find("a", href="https://creativecommons.org/licenses/by/4.0/")
    for name in ("dataset.nq", "dataset.ttl", "void.ttl"):
        assert [a for a in page.find("a", href=f"dist/{name}") if "download" in a]
    queries = sorted((ROOT / "queries").glob("*.rq"))
    runs = [a["href"] for a in page.links() if a["href"].startswith("sparql?query=")]
    assert len(runs) == len(queries)
    for href in runs:  # every example query runs, as an HTML table
        status, headers, body = fetch(server, "/" + href, headers={"Accept": BROWSER_ACCEPT})
        assert status == 200 and headers["content-type"].startswith("text/html"), href
        assert "<table>" in body.decode()


def test_vocabulary_page(server):
    status, _, body = fetch(server, "/ns.html")
    assert status == 200 and "ldp:SpeechTurn" in body.decode()
    status, _, body = fetch(server, "/shapes.html")
    assert status == 200 and "sh:NodeShape" in body.decode()


# --------------------------------------------------------------------------- SPARQL protocol

SELECT = "SELECT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name FILTER(LANG(?name) = 'en') } ORDER BY ?p LIMIT 5"


def sparql_get(server, query: str, accept: str | None = None, **params):
    headers = {"Accept": accept} if accept else {}
    return fetch(server, "/sparql?" + urlencode({"query": query, **params}), headers=headers)


def test_sparql_get_json(server):
    status, headers, body = sparql_get(server, SELECT)
    assert status == 200
    assert headers["content-type"] == "application/sparql-results+json"
    assert headers["access-control-allow-origin"] == "*" and headers["vary"] == "Accept"
    data = json.loads(body)
    assert data["head"]["vars"] == ["p", "name"] and len(data["results"]["bindings"]) == 5


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    (BROWSER_ACCEPT, "text/html"),
])
def test_sparql_result_formats(server, accept, media):
    status, headers, body = sparql_get(server, SELECT, accept)
    assert status == 200 and headers["content-type"].split(";")[0] == media
    text = body.decode()
    if media.endswith("json"):
        assert len(json.loads(text)["results"]["bindings"]) == 5
    elif media.endswith("xml"):
        root = ET.fromstring(body)
        ns = "{http://www.w3.org/2005/sparql-results#}"
        assert len(root.findall(f"{ns}results/{ns}result")) == 5
    elif media == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["p", "name"] and len(rows) == 6 and rows[1][0].startswith(B + "person/")
    elif media == "text/tab-separated-values":
        lines = text.splitlines()
        assert lines[0] == "?p\t?name" and len(lines) == 6 and lines[1].startswith(f"<{B}person/")
    else:
        assert Page(text).classes.get("a", 0) == 0 and text.count("<tr>") == 6


def test_sparql_html_results_are_escaped(server):
    query = ('SELECT ?x ?y WHERE { BIND(IRI("javascript:alert(1)") AS ?x) '
             'BIND("</td><script>alert(2)</script>" AS ?y) }')
    status, headers, body = sparql_get(server, query, BROWSER_ACCEPT)
    assert status == 200 and headers["content-type"].startswith("text/html")
    text = body.decode()
    assert "javascript:" not in " ".join(a.get("href") or "" for a in Page(text).links())
    assert "<script>alert(2)" not in text and "&lt;/td&gt;&lt;script&gt;alert(2)" in text
    assert_no_markup_from_data(text)


def test_sparql_post_form_and_direct(server):
    status, headers, body = fetch(server, "/sparql", method="POST", body=urlencode({"query": SELECT}),
                                  headers={"Content-Type": "application/x-www-form-urlencoded",
                                           "Accept": "application/sparql-results+json"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 5
    status, headers, body = fetch(server, "/sparql", method="POST", body=SELECT,
                                  headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                           "Accept": "text/csv"})
    assert status == 200 and headers["content-type"].startswith("text/csv") and body.count(b"\r\n") == 6
    status, _, body = fetch(server, "/sparql", method="POST", body="ASK { ?s ?p ?o }",
                            headers={"Content-Type": "application/sparql-query",
                                     "Accept": "application/sparql-results+xml"})
    assert status == 200 and b"<boolean>true</boolean>" in body


def test_sparql_ask_and_graphs(server, store):
    status, headers, body = sparql_get(server, "ASK { ?s a schema:Conversation }")
    assert status == 200 and json.loads(body)["boolean"] is True
    construct = "CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }"
    persons = count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }")
    for accept, media, fmt in ((None, "text/turtle", ox.RdfFormat.TURTLE),
                               ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
                               ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML)):
        status, headers, body = sparql_get(server, construct, accept)
        assert status == 200 and headers["content-type"].split(";")[0] == media
        assert len(list(ox.parse(body, format=fmt))) == min(persons, MAX_ROWS)
    status, headers, body = sparql_get(server, construct, "application/ld+json")
    assert status == 200 and json.loads(body)["@graph"]
    status, _, body = sparql_get(server, f"DESCRIBE <{B}person/mao-zedong>", "application/n-triples")
    assert status == 200 and list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))


def test_sparql_not_acceptable(server):
    assert sparql_get(server, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "application/sparql-results+json")[0] == 406
    assert sparql_get(server, SELECT, "text/turtle")[0] == 406
    assert sparql_get(server, SELECT, "image/png")[0] == 406
    # an explicit format parameter wins over Accept
    status, headers, _ = sparql_get(server, SELECT, "text/turtle", format="csv")
    assert status == 200 and headers["content-type"].startswith("text/csv")


def test_sparql_named_graphs(server, store):
    size = len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(DOC_IRI))))
    status, _, body = fetch(server, "/sparql?" + urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                                            "default-graph-uri": DOC_IRI}))
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == size
    status, _, body = sparql_get(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DOC_IRI}> {{ ?s ?p ?o }} }}")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == size


@pytest.mark.parametrize("how", ["update-param", "update-form", "insert-query", "sparql-update-body",
                                 "delete-with-prefix", "load", "drop"])
def test_sparql_is_read_only(server, how):
    if how == "update-param":
        status, _, body = fetch(server, "/sparql?" + urlencode({"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}))
    elif how == "update-form":
        status, _, body = fetch(server, "/sparql", method="POST",
                                body=urlencode({"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "sparql-update-body":
        status, _, body = fetch(server, "/sparql", method="POST", body="CLEAR ALL",
                                headers={"Content-Type": "application/sparql-update"})
    else:
        text = {"insert-query": "INSERT DATA { <a:b> <a:c> <a:d> }",
                "delete-with-prefix": "# comment\nPREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }",
                "load": "LOAD <http://example.org/data.ttl>", "drop": "DROP ALL"}[how]
        status, _, body = sparql_get(server, text)
    assert status == 403
    assert b"read-only" in body
    status, _, body = sparql_get(server, "ASK { <a:b> <a:c> <a:d> }")
    assert json.loads(body)["boolean"] is False


def test_sparql_errors(server):
    status, _, body = sparql_get(server, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and b"syntax" in body.lower()
    status, _, _ = fetch(server, "/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert status == 400
    status, _, _ = fetch(server, "/sparql", method="POST", body="ASK {}", headers={"Content-Type": "text/plain"})
    assert status == 415
    status, _, _ = fetch(server, "/sparql", method="POST", body="", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400
    assert fetch(server, "/sparql", method="PUT", body="x")[0] == 405


def test_sparql_result_limit(server):
    status, headers, body = sparql_get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers["x-sparql-maxrows"] == str(MAX_ROWS)
    status, headers, body = sparql_get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    assert len(json.loads(body)["results"]["bindings"]) == 10 and "x-sparql-maxrows" not in headers


def test_sparql_service_description(server):
    for accept in (None, "text/turtle"):
        status, headers, body = fetch(server, "/sparql", headers={"Accept": accept} if accept else {})
        assert status == 200 and headers["content-type"].startswith("text/turtle")
        found = triples(body)
        sd = "http://www.w3.org/ns/sparql-service-description#"
        assert any(o.value == sd + "Service" for _, _, o in found)
        assert any(p.value == sd + "endpoint" and o.value == f"{server.url}/sparql" for _, p, o in found)
        assert any(p.value == sd + "resultFormat" for _, p, _ in found)
        assert any(p.value == sd + "name" and o.value == DOC_IRI for _, p, o in found)
    status, headers, body = fetch(server, "/sparql", headers={"Accept": BROWSER_ACCEPT})
    assert status == 200 and headers["content-type"].startswith("text/html") and b"<form" in body


def test_sparql_time_limit(server):
    before = wait_for_workers(server)
    started = time.monotonic()
    status, _, body = sparql_get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    took = time.monotonic() - started
    assert status == 503 and b"time limit" in body
    assert TIMEOUT - 0.5 < took < TIMEOUT + 5
    # the worker that ran it was killed (it would have run for hours), and a new one answers
    deadline = time.monotonic() + 10
    while all(alive(p) for p in before) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not all(alive(p) for p in before)
    after = wait_for_workers(server)
    assert after != before
    status, _, body = sparql_get(server, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert fetch(server, f"{DOC}.html")[0] == 200


# --------------------------------------------------------------------------- serve --get

def test_serve_get(built):
    result = run_cli("serve", "--dist", built, "--get", PERSON)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("HTTP/1.1 303 See Other\n")
    assert "Location: /person/mao-zedong.html" in result.stdout
    result = run_cli("serve", "--dist", built, "--get", DOC, "--accept", "text/turtle")
    assert result.returncode == 0
    head, _, body = result.stdout.partition("\n\n")
    assert "Content-Type: text/turtle; charset=utf-8" in head and "Vary: Accept" in head
    assert list(ox.parse(body.encode(), format=ox.RdfFormat.TURTLE))
    result = run_cli("serve", "--dist", built, "--get", "/person/nobody")
    assert result.returncode == 1 and result.stdout.startswith("HTTP/1.1 404")
    result = run_cli("serve", "--dist", built, "--get", "/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }"}))
    assert result.returncode == 0 and '"boolean": true' in result.stdout


def test_serve_errors_and_help(tmp_path):
    result = run_cli("serve", "--dist", tmp_path / "missing", "--get", "/dataset")
    assert result.returncode == 2 and "error:" in result.stderr and "Traceback" not in result.stderr
    for command in ("serve", "site"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "--dist" in result.stdout


# --------------------------------------------------------------------------- HTML injection

INJECTED = """October 9, 1964

Record of a <b>test</b> conversation </title><script>alert("title")</script>

Citation:

"Record of a test conversation", October 9, 1964, Wilson Center Digital Archive, Arkivi Qendror Shtetëror (Central State Archives, Tirana, Albania), Fondi 14/AP, V. 1964, Dos. 1, Fl. 1-2. Translated by Elidor Mëhilli. https://example.org/document/999001

Summary:

A crafted record: </script><script>alert("summary")</script> and <img src=x onerror=alert(1)>.

Credits:

This document was made possible with support from The Woodrow Wilson International Center for Scholars

Original Language:

Albanian

Contents:

Original Scan Translation - English

<u>Record of a conversation</u>

<u>Comrade Mao Zedong</u>: Khrushchev wrote <script>alert(1)</script> and then </script><script>alert(2)</script> in [the city of] Beijing.[1]

Comrade Beqir Balluku: A plain turn.

Comrade Beqir [<img src=x onerror=alert(3)>] Balluku: A label with markup. <a href="javascript:alert(4)">click</a>

Comrade Ivan [<script>alert(7)</script>] Testov: An unknown speaker.

<u>Comrade Mao Zedong</u>: Done. "quotes" & 'apostrophes' </article></main>

[1] A footnote with <script>alert(5)</script>.
"""


@pytest.fixture(scope="module")
def injected(tmp_path_factory) -> Path:
    """A tiny dist/ built from one crafted document full of markup."""
    return build_injected(tmp_path_factory.mktemp("injection"))


def build_injected(folder: Path) -> Path:
    """Build the crafted document INJECTED (with the real config and register) into ``folder``/dist."""
    from ld.pipeline import build

    source = folder / "source"
    (source / "documents").mkdir(parents=True)
    for name in ("config.toml", "entities.toml"):
        shutil.copy(SOURCE / name, source / name)
    (source / "documents" / "999001.txt").write_text(INJECTED, encoding="utf-8")
    build(source, folder / "dist", jobs=1)
    return folder / "dist"


def values(data):
    if isinstance(data, dict):
        for v in data.values():
            yield from values(v)
    elif isinstance(data, list):
        for v in data:
            yield from values(v)
    else:
        yield data


def assert_no_markup_from_data(text: str) -> None:
    page = Page(text)
    scripts = [attrs for attrs, _ in page.scripts]
    assert all(attrs.get("type") == "application/ld+json" for attrs in scripts), scripts
    assert len(scripts) <= 1
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not (attrs.get("href") or "").lower().startswith("javascript:"), (tag, attrs)
        assert tag not in ("img", "iframe", "object", "embed", "b", "u"), (tag, attrs)
    for attrs, body in page.scripts:  # the JSON-LD block cannot be closed early and is valid JSON
        assert "</" not in body and "<" not in body
        json.loads(body)
    assert text.count("</script>") == len(page.scripts)


def test_html_injection(injected):
    store = store_of(injected)
    texts = [row["t"].value for row in store.query(
        "SELECT ?t WHERE { ?s <http://schema.org/text>|<https://w3id.org/ldpub/ns#speakerLabel>|<http://schema.org/name>"
        "|<http://schema.org/abstract>|<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?t }",
        use_default_graph_as_union=True)]
    joined = "\n".join(texts)
    # the data really holds the markup (otherwise this test would prove nothing)
    for needle in ("<script>alert(1)</script>", "</script><script>alert(2)</script>", "<img src=x onerror=alert(3)>",
                   "<script>alert(7)</script>", '</script><script>alert("summary")</script>'):
        assert needle in joined, needle
    assert any("<img" in t for t in texts if "Balluku" in t and len(t) < 80), "a speaker label holds markup"
    app = make_app(injected, sparql=False)
    pages = {}
    for path in ("/document/999001", "/person/mao-zedong.html", "/person/beqir-balluku.html",
                 "/person/999001-ivan-testov.html", "/dataset", "/place/beijing.html",
                 "/sparql", "/nothing<script>", "/graph/entities.html"):
        status, headers, body = request(app, quote(path, safe="/.-"), accept="text/html")
        pages[path] = body.decode()
        if status.startswith("200"):
            assert dict(headers)["Content-Security-Policy"].startswith("default-src 'none'")
        assert_no_markup_from_data(pages[path])
    doc = pages["/document/999001"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=alert(3)&gt;" in doc  # the label as printed, escaped
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in doc  # the footnote
    assert "&quot;quotes&quot; &amp; &#x27;apostrophes&#x27; &lt;/article&gt;&lt;/main&gt;" in doc
    data = Page(doc).jsonld()  # decoded, the JSON-LD holds the text exactly
    assert any('</script><script>alert("summary")</script>' in str(v) for v in values(data))
    assert Page(doc).classes["article.turn"] == count(store, "SELECT (COUNT(?t) AS ?n) WHERE { ?t a ldp:SpeechTurn }")
    assert "&lt;script&gt;alert(7)&lt;/script&gt;" in pages["/person/999001-ivan-testov.html"] or \
        "Ivan" in pages["/person/999001-ivan-testov.html"]


def test_static_site_is_escaped_too(injected, tmp_path):
    write_static_site(injected, tmp_path / "site")
    for path in (tmp_path / "site").rglob("*.html"):
        assert_no_markup_from_data(path.read_text("utf-8"))



def test_a_download_sends_one_versions_bytes_while_dist_is_replaced(built, tmp_path):
    """A rebuild that replaces a file between the answer's headers and its body: the client gets the bytes its
    Content-Length announced, of the one version the publication check found (once the size of one and the bytes
    of the other: a torn download, seen as a third manifest by the rebuild-under-load test)."""
    from wsgiref.util import setup_testing_defaults

    dist = tmp_path / "dist"
    shutil.copytree(built, dist)
    app = make_app(dist, sparql=False)
    old = (dist / "manifest.json").read_bytes()
    environ = {"REQUEST_METHOD": "GET", "REQUEST_URI": "/dist/manifest.json", "PATH_INFO": "/dist/manifest.json"}
    setup_testing_defaults(environ)
    sent = {}

    def start_response(status, headers, exc_info=None):
        sent["status"], sent["headers"] = status, dict(headers)
        replacement = dist / "manifest.json.new"  # the build's swap, right after the headers went out
        replacement.write_bytes(old + b" " * 4096)
        os.replace(replacement, dist / "manifest.json")

    chunks = app(environ, start_response)
    body = b"".join(chunks)
    getattr(chunks, "close", lambda: None)()
    assert sent["status"].startswith("200"), sent
    assert int(sent["headers"]["Content-Length"]) == len(body) and body == old

# --------------------------------------------------------------------------- static site

def test_static_site(built, tmp_path):
    out = tmp_path / "site"
    written = write_static_site(built, out)
    for rel in ("index.html", "dataset.html", "dataset.ttl", "ns.html", "ns.ttl", "shapes.html", ".htaccess",
                "document/300025.html", "document/300025.ttl", "document/300025.jsonld", "document/300025.nt",
                "document/300025.nq", "person/mao-zedong.html", "person/mao-zedong.ttl", "person/mao-zedong.jsonld",
                "person/mao-zedong.nt", "person/mao-zedong.nq", "place/beijing.html", "dist/dataset.nq",
                "dist/manifest.json"):
        assert rel in written and (out / rel).is_file(), rel
    assert (out / "dist" / "dataset.nq").read_bytes() == (built / "dataset.nq").read_bytes()
    # the per-resource files are what the server answers
    app = make_app(built, sparql=False)
    for rel in ("document/300025.ttl", "person/mao-zedong.nt", "place/beijing.jsonld"):
        _, _, body = request(app, "/" + rel)
        assert (out / rel).read_bytes() == body, rel
    # every relative link of every page points at a file of the site
    for page_path in [out / "document" / "300025.html", out / "person" / "mao-zedong.html", out / "index.html"]:
        page = Page(page_path.read_text("utf-8"))
        for a in page.links() + page.find("link", rel="alternate"):
            href = a["href"]
            if urlsplit(href).scheme or href.startswith("#"):
                continue
            target = (page_path.parent / href.split("#")[0]).resolve()
            assert target.is_file(), f"{page_path.name}: {href}"
    htaccess = (out / ".htaccess").read_text()
    assert "R=303" in htaccess and "text/turtle" in htaccess and "person|place|organization|work|event" in htaccess


def test_static_site_into_dist(built, tmp_path):
    dist = tmp_path / "dist"
    shutil.copytree(built, dist)
    before = {p.name: p.read_bytes() for p in dist.iterdir() if p.is_file()}
    written = write_static_site(dist)
    assert "document/300025.html" in written and "index.html" in written
    for name, data in before.items():  # the dumps are untouched
        assert (dist / name).read_bytes() == data, name
    assert "RewriteRule ^dist/([^/]+)$ $1" in (dist / ".htaccess").read_text()
    page = Page((dist / "document" / "300025.html").read_text("utf-8"))
    assert [a for a in page.find("a", href="../dataset.ttl") if "download" in a]


def test_site_command(built, tmp_path):
    result = run_cli("site", "--dist", built, "--out", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "document" / "300025.html").is_file()


def test_the_server_and_its_workers_share_one_on_disk_store(server, built):
    """One copy of the data, on disk beside dist/: the server and every SPARQL worker hold the files of
    the same read-only store open (none loads the dump into its own memory)."""
    from ld.query import store_folder

    stores = [p for p in store_folder(built).iterdir() if (p / "stamp.json").is_file()]
    assert len(stores) == 1
    sums = dict(reversed(line.split()) for line in (built / "SHA256SUMS").read_text().splitlines())
    assert stores[0].name == sums["dataset.nq"]  # the store of this dump, by its checksum
    db = str((stores[0] / "db").resolve())
    for pid in [server.proc.pid, *wait_for_workers(server)]:
        held = {os.path.realpath(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
        assert any(path.startswith(db) for path in held), f"process {pid} has no file of {db} open"
