"""Every runnable query of the Browser guide runs on the loaded graph and returns rows."""

from __future__ import annotations

import neo4j
import pytest

from tests.browser.corpus import load_corpus
from tests.browser.grass import guide_queries


@pytest.fixture(scope="module")
def loaded(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    from tests.conftest import wipe

    wipe(neo4j_driver)
    load_corpus(neo4j_driver)
    return neo4j_driver


@pytest.mark.parametrize("query", guide_queries(), ids=lambda q: q.splitlines()[0][:40])
def test_guide_query_returns_rows(loaded: neo4j.Driver, query: str) -> None:
    records, _, _ = loaded.execute_query(query, routing_=neo4j.RoutingControl.READ)
    assert records, f"no rows for:\n{query}"


def test_responsible_for_tra_khuc_3_names_a_body(loaded: neo4j.Driver) -> None:
    table = next(q for q in guide_queries() if "AS project" in q)
    records, _, _ = loaded.execute_query(table, routing_=neo4j.RoutingControl.READ)
    assert all(r["body"] and r["role"] for r in records)
    assert any("Trà Khúc 3" in r["project"] for r in records)
