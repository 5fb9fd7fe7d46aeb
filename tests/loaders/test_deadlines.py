"""Deadlines and recurrence read from real task sentences (development corpus), and where they fail."""

from __future__ import annotations

import pytest

from loaders.extract import deadlines as dl
from loaders.gazetteer.folded import fold_same_length


def best(text: str, year: int | None = 2025) -> tuple[str, str | None, str] | None:
    folded = fold_same_length(text)
    found = dl.best_deadline(dl.deadlines(folded, 0, len(folded), year))
    return None if found is None else (found.kind, found.due, text[found.start : found.end])


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # vpcp_tb634: a full date with words
        (
            "nghiên cứu, tổng hợp, báo cáo Chính phủ trước ngày 30 tháng 11 năm 2025.",
            ("date", "2025-11-30", "trước ngày 30 tháng 11 năm 2025"),
        ),
        (
            "báo cáo Chính phủ, Thủ tướng Chính phủ trong tháng 12 năm 2025.",
            ("month", "2025-12-31", "trong tháng 12 năm 2025"),
        ),
        (
            "báo cáo Thủ tướng Chính phủ kết quả thực hiện trong Quý I năm 2026.",
            ("quarter", "2026-03-31", "thực hiện trong Quý I năm 2026"),
        ),
        ("hoàn thành trước ngày 15/12/2025", ("date", "2025-12-15", "hoàn thành trước ngày 15/12/2025")),
        ("chậm nhất ngày 05/01/2026", ("date", "2026-01-05", "chậm nhất ngày 05/01/2026")),
        ("trong tháng 01/2026", ("month", "2026-01-31", "trong tháng 01/2026")),
        ("Quý I/2026", ("quarter", "2026-03-31", "Quý I/2026")),
        ("quý IV năm 2025", ("quarter", "2025-12-31", "quý IV năm 2025")),
        ("hoàn thành trong năm 2026", ("year", "2026-12-31", "hoàn thành trong năm 2026")),
        ("6 tháng đầu năm 2026", ("half", "2026-06-30", "6 tháng đầu năm 2026")),
        ("trước 30/6", ("date", "2025-06-30", "trước 30/6")),  # no year: the document's
        ("giai đoạn 2026-2030", ("period", "2030-12-31", "giai đoạn 2026-2030")),
        ("năm 2025 - 2030", ("period", "2030-12-31", "năm 2025 - 2030")),
        # hanoi_kh310 appendix: a range of quarters is due at its later end
        ("Quý IV/2025- Quý II/2026", ("period", "2026-06-30", "Quý IV/2025- Quý II/2026")),
        ("trước tháng 12/2025", ("month", "2025-11-30", "trước tháng 12/2025")),
    ],
)
def test_deadline_kinds(sentence: str, want: tuple[str, str, str]) -> None:
    assert best(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # a reference's date, a term and a vision are no deadline
        "Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính phủ",
        "nhiệm kỳ 2021-2025",
        "Quy hoạch tỉnh thời kỳ 2021 - 2030",  # a plan's name
        "tầm nhìn đến năm 2045",
        "thực hiện Luật Đầu tư năm 2020",  # a year before the document's
        "trong 02 tháng",  # a duration
        "quy hoạch tỉnh",
    ],
)
def test_what_is_no_deadline(sentence: str) -> None:
    assert best(sentence) is None


def test_without_the_documents_year_the_due_date_is_unknown() -> None:
    assert best("trước ngày 15/12", year=None) == ("date", None, "trước ngày 15/12")


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        (
            "Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ",
            "annual",
            15,
        ),  # nghean_kh987
        ("báo cáo kết quả hằng tháng (trước ngày 20)", "monthly", 20),
        ("định kỳ hằng quý báo cáo", "quarterly", None),
        ("định kỳ 6 tháng báo cáo", "semiannual", None),
        ("Chỉ đạo lực lượng Kiểm lâm thường xuyên tổ chức lực lượng", "continuous", None),  # quangtri_ct06
        ("Hàng năm", "annual", None),
    ],
)
def test_recurrence(sentence: str, kind: str, day: int | None) -> None:
    folded = fold_same_length(sentence)
    rec = dl.recurrence(folded, 0, len(folded))
    assert rec is not None and (rec.kind, rec.day) == (kind, day)


def test_no_recurrence_in_a_one_off_task() -> None:
    folded = fold_same_length("giao Bộ Nội vụ chủ trì, báo cáo Chính phủ trước ngày 30 tháng 11 năm 2025")
    assert dl.recurrence(folded, 0, len(folded)) is None


def test_table_cells() -> None:
    assert dl.cell(fold_same_length("Quý III Năm 2026"), 2025)[0] == dl.Deadline(
        0, 16, "quarter", "2026-09-30"
    )
    assert dl.cell("2026", 2025)[0] == dl.Deadline(0, 4, "year", "2026-12-31")
    found, rec = dl.cell(fold_same_length("Thường xuyên"), 2025)
    assert found is None and rec is not None and rec.kind == "continuous"


def test_the_period_word_after_the_day_stays_with_the_deadline() -> None:
    from tests.loaders.test_tasks import run

    _, items = run(
        "1. Sở Công Thương định kỳ hàng tháng (trước ngày 16 hàng tháng) báo cáo UBND tỉnh.",
        ["Sở Công Thương", "UBND tỉnh"],
    )
    (task,) = items["tasks"]
    assert "trước ngày 16 hàng tháng" in task.fields["deadline_text"]
    assert task.fields["recurrence"] == "monthly"
