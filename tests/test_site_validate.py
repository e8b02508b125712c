"""`ldpub validate` reports conforms as SHACL defines it and exits by severity;
`ldpub site` writes to a folder of its own, never into dist/ (which every build replaces)."""

import json
import shutil

from conftest import run_cli

PERSON = "<https://w3id.org/ldpub/person/x>"
INFO_SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <http://schema.org/> .
<https://e.org/shape> a sh:NodeShape ; sh:targetSubjectsOf schema:name ;
    sh:property [ sh:path schema:name ; sh:maxLength 1 ; sh:severity sh:Info ; sh:message "a long name" ] .
"""


def validate(tmp_path, turtle: str, *extra):
    path = tmp_path / "data.ttl"
    path.write_text(turtle, encoding="utf-8")
    text = run_cli("validate", path, *extra)
    as_json = run_cli("validate", "--json", path, *extra)
    assert text.returncode == as_json.returncode, text.stderr + as_json.stderr
    return text.returncode, text.stdout, json.loads(as_json.stdout)


def test_no_result_conforms_exit_0(tmp_path):
    code, out, report = validate(tmp_path, f'{PERSON} <http://schema.org/name> "X"@en .')
    assert (code, report["conforms"], report["problems"]) == (0, True, [])
    assert out.startswith("conforms: 0 violations, 0 warnings, 0 infos")


def test_a_warning_does_not_conform_exit_3(tmp_path):
    code, out, report = validate(tmp_path, f'{PERSON} a <http://schema.org/Person> ; <http://schema.org/name> "X"@en .')
    assert code == 3 and report["conforms"] is False
    assert (report["violations"], report["warnings"]) == (0, 1)
    assert "does not conform: 0 violations, 1 warnings" in out


def test_only_infos_do_not_conform_exit_4(tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "info.ttl").write_text(INFO_SHAPE)
    code, out, report = validate(tmp_path, f'{PERSON} <http://schema.org/name> "Xavier"@en .', "--shapes", shapes)
    assert code == 4 and report["conforms"] is False
    assert [p["severity"] for p in report["problems"]] == ["Info"]


def test_a_build_with_warnings_publishes_and_its_report_says_it_does_not_conform(built):
    report = json.loads((built / "validation.json").read_text())
    assert report["violations"] == 0 and report["warnings"] > 0 and report["conforms"] is False
    assert (built / "dataset.nq").is_file()
    code = run_cli("validate", built / "dataset.ttl").returncode
    assert code == 3


def test_site_writes_to_its_own_folder(built, tmp_path):
    dist = tmp_path / "dist"
    shutil.copytree(built, dist)
    before = sorted(p.relative_to(dist) for p in dist.rglob("*"))
    done = run_cli("site", "--dist", dist, "--source", tmp_path / "none", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "document" / "300025.html").is_file()
    assert (tmp_path / "site" / "dist" / "dataset.nq").is_file()  # the download links resolve
    assert sorted(p.relative_to(dist) for p in dist.rglob("*")) == before  # dist/ untouched


def test_site_refuses_to_write_into_dist(built, tmp_path):
    dist = tmp_path / "dist"
    shutil.copytree(built, dist)
    before = sorted(p.relative_to(dist) for p in dist.rglob("*"))
    for out in (dist, dist / "pages"):
        done = run_cli("site", "--dist", dist, "--out", out, cwd=tmp_path)
        assert done.returncode == 2 and "ldpub build --html" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.relative_to(dist) for p in dist.rglob("*")) == before
