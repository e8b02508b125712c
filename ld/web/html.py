"""HTML pages of the publication: pure functions from plain data to an HTML string.

Nothing here reads a file or a store: ``ld.web.pages`` gathers each page's data with
SPARQL and calls one ``*_page`` function. Every piece of text that comes from
the sources (titles, labels, turns, notes, names, queries) goes through
``html.escape`` (``esc``); JSON-LD is embedded with ``<``, ``>`` and ``&``
written as JSON escapes, so nothing in the data can close the ``<script>``
element. Pages use no JavaScript.

Links are written by a :class:`Nav`: relative links, extensionless on the
server (``../person/mao-zedong``, answered with a 303) and with ``.html`` in a
static site (so the pages also work from a plain file system).
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from html import escape
from urllib.parse import quote, urlencode

from ld.formats import JSONLD, RESOURCE_RDF

ENTITY_KINDS = ("person", "place", "organization", "work", "event")
KIND_TITLES = {"person": "People", "place": "Places", "organization": "Organizations", "work": "Works",
               "event": "Events"}
KIND_NAMES = {"person": "Person", "place": "Place", "organization": "Organization", "work": "Work",
              "event": "Event"}
RDF_ALTERNATES = tuple((f.media_type, f.key, f.label) for f in RESOURCE_RDF)
WIKIDATA = "http://www.wikidata.org/entity/"


def esc(text) -> str:
    """Escape any value for HTML text and attribute values (quotes included)."""
    return escape("" if text is None else str(text), quote=True)


def json_script(data) -> str:
    """JSON for a ``<script type="application/ld+json">``: no ``</script>``, ``<!--`` or
    ``]]>`` can appear in it, whatever the data holds."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --------------------------------------------------------------------------- links

def safe_url(url: str | None) -> bool:
    """Only http(s) and mailto URLs from the data become links."""
    return bool(url) and url is not None and url.split(":", 1)[0].lower() in ("http", "https", "mailto") and ":" in url


def link(href: str | None, inner: str, **attrs) -> str:
    """``<a>`` around already-escaped ``inner``; just ``inner`` when there is no safe href."""
    if not href:
        return inner
    extra = "".join(f' {name.rstrip("_").replace("_", "-")}="{esc(value)}"' for name, value in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{inner}</a>'


@dataclass(frozen=True)
class Nav:
    """How one page links to the others.

    ``path`` is the page's own path below the base (``document/300025``);
    ``static`` adds ``.html`` to page links; ``downloads`` is the path of the dump
    folder below the site root (``dist/`` on the server, ``""`` when the site is
    written into dist/ itself); ``sparql`` is the endpoint's path, or ``None``.
    """

    base: str
    path: str = ""
    static: bool = False
    downloads: str = "dist/"
    sparql: str | None = "sparql"
    site_title: str = "Linked data"
    license: str | None = None

    def at(self, path: str) -> "Nav":
        return Nav(self.base, path, self.static, self.downloads, self.sparql, self.site_title, self.license)

    def _relative(self, target: str) -> str:
        start = posixpath.dirname(self.path) or "."
        if target == "":
            target = "."
        rel = posixpath.relpath(target, start)
        return rel

    def local(self, path: str, fragment: str = "") -> str:
        """A link to a page of the site, given its path below the base."""
        frag = f"#{fragment}" if fragment else ""
        if path == self.path:
            return frag or self._own()
        if self.static:
            path = (path or "index") + ".html"
        elif path == "":
            path = "dataset"
        return self._relative(path) + frag

    def _own(self) -> str:
        name = posixpath.basename(self.path) or ("index" if self.static else "dataset")
        return name + (".html" if self.static else "")

    def href(self, iri: str) -> str:
        """Where a link to ``iri`` goes: our page for IRIs under the base, else the IRI itself
        (``""`` for anything but http(s): no ``javascript:`` link can come from the data)."""
        if not iri.startswith(self.base):
            return iri if safe_url(iri) else ""
        rest = iri[len(self.base):]
        path, _, fragment = rest.partition("#")
        if path.startswith("dist/") and not fragment:
            return self.download(path[len("dist/"):])
        return self.local(path, fragment)

    def download(self, filename: str) -> str:
        return self._relative(self.downloads + quote(filename))

    def alternate(self, ext: str) -> str:
        """This page's resource in another format (``300025.ttl``)."""
        name = posixpath.basename(self.path) or "dataset"
        return f"{name}.{ext}"

    def query_link(self, query: str) -> str | None:
        if not self.sparql:
            return None
        return self._relative(self.sparql) + "?" + urlencode({"query": query})


# --------------------------------------------------------------------------- page frame

CSS = """
:root{--fg:#1d1d1f;--muted:#5a5a5f;--accent:#0b57a4;--bg:#fff;--mark:#fff4c2;--ins:#eef3fb;--line:#d8d8de}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em}
.skip:focus{left:.5em}
header.site,footer.site{background:#f4f5f7;border-bottom:1px solid var(--line);padding:.6em 1.2em}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.9em;margin-top:3em}
header.site nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1.2em}
header.site .brand{font-weight:600}
main{max-width:54em;margin:0 auto;padding:1em 1.2em}
h1{font-size:1.6em;line-height:1.25}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1em}
dl.meta dt{font-weight:600;color:var(--muted)}
dl.meta dd{margin:0}
.turn{margin:0 0 1em;padding:.2em 0 .2em .9em;border-left:3px solid var(--line)}
.turn.embedded{margin-left:1.5em;border-left-style:dashed}
.turn .speaker{font-weight:600}
.turn .label,.turn .embedded-note{font-weight:normal;color:var(--muted);font-size:.9em}
.turn .text{margin:.2em 0 0}
.stage{font-style:italic;color:var(--muted);margin:0 0 1em .9em}
.position{color:var(--muted);font-size:.8em;text-decoration:none;margin-right:.4em}
.mention{background:var(--mark);text-decoration:none;border-bottom:1px solid #b99a00;color:inherit}
.mention.uncertain{border-bottom-style:dotted}
.insertion{background:var(--ins);color:#333}
sup a{text-decoration:none}
.wd{font-size:.7em;vertical-align:super;margin-left:.1em}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top}
th[scope=row]{width:14em}
pre{background:#f6f8fa;padding:.8em;overflow:auto;font-size:.85em}
code{font-size:.9em}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.quote q{background:var(--mark)}
textarea{width:100%;font:14px/1.4 ui-monospace,monospace}
"""


def page(title: str, body: str, nav: Nav, *, alternates: bool = True, jsonld=None, description: str = "",
         canonical: str | None = None) -> str:
    """A whole HTML document around ``body`` (already escaped HTML)."""
    links = []
    if canonical:
        links.append(f'<link rel="canonical" href="{esc(canonical)}">')
    if alternates:
        for media, ext, _name in RDF_ALTERNATES:
            links.append(f'<link rel="alternate" type="{media}" href="{esc(nav.alternate(ext))}">')
    meta = f'<meta name="description" content="{esc(description)}">' if description else ""
    script = (f'<script type="{JSONLD.media_type}">\n{json_script(jsonld)}\n</script>' if jsonld is not None
              else "")
    menu = [f'<li><a class="brand" href="{esc(nav.local(""))}">{esc(nav.site_title)}</a></li>',
            f'<li><a href="{esc(nav.local("dataset"))}">About the dataset</a></li>',
            f'<li><a href="{esc(nav.local("dataset", "documents"))}">Documents</a></li>',
            f'<li><a href="{esc(nav.local("ns"))}">Vocabulary</a></li>']
    if nav.sparql:
        menu.append(f'<li><a href="{esc(nav._relative(nav.sparql))}">SPARQL</a></li>')
    licence = (f'Data licence: {link(nav.license if safe_url(nav.license) else None, esc(nav.license))}. '
               if nav.license else "")
    formats = ""
    if alternates:
        formats = "This page as data: " + ", ".join(
            f'<a href="{esc(nav.alternate(ext))}" type="{media}">{name}</a>' for media, ext, name in RDF_ALTERNATES)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} · {esc(nav.site_title)}</title>
{meta}
{chr(10).join(links)}
<style>{CSS}</style>
{script}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><nav aria-label="Site"><ul>{"".join(menu)}</ul></nav></header>
<main id="main">
{body}
</main>
<footer class="site"><p>{licence}{formats}</p><p>Published with ldpub.</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- annotated text

def annotate(text: str, spans: list[dict], nav: Nav) -> str:
    """``text`` escaped, with its spans marked up. A span is a dict with ``start``, ``end``
    (code points) and ``kind``: ``mention`` (``entity``: a dict with iri, name, kind, qid;
    ``uncertain``), ``insertion``, or ``note`` (a call-out placed at ``end``: ``label``,
    ``fragment``). Overlapping spans are split so that the elements nest."""
    n = len(text)
    ranges: list = []
    points: dict[int, list] = {}
    for order, span in enumerate(spans):
        start, end = max(0, min(n, span["start"])), max(0, min(n, span["end"]))
        if span["kind"] == "note":
            points.setdefault(end, []).append(span)
        elif start < end:
            ranges.append((start, end, order, span))
    cuts = sorted({0, n, *(r[0] for r in ranges), *(r[1] for r in ranges), *points})
    out: list[str] = []
    stack: list[tuple] = []
    for i, at in enumerate(cuts):
        nxt = cuts[i + 1] if i + 1 < len(cuts) else None
        covering = sorted((r for r in ranges if nxt is not None and r[0] <= at and r[1] >= nxt),
                          key=lambda r: (r[0], -r[1], _rank(r[3]), r[2]))
        active, linked = [], False
        for r in covering:  # a mention inside another mention is marked, but not linked
            nested = linked and r[3]["kind"] == "mention"
            linked = linked or r[3]["kind"] == "mention"
            active.append((r, nested))
        keep = 0
        while (not points.get(at) and keep < min(len(stack), len(active))
               and stack[keep][0] is active[keep][0] and stack[keep][1] == active[keep][1]):
            keep += 1  # (a call-out closes every span first: no link may sit inside a link)
        for r, nested in reversed(stack[keep:]):
            out.append(_close(r[3], nested))
        for note in points.get(at, []):
            out.append(_note_ref(note))
        for r, nested in active[keep:]:
            out.append(_open(r[3], nav, nested))
        stack = active
        if nxt is not None:
            out.append(esc(text[at:nxt]).replace("\n", "<br>\n"))
    return "".join(out)


def _rank(span: dict) -> int:
    return 0 if span["kind"] == "insertion" else 1


def _open(span: dict, nav: Nav, nested: bool = False) -> str:
    if span["kind"] == "insertion":
        return '<span class="insertion" title="translator\'s insertion">'
    entity = span["entity"]
    classes = f'mention {entity.get("kind") or "entity"}' + (" uncertain" if span.get("uncertain") else "")
    title = f'{KIND_NAMES.get(entity.get("kind"), "Entity")}: {entity["name"]}'
    if span.get("uncertain"):
        title += " (uncertain identification)"
    if nested:
        return f'<span class="{esc(classes)} nested" title="{esc(title)}" data-entity="{esc(entity["iri"])}">'
    return (f'<a class="{esc(classes)}" href="{esc(nav.href(entity["iri"]))}" title="{esc(title)}"'
            f' data-entity="{esc(entity["iri"])}">')


def _close(span: dict, nested: bool = False) -> str:
    if span["kind"] == "insertion" or nested:
        return "</span>"
    entity = span["entity"]
    wikidata = ""
    if entity.get("qid"):
        wikidata = (f'<a class="wd" href="{esc(WIKIDATA + entity["qid"])}" hreflang="en">'
                    f'<span aria-hidden="true">WD</span>'
                    f'<span class="visually-hidden">{esc(entity["name"])} on Wikidata</span></a>')
    return "</a>" + wikidata


def _note_ref(note: dict) -> str:
    fragment = note["fragment"]
    return (f'<sup class="note-ref" id="{esc(fragment)}-ref"><a href="#{esc(fragment)}">'
            f'<span class="visually-hidden">note </span>[{esc(note["label"])}]</a></sup>')


# --------------------------------------------------------------------------- pieces

def entity_link(entity: dict | None, nav: Nav) -> str:
    if not entity:
        return ""
    return link(nav.href(entity["iri"]), esc(entity["name"]))


def wikidata_link(qid: str | None, name: str = "") -> str:
    if not qid:
        return ""
    what = f"{name} on Wikidata" if name else "Wikidata"
    return (f'<a href="{esc(WIKIDATA + qid)}" hreflang="en">{esc(qid)}</a>'
            f'<span class="visually-hidden"> ({esc(what)})</span>')


def meta_list(rows: list[tuple]) -> str:
    """A definition list of (label, already-escaped HTML[, id]) rows; empty values are left out."""
    items = "".join(f'<dt{f" id={chr(34)}{esc(row[2])}{chr(34)}" if len(row) > 2 else ""}>{esc(row[0])}</dt>'
                    f"<dd>{row[1]}</dd>" for row in rows if row[1])
    return f'<dl class="meta">{items}</dl>' if items else ""


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    amount: float = size
    for unit in ("bytes", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    return ""


def downloads_section(downloads: list[dict], nav: Nav, heading: str = "Downloads") -> str:
    if not downloads:
        return ""
    rows = []
    for d in downloads:
        rows.append(f'<tr><td><a href="{esc(nav.download(d["name"]))}" download>{esc(d["name"])}</a></td>'
                    f'<td>{esc(d.get("media_type", ""))}</td><td>{esc(human_size(d.get("bytes")))}</td>'
                    f'<td><code>{esc(d.get("sha256", "")[:16])}</code></td></tr>')
    return (f'<section aria-labelledby="downloads"><h2 id="downloads">{esc(heading)}</h2>'
            "<p>The whole dataset, every document and entity, in each format.</p>"
            '<table><thead><tr><th scope="col">file</th><th scope="col">media type</th><th scope="col">size</th>'
            '<th scope="col">SHA-256 (first 16)</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></section>")


def _doc_title(doc: dict) -> str:
    return doc.get("title") or f'Document {doc.get("id") or doc["iri"]}'


def doc_link(doc: dict, nav: Nav, fragment: str = "") -> str:
    href = nav.href(doc["iri"] + (f"#{fragment}" if fragment else ""))
    date = f' <span class="date">({esc(doc["date"])})</span>' if doc.get("date") else ""
    return f'<a href="{esc(href)}">{esc(_doc_title(doc))}</a>{date}'


# --------------------------------------------------------------------------- document page

def document_page(doc: dict, nav: Nav) -> str:
    """The document: metadata, summary, the transcript turn by turn, notes, names, downloads."""
    original = doc.get("original") or {}
    rows = [
        ("Date", esc(doc.get("date"))),
        ("Identifier", esc(doc.get("id"))),
        ("Archive", entity_link(original.get("archive"), nav), "original"),
        ("Reference code", esc(original.get("reference"))),
        ("Fonds", esc(original.get("fonds"))),
        ("File", esc(original.get("file"))),
        ("Folios", esc(original.get("folios"))),
        ("Original language", esc(original.get("language"))),
        ("Translated by", entity_link(doc.get("translator"), nav)),
        ("Published by", entity_link(doc.get("publisher"), nav)),
        ("Funded by", entity_link(doc.get("funder"), nav)),
        ("Participants", ", ".join(entity_link(p, nav) for p in doc.get("attendees", [])), "event"),
        ("Source page", link(doc["url"] if safe_url(doc.get("url")) else None, esc(doc.get("url")))),
        ("Rights in the text", esc(doc.get("rights"))),
    ]
    parts = [f'<article class="document" data-iri="{esc(doc["iri"])}">',
             f"<h1>{esc(_doc_title(doc))}</h1>", meta_list(rows)]
    if doc.get("citation"):
        parts.append('<section aria-labelledby="citation"><h2 id="citation">Citation</h2>'
                     f'<p class="citation">{esc(doc["citation"])}</p></section>')
    if doc.get("summary"):
        parts.append('<section aria-labelledby="summary"><h2 id="summary">Summary</h2>'
                     f'<p>{annotate(doc["summary"], doc.get("summary_spans", []), nav)}</p></section>')
    parts.append(transcript(doc.get("segments", []), nav))
    if doc.get("notes"):
        items = "".join(
            f'<li id="{esc(n["fragment"])}">{annotate(n["text"], n.get("spans", []), nav)} '
            + (f'<a href="#{esc(n["fragment"])}-ref">back to the text<span class="visually-hidden">'
               f' of note {esc(n["label"])}</span></a>' if n.get("anchored") else "")
            + "</li>" for n in doc["notes"])
        parts.append(f'<section aria-labelledby="notes"><h2 id="notes">Notes</h2><ol class="notes">{items}</ol>'
                     "</section>")
    if doc.get("credits"):
        parts.append(f'<p class="credits">{esc(doc["credits"])}</p>')
    parts.append(named_section(doc.get("entities", []), nav, "Named in this document"))
    parts.append(downloads_section(doc.get("downloads", []), nav))
    parts.append("</article>")
    return page(_doc_title(doc), "\n".join(p for p in parts if p), nav, jsonld=doc.get("jsonld"),
                description=doc.get("summary") or "", canonical=doc["iri"])


def transcript(segments: list[dict], nav: Nav) -> str:
    if not segments:
        return ""
    turns = sum(1 for s in segments if s["kind"] == "turn")
    out = ['<section aria-labelledby="transcript"><h2 id="transcript">Transcript</h2>',
           f'<p class="count">{turns} speech turn{"s" if turns != 1 else ""}. '
           'Words in <span class="insertion">[brackets]</span> are the translator\'s; '
           '<span class="mention">highlighted</span> names link to their pages.</p>']
    for seg in segments:
        out.append(segment_html(seg, nav))
    out.append("</section>")
    return "\n".join(out)


def segment_html(seg: dict, nav: Nav) -> str:
    fragment, position = seg["fragment"], seg["position"]
    anchor = f'<a class="position" href="#{esc(fragment)}" title="link to this passage">{position}</a>'
    text = annotate(seg["text"], seg.get("spans", []), nav)
    if seg["kind"] == "stage":
        return (f'<p class="stage" id="{esc(fragment)}" data-position="{position}">{anchor}'
                f'<span class="visually-hidden">Stage direction: </span>({text})</p>')
    speaker = seg.get("speaker")
    name = entity_link(speaker, nav) if speaker else "Unknown speaker"
    label = ""
    if seg.get("label") and (not speaker or speaker.get("name", "").casefold() not in seg["label"].casefold()):
        label = f' <span class="label" title="the label as printed">(printed: “{esc(seg["label"])}”)</span>'
    classes = "turn embedded" if seg.get("embedded_in") else "turn"
    note = ""
    if seg.get("embedded_in"):
        note = (f' <span class="embedded-note">(starts inside the paragraph of '
                f'<a href="#{esc(seg["embedded_in"])}">passage {esc(seg.get("embedded_in_position", ""))}</a>)'
                "</span>")
    elif seg.get("continues"):
        note = (f' <span class="embedded-note">(resumes <a href="#{esc(seg["continues"])}">passage '
                f'{esc(seg.get("continues_position", ""))}</a>)</span>')
    who = esc(speaker["name"]) if speaker else "unknown speaker"
    return (f'<article class="{classes}" id="{esc(fragment)}" data-position="{position}"'
            f' aria-label="{who}, passage {position}">'
            f'<header class="speaker">{anchor}{name}{label}{note}</header>'
            f'<p class="text">{text}</p></article>')


def named_section(entities: list[dict], nav: Nav, heading: str) -> str:
    if not entities:
        return ""
    groups: dict[str, list[dict]] = {}
    for e in entities:
        groups.setdefault(e.get("kind") or "other", []).append(e)
    out = [f'<section aria-labelledby="named"><h2 id="named">{esc(heading)}</h2>']
    for kind in (*ENTITY_KINDS, "other"):
        if kind not in groups:
            continue
        out.append(f"<h3>{esc(KIND_TITLES.get(kind, 'Other'))}</h3><ul>")
        for e in sorted(groups[kind], key=lambda e: e["name"].casefold()):
            count = f' — {e["count"]} mention{"s" if e["count"] != 1 else ""}' if e.get("count") else ""
            wd = f' · Wikidata {wikidata_link(e.get("qid"), e["name"])}' if e.get("qid") else ""
            out.append(f"<li>{entity_link(e, nav)}{count}{wd}</li>")
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)


# --------------------------------------------------------------------------- entity pages

def entity_page(entity: dict, nav: Nav) -> str:
    """A person, place, organisation, work or event: names, Wikidata, turns, mentions, documents."""
    kind = entity.get("kind") or "entity"
    names = "".join(f'<li lang="{esc(lang)}">{esc(name)} <span class="lang">({esc(lang)})</span></li>'
                    if lang else f"<li>{esc(name)}</li>" for lang, name in entity.get("names", []))
    link = entity.get("link") or {}
    rows = [
        ("Type", esc(KIND_NAMES.get(kind, kind))),
        ("Names", f"<ul>{names}</ul>" if names else ""),
        ("Also printed as", esc(", ".join(entity.get("alternate", [])))),
        ("Wikidata", wikidata_link(entity.get("qid"), entity["name"])),
        ("Link evidence", esc(link.get("evidence"))),
        ("Link method", esc(link.get("method"))),
        ("Coordinates", _coordinates(entity)),
        ("IRI", f'<code>{esc(entity["iri"])}</code>'),
    ]
    parts = [f'<article class="entity {esc(kind)}" data-iri="{esc(entity["iri"])}">',
             f'<h1>{esc(entity["name"])}</h1>', meta_list(rows)]
    if entity.get("roles"):
        items = "".join(f'<li>{esc(r["role"])} of {doc_link(r["doc"], nav)}</li>' for r in entity["roles"])
        parts.append(f'<section aria-labelledby="roles"><h2 id="roles">Roles</h2><ul>{items}</ul></section>')
    if entity.get("turns"):
        parts.append(_turns_section(entity, nav))
    parts.append(_documents_section(entity.get("documents", []), nav))
    parts.append(_mentions_section(entity.get("mentions", []), nav))
    parts.append("</article>")
    description = f'{KIND_NAMES.get(kind, "Entity")}: {entity["name"]}'
    return page(entity["name"], "\n".join(p for p in parts if p), nav, jsonld=entity.get("jsonld"),
                description=description, canonical=entity["iri"])


def _coordinates(entity: dict) -> str:
    lat, lon = entity.get("latitude"), entity.get("longitude")
    if lat is None or lon is None:
        return ""
    return (f'<span class="geo"><span class="latitude">{esc(lat)}</span>, '
            f'<span class="longitude">{esc(lon)}</span></span> '
            f'(<a href="https://www.openstreetmap.org/?mlat={quote(str(lat))}&amp;mlon={quote(str(lon))}'
            f'#map=6/{quote(str(lat))}/{quote(str(lon))}">map<span class="visually-hidden"> of '
            f'{esc(entity["name"])}</span></a>)')


def _turns_section(entity: dict, nav: Nav) -> str:
    turns = entity["turns"]
    out = [f'<section aria-labelledby="turns"><h2 id="turns">Speech turns ({len(turns)})</h2>']
    current = None
    for turn in turns:
        if turn["doc"]["iri"] != current:
            if current is not None:
                out.append("</div>")
            current = turn["doc"]["iri"]
            out.append(f'<div class="turns-of"><h3>{doc_link(turn["doc"], nav)}</h3>')
        href = nav.href(turn["doc"]["iri"] + "#" + turn["fragment"])
        label = (f' <span class="label">(printed: “{esc(turn["label"])}”)</span>'
                 if turn.get("label") and entity["name"].casefold() not in turn["label"].casefold() else "")
        out.append(f'<article class="turn" data-position="{turn["position"]}">'
                   f'<header class="speaker"><a class="position" href="{esc(href)}">passage {turn["position"]}'
                   f'</a>{label}</header>'
                   f'<p class="text">{annotate(turn["text"], turn.get("spans", []), nav)}</p></article>')
    if current is not None:
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _documents_section(documents: list[dict], nav: Nav) -> str:
    if not documents:
        return ""
    items = "".join(f'<li>{doc_link(d, nav)}'
                    + (f' — {d["count"]} mention{"s" if d["count"] != 1 else ""}' if d.get("count") else "")
                    + "</li>" for d in documents)
    return (f'<section aria-labelledby="documents"><h2 id="documents">Documents that name it</h2>'
            f"<ul>{items}</ul></section>")


def _mentions_section(mentions: list[dict], nav: Nav) -> str:
    if not mentions:
        return ""
    out = [f'<section aria-labelledby="mentions"><h2 id="mentions">Mentions ({len(mentions)})</h2><ol class="quote">']
    for m in mentions:
        where = nav.href(m["doc"]["iri"] + ("#" + m["fragment"] if m.get("fragment") else ""))
        place = f'passage {m["position"]}' if m.get("position") else (m.get("where") or "document")
        uncertain = ' <em>(uncertain identification)</em>' if m.get("uncertain") else ""
        out.append(f'<li>“…{esc(m.get("prefix"))}<q>{esc(m.get("exact"))}</q>{esc(m.get("suffix"))}…”'
                   f'{uncertain} — <a href="{esc(where)}">{esc(place)}</a> of {doc_link(m["doc"], nav)}</li>')
    out.append("</ol></section>")
    return "\n".join(out)


# --------------------------------------------------------------------------- dataset page

def dataset_page(data: dict, nav: Nav) -> str:
    """The dataset: description, statistics, licence, dumps, SPARQL, example queries, contents."""
    rows = [
        ("Licence", link(data["license"] if safe_url(data.get("license")) else None, esc(data.get("license")))),
        ("Publisher", entity_link(data.get("publisher"), nav)),
        ("IRI space", f'<code>{esc(data.get("uri_space"))}</code>' if data.get("uri_space") else ""),
        ("SPARQL endpoint", f'<a href="{esc(nav._relative(nav.sparql))}">{esc(data.get("sparql_iri") or "sparql")}</a>'
         if nav.sparql else ""),
    ]
    parts = [f'<h1>{esc(data.get("title") or "Dataset")}</h1>']
    if data.get("description"):
        parts.append(f'<p class="description">{esc(data["description"])}</p>')
    parts.append(meta_list(rows))
    stats = "".join(f'<tr><th scope="row">{esc(label)}</th><td>{esc(value)}</td></tr>'
                    for label, value in data.get("stats", []))
    if stats:
        parts.append('<section aria-labelledby="statistics"><h2 id="statistics">Statistics</h2>'
                     f"<table><tbody>{stats}</tbody></table></section>")
    parts.append(downloads_section(data.get("downloads", []), nav))
    if data.get("queries"):
        out = ['<section aria-labelledby="queries"><h2 id="queries">Example queries</h2>']
        for q in data["queries"]:
            run = nav.query_link(q["text"])
            run_link = f'<p><a href="{esc(run)}">Run {esc(q["name"])}</a></p>' if run else ""
            out.append(f'<h3>{esc(q["name"])}</h3><pre><code>{esc(q["text"])}</code></pre>{run_link}')
        out.append("</section>")
        parts.append("".join(out))
    docs = data.get("documents", [])
    if docs:
        items = "".join(f"<li>{doc_link(d, nav)}</li>" for d in docs)
        parts.append(f'<section aria-labelledby="documents"><h2 id="documents">Documents ({len(docs)})</h2>'
                     f"<ul>{items}</ul></section>")
    parts.append(named_section(data.get("entities", []), nav, "People, places, organizations, works, events"))
    return page(data.get("title") or "Dataset", "\n".join(p for p in parts if p), nav, jsonld=data.get("jsonld"),
                description=data.get("description") or "", canonical=data.get("iri"))


# --------------------------------------------------------------------------- generic pages

def term_html(term: dict, nav: Nav) -> str:
    """One RDF term given as a dict: {'iri', 'label'} | {'bnode'} | {'value', 'language', 'datatype'}."""
    if "iri" in term:
        return link(nav.href(term["iri"]), esc(term.get("label") or term["iri"]))
    if "bnode" in term:
        return f'<code>_:{esc(term["bnode"])}</code>'
    extra = ""
    if term.get("language"):
        extra = f' <span class="lang">@{esc(term["language"])}</span>'
        return f'<span lang="{esc(term["language"])}">{esc(term["value"])}</span>{extra}'
    if term.get("datatype"):
        extra = f' <span class="datatype">({esc(term["datatype"])})</span>'
    return f"{esc(term['value'])}{extra}"


def resource_page(data: dict, nav: Nav) -> str:
    """Any other resource (vocabulary, a named graph, a link record): its triples, by subject."""
    parts = [f'<h1>{esc(data["title"])}</h1>']
    if data.get("description"):
        parts.append(f'<p>{esc(data["description"])}</p>')
    for subject in data.get("subjects", []):
        sid = subject.get("fragment")
        heading_id = f' id="{esc(sid)}"' if sid else ""
        rows = "".join(f'<tr><th scope="row">{term_html(p, nav)}</th>'
                       f'<td>{"<br>".join(term_html(o, nav) for o in objs)}</td></tr>'
                       for p, objs in subject["properties"])
        parts.append(f'<section><h2{heading_id}>{term_html(subject["term"], nav)}</h2>'
                     f"<table><tbody>{rows}</tbody></table></section>")
    if data.get("source"):
        parts.append(f'<section aria-labelledby="source"><h2 id="source">Source</h2>'
                     f'<pre><code>{esc(data["source"])}</code></pre></section>')
    return page(data["title"], "\n".join(parts), nav, jsonld=data.get("jsonld"),
                description=data.get("description") or "", canonical=data.get("iri"))


# --------------------------------------------------------------------------- SPARQL pages

def sparql_form_page(nav: Nav, *, query: str = "", limits: dict | None = None, examples=()) -> str:
    limits = limits or {}
    notes = []
    if limits.get("timeout"):
        notes.append(f'queries stop after {esc(limits["timeout"])} s')
    if limits.get("max_rows"):
        notes.append(f'answers are cut at {esc(limits["max_rows"])} rows (header X-SPARQL-MaxRows)')
    default = query or ("SELECT ?document ?title WHERE {\n  ?document a schema:Conversation ; schema:name ?title .\n}"
                        " LIMIT 20")
    options = "".join(f'<option value="{value}">{label}</option>' for value, label in (
        ("", "HTML table"), ("json", "SPARQL JSON"), ("xml", "SPARQL XML"), ("csv", "CSV"), ("tsv", "TSV"),
        ("turtle", "Turtle (CONSTRUCT)"), ("ntriples", "N-Triples (CONSTRUCT)")))
    body = (
        "<h1>SPARQL endpoint</h1>"
        "<p>A read-only SPARQL 1.1 endpoint over the whole dataset. The default graph is the union of all "
        "named graphs (each document is its own graph); the prefixes schema:, dcterms:, oa:, prov:, ldp:, wd:, "
        f"person:, place: … are predeclared. {_sentence('; '.join(notes))}</p>"
        f'<form method="get" action="{esc(nav._relative(nav.sparql or "sparql"))}">'
        '<p><label for="query">Query</label></p>'
        f'<textarea id="query" name="query" rows="12">{esc(default)}</textarea>'
        '<p><label for="format">Answer as</label> '
        f'<select id="format" name="format">{options}</select> '
        '<button type="submit">Run query</button></p></form>'
        '<p>Machines: GET or POST with <code>query=</code>, or POST <code>application/sparql-query</code>; '
        "choose the result format with the Accept header. Without a query, this address answers "
        "with a SPARQL service description (Turtle).</p>")
    return page("SPARQL", body, nav, alternates=False)


def _sentence(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}." if text else ""


def sparql_results_page(nav: Nav, query: str, result: dict, *, truncated: int | None = None) -> str:
    """A SELECT/ASK answer (SPARQL JSON results as a dict) or a graph answer ({'triples': [...]})."""
    parts = ["<h1>Query results</h1>"]
    if "boolean" in result:
        parts.append(f'<p class="boolean">{"true" if result["boolean"] else "false"}</p>')
    elif "triples" in result:
        rows = "".join("<tr>" + "".join(f"<td>{term_html(t, nav)}</td>" for t in triple) + "</tr>"
                       for triple in result["triples"])
        parts.append(f'<p>{len(result["triples"])} triples.</p><table><thead><tr><th scope="col">subject</th>'
                     f'<th scope="col">predicate</th><th scope="col">object</th></tr></thead><tbody>{rows}</tbody>'
                     "</table>")
    else:
        variables = result.get("head", {}).get("vars", [])
        bindings = result.get("results", {}).get("bindings", [])
        head = "".join(f'<th scope="col">{esc(v)}</th>' for v in variables)
        rows = "".join("<tr>" + "".join(f"<td>{_binding_html(b.get(v), nav)}</td>" for v in variables) + "</tr>"
                       for b in bindings)
        parts.append(f"<p>{len(bindings)} row{'s' if len(bindings) != 1 else ''}.</p>"
                     f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    if truncated:
        parts.append(f'<p class="warning"><strong>The answer was cut at {truncated} rows.</strong></p>')
    parts.append(f'<h2>Query</h2><pre><code>{esc(query)}</code></pre>'
                 f'<p><a href="{esc(nav._relative(nav.sparql or "sparql"))}">New query</a></p>')
    return page("Query results", "\n".join(parts), nav, alternates=False)


def _binding_html(binding: dict | None, nav: Nav) -> str:
    if not binding:
        return ""
    if binding["type"] == "uri":
        return term_html({"iri": binding["value"]}, nav)
    if binding["type"] == "bnode":
        return term_html({"bnode": binding["value"]}, nav)
    return term_html({"value": binding.get("value", ""), "language": binding.get("xml:lang"),
                      "datatype": binding.get("datatype")}, nav)


def error_page(nav: Nav, status: str, message: str) -> str:
    body = f"<h1>{esc(status)}</h1><p>{esc(message)}</p>"
    return page(status, body, nav, alternates=False)
