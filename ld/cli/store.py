"""Subcommands over the published dump: ``query``, ``load`` and ``export``.

Each handler parses nothing itself, calls one library function, prints the
result (data on stdout, diagnostics on stderr) and returns the exit code:
0 success, 1 a check failed (graphs not loaded, a triple count or an example query's answer differs),
2 a usage, input or network error (raised as ``LdError``, printed by ``ld.cli``).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ld.cli.options import add_dist
from ld.errors import InputError


def cmd_query(args) -> int:
    from ld.query import dump_prefixes, open_persistent_store, open_store, read_query, render, run_query

    if (args.query is None) == (args.file is None):
        raise InputError("give either a QUERY or --file F.rq", hint="e.g. ldpub query 'ASK { ?s ?p ?o }'")
    text = read_query(args.file) if args.file else args.query
    store = open_store(args.dist) if args.memory else open_persistent_store(args.dist)
    result = run_query(store, text, source=args.file)
    sys.stdout.write(render(result, args.format, query_text=text, prefixes=dump_prefixes(args.dist)))
    return 0


def cmd_load(args) -> int:
    from ld.load import load
    from ld.query import example_queries

    if args.token and (args.user or args.password):
        raise InputError("give either --user/--password or --token, not both")
    if args.password is not None and not args.user:
        raise InputError("--password needs --user")
    password = args.password if args.password is not None else os.environ.get("LDPUB_PASSWORD", "")
    token = args.token or (None if args.user else os.environ.get("LDPUB_TOKEN"))
    if args.digest and not args.user:
        raise InputError("--digest needs --user (and --password or $LDPUB_PASSWORD)")
    scheme = "digest" if args.digest else "basic"
    auth = ("bearer", token) if token else (scheme, args.user, password) if args.user else None
    result = load(Path(args.dist), args.endpoint, auth=auth, timeout=args.timeout, retries=args.retries,
                  dry_run=args.dry_run, query_endpoint=args.query_endpoint, check=not args.no_check,
                  queries=example_queries(args.queries))
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, sort_keys=True))
    else:
        print(result.to_text())
    if result.dry_run or result.ok:
        return 0
    for g in result.failed:
        print(f"error: {g.label} was not loaded: {g.error}", file=sys.stderr)
    for g in result.mismatched:
        print(f"error: {g.label}: sent {g.triples} triples but the endpoint holds {g.count}", file=sys.stderr)
    for q in result.wrong_answers:
        print(f"error: the example query {q.name} " + (f"failed on {result.query_endpoint}: {q.error}" if q.error else
              f"answers {q.rows} row(s) on {result.query_endpoint} but {q.expected} on the dump") +
              "; hint: compare with `ldpub query --file queries/" + q.name + "`; another dataset in the same "
              "graphs, or a store that does not evaluate GRAPH ?g over its named graphs, answers differently",
              file=sys.stderr)
    return 1


def cmd_export(args) -> int:
    from ld.export import export_tables
    from ld.query import open_store

    for path in export_tables(open_store(args.dist), Path(args.out)):
        print(path)
    return 0


def register(subparsers) -> None:
    query = subparsers.add_parser(
        "query", help="run a SPARQL query on the published dump",
        description="Run a SPARQL query on dist/dataset.nq. The first query checks the dump's checksum and "
                    "loads it into an on-disk store beside dist/ (dist.store/); later ones open that store, until "
                    "the dump changes. The default graph is the union "
                    "of all graphs; the prefixes schema:, dcterms:, oa:, prov:, ldp:, wd:, xsd:, rdf:, rdfs: ... "
                    "are predeclared. Rows come in the query's ORDER BY.")
    query.add_argument("query", nargs="?", metavar="QUERY", help="the SPARQL query text")
    query.add_argument("--file", "-f", metavar="F.rq", help="read the query from a file")
    add_dist(query)
    query.add_argument("--memory", action="store_true",
                       help="load the dump in memory for this query instead of using the on-disk store that the "
                            "first query builds beside the published folder (dist.store/, rebuilt when the dump "
                            "changes)")
    query.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table",
                       help="table (default), SPARQL CSV or TSV, or SPARQL JSON results; ASK prints true/false "
                            "(JSON: boolean result), CONSTRUCT and DESCRIBE print N-Triples")
    query.set_defaults(func=cmd_query)

    load = subparsers.add_parser(
        "load", help="load the dump into a SPARQL store (Graph Store Protocol)",
        description="PUT each named graph of dist/dataset.nq to a SPARQL 1.1 Graph Store endpoint, replacing it "
                    "(a reload never duplicates), then count each graph with a SPARQL query and check that the "
                    "example queries answer as on the dump. Exit 0 all loaded, counted and answered, 1 a graph "
                    "failed, a count or an answer differs, 2 an error.")
    load.add_argument("--endpoint", required=True, metavar="URL",
                      help="Graph Store URL, e.g. http://localhost:7878/store; a bare server URL means "
                           "Oxigraph's /store and /query")
    load.add_argument("--query-endpoint", metavar="URL",
                      help="SPARQL query URL for the check (default: the endpoint's last path segment "
                           "replaced by 'query')")
    add_dist(load)
    load.add_argument("--user", help="user name for HTTP Basic (or, with --digest, Digest) authentication")
    load.add_argument("--password", help="password for --user (default: $LDPUB_PASSWORD)")
    load.add_argument("--digest", action="store_true",
                      help="authenticate with HTTP Digest instead of Basic (Virtuoso's /sparql-graph-crud-auth)")
    load.add_argument("--token", help="bearer token (default: $LDPUB_TOKEN)")
    load.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for each answer (default: 60)")
    load.add_argument("--retries", type=int, default=3,
                      help="retries on a connection error or HTTP 5xx, with backoff (default: 3)")
    load.add_argument("--dry-run", action="store_true", help="list what would be sent, send nothing")
    load.add_argument("--no-check", action="store_true",
                      help="do not count the triples nor run the example queries after loading")
    load.add_argument("--queries", metavar="DIR",
                      help="example queries *.rq to run on the endpoint after loading and compare with the dump's "
                           "answers (default: the ones ldpub ships, queries/)")
    load.add_argument("--json", action="store_true", help="print the result as JSON")
    load.set_defaults(func=cmd_load)

    export = subparsers.add_parser(
        "export", help="export CSV tables and the dialogue network",
        description="Write documents, turns, mentions and entities as CSV, and the dialogue network (who speaks "
                    "after whom, who mentions whom) as CSV edge lists and GraphML. Output is deterministic.")
    add_dist(export)
    export.add_argument("--out", default="exports", help="folder to write into (default: exports)")
    export.set_defaults(func=cmd_export)
