"""Typed input: config.toml, the sidecars and the register are checked against a schema before
anything runs, and every wrong type is an error naming the file, the line and the key.

Hand-written rather than with a validation library such as jsonschema: TOML has dates that JSON
Schema has no type for, jsonschema knows neither files nor lines (the errors would still need the
locating below), and the three schemas are small tables of Python types. Keys a schema does not
name are left alone (other parts of ldpub read them); what a value means (a slug of the register,
a date) is checked where it is used.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from ld.errors import LdError


@dataclass(frozen=True)
class List:
    item: object


@dataclass(frozen=True)
class Table:
    """A table of any keys, each with a value of ``value``."""

    value: object


@dataclass(frozen=True)
class OneOf:
    """One of a few values (reported_speech: true, false or "auto")."""

    values: tuple


@dataclass(frozen=True)
class Array:
    """An array of tables ([[name]]), each following ``table`` (a dict of key to schema)."""

    table: dict


NUMBER = (int, float)
NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false", NUMBER: "a number",
         datetime.date: "a date", (str, int, datetime.date): "a date (a string such as \"1964-10-09\")",
         (str, int, float): "a string or a number"}


def describe(schema) -> str:
    if isinstance(schema, List):
        return f"a list of {describe(schema.item).removeprefix('a ').removeprefix('an ')}s"
    if isinstance(schema, Table):
        return f"a table of {describe(schema.value).removeprefix('a ').removeprefix('an ')}s"
    if isinstance(schema, Array):
        return "an array of tables ([[...]])"
    if isinstance(schema, OneOf):
        names = [("true" if v else "false") if isinstance(v, bool) else f'"{v}"' for v in schema.values]
        return ", ".join(names[:-1]) + f" or {names[-1]}"
    if isinstance(schema, dict):
        return "a table"
    return NAMES[schema]


def _kind(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (int, float)):
        return "a number"
    return f"a {type(value).__name__}"


def _fits(value, schema) -> bool:
    if isinstance(schema, OneOf):
        return any(value is v if isinstance(v, bool) else (not isinstance(value, bool) and value == v)
                   for v in schema.values)
    kinds = schema if isinstance(schema, tuple) else (schema,)
    if isinstance(value, bool):
        return bool in kinds
    if isinstance(value, datetime.datetime) and datetime.date in kinds:
        return False  # a date and a time is not a date
    return isinstance(value, kinds)


def check(data, schema, keys: tuple = ()) -> list[tuple[tuple, str]]:
    """Every place where ``data`` does not follow ``schema``: (keys to the value, what is wrong)."""
    if isinstance(schema, dict):
        if not isinstance(data, dict):
            return [(keys, f"must be a table, not {_kind(data)}")]
        return [problem for key, sub in schema.items() if key in data for problem in check(data[key], sub, (*keys, key))]
    if isinstance(schema, Array):
        if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
            return [(keys, f"must be an array of tables ([[{keys[-1]}]]), not {_kind(data)}")]
        return [problem for n, row in enumerate(data) for problem in check(row, schema.table, (*keys, n))]
    if isinstance(schema, Table):
        if not isinstance(data, dict):
            return [(keys, f"must be {describe(schema)}, not {_kind(data)}")]
        return [problem for key, value in data.items() for problem in check(value, schema.value, (*keys, key))]
    if isinstance(schema, List):
        wrong = [n for n, item in enumerate(data) if not _fits(item, schema.item)] if isinstance(data, list) else []
        if not isinstance(data, list):
            return [(keys, f"must be {describe(schema)}, not {_kind(data)} ({_short(data)})")]
        if wrong:
            return [(keys, f"must be {describe(schema)}, but item {wrong[0] + 1} is {_kind(data[wrong[0]])}")]
        return []
    if not _fits(data, schema):
        return [(keys, f"must be {describe(schema)}, not {_kind(data)} ({_short(data)})")]
    return []


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def errors(data: dict, schema: dict, path: Path, text: str, error=LdError) -> list[LdError]:
    """The problems of ``check`` as located user errors, in the order of the file's lines."""
    found = [error(f"{key_name(keys)} {message}", path=path, line=locate(text, keys),
                   hint="see README.md, section 'The source folder', for the keys and their types")
             for keys, message in check(data, schema)]
    return sorted(found, key=lambda e: e.line or 0)


def key_name(keys: tuple) -> str:
    """("mention", 0, "occurrence") -> "[[mention]] #1 occurrence"; ("document", "title") -> "[document] title"."""
    if len(keys) == 1:
        return f"[{keys[0]}]" if keys[0] in ("dataset", "publish", "register", "speakers", "document", "layout") \
            else f"{keys[0]}"
    if len(keys) > 1 and isinstance(keys[1], int):
        table, rest = f"[[{keys[0]}]] #{keys[1] + 1}", keys[2:]
    else:
        table, rest = f"[{keys[0]}]", keys[1:]
    return f"{table} {'.'.join(map(str, rest))}" if rest else table


KEY = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
KEY_LINE = re.compile(rf"^\s*({KEY}(?:\s*\.\s*{KEY})*)\s*=")
HEADER = re.compile(rf"^\s*(\[\[?)\s*({KEY}(?:\s*\.\s*{KEY})*)\s*\]\]?")


def _parts(dotted: str) -> tuple:
    return tuple(part.strip().strip("\"'") for part in re.findall(KEY, dotted))


def locate(text: str, keys: tuple) -> int | None:
    """The line of ``keys`` in a TOML text (the key's own line, else its table's header), or None.
    A light reading of the lines: TOML does not say where a value was."""
    best, best_length = None, 0
    table: tuple = ()
    counters: dict[tuple, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        header = HEADER.match(line)
        if header:
            names = _parts(header[2])
            if header[1] == "[[":
                counters[names] = counters.get(names, -1) + 1
                table = (*names, counters[names])
            else:
                table = names
            found = table
        else:
            key = KEY_LINE.match(line)
            if not key:
                continue
            found = (*table, *_parts(key[1]))
        length = next((n for n, (a, b) in enumerate(zip(found, keys)) if a != b), min(len(found), len(keys)))
        if length == len(found) and length > best_length:
            best, best_length = number, length
    return best


# ------------------------------------------------------------------------------ the schemas
def _layout() -> dict:
    from ld.parse import LIST_KEYS, SCALAR_KEYS, TABLE_KEYS

    return {**{key: List(str) for key in LIST_KEYS}, **{f"extra_{key}": List(str) for key in LIST_KEYS},
            **SCALAR_KEYS, "reported_speech": OneOf((True, False, "auto")), **{key: Table(str) for key in TABLE_KEYS}}


CONFIG = {
    "dataset": {key: str for key in ("base", "title", "description", "license", "publisher", "download_base",
                                     "source_pages", "text_rights")},
    "publish": {"dumps": str},
}
REGISTER = {
    "register": {"version": (str, int, float)},
    "entity": Array({"slug": str, "type": str, "name": Table(str), "aliases": List(str), "qid": str,
                     "wikidata_class": str, "evidence": str, "lat": NUMBER, "long": NUMBER, "note": str,
                     "died": str}),
    "rule": Array({"surface": str, "entity": str, "before": str, "after": str, "note": str}),
}
SIDECAR = {
    "speakers": Table(str),
    "document": {"date": (str, int, datetime.date), "title": str, "summary": str, "credits": str,
                 "original_language": str},
    "layout": _layout(),
    "mention": Array({"quote": str, "entity": str, "segment": int, "footnote": (int, str), "occurrence": int, "uncertain": bool,
                      "confidence": NUMBER, "proposed_by": str, "note": str}),
}
