"""Issue 13: a document without symbol and date gets a key of its own text; a key held by another document
is refused, not silently replaced; a new version of the same file still replaces the old."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from api.cli import main
from loaders.extract.pipeline import extract_file
from loaders.load import load_paths
from loaders.records import content_key_stem, document_key
from tests.conftest import SEED

PLAIN_A = "Một văn bản\n\nVề việc trồng cây xanh trên địa bàn, các cơ quan thực hiện nghiêm túc.\n"
PLAIN_B = "Một văn bản\n\nVề việc sửa chữa đường giao thông nông thôn, các xã báo cáo kết quả.\n"
HEADER = "TỈNH ỦY QUẢNG NGÃI\nSố 1492-KL/TU\nQuảng Ngãi, ngày 05 tháng 12 năm 2022\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def key_of(path: Path) -> str:
    return document_key(extract_file(path))


def loaded(driver: neo4j.Driver) -> dict[str, str]:
    rows, _, _ = driver.execute_query(
        "MATCH (d:Document) WHERE d.loaded RETURN d.key AS key, d.source_path AS path"
    )
    return {r["key"]: r["path"] for r in rows}


def test_texts_without_a_header_get_keys_of_their_own(tmp_path: Path) -> None:
    a, b = write(tmp_path, "a.txt", PLAIN_A), write(tmp_path, "b.txt", PLAIN_B)
    again = write(tmp_path / "again", "other-name.txt", PLAIN_A)
    assert key_of(a) != key_of(b), "two texts, two documents"
    assert key_of(a) == key_of(again), "the same text, the same key on every load"
    assert content_key_stem(key_of(a)) == content_key_stem(key_of(b)) != ""
    assert content_key_stem("party/TU-quang-ngai/KL/1492/2022-12-05") == ""


def test_kg_extract_shows_the_key_and_reads_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "a.txt", PLAIN_A)
    write(tmp_path, "b.txt", PLAIN_B)
    assert main(["extract", str(tmp_path), "--format", "summary"]) == 0
    out = capsys.readouterr().out
    assert out.count("key=state/") == 2
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    assert f'"key": "{key_of(tmp_path / "a.txt")}"' in capsys.readouterr().out


def test_two_headerless_documents_both_stay(clean_graph: neo4j.Driver, tmp_path: Path) -> None:
    load_paths(clean_graph, [write(tmp_path, "a.txt", PLAIN_A)], progress=False)
    report = load_paths(clean_graph, [write(tmp_path, "b.txt", PLAIN_B)], progress=False)
    assert not report.failed and report.written == 1
    assert len(loaded(clean_graph)) == 2


def test_a_key_of_another_document_is_refused(clean_graph: neo4j.Driver, tmp_path: Path) -> None:
    text = HEADER + SEED.read_text(encoding="utf-8")
    first = write(tmp_path, "kl-1492.txt", text)
    load_paths(clean_graph, [first], progress=False)
    key = key_of(first)
    other = write(
        tmp_path, "another-file.txt", text.replace("6 tháng cuối năm 2023", "6 tháng cuối năm 2024")
    )
    assert key_of(other) == key
    report = load_paths(clean_graph, [other], progress=False)
    assert report.written == 0 and len(report.failed) == 1
    line = next(x for x in report.lines() if "failed:" in x)
    assert "is already the key of another document" in line and "\n" not in line
    assert loaded(clean_graph) == {key: str(first)}, "never a silent replace"
    # A new version of the same file (here moved) replaces it, and so does an explicit reload.
    moved = write(tmp_path / "v2", "kl-1492.txt", text.replace("Đường Hoàng Sa - Dốc Sỏi; ", ""))
    assert load_paths(clean_graph, [moved], progress=False).written == 1
    assert load_paths(clean_graph, [other], progress=False, force=True).written == 1
    assert loaded(clean_graph) == {key: str(other)}


def test_a_new_version_of_a_headerless_file_replaces_the_old(
    clean_graph: neo4j.Driver, tmp_path: Path
) -> None:
    v1 = write(tmp_path, "plain.txt", PLAIN_A)
    load_paths(clean_graph, [v1], progress=False)
    v2 = write(tmp_path / "v2", "plain.txt", PLAIN_A.replace("nghiêm túc", "kịp thời"))
    assert key_of(v1) != key_of(v2)
    load_paths(clean_graph, [v2], progress=False)
    assert loaded(clean_graph) == {key_of(v2): str(v2)}
