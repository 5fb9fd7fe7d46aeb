"""The graph writer against a real Neo4j: idempotent, versioned by source, atomic, with provenance."""

from __future__ import annotations

import neo4j
import pytest

from graph.hash import graph_hash, orphans
from graph.records import NodeRecord, RelRecord
from graph.replace import write_batch
from graph.runs import finish_run, start_run
from graph.writer import WriteTotals, ensure_schema, unload_document, write_documents
from tests.conftest import wipe
from tests.graph.records_factory import make_doc

A = "party/TU-QNG/KL/1/2023-01-05"
B = "party/TU-QNG/KL/2/2023-02-05"
D = "party/TU-QNG/KL/3/2023-03-05"


@pytest.fixture
def graph(clean_graph: neo4j.Driver) -> neo4j.Driver:
    ensure_schema(clean_graph)
    return clean_graph


def load(driver: neo4j.Driver, *docs, batch_docs: int = 50) -> WriteTotals:
    run = start_run(driver, input_path="test")
    totals = write_documents(driver, docs, run, batch_docs=batch_docs)
    finish_run(driver, run)
    assert not totals.failed, [s.error for s in totals.failed]
    return totals


def state(driver: neo4j.Driver) -> str:
    assert orphans(driver) == {"nodes": 0, "rels": 0}
    return graph_hash(driver).sha256


def fresh(driver: neo4j.Driver, *docs) -> str:
    wipe(driver)
    load(driver, *docs)
    return state(driver)


def test_loading_twice_changes_nothing(graph: neo4j.Driver) -> None:
    doc = make_doc(A, provisions=("1", "2"), bodies=("Sở Xây dựng",), cites=(D,))
    load(graph, doc)
    first = graph_hash(graph)
    load(graph, doc)
    second = graph_hash(graph)
    assert first == second
    assert first.nodes > 5 and first.rels > 5


def test_new_version_equals_loading_it_alone(graph: neo4j.Driver) -> None:
    v1 = make_doc(A, provisions=("1", "2", "3"), bodies=("Sở Xây dựng", "Sở Tài chính"), cites=(D,))
    v2 = make_doc(A, provisions=("1", "4"), bodies=("Sở Tài chính",), subject="đổi mới", version="v2")
    other = make_doc(B, bodies=("Sở Xây dựng",))
    load(graph, other, v1)
    load(graph, v2)
    assert state(graph) == fresh(graph, other, v2)


def test_unload_equals_never_loaded(graph: neo4j.Driver) -> None:
    a = make_doc(A, bodies=("Sở Xây dựng",), cites=(D,))
    b = make_doc(B, provisions=("1", "2"), bodies=("Sở Xây dựng", "Sở Tài chính"), cites=(D, A))
    load(graph, a, b)
    summary = unload_document(graph, B)
    assert summary.counts["deleted"] > 0
    assert state(graph) == fresh(graph, a)
    load(graph, b)
    unload_document(graph, B)
    unload_document(graph, A)
    n, _, _ = graph.execute_query("MATCH (n) WHERE NOT n:LoadRun RETURN count(n) AS n")
    assert n[0]["n"] == 0


def test_shared_fact_survives_unloading_one_document(graph: neo4j.Driver) -> None:
    load(graph, make_doc(A, bodies=("Sở Xây dựng",)), make_doc(B, bodies=("Sở Xây dựng",)))
    unload_document(graph, A)
    rows, _, _ = graph.execute_query("MATCH (b:Body) RETURN b.key AS key, b.sources AS sources")
    assert [(r["key"], r["sources"]) for r in rows] == [("body/quang-ngai/so-xay-dung", [B])]
    mentions, _, _ = graph.execute_query("MATCH (:Document)-[r:MENTIONS]->(:Body) RETURN r.sources AS s")
    assert [r["s"] for r in mentions] == [[B]]


def test_referenced_document_merges_with_full_text_and_reverts(graph: neo4j.Driver) -> None:
    a = make_doc(A, cites=(D,))
    d = make_doc(D, provisions=("1", "2"), subject="quy hoạch")
    only_a = fresh(graph, a)
    load(graph, d)
    rows, _, _ = graph.execute_query("MATCH (n:Document {key: $k}) RETURN n.loaded AS l, n.sources AS s", k=D)
    assert rows[0]["l"] is True and sorted(rows[0]["s"]) == sorted([A, D])
    count, _, _ = graph.execute_query("MATCH (n:Document {key: $k}) RETURN count(n) AS n", k=D)
    assert count[0]["n"] == 1
    unload_document(graph, D)
    assert state(graph) == only_a
    # The order of loading does not matter, and a loaded document ignores what citers say of it.
    assert fresh(graph, a, d) == fresh(graph, d, a)
    unload_document(graph, A)
    assert state(graph) == fresh(graph, d)


def test_batched_equals_one_by_one(graph: neo4j.Driver) -> None:
    docs = [
        make_doc(
            f"party/TU-QNG/KL/{i}/2023-01-01",
            bodies=("Sở Xây dựng", f"Ban {i % 3}"),
            cites=(D, f"party/TU-QNG/KL/{i + 1}/2023-01-01"),
        )
        for i in range(1, 12)
    ]
    wipe(graph)
    load(graph, *docs, batch_docs=5)
    batched = state(graph)
    wipe(graph)
    for doc in docs:
        load(graph, doc, batch_docs=1)
    assert state(graph) == batched


def test_invalid_records_are_refused_and_the_rest_written(graph: neo4j.Driver) -> None:
    bad_label = make_doc(B)
    bad_label.nodes.append(NodeRecord("Secret`) DETACH DELETE n //", f"{B}#x"))
    dangling = make_doc(D)
    dangling.rels.append(RelRecord("MENTIONS", "Document", D, "Body", "body/vn/nowhere"))
    run = start_run(graph)
    totals = write_documents(graph, [bad_label, make_doc(A), dangling], run)
    errors = {s.document_key: s.error for s in totals.failed}
    assert totals.written == 1 and set(errors) == {B, D}
    assert "unknown node label" in errors[B]
    rows, _, _ = graph.execute_query("MATCH (n:Document) RETURN collect(n.key) AS keys")
    assert rows[0]["keys"] == [A]


def test_provenance_links_facts_to_evidence_document_and_run(graph: neo4j.Driver) -> None:
    run = start_run(graph, input_path="/tmp/in", input_sha256="ab" * 32)
    write_documents(graph, [make_doc(A, bodies=("Sở Xây dựng",))], run)
    finish_run(graph, run)
    rows, _, _ = graph.execute_query(
        "MATCH (b:Body)-[:SUPPORTED_BY]->(e:Evidence)-[:FROM_DOCUMENT]->(d:Document), "
        "(e)-[:GENERATED_BY]->(r:LoadRun)<-[:GENERATED_BY]-(d) "
        "RETURN r.key AS run, r.counts AS counts, r.finished IS NOT NULL AS done, r.software_version AS v"
    )
    assert len(rows) == 1 and rows[0]["run"] == run.key and rows[0]["done"]
    assert '"node:Body": 1' in rows[0]["counts"] and rows[0]["v"]


def test_create_path_equals_merge_only_path(graph: neo4j.Driver) -> None:
    docs = [
        make_doc(A, provisions=("1", "2"), bodies=("Sở Xây dựng",), cites=(D, B)),
        make_doc(B, cites=(A,)),
    ]
    hashes = []
    for fast in (True, False):
        wipe(graph)
        run = start_run(graph)
        with graph.session() as session:
            session.execute_write(write_batch, docs, run.key, False, fast)
        hashes.append(state(graph))
    assert hashes[0] == hashes[1]


def test_own_node_named_by_another_document_falls_back_to_merge(graph: neo4j.Driver) -> None:
    # B names A's provision A#1, so rewriting A cannot CREATE it: the writer redoes the batch with MERGE.
    b = make_doc(B)
    b.nodes.append(NodeRecord("Provision", f"{A}#1", {"path": "1"}))
    b.rels.append(RelRecord("CITES", "Document", B, "Provision", f"{A}#1"))
    a2 = make_doc(A, provisions=("1", "3"), version="v2")
    load(graph, make_doc(A), b)
    load(graph, a2)
    rows, _, _ = graph.execute_query("MATCH (p:Provision {key: $k}) RETURN p.sources AS s", k=f"{A}#1")
    assert [sorted(r["s"]) for r in rows] == [sorted([A, B])]
    assert state(graph) == fresh(graph, b, a2)
