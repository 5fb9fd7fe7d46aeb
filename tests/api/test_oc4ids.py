"""`/v1/projects/{id}/oc4ids` returns a valid OC4IDS project record (checked against the schema's rules)."""

from __future__ import annotations

import jsonschema
from fastapi.testclient import TestClient

from tests.api.test_read import first_hit

# The rules of OC4IDS 0.9 project-schema.json (open-contracting/infrastructure) for the fields we publish.
_STRING = {"type": "string"}
_DATETIME = {"type": "string", "format": "date-time"}
OC4IDS_PROJECT = {
    "$schema": "http://json-schema.org/draft-04/schema#",
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": _STRING,
        "title": _STRING,
        "description": _STRING,
        "purpose": _STRING,
        "status": {
            "type": "string",
            "enum": [
                "identification",
                "preparation",
                "implementation",
                "completion",
                "completed",
                "cancelled",
            ],
        },
        "type": {
            "type": "string",
            "enum": ["construction", "rehabilitation", "replacement", "decommissioning", "expansion"],
        },
        "sector": {"type": "array", "items": _STRING},
        "period": {"type": "object", "properties": {"startDate": _DATETIME, "endDate": _DATETIME}},
        "budget": {
            "type": "object",
            "properties": {
                "amount": {
                    "type": "object",
                    "properties": {"amount": {"type": "number"}, "currency": _STRING},
                }
            },
        },
        "locations": {
            "type": "array",
            "uniqueItems": True,
            "items": {
                "type": "object",
                "properties": {
                    "id": _STRING,
                    "description": _STRING,
                    "gazetteer": {
                        "type": "object",
                        "properties": {"scheme": _STRING, "identifiers": {"type": "array", "items": _STRING}},
                    },
                },
            },
        },
        "parties": {
            "type": "array",
            "uniqueItems": True,
            "items": {
                "type": "object",
                "properties": {"id": _STRING, "name": _STRING, "roles": {"type": "array", "items": _STRING}},
            },
        },
        "documents": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": _STRING,
                    "documentType": _STRING,
                    "title": _STRING,
                    "description": _STRING,
                    "url": {"type": "string", "format": "uri"},
                    "datePublished": _DATETIME,
                    "language": _STRING,
                },
            },
        },
    },
}


def test_oc4ids_record_is_valid(client: TestClient) -> None:
    project = first_hit(client, "tra khuc 3", "Project")
    r = client.get(project["href"] + "/oc4ids")
    assert r.status_code == 200 and "etag" in r.headers
    record = r.json()
    jsonschema.Draft4Validator(OC4IDS_PROJECT, format_checker=jsonschema.FormatChecker()).validate(record)
    assert record["id"] == project["key"] and record["title"] == project["name"]
    assert record["parties"] and all(p["roles"] for p in record["parties"])
    assert record["documents"]
