"""Who speaks: each turn's label resolved to one person, from the document's own context first.

A label names a person in many forms: "KHRUSHCHEV N.S.", "N.S. Khrushchev", "Comrade Khrushchev",
"Khrushchev" alone once the full name has appeared, or a role alone ("Premier:", "the Chairman:")
that the title, a participant list or a role header of the same page ties to one person. Names are
compared as *keys*: titles and honorifics stripped, accents and case folded, hyphens and
apostrophes dropped, initials set apart from words. A key matches a name form when its words are
among the form's words and its initials fit the form's other words (KHRUSHCHEV N.S. fits Nikita
Sergeyevich Khrushchev, and Nikita Khrushchev).

Every resolution carries its method (sidecar, register, declaration, title, participants, header,
document, unresolved) so that it can be checked; a label that could be two persons, or a role no
context names, is never guessed: the person stays local to the document and the build warns.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ld.parse import (
    BY_AN_OFFICE,
    CLASS_MARKS_AT_END,
    DRAFTED_BY,
    FULL_NAME_LINE,
    LETTER_SPACED,
    NAME_AFTER_OFFICE,
    NAME_PARTICLES,
    PREPARED_BY_AN_OFFICE,
    REPORTED_OWN_TALK,
    WITHHELD,
    alternation,
    beside_office,
)
from ld.register import LETTERS_APART, Entity, Register

# Methods, in the order they are tried (see Resolver.resolve).
SIDECAR, DECLARATION, REGISTER, DOCUMENT, TITLE, PARTICIPANTS, HEADER, OFFICE, PRINTED, UNRESOLVED = (
    "sidecar", "declaration", "register", "document", "title", "participants", "header", "office", "printed",
    "unresolved")

QUESTIONER, ANSWERER, VOICE = "questioner", "answerer", "voice"  # the roles of [interview_labels] in the layout
# a month or a weekday, where a heading runs on into a date: "MEMORANDUM OF CONVERSATION WITH THE PRESIDENT March 8"
CALENDAR_WORD = re.compile(r"(?i:january|february|march|april|may|june|july|august|september|october|november|december"
                           r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                           r"|jan|feb|apr|aug|sept?|oct|nov|dec)\b\.?(?![ ][A-Z])")  # (a cable's "President Park Nov 6")
# words no name holds: a sentence run on after an office in a text in capitals
FUNCTION_WORD = re.compile(r"(?i)\b(?:for|his|her|their|the|and|that|with|to|in|on|at|by|from|between|was|is|had|has"
                           r"|he|she|it|this|these|morning|afternoon|evening|today|yesterday|tonight)\b")  # ("DEPUTY
# FONMIN NAGY THIS MORNING": no "Nagy This")
# an article or a preposition in a text in capitals, in no name: "AMBASSADOR A CONSIDERED ANSWER AFTER CONSULTING ..."
CAPITALS_NO_NAME = re.compile(r"^(?:A|AN)[ ]|\b(?:AFTER|BEFORE|ABOUT|DURING|WITHOUT|AGAINST|UNTIL|SINCE|THROUGH|INTO"
                              r"|UPON|WHICH|WHAT|WHEN|WHERE|WHETHER|ANY|SOME|NOT|NO|NOR|BUT|IF|AS|OR|ITS|OUR|YOUR)\b")
# words of a report, run on after an office in a text in capitals (not in a name as printed in lower case: "Said Hammami")
SPEECH_WORD = re.compile(r"\b(?:SAID|SAYS|ASKED|TOLD|REPLIED|NOTED|ADDED|STATED|WOULD|WILL|COULD|SHOULD|US|WE|ALSO|THEN"
                         r"|NOT|DID|DOES|DO|WAS|WERE|IS|ARE|HAD|HAS|HAVE|MAY|MIGHT|MUST|CAN|SAW|MADE|GAVE|TOOK|WENT|KEPT"
                         r"|FELT|THOUGHT|KNEW|HIMSELF|HERSELF|AGAIN|ONLY|EVEN|STILL|ALREADY"
                         # (and an act's: "HE SAID SHAH LEFT MOSCOW CONTENT")
                         r"|LEFT|CAME|MET|SPOKE|BEGAN|SENT|HELD|SEEMED|APPEARED|ARRIVED|RETURNED|REMAINED|AGREED|WANTED"
                         # (or the author met: "KING RECEIVED ME ALONE")
                         r"|ME|HIM|HER|THEM|RECEIVED|CALLED|ASKED|LOOKED|WELCOMED"
                         # (or a report's verb and its cable's reference: "AMBASSADOR CONVEYED POINTS REFTEL")
                         r"|CONVEYED|EXPLAINED|STRESSED|STRESSING|EXPRESSED|RESPONDED|POINTED|EMPHASIZED|REITERATED"
                         r"|URGED|RAISED|REVIEWED|DESCRIBED|PRESENTED|DELIVERED|HANDED|INFORMED|ASSURED|REMINDED"
                         r"|SUGGESTED|PROPOSED|INDICATED|REQUESTED|REPORTED|OBSERVED|COMMENTED|REMARKED|THANKED"
                         r"|REFTELS?|DEPTELS?|EMBTELS?)\b")
DIGRAPH_INITIAL = re.compile(r"^(?:Cz|Sz|Zs|Dz|Yu|Ya|Yo|Zh|Ch|Sh|Th|Gh|Kh|Ts|Eh)\.(?:[A-Z]\.?)?$")  # ("Eh.A.": Э. А.)
GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[^\W\d_]\.){1,3})(?=[^\W\d_]{2})")
INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}[^\W\d_]?\.?$|^[^\W\d_]$")
# the ways translators romanise one Russian name, compared as one: the Library of Congress's "Iakovlev", "Evgenii",
# "Gennadii" and the press's "Yakovlev", "Yevgeny", "Gennady" (a word's first ia/ja, iu, ye; its last ii/iy/ij/y; not
# "ju", which would make the Spanish "Juan" the Chinese "Yuan")
ROMANISED_START = re.compile(r"^(?:[ij](?=a)|i(?=u)|y(?=e))(?=\w{3})")
ROMANISED_END = re.compile(r"(?<=\w{3})(?:ii|iy|yi|ij|y)$")
# words of an office printed before the name in such a list ("Min of Finance", "Dept PM", "Commander in Chief")
OFFICE_WORDS = {"min", "minister", "prime", "pm", "dept", "deputy", "chief", "commander", "secretary", "director",
                "head", "ambassador", "president", "chairman", "premier", "foreign", "finance", "defence", "defense"}
# a state named before the holder's name, after its office: "President of the Chinese Republic Jiang Jieshi"
STATE_BEFORE_NAME = re.compile(r"^(?:[A-Z][a-z]+[ ]+){0,3}(?:Republic|Kingdom|Federation|Empire|Confederation)[ ]+(?=[A-Z])")
# the letters after a British or Australian name ("The Honourable Paul Hasluck M.P.", "Sir Keith Waller KBE"): honours
# and seats, no part of the name
POST_NOMINALS = re.compile(r"(?:,?[ ]+(?:(?:M|Q|K)\.[ ]?C\.|M\.[ ]?P\.?|(?:[KG]\.[ ]?)?C\.[ ]?M\.[ ]?G\.|[KCOM]\.[ ]?B\.[ ]?E\.|"
                           r"D\.[ ]?S\.[ ]?O\.|MP|QC|KC|K?CMG|GCMG|[KCOM]BE|DSO|K?CVO|GCVO))+\.?$")
# in a page whose line breaks are lost, a list's last entry runs on into what follows: a name's honorific, or a side's
# sub-heading, after a capitalised word ends it ("Ramis Alija Comrade Khrushchev opened ...", "Andropov From the Albanian")
RUN_ON_ENTRY_END = re.compile(r"(?<=[a-z]) (?=(?:Comrade|Comrades|Com\.|Cde\.|From the|On the) [A-Z])")
PARTICLES_CUT_SHORT = re.compile(r"^[Vv]d\.?$")  # a Dutch or Afrikaans "van der", "van den" cut short
# a word that opens the role part of a participant entry ("Kissinger, Assistant to the President")
# the last words of an office that FRUS follows with the holder's surname in parentheses
OFFICES = {"ambassador", "affairs", "minister", "secretary", "president", "premier", "chairman", "assistant",
           "adviser", "advisor", "director", "counselor", "counsellor", "chancellor", "leader", "envoy", "consul",
           "representative", "state", "defense", "chief", "general"}
ROLE_WORDS = {"assistant", "member", "head", "chief", "director", "deputy", "vice", "senior", "staff", "special",
              "counselor", "counsellor", "interpreter", "secretary", "first", "second", "third", "minister",
              "ambassador", "premier", "chairman", "president", "general", "marshal", "consul", "attaché",
              "attache", "advisor", "adviser", "officer", "official", "editor", "leader", "commander", "mayor",
              "prime", "foreign", "charge", "chargé", "delegate", "representative", "correspondent", "king",
              "prince", "queen", "emperor", "empress", "shah", "sultan", "emir",
              "chancellor", "governor", "colonel", "captain", "lieutenant", "admiral", "senator", "congressman",
              "under",  # ("The Under Secretary": no one named Under)
              "principal", "private", "permanent", "parliamentary", "executive", "personal",  # ("Principal Private
              # Secretary", "Permanent Under-Secretary")
              "professor", "doctor", "dr", "translator", "recorder", "counsel", "alternate", "candidate",
              "office", "department", "ministry", "committee", "embassy", "council", "bureau", "section",
              "liaison", "affairs", "state", "planning", "coordination", "security", "national", "people's",
              "peoples", "republic", "party", "central", "wife", "husband", "delegation", "members", "guests",
              "cochairman", "chairwoman", "spokesman", "spokeswoman", "coordinator", "envoy", "aide", "notetaker",
              "secretarygeneral", "asistant", "leaders", "officials", "representatives", "delegates", "diplomats",
              "comrades", "friends"}  # ("Talks with Afghan Leaders")
# a nickname in quotes inside a name: "Ernesto “Che” Guevara"
NICKNAME = re.compile(r"(?<=[a-z])[ ][“\"‘][A-Z][\w’'\-]+[”\"’](?=[ ][A-Z])")
# a verb of a title's sentence, where a name before it ends: "Chairman Mao Receives American Writer Edgar Snow"
TITLE_VERBS = {"receives", "received", "meets", "met", "talks", "visits", "welcomes", "greets", "tells", "discusses",
               "speaks", "hosts", "holds", "sees", "says", "writes", "informs", "answers", "replies", "asks", "thanks",
               "converses", "confers", "calls", "briefs", "raises", "proposes", "expresses", "requests", "stresses",
               "explains", "presents", "conveys", "criticizes", "praises", "urges", "warns", "reports",
               "discuss", "meet", "talk", "confer", "agree", "agrees",  # ("Kissinger and Brezhnev Discuss Angola")
               # a cable's first sentence as its title: "BULGARIAN AMBASSADOR GRIGOROV CALLED ON EUR/EE DIRECTOR ..."
               # (not "said" or "saw": Nuri al-Said, Saw Maung)
               "called", "visited", "welcomed", "greeted", "told", "discussed", "spoke", "hosted", "informed",
               "answered", "replied", "asked", "thanked", "conferred", "briefed", "raised", "proposed", "expressed",
               "requested", "stressed", "explained", "presented", "conveyed", "urged", "warned", "reported",
               "handed", "delivered", "agreed"}
# a FRUS heading's post abroad and its holder's surname: "The Ambassador in Turkey (Wilson)", "The Minister in Hungary
# (Davis)", "The Chargé in China (Smyth)"
POST_ABROAD = re.compile(r"\b(?:Ambassador|Minister|Charg[ée](?:[ ]d['’ʼ]Affaires(?:[ ]ad[ ]interim)?)?|Counselor[ ]of[ ]Embassy"
                         r"|Consul(?:[ ]General)?|Political[ ]Adviser)[ ](?:in|at|to)[ ](?:the[ ])?[A-Z][^()\n]{1,40}?"
                         r"[ ]\([ ]?(?P<surname>[A-Z][\w’'\-]+)[ ]?\)")
# a register note that gives its person a diplomat's post ("Soviet Ambassador to the United States", "envoy")
DIPLOMATIC_POST = re.compile(r"\b(?:ambassador|envoy|charg[eé]|consul|counsel+or|minister[ ](?:to|in|at)|diplomat)", re.I)
# a ministry's or an embassy's ranks: a surname the page gives one of them is no leader of that name
STAFF_RANKS = {"director", "counselor", "counsellor", "officer", "attache", "consul", "aide", "assistant"}
POSSESSIVE_S = re.compile(r"(?<=\w)['’ʼ][sS]\b")  # (fold drops the apostrophe: "Kissinger's" would be "kissingers")
# a Chinese label of a surname and an office: "金首相", "崔委员长" (premier, chairman, vice-premier, ambassador, ...)
CJK_SURNAME_ROLE = re.compile(r"(?P<surname>[\u4e00-\u9fff])"
                              r"(?P<role>首相|总理|副总理|主席|副主席|委员长|总书记|书记|部长|外长|大使|总统|元帅|同志)")
# a Chinese name of two or three characters and an office after it, no space: "崔庸健委员长", "陳毅副總理"
CJK_NAME_ROLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<role>副?(?:首相|总理|總理|主席|委员长|委員長|"
                           r"总书记|總書記|书记|書記|部长|部長|外长|外長|大使|总统|總統|元帅|元帥|同志|亲王|親王))")
INTERVIEW_LETTERS = {"q", "a", "question", "answer"}  # (an interview's labels once its speakers were named)
OCR_CONFUSIONS = {frozenset(pair) for pair in ("li", "l1", "o0", "ce")}  # letters an OCR takes for others
COURTESY_TITLES = {"governor"}  # (an office's title its holder keeps after it: see _registered_holder)
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
TITLE_DATE_TAIL = re.compile(rf"[ ]+(?:{MONTH_NAMES})[ ]+\d{{1,2}},[ ]+\d{{4}}(?:,?[ ]+\d{{1,2}}(?::\d{{2}})?[ ]*[ap]\.[ ]?m\.)?"
                             r"[ ]*$")
TITLE_CALLOUT = re.compile(r"(?<=[a-z]{2})\d{1,2}(?=[\s,.;:]|$)")
# a title in title case goes on after the name: "Conversation with E. Hoxha Concerning Albanian-Yugoslavian Relations"
TITLE_PREPOSITIONS = {"concerning", "regarding", "about", "during", "re", "on", "in", "at", "over"}
# what follows a role in a title but names no one: "the Premier's Meeting with ...", "Chairman's Reception"
EVENT_WORDS = {"meeting", "meetings", "reception", "conversation", "conversations", "talk", "talks", "audience",
               "visit", "discussion", "discussions", "interview", "letter", "message", "speech", "banquet",
               "dinner", "luncheon", "lunch", "record", "memorandum", "minutes", "remarks", "statement", "notes",
               "report", "telegram", "telephone", "call", "exchange", "encounter", "contact"}
# a title's two offices, unnamed: "Memorandum of a Conversation Between the President and the Secretary of State, ..."
TITLE_OFFICES = re.compile(r"\b[Bb]etween[ ]+the[ ]+(?P<a>[A-Z][a-z]+(?:[ ]+(?:of[ ]+)?[A-Z][a-z]+){0,2})[ ]+and[ ]+the[ ]+"
                           r"(?P<b>[A-Z][a-z]+(?:[ ]+(?:of[ ]+)?[A-Z][a-z]+){0,2})(?=[ ]*[,.;(]|$)")
# where talks are held, which a title may print after an office as a name is ("the Secretary of State, White House")
BUILDINGS = {"white house", "blair house", "government house", "lancaster house", "carlton house", "downing street",
             "great hall", "camp david", "oval office", "cabinet room"}
BUILDING_WORDS = {"palace", "hotel", "residence", "castle", "kremlin", "chancellery", "chancery"}
# the bodies of a state or a party: an office holder's body after the name in a participant list ("J. Cyrankiewicz,
# Polish United Workers' Party"), no name after a role in a title ("Deputy Chairman of the Council of Ministers"),
# no author of a report ("Report from the Hungarian Embassy")
BODIES = {"party", "office", "ministry", "committee", "council", "embassy", "legation", "consulate", "mission",
          "department", "section", "division", "service", "government", "bureau", "agency", "delegation",
          "commission", "assembly", "congress", "presidium", "politburo", "secretariat", "army", "academy",
          "institute", "union", "front", "cabinet", "republic", "kingdom", "federation"}
# where a record is kept, in a source note: no person ("Source: Johnson Library, National Security File")
HOLDINGS = {"library", "libraries", "archive", "archives", "papers", "files", "collection", "collections", "museum",
            "foundation", "university", "college", "records", "documents"}  # (a site's "DFAT Historical Documents")
# who obtained or translated the record, in a citation run into the title: "... Obtained and translated for NKIDP by"
CREDITED_BY = re.compile(r"\b(?:[Tt]ranslated|[Oo]btained|[Tt]ranscribed|[Ee]dited|[Cc]ontributed)\b[^.]{0,40}"
                         r"(?:\bby[ ]*)?$")  # (the title's person may open with the "by")
# where a meeting is held, after a title's comma: no person ("Mid-Ocean Club", "Blair House", "Hotel Crillon")
# a title's date after the place of the meeting: "Memorandum of a Conversation, New Delhi, December 10, 1959"
DATE_AFTER_PLACE = re.compile(rf"[ ]*,[ ]*(?:\d{{1,2}}[ ]+)?(?:{MONTH_NAMES})\b")
VENUES = {"club", "house", "hotel", "palace", "hall", "residence", "building", "villa", "dacha", "castle", "room",
          "centre", "center", "airport", "station", "kremlin", "conference", "headquarters", "towers", "guesthouse",
          "mansion", "chancellery", "resthouse", "pavilion", "gardens"}  # ("Waldorf Towers"; not "Park", "Lodge" or
# "Tower", which are surnames too: "Chung Hee Park", "Henry Cabot Lodge", "Senator Tower")
EVENT_WORDS |= BODIES | {"people's", "state", "republic"}  # (after a role: "Chairman of the State Council")
# a name in apposition after an office and its place: "Ambassador of the Hungarian Peoples Republic, Prat Karoly"
APPOSED_NAME = re.compile(r",[ ]+(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2})(?=[ ,.;:]|$)")
# a portfolio after a role, no name: "Minister of Foreign Affairs", "Minister of National Defense"
PORTFOLIO_WORDS = {"foreign", "internal", "interior", "home", "defense", "defence", "national", "finance", "trade",
                   "external", "economic", "public", "armed"}
# what an office is of or for, before the holder's name: "Secretary of Commerce Juanita Kreps", "Special
# Representative for Trade Negotiations Robert Strauss"
OFFICE_OBJECTS = PORTFOLIO_WORDS | {"state", "commerce", "negotiations", "affairs", "treasury", "agriculture", "justice",
                                    "labor", "labour", "energy", "education", "health", "culture", "industry",
                                    "security", "transport", "communications", "war", "navy", "army", "planning",
                                    # ("Minister of Culture and Propaganda Jeong Ryul")
                                    "propaganda", "information", "construction", "railways", "fisheries", "mines",
                                    "metallurgy", "aviation", "welfare", "sports",
                                    "central", "intelligence"}  # ("Director of Central Intelligence McCone")
LOWER_LINKS = {"of", "the", "to", "for", "and", "in", "on", "at", "de", "da", "van", "von", "al", "bin"}
# the nations whose adjective stands before a title and a name ("Soviet Ambassador Shcherbakov"), folded
NATIONALITIES = frozenset((
    "soviet", "chinese", "korean", "vietnamese", "mongolian", "albanian", "yugoslav", "polish", "czechoslovak",
    "hungarian", "romanian", "bulgarian", "cuban", "american", "us", "u.s", "british", "french", "italian", "indian",
    "japanese", "indonesian", "cambodian", "lao", "laotian", "burmese", "egyptian", "syrian", "iraqi", "iranian",
    "afghan", "pakistani", "ghanaian", "guinean", "algerian", "israeli", "austrian", "swedish", "finnish", "norwegian",
    "danish", "dutch", "belgian", "canadian", "mexican", "brazilian", "argentine", "chilean", "east", "west", "gdr",
    "frg", "german", "turkish", "greek", "spanish", "portuguese", "thai", "philippine", "australian", "ethiopian"))
# the titles of monarchs, who are named by one given or regnal name ("King Hussein", "the Shah"), no surname
MONARCHS = frozenset({"king", "queen", "shah", "emperor", "empress", "sultan", "emir", "prince", "princess", "monarch"})
OFFICE_LEADS = frozenset({"under", "deputy", "assistant", "vice", "first"})  # the words an office may open with
QUALIFIERS = ("vice", "deputy", "first deputy", "assistant", "former", "acting", "ex")
# another state's ambassador, as a page speaks of him ("British Ambassador2 went with Wilson ...")
OTHER_STATES_AMBASSADOR = re.compile(r"\b(?:[A-Z][a-z]+(?:an|ese|ish|ian|i|ch)|Soviet|Swiss|Thai|Dutch)[ ]+"
                                     r"[Aa]mbassador(?![a-z])")
# a record an embassy sends home from abroad, whose "the President" may be its host's: "Telegram From the Embassy in
# Finland to the Department of State"
EMBASSY_ABROAD = re.compile(r"\b(?:From|from|FROM)[ ]+(?:the[ ]+)?(?:Embassy|EMBASSY|Legation|LEGATION)\b")
# the author's first person singular outside quotation marks (what is quoted is another's)
AUTHOR_SINGULAR = re.compile(r"\b(?:I|me|my|ME|MY)\b")
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# who heads an embassy and signs its telegrams
EMBASSY_HEADS = frozenset({"ambassador", "charge", "charge daffaires"})  # (folded: "Chargé d’Affaires")
CABLE_FROM_ABROAD = re.compile(r"\bFM[ ]+AM(?:EMBASSY|CONSUL|LEGATION)\b")
# FRUS's heading of a despatch: "The Ambassador in Argentina (Nufer) to the Department of State"
# (or its later form: "40204. Despatch From the Ambassador in Haiti (Drew) to the Department of State")
AMBASSADOR_ABROAD = re.compile(r"(?:\d+\.[ ]+)?(?:(?:Despatch|Dispatch|Telegram|Airgram|Letter)[ ]+[Ff]rom[ ]+the|The)[ ]+"
                               r"(?:Ambassador|Chargé[ ]d’Affaires|Chargé[ ]d'Affaires|Minister)[ ]+in[ ]+(?:the[ ]+)?[A-Z]")
ADDRESS_HEADERS = frozenset({"to", "addressee", "memorandum for", "for"})
# how a resolution says it guessed a lone surname from the register (flagged): no diplomat's name is so guessed
SURNAME_GUESSED = "a surname the page does not name otherwise"
# the very commonest Chinese and Korean surnames (folded), each borne by tens of millions, and the commonest Russian
# ones: alone they name no one person, so they are never guessed from the register ("Lt. Gen. Ivanov" is not the
# register's ambassador Vasily Ivanov; a rarer one, "Zhu:" on a page of Mao's, still is guessed, flagged)
COMMON_SURNAMES = frozenset({"wang", "li", "zhang", "liu", "chen", "yang", "kim", "lee", "park", "pak", "ri", "choi",
                             "choe", "jung", "jeong", "kang", "cho",
                             "ivanov", "petrov", "popov", "smirnov", "sokolov", "kuznetsov", "vasilyev", "pavlov",
                             # (and the commonest of English, German, French and Spanish: "JOHNSON" who signs a SALT
                             # cable of 1975 is U. Alexis Johnson, not the register's Lyndon B. Johnson)
                             "johnson", "smith", "brown", "jones", "williams", "miller", "davis", "wilson", "taylor",
                             "thompson", "white", "martin", "clark", "young", "king", "scott", "green", "hall", "allen",
                             "adams", "lewis", "walker", "robinson", "harris", "anderson", "moore", "jackson", "thomas",
                             "roberts", "evans", "wood", "schmidt", "muller", "schneider", "fischer", "weber", "meyer",
                             "wagner", "dubois", "durand", "bernard", "moreau", "garcia", "rodriguez", "gonzalez", "lopez",
                             "martinez", "hernandez", "perez", "sanchez"})
# the offices of an embassy's staff, whose holders a record often names by surname alone
DIPLOMATS = frozenset({"ambassador", "amb.", "counsellor", "counselor", "consul", "consul general", "charge d'affaires",
                       "attache", "first secretary", "second secretary", "third secretary"})
# offices that end in "secretary" but are not the one a record calls "the Secretary"
OTHER_SECRETARIES = frozenset({"foreign", "general", "first", "second", "third", "press", "executive", "under", "permanent",
                               "party", "home", "defence", "cabinet", "private", "state"})
# a person a title names: "between George H.W. Bush and Helmut Kohl", "Conversation of X with Y"
NAME_WORD = r"[A-Z](?:[\w\-’'.]*[\w\-.])?"  # a capitalised word of a name in a title (no closing quote)
TITLE_PERSON = re.compile(r"(?:(?<![\w])(?:[Bb]etween|and|[Ww]ith|of|by)\s+|(?:(?<=Conversation)|(?<=Meeting)|(?<=Talks)),[ ]+)"
                          r"(?P<name>(?:[A-Z](?:[\w’'\-]*[\w\-])?\.?|(?:[A-Z]\.){1,3})"
                          r"(?:\s+(?:(?:de|van|von|da|di|du|bin|ibn|ben)\s+)?"  # ("Charles de Gaulle", "Muammar al-Gaddafi")
                          r"(?:[A-Z](?:[\w’'\-]*[\w\-])?\.?|(?:[A-Z]\.){1,3}|(?:al|el|ad|as|ash|az)-[A-Z][\w’'\-]*)){1,4})"
                          r"(?=['’ʼ]s\b|[\s,'’]|$)")
# a title's first party by a surname alone, the second by a name: "Between Hasluck and Lee Kuan Yew"
SURNAME_FIRST_PARTY = re.compile(r"\b[Bb]etween[ ]+(?P<a>[A-Z][a-z][\w’'\-]+)[ ]+and[ ]+(?P<b>[A-Z][^,;:()]+?)[ ]*(?:[,;:(]|$)")
TWO_SURNAMES = re.compile(r"\b(?i:between)[ ]+(?P<a>[A-Z][\w’'\-]+)[ ]+(?i:and)[ ]+(?P<b>[A-Z][\w’'\-]+)[ ]*$")
TITLE_LINKS = {"between", "and", "with", "of", "by", "the", "on", "record", "memorandum", "minutes", "notes", "note"}
MONTH_AFTER = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December)$")
# a telegram's date right after a name: "talk with PriMin Nehru Nov 7"
MONTH_TAIL = re.compile(rf"\s+(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$")
DAY_AHEAD = re.compile(r"[ ]+\d{1,2}\b")
ROLE_SYNONYMS = {"premier": ("prime minister",), "prime minister": ("premier",)}  # one office, as translations print it
STYLES = frozenset({"hon", "rt", "honorable", "honourable"})  # ("The Rt. Hon. ...")
HONORIFICS = {"comrade", "comrades", "com", "cde", "cdes", "tov", "mr", "mrs", "ms", "dr", "sir", "lord", "hon",
              "his excellency", "her excellency", "h.e", "the", "professor", "prof", "samdech", "genosse",
              "genossin", "gen", "tovarishch", "tovarisch", "towarzysz", "tow", "companero", "companera", "camarade",
              "compagno", "elvtars", "tovaras", "druze", "his royal highness", "her royal highness", "h.r.h", "hrh",
              "his majesty", "her majesty", "his imperial majesty", "her imperial majesty", "h.i.m",
              "the honorable", "the honourable", "honorable", "honourable"}


def _inside(role: str, fuller: str) -> bool:
    """Are a role's two words or more, in order, the first and last of a fuller role with a qualifier between
    ("deputy minister" in "deputy foreign minister")?"""
    words, longer = role.split(), fuller.split()
    return len(words) >= 2 and len(longer) > len(words) and longer[0] == words[0] and longer[-1] == words[-1] \
        and all(w in longer for w in words)


def _lossy_forms(register: Register) -> list[tuple[re.Pattern, Entity]]:
    """The register's names of persons with letters outside ASCII, as patterns in which each such letter
    may be missing ("Ceaușescu" matches "ceauescu" and "ceausescu"); made once per register (kept on it)."""
    cached = register.__dict__.get("_lossy_forms")
    if cached is None:
        forms = []
        for entity in register.entities.values():
            if entity.type != "Person":
                continue
            for form in entity.surface_forms:
                if len(form.split()) >= 2 and any(ord(c) > 127 and c.isalpha() for c in form):
                    pattern = "".join(f"(?:{re.escape(fold(c))})?" if ord(c) > 127 and c.isalpha() else re.escape(fold(c))
                                      for c in form)
                    forms.append((re.compile(pattern), entity))
        cached = register.__dict__["_lossy_forms"] = forms
    return cached


def _romanised(word: str) -> str:
    """One form for a Russian name's romanisations: "iakovlev", "jakovlev" -> "yakovlev"; "yevgeny", "evgenii" ->
    "evgeni" (both sides of a comparison go through it, so a word it changes elsewhere changes alike)."""
    if len(word) < 4:
        return word
    word = ROMANISED_START.sub(lambda m: "" if m[0] == "y" else "y", word)
    return ROMANISED_END.sub("i", word)


@lru_cache(maxsize=8192)  # (asked of the same few thousand names again and again)
def fold(text: str) -> str:
    """Accents, case, apostrophes and hyphens away: "Lê Duẩn" -> "le duan", "Geum-cheol" -> "geumcheol"; and in a word
    of Latin letters, the Cyrillic ones that look alike (an OCR's "Мiyаzawа")."""
    if not text.isascii():  # (most text is: no accents to take away)
        if MIXED_SCRIPT.search(text):
            text = MIXED_WORD.sub(lambda word: word[0].translate(HOMOGLYPHS) if LATIN_LETTER.search(word[0]) else word[0],
                                  text)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).translate(LETTERS_APART)
    return FOLDED_AWAY.sub("", text.casefold())


# Cyrillic letters that look like Latin ones, in a word that has Latin letters too: an OCR's or a typist's mix
HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХаеорсухіјЅѕ", "ABEKMHOPCTXaeopcyxijSs")
MIXED_SCRIPT = re.compile(r"[A-Za-z][\w]*[\u0400-\u04ff]|[\u0400-\u04ff][\w]*[A-Za-z]")
MIXED_WORD = re.compile(r"\w*[\u0400-\u04ff]\w*")
LATIN_LETTER = re.compile(r"[A-Za-z]")

# a Russian patronymic, folded ("sergeevich", "ilich", "sergeevna"; in Cyrillic "сергеевич", "ильинична")
PATRONYMIC = re.compile(r"(?:ich|ichna|ovna|evna|ич|ична|овна|евна)$")
FOLDED_AWAY = re.compile(r"['’ʼ`\-‐]")  # (ʼ: the modifier letter some typesetters print for an apostrophe)
ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|az|an|ar|at)[-‐](?=\w{3})", re.I)  # an Arabic name's article


@dataclass(frozen=True)
class Key:
    """A name as compared: its words and its initials, titles and honorifics removed."""

    words: tuple[str, ...]
    initials: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()  # a hyphenated surname's first part: "Zia" of "Zia-ul-Haq", "Aleksandrov" of "-Agentov"
    middle: tuple[str, ...] = ()  # initials between two words: the "R." of "Gerald R. Ford"

    def alike(self, other: "Key") -> bool:
        """Does either key fit the other ("A.M. Puzanov" and "Puzanov")?"""
        return self.fits(other) or other.fits(self)

    def fits(self, form: "Key") -> bool:
        """Do this key's words and initials fit the name form ``form``?"""
        if not self.words or not set(self.words) <= set(form.words) and not set(self.words) <= form.joined \
                and not self.romanised <= form.romanised and not any(set(m) <= set(form.words) for m in self.merged):
            return False
        if self.initials:
            at = form.words.index(self.words[0]) if self.words[0] in form.words else 0
            given = [w for w in (form.words[:at] if at else form.words) if w not in self.words]
            # (the given names before the surname, or after it in a form that puts it first: "Khrushchev Nikita
            # Sergeyevich"; never a second surname after it: "R. Castro" is not Fidel Castro Ruz)
            others = {w[0] for w in given} | set(form.initials)
            # (a first initial is never a middle name's alone: "R. Ford" is not "Gerald R. Ford", "S. Khrushchev" not
            # "Nikita S. Khrushchev")
            first = {w[0] for w in given} | (set(form.initials) - set(form.middle) if not self.middle else set(form.initials))
            if self.initials[0] not in first and not (first & SOUNDALIKE_INITIALS.get(self.initials[0], set())):
                return False
            if len(self.initials) > 1 and (len(form.initials) > 1 or sum(w not in NAME_PARTICLES for w in form.words) > 2) \
                    and self.initials[1] not in others and not (others & SOUNDALIKE_INITIALS.get(self.initials[1], set())):
                return False  # a patronymic's initial: the writer "N.S. Tikhonov" is not the premier "N.A. Tikhonov"
        return True

    @cached_property
    def romanised(self) -> set[str]:
        """The words, each in one form of its romanisations ("Iakovlev" and "Yakovlev" alike)."""
        return {_romanised(w) for w in self.words}

    @cached_property
    def merged(self) -> tuple[tuple[str, ...], ...]:
        """The words with two neighbours printed apart taken as one: "Liu Shao Chi" as the register's "Liu Shaochi"
        (an old romanisation's syllables, hyphenated or not, are one given name)."""
        if len(self.words) < 2:
            return ()
        return tuple((*self.words[:i], self.words[i] + self.words[i + 1], *self.words[i + 2:])
                     for i in range(len(self.words) - 1))

    @cached_property
    def joined(self) -> set[str]:
        """The words and each two neighbours as one: "Choong Hoon Park" holds "choonghoon", as "Park
        Choong-hoon" prints it (folding takes the hyphen away)."""
        return {*self.words, *(a + b for a, b in zip(self.words, self.words[1:])), *self.leads}

    def names(self, form: "Key") -> bool:
        """This key fits the form, or holds all of a full-name form and more (a patronymic, a middle name
        or initial: "Nikita Sergeyevich Khrushchev" names the register's "Nikita Khrushchev")."""
        return self.fits(form) or (len(form.words) >= 2 and (set(form.words) < set(self.words)
                                                             and len(self.words) <= len(form.words) + 2 or (
            # a middle initial the form leaves out: "Anastas I. Mikoyan" names the register's "Anastas Mikoyan"
            set(form.words) == set(self.words) and not form.initials and bool(self.initials))))


# after "Secretary Rogers" in a turn, a verb of speech: he is one who speaks here, not another holder of the office
NAMED_SPEAKS = re.compile(r"[ ]+(?:\w+[ ]+)?(?:said|remarked|replied|answered|asked|noted|added|agreed|stated|suggested"
                          r"|thanked|responded)\b")
# a Russian first name's initial as other languages transliterate it: "J. Andropov" (Hungarian Jurij), "Yu. V. Andropov",
# "I. Andropov" (Iurii), "E. Ligachev" (Egor, Jegor, Yegor)
SOUNDALIKE_INITIALS = {letter: set("eijy") - {letter} for letter in "eijy"}


# the archive's summary of a talk between two: "Moravec and Moskovsky discuss ...", "Kapitsa and Monori talk about ..."
SUMMARY_PAIR = re.compile(r"(?m)^(?P<a>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)[ ]+and[ ]+"
                          r"(?P<b>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)[ ]+(?:discuss|talk|speak|exchange|review|converse)\b")


class Names:
    """Turns printed names into keys, with the layout's titles as the honorifics to strip."""

    def __init__(self, titles):
        self.titles = sorted({fold(t).rstrip(".") for t in titles} | {"comrade", "comrades", "the", "com", "cde",
                                                                       "cdes", "tov", "his excellency"},
                             key=lambda t: -len(t.split()))
        self._keys: dict[str, Key] = {}
        self.by_first: dict[str, list[tuple[str, ...]]] = {}  # a title's words, by its first word, longest first
        for title in self.titles:
            self.by_first.setdefault(title.split()[0], []).append(tuple(title.split()))
        self._roles: re.Pattern | None = None

    @staticmethod
    @lru_cache(maxsize=16)
    def of(titles: tuple[str, ...]) -> "Names":
        """One Names per set of titles: its keys and patterns are kept across documents."""
        return Names(titles)

    def roles_in_title(self) -> re.Pattern:
        """A role and the name after it in a title ("Premier Zhou Enlai's", "the Ambassador of Cambodia X")."""
        if self._roles is None:
            roles = alternation([t for t in self.titles if t not in HONORIFICS], flexible_spaces=False, any_case=True)
            # the name after the role, or completed by the editor in brackets ("the President [George
            # H.W. Bush]", "The Chancellor's [Helmut Kohl's] Meeting")
            # (a possessive only before the editor's bracket: "the Prime Minister's Conversation with ..." names no one)
            self._roles = re.compile(rf"(?<![\w-])(?i:(?P<role>{roles}))(?:['’ʼ]s(?=\s+\[))?(?:\s+(?:of|to|in)(?:\s+the)?)?"
                                     rf"\s+(?:\[(?P<bracket>[A-Z][^\[\]]{{1,60}})\]|"
                                     rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}))")
        return self._roles

    def split_title(self, name: str) -> tuple[str, str]:
        """("Vice Premier", "CHEN Yi") from "Vice Premier CHEN Yi": the honorifics and titles before a name."""
        words = name.split()
        folded = [fold(w).rstrip(".,") for w in words]
        taken = 0
        if len(words) > 2 and (folded[0] in NATIONALITIES or folded[0] in OFFICE_OBJECTS) and folded[1] in self.by_first \
                and folded[1] != "the":
            taken = 1  # "Soviet Ambassador Shcherbakov", "Polish Foreign Minister Tadeusz Olechowski": the title's nation
            # (or its portfolio: "Defense Minister Sohn")
        while taken < len(words):
            width = next((len(t) for t in self.by_first.get(folded[taken], ()) if folded[taken:taken + len(t)] == list(t)), 0)
            if not width or width >= len(words) - taken:
                break
            taken += width
        return " ".join(words[:taken]), " ".join(words[taken:])

    def key(self, name: str) -> Key:
        known = self._keys.get(name)
        if known is None:
            known = self._keys[name] = self._key(name)
        return known

    def _key(self, name: str) -> Key:
        name = re.sub(r"\[[^\[\]]*\]|\([^()]*\)", " ", name)  # a bracket is an alias or a gloss, not the name
        name = re.sub(r"['’ʼ]s\b", "", name)  # "Mao's"
        _, rest = self.split_title(name.strip())
        words: list[str] = []
        initials: list[str] = []
        leads: list[str] = []
        after_word: list[tuple[str, int]] = []
        given = False
        for piece in GLUED_INITIALS.sub(r"\1 ", rest.replace(",", " ")).split():  # ("M.A.Manasov": M. A. Manasov)
            if INITIALS.match(piece) or PARTICLES_CUT_SHORT.match(piece):  # ("Vd Bergh": v[an] d[en] Bergh)
                initials += [fold(c) for c in piece if c.isalpha()]
                if given:  # (after a given name as written, "Gerald"; not "DPRK A. M. Puzanov")
                    after_word += [(fold(c), len(words)) for c in piece if c.isalpha()]
            elif DIGRAPH_INITIAL.match(piece):  # "Cz. Kiszczak", "Yu. V. Andropov": one initial of two letters
                initials += [fold(piece[0]), *(fold(c) for c in piece[3:] if c.isalpha())]
            else:
                piece = ARTICLE.sub("", piece)  # "al-Gaddafi" is Gaddafi, as the page prints him again
                word = re.sub(r"[^\w]", "", fold(piece))
                if word and word not in ("and",):
                    words.append(word)
                    given = piece[:1].isupper() and piece[1:2].islower()
                lead = re.match(r"(\w{3,})[-‐]\w", piece)
                if lead and word:
                    leads.append(fold(lead[1]))
        # (and only the surname after it: "Khrushchev N.S." has none, "Hon. G. Mennen Williams" and "Burma U So Nyun" a
        # given name, their first word no name's)
        middle = tuple(c for c, at in after_word if at == len(words) - 1)
        return Key(tuple(words), tuple(initials), tuple(leads), middle)


@dataclass
class Participant:
    printed: str  # the entry as printed ("Dr. Henry A. Kissinger, Assistant to the President")
    name: str  # the name in it ("Henry A. Kissinger")
    role: str  # the role as printed: a title before the name, a description after it, or the header's role
    header: str  # the header line it came from ("Participants", "Interpreter")
    entity: Entity | None = None
    female: bool = False  # printed with a woman's title ("Madame Sihanouk"): never a man of the register
    side: str = ""  # the sub-heading it is listed under ("From Seoul", "On the Chinese side")
    doubtful: bool = False  # its register person is a guess ("M. Khan" read as Mohammad Ayub Khan), to confirm


@dataclass
class Resolution:
    entity: Entity | None  # None: a person the register does not know (or no one, when unresolved)
    method: str
    note: str = ""  # what decided it, or why it could not be decided
    name: str = ""  # the full name the page gives an unregistered person ("Henry A. Kissinger")
    doubtful: bool = False  # a reading a curator should confirm (a side label read as its first listed)


@dataclass
class Context:
    """What the page itself says about who takes part."""

    participants: list[Participant] = field(default_factory=list)
    title_roles: list[tuple[str, str]] = field(default_factory=list)  # (role, name) read in the title
    title_people: list[str] = field(default_factory=list)  # the persons the title names ("between X and Y")
    unnamed_roles: list[tuple[str, str]] = field(default_factory=list)  # (role, header): "PARTICIPANTS: The President"
    label_roles: list[tuple[str, str, str]] = field(default_factory=list)  # (role, name, label): "Premier [Zhou Enlai]:"


class Resolver:
    """Resolves the labels of one document, remembering who has spoken (one person, one IRI)."""

    def __init__(self, register: Register, titles, title: str = "", headers=(), participant_headers=(),
                 role_headers=None, speaker_map: dict[str, str] | None = None, declared=(), participant_words=(),
                 female_titles=(), role_aliases=None, side_labels=None, interviewers=(), office_holders=None,
                 usual_bearers=None):
        self.register = register
        self.interviewers = {fold(w) for w in interviewers}
        self.side_labels = {fold(k): set(fold(v).split()) for k, v in (side_labels or {}).items()}
        self.role_aliases = {fold(k).rstrip("."): fold(v) for k, v in (role_aliases or {}).items()}
        self.author_name = ""  # who writes "I" on this page, when the page names them (see link.py)
        self.summary_text = ""  # the archive's title, summary and citation: whom it says the record is by or about
        self.signed_office = ""
        self.signed_name = ""
        self.office_holders = dict(office_holders or {})  # role -> holder on the record's date (its government's own record)
        self.usual_bearers = dict(usual_bearers or {})  # (surname, after a woman's title) -> whom it means alone then
        self.record_date = ""  # the record's date (ISO: a day, a month or a year), when the page or its notes give it
        self.record_context = ""  # the title, citation, summary, headers and notes, where a state's marks may be
        self.note_roles: dict[str, str] = {}  # role -> the one name the page's notes give it ("President Nixon")
        self.note_role_names: dict[str, set[str]] = {}  # role -> every name the notes give it
        self.speech_text = ""  # the speech's verbatim turns (read_speech)
        self._speech_roles: dict[str, str] | None = None
        self.notes_text = ""  # the notes and narration, folded: "Castro:" is the Fidel Castro they name in full
        self.notes_raw = ""  # ... as printed
        self.footnoted_roles: dict[str, str] = {}  # role -> the holder its note names (read_footnoted_roles)
        self.header_text = ""
        self.headings = ""
        self.names = Names.of(tuple(titles))
        self.speaker_map = speaker_map or {}
        self.shorts: dict[str, list[str]] = {}
        for short, full in declared:
            self.shorts.setdefault(full, []).append(short)
        self.index = NameIndex.of(register, self.names)
        self._resolved: dict[tuple, Resolution] = {}
        self.seen: list[tuple[Key, Entity]] = []  # registered persons this document has named
        self.local: list[tuple[Key, str]] = []  # unregistered persons it has named, by their fullest name
        self.misspelt: dict[Key, Resolution] = {}  # a name read as another one letter off: asked again, doubted again
        self._spellings: dict[tuple, Resolution | None] = {}  # _spelt_as_registered's answers, by name and text read
        self.labelled: dict[str, set[str]] = {}  # who speaks under which labels (slug or local name -> labels), as read
        # (the turns are read later, in link.py; the title is read now, and may ask about them)
        self.spoken_turns: list[tuple[str, str]] = []  # (label, text) of the verbatim turns: whom they address
        self.page_turns: list[tuple[str, str]] = []  # every turn's label as printed ("The French Ambassador", "I"), text
        self._folded: tuple[list, list[tuple[str, str]]] = ([], [])  # (page_turns, their roles and texts folded)
        self.turn_labels: list[tuple[str, bool]] = []  # every turn's label ("" for none) and whether it is reported
        self._spoken_label_words: set[str] | None = None  # their labels' words, folded, when first asked
        self._pairing = False  # (reading the other role of a title's pair: ``_title_pairs_other``)
        self.context = Context()
        self.title = title
        self._read_title(title)
        self.role_headers = {k.casefold(): v for k, v in (role_headers or {}).items()}
        self.participant_words = {w.casefold() for w in participant_words}
        self.female = {fold(t).rstrip(".") for t in female_titles}
        self._read_headers(headers, {h.casefold().rstrip(".") for h in participant_headers}, self.role_headers)
        # whom a report or a cable is sent to ("To Chairman Mao [Zedong] and the Central Committee:"): never its "I"
        self.addressed = _words_folded(" ".join(v for h, v in headers if h.casefold().rstrip(":") in ADDRESS_HEADERS))
        # a cable's "From: Ambassador Sato": who writes it, when the line names one person by an office and a name
        # (only to name the author of the "I" turns the parser found: the parser's own reading of "From:" (Transcript.
        # _sender) decides where the author speaks, and takes a name of two words or more only, since it splits
        # "I ..." sentences inside others' speech as the author's: "I told Kim Il Sung so myself" in Deng's words)
        senders = [self.names.split_title(v.strip()) for h, v in headers if h.casefold().rstrip(":") == "from"]
        self.sender = next((name for office, name in senders if office and name and len(name.split()) <= 3
                            and _plausible_name(name) and name[:1].isupper()), "")
        # (and a memo's "FROM" / "• Zbigniew Brzezinski", a person's name alone, two words or three)
        self.from_person = next((name for office, name in senders if not office and 2 <= len(name.split()) <= 3
                                 and _plausible_name(name) and name[:1].isupper() and not self._not_a_person(name)
                                 and not re.search(r"[()\[\]]", name)), "")  # (not "Washington (Nomura)": a city)

    # -- the page's context ---------------------------------------------------
    def _read_title(self, title: str) -> None:
        """'Premier Zhou Enlai's reception of the Ambassador of Cambodia Sisowath Sirik Matak'."""
        # FRUS's note call-out glued to the title's last name, and the date line run on: "... Wilson1 June 28, 1966, 9:40 p.m."
        printed, title = title, TITLE_DATE_TAIL.sub("", TITLE_CALLOUT.sub("", title))
        title = LETTER_SPACED.sub(lambda m: m[0].replace(" ", ""), title)  # a cable's "S E C R E T ISLAMABAD 8917"
        self.title_words = set(re.findall(r"\w+", fold(POSSESSIVE_S.sub("", title))))  # ("Secretary Kissinger's Talks")
        title = NICKNAME.sub("", title)  # "Interview with Ernesto “Che” Guevara": Ernesto Guevara
        # "Ambassador to Bulgaria, Ha Dong-yun": the name after the place and a comma is the holder's (a place of
        # a few words too: "the Ambassador of the Republic of Cuba, Flores Ibarra")
        for match in self.names.roles_in_title().finditer(PLACE_COMMA.sub(" ", title)):
            role = fold(match["role"]).rstrip(".")
            role = self.role_aliases.get(role, role) if role.isalpha() and role.upper() == match["role"] else role
            # (a cable's short form in its capitals: "PRIMIN KIM CHONG-PIL" names the Prime Minister)
            before = fold(match.string[:match.start()]).rstrip()
            if any(before.endswith(q) for q in QUALIFIERS) and not role.startswith(QUALIFIERS):
                continue  # "Vice Premier Chen Yi" names no premier
            if match.string[match.end("role"):match.end("role") + 2] in ("'s", "’s", "ʼs") and not match["bracket"]:
                continue  # "Memorandum for the President's File": the role owns what follows, it has no name
            name = self._strip_place(WORD_STOP.sub("", re.split(r"['’ʼ][sS]\b", match["bracket"] or match["name"])[0].strip()))
            agent = AGENT_OF.match(match.string, match.start("name") + len(name)) if not match["bracket"] else None
            if agent:  # "President Carter’s Special Emissary (Clifford)": the one he sent takes part, not he
                if agent["sent"] and agent["sent"] not in self.context.title_people:
                    self.context.title_people.append(agent["sent"])
                continue
            parts = name.split()  # ("the Ambassador of the GDR, Comrade Hertzfeldt": the name after the honorific)
            name = " ".join(parts[max((i + 1 for i, w in enumerate(parts) if fold(w).strip(".,") in HONORIFICS), default=0):])
            if re.match(r"[A-Z]{2,5}[ ][A-Z][a-z][\w’'\-]*[ ][A-Z]", name):  # "Ambassador to the DPRK Qiao Xiaoguang":
                name = name.split(" ", 1)[1]                                 # the state's initials, then the name
            initialled = re.search(r"(?<=\s)(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+$", name)
            if initialled and re.search(rf"\b(?:to|in)[ ]+(?:the[ ]+)?{re.escape(name[:initialled.start()].strip())}[ ]", title):
                name = initialled[0]  # "Ambassador to Cuba V.I. Vorotnikov": the name starts at the initials
            name = _after_body(STATE_BEFORE_NAME.sub("", name))  # ("... of the Chinese Republic Jiang Jieshi")
            between = match.string[match.end("role"):match.start("name")] if match["name"] else ""
            linked = match["name"] and not match["bracket"] and re.fullmatch(r"\s+(?:of|to|for|in)\s+(?:the\s+)?", between)
            if linked and re.fullmatch(r"\s+(?:to|in)\s+", between) and name == match["name"].strip() \
                    and len(name.split()) >= 2 and not INITIAL_WORD.match(name):
                name = name.split(" ", 1)[1]  # "Soviet Ambassador to Ethiopia Ratanov": a state the register lacks
            elif linked and re.fullmatch(r"\s+of\s+", between) and name == match["name"].strip() \
                    and len(name.split()) >= 3 and not INITIAL_WORD.match(name):
                name = name.split(" ", 1)[1]  # "the Shah of Iran Mohammad Reza Pahlavi": the state, then the name
                while len(name.split()) > 1 and fold(name.split()[0]) in OFFICE_OBJECTS | {"and"}:
                    name = name.split(" ", 1)[1]  # ("Minister of Public Security Luo Ruiqing", "... of Culture and
                    # Propaganda Jeong Ryul": a portfolio of several words; "Director of Central Intelligence McCone")
            if _initials_of_a_body(name, match[0]) or name and fold(name.split()[-1]) in BODIES \
                    or re.search(r"\b(?:[Dd]epartment|[Oo]ffice|[Mm]inistry)[ ]of[ ](?:the[ ])?$", match.string[:match.start()]) \
                    or self._not_a_person(name) or linked and (len(name.split()) == 1
                                                               or self._office_follows(match.string[match.end("name"):])):
                # ("The Shah of Iran"; "The Shah of Iran Ardeshir Zahedi, Ambassador of Iran": a list run on; "Creator(s):
                # Department of the Taoiseach Accession Conditions: Open": an office's department, then the archive's next field)
                continue  # "the Czech Ambassador to the DPRK", "Chairman of the DPRK Cabinet", "... of Japan": no name
            if fold(name.split()[0] if name else "").rstrip(".,") in EVENT_WORDS | PORTFOLIO_WORDS:
                continue  # "the Premier's Meeting with ...": the role is named elsewhere, or not at all
            name = _before_verb(name)
            kept = list(itertools.takewhile(lambda w: fold(w).strip(".,") not in EVENT_WORDS, name.split()))
            name = " ".join(kept) if len(kept) < len(name.split()) and kept else name  # ("Ambassador Lawson Report
            # of Meeting with PM Sharett": Lawson, not a person "Lawson Report")
            if any(fold(w).strip(".,") in self.names.titles for w in name.split()[:-1]):
                continue  # "Secretary of State Dean Rusk, UK Foreign Secretary Butler": another office inside, a list
            if self.names.key(name).words and _plausible_name(name):
                name = _uncapped(name)  # ("PRIMIN KIM CHONG-PIL" in a cable's capitals)
                self.context.title_roles.append((role, name))
                found = self.lookup(name)
                self._remember(name, found.entity)
        self._read_apposed_roles(title)
        self._read_bracketed_names(title)
        for match in TITLE_PERSON.finditer(title):
            before, name = self.names.split_title(re.split(r"['’ʼ][sS]\b", match["name"])[0])  # "Premier Zhou’s Talk"
            name = _before_verb(MONTH_AFTER.sub("", name))  # "diary of A. A. Gromyko October 1, 1949"
            name = WORD_STOP.sub("", SENTENCE_STOP.split(name, maxsplit=1)[0])
            # "'... Conversation with Minister Walter Scheel.'": the title's full stop (or a sentence's: "... Party of
            # Germany E. Honecker. Berlin, Germany.")
            words = name.split()  # a title in title case: "Record of Conversation Between M.S. Gorbachev and ..."
            cut = max((i for i, w in enumerate(words) if fold(w).strip(".,") in EVENT_WORDS | TITLE_LINKS | HONORIFICS
                       or i < len(words) - 1 and fold(w).strip(".,") in self.names.titles),
                      default=-1)  # ("... of SED Comrade Lamberz": a party's initials, then the honorific; "UK Foreign
            # Secretary Butler": an office, then the name)
            honoured = {fold(w).strip(".,") for w in ([words[cut]] if cut >= 0 else before.split())} & HONORIFICS
            # ("Comrade Durcak": a surname after the honorific is a person's)
            name = _after_body(self._strip_place(" ".join(words[cut + 1:])))  # ("... Political Figure of Japan M. Suzuki")
            bare = name
            while bare.split() and fold(bare.split()[0]) in OFFICE_OBJECTS | {"and"}:
                bare = bare.split(" ", 1)[1] if " " in bare else ""  # ("Minister of Culture and Propaganda Jeong Ryul":
            if bare != name:  # the portfolio's words; "... of National Defense Chiang’s Visit", "Foreign Ministers
                # Sonoda and ...": no full name after them)
                first = fold(bare.split()[0]).strip(".,") if bare else ""
                name = bare if len(bare.split()) >= 2 and not {first, first.removesuffix("s")} & ROLE_WORDS else ""
            words = [fold(w).strip(".,") for w in name.split()]
            entity = self.register.resolve(name)
            if (len(words) >= 2 or honoured and len(words) == 1 and len(words[0]) >= 4) \
                    and not set(words) & ROLE_WORDS and (entity is None or entity.type == "Person") \
                    and words[-1] not in VENUES | BODIES and not set(words) & HOLDINGS \
                    and not CREDITED_BY.search(match.string, 0, match.start()) \
                    and not _dated_after(printed, match["name"]):  # (nor a site's "Link to University of Wisconsin
                # Digital Collections", read as a title; nor the translator a citation run into the title credits)
                # ("Memorandum of a Conversation, Mid-Ocean Club, Bermuda"; "..., New Delhi, December 10, 1959")
                self.context.title_people.append(name)
                if not any(self.names.key(name).names(form) for form, _ in self.seen) \
                        and not any(self.names.key(name).names(form) for form, _ in self.local):
                    self._remember(name, self.lookup(name).entity)  # "Ambassador Pak:" is the title's Pak Se-chang
        pair = SURNAME_FIRST_PARTY.search(title)
        if pair and not self._not_a_person(pair["a"]) and fold(pair["a"]) not in {*self.names.titles, *HONORIFICS} \
                and any(self.names.key(pair["b"]).alike(self.names.key(p)) for p in self.context.title_people) \
                and not any(self.names.key(pair["a"]).alike(self.names.key(p)) for p in self.context.title_people):
            # "Record of Conversation Between Hasluck and Lee Kuan Yew": a surname alone, before a person's name
            self.context.title_people.append(pair["a"])
        surnames = TWO_SURNAMES.search(title) if not self.context.title_people else None
        if surnames and not any(self._not_a_person(n) or fold(n) in {*self.names.titles, *HONORIFICS, *ROLE_WORDS}
                                for n in (surnames["a"], surnames["b"])):
            # "RECORD OF CONVERSATION BETWEEN WHITLAM AND JAMES" (Australia's records): its two persons, by surname
            self.context.title_people += [_uncapped(surnames["a"]), _uncapped(surnames["b"])]

    def _read_apposed_roles(self, title: str) -> None:
        """"Reception of Sory Kaba, Ambassador of the Republic of Guinea in the USSR": the offices after a name and
        a comma are that person's ("... with Kim Il Sung, General Secretary of the KWP CC and Chairman of ...")."""
        for role, name in self._apposed_offices(title, APPOSED):
            if (role, name) not in self.context.title_roles:
                self.context.title_roles.append((role, name))
                self._remember(name, self.lookup(name).entity)

    def _apposed_offices(self, text: str, pattern: re.Pattern) -> Iterator[tuple[str, str]]:
        """Each office apposed to a name after a comma, as (role, name): "Sory Kaba, Ambassador of the Republic of
        Guinea in the USSR", "Kim Il Sung, General Secretary of the KWP CC and Chairman of ..."."""
        for match in pattern.finditer(text):
            words = match["name"].split()
            while len(words) > 2 and fold(" ".join(words[:2])).rstrip(".") in HONORIFICS:
                words = words[2:]  # ("His Excellency Vladimir Popović, Ambassador of ...": a style of two words)
            name = " ".join(w for w in words if fold(w).strip(".,") not in HONORIFICS)
            if not self.names.key(name).words or self._not_a_person(name) or not _plausible_name(name) \
                    or any(fold(w).rstrip(".") in self.names.titles for w in name.split()) \
                    or re.search(r"\b(?:of|in|to|for)\s+the\s*$", text[:match.start()]) \
                    or all(w.isupper() for w in name.split()) or fold(name.split()[-1]) in BODIES:
                continue  # ("the USSR, Ambassador ..."; "Premier Zhou, ...": the role before the name is read above;
                # "Member of the CC CPSU, Minister ...": a body's)
            if re.match(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+and\s+(?:[a-z]|\d)", match["office"]):
                continue  # "At the request of Dr Kissinger, the President and three SWAPO officials were ...": others
            if re.search(r"[,:]\s*$", text[:match.start()]) and re.match(
                    r",\s*(?:\S*\d\S*\s+)?(?:the\s+)?(?:[A-Z]\.\s?)*[A-Z][\w’'\-]+(?:\s[A-Z][\w.’'\-]*){0,2},",
                    text[match.end("office"):]):  # (an OCR's stamp between two: "..., the Attorney General, 6/26/2003
                # Secretary McNamara, ...")
                continue  # "Present: , Harlan Cleveland, Secretary-General, Ralph J. Bunche, C.V. Narasimhan": a list
                # of entries, the office one of them (the holder left unnamed), not Cleveland's
            # ("Comrade Pak Gyeong-sun [Pak Kyong-sun], the DPRK's ambassador in Budapest": the state's office)
            office = re.sub(r"^(?:the\s+)?[A-Z][\w.]*['’ʼ]s\s+(?=[a-z])", "", match["office"])
            for part in re.split(r"\s+and\s+", re.sub(r"^the\s+", "", fold(office))):
                role, rest = (part, "") if part in self.names.titles else self.names.split_title(part)
                if role and role not in HONORIFICS and not part.startswith(("former", "ex ")) \
                        and re.match(r"(?:(?:of|to|in|for|at)\b|$)", rest):  # an office, not a clause ("..., the Shah said")
                    yield role, name

    def _office_follows(self, rest: str) -> bool:
        """Does an office follow the name after a comma (", Ambassador of Iran"): the name is another entry of
        a list run on, not the holder of the office before it ("The Shah of Iran Ardeshir Zahedi, Ambassador ...")?"""
        after = re.match(r",\s*(?:the\s+)?([A-Z][\w.]*)", rest)
        word = fold(after[1]) if after else ""
        return bool(word) and (word.rstrip(".") in self.names.titles or word in ROLE_WORDS)

    def read_notes(self, text: str) -> None:
        """The roles a page's notes, or its narration above the first turn, name ("The meeting between
        President Nixon and the Soviet leaders took place ...", "account of AMB Kohler's conversation"):
        the last resort for a role-only label that nothing else resolves, and flagged."""
        named = self._named_roles(MOURNED.sub("", text))
        self.note_roles = {role: one for role, names in named.items() if (one := self._one_person(names))}
        self.note_role_names = named
        self.notes_text = _words_folded(text)
        self.notes_raw = text

    def read_footnoted_roles(self, notes: list[str], texts: list[str]) -> None:
        """A role whose mention carries a note's call, glued on, and the note that names its holder first ("The
        Ambassador2 came in ..." and "2. Huang Zhen, Chinese Ambassador to France.", or the name alone: "The Soviet
        Chargé41" and "41. Nikolai Vasilyevich Novikov."): FRUS's way of naming him."""
        holders = [(number, named) for number, text in (note.split("\t", 1) for note in notes)
                   if number.isdigit() and (named := NOTE_NAMES_HOLDER.match(text))]
        if not holders:
            return
        # (an edition that numbers its notes through the chapter prints "Chargé41" over a list that starts at 1)
        glued = [int(m[1]) for t in texts for m in re.finditer(r"[^\W\d_]{3}(\d{1,3})(?=[\s.,;:])", t)]
        numbers = [int(number) for number, _ in holders]  # (not where the list prints the calls' own numbers)
        offset = min(glued) - 1 if glued and min(glued) > max(len(notes), *numbers) else 0
        for number, named in holders:
            calls = re.compile(rf"\b[Tt]he[ ]+(?P<role>(?:[A-Z][^\W\d_]+[ ]){{0,2}}[A-Z][^\W\d_]+){int(number) + offset}(?!\d)")
            for found in (m for t in texts for m in calls.finditer(t)):
                role = fold(found["role"])
                office = fold(named["office"]).split() if named["office"] else [role.split()[-1]]
                if role.split()[-1] in self.names.titles and role.split()[-1] in office:
                    name = named["name"].rstrip(".")
                    self.footnoted_roles.setdefault(role.split()[-1], name)  # ("The Soviet Chargé": a chargé)
                    self.footnoted_roles.setdefault(role, name)

    @cached_property
    def record_states(self) -> set[str]:
        """The states whose records' marks the page carries (read only when an office of another state is weighed)."""
        return {office["state"] for office in _record_offices(self.record_context)}

    @cached_property
    def summary_roles(self) -> dict[str, str]:
        """The roles the archive's title and summary give one person each ("... the talks between Prime Minister
        Hosokawa and President Clinton ..."): after the page's own notes, the last resort, flagged."""
        return {role: one for role, names in self.summary_role_names.items() if (one := self._one_person(names))}

    @cached_property
    def summary_role_names(self) -> dict[str, set[str]]:
        """Every name the archive's title and summary give each role."""
        return self._named_roles(self.summary_text)

    def _named_roles(self, text: str) -> dict[str, set[str]]:
        """The persons a text names by a role, by role ("President Nixon", "the Ambassador of the PRC in the USSR
        Yu Hongliang", "Cde. Carlos Olivares Sanchez, Ambassador of the Republic of Cuba")."""
        named: dict[str, set[str]] = {}
        text = SECOND_PLACE.sub(r"\1", BRACKETED_OFFICE.sub(r"\1 ", text))  # "the Ambassador of the PRC in
        # the USSR Yu Hongliang"; "[North Korean Ambassador] Ri Dong-seon"
        # ("received the Ambassador Extraordinary and Plenipotentiary of the DPRK, Chong Kwang-sun, who ...": the
        # ambassador, his place and a comma before his name, as a title reads them)
        # (not before another's office: "given by the Ambassador of Finland, Ambassador Dobrynin and I ...")
        if "Ambassador" in text:
            text = plain = PLENIPOTENTIARY.sub("", text)
            text = ENVOY_PLACE_COMMA.sub(lambda m: m[0] if fold(plain[m.end():].split(" ", 1)[0]).rstrip(".")
                                         in self.names.titles else " ", plain)
        cased = sum(c.islower() for c in text) > sum(c.isupper() for c in text)  # (not a cable in capitals)
        for match in self.names.roles_in_title().finditer(text):
            if text[match.end("role"):match.end("role") + 2] in ("'s", "’s", "ʼs") and not match["bracket"]:
                continue  # "Secretary’s Memoranda of Conversation": the role owns what follows, it has no name
            linked = re.match(r"\s+(?:of|to|in)\b", text[match.end("role"):])
            placed = PLACE_THEN_BRACKET.match(text, match.end()) if linked and match["name"] else None
            if linked and not match["bracket"] and not placed and (len((match["name"] or "").split()) == 1
                                                                   or self._office_follows(text[match.end():])
                                                                   or match["name"] and text[match.end("role"):match.start(
                                                                       "name")].strip() == "in"
                                                                   and self._strip_place(match["name"]) == match["name"]):
                # ("assurances given King in New York last November": where, not who; not "Ambassador in Moscow
                # Kohler", the place and then the name)
                continue  # "welcomed the Secretary to Korea": where, not who (or a list run on: "The Shah of
                # Iran Ardeshir Zahedi, Ambassador of Iran")
            # ("Kohler’s"; "the Secretary of State of the United States of America, [Dean Rusk,]": the editor's name)
            # (in capitals too: "DEPUTY SECRETARY INGERSOLL'S SEPTEMBER 18 CONVERSATION", "MARTIN F. HERZ. END SUMMARY")
            name = re.split(r"['’ʼ][sS]\b", placed["bracket"] if placed else match["bracket"] or match["name"] or "")[0]
            name = self._strip_place(re.split(r"(?<=[^\W\d_]{2})\.\s", name)[0].strip(" .,"))  # ("... Tho. The Vice ...")
            name = re.sub(r"(?<=[a-z])\d{1,2}$", "", name)  # ("Prime Minister U Nu1": a footnote's number glued on)
            if not placed and not match["bracket"] and DAY_AHEAD.match(text, match.end()):
                name = MONTH_TAIL.sub("", name)  # ("talk with PriMin Nehru Nov 7 at his residence": the date, no name)
            if linked and not match["bracket"] and not placed and len(name.split()) == 1:
                continue  # "Deputy Foreign Minister of the People's Republic of China": a place's word, no name
            apposed = APPOSED_NAME.match(text, match.end()) if linked and name and fold(name.split()[-1]) in BODIES else None
            if apposed:  # "I received Ambassador of the Hungarian Peoples Republic, Prat Karoly at his request"
                name = apposed["name"]
            if re.fullmatch(r"[A-Z]{2,4}", name) and cased:
                continue  # "I told PriMin USG was giving ...": a telegram's acronym (the US Government), no name
            if self._not_a_person(name) or any(fold(w).rstrip(".") in self.names.titles for w in name.split()) \
                    or fold(name) in NATIONALITIES \
                    or not _plausible_name(name):  # ("AT THE END THE SENATOR THANKED BOTHA FOR HIS ...": capitals)
                continue  # "the Foreign Minister of Japan": a place, no name; "The Secretary Ambassador Richard T.
                # Davies ...": a list run on, another title inside the "name"
            if self.names.key(name).words and not _initials_of_a_body(name, match[0]) \
                    and fold(name.split()[-1]) not in BODIES:  # ("Chairman of the DPRK Cabinet")
                role = fold(match["role"]).rstrip(".")
                portfolio = name.split()[0] if linked and len(name.split()) >= 2 else ""
                if fold(portfolio) in OFFICE_OBJECTS:  # "Secretary of Defense McNamara": the Secretary of Defense,
                    role, name = f"{role} of {fold(portfolio)}", name.split(maxsplit=1)[1]  # not "the Secretary"
                named.setdefault(self.role_aliases.get(role, role), set()).add(name)  # ("AMB Kohler")
        for role, name in self._apposed_offices(text, APPOSED_AHEAD):  # ("I received Cde. Carlos Olivares Sanchez,
            named.setdefault(self.role_aliases.get(role, role), set()).add(name)  # Ambassador of the Republic of Cuba")
        return {role: {_uncapped(name) for name in names} for role, names in named.items()}  # ("INGERSOLL": Ingersoll)

    def _one_person(self, names: set[str]) -> str:
        """The fullest of ``names`` when they are forms of one person ("President George H. W. Bush", "President
        George H.W. Bush" and "President Bush" in one introduction), else ""."""
        keys = {name: self.names.key(name) for name in names}
        fullest = max(names, key=lambda name: (len(keys[name].words) + len(keys[name].initials), len(name), name))
        return fullest if all(keys[name].alike(keys[fullest]) for name in names) else ""

    def read_vocatives(self, turns: list[tuple[str, str]]) -> None:
        """The verbatim turns by label, for whom each addresses by name ("The press in the South is free to guess,
        Mr. Kim."): a side's label is the one person the page's summary names whom the other side so addresses (see
        ``_addressed``; read only when a side's label needs it)."""
        self.spoken_turns, self._spoken_label_words = turns, None

    def _converse(self, label: str, role: str) -> bool:
        """Do verbatim turns under this label ("President Menem:") and under the role alone ("The President:") follow
        each other, again and again? Then the two labels are two people in talk, not one person printed two ways (a record
        in reported speech may give one person's paragraphs one after another: "President Soeharto thanked ...",
        "The President went on to ...")."""
        named = _bare_role(label)
        labels = [(self.role_aliases.get(bare, bare), reported) for bare, reported in
                  ((_bare_role(printed), reported) for printed, reported in self.turn_labels)]
        return sum({first, second} == {named, role} and not (reported or reported_next)
                   for (first, reported), (second, reported_next) in zip(labels, labels[1:])) >= 2
        # (twice at least: once may be one person whose two turns a paragraph of narration parts)

    def _speaks_of(self, label: str, name: str) -> bool:
        """Do the turns printed under this label name this person by its office ("The President: ... I have great
        respect for President Gorbachev")? Then the label is someone else."""
        wanted, named = _bare_role(label), self._office_and_name(label, name)
        # ("President Ceausescu" in the President's turn: another)
        return named is not None and any(bare == wanted and named.search(folded) for bare, folded in self._folded_turns())

    def _told_apart(self, label: str, name: str) -> bool:
        """Does a turn speak of the office alone and of this person in it, as two ("Chnoupek thanked the Secretary
        and said ... Since his meeting with Secretary Rogers in 1972 ...")? Then the label is someone else."""
        wanted, named = _bare_role(label), self._office_and_name(label, name)
        if named is None:
            return False
        alone = re.compile(rf"\bthe[ ]+{re.escape(wanted.split()[-1])}\b(?![ -](?:general|of)\b)")  # (not "the
        # Secretary General"); in another's turn, since the office's own turns may name him both ways; and not where
        # the named one speaks ("President Nixon remarked that ...": he is here)
        return any(bare != wanted and alone.search(folded)
                   and any(not NAMED_SPEAKS.match(folded, found.end()) for found in named.finditer(folded))
                   for bare, folded in self._folded_turns())

    @staticmethod
    def _office_and_name(label: str, name: str) -> re.Pattern | None:
        """The office of a role label before this person's surname, folded: "secretary rogers", "president w. bush"."""
        wanted = _bare_role(label)
        if not wanted:
            return None
        return re.compile(rf"\b{re.escape(wanted.split()[-1])}[ ]+(?:\w\.[ ]?)*{re.escape(fold(name.split()[-1]))}\b")

    def _folded_turns(self) -> list[tuple[str, str]]:
        """Every turn's role as printed and its text, folded: made once for the turns the page has given."""
        if self._folded[0] is not self.page_turns:
            self._folded = (self.page_turns, [(_bare_role(printed), fold(text)) for printed, text in self.page_turns])
        return self._folded[1]

    def read_speech(self, text: str) -> None:
        """The speech's verbatim turns, read for ``speech_roles`` when a role-only label needs them."""
        self.speech_text, self._speech_roles = text, None

    @property
    def speech_roles(self) -> dict[str, str]:
        """The roles the speech itself gives one person, more than once and no one else ("I agree with Chairman
        Mao’s view ...", "Chairman Mao must come and see Angkor"): the last resort for a role-only label, flagged.
        (Read only when asked: scanning the whole speech cost a twentieth of parsing and linking a page.)"""
        if self._speech_roles is None:
            self._speech_roles = self._read_speech_roles(self.speech_text)
        return self._speech_roles

    def _read_speech_roles(self, text: str) -> dict[str, str]:
        named: dict[str, dict[str, int]] = {}
        for match in self.names.roles_in_title().finditer(text):
            if match["bracket"] or not match["name"] or re.match(r"\s+(?:of|to|in)\b", text[match.end("role"):]):
                continue
            name = self._strip_place(re.split(r"['’ʼ][sS]\b", match["name"])[0].split(".")[0].strip(" ,"))
            words = self.names.key(name).words
            if words and _plausible_name(name) and not self._not_a_person(name) \
                    and not any(fold(w).rstrip(".") in self.names.titles for w in name.split()):
                role = fold(match["role"]).rstrip(".")
                counts = named.setdefault(self.role_aliases.get(role, role), {})
                counts[name] = counts.get(name, 0) + 1
        return {role: next(iter(counts)) for role, counts in named.items()
                if len(counts) == 1 and next(iter(counts.values())) >= 2}

    def _read_bracketed_names(self, title: str) -> None:
        """FRUS's "... the President's Assistant for National Security Affairs (Kissinger) and the Soviet
        Ambassador (Dobrynin)": the surname in parentheses after an office names that person."""
        for match in re.finditer(r"(?<=[a-z])[ ]\([ ]?(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})[ ]?\)", title):
            name = match["name"]
            before = fold(title[:match.start()])  # "Ambassador", "Affairs (Kissinger)", "Minister of Pakistan (Bhutto)"
            office = re.findall(r"[\w’']+", before)[-2:]
            if not set(office) & OFFICES:
                office = re.findall(r"[\w’']+", re.sub(r"\s+(?:of|to|in|at)\s+(?:the\s+)?[\w’']+(?:\s+[\w’']+)?$", "",
                                                      before))[-2:]  # (or "the Representative at the United Nations")
            if not set(office) & OFFICES:
                continue  # "... of Mongolia (Fragments)": no office, no name
            if name not in self.context.title_people and fold(name) not in ROLE_WORDS:
                self.context.title_people.append(name)
                self._remember(name, self.lookup(name).entity)
                words = re.findall(r"[\w’']+", before)
                width = next((width for width in (3, 2, 1) if " ".join(words[-width:]) in self.names.titles), 0)
                # (a lesser office that holds the title's words: "the Under Secretary of State (Hoover)" is no
                # "Secretary of State")
                width += bool(width) and len(words) > width and words[-width - 1] in SUBORDINATE_OFFICE
                role = " ".join(words[-width:]) if width else ""
                if role and (role, name) not in self.context.title_roles:  # "The Ambassador" is Dobrynin
                    self.context.title_roles.append((role, name))

    def _not_a_person(self, name: str) -> bool:
        """Is this a place or a body the register knows ("Japan"), a state's name, or a date ("WITH THE PRESIDENT March
        8")?"""
        if CALENDAR_WORD.match(name) or name.split()[-1:] in (["People"], ["Republic"], ["Kingdom"], ["Union"]):
            return True  # (or a state's name, its possessive cut: "the Democratic People['s Republic of Korea]")
        if fold(name) in BUILDINGS or {fold(w) for w in name.split()[-1:]} & BUILDING_WORDS:
            return True  # "... Between the President and the Secretary of State, White House, Washington": where
        entity = self.register.resolve(name) if name else None
        return entity is not None and entity.type != "Person"

    def _strip_place(self, name: str) -> str:
        words = name.split()
        for width in (3, 2, 1):
            head = " ".join(words[:width])
            entity = self.register.resolve(head) if len(words) > width else None
            if entity is not None and entity.type == "Place":
                return " ".join(words[width:])
        return name

    def _read_headers(self, headers, participant_headers: set[str], role_headers: dict[str, str]) -> None:
        # the office the record's signature prints ("AMBASSADOR OF THE USSR IN CHINA"), folded
        self.signed_office = " ".join(fold(v) for h, v in headers if h == "Signature")
        # the one name that signs (a surname or a full name, alone: "Solaun"), if the signature is that
        signed = [_uncapped(CLASS_MARKS_AT_END.sub("", v).strip()) for h, v in headers if h == "Signature"]  # ("KAISER
        # CONFIDENTIAL NNN": the name, without the cable's class and end marks)
        self.signed_name = next((v for v in signed if v and "\n" not in v and 1 <= len(v.split()) <= 3
                                 and _plausible_name(v) and not set(fold(v).split()) & ROLE_WORDS), "")
        self.header_text = "\n".join(v for _, v in headers)  # (where a name a label gives by its initials may be)
        self.headings = "\n".join(v for h, v in headers if h == "Heading")  # (a record's own title lines)
        for header, value in headers:
            name = header.casefold().rstrip(".")
            role = role_headers.get(name)
            if role is None and not (name in participant_headers or set(name.split()) & self.participant_words):
                continue
            for side, block in _sides(value):
                # (two columns merged line by line: "Marshal Stalin Dr. [T.V.] Soong" holds two entries)
                for entry in (piece for line in _entries(block) for piece in MERGED_COLUMNS.split(line)):
                    participant = self._participant(entry, header, role)
                    if participant is not None:
                        participant.side = side
                        self.context.participants.append(participant)
        # a side's heading in the list ("• Poland", "• United States"): a place or a body, no participant
        self.context.participants = [p for p in self.context.participants
                                     if (found := self.register.resolve(p.name)) is None or found.type == "Person"]
        men = [self.names.key(p.name) for p in self.context.participants if not p.female]
        for participant in self.context.participants:
            if participant.female and len(self.names.key(participant.name).words) > 1 \
                    and any(self.names.key(participant.name).alike(man) for man in men):
                # "Madame Chiang Kai-shek" in a list with "President Chiang Kai-shek": his wife, a person of this
                # page by the name as printed, never he
                participant.name = " ".join(participant.printed.split(",")[0].split())
                participant.entity = None
                continue
            if participant.female and len(self.names.key(participant.name).words) == 1:
                participant.entity = self._registered_form(participant.name)  # ("Mrs. Thatcher")
                self._remember(participant.name, participant.entity)
                continue  # "Madame Sihanouk": a person of this page, by that name
            looked = self.lookup(participant.name, register_wide=not participant.female)
            if looked.method == REGISTER and SURNAME_GUESSED in looked.note:
                # "ARA—Mr. Rubottom, Mr. Snow": a surname alone that the register does not list as a form of anyone
                # is no guess at the one registered person of that surname (Edgar Snow): a person of this page
                looked = Resolution(None, PRINTED, looked.note, participant.name)
            participant.entity, participant.doubtful = looked.entity, looked.doubtful
            self._remember(participant.name, participant.entity)

    def _participant(self, entry: str, header: str, header_role: str | None) -> Participant | None:
        """The person in a participant entry and their role as printed: "Chairman of the People's Republic
        of China Liu Shaoqi", "Henry A. Kissinger, Secretary of State", "Madame Sihanouk". The name is
        the last run of capitalised words that are no title, office or place; an entry with none is no
        person ("Members of the delegation") and is left out: a participant is published as an attendee,
        so a doubtful one is not published."""
        entry = entry.strip(" |\t")  # (a table's cells, their pipes kept by a copy: "| The Secretary |")
        code = OFFICE_CODE_LEAD.match(entry) or OFFICE_CODE_GLUED.match(entry)
        if code:  # "NEA-Phillips Talbot": FRUS's office code, its dash printed as a hyphen, then the name (or its dash
            entry = f"{entry[code.end():]}, {code[1]}"  # lost: "ARAR.R. Rubottom, Jr.", "CMARobert A. Stevenson")
        if "," not in entry:  # "Philip C. Jessup—Ambassador at Large": a dash for the comma
            entry = re.sub(r"[ ]*[—–][ ]*", ", ", entry, count=1)
        alone = RUN_ON_ROLE.match(entry)
        if alone:  # "The President The Vice President James A. Baker, III, ...": an OCR's list run into one line, its
            # first entry the role alone (which no other entry holds), then the next entry
            self.context.unnamed_roles.append((fold(alone["role"]), header))
            return self._participant(entry[alone.end():], header, header_role)
        head, _, description = entry.partition(",")
        description = re.sub(r"^[ ]*(?:Jr|Sr|Jnr|Snr)\.,?[ ]*", "", description)  # ("Atherton, Jr., Assistant ...")
        if fold(head).strip(" .") in HONORIFICS and description:  # "His Royal Highness, Prince Sihanouk, Prime ...":
            head, _, description = description.strip().partition(",")  # the honorific, then the name
        if NAME_AFTER_OFFICE.fullmatch(description.strip()) and not NAME_AFTER_OFFICE.fullmatch(head.strip()) \
                and set(re.findall(r"[a-z]+", fold(head))) & OFFICE_WORDS:
            # "Min of Finance, Hon David Smith", "The Prime Minister, PW Botha": the office first, then the name
            head, description = description, head
        elif _office_then_name(head, description) and not self._not_a_person(description.strip()):
            # FRUS: "Under Secretary of State, Walter Bedell Smith", "Ambassador to Cambodia, Donald R. Heath"
            head, description = description, head
        state = NAME_OF_STATE.search(head)  # "Prime Minister Holyoake of New Zealand": a title and a name, then his
        named = self.names.split_title(head[:state.start()]) if state and " of " not in head[:state.start()] else ("", "")
        if state and all(named) and not _is_role(named[1]) and not {fold(w) for w in named[1].split()} & set(self.names.titles):
            head, description = head[:state.start()], f"{state['place']}, {description}".strip(" ,")  # (his state, not
            # a person "New Zealand"; not "The Chief of Protocol", "President Pak of the Republic of Korea")
        posted = AT_POST.search(head)  # "Third Secretary Kim Yonggyu at the Korean Embassy in Australia": the name,
        if posted and posted.start() > 0:  # then where the person serves
            head, description = head[:posted.start()], f"{head[posted.start():].strip()}, {description}".strip(" ,")
        head = " ".join(re.sub(r"\[[^\[\]]*\]|\([^()]*\)", " ", head).split())  # a gloss or another spelling
        head = re.sub(r"(?<=[a-z])\d{1,2}$", "", head)  # FRUS's note call-out: "Chairman Park Chung Hee2"
        head = re.sub(r"(?<=[a-z]{3})[A-Z]{2,5}$", "", head)  # (and its office code glued after: "Mr. MerchantEUR")
        head = POST_NOMINALS.sub("", head) if len(head.split()) > 2 else head
        head = RUN_ON_ENTRY_END.split(head, maxsplit=1)[0]  # ("... Ramis Alija Comrade Khrushchev opened the meeting")
        head = re.sub(r"^(\S+)[ ]+(?:and|AND)[ ]+(?:Mrs|MRS)\.?[ ]+", r"\1 ", head)  # "SENATOR AND MRS. CARL CURTIS": the senator
        title, rest = self.names.split_title(head)
        words = rest.split()
        run: list[str] = []
        for at, word in reversed(list(enumerate(words))):
            bare = fold(word).strip(".,;:")
            if run and word in NAME_PARTICLES and (not at or words[at - 1][:1].isupper() or words[at - 1] in NAME_PARTICLES):
                run.insert(0, word)  # "Hendrik Johannes van den Bergh": a particle inside the name (or first after
                # the title: "Foreign Minister de la Flor")
                continue
            if not _name_cased(word) or bare in ROLE_WORDS or bare in LOWER_LINKS or bare in STYLES:
                if run:  # (a style before the name is none of it: "The Hon. R.G. Casey")
                    break
                continue
            run.insert(0, word)
        lead = 0  # "LEE Hu-rak Director of KCIA": the name first, then the office, no comma
        while lead < len(words) and (_name_cased(words[lead]) and fold(words[lead]).strip(".,;:") not in ROLE_WORDS
                                     or lead and words[lead] in NAME_PARTICLES):
            lead += 1
        if 2 <= lead < len(words) and lead <= 4:
            run = words[:lead]
        at = len(words) - len(run)
        if run and at and fold(words[at - 1]) in MONARCHS and re.fullmatch(r"[A-Z]\.", run[0]):
            run, at = [words[at - 1], *run], at - 1  # "Sultan M. Khan": a given name; no monarch is printed with initials
        while run and at and (len(run) > 2 or len(run) == 2 and words[at - 1] == "of") \
                and fold(words[at - 1]) in LOWER_LINKS | OFFICE_OBJECTS and fold(run[0]).strip(".,;:") in OFFICE_OBJECTS:
            run, at = run[1:], at + 1  # "Secretary of Commerce Juanita Kreps": the office's object is no name (nor
            # before a surname alone: "Deputy Assistant Secretary of Defense Irwin")
        while sum(w not in NAME_PARTICLES for w in run) > 4:
            run = run[1:]
        name = self._strip_place(" ".join(run))
        if len(run) == 1 and at >= 1 and fold(words[at - 1]) in ("of", "to", "for"):
            name = ""  # "The Shah of Iran", "King of Nepal": the office's country, no name
        if name and (CALENDAR_WORD.match(name) or {fold(w) for w in re.split(r"[ \-]", name)} & EVENT_WORDS):
            return None  # a list's subject or date, its heading lost: "McNamara-Fairhall Conversation, 1100–1150
            # Hours, 14 September 1966" names no one who takes part
        if not name or not self.names.key(name).words:
            role = " ".join(w for w in head.split() if fold(w) != "the").strip(" .")
            if role and (title or _is_role(role)):  # "The President", "Prime Minister": a role, unnamed
                self.context.unnamed_roles.append((fold(role).rstrip("."), header))
            return None
        before = head[:head.rfind(" ".join(run))].strip()
        honorific = before.casefold().rstrip(".") in HONORIFICS and before.casefold().rstrip(".") not in self.female
        printed_role = ", ".join(r for r in ("" if honorific else before, description.strip()) if r)
        female = bool(set(re.findall(r"[a-z]+", fold(before))) & self.female)
        if female and len(name.split()) == 1:
            name = f"{before} {name}"
        return Participant(entry, name, header_role or printed_role, header, female=female)

    # -- resolving ----------------------------------------------------------
    def lookup(self, name: str, register_wide: bool = True, men_only: bool = False, by_surname: bool = False,
               no_wives: bool = False) -> Resolution:
        """A printed name (no role) against the register's exact full names, then what this page has
        named (registered or not), then the register's forms by key. A single word ("Kapo") is read
        in the page's context first: the page may name a Kapo the register does not know. ``by_surname``:
        a single word that several persons of the page fit is the one whose surname it is. ``no_wives``: not a
        woman the page names only by a woman's title and a surname ("Mrs. Shultz" is not "Secretary Shultz")."""
        if not name:
            return Resolution(None, UNRESOLVED, "no name")
        if (cjk := CJK_SURNAME_ROLE.fullmatch(name)) and len(heads := set(re.findall(
                rf"{cjk['surname']}[\u4e00-\u9fff]{{1,2}}(?={cjk['role']})", f"{self.title}\n{self.notes_raw}"))) == 1:
            # "金首相:" under the title "毛泽东主席会见金日成首相的谈话": the surname and the office of the title's
            # "金日成首相", Kim Il Sung
            whole = heads.pop()
            found = self.lookup(whole, register_wide, men_only, by_surname, no_wives)
            if found.entity is not None:
                return replace(found, method=TITLE, note=f"{name!r}: the title or the notes name {whole}{cjk['role']}")
        if len(name) == 1 and "\u4e00" <= name <= "\u9fff" and (initialled := self._cjk_initial(name)) is not None:
            return initialled
        if (named_office := CJK_NAME_ROLE.fullmatch(name)) \
                and (titled_person := self.register.resolve(named_office["name"])) is not None \
                and titled_person.type == "Person":
            # "崔庸健委员长:", "陳毅副總理:": the register's name, then the office the label adds to it
            return Resolution(titled_person, REGISTER, f"register form {named_office['name']!r}, then the office "
                              f"{named_office['role']!r}")
        exact = self.register.resolve(name)
        if exact is not None and exact.type == "Person" and len(name.split()) > 1:
            return Resolution(exact, REGISTER, f"register form {name!r}")
        key = self.names.key(name)
        if key in self.misspelt:  # (remembered as that person's form: no "named earlier" without the doubt)
            return self.misspelt[key]
        named: dict[str, Resolution] = {}
        surnamed: set[str] = set()  # (of those, the persons a single word names by their surname)
        for form, entity in self.seen:
            if key.names(form) and not self._other_patronymic(key, entity):
                named.setdefault(entity.slug, Resolution(entity, DOCUMENT, f"{name!r} fits {entity.label}, "
                                                                         "named earlier in this document"))
                if len(key.words) == 1 and _surname_of(key.words[0], entity, [form]):
                    surnamed.add(entity.slug)
        for form, full in self.local:
            if men_only and fold(full.split()[0]) in self.female \
                    or no_wives and len(full.split()) == 2 and fold(full.split()[0]).rstrip(".") in self.female:
                continue  # "Sihanouk" printed bare is not "Madame Sihanouk"
            if key.names(form):
                named.setdefault(" ".join(form.words), Resolution(None, DOCUMENT, f"{name!r} fits {full}, named "
                                                                  "earlier in this document", full))
                if len(key.words) == 1 and form.words[-1:] == key.words:
                    surnamed.add(" ".join(form.words))
        if by_surname and len(named) > 1 and len(surnamed) == 1:
            # "Asad" of a page that lists "President Hafez al-Asad" and the notetaker "Asad Elias": a word alone is
            # the surname of one of them, the given name of the other
            named = {k: r for k, r in named.items() if k in surnamed}
        local = [k for k, r in named.items() if r.entity is None]
        fuller = max(local, key=lambda k: len(k.split()), default="")
        if len(local) > 1 and all(set(k.split()) < set(fuller.split()) for k in local if k != fuller):
            # the title's "Prime Minister Okada" and the list's "Prime Minister Ichiro Okada": one person, the
            # page's fuller name (when the register knows neither)
            for k in local:
                if k != fuller:
                    del named[k]
        if len(named) == 1:
            found = next(iter(named.values()))
            return (self._spelt_as_registered(found.name) if found.entity is None else None) or found
        if len(named) > 1 and len(key.words) == 1:
            # "Toure" after "Sekou Toure" spoke, on a page that also lists Ismael Toure: the registered one who has
            # spoken (no label's stray words), said
            spoken = {r.entity.slug for r in self._resolved.values() if r.entity}
            spoke = [found for k, found in named.items() if k in spoken and found.entity]
            if len(spoke) == 1 and spoke[0].entity:
                return replace(spoke[0], note=f"{name!r} fits several persons of this document; read as "
                               f"{spoke[0].entity.label}, the one of them who has spoken", doubtful=True)
        registered = [found.entity for found in named.values() if found.entity is not None] \
            if len(named) > 1 and len(key.words) == 1 and fold(name) in self.title_words else []
        if len(registered) == 1 and registered[0] in (p.entity for p in self.context.participants):
            # "Nehru:" on a page whose participant list holds Jawaharlal Nehru (registered) and R.K. Nehru (not), and
            # whose title names a Nehru: most likely the one the register knows; flagged, as a guess
            return Resolution(registered[0], DOCUMENT, f"{name!r} fits several persons of this document; read as "
                              f"{registered[0].label}, the one of them the register knows, listed as taking part",
                              doubtful=True)
        listed = [p for p in self.context.participants if key.names(self.names.key(p.name))]
        in_title = [r for r in named.values() if _name_of(r) and _words_folded(_name_of(r)) in _words_folded(self.title)] \
            if len(named) > 1 and len(key.words) == 1 and len(listed) != 1 else []
        if len(in_title) == 1:  # "KIM:" of a page titled "Conversation with Kim Yeong-ju", which lists two more Kims: the
            # title's, flagged (the one listed person of that name goes first: "Vorster" of "Balthazar Johannes Vorster")
            return replace(in_title[0], note=f"{name!r} fits several persons of this document; read as "
                           f"{_name_of(in_title[0])}, whom the title names in full", doubtful=True)
        if len(named) > 1:
            return Resolution(None, UNRESOLVED, f"{name!r} fits several persons of this document: "
                                                + ", ".join(r.name or (r.entity.label if r.entity else "")
                                                           for r in named.values()))
        if not register_wide:
            return Resolution(None, PRINTED, "the name as printed: a person of this page", name)
        usual = self.usual_bearers.get((key.words[0], False)) if exact is not None and len(key.words) == 1 else None
        bearer = self.register.resolve(usual) if usual and fold(usual) != fold(exact.label if exact else "") else None
        if bearer is not None and bearer.type == "Person":
            # "(MacArthur)" of a record of 1954: the general's alias, but his nephew at the State Department then
            return Resolution(bearer, REGISTER, f"{name!r}: read as {bearer.label}, whom the records of the page's "
                              f"date mean by it alone (not the register's {exact.label if exact else ''})", doubtful=True)
        if exact is not None and exact.type == "Person":
            return Resolution(exact, REGISTER, f"register form {name!r}")
        near = [(form, e) for form, e in self.index.near(key) if key.names(form) and not self._other_patronymic(key, e)]
        matches = _unique(e for _, e in near)
        # a name of three words or more is guessed only from its first ("Kim:" is Kim Il Sung, "Sung:" is not:
        # "Sung" may be another person's surname, as "Mr Sung" of the Chinese embassy in London)
        if len(key.words) == 1:
            matches = _unique(e for form, e in near if len(form.words) < 3 or form.words[0] == key.words[0]
                              or key.initials and tuple(w[0] for w in form.words[:len(key.initials)]) == key.initials
                              or len(form.words) == 3 and PATRONYMIC.search(form.words[1])
                              and form.words[2] == key.words[0])
            # (or its initials are the form's first words': "Л. И. Брежнев" is "Леонид Ильич Брежнев"; or it is the
            # surname after a Russian patronymic: "Хрущев." is "Никита Сергеевич Хрущёв")
        if len(matches) == 1 and len(key.words) == 1 and not key.initials and key.words[0] not in self.title_words:
            # "Zhu:" on a page that names no Zhu: the register's one Zhu is a guess, flagged for a curator; but
            # never when the page's narration names another of that surname in full ("PRC Ambassador Qiao
            # Xiaoguang" is not the register's Qiao Guanhua)
            if not _surname_of(key.words[0], matches[0], [form for form, e in near if e is matches[0]]):
                # "Comrade Karl" (Head of the China Section) is not the register's Karl Kautsky: a word that is
                # only a given name of the registered person is no guess at all
                return Resolution(None, PRINTED, f"{name!r} is only a given name of the register's {matches[0].label}: "
                                  "the name as printed", name)
            other = self._other_in_notes(key.words[0], matches[0])
            if other:
                return Resolution(None, DOCUMENT, f"{name!r}: the page's narration or notes name {other}, whom the "
                                  f"register does not know (its {matches[0].label} is another)", other, doubtful=True)
            envoy = self._printed_as_envoy(key.words[0])
            if envoy and not DIPLOMATIC_POST.search(matches[0].note or ""):
                # "CANADIAN AMBASSADOR FORD" of 1975 is not the register's Gerald Ford, whose note gives him no post
                # abroad: the name as printed, flagged (a wrong link is worse than none)
                return Resolution(None, PRINTED, f"{name!r}: the page prints {envoy}, a post the register does not give "
                                  f"its {matches[0].label}", name, doubtful=True)
            return Resolution(matches[0], REGISTER, f"{name!r}, {SURNAME_GUESSED}, read as "
                                                    f"the register's {matches[0].label}", doubtful=True)
        if matches and len(key.words) == 1 and not key.initials \
                and not any(_surname_of(key.words[0], m, [form for form, e in near if e is m]) for m in matches):
            # "Premier Hua" of a title that names him so is not the register's Huang Hua: a given name is no surname
            # (nor "Mr. Douglas" the register's Douglas MacArthur or Douglas MacArthur II)
            return Resolution(None, PRINTED, f"{name!r} is only a given name of the register's "
                              + ", ".join(m.label for m in matches) + ": the name as printed", name)
        if len(matches) == 1:
            # (a surname alone that the title prints too, in a name that is not this one's: "Qiao" on a page whose
            # title names Qiao Xiaoguang, not the register's Qiao Guanhua: flagged for a curator)
            namesake = len(key.words) == 1 and key.words[0] in self.title_words \
                and not set(self.names.key(matches[0].label).words) <= self.title_words \
                and not any(set(form.words) <= self.title_words for form, e in near if e is matches[0] and len(form.words) > 1)
            # (the title may print the person in a form the register lists: "Mikhaïl Gorbatchev", a French record's)
            titled = self._title_namesakes(name, key, matches) if namesake else set()
            if len(titled) == 1:  # "Ambassador Wang" under a title that names "Ambassador ... Wang Bingnan": he,
                full = titled.pop()  # not the register's Wang Jiaxiang
                return Resolution(None, DOCUMENT, f"{name!r}: the title names {full}, not the register's "
                                  f"{matches[0].label}", full)
            post = self._post_abroad(key.words[0].title()) if namesake else ""
            if post and not DIPLOMATIC_POST.search(matches[0].note or ""):
                # "The Ambassador in Turkey (Wilson)" of 1945 is not the register's Harold Wilson, whose note gives him
                # no post abroad: the name as printed, flagged (a wrong link is worse than none)
                return Resolution(None, PRINTED, f"{name!r}: the title names {post} ({name}), a post the register "
                                  f"does not give its {matches[0].label}", name, doubtful=True)
            offices = self._offices_before(key.words[0].title()) & STAFF_RANKS if namesake else set()
            if offices and matches[0].note and not set(re.findall(r"[a-z]+", fold(matches[0].note))) & offices:
                # "... CALLED ON EUR/EE DIRECTOR SCHMIDT": a director, not the register's Helmut Schmidt, whose note
                # gives him no such rank (a wrong link is worse than none: the name as printed, flagged; a leader's
                # office is not compared, as notes and pages name it in too many ways: "PM Chou", "Premier")
                return Resolution(None, PRINTED, f"{name!r}: the page prints {', '.join(sorted(offices))} {name}, an "
                                  f"office the register does not give its {matches[0].label}", name, doubtful=True)
            # (an initial read as a given name, another given name skipped: "M. Khan" fits Mohammad Ayub Khan, but may
            # be Sultan M. Khan; "N.S. Khrushchev" leaves nothing out)
            skipped = bool(key.initials) and min(len(form.words) for form, e in near if e is matches[0]) \
                > len(key.initials) + len(key.words)
            return Resolution(matches[0], REGISTER, f"{name!r} fits the register's {matches[0].label}"
                              + (" (the title names another of that name)" if namesake else "")
                              + (" (its initials leave out a given name: confirm it)" if skipped else ""),
                              doubtful=namesake or skipped)
        if len(matches) > 1 and len(key.words) == 1 and len(titled_in_full := [
                e for e in matches if set(self.names.key(e.label).words) <= self.title_words]) == 1:
            # "Qiao" on a page whose title names Qiao Xiaoguang in full: of the register's Qiaos, the title's
            return Resolution(titled_in_full[0], REGISTER, f"{name!r}: the title names the register's "
                              f"{titled_in_full[0].label} in full")
        if len(matches) > 1 and len(key.words) == 1 and key.words[0] in self.title_words \
                and not any(set(self.names.key(e.label).words) <= self.title_words for e in matches) \
                and not any(_words_folded(form) in self.notes_text for e in matches for form in (e.label, *e.aliases)
                            if len(form.split()) >= 2) \
                and len(titled := self._title_namesakes(name, key, matches)) == 1:
            # "Chargé d’Affaires Huang" under a title that names "Chargé d’Affaires Huang Wenyou": he, not the
            # register's Huang Hua or Huang Zhen (unless the notes name one of theirs in full: "Fidel Castro spoke")
            full = titled.pop()
            return Resolution(None, DOCUMENT, f"{name!r}: the title names {full}, not the register's "
                              + ", ".join(e.label for e in matches), full)
        if len(matches) > 1 and len(key.words) == 1 and not key.initials and len(by_surname_only := [
                e for e in matches if _surname_of(key.words[0], e, [f for f, m in near if m is e])]) == 1 \
                and not self._other_in_notes(key.words[0], by_surname_only[0], others=matches):
            # "Premier Hua": the register's Hua Guofeng, whose surname it is, not Huang Hua, whose given name it is
            return Resolution(by_surname_only[0], REGISTER, f"{name!r}, {SURNAME_GUESSED}, read as the register's "
                              f"{by_surname_only[0].label} (for the others it is no surname)", doubtful=True)
        if len(matches) > 1 and len(key.words) == 1 and not key.initials:
            # "Ambassador Li" of a page whose notes name Li Zewang, though the register knows a Li Xiannian and a "Li
            # Guangyao" (Lee Kuan Yew): the page's own Li, none of theirs
            others = {self._other_in_notes(key.words[0], e) for e in matches}
            if len(others) == 1 and (other := others.pop()):
                return Resolution(None, DOCUMENT, f"{name!r}: the page's narration or notes name {other}, whom the "
                                  "register does not know (its " + ", ".join(e.label for e in matches) + " are others)",
                                  other, doubtful=True)
        named_in_notes = [e for e in matches if any(_words_folded(form) in self.notes_text
                                                    for form in (e.label, *e.aliases, *_initialled(e.label))
                                                    if len(form.split()) >= 2)] \
            if len(matches) > 1 else []
        if len(named_in_notes) == 1:  # "[Text] Commander in Chief Fidel Castro spoke ..."
            return Resolution(named_in_notes[0], DOCUMENT, f"{name!r} fits " + ", ".join(e.label for e in matches)
                              + f"; the page's notes or narration name {named_in_notes[0].label} (in full, or by an "
                              "initial)", doubtful=True)
        holder = self._holder_then(name, matches) if len(matches) > 1 and len(key.words) == 1 \
            and not key.initials else None
        if holder is not None:  # "Vice Minister Han" of 1978: Han Nianlong, "Vice Minister of Foreign Affairs 1964-1982"
            return holder
        usual = self.usual_bearers.get((key.words[0], False)) if len(matches) > 1 and len(key.words) == 1 \
            and not key.initials else None
        bearer = self.register.resolve(usual) if usual else None
        if bearer is not None and bearer in matches:  # "Castro:" of a page that names no Castro in full
            return Resolution(bearer, REGISTER, f"{name!r} fits " + ", ".join(e.label for e in matches) + "; read as "
                              f"{bearer.label}, whom the records of the page's date mean by it alone", doubtful=True)
        if len(matches) > 1:
            return Resolution(None, UNRESOLVED, f"{name!r} fits " + ", ".join(e.label for e in matches))
        return self._misspelt(key, name) or self._letters_lost(name) \
            or Resolution(None, PRINTED, "the name as printed: a person the register "
                                                                      "does not know", name)

    def _holder_then(self, surname: str, matches: list[Entity]) -> Resolution | None:
        """A surname several registered persons share, which the page gives one office ("Vice Minister Han", in a
        label, the title or the narration): the one of them whose register note gives that office with years that
        hold the record's date (Han Nianlong, "Vice Minister of Foreign Affairs 1964-1982", for a record of 1978; not
        Han Xu), flagged; None without a date, or when none or several do. (Without the years, "Foreign Minister
        Pak" of 1965 would be Pak Hon-yong, foreign minister 1948-1953.)"""
        if not self.record_date:
            return None
        year = int(self.record_date[:4])
        text = "\n".join([self.title, self.notes_raw, *(printed for printed, _ in self.page_turns)])
        offices = {fold(m["office"]) for m in re.finditer(
            rf"\b(?P<office>(?:Vice[ ]|Deputy[ ]|First[ ])?(?:Foreign[ ]Minister|Prime[ ]Minister|Premier|President"
            rf"|Chairman|Chancellor|Minister|Defen[cs]e[ ]Minister|Secretary[ ]of[ ]State|Ambassador))[ ]+"
            rf"{re.escape(surname)}\b", text)}
        if len(offices) != 1:
            return None
        office = offices.pop()
        years = re.compile(rf"\b{re.escape(office)}\b[^.;()]{{0,40}}?\(?(?P<start>\d{{4}})[ ]*[-–][ ]*(?P<end>\d{{4}})")
        notes = {e.slug: (e.note or "").casefold() for e in matches}  # (not folded: that drops the years' dash)
        holding = [e for e in matches if any(  # (not "Vice Minister ..." for "Minister", as in _first_office)
            int(m["start"]) <= year <= int(m["end"])
            and not notes[e.slug][:m.start()].rstrip().endswith(QUALIFIERS + OTHER_OFFICE_LEADS)
            for m in years.finditer(notes[e.slug]))]
        if len(holding) != 1:
            return None
        return Resolution(holding[0], REGISTER, f"{surname!r} fits " + ", ".join(e.label for e in matches) + f"; the "
                          f"page prints {office.title()} {surname}, and the register gives that office in "
                          f"{self.record_date[:4]} to {holding[0].label} only", doubtful=True)

    def _described_as(self, nation: str, office: str | None = None) -> set[str]:
        """The persons the page's narration describes by this nationality, in a few words after their name and a comma
        ("B. Pimenov, Minister-counselor of the Soviet Embassy", "I.N. Dudoladov, Soviet first secretary"), other than
        the record's author; with an office, only those it describes so ("Zeng Yongquan, Ambassador of the Chinese
        P. R." for "the Chinese ambassador")."""
        author = self.names.key(self.author_name)
        found = set()
        for match in re.finditer(rf"(?P<name>{INITIALLED_NAME}),[ ]+"
                                 rf"(?:[\w’'\-]+[ ]+){{0,4}}?{re.escape(nation.title())}\b", self.notes_raw):
            if office and fold(office.split()[0]) not in fold(match[0][len(match["name"]):]) \
                    and not re.match(rf"[ ]+{re.escape(office.split()[0])}(?![^\W\d])", self.notes_raw[match.end():], re.I):
                continue  # (the office before the nationality, or right after it: ", Yugoslav Ambassador")
            name = match["name"]  # (two words or more: "Moreover, the Soviet ...", "Pyongyang, ...": no person)
            own = re.match(rf"(?:[ ]+[A-Z][\w’'\-]*){{1,3}}[ ]+{NOT_HONORIFIC}(?P<name>{INITIALLED_NAME})",
                           self.notes_raw[match.end():])
            if own:  # "in a conversation with A. Lazar, the Czech Second Secretary M. Hoholushek said": the office
                name = own["name"]  # has its own name after it, whom it describes
            if len(name.split()) >= 2 and _plausible_name(name) and not self._not_a_person(name) \
                    and not self.names.key(name).alike(author) \
                    and not any(fold(w).rstrip(".") in self.names.titles for w in name.split()):
                found.add(name)
        # (or the nationality and the role before the name: the archive's summary's "Soviet diplomat Tsvetkov tells ...",
        # the narration's "Chinese Ambassador Hao Deqing" for "the Chinese ambassador")
        roles = f"(?i:{re.escape(office)})" if office else "(?:diplomat|official|interlocutor)"
        # (an office only in the narration: the title's "Indian Ambassador Panikkar" is read as the title's, with its role)
        for match in re.finditer(rf"\b{re.escape(nation.title())}[ ]+{roles}[ ]+{NOT_HONORIFIC}(?P<name>{INITIALLED_NAME})",
                                 self.notes_raw if office else f"{self.notes_raw}\n{self.summary_text}"):
            if _plausible_name(match["name"]) and not self.names.key(match["name"]).alike(author) \
                    and not any(self.names.key(match["name"]).fits(self.names.key(other)) for other in found):
                found.add(match["name"])
        return found

    def _titled_in_notes(self, surname: str, title: str) -> str:
        """The one full name with this surname that the notes print beside the label's office, before or after a
        comma ("Huang Hua, Foreign Minister", "Foreign Minister Huang Hua"), or ""."""
        office = re.escape(re.sub(r"^the\s+", "", title.strip().rstrip("."), flags=re.I))
        found = set()
        notes = f"{self.notes_raw}\n{self.summary_text}"
        for run, name in self._full_names(notes):
            if not _plausible_name(name) or any(fold(w) in self.names.titles or fold(w) in TITLE_LINKS
                                                for w in name.split()):
                continue
            key = self.names.key(name)
            if 2 <= len(key.words) <= 4 and fold(surname) in (key.words[0], key.words[-1]) and (
                    re.match(rf",?[ ]+{office}\b", notes[run.end():run.end() + 60], re.I)
                    or re.search(rf"\b{office}[ ]+\S", run[0], re.I)):
                found.add(name)
        return next(iter(found)) if len(found) == 1 else ""

    def _full_names(self, notes: str) -> Iterator[tuple[re.Match, str]]:
        """The runs of capitalised words the notes print, each with the name it holds past its title ("PRC Ambassador
        Qiao Xiaoguang": "Qiao Xiaoguang"), but a possessive's and an event's or a body's ("Premier Zhou's Fourth
        Conversation", "Zhou Meeting")."""
        for run in FULL_NAME.finditer(notes):
            name = self.names.split_title(run[0])[1]
            words = name.split()
            while words and fold(words[0]) in SENTENCE_OPENERS:  # ("Today Castro received me": Castro)
                words = words[1:]
            name = " ".join(words)
            if not name:
                continue  # (openers alone: "Then Later he said" names no one)
            # (a list's lines run together: "Counsellor Kyu Ran Choi First Secretary Pil Shik Chin": the name ends
            # before the next title)
            cut = next((i for i in range(1, len(words)) if fold(words[i]).rstrip(".") in self.names.titles
                        or i + 1 < len(words) and (fold(f"{words[i]} {words[i + 1]}") in self.names.titles
                                                   or fold(words[i]) in OFFICE_LEADS | {"acting", "chief", "special"}
                                                   and fold(words[i + 1]).rstrip(".") in self.names.titles)),
                       len(words))
            if cut < len(words) and not {fold(w) for w in words[:cut]} & NATIONALITIES \
                    and not any(re.fullmatch(r"[A-Z][a-z]+(?:es|ed)", w) for w in words[:cut]):
                name = " ".join(words[:cut])  # (not "Zhang Receives Indian" of "... Zhang Receives Indian Ambassador")
            if not re.search(r"['’ʼ]s\b", notes[run.start():run.end() + 2]) \
                    and not any(fold(w) in EVENT_WORDS | BODIES | HOLDINGS for w in name.split()):
                yield run, name

    def _names_in_capitals(self, text: str, surname: str) -> set[str]:
        """The full names a text in capitals prints with this surname first, up to a word that is no name's
        ("PRESIDENT CHOI KYU-HA NOVEMBER 3": "Choi Kyu-ha"; "FOREIGN MINISTER PARK TONG-JIN": "Park Tong-jin"). (A
        given name before the surname is not looked for: "THE SENATOR THANKED PARK" has a verb there.)"""
        def name_word(word: str) -> bool:  # (no verb: "PARK EXPRESSED CONCERN", "PARK CONTINUING")
            return not (FUNCTION_WORD.fullmatch(word) or CALENDAR_WORD.fullmatch(word) or SPEECH_WORD.fullmatch(word)
                        or re.search(r"(?:ED|ING|LY)$", word) and "-" not in word  # ("HSIAO-PING": a syllable)
                        or fold(word).rstrip(".") in self.names.titles or fold(word) in BODIES or not word.isalpha()
                        and not re.fullmatch(r"[A-Z]+(?:[-’'][A-Z]+)+", word))
        caps = re.escape(surname.upper())
        found = set()
        for match in re.finditer(rf"(?<![\w-]){caps}((?:[ ][A-Z][A-Z’'\-]+){{1,2}})", text):
            rest = list(itertools.takewhile(name_word, match[1].split()))
            if rest:
                found.add(_uncapped(" ".join([surname.upper(), *rest])))
        for match in re.finditer(rf"\b([A-Z]+)[ ]([A-Z][A-Z’'\-]+)[ ]{caps}(?![\w-])", text):
            # (or last, after an office: "VIETNAMESE AMBASSADOR NGUYEN XUAN" is Nguyen Xuan, not the register's Xuan Thuy)
            if fold(match[1]) in self.names.titles and name_word(match[2]):
                found.add(_uncapped(f"{match[2]} {surname.upper()}"))
        return {name for name in found if _plausible_name(name)}

    def _title_namesakes(self, name: str, key: Key, matches: list[Entity]) -> set[str]:
        """The names in two words in the title with ``name``'s surname that are none of ``matches``
        ("Ambassador ... Wang Bingnan" where the register knows a Wang Jiaxiang)."""
        surname = re.escape(name.split()[-1])  # (its two words in the title, the surname first or last: a word
        # that is no English word of a title's ("Deng Meeting", "Hoxha Concerning"), no compound ("Zhivkov-Fidel
        # Castro"), no place ("Poland Wang"), and with the printed initial if any ("F. Castro")
        # (no acronym either: "the DPRK Qiao Xiaoguang" is Qiao Xiaoguang; both orders looked for, overlapping)
        other = r"[A-Z][a-z][\w’']*(?<!ing)(?<!ion)(?<!ions)(?<!ment)(?<!ments)(?<!ship)(?<!ence)(?<!ance)(?:-[a-z][\w’']*)?"
        # (and "Poland Wang" is no name where "Wang" goes on: "Ambassador to Poland Wang Bingnan")
        # (nor a place after an office's "to": "Ambassador to Cuba Alekseev")
        return {n for form in (rf"{surname}[ ]{other}",
                               rf"(?<!\bto[ ])(?<!\bin[ ])(?<!\bof[ ]){other}[ ]{surname}(?![ ][A-Z][a-z])")
                for n in re.findall(rf"(?<![\w-]){form}(?![\w-])", self.title)
                if not any(self.names.key(n).alike(self.names.key(e.label)) for e in matches)
                and len(self.names.key(n).words) == 2  # (no title: "Ambassador Wang" is one word)
                and not {fold(w) for w in n.split()} & (EVENT_WORDS | HOLDINGS | OFFICE_OBJECTS)
                # ("Castro Interview With ...", "Minister of National Defense Chiang's Visit")
                and not any((e := self.register.resolve(w)) is not None and e.type != "Person" for w in n.split())
                and (not key.initials or fold(n)[:1] == key.initials[0])}

    def _other_in_notes(self, surname: str, entity: Entity, others: Sequence[Entity] = ()) -> str:
        """A full name the notes or narration print with this surname, first or last, that is none of the
        entity's forms (nor of ``others``, registered persons it may be the given name of): "" if none, or if
        they name several."""
        forms = [self.names.key(form) for e in (entity, *others) for form in (e.label, *e.aliases, *(n for _, n in e.names))]
        found = set()
        notes = f"{self.notes_raw}\n{self.summary_text}"  # (or the archive's summary)
        notes = re.sub(r"(?<=[a-z])[ ]\[[A-Z][a-z]+\](?=[ ][A-Z])", "", notes)  # ("Minister Geun [Kun] Park": a gloss)
        notes = re.sub(r"(?<=[a-z])[ ]\[[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}\](?![ ][A-Z])", "", notes)  # ("Kim
        # Seung-hwa [Kim Sung Hwa] had come ...": the other romanisation, of the same man)
        for name in self._names_in_capitals(notes, surname):  # ("ACTING PRESIDENT CHOI KYU-HA NOVEMBER 3")
            key = self.names.key(name)
            if not any(key.names(form) or form.names(key) for form in forms):
                found.add(name)
        if found and any(any(key.names(form) or form.names(key) for form in forms) for key in map(
                self.names.key, self._names_in_capitals(" ".join(f"{self.title}\n{notes}".split()), surname))):
            found = set()  # (a text in capitals that names the registered one in full, "VICE PREMIER TENG\nHSIAO-PING",
            # means him by the surname too: "THE DELEGATION FOUND TENG BRISK, FRIENDLY" names no other Teng)
        for _, name in self._full_names(notes):
            if any(fold(w) in self.names.titles for w in name.split()[1:]):
                continue  # ("President Ngo" / "Your Excellency's kindness": two sentences, no name)
            if name.split()[0] == "Said" and re.search(rf"(?:^|[.;:][ ]+){re.escape(name)}\b", notes) \
                    and not re.search(rf"(?<![.;:][ ])(?<!^){re.escape(name)}\b", notes):
                continue  # ("... in conference. Said Chou had described ...": a cable's "[He] said", no "Said Chou";
                # "Said" as a given name is printed inside sentences too)
            key = self.names.key(name)
            if 2 <= len(key.words) <= 4 and surname in (key.words[0], key.words[-1]) and _plausible_name(name) \
                    and not any(key.names(form) or form.names(key) or _ocr_slip(key, form)
                                for form in forms):  # (not "Park Nov 6": a date; nor an OCR's "Ho Chi Mlnh")
                found.add(name)
        if found and any(_words_folded(form) in self.notes_text for form in (entity.label, *entity.aliases)
                         if len(form.split()) >= 2):
            # ("Zhao Ziyan" of an OCR'd participant list, on a page whose narration names "Zhao Ziyang" in full: his
            # name a letter short, no other Zhao)
            found = {n for n in found if not any(_one_letter_off(self.names.key(n), form) for form in forms)}
        head = fold(f"{self.title}\n{self.summary_text}")
        if found and any(len(n.split()) >= 2 and re.search(rf"\b{re.escape(fold(n))}\b", head)
                         for n in (entity.label, *entity.aliases, *(x for _, x in entity.names))):
            return ""  # (the title or the archive's summary names the registered one in full: "Zhou Enlai's Brief
            # Statement ...": his "Premier Zhou", though the record names another Zhou, a suspect, in passing)
        one = [name for name in found if not any(other != name and _one_letter_off(self.names.key(name), self.names.key(
            other)) and (notes.count(other), other) > (notes.count(name), name) for other in found)]
        # ("Kim Sung-hwa" once, of the "Kim Seung-hwa" the page names thrice: one man, a letter off)
        return one[0] if len(one) == 1 else ""

    def _printed_as_envoy(self, surname: str) -> str:
        """"Ambassador Ford" (or "Chargé Ford", "Envoy Ford"), as the title, the notes or the turns print this surname
        (folded) after a diplomat's title; "" if they never do."""
        texts = [self.title, self.notes_raw, *(f"{label}\n{text}" for label, text in self.page_turns)]
        pattern = re.compile(rf"\b(?:ambassador|envoy|charge(?:[ ]d['’ʼ]affaires)?)[ ]+{re.escape(surname)}\b")
        found = next((m for text in texts if (m := pattern.search(fold(text)))), None)
        return " ".join(found[0].split()) if found else ""

    def _post_abroad(self, surname: str) -> str:
        """The post abroad that a FRUS heading gives this surname in parentheses ("The Ambassador in Turkey (Wilson)",
        "The Chargé in China (Smyth)"), as printed; "" if none."""
        found = POST_ABROAD.search(self.title) if f"({surname})" in self.title else None
        return found[0].split(" (")[0] if found and found["surname"] == surname else ""

    def _offices_before(self, surname: str) -> set[str]:
        """The office words the title or the notes print before this surname ("Subj: Interview with President Park Nov
        6", "Vice Premier Chen"), folded."""
        declared = "\n".join(self.shorts)  # (or a declaration: "Chancellor Schmidt (S)")
        found = re.findall(rf"\b((?:[A-Z][a-z]+[ ]+){{1,2}}){re.escape(surname)}\b",
                           f"{self.title}\n{self.notes_raw}\n{declared}", flags=re.I)
        return {w for words in found for w in re.findall(r"[a-z]+", fold(words))} & (OFFICES | OFFICE_WORDS | ROLE_WORDS)

    def _misspelt(self, key: Key, name: str) -> Resolution | None:
        """"Enver Hoxa", "Liu Shaoqui" on a page that names Enver Hoxha and Liu Shaoqi: one letter off
        in one long word, every other word the same, and one such person on the page. Read as that
        person and flagged, never matched against the whole register (Korean names one letter apart
        are different people). A surname alone counts too when it is long ("HOENCKER" where the page names
        Honecker): six letters or more."""
        if len(key.words) < 2 and not (key.words and len(key.words[0]) >= 6):
            return None
        found: dict[str, Resolution] = {}
        for form, entity in self.seen:
            if _one_letter_off(key, form):
                found.setdefault(entity.slug, Resolution(entity, DOCUMENT, f"{name!r} read as {entity.label}, "
                                                         "named on this page, with one letter different",
                                                         doubtful=True))
        for form, full in self.local:
            if _one_letter_off(key, form) or len(key.words) >= 2 and not key.initials \
                    and _one_letter_off(key, Key(form.words[-len(key.words):])):
                # (a fuller name's last words: "Valdez Vivo" where the page names "Raúl Valdés Vivo")
                found.setdefault(" ".join(form.words), Resolution(None, DOCUMENT, f"{name!r} read as {full}, named "
                                                                  "on this page, with one letter different", full,
                                                                  doubtful=True))
        if not found and len(key.words) >= 2 and not key.initials:  # (or the archive's summary or notes name them)
            for run in FULL_NAME.findall(f"{self.notes_raw}\n{self.summary_text}"):
                full = self.names.split_title(run)[1]
                form = self.names.key(full)
                if len(form.words) > len(key.words) and _plausible_name(full) \
                        and _one_letter_off(key, Key(form.words[-len(key.words):])):
                    found.setdefault(" ".join(form.words), Resolution(
                        None, DOCUMENT, f"{name!r} read as {full}, whom the archive's summary or notes name, with one "
                        "letter different", full, doubtful=True))
        if not found and key.initials:  # ("Yu. V. ANDROVOV." under a title that lists "Yu. V. Andropov": a registered
            # person whose surname the title prints, the same initials)
            for word in self.title_words:
                for form, entity in self.index.by_word.get(word, ()):
                    if entity.type == "Person" and form.initials == key.initials and _one_letter_off(key, form):
                        found.setdefault(entity.slug, Resolution(entity, DOCUMENT, f"{name!r} read as {entity.label}, "
                                                                 "whom the title names, with one letter different",
                                                                 doubtful=True))
        if not found and key.initials and len(key.words) == 1 and len(key.words[0]) >= 8:
            # ("S.M. Kudryaytsev" in a journal's title: the register's S.M. Kudryavtsev, the same initials and a long
            # surname one letter off, which no other registered person's comes near)
            for word, pairs in self.index.by_word.items():
                if abs(len(word) - len(key.words[0])) <= 1 and _one_letter_off(key, Key((word,), key.initials)):
                    for form, entity in pairs:
                        if entity.type == "Person" and form.initials == key.initials and _one_letter_off(key, form):
                            found.setdefault(entity.slug, Resolution(entity, REGISTER, f"{name!r} read as the "
                                                                     f"register's {entity.label}: the same initials, "
                                                                     "the surname one letter different", doubtful=True))
        if not found and len(key.words) >= 3:  # ("Jozip Broz Tito": two words of three the register's, in order, the
            # third one letter off; a name of two words is read only against the page, as above)
            for form, entity in self.index.near(key):
                if entity.type == "Person" and (_one_letter_off(key, form) or _ocr_slip(key, form)):
                    found.setdefault(entity.slug, Resolution(entity, REGISTER, f"{name!r} read as the register's "
                                                             f"{entity.label}, with one letter different", doubtful=True))
        if len(found) != 1:
            return None
        one = next(iter(found.values()))
        self.misspelt[key] = (self._spelt_as_registered(one.name) if one.entity is None else None) or one
        return self.misspelt[key]

    def _cjk_initial(self, char: str) -> Resolution | None:
        """"卡:" under the title "毛泽东会见赞比亚总统卡翁达和夫人的谈话": a Chinese record's label of one character,
        the first of a foreign name, is the one registered person whose Chinese name the title prints starting with it
        (卡翁达, Kenneth Kaunda). Flagged: the record abbreviates; the title says whom."""
        found = {entity.slug: (entity, word) for word, pairs in self.index.by_word.items()
                 if len(word) >= 2 and word[0] == char and word in self.title for _, entity in pairs}
        if len(found) != 1:
            return None
        entity, word = next(iter(found.values()))
        return Resolution(entity, TITLE, f"{char!r}: the first character of {word}, whom the title names",
                          doubtful=True)

    def _spelt_as_registered(self, name: str) -> Resolution | None:
        """"Dinitzz" in a title, "Dinitz" in a note: a name the register does not know whose surname (six letters or
        more) is one letter off the surname of one registered person, which the page's notes or speech print as the
        register does. A typist's slip in one place: that person, flagged. (Asked only of a name that no registered
        person of the page fits.)"""
        key = (name, len(self.notes_raw), len(self.speech_text))  # (the title is read before the notes and speech)
        if key not in self._spellings:
            self._spellings[key] = self._registered_spelling(name)
        return self._spellings[key]

    def _registered_spelling(self, name: str) -> Resolution | None:
        key = self.names.key(name)
        word = key.words[-1] if key.words else ""
        if len(word) < 6 or key.initials:
            return None
        found: dict[str, tuple[Entity, str]] = {}
        for other, pairs in self.index.by_word.items():
            if abs(len(other) - len(word)) <= 1 and other != word and _one_letter_off(Key((word,)), Key((other,))):
                for form, entity in pairs:
                    if _surname_of(other, entity, [form]) and (len(key.words) == 1 or _one_letter_off(key, form)):
                        found.setdefault(entity.slug, (entity, other))
        if len(found) != 1:
            return None
        entity, surname = next(iter(found.values()))
        printed = _words_folded(f"{self.notes_raw} {self.speech_text}")
        if f" {surname} " not in printed:
            return None
        return Resolution(entity, DOCUMENT, f"{name!r} read as {entity.label}: the register's spelling of the surname, "
                          f"{surname!r}, is printed on this page, one letter different", doubtful=True)

    def _letters_lost(self, name: str) -> Resolution | None:
        """"Nicolae Ceauescu" in a text whose encoding or OCR dropped the letters with diacritics: the one
        registered person whose name, some of those letters deleted, is the name printed. Flagged."""
        printed = fold(name)
        if len(printed.split()) < 2:
            return None
        found = _unique(entity for pattern, entity in _lossy_forms(self.register) if pattern.fullmatch(printed))
        if len(found) != 1:
            return None
        return Resolution(found[0], REGISTER, f"{name!r} read as the register's {found[0].label}, whose letters with "
                          "diacritics the text has lost", doubtful=True)

    def _initials(self, printed: str) -> Resolution | None:
        """The one person named on this page whose name has these initials ("NC": Nicolae Ceausescu)."""
        letters = tuple(printed.casefold())
        found: dict[str, Resolution] = {}
        for form, entity in self.seen:  # (by the form printed, or the register's full name: "JC" for "President
            # Carter", Jimmy Carter, when two letters or more)
            whole = self.names.key(entity.label).words if len(letters) >= 2 else ()
            if tuple(w[0] for w in form.words) == letters or tuple(w[0] for w in whole) == letters \
                    or len(letters) >= 2 and form.initials == letters:  # ("E.A." for "E.A. Shevardnadze": his name
                # and patronymic, as a diary of his staff calls him)
                found.setdefault(entity.slug, Resolution(entity, DOCUMENT, f"{printed!r} are the initials of "
                                                                           f"{entity.label}, named on this page"))
        if len(letters) >= 2 and not found:  # a person the notes name by office ("Participants included President
            for name in self.note_roles.values():  # Carter, Secretary Vance, ..."): flagged
                noted = self.register.resolve(name)
                if noted is not None and noted.type == "Person" \
                        and tuple(w[0] for w in self.names.key(noted.label).words) == letters:
                    found.setdefault(noted.slug, Resolution(noted, DOCUMENT, f"{printed!r} are the initials of "
                                                            f"{noted.label}, whom the page's notes name", doubtful=True))
        if len(letters) >= 2 and not found:  # ("ZB:" of a memcon whose notes name "Brzezinski": the register's Zbigniew
            # Brzezinski, the one registered person the notes name by a surname with these initials; flagged)
            for word, noted in self._surnamed_in_notes():
                if tuple(w[0] for w in self.names.key(noted.label).words) == letters:
                    found.setdefault(noted.slug, Resolution(noted, DOCUMENT, f"{printed!r} are the initials of "
                                                            f"{noted.label}, whom the page's notes name", doubtful=True))
        for form, full in self.local:  # (or the initials the name is printed with: "BP" for "B.P. Koirala")
            if tuple(w[0] for w in form.words) == letters or len(letters) >= 2 and form.initials == letters:
                found.setdefault(" ".join(form.words), Resolution(None, DOCUMENT, f"{printed!r} are the initials "
                                                                  f"of {full}, named on this page", full))
        if len(letters) >= 2 and not found:  # "W.B." of a memorandum whose topic line names "Willy Brandt" (no
            # participant list, no register entry): the one full name the title, headers or notes print so, flagged
            text = "\n".join([self.title, self.header_text, self.notes_raw])
            for _, name in self._full_names(text):
                words = [w for w in self.names.key(name).words if w not in NAME_PARTICLES]
                if len(words) == len(letters) and tuple(w[0] for w in words) == letters:
                    found.setdefault(" ".join(words), Resolution(self.lookup(name).entity, DOCUMENT, f"{printed!r} "
                                                                 f"are the initials of {name}, named on this page",
                                                                 name, doubtful=True))
        if len(letters) == 1:  # ("B:" of a memcon whose notes name Brzezinski and Foreign Minister Botha, beside "ZB:")
            found = self._not_labelled_otherwise(found, printed.upper())
            if not found:
                for role, name in self.note_roles.items():  # (by office: "Foreign Minister Botha")
                    noted = self._noted(name, role)
                    full = noted.label if noted is not None else name
                    if self.names.key(full).words[-1:] and self.names.key(full).words[-1][0] == letters[0]:
                        found.setdefault(noted.slug if noted else name, Resolution(
                            noted, DOCUMENT, f"{printed!r}, the initial of {full}, whom the page's notes name",
                            name if noted is None else ""))
                for word, noted in self._surnamed_in_notes():  # (and by a surname alone: "Brzezinski", who may
                    if fold(word)[0] == letters[0]:  # be the "B" as well, unless "ZB:" is his)
                        found.setdefault(noted.slug, Resolution(noted, DOCUMENT, f"{printed!r}, the initial of "
                                                                f"{noted.label}, whom the page's notes name"))
                found = self._not_labelled_otherwise(found, printed.upper())
                titled = self._title_surnames(printed.upper())
                if titled:  # ("S:" of a telcon "Between West German Minister of Finance Schmidt and ... (Kissinger)"
                    # whose note names Shultz: not Shultz, whom the title does not name; unresolved, said)
                    found = {k: v for k, v in found.items()
                             if ((v.entity.label if v.entity else v.name) or "?").split()[-1] in titled}
                    if not found and len(titled) == 1:  # (then the title's one surname so: Schmidt, looked up)
                        surname = next(iter(titled))
                        named = self.lookup(surname)
                        found = {surname: Resolution(named.entity, TITLE, f"{printed!r}, the initial of {surname}, "
                                                     "whom the title names", "" if named.entity else surname)}
            found = {k: replace(v, doubtful=True) for k, v in found.items()}
        return next(iter(found.values())) if len(found) == 1 else None

    def _title_surnames(self, letter: str) -> set[str]:
        """The surnames with this initial that the title prints after an office or in FRUS's parentheses ("Minister of
        Finance Schmidt", "(Kissinger)")."""
        return set(re.findall(rf"(?:\(|\b(?:Minister|Secretary|President|Chancellor|Ambassador|Premier|Affairs|Finance"
                              rf"|Defense|Defence|State|Chairman|Senator|Governor|Mr\.|Dr\.)[ ]+)({letter}[a-z][\w’'\-]+)\b",
                              self.title))

    def _surnamed_in_notes(self) -> list[tuple[str, Entity]]:
        """The registered persons the notes name by one capitalised word that is a form of theirs ("Participants
        included ..., Brzezinski, ..."), with that word, by the word."""
        found = []
        for word in sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", self.notes_raw))):
            entity = self.register.resolve(word)
            if entity is not None and entity.type == "Person":
                found.append((word, entity))
        return found

    def _cut_short(self, name: str) -> Resolution | None:
        """A surname cut short ("Khrush.", "Kad.", "St."): the one person this page names, or else (three letters
        or more) the register's one person, whose surname begins so; flagged for a curator."""
        stem = fold(name.rstrip("."))
        found: dict[str, Resolution] = {}
        for form, entity in self.seen:
            if form.words and form.words[-1].startswith(stem):
                found.setdefault(entity.slug, Resolution(entity, DOCUMENT, f"{name!r}, cut short, read as "
                                                         f"{entity.label}, named on this page", doubtful=True))
        for form, full in self.local:
            if form.words and form.words[-1].startswith(stem):
                found.setdefault(" ".join(form.words), Resolution(None, DOCUMENT, f"{name!r}, cut short, read as "
                                                                  f"{full}, named on this page", full, doubtful=True))
        if not found and len(stem) >= 3:
            matches = _unique(e for word, pairs in self.index.by_word.items() if word.startswith(stem)
                              for form, e in pairs if form.words[-1].startswith(stem) and e.type == "Person")
            if len(matches) == 1:
                return Resolution(matches[0], REGISTER, f"{name!r}, cut short, read as the register's "
                                  f"{matches[0].label}, the one whose surname begins so", doubtful=True)
        return next(iter(found.values())) if len(found) == 1 else None

    def _surname_initial(self, letter: str) -> Resolution | None:
        """The one person the title or the participant list names whose surname begins with this letter
        ("K:" for "... (Kissinger) and the Soviet Ambassador (Dobrynin)"); flagged for a curator."""
        found: dict[str, tuple[Entity | None, str]] = {}
        names = [*(n for _, n in self.context.title_roles), *self.context.title_people,
                 *(p.name for p in self.context.participants)]
        for name in names:
            entity = self.lookup(name).entity
            words = (entity.label if entity else name).split()
            if words and words[-1].startswith(letter):
                found.setdefault(entity.slug if entity else name, (entity, name))
        given: dict[str, tuple[Entity | None, str]] = {}  # (or, none's surname so, one first name: "M:" for Margaret
        for name in names if not found else ():  # Thatcher beside "R:" for Reagan, in a telcon's participant list)
            entity = self.lookup(name).entity
            words = (entity.label if entity else name).split()
            if len(words) >= 2 and len(words[0]) > 2 and not words[0].endswith(".") and words[0].startswith(letter):
                given.setdefault(entity.slug if entity else name, (entity, name))
        others = ""
        if len(found) > 1 and len(rest := self._not_labelled_otherwise(found, letter)) == 1:
            found, others = rest, " and does not speak under a label of their own"
        if len(found) != 1 and len(given) != 1:
            return None
        entity, name = next(iter((found or given).values()))
        return Resolution(entity, TITLE, f"{letter!r}, the initial of {name}, the one person the page names whose "
                          f"{'surname' if found else 'first name'} begins so{others}", name, doubtful=True)

    def _not_labelled_otherwise(self, found: dict, label: str) -> dict:
        """The candidates for a label who speak under no other label of the page: "K:" of a telcon between
        Kissinger and Karamanlis, whose own turns are labelled "C [Caramanlis]:"."""
        return {key: value for key, value in found.items() if not self.labelled.get(self._who_key(key), set()) - {label}}

    def labelled_as(self, who: str, label: str) -> None:
        """Remember that the page's label ``label`` was read as ``who`` (a slug, or a local person's name)."""
        self.labelled.setdefault(self._who_key(who), set()).add(label)

    def _who_key(self, who: str) -> str:
        return who if who in self.register.entities else " ".join(self.names.key(who).words)

    def _titled_initial(self, letter: str) -> Resolution | None:
        """"Dr. E." of a report whose head names "Dr. Eskandary, Iradj": the one surname with that initial that the
        title or the notes print after a personal title; flagged for a curator."""
        found = {m[1] for m in TITLED_SURNAME.finditer(f"{self.title} {self.notes_raw}") if m[1].startswith(letter)}
        if len(found) != 1:
            return None
        name = next(iter(found))
        entity = self.lookup(name).entity
        return Resolution(entity, DOCUMENT, f"{letter + '.'!r}, the initial of {name}, the one surname with it the page "
                          "prints after a personal title", name, doubtful=True)

    def near_misses(self, name: str) -> list[Entity]:
        """Registered persons whose name shares a word with ``name`` without fitting it."""
        key = self.names.key(name)
        return _unique(e for form, e in self.index.near(key) if not key.names(form))

    def resolve(self, label: str, name: str, role: str | None, alias: str | None = None) -> Resolution:
        """The person a turn's label names: the sidecar, a declared short name, a role from the page's
        context, then the name through this page and the register. A label printed again (most are)
        is resolved as it was the first time: what it found is already remembered."""
        key = (label, name, role, alias)
        if key not in self._resolved:
            found = self._resolve(label, name, role, alias)
            words = [fold(w).strip(".,") for w in name.split()]
            if found.entity is not None and not found.doubtful and any(w in self.names.titles for w in words[1:-1]):
                # "Comrade Egon Krenz Genosse Honecker": a title inside the name, two labels run together (a list's
                # last name, then a speaker's label): whoever the words fit, said
                found = replace(found, doubtful=True, note=f"{found.note}; the label holds a title inside it, perhaps "
                                "two names run together")
            self._resolved[key] = found
        return self._resolved[key]

    def _resolve(self, label: str, name: str, role: str | None, alias: str | None) -> Resolution:
        for key in (label, name, *self.shorts.get(name, ())):
            if key and key in self.speaker_map:
                entity = self.register.get(self.speaker_map[key])
                return self._remember(name, entity, Resolution(entity, SIDECAR, f"[speakers] {key!r}"))
        office = fold(label.split()[0]).rstrip(".") if label and len(label.split()) == 2 else ""
        titled_form = self.register.resolve(" ".join(label.split())) \
            if not role and office in self.names.titles and office not in HONORIFICS else None
        if titled_form is not None and titled_form.type == "Person" and fold(name) == fold(label.split()[1]) \
                and self.register.resolve(name) is None and self.lookup(name).method == UNRESOLVED:
            # "General MACARTHUR": the register's form with the title, of one whose surname others bear too
            return self._remember(name, titled_form, Resolution(titled_form, REGISTER, f"register form {label!r}"))
        bare = re.sub(r"^the ", "", fold(name).rstrip("."))
        honorific, titled = self.names.split_title(name)
        if honorific and fold(honorific).rstrip(".") in HONORIFICS and fold(titled).rstrip(".") in self.names.titles:
            name, bare = titled, fold(titled).rstrip(".")  # "Comrade Minister" alone on its line: the minister
        office = fold(self.names.split_title(label)[0]).rstrip(".")
        if not role and bare not in HONORIFICS and bare in self.names.titles \
                and not (office and self.role_aliases.get(office, office) in self.names.titles
                         and set(self.role_aliases.get(office, office).split()) & (OFFICES | OFFICE_WORDS)):
            role = name  # a role read as a name in a speech tag: "..., the Premier said, they are ..."
            # (after an office it is a surname: "PM Major erklärt ...", a German note's John Major)
        if not role and label == "HIM":  # "HIM read the letter ...": His Imperial Majesty, as US telegrams abbreviate
            role = label  # him (the layout's role_aliases); never a title word, which would read "with him General X"
        if role and re.fullmatch(r"[A-Z]{2,3}", label.strip(" :")) and (lettered := self._initials(label.strip(" :"))) \
                and lettered.entity is not None:
            return lettered  # a telcon's "DR:" of Dean Rusk, whom the title names, not a doctor: initials, as "MF:" are
        if role:
            return self._role(role)
        if fold(name) in self.side_labels:
            return self._side(name, label)
        offices = [p for p in self.context.participants if p.role and fold(p.role) == fold(label)]
        if len(offices) == 1:  # "Min FA:" of a list's "Min FA, RF Botha"
            holder = offices[0]
            return self._remember(holder.name, holder.entity, Resolution(
                holder.entity, PARTICIPANTS, f"{holder.header}: {holder.printed}", holder.name))
        for short in self.shorts.get(name, ()):
            entity = self.register.resolve(short)
            if entity is not None:
                return self._remember(name, entity, Resolution(entity, DECLARATION, f"declared short name {short!r}"))
        if len(name) == 1 and name.isupper() and name != "I" and (lettered := self._lettered(name)):
            return lettered
        title, _ = self.names.split_title(label)
        female = bool(set(re.findall(r"[a-z]+", fold(title))) & self.female)
        if female and len(name.split()) == 1:  # "Madame Sihanouk" is not the Prince, whom the title names
            key = self.names.key(name)
            women = {self._who(p.entity, p.name): p for p in self.context.participants
                     if p.female and key.names(self.names.key(p.name))}
            if len(women) == 1:  # "Mrs. Gandhi" of a list's "Mrs. Indira Gandhi": the one woman of that name it lists
                person = next(iter(women.values()))
                return self._remember(person.name, person.entity, Resolution(
                    person.entity, PARTICIPANTS, f"{person.header}: {person.printed}", person.name))
            listed = {full for form, full in self.local if key.names(form)}
            if len(listed) == 1:  # "Miss Tang": the one Tang the page lists and the register does not know
                return Resolution(None, DOCUMENT, f"{name!r} fits {next(iter(listed))}, named on this page",
                                  next(iter(listed)))
            full = self._woman_in_full(name)
            if full:  # "Mrs. Gandhi" of a page that prints "Mrs. Indira Gandhi": that woman (the register's, if it knows her)
                entity = self.lookup(full).entity
                return self._remember(full, entity, Resolution(entity, DOCUMENT, f"{title.strip()} {name}: the page "
                                                               f"names her in full, {full}", full))
            wife = self._registered_form(f"{title.strip()} {name}")  # ("Mrs. Gorbachev")
            if wife is not None:
                return Resolution(wife, REGISTER, f"register form {title.strip()} {name}")
            usual = self.usual_bearers.get((fold(name), True), "")
            woman = self.register.resolve(usual) if usual else None
            if woman is not None:  # "Mrs. Gandhi" of a page that names her no more fully
                return self._remember(usual, woman, Resolution(woman, REGISTER, f"{title.strip()} {name}: read as "
                                                               f"{woman.label}, whom the records of the page's date "
                                                               "mean by it", doubtful=True))
            undated = usual_women(fold(name)) if not self.record_date else []
            woman = self.register.resolve(undated[0]) if len(undated) == 1 else None
            if woman is not None:  # ("Mrs. Gandhi" of a FRUS excerpt that prints no date: the one woman the records
                # mean by it in any year the file lists)
                return self._remember(undated[0], woman, Resolution(
                    woman, REGISTER, f"{title.strip()} {name}: read as {woman.label}, whom the records mean by it "
                    "(the page gives no date)", doubtful=True))
            return Resolution(None, DOCUMENT, "a woman's title and a surname: known on this page by that name",
                              f"{title} {name}")
        office_words = set(re.findall(r"[a-z]+", fold(title))) & (OFFICES | OFFICE_WORDS | ROLE_WORDS)
        found = self.lookup(name, register_wide=not female, no_wives=bool(office_words) and not female)
        titled = self._titled_in_notes(name, title) if office_words and len(name.split()) == 1 \
            and (found.entity is None or found.doubtful) else ""
        if titled:  # "Foreign Minister Huang:" of a list that names "Huang Hua, Foreign Minister" and "Huang Chen,
            in_office = self.lookup(titled)  # Chief, PRC Liaison Office": the Huang of that office
            if in_office.entity is not None or found.entity is None and in_office.name:
                return self._remember(titled, in_office.entity,
                                      replace(in_office, note=f"{label!r}: the page names {titled} so; {in_office.note}"))
        office = re.sub(r"^the ", "", fold(title).rstrip("."))
        if found.method == REGISTER and found.doubtful and len(name.split()) == 1 and office in DIPLOMATS \
                and SURNAME_GUESSED in found.note:
            # "Ambassador Zhu" of a Chinese cable is no guess at the register's one Zhu (Zhu De): a diplomat the
            # page names by surname only is its own person
            found = Resolution(None, PRINTED, f"{name!r}: a diplomat's surname the page does not name otherwise; "
                               f"not read as the register's {found.entity.label if found.entity else ''}", name)
        if found.method == REGISTER and found.doubtful and len(name.split()) == 1 and SURNAME_GUESSED in found.note \
                and fold(name) in COMMON_SURNAMES and found.entity is not None \
                and not ({w.rstrip("s") for w in office_words} | self._offices_before(name)) & set(
                    re.findall(r"[a-z]+", fold(found.entity.note.replace("-", " ")))):
            # "Wang" of a telegram on the Warsaw talks is Wang Bingnan, not the register's one Wang (Jiaxiang), nor
            # "FONMIN PARK" Park Chung Hee: a surname that millions bear names no one person, unless the label's office
            # is the registered person's ("PRESIDENT PARK" of a 1975 cable); the name as printed, unlinked
            found = Resolution(None, PRINTED, f"{name!r}, a surname the page does not name otherwise and many bear: "
                               f"not read as the register's {found.entity.label}", name)
        guessed = found.entity if found.doubtful and office_words and len(name.split()) == 1 else None
        held_as = self._office_named_before(guessed) if guessed is not None else ""
        held, wanted = self._office_words(held_as), self._office_words(office)
        if guessed is not None and held and not (held >= wanted or wanted >= held):
            # "FOREIGN MINISTER KIM" of a cable whose narration names "PRIME MINISTER KIM CHONG-PIL": not he, whom the
            # page gives another office; the name as printed, unlinked
            found = Resolution(None, PRINTED, f"{label!r}: the page names {guessed.label} as {held_as}, another "
                               "office; the name as printed", name)
        if found.method == UNRESOLVED and len(name.split()) == 1:
            found = self._by_listed_role(name, title, female) or found
            if found.method == UNRESOLVED and not female:
                other = self.lookup(name, men_only=True, by_surname=True)
                found = other if other.method != UNRESOLVED else found
        if found.entity is None and alias:  # "Pak Geum-cheol [Pak Kum-chol]": the register may know the other
            other = self.lookup(alias)
            found = other if other.entity is not None else found
        initials = label.split()[-1] if label.split() else ""
        if found.entity is None and re.fullmatch(r"(?:[A-Z]\.[ ]?){1,2}[A-Z]\.?", name.strip()):
            # "E.A.:" in the diary of Shevardnadze's aide: the one person the page names with these initials
            found = self._initials(re.sub(r"[.\s]", "", name)) or found
        if found.entity is None and re.fullmatch(r"[A-Z]{2,3}", initials):  # "Cde. NC"
            found = self._initials(initials) or found
            if found.method == UNRESOLVED or found.method == PRINTED and label == initials:
                # a telcon's "AS:" when the title names "President Sadat" only: the surname's initial, flagged
                found = self._surname_initial(initials[-1]) or found
        if found.entity is None and re.fullmatch(r"[A-HJ-Z]\.", name.strip()) and label.strip() != name.strip():
            # "Dr. E. stated ..." of a report on "Dr. Eskandary, Iradj": a title and the surname's initial, flagged
            found = self._surname_initial(name.strip()[0]) or self._titled_initial(name.strip()[0]) or found
        if found.entity is None and re.fullmatch(r"[A-HJ-Z]", label) and name == label:
            # a telcon's "K:" and "D:" ("I" is the author), unless the page declares whom the letter names
            found = self._surname_initial(label) or self._initials(label) or found
        if found.entity is None and name == "P" and label in ("P", "The P") and (president := self._holders("president")).entity:
            # a telcon Kissinger's office typed in the third person, "The P said ...": the President the title names
            found = replace(president, note=f"'P': the President, as such a telcon abbreviates him; {president.note}",
                            doubtful=True)
        sir = MONSIEUR_NAME.fullmatch(name) if found.entity is None else None
        if sir:  # "M. Vyshinsky" of a British cable: Monsieur, when the surname alone names one person
            other = self.lookup(sir[1])
            if other.entity is not None and not fold(other.entity.label).startswith("m"):
                found = replace(other, note=f"{name!r}: 'M.' read as Monsieur; {other.note}")
        if found.entity is None and re.fullmatch(r"[^\W\d_]+\.", name):  # "Khrush.:" in working notes, "St.:" and
            found = self._cut_short(name) or found  # "B.:" after "Stalin:" and "Bierut:"
        if found.method != UNRESOLVED or found.name:
            self._remember(found.name or name, found.entity)
        role_printed = re.sub(r"^the ", "", fold(title).rstrip("."))  # ("The Premier [Zhou]:")
        if found.method != UNRESOLVED and role_printed in self.names.titles and role_printed not in HONORIFICS:
            # "Premier [Zhou Enlai]:" or "Premier Zhou:" says who the premier is for the later "Premier:" (a cable's
            # "FONMIN PARK TONG JIN" for its "FONMIN SAID": the short form's office)
            self.context.label_roles.append((self.role_aliases.get(role_printed, role_printed), found.name or name,
                                             label))
        return found

    def _noted(self, name: str, role: str) -> Entity | None:
        """The registered person a name the notes give an office is: the titled form first, as the register prints it
        ("Attorney General Kennedy" is Robert F. Kennedy, not the President; "King Hussein"); a monarch's one name
        then only as the register prints it, never a surname of the register's (Saddam Hussein)."""
        monarch = len(name.split()) == 1 and bool(set(fold(role).split()) & MONARCHS)
        for form in (f"{role.strip()} {name}", name) if monarch else (f"{role.strip()} {name}",):
            if (found := self.register.resolve(form)) is not None and found.type == "Person":
                return found
        return None if monarch else self.lookup(name).entity

    def _registered_form(self, printed: str) -> Entity | None:
        """The register's person of whom this form, a woman's title and a surname, is an alias ("Mrs. Thatcher"), or
        None: such a form is never read as a surname alone."""
        found = self.register.resolve(printed)
        return found if found is not None and found.type == "Person" else None

    def _lettered(self, letter: str) -> Resolution | None:
        """A cable's "K said ...", its surname cut to the initial: the one person of the register whom the title,
        notes or narration say the talk was with, by a surname with that initial ("... fuller report of day with
        Khrushchev"), flagged."""
        surnames = set(re.findall(rf"\bwith[ ]+(?:[A-Z][\w.’'\-]*[ ]+){{0,2}}({letter}[a-z][\w’'\-]+)",
                                  f"{self.title} {self.notes_raw}"))
        people = {found.entity.slug: (word, found.entity) for word in surnames
                  if (found := self.lookup(word)).entity is not None and found.entity.type == "Person"
                  and not found.doubtful and fold(found.entity.label).split()[-1] == fold(word)}
        listed = {fold(n).split()[-1] for n in [*(p.name for p in self.context.participants), *self.context.title_people]
                  if n and n[:1] == letter}  # (a list's "Foreign Minister Botha" beside the register's Brzezinski)
        if len(people) != 1 or listed - {fold(word) for word, _ in people.values()}:
            return None
        word, entity = next(iter(people.values()))
        return self._remember(letter, entity, Resolution(entity, DOCUMENT, f"{letter!r}: the one person the page names "
                                                         f"with a surname so (\"{word}\")", doubtful=True))

    def _office_words(self, office: str) -> set[str]:
        """An office's words, its short forms written out as the layout's role_aliases do ("PM", "PRIMIN": "prime
        minister"); a premier is a prime minister too, when two offices are compared."""
        words = [word.rstrip(".") for word in re.findall(r"[a-z.]+", office)]
        return {w for word in words for w in self.role_aliases.get(word, "prime minister" if word == "premier" else word).split()}

    def _office_named_before(self, entity: Entity) -> str:
        """The office, folded, that the page's notes or title print right before this person's full name ("PRIME
        MINISTER KIM CHONG-PIL": "prime minister"), or "" where they print none."""
        forms = [f for f in (entity.label, *entity.aliases) if len(f.split()) >= 2]
        names = "|".join(re.escape(f).replace(r"\ ", r"[ -]+").replace(r"\-", r"[ -]+") for f in forms)
        text = f"{self.title}\n{self.notes_raw}"
        for match in re.finditer(rf"((?:[A-Za-z]+[ ]+){{1,3}})(?i:{names})\b", text) if names else ():
            words = fold(match[1]).split()
            while words and words[0] not in OFFICE_WORDS | ROLE_WORDS:
                words.pop(0)
            if words and all(w in OFFICE_WORDS | ROLE_WORDS for w in words):
                return " ".join(words)
        return ""

    def _woman_in_full(self, surname: str) -> str:
        """The one full name the title, the notes or the archive's summary print after a woman's title and before
        this surname ("the Prime Minister of the Republic of India, Mrs. Indira Gandhi"), or ""."""
        titles = "|".join(re.escape(t) for t in sorted(self.female, key=len, reverse=True))
        if not titles:
            return ""
        given = re.compile(rf"\b(?i:{titles})\.?\s+((?:[A-Z][\w’'-]*\.?\s+){{1,3}}){re.escape(surname)}\b")
        text = "\n".join([self.title, self.notes_raw, self.summary_text])
        names = {" ".join(m[1].split()) for m in given.finditer(text)}
        return f"{names.pop()} {surname}" if len(names) == 1 else ""

    def _by_listed_role(self, name: str, title: str, female: bool) -> Resolution | None:
        """A surname that several persons of the page share: "Premier Zhou" is the premier the title names;
        "Chancellor Kohl" is the Kohl listed as Chancellor, not the interpreter Dorothea Kohl; "Sihanouk",
        printed without "Madame", is the one not listed with a woman's title."""
        key = self.names.key(name)
        role = fold(title).rstrip(".")
        titled = {full for held, full in self.context.title_roles if role and held == role
                  and key.names(self.names.key(full))}
        if len(titled) == 1:  # "Premier Zhou": the title's "Premier Zhou Enlai", not the recorder Zhou Mingji
            full = next(iter(titled))
            entity = self.lookup(full).entity
            misspelt = self._misspelt(self.names.key(full), full) if entity is None else None
            if misspelt is not None and misspelt.entity is not None:  # the title's "Chervenenko", the text's Chervonenko
                return Resolution(misspelt.entity, TITLE, f"the title names {full}; {misspelt.note}", full, doubtful=True)
            return Resolution(entity, TITLE, f"the title names {full}", full)
        listed = [p for p in self.context.participants if key.names(self.names.key(p.name))]
        if role and role not in HONORIFICS:
            listed = [p for p in listed if _holds(fold(p.role), role)]
        elif not female:
            listed = [p for p in listed if not p.female]
        people = {self._who(p.entity, p.name): p for p in listed}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return Resolution(person.entity, PARTICIPANTS, f"{person.header}: {person.printed}", person.name)

    def _listed_beside(self, wanted: str, name: str) -> bool:
        """Does the participant list hold the role alone and, as another entry, this person ("The Secretary" and
        "Mr. Dulles")? Then they are two people."""
        return any(held == wanted for held, _ in self.context.unnamed_roles) and any(
            self.names.key(p.name).alike(self.names.key(name)) for p in self.context.participants)

    def _listed_apart(self, wanted: str, name: str) -> bool:
        """Does the participant list hold the role alone and, as another entry, this person in it ("• The Under
        Secretary" and "• Under Secretary Rostow")? Then they are two people."""
        return any(held == wanted for held, _ in self.context.unnamed_roles) and any(
            _holds(fold(p.role), wanted) and self.names.key(p.name).alike(self.names.key(name))
            for p in self.context.participants)

    def _visiting(self, role: str, holder: str) -> bool:
        """Does the page say the home office holder came to the meeting ("Vice President's Meeting With Kolisevski",
        "received Vice President Mondale")? Then an embassy's "the Vice President" is the visitor, not the host's."""
        office = re.escape(re.sub(r"^the\s+", "", role.strip().rstrip("."), flags=re.I))
        surname = re.escape(holder.split()[-1])
        text = f"{self.title}\n{self.header_text}\n{self.notes_raw}"
        return re.search(rf"(?i:\b{office})['’ʼ]s[ ]+(?:[A-Z][a-z]+[ ]+)?(?i:meeting|talk|conversation|call|visit)\b"
                         rf"|\breceived[ ]+(?:the[ ]+)?(?i:{office})[ ]+(?:[A-Z][\w.]*[ ]+)*{surname}\b", text) is not None

    def _apposed_to_office(self, office: str) -> set[str]:
        """The names the page's notes, title or summary print beside this office, in apposition: "Nicolae Ceaușescu,
        President of the State Council" or "President of NUCLEBRÁS, Minister Paulo Nogueira Batista"."""
        found = set()
        for printed in beside_office("\n".join([self.notes_raw, self.title, self.summary_text]), office):
            words = self.names.split_title(printed)[1].split()  # ("Comrade Nicolae Ceaușescu": his titles away)
            # (and a list run on: "Paulo Nogueira Batista" / "Counsellor Ronaldo ...", the next line's title)
            words = words[:next((i for i, w in enumerate(words) if i and fold(w).rstrip(".") in self.names.titles), len(words))]
            name = " ".join(words)
            if len(words) >= 2 and _plausible_name(name) and not self._not_a_person(name):
                found.add(name)
        return found

    def _labels_holder(self, holder: str, office: str) -> bool:
        """Does a turn of this page carry the holder's surname as its label, without the office ("Mr. Gorton", beside
        "The Prime Minister")?"""
        surname, office_words = fold(holder.split()[-1]), set(office.split())
        return any(surname in (words := set(fold(printed).replace(".", " ").split())) and not office_words <= words
                   for printed, _ in self.page_turns)

    def _speaker_titled(self, office: str) -> Entity | None:
        """The one person who speaks on this page under his name and whom the register's aliases give this office
        ("President Sukarno"), if only one does."""
        found: dict[str, Entity] = {}
        for printed, _ in self.page_turns:
            entity = self.lookup(printed).entity if printed and _plausible_name(printed) else None
            if entity is not None and any(fold(alias).startswith(office + " ") for alias in entity.aliases):
                found[entity.slug] = entity
        return next(iter(found.values())) if len(found) == 1 else None

    def _role(self, role: str) -> Resolution:
        if role in (QUESTIONER, ANSWERER):
            return self._interview(role)
        if role == VOICE:
            return Resolution(None, UNRESOLVED, "an unnamed voice from the hall: no one person")
        if role == WITHHELD:
            return Resolution(None, UNRESOLVED, "a speaker whose name the declassification withheld: no reader can say "
                              "who")
        wanted = re.sub(r"^the\s+", "", fold(role).rstrip("."))
        wanted = self.role_aliases.get(wanted, wanted)
        found = self._holders(wanted)
        holder = self.office_holders.get(wanted)
        if holder and self._titles_other_office(wanted, holder):
            holder = None
        if holder and not self.record_date and self._listed_beside(wanted, holder):
            holder = None  # (an undated record whose list holds "The Secretary" and, apart, "Mr. Dulles": not he, whom
            # the page's surname alone made the guess, but one it does not name)
        # (a record an embassy abroad sends home: its "President" is the host's, "President Peron")
        abroad = EMBASSY_ABROAD.search(self.title) or any(AMBASSADOR_ABROAD.match(line) for line in (
            self.title, *self.headings.split("\n")[:3])) \
            or CABLE_FROM_ABROAD.search(self.notes_raw[:3000]) or CABLE_FROM_ABROAD.search(self.title)  # (a cable's
        # routing line: "FM AMEMBASSY NEW DELHI", in its notes or run into its title; FRUS's heading under its file
        # line, "The Ambassador in Indonesia (Cochran) to the Secretary of State")
        hosts = {n for n in self.note_role_names.get(wanted, ()) if not (holder and self.names.key(n).alike(
            self.names.key(holder)))} if holder and abroad and not self._visiting(role, holder) else set()
        if found.method in (DOCUMENT, UNRESOLVED) and hosts:
            # "Telegram From the Embassy in Finland ...": "Called on President Kekkonen ... The President answered":
            # the host's president, whom the notes name so, not the one of the embassy's state; flagged
            host = self._one_person(hosts)
            if found.method == DOCUMENT or not host:
                return found
            return Resolution(self.lookup(host).entity, DOCUMENT, f"{role!r}: in a record its embassy sends home, the "
                              f"host the page names in that role, {host}", host, doubtful=True)
        office = re.escape(role.strip().rstrip(".").split()[-1])  # ("Romanian President N. Ceausescu": a foreign one)
        foreign = found.method == TITLE and bool(found.name) and re.search(
            rf"\b(?:[A-Z][a-z]+(?:an|ese|ish|ian|i)|[A-Z]{{2,5}})[ ]+(?i:{office})[ ]+"
            rf"(?:[A-Z][\w’'\-]*[ ]+)*{re.escape(found.name.split()[-1])}\b", self.title) is not None
        if found.method in (DOCUMENT, UNRESOLVED) and holder and abroad \
                and (host := self._host_called_on(wanted, holder)):
            # "USIA DIRECTOR'S CALL ON PRESIDENT HOUPHOUET-BOIGNY" over "PRESIDENT SAID ...", though the cable names
            # "PRESIDENT FORD" too (whose greetings the visitor brought): the host's, never the holder at home
            if found.method == DOCUMENT and found.name and fold(host) in fold(found.name):
                return found  # (the page's own reading of its host)
            return self._host(role, wanted, host)
        hosting = self._speaker_titled(wanted) if abroad and wanted == "president" and holder \
            and found.method == UNRESOLVED else None
        if hosting is not None:
            # "Telegram From the Embassy in Indonesia": "Sukarno received me ... President began by asking ...": the
            # host, who speaks by name and whom the register calls "President Sukarno", not the President at home,
            # though the notes name him too ("convey to President Eisenhower his good wishes"); flagged
            return Resolution(hosting, DOCUMENT, f"{role!r} in a record an embassy abroad sends home: the host's, the "
                              f"one speaker of the page whom the register calls so ({hosting.label})", hosting.label,
                              doubtful=True)
        if (found.method in (DOCUMENT, UNRESOLVED) or foreign) and holder \
                and not (abroad and wanted == "president" and found.method == DOCUMENT) \
                and f" {fold(holder.split()[-1])} " in self.notes_text + _words_folded(self.title) \
                and not self.names.key(found.name or "").fits(self.names.key(holder)) \
                and not self._told_apart(role, holder):
            # "President Tito began ..." labels the guest (or the page lists two presidents, or its title names the
            # guest's office only: "Ford, Kissinger, Romanian President Nicolae Ceausescu", "FRG President Walter
            # Scheel"), but a US record's own
            # "The President" is the one the page names as holding the office on its date ("President Nixon and
            # President Tito met ..."); flagged
            return self._office_holder(role, holder, f"and whom the page names (a record of its government; the page "
                                                     f"names {found.name or 'another'} so too)")
        for other in ROLE_SYNONYMS.get(wanted, ()) if found.method == UNRESOLVED and not holder else ():
            # "The Premier" of a page whose title names "Prime Minister Zhou Enlai": one office, translated
            # two ways; flagged, since in some states they are two offices (and not where the record's own
            # government has the office as printed: a Chinese record's "the Premier" beside "Pakistani Prime
            # Minister Suhrawardy" in its title is Zhou Enlai, read below)
            held = self._holders(other)
            if any(held_role == other for held_role, _, _ in self.context.label_roles):
                continue  # ("P.M.:" beside "PREMIER CHOU:" labels: the two sides of one dialogue, not one office)
            if held.method != UNRESOLVED:
                found = replace(held, note=f"{role!r} read as the title's {other}: {held.note}", doubtful=True)
        author = self.names.key(self.author_name)
        others = [n for n in self.note_role_names.get(wanted, ())
                  if not self.names.key(n).alike(author)]
        if not others and self.author_name:  # (or the summary's: "Chinese Ambassador Huang Zhen informs Soviet
            # Ambassador Zhukov ...", of the journal Zhukov signs)
            others = [n for n in self.summary_role_names.get(wanted, ()) if not self.names.key(n).alike(author)]
        authors = found.method == UNRESOLVED and re.search(rf"\b{re.escape(wanted)}\b", self.signed_office) \
            or found.method != UNRESOLVED and any(self.names.key(n).alike(author)
                                                  for n in (found.name, found.entity.label if found.entity else "") if n)
        received = [n for n in others if re.search(rf"\bI[ ]+(?:received|met|called[ ]+on|visited)\b[^.;]{{0,80}}?"
                                                   rf"\b{re.escape(n)}\b", self.notes_raw)] if len(others) > 1 else others
        if self.author_name and len(received) == 1 and authors:
            # "I received Hungarian Ambassador Prath Karoly ... The Ambassador said ...": in the diary of an ambassador
            # (its title's, or its signature's), the one other the notes name in that office (of several, the one the
            # author received: "I received GDR Ambassador Kurt Schneidewind" over what Albania's ambassador had said)
            return Resolution(self.lookup(received[0]).entity, DOCUMENT, f"{role!r}: the page's notes name "
                              f"{received[0]} in that role, besides the record's author", received[0], doubtful=True)
        if self.author_name and len(others) > 1 and authors and found.method != UNRESOLVED:
            # ... and of several, none the author received: the author, who writes "I", is not one of them either
            return Resolution(None, UNRESOLVED, f"{role!r} in a record its author writes as 'I': one of "
                              f"{', '.join(sorted(others))}, whom the page names in that role")
        if found.method == UNRESOLVED and self.author_name and re.search(rf"\b{re.escape(wanted)}\b", self.signed_office) \
                and not others:
            # "the Ambassador informed Mao Zedong ..." in the diary an ambassador signs: its author, of himself
            return Resolution(self.lookup(self.author_name).entity, DOCUMENT, f"{role!r}: the office of the record's "
                              f"signature, whose author is {self.author_name}", self.author_name, doubtful=True)
        texts = [*self.page_turns, ("", self.notes_raw[:3000])]
        other_states = {n for n in others  # ("Soviet Ambassador Tsarapkin": another state's, not the embassy's own)
                        if re.search(rf"{OTHER_STATES_AMBASSADOR.pattern}[ ]+{re.escape(n)}\b", self.notes_raw)}
        if found.method == UNRESOLVED and wanted in EMBASSY_HEADS and self.signed_name and not set(others) - other_states \
                and (EMBASSY_ABROAD.search(self.title) or CABLE_FROM_ABROAD.search(self.notes_raw[:3000])
                     or any(AMBASSADOR_ABROAD.match(line) for line in (self.title, *self.headings.split("\n")))) \
                and not any(fold(label).strip(" :") == "i" for label, _ in self.page_turns) \
                and not (any(OTHER_STATES_AMBASSADOR.search(text) for _, text in texts)
                         and any(AUTHOR_SINGULAR.search(QUOTED.sub("", text)) for _, text in texts)):
            # (nor where the page speaks of another state's and its author writes "me": "British Ambassador went with
            # Wilson ... and has given me following account. Ambassador told me ..."; but the embassy's own, writing
            # of himself in the third person, beside a word on another's: "(Scheel had seen Soviet Ambassador
            # Tsarapkin on Oct 31 ...)" / "The Ambassador replied that ...")
            # "Telegram From the Embassy in Nicaragua ...": "The Ambassador called on Somoza ..." over "Solaun", who
            # signs it: the embassy's own ambassador, writing of himself in the third person (or its chargé, "CHARGE
            # CALLED ON FOREIGN MINISTER ..." over "DAWKINS"); flagged
            return Resolution(self.lookup(self.signed_name).entity, DOCUMENT, f"{role!r}: in a telegram its embassy "
                              f"sends home, its own ambassador, who signs it: {self.signed_name}", self.signed_name,
                              doubtful=True)
        if found.method == UNRESOLVED and holder and abroad and wanted == "president" \
                and f" {fold(holder.split()[-1])} " not in self.notes_text + _words_folded(self.title):
            # "Telegram From the Embassy in Indonesia": "President asked what Secretary had found on his tour" is the
            # host's, whom no speaker of the page names (see above); not the President at home
            return Resolution(None, UNRESOLVED, f"{role!r} in a record an embassy abroad sends home: the host's, "
                              "whom the page does not name")
        if found.method == UNRESOLVED and holder and not self._told_apart(role, holder):
            # "The President" of a US memcon (before the notes' or the speech's "Secretary McNamara", of whom "The
            # Secretary" speaks: the holder on the record's date)
            named = self._holder_named_on_page(wanted, role)
            listed = [*(p.name for p in self.context.participants), *self.context.title_people]
            if named is not None and not self._prints_surname(holder) and any(
                    fold((named.entity.label if named.entity else named.name).split()[-1]) in fold(name).split()
                    for name in listed):
                return named  # (a British record in FRUS, its "Present: ... Mr. Bevin": "The Secretary of State" is
                # the holder of that office whom the page lists as present, not the US one it never names)
            by_title = self._registered_holder(wanted, role)
            if by_title is not None and by_title.method == TITLE and by_title.entity is not None \
                    and not self.names.key(by_title.entity.label).fits(self.names.key(holder)):
                return by_title  # "Record of Conversation Between Lee Kuan Yew and Turner, ...": an Australian record's
                # "The Prime Minister" is the one the title names whom the register records so, not Menzies at home
            return self._office_holder(role, holder, "(a record of its government that names no holder)")
        qualified = sorted({label for label, _ in self.page_turns
                            if (m := NATIONAL_ROLE.fullmatch(_bare_role(label))) and m["office"] == wanted}) \
            if found.method == UNRESOLVED else []
        same = self._role(qualified[0]) if len(qualified) == 1 else None
        if same is not None and same.method != UNRESOLVED and (same.entity or same.name):
            # "The Yugoslav Ambassador began ..." (the one the participant list describes so) above "The Ambassador
            # said ...": the same man; flagged
            return Resolution(same.entity, DOCUMENT, f"{role!r}: the page's {qualified[0]!r}, "
                              f"{same.entity.label if same.entity else same.name}", same.name, doubtful=True)
        if qualified:  # "The French Ambassador said ..." above "The Ambassador argued ...": that one, most likely, not
            # the ambassador a footnote names ("Ambassador Dillon reported ..."); the page does not name him: flagged
            return Resolution(None, UNRESOLVED, f"{role!r}: perhaps the page's {qualified[0]!r}, whom it does not name")
        if found.method == UNRESOLVED and wanted in self.footnoted_roles:
            name = self.footnoted_roles[wanted]  # "The Ambassador2 came in ..." / "2. Huang Zhen, Chinese Ambassador ..."
            return Resolution(self.lookup(name).entity, DOCUMENT, f"{role!r}: the editor's note on the page's "
                              f"{role!r} names {name}", name, doubtful=True)
        if found.method == UNRESOLVED and wanted in self.note_roles and not self._speaks_by_name(self.note_roles[wanted]) \
                and not self._listed_apart(wanted, self.note_roles[wanted]) \
                and not self._told_apart(role, self.note_roles[wanted]) \
                and not (abroad and self._host_called_on(wanted, self.note_roles[wanted])) \
                and not self._speaks_of(role, self.note_roles[wanted]):  # the source note's "President Nixon" (not
            # "Nelson Mandela, President of the ANC", whom "Mr. Mandela:" answers "The President:" with; nor "President
            # Ceausescu", of whom the President's own turns speak: "... his relationship with President Ceausescu")
            name = self.note_roles[wanted]  # (a person the register does not know is one of this page)
            return Resolution(self._noted(name, wanted), DOCUMENT, f"{role!r}: the page's notes name {name} in that "
                              "role", name, doubtful=True)
        fuller = {n for role_named, n in self.note_roles.items() if _inside(wanted, role_named)} \
            if found.method == UNRESOLVED and wanted not in self.note_roles else set()
        if len(fuller) == 1:
            # "the deputy minister" after "Qiao Guanhua, Deputy Foreign Minister of the People's Republic of China":
            # the one office the notes name whose words hold the role's, in order
            name = next(iter(fuller))
            return Resolution(self._noted(name, wanted), DOCUMENT, f"{role!r}: the page's notes name {name} in a "
                              "fuller form of that role", name, doubtful=True)
        apposed = self._apposed_to_office(re.sub(r"^the\s+", "", role.strip().rstrip("."), flags=re.I)) \
            if found.method == UNRESOLVED and " of " in wanted else set()
        if len(apposed) == 1:
            # "The President of the State Council said ..." after "Comrade Nicolae Ceaușescu, President of the State
            # Council, was received ...", or "President of NUCLEBRÁS, Minister Paulo Nogueira Batista" in a list
            name = next(iter(apposed))
            return Resolution(self.lookup(name).entity, DOCUMENT, f"{role!r}: the page names {name} beside that "
                              "office", name, doubtful=True)
        national = NATIONAL_ROLE.fullmatch(wanted) if found.method == UNRESOLVED else None
        described = self._described_as(national["nation"], national["office"]) if national else set()
        if national and len(described) == 1:
            # "The Soviet diplomat answered ..." after "..., B. Pimenov, Minister-counselor of the Soviet Embassy in
            # Pyongyang, said that ...": the one person the page describes so
            name = next(iter(described))
            return Resolution(self.lookup(name).entity, DOCUMENT, f"{role!r}: the one person the page describes as "
                              f"{national['nation'].title()}, {name}", name, doubtful=True)
        if found.method == UNRESOLVED and wanted in self.speech_roles \
                and not self._speaks_of(role, self.speech_roles[wanted]):  # "Chairman:" and "... Chairman Mao’s view ..."
            name = self.speech_roles[wanted]  # (not the one its own turns speak of: "The President: I have great respect
            # for President Gorbachev")
            return Resolution(self.lookup(name).entity, DOCUMENT, f"{role!r}: the page's speech names {name} so more "
                              "than once, and no one else", name, doubtful=True)
        if found.method == UNRESOLVED and wanted in self.summary_roles:  # "(Prime Minister)" of a cable the archive
            name = self.summary_roles[wanted]  # sums up as "the talks between Prime Minister Hosokawa and ..."
            return Resolution(self.lookup(name).entity, TITLE, f"{role!r}: the archive's summary names {name} in that "
                              "role, and the page names no one so", name, doubtful=True)
        if found.method == UNRESOLVED and abroad and not holder and (host := self._host_called_on(wanted)):
            return self._host(role, wanted, host)  # ("581. Called on President Sukarno ..." of an undated office: not
            # the president at home the page names, "his personal greetings to President Truman")
        if found.method == UNRESOLVED:
            found = self._registered_holder(wanted, role) or self._holder_named_on_page(wanted, role) \
                or self._title_pairs_other(role, wanted) or found
        words = wanted.split()
        for start in range(1, min(len(words), 3)):  # "soviet ambassador": a nationality before the role
            if found.method != UNRESOLVED or words[start - 1] in QUALIFIERS or " ".join(words[:start]) in QUALIFIERS \
                    or wanted in self.names.titles:  # ("general secretary" is a title of its own, no "secretary")
                break
            tail = " ".join(words[start:])
            if tail in self.names.titles:
                found = self._holders(self.role_aliases.get(tail, tail))
                if found.method == DOCUMENT:  # "The Korean Foreign Minister" is not the "Foreign Minister Kosaka"
                    found = Resolution(None, UNRESOLVED, f"no {role!r} is named; the page's labels name a "
                                       f"{tail} of whom it does not say that")  # of another label: no nationality there
        return found

    def _other_patronymic(self, key: Key, entity: Entity) -> bool:
        """Does a form of this person give the name's second initial otherwise? "N.S. Tikhonov" (the writer) is not
        the register's "Nikolai Tikhonov", whose other form is "N.A. Tikhonov"."""
        if len(key.initials) < 2:
            return False
        for printed in (entity.label, *entity.aliases, *(n for _, n in entity.names)):
            form = self.names.key(printed)
            letters = {*form.initials, *(w[0] for w in form.words[:-1] if w not in NAME_PARTICLES)}
            if form.words[-1:] == key.words[-1:] and len(letters) > 1 and key.initials[1] not in letters \
                    and not letters & SOUNDALIKE_INITIALS.get(key.initials[1], set()):
                return True  # (initials swapped, "V. S. Chervonenko" for S.V., are his all the same)
        return False

    def _host(self, role: str, wanted: str, host: str) -> Resolution:
        """The host a record from an embassy abroad says was called on in this office: the person of the page who
        speaks by that name ("AHIDJO SAID ..."), flagged; else unresolved, never the holder at home."""
        hosting = self.lookup(host)
        why = f"{role!r} in a record an embassy abroad sends home: the host the page says was called on ({host}), " \
              f"not the {wanted} at home"
        if hosting.method == DOCUMENT and (hosting.entity or hosting.name) \
                and any(fold(host) in fold(label).split() for label, _ in self.page_turns):
            return replace(hosting, note=why, doubtful=True)
        return Resolution(None, UNRESOLVED, f"{why}; the page gives no name to link")

    def _host_called_on(self, wanted: str, holder: str = "") -> str:
        """Whom a record from an embassy abroad says its visitor called on, or was received by, in this office, when
        it is not the holder at home (if the page gives one: ``holder``) ("CALL ON PRESIDENT HOUPHOUET-BOIGNY",
        "received by President Kekkonen"): the words after the office as printed, or ""."""
        office = re.escape(wanted).replace(r"\ ", "[ ]+")
        for met in re.finditer(rf"\b(?i:call(?:ed|s)?[ ]+on|received[ ]+by|met[ ]+with"
                               rf"|(?:audience|meeting|conversation|talk|tour[ ]d.horizon)[ ]+with)[ ]+(?i:the[ ]+)?"
                               rf"(?i:{office})[ ]+(?P<name>[A-Z][\w’'\-]+)(?P<rest>(?:[ ][A-Z][\w’'\-]+){{0,2}})",
                               "\n".join([self.title, self.header_text, self.notes_raw,  # (a cable's subject line too,
                                          *(text for _, text in self.page_turns[:2])])):  # and its first turns: "SECOND
            # FAREWELL MEETING WITH PRESIDENT AHIDJO", "581. Called on President Sukarno ...")
            if not (holder and fold(holder.split()[-1]) in fold(f"{met['name']}{met['rest']}").split()) \
                    and fold(met["name"]).rstrip(".") not in self.names.titles:  # (not "Prime Minister Eisaku Sato",
                return met["name"]  # the holder, his given name first)
        return ""

    def _titles_other_office(self, wanted: str, holder: str) -> bool:
        """"Note of Conversation Between Mr. Chifley and the Minister of Defence", in Australia's edition of its
        records: the title or a heading names another office of the bare role's word, whose holder its "the Minister"
        is, not the office of ld/data/offices.toml (External Affairs). Only a role whose office is also named so in full
        ("minister for external affairs") is read so: "the Shah of Iran" is the Shah's one office."""
        full = {role for role, named in self.office_holders.items()
                if named == holder and re.match(rf"{re.escape(wanted)}[ ](?:of|for)[ ]", role)}
        offices = re.finditer(rf"\b{re.escape(wanted)}[ ]+(?:of|for)[ ]+(?:the[ ]+)?[a-z]+(?:[ ]+affairs)?",
                              fold(re.sub(r"['’ʼ]", " ", f"{self.title}\n{self.headings}"))) if full else ()
        # (a possessive's apostrophe a space: not "secretary of states")
        return any(office[0].replace(" the ", " ") not in full for office in offices)

    def _office_holder(self, role: str, name: str, why: str) -> Resolution:
        """The holder of the office on the record's date (offices.toml), flagged; a person the register does not
        know keeps the page's own form of the name ("Vice President Walter F. Mondale")."""
        entity = self.lookup(name).entity
        if entity is None:
            key = self.names.key(name)
            name = next((full for _, full in self.local if self.names.key(full).names(key)), name)
        return Resolution(entity, OFFICE, f"{role!r}: {name}, who held the office on the record's date {why}", name,
                          doubtful=True)

    def _registered_holder(self, wanted: str, role: str) -> Resolution | None:
        """"Chairman:" on a page whose title names Mao Zedong, and no chairman: the one registered person
        the title names whose register note gives that office ("Chairman of the Central Committee ..."); or, where
        the title names none, the one its participant list names. Flagged: the page itself does not say so."""
        found = {e.slug: e for m in self.register.finder().find(self.title)
                 if (e := self.register.get(m.entity)) is not None and e.type == "Person"
                 and _first_office(e.note, wanted)}
        if not found:  # ("The General Secretary:" of a list that names "Chairman M.S. Gorbachev": the one listed so)
            listed = {p.entity.slug: p.entity for p in self.context.participants
                      if p.entity is not None and not p.entity.local_to and (_first_office(p.entity.note, wanted) or (
                          wanted in COURTESY_TITLES and re.search(rf"\b{wanted}\b", fold(p.entity.note))))} \
                if not any(re.sub(r"^the ", "", fold(r).rstrip(".")) == wanted for r, _ in self.context.unnamed_roles) \
                else {}  # (not where the list prints the role as one of its own lines, "• The Secretary": that is
            # someone else than "Prime Minister Macmillan", Foreign Secretary in 1955, whom the list also names)
            # (a title kept for life, as Americans address a former governor: "The Governor" of a 1968 memcon is
            # Harriman, "Governor of New York 1955-1958", listed as Ambassador at Large)
            if len(listed) == 1:
                entity = next(iter(listed.values()))
                return Resolution(entity, PARTICIPANTS, f"{role!r}: {entity.label}, whom the participant list names and "
                                  f"the register records as {wanted}", doubtful=True)
        if len(found) != 1:
            return None
        entity = next(iter(found.values()))
        return Resolution(entity, TITLE, f"{role!r}: {entity.label}, whom the title names and the register records as "
                          f"{wanted}", doubtful=True)

    def _holder_named_on_page(self, wanted: str, role: str) -> Resolution | None:
        """"The Chancellor said ..." in a US memcon of 20 December 1965 whose narration prints "Erhard": of the holders
        of that role's offices in ld/data/offices.toml (any state's) on the record's date, the one whose surname the
        page prints; flagged (the page does not say it is he)."""
        if not self.record_date:
            return None
        first, last = _span(self.record_date)
        words = set(_words_folded("\n".join([self.title, self.header_text, self.notes_raw,
                                              *(text for _, text in self.page_turns)])).split())
        own = " ".join(text for label, text in self.page_turns if _bare_role(label) == wanted)
        held = {name for office in _offices()["office"] if wanted in office["roles"]
                for name, start, end in office["holders"] if start <= first and last < end
                and fold(name.split()[-1]) in words and not self._addressed_in_title(name)
                and not (self.record_states and office["state"] not in self.record_states
                         and _spoken_of(name.split()[-1], own))}
        # (not another state's holder of whom the role's own turns speak, in a record of another state: "The
        # Secretary said ... since the exchange of messages with Mr. Dulles", in an Australian record)
        if len(held) > 1:  # (of two, not the one whose own name labels turns: "Mr. Gorton said ..." beside "The Prime
            # Minister remarked ..." in an Australian record of talks with Wilson in London)
            held = {name for name in held if not self._labels_holder(name, wanted)}
        if len(held) != 1:
            return None
        name = held.pop()
        entity = self.lookup(name).entity  # (or a person of this page, whom the register does not know)
        return Resolution(entity, OFFICE, f"{role!r}: {name}, who held the office on the record's date, and whose "
                          "surname the page prints", "" if entity else name, doubtful=True)

    def _addressed_in_title(self, name: str) -> bool:
        """Is this the one the title says the record was sent to ("Officer to Evatt": the minister at home, whom the
        cablegram reports to, not "the Minister" it called on)?"""
        return re.search(rf"[ ]to[ ]+(?:[A-Z][\w.’'\-]*[ ]+)?{re.escape(name.split()[-1])}\b", self.title) is not None

    def _prints_surname(self, name: str) -> bool:
        """Does the page (its title, notes or turns) print this person's surname?"""
        words = set(_words_folded("\n".join([self.title, self.notes_raw, *(text for _, text in self.page_turns)])).split())
        return bool(name.split()) and fold(name.split()[-1]) in words

    def _speaks_by_name(self, name: str) -> bool:
        """Does a verbatim turn's label print this person's surname ("Mr. Mandela:")?"""
        if self._spoken_label_words is None:  # (asked only of a role-only label, so read once then)
            self._spoken_label_words = {w for label, _ in self.spoken_turns for w in fold(label).replace(".", " ").split()}
        return bool(name.split()) and fold(name.split()[-1]) in self._spoken_label_words

    def _holders(self, wanted: str) -> Resolution:
        holders: dict[str, Resolution] = {}
        for held, name in self.context.title_roles:
            if held == wanted or held.startswith((wanted + " of ", wanted + " in ")):  # "the Secretary": "Secretary of
                # State X"; "Ambassador": FRUS's "The Ambassador in Liberia (Dudley) to the Secretary of State"
                entity = self.lookup(name).entity
                holders.setdefault(self._who(entity, name), Resolution(entity, TITLE, f"the title names {name}", name))
        # the title names the meeting's principals: its role holder goes before a participant list
        # "PARTICIPANTS FOR THE US: The President" and "... FOR MOZAMBIQUE: President Machel": the label "The
        # President" is the one the record's own side lists by the role alone, not the other side's president
        unnamed = any(held == wanted or held.startswith(wanted + " of ") for held, _ in self.context.unnamed_roles)
        # ("• US" / "• The Secretary of State" beside "• Romania" / "• RCP Secretary for Foreign Affairs Stefan Andrei":
        # "Secretary:" is the one the record's own side lists by the office alone)
        run_together = any(PERSON_IN_ROLE.search(p.role) and _holds(fold(p.role), wanted) for p in self.context.participants)
        for participant in [] if holders or run_together else self.context.participants:
            if _holds(fold(participant.role), wanted) and not unnamed and not self._speaks_by_name(participant.name):
                # (not one whose own name labels turns: "Mr. Mandela:" answering "The President:")
                method = HEADER if participant.header.casefold() in self.role_headers else PARTICIPANTS
                holders.setdefault(self._who(participant.entity, participant.name),
                                   Resolution(participant.entity, method,
                                              f"{participant.header}: {participant.printed}", participant.name,
                                              doubtful=participant.doubtful))
        if not holders and any(_holds(held, wanted) for held, _ in self.context.unnamed_roles):
            unlisted = self._unlisted_title_people()
            if len(unlisted) == 1:  # "PARTICIPANTS: The President" and a title naming Bush and Kohl
                name = unlisted[0]
                entity = self.lookup(name).entity
                return Resolution(entity, TITLE, f"the participant list names the {wanted} without a name, and "
                                  f"{name}, named in the title, is the one person it does not list by name", name)
            if not unlisted and (labelled := self._unlisted_labelled(wanted)):
                return labelled
        if not holders and not unnamed:  # a label printed with the role and the name earlier on this page (not
            # where the record's own side lists the role alone: "• The President" beside "• Sekou Toure, President of
            # ...", whose "President Toure:" is the other side's)
            for held, name, label in self.context.label_roles:
                if held == wanted and not self._converse(label, wanted):
                    entity = self.lookup(name).entity
                    holders.setdefault(self._who(entity, name),
                                       Resolution(entity, DOCUMENT, f"the label {label!r} names the {wanted}", name))
        if len(holders) == 1:
            return next(iter(holders.values()))
        why = (f"the page names {len(holders)} persons as {wanted!r}: " + ", ".join(sorted(holders))) if holders \
            else f"neither the title nor a participant line names the {wanted}"
        return Resolution(None, UNRESOLVED, why)

    def _interview(self, role: str) -> Resolution:
        """"Q:" is the one journalist the title or a participant line names ("Correspondent Arne
        Lindqvist"); "A:" the one other person the title names. Flagged: the page never says it."""
        askers: dict[str, str] = {}
        for held, name in self.context.title_roles:
            if held in self.interviewers:
                askers.setdefault(self._who(self.lookup(name).entity, name), name)
        for participant in self.context.participants:
            if set(re.findall(r"[\w-]+", fold(participant.role))) & self.interviewers:
                askers.setdefault(self._who(participant.entity, participant.name), participant.name)
        if role == QUESTIONER:
            chosen, what = askers, "journalist"
        else:
            chosen, what = {}, "person besides the journalist"
            for name in [*(n for _, n in self.context.title_roles), *self.context.title_people]:
                who = self._who(self.lookup(name).entity, name)
                if who not in askers:
                    chosen.setdefault(who, name)
        if len(chosen) != 1 and (pair := self._named_before_questions()):
            # "Oriana Fallaci: ... ?" / "Deng Xiaoping: ..." above the "Q:" and "A:" that follow: the two by name
            name = pair[0] if role == QUESTIONER else pair[1]
            entity = self.lookup(name).entity
            return self._remember(name, entity, Resolution(
                entity, DOCUMENT, f"the {role} of an interview: {name}, who "
                f"{'asked' if role == QUESTIONER else 'answered'} under a name before the page's labels became "
                "questions and answers", name, doubtful=True))
        if len(chosen) != 1:
            return Resolution(None, UNRESOLVED, f"the label stands for the {role} of an interview, and the page names "
                                                f"{len(chosen) or 'no'} {what}(s) who could be it")
        name = next(iter(chosen.values()))
        entity = self.lookup(name).entity
        return self._remember(name, entity, Resolution(
            entity, TITLE, f"the {role} of an interview: {name}, the one {what} the page names", name, doubtful=True))

    def _named_before_questions(self) -> tuple[str, str] | None:
        """The two persons whose names label an interview's first turns, before its labels turn to "Q:" and "A:" (an
        interview printed so: each speaker named once, then questions and answers): (the one of them who asks there,
        the other), or None."""
        persons: dict[str, tuple[str, bool]] = {}  # who -> (the name as labelled, asked a question)
        for label, text in self.page_turns:
            if fold(label).strip(" .:") in INTERVIEW_LETTERS:
                break
            who = self._who(self.lookup(label).entity, label)
            name, asked = persons.get(who, (label, False))
            persons[who] = (max(name, label, key=len), asked or "?" in text)
        else:
            return None
        askers = [name for name, asked in persons.values() if asked]
        if len(persons) != 2 or len(askers) != 1:
            return None
        return askers[0], next(name for name, asked in persons.values() if not asked)

    def _side(self, side: str, label: str) -> Resolution:
        """"South:", "North (KIM):" speak for a side: read as the first person listed under that side's
        sub-heading ("From Seoul") whose name has the word in brackets, if any (the delegation's head
        otherwise), and flagged for a curator to confirm."""
        words = self.side_labels[fold(side)]
        listed = [p for p in self.context.participants if p.side and set(fold(p.side).split()) & words]
        aside = re.search(r"\(([^()]{1,40})\)", label)
        if aside:
            key = self.names.key(aside[1])
            listed = [p for p in listed if key.words and set(key.words) <= set(self.names.key(p.name).words)]
        if not listed and aside:  # a list run on with its sub-headings lost: the one person the title names so
            key = self.names.key(aside[1])
            titled = {name for name in self.context.title_people
                      if key.words and set(key.words) <= set(self.names.key(name).words)}
            if len(titled) == 1:
                name = next(iter(titled))
                return Resolution(self.lookup(name).entity, TITLE, f"the side label {label!r} read as {name}, whom "
                                  "the title names (no participant list has that side)", name, doubtful=True)
        if not listed and not aside:  # ("Soviet Official:" over a list of "First Secretary Stepanenko at the Soviet
            # Embassy in Australia" and one Korean: the one listed person the entry places on that side)
            placed = [p for p in self.context.participants
                      if set(re.findall(r"[a-z]+", fold(p.printed))) & words and not (
                          set(re.findall(r"[a-z]+", fold(p.name))) & words)]
            if len(placed) == 1:
                return Resolution(placed[0].entity, PARTICIPANTS, f"the side label {label!r} read as the one person "
                                  f"listed on that side: {placed[0].name}", placed[0].name, doubtful=True)
        if not listed and not aside:  # (or the one person the archive's summary names on that side: "North Korean
            # delegate Kim Deok-hyeon and South Korean delegate Jeong Hong-jin argue over ...")
            summed = {m["name"] for word in words for m in re.finditer(
                rf"\b(?i:{re.escape(word)})\w*[ ]+(?:[A-Z][a-z]+[ ]+)?(?P<office>(?:[a-z]+[ ]+){{1,2}})"
                rf"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){{1,2}})", self.summary_text)
                if set(m["office"].split()) <= ROLE_WORDS}  # ("South Korean delegate Jeong Hong-jin")
            if len(summed) == 1:
                name = summed.pop()
                return Resolution(self.lookup(name).entity, TITLE, f"the side label {label!r} read as {name}, whom the "
                                  "archive's summary places on that side (no participant list has it)", name, doubtful=True)
        if not listed and not aside and (addressed := self._addressed(label) or self._counterpart(label)):
            return addressed
        if not listed:
            return Resolution(None, UNRESOLVED, f"no participant list has a side that {label!r} names")
        head = listed[0]
        return Resolution(head.entity, PARTICIPANTS, f"the side label {label!r} read as the first person listed "
                          f"under {head.side!r}: {head.name}", head.name, doubtful=True)

    def _counterpart(self, label: str) -> Resolution | None:
        """"South:", whom no one addresses, in a dialogue of two sides whose other side is the person this side
        addresses ("Thank you, Mr. Kim Deok-hyeon." makes "North:" Kim Deok-hyeon): the one other person the archive's
        summary makes a subject ("Kim Deok-hyeon relays ...; Jeong Hong-jin promises a reply from Lee Hu-rak."),
        flagged for a curator."""
        sides = {said_by for said_by, _ in self.spoken_turns
                 if said_by and fold(said_by) in self.side_labels and fold(said_by) != fold(label)}
        other = self._addressed(next(iter(sides))) if len(sides) == 1 else None
        if other is None or not other.name:
            return None
        subjects = {m["name"] for m in SUMMARY_SUBJECT.finditer(self.summary_text) if _plausible_name(m["name"])}
        rest = {name for name in subjects if not self.names.key(name).alike(self.names.key(other.name))}
        if len(rest) != 1 or len(subjects) != 2:
            return None
        name = rest.pop()
        return Resolution(self.lookup(name).entity, TITLE, f"the side label {label!r} read as {name}, whom the archive's "
                          f"summary names beside {other.name}, whom this side addresses", name, doubtful=True)

    def _addressed(self, label: str) -> Resolution | None:
        """"North:" of a dialogue whose other side says "..., Mr. Kim." and never "Mr. Jeong": the one person the
        title or the archive's summary names whose name holds "Kim" ("... Jeong Hong-jin's visit to Pyongyang and Kim
        Deok-hyeon's return visit ..."), unless this side addresses him too; flagged for a curator. Where no side
        addresses anyone so, the polite third person of such talks does ("When does Mr. Jeong intend to cross?")."""
        return self._addressed_by(label, VOCATIVE) or self._addressed_by(label, MISTER)

    def _addressed_by(self, label: str, pattern: re.Pattern) -> Resolution | None:
        vocatives: dict[str, set[str]] = {}
        for said_by, text in self.spoken_turns:
            vocatives.setdefault(said_by, set()).update(POSSESSIVE_END.sub("", m["name"]) for m in pattern.finditer(text))
        others = set().union(*(names for other, names in vocatives.items() if other != label)) \
            - vocatives.get(label, set())
        named = {name for _run, name in self._full_names(self.summary_text) if len(name.split()) >= 2} \
            | {m["name"] for m in SUMMARY_POSSESSOR.finditer(self.summary_text) if _plausible_name(m["name"])}
        # (in full: "Thank you, Mr. Kim Deok-hyeon."; not in the third person, which may be of anyone: "Mr. Jang
        # Gi-yeong will come with you", and is read only of the persons the summary names)
        found = {name for name in others if len(name.split()) >= 2 and _plausible_name(name)} \
            if pattern is VOCATIVE else set()
        if len(found) != 1:
            found = {name for name in named for word in others
                     if fold(word) in {fold(w) for w in re.split(r"[ \-]", name)} and len(word.split()) == 1}
        if len(found) != 1:
            return None
        name = next(iter(found))
        named_by = "the other side addresses by name" if name in others \
            else "the page's summary names and the other side addresses by name"
        return Resolution(self.lookup(name).entity, TITLE, f"the side label {label!r} read as {name}, whom {named_by}",
                          name, doubtful=True)

    def author(self, speakers: list[Entity]) -> Resolution:
        """The author of a record written in the first person ("I said that ..."), who is not named
        as such: the one person the title or the participant list names who is not among the other
        speakers. Flagged for a curator; unresolved when the page names none or several."""
        met = _words_folded(" ".join(m["whom"] for text in (self.notes_raw, *(t for _, t in self.page_turns))
                                     for m in AUTHOR_MET.finditer(text)))  # ("I reached Archbishop Makarios by
        # telephone": the one the author reached, not the author)
        # (nor one listed as interpreting, "Mr. Troyanovsky (interpreter)": he puts others' words, not his own)
        interpreters = {self.names.key(p.name) for p in self.context.participants
                        if "interpret" in fold(f"{p.role} {p.header} {p.printed}")}
        sent_to = " ".join(fold(m["name"]) for m in TITLE_ADDRESSEE.finditer(self.title))  # ("Message From the Embassy
        # in Egypt to the Assistant Secretary ... (Allen)": whom it is sent to, not who writes it)
        named = {k: (e, n) for k, (e, n) in self._named_but(speakers).items()
                 if not (self.names.key(n).words and f" {self.names.key(n).words[-1]} " in f"{self.addressed}{met} {sent_to} ")
                 and self.names.key(e.label if e else n) not in interpreters and self.names.key(n) not in interpreters}
        office = BY_AN_OFFICE.search(self.title) or PREPARED_BY_AN_OFFICE.search(self.notes_raw)
        holder = self.office_holders.get(fold(office["office"])) if office else None
        if office and holder:  # "Memorandum of Conversation, by the Secretary of State": the holder on the record's date
            return Resolution(self.lookup(holder).entity, DOCUMENT, f"the record speaks in its author's first person, "
                              f"and its heading or source note says it is by the {office['office']}: on its date, "
                              f"{holder}", holder, doubtful=True)
        if self.from_person and len(named) != 1:  # "FROM" / "• Zbigniew Brzezinski": a memo's author, not one whom
            # its note reports ("Ambassador Stoessel described his recent talks ...")
            return Resolution(self.lookup(self.from_person).entity, DOCUMENT, f"the record speaks in its author's first "
                              f"person, and its 'From' line names {self.from_person}", self.from_person, doubtful=True)
        drafter = DRAFTED_BY.search(self.notes_raw) or REPORTED_OWN_TALK.search(self.notes_raw) if not office \
            else None  # (the office's words, whoever drafted them)
        if drafter and len(named) != 1:  # FRUS: "Source: ... Drafted by Kohler.": the one who writes "I"
            surname = fold(drafter["name"])
            chosen = [(e, n) for e, n in named.values() if surname in self.names.key(e.label if e else n).words]
            others = [s for s in speakers if surname in self.names.key(s.label).words]
            if len(chosen) == 1 or not chosen and not named and not others:
                entity, name = chosen[0] if chosen else (self.lookup(drafter["name"]).entity, drafter["name"])
                return Resolution(entity, DOCUMENT, f"the record speaks in its author's first person, and its source "
                                  f"note says {drafter[0]!r}: {name}", name, doubtful=True)
        summarised = {k: (e, n) for k, (e, n) in named.items()
                      if re.search(rf"\b{re.escape(fold(n.split()[-1]))}\b", fold(self.summary_text))}
        if len(named) > 1 and len(summarised) == 1:  # "Harriman and Stalin discuss ...": of the four the list names,
            entity, name = next(iter(summarised.values()))  # the one the archive's summary names besides Stalin
            return Resolution(entity, PARTICIPANTS, f"the record speaks in its author's first person; of the persons "
                              f"the page names who are not reported otherwise, the archive's title or summary names "
                              f"{name} only", name, doubtful=True)
        if not named and (pair := SUMMARY_PAIR.search(self.summary_text)):
            # "Moravec and Moskovsky discuss ...": the archive's summary names two, one of whom speaks otherwise
            heard = [self.names.key(e.label) for e in speakers]
            unheard = [n for n in (pair["a"], pair["b"])
                       if not any(self.names.key(n).alike(k) for k in heard) and not self._not_a_person(n)]
            if len(unheard) == 1 and len(speakers) >= 1:
                name = unheard[0]
                return Resolution(self.lookup(name).entity, DOCUMENT, f"the record speaks in its author's first person; "
                                  f"the archive's summary names {name} with the one who speaks otherwise", name,
                                  doubtful=True)
        addressed = self._addressed_by_office(named) if len(named) > 1 else None
        if addressed:  # "She asked whether the Secretary would at least agree ...": the one the others speak to
            entity, name, called = addressed
            return Resolution(entity, PARTICIPANTS, f"the record speaks in its author's first person; of the persons "
                              f"the participant list names, {name} alone holds the office the others' words call "
                              f"'the {called}'", name, doubtful=True)
        if len(named) != 1 and self.sender:  # a cable's "From: Ambassador Sato", who may speak as "the Ambassador" too
            return Resolution(self.lookup(self.sender).entity, DOCUMENT, f"the record speaks in its author's first "
                              f"person, and its 'From:' line names {self.sender}", self.sender, doubtful=True)
        unspoken = self._unspoken_title_office() if not named else None
        if unspoken:  # "Memorandum of a Conversation Between the President and the Secretary of State, ...": of the
            # two offices the title names, the one no turn is printed under, whose holder on the record's date writes "I"
            title_office, holder = unspoken
            return Resolution(self.lookup(holder).entity, DOCUMENT, f"the record speaks in its author's first person; "
                              f"its title names the {title_office}, of whom no turn speaks otherwise: on its date, "
                              f"{holder}", holder, doubtful=True)
        if len(named) != 1:
            return Resolution(None, UNRESOLVED, "the record speaks in its author's first person ('I ...') and the "
                              f"page names {len(named) or 'no'} person(s) who could be the author")
        entity, name = next(iter(named.values()))
        surname = re.escape(name.split()[-1])
        if re.search(rf"\b{surname}['’ʼ]s[ ]+(?:[a-z]+[ ]+)?(?:visit|trip|journey|stay|tour|illness|health|death|speech"
                     rf"|letter|message|proposals?|position|statement)\b", self.title) \
                and not any(self.names.key(p.name).alike(self.names.key(name)) for p in self.context.participants):
            # "Subject: Results of President Zia's visit to the DPRK": what the record is about, not who wrote it
            return Resolution(None, UNRESOLVED, f"the record speaks in its author's first person ('I ...'); the title "
                              f"names {name} as its subject, not its author")
        return Resolution(entity, PARTICIPANTS, f"the record speaks in its author's first person; {name} is the one "
                          "person the page names who is not reported otherwise", name, doubtful=True)

    def _unspoken_title_office(self) -> tuple[str, str] | None:
        """Of the two offices a title names ("Between the President and the Secretary of State"), the one whose holder
        on the record's date (ld/data/offices.toml) is known and under whose word no turn is printed, with that holder;
        None unless exactly one."""
        between = TITLE_OFFICES.search(self.title)
        if not between:
            return None
        heard = {_bare_role(label).split()[-1] for label, _ in self.page_turns if label}
        found = [(office, holder) for office in (fold(between["a"]), fold(between["b"]))
                 if (holder := self.office_holders.get(office)) and office.split()[0] not in heard]
        return found[0] if len(found) == 1 else None

    def _addressed_by_office(self, named: dict[str, tuple[Entity | None, str]]) -> tuple[Entity | None, str, str] | None:
        """The one listed person whose office the other speakers' reported words use for the one they speak to ("Her
        Excellency ... Pandit"'s "She asked whether the Secretary would at least agree" of a list with "Dean Acheson -
        Secretary of State" and "Joseph S. Sparks - SOA"), as (entity, name, the office's word); None if not one."""
        words = " ".join(text for label, text in self.page_turns if label.strip() not in ("I", "[I]"))
        found = []
        for participant in self.context.participants:
            described = participant.role or participant.printed.partition(participant.name)[2]  # ("- Secretary of State")
            office = re.match(r"(?:the[ ]+)?([A-Z][a-z]+)", described.strip(" -–—,"))
            key = self.names.key(participant.name)
            if office and fold(office[1]) in OFFICE_WORDS and any(key.alike(self.names.key(n)) for _, n in named.values()) \
                    and re.search(rf"\bthe[ ]+{office[1]}\b(?![ ]+(?:of|General|General's)\b)", words):
                found.append((participant.entity, participant.name, office[1]))
        return found[0] if len(found) == 1 else None

    def answerer(self, authors: list[Entity], speakers: list[Entity]) -> Resolution:
        """Who gives "The answer was: ..." in a first-person record: the one person who speaks on the
        page or whom the title or the participant list names, who is not its author. Flagged for a
        curator; unresolved otherwise."""
        named, who = self._named_but(authors, speakers), "the page names"
        if len(named) > 1 and len(speaking := self._named_but(authors, speakers, listed=False)) == 1:
            # (of those the list names, the one who speaks on the page: "Ambassador Belt called on me ... I asked him
            # whether ... He replied ...", not the aide listed beside him)
            named, who = speaking, "who speaks on the page"
        if len(named) != 1 or not authors:
            return Resolution(None, UNRESOLVED, "an answer to the author's question, and the page names "
                              f"{len(named) or 'no'} person(s) other than the author who could give it")
        entity, name = next(iter(named.values()))
        return Resolution(entity, DOCUMENT, f"an answer to the author's question; {name} is the one person {who} "
                          "besides the author", name, doubtful=True)

    def _named_but(self, excluded: list[Entity], speakers: Sequence[Entity] = (),
                   listed: bool = True) -> dict[str, tuple[Entity | None, str]]:
        """The persons ``speakers`` hold and (``listed``) the participant list and the title name, by IRI or name,
        but those of ``excluded``."""
        others = [self.names.key(e.label) for e in excluded]
        named: dict[str, tuple[Entity | None, str]] = {}
        people = [*((None if e.local_to else e, e.label) for e in speakers),
                  *((p.entity, p.name) for p in self.context.participants if listed),
                  *((self.lookup(n).entity, n) for _, n in self.context.title_roles if listed),
                  *((self.lookup(n).entity, n) for n in self.context.title_people if listed)]
        for entity, name in people:
            key = self.names.key(entity.label if entity else name)
            if key.words and not any(key.alike(o) for o in others):
                named.setdefault(entity.slug if entity else " ".join(key.words), (entity, name))
        return named

    def _title_pairs_other(self, role: str, wanted: str) -> Resolution | None:
        """"Record of Conversation Between Whitlam and James" over "The Prime Minister said ..." (Whitlam, in office on
        its date) and "The High Commissioner said ...": the one of the title's two persons whom no other label of the
        page names; flagged (the page does not say it)."""
        if self._pairing or self.context.participants or len(self.context.title_people) != 2:
            return None
        people = [self.names.key(name) for name in self.context.title_people]
        named: set[int] = set()
        self._pairing = True  # (the other role is read without this rule: two unread roles name no one)
        try:
            for label in dict.fromkeys(label for label, _ in self.page_turns):
                other = _bare_role(label)
                if fold(label) in ("i", "we"):
                    return None  # (the author, who writes "I", is one of the two: the page does not say which)
                if self.role_aliases.get(other, other) == wanted:
                    continue
                found = self._role(label) if other in self.names.titles else self.lookup(label)
                who = found.entity.label if found.entity else found.name
                hits = {i for i, key in enumerate(people) if who and self.names.key(who).alike(key)}
                if len(hits) != 1:
                    return None  # (a third speaker, or a role the page does not resolve)
                named |= hits
        finally:
            self._pairing = False
        if len(named) != 1:
            return None
        name = self.context.title_people[1 - named.pop()]
        return Resolution(self.lookup(name).entity, TITLE, f"{role!r}: the title names two persons, and the page's other "
                          f"speakers are the one, so this is {name}", name, doubtful=True)

    def _unlisted_labelled(self, wanted: str) -> Resolution | None:
        """"PARTICIPANTS: The President" (and others by name) over a memo whose turns print "President Kennedy asked
        ...": the one person a label names in that office whom the list does not name, flagged (the page does not say
        the two are one)."""
        listed = [self.names.key(p.name) for p in self.context.participants]
        named = {name: label for held, name, label in self.context.label_roles
                 if held == wanted and not self._converse(label, wanted)
                 and not any(self.names.key(name).alike(k) for k in listed)}
        if len(named) != 1:
            return None
        name, label = named.popitem()
        entity = self.lookup(name).entity
        return Resolution(entity, DOCUMENT, f"the participant list names the {wanted} without a name, and the label "
                          f"{label!r} names {name}, whom it does not list", name, doubtful=True)

    def _unlisted_title_people(self) -> list[str]:
        """The persons the title names whom the participant list does not: neither by name nor by the office the title
        gives them ("Memorandum of Conversation, by the Chief of Protocol (Simmons)" over a list's "The Chief of
        Protocol" lists Simmons)."""
        listed = [self.names.key(p.name) for p in self.context.participants]
        offices = {fold(p.printed).removeprefix("the ").strip() for p in self.context.participants} \
            | {held for held, _ in self.context.unnamed_roles}
        named = [*(name for _, name in self.context.title_roles), *self.context.title_people]
        return [name for name in dict.fromkeys(named)
                if not any(self.names.key(name).alike(k) for k in listed)
                and not any(re.search(rf"\b{re.escape(office)}[ ]+\({re.escape(fold(name))}\)", fold(self.title))
                            for office in offices if office)]

    def _who(self, entity: Entity | None, name: str) -> str:
        return entity.slug if entity else " ".join(self.names.key(name).words)

    def _remember(self, name: str, entity: Entity | None, result: Resolution | None = None):
        key = self.names.key(name)
        if entity is not None:
            own = [self.names.key(f) for f in (entity.label, *entity.aliases)]
            if entity.local_to or any(key.fits(form) for form in own) \
                    or any(key.fits(self.names.key(n)) for _, n in entity.names):
                own.insert(0, key)  # (not "Ford Henry A. Kissinger", a run-on participant list's Kissinger: "Ford"
                # does not name him)
            for form in own:
                if form.words:
                    self.seen.append((form, entity))
        elif key.words and _plausible_name(name) and not any(key.fits(form) for form, _ in self.local):
            self.local.append((key, name))
        return result


def _after_body(name: str) -> str:
    """A name with initials after the body or portfolio of its office: "Norwegian Labor Party E. Gerhardsen" (of
    "Chairman of the ..."), "Trade A. Skaug" (of "Minister of Trade ..."): the name starts at the initials."""
    initialled = re.search(r"(?<=\s)(?:[A-Z]\.[ ]?){1,3}[A-Z][\w’'\-]+$", name)
    if initialled and {fold(w).strip(".,") for w in name[:initialled.start()].split()} & (BODIES | OFFICE_OBJECTS):
        return initialled[0]
    words = name.split()  # ("Soviet Embassy Basmanov" of "the Counselor of the ...": the body, then a surname)
    body = max((i for i, w in enumerate(words[:-1]) if fold(w).strip(".,") in BODIES), default=-1)
    if body >= 0 and len(words) - body - 1 <= 2 and all(w[:1].isupper() for w in words[body + 1:]):
        return " ".join(words[body + 1:])
    return name


def office_holders(date: str, text: str) -> dict[str, str]:
    """The holders of the offices of ld/data/offices.toml on ``date`` (ISO, or its year and month), of the
    states whose records' marks ``text`` (the page's title, citation, summary, headers and notes) carries;
    without a date, the holders for most of the term of another office's holder whom the text names by office and
    surname, or else a holder the text names in full, when it names one of that office only."""
    data = _offices()
    text = text.replace("’", "'")
    offices = _record_offices(text)
    if not offices:
        return _named_holders(date, text)
    window = None
    if date:
        first, last = _span(date)
    elif window := _named_holders_window(offices, text):
        # an undated record that names another office's holder by office and surname ("Secretary of State Herter"):
        # each office's holder for most of that one's term ("The President": Eisenhower)
        first, last = window
    held: dict[str, list[str | None]] = {}  # role -> the holder of each office of that role (None: not one)
    for office in offices:
        if window:
            names = {name for name, start, end in office["holders"] if _days(max(start, first), min(end, last)) > 31}
            kept = {name for mark, name in data["library"].items() if mark in text} & names \
                if "president" in office["roles"] and len(names) > 1 else set()
            names = kept if len(kept) == 1 else names  # (Rusk's years were Kennedy's and Johnson's: "Source: Johnson
            # Library, ..." says whose)
        elif date:  # (a year in which the office changed hands names no one)
            names = {name for name, start, end in office["holders"] if start <= last and first < end}
        else:  # a page whose date was lost: the one holder of the office its notes name in full
            # ("Records of Henry Kissinger" for "The Secretary", "President Carter")
            names = {name for name, _, _ in office["holders"] if _names_holder(text, office, name)}
            if not names:  # ("Kissinger was in Kenya for ...": the one holder whose surname the notes print; not a
                # library's name, "Source: Johnson Library, ...", which says whose president's records they are)
                unfiled = re.sub(r"\b[A-Z][a-z]+[ ](?:Presidential[ ])?Library\b", "", text)
                surnamed = {name for name, _, _ in office["holders"]
                            if re.search(rf"\b{re.escape(name.split()[-1])}\b", unfiled) and not _namesake_in(name, unfiled)
                            and not _in_lesser_office(name, unfiled)}
                names = surnamed if len(surnamed) == 1 else names
            if not names and office.get("undated") and len(office["holders"]) == 1:
                # a title that one man bore through the archive's years ("the Shah", of a telegram from Tehran
                # whose heading gives no year): its holder, flagged as every holder of this file
                names = {office["holders"][0][0]}
            if "president" in office["roles"] and not names:  # "Source: Carter Library, ...": his records
                names = {name for mark, name in data["library"].items() if mark in text}
            elif not names:  # the same library's administration: "The Vice President" of the Carter Library's records
                presidents = {name for mark, name in data["library"].items() if mark in text}
                terms = [(start, end) for chief in data["office"] if chief["state"] == office["state"]
                         and "president" in chief["roles"] for name, start, end in chief["holders"] if name in presidents]
                names = {name for name, start, end in office["holders"]
                         if any(start < term_end and term_start < end for term_start, term_end in terms)}
                named = {name for name in names if re.search(rf"\b{re.escape(name.split()[-1])}\b", text)}
                names = named if len(named) == 1 else names  # ("Vance was in China ...": of Vance and Muskie)
        for role in office["roles"]:
            held.setdefault(role, []).append(next(iter(names)) if len(names) == 1 else None)
    # (a role of two states' records, or of an office that changed hands in the time given, names no one; a role
    # of no office of the states marked, the holder of another state's whom the page names: "Secretary Haig")
    found = {role: names[0] for role, names in held.items() if names[0] and len(set(names)) == 1}
    return {**{role: name for role, name in _named_holders(date, text).items() if role not in held}, **found}


def _names_holder(text: str, office: dict, name: str) -> bool:
    """Does the text name this holder of the office in full, or by its title and his surname ("President Carter",
    "Secretary of State Dean Rusk")?"""
    return name in text or any(not _subordinate_before(text, m.start()) for m in re.finditer(  # (not "Under Secretary
        rf"\b{re.escape(office['roles'][0].title())}[ ]+(?:[A-Z][\w.]*[ ]+){{0,2}}{re.escape(name.split()[-1])}\b", text))
    # Rogers" for the Secretary Rogers)


def _named_holders(date: str, text: str) -> dict[str, str]:
    """A page that carries no state's marks (a newsletter's copy of a telephone call, a memcon's bare heading): the holder
    of an office of any state whom the text names by office and surname ("Secretary Haig's Conversation with ...") or
    by his first and last names ("Phone call between George Bush and Margaret Thatcher"), in office on the date when
    there is one; a role that two such holders share names no one."""
    first, last = _span(date) if date else ("", "")
    held: dict[str, set[str]] = {}
    for office in _offices()["office"]:
        for name, start, end in office["holders"]:
            if date and not (start <= last and first < end):
                continue
            words = name.split()
            if words[-1] in text and (_names_holder(text, office, name) or re.search(  # (a substring test first: most
                    rf"\b{re.escape(words[0])}[ ]+(?:[A-Z]\.[ ]*)*{re.escape(words[-1])}\b", text)):  # pages name few)
                for role in office["roles"]:  # ("George Bush" for George H. W. Bush)
                    held.setdefault(role, set()).add(name)
    return {role: names.pop() for role, names in held.items() if len(names) == 1}


def _in_lesser_office(holder: str, text: str) -> bool:
    """Does the text print the holder's surname only after a lesser office of the same name ("Under Secretary
    Rogers" in 1976, not the Secretary Rogers of 1969-1973)?"""
    surname = re.escape(holder.split()[-1])
    lesser = [m for m in re.finditer(rf"\b(?:Secretary|Minister|President)[ ]+(?={surname}\b)", text)
              if _subordinate_before(text, m.start())]
    return bool(lesser) and len(lesser) == len(re.findall(rf"\b{surname}\b", text))


def _namesake_in(holder: str, text: str) -> bool:
    """Does the text print another man of the holder's surname, by a given name and an initial that are not his
    ("William D. Rogers, Assistant Secretary for Inter-American Affairs", not the Secretary William P. Rogers)?"""
    words = holder.split()
    given, initial = words[0], next((w[0] for w in words[1:-1] if re.fullmatch(r"[A-Z]\.?", w)), "")
    for found in re.finditer(rf"\b([A-Z][a-z]+)[ ]([A-Z])\.[ ]+{re.escape(words[-1])}\b", text):
        if found[1] != given or initial and found[2] != initial:
            return True
    return False


# one the page mourns, who holds no office on its date: "after the funeral of President Kennedy", "the late Nuncio"
MOURNED = re.compile(r"\b(?:(?:funeral|death|assassination|murder|memory|burial|widow|grave|mourning)[ ]+of[ ]+(?:the[ ]+)?"
                     r"(?:late[ ]+)?|the[ ]+late[ ]+)[A-Z][\w’'.\-]*(?:[ ]+[A-Z][\w’'.\-]*){0,4}")
# a personal title and a surname: "Dr. Eskandary", "Mr. Kim" (what "Dr. E." and "Mr. K." shorten)
TITLED_SURNAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Comrade|Com|Cde|Gen|General|Ambassador)\.?[ ]+([A-Z][a-z][\w’'\-]{2,})\b")


def _named_holders_window(offices: list[dict], text: str) -> tuple[str, str] | None:
    """The term (first day, last day) of the one office holder the text names by an office and the surname
    ("Secretary of State Herter", "Secretary Herter"), of offices that name someone; None when it names none, or
    holders whose terms do not meet."""
    terms = {(start, end) for office in offices for name, start, end in office["holders"]
             for role in office["roles"] if not role.startswith("the ")
             and any(not _subordinate_before(text, m.start()) for m in re.finditer(
                 rf"\b{re.escape(_office_cased(role))}[ ]+(?:[A-Z][\w.]*[ ]+){{0,2}}"
                 rf"{re.escape(name.split()[-1])}\b(?![ ]+[A-Z][a-z])", text))}  # (not "Assistant Secretary of State
    # Marshall Green", another office, and a given name)
    if not terms:
        return None
    first, last = max(start for start, _ in terms), min(end for _, end in terms)
    return (first, last) if first < last else None


def _subordinate_before(text: str, at: int) -> bool:
    """Does a word that makes an office a lesser one stand just before ``at`` ("Assistant Secretary of State")?"""
    before = text[max(at - 20, 0):at].split()
    return bool(before) and fold(before[-1]) in SUBORDINATE_OFFICE


def _office_cased(role: str) -> str:
    """"Secretary of State" of "secretary of state"."""
    return " ".join(w if w in ("of", "the", "for") else w.capitalize() for w in role.split())


def _days(first: str, last: str) -> int:
    """Days from one ISO date to another (negative when the second is earlier)."""
    from datetime import date

    return (date.fromisoformat(last) - date.fromisoformat(first)).days


# words that open a sentence before a name, capitalised there and in no name: "Today Castro received me ..."
SENTENCE_OPENERS = frozenset({"today", "yesterday", "tomorrow", "tonight", "then", "now", "later", "here", "there",
                              "when", "after", "before", "finally", "also", "again", "meanwhile", "afterwards",
                              "subsequently", "thereupon", "thus", "however", "moreover", "furthermore", "next", "this",
                              "that", "these", "those", "since", "while", "although", "once", "unfortunately"})


# a State Department decimal file's number, which ends in the document's date: "795.00/10–1150" (11 October 1950),
# "751S.11/10–1562" in a FRUS source note, "397.5611–GE/3–2061" (a place's letters after a dash)
# ("611.95A241/12–1754": the subject's number after a country's letter; "501.BB Palestine/10–2648": the UN's files,
# letters after the point)
DECIMAL_FILE = re.compile(r"\b\d{3}[A-Z]?\.(?:\d{1,5}(?:[A-Z]\d{0,4})?|[A-Z]{1,3})(?:[ –-]?(?:[A-Z]{2,}|[A-Z][a-z]+))?/"
                          r"(?P<month>1[0-2]|0?[1-9])[–-]"
                          r"(?P<day>3[01]|[12]\d|0?[1-9])(?P<year>[4-9]\d)\b")


# a FRUS memorandum's heading ("367. Memorandum of Conversation") over a participant list that names a US office by
# itself on its line ("The Secretary", "The President"): the State Department's record, its source note cut off a copy
# the State Department's drafting line, the office, the drafter and the typist: "S:DAcheson:mlm", "EUR/SOV:JSmith:ab"
STATE_DRAFT_CODE = re.compile(r"\bDrafted[ ]+[A-Z]{1,4}(?:/[A-Z]{1,5})*:[A-Za-z]{4,}:[a-z]{2,4}\b")
FRUS_MEMCON = re.compile(r"\d{1,4}\.[ ]+Memorandum[ ]of[ ]Conversation(?![a-z])")
# a title printed in Chinese, at the text's start (the page's, or the title first in a record's context): the Chinese
# side's own record ("毛泽东会见赞比亚总统卡翁达和夫人的谈话"), or the source's index line above it ("[返回索引页面]")
CHINESE_TITLE = re.compile(r"\s*[^\n]{0,40}?[\u3400-\u9fff]{4}")
OFFICE_ALONE = re.compile(r"(?m)^(?:The[ ](?:President|Secretary|Vice[ ]President|Under[ ]Secretary|Deputy[ ]Secretary))$")


def file_date(text: str) -> str:
    """The date a State Department decimal file number gives (ISO), for a record that prints no date line of its
    own; "" when the text has none, or two that differ."""
    dates = {f"19{m['year']}-{int(m['month']):02}-{int(m['day']):02}" for m in DECIMAL_FILE.finditer(text)}
    return dates.pop() if len(dates) == 1 else ""


def office_roles(text: str) -> frozenset[str]:
    """The roles of ld/data/offices.toml's offices of the states whose records' marks ``text`` carries."""
    return frozenset(role.removeprefix("the ") for office in _record_offices(text) for role in office["roles"])


def usual_bearers(date: str) -> dict[tuple[str, bool], str]:
    """(a surname, folded; printed after a woman's title) -> whom the records of ``date`` mean by it alone
    (ld/data/offices.toml's [[surname]]); nothing without a date."""
    if not date:
        return {}
    first, last = _span(date)
    return {(fold(entry["surname"]), entry.get("woman", False)): name for entry in _offices().get("surname", ())
            for name, start, end in entry["bearers"] if start <= first and last < end}


def usual_women(surname: str) -> list[str]:
    """The women whom the records of any date mean by this surname (folded) after a woman's title
    (ld/data/offices.toml's [[surname]] with ``woman``)."""
    return sorted({name for entry in _offices().get("surname", ()) if entry.get("woman") and fold(entry["surname"]) == surname
                   for name, _, _ in entry["bearers"]})


def _span(date: str) -> tuple[str, str]:
    """The first and the last day of a date ISO prints as a day, a month ("1964-10") or a year ("1963")."""
    return (date + "-01-01"[len(date) - 4:])[:10], (date + "-12-31"[len(date) - 4:])[:10]


def _spoken_of(surname: str, text: str) -> bool:
    """Does the text name this person after a preposition ("the exchange of messages with Mr. Dulles"), as someone
    spoken of (not "Erhard said", the speaker himself)?"""
    return re.search(rf"\b(?:with|to|from|by|of|for|and)[ ]+(?:(?:Mr|Mrs|Dr|Secretary|President|Chancellor)\.?[ ]+)?"
                     rf"{re.escape(surname)}\b", text) is not None


def _record_offices(text: str) -> list[dict]:
    """The offices of ld/data/offices.toml of the states whose records' marks ``text`` carries."""
    data = _offices()
    text = text.replace("’", "'")  # ("Secretary’s Memoranda of Conversation": the marks are typed with "'")
    states = {state for state, marks in data["marks"].items()  # (a cable in capitals prints them so: "IRAN")
              if any(mark in text or mark.upper() in text for mark in marks)}
    states |= {"United States"} if DECIMAL_FILE.search(text) else set()  # (the State Department's file number)
    states |= {"United States"} if FRUS_MEMCON.match(text) and OFFICE_ALONE.search(text) else set()
    states |= {"United States"} if STATE_DRAFT_CODE.search(text) else set()  # ("S:DAcheson:mlm", the memo's drafter)
    states |= {"China"} if CHINESE_TITLE.match(text) else set()  # (a record printed in Chinese: its "主席" is China's)
    return [office for office in data["office"] if office["state"] in states]


@lru_cache(maxsize=1)
def _offices() -> dict:
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("ld").joinpath("data/offices.toml").read_text("utf-8"))


def _first_office(note: str, wanted: str) -> bool:
    """Does a register note's first clause give this office, unqualified ("Chairman of the Central Committee
    ... in 1964"; not "First Deputy Premier 1960-1964; ... (Premier) 1964-1980", whose later office has dates
    the record may not fall in)?"""
    first = re.split(r"[;,(]", fold(note), maxsplit=1)[0]
    return any(not first[:m.start()].rstrip().endswith(QUALIFIERS + OTHER_OFFICE_LEADS)
               for m in re.finditer(rf"\b{re.escape(wanted)}\b", first))


# words that make another office of the one they lead ("First Secretary", "General Secretary", "Under Secretary" are no
# "Secretary"), besides the qualifiers of the same office (QUALIFIERS: "Vice Premier")
OTHER_OFFICE_LEADS = ("first", "second", "third", "general", "under", "executive", "permanent", "private", "press",
                      "parliamentary")


MONSIEUR_NAME = re.compile(r"M\.[ ]?([A-Z][\w’'\-]{2,})")  # "M. Vyshinsky", "M. Blancard"
# a personal honorific after a name, on a participant list's line: the second column's entry ("Marshal Stalin Dr.
# Soong", "Mr. Petrov Dr. Victor Hoo")
NAME_OF_STATE = re.compile(r"(?<=[a-z])[ ]+of[ ]+(?:the[ ]+)?(?P<place>[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){0,2})$")
MERGED_COLUMNS = re.compile(r"(?<=[a-z\])])[ ]+(?=(?:Dr|Mr|Mrs|Ms|Sir|Cde|Com)\.?[ ]+[A-Z\[])"  # ("Mr. Bevin (UK) Mr. Barclay")
                            # (or two lines a PDF copy glued: "President NixonHenry A. Kissinger, ... AffairsWinston
                            # Lord"; not "McCloy", "MacArthur": three lower-case letters before the capital)
                            r"|(?<=[a-z]{3})(?=[A-Z][a-z]+[ ](?:[A-Z]\.[ ])?[A-Z][a-z]+)")
# a sentence's full stop after a name's last word (not an initial's): "Walter Scheel."
WORD_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")
SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{4})\.[ ]")
# a department's office code before a participant's name: "NEA-Phillips Talbot", "EUR/EE—Mr. Tihany"
OFFICE_CODE_GLUED = re.compile(r"([A-Z]{2,5}?)(?=(?:[A-Z]\.[ ]?)+[A-Z][a-z]|[A-Z][a-z]+[ ](?:[A-Z]\.[ ]?)*[A-Z][a-z])")
OFFICE_CODE_LEAD = re.compile(r"([A-Z]{2,5}(?:/[A-Z]{1,5})*)[ ]*[-–—][ ]*(?=(?:Mr\.[ ]|Mrs\.[ ]|Dr\.[ ])?[A-Z][a-z])")
# an office after a possessive name, of one who acts for that person: "Carter’s Special Emissary", "Nixon's Assistant"
AGENT_OF = re.compile(r"['’ʼ]s[ ]+(?:[A-Z][\w\-]*[ ]+){0,2}(?:Emissary|Envoy|Representative|Assistant|Adviser|Advisor"
                      r"|Messenger|Deputy|Interpreter)\b(?:[ ]+\((?P<sent>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)\))?")
# (and the editor's name of him in round brackets, as FRUS prints it: "(Clifford)")
# the one a heading's record is sent to, by office and name: "Message From ... to the Assistant Secretary ... (Allen)"
# (not an office's place: "the Pakistani Ambassador to the United States (Hilaly)")
TITLE_ADDRESSEE = re.compile(r"\b(?:From|from)[ ][^()]{3,160}?[ ]to[ ]+the[ ]+[^()]{3,160}?"
                             r"\((?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)\)")
# the one the author of a first-person record reached, called on or received: "I reached Archbishop Makarios by
# telephone", "I called on President Park"
AUTHOR_MET = re.compile(r"\bI[ ]+(?:then[ ]+|first[ ]+)?(?:reached|telephoned|phoned|called[ ]+on|visited|received|met"
                        r"(?:[ ]+with)?|saw)[ ]+(?P<whom>(?:[A-Z][\w.’'\-]*[ ]+){0,3}[A-Z][\w’'\-]+)")
# a name, a comma and the offices it holds, in a title: "Sory Kaba, Ambassador of the Republic of Guinea in the USSR"
APPOSED = re.compile(r"(?P<name>(?:[A-Z][\w.’'\-]*[ ]){1,3}[A-Z][\w’'\-]+),[ ]+(?P<office>(?:the[ ]+)?[A-Z][^,;()]{2,120})")
# where a listed person serves, after the name: "... at the Korean Embassy in Australia", "... of the Soviet Embassy"
AT_POST = re.compile(r"[ ]+(?:at|of|in)[ ]+the[ ]+(?:[A-Z][\w’'\-]*[ ]+){0,3}(?:Embassy|Ministry|Mission|Consulate|Legation"
                     r"|Department|Office)\b")
# the same, the office only looked at (one office's words may hold the next name: "... in the USSR. At his request I
# received Cde. Carlos Olivares Sanchez, Ambassador of ...")
APPOSED_AHEAD = re.compile(r"(?P<name>(?:[A-Z][\w.’'\-]*[ ]){1,3}[A-Z][\w’'\-]+)(?:[ ]\[[^\[\]]{1,40}\])?,[ ]+"
                           r"(?=(?P<office>(?:the[ ]+)?[A-Z][^,;()]{2,120}))")
# an office's second place, where it serves: "of the PRC in the USSR" before the name is "of the PRC"
SECOND_PLACE = re.compile(r"\b((?:of|to)[ ]+(?:the[ ]+)?[A-Z][\w’'\-]+)[ ]+(?:in|to|at)[ ]+(?:the[ ]+)?[A-Z][\w’'\-]+"
                          r"(?=[ ][A-Z][\w’'\-]+[ ][A-Z])")
# the editor's office in brackets before a name: "Comrade [North Korean Ambassador] Ri Dong-seon" names him so
BRACKETED_OFFICE = re.compile(r"\[((?:[A-Z][\w’'\-]*[ ]){0,3}[A-Z][a-z]+)\][ ]+(?=[A-Z])")
# an envoy's full rank, which names no other office: "Ambassador Extraordinary and Plenipotentiary"
PLENIPOTENTIARY = re.compile(r"(?<=Ambassador)[ ]+Extraordinary[ ]+and[ ]+Plenipotentiary\b", re.I)
# an office's place, then a comma before two capitalised words: "... Ambassador to Bulgaria, Ha Dong-yun" (a place of
# a few words too: "the Ambassador of the Republic of Cuba, Flores Ibarra")
PLACE_COMMA = re.compile(r"[ ]+(?:to|of|in)[ ]+(?:the[ ]+)?[A-Z][\w’'\-]+(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w’'\-]+){0,3},[ ]+"
                         r"(?=[A-Z][\w’'\-]+[ ][A-Z][\w’'\-]+(?:[ ,]|$))")
# (the same after an ambassador's office in a page's narration, whose lists may run on after other offices)
ENVOY_PLACE_COMMA = re.compile(r"(?<=Ambassador)" + PLACE_COMMA.pattern)
# the rest of a place after an office, then the editor's bracketed name: "the Secretary of State of the United States
# [of America, [Dean Rusk,]]"
PLACE_THEN_BRACKET = re.compile(r"(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w’'\-]+){0,3},?[ ]+\[(?P<bracket>[A-Z][^\[\]]{1,60})\]")
# capitalised words in a row: a person's name as narration prints it ("PRC Ambassador Qiao Xiaoguang")
FULL_NAME = re.compile(r"\b[A-Z][a-z][\w’'-]*(?:[ ]+[A-Z][a-z][\w’'-]*)+")


def _initialled(label: str) -> tuple[str, ...]:
    """A full name as narration shortens it, its given name to an initial: "Fidel Castro" is "F. Castro"."""
    words = label.split()
    return (f"{words[0][0]}. {words[-1]}",) if len(words) >= 2 and words[0][:1].isupper() else ()


def _name_of(found: Resolution) -> str:
    """The name a resolution gives: the page's for a person the register does not know, else the register's."""
    return found.name or (found.entity.label if found.entity else "")


def _words_folded(text: str) -> str:
    """The words of a text, folded, between spaces: a name is found in it as " fidel castro "."""
    return " " + " ".join(re.findall(r"[\w-]+", fold(text))) + " "


# a participant's "role" that holds another person, a list run together on one line ("Robert G. Menzies, Australian
# Prime Minister Norman J. O. Makin, Australian Ambassador Secretary Acheson"): no entry's offices can be trusted
PERSON_IN_ROLE = re.compile(r"\b[A-Z][a-z]+[ ](?:[A-Z]\.[ ]?){1,3}[A-Z][a-z]{2,}|\b(?:Mr|Mrs|Ms|Dr)\.?[ ][A-Z][a-z]")
# the words before an office that make it another, lesser one ("Under Secretary", "Deputy Foreign Minister"), folded
SUBORDINATE_OFFICE = frozenset({"under", "deputy", "assistant", "vice", "executive", "permanent", "parliamentary",
                                "press", "private", "personal", "first", "second", "third"})  # ("Press Secretary (Hagerty)")


# an editor's note that opens with a person's name and office: "Huang Zhen, Chinese Ambassador to France."
NOTE_NAMES_HOLDER = re.compile(r"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-.]*){1,3})(?:,[ ]+(?P<office>[^.;]{3,100})"
                               r"|\.?$)")  # (or the name alone: "1. Nikolai Vasilyevich Novikov.")


# a role that names no office, after a nationality: "the Soviet diplomat", "the Korean interlocutor" (folded)
def _bare_role(printed: str) -> str:
    """A label as printed, folded, without its article and punctuation ("The French Ambassador:": "french ambassador")."""
    return re.sub(r"^the\s+", "", fold(printed).strip(" .:"))


NATIONAL_ROLE = re.compile(r"(?P<nation>[a-z]+)[ ](?:diplomat|interlocutor|official|guest|visitor|counterpart"
                          r"|(?P<office>ambassador|envoy|charg[eé] d[’'ʼ]affaires))")
INITIAL_WORD = re.compile(r"[A-Z]\.")
# (not the honorific that opens the next entry of a list run on: "Mr. Vladimir Popovic, Yugoslav Ambassador Mr. Bruner,
# Interpreter" names no "Mr" after the ambassador)
NOT_HONORIFIC = r"(?!(?:Mr|Mrs|Ms|Dr|Messrs|Mme|Mlle)\.?[ ])"
INITIALLED_NAME = r"(?:[A-Z]\.[ ]?){0,3}[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2}"  # "B. Pimenov", "I.N. Dudoladov"


def _uncapped(name: str) -> str:
    """A name a text in capitals prints ("MARTIN F. HERZ"), in the case a name is written in ("Martin F. Herz")."""
    if not name.isupper():
        return name
    return " ".join(word if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word)  # (initials stay: "D.F.", "F.")
                    else "-".join(part.capitalize() for part in word.split("-")) for word in name.split())


def _plausible_name(name: str) -> bool:
    """Could these words be a person's name? Not a sentence run on after an office, as a text in capitals
    prints it ("PRESIDENT PARK AND SENATOR NUNN EXPRESSING", "PRESIDENT PARK JANUARY 10", "THE PRESIDENT SAID US
    WOULD CONSULT CLOSELY")."""
    return not FUNCTION_WORD.search(name) and not any(CALENDAR_WORD.fullmatch(w) for w in name.split()) \
        and not (name.isupper() and (SPEECH_WORD.search(name) or CAPITALS_NO_NAME.search(name))) \
        and not re.match(r"(?i)of\b", name) \
        and not re.search(r"(?:ATE|ENT|ANT|IVE|OUS|FUL)LY\b", name) \
        and not any(c.isdigit() for c in name) \
        and not {fold(w) for w in name.split()} & NO_NAME_WORDS
    # ("TO THE SECRETARY IMMEDIATELY": an adverb; "the Ambassador Extraordinary and Plenipotentiary", "at the Eötvös
    # Loránd University": an office's style, a school)


# a clause of the archive's summary that a person's full name opens: "Kim Deok-hyeon relays ...; Jeong Hong-jin promises"
SUMMARY_SUBJECT = re.compile(r"(?:^|(?<=[.;])[ ]+)(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){1,2})[ ]+"
                             r"(?:also[ ]+|then[ ]+)?[a-z]{3,}s\b", re.M)
# a name addressed in speech, as a sentence's first words or after a comma: "Mr. Jeong, guessing of this kind ...",
# "... free to guess, Mr. Kim."
VOCATIVE = re.compile(r"(?:^|(?<=[,.!?][ ]))(?:Mr\.|Mrs\.|Madam|Comrade|Director|Ambassador)[ ]"
                      r"(?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2})(?=[,.!?])")  # ("Mr. Kim", "Mr. Kim Deok-hyeon")

POSSESSIVE_END = re.compile(r"['’ʼ]s$")  # ("Mr. Kim's safety": Kim)
# a name in full before a possessive ("... Jeong Hong-jin's visit to Pyongyang and Kim Deok-hyeon's return visit")
SUMMARY_POSSESSOR = re.compile(r"\b(?P<name>[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){1,2})['’ʼ]s\b")
# "Mr." and a name anywhere in a turn: in talks of two sides, the polite third person of the one addressed
# (its possessive, which the name's last word takes in, is cut off where it is read: "Mr. Kim's safety")
MISTER = re.compile(r"\bMr\.[ ](?P<name>[A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+){0,2}?)(?=[ ][a-z]|[,.!?;:)\]]|[ ]\[)")


# words of an office's style or of an institution's name, in no person's name (and the bodies' words)
NO_NAME_WORDS = frozenset({"extraordinary", "plenipotentiary", "university", "college", "school",
                           "action"}) | BODIES  # (a cable's routing: "... FONMIN ANDREI" / "ACTION EUR-12")


def _initials_of_a_body(name: str, found: str) -> bool:
    """After "of" or "to", initials in capitals are a state's or a party's ("Ambassador to the DPRK", "First
    Secretary of the CC PUWP"), no person's name."""
    return bool(re.fullmatch(r"[A-Z]{2,6}(?:[ ][A-Z]{2,6})?", name)) and bool(re.search(r"\s(?:of|to)\s", found))


def _before_verb(name: str) -> str:
    """A title's name up to a verb that follows it ("Mao Receives American Writer" is Mao)."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and fold(w) in TITLE_VERBS | TITLE_PREPOSITIONS), len(words))
    return " ".join(words[:cut])


def _ocr_slip(key: Key, form: Key) -> bool:
    """Three words or more, the same but one of three or four letters, and that one a letter an OCR mistakes for another
    ("Ho Chi Mlnh", an l for an i; "Le Due Tho", an e for a c; not "Pak Sung Chol" for Pak Song Chol, who may be
    another man)."""
    if len(key.words) < 3 or len(key.words) != len(form.words) or key.initials != form.initials:
        return False
    different = [(a, b) for a, b in zip(key.words, form.words) if a != b]
    if len(different) != 1 or len(different[0][0]) != len(different[0][1]) or len(different[0][0]) not in (3, 4):
        return False
    changed = [(x, y) for x, y in zip(*different[0]) if x != y]
    return len(changed) == 1 and frozenset(changed[0]) in OCR_CONFUSIONS


def _one_letter_off(key: Key, form: Key) -> bool:
    """The same words but one, and that one (five letters or more) one edit from the other (a letter changed,
    dropped or added, or two neighbours swapped: "Rimlat" for Rimalt)."""
    if len(key.words) != len(form.words) or key.initials != form.initials:
        return False
    different = [(a, b) for a, b in zip(key.words, form.words) if a != b]
    if len(different) != 1:
        return False
    a, b = different[0]
    if min(len(a), len(b)) >= 10:  # a long word may be two edits off: "Schevarnadze" for Shevardnadze
        return edit_distance(a, b, 2) <= 2
    if min(len(a), len(b)) < 4 or max(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        at = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(at) == 1 or len(at) == 2 and at[1] == at[0] + 1 and a[at[0]] == b[at[1]] and a[at[1]] == b[at[0]]
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def edit_distance(a: str, b: str, limit: int) -> int:
    """The edit distance of two words (letters changed, dropped or added), or ``limit + 1`` once it is over."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _surname_of(word: str, entity: Entity, forms: list[Key]) -> bool:
    """Can ``word`` be the surname in one of the entity's forms: the last word, or the first where the
    register gives the person a name in an East Asian language (whose names put the surname first: "Mao",
    "Kim")?"""
    languages = {lang.split("-")[0] for lang, _ in entity.names}
    if languages & {"zh", "ko"} and not languages & {"ja", "vi"}:  # "Hua" is Huang Hua's given name, no surname
        surname = fold(entity.label.split()[0]) if entity.label else ""
        # (nor an English given name before the surname: "Harry" of "Harry Lee Kuan Yew")
        return any(form.words[0] == word and tuple(form.words[1:2]) != (surname,) for form in forms)
    # (a Japanese name is printed in either order, "Ohira Masayoshi", "Masayoshi Ohira"; a Vietnamese leader is
    # called by his last name, "Dong", "Giap", "Thuy")
    east_asian = bool(languages & {"ja", "vi"})
    return any(_last_name_word(form.words) == word or east_asian and form.words[0] == word for form in forms)


def _last_name_word(words) -> str:
    """A name's last word, a generation's mark left out ("Douglas MacArthur II": MacArthur)."""
    return words[-2] if len(words) > 2 and words[-1] in GENERATION_MARKS else words[-1] if words else ""


GENERATION_MARKS = {"ii", "iii", "iv", "jr", "jr.", "sr", "sr."}


# a participant line that opens with a role alone and runs on into the next entry: "The President The Vice President ..."
# (or before the next entry's title: "The Secretary Ambassador John Foster Dulles Mr. Dean Rusk ...")
RUN_ON_ROLE = re.compile(r"The[ ]+(?P<role>President|Secretary|Vice[ ]President|Prime[ ]Minister|Chancellor)[ ]+"
                         r"(?=The[ ]|(?:Ambassador|Mr\.|Mrs\.|Dr\.|General|Admiral|Senator|Governor|Under[ ]Secretary"
                         r"|Assistant[ ]Secretary|Deputy|Counselor|Counsellor)[ ]"
                         # (or a name and, after a comma, its office: "The President Brent Scowcroft, Assistant to the
                         # President ...", where the comma after the role was lost: a role with its article before a
                         # name is never that name's title, which is printed without it, "President Bush")
                         r"|[A-Z][a-z]+(?:[ ][A-Z]\.)*[ ][A-Z][\w’'\-]+(?:,[ ](?:Jr\.|Sr\.|II|III))?,[ ])")


def _holds(role_text: str, wanted: str) -> bool:
    """Does a printed role ("premier of the state council") hold the role wanted ("premier"), and not
    only a qualified form of it ("vice premier") or a relation to it ("assistant to the president")?
    The role must stand in the head of a part of the role, before its first "of", "to" or "for"."""
    heads = [re.split(r"\s(?:of|to|for|at|in|with)\s", part.strip())[0] for part in role_text.split(",")]
    role_text = ", ".join(heads)
    for match in re.finditer(rf"(?<![\w]){re.escape(wanted)}(?![\w])", role_text):
        before = role_text[:match.start()].rstrip()
        if wanted == "secretary" and before.split()[-1:] and before.split()[-1] in OTHER_SECRETARIES:
            continue  # "Foreign Secretary Butler" is no US record's "The Secretary" (of State)
        if re.match(r"[ -]general\b", role_text[match.end():]) and not wanted.endswith("general"):
            continue  # "UN Secretary General Perez de Cuellar" is no "Secretary", nor "Attorney General" an attorney
        if not any(before.endswith(q) for q in QUALIFIERS) or any(wanted.startswith(q) for q in QUALIFIERS):
            return True
    return False


SIDE_HEADING = re.compile(r"^(?:(?:from|on)\s+(?:the\s+)?(?P<a>[^,:;]{2,40}?)(?:\s+side)?|(?P<b>[^,:;]{2,40}?)\s+side)"
                          r"\s*(?::\s*(?P<rest>.*))?$|^(?P<c>[A-Z][^,:;—–]{1,30}?)\s?[—–]{1,2}\s?(?P<dashed>\S.*)$", re.I)


def _sides(value: str) -> list[tuple[str, str]]:
    """A participant list split at its sub-headings ("From Seoul", "On the Korean side: ..."): (side, lines)."""
    blocks: list[tuple[str, list[str]]] = [("", [])]
    for line in value.splitlines():
        match = SIDE_HEADING.match(line.strip())
        if match and match["c"] and _describes(match["dashed"].split(",")[0]):
            blocks[-1][1].append(line)  # "Philip C. Jessup—Ambassador at Large": a person, then the office
        elif match and match["c"]:  # "Cambodia—Ieng Sary, Member of ...": the side, then its list
            blocks.append((match["c"].strip(), [match["dashed"]]))
        elif match and (match["rest"] is not None or "," not in line):
            blocks.append(((match["a"] or match["b"]).strip(), [match["rest"]] if match["rest"] else []))
        else:
            blocks[-1][1].append(line)
    return [(side, "\n".join(lines)) for side, lines in blocks if any(text.strip() for text in lines)]


# a memorandum's next header in its participant list, as an OCR runs it on ("... DATE, TIME December 5, 1991 AND
# PLACE: ...") or sets its label among the names ("DATE, TIME" / "k PLACE:" / "Chiao Kuan-hua, PRC Foreign Minister")
HEADER_RUN_ON = re.compile(r"\bDATE(?:[ ]?[,&]|[ ]AND)[ ]TIME\b|\b(?:DATE|TIME|PLACE)[ ]?:")


def _before_next_header(lines: list[str]) -> list[str]:
    """A participant list's lines without another header's: a line that opens with one is that header's label, set
    among the names, and is left out; a line with names before one ends the list there."""
    kept = []
    for line in lines:
        header = HEADER_RUN_ON.search(line)
        if header is None:
            kept.append(line)
        elif len(line[:header.start()].strip(" •·*–-&,.:")) > 2:  # (not an OCR's speck before a label: "k PLACE:")
            kept.append(line[:header.start()])
            break
    return kept


DASHED_ENTRY_START = re.compile(r"(?<=[a-z.])[ ]+(?=(?:Mr|Mrs|Ms|Dr|Madam|Madame|Miss)\.?[ ]|(?:The[ ])?Honou?rable\b"
                                r"|(?:His|Her)[ ]Excellency\b)")
RUN_TOGETHER_ENTRY = re.compile(r"(?<=[A-Za-z])[ ]+(?=(?:Mr|Mrs|Dr)\.?[ ][A-Z]|The[ ][A-Z])")
HONORIFIC_COMMA = re.compile(r"\b((?:His|Her|Your)[ ]Excellency|(?:The[ ])?(?:Right[ ])?Hono(?:u)?rable),[ ]+(?=[A-Z])")


def _entries(value: str) -> list[str]:
    """The persons of a participant list: one a line ("Henry A. Kissinger, Secretary of State"), or, on
    a single line, separated by ';', ',' or 'and' ("Comrades Mao Zedong, Liu Shaoqi and Zhou Enlai");
    a part that is a role belongs to the entry before it ("Henry A. Kissinger, Assistant to the
    President")."""
    entries: list[str] = []
    lines = _before_next_header([line for line in value.splitlines() if line.strip()])
    # one line of entries run together, each "name - office" ("Her Excellency, Madam V. L. Pandit - Ambassador of India
    # Mr. T. N. Kaul - First Secretary, ... The Honorable, Dean Acheson - Secretary of State"): an entry a style's start
    lines = [piece for line in lines
             for piece in (DASHED_ENTRY_START.split(line) if line.count(" - ") >= 2 else (line,)) if piece.strip()]
    if len(lines) == 1 and ";" not in lines[0] \
            and len(RUN_TOGETHER_ENTRY.findall(lines[0])) >= max(2, lines[0].count(",") + 1):
        # a scan's one line of entries with no separator: "Dr. Bernardo Ocampos, Paraguayan Foreign Minister Ambassador
        # Osvaldo Chaves The Secretary Mr. Milton Wells": an entry each style's start (where fewer commas part them)
        lines = RUN_TOGETHER_ENTRY.split(lines[0])
    for line in lines:
        line = re.sub(r"^[^:;,]{0,40}:\s*", "", line.strip().lstrip("•·*–- "))  # "On the Chinese side: ..."
        line = line.strip(" .;")
        # "Her Excellency, Madam Vijayalakshmi Pandit", "The Honorable, Dean Acheson": the style's comma splits no one
        line = HONORIFIC_COMMA.sub(r"\1 ", line)
        # "Suslov, Brezhnev. Cdes. Munnich, Kadar, and Bata": a full stop, then a plural title opens the guests
        line = re.sub(r"(?<=[a-z]{2})\.[ ]+(?=(?:Cdes\.|Comrades|Messrs\.?)[ ])", "; ", line)
        if not line or len(lines) > 1 and re.fullmatch(r"[A-Z][a-z]+", line):
            continue  # (a side's one-word heading in a list of lines: "• Poland")
        # several lines: one person a line, or a line of names; a single line may join names with "and"
        pieces = re.split(r"(;)|," if len(lines) > 1 else r"(;)|,|\s+and\s+", line)  # (a part, the separator after it)
        opened = False
        for index, (part, before) in enumerate(zip(pieces[0::2], [None, *pieces[1::2]])):
            part = part.strip(" .")
            if not part:
                continue
            if before == ";" and (_is_role(part) or part.startswith(("the ", "The "))):
                entries.append(part)  # "Brothers Boussouf, Benaouda, Belhocine; the Ambassador of the People's
                opened = True  # Republic of China, M. Tchen Kia Kang": after a semicolon, an office opens an entry,
                continue  # and the name after it is its holder's
            if opened and _plausible_name(part) and part[:1].isupper():
                entries[-1] += ", " + part
                opened = False
                continue
            opened = False
            if re.match(r"(?:his|her|their)[ ]", part):  # "..., M. Tchen Kia Kang, and his interpreter": a companion
                entries.append(part)  # of the one before, not his office
                continue
            # (a role alone on its own line of a list is an entry of its own: "• The President", "• Notetaker")
            if index and entries and NAME_SUFFIX.fullmatch(part):  # "Alfred L. Atherton, Jr., Assistant Secretary"
                entries[-1] += f", {part}."
            elif entries and (part[:1].islower() or _is_role(part)) and not (index == 0 and len(lines) > 1):
                entries[-1] += ", " + part
            elif index and "." in part and re.fullmatch(r"(?:[A-Z][a-z]?\.?[ ]?){1,3}", part) and "," not in entries[-1]:
                entries[-1] += " " + part + "."  # "Andropov, Iu. V., Grishin, V.V.": a surname, then its initials
            elif index and len(lines) > 1 and (_describes(part) and not _titled_surname(part)
                                               or index >= 2 and re.fullmatch(r"[A-Z][a-z]+", part)
                                               # (an office's symbol or a body: "Assistant Secretary, AF",
                                               # "Mr. William Brubeck, The White House")
                                               or re.fullmatch(r"[A-Z]{2,6}(?:[/:][A-Z]{2,6})*|The[ ][A-Z].*", part)
                                               or index == 1 and NAME_AFTER_OFFICE.fullmatch(part)
                                               and set(re.findall(r"[a-z]+", fold(entries[-1]))) & OFFICE_WORDS
                                               or index == 1 and _office_then_name(entries[-1], part)):
                # "J. Cyrankiewicz, Prime Minister of Poland", "Edvard Kardelj, Member, Presidency",
                entries[-1] += ", " + part  # "W. Gomulka, First Secretary, Polish United Workers' Party": one person
            else:
                entries.append(part)
    return entries


def _dated_after(title: str, name: str) -> bool:
    """Does the title's date follow this name ("..., New Delhi, December 10, 1959": a place, no person)?"""
    at = title.find(name)
    return at >= 0 and bool(DATE_AFTER_PLACE.match(title, at + len(name)))


def _office_then_name(office: str, name: str) -> bool:
    """An office first, then a plain name after its comma: "Under Secretary of State, Walter Bedell Smith",
    "Ambassador to Cambodia, Donald R. Heath" (FRUS)."""
    words = re.findall(r"[a-z]+", fold(office))
    words = words[1:] if words[:1] == ["the"] else words  # ("The Ambassador of the Union of Soviet Socialist Republics")
    linked = {"of", "to", "for", "in", "the", "and", "state", "general"}
    # (the office's words only, and the place after its "to" or "of": no name inside, "Ambassador Harry G. Barnes"; a
    # place of several words after "of the": "... of the Union of Soviet Socialist Republics")
    placed = next((at for at in range(1, len(words) - 1) if words[at] in ("of", "to", "in") and words[at + 1] == "the"
                   and words[at - 1] in OFFICE_WORDS), len(words))
    bare = all(w in OFFICE_WORDS | OFFICE_LEADS | linked or at and words[at - 1] in linked or at > placed
               for at, w in enumerate(words))
    plain = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir|Mme)\.?[ ]+", "", name.strip()).replace("St. ", "St ")  # ("Prime Minister of
    # Canada, Mr. Louis St. Laurent": an honorific before the name, a saint's "St." in it)
    return bare and bool(words) and words[0] in OFFICE_WORDS | OFFICE_LEADS and bool(set(words) & OFFICE_WORDS) \
        and bool(FULL_NAME_LINE.match(plain)) and not set(re.findall(r"[a-z]+", fold(name))) & (ROLE_WORDS | BODIES)


def _name_cased(word: str) -> bool:
    """Is this word cased as a name's: a capital, or an Arabic name's article ("al-Halim") or ayn ("’Adi")?"""
    return word.lstrip("’'‘")[:1].isupper() or bool(ARTICLE.match(word))


NAME_SUFFIX = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?")  # a name's suffix, printed after a comma ("Atherton, Jr.")


def _describes(part: str) -> bool:
    """Is this part of a list's line, after the name, the person's office or body ("Prime Minister of Poland",
    "Polish United Workers' Party"), not another person? It holds a role word, or ends with a body's word."""
    words = [fold(w).strip(".’'") for w in re.split(r"[ \-‐]+", part) if w]  # ("Vice-President NOC")
    return bool(words) and (any(w in ROLE_WORDS for w in words) or words[-1] in BODIES)


def _titled_surname(part: str) -> bool:
    """Is this part a title and a surname alone ("Ambassador Harriman" of "Mr. Hopkins, Ambassador Harriman, Mr.
    Bohlen"): another person of the list, not the office of the one before?"""
    words = part.split()
    return len(words) == 2 and fold(words[0]).strip(".") in ROLE_WORDS and bool(re.fullmatch(r"[A-Z][a-z’'\-]+", words[1])) \
        and fold(words[1]) not in ROLE_WORDS | BODIES | NATIONALITIES


def _is_role(part: str) -> bool:
    """"NSC Staff", "Assistant to the President" are roles; "Prime Minister Chou En-lai" is a person
    with a title: a role word, and no capitalised name after the leading titles."""
    part = " ".join(re.sub(r"\[[^\[\]]*\]|\([^()]*\)", " ", part).split())  # "[Adviser to X] Penn Nouth"
    part = re.sub(r"^[A-Z][\w\-]*['’ʼ]s[ ]+", "", part)  # ("Eden's Principal Private Secretary": whose office)
    words = [fold(w).strip(".") for w in part.split()]
    if not any(w in ROLE_WORDS for w in words):
        return False
    named = 0  # "JEONG Hong-jin Director of ...": a name first, then the office
    while named < len(words) and part.split()[named][:1].isupper() and words[named] not in ROLE_WORDS:
        named += 1
    if named >= 2:
        return False
    lead = 0
    while lead < len(words) and words[lead] in ROLE_WORDS | {"of", "the"}:
        lead += 1
    tail = part.split()[lead:]
    return not tail or any(w[:1].islower() or fold(w).strip(".") in ROLE_WORDS for w in tail)


def _unique(entities) -> list[Entity]:
    return list({e.slug: e for e in entities}.values())


class NameIndex:
    """The register's persons by the words of their name forms, keyed once per register and titles."""

    def __init__(self, register: Register, names: Names):
        self.by_word: dict[str, list[tuple[Key, Entity]]] = {}
        for entity in register.entities.values():
            if entity.type != "Person" or entity.local_to:
                continue
            for form in dict.fromkeys((*entity.surface_forms, *(n for _, n in entity.names))):
                key = names.key(form)
                for word in set(key.words):
                    self.by_word.setdefault(word, []).append((key, entity))

    @classmethod
    def of(cls, register: Register, names: Names) -> "NameIndex":
        cache = register.__dict__.setdefault("_name_indexes", {})
        signature = tuple(names.titles)
        if signature not in cache:
            cache[signature] = cls(register, names)
        return cache[signature]

    def near(self, key: Key) -> list[tuple[Key, Entity]]:
        """The forms that share a word with ``key``: the only ones that can fit it or be held in it."""
        found: dict[int, tuple[Key, Entity]] = {}
        for word in key.words:
            for pair in self.by_word.get(word, ()):
                found.setdefault(id(pair), pair)
        return list(found.values())


def registered_person_test(register: Register, titles: tuple[str, ...] = ()) -> Callable[[str], bool]:
    """``is_known(name)`` for the parser: is ``name`` a registered person, by one of its forms or as fitting
    exactly one ("KHRUSHCHEV N.S.")? Asked of the same names again and again (each label, each report): answered
    once per register and titles (the answers are kept on the register; the table is found once per document,
    not per name, since hashing the long tuple of titles cost more than the lookup)."""
    answers = register._persons.setdefault(titles, {})

    def is_known(name: str) -> bool:
        answer = answers.get(name)
        if answer is None:
            entity = register.resolve(name)
            answer = answers[name] = entity is not None and entity.type == "Person" or knows(register, name, titles)
        return answer
    return is_known


def knows(register: Register, name: str, titles=()) -> bool:
    """Does ``name`` fit exactly one registered person ("N.S. Khrushchev", "KHRUSHCHEV N.S.")?"""
    names = Names.of(tuple(titles))
    key = names.key(name)
    return len({e.slug for form, e in NameIndex.of(register, names).near(key) if key.names(form)}) == 1
