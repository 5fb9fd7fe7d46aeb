"""The answers' JSON: one serialisation for the API's responses and the read model's rendered items."""

from __future__ import annotations

import json
from typing import Any

import orjson
from pydantic import BaseModel


class Rendered:
    """An answer already written as JSON (a rendered item of the read model, graph.rendered).

    Not a dataclass: orjson writes a dataclass's fields itself and never asks `default` for it.
    """

    __slots__ = ("json",)

    def __init__(self, json: bytes) -> None:
        self.json = json


def _fast(value: Any) -> Any:
    """A typed answer as the dicts orjson writes (fields in declaration order, computed hrefs last)."""
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, Rendered):
        return orjson.Fragment(value.json)
    raise TypeError(f"{type(value).__name__} is not JSON")


def _slow(value: Any) -> Any:
    if isinstance(value, Rendered):
        return json.loads(value.json)
    return _fast(value)


def dumps(data: Any) -> bytes:
    """Compact UTF-8 JSON (Vietnamese kept readable) of plain data and typed answers."""
    # orjson writes the same bytes as json.dumps(ensure_ascii=False, separators=(",", ":")) for the
    # graph's answers, 30x faster (0.02 vs 0.7 ms for a 75 kB project); json takes what it refuses
    # (integers over 64 bits, non-string keys).
    try:
        return orjson.dumps(data, default=_fast)
    except TypeError:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_slow).encode("utf-8")
