"""Bytes to text: size limit, format dispatch (.txt/.pdf/.docx) and encoding detection."""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from loaders.errors import (
    BinaryInputError,
    DocxError,
    EmptyInputError,
    EncodingError,
    InputNotFoundError,
    InputTooLargeError,
    PdfError,
    UnsupportedFormatError,
)
from loaders.read.legacy import detect_legacy, from_tcvn3, from_vni, vietnamese_score
from loaders.read.markdown import looks_markdown
from loaders.read.zipcheck import check_zip

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
PAGE_BREAK = "\f"
_TEXT_EXT = {".txt", ".text", ".md", ""}


@dataclass
class RawText:
    """Decoded text before normalisation, with what was learnt while decoding."""

    text: str
    format: str  # text, markdown, pdf or docx
    encoding: str
    sha256: str
    warnings: list[str] = field(default_factory=list)


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read a file and decode it; raise a LoaderError subclass with a one-line message on bad input."""
    p = Path(path)
    if not p.is_file():
        raise InputNotFoundError(f"{p}: no such file")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputTooLargeError(
            f"{p.name}: {size / 1e6:.1f} MB exceeds the size limit of {max_bytes / 1e6:.1f} MB"
        )
    return read_bytes(p.read_bytes(), name=p.name, suffix=p.suffix.lower(), max_bytes=max_bytes)


def read_bytes(
    data: bytes, *, name: str = "<bytes>", suffix: str = ".txt", max_bytes: int = DEFAULT_MAX_BYTES
) -> RawText:
    """Decode bytes of a .txt, .pdf or .docx document (content sniffing beats the extension)."""
    if len(data) > max_bytes:
        raise InputTooLargeError(f"{name}: {len(data) / 1e6:.1f} MB exceeds the size limit")
    if not data.strip():
        raise EmptyInputError(f"{name}: the file is empty")
    sha = hashlib.sha256(data).hexdigest()
    if data[:5] == b"%PDF-" or suffix == ".pdf":
        text, warnings = pdf_text(data, name)
        return RawText(text, "pdf", "pdf", sha, warnings)
    if data[:4] == b"PK\x03\x04" or suffix == ".docx":
        check_zip(data, name)  # a decompression bomb is refused before the XML parser holds it
        return RawText(docx_text(data, name), "docx", "docx", sha, [])
    if suffix not in _TEXT_EXT:
        raise UnsupportedFormatError(f"{name}: unsupported file type {suffix!r} (use .txt, .pdf or .docx)")
    text, encoding, warnings = decode_text(data, name)
    if not text.strip():
        raise EmptyInputError(f"{name}: no text after decoding")
    fmt = "markdown" if suffix == ".md" or looks_markdown(text) else "text"
    return RawText(text, fmt, encoding, sha, warnings)


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _check_binary(text: str, name: str) -> None:
    sample = text[:8000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f") + sample.count("\ufffd")
    if bad > 0.02 * max(1, len(sample)):
        raise BinaryInputError(f"{name}: binary data, not text ({bad} control bytes in the first 8 kB)")


def decode_text(data: bytes, name: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode text bytes: BOMs, UTF-8, UTF-16, TCVN3, VNI, Windows-1258; never silently mojibake."""
    warnings: list[str] = []
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise EncodingError(f"{name}: invalid {enc} text at byte {e.start}") from e
            _check_binary(text, name)
            return text, enc.replace("-sig", ""), warnings
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as e:
            raise EncodingError(f"{name}: invalid {utf16} text at byte {e.start}") from e
        _check_binary(text, name)
        return text, utf16, warnings
    if b"\x00" in data[:8000]:
        raise BinaryInputError(f"{name}: binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_non_utf8(data, name, warnings)
    _check_binary(text, name)
    legacy = detect_legacy(text)
    if legacy is not None:
        # A legacy file, or legacy bytes re-saved as UTF-8: convert rather than load mojibake.
        text = from_tcvn3(text) if legacy == "tcvn3" else from_vni(text)
        warnings.append(f"converted from legacy {legacy.upper()} encoding")
        encoding = f"{legacy}+{encoding}" if encoding == "utf-8" else legacy
    return text, encoding, warnings


def _decode_non_utf8(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    latin = data.decode("latin-1")
    if detect_legacy(latin) == "tcvn3":
        return latin, "latin-1"
    cp1252 = data.decode("cp1252", errors="replace")
    if detect_legacy(cp1252) == "vni":
        return cp1252, "cp1252"
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if bad <= max(2, len(loose) // 1000) and vietnamese_score(loose) >= 0.05:
        warnings.append(f"{bad} undecodable byte sequence(s) replaced with U+FFFD")
        return loose, "utf-8"
    cp1258 = data.decode("cp1258", errors="replace")
    if vietnamese_score(cp1258) >= 0.08 and cp1258.count("\ufffd") < 0.001 * len(cp1258) + 1:
        return cp1258, "windows-1258"
    raise EncodingError(
        f"{name}: undecodable bytes: not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI Vietnamese text"
    )


def pdf_text(data: bytes, name: str = "<pdf>") -> tuple[str, list[str]]:
    """Text layer of a PDF, pages separated by a form feed line; refuse image-only or damaged files."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repairs are reported as our warnings
    warnings: list[str] = []
    if b"%%EOF" not in data[-2048:]:
        warnings.append("PDF has no %%EOF marker (truncated?): text may be incomplete")
        data += b"\nstartxref\n0\n%%EOF\n"  # lets pypdf rebuild the cross-reference table from the objects
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError(f"{name}: encrypted PDF (password required)")
        pages = []
        for i, page in enumerate(reader.pages):
            try:
                pages.append(page.extract_text() or "")
            except Exception as e:  # pypdf raises many types on damaged content streams
                warnings.append(f"page {i + 1}: text could not be extracted ({type(e).__name__})")
    except PdfError:
        raise
    except (PdfReadError, Exception) as e:
        raise PdfError(f"{name}: damaged or truncated PDF ({type(e).__name__}: {e})".split("\n")[0]) from e
    if not pages:
        raise PdfError(f"{name}: damaged or truncated PDF (no readable pages)")
    if not any(p.strip() for p in pages):
        raise PdfError(f"{name}: the PDF has no text layer (image-only scan?); run OCR first")
    return f"\n{PAGE_BREAK}\n".join(pages), warnings


def docx_text(data: bytes, name: str = "<docx>") -> str:
    """Paragraphs (and table cells) of a .docx, one per line."""
    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises zipfile, KeyError or its own errors
        raise DocxError(f"{name}: not a readable .docx file ({type(e).__name__})") from e
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyInputError(f"{name}: the .docx has no text")
    return text
