"""Indicator figures: '29.240,3 tỷ đồng, tăng 2,65%' -> value 29240.3, unit, change_pct, estimated."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from loaders.extract.context import Context
from loaders.extract.entities import PERIOD
from loaders.extract.model import Item
from loaders.extract.structure import Prov
from loaders.gazetteer.folded import cached_fold

_COUNT_UNITS = ("dự án", "doanh nghiệp", "hộ", "người", "lao động", "lượt khách", "công trình", "xã")
_UNITS = (
    "nghìn tỷ đồng",
    "tỷ đồng",
    "triệu đồng",
    "triệu USD",
    "tỷ USD",
    "USD",
    "%",
    "ha",
    "km",
    "tấn",
    "MW",
    "m3",
    *_COUNT_UNITS,
)
_VALUE = re.compile(
    # The look-behind follows the first digit so that the engine can skip to digits (a leading one stops it).
    r"(?P<num>\d(?<![\d.,/]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))\s*(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![^\W\d_])(?P<qual>\s+(?:FDI|ngoài ngân sách|mới|trọng điểm|đầu tư trực tiếp nước ngoài))?"
)
_CHANGE = re.compile(r"\s*[,(]?\s*(?P<dir>tăng|giảm)\s+(?P<pct>\d+(?:,\d+)?)\s*%\)?")
_CLAUSE_END = re.compile(r"[;:\n]|\.\s|,\s(?=[^,]*\d)")
_TAIL = re.compile(
    r"(?:\s+(?:ước tính|ước đạt|ước|đạt|là|được|khoảng|trên|gần|hơn|với|còn|tăng lên|lên))+\s*$"
)


_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm)\s*$")
_ESTIMATED = re.compile(r"\bước\b")


def number(text: str) -> float:
    """Vietnamese number: '.' groups thousands, ',' is the decimal mark."""
    return float(text.replace(".", "").replace(",", "."))


def extract_indicators(ctx: Context, lo: int, hi: int, period_for: Callable[[int], str | None]) -> None:
    """Add indicator observations found in text[lo:hi]."""
    text = ctx.text
    last_end = lo
    for m in _VALUE.finditer(text, lo, hi):
        if m.start() < last_end or ctx.is_masked(m.start(), m.end()):
            continue
        before = text[max(lo, m.start() - 160) : m.start()]
        if m["unit"] == "%" and _CHANGE_BEFORE.search(before):
            continue  # a change of the figure before it
        cut = 0
        for c in _CLAUSE_END.finditer(before):
            cut = c.end()
        clause = before[cut:]
        name = _TAIL.sub("", clause).strip(" ,")
        if not name or len(name) < 4:
            continue
        unit = m["unit"]
        value = number(m["num"])
        counted = unit in _COUNT_UNITS
        if counted:
            name = f"{name} {unit}{m['qual'] or ''}".strip()
        end = m.end()
        change = None
        if ch := _CHANGE.match(text, end):
            change = number(ch["pct"]) * (-1 if ch["dir"] == "giảm" else 1)
            end = ch.end()
        start = m.start() - len(clause) + (len(clause) - len(clause.lstrip(" ,")))
        estimated = bool(_ESTIMATED.search(clause))
        fields = {
            "value": value,
            "unit": unit,
            "change_pct": change,
            "period": period_for(m.start()),
            "estimated": estimated,
            "count": counted,
        }
        ctx.collector.add(
            "indicators",
            f"{cached_fold(name)}|{unit}",
            name,
            fields,
            [ctx.ev(start, end, "pattern.indicator", 0.85)],
        )
        last_end = end


def period_finder(ctx: Context, provs: list[Prov], doc: Item) -> Callable[[int], str | None]:
    """The period an indicator at a position is for: its sentence's, else a heading's, else the subject's."""
    starts = [p.start for p in provs]

    def period_for(pos: int) -> str | None:
        lo = max(ctx.text.rfind(". ", 0, pos), ctx.text.rfind("\n", 0, pos)) + 1
        hi = min(x for x in (ctx.text.find(". ", pos), ctx.text.find("\n", pos), len(ctx.text)) if x >= 0)
        if m := PERIOD.search(ctx.text, lo, hi):
            return m.group(0)
        k = bisect_right(starts, pos) - 1
        p = provs[k] if k >= 0 else None
        while p is not None:
            if p.spans and (m := PERIOD.search(ctx.text, p.spans[0][0], p.spans[0][1])):
                return m.group(0)
            p = p.parent
        subject = str(doc.fields.get("subject") or "")
        m = PERIOD.search(subject)
        return m.group(0) if m else None

    return period_for
