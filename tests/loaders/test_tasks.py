"""The assignment grammar, rule by rule, on real sentences of the development corpus (data/dev), with the
body mentions given (the gazetteer's boundaries are tested elsewhere), and where each rule stops."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders.extract import tasks
from loaders.extract.assign import Bodies
from loaders.extract.context import Context
from loaders.extract.model import LISTS, Collector, Evidence, Item
from loaders.extract.structure import layout, provisions
from loaders.gazetteer.catalogue import gazetteer
from loaders.gazetteer.folded import fold_same_length
from loaders.gazetteer.matcher import Entry
from loaders.read.canonical import OffsetMap
from loaders.read.normalize import normalize
from ontology import keys

DEV = Path(__file__).resolve().parents[2] / "data" / "dev"
HEAD = "\n".join(
    [
        "ỦY BAN NHÂN DÂN",
        "TỈNH NGHỆ AN",
        "Số: 987/KH-UBND",
        "Nghệ An, ngày 20 tháng 11 năm 2025",
        "KẾ HOẠCH",
        "Về việc thử",
        "",
    ]
)


def run(
    body: str, names: list[str], normal: bool = True, assessment: bool = False
) -> tuple[Context, dict[str, list[Item]]]:
    """Tasks of a small plan whose body mentions are exactly `names` (each occurrence a mention); every
    provision is a tasks part, or with `assessment` each keeps the role its part's heading gives it."""
    text = HEAD + body + "\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    norm = normalize(text, "text") if normal else None  # tables: the normaliser's own tests cover its forms
    items: dict[str, list[Item]] = {k: [] for k in LISTS}
    omap = norm.map if norm else OffsetMap([0], [0], [len(text)])
    ctx = Context(norm.text if norm else text, omap, gazetteer(), Collector(items))
    ctx.province, ctx.province_name, ctx.year = "nghe-an", "Nghệ An", 2025  # HEAD's date line
    ctx.issuer = Entry("body", "body/nghe-an/uy-ban-nhan-dan", "Ủy ban nhân dân tỉnh Nghệ An", "nghe-an")
    for name in sorted(names, key=len, reverse=True):
        key = keys.body_key(name, "nghe-an")
        for m in re.finditer(re.escape(name), ctx.text):
            ctx.collector.add("bodies", key, name, {"key": key}, [ctx.ev(m.start(), m.end(), "test", 1.0)])
    lay = layout(ctx.text, len(ctx.text))
    ctx.body_start = lay.body[0].start if lay.body else 0
    provs = provisions(lay.body)
    for p in provs:
        ctx.collector.add("provisions", p.path, p.label, {"path": p.path, "kind": p.kind}, [])
        p.role = p.role if assessment else "tasks"
    tasks.extract_tasks(ctx, provs, [])
    return ctx, items


def roles(items: dict[str, list[Item]]) -> set[tuple[str, str, str]]:
    return {(a.fields["role"], a.fields["body_name"], a.fields["rule"]) for a in items["assignments"]}


def test_giao_chu_tri_phoi_hop() -> None:
    # vpcp_tb648: "Giao X chủ trì, phối hợp với Y …"
    _, items = run(
        "1. Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế nghiên cứu, xem xét hỗ trợ kinh phí.",
        ["Bộ Tài chính", "Bộ Y tế"],
    )
    assert roles(items) == {
        ("lead", "Bộ Tài chính", "assign.giao_chu_tri"),
        ("coordinate", "Bộ Y tế", "assign.coordinate"),
    }


def test_de_nghi_names_the_actor_and_a_topic_request_does_not() -> None:
    # vpcp_tb634 III.7: "Về đề nghị Chính phủ chỉ đạo …" is the province's request; "giao Bộ Tài chính" is
    # the assignment
    _, items = run(
        "7. Về đề nghị Chính phủ chỉ đạo Bộ Tài chính xem xét, bố trí vốn Dự án: giao Bộ Tài chính chủ trì"
        " phối hợp với Bộ Xây dựng và các cơ quan liên quan xem xét, xử lý theo đúng quy định.",
        ["Chính phủ", "Bộ Tài chính", "Bộ Xây dựng"],
    )
    got = roles(items)
    assert ("lead", "Bộ Tài chính", "assign.giao_chu_tri") in got
    assert ("coordinate", "Bộ Xây dựng", "assign.coordinate") in got
    assert not any(body == "Chính phủ" for _, body, _ in got)
    _, items = run("1. Đề nghị Bộ Công Thương sớm xem xét, hướng dẫn.", ["Bộ Công Thương"])
    assert roles(items) == {("lead", "Bộ Công Thương", "assign.de_nghi")}


def test_a_lead_in_sentence_gives_its_actor_to_the_list_after_it() -> None:
    # vpcp_tb634 II: "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo … sau:" then 1., 2., …
    _, items = run(
        "II. NHIỆM VỤ\nĐề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ"
        " trọng tâm sau:\n1. Đổi mới tư duy, tầm nhìn phát triển.\n2. Đổi mới mô hình phát triển.",
        ["Thường trực Tỉnh ủy"],
    )
    asg = [a for a in items["assignments"] if a.fields["rule"] == "implied.lead_in"]
    assert len({a.fields["task"] for a in asg}) == 2
    assert all(a.fields["implied"] and a.fields["role"] == "lead" for a in asg)


def test_a_collective_lead_in_implements_and_its_heading_period_bounds_the_list() -> None:
    # seed II: "Nhiệm vụ … 6 tháng cuối năm 2023" / "Trước tình hình đó, các cấp, các ngành … sau:"
    _, items = run(
        "II. Nhiệm vụ, giải pháp chủ yếu 6 tháng cuối năm 2025\nTình hình còn khó khăn. Trước tình hình đó,"
        " các cấp, các ngành cần tập trung một số nhiệm vụ trọng tâm sau:\n1. Đổi mới tư duy phát triển."
        " Hoàn thiện thể chế.\n2. Đẩy mạnh cơ cấu lại ngành nông nghiệp.",
        ["các cấp, các ngành"],
    )
    asg = [a for a in items["assignments"] if a.fields["rule"] == "implied.lead_in"]
    assert len(asg) == 2 and {a.fields["role"] for a in asg} == {"implement"}  # one per point
    assert {t.fields["due"] for t in items["tasks"] if t.fields["path"] != "II"} == {"2025-12-31"}


def test_a_duty_opening_with_phoi_hop_gives_the_partner_no_role() -> None:
    # hatinh_kh624: under "Sở Y tế:", "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra …"
    _, items = run(
        "1. Sở Y tế:\n- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra việc thực hiện các quy định.",
        ["Sở Y tế", "Sở Giáo dục và Đào tạo"],
    )
    assert roles(items) == {("coordinate", "Sở Y tế", "assign.duty_section")}


def test_no_actor_is_implied_and_says_so_and_a_bare_doer_implements() -> None:
    _, items = run(
        "1. Tiếp tục hoàn thiện quy hoạch tỉnh.\n2. Bộ Xây dựng khẩn trương rà soát.", ["Bộ Xây dựng"]
    )
    explicit = {r for r in roles(items) if not r[2].startswith("implied.")}
    assert explicit == {("implement", "Bộ Xây dựng", "assign.subject")}
    (imp,) = [a for a in items["assignments"] if a.fields["implied"]]
    assert imp.fields["confidence"] == 0.4 and imp.evidence[0].rule == "implied.issuer_directs"
    assert imp.evidence[0].quote == "Tiếp tục hoàn thiện quy hoạch tỉnh."  # the task's own span
    assert imp.fields["body_name"].startswith("Các cơ quan, đơn vị trực thuộc")
    assert len(items["tasks"]) == 2


NGHEAN_IV = (
    "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n"
    "- Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn thông triển khai phát triển hạ tầng viễn thông.\n"
    "- Chủ trì, phối hợp các đơn vị liên quan hướng dẫn các Doanh nghiệp Viễn thông; Trước ngày 15/12"
    " hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ kết quả triển khai thực hiện.\n"
    "- Phối hợp chặt chẽ với các nhà mạng để xây dựng lộ trình.\n"
    "2. Ban Quản lý Khu kinh tế Đông Nam\n"
    "- Tạo điều kiện thuận lợi để các doanh nghiệp viễn thông khảo sát.\n"
)


def test_duty_section_headed_by_a_body() -> None:
    # nghean_kh987 IV: every point under "1. Sở Khoa học và Công nghệ" is that body's, its role from the verb
    _, items = run(
        NGHEAN_IV,
        ["Sở Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", "Ban Quản lý Khu kinh tế Đông Nam"],
    )
    got = roles(items)
    assert {
        ("monitor", "Sở Khoa học và Công nghệ", "assign.duty_section"),
        ("lead", "Sở Khoa học và Công nghệ", "assign.duty_section"),
        ("coordinate", "Sở Khoa học và Công nghệ", "assign.duty_section"),
        ("lead", "Ban Quản lý Khu kinh tế Đông Nam", "assign.duty_section"),
    } <= got
    report = next(a for a in items["assignments"] if a.fields["role"] == "report")
    assert report.fields["to_name"] == "Bộ Khoa học và Công nghệ"
    assert not any(a.fields["implied"] for a in items["assignments"])


def test_deadline_fields_and_evidence_on_the_task() -> None:
    _, items = run(NGHEAN_IV, ["Sở Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"])
    task = next(t for t in items["tasks"] if t.fields["recurrence"])
    f = task.fields
    assert (f["deadline_text"], f["due"], f["recurrence"], f["recurrence_day"]) == (
        "Trước ngày 15/12 hàng năm",
        "2025-12-15",  # no year: the document's
        "annual",
        15,
    )
    assert {"deadline.date", "deadline.annual"} <= {e.rule for e in task.evidence}


def test_standing_body_and_tham_muu_approve() -> None:
    _, items = run(
        "1. Sở Tài chính: Là cơ quan thường trực, tham mưu UBND tỉnh ban hành kế hoạch.",
        ["Sở Tài chính", "UBND tỉnh"],
    )
    assert roles(items) == {
        ("lead", "Sở Tài chính", "assign.standing_body"),
        ("approve", "UBND tỉnh", "assign.tham_muu_approve"),
    }


def test_trinh_approve_needs_an_approving_verb() -> None:
    _, items = run("1. Sở Xây dựng lập hồ sơ, trình UBND tỉnh phê duyệt.", ["Sở Xây dựng", "UBND tỉnh"])
    assert ("approve", "UBND tỉnh", "assign.approve") in roles(items)
    _, items = run("1. Sở Xây dựng lập hồ sơ, trình UBND tỉnh trong tháng 12.", ["Sở Xây dựng", "UBND tỉnh"])
    assert not any(r == "approve" for r, _, _ in roles(items))


def test_subject_phoi_hop() -> None:
    # vpcp_tb634 III.4
    _, items = run(
        "4. Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ Công Thương rà soát kỹ các quy hoạch liên quan.",
        ["Ủy ban nhân dân tỉnh Thanh Hóa", "Bộ Công Thương"],
    )
    assert roles(items) == {
        ("coordinate", "Ủy ban nhân dân tỉnh Thanh Hóa", "assign.subject_phoi_hop"),
        ("coordinate", "Bộ Công Thương", "assign.coordinate"),
    }


def test_monitor_and_report_to() -> None:
    _, items = run(
        "1. Văn phòng Tỉnh ủy theo dõi, đôn đốc, kiểm tra việc thực hiện, báo cáo Ban Thường vụ Tỉnh ủy.",
        ["Văn phòng Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"],
    )
    assert ("monitor", "Văn phòng Tỉnh ủy", "assign.monitor") in roles(items)
    rep = next(a for a in items["assignments"] if a.fields["role"] == "report")
    assert (rep.fields["body_name"], rep.fields["to_name"]) == ("Văn phòng Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")


def test_party_lanh_dao_chi_dao() -> None:
    # lead and implement, as the AssignmentRoles definitions give them
    _, items = run(
        "1. Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh xây dựng kế hoạch thực hiện.",
        ["Đảng ủy UBND tỉnh", "UBND tỉnh"],
    )
    assert roles(items) == {
        ("lead", "Đảng ủy UBND tỉnh", "assign.party_lanh_dao"),
        ("implement", "UBND tỉnh", "assign.party_lanh_dao"),
    }


def test_heads_posts_map_to_their_bodies() -> None:
    # daklak_ct010 III.1 / quangtri_ct06: "Giám đốc các sở …; Chủ tịch UBND các xã … chịu trách nhiệm"
    _, items = run(
        "1. Giám đốc các sở, ban, ngành; Chủ tịch UBND các xã, phường chịu trách nhiệm triển khai thực hiện.",
        ["các sở, ban, ngành", "UBND các xã, phường"],
    )
    assert roles(items) == {
        ("lead", "các sở, ban, ngành", "assign.head_post"),
        ("lead", "UBND các xã, phường", "assign.head_post"),
    }


def test_the_issuer_speaking_names_the_actor() -> None:
    # hanoi_kh310 V.5: "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành …"
    _, items = run(
        "1. Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành triển khai thực hiện Kế hoạch.",
        ["Ủy ban nhân dân Thành phố", "các Sở, ban, ngành"],
    )
    assert roles(items) == {("implement", "các Sở, ban, ngành", "assign.yeu_cau")}


def test_party_quan_triet() -> None:
    _, items = run(
        "1. Các cấp ủy, tổ chức đảng tổ chức quán triệt sâu sắc Kết luận này.", ["Các cấp ủy, tổ chức đảng"]
    )
    assert roles(items) == {("implement", "Các cấp ủy, tổ chức đảng", "assign.party_quan_triet")}


def test_only_a_task_without_an_actor_gets_the_implied_one() -> None:
    _, items = run(
        "1. Tiếp tục hoàn thiện quy hoạch tỉnh.\n2. Sở Tài chính chủ trì thẩm định.", ["Sở Tài chính"]
    )
    assert len(items["tasks"]) == 2
    by_task = {a.fields["task"]: a for a in items["assignments"]}
    first, second = items["tasks"]
    assert by_task[first.id].fields["implied"] and not by_task[second.id].fields["implied"]
    assert ("lead", "Sở Tài chính", "assign.subject_chu_tri") in roles(items)


def test_the_seed_collective_keeps_its_key() -> None:
    assert keys.body_key("Các cơ quan, đơn vị trực thuộc Tỉnh ủy", "quang-ngai") == (
        "body/quang-ngai/cac-co-quan-don-vi-truc-thuoc-tinh-uy"
    )


def _table(sep: str) -> str:
    head = ["TT", "Nội dung/nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    rows = [
        ["1", "Tổ chức điều chỉnh quy hoạch hạ tầng viễn thông", "Ban Quản lý các khu công nghiệp",
         "Sở Khoa học và Công nghệ, Sở Công Thương", "Quý III Năm 2026"],
        ["2", "Khảo sát, đánh giá thực trạng hạ tầng viễn thông", "Ban Quản lý các khu công nghiệp",
         "Sở Công Thương", "Quý IV/2025- Quý II/2026"],
        ["3", "Xây dựng kế hoạch đầu tư công", "Ban Quản lý các khu công nghiệp", "Sở Tài chính",
         "Thường xuyên"],
    ]  # fmt: skip
    return "\n".join(sep.join(r) for r in [head, *rows]) + "\n"


@pytest.mark.parametrize("sep", [" | ", "\n"], ids=["row-per-line", "cell-per-line"])
def test_task_table(sep: str) -> None:
    # hanoi_kh310 appendix, as rows on one line and flattened one cell per line
    names = ["Ban Quản lý các khu công nghiệp", "Sở Khoa học và Công nghệ", "Sở Công Thương", "Sở Tài chính"]
    _, items = run("I. TỔ CHỨC THỰC HIỆN\nCác nhiệm vụ cụ thể:\n" + _table(sep), names, normal=False)
    table = [t for t in items["tasks"] if t.evidence[0].rule == "task.table"]
    assert [t.fields["text"][:12] for t in table] == ["Tổ chức điều", "Khảo sát, đá", "Xây dựng kế "]
    assert [(t.fields["due"], t.fields["recurrence"]) for t in table] == [
        ("2026-09-30", None),
        ("2026-06-30", None),
        (None, "continuous"),
    ]
    first = {
        (a.fields["role"], a.fields["body_name"])
        for a in items["assignments"]
        if a.fields["task"] == table[0].id
    }
    assert first == {
        ("lead", "Ban Quản lý các khu công nghiệp"),
        ("coordinate", "Sở Khoa học và Công nghệ"),
        ("coordinate", "Sở Công Thương"),
    }


def test_running_text_about_a_lead_body_is_no_table() -> None:
    # daklak_ct010: "cơ quan chủ trì có trách nhiệm phối hợp với …" in a sentence
    _, items = run("1. Trường hợp có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm phối hợp.", [])
    assert not any(t.evidence[0].rule == "task.table" for t in items["tasks"])


def _bodies(text: str, names: list[str]) -> Bodies:
    spans = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            spans.append(Item(name, "bodies", name, {}, [Evidence(m.start(), m.end(), name, "test", 1.0)]))
    return Bodies(spans, fold_same_length(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sở A, Sở B và Sở C chủ trì", ["Sở A", "Sở B", "Sở C"]),
        ("Sở A - Sở B", ["Sở A"]),
        ("Sở A – Sở B", ["Sở A"]),
        ("Sở A: Sở B", ["Sở A"]),
        ("Sở A; Sở B", ["Sở A"]),
        ("Sở A chủ trì, Sở B", ["Sở A"]),
        ("Sở A trước ngày 15 hằng quý Sở B", ["Sở A"]),
    ],
)
def test_a_chain_stops_at_role_words_separators_and_dates(text: str, want: list[str]) -> None:
    bodies = _bodies(text, ["Sở A", "Sở B", "Sở C"])
    assert [b.name for _, _, b in bodies.chain(0, len(text))] == want


def test_a_swallowing_mention_yields_to_a_shorter_one_at_the_same_start() -> None:
    text = "Sở Tài chính trước ngày 15/12 báo cáo"
    bodies = _bodies(text, ["Sở Tài chính trước ngày 15/12", "Sở Tài chính"])
    assert [b.name for _, _, b in bodies.chain(0, len(text))] == ["Sở Tài chính"]


def test_real_dev_documents() -> None:
    from loaders.extract.pipeline import extract_file

    ex = extract_file(DEV / "vpcp_tb634_2025_ttg_thuong_truc_tu_thanhhoa.txt")
    by_path = {t.fields["path"]: t for t in ex.tasks}
    iii8 = by_path["III.8"]
    assert iii8.fields["due"] == "2025-11-30"
    asg = {(a.fields["role"], a.fields["body_name"]) for a in ex.assignments if a.fields["task"] == iii8.id}
    assert ("lead", "Bộ Nội vụ") in asg
    for a in ex.assignments:
        assert a.evidence and a.evidence[0].quote  # every assignment quotes its text


def test_sub_heading_chu_tri_phoi_hop_over_dashes() -> None:
    # sonla_qd2954 V.1: "a) Chủ trì, phối hợp với Y" over dashes -> a lead per dash, Y coordinates once;
    # "b) Phối hợp với Y" over dashes -> the section's body coordinates, Y gets nothing
    _, items = run(
        "1. Sở Công Thương\n\na) Chủ trì, phối hợp với các sở, ban, ngành\n\n"
        "- Tổ chức tập huấn kiến thức.\n\n"
        "- Tổ chức kết nối giao thương.\n\nb) Phối hợp với Sở Tài chính\n\n- Hỗ trợ các nhà đầu tư.\n",
        ["Sở Công Thương", "các sở, ban, ngành", "Sở Tài chính"],
    )
    got = [(a.fields["role"], a.fields["body_name"]) for a in items["assignments"]]
    assert sorted(got) == sorted(
        [
            ("coordinate", "các sở, ban, ngành"),
            ("lead", "Sở Công Thương"),
            ("lead", "Sở Công Thương"),
            ("coordinate", "Sở Công Thương"),
        ]
    )


def test_report_to_the_competent_level_and_gui_ve() -> None:
    _, items = run(
        "1. Bộ Tài chính chủ trì xử lý, báo cáo cấp có thẩm quyền phương án xử lý.\n"
        "2. Các sở, ban, ngành có trách nhiệm phối hợp cung cấp thông tin, gửi về Sở Tài chính.",
        ["Bộ Tài chính", "Các sở, ban, ngành", "Sở Tài chính"],
    )
    got = {(a.fields["role"], a.fields["body_name"], a.fields["to_name"]) for a in items["assignments"]}
    assert ("report", "Bộ Tài chính", None) in got
    assert ("coordinate", "Các sở, ban, ngành", None) in got
    assert ("report", "Các sở, ban, ngành", "Sở Tài chính") in got


def test_a_monitoring_duty_under_a_heading_monitors() -> None:
    _, items = run(
        "1. Công an tỉnh:\n- Hướng dẫn, theo dõi, đôn đốc các địa phương xây dựng kế hoạch.\n",
        ["Công an tỉnh"],
    )
    assert roles(items) == {("monitor", "Công an tỉnh", "assign.duty_section")}


def test_a_notice_closing_thong_bao_de_implements() -> None:
    # vpcp_tb648: "Văn phòng Chính phủ thông báo để X và Y biết, thực hiện."
    _, items = run(
        "1. Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh và các Bộ, cơ quan liên quan biết,"
        " thực hiện.",
        ["Văn phòng Chính phủ", "Ủy ban nhân dân tỉnh", "các Bộ, cơ quan liên quan"],
    )
    assert {(r, b) for r, b, _ in roles(items)} == {
        ("implement", "Ủy ban nhân dân tỉnh"),
        ("implement", "các Bộ, cơ quan liên quan"),
    }


def test_component_captions_are_no_duties_and_tham_muu_reports_for_the_advised() -> None:
    # dongnai_kh182 III.2: "Dự án 1: “…”." under the Công an heading; "Tham mưu UBND tỉnh …, báo cáo Z"
    _, items = run(
        "1. Công an tỉnh:\n\n- Dự án 1: “Phòng ngừa, đấu tranh tội phạm về ma túy”.\n\n"
        "- Tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết, báo cáo Chính phủ theo quy định.",
        ["Công an tỉnh", "Ủy ban nhân dân tỉnh", "Chính phủ"],
    )
    got = {(a.fields["role"], a.fields["body_name"], a.fields["to_name"]) for a in items["assignments"]}
    assert got == {("lead", "Công an tỉnh", None), ("report", "Ủy ban nhân dân tỉnh", "Chính phủ")}


def test_a_coordination_list_runs_across_semicolons() -> None:
    # sonla_qd2954: "Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành; UBND các xã, phường …"
    _, items = run(
        "1. Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành; UBND các xã, phường"
        " tổ chức thực hiện.",
        ["Sở Công Thương", "các Sở, ban, ngành", "UBND các xã, phường"],
    )
    assert {(r, b) for r, b, _ in roles(items)} == {
        ("lead", "Sở Công Thương"),
        ("coordinate", "các Sở, ban, ngành"),
        ("coordinate", "UBND các xã, phường"),
    }


def test_a_request_heading_heads_its_section() -> None:
    # dongnai_kh182 III.2.10: "Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh" over dashes
    _, items = run(
        "1. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh\n\n"
        "- Thực hiện tốt chức năng thực hành quyền công tố, xét xử.\n",
        ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
    )
    assert roles(items) == {
        ("lead", "Viện kiểm sát nhân dân tỉnh", "assign.duty_section"),
        ("lead", "Tòa án nhân dân tỉnh", "assign.duty_section"),
    }


def test_phoi_hop_of_whom_the_doer_directs_gives_the_partner_no_role() -> None:
    # sonla_qd2954 V.10: under "UBND các xã, phường", "Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ với Sở …"
    _, items = run(
        "1. Sở Tài chính:\n\n- Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ với Sở Xây dựng rà soát.\n",
        ["Sở Tài chính", "Sở Xây dựng"],
    )
    assert roles(items) == {("lead", "Sở Tài chính", "assign.duty_section")}
