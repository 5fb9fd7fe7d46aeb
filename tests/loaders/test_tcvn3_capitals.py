"""TCVN3 headings in .VnTimeH style (toned capitals in lower-case code points) become capitals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from loaders.extract.pipeline import extract_file
from loaders.read.files import read_bytes
from loaders.read.legacy import _TCVN3, from_tcvn3

_TO_BYTE = {u: b for b, u in _TCVN3.items()}


def tcvn3_h(text: str) -> bytes:
    """TCVN3 bytes as a .VnTimeH font takes them: a toned capital is its lower-case letter's byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TO_BYTE:
            out.append(_TO_BYTE[ch])
        elif ch.lower() in _TO_BYTE and not ch.isascii():
            out.append(_TO_BYTE[ch.lower()])  # no capital code point: the lower-case one
        else:
            out += ch.encode("latin-1")
    return bytes(out)


HEADER = """TỈNH ỦY QUẢNG NGÃI
Số 1492-KL/TU
Quảng Ngãi, ngày 05 tháng 12 năm 2022
KẾT LUẬN
CỦA TỈNH ỦY
về nhiệm vụ phát triển kinh tế - xã hội của tỉnh Quảng Ngãi trong những năm tới
I- NHIỆM VỤ
1. Ban Thường vụ Tỉnh ủy chỉ đạo các cơ quan thực hiện Kết luận này và báo cáo kết quả cho Tỉnh ủy.
"""


def test_vntimeh_heading_lines_get_their_capitals() -> None:
    text = from_tcvn3(tcvn3_h("KẾT LUẬN\nCỦA TỈNH ỦY\nSố 12-KL/TU của Tỉnh ủy").decode("latin-1"))
    assert text.splitlines() == ["KẾT LUẬN", "CỦA TỈNH ỦY", "Số 12-KL/TU của Tỉnh ủy"]


def test_a_vntimeh_document_keeps_its_type(tmp_path: Path) -> None:
    raw = read_bytes(tcvn3_h(HEADER), name="kl.txt")
    assert "KẾT LUẬN\nCỦA TỈNH ỦY" in raw.text and "TỈNH ỦY QUẢNG NGÃI" in raw.text
    path = tmp_path / "kl.txt"
    path.write_bytes(tcvn3_h(HEADER))
    fields = extract_file(path).document.fields
    assert fields["doc_type"] == "KL" and fields["symbol"] == "1492-KL/TU"
