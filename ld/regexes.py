"""Regular expressions compiled once per machine, not once per run.

The layout's patterns hold the titles' and the verbs' alternations (some 20,000 characters each, in
about thirty patterns), and ``re`` parses a pattern in Python: compiling them took 0.9 s of every build
and of every command that reads a page, longer than parsing a hundred pages. As Python keeps a module's
bytecode, the compiled form of each long pattern is kept in the user's cache folder
(``$XDG_CACHE_HOME/ldpub/regexes``, by default ``~/.cache/ldpub/regexes``) and read back in a few
milliseconds. The key holds the pattern, its flags and the exact Python build, so a file is only ever
read by the interpreter that wrote it; ``_sre`` checks the code it is given, and a file that cannot be
read is compiled again and rewritten. Where the folder cannot be written, patterns are compiled as
usual. (Not in ``__pycache__``: machines that write no bytecode, ``PYTHONDONTWRITEBYTECODE``, would
then compile every time; this is a cache of the program's data, as a build's cache is.)
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (the compiler behind ``re``: it builds a pattern from its code)
import hashlib
import marshal
import os
import re
import sys
import tempfile
import zlib
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]


def _user_cache() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME", "")
    try:  # (the XDG rule: a relative path is ignored)
        return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "ldpub" / "regexes"
    except RuntimeError:  # no home folder to be found: no cache
        return None


CACHE_DIR = _user_cache()
SHORT = 2000  # a pattern shorter than this compiles in well under a millisecond: not worth a file
_BUILD = f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}"


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001  (re.compile's name and signature)
    """``re.compile(pattern, flags)``, read from the cache when this interpreter compiled it before."""
    flags = int(flags)
    if len(pattern) < SHORT or CACHE_DIR is None:
        return re.compile(pattern, flags)
    key = hashlib.sha256(f"{_BUILD}\0{flags}\0{pattern}".encode()).hexdigest()[:40]
    path = CACHE_DIR / f"{key}.bin"
    try:
        return _sre.compile(pattern, *marshal.loads(zlib.decompress(path.read_bytes())))
    except Exception:  # (absent, cut short by a crash, or not this interpreter's: compiled again)
        pass
    parts = _compiled_parts(pattern, flags)
    compiled = _sre.compile(pattern, *parts)
    _write(path, zlib.compress(marshal.dumps(parts), 1))
    return compiled


def _compiled_parts(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile``: flags, code, groups, group names both ways."""
    parsed = _parser.parse(pattern, flags)
    index = [None] * parsed.state.groups
    for name, number in parsed.state.groupdict.items():
        index[number] = name
    # (the opcodes are int subclasses: marshal takes plain ints)
    return (int(flags | parsed.state.flags), [int(op) for op in _compiler._code(parsed, flags)],
            parsed.state.groups - 1, dict(parsed.state.groupdict), tuple(index))


def _write(path: Path, data: bytes) -> None:
    """Write atomically (two workers may compile the same pattern at once); give up quietly if the folder is
    read-only: the cache only saves time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
