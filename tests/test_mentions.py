"""Mentions in the published graph of 300025: exact offsets, longest match,
whole words, editorial brackets, context rules, uncertain identifications."""

import hashlib

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from ld.mentions import Finder, Override, Rule, apply_overrides
from ld.model import Span
from ld.register import Entity, Register

SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
LDP = Namespace("https://w3id.org/ldpub/ns#")
DOC = "https://w3id.org/ldpub/document/300025"


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    return Graph().parse(built / "dataset.nt", format="nt")


def mentions(graph):
    """(segment fragment, exact, start, end, entity slug, method) for every identifying annotation."""
    rows = graph.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX ldp: <https://w3id.org/ldpub/ns#>
        SELECT ?a ?source ?exact ?start ?end ?body ?method WHERE {
          ?a oa:motivatedBy oa:identifying ; oa:hasBody ?body ; oa:hasTarget ?t ; ldp:method ?method .
          ?t oa:hasSource ?source ; oa:hasSelector ?p, ?q .
          ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact . }""")
    return [(str(r.source).split("#")[-1] if "#" in str(r.source) else "doc", str(r.exact), int(r.start),
             int(r.end), str(r.body).rsplit("/", 1)[-1], str(r.method).rsplit("#", 1)[-1]) for r in rows]


def text_of(graph, source):
    node = URIRef(DOC if source == "doc" else f"{DOC}#{source}")
    return str(graph.value(node, SCHEMA.text) or graph.value(node, SCHEMA.abstract)
               or graph.value(node, RDF.value))


def test_every_offset_pair_selects_its_quote_and_the_hash_matches(graph):
    found = mentions(graph)
    assert len(found) > 100
    for source, exact, start, end, _, _ in found:
        assert text_of(graph, source)[start:end] == exact
    for target, digest in graph.subject_objects(LDP.textSha256):
        source = graph.value(target, OA.hasSource)
        text = str(graph.value(source, SCHEMA.text) or graph.value(source, SCHEMA.abstract)
                   or graph.value(source, RDF.value))
        assert hashlib.sha256(text.encode()).hexdigest() == str(digest)


def by_entity(graph, slug):
    return [m for m in mentions(graph) if m[4] == slug]


def test_longest_match_wins(graph):
    assert {m[1] for m in by_entity(graph, "supreme-soviet-of-the-soviet-union")} == {"Supreme Soviet"}
    assert "Soviet Union" in {m[1] for m in by_entity(graph, "soviet-union")}
    assert "People's Republic of China" in {m[1] for m in by_entity(graph, "peoples-republic-of-china")}
    inside_longer = [m for m in mentions(graph) if m[1] == "Soviet"
                     and text_of(graph, m[0])[m[2]:m[2] + 12] == "Soviet Union"]
    assert not inside_longer, "'Soviet' matched inside 'Soviet Union'"
    spans = [(m[0], m[2], m[3]) for m in mentions(graph)]
    assert len(spans) == len(set(spans)), "two mentions on the same characters"


def test_whole_words_and_possessives(graph):
    stalin = by_entity(graph, "joseph-stalin")
    assert [m[1] for m in stalin if m[0] == "seg-0009"] == ["Stalin"]  # "Stalin's corpse"
    assert not [m for m in mentions(graph) if m[1] == "China" and text_of(graph, m[0])[m[3]:m[3] + 2] == "es"]


def test_never_inside_a_translators_insertion(graph):
    nehru = [m for m in by_entity(graph, "jawaharlal-nehru") if m[0] == "seg-0011"]
    assert [(m[1]) for m in nehru] == ["Nehru"]
    text = text_of(graph, "seg-0011")
    inside = text.index("[former Indian prime minister Jawaharlal]")
    assert not [m for m in mentions(graph) if m[0] == "seg-0011" and inside <= m[2] < inside + 41]
    sihanouk = [m[1] for m in by_entity(graph, "norodom-sihanouk") if m[0] == "seg-0028"]
    assert sihanouk == ["Sihanouk"]  # "[Cambodian royal Norodom] Sihanouk": the span is the name outside


def test_editorial_insertions_are_marked(graph):
    quotes = set(graph.query("""PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX ldp: <https://w3id.org/ldpub/ns#>
        SELECT ?x WHERE { ?a a ldp:EditorialInsertion ; oa:hasTarget/oa:hasSelector/oa:exact ?x }"""))
    assert {str(q.x) for q in quotes} == {
        "[former Indian prime minister Jawaharlal]", "[the former president of the Republic of Vietnam]",
        "[Czech-Austrian philosopher and Marxist theoretician Karl Johann]", "[Kubinsky]",
        "[Cambodian royal Norodom]", "[artillery]"}


def test_context_rules_are_visible_in_the_data(graph):
    (bucharest,) = [m for m in mentions(graph) if m[1] == "Bucharest"]
    assert bucharest[4] == "bucharest-conference-1960" and bucharest[5] == "contextRule"
    rules = {str(o) for o in graph.objects(None, LDP.rule)}
    assert any("Bucharest" in r and "bucharest-conference-1960" in r for r in rules)
    england = by_entity(graph, "united-kingdom")
    assert len(england) == 5 and {m[1] for m in england} == {"England"}


def test_uncertain_mention_has_candidate_confidence_and_proposer(graph):
    (kubinsky,) = [m for m in mentions(graph) if m[1] == "Kubinsky" and m[0].startswith("seg-")]
    assert kubinsky[4] == "tuvan-assr" and kubinsky[5] == "curatorOverride"
    rows = list(graph.query("""PREFIX ldp: <https://w3id.org/ldpub/ns#> PREFIX schema: <http://schema.org/>
        SELECT ?c ?p WHERE { ?a ldp:uncertain true ; ldp:confidence ?c ; ldp:proposedBy ?p }"""))
    assert [(float(r.c), str(r.p).rsplit("/", 1)[-1]) for r in rows] == [(0.5, "sergey-radchenko")]
    tuva = URIRef("https://w3id.org/ldpub/place/tuvan-assr")
    # an uncertain identification is not asserted as what the turn names
    assert (URIRef(f"{DOC}#seg-0023"), SCHEMA.mentions, tuva) not in graph


def test_mentions_shortcuts_on_turn_and_document(graph):
    khrushchev = URIRef("https://w3id.org/ldpub/person/nikita-khrushchev")
    assert (URIRef(f"{DOC}#seg-0003"), SCHEMA.mentions, khrushchev) in graph
    assert (URIRef(DOC), SCHEMA.mentions, khrushchev) in graph
    summary = [m for m in mentions(graph) if m[0] == "summary"]
    assert {m[1] for m in summary} >= {"Mao Zedong", "Beqir Balluku", "Nikita Khrushchev", "Soviet Union"}
    note = {m[1] for m in mentions(graph) if m[0] == "note-1-body"}
    assert {"Tuva", "Sergey Radchenko"} <= note
    # three indexes: what the record says (the document), the modern summary, the editor's note
    radchenko = URIRef("https://w3id.org/ldpub/person/sergey-radchenko")
    assert (URIRef(f"{DOC}#note-1"), SCHEMA.mentions, radchenko) in graph
    assert (URIRef(DOC), SCHEMA.mentions, radchenko) not in graph
    assert (URIRef(f"{DOC}#summary"), SCHEMA.mentions, URIRef("https://w3id.org/ldpub/person/beqir-balluku")) in graph
    summary_text = next(graph.objects(URIRef(f"{DOC}#summary"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#value")))
    assert str(summary_text).startswith("Mao Zedong and Beqir Balluku")


def test_link_records_mirror_sameas(graph):
    records = list(graph.query("""PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <http://schema.org/>
        PREFIX ldp: <https://w3id.org/ldpub/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?e ?q ?m ?v WHERE { ?r oa:motivatedBy oa:linking ; oa:hasTarget ?e ; oa:hasBody ?q ;
        ldp:method ?m ; ldp:registerVersion ?v ; prov:wasGeneratedBy ?run }"""))
    same = set(graph.subject_objects(SCHEMA.sameAs))
    assert len(records) == len(same) > 40
    assert {(r.e, r.q) for r in records} == same
    linkset = graph.value(None, RDF.type, URIRef("http://rdfs.org/ns/void#Linkset"))
    assert int(graph.value(linkset, URIRef("http://rdfs.org/ns/void#triples"))) == len(same)


def test_finder_unit_rules_and_overrides():
    register = Register({
        "city": Entity("city", "Place", (("en", "Bucharest"),)),
        "meeting": Entity("meeting", "Event", (("en", "Bucharest Conference"),)),
        "ussr": Entity("ussr", "Place", (("en", "Soviet Union"),), aliases=("Soviet",)),
    })
    finder = Finder(register, (Rule("Bucharest", "meeting", before="From "),))
    text = "From Bucharest to Bucharest, the Soviet Union and Soviet-era [Soviet] talks."
    found = finder.find(text, (Span(text.index("[Soviet]"), text.index("[Soviet]") + 8),))
    assert [(m.quote, m.entity, m.method) for m in found] == [
        ("Bucharest", "meeting", "rule"), ("Bucharest", "city", "surface"), ("Soviet Union", "ussr", "surface"),
        ("Soviet", "ussr", "surface")]
    changed = apply_overrides(found, text, 1, [Override("Bucharest", "", occurrence=2)])
    assert [m.quote for m in changed].count("Bucharest") == 1
