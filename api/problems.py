"""Every error as an RFC 9457 `application/problem+json` response, mapped in this one place."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from logging import ERROR, WARNING
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.models import Problem
from graph.errors import GraphAuthError, GraphError, GraphUnavailable, NotFound, QueryTimeout, TooLarge
from ontology import OntologyError, UnknownTermError

PROBLEM = "application/problem+json"
PROBLEM_TYPE = PROBLEM + "; charset=utf-8"
RETRY_AFTER_S = 5
log = logging.getLogger("api")
Handler = Callable[[Request, Exception], Awaitable[Response]]


class ApiProblem(Exception):
    """An error the API itself raises, with its HTTP status, title and detail."""

    def __init__(
        self, status: int, detail: str, title: str | None = None, headers: dict[str, str] | None = None
    ):
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers or {}
        self.title = title or HTTPStatus(status).phrase


def problem(
    status: int,
    detail: str,
    title: str | None = None,
    instance: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    """A problem+json response."""
    body = {
        "type": "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
        **extra,
    }
    return Response(
        json.dumps(body, ensure_ascii=False), status_code=status, media_type=PROBLEM_TYPE, headers=headers
    )


def not_found(what: str, key: str) -> ApiProblem:
    """The 404 problem for an unknown key."""
    return ApiProblem(404, f"No {what} with key {key!r}", "Not found")


def _json_safe(errors: list[Any]) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        out.append(
            {
                "loc": [str(x) for x in e.get("loc", ())],
                "msg": str(e.get("msg", "")),
                "type": str(e.get("type", "")),
            }
        )
    return out


async def _api(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiProblem)
    return problem(exc.status, exc.detail, exc.title, request.url.path, exc.headers)


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No route {request.url.path}; see /docs for the endpoints"
    return problem(exc.status_code, detail, None, request.url.path, dict(exc.headers or {}))


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = _json_safe(list(exc.errors()))
    where = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors[:5])
    return problem(
        422, f"Invalid request parameters: {where}", "Invalid parameters", request.url.path, errors=errors
    )


def _as(status: int, title: str) -> Handler:
    """A handler answering `status` and `title` with the exception's own message as the detail."""

    async def handler(request: Request, exc: Exception) -> Response:
        return problem(status, str(exc), title, request.url.path)

    return handler


def _unavailable(detail: str, retry_after_s: int, level: int, note: str) -> Handler:
    """A 503 "Neo4j unavailable" with Retry-After; `note` and the cause logged at `level`."""

    async def handler(request: Request, exc: Exception) -> Response:
        log.log(level, "%s: %s", note, exc)
        headers = {"Retry-After": str(retry_after_s)}
        return problem(503, detail, "Neo4j unavailable", request.url.path, headers)

    return handler


_down = _unavailable(
    "The graph database does not answer; retry shortly.", RETRY_AFTER_S, WARNING, "Neo4j unavailable"
)
_auth = _unavailable(
    "The API cannot log in to the graph database (check NEO4J_PASSWORD).",
    RETRY_AFTER_S * 6,
    ERROR,
    "Neo4j refused the credentials",
)


async def _slow(request: Request, exc: Exception) -> Response:
    return problem(
        504,
        "The query ran past the API's time limit and was stopped; narrow it.",
        "Query timed out",
        request.url.path,
    )


async def _large(request: Request, exc: Exception) -> Response:
    return problem(
        422,
        f"{exc}: run `kg export` for the whole graph, or ask /v1/rdf/node for a part.",
        "Graph too large",
        request.url.path,
    )


async def _graph(request: Request, exc: Exception) -> Response:
    log.exception("graph error", exc_info=exc)
    return problem(500, str(exc), "Graph error", request.url.path)


async def _bug(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error", exc_info=exc)
    return problem(500, "An unexpected error; it is logged.", "Internal error", request.url.path)


# Each error class and its problem; Starlette picks the handler of the nearest class in the MRO.
HANDLERS: list[tuple[type[Exception], Handler]] = [
    (ApiProblem, _api),
    (StarletteHTTPException, _http),
    (RequestValidationError, _invalid),
    (UnknownTermError, _as(422, "Invalid parameters")),
    (NotFound, _as(404, "Not found")),
    (GraphUnavailable, _down),
    (GraphAuthError, _auth),
    (QueryTimeout, _slow),
    (TooLarge, _large),
    (GraphError, _graph),
    (OntologyError, _as(422, "Invalid parameters")),
    (Exception, _bug),
]


def install(app: FastAPI) -> None:
    """Register the exception handlers that turn every error into a problem."""
    for error, handler in HANDLERS:
        app.add_exception_handler(error, handler)


# The problems every read operation documents (the OpenAPI hook turns their content into problem+json).
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "Unknown key"},
    422: {"model": Problem, "description": "Invalid parameters"},
    503: {"model": Problem, "description": "Neo4j unavailable (see Retry-After)"},
    504: {"model": Problem, "description": "Query timed out"},
}


def problem_openapi(schema: dict[str, Any]) -> dict[str, Any]:
    """Make every error response of the schema `application/problem+json` with the Problem model."""
    ref = {"$ref": "#/components/schemas/Problem"}
    for path in schema.get("paths", {}).values():
        for op in path.values():
            for status, response in op.get("responses", {}).items():
                if status[:1] in "45":
                    response["content"] = {PROBLEM: {"schema": ref}}
    comps = schema.setdefault("components", {}).setdefault("schemas", {})
    comps.pop("HTTPValidationError", None)
    comps.pop("ValidationError", None)
    comps.setdefault("Problem", Problem.model_json_schema(ref_template="#/components/schemas/{model}"))
    return schema
