"""The neighbourhood of any node as nodes and edges JSON, bounded in depth and size."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.deps import ReaderDep
from api.models import Neighbourhood
from api.problems import ERRORS, not_found
from api.responses import json_response
from graph.queries.neighbourhood import neighbourhood

router = APIRouter(prefix="/graph", tags=["graph"])


@router.get(
    "/neighbourhood", response_model=Neighbourhood, responses=ERRORS, summary="A node's neighbourhood"
)
def get_neighbourhood(
    request: Request,
    reader: ReaderDep,
    key: Annotated[str, Query(min_length=1, max_length=500, examples=["project/cau-tra-khuc-3"])],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=500, description="at most this many nodes")] = 100,
) -> Response:
    """Nodes and edges within `depth` hops of node `key` (Evidence and LoadRun left out); ETag."""
    found = neighbourhood(reader, key, depth=depth, limit=limit)
    if found is None:
        raise not_found("node", key)
    return json_response(request, found, etag=True)
