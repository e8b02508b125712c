"""Every query we ship answers the same, non-empty rows on every engine we can run here, and
the README's recipes run as written against the committed dist/.

Engines: the embedded store of `ldpub query`, rdflib's Dataset, Oxigraph's CLI and its server
with default settings (loaded by its own bulk loader and by `ldpub load`), and Virtuoso (Debian's
virtuoso-opensource, bulk-loaded by the README's isql recipe, and loaded by `ldpub load --digest`).
Servers run on 127.0.0.1 with temporary folders and are stopped by PID. Not run: Jena
(Debian's libapache-jena-java 4.5 fails to start on this OpenJDK), Fuseki, QLever, GraphDB.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time

import pytest
import rdflib
import requests

from conftest import ROOT
from ld.query import example_queries, open_store, run_query
from oxigraph_server import free_port, oxigraph_plain, oxigraph_plain_session, stop  # noqa: F401
from virtuoso_server import start_virtuoso

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = os.path.dirname(sys.executable)  # oxigraph and ldpub, installed by '.[test]'


def recipe(pattern: str) -> str:
    """The one command of the README that matches ``pattern`` (in `backticks`)."""
    found = set(re.findall(r"`([^`]*" + pattern + r"[^`]*)`", README))
    assert len(found) == 1, f"the README should hold one command matching {pattern!r}: {found}"
    return found.pop()


def shell(command: str, cwd, **options) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=BIN + os.pathsep + os.environ.get("PATH", ""))
    done = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600, **options)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def readme_queries() -> dict[str, str]:
    """The README's SPARQL examples that run without the network (the federated one needs Wikidata)."""
    blocks = re.findall(r"```sparql\n(.*?)```", README, re.S)
    return {f"README example {i + 1}": b for i, b in enumerate(blocks) if "SERVICE" not in b}


QUERIES = {**example_queries(ROOT / "queries"), **readme_queries()}


def rows_of_json(answer: dict) -> list[tuple]:
    variables = answer["head"]["vars"]
    return sorted(tuple(b.get(v, {}).get("value", "") for v in variables) for b in answer["results"]["bindings"])


def http_answers(url: str) -> dict[str, list[tuple]]:
    answers = {}
    for name, text in QUERIES.items():
        response = requests.post(url, data={"query": text}, timeout=120,
                                 headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200, f"{name}: HTTP {response.status_code} {response.text[:300]}"
        answers[name] = rows_of_json(response.json())
    return answers


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A user's folder: a copy of the committed dist/ and of queries/."""
    folder = tmp_path_factory.mktemp("user")
    shutil.copytree(ROOT / "dist", folder / "dist")
    shutil.copytree(ROOT / "queries", folder / "queries")
    return folder


@pytest.fixture(scope="module")
def expected(workdir) -> dict[str, list[tuple]]:
    """The answers of `ldpub query`'s embedded store (default graph: the union of the graphs)."""
    store = open_store(workdir / "dist")
    answers = {}
    for name, text in QUERIES.items():
        result = run_query(store, text, prefixes={})
        answers[name] = sorted(tuple("" if t is None else t.value for t in row) for row in result.rows)
        assert answers[name], f"{name} answers nothing on the embedded store"
    return answers


@pytest.fixture(scope="module")
def virtuoso(workdir, tmp_path_factory):
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso") / "db", workdir / "dist")
    try:
        yield server
    finally:
        stop(server.process)


def test_rdflib_dataset_as_in_the_readme(workdir, expected):
    line = recipe(r"rdflib\.Dataset\(\)")
    for name, text in QUERIES.items():
        code = line.replace('open("queries/turns-per-speaker.rq").read()', "text")
        got = eval(code.replace('"dist/', f'"{workdir}/dist/'), {"rdflib": rdflib, "text": text})
        assert sorted(tuple("" if v is None else str(v) for v in row) for row in got) == expected[name], name


def test_oxigraph_cli_as_in_the_readme(workdir, expected):
    line = recipe(r"oxigraph query ")
    assert "--results-format csv" in line and "queries/turns-per-speaker.rq" in line
    out = shell(line.replace("--location store", "--location cli-store"), workdir).stdout
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["document", "speaker", "turns"]
    assert sorted(map(tuple, table[1:])) == expected["turns-per-speaker.rq"]
    # every other query on the same store, the same way
    for name in QUERIES:
        (workdir / "q.rq").write_text(QUERIES[name])
        out = shell("oxigraph query --location cli-store --query-file q.rq --results-format json", workdir).stdout
        assert rows_of_json(json.loads(out)) == expected[name], name


def test_oxigraph_server_bulk_loaded_as_in_the_readme(workdir, expected):
    line = recipe(r"oxigraph serve ")
    load, serve = line.split(" && ")
    port = free_port()
    shell(load.replace("--location store", "--location served-store"), workdir)
    serve = serve.replace("--location store", "--location served-store").replace("127.0.0.1:7878", f"127.0.0.1:{port}")
    assert "--union-default-graph" not in serve  # its default settings
    env = dict(os.environ, PATH=BIN + os.pathsep + os.environ.get("PATH", ""))
    process = subprocess.Popen(["bash", "-c", "exec " + serve], cwd=workdir, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/query"
        for _ in range(300):
            try:
                requests.get(url + "?query=ASK%7B%7D", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        assert http_answers(url) == expected
    finally:
        stop(process)


def test_oxigraph_server_loaded_by_ldpub_load_as_in_the_readme(workdir, expected, oxigraph_plain):
    line = recipe(r"ldpub load --endpoint http://127.0.0.1:7878")
    done = shell(line.replace("http://127.0.0.1:7878", oxigraph_plain.base), workdir)
    assert "example queries answer as on the dump" in done.stdout
    assert http_answers(oxigraph_plain.query_url) == expected


def test_virtuoso_bulk_loaded_as_in_the_readme(workdir, expected, virtuoso):
    statements = recipe(r"ld_dir\(")
    virtuoso.isql(statements.replace("/path/to/dist", str(workdir / "dist")))
    assert http_answers(virtuoso.query_url) == expected


def test_virtuoso_loaded_by_ldpub_load_with_digest_as_in_the_readme(workdir, expected, virtuoso):
    line = recipe(r"ldpub load --endpoint http://localhost:8890")
    line = line.replace("localhost:8890", f"127.0.0.1:{virtuoso.http_port}").replace("…", "dba")
    done = shell(line, workdir)
    assert re.search(r"loaded (\d+) of \1 graph\(s\)", done.stdout), done.stdout
    assert f"{len(example_queries(ROOT / 'queries'))} of {len(example_queries(ROOT / 'queries'))} example " \
           "queries answer as on the dump" in done.stdout
    assert http_answers(virtuoso.query_url) == expected


def test_the_readme_checksum_recipe(workdir):
    shell(recipe(r"sha256sum -c SHA256SUMS").replace("cd dist", f"cd {workdir / 'dist'}"), workdir)
