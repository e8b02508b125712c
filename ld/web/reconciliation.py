"""A W3C Entity Reconciliation Service over our register, served by ``ldpub serve`` at
``/reconcile``: so that an archivist can reconcile their own spreadsheet against our people,
places, organisations, works and events in OpenRefine (or any client of the protocol).

What it answers (the Reconciliation Service API, version 0.2, as OpenRefine speaks it):

- ``GET /reconcile``: the service manifest (JSONP with ``?callback=``);
- ``POST /reconcile`` with the form field ``queries={"q0": {"query": "Mao", "type": "Person",
  "limit": 3, "properties": [{"pid": "sameAs", "v": "Q5816"}]}}`` (or ``GET ?queries=``): candidates
  for each query, scored 0..100, ``match`` when one candidate's name is exactly the query (or its
  Wikidata QID is the one given);
- ``GET /reconcile/suggest/entity?prefix=Mao[&type=Person]`` and ``/reconcile/suggest/type``:
  auto-completion;
- ``GET /reconcile/preview?id=person/mao-zedong``: a small HTML card.

Identifiers are paths below the dataset's base (``person/mao-zedong``), so ``identifierSpace`` +
id is the entity's IRI. Entities come from the ``graph/entities`` graph of the published dump.
"""

from __future__ import annotations

import difflib
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs

from ld.web.response import Response

SCHEMA = "http://schema.org/"
TYPES = {"Person": "Person", "Place": "Place", "Organization": "Organisation", "CreativeWork": "Work",
         "Event": "Event"}
MAX_BODY = 1 << 20
MAX_QUERIES = 500
DEFAULT_LIMIT = 5
THRESHOLD = 50  # candidates scoring less are not proposed


@dataclass(frozen=True)
class Candidate:
    id: str  # path below the base
    name: str
    type: str  # a key of TYPES
    names: tuple[str, ...]  # every name and alias, folded
    labels: tuple[str, ...]  # every name and alias, as written
    qid: str = ""


def fold(text: str) -> str:
    """Case, accents and punctuation do not matter when matching names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", text))


def candidates(pub) -> list[Candidate]:
    """The register's entities, from the published dump (read once per publication)."""
    found = pub.__dict__.get("_reconcile")
    if found is not None:
        return found
    rows = pub.select(f"""
        SELECT ?e ?type ?label ?alias ?same WHERE {{ GRAPH <{pub.base}graph/entities> {{
            ?e a ?type . FILTER (?type IN ({", ".join(f"schema:{t}" for t in TYPES)}))
            {{ ?e schema:name ?label }} UNION {{ ?e schema:alternateName ?label BIND (true AS ?alias) }}
            OPTIONAL {{ ?e schema:sameAs ?same }} }} }}""")
    entities: dict[str, dict] = {}
    for row in rows:
        iri = row["e"].value
        if not iri.startswith(pub.base):
            continue
        entry = entities.setdefault(iri, {"type": row["type"].value[len(SCHEMA):], "labels": {}, "qid": ""})
        label = row["label"]
        rank = (1 if "alias" in row else 0, label.language != "en")  # the English name first, aliases last
        entry["labels"][label.value] = min(rank, entry["labels"].get(label.value, rank))
        if "same" in row:
            entry["qid"] = row["same"].value.rsplit("/", 1)[-1]
    found = []
    for iri, entry in sorted(entities.items()):
        labels = sorted(entry["labels"], key=lambda text: (entry["labels"][text], text))
        found.append(Candidate(iri[len(pub.base):], labels[0], entry["type"], tuple(fold(t) for t in labels),
                               tuple(labels), entry["qid"]))
    pub._reconcile = found
    return found


def _type_id(value: str) -> str | None:
    """"Person", "schema:Person" or "http://schema.org/Person" -> "Person"; None if not ours."""
    name = value.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return name if name in TYPES else None


def _score(query: str, names: tuple[str, ...]) -> float:
    best = 0.0
    words = set(query.split())
    for name in names:
        if name == query:
            return 100.0
        ratio = difflib.SequenceMatcher(None, query, name).ratio() * 100
        if words and words <= set(name.split()):  # "khrushchev" in "nikita khrushchev"
            ratio = max(ratio, 60 + 30 * len(query) / max(len(name), 1))
        best = max(best, ratio)
    return round(best, 1)


def reconcile(pub, query: dict) -> list[dict]:
    """The candidates for one query of the protocol, best first."""
    text = fold(str(query.get("query", "")))
    wanted = query.get("type")
    types = [wanted] if isinstance(wanted, str) else list(wanted or [])
    allowed = {_type_id(str(t)) for t in types}
    if types and allowed == {None}:
        return []  # a type we do not have: nothing of ours is of it
    allowed.discard(None)
    qids = {str(p.get("v", "")).rsplit("/", 1)[-1] for p in query.get("properties", []) or []
            if isinstance(p, dict) and p.get("pid") in ("sameAs", "wikidata", SCHEMA + "sameAs")}
    try:
        limit = max(1, min(100, int(query.get("limit") or DEFAULT_LIMIT)))
    except (TypeError, ValueError):
        limit = DEFAULT_LIMIT
    scored = []
    for c in candidates(pub):
        if allowed and c.type not in allowed:
            continue
        score = 100.0 if c.qid and c.qid in qids else (_score(text, c.names) if text else 0.0)
        if score >= THRESHOLD:
            scored.append((score, c))
    scored.sort(key=lambda sc: (-sc[0], sc[1].name, sc[1].id))
    exact = [c for s, c in scored if s == 100.0]
    return [{"id": c.id, "name": c.name, "score": s, "match": len(exact) == 1 and c is exact[0],
             "type": [{"id": c.type, "name": TYPES[c.type]}],
             "description": f"{TYPES[c.type]}" + (f", Wikidata {c.qid}" if c.qid else "")}
            for s, c in scored[:limit]]


def manifest(pub, service: str) -> dict:
    return {
        "versions": ["0.2"],
        "name": f"{pub.title}: reconciliation",
        "identifierSpace": pub.base,
        "schemaSpace": SCHEMA,
        "defaultTypes": [{"id": t, "name": name} for t, name in TYPES.items()],
        "view": {"url": pub.base + "{{id}}"},
        "preview": {"url": service + "/preview?id={{id}}", "width": 400, "height": 120},
        "suggest": {"entity": {"service_url": service, "service_path": "/suggest/entity"},
                    "type": {"service_url": service, "service_path": "/suggest/type"}},
    }


def suggest_entities(pub, prefix: str, type_: str | None = None, cursor: int = 0) -> list[dict]:
    start = fold(prefix)
    allowed = _type_id(type_) if type_ else None
    found: list[dict] = []
    for c in candidates(pub):
        if type_ and c.type != allowed:
            continue
        if start and any(n.startswith(start) or f" {start}" in f" {n}" for n in c.names):
            found.append({"id": c.id, "name": c.name, "notable": [{"id": c.type, "name": TYPES[c.type]}],
                          "description": TYPES[c.type]})
    found.sort(key=lambda r: (not fold(r["name"]).startswith(start), r["name"], r["id"]))
    return found[cursor:cursor + 20]


def preview(pub, ident: str) -> str | None:
    c = next((c for c in candidates(pub) if c.id == ident), None)
    if c is None:
        return None
    others = [label for label in c.labels if label != c.name]
    wikidata = (f'<p>Wikidata: <a href="http://www.wikidata.org/entity/{html.escape(c.qid)}" target="_blank">'
                f"{html.escape(c.qid)}</a></p>") if c.qid else ""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.escape(c.name) + "</title></head>"
            "<body style=\"font-family: sans-serif; margin: 0.5em\">"
            f'<p><a href="{html.escape(pub.base + c.id)}" target="_blank"><strong>{html.escape(c.name)}</strong></a>'
            f" ({TYPES[c.type]})</p>"
            + (f"<p>Also: {html.escape('; '.join(others))}</p>" if others else "") + wikidata + "</body></html>")


# ------------------------------------------------------------------------ HTTP
def handle(app, path: str, method: str, environ):
    """Answer a request under /reconcile (called by ``ld.web.routes``)."""
    if method == "OPTIONS":
        return Response(204, [("Allow", "GET, HEAD, POST, OPTIONS"),
                              ("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS"),
                              ("Access-Control-Allow-Headers", "Accept, Content-Type, Origin"),
                              ("Access-Control-Max-Age", "86400")])
    if method not in ("GET", "HEAD", "POST"):
        return Response(405, [("Allow", "GET, HEAD, POST, OPTIONS"), ("Content-Type", "text/plain; charset=utf-8")],
                        f"{method} is not allowed here\n".encode())
    params = {k: v[-1] for k, v in parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True).items()}
    if method == "POST":
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _error(400, "bad Content-Length")
        if length > MAX_BODY:
            return _error(413, f"the request body is larger than {MAX_BODY} bytes")
        body = environ["wsgi.input"].read(length) if length else b""
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if ctype not in ("application/x-www-form-urlencoded", ""):
            return _error(415, "POST the queries as application/x-www-form-urlencoded: queries={...}")
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            return _error(400, "the request body is not UTF-8")
        params.update({k: v[-1] for k, v in form.items()})
    callback = params.get("callback")
    if callback is not None and not re.fullmatch(r"[A-Za-z_$][\w$.]{0,100}", callback):
        return _error(400, "callback must be a JavaScript identifier")
    pub = app.pub
    if path == "reconcile":
        if "queries" in params:
            try:
                queries = json.loads(params["queries"])
            except ValueError as exc:
                return _error(400, f"queries is not JSON: {exc}")
            if not isinstance(queries, dict) or not all(isinstance(q, dict) for q in queries.values()):
                return _error(400, 'queries must be a JSON object of queries: {"q0": {"query": "..."}}')
            if len(queries) > MAX_QUERIES:
                return _error(413, f"at most {MAX_QUERIES} queries a request")
            return _json({key: {"result": reconcile(pub, q)} for key, q in queries.items()}, callback)
        if "query" in params:  # a single query, as early clients sent it
            try:
                query = json.loads(params["query"]) if params["query"].startswith("{") else {"query": params["query"]}
            except ValueError as exc:
                return _error(400, f"query is not JSON: {exc}")
            return _json({"result": reconcile(pub, query)}, callback)
        return _json(manifest(pub, _service_url(environ)), callback)
    if path == "reconcile/suggest/entity":
        try:
            cursor = max(0, int(params.get("cursor") or 0))
        except ValueError:
            return _error(400, "cursor must be a number")
        return _json({"result": suggest_entities(pub, params.get("prefix", ""), params.get("type"), cursor)}, callback)
    if path == "reconcile/suggest/type":
        start = fold(params.get("prefix", ""))
        return _json({"result": [{"id": t, "name": name} for t, name in TYPES.items()
                                 if fold(name).startswith(start) or fold(t).startswith(start)]}, callback)
    if path == "reconcile/preview":
        page = preview(pub, params.get("id", ""))
        if page is None:
            return _error(404, f"no entity {params.get('id', '')!r} in the register")
        return Response(200, [("Content-Type", "text/html; charset=utf-8"),
                              ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")],
                        page.encode("utf-8"))
    return _error(404, f"nothing at /{path}: the service answers /reconcile, /reconcile/suggest/entity, "
                       "/reconcile/suggest/type and /reconcile/preview")


def _service_url(environ) -> str:
    scheme = environ.get("wsgi.url_scheme", "http")
    host = environ.get("HTTP_HOST") or f'{environ.get("SERVER_NAME", "localhost")}:{environ.get("SERVER_PORT", "80")}'
    return f"{scheme}://{host}{environ.get('SCRIPT_NAME', '').rstrip('/')}/reconcile"


def _json(data, callback: str | None = None):
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if callback:
        return Response(200, [("Content-Type", "application/javascript; charset=utf-8")],
                        f"/**/{callback}({text});".encode())
    return Response(200, [("Content-Type", "application/json; charset=utf-8")], text.encode())


def _error(status: int, message: str):
    return Response(status, [("Content-Type", "application/json; charset=utf-8")],
                    json.dumps({"status": "error", "message": message}).encode())
