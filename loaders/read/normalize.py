"""Canonical text: NFC, PDF layout artefacts undone (wraps, page breaks, footnotes), with an offset map."""

from __future__ import annotations

import re
from itertools import accumulate

from loaders.read.breaks import SYMBOL_TAIL, new_paragraph_caps
from loaders.read.canonical import STRIP, Builder, Normalised, OffsetMap, to_nfc
from loaders.read.markdown import looks_markdown, normalize_markdown

# What callers of normalize() use: the result, its offset map (loaders/extract/context.py) and the function.
__all__ = ["Normalised", "OffsetMap", "normalize"]

_FOOT_START = re.compile(r"(\d{1,2})\s+\S")
_GLUED = re.compile(r"(?<=[^\W\d_]|[)”\"'])(\d{1,2})(?=[\s.,;:!?)”\"]|$)")
_PAGE_NO = re.compile(r"[-–]?\s*\d{1,3}\s*[-–]?|Trang \d{1,3}")


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
    if fmt == "markdown" or (fmt == "text" and looks_markdown(raw)):
        return normalize_markdown(raw)
    text, nmap = to_nfc(raw)
    lines = _Lines(text)
    nonblank = [i for i in range(len(lines)) if not lines.empty[i]]
    double = fmt == "text" and _double_spaced(lines, nonblank)
    regions, excluded = _furniture(lines, fmt, double)
    groups = _footnote_groups(lines, regions)
    widths = sorted(lines.width(i) for i in nonblank if i not in excluded)
    typical = widths[int(0.75 * len(widths))] if len(widths) >= 10 else 0
    b = Builder()
    _body(b, lines, fmt, double, excluded, typical, {g[0] for g in groups})
    return b.finish(nmap, groups, lambda j: b.copy_line(text, lines.cs[j], lines.ce[j], []), fmt)


def _double_spaced(lines: _Lines, nonblank: list[int]) -> bool:
    """PDF-to-text output: a blank line after at least half the lines (not at a page break)."""
    n, empty, brk = len(lines), lines.empty, lines.page
    gaps = sum(1 for i in nonblank if i + 1 < n and empty[i + 1] and brk[i + 1] is False)
    return len(nonblank) >= 6 and gaps >= 0.5 * len(nonblank)


def _pages(lines: _Lines, double: bool) -> tuple[list[list[int]], set[int]]:
    """The non-blank lines of each page (form feeds part them) and the lines that start a page."""
    empty, brk = lines.empty, lines.page
    page_starts: set[int] = set()
    pages: list[list[int]] = [[]]
    for i in range(len(lines)):
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
    return pages, page_starts


def _furniture(lines: _Lines, fmt: str, double: bool) -> tuple[list[list[int]], set[int]]:
    """The footnote regions and every line left out of the body (footnotes, PDF page numbers)."""
    pages, page_starts = _pages(lines, double)
    regions = _footnotes_double(lines, page_starts) if double else []
    if fmt == "pdf":
        regions = _footnotes_pdf(lines, pages)
    excluded = {j for r in regions for j in r}
    if fmt == "pdf":  # page numbers at the top or bottom of a page
        for page in pages:
            for i in page[:1] + page[-1:]:
                if _PAGE_NO.fullmatch(lines.content(i)):
                    excluded.add(i)
    return regions, excluded


def _footnote_groups(lines: _Lines, regions: list[list[int]]) -> list[tuple[int, list[int]]]:
    """Each footnote's number and lines: a numbered line and the lines that continue it."""
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
    return groups


def _body(
    b: Builder, lines: _Lines, fmt: str, double: bool, excluded: set[int], typical: int, numbers: set[int]
) -> None:
    """The body's lines, joined by a space or parted by a line break where a paragraph starts."""
    text, empty, brk, cs, ce = lines.text, lines.empty, lines.page, lines.cs, lines.ce
    prev = ""
    prev_caps: bool | None = None  # _is_caps(prev) when already known
    blank_since = False
    short_below = 0.7 * typical if typical > 0 else -1  # a previous line shorter than this is short
    blanks_break = not double and fmt != "pdf"  # whether a blank line alone starts a paragraph
    for i in range(len(lines)):
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
