"""The API URL of a node that has a resource of its own: answers compute their hrefs from it."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import quote

from pydantic import BaseModel, computed_field

from ontology import mapping

V1 = "/v1"
# The URL segment of each label that has its own resource, and the key prefix a URL may omit (the
# class's IRI segment for bodies and projects; document keys start with their family, party/ or state/).
RESOURCES = {"Document": ("documents", "")} | {
    label: (segment, f"{mapping.node_class(label).segment}/")
    for label, segment in (("Body", "bodies"), ("Project", "projects"))
}


def href(label: str, key: str | None) -> str | None:
    """The API URL of a node with its own resource, or None."""
    if key is None or label not in RESOURCES:
        return None
    segment, prefix = RESOURCES[label]
    return f"{V1}/{segment}/{quote(key.removeprefix(prefix), safe='/-._~')}"


class Linked(BaseModel):
    """An answer about a node with a resource of its own: its `href` is computed from its `key` (the
    subclass declares `key`, so that the fields keep the answer's order; the href is written last)."""

    resource: ClassVar[str]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def href(self) -> str:
        """The node's API URL."""
        return href(self.resource, self.key) or ""  # type: ignore[attr-defined]


class BodyLinked(Linked):
    resource: ClassVar[str] = "Body"


class DocumentLinked(Linked):
    resource: ClassVar[str] = "Document"


class ProjectLinked(Linked):
    resource: ClassVar[str] = "Project"


class BodyRef(BodyLinked):
    """Another body (an issuer, a parent, a unit, a report's receiver): its name, key and API URL."""

    name: str | None = None
    key: str


class ProjectRef(ProjectLinked):
    """A project a task concerns: its name, key and API URL."""

    name: str | None = None
    key: str
