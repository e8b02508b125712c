import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
DOC = SOURCE / "documents" / "300025.txt"


def run_cli(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    """Run `python -m ld ...` as a user would, capturing output."""
    return subprocess.run([sys.executable, "-m", "ld", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, **(env or {})}, timeout=600)


@pytest.fixture
def source_copy(tmp_path) -> Path:
    """A private copy of source/ that a test may break."""
    target = tmp_path / "source"
    shutil.copytree(SOURCE, target, ignore=shutil.ignore_patterns("reconcile"))
    return target


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """dist/ built once from the real source/ into a temporary folder."""
    from ld.pipeline import build

    out = tmp_path_factory.mktemp("built") / "dist"
    build(SOURCE, out)
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
