"""The compiled-pattern cache (ld/regexes.py): what it reads back is what ``re.compile`` makes, and a
missing, broken or unwritable cache only costs time."""

from __future__ import annotations

import re

import pytest

from ld import regexes
from ld.parse import Layout, compiled_layout

# a long pattern of the layout itself: a label, with the titles' and the verbs' alternations
LONG = compiled_layout({}).label.pattern


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(regexes, "CACHE_DIR", tmp_path / "regexes")
    return tmp_path / "regexes"


def _no_compiling(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("compiled although the cache holds the pattern")
    monkeypatch.setattr(regexes, "_compiled_parts", refuse)


def test_a_pattern_read_back_is_the_one_re_compiles(cache, monkeypatch):
    assert len(LONG) > regexes.SHORT
    first = regexes.compile(LONG)
    assert len(list(cache.glob("*.bin"))) == 1
    _no_compiling(monkeypatch)
    again = regexes.compile(LONG)
    # (a Pattern equals another with the same pattern, flags and compiled code)
    assert first == again == re.compile(LONG)
    text = "Chairman Mao Zedong: We welcome you."
    assert again.match(text).groupdict() == re.compile(LONG).match(text).groupdict()


def test_flags_are_part_of_the_key(cache):
    plain, ignoring = regexes.compile(LONG), regexes.compile(LONG, re.I)
    assert ignoring == re.compile(LONG, re.I) and plain != ignoring
    assert len(list(cache.glob("*.bin"))) == 2


def test_a_broken_file_is_compiled_again_and_rewritten(cache, monkeypatch):
    regexes.compile(LONG)
    (path,) = cache.glob("*.bin")
    path.write_bytes(path.read_bytes()[:100])  # cut short, as by a crash
    assert regexes.compile(LONG) == re.compile(LONG)
    _no_compiling(monkeypatch)
    assert regexes.compile(LONG) == re.compile(LONG)  # (rewritten whole)


def test_an_unwritable_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"  # (a folder under a file can be made by no one, root included)
    blocker.write_text("")
    monkeypatch.setattr(regexes, "CACHE_DIR", blocker / "regexes")
    assert regexes.compile(LONG) == re.compile(LONG)
    assert blocker.is_file()


def test_no_cache_folder_compiles_as_usual(monkeypatch):
    monkeypatch.setattr(regexes, "CACHE_DIR", None)
    assert regexes.compile(LONG) == re.compile(LONG)


def test_short_patterns_are_not_kept(cache):
    assert regexes.compile(r"\d+[.]") == re.compile(r"\d+[.]")
    assert not cache.exists()


def test_a_layout_from_the_cache_holds_the_patterns_re_compiles(cache, monkeypatch):
    cold = Layout({})
    _no_compiling(monkeypatch)
    warm = Layout({})
    patterns = {name: value for name, value in vars(cold).items() if isinstance(value, re.Pattern)}
    assert len(patterns) > 10
    for name, pattern in patterns.items():
        assert getattr(warm, name) == pattern == re.compile(pattern.pattern, pattern.flags), name
