"""ldpub release: versions, the release history, the changelog between releases, and what a
release refuses (a version not greater than the last, uncommitted source, a failed build, a
missing previous record). Every release here audits its Wikidata links against the local fake
Wikidata server, filled with the register's own QIDs."""

import gzip
import hashlib
import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest

from conftest import SOURCE, run_cli, snapshot
from fake_wikidata import FakeWikidata, item, start, stop
from ld.register import load_register

DCAT = "http://www.w3.org/ns/dcat#"
PROV = "http://www.w3.org/ns/prov#"
LDP = "https://w3id.org/ldpub/ns#"
BASE = "https://w3id.org/ldpub/"
TURN_EDIT = ("Comrade Mao Zedong: We should unite.", "Comrade Mao Zedong: We must unite.")


def register_wikidata(source) -> FakeWikidata:
    """A fake Wikidata that knows every QID of the register, current and of the recorded class."""
    fake = FakeWikidata(redirects={}, deleted=set())
    for entity in load_register(source / "entities.toml").entities.values():
        if entity.qid:
            labels = {lang.lower(): name for lang, name in entity.names}
            kind = "Q5" if entity.type == "Person" else (entity.wikidata_class or "Q35120")
            fake.items[entity.qid] = item(entity.qid, labels, p31=(kind,),
                                          coords=(entity.lat, entity.long) if entity.lat is not None else None)
    return start(fake)


@pytest.fixture
def wiki():
    fake = register_wikidata(SOURCE)
    yield fake
    stop(fake)


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(repo), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def repo(tmp_path):
    """A git repository holding a copy of source/, committed."""
    root = tmp_path / "repo"
    shutil.copytree(SOURCE, root / "source", ignore=shutil.ignore_patterns("reconcile"))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "source")
    return root


def release(repo, wiki, version, *extra, commit=True):
    done = run_cli("release", version, "--source", "source", "--out", "dist", "--endpoint", wiki.api_url,
                   "--wikidata-cache", repo.parent / "wikidata-cache", "-j", "1", *extra, cwd=repo)
    if done.returncode == 0 and commit:  # the release record is kept in the repository
        git(repo, "add", "-A", "releases")
        git(repo, "commit", "-q", "-m", f"release {version}")
    return done


def edit(repo, path, old, new, message="edit"):
    target = repo / "source" / path
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    git(repo, "commit", "-q", "-am", message)


def description(dist) -> ox.Store:
    store = ox.Store()
    store.load(path=str(dist / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def objects(store, subject, predicate) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None, None)}


def quads(path) -> list:
    return list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def test_a_release_and_an_unchanged_one_after_it(repo, wiki):
    first = release(repo, wiki, "1.0.0", "--date", "2026-11-02")
    assert first.returncode == 0, first.stderr
    dist = repo / "dist"
    assert "The first release" in (dist / "CHANGES.md").read_text()
    assert (repo / ".cache" / "ldpub" / "docs").is_dir()  # the build cache it shares with ldpub build
    store = description(dist)
    assert objects(store, BASE + "dataset", DCAT + "version") == {"1.0.0"}
    assert objects(store, BASE + "dataset", "http://purl.org/dc/terms/issued") == {"2026-11-02"}
    record = json.loads((repo / "releases" / "1.0.0" / "manifest.json").read_text())
    assert record["version"] == "1.0.0" and record["previous"] is None
    assert "document/300025" in record["resources"] and "person/mao-zedong" in record["resources"]
    # the record says where each graph is in the kept N-Quads: read one back from its offset
    graph = record["graphs"][BASE + "document/300025"]
    with open(repo / "releases" / "1.0.0" / "dataset.nq.gz", "rb") as f:
        f.seek(graph["offset"])
        lines = gzip.decompress(f.read(graph["bytes"])).splitlines()
    assert len(lines) == graph["triples"] and all(line.endswith(b"<" + BASE.encode() + b"document/300025> .")
                                                  for line in lines)

    # the date can come from config.toml
    config = repo / "source" / "config.toml"
    config.write_text(config.read_text() + '\n[release]\ndate = "2026-12-01"\n')
    git(repo, "commit", "-q", "-am", "release date")
    second = release(repo, wiki, "1.0.1")
    assert second.returncode == 0, second.stderr
    text = (dist / "CHANGES.md").read_text()
    assert "Compared with release 1.0.0 (2026-11-02)" in text and "Nothing changed" in text
    assert not (dist / "changes").exists()
    record = json.loads((repo / "releases" / "1.0.1" / "manifest.json").read_text())
    assert record["changes"]["triples_added"] == record["changes"]["triples_removed"] == 0
    assert record["changes"]["graphs"] == {}
    store = description(dist)
    ds, v1, v2 = BASE + "dataset", BASE + "dataset/1.0.0", BASE + "dataset/1.0.1"
    assert objects(store, ds, DCAT + "version") == {"1.0.1"}
    assert objects(store, ds, DCAT + "previousVersion") == objects(store, ds, PROV + "wasRevisionOf") == {v1}
    assert objects(store, ds, DCAT + "hasVersion") == {v1, v2}
    assert objects(store, v2, DCAT + "previousVersion") == {v1}
    assert objects(store, v1, "http://purl.org/dc/terms/issued") == {"2026-11-02"}
    changeset = v2 + "#changes"
    assert objects(store, v2, LDP + "changes") == {changeset}
    assert objects(store, changeset, LDP + "triplesAdded") == objects(store, changeset, LDP + "triplesRemoved") == {"0"}
    manifest = json.loads((dist / "manifest.json").read_text())
    assert {"CHANGES.md", "link-drift.json"} <= {f["path"] for f in manifest["files"]}
    drift = json.loads((dist / "link-drift.json").read_text())
    assert drift["mode"] == "endpoint" and drift["checked"] > 0 and drift["warnings"] == 0


def released_quads(repo, version) -> set:
    with gzip.open(repo / "releases" / version / "dataset.nq.gz") as f:
        return set(ox.parse(f, format=ox.RdfFormat.N_QUADS))


def source_sha256(repo) -> str:
    return hashlib.sha256((repo / "source" / "documents" / "300025.txt").read_bytes()).hexdigest()


def test_one_edited_turn_gives_exactly_that_turns_triples(repo, wiki):
    assert release(repo, wiki, "1.0.0", "--date", "2026-11-02").returncode == 0
    old_sha = source_sha256(repo)
    edit(repo, "documents/300025.txt", *TURN_EDIT)
    done = release(repo, wiki, "1.1.0", "--date", "2026-12-01")
    assert done.returncode == 0, done.stderr
    dist = repo / "dist"
    added, removed = quads(dist / "changes" / "added.nq"), quads(dist / "changes" / "removed.nq")
    doc = ox.NamedNode(BASE + "document/300025")
    turn = next(q.subject for q in removed if q.predicate.value == "http://schema.org/text")
    assert turn.value.startswith(doc.value + "#seg-")
    text, checksum = ox.NamedNode("http://schema.org/text"), ox.NamedNode(LDP + "sourceSha256")
    generation = ox.NamedNode(doc.value + "#generation")

    def expect(words, sha):  # the turn's text, and the checksum of the source file its graph was made from
        return {ox.Quad(turn, text, ox.Literal(words, language="en"), doc),
                ox.Quad(generation, checksum, ox.Literal(sha), doc)}

    assert set(removed) == expect("We should unite.", old_sha) and len(removed) == 2
    assert set(added) == expect("We must unite.", source_sha256(repo)) and len(added) == 2
    record = json.loads((repo / "releases" / "1.1.0" / "manifest.json").read_text())
    assert record["changes"]["graphs"] == {doc.value: {"added": 2, "removed": 2}}
    summary = record["changes"]["summary"]
    assert summary["turns_edited"] == summary["sources_changed"] == 1
    assert not any(v for k, v in summary.items() if k not in ("turns_edited", "sources_changed"))
    manifest = {f["path"]: f for f in json.loads((dist / "manifest.json").read_text())["files"]}
    assert manifest["changes/added.nq"]["triples"] == 2 and manifest["changes/removed.nq"]["triples"] == 2
    text = (dist / "CHANGES.md").read_text()
    assert f"| <{doc.value}> | 2 | 2 |" in text and "`changes/added.nq`" in text
    assert "| turns and stage directions whose text was edited | 1 |" in text
    assert "| documents whose source file changed (`ldp:sourceSha256`) | 1 |" in text
    changeset = description(dist)
    node = BASE + "dataset/1.1.0#changes"
    assert objects(changeset, node, LDP + "turnsEdited") == objects(changeset, node, LDP + "sourcesChanged") == {"1"}


def test_the_changelog_is_a_complete_patch(repo, wiki):
    """The previous release's quads, less the removed, plus the added, are the new release's (the
    dataset description, which names its release, apart); here for a turn that carries a mention,
    whose annotation is anchored on the turn's text by its SHA-256."""
    assert release(repo, wiki, "1.0.0", "--date", "2026-11-02").returncode == 0
    line = ("<u>Comrade Beqir Balluku</u>: Khrushchev has declared that he will hold such a meeting and we think "
            "he will actually do it.")
    edit(repo, "documents/300025.txt", line, line + " He will fail.")
    assert release(repo, wiki, "1.1.0", "--date", "2026-12-01").returncode == 0
    described = BASE + "graph/dataset"
    old, new = ({q for q in released_quads(repo, v) if q.graph_name.value != described} for v in ("1.0.0", "1.1.0"))
    added, removed = set(quads(repo / "dist" / "changes" / "added.nq")), set(quads(repo / "dist" / "changes" / "removed.nq"))
    assert removed <= old and not added & old
    assert (old - removed) | added == new
    # what changed: the turn's text, the SHA-256 of that text on the mention's target, the source's checksum
    doc = BASE + "document/300025"
    turn = next(q.subject.value for q in removed if q.predicate.value == "http://schema.org/text")
    targets = {q.subject.value for q in new if q.predicate.value == "http://www.w3.org/ns/oa#hasSource"
               and q.object.value == turn}
    assert targets
    changed = {(q.subject.value, q.predicate.value) for q in added}
    assert changed == {(q.subject.value, q.predicate.value) for q in removed}
    assert changed == {(turn, "http://schema.org/text"), (doc + "#generation", LDP + "sourceSha256"),
                       *((t, LDP + "textSha256") for t in targets)}
    assert next(q.object.value for q in added if q.subject.value == turn).endswith("actually do it. He will fail.")


def test_the_summary_says_what_the_changes_mean(repo, wiki):
    assert release(repo, wiki, "1.0.0", "--date", "2026-11-02").returncode == 0
    documents = repo / "source" / "documents"
    shutil.copyfile(documents / "300025.txt", documents / "900001.txt")  # a document added
    register = repo / "source" / "entities.toml"
    text = register.read_text()
    qid = next(e.qid for e in load_register(register).entities.values() if e.slug == "nikita-khrushchev")
    register.write_text(text.replace(f'qid = "{qid}"\n', "", 1))  # a link dropped
    sidecar = documents / "300025.toml"  # a turn re-attributed, a mention removed
    sidecar.write_text(sidecar.read_text().replace('entity = "tuvan-assr"', 'entity = ""') +
                       '\n[speakers]\n"Comrade Mao Zedong" = "zhou-enlai"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "changes")
    done = release(repo, wiki, "1.1.0", "--date", "2026-12-01")
    assert done.returncode == 0, done.stderr
    summary = json.loads((repo / "releases" / "1.1.0" / "manifest.json").read_text())["changes"]["summary"]
    assert summary["documents_added"] == 1 and summary["documents_withdrawn"] == 0
    assert summary["links_dropped"] == 1 and summary["links_added"] == summary["links_changed"] == 0
    assert summary["mentions_removed"] == 1 and summary["mentions_added"] == 0
    labelled = [q for q in ox.parse(gzip.open(repo / "releases" / "1.0.0" / "dataset.nq.gz"), format=ox.RdfFormat.N_QUADS)
                if q.predicate.value == LDP + "speakerLabel" and q.object.value == "Comrade Mao Zedong"]
    assert summary["turns_reattributed"] == len(labelled) > 0
    text = (repo / "dist" / "CHANGES.md").read_text()
    assert "| documents added | 1 |" in text and "| Wikidata links dropped | 1 |" in text


def test_what_a_release_refuses_publishes_nothing(repo, wiki):
    assert release(repo, wiki, "1.0.0", "--date", "2026-11-02").returncode == 0
    dist, releases = repo / "dist", repo / "releases"
    before = snapshot(dist), snapshot(releases)

    def refused(version, *extra, match):
        done = release(repo, wiki, version, *extra)
        assert done.returncode == 2, done.stderr
        assert match in done.stderr and "Traceback" not in done.stderr
        assert (snapshot(dist), snapshot(releases)) == before

    refused("1.0.0", "--date", "2026-12-01", match="not greater than the last release, 1.0.0")
    refused("0.9.9", "--date", "2026-12-01", match="not greater than the last release")
    refused("1.1", "--date", "2026-12-01", match="not a semantic version")
    refused("1.1.0", match="a release needs its date")
    refused("1.1.0", "--date", "2026-13-01", match="is not a date")
    refused("1.1.0", "--date", "2026-10-01", match="before the last release's")
    (repo / "source" / "documents" / "300025.txt").write_text("edited, not committed")
    refused("1.1.0", "--date", "2026-12-01", match="uncommitted changes: source/documents/300025.txt")
    git(repo, "commit", "-q", "-am", "a broken document")  # committed, but the build fails
    done = release(repo, wiki, "1.1.0", "--date", "2026-12-01")
    assert done.returncode == 2 and "300025.txt" in done.stderr
    assert (snapshot(dist), snapshot(releases)) == before
    git(repo, "revert", "--no-edit", "HEAD")
    (releases / "1.0.0" / "manifest.json").unlink()
    git(repo, "commit", "-q", "-am", "lost the record")
    before = snapshot(dist), snapshot(releases)
    refused("1.1.0", "--date", "2026-12-01", match="the manifest of a previous release is missing")
    assert not (releases / "1.1.0").exists()
