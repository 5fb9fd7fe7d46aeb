"""Read queries on projects: list and detail (parties by role, directives, tasks, decisions, places)."""

from __future__ import annotations

from typing import Any, LiteralString

from graph.answers.projects import ProjectDetail, ProjectSummary
from graph.reader import Reader, page
from graph.values import plain
from ontology.text import fold

LIST = """
MATCH (p:Project)
WHERE ($status IS NULL OR p.status = $status)
  AND ($sector IS NULL OR p.sector = $sector)
  AND ($q IS NULL OR coalesce(p.name_folded, toLower(p.name), '') CONTAINS $q)
WITH p ORDER BY p.key
SKIP $offset LIMIT $limit
RETURN p {.key, .name, .aliases, .sector, .type, .status} AS project
"""

# One query, one record: the project, its parties, places and mentions, and its tasks in key order. The
# tasks come from the project's ProjectTaskRows (graph.readmodel): one seek of the (project, sort = task
# key) index, read in index order, so LIMIT stops after $limit rows and nothing is sorted; each row holds
# its task's provision and document. What other documents and reviews change is read live from the task:
# its assignments (review states, bodies' names) and evidence. A project without rows (a graph loaded
# before the read model) has its tasks read from the graph as before. The tasks' and the mentions' dates
# are ISO strings from Cypher (toString of a date), so only the project's own map goes through `plain`
# (hydrating and walking a hub project's mention dates was about 7% of the API's CPU for it, py-spy).
_TASK = """t {.key, .name, .text, .status, due: toString(t.due),
    provision: PROVISION, document: DOCUMENT,
    assignments: [(t)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
       WHERE NOT coalesce(a.review_state, '') IN $hidden
       | {role: a.role, implied: a.implied, key: b.key, name: b.name, fact: a.key,
          review_state: coalesce(a.review_state, 'proposed'),
          evidence: [(a)-[:SUPPORTED_BY]->(e:Evidence) | e.quote]}],
    evidence: [(t)-[:SUPPORTED_BY]->(e:Evidence) | e {.quote, .start, .end, .rule, .confidence}]
  }"""
_ROW_TASK = _TASK.replace("PROVISION", "{key: r.p_key, path: r.p_path, label: r.p_label}").replace(
    "DOCUMENT",
    "CASE WHEN r.d_key IS NOT NULL THEN {key: r.d_key, name: r.d_name, symbol: r.d_symbol, "
    "doc_type: r.d_doc_type, doc_type_name: r.d_doc_type_name, date: toString(r.d_date), "
    "issuer: r.d_issuer} END",
)
_LIVE_TASK = _TASK.replace("PROVISION", "pv {.key, .path, .label}").replace(
    "DOCUMENT", "d {.key, .name, .symbol, .doc_type, .doc_type_name, date: toString(d.date), .issuer}"
)
DETAIL: LiteralString = (  # type: ignore[assignment]
    """
MATCH (p:Project {key: $key})
CALL (p) {
  MATCH (r:ProjectTaskRow) WHERE r.project = $key AND r.sort IS NOT NULL
  WITH r ORDER BY r.project, r.sort LIMIT $limit
  MATCH (t:Task {key: r.sort})
  RETURN collect("""
    + _ROW_TASK
    + """) AS rowed
}
CALL (p, rowed) {
  WITH p WHERE size(rowed) = 0
  MATCH (p)<-[:CONCERNS]-(t:Task)-[:DERIVED_FROM]->(pv:Provision)
  WITH t, pv ORDER BY t.key LIMIT $limit
  OPTIONAL MATCH (d:Document {key: split(pv.key, '#')[0]})
  RETURN collect("""
    + _LIVE_TASK
    + """) AS live
}
RETURN {
  project: p {.key, .name, .aliases, .sector, .type, .status, .owner, .description, .purpose, .source,
          .fact_source, .budget_amount, .budget_currency, .period_start, .period_end},
  participants: [(b:Body)-[r:PARTICIPATES_IN]->(p) | {role: r.role, key: b.key, name: b.name}],
  places: [(p)-[:LOCATED_IN]->(pl:Place) | pl {.key, .name, .kind}],
  mentioned_in: [(d:Document)-[:MENTIONS]->(p)
     | d {.key, .name, .symbol, .doc_type, .doc_type_name, date: toString(d.date), .issuer}],
  tasks: CASE WHEN size(rowed) > 0 THEN rowed ELSE live END
} AS detail
"""
)

# Decisions (QD) and resolutions (NQ) are what authorise a project; the rest are directives around it.
DECISION_TYPES = frozenset({"QD", "NQ"})


def list_projects(
    reader: Reader,
    *,
    status: str | None = None,
    sector: str | None = None,
    q: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[ProjectSummary], bool]:
    """Projects ordered by key, filtered by status, sector and a folded name fragment."""
    rows = reader.rows(
        LIST, status=status, sector=sector, q=fold(q) if q else None, offset=offset, limit=limit + 1
    )
    for r in rows:
        r["project"]["aliases"] = r["project"]["aliases"] or []
    return page([ProjectSummary.model_validate(r["project"]) for r in rows], limit)


def get_project(
    reader: Reader, key: str, task_limit: int = 200, hidden: list[str] | None = None
) -> ProjectDetail | None:
    """A project with its responsible bodies by role, the tasks and documents behind it, and places;
    assignments in a `hidden` review state (graph.reviews.hidden_states) are left out."""
    found = reader.first(DETAIL, key=key, limit=task_limit, hidden=hidden or [])
    if found is None:
        return None
    row = found[0]
    project: dict[str, Any] = plain(row["project"])
    project["aliases"] = project["aliases"] or []
    tasks = row["tasks"]
    parties: dict[str, dict[str, Any]] = {}
    for part in row["participants"]:
        entry = parties.setdefault(part["key"], {"key": part["key"], "name": part["name"], "roles": []})
        if part["role"] and part["role"] not in entry["roles"]:
            entry["roles"].append(part["role"])
    for task in tasks:
        for a in task["assignments"]:
            entry = parties.setdefault(a["key"], {"key": a["key"], "name": a["name"], "roles": []})
            if a["role"] and a["role"] not in entry["roles"]:
                entry["roles"].append(a["role"])
    documents: dict[str, dict[str, Any]] = {}
    for d in row["mentioned_in"]:
        documents[d["key"]] = {**d, "relations": ["mentions"]}
    for task in tasks:
        d = task["document"]
        if d is None:
            continue
        entry = documents.setdefault(d["key"], {**d, "relations": []})
        if "assigns_tasks" not in entry["relations"]:
            entry["relations"].append("assigns_tasks")
    docs = sorted(documents.values(), key=lambda d: (d.get("date") or "", d["key"]))
    project["parties"] = sorted(parties.values(), key=lambda p: p["key"])
    project["places"] = sorted(row["places"], key=lambda p: p["key"])
    project["documents"] = docs
    project["decisions"] = [d for d in docs if d.get("doc_type") in DECISION_TYPES]
    project["tasks"] = tasks
    return ProjectDetail.model_validate(project)
