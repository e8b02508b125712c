"""``ldpub serve`` as a child process on 127.0.0.1 and a free port, for tests and benchmarks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import ld
from ld.web.publication import ServeError
from oxigraph_server import free_port


class ServerProcess:
    """``python -m ld serve`` as a child process on 127.0.0.1 and a free port, for tests and
    benchmarks: ``with ServerProcess(dist) as server: server.url``. Stopped by its PID."""

    def __init__(self, dist: str | Path, *args: str, source: str | Path | None = None, port: int | None = None,
                 log: str | Path | None = None, startup: float = 120.0):
        self.dist, self.args, self.source = Path(dist), args, source
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(log) if log else None
        self.startup = startup
        self.proc: subprocess.Popen | None = None

    def start(self) -> "ServerProcess":
        import urllib.error
        import urllib.request

        cmd = [sys.executable, "-m", "ld", "serve", "--host", "127.0.0.1", "--port", str(self.port),
               "--dist", str(self.dist), "--quiet", *self.args]
        if self.source:
            cmd += ["--source", str(self.source)]
        env = dict(os.environ)
        root = str(Path(ld.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        stderr = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        if self.log:
            stderr.close()
        deadline = time.monotonic() + self.startup
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServeError(f"the server exited with {self.proc.returncode}"
                                 + (f"; see {self.log}" if self.log else ""))
            try:
                with urllib.request.urlopen(self.url + "/dataset.ttl", timeout=5) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                time.sleep(0.1)
        self.stop()
        raise ServeError(f"the server did not answer within {self.startup:g} s")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=15)

    def __enter__(self) -> "ServerProcess":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
