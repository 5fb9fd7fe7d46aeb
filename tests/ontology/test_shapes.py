"""Each SHACL shape accepts a good graph and rejects a small bad one for the right reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from urllib.parse import quote

import pytest
from rdflib import Graph

from ontology import ONTOLOGY_NS, ValidationError
from ontology.rdf import RdfNode, RdfRel, build
from ontology.validate import validate
from tests.ontology import factory as f

Nodes = list[RdfNode]
Rels = list[RdfRel]


def _set(key: str, **props: object) -> Callable[[Nodes, Rels], None]:
    def change(nodes: Nodes, rels: Rels) -> None:
        for i, node in enumerate(nodes):
            if node.key == key:
                merged = {**node.props, **props}
                nodes[i] = replace(node, props={k: v for k, v in merged.items() if v is not None})

    return change


def _drop_rel(rel_type: str, start_key: str) -> Callable[[Nodes, Rels], None]:
    def change(nodes: Nodes, rels: Rels) -> None:
        rels[:] = [r for r in rels if not (r.type == rel_type and r.start_key == start_key)]

    return change


def _add_rel(rel: RdfRel) -> Callable[[Nodes, Rels], None]:
    def change(nodes: Nodes, rels: Rels) -> None:
        rels.append(rel)

    return change


CASES = {
    "assignment without body": (
        _drop_rel("ASSIGNED_TO", f.ASSIGNMENT),
        f.ASSIGNMENT,
        "assignedTo",
        "MinCount",
    ),
    "assignment with two bodies": (
        _add_rel(RdfRel("ASSIGNED_TO", "Assignment", f.ASSIGNMENT, "Body", f.PARENT)),
        f.ASSIGNMENT,
        "assignedTo",
        "MaxCount",
    ),
    "assignment role outside the code list": (_set(f.ASSIGNMENT, role="boss"), f.ASSIGNMENT, "role", "In"),
    "assignment with two roles": (
        _set(f.ASSIGNMENT, role=["lead", "monitor"]),
        f.ASSIGNMENT,
        "role",
        "MaxCount",
    ),
    "assignment without role": (_set(f.ASSIGNMENT, role=None), f.ASSIGNMENT, "role", "MinCount"),
    "assignment of no task": (
        _drop_rel("HAS_ASSIGNMENT", f.TASK),
        f.ASSIGNMENT,
        "^hasAssignment",
        "MinCount",
    ),
    "task from no provision": (_drop_rel("DERIVED_FROM", f.TASK), f.TASK, "derivedFrom", "MinCount"),
    "task from two provisions": (
        _add_rel(RdfRel("DERIVED_FROM", "Task", f.TASK, "Provision", f.PROV + ".1")),
        f.TASK,
        "derivedFrom",
        "MaxCount",
    ),
    "task from a body": (
        lambda n, r: (
            _drop_rel("DERIVED_FROM", f.TASK)(n, r),
            _add_rel(RdfRel("DERIVED_FROM", "Task", f.TASK, "Body", f.BODY))(n, r),
        ),
        f.TASK,
        "derivedFrom",
        "Class",
    ),
    "task status outside the code list": (_set(f.TASK, status="late"), f.TASK, "status", "In"),
    "task without evidence": (_drop_rel("SUPPORTED_BY", f.TASK), f.TASK, "supportedBy/quote", "MinCount"),
    "evidence without quote": (_set(f.EVIDENCE, quote=None), f.EVIDENCE, "quote", "MinCount"),
    "evidence with empty quote": (_set(f.EVIDENCE, quote=""), f.EVIDENCE, "quote", "MinLength"),
    "evidence ending before it starts": (
        _set(f.EVIDENCE, start=200),
        f.EVIDENCE,
        "start",
        "LessThanOrEquals",
    ),
    "document without name": (_set(f.DOC, name=None), f.DOC, "name", "MinCount"),
    "document date as text": (_set(f.DOC, date="2022-12-05"), f.DOC, "date", "Datatype"),
    "document year as text": (_set(f.DOC, year="2022"), f.DOC, "year", "Datatype"),
    "document of no family": (_set(f.DOC, family="military"), f.DOC, "family", "In"),
    "provision of no document": (_drop_rel("PART_OF", f.PROV), f.PROV, "partOf", "MinCount"),
    "body of an unknown kind": (_set(f.BODY, kind="club"), f.BODY, "kind", "In"),
    "project status outside OC4IDS": (_set(f.PROJECT, status="ongoing"), f.PROJECT, "status", "In"),
    "place of an unknown kind": (_set(f.PLACE, kind="planet"), f.PLACE, "kind", "In"),
    "indicator without value": (_set(f.INDICATOR, value=None), f.INDICATOR, "value", "MinCount"),
    "change without original body": (_drop_rel("ORIGINAL", f.CHANGE), f.CHANGE, "original", "MinCount"),
    "post in no body": (_drop_rel("POST_IN", f.POST), f.POST, "postIn", "MinCount"),
    "load run without start": (_set(f.RUN, started=None), f.RUN, "started", "MinCount"),
    "confidence above one": (_set(f.ASSIGNMENT, confidence=1.5), f.ASSIGNMENT, "confidence", "MaxInclusive"),
    "cites with an unknown relation": (
        lambda n, r: r.__setitem__(1, replace(r[1], props={"relation": "likes"})),
        None,
        "relation",
        "In",
    ),
}


def test_good_graph_conforms() -> None:
    result = validate(build(*f.good()).graph)
    assert result.conforms, result.messages
    assert result.violations == ()


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_graph_is_rejected_for_the_right_reason(case: str) -> None:
    change, focus_key, path, component = CASES[case]
    nodes, rels = f.good()
    if case == "task from two provisions":
        nodes.append(RdfNode(("Provision",), f.PROV + ".1", {"path": "II.2.1"}))
        rels.append(RdfRel("PART_OF", "Provision", f.PROV + ".1", "Provision", f.PROV))
    change(nodes, rels)
    result = validate(build(nodes, rels).graph)
    assert not result.conforms
    reasons = {
        (v.path.replace(ONTOLOGY_NS, ""), v.component)
        for v in result.violations
        if focus_key is None or v.focus.endswith(_quoted(focus_key))
    }
    assert (path, component + "ConstraintComponent") in reasons, result.messages


def _quoted(key: str) -> str:
    return quote(key, safe="/-._~")


def test_broken_shapes_raise_instead_of_reporting() -> None:
    bad_shapes = Graph().parse(
        data="@prefix sh: <http://www.w3.org/ns/shacl#> . <urn:s> a sh:NodeShape ;"
        f' sh:targetClass <{ONTOLOGY_NS}Task> ; sh:property [ sh:path 42 ; sh:minCount "many" ] .',
        format="turtle",
    )
    with pytest.raises(ValidationError):
        validate(build(*f.good()).graph, shapes=bad_shapes)


def test_messages_name_focus_and_path() -> None:
    nodes, rels = f.good()
    _drop_rel("ASSIGNED_TO", f.ASSIGNMENT)(nodes, rels)
    result = validate(build(nodes, rels).graph)
    assert any("assignedTo" in m and "exactly one body" in m for m in result.messages)
