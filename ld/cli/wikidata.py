"""Subcommands that talk to Wikidata: ``reconcile``, ``accept`` and ``refresh``.

Each handler calls one library function of ``ld.wikidata``, prints the result
(data on stdout, diagnostics on stderr) and returns the exit code: 0 success,
1 a check found problems (``refresh``: merged, deleted or reclassified items),
2 a usage, input or network error (raised as ``LdError``, printed by ``ld.cli``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ld.cli.options import add_source
from ld.wikidata import DEFAULT_CACHE, DEFAULT_ENDPOINT


def _client(args):
    from ld.wikidata.client import WikidataClient

    return WikidataClient(args.endpoint, cache_dir=args.cache, timeout=args.timeout, retries=args.retries)


def _traffic(client) -> str:
    return f"{client.requests} request(s) to {client.api_url}, {client.cache_hits} answer(s) from the cache"


def cmd_reconcile(args) -> int:
    from ld.wikidata.reconcile import reconcile_source, write_candidates

    client = _client(args)
    candidates = reconcile_source(Path(args.source), client, names=args.name or (), unmatched=args.unmatched,
                                  language=args.language)
    out = Path(args.out) if args.out else Path(args.source) / "reconcile" / "candidates.toml"
    write_candidates(candidates, out)
    if args.json:
        print(json.dumps([c.to_dict() for c in candidates], indent=2, sort_keys=True, ensure_ascii=False))
    else:
        subject = None
        for c in candidates:
            if c.subject != subject:
                subject = c.subject
                print(f"{subject}:")
            print(f"  {c.qid:<11} {c.confidence:.2f}  {c.label}"
                  + (f" — {c.description}" if c.description else "") + f"  [{c.reason}]")
    subjects = len({c.subject for c in candidates})
    entries = "entry" if subjects == 1 else "entries"
    print(f"{len(candidates)} candidate(s) for {subjects} {entries} written to {out}; review them, set accept = true, "
          f"then run: ldpub accept --source {args.source} {out}", file=sys.stderr)
    print(_traffic(client), file=sys.stderr)
    return 0


def cmd_accept(args) -> int:
    from ld.register import load_register
    from ld.wikidata.reconcile import accept_candidates

    register_path = Path(args.source) / "entities.toml"
    candidates = Path(args.candidates) if args.candidates else Path(args.source) / "reconcile" / "candidates.toml"
    written = accept_candidates(candidates, register_path)
    if written:
        register = load_register(register_path)
        for slug in written:
            entity = register.get(slug)
            assert entity is not None  # (accept_candidates wrote it)
            print(f"{slug} = {entity.qid}" + (f" ({entity.wikidata_class})" if entity.wikidata_class else ""))
        print(f"{len(written)} QID(s) written to {register_path}", file=sys.stderr)
    else:
        print(f"nothing to write: no candidate in {candidates} has accept = true (or they are already in "
              f"{register_path})", file=sys.stderr)
    return 0


def cmd_refresh(args) -> int:
    from ld.wikidata.refresh import refresh_source

    client = _client(args)
    report = refresh_source(Path(args.source), client)
    sys.stdout.write(report.to_json() if args.json else report.to_text())
    print(_traffic(client), file=sys.stderr)
    return 0 if report.ok else 1


def _network_options(parser) -> None:
    parser.add_argument("--endpoint", default=DEFAULT_ENDPOINT, metavar="URL",
                        help=f"MediaWiki action API of Wikidata (default: {DEFAULT_ENDPOINT})")
    parser.add_argument("--cache", default=DEFAULT_CACHE, metavar="DIR",
                        help=f"folder for cached answers, so a re-run asks nothing twice (default: {DEFAULT_CACHE})")
    parser.add_argument("--timeout", type=float, default=10, metavar="S", help="seconds to wait per request (default: 10)")
    parser.add_argument("--retries", type=int, default=4, metavar="N",
                        help="retries on throttling, lag, server and connection errors (default: 4)")


def register(subparsers) -> None:
    """Add ``reconcile``, ``accept`` and ``refresh`` to an argparse subparsers object."""
    rec = subparsers.add_parser(
        "reconcile", help="propose Wikidata QIDs for register entries without one",
        description="Search Wikidata for each register entry without a QID, check each candidate's class (P31) "
                    "against the entry's type, and write the candidates to a TOML file for a curator to review. "
                    "The register is not changed; see 'accept'.")
    add_source(rec, " with entities.toml")
    _network_options(rec)
    rec.add_argument("--out", metavar="FILE",
                     help="candidates file to write (default: SOURCE/reconcile/candidates.toml)")
    rec.add_argument("--name", action="append", metavar="NAME",
                     help="also search this name, when no entry covers it (repeatable)")
    rec.add_argument("--unmatched", action="store_true",
                     help="also search the capitalised names of the documents that no entry covers")
    rec.add_argument("--language", default="en", help="language of the searched names (default: en)")
    rec.add_argument("--json", action="store_true", help="print the candidates as JSON")
    rec.set_defaults(func=cmd_reconcile)

    acc = subparsers.add_parser(
        "accept", help="write the QIDs a curator accepted into the register",
        description="Write the QID of every candidate with accept = true into SOURCE/entities.toml, editing only "
                    "that entry's qid, wikidata_class and evidence lines. An entry that already has a different "
                    "QID is never overwritten.")
    acc.add_argument("candidates", nargs="?", metavar="CANDIDATES",
                     help="candidates file (default: SOURCE/reconcile/candidates.toml)")
    add_source(acc, " with entities.toml")
    acc.set_defaults(func=cmd_accept)

    ref = subparsers.add_parser(
        "refresh", help="check the register's QIDs against Wikidata",
        description="Re-read the labels, classes (P31) and coordinates (P625) of every QID in the register and "
                    "report items merged into another (redirected), deleted, or reclassified. "
                    "Exit 0 all current, 1 some link needs attention, 2 error.")
    add_source(ref, " with entities.toml")
    _network_options(ref)
    ref.add_argument("--json", action="store_true", help="print the report as JSON")
    ref.set_defaults(func=cmd_refresh)
