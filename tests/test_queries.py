"""The example queries in queries/ answer historians' questions about 300025.

Expected answers come from reading the document by hand (see test_parse_300025),
not from running the queries."""

from collections import Counter

import pytest

from ld.query import open_store, read_query, run_query

from conftest import ROOT
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
