"""Shared fixtures for loader tests: the seed extraction (computed once) and fixture paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.model import Extraction
from loaders.extract.pipeline import extract_file

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "data" / "quang-ngai" / "tinh-uy-ket-luan-nhiem-vu-6-thang-cuoi-2023.txt"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def seed() -> Extraction:
    """The seed Kết luận, extracted once."""
    return extract_file(SEED)


def all_evidence(ex: Extraction):  # noqa: ANN201
    """Every evidence record of an extraction, with the item it supports."""
    yield from ((ex.document, e) for e in ex.document.evidence)
    for lst in ex.items.values():
        for it in lst:
            yield from ((it, e) for e in it.evidence)
