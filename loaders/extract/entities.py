"""Named things: gazetteer mentions, then patterns for people, meetings, terms, periods and new names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.extract.bodies import extract_pattern_bodies
from loaders.extract.components import extract_components
from loaders.extract.context import Context
from loaders.extract.lists import extract_head_lists
from loaders.extract.projects import extract_projects
from loaders.gazetteer.folded import bounded_words, cached_fold, match_at, word_starts
from ontology import keys

_SPACES = re.compile(r"\s+")

_W = r"[^\W\d_]+"
_CAP = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]"
_SURNAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|Lương|"
    "Lâm|Mai|Tô|Hà|Cao|Thái|Trịnh|Đào|Châu|Tạ|Lưu|Quách|Chu|Kiều|Đàm|Tăng|Triệu|Phùng|Thân|Văn|Nghiêm"
)
_POSTS = (
    r"Tổng Bí thư|Chủ tịch nước|Thủ tướng Chính phủ|Thủ tướng|Phó Thủ tướng|Phó Bí thư Thường trực Tỉnh ủy|"
    r"Bí thư Tỉnh ủy|Phó Bí thư Tỉnh ủy|Chủ tịch UBND tỉnh|Chủ tịch Ủy ban nhân dân tỉnh|"
    r"Phó Chủ tịch UBND tỉnh|Phó Chủ tịch Ủy ban nhân dân tỉnh|Chủ tịch HĐND tỉnh|Bộ trưởng|Giám đốc|"
    r"Phó Giám đốc|Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH"
)
PERSON = re.compile(
    rf"(?:(?:đồng chí|ông|bà)\s+)?(?:(?P<post>{_POSTS})\s+)?"
    rf"(?P<name>(?:{_SURNAMES})(?:\s+{_CAP}[a-zà-ỹđ]+){{1,3}})\b"
)
# The same pattern split for speed: find the name (a surname starts it), then look back for post and title.
_NAME = re.compile(rf"(?:{_SURNAMES})(?:\s+{_CAP}[a-zà-ỹđ]+){{1,3}}\b")
_NAME_BEFORE = re.compile(rf"(?:(?:đồng chí|ông|bà)\s+)?(?:(?P<post>{_POSTS})\s+)?\Z")
_MEETING = re.compile(
    rf"(?P<n>(?:Hội nghị|Đại hội)(?:\s+(?!lần\b){_W}){{0,8}}?\s+lần thứ\s+(?P<ord>[IVXLC]+|\d+|{_W})"
    r"(?:\s+Ban Chấp hành Trung ương(?: Đảng)?)?"
    r"(?:\s*\((?P<t1>khóa\s+[IVXLC]+)\)|,?\s+(?P<t2>khóa\s+[IVXLC]+)"
    r"|,\s+(?P<t3>nhiệm kỳ\s+\d{4}\s*-\s*\d{4}))?)"
    r"|(?P<n2>Hội nghị Trung ương\s+(?P<ord2>\d+)\s+(?P<t4>khóa\s+[IVXLC]+))"
)
TERM = re.compile(r"(?:khóa|khoá|KHÓA|KHOÁ)(?<!\w.{4})\s+(?P<r>[IVXLC]+)\b")
_TENURE = re.compile(r"nhiệm kỳ\s+(?P<a>\d{4})\s*-\s*(?P<b>\d{4})")
PERIOD = re.compile(
    r"(?:giai đoạn|thời kỳ)\s+(?P<a>\d{4})\s*-\s*(?P<b>\d{4})"
    r"|(?P<m>\d{1,2}) tháng (?P<h>đầu|cuối) năm (?P<y>\d{4})"
)
_NEW_PLACE = re.compile(
    rf"(?P<k>{bounded_words('tỉnh|huyện|xã|thị xã|thành phố|phường|thị trấn')})\s+"
    rf"(?P<n>{_CAP}[a-zà-ỹđ]+(?:\s+{_CAP}[a-zà-ỹđ]+){{0,2}})"
)
_PROGRAMME_WORDS = ("Đề án", "Chương trình", "Quy hoạch", "Kế hoạch", "Chiến lược")
_PROGRAMME = re.compile(
    # "Sở Kế hoạch ..." is a body: the look-behinds sit after each word so the regex scan stays fast
    r"(?P<n>(?:" + "|".join(f"{w}(?<!Sở {w})(?<!Bộ {w})" for w in _PROGRAMME_WORDS) + r")"
    rf"\s+[^,;:.()“”\"…\n]{{2,120}}?"
    rf"(?:,\s+(?:tầm nhìn đến năm \d{{4}}|tỉnh {_CAP}[a-zà-ỹđ]+(?:\s+{_CAP}[a-zà-ỹđ]+)?)[^,;.()“”…\n]*?)?)"
    r"(?=\s*[,;:.()“”\"…\n]|\s+(?:theo|trình|tại|nhằm|để|trên địa bàn|đã|và tổ chức|của|như)\s|$)"
    r"|[“\"](?P<q>(?:Đề án|Chương trình)[^”\"]{3,150})[”\"]"
    r"|(?:chương trình|Chương trình)\s+[“\"](?P<q2>[^”\"]{3,100})[”\"]"
)
# Where _PROGRAMME can start: a BRANCH of plain words gives the engine a first-character set to skip by
# (the groups and look-behinds of _PROGRAMME leave it trying every position).
_PROGRAMME_START = re.compile("|".join(re.escape(w) for w in (*_PROGRAMME_WORDS, "chương trình", "“", '"')))
# What makes a pattern-found programme a name: a capitalised word (a place, a body, a brand) after the
# head word, or a period ("giai đoạn 2021 - 2025", "thời kỳ 2021 - 2030", "năm 2024").
_PROPER_TAIL = re.compile(rf"\s{_CAP}|(?:giai đoạn|thời kỳ|năm)\s+(?:19|20)\d\d")
_COUNT_BEFORE = re.compile(r"(\d{1,3})\s+$")
_PLACE_KIND = {
    "tỉnh": "province",
    "huyện": "district",
    "xã": "commune",
    "thị xã": "district",
    "thành phố": "city",
    "phường": "ward",
    "thị trấn": "town",
}


def _free(ctx: Context, taken: bytearray, s: int, e: int) -> bool:
    return not ctx.is_masked(s, e) and taken.find(1, s, e) == -1


def _take(taken: bytearray, s: int, e: int) -> None:
    taken[s:e] = b"\x01" * (e - s)


def extract_entities(ctx: Context, lo: int, hi: int) -> None:
    """Add gazetteer mentions and pattern-found names in text[lo:hi] to the collector."""
    text = ctx.text
    taken = bytearray(len(text) + 1)
    named = bytearray(len(text) + 1)  # 1 inside a project or programme already named
    kept = []
    masked = ctx.masked
    for g in ctx.matches:  # one pass (ctx.is_masked and _take inlined): about 100 mentions per document
        s, e, entry = g.start, g.end, g.entry
        if s < lo or e > hi or masked.find(1, s, e) != -1:
            continue
        kept.append(g)
        ones = b"\x01" * (e - s)
        taken[s:e] = ones
        kind = entry.kind
        ctx.entity(entry, s, e, f"gazetteer.{kind}", 0.95)
        if kind == "project" or kind == "programme":
            named[s:e] = ones
            if kind == "programme" and (c := _COUNT_BEFORE.search(text, max(0, s - 6), s)):
                item = ctx.collector.get("programmes", entry.key)
                if item is not None:
                    item.fields["count"] = int(c.group(1))
    ctx.matches = kept
    extract_head_lists(ctx, lo, hi, taken)
    _programmes(ctx, named, lo, hi)
    _meetings_terms(ctx, lo, hi)
    extract_components(ctx, lo, hi, taken)  # "Dự án 1: …" of a programme, before "Dự án X" names
    extract_projects(ctx, lo, hi, taken)  # before people: "Khu di tích Hoàng Hoa Thám" is a place
    last = lo
    for m in _NAME.finditer(text, lo, hi):
        s, e = m.span()
        b = _NAME_BEFORE.search(text, max(last, s - 80), s)
        last = e
        post = b["post"] if b else None
        name = m.group()
        if not _free(ctx, taken, s, e) or (len(name.split()) < 3 and not post):
            continue
        ctx.collector.add(
            "persons",
            keys.person_key(name),
            name,
            {"key": keys.person_key(name), "post": post},
            [ctx.ev(b.start() if b else s, e, "pattern.person", 0.8)],
        )
        _take(taken, s, e)
    extract_pattern_bodies(ctx, lo, hi, taken)
    for m in _NEW_PLACE.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        if _free(ctx, taken, s, e):
            name = m["n"]
            path = [ctx.province_name, name] if ctx.province_name and m["k"] != "tỉnh" else [name]
            key = keys.place_key(*path)
            ctx.collector.add(
                "places",
                key,
                name,
                {"key": key, "curated": False, "kind": _PLACE_KIND[m["k"]]},
                [ctx.ev(s, e, "pattern.place", 0.6)],
            )


def _meetings_terms(ctx: Context, lo: int, hi: int) -> None:
    text = ctx.text
    # Both alternatives open with one of these words: try only there (its leading group leaves the engine
    # trying every position: 1.0 -> 0.05 ms CPU on a 19 kB directive).
    for m in match_at(_MEETING, word_starts(text, ("Hội nghị", "Đại hội"), lo, hi), text, hi):
        name = m["n"] or m["n2"]
        term = m["t1"] or m["t2"] or m["t3"] or m["t4"]
        key = keys.meeting_key(name)
        ctx.collector.add(
            "meetings",
            key,
            name,
            {"key": key, "ordinal": m["ord"] or m["ord2"], "term": term},
            [ctx.ev(m.start(), m.end(), "pattern.meeting", 0.85)],
        )
    for m in TERM.finditer(text, lo, hi):
        name = f"khóa {m['r']}"
        ctx.collector.add(
            "terms",
            name,
            name,
            {"kind": "party_term", "roman": m["r"]},
            [ctx.ev(m.start(), m.end(), "pattern.term", 0.9)],
        )
    for m in _TENURE.finditer(text, lo, hi) if "nhiệm kỳ" in text else ():
        name = f"nhiệm kỳ {m['a']} - {m['b']}"
        ctx.collector.add(
            "terms",
            name,
            name,
            {"kind": "tenure", "from": int(m["a"]), "to": int(m["b"])},
            [ctx.ev(m.start(), m.end(), "pattern.tenure", 0.9)],
        )
    for m in _periods(text, lo, hi):
        if m["a"]:
            name = _SPACES.sub(" ", m.group(0))
            fields = {"kind": "period", "from": int(m["a"]), "to": int(m["b"])}
        else:
            name = m.group(0)
            fields = {"kind": "period", "year": int(m["y"]), "months": int(m["m"]), "half": m["h"]}
        ctx.collector.add(
            "terms", cached_fold(name), name, fields, [ctx.ev(m.start(), m.end(), "pattern.period", 0.9)]
        )


def _periods(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """PERIOD.finditer(text, lo, hi), trying only the places where a period can start."""
    starts = word_starts(text, ("giai đoạn", "thời kỳ"), lo, hi)
    for i in word_starts(text, (" tháng ",), lo, hi):  # '<1 or 2 digits> tháng ' starts before it
        starts += [j for j in (i - 2, i - 1) if j >= lo]
    starts.sort()
    return match_at(PERIOD, starts, text, hi)


def _programmes(ctx: Context, named: bytearray, lo: int, hi: int) -> None:
    starts = [m.start() for m in _PROGRAMME_START.finditer(ctx.text, lo, hi)]
    for m in match_at(_PROGRAMME, starts, ctx.text, hi):
        group = "q" if m["q"] else "q2" if m["q2"] else "n"
        s, e = m.start(group), m.end(group)
        name = m[group] if group != "q2" else f"Chương trình {m['q2']}"
        if ctx.is_masked(s, e) or named.find(1, s, e) != -1 or len(name.split()) < 5:
            continue
        entry = ctx.gaz.lookup(name)
        if entry is not None and entry.kind in ("programme", "project"):
            ctx.entity(entry, s, e, "gazetteer.alias", 0.9)
            continue
        if group == "n" and not _PROPER_TAIL.search(name, name.find(" ")):
            continue  # a common noun phrase ("Quy hoạch phân khu xây dựng"), not a named plan
        key = keys.programme_key(name)
        ctx.collector.add(
            "programmes", key, name, {"key": key, "curated": False}, [ctx.ev(s, e, "pattern.programme", 0.65)]
        )
        named[s:e] = b"\x01" * (e - s)
