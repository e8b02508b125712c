"""Attacks on `ldpub serve`, as a client from outside would make them; shared by
tests/test_security.py (which asserts the limits) and bench/serve.py (which reports the figures).

Every loop here is bounded in count and in time, and only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import http.client
import resource
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

# An ORDER BY over the cartesian product of every triple with itself, twice: it never ends, and
# sorting must hold every solution, so without a memory cap it takes gigabytes within seconds.
CARTESIAN = ("SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } ORDER BY ?a ?b ?c ?x ?y ?z LIMIT 1")


# --------------------------------------------------------------------------- memory of a process tree

def children(pid: int) -> list[int]:
    """PIDs of the direct children of a process (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _status(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_mb(pid: int) -> float:
    """Resident memory of one process in MB (0 when it is gone)."""
    return _status(pid, "VmRSS") / 1024


class MemorySampler:
    """Samples the resident memory of a server and of its worker processes every ``every``
    seconds, in a thread: ``with MemorySampler(pid) as m: ...; m.peak_server, m.peak_worker``."""

    def __init__(self, pid: int, every: float = 0.02):
        self.pid, self.every = pid, every
        self.peak_server = self.peak_worker = self.peak_total = 0.0
        self.peak_threads = 0  # of the server process
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            server = rss_mb(self.pid)
            workers = [rss_mb(p) for p in children(self.pid)]
            self.peak_server = max(self.peak_server, server)
            self.peak_worker = max([self.peak_worker, *workers])
            self.peak_total = max(self.peak_total, server + sum(workers))
            self.peak_threads = max(self.peak_threads, _status(self.pid, "Threads"))
            self._stop.wait(self.every)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def figures(self) -> dict:
        return {"peak_server_mb": round(self.peak_server, 1), "peak_worker_mb": round(self.peak_worker, 1),
                "peak_total_mb": round(self.peak_total, 1), "peak_server_threads": self.peak_threads}


# --------------------------------------------------------------------------- raw requests

def send_endless(port: int, head: bytes, piece: bytes, *, limit: int = 64 << 20, seconds: float = 20.0,
                 every: float = 0.0) -> dict:
    """Send ``head``, then ``piece`` again and again (one per ``every`` seconds) until the server
    answers or closes, ``limit`` bytes were sent or ``seconds`` passed. What came back: status
    (None if nothing), bytes sent, whether the server closed the connection, seconds taken."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    sent, answer, closed = 0, b"", False
    started = time.monotonic()
    deadline = started + seconds
    try:
        sock.sendall(head)
        sock.setblocking(False)
        while sent < limit and time.monotonic() < deadline:
            try:
                data = sock.recv(65536)
                if not data:
                    closed = True
                    break
                answer += data
                if b"\r\n\r\n" in answer:
                    break
            except BlockingIOError:
                pass
            try:
                sent += sock.send(piece)
                time.sleep(every)
            except BlockingIOError:
                time.sleep(0.001)
            except (BrokenPipeError, ConnectionResetError):
                closed = True  # (the server answered and closed while this was sending: its answer may wait
                answer += _queued(sock)  # unread in the socket, the kernel keeps what came before the reset)
                break
        if answer and not closed:  # the server answered: does it also close the connection?
            sock.setblocking(True)
            sock.settimeout(5)
            try:
                while sock.recv(65536):
                    pass
                closed = True
            except ConnectionResetError:
                closed = True
            except TimeoutError:
                closed = False
    except (BrokenPipeError, ConnectionResetError):
        closed = True
        answer += _queued(sock)
    finally:
        sock.close()
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else None
    return {"status": status, "sent": sent, "closed": closed, "seconds": round(time.monotonic() - started, 2)}


def _queued(sock: socket.socket) -> bytes:
    """What the server sent that is still unread in the socket, once sending failed (a CI run once found no answer
    when this helper stopped at the failed send without reading: most likely the server's 400 was left unread)."""
    data = b""
    try:
        sock.setblocking(False)
        while chunk := sock.recv(65536):
            data += chunk
    except OSError:  # (nothing more: EAGAIN, or the reset, reported once the queued bytes are read)
        pass
    return data


def post_head(content_length: str | None = None, chunked: bool = False) -> bytes:
    lines = ["POST /sparql HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/sparql-query"]
    if content_length is not None:
        lines.append(f"Content-Length: {content_length}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def get(port: int, path: str, headers: dict | None = None, timeout: float = 60) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def post(port: int, path: str, body: bytes, content_type: str, timeout: float = 60) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def sparql(port: int, query: str, accept: str = "application/sparql-results+json",
           timeout: float = 60) -> tuple[int, bytes]:
    return get(port, "/sparql?" + urlencode({"query": query}), {"Accept": accept}, timeout)


# --------------------------------------------------------------------------- slow connections

def open_files(wanted: int) -> None:
    """Let this process hold ``wanted`` sockets (the soft limit raised towards the hard one)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


class SlowConnections:
    """``count`` connections that each send a request header one short line per ``every`` seconds
    and never finish it (slowloris); a connection the server drops is opened again, so the
    server always faces ``count`` of them. They run in a child process (``python attacks.py
    slow PORT COUNT EVERY``), so that a client measuring latency here does not share its
    interpreter with them; stopped by closing its input, every socket closed, on leaving the block."""

    def __init__(self, port: int, count: int = 2000, every: float = 1.0):
        self.port, self.count, self.every = port, count, every
        self.opened = self.reopened = 0
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "SlowConnections":
        self.proc = subprocess.Popen([sys.executable, __file__, "slow", str(self.port), str(self.count), str(self.every)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.opened = int(self.proc.stdout.readline() or 0)  # once every connection is open
        return self

    def __exit__(self, *exc) -> None:
        out, _ = self.proc.communicate(b"", timeout=60)
        self.reopened = int(out or 0)


def _slow(port: int, count: int, every: float) -> None:
    open_files(count + 512)

    def connect() -> socket.socket | None:
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /dataset HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            sock.setblocking(False)
            return sock
        except OSError:
            return None

    socks = [connect() for _ in range(count)]
    print(sum(s is not None for s in socks), flush=True)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    reopened = 0
    while not stop.wait(every):
        for i, sock in enumerate(socks):
            try:
                if sock is None:
                    raise OSError
                sock.send(b"X-Slow: 1\r\n")
            except (BlockingIOError, InterruptedError):
                pass
            except OSError:
                if sock is not None:
                    sock.close()
                socks[i] = connect()
                reopened += 1
            if stop.is_set():
                break
    for sock in socks:
        if sock is not None:
            sock.close()
    print(reopened, flush=True)


def latencies(port: int, path: str, *, seconds: float, headers: dict | None = None) -> list[float]:
    """Seconds each of a normal client's requests took, one after another, each on a new
    connection, for ``seconds``; a failed request counts as 30 s. Always the whole time, however
    fast the server: an attack held open around it must last that long (a cap on the number of
    requests once ended the slow connections before the server's timeout had dropped any)."""
    took = []
    stop_at = time.monotonic() + seconds
    while time.monotonic() < stop_at:
        started = time.perf_counter()
        try:
            status, _ = get(port, path, headers, timeout=30)
            took.append(time.perf_counter() - started if status == 200 else 30.0)
        except OSError:
            took.append(30.0)
    return took


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else float("nan")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "slow":
        _slow(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))
