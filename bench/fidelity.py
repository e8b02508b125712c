"""Fidelity on pages in the archive's layouts: the share of turns with the right speaker, turns
lost and invented, and pages wrong without a word (ld.fidelity).

    .venv/bin/python bench/fidelity.py [FOLDER ...] [--details]

FOLDER defaults to tests/pages (the tuning pages); tests/pages/heldout holds pages kept out of
tuning, measured last.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ld.fidelity import score, summary  # noqa: E402
from ld.pipeline import prepare  # noqa: E402
from ld.register import load_register  # noqa: E402


def main(argv: list[str]) -> int:
    details = "--details" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or [ROOT / "tests" / "pages"]
    register = load_register(ROOT / "source" / "entities.toml")
    for folder in folders:
        scores = [score(page, register, prepare) for page in sorted(folder.glob("*.txt"))]
        for s in scores:
            mark = "ok " if s.is_right else ("FLAG" if s.flagged else "WRONG")
            print(f"{mark:5} {s.name}: {s.right}/{s.turns} right, verdict {s.verdict} "
                  f"(expected {s.expected_verdict}), {len(s.lost)} lost, {len(s.invented)} invented"
                  + (f", {len(s.split)} split" if s.split else "") + (f", {len(s.merged)} merged" if s.merged else ""))
            if details and not s.is_right:
                for line in [*s.wrong, *(f"lost: {x}" for x in s.lost), *(f"invented: {x}" for x in s.invented),
                             *(f"split: {x}" for x in s.split), *(f"merged: {x}" for x in s.merged)]:
                    print(f"        {line}")
                if s.error:
                    print(f"        error: {s.error[:300]}")
        print(f"{folder}: {json.dumps(summary(scores))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
