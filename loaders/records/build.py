"""What each conversion step uses: a builder of unique nodes and relationships, and property filters."""

from __future__ import annotations

from datetime import date
from typing import Any

from graph.records import NodeRecord, RelRecord
from loaders.extract.model import Evidence
from ontology import KeyBuildError, keys, mapping
from ontology.text import fold


def iso_date(value: Any) -> date | None:
    """An ISO date string as a date (None when it is not one)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def props(**values: Any) -> dict[str, Any]:
    """Only the ontology's properties, without empty values; dates as dates."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value in (None, "", []) or name not in mapping.PROPERTIES:
            continue
        out[name] = iso_date(value) or value if name in ("date", "due") else value
    return out


def folded(*parts: Any) -> str:
    """The folded search form of the non-empty strings among parts."""
    return fold(" ".join(str(p) for p in parts if isinstance(p, str) and p))


class RecordsBuilder:
    """One document's nodes and relationships, each once (by label and key, by type and ends)."""

    def __init__(self, doc_key: str) -> None:
        self.doc = doc_key
        self.nodes: dict[tuple[str, str], NodeRecord] = {}
        self.rels: dict[tuple[str, str, str, str, str], RelRecord] = {}

    def node(self, label: str, key: str, props: dict[str, Any], extra: tuple[str, ...] = ()) -> str:
        ident = (label, key)
        if ident in self.nodes:  # the same thing twice: keep the first, add what it lacked
            old = self.nodes[ident]
            self.nodes[ident] = NodeRecord(label, key, {**props, **old.props}, old.extra_labels or extra)
        else:
            self.nodes[ident] = NodeRecord(label, key, props, extra)
        return key

    def rel(self, rtype: str, start: tuple[str, str], end: tuple[str, str], **values: Any) -> None:
        ident = (rtype, *start, *end)
        self.rels[ident] = RelRecord(rtype, start[0], start[1], end[0], end[1], props(**values))

    def evidence(self, fact: tuple[str, str], spans: list[Evidence]) -> None:
        for ev in spans:
            try:
                ekey = keys.evidence_key(self.doc, ev.start, ev.end, ev.rule)
            except KeyBuildError:
                continue
            self.node(
                "Evidence",
                ekey,
                props(
                    document=self.doc,
                    start=ev.start,
                    end=ev.end,
                    quote=ev.quote,
                    rule=ev.rule,
                    confidence=ev.confidence,
                ),
            )
            self.rel("FROM_DOCUMENT", ("Evidence", ekey), ("Document", self.doc))
            self.rel("SUPPORTED_BY", fact, ("Evidence", ekey))
