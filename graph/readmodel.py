"""The read model: rows for the body's and the project's pages, kept by the writer in its transaction.

A row holds what only the task's own document writes: the task's key, its provision's and its
document's properties, under the owner's key (body or project) and a sort key. Everything that other
documents or reviews change (review states, names of shared nodes, co-bodies, quotes and their order)
is read live at read time (graph/queries/bodies.py, projects.py), so no row goes stale. Rows are built
from the batch's records already in Python (no query of the graph), deleted with their document's
support (graph.support.unsupport), and built from the graph once for a graph loaded before they
existed (`migrate`, run by graph.schema.apply_schema).
"""

from __future__ import annotations

from typing import Any

import neo4j

from graph.driver import Rows
from graph.queries import readmodel as cypher
from graph.records import DocumentRecords

Row = dict[str, Any]
_PROVISION = ("key", "path", "label", "heading")
_DOCUMENT = ("name", "symbol", "doc_type", "date", "doc_type_name", "issuer")


def _props(doc: DocumentRecords) -> dict[tuple[str, str], dict[str, Any]]:
    """The properties of the document's nodes, merged in record order (as the writer merges them)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for node in doc.nodes:
        out.setdefault((node.label, node.key), {}).update(node.props)
    return out


def _common(doc: DocumentRecords, props: dict[tuple[str, str], dict[str, Any]], provision: str) -> Row:
    p = props.get(("Provision", provision), {})
    row: Row = {"document": doc.document_key, "p_key": provision}
    row.update({f"p_{k}": p.get(k) for k in _PROVISION[1:] if p.get(k) is not None})
    d_key = provision.split("#")[0]
    if d_key == doc.document_key:
        d = props.get(("Document", d_key), {})
        row["d_key"] = d_key
        row.update({f"d_{k}": d[k] for k in _DOCUMENT if d.get(k) is not None})
    return row


def rows(docs: list[DocumentRecords]) -> tuple[Rows, Rows]:
    """The ResponsibilityRow and ProjectTaskRow rows of the batch's documents."""
    responsibilities: list[Row] = []
    project_tasks: list[Row] = []
    for doc in docs:
        props = _props(doc)
        provision: dict[str, str] = {}
        assigned: dict[str, str] = {}
        tasks_of: dict[str, str] = {}
        concerns: dict[str, list[str]] = {}
        for r in doc.rels:
            if r.type == "DERIVED_FROM" and r.start_label == "Task":
                provision.setdefault(r.start_key, r.end_key)
            elif r.type == "ASSIGNED_TO":
                assigned.setdefault(r.start_key, r.end_key)
            elif r.type == "HAS_ASSIGNMENT":
                tasks_of.setdefault(r.end_key, r.start_key)
            elif r.type == "CONCERNS" and r.end_label == "Project":
                ends = concerns.setdefault(r.start_key, [])
                if r.end_key not in ends:
                    ends.append(r.end_key)
        for assignment, task in tasks_of.items():
            body, pkey = assigned.get(assignment), provision.get(task)
            if body is None or pkey is None:
                continue
            row = {"body": body, "sort": assignment, "task": task, **_common(doc, props, pkey)}
            responsibilities.append(row)
        for task, projects in concerns.items():
            if (pkey := provision.get(task)) is None:
                continue
            common = _common(doc, props, pkey)
            project_tasks.extend({"project": p, "sort": task, **common} for p in projects)
    return Rows(responsibilities), Rows(project_tasks)


def write(tx: neo4j.ManagedTransaction, docs: list[DocumentRecords]) -> None:
    """Create the rows of documents just written (their old rows went with their support)."""
    responsibilities, project_tasks = rows(docs)
    if responsibilities:
        tx.run(cypher.WRITE_RESPONSIBILITIES, rows=responsibilities).consume()
    if project_tasks:
        tx.run(cypher.WRITE_PROJECT_TASKS, rows=project_tasks).consume()


def withdraw(tx: neo4j.ManagedTransaction, docs: list[str]) -> None:
    """Delete the rows of documents whose support is withdrawn."""
    tx.run(cypher.WITHDRAW, docs=docs).consume()


def migrate(driver: neo4j.Driver, database: str | None = None, per_tx: int = 50) -> int:
    """Build the rows from the graph if it has facts and no rows (loaded before the read model);
    returns the number of documents migrated (0: nothing to do)."""
    with driver.session(database=database) as session:
        if not session.execute_read(lambda tx: tx.run(cypher.MISSING).single(strict=True)["missing"]):
            return 0
        keys = session.execute_read(lambda tx: [r["key"] for r in tx.run(cypher.DOCUMENTS_WITH_TASKS)])

        def build(tx: neo4j.ManagedTransaction, docs: list[str]) -> None:
            tx.run(cypher.MIGRATE_RESPONSIBILITIES, docs=docs).consume()
            tx.run(cypher.MIGRATE_PROJECT_TASKS, docs=docs).consume()

        for i in range(0, len(keys), per_tx):
            session.execute_write(build, keys[i : i + per_tx])
    return len(keys)
