"""Releases: ``ldpub release VERSION``.

A release is a build that is given a version (semantic versioning, for the data: a major release
withdraws an IRI or changes a term's meaning), a date (from the command line or ``[release] date``
in config.toml, never the clock) and its place in the release history, and that is compared with
the release before it. Each release is recorded in ``releases/<version>/`` beside the source folder:
``manifest.json`` (the files, every named graph's place and SHA-256 in ``dataset.nq.gz``, the IRIs
published, the changes), ``dataset.nq.gz`` (what the next release is compared with) and ``CHANGES.md``.

Everything that can be wrong is checked before anything is written: the version must be greater
than the last release's, the previous releases' records complete, the source committed, every IRI
of an earlier release still published or declared retired (``source/retired.toml``), and the
Wikidata links not deleted or merged upstream unless a curator acknowledged it
(``source/drift.toml``). A failed build publishes nothing either.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import requests
from rdflib import Graph

from ld import changes
from ld.changes import Changelog
from ld.config import compressed_only, read_toml
from ld.errors import ConfigError, LinkDrift, NetworkError, ReleaseError
from ld.publish import Pieces
from ld.retired import Retired
from ld.terms import XSD, Triple, literal
from ld.vocab import Iris

SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
RECORD = "manifest.json"
DRIFT_FILE = "drift.toml"
BLOCKING = ("missing", "redirected")  # a link to a deleted or merged item


def version_key(text: str) -> tuple[int, int, int] | None:
    match = SEMVER.fullmatch(text)
    if not match:
        return None
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch)


def _key(version: str) -> tuple[int, int, int]:
    """The key of a version already checked to be a semantic version."""
    key = version_key(version)
    assert key is not None
    return key


def read_history(folder: Path) -> list[dict]:
    """The records of earlier releases, oldest first; each must be complete, and each must name a
    previous release that is there."""
    folder = Path(folder)
    records: list[dict] = []
    if not folder.is_dir():
        return records
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if version_key(sub.name) is None:
            continue
        path = sub / RECORD
        if not path.is_file():
            raise ReleaseError("the manifest of a previous release is missing", path=path,
                               hint="restore it from version control (git checkout -- releases/); "
                                    "a release is compared with the one before it")
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ReleaseError(f"not valid JSON: {exc}", path=path, hint="restore it from version control") from None
        if not (sub / changes.NQ_GZ).is_file():
            raise ReleaseError("the N-Quads of a previous release are missing", path=sub / changes.NQ_GZ,
                               hint="restore it from version control; the next release is compared with it")
        records.append(record)
    records.sort(key=lambda r: _key(r["version"]))
    versions = {r["version"] for r in records}
    for record in records:
        if record.get("previous") and record["previous"] not in versions:
            raise ReleaseError(f"release {record['version']} follows {record['previous']}, whose record is missing",
                               path=folder / record["previous"] / RECORD, hint="restore it from version control")
    return records


def _dirty(paths: list[Path]) -> list[str]:
    """Uncommitted changes under ``paths`` (a source outside git, or without git, cannot be checked)."""
    cwd = paths[0] if paths[0].is_dir() else paths[0].parent
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True)
    except OSError:
        return []
    if top.returncode != 0:
        return []
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "--",
                             *(str(p.resolve()) for p in paths)], cwd=cwd, capture_output=True, text=True)
    return [line[3:] for line in status.stdout.splitlines()]


# ---------------------------------------------------------------- the link drift audit
class _Offline(requests.Session):
    """A session that never connects: the audit then answers from the cache only."""

    def request(self, *args, **kwargs):
        raise requests.ConnectionError("offline: answering from the cache only")


def _acknowledged(source: Path) -> dict[tuple[str, str], str]:
    """``source/drift.toml``: ``[[acknowledged]] qid = "Q…", code = "missing" | "redirected", note = "…"``."""
    path = source / DRIFT_FILE
    if not path.exists():
        return {}
    found = {}
    for row in read_toml(path).get("acknowledged", []):
        qid, code, note = str(row.get("qid", "")), str(row.get("code", "")), str(row.get("note", "")).strip()
        if not re.fullmatch(r"Q[1-9]\d*", qid) or code not in BLOCKING or not note:
            raise ConfigError(f"[[acknowledged]] {row!r} needs qid = \"Q…\", code = \"missing\" or \"redirected\" "
                              "and a note saying why the link stays", path=path)
        found[(qid, code)] = note
    return found


def audit_links(source: Path, *, endpoint: str | None = None, offline: bool = False,
                cache: Path | None = None) -> dict:
    """The Wikidata checks of ``ldpub refresh`` for a release: from the cache (``offline``, the
    default without ``endpoint``) or against ``endpoint``. A link to a deleted or merged item stops
    the release unless acknowledged in ``source/drift.toml``."""
    from ld.register import load_register
    from ld.wikidata import DEFAULT_CACHE, DEFAULT_ENDPOINT
    from ld.wikidata.client import WikidataClient
    from ld.wikidata.refresh import refresh

    register = load_register(source / "entities.toml")
    offline = offline or endpoint is None
    client = WikidataClient(endpoint or DEFAULT_ENDPOINT, cache_dir=cache or Path(DEFAULT_CACHE),
                            retries=0 if offline else 4, sleep=lambda _s: None,
                            session=_Offline() if offline else None)
    try:
        report = refresh(register, client, use_cache=offline)
    except NetworkError as error:
        if not offline:
            raise
        raise ReleaseError("the link drift audit found no cached Wikidata answer for some registered QIDs",
                           path=source / "entities.toml",
                           hint=f"run 'ldpub refresh' (with the same --endpoint) first, or give --endpoint URL "
                                f"to ask Wikidata now ({error.message.splitlines()[0]})") from None
    acknowledged = _acknowledged(source)
    data = report.to_dict()
    data["mode"] = "cache" if offline else "endpoint"
    for finding in data["findings"]:
        note = acknowledged.get((finding["qid"], finding["code"]))
        if note:
            finding["acknowledged"] = note
    blocking = [f for f in data["findings"] if f["code"] in BLOCKING and "acknowledged" not in f]
    if blocking:
        listed = "\n".join(f"  {f['source']}: {f['slug']} ({f['qid']}): {f['code']}: {f['message']}" for f in blocking)
        raise LinkDrift(f"{len(blocking)} link(s) point at Wikidata items that were deleted or merged:\n{listed}",
                        path=source / "entities.toml",
                        hint=f"fix the qid in the register, or acknowledge the link in {source / DRIFT_FILE} "
                             '([[acknowledged]] qid = "Q…", code = "missing", note = "why it stays")')
    data["blocking"] = 0
    return data


# ---------------------------------------------------------------- the release
@dataclass
class Release:
    version: str
    date: str
    folder: Path  # releases/
    history: list[dict]  # earlier releases' records, oldest first
    drift: dict = field(default_factory=dict)
    retired: list[Retired] = field(default_factory=list)
    published: set[str] = field(default_factory=set)  # paths below the base
    hashes: dict[str, str] = field(default_factory=dict)
    changelog: Changelog | None = None
    scratch: Path | None = None
    graphs: dict[str, dict] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    @property
    def previous(self) -> dict | None:
        return self.history[-1] if self.history else None

    # called by the build (ld.pipeline), in this order, before anything is published
    def check_published(self, published: set[str], retired: list[Retired]) -> None:
        """Every IRI of an earlier release is still published, or declared retired; a newly withdrawn
        one needs a major release."""
        self.published, self.retired = published, retired
        declared = {r.path: r for r in retired}
        gone: dict[str, str] = {}
        for record in self.history:
            for path in record.get("resources", []):
                if path not in published and path not in declared:
                    gone.setdefault(path, record["version"])
        if gone:
            listed = ", ".join(f"{p} (release {v})" for p, v in sorted(gone.items())[:10])
            raise ReleaseError(f"{len(gone)} IRI(s) published in an earlier release would answer 404 Not Found: "
                               f"{listed}{' …' if len(gone) > 10 else ''}", path="source/retired.toml",
                               hint="declare each one retired: [[replaced]] iri = \"old path\", by = \"new path\" "
                                    "(a register slug that changed, a merged entry) or [[withdrawn]] with the reason")
        before = set(self.previous.get("withdrawn", [])) if self.previous else set()
        newly = sorted(r.path for r in retired if not r.by and r.path not in before)
        if newly and self.previous and _key(self.version)[0] == _key(self.previous["version"])[0]:
            raise ReleaseError(f"release {self.version} withdraws {', '.join(newly[:5])}: that breaks links, "
                               f"so it must be a major release",
                               hint=f"release {_key(self.previous['version'])[0] + 1}.0.0")

    def compare(self, pieces: list[Pieces], dumps: str, iris: Iris, scratch: Path) -> None:
        self.hashes = changes.member_hashes(pieces, dumps)
        if self.previous is None:
            return
        self.scratch = scratch
        with open(scratch / "added.nq", "wb") as added, open(scratch / "removed.nq", "wb") as removed:
            self.changelog = changes.compare(self.previous["graphs"], self.folder / self.previous["version"] / changes.NQ_GZ,
                                             pieces, dumps, self.hashes, iris.base + "document/", added, removed,
                                             skip={str(iris.graph("dataset"))})

    def describe(self, g: Graph, iris: Iris, config) -> None:
        """The release in the dataset description: its version and date, the release before it, the
        release history, and what changed."""
        from ld.mapping import DCAT, DCTERMS, LDP, PROV, RDF, as_graph, integer

        t: set[Triple] = set()
        ds, this = iris.ox().dataset, _version_iri(iris, self.version)
        history = [*({"version": r["version"], "date": r["date"]} for r in self.history),
                   {"version": self.version, "date": self.date}]
        t.add((ds, DCAT.version, literal(self.version)))
        t.add((ds, DCTERMS.issued, literal(self.date, datatype=XSD.date)))
        t.add((ds, DCAT.hasCurrentVersion, this))
        previous = None
        for entry in history:
            node = _version_iri(iris, entry["version"])
            t.add((ds, DCAT.hasVersion, node))
            t.add((node, RDF.type, PROV.Entity))  # no dcat:Dataset: its distributions are those of its time
            t.add((node, DCAT.isVersionOf, ds))
            t.add((node, DCAT.version, literal(entry["version"])))
            t.add((node, DCTERMS.issued, literal(entry["date"], datatype=XSD.date)))
            if previous is not None:
                t.add((node, DCAT.previousVersion, previous))
                t.add((node, PROV.wasRevisionOf, previous))
            previous = node
        if self.previous is not None:
            t.add((ds, DCAT.previousVersion, _version_iri(iris, self.previous["version"])))
            t.add((ds, PROV.wasRevisionOf, _version_iri(iris, self.previous["version"])))
            log = self.changelog
            assert log is not None  # (compared before it is described)
            changeset = ox.NamedNode(this.value + "#changes")
            t.add((this, LDP.changes, changeset))
            t.add((changeset, RDF.type, LDP.Changeset))
            t.add((changeset, RDF.type, PROV.Activity))
            t.add((changeset, PROV.used, _version_iri(iris, self.previous["version"])))
            t.add((changeset, PROV.generated, this))
            t.add((changeset, LDP.triplesAdded, integer(log.added)))
            t.add((changeset, LDP.triplesRemoved, integer(log.removed)))
            for key in changes.SUMMARY:
                camel = re.sub(r"_(\w)", lambda m: m[1].upper(), key)
                t.add((changeset, LDP[camel], integer(log.summary[key])))
            suffix = ".gz" if compressed_only(config.dumps) else ""
            if not log.empty:
                t.add((changeset, LDP.addedTriples, ox.NamedNode(f"{config.download_base}changes/added.nq{suffix}")))
                t.add((changeset, LDP.removedTriples, ox.NamedNode(f"{config.download_base}changes/removed.nq{suffix}")))
            for number, (name, (added, removed)) in enumerate(sorted(log.graphs.items()), 1):
                change = ox.NamedNode(f"{this.value}#graph-{number}")
                t.add((changeset, LDP.graphChange, change))
                t.add((change, LDP.graph, ox.NamedNode(name)))
                t.add((change, LDP.triplesAdded, integer(added)))
                t.add((change, LDP.triplesRemoved, integer(removed)))
        g += as_graph(t)

    def publish(self, folder: Path, pieces: list[Pieces], dumps: str) -> dict[str, int]:
        """Write CHANGES.md, the changed triples and the link drift audit into the folder being
        published; remember every graph's place in dataset.nq.gz. Returns the files' triple counts."""
        self.graphs = changes.graph_index(pieces, dumps, self.hashes)
        triples = {}
        if self.changelog is not None and not self.changelog.empty:
            (folder / "changes").mkdir()
            compress = compressed_only(dumps)
            assert self.scratch is not None  # (where compare wrote them)
            for kind, count in (("added", self.changelog.added), ("removed", self.changelog.removed)):
                data = (self.scratch / f"{kind}.nq").read_bytes()
                name = f"changes/{kind}.nq" + (".gz" if compress else "")
                (folder / name).write_bytes(gzip.compress(data, mtime=0) if compress else data)
                triples[name] = count
                self.files.append(name)
        text = changes.markdown(self.version, self.date, self.previous, self.changelog, self.files, self.retired)
        (folder / "CHANGES.md").write_text(text, encoding="utf-8")
        (folder / "link-drift.json").write_text(json.dumps(self.drift, indent=2, sort_keys=True, ensure_ascii=False)
                                                + "\n", encoding="utf-8")
        return triples

    def record(self, out: Path, manifest: dict) -> Path:
        """releases/<version>/: the record the next release is compared with (written after the
        build was published; staged, then renamed into place)."""
        target = self.folder / self.version
        staging = self.folder / f".{self.version}.tmp-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        try:
            os.link(out / changes.NQ_GZ, staging / changes.NQ_GZ)
        except OSError:
            shutil.copyfile(out / changes.NQ_GZ, staging / changes.NQ_GZ)
        shutil.copyfile(out / "CHANGES.md", staging / "CHANGES.md")
        record = {
            "version": self.version, "date": self.date,
            "previous": self.previous["version"] if self.previous else None,
            "history": [{"version": r["version"], "date": r["date"]} for r in self.history],
            "resources": sorted(self.published),
            "withdrawn": sorted(r.path for r in self.retired if not r.by),
            "replaced": {r.path: r.by for r in self.retired if r.by},
            "changes": self.changelog.to_dict() if self.changelog is not None else None,
            "link_drift": {k: self.drift.get(k) for k in ("mode", "checked", "warnings", "redirects", "missing")},
            "graphs": self.graphs,
            "files": manifest.get("files", []),
        }
        (staging / RECORD).write_text(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
        staging.rename(target)
        return target


def _version_iri(iris: Iris, version: str) -> ox.NamedNode:
    return ox.NamedNode(f"{iris.dataset}/{version}")


def release_date(source: Path, date: str | None) -> str:
    where = None
    if date is None:
        path = source / "config.toml"
        settings = read_toml(path).get("release", {})
        date, where = settings.get("date") if isinstance(settings, dict) else None, path
        if date is None:
            raise ReleaseError("a release needs its date", path=path,
                               hint="give --date YYYY-MM-DD, or set [release] date = 2026-12-01 in config.toml "
                                    "(the date is never taken from the clock)")
    if isinstance(date, dt.date) and not isinstance(date, dt.datetime):
        return date.isoformat()
    try:
        return dt.date.fromisoformat(str(date)).isoformat()
    except ValueError:
        raise ReleaseError(f"the release date {date!r} is not a date", path=where,
                           hint="write it as YYYY-MM-DD") from None


def prepare(source: Path, version: str, *, date: str | None = None, releases: Path | None = None,
            endpoint: str | None = None, offline: bool = False, cache: Path | None = None) -> Release:
    """Every check that needs no build: version, date, history, working tree, link drift."""
    source = Path(source)
    folder = Path(releases) if releases else source.resolve().parent / "releases"
    if version_key(version) is None:
        raise ReleaseError(f"{version!r} is not a semantic version",
                           hint="write MAJOR.MINOR.PATCH, e.g. 1.0.0 (a major release when an IRI is withdrawn)")
    date = release_date(source, date)
    history = read_history(folder)
    if history:
        last = history[-1]
        if _key(version) <= _key(last["version"]):
            raise ReleaseError(f"version {version} is not greater than the last release, {last['version']}",
                               path=folder / last["version"] / RECORD,
                               hint="give a greater version (MAJOR.MINOR.PATCH, compared number by number)")
        if date < last["date"]:
            raise ReleaseError(f"release date {date} is before the last release's, {last['date']}",
                               hint="give the date of this release with --date")
    dirty = _dirty([source, folder] if folder.exists() else [source])
    if dirty:
        raise ReleaseError(f"the source has uncommitted changes: {', '.join(dirty[:5])}"
                           f"{' …' if len(dirty) > 5 else ''}", path=source,
                           hint="commit them (git commit) so that the release can be rebuilt from its commit")
    drift = audit_links(source, endpoint=endpoint, offline=offline, cache=cache)
    return Release(version, date, folder, history, drift)


def make_release(source: Path, out: Path, version: str, *, date: str | None = None,
                 releases: Path | None = None, endpoint: str | None = None, offline: bool = False,
                 cache: Path | None = None, **build_options):
    """Check, build with the release in the description, publish ``out`` and record the release."""
    from ld.pipeline import build

    release = prepare(source, version, date=date, releases=releases, endpoint=endpoint, offline=offline,
                      cache=cache)
    result = build(Path(source), Path(out), release=release, **build_options)
    release.record(Path(out), result.manifest)
    return result, release

