"""Document references: Party and State symbols, number-only notices, named unnumbered documents."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from loaders.extract.context import Context
from loaders.extract.doctypes import CODE_NAMES, PARTY_TYPES, STATE_TYPES, TYPE_NAMES
from loaders.extract.symbols import DATE, SymbolMatch, find_symbols, numbers_only, parse_date
from loaders.gazetteer.folded import match_at, word_starts
from loaders.gazetteer.matcher import Entry
from ontology import keys
from ontology.text import fold

_NAMED = re.compile(
    r"(?P<tname>Nghị quyết)\s+(?:của\s+)?(?P<what>Hội nghị\s+(?:Trung ương|lần thứ)[^,;.()]{1,80}?"
    r"khóa\s+[IVXLC]+)(?:\s+của Đảng)?"
)
# Laws and treaties are cited by name ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025",
# "Luật Phòng, chống ma túy", "Hiệp định Thương mại tự do Việt Nam - EU"): the name ends before its date,
# a symbol, a clause word, or punctuation (", chống" stays: "phòng, chống" is one phrase of the name).
_LAW = re.compile(
    r"(?<!\w)(?P<tname>Bộ luật|Luật|Hiệp định)\s+(?P<what>[A-ZĐ][^;:()\n“”\"]*?(?:,\s+chống[^;:,()\n]*?)?)"
    r"(?=\s+(?:ngày|số|năm\s+\d{4}|đã|được|và|của|theo|về|do|tại|có|hiện hành|sửa đổi)\b|\s*[;,.:()\n“”\"]|$)"
)
_LAW_WORDS = ("Bộ luật", "Luật", "Hiệp định")  # where _LAW can match
_OF = re.compile(r"\s*,?\s*(?:của|do)\s+")
_CUES = re.compile(r"\b(căn cứ|thực hiện|triển khai|quán triệt|theo|tại)\b", re.IGNORECASE)
_RELATIONS = {
    "căn cứ": "based_on",
    "thực hiện": "implements",
    "triển khai": "implements",
    "quán triệt": "implements",
    "theo": "implements",
    "tại": "cites",
}
_LIST_GAP = re.compile(r"[\s;,]*(?:và\s+)?")  # between references listed one after another
_LIST_NEXT = re.compile(r";\s*(?:và\s+)?\Z")  # a reference opening the next item of a ';' list
_STRENGTH = {"cites": 0, "implements": 1, "based_on": 2}


def _issuer_after(ctx: Context, pos: int) -> tuple[Entry | None, int]:
    """The body named by a 'của|do <issuer>' phrase starting at pos, and where the phrase ends."""
    m = _OF.match(ctx.text, pos)
    if not m:
        return None, pos
    hit = ctx.match_at.get(m.end())
    if hit is not None and hit.entry.kind == "body":
        return hit.entry, hit.end
    return None, pos


def _issuer_from_code(ctx: Context, code: str) -> Entry | None:
    """A cited symbol's issuer from its code: a local code (TU, UBND) is the citing document's province's."""
    return ctx.gaz.issuer_for_code(code, ctx.province)


def _relation(ctx: Context, start: int, prev: tuple[int, str] | None) -> str:
    text = ctx.text
    if prev and _LIST_GAP.fullmatch(text, prev[0], start):
        return prev[1]
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    if prev and prev[0] > sentence and _LIST_NEXT.search(text, prev[0], start):
        return prev[1]  # '...; Thông báo số 25-TB/TW ...': the next item of a list under one cue
    lo = max(sentence, start - 60) + 1
    cues = list(_CUES.finditer(text, lo, start))
    return _RELATIONS[cues[-1].group(1).lower()] if cues else "cites"  # the nearest cue governs


@dataclass(slots=True, kw_only=True)
class Cited:
    """One citation found: its span and rule, and the cited document's family, type, number, symbol,
    year and date, issuer (entry and code), the relation the citing text states, and its name."""

    start: int
    end: int
    rule: str
    conf: float
    family: str
    dtype: str
    relation: str
    name: str
    number: str | None = None
    symbol: str | None = None
    year: int | None = None
    when: str | None = None
    issuer: Entry | None = None
    issuer_code: str | None = None


def _add(ctx: Context, c: Cited) -> None:
    """The citation as a reference item with its key (merged with the same document cited again)."""
    start, end, rule, conf, family, dtype = c.start, c.end, c.rule, c.conf, c.family, c.dtype
    number, symbol, year, when, issuer = c.number, c.symbol, c.year, c.when, c.issuer
    issuer_code, relation, name = c.issuer_code, c.relation, c.name
    scope = issuer.jurisdiction if issuer and issuer.jurisdiction not in (keys.NATIONAL, "eu") else None
    if issuer is None and issuer_code and ctx.gaz.local_codes.get(issuer_code.split("-")[0]) and ctx.province:
        scope = ctx.province  # a local code with no issuer found still belongs to the citing province
    key = None
    try:
        if symbol:
            key = keys.document_key_from_symbol(
                symbol,
                when,
                scope,
                dtype if symbol.count("/") == 2 and "-" not in symbol.split("/")[-1] else None,
            )
        elif number and issuer_code:
            build = keys.party_document_key if family == "party" else keys.state_document_key
            code = issuer_code + (f"-{scope}" if scope else "")
            key = build(code, dtype, number, when)
    except Exception:  # a damaged symbol keeps its fact but gets no key
        key = None
    merge = key.rsplit("/", 1)[0] if key and when else key or fold(name)
    fields = {
        "symbol": symbol,
        "key": key,
        "doc_type": dtype,
        "doc_type_name": CODE_NAMES.get(dtype, dtype),
        "family": family,
        "number": number,
        "year": year or (int(when[:4]) if when else None),
        "date": when,
        "issuer": issuer.name if issuer else None,
        "issuer_key": issuer.key if issuer else None,
        "issuer_code": issuer_code,
        "relation": relation,
    }
    item = ctx.collector.add("references", merge, name, fields, [ctx.ev(start, end, rule, conf)])
    if _STRENGTH[relation] > _STRENGTH[item.fields["relation"]]:
        item.fields["relation"] = relation


def extract_references(ctx: Context, own_symbol_span: tuple[int, int] | None = None) -> None:
    """Find every cited document in the body and add it to ctx.collector['references']."""
    done = _numbers_only(ctx)
    for m in find_symbols(ctx.text, ctx.body_start, ctx.body_end):
        if own_symbol_span and m.start() < own_symbol_span[1] and own_symbol_span[0] < m.end():
            continue
        parsed = _parse_symbol(m)
        if parsed is None:
            continue
        cited = _cited(ctx, m, parsed, done)
        _add(ctx, cited)
        done.append((cited.end, cited.relation))
    _named(ctx)


class _Parsed(NamedTuple):
    family: str
    number: str
    dtype: str
    iss: str  # the issuer's code
    symbol: str
    year: int | None
    start: int


def _parse_symbol(m: SymbolMatch) -> _Parsed | None:
    """A symbol's parts, its type read as NĐ 30 and the Party's rules write it; None if it is no document's
    (a Party type not in the code list, a State symbol with neither issuer nor year)."""
    if m["pn"]:
        number, dtype, iss = m["pn"], m["pt"], m["pi"]
        if number is None or dtype is None or iss is None or dtype not in PARTY_TYPES:
            return None
        return _Parsed("party", number, dtype, iss, f"{number}-{dtype}/{iss}", None, m.start("pn"))
    return _state_symbol(m)


def _state_symbol(m: SymbolMatch) -> _Parsed | None:
    tname = m["tname"]
    number, dtype, iss = m["sn"], m["st"], m["si"]
    year = int(m["sy"]) if m["sy"] else None
    if number is None or dtype is None or (iss is None and year is None):  # (number and type: never)
        return None
    if iss is None:  # 146/2025/QH15: the issuer stands where the type would
        dtype, iss = TYPE_NAMES.get((tname or "luật").lower(), "L"), dtype
        symbol = f"{number}/{year}/{iss}"
    else:
        symbol = f"{number}/{year}/{dtype}-{iss}" if year else f"{number}/{dtype}-{iss}"
        if dtype not in STATE_TYPES:  # an official letter: 1289/UBND-TH
            dtype, iss = "CV", f"{dtype}-{iss}"
    return _Parsed("state", number, dtype, iss, symbol, year, m.start("sn"))


def _cited(ctx: Context, m: SymbolMatch, parsed: _Parsed, done: list[tuple[int, str]]) -> Cited:
    """The citation of a parsed symbol: the date and issuer after it, the relation its cue states."""
    text = ctx.text
    family, number, dtype, iss, symbol, year, sym_start = parsed
    tname = m["tname"]
    ctx.mask(sym_start, m.end())
    end, when = m.end(), None
    dm = DATE.match(text, end)
    if dm and (when := parse_date(dm)):
        end = dm.end()
    issuer, iend = _issuer_after(ctx, end)
    if issuer is None:
        issuer = _issuer_from_code(ctx, iss.split("-")[0]) or _issuer_from_code(ctx, iss)
    else:
        end = iend
        if not when and (dm := DATE.match(text, end)) and (when := parse_date(dm)):
            end = dm.end()
    start = m.start("tname") if tname else (m.start("so") if m["so"] else sym_start)
    before = [d for d in done if d[0] <= start]
    return Cited(
        start=start,
        end=end,
        rule=f"symbol.{family}",
        conf=0.95 if tname else 0.85,
        family=family,
        dtype=dtype,
        number=number,
        symbol=symbol,
        year=year,
        when=when,
        issuer=issuer,
        issuer_code=iss,
        relation=_relation(ctx, start, max(before) if before else None),
        name=f"{CODE_NAMES.get(dtype, dtype)} số {symbol}",
    )


def _numbers_only(ctx: Context) -> list[tuple[int, str]]:
    text = ctx.text
    done: list[tuple[int, str]] = []
    for m in numbers_only(text, ctx.body_start, ctx.body_end):
        issuer, end = _issuer_after(ctx, m.end())
        dtype = TYPE_NAMES[m["tname"].lower()]
        family = "party" if issuer is None or issuer.data.get("kind") == "party" else "state"
        code = (
            (issuer.data.get("codes") or issuer.data.get("short_name") or "").split("|")[0]
            if issuer
            else None
        )
        relation = _relation(ctx, m.start(), None)
        for num in re.findall(r"\d+", m["nums"]):
            name = f"{m['tname'][0].upper()}{m['tname'][1:]} số {num}"
            _add(
                ctx,
                Cited(
                    start=m.start(),
                    end=end if issuer else m.end(),
                    rule="number_only",
                    conf=0.8,
                    family=family,
                    dtype=dtype,
                    number=num,
                    issuer=issuer,
                    issuer_code=code or None,
                    relation=relation,
                    name=name,
                ),
            )
        done.append((end if issuer else m.end(), relation))
    return done


def _laws(ctx: Context) -> None:
    """Laws and treaties cited by name, with the date that may follow ("Luật Thương mại ngày 14/6/2005")."""
    text = ctx.text
    if "Luật" not in text and "Hiệp định" not in text:
        return
    # Tried only where a name opens (its leading look-behind and group leave the engine trying every
    # position: 390 -> 41 µs CPU per 10 kB of the corpus).
    starts = word_starts(text, _LAW_WORDS, ctx.body_start, ctx.body_end)
    for m in match_at(_LAW, starts, text, ctx.body_end):
        if ctx.is_masked(m.start(), m.end()) or len(m["what"].split()) > 14:
            continue
        when, end = None, m.end()
        if (dm := DATE.match(text, end)) and (when := parse_date(dm)):
            end = dm.end()
        name = re.sub(r"\s+", " ", f"{m['tname']} {m['what']}").strip()
        dtype = "L" if m["tname"] != "Hiệp định" else "HĐ"
        _add(
            ctx,
            Cited(
                start=m.start(),
                end=end,
                rule="named_law",
                conf=0.75,
                family="state",
                dtype=dtype,
                year=int(when[:4]) if when else None,
                when=when,
                relation=_relation(ctx, m.start(), None),
                name=name,
            ),
        )


def _named(ctx: Context) -> None:
    _laws(ctx)
    central = ctx.gaz.lookup("Ban Chấp hành Trung ương Đảng", "body")
    for m in _NAMED.finditer(ctx.text, ctx.body_start, ctx.body_end):
        name = f"Nghị quyết {m['what']}"
        _add(
            ctx,
            Cited(
                start=m.start(),
                end=m.end(),
                rule="named_unnumbered",
                conf=0.7,
                family="party",
                dtype="NQ",
                issuer=central,
                issuer_code="TW",
                relation=_relation(ctx, m.start(), None),
                name=name,
            ),
        )
