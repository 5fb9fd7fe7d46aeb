"""Fixtures: a throwaway real Neo4j server for the whole session, on free ports with its own data."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from api.services import neo4j_server as server
from graph.driver import open_driver, wait_ready

REPO = Path(__file__).resolve().parent.parent
LIB = REPO / ".neo4j" / "lib"
CORPUS = REPO / "data"
SEED = REPO / "data" / "quang-ngai" / "tinh-uy-ket-luan-nhiem-vu-6-thang-cuoi-2023.txt"


class Neo4jInstance:
    """The session's throwaway server: its config, password and driver settings."""

    def __init__(self, cfg: server.ServerConfig, password: str) -> None:
        self.cfg = cfg
        self.password = password
        self.user = "neo4j"

    @property
    def uri(self) -> str:
        return self.cfg.bolt_uri

    def driver(self) -> neo4j.Driver:
        return open_driver(self.uri, self.user, self.password)

    def start(self) -> None:
        server.start(self.cfg)
        with self.driver() as driver:
            wait_ready(driver)


def make_server(home: Path, password: str | None = None, **overrides: object) -> Neo4jInstance:
    """A server config in `home` on free ports, its initial password set."""
    server.provision(LIB)
    cfg = server.ServerConfig(
        home=home,
        lib=LIB,
        bolt_port=server.free_port(),
        http_port=server.free_port(),
        heap="512m",
        pagecache="256m",
        **overrides,  # type: ignore[arg-type]
    )
    password = password or secrets.token_urlsafe(12)
    server.set_initial_password(cfg, password)
    return Neo4jInstance(cfg, password)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jInstance]:
    """One throwaway Neo4j for the test session; never the user's database."""
    instance = make_server(tmp_path_factory.mktemp("neo4j-test"))
    instance.start()
    yield instance
    server.stop(instance.cfg)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Neo4jInstance) -> Iterator[neo4j.Driver]:
    """A driver to the session's throwaway server."""
    with neo4j_server.driver() as driver:
        yield driver


def wipe(driver: neo4j.Driver) -> None:
    """Delete every node and relationship; constraints and indexes stay."""
    # CALL { } IN TRANSACTIONS runs only in an auto-commit transaction (session.run), not execute_query.
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


@pytest.fixture
def clean_graph(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    """The session's driver over an empty graph (schema kept)."""
    wipe(neo4j_driver)
    return neo4j_driver
