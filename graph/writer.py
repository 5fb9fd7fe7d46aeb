"""The graph writer: documents written atomically, idempotently and versioned by source.

A document owns its own Document node and every node whose key it prefixes (`#`, `/`, `@`); other nodes
(bodies, places, projects, cited documents) are shared and carry the keys of all supporting documents in
`sources`. Writing a document first withdraws its support from what it wrote before (deleting what no
document supports any more), then merges the new records, in one transaction.

Its flow: `graph.batches` (records checked, grouped), `graph.replace` (one batch in one transaction),
`graph.support` (withdrawing support) and `graph.batch_rows` (the CREATE and MERGE rows); this module
runs the batches, falls back to MERGE only and then to one document at a time, and unloads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import neo4j
from neo4j import exceptions as nx

from graph import rendered, review_matching
from graph.batch_rows import gc_paused
from graph.batches import batches
from graph.driver import Driver as Driver  # for callers outside graph/ (loaders.load)
from graph.errors import GraphUnavailable, WriteError, translated
from graph.queries import write as cypher
from graph.records import DocumentRecords
from graph.replace import write_batch
from graph.runs import Run
from graph.support import unsupport

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


def _run_batch(
    driver: neo4j.Driver,
    docs: list[DocumentRecords],
    run: Run,
    database: str | None,
    skip_unchanged: bool,
    fast: bool,
    keep_others: bool = False,
) -> list[WriteSummary]:
    with gc_paused(), driver.session(database=database, notifications_min_severity="OFF") as session:
        skipped, refused = session.execute_write(
            write_batch, docs, run.key, skip_unchanged, fast, keep_others
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
    if totals.written:
        # The rendered items of the rows just written, and of those a renaming emptied (graph.rendered).
        rendered.render(driver, database)
    return totals


def _unload(tx: neo4j.ManagedTransaction, key: str) -> int:
    """Withdraw one document; its reviews stay, orphaned (a later load may find their facts again)."""
    deleted = unsupport(tx, [key], revert=True)
    review_matching.orphan_documents(tx, [key])
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
