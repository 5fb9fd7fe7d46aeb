"""The graph writer: documents written atomically, idempotently and versioned by source.

A document owns its own Document node and every node whose key it prefixes (`#`, `/`, `@`); other nodes
(bodies, places, projects, cited documents) are shared and carry the keys of all supporting documents in
`sources`. Writing a document first withdraws its support from what it wrote before (deleting what no
document supports any more), then merges the new records, in one transaction.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j import exceptions as nx

from graph import reviews
from graph.batches import batches
from graph.driver import Driver as Driver  # for callers outside graph/ (loaders.load)
from graph.driver import Rows
from graph.errors import GraphUnavailable, WriteError, translated
from graph.queries import write as cypher
from graph.record_checks import REFERENCE_PROPS, SUPPORT_RINGS, is_owned, same_file, taken
from graph.records import DocumentRecords
from graph.runs import Run

DEFAULT_BATCH_DOCS = 50


@dataclass
class WriteSummary:
    """What writing (or unloading) one document did."""

    document_key: str
    written: bool = True
    skipped: bool = False
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def nodes(self) -> int:
        return sum(n for k, n in self.counts.items() if k.startswith("node:"))

    @property
    def rels(self) -> int:
        return sum(n for k, n in self.counts.items() if k.startswith("rel:"))


@dataclass
class WriteTotals:
    """What a stream of documents did: numbers only, and the failures, so memory stays flat."""

    written: int = 0
    skipped: int = 0
    failed: list[WriteSummary] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, summary: WriteSummary) -> None:
        """Count one document's outcome."""
        if summary.error:
            self.failed.append(summary)
        elif summary.skipped:
            self.skipped += 1
        elif summary.written:
            self.written += 1
            self.counts.update(summary.counts)


def ensure_schema(driver: neo4j.Driver, database: str | None = None) -> None:
    """Constraints and indexes before any MERGE: the ontology's schema (graph.schema), safe to re-run."""
    from graph.schema import apply_schema

    apply_schema(driver, database)


def _counts(records: DocumentRecords) -> dict[str, int]:
    counts: Counter[str] = Counter(f"node:{n.label}" for n in records.nodes)
    counts.update(f"rel:{r.type}" for r in records.rels)
    return dict(counts)


Ident = tuple[str, str]  # (label, key) of a node
NodeRows = dict[tuple[str, str, tuple[str, ...]], Rows]
RelRows = dict[tuple[str, str, str, str], Rows]


def _created(docs: list[DocumentRecords]) -> set[Ident]:
    """Nodes the batch may CREATE: owned by their document (not a Document node), named by no other."""
    owner: dict[Ident, str | None] = {}
    for doc in docs:
        for node in doc.nodes:
            ident = (node.label, node.key)
            mine = node.label != "Document" and is_owned(doc.document_key, node.key)
            if not mine or owner.setdefault(ident, doc.document_key) != doc.document_key:
                owner[ident] = None
    return {ident for ident, doc in owner.items() if doc}


def _node_rows(docs: list[DocumentRecords], created: set[Ident]) -> NodeRows:
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


def _rel_rows(docs: list[DocumentRecords], created: set[Ident]) -> RelRows:
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
def _gc_paused() -> Iterator[None]:
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


def _unsupport(tx: neo4j.ManagedTransaction, docs: list[str], revert: bool) -> int:
    """Withdraw the documents' support from everything they wrote; returns how many elements were deleted."""
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


def _previous_versions(tx: neo4j.ManagedTransaction, docs: list[DocumentRecords]) -> list[str]:
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


def _write_batch(
    tx: neo4j.ManagedTransaction,
    docs: list[DocumentRecords],
    run_key: str,
    skip_unchanged: bool,
    fast: bool = True,
    keep_others: bool = False,
) -> tuple[list[str], dict[str, str]]:
    """Replace the batch's documents in one transaction; returns the keys skipped as unchanged, and
    the documents refused (with `keep_others`) because their key holds another document."""
    state = {r["key"]: dict(r) for r in tx.run(cypher.DOCUMENT_STATE, keys=[d.document_key for d in docs])}
    skipped = [
        d.document_key
        for d in docs
        if skip_unchanged
        and state[d.document_key]["loaded"]
        and state[d.document_key]["sha256"] == d.source_sha256
    ]
    refused = {}
    if keep_others:
        refused = {d.document_key: why for d in docs if (why := taken(state[d.document_key], d))}
    todo = [d for d in docs if d.document_key not in skipped and d.document_key not in refused]
    replaced = [d.document_key for d in todo if state[d.document_key]["supported"]]
    if replaced:
        _unsupport(tx, replaced, revert=False)
    if previous := _previous_versions(tx, todo):
        _unsupport(tx, previous, revert=True)
    # New nodes of a document are CREATEd (their old version, if any, was just deleted above).
    created = _created(todo) if fast else set()
    node_rows, rel_rows = _node_rows(todo, created), _rel_rows(todo, created)
    for (mode, label, extra), rows in sorted(node_rows.items()):
        if mode == "self":
            query = cypher.merge_self_document(tuple(x for x in extra if x != "Document"))
        elif mode == "ref":
            query = cypher.merge_reference_document(tuple(x for x in extra if x != "Document"))
        elif mode == "create":
            # Evidence links to the run as it is created: one lookup less per Evidence node.
            query = cypher.create_nodes(label, extra, to_run=label == "Evidence")
        else:
            query = cypher.merge_nodes(label, extra)
        tx.run(query, rows=rows, run=run_key).consume()
    for (mode, rel_type, start, end), rows in sorted(rel_rows.items()):
        build = cypher.create_rels if mode == "create" else cypher.merge_rels
        tx.run(build(rel_type, start, end), rows=rows).consume()
    links = Rows({"key": d.document_key, "doc": d.document_key} for d in todo)
    tx.run(cypher.link_run("Document"), run=run_key, rows=links).consume()
    evidence = Rows(
        {"key": n.key, "doc": d.document_key}
        for d in todo
        for n in d.nodes
        if n.label == "Evidence" and (n.label, n.key) not in created
    )
    if evidence:
        tx.run(cypher.link_run("Evidence"), run=run_key, rows=evidence).consume()
    # Reviews are not the documents' facts: find their facts again, in this same transaction.
    reviews.reapply(tx, [d.document_key for d in todo] + previous)
    return skipped, refused


def _run_batch(
    driver: neo4j.Driver,
    docs: list[DocumentRecords],
    run: Run,
    database: str | None,
    skip_unchanged: bool,
    fast: bool,
    keep_others: bool = False,
) -> list[WriteSummary]:
    with _gc_paused(), driver.session(database=database, notifications_min_severity="OFF") as session:
        skipped, refused = session.execute_write(
            _write_batch, docs, run.key, skip_unchanged, fast, keep_others
        )
    out = []
    for d in docs:
        if d.document_key in refused:
            out.append(WriteSummary(d.document_key, written=False, error=refused[d.document_key]))
        elif d.document_key in skipped:
            out.append(WriteSummary(d.document_key, written=False, skipped=True))
        else:
            summary = WriteSummary(d.document_key, counts=_counts(d))
            run.add(summary.counts)
            out.append(summary)
    return out


def write_documents(
    driver: neo4j.Driver,
    documents: Iterable[DocumentRecords],
    run: Run,
    *,
    batch_docs: int = DEFAULT_BATCH_DOCS,
    database: str | None = None,
    skip_unchanged: bool = False,
    on_written: Callable[[WriteSummary], None] | None = None,
    keep_others: bool = False,
) -> WriteTotals:
    """Write documents, several whole documents per transaction; a failing batch is retried one by one.

    Documents whose records are invalid, or that Neo4j refuses, are reported (`error`) and left as they
    were; the others are written. With `keep_others`, a document whose key holds a document loaded from
    another source with another text is refused (KEY_TAKEN), not replaced. Connection loss raises
    GraphUnavailable (committed batches stay).
    """
    totals = WriteTotals()

    def report(summary: WriteSummary) -> None:
        totals.add(summary)
        if on_written:
            on_written(summary)

    def flush(batch: list[DocumentRecords], fast: bool = True) -> None:
        try:
            done = _run_batch(driver, batch, run, database, skip_unchanged, fast, keep_others)
        except (nx.ServiceUnavailable, nx.SessionExpired) as e:
            raise GraphUnavailable(f"Neo4j stopped answering during the load: {e}") from e
        except nx.Neo4jError as e:
            done = []
            if fast:
                # Usually a CREATE meeting a key another document also names: redo with MERGE only.
                flush(batch, fast=False)
            elif len(batch) == 1:
                done = [
                    WriteSummary(batch[0].document_key, written=False, error=f"Neo4j refused it: {e.message}")
                ]
            else:
                for doc in batch:
                    flush([doc])
        for s in done:
            report(s)

    for batch in batches(documents, batch_docs):
        for key, reason in batch.refused:
            report(WriteSummary(key, written=False, error=reason))
        if batch.docs:
            flush(batch.docs)
    return totals


def _unload(tx: neo4j.ManagedTransaction, key: str) -> int:
    """Withdraw one document; its reviews stay, orphaned (a later load may find their facts again)."""
    deleted = _unsupport(tx, [key], revert=True)
    reviews.orphan_documents(tx, [key])
    return deleted


def unload_document(driver: neo4j.Driver, key: str, database: str | None = None) -> WriteSummary:
    """Remove a document's facts: what only it supported goes; a still-cited Document stays a reference."""
    with (
        translated(failed=WriteError, doing=f"cannot unload {key}"),
        driver.session(database=database, notifications_min_severity="OFF") as session,
    ):
        state = session.execute_read(lambda tx: tx.run(cypher.DOCUMENT_STATE, keys=[key]).single(strict=True))
        if not state["supported"]:
            return WriteSummary(key, written=False)
        deleted = session.execute_write(_unload, key)
    return WriteSummary(key, counts={"deleted": deleted})
