"""Loading real documents: extraction -> records -> graph, versioned, idempotent, from Python and `kg`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import neo4j
import pytest

from graph.hash import graph_hash, orphans
from graph.queries.documents import get_provision
from graph.reader import Reader
from graph.record_checks import REFERENCE_PROPS, check_records
from graph.writer import unload_document
from loaders.extract.pipeline import extract_file
from loaders.load import load_paths
from loaders.read.discover import discover
from loaders.records import to_records
from tests.conftest import REPO, SEED, Neo4jInstance, wipe

SEED_TEXT = SEED.read_text(encoding="utf-8")


def variant(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    meta = SEED.with_name(f"{SEED.stem}.meta.json")  # the seed has no letterhead: its jurisdiction beside it
    path.with_name(f"{path.stem}.meta.json").write_text(meta.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def v2_text() -> str:
    """The seed with one project dropped from a provision: the same document, a new version."""
    assert "Đường Hoàng Sa - Dốc Sỏi; " in SEED_TEXT
    return SEED_TEXT.replace("Đường Hoàng Sa - Dốc Sỏi; ", "")


def other_text() -> str:
    """Another document of the same issuer (another subject): it shares bodies and places with the seed."""
    return SEED_TEXT.replace("6 tháng cuối năm 2023", "6 tháng cuối năm 2024", 1)


def state(driver: neo4j.Driver) -> str:
    assert orphans(driver) == {"nodes": 0, "rels": 0}
    return graph_hash(driver).sha256


def fresh(driver: neo4j.Driver, *paths: Path) -> str:
    wipe(driver)
    for p in paths:
        load_paths(driver, [p], progress=False)
    return state(driver)


def test_seed_becomes_valid_records() -> None:
    records = to_records(extract_file(SEED), str(SEED))
    check_records(records)
    labels = {n.label for n in records.nodes}
    assert {"Document", "Provision", "Task", "Assignment", "Body", "Evidence"} <= labels
    assert records.document_key.startswith("party/quang-ngai/tinh-uy/KL/")
    refs = [n for n in records.nodes if n.label == "Document" and n.key != records.document_key]
    assert refs and all(set(n.props) <= REFERENCE_PROPS for n in refs)
    # A citation names a document as its own header would: "Thông báo số 279-TB/UBKTTW".
    assert any(n.props["name"] == "Thông báo số 279-TB/UBKTTW" for n in refs)


def test_discover_walks_folders(tmp_path: Path) -> None:
    variant(tmp_path / "a" / "b", "x.txt", "x")
    variant(tmp_path, "y.pdf", "y")
    variant(tmp_path, "z.csv", "z")
    assert [p.name for p in discover([tmp_path])] == ["x.txt", "y.pdf"]


def test_load_is_idempotent_and_skips_unchanged(clean_graph: neo4j.Driver) -> None:
    report = load_paths(clean_graph, [SEED.parent], progress=False)
    assert report.written == 1 and not report.failed and report.counts["node:Task"] > 10
    first = state(clean_graph)
    again = load_paths(clean_graph, [SEED.parent], progress=False)
    assert again.unchanged == 1 and again.written == 0
    assert state(clean_graph) == first
    forced = load_paths(clean_graph, [SEED], progress=False, force=True)
    assert forced.written == 1 and state(clean_graph) == first
    runs, _, _ = clean_graph.execute_query(
        "MATCH (r:LoadRun) WHERE r.finished IS NOT NULL RETURN count(r) AS n"
    )
    assert runs[0]["n"] == 3


def test_new_version_replaces_the_old(clean_graph: neo4j.Driver, tmp_path: Path) -> None:
    v1, v2 = SEED, variant(tmp_path / "v2", SEED.name, v2_text())
    load_paths(clean_graph, [v1], progress=False)
    projects_v1, _, _ = clean_graph.execute_query("MATCH (p:Project) RETURN collect(p.key) AS keys")
    load_paths(clean_graph, [v2], progress=False)
    after = state(clean_graph)
    projects_v2, _, _ = clean_graph.execute_query("MATCH (p:Project) RETURN collect(p.key) AS keys")
    assert set(projects_v2[0]["keys"]) < set(projects_v1[0]["keys"])
    assert after == fresh(clean_graph, v2)


def test_unload_equals_never_loaded_and_keeps_shared_facts(clean_graph: neo4j.Driver, tmp_path: Path) -> None:
    other = variant(tmp_path, "other.txt", other_text())
    only_other = fresh(clean_graph, other)
    load_paths(clean_graph, [SEED], progress=False)
    seed_key = to_records(extract_file(SEED)).document_key
    shared, _, _ = clean_graph.execute_query("MATCH (b:Body) WHERE size(b.sources) = 2 RETURN count(b) AS n")
    assert shared[0]["n"] > 5
    assert unload_document(clean_graph, seed_key).written
    assert state(clean_graph) == only_other


def test_a_bad_file_is_reported_and_the_rest_load(clean_graph: neo4j.Driver, tmp_path: Path) -> None:
    variant(tmp_path, "a.txt", SEED_TEXT)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    report = load_paths(clean_graph, [tmp_path], progress=False)
    assert report.written == 1
    assert [Path(p).name for p, _ in report.failed] == ["b.txt"]


def test_kg_load_unload_and_hash(
    neo4j_server: Neo4jInstance, clean_graph: neo4j.Driver, tmp_path: Path
) -> None:
    env = {**os.environ, "NEO4J_URI": neo4j_server.uri, "NEO4J_PASSWORD": neo4j_server.password}
    kg = [sys.executable, "-m", "api.cli"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*kg, *args],
            cwd=tmp_path,
            env={**env, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=300,
        )

    empty = run("graph", "hash")
    assert empty.returncode == 0, empty.stderr
    loaded = run("load", str(SEED.parent))
    assert loaded.returncode == 0, loaded.stderr
    assert "1 document(s) written" in loaded.stdout and "Task" in loaded.stdout
    stats = run("graph", "stats")
    assert "orphan) nodes: 0, relationships: 0" in stats.stdout
    assert "notification" not in stats.stderr, stats.stderr  # no server hints about absent property keys
    key = to_records(extract_file(SEED)).document_key
    assert run("unload", key).returncode == 0
    assert run("graph", "hash").stdout == empty.stdout
    assert run("unload", key).returncode == 3


@pytest.mark.parametrize("text", [SEED_TEXT.replace("Tỉnh ủy", "Tỉnh uỷ")])
def test_spelling_variants_meet_in_one_node(clean_graph: neo4j.Driver, tmp_path: Path, text: str) -> None:
    load_paths(clean_graph, [SEED, variant(tmp_path, "variant.txt", text)], progress=False)
    rows, _, _ = clean_graph.execute_query(
        "MATCH (b:Body {key: 'body/quang-ngai/tinh-uy'}) RETURN count(b) AS n"
    )
    assert rows[0]["n"] == 1


def test_an_article_is_read_by_the_path_the_document_shows(clean_graph: neo4j.Driver) -> None:
    """A decision's articles have paths "Đ1", "Đ2" …: the provision read finds them by that path (the key
    holds it unaccented, as the writer builds it), and a path no provision can have is none."""
    doc = REPO / "data" / "dev" / "bacninh_ubnd_qd471_2025_dia_diem_hoi_cho.txt"
    load_paths(clean_graph, [doc], progress=False)
    key = extract_file(doc).document.fields["key"]
    reader = Reader(clean_graph)
    found = get_provision(reader, key, "Đ1")
    assert found is not None and found.path == "Đ1" and found.key == f"{key}#D1"
    assert found.tasks, "the first article assigns duties"
    assert get_provision(reader, key, "Đ99") is None
    assert get_provision(reader, key, "not a path") is None
