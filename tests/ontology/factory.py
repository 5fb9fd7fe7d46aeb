"""A small valid graph as plain nodes and relationships, to mutate in shape and RDF tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ontology import keys
from ontology.rdf import RdfNode, RdfRel

DOC = keys.document_key_from_symbol("1492-KL/TU", "2022-12-05", issuer_scope="QNG")
CITED = keys.document_key_from_symbol("168/QĐ-TTg", "2023-02-28")
PROV = keys.provision_key(DOC, "II.2")
TASK = keys.task_key(PROV, 1)
BODY = keys.body_key("Ủy ban nhân dân tỉnh", "Quảng Ngãi")
PARENT = keys.body_key("Tỉnh ủy", "Quảng Ngãi")
ASSIGNMENT = keys.assignment_key(TASK, "lead", BODY)
EVIDENCE = keys.evidence_key(DOC, 100, 117, "lead")
PROJECT = keys.project_key("Cầu Trà Khúc 3")
PLACE = keys.place_key("Quảng Ngãi")
INDICATOR = keys.indicator_key(DOC, "GRDP")
PERSON = keys.person_key("Bùi Thị Quỳnh Vân")
POST = f"post/{PARENT.removeprefix('body/')}/bi-thu"  # no loader builds posts yet
TERM = keys.term_key(PARENT, "XX")
MEETING = keys.meeting_key("Hội nghị Tỉnh ủy lần thứ 10 khóa XX")
PROGRAMME = keys.programme_key("Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021 - 2030")
CHANGE = keys.change_key("Hợp nhất Sở Nông nghiệp và Sở Tài nguyên 2025")
RUN = keys.load_run_key("8a8c1f4e-2f43-4c55-9a56-2c1c0c0f7d11")


def good() -> tuple[list[RdfNode], list[RdfRel]]:
    """Nodes of every class the loaders write, with the relationships the shapes require."""
    nodes = [
        RdfNode(
            ("Document", "PartyDocument"),
            DOC,
            {
                "name": "Kết luận 1492-KL/TU",
                "symbol": "1492-KL/TU",
                "date": date(2022, 12, 5),
                "year": 2022,
                "family": "party",
                "doc_type": "KL",
                "loaded": True,
                "recipients": ["Như trên"],
                "sources": [DOC],
            },
        ),
        RdfNode(("Document", "StateDocument"), CITED, {"name": "Quyết định 168/QĐ-TTg", "family": "state"}),
        RdfNode(("Provision",), PROV, {"path": "II.2", "level": 2, "start": 90, "end": 400}),
        RdfNode(
            ("Task",),
            TASK,
            {"name": "Đầu tư Cầu Trà Khúc 3", "status": "in_progress", "due": date(2024, 6, 30)},
        ),
        RdfNode(("Assignment",), ASSIGNMENT, {"role": "lead", "implied": False, "confidence": 0.9}),
        RdfNode(("Body",), BODY, {"name": "Ủy ban nhân dân tỉnh", "kind": "state", "aliases": ["UBND tỉnh"]}),
        RdfNode(("Body",), PARENT, {"name": "Tỉnh ủy", "kind": "party"}),
        RdfNode(
            ("Evidence",),
            EVIDENCE,
            {
                "document": DOC,
                "start": 100,
                "end": 117,
                "quote": "UBND tỉnh chủ trì",
                "rule": "lead",
                "confidence": 0.9,
            },
        ),
        RdfNode(("Project",), PROJECT, {"name": "Cầu Trà Khúc 3", "status": "implementation"}),
        RdfNode(("Place",), PLACE, {"name": "Quảng Ngãi", "kind": "province", "curated": True}),
        RdfNode(
            ("IndicatorObservation",),
            INDICATOR,
            {"name": "GRDP", "value": 6.5, "unit": "%", "estimated": True},
        ),
        RdfNode(("Person",), PERSON, {"name": "Bùi Thị Quỳnh Vân"}),
        RdfNode(("Post",), POST, {"name": "Bí thư Tỉnh ủy"}),
        RdfNode(("Term",), TERM, {"name": "khóa XX"}),
        RdfNode(("Meeting",), MEETING, {"name": "Hội nghị Tỉnh ủy lần thứ 10", "ordinal": 10}),
        RdfNode(("Programme",), PROGRAMME, {"name": "Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021 - 2030"}),
        RdfNode(("ChangeEvent",), CHANGE, {"kind": "merger", "date": date(2025, 3, 1)}),
        RdfNode(
            ("LoadRun",),
            RUN,
            {"started": datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), "software_version": "0.1.0"},
        ),
    ]
    rels = [
        RdfRel("PART_OF", "Provision", PROV, "Document", DOC),
        RdfRel("CITES", "Document", DOC, "Document", CITED, {"relation": "implements"}),
        RdfRel("IMPLEMENTS", "Document", DOC, "Document", CITED),
        RdfRel("ISSUED_BY", "Document", DOC, "Body", PARENT),
        RdfRel("DERIVED_FROM", "Task", TASK, "Provision", PROV),
        RdfRel("HAS_ASSIGNMENT", "Task", TASK, "Assignment", ASSIGNMENT),
        RdfRel("ASSIGNED_TO", "Assignment", ASSIGNMENT, "Body", BODY, {"role": "lead"}),
        RdfRel("SUPPORTED_BY", "Task", TASK, "Evidence", EVIDENCE),
        RdfRel("SUPPORTED_BY", "Assignment", ASSIGNMENT, "Evidence", EVIDENCE),
        RdfRel("SUPPORTED_BY", "IndicatorObservation", INDICATOR, "Evidence", EVIDENCE),
        RdfRel("FROM_DOCUMENT", "Evidence", EVIDENCE, "Document", DOC),
        RdfRel("REPORTS", "Document", DOC, "IndicatorObservation", INDICATOR),
        RdfRel("CONCERNS", "Task", TASK, "Project", PROJECT),
        RdfRel("LOCATED_IN", "Project", PROJECT, "Place", PLACE),
        RdfRel("UNIT_OF", "Body", BODY, "Body", PARENT),
        RdfRel("HOLDS", "Person", PERSON, "Post", POST),
        RdfRel("POST_IN", "Post", POST, "Body", PARENT),
        RdfRel("IN_TERM", "Meeting", MEETING, "Term", TERM),
        RdfRel("ORIGINAL", "ChangeEvent", CHANGE, "Body", BODY),
        RdfRel("RESULTING", "ChangeEvent", CHANGE, "Body", PARENT),
        RdfRel("GENERATED_BY", "Document", DOC, "LoadRun", RUN),
        RdfRel("PARTICIPATES_IN", "Body", BODY, "Project", PROJECT, {"role": "publicAuthority"}),
        RdfRel("MENTIONS", "Document", DOC, "Programme", PROGRAMME),
    ]
    return nodes, rels
