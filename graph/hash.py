"""A canonical, order-independent content hash of the graph, and counts by label and type."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import neo4j

from graph.queries import hash as cypher
from graph.values import plain
from ontology import OntologyError, mapping

# Volatile or local: which run wrote a fact, when, and from which path on which machine.
VOLATILE_PROPS = frozenset({"source_path"})
SET_PROPS = frozenset({"sources"})  # lists whose order only records the order of loading
_MOD = 2**256


@dataclass
class GraphDigest:
    """The hash and the number of nodes and relationships it covers (LoadRun and GENERATED_BY excluded)."""

    sha256: str
    nodes: int
    rels: int


def _props(props: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in props.items():
        if name in VOLATILE_PROPS:
            continue
        value = plain(value)
        out[name] = sorted(value) if name in SET_PROPS and isinstance(value, list) else value
    return out


def _node_id(labels: list[str], key: Any) -> list[Any]:
    try:
        primary = mapping.primary_label(labels)
    except LookupError:
        primary = ",".join(sorted(labels))
    return [primary, key]


def _digest(item: Any) -> int:
    text = json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return int.from_bytes(hashlib.sha256(text.encode()).digest(), "big")


def graph_hash(driver: neo4j.Driver, database: str | None = None) -> GraphDigest:
    """Hash every node (labels, properties) and relationship (type, end keys, properties), as a multiset."""
    total = 0
    nodes = rels = 0
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        for row in session.run(cypher.HASH_NODES):
            total = (total + _digest(["n", sorted(row["labels"]), _props(row["props"])])) % _MOD
            nodes += 1
        for row in session.run(cypher.HASH_RELS):
            item = [
                "r",
                row["type"],
                _node_id(row["al"], row["ak"]),
                _node_id(row["bl"], row["bk"]),
                _props(row["props"]),
            ]
            total = (total + _digest(item)) % _MOD
            rels += 1
    # The counts go in too: a sum alone would let an element and its copy cancel out modulo 2**256.
    final = hashlib.sha256(f"{total:064x}:{nodes}:{rels}".encode()).hexdigest()
    return GraphDigest(sha256=final, nodes=nodes, rels=rels)


def graph_counts(driver: neo4j.Driver, database: str | None = None) -> dict[str, dict[str, int]]:
    """Nodes per primary label (Document:PartyDocument counts once, as Document), relationships per type."""
    records, _, _ = driver.execute_query(
        cypher.COUNTS, database_=database, routing_=neo4j.RoutingControl.READ
    )
    out: dict[str, dict[str, int]] = {"node": {}, "rel": {}}
    for r in records:
        name = r["name"][0] if r["kind"] == "rel" else _primary(r["name"])
        out[r["kind"]][name] = out[r["kind"]].get(name, 0) + r["n"]
    return out


def _primary(labels: list[str]) -> str:
    try:
        return mapping.primary_label(labels)
    except OntologyError:
        return ":".join(sorted(labels)) or "(no label)"


def orphans(driver: neo4j.Driver, database: str | None = None) -> dict[str, int]:
    """Nodes and relationships that no document supports (curated nodes and the run log excepted)."""
    n, _, _ = driver.execute_query(cypher.ORPHANS, database_=database, routing_=neo4j.RoutingControl.READ)
    r, _, _ = driver.execute_query(cypher.ORPHAN_RELS, database_=database, routing_=neo4j.RoutingControl.READ)
    return {"nodes": n[0]["nodes"], "rels": r[0]["rels"]}
