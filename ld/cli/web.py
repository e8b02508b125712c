"""Subcommands for linked data on the web: ``serve`` and ``site``.

Each handler parses nothing itself, calls one library function of ``ld.web``,
prints the result and returns the exit code (0 success, 1 ``serve --get`` got an
error status, 2 a usage or input error raised as ``LdError``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ld.cli.options import add_dist, add_source
from ld.formats import TURTLE


def _source(args) -> Path | None:
    source = Path(args.source)
    return source if (source / "config.toml").is_file() else None


def _queries(args) -> Path | None:
    if args.queries:
        return Path(args.queries)
    from ld.query import QUERIES_DIR

    for candidate in (Path(args.source).resolve().parent / "queries", Path("queries"), QUERIES_DIR):
        if candidate.is_dir():
            return candidate
    return None


def cmd_serve(args) -> int:
    from ld.errors import InputError
    from ld.web.app import request
    from ld.web.server import Limits, make_app, serve

    if min(args.timeout, args.max_rows, args.workers, args.query_memory, args.max_result, args.threads,
           args.max_connections, args.request_timeout) <= 0:
        raise InputError("--timeout, --max-rows, --workers, --query-memory, --max-result, --threads, "
                         "--max-connections and --request-timeout must be positive")
    if args.source != "source" and _source(args) is None:
        raise InputError("config.toml not found", path=Path(args.source) / "config.toml",
                         hint="pass --source DIR holding config.toml")
    app = make_app(args.dist, source=_source(args), queries_dir=_queries(args), workers=args.workers,
                   timeout=args.timeout, max_rows=args.max_rows, sparql=not args.no_sparql,
                   memory=args.query_memory, max_bytes=args.max_result << 20)
    if args.get is None:
        serve(app, args.host, args.port, quiet=args.quiet,
              limits=Limits(threads=args.threads, connections=args.max_connections,
                            request_timeout=args.request_timeout))
        return 0
    try:
        status, headers, body = request(app, args.get, accept=args.accept)
    finally:
        if app.pool:
            app.pool.close()
    out = sys.stdout
    out.write(f"HTTP/1.1 {status}\n")
    for name, value in headers:
        out.write(f"{name}: {value}\n")
    out.write("\n")
    out.flush()
    sys.stdout.buffer.write(body)
    sys.stdout.buffer.flush()
    return 0 if int(status.split()[0]) < 400 else 1


def cmd_site(args) -> int:
    from ld.errors import InputError
    from ld.web.static import write_static_site

    out, dist = Path(args.out).resolve(), Path(args.dist).resolve()
    if out == dist or out.is_relative_to(dist):
        # every build replaces dist/ as a whole: pages written there would silently vanish
        raise InputError("the site folder is inside the published folder, which the next `ldpub build` replaces",
                         path=args.out, hint="write the site to a folder of its own (the default: site/), "
                                             "or publish the pages inside dist/ with `ldpub build --html`")
    written = write_static_site(args.dist, args.out, source=_source(args), queries_dir=_queries(args))
    print(f"wrote {len(written)} files to {args.out}/", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    serve = subparsers.add_parser(
        "serve", help="serve the published data as linked data, with a SPARQL endpoint",
        description="Serve dist/ on the web: every IRI under the dataset's base answers at the path after the "
                    "base (/document/300025, /person/mao-zedong, /dataset, /ns, /shapes), with content "
                    "negotiation (HTML, Turtle, JSON-LD, N-Triples, N-Quads; or an extension such as .ttl), "
                    "303 See Other for persons, places, organizations, works and events, the dumps under /dist/, "
                    "and a read-only SPARQL 1.1 endpoint at /sparql. --get PATH answers one request and exits.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    add_dist(serve)
    add_source(serve, " with config.toml")
    serve.add_argument("--queries", help="folder of example queries *.rq for the dataset page "
                                         "(default: queries/ beside the source folder)")
    serve.add_argument("--timeout", type=float, default=10.0,
                       help="SPARQL time limit in seconds; a longer query is stopped with 503 (default: 10)")
    serve.add_argument("--max-rows", type=int, default=10000,
                       help="SPARQL answers are cut at this many rows or triples, with the header "
                            "X-SPARQL-MaxRows (default: 10000)")
    serve.add_argument("--workers", type=int, default=2,
                       help="SPARQL worker processes, each with its own copy of the data (default: 2)")
    serve.add_argument("--query-memory", type=int, default=1024, metavar="MB",
                       help="memory a SPARQL query may take in its worker beyond the loaded data; a query "
                            "needing more is stopped with 503 (default: 1024)")
    serve.add_argument("--max-result", type=int, default=64, metavar="MB",
                       help="a SPARQL answer larger than this is refused with 503 (default: 64)")
    serve.add_argument("--threads", type=int, default=8,
                       help="requests answered at once; slow clients do not hold one (default: 8)")
    serve.add_argument("--max-connections", type=int, default=4000,
                       help="open connections at most; more wait to be accepted (default: 4000)")
    serve.add_argument("--request-timeout", type=float, default=10.0, metavar="SECONDS",
                       help="a request whose header and body have not arrived in this time is dropped "
                            "(default: 10)")
    serve.add_argument("--no-sparql", action="store_true", help="no SPARQL endpoint")
    serve.add_argument("-q", "--quiet", action="store_true", help="do not log each request")
    serve.add_argument("--get", metavar="PATH",
                       help="answer one request for PATH in-process (e.g. /person/mao-zedong), print the status, "
                            "headers and body, and exit (1 on an error status)")
    serve.add_argument("--accept", metavar="TYPE", help=f"the Accept header for --get (e.g. {TURTLE.media_type})")
    serve.set_defaults(func=cmd_serve)

    site = subparsers.add_parser(
        "site", help="write the HTML pages and per-resource RDF files for a static web server",
        description="Write document/<id>.html, person/<slug>.html ... with .ttl, .jsonld, .nt and .nq beside "
                    "each, index.html and an example .htaccess (content negotiation and 303s, w3id style).")
    add_dist(site)
    site.add_argument("--out", default="site",
                      help="folder to write into, never inside --dist, which every build replaces (default: site); "
                           "it also gets a copy of the dumps in its dist/ (`ldpub build --html` writes the pages "
                           "inside dist/ instead, rebuilt with every build)")
    add_source(site, " with config.toml")
    site.add_argument("--queries", help="folder of example queries *.rq (default: queries/ beside the source)")
    site.set_defaults(func=cmd_site)
