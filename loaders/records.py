"""An Extraction turned into DocumentRecords (docs/model.md): nodes, relationships and their evidence."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from graph.records import DocumentRecords, NodeRecord, RelRecord
from loaders.errors import LoaderError
from loaders.extract.context import entity_fields
from loaders.extract.model import Evidence, Extraction, Item
from loaders.gazetteer import curated
from loaders.gazetteer.catalogue import gazetteer
from loaders.gazetteer.matcher import Entry
from ontology import KeyBuildError, keys, mapping
from ontology.text import fold, slug

# Typed document relations beside the generic CITES (the DocumentRelations code list, docs/model.md).
TYPED_RELATIONS = {n: t for n, t in mapping.DOCUMENT_RELATIONS.items() if n != "cites"}
ENTITY_LISTS = (
    ("bodies", "Body"),
    ("persons", "Person"),
    ("places", "Place"),
    ("projects", "Project"),
    ("programmes", "Programme"),
    ("meetings", "Meeting"),
)


class RecordsError(LoaderError):
    """The extraction cannot become records (no document key can be built)."""


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _props(**values: Any) -> dict[str, Any]:
    """Only the ontology's properties, without empty values; dates as dates."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value in (None, "", []) or name not in mapping.PROPERTIES:
            continue
        out[name] = _iso(value) or value if name in ("date", "due") else value
    return out


def _folded(*parts: Any) -> str:
    return fold(" ".join(str(p) for p in parts if isinstance(p, str) and p))


def document_name(fields: dict[str, Any], fallback: str) -> str:
    """A document's name, the same from its header and from citations: 'Kết luận số 1492-KL/TU'."""
    symbol, type_name = fields.get("symbol"), fields.get("doc_type_name")
    return f"{type_name} số {symbol}" if symbol and type_name else fallback


CONTENT_KEY_CHARS = 12  # hex digits of the text's sha256 in a key built without a symbol


def content_digest(text: str) -> str:
    """The start of the sha256 of a document's normalised text: stable across re-loads of that text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:CONTENT_KEY_CHARS]


def content_key_stem(key: str) -> str:
    """For a key that ends in a text digest, the prefix all versions of that document share, else ""."""
    stem, _, last = key.rpartition("/")
    is_digest = len(last) == CONTENT_KEY_CHARS and all(c in "0123456789abcdef" for c in last)
    return stem + "/" if stem and is_digest else ""


def document_key(ex: Extraction) -> str:
    """The key from the header; without symbol and date, issuer, type, subject and a digest of the text.

    The digest makes two different texts without a header two documents (they once shared
    `state/unknown/VB/van-ban` and the second silently replaced the first), and the same text the same
    document on every load.
    """
    f = ex.document.fields
    if f.get("key"):
        return str(f["key"])
    issuer = str(f.get("issuer_key") or "body/unknown").removeprefix("body/")
    subject = slug(str(f.get("subject") or ex.document.name))
    if len(subject) > 120:  # cut at a word boundary
        subject = subject[:121].rsplit("-", 1)[0]
    if not subject:
        raise RecordsError(f"{ex.source_name}: no symbol, no subject: no document key can be built")
    try:
        parts = [str(f.get("family") or "state"), issuer, keys.code(str(f.get("doc_type") or "VB")), subject]
    except KeyBuildError as e:
        raise RecordsError(f"{ex.source_name}: {e}") from e
    return "/".join(parts + ([f["date"]] if f.get("date") else []) + [content_digest(ex.text)])


class _Builder:
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

    def rel(self, rtype: str, start: tuple[str, str], end: tuple[str, str], **props: Any) -> None:
        ident = (rtype, *start, *end)
        self.rels[ident] = RelRecord(rtype, start[0], start[1], end[0], end[1], _props(**props))

    def evidence(self, fact: tuple[str, str], spans: list[Evidence]) -> None:
        for ev in spans:
            try:
                ekey = keys.evidence_key(self.doc, ev.start, ev.end, ev.rule)
            except KeyBuildError:
                continue
            self.node(
                "Evidence",
                ekey,
                _props(
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


def _citable(f: dict[str, Any], name: str | None) -> dict[str, Any]:
    """What a citation can know of a document: the same for a reference and for the loaded document,
    so unloading a cited document reverts its node to exactly what its citers said."""
    return {
        "name": name,
        "name_folded": _folded(name, f.get("symbol")),
        "symbol": f.get("symbol"),
        "number": f.get("number"),
        "doc_type": f.get("doc_type"),
        "doc_type_name": f.get("doc_type_name"),
        "family": f.get("family"),
        "date": f.get("date"),
        "year": f.get("year"),
    }


def _family_label(family: Any) -> tuple[str, ...]:
    return {"party": ("PartyDocument",), "state": ("StateDocument",)}.get(str(family), ())


def to_records(ex: Extraction, source_path: str = "") -> DocumentRecords:
    """The records of one extraction; facts that have no key are left out (and counted in the warnings)."""
    doc_key = document_key(ex)
    b = _Builder(doc_key)
    f = ex.document.fields
    me = ("Document", doc_key)
    name = document_name(f, ex.document.name)
    signer = (f.get("signature") or {}).get("signer") if isinstance(f.get("signature"), dict) else None
    b.node(
        "Document",
        doc_key,
        _props(
            **_citable(f, name),
            issuer=f.get("issuer"),
            jurisdiction=f.get("jurisdiction"),
            term=f.get("term"),
            subject=f.get("subject") or ex.document.name,
            place=f.get("place"),
            signer=signer,
            recipients=f.get("recipients"),
        ),
        _family_label(f.get("family")),
    )
    b.evidence(me, ex.document.evidence)
    ids: dict[str, tuple[str, str]] = {}
    for list_name, label in ENTITY_LISTS:
        for it in ex.items[list_name]:
            if not it.fields.get("key"):
                continue
            ids[it.id] = (label, b.node(label, it.fields["key"], _entity_props(it)))
            b.rel("MENTIONS", me, ids[it.id])
            b.evidence(ids[it.id], it.evidence)
    _curated(b, ex)
    if f.get("issuer_key"):
        listed = gazetteer().by_key.get(f["issuer_key"]) is not None
        issuer = (
            "Body",
            b.node(
                "Body",
                f["issuer_key"],
                _props(name=f.get("issuer"), name_folded=_folded(f.get("issuer")), catalogued=listed or None),
            ),
        )
        b.rel("ISSUED_BY", me, issuer)
    _terms(b, ex, me)
    _references(b, ex, me, ids)
    _provisions_tasks(b, ex, me, ids)
    for it in ex.items["indicators"]:
        try:
            ikey = keys.indicator_key(doc_key, it.name)
        except KeyBuildError:
            continue
        ind = (
            "IndicatorObservation",
            b.node(
                "IndicatorObservation",
                ikey,
                _props(
                    name=it.name,
                    value=it.fields.get("value"),
                    unit=it.fields.get("unit"),
                    change_pct=it.fields.get("change_pct"),
                    period=it.fields.get("period"),
                    estimated=it.fields.get("estimated"),
                ),
            ),
        )
        b.rel("REPORTS", me, ind)
        b.evidence(ind, it.evidence)
    return DocumentRecords(
        document_key=doc_key,
        source_sha256=ex.source_sha256 or "",
        source_path=source_path,
        nodes=list(b.nodes.values()),
        rels=list(b.rels.values()),
    )


_LABELS = {"body": "Body", "place": "Place", "project": "Project"}


def _curated_node(b: _Builder, e: Entry) -> tuple[str, str]:
    """A gazetteer entry as a node with the same properties it gets when a document names it."""
    kind, fields, _ = entity_fields(gazetteer(), e)
    return (
        _LABELS[e.kind],
        b.node(_LABELS[e.kind], e.key, _entity_props(Item("", kind, e.name, dict(fields)))),
    )


def _national(b: _Builder, ex: Extraction) -> None:
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


def _curated(b: _Builder, ex: Extraction) -> None:
    """Parents, locations and restructurings from the curated data (gazetteer.curated), no evidence."""
    _national(b, ex)
    for list_name in ("bodies", "places", "projects"):
        for it in ex.items[list_name]:
            e = gazetteer().by_key.get(it.fields.get("key") or "") if it.fields.get("curated") else None
            if e is None:
                continue
            me = (_LABELS[e.kind], e.key)
            for rtype, other in curated.located(e):
                for key in _era_keys(other):  # a province named in a 2023 text is the legacy one
                    if (_LABELS[other.kind], key) in b.nodes:
                        b.rel(rtype, me, (_LABELS[other.kind], key))
                        break
            for body, role in curated.owners(e):
                if ("Body", body.key) in b.nodes:
                    b.rel("PARTICIPATES_IN", ("Body", body.key), me, role=role)
            for change in curated.changes_of(e):
                event = (
                    "ChangeEvent",
                    b.node(
                        "ChangeEvent",
                        change.key,
                        _props(
                            name=change.name,
                            kind=change.kind,
                            date=_iso(change.date),
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
    return _props(
        name=it.name,
        name_folded=_folded(it.name, f.get("short_name"), *(aliases or [])),
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


def _terms(b: _Builder, ex: Extraction, me: tuple[str, str]) -> None:
    issuer = ex.document.fields.get("issuer_key")
    for it in ex.items["terms"]:
        if it.fields.get("kind") != "party_term" or not issuer or not it.fields.get("roman"):
            continue
        term = ("Term", b.node("Term", keys.term_key(issuer, it.fields["roman"]), _props(name=it.name)))
        b.rel("IN_TERM", me, term)
        b.evidence(term, it.evidence)


def _references(b: _Builder, ex: Extraction, me: tuple[str, str], ids: dict[str, tuple[str, str]]) -> None:
    for it in ex.items["references"]:
        f = it.fields
        if not f.get("key") or f["key"] == b.doc:
            continue
        name = document_name(f, it.name)
        ref = (
            "Document",
            b.node(
                "Document",
                f["key"],
                _props(**_citable(f, name)),
                _family_label(f.get("family")),
            ),
        )
        ids[it.id] = ref
        b.rel("CITES", me, ref, relation=f.get("relation") or "cites")
        if f.get("relation") in TYPED_RELATIONS:
            b.rel(TYPED_RELATIONS[f["relation"]], me, ref)
        b.evidence(ref, it.evidence)


def _provisions_tasks(
    b: _Builder, ex: Extraction, me: tuple[str, str], ids: dict[str, tuple[str, str]]
) -> None:
    for it in ex.items["provisions"]:
        f = it.fields
        try:
            pkey = keys.provision_key(b.doc, str(f.get("path")))
        except KeyBuildError:
            continue
        ids[it.id] = (
            "Provision",
            b.node(
                "Provision",
                pkey,
                _props(
                    name=it.name,
                    path=f.get("path"),
                    label=f.get("label"),
                    heading=f.get("heading"),
                    text=f.get("text"),
                    level=f.get("level"),
                    ordinal=f.get("ordinal"),
                    start=f.get("start"),
                    end=f.get("end"),
                ),
            ),
        )
        b.rel("PART_OF", ids[it.id], ids.get(str(f.get("parent")), me))
    for it in ex.items["tasks"]:
        prov = ids.get(str(it.fields.get("provision")))
        if prov is None:
            continue
        task = (
            "Task",
            b.node(
                "Task",
                keys.task_key(prov[1], int(it.fields.get("ordinal") or 1)),
                _props(
                    name=it.name,
                    name_folded=_folded(it.name),
                    text=it.fields.get("text"),
                    domain=it.fields.get("part_role"),
                    deadline_text=it.fields.get("deadline_text"),
                    due=it.fields.get("due"),
                    recurrence=it.fields.get("recurrence"),
                    recurrence_day=it.fields.get("recurrence_day"),
                ),
            ),
        )
        ids[it.id] = task
        b.rel("DERIVED_FROM", task, prov)
        for target in it.fields.get("concerns") or []:
            if target in ids:
                b.rel("CONCERNS", task, ids[target])
        b.evidence(task, it.evidence)
    for it in ex.items["assignments"]:
        f = it.fields
        owner = ids.get(str(f.get("task")))
        if owner is None or not f.get("body_key"):
            continue
        try:
            akey = keys.assignment_key(owner[1], str(f.get("role")), f["body_key"])
        except KeyBuildError:
            continue
        body = (
            "Body",
            b.node(
                "Body",
                f["body_key"],
                _props(name=f.get("body_name"), name_folded=_folded(f.get("body_name"))),
            ),
        )
        asg = (
            "Assignment",
            b.node(
                "Assignment",
                akey,
                _props(
                    name=it.name, role=f.get("role"), implied=f.get("implied"), confidence=f.get("confidence")
                ),
            ),
        )
        b.rel("HAS_ASSIGNMENT", owner, asg)
        b.rel("ASSIGNED_TO", asg, body, role=f.get("role"))
        if f.get("to") in ids and ids[f["to"]][0] == "Body":
            b.rel("REPORTS_TO", asg, ids[f["to"]])
        b.evidence(asg, it.evidence)
