"""The head words of project names (gazetteer/project_kinds.csv), compiled once for loaders.extract.projects.

Each head row gives a project kind, its OC4IDS sector, how the name after it looks and how sure a
match is; the other rows list the action words that give the OC4IDS project type, the words that
make a head a common noun or part of a body, and the anchors str.find looks for.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from loaders.gazetteer.folded import fold_same_length

CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_LOW = r"[a-zà-ỹđ]+"
CAPW = rf"[{CAP}][^\W_]*"
_WORD = rf"(?:số[ \t]+\d+[A-Z]?(?![^\W_])|\d+[A-Z]?(?![^\W_])|[A-ZĐ]{{1,4}}\.\d+[A-Z]?|{CAPW})"
_STOP = (
    "trên|tại|của|và|theo|cho|ở|thuộc|đã|đang|được|có|là|với|từ|đến|trong|các|để|nhằm|do|sẽ|phải|cần|"
    "không|này|đó|như|hoặc|hay|khi|về|vào|ra|bị|thì|mà|nên|qua|giai|năm|tháng|ngày|quý"
)
_TAIL = (
    r"(?:[ \t]+(?:phía[ \t]+(?:Bắc|Nam|Đông|Tây)|mở rộng"
    r"|giai đoạn[ \t]+(?:[IVX]+|\d)(?![\d/.\-–]|[ \t]*[-–][ \t]*\d)))*"
)
DU_AN_FOLDED = "du an"  # the anchor of "Dự án X" names (no head form)


@dataclass(frozen=True, slots=True)
class Kind:
    """One row of head words: what they name and how a name after them looks."""

    kind: str
    canonical: str
    sector: str | None
    mode: str  # name | pair (needs "A - B") | code (a number: roads) | placed (may be "tỉnh X": hospitals)
    lower: bool  # a capitalised head mid-sentence belongs to another name ("Sân vận động Cầu Vồng")
    free: int  # lower-case words allowed between head and name ("Nhà máy xi măng X")
    local: bool  # numbered names repeat across provinces
    conf: float


@dataclass(frozen=True, slots=True)
class Head:
    """One head form: as written in the CSV (lower case, or an abbreviation in capitals), folded."""

    form: str
    folded: str
    offset: int  # where its anchor starts inside `folded`
    kind: Kind | None  # None: a reject form ("cảng vụ")


@dataclass(frozen=True)
class Kinds:
    """project_kinds.csv compiled: head forms, anchors to find them and the word lists around them."""

    by_anchor: dict[str, tuple[Head, ...]]  # folded anchor -> the forms holding it, longest first
    by_first: dict[str, tuple[Head, ...]]  # folded first word -> the forms it opens (offset 0), longest first
    types: dict[str, str]  # action words before a head or opening a "Dự án" name -> OC4IDS type
    not_after: frozenset[str]  # words before a head that make it a common noun or part of a body
    generic: frozenset[str]  # upper-case words that are no name ("dự án FDI")
    not_name: frozenset[str]  # capitalised words that start a body or a post, not a name ("cầu Thủ trưởng")
    name: re.Pattern[str]  # what follows a head: free words, the name's core and a tail
    core: re.Pattern[str]  # a name's core alone (the items of a list)


def _name_patterns(inner: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name after a head (free lower-case words, the proper core, a tail) and the core alone.

    A core is capitalised words and codes, "A - B" pairs of them, and the few lower-case syllables of
    multi-syllable name words ("Cửa khẩu Tây Trang", "Đô thị - Dịch vụ VSIP") before another name word.
    """
    low = "|".join(re.escape(w) for w in inner)
    part = rf"{_WORD}(?:[ \t]+(?:{_WORD}|(?:{low})(?=[ \t]+{_WORD}|[ \t]*[-–][ \t]*[{CAP}])))*"
    core = rf"{part}(?:[ \t]*[-–][ \t]*{part})*"
    free = rf"(?P<free>(?:(?!(?:{_STOP})(?![^\W_])){_LOW}[ \t]+){{0,4}}?)"
    unit = r"(?P<unit>(?:tỉnh|thành phố|huyện|khu vực)[ \t]+)?"  # only where the mode is "placed"
    return re.compile(rf"[ \t]+{free}{unit}(?P<core>{core})(?P<tail>{_TAIL})"), re.compile(core)


def _anchor_in(folded: str, anchors: list[str]) -> tuple[str, int] | None:
    """The anchor that starts one of the first three words of a folded form, and where."""
    starts = [0] + [i + 1 for i, c in enumerate(folded) if c == " "][:2]
    for i in starts:
        for a in anchors:
            if folded.startswith(a, i) and folded[i + len(a) : i + len(a) + 1] in ("", " "):
                return a, i
    return None


def _index(
    heads: dict[str, Kind | None], shared: list[str]
) -> tuple[dict[str, tuple[Head, ...]], dict[str, tuple[Head, ...]]]:
    """Heads by anchor (the fewest folded words to str.find: each is a pass over the text) and first word.

    `shared` anchors (a word several heads hold: "khu", "điện") come first; one pass finds them all.
    """
    folded = {f: fold_same_length(f.lower()) for f in heads}
    anchors = [fold_same_length(w.lower()) for w in shared]
    for a in sorted({*folded.values(), DU_AN_FOLDED}, key=len):
        if _anchor_in(a, anchors) is None:
            anchors.append(a)
    by_anchor: dict[str, list[Head]] = {a: [] for a in anchors}  # "du an" keeps no head: "Dự án X"
    by_first: dict[str, list[Head]] = {}
    for f, fo in folded.items():
        a, off = _anchor_in(fo, anchors) or (fo, 0)
        head = Head(f, fo, off, heads[f])
        by_anchor[a].append(head)
        by_first.setdefault(fo.split()[0], []).append(Head(f, fo, 0, heads[f]))
    longest = lambda hs: tuple(sorted(hs, key=lambda h: -len(h.folded)))  # noqa: E731
    return {a: longest(v) for a, v in by_anchor.items()}, {w: longest(v) for w, v in by_first.items()}


@lru_cache(maxsize=1)
def kinds() -> Kinds:
    """The head words of project_kinds.csv, read once."""
    heads: dict[str, Kind | None] = {}
    types: dict[str, str] = {}
    lists: dict[str, list[str]] = {"not_after": [], "generic": [], "not_name": [], "inner": [], "anchor": []}
    data = resources.files("loaders").joinpath("gazetteer", "project_kinds.csv").read_text(encoding="utf-8")
    for r in csv.DictReader(io.StringIO(data)):
        forms = [unicodedata.normalize("NFC", f.strip()) for f in r["forms"].split("|") if f.strip()]
        if r["role"] == "head":
            k = Kind(
                r["kind"], r["canonical"], r["sector"] or None, r["mode"], r["case"] == "lower",
                int(r["free"]), r["scope"] == "local", float(r["conf"]),
            )  # fmt: skip
            heads.update({(f if f.isupper() else f.lower()): k for f in forms})
        elif r["role"] == "reject":
            heads.update({f.lower(): None for f in forms})
        elif r["role"] == "action":
            types.update({f.lower(): r["type"] for f in forms})
        else:
            lists[r["role"]] += forms
    return Kinds(
        *_index(heads, lists["anchor"]),
        types,
        frozenset(f.lower() for f in lists["not_after"]),
        frozenset(lists["generic"]),
        frozenset(lists["not_name"]),
        *_name_patterns(lists["inner"]),
    )


def head_at(text: str, folded: str, i: int, heads: tuple[Head, ...], lo: int = 0) -> Head | None:
    """The longest of these head forms whose anchor is at i, starting at lo or later, as written there."""
    for h in heads:
        s = i - h.offset
        e = s + len(h.folded)
        if s < lo or not folded.startswith(h.folded, s) or (s > 0 and folded[s - 1].isalnum()):
            continue
        if folded[e : e + 1].isalpha():
            continue
        word = text[s:e]
        if word == h.form if h.form.isupper() else word.lower() == h.form and not word.isupper():
            return h
    return None
