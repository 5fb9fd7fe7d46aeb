"""The RDF view of Neo4j: export the graph or a node's neighbourhood in the ontology's vocabulary.

Reading and writing Neo4j happens here; building and parsing RDF happens in ontology.rdf, so this
module passes plain nodes and relationships and never touches rdflib itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import neo4j

from graph.errors import NotFound, TooLarge, translated
from graph.queries import rdf as q
from graph.reader import Reader
from graph.values import native
from ontology import OntologyError, mapping
from ontology.rdf import RdfNode, RdfRel, RdfView, build

NODE_LIMIT = 2000  # relationships in one node's neighbourhood, by default


def _node(labels: list[str], props: dict[str, Any]) -> RdfNode | None:
    props = {k: native(v) for k, v in props.items()}
    key = props.pop("key", None)
    return RdfNode(tuple(sorted(labels)), key, props) if isinstance(key, str) else None


def _rel(row: dict[str, Any]) -> RdfRel | None:
    try:
        start, end = mapping.primary_label(row["s_labels"]), mapping.primary_label(row["e_labels"])
    except OntologyError:
        return None
    props = {k: native(v) for k, v in row["props"].items()}
    return RdfRel(row["type"], start, row["s_key"], end, row["e_key"], props)


@dataclass(frozen=True)
class NodeView:
    """A node's neighbourhood as RDF, and whether the relationship cap cut it short."""

    view: RdfView
    limit: int
    truncated: bool


def _reader(source: neo4j.Driver | Reader, database: str | None) -> Reader:
    return source if isinstance(source, Reader) else Reader(source, database, timeout_s=None)


def _read_around(
    tx: neo4j.ManagedTransaction, label: str, key: str, depth: int, limit: int
) -> tuple[list[RdfNode], list[RdfRel], bool]:
    """Expand level by level from the node, at most `limit` relationships in all (a hub has 30k)."""
    found = tx.run(q.FIND[label], key=key).single()
    if found is None:
        raise NotFound(f"no {label} with key {key!r}")
    start = str(found["id"])
    seen, frontier, truncated = {start}, [start], False
    rels: dict[str, Any] = {}
    for _ in range(depth):
        room = limit - len(rels)
        if not frontier or room <= 0:
            truncated = truncated or bool(frontier)
            break
        rows = list(tx.run(q.EXPAND, frontier=frontier, limit=room + 1))
        truncated = truncated or len(rows) > room
        nxt = []
        for row in rows[:room]:
            rels.setdefault(row["id"], row)
            if row["other"] not in seen:
                seen.add(row["other"])
                nxt.append(row["other"])
        frontier = nxt
    nodes = {r["id"]: r for r in tx.run(q.NODES, ids=list(seen))}
    out: list[RdfRel] = []
    for row in rels.values():
        a, b = nodes.get(row["s"]), nodes.get(row["e"])
        if a is None or b is None:
            continue
        rel = _rel(
            {
                "type": row["type"],
                "props": row["props"],
                "s_labels": a["labels"],
                "s_key": a["props"].get("key"),
                "e_labels": b["labels"],
                "e_key": b["props"].get("key"),
            }
        )
        if rel is not None:
            out.append(rel)
    kept = [n for r in nodes.values() if (n := _node(r["labels"], dict(r["props"])))]
    return kept, out, truncated


def graph_size(source: neo4j.Driver | Reader, database: str | None = None) -> int:
    """Nodes plus relationships, from the count store (no scan)."""
    row = _reader(source, database).rows(q.SIZE)[0]
    return int(row["nodes"]) + int(row["rels"])


def export_graph(
    source: neo4j.Driver | Reader, database: str | None = None, max_elements: int | None = None
) -> RdfView:
    """The whole graph as RDF, refused (TooLarge) above `max_elements`; `kg export` streams any size."""
    reader = _reader(source, database)
    if max_elements is not None and (size := graph_size(reader)) > max_elements:
        raise TooLarge(
            f"the graph has {size} nodes and relationships, more than one answer may hold ({max_elements})"
        )

    def work(tx: neo4j.ManagedTransaction) -> tuple[list[RdfNode], list[RdfRel]]:
        nodes = [n for row in tx.run(q.ALL_NODES) if (n := _node(row["labels"], dict(row["props"])))]
        rels = [r for row in tx.run(q.ALL_RELS) if (r := _rel(dict(row)))]
        return nodes, rels

    nodes, rels = reader.run(work)
    return build(nodes, rels)


def export_pages(driver: neo4j.Driver, database: str | None = None, page: int = 5000) -> Iterator[RdfView]:
    """The whole graph as RDF views of at most `page` elements each, read as a stream (memory flat)."""
    with (
        translated(),
        driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session,
        session.begin_transaction() as tx,
    ):
        batch: list[RdfNode] = []
        for row in tx.run(q.ALL_NODES):
            if node := _node(row["labels"], dict(row["props"])):
                batch.append(node)
            if len(batch) >= page:
                yield build(batch, [])
                batch = []
        yield build(batch, [])
        rels: list[RdfRel] = []
        for row in tx.run(q.ALL_RELS):
            if rel := _rel(dict(row)):
                rels.append(rel)
            if len(rels) >= page:
                yield build([], rels)
                rels = []
        yield build([], rels)


def node_view(
    source: neo4j.Driver | Reader,
    label: str,
    key: str,
    depth: int = 1,
    database: str | None = None,
    limit: int = NODE_LIMIT,
) -> NodeView:
    """One node and its neighbourhood up to `depth` (1 or 2) hops, at most `limit` relationships."""
    if depth not in (1, 2):
        raise ValueError(f"depth must be 1 or 2, not {depth!r}")
    mapping.label(label)
    nodes, rels, truncated = _reader(source, database).run(
        lambda tx: _read_around(tx, label, key, depth, limit)
    )
    return NodeView(build(nodes, rels), limit, truncated)
