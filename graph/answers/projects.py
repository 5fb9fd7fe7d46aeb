"""The answers about projects: a summary in the list, and the detail with parties, documents and tasks.

Fields are declared in the order the JSON has always had (a test compares the bytes); hrefs are computed
fields; the queries build these with `model_validate` from their rows (see graph/answers/documents.py).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph.answers.links import BodyLinked, DocumentLinked, ProjectLinked
from graph.answers.tasks import TaskEvidence, TaskProvision


class ProjectSummary(ProjectLinked):
    """An infrastructure project, with OC4IDS-shaped fields."""

    aliases: list[str] = []
    name: str | None = Field(None, examples=["Cầu Trà Khúc 3"])
    type: str | None = None
    sector: str | None = Field(None, examples=["transport.road"])
    key: str = Field(examples=["project/cau-tra-khuc-3"])
    status: str | None = Field(None, examples=["implementation"])


class Party(BodyLinked):
    """A body and its roles in a project."""

    key: str
    name: str | None = None
    roles: list[str] = []


class ProjectPlace(BaseModel):
    """A place the project is located in."""

    name: str | None = None
    key: str
    kind: str | None = None


class ProjectDocument(DocumentLinked):
    """A document behind the project: it mentions it, assigns its tasks, or both."""

    date: str | None = Field(None, examples=["2023-07-14"])
    doc_type_name: str | None = None
    symbol: str | None = None
    name: str | None = None
    doc_type: str | None = Field(None, examples=["QD"])
    issuer: str | None = None
    key: str
    relations: list[str] = Field([], examples=[["mentions", "assigns_tasks"]])


class TaskDocument(BaseModel):
    """The document a project's task comes from."""

    doc_type_name: str | None = None
    date: str | None = Field(None, examples=["2023-07-14"])
    symbol: str | None = None
    name: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    key: str


class ProjectAssignment(BaseModel):
    """A body's role in a project's task, with the quotes that support it."""

    role: str | None = Field(None, examples=["lead"])
    implied: bool | None = None
    fact: str | None = Field(None, description="the assignment's key (what a review names)")
    evidence: list[str] = []
    name: str | None = None
    key: str
    review_state: str = Field(examples=["proposed"])


class ProjectTask(BaseModel):
    """A task that concerns the project."""

    assignments: list[ProjectAssignment] = []
    evidence: list[TaskEvidence] = []
    due: str | None = Field(None, examples=["2025-12-15"])
    provision: TaskProvision | None = None
    document: TaskDocument | None = None
    name: str | None = None
    text: str | None = None
    key: str
    status: str | None = None


class ProjectDetail(ProjectLinked):
    """A project with responsible bodies by role, the documents and tasks behind it, and places."""

    owner: str | None = None
    aliases: list[str] = []
    purpose: str | None = None
    description: str | None = None
    source: str | None = None
    type: str | None = None
    period_end: str | None = None
    period_start: str | None = None
    name: str | None = Field(None, examples=["Cầu Trà Khúc 3"])
    fact_source: str | None = Field(
        None, description="Where the curated facts (owner, status...) can be checked."
    )
    sector: str | None = Field(None, examples=["transport.road"])
    budget_currency: str | None = None
    key: str = Field(examples=["project/cau-tra-khuc-3"])
    budget_amount: int | float | None = None
    status: str | None = Field(None, examples=["implementation"])
    parties: list[Party] = []
    places: list[ProjectPlace] = []
    documents: list[ProjectDocument] = []
    decisions: list[ProjectDocument] = Field([], description="the documents that authorise it (QD, NQ)")
    tasks: list[ProjectTask] = []
