"""The pipeline's commands: ``build``, ``validate`` and ``report``."""

from __future__ import annotations

import sys
from pathlib import Path

from ld.cli.options import add_build_cache, add_source


def _site_pages(folder: Path, source: Path) -> None:
    """``build --html``: the static site's pages, written into the new publication before it replaces dist/."""
    from ld.query import QUERIES_DIR
    from ld.web.static import write_static_site

    queries = source.parent / "queries"
    write_static_site(folder, source=source, queries_dir=queries if queries.is_dir() else QUERIES_DIR, verify=False)


def cmd_build(args) -> int:
    from ld.pipeline import build

    result = build(Path(args.source), Path(args.out), strict=args.strict, jobs=args.jobs,
                   cache_dir=None if args.no_cache else Path(args.cache), clean=args.clean,
                   progress=not args.quiet, pages=_site_pages if args.html else None)
    for damage in result.repaired:
        print(f"warning: damaged build cache, rebuilt: {damage}", file=sys.stderr)
    if args.json:
        print(result.report.to_json(), end="")
    elif args.verbose:
        print(result.report.to_text())
    if result.not_clean:  # said even with -q: a page that is not right must say so
        names = ", ".join(result.not_clean[:20]) + (f" and {len(result.not_clean) - 20} more"
                                                    if len(result.not_clean) > 20 else "")
        print(f"{len(result.not_clean)} document(s) not clean (who speaks needs a curator's look): {names}; "
              f"`ldpub report` says where and why", file=sys.stderr)
    if not args.quiet:
        print(f"published to {args.out}/: {result.summary()}", file=sys.stderr)
        for doc_id, speakers in list(result.turns.items())[:20]:
            counts = ", ".join(f"{name} {n}" for name, n in speakers.items())
            print(f"  {doc_id}: turns per speaker: {counts}", file=sys.stderr)
    return 0


# exit status by the most severe result; any result at all means "does not conform" (SHACL 3.6.1)
VALIDATE_EXIT = {None: 0, "Violation": 1, "Warning": 3, "Info": 4}


def cmd_validate(args) -> int:
    from ld.validate import validate_files

    report = validate_files([Path(f) for f in args.files], Path(args.shapes) if args.shapes else None)
    print(report.to_json() if args.json else report.to_text(), end="" if args.json else "\n")
    return VALIDATE_EXIT[report.worst]


def cmd_report(args) -> int:
    from ld import quality
    from ld.pipeline import report

    data = report(Path(args.source))
    print(quality.to_json(data) if args.json else quality.to_text(data), end="")
    refused = quality.refused(data)
    if refused:  # the report is printed whole; the exit code says that some page cannot be read
        print(f"{len(refused)} document(s) refused: {', '.join(refused)}", file=sys.stderr)
        return 2
    return 1 if args.strict and quality.unresolved(data) else 0


def register(sub) -> None:
    build = sub.add_parser("build", help="publish dist/ from source/",
                           description="Parse, link, map, validate and publish every document of the source folder.")
    build.add_argument("--source", default="source", help="folder with config.toml, entities.toml, documents/ (default: source)")
    build.add_argument("--out", default="dist", help="folder to publish into, replaced atomically (default: dist)")
    build.add_argument("--strict", action="store_true", help="a speaker the register does not know is an error")
    build.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    add_build_cache(build)
    build.add_argument("--no-cache", action="store_true", help="build every document, keep no cache")
    build.add_argument("--clean", action="store_true", help="ignore and clear the cache: redo every document")
    build.add_argument("--html", action="store_true",
                       help="also write the web pages and per-resource RDF files, for a static web server")
    build.add_argument("--json", action="store_true", help="print the validation report as JSON on stdout")
    build.add_argument("-v", "--verbose", action="store_true", help="print the whole validation report")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar, nothing printed on success")
    build.set_defaults(func=cmd_build)

    validate = sub.add_parser("validate", help="validate RDF files against the shapes",
                              description="Validate RDF files (.ttl .nt .nq .trig .jsonld) against the SHACL shapes. "
                                          "As SHACL defines it, the data conforms only when there is no "
                                          "result of any severity. Exit 0 conforms, 1 a Violation, 3 Warnings but no "
                                          "Violation, 4 only Infos (each: does not conform), 2 an error.")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--shapes", help="folder of shapes (*.ttl) (default: the project's shapes/)")
    validate.add_argument("--json", action="store_true", help="report as JSON")
    validate.set_defaults(func=cmd_validate)

    rep = sub.add_parser("report", help="what is linked, unlinked and unresolved, per document",
                         description="The quality report: entities linked and unlinked, mentions by type, "
                                     "capitalised names that matched nothing, ambiguous and uncertain mentions, "
                                     "and who the title names against who speaks. A copy is dist/report.json.")
    add_source(rep)
    rep.add_argument("--json", action="store_true", help="print JSON")
    rep.add_argument("--strict", action="store_true", help="exit 1 when anything is unresolved")
    rep.set_defaults(func=cmd_report)
