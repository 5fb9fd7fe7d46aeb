"""Bodies: list, detail and responsibilities (who is responsible for what, with evidence)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.deps import BodyKindQuery, HiddenDep, PagingDep, ReaderDep, Role
from api.models import BodyDetail, BodySummary, Page, Responsibility
from api.problems import ERRORS, not_found
from api.responses import full_key, json_response, page_response
from graph.queries import bodies as q

router = APIRouter(prefix="/bodies", tags=["bodies"])


@router.get("", response_model=Page[BodySummary], responses=ERRORS, summary="List bodies")
def list_bodies(
    request: Request,
    reader: ReaderDep,
    paging: PagingDep,
    kind: BodyKindQuery = None,
    q_: Annotated[
        str | None, Query(alias="q", max_length=200, description="name fragment, any accents")
    ] = None,
) -> Response:
    """Bodies in key order, filtered by kind and a name fragment (diacritics optional)."""
    items, more = q.list_bodies(reader, kind=kind, q=q_, limit=paging.limit, offset=paging.offset)
    return page_response(request, items, more, paging)


@router.get(
    "/{id:path}/responsibilities",
    response_model=Page[Responsibility],
    responses=ERRORS,
    summary="What a body must do: every task it leads, coordinates, monitors or reports on",
)
def responsibilities(
    request: Request,
    reader: ReaderDep,
    paging: PagingDep,
    hidden: HiddenDep,
    id: str,
    role: Annotated[Role | None, Query(description="only this role")] = None,
    as_of: Annotated[
        date | None, Query(description="the day statuses are computed for (default today)")
    ] = None,
) -> Response:
    """Tasks of body `id` (key with or without `body/`): role, deadline, status, document, quotes."""
    key = full_key("body/", id)
    found = q.responsibility_page(
        reader, key, role=role, as_of=as_of, limit=paging.limit, offset=paging.offset, hidden=hidden
    )
    if found is None:
        raise not_found("body", key)
    items, more = found
    return page_response(request, items, more, paging)


@router.get("/{id:path}", response_model=BodyDetail, responses=ERRORS, summary="One body")
def get_body(request: Request, reader: ReaderDep, hidden: HiddenDep, id: str) -> Response:
    """Kind, parent and units, aliases, places, successors where restructured, task counts (ETag)."""
    key = full_key("body/", id)
    body = q.get_body(reader, key, hidden=hidden)
    if body is None:
        raise not_found("body", key)
    return json_response(request, body, etag=True)
