"""The jurisdiction of a document, from its own text: letterhead, preamble, place-and-date line, title.

NĐ 30/2020 (State) and the Party's rules (HD 36-HD/VPTW) put the issuer and its level in the letterhead
("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN", "ĐẢNG BỘ TỈNH X / TỈNH ỦY", "VĂN PHÒNG CHÍNH PHỦ") and the place in the
place-and-date line ("<Province>, ngày …"). Central letterheads are national. Missing or conflicting evidence
gives an unknown jurisdiction and a warning, never a default province. A central document about one province
(a Government Office notice of a working visit) names it in its title: that is its subject jurisdiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.gazetteer.national import National, national
from ontology import keys

_SEP = r"[\s*|#_\\]+"  # what separates two words of a letterhead in portal copies (never "-": rule lines)


def _words(phrase: str) -> str:
    return _SEP.join(re.escape(w) for w in phrase.split())


_UNIT = rf"(?P<unit>tinh|thanh{_SEP}pho)"
# Local letterhead organs, most specific first: (organ, pattern before the unit word and province name).
_ORGANS = (
    ("Đảng ủy Ủy ban nhân dân", rf"dang{_SEP}uy{_SEP}uy{_SEP}ban{_SEP}nhan{_SEP}dan{_SEP}{_UNIT}"),
    ("Hội đồng nhân dân", rf"hoi{_SEP}dong{_SEP}nhan{_SEP}dan{_SEP}{_UNIT}"),
    ("Ủy ban nhân dân", rf"(?:uy{_SEP}ban{_SEP}nhan{_SEP}dan|ubnd){_SEP}{_UNIT}"),
    ("Đảng bộ", rf"dang{_SEP}bo{_SEP}{_UNIT}"),
    ("Ban Thường vụ {party}", rf"ban{_SEP}thuong{_SEP}vu{_SEP}(?P<unit>tinh|thanh){_SEP}uy"),
    ("{party}", rf"(?P<unit>tinh|thanh){_SEP}uy"),
)
# What follows "ĐẢNG BỘ TỈNH X" names the Party organ that issues.
_PARTY_ORGANS = (
    ("Ban Thường vụ {party}", rf"ban{_SEP}thuong{_SEP}vu"),
    ("Đảng ủy Ủy ban nhân dân", rf"dang{_SEP}uy{_SEP}uy{_SEP}ban{_SEP}nhan{_SEP}dan"),
    ("Ủy ban Kiểm tra {party}", rf"uy{_SEP}ban{_SEP}kiem{_SEP}tra"),
    ("Văn phòng {party}", rf"van{_SEP}phong"),
    ("{party}", r"(?:tinh|thanh)" + _SEP + r"uy\b"),
)
# Central letterheads (folded), with the central body each names; the first that occurs wins.
_CENTRAL = (
    ("Văn phòng Chính phủ", "van phong chinh phu"),
    ("Thủ tướng Chính phủ", "thu tuong chinh phu"),
    ("Văn phòng Trung ương Đảng", "van phong trung uong dang"),
    ("Ủy ban Kiểm tra Trung ương", "uy ban kiem tra trung uong"),
    ("Bộ Chính trị", "bo chinh tri"),
    ("Ban Bí thư", "ban bi thu"),
    ("Ban Chấp hành Trung ương Đảng", "ban chap hanh trung uong"),
    ("Ủy ban Thường vụ Quốc hội", "uy ban thuong vu quoc hoi"),
    ("Quốc hội", "quoc hoi"),
    ("Chính phủ", "chinh phu"),
)
_MOTTO = re.compile(rf"cong{_SEP}hoa{_SEP}xa{_SEP}hoi|dang{_SEP}cong{_SEP}san{_SEP}viet{_SEP}nam")
_SYMBOL_LINE = re.compile(r"(?m)^[\s*|]*so\b\s*:?\s*\d")
_MINISTRY = re.compile(rf"(?<![a-z])bo{_SEP}(?!chinh{_SEP}tri)(?P<rest>[a-z]+(?:{_SEP}[a-z]+){{0,6}})")
_PLACE_DATE = re.compile(
    r"(?P<place>[a-z]+(?: [a-z]+){0,3})[\s*]*,[\s*]*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
)


@dataclass
class Finding:
    """What the text says about its jurisdiction, with the spans that say it."""

    jurisdiction: str | None = None  # a province slug, keys.NATIONAL, or None (unknown)
    subject: str | None = None  # the province a central document is about
    organ: str | None = None  # a local organ's short name ("Ủy ban nhân dân", "{party}") or a central body
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _province_regex() -> re.Pattern[str]:
    """Every province name (both eras), folded, longest first, words joined as in a letterhead."""
    names = sorted(national().by_folded, key=len, reverse=True)
    alts = "|".join(_SEP.join(re.escape(w) for w in n.replace("-", " - ").split()) for n in names)
    return re.compile(rf"(?P<name>{alts})(?![a-z])")


@lru_cache(maxsize=1)
def _organ_regexes() -> list[tuple[str, re.Pattern[str]]]:
    prov = _province_regex().pattern
    return [(organ, re.compile(rf"(?<![a-z]){pat}{_SEP}{prov}")) for organ, pat in _ORGANS]


def _slug_of(nat: National, folded_name: str) -> str | None:
    return nat.by_folded.get(re.sub(_SEP, " ", folded_name))


def _caps(text: str) -> bool:
    return not any(c.islower() for c in text)


def _local(nat: National, text: str, folded: str, lo: int, hi: int, head: int, f: Finding) -> set[str]:
    """Provinces named by local organs: anywhere in the letterhead folded[lo:head], in capitals (a
    decision's preamble "ỦY BAN NHÂN DÂN TỈNH X") up to hi; sets f.organ."""
    found: set[str] = set()
    for organ, rx in _organ_regexes():
        for m in rx.finditer(folded, lo, hi):
            slug = _slug_of(nat, m["name"])
            if slug is None or (m.start() >= head and not _caps(text[m.start() : m.end()])):
                continue
            prov = nat.province(slug)
            unit_ok = prov is not None and (m["unit"].startswith("thanh") == prov.unit.startswith("thành"))
            if m.start() > 0 and folded[m.start() - 1].isalpha():
                continue
            found.add(slug)
            f.spans.append((m.start(), m.end(), "jurisdiction.letterhead"))
            if f.organ is None and unit_ok:
                f.organ = _party_organ(folded, m.end(), hi) if organ == "Đảng bộ" else organ
    return found


def _party_organ(folded: str, pos: int, hi: int) -> str | None:
    window = folded[pos : min(hi, pos + 80)]
    for organ, pat in _PARTY_ORGANS:
        if re.match(rf"[\s*|#_\\-]*{pat}", window):
            return organ
    return None


@lru_cache(maxsize=1)
def _central_regexes() -> list[tuple[str, re.Pattern[str]]]:
    return [(body, re.compile(rf"(?<![a-z]){_words(phrase)}(?![a-z])")) for body, phrase in _CENTRAL]


def _central(text: str, folded: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The central body named first in the letterhead zone folded[lo:hi], if any."""
    best: tuple[str, int, int] | None = None
    for body, rx in _central_regexes():
        m = rx.search(folded, lo, hi)
        if m and _caps(text[m.start() : m.end()]) and (best is None or m.start() < best[1]):
            best = (body, m.start(), m.end())
    if best is None and (m := _MINISTRY.search(folded, lo, hi)) and _caps(text[m.start() : m.end()]):
        return "Bộ", m.start(), m.end()
    return best


def _provinces_named(nat: National, folded: str, lo: int, hi: int) -> list[str]:
    rx = re.compile(
        rf"(?<![a-z])(?:tinh|thanh{_SEP}pho|(?:tinh|thanh){_SEP}uy){_SEP}" + _province_regex().pattern
    )
    return [s for m in rx.finditer(folded, lo, hi) if (s := _slug_of(nat, m["name"]))]


def detect(text: str, folded: str, header_end: int, title: tuple[int, int] | None = None) -> Finding:
    """The jurisdiction the header text[:header_end] gives (folded is its same-length folded form)."""
    nat = national()
    f = Finding()
    header_end = min(header_end, len(folded), 4000)
    sym = _SYMBOL_LINE.search(folded, 0, header_end)
    motto = _MOTTO.search(folded, 0, header_end)
    ends = [m.start() for m in (sym, motto) if m is not None and m.start() > 0]
    letterhead_end = min(ends) if ends else 0  # no motto and no symbol line: no letterhead
    central = _central(text, folded, 0, letterhead_end)
    local = _local(nat, text, folded, 0, letterhead_end if central else header_end, letterhead_end, f)
    place = None
    if m := _PLACE_DATE.search(folded, 0, header_end):
        for k in range(len(m["place"].split())):  # "tai ha noi" -> try shorter tails
            place = nat.by_folded.get(" ".join(m["place"].split()[k:]))
            if place:
                f.spans.append((m.start("place"), m.end(), "jurisdiction.place_date"))
                break
    if central is not None and not local:
        f.jurisdiction, f.organ = keys.NATIONAL, central[0]
        f.spans.append((central[1], central[2], "jurisdiction.letterhead.central"))
        lo, hi = title or (0, header_end)
        named = list(dict.fromkeys(_provinces_named(nat, folded, lo, hi)))
        if len(named) == 1:
            f.subject = named[0]
        return f
    if len(local) > 1:
        f.warnings.append(
            f"the header names several provinces ({', '.join(sorted(local))}): jurisdiction unknown"
        )
        return f
    if local:
        (slug,) = local
        if place and place != slug:
            f.warnings.append(f"the letterhead names {slug} but the place line {place}: jurisdiction unknown")
            return f
        f.jurisdiction = slug
        return f
    if place:
        f.jurisdiction = place
        f.warnings.append(f"no letterhead; jurisdiction {place} from the place-and-date line only")
        return f
    f.warnings.append("no letterhead and no place line: jurisdiction unknown (give --jurisdiction)")
    return f
