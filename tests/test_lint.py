"""Type checking (mypy) and linting (ruff) are part of the test suite, so that CI runs them with the
README's test command; their configuration is in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_mypy_finds_no_type_error():
    done = run("mypy", "ld")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_finds_nothing():
    done = run("ruff", "check", "ld", "tests", "bench")
    assert done.returncode == 0, done.stdout + done.stderr
