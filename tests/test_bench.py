"""The benchmark tools: a deterministic generator whose documents parse as it says, and a corpus
benchmark that prints the figures it promises."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import KEYS  # noqa: E402
from ld.config import DUMP_MODES  # noqa: E402
from ld.pipeline import load_source, prepare  # noqa: E402
from naive import naive_build  # noqa: E402
from synth import generate  # noqa: E402


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth") / "source"
    return folder, generate(12, folder, seed=5)


def test_same_seed_same_bytes(corpus, tmp_path):
    folder, manifest = corpus
    again = generate(12, tmp_path / "again", seed=5)
    assert files(folder) == files(tmp_path / "again")
    assert again == manifest


def test_other_seed_other_documents(corpus, tmp_path):
    folder, _ = corpus
    generate(12, tmp_path / "other", seed=6)
    mine, other = files(folder), files(tmp_path / "other")
    assert mine["config.toml"] == other["config.toml"] and mine["entities.toml"] == other["entities.toml"]
    assert {k: v for k, v in mine.items() if k.startswith("documents/")} != \
        {k: v for k, v in other.items() if k.startswith("documents/")}


def test_a_complete_source_folder(corpus):
    folder, manifest = corpus
    assert files(folder)["config.toml"] == (ROOT / "source" / "config.toml").read_bytes()
    assert files(folder)["entities.toml"] == (ROOT / "source" / "entities.toml").read_bytes()
    ids = sorted(p.stem for p in (folder / "documents").glob("*.txt"))
    assert ids == sorted(manifest["documents"]) and len(set(ids)) == 12
    totals = manifest["totals"]
    for feature in ("turns", "mentions", "insertions", "embedded", "stage_directions", "footnotes"):
        assert totals[feature] > 0, f"12 documents of seed 5 have no {feature}"


def test_documents_parse_into_the_turns_the_generator_wrote(corpus):
    folder, manifest = corpus
    source = load_source(folder)
    for path in source.documents:
        expected = manifest["documents"][path.stem]
        linked = prepare(path, source.register, strict=True)  # strict: every speaker is in the register
        doc = linked.doc
        assert len(doc.turns) == expected["turns"], path.name
        assert 10 <= expected["labelled"] <= 120
        assert sum(1 for s in doc.segments if s.kind == "stage") == expected["stage_directions"], path.name
        assert sum(1 for s in doc.segments if s.embedded_in) == expected["embedded"], path.name
        assert [f.segment is not None for f in doc.footnotes] == [True] * expected["footnotes"], path.name
        assert list(dict.fromkeys(linked.speakers[s.position].slug for s in doc.turns)) == expected["speakers"]
        assert doc.date and doc.date.value.startswith(expected["date"][:4])
        assert "1949" <= expected["date"][:4] <= "1991"


def test_naive_baseline_publishes_every_dump(corpus, tmp_path):
    folder, _ = corpus
    one = tmp_path / "one"
    (one / "documents").mkdir(parents=True)
    for name in ("config.toml", "entities.toml"):
        (one / name).write_bytes((folder / name).read_bytes())
    first = sorted((folder / "documents").glob("*.txt"))[0]
    (one / "documents" / first.name).write_bytes(first.read_bytes())
    figures = naive_build(one, tmp_path / "naive")
    assert figures["docs"] == 1 and figures["triples"] > 0 and figures["conforms"]
    assert sorted(p.name for p in (tmp_path / "naive").iterdir()) == \
        ["dataset.jsonld", "dataset.nq", "dataset.nt", "dataset.trig", "dataset.ttl"]


def test_corpus_benchmark_prints_its_figures_as_json():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--docs", "3", "--json"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert set(KEYS) <= set(figures)
    assert figures["docs"] == 3 and figures["triples"] > 0 and figures["seconds"] > 0
    assert figures["peak_rss_mb"] > 0


def test_the_dumps_benchmark_writes_every_dump_by_one_process_and_by_two():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "dumps.py"), "--docs", "3", "--rounds", "1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert figures["bytes"] > 0 and len(figures["groups"]) == 2
    assert sorted(n for g in figures["groups"] for n in g) == sorted(DUMP_MODES["plain"])
    assert len(figures["one_process_seconds"]) == len(figures["two_processes_seconds"]) == 1
    assert figures["best_ratio_two_to_one"] > 0

def test_the_triples_benchmark_reads_the_same_triples_both_ways():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "triples.py"), "--docs", "2", "--rounds", "1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert figures["docs"] == 2 and figures["triples_a_document"] > 100
    assert {"read_triple_objects_ms", "read_term_tuples_ms", "index_from_triple_objects_ms",
            "index_from_term_tuples_ms", "make_triple_objects_ms", "write_lines_ms", "parse_lines_ms"} <= set(figures)


def test_a_graph_s_term_tuples_are_its_triples_in_the_same_order():
    import pyoxigraph as ox

    from ld.terms import ox_triples
    a, p = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p")
    triples = ox_triples({(a, p, ox.Literal("z")), (a, p, ox.Literal("b")), (p, p, a)})
    assert triples.terms == [(q.subject, q.predicate, q.object) for q in triples.oxigraph()]
    assert [t[2] for t in triples.terms][:2] == [ox.Literal("b"), ox.Literal("z")]


def test_the_prepare_benchmark_times_each_checkout_s_own_code(tmp_path):
    # a checkout whose ``prepare`` fails must fail the run: the child imports the checkout it is given, not the
    # ``ld`` of the folder it is started from (``python -c`` puts the working folder first on the path)
    broken = tmp_path / "broken" / "ld"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("")
    (broken / "pipeline.py").write_text("def load_source(path):\n    raise SystemExit('broken checkout')\nprepare = None\n")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "prepare.py"), "--docs", "2", "--rounds", "1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert figures["docs"] == 2 and all(s[0] > 0 for s in figures["seconds_per_doc"].values())
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "prepare.py"), "--docs", "2", "--rounds", "1",
                          "--root", str(broken.parent)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode != 0 and "broken checkout" in run.stderr


def test_the_job_benchmark_times_the_worker_s_stages():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "job.py"), "--docs", "2", "--rounds", "1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    (rounds,) = figures["ms_per_doc"].values()
    stages = rounds[0]
    assert {"job", "parse_link", "map", "validate", "pieces", "exports"} <= stages.keys()
    assert stages["job"] >= stages["parse_link"] + stages["pieces"] > 0  # (the stages run inside the job)
