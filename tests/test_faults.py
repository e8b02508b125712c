"""Fault injection: what users and machines do to a build (damaged caches, dangerous --out folders,
killed builds, two builds at once, full disks, wrong-type input, huge documents, FIFOs). Each fault
must end in a clear error or a correct publication: no traceback, no wrong bytes published with
exit 0, nothing deleted outside dist/, no process left behind. README.md lists the faults covered."""

from __future__ import annotations

import builtins
import csv
import errno
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, SOURCE, run_cli, snapshot
from ld.errors import LdError, OutputError
from ld.pipeline import build


@pytest.fixture(scope="module")
def clean_dist(tmp_path_factory):
    """dist/ of a --clean build of source/: what every recovered build must reproduce byte for byte."""
    out = tmp_path_factory.mktemp("clean") / "dist"
    build(SOURCE, out, jobs=1, cache_dir=tmp_path_factory.mktemp("cache"), clean=True)
    return snapshot(out)


# ------------------------------------------------------------------ 1. the cache is checked, not trusted
def _edit(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] = ord("7") if data[middle] != ord("7") else ord("8")  # one byte, same size
    path.write_bytes(bytes(data))


DAMAGES = {
    "empty": lambda p: p.write_bytes(b""),
    "truncate": lambda p: p.write_bytes(p.read_bytes()[:len(p.read_bytes()) // 2]),
    "edit": _edit,
    "delete": lambda p: p.unlink(),
    "folder": lambda p: (p.unlink(), p.mkdir()),
}
PIECES = ("meta.json", "graph.pieces", "exports.json", "network.json", "rows-*")


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_cache_is_rebuilt_and_reported(tmp_path, clean_dist, piece, damage):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build(SOURCE, out, jobs=1, cache_dir=cache)
    [path] = (cache / "docs" / "300025").glob(f"*/{piece}")
    DAMAGES[damage](path)
    result = build(SOURCE, out, jobs=1, cache_dir=cache)
    assert snapshot(out) == clean_dist
    if (damage, piece) != ("delete", "rows-*"):  # rows are re-rendered when missing: nothing to report
        assert result.repaired and path.name in result.repaired[0], result.repaired
    again = build(SOURCE, out, jobs=1, cache_dir=cache)  # the repaired cache is good again
    assert again.repaired == [] and again.rebuilt == 0 and snapshot(out) == clean_dist


@pytest.mark.parametrize("damage", ["file", "empty-folder"])
def test_a_damaged_cache_folder_is_rebuilt(tmp_path, clean_dist, damage):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build(SOURCE, out, jobs=1, cache_dir=cache)
    document = cache / "docs" / "300025"
    [entry] = document.iterdir()
    shutil.rmtree(entry)
    if damage == "file":
        shutil.rmtree(document)
        document.write_text("not a folder")
    else:
        entry.mkdir()
    result = build(SOURCE, out, jobs=1, cache_dir=cache)
    assert snapshot(out) == clean_dist and result.rebuilt == 1 and result.repaired


def test_the_cli_reports_a_damaged_cache(tmp_path, clean_dist):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    assert run_cli("build", "--out", out, "--cache", cache, "-q").returncode == 0
    [meta] = cache.glob("docs/300025/*/meta.json")
    meta.write_bytes(meta.read_bytes()[:-10])
    result = run_cli("build", "--out", out, "--cache", cache, "-q")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "warning: damaged build cache, rebuilt: " in result.stderr and "meta.json" in result.stderr
    assert snapshot(out) == clean_dist


# ------------------------------------------------------------------ 2. output folders
def _project(tmp_path):
    """A project folder (source/, pyproject.toml, a user's file) to point --out at."""
    project = tmp_path / "project"
    shutil.copytree(SOURCE, project / "source", ignore=shutil.ignore_patterns("reconcile"))
    (project / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    (project / "notes.txt").write_text("my notes\n")
    return project


@pytest.mark.parametrize("out,why", [
    (".", "it is the current folder or holds it"),
    ("..", "it is the current folder or holds it"),
    ("source", "it is the source folder or inside it"),
    ("source/documents", "it is the source folder or inside it"),
    ("work", "it holds the source folder"),
    (".cache/ldpub", "it is the build cache"),
    ("notes.txt", "it is a file"),
    ("mine", "it holds files ldpub did not write"),
])
def test_an_out_folder_that_holds_other_files_is_refused(tmp_path, out, why):
    project = _project(tmp_path)
    (project / "mine").mkdir()
    (project / "mine" / "thesis.odt").write_text("years of work\n")
    cwd, source = project, "source"
    if out == "work":  # the project root, seen from elsewhere
        cwd, source, out = tmp_path, project / "source", project
    before = snapshot(tmp_path)
    result = run_cli("build", "--source", source, "--out", out, cwd=cwd)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert f"refusing to publish into this folder: {why}" in result.stderr and "hint:" in result.stderr
    assert snapshot(tmp_path) == before


def test_a_publication_is_replaced_and_marked(tmp_path, clean_dist):
    project = _project(tmp_path)
    for attempt in range(2):  # the second build replaces the first one's folder: it is marked as ours
        result = run_cli("build", "--out", "dist", "-q", cwd=project)
        assert result.returncode == 0, result.stderr
    assert (project / "dist" / ".ldpub-publication").is_file()
    assert snapshot(project / "dist") == clean_dist
    old = tmp_path / "old-dist"  # a publication of an ldpub before the marker: all files in its manifest
    shutil.copytree(ROOT / "dist", old, ignore=shutil.ignore_patterns(".ldpub-publication"))
    assert run_cli("build", "--source", project / "source", "--out", old, "-q").returncode == 0


def test_staging_copies_of_a_killed_build_are_cleaned(tmp_path, clean_dist):
    out = tmp_path / "dist"
    (tmp_path / ".dist.new-x1y2").mkdir()
    (tmp_path / ".dist.new-x1y2" / "dataset.nq").write_text("half a dump")
    (tmp_path / ".dist.old-4242").mkdir()
    (tmp_path / "keep.txt").write_text("not ours")
    build(SOURCE, out, jobs=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist-ldpub.lock", "dist", "keep.txt"]


def test_a_crash_between_the_two_renames_leaves_the_old_dist(tmp_path, source_copy, clean_dist):
    """Where the kernel cannot exchange two folders, a crash between the two renames leaves dist/ under
    its old-copy name; the next build (even one that fails) puts it back."""
    out = tmp_path / "dist"
    build(SOURCE, out, jobs=1)
    old = snapshot(out)
    out.rename(tmp_path / ".dist.old-4242")
    (source_copy / "documents" / "300025.txt").write_bytes(b"")
    with pytest.raises(LdError):
        build(source_copy, out, jobs=1)
    assert snapshot(out) == old and not (tmp_path / ".dist.old-4242").exists()


def test_the_swap_is_one_exchange_or_two_renames(tmp_path, monkeypatch, clean_dist):
    from ld import publish

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x").write_text("a"), (b / "x").write_text("b")
    if publish._exchange(a, b):  # renameat2 (Linux 3.15+, glibc 2.28+): one atomic step
        assert (a / "x").read_text() == "b" and (b / "x").read_text() == "a"
    out = tmp_path / "dist"
    build(SOURCE, out, jobs=1)
    monkeypatch.setattr(publish, "_exchange", lambda *paths: False)
    build(SOURCE, out, jobs=1)
    assert snapshot(out) == clean_dist
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist-ldpub.lock", "a", "b", "dist"]


# ------------------------------------------------------------------ 3. one build at a time
def test_a_second_build_into_the_same_folder_is_refused(tmp_path):
    from ld.publish import locked

    out = tmp_path / "dist"
    with locked(out, "the output folder"):
        result = run_cli("build", "--out", out, "--cache", tmp_path / "cache")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"another build is using the output folder {out} (it holds .dist-ldpub.lock)" in result.stderr
    assert "wait until that build ends" in result.stderr and not out.exists()


def test_builds_at_once_never_crash(tmp_path, clean_dist):
    out, cache = tmp_path / "dist", tmp_path / "cache"
    runs = [subprocess.Popen([sys.executable, "-m", "ld", "build", "--out", out, "--cache", cache, "-q", "-j", "1"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    for code, stderr in results:
        assert (code, stderr) == (0, "") or (code == 2 and "another build is using" in stderr), stderr
    assert any(code == 0 for code, _ in results)
    assert snapshot(out) == clean_dist


# ------------------------------------------------------------------ 4. processes end with the build
def _group(pgid: int) -> list[int]:
    """Live processes of a process group (zombies excluded), read from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            stat = open(f"/proc/{entry}/stat").read() if entry.isdigit() else ""
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split() if stat else []
        if fields and int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry))
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Eight documents, so that a build runs worker processes and a dump writer; and its clean dist/."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SOURCE, folder / "source", ignore=shutil.ignore_patterns("reconcile"))
    for n in range(1, 8):
        shutil.copy(SOURCE / "documents" / "300025.txt", folder / "source" / "documents" / f"30010{n}.txt")
    build(folder / "source", folder / "clean", jobs=2, cache_dir=folder / "cache", clean=True)
    return folder / "source", snapshot(folder / "clean")


@pytest.mark.parametrize("trial", range(6))
def test_a_killed_build_leaves_no_process_and_the_next_build_is_clean(tmp_path, corpus, trial):
    source, clean = corpus
    rng = random.Random(trial)
    kind = (signal.SIGKILL, signal.SIGTERM)[trial % 2]
    out, cache = tmp_path / "dist", tmp_path / "cache"
    command = [sys.executable, "-m", "ld", "build", "--source", source, "--out", out, "--cache", cache, "-j", "2", "-q"]
    if trial >= 2:  # a publication and a cache from an earlier build, to be replaced
        assert subprocess.run(command, cwd=ROOT, capture_output=True).returncode == 0
        shutil.rmtree(cache / "docs" / "300102")
    run = subprocess.Popen([*command, "--clean"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           start_new_session=True)  # its own process group: the test finds all its processes
    time.sleep(rng.uniform(0.3, 4.0))
    run.send_signal(kind)
    _, stderr = run.communicate(timeout=30)  # a process left holding the pipes would hang this
    assert b"Traceback" not in stderr
    deadline = time.monotonic() + 5
    while _group(run.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _group(run.pid) == [], f"processes of the build left after {kind!r}"
    assert not list(tmp_path.glob(".dist.new-*")) or run.returncode == -9  # SIGTERM cleans up itself
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
    assert snapshot(out) == clean
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist-ldpub.lock", "cache", "dist"]


# ------------------------------------------------------------------ 5. disk full and other OS errors
class _FullDisk:
    """A file whose writes find the disk full once ``budget`` bytes are written (to all such files)."""

    def __init__(self, file, budget: list[int]):
        self.file, self.budget = file, budget

    def write(self, data):
        self.budget[0] -= len(data)
        if self.budget[0] < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as the kernel says it: no file name
        return self.file.write(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.file.close()

    def __getattr__(self, name):
        return getattr(self.file, name)


def _fill_disk(monkeypatch, where: str, budget: int) -> None:
    """Injected at the write layer (every open() of the build and its forked dump writer), for the
    files whose path contains ``where``."""
    real, left = io.open, [budget]

    def full_open(file, mode="r", *args, **kwargs):
        handle = real(file, mode, *args, **kwargs)
        return _FullDisk(handle, left) if where in str(file) and set(mode) & set("wax") else handle
    monkeypatch.setattr(io, "open", full_open)
    monkeypatch.setattr(builtins, "open", full_open)


@pytest.mark.parametrize("where,budget", [
    (".dist.new-", 0), (".dist.new-", 20_000), (".dist.new-", 400_000), (".dist.new-", 1_500_000),
    ("cache", 0), ("cache", 100_000)])
def test_a_full_disk_is_a_clear_error_and_dist_is_intact(tmp_path, monkeypatch, clean_dist, where, budget):
    out, cache = tmp_path / "dist", tmp_path / "cache"
    build(SOURCE, out, jobs=1, cache_dir=tmp_path / "first-cache")
    before = snapshot(out)
    _fill_disk(monkeypatch, where, budget)
    with pytest.raises(OutputError) as raised:
        build(SOURCE, out, jobs=1, cache_dir=cache)
    error = raised.value
    assert error.exit_code == 2 and error.message == "No space left on device"
    assert error.path in ((str(out),) if where != "cache" else (str(cache / "docs"),)), error.path
    assert "the disk is full" in error.hint and f"{out} is unchanged" in error.hint
    monkeypatch.undo()
    assert snapshot(out) == before == clean_dist
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist-ldpub.lock",
                                                          "cache", "dist", "first-cache"]
    build(SOURCE, out, jobs=1, cache_dir=cache)  # space again: the next build is whole
    assert snapshot(out) == clean_dist


AS_ROOT = [] if os.geteuid() == 0 else ["sudo", "-n"]  # as .ci/install-test-tools: root, or sudo


def _mount_tmpfs(folder, size: str) -> None:
    folder.mkdir()
    done = subprocess.run([*AS_ROOT, "mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder],
                          capture_output=True, text=True)
    assert done.returncode == 0, (f"this test mounts a {size} tmpfs, which needs root (or sudo), as the "
                                  f"README's test command does: {done.stderr.strip()}")


def test_a_real_full_disk(tmp_path, clean_dist):
    """The same on a real small file system (a tmpfs, mounted as root as CI runs); the injected
    fault above runs the same checks without one."""
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "5m")  # (dist/ is about 3.3 MB)
    try:
        out = disk / "dist"
        assert run_cli("build", "--out", out, "--cache", tmp_path / "cache", "-q").returncode == 0
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"\0" * max(0, free - 200_000))
        result = run_cli("build", "--out", out, "--cache", tmp_path / "cache", "--clean")
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert f"error: {out}: No space left on device" in result.stderr and "the disk is full" in result.stderr
        assert snapshot(out) == clean_dist
        assert sorted(p.name for p in disk.iterdir()) == [".dist-ldpub.lock", "dist", "filler"]
    finally:
        subprocess.run([*AS_ROOT, "umount", disk])


# ------------------------------------------------------------------ 6. typed input
SIDECAR = "300025.toml"
ENTITIES = (SOURCE / "entities.toml").read_text(encoding="utf-8").count("\n[[entity]]\n")  # an added one's number - 1
WRONG_TYPES = [  # (file, text appended or replaced, the key named in the error)
    ("config.toml", ('title = "Conversations', 'title = 3 #'), "[dataset] title must be a string, not a number"),
    ("config.toml", ('title = "Conversations', 'title = {a = 1} #'), "[dataset] title must be a string, not a table"),
    ("config.toml", ('base = "https://w3id.org/ldpub/"', 'base = ["https://w3id.org/ldpub/"]'),
     "[dataset] base must be a string, not a list"),
    ("config.toml", ('license = "https', 'license = 4 #'), "[dataset] license must be a string"),
    ("config.toml", ('', '\n[publish]\ndumps = true\n'), "[publish] dumps must be a string, not true/false"),
    ("config.toml", ('[dataset]', 'publish = "gzip"\n[dataset]'), "[publish] must be a table, not a string"),
    ("config.toml", ('[dataset]', 'dataset = 1\n[x]'), "[dataset] must be a table, not a number"),
    ("entities.toml", ('version = ', 'version = [1] #'), "[register] version must be a string or a number"),
    ("entities.toml", ('slug = "mao-zedong"', 'slug = 7'), "[[entity]] #1 slug must be a string"),
    ("entities.toml", ('type = "Person"', 'type = {a = 1}'), "[[entity]] #1 type must be a string, not a table"),
    ("entities.toml", ('name = { en = "Mao Zedong"', 'name = { en = 5'), "[[entity]] #1 name.en must be a string"),
    ("entities.toml", ('aliases = [', 'aliases = 3 #['), "[[entity]] #1 aliases must be a list of strings"),
    ("entities.toml", ('aliases = [', 'aliases = [3, '), "[[entity]] #1 aliases must be a list of strings, but item 1"),
    ("entities.toml", ('qid = "Q5816"', 'qid = 5816'), "[[entity]] #1 qid must be a string"),
    ("entities.toml", ('evidence = "', 'evidence = 1 #'), "[[entity]] #1 evidence must be a string"),
    ("entities.toml", ('', '\n[[entity]]\nslug = "x"\ntype = "Place"\nname = {en = "X"}\nlat = "1"\nlong = 2\n'),
     f"[[entity]] #{ENTITIES + 1} lat must be a number, not a string"),
    ("entities.toml", ('', '\n[[entity]]\nslug = "x"\ntype = "Place"\nname = {en = "X"}\nlat = true\nlong = 2\n'),
     f"[[entity]] #{ENTITIES + 1} lat must be a number, not true/false"),
    ("entities.toml", ('surface = "', 'surface = 1 #'), "[[rule]] #1 surface must be a string"),
    ("entities.toml", ('[register]\nversion = ', 'register = '), "[register] must be a table, not a string"),
    (SIDECAR, ('', '\n[document]\ntitle = {a = 1}\n'), "[document] title must be a string, not a table"),
    (SIDECAR, ('', '\n[document]\ndate = 1964-10-09T10:00:00\n'), "[document] date must be a date"),
    (SIDECAR, ('', '\n[document]\nsummary = ["a"]\n'), "[document] summary must be a string, not a list"),
    (SIDECAR, ('', '\n[speakers]\nChairman = ["mao-zedong"]\n'), "[speakers] Chairman must be a string, not a list"),
    (SIDECAR, ('[[mention]]', 'speakers = "mao-zedong"\n[[mention]]'), "[speakers] must be a table of strings, not a string"),
    (SIDECAR, ('', '\n[layout]\nextra_titles = "Genosse"\n'), "[layout] extra_titles must be a list of strings"),
    (SIDECAR, ('', '\n[layout]\nreported_speech = "yes"\n'), '[layout] reported_speech must be true, false or "auto"'),
    (SIDECAR, ('confidence = 0.5', 'confidence = "0.5"'), "[[mention]] #1 confidence must be a number, not a string"),
    (SIDECAR, ('uncertain = true', 'uncertain = 1'), "[[mention]] #1 uncertain must be true or false"),
    (SIDECAR, ('quote = "Kubinsky"', 'quote = "Kubinsky"\noccurrence = "1"'), "[[mention]] #1 occurrence must be an integer"),
    (SIDECAR, ('quote = "Kubinsky"', 'quote = ["Kubinsky"]'), "[[mention]] #1 quote must be a string, not a list"),
]


def _break(source, name, change):
    path = source / (f"documents/{name}" if name == SIDECAR else name)
    old, new = change
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1) if old else text + new)
    return path, (text.replace(old, new, 1) if old else text + new)


@pytest.mark.parametrize("name,change,message", WRONG_TYPES, ids=[m for *_, m in WRONG_TYPES])
def test_a_wrong_type_names_file_line_and_key(source_copy, tmp_path, name, change, message):
    path, text = _break(source_copy, name, change)
    with pytest.raises(LdError) as raised:
        build(source_copy, tmp_path / "dist", jobs=1)
    error = raised.value
    assert error.exit_code == 2 and message in error.message, str(error)
    assert error.path == str(path) and error.line, str(error)
    key = message.split(" must ")[0].split()[-1].split(".")[0]  # the key's own line, or its table's
    assert key.strip("[]") in text.splitlines()[error.line - 1], (error.line, text.splitlines()[error.line - 1])


def test_every_bad_sidecar_of_a_corpus_is_reported_together(source_copy, tmp_path):
    documents = source_copy / "documents"
    for n in range(40):
        shutil.copy(documents / "300025.txt", documents / f"4000{n:02d}.txt")
    (documents / "400007.toml").write_text('[document]\ntitle = {a = 1}\n')
    (documents / "400021.toml").write_text('[[mention]]\nquote = "Mao"\noccurrence = "2"\n')
    (documents / "400033.toml").write_text('[speakers\n')
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist", "--cache", tmp_path / "cache")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "400007.toml:2: [document] title must be a string, not a table ({'a': 1})" in result.stderr
    assert "400021.toml:3: [[mention]] #1 occurrence must be an integer, not a string ('2')" in result.stderr
    assert "400033.toml:1: not valid TOML" in result.stderr
    assert "3 document(s) could not be published" in result.stderr and not (tmp_path / "dist").exists()


@pytest.mark.parametrize("name,change,message", [
    ("entities.toml", ('qid = "Q5816"', 'qid = "Q17427"'), "have the same QID Q17427"),
    (SIDECAR, ('quote = "Kubinsky"', 'quote = "Kubinski"'),
     "[[mention]] quote 'Kubinski' (occurrence 1) matches nothing in any segment of the document"),
    (SIDECAR, ('quote = "Kubinsky"', 'quote = "Kubinsky"\noccurrence = 2'), "(occurrence 2) matches nothing"),
    (SIDECAR, ('quote = "Kubinsky"', 'quote = "Kubinsky"\nsegment = 1'), "matches nothing in segment 1"),
    (SIDECAR, ('quote = "Kubinsky"', 'quote = "Kubinsky"\noccurrence = 0'), "occurrence 0 is out of range"),
    (SIDECAR, ('confidence = 0.5', 'confidence = 5'), "confidence 5 is out of range"),
    ("config.toml", ('base = "https://w3id.org/ldpub/"', 'base = "http://"'), "base 'http://' must be an absolute"),
    ("config.toml", ('base = "https://w3id.org/ldpub/"', 'base = "https://w3id.org/ldpub"'), "ending in '/'"),
    ("config.toml", ('base = "https://w3id.org/ldpub/"', 'base = "ftp://w3id.org/ldpub/"'), "http(s) IRI"),
    ("config.toml", ('base = "https://w3id.org/ldpub/"', 'base = "https://w3id.org/a b/"'), "http(s) IRI"),
])
def test_curation_mistakes_are_errors(source_copy, tmp_path, name, change, message):
    path, _ = _break(source_copy, name, change)
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist", "--cache", tmp_path / "cache")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert message in result.stderr and f"{path.name}:" in result.stderr, result.stderr
    assert not (tmp_path / "dist").exists()


# ------------------------------------------------------------------ 7. size: linear, or refused
HEAD = "October 9, 1964\n\nA title\n\nCitation:\n\nSomething.\n\nSummary:\n\nA summary.\n\nContents:\n\n"
SENTENCE = "We met Zhou Enlai in Beijing and spoke of Albania, the Soviet Union and Khrushchev. "


def _one_document(source, text: str):
    for old in (source / "documents").glob("*"):
        old.unlink()
    (source / "documents" / "900.txt").write_text(text)


def test_a_document_over_the_size_limit_is_refused(source_copy, tmp_path):
    from ld.pipeline import MAX_DOCUMENT_BYTES

    paragraphs = "\n\n".join(["Comrade Mao Zedong: " + SENTENCE * 20] * (MAX_DOCUMENT_BYTES // 1700 + 1))
    _one_document(source_copy, HEAD + paragraphs + "\n")
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist", "--cache", tmp_path / "cache")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"900.txt: the document has {(source_copy / 'documents' / '900.txt').stat().st_size:,} bytes, more " \
           f"than the limit of {MAX_DOCUMENT_BYTES:,}" in result.stderr and "hint: split it" in result.stderr


def test_a_paragraph_over_the_size_limit_is_refused(source_copy, tmp_path):
    from ld.pipeline import MAX_TEXT_CHARS

    _one_document(source_copy, HEAD + "Comrade Mao Zedong: " + SENTENCE * (MAX_TEXT_CHARS // len(SENTENCE) + 1) + "\n")
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist", "--cache", tmp_path / "cache")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "900.txt:15: a paragraph of " in result.stderr and f"more than the limit of {MAX_TEXT_CHARS:,}" in result.stderr


def _seconds(function, *args) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - started)
    return best


def test_the_names_no_mention_covers_are_found_in_linear_time():
    """The step that made a 2 MB paragraph take minutes: every capitalised name was tested against
    every mention. Four times the text must take about four times as long, not sixteen."""
    from ld.mentions import unmatched_names
    from ld.register import load_register

    finder = load_register(SOURCE / "entities.toml").finder()
    small, large = SENTENCE * 250, SENTENCE * 1000
    found = {text: finder.find(text) for text in (small, large)}
    assert unmatched_names(small, found[small]) == []  # every name is a mention: each is looked up
    ratio = _seconds(unmatched_names, large, found[large]) / _seconds(unmatched_names, small, found[small])
    assert ratio < 8, f"4 times the text took {ratio:.1f} times as long"


def test_a_long_first_paragraph_over_many_turns_is_read_in_linear_time():
    """Two steps once made a page of many turns quadratic: the search for a document site's preview of the record
    above its full text ran for every paragraph (5,000 turns under a long first paragraph: 5.8 s, then 1.2 s), and
    the question whether a name takes part re-read every turn's speaker at each turn (3,200 turns: 2.6 s, now 0.2 s).
    Four times the turns must take about four times as long, not sixteen."""
    from ld.parse import Parser

    def page(turns: int) -> str:
        first = " ".join(f"MAO: word{i} said this long sentence here." for i in range(400))[:19_000]
        return "\n\n".join([HEAD + first, *(f"Comrade Mao Zedong: word{i} said this long sentence here and more "
                                              "words to reach the length of an opening." for i in range(turns))]) + "\n"

    small, large = page(400), page(1600)
    ratio = _seconds(Parser().parse_text, large) / _seconds(Parser().parse_text, small)
    assert ratio < 8, f"4 times the turns took {ratio:.1f} times as long"


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12), st.integers(-1, 90))
def test_the_covered_positions_are_those_of_the_spans(spans, position):
    from ld.mentions import _within

    spans = [(start, start + length) for start, length in spans]
    assert _within(sorted(spans))(position) == any(s <= position < e for s, e in spans)


# ------------------------------------------------------------------ 8. exports safe in a spreadsheet
FORMULAS = ['=HYPERLINK("http://127.0.0.1/x","click")', "+1+1", "-2+3 said so", "@SUM(A1:A2)"]


def test_exports_are_safe_in_a_spreadsheet_and_the_rdf_is_exact(source_copy, tmp_path):
    turns = "\n\n".join(f"Comrade Mao Zedong: {text}" for text in FORMULAS)
    _one_document(source_copy, HEAD + turns + "\n\nComrade Zhou Enlai: -12\n")
    out = tmp_path / "dist"
    build(source_copy, out, jobs=1, cache_dir=tmp_path / "cache")
    with open(out / "exports" / "turns.csv", newline="", encoding="utf-8") as table:
        texts = [row["text"] for row in csv.DictReader(table)]
    assert texts == ["'" + text for text in FORMULAS] + ["-12"]  # a number stays a number
    import pyoxigraph as ox

    text = ox.NamedNode("http://schema.org/text")
    published = {q.object.value for q in ox.parse(path=out / "dataset.nt", format=ox.RdfFormat.N_TRIPLES)
                 if q.predicate == text}
    assert set(FORMULAS) <= published  # the RDF keeps the text exact


def test_every_dangerous_first_character_is_escaped():
    from ld.export import spreadsheet_safe

    cells = ["=1", "+1x", "-x", "@x", "\tx", "\rx", "-1.5", "+3", "1e5", "x=1", ""]
    assert [spreadsheet_safe(c) for c in cells] == \
        ["'=1", "'+1x", "'-x", "'@x", "'\tx", "'\rx", "-1.5", "+3", "1e5", "x=1", ""]


# ------------------------------------------------------------------ 9. files that are not files
@pytest.mark.parametrize("name,make,message", [
    ("documents/fifo.txt", os.mkfifo, "documents/fifo.txt: not a regular file (a folder, FIFO, socket or device)"),
    ("documents/300025.toml", os.mkfifo, "documents/300025.toml: not a regular file"),
    ("config.toml", os.mkfifo, "config.toml: not a regular file"),
    ("entities.toml", os.mkfifo, "entities.toml: not a regular file"),
    ("documents/folder.txt", os.mkdir, "documents/folder.txt: not a regular file"),
    ("documents/gone.txt", lambda path: os.symlink("nowhere.txt", path), "documents/gone.txt: cannot read"),
])
def test_a_fifo_or_other_non_file_is_refused_not_waited_for(source_copy, tmp_path, name, make, message):
    path = source_copy / name
    if path.exists():
        path.unlink()
    make(path)
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist", "--cache", tmp_path / "cache")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert message in result.stderr, result.stderr


def test_a_sigterm_during_the_swap_waits_until_the_old_publication_is_removed(tmp_path, monkeypatch):
    """The signal comes while the old publication is being removed: it is handled after that, so no
    half-removed folder is left, and the new publication is in place."""
    from ld import publish
    from ld.errors import Terminated, terminate

    target = tmp_path / "dist"
    target.mkdir()
    (target / "old.txt").write_text("old")
    removing = publish.shutil.rmtree

    def rmtree_after_a_sigterm(path, *args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)  # handled by `terminate` before the next bytecode
        removing(path, *args, **kwargs)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        monkeypatch.setattr(publish.shutil, "rmtree", rmtree_after_a_sigterm)
        with pytest.raises(Terminated):
            with publish.atomic_folder(target) as staging:
                (staging / "new.txt").write_text("new")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]
    assert (target / "new.txt").read_text() == "new" and not (target / "old.txt").exists()


def test_a_sigterm_while_the_workers_are_forked_stops_the_build_without_a_lost_exception():
    """A SIGTERM that lands while the pool forks its workers runs the handler inside the fork's hooks, where
    an exception is printed as ignored and lost: the pool defers it to the end of the forks."""
    script = (
        "import os, signal, sys\n"
        "from ld import workers\n"
        "from ld.errors import Terminated, terminate\n"
        "signal.signal(signal.SIGTERM, terminate)\n"
        "os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGTERM))\n"
        "try:\n"
        "    with workers.pool(1) as pool:\n"
        "        print('went on')\n"
        "except Terminated:\n"
        "    print('terminated')\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "terminated", (done.stdout, done.stderr)
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
