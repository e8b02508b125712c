"""ld.wikidata: reconcile, accept and refresh against a local fake of Wikidata's action API."""

from __future__ import annotations

import argparse
import json
import tomllib
from collections import Counter
from pathlib import Path

import pytest

import ld
from fake_wikidata import fake_wikidata  # noqa: F401  (the server fixture)
from ld.cli import wikidata as cli_wikidata
from ld.errors import LdError, NetworkError, RegisterError
from ld.register import load_register
from ld.wikidata.client import WikidataClient
from ld.wikidata.reconcile import Candidate, accept_candidates, reconcile, write_candidates
from ld.wikidata.refresh import refresh

REGISTER = """\
# Test register. Comments and layout must survive `accept`.
[register]
version = "test"

[[entity]]
slug = "mao-zedong"
type = "Person"
name = { en = "Mao Zedong", zh-Hans = "毛泽东" }
aliases = ["Mao Zedong", "Mao"]
qid = ""  # unchecked
wikidata_class = ""
evidence = "pending"

[[entity]]
slug = "tirana"
type = "Place"
name = { en = "Tirana" }
aliases = ["Tirana"]
# no qid yet: accept must add the lines
note = "capital"

[[entity]]
slug = "central-committee"
type = "Organization"
name = { en = "Central Committee of the Communist Party of China" }
aliases = ["Central Committee"]
qid = ""
wikidata_class = ""
evidence = ""

[[entity]]
slug = "nowhere"
type = "Place"
name = { en = "Nowhere Land" }
qid = ""
"""

LINKED = """\
[register]
version = "linked"

[[entity]]
slug = "mao-zedong"
type = "Person"
name = { en = "Mao Zedong", zh-Hans = "毛泽东" }
qid = "Q910002"
wikidata_class = "Q5"

[[entity]]
slug = "zhou-enlai"
type = "Person"
name = { en = "Zhou Enlai" }
qid = "Q910010"
wikidata_class = "Q5"

[[entity]]
slug = "peng-zhen"
type = "Person"
name = { en = "Peng Zhen" }
qid = "Q910030"
wikidata_class = "Q5"

[[entity]]
slug = "durres"
type = "Place"
name = { en = "Durrës" }
qid = "Q910020"
wikidata_class = "Q515"
lat = 40.0
long = 19.0

[[entity]]
slug = "tirana"
type = "Place"
name = { en = "Tirana", sq = "Tirana" }
qid = "Q910004"
wikidata_class = "Q5119"
"""


def write(tmp_path: Path, text: str, name: str = "entities.toml") -> Path:
    path = tmp_path / "source" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(fake_wikidata, tmp_path, sleeps):  # noqa: F811
    return WikidataClient(fake_wikidata.api_url, cache_dir=tmp_path / "cache", timeout=2, retries=3, backoff=0.5,
                          sleep=sleeps.append)


def by_subject(candidates: list[Candidate]) -> dict[str, list[Candidate]]:
    out: dict[str, list[Candidate]] = {}
    for c in candidates:
        out.setdefault(c.subject, []).append(c)
    return out


# --------------------------------------------------------------------------- reconcile

def test_reconcile_keeps_the_right_class_and_rejects_the_wrong_one(tmp_path, client, fake_wikidata):  # noqa: F811
    found = by_subject(reconcile(load_register(write(tmp_path, REGISTER)), client))
    # the search lists the film "Mao Zedong" (Q910001) first; a Person needs human (Q5)
    assert [c.qid for c in found["mao-zedong"]] == ["Q910002"]
    mao = found["mao-zedong"][0]
    assert (mao.wikidata_class, mao.type, mao.match, mao.confidence) == ("Q5", "Person", "label", 0.9)
    assert mao.label == "Mao Zedong" and "revolutionary" in mao.description and "human" in mao.reason
    assert mao.endpoint == fake_wikidata.api_url
    # a person called Tirana (Q910003) is not the city
    assert [(c.qid, c.wikidata_class) for c in found["tirana"]] == [("Q910004", "Q5119")]
    assert [(c.qid, c.wikidata_class) for c in found["central-committee"]] == [("Q910005", "Q2061186")]
    assert "nowhere" not in found
    assert "Q910001" not in {c.qid for cs in found.values() for c in cs}


def test_every_request_is_polite(tmp_path, client, fake_wikidata):  # noqa: F811
    reconcile(load_register(write(tmp_path, REGISTER)), client)
    assert fake_wikidata.requests
    assert all(r.get("maxlag") == "5" and r.get("format") == "json" for r in fake_wikidata.requests)
    searches = [r for r in fake_wikidata.requests if r["action"] == "wbsearchentities"]
    assert all(r["type"] == "item" and r["language"] == "en" and r["limit"] for r in searches)
    assert all(ua.startswith(f"ldpub/{ld.__version__} (https://") for ua in fake_wikidata.user_agents)


def test_alias_and_coordinates_only_matches_score_lower(tmp_path, client):
    text = """\
[[entity]]
slug = "chairman-mao"
type = "Person"
name = { en = "Mao Tse-tung" }

[[entity]]
slug = "dajti"
type = "Place"
name = { en = "Dajti Plateau" }
"""
    found = by_subject(reconcile(load_register(write(tmp_path, text)), client))
    alias = found["chairman-mao"][0]
    assert (alias.qid, alias.match) == ("Q910002", "alias") and alias.confidence < 0.9
    plateau = found["dajti"][0]  # no place-like class, but coordinates (P625)
    assert (plateau.qid, plateau.wikidata_class) == ("Q910006", "Q999001") and plateau.confidence < 0.9
    assert "coordinates" in plateau.reason


def test_extra_names_are_searched_only_when_no_entry_covers_them(tmp_path, client, fake_wikidata):  # noqa: F811
    register = load_register(write(tmp_path, REGISTER.replace('qid = ""  # unchecked', 'qid = "Q910002"')))
    found = by_subject(reconcile(register, client, extra_names=["Enver Hoxha", "Tirana", "Mao"]))
    hoxha = found["Enver Hoxha"][0]
    assert (hoxha.slug, hoxha.qid, hoxha.type, hoxha.wikidata_class) == ("", "Q910021", "Person", "Q5")
    assert hoxha.confidence <= 0.5  # no type to check against
    searched = [r["search"] for r in fake_wikidata.requests if r["action"] == "wbsearchentities"]
    assert "Enver Hoxha" in searched and "Mao" not in searched and searched.count("Tirana") == 1
    assert "mao-zedong" not in found  # it has a QID


def test_unmatched_names_of_the_documents_are_searched(tmp_path, client, fake_wikidata, monkeypatch):  # noqa: F811
    from ld.wikidata.reconcile import reconcile_source

    source = write(tmp_path, REGISTER).parent
    seen = []

    def report(source_dir, strict=False):  # the quality report's shape, without parsing documents
        seen.append(Path(source_dir))
        return {"documents": [{"unmatched_names": {"Ilir Testperson": 2, "Tirana": 1}},
                              {"unmatched_names": {"Marxism-Leninism": 1}}]}

    monkeypatch.setattr("ld.pipeline.report", report)
    found = by_subject(reconcile_source(source, client, names=["Enver Hoxha"], unmatched=True))
    assert seen == [source]
    searched = [r["search"] for r in fake_wikidata.requests if r["action"] == "wbsearchentities"]
    assert {"Ilir Testperson", "Marxism-Leninism", "Enver Hoxha"} <= set(searched)
    assert searched.count("Tirana") == 1  # the register's entry, not again as a name
    assert found["Ilir Testperson"][0].qid == "Q910022" and found["Enver Hoxha"][0].qid == "Q910021"


def test_cache_second_run_asks_nothing(tmp_path, fake_wikidata, sleeps):  # noqa: F811
    register = load_register(write(tmp_path, REGISTER))
    first = WikidataClient(fake_wikidata.api_url, cache_dir=tmp_path / "cache", sleep=sleeps.append)
    before = reconcile(register, first)
    asked = fake_wikidata.count()
    assert asked > 0 and first.requests == asked
    second = WikidataClient(fake_wikidata.api_url, cache_dir=tmp_path / "cache", sleep=sleeps.append)
    assert reconcile(register, second) == before
    assert fake_wikidata.count() == asked and second.requests == 0 and second.cache_hits > 0
    # only refresh=True asks again
    params = {"action": "wbsearchentities", "search": "Tirana", "language": "en", "uselang": "en",
              "type": "item", "limit": 7}
    second.get(params)
    assert fake_wikidata.count() == asked
    second.get(params, refresh=True)
    assert fake_wikidata.count() == asked + 1


# --------------------------------------------------------------------------- retries and failures

def test_429_waits_as_long_as_retry_after_says(client, fake_wikidata, sleeps):  # noqa: F811
    fake_wikidata.fail("429", retry_after=3)
    assert [h["id"] for h in client.search("Tirana")] == ["Q910003", "Q910004"]
    assert sleeps == [3.0] and fake_wikidata.count() == 2


def test_500_then_success_backs_off(client, fake_wikidata, sleeps):  # noqa: F811
    fake_wikidata.fail("500")
    assert "Q910002" in client.entities(["Q910002"])
    assert sleeps == [0.5] and fake_wikidata.count() == 2


def test_maxlag_error_is_retried_after_retry_after(client, fake_wikidata, sleeps):  # noqa: F811
    fake_wikidata.fail("maxlag", retry_after=2)
    assert client.search("Mao Zedong")
    assert sleeps == [2.0] and fake_wikidata.count() == 2
    assert all(r["maxlag"] == "5" for r in fake_wikidata.requests)


def test_exhausted_retries_raise_network_error(client, fake_wikidata, sleeps):  # noqa: F811
    fake_wikidata.fail("500", times=4)
    with pytest.raises(NetworkError) as caught:
        client.search("Tirana")
    assert sleeps == [0.5, 1.0, 2.0]  # exponential backoff
    message = str(caught.value)
    assert fake_wikidata.api_url in message and "4 attempt(s)" in message and "HTTP 500" in message
    assert "try again later" in message and caught.value.exit_code == 2
    assert not list((client.cache_dir or Path()).rglob("*.json"))  # failures are never cached


def test_retry_after_beyond_max_wait_fails_at_once(client, fake_wikidata, sleeps):  # noqa: F811
    fake_wikidata.fail("429", retry_after=3600)
    with pytest.raises(NetworkError, match="asks to wait 3600 s"):
        client.search("Tirana")
    assert sleeps == [] and fake_wikidata.count() == 1


def test_malformed_json_is_a_clear_network_error(client, fake_wikidata, sleeps):  # noqa: F811
    fake_wikidata.fail("malformed")
    with pytest.raises(NetworkError) as caught:
        client.entities(["Q910002"])
    message = str(caught.value)
    assert "malformed JSON" in message and fake_wikidata.api_url in message and "check --endpoint" in message
    assert "Traceback" not in message and fake_wikidata.count() == 1


def test_timeout_is_retried_then_fails(fake_wikidata, tmp_path, sleeps):  # noqa: F811
    client = WikidataClient(fake_wikidata.api_url, cache_dir=tmp_path / "cache", timeout=0.2, retries=1,
                            backoff=0.5, sleep=sleeps.append)
    fake_wikidata.fail("timeout", times=2, seconds=2)
    with pytest.raises(NetworkError, match=r"2 attempt\(s\): no answer within 0.2 s"):
        client.search("Tirana")
    assert fake_wikidata.count() == 2 and sleeps == [0.5]


def test_one_timeout_then_success(fake_wikidata, tmp_path, sleeps):  # noqa: F811
    client = WikidataClient(fake_wikidata.api_url, cache_dir=tmp_path / "cache", timeout=0.2, retries=2,
                            backoff=0.5, sleep=sleeps.append)
    fake_wikidata.fail("timeout", seconds=2)
    assert [h["id"] for h in client.search("Tirana")] == ["Q910003", "Q910004"]
    assert fake_wikidata.count() == 2


def test_an_unreachable_endpoint_is_a_network_error(tmp_path, sleeps):
    from fake_wikidata import FakeWikidata, start, stop

    fake = start(FakeWikidata())
    url = fake.api_url
    stop(fake)  # nothing listens there any more
    client = WikidataClient(url, cache_dir=None, retries=1, sleep=sleeps.append)
    with pytest.raises(NetworkError, match="connection failed"):
        client.search("Tirana")
    assert sleeps == [1.0]


# --------------------------------------------------------------------------- refresh

@pytest.mark.parametrize("redirect_key", ["from", "to"])
def test_refresh_reports_merged_deleted_and_changed_items(tmp_path, client, fake_wikidata, redirect_key):  # noqa: F811
    fake_wikidata.redirect_key = redirect_key  # the merged item's answer, under the old id or the new one
    path = write(tmp_path, LINKED)
    report = refresh(load_register(path), client)
    assert report.redirects == {"Q910010": "Q910011"}
    assert report.missing == ["Q910030"]
    assert [(f.slug, f.value) for f in report.by_code("class-changed")] == [("durres", "Q532")]
    assert [(f.slug, f.value) for f in report.by_code("label-differs")] == [("tirana", "Tiranë")]
    assert [f.slug for f in report.by_code("coordinates-differ")] == ["durres"]
    assert [f.slug for f in report.by_code("coordinates-available")] == ["tirana"]
    assert {f.slug for f in report.warnings} == {"zhou-enlai", "peng-zhen", "durres"}
    assert not report.ok and report.checked == 5
    text = report.to_text()
    assert f"redirected: {path}:" in text and "merged into Q910011" in text and "links need attention" in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["redirects"] == {"Q910010": "Q910011"} and data["missing"] == ["Q910030"] and data["warnings"] == 3


def test_refresh_of_current_links_is_ok_and_asks_again(tmp_path, client, fake_wikidata):  # noqa: F811
    register = load_register(write(tmp_path, LINKED.split("[[entity]]\nslug = \"zhou-enlai\"")[0]))
    report = refresh(register, client)
    assert report.ok and report.findings == [] and report.checked == 1
    asked = fake_wikidata.count()
    refresh(register, client)
    assert fake_wikidata.count() == asked + 1  # a refresh re-reads, whatever the cache holds


# --------------------------------------------------------------------------- the candidates file and accept

def reconcile_to_file(tmp_path, client, **kwargs) -> tuple[Path, Path]:
    register_path = write(tmp_path, kwargs.pop("register", REGISTER))
    candidates = reconcile(load_register(register_path), client, **kwargs)
    out = write_candidates(candidates, tmp_path / "source" / "reconcile" / "candidates.toml")
    return register_path, out


def set_accept(path: Path, subject: str, qid: str) -> None:
    """What a curator does: flip accept to true on one candidate."""
    blocks = path.read_text(encoding="utf-8").split("\n[[candidate]]\n")
    for i, block in enumerate(blocks):
        if f'qid = "{qid}"' in block and (f'slug = "{subject}"' in block or f'name = "{subject}"' in block):
            blocks[i] = block.replace("accept = false", "accept = true")
            break
    else:
        raise AssertionError(f"no candidate {subject} {qid}")
    path.write_text("\n[[candidate]]\n".join(blocks), encoding="utf-8")


def test_candidates_file_is_reviewable_toml_with_accept_false(tmp_path, client, fake_wikidata):  # noqa: F811
    _, out = reconcile_to_file(tmp_path, client)
    text = out.read_text(encoding="utf-8")
    rows = tomllib.loads(text)["candidate"]
    assert {(r["slug"], r["qid"]) for r in rows} == {("mao-zedong", "Q910002"), ("tirana", "Q910004"),
                                                     ("central-committee", "Q910005")}
    assert all(r["accept"] is False for r in rows)
    assert all(r["url"] == f"http://www.wikidata.org/entity/{r['qid']}" for r in rows)
    assert "# ---- mao-zedong (Person)" in text and "ldpub accept" in text


def test_a_broken_candidates_file_is_not_overwritten(tmp_path, client):
    register_path, out = reconcile_to_file(tmp_path, client)
    out.write_text(out.read_text(encoding="utf-8").replace("accept = false", "accept = tru", 1), encoding="utf-8")
    broken = out.read_bytes()
    with pytest.raises(RegisterError, match="not overwritten"):
        write_candidates(reconcile(load_register(register_path), client), out)
    assert out.read_bytes() == broken


def test_accept_writes_only_accepted_qids_and_keeps_comments(tmp_path, client, fake_wikidata):  # noqa: F811
    register_path, out = reconcile_to_file(tmp_path, client)
    before = register_path.read_text(encoding="utf-8").splitlines()
    set_accept(out, "mao-zedong", "Q910002")
    set_accept(out, "tirana", "Q910004")
    assert accept_candidates(out, register_path) == ["mao-zedong", "tirana"]
    after = register_path.read_text(encoding="utf-8").splitlines()
    evidence = f'evidence = "reconciled via Wikidata API {fake_wikidata.api_url}, accepted by curator"'
    # mao-zedong: the three lines replaced in place, the comment on the qid line kept
    assert after[before.index('qid = ""  # unchecked')] == 'qid = "Q910002"  # unchecked'
    assert after[before.index('qid = ""  # unchecked') + 1] == 'wikidata_class = "Q5"'
    assert after[before.index('qid = ""  # unchecked') + 2] == evidence
    # tirana: the lines added after the entry's last line, before the next entry
    at = after.index('note = "capital"')
    assert after[at + 1:at + 4] == ['qid = "Q910004"', 'wikidata_class = "Q5119"', evidence]
    # everything else is untouched, comments included
    removed, added = Counter(before) - Counter(after), Counter(after) - Counter(before)
    assert sorted(removed.elements()) == ['evidence = "pending"', 'qid = ""  # unchecked', 'wikidata_class = ""']
    assert sorted(added.elements()) == sorted([evidence, evidence, 'qid = "Q910002"  # unchecked', 'qid = "Q910004"',
                                               'wikidata_class = "Q5"', 'wikidata_class = "Q5119"'])
    assert "# Test register. Comments and layout must survive `accept`." in after
    assert "# no qid yet: accept must add the lines" in after
    register = load_register(register_path)
    assert register.get("mao-zedong").qid == "Q910002" and register.get("tirana").wikidata_class == "Q5119"
    assert register.get("central-committee").qid == ""  # proposed, not accepted
    # accepting again changes nothing
    assert accept_candidates(out, register_path) == []
    assert register_path.read_text(encoding="utf-8").splitlines() == after


def test_accept_with_nothing_accepted_leaves_the_register_alone(tmp_path, client):
    register_path, out = reconcile_to_file(tmp_path, client)
    before = register_path.read_bytes()
    assert accept_candidates(out, register_path) == []
    assert register_path.read_bytes() == before


def test_accept_never_overwrites_a_different_qid(tmp_path, client):
    register_path, out = reconcile_to_file(tmp_path, client)
    set_accept(out, "mao-zedong", "Q910002")
    set_accept(out, "tirana", "Q910004")
    curated = register_path.read_text(encoding="utf-8").replace('qid = ""  # unchecked', 'qid = "Q910099"')
    register_path.write_text(curated, encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        accept_candidates(out, register_path)
    message = str(caught.value)
    assert str(register_path) in message and "'mao-zedong' already has qid Q910099" in message
    assert register_path.read_text(encoding="utf-8") == curated  # nothing written, tirana included


def test_accept_refuses_two_qids_for_one_entry(tmp_path, client):
    register_path, out = reconcile_to_file(tmp_path, client)
    text = out.read_text(encoding="utf-8")
    extra = text[text.index("[[candidate]]"):].split("\n\n")[0].replace('"Q910002"', '"Q910001"')
    out.write_text(text + "\n" + extra + "\n", encoding="utf-8")
    set_accept(out, "mao-zedong", "Q910002")
    set_accept(out, "mao-zedong", "Q910001")
    before = register_path.read_bytes()
    with pytest.raises(RegisterError, match="two candidates accepted"):
        accept_candidates(out, register_path)
    assert register_path.read_bytes() == before


def test_accept_refuses_a_result_the_register_would_reject(tmp_path, client):
    register_path, out = reconcile_to_file(tmp_path, client)
    text = out.read_text(encoding="utf-8").replace('wikidata_class = "Q5"', 'wikidata_class = "Q11424"')
    out.write_text(text, encoding="utf-8")
    set_accept(out, "mao-zedong", "Q910002")
    before = register_path.read_bytes()
    with pytest.raises(RegisterError, match="would make the register invalid.*not human"):
        accept_candidates(out, register_path)
    assert register_path.read_bytes() == before


def test_accept_adds_a_new_entry_for_an_accepted_name(tmp_path, client):
    register_path, out = reconcile_to_file(tmp_path, client, extra_names=["Enver Hoxha"])
    rows = [r for r in tomllib.loads(out.read_text(encoding="utf-8"))["candidate"] if r.get("new")]
    assert [(r["slug"], r["name"], r["type"]) for r in rows] == [("enver-hoxha", "Enver Hoxha", "Person")]
    set_accept(out, "Enver Hoxha", "Q910021")
    assert accept_candidates(out, register_path) == ["enver-hoxha"]
    entity = load_register(register_path).get("enver-hoxha")
    assert (entity.type, entity.label, entity.qid, entity.wikidata_class) == ("Person", "Enver Hoxha", "Q910021", "Q5")


def test_rewriting_candidates_keeps_the_curators_decisions(tmp_path, client):
    register_path, out = reconcile_to_file(tmp_path, client)
    set_accept(out, "tirana", "Q910004")
    write_candidates(reconcile(load_register(register_path), client), out)
    rows = tomllib.loads(out.read_text(encoding="utf-8"))["candidate"]
    assert {r["slug"] for r in rows if r["accept"]} == {"tirana"}


# --------------------------------------------------------------------------- the command line

def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="ldpub")
    cli_wikidata.register(top.add_subparsers(dest="command", required=True))
    return top


def run(*argv) -> int:
    args = parser().parse_args([str(a) for a in argv])
    return args.func(args)


def test_cli_reconcile_accept_refresh_end_to_end(tmp_path, fake_wikidata, capsys):  # noqa: F811
    source = write(tmp_path, REGISTER).parent
    net = ["--endpoint", fake_wikidata.api_url, "--cache", tmp_path / "cache"]
    assert run("reconcile", "--source", source, *net, "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert {(c["slug"], c["qid"]) for c in printed} >= {("mao-zedong", "Q910002")}
    out = source / "reconcile" / "candidates.toml"
    assert out.is_file()
    asked = fake_wikidata.count()
    assert run("reconcile", "--source", source, *net) == 0  # text output, all from the cache
    captured = capsys.readouterr()
    assert "Q910002" in captured.out and "0 request(s)" in captured.err and fake_wikidata.count() == asked

    set_accept(out, "mao-zedong", "Q910002")
    assert run("accept", "--source", source) == 0
    assert "mao-zedong = Q910002 (Q5)" in capsys.readouterr().out

    assert run("refresh", "--source", source, *net) == 0  # the one link is current
    assert "all links current" in capsys.readouterr().out

    linked = write(tmp_path, LINKED).parent
    assert run("refresh", "--source", linked, *net, "--json") == 1  # a merged and a deleted item
    report = json.loads(capsys.readouterr().out)
    assert report["redirects"] == {"Q910010": "Q910011"} and report["missing"] == ["Q910030"]


def test_cli_network_errors_are_ld_errors_with_exit_code_2(tmp_path, fake_wikidata):  # noqa: F811
    source = write(tmp_path, REGISTER).parent
    fake_wikidata.fail("malformed")
    with pytest.raises(LdError) as caught:
        run("reconcile", "--source", source, "--endpoint", fake_wikidata.api_url, "--cache", tmp_path / "c")
    assert caught.value.exit_code == 2 and "malformed JSON" in str(caught.value)
    with pytest.raises(LdError, match="not an http"):
        run("refresh", "--source", source, "--endpoint", "wikidata.org", "--cache", tmp_path / "c")


def test_cli_default_endpoint_is_the_librarys():
    from ld import wikidata

    assert cli_wikidata.DEFAULT_ENDPOINT == wikidata.DEFAULT_ENDPOINT == "https://www.wikidata.org/w/api.php"


def test_cli_every_subcommand_has_help(capsys):
    for command in ("reconcile", "accept", "refresh"):
        with pytest.raises(SystemExit) as done:
            parser().parse_args([command, "--help"])
        assert done.value.code == 0 and "usage:" in capsys.readouterr().out


def test_ldpub_main_maps_errors_to_messages(tmp_path, fake_wikidata, capsys):  # noqa: F811
    import ld.cli as cli
    source = write(tmp_path, LINKED).parent
    net = ["--endpoint", fake_wikidata.api_url, "--cache", str(tmp_path / "cache")]
    assert cli.main(["refresh", "--source", str(source), *net]) == 1
    fake_wikidata.fail("malformed")
    assert cli.main(["refresh", "--source", str(source), *net]) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "malformed JSON" in err and "Traceback" not in err
