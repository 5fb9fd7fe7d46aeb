"""A response cache for GET /v1 reads, valid for one graph version (api/cache_middleware.py serves it)."""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter, OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import anyio.to_thread

from graph.errors import GraphError

Key = tuple[str, bytes, bytes]
Headers = list[tuple[bytes, bytes]]
# Reads whose answer is about the process or the server's state now, never the graph's content.
UNCACHED = frozenset({"/v1/health", "/v1/ready"})
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Bookkeeping per entry beyond body and headers (key, tuples, dict slot), for the byte bound.
OVERHEAD = 300
_KEEP_ON_304 = frozenset({b"etag", b"cache-control", b"vary"})


@dataclass(frozen=True)
class Entry:
    """A 200 answer stored whole: its body and its headers as sent on a hit, a miss and a 304."""

    body: bytes
    etag: bytes | None
    hit: Headers
    miss: Headers
    kept: Headers  # the headers a 304 repeats
    size: int

    @classmethod
    def of(cls, headers: Headers, body: bytes) -> Entry:
        """The entry for an answer; If-None-Match is answered here, so the ETag is kept apart."""
        etag = next((v for k, v in headers if k == b"etag"), None)
        kept = [(k, v) for k, v in headers if k in _KEEP_ON_304]
        size = len(body) + sum(len(k) + len(v) for k, v in headers) + OVERHEAD
        return cls(
            body,
            etag,
            [*headers, (b"x-cache", b"hit")],
            [*headers, (b"x-cache", b"miss")],
            kept,
            size,
        )


def matches(etag: bytes | None, if_none_match: bytes | None) -> bool:
    """True when If-None-Match names the ETag (weak comparison, or `*`)."""
    if etag is None or if_none_match is None:
        return False
    tags = {t.strip().removeprefix(b"W/") for t in if_none_match.split(b",")}
    return etag in tags or b"*" in tags


@dataclass
class ResponseCache:
    """LRU answers of one graph version; the version is re-read at most every `check_s` seconds."""

    max_entries: int = 10_000
    max_bytes: int = 256 * 1024 * 1024
    check_s: float = 1.0
    # After a load (a new graph version), the `warm` URLs most requested since the previous one are
    # asked again in the background, so a load does not send every portal to the slow path at once.
    warm: int = 100
    source: Callable[[], str] | None = None
    warmer: Callable[[list[Key]], Awaitable[None]] | None = None
    generation: int = 0
    size: int = 0
    hits: int = 0
    misses: int = 0
    version: str | None = None
    _entries: OrderedDict[Key, Entry] = field(default_factory=OrderedDict)
    _checked: float = -math.inf
    _pending: asyncio.Future[None] | None = None
    # Misses being answered: a request for the same key waits for that answer instead of a query.
    _inflight: dict[Key, asyncio.Future[Entry | None]] = field(default_factory=dict)
    # Requests per URL since the last version change (bounded by max_entries URLs); the warm-up's own
    # requests are not counted, so a URL nobody asks for again is not warmed forever.
    _asked: Counter[Key] = field(default_factory=Counter)
    _last: str | None = None  # the last version read successfully
    _warming: asyncio.Task[None] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def attach(self, source: Callable[[], str] | None) -> None:
        """Read the graph version with `source` (blocking; run in a thread); None detaches."""
        self.source = source
        self.invalidate()

    def invalidate(self) -> None:
        """Drop every entry and re-read the version before the next answer (after a write)."""
        self.generation += 1
        self._entries.clear()
        self._inflight.clear()
        self.size = 0
        self._checked = -math.inf

    def count(self, key: Key) -> None:
        """Count a client's request for `key` (a URL not yet counted is dropped once the bound is met)."""
        if key in self._asked or len(self._asked) < self.max_entries:
            self._asked[key] += 1

    def hot(self) -> list[Key]:
        """The `warm` URLs most requested since the last version change, most requested first."""
        return [key for key, _ in self._asked.most_common(self.warm)]

    def _changed(self) -> None:
        """A new graph version: warm the URLs that were hot before it, in the background."""
        hot, self._asked = self.hot(), Counter()
        if hot and self.warmer is not None:
            if self._warming is not None:
                self._warming.cancel()
            self._warming = asyncio.ensure_future(self.warmer(hot))

    def cached(self, key: Key) -> bool:
        """True when `key` has an answer stored or being made."""
        return key in self._entries or key in self._inflight

    def get(self, key: Key) -> Entry | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: Key, entry: Entry, generation: int) -> None:
        """Store `entry` unless the graph changed since its request began, or it cannot fit."""
        if generation != self.generation or entry.size > self.max_bytes or self.max_entries < 1:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= old.size
        self._entries[key] = entry
        self.size += entry.size
        while len(self._entries) > self.max_entries or self.size > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self.size -= dropped.size

    def in_flight(self, key: Key) -> asyncio.Future[Entry | None] | None:
        """The answer to `key` being made now, if any."""
        return self._inflight.get(key)

    def lead(self, key: Key) -> asyncio.Future[Entry | None]:
        """Register this request as the one answering `key`; others wait for `settle`."""
        future: asyncio.Future[Entry | None] = asyncio.get_running_loop().create_future()
        self._inflight.setdefault(key, future)
        return future

    def settle(self, key: Key, future: asyncio.Future[Entry | None], entry: Entry | None) -> None:
        """Hand `entry` (None: not cacheable, the waiters ask themselves) to the waiting requests."""
        if self._inflight.get(key) is future:
            del self._inflight[key]
        if not future.done():
            future.set_result(entry)

    async def fresh(self) -> bool:
        """True when the entries belong to the graph's current version (checked within `check_s`)."""
        if self.source is None:
            return False
        age = time.monotonic() - self._checked
        if age >= self.check_s / 2 and self._pending is None:
            # One check in flight at a time, begun at half the interval: under steady traffic it is
            # back before the entries are too old, so no request waits for it.
            self._pending = asyncio.ensure_future(self._check(self.source))
        if age >= self.check_s and self._pending is not None:
            # Shielded: a client that goes away must not cancel the check others wait for.
            await asyncio.shield(self._pending)
        return self.version is not None

    async def _check(self, source: Callable[[], str]) -> None:
        began = time.monotonic()
        try:
            version: str | None = await anyio.to_thread.run_sync(source)
        except GraphError:
            version = None  # Neo4j is away: answer uncached until a check succeeds
        finally:
            self._pending = None
        if version != self.version or version is None:
            self.invalidate()
        if version is not None:
            # Against the last version read, not the last check: a failed check between two versions
            # (Neo4j slow or away during a load) must not hide the change from the warm-up.
            if self._last is not None and version != self._last:
                self._changed()
            self._last = version
        self.version = version
        # The start, not the end: an answer is never older than check_s from a version read.
        self._checked = began
