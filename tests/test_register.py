"""A broken register: a clear error naming file and row, exit 2, nothing published."""

import shutil

import pytest

from conftest import ROOT, run_cli, snapshot

ENTRY = '\n[[entity]]\nslug = "{slug}"\ntype = "{type}"\nname = {{ en = "{name}" }}\naliases = [{aliases}]\nqid = "{qid}"\nwikidata_class = "{cls}"\n'


def add(source, slug="x-test", type="Person", name="Xavier Test", aliases="", qid="", cls="", extra=""):
    path = source / "entities.toml"
    text = path.read_text()
    line = text.count("\n") + 2
    path.write_text(text + ENTRY.format(slug=slug, type=type, name=name, aliases=aliases, qid=qid, cls=cls)
                    + (extra + "\n" if extra else ""))
    return line


@pytest.mark.parametrize("entry,message", [
    (dict(qid="Q12a"), "malformed QID 'Q12a'"),
    (dict(qid="https://www.wikidata.org/wiki/Q5816"), "malformed QID"),
    (dict(slug="mao-zedong"), "duplicate slug 'mao-zedong'"),
    (dict(aliases='"Khrushchev"'), "surface form 'Khrushchev' of 'x-test' is already claimed by 'nikita-khrushchev'"),
    (dict(type="Ship"), "unknown type 'Ship'"),
    (dict(qid="Q1", cls="Q515"), "type Person but Wikidata class Q515 is not human"),
    (dict(type="Place", qid="Q1", cls="Q5"), "type Place but Wikidata class is human"),
    (dict(slug="Not A Slug"), "is not lowercase ASCII words"),
    (dict(extra='died = "June 1958"'), "'died' must be an ISO date or year"),
])
def test_bad_register_row(source_copy, tmp_path, entry, message):
    line = add(source_copy, **entry)
    out = tmp_path / "dist"
    shutil.copytree(ROOT / "dist", out)
    before = snapshot(out)
    result = run_cli("build", "--source", source_copy, "--out", out)
    assert result.returncode == 2, result.stderr
    assert f"entities.toml:{line}: " in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(out) == before


def test_rule_naming_an_unknown_entity(source_copy, tmp_path):
    path = source_copy / "entities.toml"
    path.write_text(path.read_text() + '\n[[rule]]\nsurface = "China"\nentity = "nowhere"\nbefore = "old "\n')
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist")
    assert result.returncode == 2 and "rule for 'China' names unknown entity 'nowhere'" in result.stderr
    assert not (tmp_path / "dist").exists()


def test_register_that_is_not_toml(source_copy, tmp_path):
    (source_copy / "entities.toml").write_text('[[entity]]\nslug = "a\n')
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist")
    assert result.returncode == 2 and "entities.toml:2: not valid TOML" in result.stderr


def test_sidecar_naming_an_unknown_entity(source_copy, tmp_path):
    (source_copy / "documents" / "300025.toml").write_text('[speakers]\n"Comrade Mao Zedong" = "nobody"\n')
    result = run_cli("build", "--source", source_copy, "--out", tmp_path / "dist")
    assert result.returncode == 2 and "300025.toml: [speakers] maps 'Comrade Mao Zedong' to 'nobody'" in result.stderr


def test_an_alias_in_han_characters_is_published_as_chinese_in_cyrillic_as_russian_others_as_english():
    """(and one in Vietnamese letters as Vietnamese: "Chu Ân Lai")"""
    from ld.mapping import SCHEMA, entity_triples
    from ld.register import Entity
    from ld.vocab import Iris

    kosygin = Entity("alexei-kosygin", "Person", (("en", "Alexei Kosygin"),), aliases=("Kosygin", "柯西金", "Косыгин", "Cô-xư-ghin"))
    triples: set = set()
    entity_triples(triples, kosygin, Iris("https://example.org/").ox())
    names = {(o.value, o.language) for _, p, o in triples if p == SCHEMA.alternateName}
    assert names == {("Kosygin", "en"), ("柯西金", "zh"), ("Косыгин", "ru"), ("Cô-xư-ghin", "vi")}
