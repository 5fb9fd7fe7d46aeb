"""Each read endpoint's answers and errors, against the real Neo4j with the graph loaded."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import ready_within

PROBLEM = "application/problem+json"


def first_hit(client: TestClient, q: str, label: str) -> dict[str, Any]:
    r = client.get("/v1/search", params={"q": q, "type": label})
    assert r.status_code == 200, r.text
    hits = r.json()["items"]
    assert hits, f"no {label} found for {q!r}"
    return hits[0]


def loaded_document(client: TestClient) -> dict[str, Any]:
    docs = client.get("/v1/documents", params={"limit": 100}).json()["items"]
    return next(d for d in docs if d["loaded"])


def assert_problem(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_health_and_ready(client: TestClient) -> None:
    assert client.get("/v1/health").json() == {"status": "ok"}
    # The first client of a fresh server waits for the plan warm-up (api/warmup.py) as a balancer would.
    assert ready_within(client, 120)
    assert client.get("/v1/ready").json()["neo4j"] == "up"


def test_documents_list_filters_and_pages(client: TestClient) -> None:
    page = client.get("/v1/documents").json()
    assert page["items"] and page["offset"] == 0 and page["limit"] == 20
    keys = [d["key"] for d in page["items"]]
    assert keys == sorted(keys)
    doc = loaded_document(client)
    assert doc["href"].startswith("/v1/documents/")
    by_type = client.get("/v1/documents", params={"type": doc["doc_type"]}).json()["items"]
    assert doc["key"] in [d["key"] for d in by_type]
    assert all(d["doc_type"] == doc["doc_type"] for d in by_type)
    assert client.get("/v1/documents", params={"year": 1950}).json()["items"] == []
    one = client.get("/v1/documents", params={"limit": 1}).json()
    if len(keys) > 1:
        assert one["next"] and "offset=1" in one["next"]
        second = client.get(one["next"]).json()
        assert second["items"][0]["key"] == keys[1]


def test_document_detail_tree_tasks_references_and_etag(client: TestClient) -> None:
    doc = loaded_document(client)
    r = client.get(doc["href"])
    assert r.status_code == 200
    body = r.json()
    assert body["provisions"] and body["tasks"]
    assert any(p["children"] for p in body["provisions"])
    assert body["references"], "the loaded document cites others"
    assert all(ref["type"] and ref["href"] for ref in body["references"])
    cited = client.get(body["references"][0]["href"]).json()
    assert doc["key"] in [c["key"] for c in cited["cited_by"]]
    etag = r.headers["etag"]
    again = client.get(doc["href"], headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag and again.content == b""
    assert client.get(doc["href"], headers={"If-None-Match": '"other"'}).status_code == 200


def test_one_provision_with_its_tasks(client: TestClient) -> None:
    doc = client.get(loaded_document(client)["href"]).json()
    task = doc["tasks"][0]
    r = client.get(f"{doc['href']}/provisions/{task['path']}")
    assert r.status_code == 200, r.text
    prov = r.json()
    assert prov["key"] == task["provision"] and task["key"] in [t["key"] for t in prov["tasks"]]
    assert_problem(client.get(f"{doc['href']}/provisions/XCIX.9"), 404)


def test_bodies_list_detail_and_unknown(client: TestClient) -> None:
    page = client.get("/v1/bodies", params={"q": "thuong vu"}).json()
    assert any("Thường vụ" in b["name"] for b in page["items"])
    body = first_hit(client, "Ban Thường vụ Tỉnh ủy", "Body")
    detail = client.get(body["href"]).json()
    assert detail["key"] == body["key"] and isinstance(detail["aliases"], list)
    assert "etag" in client.get(body["href"]).headers
    # A URL id may omit the `body/` prefix or keep it.
    assert client.get("/v1/bodies/" + body["key"]).json()["key"] == body["key"]
    assert_problem(client.get("/v1/bodies/quang-ngai/no-such-body"), 404)
    assert_problem(client.get("/v1/bodies/quang-ngai/no-such-body/responsibilities"), 404)


def test_projects_list_detail_and_oc4ids(client: TestClient) -> None:
    project = first_hit(client, "tra khuc 3", "Project")
    assert project["href"] == "/v1/projects/" + project["key"].removeprefix("project/")
    detail = client.get(project["href"]).json()
    assert detail["parties"] and detail["tasks"] and detail["documents"]
    assert all(p["roles"] for p in detail["parties"])
    listed = client.get("/v1/projects", params={"limit": 100}).json()["items"]
    assert project["key"] in [p["key"] for p in listed]
    assert_problem(client.get("/v1/projects/no-such-project"), 404)
    assert_problem(client.get("/v1/projects/no-such-project/oc4ids"), 404)


def test_tasks_filters(client: TestClient) -> None:
    all_tasks = client.get("/v1/tasks", params={"limit": 100}).json()["items"]
    assert all_tasks
    task = next(t for t in all_tasks if t["assignments"])
    a = task["assignments"][0]
    by_body = client.get("/v1/tasks", params={"body": a["key"], "role": a["role"], "limit": 100}).json()[
        "items"
    ]
    assert task["key"] in [t["key"] for t in by_body]
    assert all(
        any(x["key"] == a["key"] and x["role"] == a["role"] for x in t["assignments"]) for t in by_body
    )
    by_doc = client.get("/v1/tasks", params={"document": task["document"], "limit": 100}).json()["items"]
    assert task["key"] in [t["key"] for t in by_doc]
    project = first_hit(client, "tra khuc 3", "Project")
    by_project = client.get("/v1/tasks", params={"project": project["key"]}).json()["items"]
    assert by_project and all(any(c["key"] == project["key"] for c in t["concerns"]) for t in by_project)
    assert client.get("/v1/tasks", params={"period": "1999"}).json()["items"] == []
    assert_problem(client.get("/v1/tasks", params={"period": "last year"}), 422)
    assert_problem(client.get("/v1/tasks", params={"role": "boss"}), 422)


def test_search_folds_tolerates_typos_and_ranks(client: TestClient) -> None:
    hits = client.get("/v1/search", params={"q": "tra khuc 3"}).json()["items"]
    assert hits[0]["label"] == "Project" and "Trà Khúc 3" in hits[0]["name"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert client.get("/v1/search", params={"q": "tra khc 3"}).json()["items"][0]["key"] == hits[0]["key"]
    vsip = client.get("/v1/search", params={"q": "VSIP2"}).json()["items"]
    assert vsip and "VSIP" in vsip[0]["name"]
    qd = client.get("/v1/search", params={"q": "168/QD-TTg"}).json()["items"]
    assert qd[0]["label"] == "Document" and qd[0]["symbol"] == "168/QĐ-TTg" and qd[0]["match"] == "symbol"
    assert client.get("/v1/search", params={"q": '+-&&||!(){}[]^"~*?:\\/'}).status_code == 200
    assert_problem(client.get("/v1/search", params={"q": ""}), 422)
    assert_problem(client.get("/v1/search", params={"q": "x", "type": "Nope"}), 422)


def test_neighbourhood_bounded(client: TestClient) -> None:
    project = first_hit(client, "tra khuc 3", "Project")
    r = client.get("/v1/graph/neighbourhood", params={"key": project["key"], "depth": 2, "limit": 5})
    assert r.status_code == 200
    g = r.json()
    assert len(g["nodes"]) <= 5 and g["nodes"][0]["key"] == project["key"]
    ids = {n["id"] for n in g["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    assert_problem(client.get("/v1/graph/neighbourhood", params={"key": "project/none"}), 404)
    assert_problem(client.get("/v1/graph/neighbourhood", params={"key": project["key"], "depth": 9}), 422)


def test_bad_parameters_and_unknown_routes_are_problems(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/documents", params={"limit": 1000}), 422)
    assert "limit" in body["detail"]
    assert_problem(client.get("/v1/documents", params={"year": "soon"}), 422)
    assert_problem(client.get("/v1/nothing-here"), 404)


def test_cors_allow_list(client: TestClient) -> None:
    allowed = client.get("/v1/health", headers={"Origin": "http://localhost:7474"})
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:7474"
    denied = client.get("/v1/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in denied.headers
    pre = client.options(
        "/v1/search", headers={"Origin": "http://127.0.0.1:7474", "Access-Control-Request-Method": "GET"}
    )
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "http://127.0.0.1:7474"


def test_openapi_documents_every_route_with_problems(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in [
        "/v1/documents",
        "/v1/bodies/{id}/responsibilities",
        "/v1/projects/{id}/oc4ids",
        "/v1/tasks",
        "/v1/search",
        "/v1/graph/neighbourhood",
        "/v1/health",
        "/v1/ready",
    ]:
        assert path in schema["paths"], path
    responses = schema["paths"]["/v1/search"]["get"]["responses"]
    assert "application/problem+json" in responses["422"]["content"]
