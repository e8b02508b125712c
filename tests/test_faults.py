"""Fault injection: what users and machines do to a build (damaged caches, dangerous --out folders,
killed builds, two builds at once, full disks, wrong-type input, huge documents, FIFOs). Each fault
must end in a clear error or a correct publication: no traceback, no wrong bytes published with
exit 0, nothing deleted outside dist/, no process left behind. README.md lists the faults covered."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, SOURCE, run_cli, snapshot
from ld.pipeline import build


@pytest.fixture(scope="module")
def clean_dist(tmp_path_factory):
    """dist/ of a --clean build of source/: what every recovered build must reproduce byte for byte."""
    out = tmp_path_factory.mktemp("clean") / "dist"
    build(SOURCE, out, jobs=1, cache_dir=tmp_path_factory.mktemp("cache"), clean=True)
    return snapshot(out)


# ------------------------------------------------------------------ 1. the cache is checked, not trusted
def _edit(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] = ord("7") if data[middle] != ord("7") else ord("8")  # one byte, same size
    path.write_bytes(bytes(data))


DAMAGES = {
    "empty": lambda p: p.write_bytes(b""),
    "truncate": lambda p: p.write_bytes(p.read_bytes()[:len(p.read_bytes()) // 2]),
    "edit": _edit,
    "delete": lambda p: p.unlink(),
    "folder": lambda p: (p.unlink(), p.mkdir()),
}
PIECES = ("meta.json", "graph.pieces", "exports.json", "network.json", "rows-*")


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_cache_is_rebuilt_and_reported(tmp_path, clean_dist, piece, damage):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build(SOURCE, out, jobs=1, cache_dir=cache)
    [path] = (cache / "docs" / "300025").glob(f"*/{piece}")
    DAMAGES[damage](path)
    result = build(SOURCE, out, jobs=1, cache_dir=cache)
    assert snapshot(out) == clean_dist
    if (damage, piece) != ("delete", "rows-*"):  # rows are re-rendered when missing: nothing to report
        assert result.repaired and path.name in result.repaired[0], result.repaired
    again = build(SOURCE, out, jobs=1, cache_dir=cache)  # the repaired cache is good again
    assert again.repaired == [] and again.rebuilt == 0 and snapshot(out) == clean_dist


@pytest.mark.parametrize("damage", ["file", "empty-folder"])
def test_a_damaged_cache_folder_is_rebuilt(tmp_path, clean_dist, damage):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build(SOURCE, out, jobs=1, cache_dir=cache)
    document = cache / "docs" / "300025"
    [entry] = document.iterdir()
    shutil.rmtree(entry)
    if damage == "file":
        shutil.rmtree(document)
        document.write_text("not a folder")
    else:
        entry.mkdir()
    result = build(SOURCE, out, jobs=1, cache_dir=cache)
    assert snapshot(out) == clean_dist and result.rebuilt == 1 and result.repaired


def test_the_cli_reports_a_damaged_cache(tmp_path, clean_dist):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    assert run_cli("build", "--out", out, "--cache", cache, "-q").returncode == 0
    [meta] = cache.glob("docs/300025/*/meta.json")
    meta.write_bytes(meta.read_bytes()[:-10])
    result = run_cli("build", "--out", out, "--cache", cache, "-q")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "warning: damaged build cache, rebuilt: " in result.stderr and "meta.json" in result.stderr
    assert snapshot(out) == clean_dist
