"""SKOS code lists: the required values exist and the shapes' sh:in lists agree with them."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import SH

from ontology import UnknownTermError, keys
from ontology.codelists import Code, code_list, notations
from ontology.files import cached_ontology, shapes_graph
from ontology.namespace import KG


def test_required_codes() -> None:
    assert notations("AssignmentRoles") == {"lead", "coordinate", "monitor", "report", "approve", "implement"}
    assert notations("TaskStatuses") == {"done_on_time", "done_late", "in_progress", "overdue", "no_deadline"}
    assert notations("ProjectStatuses") == {
        "identification",
        "preparation",
        "implementation",
        "completion",
        "completed",
        "cancelled",
    }
    # The OC4IDS partyRole code list, exactly (schema/project-level/codelists/partyRole.csv).
    assert notations("PartyRoles") == {
        "buyer",
        "procuringEntity",
        "supplier",
        "tenderer",
        "funder",
        "enquirer",
        "payer",
        "payee",
        "reviewBody",
        "publicAuthority",
        "administrativeEntity",
    }
    assert {"party", "state", "mass", "enterprise"} <= notations("BodyKinds")


def test_document_types_by_family() -> None:
    state = notations("StateDocumentTypes")
    party = notations("PartyDocumentTypes")
    assert {"NQ", "QĐ", "CT", "TB", "HD", "CTr", "KH", "ĐA", "NĐ", "TT", "CĐ", "TTr"} <= state
    assert {"KL", "NQ", "QĐ", "CT", "TB", "CTr", "TT", "CV", "QĐi", "QyĐ"} <= party
    assert "KL" not in state
    assert _code("PartyDocumentTypes", "TT").label_vi == "Thông tri"
    assert _code("StateDocumentTypes", "TT").label_vi == "Thông tư"
    assert _code("PartyDocumentTypes", "KL").label_en == "Conclusion"
    with pytest.raises(UnknownTermError):
        code_list("DocumentTypes")


def _code(scheme: str, notation: str) -> Code:
    return next(c for c in code_list(scheme) if c.notation == notation)


def test_key_codes_are_the_ascii_notations() -> None:
    graph = cached_ontology()
    for scheme in ("StateDocumentTypes", "PartyDocumentTypes"):
        for concept in code_list(scheme):
            assert str(graph.value(URIRef(concept.iri), KG.keyCode)) == keys.code(concept.notation)


@pytest.mark.parametrize(
    ("target", "path", "scheme"),
    [
        ("Assignment", "role", "AssignmentRoles"),
        ("Task", "status", "TaskStatuses"),
        ("Project", "status", "ProjectStatuses"),
        ("Body", "kind", "BodyKinds"),
        ("Place", "kind", "PlaceKinds"),
        ("ChangeEvent", "kind", "ChangeKinds"),
    ],
)
def test_shape_lists_agree_with_code_lists(target: str, path: str, scheme: str) -> None:
    shapes = shapes_graph()
    found = None
    for shape in shapes.subjects(SH.targetClass, KG[target]):
        for prop in shapes.objects(shape, SH.property):
            if shapes.value(prop, SH.path) == KG[path] and (lst := shapes.value(prop, SH["in"])) is not None:
                found = {str(x) for x in shapes.items(lst)}
    assert found == notations(scheme)
