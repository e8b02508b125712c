"""An optional view of the records in RiC-O 1.1 (Records in Contexts, the ICA's ontology for archival
description): ``[publish] rico = true`` in config.toml adds the named graph ``{base}graph/rico`` to
the dumps, and ``dist/rico.ttl``.

Each document is described as two ``rico:Record``s, the published English translation (the
document's IRI) and the archival original (``#original``), with ``rico:identifier``; the original's
``rico:hasOrHadHolder`` is the archive; the two are related by a ``rico:RecordResourceGeneticRelation``
(source: the original, target: the translation; RiC-O has no translation property) and the symmetric
``rico:hasGeneticLinkToRecordResource``. The record ``rico:documents`` the meeting, a
``rico:Activity`` whose participants (``rico:hasOrHadParticipant``) are the speakers. An uncertain
identification (a ``[[mention]]`` with ``uncertain = true``) is a ``rico:Relation`` from the record
to the entity with ``rico:relationCertainty`` and ``rico:isEvidencedBy`` the record that proposes it.
The shapes are in ``shapes/ldpub.ttl`` (its RiC-O section); every term used is in ``ld/data/rico-1.1-terms.tsv``.
"""

from __future__ import annotations

import pyoxigraph as ox

from ld.link import Linked
from ld.mapping import RDF, entity_iri
from ld.terms import XSD, OxNamespace, Triple, literal, ox_triples, serialize
from ld.vocab import Iris, turtle_prefixes

RICO_NS = "https://www.ica.org/standards/RiC/ontology#"
RICO = OxNamespace(RICO_NS)
AGENT_CLASSES = {"Person": RICO.Person, "Organization": RICO.CorporateBody, "Place": RICO.Place, "Event": RICO.Event}


def document_triples(linked: Linked, iris: Iris) -> set[tuple]:
    """The RiC-O description of one document (pyoxigraph triples)."""
    doc, iris = linked.doc, iris.ox()
    g: set[Triple] = set()
    d = iris.document(doc.id)
    g.add((d, RDF.type, RICO.Record))
    g.add((d, RICO.identifier, literal(doc.id)))
    if doc.title:
        g.add((d, RICO.title, literal(doc.title, lang="en")))
    record = d  # the record the meeting generated: the original when there is one
    citation = doc.citation
    if (citation and (citation.reference or citation.archive)) or doc.language_tag:
        o = record = iris.part(doc.id, "original")
        g.add((o, RDF.type, RICO.Record))
        if citation and citation.reference:
            g.add((o, RICO.identifier, literal(citation.reference)))
        if linked.archive:
            holder = entity_iri(iris, linked.archive)
            g.add((o, RICO.hasOrHadHolder, holder))
            g.add((holder, RDF.type, RICO.CorporateBody))
        relation = iris.part(doc.id, "rico-translation")
        g.add((relation, RDF.type, RICO.RecordResourceGeneticRelation))
        g.add((relation, RICO.relationHasSource, o))
        g.add((relation, RICO.relationHasTarget, d))
        g.add((relation, RICO.generalDescription, literal("The target is an English translation of the source.",
                                                          lang="en")))
        g.add((o, RICO.hasGeneticLinkToRecordResource, d))
        g.add((d, RICO.hasGeneticLinkToRecordResource, o))
    meeting = iris.part(doc.id, "event")
    g.add((meeting, RDF.type, RICO.Activity))
    g.add((record, RICO.documents, meeting))
    if doc.date:
        g.add((meeting, RICO.date, literal(doc.date.value, datatype=XSD[doc.date.datatype])))
    for person in sorted(linked.attendees, key=lambda p: p.slug):
        agent = entity_iri(iris, person)
        g.add((meeting, RICO.hasOrHadParticipant, agent))
        g.add((agent, RDF.type, AGENT_CLASSES[person.type]))
    for key, mentions in linked.mentions.items():
        prefix = f"m-{key[4:]}" if key.startswith("seg-") else ("m-summary" if key == "summary" else f"m-{key}")
        for number, mention in enumerate(mentions, 1):
            if not mention.uncertain:
                continue
            entity = linked.entities[mention.entity]
            relation = iris.part(doc.id, f"rico-{prefix}-{number}")
            target = entity_iri(iris, entity)
            g.add((relation, RDF.type, RICO.Relation))
            g.add((relation, RICO.relationHasSource, d))
            g.add((relation, RICO.relationHasTarget, target))
            certainty = (f"uncertain (confidence {float(mention.confidence)})" if mention.confidence is not None
                         else "uncertain")
            g.add((relation, RICO.relationCertainty, literal(certainty)))
            g.add((relation, RICO.isEvidencedBy, d))
            g.add((relation, RICO.generalDescription, literal(
                f"The text {mention.quote!r} possibly refers to {entity.label}."
                + (f" {mention.note}" if mention.note else ""), lang="en")))
            if entity.type in AGENT_CLASSES:
                g.add((target, RDF.type, AGENT_CLASSES[entity.type]))
    return g


def write_turtle(path, graph, base: str) -> int:
    """``dist/rico.ttl``: the view with the rico: prefix (the dumps hold the same graph)."""
    triples = ox_triples(graph)
    path.write_bytes(serialize(triples.oxigraph(), ox.RdfFormat.TURTLE,
                               prefixes={**turtle_prefixes(base), "rico": RICO_NS}))
    return len(triples)


def used_terms(triples) -> set[str]:
    """The local names of the RiC-O terms in some triples (predicates and classes)."""
    found = set()
    for s, p, o in triples:
        for term in (p, o if p == RDF.type else None):
            if isinstance(term, ox.NamedNode) and term.value.startswith(RICO_NS):
                found.add(term.value[len(RICO_NS):])
    return found
