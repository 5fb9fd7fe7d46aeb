"""Plain records shared by every layer: a relationship between two nodes named by label and key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RelRecord:
    """One relationship between two nodes named by label and key."""

    type: str
    start_label: str
    start_key: str
    end_label: str
    end_key: str
    props: dict[str, Any] = field(default_factory=dict)
