"""Catalogue bodies are marked `catalogued` in the API; a body found by a pattern is not (nor `curated`)."""

from __future__ import annotations

from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from graph.schema import apply_schema
from loaders.gazetteer.catalogue import gazetteer
from loaders.load import load_paths
from tests.conftest import CORPUS, wipe


@pytest.fixture(scope="module")
def api_graph(neo4j_driver: neo4j.Driver) -> str:
    """The dev corpus (texts of several provinces): catalogue organs and bodies found by a pattern."""
    wipe(neo4j_driver)
    apply_schema(neo4j_driver)
    report = load_paths(neo4j_driver, sorted((CORPUS / "dev").glob("*.txt")), progress=False)
    assert not report.failed, report.failed
    return "dev"


def _bodies(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """Every body of the list, page by page."""
    out: list[dict[str, Any]] = []
    while True:
        r = client.get("/v1/bodies", params={"limit": 100, "offset": len(out), **params})
        assert r.status_code == 200, r.text
        out += r.json()["items"]
        if not r.json().get("next"):
            return out


def test_a_catalogue_organ_is_catalogued_and_a_pattern_body_is_not(client: TestClient) -> None:
    organs = [b for b in _bodies(client, q="so tai chinh") if b["name"].startswith("Sở Tài chính")]
    assert organs, "the corpus names no Sở Tài chính"
    for organ in organs:
        assert organ["catalogued"] is True, organ
        detail = client.get(organ["href"]).json()
        # The graph's `curated` keeps a node without documents; catalogue bodies come with documents.
        assert detail["catalogued"] is True and detail["curated"] is False, detail
    bodies = _bodies(client)
    found = [b for b in bodies if gazetteer().by_key.get(b["key"]) is None]
    assert found, "the corpus has no body found by a pattern"
    assert not any(b["catalogued"] for b in found), [b["key"] for b in found if b["catalogued"]]
    assert client.get(found[0]["href"]).json()["catalogued"] is False
    assert any(b["catalogued"] for b in bodies if b not in organs)
