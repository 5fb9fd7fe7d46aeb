"""The read model's Cypher: rows the writer derives from a batch, their indexes, and the migration.

Two derived labels, not ontology classes: a `ResponsibilityRow` per extracted Assignment (the body's
page) and a `ProjectTaskRow` per (Project, Task) of CONCERNS (the project's tasks). They hold what only
the task's own document writes (the task's, its provision's and its document's properties) and no
relationship, so nothing else in the graph sees them; the graph hash, the statistics, the orphan count,
the RDF view and SHACL leave them out (graph/queries/hash.py, graph/queries/rdf.py).
"""

from __future__ import annotations

from typing import LiteralString

RESPONSIBILITY_ROW: LiteralString = "ResponsibilityRow"
PROJECT_TASK_ROW: LiteralString = "ProjectTaskRow"
DERIVED_LABELS: tuple[LiteralString, ...] = (RESPONSIBILITY_ROW, PROJECT_TASK_ROW)
# `NOT n:ResponsibilityRow AND NOT n:ProjectTaskRow`, for the queries that read every node.
NOT_DERIVED: LiteralString = " AND ".join(f"NOT n:{label}" for label in DERIVED_LABELS)  # type: ignore[assignment]
# How many derived rows there are, from the count store (no scan): `derived` is their number.
DERIVED_COUNT: LiteralString = (  # type: ignore[assignment]
    "CALL () { "
    + " UNION ALL ".join(f"MATCH (n:{label}) RETURN count(n) AS n" for label in DERIVED_LABELS)
    + " } WITH sum(n) AS derived"
)

# (label, properties) of each composite range index: a read seeks (owner key, sort key) in index order.
INDEXES: tuple[tuple[LiteralString, LiteralString, tuple[LiteralString, ...]], ...] = (
    ("responsibilityrow_body_sort", RESPONSIBILITY_ROW, ("body", "sort")),
    ("responsibilityrow_document", RESPONSIBILITY_ROW, ("document",)),
    ("projecttaskrow_project_sort", PROJECT_TASK_ROW, ("project", "sort")),
    ("projecttaskrow_document", PROJECT_TASK_ROW, ("document",)),
)


def index_statements() -> list[LiteralString]:
    """CREATE INDEX ... IF NOT EXISTS for each of the read model's indexes."""
    out: list[LiteralString] = []
    for name, label, props in INDEXES:
        on: LiteralString = ", ".join(f"n.{p}" for p in props)  # type: ignore[assignment]
        out.append(f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON ({on})")  # type: ignore[misc]
    return out


# Rows are whole property maps (graph.readmodel builds them from the batch's records).
WRITE_RESPONSIBILITIES: LiteralString = (
    "CYPHER replan=skip UNWIND $rows AS row CREATE (r:ResponsibilityRow) SET r = row"
)
WRITE_PROJECT_TASKS: LiteralString = (
    "CYPHER replan=skip UNWIND $rows AS row CREATE (r:ProjectTaskRow) SET r = row"
)

# A withdrawn document's rows (replaced, an earlier version, unloaded).
WITHDRAW: LiteralString = """
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  MATCH (r:ResponsibilityRow {document: doc}) DELETE r
  UNION
  MATCH (r:ProjectTaskRow {document: doc}) DELETE r
}
"""

# Whether the graph has facts but no read model yet (a graph loaded before it existed).
MISSING: LiteralString = """
RETURN EXISTS { MATCH (:Task) } AND NOT EXISTS { MATCH (:ProjectTaskRow) }
  AND NOT EXISTS { MATCH (:ResponsibilityRow) } AS missing
"""

# The migration: the same rows built from the graph, one document at a time (graph.readmodel.migrate).
DOCUMENTS_WITH_TASKS: LiteralString = """
MATCH (d:Document) WHERE coalesce(d.loaded, false) RETURN d.key AS key ORDER BY key
"""

_DOC = """
OPTIONAL MATCH (d:Document {key: split(p.key, '#')[0]})
"""

MIGRATE_RESPONSIBILITIES: LiteralString = (
    """
UNWIND $docs AS doc
MATCH (t:Task) WHERE t.key STARTS WITH doc + '#'
MATCH (t)-[:DERIVED_FROM]->(p:Provision)
MATCH (t)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
WHERE a.key STARTS WITH t.key + '/'
"""
    + _DOC
    + """
CREATE (r:ResponsibilityRow)
SET r = {body: b.key, sort: a.key, document: doc, task: t.key,
  p_key: p.key, p_path: p.path, p_label: p.label, p_heading: p.heading,
  d_key: d.key, d_name: d.name, d_symbol: d.symbol, d_doc_type: d.doc_type, d_date: d.date,
  d_doc_type_name: d.doc_type_name, d_issuer: d.issuer}
"""
)

MIGRATE_PROJECT_TASKS: LiteralString = (
    """
UNWIND $docs AS doc
MATCH (t:Task) WHERE t.key STARTS WITH doc + '#'
MATCH (t)-[:DERIVED_FROM]->(p:Provision)
MATCH (t)-[:CONCERNS]->(pr:Project)
"""
    + _DOC
    + """
CREATE (r:ProjectTaskRow)
SET r = {project: pr.key, sort: t.key, document: doc, p_key: p.key, p_path: p.path, p_label: p.label,
  d_key: d.key, d_name: d.name, d_symbol: d.symbol, d_doc_type: d.doc_type, d_date: d.date,
  d_doc_type_name: d.doc_type_name, d_issuer: d.issuer}
"""
)

# For the tests: every row as the read model holds it.
ALL_RESPONSIBILITY_ROWS: LiteralString = (
    "MATCH (r:ResponsibilityRow) RETURN properties(r) AS row ORDER BY r.body, r.sort"
)
ALL_PROJECT_TASK_ROWS: LiteralString = (
    "MATCH (r:ProjectTaskRow) RETURN properties(r) AS row ORDER BY r.project, r.sort"
)

# -- rendered items (graph.rendered) -------------------------------------------------------------------
# A ResponsibilityRow's rendered item: `head` and `tail`, its JSON before and after the task's status.

# The rows without a rendered item (all, or those of some documents).
UNRENDERED: LiteralString = """
MATCH (r:ResponsibilityRow) WHERE r.head IS NULL AND ($docs IS NULL OR r.document IN $docs)
RETURN r.body AS body, r.sort AS sort
"""
# Lock the rows before reading what their items show: a write that changes it removes the items after
# taking the same locks, so it waits for this render to commit, or this render reads what it wrote.
LOCK: LiteralString = """
UNWIND $rows AS row
MATCH (r:ResponsibilityRow {body: row.body, sort: row.sort}) WHERE r.head IS NULL
SET r.rendering = true
RETURN r.body AS body, r.sort AS sort
"""
WRITE_ITEMS: LiteralString = """
UNWIND $rows AS row
MATCH (r:ResponsibilityRow {body: row.body, sort: row.sort})
SET r.head = row.head, r.tail = row.tail
REMOVE r.rendering
"""
# Rows whose items show what a write changes, by what the write changed: the assignments of reviewed
# tasks (review states, co-bodies, corrections), and of tasks near a renamed body, project or place.
_ROWS_OF_TASKS = """
  MATCH (t)-[:HAS_ASSIGNMENT]->(o:Assignment)-[:ASSIGNED_TO]->(x:Body)
  MATCH (r:ResponsibilityRow {body: x.key, sort: o.key})
  RETURN r"""
UNRENDER_TASKS: LiteralString = (  # type: ignore[assignment]
    """
UNWIND $tasks AS k
MATCH (t:Task {key: k})
CALL (t) {"""
    + _ROWS_OF_TASKS
    + """
}
REMOVE r.head, r.tail
"""
)
UNRENDER_NEAR: LiteralString = (  # type: ignore[assignment]
    """
UNWIND $keys AS k
CALL (k) {
  MATCH (:Body {key: k})<-[:ASSIGNED_TO]-(:Assignment)<-[:HAS_ASSIGNMENT]-(t:Task) RETURN DISTINCT t
  UNION
  MATCH (:Body {key: k})<-[:REPORTS_TO]-(:Assignment)<-[:HAS_ASSIGNMENT]-(t:Task) RETURN DISTINCT t
  UNION
  MATCH (:Project {key: k})<-[:CONCERNS]-(t:Task) RETURN t
  UNION
  MATCH (:Place {key: k})<-[:CONCERNS]-(t:Task) RETURN t
}
CALL (t) {"""
    + _ROWS_OF_TASKS
    + """
}
REMOVE r.head, r.tail
"""
)
# The names items show, of the bodies, projects and places a batch writes.
NAMES: LiteralString = """
UNWIND $keys AS k
CALL (k) {
  MATCH (n:Body {key: k}) RETURN n.name AS name
  UNION
  MATCH (n:Project {key: k}) RETURN n.name AS name
  UNION
  MATCH (n:Place {key: k}) RETURN n.name AS name
}
RETURN k AS key, name
"""
