"""The graph package's exceptions: one root, narrow subclasses."""


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
