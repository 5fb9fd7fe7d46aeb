"""The response cache: hits with the same body and ETag, invalidation by version and by API writes, bounds."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cache import Entry, ResponseCache
from graph.version import graph_version
from tests.api.conftest import API_KEY, make_settings, post_seed
from tests.api.test_read import assert_problem, first_hit

AUTH = {"X-API-Key": API_KEY}


def cached_client(driver: neo4j.Driver, **overrides: Any) -> TestClient:
    return TestClient(create_app(make_settings(**{"api_cache_check_seconds": 60.0, **overrides}), driver))


@pytest.fixture(scope="module")
def project_url(api_graph: str, neo4j_driver: neo4j.Driver) -> str:
    with TestClient(create_app(make_settings(api_cache=False), neo4j_driver)) as plain:
        return str(first_hit(plain, "tra khuc", "Project")["href"])


@pytest.fixture
def cached(api_graph: str, neo4j_driver: neo4j.Driver) -> Iterator[TestClient]:
    with cached_client(neo4j_driver) as c:
        yield c


def test_version_changes_after_a_write_from_any_client(api_graph: str, neo4j_driver: neo4j.Driver) -> None:
    before = graph_version(neo4j_driver, "neo4j")
    assert before and graph_version(neo4j_driver, "neo4j") == before, "reads leave the version alone"
    neo4j_driver.execute_query("CREATE (:CacheProbe) WITH 1 AS x MATCH (n:CacheProbe) DELETE n")
    assert graph_version(neo4j_driver, "neo4j") != before


def test_second_request_is_a_hit_with_the_same_body_and_etag(
    cached: TestClient, project_url: str, neo4j_driver: neo4j.Driver
) -> None:
    first = cached.get(project_url)
    second = cached.get(project_url)
    assert first.status_code == second.status_code == 200
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert first.content == second.content
    assert first.headers["etag"] == second.headers["etag"]
    assert second.headers["content-type"] == first.headers["content-type"]
    with TestClient(create_app(make_settings(api_cache=False), neo4j_driver)) as plain:
        uncached = plain.get(project_url)
    assert "x-cache" not in uncached.headers, "API_CACHE=false serves without the cache"
    assert uncached.content == first.content and uncached.headers["etag"] == first.headers["etag"]
    r = cached.get(project_url, headers={"If-None-Match": first.headers["etag"]})
    assert r.status_code == 304 and r.headers["etag"] == first.headers["etag"] and not r.content
    r = cached.get(project_url, headers={"If-None-Match": '"other"'})
    assert r.status_code == 200 and r.content == first.content


def test_if_none_match_on_a_miss_still_answers_304(cached: TestClient, project_url: str) -> None:
    etag = cached.get(project_url).headers["etag"]
    app_cache: ResponseCache = cached.app.state.response_cache  # type: ignore[attr-defined]
    app_cache.invalidate()
    r = cached.get(project_url, headers={"If-None-Match": f"W/{etag}"})
    assert r.status_code == 304 and r.headers["x-cache"] == "miss"
    assert cached.get(project_url).headers["x-cache"] == "hit", "the body was stored all the same"


def test_query_string_and_accept_are_part_of_the_key(cached: TestClient) -> None:
    a = cached.get("/v1/search", params={"q": "tra khuc"})
    b = cached.get("/v1/search", params={"q": "tra khuc", "limit": 1})
    assert a.headers["x-cache"] == b.headers["x-cache"] == "miss"
    assert len(b.json()["items"]) <= 1
    turtle = cached.get("/v1/rdf/ontology", headers={"Accept": "text/turtle"})
    jsonld = cached.get("/v1/rdf/ontology", headers={"Accept": "application/ld+json"})
    assert turtle.headers["x-cache"] == jsonld.headers["x-cache"] == "miss"
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    again = cached.get("/v1/rdf/ontology", headers={"Accept": "text/turtle"})
    assert again.headers["x-cache"] == "hit" and again.content == turtle.content


def test_a_write_from_outside_the_api_is_seen_after_the_check_interval(
    api_graph: str, neo4j_driver: neo4j.Driver, project_url: str
) -> None:
    key = project_url.removeprefix("/v1/projects/")
    key = key if key.startswith("project/") else "project/" + key
    interval = 0.3
    with cached_client(neo4j_driver, api_cache_check_seconds=interval) as c:
        old = c.get(project_url).json()["name"]
        assert c.get(project_url).headers["x-cache"] == "hit"
        try:
            neo4j_driver.execute_query(
                "MATCH (p:Project {key: $k}) SET p.name = $n", k=key, n=old + " (đã đổi)"
            )
            time.sleep(interval + 0.1)
            r = c.get(project_url)
            # A miss, or a hit on the warm-up's answer made after the version change (it is hot).
            assert r.headers["x-cache"] in {"miss", "hit"} and r.json()["name"] == old + " (đã đổi)"
            assert c.get(project_url).headers["x-cache"] == "hit"
        finally:
            neo4j_driver.execute_query("MATCH (p:Project {key: $k}) SET p.name = $n", k=key, n=old)
        time.sleep(interval + 0.1)
        assert c.get(project_url).json()["name"] == old


def _warmed(cache: ResponseCache, wait_s: float = 120.0) -> None:
    """Wait until the warm-up after a version change has finished."""
    task = cache._warming
    assert task is not None, "the version change began a warm-up"
    deadline = time.monotonic() + wait_s
    while not task.done():
        assert time.monotonic() < deadline, f"the warm-up did not finish in {wait_s} s"
        time.sleep(0.05)
    assert task.exception() is None


@pytest.mark.parametrize("warm", [100, 1])
def test_urls_hot_before_a_load_are_warmed_after_it(
    api_graph: str, neo4j_driver: neo4j.Driver, project_url: str, warm: int
) -> None:
    interval = 0.3
    search = "/v1/search?q=tra%20khuc"
    with cached_client(neo4j_driver, api_cache_check_seconds=interval) as c:
        cache: ResponseCache = c.app.state.response_cache  # type: ignore[attr-defined]
        cache.warm = warm
        for _ in range(3):
            c.get(project_url)
        before = c.get(search)
        # A write that leaves something (a node created and deleted in one transaction may commit
        # nothing, and the version stays).
        neo4j_driver.execute_query("MERGE (n:CacheProbe {key: 'warm'}) SET n.at = timestamp()")
        try:
            time.sleep(interval + 0.1)
            r = c.get("/v1/bodies", params={"limit": 1})
            assert r.headers["x-cache"] == "miss", "sees the new version"
            _warmed(cache)
            r = c.get(project_url)
            assert r.headers["x-cache"] == "hit", "the most requested URL is answered before anyone asks"
            with TestClient(create_app(make_settings(api_cache=False), neo4j_driver)) as plain:
                assert r.content == plain.get(project_url).content
            again = c.get(search)
            assert again.content == before.content
            assert again.headers["x-cache"] == ("hit" if warm > 1 else "miss"), (
                "at most `warm` URLs are warmed"
            )
        finally:
            neo4j_driver.execute_query("MATCH (n:CacheProbe) DELETE n")


def test_writes_through_the_api_invalidate_at_once(api_graph: str, neo4j_driver: neo4j.Driver) -> None:
    with cached_client(neo4j_driver, api_cache_check_seconds=3600.0) as c:
        docs = c.get("/v1/documents", params={"limit": 100}).json()["items"]
        key = next(d for d in docs if d["loaded"])["key"]
        url = f"/v1/documents/{key}"
        assert c.get(url).json()["loaded"] and c.get(url).headers["x-cache"] == "hit"
        assert c.delete(url, headers=AUTH).status_code == 200
        after = c.get(url)
        assert after.status_code == 404 or (after.headers["x-cache"] == "miss" and not after.json()["loaded"])
        r = post_seed(c)
        assert r.status_code == 201, r.text
        r = c.get(url)
        assert r.json()["loaded"], "the answer after the write (a miss, or the warm-up's answer)"
        assert c.get(url).headers["x-cache"] == "hit"


def test_errors_health_and_ready_are_not_cached(cached: TestClient) -> None:
    for _ in range(2):
        r = cached.get("/v1/projects/no-such-project")
        assert_problem(r, 404)
        assert "x-cache" not in r.headers
        assert_problem(cached.get("/v1/bodies", params={"limit": 1000}), 422)
        assert "x-cache" not in cached.get("/v1/health").headers
        assert "x-cache" not in cached.get("/v1/ready").headers
    assert len(cached.app.state.response_cache) == 0  # type: ignore[attr-defined]


def test_the_cache_can_be_disabled(api_graph: str, neo4j_driver: neo4j.Driver) -> None:
    with TestClient(create_app(make_settings(api_cache=False), neo4j_driver)) as c:
        assert c.app.state.response_cache is None  # type: ignore[attr-defined]
        for _ in range(2):
            r = c.get("/v1/search", params={"q": "tra khuc"})
            assert r.status_code == 200 and "x-cache" not in r.headers


def test_lru_bound_on_entries(api_graph: str, neo4j_driver: neo4j.Driver) -> None:
    with cached_client(neo4j_driver, api_cache_entries=3) as c:
        urls = [f"/v1/documents?limit={n}" for n in range(1, 5)]
        for url in urls[:3]:
            assert c.get(url).headers["x-cache"] == "miss"
        assert c.get(urls[0]).headers["x-cache"] == "hit"  # now the most recently used
        assert c.get(urls[3]).headers["x-cache"] == "miss"  # evicts urls[1], the least recently used
        assert len(c.app.state.response_cache) == 3  # type: ignore[attr-defined]
        assert c.get(urls[1]).headers["x-cache"] == "miss"
        assert c.get(urls[0]).headers["x-cache"] == "hit"


def test_byte_bound_and_stale_generation() -> None:
    cache = ResponseCache(max_entries=100, max_bytes=3000)
    entry = Entry.of([(b"content-type", b"application/json")], b"x" * 1000)
    for i in range(5):
        cache.put((f"/v1/{i}", b"", b""), entry, cache.generation)
    assert len(cache) == 2 and cache.size <= 3000
    assert cache.get(("/v1/4", b"", b"")) is not None and cache.get(("/v1/0", b"", b"")) is None
    cache.put(("/v1/big", b"", b""), Entry.of([], b"x" * 5000), cache.generation)
    assert cache.get(("/v1/big", b"", b"")) is None, "an answer larger than the bound is not stored"
    began = cache.generation
    cache.invalidate()
    cache.put(("/v1/late", b"", b""), entry, began)
    assert len(cache) == 0, "an answer begun before a write is not stored"


def test_version_checks_are_bounded_and_one_at_a_time() -> None:
    calls: list[float] = []
    version = ["v1"]

    def source() -> str:
        calls.append(time.monotonic())
        time.sleep(0.05)
        return version[0]

    async def scenario() -> None:
        cache = ResponseCache(check_s=2.0, source=source)
        assert all(await asyncio.gather(*(cache.fresh() for _ in range(20))))
        assert len(calls) == 1, "concurrent requests share one check"
        key = ("/v1/x", b"", b"")
        cache.put(key, Entry.of([], b"{}"), cache.generation)
        assert await cache.fresh() and len(calls) == 1, "no check within the interval"
        version[0] = "v2"
        await asyncio.sleep(1.2)  # past half the interval: a check starts, the entry is still served
        assert await cache.fresh() and cache.get(key) is not None
        await asyncio.sleep(0.3)
        assert len(calls) == 2 and cache.get(key) is None, "the new version dropped the entry"
        await asyncio.sleep(2.1)  # idle past the whole interval: the next request waits for a check
        assert await cache.fresh() and len(calls) == 3

    asyncio.run(scenario())


def test_concurrent_misses_for_one_url_make_one_answer(api_graph: str, neo4j_driver: neo4j.Driver) -> None:
    url = "/v1/rdf/graph?format=turtle"  # a slow answer, so the requests overlap
    n = 6
    start = threading.Barrier(n)
    with cached_client(neo4j_driver) as c:

        def one() -> tuple[str, bytes]:
            start.wait()
            r = c.get(url)
            assert r.status_code == 200
            return r.headers["x-cache"], r.content

        with ThreadPoolExecutor(n) as pool:
            answers = list(pool.map(lambda _: one(), range(n)))
    assert sorted(label for label, _ in answers) == ["hit"] * (n - 1) + ["miss"]
    assert len({body for _, body in answers}) == 1
