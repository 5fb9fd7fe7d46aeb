"""Creating the Neo4j driver and turning its failures into one-line errors."""

from __future__ import annotations

import time
from typing import Any

import neo4j

from graph.errors import GraphUnavailable, translated
from graph.queries import server as q
from graph.settings import Neo4jSettings

# The driver type under the graph package's name, so no caller outside graph/ imports neo4j itself.
Driver = neo4j.Driver


class Rows(list[Any]):
    """A statement's rows (a list parameter), with a short repr: pass large parameter lists in one.

    The driver formats every RUN's parameters for its debug log even when that log is off (neo4j 6.4,
    `Bolt5x5.run`): for a batch of the writer's rows that took as long as packing them, 7% of a load's
    Python time. A list subclass packs to the same bytes, and no log can hold document text through it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def open_driver(uri: str, user: str, password: str | None, **config: object) -> neo4j.Driver:
    """A driver for `uri`; the caller owns it and closes it.

    The server's notifications are off by default: the project's queries are fixed, and hints such as
    "the property `curated` does not exist" (true of a graph without curated nodes) only alarm the
    person reading `kg graph stats`.
    """
    auth = (user, password) if password is not None else None
    config.setdefault("notifications_min_severity", "OFF")
    return neo4j.GraphDatabase.driver(uri, auth=auth, **config)  # type: ignore[arg-type]


def driver_from_settings(settings: Neo4jSettings, **config: object) -> neo4j.Driver:
    """A driver configured from the settings (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)."""
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    return open_driver(settings.neo4j_uri, settings.neo4j_user, password, **config)


def check(driver: neo4j.Driver, database: str | None = None, uri: str = "") -> dict[str, str]:
    """Connect and return the server's name, version and edition; raises the translated errors."""
    with translated(uri):
        driver.verify_connectivity()
        records, _, _ = driver.execute_query(
            q.COMPONENTS, database_=database, routing_=neo4j.RoutingControl.READ
        )
    row = records[0]
    return {"name": row["name"], "version": row["version"], "edition": row["edition"]}


def wait_ready(
    driver: neo4j.Driver, timeout_s: float = 60.0, database: str | None = None, uri: str = ""
) -> dict[str, str]:
    """Poll until the server answers a query (Bolt opens a little before); returns `check`'s answer."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return check(driver, database, uri=uri)
        except GraphUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def element_count(driver: neo4j.Driver, database: str | None = None) -> int:
    """Nodes plus relationships in the database."""
    records, _, _ = driver.execute_query(
        q.ELEMENT_COUNT, database_=database, routing_=neo4j.RoutingControl.READ
    )
    return int(records[0]["total"])
