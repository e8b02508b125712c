"""The README is tested: its two commands, every command it names has --help,
and its example query runs on the published data."""

import re

from conftest import ROOT, run_cli
from ld.query import open_store, run_query

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    block = re.search(r"```sh\n(.*?)```", README, re.S)[1].strip().splitlines()
    assert block == ["python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/ldpub build",
                     ".ci/install-test-tools && python3 -m venv .venv && .venv/bin/pip install -e '.[test]' "
                     "&& .venv/bin/pytest"]
    assert README.index("```sh") < README.index("##")
    assert block[1] in (ROOT / ".ci" / "run").read_text()  # CI runs exactly the README's test command


def test_every_command_in_the_readme_has_help():
    commands = set(re.findall(r"`ldpub (\w+)", README))
    assert {"build", "validate", "report", "query", "load", "export", "serve", "reconcile"} <= commands
    for command in sorted(commands):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "usage: ldpub" in result.stdout, command


def test_the_readme_query_runs(built):
    query = re.search(r"## Query it.*?```sparql\n(.*?)```", README, re.S)[1]
    rows = run_query(open_store(built), query).dicts()
    assert {(r["speaker"].value, int(r["turns"].value)) for r in rows} >= {("Mao Zedong", 25), ("Beqir Balluku", 21)}
