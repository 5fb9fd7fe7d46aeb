"""Text pitfalls: NFC, re-wrapped PDF lines, fake bullets, page breaks, footnotes, the offset map."""

from __future__ import annotations

import unicodedata

from loaders.extract.pipeline import extract_text
from loaders.read.normalize import normalize

PDF_TEXT = (
    " KẾT LUẬN \n\n"
    "Hoàn thành công tác giải phóng mặt bằng Dự án đường cao tốc Bắc \n\n"
    "- Nam phía Đông giai đoạn 2021 - 2025. Phát huy vai trò các đoàn thể chính trị \n\n"
    "- xã hội còn hạn chế; nhiệm kỳ 2026 \n\n"
    "- 2031 và cuốn sách của đồng chí Nguyễn Phú Trọng1. \n\n"
    "Thông báo số 279-\n\n"
    "TB/UBKTTW ngày 19/5/2022 của Ủy ban Kiểm tra Trung ương. \n\n"
    "                                        \n"
    "1 Cuốn sách về phòng, chống tham nhũng. \n"
    " tiếp theo trang sau của đoạn văn này. \n\n"
    "Nơi nhận: \n"
    "- Bộ Chính trị, \n"
    "- Lưu VP. \n"
)


def test_unwrap_fake_bullets_footnotes_and_split_symbol() -> None:
    n = normalize(PDF_TEXT)
    body = n.text[: n.body_end]
    assert "cao tốc Bắc - Nam phía Đông" in body
    assert "chính trị - xã hội còn hạn chế" in body
    assert "nhiệm kỳ 2026 - 2031" in body
    assert "Nguyễn Phú Trọng." in body  # glued footnote marker dropped
    assert "279-TB/UBKTTW" in body  # symbol split by a line break, rejoined
    assert "Cuốn sách về phòng" not in body and "Cuốn sách về phòng" in n.text[n.body_end :]
    assert "Ủy ban Kiểm tra Trung ương. tiếp theo trang sau" in body  # page break joined
    assert "\n- Bộ Chính trị,\n- Lưu VP." in body  # real bullets kept
    assert n.footnotes and 1 in n.footnotes


def test_offset_map_is_exact() -> None:
    n = normalize(PDF_TEXT)
    for word in ("Nam phía Đông", "TB/UBKTTW", "tiếp theo trang sau", "Bộ Chính trị"):
        i = n.text.index(word)
        rs, re_ = n.map.span_to_raw(i, i + len(word))
        assert PDF_TEXT[rs:re_] == word


def test_nfd_input_maps_back() -> None:
    raw = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Quảng Ngãi chủ trì.")
    n = normalize(raw)
    assert n.text == "Ủy ban nhân dân tỉnh Quảng Ngãi chủ trì."
    i = n.text.index("Quảng")
    rs, re_ = n.map.span_to_raw(i, i + len("Quảng Ngãi"))
    assert unicodedata.normalize("NFC", raw[rs:re_]) == "Quảng Ngãi"


def test_look_alike_eth_and_tone_styles_resolve_to_one_entity() -> None:
    text = (
        "TỈNH UỶ QUẢNG NGÃI\nKẾT LUẬN\nvề dự án\n1. Tỉnh uỷ và Tỉnh ủy chỉ đạo Dự án Khu liên hợp sản xuất "
        "gang thép Hoà Phát Dung Quất 2 và Hòa Phát Dung Quất 2 theo Quyết định số 5/QÐ-UBND ngày 01/02/2024."
    )
    ex = extract_text(text)
    assert [b.fields["key"] for b in ex.bodies if b.name == "Tỉnh ủy Quảng Ngãi"] == [
        "body/quang-ngai/tinh-uy"
    ]
    tinh_uy = next(b for b in ex.bodies if b.name == "Tỉnh ủy Quảng Ngãi")
    assert {e.quote for e in tinh_uy.evidence} >= {"Tỉnh uỷ", "Tỉnh ủy"}
    assert len(ex.projects) == 1 and len(ex.projects[0].evidence) == 2
    assert ex.references[0].fields["symbol"] == "5/QĐ-UBND"  # Ð U+00D0 read as Đ


def test_real_paragraph_breaks_survive() -> None:
    n = normalize(
        "I. Về tình hình\n\nTừ đầu năm 2023, kinh tế tăng.\n\n1. Nhiệm vụ một.\n\n2. Nhiệm vụ hai.\n"
    )
    assert n.text.split("\n") == [
        "I. Về tình hình",
        "Từ đầu năm 2023, kinh tế tăng.",
        "1. Nhiệm vụ một.",
        "2. Nhiệm vụ hai.",
    ]
