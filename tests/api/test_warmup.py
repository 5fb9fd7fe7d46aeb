"""The query plan warm-up at start (api/warmup.py): it runs every read, and /v1/ready waits for it."""

from __future__ import annotations

import threading

import neo4j
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.routes import health
from api.warmup import PlanWarmUp, _reads
from graph.reader import Reader
from tests.api.conftest import make_settings, ready_within


def test_every_read_of_the_warm_up_runs_on_the_graph(api_graph: str, neo4j_driver: neo4j.Driver) -> None:
    warm_up = PlanWarmUp(Reader(neo4j_driver))
    warm_up.run()
    assert warm_up.done and warm_up.failed is None, warm_up.failed
    assert warm_up.seconds is not None and len(warm_up.reads) >= 10


def test_the_app_warms_up_at_start_and_is_then_ready(client: TestClient) -> None:
    assert ready_within(client, 120)
    warm_up: PlanWarmUp = client.app.state.warm_up  # type: ignore[attr-defined]
    assert warm_up.done and warm_up.failed is None and warm_up.seconds is not None


def test_ready_is_503_while_the_plans_are_compiling(
    api_graph: str, neo4j_driver: neo4j.Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "WARM_UP_WAIT_S", 0.05)
    release = threading.Event()
    with TestClient(create_app(make_settings(api_warm_up=False), neo4j_driver)) as c:
        slow = PlanWarmUp(c.app.state.reader, reads=[lambda _: release.wait(10)])  # type: ignore[attr-defined]
        c.app.state.warm_up = slow  # type: ignore[attr-defined]
        slow.start()
        r = c.get("/v1/ready")
        assert r.status_code == 503 and r.json()["title"] == "Warming up"
        assert r.headers["retry-after"] == "2"
        release.set()
        assert slow.wait(5)
        assert c.get("/v1/ready").status_code == 200


def test_the_reads_cover_responsibilities_projects_search_and_tasks() -> None:
    codes = [getattr(read, "func", read).__code__ for read in _reads()]
    flat = {name for code in codes for name in code.co_names}
    assert {"responsibilities", "get_project", "search", "list_tasks", "get_document"} <= flat
