"""API fixtures: the session's Neo4j loaded with the corpus, and a client."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import neo4j
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.schema import apply_schema
from loaders.load import load_paths
from tests.conftest import CORPUS, SEED, wipe

API_KEY = "test-api-key-0123456789"


def load_graph(driver: neo4j.Driver) -> str:
    """Wipe, apply the schema and load the corpus through the real pipeline; returns "corpus"."""
    wipe(driver)
    apply_schema(driver)
    load_paths(driver, sorted((CORPUS / "quang-ngai").glob("*.txt")), progress=False)
    driver.execute_query("CALL db.awaitIndexes(300)")
    return "corpus"


@pytest.fixture(scope="module")
def api_graph(neo4j_driver: neo4j.Driver) -> str:
    """The graph for a module of API tests; returns 'corpus' or 'fixture'."""
    return load_graph(neo4j_driver)


def make_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "api_key": API_KEY,
        "api_query_timeout_s": 10.0,
        "api_max_body_bytes": 1_000_000,
        # Re-read the graph version on every request: tests that write through the driver (or stop
        # Neo4j) see the change at once; tests/api/test_cache.py sets its own intervals.
        "api_cache_check_seconds": 0.0,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def client(api_graph: str, neo4j_driver: neo4j.Driver) -> Iterator[TestClient]:
    """A client of the API over the session's driver (the test owns the driver)."""
    with TestClient(create_app(make_settings(), neo4j_driver)) as c:
        yield c


def post_seed(client: TestClient, api_key: str = API_KEY) -> httpx.Response:
    """Load the seed through the API as a raw text body (a write: needs the key); it has no letterhead."""
    return client.post(
        "/v1/documents",
        params={"filename": SEED.name, "jurisdiction": "quang-ngai"},
        content=SEED.read_bytes(),
        headers={"X-API-Key": api_key, "Content-Type": "text/plain"},
    )


def ready_within(client: TestClient, seconds: float) -> bool:
    """Whether /v1/ready answers 200 within `seconds`, asked as a load balancer asks."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if client.get("/v1/ready").status_code == 200:
            return True
    return False
