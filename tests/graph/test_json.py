"""The answers' JSON: rendered items are written as they are, by orjson itself (not the slow fallback)."""

from __future__ import annotations

import orjson

from graph.answers import json as answers_json
from graph.answers.json import Rendered, dumps


def test_a_rendered_item_is_sent_as_its_bytes_by_orjson() -> None:
    item = Rendered('{"name":"Sở Tài chính","n":1}'.encode())
    page = {"items": [item, item], "next": None}
    expected = '{"items":[{"name":"Sở Tài chính","n":1},{"name":"Sở Tài chính","n":1}],"next":null}'
    assert orjson.dumps(page, default=answers_json._fast) == expected.encode()
    assert dumps(page) == expected.encode()


def test_the_fallback_writes_the_same_bytes() -> None:
    # An integer over 64 bits sends the whole answer to json, which must write the rendered item too.
    page = {"items": [Rendered(b'{"a":[1,2]}')], "big": 2**70}
    assert dumps(page) == b'{"items":[{"a":[1,2]}],"big":1180591620717411303424}'
