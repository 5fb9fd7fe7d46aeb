"""Read queries for the API: all its Cypher, returning plain dicts."""

from graph.queries.base import Reader, plain

__all__ = ["Reader", "plain"]
