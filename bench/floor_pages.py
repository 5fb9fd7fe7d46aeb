"""The floor of an uncached read (bench/api_floor.py): a body's first page kept pre-rendered in the graph.

Each item of a body's first page, as the API serves it, is one `BenchFloorPage` node {body, sort, item}
(the item's JSON bytes as a string) under a composite (body, sort) index: the read is one index range
seek that returns the page's strings, and the route joins them into the page's envelope with no model,
no validation and no serialisation. This is the cheapest read a pre-rendered read model could offer
(issue 16's suggested next step), measured through the same HTTP stack, driver and Neo4j as the real
endpoint. Bench-only: the nodes are written before the rows and removed after them.
"""

from __future__ import annotations

from typing import LiteralString

import neo4j
import orjson

from graph.queries.tasks import STATUS

LABEL: LiteralString = "BenchFloorPage"
PAGE_SIZE = 20

WRITE: LiteralString = "UNWIND $rows AS row CREATE (n:BenchFloorPage) SET n = row"
INDEX: LiteralString = (
    "CREATE INDEX bench_floor_page IF NOT EXISTS FOR (n:BenchFloorPage) ON (n.body, n.sort)"
)
AWAIT: LiteralString = "CALL db.awaitIndexes(600)"
DROP_INDEX: LiteralString = "DROP INDEX bench_floor_page IF EXISTS"
REMOVE: LiteralString = "MATCH (n:BenchFloorPage) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS"
# One record: the page's item strings in sort order (limit = page size + 1 tells whether more follow).
PAGE: LiteralString = """
MATCH (n:BenchFloorPage) WHERE n.body = $key AND n.sort >= ''
WITH n ORDER BY n.sort LIMIT $limit
RETURN collect(n.item) AS items
"""


def write(driver: neo4j.Driver, pages: dict[str, list[bytes]]) -> int:
    """Store each body's items (JSON bytes) as nodes; returns how many were written."""
    rows = [
        {"body": body, "sort": f"{i:06d}", "item": item.decode("utf-8")}
        for body, items in pages.items()
        for i, item in enumerate(items)
    ]
    remove(driver)
    driver.execute_query(WRITE, rows=rows)
    driver.execute_query(INDEX)
    driver.execute_query(AWAIT)
    return len(rows)


def remove(driver: neo4j.Driver) -> None:
    """Delete the floor's nodes and index (the bench graph is left as bench/api_load.py expects it)."""
    with driver.session() as session:
        session.run(REMOVE).consume()
    driver.execute_query(DROP_INDEX)


def envelope(items: list[str], more_url: str | None) -> bytes:
    """The page as the API's page_response writes it: items, limit, offset and the next page's URL."""
    nxt = "null" if more_url is None else '"' + more_url + '"'
    head = '{"items":[' + ",".join(items[:PAGE_SIZE]) + "]"
    return (head + f',"limit":{PAGE_SIZE},"offset":0,"next":{nxt}}}').encode("utf-8")


# The design of a rendered read model (issue 16's next step), measured before it is built: one node per
# item of the first page, {body, sort = the assignment's key, task, head, tail, t_gen}, the item's JSON
# split around its task's status (the one value that depends on the day). The read walks the body's
# ASSIGNED_TO chain as the real query does (its order, its review-state filter), seeks each item by
# (body, assignment) and its task by key, computes the status live, and checks two generations: the
# task's (reviews would bump it) and the graph's names (a renamed body, project or place would bump it).
# A stale or missing item would be read live; here every item must be fresh.
RENDERED_LABEL: LiteralString = "BenchRenderedItem"
MARK = "\u0000status"
WRITE_RENDERED: LiteralString = (
    "UNWIND $rows AS row CREATE (n:BenchRenderedItem) SET n = row "
    "WITH count(*) AS n MERGE (g:BenchRenderedGen) SET g.n_gen = 0"
)
RENDERED_INDEX: LiteralString = (
    "CREATE INDEX bench_rendered_item IF NOT EXISTS FOR (n:BenchRenderedItem) ON (n.body, n.sort)"
)
DROP_RENDERED_INDEX: LiteralString = "DROP INDEX bench_rendered_item IF EXISTS"
REMOVE_RENDERED: LiteralString = (
    "MATCH (n) WHERE n:BenchRenderedItem OR n:BenchRenderedGen "
    "CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS"
)
ASSIGNMENTS: LiteralString = """
MATCH (b:Body {key: $key})<-[:ASSIGNED_TO]-(a:Assignment)
WHERE NOT coalesce(a.review_state, '') IN $hidden
WITH a LIMIT $limit
MATCH (t:Task)-[:HAS_ASSIGNMENT]->(a)
RETURN a.key AS assignment, t.key AS task
"""
RENDERED: LiteralString = (  # type: ignore[assignment]
    """
OPTIONAL MATCH (b:Body {key: $key})
OPTIONAL MATCH (g:BenchRenderedGen)
CALL (b) {
  MATCH (b)<-[:ASSIGNED_TO]-(a:Assignment)
  WHERE ($role IS NULL OR a.role = $role) AND NOT coalesce(a.review_state, '') IN $hidden
  WITH a SKIP $offset LIMIT $limit
  OPTIONAL MATCH (n:BenchRenderedItem {body: $key, sort: a.key})
  OPTIONAL MATCH (t:Task {key: n.task})
  RETURN collect([n.head, """
    + STATUS
    + """, n.tail, n.t_gen = coalesce(t.rgen, 0)]) AS items
}
RETURN b IS NOT NULL AS found, g.n_gen = 0 AS names_fresh, items
"""
)


def split(item: bytes) -> tuple[str, str]:
    """The item's JSON before and after its task's status value."""
    data = orjson.loads(item)
    data["task"]["status"] = MARK
    head, tail = orjson.dumps(data).decode("utf-8").split(orjson.dumps(MARK).decode("utf-8"))
    return head, tail


def write_rendered(driver: neo4j.Driver, pages: dict[str, list[bytes]], hidden: list[str]) -> int:
    """Store each body's items split around the status, keyed by their assignments; returns the count."""
    rows = []
    for body, items in pages.items():
        found, _, _ = driver.execute_query(ASSIGNMENTS, key=body, hidden=hidden, limit=len(items))
        for item, rec in zip(items, found, strict=True):
            if orjson.loads(item)["task"]["key"] != rec["task"]:
                raise SystemExit(f"{body}: the chain's order differs from the API's page")
            head, tail = split(item)
            rows.append(
                {
                    "body": body,
                    "sort": rec["assignment"],
                    "task": rec["task"],
                    "head": head,
                    "tail": tail,
                    "t_gen": 0,
                }
            )
    driver.execute_query(WRITE_RENDERED, rows=rows)
    driver.execute_query(RENDERED_INDEX)
    driver.execute_query(AWAIT)
    return len(rows)


def remove_rendered(driver: neo4j.Driver) -> None:
    """Delete the rendered items, their generation node and their index."""
    with driver.session() as session:
        session.run(REMOVE_RENDERED).consume()
    driver.execute_query(DROP_RENDERED_INDEX)


def joined(found: list[object] | None) -> list[str] | None:
    """The rendered page's items with their live status, or None if any is missing or stale."""
    if not found or not found[0] or not found[1]:
        return None
    out = []
    for head, status, tail, fresh in found[2]:  # type: ignore[attr-defined]
        if head is None or not fresh:
            return None
        out.append(head + orjson.dumps(status).decode("utf-8") + tail)
    return out
