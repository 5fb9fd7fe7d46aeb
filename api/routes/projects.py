"""Projects: list, detail (parties by role, directives, tasks, decisions, places) and OC4IDS."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.deps import HiddenDep, PagingDep, ReaderDep
from api.models import Page, ProjectDetail, ProjectSummary
from api.oc4ids import project_record
from api.problems import ERRORS, not_found
from api.responses import full_key, json_response, page_response
from graph.queries import projects as q

router = APIRouter(prefix="/projects", tags=["projects"])
OC4IDS_EXAMPLE = {
    "id": "project/cau-tra-khuc-3",
    "title": "Cầu Trà Khúc 3",
    "status": "implementation",
    "parties": [{"id": "body/vn/bo-xay-dung", "name": "Bộ Xây dựng", "roles": ["lead"]}],
}


@router.get("", response_model=Page[ProjectSummary], responses=ERRORS, summary="List projects")
def list_projects(
    request: Request,
    reader: ReaderDep,
    paging: PagingDep,
    status: Annotated[str | None, Query(max_length=40, examples=["implementation"])] = None,
    sector: Annotated[str | None, Query(max_length=80, examples=["transport.road"])] = None,
    q_: Annotated[
        str | None, Query(alias="q", max_length=200, description="name fragment, any accents")
    ] = None,
) -> Response:
    """Projects in key order, filtered by OC4IDS status, sector and a name fragment."""
    items, more = q.list_projects(
        reader, status=status, sector=sector, q=q_, limit=paging.limit, offset=paging.offset
    )
    return page_response(request, items, more, paging)


def _detail(reader: Any, id: str, hidden: list[str]) -> ProjectDetail:
    key = full_key("project/", id)
    project = q.get_project(reader, key, hidden=hidden)
    if project is None:
        raise not_found("project", key)
    return project


@router.get(
    "/{id:path}/oc4ids",
    responses=ERRORS
    | {
        200: {
            "description": "An OC4IDS project record",
            "content": {"application/json": {"example": OC4IDS_EXAMPLE}},
        }
    },
    summary="The project as an OC4IDS project record",
)
def oc4ids(request: Request, reader: ReaderDep, hidden: HiddenDep, id: str) -> Response:
    """A valid OC4IDS project record: id, title, status, sector, parties with roles, locations, documents."""
    return json_response(request, project_record(_detail(reader, id, hidden).model_dump()), etag=True)


@router.get("/{id:path}", response_model=ProjectDetail, responses=ERRORS, summary="One project")
def get_project(request: Request, reader: ReaderDep, hidden: HiddenDep, id: str) -> Response:
    """OC4IDS-shaped fields, responsible bodies by role, tasks, directives, decisions and places (ETag)."""
    return json_response(request, _detail(reader, id, hidden), etag=True)
