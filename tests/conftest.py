import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ld.cli import main

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
DOC = SOURCE / "documents" / "300025.txt"


def run_process(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    """Run `python -m ld ...` as a user would, in a process of its own, capturing its output: for the
    tests of what a user sees end to end (the exit code, no traceback)."""
    return subprocess.run([sys.executable, "-m", "ld", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, **(env or {})}, timeout=600)


def run_cli(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    """`ldpub ...` in this process (``ld.cli.main``), its exit code and output captured as ``run_process``
    gives them, without starting an interpreter and importing the package for each command."""
    argv = [str(a) for a in args]
    buffers = io.BytesIO(), io.BytesIO()  # (behind text streams: a command may write bytes to sys.stdout.buffer)
    out, err = (io.TextIOWrapper(b, encoding="utf-8") for b in buffers)
    saved_env = {k: os.environ.get(k) for k in (env or {})}
    here, sigterm = os.getcwd(), signal.getsignal(signal.SIGTERM)
    os.environ.update(env or {})
    os.chdir(cwd or ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit:  # argparse: --help, a usage error
                code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 2)
    finally:
        os.chdir(here)
        signal.signal(signal.SIGTERM, sigterm)  # (main sets its own)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    out.flush()
    err.flush()
    stdout, stderr = (b.getvalue().decode("utf-8") for b in buffers)
    return subprocess.CompletedProcess(["ldpub", *argv], code, stdout, stderr)


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
