"""Constraints and indexes derived from the ontology, applied idempotently (CREATE ... IF NOT EXISTS)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, LiteralString

import neo4j

from graph import readmodel, rendered
from graph.errors import SchemaError, translated
from graph.queries import readmodel as read_model
from graph.queries import schema as q
from ontology import mapping

FULLTEXT_INDEX = "kg_search"
# standard-folding drops English stop words, which swallows Vietnamese words folding onto them
# ("tổ" -> "to", "thể" -> "the"); we fold ourselves into name_folded and keep every word.
FULLTEXT_ANALYZER = "standard-no-stop-words"
RANGE_INDEXES: tuple[tuple[str, str], ...] = (
    ("Document", "symbol"),
    ("Document", "year"),
    ("Document", "date"),
    ("Assignment", "role"),
    ("Evidence", "document"),
    ("Task", "status"),
    ("Task", "due"),
    ("Place", "kind"),
    # Re-application and unloading find a document's reviews by it (graph/queries/reviews.py REVIEWS_OF).
    ("Review", "document"),
)


@dataclass(frozen=True)
class SchemaState:
    """Constraints and indexes as the server reports them (names, entities, properties, options)."""

    constraints: dict[str, dict[str, Any]]
    indexes: dict[str, dict[str, Any]]


def statements() -> list[LiteralString]:
    """The Cypher that creates every constraint and range index (labels only from the ontology)."""
    out = [q.key_constraint(label, mapping.key_of(label)) for label in sorted(mapping.LABELS)]
    for label, prop in RANGE_INDEXES:
        mapping.prop(prop)
        out.append(q.range_index(mapping.label(label), prop))
    return out + read_model.index_statements()


def fulltext_statement() -> LiteralString:
    """The Cypher that creates the kg_search full-text index over the searchable labels."""
    labels = sorted(mapping.SEARCHABLE_LABELS)
    return q.fulltext_index(FULLTEXT_INDEX, labels, mapping.SEARCH_PROPERTIES, FULLTEXT_ANALYZER)


def _run(
    driver: neo4j.Driver, cypher: LiteralString, database: str | None, **params: Any
) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(cypher, params, database_=database)
    return [r.data() for r in records]


def _fulltext_is_current(state: SchemaState) -> bool:
    index = state.indexes.get(FULLTEXT_INDEX)
    if index is None:
        return True  # absent: CREATE ... IF NOT EXISTS makes it
    config = (index.get("options") or {}).get("indexConfig", {})
    return (
        index["type"] == "FULLTEXT"
        and set(index["labelsOrTypes"] or []) == set(mapping.SEARCHABLE_LABELS)
        and list(index["properties"] or []) == list(mapping.SEARCH_PROPERTIES)
        and config.get("fulltext.analyzer") == FULLTEXT_ANALYZER
    )


def apply_schema(driver: neo4j.Driver, database: str | None = None, timeout_s: int = 300) -> list[str]:
    """Create what is missing, rebuild kg_search if its definition changed; return names created."""
    with translated(failed=SchemaError, doing="schema operation failed"):
        before = schema_state(driver, database)
        if not _fulltext_is_current(before):
            _run(driver, q.drop_index(FULLTEXT_INDEX), database)
        for cypher in [*statements(), fulltext_statement()]:
            _run(driver, cypher, database)
        # Full-text population is asynchronous; wait so a caller's first search sees every node.
        _run(driver, q.AWAIT_INDEXES, database, timeout=timeout_s)
        after = schema_state(driver, database)
        # A graph loaded before the read model existed gets its rows now (once: then the writer keeps them).
        readmodel.migrate(driver, database)
        # And the rows' rendered items, where a graph has none yet (graph.rendered).
        rendered.render(driver, database)
    created = (set(after.constraints) - set(before.constraints)) | (set(after.indexes) - set(before.indexes))
    if not _fulltext_is_current(before):
        created.add(FULLTEXT_INDEX)
    return sorted(created)


def schema_state(driver: neo4j.Driver, database: str | None = None) -> SchemaState:
    """The server's constraints and indexes (backing indexes of constraints excluded), by name."""
    with translated(failed=SchemaError, doing="schema operation failed"):
        constraints = _run(driver, q.CONSTRAINTS, database)
        indexes = _run(driver, q.INDEXES, database)
    return SchemaState(
        constraints={c["name"]: c for c in constraints},
        indexes={i["name"]: i for i in indexes},
    )
