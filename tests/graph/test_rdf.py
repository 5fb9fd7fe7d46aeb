"""RDF view: Neo4j -> RDF keeps nodes, relationships and their properties (read back); neighbourhoods."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import neo4j
import pytest

from graph.errors import NotFound
from graph.rdf import export_graph, export_pages, node_view
from graph.schema import apply_schema
from ontology import UnknownTermError
from ontology.rdf import parse, read
from ontology.validate import validate

DOC = "party/TU-quang-ngai/KL/1492/2022-12-05"
CITED = "state/TTg/QD/168/2023-02-28"
PROV = f"{DOC}#II.2"
TASK = f"{PROV}/t1"
BODY = "body/quang-ngai/ubnd-tinh"
ASSIGNMENT = f"{TASK}/lead/{BODY}"
EVIDENCE = f"{DOC}@100-140/lead"

SEED = """
CREATE (d:Document:PartyDocument {key: $doc, name: 'Kết luận 1492-KL/TU', symbol: '1492-KL/TU',
        date: date('2022-12-05'), year: 2022, family: 'party', loaded: true,
        recipients: ['Ban Thường vụ Tỉnh ủy'], sources: [$doc]})
CREATE (c:Document:StateDocument {key: $cited, name: 'Quyết định 168/QĐ-TTg', symbol: '168/QĐ-TTg',
        family: 'state', loaded: false})
CREATE (p:Provision {key: $prov, path: 'II.2', level: 2, start: 90, end: 400})
CREATE (t:Task {key: $task, name: 'Đầu tư Cầu Trà Khúc 3', status: 'in_progress', due: date('2024-06-30')})
CREATE (b:Body {key: $body, name: 'Ủy ban nhân dân tỉnh', kind: 'state', aliases: ['UBND tỉnh', 'UBND']})
CREATE (a:Assignment {key: $assignment, role: 'lead', implied: false, confidence: 0.9})
CREATE (e:Evidence {key: $evidence, document: $doc, start: 100, end: 140, quote: 'UBND tỉnh chủ trì',
        rule: 'lead', confidence: 0.9})
CREATE (p)-[:PART_OF]->(d)
CREATE (d)-[:CITES {relation: 'implements', sources: [$doc]}]->(c)
CREATE (d)-[:IMPLEMENTS]->(c)
CREATE (t)-[:DERIVED_FROM]->(p)
CREATE (t)-[:HAS_ASSIGNMENT]->(a)
CREATE (a)-[:ASSIGNED_TO {role: 'lead'}]->(b)
CREATE (t)-[:SUPPORTED_BY]->(e)
CREATE (a)-[:SUPPORTED_BY]->(e)
CREATE (e)-[:FROM_DOCUMENT]->(d)
"""


def _seed(driver: neo4j.Driver) -> None:
    driver.execute_query(
        SEED,
        doc=DOC,
        cited=CITED,
        prov=PROV,
        task=TASK,
        body=BODY,
        assignment=ASSIGNMENT,
        evidence=EVIDENCE,
    )


def _snapshot(driver: neo4j.Driver) -> tuple[list[Any], list[Any]]:
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.key"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.key AS s, type(r) AS type, properties(r) AS props, b.key AS e "
        "ORDER BY s, type, e"
    )
    node_rows = [(sorted(r["labels"]), {k: _plain(v) for k, v in r["props"].items()}) for r in nodes]
    return node_rows, [r.data() for r in rels]


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(value)
    return value.to_native() if hasattr(value, "to_native") else value


def _wipe(driver: neo4j.Driver) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture
def seeded(clean_graph: neo4j.Driver) -> Iterator[neo4j.Driver]:
    apply_schema(clean_graph)
    _seed(clean_graph)
    yield clean_graph
    _wipe(clean_graph)  # leave the graph empty for whoever runs next


def _read_back(text: str, fmt: str = "turtle") -> tuple[list[Any], list[Any]]:
    """The RDF text read back as nodes and relationships in the shape of _snapshot."""
    nodes, rels = read(parse(text, fmt))
    node_rows = [
        (sorted(n.labels), {"key": n.key} | {k: _plain(v) for k, v in n.props.items()})
        for n in sorted(nodes, key=lambda n: n.key)
    ]
    rel_rows = [
        {
            "s": r.start_key,
            "type": r.type,
            "props": {k: _plain(v) for k, v in r.props.items()},
            "e": r.end_key,
        }
        for r in sorted(rels, key=lambda r: (r.start_key, r.type, r.end_key))
    ]
    return node_rows, rel_rows


@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_round_trip_keeps_counts_keys_and_properties(seeded: neo4j.Driver, fmt: str) -> None:
    before = _snapshot(seeded)
    assert len(before[0]) == 7 and len(before[1]) == 9
    view = export_graph(seeded)
    assert view.skipped == set()
    assert _read_back(view.serialize(fmt), fmt) == before


def test_export_conforms_to_the_shapes(seeded: neo4j.Driver) -> None:
    result = validate(export_graph(seeded).graph)
    assert result.conforms, result.messages


def test_export_keeps_types_dates_and_iris(seeded: neo4j.Driver) -> None:
    text = export_graph(seeded).serialize("turtle")
    assert "<https://policy-kg.vn/id/document/party/TU-quang-ngai/KL/1492/2022-12-05> a kg:Document" in text
    assert '"2022-12-05"^^xsd:date' in text
    assert "rdf:Statement" in text  # relationship properties are reified


def test_neighbourhood_depth(seeded: neo4j.Driver) -> None:
    one = node_view(seeded, "Task", TASK, depth=1).view
    two = node_view(seeded, "Task", TASK, depth=2).view
    from ontology.rdf import read

    nodes1, rels1 = read(one.graph)
    nodes2, rels2 = read(two.graph)
    assert {n.key for n in nodes1} == {TASK, PROV, ASSIGNMENT, EVIDENCE}
    assert {n.key for n in nodes2} == {TASK, PROV, ASSIGNMENT, EVIDENCE, DOC, BODY}
    assert len(rels1) == 3
    # depth 2 adds PART_OF, ASSIGNED_TO, the assignment's SUPPORTED_BY and FROM_DOCUMENT
    assert len(rels2) == 7


def test_neighbourhood_of_an_isolated_node(clean_graph: neo4j.Driver) -> None:
    clean_graph.execute_query(
        "CREATE (:Place {key: 'place/ly-son', name: 'Lý Sơn', kind: 'island-district'})"
    )
    try:
        nodes, rels = read(node_view(clean_graph, "Place", "place/ly-son").view.graph)
        assert [n.key for n in nodes] == ["place/ly-son"] and rels == []
    finally:
        _wipe(clean_graph)


def test_neighbourhood_of_a_missing_node(clean_graph: neo4j.Driver) -> None:
    with pytest.raises(NotFound):
        node_view(clean_graph, "Task", "no/such/task")


def test_unknown_label_and_bad_depth_are_refused(clean_graph: neo4j.Driver) -> None:
    with pytest.raises(UnknownTermError):
        node_view(clean_graph, "Nope", "x")
    with pytest.raises(ValueError):
        node_view(clean_graph, "Task", TASK, depth=3)


def test_dates_survive_as_typed_literals(seeded: neo4j.Driver) -> None:
    nodes, _ = read(parse(export_graph(seeded).serialize()))
    assert next(n for n in nodes if n.key == DOC).props["date"] == date(2022, 12, 5)


def test_export_in_pages_gives_the_whole_graph(seeded: neo4j.Driver) -> None:
    pages = list(export_pages(seeded, page=2))
    assert len(pages) > 3
    whole = export_graph(seeded)
    assert sum(len(p) for p in pages) == len(whole)
    text = "".join(p.serialize("nt") for p in pages)
    nodes, rels = read(parse(text, "nt"))
    assert (len(nodes), len(rels)) == tuple(map(len, read(whole.graph)))


def test_a_neighbourhood_is_capped(seeded: neo4j.Driver) -> None:
    capped = node_view(seeded, "Task", TASK, depth=2, limit=2)
    assert capped.truncated and capped.limit == 2
    assert len(read(capped.view.graph)[1]) == 2
    assert not node_view(seeded, "Task", TASK, depth=2).truncated
