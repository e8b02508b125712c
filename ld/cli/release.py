"""The ``release`` subcommand: a versioned build, compared with the release before it."""

from __future__ import annotations

import sys
from pathlib import Path

from ld.cli.options import add_build_cache, add_source


def cmd_release(args) -> int:
    from ld.release import make_release

    result, release = make_release(Path(args.source), Path(args.out), args.version, date=args.date,
                                   releases=Path(args.releases) if args.releases else None,
                                   endpoint=args.endpoint, offline=args.offline,
                                   cache=Path(args.wikidata_cache) if args.wikidata_cache else None,
                                   jobs=args.jobs, progress=not args.quiet, clean=args.clean,
                                   cache_dir=Path(args.cache))
    if not args.quiet:
        log = release.changelog
        compared = (f"compared with {release.previous['version']}: {log.added} triple(s) added, "
                    f"{log.removed} removed in {len(log.graphs)} graph(s)") if log else "the first release"
        print(f"released {release.version} ({release.date}) to {args.out}/, recorded in "
              f"{release.folder / release.version}/; {compared}; {result.summary()}", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    rel = subparsers.add_parser(
        "release", help="publish a versioned release, with its changelog against the last one",
        description="Build dist/ as release VERSION (semantic versioning: a major release when an IRI is "
                    "withdrawn), compare it with the last release recorded in releases/, write dist/CHANGES.md "
                    "and the added and removed triples, audit the Wikidata links, and record the release in "
                    "releases/VERSION/. Exit 1 if the graph violates the shapes or a link points at a deleted or "
                    "merged item; 2 on a bad version or date, uncommitted source, or a missing previous record.")
    rel.add_argument("version", metavar="VERSION", help="MAJOR.MINOR.PATCH, greater than the last release's")
    rel.add_argument("--date", metavar="YYYY-MM-DD", help="the release date (default: [release] date of config.toml)")
    add_source(rel)
    rel.add_argument("--out", default="dist", help="folder to publish into (default: dist)")
    rel.add_argument("--releases", metavar="DIR", help="folder of release records (default: releases/ beside the source)")
    rel.add_argument("--endpoint", metavar="URL",
                     help="audit the Wikidata links against this action API (default: from the cache only)")
    rel.add_argument("--offline", action="store_true", help="with --endpoint: answer from that endpoint's cache only")
    rel.add_argument("--wikidata-cache", metavar="DIR", help="cache of Wikidata answers (default: .cache/wikidata)")
    rel.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    add_build_cache(rel, ", shared with build")
    rel.add_argument("--clean", action="store_true", help="ignore and clear the build cache: redo every document")
    rel.add_argument("-q", "--quiet", action="store_true", help="nothing printed on success")
    rel.set_defaults(func=cmd_release)
