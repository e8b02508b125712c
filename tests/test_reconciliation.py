"""The W3C Entity Reconciliation Service of ``ldpub serve``, spoken to over HTTP as OpenRefine
speaks it: the manifest, form-encoded ``queries=`` POSTs with type constraints, suggest, preview."""

import json

import pytest
import requests

from ldpub_server import ServerProcess

OPENREFINE = {"User-Agent": "OpenRefine/3.8 (reconciliation test)", "Accept": "application/json"}


@pytest.fixture(scope="module")
def service(built):
    with ServerProcess(built, "--no-sparql") as server:
        yield server.url + "/reconcile"


def reconcile(service, queries: dict) -> dict:
    # OpenRefine POSTs application/x-www-form-urlencoded with one field, queries, holding JSON
    response = requests.post(service, data={"queries": json.dumps(queries)}, headers=OPENREFINE, timeout=30)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("application/json")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    return response.json()


def test_manifest(service):
    manifest = requests.get(service, headers=OPENREFINE, timeout=30).json()
    assert manifest["versions"] == ["0.2"] and manifest["identifierSpace"] == "https://w3id.org/ldpub/"
    assert manifest["schemaSpace"] == "http://schema.org/"
    assert {t["id"] for t in manifest["defaultTypes"]} == {"Person", "Place", "Organization", "CreativeWork", "Event"}
    assert manifest["view"]["url"] == "https://w3id.org/ldpub/{{id}}"
    assert manifest["preview"]["url"] == service + "/preview?id={{id}}"
    assert manifest["suggest"]["entity"] == {"service_url": service, "service_path": "/suggest/entity"}
    jsonp = requests.get(service, params={"callback": "cb"}, timeout=30)
    assert jsonp.text.startswith("/**/cb({") and jsonp.headers["Content-Type"].startswith("application/javascript")


def test_reconcile_queries_with_types(service):
    answer = reconcile(service, {
        "q0": {"query": "Mao Tse-tung", "type": "Person", "limit": 3},  # an alias, spelt the old way
        "q1": {"query": "khrushchev"},  # a surname, lower case
        "q2": {"query": "Albania", "type": "Organization"},  # the type decides
        "q3": {"query": "Albania", "type": "Place", "type_strict": "should"},
        "q4": {"query": "Mao Zedong", "type": "Place"},  # no place of that name
        "q5": {"query": "ceskoslovensko", "type": "http://schema.org/Place"},  # accents do not matter
        "q6": {"query": "Unknown person", "properties": [{"pid": "sameAs", "v": "Q5816"}]},
    })
    assert set(answer) == {f"q{i}" for i in range(7)}
    top = answer["q0"]["result"][0]
    assert (top["id"], top["name"], top["score"], top["match"]) == ("person/mao-zedong", "Mao Zedong", 100.0, True)
    assert top["type"] == [{"id": "Person", "name": "Person"}] and len(answer["q0"]["result"]) <= 3
    assert answer["q1"]["result"][0]["id"] == "person/nikita-khrushchev" and answer["q1"]["result"][0]["match"]
    assert answer["q2"]["result"] and all(r["type"][0]["id"] == "Organization" for r in answer["q2"]["result"])
    assert answer["q3"]["result"][0]["id"] == "place/peoples-republic-of-albania"
    assert all(r["type"][0]["id"] == "Place" for r in answer["q3"]["result"])
    assert not any(r["id"] == "person/mao-zedong" for r in answer["q4"]["result"])
    assert answer["q5"]["result"][0]["name"] == "Czechoslovakia" and answer["q5"]["result"][0]["match"]
    assert answer["q6"]["result"][0]["id"] == "person/mao-zedong" and answer["q6"]["result"][0]["match"]
    scores = [r["score"] for r in answer["q2"]["result"]]
    assert scores == sorted(scores, reverse=True)


def test_suggest_and_preview(service):
    found = requests.get(service + "/suggest/entity", params={"prefix": "khru"}, timeout=30).json()["result"]
    assert found[0]["id"] == "person/nikita-khrushchev" and found[0]["name"] == "Nikita Khrushchev"
    places = requests.get(service + "/suggest/entity", params={"prefix": "alb", "type": "Place"}, timeout=30).json()
    assert places["result"] and all(r["notable"][0]["id"] == "Place" for r in places["result"])
    types = requests.get(service + "/suggest/type", params={"prefix": "pl"}, timeout=30).json()["result"]
    assert types == [{"id": "Place", "name": "Place"}]
    page = requests.get(service + "/preview", params={"id": "person/mao-zedong"}, timeout=30)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "Mao Zedong" in page.text and "Q5816" in page.text and "Mao Tse-tung" in page.text
    assert requests.get(service + "/preview", params={"id": "person/nobody"}, timeout=30).status_code == 404


def test_bad_requests_are_answered_as_errors(service):
    bad = requests.post(service, data={"queries": "{not json"}, timeout=30)
    assert bad.status_code == 400 and "not JSON" in bad.json()["message"]
    assert requests.post(service, data={"queries": "[1, 2]"}, timeout=30).status_code == 400
    assert requests.post(service, data=b"x" * (2 << 20), headers={"Content-Type": "application/x-www-form-urlencoded"},
                         timeout=30).status_code == 413
    assert requests.put(service, data="x", timeout=30).status_code == 405
    preflight = requests.options(service, timeout=30)
    assert preflight.status_code == 204 and "POST" in preflight.headers["Access-Control-Allow-Methods"]
