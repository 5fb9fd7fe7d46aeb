"""The GraSS style and the guide: complete, parseable by Neo4j Browser, consistent with docs/model.md."""

from __future__ import annotations

import re

import pytest

from tests.browser.grass import (
    guide_queries,
    model_labels,
    model_rel_types,
    parse_grass,
    parse_guide,
    shipped,
)


@pytest.fixture(scope="module")
def style() -> dict[str, dict[str, str]]:
    return parse_grass(shipped("style.grass"))


def test_parser_port_reads_browser_syntax() -> None:
    parsed = parse_grass(
        "node.A {\n  caption: '{name}';\n  color: #fff;\n}\nrelationship.R { caption: \"<type>\"; }"
    )
    assert parsed == {
        "node.A": {"caption": "{name}", "color": "#fff"},
        "relationship.R": {"caption": "<type>"},
    }


def test_style_has_only_node_and_relationship_selectors(style: dict[str, dict[str, str]]) -> None:
    # A comment or stray text would be glued onto the next selector by the Browser's parser.
    for selector in style:
        assert re.fullmatch(r"(node|relationship)(\.[A-Za-z_]+)?", selector), selector
    assert "node" in style and "relationship" in style


def test_every_model_label_has_a_colour_and_a_caption(style: dict[str, dict[str, str]]) -> None:
    labels = model_labels()
    assert {"Document", "Body", "Project", "Task", "Assignment", "Evidence", "LoadRun"} <= labels
    for label in sorted(labels):
        rule = style.get(f"node.{label}")
        assert rule is not None, f"no rule for node label {label}"
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", rule.get("color", "")), label
        assert re.fullmatch(r"\{\w+\}( \{\w+\})*", rule.get("caption", "")), label


def test_captions_use_the_model_properties(style: dict[str, dict[str, str]]) -> None:
    assert style["node.Document"]["caption"] == "{doc_type_name} {symbol}"
    assert style["node.Body"]["caption"] == "{short_name} {name}"
    assert style["node.Project"]["caption"] == "{name}"
    assert style["node.Assignment"]["caption"] == "{role}"
    assert style["relationship.ASSIGNED_TO"]["caption"] == "{role}"
    for selector in style:
        if selector.startswith("relationship."):
            assert selector.split(".", 1)[1] in model_rel_types(), selector


def test_documents_bodies_and_projects_stand_out(style: dict[str, dict[str, str]]) -> None:
    def size(selector: str) -> int:
        return int(style[selector].get("diameter", style["node"]["diameter"]).removesuffix("px"))

    big = min(size(s) for s in ("node.Document", "node.Body", "node.Project"))
    others = [
        s for s in style if s.startswith("node.") and s not in ("node.Document", "node.Body", "node.Project")
    ]
    assert all(size(s) < big for s in others if "diameter" in style[s])


def test_guide_is_a_browser_guide_with_slides_and_runnable_queries() -> None:
    guide = parse_guide(shipped("guide.html"))
    assert guide.title == "Chỉ đạo và dự án · Directives and projects"
    assert guide.slides >= 6
    assert '<article class="guide">' in shipped("guide.html")
    assert any("Trà Khúc 3" in h for h in guide.headings)
    assert any("Ban Thường vụ Tỉnh ủy" in h for h in guide.headings)
    assert len(guide_queries()) >= 8


def test_guide_queries_name_only_model_labels_and_types() -> None:
    labels, types = model_labels(), model_rel_types()
    for query in guide_queries():
        for label in re.findall(r"\(\w*:(\w+)", query):
            assert label in labels, (label, query)
        for rel in re.findall(r"\[\w*:(\w+)", query):
            assert rel in types, (rel, query)


def test_guide_queries_cover_the_issue_questions() -> None:
    text = "\n".join(guide_queries())
    assert "project/cau-tra-khuc-3" in text
    assert "b.name STARTS WITH 'Ban Thường vụ Tỉnh ủy'" in text  # any province's Standing Committee
    assert "(:Task)-[:HAS_ASSIGNMENT]->(:Assignment)-[:ASSIGNED_TO]->(:Body)" in text
    assert "-[:DERIVED_FROM]->(pr:Provision)-[:PART_OF*]->(d:Document)" in text
    assert "-[:SUPPORTED_BY]->(e:Evidence)" in text and "e.quote" in text
    assert "[c:CITES]" in text and "t.domain" in text
