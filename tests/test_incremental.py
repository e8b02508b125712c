"""Per-document parallel builds and the content-hash cache give the same bytes
as a serial clean build, and an edit redoes only what it touched."""

import csv
import shutil

import pytest

from conftest import SOURCE, snapshot
from ld.pipeline import Progress, build


@pytest.fixture
def corpus(tmp_path):
    """The real source plus three variants of 300025 under other ids."""
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    text = (SOURCE / "documents" / "300025.txt").read_text(encoding="utf-8")
    for n, doc_id in enumerate(("900001", "900002", "900003"), 1):
        # (of different lengths: a parallel build hands the longest documents out first, and must put them back)
        (source / "documents" / f"{doc_id}.txt").write_text(
            text.replace("We should unite.", f"We should unite {'and unite ' * n * 40}now."), encoding="utf-8")
    return source


def test_parallel_equals_serial(corpus, tmp_path):
    serial = build(corpus, tmp_path / "serial", jobs=1)
    parallel = build(corpus, tmp_path / "parallel", jobs=2)
    assert serial.documents == parallel.documents == 4
    assert snapshot(tmp_path / "serial") == snapshot(tmp_path / "parallel")


def test_one_edit_redoes_one_document(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = build(corpus, tmp_path / "first", cache_dir=cache, jobs=2)
    assert first.rebuilt == 4
    again = build(corpus, tmp_path / "again", cache_dir=cache, jobs=2)
    assert again.rebuilt == 0
    assert snapshot(tmp_path / "again") == snapshot(tmp_path / "first")

    doc = corpus / "documents" / "900002.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("Thank you.", "Thank you very much."), encoding="utf-8")
    edited = build(corpus, tmp_path / "edited", cache_dir=cache, jobs=2)
    assert edited.rebuilt == 1
    build(corpus, tmp_path / "clean", jobs=1)
    assert snapshot(tmp_path / "edited") == snapshot(tmp_path / "clean")
    assert snapshot(tmp_path / "edited") != snapshot(tmp_path / "first")


def test_what_invalidates_the_cache(corpus, tmp_path):
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "a", cache_dir=cache)
    # a QID only changes the shared graphs: no document is redone, yet the output is as a clean build's
    register = corpus / "entities.toml"
    text = register.read_text(encoding="utf-8")
    start = text.index('slug = "zhou-enlai"')
    linked = text[:start] + text[start:].replace('qid = ""', 'qid = "Q99999999"', 1)  # a test value, not a real link
    register.write_text(linked, encoding="utf-8")
    assert build(corpus, tmp_path / "b", cache_dir=cache).rebuilt == 0
    assert '<http://www.wikidata.org/entity/Q99999999>' in (tmp_path / "b" / "dataset.nt").read_text()
    build(corpus, tmp_path / "b-clean")
    assert snapshot(tmp_path / "b") == snapshot(tmp_path / "b-clean")
    # a new surface form can create mentions anywhere: every document is redone
    assert '"Chou En-lai"' in text
    register.write_text(text.replace('"Chou En-lai"', '"Chou En-lai", "Premier Zhou"', 1),
                        encoding="utf-8")
    assert build(corpus, tmp_path / "c", cache_dir=cache).rebuilt == 4
    # a sidecar belongs to its document only
    (corpus / "documents" / "900001.toml").write_text('[document]\ntitle = "Another title"\n')
    assert build(corpus, tmp_path / "d", cache_dir=cache).rebuilt == 1
    assert build(corpus, tmp_path / "e", cache_dir=cache, clean=True).rebuilt == 4
    build(corpus, tmp_path / "f")
    assert snapshot(tmp_path / "e") == snapshot(tmp_path / "f")


def test_a_qid_change_renders_again_the_compressed_rows_of_the_gzip_mode(corpus, tmp_path):
    import gzip

    with open(corpus / "config.toml", "a", encoding="utf-8") as config:
        config.write('\n[publish]\ndumps = "gzip"\n')
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "a", cache_dir=cache)
    register = corpus / "entities.toml"
    text = register.read_text(encoding="utf-8")
    start = text.index('slug = "zhou-enlai"')
    register.write_text(text[:start] + text[start:].replace('qid = ""', 'qid = "Q99999999"', 1), encoding="utf-8")
    assert build(corpus, tmp_path / "b", cache_dir=cache).rebuilt == 0
    build(corpus, tmp_path / "b-clean")
    assert snapshot(tmp_path / "b") == snapshot(tmp_path / "b-clean")
    turns = gzip.decompress((tmp_path / "b" / "exports" / "turns.csv.gz").read_bytes()).decode("utf-8")
    assert "Zhou Enlai,Q99999999," in turns and "Zhou Enlai,Q99999999," not in \
        gzip.decompress((tmp_path / "a" / "exports" / "turns.csv.gz").read_bytes()).decode("utf-8")


def test_exports_from_pieces_equal_exports_from_the_whole_dump(corpus, tmp_path):
    """Each worker exports its document's rows; joined and summed they say what the whole graph says."""
    from ld.export import export_tables
    from ld.query import open_store

    out = tmp_path / "dist"
    build(corpus, out, jobs=2)
    whole = export_tables(open_store(out), tmp_path / "whole")
    assert sorted(p.name for p in whole) == sorted(p.name for p in (out / "exports").iterdir())
    for path in whole:
        assert (out / "exports" / path.name).read_bytes() == path.read_bytes(), path.name
    with (out / "exports" / "turns.csv").open(encoding="utf-8", newline="") as table:
        assert len(list(csv.DictReader(table))) == 4 * 53  # the 53 speech turns of each document
    assert (out / "exports" / "network_speaks_after.csv").read_text(encoding="utf-8").count("\n") > 1


def test_rows_are_rendered_by_the_workers_not_by_the_dataset_level_pass(corpus, tmp_path, monkeypatch):
    from ld import export

    rendered = {"workers": 0, "pass": 0}
    in_pass = []
    render, write_exports = export.render, export.write_cached

    def counting_render(tables, facts):
        rendered["pass" if in_pass else "workers"] += 1
        return render(tables, facts)

    def marked_write_exports(*args):
        in_pass.append(True)
        return write_exports(*args)
    monkeypatch.setattr(export, "render", counting_render)
    monkeypatch.setattr(export, "write_cached", marked_write_exports)
    build(corpus, tmp_path / "dist", jobs=1, cache_dir=tmp_path / "cache")
    assert rendered == {"workers": 4, "pass": 0}


def test_one_bad_document_stops_nothing_else_and_publishes_nothing(corpus, tmp_path):
    from ld.errors import BuildFailed, ParseError

    out = tmp_path / "dist"
    build(corpus, out, jobs=2)
    before = snapshot(out)
    (corpus / "documents" / "900003.txt").write_text("October 1964\n\nTitle\n\nContents:\n\nNo turns here.\n")
    (corpus / "documents" / "900004.txt").write_bytes(b"")
    with pytest.raises(BuildFailed) as failure:
        build(corpus, out, jobs=2)
    messages = [str(e) for e in failure.value.errors]
    assert any("900003.txt:5: no speech turns found" in m for m in messages)
    assert any("900004.txt:1: the file is empty" in m for m in messages)
    assert isinstance(failure.value.errors[0], ParseError)
    assert snapshot(out) == before


def test_progress_bar_only_on_a_terminal(monkeypatch, capsys):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    bar = Progress(4, enabled=True)
    for _ in range(4):
        bar(1)
    assert "4/4 documents" in terminal.getvalue() and "[####" in terminal.getvalue()
    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    silent = Progress(4, enabled=False)
    silent(4)
    assert quiet.getvalue() == ""


def test_a_failure_while_the_dumps_are_written_publishes_nothing_and_leaves_no_staging(corpus, tmp_path, monkeypatch):
    """The dumps are written by another process while the exports are written here: a failure of
    the exports must wait for that process, then leave the last publication as it was."""
    from ld import export
    from ld.errors import InputError

    out = tmp_path / "dist"
    build(corpus, out, jobs=1, cache_dir=tmp_path / "cache")
    before = snapshot(out)

    def failing(*args):
        raise InputError("the disk is full", path=out)
    monkeypatch.setattr(export, "write_cached", failing)
    (corpus / "documents" / "900002.txt").write_text(
        (corpus / "documents" / "900002.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="the disk is full"):
        build(corpus, out, jobs=1, cache_dir=tmp_path / "cache")
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist-ldpub.lock", "cache", "dist", "source"]
