"""Property tests: what must hold for any input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ld.errors import LdError
from ld.parse import Parser
from ld.vocab import Iris

PARSER = Parser(is_known=lambda name: name in {"Mao Zedong", "Zhou Enlai"})
PIECES = st.sampled_from(["Comrade Mao Zedong: ", "<u>Comrade Zhou Enlai</u>. ", "(Laughter.) ", "[1] ", "[note] ",
                          "Contents:\n\n", "Citation:\n\n", "\n\n", "October 9, 1964\n", "Present: X\n", "text ", ". "])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=40), PIECES), max_size=30).map("".join))
def test_parser_raises_only_its_own_errors(text):
    try:
        doc = PARSER.parse_text(text)
    except LdError:
        return
    positions = [s.position for s in doc.segments]
    assert positions == list(range(1, len(positions) + 1))
    for seg in doc.segments:
        assert seg.kind == "stage" or seg.label is not None or seg.continues
        for span in seg.insertions:
            assert seg.text[span.start] == "[" and seg.text[span.end - 1] == "]"


@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_iri_minting_is_stable_and_injective(a, b):
    iris = Iris("https://example.org/")
    assert iris.document(a) == iris.document(a)
    if a != b:
        assert iris.document(a) != iris.document(b)
        assert iris.segment(a, 1) != iris.segment(b, 1)
