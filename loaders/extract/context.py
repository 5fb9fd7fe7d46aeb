"""The shared state of one extraction run: text, folded text, offset map, gazetteer, collector."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.extract.model import Collector, Evidence, Item
from loaders.gazetteer.catalogue import Gazetteer
from loaders.gazetteer.folded import fold_same_length
from loaders.gazetteer.matcher import Entry, Match
from loaders.read.canonical import OffsetMap

_ROUNDED: dict[float, float] = {}
_BLANK = frozenset(" \n")  # what evidence is trimmed of (a frozenset: "" is not in it)
_KINDS = {"body": "bodies", "place": "places", "project": "projects", "programme": "programmes"}


def entity_fields(gaz: Gazetteer, entry: Entry) -> tuple[str, dict[str, object], tuple[str, ...]]:
    """The item kind, fields and list-valued field names of a curated entry, once per entry and gazetteer."""
    cached = gaz.item_fields.get(id(entry))  # the gazetteer keeps its entries alive: ids are stable
    if cached is not None:
        return cached
    data = entry.data
    fields: dict[str, object] = {"key": entry.key, "curated": True}
    if entry.kind == "body":
        fields.update(
            kind=data.get("kind"),
            short_name=data.get("short_name") or None,
            jurisdiction=entry.jurisdiction or None,
            parent=data.get("parent") or None,
            parent_key=data.get("parent_key") or None,
        )
    elif entry.kind == "place":
        fields.update(kind=data.get("kind"), parent=data.get("parent") or None)
        if data.get("code"):  # a unit of the national data: official code, era, where it lies, successors
            fields.update({k: data.get(k) for k in ("code", "era", "lat", "lon", "unit", "parent_key")})
            fields.update(
                successors=list(data.get("successors") or []), jurisdiction=entry.jurisdiction or None
            )
    elif entry.kind == "project":
        fields.update({k: data.get(k) or None for k in ("type", "sector", "status", "owner", "description")})
        fields.update(location=data.get("location") or [], project_kind=data.get("kind"))
    fields["source"] = data.get("source") or None
    lists = tuple(k for k, v in fields.items() if isinstance(v, list))
    gaz.item_fields[id(entry)] = (_KINDS[entry.kind], fields, lists)
    return _KINDS[entry.kind], fields, lists


@dataclass(slots=True)
class Context:
    """What every extraction step reads and writes."""

    text: str
    map: OffsetMap
    gaz: Gazetteer
    collector: Collector
    body_start: int = 0
    body_end: int = 0
    jurisdiction: str | None = None  # the document's own: a province slug, "vn" (central) or None (unknown)
    subject: str | None = None  # the province a central document is about (a working visit's notice)
    province: str | None = None  # the province local forms ("UBND tỉnh", "Sở Tài chính") mean, if any
    province_name: str | None = None
    organ: str | None = None  # the issuing organ the letterhead names (a template short name or central body)
    year: int | None = None  # the document's year (a deadline without a year takes it)
    era: str | None = None  # which administrative units place names mean: "2025", "legacy" or None
    issuer: Entry | None = None
    warnings: list[str] = field(default_factory=list)
    folded: str = ""
    matches: list[Match] = field(default_factory=list)
    masked: bytearray = field(default_factory=bytearray)  # 1 where a span is already explained (symbols)
    match_at: dict[int, Match] = field(default_factory=dict)  # gazetteer matches of the whole text by start
    _merged: dict[int, tuple[str, Item]] = field(default_factory=dict, repr=False)  # entry -> its item

    def __post_init__(self) -> None:
        if not self.folded:
            self.folded = fold_same_length(self.text)
        if not self.masked:
            self.masked = bytearray(len(self.text) + 1)

    def scan_all(self) -> None:
        """Scan the whole text once with the gazetteer (needs the province)."""
        self.matches = self.gaz.scan(
            self.text, self.folded, self.province, era=self.era, home=self.jurisdiction
        )
        self.match_at = {m.start: m for m in self.matches}

    def mask(self, start: int, end: int) -> None:
        """Mark a span as explained (other steps skip it)."""
        self.masked[start:end] = b"\x01" * (end - start)

    def ev(self, start: int, end: int, rule: str, confidence: float) -> Evidence:
        """Evidence for text[start:end], trimmed of surrounding spaces, with raw offsets."""
        quote = self.text[start:end]
        if quote[:1] in _BLANK or quote[-1:] in _BLANK:  # str.strip(" \n") in C, then the offsets
            stripped = quote.lstrip(" \n")
            start += len(quote) - len(stripped)
            quote = stripped.rstrip(" \n")
            end = start + len(quote)
        conf = _ROUNDED.get(confidence)
        if conf is None:
            conf = _ROUNDED[confidence] = round(confidence, 2)  # a handful of rule constants
        omap = self.map
        rs, re_ = omap.span_to_raw(start, end)
        return Evidence(start, end, quote, rule, conf, rs, re_)

    def entity(self, entry: Entry, start: int, end: int, rule: str, confidence: float) -> Item:
        """Add a mention of a curated entry (body, place, project, programme) and return its item."""
        ev = self.ev(start, end, rule, confidence)
        done = self._merged.get(id(entry))
        if done is not None:  # the entry's fields are in its item already (merging again adds nothing)
            self.collector.add_evidence(done[0], entry.key, ev)
            return done[1]
        kind, cached, lists = entity_fields(self.gaz, entry)
        fields = cached  # the collector copies the dict of a new item, not the lists in it
        if lists and self.collector.get(kind, entry.key) is None:  # a fresh item owns its lists
            fields = dict(cached)
            for k in lists:
                fields[k] = list(fields[k])  # type: ignore[call-overload]
        item = self.collector.add(kind, entry.key, entry.name, fields, [ev])
        self._merged[id(entry)] = (kind, item)  # the gazetteer keeps its entries alive: ids are stable
        return item

    def is_masked(self, start: int, end: int) -> bool:
        """Whether the span overlaps a span already explained by another fact (a symbol)."""
        return self.masked.find(1, start, end) != -1
