"""Tables and a dialogue network for people who work in spreadsheets or network tools.

Everything is read from the store with SPARQL (the same queries work on a server
holding the dump), so the exports say exactly what the published graph says.
Output is deterministic: rows sorted by the queries' ORDER BY on unique keys,
``\\n`` line ends, no timestamps.

Files written by :func:`export_tables`:

- ``documents.csv``: one row per document (``schema:Conversation``)
- ``turns.csv``: one row per speech turn, with its speaker, the label as printed and the text
- ``mentions.csv``: one row per identifying annotation (a mention), with the entity and its QID
- ``entities.csv``: people, places, organisations, works and events of the entities graph
- ``network_nodes.csv``, ``network_speaks_after.csv``, ``network_mentions.csv`` and
  ``network.graphml``: the dialogue network. ``speaks_after`` links the speaker of a turn
  to the speaker of the turn before it in the same document (stage directions are skipped,
  a speaker following himself is no edge); ``mentions`` links a speaker to each entity his
  turns mention (uncertain identifications left out). Weights count occurrences.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ld.errors import InputError
from ld.query import term_text, run_query

PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX ldp: <https://w3id.org/ldpub/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# An entity's English name (or any name when none is English) and its Wikidata QID.
_NAME_QID = """
  OPTIONAL {{ {var} schema:name ?{p}en FILTER(langMatches(lang(?{p}en), "en")) }}
  OPTIONAL {{ {var} schema:name ?{p}any }}
  OPTIONAL {{ {var} schema:sameAs ?{p}same FILTER(STRSTARTS(STR(?{p}same), "http://www.wikidata.org/entity/Q")) }}
"""


def _name_qid(var: str, p: str) -> str:
    return _NAME_QID.format(var=var, p=p)


def _agg(p: str) -> str:
    return (f"(COALESCE(MIN(STR(?{p}en)), MIN(STR(?{p}any)), \"\") AS ?{p}name) "
            f"(COALESCE(MIN(STRAFTER(STR(?{p}same), \"http://www.wikidata.org/entity/\")), \"\") AS ?{p}qid)")


ENTITY_TYPES = "schema:Person schema:Place schema:Organization schema:CreativeWork schema:Event"

DOCUMENTS = PREFIXES + """
SELECT ?document (MIN(STR(?id)) AS ?identifier) (MIN(STR(?title)) AS ?name) (MIN(STR(?when)) AS ?date)
       (COUNT(DISTINCT ?turn) AS ?turns) (COUNT(DISTINCT ?mention) AS ?mentions)
WHERE {
  ?document a schema:Conversation .
  OPTIONAL { ?document schema:identifier ?id }
  OPTIONAL { ?document schema:name ?title FILTER(langMatches(lang(?title), "en")) }
  OPTIONAL { ?document dcterms:date ?when }
  OPTIONAL { ?turn a ldp:SpeechTurn ; schema:isPartOf ?document }
  OPTIONAL { GRAPH ?document { ?mention oa:motivatedBy oa:identifying } }
}
GROUP BY ?document
ORDER BY ?document
"""

TURNS = PREFIXES + """
SELECT ?document ?turn (MIN(?pos) AS ?position) (MIN(STR(?sender)) AS ?speaker) """ + _agg("s") + """
       (MIN(STR(?label)) AS ?speaker_label) (MIN(STR(?host)) AS ?embedded_in) (MIN(STR(?said)) AS ?text)
WHERE {
  ?turn a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?pos .
  OPTIONAL { ?turn schema:sender ?sender . """ + _name_qid("?sender", "s") + """ }
  OPTIONAL { ?turn ldp:speakerLabel ?label }
  OPTIONAL { ?turn ldp:embeddedIn ?host }
  OPTIONAL { ?turn schema:text ?said }
}
GROUP BY ?document ?turn
ORDER BY ?document ?position ?turn
"""

MENTIONS = PREFIXES + """
SELECT ?document ?annotation (MIN(STR(?src)) AS ?source) (MIN(?pos) AS ?position) (MIN(STR(?sender)) AS ?speaker)
       (MIN(STR(?body)) AS ?entity) (MIN(STR(?type)) AS ?entity_type) """ + _agg("e") + """
       (MIN(STR(?quote)) AS ?exact) (MIN(?from) AS ?start) (MIN(?to) AS ?end)
       (COUNT(?unsure) > 0 AS ?uncertain)
WHERE {
  ?document a schema:Conversation .
  GRAPH ?document { ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?body ; oa:hasTarget ?target . }
  OPTIONAL { ?target oa:hasSource ?src .
             OPTIONAL { ?src schema:position ?pos } OPTIONAL { ?src schema:sender ?sender } }
  OPTIONAL { ?target oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote }
  OPTIONAL { ?target oa:hasSelector ?ps . ?ps a oa:TextPositionSelector ; oa:start ?from ; oa:end ?to }
  OPTIONAL { VALUES ?type { """ + ENTITY_TYPES + """ } ?body a ?type }
  OPTIONAL { ?annotation ldp:uncertain ?unsure FILTER(?unsure = true) }
""" + _name_qid("?body", "e") + """
}
GROUP BY ?document ?annotation
ORDER BY ?document ?position ?start ?annotation
"""

ENTITIES = PREFIXES + """
SELECT ?entity (MIN(STR(?type)) AS ?entity_type) """ + _agg("e") + """
WHERE {
  VALUES ?type { """ + ENTITY_TYPES + """ }
  GRAPH ?g { ?entity a ?type }
  FILTER(STRENDS(STR(?g), "/graph/entities"))
""" + _name_qid("?entity", "e") + """
}
GROUP BY ?entity
ORDER BY ?entity
"""

SPEAKS_AFTER = PREFIXES + """
SELECT ?source ?target (COUNT(*) AS ?weight)
WHERE {
  {
    # each turn with the position of the turn just before it in the same document
    SELECT ?document ?p2 (MAX(?p1) AS ?previous)
    WHERE {
      ?after a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?p2 .
      ?before a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?p1 .
      FILTER(?p1 < ?p2)
    }
    GROUP BY ?document ?p2
  }
  ?after a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?p2 ; schema:sender ?source .
  ?before a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?previous ; schema:sender ?target .
  FILTER(?source != ?target)
}
GROUP BY ?source ?target
ORDER BY ?source ?target
"""

SPEAKER_MENTIONS = PREFIXES + """
SELECT ?source ?target (COUNT(DISTINCT ?annotation) AS ?weight)
WHERE {
  ?document a schema:Conversation .
  GRAPH ?document { ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?target ; oa:hasTarget ?t . }
  ?t oa:hasSource ?turn .
  ?turn a ldp:SpeechTurn ; schema:sender ?source .
  FILTER NOT EXISTS { ?annotation ldp:uncertain true }
}
GROUP BY ?source ?target
ORDER BY ?source ?target
"""

NODES = PREFIXES + """
SELECT ?node (MIN(STR(?type)) AS ?node_type) """ + _agg("e") + """
WHERE {
  { ?turn a ldp:SpeechTurn ; schema:sender ?node }
  UNION
  { ?document a schema:Conversation .
    GRAPH ?document { ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?node ; oa:hasTarget ?t . }
    ?t oa:hasSource ?turn . ?turn a ldp:SpeechTurn ; schema:sender ?someone .
    FILTER NOT EXISTS { ?annotation ldp:uncertain true } }
  OPTIONAL { VALUES ?type { """ + ENTITY_TYPES + """ } ?node a ?type }
""" + _name_qid("?node", "e") + """
}
GROUP BY ?node
ORDER BY ?node
"""

TABLES = {
    "documents.csv": (DOCUMENTS, ["document", "identifier", "name", "date", "turns", "mentions"]),
    "turns.csv": (TURNS, ["document", "turn", "position", "speaker", "sname", "sqid", "speaker_label",
                          "embedded_in", "text"]),
    "mentions.csv": (MENTIONS, ["document", "annotation", "source", "position", "speaker", "entity",
                                "entity_type", "ename", "eqid", "exact", "start", "end", "uncertain"]),
    "entities.csv": (ENTITIES, ["entity", "entity_type", "ename", "eqid"]),
}
# column names as written: the aggregates' prefixes dropped
HEADERS = {"sname": "speaker_name", "sqid": "speaker_qid", "ename": "name", "eqid": "qid"}





def _short_type(iri: str) -> str:
    return iri.rsplit("/", 1)[-1] if iri.startswith("http://schema.org/") else iri


def _rows(store: ox.Store, query: str, columns: list[str]) -> list[list[str]]:
    result = run_query(store, query, source="ld/export.py")
    index = {v: i for i, v in enumerate(result.variables)}
    rows = []
    for row in result.rows:
        values = [term_text(row[index[c]]) for c in columns]
        rows.append([_short_type(v) if c.endswith("type") else v for c, v in zip(columns, values)])
    return rows


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _prepare(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder: {exc.strerror or exc}", path=out) from None
    return out


def export_network(store: ox.Store, out_dir: str | Path) -> list[Path]:
    """The dialogue network as CSV node and edge lists and one GraphML file."""
    out = _prepare(out_dir)
    nodes = _rows(store, NODES, ["node", "node_type", "ename", "eqid"])
    edges = {"speaks_after": _rows(store, SPEAKS_AFTER, ["source", "target", "weight"]),
             "mentions": _rows(store, SPEAKER_MENTIONS, ["source", "target", "weight"])}
    names = {node[0]: node[2] for node in nodes}
    written = [_write(out / "network_nodes.csv", _csv(["id", "type", "name", "qid"], nodes))]
    for kind, rows in edges.items():
        table = [[s, t, w, names.get(s, ""), names.get(t, "")] for s, t, w in rows]
        written.append(_write(out / f"network_{kind}.csv",
                              _csv(["source", "target", "weight", "source_name", "target_name"], table)))
    written.append(_write(out / "network.graphml", graphml(nodes, edges)))
    return written


def graphml(nodes: list[list[str]], edges: dict[str, list[list[str]]]) -> bytes:
    """A directed GraphML graph: nodes with label, type and qid; edges with kind and weight."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
             'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
             '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
             '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
             '  <key id="qid" for="node" attr.name="qid" attr.type="string"/>',
             '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
             '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
             '  <graph id="dialogue" edgedefault="directed">']
    known = set()
    for iri, kind, name, qid in nodes:
        known.add(iri)
        lines.append(f"    <node id={quoteattr(iri)}>")
        for key, value in (("label", name), ("type", kind), ("qid", qid)):
            if value:
                lines.append(f'      <data key="{key}">{escape(value)}</data>')
        lines.append("    </node>")
    number = 0
    for kind in sorted(edges):
        for source, target, weight in edges[kind]:
            if source not in known or target not in known:
                continue
            number += 1
            lines.append(f'    <edge id="e{number}" source={quoteattr(source)} target={quoteattr(target)}>')
            lines.append(f'      <data key="kind">{kind}</data>')
            lines.append(f'      <data key="weight">{weight}</data>')
            lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def export_tables(store: ox.Store, out_dir: str | Path) -> list[Path]:
    """Write the CSV tables and the dialogue network into ``out_dir``; the paths written, in order."""
    out = _prepare(out_dir)
    written = []
    for name, (query, columns) in TABLES.items():
        rows = _rows(store, query, columns)
        written.append(_write(out / name, _csv([HEADERS.get(c, c) for c in columns], rows)))
    return written + export_network(store, out_dir)
