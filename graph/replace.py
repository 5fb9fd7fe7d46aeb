"""A batch of documents replaced in one transaction: old support withdrawn, rows sent, read model rows
built, reviews reapplied."""

from __future__ import annotations

import neo4j

from graph import readmodel, rendered, review_matching
from graph.batch_rows import Ident, created_nodes, node_rows, rel_rows
from graph.driver import Rows
from graph.queries import write as cypher
from graph.record_checks import taken
from graph.records import DocumentRecords
from graph.support import previous_versions, unsupport


def write_batch(
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
    names = rendered.names(tx, todo)
    if replaced:
        unsupport(tx, replaced, revert=False)
    if previous := previous_versions(tx, todo):
        unsupport(tx, previous, revert=True)
    # New nodes of a document are CREATEd (their old version, if any, was just deleted above).
    created = created_nodes(todo) if fast else set()
    _send(tx, todo, created, run_key)
    # Other documents' rendered items that show a name this batch changed (graph.rendered).
    rendered.unrender_renamed(tx, todo, names)
    # The read model's rows, from the records in hand (graph.readmodel), in this same transaction.
    readmodel.write(tx, todo)
    # Reviews are not the documents' facts: find their facts again, in this same transaction.
    review_matching.reapply(tx, [d.document_key for d in todo] + previous)
    return skipped, refused


def _send(
    tx: neo4j.ManagedTransaction, todo: list[DocumentRecords], created: set[Ident], run_key: str
) -> None:
    """The documents' nodes and relationships, CREATEd or MERGEd by group, then their links to the run."""
    nodes, rels = node_rows(todo, created), rel_rows(todo, created)
    for (mode, label, extra), rows in sorted(nodes.items()):
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
    for (mode, rel_type, start, end), rows in sorted(rels.items()):
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
