"""Named projects by their head words: zones, roads, railways, ports, bridges, plants and "Dự án X".

Head words, their OC4IDS sector, the verbs that give the OC4IDS project type and the words that make a
head a common noun live in gazetteer/project_kinds.csv. A head names a project only when a proper name
follows it: a capitalised word, a number or code ("1A", "ĐT.391", "số 3"), or for a bare "đường" an
"A - B" pair; names end at the first lower-case word (verbs, role words, "và", "tại", "của", dates).
Local kinds named by a number alone ("Đường tỉnh 391", "Đường vành đai 4", "Khu công nghiệp số 3") repeat
across provinces: their key is qualified by the province the text puts them in ("tại tỉnh X") or else
the document's jurisdiction name; every other name is its own key.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from loaders.extract.context import Context
from loaders.gazetteer.folded import word_starts
from loaders.gazetteer.project_kinds import CAP, CAPW, DU_AN_FOLDED, Kind, Kinds, head_at, kinds
from ontology import keys

_CODE = re.compile(r"[ \t]*\.?[ \t]*(?P<code>\d{1,4}[A-Z]?)(?![^\W_])")
_PROPER = re.compile(rf"\s(?:[{CAP}]|\d)")
_SEP = re.compile(r"\s*[-–]\s*")
_TOKEN = re.compile(r"[^\W_]+(?:\.\d+[A-Z]?)?")
_CODE_WORD = re.compile(r"số|[IVXLC]+|[A-ZĐ]{1,4}\.\d+[A-Z]?|\d+[A-Z]?")
_PLACE_UNITS = "tỉnh|thành phố|huyện|xã|phường|thị xã|thị trấn|thôn|bản"
_PLACE = rf"(?P<p>(?:{_PLACE_UNITS}|Khu kinh tế|khu kinh tế)[ \t]+{CAPW}(?:[ \t]+(?:{CAPW}|\d+))*)"
_PLACE_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?:tại|thuộc|ở|trên địa bàn|đoạn qua(?:[ \t]+địa bàn)?|qua)[ \t]+)?{_PLACE}"
)
_PLACE_IN = re.compile(rf"(?<![^\W_]){_PLACE}")
_PLURAL = (["các"], ["những"], ["mọi"], ["nhiều"], ["từng"])
_SPACE = re.compile(r"[ \t]+")
_AND = re.compile(r"[ \t]+và[ \t]+")
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")
_CLAUSE_END = frozenset("\n.;:|-–(*+")
# "Dự án X" as the pattern of entities.py found it (the kinds above also name what follows "Dự án").
_DU_AN = re.compile(
    r"(?:Dự án|dự án)[ \t]+(?P<n>[^\W\d_][^,;:.()…\n]{2,110}?)"
    r"(?=\s*[,;:.()…\n]|\s+(?:và|tại|của|theo|do|với|trên|đã|đang|được|thuộc|cho|để|nhằm)\s|$)"
)


_PLAIN = Kind("", "", None, "name", False, 0, False, 0.6)  # a "Dự án X" name of no known kind


@dataclass(frozen=True, slots=True)
class Found:
    """A project name found at a head: its span, display name and kind."""

    start: int
    end: int
    name: str
    kind: Kind
    bare: bool  # named by a number or code alone


def _words_before(text: str, s: int) -> list[str]:
    """The last few words before s, lower-cased (the look-behind checks are set lookups on them)."""
    return [w.lower() for w in text[max(0, s - 40) : s].split()[-4:]]


def _phrase(words: list[str], phrases: frozenset[str] | dict[str, str]) -> str | None:
    """The longest phrase of `phrases` that the words end with."""
    for k in range(min(len(words), 4), 0, -1):
        if (p := " ".join(words[-k:])) in phrases:
            return p
    return None


def _action(ks: Kinds, words: list[str]) -> str | None:
    """The OC4IDS type an action word before a head gives ("xây dựng cầu X", "nâng cấp dự án X")."""
    if words[-2:] in (["dự", "án"], ["công", "trình"]):
        words = words[:-2]
    p = _phrase(words, ks.types)
    return ks.types[p] if p else None


def _clause_start(text: str, s: int) -> bool:
    """Whether text[s] opens a sentence, a line, a cell or a list item (a capital there is no signal)."""
    before = text[max(0, s - 6) : s].rstrip(" \t*")
    return not before or before[-1] in _CLAUSE_END


def _named(ks: Kinds, text: str, s: int, e: int, kind: Kind, hi: int) -> Found | list[Found] | None:
    """The project a head text[s:e] names (a list for "các khu công nghiệp A, B và C"), if any."""
    word = text[s:e]
    canonical = kind.canonical or word[0].upper() + " ".join(word[1:].split())
    if kind.mode == "code":
        c = _CODE.match(text, e, hi)
        if c is None:
            return None
        found: Found | list[Found] = Found(s, c.end(), f"{canonical} {c['code']}", kind, True)
    else:
        m = ks.name.match(text, e, hi)
        if m is None or len(m["free"].split()) > kind.free or (m["unit"] and kind.mode != "placed"):
            return None
        core = m["core"]
        if (
            core.split()[0] in ks.not_name
            or core in ks.generic
            or (kind.mode == "pair" and not _SEP.search(core))
        ):
            return None
        bare = all(_CODE_WORD.fullmatch(t) for t in _TOKEN.findall(core))
        name = " ".join(f"{canonical} {m['free']}{m['unit'] or ''}{_SEP.sub(' - ', core)}{m['tail']}".split())
        end = m.end()
        if m["free"].endswith("đoạn ") and (more := _section(ks, text, end, hi)):  # sections of one road
            name, end = f"{name} và {more[0]}", more[1]
        found = Found(s, end, name, kind, bare)
    words = _words_before(text, s)
    if _phrase(words, ks.not_after):
        return None
    if kind.lower and word[0].isupper() and not _clause_start(text, s) and not _action(ks, words):
        return None
    if words[-1:] in _PLURAL or words[-2:] == ["một", "số"]:
        return _listed(text, ks, kind, canonical, e, hi) if kind.mode != "code" else None
    return found


def _section(ks: Kinds, text: str, pos: int, hi: int) -> tuple[str, int] | None:
    """A second "A - B" section after "và" ("đường ven biển đoạn A - B và C - D"), and its end."""
    more = _AND.match(text, pos, hi)
    c = ks.core.match(text, more.end(), hi) if more else None
    return (_SEP.sub(" - ", c.group()), c.end()) if c and _SEP.search(c.group()) else None


def _listed(text: str, ks: Kinds, kind: Kind, canonical: str, pos: int, hi: int) -> list[Found]:
    """Each name of a list after a plural head ("các KCN VSIP, Nam Cấm và Hoàng Mai"); two or more."""
    out: list[Found] = []
    if (sp := _SPACE.match(text, pos, hi)) is None:
        return out
    pos = sp.end()
    while (c := ks.core.match(text, pos, hi)) is not None:
        if c.group().split()[0] in ks.not_name:
            break
        out.append(Found(c.start(), c.end(), f"{canonical} {_SEP.sub(' - ', c.group())}", kind, False))
        sep = _LIST_SEP.match(text, c.end(), hi)
        if sep is None:
            break
        pos = sep.end()
    return out if len(out) > 1 else []


@dataclass(slots=True)
class _Run:
    """One call's state: the spans taken and which of them are place mentions (a name may hold one)."""

    ctx: Context
    ks: Kinds
    taken: bytearray
    places: list[tuple[int, int, str]]
    found: list[tuple[int, int, str]] = field(default_factory=list)  # the names added, with their spans


def extract_projects(ctx: Context, lo: int, hi: int, taken: bytearray) -> None:
    """Add the projects named in text[lo:hi] by head words or "Dự án", skipping spans already taken.

    A gazetteer place inside a name ("Khu kinh tế Nghi Sơn", "cao tốc X - Y" between two provinces) does not
    block it: the name is the longer mention, and the place is its place_text.
    """
    ks = kinds()
    text, folded = ctx.text, ctx.folded
    places = [(m.start, m.end, text[m.start : m.end]) for m in ctx.matches if m.entry.kind == "place"]
    run = _Run(ctx, ks, taken, places)
    run.found += [(m.start, m.end, m.entry.name) for m in ctx.matches if m.entry.kind == "project"]
    hits = sorted((i, a) for a in ks.by_anchor for i in word_starts(folded, (a,), lo, hi))
    last = lo
    for i, a in hits:
        if i < last or taken[i]:  # inside a mention already explained (a curated project, a body)
            continue
        if a == DU_AN_FOLDED:
            if text.startswith(("Dự án", "dự án"), i):
                last = max(last, _du_an(run, i, hi))
            continue
        h = head_at(text, folded, i, ks.by_anchor[a], last)
        if h is None or h.kind is None:
            continue
        s = i - h.offset
        found = _named(ks, text, s, s + len(h.folded), h.kind, hi)
        if found:
            items = found if isinstance(found, list) else [found]
            last = max(last, *(_add(run, f, f.start) for f in items))
    _nested(run, hits)


def _nested(run: _Run, hits: list[tuple[int, str]]) -> None:
    """A project named inside another's name is one too ("đường từ Quốc lộ 12 đến …": Quốc lộ 12)."""
    text, folded, ks = run.ctx.text, run.ctx.folded, run.ks
    starts = [i for i, _ in hits]
    for s, e, outer in list(run.found):
        for i, a in hits[bisect_right(starts, s) : bisect_left(starts, e)]:
            if a == DU_AN_FOLDED:
                continue
            h = head_at(text, folded, i, ks.by_anchor[a], s + 1)
            if h is None or h.kind is None:
                continue
            inner = _named(ks, text, i - h.offset, i - h.offset + len(h.folded), h.kind, e)
            if isinstance(inner, Found) and inner.start > s and inner.name != outer:  # not "ĐT 391" again
                _add(run, inner, inner.start, nested=True)


def _du_an(run: _Run, s: int, hi: int) -> int:
    """A "Dự án X" name: the project a head names when it spans X, else X itself (as entities.py did).

    A lower-case X must open with a head or an action word ("dự án đầu tư xây dựng công trình nạo vét
    luồng tàu vào khu bến cảng Nghi Sơn"), and any X needs a capital or a number: "các dự án", "dự án
    khu đô thị mới", "Ban Quản lý dự án ..." are no project names.
    """
    ks, text, folded = run.ks, run.ctx.text, run.ctx.folded
    if run.taken[s + 5 + (text[s + 5 : s + 6] == " ")]:
        return s  # "Dự án cầu Trà Khúc 3": the gazetteer named it (checked before the regex: it is common)
    m = _DU_AN.match(text, s, hi)
    if m is None or run.taken[m.start("n")]:
        return s
    before = _words_before(text, s)
    if _phrase(before, ks.not_after) or before[-1:] in _PLURAL or before[-1:] == ["tiểu"]:
        return s
    ns, ne = m.span("n")
    words = m["n"].lower().split()
    act = next((len(p) + 1 for k in (4, 3, 2, 1) if (p := " ".join(words[:k])) in ks.types), 0)
    pos = ns + act
    h = head_at(text, folded, pos, ks.by_first.get(folded[pos : pos + 12].split(" ")[0], ()))
    inner = _named(ks, text, pos, pos + len(h.folded), h.kind, hi) if h and h.kind else None
    if isinstance(inner, Found) and inner.end >= ne:
        return _add(run, inner, s, m["n"])
    rest = text[pos:ne]
    if not rest.strip() or not (m["n"][0].isupper() or act or h or rest.startswith("công trình")):
        return s  # "dự án sử dụng vốn ODA": no name opens with a common verb
    if rest.split()[0] in ks.generic or not (rest[0].isupper() or _PROPER.search(rest)):
        return s  # "dự án FDI", "dự án khu đô thị mới": a category, not a name
    kind = h.kind if h and h.kind else _kind_inside(run, pos, ne)
    return _add(run, Found(pos, ne, rest[0].upper() + rest[1:], kind, False), s, m["n"])


def _kind_inside(run: _Run, s: int, e: int) -> Kind:
    """The kind of the first head inside a "Dự án" name ("công trình nạo vét luồng vào bến cảng X")."""
    folded, best = run.ctx.folded, (e, _PLAIN)
    for a, heads in run.ks.by_anchor.items():
        i = folded.find(a, s, e)
        if 0 <= i < best[0] and (h := head_at(run.ctx.text, folded, i, heads, s)) and h.kind:
            best = (i, h.kind)
    return best[1]


def _blocked(run: _Run, s: int, e: int) -> tuple[bool, str | None]:
    """Whether text[s:e] overlaps a span taken by something other than a place; the first place inside."""
    if run.ctx.masked.find(1, s, e) != -1:
        return True, None
    j = run.taken.find(1, s, e)
    inside = (
        [p for p in run.places if s < p[0] < e] if j != -1 else []
    )  # a place the name starts with is no project
    while j != -1:
        if not any(a <= j < b for a, b, _ in inside):
            return True, None
        j = run.taken.find(1, j + 1, e)
    return False, next((t for a, b, t in inside if a >= s and b <= e), None)


def _add(run: _Run, f: Found, ev_start: int, inside: str = "", nested: bool = False) -> int:
    """Add one found project (or its gazetteer entry) unless its span is taken; return its end.

    A `nested` name lies inside another project's name: only a symbol's span blocks it.
    """
    ctx, ks, s, e = run.ctx, run.ks, f.start, f.end
    blocked, held = (ctx.is_masked(s, e), None) if nested else _blocked(run, s, e)
    if blocked:
        return e
    if not nested:
        run.taken[s:e] = b"\x01" * (e - s)
        run.found.append((s, e, f.name))
    entry = ctx.gaz.lookup(f.name, "project")  # "KCN X" may be an alias's long form
    if entry is not None:
        ctx.entity(entry, ev_start, e, "gazetteer.alias", 0.9)
        return e
    text = ctx.text
    place = _PLACE_IN.search(inside) or _PLACE_AFTER.match(text, e, min(len(text), e + 120))
    place_text = " ".join(place["p"].split()) if place else held
    lead = inside.lower().split()
    act = next((ks.types[p] for k in (4, 3, 2, 1) if (p := " ".join(lead[:k])) in ks.types), None)
    act = act or _action(ks, _words_before(text, ev_start))
    kind = f.kind
    key = keys.project_key(f.name)
    if kind.local and f.bare and (where := _qualifier(ctx, place_text)):
        key = keys.project_key(f"{f.name} {where}")
    fields = {
        "key": key,
        "curated": False,
        "type": act,
        "sector": kind.sector,
        "project_kind": kind.kind or None,
        "place_text": place_text,
    }
    rule = f"pattern.project.{kind.kind or 'named'}"
    ctx.collector.add("projects", key, f.name, fields, [ctx.ev(ev_start, e, rule, kind.conf)])
    return e


def _qualifier(ctx: Context, place_text: str | None) -> str | None:
    """The province a numbered local name lies in: the text's own "tỉnh X", else the document's.

    ctx.province_name is the province local forms mean: the issuer's own, or the subject of a central
    document; a central document about no province leaves the bare name as the key.
    """
    if place_text and place_text.startswith(("tỉnh ", "thành phố ")):
        return place_text.split(" ", 2 if place_text.startswith("thành") else 1)[-1]
    return ctx.province_name or None
