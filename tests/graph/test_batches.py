"""The writer's batches: grouping, new versions, refused documents, errors of the source in order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.batches import batches
from graph.records import DocumentRecords
from tests.graph.records_factory import make_doc

KEYS = [f"party/TU-QNG/KL/{i}/2023-01-05" for i in range(1, 8)]


def keys(got) -> list[list[str]]:
    return [[d.document_key for d in b.docs] for b in got]


def test_batches_hold_at_most_batch_docs_documents() -> None:
    docs = [make_doc(k) for k in KEYS]
    assert keys(batches(docs, 3)) == [KEYS[0:3], KEYS[3:6], KEYS[6:7]]


def test_a_new_version_of_a_document_starts_the_next_batch() -> None:
    docs = [make_doc(KEYS[0]), make_doc(KEYS[1]), make_doc(KEYS[0]), make_doc(KEYS[2])]
    got = list(batches(docs, 10))
    assert keys(got) == [[KEYS[0], KEYS[1]], [KEYS[0], KEYS[2]]]


def test_refused_documents_are_reported_with_their_batch_not_written() -> None:
    bad = DocumentRecords(document_key="", source_sha256="", source_path="x.txt")
    got = list(batches([make_doc(KEYS[0]), bad, make_doc(KEYS[1])], 1))
    refused = [r for b in got for r in b.refused]
    assert len(refused) == 1 and "key" in refused[0][1]
    assert keys(got) == [[KEYS[0]], [KEYS[1]]]


def test_an_error_of_the_source_is_raised_after_the_batches_before_it() -> None:
    def source() -> Iterator[DocumentRecords]:
        yield from (make_doc(k) for k in KEYS[:4])
        raise ValueError("file vanished")

    seen = []
    with pytest.raises(ValueError, match="file vanished"):
        for batch in batches(source(), 2):
            seen.append([d.document_key for d in batch.docs])
    assert seen == [KEYS[0:2], KEYS[2:4]]
