"""Running read queries: read transactions with a time limit, errors translated, results as plain data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, LiteralString, TypeVar

import neo4j
from neo4j import exceptions as nx

from graph.driver import Driver
from graph.errors import translated
from graph.first_runs import FirstRuns, plan_key
from graph.queries import server
from graph.values import plain

T = TypeVar("T")
Row = dict[str, Any]


def _rows(result: neo4j.Result) -> list[Row]:
    """The records as plain dicts."""
    # Not Record.data(): it walks every value to turn nodes into dicts (a third of a large answer's
    # client time), and these queries return only maps, lists and scalars.
    keys = result.keys()
    return [plain(dict(zip(keys, record, strict=True))) for record in result]


@dataclass(frozen=True)
class Reader:
    """Runs read queries on `driver` in read transactions; the caller owns the driver."""

    driver: Driver
    database: str | None = None
    timeout_s: float | None = 10.0
    # A short retry window with short pauses: a dead server gives its 503 in about a second, not after
    # the driver's 30 s (its first pause alone is 1 s, then 2 s: the 2.7-10.8 s of issue 13).
    retry_s: float = 0.5
    retry_delay_s: float = 0.1
    # Shared by the copies dataclasses.replace makes (the API's warm-up reader): one per driver's user.
    first_runs: FirstRuns = field(default_factory=FirstRuns, compare=False, repr=False)

    def _session(self) -> neo4j.Session:
        return self.driver.session(
            database=self.database,
            default_access_mode=neo4j.READ_ACCESS,
            max_transaction_retry_time=self.retry_s,
            initial_retry_delay=self.retry_delay_s,
            # Absent optional properties are normal here; the server's warnings would flood the log.
            notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
        )

    def run(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        """Run `work` in one read transaction (retried on transient failures) with the time limit."""
        unit = neo4j.unit_of_work(timeout=self.timeout_s)(work)
        with translated(), self._session() as session:
            return session.execute_read(unit)

    def first(self, cypher: LiteralString, **params: Any) -> list[Any] | None:
        """The values of the first record of one query, as the driver decodes them, or None.

        One auto-commit transaction: RUN and PULL in one round trip, no BEGIN and COMMIT (a managed
        transaction's commit is a second round trip). An auto-commit query is not retried by the
        driver, so a failure the driver would retry runs it again in a managed read transaction.
        """
        return self.first_runs.run(plan_key(cypher, params), lambda: self._first(cypher, params))

    def _first(self, cypher: LiteralString, params: dict[str, Any]) -> list[Any] | None:
        query = neo4j.Query(cypher, timeout=self.timeout_s)
        try:
            with self._session() as session:
                record = session.run(query, params).single()
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.TransientError):
            record = self.run(lambda tx: tx.run(cypher, params).single())
        except (nx.Neo4jError, nx.DriverError, OSError):
            with translated():
                raise
        return None if record is None else list(record.values())

    def rows(self, cypher: LiteralString, **params: Any) -> list[Row]:
        """The rows of one parameterised query, as plain dicts."""

        def work(tx: neo4j.ManagedTransaction) -> list[Row]:
            return _rows(tx.run(cypher, params))

        return self.first_runs.run(plan_key(cypher, params), lambda: self.run(work))

    def column(self, cypher: LiteralString, **params: Any) -> list[Any]:
        """The first column of one query as the driver decodes it, without the `plain` walk.

        For queries that return only maps, lists and scalars, temporal values already turned into
        strings in Cypher (`toString`): the walk was 29k calls per 30 pages of responsibilities.
        """

        def work(tx: neo4j.ManagedTransaction) -> list[Any]:
            return [record[0] for record in tx.run(cypher, params)]

        return self.first_runs.run(plan_key(cypher, params), lambda: self.run(work))

    def batch(self, *queries: tuple[LiteralString, dict[str, Any]]) -> list[list[Row]]:
        """The rows of several queries run in one read transaction (one session, one commit)."""

        def work(tx: neo4j.ManagedTransaction) -> list[list[Row]]:
            return [_rows(tx.run(c, p)) for c, p in queries]

        key = tuple(plan_key(c, p) for c, p in queries)
        return self.first_runs.run(key, lambda: self.run(work))

    def one(self, cypher: LiteralString, **params: Any) -> Row | None:
        """The first row of one query, or None."""
        found = self.rows(cypher, **params)
        return found[0] if found else None

    def ping(self) -> None:
        """Raise GraphUnavailable unless the database answers a trivial read."""
        self.rows(server.PING)


def page(rows: list[T], limit: int) -> tuple[list[T], bool]:
    """Split a `limit + 1` fetch into the page and whether more rows follow."""
    return rows[:limit], len(rows) > limit
