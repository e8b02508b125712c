"""A document's sidecar (``source/documents/<id>.toml``): read, checked against the register and the
document, and applied: ``[speakers]`` (printed labels mapped to register slugs), ``[[mention]]``
decisions (:class:`ld.mentions.Override`), ``[document]`` metadata the page lacks. ``[layout]`` goes to
the parser as it is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ld.config import read_toml
from ld.errors import ConfigError
from ld.mentions import Override
from ld.model import Document
from ld.parse import Parser, parse_date
from ld.register import Register
from ld.schema import locate


def read_sidecar(path: Path) -> dict:
    sidecar = path.with_suffix(".toml")
    return read_toml(sidecar) if sidecar.exists() else {}


def overrides(rows: list[dict], register: Register, sidecar: Path) -> list[Override]:
    overrides: list[Override] = []
    for row in rows:
        for key in ("entity", "proposed_by"):
            slug = row.get(key, "")
            if slug and register.get(slug) is None:
                raise ConfigError(f"[[mention]] {row.get('quote')!r}: {key} {slug!r} is not in the register",
                                  path=sidecar, hint="use a slug of source/entities.toml")
        if not row.get("quote"):
            raise ConfigError("a [[mention]] needs the quote it applies to", path=sidecar,
                              line=locate(sidecar.read_text(encoding="utf-8"), ("mention", len(overrides))))
        for key, low, high in (("occurrence", 1, None), ("segment", 1, None), ("confidence", 0, 1)):
            value = row.get(key)
            if value is not None and (value < low or (high is not None and value > high)):
                raise ConfigError(f"[[mention]] {row['quote']!r}: {key} {value} is out of range "
                                  f"({low} or more{f', at most {high}' if high is not None else ''})", path=sidecar,
                                  line=locate(sidecar.read_text(encoding="utf-8"), ("mention", len(overrides), key)))
        overrides.append(Override(quote=row["quote"], entity=row.get("entity", ""), segment=row.get("segment"),
                                  occurrence=int(row.get("occurrence", 1)), uncertain=bool(row.get("uncertain")),
                                  confidence=row.get("confidence"), proposed_by=row.get("proposed_by", ""),
                                  note=row.get("note", ""),
                                  footnote=str(row["footnote"]) if "footnote" in row else None))
    return overrides


def check_overrides(overrides: list[Override], doc: Document, sidecar: Path) -> None:
    """An override that matches nothing would be dropped, and with it, say, an uncertain identification:
    an error (overrides apply to the segments' texts; see ld.mentions.apply_overrides)."""
    for n, override in enumerate(overrides):
        texts = [s.text for s in doc.segments if override.applies_to(s.position, None)] + \
                [n.text for n in doc.footnotes if override.applies_to(None, n.number)]
        if not any(text.count(override.quote) >= override.occurrence for text in texts):
            where = (f"footnote {override.footnote}" if override.footnote is not None else
                     f"segment {override.segment}" if override.segment is not None else "any segment")
            raise ConfigError(f"[[mention]] quote {override.quote!r} (occurrence {override.occurrence}) matches "
                              f"nothing in {where} of the document", path=sidecar,
                              line=locate(sidecar.read_text(encoding="utf-8"), ("mention", n)),
                              hint="copy the quote exactly from the text; check occurrence and segment "
                                   "(the position of the turn, from 1)")


def apply_metadata(doc: Document, meta: dict, sidecar: Path, parser: Parser) -> Document:
    if not meta:
        return doc
    changes: dict[str, object] = {}
    if "date" in meta:
        date = parse_date(str(meta["date"]))
        if date is None:
            raise ConfigError(f"[document] date {meta['date']!r} is not a date", path=sidecar,
                              hint="write e.g. 1964-10-09, 1964-10 or 1964")
        changes["date"] = date
    for key in ("title", "summary", "credits"):
        if key in meta:
            changes[key] = str(meta[key])
    if "original_language" in meta:
        changes["original_language"] = meta["original_language"]
        changes["language_tag"] = parser.layout.languages.get(meta["original_language"], meta["original_language"])
    return replace(doc, **changes)  # type: ignore[arg-type]  # (the keys are Document's fields)
