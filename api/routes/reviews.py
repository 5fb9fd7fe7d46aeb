"""Reviews: reviewers' decisions on extracted facts, the work queue, a fact's state and its history."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, field_validator

from api.deps import Decision, DriverDep, PagingDep, ReaderDep, ReviewerDep, ReviewState, Role, SettingsDep
from api.models import Fact, History, Page, Problem, Recorded, ReviewEntry
from api.problems import ERRORS, ApiProblem, not_found, problem
from api.responses import json_response, page_response
from graph import reviews as rv

router = APIRouter(tags=["reviews"])
WRITE_ERRORS = ERRORS | {
    401: {"model": Problem, "description": "No API key"},
    403: {"model": Problem, "description": "A wrong key, or a reader's key"},
    409: {"model": Problem, "description": "The fact changed since it was read: `current` holds its state"},
    412: {"model": Problem, "description": "An If-Match that names no fact version"},
}


class DecisionIn(BaseModel):
    """One decision. `fact` is the assignment judged, or for `added` the task that gains one."""

    fact: str = Field(min_length=1, max_length=2000, examples=["party/TU-<province>/KL/1/2023#I.1/t1"])
    decision: Decision
    reason: str | None = Field(None, max_length=4000)
    role: Role | None = Field(None, description="corrected / added: the role")
    body: str | None = Field(None, max_length=500, description="corrected / added: the body's key")
    quote: str | None = Field(None, max_length=8000, description="corrected / added: the reviewer's quote")
    version: int | None = Field(
        None,
        ge=0,
        le=rv.MAX_VERSION,
        description="the fact's version when read (its ETag's number); omitted: If-Match",
    )

    @field_validator("reason", "quote")
    @classmethod
    def _nfc(cls, value: str | None) -> str | None:
        return unicodedata.normalize("NFC", value) if value is not None else None


class DecisionsIn(BaseModel):
    """Several decisions, recorded together or not at all."""

    decisions: list[DecisionIn] = Field(min_length=1, max_length=500)


def _version(if_match: str | None) -> int | None:
    if if_match is None:
        return None
    version = rv.version_of(if_match)
    if version is None:
        raise ApiProblem(412, f'If-Match {if_match!r} names no fact version ("review-v<n>")', "Bad If-Match")
    return version


@router.post(
    "/reviews",
    response_model=Page[Recorded],
    responses=WRITE_ERRORS,
    summary="Record one decision or many (reviewer key); 409 when a fact changed since it was read",
)
def post_reviews(
    request: Request,
    driver: DriverDep,
    settings: SettingsDep,
    user: ReviewerDep,
    payload: DecisionIn | DecisionsIn,
    if_match: Annotated[str | None, Header(description="a single decision's fact ETag")] = None,
) -> Response:
    """Decisions as one transaction: each is checked against its fact's version, all apply or none."""
    items = payload.decisions if isinstance(payload, DecisionsIn) else [payload]
    header_version = _version(if_match) if len(items) == 1 else None
    decisions = [
        rv.Decision(
            d.fact,
            d.decision,
            d.reason,
            d.role,
            d.body,
            d.quote,
            d.version if d.version is not None else header_version,
        )
        for d in items
    ]
    try:
        out = rv.record_reviews(driver, decisions, user.name, settings.neo4j_database)
    except rv.ReviewConflict as e:
        return problem(409, str(e), "The fact changed since it was read", request.url.path, current=e.current)
    except rv.ReviewRefused as e:
        return problem(
            422, str(e), "Invalid decisions", request.url.path, errors=[{"msg": m} for m in e.problems]
        )
    return json_response(request, {"items": out, "limit": len(out), "offset": 0, "next": None})


@router.get("/reviews", response_model=Page[Fact], responses=ERRORS, summary="The work queue")
def review_queue(
    request: Request,
    reader: ReaderDep,
    paging: PagingDep,
    state: Annotated[ReviewState, Query(description="facts in this review state")] = "proposed",
    document: Annotated[str | None, Query(max_length=500, description="a document's key")] = None,
    body: Annotated[str | None, Query(max_length=500, description="a body's key")] = None,
    kind: Annotated[Literal["Assignment"], Query(description="the kind of fact")] = "Assignment",
) -> Response:
    """Facts in one review state (proposed by default), lowest confidence first."""
    items, more = rv.queue(
        reader, state=state, document=document, body=body, limit=paging.limit, offset=paging.offset
    )
    return page_response(request, items, more, paging)


@router.get("/reviews/log", response_model=Page[ReviewEntry], responses=ERRORS, summary="The review log")
def review_log(
    request: Request,
    reader: ReaderDep,
    paging: PagingDep,
    match_state: Annotated[
        Literal["applied", "orphaned"] | None, Query(description="orphaned: its fact was not found")
    ] = None,
    document: Annotated[str | None, Query(max_length=500)] = None,
    decision: Annotated[Decision | None, Query()] = None,
) -> Response:
    """Reviews newest first; `match_state=orphaned` lists those whose fact a reload did not find."""
    items, more = rv.review_log(
        reader,
        match_state=match_state,
        document=document,
        decision=decision,
        limit=paging.limit,
        offset=paging.offset,
    )
    return page_response(request, items, more, paging)


def _with_etag(request: Request, data: Fact | History, version: int | None) -> Response:
    response = json_response(request, data)
    response.headers["ETag"] = rv.fact_etag(version)
    response.headers["Cache-Control"] = "no-cache"
    return response


@router.get("/facts/{key:path}/history", response_model=History, responses=ERRORS, summary="A fact's reviews")
def fact_history(request: Request, reader: ReaderDep, key: str) -> Response:
    """The fact's state and version (ETag) and every review that judged or made it."""
    found = rv.history(reader, key)
    if found is None:
        raise not_found("fact", key)
    return _with_etag(request, found, found.fact.version)


@router.get(
    "/facts/{key:path}", response_model=Fact, responses=ERRORS, summary="One fact and its review state"
)
def get_fact(request: Request, reader: ReaderDep, key: str) -> Response:
    """An assignment with its review state and version; the ETag is what If-Match names."""
    fact = rv.get_fact(reader, key)
    if fact is None:
        raise not_found("fact", key)
    return _with_etag(request, fact, fact.version)
