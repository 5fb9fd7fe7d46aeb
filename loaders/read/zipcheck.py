"""Zip-based inputs (.docx) checked from the zip directory and a bounded inflate before any parser sees them.

A .docx is a zip: a few hundred kilobytes can inflate to gigabytes of XML, and the XML parser holds all
of it (a 458 KB file once cost 172 s and 4.3 GB). The directory's sizes are checked first (cheap), then
the XML parts are inflated in chunks, counting real bytes (the directory may lie) under a time budget.
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass

from loaders.errors import DocxError

CHUNK = 1 << 20


@dataclass(frozen=True)
class ZipLimits:
    """What one document may hold: entries, bytes inflated (all, XML parts), ratio, and seconds."""

    max_entries: int = 2000
    max_total_bytes: int = 200 * 1024 * 1024
    max_xml_bytes: int = 16 * 1024 * 1024
    max_ratio: float = 200.0  # inflated / compressed, for entries over RATIO_FLOOR bytes
    ratio_floor: int = 1024 * 1024
    budget_s: float = 5.0


DEFAULT_LIMITS = ZipLimits()


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def _directory(zf: zipfile.ZipFile, name: str, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    """The entries, refused when the directory alone shows too many, too large or too compressed."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise DocxError(f"{name}: refused: {len(infos)} zip entries (the limit is {limits.max_entries})")
    total = sum(i.file_size for i in infos)
    if total > limits.max_total_bytes:
        raise DocxError(
            f"{name}: refused: inflates to {total / 2**20:.0f} MiB (the limit is "
            f"{limits.max_total_bytes / 2**20:.0f} MiB): a decompression bomb?"
        )
    xml = sum(i.file_size for i in infos if _is_xml(i.filename))
    if xml > limits.max_xml_bytes:
        raise DocxError(
            f"{name}: refused: {xml / 2**20:.0f} MiB of XML inside (the limit is "
            f"{limits.max_xml_bytes / 2**20:.0f} MiB): a decompression bomb?"
        )
    for i in infos:
        if i.file_size > limits.ratio_floor and i.file_size > limits.max_ratio * max(1, i.compress_size):
            raise DocxError(
                f"{name}: refused: {i.filename} inflates {i.file_size / max(1, i.compress_size):.0f} times "
                f"(the limit is {limits.max_ratio:.0f}): a decompression bomb?"
            )
    return infos


def check_zip(data: bytes, name: str = "<docx>", limits: ZipLimits = DEFAULT_LIMITS) -> None:
    """Raise DocxError unless the zip's XML parts inflate within the limits and the time budget."""
    deadline = time.monotonic() + limits.budget_s
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise DocxError(f"{name}: not a readable .docx file ({type(e).__name__})") from e
    with zf:
        infos = _directory(zf, name, limits)
        seen = 0
        for info in infos:
            if not _is_xml(info.filename):
                continue
            try:
                with zf.open(info) as part:
                    while chunk := part.read(CHUNK):
                        seen += len(chunk)
                        if seen > limits.max_xml_bytes:
                            raise DocxError(f"{name}: refused: its XML inflates past the limit")
                        if time.monotonic() > deadline:
                            raise DocxError(f"{name}: refused: reading it took over {limits.budget_s:.0f} s")
            except DocxError:
                raise
            except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError) as e:
                raise DocxError(f"{name}: damaged .docx ({type(e).__name__}: {e})".split("\n")[0]) from e
