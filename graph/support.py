"""Withdrawing documents' support: what only they supported is deleted, shared nodes lose their keys."""

from __future__ import annotations

import neo4j

from graph import readmodel
from graph.driver import Rows
from graph.queries import write as cypher
from graph.record_checks import REFERENCE_PROPS, SUPPORT_RINGS, same_file
from graph.records import DocumentRecords


def unsupport(tx: neo4j.ManagedTransaction, docs: list[str], revert: bool) -> int:
    """Withdraw the documents' support from everything they wrote; returns how many elements were deleted."""
    readmodel.withdraw(tx, docs)  # derived rows, not counted among the deleted elements
    owned = [dict(r) for r in tx.run(cypher.owned_nodes(), docs=docs)]
    node_docs: dict[str, set[str]] = {}
    rel_docs: dict[str, set[str]] = {}
    for row in owned:
        node_docs.setdefault(row["id"], set()).add(row["doc"])
    frontier = owned
    # Rings: relationships at owned nodes, then those of the shared nodes they reach (SUPPORT_RINGS).
    for _ in range(SUPPORT_RINGS):
        found = []
        for r in tx.run(cypher.SUPPORTED_AROUND, rows=Rows(frontier)):
            rel_docs.setdefault(r["rel"], set()).add(r["doc"])
            if r["supported"] and r["doc"] not in node_docs.get(r["other"], set()):
                node_docs.setdefault(r["other"], set()).add(r["doc"])
                found.append({"doc": r["doc"], "id": r["other"]})
        frontier = found
        if not frontier:
            break
    deleted = tx.run(
        cypher.UNSUPPORT_RELS, rows=Rows({"id": i, "docs": sorted(d)} for i, d in rel_docs.items())
    )
    n = int(deleted.single(strict=True)["deleted"])
    reverts = []
    if revert:
        for r in tx.run(cypher.LOADED_DOCUMENTS, keys=docs):
            props = {k: v for k, v in r["props"].items() if k in REFERENCE_PROPS}
            left = [s for s in r["props"].get("sources", []) if s not in docs]
            reverts.append(
                {"key": r["key"], "props": {**props, "key": r["key"], "loaded": False, "sources": left}}
            )
    deleted = tx.run(
        cypher.UNSUPPORT_NODES, rows=Rows({"id": i, "docs": sorted(d)} for i, d in node_docs.items())
    )
    n += int(deleted.single(strict=True)["deleted"])
    if reverts:
        tx.run(cypher.REPLACE_DOCUMENTS, rows=Rows(reverts)).consume()
    return n


def previous_versions(tx: neo4j.ManagedTransaction, docs: list[DocumentRecords]) -> list[str]:
    """Loaded documents that are earlier versions of these (same file, key under `version_of`)."""
    rows = Rows({"key": d.document_key, "prefix": d.version_of} for d in docs if d.version_of)
    if not rows:
        return []
    path = {d.document_key: d.source_path for d in docs}
    return sorted(
        {
            r["old"]
            for r in tx.run(cypher.PREVIOUS_VERSIONS, rows=rows)
            if same_file(r["path"], path[r["key"]])
        }
    )
