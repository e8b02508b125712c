"""A Virtuoso server for the tests: Debian's ``virtuoso-opensource`` (installed by
``.ci/install-test-tools``), started on 127.0.0.1 with free ports and a database in a
temporary folder, stopped by its PID. ``bulk_load`` runs the README's isql recipe."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from oxigraph_server import free_port, stop

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {allowed}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
[SPARQL]
ResultSetMaxRows = 100000
"""


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run .ci/install-test-tools (Debian's virtuoso-opensource)")
    return found


@dataclass
class VirtuosoServer:
    folder: Path
    sql_port: int
    http_port: int
    process: subprocess.Popen

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/sparql"

    def isql(self, statements: str) -> str:
        done = subprocess.run([tool("isql-vt"), f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
        return done.stdout

    def select(self, query: str) -> dict:
        response = requests.post(self.query_url, data={"query": query}, timeout=120,
                                 headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200, response.text[:500]
        return response.json()


def start_virtuoso(folder: Path, allowed: Path, *, timeout: float = 120.0) -> VirtuosoServer:
    folder.mkdir(parents=True, exist_ok=True)
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=sql, http=http, allowed=allowed))
    log = (folder / "stdout.log").open("wb")
    process = subprocess.Popen([tool("virtuoso-t"), "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                               cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    server = VirtuosoServer(folder, sql, http, process)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {process.returncode}; see {folder / 'virtuoso.log'}")
        try:
            if requests.get(f"{server.query_url}?query=ASK%7B%7D", timeout=2).status_code == 200:
                return server
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"virtuoso did not answer within {timeout} s; see {folder / 'virtuoso.log'}")
