"""The reads answer typed models: each answer is its response model exactly (fields, order, hrefs)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient
from pydantic import BaseModel

from api.models import (
    BodyDetail,
    BodySummary,
    DocumentDetail,
    DocumentSummary,
    Neighbourhood,
    Page,
    ProjectDetail,
    ProjectSummary,
    ProvisionDetail,
    Responsibility,
    TaskSummary,
)
from api.responses import dumps
from graph.answers.documents import DocumentRelation
from graph.answers.links import BodyRef
from graph.queries import bodies, documents, projects, tasks
from graph.queries.neighbourhood import neighbourhood
from graph.reader import Reader
from tests.api.test_read import loaded_document


def _same(client: TestClient, url: str, model: type[BaseModel], **params: Any) -> dict[str, Any]:
    """The answer at `url`, checked to be `model` validated and written again byte for byte."""
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    assert dumps(model.model_validate(r.json())) == r.content, url
    return r.json()  # type: ignore[no-any-return]


def test_every_read_is_its_response_model_byte_for_byte(client: TestClient) -> None:
    _same(client, "/v1/documents", Page[DocumentSummary], limit=100)
    doc = _same(client, loaded_document(client)["href"], DocumentDetail)
    assert doc["provisions"] and doc["tasks"], "a document with a tree and tasks"
    path = doc["tasks"][0]["path"]
    provision = _same(client, f"{doc['href']}/provisions/{quote(path)}", ProvisionDetail)
    assert provision["tasks"] and provision["document"] == doc["key"]
    _same(client, "/v1/tasks", Page[TaskSummary], limit=100, document=doc["key"])
    graph = _same(client, "/v1/graph/neighbourhood", Neighbourhood, key=doc["key"], depth=2)
    assert graph["edges"]
    _bodies_are_typed(client, doc["tasks"][0]["assignments"][0]["body"])
    listed = _same(client, "/v1/projects", Page[ProjectSummary], limit=100)
    for project in listed["items"][:10]:
        _same(client, project["href"], ProjectDetail)


def _bodies_are_typed(client: TestClient, key: str) -> None:
    _same(client, "/v1/bodies", Page[BodySummary], limit=100)
    body = _same(client, f"/v1/bodies/{quote(key)}", BodyDetail)
    assert body["task_counts"], "an assigned body"
    if body["parent"]:
        parent = _same(client, body["parent"]["href"], BodyDetail)
        assert body["key"] in {u["key"] for u in parent["units"]}
    role = next(iter(body["task_counts"]))
    page = _same(client, f"{body['href']}/responsibilities", Page[Responsibility], role=role, limit=100)
    assert page["items"] and all(i["role"] == role for i in page["items"])


def test_the_check_sees_a_moved_or_unknown_field() -> None:
    answer = {"loaded": True, "symbol": None, "name": "x", "type": "CITES", "key": "party/a"}
    answer |= {"relation": "cites", "href": "/v1/documents/party/a"}
    again = dumps(DocumentRelation.model_validate(answer))
    assert again == dumps(answer)
    moved = {"key": "party/a"} | answer
    assert dumps(DocumentRelation.model_validate(moved)) != dumps(moved)
    unknown = answer | {"extra": 1}
    assert dumps(DocumentRelation.model_validate(unknown)) != dumps(unknown)


def test_queries_return_models_with_computed_hrefs(api_graph: str, neo4j_driver: Any) -> None:
    reader = Reader(neo4j_driver)
    items, _ = documents.list_documents(reader, limit=100)
    loaded = next(d for d in items if d.loaded)
    assert isinstance(loaded, DocumentSummary) and loaded.href == f"/v1/documents/{loaded.key}"
    doc = documents.get_document(reader, loaded.key)
    assert isinstance(doc, DocumentDetail)
    assert all(isinstance(b, BodyRef) and b.href.startswith("/v1/bodies/") for b in doc.issued_by)
    assert all(r.href == f"/v1/documents/{quote(r.key)}" for r in doc.references + doc.cited_by)
    listed, _ = tasks.list_tasks(reader, document=loaded.key)
    assert listed and all(isinstance(t, TaskSummary) for t in listed)
    found = neighbourhood(reader, loaded.key)
    assert isinstance(found, Neighbourhood) and found.nodes[0].key == loaded.key
    assignee = next(a.body for t in doc.tasks for a in t.assignments if a.body)
    body = bodies.get_body(reader, assignee)
    assert isinstance(body, BodyDetail) and body.href == f"/v1/bodies/{assignee.removeprefix('body/')}"
    assert all(u.href.startswith("/v1/bodies/") for u in body.units + ([body.parent] if body.parent else []))
    duties = bodies.responsibilities(reader, assignee)
    assert duties and all(isinstance(r, Responsibility) for r in duties[0])
    assert all(r.document is None or r.document.href.startswith("/v1/documents/") for r in duties[0])
    summaries, _ = projects.list_projects(reader, limit=100)
    assert summaries and all(isinstance(p, ProjectSummary) for p in summaries)
    project = projects.get_project(reader, summaries[0].key)
    assert isinstance(project, ProjectDetail)
    assert project.href == f"/v1/projects/{quote(project.key.removeprefix('project/'))}"
    assert all(p.href.startswith("/v1/bodies/") for p in project.parties)
    assert all(d.href.startswith("/v1/documents/") for d in project.documents + project.decisions)
