"""``ldpub refresh`` and the release's link-drift audit: registered QIDs re-checked against Wikidata for
merges (redirects), deletions, class and label changes."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ld.register import HUMAN, Register, fold, load_register
from ld.wikidata.client import WikidataClient, class_name, classes, coordinates, is_missing, label

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
        if item is None or is_missing(item):
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
        if coords and entity.lat is not None and entity.long is not None:
            if abs(coords[0] - entity.lat) > COORDINATE_TOLERANCE or abs(coords[1] - entity.long) > COORDINATE_TOLERANCE:
                add("Info", "coordinates-differ", f"Wikidata has {coords[0]:.4f}, {coords[1]:.4f}; the register "
                                                  f"{entity.lat:.4f}, {entity.long:.4f}", f"{coords[0]},{coords[1]}")
        elif coords and entity.type == "Place":
            add("Info", "coordinates-available", f"Wikidata has coordinates {coords[0]:.4f}, {coords[1]:.4f}; "
                                                 "the register has none", f"{coords[0]},{coords[1]}")
    return report


def refresh_source(source_dir: Path, client: WikidataClient) -> RefreshReport:
    return refresh(load_register(Path(source_dir) / "entities.toml"), client)
