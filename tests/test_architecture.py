"""The package's layout keeps its promises: no import cycle, the pipeline knows nothing of the web or
the command line, and one table of RDF formats (ld/formats.py) that every consumer reads."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from conftest import ROOT
from ld import config, formats, publish, query, validate
from ld.web import html, negotiation, static

PACKAGE = ROOT / "ld"
OUTER = ("ld.web", "ld.cli", "ld.wikidata", "ld.__main__")  # the outer parts; the rest is the pipeline and its library


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.Module, top_only: bool):
    """The import statements of a module: all of them, or those run when it is imported (at its top
    level, not in a function, and not under ``if TYPE_CHECKING:``)."""
    if not top_only:
        yield from (n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)))
        return
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            todo += node.body + node.orelse
        elif isinstance(node, ast.Try):
            todo += node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body]


def import_graph(top_only: bool = False) -> dict[str, set[str]]:
    """Module -> the ld modules it imports, read from the source: every import, or (``top_only``) those
    that run when it is imported."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")), top_only):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from ld.web import html" imports ld.web.html, "from ld.web.app import App" ld.web.app
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                           for a in node.names]
            else:
                continue
            found |= {t for t in targets if t in modules and t != name}
        graph[name] = found
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component of more than one module (Tarjan's algorithm)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_is_read_from_the_source():
    graph = import_graph()
    assert "ld.web.sparql" in graph["ld.web.app"] and "ld.pipeline" in graph["ld.cli.build"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]  # the detector detects


def test_no_import_cycle():
    """No cycle among the imports that run when a module is imported. (Known and left to the lead's
    modules: ld.schema imports ld.parse's layout keys inside a function, and ld.mentions names
    ld.register's Register in type annotations only; with those, ld.config, mentions, parse, register,
    schema and speakers form a cycle: ``cycles(import_graph())``.)"""
    assert cycles(import_graph(top_only=True)) == []


def test_the_pipeline_imports_neither_the_web_nor_the_command_line():
    graph = import_graph()
    wrong = {module: sorted(t for t in targets if t.startswith(("ld.web", "ld.cli")))
             for module, targets in graph.items() if not module.startswith(OUTER)}
    assert {m: t for m, t in wrong.items() if t} == {}


# --------------------------------------------------------------------------- the one table of formats

def test_no_module_but_the_table_names_a_format_of_its_own():
    """A dump's media type or rdflib name written as a string anywhere else in ld/ would be a second
    table that nothing checks. (Not the aliases: application/json is also the manifest's own type;
    not "turtle", also a value of the SPARQL protocol's ?format=.)"""
    names = {f.media_type for f in formats.DUMPS} | {f.rdflib for f in formats.DUMPS
                                                     if f.rdflib not in (f.key, "turtle")}
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "formats.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                hits = [n for n in names if n in node.value]
                if hits and "``" not in node.value:  # (not a docstring that names one)
                    found.append((str(path.relative_to(ROOT)), node.lineno, node.value))
    assert found == []


def test_publication_modes_are_the_tables_dumps():
    assert config.DUMP_MODES is formats.DUMP_MODES
    assert set(formats.DUMP_MODES["gzip"]) == {f.file + ".gz" for f in formats.DUMPS}
    assert {n for n in formats.DUMP_MODES["plain"] if not n.endswith(".gz")} == {f.file for f in formats.DUMPS}


def test_every_writer_writes_every_format_of_the_table(tmp_path):
    import pyoxigraph as ox

    from ld.terms import ox_triples

    triple = ox.Triple(ox.NamedNode("https://example.org/a"), ox.NamedNode("http://schema.org/name"), ox.Literal("a"))
    bodies = publish._bodies("https://example.org/g", ox_triples({triple}), "https://example.org/")
    assert set(bodies) == set(formats.BY_KEY)


def test_the_manifest_lists_exactly_the_tables_dumps_with_its_media_types(built):
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    dumps = {e["path"]: e for e in manifest["files"] if e["path"].startswith("dataset.")}
    assert set(dumps) == set(formats.DUMP_MODES["plain"])
    for f in formats.DUMPS:
        assert dumps[f.file]["media_type"] == f.media_type
        if f.gzip_copy:
            assert dumps[f.file + ".gz"]["content_media_type"] == f.media_type


def test_the_server_offers_exactly_the_tables_resource_formats():
    rdf = {k: v for k, v in negotiation.RESOURCE_FORMATS.items() if k != "html"}
    assert rdf == {f.key: f.served_type for f in formats.RESOURCE_RDF}
    assert {m for m, k in negotiation.RESOURCE_ACCEPTS.items() if k != "html"} == \
        {m for f in formats.RESOURCE_RDF for m in (f.media_type, *f.aliases)}
    assert [ext for _m, ext, _l in html.RDF_ALTERNATES] == [f.key for f in formats.RESOURCE_RDF]
    rules = static.htaccess("https://example.org/", same=False)
    assert all(f"AddType {f.media_type}" in rules and f"$1.{f.key} [L]" in rules for f in formats.RESOURCE_RDF)
    assert set(formats.RESOURCE_RDF) <= set(formats.DUMPS)


def test_the_loaders_and_the_validator_read_the_table():
    assert query.DUMP == formats.LOAD.file
    for f in formats.DUMPS:
        assert validate.FORMATS["." + f.key] == f.rdflib
        assert publish.MEDIA_TYPES["." + f.key] == f.media_type
