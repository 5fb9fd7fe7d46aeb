"""Health (the process is up) and readiness (Neo4j answers)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import ReaderDep
from api.models import Health
from api.problems import ERRORS
from api.responses import json_response

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="The API process is up")
async def health(request: Request) -> Response:
    """Always 200 while the process runs; says nothing about Neo4j."""
    return json_response(request, {"status": "ok"})


@router.get("/ready", response_model=Health, responses={503: ERRORS[503]}, summary="Neo4j answers")
def ready(request: Request, reader: ReaderDep) -> Response:
    """200 when Neo4j answers a query now, else a 503 problem with Retry-After."""
    reader.ping()
    return json_response(request, {"status": "ok", "neo4j": "up"})
