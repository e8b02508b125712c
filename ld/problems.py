"""Problems as data: one object per finding, rendered as text or JSON.

Validation results, unresolved speakers and linking gaps are all ``Problem``s
collected into a ``Report``; the human and ``--json`` outputs are two
renderings of the same object.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

SEVERITIES = ("Violation", "Warning", "Info")


@dataclass(frozen=True, order=True)
class Problem:
    severity: str  # Violation | Warning | Info
    code: str  # stable, kebab-case: "turn-without-speaker"
    message: str
    focus: str = ""  # IRI of the node, or file:line for source problems
    path: str = ""  # property IRI
    value: str = ""
    source: str = ""  # file:line where the problem comes from, when known

    def to_text(self) -> str:
        where = self.source or self.focus
        extra = []
        if self.path:
            extra.append(f"path {self.path}")
        if self.value:
            value = self.value if len(self.value) <= 80 else self.value[:77] + "..."
            extra.append(f"value {value!r}")
        if self.focus and self.source:
            extra.append(f"node {self.focus}")
        tail = f" ({'; '.join(extra)})" if extra else ""
        return f"{self.severity:<9} {self.code}: {where}: {self.message}{tail}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)

    def extend(self, problems) -> None:
        self.problems.extend(problems)

    def count(self, severity: str) -> int:
        return sum(1 for p in self.problems if p.severity == severity)

    @property
    def conforms(self) -> bool:
        """SHACL's definition: no validation result at all, whatever its severity."""
        return not self.problems

    @property
    def violates(self) -> bool:
        """Whether a result is a Violation: what stops a build (warnings and infos are published)."""
        return self.count("Violation") > 0

    @property
    def worst(self) -> str | None:
        """The most severe severity in the report (None when it conforms)."""
        return next((s for s in SEVERITIES if self.count(s)), None)

    def sorted(self) -> list[Problem]:
        rank = {s: i for i, s in enumerate(SEVERITIES)}
        return sorted(set(self.problems),
                      key=lambda p: (rank.get(p.severity, 9), p.code, p.source, p.focus, p.path, p.value, p.message))

    def to_text(self) -> str:
        lines = [p.to_text() for p in self.sorted()]
        lines.append(self.summary())
        return "\n".join(lines)

    def summary(self) -> str:
        verdict = "conforms" if self.conforms else "does not conform"
        return (f"{verdict}: {self.count('Violation')} violations, "
                f"{self.count('Warning')} warnings, {self.count('Info')} infos")

    def to_dict(self) -> dict:
        return {
            "conforms": self.conforms,
            "violations": self.count("Violation"),
            "warnings": self.count("Warning"),
            "infos": self.count("Info"),
            "problems": [dict(vars(p)) for p in self.sorted()],  # asdict() copies deeply: slow, and not needed
        }

    def to_json(self) -> str:
        return json_document(self.to_dict())


def json_document(data: dict) -> str:
    """A JSON object with a line per key and a line per item of a list (a problem, a document):
    easy to read, grep and diff, and written by json's C encoder, which ``indent=`` would bypass
    for its pure-Python one (seconds for the reports of a 10,000-document corpus)."""
    dump = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # one encoder for every item

    lines = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value:
            items = ",\n".join("    " + dump(item) for item in value)
            lines.append(f"  {dump(key)}: [\n{items}\n  ]")
        else:
            lines.append(f"  {dump(key)}: {dump(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"
