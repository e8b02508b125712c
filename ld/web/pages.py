"""The data of each HTML page, gathered from a :class:`~ld.web.publication.Publication` by bounded
SPARQL queries and rendered by the pure functions of :mod:`ld.web.html`: a document with its turns and
mentions, an entity with where it speaks and is mentioned, the dataset, and any other resource."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from urllib.parse import unquote

import pyoxigraph as ox

from ld import jsonld
from ld.vocab import LDP, PREFIXES
from ld.web import html
from ld.web.publication import (
    ENTITY_KIND_PATHS,
    KIND_OF_CLASS,
    OA,
    RDF_TYPE,
    SCHEMA,
    VOID,
    WD,
    XSD,
    Resource,
    _best_literal,
    _nn,
    _value,
    human_date,
)

ANNOTATION_MACHINERY = {OA + "SpecificResource", OA + "TextPositionSelector", OA + "TextQuoteSelector",
                        str(LDP.EditorialInsertion)}


def _without_annotations(quads) -> list:
    """A document's quads without the mention and insertion annotations and their selectors:
    what a page embeds as JSON-LD (the full graph is one link away, in every RDF format)."""
    drop = set()
    for q in quads:
        if q.predicate.value == RDF_TYPE and q.object.value in ANNOTATION_MACHINERY:
            drop.add(q.subject)
        elif q.predicate.value == OA + "motivatedBy" and q.object.value == OA + "identifying":
            drop.add(q.subject)
    return [q for q in quads if q.subject not in drop]


def _slug_name(iri: str) -> str:
    return unquote(iri.rstrip("/").rpartition("/")[2]).replace("-", " ")


def _natural(text: str):
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


def entity_summaries(pub, iris) -> dict[str, dict]:
    """name (English first), kind and Wikidata QID of each IRI."""
    iris = sorted(set(iris))
    out: dict[str, dict] = {}
    for start in range(0, len(iris), 200):
        chunk = iris[start:start + 200]
        rows = pub.select("SELECT ?e ?name ?type ?same WHERE { VALUES ?e { " + " ".join(map(_nn, chunk))
                           + " } OPTIONAL { ?e schema:name ?name } OPTIONAL { ?e a ?type } "
                             "OPTIONAL { ?e schema:sameAs ?same } }")
        names: dict[str, list] = defaultdict(list)
        kinds: dict[str, str] = {}
        qids: dict[str, str] = {}
        for row in rows:
            e = row["e"].value
            if "name" in row:
                names[e].append(row["name"])
            if "type" in row and row["type"].value in KIND_OF_CLASS:
                kinds.setdefault(e, KIND_OF_CLASS[row["type"].value])
            if "same" in row and row["same"].value.startswith(WD):
                qids[e] = row["same"].value[len(WD):]
        for e in chunk:
            out[e] = {"iri": e, "name": _best_literal(names[e]) or _slug_name(e),
                      "kind": kind_of(pub, e) or kinds.get(e, ""), "qid": qids.get(e)}
    return out

def kind_of(pub, iri: str) -> str:
    if iri.startswith(pub.base):
        head = iri[len(pub.base):].split("/")[0]
        if head in ENTITY_KIND_PATHS:
            return head
    return ""

def doc_summaries(pub, iris) -> dict[str, dict]:
    iris = sorted(set(iris))
    out: dict[str, dict] = {}
    for start in range(0, len(iris), 200):
        chunk = iris[start:start + 200]
        rows = pub.select("SELECT ?d ?id ?title ?date WHERE { VALUES ?d { " + " ".join(map(_nn, chunk))
                           + " } OPTIONAL { ?d schema:identifier ?id } OPTIONAL { ?d schema:name ?title } "
                             "OPTIONAL { ?d dcterms:date ?date } }")
        for row in rows:
            d = row["d"].value
            entry = out.setdefault(d, {"iri": d, "id": _value(row.get("id")), "title": None, "date": "",
                                       "sort": ""})
            if "title" in row and (entry["title"] is None or row["title"].language == "en"):
                entry["title"] = row["title"].value
            if "date" in row:
                entry["date"], entry["sort"] = human_date(row["date"]), row["date"].value
    return out

def downloads(pub) -> list[dict]:
    def order(name):
        return (not name.startswith("dataset."), name)
    return [{"name": name, "media_type": entry.get("content_media_type") or entry.get("media_type", ""),
             "bytes": entry.get("bytes"), "sha256": entry.get("sha256", "")}
            for name, entry in sorted(pub.files.items(), key=lambda kv: order(kv[0]))]

def resource_jsonld(pub, res: Resource, **kw) -> dict:
    return jsonld.document(pub.quads(res, **kw), pub.base)

def text_spans(pub, where: str) -> dict[str, list[dict]]:
    """Mentions, insertions and footnote call-outs on text sources, keyed by source IRI.
    ``where`` is a group graph pattern binding ?a (the annotation)."""
    rows = pub.select(
        "SELECT ?a ?motivation ?body ?source ?start ?end ?uncertain ?label ?insertion WHERE { " + where +
        " ?a oa:motivatedBy ?motivation ; oa:hasTarget ?t . ?t oa:hasSource ?source ; oa:hasSelector ?ps . "
        "?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end . "
        "OPTIONAL { ?a oa:hasBody ?body } OPTIONAL { ?a ldp:uncertain ?uncertain } "
        "OPTIONAL { ?a rdfs:label ?label } "
        "BIND(EXISTS { ?a a ldp:EditorialInsertion } AS ?insertion) }")
    bodies = entity_summaries(pub, (r["body"].value for r in rows
                                    if "body" in r and r["motivation"].value == OA + "identifying"))
    spans: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        motivation = r["motivation"].value
        try:
            start, end = int(r["start"].value), int(r["end"].value)
        except ValueError:
            continue
        span = {"start": start, "end": end, "iri": r["a"].value}
        if motivation == OA + "identifying" and "body" in r:
            span.update(kind="mention", entity=bodies[r["body"].value],
                        uncertain=_value(r.get("uncertain")) in ("true", "1"))
        elif r.get("insertion") is not None and r["insertion"].value == "true":
            span.update(kind="insertion")
        elif motivation == OA + "commenting":
            fragment = r["a"].value.partition("#")[2]
            span.update(kind="note", label=_value(r.get("label")) or fragment, fragment=fragment)
        else:
            continue
        spans[r["source"].value].append(span)
    for items in spans.values():
        items.sort(key=lambda s: (s["start"], -s["end"], s["iri"]))
    return spans

def document_data(pub, res: Resource) -> dict:
    iri, graph = res.iri, _nn(res.iri)
    props = pub.props(iri, res.iri)
    one = lambda p: props.get(p, [None])[0]  # noqa: E731
    refs: dict[str, str] = {}
    for role in ("translator", "publisher", "funder"):
        if one(SCHEMA + role) is not None:
            refs[role] = one(SCHEMA + role).value
    original = {}
    orig = one(SCHEMA + "translationOfWork")
    if orig is not None:
        op = pub.props(orig.value)
        tag = _value((op.get(SCHEMA + "inLanguage") or [None])[0])
        name = pub.languages.get(tag or "", "")
        original = {"language": f"{name} ({tag})" if name and tag else tag,
                    "reference": _value((op.get(SCHEMA + "identifier") or [None])[0]),
                    "fonds": _value((op.get(str(LDP.fonds)) or [None])[0]),
                    "file": _value((op.get(str(LDP.archivalFile)) or [None])[0]),
                    "folios": _value((op.get(str(LDP.folios)) or [None])[0])}
        archive = (op.get(SCHEMA + "holdingArchive") or [None])[0]
        if archive is not None:
            refs["archive"] = archive.value
    attendees = [r["p"].value for r in pub.select(
        f"SELECT ?p WHERE {{ GRAPH {graph} {{ ?e schema:recordedIn {graph} ; schema:attendee ?p }} }}")]
    segments = pub.select(
        f"SELECT ?seg ?pos ?text ?sender ?label ?embedded ?continues ?stage WHERE {{ GRAPH {graph} {{ "
        f"?seg schema:isPartOf {graph} ; schema:position ?pos . OPTIONAL {{ ?seg schema:text ?text }} "
        "OPTIONAL { ?seg schema:sender ?sender } OPTIONAL { ?seg ldp:speakerLabel ?label } "
        "OPTIONAL { ?seg ldp:embeddedIn ?embedded } OPTIONAL { ?seg ldp:continues ?continues } "
        "BIND(EXISTS { ?seg a ldp:StageDirection } AS ?stage) } } ORDER BY ?pos ?seg")
    notes = pub.select(
        f"SELECT ?n ?label ?text ?body ?source WHERE {{ GRAPH {graph} {{ ?n oa:motivatedBy oa:commenting ; "
        "oa:hasBody ?body . ?body rdf:value ?text . OPTIONAL { ?n rdfs:label ?label } "
        "OPTIONAL { ?n oa:hasTarget/oa:hasSource ?source } } }")
    spans = text_spans(pub, f"GRAPH {graph} {{ ?a a oa:Annotation }}")
    people = entity_summaries(pub, [*refs.values(), *attendees,
                                    *(r["sender"].value for r in segments if "sender" in r)])
    positions = {r["seg"].value: _value(r["pos"]) for r in segments}
    segs = []
    for r in segments:
        seg = r["seg"].value
        stage = r.get("stage") is not None and r["stage"].value == "true"
        item = {"iri": seg, "fragment": seg.partition("#")[2], "position": int(r["pos"].value),
                "kind": "stage" if stage else "turn", "text": _value(r.get("text")) or "",
                "label": _value(r.get("label")), "spans": spans.get(seg, [])}
        if not stage:
            item["speaker"] = people.get(r["sender"].value) if "sender" in r else None
            for key in ("embedded", "continues"):
                if key in r:
                    name = "embedded_in" if key == "embedded" else "continues"
                    item[name] = r[key].value.partition("#")[2]
                    item[name + "_position"] = positions.get(r[key].value, "")
        segs.append(item)
    note_items = []
    for r in sorted(notes, key=lambda r: _natural(_value(r.get("label")) or r["n"].value)):
        fragment = r["n"].value.partition("#")[2]
        note_items.append({"fragment": fragment, "label": _value(r.get("label")) or fragment,
                           "text": r["text"].value, "spans": spans.get(r["body"].value, []),
                           "anchored": "source" in r and r["source"].value != iri})
    counts: dict[str, int] = defaultdict(int)
    for items in spans.values():
        for s in items:
            if s["kind"] == "mention":
                counts[s["entity"]["iri"]] += 1
    mentioned = entity_summaries(pub, [*counts, *(o.value for o in props.get(SCHEMA + "mentions", []))])
    entities = [dict(e, count=counts.get(e["iri"], 0)) for e in mentioned.values()]
    return {
        "iri": iri, "id": _value(one(SCHEMA + "identifier")),
        "title": _best_literal(props.get(SCHEMA + "name", [])),
        "date": human_date(one("http://purl.org/dc/terms/date")),
        "summary": _best_literal(props.get(SCHEMA + "abstract", [])), "summary_spans": spans.get(f"{iri}#summary", []),
        "citation": _value(one("http://purl.org/dc/terms/bibliographicCitation")),
        "url": _value(one(SCHEMA + "url")), "rights": _best_literal(props.get("http://purl.org/dc/terms/rights", [])),
        "credits": _best_literal(props.get(SCHEMA + "creditText", [])),
        "translator": people.get(refs.get("translator", "")), "publisher": people.get(refs.get("publisher", "")),
        "funder": people.get(refs.get("funder", "")),
        "original": dict(original, archive=people.get(refs.get("archive", ""))) if original else None,
        "attendees": sorted((people[a] for a in attendees), key=lambda p: p["name"]),
        "segments": segs, "notes": note_items, "entities": entities, "downloads": downloads(pub),
    }

def entity_data(pub, res: Resource) -> dict:
    iri, node = res.iri, _nn(res.iri)
    props = pub.props(iri)
    names = sorted({(t.language or "", t.value) for t in props.get(SCHEMA + "name", [])
                    if isinstance(t, ox.Literal)}, key=lambda n: (n[0] != "en", n))
    qid = next((t.value[len(WD):] for t in props.get(SCHEMA + "sameAs", []) if t.value.startswith(WD)), None)
    link = {}
    rows = pub.select(f"SELECT ?method ?evidence ?confidence WHERE {{ ?rec oa:hasTarget {node} ; "
                       "oa:motivatedBy oa:linking . OPTIONAL { ?rec ldp:method ?method } "
                       "OPTIONAL { ?rec ldp:evidence ?evidence } OPTIONAL { ?rec ldp:confidence ?confidence } }")
    if rows:
        method = _value(rows[0].get("method")) or ""
        link = {"method": method.rpartition("#")[2] or method, "evidence": _value(rows[0].get("evidence")),
                "confidence": _value(rows[0].get("confidence"))}
    turns = pub.select(f"SELECT ?seg ?doc ?pos ?text ?label WHERE {{ GRAPH ?doc {{ ?seg schema:sender {node} ; "
                        "schema:position ?pos . OPTIONAL { ?seg schema:text ?text } "
                        "OPTIONAL { ?seg ldp:speakerLabel ?label } } }")
    turn_spans = text_spans(pub, f"GRAPH ?g {{ ?a oa:hasTarget/oa:hasSource ?src . ?src schema:sender {node} }}") \
        if turns else {}
    mentions = pub.select(
        f"SELECT ?a ?doc ?source ?pos ?exact ?prefix ?suffix ?uncertain WHERE {{ GRAPH ?doc {{ "
        f"?a oa:hasBody {node} ; oa:motivatedBy oa:identifying ; oa:hasTarget ?t . ?t oa:hasSource ?source . "
        "OPTIONAL { ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact . "
        "OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix } } "
        "OPTIONAL { ?source schema:position ?pos } OPTIONAL { ?a ldp:uncertain ?uncertain } } }")
    mentioning = [r["doc"].value for r in pub.select(
        f"SELECT DISTINCT ?doc WHERE {{ ?doc a schema:Conversation ; schema:mentions {node} }}")]
    roles = pub.select(
        "SELECT DISTINCT ?doc ?role WHERE { ?doc a schema:Conversation . "
        f"{{ ?doc ?role {node} FILTER(?role IN (schema:translator, schema:publisher, schema:funder)) }} UNION "
        f"{{ ?doc schema:translationOfWork/schema:holdingArchive {node} BIND(schema:holdingArchive AS ?role) }} "
        f"UNION {{ ?ev schema:recordedIn ?doc ; schema:attendee {node} BIND(schema:attendee AS ?role) }} }}")
    docs = doc_summaries(pub, [r["doc"].value for r in (*turns, *mentions, *roles)] + mentioning)
    role_names = {"translator": "Translator", "publisher": "Publisher", "funder": "Funder",
                  "holdingArchive": "Holding archive of the original", "attendee": "Participant"}
    counts: dict[str, int] = defaultdict(int)
    for r in mentions:
        counts[r["doc"].value] += 1

    def doc_key(d):
        return (docs[d]["sort"], docs[d]["iri"])
    turn_items = [{"doc": docs[r["doc"].value], "position": int(r["pos"].value),
                   "fragment": r["seg"].value.partition("#")[2], "text": _value(r.get("text")) or "",
                   "label": _value(r.get("label")), "spans": turn_spans.get(r["seg"].value, [])}
                  for r in turns]
    turn_items.sort(key=lambda t: (doc_key(t["doc"]["iri"]), t["position"]))
    mention_items = []
    for r in mentions:
        source = r["source"].value
        doc = docs[r["doc"].value]
        fragment = source.partition("#")[2] if source.startswith(doc["iri"] + "#") else ""
        where = ("summary" if source == doc["iri"] else
                 "note " + fragment.split("-")[1] if fragment.startswith("note-") else "")
        mention_items.append({"doc": doc, "fragment": fragment.replace("-body", "") if fragment else "",
                              "position": int(r["pos"].value) if "pos" in r else None, "where": where,
                              "exact": _value(r.get("exact")), "prefix": _value(r.get("prefix")),
                              "suffix": _value(r.get("suffix")),
                              "uncertain": _value(r.get("uncertain")) in ("true", "1"), "iri": r["a"].value})
    mention_items.sort(key=lambda m: (doc_key(m["doc"]["iri"]), m["position"] or 0, m["iri"]))
    documents = [dict(docs[d], count=counts.get(d, 0)) for d in sorted(set(mentioning) | set(counts),
                                                                       key=doc_key)]
    latitude = _value((props.get(SCHEMA + "latitude") or [None])[0])
    longitude = _value((props.get(SCHEMA + "longitude") or [None])[0])
    return {
        "iri": iri, "kind": res.entity_kind,
        "name": _best_literal(props.get(SCHEMA + "name", [])) or _slug_name(iri),
        "names": names, "alternate": sorted({t.value for t in props.get(SCHEMA + "alternateName", [])}),
        "qid": qid, "link": link, "latitude": latitude, "longitude": longitude,
        "roles": sorted(({"doc": docs[r["doc"].value], "role": role_names.get(
            r["role"].value.rpartition("/")[2], r["role"].value)} for r in roles),
            key=lambda r: (doc_key(r["doc"]["iri"]), r["role"])),
        "turns": turn_items, "mentions": mention_items, "documents": documents,
    }

def dataset_data(pub) -> dict:
    props = pub.props(pub.dataset_iri)
    one = lambda p: (props.get(p) or [None])[0]  # noqa: E731
    # Counts in forms that stay fast on 10,000 documents: each part is in one graph (no DISTINCT over all
    # of them), and mentions are counted by body in one pass rather than looked up entity by entity.
    def count(pattern: str) -> str:
        return pub.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }}")[0]["n"].value

    document_count = count("?g a schema:Conversation")
    turns, stages = count("?t a ldp:SpeechTurn"), count("?t a ldp:StageDirection")
    mentions = count("?a oa:motivatedBy oa:identifying")
    entity_rows = pub.select(
        "SELECT DISTINCT ?e WHERE { VALUES ?type { schema:Person schema:Place schema:Organization "
        "schema:CreativeWork schema:Event } GRAPH ?g { ?e a ?type } }")  # (by class: not every typed node)
    entity_iris = sorted(r["e"].value for r in entity_rows if kind_of(pub, r["e"].value) and "#" not in r["e"].value)
    summaries = entity_summaries(pub, entity_iris)
    # an identifying mention is the one annotation whose body is one of our entities (a link record's body
    # is a Wikidata item, a note's a text)
    mention_counts = {r["e"].value: int(r["n"].value) for r in pub.select(
        "SELECT ?e (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a oa:hasBody ?e } } GROUP BY ?e")}
    entities = [dict(summaries[e], count=mention_counts.get(e, 0)) for e in entity_iris]
    by_kind: dict[str, int] = defaultdict(int)
    for e in entities:
        by_kind[e["kind"]] += 1
    links = sum(1 for e in entities if e.get("qid"))
    stats = [("Documents", document_count), ("Speech turns", turns),
             ("Stage directions", stages), ("Mentions of entities", mentions)]
    stats += [(html.KIND_TITLES[k], str(by_kind[k])) for k in ENTITY_KIND_PATHS if by_kind.get(k)]
    stats.append(("Entities linked to Wikidata", str(links)))
    for label, prop in (("Triples", "triples"), ("Distinct subjects", "distinctSubjects"),
                        ("Typed resources", "entities"), ("Classes", "classes")):
        if one(VOID + prop) is not None:
            stats.append((label, one(VOID + prop).value))
    docs = pub.select("SELECT ?d WHERE { GRAPH ?d { ?d a schema:Conversation } }")
    summaries_docs = doc_summaries(pub, (r["d"].value for r in docs))
    documents = sorted(summaries_docs.values(), key=lambda d: (d["sort"], d["iri"]))
    publisher = one("http://purl.org/dc/terms/publisher")
    return {
        "iri": pub.dataset_iri, "title": pub.title,
        "description": _best_literal(props.get("http://purl.org/dc/terms/description", [])),
        "license": pub.license, "uri_space": _value(one(VOID + "uriSpace")) or pub.base,
        "publisher": entity_summaries(pub, [publisher.value])[publisher.value] if publisher else None,
        "stats": stats, "downloads": downloads(pub), "queries": dataset_queries(pub),
        "documents": documents, "entities": entities, "sparql_iri": pub.base + "sparql",
    }

def dataset_queries(pub) -> list[dict]:
    folder = pub.queries_dir
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.rq")):
        try:
            out.append({"name": path.stem, "text": path.read_text("utf-8")})
        except (OSError, UnicodeDecodeError):
            continue
    return out

def generic_data(pub, res: Resource, quads) -> list[dict]:
    """Triples grouped by subject, with compact labels, for the generic page."""
    labels = sorted({**PREFIXES, **pub.prefixes, "sh": "http://www.w3.org/ns/shacl#",
                     "shp": "https://w3id.org/ldpub/shapes#"}.items(), key=lambda kv: -len(kv[1]))

    def label(iri):
        for prefix, ns in labels:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    def term(t):
        if isinstance(t, ox.NamedNode):
            return {"iri": t.value, "label": label(t.value)}
        if isinstance(t, ox.BlankNode):
            return {"bnode": t.value}
        if isinstance(t, ox.Literal):
            dt = t.datatype.value if t.datatype is not None else None
            return {"value": t.value, "language": t.language,
                    "datatype": label(dt) if dt and dt != XSD + "string" and not t.language else None}
        return {"value": str(t)}

    subjects: dict = {}
    for q in quads:
        s = q.subject
        key = (isinstance(s, ox.BlankNode), s.value)
        entry = subjects.setdefault(key, {"term": term(s), "props": defaultdict(list)})
        o = term(q.object)
        if o not in entry["props"][q.predicate.value]:
            entry["props"][q.predicate.value].append(o)
    out = []
    for key in sorted(subjects):
        entry = subjects[key]
        props = [(term(ox.NamedNode(p)), sorted(objs, key=lambda o: json.dumps(o, sort_keys=True)))
                 for p, objs in sorted(entry["props"].items(), key=lambda kv: (kv[0] != RDF_TYPE, kv[0]))]
        fragment = key[1].partition("#")[2] if not key[0] and key[1].startswith(res.iri + "#") else ""
        out.append({"term": entry["term"], "fragment": fragment, "properties": props})
    return out

def page(pub, res: Resource, nav: html.Nav, *, sparql_endpoint: str | None = None) -> str:
    """The HTML page of a resource."""
    if res.kind == "document":
        data = document_data(pub, res)
        data["jsonld"] = jsonld.document(_without_annotations(pub.quads(res)), pub.base)
        return html.document_page(data, nav)
    if res.kind == "entity":
        data = entity_data(pub, res)
        data["jsonld"] = resource_jsonld(pub, res)
        return html.entity_page(data, nav)
    if res.kind == "dataset":
        data = dataset_data(pub)
        data["jsonld"] = resource_jsonld(pub, res, sparql_endpoint=sparql_endpoint)
        return html.dataset_page(data, nav)
    quads = pub.quads(res)
    titles = {"ns": ("The ldpub vocabulary", "Classes and properties of our own, used with schema.org, "
                                              "Dublin Core and the W3C Web Annotation model."),
              "shapes": ("SHACL shapes", "The shapes every published graph is validated against."),
              "graph": (f"Named graph {res.path}", "Every triple of this named graph."),
              "describe": (res.path, "")}
    title, description = titles[res.kind]
    data = {"iri": res.iri, "title": title, "description": description,
            "subjects": generic_data(pub, res, quads) if res.kind != "shapes" else
            [s for s in generic_data(pub, res, quads) if "iri" in s["term"]],
            "jsonld": jsonld.document(quads, pub.base) if res.kind != "graph" else None}
    if res.kind == "shapes":
        data["source"] = "\n".join(p.read_text("utf-8") for p in pub.shape_files())
    return html.resource_page(data, nav)
