"""An Extraction turned into DocumentRecords (docs/model.md): nodes, relationships and their evidence."""

from __future__ import annotations

from typing import Any

from graph.records import DocumentRecords
from loaders.extract.model import Extraction
from loaders.gazetteer.catalogue import gazetteer
from loaders.records.build import RecordsBuilder, folded, props
from loaders.records.document_keys import document_key, document_name
from loaders.records.entities import curated, entities
from loaders.records.provisions import Ids, assignments, provisions, tasks
from ontology import KeyBuildError, keys, mapping

# Typed document relations beside the generic CITES (the DocumentRelations code list, docs/model.md).
TYPED_RELATIONS = {n: t for n, t in mapping.DOCUMENT_RELATIONS.items() if n != "cites"}


def to_records(ex: Extraction, source_path: str = "") -> DocumentRecords:
    """The records of one extraction; facts that have no key are left out (and counted in the warnings)."""
    doc_key = document_key(ex)
    b = RecordsBuilder(doc_key)
    me = _document(b, ex)
    ids = entities(b, ex, me)
    curated(b, ex)
    _issuer(b, ex, me)
    _terms(b, ex, me)
    _references(b, ex, me, ids)
    provisions(b, ex, me, ids)
    tasks(b, ex, ids)
    assignments(b, ex, ids)
    _indicators(b, ex, me)
    return DocumentRecords(
        document_key=doc_key,
        source_sha256=ex.source_sha256 or "",
        source_path=source_path,
        nodes=list(b.nodes.values()),
        rels=list(b.rels.values()),
    )


def _document(b: RecordsBuilder, ex: Extraction) -> tuple[str, str]:
    """The document's own node and evidence."""
    f = ex.document.fields
    me = ("Document", b.doc)
    name = document_name(f, ex.document.name)
    signer = (f.get("signature") or {}).get("signer") if isinstance(f.get("signature"), dict) else None
    b.node(
        "Document",
        b.doc,
        props(
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
    return me


def _issuer(b: RecordsBuilder, ex: Extraction, me: tuple[str, str]) -> None:
    """ISSUED_BY the issuing body (catalogued when the gazetteer lists it)."""
    f = ex.document.fields
    if f.get("issuer_key"):
        listed = gazetteer().by_key.get(f["issuer_key"]) is not None
        issuer = (
            "Body",
            b.node(
                "Body",
                f["issuer_key"],
                props(name=f.get("issuer"), name_folded=folded(f.get("issuer")), catalogued=listed or None),
            ),
        )
        b.rel("ISSUED_BY", me, issuer)


def _indicators(b: RecordsBuilder, ex: Extraction, me: tuple[str, str]) -> None:
    """Each indicator observation the document REPORTS, with its evidence."""
    for it in ex.items["indicators"]:
        try:
            ikey = keys.indicator_key(b.doc, it.name)
        except KeyBuildError:
            continue
        ind = (
            "IndicatorObservation",
            b.node(
                "IndicatorObservation",
                ikey,
                props(
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


def _citable(f: dict[str, Any], name: str | None) -> dict[str, Any]:
    """What a citation can know of a document: the same for a reference and for the loaded document,
    so unloading a cited document reverts its node to exactly what its citers said."""
    return {
        "name": name,
        "name_folded": folded(name, f.get("symbol")),
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


def _terms(b: RecordsBuilder, ex: Extraction, me: tuple[str, str]) -> None:
    issuer = ex.document.fields.get("issuer_key")
    for it in ex.items["terms"]:
        if it.fields.get("kind") != "party_term" or not issuer or not it.fields.get("roman"):
            continue
        term = ("Term", b.node("Term", keys.term_key(issuer, it.fields["roman"]), props(name=it.name)))
        b.rel("IN_TERM", me, term)
        b.evidence(term, it.evidence)


def _references(b: RecordsBuilder, ex: Extraction, me: tuple[str, str], ids: Ids) -> None:
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
                props(**_citable(f, name)),
                _family_label(f.get("family")),
            ),
        )
        ids[it.id] = ref
        b.rel("CITES", me, ref, relation=f.get("relation") or "cites")
        if f.get("relation") in TYPED_RELATIONS:
            b.rel(TYPED_RELATIONS[f["relation"]], me, ref)
        b.evidence(ref, it.evidence)
