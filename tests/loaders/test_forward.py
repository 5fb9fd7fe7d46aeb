"""Duties stated in purpose and assessment parts (loaders/extract/forward.py): a doer with a forward verb."""

from __future__ import annotations

from tests.loaders.test_tasks import roles, run


def test_a_forward_duty_in_a_requirements_part_is_read() -> None:
    _, items = run(
        "\nI. MỤC ĐÍCH, YÊU CẦU\n\n2. Yêu cầu\n\n- Các doanh nghiệp viễn thông phối hợp các đơn vị liên quan "
        "triển khai kế hoạch.\n\n- Sở Tài chính đã triển khai kế hoạch năm 2025.\n",
        ["Các doanh nghiệp viễn thông", "các đơn vị liên quan", "Sở Tài chính"],
        assessment=True,
    )
    got = roles(items)
    assert ("coordinate", "Các doanh nghiệp viễn thông", "assign.subject_phoi_hop") in got
    assert not {r for r in got if r[1] == "Sở Tài chính"}  # what was done is no duty


def test_la_co_so_de_names_the_doers() -> None:
    _, items = run(
        "\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Là cơ sở để các sở, ngành và Ủy ban nhân dân các xã "
        "xây dựng kế hoạch thực hiện.\n",
        ["các sở, ngành", "Ủy ban nhân dân các xã"],
        assessment=True,
    )
    assert {(r[0], r[1]) for r in roles(items)} == {
        ("implement", "các sở, ngành"),
        ("implement", "Ủy ban nhân dân các xã"),
    }
