"""Entries made on first use: a province in an era, a place by its code, a province's or commune's organs."""

from __future__ import annotations

from loaders.gazetteer.matcher import Entry, Matcher
from loaders.gazetteer.national import CURRENT, LEGACY, SOURCE, National, Unit
from loaders.gazetteer.templates import UNIT_WORDS, Template, commune_name, fill, local_key
from ontology import keys
from ontology.text import fold


class Organs(Matcher):
    """A matcher that makes the entries of the national data and the organ templates when first asked."""

    nat: National
    templates: list[Template]
    local_codes: dict[str, Template]
    _short_slugs: dict[tuple[str, str], Template]  # (unit, key in body/x/) -> organ, on demand
    _made: dict[tuple[str, ...], Entry]

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
                "source": SOURCE,
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
