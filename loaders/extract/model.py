"""Typed results of an extraction: evidence spans, entities, provisions, tasks and the whole."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Evidence:
    """A span of the normalised text that supports a fact; quote == text[start:end]."""

    start: int
    end: int
    quote: str
    rule: str
    confidence: float
    raw_start: int | None = None
    raw_end: int | None = None


@dataclass(slots=True)
class Item:
    """Any extracted fact: an id stable within the extraction, a name, extra fields and evidence."""

    id: str
    kind: str
    name: str
    fields: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: id, name, the kind's fields, then evidence."""
        out: dict[str, Any] = {"id": self.id, "name": self.name}
        out.update(self.fields)
        out["evidence"] = [asdict(e) for e in self.evidence]
        return out


LISTS = (
    "provisions",
    "references",
    "bodies",
    "persons",
    "places",
    "projects",
    "programmes",
    "meetings",
    "terms",
    "indicators",
    "tasks",
    "assignments",
)


@dataclass
class Extraction:
    """Everything extracted from one document, with the canonical (normalised) text."""

    source_name: str
    text: str
    document: Item
    items: dict[str, list[Item]] = field(default_factory=lambda: {k: [] for k in LISTS})
    warnings: list[str] = field(default_factory=list)
    body_end: int = 0
    source_sha256: str | None = None
    raw_format: str = "text"

    def __getattr__(self, name: str) -> list[Item]:
        try:  # not self.items: unset while copied or unpickled (and no __dict__ when compiled)
            items = object.__getattribute__(self, "items")
        except AttributeError:
            items = None
        if items is not None and name in items:
            return items[name]
        raise AttributeError(name)

    def by_id(self, item_id: str) -> Item | None:
        """The item with this id, or None."""
        if item_id == self.document.id:
            return self.document
        for lst in self.items.values():
            for it in lst:
                if it.id == item_id:
                    return it
        return None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dictionary documented in docs/extraction.md."""
        out: dict[str, Any] = {
            "source": {
                "name": self.source_name,
                "format": self.raw_format,
                "sha256": self.source_sha256,
                "text_length": len(self.text),
                "body_end": self.body_end,
            },
            "document": self.document.to_dict(),
        }
        for key in LISTS:
            out[key] = [it.to_dict() for it in self.items[key]]
        out["warnings"] = list(self.warnings)
        return out

    def to_json(self, *, indent: int | None = 2, with_text: bool = False) -> str:
        """Serialise to JSON (UTF-8 characters kept); the normalised text only on request."""
        data = self.to_dict()
        if with_text:
            data["text"] = self.text
        return json.dumps(data, ensure_ascii=False, indent=indent)


_PREFIX = {
    "provisions": "prov",
    "references": "ref",
    "bodies": "body",
    "persons": "person",
    "places": "place",
    "projects": "project",
    "programmes": "prog",
    "meetings": "meeting",
    "terms": "term",
    "indicators": "ind",
    "tasks": "task",
    "assignments": "asg",
}


class Collector:
    """Builds the item lists, merging repeated mentions of the same thing (same merge key)."""

    def __init__(self, items: dict[str, list[Item]]) -> None:
        self.items = items
        self._by_key: dict[tuple[str, str], Item] = {}
        # Evidence spans per item, kept in step from an item's first merge on (most items never merge;
        # only the collector extends the evidence of its items, so the set can be built late).
        self._spans: dict[tuple[str, str], set[tuple[int, int]]] = {}

    def add(
        self, kind: str, merge_key: str, name: str, fields: dict[str, Any], evidence: list[Evidence]
    ) -> Item:
        """Add a fact or, when merge_key was seen, extend its evidence (no duplicate spans)."""
        mk = (kind, merge_key)
        existing = self._by_key.get(mk)
        if existing is not None:
            seen = self._spans.get(mk) or self._seen(mk, existing)
            if len(evidence) == 1:  # the common case, without the comprehensions
                e = evidence[0]
                span = (e.start, e.end)
                if span not in seen:
                    existing.evidence.append(e)
                    seen.add(span)
            elif new := [e for e in evidence if (e.start, e.end) not in seen]:
                existing.evidence.extend(new)
                seen.update((e.start, e.end) for e in new)
            have = existing.fields
            for k, v in fields.items():
                if v is None or v == "" or v == []:
                    continue
                cur = have.get(k)
                if cur is None or cur == "" or cur == []:
                    have[k] = v
            return existing
        lst = self.items[kind]
        item = Item(f"{_PREFIX[kind]}{len(lst) + 1}", kind, name, dict(fields), list(evidence))
        lst.append(item)
        self._by_key[mk] = item
        return item

    def _seen(self, mk: tuple[str, str], item: Item) -> set[tuple[int, int]]:
        seen = self._spans[mk] = {(e.start, e.end) for e in item.evidence}
        return seen

    def add_evidence(self, kind: str, merge_key: str, evidence: Evidence) -> None:
        """Extend the evidence of the item added under merge_key (no duplicate spans)."""
        mk = (kind, merge_key)
        span = (evidence.start, evidence.end)
        item = self._by_key[mk]
        seen = self._spans.get(mk) or self._seen(mk, item)
        if span not in seen:
            seen.add(span)
            item.evidence.append(evidence)

    def get(self, kind: str, merge_key: str) -> Item | None:
        """The item added under merge_key, if any."""
        return self._by_key.get((kind, merge_key))
