"""The body catalogue of any province, generated over the national data from local_bodies.csv templates.

A template row names an organ every province has ("Sở Tài chính", "{party}", "Ủy ban nhân dân") with its
local forms ("UBND {unit}", "Sở Tài chính"): a document of a province uses them without naming the province.
An organ's entry for one province is made on first use and kept; its key is `body/<province slug>/<slug of
the short name>`, so the keys of the curated rows of bodies.csv are the same organ's keys.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from loaders.gazetteer.data import optional_rows, rows, split
from loaders.gazetteer.matcher import Alias, Entries, Entry, Match, make_alias
from loaders.gazetteer.national import CURRENT, LEGACY, SOURCE, Unit, national
from loaders.gazetteer.organs import Organs
from loaders.gazetteer.templates import alias_forms, province_aliases, strip_province, templates
from ontology import keys
from ontology.text import fold, nfc

_ADMIN_WORDS = ("xã", "phường", "thị trấn", "đặc khu", "huyện", "huyện đảo", "quận", "thị xã", "thành phố")
_CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_NAME_AFTER = re.compile(
    rf"[ \t]+((?:[{_CAP}][^\W\d_]*|\d{{1,2}})(?:[ \t]+(?:[{_CAP}][^\W\d_]*|\d{{1,2}})){{0,3}})"
)
_QUALIFIER = re.compile(r"[ \t]*,?[ \t]*(?:(?P<unit>tinh|thanh pho|tp\.?)[ \t]+)?")


class Gazetteer(Organs):
    """Curated entries, the national places and the catalogue of every province's organs."""

    def load(self) -> None:
        """Read every data file; the order decides which of two equal aliases wins (the first)."""
        self.by_key = Entries(self._organ_by_key)
        self.nat = national()
        self.templates = templates()
        self._short_slugs = {}
        self.local_codes = {}
        self._made = {}
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
                    "source": SOURCE,
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
            short = strip_province(nfc(r["name"]), self.nat.province(jur))
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
