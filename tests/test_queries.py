"""The example queries in queries/ answer historians' questions about 300025.

Expected answers come from reading the document by hand (see test_parse_300025),
not from running the queries."""

import re
from collections import Counter

import pytest
import rdflib

from conftest import ROOT, run_cli
from ld.query import open_store, read_query, run_query
from oxigraph_server import oxigraph_plain, oxigraph_plain_session  # noqa: F401
from test_parse_300025 import EXPECTED

QUERIES = ROOT / "queries"
NAMES = {"Comrade Mao Zedong": "Mao Zedong", "Comrade Beqir Balluku": "Beqir Balluku",
         "Comrade Begir Balluku": "Beqir Balluku", "Comrade Zhou Enlai": "Zhou Enlai",
         "Comrade Peng Zhen": "Peng Zhen", "Comrade Deng Xiaoping": "Deng Xiaoping"}


@pytest.fixture(scope="module")
def store(built):
    return open_store(built)


def answer(store, name) -> list[tuple]:
    result = run_query(store, read_query(QUERIES / name), source=QUERIES / name)
    return [tuple(term.value if term is not None else None for term in row) for row in result.rows]


def test_turns_per_speaker(store):
    expected = Counter(NAMES[label] for _, label, _, _ in EXPECTED if label)
    rows = answer(store, "turns-per-speaker.rq")
    assert {(speaker, int(n)) for _, speaker, n in rows} == set(expected.items())
    assert [int(n) for *_, n in rows] == sorted((int(n) for *_, n in rows), reverse=True)


def test_khrushchev_by_speaker(store):
    # Khrushchev is named in Mao's turns at lines 31, 43, 65, 73 (with 75-79), 117, 129;
    # in Balluku's at 63, 103 (with 105), 121; in Zhou's at 115.
    assert answer(store, "khrushchev-by-speaker.rq") == [("Mao Zedong", "6"), ("Beqir Balluku", "3"),
                                                         ("Zhou Enlai", "1")]


def test_dialogue_sequence(store):
    speakers = [NAMES[label] for _, label, _, _ in EXPECTED if label]
    expected = Counter(zip(speakers, speakers[1:]))
    rows = answer(store, "dialogue-sequence.rq")
    assert {(a, b): int(n) for a, b, n in rows} == dict(expected)


def test_next_turn_links_each_speech_turn_to_the_next_one_stage_directions_skipped(store):
    parts = run_query(store, "SELECT ?part ?position ?stage WHERE { GRAPH ?g { ?part schema:position ?position "
                             "OPTIONAL { ?part a ldp:StageDirection BIND (true AS ?stage) } } }").rows
    order = sorted(parts, key=lambda row: int(row[1].value))
    turns = [row[0].value for row in order if row[2] is None]
    assert len(turns) < len(order), "300025 has stage directions between turns"
    links = {(row[0].value, row[1].value) for row in
             run_query(store, "SELECT ?a ?b WHERE { GRAPH ?g { ?a ldp:nextTurn ?b } }").rows}
    assert links == set(zip(turns, turns[1:]))


def test_places_with_coordinates(store):
    rows = {name: (wikidata, lat, long, int(n)) for _, name, wikidata, lat, long, n in
            answer(store, "places-with-coordinates.rq")}
    assert rows["Xinjiang"][0] == "http://www.wikidata.org/entity/Q34800"
    assert rows["Xinjiang"][1] is not None and 35 < float(rows["Xinjiang"][1]) < 50
    assert rows["Xinjiang"][3] == 2  # lines 65 and 119
    assert rows["Soviet Union"][3] == 10
    assert "Bucharest" not in rows, "'From Bucharest' names the 1960 meeting, not the city"
    assert rows["United Kingdom"][3] == 5  # "England" five times in Mao's turns


def test_who_mentions_whom(store):
    rows = {(a, b): int(n) for a, b, n in answer(store, "who-mentions-whom.rq")}
    assert rows[("Mao Zedong", "Nikita Khrushchev")] == 6
    assert rows[("Beqir Balluku", "Enver Hoxha")] == 1
    assert rows[("Mao Zedong", "Norodom Sihanouk")] == 2  # "[Cambodian royal Norodom] Sihanouk", "Sihanouk"


def test_uncertain_identification(store):
    assert answer(store, "uncertain-identifications.rq") == [
        ("Kubinsky", "Tuvan Autonomous Soviet Socialist Republic", "0.5", "Sergey Radchenko")]


def test_every_query_is_tested():
    tested = {"turns-per-speaker.rq", "khrushchev-by-speaker.rq", "dialogue-sequence.rq",
              "places-with-coordinates.rq", "who-mentions-whom.rq", "uncertain-identifications.rq"}
    assert {p.name for p in QUERIES.glob("*.rq")} == tested


# --------------------------------------------------------------------------- the same answers everywhere

def rows(bindings_or_rows) -> list[tuple]:
    return sorted(tuple("" if v is None else str(v) for v in row) for row in bindings_or_rows)


def test_every_query_answers_the_same_with_or_without_a_union_default_graph(built):
    """The queries name their graphs, so an engine whose default graph is empty (Oxigraph's and
    Jena's default, rdflib's Dataset) answers as one whose default graph is the union."""
    store = open_store(built)
    dataset = rdflib.Dataset()
    dataset.parse(built / "dataset.nq", format="nquads")
    for path in sorted(QUERIES.glob("*.rq")):
        text = read_query(path)
        union = run_query(store, text, prefixes={})
        plain = run_query(store, text, union_default_graph=False, prefixes={})
        expected = rows([t.value if t is not None else None for t in row] for row in union.rows)
        assert expected, f"{path.name} answers nothing on the embedded store"
        assert rows([t.value if t is not None else None for t in row] for row in plain.rows) == expected, path.name
        assert rows(dataset.query(text)) == expected, f"{path.name}: rdflib's Dataset answers differently"


def test_ldpub_load_into_oxigraph_with_its_default_settings(built, oxigraph_plain):
    """`oxigraph serve` as the README starts it (no --union-default-graph), loaded by `ldpub load`:
    every example query answers there as on the dump, and the output says why queries need GRAPH."""
    done = run_cli("load", "--dist", built, "--endpoint", oxigraph_plain.base)
    assert done.returncode == 0, done.stdout + done.stderr
    names = sorted(p.name for p in QUERIES.glob("*.rq"))
    for name in names:
        assert re.search(rf"^query ok  {re.escape(name)}  [1-9]\d* row\(s\)$", done.stdout, re.M), name
    assert f"{len(names)} of {len(names)} example queries answer as on the dump" in done.stdout
    assert "--union-default-graph" in done.stdout  # what to change for queries without GRAPH
    store = open_store(built)
    for name in names:
        text = read_query(QUERIES / name)
        served = oxigraph_plain.select(text)
        expected = run_query(store, text, prefixes={})
        assert rows([b.get(v, {}).get("value") for v in served["head"]["vars"]]
                    for b in served["results"]["bindings"]) == \
            rows([t.value if t is not None else None for t in row] for row in expected.rows), name
