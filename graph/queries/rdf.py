"""The Cypher of the RDF view: a node's neighbourhood level by level (bounded), and the graph by streaming."""

from __future__ import annotations

from typing import LiteralString

from graph.queries.readmodel import DERIVED_COUNT, NOT_DERIVED
from ontology import mapping

# Labels come from the ontology's closed vocabulary only; one fixed query per label.
FIND: dict[str, LiteralString] = {
    label: "MATCH (n:`" + mapping.label(label) + "` {key: $key}) RETURN elementId(n) AS id"  # type: ignore[misc]
    for label in sorted(mapping.LABELS)
}

# The relationships at the frontier's nodes, at most $limit (DISTINCT streams, so LIMIT stops the scan).
EXPAND: LiteralString = """
MATCH (a) WHERE elementId(a) IN $frontier
MATCH (a)-[r]-(b)
WITH DISTINCT r, b
RETURN elementId(r) AS id, type(r) AS type, properties(r) AS props,
  elementId(startNode(r)) AS s, elementId(endNode(r)) AS e, elementId(b) AS other
LIMIT $limit
"""

NODES: LiteralString = """
MATCH (n) WHERE elementId(n) IN $ids
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
"""

# Read from the count store: no scan (the read model's derived rows, not in the RDF view, subtracted).
SIZE: LiteralString = (
    DERIVED_COUNT
    + """
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes - derived AS nodes, rels
"""
)

ALL_NODES: LiteralString = f"MATCH (n) WHERE {NOT_DERIVED} RETURN labels(n) AS labels, properties(n) AS props"
ALL_RELS: LiteralString = (
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
    "labels(a) AS s_labels, a.key AS s_key, labels(b) AS e_labels, b.key AS e_key"
)
