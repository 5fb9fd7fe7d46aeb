"""Deadlines and recurrence of a task, read from the folded text (pure functions, offsets kept)."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# Every pattern runs on fold_same_length() text: lower case, no diacritics, one character per character,
# so "Hằng năm" and "hàng năm", "Quý" and "quý" read alike and the offsets are those of the text.
_LEAD = r"(?:hoan thanh |xong |thuc hien )?(?:truoc|cham nhat(?: la)?|han chot(?: la)?|den|trong|cuoi|dau)"
# Tried at word starts only (see _matches), so it needs no look-behind.
_DEADLINE = re.compile(
    r"(?:"
    # a plain date (an event, a reference's date): consumed so that its month and year are no deadline
    r"(?P<plain>ngay\s+\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|thang\s+\d{1,2}\s+nam\s+\d{4}))"
    r"|(?P<skip>(?:nhiem ky|khoa|thoi ky|tam nhin(?: den)?|ke tu|tu)\s+(?:nam\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)"
    r"|(?P<dlead>" + _LEAD + r")\s+(?:ngay\s+(?P<dd>\d{1,2})(?:\s*[/.-]\s*(?P<dm>\d{1,2}))?"
    r"|(?P<dd2>\d{1,2})\s*[/.-]\s*(?P<dm3>\d{1,2}))(?:\s*[/.-]\s*(?P<dy>\d{4}))?"
    r"(?:\s+thang\s+(?P<dm2>\d{1,2})(?:\s+nam\s+(?P<dy2>\d{4}))?)?(?![\d/])"
    r"|(?:(?P<mlead>" + _LEAD + r")\s+)?thang\s+(?P<mm>\d{1,2})(?:\s*/\s*|\s+nam\s+)(?P<my>\d{4})"
    r"|(?P<mlead2>" + _LEAD + r")\s+thang\s+(?P<mm2>\d{1,2})(?![\d/])"
    r"|(?:(?P<qlead>" + _LEAD + r")\s+)?quy\s+(?P<q>iv|iii|ii|i|[1-4])(?![\w])"
    r"(?:(?:\s*/\s*|\s+nam\s+|\s*[-–]\s*(?=\d{4}))(?P<qy>\d{4}))?"
    r"|(?P<hn>\d{1,2}|sau|ba|chin)\s+thang\s+(?P<hw>dau|cuoi)\s+nam(?:\s+(?P<hy>\d{4}))?"
    r"|giai doan\s+(?P<p1>\d{4})\s*[-–]\s*(?P<p2>\d{4})"
    r"|(?:(?P<ylead>" + _LEAD + r")\s+)?nam\s+(?P<yy>\d{4})(?:\s*[-–]\s*(?P<yy2>\d{4}))?"
    r")(?!\w)"
)
_RECURRENCE = re.compile(
    r"(?:(?:dinh ky\s+)?(?:hang|moi)\s+(?P<rec>nam|quy|thang|(?:6|sau) thang)"
    r"|dinh ky\s+(?P<rec2>(?:6|sau) thang|hang nam|hang quy|hang thang|nam|quy|thang)"
    r"|(?P<semi>(?:6|sau) thang (?:mot|1) lan)|(?P<cont>thuong xuyen|lien tuc))(?!\w)"
)
# Every phrase holds one of these cores; the full pattern is tried only at the words before a core.
# The cores are "ngay 1", "1/1", "thang 1", "quy i", "nam 2025", "2025 - 2030", "thang dau|cuoi nam",
# grouped by first character: a leading class lets the engine skip the other characters in C (a
# leading alternation with \d tries every position: 0.20 -> 0.12 s per 500 bench documents).
_GATE = re.compile(
    r"[\dnqt](?:(?<=\d)(?: ?/ ?\d|\d{3} ?[-–] ?\d{4})|(?<=n)(?:gay \d|am \d{4})"
    r"|(?<=t)hang (?:\d|dau nam|cuoi nam)|(?<=q)uy (?:i|v|[1-4]))"
)
# The words a phrase may open with, at a word start (C scans for them in the few words before a core).
_STARTS = re.compile(
    r"\b(?:ngay|nhiem|khoa|thoi|tam|ke |tu |hoan|xong|thuc|truoc|cham|han|den|trong|cuoi|dau|thang|quy|giai"
    r"|nam|sau|ba |chin|\d)"
)
# What a recurrence phrase must hold (each branch of _RECURRENCE has one; "hang"/"moi" open a word).
_REC_WORDS = ("dinh ky", "thang mot lan", "thang 1 lan", "thuong xuyen", "lien tuc")
_PERIOD_WORDS = ("nam", "quy", "thang", "6 thang", "sau thang")  # after "hang"/"moi" in _RECURRENCE
_REACH = 36  # the longest lead before an anchor: "hoàn thành chậm nhất là trước ngày "
_DAY = re.compile(r"(?:truoc|vao|cham nhat(?: la)?)\s+ngay\s+(?P<d>\d{1,2})(?![\d/])")
_RANGE = re.compile(r"\s*(?:[-–]\s*)?")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_WORD_NUMBERS = {"sau": 6, "ba": 3, "chin": 9}
_KINDS = {"nam": "annual", "quy": "quarterly", "thang": "monthly", "6 thang": "semiannual"}
_KINDS["sau thang"] = "semiannual"
RECURRENCES = ("annual", "semiannual", "quarterly", "monthly", "continuous")


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline phrase: its span, kind (date, month, quarter, half, year, period) and due date."""

    start: int
    end: int
    kind: str
    due: str | None


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A recurrence phrase: its span, kind (annual … continuous) and the day of the month it falls by."""

    start: int
    end: int
    kind: str
    day: int | None


def _end_of_month(year: int, month: int) -> str | None:
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        return None
    return date(year, month, monthrange(year, month)[1]).isoformat()


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _before(iso: str | None) -> str | None:
    """The day before: 'trước tháng 12/2025' is due by the end of November."""
    return None if iso is None else date.fromordinal(date.fromisoformat(iso).toordinal() - 1).isoformat()


def _due(m: re.Match[str], year: int | None) -> tuple[str, str | None] | None:
    """Kind and due date of one match; None for a plain date or a term (no deadline)."""
    g = m.group
    if g("plain") or g("skip"):
        return None
    if g("dlead"):
        month = g("dm") or g("dm2") or g("dm3")
        y = g("dy") or g("dy2") or year
        return "date", _day(int(y), int(month), int(g("dd") or g("dd2"))) if month and y else None
    before = (g("mlead") or g("mlead2") or g("qlead") or g("ylead") or "").endswith("truoc")
    if g("mm") or g("mm2"):
        y = g("my") or year
        due = _end_of_month(int(y), int(g("mm") or g("mm2"))) if y else None
        if before and due:
            due = _before(_day(int(due[:4]), int(due[5:7]), 1))
        return "month", due
    if g("q"):
        y = g("qy") or year
        q = _QUARTERS[g("q")]
        due = _end_of_month(int(y), 3 * q) if y else None
        if before and due:
            due = _before(_day(int(due[:4]), 3 * q - 2, 1))
        return "quarter", due
    if g("hn"):
        n = int(g("hn")) if g("hn").isdigit() else _WORD_NUMBERS[g("hn")]
        y = g("hy") or year
        month = n if g("hw") == "dau" else 12
        return "half" if n == 6 else "months", _end_of_month(int(y), month) if y and n <= 12 else None
    if g("p2"):
        return "period", _end_of_month(int(g("p2")), 12)
    y2 = g("yy2")
    if y2:
        return "period", _end_of_month(int(y2), 12)
    y = int(g("yy"))
    if before:
        return "year", _end_of_month(y - 1, 12)
    return "year", _end_of_month(y, 3 if (g("ylead") or "").endswith("dau") else 12)


def _matches(folded: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Phrase matches found from their anchors (a digit run, 'quý ', 'sáu tháng'): the big pattern is
    tried only at the word starts of the few words before each anchor, never scanned along the text."""
    out: list[re.Match[str]] = []
    done = lo
    for a in _GATE.finditer(folded, lo, hi):
        a_start, a_end = a.span()
        p = a_end - 1
        if p < done:
            continue
        w = max(lo, done, a_start - _REACH)
        for st in _STARTS.finditer(folded, w, a_end):
            if st.start() > a_start:
                break
            if st.start() > lo and folded[st.start() - 1] == "/":
                continue
            m = _DEADLINE.match(folded, st.start(), hi)
            if m is not None and m.end() > p:
                out.append(m)
                done = m.end()
                break
    return out


def deadlines(folded: str, lo: int, hi: int, year: int | None = None) -> list[Deadline]:
    """Deadline phrases in folded[lo:hi]; a range ('Quý IV/2025 - Quý II/2026') is due at its later end."""
    return list(_deadlines(folded, lo, hi, year))


# A task's span and its enclosing headings are parsed again for each task under them: a memo keyed by
# the (immutable) text and span halves the parser's calls (1.55 -> 0.78 s per 300 bench documents).
@lru_cache(maxsize=1024)
def _deadlines(folded: str, lo: int, hi: int, year: int | None) -> tuple[Deadline, ...]:
    out: list[Deadline] = []
    for m in _matches(folded, lo, hi):
        found = _due(m, year)
        if found is None:
            continue
        kind, due = found
        if due is not None and year is not None and int(due[:4]) < year:
            continue  # before the document was issued: a past year named in passing, not a deadline
        if out and _RANGE.fullmatch(folded, out[-1].end, m.start()):
            prev = out.pop()
            out.append(Deadline(prev.start, m.end(), "period", due or prev.due))
            continue
        out.append(Deadline(m.start(), m.end(), kind, due))
    return tuple(out)


# The more precise phrase wins when a sentence has several; a bare year or period is the weakest.
_RANK = {"date": 0, "month": 1, "quarter": 2, "half": 3, "months": 3, "year": 4, "period": 5}


def best_deadline(found: list[Deadline]) -> Deadline | None:
    """The most precise deadline, the first of equals."""
    return min(found, key=lambda d: _RANK[d.kind]) if found else None


def _may_recur(folded: str, lo: int, hi: int) -> bool:
    """Whether folded[lo:hi] holds a core every accepted recurrence phrase holds (a word 'hang'/'moi')."""
    if any(folded.find(w, lo, hi) != -1 for w in _REC_WORDS):
        return True
    for w in ("hang", "moi"):
        i = folded.find(w, lo, hi)
        while i != -1:
            if (i == 0 or not folded[i - 1].isalnum()) and _period_after(folded, i + len(w)):
                return True  # at a word start, as recurrence() accepts a match's start
            i = folded.find(w, i + 1, hi)
    return False


def _period_after(folded: str, j: int) -> bool:
    """Whether whitespace and a period word follow 'hang'/'moi' at j, as _RECURRENCE's first branch
    needs (not the 'moi' of 'moi truong', frequent in names of bodies): str.isspace() is what \s is."""
    k = j
    while k < len(folded) and folded[k].isspace():
        k += 1
    return k > j and folded.startswith(_PERIOD_WORDS, k)


def recurrence(folded: str, lo: int, hi: int) -> Recurrence | None:
    """The first recurrence phrase in folded[lo:hi] and the day it falls by ('hằng tháng, trước ngày 20')."""
    if not _may_recur(folded, lo, hi):
        return None  # no core: the gate costs 5 µs a task, the search 25 µs (0.09 -> 0.03 s per 100 docs)
    m = _RECURRENCE.search(folded, lo, hi)
    while m is not None and m.start() > 0 and folded[m.start() - 1].isalnum():
        m = _RECURRENCE.search(folded, m.start() + 1, hi)
    if m is None:
        return None
    if m["cont"]:
        return Recurrence(m.start(), m.end(), "continuous", None)
    word = (m["rec"] or m["rec2"] or "6 thang").removeprefix("hang ")
    kind = "semiannual" if m["semi"] else _KINDS[word]
    end = m.end()
    day = None
    near = _DAY.search(folded, max(lo, m.start() - 40), min(hi, end + 40))
    if near is not None:
        day = int(near["d"])
        end = max(end, near.end()) if near.start() >= m.start() else end
    else:  # "trước ngày 15/12 hằng năm": the date's day is the day of every recurrence
        dated = re.search(r"ngay\s+(\d{1,2})\s*/\s*\d{1,2}\s*$", folded[max(lo, m.start() - 30) : m.start()])
        day = int(dated.group(1)) if dated else None
    return Recurrence(m.start(), end, kind, day if day and 1 <= day <= 31 else None)


def cell(folded: str, year: int | None = None) -> tuple[Deadline | None, Recurrence | None]:
    """A table's 'Thời gian' cell: the phrases above, and also a bare '2026' or '2026 - 2030'."""
    found = best_deadline(deadlines(folded, 0, len(folded), year))
    rec = recurrence(folded, 0, len(folded))
    if found is None and (m := re.fullmatch(r"\s*(\d{4})(?:\s*[-–]\s*(\d{4}))?\s*\.?", folded)):
        last = int(m.group(2) or m.group(1))
        found = Deadline(m.start(1), m.end(), "period" if m.group(2) else "year", _end_of_month(last, 12))
    return found, rec
