"""ldpub: a thin command line over the library. Each command parses its options,
calls one library function, renders the result and picks the exit code
(0 success, 1 the data does not conform or a check failed, 2 a usage or input error)."""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import traceback

import ld
from ld.errors import LdError, Terminated, ValidationFailed, terminate

# the command groups, each a module that adds its subcommands, in the order --help lists them
GROUPS = ("ld.cli.build", "ld.cli.wikidata", "ld.cli.store", "ld.cli.web", "ld.cli.release")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="ldpub", description="Publish translated archival documents as validated linked open data.")
    top.add_argument("--version", action="version", version=f"ldpub {ld.__version__}")
    top.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    for name in GROUPS:
        importlib.import_module(name).register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    signal.signal(signal.SIGTERM, terminate)
    try:
        return args.func(args)
    except ValidationFailed as error:
        print(error.report.to_text())
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    except LdError as error:
        if args.debug:
            traceback.print_exc()
            for failed in getattr(error, "errors", [error]):  # (a worker's failure: where it failed there; one in this
                if failed.__cause__ is None:  # process chains its cause, which the traceback above printed already)
                    print(getattr(failed, "trace", ""), end="", file=sys.stderr)
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("terminated", file=sys.stderr)
        return 143
    except BrokenPipeError:
        return 0
