"""A bare "Chủ trì, phối hợp" sub-heading over dashes naming its tasks' partners (extract/partners.py)."""

from __future__ import annotations

from tests.loaders.test_tasks import roles, run

NAMES = ["Công an tỉnh", "Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân tỉnh"]


def _plan(sub_heading: str) -> str:
    return (
        "\n2. Công an tỉnh\na) Xây dựng kế hoạch triển khai Chương trình.\n"
        f"b) {sub_heading}\n\n"
        "- Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí ngân sách thực hiện Chương trình.\n\n"
        "- Sở Xây dựng, Sở Tài chính tổ chức rà soát cơ sở vật chất các cơ sở cai nghiện.\n"
    )


def test_the_heading_body_leads_and_each_dash_names_its_partners() -> None:
    _, items = run(_plan("Chủ trì, phối hợp"), NAMES)
    got = roles(items)
    assert ("coordinate", "Sở Tài chính", "assign.partner_dash") in got
    assert ("coordinate", "Sở Xây dựng", "assign.partner_dash") in got
    assert ("lead", "Công an tỉnh", "assign.partner_dash") in got
    assert not {r for r in got if r[1] in ("Sở Tài chính", "Sở Xây dựng") and r[0] in ("lead", "implement")}


def test_a_sub_heading_that_names_its_partners_keeps_the_dashes_own_actors() -> None:
    _, items = run(_plan("Chủ trì, phối hợp với Ủy ban nhân dân tỉnh:"), NAMES)
    assert not {r for r in roles(items) if r[2] == "assign.partner_dash"}
