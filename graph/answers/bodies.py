"""The answers about bodies: a summary in the list, the detail, and the tasks a body is responsible for.

Fields are declared in the order the JSON has always had (a test compares the bytes); hrefs are computed
fields; the queries build these with `model_validate` from their rows (see graph/answers/documents.py).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph.answers.links import BodyLinked, BodyRef, DocumentLinked, ProjectRef

CATALOGUED = "An entry of the catalogue's data files (false: a body found by a pattern)."


class PlaceRef(BaseModel):
    """A place: its name and key."""

    name: str | None = None
    key: str


class BodySummary(BodyLinked):
    """A party, state or mass body."""

    aliases: list[str] = []
    kind: str | None = Field(None, examples=["party"])
    name: str | None = Field(None, examples=["Ban Thường vụ Tỉnh ủy"])
    catalogued: bool = Field(False, description=CATALOGUED)
    short_name: str | None = None
    key: str = Field(examples=["body/vn/bo-tai-chinh"])


class Change(BaseModel):
    """A restructuring (merger, renaming, split) and the bodies on its other side."""

    date: str | None = None
    bodies: list[BodyRef] = []
    kind: str | None = None
    event: str | None = None
    fact_source: str | None = Field(None, description="Where the restructuring can be checked.")


class BodyDetail(BodyLinked):
    """A body with its parent, units, places, successors and task counts by role."""

    aliases: list[str] = []
    curated: bool = Field(
        False, description="Kept in the graph when no document supports it (false for bodies from documents)."
    )
    kind: str | None = Field(None, examples=["party"])
    name: str | None = Field(None, examples=["Ban Thường vụ Tỉnh ủy"])
    catalogued: bool = Field(False, description=CATALOGUED)
    short_name: str | None = None
    fact_source: str | None = Field(None, description="Where a curated body's facts can be checked.")
    key: str = Field(examples=["body/vn/bo-tai-chinh"])
    parent: BodyRef | None = None
    units: list[BodyRef] = []
    places: list[PlaceRef] = []
    successors: list[Change] = []
    predecessors: list[Change] = []
    task_counts: dict[str, int] = {}
    documents_issued: int = 0


class ResponsibilityEvidence(BaseModel):
    """The quote of a source document that supports the assignment or its task."""

    quote: str | None = Field(None, examples=["Ban Thường vụ Tỉnh ủy có trách nhiệm lãnh đạo, chỉ đạo"])
    confidence: float | None = None
    document: str | None = None
    start: int | None = None
    rule: str | None = None
    end: int | None = None


class ResponsibilityDocument(DocumentLinked):
    """The document a responsibility's task comes from."""

    name: str | None = None
    date: str | None = Field(None, examples=["2023-07-14"])
    symbol: str | None = None
    doc_type: str | None = Field(None, examples=["KL"])
    key: str


class ResponsibilityTask(BaseModel):
    """What the body must do, and by when."""

    recurrence: str | None = Field(None, examples=["annual"])
    due: str | None = Field(None, examples=["2025-12-15"])
    recurrence_day: int | None = None
    name: str | None = None
    deadline_text: str | None = None
    text: str | None = None
    key: str
    status: str | None = Field(None, examples=["overdue"], description="TaskStatuses notation for `as_of`")


class ResponsibilityProvision(BaseModel):
    """The provision the task derives from."""

    path: str | None = Field(None, examples=["II.2.7"])
    label: str | None = None
    heading: str | None = None
    key: str


class CoAssignee(BaseModel):
    """Another body assigned the same task, and its role."""

    role: str | None = Field(None, examples=["coordinate"])
    name: str | None = None
    key: str


class Responsibility(BaseModel):
    """One task a body must lead, coordinate, monitor or report on, with the evidence quote."""

    role: str | None = Field(None, examples=["lead"])
    implied: bool | None = None
    projects: list[ProjectRef] = []
    evidence: list[ResponsibilityEvidence] = []
    confidence: float | None = None
    document: ResponsibilityDocument | None = None
    corrects: list[str] = Field([], description="the assignments this one corrects")
    review_state: str = Field(examples=["proposed"])
    places: list[PlaceRef] = []
    task: ResponsibilityTask
    provision: ResponsibilityProvision | None = None
    reports_to: list[BodyRef] = []
    with_bodies: list[CoAssignee] = []
