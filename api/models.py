"""Response models: they document the JSON in the OpenAPI schema (the graph's typed answers among them)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field, computed_field

from graph.answers import links, search
from graph.answers.bodies import BodyDetail as BodyDetail
from graph.answers.bodies import BodySummary as BodySummary
from graph.answers.bodies import Responsibility as Responsibility
from graph.answers.documents import DocumentDetail as DocumentDetail
from graph.answers.documents import DocumentSummary as DocumentSummary
from graph.answers.documents import ProvisionDetail as ProvisionDetail
from graph.answers.neighbourhood import Neighbourhood as Neighbourhood
from graph.answers.projects import ProjectDetail as ProjectDetail
from graph.answers.projects import ProjectSummary as ProjectSummary
from graph.answers.reviews import Fact as Fact
from graph.answers.reviews import History as History
from graph.answers.reviews import LostFact as LostFact
from graph.answers.reviews import Recorded as Recorded
from graph.answers.reviews import ReviewEntry as ReviewEntry
from graph.answers.tasks import TaskSummary as TaskSummary

T = TypeVar("T")


class Problem(BaseModel):
    """An RFC 9457 problem: every error the API returns."""

    type: str = Field("about:blank", examples=["about:blank"])
    title: str = Field(examples=["Not found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["No body with key 'body/vn/x'"])
    instance: str | None = Field(None, examples=["/v1/bodies/vn/x"])
    errors: list[dict[str, Any]] | None = None


class Page(BaseModel, Generic[T]):
    """One page of a list in a stable order; `next` is the URL of the following page, or null."""

    items: list[T]
    limit: int = Field(examples=[20])
    offset: int = Field(examples=[0])
    next: str | None = Field(None, examples=["/v1/documents?limit=20&offset=20"])


class SearchHit(search.SearchHit):
    """A search result: what it is (label), its key, name and rank, and its API URL."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def href(self) -> str | None:
        """The hit's API URL when its label has a resource of its own."""
        return links.href(self.label, self.key)


class SearchResults(BaseModel):
    """Ranked search hits."""

    query: str
    items: list[SearchHit]


class Health(BaseModel):
    """The process or the database is up."""

    status: str = Field(examples=["ok"])
    neo4j: str | None = None
