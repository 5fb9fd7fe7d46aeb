"""Small hand-made DocumentRecords for the writer's tests: documents, provisions, bodies, citations."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from graph.records import DocumentRecords, NodeRecord, RelRecord
from ontology.text import fold


def reference_props(key: str) -> dict[str, object]:
    """What every citer says about a document: derived from its key alone."""
    number = key.split("/")[3]
    name = f"Kết luận {number}"
    return {"name": name, "name_folded": fold(name), "number": number, "doc_type": "KL", "family": "party"}


def make_doc(
    key: str,
    *,
    provisions: Iterable[str] = ("1",),
    bodies: Iterable[str] = (),
    cites: Iterable[str] = (),
    subject: str = "phát triển",
    version: str = "v1",
) -> DocumentRecords:
    """A party document with provisions, mentioned bodies and cited documents, each with its evidence."""
    nodes: list[NodeRecord] = []
    rels: list[RelRecord] = []
    self_props = {**reference_props(key), "subject": subject}
    nodes.append(NodeRecord("Document", key, self_props, ("PartyDocument",)))
    offset = 0

    def evidence(rule: str, quote: str) -> str:
        nonlocal offset
        ekey = f"{key}@{offset}-{offset + len(quote)}/{rule}"
        nodes.append(
            NodeRecord(
                "Evidence",
                ekey,
                {
                    "document": key,
                    "start": offset,
                    "end": offset + len(quote),
                    "quote": quote,
                    "rule": rule,
                    "confidence": 0.9,
                },
            )
        )
        rels.append(RelRecord("FROM_DOCUMENT", "Evidence", ekey, "Document", key))
        offset += len(quote) + 1
        return ekey

    for path in provisions:
        pkey = f"{key}#{path}"
        text = f"Điều {path}: {subject}"
        nodes.append(NodeRecord("Provision", pkey, {"path": path, "text": text, "level": 1}))
        rels.append(RelRecord("PART_OF", "Provision", pkey, "Document", key))
        rels.append(RelRecord("SUPPORTED_BY", "Provision", pkey, "Evidence", evidence("provision", text)))
    for name in bodies:
        bkey = f"body/quang-ngai/{fold(name).replace(' ', '-')}"
        nodes.append(NodeRecord("Body", bkey, {"name": name, "name_folded": fold(name), "kind": "state"}))
        rels.append(RelRecord("MENTIONS", "Document", key, "Body", bkey))
        rels.append(RelRecord("SUPPORTED_BY", "Body", bkey, "Evidence", evidence("body", name)))
    for cited in cites:
        nodes.append(NodeRecord("Document", cited, reference_props(cited), ("PartyDocument",)))
        rels.append(RelRecord("CITES", "Document", key, "Document", cited, {"relation": "cites"}))
        rels.append(RelRecord("SUPPORTED_BY", "Document", cited, "Evidence", evidence("reference", cited)))
    sha = hashlib.sha256(f"{key}|{version}|{subject}|{list(provisions)}|{list(bodies)}".encode()).hexdigest()
    return DocumentRecords(
        document_key=key, source_sha256=sha, source_path=f"/tmp/{version}.txt", nodes=nodes, rels=rels
    )
