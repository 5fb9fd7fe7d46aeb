"""One vocabulary: the code's roles, types, relations, statuses and key prefixes come from the ontology."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from ontology import mapping
from ontology.codelists import code_list, notations

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("ontology", "graph", "loaders", "api")


def test_production_code_uses_the_closed_namespace() -> None:
    opened = re.compile(r"Namespace\(\s*ONTOLOGY_NS")
    found = [
        str(path.relative_to(REPO))
        for package in PACKAGES
        for path in (REPO / package).rglob("*.py")
        if path.name not in ("namespace.py", "generate.py")
        and opened.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_an_unknown_term_fails_at_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "typo_module.py").write_text(
        "from ontology.namespace import KG\nLABEL = KG.neo4jLabell\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(AttributeError, match="neo4jLabell"):
        importlib.import_module("typo_module")
    sys.modules.pop("typo_module", None)


def test_document_types_come_from_the_code_lists() -> None:
    from loaders.extract import doctypes

    concepts = code_list("StateDocumentTypes") + code_list("PartyDocumentTypes")
    codes = {c.extraction_code or c.notation for c in concepts}
    assert set(doctypes.TYPE_NAMES.values()) <= codes
    assert doctypes.TYPE_NAMES["kết luận"] == "KL"
    assert doctypes.TYPE_NAMES["thông tri"] == doctypes.TYPE_NAMES["thông tư"] == "TT"
    assert set(doctypes.CODE_NAMES) == codes
    assert doctypes.CODE_NAMES["TT"] == "Thông tư"  # the State's name wins for a shared code
    assert doctypes.CODE_NAMES["L"] == "Luật"  # a law's extraction code outranks the order's notation
    assert doctypes.CODE_NAMES["QĐi"] == "Quyết định"  # kg:typeName
    assert notations("PartyDocumentTypes") == doctypes.PARTY_TYPES
    assert notations("StateDocumentTypes") - {"Luật"} <= doctypes.STATE_TYPES
    assert "KL" in doctypes.STATE_TYPES  # a State body's conclusion: 01/KL-UBND


def test_document_relations_come_from_the_code_list() -> None:
    from graph.queries.documents import DOC_RELS
    from loaders.records import TYPED_RELATIONS

    assert set(mapping.DOCUMENT_RELATIONS) == notations("DocumentRelations")
    assert mapping.DOCUMENT_RELATIONS["based_on"] == "BASED_ON"
    assert set(TYPED_RELATIONS) == notations("DocumentRelations") - {"cites"}
    assert set(DOC_RELS) == set(TYPED_RELATIONS.values()) | {"CITES"}
    assert set(DOC_RELS) <= mapping.REL_TYPES


def test_key_prefixes_are_the_iri_segments() -> None:
    from api.responses import RESOURCES
    from graph.queries.neighbourhood import label_of_key

    assert label_of_key("body/vn/bo-tai-chinh") == "Body"
    assert label_of_key("run/00000000-0000-0000-0000-000000000000") == "LoadRun"
    assert label_of_key("change/sap-nhap") == "ChangeEvent"
    assert label_of_key("party/TW/NQ/26/2022-11-03") == "Document"
    assert label_of_key("task/x") is None  # tasks are keyed under their provision, not by a prefix
    assert mapping.KEY_PREFIXES["document"] == "Document"
    assert RESOURCES["Body"] == ("bodies", "body/") and RESOURCES["Document"] == ("documents", "")


def test_roles_and_project_codes_come_from_the_code_lists() -> None:
    from api import oc4ids
    from api.deps import Role

    role = TypeAdapter(Role)
    for notation in notations("AssignmentRoles"):
        assert role.validate_python(notation) == notation
    for wrong in ("leader", "lead ", "", "LEAD"):
        with pytest.raises(ValidationError):
            role.validate_python(wrong)
    assert notations("ProjectStatuses") == oc4ids.STATUSES
    assert oc4ids.TYPES == notations("ProjectTypes") >= {"construction", "expansion"}


def test_every_built_key_names_its_label() -> None:
    from ontology.keys import label_of_key
    from tests.ontology import factory as f

    built = {
        f.DOC: "Document", f.CITED: "Document", f.PROV: "Provision", f.TASK: "Task", f.BODY: "Body",
        f.ASSIGNMENT: "Assignment", f.EVIDENCE: "Evidence", f.PROJECT: "Project", f.PLACE: "Place",
        f.INDICATOR: "IndicatorObservation", f.PERSON: "Person", f.POST: "Post", f.TERM: "Term",
        f.MEETING: "Meeting", f.PROGRAMME: "Programme", f.CHANGE: "ChangeEvent", f.RUN: "LoadRun",
    }  # fmt: skip
    assert {key: label_of_key(key) for key in built} == built
