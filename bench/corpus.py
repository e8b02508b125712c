"""End-to-end benchmark of ``ld.pipeline.build`` on a synthetic corpus.

    python bench/corpus.py --docs N --json [--baseline] [--jobs J] [--incremental] [--seed S] [--keep DIR]

Generates N synthetic documents (``bench/synth.py``) into a temporary folder
(or DIR/source with ``--keep``), builds them end to end with
``ld.pipeline.build`` (parse, link, map, validate with all shapes, write every
dump) and prints one JSON object:

- ``docs``, ``triples``: what the build published (``BuildResult``);
- ``seconds``: wall-clock time of the ``build()`` call (the interpreter's
  start and imports are not counted); ``docs_per_s``, ``triples_per_s``;
- ``peak_rss_mb``: the peak resident memory of the build, workers included:
  the larger of (a) the summed RSS of the build process and all its worker
  processes, sampled from /proc every 50 ms, and (b) ``getrusage`` ``ru_maxrss``
  of the build process (``RUSAGE_SELF``) and of its largest worker
  (``RUSAGE_CHILDREN``: the maximum over the workers, not their sum), which
  catch a short peak between two samples. ``peak_rss_method`` says which were
  available; ``peak_rss_getrusage_mb`` gives (b) separately;
- with ``--baseline``: ``baseline_seconds``, ``baseline_triples``,
  ``baseline_peak_rss_mb`` and ``speedup`` (baseline_seconds / seconds) of the
  naive pipeline (``bench/naive.py``) on the same documents, in the same run;
- ``code``: a fingerprint (SHA-256 prefix) of ``ld/`` and ``shapes/`` at the
  start, and ``code_changed_during_run: true`` if it changed before the end
  (the cache key covers the code, so a change in between rebuilds everything);
  ``measured_at`` (UTC), ``versions``, ``cpus``, ``seed``, ``turns``;
- with ``--incremental``: after the clean build, one sentence is appended to
  one turn of one document and the build is run again with the same cache:
  ``incremental_seconds`` and ``incremental_docs_rebuilt`` (``BuildResult.rebuilt``;
  null when the build does not report it).

Each measured build runs in a fresh Python process, so that one measurement's
memory and caches do not leak into the next.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import inspect
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

KEYS = ("docs", "triples", "seconds", "docs_per_s", "triples_per_s", "peak_rss_mb")
EDIT = " This sentence was appended for the incremental benchmark."


# ------------------------------------------------------------------ phases
def _run_phase(phase: dict) -> dict:
    """In the child process: one measured build; its figures as a dict."""
    if phase["kind"] == "naive":
        from naive import naive_build
        figures = naive_build(Path(phase["source"]), Path(phase["out"]))
        figures = {"seconds": figures["seconds"], "triples": figures["triples"], "docs": figures["docs"],
                   "conforms": figures["conforms"], "stages": figures["stages"]}
    else:
        from ld.pipeline import build
        accepted = inspect.signature(build).parameters
        wanted = {"jobs": phase.get("jobs"), "cache_dir": Path(phase["cache"]) if phase.get("cache") else None,
                  "clean": phase.get("clean", False), "progress": False}
        kwargs = {k: v for k, v in wanted.items() if k in accepted and v is not None}
        started = time.perf_counter()
        result = build(Path(phase["source"]), Path(phase["out"]), **kwargs)
        seconds = time.perf_counter() - started
        figures = {"seconds": seconds, "triples": result.triples, "docs": result.documents,
                   "rebuilt": getattr(result, "rebuilt", None), "keywords": sorted(kwargs)}
    figures["maxrss_self_mb"] = _maxrss_mb(resource.RUSAGE_SELF)
    figures["maxrss_children_mb"] = _maxrss_mb(resource.RUSAGE_CHILDREN)
    return figures


def _maxrss_mb(who) -> float:
    kib = resource.getrusage(who).ru_maxrss  # KiB on Linux
    return round(kib / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def measure(phase: dict, timeout: float | None = None) -> dict:
    """Run one phase in a fresh interpreter, sampling its process tree's RSS."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", json.dumps(phase)]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(process.pid)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    finally:
        sampler.stop()
    if process.returncode != 0:
        raise RuntimeError(f"{phase['kind']} build failed (exit {process.returncode}):\n{stderr.strip()[-3000:]}")
    figures = json.loads(stdout.strip().splitlines()[-1])
    figures["peak_tree_rss_mb"] = sampler.peak_mb
    return figures


class TreeSampler:
    """Peak of the summed RSS of a process and all its descendants, read from /proc."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval = pid, interval
        self.available = Path(f"/proc/{pid}").exists()
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    @property
    def peak_mb(self) -> float | None:
        return round(self.peak / 2**20, 1) if self.available and self.peak else None

    def start(self):
        if self.available:
            self._thread.start()

    def stop(self):
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self):
        while not self._done.is_set():
            self.peak = max(self.peak, self._sample())
            self._done.wait(self.interval)

    def _sample(self) -> int:
        total, todo, seen = 0, [self.pid], set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self._page
                for task in Path(f"/proc/{pid}/task").iterdir():
                    todo += [int(c) for c in (task / "children").read_text().split()]
            except (OSError, ValueError):
                continue
        return total


# ------------------------------------------------------------------ the run
PEAK_METHOD = ("max of: the summed RSS of the build process and its workers, sampled from /proc every 50 ms; "
               "getrusage ru_maxrss of the build process (RUSAGE_SELF) and of its largest worker (RUSAGE_CHILDREN)")


def code_fingerprint() -> str:
    """SHA-256 (12 hex digits) of what a build's behaviour depends on: ld/ (code and data) and shapes/."""
    digest = hashlib.sha256()
    for path in sorted([*(ROOT / "ld").rglob("*"), *(ROOT / "shapes").glob("*.ttl")]):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def peak_rss(figures: dict) -> float:
    """The build's peak memory: the sampled tree sum (which a short peak between samples escapes),
    or a single process's exact ru_maxrss when that is higher."""
    return max(figures.get("peak_tree_rss_mb") or 0.0, figures["maxrss_self_mb"], figures["maxrss_children_mb"])


def append_sentence(path: Path, line: int) -> None:
    """Append one sentence to the turn paragraph on ``line`` (1-based)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] += EDIT
    path.write_bytes("\n".join(lines).encode("utf-8"))


def run(docs: int, seed: int = 0, jobs: int | None = None, baseline: bool = False, incremental: bool = False,
        keep: Path | None = None, timeout: float | None = None, dumps: str | None = None) -> dict:
    import pyoxigraph
    import pyshacl
    import rdflib

    import ld
    from synth import generate

    scratch = None
    if keep:
        work = Path(keep)
        work.mkdir(parents=True, exist_ok=True)
    else:
        scratch = tempfile.mkdtemp(prefix="ldpub-bench-")
        work = Path(scratch)
    try:
        source, out, cache = work / "source", work / "dist", work / "cache"
        code = code_fingerprint()
        measured_at = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        started = time.perf_counter()
        manifest = generate(docs, source, seed=seed, force=True)
        if dumps:  # the publication mode of config.toml's [publish] dumps
            with open(source / "config.toml", "a", encoding="utf-8") as config:
                config.write(f'\n[publish]\ndumps = "{dumps}"\n')
        generated = time.perf_counter() - started
        phase = {"kind": "ldpub", "source": str(source), "out": str(out), "jobs": jobs, "cache": str(cache),
                 "clean": True}
        figures = measure(phase, timeout)
        seconds = figures["seconds"]
        tree = figures["peak_tree_rss_mb"]
        report = {
            "docs": figures["docs"],
            "triples": figures["triples"],
            "seconds": round(seconds, 3),
            "docs_per_s": round(figures["docs"] / seconds, 3),
            "triples_per_s": round(figures["triples"] / seconds, 1),
            "peak_rss_mb": peak_rss(figures),
            "peak_rss_method": PEAK_METHOD if tree is not None else "getrusage ru_maxrss: max(self, children)",
            "peak_rss_getrusage_mb": {"self": figures["maxrss_self_mb"], "children": figures["maxrss_children_mb"]},
            "seed": seed,
            "jobs": jobs,
            "dumps": dumps or "plain",
            "measured_at": measured_at,
            "code": code,
            "build_keywords": figures["keywords"],
            "cpus": os.cpu_count(),
            "turns": manifest["totals"]["turns"],
            "source_mb": round(manifest["totals"]["bytes"] / 1e6, 2),
            "generate_seconds": round(generated, 3),
            "versions": {"python": platform.python_version(), "ldpub": ld.__version__,
                         "rdflib": rdflib.__version__, "pyshacl": pyshacl.__version__,
                         "pyoxigraph": pyoxigraph.__version__},
        }
        if incremental:
            doc_id, info = next((d, i) for d, i in sorted(manifest["documents"].items())[docs // 2:] +
                                sorted(manifest["documents"].items()) if i["edit_line"])
            append_sentence(source / "documents" / f"{doc_id}.txt", info["edit_line"])
            again = measure(dict(phase, clean=False), timeout)
            report["incremental_seconds"] = round(again["seconds"], 3)
            report["incremental_docs_rebuilt"] = again["rebuilt"]
            report["incremental_edited"] = doc_id
        if baseline:
            naive = measure({"kind": "naive", "source": str(source), "out": str(work / "naive")}, timeout)
            report["baseline_seconds"] = round(naive["seconds"], 3)
            report["baseline_triples"] = naive["triples"]
            report["baseline_conforms"] = naive["conforms"]
            report["baseline_stages"] = naive["stages"]
            report["baseline_peak_rss_mb"] = peak_rss(naive)
            report["speedup"] = round(naive["seconds"] / seconds, 2)
        if code_fingerprint() != code:  # someone changed ld/ or shapes/ while we measured
            report["code_changed_during_run"] = True
        return report
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10, help="how many synthetic documents (default 10)")
    ap.add_argument("--json", action="store_true", help="print one JSON object (the default prints a summary)")
    ap.add_argument("--baseline", action="store_true", help="also time the naive pipeline (bench/naive.py)")
    ap.add_argument("--jobs", type=int, help="worker processes for build() (default: its own, all cores)")
    ap.add_argument("--incremental", action="store_true",
                    help="then edit one document and rebuild with the same cache")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    ap.add_argument("--keep", type=Path, help="work in DIR (DIR/source, DIR/dist, DIR/cache, DIR/naive) and keep it")
    ap.add_argument("--timeout", type=float, help="give up a measured build after this many seconds")
    ap.add_argument("--dumps", choices=["plain", "gzip"],
                    help="publication mode ([publish] dumps of config.toml; default plain)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)  # internal: run one measured build in this process
    args = ap.parse_args(argv)
    if args.phase:
        print(json.dumps(_run_phase(json.loads(args.phase))))
        return 0
    try:
        report = run(args.docs, args.seed, args.jobs, args.baseline, args.incremental, args.keep, args.timeout,
                     args.dumps)
    except (RuntimeError, ValueError, subprocess.TimeoutExpired) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report, sort_keys=True))
    else:
        line = (f"{report['docs']} documents, {report['triples']} triples in {report['seconds']:.1f} s: "
                f"{report['docs_per_s']:.2f} docs/s, {report['triples_per_s']:.0f} triples/s, "
                f"peak RSS {report['peak_rss_mb']} MB")
        if "speedup" in report:
            line += f"; naive {report['baseline_seconds']:.1f} s (speedup {report['speedup']}x)"
        if "incremental_seconds" in report:
            line += (f"; incremental {report['incremental_seconds']:.1f} s "
                     f"({report['incremental_docs_rebuilt']} rebuilt)")
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
