"""Building and reading the RDF view without Neo4j."""

from __future__ import annotations

import pytest

from ontology import RdfError
from ontology.rdf import RdfNode, RdfRel, build, parse, read
from tests.ontology import factory as f


def _canon(nodes: list[RdfNode], rels: list[RdfRel]) -> tuple[list[object], list[object]]:
    def props(p: dict[str, object]) -> dict[str, object]:
        return {k: sorted(v) if isinstance(v, list) else v for k, v in p.items()}

    n = sorted((x.labels, x.key, props(x.props)) for x in nodes)
    r = sorted((x.type, x.start_key, x.end_key, sorted(props(x.props).items())) for x in rels)
    return n, r  # type: ignore[return-value]


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt"])
def test_build_then_read_is_identity(fmt: str) -> None:
    nodes, rels = f.good()
    view = build(nodes, rels)
    assert view.skipped == set()
    back = read(parse(view.serialize(fmt), fmt))
    assert _canon(*back) == _canon(nodes, rels)


def test_confidence_given_as_int_is_a_double() -> None:
    view = build([RdfNode(("Assignment",), "a", {"role": "lead", "confidence": 1})], [])
    assert '"1.0"^^xsd:double' in view.serialize("nt").replace(
        "<http://www.w3.org/2001/XMLSchema#double>", "xsd:double"
    )


def test_unknown_terms_are_skipped_and_reported() -> None:
    view = build(
        [RdfNode(("Body", "Legacy"), "b", {"name": "X", "color": "red"}), RdfNode(("Legacy",), "z", {})],
        [RdfRel("LIKES", "Body", "b", "Body", "b")],
    )
    assert view.skipped == {"label Legacy", "property color", "relationship LIKES"}
    nodes, rels = read(view.graph)
    assert [(n.labels, n.key, n.props) for n in nodes] == [(("Body",), "b", {"name": "X"})]


def test_json_ld_uses_the_kg_prefix() -> None:
    text = build(*f.good()).serialize("json-ld")
    assert '"kg": "https://policy-kg.vn/ontology#"' in text
    assert "kg:assignedTo" in text


def test_bad_input_raises() -> None:
    with pytest.raises(RdfError):
        parse("this is not turtle", "turtle")
    with pytest.raises(RdfError):
        parse("", "rdfxml-ish")
    dangling = (
        "@prefix kg: <https://policy-kg.vn/ontology#> . <https://policy-kg.vn/id/task/t> a kg:Task ; "
        'kg:key "t" ; kg:derivedFrom <https://policy-kg.vn/id/provision/p> .'
    )
    with pytest.raises(RdfError):
        read(parse(dangling))
