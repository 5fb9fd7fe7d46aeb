"""Neo4j Browser's style sheet and guide, served to the Browser (cross-origin) from the package data."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Request, Response

router = APIRouter(prefix="/browser", tags=["browser"])

# name -> media type; the only files served, so a path can never reach outside the package data.
FILES = {"style.grass": "text/plain; charset=utf-8", "guide.html": "text/html; charset=utf-8"}
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@lru_cache(maxsize=len(FILES))
def read_file(name: str) -> str:
    """The text of one of the Browser files shipped in `api/browser/`."""
    return (resources.files("api") / "browser" / name).read_text(encoding="utf-8")


def origin_allowed(origin: str, configured: Iterable[str] = ()) -> bool:
    """True for the configured origins and for any loopback origin (the local Neo4j on any port)."""
    if origin in configured:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.hostname in LOOPBACK_HOSTS and not parts.path


def _configured_origins(request: Request) -> list[str]:
    # The app may keep its settings on app.state; without them only loopback origins are allowed.
    settings = getattr(request.app.state, "settings", None)
    return list(getattr(settings, "api_cors_origins", None) or [])


def _cors_headers(request: Request) -> dict[str, str]:
    origin = request.headers.get("origin")
    headers = {"Vary": "Origin"}
    if origin and origin_allowed(origin, _configured_origins(request)):
        headers["Access-Control-Allow-Origin"] = origin
    return headers


def _check(name: str) -> str:
    if name not in FILES:
        raise HTTPException(status_code=404, detail=f"no Browser file named {name!r}")
    return FILES[name]


@router.get("/{name}", summary="Neo4j Browser style sheet (style.grass) or guide (guide.html)")
def get_file(name: str, request: Request) -> Response:
    """Serve `style.grass` (GraSS, text/plain) or `guide.html` (a Browser guide, text/html)."""
    media_type = _check(name)
    headers = {**_cors_headers(request), "Cache-Control": "no-cache"}
    return Response(read_file(name), media_type=media_type, headers=headers)


@router.options("/{name}", include_in_schema=False)
def preflight(name: str, request: Request) -> Response:
    """Answer the Browser's CORS preflight (it sends Cache-Control and Pragma headers)."""
    _check(name)
    headers = _cors_headers(request)
    if "Access-Control-Allow-Origin" in headers:
        requested = request.headers.get("access-control-request-headers", "")
        headers |= {
            "Access-Control-Allow-Methods": "GET, OPTIONS",
            "Access-Control-Allow-Headers": requested or "Cache-Control, Pragma",
            "Access-Control-Max-Age": "600",
        }
    return Response(status_code=204, headers=headers)
