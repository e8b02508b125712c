"""Every shape is shown to fire: a small valid graph, then one break per case."""

import re

import pytest
from rdflib import Graph

from ld.validate import SHAPES_DIR, load_shapes, validate_graph

VALID = """
@prefix schema: <http://schema.org/> . @prefix ldp: <https://w3id.org/ldpub/ns#> .
@prefix oa: <http://www.w3.org/ns/oa#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix d: <https://example.org/document/1#> .
<https://example.org/document/1> a schema:Conversation ; schema:identifier "1" ; schema:name "A talk"@en ;
    dcterms:date "1964-10-09"^^xsd:date ; schema:inLanguage "en" ; schema:translator <https://example.org/person/t> ;
    schema:hasPart d:seg-0001, d:seg-0002, d:seg-0003 .
d:seg-0001 a ldp:SpeechTurn, schema:Message ; schema:isPartOf <https://example.org/document/1> ;
    schema:position 1 ; schema:sender <https://example.org/person/a> ; ldp:speakerLabel "Comrade A" ;
    schema:text "Hello Bob."@en .
d:seg-0002 a ldp:SpeechTurn, schema:Message ; schema:isPartOf <https://example.org/document/1> ;
    schema:position 2 ; schema:sender <https://example.org/person/t> ; ldp:speakerLabel "Comrade T" ;
    ldp:embeddedIn d:seg-0001 ; schema:text "Yes."@en .
d:seg-0001 ldp:nextTurn d:seg-0002 .
d:seg-0003 a ldp:StageDirection, schema:CreativeWork ; schema:isPartOf <https://example.org/document/1> ;
    schema:position 3 ; schema:text "Laughter."@en .
<https://example.org/person/a> a schema:Person ; schema:name "A"@en ; schema:sameAs wd:Q5816 .
<https://example.org/person/t> a schema:Person ; schema:name "T"@en ; schema:sameAs wd:Q1 .
d:m a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody <https://example.org/person/t> ; oa:hasTarget d:m-target .
d:m-target a oa:SpecificResource ; oa:hasSource d:seg-0001 ; oa:hasSelector d:m-pos, d:m-quote .
d:m-pos a oa:TextPositionSelector ; oa:start "6"^^xsd:nonNegativeInteger ; oa:end "9"^^xsd:nonNegativeInteger .
d:m-quote a oa:TextQuoteSelector ; oa:exact "Bob" ; oa:prefix "Hello " ; oa:suffix "." .
<https://example.org/link/a> a oa:Annotation ; oa:motivatedBy oa:linking ; oa:hasTarget <https://example.org/person/a> ; oa:hasBody wd:Q5816 .
<https://example.org/dataset> a dcat:Dataset ; dcterms:title "D"@en ; dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
    dcat:distribution <https://example.org/dataset#ttl> .
<https://example.org/dataset#ttl> dcat:mediaType <https://www.iana.org/assignments/media-types/text/turtle> ;
    dcat:downloadURL <https://example.org/dist/dataset.ttl> .
@prefix rico: <https://www.ica.org/standards/RiC/ontology#> .
<https://example.org/document/1> a rico:Record ; rico:identifier "1" .
d:original a rico:Record ; rico:identifier "Fondi 14" ; rico:hasOrHadHolder <https://example.org/organization/a> ;
    rico:documents d:event .
<https://example.org/organization/a> a rico:CorporateBody .
d:event a rico:Activity ; rico:hasOrHadParticipant <https://example.org/person/a> .
<https://example.org/person/a> a rico:Person .
d:rico-translation a rico:RecordResourceGeneticRelation ; rico:relationHasSource d:original ;
    rico:relationHasTarget <https://example.org/document/1> .
d:rico-m a rico:Relation ; rico:relationHasSource <https://example.org/document/1> ;
    rico:relationHasTarget <https://example.org/place/x> ; rico:relationCertainty "uncertain" ;
    rico:isEvidencedBy <https://example.org/document/1> .
"""

PREFIXES = """PREFIX schema: <http://schema.org/> PREFIX ldp: <https://w3id.org/ldpub/ns#> PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX wd: <http://www.wikidata.org/entity/> PREFIX d: <https://example.org/document/1#>
PREFIX doc: <https://example.org/document/> PREFIX p: <https://example.org/person/> PREFIX ds: <https://example.org/dataset#>
PREFIX rico: <https://www.ica.org/standards/RiC/ontology#>
"""

# (expected code, expected severity, SPARQL Update that breaks the valid graph)
CASES = [
    ("turn-sender", "Violation", "DELETE WHERE { d:seg-0001 schema:sender ?x }"),
    ("turn-sender", "Violation", "DELETE WHERE { p:t a schema:Person }"),
    ("positions-unique", "Violation", "DELETE DATA { d:seg-0002 schema:position 2 } ; INSERT DATA { d:seg-0002 schema:position 1 }"),
    ("positions-gapless", "Violation", "DELETE DATA { d:seg-0003 schema:position 3 } ; INSERT DATA { d:seg-0003 schema:position 4 }"),
    ("document-date", "Violation", 'DELETE WHERE { doc:1 dcterms:date ?d } ; INSERT DATA { doc:1 dcterms:date "1964-13-45"^^xsd:date }'),
    ("document-date", "Violation", 'DELETE WHERE { doc:1 dcterms:date ?d } ; INSERT DATA { doc:1 dcterms:date "9 October 1964" }'),
    ("document-date-missing", "Warning", "DELETE WHERE { doc:1 dcterms:date ?d }"),
    ("wikidata-iri", "Violation", "DELETE WHERE { p:a schema:sameAs ?q } ; INSERT DATA { p:a schema:sameAs <https://www.wikidata.org/wiki/Q5816> }"),
    ("wikidata-iri", "Violation", "DELETE WHERE { p:a schema:sameAs ?q } ; INSERT DATA { p:a schema:sameAs <https://www.wikidata.org/entity/Q5816> }"),
    ("wikidata-iri", "Violation", 'DELETE WHERE { p:a schema:sameAs ?q } ; INSERT DATA { p:a schema:sameAs "Q5816" }'),
    ("wikidata-iri", "Violation", "INSERT DATA { p:a schema:sameAs wd:Q2 }"),
    ("https-schema-property", "Violation", 'INSERT DATA { p:a <https://schema.org/name> "A"@en }'),
    ("https-schema-property", "Violation", "INSERT DATA { d:seg-0001 <https://schema.org/sender> p:a }"),
    ("https-schema-class", "Violation", "INSERT DATA { p:a a <https://schema.org/Person> }"),
    ("https-schema", "Violation", "INSERT DATA { p:a a <https://schema.org/Ship> }"),
    ("document-identifier", "Violation", "DELETE WHERE { doc:1 schema:identifier ?x }"),
    ("document-name", "Violation", 'DELETE WHERE { doc:1 schema:name ?x } ; INSERT DATA { doc:1 schema:name "A talk" }'),
    ("document-language", "Violation", "DELETE WHERE { doc:1 schema:inLanguage ?x }"),
    ("document-translator", "Warning", "DELETE WHERE { doc:1 schema:translator ?x }"),
    ("document-parts", "Violation", "DELETE WHERE { doc:1 schema:hasPart ?x }"),
    ("turn-position", "Violation", 'DELETE WHERE { d:seg-0001 schema:position ?x } ; INSERT DATA { d:seg-0001 schema:position "1" }'),
    ("turn-document", "Violation", "DELETE WHERE { d:seg-0001 schema:isPartOf ?x }"),
    ("turn-text", "Violation", 'DELETE WHERE { d:seg-0001 schema:text ?x } ; INSERT DATA { d:seg-0001 schema:text "Hello Bob." }'),
    ("turn-label", "Violation", 'INSERT DATA { d:seg-0001 ldp:speakerLabel "Comrade B" }'),
    ("turn-resolution", "Violation", 'INSERT DATA { d:seg-0001 ldp:speakerResolution ldp:byGuess }'),
    ("turn-reported", "Violation", 'INSERT DATA { d:seg-0001 ldp:reportedSpeech "yes" }'),
    ("turn-unresolved", "Warning", 'DELETE WHERE { d:seg-0001 ldp:speakerResolution ?x } ; INSERT DATA { d:seg-0001 ldp:speakerResolution ldp:unresolved }'),
    ("turn-embedded", "Violation", "DELETE WHERE { d:seg-0002 ldp:embeddedIn ?x } ; INSERT DATA { d:seg-0002 ldp:embeddedIn d:seg-0003 }"),
    ("turn-insertion", "Info", 'DELETE WHERE { d:seg-0002 schema:text ?x } ; INSERT DATA { d:seg-0002 schema:text "Yes [he nods]."@en }'),
    ("turn-embedded-backward", "Violation", "DELETE WHERE { d:seg-0002 ldp:embeddedIn ?x } ; INSERT DATA { d:seg-0001 ldp:embeddedIn d:seg-0002 }"),
    ("turn-next", "Violation", "INSERT DATA { d:seg-0002 ldp:nextTurn d:seg-0003 }"),
    ("turn-next-order", "Violation", "DELETE WHERE { d:seg-0001 ldp:nextTurn ?x } ; INSERT DATA { d:seg-0002 ldp:nextTurn d:seg-0001 }"),
    ("turn-next-order", "Violation", "DELETE WHERE { d:seg-0001 ldp:nextTurn ?x } ; INSERT DATA { d:seg-0001 ldp:nextTurn <https://example.org/document/2#seg-0002> . <https://example.org/document/2#seg-0002> a ldp:SpeechTurn }"),
    ("stage-no-sender", "Violation", "INSERT DATA { d:seg-0003 schema:sender p:a }"),
    ("entity-name", "Violation", "DELETE WHERE { p:a schema:name ?x }"),
    ("entity-unlinked", "Warning", "DELETE WHERE { p:t schema:sameAs ?x }"),
    ("annotation-motivation", "Violation", "DELETE WHERE { d:m oa:motivatedBy ?x }"),
    ("annotation-target", "Violation", "DELETE WHERE { d:m oa:hasTarget ?x }"),
    ("annotation-body", "Violation", "DELETE WHERE { d:m oa:hasBody ?x }"),
    ("target-source", "Violation", "DELETE WHERE { d:m-target oa:hasSource ?x }"),
    ("target-position-selector", "Violation", "DELETE DATA { d:m-target oa:hasSelector d:m-pos }"),
    ("target-quote-selector", "Violation", "DELETE DATA { d:m-target oa:hasSelector d:m-quote }"),
    ("offsets-select-quote", "Violation", 'DELETE WHERE { d:m-pos oa:start ?x } ; INSERT DATA { d:m-pos oa:start "5"^^xsd:nonNegativeInteger }'),
    ("offsets-select-quote", "Violation", 'DELETE WHERE { d:m-quote oa:exact ?x } ; INSERT DATA { d:m-quote oa:exact "Bod" }'),
    ("selector-start", "Violation", 'DELETE WHERE { d:m-pos oa:start ?x } ; INSERT DATA { d:m-pos oa:start 6 }'),
    ("selector-start", "Violation", 'DELETE WHERE { d:m-pos oa:start ?x } ; INSERT DATA { d:m-pos oa:start "10"^^xsd:nonNegativeInteger }'),
    ("selector-end", "Violation", "DELETE WHERE { d:m-pos oa:end ?x }"),
    ("selector-exact", "Violation", "DELETE WHERE { d:m-quote oa:exact ?x }"),
    ("link-agrees-with-sameas", "Violation", "DELETE WHERE { p:a schema:sameAs ?x }"),
    ("dataset-title", "Violation", "DELETE WHERE { <https://example.org/dataset> dcterms:title ?x }"),
    ("dataset-license", "Violation", 'DELETE WHERE { <https://example.org/dataset> dcterms:license ?x } ; INSERT DATA { <https://example.org/dataset> dcterms:license "CC BY" }'),
    ("dataset-distribution", "Violation", "DELETE WHERE { ds:ttl dcat:downloadURL ?x }"),
    ("rico-record-identifier", "Violation", "DELETE WHERE { d:original rico:identifier ?x }"),
    ("rico-record-identifier", "Violation", 'DELETE WHERE { doc:1 rico:identifier ?x } ; INSERT DATA { doc:1 rico:identifier 1 }'),
    ("rico-record-holder", "Violation", "INSERT DATA { d:original rico:hasOrHadHolder p:a }"),
    ("rico-record-documents", "Violation", "INSERT DATA { doc:1 rico:documents d:rico-m }"),
    ("rico-activity-documented", "Violation", "DELETE WHERE { d:original rico:documents ?x }"),
    ("rico-participant", "Violation", "INSERT DATA { d:event rico:hasOrHadParticipant <https://example.org/place/x> }"),
    ("rico-translation-source", "Violation", "DELETE WHERE { d:rico-translation rico:relationHasSource ?x }"),
    ("rico-translation-target", "Violation", "INSERT DATA { d:rico-translation rico:relationHasTarget d:event }"),
    ("rico-relation-source", "Violation", "DELETE WHERE { d:rico-m rico:relationHasSource ?x }"),
    ("rico-relation-target", "Violation", 'INSERT DATA { d:rico-m rico:relationHasTarget "x" }'),
    ("rico-relation-certainty", "Violation", "DELETE WHERE { d:rico-m rico:relationCertainty ?x }"),
    ("rico-relation-evidence", "Violation", "DELETE WHERE { d:rico-m rico:isEvidencedBy ?x } ; INSERT DATA { d:rico-m rico:isEvidencedBy p:a }"),
]


def graph(update: str | None = None) -> Graph:
    g = Graph(bind_namespaces="none").parse(data=VALID, format="turtle")
    if update:
        g.update(PREFIXES + update)
    return g


def test_the_valid_graph_has_no_problems():
    report = validate_graph(graph())
    assert report.problems == [], report.to_text()


@pytest.mark.parametrize("code,severity,update", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_shape_fires(code, severity, update):
    report = validate_graph(graph(update))
    found = {(p.code, p.severity) for p in report.problems}
    assert (code, severity) in found, report.to_text()
    assert not report.conforms and report.violates == (severity == "Violation")


def test_every_shape_is_covered_by_a_case():
    text = "\n".join(p.read_text() for p in SHAPES_DIR.glob("*.ttl"))
    declared = set(re.findall(r"^shp:([a-z][a-z0-9-]+) a sh:(?:PropertyShape|SPARQLConstraint)", text, re.M))
    declared |= set(re.findall(r"^shp:([a-z][a-z0-9-]+) a sh:NodeShape ;\n    sh:severity", text, re.M))
    assert declared, "no shapes found"
    assert declared <= {c[0] for c in CASES}, declared - {c[0] for c in CASES}
    load_shapes()  # the shapes parse
