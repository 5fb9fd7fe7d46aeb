"""A batch's records as query rows: which nodes it may CREATE, and its node and relationship rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from graph.driver import Rows
from graph.record_checks import REFERENCE_PROPS, is_owned
from graph.records import DocumentRecords

Ident = tuple[str, str]  # (label, key) of a node
NodeRows = dict[tuple[str, str, tuple[str, ...]], Rows]
RelRows = dict[tuple[str, str, str, str], Rows]


def created_nodes(docs: list[DocumentRecords]) -> set[Ident]:
    """Nodes the batch may CREATE: owned by their document (not a Document node), named by no other."""
    owner: dict[Ident, str | None] = {}
    for doc in docs:
        for node in doc.nodes:
            ident = (node.label, node.key)
            mine = node.label != "Document" and is_owned(doc.document_key, node.key)
            if not mine or owner.setdefault(ident, doc.document_key) != doc.document_key:
                owner[ident] = None
    return {ident for ident, doc in owner.items() if doc}


def node_rows(docs: list[DocumentRecords], created: set[Ident]) -> NodeRows:
    """Rows per (mode, label, extra labels), one per node key, props merged in document order.

    A created node (owned by one document) gets its whole property map as its row; the others a
    {key, docs, props} row merged over the batch's documents.
    """
    merged: dict[tuple[str, str, tuple[str, ...]], dict[str, dict[str, Any]]] = {}
    made: dict[tuple[str, str, tuple[str, ...]], dict[str, dict[str, Any]]] = {}
    for doc in docs:
        dk = doc.document_key
        for node in doc.nodes:
            label, key = node.label, node.key
            extra = tuple(sorted(node.extra_labels)) if node.extra_labels else ()
            if (label, key) in created:
                # Each row is the node's complete property map (cypher.create_nodes): less to send.
                group = made.setdefault(("create", label, extra), {})
                row = group.get(key)
                if row is None:
                    group[key] = {**node.props, "key": key, "sources": [dk]}
                else:
                    row.update(node.props)
                continue
            if label == "Document" and key == dk:
                props = {
                    **node.props,
                    "loaded": True,
                    "source_sha256": doc.source_sha256,
                    "source_path": doc.source_path,
                }
                mode = "self"
            elif label == "Document":
                props = {k: v for k, v in node.props.items() if k in REFERENCE_PROPS}
                props["loaded"] = False
                mode = "ref"
            else:
                props = node.props
                mode = "node"
            group = merged.setdefault((mode, label, extra), {})
            row = group.get(key)
            if row is None:
                group[key] = {"key": key, "docs": [dk], "props": dict(props)}
            else:
                if dk not in row["docs"]:
                    row["docs"].append(dk)
                row["props"].update(props)
    return {k: Rows(v.values()) for k, v in (merged | made).items()}


def rel_rows(docs: list[DocumentRecords], created: set[Ident]) -> RelRows:
    """Rows per (mode, type, start label, end label); "create" when an end is created in this batch."""
    groups: dict[tuple[str, str, str, str], dict[tuple[str, str], dict[str, Any]]] = {}
    for doc in docs:
        dk = doc.document_key
        for rel in doc.rels:
            start, end = rel.start_label, rel.end_label
            pair = (rel.start_key, rel.end_key)
            new = (start, pair[0]) in created or (end, pair[1]) in created
            group = groups.setdefault(("create" if new else "merge", rel.type, start, end), {})
            row = group.get(pair)
            if row is None:
                if new:  # a created node belongs to one document, and so do its relationships
                    row = {"start": pair[0], "end": pair[1], "props": {"sources": [dk]}}
                else:
                    row = {"start": pair[0], "end": pair[1], "docs": [dk], "props": {}}
                group[pair] = row
            elif not new and dk not in row["docs"]:
                row["docs"].append(dk)
            row["props"].update(rel.props)
    return {k: Rows(v.values()) for k, v in groups.items()}


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is written (its rows built, sent and dropped).

    Rows are trees of new dicts and lists without cycles, so the collector finds nothing in them, but
    their allocations trigger it over and over, each pass walking every tracked object: measured, three
    quarters of the time to build a batch's rows. Paused until the rows are gone, it never sees them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
