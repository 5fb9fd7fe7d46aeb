"""Each error class becomes its problem: status, title, Retry-After, the detail where it is the error's."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api import problems
from graph.errors import GraphAuthError, GraphError, GraphUnavailable, NotFound, QueryTimeout, TooLarge
from ontology import OntologyError, UnknownTermError

# error, status, title, Retry-After (None: no such header), whether the detail is the error's message
CASES = [
    (problems.ApiProblem(409, "taken", "Conflict"), 409, "Conflict", None, True),
    (UnknownTermError("no term x"), 422, "Invalid parameters", None, True),
    (NotFound("no body y"), 404, "Not found", None, True),
    (GraphUnavailable("down"), 503, "Neo4j unavailable", "5", False),
    (GraphAuthError("refused"), 503, "Neo4j unavailable", "30", False),
    (QueryTimeout("slow"), 504, "Query timed out", None, False),
    (TooLarge("too many nodes"), 422, "Graph too large", None, False),
    (GraphError("broken"), 500, "Graph error", None, True),
    (OntologyError("bad key"), 422, "Invalid parameters", None, True),
    (RuntimeError("bug"), 500, "Internal error", None, False),
]


@pytest.mark.parametrize(("error", "status", "title", "retry", "own_detail"), CASES, ids=lambda c: str(c))
def test_each_error_is_its_problem(
    error: Exception, status: int, title: str, retry: str | None, own_detail: bool
) -> None:
    app = FastAPI()
    problems.install(app)

    @app.get("/boom")
    def boom() -> None:
        raise error

    r = TestClient(app, raise_server_exceptions=False).get("/boom")
    body = r.json()
    assert (r.status_code, body["status"], body["title"]) == (status, status, title)
    assert r.headers["content-type"] == problems.PROBLEM_TYPE and body["instance"] == "/boom"
    assert r.headers.get("retry-after") == retry
    assert (body["detail"] == str(error)) is own_detail, body["detail"]


def test_an_unknown_route_and_bad_parameters_are_problems() -> None:
    app = FastAPI()
    problems.install(app)

    @app.get("/n")
    def n(limit: int) -> dict[str, int]:
        return {"limit": limit}

    client = TestClient(app)
    missing = client.get("/nowhere").json()
    assert (missing["status"], missing["detail"]) == (404, "No route /nowhere; see /docs for the endpoints")
    invalid = client.get("/n?limit=x").json()
    assert invalid["status"] == 422
    assert invalid["detail"].startswith("Invalid request parameters: query.limit")
