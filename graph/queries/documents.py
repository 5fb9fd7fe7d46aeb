"""Read queries on documents: list, detail with its provision tree, tasks and references, one provision."""

from __future__ import annotations

from typing import Any

from graph.answers.documents import DocumentDetail, DocumentSummary, ProvisionDetail
from graph.queries.tasks import STATUS, status_params
from graph.reader import Reader, Row, page
from ontology import KeyBuildError, keys, mapping
from ontology.text import fold

_DOC_FIELDS = """d {.key, .name, .symbol, .number, .doc_type, .doc_type_name, .family, .issuer, .date, .year,
    .term, .subject, .place, .loaded, .signer, labels: labels(d)}"""

LIST = (
    """
MATCH (d:Document)
WHERE ($type IS NULL OR d.doc_type = $type)
  AND ($year IS NULL OR d.year = $year)
  AND ($issuer IS NULL OR toLower(coalesce(d.issuer, '')) CONTAINS $issuer
       OR EXISTS { (d)-[:ISSUED_BY]->(b:Body) WHERE b.key = $issuer_key })
  AND ($q IS NULL OR coalesce(d.name_folded, toLower(d.name), '') CONTAINS $q
       OR toLower(coalesce(d.symbol, '')) CONTAINS $q)
WITH d ORDER BY d.key
SKIP $offset LIMIT $limit
RETURN """
    + _DOC_FIELDS
    + " AS doc"
)

DETAIL = (
    """
MATCH (d:Document {key: $key})
RETURN """
    + _DOC_FIELDS
    + """ AS doc,
  d.recipients AS recipients, d.source_sha256 AS source_sha256,
  [(d)-[:ISSUED_BY]->(b:Body) | b {.key, .name}] AS issued_by,
  [(p:Provision)-[:PART_OF]->(parent) WHERE p.key STARTS WITH $prefix
     | p {.key, .path, .label, .heading, .level, .ordinal, parent: parent.key}] AS provisions,
  [(d)-[r]->(o:Document) WHERE type(r) IN $doc_rels
     | {type: type(r), relation: r.relation, key: o.key, name: o.name, symbol: o.symbol, loaded: o.loaded}]
     AS references,
  [(o:Document)-[r]->(d) WHERE type(r) IN $doc_rels
     | {type: type(r), relation: r.relation, key: o.key, name: o.name, symbol: o.symbol, loaded: o.loaded}]
     AS cited_by,
  [(d)-[:MENTIONS]->(m) | {key: m.key, name: m.name, labels: labels(m)}] AS mentions
"""
)

TASKS = (
    """
MATCH (t:Task)-[:DERIVED_FROM]->(p:Provision)
WHERE t.key STARTS WITH $prefix AND ($path IS NULL OR p.path = $path)
RETURN t {.key, .name, .text, .domain, .due, .deadline_text, .recurrence, .recurrence_day,
  status: """
    + STATUS
    + """, provision: p.key, path: p.path,
  assignments: [(t)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
     WHERE NOT coalesce(a.review_state, '') IN $hidden
     | {role: a.role, implied: a.implied, confidence: a.confidence, body: b.key, body_name: b.name,
        fact: a.key, review_state: coalesce(a.review_state, 'proposed'),
        corrects: [(a)-[:CORRECTS]->(o:Assignment) | o.key]}],
  concerns: [(t)-[:CONCERNS]->(c) | {key: c.key, name: c.name, labels: labels(c)}],
  evidence: [(t)-[:SUPPORTED_BY]->(e:Evidence) | e {.quote, .start, .end, .rule, .confidence}]
} AS task
ORDER BY task.key
"""
)

PROVISION = """
MATCH (p:Provision {key: $key})
RETURN p {.key, .path, .label, .heading, .text, .level, .ordinal, .start, .end} AS provision,
  [(p)-[:PART_OF]->(parent) | parent.key][0] AS parent,
  [(c:Provision)-[:PART_OF]->(p) | c {.key, .path, .label, .heading, .ordinal}] AS children
"""

# The relationship types of the DocumentRelations code list (CITES and the typed ones).
DOC_RELS = sorted(mapping.DOCUMENT_RELATIONS.values())


def list_documents(
    reader: Reader,
    *,
    doc_type: str | None = None,
    issuer: str | None = None,
    year: int | None = None,
    q: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[DocumentSummary], bool]:
    """Documents ordered by key, filtered; returns (page, more)."""
    rows = reader.rows(
        LIST,
        type=doc_type,
        year=year,
        issuer=fold(issuer) if issuer else None,
        issuer_key=issuer,
        q=fold(q) if q else None,
        offset=offset,
        limit=limit + 1,
    )
    return page([DocumentSummary.model_validate(r["doc"]) for r in rows], limit)


def _tree(provisions: list[Row], root: str) -> list[Row]:
    """Nest flat provisions under their parents, ordered by ordinal then path."""
    children: dict[str, list[Row]] = {}
    for p in provisions:
        p["children"] = []
        children.setdefault(p.pop("parent"), []).append(p)
    for p in provisions:
        p["children"] = children.get(p["key"], [])
    for group in children.values():
        group.sort(key=lambda p: (p.get("ordinal") is None, p.get("ordinal") or 0, p.get("path") or ""))
    return children.get(root, [])


def _once(refs: list[Row]) -> list[Row]:
    """Each reference once: a CITES whose relation has its typed relationship too (IMPLEMENTS...) is
    that relationship, shown as it with the relation."""
    typed = {(r["key"], r["type"]) for r in refs if r["type"] != "CITES"}
    out = []
    for r in refs:
        if r["type"] == "CITES" and (r["key"], str(r.get("relation") or "").upper()) in typed:
            continue
        if r["type"] != "CITES":
            r["relation"] = r.get("relation") or r["type"].lower()
        out.append(r)
    return sorted(out, key=lambda r: (r["key"], r["type"]))


def get_document(reader: Reader, key: str, hidden: list[str] | None = None) -> DocumentDetail | None:
    """A document with its metadata, provision tree, tasks, references out and citations in;
    assignments in a `hidden` review state (graph.reviews.hidden_states) are left out."""
    row = reader.one(DETAIL, key=key, prefix=key + "#", doc_rels=DOC_RELS)
    if row is None:
        return None
    tasks = reader.rows(TASKS, prefix=key + "#", path=None, hidden=hidden or [], **status_params(None))
    doc: dict[str, Any] = row["doc"]
    doc.update(recipients=row["recipients"] or [], source_sha256=row["source_sha256"])
    doc["issued_by"] = row["issued_by"]
    doc["provisions"] = _tree(row["provisions"], key)
    doc["references"] = _once(row["references"])
    doc["cited_by"] = _once(row["cited_by"])
    doc["mentions"] = sorted(row["mentions"], key=lambda m: m["key"] or "")
    doc["tasks"] = [t["task"] for t in tasks]
    return DocumentDetail.model_validate(doc)


def get_provision(
    reader: Reader, document_key: str, path: str, hidden: list[str] | None = None
) -> ProvisionDetail | None:
    """One provision of a document, with its parent, children and tasks (assignments as get_document);
    `path` as the document shows it ("Đ3", "II.2.7"): its key is built as the writer builds it (an
    article's "Đ" unaccented), None for a path no provision can have."""
    try:
        key = keys.provision_key(document_key, path)
    except KeyBuildError:
        return None
    row = reader.one(PROVISION, key=key)
    if row is None:
        return None
    out: dict[str, Any] = row["provision"]
    out.update(document=document_key, parent=row["parent"], children=row["children"])
    out["children"].sort(key=lambda c: (c.get("ordinal") or 0, c.get("path") or ""))
    rows = reader.rows(TASKS, prefix=key + "/", path=path, hidden=hidden or [], **status_params(None))
    out["tasks"] = [t["task"] for t in rows]
    return ProvisionDetail.model_validate(out)
