"""Tasks: a filtered, paginated list."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.deps import HiddenDep, PagingDep, ReaderDep, Role
from api.models import Page, TaskSummary
from api.problems import ERRORS
from api.responses import full_key, page_response
from graph.queries import tasks as q
from ontology.codelists import notations

# Any notation of the TaskStatuses code list is a valid filter; another value is refused (422).
_STATUSES = "|".join(sorted(notations("TaskStatuses")))
Status = Annotated[
    str | None,
    Query(pattern=f"^(?:{_STATUSES})$", description="a TaskStatuses notation, computed for `as_of`"),
]

router = APIRouter(prefix="/tasks", tags=["tasks"])
Key = Annotated[str | None, Query(max_length=300)]


@router.get("", response_model=Page[TaskSummary], responses=ERRORS, summary="List tasks")
def list_tasks(
    request: Request,
    reader: ReaderDep,
    paging: PagingDep,
    hidden: HiddenDep,
    body: Annotated[str | None, Query(max_length=300, examples=["body/vn/bo-tai-chinh"])] = None,
    role: Annotated[Role | None, Query()] = None,
    project: Annotated[str | None, Query(max_length=300, examples=["project/cau-tra-khuc-3"])] = None,
    document: Key = None,
    place: Key = None,
    period: Annotated[
        str | None,
        Query(pattern=r"^\d{4}(-\d{2})?$", description="YYYY or YYYY-MM of the due date or document date"),
    ] = None,
    due_before: Annotated[date | None, Query(description="due on or before this day (YYYY-MM-DD)")] = None,
    due_after: Annotated[date | None, Query(description="due on or after this day (YYYY-MM-DD)")] = None,
    status: Status = None,
    as_of: Annotated[
        date | None, Query(description="statuses are computed for this day (default today)")
    ] = None,
) -> Response:
    """Tasks in key order, filtered by body, role, project, document, place, period, due date and status."""
    items, more = q.list_tasks(
        reader,
        body=full_key("body/", body) if body else None,
        role=role,
        project=full_key("project/", project) if project else None,
        document=document.strip("/") if document else None,
        place=full_key("place/", place) if place else None,
        period=period,
        due_before=due_before,
        due_after=due_after,
        status=status,
        as_of=as_of,
        limit=paging.limit,
        offset=paging.offset,
        hidden=hidden,
    )
    return page_response(request, items, more, paging)
