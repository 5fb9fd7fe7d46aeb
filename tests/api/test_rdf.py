"""RDF by content negotiation and ?format=: a node, the whole graph and the ontology."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from ontology import mapping
from ontology.rdf import parse
from tests.api.test_read import assert_problem, first_hit


def test_node_as_turtle_by_accept_and_jsonld_by_format(client: TestClient) -> None:
    project = first_hit(client, "tra khuc 3", "Project")
    r = client.get("/v1/rdf/node", params={"key": project["key"]}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    graph = parse(r.text, "turtle")
    iri = mapping.node_iri("Project", project["key"])
    assert any(str(s) == iri for s in graph.subjects())
    j = client.get("/v1/rdf/node", params={"key": project["key"], "format": "json-ld"})
    assert j.headers["content-type"].startswith("application/ld+json")
    assert len(parse(j.text, "json-ld")) == len(graph)
    json.loads(j.text)
    negotiated = client.get(
        "/v1/rdf/node",
        params={"key": project["key"]},
        headers={"Accept": "text/html;q=0.9, application/ld+json;q=0.8"},
    )
    assert negotiated.headers["content-type"].startswith("application/ld+json")


def test_whole_graph_and_ontology(client: TestClient) -> None:
    whole = client.get("/v1/rdf/graph", params={"format": "turtle"})
    assert whole.status_code == 200 and len(parse(whole.text, "turtle")) > 20
    onto = client.get("/v1/rdf/ontology", headers={"Accept": "application/ld+json"})
    assert onto.status_code == 200 and "Project" in onto.text


def test_rdf_errors(client: TestClient) -> None:
    assert_problem(client.get("/v1/rdf/node", params={"key": "project/none"}), 404)
    assert_problem(client.get("/v1/rdf/node", params={"key": "zzz"}), 404)
    assert_problem(client.get("/v1/rdf/ontology", headers={"Accept": "image/png"}), 406)
    assert_problem(client.get("/v1/rdf/ontology", params={"format": "xml"}), 422)
