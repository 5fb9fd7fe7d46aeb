"""The answer of a neighbourhood: the nodes and edges around one node, for visualisation.

Validated once from the rows graph/queries/neighbourhood.py gathers (faster than `model_construct`
for nested rows: see graph/answers/documents.py).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class GraphNode(BaseModel):
    """A node for visualisation: its element id, key, primary label, labels, name and hops from the root."""

    id: str
    key: str | None = None
    label: str
    labels: list[str] = []
    name: str | None = None
    depth: int


class GraphEdge(BaseModel):
    """A relationship for visualisation, with its properties."""

    id: str
    type: str
    source: str
    target: str
    properties: dict[str, Any] = {}


class Neighbourhood(BaseModel):
    """The nodes and edges around one node; `truncated` when the size bound cut it."""

    root: str
    depth: int
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool
    limit: int
