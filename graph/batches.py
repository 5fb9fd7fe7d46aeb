"""Batches for the writer: documents checked and grouped, one transaction's worth at a time.

Preparing the next batch in a background thread while Neo4j writes the current one was measured and
dropped (docs/performance.md): on two cores Neo4j's transaction and JIT compiler already use both, and the
thread made a 3,000-document load 5% slower and its Python process 30% busier.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from graph.errors import WriteError
from graph.record_checks import check_records
from graph.records import DocumentRecords


@dataclass
class Batch:
    """Documents to write in one transaction, and the documents the checks refused before them."""

    docs: list[DocumentRecords] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (document key, reason)


def batches(documents: Iterable[DocumentRecords], batch_docs: int) -> Iterator[Batch]:
    """Checked documents in batches of `batch_docs`; a new version of a document starts a batch."""
    batch = Batch()
    for records in documents:
        try:
            check_records(records)
        except WriteError as e:
            batch.refused.append((records.document_key, str(e)))
            continue
        if any(d.document_key == records.document_key for d in batch.docs):
            yield batch
            batch = Batch()
        batch.docs.append(records)
        if len(batch.docs) >= batch_docs:
            yield batch
            batch = Batch()
    if batch.docs or batch.refused:
        yield batch
