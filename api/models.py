"""Response models: they document the JSON in the OpenAPI schema (the graph's typed answers among them)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, computed_field

from graph.answers import search
from graph.answers.documents import DocumentDetail as DocumentDetail
from graph.answers.documents import DocumentSummary as DocumentSummary
from graph.answers.documents import ProvisionDetail as ProvisionDetail
from graph.answers.neighbourhood import Neighbourhood as Neighbourhood
from graph.answers.tasks import TaskSummary as TaskSummary

T = TypeVar("T")


class Open(BaseModel):
    """A record that may carry properties beyond the documented ones."""

    model_config = ConfigDict(extra="allow")


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


class Ref(Open):
    """A reference to another node: its key, name and API URL when it has one."""

    key: str | None
    name: str | None = None
    href: str | None = None


class Evidence(Open):
    """The quote of a source document that supports a fact."""

    quote: str | None = Field(None, examples=["Ban Thường vụ Tỉnh ủy có trách nhiệm lãnh đạo, chỉ đạo"])
    start: int | None = None
    end: int | None = None
    rule: str | None = None
    confidence: float | None = None
    document: str | None = None


class BodySummary(Open):
    """A party, state or mass body."""

    key: str = Field(examples=["body/vn/bo-tai-chinh"])
    name: str | None = Field(None, examples=["Ban Thường vụ Tỉnh ủy"])
    short_name: str | None = None
    kind: str | None = Field(None, examples=["party"])
    aliases: list[str] = []
    catalogued: bool = Field(
        False, description="An entry of the catalogue's data files (false: a body found by a pattern)."
    )
    href: str


class Change(Open):
    """A restructuring (merger, renaming, split) and the bodies on its other side."""

    event: str | None = None
    kind: str | None = None
    date: str | None = None
    bodies: list[Ref] = []
    fact_source: str | None = Field(None, description="Where the restructuring can be checked.")


class BodyDetail(BodySummary):
    """A body with its parent, units, places, successors and task counts by role."""

    curated: bool = Field(
        False, description="Kept in the graph when no document supports it (false for bodies from documents)."
    )
    fact_source: str | None = Field(None, description="Where a curated body's facts can be checked.")
    parent: Ref | None = None
    units: list[Ref] = []
    places: list[Ref] = []
    successors: list[Change] = []
    predecessors: list[Change] = []
    task_counts: dict[str, int] = {}
    documents_issued: int = 0


class Responsibility(Open):
    """One task a body must lead, coordinate, monitor or report on, with the evidence quote."""

    role: str | None = Field(None, examples=["lead"])
    implied: bool | None = None
    confidence: float | None = None
    task: dict[str, Any] = Field(
        description="key, name, text, due, deadline_text, recurrence, recurrence_day and status (for `as_of`)"
    )
    document: dict[str, Any] | None = None
    provision: dict[str, Any] | None = None
    projects: list[Ref] = []
    places: list[Ref] = []
    reports_to: list[Ref] = []
    with_bodies: list[dict[str, Any]] = []
    evidence: list[Evidence] = []


class ProjectSummary(Open):
    """An infrastructure project, with OC4IDS-shaped fields."""

    key: str = Field(examples=["project/cau-tra-khuc-3"])
    name: str | None = Field(None, examples=["Cầu Trà Khúc 3"])
    aliases: list[str] = []
    sector: str | None = None
    type: str | None = None
    status: str | None = None
    href: str


class Party(Open):
    """A body and its roles in a project."""

    key: str
    name: str | None = None
    roles: list[str] = []
    href: str | None = None


class ProjectDetail(ProjectSummary):
    """A project with responsible bodies by role, the documents and tasks behind it, and places."""

    owner: str | None = None
    description: str | None = None
    fact_source: str | None = Field(
        None, description="Where the curated facts (owner, status...) can be checked."
    )
    parties: list[Party] = []
    places: list[Ref] = []
    documents: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []


class SearchHit(search.SearchHit):
    """A search result: what it is (label), its key, name and rank, and its API URL."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def href(self) -> str | None:
        """The hit's API URL when its label has a resource of its own."""
        from api.responses import href

        return href(self.label, self.key)


class SearchResults(BaseModel):
    """Ranked search hits."""

    query: str
    items: list[SearchHit]


class Health(BaseModel):
    """The process or the database is up."""

    status: str = Field(examples=["ok"])
    neo4j: str | None = None
