"""Portal Markdown (real lines from the dev corpus): markup gone, cells and rows kept, offsets exact."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.read.files import read_bytes
from loaders.read.markdown import looks_markdown
from loaders.read.normalize import normalize
from tests.loaders.conftest import SEED

DEV_DIR = Path(__file__).resolve().parents[2] / "data" / "dev"  # the repository's copy of the dev corpus
DEV = sorted(DEV_DIR.glob("*.txt"))
MARKUP = re.compile(r"\*+|\\(?=[!-/:-@\[-`{-~])|\[\^?\d{1,3}\]|\|")

# The letterhead table of hanoi_ubnd_kh310_2025_5g_iot_kcn.txt, then its title and first heading.
HANOI_HEAD = """|
**ỦY BAN NHÂN
DÂN **
THÀNH PHỐ HÀ NỘI
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 310/KH-UBND
|
*Hà Nội, ngày
24 tháng 11 năm 2025*
|


**KẾ HOẠCH**

PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHỆ CAO,
KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030

Triển khai thực hiện Nghị
quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học,
công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

**I. MỤC
ĐÍCH, YÊU CẦU**

**1. Mục
đích**

- Cụ thể hóa nhiệm vụ, giải
pháp chủ yếu đề ra tại Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc
gia.
"""


def _lines(raw: str) -> list[str]:
    return normalize(raw, "markdown").text.split("\n")


def _assert_exact(raw: str) -> None:
    """Every word of the normalised text maps back to raw text that is that word once markup is gone."""
    n = normalize(raw, "markdown")
    for m in re.finditer(r"\S+", n.text):
        a, b = n.map.span_to_raw(m.start(), m.end())
        got = unicodedata.normalize("NFC", MARKUP.sub("", raw[a:b]))
        assert "".join(got.split()) == MARKUP.sub("", m.group()), (m.group(), raw[a:b])


def test_letterhead_table_title_and_bold_headings() -> None:
    assert _lines(HANOI_HEAD) == [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ HÀ NỘI",
        "--------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "---------------",
        "Số: 310/KH-UBND",
        "Hà Nội, ngày 24 tháng 11 năm 2025",
        "KẾ HOẠCH",
        "PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHỆ CAO, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP TRÊN "
        "ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030",
        "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
        "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Cụ thể hóa nhiệm vụ, giải pháp chủ yếu đề ra tại Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
        "Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
    ]
    _assert_exact(HANOI_HEAD)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # daklak: bold label closed before the text, bold closed after the label's dot
        (
            "**1. **Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường,\n"
            "Ban quản lý Khu Kinh tế Phú Yên.",
            ["1. Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường, Ban quản lý Khu Kinh tế Phú Yên."],
        ),
        (
            "**2.** Các Sở, ban, ngành, UBND cấp xã theo chức năng.",
            ["2. Các Sở, ban, ngành, UBND cấp xã theo chức năng."],
        ),
        # dongnai: italic labels of sub-items, a closing bold alone on the next line, empty pairs
        ("*1.1. *Quán triệt\nvà triển khai nghiêm túc.", ["1.1. Quán triệt và triển khai nghiêm túc."]),
        (
            "|\n**ỦY BAN NHÂN DÂN\n**\nTỈNH ĐỒNG NAI\n-------\n|",
            ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "-------"],
        ),
        ("** **\n\n**KẾ HOẠCH**\n\n* *\n\n****", ["KẾ HOẠCH"]),
        # sonla: unbalanced markers across a wrap
        (
            "*- Các sản phẩm trái cây**:\n*Tổng sản phẩm trái cây tham gia xuất khẩu.",
            ["- Các sản phẩm trái cây: Tổng sản phẩm trái cây tham gia xuất khẩu."],
        ),
        # dongnai: bold inside running text, split over lines
        (
            "phấn đấu đạt **20%\n**xã, phường “không ma túy” năm 2025, bảo đảm đến hết năm 2030 **đạt 50% "
            "**địa\nbàn cấp xã.",
            [
                "phấn đấu đạt 20% xã, phường “không ma túy” năm 2025, bảo đảm đến hết năm 2030 "
                "đạt 50% địa bàn "
                "cấp xã."
            ],
        ),
        # bacninh (no blank lines at all): italic legal bases, articles, a note in italics
        (
            "*Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 16/6/2025; *\n*Căn cứ Luật Thương mại\n"
            "ngày 14/6/2005;*\n"
            "**QUYẾT ĐỊNH:**\n**Điều 1. **Phê\nduyệt Danh mục địa điểm, cụ thể như sau:\n"
            "*(Chi tiết tại Phụ lục kèm theo)*\n"
            "**Điều 2. **Sở\nCông Thương có trách nhiệm chủ trì.",
            [
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
                "Căn cứ Luật Thương mại ngày 14/6/2005;",
                "QUYẾT ĐỊNH:",
                "Điều 1. Phê duyệt Danh mục địa điểm, cụ thể như sau:",
                "(Chi tiết tại Phụ lục kèm theo)",
                "Điều 2. Sở Công Thương có trách nhiệm chủ trì.",
            ],
        ),
        # sonla: a wrapped line that starts with "- " continues the sentence; a real bullet list follows
        (
            "thúc đẩy sự phát triển kinh tế\n- xã hội của tỉnh.\n\nNơi nhận:\n- Bộ Công Thương (b/c);\n"
            "- Lưu: VT.",
            [
                "thúc đẩy sự phát triển kinh tế - xã hội của tỉnh.",
                "Nơi nhận:",
                "- Bộ Công Thương (b/c);",
                "- Lưu: VT.",
            ],
        ),
        # a short first line (the indent of the source) and a capitals word wrapped alone (dongthap, dongnai)
        (
            "**KẾ HOẠCH**\n\nCHUYỂN\n"
            "ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG GIAO "
            "THÔNG\nTRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP",
            [
                "KẾ HOẠCH",
                "CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG GIAO "
                "THÔNG TRÊN ĐỊA "
                "BÀN TỈNH ĐỒNG THÁP",
            ],
        ),
        (
            "*2.3. *Xác định cụ thể\ntrách nhiệm của các cơ\n"
            "quan, đơn vị trong việc tổ chức thực hiện Chương trình\nMTQG.\n\n*2.4. *Tăng cường",
            [
                "2.3. Xác định cụ thể trách nhiệm của các cơ quan, đơn vị trong việc tổ chức "
                "thực hiện Chương "
                "trình MTQG.",
                "2.4. Tăng cường",
            ],
        ),
    ],
)
def test_real_lines(raw: str, want: list[str]) -> None:
    assert _lines(raw) == want
    _assert_exact(raw)


def test_flattened_table_stays_one_cell_per_line() -> None:
    raw = (  # the appendix of hanoi_ubnd_kh310_2025_5g_iot_kcn.txt
        "|\n**TT**\n|\n**Nội dung/nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n|\n1\n|\n"
        "Tổ chức điều chỉnh, bổ sung\n"
        "quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến\nnăm 2030\n|\n"
        "Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và\nCông nghệ, Sở Công Thương\n|\n"
    )
    assert _lines(raw) == [
        "TT",
        "Nội dung/nhiệm vụ",
        "Cơ quan chủ trì",
        "1",
        "Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công "
        "nghiệp đến năm 2030",
        "Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, Sở Công Thương",
    ]
    _assert_exact(raw)


def test_table_rows_keep_their_cells() -> None:
    raw = (
        "**Phụ lục**\n\n| TT | Nhiệm vụ | Cơ quan chủ trì |\n|---|:---|---:|\n"
        "| 1 | Rà soát **quy hoạch** | Sở Xây dựng |\n| 2 | Báo cáo \\| tổng hợp |  |\n"
    )
    assert _lines(raw) == [
        "Phụ lục",
        "TT | Nhiệm vụ | Cơ quan chủ trì",
        "1 | Rà soát quy hoạch | Sở Xây dựng",
        "2 | Báo cáo | tổng hợp |",
    ]
    n = normalize(raw, "markdown")
    i = n.text.index("Sở Xây dựng")
    a, b = n.map.span_to_raw(i, i + len("Sở Xây dựng"))
    assert raw[a:b] == "Sở Xây dựng"


def test_footnotes_escapes_headings_and_links() -> None:
    raw = (
        "# KẾ HOẠCH\n\n## I. NHIỆM VỤ\n\nThực hiện Kết luận số 12-KL/TU[1] và Nghị quyết số 57-NQ/TW [2].\n\n"
        "1\\. Sở Tài chính chủ trì \\- theo [Cổng](https://example.vn/x) \\*.\n\n"
        "[1] Kết luận của Tỉnh ủy\nngày 3/4/2023.\n[2] Nghị quyết của Bộ Chính trị.\n"
    )
    n = normalize(raw, "markdown")
    body = n.text[: n.body_end]
    assert body.split("\n") == [
        "KẾ HOẠCH",
        "I. NHIỆM VỤ",
        "Thực hiện Kết luận số 12-KL/TU và Nghị quyết số 57-NQ/TW.",
        "1. Sở Tài chính chủ trì - theo Cổng *.",
    ]
    assert sorted(n.footnotes) == [1, 2]
    s, e = n.footnotes[1]
    assert n.text[s:e] == "[1] Kết luận của Tỉnh ủy ngày 3/4/2023."
    assert any("footnote" in w for w in n.warnings)
    _assert_exact(raw)


def test_detection_by_extension_and_content() -> None:
    assert looks_markdown(HANOI_HEAD)
    assert not looks_markdown(SEED.read_text(encoding="utf-8"))
    assert read_bytes(HANOI_HEAD.encode(), suffix=".txt").format == "markdown"
    assert read_bytes("Kế hoạch số 1.\n".encode(), suffix=".md").format == "markdown"
    assert read_bytes(SEED.read_bytes()).format == "text"
    assert normalize(HANOI_HEAD).format == "markdown" and normalize("Văn bản.").format == "text"


@pytest.mark.skipif(not DEV, reason="no dev corpus")
@pytest.mark.parametrize("path", DEV, ids=lambda p: p.name[:24])
def test_dev_files_are_markdown_with_exact_offsets_and_no_markup(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert looks_markdown(raw)
    n = normalize(raw)
    assert "**" not in n.text and "\n|" not in n.text and not n.text.startswith("|")
    _assert_exact(raw)


_PIECES = [
    "**",
    "*",
    "|",
    "\n",
    "\n\n",
    " ",
    "[1]",
    "\\.",
    "# ",
    "- ",
    "1. ",
    "a) ",
    "Sở Tài chính",
    "ĐIỀU",
    ",",
    ".",
]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_markup_soup_normalises_with_exact_offsets(parts: list[str]) -> None:
    raw = "".join(parts)
    n = normalize(raw, "markdown")
    assert "\n\n" not in n.text[: n.body_end]
    for m in re.finditer(r"\S+", n.text):
        a, b = n.map.span_to_raw(m.start(), m.end())
        assert 0 <= a <= b <= len(raw)
        word, got = MARKUP.sub("", m.group()).strip("-"), MARKUP.sub("", raw[a:b])
        assert word in "".join(got.split()), (parts, m.group(), raw[a:b])
