"""Property tests: what must hold for any input."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ld.errors import LdError
from ld.parse import Parser, alternation
from ld.vocab import Iris

PARSER = Parser(is_known=lambda name: name in {"Mao Zedong", "Zhou Enlai"})
REPORTED = Parser({"reported_speech": True, "extra_titles": ["Genosse"]}, is_known=lambda name: name == "Mao")
PIECES = st.sampled_from(["Comrade Mao Zedong: ", "<u>Comrade Zhou Enlai</u>. ", "(Laughter.) ", "[1] ", "[note] ",
                          "Contents:\n\n", "Citation:\n\n", "\n\n", "October 9, 1964\n", "Present: X\n", "text ", ". ",
                          # other layouts of the archive
                          "MAO ZEDONG: ", "CHEN Yi: ", "Vice Premier CHEN [Yi]: ", "Chairman: ", "The Premier: ",
                          "[Laughter] ", "(Applause) ", "[The conversation ended.]", "N.S.: ", "Mao said: ",
                          "Comrade Nikita Sergeyevich Khrushchev [henceforth referred to as N.S.]: ",
                          "Mao Zedong said that ", "Genosse Ulbricht. ", "Present:\n\n", "Time: 10:00\n\n",
                          "Summary:\n\n", "Original Language:\n\n", "However: ", "Charles de Gaulle: ", "[", "]"])
TEXTS = st.lists(st.one_of(st.text(max_size=40), PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([PARSER, REPORTED]))
def test_parser_raises_only_its_own_errors(text, parser):
    try:
        doc = parser.parse_text(text)
    except LdError:
        return
    positions = [s.position for s in doc.segments]
    assert positions == list(range(1, len(positions) + 1))
    for seg in doc.segments:
        assert seg.kind == "stage" or seg.label is not None or seg.continues
        for span in seg.insertions:
            assert seg.text[span.start] == "[" and seg.text[span.end - 1] == "]"


LAYOUT_VALUES = st.one_of(st.text(max_size=12), st.booleans(), st.integers(),
                          st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["(?P<short>.+)", "(?P<value>x)",
                                                                                    "(", "Genosse", "The"]))),
                          st.dictionaries(st.text(max_size=8), st.text(max_size=12), max_size=3))
LAYOUT_KEYS = st.sampled_from(["titles", "extra_titles", "headers", "articles", "particles", "not_labels",
                               "stage_words", "declarations", "reporting_verbs", "sections", "transcript",
                               "capitals", "reported_speech", "reporting_adverbs", "citation", "languages",
                               "one_paragraph_sections",
                               "extra_stage_words", "no_such_key"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(LAYOUT_KEYS, LAYOUT_VALUES, max_size=4), TEXTS)
def test_any_sidecar_layout_gives_a_document_or_an_ld_error(layout, text):
    """A sidecar's [layout] table, however wrong, is reported as an LdError, never a crash."""
    try:
        Parser(layout).parse_text(text)
    except LdError:
        pass


@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_iri_minting_is_stable_and_injective(a, b):
    iris = Iris("https://example.org/")
    assert iris.document(a) == iris.document(a)
    if a != b:
        assert iris.document(a) != iris.document(b)
        assert iris.segment(a, 1) != iris.segment(b, 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["http://schema.org/", "https://w3id.org/ldpub/", "https://w3id.org/ldpub/person/",
                                           "https://w3id.org/ldpub/ns#", "http://www.w3.org/ns/oa#", "https://example.org/",
                                           "http://www.wikidata.org/entity/", "urn:"]),
                          st.text(alphabet="ab/#-1", max_size=8)), max_size=20))
def test_json_ld_compaction_by_directory_equals_the_longest_namespace_search(iris):
    """The JSON-LD writer looks a namespace up once per IRI directory; it must compact as the plain search does."""
    from ld.jsonld import Compactor, context

    cached, plain = Compactor(context("https://w3id.org/ldpub/")), Compactor(context("https://w3id.org/ldpub/"))
    plain._by_directory = None  # every IRI searched on its own
    for namespace, rest in iris:
        assert cached.iri(namespace + rest) == plain.iri(namespace + rest)


def _plain_alternation(words, flexible_spaces: bool = True) -> str:
    """The alternation ``ld.parse.alternation`` stands for: every word, the longest first."""
    escaped = [re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w]
    return "|".join(w.replace(r"\ ", "[ ]+") if flexible_spaces else w for w in escaped) or "(?!)"


@settings(max_examples=500, deadline=None)
@given(words=st.lists(st.text(alphabet="aAb ", min_size=0, max_size=4), max_size=8),
       text=st.text(alphabet="aAb :x", max_size=30), flexible=st.booleans(), any_case=st.booleans())
def test_shared_prefix_alternation_matches_as_the_plain_one(words, text, flexible, any_case):
    # the trie-shaped alternation is only faster: in a larger pattern, with a tail that makes the match
    # backtrack into it or not, every match attempt gives the same match as the plain longest-first one
    flags = re.I if any_case else 0
    for tail in ("(?:x|:)?", "(?:x|:)"):
        shared = re.compile(rf"(?:{alternation(words, flexible, any_case=any_case)}){tail}", flags)
        plain = re.compile(rf"(?:{_plain_alternation(words, flexible)}){tail}", flags)
        for at in range(len(text) + 1):
            found, expected = shared.match(text, at), plain.match(text, at)
            assert (found[0] if found else None) == (expected[0] if expected else None), (tail, at)


OX_LITERALS = st.one_of(
    st.text(max_size=20),  # any character: quotes, backslashes, line breaks, control characters, astral planes
    st.tuples(st.text(max_size=20), st.sampled_from(["en", "zh-Hans", "sq"])),
    st.tuples(st.text(max_size=20), st.sampled_from(["http://www.w3.org/2001/XMLSchema#integer",
                                                     "http://www.w3.org/2001/XMLSchema#date", "http://example.org/dt"])))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "é/ü", "x?q=1#f"]), OX_LITERALS), max_size=12))
def test_a_graph_s_lines_and_turtle_are_oxigraph_s_own(rows):
    # ld.terms writes a triple's N-Triples line from its terms' str (no pyoxigraph.Triple is made): the lines,
    # their order and the Turtle made from them must be exactly what Oxigraph's serialisers write of the triples
    import pyoxigraph as ox

    from ld.terms import ox_triples, serialize

    def term(value):
        if isinstance(value, str):
            return ox.Literal(value)
        text, tag = value
        return ox.Literal(text, datatype=ox.NamedNode(tag)) if ":" in tag else ox.Literal(text, language=tag)

    predicate = ox.NamedNode("http://schema.org/name")
    graph = {(ox.NamedNode("https://example.org/" + s), predicate, term(o)) for s, o in rows} \
        | {(ox.BlankNode("b1"), predicate, ox.NamedNode("https://example.org/a"))}
    triples = [ox.Triple(*t) for t in graph]
    expected = sorted(serialize(triples, ox.RdfFormat.N_TRIPLES).splitlines(keepends=True))
    sorted_triples = ox_triples(graph)
    assert sorted_triples.nt == b"".join(expected)
    assert len(sorted_triples) == len(graph)
    assert sorted_triples.terms == [(q.subject, q.predicate, q.object) for q in sorted_triples.oxigraph()]
    prefixes = {"schema": "http://schema.org/", "ex": "https://example.org/"}
    ordered = sorted(triples, key=lambda t: serialize([t], ox.RdfFormat.N_TRIPLES))
    assert serialize(sorted_triples.oxigraph(), ox.RdfFormat.TURTLE, prefixes) \
        == serialize(ordered, ox.RdfFormat.TURTLE, prefixes)
