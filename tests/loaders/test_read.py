"""Bytes to text: encodings, formats and bad input (each a clear one-line LoaderError)."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from loaders import errors
from loaders.extract.pipeline import extract_file
from loaders.read.files import read_bytes, read_path
from tests.loaders.pdfgen import image_pdf, text_pdf

VI = "Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch số 134/KH-UBND ngày 20/9/2023 của các sở, ngành."


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: precomposed where the code page has it, else base letter + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFD", ch)
            head = unicodedata.normalize("NFC", base[:-1])
            out += head.encode("cp1258") + base[-1].encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    "data",
    [
        VI.encode("utf-8"),
        codecs.BOM_UTF8 + VI.encode("utf-8"),
        codecs.BOM_UTF16_LE + VI.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + VI.encode("utf-16-be"),
        VI.encode("utf-16-le"),
        unicodedata.normalize("NFD", VI).encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "nfd"],
)
def test_unicode_encodings(data: bytes) -> None:
    raw = read_bytes(data)
    assert unicodedata.normalize("NFC", raw.text) == VI


def test_windows_1258() -> None:
    raw = read_bytes(_cp1258(VI))
    assert raw.encoding == "windows-1258"
    assert unicodedata.normalize("NFC", raw.text) == VI


def test_tcvn3_converted() -> None:
    raw = read_bytes("Uû ban nh©n d©n tØnh Qu¶ng Ng·i ban hµnh KÕ ho¹ch cña c¸c së, ngµnh.".encode("latin-1"))
    assert raw.text.startswith("Uỷ ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch của các sở, ngành")
    assert any("TCVN3" in w for w in raw.warnings)


def test_vni_converted() -> None:
    raw = read_bytes(
        "UÛy ban nhaân daân tænh Quaûng Ngaõi. Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("cp1252")
    )
    assert raw.text == "Ủy ban nhân dân tỉnh Quảng Ngãi. Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert any("VNI" in w for w in raw.warnings)


def test_tcvn3_mojibake_saved_as_utf8_is_converted() -> None:
    raw = read_bytes("Uû ban nh©n d©n tØnh Qu¶ng Ng·i cña c¸c së".encode())
    assert "Quảng Ngãi" in raw.text


@pytest.mark.parametrize(
    ("data", "exc"),
    [
        (b"", errors.EmptyInputError),
        (b"   \n\n  ", errors.EmptyInputError),
        (bytes(range(256)) * 20, errors.BinaryInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x01" * 100, errors.BinaryInputError),
        (bytes([0xFF, 0xFE, 0xFD]) + bytes(range(0x80, 0x100)) * 8, errors.LoaderError),
        (bytes(range(0xC0, 0x100)) * 40, errors.EncodingError),
    ],
    ids=["empty", "blank", "binary", "png", "bad-bom", "undecodable"],
)
def test_bad_bytes_raise_one_line_errors(data: bytes, exc: type[Exception]) -> None:
    with pytest.raises(exc) as info:
        read_bytes(data, name="bad.txt")
    assert "\n" not in str(info.value) and str(info.value)


def test_a_few_bad_bytes_in_utf8_give_a_warning() -> None:
    raw = read_bytes((VI * 20).encode() + b"\xff" + (VI * 20).encode())
    assert "U+FFFD" in raw.warnings[0]


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(VI.encode() * 2000)
    with pytest.raises(errors.InputTooLargeError, match="exceeds the size limit"):
        read_path(big, max_bytes=50_000)
    assert read_path(big, max_bytes=10_000_000).text.startswith("Ủy ban")


def test_missing_and_unsupported(tmp_path: Path) -> None:
    with pytest.raises(errors.InputNotFoundError):
        read_path(tmp_path / "none.txt")
    odd = tmp_path / "x.xlsx"
    odd.write_text("abc")
    with pytest.raises(errors.UnsupportedFormatError):
        read_path(odd)


def test_pdf_text_layer_and_bad_pdfs(tmp_path: Path) -> None:
    pdf = text_pdf([["KẾT LUẬN", "Tỉnh uỷ Quảng Ngãi hoà hợp"]])
    assert "Tỉnh uỷ Quảng Ngãi hoà hợp" in read_bytes(pdf, name="a.pdf").text
    with pytest.raises(errors.PdfError, match="no text layer"):
        read_bytes(image_pdf(), name="scan.pdf")
    with pytest.raises(errors.PdfError, match="truncated"):
        read_bytes(pdf[: len(pdf) // 3], name="cut.pdf")
    with pytest.raises(errors.PdfError):
        read_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4, name="junk.pdf")


def test_truncated_pdf_with_usable_text_gives_warnings() -> None:
    pdf = text_pdf([["Trang một Quảng Ngãi"], ["Trang hai Sơn Tịnh"]])
    cut = pdf[: pdf.rfind(b"xref")]  # body intact, cross-reference table and %%EOF lost
    raw = read_bytes(cut, name="cut.pdf")
    assert "Trang một" in raw.text and any("truncated" in w for w in raw.warnings)


def test_docx(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in (
        "TỈNH UỶ QUẢNG NGÃI",
        "Số 12-KL/TU",
        "Quảng Ngãi, ngày 03 tháng 4 năm 2024",
        "KẾT LUẬN",
        "về đầu tư công",
        "I- NHIỆM VỤ",
        "1. Ban Thường vụ Tỉnh uỷ chủ trì triển khai dự án cầu Trà Khúc 3.",
    ):
        d.add_paragraph(line)
    path = tmp_path / "kl.docx"
    d.save(str(path))
    ex = extract_file(path)
    assert ex.document.fields["symbol"] == "12-KL/TU" and ex.document.fields["date"] == "2024-04-03"
    assert [p.fields["path"] for p in ex.provisions] == ["I", "I.1"]
    lead = [a.fields["body_name"] for a in ex.assignments if a.fields["role"] == "lead"]
    assert lead == ["Ban Thường vụ Tỉnh ủy Quảng Ngãi"]
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(errors.DocxError):
        extract_file(bad)
