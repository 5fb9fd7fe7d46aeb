"""The world is data: no province's name or jurisdiction slug in the packages' code (docstrings included)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("ontology", "graph", "loaders", "api")
SUFFIXES = (".py", ".html", ".grass", ".js", ".cypher")


def _provinces() -> tuple[re.Pattern[str], re.Pattern[str]]:
    path = REPO / "loaders" / "gazetteer" / "national" / "provinces.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    names = sorted({r["name"] for r in rows}, key=len, reverse=True)
    slugs = sorted({r["slug"] for r in rows}, key=len, reverse=True)
    by_name = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    # A slug alone or after an issuer code in a document key (`party/TU-<slug>/…`).
    by_slug = re.compile(r"(?:(?<![\w-])|(?<=[A-Z]-))(?:" + "|".join(map(re.escape, slugs)) + r")(?![\w-])")
    return by_name, by_slug


def offenders() -> list[str]:
    by_name, by_slug = _provinces()
    out = []
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*")):
            if path.suffix not in SUFFIXES or "static" in path.parts:
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if m := by_name.search(line) or by_slug.search(line):
                    out.append(f"{path.relative_to(REPO)}:{n}: {m.group(0)}")
    return out


def test_the_packages_name_no_province() -> None:
    assert offenders() == []


def test_the_search_finds_a_province_when_there_is_one(tmp_path: Path) -> None:
    by_name, by_slug = _provinces()
    assert by_name.search('HOME = "Quảng Ngãi"') and by_slug.search("body/nghe-an/x")
    assert by_slug.search("party/TU-nghe-an/NQ/12/2025-06-30") and not by_slug.search("so-nghe-an-x")
    assert not by_name.search("Sở Tài chính") and not by_slug.search("body/vn/bo-tai-chinh")
