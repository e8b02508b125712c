"""ldpub: publish translated archival documents as validated linked open data."""

from pathlib import Path

__version__ = "0.1.0"
BUILD_CACHE = Path(".cache/ldpub")  # the incremental build cache (ld.cache); here so the CLI need not import it


def data_folder(name: str) -> Path:
    """``shapes`` or ``queries``: installed inside the package (pyproject.toml maps them there),
    or, in a checkout, at the top of the repository where they are edited."""
    here = Path(__file__).resolve().parent
    return here / name if (here / name).is_dir() else here.parent / name
