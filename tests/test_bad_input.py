"""Bad inputs: a clear message naming file and line, a non-zero exit, no
traceback, and dist/ left exactly as it was."""

import shutil

import pytest

from conftest import ROOT, run_cli, run_process, snapshot

GOOD_HEAD = "October 9, 1964\n\nA title\n\nCitation:\n\nSomething.\n\nSummary:\n\nA summary.\n\nContents:\n\n"


def write(folder, data: bytes):
    for old in (folder / "documents").glob("*"):
        old.unlink()
    (folder / "documents" / "999.txt").write_bytes(data)


def attempt(source_copy, tmp_path, *extra):
    out = tmp_path / "dist"
    shutil.copytree(ROOT / "dist", out)
    before = snapshot(out)
    result = run_cli("build", "--source", source_copy, "--out", out, *extra)
    assert "Traceback" not in result.stderr + result.stdout
    assert snapshot(out) == before, "dist/ changed after a failed build"
    return result


@pytest.mark.parametrize("data,message,line", [
    (b"", "the file is empty", 1),
    (b"  \n\n \n", "the file is empty", 1),
    ((GOOD_HEAD + "This is not a turn.\n").encode(), "no speech turns found", 13),
    (GOOD_HEAD.encode(), "no speech turns found", 13),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", 3),
    ("October 9, 1964\n\nTitle\n\nContents:\n\nComrade Mao Zedong: Caf\u00e9.\n".encode("cp1252"), "not UTF-8", 7),
])
def test_bad_document(source_copy, tmp_path, data, message, line):
    write(source_copy, data)
    result = attempt(source_copy, tmp_path)
    assert result.returncode == 2
    assert f"999.txt:{line}: " in result.stderr and message in result.stderr, result.stderr
    assert "hint:" in result.stderr


def test_unknown_speaker_publishes_an_unlinked_person_with_a_warning(source_copy, tmp_path):
    write(source_copy, (GOOD_HEAD + "Comrade Mao Zedong: Who is this?\n\nComrade Wang Li: A newcomer.\n").encode())
    out = tmp_path / "out"
    result = run_cli("build", "--source", source_copy, "--out", out, "--verbose")
    assert result.returncode == 0, result.stderr
    assert "unknown-speaker" in result.stdout and "999.txt:17" in result.stdout
    nt = (out / "dataset.nt").read_text()
    assert '<https://w3id.org/ldpub/person/999-wang-li> <http://schema.org/name> "Wang Li"@en' in nt
    assert "<https://w3id.org/ldpub/person/999-wang-li> <http://schema.org/sameAs>" not in nt


def test_unknown_speaker_is_an_error_under_strict(source_copy, tmp_path):
    write(source_copy, (GOOD_HEAD + "Comrade Mao Zedong: Who is this?\n\nComrade Wang Li: A newcomer.\n").encode())
    result = attempt(source_copy, tmp_path, "--strict")
    assert result.returncode == 2
    assert "999.txt:17: speaker label 'Comrade Wang Li' names no entity of the register" in result.stderr


def test_all_bad_documents_are_reported_at_once(source_copy, tmp_path):
    (source_copy / "documents" / "a.txt").write_bytes(b"")
    (source_copy / "documents" / "b.txt").write_bytes(b"\x00\x01")
    result = attempt(source_copy, tmp_path)
    assert result.returncode == 2
    assert "a.txt:1: the file is empty" in result.stderr and "b.txt:1: this is a binary file" in result.stderr
    assert "2 document(s) could not be published" in result.stderr


def test_missing_source_folder(tmp_path):
    result = run_process("build", "--source", tmp_path / "nope", "--out", tmp_path / "dist")
    assert result.returncode == 2 and "source folder not found" in result.stderr
    assert not (tmp_path / "dist").exists()


def test_debug_shows_the_traceback(tmp_path):
    result = run_process("--debug", "build", "--source", tmp_path / "nope", "--out", tmp_path / "dist")
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_a_licence_that_is_not_an_iri(source_copy, tmp_path):
    config = source_copy / "config.toml"
    config.write_text(config.read_text().replace('license = "https://creativecommons.org/licenses/by/4.0/"',
                                                 'license = "CC BY 4.0"'))
    result = attempt(source_copy, tmp_path)
    assert result.returncode == 2 and "config.toml: license 'CC BY 4.0' must be an http(s) IRI" in result.stderr


def test_a_defect_of_ldpub_on_one_page_names_the_page_and_publishes_nothing(source_copy, tmp_path, monkeypatch):
    # an exception no rule foresaw (a defect, as a held-out page once found: a TypeError in a notice) fails the build
    # with the page named, exit 70, no traceback unless --debug, dist/ unchanged (once a traceback and exit 1)
    import ld.pipeline

    built = ld.pipeline.build_document

    def faulty(path, *args, **kwargs):
        if path.name == "300025.txt":
            raise TypeError("can only concatenate str (not 'NoneType') to str")
        return built(path, *args, **kwargs)

    monkeypatch.setattr(ld.pipeline, "build_document", faulty)
    result = attempt(source_copy, tmp_path, "--jobs", "1", "--no-cache")
    assert result.returncode == 70, result.stderr
    assert "300025.txt: ldpub failed on this page (TypeError: can only concatenate" in result.stderr
    assert "a defect of ldpub, not of the page" in result.stderr and "please report it" in result.stderr
    debugged = run_cli("--debug", "build", "--source", source_copy, "--out", tmp_path / "other", "--jobs", "1",
                       "--no-cache")
    assert debugged.returncode == 70 and 'raise TypeError("can only concatenate' in debugged.stderr
    assert not (tmp_path / "other").exists()


def test_a_defect_of_ldpub_in_the_quality_report_names_the_page(source_copy, monkeypatch):
    # `ldpub report` reads each page as the build does: a defect on one is the same clear error, exit 70
    import ld.pipeline

    def faulty(path, *args, **kwargs):
        raise TypeError("a defect")

    monkeypatch.setattr(ld.pipeline, "prepare", faulty)
    result = run_cli("report", "--source", source_copy)
    assert result.returncode == 70 and "Traceback" not in result.stderr, result.stderr
    assert "300025.txt: ldpub failed on this page (TypeError: a defect): a defect of ldpub" in result.stderr
    debugged = run_cli("--debug", "report", "--source", source_copy)
    assert debugged.returncode == 70 and debugged.stderr.count('raise TypeError("a defect")') == 1, debugged.stderr
