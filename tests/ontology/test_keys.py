"""Instance keys: deterministic, readable, as docs/model.md shows them."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from ontology import KeyBuildError, keys
from ontology.text import unaccent


@pytest.mark.parametrize(
    ("symbol", "when", "scope", "expected"),
    [
        ("1492-KL/TU", "2022-12-05", "QNG", "party/TU-QNG/KL/1492/2022-12-05"),
        ("279-TB/UBKTTW", date(2022, 5, 19), None, "party/UBKTTW/TB/279/2022-05-19"),
        ("798-TB/UBKTTW", None, None, "party/UBKTTW/TB/798"),
        ("Số 34 -NQ/TU".removeprefix("Số "), None, None, "party/TU/NQ/34"),
        ("2449-CV/ĐU", None, None, "party/DU/CV/2449"),
        ("168/QĐ-TTg", "2023-02-28", None, "state/TTg/QD/168/2023-02-28"),
        ("134 /KH-UBND", None, "QNG", "state/UBND-QNG/KH/134"),
        ("08/CT-TTg", None, None, "state/TTg/CT/8"),
        ("35/2022/NĐ-CP", "2022-05-28", None, "state/CP/ND/35-2022/2022-05-28"),
        ("1289/UBND-TH", None, None, "state/UBND-TH/CV/1289"),
        ("12/QÐ-UBND", None, None, "state/UBND/QD/12"),  # Ð U+00D0 typed for Đ
        ("12/Q\u0110-UBND", None, None, "state/UBND/QD/12"),
    ],
)
def test_document_keys_from_symbols(symbol: str, when: object, scope: str | None, expected: str) -> None:
    assert keys.document_key_from_symbol(symbol, when, issuer_scope=scope) == expected  # type: ignore[arg-type]


def test_document_keys_from_parts() -> None:
    assert keys.party_document_key("UBKTTW", "TB", 279, "2022-05-19") == "party/UBKTTW/TB/279/2022-05-19"
    assert keys.state_document_key("TTg", "QĐ", "168", date(2023, 2, 28)) == "state/TTg/QD/168/2023-02-28"
    assert keys.document_key_from_symbol("146/2025/QH15", doc_type="Luật") == "state/QH15/Luat/146-2025"


@pytest.mark.parametrize("bad", ["", "KL/TU", "abc-KL/TU", "1492 KL TU"])
def test_bad_symbols_are_refused(bad: str) -> None:
    with pytest.raises(KeyBuildError):
        keys.document_key_from_symbol(bad)


def test_dates_must_be_iso() -> None:
    with pytest.raises(KeyBuildError):
        keys.party_document_key("TU", "KL", 1, "05/12/2022")


def test_nfd_and_nfc_names_give_one_key() -> None:
    import unicodedata

    name = "Ban Thường vụ Tỉnh ủy"
    nfd = unicodedata.normalize("NFD", name)
    assert keys.body_key(name, "Quảng Ngãi") == keys.body_key(nfd, "Quảng Ngãi")
    assert keys.body_key(name, "Quảng Ngãi") == "body/quang-ngai/ban-thuong-vu-tinh-uy"
    assert keys.body_key("Bộ Chính trị") == "body/vn/bo-chinh-tri"


def test_structured_keys() -> None:
    doc = "party/TU-QNG/KL/1492/2022-12-05"
    prov = keys.provision_key(doc, "II.2.7.")
    assert prov == f"{doc}#II.2.7"
    task = keys.task_key(prov, 1)
    assert task == f"{doc}#II.2.7/t1"
    body = keys.body_key("Sở Xây dựng", "Quảng Ngãi")
    assert keys.assignment_key(task, "lead", body) == f"{task}/lead/body/quang-ngai/so-xay-dung"
    assert keys.evidence_key(doc, 10, 42, "lead") == f"{doc}@10-42/lead"
    assert keys.indicator_key(doc, "GRDP") == f"{doc}/indicator/grdp"
    assert keys.project_key("Cầu Trà Khúc 3") == "project/cau-tra-khuc-3"
    assert keys.place_key("Quảng Ngãi", "KKT Dung Quất") == "place/quang-ngai/kkt-dung-quat"
    assert keys.term_key(keys.body_key("Tỉnh ủy", "Quảng Ngãi"), "XX") == "term/quang-ngai/tinh-uy/xx"
    assert (
        keys.programme_key("Chương trình Mỗi xã một sản phẩm") == "programme/chuong-trinh-moi-xa-mot-san-pham"
    )
    assert keys.meeting_key("Hội nghị lần thứ 10") == "meeting/hoi-nghi-lan-thu-10"
    assert keys.person_key("Nguyễn Phú Trọng") == "person/nguyen-phu-trong"
    assert keys.change_key("Hợp nhất") == "change/hop-nhat"
    run = uuid.UUID("8a8c1f4e-2f43-4c55-9a56-2c1c0c0f7d11")
    assert keys.load_run_key(run) == f"run/{run}"
    assert keys.load_run_key().startswith("run/")


def test_invalid_parts_are_refused() -> None:
    with pytest.raises(KeyBuildError):
        keys.assignment_key("t", "boss", "b")
    with pytest.raises(KeyBuildError):
        keys.task_key("p", 0)
    with pytest.raises(KeyBuildError):
        keys.project_key("  ---  ")
    with pytest.raises(KeyBuildError):
        keys.evidence_key("d", 10, 5, "lead")
    with pytest.raises(KeyBuildError):
        keys.provision_key("d", "II 2")


def test_unaccent_keeps_case() -> None:
    assert unaccent("QĐ-TTg") == "QD-TTg"
    assert unaccent("Ðà Nẵng") == "Da Nang"
