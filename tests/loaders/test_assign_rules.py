"""The assignment rules added for issue 12, each on a short synthetic sentence in its genre's wording
(positive and negative): the centre's head lists, "trao đổi, phối hợp", wrapped posts."""

from __future__ import annotations

import pytest

from loaders.extract.pipeline import extract_text
from ontology import keys
from tests.loaders.test_tasks import roles, run

VPCP = "\n".join(
    [
        "VĂN PHÒNG CHÍNH PHỦ",
        "Số: 700/TB-VPCP",
        "Hà Nội, ngày 10 tháng 11 năm 2025",
        "THÔNG BÁO",
        "Kết luận của Phó Thủ tướng Chính phủ",
        "",
        "1. Các Bộ, cơ quan: Tư pháp, Văn hóa, Thể thao và Du lịch, Nông nghiệp",
        "và Môi trường theo chức năng, nhiệm vụ được giao khẩn trương rà soát các kiến nghị, báo cáo Thủ",
        "tướng Chính phủ trước ngày 30 tháng 12 năm 2025.",
        "",
    ]
)


def _bodies(text: str) -> dict[str, set[str]]:
    """Body keys with the rules of their mentions."""
    out: dict[str, set[str]] = {}
    for b in extract_text(text).bodies:
        out.setdefault(b.fields["key"], set()).update(e.rule for e in b.evidence)
    return out


def test_a_head_list_item_takes_the_longest_name_across_commas_and_line_breaks() -> None:
    found = _bodies(VPCP)
    assert "list.head_word" in found["body/vn/bo-van-hoa-the-thao-va-du-lich"]
    assert "list.head_word" in found["body/vn/bo-nong-nghiep-va-moi-truong"]
    assert "list.head_word" in found["body/vn/bo-tu-phap"]


def test_a_head_list_item_without_a_longer_name_keeps_its_own_words() -> None:
    found = _bodies(VPCP.replace("Văn hóa, Thể thao và Du lịch", "Y tế, Xây dựng"))
    assert "body/vn/bo-van-hoa-the-thao-va-du-lich" not in found
    assert {"body/vn/bo-y-te", "body/vn/bo-xay-dung"} <= set(found)


def test_the_bodies_of_a_head_list_are_the_actors_not_the_collective() -> None:
    _, items = run(
        "1. Các Bộ, cơ quan: Tài chính, Xây dựng theo chức năng, nhiệm vụ được giao khẩn trương rà soát, "
        "báo cáo Thủ tướng Chính phủ.",
        ["Các Bộ, cơ quan", "Tài chính", "Xây dựng", "Thủ tướng Chính phủ"],
    )
    got = roles(items)
    assert ("implement", "Tài chính", "assign.head_list") in got
    assert ("implement", "Xây dựng", "assign.head_list") in got
    assert ("report", "Xây dựng", "assign.report") in got
    assert not {r for r in got if r[1] == "Các Bộ, cơ quan"}


def test_a_collective_without_a_list_after_its_colon_stays_a_heading() -> None:
    _, items = run(
        "1. Các sở, ban, ngành:\na) Rà soát các thủ tục đầu tư.",
        ["Các sở, ban, ngành"],
    )
    assert ("implement", "Các sở, ban, ngành", "assign.duty_section") in roles(items)


def test_trao_doi_phoi_hop_coordinates_and_a_list_goes_on_past_cac() -> None:
    _, items = run(
        "1. Các Bộ, cơ quan liên quan và các Tập đoàn Viễn thông theo chức năng, nhiệm vụ và thẩm quyền, "
        "trao đổi, phối hợp chặt chẽ với Tỉnh để xử lý các kiến nghị.",
        ["Các Bộ, cơ quan liên quan", "Tập đoàn Viễn thông"],
    )
    got = roles(items)
    assert ("coordinate", "Các Bộ, cơ quan liên quan", "assign.subject_phoi_hop") in got
    assert ("coordinate", "Tập đoàn Viễn thông", "assign.subject_phoi_hop") in got


def test_a_list_keeps_cac_when_the_mention_holds_it() -> None:
    _, items = run(
        "1. Sở Tài chính và các đơn vị liên quan khẩn trương hoàn thiện hồ sơ.",
        ["Sở Tài chính", "các đơn vị liên quan", "đơn vị liên quan"],
    )
    assert {r[1] for r in roles(items)} == {"Sở Tài chính", "các đơn vị liên quan"}


def test_a_post_wrapped_to_the_next_line_still_names_its_body() -> None:
    _, items = run(
        "1. Ủy ban nhân dân tỉnh giao Giám\nđốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các xã triển khai "
        "thực hiện.",
        ["Ủy ban nhân dân tỉnh", "Sở Tài chính", "Ủy ban nhân dân các xã"],
    )
    got = {(r[0], r[1]) for r in roles(items)}
    assert {("lead", "Sở Tài chính"), ("lead", "Ủy ban nhân dân các xã")} <= got


LEAD_IN = (
    "\nIII. NHIỆM VỤ\n2. Nhiệm vụ cụ thể\nYêu cầu các Sở, ban, ngành tổ chức thực hiện các công tác sau:\n"
    "2.1. Sở Tài chính\na) Bố trí kinh phí thực hiện Kế hoạch.\nb) Hướng dẫn thanh quyết toán kinh phí.\n"
    "2.2. Sở Xây dựng\na) Rà soát quy hoạch các khu tái định cư.\nb) Kiểm tra chất lượng công trình.\n"
    "2.3. Ủy ban nhân dân phường\na) Tuyên truyền đến người dân trên địa bàn.\nb) Rà soát các hộ dân.\n"
)


def test_a_lead_in_does_not_reach_into_a_section_titled_by_an_unknown_body() -> None:
    _, items = run(LEAD_IN, ["các Sở, ban, ngành", "Sở Tài chính", "Sở Xây dựng"])
    by_task: dict[str, set[str]] = {}
    for a in items["assignments"]:
        by_task.setdefault(a.fields["task"], set()).add(a.fields["rule"])
    texts = {t.id: t.fields["text"] for t in items["tasks"]}
    ward = [rules for tid, rules in by_task.items() if "hộ dân" in texts[tid] or "người dân" in texts[tid]]
    assert ward and all("implied.lead_in" not in rules for rules in ward)
    got = roles(items)
    assert ("lead", "Sở Xây dựng", "assign.duty_section") in got


def test_a_lead_in_still_reaches_plain_points() -> None:
    text = LEAD_IN.replace("2.1. Sở Tài chính\n", "").replace("2.2. Sở Xây dựng\n", "")
    text = text.replace("2.3. Ủy ban nhân dân phường\n", "")
    _, items = run(text, ["các Sở, ban, ngành"])
    assert ("implement", "các Sở, ban, ngành", "implied.lead_in") in roles(items)


def test_a_qualifier_with_quan_ly_inside_still_reaches_the_role() -> None:
    _, items = run(
        "1. Các Sở, ban, ngành theo chức năng quản lý của mình, có trách nhiệm phối hợp cung cấp thông tin.",
        ["Các Sở, ban, ngành"],
    )
    assert ("coordinate", "Các Sở, ban, ngành", "assign.subject_phoi_hop") in roles(items)
    _, items = run(
        "1. Các Sở, ban, ngành theo chức năng quản lý của mình, khẩn trương cung cấp thông tin.",
        ["Các Sở, ban, ngành"],
    )
    assert ("implement", "Các Sở, ban, ngành", "assign.subject_collective") in roles(items)


def test_a_heading_of_collectives_with_the_communes_committees_implements() -> None:
    names = ["Các sở, ngành", "UBND các xã, phường", "các đơn vị liên quan"]
    _, items = run("1. Các sở, ngành, UBND các xã, phường và các đơn vị liên quan:\na) Rà soát hồ sơ.", names)
    got = {(r[0], r[1]) for r in roles(items)}
    assert {("implement", n) for n in names} <= got
    _, items = run("1. UBND các xã, phường:\na) Rà soát hồ sơ đất đai.", ["UBND các xã, phường"])
    assert ("lead", "UBND các xã, phường") in {(r[0], r[1]) for r in roles(items)}  # alone it leads


def test_the_body_results_are_sent_to_reports_what_it_compiles() -> None:
    _, items = run(
        "1. Các sở, ngành báo cáo kết quả gửi Sở Công Thương tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
        ["Các sở, ngành", "Sở Công Thương", "Ủy ban nhân dân tỉnh"],
    )
    reports = {
        (a.fields["body_name"], a.fields["to_name"], a.fields["rule"])
        for a in items["assignments"]
        if a.fields["role"] == "report"
    }
    assert ("Sở Công Thương", "Ủy ban nhân dân tỉnh", "assign.report_compiled") in reports
    assert ("Các sở, ngành", "Sở Công Thương", "assign.report") in reports
    assert not any(r[0] == "Các sở, ngành" and r[1] == "Ủy ban nhân dân tỉnh" for r in reports)


def test_a_body_named_as_a_guide_is_no_compiler() -> None:
    _, items = run(
        "1. Ủy ban nhân dân các xã tổ chức sơ kết theo hướng dẫn của Sở Giáo dục và Đào tạo để tổng hợp, "
        "báo cáo Ủy ban nhân dân tỉnh.",
        ["Ủy ban nhân dân các xã", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh"],
    )
    reports = {
        (a.fields["body_name"], a.fields["to_name"])
        for a in items["assignments"]
        if a.fields["role"] == "report"
    }
    assert reports == {("Ủy ban nhân dân các xã", "Ủy ban nhân dân tỉnh")}


def _committee_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """run() keys "Ủy ban nhân dân tỉnh" as the province's committee (its catalogue key)."""
    original = keys.body_key
    monkeypatch.setattr(
        keys,
        "body_key",
        lambda n, j: f"body/{j}/uy-ban-nhan-dan" if n == "Ủy ban nhân dân tỉnh" else original(n, j),
    )


def test_tinh_as_a_doer_is_the_provinces_committee(monkeypatch: pytest.MonkeyPatch) -> None:
    _committee_key(monkeypatch)
    _, items = run(
        "1. Ủy ban nhân dân tỉnh chỉ đạo thực hiện. Trường hợp còn thiếu, Tỉnh tổng hợp nhu cầu, báo cáo Bộ "
        "Tài chính.\n2. Tỉnh Nghệ An rà soát biên chế các đơn vị.",
        ["Ủy ban nhân dân tỉnh", "Bộ Tài chính"],
    )
    got = roles(items)
    assert ("implement", "Ủy ban nhân dân tỉnh", "assign.bare_province") in got
    assert ("report", "Ủy ban nhân dân tỉnh", "assign.report") in got
    bare = [a for a in items["assignments"] if a.fields["rule"] == "assign.bare_province"]
    assert {a.evidence[0].quote.split()[0] for a in bare} == {"Tỉnh"} and len(bare) == 2


def test_tinh_uy_and_a_province_as_a_place_are_no_doer(monkeypatch: pytest.MonkeyPatch) -> None:
    _committee_key(monkeypatch)
    _, items = run(
        "1. Ủy ban nhân dân tỉnh chỉ đạo thực hiện. Tỉnh ủy lãnh đạo thực hiện. Nâng cấp hạ tầng số của Tỉnh "
        "theo quy hoạch.",
        ["Ủy ban nhân dân tỉnh", "Tỉnh ủy"],
    )
    assert not [a for a in items["assignments"] if a.fields["rule"] == "assign.bare_province"]


def test_chi_dao_under_a_section_the_heading_leads_and_the_directed_implements() -> None:
    _, items = run(
        "\n1. Sở Nông nghiệp và Môi trường\n\n- Chỉ đạo Chi cục Kiểm lâm thường xuyên tuần tra rừng.\n",
        ["Sở Nông nghiệp và Môi trường", "Chi cục Kiểm lâm"],
    )
    got = roles(items)
    assert ("implement", "Chi cục Kiểm lâm", "assign.section_chi_dao") in got
    assert ("lead", "Sở Nông nghiệp và Môi trường", "assign.duty_section") in got
    assert not {r for r in got if r[1] == "Chi cục Kiểm lâm" and r[0] == "lead"}


def test_chi_dao_outside_a_section_keeps_its_own_rule() -> None:
    _, items = run("1. Chỉ đạo Chi cục Kiểm lâm thường xuyên tổ chức tuần tra rừng.", ["Chi cục Kiểm lâm"])
    assert ("lead", "Chi cục Kiểm lâm", "assign.chi_dao") in roles(items)


def test_a_monitoring_system_is_no_monitoring_duty() -> None:
    names = ["Công an tỉnh"]
    _, items = run("\n1. Công an tỉnh\n\n- Chia sẻ dữ liệu từ hệ thống camera giám sát giao thông.\n", names)
    assert {r[0] for r in roles(items)} == {"lead"}
    _, items = run("\n1. Công an tỉnh\n\n- Chủ trì ứng dụng công nghệ số trong giám sát giao thông.\n", names)
    assert {r[0] for r in roles(items)} == {"lead"}
    _, items = run(
        "\n1. Công an tỉnh\n\n- Chủ trì, phối hợp các đơn vị hướng dẫn, theo dõi, kiểm tra, đôn đốc.\n", names
    )
    assert {r[0] for r in roles(items)} == {"lead", "monitor"}  # a verb list a little further on
    _, items = run("\n1. Công an tỉnh\n\n- Tăng cường giám sát an ninh mạng.\n", names)
    assert {r[0] for r in roles(items)} == {"monitor"}


def test_a_sentence_without_a_subject_carries_the_paragraphs_doers_on() -> None:
    _, items = run(
        "1. Các sở, ngành triển khai kịp thời các nhiệm vụ được giao. Trong quá trình thực hiện nếu phát "
        "sinh vướng mắc, báo cáo kịp thời Ủy ban nhân dân tỉnh. Tăng cường tuyên truyền đến doanh nghiệp.",
        ["Các sở, ngành", "Ủy ban nhân dân tỉnh"],
    )
    got = roles(items)
    assert ("report", "Các sở, ngành", "assign.report") in got
    assert ("implement", "Các sở, ngành", "assign.carried_subject") in got
    carried = [a for a in items["assignments"] if a.fields["rule"] == "assign.carried_subject"]
    assert len(carried) == 1  # the report-only sentence says report, not implement


def test_a_new_paragraph_does_not_carry_the_doers() -> None:
    _, items = run(
        "1. Các sở, ngành triển khai kịp thời các nhiệm vụ được giao.\n\n2. Tăng cường tuyên truyền đến "
        "doanh nghiệp.",
        ["Các sở, ngành"],
    )
    assert not [a for a in items["assignments"] if a.fields["rule"] == "assign.carried_subject"]


def test_a_request_after_a_comma_names_its_actors() -> None:
    names = ["các sở, ban, ngành", "UBND các xã, phường"]
    _, items = run(
        "1. Trên đây là Kế hoạch phát triển hạ tầng số của tỉnh, yêu cầu Thủ trưởng các sở, ban, ngành, Chủ "
        "tịch UBND các xã, phường nghiêm túc triển khai thực hiện.",
        names,
    )
    got = {(r[0], r[1], r[2]) for r in roles(items)}
    assert {("implement", n, "assign.yeu_cau") for n in names} <= got
    _, items = run("1. Tổ chức hội nghị, nhằm đáp ứng yêu cầu của các sở, ban, ngành.", names)
    assert not {r for r in roles(items) if r[1] in names}


def test_a_collective_list_reads_past_doan_the_cap_tinh() -> None:
    names = ["các sở, ban, ngành", "cơ quan ngành dọc"]
    _, items = run(
        "1. Căn cứ Kế hoạch này, các sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc xây dựng kế hoạch.",
        names,
    )
    assert {r[1] for r in roles(items)} == set(names)
    _, items = run(
        "1. Căn cứ Kế hoạch này, các sở, ban, ngành, hội đoàn thể, cơ quan ngành dọc xây dựng kế hoạch.",
        names,
    )
    assert {r[1] for r in roles(items)} == {"các sở, ban, ngành"}  # an unknown word still ends the list


def test_a_sender_does_not_report_what_another_compiles() -> None:
    _, items = run(
        "1. Các sở, ngành triển khai kế hoạch. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản "
        "ánh về Ban Điều phối dự án để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
        ["Các sở, ngành", "Ủy ban nhân dân tỉnh"],
    )
    named = {(r[0], r[1]) for r in roles(items) if not r[2].startswith("implied.")}
    assert named == {("implement", "Các sở, ngành")}
