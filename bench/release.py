"""A release with its changelog against the previous release, against a plain build of the same
synthetic corpus, in the same run.

    python bench/release.py --docs N [--dumps gzip] [--jobs J] [--keep DIR] [--json] [--quick | --cached | --clean]

Generates N synthetic documents (``bench/synth.py``), starts the local fake Wikidata server of
the tests (``tests/fake_wikidata.py``, answering for every QID of the register) for the link drift
audit, and times, each as a fresh ``python -m ld`` process (interpreter start included, the same
for all):

1. ``build --clean``: a plain build of every document;
2. ``release 1.0.0 --clean``: the first release (nothing to compare with);
3. one sentence appended to one turn of one document, then ``release 1.0.1 --clean``: every
   document built again, and the changelog against 1.0.0 (the target: at most 2 minutes more than 1);
4. another sentence appended to the same turn, then ``release 1.0.2`` with the build cache (one
   document redone), and ``build`` with the same cache (nothing left to redo: the release went first).

``--quick`` (for large corpora on a busy machine) makes 2 use the build cache of 1 and skips 4.
``--cached`` isolates what a release adds to the dataset-level pass: after 1, ``build`` with the full
cache (nothing redone), ``release 1.0.0`` with the cache, the edit, then ``release 1.0.1`` with the
cache (the edited document redone, and the changelog): ``release_overhead_cached_seconds`` is the last
minus the cached build, so it also counts the one document redone.
``--clean`` is the target's exact form at the least cost: after 1, ``release 1.0.0`` from the build
cache (the previous release, not timed against anything), the edit, ``release 1.0.1 --clean`` (every
document built again, and the changelog against 1.0.0), then ``build --clean`` once more (the same
edited corpus), so the release is bracketed by two clean builds on a shared machine whose load drifts.
Before each of the last two the cache is emptied outside the timing (``cache_emptied_seconds``), so
that all three start from an empty cache as 1 did: ``release_overhead_seconds`` is the release minus the mean of
the two builds, with the difference to each build alongside.
Prints the seconds of each, ``release_overhead_seconds`` (3 minus 1), the changelog's size, and
``uptime`` before and after (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from corpus import append_sentence  # noqa: E402
from synth import generate  # noqa: E402


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def timed(work: Path, *args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ld", *args], cwd=work, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"ldpub {' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    # each step as it ends: a long run cut short (a deadline, a shared machine) keeps what it measured
    print(f"ldpub {' '.join(args)}: {seconds:.2f} s; {uptime()}", file=sys.stderr, flush=True)
    return round(seconds, 2)


def run(docs: int, dumps: str, jobs: int | None, keep: Path | None, quick: bool = False,
        cached: bool = False, clean: bool = False) -> dict:
    from fake_wikidata import stop
    from test_release import register_wikidata

    scratch = None if keep else tempfile.mkdtemp(prefix="ldpub-bench-release-")
    work = Path(keep or scratch)
    work.mkdir(parents=True, exist_ok=True)
    try:
        source = work / "source"
        manifest = generate(docs, source, seed=0, force=True)
        with open(source / "config.toml", "a", encoding="utf-8") as config:
            config.write(f'\n[publish]\ndumps = "{dumps}"\n')
        shutil.rmtree(work / "releases", ignore_errors=True)
        fake = register_wikidata(source)
        report = {"docs": docs, "dumps": dumps, "jobs": jobs, "cpus": os.cpu_count(), "quick": quick,
                  "cached": cached, "clean": clean, "uptime_before": uptime()}
        common = ["--source", "source", "--out", "dist", "-q"] + (["-j", str(jobs)] if jobs else [])
        release = ["--endpoint", fake.api_url, "--wikidata-cache", str(work / "wikidata")]
        try:
            report["build_clean_seconds"] = timed(work, "build", "--clean", *common)
            if cached:
                return _cached(work, report, manifest, source, common, release)
            if clean:
                return _clean(work, report, manifest, source, common, release)
            first = "release_1_0_0_cached_seconds" if quick else "release_1_0_0_clean_seconds"
            report[first] = timed(work, "release", "1.0.0", "--date", "2026-11-01", *([] if quick else ["--clean"]),
                                  *common, *release)
            doc_id, info = next((d, i) for d, i in sorted(manifest["documents"].items()) if i["edit_line"])
            path = source / "documents" / f"{doc_id}.txt"
            append_sentence(path, info["edit_line"])
            report["release_1_0_1_clean_seconds"] = timed(work, "release", "1.0.1", "--date", "2026-11-02", "--clean",
                                                          *common, *release)
            record = json.loads((work / "releases" / "1.0.1" / "manifest.json").read_text())
            report["changelog"] = {k: record["changes"][k] for k in ("triples_added", "triples_removed")}
            report["changelog"]["graphs"] = len(record["changes"]["graphs"])
            if not quick:
                append_sentence(path, info["edit_line"])
                report["release_1_0_2_cached_seconds"] = timed(work, "release", "1.0.2", "--date", "2026-11-03",
                                                               *common, *release)
                report["build_cached_seconds"] = timed(work, "build", *common)
        finally:
            stop(fake)
        report["release_overhead_seconds"] = round(report["release_1_0_1_clean_seconds"]
                                                   - report["build_clean_seconds"], 2)
        report["release_dir_mb"] = round(sum(p.stat().st_size for p in (work / "releases").rglob("*")
                                             if p.is_file()) / 1e6, 1)
        report["uptime_after"] = uptime()
        return report
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def _cached(work: Path, report: dict, manifest: dict, source: Path, common: list, release: list) -> dict:
    report["build_cached_seconds"] = timed(work, "build", *common)
    report["release_1_0_0_cached_seconds"] = timed(work, "release", "1.0.0", "--date", "2026-11-01", *common, *release)
    doc_id, info = next((d, i) for d, i in sorted(manifest["documents"].items()) if i["edit_line"])
    append_sentence(source / "documents" / f"{doc_id}.txt", info["edit_line"])
    report["release_1_0_1_cached_seconds"] = timed(work, "release", "1.0.1", "--date", "2026-11-02", *common, *release)
    record = json.loads((work / "releases" / "1.0.1" / "manifest.json").read_text())
    report["changelog"] = {k: record["changes"][k] for k in ("triples_added", "triples_removed")}
    report["changelog"]["graphs"] = len(record["changes"]["graphs"])
    report["release_overhead_cached_seconds"] = round(report["release_1_0_1_cached_seconds"]
                                                      - report["build_cached_seconds"], 2)
    report["uptime_after"] = uptime()
    return report


def _edit(source: Path, manifest: dict) -> None:
    """One sentence appended to one turn of the first document that has a turn to edit."""
    doc_id, info = next((d, i) for d, i in sorted(manifest["documents"].items()) if i["edit_line"])
    append_sentence(source / "documents" / f"{doc_id}.txt", info["edit_line"])


def _changelog(work: Path, version: str) -> dict:
    record = json.loads((work / "releases" / version / "manifest.json").read_text())
    log = {k: record["changes"][k] for k in ("triples_added", "triples_removed")}
    log["graphs"] = len(record["changes"]["graphs"])
    return log


def _empty_cache(work: Path) -> float:
    """Empty the build cache, as the first build found it, outside the timing: ``--clean`` on a full
    cache first deletes it, which costs the same in a build and a release (minutes on a busy disk)."""
    started = time.perf_counter()
    shutil.rmtree(work / ".cache" / "ldpub" / "docs", ignore_errors=True)
    return round(time.perf_counter() - started, 2)


def _clean(work: Path, report: dict, manifest: dict, source: Path, common: list, release: list) -> dict:
    report["release_1_0_0_cached_seconds"] = timed(work, "release", "1.0.0", "--date", "2026-11-01", *common, *release)
    _edit(source, manifest)
    report["cache_emptied_seconds"] = [_empty_cache(work)]
    report["uptime_before_release"] = uptime()
    report["release_1_0_1_clean_seconds"] = timed(work, "release", "1.0.1", "--date", "2026-11-02", "--clean",
                                                  *common, *release)
    report["changelog"] = _changelog(work, "1.0.1")
    report["cache_emptied_seconds"].append(_empty_cache(work))
    report["uptime_before_second_build"] = uptime()
    report["build_clean_again_seconds"] = timed(work, "build", "--clean", *common)
    builds = (report["build_clean_seconds"], report["build_clean_again_seconds"])
    rel = report["release_1_0_1_clean_seconds"]
    report["release_overhead_seconds"] = round(rel - sum(builds) / 2, 2)
    report["release_minus_each_build_seconds"] = [round(rel - b, 2) for b in builds]
    report["release_to_build_ratio"] = round(rel / (sum(builds) / 2), 3)
    report["uptime_after"] = uptime()
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--dumps", choices=["plain", "gzip"], default="gzip")
    ap.add_argument("--jobs", type=int)
    ap.add_argument("--keep", type=Path, help="work in DIR and keep it")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--quick", action="store_true", help="the first release from the build cache; no step 4")
    ap.add_argument("--cached", action="store_true", help="releases and build from the full build cache")
    ap.add_argument("--clean", action="store_true",
                    help="the release with an empty cache between two clean builds; the previous release from the cache")
    args = ap.parse_args(argv)
    if args.quick + args.cached + args.clean > 1:
        ap.error("--quick, --cached and --clean are alternatives")
    report = run(args.docs, args.dumps, args.jobs, args.keep, args.quick, args.cached, args.clean)
    print(json.dumps(report, sort_keys=True) if args.json else json.dumps(report, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
