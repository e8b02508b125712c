"""Right speakers on pages of the archive's other layouts, or a loud refusal.

tests/pages/ holds pages written for these tests in the layouts of the archive's real records (see
tests/pages/LAYOUTS.md: which real pages each follows; the words are invented). Each comes with the
turns and speakers a careful reader names. tests/pages/heldout/ holds pages kept out of tuning,
measured by bench/fidelity.py, not asserted here.
"""

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SOURCE, run_cli
from ld.errors import CoverageError, LdError, ParseError, UnknownSpeaker
from ld.fidelity import score, summary
from ld.parse import Parser, check_coverage, split_paragraphs
from ld.pipeline import prepare
from ld.quality import verdict
from ld.register import load_register
from ld.speakers import Names, Resolver

PAGES = Path(__file__).parent / "pages"


@pytest.fixture(scope="module")
def register():
    return load_register(SOURCE / "entities.toml")


@pytest.fixture(scope="module")
def scores(register):
    return [score(page, register, prepare) for page in sorted(PAGES.glob("*.txt"))]


def prepared(text: str, register, folder: Path, name: str = "page"):
    """A page of ``text`` in ``folder`` (its document id ``name``), parsed and linked as the build does."""
    page = folder / f"{name}.txt"
    page.write_text(text, encoding="utf-8")
    return prepare(page, register)


def test_there_are_enough_pages_in_enough_layouts():
    pages = sorted(PAGES.glob("*.txt"))
    assert len(pages) >= 20 and len(sorted((PAGES / "heldout").glob("*.txt"))) >= 4
    for page in [*pages, *(PAGES / "heldout").glob("*.txt")]:
        assert page.with_suffix(".expected.toml").exists(), page


@pytest.mark.parametrize("page", sorted(p.stem for p in PAGES.glob("*.txt")))
def test_every_page_is_right_or_says_it_is_not(page, scores):
    """The worst defect: a wrong speaker published without a word."""
    result = next(s for s in scores if s.name == page)
    assert result.is_right or result.flagged, (result.wrong, result.lost, result.invented)
    if result.expected_verdict == "refused":
        assert result.verdict == "refused"


BATCHES = PAGES / "batches"  # the held-out batches of 1 December 2026, after their first run (README.md there)


@pytest.fixture(scope="module")
def batch_scores(register):
    return {page.stem: score(page, register, prepare) for page in sorted(BATCHES.glob("*.txt"))}


@pytest.mark.parametrize("page", sorted(p.stem for p in BATCHES.glob("*.txt")))
def test_every_held_out_page_is_right_or_says_it_is_not(page, batch_scores):
    result = batch_scores[page]
    assert result.is_right or result.flagged, (result.wrong, result.lost, result.invented)


def test_the_held_out_batches_keep_what_they_reached(batch_scores):
    """A change that makes other pages right must not quietly make these worse: the share of their turns
    with the right speaker, and the turns invented, as far as the parser had brought them (README.md there)."""
    figures = summary(list(batch_scores.values()))
    # (434 invented turns on the 2,828 pages up to batch 340, 2 more among batches 341-344 on their first reading,
    # 17 more among batches 345-356, 15 among 357-362, 20 among 363-368 and 10 among 369-374; their 1,754 turns, 61 %
    # right on first reading, brought the share from 0.800 down; 27 more among batches 375-386, whose 651 turns were
    # 67 % right on first reading; the scorer's reading of a turn that opens with a parenthesis took 8 back; 2 more
    # where a telegram from an embassy is read in its head's first person: the author's narration of the occasion, and 2
    # fewer where a FRUS copy's notes listed with dashes are read as notes, 2 fewer where a section's name alone on
    # its line inside the transcript is no label; 11 more among batches 387-392, whose 376 turns were 72 % right on
    # first reading; 2 fewer where a memorandum's salutation, "Mr. President:", is no label, 2 fewer since; 7 more
    # among batches 393-398, whose 308 turns were 65 % right on first reading; 9 more among batches 399-401, whose
    # 146 turns were 63 % right; 5 more among batches 402-407, whose 366 turns were 69 % right on first reading, and
    # 14 among 408-413, whose 316 turns were 66 % right, 4 among 414-419, whose 321 turns were 63 % right; 3 fewer
    # after batches 420-425, whose 342 turns were 72 % right: a possessive name over a record's title is no label;
    # 1 fewer after 426-430, whose 313 turns were 71 % right; 2 more where a page no reading found a turn in is read
    # loosely before it is refused, flagged, which made 21 more turns right; 49 more among batches 431-463, whose 1,991
    # turns were 73 % right on first reading, and the share from 0.783 to 0.782; 11 fewer where a state is no speaker;
    # 8 more where the narration of a "meeting with" someone names him as taking part, which made 36 more right;
    # 2 more where a telegram's untitled host ("My call on Mosadeq") is the "He" who answers: a split of the right
    # speaker's words the hand reading keeps in a longer turn, while 8 more turns came right; 40 more among batches
    # 464-481, whose 1,399 turns were 56 % right on first reading (the last six scored on the session's final parser),
    # and the share from 0.784 to 0.775; 15 more among batches 482-493, whose 943 turns were 58 % right on first
    # reading, and the share from 0.775 to 0.770; 10 more among batches 494-499, the session's last measure, whose
    # 483 turns were 65 % right on first reading; 5 more where a cable in capitals reads a report after an aside
    # ("MANCIUR, WHO CALLED ON ME ..., SAID"), mostly turns of the right speaker that the hand reading starts at the
    # summary above, while 18 more turns came right; 55 more among batches 500-523, whose 1,848 turns were 58 % right
    # on first reading, and the share from 0.770 to 0.761; 5 fewer where a note's Roman numeral ("VIII."), a cable's
    # "ACTION REQUESTED:" and a telegram's numbered signature are no speakers)
    # (and 12 more among batches 524-531, whose 627 turns were 51 % right on first reading, the share to 0.758; 12
    # more among 532-537, whose 468 turns were 66 % right on first reading; 2 more among 538-540, the session's last
    # measure, whose 223 turns were 49 % right on first reading, and the share to 0.755; 49 more among batches 541-572,
    # whose 2,612 turns were 62 % right on first reading, and the share to 0.748; 11 more among 573-580, the session's
    # last measure, whose 521 turns were 31 % right on first reading (memoirs, foreign press), the share to 0.744;
    # 16 more among batches 581-602, modelled on the archive's own pages only, whose 1,159 turns were 70 % right on
    # first reading, while the session's rules made 5 fewer; the share to 0.745; 71 more on 6 December, from the
    # authors of first-person records, visits told from the other side and offices held on a page's date: 0.746; and
    # 1 more invented where a role's report inside the author's paragraph, "The general then declared that ...", opens
    # its turn, which the hand reading keeps in the same man's longer turn, while 3 more came right and 8 fewer lost;
    # 31 more on 6 December once the archive's summary and closing block below a labelled record are no speech, the
    # ambassador is the one named after his full rank and place or as his state's, "2./" numbers a report's point,
    # and a signature is found over a long distribution list: 0.747; 24 more on 6 December once a woman's title and a
    # surname is the woman the page names in full, and a surname alone the one the records of the page's date mean by
    # it (ld/data/offices.toml's [[surname]]): 0.748; and 10 more, 11 fewer lost and 12 fewer invented, once the score
    # finds a turn whose reading leaves out a stage direction in parentheses, as it leaves out every parenthesis; 24
    # more once the register knows Kim Jong-pil, Choi Kyu-hah, Margaret Thatcher, Golda Meir and Kurt Waldheim, in the
    # forms the pages print them, "Kim Chong-Pil", "Choi Kyu-Ha", "Mrs. Thatcher", while "Mr. Choi" of two pages that
    # name no Choi in full is now a name two registered persons share, flagged, no longer right by its printed surname;
    # 9 more once a page that lost the archive's date line is dated by its record's own dateline, "Washington, October
    # 17, 1966, 5:30 p.m.", so that "The Secretary" of a State Department record is the office's holder then: 0.749;
    # 13 more once the register gives the Vietnamese, German, Romanian and Russian-derived forms of five of its people,
    # "Khang Sinh", "Tschen Ji", "Mihail Gorbaciov", "Rachmanin", "Ten Hsiao-pin"; 3 more once a role label is the one
    # listed participant whom the register records in that office, "The General Secretary" of "Chairman M.S. Gorbachev";
    # 6 more once a first-person record's source note, "Apparently prepared by the Secretary", names its author's office;
    # 5 more and 3 fewer invented once a presidential library's "Doc Type:", "Full Title:" are headers, no speakers;
    # 10 more once a classification on its own line, "secret" over "Participants: ...", is a paragraph of its own; 9
    # more and 10 fewer invented once "Translator and Recorder:", "NAA:", "[Stamps:]", "Метки:", "Источник:" are fields;
    # 8 more once the register knows Kenneth Kaunda, T. V. Soong, U Thant, Adam Rapacki, Willy Brandt, Robert McNamara;
    # 3 more once "FOREIGN MINISTER KIM" is not the "PRIME MINISTER KIM CHONG-PIL" the narration names; 80 more, 0.7526,
    # once a first-person record's author is read from its heading or source note ("by Mr. <name>", "Prepared by
    # <name>", "Record by <name> of Conversation"), FRUS's bulleted lists are parted by their headers, a side label is
    # the one the other side addresses in full, and the archive's summary in its own voice is no turn, one fewer
    # invented; 19 more, 0.7531, once a shared surname after an office is the one the register gives that office in the
    # record's year, "Vice Minister Han" of 1978; 44 more, 0.7542, and 3 more invented, once a paragraph of a page of
    # reports that opens with a participant who acts, then speaks, is his turn, flagged: "Malenkov did not contest this,
    # but said ..."; 16 more, 0.7546, once "SYG", "StM", "MD", "Mr. Justice", "Speaker" and "Asst Secy" are titles;
    # 15 more, 0.7549, once a wife listed as "Mrs. Thatcher" is the register's, the register knows Nancy Reagan, and
    # "Both ladies said ..." is the two women's joint turn; 13 more, 0.7553, once a side label is the one of the two the
    # summary names whom the other side speaks of in the polite third person, "When does Mr. Jeong intend to cross?";
    # 2 more, 0.7553, once an ellipsis glued to the next sentence ends a sentence, "them....I told Gupta"; 16 more,
    # 0.7557, once "DʼOrlandi" and "Ben Gurion" are the page's "D'Orlandi" and "Ben-Gurion"; 3 more once an OCR's "Zhao
    # Ziyan" is the Zhao Ziyang the narration names; 7 more, 0.7559, once "FonMin", "Judge", "Doctor" and a few
    # more are titles; 20 more, 0.7564, once a label of one letter is the one whose initial it is that no other label
    # names: "K:" beside "C [Caramanlis]:", "B:" beside "ZB:"; 20 more, 0.7569, and 1 more invented, once "The Secretary
    # began the afternoon session by asking ..." reports and an edition's page mark glued to a label, "[Page 393]The
    # Prime Minister said ...", no longer hides it: "[Page 412]President went on to say ..." is now a turn of its own,
    # an unresolved role's, flagged, that the hand reading gives to Sukarno's turn before it, itself lost inside a
    # paragraph; 8 more, 0.7571, once "Mrs. Gandhi" of an undated excerpt is Indira Gandhi, flagged, and a name
    # typed with Cyrillic letters that look Latin, "МIYАZAWА", is the Miyazawa the page lists (and one fewer invented
    # once "Context:" over an editor's paragraph is a header); 5 more, 0.7573, once a
    # memorandum's own "DATE, TIME" header dates it, not a copy's release stamp, "Declassified 29 June 2000"; 6 more,
    # 0.7574, once a surname that several listed persons share is the one the title names in full, "KIM:" of a
    # "Conversation with Kim Yeong-ju"; one fewer invented once a role no list names is the holder of its office that
    # day whose surname the page prints, "The Chancellor" of a 1965 memcon that prints "Erhard"; 99 more, 0.7617, and
    # one fewer invented, on 6 and 7 December from names in Russian and Chinese script, a typist's slip in a title,
    # "the Shah" undated, a memoir's byline, "the Premier" of the Great Hall and an interview's "Q:" and "A.:"; 24 more,
    # 0.7623, on 7 December; 2 more invented with the 32 held-out pages of that day, 0.7629, 7 more turns right once a
    # topic run in before the author's report, "Berlin: I raised ...", is no speaker; 5 more invented with the day's
    # last 32 held-out pages, 0.7634; 6 more once a cable's lettered topic, "A) Soviet forces: ...", leads a report;
    # 37 more, 0.7645, and 2 more invented, on 7 December, once one who spoke earlier in a paragraph speaks again in
    # it, a FRUS telegram's notes under its signature are no one's words, a visitor's "He stated that ..." opens
    # his turn and "hinted" reports: "He looked worn out and answered briefly." of a summary is now a turn; 8 more
    # invented with the 64 held-out pages of 7 December, 0.7655: four from a Japanese cable's lettered speakers, "A"
    # and "B", read as labels; 806 and 0.7669 with the session's last 32 held-out pages, once such letters are no
    # labels, a report's "Evaluation:" no speaker and an excerpt's "... Kohl." a label after the editor's cut;
    # 826 and 0.7672 with the 89 held-out pages of the next session, batches 201-212, which bring 19: most of them a
    # cable's or a diary's first-person acts, "Back at the Embassy I drafted a telegram ...", read as the author's turn;
    # 821 once a cable's "REFS:" line is no speaker, 826 again with 32 held-out pages, batches 213-216, and 831 with
    # the session's last 32, batches 217-220; 865 with the 224 held-out pages of the next session, batches 221-248,
    # whose invented turns are mostly summaries of cables read as reports and the author's acts, "I called on ...";
    # the share 0.7653 with them, which read worse than the old ones; 874 and 0.7644 with its last 32, 249-252; 877
    # and 0.7656 on those pages once "- 1." / "-" / text is a numbered item, a marking alone ("top secret") no header
    # swallowing the next paragraph and "... and General de Gaulle said that ..." his turn; 882 and 0.7653 with the 32
    # held-out pages of 7 December's second session, batches 253-256; 881 once a gift presented is no words; 894 and
    # 0.7673 with batches 257-264, 64 held-out pages more; 895 and 0.7668 with batches 265-268; 911 and 0.7668 with
    # batches 269-276, two of them in German and French, whose site fields ("Autoren:", "Aufgabe:") read as labels;
    # 915 and 0.7672 with batches 277-280; 949 and 0.7658 with batches 281-308, 224 held-out pages of 7 December's
    # third session, whose 2,139 turns were 67 % right on first reading; 979 and 0.7633 with batches 309-344, the 288
    # of its fourth, whose 2,713 turns were 67 % right on first reading and 70 % at its end; the 5,895 pages before
    # them read 0.7667 then, up from 0.7658; 1,026 and 0.7618 with batches 345-380, the 288 of its fifth, whose 2,663
    # turns were 68.5 % right on first reading and 70.3 % at its end; the 6,183 pages before them read 0.7648 then, up
    # from 0.7633, with one more invented, 980: a visit's narration "Mr. Graves came in ... and ... turned to the
    # question" now left out of the turn that begins at "He said"; 1,067 and 0.7608 with batches 381-412, the 256 of
    # its sixth, whose 2,294 turns were 70.5 % right on first reading and 71.5 % at its end; the 6,471 pages before
    # them read 0.7627 then, up from 0.7619; 1,090 and 0.7620 with batches 413-436, the 192 of its seventh, whose 1,739
    # turns were 72.4 % right on first reading and 75.5 % at its end; the 6,727 pages before them read 0.7622 then, up
    # from 0.7608; 1,095 and 0.7617 with batches 437-440, whose 254 turns were 68.5 % right on first reading; 1,099 and
    # 0.7616 with batches 441-444, its last measure, whose 253 turns were 64.0 % right on first reading, one page
    # crashed (mended: a header's Markdown, " _Present:_"); 1,101 and 0.7624 once the author's "I" inside a paragraph
    # that "he" opens is the author's turn: two hand readings leave such a sentence in the other's turn; 1,102 once FRUS
    # minutes' items, "—Mr. Andrus said that ...", are reports: a diary's "—UVS confirmed the time ..." reads as one; 1,167
    # and 0.7609 with batches 445-492, the 384 held-out pages of 8 December, whose 3,230 turns were 67.6 % right on
    # first reading and 69.8 % at its end; the 6,983 pages before them read 0.7643 then, up from 0.7616; 1,249 and
    # 0.7600 with batches 493-540, the 379 held-out pages of 8 December's second session, whose 3,176 turns were 68.7 %
    # right on first reading and 72.4 % at its end; the 7,367 pages before them read 0.7624 then, up from 0.7609;
    # 0.7605 once a despatch's "Sir: I have the honor ..." is no label, a letter's close names its writer and a
    # surname alone under a title that names it labels a transcript)
    assert figures["share_right"] >= 0.7599 and figures["invented"] <= 1249, figures
    assert not figures["crashed"], figures  # (a page that trips a defect of ldpub: none)
    # (and the pages flagged only because a speaker is unknown to the register, which a fuller register would
    # silence: their number may not grow; 104 on the 2,860 pages up to batch 344, one of them a page whose other flag
    # was the register's wrong guess at a common surname, "Wang", no longer made; 116 with batches 345-374, whose
    # twelve are mostly a name in another form than the hand reading's: "Punnaiah", "Nadir Arasteh", "阿马索纳斯"; 117
    # with batches 375-386, 120 with 387-392: Chinese names the hand reading gives in their romanised form; 119 with
    # 393-398, after the register learnt two more forms; 120 with 399-401; 121 with 402-407: a participant's one-line
    # answer run into another's paragraph; 124 with 408-413; 125 with 420-430: a Slovak headline "Dubček Brežnevovi:"
    # read as one person's name, whom the later "DUBČEK:" labels are given to; 141 with 431-463: names in Chinese and
    # Russian script and in forms the register lacks, "金首相", "Pak Jeong-ae", "Osubka-Morawski"; 140 when a participant
    # listed by a surname the register does not list ("Mr. Snow") was no longer read as its Edgar Snow, 141 with
    # 464-481, 140 once the register knew Kochemasov, 142 with 482-493, 141 once a Chinese "X说:" named X, 144 with
    # 494-499: Chinese names the register lacks, "阿布德", "納賽爾"; 148 with 500-523: a turn lost inside another's
    # ("[Words unintelligible]", an OCR's "presldent Videla said"), on pages whose only flag is a speaker the register
    # lacks; 150 with 524-531: "He answered, laughing, that ..." and an inverted tag, "Pointing toward ..., Kohl said";
    # 144 once Peng Dehuai, Truman and MacArthur were registered; 151 with 541-572: an oral history's "OT:", a Chinese
    # cable's "Su-wei-duo", a Czech narrative's "Biľak", FRUS's "Mr. Tsao" for Cao Guisheng; 152 once an FBIS
    # transcript's "[Castro]" is the Fidel its bracketed description names: its "[Moderator]", an unnamed role-person
    # the hand reading calls unresolved, is left, beside its unknown "[Lopez]"; 153 with 573-580; 155 with 581-602:
    # a turn lost on a page whose only flag is a speaker the register lacks, Zhukov's under "Information of Cde. Zhukov." and a
    # numbered point resumed after an interjection, "3. On the Soviet specialists."; 157 once FRUS's heading under a
    # file number taken for the title, "The Ambassador in India (Henderson) to the Secretary of State", names who writes
    # "I": two pages' other flag, an unresolved author, went, leaving a lost turn and a speaker the register lacks, "SYG";
    # 158 once "Signed" / "Florea Dumitrescu" glued to the archive's summary signs a telegram, whose two reports of
    # unnamed ambassadors, "Thanking me for the message, the Spanish ambassador ...", were still lost; 157 once a role's
    # report inside the author's paragraph opened one of them; 158 once the archive's closing block, its headings a
    # line each with their values ("Associated People & Organizations" / "Mao, Zedong, 1893-1976"), no longer joins
    # the last turn: the audience of Çela with Mao had been flagged by the summary it carried, "Mao meets ...", read
    # as Mao's report inside another's turn; its lost turn is still lost; 156 once the score finds a turn whose reading
    # leaves out a stage direction in parentheses, "That was appreciated. (Pause.) You will see ...": two such pages
    # were right all along; 155 once the register knows Kim Jong-pil, Choi Kyu-hah, Margaret Thatcher, Golda Meir and
    # Kurt Waldheim; 156 once "FOREIGN MINISTER KIM" is no longer read as the register's Kim Jong-pil, whom the page
    # names as Prime Minister: the page's other flag was that guess; 155 once "SYG Waldheim" is the register's Waldheim; 154
    # once the register knows Nancy Reagan; 152 once a page mark glued to a label, "[Page 247]K: ...", no longer hides
    # it: three telcons' lost turns, on pages whose other flag was that lost turn's text; 151 once a cable's "AMBASSADOR
    # GRIGOROV CALLED ON ..." names Grigorov, not "Grigorov Called"; 150 once a Chinese copy's "金首相" is the
    # "金日成首相" of its title, Kim Il Sung; 143 once Chinese labels of a name and an office, "崔庸健委员长", and Chinese
    # prose above the first label, counted two characters a word, is unattributed text, said, not a heading; 142 once an
    # OCR's "Le Due Tho" is the register's Le Duc Tho; 145 with the last 32 held-out pages of 7 December, whose three
    # are a diplomat's report with a speaker the register lacks and a turn lost; 149 with the 64 held-out pages of the
    # next session: "Kang Shen" of a Chinese record for Kang Sheng, "Sung" of an FCO telegram for Song Zhiguang, and
    # two reports whose other miss is a turn lost or an "I" given to the wrong one of two ambassadors; 150 with the
    # session's last 32 held-out pages: a FRUS telegram's "For record he wanted to make clear ..." lost; 156 with the
    # 89 of the next session, four of them, and two older pages whose other warning went once "Chargé" is a title;
    # 157 with 32 more, batches 213-216: a FRUS telegram whose one miss is a turn lost; 158 with the last 32, 217-220;
    # 159 with the 224 of the next session, batches 221-248, after the Under Secretary (Hoover) was no longer read as
    # "The Sec." and a clause in capitals no longer as a person "Said That President Lopez ...", both flagged only
    # as unknown speakers before; 161 with the session's last 32, 249-252, once "The President" of a memorandum "by
    # the Chief of Protocol (Simmons)" that lists him by office is no longer Simmons; 154 once a FRUS telegram's first
    # paragraph under "top secret" is no longer that marking's value, and "Attended by" alone a header, and 155 with
    # batches 253-256; 156 once a memorandum "by the Political Adviser ... (Mosely)" names its "I": the page's one
    # miss left is "Mr. Gousev", Gusev, whom the register lacks; 158 with batches 257-264, 160 with 265-276; 173 with
    # batches 281-304, 174 with 305-308: mostly pages that lose a turn and whose one warning is a speaker the
    # register does not list ("Iengar", "Chiba", "Graves"), and a telcon's first "K:" before its "HK:", published as
    # the page's own "K"; 173 once a telcon's one-letter label is the surname its title names;
    # 185 with batches 309-344, twelve of their 288 pages; 186 once a memo's drafter the memo reports by name
    # ("EUR:GWPerkins:mjh" over "Mr. Perkins added ...") no longer writes its "I": its "I" is left unresolved, flagged
    # with its unknown speakers; 185 once a title's "MACMILLANʼS VISIT" is the listed Macmillan's again; 204 with
    # batches 345-380, nineteen of their 288 pages, most of them persons the
    # register does not know: Australian diplomats, "Sharett", "Fairhall"; 219 with batches 381-412, fifteen of their
    # 256 pages; 230 with batches 413-436, most of them persons the register does not know, Australian and Irish
    # officials, "Vdovine", "Kadri"; 231 with batches 437-440; 232 once the author's "I" inside a paragraph that "he" opens
    # is the author's: a page whose other flag was that "I" left in Vorontsov's turn; 253 with batches 445-492, 21 of
    # their 384 pages, most of them persons the register does not know: FRUS's and DFAT's diplomats, "Shann",
    # "Holyoake", "Renouf"; 271 with batches 493-540, 18 of their 379 pages)
    assert figures["wrong_flagged_only_as_unknown"] <= 271, figures


def test_a_page_that_trips_a_defect_is_scored_crashed_every_turn_lost(tmp_path, register):
    # the scorer goes on past a page on which ldpub fails (once one such page stopped the whole measure) and names it
    page = tmp_path / "p.txt"
    page.write_text("October 9, 1964\n\nA title\n\nMAO: Yes.\n", encoding="utf-8")
    page.with_suffix(".expected.toml").write_text('[[turn]]\nlabel = "MAO:"\nspeaker = "Mao Zedong"\nstarts = "Yes."\n',
                                                  encoding="utf-8")

    def faulty(path, reg):
        raise TypeError("a defect")

    result = score(page, register, faulty)
    assert (result.verdict, result.error, result.lost, result.is_right) == ("crashed", "TypeError: a defect", ["Yes."],
                                                                           False)
    assert summary([result])["crashed"] == ["p"]


def test_most_turns_get_their_speaker(scores):
    figures = summary(scores)
    assert figures["share_right"] >= 0.9, figures
    assert figures["invented"] == 0 and not figures["wrong_and_silent"], figures


# ------------------------------------------------------------------ names and roles
@pytest.mark.parametrize("printed", ["KHRUSHCHEV N.S.", "N.S. Khrushchev", "Comrade Khrushchev", "Khrushchev",
                                     "Com. N. S. Khrushchev", "NIKITA SERGEYEVICH KHRUSHCHEV"])
def test_name_forms_find_the_registered_person(printed, register):
    resolver = Resolver(register, ["Comrade", "Com."])
    title, name = resolver.names.split_title(printed)
    assert resolver.resolve(printed, name, None).entity.slug == "nikita-khrushchev"


def test_a_name_key_strips_titles_and_keeps_initials_apart():
    names = Names(["Vice Premier", "Dr."])
    key = names.key("Vice Premier CHEN [Yi]")
    assert key.words == ("chen",) and not key.initials
    assert names.key("Dr. Henry A. Kissinger").initials == ("a",)
    assert names.key("Lê Duẩn").words == ("le", "duan") and names.key("Pak Geum-cheol").words == ("pak", "geumcheol")


def test_a_role_is_resolved_from_the_title_with_its_method(register):
    resolver = Resolver(register, ["Premier", "Vice Premier", "Ambassador"],
                        title="Premier Zhou Enlai’s Reception of the Ambassador of Cambodia Sisowath Sirik Matak")
    premier = resolver.resolve("Premier", "Premier", "Premier")
    assert (premier.entity.slug, premier.method) == ("zhou-enlai", "title")
    ambassador = resolver.resolve("Ambassador", "Ambassador", "Ambassador")
    assert (ambassador.entity.slug, ambassador.method) == ("sisowath-sirik-matak", "title")
    # a role holder the register does not know keeps the name the title gives
    unknown = Resolver(register, ["Ambassador"], title="Reception of Ambassador Prak Sambath")
    found = unknown.resolve("Ambassador", "Ambassador", "Ambassador")
    assert found.entity is None and found.name == "Prak Sambath" and found.method == "title"


def test_a_role_completed_by_the_editor_in_the_title(register):
    """'The Chancellor's [Helmut Kohl's] Meeting', 'the President [George H.W. Bush]'."""
    kohl = Resolver(register, ["Chancellor", "Federal Chancellor"], role_aliases={"Federal Chancellor": "Chancellor"},
                    title="The Chancellor's [Helmut Kohl's] Meeting with Dutch Prime Minister Ruud Lubbers")
    for label in ("The Chancellor", "The Federal Chancellor"):
        found = kohl.resolve(label, label.split(" ", 1)[1], label.split(" ", 1)[1])
        assert (found.name, found.method) == ("Helmut Kohl", "title"), label
    bush = Resolver(register, ["President"], title="Memorandum of Conversation between the President [George H.W. Bush] "
                                                   "and Helmut Kohl")
    assert bush.resolve("The President", "President", "President").name == "George H.W. Bush"


def test_an_unnamed_role_in_the_participant_list_is_the_title_person_it_does_not_list(register):
    headers = [("PARTICIPANTS", "The President\nJames A. Baker III, Secretary of State\n\nHelmut Kohl, Chancellor")]
    resolver = Resolver(register, ["President", "Chancellor", "Secretary of State"], headers=headers,
                        participant_headers=["Participants"],
                        title="Memorandum of Conversation between George H.W. Bush and Helmut Kohl, Camp David")
    found = resolver.resolve("The President", "President", "President")
    assert (found.name, found.method) == ("George H.W. Bush", "title") and "without a name" in found.note
    # two title persons the list does not name: no guess
    two = Resolver(register, ["President"], headers=[("PARTICIPANTS", "The President\nJames A. Baker III")],
                   participant_headers=["Participants"], title="Conversation between George H.W. Bush and Helmut Kohl")
    assert two.resolve("The President", "President", "President").method == "unresolved"


def test_a_role_printed_short_or_with_a_nationality(register):
    resolver = Resolver(register, ["Prime Minister", "P.M.", "Premier", "Ambassador"],
                        role_aliases={"P.M.": "Prime Minister"},
                        title="Record of Talks between Prime Minister Nehru and Premier Zhou Enlai")
    assert resolver.resolve("P.M.", "P.M.", "P.M.").entity.slug == "jawaharlal-nehru"
    soviet = Resolver(register, ["Ambassador", "Premier"], title="Premier Zhou Enlai receives Ambassador Chervonenko")
    assert soviet.resolve("The Soviet Ambassador", "Soviet Ambassador", "Soviet Ambassador").entity.slug == \
        "stepan-chervonenko"
    # a qualifier that changes the role is not dropped: a vice premier is no premier
    assert soviet.resolve("Vice Premier", "Vice Premier", "Vice Premier").method == "unresolved"


def test_a_side_label_is_the_head_of_its_side_and_is_flagged(register):
    headers = [("Participants", "From Seoul\n\nLEE Hu-rak Director of KCIA\nJEONG Hong-jin Director of Conference "
                                "Management\n\nFrom Pyongyang\n\nKIM Il Sung Premier\nPAK Seong-cheol 2nd Vice Premier")]
    resolver = Resolver(register, ["Premier"], headers=headers, participant_headers=["Participants"],
                        side_labels={"South": "Seoul South", "North": "Pyongyang North"})
    assert [(p.name, p.side) for p in resolver.context.participants][:3] == [
        ("LEE Hu-rak", "Seoul"), ("JEONG Hong-jin", "Seoul"), ("KIM Il Sung", "Pyongyang")]
    south, north = resolver.resolve("South", "South", None), resolver.resolve("North", "North", None)
    assert (south.name, south.doubtful) == ("LEE Hu-rak", True) and north.entity.slug == "kim-il-sung"
    # no side in the list: not guessed
    bare = Resolver(register, [], side_labels={"South": "Seoul South"})
    assert bare.resolve("South", "South", None).method == "unresolved"


def test_a_name_one_letter_off_a_person_of_the_page_is_that_person_and_flagged(register):
    resolver = Resolver(register, ["Comrade"], title="Conversation between Comrade Enver Hoxha and Comrade Li Wei")
    assert resolver.resolve("Comrade Enver Hoxha", "Enver Hoxha", None).entity.slug == "enver-hoxha"
    typo = resolver.resolve("Comrade Enver Hoxa", "Enver Hoxa", None)
    assert (typo.entity.slug, typo.doubtful) == ("enver-hoxha", True)
    swapping = Resolver(register, ["Comrade"], title="Conversation between Comrade Li Xiannian and Comrade Li Wei")
    swapped = swapping.resolve("Comrade Li Xiannain", "Li Xiannain", None)  # two neighbours swapped
    assert (swapped.entity.slug, swapped.doubtful) == ("li-xiannian", True)
    # one letter off a name of the register that the page does not name: not guessed
    assert Resolver(register, []).resolve("Mehmet Shehy", "Mehmet Shehy", None).entity is None
    # short words one letter apart are different names ("Kim Il" is not "Kim Ik")
    short = Resolver(register, [], title="Talks between Kim Il and Pak Song")
    short.resolve("Kim Il", "Kim Il", None)
    assert short.resolve("Kim Ik", "Kim Ik", None).name == "Kim Ik"


def test_a_vice_premier_is_no_premier(register):
    resolver = Resolver(register, ["Premier", "Vice Premier"], title="Meeting of Vice Premier Chen Yi and Kosygin")
    assert resolver.resolve("Premier", "Premier", "Premier").method == "unresolved"


def test_a_role_is_resolved_from_a_participant_line(register):
    resolver = Resolver(register, ["Prime Minister", "Dr."], headers=[(
        "PARTICIPANTS", "Prime Minister Chou En-lai\nDr. Henry A. Kissinger, Assistant to the President\n"
                        "Winston Lord, NSC Staff")], participant_headers=["Participants"])
    found = resolver.resolve("The Prime Minister", "Prime Minister", "Prime Minister")
    assert (found.entity.slug, found.method) == ("zhou-enlai", "participants")
    roles = {p.name: p.role for p in resolver.context.participants}
    assert roles["Henry A. Kissinger"].endswith("Assistant to the President") and roles["Winston Lord"] == "NSC Staff"


def test_two_holders_of_a_role_leave_it_unresolved(register):
    resolver = Resolver(register, ["Vice Premier"], headers=[("Present", "Vice Premier Chen Yi, Vice Premier Li Xiannian")],
                        participant_headers=["Present"])
    found = resolver.resolve("Vice Premier", "Vice Premier", "Vice Premier")
    assert found.entity is None and found.method == "unresolved" and "2 persons" in found.note


def test_a_surname_reads_the_page_before_the_register(register):
    """Hysni Kapo is registered, but this page names Vito Kapo: 'Kapo:' is she."""
    resolver = Resolver(register, ["Delegation Leader"], headers=[("Foreign guests", "Vito Kapo, Delegation Leader")],
                        participant_words=["guests"])
    found = resolver.resolve("Kapo", "Kapo", None)
    assert found.entity is None and found.name == "Vito Kapo"


def test_a_woman_s_title_never_takes_a_man_of_the_register(register):
    resolver = Resolver(register, ["Madame"], female_titles=["Madame"])
    found = resolver.resolve("Madame Sihanouk", "Sihanouk", None)
    assert found.entity is None  # not Norodom Sihanouk


def test_an_ambiguous_surname_is_not_guessed(register):
    resolver = Resolver(register, [])
    found = resolver.resolve("Castro", "Castro", None)
    assert found.entity is None


# ------------------------------------------------------------------ label shapes and sections
PAGE = """March 1, 1965
Record of Conversation between Chairman Mao Zedong and Comrade Kim Il Sung
Summary:
A page for the tests.
Credits:
This document was made possible with support from a funder.
Present [at the meeting]: Comrades Mao Zedong, Kim Il Sung, Pak Geum-cheol and A.I. Mikoyan
Recorder: Li Wei
Archival Signature: F. 1, Op. 2, D. 3
Time: 10:00

Chairman:Welcome. How was the journey?

[Kim Il Sung]: Good, thank you.

Comrades Kim Il Sung and Pak Geum-cheol: We thank the Chinese comrades.

MAO ZEDONG.
We are glad.

A.I. MIKOYAN noted that he had nothing to add.
"""


def test_label_shapes_headers_and_joint_turns(register, tmp_path):
    linked = prepared(PAGE, register, tmp_path)
    turns = linked.doc.turns
    assert [(t.label, linked.speakers[t.position].slug) for t in turns] == [
        ("Chairman", "mao-zedong"), ("[Kim Il Sung]", "kim-il-sung"),
        ("Comrades Kim Il Sung and Pak Geum-cheol", "kim-il-sung"), ("MAO ZEDONG", "mao-zedong"),
        ("A.I. MIKOYAN", "anastas-mikoyan")]
    assert linked.co_speakers[turns[2].position].slug == "pak-kum-chol"
    assert turns[3].text == "We are glad." and turns[4].reported and not turns[0].reported
    assert linked.resolutions[turns[0].position][0] == "participants" or linked.resolutions[turns[0].position][0] == "title"
    headers = dict(linked.doc.headers)
    assert headers["Recorder"] == "Li Wei" and headers["Archival Signature"] == "F. 1, Op. 2, D. 3"
    assert {p.slug for p, _, _ in linked.participants} >= {"mao-zedong", "kim-il-sung", "pak-kum-chol"}
    assert linked.doc.credits.startswith("This document") and "Chairman" not in linked.doc.credits


JOURNAL = """October 10, 1972
Journal of N. G. Sudarikov, Record of a Conversation with Kim Il Sung
Citation:
“Journal,” October 10, 1972, Wilson Center Digital Archive, AVPRF f. 0102. https://digitalarchive.wilsoncenter.org/document/900998
Original Language:
Russian
Contents:
English Translation
from the journal of

N. G. SUDARIKOV

1. On instructions from the Center I handed Kim Il Sung the text of the plenum's resolution.

After reading the text with attention, Kim Il Sung thanked the Soviet leadership.

2. Kim Il Sung said that the harvest was good. He hoped to buy no grain abroad.

In his opinion the talks with the South were slow.

I said that the Soviet side followed the talks with interest.

Then, the Red Cross talks were proceeding slowly, as the press says.
"""


def test_a_journal_s_first_person_and_numbered_reports(register, tmp_path):
    linked = prepared(JOURNAL, register, tmp_path)
    turns = linked.doc.turns
    assert [(t.text[:12], linked.speakers[t.position].label) for t in turns] == [
        ("After readin", "Kim Il Sung"), ("2. Kim Il Su", "Kim Il Sung"), ("I said that ", "Nikolai Sudarikov")]
    # the author's act ("I handed Kim Il Sung the text"), no words: the recorder's narration
    assert linked.doc.segments[0].kind == "stage" and linked.doc.segments[0].text.startswith("1. On instructions")
    assert all(t.reported for t in turns) and "In his opinion" in turns[1].text
    assert "Then, the Red Cross" in turns[2].text  # a clause before no title or known name: no report
    assert ("Journal of", "N. G. SUDARIKOV") in linked.doc.headers


NOTES = """November 4, 1956
Working Notes from the Session of the CPSU CC Presidium
Citation:
“Notes,” November 4, 1956, Wilson Center Digital Archive, TsKhSD, F. 3. https://digitalarchive.wilsoncenter.org/document/900997
Original Language:
Russian
Contents:
English Translation
Present: Bulganin, Molotov, Khrushchev

Khrushchev – The operation is going well.

Budapest – the city is calm, the embassy reports.

Bulganin – Agrees.

Molotov — We must help Kadar.

Decision: to prepare a statement.
"""


def test_dash_labels_for_listed_or_registered_persons_only(register, tmp_path):
    linked = prepared(NOTES, register, tmp_path)
    turns = linked.doc.turns
    assert [(t.label, linked.speakers[t.position].label) for t in turns] == [
        ("Khrushchev", "Nikita Khrushchev"), ("Bulganin", "Nikolai Bulganin"), ("Molotov", "Vyacheslav Molotov")]
    assert "Budapest – the city is calm" in turns[0].text  # a place before a dash is no speaker
    assert ("Decision", "to prepare a statement.") in linked.doc.headers


CAPS = """November 30, 1962
Record of Conversation between Cde. N. S. Khrushchev and Le Duan
Original Language:
Russian
Contents:
English Translation
Dr. Henry A. Kissinger, Assistant to the President, was not present.

DATE & TIME: Friday, 30 November 1962

After mutual greetings Cde. N. S. Khrushchev informed Cde. Le Duan about the talks on Cuba.

LE DUAN How do the Cuban comrades regard the agreement?

N. S. KHRUSHCHEV The Cuban comrades were not pleased at first.

A. I. MIKOYAN Cde. Le Duan, Fidel sends you his greetings.
"""


def test_capital_labels_without_separator_initials_and_report_openings(register, tmp_path):
    linked = prepared(CAPS, register, tmp_path)
    turns = linked.doc.turns
    assert [(t.label, linked.speakers[t.position].slug, t.reported) for t in turns] == [
        ("Cde. N. S. Khrushchev", "nikita-khrushchev", True), ("LE DUAN", "le-duan", False),
        ("N. S. KHRUSHCHEV", "nikita-khrushchev", False), ("A. I. MIKOYAN", "anastas-mikoyan", False)]
    assert ("Date & Time", "Friday, 30 November 1962") in [(k.title(), v) for k, v in linked.doc.headers]
    assert "Kissinger" not in {linked.speakers[t.position].label for t in turns}  # "Dr. Henry A." is no label


OLD_SITE = """Search in

Digital Archive International History Declassified

April 27, 1962

This document was made possible with support from the Henry Luce Foundation

  • Citation

    get citation

    A banquet talk. Zhou Enlai and Kim Il discuss coal.
    "Record of Conversation from Premier Zhou Enlai’s Reception of Korean First Vice Premier Kim Il," April 27, 1962,
    History and Public Policy Program Digital Archive, PRC FMA 106-00658-04. Translated by A. Translator.

Time: 7:00 p. m., 27 April 1962

Premier Zhou asked how far the construction had advanced.

The First Vice Premier said that the plant would be ready next year.
"""

BETWEEN = """May 1, 1961
Record of Conversation between Mao Zedong and Kim Il Sung

The two leaders met in the Great Hall of the People in the afternoon and talked for two hours about the
harvest, the treaty and the situation in the South, with their interpreters and advisers present.

Mao Zedong: Welcome.

Kim Il Sung: Thank you.
"""


def test_an_old_site_page_takes_its_title_from_the_citation(register, tmp_path):
    linked = prepared(OLD_SITE, register, tmp_path)
    assert linked.doc.title.startswith("Record of Conversation from Premier Zhou Enlai")
    assert [linked.speakers[t.position].slug for t in linked.doc.turns] == ["zhou-enlai", "kim-il"]


def test_a_long_paragraph_between_title_and_transcript_is_reported_not_dropped(register, tmp_path):
    linked = prepared(BETWEEN, register, tmp_path)
    assert [line for line, _ in linked.doc.unattributed] == [4]
    assert verdict(linked) == "warnings"


def test_wade_giles_forms_find_the_registered_person(register):
    assert register.resolve("Teng Hsiao-p’ing").slug == "deng-xiaoping"


MINUTES = """January 21, 1966
Meeting of the First Secretaries of the Warsaw Treaty Member Parties
Original Language:
Romanian
Contents:
English Translation
Participating: T. Zhivkov [Bu], A. Novotny [Cz], W. Ulbricht [GDR], L. Brezhnev [USSR], N. Ceausescu [Ro].

Time and Date: 15:00, 21 January 1966

Venue: the CC building

Cde. Novotny opened the meeting and greeted the first secretaries.

Cde. Brezhnev said that the transit through China remained the main difficulty.

Cde. Ulbricht supported the proposal of Cde. Brezhnev and added that the GDR could send engineers.

Cde. Ceausescu: We are in favor of aid to Vietnam.

The conference of parties—Cde. Brezhnev continued—should be prepared with care.
"""


def test_accounts_in_other_verbs_and_speech_tags_are_reported_turns(register, tmp_path):
    linked = prepared(MINUTES, register, tmp_path)
    turns = linked.doc.turns
    assert [(linked.speakers[t.position].slug, t.reported) for t in turns] == [
        ("antonin-novotny", True), ("leonid-brezhnev", True), ("walter-ulbricht", True),
        ("nicolae-ceausescu", False), ("leonid-brezhnev", True)]
    headers = dict(linked.doc.headers)
    assert headers["Time and Date"] == "15:00, 21 January 1966" and headers["Venue"] == "the CC building"
    assert "Participating" in headers


NARRATION = """May 5, 1959
Record of the Meeting of the Albanian Delegation with Chairman Mao Zedong
Original Language:
Albanian
Contents:
English Translation
Chairman Mao Zedong received our delegation in a house near the lake.

Comrade Mao Zedong: Welcome.

Comrade Hysni Kapo: Thank you, Comrade Mao Zedong.

Comrade Mao Zedong met the delegation at the door and then asked about the journey.
"""


def test_narration_in_another_verb_is_no_turn_but_is_flagged_inside_a_turn(register, tmp_path):
    linked = prepared(NARRATION, register, tmp_path)
    assert [linked.speakers[t.position].slug for t in linked.doc.turns] == ["mao-zedong", "hysni-kapo"]
    assert "Chairman Mao Zedong received" in " ".join(linked.doc.preamble)  # no report: no turn
    assert any(code == "reported-in-turn" and line == 13 for code, line, _ in linked.doc.notices)


DIARY = """March 24, 1967
From the Diary of Shcherbakov I.S., Record of Conversation with Le Duan

Diary of

Shcherbakov I.S.

I visited Le Duan at his request and informed him about the talks in London.

Le Duan listened with great attention and asked to pass on the thanks of the Politburo.

We, continued Le Duan, know that the Americans try to use every meeting.

I replied that Moscow would inform the Vietnamese comrades.

Then Le Duan touched on the transit of Soviet cargoes through China.
"""


def test_a_diary_without_sections_is_read_with_its_author_and_speech_tags(register, tmp_path):
    linked = prepared(DIARY, register, tmp_path)
    assert [(linked.speakers[t.position].label, t.text[:10]) for t in linked.doc.turns] == [
        ("Ilya Shcherbakov", "I visited "), ("Le Duan", "Le Duan li"), ("Le Duan", "We, contin"),
        ("Ilya Shcherbakov", "I replied "), ("Le Duan", "Then Le Du")]


EVENT = """October 8, 1964
Record of Talks from the Premier’s Meeting with the Delegation of the Trade Unions of South Vietnam
Contents:
English Translation
Premier [Zhou Enlai]: How long has the delegation been in China?

Tran Hoai Nam: Ten days.

Premier: Did you see Comrade Ho Chi Minh before leaving?
"""


def test_a_role_completed_in_a_label_names_the_later_role_labels(register, tmp_path):
    linked = prepared(EVENT, register, tmp_path)
    turns = linked.doc.turns
    assert [linked.speakers[t.position].label for t in turns] == ["Zhou Enlai", "Tran Hoai Nam", "Zhou Enlai"]
    assert "names the premier" in linked.resolutions[turns[2].position][1]


KOHL = """February 24, 1990
Memorandum of Conversation between George H.W. Bush and Helmut Kohl
Contents:
English Translation
PARTICIPANTS: The President
Helmut Kohl, Chancellor
Dorothea Kohl, Interpreter

The President: Welcome to Camp David.

Chancellor Kohl: Thank you, George.
"""


def test_a_shared_surname_is_told_apart_by_the_printed_role(register, tmp_path):
    linked = prepared(KOHL, register, tmp_path)
    assert [linked.speakers[t.position].label for t in linked.doc.turns] == ["George H. W. Bush", "Helmut Kohl"]


REPORTS = """March 1, 1965
Minutes of the Talks between Mao Zedong and Kim Il Sung
Contents:
English Translation
Mao Zedong said that the harvest was good.

Kim Il Sung said that the Korean comrades thanked China.
"""
UNREADABLE = """March 1, 1965
Notes on a Meeting
Contents:
English Translation
The weather was fine and the delegation arrived on time.

Everyone went to the hall together after lunch.
"""


def test_a_refusal_proposes_reported_speech_only_when_it_works(tmp_path):
    with pytest.raises(ParseError) as refused:
        Parser({"reported_speech": False}).parse_text(REPORTS)
    assert refused.value.hint.startswith("set reported_speech = true")
    assert len(Parser({"reported_speech": True}).parse_text(REPORTS).turns) == 2  # the hint, followed, works
    for layout in ({}, {"reported_speech": False}):
        with pytest.raises(ParseError) as refused:
            Parser(layout).parse_text(UNREADABLE)
        assert "reported_speech = true was tried and finds no turn here either" in refused.value.hint


DENSE = """October 4, 1966
Memorandum of Conversation between Chairman Mao Zedong and Comrade Hysni Kapo
Original Language:
Albanian
Contents:
English Translation
Time of meeting: 4 October 1966, 16:10
Place of meeting: Guest House of the Central Committee
When the photographers had left, comrade Mao Zedong called out:
Long live Albania!
Long live the friendship of our two parties!
Comrade Hysni Kapo: Comrade Mao Zedong, we bring you the greetings of our party.
Comrade Mao Zedong: Good. How old are you now?
Comrade Hysni Kapo: Forty-one years old.
The conversation lasted one hour.
Comrade Mao Zedong: Young. Come again next year.
Comrade Hysni Kapo: We will.
Comrade Mao Zedong: Then it is settled.
Comrade Hysni Kapo: Thank you.
Comrade Mao Zedong: Goodbye.
Comrade Hysni Kapo: Goodbye.
Comrade Mao Zedong: And greetings to Enver.
1 Source: Albanian Central State Archive, Fond 14. Top Secret.
"""


def test_a_page_copied_without_blank_lines_is_read_line_by_line(register, tmp_path):
    linked = prepared(DENSE, register, tmp_path)
    doc = linked.doc
    turns = doc.turns
    assert turns[0].label.endswith("called out") and linked.speakers[turns[0].position].slug == "mao-zedong"
    assert turns[0].text.startswith("Long live Albania!") and "friendship" in turns[0].text
    assert ("Time of meeting", "4 October 1966, 16:10") in doc.headers
    assert [s.text for s in doc.segments if s.kind == "stage"] == ["The conversation lasted one hour."]
    assert turns[-1].text == "And greetings to Enver." and doc.footnotes[0].text.startswith("Source: Albanian")


UNCLOSED_PAGE = """June 21, 1975
Minutes of Chairman Mao Zedong's Meeting with Khieu Samphan
Contents:
English Translation
Chairman Mao Zedong: Welcome.

Khieu Samphan: Thank you, Chairman.

[Chairman Mao shakes hands with Ieng Thirith

Chairman Mao Zedong: Sit down, please.
"""


def test_a_bracket_never_closed_is_a_stage_direction_and_flagged(register, tmp_path):
    linked = prepared(UNCLOSED_PAGE, register, tmp_path)
    doc = linked.doc
    assert [s.kind for s in doc.segments] == ["turn", "turn", "stage", "turn"]
    assert doc.segments[1].text == "Thank you, Chairman."
    assert any(p.code == "unclosed-bracket" and p.severity == "Info" for p in linked.problems)


def test_the_score_never_counts_an_unresolved_role_person_as_right(register, tmp_path):
    page = tmp_path / "pak.txt"
    page.write_text("""June 9, 1965
Record of a Conversation with the Korean Side
Contents:
English Translation
Premier Zhou Enlai: Welcome back.

Pak: Thank you.
""", encoding="utf-8")
    page.with_suffix(".expected.toml").write_text("""verdict = "clean"
[[turn]]
speaker = "Zhou Enlai"
starts = "Welcome back."
[[turn]]
speaker = "Pak Song-chol"
starts = "Thank you."
""", encoding="utf-8")
    result = score(page, register, prepare)
    assert result.turns == 2 and result.right == 1 and result.flagged  # "Pak" fits two: not right, and said


def scored(text: str, turns: list[tuple[str, str]], register, folder: Path):
    """The score of a page of ``text`` against a hand reading of these (speaker, opening words) turns."""
    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    page.with_suffix(".expected.toml").write_text('verdict = "clean"\n' + "".join(
        f'[[turn]]\nspeaker = "{speaker}"\nstarts = "{starts}"\n' for speaker, starts in turns), encoding="utf-8")
    return score(page, register, prepare)


def test_the_score_does_not_line_a_lost_turn_up_with_a_later_one_of_the_same_opening(register, tmp_path):
    result = scored("October 9, 1964\nRecord of a Meeting between Mao Zedong and Zhou Enlai\nContents:\n"
                    "English Translation\nMao Zedong: Welcome to Beijing.\n\nZhou Enlai: We agree to that.\n\n"
                    "Mao Zedong: We shall begin with Poland, and end with Greece.\n",
                    [("Mao Zedong", "We shall begin with Poland, then Greece"), ("Mao Zedong", "Welcome to Beijing."),
                     ("Zhou Enlai", "We agree to that."), ("Mao Zedong", "We shall begin with Poland, and end")],
                    register, tmp_path)
    # the first turn is lost (the page does not have it); its first 24 characters are those of the last turn,
    # which is no reason to skip the two turns between
    assert result.lost == ["We shall begin with Poland, then Greece"] and result.right == 3 and not result.invented


def test_the_score_finds_a_paragraph_published_in_its_speaker_s_turn_before_words_inside_the_next(register, tmp_path):
    result = scored("October 9, 1963\nRecord of a Conversation between Zhou Enlai and Mao Zedong\nContents:\n"
                    "English Translation\nZhou Enlai: There are three ways.\n\nThe third way is the one we walk now.\n\n"
                    "Mao Zedong: I agree that the third way is the realistic one.\n",
                    [("Zhou Enlai", "There are three ways."), ("Zhou Enlai", "The third way is the"),
                     ("Mao Zedong", "I agree that the third")], register, tmp_path)
    # the second paragraph is Zhou's, published in his turn; that Mao's words hold "the third way is the" is no
    # reason to line it up with Mao's turn
    assert result.right == 3 and result.merged == ["The third way is the"] and not result.lost


WEB_TAIL = """July 25, 1965
Record of Conversation between L. I. Brezhnev and N. Ceausescu
Contents:
English Translation
L. I. Brezhnev: Welcome to Moscow.

N. Ceausescu: Thank you. In his turn Cde. Maurer will speak about the plan.

In his turn Cde. Ceausescu expressed gratitude for the reception.

SOVIET AMBASSADOR IN ROMANIA

A. BASOV

Recorded by A. Aleksandrov

Brezhnev and Ceausescu talk about the plan.

Document Information

Source

RGANI, f. 80. Translated by A. Translator.

Record ID

900999
"""


def test_the_web_page_s_closing_block_and_a_signature_are_no_one_s_words(register, tmp_path):
    linked = prepared(WEB_TAIL, register, tmp_path)
    doc = linked.doc
    assert [(linked.speakers[t.position].slug, t.reported) for t in doc.turns] == [
        ("leonid-brezhnev", False), ("nicolae-ceausescu", False), ("nicolae-ceausescu", True)]
    assert doc.turns[-1].text == "In his turn Cde. Ceausescu expressed gratitude for the reception."
    headers = dict(doc.headers)
    assert headers["Signature"] == "SOVIET AMBASSADOR IN ROMANIA\nA. BASOV"
    assert headers["Recorded by"] == "Recorded by A. Aleksandrov"
    assert headers["Document Information"].startswith("Brezhnev and Ceausescu talk about the plan.")
    assert "900999" in headers["Document Information"]


def test_one_speaker_over_many_paragraphs_is_flagged(register, tmp_path):
    """The other side's labels in a shape no rule reads ("Kosygin >> ...") leave one speaker: say so."""
    page = tmp_path / "4.txt"
    page.write_text(NOTES.split("Present:")[0] + "Mao Zedong: We welcome you.\n\nKosygin >> Thank you.\n\n"
                    "Our views differ.\n\nKosygin >> They do.\n", encoding="utf-8")
    linked = prepare(page, register)
    assert {linked.speakers[t.position].slug for t in linked.doc.turns} == {"mao-zedong"}
    assert [p.code for p in linked.problems if p.code == "single-speaker"] == ["single-speaker"]
    from ld.quality import verdict
    assert verdict(linked) == "warnings"


def test_the_rdf_says_how_each_speaker_was_resolved(register, tmp_path):
    from ld import mapping
    from ld.terms import ox_triples
    from ld.vocab import Iris

    linked = prepared(PAGE, register, tmp_path, name="1")
    nt = ox_triples(mapping.document_graph(linked, Iris("https://example.org/"))).nt.decode()
    assert "<https://example.org/document/1#seg-0001> <https://w3id.org/ldpub/ns#speakerResolution>" in nt
    senders = re.findall(r"<https://example.org/document/1#seg-0003> <http://schema.org/sender> <([^>]+)>", nt)
    assert sorted(senders) == ["https://example.org/person/kim-il-sung", "https://example.org/person/pak-kum-chol"]
    assert ('<https://example.org/document/1#seg-0005> <https://w3id.org/ldpub/ns#reportedSpeech> '
            '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>') in nt
    assert '<http://schema.org/roleName>' in nt and '"Recorder"' in nt
    assert '<https://example.org/document/1#event> <https://w3id.org/ldpub/ns#timeAsPrinted> "10:00"' in nt


def test_a_report_of_someone_who_takes_no_part_is_flagged_not_split(register, tmp_path):
    """'In a letter, John F. Kennedy raised ...' inside Mao's turn quotes Kennedy: not his turn."""
    page = tmp_path / "6.txt"
    page.write_text("May 1, 1960\n\nA meeting of Mao Zedong and Kim Il Sung\n\nContents:\n\nMao Zedong: We wait.\n\n"
                    "In a letter, John F. Kennedy raised the same question.\n\nKim Il Sung: Yes.\n", encoding="utf-8")
    linked = prepare(page, register)
    assert [t.label for t in linked.doc.turns] == ["Mao Zedong", "Kim Il Sung"]
    assert linked.doc.turns[0].text.endswith("raised the same question.")
    (flag,) = [p for p in linked.problems if p.code == "reported-in-turn"]
    assert flag.severity == "Warning" and flag.source.endswith("6.txt:9")


def test_an_unresolved_role_warns_with_the_label_and_line(register, tmp_path):
    page = tmp_path / "2.txt"
    page.write_text("May 1, 1960\n\nA meeting\n\nContents:\n\nChairman: Welcome.\n\nMao Zedong: Thanks.\n",
                    encoding="utf-8")
    linked = prepare(page, register)
    (problem,) = [p for p in linked.problems if p.code == "unresolved-role"]
    assert problem.severity == "Warning" and "'Chairman' at line 7" in problem.message
    assert problem.source.endswith("2.txt:7")


def test_text_no_speaker_is_given_warns_and_strict_fails(register, tmp_path):
    page = tmp_path / "3.txt"
    words = " ".join(["word"] * 40)
    page.write_text(f"May 1, 1960\n\nA meeting\n\nContents:\n\n{words}.\n\nMao Zedong: Thanks.\n", encoding="utf-8")
    linked = prepare(page, register)
    assert [p.code for p in linked.problems if p.code == "unattributed-text"] == ["unattributed-text"]
    with pytest.raises(ParseError, match="names no speaker"):
        prepare(page, register, strict=True)


def test_a_refusal_hint_that_is_followed_works(register, tmp_path):
    """With reported_speech forced off, minutes are refused; the hint's setting reads them."""
    page = tmp_path / "4.txt"
    page.write_text("May 1, 1960\n\nMinutes\n\nContents:\n\nMao Zedong said that the harvest was good.\n",
                    encoding="utf-8")
    page.with_suffix(".toml").write_text("[layout]\nreported_speech = false\n", encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        prepare(page, register)
    assert "reported_speech = true" in caught.value.hint
    page.with_suffix(".toml").write_text("[layout]\nreported_speech = true\n", encoding="utf-8")
    assert [t.reported for t in prepare(page, register).doc.turns] == [True]


# ------------------------------------------------------------------ the coverage invariant
PIECES = st.sampled_from(["Comrade Mao Zedong: ", "MAO ZEDONG. ", "Mao:Yes. ", "[Zhou Enlai]: ", "Chairman:\n\n",
                          "Comrades Kim Il Sung and Pak Geum-cheol: ", "Present: X, Y\n", "Present:\n\nDr. A. B, C\n\n",
                          "In reply, Comrade Kim Il Sung said: ", "A.I. MIKOYAN noted that ", "Part I: x\n\n",
                          "(Laughter.) ", "[1] ", "[note] ", "Contents:\n\n", "\n\n", "\n", "text ", ". ",
                          "MEMORANDUM OF CONVERSATION\n\n", "Credits:\n", "Kosygin (hereinafter Ke): ", "Ke: ",
                          "Le Duc Tho We ", "Comrade Hysni Kapo said:\n\n“", "Interpreter: Li\n\n"])
TEXTS = st.lists(st.one_of(st.text(max_size=30), PIECES), max_size=30).map(lambda parts: "May 1, 1960\n\nT\n\n" + "".join(parts))
PARSER = Parser(is_known=lambda name: name in {"Mao Zedong", "Zhou Enlai", "Kim Il Sung", "Le Duc Tho"})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_transcript_character_goes_into_exactly_one_piece(text):
    try:
        doc = PARSER.parse_text(text)
    except CoverageError as error:  # the parser's own defect
        raise AssertionError(error.message) from None
    except LdError:
        return
    assert doc.coverage  # the accounting is kept


def test_the_coverage_check_finds_a_gap_and_an_overlap():
    (para,) = split_paragraphs("Mao Zedong: Yes. (Laughter.)", "x")
    assert check_coverage([para], [(1, 0, 0, 11, "label"), (1, 0, 11, 16, "turn"), (1, 0, 17, 28, "stage")]) == []
    assert "in no piece" in check_coverage([para], [(1, 0, 0, 11, "label"), (1, 0, 17, 28, "stage")])[0][1]
    assert "overlaps" in check_coverage([para], [(1, 0, 0, 12, "label"), (1, 0, 11, 28, "turn")])[0][1]


# ------------------------------------------------------------------ the report and the build's summary
def test_the_report_gives_each_document_a_verdict(tmp_path, source_copy):
    (source_copy / "documents" / "9.txt").write_text(
        "May 1, 1960\n\nA meeting\n\nContents:\n\nChairman: Welcome.\n\nMao Zedong: Thanks.\n", encoding="utf-8")
    result = run_cli("report", "--json", "--source", source_copy)
    assert result.returncode == 0, result.stderr
    documents = {d["document"]: d["fidelity"] for d in json.loads(result.stdout)["documents"]}
    assert documents["300025"]["verdict"] == "clean"
    assert documents["300025"]["resolved_by"]["mao-zedong"] == {"register": 25}
    assert documents["9"]["verdict"] == "warnings" and documents["9"]["role_persons"] == ["9-chairman"]
    build = run_cli("build", "-q", "--source", source_copy, "--out", tmp_path / "out", "--no-cache")
    assert build.returncode == 0, build.stderr
    assert "1 document(s) not clean" in build.stderr and ": 9;" in build.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert {d["document"]: d["fidelity"]["verdict"] for d in report["documents"]} == {"300025": "clean", "9": "warnings"}


def test_strict_refuses_an_unknown_speaker(register, tmp_path):
    page = tmp_path / "5.txt"
    page.write_text("May 1, 1960\n\nA meeting\n\nContents:\n\nLI WEI: Welcome.\n", encoding="utf-8")
    with pytest.raises(UnknownSpeaker):
        prepare(page, register, strict=True)


def test_the_report_names_a_refused_page_with_its_reason(source_copy):
    (source_copy / "documents" / "8.txt").write_text("Nothing here looks like a record.\n", encoding="utf-8")
    result = run_cli("report", "--json", "--source", source_copy)
    assert result.returncode == 2 and "1 document(s) refused: 8" in result.stderr
    documents = {d["document"]: d["fidelity"] for d in json.loads(result.stdout)["documents"]}
    assert documents["8"]["verdict"] == "refused" and documents["8"]["line"] == 1 and documents["8"]["hint"]
    assert documents["300025"]["verdict"] == "clean"


def test_a_page_copied_with_its_sections_inline_keeps_its_date_title_and_citation(register):
    """'Skip to content', the date and the title on one line, 'Citation: ...' on one line."""
    linked = prepare(PAGES / "stalin_sed_inline_sections_reported_1952.txt", register)
    doc = linked.doc
    assert (doc.date.value, doc.title) == ("1952-04-01", "Conversation between Joseph V. Stalin and the SED Leadership, "
                                                         "1 April 1952")
    assert doc.citation.url.endswith("/document/900602") and doc.original_language == "Russian"
    assert doc.summary.startswith("Stalin and the East German") and len(doc.turns) == 5


def test_a_first_person_record_s_author_is_the_one_person_not_reported(register, tmp_path):
    linked = prepare(PAGES / "kissinger_dobrynin_first_person_1972.txt", register)
    authors = [t for t in linked.doc.turns if t.label == "I"]
    assert len(authors) == 3 and {linked.speakers[t.position].label for t in authors} == {"Henry Kissinger"}
    assert any(p.code == "speaker-to-confirm" for p in linked.problems)
    # three persons on the list, two of them never reported: the one the archive's summary names, flagged
    page = tmp_path / "5.txt"
    text = (PAGES / "kissinger_dobrynin_first_person_1972.txt").read_text("utf-8")
    text = text.replace("Dr. Henry A. Kissinger", "Dr. Henry A. Kissinger\nWinston Lord, NSC Staff")
    page.write_text(text, "utf-8")
    listed = prepare(page, register)
    first = next(t for t in listed.doc.turns if t.label == "I")
    assert listed.speakers[first.position].label == "Henry Kissinger"
    assert any(p.code == "speaker-to-confirm" for p in listed.problems)
    # ... and when the summary names both, the author is not guessed
    page.write_text(text.replace("Kissinger and Dobrynin discuss", "Kissinger, Lord and Dobrynin discuss"), "utf-8")
    unsure = prepare(page, register)
    first = next(t for t in unsure.doc.turns if t.label == "I")
    assert unsure.speakers[first.position].label == "the author"
    assert any(p.code == "unresolved-role" for p in unsure.problems)


def _scored_page(tmp_path, register, body: str, turns: list[tuple[str, str]]):
    """A page of the Mao-Kim head with ``body`` as its transcript, expected to hold ``turns`` (label, starts) of
    the labels' speakers; the page's path and its score."""
    page = tmp_path / "page.txt"
    page.write_text("May 1, 1960\n\nRecord of Conversation between Mao Zedong and Kim Il Sung\n\nContents:\n\n"
                    "English Translation\n\n" + body, "utf-8")
    page.with_suffix(".expected.toml").write_text('verdict = "clean"\n' + "".join(
        f'[[turn]]\nlabel = "{label}"\nspeaker = "{label}"\nstarts = "{starts}"\n' for label, starts in turns), "utf-8")
    return page, score(page, register, prepare)


def test_the_scorer_counts_one_person_s_turn_cut_in_two_as_split_not_invented(register, tmp_path):
    page, result = _scored_page(tmp_path, register, "Mao Zedong: We will wait.\n\nThe harvest, said Comrade Mao "
                                "Zedong, is good.\n\nKim Il Sung: Ours too.\n",
                                [("Mao Zedong", "We will wait."), ("Kim Il Sung", "Ours too.")])
    assert result.right == 2 and len(result.split) == 1 and not result.invented and result.is_right
    # a turn of someone else there is invented
    page.write_text(page.read_text("utf-8").replace("said Comrade Mao Zedong", "said Comrade Kim Il Sung"), "utf-8")
    result = score(page, register, prepare)
    assert result.invented and not result.split


def test_the_scorer_lines_up_a_turn_whose_opening_holds_a_footnote_call_out(register, tmp_path):
    _, result = _scored_page(tmp_path, register, "Mao Zedong: Comrade Le Duan,[1] when he was here, said so.\n\n"
                             "Kim Il Sung: Yes.\n\n[1] Le Duan, First Secretary of the Workers' Party of Vietnam.\n",
                             [("Mao Zedong", "Comrade Le Duan,[1] when he"), ("Kim Il Sung", "Yes.")])
    assert result.right == 2 and not result.lost and not result.invented


def test_the_scorer_lines_up_a_turn_whose_label_holds_a_lead_and_a_verb(register, tmp_path):
    _, result = _scored_page(tmp_path, register, "Mao Zedong: Welcome.\n\nHaving thanked him for the welcome, Kim Il "
                             "Sung stated: \"We are glad to be here.\"\n",
                             [("Mao Zedong", "Welcome."), ("Kim Il Sung", "Having thanked him for the")])
    assert result.right == 2 and not result.lost and not result.invented


def test_the_scorer_counts_one_person_s_next_paragraph_inside_their_turn_as_merged_not_lost(register, tmp_path):
    body = "Mao Zedong: Welcome.\n\nI also want to say something.\n\nKim Il Sung: Thank you.\n"
    _, result = _scored_page(tmp_path, register, body, [("Mao Zedong", "Welcome."), ("Mao Zedong", "I also want to say"),
                                                        ("Kim Il Sung", "Thank you.")])
    assert result.right == 3 and result.merged == ["I also want to say"] and not result.lost and result.is_right
    # a reader who gives that paragraph to someone else: the published turn is wrong there, and lost
    _, result = _scored_page(tmp_path, register, body, [("Mao Zedong", "Welcome."), ("Kim Il Sung", "I also want to say"),
                                                        ("Kim Il Sung", "Thank you.")])
    assert result.right == 2 and result.lost == ["I also want to say"] and not result.is_right


def test_a_given_name_hyphenated_or_spaced_is_one_name():
    names = Names(())
    assert names.key("Park Choong-hoon").fits(names.key("Choong Hoon Park"))
    assert names.key("Kim Il-sung").fits(names.key("Kim Il Sung"))
    assert not names.key("Park Choong-hoon").fits(names.key("Park Chung Hee"))


def test_the_scorer_lines_up_a_quoted_turn_whose_reading_quotes_its_label_and_colon(register, tmp_path):
    _, result = _scored_page(tmp_path, register, "Mao Zedong: Welcome.\n\nKim Il Sung said: \"We understand this "
                             "well.\"\n", [("Mao Zedong", "Welcome."), ("Kim Il Sung", "Kim Il Sung said: We understand")])
    assert result.right == 2 and not result.lost and not result.invented


def test_a_page_flagged_only_because_its_speaker_is_unknown_is_counted_apart(register, tmp_path):
    # "Pak Sung-chol:" is read as a person the register does not know, where the reader expects Kim Il Sung: the
    # page is flagged only by that, and would go silent if the register knew the person the label names
    _, result = _scored_page(tmp_path, register, "Mao Zedong: We will wait.\n\nPak Sung-chol: Ours too.\n",
                             [("Mao Zedong", "We will wait."), ("Kim Il Sung", "Ours too.")])
    assert not result.is_right and result.checks == {"unknown-speaker"}
    assert summary([result])["wrong_flagged_only_as_unknown"] == 1
    _, right = _scored_page(tmp_path, register, "Mao Zedong: We will wait.\n\nKim Il Sung: Ours too.\n",
                            [("Mao Zedong", "We will wait."), ("Kim Il Sung", "Ours too.")])
    assert summary([right])["wrong_flagged_only_as_unknown"] == 0


def test_the_score_lines_up_a_reading_that_leaves_out_a_points_number_and_quotes_inside(register, tmp_path):
    text = ("April 13, 1976\n\nTelegram From the Embassy in the Soviet Union to the Department of State\n\n"
            "1. I told Gromyko that the negotiations had been brought to a close.\n\n"
            "2. Gromyko said that “we, too, are pleased that it proved possible to come to terms.” He went on.\n\n"
            "3. I said that I would report this.\n")
    result = scored(text, [("Stoessel", "I told Gromyko that the"), ("Andrei Gromyko", "Gromyko said that “we, too,"),
                           ("Stoessel", "I said that I would")], register, tmp_path)
    assert not result.lost and not result.invented, (result.lost, result.invented)


def test_the_scorer_lines_up_a_turn_that_opens_with_the_recorders_parenthesis(register, tmp_path):
    # the reading quotes "(Explained the case ...)" as the turn's first words; the published turn holds them too
    _, result = _scored_page(tmp_path, register, "Mao Zedong: Welcome.\n\nKim Il Sung: (Explained the circumstances of "
                             "the case.) The people demanded it.\n",
                             [("Mao Zedong", "Welcome."), ("Kim Il Sung", "(Explained the circumstances of the case")])
    assert result.right == 2 and not result.lost and not result.invented


def test_the_score_finds_a_turn_whose_reading_quotes_across_a_stage_direction(register, tmp_path):
    # "Brezhnev: Nikolai Viktorovich is right. [Laughter] He is always right ...": the turn is published in two pieces
    # around the stage direction (the second resumes the first); a hand reading that quotes across it found no turn
    result = scored("June 30, 1974\nMemorandum of Conversation between Nixon and Brezhnev\nContents:\n"
                    "Podgorny: Our people watched your visit on television every night.\n\n"
                    "Brezhnev: Nikolai Viktorovich is right. [Laughter] He is always right when he speaks for "
                    "the people.\n",
                    [("Nikolai Podgorny", "Our people watched your visit"),
                     ("Leonid Brezhnev", "Nikolai Viktorovich is right. [Laughter] He")], register, tmp_path)
    assert result.right == 2 and not result.lost and not result.invented, result
    # (and a reading that leaves out a stage direction in parentheses, as it leaves out every parenthesis: "That was
    # appreciated. (Pause.) You will see ...", whose first words alone were no opening of the turn before the pause)
    result = scored("April 5, 1989\nConversation between M. Thatcher and M.S. Gorbachev\nContents:\n"
                    "M.S. GORBACHEV. We gave your services what we had.\n\n"
                    "M. THATCHER. That was appreciated. (Pause.) You will see a great many people in London.\n",
                    [("Mikhail Gorbachev", "We gave your services what we had."),
                     ("Margaret Thatcher", "That was appreciated. (Pause.) You will see")], register, tmp_path)
    assert result.right == 2 and not result.lost and not result.invented, result


def test_words_that_open_sentences_are_no_full_name(register):
    # "Then Later he said ...": a run of capitalised words that are all a sentence's openers names no one (once it gave
    # an empty name, on which the search for a namesake in the notes failed with an IndexError)
    from ld.parse import default_layout

    resolver = Resolver(register, default_layout()["titles"])
    assert [name for _, name in resolver._full_names("Then Later he said it. Later Today we met Nikita Khrushchev.")] \
        == ["Nikita Khrushchev"]
