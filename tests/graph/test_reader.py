"""The read path's failures: a timeout, refused credentials and an absent server each have their class."""

from __future__ import annotations

import neo4j
import pytest

from api.services import neo4j_server as server
from graph.driver import open_driver
from graph.errors import GraphAuthError, GraphUnavailable, QueryTimeout
from graph.reader import Reader, page
from tests.conftest import Neo4jInstance

SLOW = "UNWIND range(1, 500000000) AS x RETURN sum(x) AS total"


def test_rows_are_plain_dicts(neo4j_driver: neo4j.Driver) -> None:
    rows = Reader(neo4j_driver).rows("RETURN date('2024-02-29') AS day, [1, 2] AS xs")
    assert rows == [{"day": "2024-02-29", "xs": [1, 2]}]


def test_a_query_past_its_time_limit_is_a_timeout(neo4j_driver: neo4j.Driver) -> None:
    with pytest.raises(QueryTimeout):
        Reader(neo4j_driver, timeout_s=0.2).rows(SLOW)


def test_refused_credentials_are_an_auth_error(neo4j_server: Neo4jInstance) -> None:
    with open_driver(neo4j_server.uri, "neo4j", "not-the-password") as driver, pytest.raises(GraphAuthError):
        Reader(driver).ping()


def test_an_absent_server_is_unavailable() -> None:
    absent = f"neo4j://127.0.0.1:{server.free_port()}"
    with open_driver(absent, "neo4j", "x", connection_timeout=0.5) as driver, pytest.raises(GraphUnavailable):
        Reader(driver, retry_s=0.2).ping()


def test_page_splits_the_extra_row() -> None:
    assert page([1, 2, 3], 2) == ([1, 2], True)
    assert page([1, 2], 2) == ([1, 2], False)
