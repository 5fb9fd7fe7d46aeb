"""A query's first run one at a time, so that concurrent first requests do not each make Neo4j plan it.

Neo4j caches a plan per query text and parameter types, but it does not make concurrent first
executions wait for one planning: each plans on its own. A read query of the API takes 0.6-3 s of CPU to
plan on a cold server, and 50 clients arriving at once kept both cores planning for more than 10 s (a
bare driver answered 7 requests/s with 140 ms of Neo4j CPU each; warm, 115-240/s with 6-10 ms). Here the
first run of a (query, parameter types) goes alone; the others wait for it and then run on the cached
plan. Neo4j away (GraphUnavailable: perhaps restarted, its plan cache empty) makes it forget every query.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from graph.errors import GraphUnavailable

T = TypeVar("T")
MAX_KNOWN = 10_000  # (query, parameter types) pairs remembered; past it all are forgotten


def _type(value: Any) -> Hashable:
    """The part of a parameter's type that Neo4j's plan cache tells apart (lists by their items)."""
    if isinstance(value, list | tuple):
        return ("list", _type(value[0]) if value else None)
    return type(value).__name__


def plan_key(cypher: str, params: dict[str, Any]) -> Hashable:
    """What one cached plan is for: the text and the parameters' names and types."""
    return cypher, tuple((name, _type(value)) for name, value in sorted(params.items()))


class FirstRuns:
    """The (query, parameter types) pairs that ran once, and a lock per pair still to run."""

    def __init__(self) -> None:
        self._known: set[Hashable] = set()
        self._locks: dict[Hashable, threading.Lock] = {}
        self._guard = threading.Lock()

    def run(self, key: Hashable, call: Callable[[], T]) -> T:
        """`call()`, alone if it is the first run of `key`; Neo4j away forgets every key."""
        try:
            if key in self._known:
                return call()
            with self._gate(key):
                return call()
        except GraphUnavailable:
            self.forget()
            raise

    @contextmanager
    def _gate(self, key: Hashable) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        lock.acquire()
        if key in self._known:  # the run we waited for planned it: run beside the others
            lock.release()
            yield
            return
        try:
            yield
            self._remember(key)
        finally:
            lock.release()

    def _remember(self, key: Hashable) -> None:
        with self._guard:
            if len(self._known) >= MAX_KNOWN:
                self._known.clear()
            self._known.add(key)
            self._locks.pop(key, None)

    def forget(self) -> None:
        """Every query runs alone again first (the server's plan cache may be empty)."""
        with self._guard:
            self._known.clear()
