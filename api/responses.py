"""JSON responses: direct serialisation, ETags with If-None-Match, pages with a `next` link, hrefs."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from api.deps import Paging
from graph.answers.json import dumps as dumps
from graph.answers.links import RESOURCES as RESOURCES
from graph.answers.links import V1 as V1
from graph.answers.links import href as href


def full_key(prefix: str, ident: str) -> str:
    """The node key named by a URL id, which may omit the label's key prefix."""
    ident = ident.strip("/")
    return ident if not prefix or ident.startswith(prefix) else prefix + ident


class JSONBytes(JSONResponse):
    """A JSON response rendered by `dumps` (orjson), as every other answer: for routes that return a model.

    A JSONResponse documented as `application/json` (FastAPI documents the model only for JSON response
    classes, under their media type) and sent with the charset, as json_response sends it.
    """

    def render(self, content: Any) -> bytes:
        return dumps(content)

    def init_headers(self, headers: Mapping[str, str] | None = None) -> None:
        super().init_headers(headers)
        charset = b"application/json; charset=utf-8"
        self.raw_headers = [(k, charset if k == b"content-type" else v) for k, v in self.raw_headers]


def json_response(request: Request, data: Any, *, etag: bool = False, status_code: int = 200) -> Response:
    """`data` as JSON; with etag, a strong ETag and 304 when If-None-Match names it."""
    body = dumps(data)
    headers: dict[str, str] = {}
    if etag:
        tag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
        headers["ETag"] = tag
        headers["Cache-Control"] = "no-cache"
        wanted = request.headers.get("if-none-match")
        if wanted is not None:
            tags = {t.strip().removeprefix("W/") for t in wanted.split(",")}
            if tag in tags or "*" in tags:
                return Response(status_code=304, headers=headers)
    return Response(
        body, status_code=status_code, media_type="application/json; charset=utf-8", headers=headers
    )


def page_response(request: Request, items: list[Any], more: bool, paging: Paging) -> Response:
    """A page of items with the URL of the next page when there is one."""
    nxt = None
    if more:
        nxt = str(request.url.include_query_params(offset=paging.offset + paging.limit, limit=paging.limit))
        nxt = nxt[len(str(request.base_url)) - 1 :]
    return json_response(
        request, {"items": items, "limit": paging.limit, "offset": paging.offset, "next": nxt}
    )
