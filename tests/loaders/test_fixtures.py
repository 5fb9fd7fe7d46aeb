"""Documents of the same genre beyond the seed: OCR'd Party resolution, State plan and decision, a PDF."""

from __future__ import annotations

from pathlib import Path

from loaders.extract.model import Extraction
from loaders.extract.pipeline import extract_file
from tests.loaders.conftest import FIXTURES, all_evidence
from tests.loaders.pdfgen import text_pdf


def roles(ex: Extraction, path: str) -> set[tuple[str, str, str | None]]:
    tasks = {t.id for t in ex.tasks if t.fields["path"] == path}
    return {
        (a.fields["role"], a.fields["body_name"], a.fields["to_name"])
        for a in ex.assignments
        if a.fields["task"] in tasks
    }


def check_quotes(ex: Extraction) -> None:
    for _, e in all_evidence(ex):
        assert ex.text[e.start : e.end] == e.quote


def test_party_resolution_with_ocr_noise_and_new_tone_style() -> None:
    ex = extract_file(FIXTURES / "party_nghi_quyet_ocr.txt")
    doc = ex.document.fields
    assert (doc["symbol"], doc["date"], doc["family"], doc["doc_type"]) == (
        "34-NQ/TU",
        "2024-07-12",
        "party",
        "NQ",
    )
    assert (doc["issuer"], doc["place"]) == ("Tỉnh ủy Quảng Ngãi", "Quảng Ngãi")
    assert doc["signature"]["signer"] == "Bùi Thị Quỳnh Vân" and doc["signature"]["post"] == "BÍ THƯ"
    assert [p.fields["path"] for p in ex.provisions if p.fields["level"] == 1] == ["I", "II", "III"]
    assert next(p for p in ex.provisions if p.fields["path"] == "III").fields["part_role"] == "implementation"
    symbols = {r.fields["symbol"]: r.fields for r in ex.references}
    assert symbols["210-KL/TW"]["date"] == "2021-11-10"  # "sô", dd-mm-yyyy
    assert symbols["45/QĐ-UBND"]["date"] == "2024-03-02"  # Ð U+00D0, dd.mm.yyyy
    assert "project/khu-lien-hop-san-xuat-gang-thep-hoa-phat-dung-quat-2" in {
        p.fields["key"] for p in ex.projects
    }
    assert (
        "report",
        "Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
    ) in roles(ex, "II.1")
    assert ("monitor", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ngãi", None) in roles(ex, "III.2")
    fdi = next(i for i in ex.indicators if "FDI" in i.name)
    assert fdi.fields["value"] == 3.0
    check_quotes(ex)


def test_state_plan_lead_coordinate_report_approve() -> None:
    ex = extract_file(FIXTURES / "ubnd_ke_hoach.txt")
    doc = ex.document.fields
    assert (doc["symbol"], doc["family"], doc["issuer"]) == (
        "134/KH-UBND",
        "state",
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
    )
    assert doc["key"] == "state/UBND-quang-ngai/KH/134/2023-09-20"
    assert (doc["jurisdiction"], doc["jurisdiction_name"]) == ("quang-ngai", "Quảng Ngãi")
    assert roles(ex, "II.1") >= {
        ("lead", "Sở Giao thông vận tải tỉnh Quảng Ngãi", None),
        ("coordinate", "Sở Tài chính tỉnh Quảng Ngãi", None),
        ("coordinate", "UBND huyện Sơn Tịnh", None),
        ("report", "Sở Giao thông vận tải tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    }
    assert ("approve", "Ủy ban nhân dân tỉnh Quảng Ngãi", None) in roles(ex, "II.2")
    assert ("monitor", "Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi", None) in roles(ex, "III")
    sokhcn = next(b for b in ex.bodies if b.name == "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi")  # catalogue
    assert sokhcn.fields["key"] == "body/quang-ngai/so-khoa-hoc-va-cong-nghe"
    assert {"II.3.a", "II.3.a.p1"} <= {p.fields["path"] for p in ex.provisions}
    based = next(r for r in ex.references if r.fields["symbol"] == "1492-KL/TU")
    assert based.fields["relation"] == "based_on"
    check_quotes(ex)


def test_decision_about_a_project() -> None:
    ex = extract_file(FIXTURES / "ubnd_quyet_dinh.txt")
    assert ex.document.fields["doc_type"] == "QĐ" and ex.document.fields["subject"].startswith(
        "Về việc phê duyệt"
    )
    assert [p.fields["path"] for p in ex.provisions] == ["Đ1", "Đ2", "Đ3"]
    road, bridge = ex.projects  # the bridge the road's name holds is a project too
    assert (road.fields["key"], bridge.fields["key"]) == (
        "project/duong-thach-bich-tinh-phong",
        "project/cau-thach-bich",
    )
    project = road
    task = next(t for t in ex.tasks if t.fields["path"] == "Đ1")
    assert project.id in task.fields["concerns"]
    total = next(i for i in ex.indicators if i.fields["unit"] == "tỷ đồng")
    assert total.fields["value"] == 650.5
    assert (
        "lead",
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi",
        None,
    ) in roles(ex, "Đ2")
    law = next(r for r in ex.references if r.fields["symbol"] == "39/2019/QH14")
    assert (law.fields["doc_type"], law.fields["issuer"], law.fields["relation"]) == (
        "L",
        "Quốc hội",
        "based_on",
    )
    check_quotes(ex)


def test_pdf_with_page_break_and_footnote(tmp_path: Path) -> None:
    pages = [
        [
            "TỈNH UỶ QUẢNG NGÃI",
            "Số 7-KL/TU",
            "Quảng Ngãi, ngày 03 tháng 4 năm 2024",
            "KẾT LUẬN",
            "về đầu tư công",
            "I. NHIỆM VỤ",
            "1. Đẩy nhanh tiến độ Dự án đường cao tốc Bắc",
            "- Nam phía Đông giai đoạn 2021 - 2025 theo ý kiến của đồng chí Nguyễn Phú Trọng1 và các",
            "1 Phát biểu tại Hội nghị.",
        ],
        [
            "2",
            "bộ, ngành liên quan.",
            "2. Ban Thường vụ Tỉnh uỷ có trách nhiệm lãnh đạo thực hiện Kết luận này.",
        ],
    ]
    path = tmp_path / "kl.pdf"
    path.write_bytes(text_pdf(pages))
    ex = extract_file(path)
    body = ex.text[: ex.body_end]
    assert "cao tốc Bắc - Nam phía Đông" in body and "Nguyễn Phú Trọng và các bộ, ngành liên quan." in body
    assert "Phát biểu tại Hội nghị" not in body
    assert ex.document.fields["symbol"] == "7-KL/TU"
    assert "project/duong-cao-toc-bac-nam-phia-dong-giai-doan-2021-2025-doan-qua-tinh-quang-ngai" in {
        p.fields["key"] for p in ex.projects
    }
    assert ("lead", "Ban Thường vụ Tỉnh ủy Quảng Ngãi", None) in roles(ex, "I.2")
    check_quotes(ex)
