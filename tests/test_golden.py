"""Golden cases: tests/cases/<name>/source is built and compared, as an
isomorphic graph, with tests/cases/<name>/expected.ttl.
Regenerate on purpose with LDPUB_REGEN=1 pytest tests/test_golden.py, then review the diff."""

import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from ld.pipeline import build

CASES = sorted(p for p in (Path(__file__).parent / "cases").iterdir() if (p / "source").is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case, tmp_path):
    build(case / "source", tmp_path / "dist")
    got = Graph().parse(tmp_path / "dist" / "dataset.ttl")
    expected_path = case / "expected.ttl"
    if os.environ.get("LDPUB_REGEN"):
        expected_path.write_bytes((tmp_path / "dist" / "dataset.ttl").read_bytes())
    expected = Graph().parse(expected_path)
    if not isomorphic(got, expected):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail("graph differs from expected.ttl\nmissing:\n" + only_expected.serialize(format="nt")[:3000]
                    + "\nunexpected:\n" + only_got.serialize(format="nt")[:3000])
