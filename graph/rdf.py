"""The RDF view of Neo4j: export the graph or a node's neighbourhood, import RDF back (same vocabulary).

Reading and writing Neo4j happens here; building and parsing RDF happens in ontology.rdf, so this
module passes plain nodes and relationships and never touches rdflib itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, LiteralString, cast

import neo4j
from neo4j import time as ntime

from graph.driver import Rows
from graph.errors import GraphError, NotFound, WriteError
from graph.queries.base import translated
from ontology import OntologyError, mapping
from ontology.rdf import RdfNode, RdfRel, RdfView, build, parse, read

BATCH = 1000


@dataclass(frozen=True)
class ImportCounts:
    """How many nodes and relationships an import merged."""

    nodes: int
    relationships: int


def _native(value: Any) -> Any:
    if isinstance(value, list):
        return [_native(v) for v in value]
    if isinstance(value, ntime.Date | ntime.DateTime | ntime.Time):
        return value.to_native()
    return value


def _node(labels: list[str], props: dict[str, Any]) -> RdfNode | None:
    props = {k: _native(v) for k, v in props.items()}
    key = props.pop("key", None)
    return RdfNode(tuple(sorted(labels)), key, props) if isinstance(key, str) else None


def _rel(row: dict[str, Any]) -> RdfRel | None:
    try:
        start, end = mapping.primary_label(row["s_labels"]), mapping.primary_label(row["e_labels"])
    except OntologyError:
        return None
    props = {k: _native(v) for k, v in row["props"].items()}
    return RdfRel(row["type"], start, row["s_key"], end, row["e_key"], props)


def _read_all(tx: neo4j.ManagedTransaction) -> tuple[list[RdfNode], list[RdfRel]]:
    node_rows = tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").data()
    rel_rows = tx.run(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
        "labels(a) AS s_labels, a.key AS s_key, labels(b) AS e_labels, b.key AS e_key"
    ).data()
    nodes = [n for row in node_rows if (n := _node(row["labels"], row["props"]))]
    rels = [r for row in rel_rows if (r := _rel(row))]
    return nodes, rels


def _read_around(
    tx: neo4j.ManagedTransaction, label: str, key: str, depth: int
) -> tuple[list[RdfNode], list[RdfRel]]:
    # Labels come from the closed vocabulary and depth is a checked int: neither can be a parameter.
    cypher = (
        f"MATCH (n:`{mapping.label(label)}` {{key: $key}}) "
        f"OPTIONAL MATCH p = (n)-[*1..{depth}]-() "
        "UNWIND CASE WHEN p IS NULL THEN [NULL] ELSE relationships(p) END AS r "
        "WITH n, collect(DISTINCT r) AS rels "
        "UNWIND CASE WHEN size(rels) = 0 THEN [NULL] ELSE rels END AS r "
        "WITH n, r, startNode(r) AS a, endNode(r) AS b "
        "RETURN labels(n) AS n_labels, properties(n) AS n_props, type(r) AS type, properties(r) AS props, "
        "labels(a) AS s_labels, properties(a) AS s_props, a.key AS s_key, "
        "labels(b) AS e_labels, properties(b) AS e_props, b.key AS e_key"
    )
    rows = tx.run(cast(LiteralString, cypher), key=key).data()
    if not rows:
        raise NotFound(f"no {label} with key {key!r}")
    found: dict[tuple[str, ...], RdfNode] = {}
    rels: list[RdfRel] = []
    for row in rows:
        for labels, props in (
            (row["n_labels"], row["n_props"]),
            (row["s_labels"], row["s_props"]),
            (row["e_labels"], row["e_props"]),
        ):
            if labels is not None and (node := _node(labels, props)):
                found[(*node.labels, node.key)] = node
        if row["type"] is not None and (rel := _rel(row)):
            rels.append(rel)
    return list(found.values()), rels


def export_graph(driver: neo4j.Driver, database: str | None = None) -> RdfView:
    """The whole graph as RDF; `.serialize('turtle' | 'json-ld')` gives text, `.skipped` the unknown terms."""
    with translated(), driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        nodes, rels = session.execute_read(_read_all)
    return build(nodes, rels)


def export_node(
    driver: neo4j.Driver, label: str, key: str, depth: int = 1, database: str | None = None
) -> RdfView:
    """One node and its neighbourhood up to `depth` (1 or 2) relationships away, as RDF."""
    if depth not in (1, 2):
        raise ValueError(f"depth must be 1 or 2, not {depth!r}")
    mapping.label(label)
    with translated(), driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        nodes, rels = session.execute_read(_read_around, label, key, depth)
    return build(nodes, rels)


def _merge_nodes(tx: neo4j.ManagedTransaction, labels: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    primary = mapping.primary_label(labels)
    extra = "".join(f":`{mapping.label(x)}`" for x in labels if x != primary)
    set_extra = f" SET n{extra}" if extra else ""
    cypher = (
        f"UNWIND $rows AS row MERGE (n:`{mapping.label(primary)}` {{key: row.key}}) "
        f"SET n += row.props{set_extra}"
    )
    tx.run(cast(LiteralString, cypher), rows=rows).consume()


def _merge_rels(
    tx: neo4j.ManagedTransaction, shape: tuple[str, str, str], rows: list[dict[str, Any]]
) -> None:
    rel_type, start, end = shape
    cypher = (
        f"UNWIND $rows AS row MATCH (a:`{mapping.label(start)}` {{key: row.s}}) "
        f"MATCH (b:`{mapping.label(end)}` {{key: row.e}}) "
        f"MERGE (a)-[r:`{mapping.rel_type(rel_type)}`]->(b) SET r += row.props"
    )
    tx.run(cast(LiteralString, cypher), rows=rows).consume()


def import_rdf(
    driver: neo4j.Driver, text: str, fmt: str = "turtle", database: str | None = None
) -> ImportCounts:
    """MERGE the nodes and relationships of RDF text (this vocabulary) into Neo4j, in one transaction."""
    nodes, rels = read(parse(text, fmt))
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for node in nodes:
        by_labels[node.labels].append({"key": node.key, "props": node.props})
    by_shape: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel in rels:
        by_shape[(rel.type, rel.start_label, rel.end_label)].append(
            {"s": rel.start_key, "e": rel.end_key, "props": rel.props}
        )

    def work(tx: neo4j.ManagedTransaction) -> None:
        for labels, rows in by_labels.items():
            for i in range(0, len(rows), BATCH):
                _merge_nodes(tx, labels, Rows(rows[i : i + BATCH]))
        for shape, rows in by_shape.items():
            for i in range(0, len(rows), BATCH):
                _merge_rels(tx, shape, Rows(rows[i : i + BATCH]))

    try:
        with translated(), driver.session(database=database) as session:
            session.execute_write(work)
    except GraphError as e:
        raise WriteError(f"RDF import failed, nothing kept: {e}") from e
    return ImportCounts(nodes=len(nodes), relationships=len(rels))
