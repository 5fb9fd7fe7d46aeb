"""Write loaders/gazetteer/national/*.csv from the pinned reference libraries (run time never needs them).

Sources: `vietnam-provinces` (the 34 provinces and their communes since 2025-07-01, official codes and
names) and `vietnamadminunits` (the 63 provinces, districts and communes before, the old -> new mapping
and coordinates). vietnamadminunits is read as data (its sqlite and JSON files): importing it would pull
in shapely and geopy. `--check` exits 1 when the committed files differ from what would be written.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from loaders.gazetteer.national import COLUMNS  # the files' layout, named once for writer and reader
from ontology.text import fold, slug

OUT = Path(__file__).resolve().parent.parent / "loaders" / "gazetteer" / "national"
UNITS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "huyện", "quận", "phường", "tỉnh", "xã")
_UNIT = re.compile(r"^(" + "|".join(UNITS) + r")\s+(.+)$", re.IGNORECASE)
_CHARS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})
Row = dict[str, Any]


def clean(text: str) -> str:
    """NFC, one space between words, ASCII apostrophe and hyphen: the libraries mix the variants."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_CHARS).split())


def split_unit(full: str, default: str = "") -> tuple[str, str]:
    """('thành phố', 'Hà Nội') from 'Thành phố Hà Nội'; a name without a unit word keeps default."""
    m = _UNIT.match(clean(full))
    return (m.group(1).lower(), m.group(2)) if m else (default, clean(full))


def coord(value: float | None) -> str:
    """Four decimals (about 10 m) are plenty for centroids and keep the files small."""
    return "" if value is None else f"{value:.4f}"


def vau_data() -> Path:
    """The data folder of vietnamadminunits, found without importing it (its __init__ needs shapely)."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnamadminunits is not installed: pip install -e '.[reference]'")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def vp_divisions() -> list[dict[str, Any]]:
    """vietnam-provinces' nested list: 34 provinces, each with its wards (communes)."""
    import vietnam_provinces

    return json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))


def query(db: sqlite3.Connection, sql: str) -> list[sqlite3.Row]:
    db.row_factory = sqlite3.Row
    return db.execute(sql).fetchall()


def current(divisions: list[dict[str, Any]], db: sqlite3.Connection) -> tuple[list[Row], list[Row], dict]:
    """The 2025 provinces and communes (codes and names of vietnam-provinces, coordinates joined by name).

    Also returns vietnamadminunits' (province key, ward key) -> our commune code, for the mapping.
    """
    vau = query(db, "SELECT * FROM admin_units")
    prov_ll = {r["provinceCode"]: (r["provinceLat"], r["provinceLon"]) for r in vau}
    provinces, communes = [], []
    by_fold: dict[tuple[str, str], list[Row]] = {}
    for p in divisions:
        code = f"{p['code']:02d}"
        unit = "tỉnh" if p["division_type"] == "tỉnh" else "thành phố"
        name = split_unit(p["name"], unit)[1]
        lat, lon = prov_ll.get(code, (None, None))
        provinces.append(_province(code, name, unit, "2025", lat, lon, ""))
        for w in p["wards"]:
            cunit, cname = split_unit(w["name"])
            if cunit != w["division_type"]:
                raise ValueError(f"unit of {w['name']!r} is not {w['division_type']!r}")
            row = commune(f"{w['code']:05d}", cname, cunit, code, "", "2025", None, None)
            communes.append(row)
            by_fold.setdefault((code, fold(f"{cunit} {cname}")), []).append(row)
    keys = {}
    for r in vau:
        found = _same(by_fold.get((r["provinceCode"], fold(clean(r["ward"]))), []), r)
        if found is not None:
            found["lat"], found["lon"] = coord(r["wardLat"]), coord(r["wardLon"])
            keys[(r["provinceKey"], r["wardKey"])] = found["code"]
    return provinces, communes, keys


def _same(candidates: list[Row], r: sqlite3.Row) -> Row | None:
    """The one of our communes (same folded name) that is vietnamadminunits' row r."""
    if len(candidates) == 1:
        return candidates[0]
    name = split_unit(r["ward"])[1].casefold()
    exact = [c for c in candidates if c["name"].casefold() == name]
    return exact[0] if len(exact) == 1 else next((c for c in candidates if c["code"] == r["wardCode"]), None)


def _province(code: str, name: str, unit: str, era: str, lat: Any, lon: Any, succ: str) -> Row:
    values = (code, name, unit, slug(name), era, coord(lat), coord(lon), succ)
    return dict(zip(COLUMNS["provinces.csv"], values, strict=True))


def commune(
    code: str, name: str, unit: str, province: str, district: str, era: str, lat: Any, lon: Any
) -> Row:
    """A communes.csv row (successors filled in later by link())."""
    values = (code, name, unit, province, district, era, coord(lat), coord(lon), "")
    return dict(zip(COLUMNS["communes.csv"], values, strict=True))


def legacy(db: sqlite3.Connection) -> tuple[list[Row], list[Row], list[Row], dict[str, Row]]:
    """The 63 provinces, their districts and communes as on 2025-06-30, and old ward key -> commune."""
    provinces: dict[str, Row] = {}
    districts: dict[str, Row] = {}
    communes: dict[str, Row] = {}
    by_key: dict[str, Row] = {}
    for r in query(db, "SELECT * FROM admin_units_legacy"):
        pcode, dcode = r["provinceCode"], r["districtCode"]
        if pcode not in provinces:
            unit, name = split_unit(r["province"])
            provinces[pcode] = _province(pcode, name, unit, "legacy", r["provinceLat"], r["provinceLon"], "")
            provinces[pcode]["_key"] = r["provinceKey"]
        if dcode not in districts:
            unit, name = split_unit(r["district"])
            values = (dcode, name, unit, pcode, coord(r["districtLat"]), coord(r["districtLon"]))
            districts[dcode] = dict(zip(COLUMNS["districts.csv"], values, strict=True))
        if r["wardCode"] is None:  # an island district without communes (Lý Sơn, Côn Đảo...)
            continue
        unit, name = split_unit(r["ward"])
        row = commune(r["wardCode"], name, unit, pcode, dcode, "legacy", r["wardLat"], r["wardLon"])
        communes[r["wardCode"]] = row
        by_key[f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"] = row
    return list(provinces.values()), list(districts.values()), list(communes.values()), by_key


def link(
    conv: dict[str, Any],
    new_provinces: list[Row],
    old_provinces: list[Row],
    new_keys: dict,
    old_by_key: dict[str, Row],
) -> None:
    """Fill successors: a legacy province's 2025 province(s), a legacy commune's 2025 commune(s).

    A commune split between several new ones lists the library's default (main) successor first.
    """
    new_code = {f"tinh{fold(p['name']).replace(' ', '')}": p["code"] for p in new_provinces}
    new_code |= {f"thanhpho{fold(p['name']).replace(' ', '')}": p["code"] for p in new_provinces}
    for p in old_provinces:
        p["successors"] = "|".join(
            sorted(new_code[new] for new, olds in conv["DICT_PROVINCE"].items() if p["_key"] in olds)
        )
    succ: dict[str, list[str]] = {}
    for prov_key, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, olds in wards.items():
            for old in olds:
                succ.setdefault(old, []).append(new_keys[(prov_key, ward_key)])
    for prov_key, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            ranked = sorted((not w["isDefaultNewWard"], new_keys[(prov_key, w["newWardKey"])]) for w in news)
            succ.setdefault(old, []).extend(code for _, code in ranked)
    for old, codes in succ.items():
        if old in old_by_key:
            old_by_key[old]["successors"] = "|".join(dict.fromkeys(codes))


def build() -> dict[str, str]:
    """File name -> CSV text, for every file of the national folder."""
    data = vau_data()
    conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as db:
        new_p, new_c, new_keys = current(vp_divisions(), db)
        old_p, old_d, old_c, old_by_key = legacy(db)
    link(conv, new_p, old_p, new_keys, old_by_key)
    order = {"2025": 0, "legacy": 1}
    provinces = sorted(new_p + old_p, key=lambda r: (order[r["era"]], r["code"]))
    communes = sorted(new_c + old_c, key=lambda r: (order[r["era"]], r["code"]))
    return {
        "provinces.csv": render("provinces.csv", provinces),
        "districts.csv": render("districts.csv", sorted(old_d, key=lambda r: r["code"])),
        "communes.csv": render("communes.csv", communes),
    }


def render(name: str, rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS[name], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write the files, or with --check report which committed files differ (exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files are stale")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [
            n
            for n, text in files.items()
            if not (args.out / n).exists() or (args.out / n).read_text(encoding="utf-8") != text
        ]
        for n in stale:
            print(f"stale: {args.out / n} (run scripts/build_reference.py)", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for n, text in files.items():
        (args.out / n).write_text(text, encoding="utf-8")
        print(f"wrote {args.out / n}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
