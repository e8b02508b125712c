"""Read one page export of the archive into a ``Document``.

The layout (section names, titles that precede a speaker's name, header lines,
stage-direction words, inline short-name declarations, reported speech,
citation patterns) is data: ``ld/data/layout.toml``, overridable per document
through the sidecar's ``[layout]`` table. The parser knows nothing about any
particular document.

What the parser reads as a speaker label, at a paragraph's start:

- optional article and title, then a name of capitalised words, initials or
  [bracketed] insertions, then ``:`` -- "Comrade Mao Zedong:", "MAO ZEDONG:",
  "CHEN Yi:", "Vice Premier CHEN [Yi]:", "Chairman:", "The Premier:", "N.S.:";
- the same with a period when a title stands first ("Comrade Mao Zedong.");
- a name and a reporting verb before a colon ("Mao Zedong said: ...").

Inside a paragraph, after a sentence's end, only a label with a colon that has a
title, is known (register, sidecar [speakers], declared short name) or is in
capitals starts an embedded turn. Anything else is text. A page in which no
turn can be found is a ``ParseError`` that says what looked like a label and
which sidecar key would make it parse; the parser never guesses a split.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import string
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, fields, replace
from datetime import date as _date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable

from ld import regexes
from ld.errors import ConfigError, CoverageError, InputError, LdError, ParseError
from ld.model import Citation, Date, Document, Footnote, Location, Segment, Span

MARKUP = re.compile(r"</?(?:u|i|b|em|strong|span|p)\b[^>]*>", re.I)
CALLOUT = re.compile(r"\[(\d{1,3})\]|註(\d{1,3})")  # (or a Korean database's "註03")
INSERTION = re.compile(r"\[[^\[\]]+\]")
URL_START = re.compile(r"[a-z]{3,6}://")
DASHES = (" - ", "–", "—", "--")
HONORIFIC_ABBREVIATIONS = {"Dr", "Mr", "Mrs", "Ms", "Gen", "Col", "Amb", "Com", "Cde", "Prof"}
GLUED_CALLOUT = re.compile(r"(?<=[a-z])\d{1,3}$")  # a footnote's number glued to a name's last word
# an office, where it is held, then the holder's surname: "Soviet ambassador to India Benediktov"
OFFICE_PLACE_NAME = re.compile(r"\b(?i:ambassador|envoy|counsellor|counselor|consul|charg[ée] d['’ʼ]affaires|minister)"
                               r"[ ]+(?:to|in|at)[ ]+(?:the[ ]+)?(?:[A-Z][\w’'\-]*[ ]+){1,3}([A-Z][\w’'\-]{2,})$")
# "He" and a verb introducing the next paragraphs, after the sentence that names him: "He expounded the following:"
HE_INTRODUCES = re.compile(r"(?<=[.!?…\]][ ])(?:He|She)[ ]+(?:[a-z]+ly[ ]+)?[a-z]+(?:[ ]+[a-z]+)?[ ]+"
                           r"(?:the[ ]+following|as[ ]+follows)\b[^:.]{0,40}:$")
NAME_IN_NARRATION = re.compile(r"\b(?:[A-Z]\.[ ]?){1,3}[A-Z][a-z]{2,}\b"  # ("Comrade O. B. Rakhmanin")
                               r"|\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}\b")  # "Le Dong", "Pak Song-chol"
# a role, in any case, and its verb closing a paragraph that introduces the next: "..., the premier said:"
ROLE_SAID = re.compile(r"\b[Tt]he[ ]+([A-Za-z]+(?:[ ][A-Za-z]+)?)[ ]+([a-z]+(?:[ ][a-z]+)?):$")
# a topic run in before the author's first-person report: "Congress: I opened by telling him ...", "Cairo Conference: I
# asked him what he expected ..." (a verb in the past after "I")
HEADED_FIRST_PERSON = re.compile(r"(?P<topic>[A-Z][\w’'\-]*(?:[ ](?:of[ ]|the[ ]|and[ ])?[A-Z][\w’'\-]*){0,3}):[ ]+"
                                 r"(?=I[ ]+(?:then[ ]+|also[ ]+|first[ ]+)?[a-z]{2,}(?:ed|ld|ok|id|ew|ave|ent|ose)\b)")
# a paragraph that opens in its author's first person, after its number or letter: "c. I asked whether ...", "Myself I thanked"
OWN_START = re.compile(r"(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-h][.)])[ ]+)?(?:Myself,?[ ])?(?:I|\[I\])[ ]")
ARTICLES = "al|el|ad|as|ash|az"  # an Arabic name's article, before a hyphen: "al-Assad"
ARABIC_ARTICLE = re.compile(rf"(?:{ARTICLES})-[A-Z]")
# abbreviations of two letters that are no surname cut short before a colon ("No.: 4", "Re.: ...")
NOT_CUT_SHORT = {"no", "nr", "re", "op", "cf", "pp", "ff", "ms", "mr", "dr", "fo"}
MONSIEUR_LABEL = re.compile(r"M\.[ ]?([A-Z][\w’'\-]{2,})[^:.\n]{0,40}:")
# an initial glued to the name after it: "A.A.Gromyko", "Sh.M.Dost"
GLUED_INITIAL = re.compile(r"(?<=[^\W\d_]\.)(?=[A-Z][\w’'])|(?<=\b[A-Z][a-z]\.)(?=[A-Z])")
# "M." before a name that is no initial: Monsieur, in a French record (see Parser.monsieur)
MONSIEUR = re.compile(r"M\.[ ]?(?=[A-Z][\w’'\-]{2,})")
# the rest of a word the editor completed, glued to its first letters: "M[oro]", "K[osygin]"
GLUED_COMPLETION = re.compile(r"(?<=\w)\[([a-z][\w'’-]*)\]")
# "[1] ...", or FRUS's source note "1 Source: ..." or "1. Source: ..." (its number is the one glued to the heading)
# a page's notes after the record, under a heading of their own, numbered "1. ..."
NOTES_HEADINGS = {"notes", "notes:", "endnotes", "endnotes:", "footnotes", "footnotes:"}
NUMBERED_NOTE = re.compile(r"^(?P<n>)(?P<m>\d{1,3})\.\s+(?P<text>.*)$", re.S)
# a note printed where it falls, in the plain text of the State Department's old FRUS pages: "/2/On February 6, ..."
# (its mark in the text above: "the Dimona reactor/2/ and ...")
SLASHED_NOTE = re.compile(r"^/(?P<n>\d{1,3})/(?P<text>[A-Z“\"(\[].*)$", re.S)
COLUMN_GAP = re.compile(r"[ \u00a0]{4,}|\t+")  # between two columns of a list set in columns
# (not a date whose day the editor restored: "[23] December 1957")
FOOTNOTE_DEF = re.compile(r"^(?:\[(?P<n>\d{1,3})\](?!\s+(?:January|February|March|April|May|June|July|August|September"
                          r"|October|November|December)[ ]+\d{4}\s*$)"
                          r"|(?P<m>\d{1,3})\.?(?=\s+Source:)|註(?P<k>\d{1,3})(?=\s+[A-Z\[(“\"])"
                          r"|(?P<d>-)(?=[ ]Source:[ ][A-Z][^\n↩]{20,}$))"  # (a FRUS copy's first note as a list's item)
                          r"\s+(?P<text>.*)$", re.S)
# "from the journal of / N. G. SUDARIKOV": the record is written in its author's first person
JOURNAL_OF = re.compile(r"^(?:from\s+)?(?:the\s+)?(?:journal|diary|notebook|log)"
                        r"(?:\s+of\b[\s:]*(?P<name>[^\W\d_][^\n]{0,60})?)?$", re.I)
# the journal's keeper, on the line after "From the diary of the ambassador of the USSR": "In the DPRK, Comrade
# Ivanov V.I. for the period"
# (or his initials and surname right after his office: "From the diary of the Deputy Minister for Foreign Affairs of
# the USSR V.G. Dekanozov, dated 5 August 1946")
JOURNAL_NAME = re.compile(r"\b(?i:diary|journal)[ ]+of[ ]+the[ ]+[^.]{0,80}?"
                          r"(?:\b(?:Comrade|Cde\.|Com\.)[ ]+|[ ](?=(?:[A-Z]\.[ ]?){1,3}[A-Z][a-z]))"
                          r"(?P<name>(?:[A-Z]\.[ ]?){0,3}[A-Z][\w’'\-]+(?:[ ](?:[A-Z]\.[ ]?){1,3})?)")
# a Soviet memorandum's heading that names its author by office and initials, then whom he talked with: "Memorandum of
# conversation / of the Ambassador of the USSR to the USA A.F. Dobrynin with / Kissinger, ..."
MEMO_OF_NAMED = re.compile(r"\b(?i:memorandum|record)[ ]+of[ ]+(?:a[ ]+)?(?i:conversation)\s+of\s+the\s+"
                           r"(?:[^.\n]|\n(?!\n)){0,80}?\s(?P<name>(?:[A-Z]\.[ ]?){1,3}[A-Z][a-z][\w’'\-]+)\s+with\b")
# a title that names the first person's author: "... with Myself [Kadri Hazbiu] and ...", "Excerpts from
# Tsedenbal's diary on ...", "The Diary of V. V. Kuznetsov" ("From S. I. Kavtaradze's Diary": not "From S. I. ...")
TITLE_AUTHOR = re.compile(r"\b(?:[Mm]yself|me)[ ]*\[(?!Page[ ]|p\.[ ]|\d)(?P<own>[^\[\]]{3,60})\]"  # (no page mark)
                          r"|(?P<name>(?:(?!(?:From|Excerpts?|Extracts?)[ ])"
                          r"[A-Z][\w.’'\-]*[ ]){0,3}"
                          r"[A-Z][\w’'\-]+)['’ʼ]s[ ]+(?:[Dd]iary|[Jj]ournal|[Nn]otebook|[Nn]otes"
                          r"|[Rr]ecord[ ]of[ ](?:conversation|(?:their|the|a)[ ](?:[Mm]eeting|[Cc]onversation|[Tt]alk))"
                          r"|[Rr]eport[ ]to)\b"
                          r"|\b(?i:diary|journal|notebook)[ ]+(?i:of)[ ]+(?P<of>[A-Z][^\n]{2,80})"  # (or in capitals)
                          # (or a FRUS heading: "Hagerty Diary, Friday, June 25, 1954")
                          r"|\b(?P<keeper>(?:[A-Z][\w.’'\-]*[ ]){0,2}[A-Z][\w’'\-]+)[ ]+Diary,[ ]+(?=\d|(?:Mon|Tues|Wednes|Thurs"
                          r"|Fri|Satur|Sun)day\b)")
# "Report from Etre Sándor, 'Conversation with ...'": who writes the report, and its "I said ..." (a person's
# name of two words or more; "Report from the Hungarian Embassy" names none)
# ("CDS Report No. 29 from Choi Duk Shin to the President", "Letter from ...": numbered, or a letter or a cable)
# a FRUS telegram from a mission abroad, or from its head, which its head writes in the first person: "Telegram From the
# Embassy in the Soviet Union to the Department of State", "The Ambassador in the Soviet Union (Smith) to the Secretary"
FROM_A_MISSION = re.compile(r"\b(?:Telegram|Despatch|Airgram)[ ]+From[ ]+the[ ]+(?:Embassy|Mission|Legation|Delegation"
                            r"|Consulate(?:[ ]General)?)[ ]+(?:in|at|to)[ ]+|^The[ ]+(?:Ambassador|Minister"
                            r"|Chargé(?:[ ]d['’ʼ]Affaires(?:[ ]ad[ ]interim)?)?|Consul(?:[ ]General)?"
                            # (or any office abroad: "The Counselor of Embassy in China (Smyth) to the Secretary of
                            # State", "The Political Adviser in Japan (Atcheson) to the Secretary of State")
                            r"|(?:[A-Z][a-z]+[ ]+){0,3}(?:Counsel+or|Secretary|Adviser|Advisor|Representative|Envoy"
                            r"|Commissioner|Officer|Agent)(?:[ ]+of[ ]+Embassy)?)"
                            r"[ ]+(?:in|at|to)[ ]+[^()]{2,80}\([A-Z][\w’'\-]+\)[ ]+to[ ]+the[ ]")
REPORT_FROM = re.compile(r"\b(?:Report|Note|Record|Memorandum|Information|Letter|Cable|Telegram|Dispatch|Message)"
                         r"(?:[ ]+(?i:no)\.?[ ]*\d+)?[ ]+(?:from|by)[ ]+"
                         # (after the office: "Cable from Chinese Ambassador in North Korea Jiao Ruoyu, '...'")
                         r"(?:(?:[A-Z][\w\-]*[ ]){0,2}(?:Ambassador|Consul|Chargé d['’ʼ]Affaires)"
                         r"(?:[ ](?:in|to)(?:[ ][A-Z][\w\-]*){1,3})?[ ])?"
                         r"(?:\[[^\[\]]{2,80}\][ ]+)?"  # (or the editor's office: "Report by [Canadian Minister ...] Pearson")
                         # (a surname alone after the office, before whom it goes to: "Cable from Soviet Ambassador to
                         # Cuba Alekseev to USSR Foreign Ministry")
                         r"(?:(?P<surname>[A-Z][a-z][\w’'\-]+)(?=[ ]+to[ ])"
                         r"|(?P<name>(?:[A-Z][\w.’'\-]*[ ]){1,3}[A-Z][\w’\-]*\w)(?=[ ]*(?:[,:;(]|$)|[ ]+(?:on|to)\b"
                         r"|[ ]+['‘\"“][A-Z]"  # ("Report from Várkonyi József 'The visit of ...'")
                         r"|[ ]+(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December)[ ]\d)"  # ("Report by Eric Johnston October 6, 1958.")
                         # (or a surname and the post in brackets: "Telegram from Maneli (Saigon) to Spasowski (Warsaw)")
                         r"|(?P<posted>[A-Z][a-z][\w’'\-]+)(?=[ ]\([A-Z][\w ]{2,30}\)[ ]+to\b)"
                         # (or a surname alone before his talk: "Report by Mr. Pearson on his Talk with ...", "Record by
                         # Rotsey1 of Conversation with Imai", its note's number glued on)
                         r"|(?:Mr\.[ ]|Comrade[ ])?(?P<single>[A-Z][a-z](?:[^\W\d_]|[’'\-])+)(?=[ ]+on[ ]+(?i:his|her)[ ]"
                         r"|\d{0,2}[ ]+of[ ]+(?:a[ ]+)?(?:Conversation|Talk|Discussion|Meeting)s?\b)"
                         # (or his name apposed to the office: "Telegram from the Czechoslovak Ambassador in Kabul,
                         # Karmelita, to Prague")
                         r"|the[ ]+(?:[A-Z][\w\-]*[ ]){0,2}(?:Ambassador|Consul|Chargé[ ]d['’ʼ]Affaires|Envoy|Minister)"
                         r"(?:[ ](?:in|to)(?:[ ][A-Z][\w\-]*){1,3})?,[ ]+"
                         r"(?P<apposed>(?:[A-Z][\w.’'\-]*[ ]){0,2}[A-Z][\w’'\-]+),[ ]+to\b)")
# a Chinese label that says who speaks and that he speaks: "毛泽东说:", "周恩来接着说:", "總理笑著說(shuō):" (the name, then
# how, then the verb, and a reading in pinyin the page may gloss it with)
CJK_SAID = re.compile(r"(?P<who>[\u3400-\u9fff·]{2,8}?)(?:又|再|也|还|還|则|則|接着|接著|笑着|笑著|补充|補充|在答[词詞]中"
                      r"|在一旁插[话話]|[听聽][后後]|随即|隨即)?(?:回答|插[话話]|答)?(?:说|說|説|道|问|問|指出|表示|回答|答)"
                      r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\))?")
# the head of what the author heard from someone: "From a conversation with Ambassador of the USSR, Drezdenko on ...:"
FROM_CONVERSATION = re.compile(r"From[ ](?:a|the|my|our)[ ]conversations?[ ]with[ ]+(?:(?:the[ ]+)?(?:[A-Z][\w.]*[ ]+)"
                               r"{0,2}(?:of[ ]+the[ ]+[A-Z][\w.]*[ ]*)?,?[ ]+)?(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)"
                               r"(?:[ ,][^:]{0,120})?:")
# a person's name, then a mark no label shape of the layout may read ("Cde. Molotov--Left", "Molotov ~ Left", "MOLOTOV /
# Left"): the last net under the label shapes, for a paragraph that joins another's turn
NAME_MARK = re.compile(r"(?:(?:Cde|Com|Comrade|Mr|Mrs|Dr)\.?[ ]+)?(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})"
                       r"[ ]*(?:--|[–—~/|>»]|\.{2,})[ ]*(?=[A-Z])")
# a working note's heading of one member's report: "Information of Cde. Zhukov."
INFORMATION_OF = re.compile(r"(?:Information|Report|Statement|Remarks|Speech)[ ]+(?:of|by)[ ]+(?:(?:Cde|Com|Comrade)\.?[ ]+)?"
                            r"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)\.?")
# a telegram relayed by the desk that received it, naming the one who wrote it and its "I": "Com. Wojtasik informs in
# his telegram No 159 dated 19th this month:"
RELAYED_TELEGRAM = re.compile(r"(?:(?:Com\.|Comrade|Cde\.|Ambassador)[ ]+)?(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)"
                              r"[ ]+(?:informs|reports|writes|communicates|cables)[ ]+in[ ]+(?:his|her)[ ]+"
                              r"(?:telegram|cable|cryptogram|ciphergram|letter|report|dispatch)\b[^:]{0,80}:")
# a documents reader's heading of one document: "DOCUMENT No. 76: Report by Soviet Ambassador Stepan Chervonenko to ..."
DOCUMENT_HEADING = re.compile(r"\bDOCUMENT[ ]No\.[ ]?\d{1,4}:[ ]+[^:]{10,300}")
# a telegram's title naming its sender by a surname alone: "Ciphered Telegram, Shtykov to Feng Xi [Stalin]"
CIPHER_TITLE = re.compile(r"(?:(?:Ciphered|Coded|Cipher|Encrypted)[ ]+)?(?:Telegram|Cable|Report|Letter|Note),[ ]+"
                          r"(?P<sender>[A-Z][a-z][\w’'\-]+)[ ]+to[ ]+[A-Z]")
# a telegram's date in figures (the month in Roman numerals or not), then its sender's surname: "7.II.50 Shtykov"
# (or in capitals, and with initials: "27.X.62 ALEKSEEV", "1.XI.62 A. DOBRYNIN")
DATED_SURNAME = re.compile(r"(?:\d{1,2}\.(?:[IVX]{1,4}|\d{1,2})\.(?:\d{4}|\d{2})\.?|\d{1,2}/\d{1,2}/\d{2})[ ]+"  # ("10/30/62")
                           r"(?P<name>(?:[A-Z]\.[ ]?){0,3}(?:[A-Z][a-z][\w’'\-]+|[A-Z]{4,}))")
# a title that opens with its author's initialled name: "V.A. Zorin, Memorandum of Conversation with ..."
NAME_THEN_RECORD = re.compile(r"(?P<name>(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+),[ ]+"
                              r"(?:Memorandum|Record|Note|Notes|Journal|Report)\b"
                              # (or after the kind and a comma, before whom it goes to: "Report, Zhou Enlai to Chairman Mao")
                              r"|(?:Report|Letter|Cable|Telegram|Note|Memorandum),[ ]+"
                              r"(?P<sender>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2})[ ]+to[ ]"
                              # (or after its file code, before the author's office: "Memorandum DEM/91, Luiz Augosto de
                              # Castro Neves, Deputy Chief of the Energy ... Division, 'Brazil-Argentina ...'")
                              r"|(?:Memorandum|Report|Note)[ ][A-Z]{2,6}/?\d{1,5},[ ]+(?P<coded>[A-Z][\w’'\-]+"
                              r"(?:[ ](?:de|da|do|dos|das|del|la|van|von|[A-Z][\w’'\-]+)){1,5}),[ ]+(?:Deputy[ ]|Acting[ ])?"
                              r"(?:Chief|Head|Director|Minister|Ambassador|Counsel+or|Secretary)\b")
# notes that head each speaker's words: "From Gromyko’s remarks.", "From Gorbachev’s concluding remarks."
FROM_REMARKS = re.compile(r"From[ ](?P<name>(?:[A-Z][\w.’'\-]*[ ]){0,2}[A-Z][\w’'\-]+?)['’ʼ]s[ ]+(?:(?:concluding|closing|"
                          r"opening|final|introductory)[ ]+)?(?:remarks|speech|statement|report|address|words)[.:][ ]+")
# a citation's quoted title, first on its line: "“Italian Communist Journalist ..., Interview with ...,” September 29, 1962, ..."
CITED_TITLE = re.compile(r"[“\"](?P<title>[^\n]{10,300}?),[”\"][ ]+(?=[A-Z][a-z]+[ ]\d{1,2},[ ]\d{4})")
# a note of one person's conversation with another: "Note from the Conversation of Stefan Jedrychowski with ..."
NOTE_OF = re.compile(r"\b(?:Note|Record|Memorandum|Information)[ ]+(?:from|of|on)[ ]+(?:the[ ]+|a[ ]+)?[Cc]onversation[ ]+of[ ]+"
                     r"(?:Comrade[ ]+)?(?P<name>(?:[A-Z][\w.’'\-]*[ ]){0,2}[A-Z][\w’'\-]+)[ ]+with\b")
# a title that opens with who reports: "Andropov Report to CPSU CC on Talks with Afghan Leaders", "Gromyko's Note on ..."
TITLE_REPORTER = re.compile(r"(?P<name>(?:[A-Z][\w.’'\-]*[ ]){0,2}[A-Z][\w’'\-]+?)(?:['’ʼ]s)?[ ]+(?:Report|Note|Memorandum|"
                            r"Information|Telegram|Cable|Letter)[ ]+(?:to|for|on|about)\b")
# the archive's summary names who reports: "Drânceanu reports on an audience with the Shah, who ..."
SUMMARY_REPORTER = re.compile(r"^[ ]*(?P<name>(?:[A-Z][\w.’'\-]*[ ]){0,3}[A-Z][\w’'\-]+)[ ]+(?:reports[ ]+"
                              r"(?:on|to|about|that|(?:[A-Z][\w.’'\-]*[ ]){1,3}[\w’'\-]+['’ʼ]s[ ]+(?:account|words|views))\b"
                              # (or informs his capital or ministry: "Jelen informs Warsaw about his conversation ...")
                              r"|(?:informs|briefs|tells)[ ]+(?:the[ ]+)?(?:Warsaw|Moscow|Berlin|Prague|Budapest|Bucharest|"
                              r"Sofia|Beijing|Peking|Belgrade|Havana|Hanoi|Pyongyang|Tirana|Ulaanbaatar|Washington|London|"
                              r"Paris|Bonn|Rome|Canberra|Ottawa|Tokyo|Seoul|Center|Centre|(?:[A-Z][\w]+[ ]){0,2}Ministry|"
                              r"(?:[A-Z][\w]+[ ]){0,2}Foreign[ ]Ministry)\b)",
                              re.M)
# two persons who report together: "Mikoyan and Suslov report from Budapest on a session ..."
JOINT_REPORTERS = re.compile(r"^[ ]*(?P<name>(?:[A-Z][\w.’'\-]*[ ]){0,2}[A-Z][\w’'\-]+)[ ]+and[ ]+"
                             r"(?P<second>(?:[A-Z][\w.’'\-]*[ ]){0,2}[A-Z][\w’'\-]+)[ ]+report[ ]+(?:from|on|to|about|that)\b",
                             re.M)
# the author of a first-person record comments on the conversation, after it or between its turns
AUTHOR_COMMENT = re.compile(r"(?:In my (?:opinion|view|judgment|judgement|impression)|My (?:impression|opinion) is"
                            r"|It seemed to me|It seems to me|I had the impression"
                            # ("From the conversation, however, I formed the impression that ...")
                            r"|(?:[A-Z][^.;:]{0,60},[ ])?I[ ](?:formed|got|gained|had|have)[ ]the[ ]impression)\b")
# what a record calls itself, and its classification and a cable's end marks: never a person ("Telegram from ...",
# "CONFIDENTIAL NNN CONFIDENTIAL")
RECORD_WORDS = frozenset({"telegram", "cable", "memorandum", "record", "report", "note", "letter", "minutes", "message",
                          "transcript", "information", "summary", "airgram", "despatch", "dispatch", "ciphergram",
                          "confidential", "secret", "unclassified", "nnn", "exdis", "nodis", "limdis", "restricted"})
# words no name holds (a joint label's "and" is read apart, before the name is)
# words of a clause in a cable's capitals that no name holds (a title before them is no label's)
# an act after a name in a cable's capitals, before the verb that reports: no word of the name
CAPS_ACT_WORDS = frozenset({"nodded", "smiled", "laughed", "listened", "paused", "hesitated", "frowned", "shrugged"})
CAPS_CLAUSE_WORDS = frozenset({"said", "says", "that", "told", "asked", "replied", "answered", "stated", "added", "noted",
                               "was", "were", "would", "had", "has", "is", "are", "remained"})
NOT_NAME_WORDS = {"and", "the", "to", "of", "for", "in", "on", "at", "by", "with", "from", "see", "or", "not", "no",
                  "stamp", "seal", "signature", "handwritten", "illegible", "resolution",  # ("[Stamp]: Declassified")
                  "department", "ministry", "embassy", "committee",  # ("... AFFAIRS DEPARTMENT COMRADE SH. DAGVA")
                  "comment",  # ("8. COMMENT: SADAT WAS RELAXED": a cable's comment, no speaker's)
                  "quote", "unquote",  # ("QUOTE: C O N F I D E N T I A L ADDIS ABABA 3618": a repeated cable's mark)
                  # an adverb after a title in capitals: "THE AMBASSADOR THEN ASKED", "CALLAGHAN AFTERWARDS SAID"
                  "then", "also", "again", "further", "finally", "later", "afterwards", "subsequently", "next"}
PRONOUN_SUBJECT = re.compile(r"(?<![\w’'])(?:I|\[I\]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s")
AUTHOR = "author"  # the role of a record's unnamed author, who speaks in the first person
ANSWER = "answer"  # "The answer was: ..." in a first-person record: the other side's words (see ANSWER_LINE)
# in a record its author writes in the first person, a line that gives the other side's answer to the
# author's question: "2. I asked whether ... \nThe answer was: we can look at this ..."
ANSWER_LINE = re.compile(r"(?:^|(?<=[.!?…\]])[ ]+)(?P<label>(?:The|His|Her|Their)[ ]+(?:answer|reply|response)[ ]+was"
                         r"|(?<=\?[ ])(?:Answer|Reply|Response))"  # (or after the author's question: "...? Answer: ...")
                         r"[ ]*:[ ]*")
NARRATION = "narration"  # a first-person paragraph of the author's acts: no turn (see FIRST_PERSON_ACT)
# (the words after "I" in any case: a cable prints "5. I SAID THAT ...")
FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|\[I\])\s+(?i:(?:again|also|then|further|first|next|later|[a-z]+ly)\s+)?"
                          # (not what the author saw or did: "I noticed that ...", "I waited", "I lunched with ...",
                          # "I took my leave")
                          r"(?!(?i:noticed|waited|wondered|sensed|lunched|dined|listened|took\s+(?:my|our)\s+leave)\b)"
                          r"(?i:was\s+[a-z]+ed|[a-z]+ed|said|told|gave|spoke|met|made|sent|took|set|put|"
                          r"handed|passed|paid|read|drew|asked|thanked|informed|expressed|presented|began|brought[ ]up|undertook|"
                          r"stressed|noted|replied|answered|explained)\b")


def _met_then_said(text: str) -> int | None:
    """Where the author's words begin, in one of a paragraph's first six sentences, after the author's narration of
    the meeting in the sentences before ("... so I asked to see Foreign Minister Molotov. The meeting was fixed for
    10.00 p.m. ... First I said that ..."); None if they do not."""
    if AUTHOR_SAID.match(text):
        return None  # (the author speaks from the first sentence)
    for brk in [*SENTENCE_BREAK.finditer(text, 0, 2000)][:6]:
        if AUTHOR_SAID.match(text, brk.end()):
            met = MEETING.search(text, 0, brk.start()) and FIRST_PERSON_OBJECT.search(text, 0, brk.start())
            quoted = ": " in text[:brk.start()] or _in_quotation(text, brk.end())  # (another's "I", in words a colon
            # announces: "Nasser said: This afternoon Subandrio came to see me ... I said to Subandrio that ...")
            return brk.end() if met and not quoted and SENTENCE_BREAK.search(text, 0, brk.start()) else None
    return None


SHE_OPENS = re.compile(r"(?:\d{1,3}\.[ ]+)?(?:She|SHE)[ ]")  # a paragraph that reports a woman by her pronoun
# a report after a clause of narration and "and", in a record's first sentence: "L. called back, and the Sec. said ..."
AND_THEN_REPORT = re.compile(r"^(?:[^.;:!?]|(?<=\b[A-Z])\.){3,80}?,[ ]+and[ ]+(?=(?:the[ ]+)?[A-Z])")  # (an initial's stop)
# a telephone memorandum's time before its first report: "9:40—The Secretary telephoned the President ..."
TIME_LEAD = re.compile(r"\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.[ ]?m\.)?[ ]?[—–][ ]?(?=[A-Z])")
# an answer inside a paragraph from one the page does not name: "The other replied that this would depend ..."
OTHER_ANSWERED = re.compile(r"The[ ]+other[ ]+(?:then[ ]+)?(?:replied|answered|responded|rejoined|retorted|countered)\b")
# the author's words after a diary's narration of the meeting: "First I said that ...", "I asked Molotov whether ..."
AUTHOR_SAID = re.compile(r"(?:(?:First|Then|Next|Finally|Afterwards|Later)[ ,]+)?(?:I|\[I\])[ ]+"
                         r"(?:(?:first|then|again|also|further|[a-z]+ly)[ ]+)?"
                         r"(?:said|told|asked|replied|answered|stressed|explained|informed|pointed[ ]out|noted|remarked"
                         r"|emphasi[sz]ed|raised|brought[ ]up|mentioned|suggested|proposed)\b")
# a meeting, in a sentence of narration: "Counselor Huang met with Ordoqui", "the Premier received the delegation"
MEETING = re.compile(r"\b(?:met(?:[ ]with)?|received|visited|called[ ](?:on|at)|came[ ]to[ ]see|paid[ ]a[ ]visit[ ]to"
                     r"|took[ ]me[ ]aside|sent[ ]for[ ](?:me|us)|summoned[ ](?:me|us)|asked[ ](?:me|us)[ ]to[ ](?:call|come)\b"
                     r"|came[ ]to[ ](?:the[ ]|my[ ]|our[ ])?(?:residence|embassy|legation|chancery)\b"
                     r"|(?:lunched|dined|breakfasted)(?:[ ]+(?:today|yesterday|tonight|last[ ]night))?[ ]+with"
                     r"|to[ ]see(?=[ ](?:the[ ])?[A-Z])"  # ("I went to the People's Commissariat ... to see the Deputy ...")
                     r"|(?i:talk|conversation)[ ]with"
                     r"|had[ ]an?[ ](?:[a-z]+[ ])?(?:talk|conversation|meeting)[ ]with|invited[ ](?:me|us)[ ]to)\b")
# the host's invitation to a talk, an act ("Zhou Enlai invited me to a short conversation"), no words of his
INVITATION = re.compile(r"\binvited[ ](?:me|us)[ ]to[ ](?:an?[ ])?(?:[a-z]+[ ])?(?:talk|conversation|meeting|dinner|lunch"
                        r"|luncheon|reception)\b")
# two who met, the subject of a summary's sentence: "On 12 June Roshchin and Panikkar met at a dinner ..."
JOINT_MET = re.compile(r"\b[A-Z][\w’'\-]+[ ]and[ ](?:[A-Z]\.[ ]?)*[A-Z][\w’'\-]+[ ](?:met|talked|conferred|had)\b")
# a heading in capitals run into a paragraph: "RECORD OF A CONVERSATION between ..."
CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}(?:[ ]+[A-Z]+){2,}\b")
# an answer by "he", after a question: "He answered that they were ready ..."
HE_ANSWERS = re.compile(r"(?:He|She)[ ]+(?:(?:then|briefly|[a-z]+ly)[ ]+)?(?:answered|replied|responded)\b")
# a turn that ends with its speaker's question: "Counselor Huang asked whether the leadership expected a landing."
ASKED_LAST = re.compile(r"\basked\b[^.!?]*[.?!]?\s*$")
# the author's own labels, who writes in the first person ("I said ...", "[We] asked whether ..."): never "he"
FIRST_PERSON_LABELS = frozenset({"I", "[I]", "We", "[We]"})
# the author's side in the first person plural: "We answered that ...", "[We] asked whether ...", "Our side pointed out"
WE_REPORT = re.compile(r"(?:We|\[We\]|Our[ ]side|On[ ]our[ ](?:part|side),[ ]we|The[ ]undersigned)[ ]+"
                       r"(?:(?:also|then|again|further|in[ ]turn|[a-z]+ly)[ ]+)?(?P<verb>[a-z]+(?:[ ]out)?)\b"
                       r"(?=[ ]+(?:that|whether|him|her|them|the|our|about|how|if|why|what|when|to)\b"
                       r"|[ ]+[A-Z][^.;:!?]{0,60}?[ ]that\b)")  # (or whom, by name: "We told Castro and Dorticos that")
# The author's acts, not words: "Today I visited Cde. Liu Shaoqi and passed him the letter ...", "On 22
# December I invited Liu Shuzhou to dinner ...". A first-person paragraph with these verbs and no reporting
# verb is the recorder's narration, published as a stage direction.
FIRST_PERSON_ACT = re.compile(r"(?<![\w’'])(?:I|\[I\])\s+(?i:[a-z]+ly\s+)?"
                              r"(?i:was[ ]+(?:received|invited|met|accompanied|summoned"
                              r"|asked(?:[ ]+by[ ]+[a-z]+)?[ ]+to[ ]+come)|visited|"
                              r"invited|received|met|arrived|reached|went|came|"
                              # ("I returned this afternoon to the Minister")
                              r"returned(?=[ ][^.;:]{0,30}?\bto[ ]+(?:the[ ]+)?[A-Z])|"
                              r"called on|paid|accompanied|joined|attended|handed|passed(?![ ]+on[ ]+to\b)|sent|delivered|gave|"
                              r"(?:asked|applied)[ ]+for[ ]+(?:a|an)[ ]+(?:meeting|audience|reception|appointment)|"
                              r"requested[ ]+(?:a|an)[ ]+(?:meeting|audience|reception|appointment)|"
                              r"turned[ ]+to[ ][^.;:]{1,60}?[ ]with[ ]a[ ]request|"
                              # (a talk named, not what was said in it: "I spoke with Guevara today at the reception")
                              r"(?:spoke|talked|had[ ]+(?:a|an)[ ]+(?:conversation|talk))[ ]+with\b"
                              r"(?![^.;:]*\b(?:about|concerning|regarding|on[ ]the[ ](?:question|subject|matter))\b))\b")
def _he_reports(text: str, pos: int = 0, shouting: bool = False) -> bool:
    """Does a sentence at ``pos`` report "he" or "she", perhaps after a lead ("In reply to my question, he said")?
    (In a cable in capitals, ``shouting``: "4. HE THEN RETURNED TO ... AND SAID", "IN CLOSING HE ASKED ME ...".)"""
    reports, leads = (HE_REPORTS_IN_CAPITALS, LEAD_NO_COMMA_IN_CAPITALS) if shouting else (HE_REPORTS, LEAD_NO_COMMA)
    if reports.match(text, pos):
        return True
    lead = SENTENCE_LEAD.match(text, pos)
    lead = lead if lead and lead.end() > pos else leads.match(text, pos)  # ("After tea he turned ...")
    rest = text[lead.end():lead.end() + 200] if lead and lead.end() > pos else ""
    return bool(rest) and bool(reports.match(rest[:1].upper() + rest[1:]))


# a short lead of time without its comma, before "he" or "she": "After tea he turned serious and asked"
LEAD_NO_COMMA = re.compile(r"(?:After|Before|At|During|Later|Then|Finally|Next|On|In[ ]closing)\b[^.,;:!?\"“]{0,40}?[ ]"
                           r"(?=(?:he|she)[ ])")
LEAD_NO_COMMA_IN_CAPITALS = re.compile(LEAD_NO_COMMA.pattern.replace("(?:he|she)", "(?:HE|SHE)"), re.I)


# the author's time with one person, in the narration before the talk: "I did, however, have a quarter of an hour
# with Dobrynin by ourselves", "I lunched alone with Nehru"
AUTHOR_WITH = re.compile(r"\bI[ ](?:[^.!?;]{0,20}?\b(?:talked|spoke|met|had|have|sat|lunched|dined)\b[^.!?;]{0,40}?[ ]with|"
                         r"(?:(?:then|also|today|again|first)[ ])?(?:received|visited|called[ ]on|saw))[ ]"  # ("I received
                         # Pak Gyeong-sun, the DPRK's ambassador, today at his request." / "He told me that ...")
                         r"(?:(?:Mr\.|Ambassador|President|Minister|Prime[ ]Minister|Monsignor|[A-Z][a-z]{1,3}\.)[ ]+)?"
                         # (initials first: "... a long talk with Mr. W.J. Smith", not a person "Mr"; nor "Mgr" of "I
                         # called on Mgr. Montini")
                         r"(?!(?:Mr|Mrs|Ms|Dr)\b)(?P<name>(?:[A-Z]\.[ ]?){0,3}[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})")
# a titled name just before a verb: its subject ("... our note,3 Mr. Hillenbrand [said]")
OTHER_SUBJECT = re.compile(r"(?:^|[ ,])(?:Mr|Mrs|Dr|Ambassador|Secretary|Minister|President|Premier|Chairman|Comrade|Cde|Com)"
                           r"\.?[ ]+[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?[ ]+$")
SENTENCE_LEAD = re.compile(r"(?:(?:In|At|During|After|Before|Then|Later|Finally|Next"
                           r"|(?:Turning|Returning|Reverting|Coming|Passing|Moving)[ ]+(?:back[ ]+|then[ ]+)?to)\b"
                           r"[^.,;:!?\"“]{0,50},[ ]+)?")  # ("Turning to exchanges, I expressed the hope ...")
SENTENCE_END = ".!?…)]\"”’"
# where an embedded label or stage direction may start (after a sentence's end, and the number of a footnote
# glued to it: "... two bilateral matters.2 Shevardnadze agreed.")
BOUNDARY = re.compile(r"[.!?…)\]\"”’](?:(?<=[.!?”\"])(?:\d{1,2}|/\d{1,2}/))?[ ]+|[。！？](?=[\u3400-\u9fff])"
                      # (a copy that lost the space after a full stop, perhaps after a note's number: "... he would put
                      # him on.Allen reported ...", "... after lunch.3The Sec. said ..."; or an old site's "/1/")
                      r"|[.!?](?<=[a-z]{2}[.!?])\d{0,2}(?=[A-Z][a-z]*\.?[ ][A-Za-z])"  # (the stop first: tried there only)
                      # (an ellipsis glued to the next sentence, "them....I told": its last dot, looked behind from)
                      r"|\.(?<=[a-z.]\.\.\.)(?=[A-Z][a-z]*[ ])|…(?<=[a-z]…)(?=[A-Z][a-z]*[ ])")
CAPITALS_WORD = re.compile(r"[A-Z]{3}")  # a word in capitals, as a recorder prints a name
CJK_STOPS = frozenset("。！？")  # a Chinese sentence's end: no space follows it
WORD_START = re.compile(r"(?<![^ ,])\S")  # where a word starts: the text's start, or after a space or a comma
TOKEN = re.compile(r"\[[^\[\]]*\]|[^\s\[\]]+")  # the words and [bracketed] parts of a label's name
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}

LIST_KEYS = ("sections", "one_paragraph_sections", "titles", "articles", "particles", "headers", "not_labels",
             "file_lists", "stage_words", "reporting_verbs", "reporting_adverbs", "declarations",
             "participant_headers", "speaking_roles", "heading_lines", "header_words", "topic_words", "female_titles",
             "participant_words",
             "report_titles", "narration_subjects", "interviewers", "report_leads", "recorder_leads", "phrase_headers")
SCALAR_KEYS: dict[str, type | tuple[type, ...]] = {
    "transcript": str, "capitals": str, "reported_speech": (bool, str), "narration_max_words": int,
    "reporting_adverb_pattern": str, "reporting_verb_pattern": str, "report_lead_pattern": str,
    "titled_report_lead_pattern": str, "monologue": str}
TABLE_KEYS = ("languages", "citation", "role_headers", "role_aliases", "side_labels", "interview_labels")


@lru_cache(maxsize=1)
def _default_layout() -> dict:
    return tomllib.loads(resources.files("ld").joinpath("data/layout.toml").read_text("utf-8"))


def default_layout() -> dict:
    """A fresh copy of the default layout (ld/data/layout.toml), parsed once."""
    return copy.deepcopy(_default_layout())


def _folded(lines: Iterable[str]) -> tuple[str, ...]:
    """Lines folded as a paragraph's text is (markup away, NFC, spaces one), the empty ones left out."""
    folded = (re.sub(r"[ \t\u00a0]+", " ", unicodedata.normalize("NFC", MARKUP.sub("", x))).strip() for x in lines)
    return tuple(x for x in folded if x)


@dataclass(frozen=True)
class Paragraph:
    text: str  # NFC, markup removed, whitespace folded
    location: Location
    raw_lines: tuple[str, ...] = ()  # its lines as printed (stripped)

    @property
    def cells(self) -> tuple[str, ...]:
        """Its lines as ``lines``, and a line set in columns cut at each wide gap when every cell ends in a full stop:
        a participant list printed in two columns ("Prime Minister.          Marshal Stalin.") names one person a
        cell, not one a line (not "Zhou Enlai      Premier", a name and its office)."""
        rows = (COLUMN_GAP.split(line) for line in self.raw_lines)
        return _folded(cell for row in rows
                       for cell in (row if all(c.rstrip().endswith(".") for c in row) else [" ".join(row)]))

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The text line by line, folded as ``text`` is (a participant list keeps one name a line);
        made only for the paragraphs that need it (header lines), once."""
        return _folded(self.raw_lines)


@dataclass(frozen=True)
class Label:
    """A speaker label read in a paragraph."""

    start: int  # where the label starts in the paragraph
    end: int  # where the turn's text starts (== start for reported speech: the text keeps the name)
    printed: str  # as printed, markup and separator removed
    speaker: str  # the name: titles and insertions removed, capitals normalised, short names expanded
    declares: str | None = None  # a short name declared in the label ("N.S.")
    co_speaker: str | None = None  # the second of a joint label ("Comrades Kim Il Sung and Pak Geum-cheol")
    reported: bool = False  # third-person reported speech ("Comrade X said that ...")
    role: str = ""  # a role-only label's role ("Premier:", "The Chairman:"), resolved in context later
    alias: str = ""  # a transliteration printed in brackets after the name ("Pak Geum-cheol [Pak Kum-chol]")


def alternation(words, flexible_spaces: bool = True, any_case: bool = False) -> str:
    """A regular expression that matches any of ``words`` (a space as one or more when ``flexible_spaces``),
    the longest first. The words share their prefixes, as in a trie ("vice(?:[ ]+pre(?:mier|sident))?"), so a
    match attempt reads a word once instead of trying each of some hundred titles in turn: the same matches
    as a plain longest-first alternation (of two words only one can match unless it is the other's prefix,
    and then the greedy optional part tries the longer first), at a fraction of the cost. For a pattern that
    ignores case, ``any_case`` puts the words in lower case: "Vice" and "VICE PREMIER" would be two branches
    that both match, the shorter tried first."""
    words = [w.lower() for w in words] if any_case else list(words)
    if flexible_spaces and any(w != " ".join(w.split()) for w in words if w):
        # (a space at either end, or two: "[ ]+" then "[ ]+" again could eat what the longer word needs)
        escaped = [re.escape(w).replace(r"\ ", "[ ]+") for w in sorted(set(words), key=len, reverse=True) if w]
        return "|".join(escaped) or "(?!)"
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        if word:
            node[""] = {}

    def pattern(node: dict) -> str:
        branches = [("[ ]+" if char == " " and flexible_spaces else re.escape(char)) + pattern(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie) or "(?!)"


def _layout_problem(message: str, hint: str | None = None) -> ConfigError:
    return ConfigError(f"[layout] {message}", hint=hint or "see ld/data/layout.toml for the keys and their meaning")


class Layout:
    """Compiled layout rules. Raises ``ConfigError`` (without a path) on a malformed layout."""

    def __init__(self, data: dict):
        merged = default_layout()
        allowed = set(merged) | {f"extra_{k}" for k in LIST_KEYS}
        unknown = sorted(k for k in data if k not in allowed)
        if unknown:
            raise _layout_problem(f"has an unknown key {unknown[0]!r}",
                                  hint="known keys: " + ", ".join(sorted(merged))
                                       + "; extra_<list key> adds to a default list")
        for key, value in data.items():  # a table (languages, citation) overrides key by key
            merged[key] = {**merged[key], **value} if key in TABLE_KEYS and isinstance(value, dict) else value
        for key in LIST_KEYS:
            merged[key] = self._strings(merged, key) + self._strings(merged, f"extra_{key}")
            merged.pop(f"extra_{key}", None)
        for key, kind in SCALAR_KEYS.items():
            if not isinstance(merged.get(key), kind) or (key == "narration_max_words" and merged[key] < 0):
                raise _layout_problem(f"{key} has the wrong type: {merged.get(key)!r}",
                                      hint=f"see ld/data/layout.toml for what {key} takes")
        if merged["reported_speech"] not in (True, False, "auto"):
            raise _layout_problem(f"reported_speech must be true, false or \"auto\", not {merged['reported_speech']!r}")
        if merged["capitals"] not in ("title", "keep"):
            raise _layout_problem(f"capitals must be \"title\" or \"keep\", not {merged['capitals']!r}")
        for key in TABLE_KEYS:
            table = merged.get(key, {})
            if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
                raise _layout_problem(f"[layout.{key}] must be a table of strings")
        self.data = merged
        self.sections = tuple(merged["sections"])
        self.section_set = frozenset(s.casefold() for s in self.sections)
        self.transcript = merged["transcript"]
        self.one_paragraph = set(merged["one_paragraph_sections"])
        self.file_lists = tuple(merged["file_lists"])
        self.languages = merged["languages"]
        self.citation = {k: self._regex(v, f"citation.{k}", "value") for k, v in merged["citation"].items()}
        self.declarations = [self._regex(v, "declarations", "short", re.I) for v in merged["declarations"]]
        self.particles = set(merged["particles"])
        self.not_labels = {w.casefold() for w in merged["not_labels"]}
        self.speech_openings = frozenset(self.not_labels | SPEECH_OPENINGS)  # a speech's first word after a bare name
        self.articles = {w.casefold() for w in merged["articles"]}
        self.not_first = self.not_labels | self.articles  # never the first word of an untitled label
        self.adverb_words = frozenset(a.casefold() for a in merged["reporting_adverbs"] if " " not in a)
        self.stage_words = tuple(w.casefold() for w in merged["stage_words"] if w.strip())
        self.reported_speech = merged["reported_speech"]
        self.monologue = " ".join(merged["monologue"].split())
        self.capitals = merged["capitals"]
        self.participant_headers = {h.casefold().rstrip(".") for h in merged["participant_headers"]}
        self.participant_words = {w.casefold() for w in merged["participant_words"]}
        self.role_headers = {k.casefold(): v for k, v in merged["role_headers"].items()}
        self.speaking_roles = {h.casefold() for h in merged["speaking_roles"]}
        self.headings = {h.casefold() for h in merged["heading_lines"]}
        self.header_words = {w.casefold() for w in merged["header_words"]}
        self.topic_words = {w.casefold() for w in merged["topic_words"]}
        self.report_titles = {w.casefold().rstrip(".") for w in merged["report_titles"]}
        self.title_set = {t.casefold() for t in merged["titles"]}
        self.role_alias_set = {k.casefold().rstrip(".") for k in merged["role_aliases"]}  # ("sec", "pres", "fonmin")
        self.verb_set = {v.casefold() for v in merged["reporting_verbs"]}
        self.interview_labels = {k.casefold().rstrip("."): v for k, v in merged["interview_labels"].items()}
        self.recorder_leads = tuple(merged["recorder_leads"])

        titles = merged["titles"] + [t.upper() for t in merged["titles"] if len(t.rstrip(".")) > 1]
        title = alternation(titles)
        article = alternation(merged["articles"] + [a.upper() for a in merged["articles"]]
                               + [a.lower() for a in merged["articles"]])  # "Turning to Cuba, the Secretary said"
        # (and in capitals, as a cable prints them: "3. BREZHNEV SAID HE HAD READ THE MESSAGE ...")
        verbs = alternation(merged["reporting_verbs"] + [v.upper() for v in merged["reporting_verbs"]])
        verb_pattern = _layout_pattern(merged, "reporting_verb_pattern")  # ("began by recalling", "opened by reading")
        verbs += f"|(?:{verb_pattern})" if verb_pattern else ""
        # the listed adverbs, or any adverb in -ly the layout's pattern allows ("very willingly")
        pattern = _layout_pattern(merged, "reporting_adverb_pattern")
        # (in capitals too, as a cable prints them: "3. THE AMBASSADOR THEN ASKED WHETHER ...")
        adverbs = alternation(merged["reporting_adverbs"] + [a.upper() for a in merged["reporting_adverbs"]]) \
            + (f"|(?:{pattern})" if pattern else "")
        upper = r"[^\W\d_a-zß-ÿ]"  # a letter that is not a lower-case Latin one
        # "N.S." (or a Russian digraph's: "R.YA."), a two-letter initial before a name ("Yu. V. Andropov") or "Zedong"
        # (or a name cut short right before the label's colon: "Khrush.:", "Kad.:", in working notes)
        word = (rf"(?:(?:{upper}|(?i:ya|yu|yo|zh|ch|sh|kh|ts)(?=\.))\.){{1,4}}(?!\w)"
                rf"|{upper}[a-z]\.(?=[ ](?:{upper}\.|{upper}[a-z]))|{upper}[a-z]{{1,}}\.(?=:)"
                rf"|(?:{upper}[a-z]?\.){{1,3}}{upper}[\w'’\-]+"  # (initials glued to the name: "A.A.Gromyko", "M.DENG")
                rf"|{upper}[\w'’\-]*(?:\[[a-z][\w'’\-]*\])?"  # (or a word the editor completed: "M[oro]", "K[osygin]")
                rf"|(?:{ARTICLES})-{upper}[\w'’\-]+"  # (an Arabic name's article: "H. al-Assad")
                rf"|\[{upper}[a-z]+\]{upper}[\w'’\-]+")  # (the editor's given name glued to a surname: "[Pheng]PHONGSAVAN")
        token = rf"(?:{word}|\[[^\[\]\n]{{1,60}}\])"
        particle = alternation(merged["particles"])
        # at most 8 words: a bound that keeps every match attempt short (no quadratic scans)
        # (a particle may open it after a title, or two: "Mr. von Staden", "Monsieur de Gaulle", "de la Flor")
        name = rf"(?:(?:{particle})[ ](?:(?:{particle})[ ])?(?={upper}))?{token}(?:[ ]+(?:{token}|(?:{particle})(?=[ ]))){{0,7}}?"
        prefix = rf"(?:(?P<article>{article})[ ]+(?=(?:{title})))?(?:(?P<title>{title})(?=[ ]|[ ]*[:.]))?"
        # A label: optional article and title, a name (or two: "Comrades X and Y"), an aside in
        # parentheses ("(laughing)"), an optional reporting verb, then ':' or '.'; a colon may stand
        # right before the speech ("Mao:Yes."), then the label must start the paragraph.
        joint = rf"(?:(?:[ ]+(?:and|&)[ ]+|、)(?:(?:{title})[ ]+)?(?P<second>{name}))?"  # ("席尔瓦、巴斯克斯:")
        # a role and its body, no name, before the verb: "The President of the State Council said that ..."
        # (or its head: "The Head of DCS said ...")
        self.role_of = regexes.compile(rf"(?:{article})[ ]+(?P<role>(?:{title}|Head)[ ]+of[ ]+(?:the[ ]+)?{upper}[\w’'\-]*"
                                  rf"(?:[ ]+{upper}[\w’'\-]*){{0,3}}"
                                  # (its state and post: "the Ambassador of the Democratic People's Republic of Korea
                                  # in Geneva told us")
                                  rf"(?:[ ]+(?:of|in|to)[ ]+(?:the[ ]+)?{upper}[\w’'\-]*(?:[ ]+{upper}[\w’'\-]*){{0,3}}){{0,2}})"
                                  rf"[ ]+(?:(?:{adverbs})[ ]+)?(?P<verb>{verbs})\b")
        self.titled = regexes.compile(rf"(?:(?:{article})[ ]+)?(?:{title})(?=[ ]|[ ]*[:.])")  # the label's title alone
        self.label = regexes.compile(
            rf"(?P<label>{prefix}(?:[ ]*(?P<name>{name}){joint})?(?:[ ]+\((?P<aside>[^()\n]{{1,60}})\)"
            # ("蒙哥马利(简称蒙):", and after the label's own colon: "阿马索纳斯:(下简称阿):")
            rf"|(?<=[\u3400-\u9fff])[:：]?[(（](?P<cjk_aside>[^()（）\n]{{1,20}})[)）])?"
            rf"(?:[ ]+(?P<verb>{verbs}))?)[ ]*(?:(?P<sep>[:.])(?=\s|$)|(?P<tight>:)(?=[\"“‘'(\[]?{upper}))")
        # A quoted turn introduced by a few words of narration: "In reply, Comrade Kim Il Sung said: ..."
        lead = rf"(?:[\w'’\-]+,?[ ]+){{1,{merged['narration_max_words']}}}?"
        self.narrated = regexes.compile(
            rf"(?P<lead>{lead})(?P<label>{prefix}(?:[ ]*(?P<name>{name})))[ ]+(?:(?:{adverbs})[ ]+)?"
            rf"(?P<verb>{verbs})[ ]*(?P<sep>:)(?=\s|$)") if merged["narration_max_words"] else None
        # Reported speech: "Mao Zedong said that ...", "The Premier replied ...".
        # a numbered paragraph of a report ("2. Kim Il Sung said that"), or one opened by a lead of the
        # layout's report_leads ("Then Ho Chi Minh said that", "After mutual greetings Ho Chi Minh ...")
        leads = alternation(merged["report_leads"] + [w.upper() for w in merged["report_leads"]])  # (a cable's too)
        lead_pattern = _layout_pattern(merged, "report_lead_pattern")  # ("At the end of the lunch", "During the hunt")
        leads += f"|(?:{lead_pattern})" if lead_pattern else ""
        # ("(1) Kim said that", "[…] Cde. Tsedenbal informed that": an omission the editor marks first)
        # (or a list's "- ", or an outline's "ii." and "b.": "ii. In response, Secretary Kissinger stated that"; or a
        # section's "II.": "II. Premier Zhou asked Nehru how ...")
        # (and a point's sub-point after it: "1. (1) At the outset, Minister Sonoda said as follows:"; or a cable's
        # classification mark, after the number or alone: "2. (C) EKLUND OPENED BY SAYING THAT", "(S) BENSON SAID")
        # (a point's letter in brackets: "(B) POPOV SAID THE PROPOSAL WAS BEFORE ...")
        # ("c." is no outline's letter but a comrade: "c. Tsedenbal answered that"; a section's ordinal: "Second. In
        # Pyongyang Comrade Kim Il Sung informed ..."; a Hungarian report's "2./ Comrade Jeleń said that ...")
        numbered = r"(?:(?:\(\d{1,2}\)|\([A-Ha-h]\)|\d{1,2}(?:\./|[.)])|(?!c\.[ ]+(?!I[ ]))(?:[ivx]{1,4}|[a-h])[.)]" \
            r"|[IVX]{1,4}\." \
            r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\." \
            rf"|\[…\]|\[\.\.\.\]|…\]?|[-•–]|{CLASS_MARK})[ ]+(?:(?:\(\d{{1,2}}\)|\(?[a-h]\)|{CLASS_MARK})[ ]+)?" \
            r"|\.\.\.(?=[A-Z])|—(?=[A-Z]))?"  # (an excerpt's three dots glued to the report: "...Premier Zhou [Enlai] said
        # that"; a FRUS minutes' item, its em dash glued to it: "—Mr. Andrus said that ...")
        number = rf"{numbered}(?:(?:{leads}),?[ ]+)?" if merged["report_leads"] else numbered
        # a role in lower case ("The ambassador said", "At the end of the conversation the ambassador asked"): the
        # role's words, two or one, before a verb
        lead_the = rf"(?:[Tt]he|(?:{leads}),?[ ]+the)" if merged["report_leads"] else "[Tt]he"
        # (or after a nationality: "The Soviet diplomat answered that ...", "The Soviet ambassador said")
        self.lower_roles = tuple(regexes.compile(rf"{numbered}{lead_the}[ ]+{nation}(?P<role>{role})"
                                                 rf"(?=[ ]+[a-z]+(?:ed|[^s]s)?\b)")
                                 for nation, role in (("", r"[a-z]+(?:[ ][a-z]+)?"), ("", "[a-z]+"),
                                                      (r"[A-Z][a-z]+[ ]+", "[a-z]+")))
        # (the verb may be the editor's, in brackets: "Comrade Khrushchev [says] that" in notes kept in shorthand)
        # (a clause may stand between the name and the verb: "Petro Gedeshi, who stood next to us ..., said that",
        # "Blas Roca, in a conversation with me, said that")
        # (or a participle between commas: "Frankfort, leaving, said that", "Pak, having read the notes, remarked")
        # (or in brackets: "The Prime Minister (taking a paper from his pocket) said that")
        aside = (r"(?:,[ ]+(?:(?:who|whom|WHO|WHOM|in[ ]+a[ ]+conversation|during[ ]+the"
                 r"|(?:meeting|talking|speaking)[ ]+(?:with|to)"
                 r"|speaking[ ]+(?:for|of|about|on)|on[ ]+behalf[ ]+of|turning[ ]+to"
                 # ("PAK HEON-YEONG, having read the notes, remarked that")
                 r"|having[ ]+(?:read|heard|listened|looked|studied|thanked|received|noted|familiarized)"
                 r"|(?:the[ ]+)?(?:[a-z]+[ ]+)?(?i:(?:(?:acting|deputy|first|vice|former)[ -]+)?(?:minister|head|chief"
                 r"|chairman|secretary|member|ambassador|commander|counsel+or|consul|charg[eé][ ]d[’'ʼ]affaires|editor"
                 r"|director|representative|spokesman|correspondent)(?:-[a-z]+)?)[ ]+(?:of|to|in))"
                 # (an abbreviated title or initials may stand in it: "Imron Rashidi, who had been listening to comr.
                 # N.S. Tikhonov, remarked that")
                 r"\b(?:[^,;.!?:]|(?<!\w)(?:[A-Z]|[a-z]{2,4})\.(?=[ ]?[A-Z])){1,140}"
                 r"|[a-z]{3,}ing|in[ ]+(?:his|her|their)[ ]+(?:toast|speech|reply|answer|turn)"
                 # (a participle and its object: "Foreign Minister Shevardnadze, raising his glass to Secretary Shultz,")
                 r"|[a-z]{3,}ing[ ]+(?:his|her|their|the|a|an|to|at|with)\b[^,;.!?:]{0,80}"
                 # (and in a cable's capitals: "CEAUSESCU, SPEAKING FIRST, SAID", "CEAUSESCU, DEPARTING FROM TEXT, THANKED")
                 r"|[A-Z]{3,}ING(?:[ ]+[A-Z]+){0,3}"
                 r"|(?:for|on)[ ]+(?:his|her|their)[ ]+part),"
                 # ("Premier Zhao Ziyang, meeting with Pakistan's ..., said that"; "Tran Hmu Dyk, in his toast, thanked";
                 # "Lieutenant-General C. Olteanu, minister of national defense of ..., stated that")
                 r"|[ ]+\([a-z][^()]{2,120}\)"
                 # (or the country a delegate speaks for: "Comrade Bossev (Bulgaria) added", "Tello of Mexico said")
                 # (after a name only: "the Chairman of the PMAC informed", "The Secretary of Defense said" are offices)
                 # (or the short form a memorandum declares for the name: "President Gorbachev (G.) greets ...")
                 r"|(?(name)(?(article)(?!)|(?:[ ]+\((?:the[ ]+)?[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}\)|[ ]+\([A-Z]{1,3}\.?\)"
                 r"|[ ]+of[ ]+(?:the[ ]+)?"
                 rf"(?:[A-Z]{{2,5}}|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=,?[ ]+(?:[a-z]+[ ]+)?(?:{verbs})\b)))|(?!))"
                 # (or the comma that closes a name in apposition to a role: "The Soviet Acting Ambassador, Comrade
                 # Yelisavetin, said that")
                 rf"|(?(title),(?=[ ]+(?:{verbs}|[a-z]{{3,}}ed)\b)))?")  # (a title's: "Characteristic, said X" is no label)
        # ("N. S. Khrushchev continued the conversation with Botsio alone": narration, not a report)
        # (after a title, no name is tried first: in capitals a name would run on over the verb to a later one,
        # "11. DEPUTY SECRETARY SAID HE WOULD REPORT THE PRESIDENT'S REMARKS")
        self.reported = regexes.compile(  # (two who say the same: "Both Stalin and Molotov stressed that ...")
            rf"{number}(?:Both[ ]+)?(?P<label>{prefix}(?:[ ]*(?P<name>{name}){joint})??){aside}[ ]+(?:(?:{adverbs})[ ]+)?"
            rf"\[?(?P<verb>{verbs})\b\]?{NOT_CONTINUED_TALK}")
        # the same after a few words of narration ("After mutual greetings, Com. Dorticos said that")
        # (the narration ends with a comma: "It is independent, as Brezhnev L.I. also said" is no report)
        # or with no comma before one of the recorder's titles ("In the conversation which followed Cde. Liu
        # Shaoqi briefly told ...")
        marks = alternation([*(t.rstrip(".") for t in merged["report_titles"]), "comrade"])  # ("At lunch comrade X")
        # (a participle's clause may be longer: "Having received the answer of the Chinese side to the
        # letter of the six parties, Comrade Kliszko stated ...")
        clause = (rf"(?:(?:(?<=[.)][ ])|(?<=[.)][ ]{{2}}))[A-Z][\w'’\-]*(?:[ ]+[\w'’\-]+){{0,7}}\.[ ]+"
                  rf"(?=(?:{marks})\.?[ ]+\[?{upper})|"
                  # (a point's run-in topic: "2) Relations between the KWP and the CPSU.  Comr. Pimenov said that")
                  rf"(?:Having|Responding|Replying|Turning|Speaking|Referring|Returning|After|Following|During"
                  # (any participle: "Commenting on the North-South Joint Statement ..., Comrade Denisov said that")
                  # ("Asked by the President how ..., President Tito said that")
                  rf"|Asked|Questioned|Pressed|(?!(?:Nothing|Morning|Evening|Something|Everything)\b)[A-Z][a-z]{{3,}}ing"
                  # (a cable's capitals: "3. (S) TURNING TO PAKISTAN, EKLUND SAID THAT")
                  rf"|AFTER|FOLLOWING|DURING|ASKED|QUESTIONED|PRESSED|(?!(?:NOTHING|MORNING|EVENING|SOMETHING|EVERYTHING)\b)[A-Z]{{4,}}ING)"
                  rf"(?:[ ]+[\w'’\-]+){{0,15}}(?:,(?:[ ]+[\w'’\-]+){{1,12}})?,[ ]+|"  # ("After a short exchange about
                  # the program of the visit, X ..."; "Following my presentation of ..., which he heard out, Nasser ...")
                  rf"When(?:[ ]+[\w'’\-]+){{1,25}},[ ]+|"  # ("When I asked whether ..., Kim Il Sung replied that")
                  rf"(?:[\w'’\-\[\]]+[ ]+){{0,{max(merged['narration_max_words'] - 1, 0)}}}[\w'’\-\[\]]+"
                  rf"(?:,[ ]+|(?<!\bthat)[ ]+(?=(?:{marks})\.?[ ]+\[?{upper})))")  # (an editor's word too: "Having greeted
        # [me]"; not "We told him that comrade Enver Hoxha follows ...": the name after "that" is what was told)
        # (an office's place, then the editor's name of its holder: "the Secretary of State of the United States of
        # America, [Dean Rusk,] speaking for his country, said that")
        placed = r"(?:[ ]+(?:of|to|in)[ ]+(?:the[ ]+)?[A-Z][\w’'\-]+(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w’'\-]+){0,3},?" \
                 r"[ ]+\[[A-Z][^\[\]]{1,60}\](?:(?<=,\])[ ]+[a-z][^,;.!?:\[\]]{1,140}(?=,))?)?"
        # (or the layout's lead with no comma, before a title or a known name: "In his greetings President Losonczi said")
        titled_lead = _layout_pattern(merged, "titled_report_lead_pattern")
        lead_clause = f"{clause}|(?:{titled_lead})" if titled_lead else clause
        self.reported_strong = regexes.compile(
            rf"{number}(?:{lead_clause})?(?P<label>{prefix}(?:[ ]*(?P<name>{name}))?){placed}{aside}[ ]+(?:(?:{adverbs})[ ]+)?"
            rf"\[?(?P<verb>{verbs})\b\]?{NOT_CONTINUED_TALK}")
        # a speech tag inside the first sentence, between commas or dashes: the clause inverted ("The
        # mistakes of those years, said Mao Zedong, were ...", "The session—said Cde. Novotny—was ..."),
        # or the name first ("The conference—Cde. Ceausescu continued—should ...")
        # ("„We do not want war,” said ...", and a typewriter's dashes: "--We agree, --answered Dej, -but ...")
        tag_lead = r"^[^.!?:;—–\n]{1,160}?(?:,[”\"’]?[ ]+(?:-{1,2}(?=[a-z]))?|[ ]*(?:[—–]|--)[ ]*)"
        tag_end = r"[ ]*(?:,[ ]|[—–]|[.][ ]*$)"
        # (not a verb whose object is the person after it: "The President read the letter through, thanked the
        # Ambassador, and said ..." is the President's)
        objected = r"(?!(?i:thanked|thanks|told|tells|informed|informs|assured|assures|urged|urges|reminded|reminds" \
                   r"|congratulated|congratulates|welcomed|welcomes|invited|invites|greeted|greets|advised|advises)\b)"
        self.inverted = regexes.compile(rf"{tag_lead}{objected}(?P<verb>{verbs})[ ]+(?P<label>{prefix}(?:[ ]*(?P<name>{name})))"
                                   rf"{tag_end}")
        # (or the words an exclamation or a question, the tag a sentence of its own: "Of course we will publish it!, said
        # Pak Seong-cheol. The whole world must see ...")
        self.exclaimed = regexes.compile(rf"^[^.!?:;—–\n]{{1,160}}?[!?],?[”\"’]?[ ]+(?P<verb>{verbs})[ ]+"
                                    rf"(?P<label>{prefix}(?:[ ]*(?P<name>{name})))[ ]*(?:[,.][ ]|[.]$|[—–])")
        # (the same, its clause holding initials and a title's full stop: "We are grateful to Cde. N. S. Khrushchev,
        # stressed Fidel Castro, ..."; slower, so tried only where a report's label was read first)
        self.inverted_initials = regexes.compile(
            rf"^(?:[^.!?:;—–\n]|{ABBREVIATION_STOP}){{1,160}}?,[”\"’]?[ ]+{objected}(?P<verb>{verbs})[ ]+"
            rf"(?P<label>{prefix}(?:[ ]*(?P<name>{name}))){tag_end}")
        # a view reported with its holder first: "According to c. Moskowskyi, the Korean comrades ..."
        self.according = regexes.compile(
            rf"^{numbered}According[ ]+to[ ]+(?P<label>{prefix}(?:[ ]*(?P<name>{name}))),[ ]+(?P<verb>)")
        # a German memorandum's clause, the verb second after a word or two: "Zum Abschluß wünscht der Bundeskanzler ..."
        self.verb_second = regexes.compile(rf"^(?:{upper}[\w'’\-]*[ ]){{1,3}}(?P<verb>{verbs})[ ]+(?:der|die)[ ]+"
                                      rf"(?P<label>{prefix}(?:[ ]*(?P<name>{name}))?)(?=[ ,.;])")
        self.inserted = (self.inverted, regexes.compile(
            rf"{tag_lead}(?P<label>{prefix}(?:[ ]*(?P<name>{name})))[ ]+(?P<verb>{verbs}){tag_end}"))
        # a whole quotation, then its tag: '"We agree with the Prime Minister," Mao replied. "Friendship ...'
        # (the tag may go on: '..., Comrade Gromyko said after I asked about the treaty')
        quoted, quoted_end = r"^[“\"](?P<quote>[^”\"]{1,1500}?)[”\"][ ]+", \
            r"(?:[ ]*(?:[,.:][ ]|[—–]|[.,]?[ ]*$)|[ ]+(?:after|when|in[ ]reply)[ ])"
        self.quoted_tags = (
            regexes.compile(rf"{quoted}(?P<verb>{verbs})[ ]+(?P<label>{prefix}(?:[ ]*(?P<name>{name}))?){quoted_end}"),
            regexes.compile(rf"{quoted}(?P<label>{prefix}(?:[ ]*(?P<name>{name})))[ ]+(?P<verb>{verbs}){quoted_end}"))
        # a paragraph that starts with a name (after a few words of narration) and goes on in lower case:
        # a report by a verb the layout does not list ("Comrade Mao listened and ...", "At the end,
        # comrade Mao Zedong accompanied ..."), checked against the turn it would join
        self.subject = regexes.compile(
            rf"{number}(?:{clause})?(?P<label>{prefix}(?:[ ]*(?P<name>{name})))(?P<verb>(?!))?[ ]+(?=[a-z])")
        # a name and a dash, in working notes: "Khrushchev – The operation is going well."
        # (or with a full stop before the dash: "Ambassador. — I thank you ...")
        # (a book's em dash may touch both words: "Cde. S. Ciosek—the talks stopped ...")
        # (glued, only an em dash: an en dash glued joins a compound, "Hungarian–Korean relations"; or a typewriter's
        # two hyphens, "Cde. Molotov--Left to himself, Nagy will ...")
        # (a telegram's paragraph number may stand before it: "3. Vance—Pik, yesterday was a long day ...")
        self.dashed = regexes.compile(
            rf"(?P<number>\d{{1,2}}\.[ ]+)?(?P<label>{prefix}(?:[ ]*(?P<name>{name}))?)(?P<verb>(?!))?\.?"
            rf"(?:[ ]+(?P<sep>--|[–—-])[ ]+|(?P<glued>—|--)(?=[^\W\d_]))(?=\S)")
        # a known name and the speech with no separator: "Le Duc Tho We informed you ..."
        starters = alternation([w for w in merged["not_labels"] if w[:1].isupper()])
        self.bare = regexes.compile(rf"(?P<label>{prefix}(?:[ ]*(?P<name>{name})))[ ]+(?=(?:{starters})\b)")
        # a paragraph of narration that ends by introducing the next one: "... Comrade Hysni Kapo said:"
        # (or "... Heo Dam began his discussion at 17 hours and talked about the following issues:")
        self.introduces = regexes.compile(
            rf"(?<![\w])(?P<label>{prefix}(?:[ ]*(?P<name>{name})))(?:,[^,:]{{1,80}},|[ ]+[a-z][^,:.!?]{{0,80}}?[ ]+and)?"
            rf"[ ]+(?:(?:{adverbs})[ ]+)?(?P<verb>{verbs}|(?:asked[ ]+for|took)[ ]+the[ ]+floor"
            rf"|made(?=[ ]+the[ ]+following))"  # ("Comrade Sverev made the following statements:")
            rf"(?:[ ]+(?:about[ ]+|on[ ]+)?the[ ]+following(?:[ ]+[a-z]+){{0,2}})?[ ]*:$")
        # the same paragraph is asked several times (is it labelled? a header? a report?): match once
        self.label_at_start = lru_cache(maxsize=1024)(self.label.match)
        self.reported_at_start = lru_cache(maxsize=1024)(self.reported_strong.match)
        # the recorder's account with another verb in the past ("Cde. Ulbricht supported the proposal",
        # "Le Duan listened to ..."): read only for a person who takes part (Transcript decides)
        # (a cable's capitals: "CEAUSESCU CALLED FOR SIMULTANEOUS DISSOLUTION ..."; not its markings' words, "LIMITED
        # OFFICIAL USE", "DECLASSIFIED"; nor after an auxiliary the capitals would read as a name's: "MIKI HAD LISTENED")
        cable_past = r"(?<!\bHAD[ ])(?<!\bHAS[ ])(?<!\bWAS[ ])(?<!\bWERE[ ])" \
            r"(?!(?:LIMITED|(?:UN|DE)?CLASSIFIED|DECONTROLLED|RELEASED|REVIEWED|EXCISED|SANITIZED|REDACTED)\b)[A-Z]{3,}ED"
        self.acted = regexes.compile(
            rf"{number}(?:{clause})?(?P<label>{prefix}(?:[ ]*(?P<name>{name}))?)[ ]+(?:(?:{adverbs})[ ]+)?"
            rf"(?P<verb>{verbs}|[a-z]{{3,}}ed|{cable_past}|took|gave|made|began|held|drew|put|set|kept|brought|sent|"
            rf"[a-z]{{3,}}[^s\W]s)\b{NOT_CONTINUED_TALK}")  # (or in the present: "Molotov supports the proposal and says that")
        # (a paragraph's account is asked for by several readers: each pattern tried on a text once)
        self.account_matchers = tuple((pattern, lru_cache(maxsize=1024)(pattern.match))
                                      for pattern in (self.acted, *self.inserted))
        self.any_verb = regexes.compile(rf"\b(?:{verbs})\b")
        past = r"[a-z]{2,}ed|was|were|began|took|left|went|read|rose|came|sat|stood|shook|gave|saw|met|ended"
        subjects = alternation(merged["narration_subjects"])
        self.narration = regexes.compile(
            rf"(?:{subjects})(?:[ ]+(?:[A-Z][\w’'\-]*|and)){{0,8}}[ ]+(?:[a-z]+[ ]+)?(?:{past})\b"
        ) if merged["narration_subjects"] else None
        # "Citation: ..." on one line, as a page copied from the PDF export prints it
        # the same inside a run-on line: "... Raul Castro Citation: Memorandum ... Summary: ..."
        self.run_on_section = regexes.compile(rf"(?:^|(?<=[ ]))(?P<name>{alternation(self.sections)}):[ ]+(?=\S)")
        self.inline_section = regexes.compile(rf"^(?P<name>{alternation(self.sections)}):[ ]+(?P<value>\S.*)$", re.S)
        self.header_names = {h.casefold(): h for h in merged["headers"]}  # a heading alone: "PARTICIPANTS"
        self.phrase_header = regexes.compile(rf"(?P<h>{alternation(merged['phrase_headers'])})[ ]+(?=[A-Z])") \
            if merged["phrase_headers"] else None
        # a person's name of two or three words after a title: "Comrade Pak Gyeong-sun", "Foreign Minister Raúl Roa"
        # a title and a name of one word or more ("President Carter", "Chancellor Helmut Schmidt")
        self.titled_name = regexes.compile(rf"\b(?P<title>{alternation(merged['titles'])})[ ]"
                                      rf"(?:(?:Mr|Mrs|Ms|Mme|Dr)\.[ ])?"  # ("Indian Ambassador Mrs. Pandit")
                                      rf"(?P<name>{upper}[\w’'\-]+(?:[ ](?:{upper}|(?:{ARTICLES})-{upper})[\w’'\-]+){{0,2}})")
        # (an Arabic article's name too: "Prime Minister Abdullah as-Sallal")
        self.titled_person = regexes.compile(rf"\b(?:{alternation(merged['titles'])})[ ]"
                                        rf"(?P<name>{upper}[\w’'\-]+(?:[ ]{upper}[\w’'\-]+){{1,2}}"
                                        rf"|(?:de|De|van|von|du|le)[ ]{upper}[\w’'\-]+)")  # ("President de Gaulle")
        self.run_on_header = regexes.compile(rf"(?<=[ ])(?P<name>{alternation(merged['headers'])}):[ ]+(?=\S)")
        self.header = regexes.compile(
        # (a list of people may go on in lower case: "Zaproszeni do wszystkich punktów porządku dziennego:")
            # (a form's numbered field too: "1. Contact Person(s):", "4. Meeting Details:"; not a cable's "8. COMMENT:")
            rf"(?:\d{{1,2}}\.[ ]+(?=(?-i:[A-Z][a-z])))?"
            rf"(?P<bracket>\[)?"  # ("[Note]: We have sent ...": an editor's header in brackets)
            rf"(?P<h>(?:{alternation(merged['participant_headers'], any_case=True)})(?-i:(?:[ ]+[a-zß-ſ][\w.]*){{1,6}})|"
            rf"{alternation(merged['headers'], any_case=True)})(?(bracket)\])(?:[ ]*\[[^\[\]\n]{{1,40}}\])?[ ]*:(?!//)", re.I)
        # "(Laughter.)", "[The conversation ended.]": whether one is a stage direction is decided in context
        self.stage = regexes.compile(rf"\((?P<p>{upper}[^()]*)\)|\[(?P<b>{upper}[^\[\]]*)\]")

    @staticmethod
    def _strings(data: dict, key: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _layout_problem(f"{key} must be a list of strings, not {value!r}",
                                  hint=f'write e.g. {key} = ["..."]')
        return list(value)

    @staticmethod
    def _regex(pattern: str, key: str, group: str, flags: int = 0) -> re.Pattern:
        try:
            compiled = regexes.compile(pattern, flags)
        except re.error as exc:
            raise _layout_problem(f"{key}: {pattern!r} is not a regular expression ({exc})") from None
        if group not in compiled.groupindex:
            raise _layout_problem(f"{key}: {pattern!r} has no group (?P<{group}>...)",
                                  hint=f"name the part to keep (?P<{group}>...)")
        return compiled

    def lists_people(self, header: str) -> bool:
        """Is this header a list of participants ("Present:", "Foreign guests:")?"""
        name = header.casefold().rstrip(".")
        return name in self.participant_headers or bool(set(name.split()) & self.participant_words)

    def is_heading(self, text: str) -> bool:
        """A whole paragraph that heads the record ("MEMORANDUM OF CONVERSATION")."""
        return " ".join(text.strip(" .:").split()).casefold() in self.headings

    def section_header(self, text: str) -> str | None:
        if text.endswith(":") and text[:-1].strip() in self.sections:
            return text[:-1].strip()
        if text.startswith("•") and text[1:].strip() in self.sections:  # the old site's tabs: "• Citation"
            return text[1:].strip()
        return None

    def is_stage_word(self, body: str) -> bool:
        folded = body.casefold()
        return any(folded.startswith(w) and not folded[len(w):len(w) + 1].isalpha() for w in self.stage_words)

    def declaration(self, inner: str) -> str | None:
        """The short name that a label's bracket declares ("henceforth referred to as N.S.")."""
        for pattern in self.declarations:
            match = pattern.match(inner.strip())
            if match and match["short"]:
                short = match["short"].strip().strip("\"'“”‘’").strip()
                return short or None
        return None

    def normalise(self, word: str) -> str:
        """A word printed in capitals, in title case ("ZEDONG" -> "Zedong"), unless capitals = "keep"."""
        if self.capitals != "title" or not word.isupper():
            return word
        letters = word.replace("'", "").replace("’", "").replace("-", "")
        return word.capitalize() if len(letters) > 1 and letters.isalpha() else word


_COMPILED: dict[str, Layout] = {}


# a name beside an office, and the words that may stand between them ("President of NUCLEBRÁS, Minister Paulo ...")
NAME_WORDS = r"(?-i:[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,3})"
HONORIFIC_WORDS = r"(?:Comrade|Cde\.?|Mr\.?|Mrs\.?|Dr\.?|Minister|General|Ambassador)"


def beside_office(text: str, office: str) -> list[str]:
    """The names ``text`` prints beside this office, a comma between them, as printed (titles and all): "Comrade
    Nicolae Ceaușescu, President of the State Council", "President of NUCLEBRÁS, Minister Paulo Nogueira Batista"."""
    office = re.escape(" ".join(office.split())).replace(r"\ ", r"\s+")
    pattern = (rf"(?P<before>{NAME_WORDS}),\s+(?:the\s+)?{office}\b"
               rf"|\b{office},\s+(?:{HONORIFIC_WORDS}\s+)?(?P<after>{NAME_WORDS})")
    return [m["before"] or m["after"] for m in re.finditer(pattern, text, re.I)]


def _layout_pattern(merged: dict, key: str) -> str:
    """A regular expression the layout gives as data, checked: no named group (the parser's own are named)."""
    pattern = merged[key]
    try:
        if re.compile(pattern).groupindex:
            raise _layout_problem(f"{key}: {pattern!r} has a named group", hint="use (?:...) for a group")
    except re.error as exc:
        raise _layout_problem(f"{key}: {pattern!r} is not a regular expression ({exc})") from None
    return pattern


def compiled_layout(data: dict) -> Layout:
    """The compiled Layout of these settings, compiled once per process: most documents share the
    default, and compiling its patterns took a quarter of parsing a page."""
    try:
        key = json.dumps(data, sort_keys=True)
    except (TypeError, ValueError):  # a value JSON cannot hold: compile (and report) it every time
        return Layout(data)
    if key not in _COMPILED:
        if len(_COMPILED) > 64:
            _COMPILED.clear()
        _COMPILED[key] = Layout(data)
    return _COMPILED[key]


class Parser:
    def __init__(self, layout: dict | None = None, is_known: Callable[[str], bool] | None = None):
        self.layout_error: ConfigError | None = None
        try:
            self.layout = compiled_layout(layout or {})
        except ConfigError as error:  # reported with the document's path when it is parsed
            self.layout, self.layout_error = None, error  # type: ignore[assignment]  # (parse_file raises it first)
        self.is_known = is_known or (lambda name: False)
        self.overrides = dict(layout or {})  # the sidecar's [layout], to try the settings a hint proposes
        self.run_on = False  # the page's text was copied with its line breaks lost (see _run_on_head)
        # the last reading tried before a refusal (parse_text): any sentence that opens with a name and a verb of
        # speech starts that person's reported turn, named elsewhere on the page or not; the page is flagged
        self.loose = False
        self.shouting = False  # the page is all in capitals (a cable): capitals mark no label
        self._telegraphese: bool | None = None  # the page is a telegram's clipped prose (telegraphese)
        self.preview_lines: set[int] = set()  # (read for each page: see parse_text)
        self.speaker_line = ""  # the head's "Speaker: Comrade X" over a speech that opens with "Dear Comrades!"
        self.period_names: frozenset[str] = frozenset()  # surnames that label this page's turns with a full stop
        self.period_run_on = False  # ... inside paragraphs too: "... the whole world. Castro. We ..."
        self.recurring: frozenset[str] = frozenset()  # colon labels printed again and again (see _recurring_labels)
        self.monsieur = False  # "M." is Monsieur on this page, no initial
        self.head = ""  # the page's head, its title above all, while the transcript's start is looked for
        self.head_paragraphs: list[Paragraph] = []  # (its first paragraphs)
        self.page_text = ""  # the whole page, while it is parsed
        self.drafted_by: re.Match | None = None  # its FRUS source note's drafter ("Drafted by Dulles.")
        self._office_reports: dict[str, bool] = {}  # (per page: does the page report an office's words again and again?)
        self._labels: dict[tuple, Label | None] = {}  # (per page: what read_label found of a label's words)
        self.dashes: frozenset[str] = frozenset()  # names printed before a dash again and again (_recurring_dashes)
        self.initials: dict[str, str] = {}  # a telcon's one-letter labels ("K."), to the name they stand for
        self.comrade_c = False  # the page writes "c. Moskovskii" for comrade: "C. Becker" opening a sentence is one too
        self.bracket_names: frozenset[str] = frozenset()  # labels a monitor prints in brackets: "[Castro] We ..."
        self.name_lines: frozenset[str] = frozenset()  # names alone on a paragraph's first line: "Robert Mugabe" / "Thank ..."
        self.paren_labels: frozenset[str] = frozenset()  # names in brackets that open paragraphs: "(FM Ohira) I am ..."
        self.bare_names: frozenset[str] = frozenset()  # surnames that open paragraphs with no mark: "Nasser Before I ..."

    @property
    def telegraphese(self) -> bool:
        """Is the page a telegram's clipped prose ("Casey said Govt wld welcome ...")? Read when first asked, on the few
        pages whose reports need it."""
        if self._telegraphese is None:
            self._telegraphese = _telegraphese(self.page_text[:20_000])
        return self._telegraphese

    # -- reading -----------------------------------------------------------
    def parse_file(self, path: Path, doc_id: str | None = None) -> Document:
        path = Path(path)
        if self.layout_error:
            sidecar = path.with_suffix(".toml")
            raise ConfigError(self.layout_error.message, path=sidecar if sidecar.exists() else path,
                              hint=self.layout_error.hint)
        data = read_bytes(path)
        return self.parse_text(decode(data, path), str(path), doc_id or path.stem,
                               hashlib.sha256(data).hexdigest())

    def parse_text(self, text: str, path: str = "<text>", doc_id: str = "doc", digest: str = "") -> Document:
        if self.layout_error:
            raise ConfigError(self.layout_error.message, path=path, hint=self.layout_error.hint)
        self.speaker_line = ""
        if "\n- " in text and len(DASHED_LABEL_LINE.findall(text, 0, 200_000)) >= 2:
            # a web list's copy ("- Teng:" / "- The question of ..."): every line a list item; the dashes are the
            # list's, not the record's (blanked, so that offsets into the file stay true)
            text = LIST_DASH.sub(lambda m: " " * len(m[0]), text)
        if "\n- " in text and len(PRESS_LABEL.findall(text, 0, 200_000)) >= 2:
            # a French transcript's "- LE PRESIDENT.- Bonsoir ..." / "- QUESTION.- ...": its list dash and its label's
            # ".-" (each blanked or made a colon of the same length, so that offsets into the file stay true)
            text = PRESS_LABEL.sub(lambda m: " " * len(m["dash"]) + m["label"] + ": ", text)
        front = FRONT_MATTER.match(text) if text.startswith("---") else None
        front_title = ""
        if front and all(YAML_LINE.fullmatch(row) for row in front["body"].split("\n")):
            titled = re.search(r"(?m)^title:[ ]*(.+(?:\n[ ]+\S.*)*)", front["body"])  # (its value folded over
            front_title = " ".join(titled[1].split()).strip("'\"") if titled else ""  # indented lines: "... of
            # Conversation" / "  with Mr Winston Churchill, U.K. Prime Minister")
            # a static site's copy (Markdown) opens with its YAML front matter ("---" / "title: ..." / "doc_date: ..." /
            # "---") above the record's own heading: the site's fields, no text of the record (blanked, so that offsets
            # into the file stay true)
            text = re.sub(r"[^\n]", " ", front[0]) + text[front.end():]
        self.page_text = text
        # a FRUS source note's "Drafted by Dulles." (looked for only where its word is: the pattern has no literal start)
        self.drafted_by = DRAFTED_BY.search(text) if "Drafted" in text or "Prepared by" in text else None
        self._office_reports = {}
        self._labels = {}
        # hardly a word in lower case (a cable, a stamp): at the top, or in the middle of a page whose export's own
        # head is in lower case ("Citation: ...", then the cable's OCR in capitals)
        self.shouting = _shouting(text[:3000]) or len(text) > 2000 and _mostly_capitals(text[len(text) // 3:][:3000]) \
            and _shouting(text[len(text) // 3:][:3000])
        self._telegraphese = None  # (read when first asked: see telegraphese)
        paragraphs = split_paragraphs(text, path, self.layout.sections, self.layout.one_paragraph,
                                      self.layout.file_lists, shouting=self.shouting, header=self.layout.header)
        paragraphs, numbered = _edition_numbers(paragraphs)
        # (the lines where a document site's preview of the record stands, read before the page's head takes its
        # title from it: Transcript.read covers what is left of it)
        previews = _previews(paragraphs)
        self.preview_lines = {p.location.line for p in paragraphs if id(p) in previews}
        self.period_names, self.period_run_on = _period_labels(paragraphs, self.layout.title_set,
                                                               self.layout.speech_openings | self.layout.not_first)
        self.recurring = _recurring_labels(paragraphs)
        # the labels of a memcon's numbered paragraphs ("1.      Souharto: We have ..."), how often each
        self.numbered_labels = Counter(m["name"] for p in paragraphs if p.text[:1].isdigit()
                                       and (m := NUMBERED_LABEL.match(p.text)))
        # "M." before two names or more at paragraphs' starts ("M.GISCARD D'ESTAING:", "M.DENG XIAOPING:"): the same
        # initial for each speaker is no initial but a French record's Monsieur
        self.monsieur = len({m[1].casefold() for p in paragraphs if (m := MONSIEUR_LABEL.match(p.text))}) >= 2
        self.dashes = self._recurring_dashes(paragraphs)
        self.initials = self._initial_labels(paragraphs)
        self.comrade_c = len(LOWER_C.findall(text, 0, 200_000)) >= 2
        self.bracket_names = _bracket_labels(paragraphs)
        self.name_lines = _name_lines(paragraphs)
        self.paren_labels = _paren_labels(paragraphs, self.layout.title_set)
        self.bare_names = self._bare_names(paragraphs)
        if not paragraphs:
            raise ParseError("the file holds no text", path=path, line=1,
                             hint="an archive page export starts with a date line and a title")
        meta, body, transcript_line, (found_header, has_header) = self._sections(paragraphs, path)
        date = None
        title = ""
        after_title: list[Paragraph] = []
        head = [p for p in meta.pop("_head", []) if p.text.casefold() not in PAGE_FURNITURE
                and not all(line.strip().casefold() in PAGE_FURNITURE or STATE_SHELL.match(line.strip())
                            for line in p.lines)  # ("Search in" / "ADD ..."; the old State Department site's shell)
                and not (p.text.casefold().startswith(FURNITURE_OPENINGS) and len(p.text.split()) <= 30
                         and ":" not in p.text)
                and not p.text.casefold().startswith(SITE_BANNERS) and not SERIES_VOLUME.match(p.text)
                and not PAGE_MARK_ALONE.fullmatch(p.text)  # (FRUS: "[Page 560]" above the heading)
                and not BREADCRUMB.fullmatch(p.text)  # ("中文马克思主义文库 -> 毛泽东" above a library's heading)
                and not NAVIGATION_LINK.fullmatch(p.text)]  # ("[返回索引页面]", "[Back to the index]")
        filed = [p for p in head[:2] if FILE_NUMBER_LINE.fullmatch(p.text.strip()) or FILED_KIND_LINE.fullmatch(p.text.strip())]
        if not filed and len(head) >= 2 and SOURCE_FILE_LINE.search(head[0].text) and len(head[0].text) <= 120 \
                and RECORD_KIND_LINE.match(head[1].text):
            filed = head[:1]  # FRUS's older volumes: the record's source over its heading ("Eisenhower Library, Dulles
            # papers, “Meetings with the President”" / "Memorandum of Conversation, by the Secretary of State")
        numbered_as = [p for p in [p for p in head[:2] if not any(p is f for f in filed)][:1]
                       if VOLUME_NUMBER_LINE.fullmatch(p.text.strip())]  # (under the file number, or alone at the top)
        head = [p for p in head if not any(p is f for f in [*filed, *numbered_as])]  # (FRUS: the State Department's
        # file number above the heading, "611.35/4–2253": a header of the record, not its title; and an older volume's
        # number of the document above it, "No. 908")
        stray = head[:1] if len(head) >= 2 and not _dated(head[0].text) and _dated(head[1].text) \
            and len(head[0].text.split()) >= 6 and head[0].text.endswith(".") \
            and len((head[2] if len(head) > 2 and parse_date(head[1].text) else head[1]).text.split()) <= 60 else []
        # (not when the title runs on into the record, its line breaks lost: the summary names the record better)
        head = head[len(stray):]  # the site's summary copied above the date line ("Khrushchev speaks about ...")
        if head:
            date = parse_date(head[0].text)
            posted = None if date or len(head) < 2 or not WEEKDAY_HEADING.match(head[0].text) \
                else DATE_IN_LINE.search(head[1].text)
            if posted and (post := parse_date(WEEKDAY_LEAD.sub("", head[0].text))) \
                    and (own := parse_date(posted[0])) and int(post.value[:4]) - int(own.value[:4]) >= 20:
                # a blog's post date over a record's heading that prints its own ("Monday, August 15, 2016" / "104 -
                # Meeting between Ambassador Eban, Secretary of State Dulles, and others, April 6, 1956"): the record's
                date = own
            after_title = head[(2 if date else 1):]
            rest = [p.text for p in (head[1:] if date else head)]
            joined = None if date else DATE_THEN_TITLE.match(head[0].text)  # "April 07, 1952 Conversation ..."
            if joined and parse_date(joined["date"]):
                date, rest[0] = parse_date(joined["date"]), joined["title"]
            title = TITLE_CALLOUT.sub("", MARKDOWN_HEADING.sub("", rest[0])) if rest else ""  # FRUS: "... Foreign
            # Minister Gromyko1"; a Markdown copy's "# 78 Cablegram From Waller to ..."
            lines = (head[1:] if date else head)[0].lines if rest and not joined else ()
            cut = next((i for i, line in enumerate(lines) if i and ((h := self.layout.header.match(line))
                        and h.end() == len(line) or JOURNAL_OF.match(line))), None)  # (or "From the diary of ...")
            if cut:  # a record's field on the title's next line ("... PRESIDENT ZIA" / "Document Type:"): not the title's
                title = " ".join(lines[:cut])
            dated: tuple[str, ...] = head[0].lines if joined else ()  # ("November 12, 1956" / "Memorandum of ..." /
            cut = next((i for i, line in enumerate(dated) if i > 1 and JOURNAL_OF.match(line)), None)  # "From the diary")
            if cut and parse_date(dated[0]):
                title = " ".join(dated[1:cut])
        if re.fullmatch(r"\d{1,6}", title.strip()) and head and len(rest) >= 2 and not parse_date(rest[1]) \
                and len(rest[1].split()) >= 3:
            # an edition's document number alone over its title ("34207" or "71" / "Record Of Conversation Between Anderson
            # And Kosasih"): the title is the line under it
            title = rest[1]
            after_title = [p for p in after_title if p.text != rest[1]]
        if front_title and (not title or PLACE_DATED.fullmatch(title.rstrip(".").replace("[", "").replace("]", ""))
                            or DATELINE_TIME.fullmatch(title)):  # (the editor's place in brackets: "[LONDON], 14 April 1942")
            dated_line = DATE_IN_LINE.search(title)
            date = date or (parse_date(dated_line[0]) if dated_line else None)
            title = front_title  # the front matter's title over a record whose first line is its dateline ("Wonosobo,
            # 7 September 1974, 9.30 a.m.": its date kept)
        cited = CITED_TITLE.match(rest[1].strip()) if head and len(rest) >= 2 else None
        if cited and len(title.split()) >= 12 and title.rstrip().endswith("."):
            # the old site's summary, then its citation, under the date: the title is the citation's ("In an interview
            # with journalist Carmine De Lepsis, Che Guevara speaks about ..." / "“Italian Communist Journalist ...,”")
            stray, title = [head[1] if date else head[0]], cited["title"]
        citation = self._citation(meta.get("Citation", ""))
        if title and not re.search(r"[a-z]", title):  # the old site's title in capitals: its citation prints it in
            cased = next((m["title"] for line in [*(row for p in head for row in p.lines), *meta.get("Citation", "").splitlines()]
                          if (m := CITED_TITLE.match(line.strip()))), "")  # mixed case
            title = cased if re.search(r"[a-z]", cased) else citation.title if citation and citation.title \
                and re.search(r"[a-z]", citation.title) else title
        if not title and citation and citation.title:  # the old site's page: the title only in the citation
            title = citation.title
        elif title and citation and len(citation.title) > len(title) + 3 and citation.title.startswith(title.rstrip(". ")):
            title = citation.title  # a PDF export's first line, cut short ("... Foreign Minister K.E"): the citation's
        language = meta.get("Original Language", "")
        transcript = Transcript(self, path, title)
        cut = next((p for p in head[:3] if p.text[:1].islower() and len(p.text.split()) >= 4), None)
        if cut is not None:
            # a page that opens mid-sentence under a viewer's furniture ("Page images" / "expressed their mutual wish to
            # continue ...", a book's page cut from the one before): the end of someone's turn, read as its title or
            # above it, said
            transcript.notices.append(("unattributed-text", cut.location.line, f"the page opens mid-sentence "
                                       f"({cut.text[:60]!r}), above the record: if these are the last words of a turn "
                                       "begun on an earlier page, they have no speaker here"))
        transcript.headers.extend([*(("Number", p.text.strip()) for p in numbered_as),
                                   *(("File", p.text.strip()) for p in filed)])
        transcript.draft_code = DRAFT_LINE.search(text)
        reported = NARRATED_REPORT.search(title) if len(title.split()) >= 40 and ". " in title else None
        # a blog's page that opens with its narration ("On 21 February 1970, Kissinger held ... Lê Đức Thọ declared that
        # Hanoi would accept nothing ..."), read as its title: the reports in it are no turns, so say so (a report in the
        # past tense: not the site's summary in the present, "Brezhnev complains that ...")
        if reported and self.layout.any_verb.fullmatch(reported["verb"]) and reported["verb"].endswith(("ed", "said", "told")):
            transcript.notices.append(("narrated-title", head[0].location.line if head else 0,
                                       f"the page opens with {len(title.split())} words of narration, read as its title, "
                                       f"that report someone's words ('{title[reported.start():reported.end() + 30]}...'): "
                                       "they are no turn; if they are, give the page a title line above them"))
        if numbered:
            transcript.notices.append(("edition-numbers", numbered[0], f"the paragraphs' numbers glued to their first "
                                       f"words ('{numbered[1]}...', an edition's numbering) are read as no text"))
        listed = unheaded_list(p.text for p in after_title)
        if listed:  # the participants under the title, their header lost
            transcript.headers.append(("Participants", "\n".join(listed)))
        told = next((i for i, p in enumerate(after_title) if p.text.rstrip().endswith(":")
                     and TOLD_ME_FOLLOWING.search(p.text)), None) if body else None
        # "... about which Comrade Moskovsky told me the following:" above the first label: the record begins there
        told_paragraphs, after_title = (after_title[told:], after_title[:told]) if told is not None else ([], after_title)
        rows = iter(after_title)
        first_bullet = next((p for p in after_title if BULLET.match(p.text)), None)
        for para in rows:  # a sentence between the title and the transcript is no heading: it may be
            words = _words(para.text)  # a turn or a report the parser did not read, so say so (in Chinese too,
            # counted two characters a word: "周總理回答說,中國黨支持波蘭同志 ...")
            named = self.layout.header_names.get(para.text.casefold()) if not self.layout.is_heading(para.text) else None
            # (a marking alone, "top secret", has no value: the paragraph under it is the telegram's first)
            value = next(rows, None) if named else None
            if named and value is not None:
                # FRUS's "SUBJECT" above the title's lines ("• Talks between President Carter and ..."): a header
                transcript.headers.append((named, value.text.lstrip("•-– ").strip()))
            elif para is first_bullet and len(para.lines) == 1 and not transcript.headers \
                    and ((worded := re.search(r"\b[a-z]{3,}\b", para.text)) or para.text.count(", ") >= 2):
                # FRUS's web page: its subject as a list of one under the title ("• Secretary Haig's Conversation with
                # Amb. Dobrynin"), the participants' list below it: it says who "The Secretary" is; or its participants
                # on one line, their heading lost ("• Secretary of State, Mr. McCone, Under Secretary Harriman, ...": no
                # word in lower case); not one participant under a heading ("• General de Gaulle, Colonel Walters")
                transcript.headers.append(("Subject" if worded else "Participants", BULLET.sub("", para.text).strip()))
            elif EDITORS_DESCRIPTION.fullmatch(para.text.strip()) and words >= 6:
                # "[Interview with President Fidel Castro by NBC reporter Maria Shriver ...--recorded]": the monitor's
                # description of the record, which names who speaks ("[Castro]" is Fidel)
                transcript.headers.append(("Narration", " ".join(para.text.split())))
            elif words > HEADING_WORDS or words >= 6 and (": " in para.text or NOTE_AT_END.sub(
                    "", CUT_AT_END.sub("", para.text))[-1:] in ".?!"):
                # (a sentence the editor cut short is one: "... since the Tenth Plenum was postponed again. […]"; so is
                # one with a note's number after its stop: "... will be covered in separate telegram.1")
                transcript.unattributed.append((para.location.line, para.text))
                # (the telegram's first paragraph, of the author's visit, above its first turn: "384. 1. My call on
                # Mosadeq this evening ...": whom the author saw is the "He" who answers)
                transcript.visit = transcript.visit or _author_visit(para.text)
            elif words >= 3 and not named and not self.layout.is_heading(para.text):
                transcript.headers.append(("Heading", para.text))  # a subtitle under the title, kept: it may name who
                # meets ("MEETING THE BRITISH LABOUR PARTY DELEGATION (LASKI, BACON AND PHILIPS)")
        transcript.run_on = self.run_on
        transcript.summary = meta.get("Summary", "") or (stray[0].text if stray else "") \
            or _boxed_summary(meta.get("Citation", ""))
        at = next((i for i, p in enumerate(paragraphs) if p is body[0]), 0) if body and not transcript.summary else 0
        if at and len(body) > 1 and paragraphs[at - 1].text.casefold().startswith(FURNITURE_OPENINGS) \
                and SITE_SUMMARY.match(body[0].text) and len(body[0].text.split()) <= 90:
            # the newest site's summary under its support line, in the present tense ("Gorbachev tells Grosz that
            # ..."), above a record in reported speech: the archive's summary, no turn
            transcript.summary, transcript.summary_line = body[0].text, body[0].location.line
        transcript.summaries = transcript.summary or meta.get("Citation", "")  # (the old site's, in its citation block)
        body = [*told_paragraphs, *meta.pop("_pre", []), *body]  # (_pre: between the last one-paragraph section and
        # the transcript)
        for found in NAMED_INITIALS.finditer(text) if SHORT_IN_BRACKETS.search(text) else ():
            full, short = found.groups()
            if "".join(w[0] for w in full.split()) == short and len(short) >= 2 and found.start() < (
                    body[0].location.offset if body else 0):  # the summary's "Mordechai Gazit (MG)": "MG:" is he
                transcript._declare(short, full)
            elif short == full.split()[-1][0]:  # "The Chancellor thanked Lech Walesa (W) for ...", then "W said that"
                transcript._declare(short, full)
        self._letter_labels(text, transcript)
        self._initials_labels(text, transcript)
        byline = head[0].lines if head and not date and len(head[0].lines) >= 2 else ()
        sender = (BYLINE.fullmatch(byline[0].strip()) if byline and MEMOIR_TITLE.match(byline[1]) else None) \
            or next((m for p in after_title[:2] if (m := SENT_BY.match(p.text) or MEMO_BY.search(p.text)
                                                    or MEMO_BY_PERSON.match(p.text) or PERSON_SENT.match(p.text)
                                                    or MESSAGE_FROM_PERSON.search(p.text))), None) \
            or TITLE_SENDER.search(title) or MEMO_BY.search(unnumbered := VOLUME_NUMBER_LEAD.sub("", title)) \
            or MEMO_BY_PERSON.match(unnumbered) \
            or (EMBASSY_SENDER.search(title) if not FROM_LINE.search(text, 0, 5000) else None) \
            or next((m for t in (title, *(p.text for p in after_title[:4])) for form in _sender_forms(t)
                     if (m := PERSON_SENDS.fullmatch(form)) and (m["name"] or m["sender"]).casefold() not in CAPITALS),
                    None)  # (no capital's: "Telegram from Washington to Bucharest")
        if sender:  # FRUS: the file's number as its title ("396.1/3–351: Telegram"), the sender or author under it
            # (or in the title: "Backchannel Message From the Chief of ... (Woodcock)")
            transcript.sender = sender["name"] or sender.groupdict().get("sender") or ""
        sent_for = next((m for p in [*after_title[:3], *body[:2]]
                         if (m := FROM_LEAD.match(p.text) or EYES_ONLY_FROM.match(p.text) or FOR_FROM.match(p.text))
                         and m["name"].casefold() not in CABLE_SENDING_OFFICES | self.layout.title_set), None)
        transcript.sent_for = sent_for["name"] if sent_for else ""
        segments, footnotes = transcript.read(body)
        if date is None:  # FRUS prints no date line: "Washington, October 6, 1976, 10:30 a.m." under the title
            lines = [title, *(p.text for p in after_title[:4]), *transcript.preamble[:4],
                     *(v for h, v in transcript.headers[:6] if not COPY_DATED.search(f"{h}:")),
                     *(f.text for f in footnotes[:2] if f.text.lstrip().startswith("Source"))]
            # (or in its heading, "472. Memorandum of a Conversation, ..., Washington, May 3, 19551"; or in its source
            # note: "... Moscow, May 26, 1972"; not in the editor's other notes: "The Austrian State Treaty was signed
            # on May 15, 1955.")
            # (a memorandum's own "DATE, TIME" header first: not a copy's "Declassified ..., NARA, Date 6/29/00" above)
            own_dates = [v for h, v in transcript.headers[:12] if DATE_HEADER.match(h)]
            candidates = [*own_dates, *(line for line in lines if len(line) > 200 or not DECLASSIFIED.search(line))]
            date = next((d for m in map(_own_date_in, candidates) if m and (d := parse_date(m[0]))), None)
            date = date or next((d for line in candidates if len(line) <= 80 and (d := chinese_date(line))), None)
            # (a Chinese record's date line or field, "日期:1974-2-22"; not a memoir's narration: "1963年12月中旬至 ...")
            # (or in a dateline further down the lines above the record: "Washington, October 17, 1966, 5:30 p.m." under
            # a copy's seal, its volume and its heading)
            date = date or next((d for p in transcript.preamble[4:12] if (d := dateline(p))), None)
        if date is None and (sent := CABLE_DATE_TIME.search(text, 0, 3000)):  # a cable's date-time group, its head's
            month = CABLE_MONTHS.index(sent["month"]) + 1  # "R 080905Z JAN 75"
            date = parse_date(f"19{sent['year']}-{month:02d}-{sent['day']}")
        if date is None and filed:
            # FRUS: the State Department's decimal file number ends in its day, "740.00119 Council/4–246" (2 April
            # 1946), the record's date where no line prints one (imported here: ld.speakers imports this module)
            from ld.speakers import DECIMAL_FILE

            if decimal := DECIMAL_FILE.search(filed[0].text):
                date = parse_date(f"19{decimal['year']}-{int(decimal['month']):02d}-{int(decimal['day']):02d}")
        if date is None and (opening := next((m for p in body[:12] if (m := OPENING_DATE.match(p.text))), None)):
            # a record whose head prints no date and whose narration opens with it: "On the evening of November 25,
            # 1963, after the funeral of President Kennedy, the Prime Minister came to the Department ..."
            date = parse_date(opening["date"])
        for speaker, line, why in self._monologue_readings(title, transcript) \
                if not any(s.kind == "turn" for s in segments) and not self.layout.monologue else ():
            # a page without labels that the title says is one person's words, flagged
            trial = Parser({**self.overrides, "monologue": speaker}, is_known=self.is_known)
            with suppress(LdError):  # (if it reads nothing either, the refusal below stands)
                read = trial.parse_text(text, path, doc_id, digest)
                return replace(read, notices=(*read.notices, ("speaker-to-confirm", line, (
                    f"the page has no speaker labels, and {why}: read as {speaker}'s words throughout (monologue = "
                    f"\"{speaker}\" under [layout] in the sidecar says so; check it)"))))
        turns_read = sum(s.kind == "turn" for s in segments)
        if (not turns_read or transcript.reported and len(transcript.unattributed) >= 2 * turns_read + 1) \
                and not self.loose and not self.layout.monologue and self.overrides.get("reported_speech") is not False:
            # a page no reading found a turn in, before it is refused, or one of reports whose few turns come after most
            # of its paragraphs, left unattributed: the loose reading of reports, flagged (when it finds more)
            trial = Parser({**self.overrides, "reported_speech": True}, is_known=self.is_known)
            trial.loose = True
            loose: Document | None = None
            with suppress(LdError):  # (if it reads nothing either, the refusal below stands)
                loose = trial.parse_text(text, path, doc_id, digest)
            # (an exchange, or no reading: one name's reports among other shapes are too few to trust)
            if loose is not None and len({t.speaker for t in loose.turns}) >= 2 and (not turns_read or len(
                    loose.turns) > turns_read and len(loose.unattributed) < len(transcript.unattributed)):
                return replace(loose, notices=(*loose.notices, ("speaker-to-confirm", loose.turns[0].location.line, (
                    "the page has no speaker labels and few reports the parser reads as a record's: each sentence that "
                    "opens with a name and a verb of speech (\"Falin replied that ...\") was read as that person's "
                    "turn; check the speakers, or add labels (\"Name: ...\") to the paragraphs"))))
        if not any(s.kind == "turn" for s in segments):
            raise self._checked_hint(
                self._no_turns(paragraphs, body, path, transcript_line, found_header or date is not None, has_header),
                text, path, doc_id)
        self._check_unread_labels(transcript, path)
        _check_report_before_dialogue(segments, transcript)
        if self.run_on:
            transcript.notices.append(("speaker-to-confirm", body[0].location.line if body else 1,
                                       "the page's line breaks are lost (text copied from a PDF export): its "
                                       "turns were split at the labels inside its lines; check them"))
        transcript.list_unheaded_participants()
        for name, field in transcript.headers:
            said = HEADER_RUN_ON_SPEECH.search(field) if name in SHORT_HEADERS and len(field) > 200 else None
            if said:  # a document site's fields run on in one line, the record's first words in the last ("Date:
                # 11/03/1962 Source: ... Full Text: Today E.M. Nambudiripad visited me ... I informed him that ..."):
                # the header holds them, no turn; said
                line = text.count("\n", 0, max(text.find(field[:60]), 0)) + 1
                transcript.notices.append(("unattributed-text", line, f"the header '{name}:' runs on into words that "
                                           f"report speech ('{said[0]}...'): no turn holds them; put the record's "
                                           "text on a line of its own"))
        gaps = check_coverage(body, transcript.coverage)
        if gaps:  # a defect of the parser, never of the page: say where, and keep nothing
            raise CoverageError(f"the parser lost or doubled transcript text: {gaps[0][1]}", path=path, line=gaps[0][0],
                             hint="please report this page; meanwhile a [layout] setting may avoid the shape")
        return Document(
            id=doc_id, path=path, title=title, date=date, citation=citation,
            summary=transcript.summary, credits=meta.get("Credits", ""),
            original_language=language, language_tag=self.layout.languages.get(language, ""),
            segments=tuple(segments), footnotes=tuple(footnotes), headers=tuple(transcript.headers),
            preamble=tuple(transcript.preamble), declared=tuple(transcript.declarations),
            unattributed=tuple(transcript.unattributed), notices=tuple(transcript.notices),
            coverage=tuple(transcript.coverage),
            text_digest=digest,
        )

    def _sections(self, paragraphs: list[Paragraph], path: str):
        """Split the page into its sections. Without a transcript header ('Contents:'), the
        transcript starts at the first header line or speaker label after the title."""
        layout = self.layout
        paragraphs = _numbered_run_on(self._inline_sections(self._run_on_dialogue(self._run_on_head(paragraphs))))
        has_header = any(layout.section_header(p.text) == layout.transcript for p in paragraphs)
        found_header = False
        current = "_head"
        parts: dict[str, list[Paragraph]] = {"_head": []}
        body: list[Paragraph] = []
        transcript_line = paragraphs[-1].location.line
        quoted = _quoted_authors(paragraphs) if not has_header else {}  # (a quoted report's paragraphs: see Transcript)
        # a record in its author's first person: paragraphs that open "I said ...", "I told him ..."
        # (or after a few words that lead: "At the beginning I informed Comrade Pudisz ...", "On 3 March, I ...")
        # (numbered too: "1. During the meeting on 8 July of this year, I informed ...")
        # (asked only of a page with no transcript header: see ``authored``)
        # (or one, under a FRUS source note that names the drafter: "I said that I had no objection ...")
        first_person = not has_header and sum(bool(FIRST_PERSON.match(p.text, n := _numbered(p.text))
                                                   or (m := EARLY_I.match(p.text, n)) and FIRST_PERSON.match(p.text, m.end()))
                                              for p in paragraphs) >= 2 - bool(self.drafted_by)
        # a page with no heading at all, its first line a turn ("Zhou Enlai: Before the Algiers meeting ..."):
        # a label that opens three paragraphs or more is no title
        opening = LABEL_HERE.match(paragraphs[0].text) if paragraphs else None
        untitled = opening is not None and sum(_bare_label(m["label"]) == _bare_label(opening["label"])
                                               for p in paragraphs if (m := LABEL_HERE.match(p.text))) >= 3
        for index, para in enumerate(paragraphs):
            name = layout.section_header(para.text) or (len(para.lines) == 2 and para.lines[0].isupper() and layout.
                                                         section_header(para.lines[1].strip()))
            # (the old site's tab row over its box, with no blank line: "CITATION SHARE DOWNLOAD" / "• Citation")
            if name:
                found_header = True
            if name == layout.transcript:
                body = paragraphs[index + 1:]
                transcript_line = para.location.line
                break
            if name:
                current = name
                parts.setdefault(name, [])
                continue
            if current != "_head" and para.text.casefold() in SHELL_ENDS:
                current = "_pre"  # the old site's "• share document" / "English HTML": its Citation box ends
                continue
            if current != "_head" and len(para.lines) >= 2 and para.lines[-1].strip().casefold() in SHELL_ENDS:
                parts.setdefault(current, []).append(para)  # ("• Citation" / ... / "• share document" in one
                current = "_pre"  # paragraph, no blank line between them)
                continue
            titled = current != "_head" or self._has_title(parts["_head"]) or untitled
            # Reported speech opens the transcript only outside a section that may run over several
            # paragraphs: a summary such as "Khrushchev told Mao that ..." is no turn.
            free = current in ("_head", "_pre") or current in layout.one_paragraph
            authored = free and titled and (any(TITLE_AUTHOR.search(p.text) or REPORT_FROM.search(p.text)
                                                or JOURNAL_NAME.search(p.text) or MEMO_BY.search(p.text)
                                                or PERSON_SENDS.fullmatch(p.text.strip())
                                                or (sent := SENDER_TO.fullmatch(p.text.strip()))
                                                and sent["sender"].casefold() not in CAPITALS
                                                or NAME_THEN_RECORD.match(p.text) or FROM_A_MISSION.search(p.text)
                                                for p in parts["_head"][:3])
                                            or first_person)
            listed = len(para.lines) >= 2 and _bullet_items(para) is not None  # a participant list
            diary = any(WEEKDAY_HEADING.fullmatch(p.text) for p in parts["_head"][:3])  # ("Saturday, 25 November")
            self.head = " ".join(p.text for p in parts["_head"][:4])
            self.head_paragraphs = parts["_head"][:8]
            follows = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
            spoken = SALUTATION.fullmatch(para.text.strip()) and any(  # "Speaker: Comrade X" above "Dear Comrades!"
                line.split(":")[0].strip().casefold() in SPEAKER_HEADERS for p in paragraphs[:index] for line in p.lines)
            if spoken:
                self.speaker_line = next(line.split(":", 1)[1].strip() for p in paragraphs[:index] for line in p.lines
                                         if line.split(":")[0].strip().casefold() in SPEAKER_HEADERS)
            opened = para.text[1:] if para.location.line in quoted else para.text
            monologue = layout.monologue and free and _sentence_like(para.text)  # (its first words)
            if not has_header and titled and (listed or spoken or monologue or self._opens_transcript(opened, reported=free,
                                                                                         authored=authored)
                                              or free and self._leads_pronoun(para.text, follows)
                                              or free and len(para.text) <= 1500 and AUTHOR_ASKED.search(para.text)
                                              or free and (said := _met_then_said(para.text)) is not None and (
                                                  diary or len(para.raw_lines) == 1 and not YEAR_END.search(para.text, 0, said))):
                # (or the author's words after his narration of the meeting, in a diary's entry under its day or in a
                # paragraph printed on one line with no heading run into it: "... so I asked to see Foreign Minister
                # Molotov. ... First I said that ...", "President Velasco received me this morning ... I told ...")
                # ("On 21 November ... I sat next to the Korean chief delegate ... I asked him whether ...": the
                # author's question inside the record's first paragraph, no heading's; a longer one is cut below)
                body = paragraphs[index:]  # no Contents header: the transcript starts here
                transcript_line = para.location.line
                break
            inside = self._opening_inside(para.text, free, authored) if not has_header and titled else None
            if inside:  # a whole record on one line, its head run into it ("... 2 March 1963 I met with Fidel ...")
                head, rest = _cut(para, inside)
                parts.setdefault(current, []).append(head)
                body = [rest, *paragraphs[index + 1:]]
                transcript_line = para.location.line
                break
            if current in layout.one_paragraph and parts[current]:
                current = "_pre"  # what follows a one-paragraph section precedes the transcript
            parts.setdefault(current, []).append(para)
        meta: dict = {}
        for name, paras in parts.items():
            meta[name] = paras if name in ("_head", "_pre") else "\n\n".join(p.text for p in paras)
        return meta, body, transcript_line, (found_header, has_header)

    def _opening_inside(self, text: str, reported: bool, authored: bool) -> int | None:
        """Where, inside a paragraph of more than 1,500 characters, a sentence opens the transcript (a record
        copied with its line breaks lost, its head run into its first report); None if none does."""
        if len(text) <= 1500:
            return None
        starts = sorted({b.end() for b in BOUNDARY.finditer(text, 0, 3000) if _sentence_starts(text, b.end())}
                        | {y.end() for y in YEAR_END.finditer(text, 0, 3000)})  # ("... 2 March 1963 I met with ...")
        return next((at for at in starts if self._opens_transcript(text[at:at + 400], reported, authored)), None)

    def _run_on_head(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """Text copied from a PDF export with its line breaks lost prints page 1 as one paragraph: "1
        Digital Archive International History Declassified digitalarchive.wilsoncenter.org November 05,
        1962 Memorandum ... Citation: ... Summary: ... Original Language: Russian Contents: English
        Translation". Split it at its section names, as the export prints them on lines of their own
        (``self.run_on`` says the page was read so)."""
        self.run_on = False
        # a text export's own lines first ("Total Page:16", "File Type:pdf, Size:1020Kb"), then the page
        at = next((i for i, p in enumerate(paragraphs[:4]) if len(self.layout.run_on_section.findall(p.text)) >= 2), None)
        if at is None or self.layout.section_header(paragraphs[at].text):
            return paragraphs
        first = paragraphs[at]
        names = list(self.layout.run_on_section.finditer(first.text))
        self.run_on = True
        text = first.text
        cuts = [m.start("name") for m in names] + [len(text)]
        banner = RUN_ON_BANNER.match(text[:cuts[0]])
        spans = [(banner.end() if banner else 0, cuts[0]), *zip(cuts, cuts[1:])]  # (start, end) of each part
        last_start, last_end = spans[-1]
        head = f"{self.layout.transcript}:"
        if text.startswith(head, last_start):  # "Contents: English Translation <the whole record>"
            value_start = last_start + len(head) + len(text[last_start + len(head):last_end]) \
                - len(text[last_start + len(head):last_end].lstrip())
            listed = next((f for f in self.layout.file_lists if text.startswith(f, value_start)), None)
            if listed and text[value_start + len(listed):last_end].strip():
                spans[-1:] = [(last_start, last_start + len(head)), (value_start, value_start + len(listed)),
                              (value_start + len(listed), last_end)]
        recurring = self.recurring
        if recurring:  # "... Parthasarathy Time: 18 July 1961 ... Stenographer: Li Danan Zhang [Wenji]: Yesterday ...":
            last_start, last_end = spans[-1]  # the record's header lines, up to its first turn
            turn = next((m.start() for m in _colon_labels(text, last_start, last_end)
                         if _bare_label(m["label"]) in recurring), last_end)
            cuts = sorted(m.start("name") for pattern in (self.layout.run_on_header, RUN_ON_HEADING)
                          for m in pattern.finditer(text, last_start, turn))
            cuts += [turn] if cuts and turn < last_end else []
            spans[-1:] = list(zip([last_start, *cuts], [*cuts, last_end]))
        elif present := next((m for m in self.layout.run_on_header.finditer(text, spans[-1][0], spans[-1][0] + 600)
                              if m["name"].casefold() in self.layout.participant_headers), None):
            # "... TOP SECRET Present: V. M. Molotov, ... and Bekir Baluku. Comrade Stalin greets ...": the list of
            # those present, on a line of its own, to its first full stop after a word (not after an initial)
            last_start, last_end = spans[-1]
            stop = LIST_END.search(text, present.end(), last_end)
            if stop:
                spans[-1:] = [(last_start, present.start("name")), (present.start("name"), stop.end()),
                              (stop.end(), last_end)]
        pieces = []
        for start, end in spans:
            part = text[start:end]
            if part.strip():  # (each piece is located where it stands in the line)
                start += len(part) - len(part.lstrip())
                pieces.append(replace(first, text=part.strip(), raw_lines=(part.strip(),),
                                      location=replace(first.location, offset=first.location.offset + start)))
        return [p for p in paragraphs[:at] if not EXPORT_FURNITURE.match(p.text)] + pieces + paragraphs[at + 1:]

    def _run_on_dialogue(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """A book's excerpt copied with its line breaks lost: "452 Document No. 61: Record of ... Thatcher
        stops in Moscow ... […] Gorbachev: I am glad ...". The page's first recurring label, inside the
        paragraph that holds the heading, starts the record there."""
        if not self.recurring and not self.period_run_on:
            return paragraphs
        named: re.Pattern | None = None  # (compiled only for a paragraph that may hold a label: each page has its own)
        colons = tuple(f"{label}:" for label in self.recurring)
        for index, para in enumerate(paragraphs[:8]):
            # (the heading may run into the first label: "... Hatalmi grémium Grósz Károly: That we can ...")
            found = None
            if self.period_run_on or any(colon in para.text.casefold() for colon in colons):
                if named is None:
                    named = re.compile(rf"(?<![\w.])(?:{alternation(self.period_names)})\.[ ]+(?=[\"“(\[.…]*[A-Z])") \
                        if self.period_run_on else \
                        re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, sorted(self.recurring)))}):[ ]+(?=\S)", re.I)
                found = named.search(para.text)
            if not self.period_run_on:  # ("Zhang [Wenji]:" prints the recurring "zhang" with a bracket)
                colon = next((m for m in _colon_labels(para.text) if _bare_label(m["label"]) in self.recurring), None)
                found = min((m for m in (found, colon) if m), key=lambda m: m.start(), default=None)
            if found is None:
                continue
            if found.start() == 0:
                return paragraphs
            return [*paragraphs[:index], *_cut(para, found.start()), *paragraphs[index + 1:]]
        return paragraphs

    def _inline_sections(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """A page copied from the PDF export prints a section and its value on one line ("Citation:
        “...”", "Contents: English Translation"): split them as the web page prints them, up to the
        transcript's header. One such line alone on a page with no section of the archive's is the record's own
        ("Summary: In hour-long audience October 16 Shah discussed ...", a cable's): not split."""
        expanded: list[Paragraph] = []
        inline = sum(bool(self.layout.inline_section.match(p.text)) for p in paragraphs[:40])
        if inline == 1 and not any(self.layout.section_header(p.text) for p in paragraphs):
            return paragraphs
        for index, para in enumerate(paragraphs):
            match = self.layout.inline_section.match(para.text)
            if match is None:
                if self.layout.section_header(para.text) == self.layout.transcript \
                        or index > 1 and self.layout.header.match(para.text):
                    return expanded + paragraphs[index:]  # ("Time: ..." opens the record: its "Summary: ..." stays)
                expanded.append(para)
                continue
            name, value = match["name"], match["value"]
            expanded.append(replace(para, text=f"{name}:", raw_lines=(f"{name}:",)))
            rest = list(para.raw_lines)
            if rest:
                rest[0] = rest[0].split(":", 1)[1].strip()
            at = max(para.text.find(value, len(name)), 0)  # the value stands after the name on the same line
            expanded.append(replace(para, text=value, raw_lines=tuple(r for r in rest if r),
                                    location=replace(para.location, offset=para.location.offset + at)))
            if name == self.layout.transcript:
                return expanded + paragraphs[index + 1:]
        return expanded

    @staticmethod
    def _has_title(head: list[Paragraph]) -> bool:
        """The head holds the title already (after an optional date line; the site's furniture, "Skip to content",
        is none)."""
        head = [p for p in head if p.text.casefold() not in PAGE_FURNITURE]
        return len(head) >= (2 if head and parse_date(head[0].text) else 1)

    def _opens_transcript(self, text: str, reported: bool, authored: bool = False) -> bool:
        if text[:1] in ".…[" and (cut := EXCERPT_CUT.match(text)):
            text = text[cut.end():]  # ("... Kohl. I want to tell you ...": an excerpt's first cut)
        if text[:1].isdigit() and (clock := TIME_LEAD.match(text)):
            text = text[clock.end():]  # ("9:40—The Secretary telephoned ...": a telephone memorandum's time)
        if SIDE_HEADING.fullmatch(text.strip()):  # "His position:" over the other side's points
            return True
        topic = _run_in_topic(text) if reported else None
        if topic and (found := self.start_label(text[topic.end():], {}, reported=True)) and found.reported:
            return True  # "1) In regard to spare parts ...: The Premier said that ..."
        if self.layout.header.match(text) or JOURNAL_OF.match(text.strip()):  # "Diary of" opens a journal
            return True
        if self.layout.lists_people(self.layout.header_names.get(text.casefold(), "")) or BULLET_SIDE.match(text):
            return True  # "PARTICIPANTS" alone, its list on the lines after it; FRUS's "• Yugoslav Side:"
        if reported and self.layout.narration and self.layout.narration.match(text):
            return True  # "The meeting took place on 17 June ...": the record's own narration opens it
        if reported and (second := SENTENCE_BREAK.search(text, 0, 400)) and MEETING.search(text, 0, second.start()) \
                and (found := self.start_label(text[second.end():], {}, reported=True)) and found.reported \
                and found.speaker and _meeting_of(text[:second.start()], found.speaker, self.layout.any_verb):
            return True  # "725. Talk with Malenkov at Kremlin reception last night was held standing .... Malenkov
            # spoke to ... and said ...": the meeting, then the words of one who met
        if reported and self.report_after_and(text, {}):
            return True  # "L. called back, and the Sec. said the Br and Fr are now pressing ...": a telephone note's
            # call, then the words of one who takes it
        if reported and (role := ROLE_SUBJECT.match(text)) \
                and ACT_THEN_SAID.search(SENTENCE_BREAK.split(text, maxsplit=1)[0]) \
                and (role["role"].casefold() in self.layout.title_set
                     or role["role"].casefold().rstrip(".") in self.layout.role_alias_set):
            return True  # "The Sec. called and said the Users' Conference ...": a role, its act, then its words
        if reported and (second := SENTENCE_BREAK.search(text, 0, 400)) and VISITED_ME.search(text, 0, second.start()) \
                and (_he_reports(text, second.end()) or TELEGRAPHIC_SAID.match(text, second.end())):
            return True  # "The Soviet Chargé called at his request. He stated that ...": the visit, then his words
        if reported and (visit := _visit_sentence(text)) and (TELEGRAPHIC_VISIT.match(text) or FIRST_PERSON.search(text)
                                                              or HE_REPORTS.search(text) or VISIT_AND_SAID.search(visit)):
            # ("... He said every week brings ...", "14. My 11, January 19, noon. The Prime Minister sent for me this
            # afternoon and said that ...")
            # "803. Saw Nkrumah at Flagstaff House ...": a telegram's author, his "I" left out; "1602. At my request
            # Gottwald received me this morning ... I told him that ...": the author's visit, then his words
            return True
        own = _after_topic(text)  # (after a run-in topic too: "2. Representation. I conveyed ...")
        if authored and FIRST_PERSON.search(re.split(r"(?<=[.!?;])\s", own[_numbered(own):], maxsplit=1)[0]):
            return True  # the title names who writes "I" ("Excerpts from Tsedenbal's diary"): their first words
        label = self.start_label(text, {}, reported=self.layout.reported_speech is not False)
        numbered = NUMBERED_LABEL.match(text) if label is None and text[:1].isdigit() else None
        if numbered and self.numbered_labels[numbered["name"]] >= 2 and (
                found := self.start_label(text[numbered.end():], {}, reported=False)) and found.end and not found.reported:
            return True  # "1.      Souharto: We have followed ...", a label the numbered paragraphs print again and again
        if label is None and self.introduced(text):  # "... Comrade Heo Dam talked about the following issues:"
            return True
        if label is None and reported and POINTS_FOLLOW.search(text) and len(text.split()) <= 40:
            return True  # "The following were the principal points which arose in the conversation:": the record's
            # own lead to what was said, which opens it (the lead itself is a heading of the transcript)
        if label is None and AUTHOR_DASH.match(text):  # "I. — I asked you to come ..."
            return True
        quote = _after_topic(text)  # ('3. Vietnam. "The Chinese ...," Comrade Gromyko said')
        quoted = next((m for p in self.layout.quoted_tags if (m := p.match(quote))), None) \
            if label is None and quote[:1] in "“\"" else None
        if quoted and (found := self.read_label(quoted, True, {}, reported=True)) and self.is_known(found.speaker):
            return True  # '"We agree with the Prime Minister," Mao replied.': a quotation and its tag
        strong = self.layout.reported_strong.match(text) if label is None and reported and self.head else None
        if strong and strong["name"] and (found := self.read_label(strong, True, {}, reported=True)) \
                and self._named_above(found.speaker):
            return True  # "After a short exchange about the program of the visit, M. Gaddafi spoke about ..."
        if label is None and reported and self.head \
                and any(found.speaker and (self._named_above(found.speaker) or CONVERSATION_WITH.search(text, 0, 200)
                                           or _tells_author(text, found.speaker))
                        for found in self.reports_after_commas(text, {})):
            return True  # "In the course of conversation during a lunch ..., A.A. Gromyko remarked that ...": the same
            # after a longer lead, of a person the head names
        dashed = self.layout.dashed.match(text) if label is None else None
        if dashed and dashed["glued"] and dashed["title"] and dashed["name"] and self.read_label(dashed, True, {}):
            return True  # "Cde. Cz. Kiszczak—in the last week ...": a protocol's titled name and a dash
        if dashed and (dashed["name"] or dashed["title"]) and self.dashed_again(dashed):
            return True  # "M[oro] - I wanted to bring you up to date ...", the dialogue's first dash label
        return label is not None and (reported or not label.reported)

    def reports_after_commas(self, text: str, declared: dict[str, str]) -> Iterator[Label]:
        """The reports that may follow a comma of a paragraph's first sentence, when it opens with narration ("In the
        course of conversation during a lunch arranged by ..., who arrived ..., A.A. Gromyko remarked that ...")."""
        if not LEAD_WORD.match(text):
            return
        sentence = SENTENCE_BREAK.split(text, maxsplit=1)[0][:400]
        for comma in re.finditer(r",[ ]+(?=[A-Z]|the[ ]+[A-Z]|comrade[ ]+[A-Z])", sentence):
            # ("In the course of his December 4 conversation with ..., the Secretary asked how ...": a role too; a
            # comrade in lower case: "In the evening, at the reception ..., comrade W. Natorf told me that ...")
            at = comma.end()
            cased = f"{text[:at]}T{text[at + 1:]}" if text.startswith("the ", at) else text  # (read as "The ...")
            match = self.layout.reported_strong.match(cased, at)
            label = self.read_label(match, False, declared, reported=True) if match and (match["name"] or match["title"]) \
                else None
            if label and match and (REPORTED_CLAUSE.match(text, match.end())
                                    or ACT_THEN_SAID.search(sentence, match.end())):
                yield label  # (or words after an act: "..., Kim Yeong-nam conveyed the warm greetings of ... and stated")

    def _leads_pronoun(self, text: str, follows: str) -> bool:
        """Does this paragraph open with a titled person whom the next one reports as "He ..."? ("Comrade [Hans]
        Kopmann was received on 2 April by ..." / "He conveyed your greetings and stressed that ...")"""
        if not HE_REPORTS.match(follows, _numbered(follows)) or self.layout.reported_speech is False:
            return False  # (or "2. He said ...", a cable's numbered paragraph)
        name = _opening_name(text)
        visitor = VISITOR_BEFORE.match(text) if not SENTENCE_BREAK.search(text) else None
        return bool(name) and name.split()[0].casefold() in self.layout.title_set \
            and self.start_label(f"{name}: .", {}, reported=False) is not None or bool(self.one_titled(text)) \
            or visitor is not None and _loose_name(visitor["who"])  # ("Subandrio called on me again on 21st ...")

    def printed_again(self, label: str) -> bool:
        """Does ``label`` open two lines or more of the page, with a colon ("Delegation member: ...")?"""
        return self.page_text.count(f"\n{label}:") >= 2

    def one_titled(self, text: str) -> str:
        """The one person a paragraph names with a title as the one who came or received ("..., Mr. Calvimontes,
        called on me at his request", "Comrade Pudisz visited ..."), or ""."""
        named = {m["name"] for m in self.layout.titled_name.finditer(text) if CAME.match(text, m.end())}
        return next(iter(named)) if len(named) == 1 else ""

    def _named_above(self, name: str) -> bool:
        """Does the page's head (its title) name this person by the surname ("Muammar al-Gaddafi" for
        "M. Gaddafi")?"""
        from ld.speakers import fold

        surname = fold(name.split()[-1]) if name.split() else ""
        return len(surname) >= 3 and surname in re.findall(r"\w+", fold(self.head.replace("-", " ")))

    def dashed_again(self, dashed: re.Match) -> bool:
        """Is a dash label's name one the page's dialogue prints so again and again (``dashes``)?"""
        return bool(self.dashes) and _dash_key(dashed["name"] or dashed["title"] or "") in self.dashes

    # -- labels ------------------------------------------------------------
    def report_after_and(self, text: str, declared: dict[str, str], short: re.Pattern | None = None) -> Label | None:
        """The report after a first sentence's clause of narration and "and" ("L. called back, and the Sec. said ..."):
        its label, of a person or a role; None if there is none."""
        joined = AND_THEN_REPORT.search(text, 0, 200) if ", and " in text[:200] else None
        at = joined.end() if joined else 0
        found = self.start_label(text[at:at + 1].upper() + text[at + 1:], declared, short, reported=True) if joined else None
        return found if found and found.reported and (found.speaker or found.role) else None

    def start_label(self, text: str, declared: dict[str, str], short: re.Pattern | None = None,
                    reported: bool | None = None, listing: bool = False) -> Label | None:
        """The speaker label that starts a paragraph, if any (see _start_label); never a lead's last word with the
        author's "I" after it ("During our discussion of Germany I remarked ...": no person "Germany I")."""
        if DESPATCH_SALUTATION.match(text):
            return None  # "Sir: I have the honor to report that ...": a despatch's salutation, no speaker's label
        label = self._start_label(text, declared, short, reported, listing)
        if label is not None and label.reported and label.speaker.endswith(" I") and label.printed.endswith(" I"):
            # (not a joint label, "Wilgress and I": its speaker is a person, the "I" its co-speaker)
            return None
        return label

    def _start_label(self, text: str, declared: dict[str, str], short: re.Pattern | None = None,
                     reported: bool | None = None, listing: bool = False) -> Label | None:
        """The speaker label that starts a paragraph, if any.

        Reported speech ("Mao Zedong said that ...") is a turn only when the layout sets
        ``reported_speech = true`` (a document written as a report): then the turn's text is the
        whole paragraph, name and verb included, since cutting them off would leave a clause that
        is no sentence. By default such a paragraph is no label: it continues the previous turn
        (or is preamble), because transcripts in direct speech quote people the same way
        ("Khrushchev said that ..." inside Mao's turn) and a wrong split would misattribute it.
        Only a paragraph's start is read: a report in mid-paragraph never splits a turn. With
        ``reported_speech = "auto"`` the transcript decides (``Transcript.read``): ``reported`` says
        whether this page reads reported speech. ``listing``: the paragraph may be a line of a
        participant list ("Dr. Henry A. Kissinger, Assistant to the President"), so only a label with
        a colon counts.
        """
        if reported is None:
            reported = self.layout.reported_speech is True
        lead = EDITED_LEAD.match(text) if text[:1] == "[" else None
        if lead:  # "[The Ambassador] informed N.M. Taraki ...", "[...] Further, H. Amin ... said": the editor's brackets
            inner = self.start_label(f"{lead['role'] or ''}{text[lead.end():]}", declared, short, reported, listing)
            if inner and inner.reported and not inner.end:
                return replace(inner, printed=f"[{lead['role']}]" if lead["role"] else inner.printed)
        if text[:1] in "\"“" and QUOTED_LABEL.match(text) and _quotation_open_to_end(text):
            # '"THACH: THEN WE SHALL TALK ABOUT RICE.': a telegram quotes an exchange verbatim, each speech opening a
            # quotation (and a speech's further paragraphs opening one with no label, which go on with it); not a
            # headline that quotes a speech and goes on ('“Chu En Lai: We will ...” / The unknown meeting ...')
            inner = self.start_label(text[1:], declared, short, reported, listing)
            if inner and inner.end and not inner.reported:
                return replace(inner, end=inner.end + 1)
        glued = GLUED_PAGE_MARK.match(text) if text[:6] == "[Page " else None
        if glued:  # "[Page 393]The Prime Minister said that ...": an edition's page mark glued to the first word
            inner = self.start_label(text[glued.end():], declared, short, reported, listing)
            if inner and not inner.start:
                return replace(inner, end=inner.end + glued.end() if inner.end else 0)  # (the label as printed after it)
        remarks = FROM_REMARKS.match(text)
        if remarks and not listing:  # "From Gromyko’s remarks. I support ...": notes that head each speaker's words so
            inner = self.start_label(f"{remarks['name']}: {text[remarks.end():]}", declared, short, False)
            if inner and not inner.reported:
                return replace(inner, start=0, end=remarks.end(), printed=remarks[0].strip())
        restored = RESTORED_LABEL.match(text)
        if restored:  # "[M.S. GORBACHEV.]  ...and so I say again": the editor restores a label lost with a page
            inner = self.start_label(f"{restored['inner']} {text[restored.end():]}", declared, short, reported, listing)
            if inner and not inner.reported and inner.end <= len(restored["inner"]) + 1:
                return replace(inner, end=restored.end())
        paren = PAREN_LABEL.match(text) if self.paren_labels and text.startswith("(") else None
        if paren and paren["name"] in self.paren_labels:  # "(FM Ohira) I am grateful ...": a Japanese record's labels
            said = REMARKS_OF.sub("", paren["name"])  # ("(Premier Zhao’s Remarks)": Zhao's words under it)
            inner = self.start_label(f"{said}: .", declared, short, False)
            if inner and (inner.speaker or inner.role) and not inner.reported:
                return replace(inner, start=0, end=paren.end(), printed=paren["name"])
        alone = next((n for n in self.name_lines if text.startswith(n + " ") or text == n), None) if self.name_lines else None
        if alone and (note := LANGUAGE_NOTE.search(alone)):  # ("Comrade Nikita S. Khrushchev [in Russian]")
            phrase = alone[:note.start()]
            if asked := self.layout.interview_labels.get(phrase.casefold()):  # ("Voice from the hall [in Polish]")
                return Label(0, len(alone), alone, phrase, role=asked)
            inner = self.start_label(f"{phrase}: .", declared, short, False)
            if inner and inner.speaker and not inner.reported:
                return replace(inner, start=0, end=len(alone), printed=alone)
        if alone:  # "Robert Mugabe" on its own line, the speech under it
            return Label(0, len(alone), alone, alone)
        office = OFFICE_LABEL.match(text) if "," in text[:140] and ": " in text[:200] else None
        if office and {w.casefold() for w in re.findall(r"[\w.]+", office["office"])} & self.layout.title_set:
            # "Head of the Cuban Cultural Delegation, Education Minister, Armando Hart Dávalos: We have just ...":
            # a Chinese record's offices before the name
            inner = self.start_label(text[office.start("name"):], declared, short, False, listing)
            if inner and inner.end and not inner.reported:
                return replace(inner, printed=text[:office.end("name")], end=inner.end + office.start("name"))
        office = OFFICE_OF_LABEL.match(text) if " of " in text[:120] and ": " in text[:160] else None
        if office and " ".join(office["office"].split()[:2]).casefold() in self.layout.title_set \
                or office and office["office"].split()[0].casefold() in self.layout.title_set:
            # "Chairman of the Supreme Soviet Nikolaj Podgornyj: It is ...": an office with its "of", no comma, then
            # the name of a person the register knows or the page labels again by the surname ("Podgornyj:")
            inner = self.start_label(text[office.start("name"):], declared, short, False, listing)
            surname = office["name"].split()[-1]
            if inner and inner.end and not inner.reported and (
                    self.is_known(inner.speaker) or self.is_known(surname) or surname.casefold() in self.recurring):
                return replace(inner, printed=text[:office.end("name")], end=inner.end + office.start("name"))
        office = OFFICE_OF_REPORT.match(text) if reported and " of " in text[:120] else None
        if office and office["office"].split()[0].casefold() in self.layout.title_set:
            # "Ambassador of the Czechoslovak Republic Surin Mikulas reported that ...": the office, its country
            # (ending in "Republic", "Union" ...), then the name, no comma
            inner = self.start_label(text[office.start("name"):], declared, short, reported, listing)
            if inner and inner.reported and not inner.end and inner.printed == office["name"]:
                return replace(inner, printed=text[:office.end("name")])
        role_of = self.layout.role_of.match(text, _numbered(text)) if reported and " of " in text[:80] else None
        if role_of and (beside_office(self.page_text, role_of["role"]) or self._reports_again(role_of["role"])
                        or TOLD_US.match(text, role_of.end("role"))):
            # "The President of the State Council said that ...", "4. The President of NUCLEBRÁS said that": an office
            # the page prints beside a name elsewhere ("Comrade Nicolae Ceaușescu, President of the State Council,"),
            # or reports again and again ("5. The Head of DCS said ...", "7. The Head of DCS asked ..."), or tells the
            # record's authors ("The Ambassador of the DPRK in Geneva told us, speaking of ..., that"): a role-person
            role = " ".join(role_of["role"].split())
            return Label(0, 0, text[_numbered(text):role_of.end("role")], role, reported=True, role=role)
        called = LABEL_CALLOUT.match(text) if "]:" in text[:80] else \
            COLON_CALLOUT.match(text) if ":[" in text[:80] else None  # (or after it: "TODOR ZHIVKOV:[1] […] I do")
        if called:  # "Nguyen Van Hieu[1]: The Algerians ...": the editor's note call-out on the label
            inner = self.start_label(called["label"] + text[called.end("callout"):], declared, short, reported, listing)
            if inner and inner.end:
                return replace(inner, end=inner.end + len(called["callout"]))
        parenthesized = ROLE_THEN_NAME_IN_PARENTHESES.match(text)
        if parenthesized and parenthesized["role"].casefold() in self.layout.title_set:
            # "Premier (Zhou) said that ...": the editor's name after the role in round brackets, as in square ones
            inner = self.start_label(f"{parenthesized['role']} [{parenthesized['name']}]{text[parenthesized.end():]}",
                                     declared, short, reported, listing)
            if inner and inner.printed == f"{parenthesized['role']} [{parenthesized['name']}]":
                return replace(inner, printed=parenthesized[0].strip())
        dotted = DOTTED_SHORT.match(text) if declared else None
        if dotted and dotted[1].casefold() in declared:  # "W. thanks the Chancellor ..." of "Lech Walesa (W)": the
            # declared short form with a full stop, not an initial
            inner = self.start_label(dotted[1] + text[dotted.end(1) + 1:], declared, short, reported, listing)
            if inner and inner.reported and not inner.end and inner.printed == dotted[1]:
                return replace(inner, printed=dotted[0].rstrip())
        comma = COMMA_INITIAL.match(text)
        if comma:  # "J, Vosáhlo: I believe ...": an initial typed with a comma, among "J. Lux:" labels
            inner = self.start_label(f"{comma[1]}.{text[2:]}", declared, short, reported, listing)
            if inner and inner.end and not inner.reported:
                return replace(inner, printed=text[:len(inner.printed)])
        completed = COMPLETED_INITIAL.match(text)
        if completed:  # "K.[udryavtsev] informed me that ...": the editor completes an initial
            name = completed["letter"] + completed["rest"]
            inner = self.start_label(name + text[completed.end():], declared, short, reported, listing)
            if inner:
                shift = len(completed[0]) - len(name)
                return replace(inner, printed=completed[0] + inner.printed[len(name):],
                               end=inner.end + shift if inner.end else 0)
        bracketed = BRACKET_LABEL.match(text) if self.bracket_names else None
        if bracketed and bracketed["name"].casefold() in self.bracket_names:
            # "[Castro] We have been talking ...", "[Castro, interrupting] They have ...": a monitor's labels
            inner = self.start_label(f"{bracketed['name']}: {text[bracketed.end():]}", declared, short, False, listing)
            if inner and not inner.reported and inner.end <= len(bracketed["name"]) + 2:
                return replace(inner, printed=text[bracketed.start("label"):bracketed.end("label")], end=bracketed.end())
        lower = next((m for pattern in self.layout.lower_roles if (m := pattern.match(text))
                      and m["role"] in self.layout.title_set), None) \
            if "he " in text[:90] else None  # ("The foreign minister said", "The ambassador said": "the" first)
        if lower:  # "The ambassador said, ...": read as "The Ambassador", the label kept as printed
            cased = f"{text[:lower.start('role')]}{lower['role'].title()}{text[lower.end('role'):]}"
            label = self.start_label(cased, declared, short, reported, listing)
            at = cased.find(label.printed) if label else -1  # (the label as printed, where the lead ends)
            return replace(label, printed=text[at:at + len(label.printed)]) if label and at >= 0 else label
        delegate = DELEGATE_THEN_NAME.match(text) if reported and "e " in text[:4] else None
        if delegate:  # "The Cambodian representative Tep Phan declared that ...": the name after the office in lower
            # case, reported (and the editor's first name in brackets: "The Laotian delegate [Phoui] Sananikone said")
            after = text[delegate.end():]
            whole = RESTORED_WHOLE.match(after)  # (the name wholly the editor's: read without its brackets)
            inner = self.start_label(f"{whole['name']}{after[whole.end():]}" if whole else after,
                                     declared, short, reported, listing)
            if inner and inner.reported and not inner.end and inner.speaker and not inner.role:
                return replace(inner, printed=f"{delegate[0]}{'[' if whole else ''}{inner.printed}{']' if whole else ''}")
        lowered = LOWER_ROLE_LABEL.match(text) if text[:4] in ("The ", "the ") else None
        if lowered and lowered["role"] in self.layout.title_set:
            # "The chairman: Please sit down.": a role in lower case before a colon (Mao's works print him so)
            cased = f"{text[:lowered.start('role')]}{lowered['role'].title()}{text[lowered.end('role'):]}"
            label = self.start_label(cased, declared, short, reported, listing)
            if label and label.end and not label.reported:
                return replace(label, printed=text[label.start:label.start + len(label.printed)])
        if short:
            match = short.match(text)
            if match and match["label"].casefold() in declared:
                return Label(0, match.end(), match["label"], declared[match["label"].casefold()])
        initial = INITIAL_LABEL.match(text) if self.initials else None
        if initial and initial["letter"] in self.initials:  # "K. Good. What does it say?"
            return Label(0, initial.end("letter") + 1, f"{initial['letter']}.", self.initials[initial["letter"]])
        match = self.layout.label_at_start(text)
        label = self.read_label(match, True, declared) if match else None
        if label and match and match["verb"] and match["sep"] == ":" and text[match.end():].lstrip()[:1].islower():
            # "Mononutu said: the Indonesian government has reserved ...": indirect speech after the colon
            return replace(label, end=0, reported=True)
        if label and match and match["sep"] == "." and (
                re.search(r"(?:^|[ .])[^\W\d_]$", match["label"])
                or (listing and not text[match.end():].strip()[:1].isupper())
                or re.match(r"[ ]*\d{1,2}\.[ ]", text[match.end():])):  # "... NEW DELHI HAD / REJECTED BOTH. 7. SENATOR
            label = None  # the period ends an initial: "Dr. Henry A. Kissinger, Assistant to ...", "N. S. KHRUSHCHEV We"
        if label is None:
            label = self._bare_label(text)
        headed = ROLE_PHRASE_LABEL.match(text) if label is None and not listing and text[:1].isupper() else None
        if headed and set(headed["role"].casefold().split()) & DELEGATE_WORDS and self.printed_again(headed["role"]):
            # "Head of the KWP delegation: We are grateful ...", "Delegation member: A few thousand ...", printed so
            # again and again: a delegate who speaks, named nowhere (the speakers' resolution reads it, or flags it)
            return Label(0, headed.end(), headed["role"], headed["role"], role=headed["role"])
        if label is None and self.layout.narrated and ":" in text[:300]:
            match = self.layout.narrated.match(text)
            label = self.read_label(match, True, declared, narrated=True) if match else None
        visit = VISITED_ME_AND_SAID.match(text, _numbered(text)) if label is None and reported and " me" in text else None
        if visit:  # "(1) Eden came to see me yesterday morning and said that ...": the visitor's words
            inner = self.start_label(f"{visit['who']} said that .", declared, short, reported, listing)
            if inner and inner.reported and not inner.end and inner.printed and inner.printed != "I" \
                    and inner.printed in visit["who"]:
                return inner
        leaving = LEAVING_LEAD.match(text) if label is None and reported else None
        if leaving:  # "Before I left Diem said ...", "6. AS I ROSE TO LEAVE NYERERE SAID, ...": the host's words
            inner = self.start_label(text[leaving.end():], declared, short, reported, listing)
            if inner and inner.reported and not inner.end and inner.printed != "I":
                return inner
        if label is None and reported:
            match = self.layout.reported.match(text)
            label = self.read_label(match, True, declared, reported=True) if match else None
            if label is None and (match := self.layout.reported_at_start(text)) and match.start("label"):
                # "After a cordial welcome, Comrade Egon Krenz thanked ...": after a few words of
                # narration, only a title or a known name makes the report a turn
                label = self.read_label(match, True, declared, reported=True)
                if label and not (match["title"] or self.is_known(label.speaker)):
                    label = None
            if label is None:  # "Le Duan listened ...", "We, continued Le Duan, know ...": known persons only
                label, _ = self.account(text, declared, lambda found, match: bool(self.is_known(found.speaker)))
        return label

    def account(self, text: str, declared: dict[str, str], accept,
                loose: bool = False) -> tuple[Label | None, re.Match | None]:
        """The recorder's account of a person in other words than a reporting verb at the start: any
        verb in the past ("Cde. Ulbricht supported ..."), or a speech tag inside the first sentence
        ("We, continued Le Duan, know ..."); ``accept(label, match)`` says whether the person counts.
        The reported label and the match that found it, or (None, None)."""
        for pattern, matcher in self.layout.account_matchers if _may_tag(text) else self.layout.account_matchers[:1]:
            match = matcher(text)
            if match and pattern is self.layout.acted and not loose and not self.layout.any_verb.fullmatch(match["verb"]):
                # another verb ("received", "supported") reports only with a reporting verb later in the
                # sentence ("... and added that"): "Chairman Mao received our delegation" is narration
                sentence = SENTENCE_BREAK.split(text[match.end():], maxsplit=1)[0]
                said = self.layout.any_verb.search(sentence)
                if said and OTHER_SUBJECT.search(sentence, 0, said.start()):
                    said = None  # ("Ambassador Nagy called ... to receive our reply to the note of May 22. In handing
                    # the Ambassador our note,3 Mr. Hillenbrand said ...": another's verb, past a date's full stop)
                match = match if said or " " in match["verb"] \
                    and self.layout.any_verb.search(match["verb"]) else None  # ("smiled and said")
            if match and (match.groupdict().get("verb") or "").lower() in GIFT_VERBS \
                    and PRESENTED_WITH.match(text, match.end()):
                match = None  # "..., Dr. Kissinger presented the Special Adviser with an album ...": a gift, no words
            if match and match["name"] and match["name"].split()[-1].casefold() in self.layout.not_first:
                match = None  # "TODOR ZHIVKOV The narcotics ...": a sentence after the name, no verb of the name's
            lead = text[:match.start("label")].rstrip() if match and pattern is self.layout.acted else ""
            if lead and not lead.endswith(",") and FINITE_IN_LEAD.search(lead):
                match = None  # "Dej was struck by the remark comrade Stalin made ..., and told me": the lead's own
                # subject acts and tells; the name after it is inside its clause
            if match and match["name"]:
                label = self.read_label(match, True, declared, reported=True)
                if label and accept(label, match):
                    return Label(0, 0, label.printed, label.speaker, label.declares, None, True, label.role,
                                 label.alias), match
        return None, None

    def _initial_labels(self, paragraphs: list[Paragraph]) -> dict[str, str]:
        """A telephone transcript labels its turns by initials and a full stop ("K. Good. What does it say?",
        "D. Henry, good morning."): two letters or more, each opening two paragraphs or more, each the initial of
        one surname near the page's top (the title: "... Between Soviet Ambassador Dobrynin and Secretary of
        State Kissinger"), a person the register knows, or the one capitalised word with that initial there."""
        completions = {(m["letter"], m["letter"] + m["rest"]) for p in paragraphs
                       for m in COMPLETED_INITIAL.finditer(p.text)} if any(".[" in p.text for p in paragraphs) else set()
        letters_completed = Counter(letter for letter, _ in completions)
        if completions:  # "K.[udryavtsev] informed me ...", then "K. replied that ...": the page says who K. is
            return {letter: name for letter, name in completions if letters_completed[letter] == 1}
        counts = Counter(m["letter"] for p in paragraphs if (m := INITIAL_LABEL.match(p.text)) and m["letter"] != "I")
        letters = [letter for letter, n in counts.items() if n >= 2]
        # a record's reports by an initial ("V. said that ...", "V. then raised the question ..."): one letter is
        # enough when it opens two reports and one surname the page's first paragraphs name has it ("Vojaček")
        reports = Counter(m["letter"] for p in paragraphs if (m := INITIAL_REPORT.match(p.text)) and m["letter"] != "I")
        reporting = [letter for letter, n in reports.items() if n >= 2 and letter not in letters]
        if len(letters) < 2 and not reporting:
            return {}
        letters = (letters if len(letters) >= 2 else []) + reporting
        # the title, or for a record's reports, everything before the first of them: the page names its man first
        first = next((i for i, p in enumerate(paragraphs) if INITIAL_REPORT.match(p.text)), 4) if reporting else 4
        top = {w.rstrip("0123456789")  # (a title's call-out: "Kissinger1")
               for w in re.findall(r"\b[A-Z][a-z][\w’'-]+", " ".join(p.text for p in paragraphs[:max(first, 4)])[-6000:])}
        # (the lines above the first label first: "... Kissinger and the White House Chief of Staff (Haig)" names "H.",
        # not the "Henry" his first words address)
        # (and there a surname in FRUS's brackets first: "(Haig)")
        labelled = next((i for i, p in enumerate(paragraphs) if INITIAL_LABEL.match(p.text)), 0)
        head = " ".join(p.text for p in paragraphs[:labelled])[-6000:] if labelled and not reporting else ""
        above = {w.rstrip("0123456789") for w in re.findall(r"\b[A-Z][a-z][\w’'-]+", head)}
        bracketed = set(re.findall(r"\(([A-Z][a-z][\w’'-]+)\)", head))
        names = {}
        for letter in letters:
            for pool in (bracketed, above, top):
                words = {w for w in pool if w[0] == letter and w.casefold() not in self.layout.title_set
                         and w.casefold() not in self.layout.not_first and w.casefold() not in NOT_NAME_WORDS}
                known = {w for w in words if self.is_known(w)}
                chosen = known if known else words
                if len(chosen) == 1:
                    names[letter] = chosen.pop()
                if chosen and pool is not bracketed:
                    break
        return names if len(names) >= 2 or reporting and names.keys() & set(reporting) else {}

    def _letter_labels(self, text: str, transcript: "Transcript") -> None:
        """A telcon's one-letter labels ("P: This is Jimmy Carter.", "S: Jimmy, I wanted ..."): declared on a line
        of their own ("President Carter (P)"), or else each the initial of the title (then the surname) of one
        person the head names with a title ("President Carter", "Chancellor Helmut Schmidt"), flagged."""
        letters = Counter(m[1] for m in LETTER_LABEL.finditer(text))
        letters = Counter({k: n for k, n in letters.items() if n >= 2  # ("Q:" and "A:" are an interview's)
                           and k.casefold() not in self.layout.interview_labels})
        if len(letters) < 2:
            return
        first = LETTER_LABEL.search(text)
        head = text[:min(first.start() if first else 3000, 3000)]  # (the names above the first such label)
        for line in DECLARED_LINE.finditer(head):
            if line["short"] in letters and line["short"] in {w[0] for w in line["full"].split()}:
                titled = self.layout.titled_name.fullmatch(line["full"])  # "President Carter (P)"
                transcript._declare(line["short"], titled["name"] if titled else line["full"])
        # (FRUS's note call-out glued to the title's last name: "... Foreign Minister Eban1")
        people = {(m["title"], re.sub(r"(?<=[a-z]{2})\d{1,2}$", "", m["name"]))
                  for m in self.layout.titled_name.finditer(head)}
        # the labels the page printed in full before it shortened them ("THACH:", then "T:"): each letter the initial
        # of one of them
        spelled = {m[1] for m in re.finditer(r"^[ \t]*([A-Z][A-Za-z’'\-]{2,})[ ]?:[ ]+\S", head, re.M)
                   if m[1].casefold() not in self.layout.title_set and m[1].casefold() not in self.layout.header_names}
        read: dict[str, str] = {}
        for letter in letters:
            if letter.casefold() in transcript.declared:
                continue
            initialled = [name for name in spelled if name[0] == letter]
            if len(initialled) == 1:
                read[letter] = initialled[0].title() if initialled[0].isupper() else initialled[0]
                continue
            for initial in (lambda p: p[0][0], lambda p: p[1].split()[-1][0]):  # the title's, then the surname's
                found = {p[1] for p in people if initial(p) == letter}
                if len(found) == 1:
                    read[letter] = found.pop()
                if found or letter in read:
                    break
        if len(set(read.values())) < len(read):
            return  # two letters read as one person: no reading
        for letter, full in read.items():
            transcript._declare(letter, full)
            transcript.notices.append(("speaker-to-confirm", 1, f"the label '{letter}:' is read as {full}, the one "
                                       f"person named above the labels whose title or name starts so"))

    def _initials_labels(self, text: str, transcript: "Transcript") -> None:
        """A transcript's labels that are one person's initials ("HAK:" under a list's "Secretary of State Henry A.
        Kissinger"): each the initials of the one name above the labels that they spell, flagged; not a label the
        register knows ("MAO:") nor a word the head prints."""
        counts = Counter(m[1] for m in INITIALS_LABEL.finditer(text))
        first = INITIALS_LABEL.search(text)
        head = text[:first.start()] if first else ""
        for short, printed in counts.items():
            if printed < 2 or short.casefold() in transcript.declared or self.is_known(short) \
                    or re.search(rf"\b{short}\b", head, re.I):
                continue
            spelled = {" ".join(words[i:]) for run in NAME_RUN_WITH_INITIALS.finditer(head)
                       for words in [run[0].split()] for i in range(len(words) - 1)
                       if "".join(w[0] for w in words[i:]) == short}
            if len(spelled) == 1:
                full = spelled.pop()
                transcript._declare(short, full)
                transcript.notices.append(("speaker-to-confirm", 1, f"the label '{short}:' is read as {full}, the one "
                                           "person named above the labels whose initials it is"))

    def _bare_names(self, paragraphs: list[Paragraph]) -> frozenset[str]:
        """Surnames printed with no mark before the speech ("Nasser Before I leave Moscow ...", "Brezhnev We have
        studied ..."): one word, a capital after it, that the page names before (in its title), when one such
        name opens two paragraphs or more."""
        openings = Counter(m[1] for p in paragraphs if (m := BARE_NAME.match(p.text))
                           and m[2].casefold() in self.layout.speech_openings)
        named = {}
        for name, count in openings.items():
            if name.casefold() in self.layout.not_first or name.casefold() in self.layout.title_set:
                continue
            first = next(i for i, p in enumerate(paragraphs) if p.text.startswith(name + " "))
            if any(re.search(rf"\b{re.escape(name)}\b", p.text, re.I) for p in paragraphs[:first]):
                named[name] = count
        # once one name is so printed twice, the page's other named people printed so once are labels too
        if any(count >= 2 for count in named.values()):
            return frozenset(named)
        # surnames in capitals ("SUSLOV Comrades, you have ...", "ANDROPOV I fully agree ..."): two or more, on three
        # paragraphs or more, each named before (the list of who took part), whatever the speech's first word
        capitals = Counter(m[1] for p in paragraphs if not self.shouting and (m := CAPS_SURNAME.match(p.text)))
        named = {name: count for name, count in capitals.items() if name.casefold() not in self.layout.not_first
                 and name.casefold() not in self.layout.title_set and any(
                     re.search(rf"\b{re.escape(name)}\b", p.text, re.I)
                     for p in paragraphs[:next(i for i, p in enumerate(paragraphs) if p.text.startswith(name + " "))])}
        return frozenset(named) if len(named) >= 2 and sum(named.values()) >= 3 else frozenset()

    def _recurring_dashes(self, paragraphs: list[Paragraph]) -> frozenset[str]:
        """The names a note's dialogue prints before a dash again and again ("MORO - ...", "SHARP - ..."),
        folded: two names or more, each at the start of two paragraphs or more, are its speakers' labels
        even when no list names them (one name so, or once each, may be a heading: "Budapest - the city")."""
        counts = Counter(_dash_key(m["name"] or m["title"]) for p in paragraphs
                         if any(d in p.text[:80] for d in DASHES)  # (a cheap look first: most paragraphs have none)
                         and (m := self.layout.dashed.match(p.text)) and bool(m["name"]) != bool(m["title"])
                         and len((m["name"] or "").split()) <= 3)  # (or a role alone: "Premier - That can be ...")
        names = frozenset(name for name, n in counts.items() if n >= 2)
        return names if len(names) >= 2 else frozenset()

    def _bare_label(self, text: str) -> Label | None:
        """A label with no separator, when the name is a known person's full name (or a surname the page
        prints so again and again: ``bare_names``)."""
        if text.split(" ", 1)[0].casefold() in self.layout.not_first:
            return None  # "We ...", "The ...": no name stands first
        surname = BARE_NAME.match(text) if self.bare_names else None
        if surname and surname[1] in self.bare_names and surname[2].casefold() in self.layout.speech_openings:
            return Label(0, surname.end(), surname[1], surname[1])
        capitals = CAPS_SURNAME.match(text) if self.bare_names else None
        if capitals and capitals[1] in self.bare_names:  # "SUSLOV Comrades, you have ..."
            return Label(0, capitals.end(), capitals[1], capitals[1].title())
        for pattern in (self.layout.bare,) if self.shouting else (self.layout.bare, CAPS_BARE):
            match = pattern.match(text)
            words = match["name"].split() if match and match["name"] else []
            if match is None or len(words) < 2 or any(w.casefold() in NOT_NAME_WORDS for w in words) \
                    or len(words[0]) > 1 and words[0].isupper() and not all(w.isupper() for w in words) \
                    or words[-1][-2:] in ("'s", "’s", "ʼs"):
                continue  # ("N. S. KHRUSHCHEV AND Prof. K. YASUI": a heading's line, two names; "LE DUAN Correct. ...";
                # "Mao Zedong's Conversation with ...": a title's possessive)
            speaker, _ = self._speaker(match["title"] or "", TOKEN.findall(match["name"]))
            if self.is_known(speaker):
                return Label(0, match.end(), match["label"].strip(), speaker)
        return None

    def introduced(self, text: str) -> Label | None:
        """The speaker a narration paragraph introduces at its end ("... Comrade Hysni Kapo said:")."""
        if not text.endswith(":"):  # (the pattern ends at a colon closing the paragraph: most paragraphs end otherwise)
            told = FOLLOWING_TOLD.search(text, max(len(text) - 200, 0)) if text.endswith(".") else None
            teller = self.start_label(f"{told['name']}: .", {}, reported=False) if told else None
            # ("... Comrade Zvetkov gave the following information on this subject.": his words follow)
            return Label(0, 0, told["name"], teller.speaker) if told and teller and teller.speaker and not teller.role \
                else None
        what = WHAT_SAID.search(text)
        if what:  # "I called on Vice Premier Kim Il ... I am now reporting the main points of what Kim said:": the
            # person the paragraph names by a title, whose name holds the one the clause prints
            titled = {m["name"] for m in self.layout.titled_name.finditer(text, 0, what.start())
                      if what["name"].split()[-1] in m["name"].split()}
            if len(titled) == 1:
                return Label(0, 0, what[0].rstrip(":").strip(), next(iter(titled)))
        tail = text[-200:]
        # the name right before the verb, nearest the colon: "After ... comrade Beqir conveyed the regards of ...,
        # comrade Mao Zedong said:" (and a title just before it: "comrade Mao Zedong", not "Mao Zedong"); else
        # the first ("Comrade Beqir Balluku thanked comrade Mao Zedong for these words and said:")
        match = None
        for start in sorted((m.start() for m in WORD_START.finditer(tail)), reverse=True):
            found = self.layout.introduces.match(tail, start)
            if found and not found["title"] and (found["name"] or " ").split()[0].casefold() in self.layout.not_first:
                break  # ("Tonight Ordoqui said:": Ordoqui)
            if found and (found["title"] or self.is_known((found["name"] or "").strip())
                          or self._named_above((found["name"] or "").strip())) \
                    and len(tail[found.end("name"):found.start("verb")].split()) <= 1:
                match = found
            elif match:
                break
        match = match or self.layout.introduces.search(tail)
        pronoun = bool(match and not match["title"] and (match["name"] or "").strip() in ("He", "She", "They", "We"))
        if pronoun:  # "He said the following:": whom the author's narration before names (below), as "I was received
            match = None  # by Comrade O. B. Rakhmanin ..." does ("Comrade S. informed [me] ... He gave ...": his subject's)
        # (in the author's first-person narration of a visit, whom it names: not in a report of someone, where "He" is
        # its subject: "STALIN, returning to the question raised by Zhou Enlai, says ... He names the following:")
        he = HE_INTRODUCES.search(tail) if not match else None
        before = text[:len(text) - len(tail) + he.start()] if he else ""
        named = next((m[0] for m in NAME_IN_NARRATION.finditer(before)
                      if m[0].split()[0].casefold() not in self.layout.not_first), None) \
            if he and re.search(r"\b(?:me|my|I)\b", before) and (not pronoun or FIRST_PERSON.search(before)) else None
        if named and he:  # "At my invitation, Le Dong, the ambassador of ..., called on me. He expounded the following:"
            return Label(0, 0, he[0].strip(" .:"), named)
        role = ROLE_SAID.search(tail) if not (match and (match["title"] or self.is_known(match["name"].strip()))) else None
        if role and role[1].casefold() in self.layout.title_set and role[2].casefold() in self.layout.verb_set:
            # "Speaking of the border, the premier said:": a role, resolved from the page's context
            return Label(0, 0, role[0].rstrip(":").strip(), "", role=role[1].title())
        if not match or not (match["title"] or self.is_known((match["name"] or "").strip())
                             or self._named_above((match["name"] or "").strip())):  # ("... with Ben Bella" in the title)
            return None
        speaker, _ = self._speaker(match["title"] or "", TOKEN.findall((match["name"] or "").strip()))
        return Label(0, 0, f"{match['label'].strip()} {match['verb']}", speaker)

    def _strong(self, label: Label, match: re.Match) -> bool:
        """A report no speaker would say of another: the recorder's capitals, initials or "Cde."."""
        name = match["name"] or ""
        return self.loose or any(len(w) > 1 and w.isupper() for w in name.split()) or bool(re.search(r"\b[A-Z]\.", name)) \
            or (match["title"] or "").rstrip(".").casefold() in self.layout.report_titles \
            or match.group(0).startswith(self.layout.recorder_leads)  # "After mutual greetings X said"

    def read_label(self, match: re.Match, at_start: bool, declared: dict[str, str],
                   reported: bool = False, narrated: bool = False) -> Label | None:
        """Is this regex match really a speaker label? The Label, or None. A page prints the same label again and
        again ("Mao Zedong:" at each turn): what its words give is read once a page and kept (not where the text
        around the label counts too: a verb in capitals, a colon glued to the speech)."""
        verb = match["verb"]
        if not reported and ARCHIVE_FIELDS.match(match.string, match.end()) \
                and (match.groupdict().get("sep") or "").endswith("."):
            return None  # "AVP RF. F. 07. Op. 2. P. 14. D. 55.": an archive's name before its fond and file, no person
        if self.loose and reported and verb and re.search(r"['’ʼ]s$", match.string[:match.start("verb")].rstrip()):
            return None  # (read loosely, "Khrushchev's views on the economy" is no report of Khrushchev's)
        if reported and verb and verb.endswith("s") and NOUN_AFTER.match(match.string, match.end()) \
                and not re.search(r"['’ʼ]s$", match.string[:match.start("verb")].rstrip()):
            return None  # "... the new African states were full of energy": a plural noun, no verb of speech (but
            # "Mr. Ben Bella’s remarks were long ...": his words)
        if verb and verb.isupper() or "tight" in match.re.groupindex and match["tight"]:
            return self._read_label(match, at_start, declared, reported, narrated)
        key = (id(match.re), match.groups(), at_start, reported, narrated, tuple(declared.items()) if declared else ())
        if key not in self._labels:
            found = self._labels[key] = self._read_label(match, at_start, declared, reported, narrated)
            return found
        kept = self._labels[key]
        return None if kept is None else Label(match.start(), match.start() if reported else match.end(), kept.printed,
                                               kept.speaker, kept.declares, kept.co_speaker, kept.reported, kept.role,
                                               kept.alias)

    def _read_label(self, match: re.Match, at_start: bool, declared: dict[str, str],
                    reported: bool, narrated: bool) -> Label | None:
        groups = match.groupdict()
        title, name = match["title"] or "", (match["name"] or "").strip()
        if not title and ROMAN_NUMERAL.fullmatch(name):
            return None  # "VIII. Prime Minister Zhou Enlai agreed.": a note's point, no person
        if name and STYLE_ONLY_WORDS.issuperset(w.casefold().rstrip(".") for w in name.split()):
            return None  # "The Prime Minister The Rt. Hon. Roy Jenkins": a list of those present, no label "Hon."
        if name.isupper() and not {w.casefold() for w in name.split()}.isdisjoint(CAPS_CLAUSE_WORDS):
            return None  # "2. THE MINISTER SAID THAT PRESIDENT LOPEZ REMAINED FIRMLY": a cable's clause, no name
        if not title and name.isupper() and " " not in name and len(name) >= 5:
            from ld.speakers import edit_distance  # (imported here: ld.speakers imports this module)

            if any(len(h) >= 5 and edit_distance(name.casefold(), h, 1) == 1 for h in self.layout.header_names):
                return None  # an OCR'd header, one letter off, "SUBJFCT: Request by Stewart Alsop": no speaker's label
        if reported and " " in name and name.isupper() and name.rsplit(" ", 1)[1].casefold() in self.layout.adverb_words:
            name = name.rsplit(" ", 1)[0]  # "ZHIVKOV THEN TURNED TO PRESS": in capitals the adverb reads as a name's word
        if reported and " " in name and name.isupper() \
                and (cut := next((i for i, w in enumerate(name.split()) if i and w.casefold() in CAPS_ACT_WORDS), 0)):
            name = " ".join(name.split()[:cut])  # "NIMEIRI NODDED BUT SAID THAT ...": his act, then his words
        if reported and not title and name.isupper() and len(words := name.split()) >= 3 \
                and (inner := max((i for i, w in enumerate(words[:-1]) if w.casefold() in self.layout.title_set),
                                  default=0)) == 1:  # (one word: a body's long name is a heading's)
            title, name = words[inner], " ".join(words[inner + 1:])  # "JUNTA PRESIDENT PINOCHET SAID ...": a body's
            # word before the title, in a cable's capitals, is no name's
        if reported and " " in name and name.isupper() and name.rsplit(" ", 1)[1] == "I":
            return None  # "3. DETENTE" over "I SAID THAT ...", its line break lost: a topic's heading, then the author
        sep = "" if reported else (match["sep"] or groups.get("tight") or groups.get("glued") or "")
        if match["verb"] and match["verb"].isupper() and not self.shouting and (
                LOWER.search(match.string, 0, 300) or len(match.string[match.end():match.end() + 80].split()) < 3):
            return None  # "SOVIET-INDIAN TALKS": a verb in capitals reports only in a cable's paragraph in capitals
        if groups.get("tight") and not at_start and match.string[match.start() - 1:match.start()] not in CJK_STOPS:
            return None  # "Mao:Yes." only at a paragraph's start (or after a Chinese full stop: "毫无好处。主席:他们")
        if not title and not name:
            return None
        if not title and name.casefold() in CABLE_FIELDS and (sep == ":" or reported and name.isupper()):
            return None  # "604. Ref: Deptel 512. I called on Gromyko ...": a telegram's field after its number; "3.
            # ACTION REQUESTED: THAT DEPARTMENT ASK ...", no one who requested
        if not title and name.casefold() in STATES_AND_CAPITALS \
                and (reported or LISTED_ENTRY.match(match.string, match.end())):
            return None  # "Australia supported the idea of a zone of peace", "Moscow agreed", a delegation list's "For
            # South Africa: Neil van Heerden, ...": a state, no speaker (but "Korea: Deng said ..." heads a topic)
        name = GLUED_CALLOUT.sub("", name)  # "Comrade Andrey Lukanov18": a footnote's number glued to the name
        if not reported and (said := CJK_SAID.fullmatch(name)):
            name = said["who"]  # "毛泽东说:", "周總理回答説(shuō):": the name before "said", not a person "毛泽东说"
        if any(c.isdigit() for c in INSERTION.sub("", name)):  # (a bracket may hold anything: a call-out, a gloss)
            return None  # "CIA-RDP90B01370R000901145001-4 Release Decision:": a document's number, no person
        name = GLUED_INITIAL.sub(" ", name)  # "A.A.Gromyko" is A.A. Gromyko
        if reported and re.fullmatch(r"[Tt]he[ ][A-HJ-Z]", name):
            name = name[-1]  # a telcon typed in the third person: "The P said ..." beside "K said ..."
        if self.monsieur and (sir := MONSIEUR.match(name)) and not title:  # "M.DENG XIAOPING" of a French record
            title, name = "M.", name[sir.end():]
        tokens = TOKEN.findall(GLUED_COMPLETION.sub(r"\1", name))  # ("M[oro]" is Moro)
        words = [t for t in tokens if not t.startswith("[")]
        if re.fullmatch(r"[A-Z][a-z]\.", words[-1] if words else "") and sep == ":" \
                and (len(words) > 1 or words[0][:-1].casefold() in NOT_CUT_SHORT):
            return None  # "Issue No.: 1": a field's abbreviation; a surname cut to two letters stands alone ("St.:")
        if sep == "." and not title and " ".join(words).casefold() in self.layout.headings:
            return None  # "TOP SECRET. Copy 1": the record's class and copy, no person
        if sep == "." and words and words[-1] in HONORIFIC_ABBREVIATIONS:
            return None  # "Marshal Stalin Dr. [T.V.] Soong": the full stop is the next name's honorific's
        if sep == "." and any(len(a) > 1 and a.isalpha() and a.isupper() and re.fullmatch(r"[A-Z][a-z]{2,}", b)
                              for a, b in zip(words, words[1:])):
            return None  # "LE DUAN Correct. Without ...": a name in capitals, then the speech's first word
        if not title and self.comrade_c and len(words) >= 2 and words[0] == "C." and tokens[0] == "C.":
            title, tokens, words = "c.", tokens[1:], words[1:]  # "C. Becker added that": a comrade, no initial
        if not words and len(tokens) == 1:  # a label wholly in brackets: "[Zhou Enlai]:"
            words = tokens[0][1:-1].split()
            tokens = words
        if not title and len(words) > 2:  # a title inside: "Soviet Ambassador Ivan Ivanov", "PM Zhou"
            inner = self._title_inside(words)
            if inner:
                title = " ".join(words[:inner])
                tokens = tokens[tokens.index(words[inner]):]
                words = words[inner:]
        if not title and len(words) in (3, 4) and words[0].casefold() in self.layout.articles:
            role = self._role_after_qualifier(words[1:])  # "The Soviet Ambassador": a role, no name
            if role:
                title, tokens, words = role, [], []
        elif not title and len(words) in (2, 3) and words[0].casefold().rstrip(".") in _nationalities():
            role = self._role_after_qualifier(words)  # "Indian Ambassador:", without "The": a role too
            if role:
                title, tokens, words = role, [], []
        initials_label = len(words) == 1 and words[0].isupper() and len(words[0]) <= 3 and sep == ":" \
            and words[0].casefold() in self.recurring  # "AS: Good morning" again and again: Anwar Sadat, not "as"
        if not title and (not words or words[0].casefold() in self.layout.not_first) and not initials_label:
            voices = words == [match["label"].strip()] and self.layout.interview_labels.get(words[0].casefold()) == "voice"
            if voices and at_start and not reported and (sep == ":" or sep == "." and words[0].isupper()):
                return Label(match.start(), match.end(), words[0], words[0], role="voice")  # "ALL. Correct."
            return None
        if not all(w[0].isupper() or w in self.layout.particles or "\u3400" <= w[0] <= "\u9fff" or ARABIC_ARTICLE.match(w)
                   for w in words):
            return None  # (a Chinese name has no capitals: "陈毅:")
        if any(w.casefold() in NOT_NAME_WORDS for w in words):
            return None  # "TO SEE:", "SECRETARY AND THE CHINESE AMBASSADOR:" in capitals: a form's or a heading's words
        if any(POSSESSIVE.search(w) for w in words[:-1]):
            return None  # "PUZANOV'S EMBARRASSMENT SUGGESTS ...": what a person has, not a person
        if match["verb"] and not reported and (not at_start or sep != ":"):
            return None  # "Mao said:" is a label only at a paragraph's start
        if narrated and not (title or any(self.is_known(n) for n in (name, " ".join(words)))):
            return None  # narration before an unknown, untitled name is too weak a sign
        printed = (match["lead"] + match["label"] + " " + match["verb"]) if narrated else match["label"].strip()
        if at_start and groups.get("tight") and printed.casefold() in self.layout.section_set:
            return None  # "Citation:“Notes on ...” glued, as a copy of the PDF export prints it: the archive's section
        asked = self.layout.interview_labels.get(printed.casefold().rstrip("."))
        if asked and not reported and (sep == ":" or sep == "." and asked == "voice") and at_start:
            # "Q:", "Answer:", "Voices.": who they stand for, in context
            return Label(match.start(), match.end(), printed, printed, role=asked)
        alias = ""
        if len(tokens) >= 3 and tokens[-1].startswith("[") and sum(not t.startswith("[") for t in tokens) >= 2:
            inner = tokens[-1][1:-1].split()  # a full name, then another spelling of it in brackets
            if len(inner) >= 2 and all(w[:1].isupper() for w in inner) and not self.layout.declaration(tokens[-1][1:-1]):
                tokens = tokens[:-1]  # (but "DAVID DIMBLEBY [British Broadcasting Corporation].": whom he works for)
                alias = "" if {w.casefold() for w in inner} & OUTLET_WORDS else " ".join(inner)
        speaker, declares = self._speaker(title, tokens)
        if (groups.get("aside") or groups.get("cjk_aside")) and not declares:  # "Kosygin (hereinafter abbreviated as Ke):"
            declares = self.layout.declaration(match["aside"] or match["cjk_aside"])
        if not declares and not alias and tokens and printed.endswith("]") and (title or len(tokens) == 2) \
                and len(EDITOR_FULL_NAME.findall(tokens[-1])) >= 2 and not printed.startswith("["):
            # "President Leader [Saddam Hussein]:", "Minister of Defense [Adnan Khairallah]:": the editor names the
            # role or the short name once; the next "President Leader:" is the same person
            declares = printed[:printed.rindex("[")].strip()
        full = declared.get(printed.casefold()) or declared.get(speaker.casefold()) \
            or (self.initials.get(printed[0]) if re.fullmatch(r"[A-Z]\.", printed) else None)  # "K. replied that"
        if full:
            speaker = full
        known = bool(full) or (bool(name) and any(self.is_known(n) for n in dict.fromkeys((speaker, printed, name)))) \
            or (sep == "." and bool(words) and words[-1] in self.period_names)
        shouting = not self.shouting and any(len(w) > 1 and w.isupper() for w in words)
        if reported:
            ok = bool(title or known or (words and len(words) <= 4))
        elif sep == ".":  # "Comrade Mao Zedong. ..." or "MAO ZEDONG. ...", at a paragraph's start only
            capitals = len(words) >= 2 and all(w.isupper() or w in self.layout.particles or TWO_LETTER_INITIAL.fullmatch(w)
                                               for w in words) and any(len(w) > 2 and w.isupper() for w in words) \
                and not self.shouting  # ("Yu. V. ANDROPOV.": a two-letter initial, then the surname in capitals)
            initials = all(re.fullmatch(r"(?:[^\W\d_][a-z]?\.)*[^\W\d_][a-z]?\.?", w) and len(w.strip(".")) <= 2
                           for w in words)  # "Yu. V. Andropov with ...": initials, then the full stop of one
            ok = at_start and bool(words) and (bool(title) or capitals or known) and (known or len(words) <= 4) \
                and not initials and (known or not self.shouting)  # "SENATOR AND MRS. CARL CURTIS" in a cable
            ok = ok or at_start and not words and title in self.period_names  # "Shah." among the page's period labels
        elif title or known or shouting:
            ok = True
        else:  # an untitled capitalised name at a paragraph's start ("Khrushchev: ...")
            ok = at_start and bool(words) and len(words) <= 3
        if not ok:
            return None
        co_speaker = None
        if groups.get("second"):
            co_speaker, _ = self._speaker("", TOKEN.findall(match["second"].strip()))
            co_speaker = declared.get(co_speaker.casefold(), co_speaker) if co_speaker else co_speaker  # ("M and D:")
            if not co_speaker or co_speaker.casefold().rstrip(".") in self.layout.title_set \
                    or f"{co_speaker.casefold()}." in self.layout.title_set:
                return None  # "Cde. Zhou Enlai and Cde. Suslov tomorrow ...": the full stop is the title's, no label's
        end = match.start() if reported else match.end()
        return Label(match.start(), end, printed.strip(), speaker, declares, co_speaker, reported,
                     "" if words else title, alias)

    def _role_after_qualifier(self, words: list[str]) -> str:
        """"Soviet Ambassador", "Cuban Prime Minister": one or two qualifying words, then a title."""
        for width in (3, 2, 1):
            if len(words) - width in (1, 2) and " ".join(words[-width:]).casefold() in self.layout.title_set:
                return " ".join(words)
        return ""

    def _title_inside(self, words: list[str]) -> int:
        """Where the name starts after a title preceded by a qualifier ("Soviet Ambassador"), or 0."""
        for index in range(1, min(len(words) - 1, 4)):
            for width in (3, 2, 1):
                if index - width >= 0 and " ".join(words[index - width:index]).casefold() in self.layout.title_set:
                    return index
        # (a name of one word after a nation and its title: "Soviet Ambassador Shcherbakov", not "About Chairman Ho")
        # (or its portfolio: "Defense Minister Sohn")
        first = words[0].casefold().rstrip(".")
        nation = first in _nationalities() or first in _portfolios()
        return next((size + 1 for size in (3, 2, 1) if nation and len(words) == size + 2
                     and " ".join(words[1:size + 1]).casefold() in self.layout.title_set), 0)

    def _speaker(self, title: str, tokens: list[str]) -> tuple[str, str | None]:
        """The speaker's name in a label: title removed; a bracket keeps its name-like words
        ("CHEN [Yi]" -> "Chen Yi") and drops a gloss or a short-name declaration."""
        parts, declares = [], None
        for token in tokens:
            if not token.startswith("["):
                parts.append(token)
                continue
            inner = token[1:-1].strip()
            short = self.layout.declaration(inner)
            if short:
                declares = short
                continue
            if parts and re.fullmatch(r"[A-Z][a-z]{1,11}", inner) and (inner.casefold() == title.casefold() or any(
                    w.casefold().startswith(inner.casefold()) for w in parts)):
                declares = inner  # "Damba [Da]:", "Chairman Mao [Chairman]:": the short label the next turns print
                continue
            head = inner.split(",")[0].split()
            if head and head[0][0].isupper() and all(w[0].isupper() or w in self.layout.particles for w in head):
                parts.extend(head)
        if not parts:  # a role-only label ("Chairman:", "The Premier:"): the role stands for the name
            parts = title.split()
        return " ".join(self.layout.normalise(w) for w in parts), declares

    # -- errors ------------------------------------------------------------
    def _checked_hint(self, error: ParseError, text: str, path: str, doc_id: str) -> ParseError:
        """A hint to set reported_speech = true is given only when that setting makes the page parse:
        it is tried here; when it does not help, the hint says so instead of sending the user round."""
        if "reported_speech = true" not in (error.hint or "") or self.overrides.get("reported_speech") is True:
            return error
        trial = Parser({**self.overrides, "reported_speech": True}, is_known=self.is_known)
        try:
            trial.parse_text(text, path, doc_id)
            return error
        except LdError:
            tried = "reported_speech = true was tried and finds no turn here either"
            hint = error.hint or ""
            if hint.startswith("set reported_speech = true"):
                error.hint = (f"no [layout] setting the parser knows makes this page readable ({tried}); please "
                              "report the page, or add speaker labels (\"Name: ...\") to its paragraphs")
            else:
                error.hint = re.sub(r";\s*a page in reported speech.*$", "", hint, flags=re.S) + f" ({tried})"
            return error

    def _no_turns(self, paragraphs, body, path, transcript_line, structured: bool, has_header: bool) -> ParseError:
        """Why no turn was found, where, and which sidecar key would fix it."""
        sidecar = f"{Path(path).stem}.toml" if path != "<text>" else "the document's sidecar (.toml)"
        layout = self.layout
        for para in body or paragraphs[1:]:
            text = para.text
            if layout.section_header(text) or layout.header.match(text) or FOOTNOTE_DEF.match(text):
                continue
            match = layout.label.match(text)
            words = (match["name"] or "").split() if match else []
            if match and len(words) >= 2 and words[0].casefold() not in layout.not_first and not match["title"] \
                    and not match["verb"] and all(w[0].isupper() or w[0] == "[" for w in words) \
                    and words[-1].rstrip(".") not in ("No", "Nr", "Nos") \
                    and not all(len(w.strip(".")) == 1 for w in words):  # ("Telegram No. 12", "A. A."): no labels
                label = match["label"].strip()
                if match["sep"] == ".":
                    return ParseError(
                        f"no speech turns found: {label + '.'!r} looks like a speaker label, but a label "
                        "ending in a period needs a title before the name", path=path, line=para.location.line,
                        hint=f"if {words[0]!r} is a title, add extra_titles = [\"{words[0]}\"] under [layout] "
                             f"in {sidecar}; if it is not a label, the page has no speaker labels the parser knows")
                return ParseError(
                    f"no speech turns found: {label + ':'!r} looks like a speaker label, but it has no title, "
                    "is not in capitals and names no known speaker", path=path, line=para.location.line,
                    hint=f"map it under [speakers] in {sidecar} (\"{label}\" = \"<slug of source/entities.toml>\"), "
                         f"or add the title it starts with to extra_titles under [layout]")
            if not layout.reported_speech:
                reported = layout.reported.match(text)
                if reported and self.read_label(reported, True, {}, reported=True):
                    return ParseError(
                        f"no speech turns found: the transcript reports speech ({text[:reported.end()]!r} ...) "
                        "instead of labelling each turn", path=path, line=para.location.line,
                        hint=f"set reported_speech = true under [layout] in {sidecar}: each paragraph that starts "
                             "with a name and a reporting verb then becomes a turn of that speaker")
        if not structured:
            return ParseError(
                "no speech turns found: the text has no date line, no section header and no speaker label",
                path=path, line=1,
                hint="this does not look like an archive page export (a date line, a title, 'Citation:', "
                     "'Summary:', ..., 'Contents:' and the transcript with labels such as 'Comrade Mao Zedong:'); "
                     "if it is the record of a conversation, put a date line and a title above its text and begin "
                     "each turn's paragraph with its speaker and a colon ('The President: ...'), or, for a record in "
                     f"reported speech ('Mao Zedong said that ...'), set reported_speech = true under [layout] in {sidecar}")
        where = (f"looked after the '{layout.transcript}:' section" if has_header else
                 f"the page has no '{layout.transcript}:' header, so the parser looked for the first label "
                 "after the title")
        return ParseError(
            "no speech turns found", path=path, line=transcript_line,
            hint="the transcript must have paragraphs that start with a speaker label, such as "
                 f"'Comrade Mao Zedong:' or 'MAO ZEDONG:'; {where}. "
                 f"A title the parser does not know goes in extra_titles under [layout] in {sidecar}; a page "
                 "that is one person's words throughout, with no labels, sets monologue = \"<the speaker's name>\" "
                 "there; a page in reported speech ('Mao Zedong said that ...') sets reported_speech = true there")

    def _monologue_readings(self, title: str, transcript: "Transcript") -> Iterator[tuple[str, int, str]]:
        """Whose words a page without labels may be, with the line to flag and why: the one of two the title names
        whom its first words do not address ("Comrade Ambassador, you have worked ..." under "Talks between Kim Il
        Sung and Bulgarian Ambassador ... Misho Nikolov"); the one the title gives the talk to ("Zhou Enlai’s
        Discussion with a Delegation of ...", "Summary of Zhou Enlai’s Talk with ...")."""
        if addressed := self._addressed(title, transcript):
            speaker, line, vocative = addressed
            yield speaker, line, f"its first words address {vocative!r}, whom the title names beside {speaker}"
        if talker := self._titled_talker(title, transcript):
            speaker, line = talker
            yield speaker, line, f"it reports no one, and its title gives the talk to {speaker}"

    def _addressed(self, title: str, transcript: "Transcript") -> tuple[str, int, str] | None:
        """On a page with no label, whose title names two ("Talks between Kim Il Sung and Bulgarian Ambassador to
        North Korea, Misho Nikolov"): the one whose words the page is, when its first words address the other
        ("Comrade Ambassador, you have ..."), with the line and the address; else None."""
        from ld.speakers import fold

        pair = TITLE_BETWEEN.search(title)
        first = _first_translated(title, transcript.unattributed)
        vocative = VOCATIVE.match(first[1]) if first and pair else None
        if not (pair and first and vocative):
            return None
        addressed = set(fold(vocative["who"]).split()) - ADDRESS_WORDS
        sides = [set(fold(pair[side].replace(",", " ")).split()) for side in ("a", "b")]
        hit = [bool(addressed) and addressed <= words for words in sides]
        if hit.count(True) != 1:
            return None
        other = pair["b" if hit[0] else "a"].split(",")[0].strip()
        label = self.start_label(f"{other}: .", transcript.declared, transcript.short, reported=False)
        if not label or not label.speaker or label.role:
            return None
        return label.speaker, first[0], vocative["who"]

    def _titled_talker(self, title: str, transcript: "Transcript") -> tuple[str, int] | None:
        """The one whose talk the title names ("Zhou Enlai’s Discussion with ...", "Summary of Chairman Mao's Talk
        with ..."), a person the register knows, with the line of the page's first unattributed paragraph, when that
        paragraph is speech in the first person or addressed to someone (no third person's report); else None."""
        talk = TITLE_TALKER.match(title)
        first = _first_translated(title, transcript.unattributed)
        if not (talk and first and self.is_known(talk["name"])):
            return None
        if not re.search(r"\b(?:I|we|We|my|our|Our|you|You)\b", first[1]):
            return None
        label = self.start_label(f"{talk['name']}: .", transcript.declared, transcript.short, reported=False)
        if not label or not label.speaker or label.role:
            return None
        return label.speaker, first[0]

    def _reports_again(self, role: str) -> bool:
        """Does the page report this office's words three times or more ("The Head of DCS said", "... asked")?"""
        role = " ".join(role.split())
        if role not in self._office_reports:
            self._office_reports[role] = sum(" ".join(m["role"].split()) == role
                                             for m in self.layout.role_of.finditer(self.page_text)) >= 3
        return self._office_reports[role]

    def _check_unread_labels(self, transcript: "Transcript", path: str) -> None:
        """A paragraph that starts like a label the parser did read elsewhere ("Genosse Ulbricht."
        against "GENOSSE ULBRICHT:") but was not read as one would be silently merged into the
        previous turn: refuse it and say which key makes it parse."""
        accepted: dict[str, tuple[str, int]] = {}
        for seg in transcript.segments:
            if seg["label"] and seg["label"] != "I":  # the author's first person is no printed label
                for key in (seg["label"], seg["speaker"]):
                    accepted.setdefault(key.casefold(), (seg["label"], seg["location"].line))
        sidecar = f"{Path(path).stem}.toml" if path != "<text>" else "the document's sidecar (.toml)"
        listed = {c[0] for c in transcript.coverage if c[-1] == "header"}
        for para in transcript.unlabelled:
            if para.location.line in listed:
                continue  # ("Present:" / "Prime Minister.   Marshal Stalin.": a header's list, which joins no turn)
            match = self.layout.label_at_start(para.text)
            if not match or not (match["name"] or match["title"]) or match["verb"] \
                    or not para.text[match.end():].strip():  # a name alone ("Mao Zedong.") is a signature
                continue
            printed = match["label"].strip()
            if match["sep"] == "." and f"{printed.split()[-1]}.".casefold() in self.layout.title_set:
                continue  # "Cde. Zhou Enlai and Cde. Suslov tomorrow ...": the full stop is a title's
            speaker, _ = self._speaker(match["title"] or "", TOKEN.findall((match["name"] or "").strip()))
            other = accepted.get(printed.casefold()) or accepted.get(speaker.casefold())
            if not other:
                continue
            first = printed.split()[0]
            fix = (f"if {first!r} is a title, add extra_titles = [\"{first}\"] under [layout] in {sidecar}"
                   if match["sep"] == "." and not match["title"] and len(printed.split()) > 1 else
                   f"map it under [speakers] in {sidecar} (\"{printed}\" = \"<slug>\")")
            raise ParseError(
                f"{printed + match['sep']!r} starts this paragraph like the speaker label {other[0]!r} "
                f"(line {other[1]}) but is not read as a label, so the paragraph would join the previous turn",
                path=path, line=para.location.line,
                hint=fix)
        self._check_label_forms(transcript, accepted)

    @staticmethod
    def _check_label_forms(transcript: "Transcript", accepted: dict[str, tuple[str, int]]) -> None:
        """A label this page reads elsewhere, printed in another case or with another mark ("zhou enlai:",
        "Yu. V. Andropov:The", "Zhou Enlai – ") at a paragraph's start, or after a sentence's end inside a
        turn ("... the end. W. Ulbricht. Next ..."): the words would join another speaker's turn. The
        parser does not guess a split there; it says so (unread-label), so the page is never clean."""
        printed = sorted({label for label, _ in accepted.values() if len(label) >= 2}, key=len, reverse=True)
        if not printed:
            return
        folded = [p.casefold() for p in printed]
        # a page whose labels are initials and a surname with a full stop ("T. Zhivkov.", "N.S. Khrushchev."): another
        # name so at a paragraph's start ("A. Yugov. Nikita Sergeyevich, ...") is most likely a speaker it names once
        initialled = sum(bool(INITIALLED_LABEL.fullmatch(p)) for p in printed) >= 2
        for para in transcript.unlabelled:
            opening = para.text[:80].casefold()
            printed_so = any(opening.startswith(p) and (re.match(r"[ ]*[:.–—-][ ]*\S", opening[len(p):])
                                                        or p.endswith(".") and opening[len(p):len(p) + 1] == " ")
                             for p in folded)  # (or a label with its full stop: "D. {laughs} You always ...")
            shaped = PERIOD_LABEL.match(para.text) if initialled else None
            if shaped and (shaped["first"] or shaped["office"]
                           or not INITIALLED_LABEL.fullmatch(para.text[:shaped.end("name")])):
                shaped = None  # ("[Willi] Stoph. ...", "[Chairman ...] V. A. Kryuchkov.": the editor's, read elsewhere)
            if printed_so or transcript.label_in_disguise(para.text):  # (a name alone is a signature)
                transcript.notices.append((
                    "unread-label", para.location.line,
                    f"{para.text[:40]!r} starts like a speaker label of this page printed another way, but is not "
                    "read as one: the paragraph joins the turn before it; check who speaks here"))
            elif shaped:
                transcript.notices.append((
                    "unread-label", para.location.line,
                    f"{para.text[:shaped.end()].strip()!r} starts this paragraph as the page's labels of initials and a "
                    "surname do, but names no one the page or the register knows, so it is not read as a label: the "
                    "paragraph joins the turn before it; if that person speaks here, add them to source/entities.toml "
                    "and map the label to them under [speakers] in the document's sidecar"))
        for seg in transcript.segments:
            found = _label_inside(seg["text"], printed) if seg["kind"] == "turn" else None
            if found:
                at, label = found
                near = seg["text"][max(at - 20, 0):at + len(label) + 20]
                transcript.notices.append((
                    "unread-label", seg["location"].line,
                    f"{label!r} inside the turn of {seg['speaker']} ({near!r}) looks like a speaker "
                    "label of this page: if a new turn starts there, put it on its own paragraph"))

    def _citation(self, text: str) -> Citation | None:
        if not text:
            return None
        values = {}
        for key, pattern in self.layout.citation.items():
            if key not in CITATION_FIELDS:
                continue
            match = pattern.search(text)
            if match:
                values[key] = match["value"].strip()
                if key == "archive" and match.groupdict().get("gloss"):
                    values["archive_gloss"] = match["gloss"].strip()
        return Citation(text=text, **values)


CITATION_FIELDS = {f.name for f in fields(Citation)} - {"text", "archive_gloss"}


class Transcript:
    """Turns the transcript's paragraphs into ordered segments, and accounts for every character:
    each paragraph's spans go to a label, a turn, a stage direction, a header, a footnote, a heading
    or the unattributed list (``coverage``, checked by ``check_coverage``)."""

    def __init__(self, parser: Parser, path: str, title: str = ""):
        self.parser = parser
        self.layout = parser.layout
        self.path = path
        self.segments: list[dict] = []
        self.author_wrote = False  # a segment has the author's role (_add)
        self.i_wrote = False  # ... or the label "I"
        self.current: dict | None = None  # the turn that an unlabelled paragraph continues
        self.headers: list[tuple[str, str]] = []
        self.preamble: list[str] = []  # unlabelled paragraphs before the first turn
        self.visit = ""  # a telegram's first sentence, of the author's visit ("803. Saw Nkrumah at Flagstaff House ...")
        self.unattributed: list[tuple[int, str]] = []  # text before the first turn that is no heading
        self.notices: list[tuple[str, int, str]] = []
        self.coverage: list[tuple[int, int, int, int, str]] = []  # (line, offset, start, end, kind) per paragraph
        self.declared: dict[str, str] = {}  # casefolded short name -> full name
        self.declarations: list[tuple[str, str]] = []  # (short name as printed, full name)
        self.short: re.Pattern | None = None  # the declared short names as labels
        self.unlabelled: list[Paragraph] = []  # paragraphs that start with no label
        self.reported = parser.layout.reported_speech is True
        self.introduced: Label | None = None  # named by a narration paragraph for the next one
        self.relayed_line = ""  # the line that names a relayed telegram's author ("Com. Wojtasik informs in his ...:")
        self.following = ""  # the text of the paragraph after the one being read
        self.following_words = ""  # ... or after it, past a topic's heading
        self.preceding = ""  # ... and of the paragraph before it
        self.resume = False  # a topic heading stands between the current turn and the next paragraph
        self.interrupted: dict | None = None  # the turn a paragraph's "(Erich Honecker: That is clear.)" interrupted
        self.points_by = ""  # whose numbered points a paragraph introduced ("... in the following points:")
        self.told_by = ""  # who told the author what the next paragraph reports ("X told me the following:")
        self.summary_line = 0  # the line of the archive's summary above the record, where the page prints it there
        self.subheads: set[int] = set()  # the lines of topics' subheadings alone on their lines ("Cairo Press:")
        self.floor = ""  # who "takes the floor" in minutes without an author: their "I" in the paragraphs after
        self.at_line = 0  # the line of the paragraph whose markers are read
        self.narrated = False  # the author's acts told before any turn ("I called on Fidel Castro ..."): the record began
        self.title = title  # who the title names takes part
        self.narrator = ""  # the author of a journal, who speaks in the first person
        self.sent_for = ""  # whom a telegram's text says it is from ("331. From Murphy."), over its signature
        self.lettered_points = False  # the page has paragraphs "A. ...", "B. ..." in capitals: a cable's points
        self.summarising = False  # inside the record's own "Summary" heading's points, before its first label
        self.joint_authors: tuple[str, ...] = ()  # the two persons the archive's summary says report ("X and Y report")
        self.sender = ""  # who sends a cable, by the line under its title (see SENT_BY)
        self.signer = ""  # who signs the record at its end ("[signature] (P. Yudin)")
        self.signed_notes: set[int] = set()  # (the ids of) the paragraphs of the editor's notes under the signature
        self.quoted_authors: dict[int, str] = {}  # the lines of a quoted report its author signs inside the quotation
        self.quoting = False  # (this paragraph is one of them)
        self.previous = ""  # the text of the paragraph before, for whom "He ..." opening the next one means
        self.drafter = ""  # who drafted a memo, by its drafting code ("S:DAcheson:mlm": "DAcheson")
        self.draft_code: re.Match | None = None  # ... wherever the page prints it (above the record's head too)
        self.summary = ""  # the page's summary: printed again at the end of a web page
        self.summaries = ""  # ... or the old site's citation block, which holds it
        self.inside: list[str] = []  # labels with a full stop inside a paragraph, left unsplit
        self.shift = 0  # where the paragraph being read starts in its line's paragraph (see _rest)
        self._context: tuple = ((-1, -1), "", frozenset())  # what _takes_part reads, folded (see there)
        self._turn_speakers: dict[str, None] = {}  # the turns' speakers so far, each once, and how many segments
        self._scanned = 0  # _takes_part has read them from (it reads on from there)
        self._women_named: set[str] | None = None  # who the page names with a woman's title (see _women)
        self.run_on = False  # the page's line breaks are lost: a paragraph is a PDF page, opened by its number
        self.report_marks = tuple(t[:1].upper() + t[1:] for t in parser.layout.report_titles)  # "Com", "Cde"

    def read(self, paragraphs: list[Paragraph]):
        paragraphs = self._trailing_page(self._journal(paragraphs))
        # "Development Plans:" alone over the paragraphs it heads: a topic's subheading, no label to count
        # ("Project Mercury:" over "Dr. Eisenhower opened by describing ...": a heading over another's report)
        self.subheads = {p.location.line for p, below in zip(paragraphs, paragraphs[1:] + [None])
                         if LABEL_ALONE.fullmatch(p.text)
                         and (self._topic_subhead(p.text[:-1]) or self._heads_report(p.text[:-1], below))}
        labelled = [p for p in paragraphs if p.location.line not in self.subheads] if self.subheads else paragraphs
        for para in paragraphs:  # "com. Tomasz [pseudonym for Bolesław Bierut]": the editor says who the name is
            for editor in EDITOR_NAMES.finditer(para.text) if "[" in para.text else ():
                short, full = editor["short"], editor["full"]
                if short.casefold() in self.layout.title_set | NOT_NAME_WORDS or short in full.split() \
                        or {w.casefold() for w in full.split()} & OUTLET_WORDS:
                    continue  # (nor "DAVID DIMBLEBY [British Broadcasting Corporation]": whom he works for)
                completes = self.parser.is_known(f"{short} {full}") or all(len(w) <= 4 for w in full.split())
                if editor["said"] or not completes:  # (not "Premier Kim [Il Sung]", "Ho [Chi Minh]": one name's rest)
                    self._declare(short, full)
        text = self.parser.page_text  # (the pattern only where its ".[" is: it has no literal start)
        for editor in EDITOR_INITIALS.finditer(text) if ".[" in text or ". [" in text else ():
            # "E.A. [Shevardnadze] nods ...", "Meeting at E.A. [Shevardnadze's]" above the notes: the diary's initials,
            # which the editor glosses with the name, for its labels "E.A.:"
            self._declare(editor["short"].strip(), editor["full"])
        for narrated in DECLARED_IN_NARRATION.finditer(text) if "enceforth" in text or "ereafter" in text \
                or "ereinafter" in text else ():
            # the narration's "Vo Van Sung (henceforth referred to as Jean) received Y ...": "Jean said" is he
            words = narrated["full"].split()
            while words and words[0].casefold() in self.layout.not_first:
                words = words[1:]  # ("Today Vo Van Sung (henceforth ...)": the name)
            short = self.layout.declaration(narrated["inner"])
            if len(words) >= 2 and short and short not in words:
                self._declare(short, " ".join(words))
        # how often each colon label opens a paragraph (alone on its line, or with the words): "Premier Zhao:" above
        # a cable's numbered points, and again later, is a speaker, not the cable's addressee
        self.openings = Counter(_bare_label(m[1]) for p in labelled if (m := OPENING_LABEL.match(p.text)))
        drafted = next((m for p in paragraphs if (m := DRAFT_CODE.fullmatch(p.text.strip()))), None) or self.draft_code
        self.drafter = drafted[1] if drafted else ""
        initials = re.match(r"[A-Z]+(?=[A-Z][a-z])", self.drafter)  # ("GWPerkins": G. W. Perkins)
        surname = self.drafter[initials.end():] if initials else self.drafter[1:].title()
        reported = any(self.layout.any_verb.fullmatch(m[1]) for m in re.finditer(
            rf"\b(?:Mr\.?|Mrs\.?|Dr\.?)[ ]+{re.escape(surname)}[ ]+(\w+)", self.parser.page_text)) if drafted else False
        if drafted and not self.narrator and not reported:  # "S:DAcheson:mlm": the office, the drafter, the typist,
            # under a memo (not a drafter the memo reports by name, "Mr. Perkins added that ...": his pen, another's "I")
            self.narrator = " ".join([*(f"{c}." for c in initials[0]), surname]) if initials \
                else f"{self.drafter[0].upper()}. {surname}"
        # (or a heading under a book's title: "DOCUMENT No. 9: János Kádár's Report to the HSWP Politburo ...")
        named = TITLE_AUTHOR.search(self.title) or TITLE_AUTHOR.search(self.parser.head) if not self.narrator else None
        if named:  # the title names who writes "I": that person, before any signature's reading
            name = named["own"] or named["name"] or named["keeper"] \
                or _signed_name(DATE_AFTER_NAME.sub("", re.split(r"[,:;]", named["of"])[0]))
            # ("From the Diary of P. F. Yudin: Memorandum of Conversation with Mao Zedong": Yudin, not the rest)
            self.narrator = " ".join(self.layout.normalise(w) for w in name.split())
        keeper = JOURNAL_NAME.search(self.parser.head) or MEMO_OF_NAMED.search(self.parser.page_text, 0, 1500) \
            if not self.narrator else None
        if keeper:  # "From the diary of the ambassador of the USSR" / "In the DPRK, Comrade Ivanov V.I. for the period"
            self.narrator = " ".join(self.layout.normalise(w) for w in keeper["name"].split())
        named = NAME_THEN_RECORD.match(self.title) if not self.narrator else None
        if named:  # "V.A. Zorin, Memorandum of Conversation with the head of the DRV delegation ...": its author
            self.narrator = " ".join(self.layout.normalise(w) for w in (named["name"] or named["sender"]
                                                                        or named["coded"]).split())
        if self.sent_for and not self.narrator:  # "331. From Murphy. Tito having sent word ...": a telegram an embassy
            self.narrator = self.sent_for  # sends for a visitor, whose "I" he is, though the ambassador signs it
        routed = ROUTED_FROM.search(self.parser.page_text, 0, 3000) if not self.narrator else None
        cabled = next((m for m in CABLE_FROM.finditer(text, 0, 3000)  # (not a subject's wrapped line: "SUBJ: ... ON
                       if not WRAPPED_SUBJECT.search(text, 0, m.start())), None) \
            if not (self.narrator or routed) else None  # RETURN" / "FROM CONSULTATIONS")
        if cabled and not re.search(rf"/{re.escape(cabled['name'])}\b", self.parser.page_text):  # (not "FROM UNA" of
            routed = cabled  # "DRAFTED BY IO/UNA:RMKLINE": an office's code)
        if routed:  # a cablegram's "Personal for Secretary from Woolcott" line (or a cable's "FROM HOLBROOKE" under its
            # routing, a visitor's whom the ambassador's signature sends on): who writes its "I"
            self.narrator = " ".join(self.layout.normalise(w) for w in routed["name"].split())
        relayed = next((m for p in paragraphs[:12] if (m := RELAYED_TELEGRAM.fullmatch(p.text.strip()))), None) \
            if not self.narrator else None
        if relayed:  # "Com. Wojtasik informs in his telegram No 159 ...:" above "2/ I asked whether ...": his "I"
            self.narrator = " ".join(self.layout.normalise(w) for w in relayed["name"].split())
            self.relayed_line = relayed[0]
        sent = CIPHER_TITLE.match(self.title) if not self.narrator else None
        if sent and re.search(rf"\b(?:from|by)[ ]+{sent['sender']}\b|\b{sent['sender']}[ ]+(?:reports|informs|describes"
                              rf"|writes|relays|conveys)\b", self.summaries):
            # "Ciphered Telegram, Shtykov to Feng Xi [Stalin]", a surname alone (or a place: "Telegram, Pyongyang to
            # Moscow"), is its sender's when the archive's summary says so ("Telegram from Shtykov to Stalin ...")
            self.narrator = self.layout.normalise(sent["sender"])
        reporter = REPORT_FROM.search(self.title) if not (self.narrator or self.signer) else None
        documented = DOCUMENT_HEADING.search(self.parser.head) if not (reporter or self.narrator or self.signer) else None
        reporter = REPORT_FROM.search(documented[0]) if documented else reporter  # (a book's heading, under the book's
        # title: "DOCUMENT No. 76: Report by Soviet Ambassador Stepan Chervonenko to the Kremlin on His Meeting ...")
        from ld.speakers import BODIES, fold

        reported_by = reporter["surname"] or reporter["name"] or reporter["posted"] or reporter["single"] \
            or reporter["apposed"] if reporter else ""
        if reported_by and fold(reported_by.split()[-1]) not in BODIES and fold(reported_by) not in CAPITALS:
            # the last resort for "I said ..." (not a capital: "Telegram from Washington to Bucharest")
            self.narrator = " ".join(self.layout.normalise(w) for w in reported_by.split())
        if not (self.narrator or self.signer):
            keeper = RECORD_BY.match(self.title)  # "Deputy Minister Winiewicz, 'Record of Conversation with ...'"
            # FRUS: "The Ambassador in the Soviet Union (Kirk) to the Secretary of State", or the line under the title
            sender = SENT_BY.search(self.title) or MEMO_BY.search(self.title) or PERSON_SENT.match(self.title) \
                or SENT_BY_IN_HEAD.search(self.parser.head, 0, 600)  # (FRUS's heading under a file number taken for
            # the title: "611.95A241/12–1754: Telegram" / "The United States Representative at the United Nations
            # (Lodge) to the Department of State")
            if keeper:
                words = [w for w in keeper["name"].split() if w.casefold() not in self.layout.title_set
                         and w.casefold() not in {"deputy", "vice", "first"}]
                self.narrator = " ".join(self.layout.normalise(w) for w in words)
            else:
                self.narrator = sender["name"] if sender else self.sender
        sender_line = FROM_OFFICE.search(self.parser.page_text, 0, 3000) if not (self.narrator or self.signer) else None
        if sender_line:  # a ciphergram's "From: Ambassador JELEN" above its text: who writes its "I"
            self.narrator = " ".join(self.layout.normalise(w) for w in sender_line["name"].split())
        noted = NOTE_OF.search(self.title) if not (self.narrator or self.signer) else None
        if noted and any(FIRST_PERSON.match(p.text, _numbered(p.text)) for p in paragraphs):
            # "Urgent Note from the Conversation of Stefan Jedrychowski with the New PRC ambassador": a note in the
            # first person is kept by the one whose conversation it records
            self.narrator = " ".join(self.layout.normalise(w) for w in noted["name"].split())
        reporter = TITLE_REPORTER.match(self.title) if not (self.narrator or self.signer) else None
        if reporter is None and documented and not (self.narrator or self.signer):
            # (or a book's heading under its title: "DOCUMENT No. 91: Ambassador Stepan Chervonenko's Report on ...")
            reporter = TITLE_REPORTER.search(" ".join(documented[0].split()))
        if reporter and self.parser.is_known(reporter["name"]):  # "Andropov Report to CPSU CC on Talks with ..."
            self.narrator = " ".join(self.layout.normalise(w) for w in reporter["name"].split())
        reporter = SUMMARY_REPORTER.search(self.summaries) if not (self.narrator or self.signer) else None
        if reporter and not any(reporter["name"].split()[-1] in p.text for p in paragraphs):
            # the archive's summary: "Drânceanu reports on an audience with the Shah", of a telegram in the first
            # person that never names its author (who is named nowhere in the record, so is no speaker of it)
            self.narrator = " ".join(self.layout.normalise(w) for w in reporter["name"].split())
        reporter = REPORT_FROM.match(self.summaries.lstrip()) if not (self.narrator or self.signer) else None
        reported_by = reporter and (reporter["name"] or reporter["surname"] or reporter["posted"] or reporter["single"]
                                    or reporter["apposed"])
        if reported_by and fold(reported_by.split()[-1]) not in BODIES \
                and any(FIRST_PERSON.match(p.text, _numbered(p.text)) for p in paragraphs):
            # the archive's summary opens "Report from Pál Szarvas, Hungarian Ambassador to the DPRK, on ...", of a
            # report in the first person under an office's title ("Report, Embassy of Hungary in North Korea ...")
            self.narrator = " ".join(self.layout.normalise(w) for w in reported_by.split())
        between = TITLE_BETWEEN_TWO.search(self.title) if not (self.narrator or self.signer) else None
        told = " ".join(p.text for p in paragraphs) if between else ""
        unnamed = [n for n in (between["a"], between["b"]) if not re.search(rf"\b{re.escape(n.split()[-1])}\b", told)] \
            if between else []
        if len(unnamed) == 1 and any(FIRST_PERSON.match(p.text, _numbered(p.text)) or FIRST_PERSON.search(p.text)
                                     for p in paragraphs):
            # "Record of Conversation Between Shaw and Nishi" over "Mr. Nishi called ... I told him ...": of the two the
            # title names, the one the record never names in the third person writes its "I"
            self.narrator = " ".join(self.layout.normalise(w) for w in unnamed[0].split())
        sent = SENDER_TO.fullmatch(self.title.strip()) or next(
            (m for line in self.parser.page_text[:1500].splitlines() if (m := SENDER_TO.fullmatch(line.strip()))), None) \
            if not (self.narrator or self.signer) else None  # (or a line of the site's head: the edition's web page,
        # its furniture run into the title, "Home" / "Volume 11: ..." / "Ballard to Department of External Affairs")
        if sent and fold(sent["sender"]) not in CAPITALS \
                and any(FIRST_PERSON.match(p.text, _numbered(p.text)) for p in paragraphs):
            # "Eggleston to Evatt", "Cablegram from Pritchett to Canberra" (an Australian edition's titles) over a record
            # in the first person: its sender writes "I" (not a capital's: "Moscow to Washington")
            self.narrator = self.layout.normalise(sent["sender"])
        bracketed = next((m for p in paragraphs[:8] if (m := AUTHOR_BRACKETED.search(p.text))), None) \
            if not (self.narrator or self.signer) else None
        if bracketed:  # "During my [GDR ambassador to the DRV, Wolfgang Bertold] conversation ...", "I [Iudin] observed":
            # the editor names who writes "I"
            self.narrator = " ".join(self.layout.normalise(w) for w in bracketed["name"].split())
        drafted_by = self.parser.drafted_by if not (self.narrator or self.signer or BY_AN_OFFICE.search(self.title)) \
            else None
        if drafted_by and _first_person_sentence(self.parser.page_text):
            # a FRUS source note's "Drafted by Dulles." under a memorandum in the first person: its "I", flagged as
            # the source note's drafter always is (ld.speakers: Resolver.author), since an aide may draft it
            self.narrator = self.layout.normalise(drafted_by["name"])
            self.notices.append(("speaker-to-confirm", paragraphs[0].location.line if paragraphs else 1,
                                 f"'I' is read as {self.narrator}, whom the source note names: {drafted_by[0]!r}"))
        closed = CLOSE_THEN_NAME.search(self.parser.page_text) if not (self.narrator or self.signer) else None
        if closed and _first_person_sentence(self.parser.page_text):
            # a letter's "Yours sincerely," / "J.P. Walshe" above its notes and its edition's site: who writes its "I"
            self.narrator = " ".join(self.layout.normalise(w) for w in closed["name"].split())
        classifier = EO_CLASSIFIER.search(self.parser.page_text, 0, 4000) if not (self.narrator or self.signer) else None
        if classifier and _first_person_sentence(self.parser.page_text):
            # an unsigned cable's "E.O. 12065: GDS 2-28-85 (CONDON, JOHN) OR-M": the officer who classified it, most
            # often the one who writes its "I", flagged
            self.narrator = " ".join(self.layout.normalise(w) for w in f"{classifier['given']} {classifier['surname']}".split())
            self.notices.append(("speaker-to-confirm", paragraphs[0].location.line if paragraphs else 1,
                                 f"'I' is read as {self.narrator}, whom the cable's E.O. line names as classifying it: "
                                 f"{classifier[0].strip()!r}"))
        joint = JOINT_REPORTERS.search(self.summaries) if not (self.narrator or self.signer) else None
        if joint:  # "Mikoyan and Suslov report from Budapest on ...": the telegram's "We" is the two of them
            self.joint_authors = tuple(" ".join(self.layout.normalise(w) for w in joint[g].split()) for g in ("name", "second"))
        byline = next((p.text.strip() for p in [*self.parser.head_paragraphs, *paragraphs][:8]
                       if BYLINE.fullmatch(p.text.strip()) and p.text.split()[0].casefold() not in self.layout.title_set
                       and p.text.split()[0] != "The" and self.parser.is_known(p.text.strip())), None) \
            if not (self.narrator or self.signer or self.joint_authors) else None
        if byline and any(FIRST_PERSON.match(p.text, _numbered(p.text)) for p in paragraphs):
            # "Enver Hoxha" alone on a line above a memoir's chapter ("The Khrushchevites" / "From Bucharest to
            # Moscow"): the byline of a registered person names who writes its "I", flagged (a page about someone
            # may print his name so too); not a list's "Marshal Stalin", a title before the name
            self.narrator = byline
            self.notices.append(("speaker-to-confirm", paragraphs[0].location.line if paragraphs else 1,
                                 f"'I' is read as {byline}, whose name stands alone above the text: confirm that "
                                 "it is the author's"))
        lettered = [p.text[:1] for p in paragraphs if LETTER_POINT.match(p.text)]
        self.lettered_points = {p.text[:1] for p in paragraphs if LETTERED_POINT.match(p.text)} >= {"A", "B"} \
            or len(lettered) >= 3 and "".join(lettered) in "ABCDEFGH"  # ("A. Is aware ...", "B. Mobutu
        # insisted ...", "C. ...": points in their order, no initials of names)
        self.reported = self._reads_reported(labelled)
        above = self.parser.page_text[:paragraphs[0].location.offset][-1500:] if paragraphs else ""
        self.quoted_authors = _quoted_authors(paragraphs, above)  # (above: the page's text over the transcript)
        footnote_defs: list[dict] = []
        inline_notes: list[dict] = []
        slash_marks: dict[str, int] | None = None  # where each note mark "/N/" first stands (_first_slash_marks)
        flagged_notes = False  # (a speaker's label in the notes is said once)
        collecting = False  # a header without a value collects the paragraphs up to the first turn
        open_list = False
        notes = False  # past a "Notes:" heading after the turns: its numbered paragraphs are the footnotes
        glued_notes = _glued_notes_from(paragraphs, self.parser.page_text)
        for index, para in enumerate(paragraphs):
            if para.location.line in self.parser.preview_lines:  # a document site's preview of the record, printed
                # again in full below
                self.headers.append(("Preview", para.text))
                self._cover(para, 0, len(para.text), "header")
                continue
            if index >= glued_notes:  # FRUS's notes a line each under the record, no heading, each called by its
                self._cover(para, 0, len(para.text), "footnote")  # number glued on above ("Ambassador7")
                for row in para.lines:
                    if note := NUMBERED_NOTE.match(row.strip()):
                        footnote_defs.append({"number": note["m"], "text": note["text"].strip(), "location": para.location})
                    elif footnote_defs:
                        footnote_defs[-1]["text"] += " " + row.strip()
                continue
            self.following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
            # (past a topic's heading: "... the Chairman’s remarks on the Taiwan question:" / "On Taiwan" / "Snow said")
            self.following_words = next((p.text for p in paragraphs[index + 1:index + 3]
                                         if not TOPIC_HEADING.fullmatch(p.text)), "")
            self.preceding = paragraphs[index - 1].text if index else ""
            if self.segments and not footnote_defs and para.text.strip().casefold() in NOTES_HEADINGS \
                    and NUMBERED_NOTE.match(self.following):
                notes = True  # "Notes:" / "1. Nguyen Van Hieu (1922- ), journalist ...": not the last turn's words
                self._cover(para, 0, len(para.text), "header")
                continue
            if self.segments and "↩" in para.text and all(DASHED_NOTE.fullmatch(line) for line in para.lines):
                # "- Source: National Archives, ...↩" / "- See Document 211.↩": a FRUS page's notes as a list, each
                # line a note, numbered in order (not the last turn's words)
                self._cover(para, 0, len(para.text), "footnote")
                notes_here = [line.strip()[1:].strip().rstrip("↩ ") for line in para.lines if line.strip()]
                footnote_defs += [{"number": str(len(footnote_defs) + n), "text": note, "location": para.location}
                                  for n, note in enumerate(notes_here, 1)]
                continue
            if id(para) in self.signed_notes:  # the notes under the signature, a number before each: "48 Zhang Wentian
                self._cover(para, 0, len(para.text), "footnote")  # (1900-1976), ..." (under a rule: "______________")
                for line in para.lines[1:] if NOTES_RULE.match(para.lines[0]) else para.lines:
                    if note := FRUS_NOTE.match(line.strip()):
                        footnote_defs.append({"number": note["m"], "text": note["text"].strip(), "location": para.location})
                    elif footnote_defs:
                        footnote_defs[-1]["text"] += " " + line.strip()
                continue
            if para.text[:1] == "/" and (slashed := SLASHED_NOTE.match(para.text)):
                if slash_marks is None:  # (where each "/N/" first stands in the page, read once: its mark above it)
                    slash_marks = _first_slash_marks(self.parser.page_text)
                if slash_marks.get(slashed["n"], para.location.offset) < para.location.offset:
                    self._cover(para, 0, len(para.text), "footnote")  # one paragraph: the record goes on below it
                    inline_notes.append({"number": slashed["n"], "text": slashed["text"].strip(),
                                         "location": para.location})
                    continue
            definition = FOOTNOTE_DEF.match(para.text) or (NUMBERED_NOTE.match(para.text) if notes else None) \
                or (FRUS_NOTE.match(para.text) if footnote_defs and footnote_defs[0]["text"].startswith("Source:")
                    else None)  # FRUS: "0 Source: ...", then "1 Secretary Rusk stopped in Seoul ...": a note each
            if definition or footnote_defs:  # a paragraph after a footnote continues the footnote
                self._cover(para, 0, len(para.text), "footnote")
                if definition:
                    footnote_defs.append({"number": definition["n"] or definition["m"] or definition.groupdict().get("k")
                                          or ("1" if definition.groupdict().get("d") else None),
                                          "text": definition["text"].strip(),
                                          "location": para.location})
                else:
                    footnote_defs[-1]["text"] += "\n\n" + para.text
                    said = OPENING_LABEL.match(para.text)
                    if said and not flagged_notes and _bare_label(said[1]) in {
                            _bare_label(s["label"]) for s in self.segments if s["kind"] == "turn" and s["label"]}:
                        flagged_notes = True  # "Chu Ân Lai: Vì vậy ..." under the notes of a blog's copy: a speaker's
                        self.notices.append(("unread-label", para.location.line, f"{said[1]!r} opens a "
                                             "paragraph after the notes, read as part of a note: if the record's turns "
                                             "go on there, move the notes below them"))
                continue
            if not self.segments and para.text.startswith(self.layout.file_lists):
                self._cover(para, 0, len(para.text), "file-list")  # the page's list of files: no content
                continue
            items = _bullet_items(para) if not self.segments and len(para.lines) >= 2 else None
            if items is not None:
                # "• President Ford" / "• Thomas S. Gates, Chief of U.S. Liaison Office": a list of participants
                # (its last line may hold the first turn, the blank line before it lost: "• Lien Zhengpao,
                # Notetaker President Carter: Mr. Vice Premier, ..."; an office may stand on the line under its name)
                rows = tuple(items)
                whole = rows[-1] == para.lines[-1] and para.text.endswith(rows[-1])  # (an item's last line, no office's)
                begins = len(para.text) - len(rows[-1]) if whole else len(para.text)
                glued = self._glued_turn(para, start=begins) if whole else None
                listed = para.text[:glued].rstrip() if glued else para.text
                for header, values in _bullet_sections((*rows[:-1], listed[begins:] if whole else rows[-1]),
                                                       self.layout.header_names):
                    self.headers.append((header, "\n".join(values)))
                self._cover(para, 0, glued or len(para.text), "header")
                if glued:
                    self._rest(para, glued)
                continue
            if not self.segments and CABLE_TITLE.search(self.title) and self._addressee(para.text) \
                    or self._titled_addressee(para.text):  # (again above a blog's translation too)
                self.headers.append(("To", para.text.rstrip(":").strip()))  # "Ambassador Huang [Zhen]:" over a
                self._cover(para, 0, len(para.text), "header")             # cable's text: whom it is sent to
                continue
            if not self.segments and self.layout.is_heading(para.text):
                self.headers.append(("Heading", para.text))
                self._cover(para, 0, len(para.text), "header")
                continue
            sublist = collecting and open_list and self._worded_header(para) is not None \
                and not self.layout.header.match(para.text)  # "Present:" then
            # "From the Chinese side: ..." lines: the sub-headings stay in the list
            headers = [] if sublist else self._headers(para)
            # "Recorder: [no name given] Pak Geum-cheol: Comrade Premier, ...": the header, then a turn in its
            # last line (a header's own label ends at its colon)
            rows = para.lines if headers and self.current is None else ()
            begins = len(para.text) - len(rows[-1]) if rows and para.text.endswith(rows[-1]) else -1
            glued = self._glued_turn(para, start=max(para.text.find(":") + 1, begins)) if begins >= 0 else None
            if glued:
                kept = para.text[begins:glued].strip()
                headers = self._headers(replace(para, text=para.text[:glued].rstrip(),
                                                raw_lines=(*rows[:-1], kept) if kept else rows[:-1])) or headers
            if headers:
                self.headers.extend(headers)
                self._cover(para, 0, glued or len(para.text), "header")
                self._sender(headers)
                if glued:
                    collecting = False
                    self._rest(para, glued)
                    continue
                name, value = headers[-1]
                collecting = (not value or self.layout.lists_people(name)) and not self.segments
                open_list = not value  # "Present:" alone: what follows, sub-headings too, is its list
                continue
            columns = collecting and len(para.cells) > len(para.lines)  # (a list set in columns is no prose)
            # ("Subject:" alone, then "• Secretary Connally Travel: Memorandum of ...": its value, no label)
            subject_line = collecting and open_list and bool(BULLET.match(para.text)) \
                and self.headers[-1][0].casefold().strip(" .:") in SUBJECT_HEADERS
            office_line = collecting and OFFICE_HOLDER_LINE.fullmatch(para.text) is not None
            if collecting and (columns or not _prose(para.text)) and not AGENDA_ITEM.match(para.text) \
                    and not (self.parser.shouting and DENSE_LABEL.match(para.text)) and (
                    sublist or (side := SIDE_LINE.match(para.text)) and not self.parser.is_known(side[1])
                    or office_line or subject_line
                    # ("KGB: Comrade Zinyov – 1st Deputy ...": a side's sub-heading in the list, no speaker)
                    or self.parser.start_label(para.text, self.declared, self.short, self.reported,
                                               listing=True) is None
                               and self._report_of_participant(para.text) is None
                               and self._dash_label(para.text) is None):
                name, value = self.headers[-1]
                glued = self._glued_turn(para) if self.current is None and len(para.lines) <= 1 \
                    and not office_line and not subject_line else None
                if glued:  # "Great Hall of the People, Peking The Prime Minister: Were you ...": the value, a turn
                    cut = para.text[:glued].rstrip()
                    self.headers[-1] = (name, f"{value}\n\n{cut}" if value else cut)
                    self._cover(para, 0, glued, "header")
                    collecting = False
                    self._rest(para, glued)
                    continue
                if self.label_in_disguise(para.text) and not office_line:
                    # (speech printed with an odd label, not a list line)
                    self.notices.append(("unread-label", para.location.line,
                                         f"{para.text[:40]!r} starts like a speaker label printed another way, "
                                         f"but is not read as one: the paragraph joins the {name!r} header"))
                lines = "\n".join(BULLET.sub("", line) for line in para.cells)  # ("- Anastas I. Mikoyan, ...")
                self.headers[-1] = (name, f"{value}\n\n{lines}" if value else lines)
                self._cover(para, 0, len(para.text), "header")
                continue
            collecting = False
            number = PAGE_NUMBER.match(para.text) if self.run_on else None
            if number:  # "2 Top Secret MEMORANDUM ...": the page's number, then its text
                self.headers.append(("Page", number[0].strip()))
                self._cover(para, 0, number.end(), "header")
                self._rest(para, number.end())
                continue
            line = para.text.strip()
            if DRAFT_CODE.fullmatch(line) or self.drafter and line.casefold() == self.drafter.casefold():
                self.headers.append(("Drafted", para.text))  # a memo's drafting code, and its drafter's signature
                self._cover(para, 0, len(para.text), "header")  # above it ("DAcheson"), wherever the memo ends
                continue
            if self.current is None and index and self.preamble and self.preamble[-1] == paragraphs[index - 1].text \
                    and _next_point(paragraphs[index - 1].text, para.text):
                # "1. Nasser passed on ...;" / "2. Both sides discussed ...;" / "3. Nasser spoke of ...": the record's
                # summary in points closed by semicolons, above the talk: its last point is the summary's too
                self.preamble.append(para.text)
                self._cover(para, 0, len(para.text), "heading")
                continue
            self._paragraph(para)
            self.previous = para.text
        footnote_defs = inline_notes + footnote_defs
        numbers = {d["number"] for d in footnote_defs}
        segments, anchors = self._finish(numbers)
        footnotes = [Footnote(d["number"], unicodedata.normalize("NFC", d["text"]), d["location"],
                              *anchors.get(d["number"], (None, None))) for d in footnote_defs]
        for footnote in footnotes:
            self._turn_in_note(footnote)
        return segments, footnotes

    def _turn_in_note(self, note: Footnote) -> None:
        """A note's later paragraph that opens with a speaker's label ("Chu Ân Lai: Việc ném bom ...", a blog's
        translation of the record printed again below its note): the note has run on into speech, perhaps the record's
        own, which no turn holds; said, so that the page is never clean."""
        offset = 0
        for index, piece in enumerate(note.text.split("\n\n")):
            label = self.parser.start_label(piece, self.declared, self.short, reported=False) if index else None
            if label and label.end and label.speaker and not label.reported and not label.role \
                    and len(piece) - label.end >= 40 and (len(label.speaker.split()) >= 2 or self.parser.is_known(
                        label.speaker) or self._takes_part(label.speaker)):  # (not a site's "Tagi:", "Quelle:")
                line = note.location.line + note.text.count("\n", 0, offset)
                self.notices.append(("unread-label", line, f"note {note.number} runs on into text that opens with "
                                     f"a speaker's label ({piece[:label.end].strip()!r}), read as the note's: if that is "
                                     "the record's speech, move it above the notes (or delete it, if it prints the "
                                     "record again)"))
                return
            offset += len(piece) + 2

    def _trailing_page(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """The web page prints, after the text, the summary again, "Document Information", "Source",
        "Rights", "Type", "Record ID" and their values, and an ambassador signs off in capitals ("USSR
        AMBASSADOR TO THE DRV" / "I. SHCHERBAKOV"): header lines, never the last speaker's words."""
        at = next((i for i in range(len(paragraphs)) if _opens_trailer(paragraphs, i)), None)
        closing = " ".join(paragraphs[-1].text.split()).casefold() if len(paragraphs) > 2 else ""
        if at is None and len(closing.split()) >= 8 and closing in " ".join(self.summaries.split()).casefold():
            # the old site's summary, printed again as the page's last line ("(Manush Myftiu)" / "Manush Myftiu
            # reports on the work of ..."): its citation block holds it, no turn
            at = len(paragraphs) - 1
        wilson = at is not None and any("document information" in {  # (the summary above; the block's headings a line each)
            q.text.strip().casefold(), *(line.strip().casefold() for line in q.raw_lines)} for q in paragraphs[at:at + 12])
        while at:  # "Associated Places" / "China" / "Canada" above it: the headings' short values are the block's too
            heading = next((i for i in range(at - 1, max(at - 30, 0), -1)  # (its values a line each below it)
                            if paragraphs[i].raw_lines[:1] and paragraphs[i].raw_lines[0].strip().casefold() in ASSOCIATED),
                           None)
            if heading is None or not all(all(len(line.split()) <= 12 for line in p.lines[1 if k == heading else 0:])
                                          and len(p.lines) <= 12 for k, p in enumerate(paragraphs[heading:at], heading)) \
                    and not (paragraphs[heading].text.strip().casefold() == "related documents" and at - heading <= 16):
                break  # (other records' dates, titles and summaries under "Related Documents")
            at = heading
        while at and (paragraphs[at - 1].text.strip().casefold() in TRAILER_LINES
                      or at >= 2 and paragraphs[at - 2].text.strip().casefold() in ("author(s):", "author(s)")
                      and all(len(line.split()) <= 12 and not re.search(r"\w\w[.!?]$", line.rstrip())
                              for line in paragraphs[at - 1].lines)):  # (an author a line: "Shcherbakov, Ilya S.")
            at -= 1  # "Associated People & Organizations", "Subjects Discussed", "Author(s):" / "Mikhail Gorbachev"
        if at is not None:
            start = at
            before = paragraphs[at - 1].text if at else ""
            signature = any(p.match(before) for p in (SIGNATURE, SIGNED, INITIALLED, SIGNED_OFFICE, OFFICE_SIGNED)) \
                or _name_over_office(paragraphs[at - 1].lines if at else ()) \
                or at >= 2 and NAME_LINE.match(before.strip()) and PLACE_DATED.fullmatch(paragraphs[at - 2].text.strip())
            # ("Zsigmond Csuka" / "Chargé d'Affaires a.i."; "Budapest, April 17, 1971." / "Károly Erdélyi")
            related = paragraphs[at].text.strip().casefold() == "related documents"  # (an old site's: no summary above)
            reports = bool(SUMMARY_REPORTER.match(before)) and len(before.split()) <= 120  # ("X reports on ...")
            # (or any paragraph between the record's signature and the block: "B. Mahlow" / "Comrade Rakhmanin shares
            # the Soviet assessment ..." / "Author(s):")
            reports = reports or at >= 3 and len(before.split()) <= 120 and (any(
                p.match(paragraphs[at - 2].text) for p in (SIGNATURE, SIGNED, INITIALLED, SIGNED_OFFICE, OFFICE_SIGNED))
                or bool(FULL_NAME_LINE.match(paragraphs[at - 2].text.strip().removesuffix(".")))  # ("Constantin Ene.")
                and not self.parser.start_label(paragraphs[at - 2].text, self.declared, listing=True))
            glued = paragraphs[at - 1].lines if at else []
            # ("Signed" / "Florea Dumitrescu" / "The Romanian Embassy ... passes on ...", one paragraph: the signature
            # glued to the archive's summary)
            glued_signer = self._glued_signer(glued[:-1], paragraphs[:at - 1]) \
                if len(glued) >= 2 and len(glued[-1].split()) <= 120 else ""
            reports = reports or bool(glued_signer)
            # (or, above the block, the archive's summary in the present tense under a transcript of labelled turns,
            # whose last speaker would otherwise say it: "North: Agreed." / "North Korean delegate Kim Deok-hyeon and
            # South Korean delegate Jeong Hong-jin argue over ..." / "Related Documents")
            summed = at >= 4 and not self.summary and TRAILING_SUMMARY.match(before) is not None \
                and 12 <= len(before.split()) <= 90 and not re.search(r"(?<![\w’'])(?:I|we|We|my|our|Our|me|us)\b", before) \
                and not self.parser.start_label(before, self.declared) \
                and sum(bool((lab := self.parser.start_label(p.text, self.declared)) and lab.end and not lab.reported)
                        for p in paragraphs[max(0, at - 12):at - 1]) >= 3 \
                or at >= 4 and not self.summary and ARCHIVE_VOICE.match(before) is not None \
                and 12 <= len(before.split()) <= 120 and not re.search(r"(?<![\w’'])(?:I|we|We|my|our|Our|me|us)\b", before)
            # ("In this conversation Molotov acquaints Mao with ...": the archive's voice, under any record, even one
            # of reports in the past tense whose last reported speaker would say it)
            reports = reports or summed
            if at and (wilson and (_same_text(before, self.summary) or not self.summary and not signature and not related
                                   and (len(before.split()) <= 60 and not self.parser.start_label(before, self.declared)
                                        or reports))
                       or reports and not signature and not FIRST_PERSON.search(before) and before[:1] != "["):
                # (a summary between the signature and the block is the archive's, whatever the page's top holds:
                # "Signed: Corneliu Bogdan" / "Romanian diplomats in Washington report ..." / "Author(s):")
                start = at - 1  # the summary, printed again above "Document Information"
                self.summaries = self.summaries or before
                if summed:
                    self.summary = before  # (published as the page's summary: the resolver reads whom it names)
                signed_name = _signed_name(glued[0]) if len(glued) >= 2 else ""
                if len(glued) >= 3 and INITIALLED.match(signed_name) and INITIALLED.match(glued[1].strip()) \
                        and not self.narrator and any(WE_SAID.search(p.text) for p in paragraphs[:at - 1]):
                    # "A. Mikoyan" / "M. Suslov" / "Mikoyan and Suslov report on ...": the two who sign a report in
                    # their "we", its line breaks kept
                    self.joint_authors = (signed_name, _signed_name(glued[1]))
                    self.signer = self.joint_authors[1]
                elif INITIALLED.match(signed_name) and (signed_name == glued[0] or OFFICE_BELOW.match(glued[0].split(" ")[0])) \
                        and not self.narrator:  # "L. Ilichev" (or "Ambassador of the USSR in the DPRK V. Ivanov") /
                    self.signer = signed_name  # "Excerpts from the record ...": the signature, its line break kept
                elif len(glued) >= 3 and NAME_LINE.match(glued[0].strip()) and OFFICE_BELOW.match(glued[1].strip()) \
                        and not self.narrator:  # "Károly Práth" / "ambassador" / the summary, one paragraph
                    self.signer = " ".join(self.layout.normalise(w) for w in glued[0].split())
                elif not self.narrator and glued_signer:
                    self.signer = glued_signer  # "Signed" / "Florea Dumitrescu" (or "Shtykov" / "No. 4" / "19 January
                    # 1950") over the summary, one paragraph
            trailing, paragraphs = paragraphs[start:], paragraphs[:start]
            for para in trailing:
                self._cover(para, 0, len(para.text), "header")
            self.headers.append(("Document Information", "\n\n".join(p.text for p in trailing)))
        at = next((i for i, p in enumerate(paragraphs) if i >= 2 and ATTACHMENT.match(p.text)
                   and any(self.parser.start_label(q.text, {}, reported=True) and not self.layout.header.match(q.text)
                           for q in paragraphs[:i])), None)
        if at is not None:  # "Attachment I" and the documents handed over, printed after the record
            for para in paragraphs[at:]:
                self._cover(para, 0, len(para.text), "header")
            self.headers.append(("Attachment", "\n\n".join(p.text for p in paragraphs[at:])))
            paragraphs = paragraphs[:at]
        below: list[Paragraph] = []  # (the editor's notes under the list, set aside while the list is found: "[1] The Hunan ...")
        while len(paragraphs) > 2 and FOOTNOTE_DEF.match(paragraphs[-1].text):
            below.insert(0, paragraphs.pop())
        at = next((i for i in range(len(paragraphs) - 1, max(len(paragraphs) - 12, 2), -1)
                   if any(DISTRIBUTION.match(line) for line in paragraphs[i].lines)
                   # (further up, over a list a copy a paragraph: "Distribution:" / "1x Comrade Winzer" / ...)
                   and (i >= len(paragraphs) - 4 or all(len(q.text.split()) <= 8 for q in paragraphs[i + 1:]))), None)
        first = next((k for k, line in enumerate(paragraphs[at].lines) if DISTRIBUTION.match(line)), 0) if at else 0
        # "Jarck" / "Acting Ambassador" / "CC:" in one paragraph (or "[signed]" / "K[urt] Schneidewind" / ...): who
        # signs, above the list
        signed_above = [re.sub(r"\[([a-z]+)\]", r"\1", line) for line in (paragraphs[at].lines[:first] if at else ())
                        if not re.fullmatch(r"\[(?:signed|signature)\]", line, re.I)]
        if len(signed_above) == 2 and OFFICE_BELOW.match(signed_above[1]) \
                and (NAME_LINE.match(signed_above[0]) or SURNAME_SIGNED.match(signed_above[0])) and not self.narrator:
            self.signer = " ".join(self.layout.normalise(w) for w in signed_above[0].split())
        if at is not None:  # "CC:" / "2x Far Eastern Department" / "1x Embassy" under the signature: who got copies
            for para in paragraphs[at:]:
                self._cover(para, 0, len(para.text), "header")
            self.headers.append(("Distribution", "\n\n".join(p.text for p in paragraphs[at:])))
            paragraphs = paragraphs[:at]
        paragraphs += below
        while len(paragraphs) > 3 and len(paragraphs[-1].text) < 160 and RELEASE_STAMP.search(paragraphs[-1].text.strip()):
            stamp = paragraphs.pop()  # a cable's release stamp under its end ("ELIOT" / "CONFIDENTIAL" / "NNN" / "Sheryl
            self._cover(stamp, 0, len(stamp.text), "header")  # P. Walter Declassified/Released ..."): no signature
            self.headers.append(("Release", stamp.text))
        notes: list[Paragraph] = []  # the footnotes after the signature ("V. KUZNETSOV" / "[1] Michalowski's ...")
        while len(paragraphs) > 2 and FOOTNOTE_DEF.match(paragraphs[-1].text):
            notes.insert(0, paragraphs.pop())
        under = len(paragraphs)
        while not notes and under > 3 and FRUS_NOTE.match(paragraphs[under - 1].text.strip()) \
                and re.match(r"\d{1,3}\.[ ]", paragraphs[under - 1].text) \
                and "Source:" not in paragraphs[under - 1].text[:12]:  # (a source note's are read below: _name_above_notes)
            under -= 1
        if under < len(paragraphs) and SURNAME_SIGNED.match(paragraphs[under - 1].text.strip()) \
                and paragraphs[under - 1].text.strip().casefold() not in NOT_SIGNERS:
            notes, paragraphs = paragraphs[under:], paragraphs[:under]
            self.signed_notes |= {id(p) for p in notes}  # FRUS: "Allen" / "1. Repeated for information to
            # Karachi ... 2. ...": the editor's notes under the telegram's signature, their numbers run together (or
            # one to a line: "Williams" / "1. The note is not printed." / "2. Not further identified.")
        signed_at = next((i for i in range(len(paragraphs) - 2, max(len(paragraphs) - 12, 2), -1)
                          if len(two := paragraphs[i].lines) == 2 and OFFICE_BELOW.match(two[1])
                          and (NAME_LINE.match(two[0]) or SURNAME_SIGNED.match(two[0]))), None) if not notes else None
        if signed_at is not None and all(NOTES_RULE.match(p.lines[0]) or FRUS_NOTE.match(p.text)
                                         for p in paragraphs[signed_at + 1:]):
            # "Szkladán" / "ambassador", then "______________" and "48 Zhang Wentian (1900-1976), ..." (or "Lajos
            # Cséby" / "Ambassador" over "1 Deputy head of ..."): the editor's notes under the signature
            notes[:0] = paragraphs[signed_at + 1:]
            self.signed_notes |= {id(p) for p in paragraphs[signed_at + 1:]}
            paragraphs = paragraphs[:signed_at + 1]
        source = next((i for i in range(len(paragraphs) - 1, max(len(paragraphs) - 12, 2), -1)
                       if FOOTNOTE_DEF.match(paragraphs[i].text) and "Source:" in paragraphs[i].text[:12]), None)
        if source and all(FRUS_NOTE.match(p.text) for p in paragraphs[source + 1:]):
            notes[:0] = paragraphs[source:]  # FRUS: "1 Source: ...", then "2 See Document 211.": its notes, in order
            paragraphs = paragraphs[:source]
        filed = 0  # the cable's number and date under its signature ("SHTYKOV" / "No. 1389/sh" / "26.IX.50")
        while len(paragraphs) > filed + 3 and FILE_LINE.fullmatch(paragraphs[-1 - filed].text.strip()):
            filed += 1
        above = paragraphs[-1 - filed].text.strip() if filed else ""
        if filed and (any(p.match(above) for p in (SIGNATURE, SIGNED, INITIALLED, SIGNED_OFFICE))
                      or SURNAME_SIGNED.match(above) and above.casefold() not in NOT_SIGNERS | self.layout.title_set
                      and any(FIRST_PERSON.match(p.text, _numbered(p.text)) for p in paragraphs[:-1 - filed])):
            # (or a surname in lower case over the date, under a cable in its author's first person: "Terebin" /
            # "10.I.49")
            for para in paragraphs[-filed:]:
                self._cover(para, 0, len(para.text), "header")
            self.headers.append(("Filed", "\n".join(p.text for p in paragraphs[-filed:])))
            paragraphs = paragraphs[:-filed]
        # "[Handwritten notes in the margin: ...]" under the signature: the editor's, no one's words
        if len(paragraphs) > 2 and EDITORIAL_LINE.fullmatch(paragraphs[-1].text) and any(
                p.match(paragraphs[-2].text) for p in (SIGNATURE, SIGNED, INITIALLED, SIGNED_OFFICE, OFFICE_SIGNED)):
            margin = paragraphs.pop()
            self._cover(margin, 0, len(margin.text), "header")
            self.headers.append(("Editorial note", margin.text))
        signed: list[Paragraph] = []
        repeater = ""  # who repeats a telegram, signing under its sender
        noted = 0  # where a name alone signs above the editor's notes (_name_above_notes)
        # "E. Merten" / "Counsellor" (its office on the line below the name that signs): the office joins the block
        office = paragraphs.pop() if len(paragraphs) > 3 and OFFICE_BELOW.match(paragraphs[-1].text.strip()) \
            and (INITIALLED.match(paragraphs[-2].text.strip()) or NAME_LINE.match(paragraphs[-2].text.strip())) else None
        while len(paragraphs) > 1 and any(p.match(paragraphs[-1].text)
                                          for p in (SIGNATURE, SIGNED, RECORDED_BY, INITIALLED, SIGNED_OFFICE,
                                                    OFFICE_SIGNED, COMPLETED_SIGNATURE)):
            signed.insert(0, paragraphs.pop())  # the signature block at the end
        if office is not None:
            signed.append(office) if signed else paragraphs.append(office)
        bracketed = next((i for i in range(len(paragraphs) - 1, max(len(paragraphs) - 6, 1), -1)
                          if HANDWRITTEN_SIGNATURE.match(paragraphs[i].text)), None) if not signed else None
        if bracketed is not None and paragraphs[-1].text.rstrip().endswith("]") \
                and not any("[" in p.text for p in paragraphs[bracketed + 1:]):
            # "[handwritten: A. Mikoyan" / "20 September]" (or "Authenticated: V. Chistov" / "MFA ... N 1447]"): the
            # editor's bracket around the signature and what is written below it
            signed, paragraphs = paragraphs[bracketed:], paragraphs[:bracketed]
        if len(signed) == 2 and all(INITIALLED.match(p.text.strip()) or SURNAME_SIGNED.match(p.text.strip()) for p in signed) \
                and any(WE_SAID.search(p.text) for p in paragraphs):
            self.joint_authors = tuple(" ".join(self.layout.normalise(w) for w in p.text.split()) for p in signed)
            # ("A. Mikoyan" / "M. Suslov" under a report in their "we": its two authors)
        if signed and len(paragraphs) > 1 and (SIGNER_OFFICE.match(paragraphs[-1].text)
                                               or OFFICE_BELOW.match(paragraphs[-1].text.rstrip().removesuffix(":"))):
            signed.insert(0, paragraphs.pop())  # "Ambassador of the USSR in the PRC" ("First Secretary:") above "S. Chervonenko"
        if not signed and len(paragraphs) > 2 and SURNAME_SIGNED.match(paragraphs[-1].text) and (
                CABLED.search(self.title) or re.search(rf"\([ ]?{re.escape(paragraphs[-1].text)}[ ]?\)", self.title)
                or paragraphs[-1].text.casefold() not in NOT_SIGNERS
                and not OFFICE_BELOW.match(paragraphs[-1].text) and paragraphs[-1].text.casefold() not in self.layout.title_set
                and any(FIRST_PERSON.match(p.text, _numbered(p.text)) for p in paragraphs[:-1])):
            signed = [paragraphs.pop()]  # FRUS: a telegram's sender signs it with his surname alone ("Porter"), the one
            # its title names ("The Chargé in Romania (Williams) to ..."); so does the author of a note in the first
            # person ("I asked ..." and, last, "Hertzfeldt")
            if len(paragraphs) > 2 and REPEATED_CABLE.search(self.parser.page_text, 0, 1500) \
                    and SURNAME_SIGNED.match(paragraphs[-1].text) and paragraphs[-1].text.casefold() not in NOT_SIGNERS \
                    and paragraphs[-1].text.casefold() not in self.layout.title_set:
                signed.insert(0, paragraphs.pop())  # "Following is repeat New Delhi 3013 ..." over "Moynihan" /
                # "Rogers": the repeated telegram's sender, who writes its "I", then the one who repeats it
                repeater = signed[-1].text
        if not signed and len(paragraphs) > 3 and all(
                SURNAME_SIGNED.match(p.text) and p.text.casefold() not in NOT_SIGNERS | self.layout.title_set
                for p in paragraphs[-2:]) and any(WE_SAID.search(p.text) for p in paragraphs[:-2]):
            signed, paragraphs = paragraphs[-2:], paragraphs[:-2]  # "Gräbner" / "Zielke" under a note in their "we":
            self.joint_authors = (signed[0].text, signed[1].text)  # its two authors ("We answered that ...")
        if not signed and len(paragraphs) > 2 and TITLED_SIGNATURE.match(paragraphs[-1].text) \
                and any(FIRST_PERSON.search(p.text) for p in paragraphs[:-1]):
            signed = [paragraphs.pop()]  # "Ambassador Corneliu Bogdan" under a telegram in the first person
        if not signed and len(paragraphs) > 2 and DATED_SURNAME.fullmatch(paragraphs[-1].text.strip()) \
                and any(FIRST_PERSON.search(p.text) or WE_SAID.search(p.text) for p in paragraphs[:-1]):
            signed = [paragraphs.pop()]  # "7.II.50 Shtykov" under a cipher telegram in the first person: when and who
            # (in the plural too: "We told Castro and Dorticos that ..." over "27.X.62 ALEKSEEV")
        dated = PLACE_DATED.fullmatch(paragraphs[-2].text.strip()) if not signed and len(paragraphs) > 3 else None
        if dated and parse_date(dated["date"]) and NAME_LINE.match(paragraphs[-1].text.strip()) \
                and any(FIRST_PERSON.search(p.text) for p in paragraphs[:-2]):
            signed = paragraphs[-2:]  # "Budapest, April 17, 1971." / "Károly Erdélyi" under a record in the first person:
            paragraphs = paragraphs[:-2]  # who wrote it, and where and when
            names_dated = [signed[-1].text.strip()]
        else:
            names_dated = []
        alone = paragraphs[-1].text.strip() if not signed and len(paragraphs) > 2 else ""
        alone = alone.removesuffix(".") if alone.endswith(".") else alone if source or notes else ""  # (without it, the
        # rules below read the name; but over FRUS's notes, split off above, a full name alone signs: "Robert C. Hill")
        if FULL_NAME_LINE.match(alone) and not self.parser.is_known(alone) and alone.casefold() not in NOT_SIGNERS \
                and any(FIRST_PERSON.search(p.text) or WE_SAID.search(p.text) for p in paragraphs[:-1]) \
                and not any(w.casefold() in self.layout.title_set for w in alone.split() if not re.fullmatch(r"[A-Z]\.", w)):
            # (an initial is no title: the "C." of "Robert C. Hill" is not the comrade's)
            # "Constantin Ene." under a telegram in its "we" ("We asked him whether ..."): the full name alone, last,
            # of someone the register does not know (a known one's name alone may be a heading), signs it
            signed = [paragraphs.pop()]
            names_listed = [alone] if (source or notes) and f"({alone.split()[-1]})" not in self.title else []
            # (over FRUS's notes, the despatch's "I" is his; where the heading names him, "(Smith)", it says who)
        else:
            names_listed = []
        listed_name = paragraphs[-1].text.strip() if not signed and len(paragraphs) > 2 else ""
        if listed_name and NAME_LINE.match(listed_name) and any(FIRST_PERSON.search(p.text) for p in paragraphs[:-1]) \
                and re.search(rf"\b{re.escape(listed_name)}\b", " ".join([self.title, *(p.text for p in paragraphs[:-1])])):
            # "Eugenie Anderson" under an airgram in the first person, whose participant list names "American Minister
            # Eugenie Anderson": who signs it
            signed = [paragraphs.pop()]
            names_listed = [listed_name]
        named_above = None  # "Lajos Karsai" above "chargé d'affaires ad interim" (one paragraph or two)
        last = paragraphs[-1].lines if len(paragraphs) > 1 else ()
        if not signed and len(last) == 2 and OFFICE_BELOW.match(last[1]) and (named_above := NAME_LINE.match(last[0]) or (
                last[0].casefold() not in NOT_SIGNERS | self.layout.title_set
                and any(FIRST_PERSON.search(p.text) for p in paragraphs[:-1])
                and SURNAME_SIGNED.match(last[0]))):  # (or "Szkladán" / "ambassador" under a record in its author's first
            signed = [paragraphs.pop()]  # person)
        elif not signed and len(last) == 2 and OFFICE_BELOW.match(last[0]) \
                and (named_above := NAME_LINE.match(last[1]) or SURNAME_SIGNED.match(last[1]) or INITIALLED.match(last[1])):
            signed = [paragraphs.pop()]  # "AMBASSADOR" above "Reis Malile" (or "Ambassador of the CSSR" above "Moravec",
            # "Ambassador of the USSR in the DPRK" above "V. Ivanov")
        elif not signed and len(last) in (2, 3) and (named_above := FULL_NAME_LINE.match(last[0])) \
                and all(RANK_OR_OFFICE.search(line) for line in last[1:]) \
                and any(FIRST_PERSON.search(p.text) for p in paragraphs[:-1]):
            signed = [paragraphs.pop()]  # "Vernon A. Walters" / "Major General, USA" / "Defense Attaché"
        elif not signed and len(paragraphs) > 2 and OFFICE_BELOW.match(paragraphs[-1].text) \
                and (named_above := NAME_LINE.match(paragraphs[-2].text) or SURNAME_SIGNED.match(paragraphs[-2].text)):
            signed = [paragraphs[-2], paragraphs[-1]]
            paragraphs = paragraphs[:-2]
        elif not signed and (noted := _name_above_notes(paragraphs, self.parser.page_text[:3000])):
            # "George F. Kennan" / "1 Twenty-five states eventually attended ..." / "2 Negotiations on ...": in a record
            # in its author's first person, a name alone above the editor's numbered notes signs it
            named_above = FULL_NAME_LINE.match(paragraphs[noted].text.strip())
            notes[:0] = paragraphs[noted + 1:]
            self.signed_notes |= {id(p) for p in paragraphs[noted + 1:]}  # (their numbers may be the chapter's)
            signed, paragraphs = [paragraphs[noted]], paragraphs[:noted]
        if signed and len(paragraphs) > 1 and SIGNED_WORD.fullmatch(paragraphs[-1].text.strip()):
            signed.insert(0, paragraphs.pop())  # "Signed" alone over the signature the lines above read
        for para in signed:
            self._cover(para, 0, len(para.text), "header")
        lines = [p.text for p in signed if not RECORDED_BY.match(p.text)]
        if lines:
            self.headers.append(("Signature", "\n".join(lines)))
        self.headers += [("Recorded by", p.text) for p in signed if p.text not in lines]
        names = [m["name"] for p in signed[:1] if (m := HANDWRITTEN_SIGNATURE.match(p.text))]
        names += [found for p in signed if (m := SIGNED.match(p.text))
                 and (found := m["name"] or m["initialled"] or m["restored"] or m["dashed"] or m["signed_by"]
                      or m["slashed"] or m["between"] or m["numbered_by"])]
        names += [p.text for p in signed if INITIALLED.match(p.text)] + names_listed
        names += [p.text.strip().removesuffix(".") for p in signed[-1:] if p.text.strip().endswith(".")
                  and FULL_NAME_LINE.match(p.text.strip().removesuffix("."))]  # ("Constantin Ene.")
        names += [re.sub(r"\[([a-z]+)\]", r"\1", p.text) for p in signed if COMPLETED_SIGNATURE.match(p.text)]
        names += names_dated + [m["name"].title() if m["name"].isupper() else m["name"] for p in signed
                                if (m := DATED_SURNAME.fullmatch(p.text.strip()))]
        names += [m["name"] for p in signed if (m := SIGNED_OFFICE.match(p.text))  # (not a state's: "USSR Ambassador
                  and not (m["name"].isupper() and len(m["name"]) <= 5)  # to Indonesia" / "D. Zhukov")
                  and m["name"].casefold() not in _nationalities()]
        names += [m["name"] for p in signed if (m := OFFICE_SIGNED.match(p.text))]
        names += [named_above[0]] if named_above else []
        names += [m["name"] for p in signed if (m := TITLED_SIGNATURE.match(p.text))]
        names += [p.text.strip().removesuffix(".") for p in signed
                  if SURNAME_SIGNED.match(p.text.strip().removesuffix(".")) and not OFFICE_BELOW.match(p.text)
                  and not SIGNED_WORD.fullmatch(p.text.strip())
                  and p.text != (named_above[0] if named_above else "")]  # ("Bergold" / "Ambassador": Bergold; "Renouf.")
        names += [m["name"].title() for p in signed if self.parser.shouting
                  and (m := CABLE_SIGNED.match(p.text))]  # a cable in capitals: "TOON" (and its class, "SECRET", again)
        names += [surname for p in signed if p.text.isupper() and SURNAME_SIGNED.match(surname := p.text.strip().title())
                  and (f"({surname})" in self.parser.page_text[:3000] or noted)]  # ("CANNON" of "The Ambassador in
        # Yugoslavia (Cannon) to the Secretary of State", a scanned FRUS page; "WOOLCOTT" over "_[NAA: A10463, ...]_")
        signed_line = next((LETTER_SPACED.sub(lambda m: m[0].replace(" ", ""), p.text) for p in reversed(signed)
                            if not CABLE_MARKING.match(p.text.strip())), "")  # "S H T Y K O V" (its class aside)
        if not names and signed_line.isalpha() and len(signed_line) >= 4 and signed_line.isupper() \
                and signed_line.casefold() not in NOT_SIGNERS | self.layout.title_set \
                and CABLE_ROUTING.search(self.parser.page_text) and any(FIRST_PERSON.search(p.text) for p in paragraphs):
            names.append(signed_line.title())  # a cable's sender ("FM AMEMBASSY ISLAMABAD"), in the first person: "FARLAND"
        if not names and signed and SIGNATURE.match(signed_line) and 1 <= len(signed_line.split()) <= 3:
            # a name in capitals that the page's title or summary gives ("NOGUEIRA BATISTA": "Telegram from Paulo
            # Nogueira Batista ..."), not an office or a class ("USSR AMBASSADOR", "TOP SECRET")
            words = re.findall(r"[^\W\d_]{2,}", signed_line.casefold())
            named = set(re.findall(r"\w+", f"{self.title} {self.summaries}".casefold()))
            if words and all(w in named and w not in self.layout.title_set for w in words):
                names.append(" ".join(w.title() for w in signed_line.split()))
        names = [GLUED_NOTE_NUMBER.sub("", n) for n in names]  # (a note's number glued on: "R.W. Komer2")
        # (the last paragraph of text: a class marking repeated under it, "CONFIDENTIAL", is none)
        closing = next((p.text for p in reversed(paragraphs) if not CABLE_MARKING.match(p.text.strip())), "")
        closing = CLASS_MARKS_AT_END.sub("", closing)  # ("... OPPORTUNITY. COOPER / CONFIDENTIAL")
        run_in = RUN_IN_SIGNER.search(closing) if not names and self.parser.shouting else None
        if run_in and CABLE_SIGNED.fullmatch(run_in["name"]) and run_in["name"].casefold() not in NOT_SIGNERS \
                and run_in["name"].casefold() not in self.layout.title_set \
                and (FIRST_PERSON.search(closing) or any(FIRST_PERSON.match(p.text, _numbered(p.text)) for p in paragraphs)):
            # "... WE SHOULD EXPECT THEM TO DOMINATE FRONT-LINE RESPONSE. DEPREE" over "SECRET" / "NNN": a cable in
            # capitals whose lines were joined runs its sender's surname into its last paragraph
            names.append(run_in["name"].title())
        sent = CABLE_FOR_FROM.search(self.parser.page_text, 0, 3000) if self.parser.shouting else None
        if sent and sent["name"].split()[0].casefold() not in self.layout.title_set | {"the"} | CABLE_SENDING_OFFICES:
            # (a surname alone too: "FOR THE SECRETARY FROM ATHERTON", "LIMDIS, FOR CHARGE FROM PRECHT"; not an office
            # or a post: "FOR SECRETARY FROM AMBASSADOR", "FROM USDEL")
            names = [sent["name"].title()]  # "FOR SECRETARY KISSINGER FROM SENATOR DICK CLARK": the cable's "I" is
            # Clark's, whom the consul ("HALSTED", who signs) only transmits
        repeated = REPEAT_SIGNED.search(self.parser.page_text) if "UNQUOTE" in self.parser.page_text else None
        if repeated and repeated["name"].casefold() not in NOT_SIGNERS | self.layout.title_set:
            names = [repeated["name"].title()]  # "CHAPIN" / "UNQUOTE VANCE": a repeated cable's "I" is its own signer's
        names = [n for n in names if n != repeater] or names  # (the one who repeats a telegram wrote none of it)
        if names and not self.narrator:  # who signs a record in the first person is its author
            self.signer = " ".join(self.layout.normalise(w) for w in INSERTION.sub("", names[-1]).split())
        return paragraphs + notes

    def _journal(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """An ambassador's journal names its author before the record ("from the journal of" and the
        name, on one line or two): the author's first person ("I said that ...") is their turn. The
        lines are published as a header; the paragraphs left are read as the transcript."""
        for index, para in enumerate(paragraphs[:12]):
            match, lines = JOURNAL_OF.match(para.text.strip()), []
            if match and len(para.lines) > 1 and re.search(r"[ ][a-z]", match["name"] or "") \
                    and JOURNAL_OF.match(para.lines[0]):
                match = None  # ("From the diary of" / "Charge d' Affairs ad interim" / "USSR in the DPRK" / "Petrov
                # A.M.": the keeper's office, then his name, line by line)
            if not match and para.text.count(" ") < 30:  # ("From the diary of" / "The Ambassador of the USSR in the
                first, *lines = para.lines or ("",)       # DPRK" / "Comrade Ivanov V.I." / "29 August - 14 September")
                match = JOURNAL_OF.match(first)
            if not match or self.segments:
                continue
            taken = [para]
            # "P. F. Yudin, 5 April 1956, Top Secret", "A. A. Gromyko October 1, 1949"
            # ("From the Diary of Yu.V. Petrov: Report on a Conversation with Fidel Castro": Petrov, not the rest)
            name = _signed_name(DATE_AFTER_NAME.sub("", re.split(r"[,:;]", match["name"] or "")[0]))
            if name.casefold() in self.layout.headings:  # "From the diary of SECRET, Copy No. 2" / "S.Y. Sinitsin":
                name = ""  # two columns run together, the classification's beside the keeper's line
            # the name on the next line ("From the diary" / "of X"), or under the keeper's office, in the same
            # paragraph or the next
            after = [(line, [para]) for line in lines] or \
                [(p.text.strip(), [para, p]) for p in paragraphs[index + 1:index + 2]]
            for line, lines_taken in after[:4] if not name else ():  # (under an office of two lines: "Charge d'
                # Affairs ad interim" / "USSR in the DPRK" / "Petrov A.M.")
                following = DATE_AFTER_NAME.sub("", re.sub(r"^(?:of|Comrade|Cde\.|Com\.)\s+", "", line))
                if 1 <= len(following.split()) <= 5 and all(w[:1].isupper() for w in following.split()) \
                        and not following.startswith("The "):  # (not the office: "The Ambassador of the USSR")
                    name, taken = _signed_name(following), lines_taken
                    break
            if not name:  # the old site lost the keeper's name: the summary's other party, if it names one
                name = self._keeper_in_summary()
                if not name:
                    return paragraphs
                self.notices.append(("speaker-to-confirm", para.location.line, f"the journal's keeper, whose name the page "
                                     f"lost, is read as {name}, whom the archive's summary names: confirm it"))
            self.narrator = " ".join(self.layout.normalise(w) for w in name.split())
            self.headers.append(("Journal of", name))
            for header in taken:
                self._cover(header, 0, len(header.text), "header")
            return [p for p in paragraphs if not any(p is t for t in taken)]
        return paragraphs

    def _keeper_in_summary(self) -> str:
        """The archive's summary of a journal whose keeper's name is lost ("Memorandum of a conversation between V. S.
        Chervonenko and Deng Xiaoping"): of the two it names, the one the record's title does not (its title names
        whom the keeper met); "" if not just one."""
        between = BETWEEN_TWO.search(self.summaries or self.summary)
        if not between:
            return ""
        titled = set(re.findall(r"\w+", self.title.casefold()))
        keepers = [n for n in (between["a"], between["b"]) if not any(w.casefold() in titled for w in n.split()
                                                                       if len(w.rstrip(".")) > 1)]
        return keepers[0] if len(keepers) == 1 else ""

    def _dash_label(self, text: str) -> Label | None:
        """"Khrushchev – The operation ...": a dash after a name is a label only for a person this page
        lists or the register knows, never a place ("Budapest – the city is calm")."""
        own = AUTHOR_DASH.match(text)
        if own:  # "I. — I asked you to come ...": the record's author, in notes kept in the first person
            author = self.narrator or self.signer
            return Label(0, own.end(), "I", author, reported=False, role="" if author else AUTHOR)
        match = self.layout.dashed.match(text)
        if not match or not (match["name"] or match["title"]) or len((match["name"] or "").split()) > 4:
            return None
        if match["number"] and (rest := self.parser.start_label(text[match.end():], self.declared, self.short, True)) \
                and rest.reported and rest.speaker:
            return None  # "5. ECONOMIC REFORM - HUSZAR SAID PRICE INCREASES ...": a cable's run-in topic, then a report
        label = self.parser.read_label(match, True, self.declared, reported=False)
        if label is None or not (self._takes_part(label.speaker) or self.parser.is_known(label.speaker)
                                 or match["glued"] and match["title"] and match["name"]
                                 or self.parser.dashed_again(match) or self._dialogue_dash(match)):
            # (a book's titled name, its dash glued to both words, is no place: "Cde. S. Olszowski—the talks ...")
            return None
        if {w.strip("[]().").casefold() for w in label.printed.split()} & self.layout.header_words:
            return None  # "Top Secret Memorandum - Wilson Center ...": a heading the title repeats, no person
        if re.fullmatch(r"[A-Z]{2,5}(?:/[A-Z]{1,5})?", label.printed) and OFFICE_CODE_ENTRY.match(text, match.end()):
            return None  # "NE—Rodger P. Davies": a participant list's office code before a name, no label "NE"
        return Label(0, match.end(), label.printed, label.speaker, role=label.role, alias=label.alias)

    def _dialogue_dash(self, match: re.Match) -> bool:
        """In a dialogue of dash labels (``dashes``), a name printed with the same dash once ("4. Owen—Nobody told
        him that, Pik."): a speaker who speaks once, not the words of the one before."""
        name = match["name"] or ""
        return bool(self.parser.dashes) and 1 <= len(name.split()) <= 2 \
            and all(w[:1].isupper() and w.casefold() not in self.layout.not_first for w in name.split())

    def _withheld(self, text: str, pos: int = 0) -> Label | None:
        """"[less than 1 line of source text not declassified] said that ...": a report whose speaker the
        declassification withheld (FRUS): a turn of no one the page can name, never of the turn before."""
        match = WITHHELD_SUBJECT.match(text, pos)
        if not match or not self.layout.any_verb.match(text, match.end()):
            return None
        return Label(pos, pos, match["bracket"], "", reported=True, role=WITHHELD)

    def _start_label(self, text: str) -> Label | None:
        """The label at the paragraph's start; a report by one untitled word the page never names, not followed
        by indirect speech ("Official talks Between the president ..."), is no report."""
        if text.startswith("[") and (withheld := self._withheld(text)):
            return withheld
        if self.layout.section_header(text.strip()) or SALUTATION_LINE.fullmatch(text.strip()):
            return None  # "Original Language:" over "Chinese Transcription": the page's section, in a PDF's text copy;
            # "Mr. President:" over a covering memorandum: whom it addresses, not who speaks
        label = self.parser.start_label(text, self.declared, self.short, self.reported)
        if label and label.reported and SPOKE_ONLY.fullmatch(text, len(label.printed)):
            return None  # "PM spoke. (about what the Russians might do at sea)": a one-sided record's note that the
            # other spoke, no words of his (the paragraphs under it are the recorded side's)
        if label and ADDRESSED_LABEL.match(label.printed):
            return None  # '"To Comrade MAO ZEDONG.' over a telegram Peng Dehuai sends him: whom it is sent to
        if label and label.end and POSSESSIVE.search(label.printed):
            return None  # "[Mao Zedong's] Conversation with the President of Zambia": a title's possessive, no label
        if label and label.end and self.reported and not label.reported and not label.role and not label.declares \
                and not self.parser.is_known(label.speaker) and not self.parser.printed_again(label.printed) \
                and not FIRST_PERSON_OBJECT.search(text, label.end, label.end + 300) \
                and not any(label.speaker in value for header, value in self.headers if self.layout.lists_people(header)) \
                and (headed := self._topic_then_report(f"1. {text[:label.end].rstrip()} {text[label.end:].lstrip()}")) \
                and not _same_person(headed.speaker or headed.role, label.speaker):
            return headed  # "Soviet Invitations: The Ambassador said that ...": a topic's heading, then a report of one
            # who takes part (or of a role the page names), in a page of reported speech (not "Begin: President Carter
            # began by telling me ...", Begin's own account)
        if label is None and self.quoting and text[:1] in "“\"":
            # a report the record quotes in several paragraphs, each opening with a quotation mark ('“Stalin began by
            # saying that ...' in a telegram quoting Gottwald's, which he signs inside the quotation): its reports
            inner = self.parser.start_label(text[1:], self.declared, self.short, self.reported)
            label = inner if inner and inner.reported and not inner.end else None
        if label is None and text[:2] in BULLET_STARTS and LABEL_HERE.match(text, 2):
            # "• Dr. Kissinger: Yes, and I was told ...": a bulleted line of the dialogue, a speaker's label after the
            # bullet (one the page names or the register knows)
            after = self.parser.start_label(text[2:], self.declared, self.short, False)
            if after and after.end and not after.reported \
                    and (self.parser.is_known(after.speaker) or self._takes_part(after.speaker) or after.role):
                return replace(after, start=0, end=after.end + 2)
        page = PAGE_NUMBER_LEAD.match(text) if label is None else None
        if page:  # "3 Chou En-lai: I will see him ...": a PDF copy's page number before a known speaker's label
            after = self.parser.start_label(text[page.end():], self.declared, self.short, False)
            if after and not after.reported and not after.role and after.start == 0 \
                    and (self.parser.is_known(after.speaker) or self._takes_part(after.speaker)):
                return replace(after, start=0, end=after.end + page.end())
        numbered = NUMBERED_LABEL.match(text) if label is None and text[:1].isdigit() else None
        if numbered:  # "1.      Souharto: We have followed ...": a memcon's numbered paragraphs, each under its label
            # (not a cable's topic over a report: "3. China: Bhutto said he had been ...", "5. MFN: CEAUSESCU ASKED")
            after = self.parser.start_label(text[numbered.end():], self.declared, self.short, False)
            said = self.parser.start_label(text[numbered.end() + after.end:].lstrip(), self.declared, self.short,
                                           reported=True) if after and after.end else None
            words = {w.strip("[]().").casefold() for w in numbered["name"].split()}  # ("2. Summary: Accompanied by ...")
            if after and after.end and not after.reported and not (said and said.reported) \
                    and not words & (self.layout.header_words | self.layout.topic_words) and (
                    self.parser.numbered_labels[numbered["name"]] >= 2 or self.parser.is_known(after.speaker)
                    or sum(c >= 2 for c in self.parser.numbered_labels.values()) >= 2 and " " not in numbered["name"]
                    or self._takes_part(after.speaker)):
                return replace(after, start=0, end=after.end + numbered.end())  # (or a surname once, among such labels)
        announced = PERIOD_CAPS.match(text) if label is None and text[:1].isupper() else None
        if announced and re.search(rf"\b{re.escape(announced['name'].title())}\b[^.!?]*\b(?:read|speak|report|inform)",
                                   self.preceding) and self.current and (self.current["label"] or "").isupper():
            # "KHRUSHCHEV says that ... com. Zorin has prepared the information and will read it out." / "ZORIN. With
            # regard to ...": the one the turn before announced, in the page's capitals and a full stop
            name = announced["name"].title()
            return Label(0, announced.end(), announced[0].strip().rstrip("."), name)
        if label and label.end and text[label.end - 1:label.end] == "." and not text[label.end:].strip() \
                and re.match(r"\d{1,2}\.[ ]", self.following):
            return None  # a cable's wrapped line, "REJECTED BOTH.", above "7. SENATOR JOHNSTON ASKED ...": no label
        if label and label.end and text[label.end - 1:label.end] == "." and self.preceding.isupper() \
                and self.preceding[-1:].isalpha() and text[:label.end].isupper() and self.parser.shouting:
            return None  # "... FOREIGN SECRETARY NIAZ NAIK AND" / "MFA ADDITIONAL SECRETARY NAJMUDDIN SHAIKH. U.S.": wrapped
        joint = JOINT_I.match(text) if label and label.reported and not label.end and text[:1] in "IW" else None
        if joint and label and text.startswith(label.printed, joint.end()) and label.speaker and not label.co_speaker:
            # "I and Cde. Peng Dehuai said that the draft corresponds ...": the author and the other, one joint turn
            author = self.narrator or self.signer
            return Label(0, 0, f"{joint[0]}{label.printed}", author, co_speaker=label.speaker, reported=True,
                         role="" if author else AUTHOR)
        if label and (report := self._headed_report(text, label)):
            return report
        topic = CAPS_TOPIC.match(text) if self.parser.shouting and label and "-" in label.printed \
            and len(CAPS_TOPIC.findall(self.parser.page_text)) >= 2 else None  # (the cable's way: not "1. ... CHUNG
        # IL-KWON ASKED TO SEE ME", a name's hyphen)
        if topic:  # a cable's numbered paragraph, its topic run in by a hyphen: "2. BORDER CLOSURE COSTS-MACHEL OPENED
            # THIS TOPIC HIMSELF.", "3. DETAINED AMCIT-I RAISED THE CASE ...": the report after the topic is the turn
            after = self._narrator_turn(text[topic.end():]) if text.startswith("I ", topic.end()) \
                else self.parser.start_label(text[topic.end():], self.declared, self.short, reported=True)
            if after and after.reported and not after.end and after.role != NARRATION:
                return replace(after, start=0, end=0)
        if label and label.reported and not label.end and ", " in text[:200] \
                and (inverted := self._inverted_report(text, initials=True)) \
                and not _same_person(inverted.speaker, label.speaker):
            return inverted  # "We are grateful to Cde. N. S. Khrushchev, stressed Fidel Castro, for ...": the tag's name
        if label and label.reported and not label.end and (gift := self.layout.reported_at_start(text)) \
                and gift["verb"].lower() in GIFT_VERBS and PRESENTED_WITH.match(text, gift.end()):
            return None  # "Dr. Kissinger presented the Special Adviser with an album of photographs ...": a gift
        if label and label.reported and not label.role and len(label.speaker.split()) == 1 \
                and label.printed == label.speaker and not self.parser.is_known(label.speaker) \
                and not self._takes_part(label.speaker):
            match = self.layout.reported_at_start(text)
            if not (match and (REPORTED_CLAUSE.match(text, match.end()) or ASKED_ME.match(text, match.end())
                               or self.parser.telegraphese and TELEGRAPHIC_CLAUSE.match(text, match.end())
                               or self._addresses_participant(text, match.end()))):
                return None  # ("Nasution mentions that", "Kelly asked me whether", "Botsio thanked N. S. Khrushchev" are)
        return label

    def _addresses_participant(self, text: str, pos: int) -> bool:
        """Is the verb's object a person who takes part ("Botsio thanked N. S. Khrushchev for the reception")?"""
        name = NAME_RUN.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        label = self.parser.start_label(f"{name[0]}: .", self.declared, self.short, reported=False) if name else None
        return bool(label and label.speaker and not label.role and self._takes_part(label.speaker))

    def _report_in_minutes(self, text: str) -> Label | None:
        """In a page of reported speech, a report of a person who takes part after a few words of narration
        ("At the end, Liu Ningyi stated that ...") or in another verb and then a reporting one ("Comrade
        Kliszko took note of this and said that ..."), though the register does not know them."""
        match = self.layout.reported_at_start(text)
        label = self.parser.read_label(match, True, self.declared, reported=True) if match and match["name"] else None
        if label and self._takes_part(label.speaker):
            return label
        return self.parser.account(text, self.declared, lambda found, how: self._takes_part(found.speaker))[0]

    def _inverted_report(self, text: str, initials: bool = False) -> Label | None:
        """"The mistakes of those years, said Mao Zedong, were ...": in a page of reported speech, a
        turn of a person the page names (the whole paragraph is the turn). ``initials``: the clause before the tag
        may hold initials ("... to Cde. N. S. Khrushchev, stressed Fidel Castro, ...")."""
        match = (self.layout.inverted_initials if initials else self.layout.inverted).match(text) \
            if _may_tag(text) else None
        if match is None and not initials and ("!" in text[:162] or "?" in text[:162]):
            match = self.layout.exclaimed.match(text)
        label = self.parser.read_label(match, True, self.declared, reported=True) if match else None
        if label is None or not (self._takes_part(label.speaker) or self.parser.is_known(label.speaker)):
            return None
        return Label(0, 0, "", label.speaker, reported=True, role=label.role)

    def _verb_second_report(self, text: str) -> Label | None:
        """"Zum Abschluß wünscht der Bundeskanzler dem Präsidenten ...": in a page of reported speech, the clause
        inverted after a word or two, of a person or a role that has spoken on the page or that it names (or
        "According to c. Moskowskyi, ...": that person's view)."""
        match = self.layout.verb_second.match(text) or self.layout.according.match(text)
        label = self.parser.read_label(match, True, self.declared, reported=True) if match else None
        if label is None or not (self._takes_part(label.speaker) or self.parser.is_known(label.speaker) or any(
                s["kind"] == "turn" and _same_person(label.speaker or label.role, s["speaker"] or s["role"] or "")
                for s in self.segments)):
            return None
        said = RELAYED_SAID.match(text, match.end()) if match and text.startswith("According", match.start("label") - 13) \
            else None
        teller = self.parser.start_label(f"{said['name']}: .", self.declared, self.short, reported=False) if said else None
        if teller and teller.speaker and not teller.role and not _same_person(teller.speaker, label.speaker) \
                and (self._takes_part(teller.speaker) or self.parser.is_known(teller.speaker)):
            # "According to Ripka, Stalin had told him at dinner (1) that ...": Stalin's words, which Ripka relays;
            # flagged (an act is no words: "According to R[odríguez], Brezhnev received him ..." stays his)
            self.notices.append(("speaker-to-confirm", self.at_line, f"{text[:60]!r}...: read as the words of {teller.speaker}, "
                                 f"which {label.speaker} relays; if they are {label.speaker}'s account, map the turn"))
            return Label(0, 0, "", teller.speaker, reported=True)
        return Label(0, 0, "", label.speaker, reported=True, role=label.role)

    def _comma_lead_report(self, text: str) -> Label | None:
        """"In the course of conversation during a lunch arranged by A.A. Gromyko in honour of c. Pak Seong-cheol,
        who arrived ..., A.A. Gromyko remarked that ...": in a page of reported speech, a first sentence that opens
        with narration (a time, an occasion) and reports, after one of its commas, a person who takes part; that
        person's turn, from the paragraph's start."""
        for label in self.parser.reports_after_commas(text, self.declared):
            if label.role and self._role_named(label.role) or label.speaker and (
                    self._takes_part(label.speaker) or CONVERSATION_WITH.search(text, 0, 200)
                    # (or one who tells the author: "Referring to his meeting at the Foreign Ministry, Soviet
                    # Ambassador Shubnikov confidentially informed me that ...")
                    or _tells_author(text, label.speaker)):
                # ("On June 8th, in a conversation with Victor Nanu, B. Pimenov, Minister-counselor ..., said that": the
                # lead names the talk, and so who takes part)
                return Label(0, 0, "", label.speaker, reported=True, role=label.role)
        return None

    def _topic_then_report(self, text: str) -> Label | None:
        """"1) In regard to spare parts for the plants built with Soviet help: The Premier said that ...": a cable's
        numbered topic and a colon (or a full stop: "3. Nonalignment. Governor Harriman said ..."), then a report of a
        person who takes part (or of a role the page names)."""
        topic = _run_in_topic(text)
        if not topic:
            return None
        label = self.parser.start_label(text[topic.end():], self.declared, self.short, reported=True)
        if label is None or not label.reported or label.end:
            return None
        if not (label.role and self._role_named(label.role) or label.speaker and (
                self._takes_part(label.speaker) or self.parser.is_known(label.speaker))):
            return None
        return Label(0, 0, label.printed, label.speaker, reported=True, role=label.role)

    def _began_with(self, text: str) -> Label | None:
        """"The luncheon began with the Secretary recalling that ...": the meeting opens with a person's words, a
        person who takes part (or a role the page names)."""
        began = BEGAN_WITH.match(text)
        if not began:
            return None
        label = self.parser.start_label(f"{began['who']} said that .", self.declared, self.short, reported=True)
        if label is None or not label.reported or not (label.role and self._role_named(label.role) or label.speaker and (
                self._takes_part(label.speaker) or self.parser.is_known(label.speaker))):
            return None
        return Label(0, 0, began["who"], label.speaker, reported=True, role=label.role)

    def _act_then_report(self, text: str) -> Label | None:
        """"6. HONECKER GLANCED AT THE LIST, SAID THE CASES WOULD BE EXAMINED ...": in a page of reported speech, a
        person who takes part, an act, then a reporting verb after a comma or "and", in the same first sentence."""
        unnumbered = PARAGRAPH_NUMBER.sub("", text, count=1)
        first = SENTENCE_BREAK.split(unnumbered, maxsplit=1)[0]
        if not ACT_THEN_SAID.search(first):
            return None
        words = _opening_name(unnumbered).split()
        if words and words[0].casefold() in RECORD_WORDS:
            return None  # ("Telegram from Soviet Ambassador to Cuba Alekseev ...": the record's own heading run on;
            # "CONFIDENTIAL NNN CONFIDENTIAL PAGE 01 KABUL 06401 ...": a cable's page break)
        for size in range(min(len(words), 3), 0, -1):  # (in capitals the run goes on: "HONECKER GLANCED AT THE LIST")
            longer = " ".join(words[:size + 1]).casefold() if size < len(words) else ""
            if longer and any(title == longer or title.startswith(f"{longer} ") for title in self.layout.title_set):
                continue  # (a title's first words are no name: "VICE PRESIDENT DJIME CALLED ME", "FOREIGN MINISTER")
            label = self._subject(" ".join(words[:size]) + " .")
            if label and self._takes_part(label.speaker):
                return label
        role = ROLE_SUBJECT.match(unnumbered)  # "The Under Secretary received the Cambodian Delegation ... and told
        # them that ...": a role the participant list names
        if role and self._role_named(role["role"]):
            found = self.parser.start_label(f"The {role['role']} said that .", self.declared, self.short, reported=True)
            return replace(found, start=0, end=0) if found and found.role else None
        return None

    def _quoted(self, text: str) -> Label | None:
        """'"We agree with the Prime Minister," Mao replied. "Friendship ...': a paragraph that opens with a
        quotation and then its tag, of a person the page names or the register knows, is that person's turn."""
        text = _after_topic(text)  # ('3. Vietnam. "The Chinese ...," ...')
        if text[:1] not in "“\"":
            return None
        for pattern in self.layout.quoted_tags:
            match = pattern.match(text)
            label = self.parser.read_label(match, True, self.declared, reported=True) if match else None
            if label and not label.role and label.speaker.casefold() in self.layout.title_set:
                label = replace(label, speaker="", role=label.speaker)  # '"They will," the Chairman said.'
            if label and (self._takes_part(label.speaker) or self.parser.is_known(label.speaker) or label.role):
                return Label(0, 0, "", label.speaker, role=label.role)
        return None

    def _topic_over_own(self, text: str) -> re.Match | None:
        """"Berlin: I raised the latest Soviet statements ...": a topic run in before the author's report of what he
        said, not a speaker's label (a speaker's own words seldom tell in the past what "I" did); not a name the page
        or the register knows as a person's."""
        heading = HEADED_FIRST_PERSON.match(text) if ": I " in text[:60] else None
        if heading is None or self.parser.is_known(heading["topic"]) or self._takes_part(heading["topic"]):
            return None
        return heading

    def _headed_own(self, text: str) -> Label | None:
        """The author's turn under a topic run in (``_topic_over_own``), the topic kept in its text."""
        heading = self._topic_over_own(text)
        if heading is None:
            return None
        own = self._narrator_turn(text[heading.end():])
        return replace(own, start=0, end=0) if own is not None and own.printed == "I" else None

    def _first_named_person(self, text: str) -> str:
        """The first person (no role) a narration names ("At 11.00 I visited Australian Minister Maloney",
        "... in audience at I. P. Aboimov, Deputy Foreign Minister of USSR"), or ""."""
        for name in NAME_IN_NARRATION.finditer(text):
            if name[0].split()[0].casefold() in self.layout.not_first:
                continue
            for words in (name[0], name[0].split()[-1]):  # (or its surname: "I. P. Aboimov" is no "I")
                found = self.parser.start_label(f"{words}: .", self.declared, self.short, reported=False)
                if found and found.speaker and not found.role and not self._authors_turn(found.speaker):
                    return found.speaker
        return ""

    def _announced_words(self, text: str) -> bool:
        """Is this paragraph in the first person inside the words a turn announced ("(2) Vice Premier Deng spoke as
        follows:" / "The North has no intention ..." / "I told Kim Il Sung so myself ..."): the speaker's own "I",
        not the author's, who would speak of "him" or "her"?"""
        if self.current is None or not self.current["speaker"] or not (self.narrator or self.signer) \
                or _same_person(self.current["speaker"], self.narrator or self.signer):
            return False
        opening = self.current["text"].split("\n\n", 1)[0].rstrip()
        return opening.endswith(":") and FOLLOWS_END.search(opening) is not None \
            and not re.search(r"\b(?:him|her|them|his|he|she)\b", SENTENCE_BREAK.split(text, 1)[0])

    def _narrator_turn(self, text: str) -> Label | None:
        """A journal's paragraph in its author's first person: "I thanked Kim Il Sung ...",
        "1. In accordance with instructions ... I presented ..." (the first sentence says "I")."""
        unnumbered = re.sub(r"^(?:\(\d{1,2}\)|\d{1,4}[.)]|[a-h][.)])\s+", "", text)  # (a telegram's number too: "1391.")
        if AUTHOR_COMMENT.match(unnumbered):  # "In my opinion, Kim Il avoided ...": the author's comment, no one's turn
            return Label(0, 0, "", "", role=NARRATION)
        # (a cable in capitals is read in lower case: "4. WE SAID THAT CANADIAN GOVERNMENT ...")
        we = WE_REPORT.match(unnumbered.lower().capitalize() if self.parser.shouting else unnumbered)
        topic = RUN_IN_HEADING.match(unnumbered) if not we and self.reported else None
        if topic and (after := WE_REPORT.match(unnumbered, topic.end() + 1)) and unnumbered[topic.end():topic.end() + 1] == " ":
            we = after  # "Katanga and Federalism. We asked for his views on ...": a topic's heading run into the paragraph
            unnumbered = unnumbered[topic.end() + 1:]
        if we and self.parser.shouting and "BEGIN TEXT" in self.parser.page_text and self.layout.any_verb.fullmatch(we["verb"]):
            # "... QUOTES A CANADIAN CABLE. BEGIN TEXT: ... 4. WE SAID THAT ...": the "we" of the cable it quotes, not
            # its own signer's: a role-person the page leaves unresolved (said)
            return Label(0, 0, "We", "", reported=True, role="We")
        if we and self.layout.any_verb.fullmatch(we["verb"]) and self.joint_authors and not self.narrator \
                and (not self.signer or self.signer in self.joint_authors):  # ("Gräbner" / "Zielke" sign it)
            first, second = self.joint_authors
            return Label(0, 0, "We", first, co_speaker=second, reported=True)
        if we and self.layout.any_verb.fullmatch(we["verb"]) and (
                self.narrator or self.signer or self.i_wrote):
            # "We answered that this question ...": the author's first person plural, in a record in the first person
            printed = "The undersigned" if unnumbered.startswith("The undersigned") else "We"  # (a note's author, of
            if self.narrator or self.signer:  # himself: "The undersigned asked how the Soviet Embassy assessed ...")
                return Label(0, 0, printed, self.narrator or self.signer, reported=True)
            return Label(0, 0, printed, "", reported=True, role=AUTHOR)
        if we and self.layout.any_verb.fullmatch(we["verb"]):
            # "Our side pointed out that ...", "We stated that ..." in a report one party's leadership sends another:
            # the words of the side that writes, whom the page does not name; never the turn before's (flagged)
            return Label(0, 0, unnumbered[:we.start("verb")].strip(), "", reported=True, role=AUTHOR)
        first = re.split(r"(?<=[.!?;])\s", unnumbered, maxsplit=1)[0][:300]
        sentences = SENTENCE_BREAK.split(unnumbered, maxsplit=2)
        if not FIRST_PERSON.search(first) and re.search(r"\bme\b", sentences[0]) and len(sentences) > 1 \
                and not HE_ASKED_ME.search(sentences[0]):
            first = sentences[1][:300]  # "F. Castro received me today at my request. On instructions ... I informed"
            # (not the other's words to the author: "Before leaving he asked me to convey ... I said I would do so")
        opener = HE_ASKED_ME.search(sentences[0]) or VISIT_AND_SAID.search(sentences[0])
        if opener and not FIRST_PERSON.search(sentences[0], 0, opener.start()):
            return None  # ("At a luncheon ..., Mr. Gordon Walker took me aside and said that he hoped I would ...": the
            # other's words to the author open the paragraph)
        mine = FIRST_PERSON.search(first)
        if len(sentences) > 1 and not FIRST_PERSON.search(sentences[0]) and self._comma_lead_report(sentences[0]):
            return None  # ("Before leaving, the Ambassador brought up ... and asked whether ... I told him ...": the
            # other's words first, after a lead and its comma)
        if not mine or HE_REPORTS.match(unnumbered) or HE_ASKED_ME.search(first, 0, mine.start()):
            return None  # ("He then asked how I judged the chances ...": his question, about the author; "Toward end
            # of conversation K asked me to convey ... “... signing.” I said I would do so.": his words first)
        if FIRST_PERSON_ACT.search(first) and not self._speech_in(text) \
                or text.endswith(":") and len(text.split()) <= 12:  # "I raised the following questions:"
            return Label(0, 0, "", "", role=NARRATION)
        if self.narrator or self.signer:
            return Label(0, 0, "I", self.narrator or self.signer, reported=True)
        # a memorandum in its author's first person that does not name the author ("I said that ...")
        return Label(0, 0, "I", "", reported=True, role=AUTHOR)

    def _answered(self, text: str) -> Label | None:
        """"When I asked whether ..., the premier said that ...": the answer's speaker, after the author's question."""
        lead = WHEN_LEAD.match(text)
        rest = re.sub(r"^the[ ]+([a-z])", lambda m: f"The {m[1].upper()}", text[lead.end():]) if lead else ""
        label = self.parser.start_label(rest, self.declared, self.short, reported=True) if rest else None
        if label is None or not lead or not label.reported or label.printed == "I" or not (label.role or label.speaker):
            return None  # (``lead`` for the type checker: there is no label without it)
        return replace(label, start=0, end=0, printed=text[lead.end():lead.end() + len(label.printed)])  # as printed

    def _speech_in(self, text: str) -> bool:
        """Does a sentence of this first-person paragraph report words: a reporting verb after "I", "we", "he",
        "she", "they", or a person's report ("Deng Xiaoping said that")? An office's message to the author ("the
        General Office of the CC CCP informed us that ...") is part of the author's narration."""
        if CONVEYED_ANSWER.search(text):
            return True  # ("I ... passed him the answer of the Soviet government about ...": the author's words)
        for sentence in SENTENCE_BREAK.split(text):
            # ("I asked for a meeting", "Kirk, who had asked to be received": acts; "their notes": a noun)
            rest = CREDENTIALS.sub("", ASKED_TO_MEET.sub("", FIRST_PERSON_ACT.sub("", HANDED_TEXT.sub("", sentence))))
            rest = PASSIVE_TOLD.sub("", rest)  # ("the Korean side had been told in advance what questions I would
            # raise": no one's words here)
            told = any(not DETERMINER_BEFORE.search(rest, 0, verb.start()) for verb in self.layout.any_verb.finditer(rest))
            if told and (PRONOUN_SUBJECT.search(sentence) or self.layout.reported_strong.match(sentence)):
                return True
        return False

    def _reads_reported(self, paragraphs: list[Paragraph]) -> bool:
        """reported_speech = "auto": minutes in the third person have no direct-speech label at any
        paragraph's start (headers and footnotes aside; in a record its author writes in the first person,
        a label with its verb, "Mikoyan spoke about the following questions:", is the author's report)."""
        if self.layout.reported_speech != "auto":
            return self.layout.reported_speech
        cable = bool(CABLE_TITLE.search(self.title))
        for para in paragraphs:
            if FOOTNOTE_DEF.match(para.text) or self.layout.header.match(para.text) \
                    or cable and self._addressee(para.text) or self._titled_addressee(para.text) \
                    or DRAFT_CODE.fullmatch(para.text.strip()):
                continue
            if self._topic_over_own(para.text):
                continue  # "Berlin: I raised the latest Soviet statements ...": a topic over the author's report
            label = self.parser.start_label(para.text, {}, reported=False) or self._dash_label(para.text)
            if label and not label.reported and not self._worded_header(para) \
                    and not self._heading_label(para.text, label) and not self._headed_report(para.text, label):
                # ("Content: Main Points of ...", "Cold War: ...", "Korea: Deng said that ...")
                match = self.layout.label_at_start(para.text)
                if match and match["verb"] or self.layout.any_verb.search(label.printed):
                    continue  # "Mikoyan spoke about the following questions:" in a diary: its author reports
                after = self.parser.start_label(para.text[label.end:].lstrip(), {}, reported=True) if label.end else None
                if after and after.reported and not after.end and after.speaker and after.speaker != label.speaker \
                        and not self.parser.is_known(label.speaker):
                    continue  # "Timing: Mr. Hickerson asked how soon ...": a topic over a report, before the page's
                    # participants are read (whom _headed_report asks for)
                    # (also after a lead: "Having thanked me for this information, Deng Xiaoping stated: ...")
                return False
        return True

    def _headers(self, para: Paragraph) -> list[tuple[str, str]]:
        """Header lines ("Present: ...", "PARTICIPANTS:"), each value keeping the lines of a list; a
        paragraph may hold several ("Recorder: ...", "Time: ..." on the lines after "Present: ...").
        A role that also speaks ("Interpreter:") is a header only before the conversation begins."""
        match = self.layout.header.match(para.text)  # the first line starts the paragraph's text
        field = BRACKET_FIELD.fullmatch(para.text) if not match and self.current is None and para.text[:1] == "[" else None
        if field:  # a Japanese cable's "[to] Minister of Foreign Affairs" / "[from] Ambassador Shimazu Hisanaga": the
            return [(field["h"].title(), field["v"].strip())]  # translator's brackets around the form's field
        restored = EDITED_HEADER.match(para.text) if not match and self.current is None else None
        if restored and restored["h"].casefold() in self.layout.header_names:  # "[Participants:] The American
            lines = para.lines or (para.text,)
            return [(self.layout.header_names[restored["h"].casefold()],
                     "\n".join(x for x in (lines[0][restored.end():].strip(), *lines[1:]) if x))]
            # Ambassador / Marshal Stalin3 / ...": the editor's header in brackets over its list
        if not match and self.current is None and len(para.raw_lines) >= 2 and " " in para.text \
                and para.text.split(" ", 1)[0].casefold() in self.layout.participant_headers \
                and (lines := para.lines) and lines[0].casefold() in self.layout.participant_headers:
            # "PARTICIPANTS" over its list, no colon and no empty line between (the old State Department site)
            return [("Participants", "\n".join(lines[1:]))]
        if not match and self.current is None and (SIDE_LIST.match(para.text) or FOR_SIDE.match(para.text)):
            return [("Participants", para.text)]  # "Cambodia—Ieng Sary, Member of ...; ...": one side's list
        if not match and self.current is None and (lines := para.lines or (para.text,)) \
                and (listed := lines[1:] if len(lines) > 1 and lines[0].endswith(":") else lines) \
                and all((attendee := DASH_ATTENDEE.fullmatch(line)) and set(WORD.findall(attendee["office"].casefold()))
                        & OFFICE_WORDS for line in listed):
            return [("Participants", "\n".join(lines))]  # "Comrade Vogel – Head of Main Department for Consular
            # Affairs" / "Comrade Jae – 3rd Embassy Secretary": who attends, not a dash label's speech (under a lead:
            # "In addition, there were:")
        if not match and self.current is None and BULLET_SIDE.match(para.text):
            sides: list[tuple[str, list[str]]] = []  # FRUS: "• Yugoslav Side:" / "• 1. Josip Broz Tito, President ..."
            for line in para.lines:
                side = BULLET_SIDE.match(line)
                if side:
                    sides.append((side["side"], [line[side.end():].strip()]))
                elif sides:
                    sides[-1][1].append(line)
            return [(name, "\n".join(lines).strip()) for name, lines in sides]
        phrased = self.layout.phrase_header.match(para.text) if self.layout.phrase_header and self.current is None else None
        if phrased and not match:  # "Chaired by Comrade BREZHNEV, L.I.", "Attended by Coms. Andropov, Iu. V., ..."
            return [(phrased["h"], para.text[phrased.end():].strip())]
        if not match and self.current is None and para.text.casefold() in self.layout.header_names:
            return [(self.layout.header_names[para.text.casefold()], "")]  # "SUBJECT", "PARTICIPANTS": its list next
        if not match:
            found = self._header_by_words(para)
            return [found] if found else []
        if match["h"].casefold() in self.layout.speaking_roles and self.current is not None:
            return []
        if self.current is not None and self.current["speaker"] and self.layout.lists_people(match["h"]) \
                and match["h"].casefold() not in self.layout.header_names and self.parser.printed_again(match["h"]):
            # "Delegation member: A few thousand, ..." again and again between Mao's turns: a list of people is
            # printed once, above the talk; a label that only looks like one (flagged: it names no one)
            self.notices.append(("header-in-turns", para.location.line,
                                 f"{match['h'] + ':'!r} is printed again and again between turns: read as a speaker "
                                 "label, not as a list of participants; map it under [speakers] in the sidecar if "
                                 "it names a person"))
            return []
        headers: list[tuple[str, list[str]]] = []
        first = match
        for row in para.lines or [para.text]:
            for line in re.split(r";\s*(?=[^;:]{1,40}:)", row):  # "Interpreter: Kang; Notetakers: Zhang"
                match = self.layout.header.match(line) or self._listing_line(line) or DATE_TIME_LINE.match(line)
                if match:
                    headers.append((match["h"], [line[match.end():].strip()]))
                elif not headers:  # (a first line that kept the markup the paragraph's text lost: " _Present:_")
                    headers.append((first["h"], [line.split(":", 1)[-1].strip(" _*")]))
                elif line is row:
                    headers[-1][1].append(line)
                else:
                    headers[-1][1][-1] += "; " + line
        return [(name, "\n".join(lines).strip()) for name, lines in headers]

    def _sender(self, headers: list[tuple[str, str]]) -> None:
        """A cable's "From: [Ambassador Boleslaw] JELEN" names who writes its "I", when nothing else has
        (a person's name of two words, the editor's brackets opened; never a body: "From: Polish Embassy")."""
        from ld.speakers import BODIES, fold

        if self.narrator or self.signer or self.segments:
            return
        for name, value in headers:
            if name.casefold() not in ("from", "sender") or "\n" in value:
                continue
            # (a Stasi telegram's "Sender: Sofia – Stojanow [Dimitar Ivanov Stoyanov]": the editor's full name)
            value = full[1] if (full := re.fullmatch(r"[^\[\]]*?[ ][–—-][ ]+[^\[\]]+[ ]\[([^\[\]]+)\]", value)) else value
            words = [w.rstrip("0123456789,.") for w in re.sub(r"[\[\]]", "", value).split()]
            words = [w for w in words if w.casefold() not in self.layout.title_set and w.casefold() + "." not in
                     self.layout.title_set and not (w[:1].isupper() and w.rstrip(".").casefold() in ("amb", "ambassador"))]
            if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
                    and not {fold(w) for w in words} & BODIES:
                self.signer = " ".join(self.layout.normalise(w) for w in words)

    def _listing_line(self, line: str) -> re.Match | None:
        """A line of a header paragraph that starts another header by its words ("Chinese participants:
        ..." after "Location: ..."), so that it is not read as part of the value before it."""
        match = HEADER_LIKE.match(line)
        if not match:
            return None
        words = {w.strip("[]().").casefold() for w in match["h"].split()}
        known = words & (self.layout.header_words | self.layout.participant_words)
        return match if known and not self.parser.is_known(match["h"]) else None

    def _topic_subhead(self, words: str) -> bool:
        """"Cairo Press", "US–UAR Relations": words of which one is a topic's (the layout's topic_words), naming no
        one the page or the register knows."""
        return bool({w.strip("[]().").casefold() for w in re.split(r"[ –—/-]+", words)} & self.layout.topic_words) \
            and not self.parser.is_known(words) and not self._met(words)

    def _heads_report(self, words: str, below: Paragraph | None) -> bool:
        """Words alone on their line with a colon ("Cuba:", "Lead and Zinc:") over a paragraph that opens with the
        report of someone else ("President López Mateos said that ..."): a topic's heading, when they name no one the
        page or the register knows and no role."""
        if below is None or words.casefold() in self.layout.title_set or self.parser.is_known(words) or self._met(words):
            return False
        report = self.parser.start_label(below.text, self.declared, self.short, reported=True)
        return bool(report and report.reported and report.speaker and not report.role and report.printed != "I"
                    and not _same_person(report.speaker, words))

    def _header_by_words(self, para: Paragraph) -> tuple[str, str] | None:
        """'Chinese Personnel: ...', 'Part I: ...': a label whose words say it is no person."""
        found = self._worded_header(para)
        if found is None:
            return None
        name, end, words = found
        if self.current is not None and self.current["speaker"] and self.parser.printed_again(name):
            # "Delegation member: A few thousand, ..." again and again between Mao's turns: perhaps a speaker the
            # words make a header; the text joins no turn, but the page says so (a warning, not a note)
            self.notices.append(("header-in-turns", para.location.line,
                                 f"{name + ':'!r} is printed again and again between turns like a speaker label, but "
                                 f"is read as a header line: it holds {', '.join(sorted(words))!r} (header_words in "
                                 f"the layout); if it is a speaker, map it under [speakers] in the sidecar"))
        else:
            self.notices.append(("label-as-header", para.location.line,
                                 f"{name + ':'!r} is read as a header line, not a speaker: it holds "
                                 f"{', '.join(sorted(words))!r} (header_words in the layout)"))
        return name, para.text[end:].strip()

    def _worded_header(self, para: Paragraph) -> tuple[str, int, set[str]] | None:
        colon = para.text.find(":", 0, 160)  # (most paragraphs hold no header word before a colon: said fast)
        if colon < 0 or not set(WORD.findall(para.text[:colon].casefold())) & self.layout.header_words:
            return None
        match = self.layout.label_at_start(para.text)
        if match and (match["sep"] == ":" or match["tight"]) and not match["verb"] and not match["title"] \
                and not match["aside"]:
            name = (match["label"] or "").strip()
        else:  # "Foreign guests: ...", "Accompanying persons: ..."
            match = HEADER_LIKE.match(para.text)
            if not match:
                return None
            name = match["h"]
        words = {w.strip("[]().").casefold() for w in name.split()}
        if not words & self.layout.header_words or self.parser.is_known(name) \
                or name.casefold().rstrip(".") in self.layout.interview_labels:  # "Question: ..." asks
            return None
        if words & DELEGATE_WORDS and self.parser.printed_again(name):
            return None  # "Head of the KWP delegation: We are grateful ...", again and again: a delegate who speaks
        return name, match.end(), words & self.layout.header_words

    def _cover(self, para: Paragraph, start: int, end: int, kind: str) -> None:
        if start < end:  # (a paragraph's rest after a glued header counts from the paragraph's start)
            # (keyed by where the whole paragraph starts: its rest, read apart, starts ``shift`` later)
            self.coverage.append((para.location.line, para.location.offset - self.shift, start + self.shift,
                                  end + self.shift, kind))

    def _glued_turn(self, para: Paragraph, limit: int | None = None, start: int = 1) -> int | None:
        """Where a turn starts inside a header line or a heading before the first turn, the line break
        lost ("Beijing, 11 May 1970 Mao Zedong: Have you ..."): a colon label with a title, or of a
        person the page names or the register knows, after a word of the line. None if there is none."""
        text = para.text
        end = len(text) if limit is None else limit
        found = None
        for match in GLUE.finditer(text, max(start, 1), end):
            label = self.parser.start_label(text[match.end():], self.declared, self.short, reported=False)
            if label is None or label.reported or ":" not in text[match.end():match.end() + label.end]:
                continue
            said = text[match.end() + label.end:end]
            if len(said.split()) < 2 or not re.search(r"\w[.!?…]", said):
                continue  # "Conversation with Kim Il Sung: Excerpt" is a heading, not a turn
            first = label.printed.split()[0].casefold() if label.printed else ""
            if label.role or first in self.layout.title_set or self.parser.is_known(label.speaker) \
                    or len(label.speaker.split()) > 1 and self._takes_part(label.speaker):
                found = match.end()
                break
        for boundary in BOUNDARY.finditer(text, max(start, 1), found or end):  # "... Wang Jiaxiang. MAO ZEDONG
            if self._embedded_report(text, boundary.end()):                      # speaks briefly about ..."
                return boundary.end()
        if self.run_on:  # "... Havana, 12 November 1962 After greetings, Com. R. Castro said that ..."
            for boundary in YEAR_END.finditer(text, max(start, 1), found or end):
                if self._embedded_report(text, boundary.end(), lead=True):
                    return boundary.end()
        return found

    def _rest(self, para: Paragraph, at: int) -> None:
        """The rest of a paragraph from ``at``, read as a paragraph of its own (same line)."""
        rest = para.text[at:]
        self.shift += at
        self._paragraph(replace(para, text=rest, raw_lines=(rest,),
                                location=replace(para.location, offset=para.location.offset + at)))
        self.shift -= at

    def _embedded_label(self, text: str, pos: int) -> Label | None:
        if self.short:
            match = self.short.match(text, pos)
            if match and match["label"].casefold() in self.declared:
                return Label(pos, match.end(), match["label"], self.declared[match["label"].casefold()])
        if text.find(":", pos, pos + 400) < 0 and not (self.parser.period_run_on or CAPITALS_WORD.search(text, pos, pos + 40)
                                                       or self.layout.titled.match(text, pos)):
            return None  # (a quick look first: no colon, and none of what a label with a full stop needs below)
        called = LABEL_CALLOUT.match(text, pos) if "]:" in text[pos:pos + 80] else None
        if called:  # "... the help. Cde. I. Gh. Maurer[2]: Comrade Podgorny, ...": the editor's call-out on the label
            inner = self._embedded_label(called["label"] + text[called.end("callout"):], 0)
            return replace(inner, start=pos, end=pos + inner.end + len(called["callout"])) if inner else None
        match = self.layout.label.match(text, pos)
        if match and (match["sep"] == ":" or match["tight"] and text[pos - 1:pos] in CJK_STOPS):
            if match["name"] and match["name"].isupper() and self.layout.header.match(text, pos):
                return None  # ("... DATE AND TIME: ... PLACE: Great Hall ...": a memo's header run on, no speaker)
            if not match["title"] and ABBREVIATION_END.search(text, max(pos - 8, 0), pos):
                return None  # ("About I. Nagy: he must stay ...": after an initial, a name's surname, no sentence's end)
            if pos and _numbered(text) == pos and (report := self.parser.start_label(
                    text[match.end():].lstrip(), self.declared, self.short, reported=True)) and report.reported:
                return None  # ("3. SEATO Council: The Secretary said ...": a numbered topic over a report)
            label = self.parser.read_label(match, False, self.declared)
            if label is None and not match["verb"] and match["name"] and not match["title"]:
                # "... nobody wants that. Chauvel: If I may ...": a person the page lists, not split (the parser
                # does not guess a split), but said
                named = self.parser.read_label(match, True, self.declared)
                if named and (_bare_label(match["label"]) in self.parser.recurring or self.run_on and self.parser.recurring
                              and self._takes_part(named.speaker)) and not self.layout.header.match(text, pos):
                    return named  # a name the page prints as a label again and again: a dialogue run on (there, once
                    # is enough for a person the page names as taking part: "... normal trade. Liao: The firms ...")
                if named and len(named.speaker.split()) <= 3 and self._takes_part(named.speaker):
                    self.inside.append(named.printed)
            return label
        if match and match["sep"] == "." and not match["title"] and not match["verb"] and match["name"] \
                and not ABBREVIATION_END.search(text, max(pos - 8, 0), pos):
            # "... no invasion. R. CASTRO. Our officers ...": the recorder's capitals and a full stop, of a person
            # who takes part, inside a paragraph (a page whose line breaks were lost)
            label = self.parser.read_label(match, True, self.declared)
            words = [w for w in (match["name"] or "").split() if not w.startswith("[")]
            if label and self.parser.period_run_on and words[-1:] and words[-1] in self.parser.period_names:
                return label  # "... the whole world. Castro. We understand ...": the page's period labels
            if label and len(words) >= 2 and any(len(w) > 2 and w.isupper() for w in words) \
                    and (self.parser.is_known(label.speaker) or self._takes_part(label.speaker)):
                if self.run_on:
                    return label
                self.inside.append(label.printed)  # a page with its breaks: speech may quote a name so
        if match and match["sep"] == "." and match["title"] and match["name"] and not match["verb"]:
            self.inside.append(match["label"].strip())  # "... the time. Premier Zhou Enlai. The ...": not split
        return None

    def _embedded_report(self, text: str, pos: int, lead: bool = False) -> Label | None:
        """"... the Near East. MAO ZEDONG speaks briefly about ...": after a sentence's end, a report in the
        recorder's marks (capitals, initials, "Com.") of a person who takes part starts a reported turn
        there (its text keeps the name). Tried only where the sentence opens with such a mark, or, with
        ``lead``, after a few words of narration ("After greetings, Com. R. Castro said that")."""
        head = text[pos:pos + 5]
        if not lead and not (head[:2].isupper() and head[:2].isalpha() or head[1:2] == "."
                             or head.startswith(self.report_marks)
                             or (self.run_on or self.parser.loose) and self.reported and head[:1].isupper()):
            return None  # (a page whose breaks were lost, in reported speech, lost the paragraphs' starts too: any name)
        if not _sentence_starts(text, pos):
            return None
        match = (self.layout.reported_strong if lead else self.layout.reported).match(text, pos)
        label = self.parser.read_label(match, False, self.declared, reported=True) if match else None
        if label is None or match is None or not self._takes_part(label.speaker):
            return None
        if not self.parser._strong(label, match) and not (self.run_on and self.reported
                                                          and REPORTED_CLAUSE.match(text, match.end())):
            return None  # (where the paragraphs' starts are lost, "Enver Hoxha says that ..." may open a turn as a
            # paragraph's first words would)
        return replace(label, start=pos, end=pos)

    def _embedded_role_report(self, text: str, pos: int, speaker: str) -> Label | None:
        """"... I passed on to the ambassador of Spain the wish of the DPRK. The Spanish ambassador said that ...": in
        a record in its author's first person, a sentence that reports a role in indirect speech, inside the author's
        turn, starts that role-person's turn (resolved as a role label is, or flagged)."""
        if not self.reported or not _sentence_starts(text, pos) \
                or text[pos:pos + 4] not in ("The ", "the ") or not ROLE_SAID_THAT.match(text, pos):
            return None  # (words reported, not an act: "The President greeted me cordially", "... said nothing")
        author = speaker == (self.narrator or self.signer or AUTHOR)
        label = self.parser.start_label(text[pos:], self.declared, self.short, reported=True) \
            or self._act_then_report(text[pos:])  # (an act, then words: "The President returned the wish and said")
        if label is None or not label.reported or label.end or not label.role or label.speaker not in ("", label.role):
            return None  # (a role alone: a name with it is read as a name is)
        if not author and (_same_person(label.role, speaker) or not any(
                s["kind"] == "turn" and (s["label"] or "").casefold() == label.printed.casefold() for s in self.segments)):
            return None  # (in another's turn, a role whose own turns the page has opened so before: "Mrs. Thatcher said
            # that she was nervous ... . The President replied that she had nothing to fear ...")
        return replace(label, start=pos, end=pos)

    def _embedded_minutes_report(self, text: str, pos: int, speaker: str, joint: bool = False,
                                 spoken: tuple[str, ...] = ()) -> Label | None:
        """In minutes, "... and asks if this is possible. Mikoyan answers that it is possible.": a sentence
        that reports another person who takes part, in indirect speech, starts that person's turn (or one alone of
        the two of a ``joint`` turn: "Liu Shaoqi and Zhou Enlai ... told me how ... Liu Shaoqi said that ...")."""
        if not _sentence_starts(text, pos):
            return None
        author = self.narrator or self.signer
        lead = SENTENCE_LEAD.match(text, pos)  # ("In the course of the conversation, I mentioned that ...")
        at = lead.end() if lead else pos
        if self.joint_authors and (not author or author in self.joint_authors) and WE_SAID.match(text, at) \
                and not _in_quotation(text, pos) \
                and not any(_same_person(speaker, a) for a in self.joint_authors):
            # "Comrade Juswiak then asked about the state of trade ... We answered that the deliveries ...": the two
            # who sign the note, in their "we", answer inside the paragraph
            at = 0 if text.startswith("We ") and not SENTENCE_BREAK.search(text, 0, pos - 1) else pos  # ("We supported
            # Nagy on this point. We said that ...": theirs from the paragraph's start)
            return Label(at, at, "We", self.joint_authors[0], co_speaker=self.joint_authors[1], reported=True)
        if author and not _same_person(author, speaker) and FIRST_PERSON.match(text, at) \
                and not FIRST_PERSON_ACT.match(text, at) and not _in_quotation(text, pos) \
                and not self._announced_words(text[at:]) \
                and not HE_SAID_TAG.match(text):  # ("... I WAS ACCOMPANIED BY THE DCM.": an act; "In Aden, he said,
            # the comrades ... I answered that ...": the one reported quotes his own answer)
            return Label(pos, pos, "I", author, reported=True)  # "... I again emphasized that ..." in Deng's turn
        first = FIRST_PERSON.match(text, at) if not author and speaker and speaker != AUTHOR else None
        if first and self.layout.any_verb.search(first[0]) and not FIRST_PERSON_ACT.match(text, at) \
                and not _in_quotation(text, pos) \
                and (re.search(r"\b(?:me|my)\b", text) or self.author_wrote or self.sender
                     or FIRST_PERSON.match(text, _numbered(text)) and self.layout.any_verb.search(text, 0, 40)):
            # (or the paragraph opens with the author's words: "2. I said that ... Bula replied ... I remarked ...")
            # "... promised to cable La Paz. I remarked that ...": the unnamed author of a first-person record
            # answers inside the paragraph (who the author is, is decided once for the page), when the record
            # is theirs: it says "me" or "my" here or gave them a turn before ("I told them" in Gomulka's report is his)
            return Label(pos, pos, "I", "", reported=True, role=AUTHOR)
        match = self.layout.reported_strong.match(text, pos)  # (after a lead: "Having heard our message, Deng ...")
        label = self.parser.read_label(match, False, self.declared, reported=True) \
            if match and (match["name"] or match["title"]) else None
        said = text.lower() if self.parser.shouting else text  # (a cable in capitals: "JAVITS RESPONDED THAT HE ...")
        indirect = match is not None and (REPORTED_CLAUSE.match(said, match.end()) or text.startswith(":", match.end())
                                          or ON_THE_FOLLOWING.match(text, match.end())  # ("made statements on the following")
                                          or OBJECT_CLAUSE.match(text, match.end()) and not self._relayed(text, pos, speaker)
                                          or text.startswith(".", match.end())  # ("Shevardnadze agreed.")
                                          # (a telegram's clause without "that": "Iengar said remarks were intended")
                                          or self.parser.telegraphese and match["verb"].lower() in SAYING
                                          and TELEGRAPHIC_CLAUSE.match(said, match.end())
                                          or QUOTE_OPENS.match(text, match.end())  # ('Tito smiled and said "they ...')
                                          or AGREED_WITH.match(text, match.end()) and match[0].endswith("agreed")
                                          # ("Zhu De then touched on the work of the Congress.", "Zhu De thanked comrade
                                          # Voroshilov for the attention ..."): a topic, or thanks, are words too (not
                                          # the host's thanks in the author's account of his visit: "I visited Cde. Kim
                                          # Il Sung ... Kim Il Sung warmly thanked [us] for the visit")
                                          or match["verb"].endswith((" on", " upon"))
                                          or match["verb"].lower() in WARNING_VERBS and text.startswith(" against ", match.end())
                                          # ("Rusk cautioned against any flight ...": a warning's words)
                                          or THEN_SAID.match(text, match.end())  # ("Suharto expressed appreciation but said")
                                          or match["verb"].lower() in ("spoke", "speaks")
                                          and AT_LENGTH.match(said, match.end())
                                          or match["verb"] in ("thanked", "thanks") and THANKED_FOR.match(text, match.end())
                                          and not (self._authors_turn(speaker) and VISIT_THANKS.match(text, match.end())))
        # ("Comrade Suzdalev agreed with this, and promised ...")
        if label is not None and match is not None and label.role and not indirect \
                and match["verb"].lower() in AND_REPORT_VERBS | {"asked"} \
                and len(re.findall(rf"\b{re.escape(label.printed)}[ ]+(?:said|asked|replied)\b", self.parser.page_text)) >= 3:
            indirect = True  # a telephone note's offices, their words reported again and again in one run: "The Pres
            # said only a short greeting, ... The Sec said that was wise"
        if label is None and not (match and match["verb"]) and HEARD_WORD.search(text, pos, pos + 600):
            # "... the test ban treaty. Nasser listened and said that ...": a listener's verb, then a reporting one, of
            # a person who takes part (Parser.account), in the same sentence (other verbs so split too often)
            acted, _ = self.parser.account(text[pos:pos + 600], self.declared, lambda found, how: bool(
                how["verb"].split()[0] in HEARD and found.speaker and self._takes_part(found.speaker)
                and not _same_person(found.speaker, speaker)))
            if acted:
                return replace(acted, start=pos, end=pos)
        if label is None or match is None or not indirect \
                or _same_person(label.speaker, speaker) and not (joint and not label.co_speaker):
            return None
        if label.role:  # "The Premier said that ...": a role the title or a header names ("Premier Zhou Enlai's ...")
            named = (self._role_named(label.role) or any(  # (or a role that already speaks on this page: "DCM")
                s["kind"] == "turn" and (s["role"] or "").casefold() == label.role.casefold() for s in self.segments)
                or self._role_titled(label.role)) and not _same_person(label.role, speaker)
            return replace(label, start=pos, end=pos) if named else None
        if not (self._takes_part(label.speaker) or _addressed(text[:pos], label.speaker)
                or any(_same_person(label.speaker, other) for other in spoken)  # (who spoke earlier in the paragraph:
                # "Zhivkov opened by asking ... I replied that ... Zhivkov said that ...")
                or _received_me(text[:pos], label.speaker)
                or self._authors_turn(speaker) and self._titled_before(text[:pos], label.speaker)
                or match["verb"].lower() in ANSWERING and (self._unlisted_known(label.speaker)
                                                   or self.reported and not RELAY_CUE.search(text, 0, pos))):
            # (in a report, whoever answers takes part, named before or not: "Rapacki also asked ... Kohler answered
            # that he was not qualified ..."; not in a paragraph that relays an earlier talk: "Prasit, Pote went on,
            # had told his hosts that ... Chou replied that ...")
            return None  # ("... told Burmese Ambassador U Hla Maung that ... U Hla Maung asked whether ...": whom he told)
        return replace(label, start=pos, end=pos)

    def _reports_after_and(self, text: str) -> list[Label]:
        """Reports joined to a sentence of another's by "and": "The President asked General de Gaulle whether he had
        seen the text ... and General de Gaulle said that he had read it": the words after "and" are the turn of the
        one named there, a person who takes part, who says, replies or answers "that" (never a subject of two: "Mao
        and Zhou said that ...", the clause before "and" holds six words or more)."""
        found = []
        for joined in AND_REPORT.finditer(text):
            at = joined.end()
            opened = max((b.end() for b in BOUNDARY.finditer(text, 0, at)), default=0)
            match = self.layout.reported_strong.match(text, at)
            if len(text[opened:joined.start()].split()) < 6 or match is None or not (match["name"] or match["title"]) \
                    or match["verb"].lower() not in AND_REPORT_VERBS or not text.startswith(" that ", match.end()):
                continue
            before = text[opened:joined.start()].split()[-1].strip(",").casefold()
            if before in self.layout.title_set or before.rstrip(".") in self.layout.title_set:
                continue  # (two offices of one man: "Vice-Premier and Minister of Foreign Affairs Heo Dam said that")
            label = self.parser.read_label(match, False, self.declared, reported=True)
            if label is not None and label.speaker and not label.role and self._takes_part(label.speaker) \
                    and text.startswith(label.printed, at):  # (the name right after "and", no lead before it)
                found.append(replace(label, start=at, end=at))
        return found

    def _unlisted_known(self, name: str) -> bool:
        """A person the register knows, in notes that list no participants, who answers ("... Vance replied that ..."
        in notes of a luncheon whose title names only its guest; not "Khrushchev thinks that ...", relayed): the
        split is flagged all the same (_markers)."""
        return not self.narrator and not self.signer and self.parser.is_known(name) \
            and not any(self.layout.lists_people(h) for h, _ in self.headers)

    def _authors_turn(self, speaker: str) -> bool:
        """Is this the record's author, who writes "I"?"""
        author = self.narrator or self.signer
        return speaker == AUTHOR or bool(author) and _same_person(author, speaker)

    def _titled_before(self, text: str, name: str) -> bool:
        """Has the author, earlier in the paragraph, met this person, named with a title ("I was invited ... by the
        head of the Protocol Department, Comrade Pak Gil-ryong [Pak Kil Ryong]. ... Comrade Pak said that ...")? (Not
        a person someone else met: "c. Becker had a conversation with c. Pak ..." is relayed.)"""
        from ld.speakers import fold

        words = fold(name).split()
        return bool(words) and any(all(w in fold(m["name"]).replace("-", " ").split() for w in words)
                                   for sentence in SENTENCE_BREAK.split(text) if AUTHOR_MEETS.search(sentence)
                                   for m in self.layout.titled_person.finditer(sentence))

    def _relayed(self, text: str, pos: int, speaker: str) -> bool:
        """Does the sentence before ``pos`` report someone other than ``speaker``, whose words the turn
        relays ("Zhou Enlai said to Tsedenbal that ... Tsedenbal answered him that ...")? "Him" is then
        that person, not the speaker."""
        starts = [m.end() for m in BOUNDARY.finditer(text, 0, max(pos - 1, 0))]
        before = starts[-1] if starts else 0
        match = self.layout.reported_strong.match(text, before)
        label = self.parser.read_label(match, False, self.declared, reported=True) if match else None
        return label is not None and not _same_person(label.speaker, speaker)

    def label_in_disguise(self, text: str) -> bool:
        """Does the paragraph start with a label printed in lower case, with no space after its colon, or
        with a full stop or a dash for the colon ("comandante fidel castro:", "P.M. – I had ...")? It is
        read as such only to say that it was not read: the parser does not guess a split."""
        if URL_START.match(text):  # "https://digitalarchive.wilsoncenter.org/...": an address, no "Https:" label
            return False
        for mark in LABEL_MARK.finditer(text, 0, 80):  # "Yu. Tsedenbal. The ...": the first full stop ends an initial
            head = text[:mark.start()].strip()
            if not head or len(head.split()) > 6:
                break
            if mark[0] == "." and re.search(r"(?:^|[ .])[^\W\d_]$", head):
                continue  # "N. S. KHRUSHCHEV": the full stop of an initial
            if mark[0].startswith(".") and f"{head}.".casefold() in self.layout.title_set:
                continue  # "Cdes. Mao Zedong, Liu Shaoqi": an abbreviated title, not a label's mark
            heads = [head]
            if head.islower():  # "p.m.", "comandante fidel castro": as a label would print it
                heads = [" ".join(w[:1].upper() + w[1:] for w in head.split()), head.upper()]
            rest = text[mark.end():].lstrip()
            label = next(filter(None, (self.parser.start_label(f"{h}: {rest}", self.declared, self.short,
                                                               reported=False) for h in heads)), None)
            if label is None or label.reported or label.end < len(heads[0]) + 1:
                continue
            if not (label.role or re.search(r"[^\W\d_]{2}", label.speaker)):  # "P. YUDIN": a signature
                continue
            if label.role or self.parser.is_known(label.speaker) or self._takes_part(label.speaker):
                return True
        return False

    def _markers(self, text: str, line: int = 0):
        """Labels and stage directions in a paragraph, in order: (start, end, kind, label or match)."""
        self.at_line = line  # (for the notices of the readers below)
        if " Said that" in text:  # "... Nam Il Said that probably not yet": a typist's capital, read as the verb it is
            text = CAPITALISED_SAID.sub("said", text)  # (the same length: the offsets found hold for the paragraph)
        found: list[tuple] = []
        side = SIDE_HEADING.fullmatch(text) if self.reported or self.narrator or self.signer else None
        if side:  # "His position:" / "My reply:" alone over numbered points, in a record in its author's first person
            author = self.narrator or self.signer
            heading = Label(0, len(text), side["label"], author, reported=True, role="" if author else AUTHOR) \
                if side["mine"] else Label(0, len(text), side["label"], "", reported=True, role=ANSWER)
            return [(0, len(text), "label", heading)]
        own = (self._narrator_turn(text) if OWN_START.match(text)  # "c. I asked ..."
               else self._answered(text) if WHEN_LEAD.match(text)
               else self._headed_own(text)) if self.reported else None
        first = own or self._start_label(text) or self._dash_label(text) \
            or self._report_of_participant(text) or self._quoted(text) \
            or (self._report_in_minutes(text) or self._inverted_report(text) or self._narrator_turn(text)
                or self._verb_second_report(text) or self._comma_lead_report(text) or self._topic_then_report(text)
                or self._act_then_report(text) or self._both_sides(text) or self._began_with(text)
                if self.reported else None)
        said = text[first.end:].strip() if first and first.end and not first.reported else ""
        if first and said and self.current is None and not self.parser.shouting and len(said.split()) <= 8 \
                and sum(c.isupper() for c in said) >= 3 and not any(c.islower() for c in said) \
                and self.parser.is_known(first.speaker):
            # "TOWARZYSZ Jaruzelski: ZDRAJCA POLAKOW" over a forum's copy of an article: a headline that names a known
            # man and shouts what it says of him, above the record; no turn (its text is reported as unattributed)
            first = None
        if first and first.reported and first.speaker and not first.role and first.printed != "I" \
                and (self.narrator or self.signer) and self.current is not None and self.current["speaker"] \
                and not _same_person(first.speaker, self.current["speaker"]) and self.parser.is_known(first.speaker) \
                and not self._takes_part(first.speaker):
            # "Then Kim Il gave an account of his talks in Moscow ..." in an ambassador's journal, after Nam Il began to
            # tell him of yesterday's session: a report of someone the page does not name as taking part, perhaps
            # relayed; the turn is split all the same (most such reports are of the person's own words), flagged
            self.notices.append(("reported-in-turn", line, f"{text[:40]!r}... opens a turn of {first.speaker}, whom the "
                                 f"page does not name as taking part: if {self.current['speaker']} relays their words, "
                                 "the turn is theirs (a [speakers] entry or a label fixes it)"))
        if first and first.speaker and first.printed != "I" and TAKES_FLOOR.search(text, 0, 200):
            self.floor = first.speaker  # "Comrade Todor Zhivkov takes the floor to inform the meeting ...": his speech
        elif first and first.printed == "I" and first.role == AUTHOR and self.floor and not (self.narrator or self.signer):
            first = replace(first, speaker=self.floor, role="")  # ("I answered him that Bulgaria will ..." in it)
            self.notices.append(("speaker-to-confirm", line, f"'I' is read as {self.floor}, who took the floor above "
                                 "and whose speech the minutes go on with: confirm it"))
        if first:
            found.append((0, first.end, "label", first))
        elif self.current is None and self.reported and (met := self._met_then_speaks(text)):
            found.append((met[1], met[1], "label", met[0]))
        for stage in self.layout.stage.finditer(text):
            before, after = text[:stage.start()].rstrip(), text[stage.end():]
            standalone = (not before or before[-1] in SENTENCE_END) and (not after or after[0].isspace())
            whole = not before and not after.strip()
            body = (stage["p"] or stage["b"]).rstrip()
            aside = self._interjection(stage, first) if standalone and stage["p"] else None
            if aside:  # "(Vance: The telemetry question is close.)": another person's words inside the turn
                found += aside
            elif standalone and (whole or body[-1:] in ".!?" or self.layout.is_stage_word(body)):
                found.append((stage.start(), stage.end(), "stage", stage))
        taker = self.parser.report_after_and(text, self.declared, self.short) \
            if self.current is None and first and not first.end else None
        if first and taker and not _same_person(taker.speaker or taker.role, first.speaker or first.role):
            # "L. called back, and the Sec. said the Br and Fr are now pressing ...": the call, then the words of the
            # one who took it, from the paragraph's start (as a meeting's narration is read)
            first = replace(taker, start=0, end=0)
            found = [m for m in found if m[2] != "label" or m[0] > 0] + [(0, 0, "label", first)]
        # who speaks where a marker is found: a name, or a role ("The Premier") the page resolves later
        speaker = (first.speaker or first.role) if first else \
            (self.current["speaker"] or self.current["role"] or "") if self.current else ""
        joint = bool(first and first.co_speaker)  # (two who speak together: one of them alone is a new turn)
        # "He then asked whether ... . I told him that we had not ..." after the author's turn: "he" opens another's turn
        # (``_paragraph`` says whose), so the author's "I" after it is a turn of the author's again
        he_opens = not first and self.reported and self.current is not None \
            and self.current["label"] in FIRST_PERSON_LABELS and _he_reports(text, _numbered(text), self.parser.shouting)
        opening_speaker = speaker
        after_and = self._reports_after_and(text) if self.reported and " and " in text else []
        for boundary in BOUNDARY.finditer(text):
            while after_and and after_and[0].start < boundary.end():  # ("... at Baku and General de Gaulle said that")
                if not _same_person((joiner := after_and.pop(0)).speaker, speaker):
                    found.append((joiner.start, joiner.end, "label", joiner))
                    speaker, joint = joiner.speaker, False
            if text.startswith("[", boundary.end()) and (withheld := self._withheld(text, boundary.end())):
                found.append((withheld.start, withheld.end, "label", withheld))  # ("...; [1 line of source text not
                speaker = withheld.role  # declassified] asked whether ...")
                continue
            label = self._embedded_label(text, boundary.end())
            if label and label.end > label.start and not SAYS_SOMETHING.match(text, label.end):
                label = None  # "... (1) Premier Zhou Enlai and Nkrumah: Second Talks (19) ...": a list of contents
            if label is None and self.reported and text.startswith("The other ", boundary.end()) \
                    and OTHER_ANSWERED.match(text, boundary.end()):
                # "Mrs. Reagan asked whether Gorbachev would bring ... The other replied that ...": one the page does not
                # name answers; a role-person the page leaves unresolved (said), never the asker's words
                label = Label(boundary.end(), boundary.end(), "The other", "", reported=True, role="The other")
            direct = label
            report = None if label else self._embedded_report(text, boundary.end()) \
                or self._embedded_role_report(text, boundary.end(), speaker)
            if not label and not report and self.reported and speaker and self._authors_turn(speaker) \
                    and ", said " in text[boundary.end():boundary.end() + 60] \
                    and (inverted := self._inverted_report(text[boundary.end():])):
                # "I asked what he himself proposed to do. Egypt, said Nasser, would stand by Syria ...": the clause
                # inverted inside the author's paragraph opens the other's turn there
                report = replace(inverted, start=boundary.end(), end=boundary.end())
            if report and (not _same_person(report.speaker, speaker) or joint and not report.co_speaker):
                label = report  # ("... Com. Stalin turns to ..." in Stalin's paragraph goes on with his words: no new
                # turn; "Liu Shaoqi and Zhou Enlai ... told me how ... Liu Shaoqi said that ...": Liu's alone)
            if label is None and report is None and (self.reported or first and first.reported and first.speaker):
                opened = "he" if he_opens and not any(m[2] == "label" for m in found) else speaker
                label = self._embedded_minutes_report(text, boundary.end(), opened, joint, tuple(
                    m[3].speaker for m in found if m[2] == "label" and m[3].speaker))
                if label and not self.reported and not _addressed(text[:boundary.end()], label.speaker):
                    label = None  # (in a report that opens a paragraph of a page of direct speech, the one it
                    # addressed answers: "President Ceausescu urged President Nixon to stay ... President Nixon
                    # answered that ...", not one it speaks of: "... had been received by Kim Il Sung")
            if label and label is not direct and label.reported and not label.role and speaker \
                    and not _same_person(label.speaker, speaker) and not self._met(label.speaker) \
                    and self.parser.is_known(label.speaker):
                # "... Kosygin agreed and said that he would report ..." in Zhou Enlai's account of his talk with
                # Kosygin, whom the page does not name as taking part: perhaps speech the speaker relays, which is
                # his turn; the turn is split all the same (most such reports are of a person who takes part), flagged
                self.notices.append(("reported-in-turn", line, f"{text[boundary.end():boundary.end() + 40]!r}... inside "
                                     f"this paragraph opens a turn of {label.speaker}, whom the page does not name as "
                                     f"taking part: if {speaker} relays their words, the turn is {speaker}'s (a "
                                     f"[speakers] entry or a paragraph break fixes it)"))
            if label is None and self.reported and (self.current is not None or first or self.narrated
                                                    or any(m[2] == "label" for m in found)) \
                    and (HE_REPORTS_IN_CAPITALS if self.parser.shouting else HE_REPORTS).match(text, boundary.end()) \
                    and _sentence_starts(text, boundary.end()):
                opening = not found and not BOUNDARY.search(text, 0, boundary.start()) \
                    and not FIRST_PERSON.search(text, 0, boundary.end()) and not re.search(r"\b[Ww]e\b", text[:boundary.end()])
                if self._authors_turn(speaker):
                    # "... I replied that Yi was out of town. He said Yi was resting ...": in the author's turn, "he"
                    # is the person the sentence before names, or the last other person who spoke
                    she = bool(SHE_OPENS.match(text, boundary.end()))
                    other = (self._pronoun_speaker(line, tuple(m[3] for m in found if m[2] == "label"), she=True)
                             if she else None) \
                        or (self._met_before(text, boundary.end()) if not she else None) \
                        or self._antecedent(text, boundary.end()) \
                        or self._pronoun_speaker(line, tuple(m[3] for m in found if m[2] == "label")) \
                        or self._visited() \
                        or (Label(0, 0, "", "", reported=True, role=ANSWER) if self._lists_participants() else None)
                    # ("311. Presented credentials to General Ne Win ... I asked ... He said"; or, before anyone else has
                    # spoken, in a memorandum that lists who took part, the one of them besides the author: ld.link
                    # decides, as for "The answer was: ...", and flags it)
                else:  # "Comrade Mengistu listened to ... and was moved. He conveyed ...": in another's turn, the
                    # person a paragraph's first sentence opens with
                    other = self._subject(text) if opening else None
                    other = other if other and not _same_person(other.speaker, speaker) else None
                at = 0 if opening else boundary.end()  # ("The President became agitated. He said ...": his turn)
                label = replace(other, start=at, end=at) if other else None
            if label and label.reported and text.endswith(" the following:") and boundary.end() > len(text) - 200 \
                    and not SENTENCE_BREAK.search(text, boundary.end()):
                label = None  # "... In its course Ri Song-un stated the following:": his words are the paragraphs below
            if label is None and self.reported and not (speaker and self._authors_turn(speaker)) \
                    and AUTHOR_UNSAID.match(text, boundary.end()) and (self.narrator or self.signer or self.author_wrote
                                                                        or FIRST_PERSON_WORD.search(text, 0, boundary.end())):
                # a telegram's sentence that drops its subject, the author's, in another's turn: "Told him frankly I was
                # not ...", "Opened by saying I had come as friend ..."
                author = self.narrator or self.signer
                label = Label(boundary.end(), boundary.end(), "", author, reported=True, role="" if author else AUTHOR)
            if label:
                found.append((label.start, label.end, "label", label))
                speaker, joint = label.speaker or label.role, bool(label.co_speaker)
            elif self.reported and speaker and speaker != AUTHOR and text.startswith(("I ", "[I] "), boundary.end()) \
                    and AUTHOR_SAID.match(text, boundary.end()) and not self._authors_turn(speaker) \
                    and not _in_quotation(text, boundary.end()) and not self._announced_words(text[:boundary.end()]):
                # "The Sec. said ... I said I expected the Egyptians to insist ..." in a telephone note no one on the page
                # writes as "I": someone's first person left in another's turn, said (no one to give it to)
                self.notices.append(("reported-in-turn", line, f"{text[boundary.end():boundary.end() + 30]!r} inside this "
                                     f"paragraph speaks in a first person the page does not name and joins the turn "
                                     f"of {speaker}: if someone else speaks here, give the sentence its speaker"))
        for joiner in after_and:  # (after the paragraph's last sentence break)
            if not _same_person(joiner.speaker, speaker):
                found.append((joiner.start, joiner.end, "label", joiner))
                speaker = joiner.speaker
        for clause in WHEN_OTHER.finditer(text) if self.reported and "When " in text else ():
            # "... When the Secretary observed that the initiative had been received ..., Sukarno replied with some
            # warmth that ...": inside a paragraph, the one whose remark the clause reports, then the one who answers
            if not _sentence_starts(text, clause.start()) or not clause.start():
                continue
            remarked = self.parser.start_label(f"{clause['subject']} said that .", self.declared, self.short, reported=True)
            answering = self.parser.start_label(text[clause.end():], self.declared, self.short, reported=True)
            who = (remarked.speaker or remarked.role) if remarked else ""
            whom = (answering.speaker or answering.role) if answering else ""
            if remarked and answering and remarked.reported and answering.reported and not answering.end and who \
                    and whom and answering.printed != "I" and not _same_person(who, whom):
                at, to = clause.start(), clause.end()
                found += [(at, at, "label", replace(remarked, start=at, end=at)),
                          (to, to, "label", replace(answering, start=to, end=to))]
        for joined in AND_REPLIED.finditer(text) if self.reported and ", and " in text else ():
            # "I asked whether ..., and Mr. Gromyko replied that the troops would leave ...": the answer, in the same
            # sentence as the question, is the answerer's turn (only an answer's verb: "and Gromyko said" may relay)
            match = self.layout.reported.match(text, joined.end())
            label = self.parser.read_label(match, False, self.declared, reported=True) \
                if match and match["verb"] in ANSWER_VERBS and REPORTED_CLAUSE.match(text, match.end()) else None
            asked = [m[3] for m in found if m[2] == "label" and m[0] < joined.end()]
            asker = (asked[-1].speaker or asked[-1].role) if asked else speaker
            if label and label.speaker and not label.role and self._takes_part(label.speaker) \
                    and not _same_person(label.speaker, asker):
                found.append((joined.end(), joined.end(), "label", replace(label, start=joined.end(), end=joined.end())))
        for joined in SEMICOLON_REPORT.finditer(text) if self.reported and "; " in text else ():
            # "The President first asked him how his talk ... had gone; the Prime Minister said quite well, ...": the
            # answer after a semicolon to a question before it is the other's turn (a participant, or a role the
            # title names; not "Mikoyan then spoke ...; Roa said that ...", who relays it)
            sentence = SENTENCE_BREAK.split(text[:joined.start()])[-1]
            match = self.layout.reported.match(text, joined.end()) if ASKED.search(sentence) else None
            label = self.parser.read_label(match, False, self.declared, reported=True) \
                if match and match["verb"] in SEMICOLON_VERBS else None
            asked = [m[3] for m in found if m[2] == "label" and m[0] < joined.end()]
            asker = (asked[-1].speaker or asked[-1].role) if asked else speaker
            who = (label.role or label.speaker) if label else ""
            if label and who and asker and not _same_person(who, asker) \
                    and (self._role_named(label.role) if label.role else self._takes_part(label.speaker)):
                found.append((joined.end(), joined.end(), "label", replace(label, start=joined.end(), end=joined.end())))
        for joined in SEMICOLON_HE.finditer(text) if self.reported and "; " in text else ():
            # "I said that many in the West would read it that way; he shrugged and said that was our privilege": the
            # answer to the author's words, in the same sentence, is the other's turn (the one "he" was before)
            starts = [m.end() for m in BOUNDARY.finditer(text, 0, joined.start()) if _sentence_starts(text, m.end())]
            spoke = [m[3] for m in found if m[2] == "label" and m[0] < joined.end()]
            asker = (spoke[-1].speaker or spoke[-1].role) if spoke else opening_speaker
            if not FIRST_PERSON.match(text, starts[-1] if starts else 0) or not self._authors_turn(asker):
                continue
            other = self._pronoun_speaker(line, tuple(spoke), she=joined["pronoun"] == "she")
            if other and not self._authors_turn(other.speaker or other.role):
                found.append((joined.end(), joined.end(), "label", replace(other, start=joined.end(), end=joined.end())))
        for colon in COLON_BEFORE_CAPITAL.finditer(text, 1, len(text) - 1) if ": " in text else ():
            # "... the floor was taken by: Comrade Mao Zedong: Thank you": a label after a colon is not split
            # (a header's value may name people), but said
            # (only a titled label counts: a title first, looked for alone, spares the whole pattern at most colons)
            if not _word_character(text[colon.start() - 1]):  # (the colon ends a word: "by:", not "...:")
                continue
            match = self.layout.label.match(text, colon.end()) if self.layout.titled.match(text, colon.end()) else None
            label = self.parser.read_label(match, False, self.declared) if match and match["sep"] == ":" else None
            if label and match and match["title"] and not match["verb"] and self._takes_part(label.speaker):
                self.inside.append(label.printed)
        if self.narrator or self.signer or self.author_wrote:
            for answer in ANSWER_LINE.finditer(text):  # (in a record in its author's first person)
                found.append((answer.start("label"), answer.end(), "label",
                              Label(answer.start("label"), answer.end(), answer["label"], "", reported=True, role=ANSWER)))
        found.sort(key=lambda m: m[0])
        if not first and self.reported and found and found[0][2] == "label" and found[0][3].reported \
                and (self._narration_leads(text) and not SENTENCE_BREAK.search(text[:found[0][0]].rstrip())
                     or RUN_IN_HEADING.fullmatch(text[:found[0][0]].strip())):  # ("Economic Relations. President ...")
            # "Then the conversation turned to the Warsaw Pact. Cde. Brezhnev informed ...": the sentence of
            # narration that leads into a report opens that person's turn, not the turn before
            found[0] = (0, 0, "label", replace(found[0][3], start=0, end=0))
        if first and first.printed == "I" and not first.end and len(found) > 1 and found[1][2] == "label" \
                and found[1][3].reported and found[1][3].printed != "I" and self._visit_leads(text[:found[1][0]]):
            # "At 1530 I received US chargé [Gatry] at his request. He said that ...", "I visited Pak Seong-cheol at
            # the Ministry. Pak Seong-cheol said, ...": the author's visit, no words of his, leads into the host's turn
            found[:2] = [(0, 0, "label", replace(found[1][3], start=0, end=0))]
        elif first and first.co_speaker and not first.end and len(found) > 1 and found[1][2] == "label" \
                and found[1][3].reported and not found[1][3].co_speaker \
                and (sent := SENT_FOR_ME.search(text, 0, found[1][0])) and not SENTENCE_BREAK.search(text, 0, sent.start()):
            # "Liu Shaoqi and Zhou Enlai asked me to come to them in the evening and ... told me how ... At the start
            # of the conversation Liu Shaoqi said that ...": the two who sent for the author, then the one who speaks
            found[:2] = [(0, 0, "label", replace(found[1][3], start=0, end=0))]
        if len(found) > 1 and found[0][2] == "label" and found[1][2] == "label" and found[0][0] == 0 \
                and re.fullmatch(r"\[[^\[\]]{2,40}\]", text[:found[0][1]].strip()) \
                and not text[found[0][1]:found[1][0]].strip():
            # "[Vice Premier] CHEN: I will ...": the editor's title in brackets, then the label it belongs to
            head, label = found[0][3], found[1][3]
            found[:2] = [(0, found[1][1], "label", replace(label, start=0, printed=f"{head.printed} {label.printed}"))]
        kept, last_end = [], -1
        for marker in found:  # drop overlaps: a stage direction never contains a label
            if marker[0] >= last_end:
                kept.append(marker)
                last_end = max(marker[1], marker[0] + 1)
        return kept

    def _visit_leads(self, text: str) -> bool:
        """Is this the author's visit or reception and nothing he said ("I visited ...", "At 1530 I received US chargé
        [Gatry] at his request.", not "I gave information on ...")?"""
        bare = HANDED_TEXT.sub("", WHO_TOLD_ME.sub("", text))  # ("I gave Peng Zhen the text of ...": a document, no
        # words; "I was invited by comrade Zhou Enlai, who spoke to me about ...": his words, not the author's)
        if INFORMED_OF_TALK.search(text):  # ("Two days later I informed the Soviet ambassador, Comrade Suzdalev,
            # about my conversation.": what was said there is told above, not here)
            bare = INFORMED_OF_TALK.sub("", bare)
            return not self._speech_in(bare) and not INFORMING.search(bare)
        return bool(FIRST_PERSON_ACT.search(text)) and not self._speech_in(bare) and not INFORMING.search(bare)

    def _met_then_reports(self, text: str) -> tuple[Label, int] | None:
        """The one the author met, and where their words start, when a paragraph's first sentence is the author's
        meeting and nothing said ("I received ...", "I paid a visit to ...") and the next one reports "he" or "she"."""
        second = SENTENCE_BREAK.search(text, 0, 600)
        head = text[:second.start() if second else 600]
        named = MET_NAMED.search(head) if ", who " in head else None
        request = AT_HIS_REQUEST.match(head, named.end()) if named else None  # ("I received Nam Il at his request,
        # who in the course of the meeting explained that ...")
        if named and WHO_TOLD_ME.match(head, request.end() if request else named.end()) \
                and (self._visit_leads(head) or re.search(r"\b(?:spoke|talked)\b", named[0])) \
                and (found := self.parser.start_label(
                f"{named['name']}: .", self.declared, self.short, reported=False)) and found.speaker and not found.role \
                and not self._authors_turn(found.speaker):
            return Label(0, 0, "", found.speaker, reported=True), 0  # ("I met with Rodriguez, who said that ...")
        if not second or not self._visit_leads(head) or text.endswith(":") and HE_INTRODUCES.search(text):
            return None  # (".... He said the following:": the next paragraph is his, the meeting no one's words)
        if not _he_reports(text, second.end()):
            # ("Today I visited Cde. Mao Zedong and gave him the text of the letter. Cde. Mao read the letter through
            # and stated that ...": the one met, by name, reports in the next sentence)
            rest = text[second.end():]
            found = self.parser.start_label(rest, self.declared, self.short, reported=True) or self._act_then_report(rest)
            if not (found and found.reported and found.speaker and not found.role and not found.end
                    and not self._authors_turn(found.speaker)
                    and _fold_has(text[:second.start()], found.speaker.split()[-1])):
                return None
            return Label(0, 0, "", found.speaker, reported=True), second.end()
        other = self._antecedent(text, second.end())
        named = MET_NAMED.match(text, _numbered(text), second.start())
        if other is None and named and (found := self.parser.start_label(
                f"{named['name']}: .", self.declared, self.short, reported=False)) and found.speaker and not found.role:
            other = Label(0, 0, "", found.speaker, reported=True)  # ("I visited Nam Il at his request. He said ...")
        if other is None and (whom := self._interlocutor()):
            other = Label(0, 0, "", whom, reported=True)  # ("... I received the Korean ambassador ...", of a record
            # headed "Memorandum of a conversation with Pak Gyeong-sun")
        if other is None and (office := MET_OFFICE.search(text, 0, second.start())) \
                and office["role"].casefold() in self.layout.title_set:
            # ("I received the Korean ambassador ...": the role, which the page resolves as it does "The ambassador")
            found = self.parser.start_label(f"The {office['role']} said that .", self.declared, self.short, reported=True)
            other = Label(0, 0, "", found.speaker, reported=True, role=found.role) if found and found.role else None
        if other is None or self._authors_turn(other.speaker):
            return None
        return other, second.end()

    def _met_then_speaks(self, text: str) -> tuple[Label, int] | None:
        """Before the first turn, a paragraph whose first sentence is a meeting and nothing said ("On 28 November 1952,
        the president of the GDR received Mr. Shiva Rao at Niederschönhausen.") and whose next one reports one who met
        ("Mr. Shiva Rao spoke first about ..."): that person's turn, from the second sentence."""
        caption = CABLE_CAPTION.match(text) if text[:1].isdigit() else None  # (a telegram's number and the telegram it
        # answers: "14. My 11, January 19, noon.61 ", which no one says; or its numbers alone, which the turn keeps as
        # it keeps a paragraph's: "172. 1. Bajpai ...")
        numbers = caption or (TELEGRAM_NUMBERS.match(text) if text[:1].isdigit() else None)
        begin = numbers.end() if numbers else 0
        second = SENTENCE_BREAK.search(text, begin, begin + 400)
        end = second.start() if second else min(len(text), begin + 400)
        visit = VISITED_ME.search(text, 0, end)
        if visit and VISIT_AND_SAID.search(text, visit.start(), end) and not TELEGRAPHIC_VISIT.match(text):
            # (not the author's own call, his "I" dropped: "1. Called on Acting Foreign Secretary Prica ... Prica received
            # me alone and spoke from notes.", narration; no person "Called")
            # "14. My 11, January 19, noon. The Prime Minister sent for me this afternoon and said that ...": the
            # visitor's words from the visit's sentence on (after the telegram's number and caption)
            visitor = self._visitor(text[begin:end])
            return (visitor, caption.end() if caption else 0) if visitor else None
        if not second or not (visit or MEETING.search(text, 0, second.start())):
            return self._met_later_speaks(text)
        found = self.parser.start_label(text[second.end():], self.declared, self.short, reported=True)
        if found is None and FIRST_PERSON.match(text, second.end()) and FIRST_PERSON_OBJECT.search(text, 0, second.start()):
            # "At 4.00 p.m. I went to the Commissariat to see the Deputy Commissar, Vyshinsky, about ... I said that
            # ...": the author's visit, then his words
            own = self._narrator_turn(text[second.end():])
            return (own, second.end()) if own is not None and own.printed == "I" else None
        if found is None and visit and (_he_reports(text, second.end()) or TELEGRAPHIC_SAID.match(text, second.end())):
            # "In the afternoon of the 11th, Eden visited me at our residence, accompanied by Trevelyan. He stated
            # that ...": the visitor, whom the first sentence opens with (or a role the page resolves: "The
            # President received me in his study ...")
            visitor = self._visitor(text[:second.start()])
            return (visitor, second.end()) if visitor else None
        if not (found and found.reported and found.speaker and not found.role and not found.end
                and _meeting_of(text[:second.start()], found.speaker, self.layout.any_verb)):
            return None
        return replace(found, start=0, end=0), second.end()

    def _visitor(self, sentence: str) -> Label | None:
        """Who visited the author, in the sentence of the visit: the one it opens with, its one titled person or the
        name before "visited me", or a role the page resolves ("The President received me in his study ...")."""
        found = self._subject(sentence)
        visit = VISITED_ME.search(sentence)  # (a titled name after the visit is another's: "The Ambassador called at his
        # own request to deliver a message from Prime Minister Djuanda")
        opening = sentence[:visit.start()] if visit else sentence
        visitors = {GLUED_NOTE_NUMBER.sub("", m["name"]) for m in self.layout.titled_name.finditer(opening)} \
            if found is None else set()
        if found is None and not visitors and (before := VISITOR_BEFORE.search(sentence)) \
                and (named := self.parser.start_label(f"{before['who']}: .", self.declared, self.short)) \
                and named.speaker and not named.role and _loose_name(named.speaker):
            visitors = {named.speaker}  # ("... last evening Lajos Acs took me aside ...")
        if len(visitors) == 1 and not _same_person(next(iter(visitors)), self.narrator or self.signer or "\0"):
            found = Label(0, 0, "", visitors.pop(), reported=True)  # ("1094. Indian Ambassador Mrs. Pandit called
            # at her request this morning. She spoke ...": the one titled person of the visit)
        role = ROLE_SUBJECT.match(sentence) if found is None else None
        titled = self.parser.start_label(f"The {role['role']}: .", self.declared, self.short) if role else None
        if titled and titled.role:
            found = Label(0, 0, "", "", reported=True, role=titled.role)
        return found

    def _met_later_speaks(self, text: str) -> tuple[Label, int] | None:
        """A diary's paragraph that tells of the day before the meeting and of the meeting in a few sentences, then
        the author's words ("A telegram from Minister Song reached me ... so I asked to see Foreign Minister Molotov.
        The meeting was fixed for about 10.00 p.m. ... First I said that ..."): the author's turn, from there."""
        at = _met_then_said(text)
        own = self._narrator_turn(text[at:]) if at is not None else None
        return (own, at) if own is not None and at is not None and own.printed == "I" else None

    def _interjection(self, stage: re.Match, first: Label | None) -> list[tuple] | None:
        """"(Vance: The telemetry question is very close.)" or "(Erich Honecker: That is clear.)" inside another's
        turn: a turn of a person the page names or the register knows, then, at the closing bracket, the
        interrupted speaker again (from the next paragraph, when the bracket closes this one)."""
        aside = INTERJECTION.match(stage["p"])
        if aside:
            label = self.parser.start_label(f"{aside['label']}: {aside['said']}", self.declared, self.short,
                                            reported=False)
            if not label or label.reported or label.end not in (len(aside["label"]) + 1, len(aside["label"]) + 2):
                return None
            start, end = stage.start(), stage.start("p") + aside.start("said")
        else:  # "(Mrs. Gorbachev remarked to Secretary Shultz that ...)": a report of another, from the bracket on
            label = self.parser.start_label(stage["p"], self.declared, self.short, reported=True) \
                if REPORT_VERB_NEAR.search(stage["p"], 0, 80) else None
            if not label or not label.reported or label.end or label.role or label.printed == "I":
                return None
            start = end = stage.start()
        if not (self.parser.is_known(label.speaker) or self._takes_part(label.speaker)):
            return None
        markers: list[tuple] = [(start, end, "label", replace(label, start=start, end=end))]
        host = first or (Label(0, 0, "", self.current["speaker"] or "", reported=self.current["reported"],
                               role=self.current["role"] or "") if self.current else None)
        female = bool(label.printed) and label.printed.split()[0] in self.layout.data["female_titles"]
        if host is None or _same_person(host.speaker or host.role, label.speaker) and not female:
            return None  # ("Mrs. Gorbachev" in her husband's turn is someone else)
        rest = stage.string[stage.end():].strip()
        if rest and not re.fullmatch(r"\[[^\[\]]*\]", rest):  # the interrupted speaker goes on after the bracket
            # (not a source note in square brackets: "(... –A.Ch.) [Source: Archive of the Gorbachev Foundation]")
            markers.append((stage.end() - 1, stage.end(), "label", replace(host, start=stage.end() - 1, end=stage.end(),
                                                                            printed="")))
        else:  # ... or in the next paragraph: the bracket closes this one
            markers.append((stage.end() - 1, stage.end(), "close", None))
            self.interrupted = self.current
        return markers

    def _narration_leads(self, text: str) -> bool:
        """Does the paragraph open with the record's narration ("Then the conversation turned to ...")?"""
        lead = re.sub(r"^(?:Then|Later|Next),?[ ]+", "", text)
        return bool(self.layout.narration and self.layout.narration.match(lead[:1].upper() + lead[1:]))

    def _paragraph(self, para: Paragraph) -> None:
        text = para.text
        if para.location.line == self.summary_line and not self.segments:
            self.headers.append(("Summary", text))
            self._cover(para, 0, len(text), "header")
            return
        if self.current is None and self.relayed_line and text.strip() == self.relayed_line:
            self.headers.append(("Relayed", text))  # ("Com. Wojtasik informs in his telegram No 159 ...:"): who wrote
            self._cover(para, 0, len(text), "header")  # it, not a turn of his
            return
        told_by, self.told_by = self.told_by, ""  # (the paragraph before: "X told me the following:")
        self.quoting = para.location.line in self.quoted_authors
        if self.current is None and not self.visit:
            self.visit = _author_visit(text)  # whom the author saw takes part
        if self.current is None and (text.strip() == "Summary" or self.summarising):
            # a Chinese record's own "Summary" heading, its numbered points in the third person ("1. Nasser spoke of
            # ..."), then the labelled conversation: the points are the record's summary, not turns
            if self.summarising and not re.match(r"\(?\d{1,2}[.)]", text.strip()):
                self.summarising = False  # (its points are numbered: what is not, a label or a report, is the record)
            else:
                self.summarising = True
                self.headers.append(("Summary", text))
                self._cover(para, 0, len(text), "header")
                return
        if UNCLOSED_STAGE.match(text) and len(text.split()) <= 40:  # "[Chairman Mao shakes hands with X": the
            glued = self._glued_turn(para)  # bracket never closed, a stage direction all the same, up to a
            self._cover(para, 0, glued or len(text), "stage")  # turn glued to it ("... Ieng Sary Ieng Sary: ...")
            self._add("stage", text[1:glued].strip(), para)
            self.notices.append(("unclosed-bracket", para.location.line,
                                 f"{text[:40]!r}... opens a bracket that is never closed: read as a stage direction"))
            if glued:
                self._rest(para, glued)
            return
        if para.location.line in self.subheads:
            # "Development Plans:" alone over the paragraphs it heads, in a despatch: no one's label (flagged)
            self.notices.append(("label-as-header", para.location.line,
                                 f"{text!r} is read as a topic's subheading, not a speaker: its words are a topic's "
                                 "(topic_words in the layout)"))
            if self.current is None:
                self.headers.append(("Heading", text))
                self._cover(para, 0, len(text), "header")
                return
            self._cover(para, 0, len(text), "stage")
            self._add("stage", text, para)
            self.resume = True
            return
        head = para.lines[0] if len(para.raw_lines) > 1 else ""
        if head and LETTERED_HEADING.fullmatch(head) and para.text.startswith(head + " "):
            # "(c) Five-Power defence talks" on the line above "The Prime Minister asked when ...": the record's
            # lettered heading, then the paragraph it heads
            if self.current is None:
                self._before_first_turn(head, para, 0, len(head))
            else:
                self._cover(para, 0, len(head), "stage")
                self._add("stage", head, para)
                self.resume = True
            self._rest(para, len(head) + 1)
            return
        clock = TIME_LEAD.match(text) if text[:1].isdigit() else None
        timed = self.parser.start_label(text[clock.end():], self.declared, self.short, reported=self.reported) \
            if clock else None
        if clock and timed and (timed.reported or timed.end < len(text[clock.end():].rstrip())):
            # "9:40—The Secretary telephoned the President ...": a telephone memorandum's time, then the report
            self._cover(para, 0, clock.end(), "stage")
            self._add("stage", clock[0].strip(" —–-"), para)
            self._rest(para, clock.end())
            return
        excerpt = EXCERPT_CUT.match(text) if text[:1] in ".…[" else None
        if excerpt and self.parser.start_label(text[excerpt.end():], self.declared, self.short, reported=False):
            # "... Kohl. I want to tell you openly ...": the excerpt's cut, the editor's mark, before a label
            self._cover(para, 0, excerpt.end(), "stage")
            self._add("stage", excerpt[0].strip(), para)
            self._rest(para, excerpt.end())
            return
        self.inside.clear()
        outline = len(para.raw_lines) > 1 and OUTLINE_LETTER.fullmatch(para.raw_lines[0].strip()) \
            or self.lettered_points and (point := LETTER_POINT.match(text)) and not _run_in_topic(text[point.end():])
        # "A." alone on the line above "Le Chang wished to know ...": an outline's letter, read as "a." is (no initial)
        # (or a cable's lettered points in capitals, "A. CEAUSESCU SAID ...", "B. CHIRAC ...": no initial either)
        markers = self._markers(text[0].lower() + text[1:] if outline else text, para.location.line)
        # "Guevara’s mother then said that ...": not Guevara, but one the page does not name: a role-person of the
        # page, said (unresolved), never the registered person the name is (a quick look for the possessive first)
        if ("’s " in text[:60] or "'s " in text[:60]) and (kin := KIN_REPORT.match(text)):
            markers = [(0, 0, "label", Label(0, 0, kin["who"], "", reported=True, role=kin["who"])),
                       *(m for m in markers if m[0] > 0 or m[2] != "label")]
        if not (markers and markers[0][0] == 0) and self.current is not None \
                and (shape := CAPITALS_LABEL.match(text)) and not self.layout.header.match(text):
            # "MALINOVSKII R.YA.: I object ...": a label that is not read joins the turn before: said, never silently
            self.notices.append(("unread-label", para.location.line,
                                 f"{shape['label']!r} opens this paragraph like a speaker label but is not read as one, "
                                 "so the paragraph joins the turn before: check the label's shape"))
        if text.endswith((":", ":\n")) and FOLLOWS_END.search(text):  # (a quick look first: the pattern ends at ":")
            # "I received Comrade Pak Gyeong-sun ..., who marked the purpose of his visit in the following points:",
            # "During the meeting O.B. Rakhmanin mentioned the following points:"
            first = markers[0] if markers and markers[0][0] == 0 and markers[0][2] == "label" else None
            opener = first[3] if first and first[3].reported and first[3].printed != "I" and not first[3].role else None
            self.points_by = opener.speaker if opener and opener.speaker else self._points_owner(text)
        told = TOLD_ME_FOLLOWING.search(text) if text.endswith((":", ":\n", " the following.")) else None
        if told:  # "... about which Comrade Moskovsky told me the following:": the next paragraph is his, numbered or not
            self.told_by = " ".join(w for w in (told["name"] or told["who"]).split()
                                    if w.casefold() not in self.layout.title_set)
            if PRONOUN_AFTER_STOP.search(self.told_by):  # "I visited Australian Minister Maloney. He told me as follows:":
                self.told_by = self._first_named_person(text[:told.end("name") - 3])  # "he", the one the sentence before names
        first = text[:markers[0][0]].rstrip() if markers and markers[0][2] == "label" and markers[0][0] <= 400 else ""
        if first and (met_label := markers[0][3]).reported and met_label.speaker and first[-1:] in ".!?" \
                and ":" not in first and not SENTENCE_BREAK.search(first) \
                and _meeting_of(first, met_label.speaker, self.layout.any_verb):
            # "On the evening of 24 October, Counselor Huang met with Ordoqui, member of .... Ordoqui said that ...":
            # the meeting, then the words of one who met: the paragraph is theirs, as a reader takes it
            markers[0] = (0, 0, "label", replace(met_label, start=0, end=0))
        if markers and markers[0][0] == 0 and markers[0][2] == "label" \
                and (markers[0][3].printed == "I" or markers[0][3].role == NARRATION) \
                and (meeting := self._met_then_reports(text)):
            # "On April 11th I received the Korean ambassador ... at his request. He said that ...": the author's
            # meeting, then the words of the one met: the paragraph is theirs, as a reader takes it (not the author's
            # turn of one sentence of narration)
            markers = [(0, 0, "label", meeting[0]), *(m for m in markers[1:] if not (m[2] == "label" and m[0] <= meeting[1]))]
        if self.current is None and markers and markers[0][:3] == (0, 0, "label") and markers[0][3].printed == "I" \
                and (said := _met_then_said(text)) and not any(m[0] < said for m in markers[1:]):
            # a diary's day up to the meeting, then the author's words ("A telegram from Minister Song reached me ...
            # so I asked to see Foreign Minister Molotov. ... First I said that ..."): the narration, then his turn
            self._cover(para, 0, said, "stage")
            self._add("stage", text[:said].strip(), para)
            self._rest(para, said)
            return
        if markers and markers[0][2] == "label" and markers[0][3].role == NARRATION:
            self.narrated = True
            if FIRST_PERSON.search(text, 0, 200) and HANDED_TEXT.search(text):  # ("I visited Kim Il Sung and handed the
                self.notices.append((                                   # text of Cde. Gromyko's information ...")
                    "speaker-to-confirm", para.location.line,
                    "the author hands over a paper here, read as narration, no one's words: if the author also spoke, "
                    "this paragraph is the author's turn"))
            self._cover(para, 0, len(text), "stage")  # the author's acts: narration, whoever spoke before
            self._add("stage", text, para)
            if text.endswith(":") and (introducer := self._introducer(text)):
                self.introduced = introducer  # ("... In its course Ri Song-un stated the following:": his words next)
            return
        for printed in self.inside:
            self.notices.append(("unread-label", para.location.line,
                                 f"{printed!r} inside this paragraph looks like a speaker label but is not read "
                                 "as one: if a new turn starts there, put it on its own paragraph"))
        labelled = bool(markers) and markers[0][0] == 0 and markers[0][2] == "label"
        visit_told = VISITED_TOLD.match(text) if labelled and markers[0][3].printed == "I" else None
        if visit_told or told and told["who"] and labelled and markers[0][3].printed == "I" \
                and FIRST_PERSON_ACT.search(text, 0, told.start("who")):
            # the author's act, and the words that follow are the other's: "On April 20, I received a visit by Comrade
            # Viktor Bakin, ..., who passed on the following information:", "I visited Nam Il at his invitation, and he
            # told me about the following matters."
            if visit_told:
                self.told_by = visit_told["name"]
            self._narration(text, para)
            return
        if told and told["name"] and labelled and (opener := markers[0][3]).reported and opener.speaker \
                and told.start() and SENTENCE_BREAK.search(text, 0, told.start()) and told.end() >= len(text.rstrip(" .:")) \
                and _same_person(self.told_by, opener.speaker):
            # "Today, 26 September, Cde. Peng Dehuai invited me to his residence. ... Peng Dehuai told [me] the
            # following.": his acts, then what he said is the next paragraph's (his turn starts there)
            self._narration(text, para)
            return
        if labelled and text.rstrip().endswith(".") and not text[markers[0][3].end:].strip() \
                and self.openings[_bare_label(text.strip().rstrip("."))]:
            # "Li Peng." alone in a notepad whose turns open "Li Peng: ...": a note's heading, not a label
            self._narration(text, para)
            return
        if labelled and markers[0][3].reported and not markers[0][3].end and self.current is not None \
                and not self.current["text"] and self.current["kind"] == "turn" and not self.current["reported"]:
            # "Comrade Zhou Enlai added:" alone, then "The equipment that comrade Beqir asked for ... has been
            # examined.": the words the label announced, not a report of the person they name
            markers, labelled = markers[1:], False
        if labelled and self.current is None and self._heading_label(text, markers[0][3]):
            self._before_first_turn(text, para, 0, len(text))  # "Cold War: Washington (Reagan-Gorbachev) Summit
            return                                             # (second one-on-one meeting)": a heading
        if not labelled and markers and markers[0][2] == "label" and markers[0][3].reported and markers[0][3].speaker \
                and ANSWER_WAS.fullmatch(text[:markers[0][0]].strip()):
            # "The answer was West Irian. Sukarno said that ...": the answer opens the turn of the one who gives it
            markers[0] = (0, 0, "label", Label(0, 0, "", markers[0][3].speaker, reported=True))
            labelled = True
        if not labelled and told_by and not (self.current and _same_person(self.current["speaker"] or "", told_by)):
            markers.insert(0, (0, 0, "label", Label(0, 0, "", told_by, reported=True)))
            labelled = True
        if not labelled and self.points_by and POINT.match(text) and not (
                self.current and _same_person(self.current["speaker"] or "", self.points_by)):
            markers.insert(0, (0, 0, "label", Label(0, 0, "", self.points_by, reported=True)))
            labelled = True
        if not labelled and self.reported and (self.current is None or self.current["label"] in FIRST_PERSON_LABELS) \
                and _he_reports(text, _numbered(text), self.parser.shouting):
            # "He then asked whether ..." after the author's "I said ...": not the author, who writes "I", but the
            # person the paragraph before names first ("Comrade Mengistu listened to ... He conveyed ..."), or
            # the last other person who spoke
            telegram = re.match(r"\d{1,4}\.[ ]+", self.previous) if self.current is None else None
            she = bool(SHE_OPENS.match(text))
            other = self._subject(self.previous[telegram.end():] if telegram else self.previous)
            if she and other and self._women() and not any(_same_person(other.speaker, w) for w in self._women()):
                other = None  # ("Minister Herzog interjected ..." / "She said ...": not he)
            other = other or (self._pronoun_speaker(para.location.line, she=she) if self.current else None)
            # (past a telegram's number: "498. Ben Gurion asked me to come to his office ..." / "He said it was hard")
            if other is None and (named := self.parser.one_titled(self.previous)) \
                    and not _same_person(named, self.narrator or self.signer or "\0"):
                other = Label(0, 0, "", named, reported=True)  # ("..., Bolivian Chargé d'Affaires a.i., Mr. Calvimontes,
                # called on me at his request." / "He informed me that ...")
            if other is None and self.current is None and (met := AUTHOR_WITH.search(self.previous)) \
                    and self._takes_part(met["name"]) and not _same_person(met["name"], self.narrator or self.signer or "\0"):
                other = Label(0, 0, "", met["name"], reported=True)  # ("I did, however, have a quarter of an hour with
                # Dobrynin by ourselves." / "In reply to my question, he said that ...")
            other = other or self._visited()
            if other is None and self.current is not None and (whom := self._interlocutor()):
                other = Label(0, 0, "", whom, reported=True)  # ("Subject: Conversation with Commandante Ernesto
                # Guevara of Cuba" ... "I asked him whether ..." / "He replied that ...")
                if any(not _same_person(m["name"], whom) for m in self.layout.titled_person.finditer(self.previous)):
                    self.notices.append(("speaker-to-confirm", para.location.line,
                                         f"'He ...' is read as {whom}'s words, the one person the record's head says "
                                         "the author talked with, but the paragraph before names another: check who "
                                         "'he' is here"))
            if other is None and self.current is not None and (asked := ADDRESSED_ROLE.search(self.previous)) \
                    and asked["noun"] in ROLE_NOUNS | self.layout.title_set:
                other = Label(0, 0, "", "", reported=True, role=asked["role"].title())  # ("I asked the desk officer
                # whether ..." / "He answered that ...": the one the author asked, whom the page does not name, a role)
            if other:
                markers.insert(0, (0, 0, "label", other))
                labelled = True
        if not labelled and self.reported and self.current is not None and (asker := self.current["speaker"]) \
                and HE_ANSWERS.match(text, _numbered(text)) and ASKED_LAST.search(self.current["text"]):
            # "Counselor Huang asked whether ... ." / "He answered that ...": the one asked answers, not the one who
            # asked: the last other person who spoke
            other = next((Label(0, 0, "", s["speaker"] or "", reported=True, role=s["role"] or "")
                          for s in reversed(self.segments) if s["kind"] == "turn" and (s["speaker"] or s["role"])
                          and s["label"] not in FIRST_PERSON_LABELS and not _same_person(s["speaker"] or "", asker)), None)
            if other:
                markers.insert(0, (0, 0, "label", other))
                labelled = True
        if labelled and markers[0][3].reported and not markers[0][3].end and text.endswith(":") \
                and not any(kind == "label" and start for start, _, kind, _ in markers) \
                and (introduced := self.parser.introduced(text) or self._introducer(text)) \
                and not _same_person(introduced.speaker, markers[0][3].speaker):
            # "After the greetings, and after comrade Beqir conveyed the regards of ..., comrade Mao Zedong said:":
            # the narration introduces the last person it names, whose words follow; the first one did not speak
            self.headers.append(("Narration", text))
            self._cover(para, 0, len(text), "header")
            self.introduced = introduced
            return
        if self.current is None and labelled and markers[0][3].reported \
                and (FOLLOWS_END.search(text) or FOLLOWING_TOPICS_END.search(text)) \
                and not any(kind == "label" and start for start, _, kind, _ in markers) \
                and (self.parser.start_label(self.following_words, self.declared, self.short, self.reported)
                     # (or the author's "I told him that ..." after "... I raised the following questions with him.")
                     or markers[0][3].printed == "I" and (FIRST_PERSON.match(self.following_words) is not None
                                                          # (or a report after a lead: "We touched upon the following
                                                          # questions." / "Speaking of ..., Malin observed that")
                                                          or self._named_lead_report(self.following_words, text))):
            # "On the evening of 27 June, Nasser received the Premier ... and spoke as follows of the relevant
            # situations:" and "1. Nasser said that ...": the narration that opens the record, when the next
            # paragraph has a label of its own ("Kadasch informed us about the following:" and his relay is a turn)
            self.headers.append(("Narration", text))
            self._cover(para, 0, len(text), "header")
            self.introduced = replace(markers[0][3], start=0, end=0)
            return
        if not labelled and self.reported and text.endswith(":") and FOLLOWS_END.search(text) \
                and OWN_WORDS_FOLLOW.search(SENTENCE_BREAK.split(text)[-1]):
            # "... My turn to speak came after ... As I reported by telephone, my intervention was along the following
            # lines:": the author's narration, and the author's own words after it
            self._introducing_narration(para)
            author = self.narrator or self.signer
            self.introduced = Label(0, 0, "I", author, role="" if author else AUTHOR)
            return
        talk = None if labelled else FROM_CONVERSATION.fullmatch(text.strip()) if text.endswith(":") \
            else INFORMATION_OF.fullmatch(text.strip()) if text.endswith(".") else None
        if talk and (heard := self.parser.start_label(f"{talk['name']}: .", self.declared, self.short, reported=False)) \
                and heard.speaker and not heard.role:
            # "From a conversation with Ambassador of the USSR, Drezdenko on ...:" over the points he made: his words
            # ("Information of Cde. Zhukov." over his report, in a Presidium's working notes)
            self._introducing_narration(para)
            self.introduced = Label(0, 0, "", heard.speaker, reported=True)
            return
        speaker_line = next((v for h, v in self.headers if h.casefold() in SPEAKER_HEADERS), self.parser.speaker_line) \
            if not labelled and self.current is None and SALUTATION.fullmatch(text.strip()) else ""
        if speaker_line:  # "Speaker: Comrade Zoltán Komócsin" in the minutes' head, then "Dear Comrades!": his speech
            name = re.sub(r"^(?:(?:Comrade|Com\.|Cde\.|Comrades)[ ]+)", "", speaker_line.split(",")[0].strip())
            self.introduced = Label(0, 0, "", name)
        if self.introduced and not labelled and not (self.current is None and TOPIC_HEADING.fullmatch(text)):
            # the quoted speech a narration paragraph introduced (not a topic's heading above the first turn)
            markers.insert(0, (0, 0, "label", self.introduced))
            labelled = True
        self.introduced = None
        if not labelled and self.current and TOPIC.match(text) and not self.layout.any_verb.search(text):
            # "3. On the visit of Comrade Shelepin to Hanoi:": the record's topic heading between one person's
            # opinions, no words of theirs; the next paragraph resumes the turn
            self._cover(para, 0, len(text), "stage")
            self._add("stage", text, para)
            self.resume = True
            return
        if not labelled and self.layout.narration and self.layout.narration.match(text) and len(text.split()) <= 60 \
                and not any(kind == "label" for _, _, kind, _ in markers):  # ("... at 10:00. Comrade Kim Il Sung: On ...")
            if self.current is None:  # "The meeting took place on 17 June ...": before the turns, a header line
                self.headers.append(("Narration", text))
                self._cover(para, 0, len(text), "header")
                return
            self._cover(para, 0, len(text), "stage")  # "The conversation lasted 50 minutes.": the recorder's
            self._add("stage", text, para)  # narration between turns, no speaker's words
            return
        if not labelled and self.current is None:
            glued = self._glued_turn(para, markers[0][0] if markers else None)
            if glued:
                self._before_first_turn(text[:glued].rstrip(), para, 0, glued)
                self._rest(para, glued)
                return
        if not labelled:
            introduced = self.parser.introduced(text)
            if introduced and self.current is None or introduced and not text.startswith(("“", '"')):
                self.headers.append(("Narration", text))  # the recorder's words, published as a header line
                self._cover(para, 0, len(text), "header")
                self.introduced = introduced
                return
        if not labelled and self.current is None and self.layout.monologue and _sentence_like(text):
            # a page that is one person's words throughout, without labels (its sidecar's monologue = "Name"): the
            # first paragraph that is no heading opens that person's turn, and the rest goes on in it
            markers.insert(0, (0, 0, "label", Label(0, 0, "", self.layout.monologue)))
            labelled = True
        if not labelled and (other := self._check_reported(para)):
            markers.insert(0, (0, 0, "label", replace(other, start=0, end=0, reported=True)))
            labelled = True
        host = None if labelled else self.current
        self.resume = self.resume and not labelled  # (a heading's turn resumed only by the paragraph after it)
        if not labelled:
            self.unlabelled.append(para)
            self._check_label_like(para)
        if self.reported:
            self._check_inner_reports(para, markers)
            if not labelled and self.current is not None and self.current["kind"] == "turn":
                self._check_continued(para)
        elif not labelled and self.current is not None and self.current["kind"] == "turn" and not self.current["reported"] \
                and (subhead := SUBHEAD_THEN_NARRATION.match(text)) and subhead[1].casefold() not in SPOKEN_HEADS:
            self.notices.append(("narration-in-turn", para.location.line,
                                 f"this paragraph opens with a magazine's run-in heading ('{subhead[1]}.') and joins "
                                 f"the turn of {self.current['speaker'] or self.current['role']}: if it is the page's "
                                 "narration, the words in it are no one's turn (put a label or a heading line above it)"))
        elif not labelled and self.current is not None and self.current["kind"] == "turn" and not self.current["reported"] \
                and HANDS_OVER.search(self.current["text"][-200:]):
            self.notices.append(("unread-label", para.location.line,
                                 f"this paragraph has no label and joins the turn of {self.current['speaker']}, whose "
                                 "words before hand the floor to another ('let him describe ...'): if the other "
                                 "answers here, give the paragraph their label"))
        cut = markers[0][0] if markers else len(text)
        self._continue(text[:cut].strip(), para, 0, cut)
        for index, (start, end, kind, found) in enumerate(markers):
            following = markers[index + 1][0] if index + 1 < len(markers) else len(text)
            piece = text[end:following].strip()
            if kind == "close":  # the bracket that closes an interjection ending the paragraph
                self._cover(para, start, end, "label")
                continue
            if kind == "stage":
                self._cover(para, start, end, "stage")
                self._add("stage", (found["p"] or found["b"]).strip(), para, offset=start)
                if piece and self.current:
                    self._cover(para, end, following, "turn")
                    resumed = self._add("turn", piece, para, offset=end, speaker=self.current["speaker"],
                                        continues=self.current["position"], like=self.current)
                    self.current = resumed
                elif piece:
                    self._before_first_turn(piece, para, end, following)
                continue
            label: Label = found
            self._cover(para, start, end, "label")
            self._cover(para, end, following, "turn")
            if label.declares:
                self._declare(label.declares, label.speaker)
            turn = self._add("turn", piece, para, offset=start, label=label.printed, speaker=label.speaker,
                             embedded_in=host["position"] if host and start > 0 else None, found=label)
            self.current = turn
            if host is None:
                host = turn
        if markers and markers[-1][0] > 0 and markers[-1][2] == "label" and markers[-1][3].role == ANSWER \
                and host is not None and host["role"] != ANSWER and self.interrupted is None:
            self.interrupted = host  # "...? Answer: that is a fair description.": the asker's points go on after it
        if self.interrupted is not None:  # the interrupted speaker goes on in the next paragraph, a turn of theirs
            host, self.interrupted = self.interrupted, None
            self.introduced = Label(0, 0, "", host["speaker"] or "", reported=host["reported"], role=host["role"] or "")

    def _headed_report(self, text: str, label: Label) -> Label | None:
        """"Korea: Deng said that Kim Il Sung ...": a colon "label" of no one who takes part, then a report of one
        who does: the paragraph's topic heading, and that report is its turn (a full stop too: "Jordan. The Foreign
        Secretary opened the discussion of Jordan by noting that ...")."""
        stop = text[:label.end].rstrip().endswith(".")  # (a topic's run-in heading may be a known name: "Jordan.")
        if not label.end or label.reported or label.role or not text[:label.end].rstrip().endswith((":", ".")) \
                or self.parser.is_known(label.speaker) and not stop or self._takes_part(label.speaker) \
                or label.printed.split()[0].casefold() in self.layout.title_set \
                and not re.fullmatch(r"[A-Za-z]\.", label.printed.split()[0]):  # ("C. Visit:": a point's letter)
            return None  # (a person's title, "Cde. Beria: Comrade Rákosi again says ...": his words of the other)
        after = self.parser.start_label(text[label.end:].lstrip(), self.declared, self.short, reported=True)
        if after and after.reported and not after.end and after.speaker and after.speaker != label.speaker \
                and (self._takes_part(after.speaker) or self.parser.is_known(after.speaker)
                     or after.role and (self._role_named(after.role) or stop)):
            # (or a role the participants name: "Middle East Trip: The Secretary opened by giving Amb. Dobrynin ...")
            return Label(0, 0, after.printed, after.speaker, reported=True, role=after.role)
        return None

    def _heading_label(self, text: str, label: Label) -> bool:
        """Before the first turn, a colon "label" of a name nobody knows, no title, whose words end no
        sentence: a heading ("Cold War: Washington Summit (second one-on-one meeting)"), not a turn."""
        said = text[label.end:]
        if label.end and not label.reported and CONTENTS_ENTRY.fullmatch(said.strip()):
            return True  # "Premier Zhou Enlai and Nkrumah:   First Talks (1)": a list of contents, its page numbers
        # (a known person's name too, before a record's kind: "Mao Zedong: Conversations after the restoration of
        # the United Nations seat", a collection's heading)
        return bool(label.end) and not label.reported and not label.role and text[:label.end].rstrip().endswith(":") \
            and (not self.parser.is_known(label.speaker) and not self._takes_part(label.speaker)
                 or bool(RECORD_HEADING.match(said.strip()))) \
            and 0 < len(said.split()) <= 20 and not re.search(r"\w[.!?…]", said) and len(label.speaker.split()) >= 2

    def _points_owner(self, text: str) -> str:
        """Whose points an author's paragraph introduces ("I received Comrade Pak Gyeong-sun, the DPRK's
        ambassador, ... who marked the purpose of his visit in the following points:"): the one person
        it names who takes part, not the author; "" if none or several."""
        named = {m["name"] for m in self.layout.titled_person.finditer(text) if self._takes_part(m["name"])
                 and not _same_person(m["name"], self.narrator or self.signer or "")}
        if not named and (met := TALKED_WITH.search(text)) and self._takes_part(met["name"]):
            return met["name"]  # "I talked with Nhu for nearly two hours. His principal points:"
        if not named and (host := RECEIVED_BY.search(text)) and FIRST_PERSON.search(text, 0, host.start()):
            return host["name"]  # "I have been received today ... by N.P.Firiubin, ... he declared the following:"
        return next(iter(named)) if len(named) == 1 else ""

    def _titled_addressee(self, text: str) -> bool:
        """A name alone on its line that the title or the page's head says the record is sent to ("Secret Telegram
        from Maneli (Hanoi) to Spasowski (Warsaw)" over "Spasowski:"): the salutation, though a blog copy's
        translation prints it again."""
        match = LABEL_ALONE.fullmatch(text.strip())
        name = text.strip()[:-1].split()[-1] if match else ""
        return bool(name) and bool(re.search(rf"\b(?:from|From)\b[^\n]{{0,80}}\bto[ ]+(?:[A-Z][\w.’'\-]*[ ]+){{0,3}}?"
                                             rf"{re.escape(name)}\b", f"{self.title}\n{self.parser.head}"))

    def _addressee(self, text: str) -> bool:
        """A label alone on its line ("Ambassador Huang [Zhen]:") at the top of a cable: its addressee (or with
        a full stop, before the cable's subject: "Comrade [Yugoslav Foreign Minister] Koča [Popović]. Talks with ...")."""
        match = self.layout.label_at_start(text)
        rest = text[match.end():].strip() if match else ""
        if match and self.openings[_bare_label(text[:match.end()].rstrip(" :."))] >= 2:
            return False  # the label opens another paragraph too: a speaker's
        return bool(match and not match["verb"] and (match["title"] or match["name"])
                    and (match["sep"] == ":" and not rest or match["sep"] == "." and CABLE_SUBJECT.match(rest)))

    def _subject(self, text: str) -> Label | None:
        """The person a paragraph's first sentence opens with, after a lead of time or place: "Comrade [Hans]
        Kopmann was received on 2 April ...", "On 3 May, Comrade Mengistu listened ..." (no author, no role); after
        a telegram's visit with its "I" left out, the one visited ("298. Called on Aung San at Secretariat ...")."""
        visit = TELEGRAPHIC_VISIT_VERB.match(text)
        name = _opening_name(text[visit.end():] if visit else text)
        first = name.split()[0].casefold() if name else ""
        if not first or first in self.layout.not_first or first in MONTHS:
            return None
        at = text.find(name)
        if at >= 0 and re.match(r"[ ]+(?:he|she|they|we|I|it)\b", text[at + len(name):]):
            return None  # ("Figures he had seen in press were not official ...": the sentence's object, put first)
        label = self.parser.start_label(f"{name}: .", self.declared, self.short, reported=False)
        if not label or not label.speaker or label.role or label.printed == "I" \
                or _same_person(label.speaker, self.narrator or self.signer or "\0") \
                or not (self._takes_part(label.speaker) or self.parser.is_known(label.speaker)
                        or first in self.layout.title_set):  # ("Comrade [Hans] Kopmann")
            return None
        return Label(0, 0, "", label.speaker, reported=True)

    def _met_before(self, text: str, pos: int) -> Label | None:
        """Who "He" at ``pos`` is when the sentence before it is the author's call on one he names: "I also saw Parodi
        briefly afterwards. He confirmed that ...", "I called on Geoffrey Howe ... He listened patiently and then
        said ..." (not an office alone: "I saw Prime Minister ...", which the page may name otherwise)."""
        met = MET_NAMED.match(text, max(_last_sentence(text, pos), _numbered(text)), pos)  # ("142. I saw Mendes ...")
        if met is None or met["name"].casefold() in self.layout.title_set:
            return None
        host = self.parser.start_label(f"{met['name']}: .", self.declared, self.short, reported=False)
        if host is None or not host.speaker or host.role or self._authors_turn(host.speaker):
            return None
        return Label(0, 0, "", host.speaker, reported=True)

    def _antecedent(self, text: str, pos: int) -> Label | None:
        """Who "He" at ``pos`` is when the sentence before it names one person by a title, other than the
        author, before any clause it reports: "On February 3rd, the Deputy Head of Protocol, Comrade Kim Hyeon-guk,
        visited our embassy. He informed us that ..." (not a sentence of the author, whose object may be anyone)."""
        sentence = re.split(r"\b(?:that|whether|if)\b", text[_last_sentence(text, pos):pos])[0]
        author = self.narrator or self.signer or "\0"
        whole = [piece for piece in SENTENCE_BREAK.split(text[:pos]) if piece.strip()][-1:] or [""]
        if RESTORED_NAME.search(whole[0]) and not RESTORED_NAME.search(sentence):
            sentence = whole[0]  # (the editor's brackets end no sentence: "I received US chargé [Gatry] at his request.")
        if (asked := ASKED_BY_I.search(sentence)) or FIRST_PERSON_ACT.search(sentence):  # "I asked the deputy chairman ...,
            # Comrade Ri Gi-yeong, why ... He replied that ...", "I paid a visit to the Polish Ambassador, Comrade
            # Wiktor Sztajner. He told me ...": the one the author asked or met, whom the sentence names by a title
            named = {m["name"] for m in self.layout.titled_person.finditer(sentence) if not _same_person(m["name"], author)} \
                or set(RESTORED_NAME.findall(sentence))  # (or the name the editor restores: "US chargé [Gatry]")
            if not named and asked and (whom := ADDRESSED_TITLED.match(sentence, asked.end())):
                named = {whom["name"]}  # ("I said to Com. Tito that it would be best ... He agreed.")
            if not named and (whom := ASKED_NAMED.search(sentence)) \
                    and (self._takes_part(whom["name"]) or self.parser.is_known(whom["name"])):
                named = {whom["name"]}  # ("I asked Subandrio about reports that ... He said Cabinet had not ...")
            if len(named) > 1:  # ("I delivered to comrade Chen Yi the greetings of comrade Enver Hoxha ...": whom
                addressed = {m["name"] for m in self.layout.titled_person.finditer(sentence)  # it went to)
                             if re.search(r"\b(?:to|told|asked|informed|thanked)[ ]+$", sentence[:m.start()])}
                named = addressed if len(addressed) == 1 else named
            label = self.parser.start_label(f"{next(iter(named))}: .", self.declared, self.short, reported=False) \
                if len(named) == 1 else None
            return Label(0, 0, "", label.speaker, reported=True) if label and label.speaker and not label.role else None
        if FIRST_PERSON.search(sentence) or re.search(r"\b[Ww]e\b", sentence):
            return None  # ("I replied that Director Yi had been out of town. He said ...": "he" is not Yi)
        subject = self._subject(sentence)
        if subject:
            return subject
        named = {m["name"] for m in self.layout.titled_person.finditer(sentence)
                 if not _same_person(m["name"], author)}
        if len(named) != 1:
            return None
        label = self.parser.start_label(f"{next(iter(named))}: .", self.declared, self.short, reported=False)
        return Label(0, 0, "", label.speaker, reported=True) if label and label.speaker and not label.role else None

    def _introducing_narration(self, para: Paragraph) -> None:
        """A paragraph of the record's narration that introduces the words after it: a stage direction inside a
        turn, a header line ("Narration") before the first."""
        self._cover(para, 0, len(para.text), "stage" if self.current else "header")
        if self.current:
            self._add("stage", para.text, para)
        else:
            self.headers.append(("Narration", para.text))

    def _glued_signer(self, glued: Sequence[str], above: list[Paragraph]) -> str:
        """The name of a signature whose lines the page glued to the archive's summary below them, under a record in
        its author's first person: a name alone, after "Signed", under an office or over the cable's number and date
        ("" if none)."""
        lines = [line.strip() for line in glued  # (without "Signed" above, or the cable's number and date below:
                 if not SIGNED_WORD.fullmatch(line.strip()) and not FILE_LINE.fullmatch(line.strip())]  # "No. 4")
        if len(lines) == 2 and (OFFICE_BELOW.match(lines[0]) or SIGNER_OFFICE.match(lines[0])):
            lines = lines[1:]  # (the office above the name)
        if len(lines) != 1 or not any(FIRST_PERSON.search(p.text) or WE_SAID.search(p.text) for p in above):
            return ""
        name = lines[0]
        if INITIALLED.match(name) or FULL_NAME_LINE.match(name) or SURNAME_SIGNED.match(name) \
                and name.casefold() not in NOT_SIGNERS | self.layout.title_set:
            return " ".join(self.layout.normalise(w) for w in name.split())
        return ""

    def _visited(self) -> Label | None:
        """The one titled person a telegram's first sentence says the author called on ("322. Called on President
        Kekkonen at his residence ..." / "On Finnish-Soviet relations he repeated that ..."), as a reported label."""
        author = self.narrator or self.signer or "\0"
        received = RECEIVED_ME.search(self.visit)
        if received and received["who"].casefold().removeprefix("the ") in self.layout.title_set:
            # "611. My telegram 598. King received me yesterday with Acting Foreign Minister Ali Mohammed in
            # attendance.": the King, whom the page names by his office alone, not the one named in attendance
            return Label(0, 0, received["who"], "", reported=True, role=received["who"])
        visited = {GLUED_NOTE_NUMBER.sub("", m["name"]) for m in self.layout.titled_name.finditer(self.visit)
                   if not _same_person(m["name"], author)}  # (a note's number glued on: "Marshal Tito3 would receive me")
        called = I_CALLED_ON.search(self.visit) if len(visited) > 1 else None
        first = self.layout.titled_name.match(self.visit, called.end() - 1) if called else None
        if first and not _same_person(first["name"], author):  # ("I called on Prime Minister Abdullah as-Sallal and
            visited = {first["name"]}  # handed him the letter of Premier Zhou": whom the author called on)
        if not visited and (met := VISITED_NAME.search(self.visit)) and _loose_name(met["name"]) \
                and not _same_person(met["name"], author):
            visited = {met["name"]}  # ("384. 1. My call on Mosadeq this evening ran ...": a name with no title)
        if not visited and (met := RECEIVED_ME.match(self.visit)) and _loose_name(met["who"]) \
                and not _same_person(met["who"], author):
            visited = {met["who"]}  # ("Chou En-lai saw me late last night at my request.")
        visited = {name for name in visited if name.split()[0].casefold() not in MONTHS}  # ("THE PM FEBRUARY 27")
        return Label(0, 0, "", visited.pop(), reported=True) if len(visited) == 1 else None

    def _interlocutor(self) -> str:
        """The one person a first-person record's head says its author talked with ("Subject: Conversation with
        Commandante Ernesto Guevara of Cuba", "Notes on Conversation With President Fidel Castro on ...", "My Meeting
        With Brezhnev"), or "" when it names none, several, or one the page cannot resolve to a person."""
        from ld.speakers import fold

        head = [self.title, *(v for _, v in self.headers), *(t for _, t in self.unattributed[:3]),
                *(s["text"] for s in self.segments[:3] if s["kind"] == "stage")]
        found: set[str] = set()
        for text in head:
            for match in TALK_WITH_WHOM.finditer(text):
                if re.match(r"[ ]+(?:and|AND|&)[ ]+(?:with[ ]+)?[A-Z]", text[match.end():]):
                    return ""  # ("Conversation with President Nyerere and Vice President Kawawa": two)
                label = self.parser.start_label(f"{match['whom']}: .", self.declared, self.short, reported=False)
                if not label or not label.speaker or label.role:
                    return ""  # ("a meeting with the Soviet Ambassador": someone the page may name otherwise)
                found.add(label.speaker)
        between = OFFICIAL_AND.search(self.title) if not found else None
        if between:  # FRUS: "Memorandum of Conversation Between the Ambassador in Belgium (Burden) and Patrice Lumumba":
            # the official, his surname in brackets, writes the record; the other is whom he talked with
            label = self.parser.start_label(f"{between['whom']}: .", self.declared, self.short, reported=False)
            if label and label.speaker and not label.role:
                found.add(label.speaker)
        if len({fold(name).split()[-1] for name in found}) != 1:  # one surname: "Ernesto Che Guevara" and
            return ""                                              # "Commandante Ernesto Guevara" are one man
        whom = min(found, key=lambda name: (not self.parser.is_known(name), -len(name), name))
        return "" if _same_person(whom, self.narrator or self.signer or "\0") else whom

    def _lists_participants(self) -> bool:
        """Does the page list who took part ("Participants: ...", or its bullets with the heading lost)?"""
        return any(h.casefold().rstrip(":") in self.layout.participant_headers for h, _ in self.headers)

    def _pronoun_speaker(self, line: int, here: tuple[Label, ...] = (), she: bool = False) -> Label | None:
        """Who "He" is in a record in its author's first person: the last person other than the author
        who spoke, on an earlier paragraph or ``here``, earlier in this one. Said when the page has had
        several such persons (it may be any of them). "She" (``she``) is the last of them the page names as a woman
        ("Mrs. Meir"), or the one woman it names so; None if it names none."""
        author = self.narrator or self.signer or "\0"  # (nor the author's sentence that drops its "I": "Told him ...")
        others = [(s["speaker"] or "", s["role"] or "") for s in self.segments
                  if s["kind"] == "turn" and s["label"] not in FIRST_PERSON_LABELS and (s["speaker"] or s["role"])
                  and s["role"] != AUTHOR and not (not s["label"] and s["speaker"] == author)]
        others += [(label.speaker, label.role) for label in here
                   if label.printed not in FIRST_PERSON_LABELS and (label.speaker or label.role) and label.role != AUTHOR
                   and not (not label.printed and label.speaker == author)]
        if she:
            women = self._women()
            spoken = [(s, r) for s, r in others if s and any(_same_person(s, w) for w in women)]
            if not spoken and len(women) == 1:
                return Label(0, 0, "", next(iter(women)), reported=True)  # ("Mrs. Meir opened ..." / "She said ...")
            others = spoken
        if not others:
            return None
        speaker, role = others[-1]
        if len({s or r for s, r in others}) > 1:
            self.notices.append(("speaker-to-confirm", line,
                                 f"'He ...' is read as {speaker or role}'s words, the last "
                                 "person other than the author to speak: check who 'he' is here"))
        return Label(0, 0, "", speaker, reported=True, role=role)

    def _women(self) -> set[str]:
        """The persons the page names with a woman's title ("Mrs. Meir", "Madame Sihanouk"), by the name after it."""
        if self._women_named is None:
            titles = alternation(self.layout.data["female_titles"])
            found = {m[1] for m in re.finditer(rf"\b(?:{titles})[ ]+((?:[A-Z][\w’'\-]+[ ]){{0,2}}[A-Z][\w’'\-]+)",
                                               self.parser.page_text)}
            self._women_named = {n for n in found if not any(n != o and _same_person(n, o) and len(o) > len(n)
                                                               for o in found)}  # ("Golda Meir" for "Meir" too)
        return self._women_named

    def _check_label_like(self, para: Paragraph) -> None:
        """A paragraph that starts like a label ("So Chol-u [So Cheol-u]: ...") but was not read as one
        joins the turn before it: say so, so that a curator maps it or confirms it."""
        match = self.layout.label_at_start(para.text)
        if not match or match["sep"] != ":":
            match = self.layout.dashed.match(para.text)  # "Bulganin – Agrees." for an unlisted Bulganin
        bare = BARE_NAME.match(para.text) if not match or not match["name"] else None
        if self.current is not None and bare and bare[2].casefold() in self.layout.speech_openings \
                and (self.parser.is_known(bare[1]) or self._takes_part(bare[1])) \
                and not _same_person(bare[1], self.current["speaker"] or ""):
            self.notices.append((  # "Kosygin Let me add ...": a surname with no mark, printed so once
                "unread-label", para.location.line,
                f"{bare[1]!r} starts this paragraph like a speaker label with no colon but is not read as one, so "
                f"the paragraph joins the turn of {self.current['speaker']}: if it is a speaker, map it under "
                f"[speakers] in the sidecar"))
            return
        current = self.current
        lost = LOST_COLON.match(para.text) if current is not None and not (match and match["sep"] == ":") else None
        if lost and current is not None and self.openings[_bare_label(lost[1])] >= 2 \
                and _bare_label(lost[1]) != _bare_label(current["label"] or ""):
            self.notices.append((  # "The Chancellor Let me say ..." where the page prints "The Chancellor:" again and
                "unread-label", para.location.line,  # again: its colon lost
                f"{lost[1]!r} starts this paragraph like the page's labels but has no colon, so the paragraph joins "
                f"the turn of {current['speaker']}: if it is a speaker, put the colon back"))
            return
        period = PERIOD_LABEL.match(para.text) if not (match and match["name"]) else None
        if period and current is not None and not period["first"] \
                and re.fullmatch(r"[A-Z][a-z][\w’'\-]+", current["label"] or "") \
                and period["name"].casefold() not in self.layout.title_set | self.layout.speech_openings \
                and period["name"].casefold() not in self.layout.not_first and len(para.text) > period.end() + 20:
            self.notices.append((  # "Akhromeyev. I must say ..." in the turn of "Gorbachev. ...": a label of that shape
                "unread-label", para.location.line,
                f"{period[0].strip()!r} starts this paragraph like the page's surname labels but is not read as one, so "
                f"the paragraph joins the turn of {current['speaker']}: if it is a speaker, map it under [speakers] in "
                f"the sidecar"))
            return
        shouted = PERIOD_CAPS.match(para.text) if current is not None and (current["label"] or "").isupper() else None
        if current is not None and shouted and shouted["name"].casefold() not in self.layout.title_set \
                and shouted["name"].casefold() not in NOT_SIGNERS and len(para.text) > shouted.end() + 20:
            self.notices.append((  # "ZORIN. With regard to ..." in a record whose labels are surnames in capitals
                "unread-label", para.location.line,
                f"{shouted[0].strip()!r} starts this paragraph like a speaker label in the page's capitals but is not "
                f"read as one, so the paragraph joins the turn of {current['speaker']}: if it is a speaker, map it "
                f"under [speakers] in the sidecar"))
            return
        marked = NAME_MARK.match(para.text) if current is not None and not (match and match["name"]) else None
        if marked and current is not None and (self.parser.is_known(marked["name"]) or self._takes_part(marked["name"])) \
                and not _same_person(marked["name"], current["speaker"] or "") and len(para.text) > marked.end() + 10:
            self.notices.append((  # "Cde. Molotov--Left to himself, ...": a name and a mark the layout does not read
                "unread-label", para.location.line,
                f"{marked[0].strip()!r} starts this paragraph like a speaker label of another shape, so the paragraph "
                f"joins the turn of {current['speaker'] or current['role']}: if it is a speaker, give the label a "
                f"colon, or map it under [speakers] in the sidecar"))
            return
        if self.current is None or not match or not match["name"]:
            return
        words = [w for w in match["name"].split() if not w.startswith("[")]
        name = " ".join(words)
        if not para.text[match.end():].strip() or not words or words[0].casefold() in self.layout.not_first:
            return
        if len(words) < 2 and not (self.parser.is_known(name) or self._takes_part(name)):
            return
        self.notices.append((
            "unread-label", para.location.line,
            f"{match['label'].strip() + (match.groupdict().get('sep') or '')!r} starts this paragraph like a speaker "
            "label but is not read as "  # (a dash label's match has no separator: "Bulganin – ...")
            f"one, so the paragraph joins the turn of {self.current['speaker']}: if it is a speaker, map it "
            f"under [speakers] in the sidecar or add its title to extra_titles under [layout]"))

    def _both_sides(self, text: str) -> Label | None:
        """"The two General Secretaries agreed that ...", "Both interlocutors agreed ...": in a page of reported speech
        whose turns so far are of two persons, a turn of both."""
        match = BOTH_SIDES.match(text)
        if not match or not self.layout.any_verb.match(text, match.end()):
            return None
        spoken = list(dict.fromkeys(s["speaker"] for s in self.segments if s["kind"] == "turn" and s["speaker"]
                                    and not s["co_speaker"]))
        if len(spoken) != 2:
            return None
        return Label(0, 0, match[0].strip(), spoken[0], co_speaker=spoken[1], reported=True)

    def _check_continued(self, para: Paragraph) -> None:
        """In a page of reported speech, a paragraph that joins the turn before although it reads as another's words:
        the author's first person inside another's turn ("To my remark that ..., he said", "Thanking [me] for ...")
        or, inside the author's turn, a sentence that reports a participant ("..., Castro said that"). Said: the
        paragraph may be a turn the parser could not open."""
        text, author = para.text, self.narrator or self.signer
        speaker = self.current["speaker"] or self.current["role"] or "" if self.current else ""
        authors = self.current is not None and (self.current["label"] == "I" or self.current["role"] == AUTHOR
                                                or bool(author) and _same_person(author, speaker))
        if REPLY_OPENING.match(text) or BOTH_SIDES.match(text):
            self.notices.append(("reported-in-turn", para.location.line,  # ("In reply it was stated that ...",
                                 f"this paragraph joins the turn of {speaker or 'the speaker before'} but opens as "
                                 "another's words (a reply, or both sides): if it is another's turn, open it with "
                                 "their name"))  # "Both interlocutors agreed ..." in one man's turn)
            return
        if not authors:
            words = AUTHORS_WORD if any(s["label"] == "We" for s in self.segments) else AUTHOR_WORD  # (a plural author)
            mine = next((m for m in words.finditer(text) if not _in_quotation(text, m.start())), None)
            if mine:
                self.notices.append(("reported-in-turn", para.location.line,
                                     f"this paragraph joins the turn of {speaker or 'the speaker before'} but speaks in "
                                     f"the author's first person ({mine[0]!r}): if the author or another speaks here, "
                                     "open the paragraph with their name"))
            return
        first = SENTENCE_BREAK.search(text)  # (and a name after a lead with no comma: "Thanking [me] for the
        # information Fidel Castro said that ...")
        for boundary in (0, *(b.end() for b in BOUNDARY.finditer(text)), *(c.end() for c in COMMA_THEN_NAME.finditer(text)),
                         *(c.end() for c in LOWER_THEN_NAME.finditer(text, 0, first.start() if first else 300))):
            match = self.layout.reported.match(text, boundary) if text[boundary:boundary + 1].isupper() else None
            label = self.parser.read_label(match, False, self.declared, reported=True) if match else None
            if match and label and label.speaker and not label.role and not _same_person(label.speaker, speaker) \
                    and (self._takes_part(label.speaker) or self.parser.is_known(label.speaker)):
                self.notices.append(("reported-in-turn", para.location.line,
                                     f"this paragraph joins the author's turn but reports {label.speaker} "
                                     f"({text[boundary:match.end()]!r}): if it is their turn, open the paragraph with "
                                     "their name"))
                return

    def _check_inner_reports(self, para: Paragraph, markers: list) -> None:
        """In a page of reported speech, a sentence inside a turn that reports another person and was not
        split off (a role, or no indirect speech after the verb: "... two bilateral matters. The Secretary
        replied that ..."): say so, naming the line."""
        text = para.text
        starts = {m[0]: m[3] for m in markers if m[2] == "label"}
        speaker = starts[0].speaker if 0 in starts else self.current["speaker"] if self.current else None
        for boundary in BOUNDARY.finditer(text):
            pos = boundary.end()
            if pos in starts:
                speaker = starts[pos].speaker
                continue
            if not _sentence_starts(text, pos):
                continue
            match = self.layout.reported.match(text, pos)
            label = self.parser.read_label(match, False, self.declared, reported=True) if match else None
            if match is None and speaker and SAID_IN_SENTENCE.match(text, pos) \
                    and (name := _opening_name(text[pos:pos + 80])) and not _in_quotation(text, pos) \
                    and (named := self.parser.start_label(f"{name}: .", self.declared, self.short, reported=False)) \
                    and named.speaker and not named.role and not _same_person(named.speaker, speaker) \
                    and (self._takes_part(named.speaker) or self.parser.is_known(named.speaker)):
                self.notices.append((  # ("... Comrade Chen Yi was silent for a moment and then said, “...”")
                    "reported-in-turn", para.location.line,
                    f"{name!r} inside this paragraph speaks but joins the turn of {speaker}: put their words on a "
                    "paragraph of their own"))
                return
            if match is None or label is None or not (label.role or self._takes_part(label.speaker)) \
                    or speaker is None or _same_person(label.speaker, speaker):
                continue
            self.notices.append((
                "reported-in-turn", para.location.line,
                f"{text[pos:match.end()]!r} inside this paragraph reports {label.speaker}'s words but joins the "
                f"turn of {speaker or 'the author'}: put the report on a paragraph of its own"))
            return

    def _report_of_participant(self, text: str) -> Label | None:
        if EDITORS_PARAGRAPH.fullmatch(text):
            return None  # "[When the session was over, General Secretary Brezhnev asked Dr. Kissinger to stay.]3": the
            # editor's narration, in brackets whole, is no report of the recorder's
        label = self._participant_report(text)
        if label and self.current and not self.current["reported"] and not self.current["text"].strip(" .…[]") \
                and _same_person(label.speaker, self.current["speaker"] or ""):
            return None  # "EDWARD GIEREK:" alone, "[…]", then "Comrade Gierek informed ...": the label's own turn
        return label

    def _participant_report(self, text: str) -> Label | None:
        """In a page of direct speech, "Comrade Enver Hoxha thanked him and ...", "A.I. MIKOYAN noted
        that ..." or "After mutual greetings, Com. Dorticos said that ..." is the recorder's account of
        a participant's words: a reported turn when it has the recorder's marks (a title, capitals,
        initials) and the title names that person, or a header line lists them, or they have spoken
        here. A person who takes no part ("In a letter, John F. Kennedy raised ..." in Mao's turn) is
        quoted, not reporting: that paragraph joins the turn and is flagged."""
        if self.reported or self.layout.reported_speech != "auto":
            return None
        match = self.layout.reported_at_start(text)
        if match and match["verb"].lower() in GIFT_VERBS and PRESENTED_WITH.match(text, match.end()):
            return None  # "..., Dr. Kissinger presented the Special Adviser with an album ...": a gift, no words
        if self.current and match and match["title"] and not match["name"] and REPORTED_CLAUSE.match(text, match.end()):
            role = self.parser.read_label(match, True, self.declared, reported=True)
            if role and role.role and self._role_named(role.role) and not (
                    self.current and _same_person(role.role, self.current["role"] or "")):
                return role  # "The Prime Minister said that ..." between turns, in a page whose title names the role
        label = self.parser.read_label(match, True, self.declared, reported=True) if match and match["name"] else None
        if label and match and REPORTED_CLAUSE.match(text, match.end()) and self._named_before(label.speaker) \
                and not self._speaking(label.speaker):
            return label  # "Subandrio said that ...", "While greeting Kosygin, Mao Zedong states that ...": the
            # title's guest, reported by the recorder, not quoted
        if label and match and match["verb"] in GREETINGS and not self.layout.any_verb.search(
                SENTENCE_BREAK.split(text[match.end():], maxsplit=1)[0]):
            return None  # "Ahead of the conversation, comrade Mao Zedong greeted the comrades ... at the door": an act
        if label is None or not match or not (match["title"] or self.parser._strong(label, match)):
            return self.parser.account(text, self.declared, lambda found, how: bool(
                (how["title"] or self.parser._strong(found, how)) and self._takes_part(found.speaker)))[0]
        return label if self._takes_part(label.speaker) else None

    def _role_named(self, role: str) -> bool:
        """Does the title or a header line name this role, or its synonym ("Premier", "Prime Minister")? (Or a
        telegram's first sentence, of the author's visit: "304. Shah received me late yesterday ...")"""
        from ld.speakers import ROLE_SYNONYMS, fold

        wanted = re.sub(r"^the ", "", fold(role).rstrip("."))
        wanted = self.role_aliases.get(wanted, wanted)  # ("The Sec." of a telephone note: the Secretary)
        context = fold(" ".join([self.title, self.visit, *(v for _, v in self.headers)]))  # (or a participant line)
        return any(re.search(rf"\b{re.escape(r)}\b", context) for r in (wanted, *ROLE_SYNONYMS.get(wanted, ()))) \
            or wanted in self.office_roles  # (or an office of the government whose record this is: ld/data/offices.toml)

    @cached_property
    def role_aliases(self) -> dict[str, str]:
        """The layout's short forms of roles, folded ("sec" for "secretary")."""
        from ld.speakers import fold

        return {fold(k).rstrip("."): fold(v) for k, v in self.layout.data["role_aliases"].items()}

    @cached_property
    def office_roles(self) -> frozenset[str]:
        """The offices a government's record names by their role alone ("The Prime Minister said that ..." in a
        record the British National Archives keep), whose holder on the record's date the speakers' resolution
        reads (looked for only when a role reports: the marks are sought over the whole page)."""
        from ld.speakers import office_roles

        return office_roles(self.parser.page_text)

    def _role_titled(self, role: str) -> bool:
        """Does the page print this role as the title of one person, who takes part ("Governor Harriman", "Ambassador
        Eagleburger"; not "President Ford", whose words Kissinger relays)? The speakers' resolution then reads "The
        Governor" as that person."""
        word = re.sub(r"^the ", "", role.strip().rstrip("."), flags=re.I)
        if not word or " " in word:
            return False
        names = set(re.findall(rf"\b{re.escape(word[:1].upper() + word[1:])}[ ]+((?:[A-Z]\.[ ]?)*[A-Z][a-z][\w’'\-]+)",
                               self.parser.page_text))
        return len(names) == 1 and self._met(next(iter(names)))

    def _speaking(self, name: str) -> bool:
        """Is this the person whose direct speech the paragraph would continue?"""
        return bool(self.current and not self.current["reported"] and _same_person(name, self.current["speaker"] or ""))

    def _named_before(self, name: str) -> bool:
        """Does the page's title or a header line ("Part II: Summary of Conversation of Vice Premier Chen and
        Andropov", "Present: ...") name this person (every word of the name, initials aside)?"""
        from ld.speakers import fold

        words = [re.sub(r"\W", "", w) for w in fold(name).split() if not re.fullmatch(r"(?:\w\.)+\w?", w)]
        named = set(re.findall(r"\w+", fold(" ".join([self.title, *(f"{h} {v}" for h, v in self.headers)]))))
        return bool(words) and all(w in named for w in words)

    def _met(self, name: str) -> bool:
        """Does the title, a header of the record's own (not the site's closing block, whose summary names whom the
        talk was about) or an earlier turn name this person (every word of the name, initials aside)?"""
        from ld.speakers import fold

        words = [re.sub(r"\W", "", w) for w in fold(name).split() if not re.fullmatch(r"(?:\w\.)+\w?", w)]
        named = set(re.findall(r"\w+", fold(" ".join([
            self.title, *(v for h, v in self.headers if h != "Document Information"),
            *(t for _, t in self.unattributed[:5] if MET.search(t)),  # ("Comrade Tito had a talk with Brezhnev ...")
            self.visit,
            *(s["speaker"] or "" for s in self.segments if s["kind"] == "turn")]))))
        return bool(words) and all(w in named for w in words)

    def _takes_part(self, name: str) -> bool:
        """Does the title, a header line or an earlier turn name this person (all of the name's words,
        or a name with these initials: "NC" for Nicolae Ceausescu)?"""
        # accents and case away ("Rodriguez" is "Rodríguez"); imported here: ld.speakers -> ld.register ->
        # ld.config -> ld.schema reads this module's layout keys
        from ld.speakers import fold

        if self.parser.loose and 1 <= len(name.split()) <= 3 and len(name) > 2 and _loose_name(name) \
                and not {w.casefold().rstrip(".") for w in name.split()} & (self.layout.header_words | NOT_NAME_WORDS):
            return True  # (the loose reading: anyone named with a verb of speech takes part)
        if len(self.segments) < self._scanned:  # (the turns' speakers so far, each once, read on from the last look:
            self._scanned, self._turn_speakers = 0, {}  # a page of 5,000 turns re-read them all at each turn)
        for segment in self.segments[self._scanned:]:
            if segment["kind"] == "turn":
                self._turn_speakers.setdefault(segment["speaker"] or "", None)
        self._scanned = len(self.segments)
        state = (len(self.headers), len(self._turn_speakers), min(len(self.segments), 3), len(self.unattributed),
                 len(self.preamble), self.visit)
        if self._context[0] != state:  # folded once per change of what the page has said, not per question
            # (the narration above the first turn names who met: "Harriman and Hailsham met with Khrushchev ...")
            met = [t for _, t in self.unattributed[:5] if MET.search(t)] + [self.visit] \
                + [t for t in self.preamble[-2:] if MET.search(t)]  # (or a heading that says so, above the points)
            # (or the author's narration of whom they met: "I paid return visits to the Ambassadors of ..., Prat Karoly")
            met += [s["text"] for s in self.segments[:3] if s["kind"] == "stage" and MET.search(s["text"])]
            # (or a list of bullets above the first turn, its heading lost: "• Joseph S. Nye, Deputy to the Under ...")
            met += [t for _, t in self.unattributed[:6] if t.lstrip().startswith(("• ", "· "))]
            # (or, in a memorandum that lists no one, the narration that opens it: "During the recess for tea this
            # afternoon, Mr. Molotov was, if anything, warmer ...", above its author's "I")
            met += [t for _, t in self.unattributed[:1] if not self.headers and FIRST_PERSON.search(t)]
            context = fold(re.sub(r"['’ʼ][sS]\b", "", " ".join([  # ("Brezhnev's Meeting", "BENSON'S TALK": Brezhnev, Benson)
                self.title, *(v for _, v in self.headers), *met,
                *self._turn_speakers])))
            hyphened = fold(" ".join([self.title, *(v for _, v in self.headers)]).replace("-", " "))
            self._context = (state, context, frozenset(re.findall(r"\w+", f"{context} {hyphened}")))  # ("al-Gaddafi")
        _, context, tokens = self._context
        words = fold(name).split()
        name = name[0] if len(name) == 2 and name[1] == "." and name[0].isupper() else name  # ("L. said ...")
        if len(name) == 1 and name.isupper() and name != "I":  # a telcon's "K said ...": one person the title names
            named = {w for w in TITLE_NAME.findall(self.title) if w.startswith(name)}  # so ("(Kissinger)"), or one
            return len(named) == 1 or any(s["kind"] == "turn" and s["speaker"] == name for s in self.segments)
            # who has spoken as such (the other's "Y said ...", a pseudonym's initial the title does not give)
        if len(words) == 1 and 2 <= len(words[0]) <= 3 and name.isalpha():  # initials ("NC"), or a name ("Pan")
            pattern = r"(?<!\w)" + r"[\w-]*\s+".join(re.escape(c) for c in words[0]) + r"[\w-]*"
            if re.search(pattern, context):
                return True
        words = [re.sub(r"\W", "", w) for w in words if not re.fullmatch(r"(?:\w\.)+\w?", w)]  # "C.R.": initials
        if words and self.parser.recurring and " ".join(words) in self.parser.recurring:
            return True  # a label the dialogue prints again and again ("Czyrek:"), before its first turn is read
        if len(words) >= 2 and words[-1] in tokens and re.search(  # "Enver Hoxha" of a title's "E. Hoxha"
                r"(?<!\w)" + "".join(rf"{re.escape(w[0])}\.\s*" for w in words[:-1]) + rf"{re.escape(words[-1])}\b", context):
            return True
        return bool(words) and all(w in tokens for w in words)

    def _check_reported(self, para: Paragraph) -> Label | None:
        """An unlabelled paragraph that reports what a named person other than the current speaker said ("Zhou
        Enlai said that ..."), flagged: the person whose reported turn it opens, or None where it joins the turn
        before (a report the loose patterns find, of a person the page does not list as taking part)."""
        if self.current is None:
            return self._report_before_turns(para)
        if self.current["label"] and not self.current["text"].strip() and not self.current["reported"]:
            return None  # "Petar Mladenov:" alone above his speech: "I fully support what comrade Zhivkov said ..." is his
        we = WE_REPORT.match(para.text)
        if we and not self.current["reported"] and self.layout.any_verb.fullmatch(we["verb"]) \
                and re.match(r"[ ]+(?:him|her|them)\b", para.text[we.end():]):
            # "Chairman Mao added: ..." / "We told him that ...": the recorders' own report of their words, or the
            # speaker's account of what "we" told someone: the page cannot say which
            self.notices.append((
                "speaker-to-confirm", para.location.line,
                f"{para.text[:we.end() + 4]!r}... joins the turn of {self.current['speaker'] or self.current['role']}: "
                "if the record's authors report their own words here, give the paragraph a label (or a [speakers] entry)"))
            return None
        match = None if self.reported else self.layout.reported_at_start(para.text)
        label = self.parser.read_label(match, True, self.declared, reported=True) if match else None
        printed = 0  # where the report's name and verb end, for the notice
        opens = True  # a name and a reporting verb at the paragraph's start, or after a lead: a turn of its own
        if not (label and match and (self.parser.is_known(label.speaker) or match["title"]
                                     or self.parser._strong(label, match))):
            # "..., said Mao Zedong, ..." anywhere; in a page of reported speech also a paragraph that opens
            # with a name the page knows and goes on in lower case, by a verb the layout does not list
            label = None
            tags = (self.layout.inverted, self.layout.exclaimed)  # ("Of course we will!, said Pak Seong-cheol.")
            for pattern in (*tags, self.layout.subject) if self.reported else tags:
                match = pattern.match(para.text) if pattern is not self.layout.inverted or _may_tag(para.text) else None
                found = self.parser.read_label(match, True, self.declared, reported=True) if match else None
                if found and (self._takes_part(found.speaker) or self.parser.is_known(found.speaker)):
                    label, opens = found, False
                    break
            if label is None:  # an account in another verb, or a speech tag, of a person who takes part
                label, match = self.parser.account(para.text, self.declared,
                                                   lambda found, how: self._takes_part(found.speaker),
                                                   loose=True)  # to flag, any verb will do
                opens = False
            if label is None and (match := self.layout.subject.match(para.text)) and match["title"]:
                found = self.parser.read_label(match, True, self.declared, reported=True)
                label = found if found and self._takes_part(found.speaker) else None
            if label is None and self.reported and LEAD_WORD.match(para.text):
                (label, printed), match, opens = self._report_after_lead(para.text), None, True
        printed = match.end() if match else printed
        if not (label and printed and not _same_person(label.speaker, self.current["speaker"] or "")):
            return None
        host = self.current['speaker'] or self.current['role'] or 'the author'
        opens = opens or self._speaks_in_account(para.text, label, match)
        if opens and (self._takes_part(label.speaker) or self._next_reporter(label, match)) \
                and self.layout.reported_speech is not False:
            # "Liu Shaoqi remarked that ..." or "Following the toast Kim Il Sung remarked that ..." after Mao's turn:
            # a person who takes part, by name and a reporting verb at the paragraph's start, opens a reported turn
            # of their own (a name the page does not list as taking part may be one the speaker relays: "Comrade
            # Kim Il Sung wishes to inform you ..." in his envoy's turn stays the envoy's)
            self.notices.append((
                "reported-in-turn", para.location.line,
                f"{para.text[:printed]!r} opens a reported turn of {label.speaker} after {host}'s: if {host} relays "
                "these words, the turn is theirs (a [speakers] entry fixes it)"))
            return label
        self.notices.append((
            "reported-in-turn", para.location.line,
            f"{para.text[:printed]!r} reports {label.speaker}'s words but joins the turn of {host}: check who speaks "
            "here (a [speakers] entry or a label fixes it)"))
        return None

    def _speaks_in_account(self, text: str, label: Label, match: re.Match | None) -> bool:
        """Does a paragraph that opens with a person's name and another verb than a reporting one go on with that
        person's words ("Malenkov did not contest this, but said ...", "Mr. Sam Sary broke in to say that ...")?
        Yes in a page of reports, when the page names the person as taking part (the title, a header, an earlier
        turn: not a word of the title such as "Record"), by a name the register knows or after a title, and a verb of
        speech follows in the paragraph; not when it only narrates what they did ("Nehru does not make any response.").
        (In a page of labelled direct speech, "Comrade Mao Zedong met the delegation at the door and then asked about
        the journey" stays narration inside the turn, flagged.)"""
        if match is None or label.role or not (self.reported or self.current and self.current["reported"]) \
                or not self._met(label.speaker) \
                or not (self.parser.is_known(label.speaker) or match["title"] and match["name"]):
            return False
        start = match.start("label") if "label" in match.re.groupindex else match.start()
        return not text[:start].strip(" 0123456789.)") and bool(self.layout.any_verb.search(text, match.end()))

    def _named_lead_report(self, text: str, narration: str) -> bool:
        """Does ``text`` open with a report after a lead, of one whom the narration above names ("At Malin's
        suggestion I called on him ... the following questions." / "Speaking of the internal situation, Malin
        observed that ...")?"""
        match = self.layout.reported_at_start(text) if LEAD_WORD.match(text) else None
        return bool(match and match.start("label") and match["name"]
                    and re.search(rf"\b{re.escape(match['name'].split()[-1])}\b", narration))

    def _next_reporter(self, label: Label, match: re.Match | None) -> bool:
        """"Cde. Cyrankiewicz said that ..." after "Cde. Wieslaw replied that ...": in minutes, a paragraph that opens
        with a titled or registered name and a reporting verb, after a reported turn, is the next speaker's, even of
        one the page did not list (a relay is told inside a turn: "Before I left Cairo, President Nasser asked me
        ...", with a lead, stays the speaker's)."""
        return bool(self.current and self.current["reported"] and match is not None and not match.start("label")
                    and (match["title"] or self.parser.is_known(label.speaker)))

    def _report_before_turns(self, para: Paragraph) -> Label | None:
        """In a page of direct speech, a report in indirect speech of a person the register knows or the page lists,
        before the first label ("Zhou Enlai informs that ..." on a book's page that goes on "Stalin. We will ..."):
        that person's reported turn, flagged, not text no one is given (not "Nasser passed on what ...", "Mao
        greeted ...": a summary's points, the recorder's narration)."""
        if self.layout.reported_speech is False:  # (the page's own setting: no reported speech on it)
            return None
        match = None if self.reported else self.layout.reported_at_start(para.text)
        label = self.parser.read_label(match, True, self.declared, reported=True) if match else None
        if not (label and match and label.speaker and not label.role and REPORTED_CLAUSE.match(para.text, match.end())
                and (self.parser.is_known(label.speaker) or self._takes_part(label.speaker))
                and (self.parser.is_known(label.speaker) or match["title"] or self.parser._strong(label, match))):
            return None
        self.notices.append(("reported-in-turn", para.location.line,
                             f"{para.text[:match.end()]!r} opens a reported turn of {label.speaker} before the page's "
                             "first label: check who speaks here (a [speakers] entry fixes it)"))
        return label

    def _introducer(self, text: str) -> Label | None:
        """Who a paragraph's last sentence, ending in "... the following:", names as about to speak: a person who takes
        part, by name and a reporting verb, at its start or after a few words of narration ("On 30 March I invited
        the Ambassador ... In its course Ri Song-un stated the following:"), the name bare as the page prints it."""
        if not FOLLOWS_END.search(text):
            return None
        sentence = SENTENCE_BREAK.split(text)[-1]
        match = self.layout.reported_at_start(sentence)
        label = self.parser.read_label(match, True, self.declared, reported=True) if match else None
        if not (label and label.speaker and self._takes_part(label.speaker)):
            label = self._report_after_lead(sentence)[0] if LEAD_WORD.match(sentence) else None
        return replace(label, start=0, end=0, reported=False) if label and label.speaker and not label.role else None

    def _report_after_lead(self, text: str) -> tuple[Label | None, int]:
        """A report of a person who takes part after a few words of narration the layout does not list as a lead
        ("Following the toast Kim Il Sung remarked that ..."), and where its name ends."""
        sentence = SENTENCE_BREAK.split(text, maxsplit=1)[0]
        for word in LEAD_SUBJECT.finditer(sentence, 0, 120):
            found = self.parser.start_label(text[word.start():], self.declared, self.short, reported=True)
            if found and found.reported and (found.role or self._takes_part(found.speaker)):
                return found, word.start() + len(found.printed)
        return None, 0

    def _declare(self, short: str, full: str) -> None:
        """'[henceforth referred to as N.S.]': later labels 'N.S.:' name the same speaker."""
        if short.casefold() not in self.declared:
            self.declarations.append((short, full))
        self.declared[short.casefold()] = full
        shorts = alternation([s for s, _ in self.declarations], any_case=True)
        self.short = re.compile(rf"(?P<label>{shorts})[ ]*:(?=\s|$)", re.I)

    def _continue(self, text: str, para: Paragraph, start: int, end: int) -> None:
        if not text:
            return
        if self.current is None:
            self._before_first_turn(text, para, start, end)
            return
        self._cover(para, start, end, "turn")
        if self.resume:  # after a topic heading: the same person's turn, resumed
            self.resume = False
            self.current = self._add("turn", text, para, offset=start, speaker=self.current["speaker"],
                                     continues=self.current["position"], like=self.current)
            return
        joiner = "\n\n"
        previous = self.current["text"]
        if previous and previous[-1] not in SENTENCE_END + ":;—-–" and text[0].islower():
            joiner = " "  # a page break cut the sentence: rejoin it
        self.current["text"] = f"{previous}{joiner}{text}" if previous else text

    def list_unheaded_participants(self) -> None:
        """Three or more headings in a row above the turns, each a name, a comma and an office ("Dr. Hilgard Muller,
        Minister of Foreign Affairs", "General Hendrik Johannes van den Bergh, Director, Bureau for State
        Security"), are a participant list that lost its header: published and read as one."""
        if any(self.parser.layout.lists_people(h) for h, _ in self.headers):
            return
        entries = unheaded_list(self.preamble)
        if entries:
            self.preamble = [t for t in self.preamble if t not in entries]
            self.headers.append(("Participants", "\n".join(entries)))

    def _narration(self, text: str, para: Paragraph) -> None:
        """A whole paragraph of the recorder's, no one's words: a heading before the first turn, else a stage direction."""
        if self.current is None:
            self._before_first_turn(text, para, 0, len(text))
        else:
            self._cover(para, 0, len(text), "stage")
            self._add("stage", text, para)

    def _before_first_turn(self, text: str, para: Paragraph, start: int, end: int) -> None:
        """Text before the first turn: a heading (the transcript's own title, a short note) is
        published as such; longer text names no speaker and is reported as unattributed."""
        if start == 0 and self.label_in_disguise(text):  # "comandante fidel castro: I want to say ..."
            self.notices.append(("unread-label", para.location.line,
                                 f"{text[:40]!r} starts like a speaker label printed another way, but is not read "
                                 "as one: the text before the first turn is published as a heading"))
        words = _words(text)
        # (prose that reports someone, "While greeting Kosygin, Mao Zedong states that ...", is no heading)
        reports = re.search(r"[a-z]{2}[.!?][\"”’]?(?:\s|$)", text) and self.layout.any_verb.search(text)
        # (nor is a question: "| | Are there good coal deposits in Manchuria, or must coal be brought ...?")
        asks = re.search(r"[^\W\d_]+(?:[ ,]+[^\W\d_]+){5,}\?", text)
        if words <= HEADING_WORDS and not (words >= 12 and reports) and not asks \
                or words <= 2 * HEADING_WORDS and not re.search(r"[.!?][\"”’)]?(?:\s|$)|[。！？]", text):
            self.preamble.append(text)  # (a long heading ends no sentence: "Meeting of ... afternoon of 21 January")
            self._cover(para, start, end, "heading")
        else:
            self.unattributed.append((para.location.line, text))
            self._cover(para, start, end, "unattributed")

    def _add(self, kind, text, para, offset=0, label=None, speaker=None, embedded_in=None, continues=None,
             found: Label | None = None, like: dict | None = None):
        segment = {"position": len(self.segments) + 1, "kind": kind, "text": text,
                   "location": replace(para.location, offset=para.location.offset + offset),
                   "label": label, "speaker": speaker, "embedded_in": embedded_in, "continues": continues,
                   "co_speaker": found.co_speaker if found else (like or {}).get("co_speaker"),
                   "reported": found.reported if found else (like or {}).get("reported", False),
                   "role": (found.role or None) if found else (like or {}).get("role"),
                   "alias": (found.alias or None) if found else (like or {}).get("alias")}
        if label == "I" and para.location.line in self.quoted_authors:  # the "I" of a report the record quotes
            segment["speaker"], segment["role"] = self.quoted_authors[para.location.line], None
        self.segments.append(segment)
        if segment["role"] == AUTHOR or label == "I":  # (asked at every paragraph: kept, not looked for)
            self.author_wrote = self.author_wrote or segment["role"] == AUTHOR
            self.i_wrote = True
        return segment

    def _finish(self, footnote_numbers: set[str]):
        segments: list = []
        anchors: dict = {}
        for seg in self.segments:
            text = seg["text"]
            if seg["kind"] == "turn" and footnote_numbers:
                text, found = remove_callouts(text, footnote_numbers)
                for number, span in found:
                    anchors.setdefault(number, (seg["position"], span))
            insertions = tuple(Span(m.start(), m.end()) for m in INSERTION.finditer(text))
            segments.append(Segment(position=seg["position"], kind=seg["kind"], text=text,
                                    location=seg["location"], label=seg["label"], speaker=seg["speaker"],
                                    embedded_in=seg["embedded_in"], continues=seg["continues"],
                                    insertions=insertions, co_speaker=seg["co_speaker"],
                                    reported=seg["reported"], role=seg["role"], alias=seg["alias"]))
        return segments, anchors


def _next_point(above: str, text: str) -> bool:
    """Is ``text`` the next numbered point of a list whose point ``above`` ends with a semicolon ("2. Both sides
    discussed ...;" then "3. ...")?"""
    point = POINT_NUMBER.match(text) if text[:1].isdigit() else None
    previous = POINT_NUMBER.match(above) if point else None
    return point is not None and previous is not None and int(previous[1]) + 1 == int(point[1]) \
        and above.rstrip().endswith(";")


POINT_NUMBER = re.compile(r"(\d{1,2})[.)][ ]+")


def _check_report_before_dialogue(segments, transcript: "Transcript") -> None:
    """A numbered report first ("3. Nasser spoke of the grain purchases ..."), then only labelled turns: the report
    may be the last point of the record's summary of the talk, not a turn. Said, not decided."""
    turns = [s for s in segments if s.kind == "turn" and not s.continues]
    if len(turns) >= 4 and turns[0].reported and _numbered(turns[0].text) and not any(t.reported for t in turns[1:]):
        transcript.notices.append(("speaker-to-confirm", turns[0].location.line, f"{turns[0].text[:50]!r}... is read "
                                   f"as a report of {turns[0].label}, before a dialogue of labelled turns only: if it "
                                   "is a point of the record's summary, it is no turn (a paragraph break or the "
                                   "sidecar's [speakers] fixes it)"))


def unheaded_list(texts) -> list[str]:
    """The longest run of three or more participant entries in a row ("Dr. Hilgard Muller, Minister of Foreign
    Affairs"), or none."""
    runs: list[list[str]] = [[]]
    for text in texts:
        if (PARTICIPANT_ENTRY.match(text) or OFFICE_THEN_NAME.fullmatch(text)) and len(text.split()) <= 20:
            runs[-1].append(text)
        elif runs[-1]:
            runs.append([])
    longest = max(runs, key=len)
    return longest if len(longest) >= 3 else []


# a name's lower-case particles, inside it ("Hendrik Johannes van den Bergh", "Hussein bin Talal")
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "ter", "ten", "bin", "al"})
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
# a name alone after an office and a comma, in a list: "Hon David Smith", "PW Botha", "Dr the Hon S C Mundawarara"
# (an honorific or an initial in it: "State Council" after "Prime Minister Chou En-lai" is no name)
NAME_AFTER_OFFICE = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Hon|the|General|Gen|Sir|Prof|Amb)\.?[ ]+|[A-Z]{1,3}\.?[ ]+)+"
                               r"(?:[A-Z][a-z][\w’'\-]+[ ]+)?[A-Z][a-z][\w’'\-]+")
# a participant entry with no header: the office first, then the name ("Min of Finance, Hon David Smith", "The Prime
# Minister, PW Botha"), or a name (after its honorifics), a comma and an office in capitals
OFFICE_THEN_NAME = re.compile(rf"(?:The[ ]+)?[A-Z][\w.]*(?:[ ]+(?:of|the|for|in|[A-Z][\w.]*)){{0,6}},[ ]+"
                              rf"{NAME_AFTER_OFFICE.pattern}")
PARTICIPANT_ENTRY = re.compile(rf"^(?:(?:Dr|Mr|Mrs|Ms|Amb|Gen|General|Hon|Prof|Sir|Ambassador|Minister)\.?[ ]+)*"
                               rf"(?:(?:{_PARTICLE})[ ]+)?[A-Z][\w’'.\-]*(?:[ ]+(?:[A-Z][\w’'.\-]*|{_PARTICLE})){{1,5}},"
                               rf"[ ]+(?:the[ ]+)?[A-Z](?:[a-z]|[A-Z]{{1,5}}\b)")
# A known name in the recorder's capitals and the speech with no separator: "LE DUAN Our Politburo ...",
# "N. S. KHRUSHCHEV That is good." (the capitals tell the label from a sentence that starts with a name)
CAPS_BARE = re.compile(r"(?P<label>(?P<title>)(?P<name>(?:[A-Z]\.[ ]?){0,3}[A-Z][A-Z'’\-]+(?:[ ]+[A-Z][A-Z'’\-]+){0,3}))"
                       r"[ ]+(?=[A-Z][a-z]|[AI][ ]|\[…\]|\[\.\.\.\])")  # ("J. BATMUNKH […] I thank you")
# a side's participants after its country and a dash, before the first turn: "China——Deng Xiaoping"
# (a list, not a dash label's speech: the dash is not spaced, and no sentence ends in the value)
# "For the USSR: comrades Brežněv, Podgornyj, Kosygin, ...": one side's list, before the first turn
FOR_SIDE = re.compile(r"^(?:For|On behalf of)[ ]the[ ][A-ZÀ-Ž][\w.]*(?:[ ][A-Z][\w.]*){0,3}:[ ]+"
                      r"(?:[Cc]omrades|Cdes\.?)?[ ]*[A-ZÀ-Ž]")
# an attendance line, a name and its office after a dash (the office names no act: no sentence's end)
DASH_ATTENDEE = re.compile(r"(?:[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2}[ ]?:[ ]+)?"  # (after the side: "GDR : H. Axen – ...")
                           r"(?:(?:Comrade|Cde\.|Com\.|Mr\.|Mrs\.|Ms\.|Dr\.)[ ]+)?[A-Z][\w’'\-.]*(?:[ ][A-Z][\w’'\-.]*){0,3}"
                           r"(?:[ ]*\[[^\[\]\n]{1,40}\])?[ ]+[–—-][ ]+(?P<office>(?:\d\w*[ ]+)?[A-Za-z][^\n.!?:;]{2,80})")
OFFICE_WORDS = frozenset({"ambassador", "secretary", "head", "minister", "director", "chief", "deputy", "counsellor",
                          "counselor", "attaché", "attache", "consul", "interpreter", "translator", "member", "chairman",
                          "adviser", "advisor", "officer", "chargé", "charge", "envoy", "leader", "representative"})
SIDE_LIST = re.compile(r"^[A-Z][\w’'.]*(?:[ ][A-Z][\w’'.]*){0,2}[—–]{1,2}[A-Z](?:(?![.!?][ ]+[A-Z])[^\n]){0,400}$")
def _label_inside(text: str, labels: list[str]) -> tuple[int, str] | None:
    """Where one of the page's labels stands inside a turn after a sentence's end, followed by its colon
    or a full stop ("... the end. W. Ulbricht. Next ..."): (position, label), or None."""
    for label in labels:
        at = text.find(label)
        while at > 1:
            after = text[at + len(label):at + len(label) + 2].lstrip(" ")
            if text[at - 1] == " " and text[at - 2] in SENTENCE_END and after[:1] in (":", ".") \
                    and (len(after) < 2 or not after[1].isalnum() or after[1].isupper()):
                return at, label
            at = text.find(label, at + 1)
    return None


# a numbered paragraph's start inside a line: "... NOT THROUGH THE NEWSPAPERS." 3. SADAT SAID THAT ..."
RUN_ON_NUMBER = re.compile(r"(?<=[.!?:\"”’)][ ])(\d{1,2})\.[ ]+(?=[A-Z\"“])")


def _numbered_run_on(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A cable whose numbered paragraphs an OCR or a web export ran into one line ("... 1. PLEASE DELIVER FOLLOWING
    ...: 2. PRESIDENT SADAT RECEIVED ME ... 3. SADAT SAID THAT ..."): cut where the numbers follow each other, from
    1 or 2 on, three of them at least (a number alone may be anything: a date's, a list's)."""
    result: list[Paragraph] = []
    for para in paragraphs:
        if len(para.text) < 800 or " 3. " not in para.text:  # (a quick look first)
            result.append(para)
            continue
        cuts: list[int] = []
        expected = 0
        for match in RUN_ON_NUMBER.finditer(para.text):
            number = int(match[1])
            if cuts and number == expected:
                cuts.append(match.start())
                expected += 1
            elif len(cuts) < 3 and number in (1, 2):
                cuts, expected = [match.start()], number + 1
        if len(cuts) < 3:
            result.append(para)
            continue
        pieces, rest = [], para
        for at in reversed(cuts):  # (from the end: each cut keeps the offsets before it)
            rest, tail = _cut(rest, at)
            pieces.append(tail)
        result += ([rest] if rest.text.strip() else []) + pieces[::-1]
    return result


def _opens_trailer(paragraphs: list[Paragraph], i: int) -> bool:
    """Does the web page's closing block start at paragraph ``i``: "Document Information", "Author(s):" over
    its headings, a blog's sharing buttons, the page's citation or source below the record, its list of related
    records? (Whatever follows is furniture, never the last speaker's words.) Asked of every paragraph: a paragraph
    whose first line is long, as speech is, answers no at once."""
    p, later = paragraphs[i], i >= len(paragraphs) // 2  # (in the page's second half)
    # (a site's sharing buttons, a line each, below the text: "Сподели:" / "Facebook" / "Twitter"; or a blog's:
    # "Share this:" / "Twitter" / "Facebook" / "Like this:" / ... / "Related", perhaps below its last line of text)
    if later and len(p.raw_lines) >= 2 and {"facebook", "twitter"} <= {line.strip().casefold() for line in p.raw_lines}:
        return True
    first = (p.raw_lines[0] if p.raw_lines else p.text).strip().casefold()
    if len(first) > 100:
        return False
    head = p.text.strip().casefold()
    return bool(head in TRAILER_STARTS
                or BLOG_POSTED.fullmatch(p.text.strip())  # (a blog's "Posted by ... at 10:42 PM" over its footer)
                or later and any(SITE_FOOTER.fullmatch(line.strip().casefold()) for line in p.raw_lines[:3])
                # ("Last Updated: 11 September 2013" / "Back to top", perhaps under the volume's "[AA : A1838, ...]")
                # (or the block's headings a line each, with no blank line between: "Author(s):" / "Associated
                # Places" / ... / "Document Information" / "Source" / ...)
                or len(p.raw_lines) >= 3 and first in TRAILER_LINES
                and sum(line.strip().casefold() in TRAILER_LINES for line in p.raw_lines) >= 3
                # (or the block cut short: "Author(s):" / "Associated Places", the page's last short lines)
                or later and head in ("author(s):", "author(s)")
                and (all(len(line.split()) <= 8 for q in paragraphs[i + 1:] for line in q.lines)
                     # (or the block's next heading below it: "Author(s):" / "Roshchin, Nikolai Vasilevich, 1901-1960"
                     # / "Associated People & Organizations:")
                     or any(line.strip().rstrip(":").casefold() in TRAILER_LINES
                            for q in paragraphs[i + 1:i + 4] for line in q.lines))
                # (or the page cut after the block's headings and their short values: "Associated People &
                # Organizations" / "Associated Places"; or after its last field: "Record ID" / "903004")
                or later and first in ASSOCIATED - {"related documents"}
                and all(len(line.split()) <= 12 and not re.search(r"\w\w[.!?]$", line.rstrip())
                        for q in paragraphs[i:] for line in q.lines[1 if q is p else 0:])
                or i == len(paragraphs) - 2 and head == "record id" and paragraphs[-1].text.strip().isdigit()
                # (or the page's citation below the record: "Citation:" / '"Notes on the Conversation ...," August
                # 01, 1961, History and Public Policy Program Digital Archive, ...', "Citation" / 'Egon Krenz,
                # “Memorandum of Conversation ...,” Making the History of 1989, Item #435.')
                or later and head in ("citation", "citation:")
                and 2 <= len(paragraphs) - i <= 8 and ("Digital Archive" in paragraphs[i + 1].text
                                                       or re.search(r"[“\"]", paragraphs[i + 1].text[:100]))
                # (or its source: "Source" / "Archive of the Albanian Ministry of Foreign Affairs (AMPJSh), ...")
                or later and head in ("source", "source:")
                and 2 <= len(paragraphs) - i <= 8 and SOURCE_VALUE.search(paragraphs[i + 1].text[:200])
                # (or the page cut after "Related Documents" and their dates, titles and summaries)
                or later and head == "related documents"
                and 2 <= len(paragraphs) - i <= 16 and dateline(paragraphs[i + 1].text) is not None
                and all(len(q.text.split()) <= 60 for q in paragraphs[i + 1:]))


def _cut(para: Paragraph, at: int) -> tuple[Paragraph, Paragraph]:
    """A paragraph cut in two at ``at`` (each part keeps where it starts in the file)."""
    head = para.text[:at].rstrip()
    return (replace(para, text=head, raw_lines=(head,)),
            replace(para, text=para.text[at:], raw_lines=(para.text[at:],),
                    location=replace(para.location, offset=para.location.offset + at)))


# a label that opens a quotation: '"THACH: THEN WE SHALL ...', '“Holbrooke: We came ...' (a name, then a colon)
QUOTED_LABEL = re.compile(r"[\"“][A-Z][\w.’'\- ]{1,40}:[ ]")
# hosts who send for the author: "Liu Shaoqi and Zhou Enlai asked me to come to them in the evening"
SENT_FOR_ME = re.compile(r"\b(?:asked|invited|called|summoned)[ ](?:me|us)[ ]to[ ](?:come|see|visit|call)\b")
# the end of a quoted report that its author signs inside the quotation: "... not by our visit here. Gottwald.”"
QUOTATION_SIGNED = re.compile(r"[.!?][ ]+(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)\.?[”\"]$")


SENDER_TITLE = r"(?:(?:Ambassador|Secretary|Senator|Governor|General|Mr|Dr)\.?[ ]+)?"  # (before a sender's surname)
FOLLOWING_REPORT = re.compile(r"\b(?:[Tt]he[ ]following[ ]is[ ](?:a|the|his)[ ](?:report|account|message)[ ](?:from|by|of)"
                              r"|(?:[Tt]he[ ])?following[ ](?:report|message)[ ]from)[ ]+"
                              rf"{SENDER_TITLE}([A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){{0,2}})")


def _quoted_authors(paragraphs: list[Paragraph], above: str = "") -> dict[int, str]:
    """A record that quotes another's report in several paragraphs, each opening with a quotation mark and the last
    closing it after the report's signature ('“I replied that ...', ..., '... Gottwald.”'): the lines where "I" is
    the signer of the quoted report, not the record's author."""
    found: dict[int, str] = {}
    run: list[int] = []
    # ("The following is a report from Dr. Kissinger on ...": whose report the quoted paragraphs below are; read in
    # ``above``, the page's text over the transcript, when the transcript opens inside such a quotation)
    following = FOLLOWING_REPORT.search(above) if paragraphs and paragraphs[0].text.startswith(("“", '"')) else None
    sent = following[1] if following else ""
    for para in paragraphs:
        text = para.text.strip()
        if not text.startswith(("“", '"')):
            run = []
            sent = following[1] if (following := FOLLOWING_REPORT.search(text)) else ""
            continue
        run.append(para.location.line)
        if sent:
            found[para.location.line] = sent
        signed = QUOTATION_SIGNED.search(text)
        if signed and len(run) >= 2:
            found.update(dict.fromkeys(run, signed["name"]))
            run = []
    return found


def _quotation_open_to_end(text: str) -> bool:
    """Does the quotation the text opens run to its end (closed there, or not at all)?"""
    close = max(text.rfind("”"), text.rfind('"', 1))
    return close <= 0 or not text[close + 1:].strip(" .")


def _in_quotation(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation the text opens before it (and has not closed)?"""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _prose(text: str) -> bool:
    """A paragraph of prose, not a line of a participant list: most of its words are in lower case
    ("The President and General Secretary Brezhnev discussed the agreement to be signed ...")."""
    words = text.split()
    return len(words) >= 8 and sum(w[:1].islower() for w in words) * 2 > len(words) \
        or len(words) >= 16 and bool(re.search(r"[a-z]{2}\.[ ]+[A-Z][a-z]+[ ][a-z]", text))  # (two sentences, names)


def _same_person(a: str, b: str) -> bool:
    """"Mao" and "Mao Zedong" name the same speaker: the words of one are among the other's."""
    from ld.speakers import fold

    x, y = set(re.findall(r"\w+", fold(a))), set(re.findall(r"\w+", fold(b)))
    return bool(x and y) and (x <= y or y <= x)


# a paragraph's first words and what may stand for a label's colon: a colon with no space, a full
# stop, a dash ("p.m.:", "Yu. V. Andropov:We", "Zhou Enlai – ...")
LABEL_MARK = re.compile(r":|\.(?=[ ])|[ ][–—-](?=[ ])")
# an initial or a short abbreviation just before a "sentence" start ("N.S. ", "Cde. ", "Dr. ")
# (a known abbreviation only: "... about Laos. The Premier said" ends a sentence)
ABBREVIATION_END = re.compile(r"(?<![\w.])(?:(?:[^\W\d_]\.)+|(?:Mr|Mrs|Ms|Mme|Dr|Gen|Col|Com|Cde|Cdes|Cds|Amb|Lt|Maj|Capt|"
                              r"Sgt|Prof|Rev|St|Sr|Jr|Adm|Gov|Sen|Rep|Pres|Tov|Tow|No|Nos|Vol|Art|Fig|Cf|Ch|Pt|Sec|Dept"
                              r"|Yu|Ya|Yo|Zh|Kh|Sh|Ts)\.)[ ]+$")  # (a Russian initial of two letters: "Yu. V. Andropov")
# a year and the words after it, in a run-on heading ("Havana, 12 November 1962 After greetings, ...")
YEAR_END = re.compile(r"(?<=\d{4})[ ]+(?=[A-Z])")
# a colon label at a paragraph's start, alone on its line or not ("Premier Zhao:", "Premier Zhao: We ...")
OPENING_LABEL = re.compile(r"([^\W\d_][^:\n]{1,60}?)[ ]?:(?:[ ]|$)")
# a colon label after a sentence's end inside a paragraph, or at its start ("... the press. Zhang: We have ...")
LABEL_HERE = re.compile(r"(?P<label>[A-Z][\w'’.-]*(?:[ ](?:[A-Z][\w'’.-]*|\[[^\[\]\n]{1,30}\]"
                        r"|\([A-Z][^()\n]{0,20}\))){0,3})[ ]?:[ ]+(?=\S)")
SENTENCE_GAP = re.compile(r"[.!?…\"”’)\]] (?=[A-Z])")
# what a label inside a paragraph opens is speech: a sentence, before any other label's colon
# ("Allow me ...", "Keep it a secret, do not publicize it: Beijing will ...": a colon after a word in lower case)
SAYS_SOMETHING = re.compile(r"(?:[^.!?…:。！？]|(?<=[a-z]{2}):|:(?![ ]+[A-Z])){0,400}?\w(?:[.!?…。！？]|[ ](?:\.{3}|…))")
# where a label may start inside a line: after a word, before a capital and a colon within 60 characters
GLUE = re.compile(r"(?<=[^\s:])[ ]+(?=[A-Z\[][^:\n]{0,60}?:)")
# a whole paragraph that opens a bracket and never closes it: a stage direction cut short
UNCLOSED_STAGE = re.compile(r"^[\[(][A-Z][^\[\]()\n]*$")
# a one-word name and the full name the editor gives in brackets after it: "com. Tomasz [Bolesław Bierut]" (a party
# pseudonym: a person the register knows), "Tomasz [pseudonym for Bolesław Bierut]" (said so)
EDITOR_NAMES = re.compile(r"(?<![\w.’'\-])(?P<short>[A-Z][^\W\d_]{2,})[ ]?\[(?P<said>(?:party[ ])?pseudonym(?:[ ](?:for|of))?[ ]"
                          r"|i\.[ ]?e\.,?[ ]|real[ ]name:?[ ])?(?P<full>[A-Z][^\W\d_]+\.?(?:[ ][A-Z][^\W\d_’'\-]*[’'\-]?"
                          r"[^\W\d_]*\.?){1,3})\]")
# a full name and the short one the narration declares for it, in brackets: "Vo Van Sung (henceforth referred to as
# Jean) received Y ..." (a label's own bracket is read with the label)
DECLARED_IN_NARRATION = re.compile(r"(?P<full>(?:[A-Z][\w’'\-]+[ ]){1,4}[A-Z][\w’'\-]+)[ ]?[(\[](?P<inner>(?:[Hh]enceforth|"
                                   r"[Hh]ereafter|[Hh]ereinafter)\b[^()\[\]\n]{1,60})[)\]](?![ ]*:)")
# a capitalised word of a name the editor gives in brackets ("[Saddam Hussein]")
EDITOR_FULL_NAME = re.compile(r"(?<=[\[ ])[A-Z][a-z][\w’'\-]*(?=[ \]])")
# initials the editor glosses with the name: "E.A. [Shevardnadze]", "E.A. [Shevardnadze’s]"
EDITOR_INITIALS = re.compile(r"(?<![\w.])(?P<short>(?:[A-Z]\.[ ]?){2,3})[ ]?\[(?P<full>[A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+)"
                             r"{0,2})(?:[’'ʼ]s)?\]")
# a speaker label alone on its line as a web list's item, "- Teng:", "- Ch'iao Kuan-hua:"; and any list item's dash
DASHED_LABEL_LINE = re.compile(r"^-[ ]+[A-Z][\w’'.\-]*(?:[ ][\w’'.\-]+){0,3}:[ \t]*$", re.M)
LIST_DASH = re.compile(r"^-(?=[ ])", re.M)
# the French presidency's transcripts: "- LE PRESIDENT.- ...", "- M. GORBATCHEV.- ...", "- QUESTION.- ..."
PRESS_LABEL = re.compile(r"^(?P<dash>-[ ]+)(?P<label>(?:[A-ZÀ-Ý]\.[ ])?[A-ZÀ-Ý][A-ZÀ-Ý’'\-]*(?:[ ][A-ZÀ-Ý][A-ZÀ-Ý’'\-]*){0,3})"
                         r"\.-(?=[ ])", re.M)
# a record's kind, opening a heading after a person's name and a colon ("Zhou Enlai: Talks with ...")
RECORD_HEADING = re.compile(r"(?:Conversations?|Talks?|Meetings?|Minutes|Records?|Remarks|Speech(?:es)?|Interviews?"
                            r"|Letters?|Excerpts?|Notes|Comments|Instructions)\b(?![.!?])")
EDITORS_PARAGRAPH = re.compile(r"\[[^\[\]]+\]\d{0,3}")  # a paragraph wholly in the editor's brackets (a note's call-out after)
FRONT_MATTER = re.compile(r"---[ ]*\n(?P<body>(?:[^\n]*\n){1,60}?)---[ ]*(?:\n|\Z)")
YAML_LINE = re.compile(r"[A-Za-z_][\w-]*:.*|[ ]+\S.*|-[ ].*|")  # a key and its value, an indented or listed line
DATELINE_TIME = re.compile(r"[A-Z][\w .’'-]{1,40},[ ]+\d{1,2}[ ][A-Z][a-z]+[ ]\d{4}(?:,[ ]+[\d.:]+[ ]?[ap]\.?m\.?)?\.?")
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ ]+")
NOTE_AT_END = re.compile(r"(?<=[.?!])\d{1,2}$")  # a footnote's number after a sentence's stop
HEADING_WORDS = 30  # text before the first turn longer than this is no heading: it is unattributed
CUT_AT_END = re.compile(r"(?:[ ]*\[(?:…|\.{3}|\d{1,3})\])+$")  # an editor's "[…]" or a note's call-out after a sentence
WORD = re.compile(r"[\w’'\-]+")
HEADER_LIKE = re.compile(r"(?P<h>[A-Z][\w’'\-]*(?:[ ][\w’'\-\[\]]+){0,4})[ ]*:(?=\s)")


def check_coverage(paragraphs: list[Paragraph], coverage) -> list[tuple[int, str]]:
    """Where the transcript's characters are not covered exactly once (whitespace aside): a list of
    (line, what is wrong), empty when every character went into exactly one published piece."""
    by_paragraph: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for line, offset, start, end, kind in coverage:  # a paragraph is known by where it starts in the file
        by_paragraph.setdefault((line, offset), []).append((start, end, kind))
    problems = []
    for para in paragraphs:
        spans = sorted(by_paragraph.get((para.location.line, para.location.offset), []))
        position = 0
        for start, end, kind in spans:
            if start < position:
                problems.append((para.location.line, f"{kind} overlaps characters {start}-{position}"))
            elif para.text[position:start].strip():
                problems.append((para.location.line, f"characters {position}-{start} "
                                                     f"({para.text[position:start][:40]!r}) are in no piece"))
            position = max(position, end)
        if para.text[position:].strip():
            problems.append((para.location.line, f"characters {position}- ({para.text[position:][:40]!r}) "
                                                 "are in no piece"))
    return problems


def remove_callouts(text: str, numbers: set[str]) -> tuple[str, list[tuple[str, Span]]]:
    """Strip footnote call-outs ``[1]``; anchor each on the words just before it."""
    found: list = []
    while True:
        match = next((m for m in CALLOUT.finditer(text) if (m[1] or m[2]) in numbers), None)
        if not match:
            return text, found
        before = text[:match.start()]
        if before.endswith("]") and "[" in before:
            opening = before.rindex("[")
            anchor = Span(opening + 1, len(before) - 1)  # the bracketed words, not the brackets
        else:
            word = re.search(r"[\w'’\-]+\W*$", before)
            anchor = Span(word.start(), word.start() + len(word[0].rstrip(" ,;:.!?"))) if word else Span(len(before), len(before))
        found.append((match[1] or match[2], anchor))
        text = before + text[match.end():]


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", path=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a document file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    if not data.strip():
        raise ParseError("the file is empty", path=path, line=1,
                         hint="an archive page export starts with a date line and a title")
    return data


def decode(data: bytes, path) -> str:
    if b"\x00" in data[:65536]:
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise InputError("this is a binary file, not a text document (NUL byte)", path=path, line=line,
                         hint="give the page export as UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded",
                         path=path, line=line,
                         hint="convert the file to UTF-8, e.g. iconv -f windows-1252 -t utf-8") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str, path: str, sections=(), one_line_sections=(), file_lists=(),
                     shouting: bool = False, header: re.Pattern | None = None) -> list[Paragraph]:
    """Paragraphs are separated by blank lines. A page copied without them still splits: a section
    header line ("Citation:") stands alone, the value of a one-line section ("Original Language:")
    is its next line, and before the first section each line stands alone (the date, the title)."""
    listed = _unquoted(text)
    text = _unlisted(listed)
    paragraphs: list = []
    lines: list = []
    start_line, start_offset = 0, 0
    headers = {f"{s}:" for s in sections}
    one_line = {f"{s}:" for s in one_line_sections}
    rows = text.split("\n")
    in_head = any(row.strip() in headers for row in rows)
    value_next = False  # the line after a one-line section's header is its whole value
    # text copied from a PDF without blank lines: a line that ends a sentence ends its paragraph
    inner = listed.strip("\n").split("\n")  # (the file's last newline is no blank line; a list's empty item, "-",
    dense = len(inner) >= 8 and sum(not row.strip() for row in inner) * 20 <= len(inner)  # blanked, is none either)
    # and a line far shorter than the wrapped line before it, before a capital, ends its paragraph too (a heading's
    # last line over the first turn: "Walesa; Gdansk, 14 November 1989" / "The Chancellor thanked ...")
    lengths = sorted(len(row.strip()) for row in inner if row.strip())
    all_wrap = lengths[len(lengths) * 4 // 5] if lengths else 0  # (also for a block of such lines)
    wrap = all_wrap if dense else 0
    # ... and the title under the page's date line stands alone ("August 4, 1979" / "Record of Conversation between
    # ... and H. Amin" / "Amin asked that ...")
    filled = [i for i, row in enumerate(rows) if row.strip()][:2] or [0]  # (a short line below these two: the rule above)
    title_row = filled[1] if dense and len(filled) == 2 and len(rows[filled[0]].strip()) < 40 \
        and parse_date(rows[filled[0]].strip()) and not WRAPPED_ON.search(rows[filled[1]].strip()) \
        else -1  # (not a title wrapped: "... and Cuban Communist Party CC member Raul Valdes Vivo," / "From the journal of")
    # a PDF copied with hard line breaks and no blank lines between turns: a block of lines in which several
    # start with a label and its speech ("N. S. Khrushchev: We asked ...") is read so too
    def alone_label(row: str) -> bool:  # a label on its own line ("Honecker darauf:"), no header ("PARTICIPANTS:")
        return not shouting and bool(LABEL_ALONE.match(row)) and row not in headers and not (header and header.match(row))

    block = [False] * len(rows)
    start = 0
    for index in range(len(rows) + 1):
        if index == len(rows) or not rows[index].strip():
            if index - start < 2:  # (one line is no block: every test below wants two lines or more)
                start = index + 1
                continue
            rows_here = [row.strip() for row in rows[start:index]]
            labelled = sum(bool(DENSE_LABEL.match(row) or INITIALS_CAPS.match(row)) for row in rows_here)
            alone = sum(alone_label(row) for row in rows_here)  # ("Honecker darauf:" / his words on the next line)
            # or a web copy with one paragraph a line: most of its lines long sentences that end there
            # (a FRUS copy's note a line, "- Source: ...↩", counts so)
            ended = sum(len(row) > 100 and bool(DENSE_END.search(row)) or bool(DASHED_NOTE.fullmatch(row)) for row in rows_here)
            numbers = sum(bool(NUMBER_ALONE.match(row)) for row in rows_here)  # ("2." over its paragraph)
            # (a letter's heading lines above its first paragraph count for neither: "French Embassy in Tanganyika" /
            # "Dar es Salaam, 14th April 1964" / ... / "M. Ho Ying, Ambassador ..., asked to see me ...")
            heading = next((i for i, row in enumerate(rows_here) if len(row) > 100), 0)
            numbers += heading if len(rows_here) - heading >= 4 else 0  # (a letter's, over four paragraphs or more)
            block[start:index] = [labelled >= 2 and len(rows_here) >= DENSE_BLOCK or alone >= 2 and len(rows_here) >= 4
                                  or labelled + alone >= 2 and len(rows_here) >= DENSE_BLOCK
                                  or len(rows_here) >= 2 and ended * 2 > len(rows_here) - numbers] * (index - start)
            start = index + 1

    # a name and a full stop opening two lines or more ("Kuusinen. Comrades! ..."): each such line opens a turn
    period_rows = Counter(m["name"] for row in rows if (m := PERIOD_LABEL.match(row.strip()) or PERIOD_CAPS.match(row.strip()))) \
        if dense or any(block) else Counter()
    # a cable in capitals wraps its lines anywhere ("... BUT THAT OUR CONCERN WAS" / "PRACTICAL: AMERICAN CITIZENS"):
    # after a line that ends no sentence, a word and a colon open a turn only where the page prints them twice or more
    # (or a paragraph's number before them: "2. LI: YESTERDAY WE SPOKE ...")
    line_labels = Counter(row.strip().split(":", 1)[0] for row in rows if ":" in row) if shouting and dense else Counter()

    def flush():
        nonlocal lines
        if lines:
            paragraphs.append(_paragraph(lines, path, start_line, start_offset))
            lines = []

    # a printed book's OCR: a paragraph's first line indented, the lines it wraps flush left ("    The President said
    # that ..." / "he wished to settle ..."): an indented line after a flush one opens a paragraph
    margins = [len(row) - len(row.lstrip(" ")) for row in rows if row.strip()]
    indented = sum(m >= 2 for m in margins) >= 3 and sum(m == 0 for m in margins) >= 2 * sum(m >= 2 for m in margins)
    # the web page's closing block run on below the record's last lines, no blank line between ("... in New York." /
    # "Author(s):" / "Associated Places" / "Document Information" / ...): it opens a paragraph of its own
    heads = [len(row) <= 60 and row.strip().rstrip(":").casefold() in TRAILER_LINES for row in rows]  # (a heading is short)
    trailer_row = next((i for i in range(len(rows) // 2, len(rows)) if heads[i] and i and not heads[i - 1]
                        and rows[i - 1].strip() and sum(heads[i:i + 12]) >= 3), -1)
    offset = 0
    noted = False  # under a FRUS source note, with no blank line: each numbered note is a paragraph of its own
    dated = False  # under a diary's day (WEEKDAY_HEADING)
    listing = False  # under "PARTICIPANTS" alone on its line, no blank line after: a name and office a line
    stands_alone = False  # under a line that stands alone: one set far to the right (flush_right), FRUS's heading
    for number, line in enumerate(rows, 1):
        stripped = line.strip()
        noted = noted and bool(stripped)
        if not stripped:
            flush()
        else:
            dense_here = dense or block[number - 1]
            alone = stripped in headers or bool(file_lists) and stripped.startswith(tuple(file_lists)) \
                or bool(EXPORT_FURNITURE.match(stripped)) or number - 1 == title_row  # (a text export's "Total Page:16")
            marking = not shouting and bool(CLASSIFICATION_ALONE.fullmatch(stripped))  # (not in a cable in capitals,
            # which prints them at its page breaks, mid-sentence: its furniture, read apart)
            header_line = dense_here and (HEADER_LIKE.match(stripped) or DENSE_LABEL.match(stripped)
                                          or alone_label(stripped)
                                          or not shouting and DENSE_OWN_LINE.match(stripped)
                                          or stripped.casefold() in TRAILER_LINES or SIGNED.match(stripped)) \
                and not (line_labels and lines and not DENSE_END.search(lines[-1]) and not stripped[:1].isdigit()
                         and not (header and header.match(stripped)) and line_labels[stripped.split(":", 1)[0]] < 2)
            period_row = dense_here and period_rows[(PERIOD_LABEL.match(stripped) or PERIOD_CAPS.match(stripped)
                                                     or {"name": ""})["name"]] >= 2  # ("KOSYGIN. Good evening.")
            signed_note = number >= 2 and line.startswith("  ") and re.match(r"1\.[ ]+[A-Z]", stripped) is not None \
                and SIGNATURE_ABOVE_NOTE.fullmatch(rows[number - 2]) is not None
            # (FRUS's web copy: "Williams" / "  1. The note is not printed.", the editor's notes indented under the
            # telegram's signature, no blank line between: the notes are paragraphs of their own)
            diary_day = bool(WEEKDAY_HEADING.fullmatch(stripped))
            # a scanned page's signature set far to the right, under the text and over the notes, no blank line
            # between ("... no sign of any change in substance." / "                    CANNON" / "  1 Josip Broz
            # Tito, ..."): a paragraph of its own
            flush_right = len(line) - len(line.lstrip(" ")) >= 20 and len(stripped) <= 40 and number >= 2
            numbered_heading = not dense and block[number - 1] and NUMBERED_HEADING_LINE.fullmatch(stripped) is not None
            if alone or marking or diary_day or dated or in_head or header_line or period_row or flush_right \
                    or numbered_heading \
                    or stands_alone or SOURCE_NOTE.match(stripped) or signed_note \
                    or number - 1 == trailer_row \
                    or indented and line.startswith("  ") and stripped[:1].isupper() and number >= 2 \
                    and rows[number - 2].strip() and not rows[number - 2].startswith(" ") \
                    or noted and re.match(r"\d{1,3}\.[ ]+\S", stripped) \
                    or shouting and RELEASE_STAMP.search(stripped) \
                    or lines and lines[-1].endswith("|") and "|" not in stripped and len(stripped) > 60 \
                    or lines and stripped[:2] in BULLET_STARTS and stripped[-1:] in ".?!" \
                    and (said := LABEL_HERE.match(stripped, 2)) is not None and len(stripped[said.end():].split()) >= 4 \
                    or shouting and lines and DENSE_END.search(lines[-1]) and re.match(r"\d{1,2}\.[ ]+[A-Z]", stripped) \
                    or dense_here and (DENSE_STARTS.match(stripped) or FOOTNOTE_DEF.match(stripped)) \
                    or dense and number <= 5 and re.match(r"\d{1,4}\.[ ]+[A-Z]", stripped) \
                    or lines and DASHED_NOTE.fullmatch(stripped) and not lines[-1].endswith("↩"):
                # (a telegram's number opens its first paragraph under the title: "1602. At my request Gottwald ...";
                # a FRUS copy's first note under the signature, "Allen" / "- Not printed.↩", opens the notes)
                flush()  # (dense: "Time of meeting: ..." is a paragraph of its own, "- Amb. Karpov" a list's line)
            in_head = in_head and not alone
            # a diary's day over its entry, no blank line between ("Saturday, 25 November" / "Dull, light rain" / "A
            # telegram from ..."): the day, and the weather's short line under it, are paragraphs of their own
            dated = diary_day or dated and len(stripped) <= 60 and not stripped.endswith(".")
            noted = noted or bool(SOURCE_NOTE.match(stripped)) or signed_note
            stands_alone = flush_right or dense_here and MEMORANDUM_BY_LINE.fullmatch(stripped) is not None
            # (and FRUS's heading, no stop at its end: "Memorandum of Conversation, by the Secretary of State" / "The
            # Chinese Ambassador called at eleven o'clock ...", no blank line between: the heading alone, the title)
            if not lines:
                start_line, start_offset = number, offset + len(line) - len(line.lstrip())
            lines.append(stripped)
            # (or, in a block of one paragraph a line, a numbered heading's short line: "1. Ghana" / "President Nkrumah
            # said that ...", no country run into the name)
            width = wrap if dense else all_wrap if numbered_heading else 0
            short = width >= 60 and len(stripped) * 2 < width and number < len(rows) \
                and rows[number].strip()[:1].isupper() and (numbered_heading
                                                            or len(lines) > 1 and len(lines[-2]) * 4 >= width * 3
                                                            or len(lines) == 1 and len(rows[number].strip()) * 4 >= width * 3
                                                            and not WRAPPED_ON.search(stripped) and number > filled[-1] + 1)
            furniture = shouting and (CABLE_PAGE_HEAD.match(stripped) or RELEASE_STAMP.search(stripped)
                                      or len(lines) > 1 and lines[-2].startswith("PAGE ") and CABLE_NUMBER.match(stripped)) \
                and all(CABLE_MARKING.match(row) for row in lines[:-1])
            dateline = dense_here and len(stripped) <= 60 and (placed := PLACE_DATED.fullmatch(stripped.rstrip("."))) \
                is not None and parse_date(placed["date"]) is not None
            # ("Budapest, 3 December 1959" over the record's first paragraph, with no blank line: the dateline ends)
            if alone or marking or value_next or short or furniture or dateline \
                    or dense_here and number <= 5 and FRUS_HEADING_LINE.match(stripped) \
                    or number <= 4 and (FILED_KIND_LINE.fullmatch(stripped) or VOLUME_NUMBER_LINE.fullmatch(stripped)
                                        or ARCHIVED_NUMBER_LINE.fullmatch(stripped)) \
                    or dense_here and number - 1 == filled[0] and FRUS_TITLE_LINE.fullmatch(stripped) \
                    and number < len(rows) and len(rows[number].strip()) > 100 \
                    or dense_here and DENSE_END.search(stripped) and not NUMBER_ALONE.match(stripped) \
                    or header_line and (not DENSE_LABEL.match(stripped) or header is not None and header.match(stripped)) \
                    or dense_here and DENSE_STARTS.match(lines[0]) and not lines[0][0].isdigit() \
                    and _prose_line(rows[number] if number < len(rows) else ""):
                flush()  # (a list's line before a long line: that line is prose, not the item's wrapped rest)
            value_next = alone and stripped in one_line
            # ("PARTICIPANTS" / "His Excellency Avraham Harman, Ambassador of Israel" / "G. Lewis Jones, Assistant
            # Secretary for NEA" / "Ambassador Harman called on me today at his request ...": the list's lines end
            # at the wrapped prose under them)
            listed_line = listing and "," in stripped and not DENSE_END.search(stripped) and len(stripped) * 4 < wrap * 3
            if listed_line and lines:
                flush()
            listing = dense and (PEOPLE_LIST_ALONE.fullmatch(stripped) is not None or listed_line)
        offset += len(line) + 1
    flush()
    return paragraphs


PEOPLE_LIST_ALONE = re.compile(r"(?i)(?:participants|present|those[ ]present|attendees)[ ]*:?")


def _dash_key(name: str) -> str:
    """A dash label's name as the page's dialogue repeats it: folded, its initials away (the first label may add an
    initial the others drop: "Ts. Narkhuu –", then "Narkhuu –")."""
    from ld.speakers import fold  # (ld.speakers imports this module's layout keys)

    return re.sub(r"^(?:[a-z]{1,2}\.[ ]?){1,3}(?=[a-z]{3})", "", fold(GLUED_COMPLETION.sub(r"\1", name)))


def _unquoted(text: str) -> str:
    """A page whose lines mostly start with a quotation's marks (a mailing list's "> ", an e-book reader's
    "| | "): the marks blanked out (the same number of spaces, so that every offset still points into the
    file), a line of marks alone then a blank line."""
    rows = text.split("\n")
    marked = sum(bool(QUOTE_MARKS.match(row)) for row in rows if row.strip())
    if marked < 5 or marked * 5 < sum(bool(row.strip()) for row in rows) * 2:
        return text
    return "\n".join(" " * m.end() + row[m.end():] if (m := QUOTE_MARKS.match(row)) else row for row in rows)


QUOTE_MARKS = re.compile(r"^(?:[ ]*(?:>|\|)(?=[ ]|$|>|\|))+[ ]?")


def _unlisted(text: str) -> str:
    """A telegram copied as a list, each paragraph's number an item ("- 3.") and its text the next ("- I used
    occasion ..."): the list's dashes blanked out (as _unquoted does), so that "He asked me ..." opens its paragraph;
    not a footnote's ("- Source: ...↩")."""
    if len(LISTED_NUMBER.findall(text)) < 3:
        # ("-" alone over "2. SUMMARY: ...", "-" over "3. ...", ...: blanked, the same number of characters)
        return DASH_OVER_NUMBER.sub(" \n", text) if "-\n" in text and len(DASH_OVER_NUMBER.findall(text)) >= 3 \
            else text
    return "\n".join("  " + row[2:] if row.startswith("- ") and not row.rstrip().endswith("↩")
                     else " " * len(row) if row.rstrip() == "-" else row  # (an empty item between a number and its
                     for row in text.split("\n"))  # text, "- 1." / "-" / "McCone reported ...": a blank line)


LISTED_NUMBER = re.compile(r"(?m)^- \d{1,3}\.[ ]*$")
# a numbered heading's short line over a paragraph a line: "1. Ghana", "2. Mali"
NUMBERED_HEADING_LINE = re.compile(r"\d{1,2}\.[ ]+[A-Z][\w’'\-]*(?:[ ][A-Z][\w’'\-]*){0,3}")
# a cable mirror's lone dash over each numbered paragraph ("-" / "3. PRESIDENT SIAD BARRE RECEIVED ME ..."): a separator
DASH_OVER_NUMBER = re.compile(r"(?m)^-[ ]*\n(?=\d{1,3}\.[ ])")


# In text without blank lines: a line that ends a sentence (a footnote's number may follow: "testing.3") ends
# its paragraph; a line in capitals alone ("PARTICIPANTS") is a paragraph; a list's line ("- Amb. Karpov")
# starts one, and so does a paragraph's number on a line of its own ("2." over "AMB opened by ...").
# FRUS's first note ("1. Source: Department of State, ..."), under the signature with no blank line between: the notes
SOURCE_NOTE = re.compile(r"[01]\.?[ ]+Source:[ ]")  # ("0. Source:" where the title's call-out is 0)
# a signature over the editor's notes: "Williams", "Joseph C. Grew"
SIGNATURE_ABOVE_NOTE = re.compile(r"(?:[A-Z]\.[ ]?){0,2}(?:[A-Z][a-z][\w’'\-]+[ ](?:[A-Z]\.[ ])?){0,2}[A-Z][a-z][\w’'\-]+"
                                  r"|(?:[A-Z]\[[a-z]+\][ ]){1,2}[A-Z]\[[a-z]+\]")  # (or completed: "C[ordell] H[ull]")
# a cable's page head between two paragraphs ("SECRET" / "SECRET" / "PAGE 02 BERLIN 06583 01 OF 02 272001Z"): a
# paragraph of its own, not the opening of the next one (which may start with a speaker)
CABLE_PAGE_HEAD = re.compile(r"PAGE[ ]\d{1,3}[ ]+[A-Z][A-Z ]*[ ]\d{3,6}[ ].*\d{6}Z$"
                             r"|[A-Z]{4,6}[ ]\d{3,6}[ ]+\d{2}[ ]OF[ ]\d{2}[ ]+\d{6}Z$")  # (or "PAGE 02" a line above it)
# a FRUS document's heading on one line, ending with its date's year and perhaps a footnote's number ("173. Memorandum
# of a Conversation Between ..., Washington, February 22, 19571"): no sentence's end, yet a paragraph of its own
MEMORANDUM_BY_LINE = re.compile(r"(?:\d{1,5}\.[ ]+)?Memorandum(?:[ ]of[ ](?:a[ ])?(?:Telephone[ ])?Conversation)?,[ ]by[ ]"
                                r"[^.\n]{3,120}?(?<![ ]the)(?<![ ]of)(?<![ ]to)(?<![ ]and)\d{0,2}")  # (not its line
# wrapped: "Memorandum of Conversation, by the" / "Counselor of the Department of State (MacArthur)1")
FRUS_HEADING_LINE = re.compile(r"\d{1,4}\.[ ]+(?:Memorandum|Telegram|Letter|Message|Minutes|Notes?|Record|Despatch)\b.{10,}"
                               r",[ ](?:19|20)\d{2}\d{0,2}$")
# (or, first, its title with no date, its note's number glued on, over a long line: "22202. Telegram From the Embassy in
# the Soviet Union to the Department of State1" / "213. I called on Gromyko ...", not over its subtitle)
FRUS_TITLE_LINE = re.compile(r"\d{1,5}\.[ ]+(?:Memorandum|Telegram|Letter|Message|Minutes|Notes?|Record|Despatch)[ ]+"
                             r"(?:of|From|by|to|for|on)\b[^.!?]{10,}[^\W\d_]\d{0,2}")
# (or, under "PAGE 02", the cable's office and number alone: "STATE 287140")
CABLE_NUMBER = re.compile(r"[A-Z]{4,10}[ ]\d{3,6}$")
# (or the release stamp a cable's copy prints at a page's foot: "Sheryl P. Walter Declassified/Released US Department
# of State EO Systematic Review 30 JUN 2005")
RELEASE_STAMP = re.compile(r"Declassified/Released[ ]US[ ]Department[ ]of[ ]State[ ].*\d{4}$")
# a record's classification on a line of its own ("secret" above "Participants: ...", "Top Secret; Nodis"): a paragraph of
# its own, whatever the case it is typed in
# a diary's day as its entry's heading: "Saturday, 25 November", "Monday, November 22, 1943"
WEEKDAY_LEAD = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ ]+")
WEEKDAY_HEADING = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ ]+"
                             r"(?:\d{1,2}[ ]+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}[ ]+\d{1,2})(?:,?[ ]+\d{4})?")
CLASSIFICATION_ALONE = re.compile(r"(?i:top[ ]secret|secret|confidential|strictly[ ]confidential|personal[ ]and[ ]confidential"
                                  r"|eyes[ ]only|limited[ ]official[ ]use|unclassified|restricted)"
                                  r"(?:[;,][ ]?(?i:nodis|exdis|limdis|eyes[ ]only|priority|immediate|niact|flash))*\.?")
CABLE_MARKING = re.compile(r"(?:(?:TOP[ ])?SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE|PAGE[ ]\d{1,3})$")
DENSE_END = re.compile(r"[.!?:”\")\]。！？）]\d{0,2}$")
DENSE_OWN_LINE = re.compile(r"^(?=[^a-z]*$)[A-Z][A-Z .,&/'’\-]{3,60}$"
                            r"|^(?:Top Secret|Secret|Confidential|Special Folder|Eyes Only|Strictly Confidential)$")
BULLET_SIDE = re.compile(r"^[•·▪◦\-][ ]+(?P<side>(?:[A-Z][\w.]*[ ]){1,2}[Ss]ide):[ ]*")
INITIALS_LABEL = re.compile(r"^[ \t]*([A-Z]{2,4}):[ ]+(?=\S)", re.M)  # "HAK: Mr. Minister, ..."
NAME_RUN_WITH_INITIALS = re.compile(r"\b[A-Z][a-z]+(?:[ ](?:[A-Z]\.|[A-Z][a-z]+)){1,4}\b")  # "State Henry A. Kissinger"
LETTER_LABEL = re.compile(r"^[ \t]*([A-Z]):[ ]+(?=\S)", re.M)  # "P: I know."
DECLARED_LINE = re.compile(r"^[ \t•\-]*(?P<full>[A-Z][\w.’'\-]*(?:[ ][A-Z][\w.’'\-]*){1,4})[ ]\((?P<short>[A-Z])\)[ ]*$", re.M)
_NAME = r"(?:[A-Z]\.[ ]?){0,3}[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2}"
BETWEEN_TWO = re.compile(rf"\bbetween[ ]+(?P<a>{_NAME})[ ]+and[ ]+(?P<b>{_NAME})")  # ("a conversation between X and Y")
TWO_LETTER_INITIAL = re.compile(r"[A-Z][a-z]\.")
CONVERSATION_WITH = re.compile(r"\b(?:[Ii]n|[Dd]uring)[ ](?:a|the|his|her|their|our|my)[ ]"
                               r"(?:conversation|talk|discussion|meeting)[ ]with\b")
# a telegram's first sentence of the author's visit, its "I" left out: "803. Saw Nkrumah at Flagstaff House this afternoon"
TELEGRAPHIC_VISIT_VERB = re.compile(r"(?:\d{1,4}\.[ ]+)?(?:Saw|Called[ ]on|Met[ ]with|Visited)[ ]+(?=[A-Z])")
TELEGRAPHIC_VISIT = re.compile(r"(?:\d{1,4}\.[ ]+)?(?:Saw|Called on|Met with|Visited|Presented(?:[ ]my)?[ ]credentials[ ]to)"
                               r"[ ]+(?:[A-Z][\w’'\-]*[ ]+){0,3}[A-Z]")
# a title's two parties: "Record of Talks between Kim Il Sung and Bulgarian Ambassador to North Korea, Misho Nikolov"
# FRUS's title of a memorandum between an official (his surname in brackets) and another, a name: "... Between the
# Ambassador in Belgium (Burden) and Patrice Lumumba" (the note's call-out glued to it)
OFFICIAL_AND = re.compile(r"\b[Bb]etween[ ]+(?:the[ ]+)?[A-Z][^,;:()]{2,80}\([A-Z][\w’'\-]+\)[ ]+and[ ]+"
                          r"(?P<whom>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,3}?)\d*$")
TITLE_BETWEEN = re.compile(r"\bbetween[ ]+(?P<a>[A-Z][^,;:]+?)[ ]+and[ ]+(?P<b>[A-Z].+)")
# a speech's first words addressing someone: "Comrade Ambassador, you have worked ...", "Dear Comrade Zhivkov!"
VOCATIVE = re.compile(r"(?:(?:Dear|Respected|Esteemed|Honou?red)[ ]+)?(?P<who>(?:(?:Comrade|Com\.|Cde\.|Mr\.|Mister"
                      r"|Madam|Madame|Mrs\.)[ ]+)?[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*){0,2})[ ]?[,!]")
ADDRESS_WORDS = frozenset({"comrade", "com", "cde", "mr", "mister", "madam", "madame", "mrs", "dear"})


def _sentence_like(text: str) -> bool:
    """Is text before the first turn a sentence or more, not a heading ("during the farewell visit")?"""
    words = len(text.split())
    return words > HEADING_WORDS or words >= 6 and text.rstrip("\"”’)")[-1:] in ".?!…"


def _first_translated(title: str, unattributed: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The first paragraph above the turns, passing over the Chinese or Japanese original that a page with a title in
    another script prints above its translation ("[8月14日] 上午10时30分 ..." over "...The most important thing")."""
    foreign = not CJK_CHAR.search(title)
    return next((u for u in unattributed if not (foreign and len(CJK_CHAR.findall(u[1])) * 3 > len(u[1]))), None)


def _words(text: str) -> int:
    """How many words a text holds, Chinese and Japanese too, which print no spaces between them (two characters
    a word): a Chinese paragraph of 200 characters is no one-word heading."""
    return len(text.split()) + len(CJK_CHAR.findall(text)) // 2


CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
CJK_SPEECH = re.compile(r"[说說説道][:：,，“「]")  # someone's words in Chinese, after "said"


def _visit_sentence(text: str) -> str:
    """A telegram's first sentence when it narrates the author's visit: "803. Saw Nkrumah at Flagstaff House ...",
    "1602. At my request Gottwald received me this morning ..."; else ""."""
    routing = CABLE_CAPTION.match(text)  # ("2354. Eyes Only Secretary. Khrushchev asked me to come in ...")
    sentence = re.split(r"(?<=[a-z]{2}[.;])(?<!Mrs\.)(?<!Mme\.)\s", text[routing.end():] if routing else text,
                        maxsplit=1)[0]
    return sentence if TELEGRAPHIC_VISIT.match(text) or (MET.search(sentence) and FIRST_PERSON_OBJECT.search(sentence)
                                                         or VISITED_ME.search(sentence)) \
        and re.match(r"\d{1,4}\.[ ]", text) else ""  # ("1094. Mrs. Pandit called at her request this morning.")


def _author_visit(text: str) -> str:
    """The sentence of a first-person record's first paragraph that narrates the author's visit: a telegram's opening
    (``_visit_sentence``), or one of its first three sentences ("Your telegram ... has been received. On the morning of
    the 15th I called on Prime Minister Abdullah as-Sallal and handed him ...")."""
    sentences = SENTENCE_BREAK.split(text)
    return _visit_sentence(text) or next((s for s in sentences[:3] if I_CALLED_ON.search(s) or RECEIVED_ME.match(s)), "") \
        or (sentences[0] if I_HAD_TALK.search(sentences[0]) else "")  # (a talk only in the opening sentence: "In the
    # morning I had two hours with Foreign Minister Huang" further on may be one of the day's several talks)


# the visitor's words in the sentence of the visit: "... sent for me this afternoon and said that ..."
# or what the visit was for, words of his: "... asked me to call this morning so that he might read to me ...", "...
# called at his request to present his Government's views on ...", "... and spoke with evident fatigue about ..."
VISIT_AND_SAID = re.compile(r"\b(?:me|us|request)\b[^.;:!?]{0,60}?[ ](?:and[ ]+(?:then[ ]+)?(?:said|told[ ]me|informed[ ]me"
                            r"|explained|stated|asked[ ]me|spoke|asked[ ](?:whether|if|what|how|why|when))"
                            r"|(?:so[ ]that[ ]he[ ]might|in[ ]order[ ]to|to)[ ](?:present|convey|give[ ]me|inform[ ]me|tell[ ]me"
                            r"|read[ ]to[ ]me|deliver|protest|complain|express|explain|outline|hand[ ]me))\b")
# the other's words to the author, in a sentence of a lead and its subject: "Before leaving he asked me to convey ..."
HE_ASKED_ME = re.compile(r"\b(?:he|she|(?!I\b)[A-Z][\w’'\-]*)[ ]+(?:[a-z]+[ ]+){0,2}?"
                         r"(?:asked|told|urged|requested|begged|assured|informed)[ ]+me\b"
                         r"(?![ ]to[ ](?:come|call|see|visit|meet)\b)")  # ("... K asked me to convey", not a summons)
# headers whose values are short, and speech reported in one that runs on ("Date: 11/03/1962 Source: ... I informed him")
SHORT_HEADERS = frozenset({"Date", "Time", "Place", "Location", "File", "Number", "Date and time"})
HEADER_RUN_ON_SPEECH = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[A-Z][\w’'\-]+)[ ]+(?:said|stated|told|informed|asked|replied"
                                  r"|answered|declared|explained)\b")
# a telegram's fields, which may follow its number in its first paragraph: never a speaker's label
CABLE_FIELDS = frozenset({"ref", "refs", "reference", "references", "reftel", "reftels", "subj", "suj", "subject",
                          "action", "info", "tags"})  # (and a typist's "SUJ:")
# a participant's name after an office code and its dash ("NE—Rodger P. Davies", "EUR/SOV—Mr. Toon"), to the line's end
# (or to the next code: a list whose line breaks were lost, "NE—Rodger P. Davies NE—Talcott W. Seelye The Prince ...")
OFFICE_CODE_ENTRY = re.compile(r"(?:(?:Mr|Mrs|Dr|Ambassador)\.?[ ])?(?:[A-Z][\w’'\-]*\.?[ ]){1,3}[A-Z][\w’'\-]+"
                               r"(?:,[^\n]{0,80})?(?:$|(?=[ ]+[A-Z]{2,5}(?:/[A-Z]{1,5})?[—–]))", re.M)
# a verb of speaking and nothing said, after a label: "PM spoke.", "Prime Minister spoke. (about ...)"
SPOKE_ONLY = re.compile(r"[ ]+(?:then[ ]+|again[ ]+|briefly[ ]+)?(?:spoke|speaks|replied|answered)\."
                        r"(?:[ ]*\([^()]{0,200}\))?[ ]*")
# the two a record's title says the conversation was between, to its end (BETWEEN_TWO's names, in a title's case too):
# "Record of Conversation Between Shaw and Nishi", "Record Of Conversation Between Anderson And Kosasih"
TITLE_BETWEEN_TWO = re.compile(rf"\b[Bb]etween[ ]+(?P<a>{_NAME})[ ]+[Aa]nd[ ]+(?P<b>{_NAME})[ ]*$")
# a title that is only who sent the record to whom, with no number or kind before it (PERSON_SENDS reads those):
# "Eggleston to Evatt" (not "Cablegram to Canberra", "Savingram to Washington": no sender named)
SENDER_TO = re.compile(r"(?P<sender>(?!(?:Cablegram|Telegram|Letter|Despatch|Dispatch|Minute|Memorandum|Record|Note|Message"
                       r"|Report|Cable|Airgram|Savingram|Inward|Outward)\b)[A-Z][\w’'\-]{2,})"
                       r"[ ]+to[ ]+(?P<to>[A-Z][\w’'\-]+(?:[ ]of[ ](?:[A-Z][\w’'\-]+[ ]?){1,3})?)(?:[ ]+\([^()]{1,40}\))?")
# (or to a department: "Ballard to Department of External Affairs")
TELEGRAM_NUMBERS = re.compile(r"\d{1,4}\.[ ]+(?:\d{1,2}\.[ ]+)?(?=[A-Z])")  # "172. 1. Bajpai ..."
# a telegram's number and its handling caption before its first sentence: "2354. Eyes Only Secretary. ", "511. For
# Secretary from Ambassador. ", "Nodis. ", or the telegram it answers: "471. Deptel 221, June 22. "
CABLE_CAPTION = re.compile(r"\d{1,4}\.[ ]+(?:(?:Eyes[ ]Only|For|Nodis|Exdis|Limdis|Personal|Priority|Literally[ ]Eyes"
                           r"|(?:Re[ ]|Ref[ ]|Reference[ ])?(?:Deptel|Embtel|Legtel|Urtel|Reftel|Mytel|Depcirtel|Contel)s?)"
                           r"\b[^.]{0,40}\.[ ]+"
                           # (or the author's earlier telegram, dated to the hour, a note's number glued on: "14. My 11,
                           # January 19, noon.61 ", "812. Re my 798, June 18, 6 p.m.41 ")
                           r"|(?:Re[ ]|Reference[ ])?[Mm]y[ ]\d{1,4},[ ][A-Z][a-z]+[ ]\d{1,2}"
                           r"(?:,[ ](?:\d{1,2}(?::\d\d)?[ ]?[ap]\.[ ]?m|noon|midnight))?\.\d{0,2}[ ]+)+(?=[A-Z])")


# (or had a talk, or an hour, with someone: "I had hour and half with Huang Hua July 25, probably our last long talk")
HAD_TALK_WITH = r"had[ ](?=[^.]{0,40}?\b(?:talk|conversation|meeting|interview|hours?|half|audience|discussion|lunch|dinner" \
                r"|breakfast)\b)(?:[a-z\-]+[ ]){1,6}?with"
I_CALLED_ON = re.compile(r"\bI[ ]+(?:called(?:[ ]+(?:(?:this|yesterday)[ ]+(?:morning|afternoon|evening)|today|yesterday))?[ ]on"
                         r"|visited|met(?:[ ]with)?|saw"  # ("I called this morning on H. V. R. Iengar")
                         r"|(?:lunched|dined|breakfasted)(?:[ ]+(?:today|yesterday|tonight|last[ ]night))?[ ]+with"
                         r"|paid[ ](?:a[ ]|my[ ])?(?:farewell[ ])?call[ ]on)[ ]+[A-Z]")
I_HAD_TALK = re.compile(r"\bI[ ]+" + HAD_TALK_WITH + r"[ ]+[A-Z]")
FIRST_PERSON_OBJECT = re.compile(r"\b(?:me|[Mm]y|I)\b")
# a visit to the author ("Eden visited me", "... came to see us"), its visitor the sentence's subject
VISITED_ME = re.compile(r"\b(?:(?:visited|called[ ]on|came[ ]to[ ]see|received|saw|sent[ ]for|summoned)[ ]+(?:me|us)\b"
                        r"|asked[ ](?:me|us)[ ]to[ ](?:call|come)\b"  # ("The PriMin asked me to call this afternoon")
                        r"|came[ ]to[ ](?:the[ ]|my[ ]|our[ ])?(?:residence|embassy|legation|chancery|office)\b"
                        r"|(?:called|came[ ]in)(?:[ ](?:at[ ][\d:.]+[ ]?[ap]\.m\.|on[ ](?:me|us)|this[ ]\w+|today)){0,2},?"
                        r"[ ](?:again[ ])?at[ ](?:his|her|their)[ ](?:own[ ])?request\b|took[ ]me[ ]aside\b)")
# ("Mrs. Pandit called at her request", "Ambassador Zaroubin called at 4:00 p.m. today at his request", "... called on
# me this morning, at his own request", "The Canadian Ambassador came in at his own request", "... Lajos Acs took me
# aside for forty minutes")
# the one who visited, named just before the verb: "At Czech Legation reception last evening Lajos Acs took me aside"
VISITOR_BEFORE = re.compile(r"(?P<who>(?:[A-Z][\w’'\-]+[ ]){0,2}[A-Z][\w’'\-]+)[ ]+(?:visited|called[ ]on|came[ ]to[ ]see"
                            r"|received|saw|took)[ ]+(?:me|us)\b")
# a telegram's sentence that drops its subject, the visitor: "Said he had read our second note ...", "Maintained ..."
# ... and a sentence that drops the author's "I", its verb's object the other or its clause the author's own: "Told him
# I would consult Department", "Pointed out that our plan ...", "Opened by saying I had come as friend"
AUTHOR_UNSAID = re.compile(r"(?:Told|Asked|Assured|Reminded|Informed|Urged|Warned)[ ]+(?:him|her|them)\b"
                           r"|(?:Pointed[ ]out|Opened[ ]by[ ]saying|Replied|Responded|Countered|Stressed)[ ]+(?:that[ ]+)?"
                           r"(?=[^.;]{0,160}\b(?:I|my|we|our)\b)")
FIRST_PERSON_WORD = re.compile(r"\b(?:I|my|me)\b")
TELEGRAPHIC_SAID = re.compile(r"(?:Said|Stated|Maintained|Added|Stressed|Remarked|Complained|Explained|Insisted"
                              r"|Emphasized|Observed|Indicated|Argued)[ ]")
# a first-person record's visit told from the other side, at a sentence's start: "Chou En-lai saw me late last night at
# my request", "Allende received me in cordial fashion" (who: one to four capitalised words, a title among them)
RECEIVED_ME = re.compile(r"(?:At[ ]my[ ]request[ ]+|This[ ]morning[ ]+|Today[ ]+)?"
                         r"(?P<who>[A-Z][\w’'\-]+\.?(?:[ ][A-Z][\w’'\-]+\.?){0,3})"
                         r"[ ]+(?:saw|received|summoned)[ ]+me\b")
# whom the author's visit names without a title, right after the verb: "My call on Mosadeq this evening ...", "Saw
# Nkrumah at ..." (one or two capitalised words, then no more capitals: not "called on the Foreign Ministry")
VISITED_NAME = re.compile(r"\b(?:[Cc]all(?:ed)?[ ]on|[Ss]aw|[Mm]et[ ]with|[Vv]isited|I[ ]" + HAD_TALK_WITH + r")[ ]+"
                          r"(?P<name>[A-Z][a-z][\w’'\-]+(?:[ ][A-Z][a-z][\w’'\-]+)?)\b"
                          r"(?![ ](?!(?:January|February|March|April|May|June|July|August|September|October|November"
                          r"|December)\b)[A-Z])")  # (a date after the name: "... with Huang Hua July 25")
# whom a record's head says its author talked with: "Conversation with Commandante Ernesto Guevara of Cuba",
# "SUMMARY OF AVERELL HARRIMAN MEETING WITH T. V. SOONG" (the name ends before "on", "of", "in", a date or a stop)
TALK_WITH_WHOM = re.compile(r"\b(?:[Cc]onversations?|CONVERSATIONS?|[Tt]alks?|TALKS?|[Mm]eetings?|MEETINGS?|[Dd]iscussions?"
                            r"|[Ii]nterview|[Aa]udience)[ ]+(?:(?:held|sustained)[ ]+)?(?:[Ww]ith|WITH)[ ]+"
                            r"(?!(?:me|us|him|her|them|you|each)\b)"
                            r"(?P<whom>(?:[A-Z]\.[ ]?|[^,.;:()\[\]\n\d])+?)"
                            r"(?=[ ]+(?:on|in|at|of|during|about|concerning|regarding|and|ON|IN|AT|OF|AND)\b|[ ]*[,.;:()\n\d]|$)")
MET = re.compile(r"\b(?:met|meets|called on|received|receives|had a (?:conversation|talk|meeting)|visited|guests? of|saw"
                 r"|had the following (?:discussion|conversation|talk)"  # ("Roa García had the following discussion with")
                 r"|were present|call on"  # ("I paid my farewell call on President de Gaulle")
                 # (who attended, in the narration: "Present were Secretary Rusk, Mr. McGeorge Bundy, ...", "Meeting
                 # attended by the President, ...", an OCR's stamp perhaps between: "Present COMPLETED, were ...")
                 r"|present(?-i:[ ][A-Z]{4,},?)?[ ]were|attended by|in attendance were"
                 r"|asked me to (?:come|call)|summoned me|called me in"  # ("Khrushchev asked me to come in at 11")
                 r"|paid (?:a |return )?visits? to"
                 r"|(?:had|spent) (?:an?|one|two|three|half an)(?: and a half)? hours?(?:['’ʼ]s (?:talk|conversation))? with"
                 # (a cable's "Have just returned from hour and half with Pres Sukarno ..., Subandrio and Leimena present")
                 r"|returned from (?:an? )?hours? (?:and (?:a )?half )?with|present throughout"
                 r"|(?:my|our)[ ](?:conversation|talk|meeting)s?[ ]with"  # ("583. My conversation with Fidel Castro ...")
                 r"|(?:meeting|talks?|conversation|discussion)s?[ ]with"  # ("MEMCON OF ... SECOND MEETING WITH ...
                 # FOREIGN MINISTER WOJTASZEK")
                 r")\b", re.I)  # who met (in a cable's capitals too)
# a topic's heading run into the paragraph it heads: "Economic Relations. President Tito began by saying ..."
RUN_IN_HEADING = re.compile(r"(?:\d{1,2}\.[ ]+)?[A-Z][\w’'\-]*(?:[ ](?:[A-Z][\w’'\-]*|and|of|the|in|on|for|with)){0,5}\.")
LABEL_ALONE = re.compile(r"^[A-Z][\w’'\-]+(?:[ ][\w’'.\-]+){0,3}:$")  # a label on its own line, the words under it
NUMBER_ALONE = re.compile(r"^\d{1,3}\.$")
DENSE_STARTS = re.compile(r"^(?:[-•–][ ]|\[…\]|\d{1,3}\.$|This document was made possible with support from\b)")
# a blog post's byline under its text: "Posted by temporaryehliss at 10:42 PM"
BLOG_POSTED = re.compile(r"Posted[ ]by[ ][^\n]{1,60}[ ]at[ ]\d{1,2}:\d{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?"
                         # (the same line of a blog in Chinese: "张贴者: communistchinadoc 时间: 下午9:41")
                         r"|(?:张贴者|張貼者)[:：][ ]?[^\n]{1,60}?[ ]?(?:时间[:：]|於)[ ]?(?:上午|下午)?\d{1,2}:\d{2}")
# where the web page's closing block starts: "Document Information", or a teaching site's "How to Cite This Source"
# a government site's last lines under a published record: "Last Updated: 11 September 2013", "Back to top" (folded)
SITE_FOOTER = re.compile(r"(?:page[ ]+)?last[ ]+(?:updated|modified|reviewed):?[ ]+\S.{0,40}|back[ ]+to[ ]+top"
                         r"|purchase[ ]+volumes[ ]+online")  # (an edition's site: its link under the text)
TRAILER_STARTS = {"share this:",  # (a blog's sharing buttons under the text, then its "Related" posts)
                  "document information", "how to cite this source", "how to cite this document", "to cite this document",
                  "citation information", "<< end of document >>",  # (a cable reading room's last line)
                  "top of page",  # (the State Department's old archive site, above its footer)
                  "similar documents",  # (a document-sharing site's links to other records)
                  "no comments:", "post a comment", "newer post", "older post"}  # (a blog's footer under its post)
# what a page's "Source" heading below the record names: an archive, a publication, a translator
SOURCE_VALUE = re.compile(r"\b(?:Archives?|Archiv|Published|Translated|Obtained|Fond|RGANI|AVP\s?RF|APRF|Library|Ministry"
                          r"|Collection|Papers)\b")
# the web page's closing block, printed after the text: each a paragraph of its own
TRAILER_LINES = {"associated people & organizations", "associated places", "associated topics", "subjects discussed",
                 "document information", "source", "original archive", "rights", "type", "record id", "languages",
                 "related documents", "more",
                 "original language", "original uploaded date", "to cite this document", "author(s):", "author(s)"}
# the closing block's headings whose values are lists of names, places and topics, a paragraph each
ASSOCIATED = {"associated people & organizations", "associated places", "associated topics", "subjects discussed",
              "related documents", "tags"}  # (and a teaching site's "Tags" / "Brezhnev, Kania, Poland")
# a label and its speech at a line's start: "N. S. Khrushchev: We ...", "2. LI: YESTERDAY ..."
DENSE_LABEL = re.compile(r"^(?:\d{1,2}\.[ ]+)?(?:[A-ZА-ЯЁ]\.[ ]?){0,3}[A-ZА-ЯЁ][\w’'\-]+(?:[ ][A-ZА-ЯЁ][\w’'\-]+){0,3}:[ ]+\S"
                         r"|^[\u3400-\u9fff、]{1,12}(?:[(（][^()（）\n]{1,12}[)）])?[:：]\S")  # (a Chinese record's "主席:")
DENSE_BLOCK = 8  # lines


def _prose_line(row: str) -> bool:
    """A long line of prose: the paragraph after a list, not a list item's wrapped rest."""
    row = row.strip()
    return len(row) > 100 and row[0].isupper()


def _paragraph(lines, path, line, offset) -> Paragraph:
    text = " ".join(lines)
    text = MARKUP.sub("", text) if "<" in text else text
    text = unmarked(text) if "_" in text or "*" in text or "\\" in text else text
    text = unicodedata.normalize("NFC", text)
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = SPACES.sub(" ", text)
    return Paragraph(text.strip(), Location(path, line, offset), tuple(lines))


def unmarked(text: str) -> str:
    """Markdown's marks taken away, as HTML's tags are: a page copied as Markdown prints "41\\. _Mr. Holyoake_
    said ..." and "**Malaysia–Indonesia**"."""
    return MARKDOWN_ESCAPE.sub("", MARKDOWN_EMPHASIS.sub(lambda m: m["a"] or m["b"] or m["c"], text))


MARKDOWN_EMPHASIS = re.compile(r"\*\*(?P<a>[^*\n]{1,200}?)\*\*|(?<![\w*])_(?P<b>[^\W\d_][^_\n]{0,120}?)_(?!\w)"
                               r"|(?<![\w*])\*(?P<c>[^\W\d_][^*\n]{0,120}?)\*(?![\w*])")
MARKDOWN_ESCAPE = re.compile(r"\\(?=[.\-*_\[\]()#])")


# runs of spaces, tabs and no-break spaces, to one space (a single space is left alone: most of a text's spaces)
SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")


# what a copied web page or PDF export prints above the date line
# what a PDF export prints above the date on page 1, in text copied with its line breaks lost
RUN_ON_BANNER = re.compile(r"^(?:\d{1,3}[ ]+)?(?:Digital Archive[ ]+)?(?:International History Declassified[ ]+)?"
                           r"(?:digitalarchive\.wilsoncenter\.org[ ]+)?", re.I)
# a PDF page's number before its run-on text ("2 Top Secret MEMORANDUM ...", "3 defense. He ...")
PAGE_NUMBER = re.compile(r"^\d{1,3}[ ]+(?=\S)")
LETTER, LOWER = re.compile(r"[^\W\d_]+"), re.compile(r"[a-zß-ÿ][^\W\d_]*")


def _addressed(text: str, name: str) -> bool:
    """Does ``text`` name this person as the one the speaker addressed ("told Indian Ambassador Raghavan that",
    "received Ambassador U Hla Maung")? A person merely spoken of is no one who answers."""
    surname = name.split()[-1] if name.split() else ""
    return len(surname) >= 2 and any(
        ADDRESSED.search(text, max(m.start() - 60, 0), m.start())
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text))


def _received_me(text: str, name: str) -> bool:
    """Does ``text`` say that this person received the author ("On 9 January Liu Shaoqi received me at his home.")?
    The host then speaks: "Liu Shaoqi told me that ..." is his turn, not a report the author relays."""
    surname = name.split()[-1] if name.split() else ""
    return len(surname) >= 2 and (re.search(rf"(?<![\w-]){re.escape(surname)}\d*[ ]+(?:[a-z]+ly[ ]+)?(?:received|invited|"
                                            rf"summoned|welcomed|called[ ]in)[ ]+(?:me|us)\b", text) is not None
                                  # (or in the passive: "I was received by de Gaulle at the Elysée ...")
                                  or re.search(rf"\b(?:I|we)[ ]+(?:was|were)[ ]+(?:received|invited|summoned)[ ]+by[ ]+"
                                               rf"(?:[\w.’'\-]+[ ]+){{0,4}}{re.escape(surname)}\b", text, re.I) is not None)


# a verb of addressing someone, then up to five words of their title and name: "told Burmese Ambassador U Hla"
ADDRESSED = re.compile(r"\b(?:told|received(?![ ]+by)|informed|asked|urged|assured|thanked|reminded|met|visited|called[ ]on)"
                       r"(?:[ ]+[\w\[\].’'\-]+){0,5}[ ]+$")


def _mostly_capitals(sample: str) -> bool:
    """A cheap first look: are most of the sample's Latin letters capitals? (Counted in its ASCII bytes: a
    ``str.translate`` looks each character up in a table, ``bytes.translate`` deletes from a 256-byte one.)"""
    ascii_bytes = sample.encode("ascii", "ignore")
    lower = len(ascii_bytes) - len(ascii_bytes.translate(None, string.ascii_lowercase.encode()))
    upper = len(ascii_bytes) - len(ascii_bytes.translate(None, string.ascii_uppercase.encode()))
    return upper > lower


def _shouting(sample: str) -> bool:
    """Hardly a word in lower case? (Words counted by the regex engine: a loop over characters cost a fifth of
    parse and link.)"""
    lower = len(LOWER.findall(sample))
    if lower * 20 >= len(sample) + 1:  # (words are at most one character in two: enough in lower case, not counted)
        return False
    words = len(LETTER.findall(sample))
    return words > 40 and lower < words / 10
# a heading of its own line in the record, run on: "... Zhou Mingji Summary Nkrumah discussed: 1. ..."
# where a run-on list of names ends: a full stop after a word, not after an initial ("V. M. Molotov, ... Baluku. Comrade")
LIST_END = re.compile(r"(?<![ .][A-Z])(?<=\w)\.(?:\[\d{1,3}\])?[ ]+(?=[A-Z])")  # (a note's call-out after it)
DATE_HEADER = re.compile(r"(?:DATE|Date)\b")  # a memorandum's "DATE, TIME", "DATE AND TIME", "Date" header
# a copy's release stamp, dated when it was released (not the archive's banner, "International History Declassified")
DECLASSIFIED = re.compile(r"(?<!History[ ])\bDeclassif|\bDECLASSIF|\bNARA\b")
PAGE_MARK_ALONE = re.compile(r"\[Page[ ]\d{1,4}\]")  # an edition's page mark on a line of its own
GLUED_PAGE_MARK = re.compile(r"\[Page[ ]\d{1,4}\](?=[A-Z])")  # ... or glued to a paragraph's first word
# a report of words in brackets: a verb of saying and what was said ("remarked to Secretary Shultz that"), not an act
# ("(Chou asked Miss Tang to translate the number again)")
REPORT_VERB_NEAR = re.compile(r"\b(?:said|remarked|noted|added|replied|observed|interjected|commented)\b[^.;()]{0,60}?"
                              r"\bthat\b")
TAKES_FLOOR = re.compile(r"\b(?:takes|took)[ ]+the[ ]+floor\b")  # minutes: whose speech the paragraphs after hold
RUN_IN_SIGNER = re.compile(r"[.!?][\"”]?[ ]+(?P<name>[A-Z][A-Z’'\-]{2,}(?:[ ][A-Z][A-Z’'\-]{2,})?)$")  # "... RESPONSE. DEPREE"
# a cable's routing line in mixed case, its sender last: "Personal for Secretary from Woolcott"
ROUTED_FROM = re.compile(r"^(?:Personal[ ]+for|For)[ ]+(?:the[ ]+)?[A-Z][\w.\- ]{2,40}?[ ]+from[ ]+"
                         r"(?P<name>[A-Z][a-z][\w’'\-]+(?:[ ][A-Z][a-z][\w’'\-]+){0,2})[ ]*$", re.M)
# a letter's close and the name under it: "Yours sincerely," / "J.P. Walshe", "Respectfully yours," / "Boaz Long"
CLOSE_THEN_NAME = re.compile(r"^(?:Yours[ ](?:sincerely|faithfully|ever|truly)|(?:Very[ ])?(?:Respectfully|Sincerely|Faithfully)"
                             r"[ ]yours),?[ ]*\n(?:[ \t]*\n)*[ \t]*"
                             r"(?P<name>(?:[A-Z][\w’'\-]*\.?[ ]?){0,3}[A-Z][\w’'\-]+)[ ]*$", re.M)
# a cable's classification line naming who classified it: "E.O. 12065: GDS 2-28-85 (CONDON, JOHN) OR-M"
EO_CLASSIFIER = re.compile(r"^E\.[ ]?O\.[ ]?12065:?[^\n(]{0,40}\((?P<surname>[A-Z][A-Z’'\-]+),[ ]+"
                           r"(?P<given>[A-Z][A-Z]+(?:[ ][A-Z]\.?)?)\.?\)", re.M)
WRAPPED_SUBJECT = re.compile(r"^SUBJ(?:ECT)?:[^\n]*[A-Z]\n\Z", re.M)
CABLE_FROM = re.compile(r"^FROM[ ]+(?:(?:ASSISTANT|DEPUTY|UNDER)[ ]+SECRETARY[ ]+|AMBASSADOR[ ]+)?"  # ("FROM ASSISTANT
                        r"(?!(?:AM|US|SEC|DEPT|CINC|COM)[A-Z]*\b)"  # SECRETARY EASUM")
                        r"(?P<name>[A-Z][A-Z’'\-]{2,}(?:[ ][A-Z][A-Z’'\-]{2,})?)[ ]*$", re.M)
RUN_ON_HEADING = re.compile(r"(?<=[a-z] )(?P<name>Summary)(?= [A-Z])")
EXPORT_FURNITURE = re.compile(r"^(?:Total Page:\s*\d+|File Type:.{0,60})$")
# a list's bullet, before an item: a bulleted line that opens with a label and a sentence ("  • Dr. Kissinger: Yes, and
# I was told ...", under "  • PM Chou: You have seen the Ming Tombs today?") opens a paragraph of its own, its speaker's
# turn (not a list's "  • Chair: Ronald Spector, George Washington University")
BULLET_STARTS = frozenset({"• ", "· ", "▪ ", "◦ "})
BULLET = re.compile(r"^[•·▪◦-][ ]+(?=[A-Z])")
SHELL_ENDS = {"• share document", "share document", "english html", "english pdf", "original html", "original pdf"}
PAGE_FURNITURE = {"skip to content", "top banner", "digital archive", "international history declassified",
                  "digital archive digitalarchive.wilsoncenter.org",
                  "digital archive international history declassified", "digitalarchive.wilsoncenter.org",
                  "wilson center digital archive", "search in", "get citation", "• share document", "share document",
                  "english html", "english pdf", "original html", "original pdf",
                  # (the old site's later shell: "ADD SEARCH FILTER CANCEL SEARCH FILTER", "CITATION SHARE DOWNLOAD")
                  "add search filter cancel search filter", "add search filter", "cancel search filter",
                  "citation share download", "• citation", "citation",
                  # (a government's documents series online: "Historical documents" / "Volume 25: Australia and ...")
                  "historical documents"}


def _portfolios() -> set[str]:
    from ld.speakers import OFFICE_OBJECTS  # (imported here: see _nationalities)

    return OFFICE_OBJECTS


def _nationalities() -> frozenset[str]:
    from ld.speakers import NATIONALITIES  # (imported here: see Transcript._takes_part)

    return NATIONALITIES


def _signed_name(text: str) -> str:
    """A name as signed ("N. G. SUDARIKOV.", "Shcherbakov I.S."): a closing full stop dropped, an initial's kept;
    of "Soviet Ambassador in the DPRK A.M. Puzanov for 9 April 1959", the initials and the surname."""
    text = re.split(r"[ ]+(?:[Ff]or|[Ff]rom|FOR|FROM)[ ]+(?=\d|[A-Z][a-z]+ \d)", text.strip(" :"), maxsplit=1)[0]
    initialled = re.search(r"(?<=[ ])(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+$", text)
    inside = re.findall(r"(?<![\w.])(?:[A-Z]\.[ ]?){1,3}[A-Z][a-zA-Z’'\-]{2,}", text) if not initialled else []
    if not initialled and not inside and re.search(r"\b(?:Secret|Copy|Orig|No\.)", text):
        return ""  # "From the journal of Secret. Copy No. 6" / "L.F. Ilichev": a stamp's column, the name on the next line
    if initialled and len(text.split()) > 3:
        text = initialled[0]
    elif len(inside) == 1 and len(text.split()) > 3:  # "Secret. Copy No. 2 G.V. SAMSONOV Orig. No. 104": a stamp's
        text = inside[0]                                 # column merged into the name's line
    elif office := OFFICE_PLACE_NAME.search(text):  # "Soviet ambassador to India Benediktov": the surname
        text = office[1]
    return text[:-1].rstrip() if text.endswith(".") and not re.search(r"(?:^|[\s.])[^\W\d_]\.$", text) else text


# a memorandum's "DATE, TIME" / "AND PLACE: ..." fields, the colon on the second line: never a participant
DATE_TIME_LINE = re.compile(r"(?P<h>(?i:date,?[ ]+(?:and[ ]+)?time|and[ ]+place))\b:?[ ]*")
# a topic's heading between paragraphs: a few words and no sentence's end ("On the Taiwan question")
TOPIC_HEADING = re.compile(r"[^.!?:;]{1,60}")
# whom the author talked with: "I talked with Nhu for nearly two hours."
TALKED_WITH = re.compile(r"\b(?:talked|spoke|met|had[ ]a[ ](?:talk|conversation))[ ]with[ ]"
                         r"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})")
# who received the author: "I have been received today, January 19, at 11.00 hrs, by N.P.Firiubin, deputy of ..."
RECEIVED_BY = re.compile(r"\b(?:been|was)[ ]+received\b[^.!?;]{0,60}?[ ]by[ ]+(?:(?:[Cc]omrade|Mr\.|Cde\.)[ ]+)?"
                         r"(?P<name>(?:[A-Z]\.[ ]?){0,3}[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})(?=[,.;]|[ ][a-z])")
# a visit's verb after a name: "..., Mr. Calvimontes, called on me", "Comrade Pudisz visited our embassy"
CAME = re.compile(r",?[ ]+(?:[a-z]+[ ]+)?(?:called[ ]on|visited|came|received|invited|paid)\b")
# a distribution list's head under a record's signature: "CC:", "Distribution:", "Copies to:"
DISTRIBUTION = re.compile(r"(?:CC|Cc|Distribution|Copies(?: to)?|Verteiler)[ ]?:(?:[ ]|$)")
# the author's "I" a few words into a paragraph, after a lead of time ("At the beginning I informed ...")
EARLY_I = re.compile(r"(?:(?:At|In|On|During|Then|Later|After|Afterwards|Finally|First|Next|Today|Yesterday|Myself)\b"
                     r"[^.;:!?\"“]{0,60}?"
                     r"[, ]+)(?=(?:I|\[I\])[ ])")
# a report's object announced: "... made statements on the following issues:"
ON_THE_FOLLOWING = re.compile(r"[ ]+(?:(?:on|about|concerning|regarding|in)[ ]+)?(?:the[ ]+)?following\b")
# the author's lead into another's words: "... the main points of what Kim said:"
WHAT_SAID = re.compile(r"\bwhat[ ](?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})[ ]"
                       r"(?:said|told[ ]me|stated|explained)[^.:]{0,40}:$")
# a clause of the author's question before the answer: "When I asked whether the DPRK expects ..., "
# the author's leave-taking before another's words: "Before I left Diem said ...", "AS I ROSE TO LEAVE NYERERE SAID"
LEAVING_LEAD = re.compile(r"(?:\d{1,2}\.[ ]+)?(?i:(?:before|as|when)[ ]+I[ ]+(?:left|rose(?:[ ]+to[ ]+leave)?|was[ ]+leaving"
                          r"|got[ ]+up(?:[ ]+to[ ]+leave)?|took[ ]+(?:my[ ]+)?leave)),?[ ]+(?=[A-Z])")
WHEN_LEAD = re.compile(r"When[ ]+(?:I|we)[ ][^.;:!?“\"]{3,200}?,[ ]+(?=[a-zA-Z])")
# the editor's brackets at a paragraph's start: a role restored ("[The Ambassador] replied ..."), or a cut ("[...] ")
EDITED_LEAD = re.compile(r"\[(?P<role>The[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\](?=[ ][a-z])|\[(?:\.[ ]?){3}\][ ]+|\[…\][ ]+")
# a memo's drafting code: the office, the drafter's initial glued to his surname, the typist ("S:DAcheson:mlm")
DRAFT_CODE = re.compile(r"(?:[A-Z]{1,4}:)?([A-Z]{2}[a-z]{2,}):[a-z]{2,4}(?:[ ]+\d{1,2}/\d{1,2}/\d{2,4})?", re.I)
# ... on a line of its own anywhere on the page ("CGleysteen:arf 11/15/67" above the memorandum's head)
DRAFT_LINE = re.compile(rf"^[ \t]*{DRAFT_CODE.pattern}[ \t]*$", re.I | re.M)
# a file's number or date on a line of its own, under a cable's signature: "No. 1389/sh", "26.IX.50", "27.9.1950"
FILE_LINE = re.compile(r"(?:No\.?[ ]*\d[\w/.\-]*|\d{1,2}\.(?:[IVX]{1,4}|\d{1,2})\.\d{2,4}|\d{1,2}[ ][A-Z][a-z]{2,8},?[ ]\d{4}"
                       r"|(?:Typed|Printed|Copied|Enciphered|Deciphered|Sent)[ ](?:by|on)[ ].{1,80})")  # (and who typed it)
# a record's place and date above its signature: "Budapest, April 17, 1971."
PLACE_DATED = re.compile(r"[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?,[ ]+(?P<date>[\w .,]{6,30}?)\.?")
# a name in letter-spaced capitals: "S H T Y K O V"
LETTER_SPACED = re.compile(r"\b(?:[A-Z][ ]){2,}[A-Z]\b")
# "The Cambodian representative Tep Phan declared ...": a state's delegate in lower case, then the name
DELEGATE_THEN_NAME = re.compile(r"[Tt]he[ ]+[A-Z][a-z]+[ ]+(?:representative|delegate|ambassador|foreign[ ]minister"
                                r"|charg[ée][ ]d['’ʼ]affaires)[ ]+(?=(?:\[[^\[\]]+\][ ]+)?[A-Z][a-z]|\[[A-Z][^\[\]]{2,60}\])")
# the editor's whole name in brackets after an office: "The Czechoslovak ambassador [Vladimír Pavlíček] told me ..."
RESTORED_WHOLE = re.compile(r"\[(?P<name>[A-Z][^\[\]]{2,60})\](?=,|[ ](?![A-Z]))")  # (not "[Phoui] Sananikone")
# "... of the Democratic People's Republic of Korea in Geneva told us": an office's holder tells the record's authors
TOLD_US = re.compile(r"[^.;:!?]{0,120}?[ ](?:told|informed|assured|reminded)[ ]+(?:us|me)\b")
# "Head of the KWP delegation: ...", "Delegation member: ...": a delegate's office in words, as a label
ROLE_PHRASE_LABEL = re.compile(r"(?P<role>[A-Z][a-z]+(?:[ ](?:[a-z]+|[A-Z]{2,5}|[A-Z][a-z]+)){1,5}):[ ]+(?=\S)")
DELEGATE_WORDS = frozenset({"head", "leader", "chief", "member", "delegate", "delegation"})
# "Eden came to see me yesterday morning and said that ...": a visit to the author, then the visitor's words
VISITED_ME_AND_SAID = re.compile(r"(?:\(\d{1,2}\)[ ]+)?(?P<who>[A-Z][^.;:!?]{1,60}?)"
                                 r"[ ]+(?:came[ ]+to[ ]+see|called[ ]+on|visited)[ ]+(?:me|us)\b[^.;:!?]{0,80}?"
                                 r"[ ]and[ ]+(?:then[ ]+)?(?:said|told|asked|informed|stated|declared)\b")
# a form's field named in the translator's brackets: "[from] Ambassador Shimazu Hisanaga"
BRACKET_FIELD = re.compile(r"\[(?P<h>to|from)\][ ]+(?P<v>[^\[\]\n]{3,80})")
# "I. On the Course of Operations in Hungary": an item of the session's agenda, which ends a list of who took part
AGENDA_ITEM = re.compile(r"(?:[IVX]{1,5}|\d{1,2})\.[ ]+(?:On|About|Concerning|Regarding)[ ]")
# the headers whose value is what a record is about, never who speaks ("SUBJECT:" over a bulleted line)
SUBJECT_HEADERS = {"subject", "subjects", "topic", "topics", "re"}
# a list's line of an office and its holder's name alone, with initials ("Deputy Foreign Minister: Mr. V.A. Zorin.",
# "First Secretary, Australian Embassy Moscow: Mr. G. Clark.1"): no speaker's label over a turn
OFFICE_HOLDER_LINE = re.compile(r"[^:\n]{3,80}:[ ]+(?:The[ ]+(?:Right[ ]+)?Honourable[ ]+|(?:Mr|Mrs|Ms|Dr|Sir)\.?[ ]*)?"
                                r"(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+\.?\d{0,2}")
# a list's line under a side's initials: "KGB: Comrade Zinyov – 1st Deputy of the Chairman", "MfS: Comrade Wolf ..."
SIDE_LINE = re.compile(r"((?=[A-Za-z]*[A-Z][a-z]?[A-Z])[A-Z][A-Za-z]{1,5}):[ ]+(?:Comrades?|Cdes?\.|Com\.|Mr\.|Mrs\.)[ ]")
# a paragraph wholly in the editor's brackets: "[Handwritten notes in the margin: ...]"
EDITORIAL_LINE = re.compile(r"\[[^\[\]]{3,300}\]")
# a line of a signature block in capitals: "USSR AMBASSADOR TO THE DRV", "I. SHCHERBAKOV" (no lower case,
# no colon or full stop closing it as a label's)
SIGNATURE = re.compile(r"^(?=[^a-z]*$)(?!.*[:.]$)[A-Z][A-Z .,'’\-]{2,80}$")
# a signature marked by the editor or signed in brackets: "[signature] (P. Yudin)", "Ambassador of the USSR
# in the MPR [Signature] V[asily]. Pisarev", "(A. Elizavetin)"; the group is the name signed
# the editor's bracket opened over a signature: "[handwritten: A. Mikoyan" (closed lines below, after the date)
# (a name in capitals first: not "[signature illegible]", "[handwritten: authenticated: Chistov]")
HANDWRITTEN_SIGNATURE = re.compile(r"\[(?i:handwritten|signature|signed)(?:[ ]signature)?:?[ ]+"
                                   r"(?P<name>(?:[A-Z]\.[ ]?){0,3}[A-Z][a-z][\w’'\-]+(?:[ ][A-Z][a-z][\w’'\-]+)?)\]?$")
SIGNED = re.compile(r"^(?:[^\n.!?]{0,80}?[\[(](?:signature|signed|ss)[\])][ ]*\(?(?P<name>(?:[^\W\d_](?:\[[a-z]+\])?\.[ ]?){0,3}"
                    r"[^\W\d_][\w’'\-]+(?-i:(?:[ ][A-Z][\w’'\-]+){0,2}))?\)?"  # ("(ss) Ion Covaci", a legation's copy)
                    r"|(?-i:[A-Z][A-Z’'\- ]{2,40}[ ])?"  # (an office in capitals over it: "THE AMBASSADOR" / "(Reis Malile)")
                    r"\((?P<initialled>(?:[^\W\d_]\.[ ]?){1,3}[^\W\d_][\w’'\-]+"
                    # (or a full name in the brackets: "(Reis Malile)"; a closing "(Laughter Follows)" is read as a
                    # stage direction before)
                    r"|(?-i:[A-Z][a-zà-ž][\w’'\-]+(?:[ ][A-Z][a-zà-ž][\w’'\-]+){1,2}))\)"
                    # ("[Knappstein]"; not "[signature illegible]")
                    r"|\[(?!(?i:signature|signed|illegible|seal|stamp|matter|text|omitted)\b)"
                    r"(?P<restored>(?-i:[A-Z][a-z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?))\]"  # (in capitals: not "[matter omitted]")
                    r"|/-/[ ]*(?P<dashed>(?:[A-Z]\.[ ]?){0,3}[A-Z][a-z][\w’'\-]+)"  # ("/-/ Maneli")
                    # (a cable's signature: "/N. ROSHCHIN/"; "/Reis Malile/" under "THE AMBASSADOR")
                    r"|(?-i:[A-Z][A-Z’'\- ]{2,40}[ ])?"
                    r"/(?P<slashed>(?:[A-Z]\.[ ]?){0,3}[A-Z][\w’'\-]+(?-i:(?:[ ][A-Z][\w’'\-]+){0,2}))/"
                    # (a Hungarian cable's, between dashes with its number: "– Monori – 446 –")
                    # (its hyphen before the number is no part of the name: "-Marjai-179-")
                    r"|[–—-][ ]*(?P<between>[A-Z][a-z](?:[^\W\d_]|['’\-](?=[^\W\d_]))+)[ ]*[–—-](?:[ ]*\d{1,5}[ ]*[–—-])?"
                    # (a Czechoslovak cable's surname and its number: "Pavlíček 352.")
                    r"|(?P<numbered_by>[A-Z][a-zá-žčěřšťůýíéó][\w’'\-]+)[ ]\d{2,4}\."
                    r"|Signed(?:[ ]by)?:[ ]*"
                    r"(?P<signed_by>(?:[A-Z]\.[ ]?){0,3}[A-Z][a-z][\w’'\-]+(?:[ ][A-Z][a-z][\w’'\-]+){0,2}))$",
                    re.I)  # ("Signed: Corneliu Bogdan")


# what follows a reporting verb in indirect speech: "... said that", "asked whether", "said of the conference"
# (the verb's object may stand between, named: "informed [Norodom] SIHANOUK that")
# verbs of one who answers in the conversation itself, not of views relayed ("thinks", "says", "told him")
# a paragraph that relays an earlier talk: "... had told his hosts ...", "when Zhou Enlai was here we asked him ...",
# "according to ...": who answers in it need not take part in this one
RELAY_CUE = re.compile(r"\bhad[ ]+(?:told|asked|said|informed|explained|replied|answered|raised)\b"
                       r"|\bwhen[ ]+[A-Z][\w’'\-]*(?:[ ][A-Z][\w’'\-]*)*[ ]+(?:was|were)[ ]+(?:here|there|in)\b"
                       r"|\b[Aa]ccording[ ]+to\b")
# what a telegram's clipped clause may follow without "that" ("Iengar said remarks were intended ...")
SAYING = frozenset(("said", "replied", "answered", "added", "stated", "remarked", "noted", "observed", "responded"))
ANSWERING = frozenset(("replied", "answered", "responded", "added", "interjected", "interrupted", "countered",
                       "objected", "rejoined"))
# a remark in a "when" clause, then the answer: "When the Secretary observed that ..., Sukarno replied that ..."
WHEN_OTHER = re.compile(r"When[ ]+(?P<subject>(?:the[ ]+)?[A-Z][\w.’'\-]*(?:[ ][A-Z][\w.’'\-]*){0,3})[ ]+"
                        r"(?:observed|said|asked|remarked|noted|suggested|pointed[ ]out|argued|stated|mentioned)"
                        r"[ ][^.;:!?“\"]{3,300}?,[ ]+(?=[A-Z])")
# a sentence's second clause that opens with another person's answer: "..., and Mr. Gromyko replied that ..."
# a magazine's run-in heading, then its narration: "Clear Statement. It was a brief exchange ...", "Waiting Game.
# Harriman himself was guarded." (not words a speaker says so: "Thank You. It is ...")
SUBHEAD_THEN_NARRATION = re.compile(r"(?!(?:On|About|Regarding|Concerning|Re|To|As|For|With|In)[ ])"  # (a topic's)
                                    r"([A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2})\.[ ]+(?:It|There|The|This|That|In|But|He|She|They"
                                    r"|After|Before|At|On|[A-Z][a-z]+[ ]himself|[A-Z][a-z]+[ ]had)\b")
SPOKEN_HEADS = frozenset({"thank you", "good morning", "good evening", "good afternoon", "good night", "very good",
                          "all right", "of course", "excuse me", "no doubt", "quite right", "very well", "my friends",
                          "dear comrades", "dear friends", "ladies and gentlemen", "mister president", "mr president"})
NARRATED_REPORT = re.compile(r"(?<=[a-z.][ ])(?:[A-Z][\w’'\-]*[ ]){0,3}[A-Z][\w’'\-]*[ ](?P<verb>[a-z]+)[ ]that\b")
# a cable's date-time group: precedence, day and time (UTC), month, year ("R 080905Z JAN 75", "O 121530Z MAR 68")
CABLE_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
CABLE_DATE_TIME = re.compile(r"^[RPOZ][ ]+(?P<day>[0-3]\d)\d{4}Z[ ]+(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT"
                             r"|NOV|DEC)[ ]+(?P<year>[4-9]\d)(?:[ ]+[A-Z]{3,5}){0,3}[ ]*$", re.M)  # (routing after it:
# "O 021140Z APR 75 ZFF RUEHC")
EDITORS_DESCRIPTION = re.compile(r"\[[A-Z][^\[\]]*\]")  # an after-title paragraph wholly in square brackets
LOWER_ROLE_LABEL = re.compile(r"[Tt]he[ ]+(?P<role>[a-z]+(?:[ ][a-z]+)?):[ ]")  # ("The chairman: ...")
AND_REPLIED = re.compile(r",[ ]and[ ](?=[A-Z])")
SEMICOLON_REPORT = re.compile(r";[ ](?=the[ ][A-Z]|[A-Z])")  # ("...; the Prime Minister said quite well")
ASKED = re.compile(r"\b(?:asked|inquired|enquired|wanted[ ]to[ ]know)\b")
# the other's answer after a semicolon, to the author's words before it: "...; he replied that ...", "...; he shrugged
# and said that ..."
SEMICOLON_HE = re.compile(r";[ ]+(?=(?P<pronoun>he|she)[ ]+(?:(?:then|only|simply|merely|[a-z]+ly)[ ]+)?(?:shrugged[ ]and[ ])?"
                          r"(?:replied|answered|responded|rejoined|retorted|countered|said|remarked|agreed|objected)\b)")
SEMICOLON_VERBS = frozenset({"said", "replied", "answered", "responded", "remarked", "observed", "agreed"})
ANSWER_VERBS = frozenset({"replied", "answered", "responded"})
REPORTED_CLAUSE = re.compile(r"(?:[ ]+(?:\[[^\[\]]{1,30}\][ ]*)?[A-Z][\w’'\-]*(?:[ ]+[A-Z][\w’'\-]*){0,3}"
                             # (or the author, whom the words were told: "Deng Xiaoping told me that ...", not "asked
                             # me to come", an act; not "answered him that", which may be relayed)
                             r"|[ ]+(?:to[ ]+)?(?:me|us)(?=[ ]+(?:that|whether|if|about|of|how|what|why|when|where"
                             r"|he|she|they|it|we|there)\b))?"  # ("Hussein told me he regarded this as ...")
                             r"(?:[ ]+and[ ]+[a-z]+)?(?:[ ]+\[(?:Page|p\.)[ ]?\d{1,4}\])?"
                             # (the manner, before "that": "Mosadeq answered with obvious sarcasm that ...")
                             r"(?:[ ]+with[ ]+(?:a[ ]+)?(?:[a-z]+[ ]+)?[a-z]{3,}(?=[ ]+that\b))?"
                             # (or its time or tone: "Gromyko said at once that ...", "Dayan replied firmly that ...")
                             r"(?:[ ]+(?:at[ ]+once|in[ ]+reply|in[ ]+turn|once[ ]+again|again|only|[a-z]{3,}ly)"
                             r"(?=[ ]+(?:that|this|it|he|she|they|we|there)\b))?"  # ("said flatly this would not")
                             # (not an invitation: "asked me to lunch")
                             # (or a question in indirect speech: "Fidel Castro asked me how this measure had been ...")
                             r"[ ]+(?:that|whether|if|of|about|how|why|to[ ]+the"
                             # (a question's own word after a question's verb: "K asked what the point was")
                             r"|(?:(?<=asked[ ])|(?<=inquired[ ])|(?<=enquired[ ])|(?<=wondered[ ])|(?<=asked[ ]me[ ]))"
                             r"(?:what|when|where|which)"
                             r"|to[ ]+(?!(?:lunch|dinner|breakfast|supper|tea)\b)"
                             r"[a-z]{3,}\b(?<!ed)|(?:no|yes)(?=[,;.])"
                             r"|(?:he|she|it|they|we|there|this)[ ]+(?:now[ ]+|also[ ]+|still[ ]+|[a-z]{3,}ly[ ]+)?"
                             r"(?:was|were|is|are|had|has|would|could|should|will"
                             r"|can|did|might|may|must|[a-z]{3,}ed|understood|knew|thought|felt|saw|found|meant"
                             # (a telephone note's present tense: "The Sec. said he thinks that is sensible")
                             r"|thinks|feels|believes|wants|hopes|doubts|knows|sees|seems|agrees|understands|expects"
                             r"|fears|prefers|does|needs|plans|intends)"
                             # (a telegram's clause without its article: "Nkrumah said matter was with police"; or
                             # a country's name: "Deng said Japan should do more")
                             r"|[A-Za-z][a-z]{2,}(?<!ing)[ ]+(?:was|were|is|are|had|has|would|could|should|will|must"
                             r"|thought|believed|felt|expected|hoped|wanted|feared|wondered|wished|preferred|knew|intended"
                             r"|needed)"  # ("said Heeney thought a ...", "D said Moscow wondered whether ...")
                             # (or a telephone note's initial: "K said D should send the changes")
                             r"|[A-Z][ ]+(?:should|would|could|must|was|had|will|might)"
                             # (or a subject of a few words: "Zhivkov said the removal of Aleksandrov had been ...")
                             # (no pronoun among them: "passed on the news he had from ..." is a relative clause)
                             r"|(?:the|this|his|her|their|its|our)[ ]+(?:(?!(?:he|she|they|we|I|you|it|which|who)[ ])"
                             r"[\w’'\-]+[ ]+){1,8}?"
                             r"(?:was|were|is|are|had|has|would|could|should|will|must|[a-z]{3,}ed)(?=[ ]+[a-z]))\b")
# a telegram's clipped words ("wld", "cld", "Secy", "Govt", "Deptel", "mtg"): where four or more stand, a report's
# clause may drop its verb and its article ("Watt remarks Govt sensitive to this line", "Chancellor said General had")
TELEGRAPHESE = (" wld ", " cld ", " shld ", " Govt", " govt ", " Dept", " dept ", "Deptel", "Embtel", " Secy", " secy ",
                " Secty", " msg ", " mtg ", "urtel", "reftel", " Emb ", " Brit ", " Amer ", " Aust ", " Parl ", " conf ",
                " subj ", " conv ", " recd ", "FonOff", "FonMin", "PriMin", " Pres ",
                # (a government by its initials: "GOI had no wish to join any bloc", "USG", "HMG")
                " GOI ", " USG ", " HMG ", " GOJ ", " GOK ", " GVN ")


def _telegraphese(text: str) -> bool:
    """Does the text hold four of a telegram's clipped words or more?"""
    return sum(text.count(word) for word in TELEGRAPHESE) >= 4


TELEGRAPHIC_CLAUSE = re.compile(r"[ ]+(?:[A-Z][\w’'\-]*|he|she|they|it|we)[ ]+[a-z]{2,}\b")
AT_LENGTH = re.compile(r"[ ]+at[ ]+(?:some[ ]+)?length\b")  # ("Diem then spoke at length, with some bitterness, about")
THEN_SAID = re.compile(r"(?:[ ]+[a-z]+){1,3},?[ ]+(?:but|and)[ ]+(?:also[ ]+)?(?:said|added|asked|noted|replied|stressed)\b")
QUOTE_OPENS = re.compile(r"[ ]*,?[ ]+[“\"]")  # a quotation right after the verb
# (an edition's page mark may stand before "that": "Tito replied [Page 842] that ...")
# the same after a pronoun object, inside a turn: "... Helsinki or Vienna. K thanked him and asked whether ..."
OBJECT_CLAUSE = re.compile(rf"[ ]+(?:him|her|them)(?=[ ])(?:{REPORTED_CLAUSE.pattern})")
# ... and after the author's "me" or "us", at a paragraph's start: "Kelly asked me whether the Ministry ..."
ASKED_ME = re.compile(rf"[ ]+(?:me|us)(?=[ ])(?:{REPORTED_CLAUSE.pattern})")


def _edition_numbers(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], tuple[int, str] | None]:
    """A book's web edition numbers its paragraphs, the number glued to the first word ("2Gorbachev: I am
    glad ...", "3I will tell you ..."): where the page's paragraphs are so numbered 1, 2, 3 ... (three at
    least, rising, most of them one more than the one before), the numbers are cut off. The first line and number, or None."""
    found = [(index, match) for index, para in enumerate(paragraphs) if (match := GLUED_NUMBER.match(para.text))]
    numbers = [int(match[1]) for _, match in found]
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    if len(found) < 3 or any(step < 1 for step in steps) or sum(step == 1 for step in steps) < 2 * len(steps) / 3:
        return paragraphs, None  # (a number may be missing: the copy lost a paragraph, or the editor's note)
    result = list(paragraphs)
    for index, match in found:
        para, cut = paragraphs[index], match.end()
        first = para.raw_lines[0][cut:] if para.raw_lines else ""
        result[index] = replace(para, text=para.text[cut:], raw_lines=(first, *para.raw_lines[1:]),
                                location=replace(para.location, offset=para.location.offset + cut))
    return result, (paragraphs[found[0][0]].location.line, found[0][1][0][:40])


GLUED_NUMBER = re.compile(r"(\d{1,3})(?=[A-Z“\"(\[])")


AUTHOR_DASH = re.compile(r"(?:\[I\]|I)\.?[ ]+—[ ]+(?=\S)")  # the author's label in notes: "I. — ..."
GREETINGS = {"greeted", "greets", "welcomed", "welcomes"}  # speech acts, or acts only, as the sentence goes on


SIGNED_WORD = re.compile(r"Signed:?", re.I)  # alone on its line, over the name that signs
# the capitals a cable's title names as its sender or addressee ("Telegram from Washington to Bucharest"), folded
CAPITALS = frozenset({"washington", "moscow", "beijing", "peking", "pyongyang", "hanoi", "bucharest", "warsaw", "prague",
                      "budapest", "sofia", "berlin", "bonn", "belgrade", "tirana", "havana", "tokyo", "seoul", "london",
                      "paris", "rome", "vienna", "cairo", "delhi", "djakarta", "jakarta", "ulaanbaatar", "kabul",
                      "tehran", "teheran", "baghdad", "damascus", "algiers", "vientiane", "rangoon", "ottawa",
                      "canberra", "stockholm", "helsinki", "oslo", "copenhagen", "bern", "geneva", "brussels",
                      "athens", "ankara", "lisbon", "madrid", "santiago", "brasilia", "lima", "caracas", "mexico"})
# a State Department decimal file number on a line of its own: "611.35/4–2253", "740.0011 Moscow/10–2043"
VOLUME_NUMBER_LINE = re.compile(r"No\.[ ]\d{1,5}")
SOURCE_FILE_LINE = re.compile(r"\b(?:Library|[Pp]apers|[Ff]iles|[Ll]ot[ ]\d|Records|Archives)\b")
RECORD_KIND_LINE = re.compile(r"(?:\d{1,5}\.[ ]+)?(?:Memorandum|Telegram|Letter|Minutes|Record|Notes|Despatch|Message)\b")
# (DIFP's number and the record's archive reference over its heading: "No. 485 NAI DFA/10/P/251", "No. 12 UCDA P150/...")
ARCHIVED_NUMBER_LINE = re.compile(r"No\.[ ]\d{1,5}[ ]+(?:NAI|UCDA|NLI|PRONI|TNA|NAA)\b[^\n]{0,60}")
# (FRUS's older volumes: the file number and the record's kind over the heading, "756D.00/9–1454: Telegram")
# (the UN's files: letters after the point, "501.BC Kashmir/10–1949")
FILED_KIND_LINE = re.compile(r"\d{3}[A-Z]?\.(?:\d{1,5}[A-Z]?|[A-Z]{1,3})/\d{1,2}[–-]\d{3,4}(?::[ ]+[A-Z][a-z]+)?")
FILE_NUMBER_LINE = re.compile(r"\d{3}[A-Z]?\.(?:\d{1,5}[A-Z]?|[A-Z]{1,3})(?:[ –-]?[A-Z][\w. ]*)?/\d{1,2}[–-]\d{3,4}")


def _boxed_summary(box: str) -> str:
    """The old site's summary, in its citation box between "get citation" and the quoted citation ("Guevara talks
    about ... "From the Diary of O. T. Darusenkov, ...," September 04, 1963, ..."); "" if the box holds none."""
    text = re.sub(r"^\s*get citation\s*", "", box, flags=re.I)
    quoted = re.search(r"(?:^|\s)[\"“][A-Z]", text)
    summary = text[:quoted.start()].strip() if quoted else ""
    return summary if len(summary.split()) >= 6 and summary[-1:] in ".!?" else ""


def _dated(text: str) -> bool:
    """A date line, or a date and the title on one line ("April 07, 1952 Conversation ...")."""
    joined = DATE_THEN_TITLE.match(text)
    return bool(parse_date(text) or joined and parse_date(joined["date"]))


def _bullet_items(para: Paragraph) -> list[str] | None:
    """A web list's items, one a line ("• Brian E. Urquhart"), an office on the line under its name joined to it
    ("• Brian E. Urquhart" / "Under Secretary General for Special Political Affairs": "• Brian E. Urquhart, Under
    ..."); None when a line is neither an item nor such an office (a sentence: no list)."""
    items: list[str] = []
    for line in para.lines:
        if BULLET.match(line):
            items.append(line)
        elif items and line[:1].isupper() and len(line.split()) <= 12 and line[-1:] not in ".!?:;":
            items[-1] = f"{items[-1]}, {line}"
        else:
            return None
    return items if len(items) >= 2 else None


def _bullet_sections(rows, header_names: dict[str, str]) -> list[tuple[str, list[str]]]:
    """A web list's items by the headers among them: FRUS's "• SUBJECT" / "• China: ..." / "• PARTICIPANTS" /
    "• Boris N. Davydov, ..." is a subject and two participants, not five participants called "SUBJECT", "China"
    ... A side's heading in capitals inside the list ("• US PARTICIPANTS") names no one: it is left out. Items
    before any header are participants."""
    sections: list[tuple[str, list[str]]] = [("Participants", [])]
    for row in rows:
        item = BULLET.sub("", row).strip()
        named = header_names.get(item.rstrip(":").casefold())
        if named:
            sections.append((named, []))
        elif item and not (item.isupper() and item.split()[-1].rstrip(":") in ("PARTICIPANTS", "SIDE")):
            sections[-1][1].append(item)
    return [(header, values) for header, values in sections if values]


def _period_labels(paragraphs: list[Paragraph], titles, common=frozenset()) -> tuple[frozenset[str], bool]:
    """'Mitterrand. Mr. President, ...' / 'Gorbachev. Thank you, ...': surnames with a full stop that open
    paragraphs of a dialogue. Read as labels when two such surnames, each named near the page's top
    (its title, not as an abbreviation), open two paragraphs or more each: one name alone could be a sentence
    ("Moscow. The ..."), and a title's abbreviation ("Com. Zakharov asked ...") is no name.
    A first name the editor completed in brackets ("[Willi] Stoph. This is ...") names a person wherever the
    page names them: two such names, on three paragraphs or more, are enough. True with the names when they
    stand inside paragraphs, a dialogue whose line breaks were lost."""
    counts: dict[str, int] = {}
    completed: set[str] = set()
    inside: Counter[str] = Counter()  # after a sentence's end inside a paragraph: "... the whole world. Castro. We ..."
    caps_inside: set[str] = set()  # the same in capitals: "... the Poles. USTINOV. I agree."
    roles: Counter[str] = Counter()  # a role alone with a full stop ("Shah. I agree with pleasure.")
    initialled: set[str] = set()
    officed: set[str] = set()
    for para in paragraphs:
        match = PERIOD_LABEL.match(para.text)
        if match and not match["first"] and not match[0][:2].endswith(".") and match["name"].casefold() in titles:
            roles[match["name"]] += 1
        if match and match["name"].casefold() not in titles and f"{match['name']}.".casefold() not in titles:
            counts[match["name"]] = counts.get(match["name"], 0) + 1
            if match["first"]:
                completed.add(match["name"])
            elif match.start("name") > match.end("office"):
                initialled.add(match["name"])  # ("A. S. Jafri.": a person's initials before it)
            if match["office"]:
                officed.add(match["name"])  # ("[Chairman of the USSR KGB] V. A. Kryuchkov.": the editor's office)
        for gap in SENTENCE_GAP.finditer(para.text) if len(para.text) > 300 else ():  # (six labels or more: long)
            if (m := PERIOD_LABEL.match(para.text, gap.end())) and not m["first"] and m["name"].casefold() not in titles:
                inside[m["name"]] += 1
            elif (m := PERIOD_CAPS.match(para.text, gap.end())) and m["name"].casefold() not in titles:
                caps_inside.add(m["name"])  # ("... the Poles. USTINOV. I agree."): working notes run on
    if len(completed) >= 2 and sum(counts[n] for n in completed) >= 3:
        return frozenset(completed), False
    # "GROMYKO. I would add ...", "USTINOV. Leonid Il'ich ...": surnames in capitals with a full stop, three or more
    # of them opening paragraphs, label a stenogram's turns, each once or more
    capitals = Counter(m["name"] for p in paragraphs if (m := PERIOD_CAPS.match(p.text)) and m["name"].casefold() not in titles)
    paired: frozenset[str] = frozenset()
    if any(c >= 2 for c in capitals.values()):  # (the words at the top read only when they may decide)
        top = {w.casefold() for w in re.findall(r"[\w’'\-]+", " ".join(p.text for p in paragraphs[:10])[:3000])}
        # (or two, each opening two paragraphs or more, named near the top: "KOSYGIN." and "TARAKI." of a call)
        paired = frozenset(n for n, c in capitals.items() if c >= 2 and n.casefold() in top)
    shouted = frozenset(capitals) if len(capitals) >= 3 else paired if len(paired) >= 2 else frozenset()
    if shouted:
        caps_inside.clear()  # (paragraphs open with them: no run-on text)
    if len(counts) < 2 and not any(c >= 3 for c in inside.values()) and len(caps_inside) < 3:
        return shouted, False  # (below, nothing could be read)
    top = {w.casefold() for w in re.findall(r"([\w’'\-]+)(?!\.)", " ".join(p.text for p in paragraphs[:6])[:2000])}
    # (and the list of who was present, however far down an old site's export prints it, its last name before its
    # full stop too: "(Present were: Gorbachev, ..., Falin)", "Attended: Shevardnadze, Yakovlev, Yazov.")
    top |= {w.casefold() for p in paragraphs[:30] if ":" in p.text for m in PRESENT_LIST.finditer(p.text)
            for w in re.findall(r"[\w’'\-]+", m["list"])}
    # a dialogue whose line breaks were lost: two names the top names, each three times or more a sentence alone
    run_on = frozenset(n for n, c in inside.items() if c >= 3 and n.casefold() in top)
    if len(run_on) >= 2:
        return run_on, True
    # (or a session's working notes, in capitals: "... the Poles. BREZHNEV. All of you know ... USTINOV. I agree.": three
    # surnames or more the list of those present names, each a sentence alone, if only once)
    shouting_inside = frozenset(n for n in caps_inside if n.casefold() in top)
    if len(shouting_inside) >= 3:
        return shouting_inside, True
    if len(counts) < 2:
        return shouted, False
    # two names opening two paragraphs each, named near the top; or opening three each, named anywhere
    names = frozenset(n for n, c in counts.items() if c >= 2 and n.casefold() in top or c >= 3)
    # or a round table, each named at the top and speaking once or twice: three names, four paragraphs or more
    # ("Shah. I agree ...", "N. A. Bulganin. Which ...", "Kashani. We would ...")
    named = {n: c for n, c in counts.items() if n.casefold() in top}
    if len(names) < 2 and len(named) >= 3 and sum(named.values()) >= 4:
        names = frozenset(named)
    elif len(names) == 1 and len(set(named) - names) >= 2:  # (or one who opens three paragraphs or more, and two others
        names |= frozenset(named)  # the top names, each once: "Attended: Shevardnadze, Yakovlev, ...")
    if len(officed) >= 2:  # "[Chairman of the USSR KGB] V. A. Kryuchkov.", "[RA Minister of Defense] Sh. N. Tanai.": the
        names |= officed  # editor's office in brackets before two names or more marks them as labels, each once or more
    surnames = {n for n in counts if n.casefold() not in common and len(n) >= 4 and n not in roles}
    if len(surnames) >= 5 and sum(counts[n] for n in surnames) >= 6:
        # a session's stenogram: five surnames or more, each opening a paragraph with a full stop ("Medvedev. The
        # results ...", "Vorotnikov. But we ...", "Slyunkov. Still, ...")
        names |= frozenset(surnames)
    if len(names) >= 2:  # with the names, a role the top names, opening two paragraphs or more, is such a label too
        names |= {r for r, c in roles.items() if c >= 2 and r.casefold() in top}
        # and a guest the top names who speaks once, printed with initials ("A. S. Jafri. And in poetry, ...?")
        names |= {n for n in initialled if n.casefold() in top}
    return (names if len(names) >= 2 else frozenset()) | shouted, False


# a role's sentence that reports words: "The Spanish ambassador said that ...", "The general then declared that ..."
ROLE_SAID_THAT = re.compile(r"[^.;:!?]{0,80}?\b(?:said|replied|answered|stated|declared|remarked|added|asked|explained"
                            r"|noted|observed|agreed|told[ ][a-z]+|informed[ ][a-z]+)\b[^.;!?]{0,20}?\b(?:that|whether|if)\b"
                            # (or an act, then words: "The President returned the wish and said he looked forward ...")
                            r"|[^.;:!?]{0,60}?\band[ ](?:then[ ])?said[ ](?:he|she|that)\b")
NOTES_RULE = re.compile(r"[_—–-]{5,}$")  # the rule over a page's notes: "______________"


def _name_over_office(lines) -> bool:
    """A signature of two lines: the name, then the office ("Zsigmond Csuka" / "Chargé d'Affaires a.i.")."""
    return len(lines) == 2 and bool(NAME_LINE.match(lines[0]) and OFFICE_BELOW.match(lines[1]))


PAGE_NUMBER_LEAD = re.compile(r"\d{1,3}[ ]+(?=[A-Z])")
# a numbered paragraph's label: "1.      Souharto: We have ...", "7. Malik: The Foreign Ministry ..."
NUMBERED_LABEL = re.compile(r"\d{1,3}\.[ \t]+(?=(?P<name>[A-Z][\w’'.\-]*(?:[ ][A-Z][\w’'.\-]*){0,3}):[ ])")
PRESENT_LIST = re.compile(r"\b(?:Present|Also present|Attended|Participants|Participating|Taking part)(?:[ ]+were)?[ ]*:"
                          r"[ ]*(?P<list>[^\n]{1,400})", re.I)
PERIOD_CAPS = re.compile(r"(?:[A-Z]\.[ ]?){0,3}(?P<name>[A-Z][A-Z’'\-]{2,})\.[ ]+(?=[\"“(\[.…]*[A-Z])")
# the same with initials ("L. I. BREZHNEV. Good evening ..."): a line that opens a turn of a record copied
# without blank lines
INITIALS_CAPS = re.compile(r"(?:[A-Z]\.[ ]?){1,3}[A-Z][A-Z’'\-]{2,}\.[ ]+(?=[\"“(\[.…]*[A-Z])")
# a label of initials and a surname, as a Soviet record prints its speakers ("N.S. Khrushchev", "T. Zhivkov")
INITIALLED_LABEL = re.compile(r"(?:(?:[A-Z]|Sh|Ch|Zh|Kh|Ts|Yu|Ya|Ye)\.[ ]?){1,3}[A-Z][a-z][\w’'\-]+")
PERIOD_LABEL = re.compile(r"(?P<office>\[[A-Z][^\[\]]{3,80}[ ][^\[\]]{1,80}\][ ]+)?"  # ("[Chairman of the USSR KGB] ...")
                          r"(?P<first>\[[A-Z][\w’'\-]+\][ ]?)?(?:(?:[A-ZА-ЯЁ]|Sh|Ch|Zh|Kh|Ts|Yu|Ya|Ye)\.[ ]?){0,3}"
                          r"(?P<name>[A-ZА-ЯЁ][a-zà-öø-ÿа-яё][\w’'\-]+)\.[ ]+(?=[\"“(\[.…]*[A-ZА-ЯЁ])")  # ("Cárdenas")
# ("S. Dutt. Thank you, ...": initials may come first, "Sh.M.Dost." glued; a Russian page's "Г. А. Насер. Такие ...")


# a FRUS cable's title: who sends it, in brackets, "to" whom ("The Ambassador in the Soviet Union (Kirk) to the
# Secretary of State"): the sender writes its "I"
# (FRUS's own words: an office, "The ...", never "Telegram from Maneli (Saigon) to Spasowski (Warsaw)", a place)
SENT_BY = re.compile(r"^The[ ][A-Z][\w.’' -]{2,80}?[ ]\([ ]?(?P<name>[A-Z][\w’'-]+)[ ]?\)[ ]+to[ ]+(?:the[ ]+)?[A-Z]")
SENT_BY_IN_HEAD = re.compile(r"(?<![^ ])" + SENT_BY.pattern.removeprefix("^"))  # (in the page's head, its lines joined)
# FRUS's heading of a message a person sends, his office after his name: "Mr. Harry L. Hopkins, Special Assistant to
# President Truman, to the President"
PERSON_SENT = re.compile(r"^(?:Mr\.|Mrs\.|Dr\.|Ambassador|General|Admiral|Senator)[ ]+"
                         r"(?P<name>[A-Z][\w’'\-]+(?:[ ](?:[A-Z]\.|[A-Z][\w’'\-]+)){1,3}),[ ][^,()]{3,80},[ ]+to[ ]+"
                         r"(?:the[ ]+)?(?:President|Secretary|Acting|Under|Department)\b")
# who keeps a record, before its title in quotes: "Deputy Minister Winiewicz, 'Record of Conversation with ...'"
RECORD_BY = re.compile(r"(?P<name>(?:[A-Z][\w.’'-]*[ ]){0,3}[A-Z][\w’'-]+),[ ]+['‘\"“](?:Record|Note|Memorandum)[ ]of[ ]"
                       r"(?:a[ ])?Conversation")
# ... or who wrote a memorandum: "Memorandum of Conversation, by the Ambassador in Korea (Muccio)"
# a telegram's number, then whom it is from, opening its text: "331. From Murphy. Tito having sent word ..." (after a
# routing note too: "370. Paris for Kohler. From Dowling. I had a long talk ...")
FROM_LEAD = re.compile(r"\d{1,5}\.[ ]+(?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ]for[ ][A-Z][a-z][\w’'\-]+\.[ ]+)?"
                       # (its handling captions first: "1121. Eyes only Secretary. Limit distribution. From Thompson.")
                       r"(?:(?:Eyes[ ]only|Limit(?:ed)?[ ]distribution|Nodis|Exdis|Limdis|Priority)\b[^.]{0,30}\.[ ]+){0,3}"
                       r"(?:Department[ ]+(?:pass|repeat)[ ][A-Z][^.]{0,60}\.[ ]+)?"  # ("94. Department pass Paris, Dakar.")
                       rf"From[ ]+{SENDER_TITLE}"  # ("From Ambassador Wadsworth.", which a consulate signs)
                       r"(?P<name>[A-Z][a-z][\w’'\-]+)\.[ ]+(?=[A-Z])")
# ... or "1384. For the President from Secretary Dillon." (the ambassador signs what the visitor writes)
FOR_FROM = re.compile(rf"\d{{1,5}}\.[ ]+(?:For|Personal[ ]for)[ ]+(?:the[ ]+)?(?:(?:[A-Z][\w’']*|and)[ ]+){{1,5}}?from[ ]+"
                      rf"{SENDER_TITLE}"  # ("1311. Personal for Pres and Secy from Harriman.2")
                      r"(?P<name>[A-Z][a-z][\w’'\-]+)\.?\d{0,2}(?=$|[ ]+[A-Z])")
# ... or its caption: "2104. Eyes only Secretary from Lodge.1", "3851. Literally Eyes Only Secretary from McBride." (whom it
# is from writes its "I", whoever signs it)
EYES_ONLY_FROM = re.compile(r"\d{1,5}\.[ ]+(?:Literally[ ]+)?Eyes[ ]+[Oo]nly[ ]+(?:[Ff]or[ ]+)?(?:[Tt]he[ ]+)?"
                            r"(?:[A-Z][\w’']*[ ]+){1,6}?[Ff]rom[ ]+(?P<name>[A-Z][a-z][\w’'\-]+)\.?\d{0,2}(?=$|[ ]+[A-Z])")
# a FRUS title that names its sender in brackets after the office: "Backchannel Message From the Chief of the Liaison
# Office in China (Woodcock) to Secretary of State Vance", "Telegram From the Embassy in India (Bowles) to ..."
TITLE_SENDER = re.compile(r"\b(?:Telegram|Message|Memorandum|Letter|Airgram|Despatch|Dispatch|Cable)(?:[ ]+\d+)?[ ]+From[ ]+"
                          r"the[ ]+[A-Z][^()]{2,120}?[ ]\([ ]?(?P<name>[A-Z][\w’'-]+)[ ]?\)[ ]+to\b")
# (or, where no "From:" line says who sends it, "Cable from Dutch Embassy, Havana (Boissevain), 2 August 1963")
EMBASSY_SENDER = re.compile(r"\b(?:Telegram|Message|Letter|Cable)[ ]+from[ ]+(?:the[ ]+)?[A-Z][^()]{2,80}?"
                            r"[ ]\([ ]?(?P<name>[A-Z][\w’'-]+)[ ]?\)(?:,|$)")
FROM_LINE = re.compile(r"^From:", re.M)
# a book's author over its title, a line each: "Enver Hoxha" / "Memoirs from my Meetings with Stalin" (who writes "I")
BYLINE = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2})")
MEMOIR_TITLE = re.compile(r"(?:Memoirs?|Reminiscences|Recollections|From[ ]my|My[ ][A-Z]?[a-z]+|With[ ][A-Z])\b")
CAPITALISED_SAID = re.compile(r"(?<=[a-z][ ])Said(?=[ ]that\b)")  # (a typist's "Nam Il Said that ...")
# a note's point numbered in Roman numerals, two letters or more ("I" is the author; not "XI", a surname in capitals)
ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2})(?!XI$)X{0,3}(?:IX|IV|V?I{0,3})")
VOLUME_NUMBER_LEAD = re.compile(r"^No\.[ ]\d{1,4}[ ]+")  # (FRUS: "No. 667 Memorandum of Conversation, by ...")
# (or after the file line it is run into: "Conference files, ... No. 21204 Memorandum of Conversation, by the ...")
MEMO_BY = re.compile(r"(?:^|(?<=[ ]))Memorandum[ ]of[ ](?:a[ ])?(?:Telephone[ ])?Conversation,[ ]by[ ]the[ ]"
                     r"[A-Z][\w.’' -]{2,160}?[ ]"
                     r"\([ ]?(?P<name>[A-Z][\w’'-]+?)(?:[ ]?\d{1,2})?[ ]?\)")  # (its note's call inside: "(Dudley 1)"; a
# scan's spaced brackets: "( Campbell )")
# ... or by a person, named: "Memorandum of Conversation, by Mr. James C. H. Bonbright of the United States Delegation"
MEMO_BY_PERSON = re.compile(r"^Memorandum[ ]of[ ](?:a[ ])?Conversation,[ ]by[ ]+"
                            r"(?:(?:Mr|Mrs|Ms|Dr|Ambassador|General|Admiral)\.?[ ]+)?"
                            r"(?P<name>(?:[A-Z][\w’'\-]*\.?[ ]+){0,4}[A-Z][\w’'\-]+)(?=,|[ ]+of[ ]|\d|\s*$)")
# a published volume's heading of a message or memorandum by a person, named (DFAT's "187 Cablegram From Watt To
# Department Of External Affairs", DIFP's "Memorandum by Joseph P. Walshe"): not an office's ("From Department Of
# External Affairs To Watt", "From Australian Legation, Moscow")
NAMED_SENDER_WORD = r"(?!(?:To|Of|In|At|And|For|On|The|Department|Embassy|Legation|High|Acting|Government|Ministry)\b)"
def _sender_forms(title: str):
    """A heading as PERSON_SENDS reads it: as printed; the last part of an edition's breadcrumb ("Documents on
    Australian Foreign Policy :: Volume 25: ... :: 37803 Cablegram from Shann to Canberra"); in capitals, its words
    capitalised, the kind's comma a "from" ("CABLEGRAM, DOWNER TO MCMAHON", "MEMORANDUM FROM PLIMSOLL TO WALLER")."""
    title = title.strip()
    yield title
    if "::" in title:  # (its site's banner perhaps run on after it: "... to Canberra DFAT Historical Documents Home ...")
        yield re.split(r"[ ]+DFAT[ ]Historical[ ]Documents\b", title.rsplit("::", 1)[1])[0].strip()
    if title.isupper() and len(title.split()) <= 12:
        capitalised = re.sub(r"\b(From|To|Of|By)\b", lambda m: m[1].lower(), title.title())
        yield re.sub(r"^([A-Z][a-z]+),[ ]+", r"\1 from ", capitalised)


PERSON_SENDS = re.compile(r"(?:No\.[ ]+)?(?:\d{1,5}\.?[ ]+)?"
                          r"(?:Extracts?[ ][Ff]rom[ ](?:(?:a|an|the)[ ])?)?"  # (DIFP: "Extract from a letter from ...")
                          # ("Confidential Report from", "Handwritten letter from")
                          r"(?:(?:[Cc]onfidential|[Ss]ecret|[Pp]ersonal|[Pp]rivate|Strictly|Top|Handwritten|Dearg|[Cc]ode)"
                          r"[ ]+){0,2}"  # ("Extract from a confidential report from", "Dearg code telegram from")
                          r"(?:Cablegram|Telegram|Cable|Despatch|Dispatch|Letter|Memorandum"
                          r"|Minute|Note|Record|Report|Savingram|(?<=[a-z][ ])(?:report|letter|memorandum|minute|note|telegram))"
                          r"(?:[ ]+[Oo]f[ ]+(?:a[ ]+)?[Cc]onversation,?)?"  # (DFAT: "Extracts from Record of Conversation by")
                          r"[ ]+(?:[Ff]rom|[Bb]y)[ ]+"  # (after an adjective in lower case too: "Confidential report from")
                          r"(?:(?:Mr|Sir|Dr|Lord|Ambassador)\.?[ ]+)?"
                          rf"(?P<name>(?:{NAMED_SENDER_WORD}[A-Z][\w’'\-]*\.?[ ]+){{0,3}}{NAMED_SENDER_WORD}[A-Z][\w’'\-]+)"
                          r"(?:[ ]+[Tt]o[ ]+[A-Z][^\n]{0,160}"  # (and what the heading adds: "... (Dublin) concerning a
                          # further conversation with Owen O'Malley1 (No. 141)")
                          r"|[ ]+of[ ]+(?:an?[ ]+)?(?:[Cc]onversations?|[Mm]eetings?|[Tt]alks?|[Dd]iscussions?)"
                          r"[ ]+with[ ]+[A-Z][^\n]{0,80})?"
                          # (DFAT: "Record by Starey of Conversation with Seki")
                          # (or, the kind left out, its number, the sender and "to": "422 Beasley to Department of
                          # External Affairs", "251 Beasley to Evatt")
                          rf"|\d{{1,5}}\.?[ ]+(?!(?:Cablegram|Telegram|Cable|Despatch|Dispatch|Letter|Memorandum|Minute|Note"
                          rf"|Record|Report|Savingram)\b)"  # (not the kind: "30606 Cablegram to Canberra" names no sender)
                          rf"(?P<sender>(?:{NAMED_SENDER_WORD}[A-Z][\w’'\-]*\.?[ ]+){{0,2}}"
                          rf"{NAMED_SENDER_WORD}[A-Z][\w’'\-]+)[ ]+to[ ]+[A-Z][^\n]{{0,80}}")
# a message a titled person sends from his post, in a heading under the title: "Substance of a Message Dated January 28
# from Mr. Trevelyan in Peking" (a title first: not "a Telegram from Washington in reply")
MESSAGE_FROM_PERSON = re.compile(r"\b(?:Message|Telegram|Letter|Report)\b[^()\n]{0,60}?[ ]from[ ]+"
                                 r"(?:Mr|Mrs|Sir|Dr|Ambassador)\.?[ ]+(?P<name>[A-Z][\w’'\-]+)[ ]+(?:in|at)[ ]+[A-Z]")
# "c." for comrade before a name, as Czech and Romanian records translate it (not "c. 1960", circa)
# ("c." first: a pattern that opens with a lookbehind is tried at every character)
LOWER_C = re.compile(r"c\.(?<![\w.]c\.)[ ]+(?=[A-Z][a-z])")
# offices, then the name, as a label: "Head of the Cuban Cultural Delegation, Education Minister, Armando Hart Dávalos:"
# (a telegram's address is none: "To Ambassador Yuan, Ambassador Huang, Ambassador Yao: (Top Secret)")
OFFICE_LABEL = re.compile(r"(?P<office>(?!To[ ])[A-Z][^:\n]{5,120}),[ ]+"
                          r"(?P<name>[A-Z][\w’'.-]+(?:[ ][A-Z][\w’'.-]+){1,3})(?=:[ ])")
# ... or an office "of" a body, no comma, before a name of two words: "First Secretary of the CPCz CC Alexander Dubček:"
OFFICE_OF_LABEL = re.compile(r"(?P<office>[A-Z][\w’'.]*(?:[ ][\w’'.]+){0,3}[ ]of[ ](?:[\w’'.]+[ ]){1,6})"
                             r"(?P<name>[A-Z][\w’'\-]+[ ][A-Z][\w’'\-]+)(?=:[ ])")
# ... or before a report: "Ambassador of the Czechoslovak Republic Surin Mikulas reported that"
OFFICE_OF_REPORT = re.compile(r"(?P<office>[A-Z][\w’'.]*(?:[ ][\w’'.]+){0,2}[ ]of[ ]the[ ](?:[A-Z][\w’'.]*[ ]){0,3}"
                              r"(?:Republic|Union|Kingdom|Federation)[ ])(?P<name>[A-Z][\w’'\-]+[ ][A-Z][\w’'\-]+)(?=[ ][a-z])")
# a label with an editor's note call-out before its colon: "Nguyen Van Hieu[1]:"
LABEL_CALLOUT = re.compile(r"(?P<label>[A-Z][^:\[\]\n]{1,60}?)(?P<callout>\[\d{1,3}\])(?=:[ ])")
COLON_CALLOUT = re.compile(r"(?P<label>[A-Z][^:\[\]\n]{1,60}?:)(?P<callout>\[\d{1,3}\])(?=[ ])")
# an initial the editor completes in brackets: "K.[udryavtsev]"
COMPLETED_INITIAL = re.compile(r"\b(?P<letter>[A-Z])\.\[(?P<rest>[a-z][\w’'-]+)\]")
# a report by an initial: "V. said that ...", "V. then raised ..."
INITIAL_REPORT = re.compile(r"(?P<letter>[A-Z])\.[ ]+(?:(?:[a-z]+ly|then|also|again)[ ]+)?(?:[a-z]{3,}ed|said|told"
                            r"|[a-z]{3,}s)\b")  # (a German memorandum's present: "G. then turns to ...", "G. agrees")
# a telcon's one-letter label and its full stop, before the turn's first word: "K. Good. What does it say?"
# (not initials before a name: "L. I. Brezhnev: Hello", "S. Kania: Thank you")
# (or after a stage direction in brackets: "D. [laughs] You always worry about the Chinese.")
INITIAL_LABEL = re.compile(r"(?P<letter>[A-Z])\.[ ]+(?![A-Z]\.|(?:[A-Z][\w’'-]*[ ]?){1,3}:)"
                           r"(?=[\"“(\[.…]*[A-Z]|[\[(][a-z][^\[\]()\n]{0,30}[\])][ ]+[\"“]?[A-Z])")


# a surname the title prints in brackets: "... Assistant for National Security Affairs (Kissinger) and ..."
TITLE_NAME = re.compile(r"(?<=\()[A-Z][\w'’-]+(?=\))")


# a lead of time or place before a sentence's subject: "On 3 May, ", "In the evening "
SUBJECT_LEAD = re.compile(r"(?:\d{1,4}\.[ ]+(?=[A-Z]))?"  # (a telegram's number: "1094. Indian Ambassador Mrs. Pandit ...")
                          r"(?:(?:On|In|At|During|After|Before|Then|Later|Today|Yesterday|Afterwards|Subsequently)\b"
                          r"[^.,;:!?\"“]{0,40},[ ]+(?=[A-Z]))?")
# the capitalised words (and bracketed insertions) a sentence opens with: "Comrade [Hans] Kopmann[1]"
NAME_RUN = re.compile(r"(?:\[[^\[\]]{1,30}\]|[A-Z][\w’'\-.]*)(?:\[\d{1,3}\])?"
                      r"(?:[ ](?:\[[^\[\]]{1,30}\]|[A-Z][\w’'\-.]*)(?:\[\d{1,3}\])?){0,4}")
FOOTNOTE_CALL = re.compile(r"\[\d{1,3}\]")
# a code message's heading over the other side's points, or the author's: "His position:", "My reply:"
SIDE_HEADING = re.compile(r"(?P<label>(?:(?P<mine>My)|His|Her|Their)[ ]+(?:position|positions|answer|answers|reply|replies"
                          r"|response|view|views|remarks|comments|statement|arguments))[ ]*:")
# the author in a sentence: "I was invited ... by ...", "... received me"
AUTHOR_MEETS = re.compile(r"(?<![\w’'])(?:I|me)\b")
# a name the editor restores in brackets: "I received US chargé [Gatry] at his request."
RESTORED_NAME = re.compile(r"\[([A-Z][a-z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})\]")
# what makes the author's act (FIRST_PERSON_ACT) a message, not only a visit: "I gave information on ...", "I handed
# over the letter"
# how a listener answers before the words: "Nasser listened and said that ...", "Riad smiled and replied that ..."
HEARD = frozenset({"listened", "smiled", "laughed", "paused", "hesitated", "heard", "waved", "shrugged", "frowned",
                   "sighed", "grinned", "turned"})  # ("Sukarno waved this aside and said ...")
HEARD_WORD = re.compile(rf"\b(?:{'|'.join(sorted(HEARD))})\b")  # (a quick look first, at every sentence of minutes)
# the author hands over a document's text, no words of his: "I gave Peng Zhen the text of the information of the CC"
# a character of a sentence, the full stops of initials and titles included ("a letter from Cde. Skobel’tsyn, which ...")
ABBREVIATION_STOP = r"(?:(?<=\b[A-Z])|(?<=\bCde)|(?<=\bCom)|(?<=\bComr)|(?<=\bMr)|(?<=\bDr))\.(?=[ ])"
IN_SENTENCE = rf"(?:[^.!?]|{ABBREVIATION_STOP})"
# the author's first person singular, as a translation prints it ("me", "my", "[I]")
# (the pronoun "I" before a word in lower case: no roman numeral, "World War I", "Section I.")
AUTHOR_WORD = re.compile(r"(?<![\w’'\[])(?:I(?=[ ]+[a-z])|me|my|mine|myself)(?![\w’'])|\[(?:I|me|my)\]")
AUTHORS_WORD = re.compile(r"(?<![\w’'\[])(?:I(?=[ ]+[a-z])|me|my|mine|myself|[Ww]e|us|[Oo]ur)(?![\w’'])"
                          r"|\[(?:I|me|my|[Ww]e|us|[Oo]ur)\]")
COMMA_THEN_NAME = re.compile(r",[ ]+(?=[A-Z])")
# a sentence in which its subject speaks, a few words after the name ("Comrade Chen Yi was silent for a moment and then
# said, ...")
SAID_IN_SENTENCE = re.compile(r"[^.!?“\"]{0,80}?\b(?:and|then)[ ]+(?:then[ ]+)?(?:said|asked|replied|answered|added|remarked"
                              r"|declared|stated|noted)\b")
REPLY_OPENING = re.compile(r"(?:In[ ]+(?:reply|answer|response)|Replying|Answering)\b(?![ ]+to[ ]+(?:my|our)\b)")
# the author's passing on of a position, not a paper: "I ... passed him the answer of the Soviet government about ..."
CONVEYED_ANSWER = re.compile(r"(?<![\w’'])(?:I|\[I\])\b[^.;]{0,120}?\b(?:passed|conveyed|transmitted|relayed|communicated)"
                             r"(?:[ ]+(?:on[ ]+)?(?:to[ ]+)?(?:him|her|them))?[ ]+(?:the|our|my)[ ]+(?:[a-z]+[ ]+){0,2}"
                             r"(?:answer|reply|response|position|proposal|views|opinion|consent|request)\b")
# a turn that ends by giving the floor to another: "Ask Comrade Taraki ... and let him describe how things stand."
HANDS_OVER = re.compile(r"\b(?:let[ ]+(?:him|her|them)[ ]+(?:describe|tell|say|explain|speak|answer|report)"
                        r"|(?:you|he|she)[ ]+(?:have|has)[ ]+the[ ]+floor|I[ ]+give[ ]+the[ ]+floor[ ]+to)\b[^.!?]*[.!?]?\s*$")
# the two who talk, as one subject: "The two General Secretaries agreed that ...", "Both interlocutors agreed ..."
BOTH_SIDES = re.compile(r"(?:Both|The[ ]+two)[ ]+(?:sides|parties|interlocutors|leaders|delegations|men|ministers|ladies|wives"
                        r"|General[ ]+Secretaries|Prime[ ]+Ministers|Presidents|Premiers|Foreign[ ]+Ministers)"
                        r"[ ]+(?:(?:also|then|further|finally|fully)[ ]+)?")
LOST_COLON = re.compile(r"((?:[A-Z][\w.’'\-]*[ ]){0,3}[A-Z][\w.’'\-]*)[ ]+(?=[A-Z][a-z])")  # ("The Chancellor Let me")
LOWER_THEN_NAME = re.compile(r"(?<=[a-z\]])[ ]+(?=[A-Z][a-z])")
WHO_TOLD_ME = re.compile(r",[ ]+who[ ]+(?:[a-z]+[ ]+|in[ ]the[ ]course[ ]of[ ](?:the|our)[ ](?:meeting|conversation)[ ]+)?"
                         r"(?:(?:spoke|talked|told|informed)[ ]+(?:to[ ]+|with[ ]+)?me|said|explained|stated)\b[^.;]*")
HANDED_TEXT = re.compile(r"\b(?:gave|handed(?:[ ]over)?)\b[^.!?]{0,60}?\b(?:the|a|an)[ ](?:[\w’'\-]+[ ]){0,2}"
                         rf"(?:text|copy|copies|letter|message)[ ](?:of|from)\b(?:(?!,?[ ]+and[ ]+(?:I|we)\b){IN_SENTENCE})*")
# (a paper: no words; "..., and I conveyed the greetings" after it are)
# a passive "told", "informed" or "asked": words of no one the sentence names ("had been told in advance")
PASSIVE_TOLD = re.compile(r"\b(?:(?:had|has|have)[ ]+been|was|were|is|are)[ ]+(?:told|informed|asked)\b")
# the author passing on a talk told above, no words of his: "I informed the Soviet ambassador ... about my conversation."
INFORMED_OF_TALK = re.compile(r"(?<![\w’'])I[ ]+(?:then[ ]+|also[ ]+)?(?:informed|briefed|told)[ ]+[^.;:]{2,80}?"
                              r"[ ]+(?:about|of|on)[ ]+(?:my|our|this|the)[ ]+(?:conversation|talk|meeting|visit|discussion)s?"
                              r"(?:[ ]+with[ ]+[^.;:]{2,60}?)?(?=[.;]|$)")
INFORMING = re.compile(r"\b(?:information|informed|acquainted|message|letter|note|told|said|asked|conveyed|handed|gave|passed"
                       r"|sent|delivered|began[ ]by[ ][a-z]+ing)\b")  # ("... and began by conveying the President's regards")
# the author's question, whose answer follows: "I asked the deputy chairman ..., Comrade Ri Gi-yeong, why ..."
# whom the author spoke to, by a title: "I said to Com. Tito", "I told Ambassador Dobrynin"
ADDRESSED_TITLED = re.compile(r"[ ]+(?:to[ ]+)?(?P<name>(?:Com\.|Comrade|Cde\.|Mr\.|Ambassador|President|Premier)[ ]+"
                              r"[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)")
# the author's question or word to someone the page names by a role only: "I asked the desk officer whether ..."
ADDRESSED_ROLE = re.compile(r"(?<![\w’'])I[ ]+(?:(?:then|also|again|first)[ ]+)?(?:asked|told|informed|reminded|assured"
                            r"|said[ ]to|inquired[ ]of)[ ]+(?:the|our)[ ]+(?P<role>(?:[a-z][\w\-]*[ ]+){0,2}(?P<noun>[a-z]"
                            r"[\w\-]*))(?=[ ,]+(?:whether|if|that|about|how|what|why|when|who|to|for)\b)")
ROLE_NOUNS = frozenset({"officer", "official", "interlocutor", "diplomat", "envoy", "representative", "guest", "host",
                        "chief", "head", "director", "counsellor", "counselor", "adviser", "advisor", "deputy"})
ASKED_BY_I = re.compile(r"(?<![\w’'])I[ ]+(?:(?:then|also|again|first)[ ]+)?(?:asked|said[ ]to|told|informed|reminded|assured"
                        r"|pressed|urged)\b")  # ("I reminded Soong that ... He assured me that ...": Soong)
# a reaction reported with its object: "Comrade Suzdalev agreed with this, and promised ..."
THANKED_FOR = re.compile(r"[ ]+[^.!?]{1,80}?[ ]for[ ]")
VISIT_THANKS = re.compile(r"[ ]+[^.!?]{0,40}?\bfor[ ]+(?:the|our|my)[ ]+visit\b")
# "and" inside a sentence, before a name or a role: where another's report may be joined on ("... and General de Gaulle
# said that ...")
AND_REPORT = re.compile(r"(?<=[a-z\d])[ ]+and[ ]+(?=(?:the[ ]+)?[A-Z])")
AND_REPORT_VERBS = frozenset({"said", "replied", "answered", "responded", "stated", "remarked", "observed"})
# a gift handed over, no words: "presented the Special Adviser with an album", "gave him a book"
GIFT_VERBS = frozenset({"presented", "presents", "handed", "hands"})
PRESENTED_WITH = re.compile(r"[ ]+(?:(?:the|his|her)[ ]+)?(?:(?:[A-Z][\w.’'\-]*|him|her|them|me|us)[ ]+){1,4}with[ ]"
                            r"(?:an?|the|his|her|their|some|two|three|several)[ ]")
WARNING_VERBS = frozenset({"cautioned", "cautions", "warned", "warns", "argued", "argues"})
AGREED_WITH = re.compile(r"[ ]+with[ ]+(?:this|that|it|me|him|her|us|them|the[ ]+(?:proposal|idea|view|suggestion))\b")
# a declared short form of one to three capitals with a full stop, before a verb: "W. thanks the Chancellor ..."
DOTTED_SHORT = re.compile(r"([A-Z]{1,3})\.[ ]+(?=[a-z])")
# a cable's numbered topic before the report: "1) In regard to spare parts for the plants built with Soviet help: "
TOPIC_COLON = re.compile(r"(?:\(?\d{1,2}[.)][ ]+)?(?:(?:[Ii]n[ ]regard[ ]to|[Oo]n|[Aa]bout|[Cc]oncerning|[Rr]egarding"
                         r"|[Aa]s[ ](?:to|for)|[Ww]ith[ ]regard[ ]to)[ ][^.:;!?“\"]{3,120}"
                         # (or a heading in title case: "Obligations in Pact: Mr. Spender said ...", "Relation to
                         # Japanese Settlement: ...")
                         r"|(?!(?:Summary|Comment|Comments|Note|Notes|Subject|Link|Source)\b)"  # (the record's own)
                         r"[A-Z][a-z’'\-]+(?:[ ](?:[A-Z][\w’'\-]*|and|of|the|in|on|for|with|to|a)){0,5}):[ ]+(?=[A-Z])")
# a cable's numbered paragraph and its run-in topic: "3. Nonalignment. Governor Harriman said ...", "4. Soviet-US
# relations. Tito asked ..."
# (or a colon: "3. China: Bhutto said ..."; not the author's "8. COMMENT: ...")
NUMBERED_TOPIC = re.compile(r"(?:\d{1,2}[.)]|[A-H]\))[ ]+(?!(?i:comment|note|summary)\b)[A-Z][\w’'\-/]*(?:[ ][\w’'\-/]+){0,6}"
                            r"(?:[.:][ ]+|[ ]+[-–—][ ]+)(?=[A-Z“\"])")  # (or a dash: "2. CHINA - NE WIN SAID THAT")
# a report of someone's kin or aide, by the possessive: "Guevara’s mother then said that ...", "Kim's interpreter added"
KIN_REPORT = re.compile(r"(?P<who>[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){0,2}[’'ʼ]s[ ]+(?:[a-z]+[ ]+)?(?:mother|father|wife|husband|son"
                        r"|daughter|brother|sister|widow|aide|secretary|interpreter|adviser|advisor|assistant|deputy"
                        r"|envoy|friend|companion|representative))(?:[ ]+(?:then|also|again|further|later))?[ ]+"
                        r"(?:said|told|added|asked|replied|answered|stated|noted|remarked|explained|declared)\b")
# the shape of a label at a paragraph's start: "MALINOVSKII R.YA.: ", "Malinovskii R.Ya. (Minister of Defence): "
CAPITALS_LABEL = re.compile(r"(?P<label>[A-Z][\w’'\-]*[a-zA-Z](?:[ ]+[A-Z][\w’'\-.]*){0,4}(?:[ ]+\([^()]{1,40}\))?):[ ]")
# a journal's run-in topic, unnumbered, before a report: "The harvest. Kim Il Sung informed me that ...", "Relations with
# the Chinese friends. Kim Il Sung said that ..." (after "The following questions were raised in the conversation:")
# (its last word in lower case or an acronym: not "Late this evening R. Kennedy asked me ...", nor "Mr.")
# a cable's topic run into its paragraph by a hyphen: "2. BORDER CLOSURE COSTS-MACHEL OPENED ...", "5. FOOD AID-I INFORMED"
CAPS_TOPIC = re.compile(r"(?m)^[ ]*\d{1,2}\.[ ]+[A-Z][A-Z’'/&]+(?:[ ][A-Z’'/&]+){0,5}[-–—](?=(?:I|[A-Z]{2,})[ ])")
RUN_IN_TOPIC = re.compile(r"[A-Z][\w’'\-/]*(?:[ ][\w’'\-/]+){0,7}(?:(?<=[a-z]{2})|(?<=[A-Z]{3}))\.[ ]+(?=[A-Z])")
VERB_WORD = re.compile(r"\b(?:is|was|are|were|be|been|has|had|have|will|would|can|could|may|might|must|shall|should|did|does"
                       r"|do|[a-z]{2,}ed|I|we|he|she|they|it)\b")
# a line of a record's contents after a label-like heading: "First Talks (1)", "Second Talks (19)"
CONTENTS_ENTRY = re.compile(r"[A-Z][\w’' \-]{2,50}[ ]+\(\d{1,3}\)")
# a paragraph that opens with narration (a time, a place, a circumstance) before whoever speaks in it
LEAD_WORD = re.compile(r"(?:At|In|On|During|After|Before|Towards?|Then|Later|When|While|Following|Upon|Having|Finally"
                       r"|Afterwards|Subsequently|Meanwhile|Next"
                       # (a participle's lead: "Referring to his meeting at the Foreign Ministry, Soviet Ambassador
                       # Shubnikov confidentially informed me that ...")
                       r"|Referring|Speaking|Turning|Returning|Reverting|Commenting|Replying|Responding|Answering"
                       r"|Touching|Concerning|Regarding"
                       # (a speech act's participle: "Noting that he did not doubt ..., F. Castro nevertheless remarked")
                       r"|Noting|Stressing|Emphasi[sz]ing|Recalling|Acknowledging|Admitting|Observing|Expressing"
                       r"|Agreeing|Thanking|Recognizing|Underlining|Pointing)\b")
# where a subject may start, a few words into such a paragraph: a capital ("... Kim Il Sung") or a lower-case
# role ("... the ambassador")
# an archival reference's fields after the archive's name: "AVP RF. F. 07. Op. 2.", "АВП РФ. Ф. 0100. Оп. 46."
ARCHIVE_FIELDS = re.compile(r"[ ]*(?:F|Op|D|L|Ll|P|Fond|Delo|Ф|Оп|Д|Л|П)\.[ ]*\d")
def _loose_name(name: str) -> bool:
    """Could these words, read loosely as a name before a verb of speech, be a person's ("Bogomolov", "Thorez3"), not
    a heading's, a body's or an event's ("Cold War", "Soviet Politburo", "Full Text")?"""
    from ld.speakers import EVENT_WORDS, NO_NAME_WORDS, _plausible_name, fold  # (imported here: ld.speakers imports
    # this module's layout keys, as _takes_part says)

    words = {fold(w).strip(".,;:") for w in name.split()}
    return all(w[:1].isupper() for w in name.split()) and _plausible_name(name) \
        and not words & (EVENT_WORDS | NO_NAME_WORDS | LOOSE_NOT_NAMES)


# words of headings, bodies and page furniture that no name read loosely holds
LOOSE_NOT_NAMES = frozenset({"latter", "former", "war", "politburo", "unit", "text", "full", "service", "document",
                             "documents", "source", "summary", "note", "notes", "report", "record", "telegram",
                             "cable", "memorandum", "translation", "archive", "comment", "subject", "page"})


# words of a body a bracket after a name may give (a journalist's employer): no name's
OUTLET_WORDS = frozenset({"corporation", "television", "radio", "broadcasting", "broadcast", "news", "network", "press",
                          "agency", "newspaper", "times", "post", "company", "magazine", "service", "tv"})
# a list's entry after a colon: a name and its comma ("For South Africa: Neil van Heerden, Director General ...")
LISTED_ENTRY = re.compile(r"[ ]*(?:[A-Z][\w.’'\-]*[ ]+(?:(?:van|von|de|der|den|del|da|dos|du|la|le)[ ]+)*){1,4}"
                          r"[A-Z][\w.’'\-]*,")
# states and capitals a report may make its subject ("Australia supported ...", "Moscow agreed that ..."): no person
STATES_AND_CAPITALS = frozenset(w.casefold() for w in (
    "Afghanistan", "Albania", "Algeria", "America", "Angola", "Argentina", "Australia", "Austria", "Belgium", "Bolivia",
    "Brazil", "Britain", "Bulgaria", "Burma", "Cambodia", "Canada", "Chile", "China", "Cuba", "Cyprus",
    "Czechoslovakia", "Denmark", "Egypt", "England", "Ethiopia", "Finland", "France", "Germany", "Ghana", "Greece",
    "Guinea", "Holland", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Israel", "Italy", "Japan", "Kenya",
    "Korea", "Laos", "Libya", "Mali", "Mexico", "Mongolia", "Morocco", "Mozambique", "Namibia", "Netherlands",
    "Nicaragua", "Nigeria", "Norway", "Pakistan", "Peru", "Poland", "Portugal", "Romania", "Russia", "Somalia",
    "South Africa", "Spain", "Sweden", "Switzerland", "Syria", "Tanzania", "Thailand", "Tunisia", "Turkey",
    "Venezuela", "Vietnam", "Yugoslavia", "Zimbabwe", "Washington", "Moscow", "Beijing", "Peking", "London", "Paris",
    "Bonn", "Tokyo", "Hanoi", "Pyongyang", "Seoul", "Havana", "Belgrade", "Bucharest", "Warsaw", "Prague",
    "Budapest", "Sofia", "Tirana", "Berlin", "Cairo", "Delhi", "New Delhi", "Ottawa", "Canberra", "Rome", "Vienna"))
# a word the layout lists as a verb of speech ("states", "notes", "remarks") followed by one that makes it a plural noun
NOUN_AFTER = re.compile(r"[ ]+(?:were|are|have|had|of)\b")
LEAD_SUBJECT = re.compile(r"(?<=[ ,])(?:the[ ]+[a-z]|[A-Z])")
# "He then asked whether ...": the other person's report, in a record in its author's first person
HE_REPORTS = re.compile(r"(?:He|She)[ ]+(?:(?:then|also|again|further|in turn|[a-z]+ly)[ ]+)?"
                        r"(?:(?:laughed|smiled|(?:[a-z]{3,}ed|took)(?:[ ]+[a-z\-]+){0,6})(?:[ ]+and|,)[ ]+(?:then[ ]+)?)?"  # ("He
                        # received this very graciously and said", "He took this well and said", "He listened without
                        # interruption, then said", "He hesitated, then said", "He nodded and said")
                        r"(?:said|says|replied|answered"
                        r"|asked|noted|stated|remarked|added|continued|agreed|explained|responded|told|informed|thanked"
                        r"|emphasi[sz]ed|stressed|pointed out|objected|countered|expressed|assured|proposed|suggested|conveyed"
                        r"|underlined|declared|mentioned|requested|promised|recalled|indicated|insisted"
                        r"|repeated|observed|complained|warned|admitted|confirmed|acknowledged|maintained|argued"
                        r"|spoke|retorted|inquired|enquired|interjected|rejoined|reiterated|commented|urged|wondered"
                        r"|(?:began|opened|started)[ ]by[ ][a-z]{3,}ing)\b")  # ("He began by saying that ...")
HE_REPORTS_IN_CAPITALS = re.compile(HE_REPORTS.pattern, re.I)  # (a cable's
# "... I ASSURED HIM THAT .... HE SAID HE HAD WORKED WITH AMERICANS ...")
# a name, then its initials in brackets, above the record: "Mordechai Gazit (MG), General Director of ..."
# an envoy's act, not words: "I presented my letters of credence to ..."
CREDENTIALS = re.compile(r"\b(?:presented|handed[ ]over|handed)[ ]+(?:my|his|her|their|our|the)[ ]+(?:letters?[ ]of[ ]credence"
                         r"|credentials|letters?[ ]of[ ]recall)\b")
ASKED_TO_MEET = re.compile(r"\b(?:asked|requested)[ ]+to[ ]+(?:be[ ]+received|see|meet|call[ ]+on)\b")
DETERMINER_BEFORE = re.compile(r"\b(?:their|his|her|our|its|my|your)[ ]+$", re.I)  # ("their notes": a noun)
WRAPPED_ON = re.compile(r"(?:[,;:\-–]|\b(?:of|and|with|the))$")  # a line that goes on on the next
HE_SAID_TAG = re.compile(r"[^.!?]{0,80},[ ]+(?:he|she)[ ]+(?:said|says|added|continued|went on|recalled),[ ]")
NOT_CONTINUED_TALK = (r"(?!(?<=continued|continues)[ ]+(?:the|this|their|his|her|our)[ ]+"
                      r"(?:conversation|talks?|meeting|discussion)\b)"
                      r"(?!(?:(?<=gave)|(?<=gives))[ ]+(?:the[ ]+)?floor\b)")  # ("X gave the floor to Y": no words)
SHORT_IN_BRACKETS = re.compile(r"[ ]\([A-Z]{1,4}\)")  # a quick look first: the name's words are tried at every capital
NAMED_INITIALS = re.compile(r"\b((?:[A-Z][\w’'\-]+[ ]){1,3}[A-Z][\w’'\-]+)[ ]\(([A-Z]{1,4})\)")
# a role in lower case after "The" at a paragraph's start: "The ambassador said, President Sukarno ..."
# a record sent as a cable or a letter: a label alone at its top is the addressee ("Ambassador Huang [Zhen]:")
CABLE_TITLE = re.compile(r"^(?:[\w ]{0,20}[ ])?(?:Cable|Telegram|Letter|Instruction)s?\b"
                         r"|\bwith[ ](?:a[ ])?cover(?:ing)?[ ](?:note|letter)\b")  # (its note's addressee: "Compañero Roa:")
# a cable's subject after its address: "Talks with [...] Bernardes on the 29th of October."
CABLE_SUBJECT = re.compile(r"(?:(?:Talks|Conversation|Meeting|Audience|Interview)[ ]+with|Re:|Subject:|Regarding)[ ]")
# a title that gives a talk to one person: "Zhou Enlai’s Discussion with a Delegation of ...", "Summary of Premier Zhou
# Enlai's Talk with ...", "Excerpt of Mao Zedong's Conversation with ..."
TITLE_TALKER = re.compile(r"(?:(?:Handwritten[ ]+)?(?:Summary|Excerpts?|Notes|Minutes|Record)[ ]+(?:of|from|on)[ ]+)?"
                          r"(?:(?:Premier|Chairman|Vice[ ]Premier|Comrade|President|Marshal|General)[ ]+)?"
                          r"(?P<name>[A-Z][\w.\-]*(?:[ ][A-Z][\w.\-]*){0,3})['’ʼ]s[ ]+(?:Talks?|Discussions?|Conversations?"
                          r"|Remarks|Speech|Comments|Statements?|Instructions)[ ]+(?:with|to|at|before|on|from)\b")
# ("Notes on Stalin's Statement from a Meeting with a Bulgarian Delegation", "Handwritten Notes from Khrushchev’s
# Talks with the Albanian Delegation")
# a topic heading on a line of its own: "2. On the proposal by the Polish party and on the letter:"
TOPIC = re.compile(r"^(?:\d{1,2}[.)][ ]+)?(?:On|About|Concerning|Regarding|Re:|Question of|The question of)[ ]"
                   r"[^.!?:]{3,160}:?$")
# a label the editor restores in brackets: "[M.S. GORBACHEV.]  ...and so I say again"
# a broadcast monitor's label in brackets, no colon, after "[Begin recording]" on the first: "[Castro] We have ...",
# "[Castro, interrupting] They ..."
# (after an FBIS transcript's paragraph number and its lead: "4.  [Castro] ...", "2.  [Text] [Dobles] ...")
BRACKET_LABEL = re.compile(r"(?:\d{1,3}\.[ ]+(?=\[))?(?:\[(?:Begin|Start)[ ](?:video[ ])?recording\][ ]*"
                           r"|\[(?:Text|Excerpt|Excerpts)\][ ]*)?(?P<label>\[(?P<name>[A-Z][\w’'.-]*"
                           r"(?:[ ][A-Z][\w’'.-]*){0,2})(?:,[ ]*[a-z][^\[\]]{0,40})?\])[ ]+(?=\S)")


def _paren_labels(paragraphs: list[Paragraph], titles: Container[str] = frozenset()) -> frozenset[str]:
    """Names in round brackets that open paragraphs, the speech after them ("(FM Ohira) I am grateful ...", "(Zhao) We
    follow ..."): two or more, three times or more in all, none of them a stage direction's words."""
    found = [(m["name"], bool(p.text[m.end():].strip())) for p in paragraphs if (m := PAREN_LABEL.match(p.text))]
    counts = Counter(name for name, _ in found)
    inline = {name for name, said in found if said}
    # (a heading in brackets, once, alone on its line, is no label: "(Exempted)", "(Bilateral Relationship)")
    def titled(name: str) -> bool:  # ("Prime Minister Nakasone": a title first)
        words = name.casefold().split()
        return any(" ".join(words[:k]) in titles for k in (1, 2, 3) if k < len(words))

    names = {n for n in counts if not STAGE_WORDS_IN_BRACKETS.fullmatch(n)
             and (n in inline or counts[n] >= 2 or n.endswith("Remarks") or titled(n))}
    letters = {n for n in names if len(n) == 1}
    if letters - {"Q", "A"}:  # "(A) Japan welcomes ...", "(B) ...", "(C) ...": a list's letters, no "(Q)" and "(A)"
        names -= letters
    alone = {p.text.strip()[1:-1] for p in paragraphs if p.text.strip()[1:-1] in names and " " in p.text.strip()}
    # (two alone on their lines, each a title and a name, are enough: "(Premier Zhao Ziyang)", "(Prime Minister
    # Nakasone)")
    return frozenset(names) if len(names) >= 2 and (sum(counts[n] for n in names) >= 3 or len(alone) >= 2) \
        else frozenset()


def _name_lines(paragraphs: list[Paragraph]) -> frozenset[str]:
    """Names printed alone on the first line of a paragraph, the speech on the lines under them, with no colon
    ("Todor Zhivkov" / "I am glad to see you ..."): two or more, each opening two paragraphs or more, every word
    of each in the page's first lines (its title)."""
    counts = Counter(p.raw_lines[0] for p in paragraphs if len(p.raw_lines) >= 2 and NAME_LINE_ALONE.fullmatch(p.raw_lines[0]))
    # ... or a paragraph of its own, the speech in the paragraphs under it ("Prime Minister Ohira" / "Thank you ...")
    alone = Counter(p.text for p, q in zip(paragraphs, paragraphs[1:]) if len(p.raw_lines) == 1
                    and NAME_LINE_ALONE.fullmatch(p.text) and not NAME_LINE_ALONE.fullmatch(q.text))
    noted = Counter(p.text for p in paragraphs if len(p.raw_lines) == 1 and NOTED_LINE.fullmatch(p.text))
    if sum(noted.values()) >= 3 and len(noted) >= 2:
        # each with the editor's note of the language spoken: "Comrade Roman Nowak [in Polish]", "Voice from the hall
        # [in Polish]"
        return frozenset(noted)
    # a surname alone, where another such line prints the full name ("McGeorge Bundy" once, then "Bundy")
    surnames = {n.split()[-1] for n in counts + alone}  # (or a name the title prints: "Lyndon Johnson and Robert
    surnames |= set(re.findall(r"[A-Z][\w’'\-]+", paragraphs[0].text)) if paragraphs else set()  # McNamara on ...")
    alone += Counter(p.text for p, q in zip(paragraphs, paragraphs[1:]) if len(p.raw_lines) == 1
                     and p.text in surnames and SURNAME_LINE.fullmatch(p.text) and not SURNAME_LINE.fullmatch(q.text)
                     and not NAME_LINE_ALONE.fullmatch(q.text))
    if len(counts) + len(alone) < 2:
        return frozenset()
    top = set(re.findall(r"[\w’'-]+", " ".join(p.text for p in paragraphs[:30])[:3000]))
    names = frozenset(n for n, c in (counts + alone).items() if c >= 2 and all(w in top for w in _unbracketed(n).split()))
    if len(names) < 2:
        return frozenset()
    # once two names recur so, a name printed so once is a label too, when the page's list names it ("Secretary Kreps")
    return names | {n for n, c in alone.items() if c == 1 and all(w in top for w in _unbracketed(n).split())}


def _unbracketed(name: str) -> str:
    """A name line's words, its initials and its note in brackets left out ("Nikita Khrushchev" of "Comrade Nikita S.
    Khrushchev [in Russian]")."""
    return " ".join(w for w in re.sub(r"\[[^\[\]]*\]", "", name).split() if not re.fullmatch(r"[A-Z]\.", w))


# a name or a role in round brackets at a paragraph's start, then the words: "(FM Ohira) I am ...", "(Prime Minister) The ..."
# (or alone, the words in the paragraphs under it: "(Premier Zhao Ziyang)" / "1. Last year China's deficit ...")
PAREN_LABEL = re.compile(r"\((?P<name>(?:[A-Z][\w’'\-.]*)(?:[ ][A-Z][\w’'\-.]*){0,4})\)(?:[ ]+(?=[A-Z“\"])|\n(?=\S)|$)")
REMARKS_OF = re.compile(r"[’'ʼ]s[ ]+(?:Remarks|Statement|Reply|Response|Answer|Comments?|Words)$")
STAGE_WORDS_IN_BRACKETS = re.compile(r"(?i:laughter|laughs|applause|pause|silence|inaudible|omitted|unclear|sic|end|ends"
                                     r"|end[ ]of[ ]text|begin|begins|text|quote|unquote|continued|signed|translation)")
# a name alone on its line: two to four capitalised words
# a surname and the first word of the speech, with no mark between ("Kosygin Let me add ..."): the speech's
# first word one that opens a sentence, not a name's next word ("Kim Il Sung", "Vice Premier")
CAPS_SURNAME = re.compile(r"([A-Z][A-Z’'\-]{3,})[ ]+(?=[A-Z][a-z]|[AI][ ]|[“\"(\[])")  # ("ANDROPOV I fully agree ...")
BARE_NAME = re.compile(r"((?:[A-Z]\.[ ]?){0,3}[A-Z][a-z][\w’'\-]+)[ ]+(?=([A-Z][a-z]*)\b)")  # ("H. Kroll I have ...")
SPEECH_OPENINGS = frozenset({"let", "good", "thank", "thanks", "well", "please", "if", "why", "what", "how", "our", "my",
                             "your", "of", "dear", "allow", "certainly", "indeed", "perhaps", "comrades", "who", "when",
                             "where", "is", "are", "do", "does", "did", "can", "will", "may", "must", "not", "one"})
# (an initial among them, and the editor's note of the language spoken: "Comrade Nikita S. Khrushchev [in Russian]")
NAME_LINE_ALONE = re.compile(r"[A-Z][\w’'-]+(?:[ ](?:[A-Z]\.|[A-Z][\w’'-]+)){1,3}(?:[ ]\[in[ ][A-Z][a-z]+\])?")
SURNAME_LINE = re.compile(r"[A-Z][a-z][\w’'-]+")
LANGUAGE_NOTE = re.compile(r"[ ]\[in[ ][A-Z][a-z]+\]$")
NOTED_LINE = re.compile(r"[A-Z][^\[\]:;!?\n]{1,60}[ ]\[in[ ][A-Z][a-z]+\]")  # ("A question from the audience [in Russian]")


def _bracket_labels(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The names a page prints as bracketed labels: two or more, each opening two paragraphs or more."""
    counts = Counter(m["name"].casefold() for p in paragraphs if (p.text.startswith("[") or p.text[:1].isdigit())
                     and (m := BRACKET_LABEL.match(p.text)) and not INITIALS_ONLY.match(m["name"]))
    names = frozenset(name for name, n in counts.items() if n >= 2)
    return names if len(names) >= 2 else frozenset()


INITIALS_ONLY = re.compile(r"(?:[^\W\d_]\.[ ]?){1,3}$")  # "[L.] Dohnal:": the editor's initial, no label
# (after a topic's number too: "2. [Kim Il Sung:] On the Situation in South Korea", his words under it)
RESTORED_LABEL = re.compile(r"(?:\d{1,2}\.[ ]+(?=\[[^\[\]\n]{2,60}:\]))?\[(?!(?:[^\W\d_]\.[ ]?){1,3}\])"
                            r"(?P<inner>[^\[\]\n]{2,60}[.:])\](?:[ ]+(?=\S)"
                            # (or alone on its line, a name and a colon: "[Zhou Enlai:]", not "[Source: PolA AA ...]")
                            r"|(?<=[^\W\d_]:\])[ ]*$)")
OUTLINE_LETTER = re.compile(r"[A-H]\.")
GLUED_NOTE_NUMBER = re.compile(r"(?<=[a-z])\d{1,2}$")  # a note's number glued to a name's end: "Tito3", "Komer2"
ADDRESSED_LABEL = re.compile(r"to[ ]+(?:Comrade|Cde\.|Com\.|Mr\.|Mrs\.|Dr\.|the[ ])", re.I)  # "To Comrade MAO ZEDONG"
FINITE_IN_LEAD = re.compile(r"\b(?:was|were|is|are|had|has)\b")  # a lead with a verb of its own: a sentence's subject
LETTERED_POINT = re.compile(r"[A-H]\.[ ]+(?=[A-Z]{2,}[ ,])")  # "A. CEAUSESCU SAID": a cable's point, in capitals
LETTER_POINT = re.compile(r"[A-H]\.[ ]+(?=[A-Z])")  # ... or any paragraph lettered so
# a lettered heading on its own line: "(a) Relations with Britain", "b) Vietnam" (no sentence: no verb's full stop)
LETTERED_HEADING = re.compile(r"\(?[a-h1-9]\)[ ]+[A-Z][\w’'\-]*(?:[ ][\w’'\-]+){0,7}")
# a person's words in brackets inside another's turn: "(Vance: The telemetry question is very close.)"
INTERJECTION = re.compile(r"(?P<label>[A-Z][^():\[\]\n]{1,50}):[ ]+(?P<said>\S[^()]*)$")
# the first sentence of a paragraph that goes on with the report of the one who answered: "The answer was West Irian."
ANSWER_WAS = re.compile(r"(?:The|His|Her|Their)[ ]+(?:answer|reply|response)[ ]+(?:was|came)\b[^.!?]{0,120}[.!?]")
# whom the author met, by name: "I visited Nam Il ...", "I had a short conversation with Jeong Il-yong"
MET_NAMED = re.compile(r"(?:[A-Z][^.!?;]{0,60}?,?[ ]+)?I[ ]+(?:(?:also|then|again|first|later|next)[ ]+)?"
                       r"(?:visited|called[ ]on|met(?:[ ]with)?|saw|received"
                       r"|had[ ](?:an?[ ])?(?:short[ ]|brief[ ]|long[ ])?(?:conversation|talk|meeting)[ ]with"
                       r"|(?:spoke|talked)(?:[ ](?:briefly|at[ ]length|privately))?[ ]with"  # ("I spoke briefly with")
                       # ("I was invited to a meeting by comrade Zhou Enlai, who ...")
                       r"|was[ ](?:received|invited(?:[ ]to[ ]an?[ ](?:meeting|talk|conversation))?)[ ]by)[ ]+"
                       r"(?:(?:[Cc]omrade|Cde\.|Com\.)[ ]+)?(?:\[[^\[\]]{2,40}\][ ]+)?"  # (the editor's "[President Osvaldo]")
                       r"(?P<name>(?:[A-Z][\w’'\-.]*[ ]){0,2}[A-Z][\w’'\-]+)(?=[ ,.])(?![ ]+and[ ]+[A-Z])")
# (not two: "with Jeong Il-yong and Pak Seong-cheol")
# a meeting that opens with one person's words: "The luncheon began with the Secretary recalling that ..."
BEGAN_WITH = re.compile(r"(?:\d{1,2}\.[ ]+)?The[ ]+(?:conversation|luncheon|lunch|dinner|meeting|talk|talks|discussion|session)"
                        r"[ ]+(?:began|opened|started)[ ]+with[ ]+(?P<who>(?:the[ ]+)?[A-Z][\w.’'\-]*(?:[ ][A-Z][\w’'\-]*){0,3})"
                        r"(?:['’ʼ]s)?[ ]+(?:recalling|saying|stating|noting|observing|remarking|expressing|explaining|"
                        r"describing|welcoming|thanking|asking|reviewing|emphasizing|stressing|statement|remarks?|words)\b")
# the author's question or answer after a sentence's end: "... the Armistice Commission. I asked him whether ..."
AUTHOR_ASKED = re.compile(r"[a-z]{2}[.!?][ ]+I[ ]+(?:then[ ]+|also[ ]+)?(?:asked|told|replied|answered|inquired|remarked|said"
                          r"|stated|explained)"
                          r"[ ]+(?:him|her|them|whether|if|that|how|what|why)\b")
# the one the author asked or told, named with no title: "I asked Subandrio about reports that ..."
ASKED_NAMED = re.compile(r"\bI[ ]+(?:then[ ]+|also[ ]+)?(?:asked|told|informed|reminded|assured|pressed|urged)[ ]+"
                         r"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})\b(?![ ]+(?:and|or)[ ]+[A-Z])")
AT_HIS_REQUEST = re.compile(r"[ ]+(?:today[ ]+)?at[ ]+(?:his|her|their)[ ]+(?:own[ ]+)?request(?=,)")
# the office of whom the author met, in the sentence of the meeting: "I received the Korean ambassador ..."
MET_OFFICE = re.compile(r"\bthe[ ]+(?:[A-Z][\w’'\-]*[ ]+)?(?P<role>[a-z]{4,})\b(?![ ]+(?:of|to)\b)")
# the author's visit, and what the one visited told: "I visited Nam Il ..., and he told me about the following matters."
VISITED_TOLD = re.compile(r"I[ ]+(?:visited|called[ ]on|met(?:[ ]with)?|saw|received)[ ]+(?:(?:Comrade|Cde\.|Com\.)[ ]+)?"
                          r"(?P<name>(?:[A-Z][\w’'\-.]*[ ]){0,2}[A-Z][\w’'\-]+)\b[^.!?;]{0,80}?,?[ ]+and[ ]+(?:he|she)[ ]+"
                          r"(?:told|informed)[ ]+me[ ]+(?:(?:about|of)[ ]+)?(?:the[ ]following|as[ ]follows)"
                          r"[^.!?:]{0,30}[.:]\s*$")
# who tells the author what the next paragraph says: "... about which Comrade Moskovsky told me the following:"
# a memorandum's lead to what was said, on a line of its own: "The following were the principal points which arose in
# the conversation:", "The conversation proceeded as follows:"
POINTS_FOLLOW = re.compile(r"(?:\b[Tt]he[ ]following[ ](?:were|are)[ ](?:the[ ])?(?:principal|main|chief|salient)[ ]points"
                           r"|\b(?:conversation|discussion|talk|meeting)[ ](?:proceeded|went|ran|developed)[ ]as[ ]follows)"
                           r"\b[^:]{0,80}:$")
TOLD_ME_FOLLOWING = re.compile(r"(?P<name>(?:[A-Z][\w’'\-.]*[ ]){0,2}[A-Z][\w’'\-]+)(?:[ ]+(?:also|then|later|further))?[ ]+"
                               r"(?:told|informed|gave|related|recounted|described|explained)(?:[ ]+to)?[ ]+\[?(?:me|us)\]?[ ]+"
                               r"(?:[a-z]+[ ]+){0,3}?(?:the[ ]following|as[ ]follows)"
                               # ("... a visit by Comrade Viktor Bakin, counselor of the Soviet Embassy, who passed on the
                               # following information ...:")
                               r"|(?P<who>(?:[A-Z][\w’'\-.]*[ ]){0,2}[A-Z][\w’'\-]+),[^.;:]{0,120}?,[ ]+who[ ]+"
                               r"(?:passed[ ]on|conveyed|communicated|gave|presented|related|told[ ]me|informed[ ]me)"
                               # (or to the author named by his office: "who passed on to our diplomat the following:")
                               r"(?:[ ]+(?:to[ ]+)?(?:me|us|our[ ]+(?:diplomat|ambassador|counsellor|counselor|envoy)))?"
                               r"[ ]+(?:about[ ]+)?the[ ]following")
# a numbered point: "1) The North-South Red Cross talks ...", "2. The Korean Workers' Party asks ..."
POINT = re.compile(r"(?:\d{1,2}[.)]|[-–•])[ ]+(?=[A-Z“\"])")
# a paragraph that introduces what follows: "... and spoke as follows of the relevant situations:"
FOLLOWS_END = re.compile(r"\b(?:(?:as follows|the following)\b[^.!?:]{0,60}|[Ww]hat follows\b[^.!?:]{0,200}"
                         r"|(?:[Hh]is|[Hh]er)[ ](?:[a-z]+[ ])?points):$")  # ("I talked with Nhu. His principal points:")
# (or with a full stop, of the topics: "... I raised the following questions with him.")
FOLLOWING_TOPICS_END = re.compile(r"\bthe[ ]following[ ](?:questions|points|matters|issues|topics|subjects)\b[^.!?:]{0,40}\.$")
# a minutes' header naming the one person whose speech follows ("Speaker: Comrade Zoltán Komócsin"), and the
# salutation that opens it ("Dear Comrades!", "Respected Central Committee!")
SPEAKER_HEADERS = {"speaker", "rapporteur", "presenter", "reporter"}
SALUTATION = re.compile(r"(?:(?:Dear|Respected|Esteemed|Honou?red)[ ]+)?(?:Comrades|Friends|Central[ ]Committee|Colleagues)!")
# the author's own words announced ("my intervention was along the following lines:", "I spoke as follows:")
OWN_WORDS_FOLLOW = re.compile(r"\b(?:[Mm]y[ ](?:intervention|statement|reply|answer|words|remarks|speech)\b"
                              r"|I[ ](?:said|replied|answered|stated|spoke|declared)[ ](?:as follows|the following))")
# a role, then its holder's name in round brackets, then a verb in lower case: "Premier (Zhou) said that ..."
ROLE_THEN_NAME_IN_PARENTHESES = re.compile(r"(?P<role>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]\((?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z]"
                                           r"[\w’'\-]+){0,2})\)(?=[ ][a-z])")
# an initial with a comma for its full stop, before a surname and a colon: "J, Vosáhlo: I believe ..."
COMMA_INITIAL = re.compile(r"([A-Z]),[ ](?=[A-Z][\w’'\-]+:[ ])")
# a footnote's call-out glued to the title's last word: "297. Memorandum of Conversation ... Gromyko1"
TITLE_CALLOUT = re.compile(r"(?<=[a-z])\d{1,2}$")


def _recurring_labels(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The colon labels a dialogue prints again and again ("Zhang:", "Parthasarathy:"), casefolded: when
    two names or more each stand three times or more as a label, inside a paragraph too, a page whose
    line breaks were lost is read at them ("... the press. Zhang: We have ..."). One name, or a name
    once or twice, is no such sign: a header's value or a quotation may print it."""
    counts = Counter(_bare_label(m["label"]) for p in paragraphs if ": " in p.text for m in _colon_labels(p.text))
    recurring = frozenset(label for label, n in counts.items() if n >= 3)
    if len(recurring) < 2:  # "Grósz Károly:" and "Horn Gyula:" twice each: full names, a dialogue all the same
        recurring |= {label for label, n in counts.items() if n == 2 and len(label.split()) >= 2}
    return recurring if len(recurring) >= 2 else frozenset()


def _colon_labels(text: str, start: int = 0, end: int | None = None):
    """The colon labels of ``text`` (LABEL_HERE) at its start and after a sentence's end (an anchored match
    at those places is much cheaper than a search through every position)."""
    end = len(text) if end is None else end
    for pos in ([0] if start == 0 else []) + [m.end() for m in SENTENCE_GAP.finditer(text, start, end)]:
        match = LABEL_HERE.match(text, pos, end)
        if match:
            yield match


@lru_cache(maxsize=4096)  # (asked of every colon label of a page, most of them printed again and again)
def _bare_label(label: str) -> str:
    """A label without its bracketed parts, casefolded: "Zhang [Wenji]" and "Zhang", "North (PAK)" and
    "North (KIM)" are printed forms of one label."""
    return " ".join(BRACKETED.sub(" ", label).split()).casefold()


BRACKETED = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")


def _may_tag(text: str) -> bool:
    """Can a speech tag between commas or dashes stand in the first sentence ("The mistakes, said Mao, ...")?
    The layout's inverted patterns need a comma or a dash in the first 160 characters: most paragraphs are
    settled here without running them."""
    head = text[:162]
    return "," in head or "—" in head or "–" in head


# a colon inside a paragraph, a name after it: "... the floor was taken by: Comrade Mao Zedong: ..."
# (the word before the colon is checked apart: a pattern that starts by looking behind is tried at every
# character of a paragraph, one that starts with the colon only where there is one, seven times faster)
COLON_BEFORE_CAPITAL = re.compile(r":[ ]+(?=[A-Z])")


def _word_character(c: str) -> bool:
    """What ``\\w`` matches in a str pattern: a letter, a digit or numeral, the underscore."""
    return c.isalnum() or c == "_"


def _last_sentence(text: str, end: int) -> int:
    """Where the sentence that ends at ``end`` starts ("... that Mr. Kosygin had ...": no sentence's end)."""
    starts = [m.end() for m in BOUNDARY.finditer(text, 0, max(end - 1, 0)) if _sentence_starts(text, m.end())]
    return starts[-1] if starts else 0


def _numbered(text: str) -> int:
    """Where a paragraph's words start after its number ("6. He said that ..."): 0 without one."""
    number = PARAGRAPH_NUMBER.match(text) if text[:1].isdigit() else None
    return number.end() if number else 0


PARAGRAPH_NUMBER = re.compile(r"\d{1,2}\.[ ]+")
PRONOUN_AFTER_STOP = re.compile(r"[A-Za-z]{2}\.[ ]+(?:He|She|They|We)$")  # a name run on over a sentence's end
# a telegram's sender line, an office and a surname: "From: Ambassador JELEN", "From: Chargé d'Affaires Nowak"
FROM_OFFICE = re.compile(r"^From:[ ]+(?:Ambassador|Minister|Charg[ée][ ]d['’ʼ]Affaires|Consul(?:[ ]General)?)[ ]+"
                         r"(?P<name>[A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?)[ ]*$", re.M)
EXCERPT_CUT = re.compile(r"(?:\.\.\.|…|\[(?:\.\.\.|…)\])[ ]+(?=[A-Z])")  # an excerpt's "... " or "[…] " before its words


# after a person's act, in the same sentence, the words he reports: "... GLANCED AT THE LIST, SAID", "smiled and said"
# a paragraph's subject that is a role: "The Under Secretary", "The Ambassador"
ROLE_SUBJECT = re.compile(r"The[ ](?P<role>(?:[A-Z][^\W\d_]+[ ]){0,2}[A-Z][^\W\d_]+\.?)\d{0,2}(?=[ ][a-z])")  # ("The
# Soviet Chargé41 called ...": a note's call glued on; "The Sec. called and said ...": a telcon's short form)
ACT_THEN_SAID = re.compile(r"(?:,|\band)[ ]+(?:then[ ]+)?(?:said|stated|added|remarked|replied|answered|declared"
                           r"|told[ ](?:him|her|them|us|me)[ ]that|asked[ ](?:whether|if|what|how|why|when))\b", re.I)


def _run_in_topic(text: str) -> re.Match | None:
    """A paragraph's topic before its report: "1) In regard to spare parts ...: ", "3. Nonalignment. ", "The harvest. "
    (not a sentence with a verb: "The situation is bad. Kim Il Sung said ...")."""
    topic = TOPIC_COLON.match(text) or NUMBERED_TOPIC.match(text) or RUN_IN_TOPIC.match(text)
    if topic and (topic.re is RUN_IN_TOPIC or len(topic[0].split()) > 5) and VERB_WORD.search(topic[0]):
        return None
    return topic


def _meeting_of(sentence: str, speaker: str, any_verb: re.Pattern) -> bool:
    """Is this sentence of narration a meeting of ``speaker``'s, and nothing said ("Counselor Huang met with Ordoqui,
    ...", "the Premier called on Nasser at the Qubba Palace")? Not the archive's summary of two who met, a heading in
    capitals, nor a message handed over."""
    return bool(MEETING.search(sentence)) and not any_verb.search(INVITATION.sub(" ", sentence)) \
        and not INFORMING.search(sentence) \
        and not JOINT_MET.search(sentence) and not CAPITALS_RUN.search(sentence) \
        and _fold_has(sentence, speaker.split()[-1])


def _tells_author(text: str, speaker: str) -> bool:
    """Does the paragraph's opening say that this person told the author ("..., Soviet Ambassador Shubnikov
    confidentially informed me that ...")? One who speaks to the record's author takes part, named above or not."""
    return bool(speaker.split()) and re.search(rf"\b{re.escape(speaker.split()[-1])}[ ]+(?:[a-z]+ly[ ]+)?"
                                               r"(?:informed|told)[ ]+(?:me|us)[ ]+that\b", text[:400]) is not None


def _fold_has(text: str, word: str) -> bool:
    """Does a text hold this word (a surname), accents and case aside?"""
    from ld.speakers import fold
    return re.search(rf"(?<![a-z]){re.escape(fold(word))}(?![a-z])", fold(text)) is not None  # ("Malenkov2": a call-out)


def _after_topic(text: str) -> str:
    """A paragraph's text after its number and run-in topic ("3. Vietnam. "), if it opens with them."""
    topic = NUMBERED_TOPIC.match(text) if text[:1].isdigit() else None
    return text[topic.end():] if topic else text


def _opening_name(text: str) -> str:
    """The capitalised words a sentence opens with, after a lead of time or place, its footnote calls left out
    ("On 3 May, Comrade [Hans] Kopmann[1] was ..." gives "Comrade [Hans] Kopmann"); "" if none."""
    lead = SUBJECT_LEAD.match(text)
    name = NAME_RUN.match(text, lead.end() if lead else 0)
    return FOOTNOTE_CALL.sub("", name[0]) if name else ""


def _first_person_sentence(text: str) -> bool:
    """Does a line or a sentence of ``text`` open in its writer's first person ("I asked ...", also after a run-in
    topic: "Vietnam. I told him ...")?"""
    starts = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text)),
              *(m.end() for m in re.finditer(r"\n[ \t]*(?:\d{1,2}\.[ ]+)?", text))]  # (after its number: "2. I SAID")
    return any(FIRST_PERSON.match(text, at) for at in starts)


def _sentence_starts(text: str, pos: int) -> bool:
    """Does a sentence start at ``pos`` (just after a BOUNDARY)? Not after an abbreviation ("N.S. KHRUSHCHEV",
    "Cde. NC"), nor after a quotation cut by its speech tag ("“... with sugar,” N.S. Khrushchev continued")."""
    return not (ABBREVIATION_END.search(text, max(pos - 8, 0), pos) or re.search(r"[,;:][\"”’']\s*$", text[max(pos - 4, 0):pos]))


# a cable's line that names whom it is from, other than its post: "FOR SECRETARY KISSINGER FROM SENATOR DICK CLARK"
CABLE_FOR_FROM = re.compile(r"^(?:(?:LIMDIS|EXDIS|NODIS|STADIS)[,.]?[ ]+)*"  # ("LIMDIS, FOR CHARGE FROM PRECHT")
                            r"FOR[ ]+[A-Z][A-Z.\- ]{2,60}?[ ]+FROM[ ]+(?:(?P<title>SENATOR|AMBASSADOR|CONGRESSMAN|GOVERNOR"
                            r"|UNDER[ ]SECRETARY|DEPUTY[ ]SECRETARY|ASSISTANT[ ]SECRETARY|SECRETARY)[ ]+)?"
                            r"(?P<name>[A-Z][A-Z.\-]+(?:[ ][A-Z][A-Z.\-]+){0,2})[ ]*$", re.M)
CABLE_SENDING_OFFICES = frozenset({"ambassador", "charge", "chargé", "embassy", "department", "usdel", "secdel", "usun",
                                   "dcm", "consul", "minister", "delegation", "mission", "secretary"})
# the signer of a cable that another repeats, before the repeat's end and its own signer: "STOESSEL UNQUOTE VANCE"
# (or on the line above: "CHAPIN" / "UNQUOTE VANCE", or at the end of the last sentence: "... AS INTENDED. CRAWFORD")
REPEATED_CABLE = re.compile(r"\bFollowing[ ]is[ ](?:a[ ])?repeat(?:ed)?\b|\bFOLLOWING[ ]IS[ ]REPEAT\b")
REPEAT_SIGNED = re.compile(r"(?m)(?:^|(?<=[.!?][ ]))(?P<name>[A-Z][A-Z’'\-]{2,})(?:[ ]*\n[ ]*|[ ]+)"
                           r"UNQUOTE[ ]+[A-Z][A-Z’'\-]{2,}\.?[ ]*$")
# a signature of initials and a surname ("S. Chervonenko"), and the signer's office above it ("Ambassador of
# the USSR in the PRC", "Consul General of the USSR in Shanghai")
INITIALLED = re.compile(r"^(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+$")
# a name signed above its office: "Pál Szarvas" / "Ambassador"
SIGNED_OFFICE = re.compile(r"^(?!(?:Acting|Deputy|Former)[ ])"  # ("Acting Ambassador" under "Jarck" is no name)
                           r"(?P<name>(?:[A-Z]\.[ ]?){0,3}[^\W\d_][\w’'\-]+"
                           r"(?:[ ](?!(?:Acting|Deputy|Former)[ ])[^\W\d_][\w’'\-]+){0,2})[ ]"
                           r"(?:(?:Acting|Deputy|Former)[ ])?"  # ("Jarck" / "Acting Ambassador" on one line: Jarck)
                           r"(?:Ambassador|Consul General|Consul|Charg[ée] d['’ʼ]Affaires|Counsellor|Counselor|First Secretary)"
                           r"(?:[ ][^.!?:]{0,40})?$")
# an office and, in brackets after it, the name that signs: "USSR AMBASSADOR TO THE DPRK (N. SUDARIKOV)"
OFFICE_SIGNED = re.compile(r"^(?=[^.!?:()]*(?:ambassador|consul|charg[ée]|counsel+or|secretary|minister)[^.!?:()]*\()"
                           r"[^\W\d_][^.!?:()]{2,80}[ ]+\((?P<name>(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+)\)$", re.I)
# an office on the line under the name that signs: "Lajos Karsai" / "chargé d'affaires ad interim"
OFFICE_BELOW = re.compile(r"^\(?(?:(?:acting|deputy)[ ])?"
                          r"(?:charg[ée] d['’ʼ]affaires(?:[ ]ad[ ]interim|[ ]a\.[ ]?i\.)?|ambassador|consul(?:[ ]general)?|"
                          r"counsel+or|(?:first|second|third|1st|2nd|3rd)[ ]secretary|attach[ée]|minister)"
                          r"(?:[ ,][^.!?:()]{0,60})?\)?$", re.I)  # ("Stark" / "3rd Secretary"; "József Kovács" / "(Ambassador)")
# a titled person announced at a paragraph's end, with a full stop: "Comrade Zvetkov gave the following information."
FOLLOWING_TOLD = re.compile(r"(?P<name>(?:Comrade|Cde\.|Com\.|Mr\.|Ambassador)[ ][A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)[ ]"
                            r"(?:gave|provided|made)[ ](?:us[ ]|me[ ])?the[ ]following[ ](?:information|statement|remarks)"
                            r"\b[^.:;!?]{0,60}\.$")
# the one whose words an informant relays, after "According to X, ": "Stalin had told him at dinner (1) that ..."
RELAYED_SAID = re.compile(r"(?P<name>(?:[A-Z][\w’'\-]+[ ]){0,2}[A-Z][\w’'\-]+)[ ]+(?:had[ ]+)?"
                          r"(?:told|said|stated|declared|assured|promised|replied|answered|remarked|stressed)\b")
# the authors' "we" at a sentence's start, reporting: "We answered that the deliveries ..."
WE_SAID = re.compile(r"(?:^|(?<=[.!?][ ]))We[ ]+(?:[a-z]+ly[ ]+)?(?:said|told|answered|replied|asked|explained|informed|"
                     r"pointed[ ]out|stressed|stated|repeated|used[ ]the[ ]occasion)\b")
# the author with another as one subject: "I and Cde. Peng Dehuai said that ..."
JOINT_I = re.compile(r"(?:I|We)[ ]and[ ]")
# a cable paragraph's classification mark: "2. (C) EKLUND OPENED BY SAYING ..."
CLASS_MARK = r"\((?:C|S|U|LOU|SBU|TS)\)"
# who drafted a record, in its source note: "Drafted by Kohler.", "Drafted and initialed by H. Anderson"
DRAFTED_BY = re.compile(r"\b(?:Drafted(?:[ ]and[ ](?:initialed|initialled|approved|cleared))?|Sent|Prepared)[ ]by[ ]+"
                        # (or who sent a telegram in the first person: "Sent by Ambassador Gronouski"; or prepared a
                        # memorandum for the record: "Prepared by Walters."; not an agency: "Prepared by CIA")
                        r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Ambassador)\.?[ ]+)?(?:[A-Z]\.[ ]?){0,3}"  # ("Drafted by Mr. Campbell.")
                        r"(?![A-Z]+\b)"
                        # (a given name and a surname: "Drafted by Helmut Sonnenfeldt of the NSC staff")
                        r"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][a-z][\w’'\-]*)?)\b")
# a FRUS e-volume's note that sums up a telegram by who reported his own talk: "Ambassador Hinton reported on his meeting
# with Foreign Minister Bula, ...", the telegram's "I"
REPORTED_OWN_TALK = re.compile(r"\b(?:Ambassador|Chargé|Charge|Consul[ ]General|Consul|Minister)[ ]+"
                               r"(?P<name>[A-Z][\w’'\-]+)[ ]+(?:reported|described|summarized|recounted)[ ]+(?:on[ ]+)?"
                               r"(?:his|her)[ ]+(?:[a-z]+[ ]+)?(?:meeting|conversation|talk|call|discussion|audience)s?\b")
# a memorandum its heading says an office wrote, which no name follows: "Memorandum of Conversation, by the Secretary of
# State" (its "I" is the Secretary's, whoever drafted it)
BY_AN_OFFICE = re.compile(r"\bMemorandum(?:[ ]of[ ](?:a[ ])?(?:Telephone[ ])?Conversation,)?[ ]by[ ]the[ ]"
                          r"(?P<office>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)*(?:[ ]of[ ][A-Z][a-z]+)?)[ ]?\d{0,2}$")
# (its note's number may stand apart, "... by the Secretary of State 10"; or "Memorandum by the Secretary of State")
# (or its source note says so: "Apparently prepared by the Secretary, although the source text is unsigned")
PREPARED_BY_AN_OFFICE = re.compile(r"\b(?:prepared|drafted|written|dictated)[ ]by[ ]the[ ]"
                                   r"(?P<office>Secretary(?:[ ]of[ ]State)?|President|Vice[ ]President|Ambassador)\b")
# the author the editor names in brackets after "I" or "my": "I [Iudin] observed", "my [GDR ambassador to the DRV,
# Wolfgang Bertold] conversation" (the name after the office and its comma)
AUTHOR_BRACKETED = re.compile(r"(?<![\w’'])(?:I|[Mm]y|[Mm]e)[ ]+\[(?:[^\[\]]*?,[ ]*)?"
                              r"(?P<name>[A-Z][\w’'\-]*\.?(?:[ ][A-Z][\w’'\-]*\.?){0,3})\]")
WITHHELD = "withheld"  # the role of a speaker whose name the declassification withheld (ld.speakers resolves none)
# a FRUS report whose speaker the declassification withheld: "[less than 1 line of source text not declassified]
# said that ...", "[name deleted] asked whether ..." (a reporting verb after it, perhaps after "then")
WITHHELD_SUBJECT = re.compile(r"(?P<bracket>\[(?:less[ ]than[ ])?(?:\d+|one|two|a)[ ]+(?:lines?|words?)[ ]+of[ ]+source[ ]+"
                              r"text[ ]+not[ ]+declassified\]|\[name[ ]+(?:deleted|not[ ]+declassified|withheld)\])[ ]+"
                              r"(?:(?:then|also|again|further)[ ]+)?")
# initials the editor completes, signing a record: "C[ordell] H[ull]", "R.B. B[ryce]"
# (or its three parts: "J[ohn] F[oster] D[ulles]")
COMPLETED_SIGNATURE = re.compile(r"^(?:(?:[A-Z]\.[ ]?){1,3}|(?:[A-Z]\[[a-z]+\][ ]){1,2})[A-Z]\[[a-z]+\]$")
# an editor's note under a record: "1 Twenty-five states ...", "2. See Document 12.", "[3] ...", "- Source: ...↩"
EDITED_HEADER = re.compile(r"\[(?P<h>[A-Z][A-Za-z ]{2,30}):?\]:?[ ]*")  # a header the editor restores: "[Participants:]"
POSSESSIVE = re.compile(r"['’ʼ][sS]\]?$")  # a name that owns what follows ("[Mao Zedong's]", "PUZANOV'S"): no label
# a memorandum's salutation alone on its line, an office and no name: "Mr. President:", "Dear Mr. Secretary:"
DESPATCH_SALUTATION = re.compile(r"(?:Sir|Excellency|Your[ ]Excellency|Mr\.[ ]Secretary|My[ ]dear[ ][A-Z][a-z]+)[:,][ ]+"
                                 r"I[ ]have[ ]the[ ]hono(?:u)?r\b")
SALUTATION_LINE = re.compile(r"(?:Dear[ ]+)?(?:Mr\.|Mister|Madam|Madame)[ ]+(?:Vice[ ]+)?(?:President|Secretary|Chairman"
                             r"|Prime[ ]+Minister|Minister|Ambassador)[:,]")
DASHED_NOTE = re.compile(r"-[ ]+\S.*↩")  # a FRUS copy's note, a line of a list: "- Source: National Archives, ...↩"
NOTE_LINE = re.compile(r"(?:\d{1,3}\.?[ ]+[A-Z\[(“\"]|\[\d{1,3}\][ ]|-[ ]+\S.*↩$|\[Source"
                       r"|\*[ ]+\d{1,3}[ ]+[A-Z])", re.S)  # (a markdown copy's "* 1 Document 338.")


def _glued_notes_from(paragraphs: list[Paragraph], page: str) -> int:
    """Where the editor's notes start under a record that calls them by numbers glued to its words ("The Chinese
    Ambassador7 called ..." / "  7. Wei Tao-ming."): the last paragraphs whose every line opens with a note's number
    that the text above calls so (len(paragraphs): nowhere)."""
    at = len(paragraphs)
    while at > 1 and paragraphs[at - 1].lines and all(GLUED_NOTE_LINE.match(row.strip()) for row in paragraphs[at - 1].lines):
        at -= 1
    if at == len(paragraphs):
        return at
    above = page[:paragraphs[at].location.offset]  # (the page's head too: its first call may be in the preamble)
    numbers = [m[1] for p in paragraphs[at:] for row in p.lines if (m := GLUED_NOTE_LINE.match(row.strip()))]
    called = all(re.search(rf"(?:[^\W\d_]{{3}}|[a-z][.,;:’”)]){n}(?![\d\w])", above) for n in numbers)
    return at if called else len(paragraphs)


GLUED_NOTE_LINE = re.compile(r"(\d{1,3})\.[ ]+[A-Z\[(“\"]")  # a note's line: "7. Wei Tao-ming."


CABLEGRAM_HEAD = re.compile(r"^(?:\d{1,5}\s+)?(?:CABLEGRAM|Cablegram)\b", re.M)


def _name_above_notes(paragraphs: list[Paragraph], head: str = "") -> int:
    """Where a name alone stands above the editor's notes at a first-person record's end (0: nowhere). ``head``: the
    page's text above the record."""
    if len(paragraphs) < 4:
        return 0
    at = len(paragraphs) - 1
    while at > 1 and (NOTE_LINE.match(paragraphs[at].text) and not FIRST_PERSON.search(paragraphs[at].text)
                      or SITE_MENU.fullmatch(paragraphs[at].text.strip())  # ("Marx-Engels | Lenin | Home Page")
                      or BACK_LINK.fullmatch(paragraphs[at].text.strip())  # ("Back to Chronology 1964")
                      or paragraphs[at].text.startswith("Source: ")  # (a copy's note, its number lost)
                      or ARCHIVE_REFERENCE.match(paragraphs[at].text)):  # ("[NAA: A1838, 3107/38/18/6, i]")
        at -= 1
    name = paragraphs[at].text.strip()
    sourced = any("Source:" in p.text[:12] or ARCHIVE_REFERENCE.match(p.text) for p in paragraphs[at + 1:]) \
        or CABLEGRAM_HEAD.search(head) is not None  # (FRUS's notes, or the Australian archive's reference, or a
    # cablegram's heading above: a surname alone signs, its full stop too: "Renouf.")
    name = name.removesuffix(".") if sourced and not INITIALLED.match(name) else name
    surname = name.title() if name.isupper() else name
    # (or a FRUS heading names him in brackets above: "The Ambassador in Yugoslavia (Cannon) to the Secretary of State"
    # / ... / "CANNON" / "1 Josip Broz Tito, ...", a scanned page's notes)
    headed = bool(SURNAME_SIGNED.match(surname)) and f"({surname})" in head
    if at == len(paragraphs) - 1 or len(paragraphs) - 1 - at > 6 \
            or not (FULL_NAME_LINE.match(name) or COMPLETED_SIGNATURE.match(name) or INITIALLED.match(name)
                    or (sourced or headed) and SURNAME_SIGNED.match(surname)  # ("LITVINOV")
                    and name.casefold() not in NOT_SIGNERS):
        return 0
    # (or a record in the third person whose notes are the editor's of an archive's file: "John A. McCone" / "1. Meeting
    # on ... Secret. 1 p. CIA, DCI (McCone) Files: Job 80-B01285A, ...")
    filed = FULL_NAME_LINE.match(name) is not None and any(ARCHIVE_NOTE.search(p.text) for p in paragraphs[at + 1:])
    return at if filed or any(FIRST_PERSON.search(p.text) for p in paragraphs[:at]) else 0


ARCHIVE_REFERENCE = re.compile(r"[_*]?\[(?:NAA|AA|UKNA)[ ]?:")  # the Australian archive's reference under a record (or
# the British one's, "[UKNA: ...]"; in a markdown copy's italics: "_[NAA: A10463, ...]_")
ARCHIVE_NOTE = re.compile(r"\b(?:Secret|Confidential|Files|Library|Lot[ ]\d|Job[ ]\d|National[ ]Archives)\b")


# a site's menu of links under a reprint: "Marx-Engels |  Lenin  | Stalin |  Home Page"
SITE_MENU = re.compile(r"[^|\n]{1,30}(?:[ ]*\|[ ]*[^|\n]{1,30}){2,}")
BACK_LINK = re.compile(r"Back[ ]+to[ ]+[\w ,.\-]{1,40}")  # a site's link under a reprint
# a plain full name alone, a middle initial too: a signer's over his rank and office ("Vernon A. Walters"), or a name
# after an office in a list ("Under Secretary of State, Walter Bedell Smith", ld.speakers)
FULL_NAME_LINE = re.compile(r"^[A-Z][a-z]+(?:[ ][A-Z]\.)*(?:[ ](?:Mc|Mac)?[A-Z][a-z’'\-]+){1,2}$")  # (and "McCone")
RANK_OR_OFFICE = re.compile(r"\b(?:General|Colonel|Admiral|Captain|Major|Ambassador|Attach[ée]|Consul|Counsel+or|Secretary"
                            r"|Minister|Chargé|Charge|Director|Assistant|Adviser|Advisor|USA|USN|USAF|USMC)\b")
# an office and the name that signs, on one line: "Ambassador Corneliu Bogdan"
TITLED_SIGNATURE = re.compile(r"^(?:Ambassador|Consul General|Consul|Charg[ée] d['’ʼ]Affaires(?: a\.i\.)?|Counsellor"
                              r"|Counselor)[ ]+"
                              r"(?P<name>(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2}"  # ("A. Păcurar")
                              r"|[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2})$")
NAME_LINE = re.compile(r"^(?:[A-Z]\.[ ]?){0,3}[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2}$")
SIGNER_OFFICE = re.compile(r"^(?:Soviet[ ]+|USSR[ ]+)?(?:Ambassador|Consul|Consul General|Charg[ée] d['’ʼ]Affaires|Counsellor|"
                           r"Counselor|First Secretary|Minister)[ ]+(?:of|to|in)[ ][^.!?:]{3,70}$", re.I)


# the heading of a document printed after the record ("Attachment I", "Appendix 2", "Enclosure")
ATTACHMENT = re.compile(r"^(?:Attachment|Appendix|Annex|Enclosure)(?:[ ]+(?:[IVX]{1,4}|\d{1,2}|[A-Z]))?[.:]?$")


# the recorder's line at the end, without a colon: "Recorded by A. Aleksandrov"
# FRUS's notes after its source note: "2 The Red Cross talks had opened ..."
FRUS_NOTE = re.compile(r"^(?P<n>)(?P<m>\d{1,3})\.?[ ]+(?P<text>[A-Z\[(“\"].*)$", re.S)
# a telegram's signature, the sender's surname alone on the last line ("Porter", "Kohler"), when the title says that
# the record is a telegram or an airgram
SURNAME_SIGNED = re.compile(r"^[A-Z][a-z][\w’'\-]+$")
NOT_SIGNERS = {"more", "end", "ends", "applause", "laughter", "translation", "note", "notes", "attachment", "enclosure", "secret",
               "confidential", "annex", "appendix", "signature", "signed", "copy", "original", "draft",
               "nnn"}  # (a cable's end, as a copy of it prints it alone)
CLASSIFIED = r"(?:SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE|NODIS|EXDIS)"
# a cable's class and end marks at the end of a line ("... OPPORTUNITY. COOPER / CONFIDENTIAL", "KAISER CONFIDENTIAL NNN")
CLASS_MARKS_AT_END = re.compile(rf"(?:(?:^|\s+)(?:(?:TOP[ ])?{CLASSIFIED}|NNN))+$")
# ("... NNN": a cable's end)
CABLE_SIGNED = re.compile(rf"^(?!{CLASSIFIED}\b|NNN$|END\b|BT$)(?P<name>[A-Z][A-Z’'\-]{{2,}}(?:[ ](?!{CLASSIFIED}\b|NNN\b)"
                          rf"[A-Z][A-Z’'\-]{{2,}})?)(?:\s+{CLASSIFIED})*(?:\s+NNN)?$")  # ("VAN HOLLEN" / "LIMITED OFFICIAL USE")
CABLED = re.compile(r"\b(?:Telegram|Airgram|Cable)\b")
CABLE_ROUTING = re.compile(r"^(?:FM|TO)[ ]+AM(?:EMBASSY|CONSUL)\b", re.M)  # a cable's "FM AMEMBASSY ISLAMABAD"
RECORDED_BY = re.compile(r"^(?:Recorded|Record taken|Drafted|Prepared|Minutes taken|Written down) by [A-Z][^!?:]{1,60}$")


def _same_text(a: str, b: str) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=[A-Z]{2}[.!?])|(?<=[a-z]{3}[.!?]\d)|(?<=[a-z]{3}[.!?]\d\d))\s+"
                            r"(?=[A-Z“\"]|\[Page[ ])")  # not after "Cde." or
# "N.S." (and before an edition's page mark: "... a tour of the Ukraine. [Page 270] After some banter ..."); after a
# note's number glued to the stop: "... on Govt business.52 He said ..."
FURNITURE_OPENINGS = ("this document was made possible with support from",)
# the State Department's old archive site's shell above a FRUS record: its banner, menu, breadcrumb and volume lines
STATE_SHELL = re.compile(r"(?:U\.S\.[ ]Department[ ]of[ ]State|Other[ ]State[ ]Department[ ]Archive[ ]Sites.*"
                         r"|Home[ ]Issues[ ]&[ ]Press\b.*|You[ ]are[ ]in:.*>.*|Released[ ]by[ ]the[ ]Office[ ]of[ ]the"
                         r"[ ]Historian|Foreign[ ]Relations,[ ]\d{4}[–-]\d{2,4},[ ]Volume[ ][IVXLC]+\b.*)$")
# the archive's summary: who does what, in the present tense ("Gorbachev tells Grosz that ...", "Mao and Kim discuss ...")
SITE_SUMMARY = re.compile(r"(?:[A-Z][\w.’'\-]*(?:[ ]+|,[ ]+|[ ]+and[ ]+)){1,6}(?:also[ ]+)?(?:tells|informs|discuss(?:es)?"
                          r"|reports|describes|explains|speaks|talks?|meets?|asks|expresses|outlines|reviews|recounts"
                          r"|conveys|relays|presents|notes|says|shares|updates|briefs)\b")
# the archive's summary below a record, speaking of it as such: "In this conversation Molotov acquaints Mao with ..."
ARCHIVE_VOICE = re.compile(r"(?:In|During)[ ]+(?:this|these)[ ]+(?:conversation|meeting|talk|discussion|document|record"
                           r"|memorandum|report|letter|telegram|cable)s?,?[ ]+(?:[A-Z][\w.’'\-]*[ ]+){1,4}[a-z]+s\b")
# the archive's summary printed below the record: who does what, in the present tense, perhaps after an occasion ("In a
# meeting between ..., the South proposes ..."; "The delegate of the North complains ..."), or the record it describes
# ("Report on conversation between ...")
TRAILING_SUMMARY = re.compile(
    r"(?:(?:In|At|During)[ ][^,.;:!?]{3,160},[ ]+)?(?:[A-Z][\w.’'\-]*|the|of|and|a|[a-z]+[ ](?=[A-Z]))(?:[ ,]+(?:[\w.’'\-]+))"
    r"{0,12}?[ ]+(?:also[ ]+)?(?:tells|informs|discuss(?:es)?|reports|describes|explains|speaks|talks?|meets?|asks|expresses"
    r"|outlines|reviews|recounts|conveys|relays|presents|notes|says|shares|updates|briefs|delivers|complains|argues?"
    r"|proposes|brushes|declines|agrees?|compares?|exchanges?|rejects|refuses|requests|urges|warns|welcomes|critici[sz]es"
    r"|insists|promises|assures|praises|accepts|offers|suggests|hands|stresses|emphasi[sz]es|considers|responds|raises"
    r"|gives|summari[sz]es)[ ]"
    r"|(?:Report|Record|Minutes|Memorandum|Notes?|Transcript|Summary|Excerpts?)[ ]+(?:on|of|from)[ ]")
# a site's notice above the record, never its title: the State Department's old archive names "President George W.
# Bush", who was no participant of a 1965 record
SITE_BANNERS = ("great seal the state department web site below is a permanent electronic archive",
                "note: external links to other internet sites should not be construed")
# a site's breadcrumb trail on a line of its own: two to five short parts between arrows
BREADCRUMB = re.compile(r"[^\n>»›]{1,40}(?:[ ](?:->|»|›)[ ][^\n>»›]{1,40}){1,4}")
NAVIGATION_LINK = re.compile(r"\[(?:返回|回到|[Bb]ack[ ]to|[Rr]eturn[ ]to)[^\[\]\n]{1,40}\]")  # a site's link back, alone
SERIES_VOLUME = re.compile(r"Volume[ ]\d{1,3}:[ ][^\n]{5,120}$")  # a series' volume above its record, no title
DATE_THEN_TITLE = re.compile(r"^(?P<date>(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.?,? \d{4}))[ ]+"
                             r"(?P<title>[A-Z\W].*)$", re.S)


# a date after the author's name in a journal's heading: "A. A. Gromyko October 1, 1949", "... Puzanov for 9 April 1959"
DATE_AFTER_NAME = re.compile(r"(?:[ ]+(?:for|on|of))?[ ]+(?:\d{1,2}[ ]+)?(?:January|February|March|April|May|June"
                             r"|July|August|September|October|November|December)\b[\d ,.]*$")
# (FRUS glues its note's call-out to the year that ends its heading: "Washington, May 3, 19551")
# (or a month, in a source note: "Memoranda of Conversation, March 1988")
def _first_slash_marks(text: str) -> dict[str, int]:
    """Where each note mark "/2/" first stands in the page (its offset), by number."""
    first: dict[str, int] = {}
    for mark in SLASH_MARK.finditer(text):
        first.setdefault(mark[1], mark.start())
    return first


SLASH_MARK = re.compile(r"/(\d{1,3})/")


def _previews(paragraphs: list[Paragraph]) -> set[int]:
    """(The ids of) a document site's preview of the record above its full text ("... rackcdn.… · Note of the Prime
    Minister's Conversation ... Present: ..." run on in one line, then "TRANSCRIPT" / "Page 1: ..."): among the first ten
    paragraphs, a long one that holds the openings of two or more of the paragraphs below it (the words only: the preview
    runs their lines together); not a record printed twice, paragraph by paragraph."""
    found: set[int] = set()
    for index, para in enumerate(paragraphs[:10]):
        if not 400 <= len(para.text) <= 20_000:  # (a preview is a page's first lines: bounded, so is the work here)
            continue
        words = " ".join(para.text.split())
        openings = (" ".join(p.text[:100].split()[:-1]) for p in paragraphs[index + 1:index + 60] if len(p.text) >= 100)
        if sum(len(opening) >= 40 and opening in words for opening in openings) >= 2:
            found.add(id(para))
    return found


# the words of an honorific alone, no name ("The Rt. Hon", "His Excellency")
STYLE_ONLY_WORDS = frozenset({"the", "rt", "right", "hon", "honourable", "honorable", "his", "her", "excellency"})


def _own_date_in(line: str) -> re.Match | None:
    """The first date in a line that is not its copy's: not a reading room's "Document Creation Date: December 15,
    2016" or "Document Release Date: August 22, 2003" above the record's "Publication Date: October 30, 1962"."""
    return next((m for m in DATE_IN_LINE.finditer(line) if not COPY_DATED.search(line, max(0, m.start() - 40), m.start())),
                None)


_MONTH = f"(?:{'|'.join(month.title() for month in MONTHS)})"
OPENING_DATE = re.compile(r"On[ ]+(?:the[ ]+(?:morning|afternoon|evening|night)[ ]+of[ ]+)?"
                          rf"(?P<date>{_MONTH}[ ]\d{{1,2}},[ ]\d{{4}}|\d{{1,2}}[ ]{_MONTH}[ ]\d{{4}})(?=[ ,])")
COPY_DATED = re.compile(r"(?:Creation|Release|Declassification)[ ]Date:?\s*$")
DATE_IN_LINE = re.compile(r"\b(?:[A-Z][a-z]{2,8}\.?,? \d{1,2}(?:[–-]\d{1,2})?, \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}"
                          r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                          r" \d{4})(?=\d?\b)")


# a date in a record printed in Chinese: "1974年2月22日" (or its month alone), or under its "date" field "日期:1974-2-22"
CHINESE_DATE = re.compile(r"(?P<y>1[89]\d\d|20\d\d)年(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])[日号]|(?!\d))"
                          r"|(?:日期|时间|時間)[:：][ ]*(?P<iy>1[89]\d\d|20\d\d)-(?P<im>1[0-2]|0?[1-9])"
                          r"-(?P<id>3[01]|[12]\d|0?[1-9])(?!\d)")
POSTED_AT = re.compile(r"[ ]*(?:\d{1,2}[:：]\d{2}|星期|周[一二三四五六日天])")  # a web copy's stamp: "...日08:44", "...日星期日"
SPAN_TO = re.compile(r"[ ]*[到至—–-]")  # a span's first day: "1963年12月13日到1964年3月1日"


def chinese_date(text: str) -> Date | None:
    """The first date a line of a record printed in Chinese gives (not a web copy's stamp of its posting, with the
    hour or the weekday: "2021年02月20日08:44", "2016年10月2日星期日"; nor a span's first day), or None."""
    for match in CHINESE_DATE.finditer(text):
        if SPAN_TO.match(text, match.end()):
            return None  # (the record is of a day inside it, which the line does not give)
        if POSTED_AT.match(text, match.end()):
            continue
        year, month, day = (match["y"], match["m"], match["d"]) if match["y"] else (match["iy"], match["im"], match["id"])
        return parse_date(f"{year}-{int(month):02d}-{int(day):02d}" if day else f"{year}-{int(month):02d}")
    return None


# a record's own dateline above its text: "Washington, October 17, 1966, 5:30 p.m.", "Moscow, 12 March 1958."
DATELINE = re.compile(r"(?:[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?,[ ]+)?(?P<date>[\w .,]{6,30}?)"
                      r"(?:,?[ ]+\d{1,2}(?:[:.]\d{2})?[ ]?(?:[ap]\.?[ ]?m\.?|hours?))?\.?")


def dateline(text: str) -> Date | None:
    """The day a paragraph gives when it is a record's dateline and nothing else, or None."""
    match = DATELINE.fullmatch(text.strip()) if len(text) <= 80 else None
    date = parse_date(match["date"]) if match else None
    return date if date and date.datatype == "date" else None


YEARS = (1800, 2100)  # the years a record of the archive can be dated, or a copy of it released


def parse_date(text: str) -> Date | None:
    """'October 9, 1964', '9 October 1964', 'October 1964', '1964' or ISO."""
    text = text.strip().rstrip(".")
    patterns = [
        (r"(?P<m>[A-Za-z]+)\.?,? (?P<d>\d{1,2}),? (?P<y>\d{4})", "date"),  # (a typist's "December, 5, 1991" too)
        (r"(?P<d>\d{1,2}) (?P<m>[A-Za-z]+)\.?,? (?P<y>\d{4})", "date"),
        (r"(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})", "date"),
        (r"(?P<m>[A-Za-z]+),? (?P<y>\d{4})", "gYearMonth"),
        (r"(?P<m>[A-Za-z]+)\.? \d{1,2}[–-]\d{1,2},? (?P<y>\d{4})", "gYearMonth"),  # ("October 3–7, 1960": the month)
        (r"(?P<y>\d{4})-(?P<mn>\d{2})", "gYearMonth"),
        (r"(?P<y>\d{4})", "gYear"),
    ]
    for pattern, kind in patterns:
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["y"])
        if not YEARS[0] <= year <= YEARS[1]:
            return None  # a number, no year: a FRUS note's call-out glued to the day ("August 1041"), a file's "8895"
        month = int(parts["mn"]) if parts.get("mn") else MONTHS.get((parts.get("m") or "").lower())
        if kind != "gYear" and not month:
            continue
        month = month or 0  # (a gYear has none)
        try:
            if kind == "date":
                return Date(_date(year, month, int(parts["d"])).isoformat(), kind)
            if kind == "gYearMonth":
                return Date(f"{year:04d}-{month:02d}", kind) if 1 <= month <= 12 else None
            return Date(f"{year:04d}", kind)
        except ValueError:
            return None
    return None


def parse(path: Path, layout: dict | None = None, is_known=None, doc_id: str | None = None) -> Document:
    return Parser(layout, is_known).parse_file(path, doc_id)
