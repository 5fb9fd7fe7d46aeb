"""A synthetic corpus of Vietnamese policy documents, generated as DocumentRecords (streamed, seeded).

Records, not text: the real extractor was not finished when the benches were written, and records let
the load benchmark measure the writer alone. Each document is a Kết luận / Nghị quyết / Quyết định / Kế
hoạch of a provincial or national issuer, with a provision tree, tasks with assignments to bodies,
projects and places it concerns, indicators, citations of earlier documents (and of documents outside the
corpus) and one Evidence node per fact. Everything about document i is a function of (seed, i), so the
stream needs no memory and any document can be regenerated alone.

    python bench/synth_corpus.py 10000      # prints the element counts of the corpus
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from bench.synth_vocab import (
    COMMUNE_STEMS,
    COMMUNE_TAILS,
    DEPARTMENTS,
    DISTRICTS,
    DOMAINS,
    INDICATORS,
    ISSUERS,
    OBJECTS,
    PROJECT_KINDS,
    ROLES,
    TYPE_NAMES,
    VERBS,
)
from graph.records import DocumentRecords, NodeRecord, RelRecord
from ontology.text import fold, slug

START = date(2016, 1, 1)


def places() -> list[tuple[str, str, str]]:
    """(key, name, kind): the province, its districts and synthetic communes."""
    out = [("place/quang-ngai", "Quảng Ngãi", "province")]
    for d in DISTRICTS:
        out.append((f"place/quang-ngai/{slug(d)}", d, "district"))
        for s in COMMUNE_STEMS:
            for t in COMMUNE_TAILS[:6]:
                out.append((f"place/quang-ngai/{slug(d)}/{slug(s + ' ' + t)}", f"xã {s} {t}", "commune"))
    return out


PLACES = places()
BODIES = (
    [(f"body/quang-ngai/{slug(n)}", n, "state") for n in DEPARTMENTS]
    + [
        (f"body/quang-ngai/{slug('Ủy ban nhân dân huyện ' + d)}", f"Ủy ban nhân dân huyện {d}", "state")
        for d in DISTRICTS
    ]
    + [(key, name, fam) for fam, _, name, key, _ in ISSUERS]
)
PROJECTS = [
    (f"project/{slug(k + ' ' + p[1])}", f"{k} {p[1]}", sector, p[0])
    for i, (k, sector) in enumerate(PROJECT_KINDS)
    for p in PLACES[1 + i :: 7]
]


def document_meta(seed: int, i: int) -> dict[str, Any]:
    """Key and reference properties of document i (also what citers say about it)."""
    rng = random.Random(seed * 1_000_003 + i)
    family, code, issuer, issuer_key, types = ISSUERS[i % len(ISSUERS)]
    doc_type = types[rng.randrange(len(types))]
    day = START + timedelta(days=i * 3650 // 10_000 + rng.randrange(3))
    number = str(100 + i)
    if family == "party":
        symbol = f"{number}-{doc_type}/{code.split('-')[0]}"
        key = f"party/{code}/{doc_type}/{number}/{day.isoformat()}"
    else:
        symbol = f"{number}/{doc_type}-{code.split('-')[0]}"
        key = f"state/{code}/{doc_type}/{number}/{day.isoformat()}"
    name = f"{TYPE_NAMES[doc_type]} {symbol}"
    ref = {
        "name": name,
        "name_folded": fold(name),
        "symbol": symbol,
        "number": number,
        "doc_type": doc_type,
        "doc_type_name": TYPE_NAMES[doc_type],
        "family": family,
        "date": day,
        "year": day.year,
    }
    return {"key": key, "family": family, "issuer": issuer, "issuer_key": issuer_key, "ref": ref}


class _Doc:
    """Accumulates one document's nodes and relationships, with an Evidence node per fact."""

    def __init__(self, key: str) -> None:
        self.key, self.nodes, self.rels, self.offset, self.seen = key, [], [], 0, set()
        self.nodes: list[NodeRecord]
        self.rels: list[RelRecord]

    def node(self, label: str, key: str, props: dict[str, Any], extra: tuple[str, ...] = ()) -> str:
        if (label, key) not in self.seen:
            self.seen.add((label, key))
            self.nodes.append(NodeRecord(label, key, props, extra))
        return key

    def rel(
        self, rtype: str, sl: str, sk: str, el: str, ek: str, props: dict[str, Any] | None = None
    ) -> None:
        self.rels.append(RelRecord(rtype, sl, sk, el, ek, props or {}))

    def evidence(self, label: str, key: str, quote: str, rule: str) -> None:
        start, self.offset = self.offset, self.offset + len(quote) + 40
        ekey = f"{self.key}@{start}-{start + len(quote)}/{rule}"
        if ("Evidence", ekey) in self.seen:
            return
        self.node(
            "Evidence",
            ekey,
            {
                "document": self.key,
                "start": start,
                "end": start + len(quote),
                "quote": quote,
                "rule": rule,
                "confidence": 0.9,
            },
        )
        self.rel("FROM_DOCUMENT", "Evidence", ekey, "Document", self.key)
        self.rel("SUPPORTED_BY", label, key, "Evidence", ekey)


def _named(name: str, **props: Any) -> dict[str, Any]:
    return {"name": name, "name_folded": fold(name), **props}


def document(seed: int, i: int, n_docs: int) -> DocumentRecords:
    """The records of document i of a corpus of n_docs documents."""
    meta = document_meta(seed, i)
    rng = random.Random(seed * 7_000_009 + i)
    key, ref = meta["key"], meta["ref"]
    doc = _Doc(key)
    subject = f"về {rng.choice(OBJECTS)} năm {ref['year']}"
    extra = ("PartyDocument",) if meta["family"] == "party" else ("StateDocument",)
    doc.node(
        "Document",
        key,
        {
            **ref,
            "issuer": meta["issuer"],
            "subject": subject,
            "signer": "Nguyễn Văn " + rng.choice(COMMUNE_TAILS),
            "recipients": ["Các huyện ủy, thị ủy, thành ủy", "Các sở, ban, ngành"],
        },
        extra,
    )
    _issuer(doc, meta)
    _sections(doc, rng, subject)
    _citations(doc, rng, seed, i)
    _indicators(doc, rng, ref["year"])
    raw = f"{seed}/{i}/{n_docs}".encode()
    return DocumentRecords(
        document_key=key,
        source_sha256=hashlib.sha256(raw).hexdigest(),
        source_path=f"synthetic/{i:06d}.txt",
        nodes=doc.nodes,
        rels=doc.rels,
    )


def _issuer(doc: _Doc, meta: dict[str, Any]) -> None:
    """The issuer, its ISSUED_BY and its evidence."""
    doc.node("Body", meta["issuer_key"], _named(meta["issuer"], kind=meta["family"]))
    doc.rel("ISSUED_BY", "Document", doc.key, "Body", meta["issuer_key"])
    doc.evidence("Body", meta["issuer_key"], meta["issuer"], "header.issuer")


def _sections(doc: _Doc, rng: random.Random, subject: str) -> None:
    """Two or three sections of two to four provisions, most with a task."""
    for s, section in enumerate(("I", "II", "III")[: 2 + rng.randrange(2)], start=1):
        skey = doc.node(
            "Provision",
            f"{doc.key}#{section}",
            {
                "path": section,
                "label": f"{section}.",
                "heading": rng.choice(DOMAINS),
                "level": 1,
                "ordinal": s,
            },
        )
        doc.rel("PART_OF", "Provision", skey, "Document", doc.key)
        for o in range(1, 3 + rng.randrange(3)):
            text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {subject}."
            pkey = doc.node(
                "Provision",
                f"{skey}.{o}",
                {"path": f"{section}.{o}", "label": f"{o}.", "text": text, "level": 2, "ordinal": o},
            )
            doc.rel("PART_OF", "Provision", pkey, "Provision", skey)
            if rng.random() < 0.6:
                _task(doc, rng, pkey, text)


def _citations(doc: _Doc, rng: random.Random, seed: int, i: int) -> None:
    """Citations of up to two earlier documents and, half the time, of a central resolution outside it."""
    for cited in {rng.randrange(max(i, 1)) for _ in range(2)} - {i}:
        _cite(doc, rng, document_meta(seed, cited)["key"], document_meta(seed, cited)["ref"])
    if rng.random() < 0.5:  # documents outside the corpus: central resolutions
        n = 10 + rng.randrange(40)
        name = f"Nghị quyết {n}-NQ/TW"
        _cite(
            doc,
            rng,
            f"party/TW/NQ/{n}",
            {
                "name": name,
                "name_folded": fold(name),
                "symbol": f"{n}-NQ/TW",
                "number": str(n),
                "doc_type": "NQ",
                "doc_type_name": "Nghị quyết",
                "family": "party",
            },
        )


def _indicators(doc: _Doc, rng: random.Random, year: int) -> None:
    """Up to two indicator observations of the document's year."""
    for name, unit in rng.sample(INDICATORS, rng.randrange(3)):
        ikey = doc.node(
            "IndicatorObservation",
            f"{doc.key}/indicator/{slug(name)}",
            _named(name, value=round(rng.uniform(1, 500), 2), unit=unit, period=str(year)),
        )
        doc.rel("REPORTS", "Document", doc.key, "IndicatorObservation", ikey)
        doc.evidence("IndicatorObservation", ikey, name, "pattern.indicator")


def _shared(doc: _Doc, label: str, key: str, props: dict[str, Any], rule: str) -> None:
    if (label, key) not in doc.seen:
        doc.node(label, key, props)
        doc.rel("MENTIONS", "Document", doc.key, label, key)
        doc.evidence(label, key, props["name"], rule)


def _task(doc: _Doc, rng: random.Random, pkey: str, text: str) -> None:
    tkey = doc.node(
        "Task", f"{pkey}/t1", _named(text[:60], text=text, domain=rng.choice(DOMAINS), status="open")
    )
    doc.rel("DERIVED_FROM", "Task", tkey, "Provision", pkey)
    doc.evidence("Task", tkey, text, "task.verb")
    for role in rng.sample(ROLES, 1 + rng.randrange(2)):
        bkey, bname, kind = BODIES[min(int(rng.paretovariate(1.2)) - 1, len(BODIES) - 1)]
        _shared(doc, "Body", bkey, _named(bname, kind=kind), "gazetteer.body")
        akey = doc.node(
            "Assignment",
            f"{tkey}/{role}/{bkey}",
            {"name": f"{role}: {bname}", "role": role, "implied": False, "confidence": 0.8},
        )
        doc.rel("HAS_ASSIGNMENT", "Task", tkey, "Assignment", akey)
        doc.rel("ASSIGNED_TO", "Assignment", akey, "Body", bkey, {"role": role})
    if rng.random() < 0.5:
        pjkey, pname, sector, place_key = PROJECTS[rng.randrange(len(PROJECTS))]
        _shared(doc, "Project", pjkey, _named(pname, sector=sector), "gazetteer.project")
        doc.rel("CONCERNS", "Task", tkey, "Project", pjkey)
        place = next(p for p in PLACES if p[0] == place_key)
        _shared(doc, "Place", place[0], _named(place[1], kind=place[2]), "gazetteer.place")
        doc.rel("LOCATED_IN", "Project", pjkey, "Place", place[0])


def _cite(doc: _Doc, rng: random.Random, cited: str, ref: dict[str, Any]) -> None:
    extra = ("PartyDocument",) if cited.startswith("party/") else ("StateDocument",)
    doc.node("Document", cited, ref, extra)
    relation = rng.choice(["cites", "based_on", "implements"])
    doc.rel("CITES", "Document", doc.key, "Document", cited, {"relation": relation})
    if relation != "cites":
        doc.rel(relation.upper(), "Document", doc.key, "Document", cited)
    doc.evidence("Document", cited, ref["name"], "reference.symbol")


def corpus(n_docs: int, seed: int = 7, start: int = 0) -> Iterator[DocumentRecords]:
    """Documents start..n_docs-1, generated one at a time."""
    for i in range(start, n_docs):
        yield document(seed, i, n_docs)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    nodes = rels = 0
    for d in corpus(n):
        nodes += len(d.nodes)
        rels += len(d.rels)
    print(
        f"{n} documents: {nodes} node records, {rels} relationship records, "
        f"{(nodes + rels) / n:.0f} per document"
    )
