"""Issue 13: bounded RDF, malformed requests as 4xx problems, uploads, and small read fixes."""

from __future__ import annotations

from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.queries import base
from ontology.rdf import parse, read
from tests.api.conftest import API_KEY, make_settings
from tests.api.test_read import assert_problem, loaded_document

AUTH = {"X-API-Key": API_KEY}


def test_rdf_node_is_capped_and_says_so(client: TestClient) -> None:
    doc = loaded_document(client)
    r = client.get("/v1/rdf/node", params={"key": doc["key"], "limit": 5, "format": "nt"})
    assert r.status_code == 200, r.text
    assert r.headers["x-kg-limit"] == "5" and r.headers["x-kg-truncated"] == "true"
    _, rels = read(parse(r.text, "nt"))
    assert 0 < len(rels) <= 5
    whole = client.get("/v1/rdf/node", params={"key": doc["key"], "depth": 2})
    assert whole.headers["x-kg-limit"] == "2000"
    assert len(read(parse(whole.text, "turtle"))[1]) > 5


def test_rdf_reads_run_with_the_query_timeout(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[float | None] = []
    real = base.Reader.run

    def spy(self: base.Reader, work: Any) -> Any:
        seen.append(self.timeout_s)
        return real(self, work)

    monkeypatch.setattr(base.Reader, "run", spy)
    doc = loaded_document(client)
    seen.clear()
    assert client.get("/v1/rdf/node", params={"key": doc["key"]}).status_code == 200
    assert client.get("/v1/rdf/graph", params={"format": "nt"}).status_code == 200
    assert len(seen) >= 2 and all(t == 10.0 for t in seen), seen


def test_whole_graph_rdf_is_refused_above_its_bound(api_graph: str, neo4j_driver: neo4j.Driver) -> None:
    with TestClient(create_app(make_settings(api_rdf_graph_max_elements=10), neo4j_driver)) as small:
        body = assert_problem(small.get("/v1/rdf/graph"), 422)
        assert "kg export" in body["detail"]


def test_neighbourhood_states_its_cap(client: TestClient) -> None:
    doc = loaded_document(client)
    found = client.get("/v1/graph/neighbourhood", params={"key": doc["key"], "limit": 3}).json()
    assert found["limit"] == 3 and found["truncated"] and len(found["nodes"]) <= 3
