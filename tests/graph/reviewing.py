"""Helpers of the review tests: the seed loaded from a copy (so a test can change it), and lookups."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import neo4j

from graph.reader import Reader
from graph.schema import apply_schema
from loaders.load import load_paths
from tests.conftest import SEED, wipe


def seed_copy(folder: Path) -> Path:
    """The seed and its meta file copied into `folder`; returns the text's path."""
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED.with_suffix(".meta.json"), folder / SEED.with_suffix(".meta.json").name)
    return folder / SEED.name


def load(driver: neo4j.Driver, path: Path) -> None:
    """Load one file through the real pipeline, again even when unchanged."""
    report = load_paths(driver, [path], force=True, progress=False)
    assert not report.failed, report.failed


def fresh(driver: neo4j.Driver, folder: Path) -> Path:
    """An empty graph with the seed (a copy in `folder`) loaded; returns the copy's path."""
    wipe(driver)
    apply_schema(driver)
    path = seed_copy(folder)
    load(driver, path)
    return path


def one(driver: neo4j.Driver, cypher: Any, **params: Any) -> dict[str, Any] | None:
    """The first row of a read, as a dict (test lookups)."""
    rows = Reader(driver).rows(cypher, **params)
    return rows[0] if rows else None


def review_state(driver: neo4j.Driver, key: str) -> str | None:
    row = one(driver, "MATCH (a:Assignment {key: $key}) RETURN a.review_state AS s", key=key)
    assert row is not None, f"no assignment {key}"
    return row["s"]


def match_state(driver: neo4j.Driver, review: str) -> str:
    row = one(driver, "MATCH (r:Review {key: $key}) RETURN r.match_state AS s", key=review)
    assert row is not None, f"no review {review}"
    return str(row["s"])
