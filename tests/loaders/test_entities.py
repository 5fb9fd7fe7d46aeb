"""Pattern-found names: which noun phrases are programmes, and the person finder."""

from __future__ import annotations

import pytest

from loaders.extract.pipeline import extract_text

HEAD = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nKẾ HOẠCH\nvề nhiệm vụ\n1. "


def programmes(body: str) -> set[str]:
    return {p.name for p in extract_text(HEAD + body).programmes if not p.fields["curated"]}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Sở Xây dựng lập Đề án phát triển du lịch huyện Lý Sơn, báo cáo.",
            "Đề án phát triển du lịch huyện Lý Sơn",
        ),
        (
            "Các sở triển khai Kế hoạch chuyển đổi số giai đoạn 2021 - 2025, báo cáo.",
            "Kế hoạch chuyển đổi số giai đoạn 2021 - 2025",
        ),
        (
            "Các sở thực hiện Chương trình “Nông thôn mới kiểu mẫu” trên địa bàn.",
            "Chương trình Nông thôn mới kiểu mẫu",
        ),
    ],
)
def test_named_programmes_are_kept(body: str, name: str) -> None:
    assert name in programmes(body)


@pytest.mark.parametrize(
    "body",
    [
        "Các huyện khẩn trương lập Quy hoạch phân khu xây dựng, báo cáo UBND tỉnh.",
        "Các sở xây dựng Kế hoạch triển khai thực hiện, báo cáo UBND tỉnh.",
        "Sở Kế hoạch và Đầu tư chủ trì tổng hợp, báo cáo UBND tỉnh.",
    ],
)
def test_common_noun_phrases_are_not_programmes(body: str) -> None:
    assert programmes(body) == set()


def test_person_with_post_and_title() -> None:
    ex = extract_text(HEAD + "Giao đồng chí Phó Chủ tịch UBND tỉnh Trần Phước Hiền chỉ đạo thực hiện.")
    (p,) = ex.persons
    assert (p.name, p.fields["post"]) == ("Trần Phước Hiền", "Phó Chủ tịch UBND tỉnh")
    assert p.evidence[0].quote.startswith("đồng chí Phó Chủ tịch")
