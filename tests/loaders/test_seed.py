"""The seed Kết luận of Tỉnh ủy Quảng Ngãi (khóa XX): what must be extracted from it."""

from __future__ import annotations

import json

from loaders.extract.model import Extraction
from tests.loaders.conftest import SEED, all_evidence

EXPECTED_REFS = {
    "1492-KL/TU": "2022-12-05",
    "279-TB/UBKTTW": "2022-05-19",
    "25-TB/TW": "2023-05-23",
    "168/QĐ-TTg": "2023-02-28",
    "08/CT-TTg": "2023-03-23",
    "26-NQ/TW": "2022-11-03",
    "28-CTr/TU": "2023-02-14",
}


def test_document_fields(seed: Extraction) -> None:
    doc = seed.document.fields
    assert doc["doc_type"] == "KL"
    assert doc["family"] == "party"
    assert doc["issuer"] == "Tỉnh ủy Quảng Ngãi"
    assert doc["issuer_key"] == "body/quang-ngai/tinh-uy"
    assert doc["place"] == "Quảng Ngãi"
    assert doc["term"] == "khóa XX"
    assert doc["subject"].startswith("về tình hình thực hiện nhiệm vụ 6 tháng đầu năm")
    assert doc["symbol"] is None and doc["date"] is None
    assert "Bộ Chính trị, Ban Bí thư (b/c)" in doc["recipients"]
    assert doc["signature"]["on_behalf"] == "T/M TỈNH ỦY"
    assert any("no symbol" in w for w in seed.warnings)


def test_all_seven_numbered_references_with_dates(seed: Extraction) -> None:
    found = {r.fields["symbol"]: r.fields["date"] for r in seed.references if r.fields["symbol"]}
    for symbol, when in EXPECTED_REFS.items():
        assert found.get(symbol) == when, symbol


def test_reference_issuers_and_types(seed: Extraction) -> None:
    by = {r.fields["symbol"]: r.fields for r in seed.references if r.fields["symbol"]}
    assert by["279-TB/UBKTTW"]["issuer"] == "Ủy ban Kiểm tra Trung ương"
    assert by["25-TB/TW"]["issuer"] == "Bộ Chính trị"
    assert by["168/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"
    assert by["168/QĐ-TTg"]["family"] == "state" and by["168/QĐ-TTg"]["doc_type"] == "QĐ"
    assert by["1492-KL/TU"]["key"] == "party/TU-quang-ngai/KL/1492/2022-12-05"
    assert by["168/QĐ-TTg"]["relation"] == "implements"


def test_number_only_notices(seed: Extraction) -> None:
    notices = [r.fields for r in seed.references if r.fields["symbol"] is None and r.fields["number"]]
    assert {(n["number"], n["doc_type"], n["issuer_code"]) for n in notices} >= {
        ("798", "TB", "UBKTTW"),
        ("799", "TB", "UBKTTW"),
    }


def test_projects(seed: Extraction) -> None:
    keys = {p.fields["key"] for p in seed.projects}
    for key in (
        "project/du-an-nang-cap-mo-rong-nha-may-loc-dau-dung-quat",
        "project/khu-lien-hop-san-xuat-gang-thep-hoa-phat-dung-quat-2",
        "project/khu-cong-nghiep-do-thi-dich-vu-vsip-2-quang-ngai",
        "project/khu-cong-nghiep-do-thi-dich-vu-vsip-quang-ngai",
        "project/cau-tra-khuc-3",
        "project/duong-cao-toc-bac-nam-phia-dong-giai-doan-2021-2025-doan-qua-tinh-quang-ngai",
        "project/duong-hoang-sa-doc-soi",
        "project/duong-ven-bien-dung-quat-sa-huynh-giai-doan-ii",
        "project/duong-thach-bich-tinh-phong",
        "project/trung-tam-loc-hoa-dau-va-nang-luong-quoc-gia-tai-khu-kinh-te-dung-quat",
    ):
        assert key in keys, key
    refinery = next(p for p in seed.projects if "nang-cap" in p.fields["key"])
    assert refinery.fields["owner"] == "Công ty Cổ phần Lọc hóa dầu Bình Sơn"
    assert refinery.fields["sector"] == "energy" and refinery.fields["source"]


def test_trà_khúc_3_has_both_spellings_as_evidence(seed: Extraction) -> None:
    bridge = next(p for p in seed.projects if p.fields["key"] == "project/cau-tra-khuc-3")
    quotes = {e.quote for e in bridge.evidence}
    assert "cầu Trà Khúc 3" in quotes
    assert any("Sơn Tịnh đến Tư Nghĩa" in q for q in quotes)


def test_indicators(seed: Extraction) -> None:
    ind = {i.name: i.fields for i in seed.indicators}
    grdp = next(v for k, v in ind.items() if "GRDP" in k)
    assert (grdp["value"], grdp["unit"], grdp["change_pct"], grdp["estimated"]) == (
        29240.3,
        "tỷ đồng",
        2.65,
        True,
    )
    assert grdp["period"] == "6 tháng đầu năm 2023"
    invest = next(v for k, v in ind.items() if "vốn đầu tư" in k)
    assert (invest["value"], invest["unit"], invest["change_pct"]) == (17644.0, "tỷ đồng", 10.5)
    fdi = next(v for k, v in ind.items() if "FDI" in k)
    assert (fdi["value"], fdi["unit"], fdi["count"]) == (1.0, "dự án", True)


def test_programmes_meetings_terms(seed: Extraction) -> None:
    progs = {p.name: p.fields for p in seed.programmes}
    assert progs["Chương trình mục tiêu quốc gia"]["count"] == 3
    assert "Chương trình Mỗi xã một sản phẩm" in progs
    assert any(n.startswith("Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021 - 2030") for n in progs)
    assert any(n.startswith("Đề án phát triển huyện đảo Lý Sơn") for n in progs)
    assert "Hội nghị Tỉnh ủy lần thứ 10 (khóa XX)" in {m.name for m in seed.meetings}
    assert {"khóa XX", "nhiệm kỳ 2020 - 2025", "giai đoạn 2021 - 2025"} <= {t.name for t in seed.terms}
    person = seed.persons[0]
    assert (person.name, person.fields["post"]) == ("Nguyễn Phú Trọng", "Tổng Bí thư")


def test_structure(seed: Extraction) -> None:
    paths = [p.fields["path"] for p in seed.provisions]
    assert paths[:3] == ["I", "II", "II.1"]
    assert "II.2.7" in paths and "III.2" in paths
    p = next(p for p in seed.provisions if p.fields["path"] == "II.2.7")
    assert p.fields["text"].startswith(
        "Hoàn thành công tác giải phóng mặt bằng Dự án đường cao tốc Bắc - Nam"
    )
    roles = {p.fields["path"]: p.fields["part_role"] for p in seed.provisions if p.fields["level"] == 1}
    assert roles == {"I": "assessment", "II": "tasks", "III": "implementation"}


def _assignments(seed: Extraction, path: str) -> set[tuple[str, str, str | None, bool]]:
    tasks = {t.id for t in seed.tasks if t.fields["path"] == path}
    return {
        (a.fields["role"], a.fields["body_name"], a.fields["to_name"], a.fields["implied"])
        for a in seed.assignments
        if a.fields["task"] in tasks
    }


def test_assignments_of_part_iii(seed: Extraction) -> None:
    iii2 = _assignments(seed, "III.2")
    assert ("lead", "Ban Thường vụ Tỉnh ủy Quảng Ngãi", None, False) in iii2
    assert ("report", "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "Tỉnh ủy Quảng Ngãi", False) in iii2
    iii1 = {b for r, b, _, implied in _assignments(seed, "III.1") if r == "implement" and not implied}
    assert iii1 >= {
        "Các ban cán sự đảng, đảng đoàn tỉnh Quảng Ngãi",
        "Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy Quảng Ngãi",
        "Các huyện ủy thị ủy thành ủy đảng ủy trực thuộc Tỉnh ủy Quảng Ngãi",
        "Các sở ban ngành tỉnh Quảng Ngãi",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi",
        "Các tổ chức chính trị - xã hội tỉnh Quảng Ngãi",
    }


def test_approval_and_implied_assignments(seed: Extraction) -> None:
    assert ("approve", "Thủ tướng Chính phủ", None, False) in _assignments(seed, "II.2.2")
    implied = [a for a in seed.assignments if a.fields["implied"]]
    assert implied and all(a.fields["confidence"] < 0.5 for a in implied)
    task = next(t for t in seed.tasks if t.fields["path"] == "II.2.7" and t.fields["ordinal"] == 2)
    concerned = {seed.by_id(i).name for i in task.fields["concerns"]}
    assert {"Cầu Trà Khúc 3", "Đường Hoàng Sa - Dốc Sỏi"} <= concerned


def test_every_quote_equals_its_span(seed: Extraction) -> None:
    raw = SEED.read_text(encoding="utf-8")
    n = 0
    for _, e in all_evidence(seed):
        assert seed.text[e.start : e.end] == e.quote
        # the raw span holds the same words (line breaks and blank lines aside)
        assert raw[e.raw_start : e.raw_end].split()[:1] == e.quote.split()[:1]
        n += 1
    assert n > 200


def test_json_shape(seed: Extraction) -> None:
    data = json.loads(seed.to_json())
    for key in (
        "document",
        "provisions",
        "references",
        "bodies",
        "persons",
        "places",
        "projects",
        "indicators",
        "tasks",
        "assignments",
        "warnings",
    ):
        assert key in data
    for key in ("provisions", "references", "bodies", "projects", "tasks", "assignments"):
        for item in data[key]:
            assert item["id"] and "name" in item and item["evidence"] is not None
    assert all("symbol" in r for r in data["references"])
    a = data["assignments"][0]
    assert {"body", "role", "task", "implied", "confidence", "evidence"} <= set(a)


def test_listed_notices_share_the_theo_relation(seed: Extraction) -> None:
    by = {r.fields["symbol"]: r.fields for r in seed.references if r.fields["symbol"]}
    assert by["279-TB/UBKTTW"]["relation"] == "implements"
    assert by["25-TB/TW"]["relation"] == "implements"


def test_generic_plan_names_are_not_programmes(seed: Extraction) -> None:
    names = {p.name for p in seed.programmes}
    assert "Quy hoạch phân khu xây dựng" not in names
    assert "Quy hoạch sử dụng đất cấp huyện giai đoạn 2021 - 2030" in names  # a period names it
