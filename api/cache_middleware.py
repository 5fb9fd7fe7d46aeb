"""The cache in front of the app: repeated GETs under /v1 answered from it, API writes empty it."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.cache import UNCACHED, WRITES, Entry, Headers, Key, ResponseCache, matches


class CacheMiddleware:
    """Answer repeated GETs under /v1 from the cache; writes through the API empty it at once."""

    def __init__(self, app: ASGIApp, cache: ResponseCache) -> None:
        self.app, self.cache = app, cache
        self._scope: Scope | None = None  # a client's request, the template of warm-up requests
        cache.warmer = self.warm_up

    async def warm_up(self, keys: list[Key]) -> None:
        """Ask for `keys` again, one at a time, storing the answers; stops if the graph changes again."""
        template, generation = self._scope, self.cache.generation
        if template is None:
            return
        for path, query, accept in keys:
            if self.cache.generation != generation:
                return
            if self.cache.cached((path, query, accept)):
                continue
            headers = [(b"accept", accept)] if accept else []
            raw = quote(path, safe="/-._~%").encode()
            scope = {**template, "path": path, "raw_path": raw, "query_string": query}
            scope["headers"] = headers
            await self._miss(scope, _no_body, _discard, (path, query, accept), b"")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method in WRITES:
            try:
                await self.app(scope, receive, send)
            finally:
                self.cache.invalidate()
            return
        if method != "GET" or path in UNCACHED or not await self.cache.fresh():
            await self.app(scope, receive, send)
            return
        accept = if_none_match = b""
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value
            elif name == b"if-none-match":
                if_none_match = value
        key = (path, scope.get("query_string", b""), accept)
        self.cache.count(key)
        self._scope = {k: v for k, v in scope.items() if k != "headers"}  # before routing adds to it
        entry = self.cache.get(key)
        if entry is None and (waiting := self.cache.in_flight(key)) is not None:
            entry = await asyncio.shield(waiting)
        if entry is not None:
            self.cache.hits += 1
            await _answer(send, entry, entry.hit, if_none_match, b"hit")
            return
        self.cache.misses += 1
        await self._miss(scope, receive, send, key, if_none_match)

    async def _miss(self, scope: Scope, receive: Receive, send: Send, key: Key, if_none_match: bytes) -> None:
        generation = self.cache.generation
        if if_none_match:
            # The route would answer 304 without a body; ask for the body and compare here.
            headers = [(k, v) for k, v in scope["headers"] if k != b"if-none-match"]
            scope = {**scope, "headers": headers}
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        future, entry = self.cache.lead(key), None
        try:
            await self.app(scope, receive, keep)
            entry = _entry(messages)
            if entry is not None:
                self.cache.put(key, entry, generation)
        finally:
            # An answer begun before a write is no answer for those who asked after it.
            self.cache.settle(key, future, entry if generation == self.cache.generation else None)
        if entry is None:
            for message in messages:
                await send(message)
            return
        await _answer(send, entry, entry.miss, if_none_match, b"miss")


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


async def _discard(message: Message) -> None:
    """A warm-up answer goes to the cache only."""


def _entry(messages: list[Message]) -> Entry | None:
    """The entry for a complete 200 answer, else None."""
    start = messages[0] if messages else None
    bodies = messages[1:]
    complete = bool(bodies) and not bodies[-1].get("more_body", False)
    if start is None or start["type"] != "http.response.start" or start["status"] != 200 or not complete:
        return None
    body = b"".join(m.get("body", b"") for m in bodies)
    return Entry.of(list(start.get("headers", [])), body)


async def _answer(send: Send, entry: Entry, headers: Headers, if_none_match: bytes, label: bytes) -> None:
    if if_none_match and matches(entry.etag, if_none_match):
        not_modified = [*entry.kept, (b"x-cache", label)]
        await send({"type": "http.response.start", "status": 304, "headers": not_modified})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": entry.body})
