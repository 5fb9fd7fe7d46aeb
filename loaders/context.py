"""The shared state of one extraction run: text, folded text, offset map, gazetteer, collector."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.matcher import Entry, Gazetteer, Match, fold_same_length
from loaders.model import Collector, Evidence, Item
from loaders.normalize import OffsetMap

_ROUNDED: dict[float, float] = {}
_KINDS = {"body": "bodies", "place": "places", "project": "projects", "programme": "programmes"}


def _entity_fields(gaz: Gazetteer, entry: Entry) -> tuple[str, dict[str, object]]:
    """The item kind and fields of a curated entry, computed once per entry and gazetteer."""
    cached = gaz.item_fields.get(id(entry))  # the gazetteer keeps its entries alive: ids are stable
    if cached is not None:
        return cached
    data = entry.data
    fields: dict[str, object] = {"key": entry.key, "curated": True}
    if entry.kind == "body":
        fields.update(
            kind=data.get("kind"),
            short_name=data.get("short_name") or None,
            jurisdiction=entry.jurisdiction,
            parent=data.get("parent") or None,
        )
    elif entry.kind == "place":
        fields.update(kind=data.get("kind"), parent=data.get("parent") or None)
    elif entry.kind == "project":
        fields.update({k: data.get(k) or None for k in ("type", "sector", "status", "owner", "description")})
        fields.update(location=data.get("location") or [], project_kind=data.get("kind"))
    fields["source"] = data.get("source") or None
    gaz.item_fields[id(entry)] = (_KINDS[entry.kind], fields)
    return _KINDS[entry.kind], fields


@dataclass(slots=True)
class Context:
    """What every extraction step reads and writes."""

    text: str
    map: OffsetMap
    gaz: Gazetteer
    collector: Collector
    body_start: int = 0
    body_end: int = 0
    province: str | None = None  # jurisdiction slug of the document, e.g. quang-ngai
    province_name: str | None = None
    province_code: str | None = None
    issuer: Entry | None = None
    warnings: list[str] = field(default_factory=list)
    folded: str = ""
    matches: list[Match] = field(default_factory=list)
    masked: bytearray = field(default_factory=bytearray)  # 1 where a span is already explained (symbols)
    match_at: dict[int, Match] = field(default_factory=dict)  # gazetteer matches of the whole text by start
    _merged: dict[int, dict[str, object]] = field(default_factory=dict, repr=False)  # item -> entry fields

    def __post_init__(self) -> None:
        if not self.folded:
            self.folded = fold_same_length(self.text)
        if not self.masked:
            self.masked = bytearray(len(self.text) + 1)

    def scan_all(self) -> None:
        """Scan the whole text once with the gazetteer (needs the province)."""
        self.matches = self.gaz.scan(self.text, self.folded, self.province)
        self.match_at = {m.start: m for m in self.matches}

    def mask(self, start: int, end: int) -> None:
        """Mark a span as explained (other steps skip it)."""
        self.masked[start:end] = b"\x01" * (end - start)

    def ev(self, start: int, end: int, rule: str, confidence: float) -> Evidence:
        """Evidence for text[start:end], trimmed of surrounding spaces, with raw offsets."""
        text = self.text
        while start < end and text[start] in " \n":
            start += 1
        while end > start and text[end - 1] in " \n":
            end -= 1
        rs, re_ = self.map.span_to_raw(start, end)
        conf = _ROUNDED.get(confidence)
        if conf is None:
            conf = _ROUNDED[confidence] = round(confidence, 2)  # a handful of rule constants
        return Evidence(start, end, text[start:end], rule, conf, rs, re_)

    def entity(self, entry: Entry, start: int, end: int, rule: str, confidence: float) -> Item:
        """Add a mention of a curated entry (body, place, project, programme) and return its item."""
        kind, cached = _entity_fields(self.gaz, entry)
        ev = self.ev(start, end, rule, confidence)
        item = self.collector.get(kind, entry.key)
        fields = cached
        if item is None:  # a fresh item owns its lists
            fields = {k: list(v) if isinstance(v, list) else v for k, v in cached.items()}
        elif self._merged.get(id(item)) is cached:  # these fields were merged already: evidence only
            self.collector.add_evidence(kind, entry.key, ev)
            return item
        item = self.collector.add(kind, entry.key, entry.name, fields, [ev])
        self._merged[id(item)] = cached  # the collector keeps the item alive as long as this context
        return item

    def is_masked(self, start: int, end: int) -> bool:
        """Whether the span overlaps a span already explained by another fact (a symbol)."""
        return self.masked.find(1, start, end) != -1
