"""Document symbols as NĐ 30/2020 and the Party's rules write them: "12-NQ/TU" (Party: number-type/issuer),
"310/KH-UBND", "146/2025/QH15", "30/2020/NĐ-CP" (State: number[/year]/type-issuer); "Thông báo số 25, 26"
(numbers only); the dates that follow them. Found from their digit-led cores, fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from loaders.extract.doctypes import TYPE_NAMES

TNAMES = "|".join(sorted((n[0].upper() + n[1:] + "|" + n for n in TYPE_NAMES), key=len, reverse=True))
_ISS = r"[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*){0,3}"
CORE = re.compile(
    rf"(?<![\d/.\-])(?:(?P<pn>\d{{1,5}})\s{{0,2}}-\s{{0,2}}(?P<pt>[A-ZĐ][A-Za-zĐđ]{{0,4}})\s{{0,2}}/\s{{0,2}}(?P<pi>{_ISS})"
    rf"|(?P<sn>\d{{1,5}})\s{{0,2}}/\s{{0,2}}(?:(?P<sy>(?:19|20)\d\d)\s{{0,2}}/\s{{0,2}})?"
    rf"(?P<st>[A-ZĐ][A-Za-zĐđ0-9]{{0,5}})(?:\s{{0,2}}-\s{{0,2}}(?P<si>{_ISS}))?)(?![\w/])"
)
# Where CORE can start: its look-behind, then the digits and the '-' or '/' both of its forms need.
_CORE_START = re.compile(r"\d(?<![\d/.\-]\d)\d{0,4}\s{0,2}[-/]")
_BEFORE = re.compile(rf"(?:(?P<tname>{TNAMES})\s+(?:[^\W\d]+\s+){{0,2}}?)?(?:(?P<so>[Ss][ốôo])\s*:?\s*)?$")


class SymbolMatch:
    """A symbol match with the type name and 'số' found just before it (same API as re.Match)."""

    def __init__(self, core: re.Match[str], before: re.Match[str] | None, offset: int) -> None:
        self.core, self.before, self.offset = core, before, offset

    def __getitem__(self, name: str) -> str | None:
        if name in ("tname", "so"):
            return self.before[name] if self.before else None
        return self.core[name]

    def start(self, name: str | None = None) -> int:
        if name in ("tname", "so"):
            assert self.before is not None
            return self.offset + self.before.start(name)
        if name is None:
            for g in ("tname", "so"):
                if self[g]:
                    return self.start(g)
            return self.core.start()
        return self.core.start(name)

    def end(self) -> int:
        return self.core.end()


def find_symbols(text: str, lo: int, hi: int):  # noqa: ANN201
    """Document symbols in text[lo:hi]: the digit-led core first (fast), then what precedes it."""
    end = lo
    for cand in _CORE_START.finditer(text, lo, hi):  # CORE.finditer, without trying every position
        if cand.start() < end or (core := CORE.match(text, cand.start(), hi)) is None:
            continue
        end = core.end()
        w0 = max(lo, core.start() - 48)
        before = _BEFORE.search(text, w0, core.start())
        if before is not None and not (before["tname"] or before["so"]):
            before = None
        yield SymbolMatch(core, before, 0)


_NUMS = r"\s+(?P<nums>\d{1,5}(?:\s*(?:,|và)\s*\d{1,5})*)(?![\d\w]|\s*[-/])"
NUMBERS_ONLY = re.compile(rf"(?P<tname>{TNAMES})\s+(?:[Ss][ốô])" + _NUMS)
# NUMBERS_ONLY from its end: 'số N' (the look-behind after the first letter keeps the engine's fast
# first-character scan), then the type name just before it.
_NUMBERS_TAIL = re.compile(r"[ốô](?<=[Ss][ốô])" + _NUMS)
_TNAME_END = re.compile(rf"(?:{TNAMES})\Z")
_TNAME_MAX = max(len(n) for n in TYPE_NAMES)
DATE = re.compile(
    r"\s*,?\s*(?:ngày\s*)?(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
)


def parse_date(m: re.Match[str]) -> str | None:
    """ISO date from a DATE match, None when impossible."""
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def numbers_only(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """NUMBERS_ONLY.finditer(text, lo, hi), found from each 'số N' (few) instead of every word start."""
    last = lo
    for cand in _NUMBERS_TAIL.finditer(text, lo, hi):
        j = p = cand.start() - 1  # the S of 'số'
        while j > last and text[j - 1].isspace():  # the same white space as the regex's \s
            j -= 1
        if j == p or (name := _TNAME_END.search(text, max(last, j - _TNAME_MAX), j)) is None:
            continue
        if (m := NUMBERS_ONLY.match(text, name.start(), hi)) is not None:
            last = m.end()
            yield m
