"""Tables and a dialogue network for people who work in spreadsheets or network tools.

Everything is read from the store with SPARQL (the same queries work on a server
holding the dump, whatever its default graph), so the exports say exactly what the published graph says. A
build runs the queries on each document's graph in its worker (``document_tables``)
and joins in the entities' names and QIDs at the end (``render``, ``write_exports``);
``export_tables`` does the same in one step on a store holding everything.
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
import hashlib
import io
import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ld.cache import CacheDamaged, read_checked, write_checked
from ld.errors import InputError
from ld.publish import Pieces, gzip_member
from ld.query import run_query, term_text

PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX ldp: <https://w3id.org/ldpub/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

ENTITY_TYPES = "schema:Person schema:Place schema:Organization schema:CreativeWork schema:Event"

# What the tables need to know of an entity: its type, its English name (or any name when none is
# English) and its Wikidata QID. The tables name entities by IRI and these facts are joined in last,
# so that a document's rows stay valid when the register changes a name or a QID elsewhere.
def _facts_query(typed: str) -> str:
    return PREFIXES + """
SELECT ?entity (MIN(STR(?type)) AS ?entity_type) (MIN(STR(?en)) AS ?english) (MIN(STR(?any)) AS ?name)
       (MIN(STRAFTER(STR(?same), "http://www.wikidata.org/entity/")) AS ?qid)
WHERE {
  VALUES ?type { """ + ENTITY_TYPES + """ }
  """ + typed + """
  OPTIONAL { GRAPH ?g1 { ?entity schema:name ?en FILTER(langMatches(lang(?en), "en")) } }
  OPTIONAL { GRAPH ?g2 { ?entity schema:name ?any } }
  OPTIONAL { GRAPH ?g3 { ?entity schema:sameAs ?same
                         FILTER(STRSTARTS(STR(?same), "http://www.wikidata.org/entity/Q")) } }
}
GROUP BY ?entity
ORDER BY ?entity
"""


# Every pattern names its graph (as queries/*.rq do), so that the queries give the same rows on a
# store whose default graph is the union of the graphs (ours) and on one whose default graph is empty
# (Oxigraph's and Jena's default). A document's parts are all in the document's own graph.
FACTS = _facts_query("GRAPH ?g { ?entity a ?type }")  # wherever typed
ENTITIES = _facts_query('GRAPH ?g { ?entity a ?type } FILTER(STRENDS(STR(?g), "/graph/entities"))')

# the two counts in subqueries of their own: counted side by side, turns x mentions rows would be grouped
DOCUMENTS = PREFIXES + """
SELECT ?document (MIN(STR(?id)) AS ?identifier) (MIN(STR(?title)) AS ?name) (MIN(STR(?when)) AS ?date)
       (MIN(?turn_count) AS ?turns) (MIN(?mention_count) AS ?mentions)
WHERE {
  GRAPH ?document {
    ?document a schema:Conversation .
    OPTIONAL { ?document schema:identifier ?id }
    OPTIONAL { ?document schema:name ?title FILTER(langMatches(lang(?title), "en")) }
    OPTIONAL { ?document dcterms:date ?when }
  }
  { SELECT ?document (COUNT(DISTINCT ?turn) AS ?turn_count) WHERE { GRAPH ?document {
      ?document a schema:Conversation . OPTIONAL { ?turn a ldp:SpeechTurn ; schema:isPartOf ?document } } }
    GROUP BY ?document }
  { SELECT ?document (COUNT(DISTINCT ?mention) AS ?mention_count) WHERE { GRAPH ?document {
      ?document a schema:Conversation . OPTIONAL { ?mention oa:motivatedBy oa:identifying } } }
    GROUP BY ?document }
}
GROUP BY ?document
ORDER BY ?document
"""

TURNS = PREFIXES + """
SELECT ?document ?turn (MIN(?pos) AS ?position) (MIN(STR(?sender)) AS ?speaker)
       (MIN(STR(?label)) AS ?speaker_label) (MIN(STR(?host)) AS ?embedded_in) (MIN(STR(?said)) AS ?text)
WHERE {
  GRAPH ?document {
    ?turn a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?pos .
    OPTIONAL { ?turn schema:sender ?sender }
    OPTIONAL { ?turn ldp:speakerLabel ?label }
    OPTIONAL { ?turn ldp:embeddedIn ?host }
    OPTIONAL { ?turn schema:text ?said }
  }
}
GROUP BY ?document ?turn
ORDER BY ?document ?position ?turn
"""

MENTIONS = PREFIXES + """
SELECT ?document ?annotation (MIN(STR(?src)) AS ?source) (MIN(?pos) AS ?position) (MIN(STR(?sender)) AS ?speaker)
       (MIN(STR(?body)) AS ?entity) (MIN(STR(?quote)) AS ?exact) (MIN(?from) AS ?start) (MIN(?to) AS ?end)
       (COUNT(?unsure) > 0 AS ?uncertain)
WHERE {
  GRAPH ?document {
    ?document a schema:Conversation .
    ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?body ; oa:hasTarget ?target .
    OPTIONAL { ?target oa:hasSource ?src .
               OPTIONAL { ?src schema:position ?pos } OPTIONAL { ?src schema:sender ?sender } }
    OPTIONAL { ?target oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote }
    OPTIONAL { ?target oa:hasSelector ?ps . ?ps a oa:TextPositionSelector ; oa:start ?from ; oa:end ?to }
    OPTIONAL { ?annotation ldp:uncertain ?unsure FILTER(?unsure = true) }
  }
}
GROUP BY ?document ?annotation
ORDER BY ?document ?position ?start ?annotation
"""

# The network's edges and nodes in SPARQL, for a store or a server holding the dump. The exports derive
# the same from the turns and mentions tables instead (``speaks_after``, ``speaker_mentions``,
# ``network_nodes``; tests/test_store.py checks they agree): pairing every turn with every earlier one
# cost more than all the other export queries of a document together, and the other two queries
# would read again what the tables hold.
SPEAKS_AFTER = PREFIXES + """
SELECT ?source ?target (COUNT(*) AS ?weight)
WHERE {
  {
    # each turn with the position of the turn just before it in the same document
    SELECT ?document ?p2 (MAX(?p1) AS ?previous)
    WHERE {
      GRAPH ?document {
        ?after a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?p2 .
        ?before a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?p1 .
      }
      FILTER(?p1 < ?p2)
    }
    GROUP BY ?document ?p2
  }
  GRAPH ?document {
    ?after a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?p2 ; schema:sender ?source .
    ?before a ldp:SpeechTurn ; schema:isPartOf ?document ; schema:position ?previous ; schema:sender ?target .
  }
  FILTER(?source != ?target)
}
GROUP BY ?source ?target
ORDER BY ?source ?target
"""

SPEAKER_MENTIONS = PREFIXES + """
SELECT ?source ?target (COUNT(DISTINCT ?annotation) AS ?weight)
WHERE {
  GRAPH ?document {
    ?document a schema:Conversation .
    ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?target ; oa:hasTarget ?t .
    ?t oa:hasSource ?turn .
    ?turn a ldp:SpeechTurn ; schema:sender ?source .
    FILTER NOT EXISTS { ?annotation ldp:uncertain true }
  }
}
GROUP BY ?source ?target
ORDER BY ?source ?target
"""

NODES = PREFIXES + """
SELECT DISTINCT ?node
WHERE {
  { GRAPH ?document { ?turn a ldp:SpeechTurn ; schema:sender ?node } }
  UNION
  { GRAPH ?document {
      ?document a schema:Conversation .
      ?annotation oa:motivatedBy oa:identifying ; oa:hasBody ?node ; oa:hasTarget ?t .
      ?t oa:hasSource ?turn . ?turn a ldp:SpeechTurn ; schema:sender ?someone .
      FILTER NOT EXISTS { ?annotation ldp:uncertain true } } }
}
ORDER BY ?node
"""

# Per table: the query and its columns; a column with "+" is joined in from the entity facts of
# the column it names ("speaker+name": the speaker's name).
TABLES = {
    "documents.csv": (DOCUMENTS, ["document", "identifier", "name", "date", "turns", "mentions"]),
    "turns.csv": (TURNS, ["document", "turn", "position", "speaker", "speaker+name", "speaker+qid",
                          "speaker_label", "embedded_in", "text"]),
    "mentions.csv": (MENTIONS, ["document", "annotation", "source", "position", "speaker", "entity",
                                "entity+type", "entity+name", "entity+qid", "exact", "start", "end",
                                "uncertain"]),
}
HEADERS = {"speaker+name": "speaker_name", "speaker+qid": "speaker_qid", "entity+type": "entity_type",
           "entity+name": "name", "entity+qid": "qid"}
EDGE_KINDS = ("speaks_after", "mentions")


def _short_type(iri: str) -> str:
    return iri.rsplit("/", 1)[-1] if iri.startswith("http://schema.org/") else iri


def _select(store: ox.Store, query: str) -> list[list[str]]:
    result = run_query(store, query, source="ld/export.py")
    return [[term_text(term) for term in row] for row in result.rows]


# ------------------------------------------------------------ what a graph contributes
def document_tables(store: ox.Store) -> dict:
    """What the documents in ``store`` contribute to the exports, entities named by IRI only:
    the rows of each table, the network's edges and nodes, and the facts (type, names, QID) the
    store holds about entities. A build computes it per document, in the worker that maps it."""
    tables = {name: _select(store, query) for name, (query, _columns) in TABLES.items()}
    edges = {"speaks_after": speaks_after(tables["turns.csv"]), "mentions": speaker_mentions(tables["mentions.csv"])}
    return {"tables": tables, "edges": edges, "nodes": network_nodes(tables["turns.csv"], edges["mentions"]),
            "facts": entity_facts(store)}


def speaks_after(turns: list[list[str]]) -> list[list[str]]:
    """What ``SPEAKS_AFTER`` selects, from the rows of ``TURNS`` (ordered by document and position):
    the speaker of each turn to the speaker of the turn before it in the same document, no self-edges,
    weighted by count."""
    return _weighted((after, before)
                     for (document, _, _, before, *_), (same_document, _, _, after, *_) in zip(turns, turns[1:])
                     if document == same_document and before and after and before != after)


def speaker_mentions(mentions: list[list[str]]) -> list[list[str]]:
    """What ``SPEAKER_MENTIONS`` selects, from the rows of ``MENTIONS``: each speaker to each entity
    his turns mention, uncertain identifications left out, weighted by count."""
    return _weighted((speaker, entity)
                     for _doc, _annotation, _source, _position, speaker, entity, _exact, _start, _end, uncertain in mentions
                     if speaker and entity and uncertain != "true")


def _weighted(pairs) -> list[list[str]]:
    """Edge rows (source, target, weight), the weight counting how often the pair occurs, sorted."""
    return [[source, target, str(weight)] for (source, target), weight in sorted(Counter(pairs).items())]


def network_nodes(turns: list[list[str]], mention_edges: list[list[str]]) -> list[str]:
    """What ``NODES`` selects: every speaker, and every entity a speaker mentions."""
    return sorted({row[3] for row in turns if row[3]} | {target for _source, target, _weight in mention_edges})


def entity_facts(store: ox.Store, query: str = FACTS) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in _select(store, query)}


def merge_facts(into: dict[str, list[str]], facts: dict[str, list[str]]) -> dict[str, list[str]]:
    """Facts about the same entity from several graphs, combined as one query over all would
    (each field is a MIN over the graphs' values)."""
    for entity, values in facts.items():
        known = into.get(entity)
        into[entity] = list(values) if known is None else [
            min(a, b) if a and b else a or b for a, b in zip(known, values)]
    return into


def _fact(facts: dict, entity: str, field: str) -> str:
    values = facts.get(entity)
    if not values:
        return ""
    typ, english, name, qid = values
    return _short_type(typ) if field == "type" else (english or name) if field == "name" else qid


# ------------------------------------------------------------------- writing
# A cell a spreadsheet would read as a formula ("=HYPERLINK(...)" from a source text) starts with a
# quote that makes it text, as the OWASP guidance on CSV injection says; a number stays a number.
# The RDF keeps the text exact.
FORMULA_STARTS = frozenset("=+-@\t\r")
NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def spreadsheet_safe(cell: str) -> str:
    if cell[:1] in FORMULA_STARTS and not NUMBER.fullmatch(cell):  # ("" is in no set: an empty cell stays empty)
        return "'" + cell
    return cell


def _csv_lines(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([spreadsheet_safe("" if cell is None else str(cell)) for cell in row]
                                                   for row in rows)
    return out.getvalue()


def _csv_line(row: list[str]) -> str:
    return _csv_lines([row])


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    return _csv_lines([header, *rows]).encode("utf-8")


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


def _layout(columns: list[str]) -> list[tuple[int, str | None]]:
    """Per written column: the index of the query's column it comes from, and the entity fact to
    join in (``None``: the value itself)."""
    plain = [c for c in columns if "+" not in c]
    return [(plain.index(c.split("+")[0]), c.split("+")[1] if "+" in c else None) for c in columns]


def references(tables: dict[str, list[list[str]]]) -> list[str]:
    """The entities whose facts the rendered rows of ``tables`` depend on, sorted."""
    found: set[str] = set()
    for name, (_query, columns) in TABLES.items():
        keys = [index for index, fact in _layout(columns) if fact]
        found.update(row[k] for row in tables[name] for k in keys)
    return sorted(found - {""})


def render(tables: dict[str, list[list[str]]], facts: dict[str, list[str]]) -> dict[str, str]:
    """Rows as CSV lines (no header), the entity facts joined in."""
    rendered = {}
    for name, (_query, columns) in TABLES.items():
        layout = _layout(columns)
        rendered[name] = _csv_lines(
            [_fact(facts, row[index], fact) if fact else row[index] for index, fact in layout] for row in tables[name])
    return rendered


def write_exports(out_dir: str | Path, parts, facts: dict[str, list[str]],
                  entities: dict[str, list[str]], compressed: bool = False) -> list[Path]:
    """Write the CSV tables and the dialogue network from ``parts``, read one at a time in document
    order: each a dict of its ``rows`` (``render`` results, or the bytes kept of them), network ``edges`` and ``nodes``, as
    ``document_tables`` gives them; ``facts`` are the entity facts of all graphs merged, ``entities``
    the entities graph's own. ``compressed`` writes every file gzip-compressed (``turns.csv.gz``); kept
    rows must then be gzip members. Returns the paths written, in order."""
    out = _prepare(out_dir)
    pack = gzip_member if compressed else (lambda data: data)
    suffix = ".gz" if compressed else ""
    paths = [out / (name + suffix) for name in TABLES]
    files = [path.open("wb") for path in paths]
    edges: dict[str, dict[tuple[str, str], int]] = {kind: {} for kind in EDGE_KINDS}
    nodes: set[str] = set()
    try:
        for handle, (_query, columns) in zip(files, TABLES.values()):
            handle.write(pack(_csv_line([HEADERS.get(c, c) for c in columns]).encode("utf-8")))
        for part in parts:
            for handle, name in zip(files, TABLES):
                rows = part["rows"][name]
                # rendered earlier and kept (already packed), or rendered just now
                handle.write(rows if isinstance(rows, bytes) else pack(rows.encode("utf-8")))
            for kind, rows in part["edges"].items():  # weights are counts: they add up over documents
                for source, target, weight in rows:
                    edges[kind][source, target] = edges[kind].get((source, target), 0) + int(weight)
            nodes.update(part["nodes"])
    finally:
        for handle in files:
            handle.close()
    entity_rows = [[e, _fact(entities, e, "type"), _fact(entities, e, "name"), _fact(entities, e, "qid")]
                   for e in sorted(entities)]
    def write(name: str, data: bytes) -> Path:
        return _write(out / (name + suffix), pack(data))
    paths.append(write("entities.csv", _csv(["entity", "entity_type", "name", "qid"], entity_rows)))
    node_rows = [[n, _fact(facts, n, "type"), _fact(facts, n, "name"), _fact(facts, n, "qid")]
                 for n in sorted(nodes)]
    edge_rows = {kind: [[s, t, str(w)] for (s, t), w in sorted(pairs.items())] for kind, pairs in edges.items()}
    names = {node[0]: node[2] for node in node_rows}
    paths.append(write("network_nodes.csv", _csv(["id", "type", "name", "qid"], node_rows)))
    for kind, rows in edge_rows.items():
        table = [[s, t, w, names.get(s, ""), names.get(t, "")] for s, t, w in rows]
        paths.append(write(f"network_{kind}.csv", _csv(["source", "target", "weight", "source_name", "target_name"],
                                                       table)))
    paths.append(write("network.graphml", graphml(node_rows, edge_rows)))
    return paths


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
    """Write the CSV tables and the dialogue network of everything in ``store`` into ``out_dir``."""
    part = document_tables(store)
    facts = part.pop("facts")
    part["rows"] = render(part.pop("tables"), facts)
    return write_exports(out_dir, [part], facts, entity_facts(store, ENTITIES))


# ---------------------------------------------------- a build's exports, from its cached pieces
def write_cached(folder: Path, pieces: list[Pieces], metas: list[dict], compressed: bool = False,
                  repaired: list[str] | None = None) -> None:
    """CSV tables and the dialogue network, for people who do not use SPARQL. Each document's rows
    come from its worker with entities as IRIs; their names and QIDs are joined in here, from the
    shared graphs. A document's rendered rows are kept beside its pieces under a hash of the facts
    they use, so a rebuild renders again only where a name or QID it shows has changed."""
    documents, graphs = pieces[:len(metas)], pieces[len(metas):]  # the shared graphs come last
    shared = ox.Store()
    for piece in graphs:
        piece.store(shared)
    facts = entity_facts(shared)
    for meta in metas:
        merge_facts(facts, meta["facts"])
    parts = (_export_part(piece, facts, compressed, repaired) for piece in sorted(documents, key=lambda p: p.name))
    write_exports(folder, parts, facts, entity_facts(shared, ENTITIES), compressed)


def _export_part(piece: Pieces, facts: dict, compressed: bool, repaired: list[str] | None) -> dict:
    # read here, one document at a time, rather than kept with the metas of the whole corpus
    part = json.loads((piece.folder / "network.json").read_text(encoding="utf-8"))
    part["rows"] = rendered_rows(piece, part.pop("references"), facts, compressed, repaired=repaired)
    return part


def rendered_rows(piece: Pieces, references: list[str], facts: dict, compressed: bool,
                   tables: dict | None = None, repaired: list[str] | None = None) -> dict[str, bytes]:
    """A document's rows of each table, rendered with ``facts`` (as gzip members if ``compressed``)
    and kept in one file under a hash of the facts they use: a line with the byte length of each
    table's rows, then the rows. ``tables``: the document's export rows, if at hand."""
    used = json.dumps([compressed, [[iri, facts.get(iri)] for iri in references]], ensure_ascii=False)
    kept = piece.folder / f"rows-{hashlib.sha256(used.encode()).hexdigest()[:16]}"
    try:
        sizes, _, data = read_checked(kept).partition(b"\n")
        json.loads(sizes)
    except (OSError, ValueError, CacheDamaged) as error:
        if not isinstance(error, FileNotFoundError) and repaired is not None:
            repaired.append(f"{kept}: {error}")
        if tables is None:
            tables = json.loads((piece.folder / "exports.json").read_text(encoding="utf-8"))
        rendered = [text.encode("utf-8") for text in render(tables, facts).values()]
        rendered = [gzip_member(part) for part in rendered] if compressed else rendered
        data = b"".join(rendered)
        for stale in piece.folder.glob("rows-*"):
            shutil.rmtree(stale) if stale.is_dir() and not stale.is_symlink() else stale.unlink()
        sizes = json.dumps([len(part) for part in rendered]).encode()
        staging = piece.folder / f".{kept.name}-{os.getpid()}"
        write_checked(staging, sizes + b"\n" + data)
        staging.rename(kept)
    rows, offset = {}, 0
    for name, size in zip(TABLES, json.loads(sizes)):
        rows[name] = data[offset:offset + size]
        offset += size
    return rows
