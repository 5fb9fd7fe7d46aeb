"""The answer of a search: ranked hits with what they are and how they matched."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SearchHit(BaseModel):
    """A search result: what it is (label), its key, name and rank."""

    key: str | None
    label: str = Field(examples=["Project"])
    labels: list[str] = []
    name: str | None = None
    symbol: str | None = None
    match: str = Field(examples=["name"], description="symbol, name, alias or text")
    score: float
