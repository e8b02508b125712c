"""query, load and export: embedded pyoxigraph, a real `oxigraph serve`, and servers that misbehave."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from conftest import run_cli
from ld import cli
from ld.errors import InputError, NetworkError, QueryError
from ld.export import export_tables
from ld.load import endpoints, load
from ld.query import open_store, read_query, render, run_query

# the server fixtures: imported so that pytest finds them in this module
from oxigraph_server import (  # noqa: F401
    fake_endpoint,
    faulty_proxy,
    free_port,
    oxigraph,
    oxigraph_plain,
    oxigraph_plain_session,
    oxigraph_session,
)

B = "https://w3id.org/ldpub/"
DOC1, DOC2 = f"{B}document/1", f"{B}document/2"
ENTITIES, LINKS, DATASET = f"{B}graph/entities", f"{B}graph/links", f"{B}graph/dataset"

TRIG = f"""
@prefix schema: <http://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix ldp: <https://w3id.org/ldpub/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix person: <{B}person/> .
@prefix place: <{B}place/> .

<{DOC1}> {{
  <{DOC1}> a schema:Conversation ; schema:identifier "1" ; schema:name "First talk"@en ;
      dcterms:date "1964-10-09"^^xsd:date ; schema:mentions person:khrushchev, place:beijing .
  <{DOC1}#seg-0001> a ldp:SpeechTurn, schema:Message ; schema:isPartOf <{DOC1}> ; schema:position 1 ;
      schema:sender person:mao ; ldp:speakerLabel "Comrade Mao Zedong" ;
      schema:text "Khrushchev did not finish."@en ; schema:mentions person:khrushchev .
  <{DOC1}#seg-0002> a ldp:SpeechTurn, schema:Message ; schema:isPartOf <{DOC1}> ; schema:position 2 ;
      schema:sender person:zhou ; ldp:speakerLabel "Zhou Enlai" ; schema:text "Indeed, \\"no\\".\\nNew paragraph."@en .
  <{DOC1}#seg-0003> a ldp:StageDirection ; schema:isPartOf <{DOC1}> ; schema:position 3 ;
      schema:text "(Laughter.)"@en .
  <{DOC1}#seg-0004> a ldp:SpeechTurn, schema:Message ; schema:isPartOf <{DOC1}> ; schema:position 4 ;
      schema:sender person:zhou ; ldp:speakerLabel "Zhou" ; schema:text "Let me add, in Beijing."@en ;
      ldp:embeddedIn <{DOC1}#seg-0002> .
  <{DOC1}#seg-0005> a ldp:SpeechTurn, schema:Message ; schema:isPartOf <{DOC1}> ; schema:position 5 ;
      schema:sender person:mao ; ldp:speakerLabel "Mao" ; schema:text "Beijing and Khrushchev."@en ;
      schema:mentions person:khrushchev, place:beijing .
  <{DOC1}#m-0001-1> a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody person:khrushchev ;
      oa:hasTarget <{DOC1}#m-0001-1-target> .
  <{DOC1}#m-0001-1-target> a oa:SpecificResource ; oa:hasSource <{DOC1}#seg-0001> ;
      oa:hasSelector <{DOC1}#m-0001-1-position>, <{DOC1}#m-0001-1-quote> .
  <{DOC1}#m-0001-1-position> a oa:TextPositionSelector ; oa:start "0"^^xsd:nonNegativeInteger ;
      oa:end "10"^^xsd:nonNegativeInteger .
  <{DOC1}#m-0001-1-quote> a oa:TextQuoteSelector ; oa:exact "Khrushchev" ; oa:prefix "" ; oa:suffix " did" .
  <{DOC1}#m-0005-1> a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody place:beijing ;
      oa:hasTarget <{DOC1}#m-0005-1-target> .
  <{DOC1}#m-0005-1-target> a oa:SpecificResource ; oa:hasSource <{DOC1}#seg-0005> ;
      oa:hasSelector <{DOC1}#m-0005-1-position>, <{DOC1}#m-0005-1-quote> .
  <{DOC1}#m-0005-1-position> a oa:TextPositionSelector ; oa:start "0"^^xsd:nonNegativeInteger ;
      oa:end "7"^^xsd:nonNegativeInteger .
  <{DOC1}#m-0005-1-quote> a oa:TextQuoteSelector ; oa:exact "Beijing" .
  <{DOC1}#m-0005-2> a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody person:khrushchev ;
      oa:hasTarget <{DOC1}#m-0005-2-target> .
  <{DOC1}#m-0005-2-target> a oa:SpecificResource ; oa:hasSource <{DOC1}#seg-0005> ;
      oa:hasSelector <{DOC1}#m-0005-2-position>, <{DOC1}#m-0005-2-quote> .
  <{DOC1}#m-0005-2-position> a oa:TextPositionSelector ; oa:start "12"^^xsd:nonNegativeInteger ;
      oa:end "22"^^xsd:nonNegativeInteger .
  <{DOC1}#m-0005-2-quote> a oa:TextQuoteSelector ; oa:exact "Khrushchev" .
}}

<{DOC2}> {{
  <{DOC2}> a schema:Conversation ; schema:identifier "2" ; schema:name "Second talk"@en ;
      dcterms:date "1965-01"^^xsd:gYearMonth .
  <{DOC2}#seg-0001> a ldp:SpeechTurn, schema:Message ; schema:isPartOf <{DOC2}> ; schema:position 1 ;
      schema:sender person:mao ; ldp:speakerLabel "Chairman" ; schema:text "Welcome."@en .
  <{DOC2}#seg-0002> a ldp:SpeechTurn, schema:Message ; schema:isPartOf <{DOC2}> ; schema:position 2 ;
      schema:sender person:zhou ; ldp:speakerLabel "ZHOU" ; schema:text "Thank you, N.K."@en .
  <{DOC2}#m-0002-1> a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody person:khrushchev ;
      oa:hasTarget <{DOC2}#m-0002-1-target> ; ldp:uncertain true .
  <{DOC2}#m-0002-1-target> a oa:SpecificResource ; oa:hasSource <{DOC2}#seg-0002> ;
      oa:hasSelector <{DOC2}#m-0002-1-quote> .
  <{DOC2}#m-0002-1-quote> a oa:TextQuoteSelector ; oa:exact "N.K." .
}}

<{ENTITIES}> {{
  person:mao a schema:Person ; schema:name "Mao Zedong"@en, "毛泽东"@zh-hans ; schema:sameAs wd:Q5816 .
  person:zhou a schema:Person ; schema:name "Zhou Enlai"@en ; schema:sameAs wd:Q17410 .
  person:khrushchev a schema:Person ; schema:name "Nikita Khrushchev"@en .
  place:beijing a schema:Place ; schema:name "Beijing"@en ; schema:sameAs wd:Q956 .
}}

<{LINKS}> {{
  <{B}link/person/mao> a oa:Annotation ; oa:motivatedBy oa:linking ; oa:hasTarget person:mao ;
      oa:hasBody wd:Q5816 .
}}

<{DATASET}> {{
  <{B}dataset> a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/title> "Test"@en .
}}
"""


def quads() -> list[ox.Quad]:
    return list(ox.parse(TRIG, format=ox.RdfFormat.TRIG))


def write_dist(folder: Path, data: list[ox.Quad] | None = None, *, empty_graphs=()) -> Path:
    """A dist/ folder like the build's: sorted dataset.nq, dataset.ttl prefixes, manifest and SHA256SUMS."""
    folder.mkdir(parents=True, exist_ok=True)
    data = quads() if data is None else data
    lines = sorted(set(ox.serialize(data, format=ox.RdfFormat.N_QUADS).decode().splitlines()))
    (folder / "dataset.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "dataset.ttl").write_bytes(ox.serialize(
        [q.triple for q in data], format=ox.RdfFormat.TURTLE,
        prefixes={"schema": "http://schema.org/", "person": f"{B}person/", "place": f"{B}place/"}))
    sizes: dict[str, int] = {g: 0 for g in empty_graphs}
    for q in set(data):
        sizes[q.graph_name.value] = sizes.get(q.graph_name.value, 0) + 1
    files = []
    for name, media_type in (("dataset.nq", "application/n-quads"), ("dataset.ttl", "text/turtle")):
        body = (folder / name).read_bytes()
        files.append({"path": name, "media_type": media_type, "bytes": len(body),
                      "sha256": hashlib.sha256(body).hexdigest(), "triples": len(set(data))})
    manifest = json.dumps({"files": files, "graphs": dict(sorted(sizes.items()))}, indent=2, sort_keys=True)
    (folder / "manifest.json").write_text(manifest + "\n")
    sums = [(f["sha256"], f["path"]) for f in files]
    sums.append((hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest(), "manifest.json"))
    (folder / "SHA256SUMS").write_text("".join(f"{digest}  {name}\n" for digest, name in sums))
    return folder


@pytest.fixture
def dist(tmp_path) -> Path:
    return write_dist(tmp_path / "dist")


def expected_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for q in set(quads()):
        counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
    return counts


def run(*argv, capsys):
    """ldpub in-process: (exit code, stdout, stderr)."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# queries that both engines must answer identically (ORDER BY on unique keys)
SAME_QUERIES = [
    "SELECT ?turn ?pos ?who ?text WHERE { ?turn a ldp:SpeechTurn ; schema:position ?pos ; schema:sender ?who ; "
    "schema:text ?text } ORDER BY ?turn",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT ?name ?qid WHERE { ?p a schema:Person ; schema:name ?name . OPTIONAL { ?p schema:sameAs ?qid } "
    "FILTER(lang(?name) = 'en') } ORDER BY ?name",
    "SELECT ?doc ?date WHERE { ?doc a schema:Conversation ; dcterms:date ?date } ORDER BY ?doc",
]
PROLOGUE = "".join(f"PREFIX {p}: <{n}>\n" for p, n in {
    "schema": "http://schema.org/", "ldp": "https://w3id.org/ldpub/ns#", "dcterms": "http://purl.org/dc/terms/"}.items())


# --------------------------------------------------------------------------- open_store: the dump and its checksum

def test_open_store_loads_every_quad(dist):
    store = open_store(dist)
    assert len(store) == len(set(quads())) == sum(expected_counts().values())
    assert {g.value for g in store.named_graphs()} == set(expected_counts())


def test_truncated_dump_fails_its_checksum(dist):
    data = (dist / "dataset.nq").read_bytes()
    (dist / "dataset.nq").write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as caught:
        open_store(dist)
    assert caught.value.path.endswith("dataset.nq")
    assert "checksum" in str(caught.value) and "SHA256SUMS" in str(caught.value)


def test_checksum_from_manifest_when_sha256sums_is_missing(dist):
    (dist / "SHA256SUMS").unlink()
    with (dist / "dataset.nq").open("ab") as handle:
        handle.write(b"# tampered\n")
    with pytest.raises(InputError, match="manifest.json"):
        open_store(dist)


def test_corrupt_dump_names_file_and_line(dist):
    (dist / "SHA256SUMS").unlink()
    (dist / "manifest.json").unlink()
    lines = (dist / "dataset.nq").read_text().splitlines()
    lines[6] = lines[6][:40]  # a quad cut in the middle
    (dist / "dataset.nq").write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as caught:
        open_store(dist)
    assert caught.value.path.endswith("dataset.nq")
    assert caught.value.line == 7
    assert str(caught.value).startswith(f"{dist / 'dataset.nq'}:7: not valid N-Quads")


def test_corrupt_dump_on_the_command_line(dist, capsys):
    (dist / "dataset.nq").write_bytes((dist / "dataset.nq").read_bytes()[:-50])
    code, out, err = run("query", "--dist", dist, "ASK {}", capsys=capsys)
    assert code == 2 and out == ""
    assert "dataset.nq" in err and "checksum" in err and "Traceback" not in err


def test_missing_dist_is_a_clear_error(tmp_path, capsys):
    code, _, err = run("query", "--dist", tmp_path / "nope", "ASK {}", capsys=capsys)
    assert code == 2 and "ldpub build" in err


# --------------------------------------------------------------------------- run_query and the output formats

def test_syntax_error_reports_line_and_column(dist):
    store = open_store(dist)
    text = "SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER(\n}"
    with pytest.raises(QueryError) as caught:
        run_query(store, text)
    error = caught.value
    assert (error.line, error.column) == (5, 2)
    assert "line 5, column 2" in str(error)
    shown = str(error).splitlines()
    assert shown[1].endswith("| }") and shown[2].endswith("|  ^")


def test_syntax_error_in_a_file_names_the_file(dist, tmp_path, capsys):
    rq = tmp_path / "bad.rq"
    rq.write_text("PREFIX x: <http://x/>\nSELECT ?a WHERE { ?a nope:b ?c }\n")
    code, out, err = run("query", "--dist", dist, "--file", rq, capsys=capsys)
    assert code == 2 and out == ""
    assert f"{rq}:2: SPARQL syntax error at line 2" in err
    assert "undeclared prefix nope:" in err and "Traceback" not in err


def test_query_from_file_equals_query_from_argument(dist, tmp_path, capsys):
    rq = tmp_path / "turns.rq"
    rq.write_text(PROLOGUE + SAME_QUERIES[0])
    assert read_query(rq) == PROLOGUE + SAME_QUERIES[0]
    from_file = run("query", "--dist", dist, "--file", rq, "--format", "csv", capsys=capsys)
    from_arg = run("query", "--dist", dist, SAME_QUERIES[0], "--format", "csv", capsys=capsys)
    assert from_file == from_arg and from_file[0] == 0 and from_file[1].count("\r\n") == 7


def test_query_needs_exactly_one_source(dist, tmp_path, capsys):
    assert run("query", "--dist", dist, capsys=capsys)[0] == 2
    rq = tmp_path / "q.rq"
    rq.write_text("ASK {}")
    assert run("query", "--dist", dist, "ASK {}", "--file", rq, capsys=capsys)[0] == 2
    code, _, err = run("query", "--dist", dist, "--file", tmp_path / "missing.rq", capsys=capsys)
    assert code == 2 and "missing.rq" in err and "not found" in err


ROWS = ("SELECT ?turn ?who ?label ?text ?host WHERE { ?turn a ldp:SpeechTurn ; schema:isPartOf <%s> ; "
        "schema:sender ?who ; ldp:speakerLabel ?label ; schema:position ?pos ; schema:text ?text . "
        "OPTIONAL { ?turn ldp:embeddedIn ?host } } ORDER BY DESC(?pos)" % DOC1)


def test_format_table(dist, capsys):
    code, out, _ = run("query", "--dist", dist, ROWS, capsys=capsys)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["turn", "who", "label", "text", "host"]
    assert set(lines[1]) == {"-", " "}
    assert lines[-1] == "(4 rows)"
    # rows in the query's order (DESC position), IRIs shortened with the dump's prefixes
    assert [line.split()[0] for line in lines[2:-1]] == [f"<{DOC1}#seg-000{n}>" for n in (5, 4, 2, 1)]
    assert "person:mao" in lines[2] and "Beijing and Khrushchev." in lines[2]
    assert 'Indeed, "no". ⏎ New paragraph.' in lines[4]  # a newline in a cell stays on one line
    starts = {line.index("person:") for line in lines[2:-1]}
    assert len(starts) == 1  # aligned


def test_format_csv(dist, capsys):
    code, out, _ = run("query", "--dist", dist, ROWS, "--format", "csv", capsys=capsys)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == ["turn", "who", "label", "text", "host"]
    assert rows[1] == [f"{DOC1}#seg-0005", f"{B}person/mao", "Mao", "Beijing and Khrushchev.", ""]
    assert rows[3][3] == 'Indeed, "no".\nNew paragraph.' and rows[2][4] == f"{DOC1}#seg-0002"
    assert out.startswith("turn,who,label,text,host\r\n")


def test_format_tsv(dist, capsys):
    code, out, _ = run("query", "--dist", dist, ROWS, "--format", "tsv", capsys=capsys)
    lines = out.split("\n")
    assert code == 0 and lines[0] == "?turn\t?who\t?label\t?text\t?host"
    assert lines[1].split("\t") == [f"<{DOC1}#seg-0005>", f"<{B}person/mao>", '"Mao"',
                                    '"Beijing and Khrushchev."@en', ""]
    assert lines[3].split("\t")[3] == '"Indeed, \\"no\\".\\nNew paragraph."@en'
    assert len(lines) == 6 and lines[-1] == ""


def test_format_json_equals_oxigraphs_own_serializer(dist, capsys):
    code, out, _ = run("query", "--dist", dist, ROWS, "--format", "json", capsys=capsys)
    assert code == 0
    store = open_store(dist)
    native = store.query(ROWS, use_default_graph_as_union=True, prefixes={
        "schema": "http://schema.org/", "ldp": "https://w3id.org/ldpub/ns#"})
    assert json.loads(out) == json.loads(native.serialize(format=ox.QueryResultsFormat.JSON))
    bindings = json.loads(out)["results"]["bindings"]
    assert bindings[0]["text"] == {"type": "literal", "value": "Beijing and Khrushchev.", "xml:lang": "en"}
    assert "host" not in bindings[0] and bindings[1]["host"]["type"] == "uri"


def test_ask_in_every_format(dist, capsys):
    for fmt in ("table", "csv", "tsv"):
        assert run("query", "--dist", dist, "ASK { ?s a schema:Place }", "--format", fmt, capsys=capsys)[1] == "true\n"
        assert run("query", "--dist", dist, "ASK { ?s a schema:Event }", "--format", fmt, capsys=capsys)[1] == "false\n"
    out = run("query", "--dist", dist, "ASK { ?s a schema:Event }", "--format", "json", capsys=capsys)[1]
    assert json.loads(out) == {"head": {}, "boolean": False}


def test_construct_prints_ntriples(dist, capsys):
    query = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    code, out, _ = run("query", "--dist", dist, query, capsys=capsys)
    triples = [q.triple for q in ox.parse(out, format=ox.RdfFormat.N_TRIPLES)]
    assert code == 0 and len(triples) == 4
    assert ox.Triple(ox.NamedNode(f"{B}person/mao"), ox.NamedNode("http://schema.org/name"),
                     ox.Literal("毛泽东", language="zh-hans")) in triples


def test_rows_keep_the_engines_order(dist):
    store = open_store(dist)
    asc = run_query(store, "SELECT ?n WHERE { ?p schema:name ?n } ORDER BY ?n")
    desc = run_query(store, "SELECT ?n WHERE { ?p schema:name ?n } ORDER BY DESC(?n)")
    assert [r[0].value for r in asc.rows] == [r[0].value for r in reversed(desc.rows)]
    assert render(asc, "csv") != render(desc, "csv")


def test_union_default_graph_and_named_graphs(dist):
    store = open_store(dist)
    assert len(run_query(store, "SELECT * WHERE { ?s ?p ?o }").rows) == len(store)
    assert run_query(store, "SELECT * WHERE { ?s ?p ?o }", union_default_graph=False).rows == ()
    only = run_query(store, f"SELECT ?s WHERE {{ GRAPH <{ENTITIES}> {{ ?s a schema:Person }} }} ORDER BY ?s")
    assert [r[0].value for r in only.rows] == [f"{B}person/{n}" for n in ("khrushchev", "mao", "zhou")]


# --------------------------------------------------------------------------- load into a real Oxigraph server

def server_json(server, query: str) -> dict:
    return server.select(PROLOGUE + query)


def test_load_then_query_server_and_embedded_agree(dist, oxigraph):
    result = load(dist, oxigraph.base, retries=0)
    assert result.ok and not result.failed
    assert {g.graph: g.count for g in result.graphs} == expected_counts()
    store = open_store(dist)
    for query in SAME_QUERIES:
        embedded = json.loads(render(run_query(store, PROLOGUE + query), "json"))
        served = server_json(oxigraph, query)
        assert embedded == served, query
        assert embedded["results"]["bindings"], query


def test_load_twice_replaces_never_duplicates(dist, oxigraph):
    first = load(dist, f"{oxigraph.base}/store", retries=0)
    second = load(dist, f"{oxigraph.base}/store", retries=0)
    assert first.ok and second.ok
    assert oxigraph.graph_counts() == expected_counts()
    # a graph that lost a triple in the dump loses it on the server too: PUT replaces the graph
    smaller = [q for q in quads() if not (q.graph_name.value == DOC2 and q.predicate.value.endswith("name"))]
    write_dist(dist, smaller)
    third = load(dist, oxigraph.base, retries=0)
    assert third.ok and oxigraph.graph_counts()[DOC2] == expected_counts()[DOC2] - 1


def test_an_empty_graph_of_the_manifest_is_emptied_on_the_server(tmp_path, oxigraph):
    requests.put(f"{oxigraph.store}?graph={LINKS}", data=b"<http://a> <http://b> <http://c> .\n",
                 headers={"Content-Type": "application/n-triples"}, timeout=10).raise_for_status()
    data = [q for q in quads() if q.graph_name.value != LINKS]
    folder = write_dist(tmp_path / "dist", data, empty_graphs=[LINKS])
    result = load(folder, oxigraph.base, retries=0)
    assert result.ok and LINKS in [g.graph for g in result.loaded]
    assert LINKS not in oxigraph.graph_counts()


def test_load_on_the_command_line(dist, oxigraph):
    done = run_cli("load", "--dist", dist, "--endpoint", oxigraph.base)
    assert done.returncode == 0, done.stderr
    assert f"loaded 5 of 5 graph(s), {sum(expected_counts().values())} triples" in done.stdout
    assert oxigraph.graph_counts() == expected_counts()
    assert done.stderr == ""  # no progress line when stderr is not a terminal


def test_dry_run_sends_nothing(dist, faulty_proxy, capsys):
    proxy = faulty_proxy()
    code, out, _ = run("load", "--dist", dist, "--endpoint", proxy.base, "--dry-run", capsys=capsys)
    assert code == 0 and proxy.requests == []
    assert out.count("PUT http://127.0.0.1:") == 5 and "dry run: would PUT 5 graph(s)" in out
    assert "graph=https%3A%2F%2Fw3id.org%2Fldpub%2Fdocument%2F1 " in out


def test_server_not_running(dist, tmp_path, capsys):
    port = free_port()
    with pytest.raises(NetworkError) as caught:
        load(dist, f"http://127.0.0.1:{port}", retries=1, backoff=0)
    assert "cannot reach" in str(caught.value) and "no graph was loaded" in str(caught.value)
    assert caught.value.result.loaded == []
    code, _, err = run("load", "--dist", dist, "--endpoint", f"http://127.0.0.1:{port}/store", "--retries", "0",
                       capsys=capsys)
    assert code == 2 and f"127.0.0.1:{port}" in err and "Connection refused" in err and "Traceback" not in err


def test_a_graph_answering_500_is_retried_then_reported(dist, oxigraph, faulty_proxy):
    proxy = faulty_proxy(fail_graphs={DOC2}, fail_status=500)
    result = load(dist, proxy.base, retries=2, backoff=0)
    assert not result.ok
    assert [g.graph for g in result.failed] == [DOC2]
    failed = result.failed[0]
    assert failed.attempts == 3 == proxy.attempts(DOC2) and failed.http_status == 500
    assert "HTTP 500" in failed.error and "injected failure" in failed.error
    # every other graph is loaded, and checked
    assert {g.graph for g in result.loaded} == set(expected_counts()) - {DOC2}
    assert all(g.count == g.triples for g in result.loaded)
    counts = oxigraph.graph_counts()
    assert DOC2 not in counts and counts == {g: n for g, n in expected_counts().items() if g != DOC2}


def test_a_graph_answering_500_on_the_command_line(dist, oxigraph, faulty_proxy):
    proxy = faulty_proxy(fail_graphs={DOC1}, fail_status=503)
    done = run_cli("load", "--dist", dist, "--endpoint", proxy.base, "--retries", "1")
    assert done.returncode == 1
    assert f"FAILED    <{DOC1}>  HTTP 503" in done.stdout and "loaded 4 of 5 graph(s)" in done.stdout
    assert f"error: <{DOC1}> was not loaded" in done.stderr and "Traceback" not in done.stderr


def test_a_transient_500_is_retried_and_loaded(dist, oxigraph, faulty_proxy):
    proxy = faulty_proxy(fail_graphs={DOC1, ENTITIES}, fail_status=502, fail_times=2)
    result = load(dist, proxy.base, retries=2, backoff=0)
    assert result.ok and oxigraph.graph_counts() == expected_counts()
    assert proxy.attempts(DOC1) == proxy.attempts(ENTITIES) == 3 and proxy.attempts(DOC2) == 1


def test_401_is_a_clear_error(dist, oxigraph, faulty_proxy, capsys):
    proxy = faulty_proxy(require_auth="Basic " + __import__("base64").b64encode(b"ann:secret").decode())
    with pytest.raises(NetworkError) as caught:
        load(dist, proxy.base, retries=3, backoff=0)
    assert "401" in str(caught.value) and "--user/--password" in str(caught.value)
    assert len(proxy.requests) == 1  # no retry on 401
    code, _, err = run("load", "--dist", dist, "--endpoint", proxy.base, "--user", "ann", "--password", "wrong",
                       capsys=capsys)
    assert code == 2 and "HTTP 401" in err and "wrong" not in err and "Traceback" not in err
    # the right credentials pass (on the PUTs and the count queries)
    assert load(dist, proxy.base, auth=("basic", "ann", "secret"), retries=0).ok
    assert oxigraph.graph_counts() == expected_counts()


def test_bearer_token(dist, oxigraph, faulty_proxy, capsys):
    proxy = faulty_proxy(require_auth="Bearer t0ken")
    code, out, err = run("load", "--dist", dist, "--endpoint", proxy.base, "--token", "t0ken", capsys=capsys)
    assert code == 0, err
    assert {r[3] for r in proxy.requests} <= {200, 201, 204}


def test_non_http_url_is_a_clear_error(dist, capsys):
    for url in ("ftp://example.org/store", "localhost:7878", "/srv/store", "http:///store"):
        with pytest.raises(NetworkError, match="not an HTTP"):
            load(dist, url)
    code, _, err = run("load", "--dist", dist, "--endpoint", "file:///tmp/store", capsys=capsys)
    assert code == 2 and "not an HTTP(S) URL: 'file:///tmp/store'" in err


def test_a_wrong_count_fails_loudly(dist, oxigraph, fake_endpoint, capsys):
    lying = fake_endpoint(status=200, content_type="application/sparql-results+json", body=json.dumps(
        {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}).encode())
    result = load(dist, oxigraph.base, query_endpoint=f"{lying.base}/query", retries=0)
    assert not result.ok and len(result.mismatched) == 5
    assert all(q[0] == "POST" for q in lying.requests) and len(lying.requests) == 5
    code, out, err = run("load", "--dist", dist, "--endpoint", oxigraph.base, "--query-endpoint",
                         f"{lying.base}/query", capsys=capsys)
    assert code == 1 and f"MISMATCH  <{DOC1}>  sent {expected_counts()[DOC1]} triples, the endpoint has 1" in out
    assert "error:" in err


def test_404_endpoint_is_a_clear_error(dist, fake_endpoint):
    missing = fake_endpoint(status=404, body=b"not found")
    with pytest.raises(NetworkError, match="404"):
        load(dist, f"{missing.base}/wrong", retries=2, backoff=0)
    assert len(missing.requests) == 1


def test_progress_only_when_asked_or_on_a_terminal(dist, oxigraph, capsys):
    load(dist, oxigraph.base, retries=0)
    assert capsys.readouterr().err == ""
    load(dist, oxigraph.base, retries=0, progress=True)
    err = capsys.readouterr().err
    assert f"[5/5] PUT <{LINKS}>" in err and err.endswith("\r\x1b[K")


def test_endpoints_derived_for_oxigraph():
    assert endpoints("http://h:7878") == ("http://h:7878/store", "http://h:7878/query")
    assert endpoints("http://h:7878/") == ("http://h:7878/store", "http://h:7878/query")
    assert endpoints("http://h/ds/data") == ("http://h/ds/data", "http://h/ds/query")
    assert endpoints("http://h/store", "http://q/sparql") == ("http://h/store", "http://q/sparql")


# --------------------------------------------------------------------------- exports

def read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_exports_are_deterministic(dist, tmp_path):
    first = export_tables(open_store(dist), tmp_path / "a")
    # a store filled in another order gives the same bytes
    store = ox.Store()
    store.extend(list(reversed(quads())))
    second = export_tables(store, tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second] == [
        "documents.csv", "turns.csv", "mentions.csv", "entities.csv", "network_nodes.csv",
        "network_speaks_after.csv", "network_mentions.csv", "network.graphml"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
        assert b"\r" not in a.read_bytes()


def test_export_tables_content(dist, tmp_path):
    out = tmp_path / "out"
    export_tables(open_store(dist), out)
    documents = read_csv(out / "documents.csv")
    assert [(d["identifier"], d["name"], d["date"], d["turns"], d["mentions"]) for d in documents] == [
        ("1", "First talk", "1964-10-09", "4", "3"), ("2", "Second talk", "1965-01", "2", "1")]
    turns = read_csv(out / "turns.csv")
    assert [(t["document"][-1], t["position"], t["speaker_name"], t["speaker_qid"]) for t in turns] == [
        ("1", "1", "Mao Zedong", "Q5816"), ("1", "2", "Zhou Enlai", "Q17410"), ("1", "4", "Zhou Enlai", "Q17410"),
        ("1", "5", "Mao Zedong", "Q5816"), ("2", "1", "Mao Zedong", "Q5816"), ("2", "2", "Zhou Enlai", "Q17410")]
    assert turns[1]["text"] == 'Indeed, "no".\nNew paragraph.' and turns[2]["embedded_in"] == f"{DOC1}#seg-0002"
    assert turns[2]["speaker_label"] == "Zhou"
    mentions = read_csv(out / "mentions.csv")
    assert [(m["position"], m["exact"], m["name"], m["entity_type"], m["qid"], m["start"], m["uncertain"])
            for m in mentions] == [
        ("1", "Khrushchev", "Nikita Khrushchev", "Person", "", "0", "false"),
        ("5", "Beijing", "Beijing", "Place", "Q956", "0", "false"),
        ("5", "Khrushchev", "Nikita Khrushchev", "Person", "", "12", "false"),
        ("2", "N.K.", "Nikita Khrushchev", "Person", "", "", "true")]
    entities = read_csv(out / "entities.csv")
    assert [(e["entity"].rsplit("/", 1)[1], e["entity_type"], e["name"], e["qid"]) for e in entities] == [
        ("khrushchev", "Person", "Nikita Khrushchev", ""), ("mao", "Person", "Mao Zedong", "Q5816"),
        ("zhou", "Person", "Zhou Enlai", "Q17410"), ("beijing", "Place", "Beijing", "Q956")]


def test_export_network(dist, tmp_path):
    out = tmp_path / "out"
    export_tables(open_store(dist), out)
    after = [(r["source_name"], r["target_name"], r["weight"]) for r in read_csv(out / "network_speaks_after.csv")]
    # doc 1: Zhou after Mao, (stage direction, Zhou after Zhou: no edge), Mao after Zhou; doc 2: Zhou after Mao
    assert after == [("Mao Zedong", "Zhou Enlai", "1"), ("Zhou Enlai", "Mao Zedong", "2")]
    mentions = [(r["source_name"], r["target_name"], r["weight"]) for r in read_csv(out / "network_mentions.csv")]
    # the uncertain identification by Zhou is left out
    assert mentions == [("Mao Zedong", "Nikita Khrushchev", "2"), ("Mao Zedong", "Beijing", "1")]
    root = ET.parse(out / "network.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    assert nodes == {f"{B}person/mao", f"{B}person/zhou", f"{B}person/khrushchev", f"{B}place/beijing"}
    edges = sorted((e.get("source").rsplit("/", 1)[1], e.get("target").rsplit("/", 1)[1],
                    *(d.text for d in e.iterfind("g:data", ns))) for e in root.iterfind(".//g:edge", ns))
    assert edges == [("mao", "beijing", "mentions", "1"), ("mao", "khrushchev", "mentions", "2"),
                     ("mao", "zhou", "speaks_after", "1"), ("zhou", "mao", "speaks_after", "2")]


def test_the_network_from_the_tables_equals_the_sparql_queries(dist, built, tmp_path):
    """The exports derive the network's edges and nodes from the turns and mentions tables; SPEAKS_AFTER,
    SPEAKER_MENTIONS and NODES say the same in SPARQL."""
    import sys

    from ld import export
    from ld.pipeline import build
    from ld.query import term_text

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from synth import generate

    generate(8, tmp_path / "source", seed=5, force=True)
    build(tmp_path / "source", tmp_path / "synthetic", cache_dir=tmp_path / "cache")
    for store in (open_store(dist), open_store(built), open_store(tmp_path / "synthetic")):
        def select(query):
            return [[term_text(term) for term in row] for row in run_query(store, query).rows]
        edges = select(export.SPEAKS_AFTER)
        turns, mentions = select(export.TURNS), select(export.MENTIONS)
        assert edges and export.speaks_after(turns) == edges
        mention_edges = select(export.SPEAKER_MENTIONS)
        assert mention_edges and export.speaker_mentions(mentions) == mention_edges
        assert export.network_nodes(turns, mention_edges) == [row[0] for row in select(export.NODES)]


def test_export_on_the_command_line(dist, tmp_path, capsys):
    code, out, _ = run("export", "--dist", dist, "--out", tmp_path / "x", capsys=capsys)
    assert code == 0 and len(out.splitlines()) == 8 and (tmp_path / "x" / "network.graphml").is_file()


def test_export_from_the_server_equals_export_from_the_dump(dist, oxigraph_plain, tmp_path):
    """The export queries are plain SPARQL naming their graphs: run over a server with Oxigraph's
    default settings (an empty default graph), they give the same tables."""
    from ld import export

    assert load(dist, oxigraph_plain.base, retries=0).ok
    store = open_store(dist)
    for query in (export.DOCUMENTS, export.TURNS, export.MENTIONS, export.SPEAKS_AFTER, export.SPEAKER_MENTIONS,
                  export.NODES, export.FACTS, export.ENTITIES):
        answer = json.loads(render(run_query(store, query), "json"))
        assert answer["results"]["bindings"] and answer == oxigraph_plain.select(query)


# --------------------------------------------------------------------------- the real build

def test_real_build_loads_and_counts(built, oxigraph):
    manifest = json.loads((built / "manifest.json").read_text())
    result = load(built, oxigraph.base, retries=0)
    assert result.ok, result.to_text()
    assert {g.graph: g.count for g in result.graphs} == manifest["graphs"]
    store = open_store(built)
    for query in SAME_QUERIES:
        assert json.loads(render(run_query(store, PROLOGUE + query), "json")) == server_json(oxigraph, query)


def test_every_command_has_help():
    for command in ("query", "load", "export"):
        done = run_cli(command, "--help")
        assert done.returncode == 0 and "usage: ldpub " + command in done.stdout


TURNS_RQ = """PREFIX schema: <http://schema.org/>
PREFIX ldp: <https://w3id.org/ldpub/ns#>
SELECT ?speaker (COUNT(?turn) AS ?turns) WHERE {
  GRAPH ?doc { ?turn a ldp:SpeechTurn ; schema:sender ?speaker }
} GROUP BY ?speaker
"""


def test_an_example_query_answering_unlike_the_dump_fails(dist, tmp_path, oxigraph, capsys):
    # another graph on the server adds a turn: every graph of ours is loaded and counted right,
    # but the store answers the example query unlike the dump
    extra = f"<{DOC1}#seg-9> a <https://w3id.org/ldpub/ns#SpeechTurn> ; <http://schema.org/sender> <{B}person/mao> ."
    requests.put(f"{oxigraph.store}?graph=http://example.org/other", data=extra.encode(),
                 headers={"Content-Type": "text/turtle"}, timeout=10).raise_for_status()
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "turns.rq").write_text(TURNS_RQ)
    result = load(dist, oxigraph.base, retries=0, queries={"turns.rq": TURNS_RQ})
    assert not result.mismatched and not result.failed and not result.ok
    [check] = result.wrong_answers
    assert (check.name, check.expected, check.rows, check.error) == ("turns.rq", 2, 2, None)
    code, out, err = run("load", "--dist", dist, "--endpoint", oxigraph.base, "--queries", folder, capsys=capsys)
    assert code == 1 and "QUERY     turns.rq  answered 2 row(s) unlike the dump's 2" in out
    assert "error: the example query turns.rq answers 2 row(s)" in err and "Traceback" not in err
    # without the other graph, the same load passes
    requests.delete(f"{oxigraph.store}?graph=http://example.org/other", timeout=10).raise_for_status()
    assert load(dist, oxigraph.base, retries=0, queries={"turns.rq": TURNS_RQ}).ok


def test_an_example_query_the_endpoint_cannot_run_fails(dist, oxigraph):
    result = load(dist, oxigraph.base, retries=0, queries={"bad.rq": "SELECT ?x WHERE { ?x <http://a/b> ?y } "
                                                                       "ORDER BY ?x LIMIT 1 GROUP BY ?x"})
    assert not result.ok
    [check] = result.wrong_answers
    assert check.rows is None and "HTTP 400" in check.error


def test_digest_authentication(dist, oxigraph, faulty_proxy, capsys):
    """A Graph Store that demands HTTP Digest (as Virtuoso's /sparql-graph-crud-auth does)."""
    proxy = faulty_proxy(require_digest=("ann", "secret"))
    assert load(dist, proxy.base, auth=("digest", "ann", "secret"), retries=0).ok
    assert oxigraph.graph_counts() == expected_counts()
    assert any(status == 401 for *_, status in proxy.requests)  # the challenge was answered
    # Basic credentials are refused, and the message says to use Digest
    code, _, err = run("load", "--dist", dist, "--endpoint", proxy.base, "--user", "ann", "--password", "secret",
                       capsys=capsys)
    assert code == 2 and "HTTP 401" in err and "--digest" in err and "secret" not in err
    code, _, err = run("load", "--dist", dist, "--endpoint", proxy.base, "--user", "ann", "--password", "wrong",
                       "--digest", capsys=capsys)
    assert code == 2 and "HTTP 401" in err and "Traceback" not in err
    oxigraph.clear()
    code, out, err = run("load", "--dist", dist, "--endpoint", proxy.base, "--user", "ann", "--password", "secret",
                         "--digest", capsys=capsys)
    assert code == 0, err
    assert oxigraph.graph_counts() == expected_counts()


def test_a_redirect_is_never_success(dist, fake_endpoint, capsys):
    moved = fake_endpoint(status=302, headers={"Location": "http://127.0.0.1:9/elsewhere"})
    with pytest.raises(NetworkError) as caught:
        load(dist, f"{moved.base}/store", retries=2, backoff=0)
    assert "redirect (HTTP 302)" in str(caught.value) and "http://127.0.0.1:9/elsewhere" in str(caught.value)
    assert caught.value.result.loaded == [] and [r[0] for r in moved.requests] == ["PUT"]  # not followed
    code, _, err = run("load", "--dist", dist, "--endpoint", f"{moved.base}/store", capsys=capsys)
    assert code == 2 and "redirect" in err and "Traceback" not in err


def test_a_put_that_stores_nothing_is_not_success(dist, oxigraph, faulty_proxy, capsys):
    proxy = faulty_proxy(swallow_puts=True)
    result = load(dist, proxy.base, retries=0)
    assert not result.ok and len(result.mismatched) == 5 and all(g.count == 0 for g in result.graphs)
    code, out, err = run("load", "--dist", dist, "--endpoint", proxy.base, capsys=capsys)
    assert code == 1 and out.count("MISMATCH") == 5 and "the endpoint holds 0" in err


# --------------------------------------------------------------------------- the on-disk store of `ldpub query`

def test_query_builds_an_on_disk_store_once_and_reuses_it(dist, capsys):
    from ld.query import store_folder

    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    code, first, _ = run("query", "--dist", dist, query, "--format", "csv", capsys=capsys)
    expected = f"n\r\n{len(set(quads()))}\r\n"
    assert code == 0 and first == expected
    digest = hashlib.sha256((dist / "dataset.nq").read_bytes()).hexdigest()
    assert [p.name for p in store_folder(dist).iterdir()] == [digest]
    # the dump is not read again: the same size and time, other bytes, and the store still answers
    dump = dist / "dataset.nq"
    stat = dump.stat()
    original = dump.read_bytes()
    dump.write_bytes(b"#" * len(original))
    os.utime(dump, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    code, again, _ = run("query", "--dist", dist, query, "--format", "csv", capsys=capsys)
    assert code == 0 and again == expected
    # a changed dump is checked against its checksum before a store is built from it
    dump.write_bytes(original[:-10] + b"corrupted\n")
    code, _, err = run("query", "--dist", dist, query, capsys=capsys)
    assert code == 2 and "checksum mismatch" in err and "Traceback" not in err
    # a new publication gets a new store; the old one is removed
    smaller = [q for q in quads() if q.graph_name.value != DOC2]
    write_dist(dist, smaller)
    code, out, _ = run("query", "--dist", dist, query, "--format", "csv", capsys=capsys)
    assert code == 0 and out == f"n\r\n{len(set(smaller))}\r\n"
    new_digest = hashlib.sha256((dist / "dataset.nq").read_bytes()).hexdigest()
    assert [p.name for p in store_folder(dist).iterdir()] == [new_digest]
    code, out, _ = run("query", "--dist", dist, query, "--format", "csv", "--memory", capsys=capsys)
    assert code == 0 and out == f"n\r\n{len(set(smaller))}\r\n"


def test_a_query_endpoint_past_the_timeout_is_reported_with_the_limit(dist, oxigraph, fake_endpoint, capsys):
    slow = fake_endpoint(status=200, delay=3, content_type="application/sparql-results+json", body=b"{}")
    code, _, err = run("load", "--dist", dist, "--endpoint", oxigraph.base, "--query-endpoint", f"{slow.base}/query",
                       "--timeout", "0.5", "--retries", "0", capsys=capsys)
    assert code == 2 and "no answer within 0.5 s (--timeout)" in err and "Traceback" not in err
