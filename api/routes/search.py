"""Search over names, aliases and symbols: diacritic-insensitive, typo-tolerant, ranked, typed."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import MAX_PAGE, ReaderDep
from api.models import SearchHit, SearchResults
from api.problems import ERRORS
from api.responses import JSONBytes
from graph.queries import search as q
from ontology import mapping

router = APIRouter(prefix="/search", tags=["search"])
SearchType = Enum("SearchType", {label: label for label in sorted(mapping.SEARCHABLE_LABELS)}, type=str)  # type: ignore[misc]


@router.get(
    "",
    response_model=SearchResults,
    response_class=JSONBytes,
    responses=ERRORS,
    summary="Search names, aliases and symbols",
)
def search(
    reader: ReaderDep,
    q_: Annotated[
        str, Query(alias="q", min_length=1, max_length=200, examples=["tra khuc 3", "VSIP2", "168/QD-TTg"])
    ],
    type: Annotated[list[SearchType] | None, Query(description="only these labels")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
) -> JSONBytes:
    """Ranked hits with their label; exact symbol, name and alias matches first, then fuzzy matches."""
    labels = [t.value for t in type] if type else None
    hits = q.search(reader, q_, labels=labels, limit=limit)
    # The hits are the query's typed answers; the API's subclass adds the computed href.
    items = [SearchHit.model_construct(**dict(hit)) for hit in hits]
    # The answer as bytes at once: returned as a model, FastAPI would validate the hits again against
    # `response_model` (a second pydantic pass over what model_construct has just built) before writing.
    return JSONBytes(SearchResults.model_construct(query=q_, items=items))
