"""The schema's Cypher: key constraints, range and full-text indexes, and reading them back.

Names of labels, properties and indexes cannot be parameters; they come from the ontology (graph.schema
passes only names `ontology.mapping` declares) and are quoted here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import LiteralString, cast


def _q(name: str) -> str:
    return f"`{name.replace('`', '``')}`"


def constraint_name(label: str) -> str:
    return f"{label.lower()}_key"


def index_name(label: str, prop: str) -> str:
    return f"{label.lower()}_{prop}"


def key_constraint(label: str, key: str) -> LiteralString:
    """A uniqueness constraint on `label`'s key, created only if missing."""
    return cast(
        LiteralString,
        f"CREATE CONSTRAINT {_q(constraint_name(label))} IF NOT EXISTS "
        f"FOR (n:{_q(label)}) REQUIRE n.{_q(key)} IS UNIQUE",
    )


def range_index(label: str, prop: str) -> LiteralString:
    """A range index on `label`.`prop`, created only if missing."""
    return cast(
        LiteralString,
        f"CREATE INDEX {_q(index_name(label, prop))} IF NOT EXISTS FOR (n:{_q(label)}) ON (n.{_q(prop)})",
    )


def fulltext_index(name: str, labels: Iterable[str], props: Iterable[str], analyzer: str) -> LiteralString:
    """A full-text index over `labels` and `props` with `analyzer`, created only if missing."""
    on_labels = "|".join(_q(label) for label in labels)
    on_props = ", ".join(f"n.{_q(p)}" for p in props)
    return cast(
        LiteralString,
        f"CREATE FULLTEXT INDEX {_q(name)} IF NOT EXISTS FOR (n:{on_labels}) ON EACH [{on_props}] "
        f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{analyzer}'}}}}",
    )


def drop_index(name: str) -> LiteralString:
    return cast(LiteralString, f"DROP INDEX {_q(name)} IF EXISTS")


AWAIT_INDEXES: LiteralString = "CALL db.awaitIndexes($timeout)"
CONSTRAINTS: LiteralString = (
    "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties "
    "RETURN name, type, entityType, labelsOrTypes, properties"
)
# Backing indexes of constraints and the built-in lookup indexes left out.
INDEXES: LiteralString = (
    "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, "
    "owningConstraint, state "
    "WHERE owningConstraint IS NULL AND type <> 'LOOKUP' "
    "RETURN name, type, entityType, labelsOrTypes, properties, options, state"
)
