"""The entity register: source/entities.toml, curated by people.

Every person, place, organisation, work or event we publish has one entry with
a stable slug (our IRIs are minted from it, never from a QID: Wikidata merges
items, our IRIs must not move), its names, the surface forms by which the
texts name it, and a Wikidata QID only where a curator checked it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ld.config import raise_all, read_toml
from ld.errors import RegisterError
from ld.mentions import Rule
from ld.schema import REGISTER, errors

TYPES = ("Person", "Place", "Organization", "CreativeWork", "Event")
QID = re.compile(r"^Q[1-9][0-9]*$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HUMAN = "Q5"


# letters that are no base letter with an accent, so that NFKD leaves them: "Michałowski" is "Michalowski"
LETTERS_APART = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


def slugify(text: str) -> str:
    """A slug of ASCII letters and digits. A name in a script with no ASCII form ("席尔瓦", "Брежнев") keeps
    a digest of itself, so that two such names never share one slug (nor one IRI)."""
    decomposed = unicodedata.normalize("NFKD", text).translate(LETTERS_APART)
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if any(c.isalpha() and not c.isascii() and not unicodedata.combining(c) for c in decomposed):
        slug = f"{slug}-u{hashlib.sha256(text.encode()).hexdigest()[:10]}".lstrip("-")
    return slug or "x"


@dataclass(frozen=True)
class Entity:
    slug: str
    type: str
    names: tuple[tuple[str, str], ...]  # (BCP 47 tag, name)
    aliases: tuple[str, ...] = ()
    qid: str = ""
    wikidata_class: str = ""
    evidence: str = ""
    lat: float | None = None
    long: float | None = None
    note: str = ""
    died: str = ""  # a person's day (or year) of death, ISO: no record after it has him speak
    line: int = 0  # line of its [[entity]] header in the register
    local_to: str = ""  # document id, for speakers the register does not know

    @property
    def label(self) -> str:
        for lang, name in self.names:
            if lang == "en":
                return name
        return self.names[0][1] if self.names else self.slug

    @property
    def surface_forms(self) -> tuple[str, ...]:
        forms = [name for lang, name in self.names if lang == "en"]
        return tuple(dict.fromkeys([*forms, *self.aliases]))


@dataclass
class Register:
    entities: dict[str, Entity]
    version: str = ""
    digest: str = ""  # SHA-256 of the register file: what link records cite
    path: Path | None = None
    rules: tuple[Rule, ...] = ()
    _index: dict[str, str] = field(default_factory=dict, repr=False)
    _folded: dict[str, str] = field(default_factory=dict, repr=False)
    _finder: object = field(default=None, repr=False)
    _persons: dict = field(default_factory=dict, repr=False)  # registered_person_test's answers: by titles, then by name

    def __post_init__(self):
        for entity in self.entities.values():
            for form in (*entity.surface_forms, *(name for _, name in entity.names)):
                self._index.setdefault(form, entity.slug)
                self._folded.setdefault(fold(form), entity.slug)

    def get(self, slug: str) -> Entity | None:
        return self.entities.get(slug)

    def resolve(self, name: str) -> Entity | None:
        """The entity a printed name stands for: exact form first, then case-folded."""
        slug = self._index.get(name) or self._folded.get(fold(name))
        return self.entities.get(slug) if slug else None

    def finder(self):
        """The mention finder for this register, compiled once."""
        if self._finder is None:
            from ld.mentions import Finder
            self._finder = Finder(self, self.rules)
        return self._finder

    def slice(self, slugs) -> "Register":
        return Register({s: self.entities[s] for s in slugs if s in self.entities}, self.version, self.digest,
                        self.path, self.rules)


def fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def load_register(path: Path) -> Register:
    data = read_toml(path, RegisterError)
    text = path.read_text(encoding="utf-8")
    raise_all(errors(data, REGISTER, path, text, RegisterError), path)
    header_lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[[entity]]"]
    rows = data.get("entity", [])
    if not isinstance(rows, list):
        raise RegisterError("'entity' must be an array of tables ([[entity]])", path=path)
    entities: dict[str, Entity] = {}
    claimed: dict[str, str] = {}
    qids: dict[str, Entity] = {}
    for number, row in enumerate(rows):
        line = header_lines[number] if number < len(header_lines) else None
        entity = _entity(row, path, line)
        if entity.slug in entities:
            raise RegisterError(f"duplicate slug {entity.slug!r} (first at line {entities[entity.slug].line})",
                                path=path, line=line, hint="give each entry its own slug")
        for form in entity.surface_forms:
            other = claimed.get(form)
            if other and other != entity.slug:
                raise RegisterError(
                    f"surface form {form!r} of {entity.slug!r} is already claimed by {other!r}",
                    path=path, line=line,
                    hint="remove it from one entry, or add a [[rule]] that decides by context")
            claimed[form] = entity.slug
        if entity.qid in qids:
            raise RegisterError(f"{entity.slug!r} and {qids[entity.qid].slug!r} (line {qids[entity.qid].line}) "
                                f"have the same QID {entity.qid}", path=path, line=line,
                                hint="one Wikidata item is one entity: merge the two entries, or correct a QID")
        if entity.qid:
            qids[entity.qid] = entity
        entities[entity.slug] = entity
    rules = _rules(data.get("rule", []), entities, path, text)
    version = str(data.get("register", {}).get("version", ""))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Register(entities, version, digest, path, rules)


def _rules(rows, entities: dict, path: Path, text: str) -> tuple[Rule, ...]:
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[[rule]]"]
    rules = []
    for number, row in enumerate(rows):
        line = lines[number] if number < len(lines) else None
        surface, entity = row.get("surface", ""), row.get("entity", "")
        if not surface or not isinstance(surface, str):
            raise RegisterError("a [[rule]] needs a surface form", path=path, line=line)
        if entity not in entities:
            raise RegisterError(f"rule for {surface!r} names unknown entity {entity!r}", path=path, line=line,
                                hint="use a slug of an [[entity]] of this register")
        if not (row.get("before") or row.get("after")):
            raise RegisterError(f"rule for {surface!r} needs a context: before = \"...\" or after = \"...\"",
                                path=path, line=line)
        rules.append(Rule(surface, entity, row.get("before", ""), row.get("after", ""), row.get("note", "")))
    return tuple(rules)


def _entity(row: dict, path: Path, line: int | None) -> Entity:
    def fail(message: str, hint: str | None = None):
        raise RegisterError(message, path=path, line=line, hint=hint)

    slug = row.get("slug", "")
    if not isinstance(slug, str) or not SLUG.match(slug):
        fail(f"slug {slug!r} is not lowercase ASCII words joined by hyphens", "e.g. slug = \"mao-zedong\"")
    kind = row.get("type", "")
    if kind not in TYPES:
        fail(f"{slug}: unknown type {kind!r}", f"use one of {', '.join(TYPES)}")
    names = row.get("name", {})
    if not isinstance(names, dict) or not names or not all(isinstance(v, str) and v for v in names.values()):
        fail(f"{slug}: 'name' must be a table of language tag = name", 'e.g. name = { en = "Mao Zedong" }')
    qid = row.get("qid", "") or ""
    if qid and not QID.match(qid):
        fail(f"{slug}: malformed QID {qid!r}",
             "write the bare item id such as \"Q5816\", not a URL or label; leave it empty if unchecked")
    wd_class = row.get("wikidata_class", "") or ""
    if wd_class and not QID.match(wd_class):
        fail(f"{slug}: malformed wikidata_class {wd_class!r}")
    if kind == "Person" and wd_class and wd_class != HUMAN:
        fail(f"{slug}: type Person but Wikidata class {wd_class} is not human (Q5)",
             "check the QID: it probably names something else")
    if kind != "Person" and wd_class == HUMAN:
        fail(f"{slug}: type {kind} but Wikidata class is human (Q5)", "check the QID or the type")
    aliases = row.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        fail(f"{slug}: 'aliases' must be a list of strings")
    died = row.get("died", "")
    if died and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", died):
        fail(f"{slug}: 'died' must be an ISO date or year (\"1958-06-16\", \"1958\")")
    lat, long = row.get("lat"), row.get("long")
    if (lat is None) != (long is None):
        fail(f"{slug}: give both lat and long, or neither")
    if lat is not None and long is not None and not (-90 <= lat <= 90 and -180 <= long <= 180):
        fail(f"{slug}: coordinates out of range")
    return Entity(
        slug=slug, type=kind,
        names=tuple(sorted((lang, unicodedata.normalize("NFC", n)) for lang, n in names.items())),
        aliases=tuple(unicodedata.normalize("NFC", a) for a in aliases),
        qid=qid, wikidata_class=wd_class, evidence=row.get("evidence", ""),
        lat=float(lat) if lat is not None else None, long=float(long) if long is not None else None,
        note=row.get("note", ""), died=died, line=line or 0,
    )
