"""The graph's version: the bookmark of the database's last committed transaction, for response caches."""

from __future__ import annotations

import neo4j

from graph.errors import translated
from graph.queries.server import VERSION_PROBE


def _nothing(tx: neo4j.ManagedTransaction) -> None:
    tx.run(VERSION_PROBE).consume()


def graph_version(
    driver: neo4j.Driver, database: str | None = None, timeout_s: float = 3.0, retry_s: float | None = None
) -> str:
    """An opaque string that changes after any committed write to `database`, from any client."""
    # A read transaction's bookmark names the last transaction the server had committed when it
    # began, so two equal answers mean no write (ours, a loader's, Neo4j Browser's) came between.
    with (
        translated(),
        driver.session(
            database=database,
            default_access_mode=neo4j.READ_ACCESS,
            max_transaction_retry_time=timeout_s if retry_s is None else retry_s,
            initial_retry_delay=0.1 if retry_s is not None else 1.0,
        ) as session,
    ):
        session.execute_read(neo4j.unit_of_work(timeout=timeout_s)(_nothing))
        return "|".join(sorted(session.last_bookmarks().raw_values))
