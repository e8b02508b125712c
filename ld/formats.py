"""The one table of RDF formats: the dumps a build writes and the representations the server offers.

Every writer (``ld.publish``), the configuration's publication modes (``DUMP_MODES``), the manifest and
``void.ttl`` (media types), the server's content negotiation and per-resource files (``ld.web``), the
validator's and the loaders' readers (``ld.validate``, ``ld.query``) read this table; adding a format
is adding a row here (and its writer in ``ld.publish``). ``tests/test_architecture.py`` checks that no
other module names a media type or a format of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class RdfFormat:
    key: str  # the file extension, and the format's name everywhere in ldpub
    label: str  # for people: "N-Quads"
    media_type: str  # what the manifest, void.ttl and the server say
    rdflib: str  # rdflib's parser and serialiser name
    oxigraph: ox.RdfFormat
    named_graphs: bool  # holds each document's named graph (the others hold triples only)
    gzip_copy: bool  # a plain publication also has a gzip copy of it (the large line-based dumps)
    aliases: tuple[str, ...] = ()  # other media types a client may ask for it with

    @property
    def file(self) -> str:
        """The dump's file name in dist/."""
        return f"dataset.{self.key}"

    @property
    def served_type(self) -> str:
        """The Content-Type the server sends (text needs its charset)."""
        return self.media_type + ("; charset=utf-8" if self.media_type.startswith("text/") else "")


NQUADS = RdfFormat("nq", "N-Quads", "application/n-quads", "nquads", ox.RdfFormat.N_QUADS, True, True)
NTRIPLES = RdfFormat("nt", "N-Triples", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES, False, True)
TURTLE = RdfFormat("ttl", "Turtle", "text/turtle", "turtle", ox.RdfFormat.TURTLE, False, False,
                   ("application/x-turtle",))
TRIG = RdfFormat("trig", "TriG", "application/trig", "trig", ox.RdfFormat.TRIG, True, False)
JSONLD = RdfFormat("jsonld", "JSON-LD", "application/ld+json", "json-ld", ox.RdfFormat.JSON_LD, False, False,
                   ("application/json",))

# Every dump, in the order of a graph's pieces (ld.publish.Pieces) and of the files of a publication mode.
DUMPS = (NQUADS, NTRIPLES, TURTLE, TRIG, JSONLD)
BY_KEY = {f.key: f for f in DUMPS}

# Which dump files a publication mode writes ([publish] dumps in config.toml).
DUMP_MODES = {
    "plain": tuple(f.file for f in DUMPS) + tuple(f.file + ".gz" for f in DUMPS if f.gzip_copy),
    "gzip": tuple(f.file + ".gz" for f in DUMPS),
}

# The RDF of one resource on the web (``ldpub serve``, ``ldpub site``, alternate links of a page), in the
# server's order of preference on ties. TriG is a dump only: a resource's description is one graph.
RESOURCE_RDF = (TURTLE, JSONLD, NTRIPLES, NQUADS)

# The loaders read N-Quads, the dump that keeps every named graph line by line.
LOAD = NQUADS


def by_extension(suffix: str) -> RdfFormat | None:
    """The format of a file suffix (``.nq``), if it is one of ours."""
    return BY_KEY.get(suffix.lstrip("."))
