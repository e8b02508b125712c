"""Errors a user can cause. Each names where it happened and how to fix it.

The CLI prints ``str(error)`` (no traceback) and exits with ``exit_code``.
"""

from __future__ import annotations

from pathlib import Path


class Terminated(BaseException):
    """SIGTERM: stop as after Ctrl-C, cleaning up (staging folder, worker processes) on the way out.
    Inside ``termination_deferred()`` (a publication being swapped in and the old one removed) the
    signal waits until the block ends, so that no half-removed folder is left behind."""


_DEFERRED = {"depth": 0, "pending": False}


def terminate(signum=None, frame=None) -> None:
    """The SIGTERM handler: raise :class:`Terminated` now, or at the end of a deferring block."""
    if _DEFERRED["depth"]:
        _DEFERRED["pending"] = True
        return
    raise Terminated


class termination_deferred:
    """``with termination_deferred(): ...``: SIGTERM raises only after the block."""

    def __enter__(self):
        _DEFERRED["depth"] += 1

    def __exit__(self, *exc) -> None:
        _DEFERRED["depth"] -= 1
        if not _DEFERRED["depth"] and _DEFERRED["pending"]:
            _DEFERRED["pending"] = False
            if exc[0] is None:
                raise Terminated


class LdError(Exception):
    """Base of every error the tool reports to a user."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | Path | None = None,
                 line: int | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    @property
    def where(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class InputError(LdError):
    """A source file cannot be read as text (missing, binary, wrong encoding)."""


class ParseError(LdError):
    """A document's layout does not match what the parser expects."""


class CoverageError(ParseError):
    """The parser lost or doubled characters of a transcript: a defect of ldpub, never of the page."""


class InternalError(LdError):
    """ldpub itself failed on a page (an exception no rule foresaw): a defect of ldpub, never of the page. The
    build fails with the page named; ``trace`` keeps where it failed, for --debug and a bug report."""

    exit_code = 70  # (EX_SOFTWARE)
    trace = ""


class RegisterError(LdError):
    """The entity register (source/entities.toml) is inconsistent."""


class ConfigError(LdError):
    """source/config.toml or a document sidecar is missing or malformed."""


class UnknownSpeaker(LdError):
    """Under --strict, a speaker label that the register does not resolve."""


class ValidationFailed(LdError):
    """The graph violates the SHACL shapes; nothing is published."""

    exit_code = 1

    def __init__(self, report, message: str = "the graph does not conform to the shapes"):
        super().__init__(message, hint="fix the source or the register; the report above lists each violation")
        self.report = report


class OutputError(LdError):
    """The output folder is unsafe to replace, in use by another build, or cannot be written."""


class QueryError(LdError):
    """A SPARQL query is malformed or cannot run."""

    column: int | None = None  # of a syntax error, with ``line``


class NetworkError(LdError):
    """A remote service could not be reached or answered with an error."""

    result: object = None  # what was done before it (``ld.load.LoadResult``)


class BuildFailed(LdError):
    """Several documents failed; every error is kept so all can be reported at once."""

    def __init__(self, errors: list[LdError], message: str | None = None):
        super().__init__(message or f"{len(errors)} document(s) could not be published; dist/ is unchanged",
                         hint="fix the files named above and build again")
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join([*(str(e) for e in self.errors), super().__str__()])


class ReleaseError(LdError):
    """A release cannot be made: its version, date, history or working tree is wrong; nothing is published."""


class LinkDrift(LdError):
    """A release links to a Wikidata item that was deleted or merged, and no curator acknowledged it."""

    exit_code = 1
