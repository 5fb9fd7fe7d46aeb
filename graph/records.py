"""Plain records that loaders produce and the graph writer writes (see docs/model.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ontology.records import RelRecord

__all__ = ["DocumentRecords", "NodeRecord", "RelRecord"]


@dataclass(frozen=True)
class NodeRecord:
    """One node: its ontology label, its key and its properties."""

    label: str
    key: str
    props: dict[str, Any] = field(default_factory=dict)
    extra_labels: tuple[str, ...] = ()


@dataclass
class DocumentRecords:
    """Everything one source document supports, written atomically."""

    document_key: str
    source_sha256: str
    source_path: str
    nodes: list[NodeRecord] = field(default_factory=list)
    rels: list[RelRecord] = field(default_factory=list)
    # A key prefix: a loaded document under it from the same file is this one's previous version, which
    # it replaces (a key that ends in a digest of the text changes with every new version).
    version_of: str = ""
