"""Routes that ``ld.web.app`` offers before its own (one hook in ``App.handle``): retired IRIs, which
answer 301 Moved Permanently to their successor or 410 Gone with when and why, and the
reconciliation service under ``/reconcile`` (``ld.web.reconciliation``). The same retired IRIs become
redirect rules of the static site's ``.htaccess`` and pages of their own."""

from __future__ import annotations

import re

from ld.web import html, reconciliation
from ld.web.negotiation import RESOURCE_FORMATS, negotiate
from ld.web.response import CSP, Response

GRAPH = "graph/retired"
EXTENSIONS = tuple(RESOURCE_FORMATS)  # html and the RDF formats


def retired(pub) -> dict[str, dict]:
    """Path below the base -> {date, reason, by (a path, or "")}, from the ``graph/retired`` graph
    of the published dump (read once per publication)."""
    found = pub.__dict__.get("_retired")
    if found is None:
        rows = pub.select(f"""
            SELECT ?s ?date ?reason ?by WHERE {{ GRAPH <{pub.base}{GRAPH}> {{
                ?s owl:deprecated true .
                OPTIONAL {{ ?s ldp:retiredOn ?date }} OPTIONAL {{ ?s ldp:retirementReason ?reason }}
                OPTIONAL {{ ?s dcterms:isReplacedBy ?by }} }} }}""")
        n = len(pub.base)
        found = {r["s"].value[n:]: {"date": r["date"].value if "date" in r else "",
                                    "reason": r["reason"].value if "reason" in r else "",
                                    "by": r["by"].value[n:] if "by" in r else ""}
                 for r in rows if r["s"].value.startswith(pub.base)}
        pub._retired = found
    return found


def _split(path: str, known: dict) -> tuple[str, str]:
    """(the IRI's path, the extension asked for or "")."""
    if path in known:
        return path, ""
    stem, dot, ext = path.rpartition(".")
    return (stem, ext) if dot and ext in EXTENSIONS else (path, "")


def gone_message(pub, path: str, info: dict) -> str:
    return (f"{pub.base}{path} was withdrawn on {info['date']}: {info['reason']}. It was published in an "
            f"earlier release of this dataset and is no longer.")


def route(app, path: str, method: str, environ):
    """A ``ld.web.response.Response`` for the paths this module answers, else ``None``."""
    if path == "reconcile" or path.startswith("reconcile/"):
        return reconciliation.handle(app, path, method, environ)
    known = retired(app.pub)
    if not known or method not in ("GET", "HEAD"):
        return None
    stem, ext = _split(path, known)
    info = known.get(stem)
    if info is None:
        return None
    script = environ.get("SCRIPT_NAME", "").rstrip("/")
    if info["by"]:
        location = f"{script}/{info['by']}" + (f".{ext}" if ext else "")
        return Response(301, [("Location", location), ("Content-Type", "text/plain; charset=utf-8")],
                        f"{app.pub.base}{stem} was replaced on {info['date']} by {app.pub.base}{info['by']}: "
                        f"{info['reason']}\n".encode())
    message = gone_message(app.pub, stem, info)
    wants_html = ext == "html" or (not ext and negotiate(environ.get("HTTP_ACCEPT"),
                                                         {"text/plain": "text", "text/html": "html"},
                                                         {"text": "text/plain", "html": "text/html"}) == "html")
    if wants_html:
        page = html.error_page(app.nav.at(stem), "410 Gone", message)
        return Response(410, [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", CSP)],
                        page.encode("utf-8"))
    return Response(410, [("Content-Type", "text/plain; charset=utf-8")], (message + "\n").encode())


def static_files(pub, nav) -> list[tuple[str, bytes]]:
    """The 410 pages of withdrawn IRIs (``retired/<path>.html``), for a static site."""
    return [(f"retired/{path}.html", html.error_page(nav.at(path), "410 Gone", gone_message(pub, path, info))
             .encode("utf-8")) for path, info in sorted(retired(pub).items()) if not info["by"]]


def htaccess_rules(pub) -> str:
    """Apache rules for retired IRIs, to go before every other rewrite rule."""
    known = retired(pub)
    if not known:
        return ""
    lines = ["", "# retired IRIs (source/retired.toml): a replaced one moves permanently to its successor,",
             "# a withdrawn one is gone, with a page saying when and why (ErrorDocument takes a URL path",
             "# from the site's root: prefix it when the site is served below a path)"]
    ext = "(\\.(?:" + "|".join(EXTENSIONS) + "))?"
    for path, info in sorted(known.items()):
        pattern = "^" + re.escape(path) + ext + "$"
        if info["by"]:
            lines.append(f"RewriteRule {pattern} {info['by']}$1 [R=301,L]")
        else:
            lines += [f'<If "%{{REQUEST_URI}} =~ m#/{re.escape(path)}{ext}$#">',
                      f"  ErrorDocument 410 /retired/{path}.html", "</If>",
                      f"RewriteRule {pattern} - [G]"]
    return "\n".join(lines) + "\n"


def with_retired_rules(text: str, pub) -> str:
    rules = htaccess_rules(pub)
    return text.replace("RewriteBase /\n", "RewriteBase /\n" + rules, 1) if rules else text
