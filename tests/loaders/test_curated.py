"""Parents, locations and restructurings from the curated data files, in records and in the real graph."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from graph.queries.bodies import get_body
from graph.reader import Reader
from graph.writer import unload_document
from loaders.extract.pipeline import extract_file, extract_text
from loaders.gazetteer import curated
from loaders.gazetteer.catalogue import gazetteer
from loaders.load import load_paths
from loaders.records import to_records
from tests.conftest import SEED
from tests.loaders.test_load import fresh, state

FIXTURES = Path(__file__).parent / "fixtures"
PLAN = FIXTURES / "ubnd_ke_hoach.txt"


def rels(path: Path, rtype: str) -> set[tuple[str, str]]:
    records = to_records(extract_file(path))
    return {(r.start_key, r.end_key) for r in records.rels if r.type == rtype}


def test_the_seed_gets_parents_and_locations_of_what_it_names() -> None:
    units = rels(SEED, "UNIT_OF")
    assert ("body/quang-ngai/ban-thuong-vu-tinh-uy", "body/quang-ngai/tinh-uy") in units
    assert ("body/quang-ngai/thuong-truc-tinh-uy", "body/quang-ngai/ban-thuong-vu-tinh-uy") in units
    located = rels(SEED, "LOCATED_IN")
    assert ("project/cau-tra-khuc-3", "place/quang-ngai/son-tinh") in located
    assert ("place/quang-ngai/khu-kinh-te-dung-quat", "place/vn/51") in located  # undated: today's province


def test_curated_projects_carry_their_owner_as_a_party_and_the_source_of_their_facts() -> None:
    records = to_records(extract_file(SEED))
    bridge = next(n for n in records.nodes if n.key == "project/cau-tra-khuc-3")
    assert bridge.props["fact_source"]
    parties = {(r.start_key, r.end_key): r.props["role"] for r in records.rels if r.type == "PARTICIPATES_IN"}
    assert parties[("body/quang-ngai/uy-ban-nhan-dan", "project/cau-tra-khuc-3")] == "publicAuthority"


def test_a_parent_the_document_does_not_name_is_not_added() -> None:
    records = to_records(extract_file(SEED))
    keys = {n.key for n in records.nodes}
    for start, end in rels(SEED, "UNIT_OF") | rels(SEED, "LOCATED_IN"):
        assert start in keys and end in keys


def test_a_merged_department_points_to_its_successor() -> None:
    records = to_records(extract_file(PLAN))
    events = {n.key: n.props for n in records.nodes if n.label == "ChangeEvent"}
    key = "change/hop-nhat-so-ke-hoach-va-dau-tu-vao-so-tai-chinh-tinh-quang-ngai"
    assert events[key]["kind"] == "merger" and str(events[key]["date"]) == "2025-03-01"
    assert "Nghị định 45/2025/NĐ-CP" in events[key]["fact_source"]
    assert (key, "body/quang-ngai/so-ke-hoach-va-dau-tu") in rels(PLAN, "ORIGINAL")
    assert (key, "body/quang-ngai/so-tai-chinh") in rels(PLAN, "RESULTING")


def test_every_curated_change_names_known_bodies_on_both_sides() -> None:
    found = {c for cs in curated.changes().values() for c in cs}
    assert len(found) >= 3
    for change in found:
        assert change.original and change.resulting and change.kind in {"merger", "renaming", "split"}


def test_a_change_naming_an_unknown_body_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        {
            "name": "x",
            "kind": "merger",
            "date": "2025-03-01",
            "original": "Sở Không Có",
            "resulting": "",
            "source": "",
        }
    ]
    monkeypatch.setattr(curated, "optional_rows", lambda name: rows)
    curated.changes.cache_clear()
    try:
        with pytest.raises(curated.CuratedDataError, match="Sở Không Có"):
            curated.changes()
    finally:
        curated.changes.cache_clear()


def test_restructurings_unload_like_any_fact(clean_graph: neo4j.Driver) -> None:
    only_seed = fresh(clean_graph, SEED)
    load_paths(clean_graph, [PLAN], progress=False)
    rows, _, _ = clean_graph.execute_query(
        "MATCH (:Body {key: $k})<-[:ORIGINAL]-(c:ChangeEvent)-[:RESULTING]->(s:Body) RETURN s.key AS s",
        k="body/quang-ngai/so-ke-hoach-va-dau-tu",
    )
    assert [r["s"] for r in rows] == ["body/quang-ngai/so-tai-chinh"]
    reader = Reader(clean_graph)
    before = get_body(reader, "body/quang-ngai/so-ke-hoach-va-dau-tu")
    assert before is not None
    assert [b.key for c in before.successors for b in c.bodies] == ["body/quang-ngai/so-tai-chinh"]
    after = get_body(reader, "body/quang-ngai/so-tai-chinh")
    assert after is not None and not after.successors
    assert "body/quang-ngai/so-ke-hoach-va-dau-tu" in {b.key for c in after.predecessors for b in c.bodies}
    assert after.parent is not None and after.parent.key == "body/quang-ngai/uy-ban-nhan-dan"
    assert "Nghị định 45/2025/NĐ-CP" in (after.predecessors[0].fact_source or "")
    assert unload_document(clean_graph, to_records(extract_file(PLAN)).document_key).written
    assert state(clean_graph) == only_seed


def test_catalogue_bodies_are_curated_however_they_are_found() -> None:
    """The implied collective is the catalogue's own organ: curated, with its name and its parent organ."""
    ex = extract_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nKẾ HOẠCH\nvề chuyển đổi số\n"
        "1. Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước.\n"
        "2. Văn phòng UBND tỉnh theo dõi, báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    key = "body/nghe-an/cac-co-quan-don-vi-truc-thuoc-uy-ban-nhan-dan"
    body = next(b for b in ex.items["bodies"] if b.fields["key"] == key)
    assert body.fields["curated"] is True and body.fields["implied"] is True
    assert body.name == "Các cơ quan, đơn vị trực thuộc Ủy ban nhân dân tỉnh Nghệ An"
    units = {(r.start_key, r.end_key) for r in to_records(ex).rels if r.type == "UNIT_OF"}
    assert (key, "body/nghe-an/uy-ban-nhan-dan") in units


def test_a_catalogue_organ_is_found_by_key_before_any_mention() -> None:
    by_key = gazetteer().by_key
    organ = by_key.get("body/ha-tinh/trung-tam-cong-bao-tin-hoc")
    assert organ is not None and organ.name == "Trung tâm Công báo - Tin học tỉnh Hà Tĩnh"
    assert by_key.get("body/ha-tinh/khong-co") is None and by_key.get("body/khong-co/so-tai-chinh") is None
