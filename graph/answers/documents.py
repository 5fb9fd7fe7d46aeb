"""The answers about documents: a summary in the list, the detail with its provision tree, one provision.

Fields are declared in the order the JSON has always had (a test compares the bytes); hrefs are computed
fields. The queries build these with `model_validate` from their rows, not `model_construct`: for the
corpus's largest document (196 kB, 102 tasks) validating and writing the answer takes 2.2-2.7 ms of CPU,
building it with `model_construct` (Python for each nested object) and writing it 5.5-7.0 ms; the dicts
edited in place before took 0.2 ms, beside about 80 ms for the document's two queries.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph.answers.links import BodyRef, DocumentLinked
from graph.answers.tasks import Labelled, ProvisionTask


class DocumentSummary(DocumentLinked):
    """A document's metadata."""

    date: str | None = Field(None, examples=["2023-07-14"])
    symbol: str | None = Field(None, examples=["168/QĐ-TTg"])
    year: int | None = Field(None, examples=[2023])
    subject: str | None = None
    doc_type: str | None = Field(None, examples=["KL"])
    issuer: str | None = None
    labels: list[str] = []
    loaded: bool | None = None
    doc_type_name: str | None = None
    number: str | int | None = None
    name: str | None = None
    term: str | None = None
    place: str | None = None
    family: str | None = Field(None, examples=["party"])
    key: str = Field(examples=["party/TU-QNG/KL/1492/2022-12-05"])
    signer: str | None = None


class ProvisionNode(BaseModel):
    """A provision in a document's tree."""

    path: str | None = Field(None, examples=["II.2.7"])
    level: int | None = None
    heading: str | None = None
    label: str | None = None
    key: str
    ordinal: int | None = None
    children: list[ProvisionNode] = []


class DocumentRelation(DocumentLinked):
    """A typed relation between two documents (a reference out, or a citation in)."""

    loaded: bool | None = None
    symbol: str | None = None
    name: str | None = None
    type: str = Field(examples=["BASED_ON"])
    key: str
    relation: str | None = None


class DocumentDetail(DocumentSummary):
    """A document with its provision tree, tasks and typed references both ways."""

    recipients: list[str] = []
    source_sha256: str | None = None
    issued_by: list[BodyRef] = []
    provisions: list[ProvisionNode] = []
    tasks: list[ProvisionTask] = []
    references: list[DocumentRelation] = []
    cited_by: list[DocumentRelation] = []
    mentions: list[Labelled] = []


class ProvisionChild(BaseModel):
    """A provision directly under another."""

    path: str | None = None
    label: str | None = None
    heading: str | None = None
    key: str
    ordinal: int | None = None


class ProvisionDetail(BaseModel):
    """One provision with its text, parent, children and tasks."""

    path: str | None = Field(None, examples=["II.2.7"])
    heading: str | None = None
    level: int | None = None
    start: int | None = None
    end: int | None = None
    label: str | None = None
    text: str | None = None
    key: str
    ordinal: int | None = None
    document: str
    parent: str | None = None
    children: list[ProvisionChild] = []
    tasks: list[ProvisionTask] = []
