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
