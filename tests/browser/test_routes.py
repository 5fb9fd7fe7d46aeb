"""GET /browser/style.grass and /browser/guide.html, with the CORS answers Neo4j Browser needs."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.routes import browser
from tests.browser.grass import shipped


@pytest.fixture
def client() -> TestClient:
    app = FastAPI()
    app.include_router(browser.router)
    return TestClient(app)


def test_style_is_served_as_text(client: TestClient) -> None:
    res = client.get("/browser/style.grass")
    assert res.status_code == 200
    assert res.headers["content-type"] == "text/plain; charset=utf-8"
    assert res.text == shipped("style.grass")


def test_guide_is_served_as_html(client: TestClient) -> None:
    res = client.get("/browser/guide.html")
    assert res.status_code == 200
    assert res.headers["content-type"] == "text/html; charset=utf-8"
    assert "Trà Khúc 3" in res.text


def test_unknown_file_is_404(client: TestClient) -> None:
    assert client.get("/browser/secret.txt").status_code == 404
    assert client.get("/browser/..%2Fcli.py").status_code == 404


@pytest.mark.parametrize(
    "origin", ["http://127.0.0.1:7474", "http://localhost:7474", "http://127.0.0.1:51234"]
)
def test_browser_origins_are_allowed(client: TestClient, origin: str) -> None:
    res = client.get("/browser/style.grass", headers={"Origin": origin})
    assert res.headers["access-control-allow-origin"] == origin
    assert "Origin" in res.headers["vary"]


def test_other_origins_get_no_cors_header(client: TestClient) -> None:
    res = client.get("/browser/guide.html", headers={"Origin": "http://evil.example"})
    assert res.status_code == 200
    assert "access-control-allow-origin" not in res.headers


def test_configured_origins_are_allowed() -> None:
    app = FastAPI()
    app.state.settings = SimpleNamespace(api_cors_origins=["http://neo4j.example:7474"])
    app.include_router(browser.router)
    res = TestClient(app).get("/browser/style.grass", headers={"Origin": "http://neo4j.example:7474"})
    assert res.headers["access-control-allow-origin"] == "http://neo4j.example:7474"


def test_preflight_allows_the_browser_fetch_headers(client: TestClient) -> None:
    res = client.options(
        "/browser/guide.html",
        headers={
            "Origin": "http://127.0.0.1:7474",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "cache-control,pragma",
        },
    )
    assert res.status_code in (200, 204)
    assert res.headers["access-control-allow-origin"] == "http://127.0.0.1:7474"
    assert "GET" in res.headers["access-control-allow-methods"]
    assert {"cache-control", "pragma"} <= {
        h.strip().lower() for h in res.headers["access-control-allow-headers"].split(",")
    }


def test_origin_rule() -> None:
    assert browser.origin_allowed("http://[::1]:7474")
    assert not browser.origin_allowed("http://127.0.0.1.evil.example:7474")
    assert not browser.origin_allowed("file://localhost")
    assert browser.origin_allowed("https://kg.example", ["https://kg.example"])


def test_the_api_app_serves_the_browser_files_to_its_configured_origins() -> None:
    from api.app import create_app
    from api.settings import Settings

    settings = Settings(_env_file=None, api_cors_origins=["http://neo4j.example:7474"])  # type: ignore[call-arg]
    app_client = TestClient(create_app(settings=settings))
    headers = {
        "Origin": "http://neo4j.example:7474",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "cache-control,pragma",
    }
    assert app_client.options("/browser/style.grass", headers=headers).status_code == 204
    res = app_client.get("/browser/style.grass", headers={"Origin": "http://neo4j.example:7474"})
    assert res.status_code == 200
    assert res.headers["access-control-allow-origin"] == "http://neo4j.example:7474"
    assert app_client.get("/browser/guide.html").headers["content-type"].startswith("text/html")
