"""Organs every province (or commune) has, from local_bodies.csv: names with placeholders to fill."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.gazetteer.data import optional_rows, rows, split
from loaders.gazetteer.national import Unit
from ontology import keys
from ontology.text import nfc

UNIT_WORDS = ("tỉnh", "thành phố")


@dataclass(frozen=True)
class Template:
    """One organ every province (or every commune) has; names and aliases carry placeholders."""

    short: str
    name: str
    kind: str
    level: str  # province or commune
    parent: str
    aliases: tuple[str, ...]
    codes: tuple[str, ...]
    valid_from: str
    valid_to: str
    source: str


def _by_sector(data: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows with a {sector} placeholder, once per sector of sectors.csv ("Các doanh nghiệp viễn thông")."""
    sectors = [nfc(r["sector"]) for r in optional_rows("sectors.csv")]
    out = []
    for r in data:
        if "{sector}" not in r["short"]:
            out.append(r)
            continue
        out += [{k: (v or "").replace("{sector}", sec) for k, v in r.items()} for sec in sectors]
    return out


def templates() -> list[Template]:
    """The organs of local_bodies.csv (empty when the file is absent)."""
    try:
        data = _by_sector(rows("local_bodies.csv"))
    except FileNotFoundError:
        return []
    return [
        Template(
            short=nfc(r["short"]),
            name=nfc(r["name"]),
            kind=r.get("kind") or "state",
            level=r.get("level") or "province",
            parent=nfc(r.get("parent") or ""),
            aliases=tuple(split(r.get("aliases"))),
            codes=tuple(split(r.get("codes"))),
            valid_from=r.get("valid_from") or "",
            valid_to=r.get("valid_to") or "",
            source=r.get("source") or "",
        )
        for r in data
    ]


def fill(
    pattern: str, province: Unit | None = None, unit: str | None = None, commune: Unit | None = None
) -> str:
    """A template string with its placeholders filled for a province (or only its unit word)."""
    u = province.unit if province else (unit or "tỉnh")
    party = "Thành ủy" if u == "thành phố" else "Tỉnh ủy"
    league = "Thành đoàn" if u == "thành phố" else "Tỉnh đoàn"
    out = pattern.replace("{unit}", u).replace("{Unit}", u[:1].upper() + u[1:]).replace("{party}", party)
    out = out.replace("{league}", league)
    out = out.replace("{name}", province.name if province else "")
    if commune is not None:
        out = out.replace("{cunit}", commune.unit).replace("{cname}", commune.name)
    return re.sub(r"\s+", " ", out).strip()


def local_key(t: Template, province: Unit, commune: Unit | None = None) -> str:
    """`body/<province slug>/<short slug>`, or `body/<province>/<commune slug>/<short slug>`."""
    short = keys.body_key(fill(t.short, province, commune=commune), province.slug)
    if commune is None:
        return short
    return short.replace(
        f"body/{province.slug}/", f"body/{province.slug}/{keys.slug_of(commune.full_name)}/", 1
    )


def alias_forms(t: Template) -> list[tuple[str, str | None]]:
    """(alias text, unit word it implies or None) for both unit words; commune aliases keep {cunit}."""
    out: dict[str, str | None] = {}
    for alias in t.aliases:
        for unit in UNIT_WORDS:
            text = fill(alias, unit=unit)
            if text in out and out[text] != unit:
                out[text] = None  # the same words for both units: no unit implied
            else:
                implies = any(p in alias for p in ("{unit}", "{Unit}", "{party}", "{league}"))
                out.setdefault(text, unit if implies else None)
    return list(out.items())


def province_aliases(u: Unit) -> list[str]:
    """The forms that name a province: 'tỉnh X', 'X', 'TP. X'."""
    forms = [u.name, f"{u.unit} {u.name}"]
    if u.unit == "thành phố":
        forms += [f"TP {u.name}", f"TP. {u.name}", f"Thành phố {u.name}"]
    else:
        forms.append(f"Tỉnh {u.name}")
    return forms


def commune_name(words: str) -> str:
    """A place name as written after its unit word, spaces normalised."""
    return re.sub(r"\s+", " ", nfc(words)).strip()


def strip_province(name: str, prov: Unit | None) -> str:
    """A curated local body's name without its province ("Sở Tài chính tỉnh X" -> "Sở Tài chính")."""
    if prov is None:
        return name
    for tail in (f" {prov.unit} {prov.name}", f" {prov.name}"):
        if name.endswith(tail) and len(name) > len(tail):
            return name[: -len(tail)]
    return name
