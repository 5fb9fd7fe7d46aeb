"""Neo4j stopped under a running API gives 503 problems; started again, the same API answers 200."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.services import neo4j_server as server
from graph.schema import apply_schema
from tests.api.conftest import make_settings, ready_within
from tests.api.fixture_graph import BTV, write_fixture
from tests.conftest import make_server

pytestmark = pytest.mark.slow


def test_api_recovers_when_neo4j_comes_back(tmp_path: Path) -> None:
    instance = make_server(tmp_path / "neo4j")
    instance.start()
    try:
        with instance.driver() as driver:
            apply_schema(driver)
            write_fixture(driver)
            with TestClient(create_app(make_settings(), driver)) as client:
                body_url = "/v1/bodies/" + BTV
                # A fresh server's JVM is cold: the plan warm-up takes longer than ready waits at once.
                assert ready_within(client, 120), "not ready: " + client.get("/v1/ready").text
                print("plan warm-up", client.app.state.warm_up.seconds)  # type: ignore[attr-defined]
                assert client.get(body_url).status_code == 200

                server.stop(instance.cfg)
                assert client.get("/v1/health").status_code == 200, "the process itself stays up"
                for url in ("/v1/ready", body_url, "/v1/search?q=tra", "/v1/rdf/node?key=" + BTV):
                    began = time.perf_counter()
                    r = client.get(url)
                    elapsed = time.perf_counter() - began
                    assert r.status_code == 503, (url, r.text)
                    # About a second (API_UNAVAILABLE_S), the version check of the cache included.
                    assert elapsed < 1.5, (url, elapsed)
                    assert r.headers["content-type"].startswith("application/problem+json")
                    assert int(r.headers["retry-after"]) > 0
                    assert r.json()["title"] == "Neo4j unavailable"

                instance.start()
                assert client.get("/v1/ready").status_code == 200
                r = client.get(body_url)
                assert r.status_code == 200 and r.json()["key"] == BTV
    finally:
        server.stop(instance.cfg)
