"""Canonical text: NFC, PDF layout artefacts undone (wraps, page breaks, footnotes), with an offset map."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from loaders.read.breaks import SYMBOL_TAIL, new_paragraph_caps

_MARKS = re.compile(r"[^\u0300-\u036f][\u0300-\u036f]+")
INNER_WS = re.compile(r"[ \t\u00a0\u2002-\u200b]{2,}|[\t\u00a0\u2002-\u200b]")
_FOOT_START = re.compile(r"(\d{1,2})\s+\S")
_GLUED = re.compile(r"(?<=[^\W\d_]|[)”\"'])(\d{1,2})(?=[\s.,;:!?)”\"]|$)")
STRIP = " \t\r\f\u00a0\ufeff\u200b"
_PAGE_NO = re.compile(r"[-–]?\s*\d{1,3}\s*[-–]?|Trang \d{1,3}")


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


class _Lines:
    """The raw lines with stripped content bounds."""

    def __init__(self, text: str) -> None:
        lines = text.split("\n")
        self.starts: list[int] = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        lead = [len(line) - len(line.lstrip(STRIP)) for line in lines]
        self.cs: list[int] = [p + k for p, k in zip(self.starts, lead, strict=True)]
        self.ce: list[int] = [
            c + len(line.strip(STRIP)) if k < len(line) else c
            for c, k, line in zip(self.cs, lead, lines, strict=True)
        ]
        self.page: list[bool] = ["\f" in line for line in lines] if "\f" in text else [False] * len(lines)
        self.empty = [a == b for a, b in zip(self.cs, self.ce, strict=True)]  # blank(i) for the hot loops
        self.text = text

    def __len__(self) -> int:
        return len(self.starts)

    def content(self, i: int) -> str:
        return self.text[self.cs[i] : self.ce[i]]

    def blank(self, i: int) -> bool:
        return self.empty[i]

    def indented(self, i: int) -> bool:
        return self.cs[i] > self.starts[i]

    def width(self, i: int) -> int:
        return self.ce[i] - self.starts[i]


def _glued_numbers(line: str) -> list[tuple[int, int, int]]:
    """(number, start, end) of footnote markers glued to the end of a lower-case word."""
    out = []
    for m in _GLUED.finditer(line):
        before = line[m.start() - 1]
        if before.islower() or before in ")”\"'":
            out.append((int(m.group(1)), m.start(), m.end()))
    return out


def _footnotes_double(lines: _Lines, page_starts: set[int]) -> list[list[int]]:
    """Footnote regions of PDF-to-text output: a long blank separator line up to the next page start."""
    regions = []
    n = len(lines)
    for i in range(n):
        if not lines.blank(i) or i + 1 >= n or lines.starts[i + 1] - lines.starts[i] - 1 < 10:
            continue
        for p in range(i + 1, min(n, i + 60)):
            if p in page_starts:
                body = [j for j in range(i + 1, p) if not lines.blank(j)]
                if body and _FOOT_START.match(lines.content(body[0])):
                    regions.append([i, *body])
                break
    return regions


def _footnotes_pdf(lines: _Lines, pages: list[list[int]]) -> list[list[int]]:
    """Footnote regions at the bottom of PDF pages: numbered lines whose marker is glued in the page."""
    regions = []
    for page in pages:
        tail = page[-15:]
        for k, i in enumerate(tail):
            m = _FOOT_START.match(lines.content(i))
            if not m:
                continue
            before = page[: len(page) - len(tail) + k]
            nums = {g[0] for j in before for g in _glued_numbers(lines.content(j))}
            if int(m.group(1)) in nums:
                regions.append(tail[k:])
                break
    return regions


def normalize(raw: str, fmt: str = "text") -> Normalised:
    """Normalise decoded text: NFC, unwrap lines, drop page furniture, move footnotes to the end."""
    if fmt == "markdown" or fmt == "text":
        from loaders.read.markdown import looks_markdown, normalize_markdown  # markdown builds on this module

        if fmt == "markdown" or looks_markdown(raw):
            return normalize_markdown(raw)
    text, nmap = to_nfc(raw)
    warnings = ["decomposed (NFD) text composed to NFC"] if nmap is not None else []
    lines = _Lines(text)
    n = len(lines)
    empty, brk = lines.empty, lines.page
    nonblank = [i for i in range(n) if not empty[i]]
    gaps = sum(1 for i in nonblank if i + 1 < n and empty[i + 1] and brk[i + 1] is False)
    double = fmt == "text" and len(nonblank) >= 6 and gaps >= 0.5 * len(nonblank)
    page_starts: set[int] = set()
    pages: list[list[int]] = [[]]
    for i in range(n):
        if brk[i]:
            pages.append([])
            if empty[i]:
                continue
        if empty[i]:
            continue
        if not pages[-1] and len(pages) > 1:
            page_starts.add(i)
        pages[-1].append(i)
        if double and lines.indented(i) and i > 0 and not lines.blank(i - 1):
            page_starts.add(i)
    regions = _footnotes_double(lines, page_starts) if double else []
    if fmt == "pdf":
        regions = _footnotes_pdf(lines, pages)
    excluded = {j for r in regions for j in r}
    if fmt == "pdf":  # page numbers at the top or bottom of a page
        for page in pages:
            for i in page[:1] + page[-1:]:
                if _PAGE_NO.fullmatch(lines.content(i)):
                    excluded.add(i)
    groups: list[tuple[int, list[int]]] = []
    for r in regions:
        for j in r:
            if lines.blank(j):
                continue
            m = _FOOT_START.match(lines.content(j))
            if m:
                groups.append((int(m.group(1)), [j]))
            elif groups:
                groups[-1][1].append(j)
    numbers = {g[0] for g in groups}
    widths = sorted(lines.width(i) for i in nonblank if i not in excluded)
    typical = widths[int(0.75 * len(widths))] if len(widths) >= 10 else 0
    b = Builder()
    prev = ""
    prev_caps: bool | None = None  # _is_caps(prev) when already known
    blank_since = False
    cs, ce = lines.cs, lines.ce
    short_below = 0.7 * typical if typical > 0 else -1  # a previous line shorter than this is short
    blanks_break = not double and fmt != "pdf"  # whether a blank line alone starts a paragraph
    for i in range(n):
        if empty[i]:
            blank_since = blank_since or (not brk[i] and i not in excluded)
            continue
        if i in excluded:
            continue
        cur = text[cs[i] : ce[i]]
        if prev:
            if fmt == "docx":
                new = True
            else:
                new, prev_caps = new_paragraph_caps(
                    prev, cur, blank_since and blanks_break, len(prev) < short_below, prev_caps
                )
            if new:
                b.insert("\n")
            elif prev.endswith("-") and prev[-2:-1].isdigit() and SYMBOL_TAIL.match(cur):
                pass  # a symbol split by a line break: 279-\nTB/UBKTTW
            else:
                b.insert(" ")
        drops = (
            [(cs[i] + s, cs[i] + e) for num, s, e in _glued_numbers(cur) if num in numbers] if numbers else []
        )
        b.copy_line(text, cs[i], ce[i], drops)
        prev = cur
        blank_since = False
    body_end = b.pos
    footnotes: dict[int, tuple[int, int]] = {}
    for num, idx in groups:
        b.insert("\n")
        start = b.pos
        for k, j in enumerate(idx):
            if k:
                b.insert(" ")
            b.copy_line(text, lines.cs[j], lines.ce[j], [])
        footnotes.setdefault(num, (start, b.pos))
    if footnotes:
        warnings.append(f"{len(footnotes)} footnote(s) moved after the body")
    b.map.nfc_map = nmap
    return Normalised("".join(b.parts), b.map, body_end, footnotes, warnings, fmt)
