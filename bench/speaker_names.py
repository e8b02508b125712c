"""The speakers published on test pages whose names hold a word no person bears ("Cablegram", "Summary", "Source",
"Ref", "Called", ...): a reading that took a heading, a field or the author's dropped "I" for a person. The scores of
bench/fidelity.py may not show such a name (a page already flagged, or a turn counted otherwise), so it is listed
here, by page, to compare two checkouts.

    .venv/bin/python bench/speaker_names.py [FOLDER ...]

FOLDER defaults to tests/pages/batches. Prints "turns name | page" for each such name, then their count.
"""

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ld.errors import LdError  # noqa: E402
from ld.pipeline import prepare  # noqa: E402
from ld.register import load_register  # noqa: E402

NO_PERSON = re.compile(r"\b(?:Cablegram|Telegram|Record|Memorandum|Subject|Summary|Conversation|Minute|Note|Ref|Action"
                       r"|Fecha|Fuente|Page|Source|Links?|Document|Department|Embassy|Ministry|Office|Received|Called"
                       r"|Said|Unquote|Quote|Nodded)\b", re.I)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT / "tests" / "pages" / "batches"]
    register = load_register(ROOT / "source" / "entities.toml")
    found: Counter[tuple[str, str]] = Counter()
    for folder in folders:
        for page in sorted(folder.glob("*.txt")):
            try:
                linked = prepare(page, register)
            except LdError:
                continue  # (a page refused publishes no speaker)
            for turn in linked.doc.turns:
                name = linked.speakers[turn.position].label
                if NO_PERSON.search(name):
                    found[(name, page.stem)] += 1
    for (name, page), turns in sorted(found.items()):
        print(f"{turns} {name} | {page}")
    print(f"{len(found)} page-and-name pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
