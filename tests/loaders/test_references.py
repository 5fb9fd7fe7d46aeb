"""Each kind of document reference from docs/vietnamese-documents.md, on real strings."""

from __future__ import annotations

import pytest

from loaders.extract.pipeline import extract_text

HEAD = "TỈNH ỦY QUẢNG NGÃI\nKẾT LUẬN\nvề nhiệm vụ\n1. "


def refs(body: str, jurisdiction: str | None = None) -> list[dict]:
    ex = extract_text(HEAD + body, jurisdiction=jurisdiction)
    return [r.fields | {"name": r.name, "n_ev": len(r.evidence)} for r in ex.references]


def test_a_local_symbol_resolves_inside_the_citing_province() -> None:
    (na,) = [r for r in refs("Theo Nghị quyết số 12-NQ/TU ngày 30/6/2025.", "nghe-an") if r["symbol"]]
    (qn,) = [r for r in refs("Theo Nghị quyết số 12-NQ/TU ngày 30/6/2025.", "quang-ngai") if r["symbol"]]
    assert (na["issuer"], na["key"]) == ("Tỉnh ủy Nghệ An", "party/TU-nghe-an/NQ/12/2025-06-30")
    assert (qn["issuer"], qn["key"]) == ("Tỉnh ủy Quảng Ngãi", "party/TU-quang-ngai/NQ/12/2025-06-30")


def test_a_local_symbol_without_a_jurisdiction_names_no_province() -> None:
    ex = extract_text("KẾT LUẬN\nvề nhiệm vụ\n1. Theo Nghị quyết số 12-NQ/TU ngày 30/6/2025.")
    (r,) = [r.fields for r in ex.references if r.fields["symbol"]]
    assert ex.document.fields["jurisdiction"] is None
    assert any("jurisdiction unknown" in w for w in ex.warnings)
    assert r["issuer"] is None and r["key"] == "party/TU/NQ/12/2025-06-30"


@pytest.mark.parametrize(
    ("body", "symbol", "when", "family", "dtype", "issuer"),
    [
        (
            "Theo Kết luận số 1492-KL/TU ngày 05/12/2022.",
            "1492-KL/TU",
            "2022-12-05",
            "party",
            "KL",
            "Tỉnh ủy Quảng Ngãi",
        ),
        (
            "Theo Quyết định số 168/QĐ-TTg ngày 28/02/2023 của Thủ tướng Chính phủ.",
            "168/QĐ-TTg",
            "2023-02-28",
            "state",
            "QĐ",
            "Thủ tướng Chính phủ",
        ),
        (
            "Thực hiện Thông báo số 279-\n\nTB/UBKTTW ngày 19/5/2022 của Ủy ban Kiểm tra Trung ương.",
            "279-TB/UBKTTW",
            "2022-05-19",
            "party",
            "TB",
            "Ủy ban Kiểm tra Trung ương",
        ),
        (
            "Thực hiện Nghị quyết Số 34 -NQ/TU ngày 1-2-2023.",
            "34-NQ/TU",
            "2023-02-01",
            "party",
            "NQ",
            "Tỉnh ủy Quảng Ngãi",
        ),
        (
            "Căn cứ Kế hoạch Số: 134 /KH-UBND ngày 20.9.2023.",
            "134/KH-UBND",
            "2023-09-20",
            "state",
            "KH",
            "Ủy ban nhân dân tỉnh Quảng Ngãi",
        ),
        ("Theo Kết luận sô 210-KL/TW của Bộ Chính trị.", "210-KL/TW", None, "party", "KL", "Bộ Chính trị"),
        (
            "Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính phủ.",
            "35/2022/NĐ-CP",
            "2022-05-28",
            "state",
            "NĐ",
            "Chính phủ",
        ),
        (
            "Theo Quyết định số 45/QÐ-UBND ngày 02/03/2024.",
            "45/QĐ-UBND",
            "2024-03-02",
            "state",
            "QĐ",
            "Ủy ban nhân dân tỉnh Quảng Ngãi",
        ),
        (
            "Theo Công văn số 1289/UBND-TH ngày 15/8/2023.",
            "1289/UBND-TH",
            "2023-08-15",
            "state",
            "CV",
            "Ủy ban nhân dân tỉnh Quảng Ngãi",
        ),
        ("Căn cứ Luật số 146/2025/QH15 của Quốc hội.", "146/2025/QH15", None, "state", "L", "Quốc hội"),
        ("Triển khai Công văn số 2449-CV/ĐU.", "2449-CV/ĐU", None, "party", "CV", None),
    ],
)
def test_symbol_forms(
    body: str, symbol: str, when: str | None, family: str, dtype: str, issuer: str | None
) -> None:
    (r,) = [r for r in refs(body, jurisdiction="quang-ngai") if r["symbol"]]
    assert (r["symbol"], r["date"], r["family"], r["doc_type"], r["issuer"]) == (
        symbol,
        when,
        family,
        dtype,
        issuer,
    )


def test_relations() -> None:
    got = {
        r["symbol"]: r["relation"]
        for r in refs(
            "Căn cứ Kết luận số 1-KL/TU ngày 01/01/2023; thực hiện Chỉ thị số 08/CT-TTg ngày 23/3/2023 và "
            "Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị; như đã nêu tại Kết luận số 2-KL/TU."
        )
    }
    assert got == {
        "1-KL/TU": "based_on",
        "08/CT-TTg": "implements",
        "26-NQ/TW": "implements",
        "2-KL/TU": "cites",
    }


def test_number_only_and_duplicates() -> None:
    rs = refs(
        "Khắc phục theo Thông báo kết luận số 798, 799 của Ủy ban Kiểm tra Trung ương; theo Chỉ thị số "
        "08/CT-TTg ngày 23/3/2023. Tiếp tục thực hiện Chỉ thị số 08/CT-TTg ngày 23/3/2023."
    )
    only = sorted((r["number"], r["issuer"], r["doc_type"]) for r in rs if not r["symbol"])
    assert only == [("798", "Ủy ban Kiểm tra Trung ương", "TB"), ("799", "Ủy ban Kiểm tra Trung ương", "TB")]
    (ct,) = [r for r in rs if r["symbol"] == "08/CT-TTg"]
    assert ct["n_ev"] == 2  # cited twice: one reference, two evidence spans


def test_no_false_symbols() -> None:
    assert (
        refs("Giai đoạn 2021 - 2025, ngày 19/5/2022, Covid-19, tỷ lệ 2,65%, gửi (b/c) và VPTU: C, PCVP.")
        == []
    )


def test_list_under_one_cue_shares_the_relation() -> None:
    # The seed's sentence: three notices under one "theo", the later ones after "; " and a description.
    got = {
        r["name"]: r["relation"]
        for r in refs(
            "Tiếp tục khắc phục các hạn chế, khuyết điểm theo Thông báo kết luận số 798, 799 của Ủy ban "
            "Kiểm tra Trung ương; Thông báo số 279-TB/UBKTTW ngày 19/5/2022 của Ủy ban Kiểm tra Trung ương "
            "về kết luận kiểm tra đối với Ban Thường vụ Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy; Thông báo kết "
            "luận số 25-TB/TW ngày 23/5/2023 của Bộ Chính trị về kết quả kiểm tra năm 2022. Như đã nêu tại "
            "Kết luận số 3-KL/TU."
        )
    }
    assert got["Thông báo số 279-TB/UBKTTW"] == "implements"
    assert got["Thông báo số 25-TB/TW"] == "implements"
    assert got["Kết luận số 3-KL/TU"] == "cites"  # a new sentence does not continue the list


def test_list_item_with_its_own_cue_keeps_it() -> None:
    got = {
        r["symbol"]: r["relation"]
        for r in refs(
            "Theo Kết luận số 4-KL/TU ngày 01/01/2023 về công tác cán bộ; căn cứ Quyết định số "
            "168/QĐ-TTg ngày 28/02/2023 của Thủ tướng Chính phủ."
        )
    }
    assert got == {"4-KL/TU": "implements", "168/QĐ-TTg": "based_on"}
