"""The parser on the other layouts of the archive.

Each page in tests/layouts/ is a small invented document in the archive's page
export format, showing one family of variations (its sidecar <name>.toml, when
it has one, overrides the layout or maps speakers exactly as a document's
sidecar in source/documents/ does). The pages are parsed and linked as the
pipeline does, and compared with the segments expected by hand. The pages named
error_* must be refused with a message that names the file, the line, what was
expected and the sidecar key that fixes it.
"""

import shutil
from pathlib import Path

import pytest

from conftest import SOURCE
from ld.errors import ConfigError, ParseError
from ld.parse import Parser, default_layout
from ld.pipeline import prepare
from ld.register import load_register

LAYOUTS = Path(__file__).parent / "layouts"


@pytest.fixture(scope="module")
def register():
    return load_register(SOURCE / "entities.toml")


def linked(name, register, folder=LAYOUTS):
    return prepare(folder / f"{name}.txt", register)


T, S = "turn", "stage"
# (position, line, kind, label as printed, speaker, embedded_in, continues, first words, entity slug)
EXPECTED = {
    # Names in capitals (surname first, as Chinese names are), a title with a bracketed given name,
    # a name in capitals with a period, header lines before the first turn, stage directions in
    # square brackets and parentheses.
    "capitals": [
        (1, 33, T, "ZHOU ENLAI", "Zhou Enlai", None, None, "You are welcome.", "zhou-enlai"),
        (2, 33, S, None, None, None, None, "Laughter", None),
        (3, 33, T, None, "Zhou Enlai", None, 1, "Please sit down.", "zhou-enlai"),
        (4, 35, T, "LI WEI", "Li Wei", None, None, "Thank you, Premier.", "capitals-li-wei"),
        (5, 37, T, "Vice Premier CHEN [Yi]", "Chen Yi", None, None, "We met last year", "chen-yi"),
        (6, 39, T, "ZHOU ENLAI", "Zhou Enlai", None, None, "That is true.", "zhou-enlai"),
        (7, 39, T, "CHEN Yi", "Chen Yi", 6, None, "It rained every day.", "chen-yi"),
        (8, 41, S, None, None, None, None, "Laughter", None),
        (9, 43, T, "MAO ZEDONG", "Mao Zedong", None, None, "I came late.", "mao-zedong"),
        (10, 43, S, None, None, None, None, "Applause", None),
        (11, 43, T, None, "Mao Zedong", None, 9, "Let us begin.", "mao-zedong"),
        (12, 45, T, "QIAO GUANHUA", "Qiao Guanhua", None, None, "The car is waiting.", "qiao-guanhua"),
        (13, 47, S, None, None, None, None, "The conversation ended.", None),
    ],
    # Role-only labels, mapped to persons by the sidecar's [speakers]; a role in capitals before a
    # name; an aside in the label; no Citation, no Original Language, an empty Summary.
    "roles": [
        (1, 13, T, "Chairman", "Chairman", None, None, "Welcome. How was", "mao-zedong"),
        (2, 15, T, "The Premier", "Premier", None, None, "The Ambassador came", "zhou-enlai"),
        (3, 17, T, "Ambassador Wang Li", "Wang Li", None, None, "It was a long journey.", "roles-wang-li"),
        (4, 17, T, "Chairman", "Chairman", 3, None, "Rest today, then.", "mao-zedong"),
        (5, 21, T, "CHAIRMAN MAO", "Mao", None, None, "We will talk tomorrow.", "mao-zedong"),
        (6, 23, T, "Mr. Smith", "Smith", None, None, "I agree.", "roles-smith"),
        (7, 25, T, "Chairman (laughing)", "Chairman", None, None, "Then it is settled.", "mao-zedong"),
    ],
    # Short names declared inline ("[henceforth referred to as N.S.]"), no Contents header, a
    # preamble paragraph after the one-paragraph Original Language section.
    "declared": [
        (1, 15, T, "Comrade Nikita Sergeyevich Khrushchev [henceforth referred to as N.S.]",
         "Nikita Sergeyevich Khrushchev", None, None, "Good day.", "nikita-khrushchev"),
        (2, 17, T, "Comrade Walter Ulbricht [hereafter W.U.]", "Walter Ulbricht", None, None, "Berlin is calm",
         "walter-ulbricht"),
        (3, 19, T, "N.S.", "Nikita Sergeyevich Khrushchev", None, None, "Calm for now.", "nikita-khrushchev"),
        (4, 19, T, "W.U.", "Walter Ulbricht", 3, None, "We need a decision.", "walter-ulbricht"),
        (5, 21, S, None, None, None, None, "Both laugh", None),
        (6, 23, T, "N.S.", "Nikita Sergeyevich Khrushchev", None, None, "Then we shall decide.",
         "nikita-khrushchev"),
        (7, 23, S, None, None, None, None, "Pause.", None),
        (8, 23, T, None, "Nikita Sergeyevich Khrushchev", None, 6, "Let us talk", "nikita-khrushchev"),
        (9, 25, T, "W.U.", "Walter Ulbricht", None, None, "Agreed.", "walter-ulbricht"),
        (10, 27, S, None, None, None, None, "The conversation ended.", None),
    ],
    # Reported speech, switched on by the sidecar: each paragraph that starts with a name and a
    # reporting verb is a turn whose text keeps the whole sentence.
    "reported": [
        (1, 17, T, "Mao Zedong", "Mao Zedong", None, None, "Mao Zedong said that the harvest", "mao-zedong"),
        (2, 19, T, "N.S. Khrushchev", "N.S. Khrushchev", None, None, "N.S. Khrushchev replied that",
         "nikita-khrushchev"),
        (3, 23, T, "Comrade Zhou Enlai", "Zhou Enlai", None, None, "Comrade Zhou Enlai noted that",
         "zhou-enlai"),
        (4, 23, T, "Khrushchev", "Khrushchev", 3, None, "Khrushchev said that he agreed.", "nikita-khrushchev"),
        (5, 25, T, "MAO ZEDONG", "Mao Zedong", None, None, "We will wait.", "mao-zedong"),
        (6, 25, S, None, None, None, None, "Laughter", None),
    ],
    # Minutes in the third person with no setting (reported_speech = "auto"), the names resolved
    # through the participant line and the register ("N.S. Khrushchev" is Nikita Khrushchev).
    "minutes": [
        (1, 9, T, "Mao Zedong", "Mao Zedong", None, None, "Mao Zedong said that", "mao-zedong"),
        (2, 11, T, "N.S. Khrushchev", "N.S. Khrushchev", None, None, "N.S. Khrushchev replied", "nikita-khrushchev"),
    ],
    # A title after a qualifier ("Soviet Ambassador"): the name follows it.
    "title_inside": [
        (1, 7, T, "Soviet Ambassador Ivan Petrovich Ivanov", "Ivan Petrovich Ivanov", None, None, "Good evening.",
         "title_inside-ivan-petrovich-ivanov"),
        (2, 9, T, "Deputy Foreign Minister Zhang Hanfu", "Zhang Hanfu", None, None, "Good evening, welcome.",
         "zhang-hanfu"),
    ],
    # No section but the date and title: header lines open the transcript; untitled names with a
    # particle; a name + verb + colon label; "However:" is no speaker; a footnote.
    "vienna": [
        (1, 9, T, "Kennedy", "Kennedy", None, None, "Good morning.", "john-f-kennedy"),
        (2, 11, T, "Charles de Gaulle", "Charles de Gaulle", None, None, "Bonjour.", "charles-de-gaulle"),
        (3, 11, T, "Khrushchev", "Khrushchev", 2, None, "Good morning to both of you.", "nikita-khrushchev"),
        (4, 17, T, "Khrushchev said", "Khrushchev", None, None, "We should talk about Berlin.",
         "nikita-khrushchev"),
    ],
    # Labels ending in a period after a title the sidecar adds (extra_titles = ["Kamerad"]).
    "german": [
        (1, 11, T, "Kamerad Ulbricht", "Ulbricht", None, None, "Guten Tag, Kamerad Honecker.", "walter-ulbricht"),
        (2, 13, T, "Kamerad Honecker", "Honecker", None, None, "Guten Tag. Wie geht es?", "erich-honecker"),
        (3, 15, S, None, None, None, None, "Beide lachen.", None),
        (4, 17, T, "KAMERAD ULBRICHT", "Ulbricht", None, None, "Gut.", "walter-ulbricht"),
    ],
}


def rows(result):
    doc = result.doc
    return [(s.position, s.location.line, s.kind, s.label, s.speaker, s.embedded_in, s.continues,
             s.text[:len(expected[7])], result.speakers[s.position].slug if s.kind == T else None)
            for s, expected in zip(doc.segments, EXPECTED[doc.id])]


def test_every_page_has_its_expectation():
    pages = {p.stem for p in LAYOUTS.glob("*.txt") if not p.stem.startswith("error_")}
    assert pages == set(EXPECTED)
    assert len(pages) >= 6


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_segments_in_order(name, register):
    result = linked(name, register)
    assert rows(result) == EXPECTED[name]
    assert len(result.doc.segments) == len(EXPECTED[name])
    for seg in result.doc.segments:  # every segment points into its own line of the file
        text = (LAYOUTS / f"{name}.txt").read_text(encoding="utf-8")
        assert text.count("\n", 0, seg.location.offset) + 1 == seg.location.line


def test_capitals_headers_preamble_and_sections(register):
    result = linked("capitals", register)
    doc = result.doc
    assert doc.headers == (("Time", "10 February 1965, 4:00 p.m."), ("Location", "Great Hall of the People"),
                           ("Present", "From the Chinese side: Chen Yi, Qiao Guanhua\n\n"
                                       "From the visiting side: Li Wei"))
    assert doc.preamble == ("Record of the Conversation",)
    assert (doc.original_language, doc.language_tag) == ("Chinese", "zh")
    assert doc.citation.translator == "Ann Example"
    # "Vice Premier CHEN [Yi]" and "CHEN Yi" are one person, the register's Chen Yi; Li Wei it does not know
    assert {e.label for e in result.local} == {"Li Wei"}
    assert [p.value for p in result.problems if p.code == "unknown-speaker"] == ["LI WEI"]
    assert doc.segment(5).insertions == ()  # the bracket is in the label, not in the text


def test_roles_and_missing_sections(register):
    doc = linked("roles", register).doc
    assert doc.citation is None and doc.original_language == "" and doc.language_tag == ""
    assert doc.summary == ""
    assert doc.credits == "This document was made possible with support from an invented funder."
    # reported speech is off by default: the paragraph continues the turn before it, never a new turn
    assert doc.segment(4).text == "Rest today, then.\n\nMao Zedong said that the guests should rest."


def test_a_role_without_a_map_is_a_local_person(register, tmp_path):
    shutil.copy(LAYOUTS / "roles.txt", tmp_path / "roles.txt")
    result = linked("roles", register, tmp_path)
    # "CHAIRMAN MAO:" further down the page says who the chairman is, for every "Chairman:" alike
    assert {result.speakers[p].slug for p in (1, 4, 7)} == {"mao-zedong"}
    assert "'CHAIRMAN MAO' names the chairman" in result.resolutions[1][1]
    assert result.speakers[2].slug == "roles-premier"  # no label or line names the premier
    assert result.speakers[5].slug == "mao-zedong"  # "CHAIRMAN MAO": the name resolves through the register


def test_declared_short_names(register, tmp_path):
    result = linked("declared", register)
    doc = result.doc
    assert doc.declared == (("N.S.", "Nikita Sergeyevich Khrushchev"), ("W.U.", "Walter Ulbricht"))
    assert doc.preamble == ("Notes on the conversation",)
    assert doc.summary.startswith("Invented notes") and doc.original_language == "Russian"
    assert doc.citation is None
    # without the sidecar, the name with its patronymic still finds the register's Nikita Khrushchev,
    # and the short name declared for it the same person
    shutil.copy(LAYOUTS / "declared.txt", tmp_path / "declared.txt")
    bare = linked("declared", register, tmp_path)
    assert {bare.speakers[p].slug for p in (1, 3, 6, 8)} == {"nikita-khrushchev"}
    assert not bare.local


def test_reported_speech(register):
    doc = linked("reported", register).doc
    assert doc.headers == (("Present", "Comrades Khrushchev, Mao Zedong, Zhou Enlai."),)
    # a paragraph without a name and a verb continues the turn; a report of another participant inside a
    # paragraph, in indirect speech, is that participant's turn (never the words of the one before)
    assert doc.segment(2).text == "N.S. Khrushchev replied that Moscow was cold.\n\n" \
                                  "He added that the Soviet comrades were content."
    assert doc.segment(3).text.endswith("internal affair.")
    assert doc.segment(4).text == "Khrushchev said that he agreed." and doc.segment(4).embedded_in == 3


def test_vienna_headers_footnote_and_continuation(register):
    result = linked("vienna", register)
    doc = result.doc
    assert doc.headers == (("Time", "June 4, 1961"), ("Present", "Charles de Gaulle, Khrushchev, Kennedy"))
    assert doc.title == "Invented Minutes of a Meeting in Vienna" and doc.date.value == "1961-06-04"
    assert doc.citation is None and doc.summary == ""
    khrushchev = doc.segment(3)
    assert khrushchev.text == ("Good morning to both of you.\n\nHowever: the weather was bad that day, and the "
                               "meeting moved indoors.\n\nKhrushchev said that the weather did not matter.")
    (note,) = doc.footnotes
    assert note.segment == 3 and khrushchev.text[note.anchor.start:note.anchor.end] == "you"
    assert not result.local


def test_an_embedded_label_needs_a_title_capitals_or_a_known_name():
    """Without the register, "Khrushchev:" inside a paragraph is text, not a turn."""
    doc = Parser().parse_file(LAYOUTS / "vienna.txt")
    # (his report after it, "Khrushchev said that the weather did not matter.", is his: the list names him)
    assert [s.label for s in doc.segments] == ["Kennedy", "Charles de Gaulle", "Khrushchev", "Khrushchev said"]
    assert doc.segment(2).text.startswith("Bonjour. Khrushchev: Good morning")


def test_capitals_can_be_kept_as_printed():
    layout = default_layout()
    layout["capitals"] = "keep"
    doc = Parser(layout).parse_file(LAYOUTS / "capitals.txt")
    assert [s.speaker for s in doc.turns][:3] == ["ZHOU ENLAI", "ZHOU ENLAI", "LI WEI"]
    assert doc.segment(5).speaker == "CHEN Yi"


# (page, error class, line, in the message, in the hint)
ERRORS = [
    ("error_no_labels", ParseError, 9, "no speech turns found", "reported_speech = true"),
    ("error_unstructured", ParseError, 1, "no date line, no section header and no speaker label", "page export"),
    ("error_period", ParseError, 11, "'Kamerad Ulbricht.' starts this paragraph like the speaker label "
     "'KAMERAD ULBRICHT' (line 17)", 'add extra_titles = ["Kamerad"] under [layout] in error_period.toml'),
    ("error_layout_key", ConfigError, None, "[layout] has an unknown key 'title'", "extra_<list key>"),
]


@pytest.mark.parametrize("name,error,line,message,hint", ERRORS, ids=[e[0] for e in ERRORS])
def test_pages_the_parser_refuses(name, error, line, message, hint, register):
    with pytest.raises(error) as caught:
        linked(name, register)
    problem = caught.value
    suffix = ".toml" if error is ConfigError else ".txt"
    assert problem.path.endswith(f"{name}{suffix}") and problem.line == line
    assert message in problem.message, problem.message
    assert hint in problem.hint, problem.hint


def test_the_unstructured_page_s_hint_fixes_it(register, tmp_path):
    """An OCR'd memorandum run into one block, its labels without colons, is refused; what the hint says to do (a
    date line, a title, each turn's paragraph opened by its speaker and a colon) makes it read."""
    block = ("THE WHITE HOUSE WASHINGTON MEMORANDUM OF CONVERSATION PARTICIPANTS The President Mikhail Gorbachev "
             "Chairman Gorbachev We spent the morning on Europe and I think we now understand each other U The President "
             "I agree I want to come back to the ideas I put on the table yesterday U Chairman Gorbachev That is a good "
             "signal\n")
    (tmp_path / "malta.txt").write_text(block, encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        linked("malta", register, tmp_path)
    assert "begin each turn's paragraph with its speaker and a colon" in caught.value.hint, caught.value.hint
    (tmp_path / "malta.txt").write_text(
        "December 3, 1989\n\nMemorandum of Conversation\n\nChairman Gorbachev: We spent the morning on Europe and I think "
        "we now understand each other.\n\nThe President: I agree. I want to come back to the ideas I put on the table "
        "yesterday.\n\nChairman Gorbachev: That is a good signal.\n", encoding="utf-8")
    assert [s.label for s in linked("malta", register, tmp_path).doc.turns] == \
        ["Chairman Gorbachev", "The President", "Chairman Gorbachev"]


def test_the_hint_fixes_the_page(register, tmp_path):
    """What the hints of error_period and error_colon say to do makes the pages parse."""
    shutil.copy(LAYOUTS / "error_period.txt", tmp_path / "error_period.txt")
    (tmp_path / "error_period.toml").write_text('[layout]\nextra_titles = ["Kamerad"]\n', encoding="utf-8")
    assert [s.label for s in linked("error_period", register, tmp_path).doc.turns] == \
        ["Kamerad Ulbricht", "Kamerad Honecker", "KAMERAD ULBRICHT"]
    shutil.copy(LAYOUTS / "minutes.txt", tmp_path / "minutes.txt")
    (tmp_path / "minutes.toml").write_text('[layout]\nreported_speech = false\n', encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        linked("minutes", register, tmp_path)
    assert "reports speech ('Mao Zedong said'" in caught.value.message and caught.value.line == 9
    assert "set reported_speech = true under [layout] in minutes.toml" in caught.value.hint
    (tmp_path / "minutes.toml").write_text('[layout]\nreported_speech = true\n', encoding="utf-8")
    result = linked("minutes", register, tmp_path)
    assert [(s.speaker, s.reported) for s in result.doc.turns] == [("Mao Zedong", True), ("N.S. Khrushchev", True)]
    assert [result.speakers[s.position].slug for s in result.doc.turns] == ["mao-zedong", "nikita-khrushchev"]


def test_minutes_in_reported_speech_are_read_without_a_setting(register):
    """reported_speech = "auto": a transcript with no direct-speech label is read as minutes."""
    result = linked("minutes", register)
    assert [(s.label, s.reported, s.text[:18]) for s in result.doc.turns] == [
        ("Mao Zedong", True, "Mao Zedong said th"), ("N.S. Khrushchev", True, "N.S. Khrushchev re")]


def test_a_title_inside_a_label(register):
    """A qualifier before the title ("Soviet Ambassador") leaves the name after it."""
    doc = linked("title_inside", register).doc
    assert [(s.label, s.speaker) for s in doc.turns] == [
        ("Soviet Ambassador Ivan Petrovich Ivanov", "Ivan Petrovich Ivanov"),
        ("Deputy Foreign Minister Zhang Hanfu", "Zhang Hanfu")]


@pytest.mark.parametrize("key,value,message", [
    ("titles", "Kamerad", "titles must be a list of strings"),
    ("extra_headers", [1], "extra_headers must be a list of strings"),
    ("capitals", "upper", 'capitals must be "title" or "keep"'),
    ("reported_speech", "yes", 'reported_speech must be true, false or "auto"'),
    ("declarations", ["henceforth (.+)"], "has no group (?P<short>...)"),
    ("declarations", ["henceforth (?P<short>"], "is not a regular expression"),
    ("citation", {"title": "(?P<val>x)"}, "has no group (?P<value>...)"),
    ("report_lead_pattern", "At (?P<when>the end)", "report_lead_pattern: 'At (?P<when>the end)' has a named group"),
    ("report_lead_pattern", "At (the", "report_lead_pattern: 'At (the' is not a regular expression"),
    ("reporting_adverb_pattern", "[a-z", "reporting_adverb_pattern: '[a-z' is not a regular expression"),
    ("reporting_verb_pattern", "began (?P<how>by)", "reporting_verb_pattern: 'began (?P<how>by)' has a named group"),
    ("languages", ["Albanian"], "[layout.languages] must be a table of strings"),
])
def test_a_malformed_layout_is_a_config_error(key, value, message):
    layout = default_layout()
    layout[key] = value
    with pytest.raises(ConfigError) as caught:
        Parser(layout).parse_text("May 1, 1960\n\nTitle\n\nContents:\n\nCHEN Yi: Yes.\n", path="page.txt")
    assert message in caught.value.message and caught.value.path == "page.txt"


def test_a_sidecar_table_overrides_key_by_key():
    layout = default_layout()
    layout["languages"] = {"Esperanto": "eo"}
    parser = Parser(layout)
    assert parser.layout.languages["Esperanto"] == "eo" and parser.layout.languages["Albanian"] == "sq"
