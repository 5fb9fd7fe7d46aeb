"""Neo4j's temporal values as Python: the one place that knows the driver's time types."""

from __future__ import annotations

from typing import Any

from neo4j import time as ntime

_SCALARS = frozenset({str, int, float, bool, type(None)})
_TEMPORAL = (ntime.Date, ntime.DateTime, ntime.Time, ntime.Duration)


def plain(value: Any) -> Any:
    """JSON-ready Python: temporal values become ISO strings, recursively (API answers, the graph hash)."""
    if type(value) in _SCALARS:  # the common case first: this runs on every value of every answer
        return value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, _TEMPORAL):
        return value.iso_format()
    return value


def native(value: Any) -> Any:
    """Python's own date, datetime and time for Neo4j's, recursively in lists (typed RDF literals)."""
    if isinstance(value, list):
        return [native(v) for v in value]
    if isinstance(value, ntime.Date | ntime.DateTime | ntime.Time):
        return value.to_native()
    return value
