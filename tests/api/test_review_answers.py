"""Every review answer is its response model byte for byte: decisions of each kind, a conflict, a refusal,
the queue, facts, histories, the log, and an orphan after a reload that loses its fact."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import neo4j
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from api.models import Fact, History, LostFact, Page, Recorded, ReviewEntry
from api.responses import dumps
from graph import reviews as rv
from graph.reader import Reader
from tests.api.reviewing import REVIEWER_KEY, auth, fact_url, review_client
from tests.conftest import SEED
from tests.graph.reviewing import load


@pytest.fixture
def client(neo4j_driver: neo4j.Driver, tmp_path: Path) -> Iterator[TestClient]:
    with review_client(neo4j_driver, tmp_path) as c:
        yield c


Answer = tuple[str, type[BaseModel] | None, httpx.Response]


def review_answers(client: TestClient, driver: neo4j.Driver, seed: Path) -> list[Answer]:
    """Every kind of review answer on the seed, named, with its response model: the queue, facts,
    histories, the log, decisions (accepted, rejected, corrected, added), a 409, a 422, and an orphan
    after a reload that loses its fact."""
    out: list[Answer] = []

    def get(name: str, url: str, model: type[BaseModel], **params: Any) -> dict[str, Any]:
        r = client.get(url, params=params)
        out.append((name, model, r))
        assert r.status_code == 200, (url, r.text)
        return r.json()  # type: ignore[no-any-return]

    def post(name: str, body: dict[str, Any], status: int = 200, **headers: str) -> dict[str, Any]:
        r = client.post("/v1/reviews", json=body, headers={**auth(REVIEWER_KEY), **headers})
        out.append((name, Page[Recorded] if status == 200 else None, r))
        assert r.status_code == status, r.text
        return r.json()  # type: ignore[no-any-return]

    queue = get("queue", "/v1/reviews", Page[Fact], limit=100)["items"]
    get("queue page", "/v1/reviews", Page[Fact], limit=2, offset=2)
    a, b, c, d = (next(f for f in queue if f["path"] == p) for p in _paths(queue, 4))
    get("queue by document", "/v1/reviews", Page[Fact], document=a["document"], limit=5)
    get("queue by body", "/v1/reviews", Page[Fact], body=a["body"]["key"], limit=5)
    etag = client.get(fact_url(a["key"])).headers["ETag"]
    get("fact", fact_url(a["key"]), Fact)
    post("accepted", {"fact": a["key"], "decision": "accepted", "reason": "đúng"}, **{"If-Match": etag})
    post("conflict", {"fact": a["key"], "decision": "rejected"}, 409, **{"If-Match": etag})
    post("refused", {"fact": a["key"] + "x", "decision": "rejected"}, 422)
    new_body = next(f["body"]["key"] for f in queue if f["body"]["key"] != c["body"]["key"])
    decisions = [
        {"fact": b["key"], "decision": "rejected", "reason": "không phải cơ quan này"},
        {"fact": c["key"], "decision": "corrected", "body": new_body, "quote": "do cơ quan khác"},
        {"fact": d["task"]["key"], "decision": "added", "role": "coordinate", "body": new_body},
    ]
    made = [i["made_key"] for i in post("decisions", {"decisions": decisions})["items"]]
    for name, key in (("accepted", a), ("rejected", b), ("corrected", c)):
        get(f"{name} fact", fact_url(key["key"]), Fact)
        get(f"{name} history", fact_url(key["key"]) + "/history", History)
    for n, key in enumerate(made[1:]):
        get(f"made fact {n}", fact_url(key), Fact)
        get(f"made history {n}", fact_url(key) + "/history", History)
    for state in ("accepted", "rejected", "corrected"):
        get(f"queue {state}", "/v1/reviews", Page[Fact], state=state)
    log = Page[ReviewEntry]
    get("log", "/v1/reviews/log", log)
    get("log page", "/v1/reviews/log", log, limit=2, offset=1)
    get("log rejected", "/v1/reviews/log", log, decision="rejected", document=b["document"])
    get("log applied", "/v1/reviews/log", log, match_state="applied")
    # A new version of the seed without the rejected fact's sentence: its review is orphaned.
    text = seed.read_text(encoding="utf-8")
    sentence = re.compile(r"\s+".join(map(re.escape, b["quote"].split())))
    seed.write_text(sentence.sub("", text, count=1), encoding="utf-8")
    load(driver, seed)
    assert get("log orphaned", "/v1/reviews/log", log, match_state="orphaned")["items"]
    get("orphaned history", fact_url(b["key"]) + "/history", History)
    return out


def test_every_review_answer_is_its_response_model_byte_for_byte(
    client: TestClient, neo4j_driver: neo4j.Driver, tmp_path: Path
) -> None:
    answers = review_answers(client, neo4j_driver, tmp_path / SEED.name)
    for name, model, r in answers:
        if model is not None:
            assert dumps(model.model_validate(r.json())) == r.content, name
    lost = History.model_validate(answers[-1][2].json())
    assert isinstance(lost.fact, LostFact) and lost.reviews[0].match_state == "orphaned"
    found = History.model_validate(next(r for n, _, r in answers if n == "corrected history").json())
    assert isinstance(found.fact, Fact) and found.fact.corrected_by
    # The reads themselves answer the models.
    reader = Reader(neo4j_driver)
    facts, _ = rv.queue(reader, state="accepted")
    assert facts and all(isinstance(f, Fact) for f in facts)
    entries, _ = rv.review_log(reader)
    assert entries and all(isinstance(e, ReviewEntry) for e in entries)


def _paths(queue: list[dict[str, Any]], n: int) -> list[str]:
    """n provision paths of proposed facts with quotes that share no text (a reload can lose one alone)."""
    paths: list[str] = []
    quotes: list[str] = []
    for f in queue:
        q = f["quote"] or ""
        if len(q) >= 40 and f["path"] not in paths and all(q not in o and o not in q for o in quotes):
            paths.append(f["path"])
            quotes.append(q)
    assert len(paths) >= n, "the seed has too few facts in distinct provisions"
    return paths[:n]
