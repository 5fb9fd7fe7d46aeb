"""The body catalogue of any province, generated over the national data from local_bodies.csv templates.

A template row names an organ every province has ("Sở Tài chính", "{party}", "Ủy ban nhân dân") with its
local forms ("UBND {unit}", "Sở Tài chính"): a document of a province uses them without naming the province.
An organ's entry for one province is made on first use and kept; its key is `body/<province slug>/<slug of
the short name>`, so the keys of the curated rows of bodies.csv are the same organ's keys.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from loaders.gazetteer.matcher import Alias, Entry, Match, Matcher, make_alias
from loaders.gazetteer.national import CURRENT, LEGACY, Unit, national
from ontology import keys
from ontology.text import fold, nfc

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


def rows(*path: str) -> list[dict[str, str]]:
    """The rows of a gazetteer data file (UTF-8 CSV with a header)."""
    text = resources.files("loaders").joinpath("gazetteer", *path).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def split(value: str | None) -> list[str]:
    """A '|'-separated cell as NFC strings."""
    return [nfc(a.strip()) for a in (value or "").split("|") if a.strip()]


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


_ADMIN_WORDS = ("xã", "phường", "thị trấn", "đặc khu", "huyện", "huyện đảo", "quận", "thị xã", "thành phố")
_CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_NAME_AFTER = re.compile(
    rf"[ \t]+((?:[{_CAP}][^\W\d_]*|\d{{1,2}})(?:[ \t]+(?:[{_CAP}][^\W\d_]*|\d{{1,2}})){{0,3}})"
)
_QUALIFIER = re.compile(r"[ \t]*,?[ \t]*(?:(?P<unit>tinh|thanh pho|tp\.?)[ \t]+)?")


class Entries(dict[str, Entry]):
    """Entries by key; a province's catalogue organ is made on its first lookup by key, as on a mention.

    So a body built by key elsewhere (the implied collective, a pattern name) is the catalogue's own entry.
    """

    def __init__(self, organ: Callable[[str], Entry | None]) -> None:
        super().__init__()
        self._organ = organ

    def get(self, key: str, default: Entry | None = None) -> Entry | None:  # type: ignore[override]
        """The entry of this key, a catalogue organ made now if need be, else default."""
        found = super().get(key)
        if found is None:
            found = self._organ(key)
        return found if found is not None else default

    def held(self, key: str) -> Entry | None:
        """The entry of this key if it is made already (never makes one)."""
        return super().get(key)


class Gazetteer(Matcher):
    """Curated entries, the national places and the catalogue of every province's organs."""

    by_key: Entries

    def load(self) -> None:
        """Read every data file; the order decides which of two equal aliases wins (the first)."""
        self.by_key = Entries(self._organ_by_key)
        self.nat = national()
        self.templates = templates()
        self._short_slugs: dict[tuple[str, str], Template] = {}  # (unit, key in body/x/) -> organ, on demand
        self.local_codes: dict[str, Template] = {}
        self._made: dict[tuple[str, ...], Entry] = {}
        self._province_entries()
        self._central_bodies()
        self._curated_bodies()
        self._template_aliases()
        self._curated_places()
        self._projects_programmes()
        self._finish()

    # -- loading
    def _province_entries(self) -> None:
        for slug, units in self.nat.by_slug.items():
            for u in units:
                data = {
                    "kind": "province",
                    "code": u.code,
                    "unit": u.unit,
                    "era": u.era,
                    "lat": u.lat,
                    "lon": u.lon,
                    "successors": [s.key for s in self.nat.successors(u)],
                    "source": _NAT,
                }
                entry = Entry("place", u.key, u.name, slug, data)
                self._add(entry, [], index=False)
                self._made[("province", slug, u.era)] = entry
            for text in province_aliases(units[0]):
                self._index_alias(make_alias(text, None, special="province", ref=slug))
        self.by_name.update(
            {fold(u[0].name): self._made[("province", s, u[0].era)] for s, u in self.nat.by_slug.items()}
        )

    def _central_bodies(self) -> None:
        names: set[str] = set()
        for file in ("central_bodies.csv", "bodies.csv"):
            for r in optional_rows(file):
                if file == "bodies.csv" and r["jurisdiction"] not in (keys.NATIONAL, "eu"):
                    continue
                if fold(r["name"]) in names:
                    continue
                names.add(fold(r["name"]))
                jur = r.get("jurisdiction") or keys.NATIONAL
                entry = Entry("body", keys.body_key(r["name"], jur), nfc(r["name"]), jur, dict(r))
                self._add(entry, split(r.get("aliases")), local_name=r.get("kind") == "collective")
                for code in split(r.get("codes")):
                    self.codes.setdefault(code, entry)

    def _curated_bodies(self) -> None:
        for r in rows("bodies.csv"):
            jur = r["jurisdiction"]
            if jur in (keys.NATIONAL, "eu"):
                continue
            short = _strip_province(nfc(r["name"]), self.nat.province(jur))
            entry = Entry("body", keys.body_key(short, jur), nfc(r["name"]), jur, dict(r))
            self._add(entry, split(r["aliases"]))

    def _template_aliases(self) -> None:
        for t in self.templates:
            for code in t.codes:
                self.local_codes.setdefault(code, t)
            special = "commune" if t.level == "commune" else "template"
            for text, unit in alias_forms(t):
                if special == "commune":
                    for word in _ADMIN_WORDS:
                        self._index_alias(
                            make_alias(
                                text.replace("{cunit}", word).replace("{cname}", ""),
                                None,
                                special=special,
                                ref=t,
                                unit=word,
                            )
                        )
                else:
                    self._index_alias(make_alias(text, None, special=special, ref=t, unit=unit))
        for word in _ADMIN_WORDS:
            self._index_alias(make_alias(word, None, special="admin", ref=word))

    def _curated_places(self) -> None:
        paths: dict[str, list[str]] = {}
        for r in rows("places.csv"):
            parent = r["parent"]
            top = [parent] if parent and fold(parent) in self.nat.by_folded else []  # a province: its name
            path = (paths.get(parent) or top) + [r["name"]] if parent else [r["name"]]
            paths[r["name"]] = path
            jur = self.nat.by_folded.get(fold(path[0]), keys.NATIONAL) if len(path) > 1 else keys.NATIONAL
            self._add(Entry("place", keys.place_key(*path), r["name"], jur, dict(r)), split(r["aliases"]))

    def _projects_programmes(self) -> None:
        for r in rows("projects.csv"):
            data: dict[str, Any] = dict(r)
            data["location"] = split(r["location"])
            jur = r.get("jurisdiction") or keys.NATIONAL
            self._add(
                Entry("project", keys.project_key(r["name"]), r["name"], jur, data), split(r["aliases"])
            )
        for r in rows("programmes.csv"):
            jur = r.get("jurisdiction") or keys.NATIONAL
            self._add(
                Entry("programme", keys.programme_key(r["name"]), r["name"], jur, dict(r)),
                split(r["aliases"]),
            )

    # -- resolving the special aliases during a scan
    def resolve(
        self,
        alias: Alias,
        text: str,
        folded: str,
        s: int,
        e: int,
        hi: int,
        province: str | None,
        era: str | None,
    ) -> Match | None:
        """A local organ, province or administrative unit named at text[s:e] (and the words after it)."""
        if alias.special == "province":
            return Match(s, e, self.province_entry(alias.ref, era))
        if alias.special == "template":
            slug, end = self._qualifier(text, folded, e, hi)
            if slug is None:
                slug, end = province, e
                prov = self.nat.province(slug) if slug and slug != keys.NATIONAL else None
                if prov is None or (alias.unit and alias.unit != prov.unit):
                    return None
            entry = self.local_entry(alias.ref, slug or "")
            return Match(s, end, entry) if entry is not None else None
        unit = str(alias.unit if alias.special == "commune" else alias.ref)
        place, end = self._admin_unit(text, e, hi, unit, province, era)
        if place is None:
            return None
        if alias.special == "admin":
            return Match(s, end, self.place_entry(place, province))
        entry = self.commune_body(alias.ref, province, place)  # type: ignore[arg-type]
        return Match(s, end, entry)

    def _qualifier(self, text: str, folded: str, e: int, hi: int) -> tuple[str | None, int]:
        """A province named right after a local organ ("Sở Tài chính tỉnh X"): its slug and end."""
        m = _QUALIFIER.match(folded, e, hi)
        at = m.end() if m else e
        p = _province_after().match(folded, at, hi)
        if p is None or not text[at : at + 1].isupper():
            return None, e
        slug = self.nat.by_folded.get(p["name"])
        return (slug, p.end()) if slug else (None, e)

    def _admin_unit(
        self, text: str, e: int, hi: int, unit: str, province: str | None, era: str | None
    ) -> tuple[Unit | None, int]:
        if not province or province == keys.NATIONAL:
            return None, e
        m = _NAME_AFTER.match(text, e, hi)
        if m is None:
            return None, e
        spans = [w.span() for w in re.finditer(r"\S+", text[m.start(1) : m.end(1)])]
        word = "huyện" if unit == "huyện đảo" else unit
        for n in range(len(spans), 0, -1):
            name = text[m.start(1) : m.start(1) + spans[n - 1][1]]
            for er in (era,) if era else (CURRENT, LEGACY):
                u = self.nat.find(province, word, name, er)
                if u is not None:
                    return u, m.start(1) + spans[n - 1][1]
        return None, e

    # -- entries made on first use
    def province_entry(self, slug: str, era: str | None) -> Entry:
        """The province of this slug in the era (current when undated or when it still exists)."""
        made = self._made
        return (
            made.get(("province", slug, era or CURRENT))
            or made.get(("province", slug, CURRENT))
            or made[("province", slug, LEGACY)]
        )

    def place_entry(self, u: Unit, province: str | None) -> Entry:
        """A district or commune as an entry, keyed by its official code."""
        done = self._made.get(("place", u.era, u.code))
        if done is None:
            parent = self.nat.parent(u)
            data = {
                "kind": u.level,
                "unit": u.unit,
                "code": u.code,
                "era": u.era,
                "lat": u.lat,
                "lon": u.lon,
                "parent_key": parent.key if parent else None,
                "source": _NAT,
                "successors": [x.key for x in self._successors(u)],
            }
            done = Entry("place", u.key, commune_name(f"{u.unit} {u.name}"), province or "", data)
            self._made[("place", u.era, u.code)] = done
            self.by_key[done.key] = done
        return done

    def place_by_key(self, key: str) -> Entry | None:
        """A national unit's entry from its Place key (place/vn/<code>, place/vn-legacy/<code>)."""
        head, _, code = key.rpartition("/")
        era = {"place/vn": CURRENT, "place/vn-legacy": LEGACY}.get(head)
        if era is None:
            return None
        if len(code) == 2:
            prov = self.nat.provinces.get((era, code))
            return self.province_entry(prov.slug, era) if prov else None
        u = self.nat.districts.get(code) if len(code) == 3 else self.nat.communes.get((era, code))
        if u is None:
            return None
        prov = self.nat.provinces.get((u.era, u.province_code or ""))
        return self.place_entry(u, prov.slug if prov else None)

    def _successors(self, u: Unit) -> list[Unit]:
        if u.level != "district":
            return self.nat.successors(u)
        codes = {c for x in self.nat.communes.values() if x.district_code == u.code for c in x.successors}
        return [x for c in sorted(codes) if (x := self.nat.communes.get((CURRENT, c))) is not None]

    def local_entry(self, t: Template, slug: str) -> Entry | None:
        """The organ of template t in the province `slug` (a curated row of the same key wins)."""
        done = self._made.get(("organ", t.short, slug))
        if done is not None:
            return done
        prov = self.nat.province(slug)
        if prov is None:
            return None
        key = local_key(t, prov)
        done = self.by_key.held(key)
        if done is None:
            parent = self._parent_key(t, prov)
            data = {
                "kind": t.kind,
                "short_name": None,
                "parent_key": parent,
                "source": t.source,
                "valid_from": t.valid_from,
                "valid_to": t.valid_to,
            }
            done = Entry("body", key, fill(t.name, prov), slug, data)
            self.by_key[key] = done
        self._made[("organ", t.short, slug)] = done
        return done

    def _organ_by_key(self, key: str) -> Entry | None:
        """The province-level organ whose key this is (`body/<province slug>/<short slug>`), if any."""
        parts = key.split("/")
        prov = self.nat.province(parts[1]) if len(parts) == 3 and parts[0] == "body" else None
        if prov is None:
            return None
        if not self._short_slugs:
            self._short_slugs = {
                (unit, keys.body_key(fill(t.short, unit=unit), "x")): t
                for t in self.templates
                if t.level == "province"
                for unit in UNIT_WORDS
            }
        t = self._short_slugs.get((prov.unit, f"body/x/{parts[2]}"))
        return self.local_entry(t, prov.slug) if t is not None else None

    def _parent_key(self, t: Template, prov: Unit) -> str | None:
        if not t.parent:
            return None
        if t.parent.startswith("vn:"):
            central = self.by_name.get(fold(t.parent[3:]))
            return central.key if central else None
        parent = next((p for p in self.templates if p.short == t.parent and p.level == "province"), None)
        return local_key(parent, prov) if parent else None

    def commune_body(self, t: Template, province: str | None, place: Unit) -> Entry:
        """The organ of a commune (or a pre-2025 district): UBND, HĐND or Đảng ủy of 'xã X'."""
        done = self._made.get(("commune", t.short, place.era, place.code))
        if done is None:
            prov = self.nat.province(province or "")
            assert prov is not None  # _admin_unit found the place inside this province
            key = local_key(t, prov, place)
            done = self.by_key.held(key) or Entry(
                "body",
                key,
                fill(t.name, prov, commune=place),
                prov.slug,
                {"kind": t.kind, "source": t.source, "place_key": place.key},
            )
            self.by_key[key] = done
            self._made[("commune", t.short, place.era, place.code)] = done
        return done

    def issuer_for_code(self, code: str, jurisdiction: str | None) -> Entry | None:
        """The body an issuer code names: central codes anywhere, local ones (TU, UBND) in a province."""
        t = self.local_codes.get(code)
        if t is not None:
            if not jurisdiction or jurisdiction == keys.NATIONAL:
                return None
            return self.local_entry(t, jurisdiction)
        entry = self.codes.get(code)
        if (
            entry is not None
            and entry.jurisdiction not in (keys.NATIONAL, "eu")
            and entry.jurisdiction != jurisdiction
        ):
            return None
        return entry

    def organ(self, short: str, jurisdiction: str) -> Entry | None:
        """The organ with this template short name ("Ủy ban nhân dân", "{party}") in a province."""
        t = next((t for t in self.templates if t.short == short and t.level == "province"), None)
        return self.local_entry(t, jurisdiction) if t else None


_NAT = "vietnam-provinces / vietnamadminunits (loaders/gazetteer/national)"


def optional_rows(name: str) -> list[dict[str, str]]:
    """The rows of a data file that may be absent (empty then)."""
    try:
        return rows(name)
    except FileNotFoundError:
        return []


def _strip_province(name: str, prov: Unit | None) -> str:
    """A curated local body's name without its province ("Sở Tài chính tỉnh X" -> "Sở Tài chính")."""
    if prov is None:
        return name
    for tail in (f" {prov.unit} {prov.name}", f" {prov.name}"):
        if name.endswith(tail) and len(name) > len(tail):
            return name[: -len(tail)]
    return name


@lru_cache(maxsize=1)
def _province_after() -> re.Pattern[str]:
    names = sorted(national().by_folded, key=len, reverse=True)
    return re.compile("(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?![a-z0-9])")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The loaded gazetteer (read once per process from the package data files)."""
    gaz = Gazetteer()
    gaz.load()
    return gaz
