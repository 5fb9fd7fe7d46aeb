"""Batches for the writer: documents checked, grouped and turned into rows, one batch at a time.

Preparing the next batch in a background thread while Neo4j writes the current one was measured and
dropped (docs/performance.md): on two cores Neo4j's transaction and JIT compiler already use both, and the
thread made a 3,000-document load 5% slower and its Python process 30% busier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from graph.errors import WriteError
from graph.record_checks import check_records
from graph.records import DocumentRecords

Rows = TypeVar("Rows")


@dataclass
class Batch(Generic[Rows]):
    """Documents to write in one transaction, their prepared rows, and the documents the checks refused."""

    docs: list[DocumentRecords] = field(default_factory=list)
    rows: Rows | None = None
    refused: list[tuple[str, str]] = field(default_factory=list)  # (document key, reason)


def prepared_batches(
    documents: Iterable[DocumentRecords],
    batch_docs: int,
    prepare: Callable[[list[DocumentRecords]], Rows],
) -> Iterator[Batch[Rows]]:
    """Checked documents in batches with `prepare(docs)`; a new version of a document starts a batch."""
    batch: Batch[Rows] = Batch()

    def done(b: Batch[Rows]) -> Batch[Rows]:
        if b.docs:
            b.rows = prepare(b.docs)
        return b

    for records in documents:
        try:
            check_records(records)
        except WriteError as e:
            batch.refused.append((records.document_key, str(e)))
            continue
        if any(d.document_key == records.document_key for d in batch.docs):
            yield done(batch)
            batch = Batch()
        batch.docs.append(records)
        if len(batch.docs) >= batch_docs:
            yield done(batch)
            batch = Batch()
    if batch.docs or batch.refused:
        yield done(batch)
