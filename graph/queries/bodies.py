"""Read queries on bodies: list, detail (parent, units, aliases, successors) and responsibilities."""

from __future__ import annotations

from datetime import date
from typing import Any, LiteralString

from graph.answers.bodies import BodyDetail, BodySummary, Responsibility
from graph.answers.json import Rendered, dumps
from graph.queries.tasks import STATUS, status_params
from graph.reader import Reader, Row, page
from graph.review_states import hidden_states
from ontology.text import fold

LIST = """
MATCH (b:Body)
WHERE ($kind IS NULL OR b.kind = $kind)
  AND ($q IS NULL OR coalesce(b.name_folded, toLower(b.name), '') CONTAINS $q)
WITH b ORDER BY b.key
SKIP $offset LIMIT $limit
RETURN b {.key, .name, .short_name, .kind, .aliases, .catalogued} AS body
"""

DETAIL = """
MATCH (b:Body {key: $key})
RETURN b {.key, .name, .short_name, .kind, .aliases, .curated, .catalogued, .fact_source} AS body,
  [(b)-[:UNIT_OF]->(p:Body) | p {.key, .name}] AS parents,
  [(u:Body)-[:UNIT_OF]->(b) | u {.key, .name}] AS units,
  [(b)-[:LOCATED_IN]->(pl:Place) | pl {.key, .name}] AS places,
  [(c:ChangeEvent)-[:ORIGINAL]->(b) | {event: c.key, kind: c.kind, date: c.date, fact_source: c.fact_source,
     bodies: [(c)-[:RESULTING]->(s:Body) | s {.key, .name}]}] AS successions,
  [(c:ChangeEvent)-[:RESULTING]->(b) | {event: c.key, kind: c.kind, date: c.date, fact_source: c.fact_source,
     bodies: [(c)-[:ORIGINAL]->(s:Body) | s {.key, .name}]}] AS predecessions,
  [(b)<-[:ASSIGNED_TO]-(a:Assignment) WHERE NOT coalesce(a.review_state, '') IN $hidden | a.role] AS roles,
  COUNT { (d:Document)-[:ISSUED_BY]->(b) } AS documents_issued
"""

# One item of a body's page, from its assignment `a`, the body `b`, and the task `t`, `provision` and
# `document` of its ResponsibilityRow (or of the graph). STATUS_VALUE is the task's status for the day,
# or, when graph.rendered writes the item, a mark the day's status replaces at read time.
_ITEM = """{
    role: a.role, implied: a.implied, confidence: a.confidence,
    review_state: coalesce(a.review_state, 'proposed'), corrects: [(a)-[:CORRECTS]->(o:Assignment) | o.key],
    task: t {.key, .name, .text, due: toString(t.due), .deadline_text, .recurrence, .recurrence_day,
      status: STATUS_VALUE},
    document: document,
    provision: provision,
    projects: [(t)-[:CONCERNS]->(pr:Project) | pr {.key, .name}],
    places: [(t)-[:CONCERNS]->(pl:Place) | pl {.key, .name}],
    reports_to: [(a)-[:REPORTS_TO]->(rb:Body) | rb {.key, .name}],
    with_bodies: [(t)-[:HAS_ASSIGNMENT]->(o:Assignment)-[:ASSIGNED_TO]->(ob:Body)
       WHERE ob <> b AND NOT coalesce(o.review_state, '') IN $hidden
       | {role: o.role, key: ob.key, name: ob.name}],
    evidence: [(a)-[:SUPPORTED_BY]->(e:Evidence) | e {.quote, .start, .end, .rule, .confidence, .document}]
       + [(t)-[:SUPPORTED_BY]->(e:Evidence) | e {.quote, .start, .end, .rule, .confidence, .document}]
  }"""
# The task, provision and document of an assignment with a ResponsibilityRow `r`.
_FROM_ROW = """MATCH (t:Task {key: r.task})
    RETURN t, {key: r.p_key, path: r.p_path, label: r.p_label, heading: r.p_heading} AS provision,
      CASE WHEN r.d_key IS NOT NULL THEN {key: r.d_key, name: r.d_name, symbol: r.d_symbol,
        doc_type: r.d_doc_type, date: toString(r.d_date)} END AS document"""

# The page's walk, shared by both reads of a body's page: the body, then the page's assignments with
# their ResponsibilityRow `r` (null for an assignment without one).
_WALK = """OPTIONAL MATCH (b:Body {key: $key})
CALL (b) {
  MATCH (b)<-[:ASSIGNED_TO]-(a:Assignment)
  WHERE ($role IS NULL OR a.role = $role) AND NOT coalesce(a.review_state, '') IN $hidden
  // No ORDER BY: a hub body has 30k assignments, and sorting them (even by internal id) reads every one
  // per request (62k db hits, 10 ms). The expansion from the body's index seek visits its ASSIGNED_TO
  // relationships in the store's chain order, which is fixed while the graph is unchanged, so SKIP/LIMIT
  // stop after offset + limit relationships and pages stay consistent between loads. (A sort key written
  // by the writer cannot reproduce that order: the chain's order is set at commit, not by the records.)
  WITH a
  SKIP $offset LIMIT $limit
  OPTIONAL MATCH (r:ResponsibilityRow {body: $key, sort: a.key})
"""

# One query, one record: whether the body exists, and the page. The page walks the body's ASSIGNED_TO
# relationships as main's query did (the order of their chain: no ORDER BY, see below); each assignment's
# task, provision and document come from its ResponsibilityRow (graph.readmodel), one composite index seek
# (body, sort = the assignment's key), instead of two expansions and a document lookup. An assignment
# without a row (a reviewer's correction or addition, or a graph loaded before the read model) is read
# from the graph as before. What other documents and reviews change is read live: review states, the
# projects', places' and co-bodies' names, the evidence and its order.
RESPONSIBILITIES = (
    """
"""
    + _WALK
    + """  CALL (a, r) {
    WITH a, r WHERE r IS NOT NULL
    """
    + _FROM_ROW
    + """
    UNION ALL
    WITH a, r WHERE r IS NULL
    MATCH (a)<-[:HAS_ASSIGNMENT]-(t:Task)-[:DERIVED_FROM]->(p:Provision)
    OPTIONAL MATCH (d:Document {key: split(p.key, '#')[0]})
    RETURN t, p {.key, .path, .label, .heading} AS provision,
      d {.key, .name, .symbol, .doc_type, date: toString(d.date)} AS document
  }
  // Dates as ISO strings here (toString of a date is its ISO form), so the rows need no walk in Python;
  // the page as one record (one Bolt message instead of one per row).
  WITH a, t, provision, document, """
    + _ITEM.replace("STATUS_VALUE", STATUS)
    + """ AS item
  RETURN collect(item) AS items
}
RETURN b IS NOT NULL AS found, items
"""
)

# The page as the read model renders it (graph.rendered), with the default review states hidden: the same
# walk, and per assignment its row's rendered item (its JSON around the status) with the day's status, or
# the assignment's key where the row has no item (then the whole page is read live, RESPONSIBILITIES).
# A query of its own, not a branch of RESPONSIBILITIES: its plan's rows stay narrow (Neo4j CPU per page
# 0.6 ms in bench/api_floor.py's prototype against 1.2 ms as a UNION branch beside the live item).
RENDERED_PAGE = (
    """
"""
    + _WALK
    + """  OPTIONAL MATCH (t:Task {key: r.task})
  RETURN collect(CASE WHEN r.head IS NOT NULL THEN [r.head, """
    + STATUS
    + """, r.tail] ELSE a.key END) AS items
}
RETURN b IS NOT NULL AS found, items
"""
)

# The items graph.rendered writes: rows named by (body, sort), with the default review states hidden and
# the status as the mark $mark.
ITEMS = (
    """
UNWIND $rows AS row
MATCH (r:ResponsibilityRow {body: row.body, sort: row.sort})
MATCH (b:Body {key: row.body})
MATCH (a:Assignment {key: row.sort})
CALL (r) {
  """
    + _FROM_ROW
    + """
}
RETURN row.body AS body, row.sort AS sort, """
    + _ITEM.replace("STATUS_VALUE", "$mark")
    + """ AS item
"""
)


def list_bodies(
    reader: Reader, *, kind: str | None = None, q: str | None = None, limit: int = 20, offset: int = 0
) -> tuple[list[BodySummary], bool]:
    """Bodies ordered by key, filtered by kind and a folded name fragment."""
    rows = reader.rows(LIST, kind=kind, q=fold(q) if q else None, offset=offset, limit=limit + 1)
    for r in rows:
        r["body"]["aliases"] = r["body"]["aliases"] or []
        r["body"]["catalogued"] = bool(r["body"]["catalogued"])
    return page([BodySummary.model_validate(r["body"]) for r in rows], limit)


def get_body(reader: Reader, key: str, hidden: list[str] | None = None) -> BodyDetail | None:
    """A body with its parent, units, places, aliases, successors and predecessors; its task counts
    leave out assignments in a `hidden` review state (graph.reviews.hidden_states)."""
    row = reader.one(DETAIL, key=key, hidden=hidden or [])
    if row is None:
        return None
    body: dict[str, Any] = row["body"]
    body["aliases"] = body["aliases"] or []
    body["curated"] = bool(body["curated"])
    body["catalogued"] = bool(body["catalogued"])
    body["parent"] = row["parents"][0] if row["parents"] else None
    body["units"] = sorted(row["units"], key=lambda u: u["key"])
    body["places"] = row["places"]
    # A merger into an existing body lists it on both sides: it is not its own successor or predecessor.
    body["successors"] = _others(row["successions"], key)
    body["predecessors"] = _others(row["predecessions"], key)
    counts: dict[str, int] = {}
    for role in row["roles"]:
        counts[role] = counts.get(role, 0) + 1
    body["task_counts"] = dict(sorted(counts.items()))
    body["documents_issued"] = row["documents_issued"]
    return BodyDetail.model_validate(body)


def _others(changes: list[Row], key: str) -> list[Row]:
    out = []
    for change in changes:
        bodies = [b for b in change["bodies"] if b["key"] != key]
        if bodies:
            out.append({**change, "bodies": bodies})
    return out


def responsibilities(
    reader: Reader,
    key: str,
    *,
    role: str | None = None,
    as_of: date | None = None,
    limit: int = 50,
    offset: int = 0,
    hidden: list[str] | None = None,
) -> tuple[list[Responsibility], bool] | None:
    """Every task the body is assigned, with role, deadline and status, document, provision and quotes;
    assignments in a `hidden` review state (graph.reviews.hidden_states) are left out."""
    found = _page(RESPONSIBILITIES, reader, key, role, as_of, limit, offset, hidden or [])
    if found is None:
        return None
    return page([Responsibility.model_validate(item) for item in found], limit)


def responsibility_page(
    reader: Reader,
    key: str,
    *,
    role: str | None = None,
    as_of: date | None = None,
    limit: int = 50,
    offset: int = 0,
    hidden: list[str] | None = None,
) -> tuple[list[Responsibility | Rendered], bool] | None:
    """The same page as `responsibilities`, from the read model's rendered items (graph.rendered) when
    the default review states are hidden and every item of the page has one: the same bytes."""
    hidden = hidden or []
    if sorted(hidden) == sorted(hidden_states(False)):
        found = _page(RENDERED_PAGE, reader, key, role, as_of, limit, offset, hidden)
        if found is None:
            return None
        if all(isinstance(item, list) for item in found):
            return page([_rendered(*item) for item in found], limit)
    live = responsibilities(reader, key, role=role, as_of=as_of, limit=limit, offset=offset, hidden=hidden)
    if live is None:
        return None
    items: list[Responsibility | Rendered] = list(live[0])
    return items, live[1]


def _rendered(head: str, status: str | None, tail: str) -> Rendered:
    return Rendered(head.encode("utf-8") + dumps(status) + tail.encode("utf-8"))


def _page(
    cypher: LiteralString,
    reader: Reader,
    key: str,
    role: str | None,
    as_of: date | None,
    limit: int,
    offset: int,
    hidden: list[str],
) -> list[Any] | None:
    params = status_params(as_of)
    found = reader.first(cypher, key=key, role=role, **params, hidden=hidden, offset=offset, limit=limit + 1)
    if found is None or not found[0]:
        return None
    items: list[Any] = found[1]
    return items
