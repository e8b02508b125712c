"""A local stand-in for Wikidata's action API (``/w/api.php``), for the tests of ``ld.wikidata``.

It answers ``wbsearchentities`` and ``wbgetentities`` in the shapes of the real
API (as documented on mediawiki.org and wikidata.org), including a merged item
(answered as the target entity with ``"redirects": {"from", "to"}``, under the
id that was asked for) and a deleted one (``{"id": ..., "missing": ""}``).
Faults are scripted per request: ``fake.fail("429", retry_after=2)`` makes the
next request answer HTTP 429 with ``Retry-After: 2``; also ``"500"``, ``"maxlag"``
(HTTP 200 with the API's maxlag error), ``"malformed"`` (broken JSON) and
``"timeout"`` (the server sleeps longer than the client waits).
Every request is recorded in ``fake.requests``.

The QIDs of the data below are made up (Q9100xx); they are not real items.
"""

from __future__ import annotations

import json
import threading
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

ENTITY = "http://www.wikidata.org/entity/"


def statement(prop: str, value: dict, kind: str, datatype: str, rank: str = "normal") -> dict:
    return {"mainsnak": {"snaktype": "value", "property": prop, "datavalue": {"value": value, "type": kind},
                         "datatype": datatype},
            "type": "statement", "id": f"Q$-{prop}-{value}", "rank": rank}


def instance_of(*qids: str, rank: str = "normal") -> list[dict]:
    return [statement("P31", {"entity-type": "item", "numeric-id": int(q[1:]), "id": q}, "wikibase-entityid",
                      "wikibase-item", rank) for q in qids]


def coordinate(lat: float, long: float) -> list[dict]:
    return [statement("P625", {"latitude": lat, "longitude": long, "altitude": None, "precision": 0.0001,
                               "globe": ENTITY + "Q2"}, "globecoordinate", "globe-coordinate")]


def item(qid: str, labels: dict, description: str = "", aliases: tuple = (), p31: tuple = (),
         coords: tuple | None = None) -> dict:
    claims = {}
    if p31:
        claims["P31"] = instance_of(*p31)
    if coords:
        claims["P625"] = coordinate(*coords)
    return {
        "type": "item", "id": qid, "pageid": int(qid[1:]) + 1000, "ns": 0, "title": qid, "lastrevid": 1,
        "modified": "2026-01-01T00:00:00Z",
        "labels": {lang: {"language": lang, "value": value} for lang, value in labels.items()},
        "descriptions": {"en": {"language": "en", "value": description}} if description else {},
        "aliases": {"en": [{"language": "en", "value": a} for a in aliases]} if aliases else {},
        "claims": claims,
        "sitelinks": {},
    }


def default_items() -> dict[str, dict]:
    items = [
        # a film titled like the man, listed first by the search: a Person must reject it (not human)
        item("Q910001", {"en": "Mao Zedong"}, "1990s documentary film", p31=("Q11424",)),
        item("Q910002", {"en": "Mao Zedong", "zh-hans": "毛泽东"}, "Chinese communist revolutionary (1893–1976)",
             aliases=("Mao Tse-tung", "Chairman Mao"), p31=("Q5",)),
        # a person called Tirana must not be taken for the city
        item("Q910003", {"en": "Tirana"}, "fictional singer", p31=("Q5",)),
        item("Q910004", {"en": "Tirana", "sq": "Tiranë"}, "capital of Albania", p31=("Q5119", "Q515"),
             coords=(41.3275, 19.8189)),
        item("Q910005", {"en": "Central Committee of the Communist Party of China"}, "political body",
             p31=("Q2061186",)),
        # a place without a place-like class but with coordinates: accepted, lower confidence
        item("Q910006", {"en": "Dajti Plateau"}, "plateau near Tirana", p31=("Q999001",), coords=(41.36, 19.92)),
        # the target of a merge, and an item whose class changed from city to village
        item("Q910011", {"en": "Zhou Enlai"}, "Chinese politician (1898–1976)", p31=("Q5",)),
        item("Q910020", {"en": "Durrës"}, "town in Albania", p31=("Q532",), coords=(41.3231, 19.4414)),
        item("Q910021", {"en": "Enver Hoxha"}, "Albanian politician", p31=("Q5",)),
        item("Q910022", {"en": "Ilir Testperson"}, "made-up person of the tests", p31=("Q5",)),
    ]
    return {i["id"]: i for i in items}


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass
class Fault:
    kind: str  # 429 | 500 | maxlag | malformed | timeout
    retry_after: str | None = None
    seconds: float = 1.0


@dataclass
class FakeWikidata:
    items: dict[str, dict] = field(default_factory=default_items)
    redirects: dict[str, str] = field(default_factory=lambda: {"Q910010": "Q910011"})  # merged: old -> new
    deleted: set[str] = field(default_factory=lambda: {"Q910030"})
    redirect_key: str = "from"  # a merged item is answered under the id asked for ("from") or its target ("to")
    faults: deque = field(default_factory=deque)
    requests: list[dict] = field(default_factory=list)  # query parameters of every request, in order
    user_agents: list[str] = field(default_factory=list)
    port: int = 0
    server: ThreadingHTTPServer | None = None
    stopping: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/w/api.php"

    def fail(self, kind: str, *, times: int = 1, retry_after: str | int | None = None, seconds: float = 1.0):
        for _ in range(times):
            self.faults.append(Fault(kind, None if retry_after is None else str(retry_after), seconds))

    def count(self, action: str | None = None) -> int:
        return sum(1 for r in self.requests if action is None or r.get("action") == action)

    # ---- the two actions
    def search(self, params: dict) -> dict:
        text = params.get("search", "")
        language = params.get("language", "en")
        limit = int(params.get("limit", 7))
        hits = []
        for qid, entity in self.items.items():
            labels = entity["labels"]
            shown = labels.get(language, labels.get("en", {})).get("value", "")
            match = None
            if fold(shown).startswith(fold(text)):
                match = {"type": "label", "language": language, "text": shown}
            else:
                for alias in entity["aliases"].get(language, []):
                    if fold(alias["value"]).startswith(fold(text)):
                        match = {"type": "alias", "language": language, "text": alias["value"]}
                        break
            if not match:
                continue
            hit = {"id": qid, "title": qid, "pageid": entity["pageid"], "concepturi": ENTITY + qid,
                   "repository": "wikidata", "url": f"//www.wikidata.org/wiki/{qid}",
                   "display": {"label": {"value": shown, "language": language}},
                   "label": shown, "match": match}
            desc = entity["descriptions"].get("en", {}).get("value")
            if desc:
                hit["description"] = desc
                hit["display"]["description"] = {"value": desc, "language": "en"}
            if match["type"] == "alias":
                hit["aliases"] = [match["text"]]
            hits.append(hit)
        hits.sort(key=lambda h: (h["match"]["type"] != "label" or fold(h["label"]) != fold(text), h["id"]))
        answer = {"searchinfo": {"search": text}, "search": hits[:limit], "success": 1}
        if len(hits) > limit:
            answer["search-continue"] = limit
        return answer

    def get_entities(self, params: dict) -> dict:
        props = set(params.get("props", "info|sitelinks|aliases|labels|descriptions|claims|datatype").split("|"))
        languages = set(params["languages"].split("|")) if params.get("languages") else None
        entities = {}
        for qid in params.get("ids", "").split("|"):
            if qid in self.deleted or (qid not in self.items and qid not in self.redirects):
                entities[qid] = {"id": qid, "missing": ""}
                continue
            target = self.redirects.get(qid, qid)
            source = self.items[target]
            entity = {k: v for k, v in source.items() if k in ("type", "id", "pageid", "ns", "title", "lastrevid",
                                                              "modified")}
            for prop in ("labels", "descriptions", "aliases", "claims", "sitelinks"):
                if prop in props:
                    value = source[prop]
                    if languages is not None and prop in ("labels", "descriptions", "aliases"):
                        value = {k: v for k, v in value.items() if k in languages}
                    entity[prop] = value
            if target != qid:
                entity["redirects"] = {"from": qid, "to": target}
                entities[qid if self.redirect_key == "from" else target] = entity
                continue
            entities[qid] = entity
        return {"entities": entities, "success": 1}


def start(fake: FakeWikidata) -> FakeWikidata:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = 1 << 16  # one write per answer: no Nagle / delayed-ACK stalls

        def log_message(self, *args):  # keep pytest output clean
            pass

        def _send(self, status: int, body: bytes, headers: dict | None = None, ctype="application/json"):
            self.send_response(status)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            url = urlsplit(self.path)
            params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            with fake.lock:
                fake.requests.append(params)
                fake.user_agents.append(self.headers.get("User-Agent", ""))
                fault = fake.faults.popleft() if fake.faults else None
            if url.path != "/w/api.php":
                return self._send(404, b"not found", ctype="text/plain")
            if fault:
                extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
                if fault.kind == "429":
                    return self._send(429, b"Too many requests", extra, "text/plain")
                if fault.kind == "500":
                    return self._send(500, b"<html><body>Internal Server Error</body></html>", extra, "text/html")
                if fault.kind == "maxlag":
                    body = {"error": {"code": "maxlag", "info": "Waiting for 10.64.0.1: 7.2 seconds lagged.",
                                      "host": "10.64.0.1", "lag": 7.2, "type": "db",
                                      "*": "See https://www.wikidata.org/w/api.php for API usage."},
                            "servedby": "mw-api-fake"}
                    return self._send(200, json.dumps(body).encode(), {**extra, "X-Database-Lag": "7"})
                if fault.kind == "malformed":
                    return self._send(200, b'{"entities": {"Q1": ')
                if fault.kind == "timeout":
                    fake.stopping.wait(fault.seconds)
                    try:
                        return self._send(200, b'{"search": [], "success": 1}')
                    except OSError:
                        return None
            action = params.get("action")
            if action == "wbsearchentities":
                body = fake.search(params)
            elif action == "wbgetentities":
                body = fake.get_entities(params)
            else:
                body = {"error": {"code": "badvalue", "info": f"Unrecognized value for parameter \"action\": {action}."}}
            self._send(200, json.dumps(body, ensure_ascii=False).encode("utf-8"))

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):  # a client that gave up is not a test failure
            pass

    fake.server = Server(("127.0.0.1", 0), Handler)
    fake.port = fake.server.server_address[1]
    threading.Thread(target=fake.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    return fake


def stop(fake: FakeWikidata) -> None:
    fake.stopping.set()
    if fake.server:
        fake.server.shutdown()
        fake.server.server_close()


@pytest.fixture
def fake_wikidata():
    fake = start(FakeWikidata())
    try:
        yield fake
    finally:
        stop(fake)
