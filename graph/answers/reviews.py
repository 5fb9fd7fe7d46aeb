"""The answers about reviews: a fact as a reviewer sees it, a recorded decision, the log, a fact's history.

Fields are declared in the order the JSON has always had (tests/api/test_reviews.py compares the bytes);
the reads build these with `model_validate` from their rows. A fact's body names no href: its answer
never had one.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class FactBody(BaseModel):
    """The body an assignment names: its name and key."""

    name: str | None = None
    key: str = Field(examples=["body/vn/bo-tai-chinh"])


class FactTask(BaseModel):
    """The task an assignment belongs to."""

    name: str | None = None
    text: str | None = None
    key: str = Field(examples=["party/TU-QNG/KL/1492/2022-12-05#II.2.7/t1"])


class Fact(BaseModel):
    """An assignment as a reviewer sees it: its state and version, task, body, provision path and quote."""

    role: str | None = Field(None, examples=["lead"])
    implied: bool | None = None
    kind: Literal["Assignment"] = Field(description="the kind of fact")
    confidence: float | None = None
    document: str = Field(description="the key of the task's document")
    body: FactBody
    version: int = Field(0, description="how many reviews apply to it: the number its ETag names")
    corrects: list[str] = Field([], description="the assignments this one corrects")
    review_state: str = Field(examples=["proposed"])
    path: str | None = Field(None, examples=["II.2.7"])
    task: FactTask
    quote: str | None = Field(None, description="the fact's own evidence, else its task's")
    corrected_by: list[str] = Field([], description="the reviewer-made assignments that correct this one")
    key: str
    reviewer_made: bool = Field(False, description="made by a review (a correction or an addition)")


class LostFact(BaseModel):
    """A fact no longer in the graph (unloaded, or a reload did not find it): its reviews are orphaned."""

    key: str
    review_state: str | None = None
    version: int | None = None


class Recorded(BaseModel):
    """A recorded review: its key, the fact, the fact's new version and what it made."""

    key: str = Field(examples=["review/6f1c1f0e-8a4e-4d5b-9a57-0d3c2b1a0f9e"])
    fact: str
    decision: str = Field(examples=["rejected"])
    made_key: str | None = Field(None, description="the assignment a correction or an addition made")
    version: int | None = Field(None, description="the fact's new version (none for an addition)")


class ReviewEntry(BaseModel):
    """One review: who decided what about which fact, when, and whether a reload still finds the fact."""

    reason: str | None = None
    role: str | None = None
    body_key: str | None = Field(None, description="the body of the fact a correction or addition made")
    decision: str = Field(examples=["rejected"])
    document: str | None = None
    reviewed_at: str | None = Field(None, examples=["2026-12-02T08:00:00.000000000+00:00"])
    made_key: str | None = None
    reviewer: str | None = None
    match_state: str = Field(examples=["applied"], description="orphaned: a reload did not find its fact")
    path: str | None = Field(None, examples=["II.2.7"])
    quote: str | None = None
    key: str
    fact_key: str | None = None


class History(BaseModel):
    """A fact (or only the key of a lost one) and every review that judged or made it, oldest first."""

    fact: Fact | LostFact = Field(union_mode="left_to_right")
    reviews: list[ReviewEntry]
