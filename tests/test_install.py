"""ldpub installed from a wheel, outside the checkout, builds the same dump as the checkout.

The wheel is built from a copy of the repository (nothing is written into the checkout),
installed into a fresh virtual environment in a temporary folder, and run on a copy of
source/ there: the shapes, the layout rules, the context and the example queries must all
come from inside the installed package."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SOURCE

SKIP = shutil.ignore_patterns(".git", ".venv", ".cache", "dist", "build", "*.egg-info", "__pycache__",
                              ".pytest_cache", "reconcile")


def run(*cmd, cwd, timeout=900):
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(map(str, cmd))}\n{done.stdout}\n{done.stderr}"
    return done


def test_a_wheel_installed_elsewhere_builds_the_published_dump(tmp_path):
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT, checkout, ignore=SKIP)
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp_path / "wheels", checkout, cwd=tmp_path)
    [wheel] = (tmp_path / "wheels").glob("ldpub-*.whl")
    shutil.rmtree(checkout)  # nothing may be read from a checkout

    run(sys.executable, "-m", "venv", tmp_path / "venv", cwd=tmp_path)
    bin_dir = tmp_path / "venv" / "bin"
    run(bin_dir / "pip", "install", "-q", wheel, cwd=tmp_path)
    work = tmp_path / "work"
    shutil.copytree(SOURCE, work / "source", ignore=SKIP)
    run(bin_dir / "ldpub", "build", "-q", cwd=work)
    for name in ("dataset.nq", "dataset.jsonld", "context.jsonld", "validation.json"):
        assert (work / "dist" / name).read_bytes() == (ROOT / "dist" / name).read_bytes(), name

    where = run(bin_dir / "python", "-c", "import ld, ld.query, ld.validate; print(ld.validate.SHAPES_DIR); "
                "print(ld.query.QUERIES_DIR); print(sorted(ld.query.example_queries()))", cwd=work).stdout.split("\n")
    site = str(tmp_path / "venv")
    assert where[0].startswith(site) and where[0].endswith("/ld/shapes"), where
    assert where[1].startswith(site) and where[1].endswith("/ld/queries"), where
    assert where[2] == str(sorted(p.name for p in (ROOT / "queries").glob("*.rq")))
    done = run(bin_dir / "ldpub", "query", "--file", Path(where[1]) / "turns-per-speaker.rq",
               "--format", "csv", cwd=work)
    assert "300025,Mao Zedong,25" in done.stdout
