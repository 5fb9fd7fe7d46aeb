"""The API with one more route for bench/api_floor.py: GET /floor/{body key}, a pre-rendered first page.

The route runs in the thread pool like every read route, reads the page with the app's Reader (one
auto-commit query, bench/floor_pages.PAGE) and sends the joined bytes: what remains of an uncached read
when the work of the read itself is gone (HTTP, the middleware, one Neo4j round trip).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response

from api.app import create_app as api_app
from bench import floor_pages


def create_app() -> FastAPI:
    """The project's app (same settings, middleware and Reader) with the floor route."""
    app = api_app()

    def floor(key: str, request: Request) -> Response:
        found = request.app.state.reader.first(floor_pages.PAGE, key=key, limit=floor_pages.PAGE_SIZE + 1)
        items: list[str] = found[0] if found else []
        more = None
        if len(items) > floor_pages.PAGE_SIZE:
            more = f"{request.url.path}?offset={floor_pages.PAGE_SIZE}&limit={floor_pages.PAGE_SIZE}"
        return Response(floor_pages.envelope(items, more), media_type="application/json; charset=utf-8")

    app.add_api_route("/floor/{key:path}", floor, methods=["GET"], include_in_schema=False)
    return app
