"""RDF: any node with its neighbourhood, the whole graph, and the ontology, as Turtle or JSON-LD."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.deps import ReaderDep, SettingsDep
from api.models import Problem
from api.problems import ERRORS, ApiProblem, not_found
from api.settings import Settings
from graph import rdf
from graph.queries.neighbourhood import label_of_key
from ontology.files import ontology_graph
from ontology.rdf import serialize

router = APIRouter(prefix="/rdf", tags=["rdf"])
MEDIA = {
    "turtle": "text/turtle; charset=utf-8",
    "json-ld": "application/ld+json",
    "nt": "application/n-triples",
}
ACCEPT = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/json": "json-ld",
    "application/n-triples": "nt",
}


class Format(StrEnum):
    turtle = "turtle"
    jsonld = "json-ld"
    nt = "nt"


RDF_RESPONSES = ERRORS | {
    # JSON-LD first: schema validators read the first media type's schema (text is not checked as JSON).
    200: {
        "description": "RDF: a JSON-LD document, or Turtle or N-Triples text",
        "content": {
            "application/ld+json": {"schema": {"type": "object"}},
            "text/turtle": {"schema": {"type": "string"}},
            "application/n-triples": {"schema": {"type": "string"}},
        },
    },
    406: {"description": "No RDF format matches the Accept header"},
}
FormatQuery = Annotated[Format | None, Query(alias="format", description="overrides the Accept header")]


def negotiate(request: Request, fmt: Format | None) -> str:
    """The RDF format from ?format=, else from the Accept header (Turtle by default)."""
    if fmt is not None:
        return fmt.value
    accept = request.headers.get("accept", "")
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            name, _, value = p.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in ACCEPT:
            return ACCEPT[media]
        if media in ("*/*", "text/*", "application/*", ""):
            return "turtle"
    if not accept.strip():
        return "turtle"
    raise ApiProblem(406, f"No RDF format for Accept {accept!r}; use text/turtle or application/ld+json.")


def _rdf(text: str, fmt: str, headers: dict[str, str] | None = None) -> Response:
    return Response(text, media_type=MEDIA[fmt], headers={"Vary": "Accept", **(headers or {})})


_builds: dict[int, threading.BoundedSemaphore] = {}


@contextmanager
def _building(settings: Settings) -> Iterator[None]:
    """At most API_RDF_CONCURRENCY RDF answers built at once in this worker: its memory stays bounded."""
    gate = _builds.setdefault(
        settings.api_rdf_concurrency, threading.BoundedSemaphore(settings.api_rdf_concurrency)
    )
    if not gate.acquire(timeout=settings.api_query_timeout_s):
        raise ApiProblem(
            503, "Too many RDF answers are being built; retry shortly.", "Busy", {"Retry-After": "5"}
        )
    try:
        yield
    finally:
        gate.release()


@router.get(
    "/node", responses=RDF_RESPONSES, response_class=Response, summary="A node and its neighbourhood as RDF"
)
def node(
    request: Request,
    reader: ReaderDep,
    settings: SettingsDep,
    key: Annotated[str, Query(min_length=1, max_length=500, examples=["project/cau-tra-khuc-3"])],
    depth: Annotated[int, Query(ge=1, le=2)] = 1,
    limit: Annotated[
        int | None, Query(ge=1, le=5000, description="at most this many relationships (API_RDF_NODE_LIMIT)")
    ] = None,
    fmt: FormatQuery = None,
) -> Response:
    """The node `key` and relationships up to `depth` hops, at most `limit` (X-KG-Limit, X-KG-Truncated)."""
    chosen = negotiate(request, fmt)
    label = label_of_key(key)
    if label is None:
        raise not_found("node", key)
    with _building(settings):
        found = rdf.node_view(reader, label, key, depth=depth, limit=limit or settings.api_rdf_node_limit)
        text = found.view.serialize(chosen)
    bound = {"X-KG-Limit": str(found.limit), "X-KG-Truncated": "true" if found.truncated else "false"}
    return _rdf(text, chosen, bound)


@router.get(
    "/graph",
    responses=RDF_RESPONSES
    | {422: {"model": Problem, "description": "Invalid parameters, or a graph too large: use `kg export`"}},
    response_class=Response,
    summary="The whole graph as RDF (small graphs; else `kg export`)",
)
def whole_graph(
    request: Request, reader: ReaderDep, settings: SettingsDep, fmt: FormatQuery = None
) -> Response:
    """Every node and relationship, up to API_RDF_GRAPH_MAX_ELEMENTS of them (else 422: use `kg export`)."""
    chosen = negotiate(request, fmt)
    with _building(settings):
        view = rdf.export_graph(reader, max_elements=settings.api_rdf_graph_max_elements)
        return _rdf(view.serialize(chosen), chosen)


@router.get("/ontology", responses=RDF_RESPONSES, response_class=Response, summary="The ontology as RDF")
def ontology(request: Request, fmt: FormatQuery = None) -> Response:
    """The classes, properties and code lists (kg.ttl and codelists.ttl)."""
    chosen = negotiate(request, fmt)
    return _rdf(serialize(ontology_graph(), chosen), chosen)
