"""The review API on a real Neo4j: roles, ETag / If-Match, racing reviewers, reads that reflect reviews."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API_KEY
from tests.api.reviewing import OTHER_KEY, READER_KEY, REVIEWER_KEY, auth, fact_url, review_client


@pytest.fixture
def client(neo4j_driver: neo4j.Driver, tmp_path: Path) -> Iterator[TestClient]:
    with review_client(neo4j_driver, tmp_path) as c:
        yield c


def _queue(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    r = client.get("/v1/reviews", params={"limit": 100, **params})
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_a_reader_key_cannot_review(client: TestClient) -> None:
    fact = _queue(client)[0]
    decision = {"fact": fact["key"], "decision": "rejected"}
    assert client.post("/v1/reviews", json=decision).status_code == 401
    assert client.post("/v1/reviews", json=decision, headers=auth(READER_KEY)).status_code == 403
    assert client.post("/v1/reviews", json=decision, headers=auth("not-a-key-0123456789")).status_code == 403
    # A reader key cannot write documents either; the old API_KEY still can, and may review (admin).
    assert client.delete("/v1/documents/" + fact["document"], headers=auth(READER_KEY)).status_code == 403
    assert client.post("/v1/reviews", json=decision, headers=auth(REVIEWER_KEY)).status_code == 200
    history = client.get(fact_url(fact["key"]) + "/history").json()
    assert [(r["reviewer"], r["decision"]) for r in history["reviews"]] == [("Lan", "rejected")]
    other = _queue(client)[0]
    ok = client.post(
        "/v1/reviews", json={"fact": other["key"], "decision": "accepted"}, headers=auth(API_KEY)
    )
    assert ok.status_code == 200


def test_if_match_with_a_changed_fact_answers_409_with_its_state(client: TestClient) -> None:
    fact = _queue(client)[0]
    got = client.get(fact_url(fact["key"]))
    assert got.status_code == 200 and got.json()["review_state"] == "proposed"
    etag = got.headers["ETag"]
    decision = {"fact": fact["key"], "decision": "accepted", "reason": "đúng"}
    first = client.post("/v1/reviews", json=decision, headers={**auth(REVIEWER_KEY), "If-Match": etag})
    assert first.status_code == 200, first.text
    assert first.json()["items"][0]["version"] == 1
    second = client.post(
        "/v1/reviews",
        json={**decision, "decision": "rejected"},
        headers={**auth(OTHER_KEY), "If-Match": etag},
    )
    assert second.status_code == 409
    assert second.json()["current"] == [{"key": fact["key"], "version": 1, "review_state": "accepted"}]
    history = client.get(fact_url(fact["key"]) + "/history")
    assert history.headers["ETag"] != etag and history.json()["fact"]["review_state"] == "accepted"
    assert len(history.json()["reviews"]) == 1


def test_two_reviewers_racing_on_one_fact_one_200_one_409(client: TestClient) -> None:
    fact = _queue(client)[0]
    etag = client.get(fact_url(fact["key"])).headers["ETag"]
    start, statuses = threading.Barrier(2), []

    def review(key: str, decision: str) -> None:
        start.wait()
        r = client.post(
            "/v1/reviews",
            json={"fact": fact["key"], "decision": decision},
            headers={**auth(key), "If-Match": etag},
        )
        statuses.append(r.status_code)

    threads = [
        threading.Thread(target=review, args=(REVIEWER_KEY, "accepted")),
        threading.Thread(target=review, args=(OTHER_KEY, "rejected")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(statuses) == [200, 409]
    assert len(client.get(fact_url(fact["key"]) + "/history").json()["reviews"]) == 1


def _projects_with_assignments(client: TestClient) -> list[dict[str, Any]]:
    out = []
    for p in client.get("/v1/projects", params={"limit": 100}).json()["items"]:
        detail = client.get(p["href"]).json()
        if any(t["assignments"] for t in detail["tasks"]):
            out.append(detail)
    assert len(out) >= 2, "the seed has fewer than two projects with assigned tasks"
    return out


def _facts(client: TestClient, href: str, **params: Any) -> dict[str, dict[str, Any]]:
    """The assignments of a project's tasks, by key."""
    detail = client.get(href, params=params).json()
    return {a["fact"]: a for t in detail["tasks"] for a in t["assignments"]}


def _responsibilities(client: TestClient, body: str, **params: Any) -> list[dict[str, Any]]:
    r = client.get(f"/v1/bodies/{body}/responsibilities", params={"limit": 100, **params})
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_the_responsibilities_and_project_answers_reflect_reviews(client: TestClient) -> None:
    one, *others = _projects_with_assignments(client)
    task = next(t for t in one["tasks"] if t["assignments"])
    rejected = task["assignments"][0]
    # One task can serve several projects: the corrected fact is another than the rejected one.
    two, corrected = next(
        (p, a) for p in others for t in p["tasks"] for a in t["assignments"] if a["fact"] != rejected["fact"]
    )
    bodies = [b["key"] for b in client.get("/v1/bodies", params={"limit": 100}).json()["items"]]
    new_body = next(b for b in [rejected["key"], *bodies] if b != corrected["key"])
    r = client.post(
        "/v1/reviews",
        json={
            "decisions": [
                {"fact": rejected["fact"], "decision": "rejected", "reason": "không phải cơ quan này"},
                {
                    "fact": corrected["fact"],
                    "decision": "corrected",
                    "body": new_body,
                    "quote": "do cơ quan khác",
                },
            ]
        },
        headers=auth(REVIEWER_KEY),
    )
    assert r.status_code == 200, r.text
    made = r.json()["items"][1]["made_key"]
    assert rejected["fact"] not in _facts(client, one["href"])
    facts = _facts(client, two["href"])
    assert corrected["fact"] not in facts
    assert facts[made]["key"] == new_body and facts[made]["review_state"] == "accepted"
    assert _facts(client, one["href"], include="rejected")[rejected["fact"]]["review_state"] == "rejected"
    assert _facts(client, two["href"], include="rejected")[corrected["fact"]]["review_state"] == "corrected"
    # Who is responsible: the rejected body's task is gone from its answer, unless asked for.
    task_keys = [
        i["task"]["key"] for i in _responsibilities(client, rejected["key"]) if i["role"] == rejected["role"]
    ]
    assert task["key"] not in task_keys
    shown = _responsibilities(client, rejected["key"], include="rejected")
    assert any(i["task"]["key"] == task["key"] and i["review_state"] == "rejected" for i in shown)
    mine = [i for i in _responsibilities(client, new_body) if i["corrects"] == [corrected["fact"]]]
    assert len(mine) == 1 and mine[0]["review_state"] == "accepted"
    assert [e["rule"] for e in mine[0]["evidence"]][0] == "reviewer"


def test_the_work_queue_and_the_orphaned_log(client: TestClient) -> None:
    queue = _queue(client)
    confidences = [f["confidence"] if f["confidence"] is not None else 1.0 for f in queue]
    assert confidences == sorted(confidences) and queue
    fact = queue[0]
    assert all(f["document"] == fact["document"] for f in _queue(client, document=fact["document"]))
    r = client.post(
        "/v1/reviews", json={"fact": fact["key"], "decision": "rejected"}, headers=auth(REVIEWER_KEY)
    )
    assert r.status_code == 200
    assert fact["key"] not in [f["key"] for f in _queue(client)]
    assert fact["key"] in [f["key"] for f in _queue(client, state="rejected")]
    assert client.delete("/v1/documents/" + fact["document"], headers=auth(API_KEY)).status_code == 200
    log = client.get("/v1/reviews/log", params={"match_state": "orphaned"}).json()["items"]
    assert [(r["fact_key"], r["reviewer"]) for r in log] == [(fact["key"], "Lan")]
    assert client.get(fact_url(fact["key"]) + "/history").json()["reviews"][0]["match_state"] == "orphaned"


def _document_facts(client: TestClient, url: str, **params: Any) -> dict[str, dict[str, Any]]:
    """The assignments of a document's (or a provision's) tasks, by key."""
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return {a["fact"]: a for t in r.json()["tasks"] for a in t["assignments"]}


def test_the_document_provision_and_body_details_reflect_reviews(client: TestClient) -> None:
    fact = _queue(client)[0]
    body_url = "/v1/bodies/" + fact["body"]["key"]
    counts = client.get(body_url).json()["task_counts"]
    doc_url = "/v1/documents/" + fact["document"]
    prov_url = f"{doc_url}/provisions/{fact['path']}"
    assert _document_facts(client, doc_url)[fact["key"]]["review_state"] == "proposed"
    assert fact["key"] in _document_facts(client, prov_url)
    r = client.post(
        "/v1/reviews", json={"fact": fact["key"], "decision": "rejected"}, headers=auth(REVIEWER_KEY)
    )
    assert r.status_code == 200, r.text
    assert fact["key"] not in _document_facts(client, doc_url)
    assert fact["key"] not in _document_facts(client, prov_url)
    for url in (doc_url, prov_url):
        assert _document_facts(client, url, include="rejected")[fact["key"]]["review_state"] == "rejected"
    after = client.get(body_url).json()["task_counts"]
    assert after.get(fact["role"], 0) == counts[fact["role"]] - 1
    assert {k: v for k, v in after.items() if k != fact["role"]} == {
        k: v for k, v in counts.items() if k != fact["role"]
    }
    assert client.get(body_url, params={"include": "rejected"}).json()["task_counts"] == counts


def test_a_correction_shows_in_the_document_in_place_of_the_fact(client: TestClient) -> None:
    fact = _queue(client)[0]
    bodies = [b["key"] for b in client.get("/v1/bodies", params={"limit": 100}).json()["items"]]
    new_body = next(b for b in bodies if b != fact["body"]["key"])
    r = client.post(
        "/v1/reviews",
        json={"fact": fact["key"], "decision": "corrected", "body": new_body},
        headers=auth(REVIEWER_KEY),
    )
    assert r.status_code == 200, r.text
    made = r.json()["items"][0]["made_key"]
    facts = _document_facts(client, "/v1/documents/" + fact["document"])
    assert fact["key"] not in facts
    assert facts[made]["body"] == new_body and facts[made]["review_state"] == "accepted"
    assert facts[made]["corrects"] == [fact["key"]]
    counts = client.get("/v1/bodies/" + new_body, params={"include": "rejected"}).json()["task_counts"]
    assert counts == client.get("/v1/bodies/" + new_body).json()["task_counts"]


def test_a_rejected_co_assignee_leaves_the_other_bodies_answer(client: TestClient) -> None:
    bodies = [b["key"] for b in client.get("/v1/bodies", params={"limit": 100}).json()["items"]]
    stays, item = next((b, i) for b in bodies for i in _responsibilities(client, b) if i["with_bodies"])
    gone = item["with_bodies"][0]
    # An assignment's key is its task's key, the role and the body's key (docs/model.md).
    fact = f"{item['task']['key']}/{gone['role']}/{gone['key']}"

    def co_assignees() -> list[tuple[str, str]]:
        now = next(i for i in _responsibilities(client, stays) if i["task"]["key"] == item["task"]["key"])
        return [(w["key"], w["role"]) for w in now["with_bodies"]]

    assert (gone["key"], gone["role"]) in co_assignees()
    r = client.post(
        "/v1/reviews",
        json={"decisions": [{"fact": fact, "decision": "rejected", "reason": "không giao"}]},
        headers=auth(REVIEWER_KEY),
    )
    assert r.status_code == 200, r.text
    assert (gone["key"], gone["role"]) not in co_assignees()
