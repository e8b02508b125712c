"""Content negotiation: the ``Accept`` header weighed against the formats offered (q-values,
wildcards, aliases such as ``application/json``), and the tables of what is offered: a resource's
representations (HTML and the RDF formats of :mod:`ld.formats`), SPARQL solutions and graphs."""

from __future__ import annotations

from ld.formats import JSONLD, NTRIPLES, RESOURCE_RDF, TURTLE

HTML = "text/html; charset=utf-8"
# format key -> media type sent; the order is the server's preference on ties: HTML, then the RDF of
# ld.formats.RESOURCE_RDF (the one table of RDF formats)
RESOURCE_FORMATS = {"html": HTML, **{f.key: f.served_type for f in RESOURCE_RDF}}
RESOURCE_ACCEPTS = {  # media types a client may ask for -> format key
    "text/html": "html", "application/xhtml+xml": "html",
    **{media: f.key for f in RESOURCE_RDF for media in (f.media_type, *f.aliases)},
}
SOLUTION_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "html": HTML,
}
SOLUTION_ACCEPTS = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/html": "html", "application/xhtml+xml": "html",
}
GRAPH_RDF = (TURTLE, NTRIPLES, JSONLD)  # a CONSTRUCT or DESCRIBE answer: one graph, so no N-Quads
GRAPH_FORMATS = {
    **{f.key: f.served_type for f in GRAPH_RDF},
    "rdfxml": "application/rdf+xml",
    "html": HTML,
}
GRAPH_ACCEPTS = {
    **{media: f.key for f in GRAPH_RDF for media in (f.media_type, *f.aliases)}, "application/rdf+xml": "rdfxml",
    "text/html": "html", "application/xhtml+xml": "html",
}
FORMAT_PARAM = {  # ?format= / ?output= values -> (solution format, graph format)
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
    "html": ("html", "html"), "turtle": (None, "ttl"), "ttl": (None, "ttl"), "ntriples": (None, "nt"),
    "nt": (None, "nt"), "jsonld": (None, "jsonld"), "rdfxml": (None, "rdfxml"),
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q) pairs; parameters other than q are ignored."""
    ranges = []
    for item in (header or "").split(","):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if not media or "/" not in media:
            continue
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def negotiate(header: str | None, accepts: dict[str, str], formats: dict[str, str] | list[str]) -> str | None:
    """The format key the client prefers among ``formats`` (key -> media type, in the server's
    order of preference for ties); ``None`` when nothing acceptable is available (406). No
    header means anything. ``accepts`` maps every media type a client may name (aliases such
    as application/json included) to a key; wildcards (text/*) match a format's own type only."""
    order = list(formats)
    primary = {k: formats[k].split(";")[0] for k in order} if isinstance(formats, dict) else \
        {k: next(m for m, v in accepts.items() if v == k) for k in order}
    ranges = parse_accept(header)
    if not ranges:
        return order[0] if header is None or not header.strip() else None
    best, best_q = None, 0.0
    for key in order:
        q = _quality(key, ranges, accepts, primary[key])
        if q > best_q:
            best, best_q = key, q
    return best


def _quality(key: str, ranges: list[tuple[str, float]], accepts: dict[str, str], primary: str) -> float:
    """q of the most specific range that matches format ``key``: any of its media types exactly,
    or its own media type through a wildcard."""
    exact = [rq for rng, rq in ranges if accepts.get(rng) == key]
    if exact:
        return max(exact)
    kind = primary.split("/")[0]
    partial = [rq for rng, rq in ranges if rng == f"{kind}/*"]
    if partial:
        return max(partial)
    return max((rq for rng, rq in ranges if rng == "*/*"), default=0.0)
