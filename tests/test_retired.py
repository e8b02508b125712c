"""Retired IRIs: a withdrawn one answers 410 Gone saying when and why, a replaced one 301 to its
successor, in ``ldpub serve``, in the static site's .htaccess and in the RDF; a release refuses an
IRI of an earlier release that silently disappeared (a register slug changed)."""

import json

import pyoxigraph as ox
import pytest

from conftest import run_cli
from ld.errors import ConfigError
from ld.pipeline import build
from ld.web.app import App, request
from ld.web.publication import Publication
from ld.web.static import write_static_site
from test_release import BASE, edit, git, release, repo, wiki  # noqa: F401  (fixtures)

RETIRED = """
[[withdrawn]]
iri = "document/300026"
date = 2026-12-01
reason = "a duplicate of document 300025"

[[replaced]]
iri = "person/khrushchov"
by = "person/nikita-khrushchev"
date = 2026-12-01
reason = "the slug was misspelt"
"""


@pytest.fixture
def retired_dist(source_copy, tmp_path):
    (source_copy / "retired.toml").write_text(RETIRED)
    build(source_copy, tmp_path / "dist", jobs=1)
    return tmp_path / "dist"


def header(headers, name):
    return next(v for k, v in headers if k.lower() == name.lower())


def test_serve_answers_410_and_301(retired_dist):
    app = App(Publication(retired_dist))
    status, headers, body = request(app, "/document/300026", accept="text/html")
    assert status == "410 Gone" and "text/html" in header(headers, "Content-Type")
    assert b"withdrawn on 2026-12-01: a duplicate of document 300025" in body
    status, _, body = request(app, "/document/300026.ttl")
    assert status == "410 Gone" and b"a duplicate of document 300025" in body
    status, headers, _ = request(app, "/person/khrushchov")
    assert status == "301 Moved Permanently" and header(headers, "Location") == "/person/nikita-khrushchev"
    status, headers, _ = request(app, "/person/khrushchov.jsonld")
    assert status == "301 Moved Permanently" and header(headers, "Location") == "/person/nikita-khrushchev.jsonld"
    status, _, _ = request(app, "/person/nikita-khrushchev", accept="text/turtle")
    assert status.startswith("303")  # the successor answers as before
    assert request(app, "/document/300099")[0] == "404 Not Found"  # never published: still 404


def test_the_rdf_marks_them_deprecated(retired_dist):
    store = ox.Store()
    store.load(path=str(retired_dist / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    graph = ox.NamedNode(BASE + "graph/retired")
    ask = lambda q: store.query("PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX dcterms: <http://purl.org/dc/terms/> "  # noqa: E731
                                f"PREFIX ldp: <https://w3id.org/ldpub/ns#> ASK {{ GRAPH {graph} {{ {q} }} }}")
    assert ask(f"<{BASE}person/khrushchov> owl:deprecated true ; dcterms:isReplacedBy <{BASE}person/nikita-khrushchev>")
    assert ask(f'<{BASE}document/300026> owl:deprecated true ; ldp:retiredOn "2026-12-01"^^<http://www.w3.org/2001/XMLSchema#date>')
    assert not ask(f"<{BASE}document/300026> dcterms:isReplacedBy ?x")


def test_the_static_site_redirects_them(retired_dist, tmp_path):
    written = write_static_site(retired_dist, tmp_path / "site")
    assert "retired/document/300026.html" in written
    page = (tmp_path / "site" / "retired" / "document" / "300026.html").read_text()
    assert "410 Gone" in page and "a duplicate of document 300025" in page
    rules = (tmp_path / "site" / ".htaccess").read_text()
    assert r"RewriteRule ^person/khrushchov(\.(?:html|ttl|jsonld|nt|nq))?$ person/nikita-khrushchev$1 [R=301,L]" in rules
    assert r"RewriteRule ^document/300026(\.(?:html|ttl|jsonld|nt|nq))?$ - [G]" in rules
    assert "ErrorDocument 410 /retired/document/300026.html" in rules
    # before every other rule, so that no negotiation rule answers first
    assert rules.index("person/khrushchov") < rules.index("RewriteRule ^(person")


@pytest.mark.parametrize("text, message", [
    ('[[withdrawn]]\niri = "document/300025"\ndate = 2026-12-01\nreason = "x"\n', "still published"),
    ('[[replaced]]\niri = "person/x"\nby = "person/nobody"\ndate = 2026-12-01\nreason = "x"\n', "not published"),
    ('[[withdrawn]]\niri = "document/300026"\ndate = 2026-12-01\n', "say why"),
    ('[[withdrawn]]\niri = "http://elsewhere/x"\ndate = 2026-12-01\nreason = "x"\n', "not a published path"),
    ('[[withdrawn]]\niri = "document/300026"\ndate = "soon"\nreason = "x"\n', "is not a date"),
])
def test_bad_declarations_are_located_errors(source_copy, tmp_path, text, message):
    (source_copy / "retired.toml").write_text(text)
    with pytest.raises(ConfigError, match=message) as error:
        build(source_copy, tmp_path / "dist", jobs=1)
    assert error.value.path.endswith("retired.toml") and error.value.line


def test_a_changed_slug_needs_a_declared_replacement(repo, wiki):  # noqa: F811
    assert release(repo, wiki, "1.0.0", "--date", "2026-11-02").returncode == 0
    edit(repo, "entities.toml", 'slug = "nikita-khrushchev"', 'slug = "khrushchev"', "slug renamed")
    done = release(repo, wiki, "1.0.1", "--date", "2026-12-01")
    assert done.returncode == 2 and "would answer 404 Not Found: person/nikita-khrushchev (release 1.0.0)" in done.stderr
    assert "[[replaced]]" in done.stderr and not (repo / "releases" / "1.0.1").exists()
    (repo / "source" / "retired.toml").write_text(
        '[[replaced]]\niri = "person/nikita-khrushchev"\nby = "person/khrushchev"\ndate = 2026-12-01\n'
        'reason = "shorter slug"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "declared")
    done = release(repo, wiki, "1.0.1", "--date", "2026-12-01")
    assert done.returncode == 0, done.stderr
    assert "| person/nikita-khrushchev | 2026-12-01 | replaced by person/khrushchev | shorter slug |" in \
        (repo / "dist" / "CHANGES.md").read_text()
    status = run_cli("serve", "--dist", repo / "dist", "--get", "/person/nikita-khrushchev", cwd=repo)
    assert "301 Moved Permanently" in status.stdout and "Location: /person/khrushchev" in status.stdout


def test_withdrawing_a_document_is_a_major_release(repo, wiki):  # noqa: F811
    documents = repo / "source" / "documents"
    (documents / "900001.txt").write_bytes((documents / "300025.txt").read_bytes())
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "two documents")
    assert release(repo, wiki, "1.0.0", "--date", "2026-11-02").returncode == 0
    (documents / "900001.txt").unlink()
    (repo / "source" / "retired.toml").write_text(
        '[[withdrawn]]\niri = "document/900001"\ndate = 2026-12-01\nreason = "a copy of 300025"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "withdrawn")
    done = release(repo, wiki, "1.1.0", "--date", "2026-12-01")
    assert done.returncode == 2 and "must be a major release" in done.stderr and "2.0.0" in done.stderr
    done = release(repo, wiki, "2.0.0", "--date", "2026-12-01")
    assert done.returncode == 0, done.stderr
    record = json.loads((repo / "releases" / "2.0.0" / "manifest.json").read_text())
    assert record["changes"]["summary"]["documents_withdrawn"] == 1 and record["withdrawn"] == ["document/900001"]
    status = run_cli("serve", "--dist", repo / "dist", "--get", "/document/900001", cwd=repo)
    assert "410 Gone" in status.stdout and "a copy of 300025" in status.stdout
