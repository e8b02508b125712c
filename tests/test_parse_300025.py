"""The parser on the real document, against a careful reading by hand.

Each row: source line of the paragraph, the label as printed, and the line of
the turn it is embedded in (for turns that start inside another's paragraph).
Stage directions are rows with label None.
"""

from conftest import DOC, SOURCE
from ld.parse import Parser
from ld.pipeline import prepare
from ld.register import load_register

MAO, BEQIR, BEGIR = "Comrade Mao Zedong", "Comrade Beqir Balluku", "Comrade Begir Balluku"
ZHOU, PENG, DENG = "Comrade Zhou Enlai", "Comrade Peng Zhen", "Comrade Deng Xiaoping"

# (line, label, embedded in the turn at position N or None, first words of the text)
EXPECTED = [
    (27, MAO, None, "How did the meetings go?"), (29, BEGIR, None, "Very well."),
    (31, MAO, None, "It seems to me"), (33, BEQIR, None, "No doubt."),
    (35, MAO, None, "The world is changing"), (37, BEGIR, None, "No!"),
    (39, MAO, None, "We will defeat them."), (41, BEQIR, None, "Yes, the revisionists"),
    (43, MAO, None, "At the 22nd Congress"), (45, BEGIR, None, "He has been unmasked"),
    (47, MAO, None, "So we are in agreement."), (49, BEGIR, None, "He was killed"),
    (51, MAO, None, "Kennedy killed him"), (53, BEQIR, None, "No, they have contradictions."),
    (55, MAO, None, "I think that all of Europe"), (59, ZHOU, 15, "They lack unity."),
    (61, MAO, None, "Germany also was"), (63, BEQIR, None, "Khrushchev has declared"),
    (65, MAO, None, "There are two possibilities"), (67, BEQIR, None, "He is capable"),
    (69, MAO, None, "But there is also"), (71, BEQIR, None, "At this political conjuncture"),
    (73, MAO, None, "We also think this."), (81, BEGIR, None, '"Shokë"'),
    (83, ZHOU, None, "The Albanian language"), (85, MAO, None, "It appears to be different"),
    (87, BEQIR, None, "We met with the Vietnamese"), (89, MAO, None, "In the future"),
    (91, BEQIR, None, "The comrades organized"), (93, MAO, None, "If you had met"),
    (95, BEGIR, None, "Thank you."), (97, MAO, None, "We should unite."),
    (99, BEGIR, None, "We are united."), (101, MAO, None, "We should work together"),
    (103, BEQIR, None, "Thank you for the conversation."), (109, MAO, None, "No, the conversation"),
    (111, BEQIR, None, "For us, too"), (113, MAO, None, "I started the firing"),
    (115, ZHOU, None, "Only 14 days"), (117, MAO, None, "When the documents"),
    (119, ZHOU, None, "First, he said"), (119, MAO, 41, "He also fired the artillery"),
    (121, BEQIR, None, "He wants to get"), (123, ZHOU, None, "They have also made"),
    (125, MAO, None, "He also issued"), (127, BEQIR, None, "That is a revisionist document"),
    (129, MAO, None, "The future will show"), (131, PENG, None, "The radio will start"),
    (131, MAO, 48, "We will first publish"), (133, BEQIR, None, "Your articles are heavy"),
    (135, MAO, None, "You criticized him"), (135, None, None, "Laughter."),
    (135, BEGIR, 51, "And I got some shots"), (135, None, None, "Laughter."),
    (137, DENG, None, "Article Nr. 10"), (139, None, None, "The conversation came to an end."),
]


def parsed():
    register = load_register(SOURCE / "entities.toml")
    return prepare(DOC, register)


def test_every_segment_in_order():
    linked = parsed()
    got = [(s.location.line, s.label, s.embedded_in, s.text[:len(first)])
           for s, (_, _, _, first) in zip(linked.doc.segments, EXPECTED)]
    assert got == EXPECTED
    assert len(linked.doc.segments) == len(EXPECTED)
    assert [s.position for s in linked.doc.segments] == list(range(1, len(EXPECTED) + 1))


def test_turns_per_speaker_resolve_through_the_register():
    linked = parsed()
    counts = {}
    for entity in linked.speakers.values():
        counts[entity.slug] = counts.get(entity.slug, 0) + 1
    assert counts == {"mao-zedong": 25, "beqir-balluku": 21, "zhou-enlai": 5, "peng-zhen": 1, "deng-xiaoping": 1}
    begir = [s.position for s in linked.doc.turns if s.label == BEGIR]
    assert begir and all(linked.speakers[p].slug == "beqir-balluku" for p in begir)
    assert not linked.local and not [p for p in linked.problems if p.code == "unknown-speaker"]


def test_stage_directions_have_no_speaker_and_lose_their_parentheses():
    doc = parsed().doc
    stages = [s for s in doc.segments if s.kind == "stage"]
    assert [s.text for s in stages] == ["Laughter.", "Laughter.", "The conversation came to an end."]
    assert all(s.label is None and s.speaker is None for s in stages)
    mao_135 = doc.segment(51)
    assert mao_135.text == "You criticized him and myself, so forgive us both."


def test_continuation_paragraphs_and_the_page_break():
    doc = parsed().doc
    mao_55 = doc.segment(15)
    assert mao_55.text.count("\n\n") == 2  # lines 55, 57, 59 are one turn in three paragraphs
    assert "\n\n1) On domestic issues" in mao_55.text and "\n\n2) He spoke" in mao_55.text
    assert mao_55.text.endswith("There is no harmony amongst the capitalists.")
    mao_73 = doc.segment(23)
    assert "Autonomous Republic of [Kubinsky] has been created, which" in mao_73.text  # line 77 + 79
    assert "\n\nOur press did not publish" in mao_73.text
    beqir_103 = doc.segment(35)
    assert beqir_103.text.endswith("\n\nAre you perhaps busy? Allow me ...")


def test_labels_are_clean_and_the_period_label_is_read():
    doc = parsed().doc
    assert doc.segment(23).label == MAO  # "<u>Comrade Mao Zedong</u>. We also think this."
    assert all("<u>" not in (s.label or "") + s.text for s in doc.segments)
    # "comrade Mao." inside a sentence is a vocative, not a label
    assert doc.segment(35).text.count("comrade Mao.") == 1


def test_translator_brackets_kept_and_footnote_callout_removed():
    doc = parsed().doc
    mao_47 = doc.segment(11)
    assert "[former Indian prime minister Jawaharlal] Nehru" in mao_47.text
    quoted = [mao_47.text[i.start:i.end] for i in mao_47.insertions]
    assert quoted == ["[former Indian prime minister Jawaharlal]", "[the former president of the Republic of Vietnam]"]
    assert "[1]" not in doc.segment(23).text
    (note,) = doc.footnotes
    assert note.number == "1" and note.location.line == 141
    assert note.text.startswith("The reference to Kubinsky here is unclear")
    assert note.text.endswith("Thanks to Sergey Radchenko for this clarification.")
    assert note.segment == 23
    assert doc.segment(23).text[note.anchor.start:note.anchor.end] == "Kubinsky"


def test_metadata_and_citation():
    doc = parsed().doc
    assert (doc.date.value, doc.date.datatype) == ("1964-10-09", "date")
    assert doc.title == "Conversation between Comrade Beqir Balluku and Comrade Mao Zedong on 9 October 1964"
    assert doc.summary.startswith("Mao Zedong and Beqir Balluku ridicule Nikita Khrushchev")
    assert (doc.original_language, doc.language_tag) == ("Albanian", "sq")
    c = doc.citation
    assert c.archive == "Arkivi Qendror Shtetëror"
    assert c.archive_gloss == "Central State Archives, Tirana, Albania"
    assert c.reference == "Fondi 14/AP, Marrëdhëniet me Partinë Komuniste të Kinës, V. 1964, Dos. 38, Fl. 1-7"
    assert (c.fonds, c.file, c.folios) == ("14/AP", "38", "1-7")
    assert c.translator == "Elidor Mëhilli"
    assert c.publisher == "Wilson Center Digital Archive"
    assert c.url == "https://wilson-center-digital-archive.dvincitest.com/document/300025"


def test_every_object_keeps_its_location():
    doc = parsed().doc
    text = DOC.read_text(encoding="utf-8")
    for seg in doc.segments:
        assert seg.location.file.endswith("300025.txt")
        line = text.split("\n")[seg.location.line - 1]
        start = text.index(line)
        assert start <= seg.location.offset < start + len(line)


def test_the_layout_is_data():
    """Another title word, supplied as data, makes another label style parse."""
    import pytest

    from ld.errors import ParseError
    from ld.parse import default_layout

    page = "May 1, 1960\n\nTitle\n\nContents:\n\nBajtárs Ulbricht. Guten Tag.\n\nBajtárs Honecker. Ja.\n"
    with pytest.raises(ParseError, match="no speech turns"):
        Parser().parse_text(page)
    layout = default_layout()
    layout["titles"] = layout["titles"] + ["Bajtárs"]
    doc = Parser(layout).parse_text(page)
    assert [(s.label, s.text) for s in doc.segments] == [("Bajtárs Ulbricht", "Guten Tag."), ("Bajtárs Honecker", "Ja.")]
