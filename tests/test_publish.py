"""The published dumps: same graph in every format, reproducible, atomic."""

import hashlib
import json
import shutil

import pyoxigraph as ox
from pyld import jsonld
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import ROOT, SOURCE, run_cli, snapshot
from ld.pipeline import build
from ld.validate import FORMATS, read_rdf


def parse(path, fmt) -> Graph:
    """Any dump as one rdflib graph (``fmt`` documents what the extension means)."""
    assert FORMATS[path.suffix] == fmt
    return read_rdf(path)


def test_every_format_is_the_same_graph(built):
    reference = parse(built / "dataset.nt", "nt")
    assert len(reference) > 400
    for name, fmt in [("dataset.ttl", "turtle"), ("dataset.jsonld", "json-ld"), ("dataset.nq", "nquads"),
                      ("dataset.trig", "trig")]:
        assert isomorphic(parse(built / name, fmt), reference), name


def test_jsonld_expands_offline_with_pyld(built):
    """pyld expands the dump without fetching anything (the context is embedded)."""
    def no_network(url, options=None):
        raise AssertionError(f"tried to fetch {url}")

    document = json.loads((built / "dataset.jsonld").read_text())
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": no_network})
    graph = Graph().parse(data=nquads, format="nt")
    assert isomorphic(graph, parse(built / "dataset.nt", "nt"))


def test_jsonld_read_with_the_published_context_file_is_the_turtle_graph(built):
    """A reader who takes context.jsonld (as published next to the dump) instead of the embedded
    context gets the same graph: the file is exactly the embedded context."""
    text = (built / "dataset.jsonld").read_text("utf-8")
    published = (built / "context.jsonld").read_text("utf-8")
    assert json.loads(published) == {"@context": json.loads(text)["@context"]}
    embedded = text[:text.index(',\n"@graph"')]  # byte for byte, as the dump writes it
    assert published == embedded + "}\n"
    url = "https://example.org/context.jsonld"

    def local_only(requested, options=None):
        assert requested == url, f"tried to fetch {requested}"
        return {"contextUrl": None, "documentUrl": url, "document": json.loads(published)}

    document = dict(json.loads(text), **{"@context": url})
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": local_only})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), parse(built / "dataset.ttl", "turtle"))


def test_nquads_has_one_graph_per_document_and_shared_graphs(built):
    graphs = {q.graph_name.value for q in ox.parse(path=str(built / "dataset.nq"), format=ox.RdfFormat.N_QUADS)}
    assert graphs == {"https://w3id.org/ldpub/document/300025", "https://w3id.org/ldpub/graph/entities",
                      "https://w3id.org/ldpub/graph/links", "https://w3id.org/ldpub/graph/dataset"}


def test_no_blank_nodes_and_http_schema(built):
    text = (built / "dataset.nt").read_text()
    assert "_:" not in text
    assert "https://schema.org/" not in text and "<http://schema.org/Conversation>" in text


def test_manifest_lists_every_file_with_checksum_size_and_triples(built):
    manifest = json.loads((built / "manifest.json").read_text())
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()} - {"manifest.json", "SHA256SUMS"}
    assert set(listed) == on_disk
    for name, entry in listed.items():
        data = (built / name).read_bytes()
        assert entry["bytes"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest()
    nt_lines = (built / "dataset.nt").read_text().count("\n")
    assert listed["dataset.nt"]["triples"] == nt_lines == listed["dataset.ttl"]["triples"]
    assert sum(manifest["graphs"].values()) == listed["dataset.nq"]["triples"]


def test_standalone_void_gives_sizes_and_checksums(built):
    void = Graph().parse(built / "void.ttl")
    manifest = {f["path"]: f for f in json.loads((built / "manifest.json").read_text())["files"]}
    rows = void.query("""PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX spdx: <http://spdx.org/rdf/terms#>
        SELECT ?url ?size ?sum WHERE {
            ?d dcat:downloadURL ?url ; dcat:byteSize ?size ; spdx:checksum/spdx:checksumValue ?sum }""")
    got = {str(r.url).rsplit("/", 1)[1]: (int(r.size), str(r.sum)) for r in rows}
    assert got and all(got[name] == (manifest[name]["bytes"], manifest[name]["sha256"]) for name in got)
    assert set(got) == {"dataset.ttl", "dataset.nt", "dataset.nq", "dataset.trig", "dataset.jsonld",
                        "dataset.nt.gz", "dataset.nq.gz"}


def test_rebuild_is_byte_identical(built, tmp_path):
    again = tmp_path / "dist"
    build(SOURCE, again)
    assert snapshot(again) == snapshot(built)


def test_committed_dist_equals_a_fresh_build(built):
    assert snapshot(ROOT / "dist") == snapshot(built), "run `ldpub build` and commit dist/"


def test_validate_command_on_the_dumps(built):
    # the published graph has warnings and infos, no violation: it does not conform, by SHACL (exit 3)
    result = run_cli("validate", built / "dataset.ttl")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "does not conform: 0 violations" in result.stdout
    as_json = run_cli("validate", "--json", built / "dataset.nq")
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 3 and report["conforms"] is False and report["violations"] == 0


def test_validate_command_exit_codes(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://e.org/p> a <http://schema.org/Person> ; <http://schema.org/sameAs> "Q1" .')
    result = run_cli("validate", "--json", bad)
    assert result.returncode == 1
    codes = {p["code"] for p in json.loads(result.stdout)["problems"]}
    assert {"wikidata-iri", "entity-name"} <= codes
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .")
    result = run_cli("validate", broken)
    assert result.returncode == 2 and "broken.ttl" in result.stderr and "Traceback" not in result.stderr


def test_a_build_with_violations_publishes_nothing(tmp_path, monkeypatch, capsys):
    """The shapes find a violation: the report is printed, exit 1, dist/ untouched."""
    import ld.pipeline
    from ld.cli import main
    from ld.problems import Problem, Report

    out = tmp_path / "dist"
    shutil.copytree(ROOT / "dist", out)
    before = snapshot(out)
    broken = Report([Problem("Violation", "turn-sender", "a speech turn needs exactly one speaker", focus="x#seg-0001")])
    monkeypatch.setattr(ld.pipeline, "validate_graph", lambda graph: broken)
    # its own cache: the patched validation must not leave its results in the project's
    assert main(["build", "--source", str(SOURCE), "--out", str(out), "--cache", str(tmp_path / "cache")]) == 1
    captured = capsys.readouterr()
    assert "turn-sender" in captured.out and "does not conform" in captured.err
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".dist.*")), "a staging folder was left behind"


def test_union_of_named_graphs_equals_the_turtle_dump(built):
    quads = ox.parse(path=str(built / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    turtle = {ox.Triple(q.subject, q.predicate, q.object)
              for q in ox.parse(path=str(built / "dataset.ttl"), format=ox.RdfFormat.TURTLE)}
    assert union == turtle
    nt_lines = (built / "dataset.nt").read_text().splitlines()
    assert len(nt_lines) == len(set(nt_lines)) == len(turtle)


def test_checksums_verify_with_sha256sum_and_gzip_copies_match(built):
    import gzip
    import subprocess

    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=built, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == len((built / "SHA256SUMS").read_text().splitlines())
    for name in ("dataset.nq", "dataset.nt"):
        # one gzip member per graph, concatenated: gzip(1) and Python read them as one stream
        assert gzip.decompress((built / f"{name}.gz").read_bytes()) == (built / name).read_bytes()
        unzipped = subprocess.run(["gzip", "-dc", f"{name}.gz"], cwd=built, capture_output=True, check=True)
        assert unzipped.stdout == (built / name).read_bytes()


def test_gzip_publication_compresses_every_format(built, tmp_path):
    import gzip
    import subprocess

    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    with open(source / "config.toml", "a", encoding="utf-8") as config:
        config.write('\n[publish]\ndumps = "gzip"\n')
    out = tmp_path / "dist"
    build(source, out)
    dumps = sorted(p.name for p in out.glob("dataset.*"))
    assert dumps == ["dataset.jsonld.gz", "dataset.nq.gz", "dataset.nt.gz", "dataset.trig.gz", "dataset.ttl.gz"]
    manifest = {f["path"]: f for f in json.loads((out / "manifest.json").read_text())["files"]}
    graphs = {}
    for name, fmt in [("nt", "nt"), ("nq", "nquads"), ("ttl", "turtle"), ("trig", "trig"), ("jsonld", "json-ld")]:
        plain = tmp_path / f"dataset.{name}"
        plain.write_bytes(subprocess.run(["gzip", "-dc", str(out / f"dataset.{name}.gz")], capture_output=True,
                                         check=True).stdout)
        graphs[name] = parse(plain, fmt)
        assert len(graphs[name]) == manifest[f"dataset.{name}.gz"]["triples"]
        assert manifest[f"dataset.{name}.gz"]["content_media_type"]
    assert all(isomorphic(graph, graphs["nt"]) for graph in graphs.values())
    # the documents' and entities' graphs are those of the plain publication; only the
    # dataset description (which lists the dump files) differs
    plain_lines = set((built / "dataset.nq").read_bytes().splitlines())
    gzip_lines = set(gzip.decompress((out / "dataset.nq.gz").read_bytes()).splitlines())
    assert {line for line in plain_lines ^ gzip_lines if not line.endswith(b"/graph/dataset> .")} == set()
    # the exports too are compressed, and say what the plain publication's say
    exports = snapshot(out / "exports")
    assert sorted(exports) == sorted(f"{name}.gz" for name in snapshot(built / "exports"))
    assert {name.removesuffix(".gz"): gzip.decompress(data) for name, data in exports.items()} == \
        snapshot(built / "exports")
    assert b"dataset.ttl.gz" in (out / "void.ttl").read_bytes()
    # `ldpub query` (like load, export and serve, through ld.query.dump_path) reads the gzipped N-Quads
    done = run_cli("query", "--dist", out, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["n", str(manifest["dataset.nq.gz"]["triples"])]


def test_an_unknown_publication_mode_is_a_clear_error(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    with open(source / "config.toml", "a", encoding="utf-8") as config:
        config.write('\n[publish]\ndumps = "zip"\n')
    done = run_cli("build", "--source", source, "--out", tmp_path / "dist")
    err = done.stderr
    assert done.returncode == 2, err
    assert "config.toml" in err and "'zip' is not a publication mode" in err and 'dumps = "gzip"' in err
    assert "Traceback" not in err and not (tmp_path / "dist").exists()


def test_exports_are_listed_in_the_manifest(built):
    manifest = {f["path"] for f in json.loads((built / "manifest.json").read_text())["files"]}
    assert {"exports/turns.csv", "exports/mentions.csv", "exports/network.graphml"} <= manifest
    import csv

    with open(built / "exports" / "turns.csv", newline="") as f:
        turns = list(csv.DictReader(f))
    assert len(turns) == 53 and turns[1]["speaker_label"] == "Comrade Begir Balluku"
    assert turns[1]["speaker_name"] == "Beqir Balluku"


def test_build_html_writes_the_static_site_into_the_publication(tmp_path):
    import subprocess

    out = tmp_path / "site"
    result = run_cli("build", "--html", "--out", out, "--no-cache", "-q")
    assert result.returncode == 0, result.stderr
    page = (out / "document" / "300025.html").read_text()
    assert page.count('class="turn') >= 53 and "Comrade Begir Balluku" in page
    assert (out / "person" / "mao-zedong.ttl").exists() and (out / ".htaccess").exists()
    listed = {f["path"] for f in json.loads((out / "manifest.json").read_text())["files"]}
    assert {"document/300025.html", "person/mao-zedong.html", "dataset.ttl"} <= listed
    assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=out).returncode == 0


def test_trig_pieces_equal_oxigraphs_trig_writer():
    """A graph's TriG piece is made from its Turtle; it must be what Oxigraph's TriG writer writes."""
    import pyoxigraph as ox

    from ld import mapping
    from ld.pipeline import load_source, prepare
    from ld.publish import _body, trig_body
    from ld.terms import ox_triples
    from ld.vocab import Iris, turtle_prefixes

    source = load_source(SOURCE)
    iris = Iris(source.config.base)
    graphs = [[ox.Triple(*t) for t in ox_triples(mapping.document_graph(prepare(p, source.register), iris)).terms]
              for p in source.documents]
    graphs.append([ox.Triple(ox.NamedNode("https://example.org/a"), ox.NamedNode("http://schema.org/text"),
                             ox.Literal('two\nlines, a "quote", a \\ and a \t tab'))])
    prefixes = turtle_prefixes(source.config.base)
    for triples in graphs:
        name = "https://example.org/graph/1"
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name)) for t in triples]
        turtle = _body(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes))
        assert trig_body(name, turtle) == _body(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes))
    assert trig_body("https://example.org/graph/2", b"") == b""


def test_the_void_statistics_count_what_the_dump_holds(built):
    """void:triples, void:distinctSubjects, void:entities and void:classes, counted again from the dump
    (documents, entities and link records; the description does not count itself)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(built / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    outside = 'FILTER(!STRENDS(STR(?g), "/graph/dataset"))'

    def count(pattern: str) -> int:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT {pattern} }}"
        return int(next(iter(store.query(query)))["n"].value)
    counted = {
        "triples": count(f"?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {outside} }}"),
        "distinctSubjects": count(f"?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {outside} }}"),
        "entities": count(f"?s WHERE {{ GRAPH ?g {{ ?s a ?c }} {outside} }}"),
        "classes": count(f"?c WHERE {{ GRAPH ?g {{ ?s a ?c }} {outside} }}"),
    }
    described = {name: int(next(iter(store.query(
        f"SELECT ?n WHERE {{ GRAPH ?g {{ ?d a <http://rdfs.org/ns/void#Dataset> ; <http://www.w3.org/ns/dcat#distribution> ?x ;"
        f" <http://rdfs.org/ns/void#{name}> ?n }} }}")))["n"].value) for name in counted}
    assert described == counted



def test_dumps_written_in_groups_by_two_processes_are_the_dumps_written_at_once(tmp_path):
    """The build writes the dumps in two sets, each by a process of its own (``ld.publish.dump_groups``):
    together they must be every dump, each once, byte for byte what one writer of all of them writes."""
    from ld import mapping
    from ld.config import DUMP_MODES
    from ld.pipeline import load_source, prepare
    from ld.publish import dump_groups, write_dumps, write_pieces
    from ld.terms import ox_triples
    from ld.vocab import Iris

    source = load_source(SOURCE)
    iris = Iris(source.config.base)
    graphs = {"document": mapping.document_graph(prepare(source.documents[0], source.register), iris),
              "empty": mapping.new_graph(), "entities": mapping.entities_graph(source.register, iris)}
    for mode in ("plain", "gzip"):
        names = DUMP_MODES[mode]
        pieces = [write_pieces(str(iris.graph(name)), ox_triples(graph), tmp_path / mode / "pieces" / name,
                               source.config.base, mode) for name, graph in graphs.items()]
        groups = dump_groups(pieces, mode, 2)
        assert len(groups) == 2 and sorted(n for g in groups for n in g) == sorted(names)
        loads = [sum(p.sizes[names.index(n)] for p in pieces for n in g) for g in groups]
        assert max(loads) < 0.6 * sum(loads)  # (about half each)
        totals = {n: sum(p.sizes[names.index(n)] for p in pieces) for n in names}
        assert dump_groups(pieces, mode, 1) == [sorted(names, key=lambda n: (-totals[n], n))]  # (one set, largest first)
        once, grouped = tmp_path / mode / "once", tmp_path / mode / "grouped"
        once.mkdir()
        grouped.mkdir()
        counts, digests = write_dumps(once, pieces, source.config.base, mode)
        parts = [write_dumps(grouped, pieces, source.config.base, mode, only=g) for g in groups]
        assert {k: v for c, _ in parts for k, v in c.items()} == counts
        assert {k: v for _, d in parts for k, v in d.items()} == digests
        for name in names:
            data = (grouped / name).read_bytes()
            assert data == (once / name).read_bytes() and hashlib.sha256(data).hexdigest() == digests[name]
