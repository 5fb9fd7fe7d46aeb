"""Schema: constraints and indexes from the ontology, idempotent; full-text keeps Vietnamese words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import neo4j
import pytest

from graph.queries import reviews
from graph.schema import (
    FULLTEXT_ANALYZER,
    FULLTEXT_INDEX,
    RANGE_INDEXES,
    apply_schema,
    schema_state,
)
from ontology import mapping
from ontology.text import fold


def _search(driver: neo4j.Driver, text: str) -> list[str]:
    records, _, _ = driver.execute_query(
        "CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.name AS name",
        index=FULLTEXT_INDEX,
        query=" ".join(f"+name_folded:{w}" for w in re.findall(r"\w+", fold(text))),
        routing_=neo4j.RoutingControl.READ,
    )
    return sorted(r["name"] for r in records)


@pytest.fixture
def schema_graph(clean_graph: neo4j.Driver) -> Iterator[neo4j.Driver]:
    apply_schema(clean_graph)
    yield clean_graph
    # Leave the graph empty for whoever runs next.
    clean_graph.execute_query("MATCH (n) DETACH DELETE n")


def test_every_label_has_a_key_constraint(schema_graph: neo4j.Driver) -> None:
    state = schema_state(schema_graph)
    unique = {
        (c["labelsOrTypes"][0], tuple(c["properties"]))
        for c in state.constraints.values()
        if c["type"] == "UNIQUENESS"
    }
    for label in mapping.LABELS:
        assert (label, ("key",)) in unique, label


def test_range_and_fulltext_indexes_exist(schema_graph: neo4j.Driver) -> None:
    state = schema_state(schema_graph)
    ranges = {
        (i["labelsOrTypes"][0], i["properties"][0]) for i in state.indexes.values() if i["type"] == "RANGE"
    }
    assert set(RANGE_INDEXES) <= ranges
    fulltext = state.indexes[FULLTEXT_INDEX]
    assert fulltext["type"] == "FULLTEXT"
    assert set(fulltext["labelsOrTypes"]) == set(mapping.SEARCHABLE_LABELS)
    assert fulltext["options"]["indexConfig"]["fulltext.analyzer"] == FULLTEXT_ANALYZER
    assert fulltext["state"] == "ONLINE"


def test_applying_twice_changes_nothing(schema_graph: neo4j.Driver) -> None:
    before = schema_state(schema_graph)
    assert apply_schema(schema_graph) == []
    assert schema_state(schema_graph) == before


def test_changed_fulltext_definition_is_rebuilt(schema_graph: neo4j.Driver) -> None:
    schema_graph.execute_query(f"DROP INDEX {FULLTEXT_INDEX}")
    schema_graph.execute_query(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} FOR (n:Body) ON EACH [n.name] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}"
    )
    assert apply_schema(schema_graph) == [FULLTEXT_INDEX]
    config = schema_state(schema_graph).indexes[FULLTEXT_INDEX]["options"]["indexConfig"]
    assert config["fulltext.analyzer"] == FULLTEXT_ANALYZER


def _write_named(driver: neo4j.Driver, label: str, names: list[str]) -> None:
    rows = [{"key": f"test/{fold(n)}", "name": n, "name_folded": fold(n)} for n in names]
    driver.execute_query(
        f"UNWIND $rows AS row MERGE (n:`{mapping.label(label)}` {{key: row.key}}) SET n += row",
        rows=rows,
    )
    driver.execute_query("CALL db.awaitIndexes(60)")


def test_fulltext_finds_folded_words(schema_graph: neo4j.Driver) -> None:
    _write_named(schema_graph, "Project", ["Cầu Trà Khúc 3", "Cầu Thạch Bích"])
    assert _search(schema_graph, "tra khuc") == ["Cầu Trà Khúc 3"]
    assert _search(schema_graph, "Trà Khúc") == ["Cầu Trà Khúc 3"]


def test_words_folding_to_english_stop_words_do_not_vanish(schema_graph: neo4j.Driver) -> None:
    # With standard-folding, "to" and "the" would be dropped and "Chức năng" would match too.
    _write_named(schema_graph, "Body", ["Tổ chức", "Chức năng", "Thể thao"])
    assert _search(schema_graph, "to chuc") == ["Tổ chức"]
    assert _search(schema_graph, "to") == ["Tổ chức"]
    assert _search(schema_graph, "the thao") == ["Thể thao"]


def _operators(plan: dict[str, Any]) -> set[str]:
    """The operator names of a query plan, without their planner suffix (`NodeIndexSeek@neo4j`)."""
    own = {str(plan["operatorType"]).split("@")[0]}
    return own | {o for child in plan.get("children", []) for o in _operators(child)}


def test_a_documents_reviews_are_found_by_index(schema_graph: neo4j.Driver) -> None:
    _, summary, _ = schema_graph.execute_query("EXPLAIN " + reviews.REVIEWS_OF, docs=["doc/a", "doc/b"])
    assert summary.plan is not None
    operators = _operators(summary.plan)
    assert "NodeIndexSeek" in operators and "NodeByLabelScan" not in operators, operators
