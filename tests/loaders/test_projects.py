"""Projects named by head words (zones, roads, railways, ports, bridges, plants); categories are not."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from loaders.extract.context import Context
from loaders.extract.model import Collector, Extraction, Item
from loaders.extract.projects import extract_projects
from loaders.gazetteer.catalogue import gazetteer
from loaders.gazetteer.project_kinds import kinds
from loaders.read.normalize import normalize
from ontology import keys

DEV = Path(__file__).resolve().parents[2] / "data" / "dev"  # the repository's copy of the dev corpus


def run(text: str, province_name: str | None = None) -> tuple[Context, list[Item]]:
    """extract_projects on text, after gazetteer mentions, as extract_entities calls it."""
    norm = normalize(text, "text")
    ex = Extraction("t", norm.text, Item("doc", "document", "t"), raw_format="text")
    ctx = Context(norm.text, norm.map, gazetteer(), Collector(ex.items), body_end=norm.body_end)
    ctx.scan_all()
    ctx.province_name = province_name
    taken = bytearray(len(ctx.text) + 1)
    for g in ctx.matches:
        taken[g.start : g.end] = b"\x01" * (g.end - g.start)
        if g.entry.kind == "project":
            ctx.entity(g.entry, g.start, g.end, "gazetteer.project", 0.95)
    extract_projects(ctx, 0, len(ctx.text), taken)
    return ctx, ex.items["projects"]


def found(text: str, province_name: str | None = None) -> dict[str, dict[str, object]]:
    return {p.name: p.fields for p in run(text, province_name)[1] if not p.fields["curated"]}


@pytest.mark.parametrize(
    ("line", "name", "kind", "sector"),
    [
        (  # vpcp_tb634 (Thanh Hóa)
            "3. Về mở rộng dự án giai đoạn 2 của Nhà máy lọc hóa dầu Nghi Sơn: giao Tập đoàn Công nghiệp - "
            "Năng lượng Quốc gia Việt Nam làm việc cụ thể với công ty TNHH Lọc hóa dầu Nghi Sơn.",
            "Nhà máy lọc hóa dầu Nghi Sơn",
            "refinery",
            "energy",
        ),
        (
            "thực hiện di dân, tái định cư trong Khu kinh tế Nghi Sơn theo kế hoạch phân bổ chi tiết",
            "Khu kinh tế Nghi Sơn",
            "economic-zone",
            "economy",
        ),
        (
            "chủ trương đầu tư tuyến đường giao thông kết nối liên vùng từ đường Hồ Chí Minh, tỉnh Thanh Hóa "
            "đến quốc lộ 6 và đường cao tốc CT.03 tỉnh Phú Thọ, đoạn qua tỉnh Thanh Hóa",
            "Quốc lộ 6",
            "national-road",
            "transport.road",
        ),
        (  # bacninh_ubnd_qd471: a national road in an address; the street beside it is no project
            "Khu vực Trung tâm phường Quế Võ (vị trí đường 02 chiều đoạn đường QL 18, đường Trương Định) |",
            "Quốc lộ 18",
            "national-road",
            "transport.road",
        ),
        (
            "Hoàn thành KCN VSIP Nghệ An trong năm 2026.",
            "Khu công nghiệp VSIP Nghệ An",
            "industrial-zone",
            "economy",
        ),
        (
            "Mở rộng CCN Hưng Đông, xã Hưng Nguyên.",
            "Cụm công nghiệp Hưng Đông",
            "industrial-cluster",
            "economy",
        ),
        ("Đầu tư hạ tầng KKT Vân Phong.", "Khu kinh tế Vân Phong", "economic-zone", "economy"),
        (
            "Nghiên cứu đường sắt tốc độ cao trên trục Bắc - Nam.",
            "Đường sắt tốc độ cao trên trục Bắc - Nam",
            "railway",
            "transport.rail",
        ),  # fmt: skip
        (
            "Triển khai tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng.",
            "Đường sắt Lào Cai - Hà Nội - Hải Phòng",
            "railway",
            "transport.rail",
        ),  # fmt: skip
        ("Nâng cấp sân bay Điện Biên.", "Cảng hàng không Điện Biên", "airport", "transport.air"),
        ("Thu hút đầu tư cảng cạn Tiên Sơn.", "Cảng cạn Tiên Sơn", "dry-port", "transport.water"),
        ("Khởi công cầu Rạch Miễu 2 trong quý I.", "Cầu Rạch Miễu 2", "bridge", "transport.road"),
        (
            "Vận hành Nhà máy Thủy điện Hòa Bình mở rộng.",
            "Thủy điện Hòa Bình mở rộng",
            "hydropower-plant",
            "energy.hydropower",
        ),  # fmt: skip
        ("Bệnh viện Đa khoa tỉnh Sơn La tiếp nhận.", "Bệnh viện Đa khoa tỉnh Sơn La", "hospital", "health"),
        ("Các sở hoàn thành tuyến đường Hoàng Sa - Dốc Sỏi mới.", "Đường Hoàng Sa - Dốc Sỏi", None, None),
    ],
)
def test_named_projects_with_their_kind_and_oc4ids_sector(
    line: str, name: str, kind: str, sector: str
) -> None:
    projects = {p.name: p for p in run(line)[1]}
    assert name in projects, sorted(projects)
    p = projects[name]
    if not p.fields["curated"]:  # "Đường Hoàng Sa - Dốc Sỏi" is curated: the gazetteer entry is taken
        assert (p.fields["project_kind"], p.fields["sector"]) == (kind, sector)
        assert p.evidence[0].rule == f"pattern.project.{kind}"


@pytest.mark.parametrize(
    "line",
    [
        "UBND tỉnh, Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch, Ban Quản lý các khu công nghiệp tỉnh",
        "trên 70% người lao động tại các khu công nghiệp, khu chế xuất.",
        "Các sở, ban, ngành, khu công nghệ cao và khu công nghiệp tổ chức thực hiện kế hoạch theo đúng",
        "Phát triển hạ tầng số tại các cụm công nghiệp đáp ứng yêu cầu phát triển Chính quyền số",
        "mạng 5G, Internet vạn vật (IoT) trong các Khu công nghiệp Nghệ An giai đoạn 2026 - 2030",
        "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu",
        "các dự án khu đô thị mới trong việc dành quỹ đất; dự án FDI; các dự án",
        "tổ chức thực hiện **Tiểu dự án 1: **Truyền thông về phòng, chống ma túy",
        "KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG KHU CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ TĨNH GIAI ĐOẠN 2025 - 2030",
        "khai thác kết cấu hạ tầng giao thông trên địa bàn tỉnh Đồng Tháp; khu công nghiệp tập trung;",
        "Cụm công nghiệp trên địa bàn; cụm công nghiệp đã được thành lập; đáp ứng yêu cầu Thủ tướng;",
        "Tổng công ty Cảng hàng không Việt Nam; Cảng vụ Hàng hải Nghệ An; đường Trương Định",
    ],
)
def test_generic_categories_and_other_names_are_no_projects(line: str) -> None:
    assert found(line) == {}


def test_a_stadium_named_after_a_bridge_is_a_stadium() -> None:
    assert set(found("Sân vận động Cầu Vồng |")) == {"Sân vận động Cầu Vồng"}


def test_names_end_where_the_name_ends_and_carry_their_place() -> None:
    got = found(
        "Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn tại Khu kinh tế "
        "Nghi Sơn cho tỉnh Thanh Hóa làm cơ quan chủ quản. Đầu tư Khu công nghiệp Nam Cấm mở rộng tại xã "
        "Nghi Xá, tỉnh Nghệ An. Khởi công đường cao tốc Hà Nội - Hải Phòng và đường vành đai 4."
    )
    dredging = got["Công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn"]
    assert (dredging["type"], dredging["project_kind"]) == ("construction", "berth")
    assert dredging["place_text"] == "Khu kinh tế Nghi Sơn"
    assert "Khu kinh tế Nghi Sơn" in got  # ends before "cho tỉnh Thanh Hóa"
    assert got["Khu công nghiệp Nam Cấm mở rộng"]["place_text"] == "xã Nghi Xá"
    assert got["Khu công nghiệp Nam Cấm mở rộng"]["type"] == "construction"
    assert {"Đường cao tốc Hà Nội - Hải Phòng", "Đường vành đai 4"} <= set(got)
    sections = found(
        "bố trí vốn Dự án đường ven biển đoạn Hoằng Hóa - Sầm Sơn và Quảng Xương - Tĩnh Gia trong kế"
    )
    assert set(sections) == {"Đường ven biển đoạn Hoằng Hóa - Sầm Sơn và Quảng Xương - Tĩnh Gia"}


def test_a_place_inside_a_name_does_not_block_it() -> None:
    line = (
        "7. Về dự án xây dựng đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang; dự án nâng cấp đường từ"
    )
    got = found(line + " Quốc lộ 12 đến cửa khẩu A Pa Chải: Tỉnh thực hiện theo chỉ đạo")
    road = got["Đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang"]
    assert (road["project_kind"], road["type"]) == ("expressway", "construction")
    assert got["Đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải"]["type"] == "expansion"


def test_a_plural_head_with_a_list_names_each_project() -> None:
    ctx, items = run(
        "Các sở triển khai hạ tầng các khu công nghiệp VSIP, Nam Cấm và Hoàng Mai trong năm 2026."
    )
    assert {p.name for p in items} == {
        "Khu công nghiệp VSIP",
        "Khu công nghiệp Nam Cấm",
        "Khu công nghiệp Hoàng Mai",
    }
    assert {p.evidence[0].quote for p in items} == {"VSIP", "Nam Cấm", "Hoàng Mai"}


def test_abbreviations_and_codes_share_one_key_and_numbered_local_names_take_the_province() -> None:
    ctx, items = run(
        "Nâng cấp Quốc lộ 1A, QL.1A và ĐT.391, đường tỉnh ĐT 391, Khu công nghiệp số 3.", "Nghệ An"
    )
    by_name = {p.name: p for p in items}
    assert {e.quote for e in by_name["Quốc lộ 1A"].evidence} == {"Quốc lộ 1A", "QL.1A"}
    assert by_name["Quốc lộ 1A"].fields["key"] == keys.project_key("Quốc lộ 1A")  # national: no province
    assert by_name["Quốc lộ 1A"].fields["type"] == "expansion"
    assert len(by_name["Đường tỉnh 391"].evidence) == 2
    assert by_name["Đường tỉnh 391"].fields["key"] == keys.project_key("Đường tỉnh 391 Nghệ An")
    assert by_name["Khu công nghiệp số 3"].fields["key"] == keys.project_key("Khu công nghiệp số 3 Nghệ An")
    _, unplaced = run("Nâng cấp ĐT.391.")
    assert unplaced[0].fields["key"] == keys.project_key("Đường tỉnh 391")  # no jurisdiction: the bare name


def test_taken_spans_are_skipped_and_what_is_found_is_marked() -> None:
    norm = normalize("Mở rộng KCN VSIP Nghệ An và cầu Cửa Đại.", "text")
    ex = Extraction("t", norm.text, Item("doc", "document", "t"), raw_format="text")
    ctx = Context(norm.text, norm.map, gazetteer(), Collector(ex.items))
    taken = bytearray(len(ctx.text) + 1)
    s = ctx.text.index("cầu")
    taken[s : s + 3] = b"\x01\x01\x01"
    extract_projects(ctx, 0, len(ctx.text), taken)
    assert [p.name for p in ex.items["projects"]] == ["Khu công nghiệp VSIP Nghệ An"]
    kcn = ctx.text.index("KCN")
    assert taken[kcn : kcn + len("KCN VSIP Nghệ An")] == b"\x01" * len("KCN VSIP Nghệ An")


def test_every_kind_maps_to_an_oc4ids_sector_and_type() -> None:
    sectors = {"economy", "energy", "energy.hydropower", "energy.wind", "energy.solar", "health",
               "naturalResources", "transport.road", "transport.rail", "transport.urban", "transport.air",
               "transport.water", "waterAndWaste", "cultureSportsAndRecreation", "socialHousing",
               "education"}  # fmt: skip
    ks = kinds()
    heads = {h.kind for hs in ks.by_anchor.values() for h in hs if h.kind}
    assert {k.sector for k in heads} <= sectors
    assert set(ks.types.values()) <= {
        "construction",
        "rehabilitation",
        "replacement",
        "expansion",
        "maintenance",
    }


@pytest.mark.skipif(not DEV.is_dir(), reason="no development corpus")
def test_the_development_corpus_is_read_quickly() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    ctxs = [run(t)[0] for t in texts]
    size = sum(len(c.text.encode()) for c in ctxs) / 1e6
    start = time.perf_counter()
    for c in ctxs:
        extract_projects(c, 0, len(c.text), bytearray(len(c.text) + 1))
    assert (time.perf_counter() - start) / size < 0.5  # seconds per MB: a loose bound, not a benchmark


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (  # vpcp_tb648 (Điện Biên): a national road inside a road project's name
            "dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải: Tỉnh thực hiện theo chỉ đạo.",
            {"Đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải", "Quốc lộ 12"},
        ),
        (  # vpcp_tb634 (Thanh Hóa): a berth inside a dredging project's name
            "Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn: Bộ Xây dựng "
            "rà soát.",
            {"Công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn", "Bến cảng Nghi Sơn"},
        ),
        (  # vpcp_tb648: a school with its model's name
            "khởi công xây dựng Trường Phổ thông nội trú liên cấp Tiểu học và Trung học cơ sở Thanh Nưa; "
            "dâng hương",
            {"Trường Phổ thông nội trú liên cấp Tiểu học và Trung học cơ sở Thanh Nưa"},
        ),
        ("đường tỉnh ĐT 391 qua xã", {"Đường tỉnh 391"}),  # a shorter head form inside is the same road
        ("Nâng cấp các trường tiểu học và trường mầm non trên địa bàn.", set()),  # generic, not named
    ],
)
def test_a_project_named_inside_another_is_one_too(line: str, names: set[str]) -> None:
    assert set(found(line, "Nghệ An")) == names
