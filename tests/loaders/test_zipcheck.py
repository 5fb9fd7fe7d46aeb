"""A .docx decompression bomb is refused from the zip directory, fast, before the XML parser sees it."""

from __future__ import annotations

import io
import resource
import time
import zipfile

import pytest

from loaders import errors
from loaders.read.files import read_bytes
from loaders.read.zipcheck import ZipLimits, check_zip


def small_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("KẾT LUẬN của Tỉnh ủy Quảng Ngãi")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


PARA = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


def bomb(xml_mib: int = 20) -> bytes:
    """A real .docx whose document.xml holds `xml_mib` MiB of one paragraph repeated (deflates 300x)."""
    source = zipfile.ZipFile(io.BytesIO(small_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                head, _, tail = data.partition(b"<w:body>")
                data = head + b"<w:body>" + PARA * ((xml_mib << 20) // len(PARA)) + tail
            zf.writestr(info.filename, data)
    return out.getvalue()


def test_a_docx_bomb_is_refused_fast_without_a_memory_spike() -> None:
    data = bomb()
    assert len(data) < 200_000, "a small file..."
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    with pytest.raises(errors.DocxError, match="refused.*MiB of XML"):
        read_bytes(data, name="bomb.docx", suffix=".docx")
    assert time.perf_counter() - began < 1.0
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 100, f"the check itself grew the process by {grown_mib:.0f} MiB"


def test_a_lying_directory_is_caught_while_inflating() -> None:
    data = bytearray(bomb(20))
    name = b"word/document.xml"
    central = data.index(b"PK\x01\x02")
    # Claim 1 kB inflated for document.xml in the central directory and the local header.
    for sig, size_at, name_at in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        at = central if sig == b"PK\x01\x02" else 0
        while True:
            at = data.index(sig, at)
            if data[at + name_at : at + name_at + len(name)] == name:
                break
            at += 4
        data[at + size_at : at + size_at + 4] = (1000).to_bytes(4, "little")
    began = time.perf_counter()
    with pytest.raises(errors.DocxError):
        read_bytes(bytes(data), name="liar.docx", suffix=".docx")
    assert time.perf_counter() - began < 1.0


def test_entry_count_ratio_and_time_budget() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(30):
            zf.writestr(f"word/media/{i}.bin", b"x")
    with pytest.raises(errors.DocxError, match="30 zip entries"):
        check_zip(out.getvalue(), "many.docx", ZipLimits(max_entries=20))
    with pytest.raises(errors.DocxError, match="inflates .* times"):
        check_zip(bomb(2), "ratio.docx", ZipLimits(max_ratio=50))
    with pytest.raises(errors.DocxError, match="took over"):
        check_zip(bomb(8), "slow.docx", ZipLimits(max_ratio=10_000, budget_s=0.0))


def test_an_ordinary_docx_passes() -> None:
    check_zip(small_docx(), "kl.docx")
    assert "KẾT LUẬN" in read_bytes(small_docx(), name="kl.docx", suffix=".docx").text
