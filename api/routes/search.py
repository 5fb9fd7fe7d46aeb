"""Search over names, aliases and symbols: diacritic-insensitive, typo-tolerant, ranked, typed."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.deps import MAX_PAGE, ReaderDep
from api.models import SearchResults
from api.problems import ERRORS
from api.responses import href, json_response
from graph.queries import search as q
from ontology import mapping

router = APIRouter(prefix="/search", tags=["search"])
SearchType = Enum("SearchType", {label: label for label in sorted(mapping.SEARCHABLE_LABELS)}, type=str)  # type: ignore[misc]


@router.get("", response_model=SearchResults, responses=ERRORS, summary="Search names, aliases and symbols")
def search(
    request: Request,
    reader: ReaderDep,
    q_: Annotated[
        str, Query(alias="q", min_length=1, max_length=200, examples=["tra khuc 3", "VSIP2", "168/QD-TTg"])
    ],
    type: Annotated[list[SearchType] | None, Query(description="only these labels")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
) -> Response:
    """Ranked hits with their label; exact symbol, name and alias matches first, then fuzzy matches."""
    labels = [t.value for t in type] if type else None
    hits = q.search(reader, q_, labels=labels, limit=limit)
    for hit in hits:
        hit["href"] = href(hit["label"], hit["key"])
    return json_response(request, {"query": q_, "items": hits})
