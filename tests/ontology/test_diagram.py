"""docs/ontology.md is generated from the Turtle and committed as generated."""

from __future__ import annotations

from pathlib import Path

from ontology import mapping
from ontology.diagram import mermaid, page

REPO = Path(__file__).resolve().parents[2]


def test_committed_doc_equals_generated() -> None:
    committed = (REPO / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert committed == page(), "run: python -m ontology.diagram > docs/ontology.md"


def test_diagram_shows_every_label_and_relationship_type() -> None:
    diagram = mermaid()
    assert diagram.startswith("classDiagram")
    for label in mapping.LABELS:
        assert f"class {label}[" in diagram
    for rel_type in mapping.REL_TYPES:
        assert f": {rel_type}\n" in diagram
    assert "Document <|-- PartyDocument" in diagram


def test_doc_table_lists_every_label_with_its_alignment() -> None:
    text = page()
    for info in mapping.NODE_CLASSES.values():
        assert f"| {info.label} | `kg:{info.name}` | key |" in text
    assert "`eli:LegalResource`" in text and "`org:Organization`" in text
