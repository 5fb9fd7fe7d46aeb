"""The FastAPI application factory: the driver in the lifespan, routers under /v1, problems, limits."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import partial
from typing import Any

from fastapi import APIRouter, FastAPI

from api import docs, problems
from api.cache import ResponseCache
from api.cache_middleware import CacheMiddleware
from api.middleware import ApiCORS, BodyLimit, UrlLimit
from api.routes import bodies, browser, documents, graph, health, projects, rdf, reviews, search, tasks
from api.settings import Settings, get_settings
from api.users import Users
from api.warmup import PlanWarmUp
from graph.driver import Driver, driver_from_settings
from graph.reader import Reader
from graph.version import graph_version

DESCRIPTION = """A knowledge graph of Vietnamese policy directives and the infrastructure projects they drive.

Reads are open; writes (POST/DELETE /v1/documents) need the API key (`X-API-Key` or
`Authorization: Bearer`). Errors are `application/problem+json` (RFC 9457). Lists are paginated
(`limit` at most 100, `offset`) in a stable order; details carry an ETag (send `If-None-Match`).
"""


def _routers() -> APIRouter:
    v1 = APIRouter(prefix="/v1")
    for module in (health, documents, bodies, projects, tasks, search, graph, rdf, reviews):
        v1.include_router(module.router)
    return v1


def _cache(settings: Settings) -> ResponseCache | None:
    if not settings.api_cache:
        return None
    return ResponseCache(
        max_entries=settings.api_cache_entries,
        max_bytes=settings.api_cache_bytes,
        check_s=settings.api_cache_check_seconds,
    )


def _lifespan(
    settings: Settings, driver: Driver | None, cache: ResponseCache | None
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """The lifespan: the driver (the caller's, or one made now and closed after), the reader, the cache."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = driver is None
        # Connect, pool wait and retries within API_UNAVAILABLE_S: a dead server answers 503 in about
        # that time (tests/api/test_outage.py); the pool reconnects by itself when it is back.
        budget = settings.api_unavailable_s
        drv = driver or driver_from_settings(
            settings,
            connection_timeout=budget,
            connection_acquisition_timeout=budget,
            max_connection_pool_size=100,
        )
        app.state.driver = drv
        app.state.reader = Reader(
            drv,
            settings.neo4j_database,
            timeout_s=settings.api_query_timeout_s,
            retry_s=budget / 4,
            retry_delay_s=budget / 10,
        )
        app.state.warm_up = PlanWarmUp(app.state.reader)
        if settings.api_warm_up:
            app.state.warm_up.start()
        else:
            app.state.warm_up.skip()
        if cache is not None:
            cache.attach(partial(graph_version, drv, settings.neo4j_database, retry_s=budget / 4))
        try:
            yield
        finally:
            if cache is not None:
                cache.attach(None)
            if own:
                drv.close()

    return lifespan


def _middleware(app: FastAPI, settings: Settings, cache: ResponseCache | None) -> None:
    """The response cache, CORS and the size limits (the last added runs first)."""
    if cache is not None:
        # Inside CORS, whose headers depend on the request's Origin; before routing.
        app.add_middleware(CacheMiddleware, cache=cache)
    app.add_middleware(ApiCORS, origins=list(settings.api_cors_origins))
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    app.add_middleware(UrlLimit, max_bytes=settings.api_max_url_bytes)


def _openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The OpenAPI schema, made once, its error responses as problem+json."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            app.openapi_schema = problems.problem_openapi(schema)
        return app.openapi_schema

    return openapi


def create_app(settings: Settings | None = None, driver: Driver | None = None) -> FastAPI:
    """The API; with `driver` given the caller owns it, else one is made from the settings at startup."""
    settings = settings or get_settings()
    cache = _cache(settings)
    app = FastAPI(
        title="Policy knowledge graph API",
        version="1.0.0",
        description=DESCRIPTION,
        lifespan=_lifespan(settings, driver, cache),
        docs_url=None,  # served below from the vendored assets, not from a CDN
        openapi_url="/openapi.json",
    )
    docs.install(app)
    app.state.settings = settings
    app.state.users = Users.from_settings(settings)
    app.state.response_cache = cache
    problems.install(app)
    app.include_router(_routers())
    app.include_router(browser.router)
    _middleware(app, settings, cache)
    app.openapi = _openapi(app)  # type: ignore[method-assign]
    return app
