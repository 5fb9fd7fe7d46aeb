"""check_records: what it refuses, with which message, and what it lets through (fast path, full checks)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from graph.record_checks import InvalidRecords, check_records
from graph.records import DocumentRecords, NodeRecord, RelRecord
from tests.graph.records_factory import make_doc

DOC = "party/a/kl/1"


def with_node(node: NodeRecord) -> DocumentRecords:
    doc = make_doc(DOC)
    doc.nodes.append(node)
    doc.rels.append(RelRecord("PART_OF", node.label, node.key, "Document", DOC))
    return doc


def with_rel(rel: RelRecord) -> DocumentRecords:
    doc = make_doc(DOC)
    doc.rels.append(rel)
    return doc


def provision(**props: Any) -> NodeRecord:
    return NodeRecord("Provision", f"{DOC}#9", {"path": "9", "text": "Điều 9", **props})


@pytest.mark.parametrize(
    ("records", "message"),
    [
        (with_node(NodeRecord("Secret", f"{DOC}#x")), "unknown node label 'Secret'"),
        (with_node(NodeRecord("LoadRun", f"{DOC}#x")), "LoadRun is written by the writer"),
        (with_node(NodeRecord("Provision", f"{DOC}#x", {}, ("Nope",))), "unknown node label 'Nope'"),
        (with_node(NodeRecord("Provision", "")), "empty key"),
        (with_node(provision(sources=["x"])), "property 'sources' is set by the writer"),
        (with_node(provision(colour="red")), "unknown property 'colour'"),
        (with_node(provision(text={"a": 1})), "property 'text' has unsupported type dict"),
        (with_node(provision(path=["1", 2])), "property 'path' must be a list of one scalar type"),
        (with_rel(RelRecord("LIKES", "Document", DOC, "Document", DOC)), "unknown relationship type 'LIKES'"),
        (with_rel(RelRecord("GENERATED_BY", "Document", DOC, "Document", DOC)), "GENERATED_BY is written"),
        (with_rel(RelRecord("MENTIONS", "Document", DOC, "Body", "body/x")), "both ends must be nodes"),
        (
            with_rel(RelRecord("CITES", "Document", DOC, "Document", DOC, {"loaded": True})),
            "property 'loaded' is set by the writer",
        ),
    ],
)
def test_refusals_name_what_is_wrong(records: DocumentRecords, message: str) -> None:
    with pytest.raises(InvalidRecords, match=message.replace("(", r"\(")):
        check_records(records)


def test_lists_dates_and_none_pass_the_full_checks() -> None:
    check_records(make_doc(DOC))
    check_records(with_node(provision(path=["1", "2"], text=None)))
    check_records(with_node(provision(date=date(2025, 7, 1))))
