"""The API URL of a node that has a resource of its own: answers compute their hrefs from it."""

from __future__ import annotations

from urllib.parse import quote

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
