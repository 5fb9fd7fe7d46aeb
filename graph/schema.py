"""Constraints and indexes derived from the ontology, applied idempotently (CREATE ... IF NOT EXISTS)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, LiteralString, cast

import neo4j
from neo4j import exceptions as nx

from graph.errors import SchemaError
from ontology import mapping
from ontology.text import fold

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
)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SchemaState:
    """Constraints and indexes as the server reports them (names, entities, properties, options)."""

    constraints: dict[str, dict[str, Any]]
    indexes: dict[str, dict[str, Any]]


def _q(name: str) -> str:
    return f"`{name.replace('`', '``')}`"


def _constraint_name(label: str) -> str:
    return f"{label.lower()}_key"


def _index_name(label: str, prop: str) -> str:
    return f"{label.lower()}_{prop}"


def statements() -> list[str]:
    """The Cypher that creates every constraint and range index (labels only from the ontology)."""
    out = []
    for label in sorted(mapping.LABELS):
        key = mapping.key_of(label)
        out.append(
            f"CREATE CONSTRAINT {_q(_constraint_name(label))} IF NOT EXISTS "
            f"FOR (n:{_q(label)}) REQUIRE n.{_q(key)} IS UNIQUE"
        )
    for label, prop in RANGE_INDEXES:
        mapping.prop(prop)
        out.append(
            f"CREATE INDEX {_q(_index_name(mapping.label(label), prop))} IF NOT EXISTS "
            f"FOR (n:{_q(label)}) ON (n.{_q(prop)})"
        )
    return out


def fulltext_statement() -> str:
    """The Cypher that creates the kg_search full-text index over the searchable labels."""
    labels = "|".join(_q(label) for label in sorted(mapping.SEARCHABLE_LABELS))
    props = ", ".join(f"n.{_q(p)}" for p in mapping.SEARCH_PROPERTIES)
    return (
        f"CREATE FULLTEXT INDEX {_q(FULLTEXT_INDEX)} IF NOT EXISTS FOR (n:{labels}) ON EACH [{props}] "
        f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{FULLTEXT_ANALYZER}'}}}}"
    )


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except (nx.Neo4jError, nx.DriverError) as e:
        raise SchemaError(f"schema operation failed: {e}") from e


def _run(driver: neo4j.Driver, cypher: str, database: str | None, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(cast(LiteralString, cypher), params, database_=database)
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
    with _translated():
        before = schema_state(driver, database)
        if not _fulltext_is_current(before):
            _run(driver, f"DROP INDEX {_q(FULLTEXT_INDEX)} IF EXISTS", database)
        for cypher in [*statements(), fulltext_statement()]:
            _run(driver, cypher, database)
        # Full-text population is asynchronous; wait so a caller's first search sees every node.
        _run(driver, "CALL db.awaitIndexes($timeout)", database, timeout=timeout_s)
        after = schema_state(driver, database)
    created = (set(after.constraints) - set(before.constraints)) | (set(after.indexes) - set(before.indexes))
    if not _fulltext_is_current(before):
        created.add(FULLTEXT_INDEX)
    return sorted(created)


def schema_state(driver: neo4j.Driver, database: str | None = None) -> SchemaState:
    """The server's constraints and indexes (backing indexes of constraints excluded), by name."""
    with _translated():
        constraints = _run(
            driver,
            "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties "
            "RETURN name, type, entityType, labelsOrTypes, properties",
            database,
        )
        indexes = _run(
            driver,
            "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, "
            "owningConstraint, state "
            "WHERE owningConstraint IS NULL AND type <> 'LOOKUP' "
            "RETURN name, type, entityType, labelsOrTypes, properties, options, state",
            database,
        )
    return SchemaState(
        constraints={c["name"]: c for c in constraints},
        indexes={i["name"]: i for i in indexes},
    )


def fulltext_query(text: str, prefix: bool = False) -> str:
    """A Lucene query on name_folded requiring every folded word of `text` ('' when none).

    With prefix=True the last word also matches as a prefix (for search-as-you-type).
    """
    # Only letters and digits: the analyzer splits on the rest, and no Lucene syntax gets through.
    words = _WORD.findall(fold(text))
    if not words:
        return ""
    if prefix:
        words[-1] += "*"
    return " ".join(f"+name_folded:{w}" for w in words)
