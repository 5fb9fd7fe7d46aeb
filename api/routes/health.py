"""Health (the process is up) and readiness (Neo4j answers)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import ReaderDep
from api.models import Health
from api.problems import ERRORS, ApiProblem
from api.responses import json_response
from api.warmup import PlanWarmUp

router = APIRouter(tags=["health"])
WARM_UP_WAIT_S = 10.0


@router.get("/health", response_model=Health, summary="The API process is up")
async def health(request: Request) -> Response:
    """Always 200 while the process runs; says nothing about Neo4j."""
    return json_response(request, {"status": "ok"})


@router.get("/ready", response_model=Health, responses={503: ERRORS[503]}, summary="Neo4j answers")
def ready(request: Request, reader: ReaderDep) -> Response:
    """200 when Neo4j answers a query now and the query plans are compiled, else a 503 problem with
    Retry-After. While the start's warm-up runs (api/warmup.py) it waits up to WARM_UP_WAIT_S for it."""
    warm_up: PlanWarmUp = request.app.state.warm_up
    if not warm_up.wait(WARM_UP_WAIT_S):
        raise ApiProblem(
            503,
            "The API is compiling its query plans; try again shortly.",
            "Warming up",
            {"Retry-After": "2"},
        )
    reader.ping()
    return json_response(request, {"status": "ok", "neo4j": "up"})
