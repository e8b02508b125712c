"""The RiC-O view ([publish] rico = true): the records, their holder, the meeting they document,
its participants and the uncertain identifications, in RiC-O 1.1 terms only, valid against
shapes/ldpub.ttl."""

from importlib import resources

import pyoxigraph as ox
import pytest
from rdflib import Graph

from ld.pipeline import build
from ld.rico import RICO_NS, used_terms
from ld.validate import validate_graph

BASE = "https://w3id.org/ldpub/"
DOC = BASE + "document/300025"


def published_terms() -> dict[str, set[str]]:
    """RiC-O 1.1's classes and properties, from the list derived from the published ontology."""
    terms: dict[str, set[str]] = {}
    text = resources.files("ld").joinpath("data/rico-1.1-terms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, kind = line.split("\t")
            terms.setdefault(name, set()).add(kind)
    return terms


@pytest.fixture(scope="module")
def rico_dist(tmp_path_factory):
    import shutil

    from conftest import SOURCE

    source = tmp_path_factory.mktemp("rico") / "source"
    shutil.copytree(SOURCE, source, ignore=shutil.ignore_patterns("reconcile"))
    with open(source / "config.toml", "a") as f:
        f.write("\n[publish]\nrico = true\n")
    build(source, source.parent / "dist", jobs=1)
    return source.parent / "dist"


def view(dist) -> ox.Store:
    store = ox.Store()
    store.load(path=str(dist / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def ask(store, pattern: str) -> bool:
    return store.query(f"PREFIX rico: <{RICO_NS}> ASK {{ GRAPH <{BASE}graph/rico> {{ {pattern} }} }}")


def test_the_view_describes_the_records(rico_dist):
    store = view(rico_dist)
    assert ask(store, f'<{DOC}> a rico:Record ; rico:identifier "300025" ; rico:title ?t')
    assert ask(store, f'<{DOC}#original> a rico:Record ; rico:identifier ?ref ; '
                      f'rico:hasOrHadHolder <{BASE}organization/central-state-archives-of-albania> ; '
                      f'rico:documents <{DOC}#event> ; rico:hasGeneticLinkToRecordResource <{DOC}>')
    assert ask(store, f'<{BASE}organization/central-state-archives-of-albania> a rico:CorporateBody')
    assert ask(store, f'?r a rico:RecordResourceGeneticRelation ; rico:relationHasSource <{DOC}#original> ; '
                      f'rico:relationHasTarget <{DOC}>')
    assert ask(store, f'<{DOC}#event> a rico:Activity ; rico:hasOrHadParticipant <{BASE}person/mao-zedong>, '
                      f'<{BASE}person/beqir-balluku> . <{BASE}person/mao-zedong> a rico:Person')
    # "Kubinsky", possibly Tuva: an uncertain identification, evidenced by the record's footnote
    assert ask(store, f'?u a rico:Relation ; rico:relationHasSource <{DOC}> ; rico:relationHasTarget <{BASE}place/tuvan-assr> ; '
                      f'rico:relationCertainty "uncertain (confidence 0.5)" ; rico:isEvidencedBy <{DOC}>')
    # only the uncertain identification is a rico:Relation: certain mentions are not
    rows = store.query(f"PREFIX rico: <{RICO_NS}> SELECT ?u WHERE {{ GRAPH ?g {{ ?u a rico:Relation }} }}")
    assert len(list(rows)) == 1
    turtle = (rico_dist / "rico.ttl").read_text()
    assert f"@prefix rico: <{RICO_NS}>" in turtle and "rico:hasOrHadParticipant" in turtle
    manifest = (rico_dist / "manifest.json").read_text()
    assert '"path": "rico.ttl"' in manifest


def test_every_rico_term_used_is_defined_in_rico_1_1(rico_dist):
    terms = published_terms()
    graph = ox.NamedNode(BASE + "graph/rico")
    triples = [(q.subject, q.predicate, q.object) for q in view(rico_dist).quads_for_pattern(None, None, None, graph)]
    used = used_terms(triples)
    assert {"Record", "Activity", "Relation", "hasOrHadHolder", "documents", "hasOrHadParticipant",
            "relationCertainty", "isEvidencedBy", "identifier"} <= used
    undefined = {name for name in used if name not in terms}
    assert not undefined, f"not RiC-O 1.1 terms: {undefined}"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    classes = {o.value[len(RICO_NS):] for s, p, o in triples if p.value == rdf_type and o.value.startswith(RICO_NS)}
    assert all("class" in terms[name] for name in classes)
    assert all(terms[name] & {"object-property", "datatype-property"} for name in used - classes)
    # the list tells terms apart: names that RiC-O 1.1 does not define are not in it
    assert "isOrWasTranslationOf" not in terms and "hasTranslation" not in terms and len(terms) > 600


def test_the_view_conforms_to_its_shapes(rico_dist):
    graph = Graph()
    graph.parse(rico_dist / "rico.ttl")
    report = validate_graph(graph)
    assert not [p for p in report.problems if p.code.startswith("rico-")], report.to_text()
    graph.remove((None, graph.namespace_manager.expand_curie("rico:isEvidencedBy"), None))
    assert "rico-relation-evidence" in {p.code for p in validate_graph(graph).problems}


def test_the_view_is_optional(built):
    assert not (built / "rico.ttl").exists()
    assert b"graph/rico" not in (built / "dataset.nq").read_bytes()


def test_a_bad_switch_is_a_located_error(source_copy, tmp_path):
    from ld.errors import ConfigError

    with open(source_copy / "config.toml", "a") as f:
        f.write('\n[publish]\nrico = "yes"\n')
    with pytest.raises(ConfigError, match="rico = 'yes' must be true or false"):
        build(source_copy, tmp_path / "dist", jobs=1)
