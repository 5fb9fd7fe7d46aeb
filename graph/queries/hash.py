"""The graph hash's and statistics' Cypher: every node and relationship but the run log and the read
model's derived rows (graph/queries/readmodel.py), counts, orphans."""

from __future__ import annotations

from typing import LiteralString

from graph.queries.readmodel import NOT_DERIVED
from graph.queries.runs import RUN_LABEL, RUN_REL

HASH_NODES: LiteralString = (
    f"MATCH (n) WHERE NOT n:{RUN_LABEL} AND {NOT_DERIVED} RETURN labels(n) AS labels, properties(n) AS props"
)
HASH_RELS: LiteralString = (
    f"MATCH (a)-[r]->(b) WHERE type(r) <> '{RUN_REL}' "
    "RETURN type(r) AS type, labels(a) AS al, a.key AS ak, labels(b) AS bl, b.key AS bk, "
    "properties(r) AS props"
)
COUNTS: LiteralString = (
    f"CALL () {{ MATCH (n) WHERE {NOT_DERIVED} RETURN labels(n) AS name, count(*) AS n, 'node' AS kind "
    "UNION ALL MATCH ()-[r]->() RETURN [type(r)] AS name, count(*) AS n, 'rel' AS kind } "
    "RETURN kind, name, n ORDER BY kind, name"
)
ORPHANS: LiteralString = (
    f"MATCH (n) WHERE NOT n:{RUN_LABEL} AND {NOT_DERIVED} AND size(coalesce(n.sources, [])) = 0 "
    "AND NOT coalesce(n.curated, false) RETURN count(n) AS nodes"
)
ORPHAN_RELS: LiteralString = (
    f"MATCH ()-[r]->() WHERE type(r) <> '{RUN_REL}' AND size(coalesce(r.sources, [])) = 0 "
    "RETURN count(r) AS rels"
)
