"""Read queries on tasks: a filtered, paginated list anchored on the most selective filter."""

from __future__ import annotations

from datetime import date
from typing import LiteralString

from graph.answers.tasks import TaskSummary
from graph.reader import Reader, page
from ontology.codelists import notations

# Statuses are computed at read time for the date asked about ($as_of), from the task's deadline.
# Without a record of completion, only these three of the TaskStatuses code list can be derived.
OVERDUE, IN_PROGRESS, NO_DEADLINE = "overdue", "in_progress", "no_deadline"
PERIODIC = ("annual", "semiannual", "quarterly", "monthly")
assert {OVERDUE, IN_PROGRESS, NO_DEADLINE} <= notations("TaskStatuses")


def task_status(due: date | None, recurrence: str | None, as_of: date) -> str:
    """A task's status on as_of: a periodic task is always under way; else overdue past its due date."""
    if recurrence in PERIODIC:
        return IN_PROGRESS
    if due is None:
        return NO_DEADLINE
    return OVERDUE if due < as_of else IN_PROGRESS


# The same rule in Cypher (the filter pages in the database); the notations come in as parameters.
STATUS: LiteralString = (
    "CASE WHEN t.recurrence IN $periodic THEN $in_progress WHEN t.due IS NULL THEN $no_deadline "
    "WHEN t.due < $as_of THEN $overdue ELSE $in_progress END"
)

# Each anchor starts from the node a filter names (an index lookup), so no filter scans every task.
_ANCHORS: dict[str, LiteralString] = {
    "body": "MATCH (:Body {key: $body})<-[:ASSIGNED_TO]-(:Assignment)<-[:HAS_ASSIGNMENT]-(t:Task) "
    "WITH DISTINCT t",
    "project": "MATCH (:Project {key: $project})<-[:CONCERNS]-(t:Task)",
    "place": "MATCH (:Place {key: $place})<-[:CONCERNS]-(t:Task)",
    "document": "MATCH (t:Task) WHERE t.key STARTS WITH $document + '#'",
    "none": "MATCH (t:Task)",
}

_FILTERS: LiteralString = (
    """
WITH t WHERE ($document IS NULL OR t.key STARTS WITH $document + '#')
  AND ($project IS NULL OR EXISTS { (t)-[:CONCERNS]->(:Project {key: $project}) })
  AND ($place IS NULL OR EXISTS { (t)-[:CONCERNS]->(:Place {key: $place}) })
  AND (($body IS NULL AND $role IS NULL) OR EXISTS {
        (t)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
        WHERE ($body IS NULL OR b.key = $body) AND ($role IS NULL OR a.role = $role)
          AND NOT coalesce(a.review_state, '') IN $hidden })
  AND ($period IS NULL OR coalesce(toString(t.due), '') STARTS WITH $period OR EXISTS {
        MATCH (d:Document {key: split(t.key, '#')[0]}) WHERE toString(d.date) STARTS WITH $period })
  AND ($due_before IS NULL OR t.due <= $due_before)
  AND ($due_after IS NULL OR t.due >= $due_after)
WITH t, """
    + STATUS
    + """ AS status
WITH t, status WHERE $status IS NULL OR status = $status
WITH t, status ORDER BY t.key SKIP $offset LIMIT $limit
MATCH (t)-[:DERIVED_FROM]->(p:Provision)
RETURN t {.key, .name, .text, .domain, .due, .deadline_text, .recurrence, .recurrence_day, status: status,
  document: split(t.key, '#')[0],
  provision: p {.key, .path, .label},
  assignments: [(t)-[:HAS_ASSIGNMENT]->(a:Assignment)-[:ASSIGNED_TO]->(b:Body)
     WHERE NOT coalesce(a.review_state, '') IN $hidden
     | {role: a.role, implied: a.implied, key: b.key, name: b.name,
        review_state: coalesce(a.review_state, 'proposed')}],
  concerns: [(t)-[:CONCERNS]->(c) | {key: c.key, name: c.name, labels: labels(c)}]
} AS task
"""
)

QUERIES: dict[str, LiteralString] = {name: anchor + _FILTERS for name, anchor in _ANCHORS.items()}


def list_tasks(
    reader: Reader,
    *,
    body: str | None = None,
    role: str | None = None,
    project: str | None = None,
    document: str | None = None,
    place: str | None = None,
    period: str | None = None,
    due_before: date | None = None,
    due_after: date | None = None,
    status: str | None = None,
    as_of: date | None = None,
    limit: int = 20,
    offset: int = 0,
    hidden: list[str] | None = None,
) -> tuple[list[TaskSummary], bool]:
    """Tasks ordered by key, filtered by body, role, project, document, place, period, due date and status."""
    given = {"body": body, "project": project, "place": place, "document": document}
    anchor = next((name for name, value in given.items() if value is not None), "none")
    rows = reader.rows(
        QUERIES[anchor],
        **given,
        role=role,
        period=period,
        due_before=due_before,
        due_after=due_after,
        status=status,
        **status_params(as_of),
        hidden=hidden or [],
        offset=offset,
        limit=limit + 1,
    )
    return page([TaskSummary.model_validate(r["task"]) for r in rows], limit)


def status_params(as_of: date | None) -> dict[str, object]:
    """The parameters of STATUS: the date and the code list's notations."""
    return {
        "as_of": as_of or date.today(),
        "periodic": list(PERIODIC),
        "overdue": OVERDUE,
        "in_progress": IN_PROGRESS,
        "no_deadline": NO_DEADLINE,
    }
