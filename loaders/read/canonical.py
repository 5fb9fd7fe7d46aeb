"""The canonical text both normalisers build: NFC, pieces copied from the raw text, an offset map back."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

_MARKS = re.compile(r"[^\u0300-\u036f][\u0300-\u036f]+")
INNER_WS = re.compile(r"[ \t\u00a0\u2002-\u200b]{2,}|[\t\u00a0\u2002-\u200b]")
STRIP = " \t\r\f\u00a0\ufeff\u200b"


@dataclass(slots=True)
class OffsetMap:
    """Maps offsets in the normalised text back to the raw decoded text."""

    norm_starts: list[int] = field(default_factory=list)
    raw_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    nfc_map: list[int] | None = None  # NFC text index -> raw index, when NFC changed the text

    def _to_nfc(self, i: int) -> int:
        k = bisect_right(self.norm_starts, i) - 1
        if k < 0:
            return 0
        off = i - self.norm_starts[k]
        if off < self.lengths[k]:
            return self.raw_starts[k] + off
        return self.raw_starts[k] + self.lengths[k]  # a synthetic joiner: the end of the piece before

    def to_raw(self, i: int) -> int:
        """Raw offset of the normalised character at i."""
        j = self._to_nfc(i)
        if self.nfc_map is None:
            return j
        return self.nfc_map[min(j, len(self.nfc_map) - 1)] if self.nfc_map else 0

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering the normalised span [start, end)."""
        if end <= start:
            r = self.to_raw(start)
            return r, r
        if self.nfc_map is None:  # the common case, inlined: evidence is made for every mention
            ns, rs, ln = self.norm_starts, self.raw_starts, self.lengths
            k = bisect_right(ns, start) - 1
            if k < 0:
                a = 0
            else:
                off = start - ns[k]
                a = rs[k] + (off if off < ln[k] else ln[k])
            i = end - 1
            # Most spans end in the piece they start in: no second bisection then.
            k = k if k + 1 == len(ns) or ns[k + 1] > i else bisect_right(ns, i) - 1
            if k < 0:
                b = 0
            else:
                off = i - ns[k]
                b = rs[k] + (off if off < ln[k] else ln[k])
            return a, b + 1
        return self.to_raw(start), self.to_raw(end - 1) + 1


@dataclass
class Normalised:
    """The canonical text, where its body ends (footnotes follow) and how it maps to the raw text."""

    text: str
    map: OffsetMap
    body_end: int
    footnotes: dict[int, tuple[int, int]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    format: str = "text"  # the format normalised: text, pdf, docx or markdown (detected in text)


class Builder:
    """The canonical text as it is built: pieces of the raw text and inserted joiners, mapped."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.map = OffsetMap()

    def copy(self, src: str, start: int, end: int) -> None:
        if end <= start:
            return
        self.parts.append(src[start:end])
        self.map.norm_starts.append(self.pos)
        self.map.raw_starts.append(start)
        self.map.lengths.append(end - start)
        self.pos += end - start

    def insert(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def copy_line(self, src: str, start: int, end: int, drops: list[tuple[int, int]]) -> None:
        """Copy a line, collapsing inner whitespace runs and skipping dropped spans (footnote markers)."""
        seg = src[start:end]
        special = "  " in seg or "\t" in seg or "\u00a0" in seg or "\u200b" in seg
        if not drops and not special:  # the common case: the line as it is (copy(), inlined)
            if end > start:
                self.parts.append(seg)
                m = self.map
                m.norm_starts.append(self.pos)
                m.raw_starts.append(start)
                m.lengths.append(end - start)
                self.pos += end - start
            return
        cuts: list[tuple[int, int, str]] = [(a, b, "") for a, b in drops]
        if special:
            cuts += [(start + m.start(), start + m.end(), " ") for m in INNER_WS.finditer(seg)]
            cuts.sort()
        cur = start
        for a, b, rep in cuts:
            if a < cur:
                continue
            self.copy(src, cur, a)
            if rep:
                self.insert(rep)
            cur = b
        self.copy(src, cur, end)

    def finish(
        self,
        nmap: list[int] | None,
        groups: list[tuple[int, list[int]]],
        emit: Callable[[int], None],
        fmt: str,
    ) -> Normalised:
        """The text built so far as the body, then each footnote (`emit` copies one of its lines)."""
        warnings = ["decomposed (NFD) text composed to NFC"] if nmap is not None else []
        body_end = self.pos
        footnotes: dict[int, tuple[int, int]] = {}
        for num, idx in groups:
            self.insert("\n")
            start = self.pos
            for k, j in enumerate(idx):
                if k:
                    self.insert(" ")
                emit(j)
            footnotes.setdefault(num, (start, self.pos))
        if footnotes:
            warnings.append(f"{len(footnotes)} footnote(s) moved after the body")
        self.map.nfc_map = nmap
        return Normalised("".join(self.parts), self.map, body_end, footnotes, warnings, fmt)


def to_nfc(raw: str) -> tuple[str, list[int] | None]:
    """NFC text and, when it differs in length, the map from NFC index to raw index."""
    text = raw.replace("\u00d0", "\u0110")  # look-alike Ð typed for Đ; same length
    if unicodedata.is_normalized("NFC", text):
        return text, None
    parts: list[str] = []
    nmap: list[int] = []
    cur = 0
    for m in _MARKS.finditer(text):
        parts.append(text[cur : m.start()])
        nmap.extend(range(cur, m.start()))
        comp = unicodedata.normalize("NFC", m.group(0))
        parts.append(comp)
        nmap.extend([m.start()] * len(comp))
        cur = m.end()
    parts.append(text[cur:])
    nmap.extend(range(cur, len(text)))
    out = unicodedata.normalize("NFC", "".join(parts))
    if len(out) != len(nmap):  # exotic compositions across starters: fall back to an approximate map
        nmap = [min(len(raw) - 1, round(i * len(raw) / max(1, len(out)))) for i in range(len(out))]
    return out, nmap
