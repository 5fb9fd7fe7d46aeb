"""The answers about tasks: a task in the task list, and a task under its provision (with its evidence).

Fields are declared in the order the JSON has always had (a test compares the bytes); the queries build
these with `model_validate` from their rows (faster than `model_construct` for nested rows: see
graph/answers/documents.py).
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class Labelled(BaseModel):
    """A node a task concerns or a document mentions: its name, key and labels."""

    name: str | None = None
    key: str | None = None
    labels: list[str] = []


class TaskEvidence(BaseModel):
    """The quote of the source document that supports a task, and the rule that found it."""

    start: int | None = None
    rule: str | None = None
    end: int | None = None
    quote: str | None = Field(None, examples=["Ban Thường vụ Tỉnh ủy có trách nhiệm lãnh đạo, chỉ đạo"])
    confidence: float | None = None


class Assignment(BaseModel):
    """A body's role in a task under its provision, with the fact's review state."""

    role: str | None = Field(None, examples=["lead"])
    implied: bool | None = None
    fact: str | None = Field(None, description="the assignment's key (what a review names)")
    body_name: str | None = None
    confidence: float | None = None
    body: str | None = Field(None, examples=["body/vn/bo-tai-chinh"])
    review_state: str = Field(examples=["proposed"])
    corrects: list[str] = Field([], description="the assignments this one corrects")


class ProvisionTask(BaseModel):
    """A task of a provision: what must be done, by whom, by when, and the quote it was found in."""

    assignments: list[Assignment] = []
    evidence: list[TaskEvidence] = []
    recurrence_day: int | None = Field(None, description="day of the month each recurrence falls due")
    concerns: list[Labelled] = []
    recurrence: str | None = Field(None, examples=["annual"], description="annual … monthly, continuous")
    path: str | None = Field(None, examples=["II.2.7"])
    due: str | None = Field(None, examples=["2025-12-15"])
    provision: str | None = None
    domain: str | None = None
    name: str | None = None
    deadline_text: str | None = Field(None, examples=["Trước ngày 15/12 hàng năm"])
    text: str | None = None
    key: str = Field(examples=["party/TU-QNG/KL/1492/2022-12-05#II.2.7/t1"])
    status: str | None = Field(None, examples=["overdue"], description="TaskStatuses notation for today")


class Assignee(BaseModel):
    """A body's role in a listed task."""

    role: str | None = Field(None, examples=["lead"])
    implied: bool | None = None
    name: str | None = None
    key: str | None = Field(None, examples=["body/vn/bo-tai-chinh"])
    review_state: str = Field(examples=["proposed"])


class TaskProvision(BaseModel):
    """The provision a listed task derives from."""

    path: str | None = Field(None, examples=["II.2.7"])
    label: str | None = None
    key: str


class TaskSummary(BaseModel):
    """A task of the task list: what must be done, derived from one provision."""

    assignments: list[Assignee] = []
    recurrence_day: int | None = Field(None, description="day of the month each recurrence falls due")
    document: str | None = None
    concerns: list[Labelled] = []
    recurrence: str | None = Field(None, examples=["annual"], description="annual … monthly, continuous")
    due: str | None = Field(None, examples=["2025-12-15"])
    provision: TaskProvision | None = None
    domain: str | None = None
    name: str | None = None
    deadline_text: str | None = Field(None, examples=["Trước ngày 15/12 hàng năm"])
    text: str | None = None
    key: str = Field(examples=["party/TU-QNG/KL/1492/2022-12-05#II.2.7/t1"])
    status: str | None = Field(None, examples=["overdue"], description="TaskStatuses notation for `as_of`")
