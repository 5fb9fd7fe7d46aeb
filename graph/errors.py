"""The graph package's exceptions (one root, narrow subclasses) and the one translator of the driver's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from neo4j import exceptions as nx


class GraphError(Exception):
    """Root of every error raised by the graph package."""


class ServerError(GraphError):
    """The local Neo4j server could not be provisioned, started or stopped."""


class GraphUnavailable(GraphError):
    """Neo4j does not answer (not running, wrong address, timed out)."""


class GraphAuthError(GraphError):
    """Neo4j refused the credentials."""


class NotFound(GraphError):
    """No node with that key."""


class WriteError(GraphError):
    """A write could not be completed; nothing of it was kept."""


class QueryTimeout(GraphError):
    """A query ran past its time limit and was stopped by the server."""


class SchemaError(GraphError):
    """Constraints or indexes could not be created or read."""


class TooLarge(GraphError):
    """An answer would be larger than the bound set for it (the whole graph as RDF: use `kg export`)."""


@contextmanager
def translated(uri: str = "", failed: type[GraphError] = GraphError, doing: str = "") -> Iterator[None]:
    """Re-raise the driver's failures as the graph package's errors, each as one line.

    Credentials and an absent server have their own classes wherever they happen; a refused or failed
    statement becomes `failed` (SchemaError, WriteError...), prefixed with what was being `doing`.
    """
    neo4j = f"Neo4j {uri}" if uri else "Neo4j"
    prefix = f"{doing}: " if doing else ""
    try:
        yield
    except nx.AuthError as e:
        raise GraphAuthError(f"{neo4j} refused the user name or password (check NEO4J_PASSWORD)") from e
    except nx.ClientError as e:
        if "TransactionTimedOut" in (e.code or ""):
            raise QueryTimeout("the query ran past its time limit and was stopped") from e
        raise failed(f"{prefix}{neo4j} refused the query: {e.message}") from e
    except (nx.ServiceUnavailable, nx.SessionExpired, nx.TransientError, OSError) as e:
        raise GraphUnavailable(f"{neo4j} does not answer: {e}") from e
    except nx.Neo4jError as e:
        raise failed(f"{prefix}{neo4j} failed: {e.message}") from e
    except nx.DriverError as e:
        raise GraphUnavailable(f"{neo4j} connection failed: {e}") from e
