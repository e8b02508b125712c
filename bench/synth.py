"""A synthetic corpus in the archive's page-export format, for benchmarks.

    python bench/synth.py --docs N --out DIR [--seed S] [--source SRC] [--force] [--manifest FILE]

writes a complete source folder: ``config.toml`` and ``entities.toml`` copied
from SRC (default: the repository's ``source/``) and ``documents/<id>.txt``
with N documents shaped like the real ones:

- the page layout of the export: date line, title, ``Citation:``,
  ``Summary:``, ``Credits:``, ``Original Language:`` and ``Contents:``
  sections, the file-list line, the transcript's heading, sometimes a
  ``Present:`` header line, then the transcript;
- 10 to 120 speech turns per document (log-normal, median about 40);
- 2 to 5 speakers per document, drawn from the register's persons, printed
  with a title ("Comrade") or without, under a variant spelling or alias now
  and then (``Begir Balluku`` for Beqir Balluku), ``<u>``-underlined labels in
  some documents;
- turns from one short sentence to several paragraphs, made of the sentences
  of SRC's own documents (their paragraph shapes, shuffled by the seeded RNG);
- mentions: register surface forms put into sentences; translator's
  ``[bracketed insertions]``; stage directions such as ``(Laughter.)``;
  turns embedded in the previous turn's paragraph; footnote call-outs ``[1]``
  with their footnotes at the end, in some documents;
- dates spread over 1949-1991 (none after the death of a speaker the register
  dates), distinct six-digit ids.

The same seed (and the same SRC) gives byte-identical files. ``generate()``
returns a manifest with what each document holds, in particular ``turns``:
the number of speech-turn segments the project's parser must find.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/synth.py` from a checkout without `pip install -e .`
    sys.path.insert(0, str(ROOT))

from ld.errors import LdError  # noqa: E402
from ld.parse import SENTENCE_END, Parser  # noqa: E402
from ld.register import Entity, Register, load_register  # noqa: E402

DEFAULT_SOURCE = ROOT / "source"
FIRST_DAY = _dt.date(1949, 1, 1)
LAST_DAY = _dt.date(1991, 12, 31)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
URL = "https://wilson-center-digital-archive.dvincitest.com/document/{id}"

# (archive as printed, its gloss, original language, reference template)
ARCHIVES = [
    ("Arkivi Qendror Shtetëror", "Central State Archives, Tirana, Albania", "Albanian",
     "Fondi {f}/AP, Marrëdhëniet me Partinë Komuniste të Kinës, V. {y}, Dos. {d}, Fl. {a}-{b}"),
    ("Archive of the Ministry of Foreign Affairs of the People's Republic of China", "", "Chinese",
     "PRCFMA {d:03d}-0{f}-0{a:02d}"),
    ("Arhivele Naționale ale României", "National Archives of Romania, Bucharest", "Romanian",
     "Fond CC al PCR, Secția Relații Externe, Dosar {d}/{y}, F. {a}-{b}"),
    ("Politisches Archiv des Auswärtigen Amtes", "Political Archive of the Foreign Office, Berlin", "German",
     "MfAA, Fond {f}, A {d}, Fol. {a}-{b}"),
    ("Archiwum Akt Nowych", "Archive of Modern Records, Warsaw", "Polish",
     "KC PZPR, sygn. {f}/{d}, L. {a}-{b}"),
    ("Russian State Archive of Contemporary History", "RGANI", "Russian",
     "Fond {f}, Opis {d}, Delo {a}, L. {a}-{b}"),
    ("Magyar Nemzeti Levéltár Országos Levéltára", "National Archives of Hungary", "Hungarian",
     "M-KS 288. f. {f}/{d}. ő.e., L. {a}-{b}"),
]
TITLE_KINDS = ["Conversation between {names} on {date}", "Record of Conversation between {names}, {date}",
               "Minutes of Conversation between {names}", "Memorandum of Conversation between {names} on {date}",
               "Conversation between {names}"]
SUMMARY_TOPICS = [
    "discuss relations with the Soviet Union and the struggle against modern revisionism",
    "review economic assistance, trade and the delivery of equipment",
    "exchange views on the international situation and the war in Vietnam",
    "discuss border questions and the preparation of an international meeting of parties",
    "talk about the polemics between the parties and the prospects for unity",
    "discuss military cooperation and the training of officers",
    "exchange information on the situation in Europe and relations with the United States",
]
CREDITS = [
    "This document was made possible with support from The Woodrow Wilson International Center for Scholars",
    "This document was made possible with support from the MacArthur Foundation",
    "This document was made possible with support from the Henry Luce Foundation",
    "This document was made possible with support from The Woodrow Wilson International Center for Scholars",
]
STAGE_INLINE = ["Laughter.", "Laughter.", "Laughter.", "Applause.", "Pause.", "Both sides laugh.",
                "Animation in the hall."]
STAGE_STANDALONE = ["The meeting was interrupted for a short break.", "Tea is served.",
                    "The interpreters exchange places.", "Some words are inaudible in the recording."]
CLOSINGS = ["The conversation came to an end.", "The conversation ended.", "End of the conversation."]
MENTION_FRAMES = {  # sentences that name an entity of the register, by its type
    "Person": ["We discussed this question with {} last year.", "This is also the view of {} on the matter.",
               "I will pass this along to {} when I return.", "In a letter, {} raised the same question.",
               "The comrades know well what {} thinks about this.", "Our delegation met {} in the spring."],
    "Organization": ["This is also the view of {} on the matter.", "In a letter, {} raised the same question.",
                     "We have heard that {} does not agree with this line."],
    "Place": ["Our delegation travelled to {} in the spring.", "The situation in {} is changing quickly.",
              "We will come back to the question of {} later."],
    "": ["We spoke about {} at length.", "Everyone here remembers {} well."],
}
EXTRA_INSERTIONS = ["sic", "illegible", "the Soviet Union", "of the Central Committee", "word unclear",
                    "the CPSU", "in the original", "the Party"]
FOOTNOTES = [
    "The name is spelled differently in the original document.",
    "This passage is underlined by hand in the original.",
    "The meaning of this sentence in the original is unclear; the translation follows the most likely reading.",
    "See the record of the previous conversation in the same file.",
    "The same point was made by {} in an earlier conversation.",
]
TITLE_WORDS = ["Comrade"] * 7 + [""] * 2 + ["Mr."]
SPEAKER_WEIGHTS = [1.0, 0.9, 0.3, 0.22, 0.15]
PARAGRAPHS_PER_TURN = [1] * 85 + [2] * 9 + [3] * 4 + [4] * 2
CALLOUT = "\x00"  # where a footnote call-out may go; replaced or dropped before writing


def _last_day(died: str) -> _dt.date:
    """The last day a register's ``died`` (an ISO day, month or year) allows."""
    if len(died) == 10:
        return _dt.date.fromisoformat(died)
    if len(died) == 7:
        year, month = int(died[:4]), int(died[5:])
        return _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
    return _dt.date(int(died), 12, 31)


@dataclass
class Pool:
    """What the generator draws from: the real documents' sentences and shapes, the register's people."""

    sentences: list[str]
    short: list[str]  # one-sentence replies ("No!", "Thank you.")
    paragraph_sizes: list[int]  # sentences per paragraph, as the real turns have them
    insertions: list[str]
    footnotes: list[str]
    forms: list[tuple[str, str]]  # (entity type, surface form) for every form of the register
    frames: dict[str, list[str]]  # MENTION_FRAMES that the parser reads as plain speech
    persons: list["Speaker"]  # who may speak
    weights: list[float]  # how likely each of them speaks: those who speak in SRC's documents most
    translators: list[str]  # as SRC's citations print them, when the register knows them
    stage_inline: list[str]
    stage_standalone: list[str]
    closings: list[str]
    probe: "Probe"


@dataclass
class Speaker:
    entity: Entity
    forms: list[str]  # printed names that resolve to this entity and make a valid label


@dataclass
class Para:
    text: str
    editable: bool = False  # a plain labelled turn paragraph: the incremental benchmark appends to it


@dataclass
class DocInfo:
    id: str
    turns: int = 0  # speech-turn segments the parser must find (labelled turns + resumptions)
    labelled: int = 0
    resumed: int = 0  # turns resumed after a stage direction in the middle of a paragraph
    stage_directions: int = 0
    embedded: int = 0
    footnotes: int = 0
    insertions: int = 0
    mentions: int = 0  # surface forms put in on purpose (the source sentences name more)
    speakers: list[str] = field(default_factory=list)  # slugs, in the order they first speak
    date: str = ""
    edit_line: int = 0  # 1-based line of a plain turn paragraph
    bytes: int = 0


class Probe:
    """Asks the project's parser, through its public ``parse_text``, how it reads a piece of transcript:
    the generator writes only what the parser reads as intended, whatever its rules are today."""

    def __init__(self, register: Register):
        self.register = register
        self.parser = Parser(is_known=lambda name: register.resolve(name) is not None)
        self.ref = ""  # a label known to parse, once the speakers are known
        self._labels: dict[tuple, bool] = {}

    def segments(self, transcript: str):
        try:
            doc = self.parser.parse_text(f"January 1, 1960\n\nProbe\n\nContents:\n\n{transcript}\n")
        except LdError:
            return None
        return [(s.kind, s.text, s.speaker, s.embedded_in, s.continues) for s in doc.segments]

    def label(self, label: str, slug: str, embedded: bool = False, sep: str = ":") -> bool:
        """Is ``label`` read as the label of a turn by ``slug`` at a paragraph's start (and, if ``embedded``,
        after a sentence inside a paragraph)?"""
        key = (label, slug, embedded, sep)
        if key not in self._labels:
            self._labels[key] = self._label(label, slug, embedded, sep)
        return self._labels[key]

    def _label(self, label: str, slug: str, embedded: bool, sep: str) -> bool:
        segs = self.segments(f"{label}{sep} We agree. And more.")
        if not segs or len(segs) != 1 or segs[0][:2] != ("turn", "We agree. And more."):
            return False
        entity = self.register.resolve(segs[0][2] or "")
        if entity is None or entity.slug != slug:
            return False
        if embedded:
            segs = self.segments(f"{label}{sep} We agree. {label}: We agree too.")
            return bool(segs) and len(segs) == 2 and segs[1][0:2] == ("turn", "We agree too.") and segs[1][3] == 1
        return True

    def sentence(self, sentence: str) -> bool:
        """Is ``sentence`` plain speech both inside a paragraph and opening one (no label, stage, bracket)?"""
        if any(c in sentence for c in "()[]<>\x00") or sentence[-1:] not in SENTENCE_END:
            return False
        segs = self.segments(f"{self.ref}: Yes. {sentence}\n\n{sentence}")
        return bool(segs) and len(segs) == 1 and segs[0][1] == f"Yes. {sentence}\n\n{sentence}"

    def stage(self, body: str) -> bool:
        """Is ``(body)`` a stage direction between sentences, after which the turn resumes?"""
        segs = self.segments(f"{self.ref}: Yes. ({body}) No.\n\n({body})")
        return bool(segs) and [s[0] for s in segs] == ["turn", "stage", "turn", "stage"] and segs[2][4] == 1

    def insertion(self, text: str) -> bool:
        if not text or any(c in text for c in "[]()\x00") or text.isdigit():
            return False
        segs = self.segments(f"{self.ref}: Yes. We said [{text}] this.")
        return bool(segs) and len(segs) == 1 and segs[0][1] == f"Yes. We said [{text}] this."


def load_pool(source: Path = DEFAULT_SOURCE) -> Pool:
    """Sentences, paragraph shapes, insertions, footnotes and speakers, from SRC's documents and register,
    read by the project's parser; only what it reads back as intended is kept."""
    register = load_register(Path(source) / "entities.toml")
    probe = Probe(register)
    paragraphs, insertions, footnotes, translators = [], [], [], []
    speaking, named = set(), set()  # slugs of persons who speak in SRC's documents / are named in a turn
    finder = register.finder()
    for path in sorted((Path(source) / "documents").glob("*.txt")):
        doc = probe.parser.parse_file(path)
        for seg in doc.turns:
            speaker = register.resolve(seg.speaker or "")
            if speaker:
                speaking.add(speaker.slug)
            named.update(m.entity for m in finder.find(seg.text, seg.insertions))
            insertions += [seg.text[s.start + 1:s.end - 1] for s in seg.insertions]
            for paragraph in seg.text.split("\n\n"):
                paragraph = re.sub(r"^\d+\)\s*", "", paragraph)  # "1) On domestic issues, ..."
                paragraphs.append(re.sub(r"\[([^\[\]]*)\]", r"\1", paragraph))  # insertions are ours to add
        footnotes += [n.text for n in doc.footnotes if "\n" not in n.text]
        if doc.citation and doc.citation.translator and register.resolve(doc.citation.translator):
            translators.append(doc.citation.translator)
    translators = list(dict.fromkeys(translators))
    translating = {register.resolve(t).slug for t in translators}
    persons, weights = [], []
    for entity in register.entities.values():
        # who speaks in the real documents, or is talked about in their turns; never a translator
        if entity.type != "Person" or entity.slug in translating or entity.slug not in speaking | named:
            continue
        candidates = [entity.label, *entity.surface_forms, *(n for _, n in entity.names)]
        forms = [f for f in dict.fromkeys(candidates) if latin(f) and probe.label(f, entity.slug, embedded=True)]
        if forms:
            persons.append(Speaker(entity, forms))
            weights.append(3.0 if entity.slug in speaking else 1.0)
    if len(persons) < 2:
        raise ValueError(f"{source}: needs at least two persons of the register who speak or are named in "
                         "the turns of its documents")
    probe.ref = persons[0].forms[0]
    sentences, sizes = [], []
    for paragraph in paragraphs:
        found = [s for s in split_sentences(paragraph) if probe.sentence(s)]
        if found:
            sizes.append(len(found))
            sentences += found
    if not sentences:
        raise ValueError(f"no usable sentences in {source}/documents/*.txt")
    sentences = list(dict.fromkeys(sentences))
    forms = [(e.type, f) for e in register.entities.values() if not e.local_to for f in e.surface_forms
             if probe.sentence(f"We spoke about {f} at length.")]
    frames = {kind: [f for f in options if probe.sentence(f.format(persons[0].entity.label))]
              for kind, options in MENTION_FRAMES.items()}
    short = [s for s in sentences if len(s) <= 40]
    return Pool(
        sentences=sentences, short=short or sentences, paragraph_sizes=sizes,
        insertions=[i for i in dict.fromkeys(insertions + EXTRA_INSERTIONS) if probe.insertion(i)],
        footnotes=footnotes + FOOTNOTES, forms=forms, frames=frames, persons=persons, weights=weights,
        translators=translators,
        stage_inline=[b for b in STAGE_INLINE if probe.stage(b)] or ["Laughter."],
        stage_standalone=[b for b in STAGE_STANDALONE if probe.stage(b)] or ["Pause."],
        closings=[b for b in CLOSINGS if probe.stage(b)] or ["Pause."],
        probe=probe)


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?…])\s+(?=[A-Z\"“‘])", text) if s.strip()]


def latin(text: str) -> bool:
    """Printed in Latin script (an English translation prints names so), diacritics allowed."""
    return all(not c.isalpha() or c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in text)


class DocumentWriter:
    """One synthetic document, drawn from its own RNG."""

    def __init__(self, doc_id: str, rng: random.Random, pool: Pool):
        self.rng, self.pool, self.probe = rng, pool, pool.probe
        self.info = DocInfo(doc_id)
        self.note_rate = 0.0

    # -- pieces --------------------------------------------------------------
    def sentence(self, short: bool = False) -> str:
        rng = self.rng
        text = rng.choice(self.pool.short if short else self.pool.sentences)
        if not short and rng.random() < 0.07:  # a mention put in on purpose
            kind, form = rng.choice(self.pool.forms)
            if kind in ("Person", "Organization") and rng.random() < 0.4 and text.endswith(".") and \
                    not text.endswith(".."):
                text = f"{text[:-1]}, as {form} also said."
            else:
                text = rng.choice(self.pool.frames.get(kind) or self.pool.frames[""]).format(form)
            self.info.mentions += 1
        if rng.random() < 0.025:
            text = self.insert(text, "[" + rng.choice(self.pool.insertions) + "]")
            self.info.insertions += 1
        if self.note_rate and rng.random() < self.note_rate:
            text = self.insert(text, CALLOUT, before=False)  # a candidate place for a footnote call-out
        return text

    def insert(self, sentence: str, piece: str, before: bool = True) -> str:
        """``piece`` before (or glued after) a word of the sentence, never before its first word."""
        words = sentence.split(" ")
        if len(words) < 3:
            return f"{sentence[:-1]} {piece}{sentence[-1]}" if before else f"{sentence[:-1]}{piece}{sentence[-1]}"
        index = self.rng.randrange(1, len(words) - 1)
        if before:
            words.insert(index, piece)
        else:
            word = words[index]
            stripped = word.rstrip(",;.!?")
            words[index] = stripped + piece + word[len(stripped):]
        return " ".join(words)

    def paragraph(self, sentences: int) -> list[str]:
        return [self.sentence() for _ in range(sentences)]

    def turn_body(self, verbosity: float) -> list[list[str]]:
        """Paragraphs of sentences: one short reply, one paragraph, or several."""
        rng = self.rng
        if rng.random() < 0.28 / verbosity:
            return [[self.sentence(short=True)]]
        count = rng.choice(PARAGRAPHS_PER_TURN)
        if verbosity > 1.3 and rng.random() < 0.15:
            count += 1
        return [self.paragraph(rng.choice(self.pool.paragraph_sizes)) for _ in range(count)]

    def date(self) -> tuple[_dt.date, float]:
        """The day, and how the page prints it (a number in [0, 1): a day, a month or a year)."""
        rng = self.rng
        day = FIRST_DAY + _dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        return day, rng.random()

    def date_texts(self, day: _dt.date, kind: float) -> tuple[str, str, _dt.date]:
        """(the date line, the date as a title prints it, the day); records the ISO date."""
        month = MONTHS[day.month - 1]
        if kind < 0.9:
            self.info.date = day.isoformat()
            return f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}", day
        if kind < 0.97:
            self.info.date = f"{day.year:04d}-{day.month:02d}"
            text = f"{month} {day.year}"
            return text, text, day
        self.info.date = f"{day.year:04d}"
        return str(day.year), str(day.year), day

    # -- the document ----------------------------------------------------------
    def write(self) -> str:
        rng, info = self.rng, self.info
        day, kind = self.date()
        k = rng.choices([2, 3, 4, 5], weights=[45, 30, 15, 10])[0]
        speakers = weighted_sample(rng, self.pool.persons, self.pool.weights, k)
        # (no speaker after his death, which the register may record: no record has Ho Chi Minh speak in 1975)
        day = min([day, *(_last_day(s.entity.died) for s in speakers if s.entity.died)])
        date_line, date_words, day = self.date_texts(day, kind)
        title_word = rng.choice(TITLE_WORDS)
        labels = [self.labels_for(s, title_word) for s in speakers]
        translator = rng.choice(self.pool.translators) if self.pool.translators else ""

        named = [f"{title_word} {s.entity.label}".strip() for s in speakers[:rng.choice([2, 2, 3])]]
        names = " and ".join(named) if len(named) == 2 else f"{', '.join(named[:-1])} and {named[-1]}"
        title = rng.choice(TITLE_KINDS).format(names=names, date=date_words)
        archive, gloss, language, reference = rng.choice(ARCHIVES)
        f, d, a = rng.randrange(1, 120), rng.randrange(1, 400), rng.randrange(1, 60)
        reference = reference.format(f=f, d=d, a=a, b=a + rng.randrange(1, 25), y=day.year)
        held = f"{archive} ({gloss})" if gloss else archive
        credit = f" Contributed and translated by {translator}." if translator else ""
        citation = f"\"{title}\", {date_line}, Wilson Center Digital Archive, {held}, {reference}.{credit} " \
                   f"{URL.format(id=info.id)}"
        summary_names = " and ".join(s.entity.label for s in speakers[:2])
        head = [date_line, title, "Citation:", citation, "Summary:",
                f"{summary_names} {rng.choice(SUMMARY_TOPICS)}.", "Credits:", rng.choice(CREDITS),
                "Original Language:", language, "Contents:", "Original Scan Translation - English"]
        if rng.random() < 0.7:
            head.append(f"<u>{title}</u>" if rng.random() < 0.6 else title)
        if rng.random() < 0.2:
            head.append("Present: " + ", ".join(f"{title_word} {s.entity.label}".strip() for s in speakers) + ".")

        paras = [Para(text) for text in head]
        self.note_rate = 0.04 if rng.random() < 0.3 else 0.0
        paras += self.transcript(speakers, labels)
        if rng.random() < 0.3:
            paras.append(Para(f"({rng.choice(self.pool.closings)})"))
            info.stage_directions += 1
        text = "\n\n".join(p.text for p in paras)
        text, notes = self.footnotes(text)
        editable = [n for n, p in enumerate(paras) if p.editable]
        info.edit_line = 2 * editable[len(editable) // 2] + 1 if editable else 0
        text = "\n\n".join([text, *notes]) + "\n"
        info.bytes = len(text.encode("utf-8"))
        return text

    def labels_for(self, speaker: Speaker, title_word: str) -> list[tuple[str, bool]]:
        """(label, may be embedded) for this speaker in this document, the usual one first."""
        out = []
        for form in speaker.forms:
            if title_word and not form.startswith(title_word) and not form[:1].islower():
                label = f"{title_word} {form}"
                if self.probe.label(label, speaker.entity.slug):
                    out.append((label, self.probe.label(label, speaker.entity.slug, embedded=True)))
                    continue
            out.append((form, True))
        return out

    def transcript(self, speakers: list[Speaker], labels: list[list[tuple[str, bool]]]) -> list[Para]:
        rng, info = self.rng, self.info
        n = max(10, min(120, round(rng.lognormvariate(math.log(40), 0.55))))
        weights = SPEAKER_WEIGHTS[:len(speakers)]
        verbosity = [rng.uniform(0.6, 2.2) for _ in speakers]
        underline = rng.choice([0.0, 0.0, 0.5, 0.8, 0.95])
        variant_rate = rng.choice([0.0, 0.05, 0.15, 0.3])
        embed_rate, stage_rate = rng.choice([0.0, 0.02, 0.05]), rng.choice([0.0, 0.01, 0.04])
        paras: list[Para] = []
        previous = None
        last_is_turn = False  # the last paragraph holds (the end of) a turn: an embedded turn may follow
        for number in range(n):
            choices = [i for i in range(len(speakers)) if i != previous]
            who = rng.choices(choices, weights=[weights[i] for i in choices])[0]
            previous = who
            if speakers[who].entity.slug not in info.speakers:
                info.speakers.append(speakers[who].entity.slug)
            options = labels[who]
            label, embeddable = options[0] if len(options) == 1 or rng.random() >= variant_rate \
                else rng.choice(options[1:])
            printed = f"<u>{label}</u>" if rng.random() < underline else label
            body = self.turn_body(verbosity[who])
            sep = ":"
            if number and rng.random() < 0.01 and label.split(" ")[0] in TITLE_WORDS and \
                    self.probe.label(label, speakers[who].entity.slug, sep="."):
                sep = "."  # "<u>Comrade Mao Zedong</u>. We also think this."
            first = f"{printed}{sep} " + " ".join(body[0])
            info.labelled += 1
            plain = True
            if len(body[0]) > 1 and rng.random() < stage_rate / 2:
                # a stage direction inside the paragraph: the rest of it resumes the turn
                cut = rng.randrange(1, len(body[0]))
                first = f"{printed}{sep} " + " ".join(body[0][:cut]) + f" ({rng.choice(self.pool.stage_inline)}) " + \
                        " ".join(body[0][cut:])
                info.stage_directions += 1
                info.resumed += 1
                plain = False
            if number and last_is_turn and embeddable and sep == ":" and rng.random() < embed_rate:
                paras[-1].text += " " + first  # "... amongst the capitalists. Comrade Zhou Enlai: They lack unity."
                paras[-1].editable = False
                info.embedded += 1
            else:
                paras.append(Para(first, editable=plain and len(body) == 1))
            paras += [Para(" ".join(p)) for p in body[1:]]
            last_is_turn = True
            if rng.random() < stage_rate:
                paras[-1].text += f" ({rng.choice(self.pool.stage_inline)})"
                paras[-1].editable = False
                info.stage_directions += 1
            elif rng.random() < stage_rate / 4:
                paras.append(Para(f"({rng.choice(self.pool.stage_standalone)})"))
                info.stage_directions += 1
                last_is_turn = False
        info.turns = info.labelled + info.resumed
        return paras

    def footnotes(self, text: str) -> tuple[str, list[str]]:
        """Turn one to three of the candidate places into call-outs [1], [2]... in order; the notes."""
        rng = self.rng
        places = text.count(CALLOUT)
        chosen = sorted(rng.sample(range(places), min(places, rng.choice([1, 1, 1, 2, 3])))) if places else []
        pieces = text.split(CALLOUT)
        out, notes = [pieces[0]], []
        for index, piece in enumerate(pieces[1:]):
            if index in chosen:
                number = len(notes) + 1
                out.append(f"[{number}]")
                note = rng.choice(self.pool.footnotes)
                person = rng.choice([p.entity.label for p in self.pool.persons])
                notes.append(f"[{number}] " + (note.format(person) if "{}" in note else note))
            out.append(piece)
        self.info.footnotes = len(notes)
        return "".join(out), notes


def weighted_sample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    """k distinct items, each draw in proportion to its weight."""
    items, weights, chosen = list(items), list(weights), []
    for _ in range(min(k, len(items))):
        index = rng.choices(range(len(items)), weights=weights)[0]
        chosen.append(items.pop(index))
        weights.pop(index)
    return chosen


def generate(n: int, out_dir: Path, seed: int = 0, source: Path = DEFAULT_SOURCE, force: bool = False) -> dict:
    """Write N synthetic documents and SRC's config.toml and entities.toml into ``out_dir``.

    Returns the manifest: ``{"seed", "source", "documents": {id: {...}}, "totals": {...}}``; each document
    records ``turns`` (speech-turn segments the parser must find) and ``edit_line`` (a plain turn paragraph).
    """
    if n < 1 or n > 900_000:
        raise ValueError("--docs must be between 1 and 900000")
    source, out_dir = Path(source), Path(out_dir)
    documents = out_dir / "documents"
    stale = sorted(documents.glob("*.txt")) if documents.is_dir() else []
    if stale and not force:
        raise FileExistsError(f"{documents} already holds documents: pass --force (force=True) to replace them")
    for path in stale:
        path.unlink()
    documents.mkdir(parents=True, exist_ok=True)
    for name in ("config.toml", "entities.toml"):
        shutil.copyfile(source / name, out_dir / name)
    pool = load_pool(source)
    ids = [str(i) for i in random.Random(seed).sample(range(100_000, 1_000_000), n)]
    manifest = {"seed": seed, "source": str(source), "documents": {}}
    for doc_id in sorted(ids):
        writer = DocumentWriter(doc_id, random.Random(f"ldpub-synth:{seed}:{doc_id}"), pool)
        text = writer.write()
        (documents / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))
        manifest["documents"][doc_id] = vars(writer.info)
    docs = manifest["documents"].values()
    manifest["totals"] = {key: sum(d[key] for d in docs) for key in
                          ("turns", "stage_directions", "embedded", "footnotes", "insertions", "mentions", "bytes")}
    manifest["totals"]["documents"] = n
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True, help="how many documents")
    ap.add_argument("--out", type=Path, required=True, help="the source folder to write")
    ap.add_argument("--seed", type=int, default=0, help="RNG seed (default 0); same seed, same bytes")
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                    help="where config.toml, entities.toml and the real documents are (default: source/)")
    ap.add_argument("--force", action="store_true", help="replace documents already in --out")
    ap.add_argument("--manifest", type=Path, help="also write the manifest (JSON) to this file")
    args = ap.parse_args(argv)
    try:
        manifest = generate(args.docs, args.out, args.seed, args.source, args.force)
    except (ValueError, FileExistsError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.manifest:
        args.manifest.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    t = manifest["totals"]
    print(f"wrote {t['documents']} documents ({t['turns']} turns, {t['bytes'] / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
