"""The entities a document names as nodes, and what the curated data knows between them (no evidence)."""

from __future__ import annotations

from typing import Any

from loaders.extract.context import entity_fields
from loaders.extract.model import Extraction, Item
from loaders.gazetteer import curated as curated_data
from loaders.gazetteer.catalogue import gazetteer
from loaders.gazetteer.matcher import Entry
from loaders.records.build import RecordsBuilder, folded, iso_date, props
from ontology import keys

Ids = dict[str, tuple[str, str]]  # item id -> (label, key) of the node made for it

ENTITY_LISTS = (
    ("bodies", "Body"),
    ("persons", "Person"),
    ("places", "Place"),
    ("projects", "Project"),
    ("programmes", "Programme"),
    ("meetings", "Meeting"),
)
_LABELS = {"body": "Body", "place": "Place", "project": "Project"}


def entities(b: RecordsBuilder, ex: Extraction, me: tuple[str, str]) -> Ids:
    """A node for each entity with a key, MENTIONS from the document, evidence; (label, key) by item id."""
    ids: Ids = {}
    for list_name, label in ENTITY_LISTS:
        for it in ex.items[list_name]:
            if not it.fields.get("key"):
                continue
            ids[it.id] = (label, b.node(label, it.fields["key"], _entity_props(it)))
            b.rel("MENTIONS", me, ids[it.id])
            b.evidence(ids[it.id], it.evidence)
    return ids


def _curated_node(b: RecordsBuilder, e: Entry) -> tuple[str, str]:
    """A gazetteer entry as a node with the same properties it gets when a document names it."""
    kind, fields, _ = entity_fields(gazetteer(), e)
    return (
        _LABELS[e.kind],
        b.node(_LABELS[e.kind], e.key, _entity_props(Item("", kind, e.name, dict(fields)))),
    )


def _national(b: RecordsBuilder, ex: Extraction) -> None:
    """A named unit's parent unit and, for a unit before 2025-07-01, the units that succeeded it."""
    gaz = gazetteer()
    for it in ex.items["places"]:
        f = it.fields
        if not f.get("code"):
            continue
        me = ("Place", f["key"])
        for rtype, key in [
            ("LOCATED_IN", f.get("parent_key")),
            *(("SUCCEEDED_BY", k) for k in f["successors"]),
        ]:
            other = gaz.by_key.get(key or "") or (gaz.place_by_key(key) if key else None)
            if other is not None:
                b.rel(rtype, me, _curated_node(b, other))
    for it in ex.items["bodies"]:
        parent = it.fields.get("parent_key")
        if parent and ("Body", parent) in b.nodes:
            b.rel("UNIT_OF", ("Body", it.fields["key"]), ("Body", parent))


def _era_keys(e: Entry) -> list[str]:
    """An entry's key and, for a province of the national data, the same province's key in the other era."""
    if e.kind != "place" or e.data.get("kind") != "province" or not e.data.get("code"):
        return [e.key]
    code = e.data["code"]
    return [
        e.key,
        *(k for k in (keys.admin_place_key(code), keys.admin_place_key(code, legacy=True)) if k != e.key),
    ]


def curated(b: RecordsBuilder, ex: Extraction) -> None:
    """Parents, locations and restructurings from the curated data (gazetteer.curated), no evidence."""
    _national(b, ex)
    for list_name in ("bodies", "places", "projects"):
        for it in ex.items[list_name]:
            e = gazetteer().by_key.get(it.fields.get("key") or "") if it.fields.get("curated") else None
            if e is None:
                continue
            me = (_LABELS[e.kind], e.key)
            for rtype, other in curated_data.located(e):
                for key in _era_keys(other):  # a province named in a 2023 text is the legacy one
                    if (_LABELS[other.kind], key) in b.nodes:
                        b.rel(rtype, me, (_LABELS[other.kind], key))
                        break
            for body, role in curated_data.owners(e):
                if ("Body", body.key) in b.nodes:
                    b.rel("PARTICIPATES_IN", ("Body", body.key), me, role=role)
            for change in curated_data.changes_of(e):
                event = (
                    "ChangeEvent",
                    b.node(
                        "ChangeEvent",
                        change.key,
                        props(
                            name=change.name,
                            kind=change.kind,
                            date=iso_date(change.date),
                            fact_source=change.source,
                        ),
                    ),
                )
                for rtype, bodies in (("ORIGINAL", change.original), ("RESULTING", change.resulting)):
                    for body in bodies:
                        b.rel(rtype, event, _curated_node(b, body))


def _entity_props(it: Item) -> dict[str, Any]:
    f = it.fields
    aliases = f.get("aliases") if isinstance(f.get("aliases"), list) else None
    ordinal = int(f["ordinal"]) if str(f.get("ordinal") or "").isdigit() else None
    return props(
        name=it.name,
        name_folded=folded(it.name, f.get("short_name"), *(aliases or [])),
        aliases=aliases,
        kind=f.get("kind") if it.kind in ("bodies", "places") else None,
        short_name=f.get("short_name"),
        sector=f.get("sector"),
        type=f.get("type"),
        status=f.get("status"),
        owner=f.get("owner"),
        description=f.get("description"),
        ordinal=ordinal,
        term=f.get("term"),
        fact_source=f.get("source"),
        code=f.get("code") if it.kind == "places" else None,
        era=f.get("era") if it.kind == "places" else None,
        lat=f.get("lat") if it.kind == "places" else None,
        lon=f.get("lon") if it.kind == "places" else None,
        admin_unit=f.get("unit") if it.kind == "places" else None,
        jurisdiction=f.get("jurisdiction") if it.kind in ("bodies", "places") else None,
        # The catalogue's bodies (`curated` in the extraction: an entry of the data files), not the
        # graph's `curated` (kept without a document), which nothing written from documents carries.
        catalogued=True if it.kind == "bodies" and f.get("curated") else None,
    )
