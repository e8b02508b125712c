"""The link drift audit of every release: the Wikidata checks of ``refresh`` (merged, deleted,
class changed, label changed), against the local fake Wikidata server or from the cache; a link to
a deleted or merged item stops the release unless a curator acknowledged it."""

import json

from conftest import run_cli, snapshot
from fake_wikidata import item
from test_release import git, release, repo, wiki  # noqa: F401  (fixtures)

MAO, KHRUSHCHEV = "Q5816", "Q35314"


def test_a_deleted_or_merged_item_stops_the_release(repo, wiki):  # noqa: F811
    assert release(repo, wiki, "1.0.0", "--date", "2026-11-02").returncode == 0
    before = snapshot(repo / "dist"), snapshot(repo / "releases")
    wiki.deleted.add(KHRUSHCHEV)
    wiki.redirects[MAO] = "Q910002"  # merged into another item
    done = release(repo, wiki, "1.1.0", "--date", "2026-12-01")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "2 link(s) point at Wikidata items that were deleted or merged" in done.stderr
    assert f"nikita-khrushchev ({KHRUSHCHEV}): missing" in done.stderr
    assert f"mao-zedong ({MAO}): redirected: merged into Q910002" in done.stderr
    assert "source/entities.toml:" in done.stderr and "drift.toml" in done.stderr
    assert (snapshot(repo / "dist"), snapshot(repo / "releases")) == before  # nothing published

    # a curator acknowledges one: the other still stops the release
    (repo / "source" / "drift.toml").write_text(
        f'[[acknowledged]]\nqid = "{KHRUSHCHEV}"\ncode = "missing"\nnote = "checked: the deletion is being undone"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "acknowledged")
    done = release(repo, wiki, "1.1.0", "--date", "2026-12-01")
    assert done.returncode == 1 and "1 link(s)" in done.stderr and KHRUSHCHEV not in done.stderr

    with open(repo / "source" / "drift.toml", "a") as f:
        f.write(f'\n[[acknowledged]]\nqid = "{MAO}"\ncode = "redirected"\n'
                'note = "we keep the old item until the merge is checked"\n')
    git(repo, "commit", "-q", "-am", "acknowledged both")
    done = release(repo, wiki, "1.1.0", "--date", "2026-12-01")
    assert done.returncode == 0, done.stderr
    drift = json.loads((repo / "dist" / "link-drift.json").read_text())
    assert drift["missing"] == [KHRUSHCHEV] and drift["redirects"] == {MAO: "Q910002"} and drift["blocking"] == 0
    acknowledged = {(f["qid"], f["code"]): f.get("acknowledged") for f in drift["findings"]}
    assert acknowledged[(KHRUSHCHEV, "missing")] == "checked: the deletion is being undone"
    record = json.loads((repo / "releases" / "1.1.0" / "manifest.json").read_text())
    assert record["link_drift"]["missing"] == [KHRUSHCHEV]


def test_class_and_label_changes_are_published_but_do_not_stop_it(repo, wiki):  # noqa: F811
    wiki.items[MAO] = item(MAO, {"en": "Chairman Mao"}, p31=("Q5",))
    wiki.items[KHRUSHCHEV] = item(KHRUSHCHEV, {"en": "Nikita Khrushchev"}, p31=("Q11424",))  # now a film
    done = release(repo, wiki, "1.0.0", "--date", "2026-11-02")
    assert done.returncode == 0, done.stderr
    drift = json.loads((repo / "dist" / "link-drift.json").read_text())
    codes = {(f["slug"], f["code"]) for f in drift["findings"]}
    assert ("mao-zedong", "label-differs") in codes and ("nikita-khrushchev", "not-human") in codes
    assert drift["warnings"] == 1 and drift["mode"] == "endpoint"


def test_the_audit_runs_from_the_cache(repo, wiki, tmp_path):  # noqa: F811
    cache = tmp_path / "cache"
    net = ["--endpoint", wiki.api_url, "--wikidata-cache", cache]
    # no cached answers yet: an offline audit cannot run, and says how to fill the cache
    done = run_cli("release", "1.0.0", "--date", "2026-11-02", "--source", "source", "--out", "dist", "-j", "1",
                   "--offline", *net, cwd=repo)
    assert done.returncode == 2 and "no cached Wikidata answer" in done.stderr and "ldpub refresh" in done.stderr
    assert not (repo / "dist").exists()
    assert run_cli("refresh", "--source", repo / "source", "--endpoint", wiki.api_url, "--cache", cache).returncode == 0
    asked = wiki.count()
    wiki.deleted.add(KHRUSHCHEV)  # deleted after the cache was filled: an offline audit cannot know
    done = run_cli("release", "1.0.0", "--date", "2026-11-02", "--source", "source", "--out", "dist", "-j", "1",
                   "--offline", *net, cwd=repo)
    assert done.returncode == 0, done.stderr
    assert wiki.count() == asked  # nothing asked: every answer came from the cache
    drift = json.loads((repo / "dist" / "link-drift.json").read_text())
    assert drift["mode"] == "cache" and drift["checked"] > 0 and drift["missing"] == []
