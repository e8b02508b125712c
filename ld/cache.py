"""The build cache (``.cache/ldpub/``): each document's pieces are kept under a key that hashes
everything that shapes them (:func:`document_key`: its text and sidecar, the register's names and
forms, the configuration, the code and the shapes), so an unchanged document is not redone. A cached
file is checked, not trusted: it carries its own SHA-256 (:func:`write_checked`, :func:`read_checked`),
and a damaged entry is removed and rebuilt (:func:`cached_meta`)."""

from __future__ import annotations

import hashlib
import json
import shutil
from functools import lru_cache
from pathlib import Path

import ld
from ld.config import Config
from ld.publish import PIECES_FILE, sha256_file
from ld.register import Register

SHAPES_DIR = ld.data_folder("shapes")  # (not from ld.validate: `ldpub query` need not import pySHACL)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Changes whenever the package's code or data or the shapes change."""
    digest = hashlib.sha256(ld.__version__.encode())
    package = Path(ld.__file__).parent
    for path in sorted([*package.rglob("*.py"), *(package / "data").rglob("*"), *SHAPES_DIR.glob("*.ttl")]):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def register_forms_digest(register: Register) -> str:
    """What of the register can change a document's graph: slugs, types, names, surface forms, rules.
    (QIDs, coordinates and evidence live in the shared graphs only.)"""
    rows = [(e.slug, e.type, e.names, e.aliases) for e in sorted(register.entities.values(), key=lambda e: e.slug)]
    return hashlib.sha256(repr((rows, register.rules)).encode()).hexdigest()


def document_key(path: Path, config: Config, strict: bool, forms: str) -> str:
    digest = hashlib.sha256()
    sidecar = path.with_suffix(".toml")
    for part in (code_digest(), forms, config.base, config.dumps, str(strict), path.name,
                 str(config.rico), config.source_pages, config.text_rights):
        digest.update(part.encode() + b"\0")
    digest.update(path.read_bytes() if path.is_file() else b"")
    digest.update(b"\0" + (sidecar.read_bytes() if sidecar.exists() else b""))
    return digest.hexdigest()[:32]


# A cached piece is checked, not trusted: meta.json carries its own SHA-256 (first line) and that of
# every other piece of the document; rendered rows carry theirs. A piece that fails is rebuilt.
CHECKED = (PIECES_FILE, "exports.json", "network.json")


class CacheDamaged(Exception):
    """A cached piece does not match its checksum."""


def write_checked(path: Path, data: bytes) -> None:
    path.write_bytes(hashlib.sha256(data).hexdigest().encode() + b"\n" + data)


def read_checked(path: Path) -> bytes:
    digest, _, data = path.read_bytes().partition(b"\n")
    if hashlib.sha256(data).hexdigest().encode() != digest:
        raise CacheDamaged(f"{path.name} does not match its checksum")
    return data


def cached_meta(folder: Path) -> tuple[dict | None, str]:
    """The meta of a document's cached pieces if every piece checks; else None and what is wrong
    (nothing if the document is simply not cached). A damaged entry is removed, to be rebuilt."""
    if not folder.exists() and not folder.parent.is_file():
        return None, ""
    try:
        meta = json.loads(read_checked(folder / "meta.json"))
        for name in CHECKED:
            if sha256_file(folder / name) != meta["checksums"][name]:
                raise CacheDamaged(f"{name} does not match its checksum")
        return meta, ""
    except (OSError, ValueError, KeyError, TypeError, CacheDamaged) as error:
        for path in (folder, folder.parent):
            if path.is_dir() and not path.is_symlink():
                if path == folder:
                    shutil.rmtree(path, ignore_errors=True)
            elif path.exists() or path.is_symlink():
                path.unlink()
        reason = (f"{Path(error.filename).name}: {error.strerror}" if isinstance(error, OSError) and error.filename
                  else str(error))
        return None, f"{folder}: {reason}"
