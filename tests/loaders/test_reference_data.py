"""The national reference data: generated files match their libraries, body templates instantiate cleanly."""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest

from ontology.text import slug

REPO = Path(__file__).resolve().parents[2]
GAZ = REPO / "loaders" / "gazetteer"
PLACEHOLDERS = {"{unit}", "{Unit}", "{party}", "{league}", "{name}", "{cunit}", "{cname}", "{sector}"}
HOME = "quang-ngai"


def rows(*path: str) -> list[dict[str, str]]:
    with (GAZ.joinpath(*path)).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def fill(pattern: str, unit: str, name: str, cunit: str = "", cname: str = "") -> str:
    """The test's own template instantiation (the loaders have theirs; this one stands alone)."""
    city = unit == "thành phố"
    values = {
        "{unit}": unit,
        "{Unit}": unit[:1].upper() + unit[1:],
        "{party}": "Thành ủy" if city else "Tỉnh ủy",
        "{league}": "Thành đoàn" if city else "Tỉnh đoàn",
        "{name}": name,
        "{cunit}": cunit,
        "{cname}": cname,
    }
    for k, v in values.items():
        pattern = pattern.replace(k, v)
    return " ".join(pattern.split())


def province_keys(p: dict[str, str]) -> set[str]:
    out = [
        f"body/{p['slug']}/{slug(fill(t['short'], p['unit'], p['name']))}"
        for t in rows("local_bodies.csv")
        if t["level"] == "province"
    ]
    assert len(out) == len(set(out)), [k for k, n in Counter(out).items() if n > 1]
    return set(out)


def commune_slugs(province_code: str) -> dict[str, str]:
    """Commune code -> the slug of its unit and name; a slug two communes share gets the code appended."""
    mine = [c for c in communes() if c["era"] == "2025" and c["province_code"] == province_code]
    plain = {c["code"]: slug(f"{c['unit']} {c['name']}") for c in mine}
    seen = Counter(plain.values())
    return {code: s if seen[s] == 1 else f"{s}-{code}" for code, s in plain.items()}


_CACHE: dict[str, list[dict[str, str]]] = {}


def communes() -> list[dict[str, str]]:
    if "c" not in _CACHE:
        _CACHE["c"] = rows("national", "communes.csv")
    return _CACHE["c"]


def provinces(era: str | None = None) -> list[dict[str, str]]:
    return [p for p in rows("national", "provinces.csv") if era is None or p["era"] == era]


def test_committed_files_are_what_the_pinned_libraries_give() -> None:
    for lib in ("vietnam_provinces", "vietnamadminunits"):
        if importlib.util.find_spec(lib) is None:
            pytest.skip(f"{lib} is not installed (pip install -c constraints.txt -e '.[reference]')")
    spec = importlib.util.spec_from_file_location("build_reference", REPO / "scripts" / "build_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run scripts/build_reference.py and commit its output"


def test_counts_of_the_two_eras() -> None:
    assert len(provinces("2025")) == 34 and len(provinces("legacy")) == 63
    assert Counter(c["era"] for c in communes()) == {"2025": 3321, "legacy": 10035}
    assert len(rows("national", "districts.csv")) == 696
    assert {p["unit"] for p in provinces()} == {"tỉnh", "thành phố"}
    assert Counter(c["unit"] for c in communes() if c["era"] == "2025") == {
        "xã": 2621,
        "phường": 687,
        "đặc khu": 13,
    }


def test_codes_are_unique_per_era_and_names_are_nfc() -> None:
    import unicodedata

    for table in (provinces(), communes()):
        counts = Counter((r["era"], r["code"]) for r in table)
        assert max(counts.values()) == 1
        assert all(
            unicodedata.is_normalized("NFC", r["name"]) and r["name"] == r["name"].strip() for r in table
        )
    assert len({d["code"] for d in rows("national", "districts.csv")}) == 696


def test_every_legacy_unit_has_a_successor_that_exists() -> None:
    new_provinces = {p["code"] for p in provinces("2025")}
    for p in provinces("legacy"):
        succ = p["successors"].split("|")
        assert succ and set(succ) <= new_provinces, p
    new_communes = {c["code"]: c for c in communes() if c["era"] == "2025"}
    legacy = [c for c in communes() if c["era"] == "legacy"]
    for c in legacy:
        succ = c["successors"].split("|")
        assert succ and all(s in new_communes for s in succ), c
    # a legacy commune's first successor lies in one of its province's successor provinces
    succ_of = {p["code"]: set(p["successors"].split("|")) for p in provinces("legacy")}
    for c in legacy:
        first = new_communes[c["successors"].split("|")[0]]
        assert first["province_code"] in succ_of[c["province_code"]], c


def test_province_slugs_are_unique_and_a_shared_name_shares_its_slug() -> None:
    for era in ("2025", "legacy"):
        assert len({p["slug"] for p in provinces(era)}) == len(provinces(era))
    names: dict[str, str] = {}
    for p in provinces():
        assert p["slug"] == slug(p["name"])
        assert names.setdefault(p["slug"], p["name"]) == p["name"]
    assert {"ha-noi", "ho-chi-minh", "quang-ngai", "dak-lak", "hue"} <= {p["slug"] for p in provinces("2025")}
    assert "kon-tum" in {p["slug"] for p in provinces("legacy")}


def test_every_template_uses_known_placeholders_and_has_a_parent() -> None:
    templates = rows("local_bodies.csv")
    central = {r["name"] for r in rows("central_bodies.csv")}
    shorts: dict[str, set[str]] = {t["level"]: set() for t in templates}
    for t in templates:
        shorts[t["level"]].add(t["short"])
    for t in templates:
        text = " ".join((t["short"], t["name"], t["aliases"], t["parent"]))
        assert set(re.findall(r"\{[^}]*\}", text)) <= PLACEHOLDERS, t
        assert t["kind"] in {"party", "state", "mass", "collective"} and t["level"] in {"province", "commune"}
        commune_only = {"{cunit}", "{cname}"} & set(re.findall(r"\{[^}]*\}", text))
        assert not commune_only or t["level"] == "commune", t
        parent = t["parent"]
        if parent.startswith("vn:"):
            assert parent[3:] in central, t
        elif parent.startswith("commune:"):
            assert t["level"] == "commune" and parent[8:] in shorts["commune"], t
        else:
            assert parent in shorts["province"], t


def test_templates_give_unique_keys_in_every_province() -> None:
    templates = [t for t in rows("local_bodies.csv") if t["level"] == "commune"]
    for p in provinces("2025"):
        province_keys(p)
        slugs = commune_slugs(p["code"])
        keys = [f"body/{p['slug']}/{s}/{slug(t['short'])}" for s in slugs.values() for t in templates]
        assert len(keys) == len(set(keys)), p["name"]


def test_communes_whose_names_differ_only_by_tone_marks() -> None:
    """The loader must know: these 2025 communes share a slug with another of their province."""
    shared = sorted(
        (p["slug"], c["name"])
        for p in provinces("2025")
        for code, s in commune_slugs(p["code"]).items()
        if s.endswith(f"-{code}")
        for c in communes()
        if c["era"] == "2025" and c["code"] == code
    )
    assert len(shared) == 16 and ("quang-ngai", "Sơn Hà") in shared and ("quang-ngai", "Sơn Hạ") in shared


def test_quang_ngai_keys_are_todays_keys() -> None:
    qn = next(p for p in provinces("2025") if p["slug"] == HOME)
    keys = province_keys(qn)
    wanted = {"tinh-uy", "uy-ban-nhan-dan", "ban-thuong-vu-tinh-uy", "so-tai-chinh"}
    wanted.add("van-phong-uy-ban-nhan-dan")
    assert {f"body/{HOME}/{k}" for k in wanted} <= keys
    suffix = re.compile(r"\s+(?:tỉnh\s+)?Quảng Ngãi$")
    curated = {
        f"body/{HOME}/{slug(suffix.sub('', r['name']))}"
        for r in rows("bodies.csv")
        if r["jurisdiction"] == HOME and r["kind"] in {"party", "state", "mass", "collective"}
    }
    # Quảng Ngãi's own rows: its economic zone board, old district UBNDs, a name with the province inside
    own = {k for k in curated if re.search(r"dung-quat|/ubnd-huyen-|/ubnd-thanh-pho$|-quang-ngai-", k)}
    # the steering board is a catalogue organ now
    assert len(own) == 6 and curated - own <= keys, sorted(curated - own - keys)
    assert "body/ha-noi/thanh-uy" in province_keys(
        next(p for p in provinces("2025") if p["slug"] == "ha-noi")
    )


def test_central_bodies_keep_the_curated_national_names() -> None:
    central = rows("central_bodies.csv")
    names = [r["name"] for r in central]
    assert len(names) == len(set(names)) and len({slug(n) for n in names}) == len(names)
    curated = {
        r["name"] for r in rows("bodies.csv") if r["jurisdiction"] == "vn" and r["kind"] != "enterprise"
    }
    assert curated <= set(names)
    ministries = [
        r for r in central if r["name"].startswith("Bộ ") and not r["valid_to"] and r["parent"] == "Chính phủ"
    ]
    assert len(ministries) == 14


def test_changes_name_known_bodies() -> None:
    local = {t["short"] for t in rows("local_bodies.csv") if t["level"] == "province"}
    central = {r["name"] for r in rows("central_bodies.csv")}
    for table, known in (("local_changes.csv", local), ("central_changes.csv", central)):
        for c in rows(table):
            assert c["kind"] in {"merger", "renaming", "split"}, c
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", c["date"]), c
            for side in ("original", "resulting"):
                names = c[side].split("|")
                assert names and set(names) <= known, (table, c["name"], set(names) - known)
    qn = [fill(c["name"], "tỉnh", "Quảng Ngãi") for c in rows("local_changes.csv")[:3]]
    assert qn == [r["name"] for r in rows("changes.csv")]


def test_run_time_code_never_imports_the_reference_libraries() -> None:
    banned = re.compile(r"^\s*(?:from|import)\s+(vietnam_provinces|vietnamadminunits|shapely|geopy)\b", re.M)
    for package in ("ontology", "graph", "loaders", "api"):
        for path in (REPO / package).rglob("*.py"):
            assert not banned.search(path.read_text(encoding="utf-8")), path
