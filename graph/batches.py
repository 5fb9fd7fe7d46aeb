"""Batches for the writer, checked and prepared in a background thread while the previous one is written.

Producing records (extraction, or the synthetic corpus) and turning them into rows is Python work; writing
is mostly waiting for Neo4j. A thread that does the first while the writer's thread waits for the second
keeps both busy. The queue is short (`depth` batches), so memory stays flat however long the stream.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from graph.errors import WriteError
from graph.record_checks import check_records
from graph.records import DocumentRecords

Rows = TypeVar("Rows")
_END = object()


@dataclass
class Batch(Generic[Rows]):
    """Documents to write in one transaction, their prepared rows, and the documents the checks refused."""

    docs: list[DocumentRecords] = field(default_factory=list)
    rows: Rows | None = None
    refused: list[tuple[str, str]] = field(default_factory=list)  # (document key, reason)


@dataclass
class _Failed:
    error: BaseException


def _batches(documents: Iterable[DocumentRecords], batch_docs: int) -> Iterator[Batch[Any]]:
    """Checked documents in batches; a document already in the batch (a new version) starts the next."""
    batch: Batch[Any] = Batch()
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


def prepared_batches(
    documents: Iterable[DocumentRecords],
    batch_docs: int,
    prepare: Callable[[list[DocumentRecords]], Rows],
    depth: int = 2,
) -> Iterator[Batch[Rows]]:
    """Batches with `prepare(docs)` computed ahead in a thread; its exceptions are raised here, in order."""
    out: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for batch in _batches(documents, batch_docs):
                if batch.docs:
                    batch.rows = prepare(batch.docs)
                if not put(batch):
                    return
            put(_END)
        except BaseException as e:  # noqa: BLE001 - handed to the consumer, which raises it
            put(_Failed(e))

    thread = threading.Thread(target=produce, name="kg-writer-prepare", daemon=True)
    thread.start()
    try:
        while True:
            item = out.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            assert isinstance(item, Batch)
            yield item
    finally:
        # The consumer stopped (done, or an error): let the producer finish instead of blocking on put.
        stop.set()
        thread.join(timeout=5)
