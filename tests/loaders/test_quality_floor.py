"""Extraction quality stays above the floor in tests/gold/floor.json (F1 per kind and document), and the
hand gold's quotes are exact substrings of their sources."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
GOLD = REPO / "tests" / "gold"
FLOOR = json.loads((GOLD / "floor.json").read_text(encoding="utf-8"))


def _load(name: str, path: Path) -> Any:
    """Import a script that is not in a package (bench/quality.py, tests/gold/validate.py)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    """Today's scores on every gold document (one extraction per document for the whole module)."""
    quality = _load("bench_quality", REPO / "bench" / "quality.py")
    return quality.run()


FLOORS = [(kind, doc, floor) for kind, docs in sorted(FLOOR.items()) for doc, floor in sorted(docs.items())]


@pytest.mark.parametrize(("kind", "doc", "floor"), FLOORS, ids=[f"{k}-{d}" for k, d, _ in FLOORS])
def test_f1_at_least_floor(scores: dict[str, dict[str, Any]], kind: str, doc: str, floor: float) -> None:
    assert doc in scores, f"no gold document {doc}"
    f1 = scores[doc][kind]["f1"]
    assert f1 is not None and f1 >= floor, f"{kind} F1 on {doc}: {f1} < floor {floor}"


def test_gold_quotes_are_exact() -> None:
    validate = _load("gold_validate", GOLD / "validate.py")
    found = [p for f in validate.gold_files() for p in validate.problems(f)]
    assert not found, "\n".join(found[:20])
