"""The two questions the API exists to answer, with evidence quotes from the source text."""

from __future__ import annotations

from fastapi.testclient import TestClient

from ontology.text import fold
from tests.api.test_read import first_hit


def test_who_is_responsible_for_the_tra_khuc_3_bridge(client: TestClient) -> None:
    project = first_hit(client, "cầu Trà Khúc 3", "Project")
    detail = client.get(project["href"]).json()
    responsible = [p for p in detail["parties"] if p["roles"]]
    assert responsible, "someone is responsible for the bridge"
    quotes = [e["quote"] for t in detail["tasks"] for e in t["evidence"]]
    quotes += [q for t in detail["tasks"] for a in t["assignments"] for q in a["evidence"]]
    assert any("tra khuc 3" in fold(q) for q in quotes), quotes
    # The same answer from the other side: each responsible body's responsibilities name the project.
    body = responsible[0]
    items = client.get(body["href"] + "/responsibilities", params={"limit": 100}).json()["items"]
    assert any(project["key"] in [p["key"] for p in item["projects"]] for item in items)


def test_what_must_the_ban_thuong_vu_tinh_uy_do(client: TestClient) -> None:
    body = first_hit(client, "Ban Thường vụ Tỉnh ủy", "Body")
    assert fold(body["name"]).startswith("ban thuong vu tinh uy")
    r = client.get(body["href"] + "/responsibilities", params={"limit": 100})
    assert r.status_code == 200
    items = r.json()["items"]
    assert items, "the standing committee has tasks"
    for item in items:
        assert item["role"] and item["task"]["key"] and item["document"]["key"] and item["provision"]["path"]
        assert item["evidence"] and all(e["quote"] for e in item["evidence"])
    quotes = [fold(e["quote"]) for item in items for e in item["evidence"]]
    assert any("lanh dao" in q or "chi dao" in q for q in quotes), quotes
    leads = client.get(body["href"] + "/responsibilities", params={"role": "lead"}).json()["items"]
    assert all(i["role"] == "lead" for i in leads)


def test_responsibility_pages_follow_one_stable_order(client: TestClient) -> None:
    # The query pages in the store's order (no sort): consecutive small pages must tile one big page.
    bodies = client.get("/v1/bodies", params={"limit": 100}).json()["items"]
    pages = {
        b["href"]: client.get(b["href"] + "/responsibilities", params={"limit": 100}).json() for b in bodies
    }
    href, whole = max(pages.items(), key=lambda kv: len(kv[1]["items"]))
    tasks = [(i["task"]["key"], i["role"]) for i in whole["items"]]
    assert len(tasks) >= 3, f"{href} has too few responsibilities to page"
    paged: list[tuple[str, str]] = []
    url: str | None = href + "/responsibilities?limit=2"
    while url and len(paged) < len(tasks):
        page = client.get(url).json()
        paged += [(i["task"]["key"], i["role"]) for i in page["items"]]
        url = page["next"]
    assert paged[: len(tasks)] == tasks
