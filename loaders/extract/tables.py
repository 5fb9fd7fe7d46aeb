"""Task tables (Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm): each row a task."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.extract import assign as g
from loaders.extract.context import Context
from loaders.extract.structure import Prov
from loaders.extract.task_items import add_assignment, new_task, set_deadline

if TYPE_CHECKING:
    from loaders.extract.model import Item

# Column names, folded; a table is a header holding a lead column and a content or time column.
_COLUMNS = (
    ("no", re.compile(r"s?tt|so tt")),
    ("lead", re.compile(r"(?:co quan|don vi|cq)\s*(?:chu tri|thuc hien|chu tri thuc hien)|chu tri")),
    ("coord", re.compile(r"(?:co quan|don vi|cq)\s*phoi hop|phoi hop")),
    ("time", re.compile(r"thoi (?:gian|han)(?: \w+){0,3}|tien do(?: \w+){0,2}")),
    (
        "content",
        re.compile(r"(?:noi dung|nhiem vu|ten nhiem vu)(?:\s*[/,]\s*(?:nhiem vu|cong viec|giai phap))?"),
    ),
    ("product", re.compile(r"san pham(?: \w+){0,3}|ket qua(?: \w+){0,2}|ghi chu")),
)
# A cell ends at '|' (and the line break after it) or at a line break: flattened tables hold both.
_CELL_SEP = re.compile(r"[ \t]*(?:\|[ \t]*\n?|\n)[ \t]*")
_END = re.compile(r"\n(?:\*\*)?(?:[IVX]{1,5}\.|phu luc|noi nhan|tm\.|t/m|kt\.)")
_NUMBER = re.compile(r"\d{1,3}\.?")
_GATE = re.compile(r"(?:co quan|don vi|cq)\s*chu tri")


def _cells(folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Cell spans between separators, markup trimmed; an empty cell is (p, p): a row break."""
    out = []
    pos = lo
    for m in _CELL_SEP.finditer(folded, lo, hi):
        out.append(_trim(folded, pos, m.start()))
        pos = m.end()
    out.append(_trim(folded, pos, min(hi, len(folded))))
    return out


def _trim(folded: str, s: int, e: int) -> tuple[int, int]:
    while s < e and folded[s] in " *_\t":
        s += 1
    while e > s and folded[e - 1] in " *_\t.":
        e -= 1
    return s, e


def _column(name: str) -> str | None:
    for col, pattern in _COLUMNS:
        if pattern.fullmatch(name):
            return col
    return None


def _header(folded: str, cells: list[tuple[int, int]]) -> tuple[list[str], int] | None:
    """The columns named by the first cells and the index of the first cell after them."""
    cols: list[str] = []
    for i, (s, e) in enumerate(cells):
        if s == e:
            continue
        col = _column(folded[s:e])
        if col is None:
            return (cols, i) if "lead" in cols and len(cols) >= 3 else None
        cols.append(col)
    return None


def _rows(folded: str, cells: list[tuple[int, int]], cols: list[str]) -> list[list[tuple[int, int]]]:
    """Rows: broken at empty cells, at the next number of the TT column, else every len(cols) cells."""
    n = len(cols)
    numbered = cols[0] == "no"
    groups: list[list[tuple[int, int]]] = [[]]
    expect = 1
    for s, e in cells:
        if s == e:
            if groups[-1] and not numbered:
                groups.append([])
            continue
        if numbered and _NUMBER.fullmatch(folded, s, e) and int(folded[s:e].rstrip(".")) == expect:
            groups.append([])
            expect += 1
        groups[-1].append((s, e))
    out: list[list[tuple[int, int]]] = []
    for grp in groups:
        while len(grp) > n and not numbered:
            out.append(grp[:n])
            grp = grp[n:]
        out.append(grp)
    return [r for r in out if len(r) >= min(n, 3)]


@dataclass(slots=True)
class Table:
    """A task table: its span (from the header's first cell), columns and rows of cell spans."""

    start: int
    end: int
    cols: list[str]
    rows: list[list[tuple[int, int]]]


def find_tables(folded: str) -> list[Table]:
    """Every task table of the text, as rows on a line, cells between '|' lines, or one cell per line."""
    out: list[Table] = []
    pos = 0
    while (m := _GATE.search(folded, pos)) is not None:
        lo = m.start()
        for _ in range(8):  # the header's first cells ("TT", "Nội dung") stand on the lines before
            j = folded.rfind("\n", 0, max(0, lo - 1))
            if j < 0 or m.start() - j > 600:
                break
            lo = j + 1
        end = _END.search(folded, m.end())
        hi = end.start() if end else len(folded)
        pos = max(hi, m.end())
        cells = _cells(folded, lo, hi)
        head = _header(folded, cells)
        while head is None and cells and cells[0][0] < m.start():
            cells = cells[1:]  # the header starts after a caption
            head = _header(folded, cells)
        if head is not None:
            cols, first = head
            rows = _rows(folded, cells[first:], cols)
            if rows:
                out.append(Table(cells[0][0], rows[-1][-1][1], cols, rows))
    return out


def table_tasks(
    ctx: Context, bodies: g.Bodies, provs: list[Prov], tables: list[Table], year: int | None
) -> None:
    """One task per row, with lead, coordinators and deadline from its columns."""
    starts = [p.start for p in provs]
    for table in tables:
        k = bisect_right(starts, table.start) - 1
        prov = provs[k] if k >= 0 and provs[k].end >= table.start else None
        prov_item = ctx.collector.get("provisions", prov.path) if prov else None
        if prov_item is None:
            prov, prov_item = None, _appendix(ctx, table.start, table.end)
        n = sum(1 for t in ctx.collector.items["tasks"] if t.fields["provision"] == prov_item.id)
        for row in table.rows:
            by = _by_column(row, table.cols)
            content = by.get("content") or row[min(1, len(row) - 1)]
            n += 1
            task = new_task(ctx, prov, prov_item, n, content[0], content[1], "task.table", [])
            if by.get("time"):
                set_deadline(ctx, task, *by["time"], year, cell=True)
            for col, role in (("lead", "lead"), ("coord", "coordinate")):
                if col in by:
                    for bs, be, body in bodies.within(*by[col]):
                        add_assignment(ctx, task, g.Found(body, role, bs, be, f"assign.table_{role}", 0.85))


def _by_column(row: list[tuple[int, int]], cols: list[str]) -> dict[str, tuple[int, int]]:
    """The row's cells by column; extra cells belong to the long content cell."""
    if len(row) > len(cols):
        extra = len(row) - len(cols)
        c = cols.index("content") if "content" in cols else 0
        row = row[:c] + [(row[c][0], row[c + extra][1])] + row[c + extra + 1 :]
    return dict(zip(cols, row, strict=False))


def _appendix(ctx: Context, lo: int, hi: int) -> Item:
    """A provision for a table outside the body (an appendix after the signature): its tasks need one."""
    path = f"PL{sum(1 for p in ctx.collector.items['provisions'] if p.fields.get('kind') == 'appendix') + 1}"
    fields = {"path": path, "label": "Phụ lục", "kind": "appendix", "level": 1, "ordinal": 1, "heading": None}
    fields.update(text=ctx.text[lo:hi], parent=None, part_role="tasks", start=lo, end=hi)
    return ctx.collector.add(
        "provisions", path, f"Phụ lục {path[2:]}", fields, [ctx.ev(lo, hi, "structure.appendix", 0.8)]
    )
