"""``ldpub site`` and ``build --html``: the same pages and per-resource RDF files as the server's, as
static files for any web server, with an example ``.htaccess`` that negotiates as the server does."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from urllib.parse import unquote

from ld.errors import InputError
from ld.formats import RESOURCE_RDF, TURTLE
from ld.web import html, pages, routes
from ld.web.negotiation import RESOURCE_FORMATS
from ld.web.publication import ENTITY_KIND_PATHS, Publication

HTACCESS = """# ldpub: an example .htaccess for Apache (mod_rewrite, mod_headers, mod_mime), w3id.org style.
# Put it at the folder that answers for {base}
# Extensionless IRIs are negotiated by Accept; an extension picks a format.
# Persons, places, organizations, works and events are not documents: 303 See Other.
# mod_rewrite matches Accept as text, without q-values: RDF types are tested first,
# anything else gets HTML (browsers send text/html or */*).

Options -MultiViews
DirectoryIndex index.html
{add_types}
<IfModule mod_headers.c>
  Header always set Access-Control-Allow-Origin "*"
  <FilesMatch "\\.({extensions})$">
    Header append Vary Accept
  </FilesMatch>
</IfModule>

RewriteEngine on
# The URL path of this folder (e.g. /ldpub/ when the site is served below that path):
RewriteBase /
{dist_rule}
# things: 303 to a description document
{things}
# documents: served directly in the negotiated format
{documents}{dataset_rules}
"""


def htaccess(base: str, same: bool) -> str:
    kinds = "|".join(ENTITY_KIND_PATHS)
    documents = "document/[^/.]+|ns|shapes" + ("" if same else "|dataset")
    dist_rule = ("# the dumps sit at the top of this folder; download links point at dist/\n"
                 "RewriteRule ^dist/([^/]+)$ $1 [L]") if same else ""
    dataset_rules = ("\n# the dataset: dataset.ttl etc. are the dumps here, void.ttl its description\n"
                     f"RewriteCond %{{HTTP_ACCEPT}} {TURTLE.media_type}\nRewriteRule ^dataset$ void.ttl [L]\n"
                     "RewriteRule ^dataset$ dataset.html [L]\n") if same else ""
    return HTACCESS.format(base=base, dist_rule=dist_rule, dataset_rules=dataset_rules,
                           add_types="\n".join(f"AddType {media.replace('; ', ';')} .{key}"
                                                for key, media in RESOURCE_FORMATS.items()),
                           extensions="|".join(RESOURCE_FORMATS),
                           things=_negotiated(f"^({kinds})/([^/.]+)$", "$1/$2.{ext} [R=303,L]"),
                           documents=_negotiated(f"^({documents})$", "$1.{ext} [L]"))


def _negotiated(pattern: str, target: str) -> str:
    """mod_rewrite rules that pick the RDF format the Accept header names, else HTML (mod_rewrite
    matches Accept as text, without q-values)."""
    rules = [f"RewriteCond %{{HTTP_ACCEPT}} {f.media_type.replace('+', chr(92) + '+')}\n"
             f"RewriteRule {pattern} {target.format(ext=f.key)}\n" for f in RESOURCE_RDF]
    return "".join(rules) + f"RewriteRule {pattern} {target.format(ext='html')}\n"


def write_static_site(dist_dir: str | Path, out_dir: str | Path | None = None, *,
                      source: str | Path | None = None, queries_dir: str | Path | None = None,
                      verify: bool = True) -> list[str]:
    """Write the HTML pages and per-resource RDF files (``person/mao-zedong.html``, ``.ttl``,
    ``.jsonld``, ``.nt``, ``.nq``; ``document/300025.html`` ...) for any static web server, with
    ``index.html`` and an example ``.htaccess``. ``out_dir`` ``None`` (or dist_dir itself)
    writes into dist/, beside the dumps; another folder also gets a copy of the dumps in
    ``dist/``, so that the download links resolve. Returns the paths written, relative to the output."""
    dist = Path(dist_dir).resolve()
    out = dist if out_dir is None else Path(out_dir).resolve()
    same = out == dist
    pub = Publication(dist, source=source, queries_dir=queries_dir, verify=verify)
    nav = html.Nav(pub.base, static=True, downloads="" if same else "dist/", sparql=None, site_title=pub.title,
                   license=pub.license)
    written: list[str] = []

    def write(rel: str, data: bytes) -> None:
        target = (out / rel).resolve()
        if not target.is_relative_to(out):
            raise InputError(f"refusing to write outside the site folder: {rel}", path=out)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(rel)

    out.mkdir(parents=True, exist_ok=True)
    for res in pub.resources():
        segments = [unquote(s) for s in res.path.split("/")]
        if any(s in ("", ".", "..") or "/" in s or "\\" in s for s in segments):
            print(f"warning: no static page for {res.iri}: its path cannot be a file name", file=sys.stderr)
            continue
        rel = "/".join(segments)
        page = pages.page(pub, res, nav.at(res.path)).encode("utf-8")
        write(rel + ".html", page)
        if res.kind == "dataset":
            write("index.html", page)
            if same:  # dataset.ttl ... are the dumps here; void.ttl is the description
                continue
        for fmt in RESOURCE_RDF:
            write(f"{rel}.{fmt.key}", pub.rdf(res, fmt.key))
    if not same:
        for name in sorted(pub.files):
            target = out / "dist" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(dist / name, target)
            written.append(f"dist/{name}")
    for rel, data in routes.static_files(pub, nav):  # 410 pages of withdrawn IRIs
        write(rel, data)
    write(".htaccess", routes.with_retired_rules(htaccess(pub.base, same), pub).encode("utf-8"))
    return written
