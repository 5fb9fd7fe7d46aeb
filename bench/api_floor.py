"""The floor of an uncached read on this machine: the ideal pre-rendered page beside the real endpoint.

Issue 16 asks for p99 <= 150 ms at 50 connections with the cache off. This bench measures how close the
cheapest possible read comes on the same machine, so the target can be judged against it: each of the top
--ids bodies' first responsibilities page, as the API serves it (cache off), is stored pre-rendered in the
bench graph (bench/floor_pages.py: one node per item, the item's JSON as a string, a (body, sort) index);
an API built by bench/floor_app.py (the project's app plus GET /floor/{body}) reads it with one index range
seek and sends the joined strings. Side by side, --rounds times, after --warm seconds of unmeasured load:

    bare floor   the floor's query through graph.reader.Reader.first from C threads (the driver alone)
    bare new     graph.queries.bodies.responsibility_page, the real read, from C threads
    bare rendered  the rendered read model's query (bench/floor_pages.RENDERED) from C threads
    api floor    wrk on /floor/{body}: HTTP, middleware, the thread pool, one Neo4j round trip
    api rendered wrk on /rendered/{body}: the page as a rendered read model would serve it (the body's
                 chain walked, each item and its task sought, the status computed live, freshness checked)
    api          wrk on /v1/bodies/{body}/responsibilities, the same API process, cache off

Before the rows it checks that the floor's items equal the API's for every body. The pages are removed
at the end (the graph is bench/api_load.py's, under <out>/api-<graph>/, loaded if missing).

    python bench/api_floor.py                     # synthetic graph, 2 uvicorn workers
    python bench/api_floor.py --workers 1 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
import urllib.request
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import neo4j  # noqa: E402
import orjson  # noqa: E402

from api.services import neo4j_server as server  # noqa: E402
from bench import floor_pages  # noqa: E402
from bench.api_load import OUT, TARGET_P99_MS, TARGET_RATIO, rotation, row, targets  # noqa: E402
from bench.api_measure import api_pids, bare, measured, wrk  # noqa: E402
from bench.api_services import (  # noqa: E402
    DATABASE,
    connect,
    count,
    load,
    render_items,
    start_api,
    start_neo4j,
)
from graph.queries import bodies  # noqa: E402
from graph.queries.tasks import status_params  # noqa: E402
from graph.reader import Reader  # noqa: E402
from graph.reviews import hidden_states  # noqa: E402

APP = "bench.floor_app:create_app"
HEAD = " ".join(
    f"{h:>{w}}"
    for h, w in (
        ("req/s", 6),
        ("p50 ms", 7),
        ("p99 ms", 7),
        ("err", 5),
        ("hit", 5),
        ("cpu", 5),
        ("db", 5),
        ("load", 5),
    )
)


def _arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--graph", choices=["corpus", "synth"], default="synth")
    p.add_argument("--docs", type=int, default=8000, help="synthetic documents, if the graph is missing")
    p.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    p.add_argument("--connections", type=int, default=50)
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--ids", type=int, default=50, help="bodies to rotate over")
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--warm", type=int, default=90, help="seconds of unmeasured load before the rows")
    p.add_argument("--out", type=Path, default=OUT, help="where the Neo4j home api-<graph>/ lives")
    return p.parse_args()


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as r:
        return bytes(r.read())


def _pages(base: str, keys: list[str]) -> dict[str, list[bytes]]:
    """Each body's first page of items, as the API (cache off) serves them, one JSON text per item,
    and the next page's first item (the floor's `next` says whether more follow, as the API's does)."""
    size = floor_pages.PAGE_SIZE + 1
    return {
        k: [
            orjson.dumps(item)
            for item in json.loads(_get(f"{base}/v1/bodies/{quote(k)}/responsibilities?limit={size}"))[
                "items"
            ]
        ]
        for k in keys
    }


def _same(base: str, keys: list[str], route: str) -> int:
    """How many bodies' pages at `route` hold exactly the API's items (the check before the rows)."""
    size = floor_pages.PAGE_SIZE
    same = 0
    for k in keys:
        real = _get(f"{base}/v1/bodies/{quote(k)}/responsibilities?limit={size}")
        floor = _get(f"{base}/{route}/{quote(k)}")
        items = json.loads(real)["items"] == json.loads(floor)["items"]
        same += items and (json.loads(real)["next"] is None) == (json.loads(floor)["next"] is None)
        if route == "rendered":  # the same bytes, not only the same JSON
            same -= items and _items_bytes(real) != _items_bytes(floor)
    return same


def _items_bytes(page: bytes) -> bytes:
    return page[: page.rindex(b'],"limit":')]


def _works(driver: neo4j.Driver, keys: list[str]) -> dict[str, Callable[[], object]]:
    reader = Reader(driver, DATABASE, timeout_s=10.0)
    hidden = hidden_states(False)
    limit = floor_pages.PAGE_SIZE
    status = status_params(None)

    def rendered(k: str) -> object:
        found = reader.first(
            floor_pages.RENDERED, key=k, role=None, hidden=hidden, offset=0, limit=limit + 1, **status
        )
        return floor_pages.joined(found)

    return {
        "bare floor": rotation(keys, lambda k: reader.first(floor_pages.PAGE, key=k, limit=limit + 1)),
        "bare rendered": rotation(keys, rendered),
        "bare new": rotation(
            keys, lambda k: bodies.responsibility_page(reader, k, limit=limit, hidden=hidden)
        ),
    }


def _listings(out: Path, keys: list[str]) -> dict[str, Path]:
    paths = {
        "api floor": [f"/floor/{quote(k)}" for k in keys],
        "api rendered": [f"/rendered/{quote(k)}" for k in keys],
        "api": [f"/v1/bodies/{quote(k)}/responsibilities" for k in keys],
    }
    files = {}
    for label, lines in paths.items():
        files[label] = out / f"api-floor-paths-{label.replace(' ', '-')}.txt"
        files[label].write_text("\n".join(lines) + "\n")
    return files


def _rows(
    args: argparse.Namespace,
    base: str,
    pids: list[int],
    neo4j_pid: int,
    keys: list[str],
    works: dict[str, Callable[[], object]],
    listings: dict[str, Path],
) -> None:
    if args.warm > 0:
        share = max(1, args.warm // (len(works) + len(listings)))
        for work in works.values():
            bare(work, args.connections, share)
        for listing in listings.values():
            wrk(base, listing, args.connections, share)
    for n in range(1, args.rounds + 1):
        results: dict[str, dict[str, float]] = {}
        for label, work in works.items():
            results[label] = measured(
                partial(bare, work, args.connections, args.seconds), [os.getpid(), neo4j_pid]
            )
        for label, listing in listings.items():
            results[label] = measured(partial(wrk, base, listing, args.connections, args.seconds), pids)
        print(f"round {n} of {args.rounds} ({len(keys)} bodies)")
        refs = {"api floor": "bare floor", "api rendered": "bare rendered", "api": "bare new"}
        for label, r in results.items():
            print(row(label, r, results[refs[label]]["p99"] if label in refs else None), flush=True)


def _head(args: argparse.Namespace, elements: int, written: int, keys: int, same: tuple[int, int]) -> None:
    print(
        f"graph {args.graph}: {elements} elements; {os.cpu_count()} cores; uvicorn workers "
        f"{args.workers}; {args.connections} connections; {args.seconds} s per row"
    )
    print(
        f"floor: {written} items of {keys} bodies' first pages; its items equal the API's for {same[0]}, "
        f"the rendered items' bytes for {same[1]}"
    )
    print(f"targets: p99 <= {TARGET_P99_MS:.0f} ms and p99 API/bare <= {TARGET_RATIO}")
    print(f"  {'row':12} {HEAD} | p99/bare, target")


def _bench(args: argparse.Namespace, cfg: server.ServerConfig, driver: neo4j.Driver) -> None:
    """Serve the floor app, write the pages, check them, measure the rows, remove the pages."""
    if count(driver) == 0:
        load(driver, args.graph, args.docs)
    render_items(driver)
    elements = count(driver)
    port = server.free_port()
    api = start_api(cfg, port, args.workers, cache=False, app=APP)
    try:
        base = f"http://127.0.0.1:{port}"
        keys = targets(driver, args.ids)[0]
        pages = _pages(base, keys)
        written = floor_pages.write(driver, pages)
        floor_pages.write_rendered(driver, pages, hidden_states(False))
        try:
            same = (_same(base, keys, "floor"), _same(base, keys, "rendered"))
            _head(args, elements, written, len(keys), same)
            neo4j_pid = server.read_pid(cfg)
            assert neo4j_pid is not None
            pids = [*api_pids(api), neo4j_pid]
            _rows(args, base, pids, neo4j_pid, keys, _works(driver, keys), _listings(args.out, keys))
        finally:
            floor_pages.remove(driver)
            floor_pages.remove_rendered(driver)
    finally:
        os.killpg(api.pid, 15)
        api.wait(timeout=30)


def main() -> int:
    args = _arguments()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (/usr/bin/wrk)")
    started = time.perf_counter()
    cfg = start_neo4j(args.out, args.graph, fresh=False)
    try:
        with connect(cfg) as driver:
            _bench(args, cfg, driver)
    finally:
        server.stop(cfg)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
