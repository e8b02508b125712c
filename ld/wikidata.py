"""Wikidata: propose links for the register, and check the links it has.

This is the only module that talks to Wikidata (the MediaWiki action API,
``/w/api.php``). Nothing here changes a QID on its own:

* ``reconcile`` searches Wikidata for entities without a QID, checks each
  candidate's class (P31) against the entity's type and returns ``Candidate``s;
* ``write_candidates`` writes them to a TOML file a curator reviews, every
  candidate with ``accept = false``;
* ``accept_candidates`` writes the QIDs the curator set ``accept = true`` into
  the register, editing just those lines so the file keeps its comments;
* ``refresh`` re-reads the registered QIDs and reports merged (redirected),
  deleted (missing) items, changed classes and label or coordinate drift.

``WikidataClient`` is polite by construction: a descriptive User-Agent,
``maxlag`` on every request, timeouts, retries with exponential backoff that
honour ``Retry-After``, and an on-disk cache so a re-run asks nothing twice.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import re
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import requests

import ld
from ld.config import read_toml
from ld.errors import LdError, NetworkError, RegisterError
from ld.register import HUMAN, QID, SLUG, TYPES, Entity, Register, fold, load_register, slugify

DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php"
CONTACT = "https://w3id.org/ldpub/"
ENTITY_IRI = "http://www.wikidata.org/entity/"
BATCH = 50  # wbgetentities accepts at most 50 ids per request

# Classes (P31 values) that make a candidate plausible for a type. Small on
# purpose: a place without one of these still passes when it has coordinates.
PLACE_CLASSES = {
    "Q515": "city", "Q5119": "capital", "Q1549591": "big city", "Q1637706": "city with millions of inhabitants",
    "Q486972": "human settlement", "Q532": "village", "Q3957": "town", "Q6256": "country",
    "Q3624078": "sovereign state", "Q7275": "state", "Q107390": "federated state",
    "Q10864048": "first-level administrative country subdivision", "Q56061": "administrative territorial entity",
    "Q82794": "geographic region", "Q2221906": "geographic location", "Q618123": "geographical object",
    "Q23442": "island", "Q4022": "river", "Q8502": "mountain", "Q1187811": "college town",
    "Q200250": "metropolis", "Q15284": "municipality", "Q747074": "comune of Italy",
}
ORGANIZATION_CLASSES = {
    "Q43229": "organization", "Q7210356": "political organization", "Q7278": "political party",
    "Q327333": "government agency", "Q2659904": "government organization", "Q166118": "archives",
    "Q484652": "international organization", "Q4830453": "business", "Q783794": "company",
    "Q31855": "research institute", "Q3918": "university", "Q1194093": "think tank",
    "Q163740": "nonprofit organization", "Q15911314": "association", "Q2061186": "central committee",
    "Q1752346": "communist party", "Q176799": "military unit", "Q1320047": "ministry",
}
CLASS_NAMES = {HUMAN: "human", **PLACE_CLASSES, **ORGANIZATION_CLASSES}


def class_name(qid: str) -> str:
    return f"{CLASS_NAMES[qid]} ({qid})" if qid in CLASS_NAMES else qid


def default_user_agent() -> str:
    """Wikimedia's User-Agent policy: tool name and version, a contact URL, the library."""
    return f"ldpub/{ld.__version__} ({CONTACT}; linked-data publisher of archival documents) " \
           f"python-requests/{requests.__version__}"


# --------------------------------------------------------------------------- the client

class WikidataClient:
    """A small, polite client for the MediaWiki action API of Wikidata (or a local fake of it).

    ``get(params)`` answers from the cache when it can; otherwise it asks the
    endpoint, retrying on connection errors, timeouts, HTTP 429 and 5xx and
    ``maxlag`` errors, waiting ``Retry-After`` seconds when the server says so and
    ``backoff * 2**attempt`` seconds otherwise. Every failure a user can meet
    is a ``NetworkError`` whose message names the URL and what to do.
    """

    def __init__(self, api_url: str = DEFAULT_ENDPOINT, *, user_agent: str | None = None,
                 cache_dir: str | Path | None = None, timeout: float = 10, retries: int = 4,
                 backoff: float = 1.0, maxlag: int | None = 5, max_wait: float = 120,
                 sleep: Callable[[float], None] = time.sleep, session: requests.Session | None = None):
        if not re.match(r"^https?://", api_url or ""):
            raise NetworkError(f"endpoint {api_url!r} is not an http(s) URL",
                               hint=f"give the action API URL, e.g. --endpoint {DEFAULT_ENDPOINT}")
        self.api_url = api_url
        self.user_agent = user_agent or default_user_agent()
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.maxlag = maxlag
        self.max_wait = max_wait
        self.sleep = sleep
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": self.user_agent, "Accept": "application/json"})
        self.requests = 0  # HTTP requests sent, retries included
        self.cache_hits = 0

    # ---- cache
    def cache_key(self, params: dict) -> str:
        """A stable key for a request: the endpoint and its parameters, minus those that do not change the answer."""
        stable = {k: str(v) for k, v in params.items() if k not in ("maxlag", "format")}
        text = json.dumps({"url": self.api_url, "params": stable}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _cache_path(self, params: dict) -> Path | None:
        if self.cache_dir is None:
            return None
        action = re.sub(r"[^a-z0-9]+", "-", str(params.get("action", "request")).lower())
        return self.cache_dir / action / f"{self.cache_key(params)}.json"

    def _cache_read(self, path: Path | None):
        if path is None or not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))["response"]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged cache entry is a miss; it is overwritten below

    def _cache_write(self, path: Path | None, params: dict, data) -> None:
        if path is None:
            return
        record = {"url": self.api_url, "params": {k: str(v) for k, v in sorted(params.items())}, "response": data}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp",
                                             delete=False) as handle:
                json.dump(record, handle, ensure_ascii=False, sort_keys=True)
            os.replace(handle.name, path)
        except OSError as exc:
            raise LdError(f"cannot write the Wikidata cache: {exc.strerror or exc}", path=path.parent,
                          hint="give a writable folder with --cache") from None

    # ---- requests
    def get(self, params: dict, *, refresh: bool = False) -> dict:
        """The JSON answer to one action API request; cached answers are reused unless ``refresh``."""
        params = {**params, "format": "json"}
        if self.maxlag is not None:
            params["maxlag"] = self.maxlag
        path = self._cache_path(params)
        if not refresh:
            cached = self._cache_read(path)
            if cached is not None:
                self.cache_hits += 1
                return cached
        data = self._fetch(params)
        self._cache_write(path, params, data)
        return data

    def _where(self, params: dict) -> str:
        return f"{self.api_url}?action={params.get('action', '')}"

    def _fetch(self, params: dict) -> dict:
        where = self._where(params)
        last = ""
        for attempt in range(self.retries + 1):
            wait = None
            try:
                self.requests += 1
                response = self.session.get(self.api_url, params=params, timeout=self.timeout)
            except requests.Timeout:
                last = f"no answer within {self.timeout:g} s"
            except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
                last = f"connection failed ({_cause(exc)})"
            except requests.RequestException as exc:
                raise NetworkError(f"cannot send a request to {where}: {_short(exc)}",
                                   hint="check the --endpoint URL") from None
            else:
                status = response.status_code
                if status == 429 or status >= 500:
                    last = f"HTTP {status} {response.reason or ''}".rstrip()
                    wait = self._retry_after(response, where)
                elif status >= 400:
                    raise NetworkError(f"{where} answered HTTP {status} {response.reason or ''}".rstrip(),
                                       hint="check the --endpoint URL: it should be a MediaWiki action API "
                                            f"such as {DEFAULT_ENDPOINT}")
                else:
                    try:
                        data = response.json()
                    except ValueError as exc:
                        raise NetworkError(
                            f"{where} answered malformed JSON ({_short(exc)}; the answer starts "
                            f"{response.text[:60]!r})",
                            hint="the endpoint may not be a MediaWiki action API, or a proxy answered in its "
                                 "place; check --endpoint and try again later") from None
                    if not isinstance(data, dict):
                        raise NetworkError(f"{where} answered JSON that is not an object",
                                           hint="check --endpoint: it should be a MediaWiki action API")
                    error = data.get("error")
                    if isinstance(error, dict) and error.get("code") == "maxlag":
                        last = f"maxlag: {error.get('info', 'the servers are lagged')}"
                        wait = self._retry_after(response, where)
                        if wait is None:
                            wait = max(5.0, self._backoff(attempt))
                    elif error:
                        code = error.get("code", "?") if isinstance(error, dict) else "?"
                        info = error.get("info", "") if isinstance(error, dict) else str(error)
                        raise NetworkError(f"{where} answered with API error {code!r}: {info}",
                                           hint="this request cannot succeed as it is; report it if it persists")
                    else:
                        return data
            if attempt == self.retries:
                break
            self.sleep(wait if wait is not None else self._backoff(attempt))
        raise NetworkError(
            f"{where} failed after {self.retries + 1} attempt(s): {last}",
            hint="Wikidata may be busy or unreachable; try again later. Answers already received are cached"
                 + (f" in {self.cache_dir}" if self.cache_dir else "") + ", so a re-run continues where this one stopped")

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff * 2 ** attempt, self.max_wait)

    def _retry_after(self, response, where: str) -> float | None:
        value = response.headers.get("Retry-After")
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            seconds = max(0.0, when.timestamp() - time.time())
        if seconds > self.max_wait:
            raise NetworkError(f"{where} asks to wait {seconds:.0f} s before retrying (Retry-After)",
                               hint="the service is throttling requests; try again later")
        return seconds

    # ---- the two actions we use
    def search(self, text: str, language: str = "en", limit: int = 7, *, refresh: bool = False) -> list[dict]:
        """``wbsearchentities``: items whose label or alias starts with ``text``, best first."""
        data = self.get({"action": "wbsearchentities", "search": text, "language": language,
                         "uselang": language, "type": "item", "limit": limit}, refresh=refresh)
        hits = data.get("search", [])
        return [h for h in hits if isinstance(h, dict) and isinstance(h.get("id"), str)]

    def entities(self, ids: Iterable[str], *, props: str = "labels|descriptions|aliases|claims",
                 languages: Iterable[str] = ("en",), refresh: bool = False) -> dict[str, dict]:
        """``wbgetentities`` in batches: requested id -> the entity object the API answers for it.

        A merged item answers the target's entity with ``redirects = {from, to}``; a
        deleted one answers ``{"id": ..., "missing": ""}``; both are returned as is,
        under the id that was asked for.
        """
        wanted = sorted(dict.fromkeys(ids), key=_qid_number)
        langs = "|".join(sorted({lang.lower() for lang in languages}))
        result: dict[str, dict] = {}
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start:start + BATCH]
            params = {"action": "wbgetentities", "ids": "|".join(batch), "props": props}
            if langs:
                params["languages"] = langs
            data = self.get(params, refresh=refresh)
            answered = data.get("entities", {})
            if not isinstance(answered, dict):
                raise NetworkError(f"{self._where(params)} answered without an 'entities' object",
                                   hint="check --endpoint: it should be a Wikibase action API")
            for key, entity in answered.items():
                if not isinstance(entity, dict):
                    continue
                redirect = entity.get("redirects")
                asked = redirect.get("from") if isinstance(redirect, dict) else None
                for qid in (asked, key, entity.get("id")):
                    if qid in batch and qid not in result:
                        result[qid] = entity
                        break
        return result


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 160 else text[:157] + "..."


def _cause(exc: Exception) -> str:
    """The root of a requests connection error ("[Errno 111] Connection refused"), not urllib3's wrapping."""
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    text = str(reason or exc)
    found = re.search(r"\[Errno -?\d+\][^'\")]*", text)
    return found[0].strip() if found else _short(exc)


def _qid_number(qid: str) -> tuple[int, str]:
    return (int(qid[1:]), qid) if QID.match(qid) else (0, qid)


# --------------------------------------------------------------------------- reading entity JSON

def claim_values(entity: dict, prop: str) -> list:
    """Values of the non-deprecated statements of ``prop``, preferred rank first."""
    statements = (entity.get("claims") or {}).get(prop) or []
    ranked = []
    for statement in statements:
        if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
            continue
        snak = statement.get("mainsnak") or {}
        if snak.get("snaktype", "value") != "value":
            continue
        value = (snak.get("datavalue") or {}).get("value")
        if value is not None:
            ranked.append((0 if statement.get("rank") == "preferred" else 1, value))
    return [value for _, value in sorted(ranked, key=lambda pair: pair[0])]


def classes(entity: dict) -> list[str]:
    """The item's classes: the QIDs of its P31 (instance of) statements."""
    found = [v.get("id") for v in claim_values(entity, "P31") if isinstance(v, dict)]
    return list(dict.fromkeys(q for q in found if isinstance(q, str)))


def coordinates(entity: dict) -> tuple[float, float] | None:
    """The first P625 (coordinate location) on Earth, as (latitude, longitude)."""
    for value in claim_values(entity, "P625"):
        if not isinstance(value, dict):
            continue
        globe = value.get("globe", ENTITY_IRI + "Q2")
        if globe not in (ENTITY_IRI + "Q2", "Q2"):
            continue
        try:
            return float(value["latitude"]), float(value["longitude"])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def label(entity: dict, language: str = "en") -> str:
    value = (entity.get("labels") or {}).get(language.lower()) or {}
    return value.get("value", "") if isinstance(value, dict) else ""


def description(entity: dict, language: str = "en") -> str:
    value = (entity.get("descriptions") or {}).get(language.lower()) or {}
    return value.get("value", "") if isinstance(value, dict) else ""


def is_missing(entity: dict | None) -> bool:
    return entity is None or "missing" in entity


# --------------------------------------------------------------------------- reconcile

@dataclass(frozen=True)
class Candidate:
    """A Wikidata item proposed for a register entry (``slug``) or for a name no entry covers (``slug`` empty)."""

    slug: str  # the register entry; "" for a name of the documents that no entry covers
    name: str  # the name that was searched
    type: str  # the entry's type; for a name without entry, the type its class suggests ("" if none)
    qid: str
    label: str
    description: str
    wikidata_class: str  # the checked P31 class, e.g. "Q5"
    confidence: float  # 0..1
    reason: str
    match: str = "label"  # how the search matched: label | alias | prefix
    rank: int = 0  # position in the search results, from 1
    endpoint: str = DEFAULT_ENDPOINT
    language: str = "en"

    @property
    def subject(self) -> str:
        return self.slug or self.name

    @property
    def url(self) -> str:
        return f"{ENTITY_IRI}{self.qid}"

    def to_dict(self) -> dict:
        return {**asdict(self), "subject": self.subject, "url": self.url}


# Confidence: how the name matched, less when the class only weakly fits or the
# subject is just a name with no type to check against.
MATCH_SCORE = {"label": 0.9, "alias": 0.7, "prefix": 0.4}
WEAK_CLASS = 0.2
OWN_ALIAS = 0.1  # the name searched is one of our aliases, not the entry's label
UNTYPED_CAP = 0.5
AMBIGUOUS = 0.2


def reconcile(register: Register, client: WikidataClient, extra_names: Iterable[str] = (),
              language: str = "en", *, limit: int = 7, check: int = 3, forms: int = 3) -> list[Candidate]:
    """Candidates for every entry without a QID, and for every extra name no entry covers.

    For each subject the names are searched in turn (the label first, then up to
    ``forms - 1`` aliases) until one gives a candidate; the top ``check`` hits are
    fetched and their P31 classes checked against the entry's type:
    a Person must be human (Q5); a Place must not be human and needs coordinates
    (P625) or a place-like class; an Organization, work or event must not be human.
    Hits that fail the check are dropped. Candidates are ordered by subject
    (register order, then the extra names), then by confidence.
    """
    subjects: list[tuple[str, str, list[str]]] = []
    for entity in register.entities.values():
        if entity.qid or entity.local_to:
            continue
        names = [entity.label, *(n for lang, n in entity.names if lang == language), *entity.aliases]
        subjects.append((entity.slug, entity.type, _unique(names)))
    seen = {fold(n) for _, _, names in subjects for n in names}
    for name in extra_names:
        name = " ".join(name.split())
        if len(name) < 3 or fold(name) in seen or register.resolve(name) is not None:
            continue
        seen.add(fold(name))
        subjects.append(("", "", [name]))

    result: list[Candidate] = []
    for slug, kind, names in subjects:
        found: list[Candidate] = []
        for position, name in enumerate(names[:max(1, forms)]):
            hits = client.search(name, language, limit)[:check]
            if not hits:
                continue
            fetched = client.entities([h["id"] for h in hits], languages=(language,))
            for rank, hit in enumerate(hits, 1):
                candidate = _check(slug, kind, name, hit, fetched.get(hit["id"]), rank, language,
                                   client.api_url, own_alias=position > 0)
                if candidate:
                    found.append(candidate)
            if found:
                break
        result.extend(_rank(found))
    return result


def _unique(names: Iterable[str]) -> list[str]:
    out, seen = [], set()
    for name in names:
        if name and fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out


def _check(slug: str, kind: str, name: str, hit: dict, entity: dict | None, rank: int, language: str,
           endpoint: str, *, own_alias: bool) -> Candidate | None:
    if is_missing(entity) or entity.get("redirects"):
        return None
    qid = entity.get("id", hit["id"])
    found = classes(entity)
    coords = coordinates(entity)
    verdict = class_check(kind, found, coords)
    if verdict is None:
        return None
    inferred, wd_class, strong, why = verdict
    item_label = label(entity, language) or hit.get("label", "")
    matched = (hit.get("match") or {})
    if fold(item_label) == fold(name):
        how, match_text = "label", f"exact label match {item_label!r}"
    elif matched.get("type") == "alias" and fold(matched.get("text", "")) == fold(name):
        how, match_text = "alias", f"alias match {name!r} (label {item_label!r})"
    else:
        how, match_text = "prefix", f"partial match {name!r} (label {item_label!r})"
    score = MATCH_SCORE[how] - (0 if strong else WEAK_CLASS) - (OWN_ALIAS if own_alias else 0)
    if not slug:
        score = min(score, UNTYPED_CAP)
    reason = f"{match_text}; {why}"
    if own_alias:
        reason += f"; found by the register alias {name!r}"
    return Candidate(slug=slug, name=name, type=inferred, qid=qid, label=item_label,
                     description=description(entity, language) or hit.get("description", "") or "",
                     wikidata_class=wd_class, confidence=round(max(score, 0.05), 2), reason=reason, match=how,
                     rank=rank, endpoint=endpoint, language=language)


def class_check(kind: str, found: list[str], coords) -> tuple[str, str, bool, str] | None:
    """Whether classes fit the type: (type, class to record, strong fit, why), or None when they do not.

    With ``kind`` empty (a name without entry) the type is inferred from the classes.
    """
    place = next((c for c in found if c in PLACE_CLASSES), "")
    org = next((c for c in found if c in ORGANIZATION_CLASSES), "")
    first = found[0] if found else ""
    shown = ", ".join(class_name(c) for c in found) or "no class (P31)"
    if kind == "Person":
        if HUMAN in found:
            return "Person", HUMAN, True, "instance of human (Q5)"
        return None
    if HUMAN in found:
        if kind:
            return None
        return "Person", HUMAN, True, "instance of human (Q5); type inferred"
    if kind == "Place" or (not kind and (place or (coords and not org))):
        if place:
            return "Place", place, True, f"instance of {class_name(place)}" + ("; has coordinates" if coords else "")
        if coords:
            return "Place", first, False, f"has coordinates (P625); instance of {shown}"
        return None
    if kind == "Organization" or (not kind and org):
        if org:
            return "Organization", org, True, f"instance of {class_name(org)}"
        return "Organization", first, False, f"instance of {shown}, not a known organisation class"
    return kind, first, False, f"instance of {shown}" + ("; type not inferred, set it" if not kind else "")


def _rank(found: list[Candidate]) -> list[Candidate]:
    exact = [c for c in found if c.match == "label"]
    if len(exact) > 1:  # several items share the label: none is a safe bet
        note = f"; {len(exact)} candidates share this label"
        found = [Candidate(**{**asdict(c), "confidence": round(max(c.confidence - AMBIGUOUS, 0.05), 2),
                              "reason": c.reason + note}) if c.match == "label" else c for c in found]
    return sorted(found, key=lambda c: (-c.confidence, c.rank))


def reconcile_source(source_dir: Path, client: WikidataClient, *, names: Iterable[str] = (),
                     unmatched: bool = False, language: str = "en") -> list[Candidate]:
    """``reconcile`` for a source folder: its register, plus the given names and, with ``unmatched``,
    the capitalised names its documents mention that no entry covers (from the quality report)."""
    register = load_register(Path(source_dir) / "entities.toml")
    extra = list(names)
    if unmatched:
        from ld.pipeline import report

        data = report(Path(source_dir))
        extra += sorted({n for d in data["documents"] for n in d["unmatched_names"]})
    return reconcile(register, client, extra, language)


# --------------------------------------------------------------------------- the candidates file

def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML escapes)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def dumps_candidates(candidates: Iterable[Candidate], accepted: set[tuple[str, str]] = frozenset()) -> str:
    candidates = list(candidates)
    endpoints = sorted({c.endpoint for c in candidates})
    lines = [
        "# Wikidata candidates for the entity register, written by `ldpub reconcile`"
        + (f" from {', '.join(endpoints)}." if endpoints else "."),
        "# Review each one (open its url); set accept = true on the right candidate, at most one per entry,",
        "# then run `ldpub accept` to write the accepted QIDs into entities.toml. Nothing else changes a QID.",
        "# An entry with new = true is a name of the documents that the register lacks: accepting it adds an",
        "# [[entity]] with that slug and type (edit them here first if needed).",
    ]
    subject = None
    for c in candidates:
        if c.subject != subject:
            subject = c.subject
            count = sum(1 for x in candidates if x.subject == subject)
            lines += ["", f"# ---- {subject}" + (f" ({c.type})" if c.slug and c.type else " (no entry yet)")
                      + f": {count} candidate(s) for {c.name!r}"]
        new = not c.slug
        rows = [
            ("slug", toml_string(c.slug or slugify(c.name))),
            *([("new", "true")] if new else []),
            ("name", toml_string(c.name)),
            ("type", toml_string(c.type)),
            ("qid", toml_string(c.qid)),
            ("label", toml_string(c.label)),
            ("description", toml_string(c.description)),
            ("wikidata_class", toml_string(c.wikidata_class)),
            ("confidence", f"{c.confidence:.2f}"),
            ("reason", toml_string(c.reason)),
            ("url", toml_string(c.url)),
            ("endpoint", toml_string(c.endpoint)),
            ("language", toml_string(c.language)),
            ("accept", "true" if (c.subject, c.qid) in accepted else "false"),
        ]
        lines += ["", "[[candidate]]", *(f"{key} = {value}" for key, value in rows)]
    return "\n".join(lines) + "\n"


def write_candidates(candidates: Iterable[Candidate], path: str | Path) -> Path:
    """Write the candidates for review, each with ``accept = false``.

    When the file already exists, the curator's ``accept = true`` decisions in it
    are kept for the candidates proposed again (same entry, same QID); a file that
    cannot be read is not overwritten.
    """
    path = Path(path)
    accepted: set[tuple[str, str]] = set()
    if path.is_file():
        try:
            rows = read_toml(path, RegisterError).get("candidate", [])
        except RegisterError as error:  # never drop a curator's decisions silently
            raise RegisterError(f"{error.message}; it was not overwritten", path=path, line=error.line,
                                hint="fix the file, or move it away to start a new review") from None
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and row.get("accept") is True:
                subject = row.get("name", "") if row.get("new") else row.get("slug", "")
                accepted.add((subject, row.get("qid", "")))
    _write_atomic(path, dumps_candidates(candidates, accepted))
    return path


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False,
                                         newline="") as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError as exc:
        raise LdError(f"cannot write: {exc.strerror or exc}", path=path) from None


@dataclass(frozen=True)
class Accepted:
    line: int
    slug: str
    qid: str
    wikidata_class: str
    endpoint: str
    new: bool
    type: str
    name: str
    language: str


def read_accepted(path: Path) -> list[Accepted]:
    """The candidates of a candidates file that a curator set ``accept = true``, checked."""
    data = read_toml(path, RegisterError)
    rows = data.get("candidate", [])
    if not isinstance(rows, list):
        raise RegisterError("'candidate' must be an array of tables ([[candidate]])", path=path)
    headers = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if line.strip() == "[[candidate]]"]
    accepted = []
    for number, row in enumerate(rows):
        line = headers[number] if number < len(headers) else None
        flag = row.get("accept", False)
        if not isinstance(flag, bool):
            raise RegisterError(f"accept must be true or false, not {flag!r}", path=path, line=line)
        if not flag:
            continue
        slug, qid = row.get("slug", ""), row.get("qid", "")
        wd_class = row.get("wikidata_class", "") or ""
        if not isinstance(slug, str) or not SLUG.match(slug):
            raise RegisterError(f"slug {slug!r} is not lowercase ASCII words joined by hyphens", path=path, line=line)
        if not isinstance(qid, str) or not QID.match(qid):
            raise RegisterError(f"{slug}: malformed qid {qid!r}", path=path, line=line,
                                hint="write the bare item id such as \"Q42\"")
        if wd_class and not QID.match(str(wd_class)):
            raise RegisterError(f"{slug}: malformed wikidata_class {wd_class!r}", path=path, line=line)
        accepted.append(Accepted(line or 0, slug, qid, str(wd_class), str(row.get("endpoint", DEFAULT_ENDPOINT)),
                                 row.get("new") is True, str(row.get("type", "")), str(row.get("name", "")),
                                 str(row.get("language", "en")) or "en"))
    return accepted


def evidence_text(endpoint: str) -> str:
    return f"reconciled via Wikidata API {endpoint}, accepted by curator"


def accept_candidates(candidates_path: str | Path, register_path: str | Path) -> list[str]:
    """Write the accepted candidates' QIDs into the register; return the slugs written, in file order.

    Only the ``qid``, ``wikidata_class`` and ``evidence`` lines of those entries are
    edited (added when absent), so the curated file keeps its comments and layout;
    an accepted name without entry (``new = true``) is appended as a new entry.
    Nothing is written when any accepted candidate conflicts: an entry that already
    has a different QID, two QIDs accepted for one entry, an unknown slug, or a
    result the register would reject.
    """
    candidates_path, register_path = Path(candidates_path), Path(register_path)
    accepted = read_accepted(candidates_path)
    register = load_register(register_path)
    errors: list[RegisterError] = []
    chosen: dict[str, Accepted] = {}
    for a in accepted:
        other = chosen.get(a.slug)
        if other and other.qid != a.qid:
            errors.append(RegisterError(f"{a.slug}: two candidates accepted ({other.qid} at line {other.line} "
                                        f"and {a.qid})", path=candidates_path, line=a.line,
                                        hint="set accept = true on one candidate per entry"))
            continue
        entity = register.get(a.slug)
        if a.new:
            if entity is not None:
                errors.append(RegisterError(f"{a.slug}: new entry, but the register already has this slug",
                                            path=candidates_path, line=a.line,
                                            hint="give the new entry another slug in the candidates file"))
                continue
            if a.type not in TYPES:
                errors.append(RegisterError(f"{a.slug}: new entry needs a type, not {a.type!r}",
                                            path=candidates_path, line=a.line, hint=f"use one of {', '.join(TYPES)}"))
                continue
        elif entity is None:
            errors.append(RegisterError(f"{a.slug}: no such entry in {register_path}", path=candidates_path,
                                        line=a.line, hint="the entry was renamed or removed; reconcile again"))
            continue
        elif entity.qid and entity.qid != a.qid:
            errors.append(RegisterError(
                f"entry {a.slug!r} already has qid {entity.qid}; the accepted candidate {a.qid} "
                f"({candidates_path}:{a.line}) was not written", path=register_path, line=entity.line,
                hint="a QID is never overwritten: clear the entry's qid by hand if the new one is right"))
            continue
        chosen.setdefault(a.slug, a)
    if errors:
        if len(errors) == 1:
            raise errors[0]
        raise RegisterError(f"{len(errors)} accepted candidates cannot be written; the register is unchanged:\n"
                            + "\n".join(f"  {e}" for e in errors), path=register_path)

    raw = register_path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.splitlines()
    written = []
    updates = [(register.get(a.slug), a) for a in chosen.values() if not a.new]
    for entity, a in sorted(updates, key=lambda pair: -pair[0].line):
        if entity.qid == a.qid and entity.wikidata_class == (a.wikidata_class or entity.wikidata_class):
            continue  # already there
        values = {"qid": a.qid, "wikidata_class": a.wikidata_class, "evidence": evidence_text(a.endpoint)}
        lines = _edit_entry(lines, entity, values, register_path)
        written.append(a)
    new = [a for a in chosen.values() if a.new]
    if new:
        while lines and not lines[-1].strip():
            lines.pop()
        for a in new:
            lines += ["", "[[entity]]", f"slug = {toml_string(a.slug)}", f"type = {toml_string(a.type)}",
                      f"name = {{ {_toml_key(a.language)} = {toml_string(a.name)} }}",
                      f"aliases = [{toml_string(a.name)}]", f"qid = {toml_string(a.qid)}",
                      f"wikidata_class = {toml_string(a.wikidata_class)}",
                      f"evidence = {toml_string(evidence_text(a.endpoint))}"]
            written.append(a)
    if not written:
        return []
    text = newline.join(lines) + newline
    _check_register_text(text, register_path)
    _write_atomic(register_path, text)
    return [a.slug for a in sorted(written, key=lambda a: a.line)]


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


HEADER = re.compile(r"^\s*\[\[?\s*[A-Za-z0-9_.\"' -]+\s*\]\]?\s*(#.*)?$")
EDITED_KEYS = ("qid", "wikidata_class", "evidence")


def _edit_entry(lines: list[str], entity: Entity, values: dict[str, str], register_path: Path) -> list[str]:
    """Set ``values`` in the entry whose ``[[entity]]`` header is at ``entity.line``, textually."""
    start = entity.line  # index of the first line after the header
    if not (0 < start <= len(lines)) or lines[start - 1].strip() != "[[entity]]":
        raise RegisterError(f"cannot find the [[entity]] header of {entity.slug!r}", path=register_path,
                            line=entity.line)
    end = next((i for i in range(start, len(lines)) if HEADER.match(lines[i])), len(lines))
    lines = list(lines)
    for key in EDITED_KEYS:
        value = values[key]
        found = _find_key(lines, start, end, key)
        if found is not None:
            first, last = found
            kept = _single_line_comment(lines[first], key) if first == last else ""
            indent = re.match(r"\s*", lines[first])[0]
            lines[first:last + 1] = [f"{indent}{key} = {toml_string(value)}{kept}"]
            end -= last - first
        else:
            previous = [_find_key(lines, start, end, k) for k in EDITED_KEYS[:EDITED_KEYS.index(key)]]
            previous = [p for p in previous if p is not None]
            if previous:
                at = max(last for _, last in previous) + 1
            else:
                at = start
                for i in range(start, end):
                    if lines[i].strip() and not lines[i].lstrip().startswith("#"):
                        at = i + 1
            lines.insert(at, f"{key} = {toml_string(value)}")
            end += 1
    return lines


def _find_key(lines: list[str], start: int, end: int, key: str) -> tuple[int, int] | None:
    """The first and last line of ``key = value`` at the top of an entry (values may span lines)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    i = start
    while i < end:
        if pattern.match(lines[i]):
            for last in range(i, min(end, i + 200)):
                try:
                    tomllib.loads("\n".join(lines[i:last + 1]))
                    return i, last
                except tomllib.TOMLDecodeError:
                    continue
            return i, i
        i += 1
    return None


def _single_line_comment(line: str, key: str) -> str:
    match = re.match(rf"^\s*{re.escape(key)}\s*=\s*(\"(?:[^\"\\]|\\.)*\"|'[^']*')(\s*#.*)$", line)
    return match[2] if match else ""


def _check_register_text(text: str, register_path: Path) -> None:
    """Load the edited register from a scratch file; a register that would not load is never written."""
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / register_path.name
        trial.write_text(text, encoding="utf-8")
        try:
            load_register(trial)
        except RegisterError as error:
            raise RegisterError(f"accepting these candidates would make the register invalid: {error.message}",
                                path=register_path, line=error.line, hint=error.hint) from None


# --------------------------------------------------------------------------- refresh

@dataclass(frozen=True)
class Finding:
    severity: str  # Warning (exit 1) | Info
    code: str  # redirected | missing | class-changed | not-human | label-differs | coordinates-differ | ...
    slug: str
    qid: str
    message: str
    value: str = ""  # the new value: target QID, class, label, coordinates
    source: str = ""  # register file:line

    def to_text(self) -> str:
        return f"{self.severity:<8} {self.code}: {self.source}: {self.slug} ({self.qid}): {self.message}"


@dataclass
class RefreshReport:
    endpoint: str
    checked: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Warning"]

    @property
    def ok(self) -> bool:
        return not self.warnings

    def by_code(self, code: str) -> list[Finding]:
        return [f for f in self.findings if f.code == code]

    @property
    def redirects(self) -> dict[str, str]:
        return {f.qid: f.value for f in self.by_code("redirected")}

    @property
    def missing(self) -> list[str]:
        return [f.qid for f in self.by_code("missing")]

    def summary(self) -> str:
        infos = len(self.findings) - len(self.warnings)
        verdict = "all links current" if self.ok else "links need attention"
        return (f"{verdict}: {self.checked} QID(s) checked against {self.endpoint}; "
                f"{len(self.warnings)} warning(s), {infos} info(s)")

    def to_text(self) -> str:
        return "\n".join([*(f.to_text() for f in self.findings), self.summary()]) + "\n"

    def to_dict(self) -> dict:
        return {"endpoint": self.endpoint, "checked": self.checked, "ok": self.ok,
                "warnings": len(self.warnings), "infos": len(self.findings) - len(self.warnings),
                "redirects": self.redirects, "missing": self.missing,
                "findings": [asdict(f) for f in self.findings]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


COORDINATE_TOLERANCE = 0.01  # degrees, about a kilometre


def refresh(register: Register, client: WikidataClient, *, use_cache: bool = False) -> RefreshReport:
    """Re-read the registered QIDs (bypassing the cache unless ``use_cache``) and report what changed.

    Warnings: an item merged into another (``redirected``, old -> new QID), deleted
    (``missing``), or no longer of the recorded ``wikidata_class`` (``class-changed``;
    ``not-human`` for a Person). Infos: labels that differ from the register's names,
    coordinates that differ or that Wikidata has and the register lacks.
    """
    linked = [e for e in register.entities.values() if e.qid]
    languages = {lang for e in linked for lang, _ in e.names} | {"en"}
    answers = client.entities([e.qid for e in linked], props="labels|claims", languages=languages,
                              refresh=not use_cache)
    report = RefreshReport(client.api_url, checked=len(linked))
    where = str(register.path) if register.path else "entities.toml"
    for entity in sorted(linked, key=lambda e: e.line):
        source = f"{where}:{entity.line}" if entity.line else where

        def add(severity, code, message, value=""):
            report.findings.append(Finding(severity, code, entity.slug, entity.qid, message, value, source))

        item = answers.get(entity.qid)
        if is_missing(item):
            add("Warning", "missing", "the item was deleted from Wikidata; find the right item and "
                                      "replace the qid, or clear it")
            continue
        redirect = item.get("redirects") or {}
        target = redirect.get("to") or item.get("id", entity.qid)
        if target != entity.qid:
            add("Warning", "redirected", f"merged into {target}; write qid = \"{target}\" after checking it",
                target)
        found = classes(item)
        if entity.type == "Person" and HUMAN not in found:
            add("Warning", "not-human", f"type Person but {target} is no longer an instance of human (Q5): "
                                        f"{', '.join(found) or 'no class'}", ",".join(found))
        elif entity.wikidata_class and entity.wikidata_class not in found:
            add("Warning", "class-changed", f"recorded class {class_name(entity.wikidata_class)} is no longer among "
                                            f"its classes: {', '.join(map(class_name, found)) or 'none'}",
                ",".join(found))
        for lang, name in entity.names:
            current = label(item, lang)
            if current and fold(current) != fold(name):
                add("Info", "label-differs", f"Wikidata's {lang} label is {current!r}, the register says {name!r}",
                    current)
        coords = coordinates(item)
        if coords and entity.lat is not None:
            if abs(coords[0] - entity.lat) > COORDINATE_TOLERANCE or abs(coords[1] - entity.long) > COORDINATE_TOLERANCE:
                add("Info", "coordinates-differ", f"Wikidata has {coords[0]:.4f}, {coords[1]:.4f}; the register "
                                                  f"{entity.lat:.4f}, {entity.long:.4f}", f"{coords[0]},{coords[1]}")
        elif coords and entity.type == "Place":
            add("Info", "coordinates-available", f"Wikidata has coordinates {coords[0]:.4f}, {coords[1]:.4f}; "
                                                 "the register has none", f"{coords[0]},{coords[1]}")
    return report


def refresh_source(source_dir: Path, client: WikidataClient) -> RefreshReport:
    return refresh(load_register(Path(source_dir) / "entities.toml"), client)
