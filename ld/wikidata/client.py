"""Wikidata: the client, and the readers of its entity JSON.

This package is the only part of ldpub that talks to Wikidata (the MediaWiki action API,
``/w/api.php``). Nothing here changes a QID on its own:

* ``reconcile`` (:mod:`ld.wikidata.reconcile`) searches Wikidata for entities without a QID, checks each
  candidate's class (P31) against the entity's type and returns ``Candidate``s;
* ``write_candidates`` writes them to a TOML file a curator reviews, every
  candidate with ``accept = false``;
* ``accept_candidates`` writes the QIDs the curator set ``accept = true`` into
  the register, editing just those lines so the file keeps its comments;
* ``refresh`` (:mod:`ld.wikidata.refresh`) re-reads the registered QIDs and reports merged (redirected),
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
from pathlib import Path
from typing import Callable, Iterable

import requests

import ld
from ld.errors import LdError, NetworkError
from ld.register import HUMAN, QID
from ld.wikidata import DEFAULT_ENDPOINT

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
