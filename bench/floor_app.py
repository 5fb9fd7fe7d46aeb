"""The API with two more routes for bench/api_floor.py: GET /floor/{body key}, a pre-rendered first page,
and GET /rendered/{body key}, the same page read as a rendered read model would read it (bench/floor_pages).

The route runs in the thread pool like every read route, reads the page with the app's Reader (one
auto-commit query, bench/floor_pages.PAGE) and sends the joined bytes: what remains of an uncached read
when the work of the read itself is gone (HTTP, the middleware, one Neo4j round trip).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response

from api.app import create_app as api_app
from bench import floor_pages
from graph.queries.tasks import status_params
from graph.reviews import hidden_states


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

    hidden = hidden_states(False)

    def rendered(key: str, request: Request) -> Response:
        found = request.app.state.reader.first(
            floor_pages.RENDERED,
            key=key,
            role=None,
            hidden=hidden,
            offset=0,
            limit=floor_pages.PAGE_SIZE + 1,
            **status_params(None),
        )
        items = floor_pages.joined(found)
        if items is None:
            return Response(b"stale", status_code=500)
        more = None
        if len(items) > floor_pages.PAGE_SIZE:
            size = floor_pages.PAGE_SIZE
            more = f"/v1/bodies/{key}/responsibilities?offset={size}&limit={size}"
        return Response(floor_pages.envelope(items, more), media_type="application/json; charset=utf-8")

    app.add_api_route("/floor/{key:path}", floor, methods=["GET"], include_in_schema=False)
    app.add_api_route("/rendered/{key:path}", rendered, methods=["GET"], include_in_schema=False)
    return app
