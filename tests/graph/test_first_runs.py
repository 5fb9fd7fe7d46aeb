"""graph/first_runs.py: a query's first run goes alone, the rest run side by side once it has."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import neo4j
import pytest

from graph.errors import GraphUnavailable, QueryTimeout
from graph.first_runs import FirstRuns, plan_key
from graph.reader import Reader


class Calls:
    """Counts calls in flight at once (the most seen) and in all."""

    def __init__(self, seconds: float) -> None:
        self.seconds, self.now, self.most, self.total = seconds, 0, 0, 0
        self.lock = threading.Lock()

    def __call__(self) -> int:
        with self.lock:
            self.now += 1
            self.total += 1
            self.most = max(self.most, self.now)
        time.sleep(self.seconds)
        with self.lock:
            self.now -= 1
        return 1


def run_together(runs: FirstRuns, key: object, call: Calls, n: int) -> list[int]:
    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(lambda _: runs.run(key, call), range(n)))


def test_the_first_run_goes_alone_then_the_others_run_together() -> None:
    runs, first = FirstRuns(), Calls(0.2)
    assert run_together(runs, "q", first, 8) == [1] * 8
    assert first.total == 8
    # The first ran alone; the seven that waited for it were released together.
    assert first.most >= 2
    later = Calls(0.05)
    run_together(runs, "q", later, 8)
    assert later.most >= 4, "a known query is not serialised"


def test_the_first_run_alone_is_seen_in_the_concurrency() -> None:
    runs, gate = FirstRuns(), threading.Event()
    seen: list[int] = []
    inside = Calls(0.0)

    def first() -> int:
        inside()
        seen.append(inside.now)
        gate.wait(5)
        return 1

    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(runs.run, "q", first) for _ in range(4)]
        time.sleep(0.2)
        assert inside.total == 1, "the others wait while the first run is in flight"
        gate.set()
        assert [f.result(5) for f in futures] == [1] * 4
    assert inside.total == 4


def test_a_failed_first_run_leaves_the_next_one_first() -> None:
    runs = FirstRuns()

    def fails() -> int:
        raise QueryTimeout("too slow")

    with pytest.raises(QueryTimeout):
        runs.run("q", fails)
    once = Calls(0.0)
    assert runs.run("q", once) == 1 and once.total == 1


def test_neo4j_away_forgets_every_query() -> None:
    runs = FirstRuns()
    runs.run("a", Calls(0.0))

    def away() -> int:
        raise GraphUnavailable("down")

    with pytest.raises(GraphUnavailable):
        runs.run("b", away)
    assert not runs._known


def test_the_key_tells_parameter_types_apart_as_the_plan_cache_does() -> None:
    q = "MATCH (n) RETURN n"
    assert plan_key(q, {"a": 1, "b": "x"}) == plan_key(q, {"b": "y", "a": 2})
    assert plan_key(q, {"a": None}) != plan_key(q, {"a": "x"})
    assert plan_key(q, {"h": []}) != plan_key(q, {"h": ["rejected"]})
    assert plan_key(q, {"h": ["a"]}) == plan_key(q, {"h": ["b", "c"]})


def test_concurrent_first_reads_on_neo4j_all_answer(neo4j_driver: neo4j.Driver) -> None:
    reader = Reader(neo4j_driver)
    neo4j_driver.execute_query("CALL db.clearQueryCaches()")
    query = "UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS c"
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda n: reader.first(query, n=n), [70] * 8))
    assert answers == [[10]] * 8
    assert plan_key(query, {"n": 70}) in reader.first_runs._known
