"""/v1/tasks filters by due date and status, and deadlines on tasks and on a body's responsibilities."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi.testclient import TestClient

from graph.queries.tasks import PERIODIC, task_status
from ontology.codelists import notations


def tasks(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """Every page of /v1/tasks with these filters."""
    out: list[dict[str, Any]] = []
    url: str | None = "/v1/tasks"
    query: dict[str, Any] | None = {"limit": 100, **params}
    while url:
        r = client.get(url, params=query)
        assert r.status_code == 200, r.text
        out.extend(r.json()["items"])
        url, query = r.json()["next"], None
    return out


def test_status_rule() -> None:
    today = date(2026, 1, 1)
    assert task_status(date(2025, 12, 15), None, today) == "overdue"
    assert task_status(date(2026, 1, 1), None, today) == "in_progress"  # due today: still in time
    assert task_status(date(2025, 12, 15), "annual", today) == "in_progress"  # the next one is coming
    assert task_status(None, "continuous", today) == "no_deadline"
    assert task_status(None, None, today) == "no_deadline"
    assert {task_status(d, r, today) for d in (None, today) for r in (None, *PERIODIC)} <= notations(
        "TaskStatuses"
    )


def test_every_task_shows_its_deadline_and_status(client: TestClient) -> None:
    items = tasks(client, as_of="2024-01-15")
    assert items and any(t["due"] for t in items)
    for t in items:
        assert {"deadline_text", "due", "recurrence", "recurrence_day", "status"} <= set(t)
        want = task_status(
            date.fromisoformat(t["due"]) if t["due"] else None, t["recurrence"], date(2024, 1, 15)
        )
        assert t["status"] == want, t


def test_status_filter_follows_as_of(client: TestClient) -> None:
    early = {t["key"] for t in tasks(client, status="overdue", as_of="1900-01-01")}
    late = tasks(client, status="overdue", as_of="2999-12-31")
    assert early == set() and late
    assert all(t["due"] and t["recurrence"] not in PERIODIC for t in late)
    undated = tasks(client, status="no_deadline")
    assert undated and all(t["due"] is None for t in undated)
    assert tasks(client, status="done_on_time") == []  # no record of completion yet


def test_due_bounds(client: TestClient) -> None:
    dated = [t for t in tasks(client) if t["due"]]
    pivot = sorted(t["due"] for t in dated)[len(dated) // 2]
    before = tasks(client, due_before=pivot)
    after = tasks(client, due_after=pivot)
    assert (
        before and after and all(t["due"] <= pivot for t in before) and all(t["due"] >= pivot for t in after)
    )
    assert len(before) + len(after) >= len(dated)
    assert tasks(client, due_after="2999-01-01") == []


def test_bad_filter_values_are_refused(client: TestClient) -> None:
    for params in (
        {"status": "late"},
        {"due_before": "yesterday"},
        {"due_after": "2025-13-01"},
        {"as_of": "2025-02-30"},
    ):
        r = client.get("/v1/tasks", params=params)
        assert r.status_code == 422, (params, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")


def test_responsibilities_show_deadline_and_status(client: TestClient) -> None:
    dated = next(t for t in tasks(client) if t["due"] and t["assignments"])
    body = dated["assignments"][0]["key"]
    r = client.get(f"/v1/bodies/{body}/responsibilities", params={"limit": 100, "as_of": "2999-12-31"})
    assert r.status_code == 200, r.text
    rows = r.json()["items"]
    row = next(x for x in rows if x["task"]["key"] == dated["key"])
    assert row["task"]["due"] == dated["due"] and row["task"]["deadline_text"] == dated["deadline_text"]
    assert row["task"]["status"] == ("in_progress" if dated["recurrence"] in PERIODIC else "overdue")
    assert all("status" in x["task"] and "recurrence" in x["task"] for x in rows)
    assert client.get(f"/v1/bodies/{body}/responsibilities", params={"as_of": "soon"}).status_code == 422
