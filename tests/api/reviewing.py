"""Helpers of the review API tests: two reviewers' keys and a reader's, and a client over the seed alone."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import neo4j
from fastapi.testclient import TestClient

from api.app import create_app
from tests.api.conftest import make_settings
from tests.graph.reviewing import fresh

READER_KEY = "reader-key-0123456789abcdef"
REVIEWER_KEY = "reviewer-key-0123456789abcdef"
OTHER_KEY = "other-reviewer-key-0123456789"


def review_users(tmp_path: Path) -> dict[str, Any]:
    """Two reviewers and a reader: one inline (by the key's sha256), the others in a users file."""
    inline = [
        {"name": "Lan", "role": "reviewer", "key_sha256": hashlib.sha256(REVIEWER_KEY.encode()).hexdigest()}
    ]
    path = tmp_path / "users.json"
    path.write_text(
        json.dumps(
            [
                {"name": "Chi", "role": "reader", "key": READER_KEY},
                {"name": "Minh", "role": "reviewer", "key": OTHER_KEY},
            ]
        ),
        encoding="utf-8",
    )
    return {"api_users": json.dumps(inline), "api_users_file": path}


@contextmanager
def review_client(driver: neo4j.Driver, tmp_path: Path) -> Iterator[TestClient]:
    """A client with those users over a graph of the seed alone (a copy in `tmp_path`, as fresh makes)."""
    fresh(driver, tmp_path)
    with TestClient(create_app(make_settings(**review_users(tmp_path)), driver)) as c:
        yield c


def auth(key: str) -> dict[str, str]:
    """The header that sends an API key."""
    return {"X-API-Key": key}


def fact_url(key: str) -> str:
    """A fact's URL (its history is under it)."""
    return "/v1/facts/" + quote(key, safe="/")
