"""The neighbourhood of any node, bounded in depth and size, as nodes and edges for visualisation."""

from __future__ import annotations

from typing import Any, LiteralString

import neo4j

from graph.answers.neighbourhood import Neighbourhood
from graph.reader import Reader
from graph.values import plain
from ontology import mapping
from ontology.keys import label_of_key as label_of_key  # the key grammar lives beside the builders

# Labels come from the ontology's closed vocabulary only; one fixed query per label.
_FIND: dict[str, LiteralString] = {
    label: "MATCH (n:`" + mapping.label(label) + "` {key: $key}) RETURN elementId(n) AS id"  # type: ignore[misc]
    for label in sorted(mapping.LABELS)
}

EXPAND = """
MATCH (a) WHERE elementId(a) IN $frontier
MATCH (a)-[r]-(b)
WHERE NOT b:Evidence AND NOT b:LoadRun
RETURN elementId(r) AS id, type(r) AS type, elementId(startNode(r)) AS source,
  elementId(endNode(r)) AS target, properties(r) AS props, elementId(b) AS other
LIMIT $limit
"""

NODES = """
MATCH (n) WHERE elementId(n) IN $ids
RETURN elementId(n) AS id, labels(n) AS labels, n.key AS key, coalesce(n.name, n.symbol, n.key) AS name
"""


def _find(tx: neo4j.ManagedTransaction, key: str) -> str | None:
    guess = label_of_key(key)
    for label in ([guess] if guess else []) + [x for x in sorted(_FIND) if x != guess]:
        found = tx.run(_FIND[label], key=key).single()
        if found is not None:
            return str(found["id"])
    return None


def neighbourhood(reader: Reader, key: str, *, depth: int = 1, limit: int = 100) -> Neighbourhood | None:
    """Nodes and edges within `depth` hops of the node `key`, at most `limit` nodes; None if no node."""

    def work(tx: neo4j.ManagedTransaction) -> dict[str, Any] | None:
        start = _find(tx, key)
        if start is None:
            return None
        seen: dict[str, int] = {start: 0}
        edges: dict[str, dict[str, Any]] = {}
        frontier, truncated = [start], False
        for level in range(1, depth + 1):
            if not frontier:
                break
            room = limit - len(seen)
            found = list(tx.run(EXPAND, frontier=frontier, limit=max(room, 0) * 4 + 1))
            nxt: list[str] = []
            for rec in found:
                other = rec["other"]
                if other not in seen:
                    if len(seen) >= limit:
                        truncated = True
                        continue
                    seen[other] = level
                    nxt.append(other)
                edges[rec["id"]] = {
                    "id": rec["id"],
                    "type": rec["type"],
                    "source": rec["source"],
                    "target": rec["target"],
                    "properties": plain(dict(rec["props"])),
                }
            truncated = truncated or len(found) > room * 4
            frontier = nxt
        nodes = []
        for rec in tx.run(NODES, ids=list(seen)):
            nodes.append(
                {
                    "id": rec["id"],
                    "key": rec["key"],
                    "label": mapping.primary_label(rec["labels"]),
                    "labels": sorted(rec["labels"]),
                    "name": rec["name"],
                    "depth": seen[rec["id"]],
                }
            )
        kept = [e for e in edges.values() if e["source"] in seen and e["target"] in seen]
        nodes.sort(key=lambda n: (n["depth"], n["label"], n["key"] or ""))
        kept.sort(key=lambda e: (e["type"], e["source"], e["target"], e["id"]))
        return {
            "root": start,
            "depth": depth,
            "nodes": nodes,
            "edges": kept,
            "truncated": truncated,
            "limit": limit,
        }

    found = reader.run(work)
    return None if found is None else Neighbourhood.model_validate(found)
