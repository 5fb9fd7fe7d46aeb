"""The writer's rows: built without the cyclic collector, sent with a short repr, packed unchanged."""

from __future__ import annotations

import gc
import io

import pytest
from neo4j._codec.packstream.v1 import Packer

from graph import batch_rows
from graph.driver import Rows
from tests.graph.records_factory import make_doc


def _packed(value: object) -> bytes:
    out = io.BytesIO()
    Packer(out).pack(value)
    return out.getvalue()


def test_rows_pack_to_the_bytes_of_a_plain_list_and_repr_holds_no_text() -> None:
    data = [{"key": "party/x/kl/1#p1", "text": "Rà soát, tháo gỡ vướng mắc", "sources": ["party/x/kl/1"]}]
    rows = Rows(data)
    assert _packed({"rows": rows}) == _packed({"rows": data})
    assert repr(rows) == "<1 rows>"
    assert "Rà soát" not in repr({"rows": rows})


def test_collector_is_paused_while_rows_are_built_and_restored_after_an_error() -> None:
    assert gc.isenabled()
    with batch_rows.gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), batch_rows.gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with batch_rows.gc_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_created_rows_are_whole_property_maps_and_shared_rows_merge_documents() -> None:
    a = make_doc("party/a/kl/1", bodies=["ubnd-tinh"], cites=["party/c/kl/3"])
    b = make_doc("party/b/kl/2", bodies=["ubnd-tinh"], cites=["party/c/kl/3"])
    docs = [a, b]
    created = batch_rows.created_nodes(docs)
    nodes = batch_rows.node_rows(docs, created)
    for (mode, _label, _extra), rows in nodes.items():
        assert isinstance(rows, Rows)
        for row in rows:
            if mode == "create":
                assert row["sources"] in (["party/a/kl/1"], ["party/b/kl/2"])
                assert row["key"].startswith(tuple(row["sources"]))
            else:
                assert set(row) == {"key", "docs", "props"}
    shared = [r for (m, *_), rows in nodes.items() if m == "node" for r in rows]
    assert any(len(r["docs"]) == 2 for r in shared), "both documents name a shared node"
    rels = batch_rows.rel_rows(docs, created)
    assert {m for m, *_ in rels} <= {"create", "merge"}
    for (mode, *_), rows in rels.items():
        for row in rows:
            assert ("docs" in row) == (mode == "merge")
