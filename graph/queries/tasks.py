"""Read queries on tasks: a filtered, paginated list anchored on the most selective filter."""

from __future__ import annotations

from typing import LiteralString

from graph.queries.base import Reader, Row, page

# Each anchor starts from the node a filter names (an index lookup), so no filter scans every task.
_ANCHORS: dict[str, LiteralString] = {
    "body": "MATCH (:Body {key: $body})<-[:ASSIGNED_TO]-(:Assignment)<-[:HAS_ASSIGNMENT]-(t:Task) "
    "WITH DISTINCT t",
    "project": "MATCH (:Project {key: $project})<-[:CONCERNS]-(t:Task)",
    "place": "MATCH (:Place {key: $place})<-[:CONCERNS]-(t:Task)",
    "document": "MATCH (t:Task) WHERE t.key STARTS WITH $document + '#'",
    "none": "MATCH (t:Task)",
}

_FILTERS: LiteralString = """
WITH t WHERE ($document IS NULL OR t.key STARTS WITH $document + '#')
  AND ($project IS NULL OR EXISTS { (t)-[:CONCERNS]->(:Project {key: $project}) })
  AND ($place IS NULL OR EXISTS { (t)-[:CONCERNS]->(:Place {key: $place}) })
  AND (($body IS NULL AND $role IS NULL) OR EXISTS {
        (t)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
        WHERE ($body IS NULL OR b.key = $body) AND ($role IS NULL OR a.role = $role) })
  AND ($period IS NULL OR coalesce(toString(t.due), '') STARTS WITH $period OR EXISTS {
        MATCH (d:Document {key: split(t.key, '#')[0]}) WHERE toString(d.date) STARTS WITH $period })
WITH t ORDER BY t.key SKIP $offset LIMIT $limit
MATCH (t)-[:DERIVED_FROM]->(p:Provision)
RETURN t {.key, .name, .text, .domain, .status, .due,
  document: split(t.key, '#')[0],
  provision: p {.key, .path, .label},
  assignments: [(t)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
     | {role: a.role, implied: a.implied, key: b.key, name: b.name}],
  concerns: [(t)-[:CONCERNS]->(c) | {key: c.key, name: c.name, labels: labels(c)}]
} AS task
"""

QUERIES: dict[str, LiteralString] = {name: anchor + _FILTERS for name, anchor in _ANCHORS.items()}


def list_tasks(
    reader: Reader,
    *,
    body: str | None = None,
    role: str | None = None,
    project: str | None = None,
    document: str | None = None,
    place: str | None = None,
    period: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[Row], bool]:
    """Tasks ordered by key, filtered by body, role, project, document, place and period (YYYY or YYYY-MM)."""
    given = {"body": body, "project": project, "place": place, "document": document}
    anchor = next((name for name, value in given.items() if value is not None), "none")
    rows = reader.rows(QUERIES[anchor], **given, role=role, period=period, offset=offset, limit=limit + 1)
    return page([r["task"] for r in rows], limit)
