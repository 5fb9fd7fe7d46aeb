"""The document's own facts from its header: symbol, number, type, date and place, issuer, subject, term, key.

NĐ 30/2020 (State) and the Party's rules lay the header out the same way: the issuer's letterhead and the
national motto, the symbol ("Số: 12-NQ/TU", "Số: 310/KH-UBND"), the place-and-date line, the type's title
and the subject under it. Each field found carries its evidence (`header.*` rules).
"""

from __future__ import annotations

import re
from datetime import date

from loaders.errors import InputError
from loaders.extract.context import Context
from loaders.extract.doctypes import CODE_NAMES, TYPE_NAMES
from loaders.extract.entities import TERM
from loaders.extract.jurisdiction import detect
from loaders.extract.model import Evidence, Item
from loaders.extract.structure import Layout, header_title
from loaders.extract.symbols import find_symbols
from loaders.gazetteer.matcher import Entry
from loaders.gazetteer.national import era_of, national
from ontology import keys
from ontology.text import fold

DATE_LINE = re.compile(
    r"(?P<place>[A-ZĐ][^\W\d_]*(?:[ ]+[A-ZĐ][^\W\d_]*){0,3})[ ]*,\s*"
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"\s+năm\s+(?P<y>\d{4})"
)
_NATIONAL_HEADERS = ("dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do")
_FIELDS = [
    "key",
    "symbol",
    "number",
    "doc_type",
    "doc_type_name",
    "family",
    "date",
    "year",
    "issuer",
    "issuer_key",
    "place",
    "subject",
    "term",
]
_NOT_SUBJECT = re.compile(
    r"(?:CỦA\b|Số\b|\(?Kèm theo|(?:CHỦ TỊCH\s+)?ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ)"
)
Fields = dict[str, object]


def read_header(ctx: Context, lay: Layout, doc: Item) -> tuple[int, int] | None:
    """The header's fields on `doc` (its name too), with evidence; the span of the document's own symbol
    (a reference pass must not read it as a citation), or None."""
    hs, he = 0, ctx.body_start
    f: Fields = dict.fromkeys(_FIELDS)
    ev: list[Evidence] = []
    own = _symbol(ctx, hs, he, f, ev)
    _date_line(ctx, hs, he, f, ev)
    _title(ctx, lay, f, ev)
    if m := TERM.search(ctx.text, hs, he):
        f["term"] = f"khóa {m['r']}"
        ev.append(ctx.ev(m.start(), m.end(), "header.term", 0.9))
    issuer = _issuer_fields(ctx, hs, he, f)
    f["jurisdiction"] = ctx.jurisdiction
    f["jurisdiction_name"] = national().name(ctx.jurisdiction) if ctx.jurisdiction else None
    if not f["place"] and f["jurisdiction_name"]:
        f["place"] = f["jurisdiction_name"]  # the header has no place line; the jurisdiction is known
    f["subject_jurisdiction"] = ctx.subject
    for k in ("symbol", "date"):
        if not f[k]:
            ctx.warnings.append(f"the header gives no {k}")
    if f["symbol"]:
        _key(ctx, issuer, f)
    doc.fields.update(f)
    doc.name = _name(f, issuer)
    doc.evidence.extend(ev)
    return own


def validate_jurisdiction(value: str | None) -> str | None:
    """A given jurisdiction checked against the national data ("vn" or a province slug)."""
    if value is None or value == keys.NATIONAL:
        return value
    if national().province(value) is None:
        raise InputError(
            f"unknown jurisdiction {value!r}: "
            "give 'vn' or a province slug (loaders/gazetteer/national/provinces.csv)"
        )
    return value


def apply_jurisdiction(ctx: Context, lay: Layout, doc: Item, given: str | None) -> None:
    """The document's jurisdiction from its header (or as given), and the era of its place names."""
    title = header_title(lay.header)
    span = None
    if title:
        p = lay.header[title[0]]
        span = (p.start, lay.header[-1].end if lay.header else p.end)
    found = detect(ctx.text, ctx.folded, ctx.body_start or min(len(ctx.text), 3000), span)
    if given is not None:
        if found.jurisdiction not in (None, given):
            ctx.warnings.append(f"jurisdiction given as {given}; the header says {found.jurisdiction}")
        found.jurisdiction, found.warnings = given, []
    ctx.warnings.extend(found.warnings)
    ctx.jurisdiction, ctx.subject, ctx.organ = found.jurisdiction, found.subject, found.organ
    local = found.jurisdiction if found.jurisdiction != keys.NATIONAL else found.subject
    ctx.province = local
    ctx.province_name = national().name(local) if local else None
    if m := DATE_LINE.search(ctx.text, 0, ctx.body_start or len(ctx.text)):
        ctx.era = era_of(f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}")
    for s, e, rule in found.spans:
        doc.evidence.append(ctx.ev(s, e, rule, 0.95))


def _symbol(ctx: Context, hs: int, he: int, f: Fields, ev: list[Evidence]) -> tuple[int, int] | None:
    """The first "Số: …" symbol of the header: number, type, issuer code, family."""
    for m in find_symbols(ctx.text, hs, he):
        if not m["so"]:
            continue
        party = bool(m["pn"])
        f["family"] = "party" if party else "state"
        f["number"] = m["pn"] or m["sn"]
        f["doc_type"] = m["pt"] if party else m["st"]
        iss = m["pi"] if party else m["si"]
        if party:
            f["symbol"] = f"{f['number']}-{f['doc_type']}/{iss}"
        else:
            f["symbol"] = f"{m['sn']}/{m['sy']}/{m['st']}-{iss}" if m["sy"] else f"{m['sn']}/{m['st']}-{iss}"
        f["issuer_code"] = iss
        ev.append(ctx.ev(m.start(), m.end(), "header.symbol", 0.95))
        return (m.start(), m.end())
    return None


def _date_line(ctx: Context, hs: int, he: int, f: Fields, ev: list[Evidence]) -> None:
    """The place-and-date line ("<Tỉnh>, ngày 5 tháng 8 năm 2025"): date, year, place."""
    if m := DATE_LINE.search(ctx.text, hs, he):
        try:
            f["date"] = date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            f["year"] = int(m["y"])
            f["place"] = m["place"]
            ev.append(ctx.ev(m.start(), m.end(), "header.place_date", 0.95))
        except ValueError:
            ctx.warnings.append(f"impossible header date: {m.group(0)}")


def _title(ctx: Context, lay: Layout, f: Fields, ev: list[Evidence]) -> None:
    """The type's title ("KẾ HOẠCH") and the subject under it; the type's name."""
    if title := header_title(lay.header):
        i, tname = title
        f["doc_type"] = f["doc_type"] or TYPE_NAMES[tname]
        p = lay.header[i]
        ev.append(ctx.ev(p.start, p.start + len(tname), "header.title", 0.95))
        if lines := _subject_lines(lay.header[i + 1 :]):
            f["subject"] = " ".join(q.text.strip() for q in lines)
            ev.append(ctx.ev(lines[0].start, lines[-1].end, "header.subject", 0.85))
    f["doc_type_name"] = CODE_NAMES.get(str(f["doc_type"]), None) if f["doc_type"] else None


def _issuer_fields(ctx: Context, hs: int, he: int, f: Fields) -> Entry | None:
    """The family from the motto, the issuer (ctx.issuer too) and its name and key."""
    headers = fold(ctx.text[hs:he])
    if "dang cong san viet nam" in headers:
        f["family"] = "party"
    elif "cong hoa xa hoi chu nghia" in headers and not f["family"]:
        f["family"] = "state"
    issuer = _issuer(ctx, hs, he, f.get("issuer_code"))
    if issuer is not None:
        ctx.issuer = issuer
        f["issuer"], f["issuer_key"] = issuer.name, issuer.key
        f["family"] = f["family"] or ("party" if issuer.data.get("kind") == "party" else "state")
    return issuer


def _key(ctx: Context, issuer: Entry | None, f: Fields) -> None:
    scope = local_scope(issuer, ctx.jurisdiction)
    try:
        f["key"] = keys.document_key_from_symbol(str(f["symbol"]), f["date"], scope)  # type: ignore[arg-type]
    except Exception:
        ctx.warnings.append(f"no document key for symbol {f['symbol']}")


def _name(f: Fields, issuer: Entry | None) -> str:
    """ "Kế hoạch số 310/KH-UBND", or without a symbol the type, issuer, term and subject."""
    tn = f["doc_type_name"] or "Văn bản"
    if f["symbol"]:
        return f"{tn} số {f['symbol']}"
    parts = (
        str(tn),
        f"của {issuer.name}" if issuer else "",
        f"({f['term']})" if f["term"] else "",
        str(f["subject"] or ""),
    )
    return " ".join(x for x in parts if x)


def _subject_lines(after_title: list) -> list:  # noqa: ANN001
    """The lines of the subject under the title ("VỀ VIỆC PHÊ DUYỆT …", wrapped over two or three lines):
    up to a rule line or the issuing organ repeated in a decision's preamble; "CỦA TỈNH ỦY" is skipped."""
    lines: list = []
    for q in after_title:
        t = q.text.strip()
        if re.fullmatch(r"[-=_*.\s]+", t) or _NOT_SUBJECT.match(t):
            if lines:
                break
            continue
        lines.append(q)
        if len(lines) == 3 or not t.isupper():  # a subject in sentence case is one line once normalised
            break
    return lines


def document_year(doc: Item) -> int | None:
    """The document's year: its date's, else the latest year its subject names ("6 tháng cuối năm 2023")."""
    if doc.fields.get("year"):
        return int(doc.fields["year"])
    years = re.findall(r"\b(?:19|20)\d\d\b", str(doc.fields.get("subject") or ""))
    return max(map(int, years)) if years else None


def local_scope(issuer: Entry | None, jurisdiction: str | None) -> str | None:
    """The jurisdiction that qualifies a local issuer code in keys (TU -> TU-<slug>); None if central."""
    if issuer is not None:
        return issuer.jurisdiction if issuer.jurisdiction not in (keys.NATIONAL, "eu") else None
    return jurisdiction if jurisdiction and jurisdiction != keys.NATIONAL else None


def _issuer(ctx: Context, hs: int, he: int, code: object) -> Entry | None:
    """The issuer: the letterhead's organ, else a body named in the header, else the symbol's code."""
    organ = ctx.organ
    if organ and ctx.jurisdiction and ctx.jurisdiction != keys.NATIONAL:
        entry = ctx.gaz.organ(organ, ctx.jurisdiction)
        if entry is not None:
            return entry
    if organ and organ != "Bộ" and ctx.jurisdiction == keys.NATIONAL:
        entry = ctx.gaz.lookup(organ, "body")
        if entry is not None:
            return entry
    entry = _header_issuer(ctx, hs, he)
    if entry is None and code:
        entry = ctx.gaz.issuer_for_code(str(code), ctx.province)
    return entry


def _header_issuer(ctx: Context, hs: int, he: int) -> Entry | None:
    for m in ctx.matches:
        if m.start < hs or m.end > he:
            continue
        line_start = ctx.text.rfind("\n", 0, m.start) + 1
        if m.entry.kind == "body" and not fold(ctx.text[line_start : m.end]).startswith(_NATIONAL_HEADERS):
            return m.entry
    return None
