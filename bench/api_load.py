"""API load: throughput, p50/p99 of three read endpoints under wrk, cache on and off, vs the bare driver.

A throwaway Neo4j (heap 1g, page cache 1g) under <out>/api-<graph>/ holds the corpus (the real loader,
or the model fixture while it is missing) or the synthetic corpus (bench/synth_corpus.py, the default); a
graph loaded by an earlier run is reused unless --fresh. Two uvicorn servers (httptools, uvloop), one with
the response cache and one with API_CACHE=false, serve the API from other processes; wrk drives each with
C connections over loopback, rotating over many ids (the top --ids bodies by assignments and projects by
tasks, and search terms from their names with and without diacritics; bench/api_rotate.lua). The
bare-driver runs execute graph.queries functions over the same rotation with the same database and URI
from C threads of one Python process, twice back to back, hiding the review states the API hides by
default: the read queries as they were before issue 16 ("bare old": the modules of commit BEFORE, read
with git) and as they are now ("bare new"); then the API rows, and all of them --rounds times. Each row
prints the load average at its end: on a shared machine the latencies follow it. Before the first row,
--warm seconds of unmeasured load over every row's work let Neo4j's JIT compile (a fresh server's CPU
per request falls by half or more over its first minutes of load).

    python bench/api_load.py                      # synthetic 8000 documents, reused if loaded
    python bench/api_load.py --graph corpus --seconds 10
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import shutil
import subprocess
import sys
import time
import types
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import neo4j  # noqa: E402

from api.services import neo4j_server as server  # noqa: E402
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
from graph.errors import GraphError  # noqa: E402
from graph.queries import bodies, projects, search  # noqa: E402
from graph.reader import Reader  # noqa: E402
from graph.reviews import hidden_states  # noqa: E402
from ontology.text import fold  # noqa: E402

OUT = REPO / "bench" / "out"
# Fixed terms besides those made from names: a bare number, a symbol, a common word, with and without
# diacritics (a short common term is search's most expensive kind of query).
SEARCH_TERMS = ["tra khuc 3", "Trà Khúc 3", "giao thông", "giao thong", "3", "Quảng Ngãi", "quang ngai"]
TARGET_P99_MS = 150.0  # issue 16: cache off, 50 connections, the 1M-element graph
TARGET_RATIO = 1.2
BEFORE = "def539a"  # main before the read model (issue 16): its read queries are "bare old"


def targets(driver: neo4j.Driver, n: int) -> tuple[list[str], list[str], list[str]]:
    """The `n` bodies with the most assignments, the `n` projects with the most tasks, search terms."""
    b, _, _ = driver.execute_query(
        "MATCH (b:Body)<-[:ASSIGNED_TO]-() WITH b, count(*) AS n "
        "ORDER BY n DESC, b.key LIMIT $n RETURN b.key AS k, b.name AS name",
        n=n,
    )
    p, _, _ = driver.execute_query(
        "MATCH (p:Project)<-[:CONCERNS]-() WITH p, count(*) AS n "
        "ORDER BY n DESC, p.key LIMIT $n RETURN p.key AS k, p.name AS name",
        n=n,
    )
    terms = list(SEARCH_TERMS)
    for row in itertools.chain.from_iterable(itertools.zip_longest(p, b)):
        if row is not None and row["name"]:
            # The name as written, folded, and its last two words (a partial name, diacritics kept).
            name = str(row["name"])
            terms += [name, fold(name), " ".join(name.split()[-2:])]
    return [str(r["k"]) for r in b], [str(r["k"]) for r in p], list(dict.fromkeys(terms))[: max(n, 1)]


def rotation(items: list[str], call: Callable[[str], object]) -> Callable[[], object]:
    """A work function that calls `call` on the items in turn (thread-safe: cycle is atomic)."""
    cycle = itertools.cycle(items)
    return lambda: call(next(cycle))


def before(name: str) -> types.ModuleType:
    """The module graph/queries/<name>.py as it was at commit BEFORE (the queries issue 16 replaced)."""
    source = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{BEFORE}:graph/queries/{name}.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    module = types.ModuleType(f"before_{name}")
    exec(compile(source, f"{BEFORE}:graph/queries/{name}.py", "exec"), module.__dict__)
    return module


Work = dict[str, Callable[[], object]]
Endpoints = dict[str, tuple[list[str], Work]]  # per endpoint: the request paths and the bare-driver work


def cases(driver: neo4j.Driver, n: int) -> Endpoints:
    """Per endpoint: the request paths and the bare-driver work (old and new queries) over the same ids."""
    reader = Reader(driver, DATABASE, timeout_s=10.0)
    body_keys, project_keys, terms = targets(driver, n)
    ob, op, os_ = (before(name) for name in ("bodies", "projects", "search"))
    hidden = hidden_states(False)  # what the API leaves out by default, so the queries are the same
    page = {"limit": 20, "hidden": hidden}
    out = {
        "responsibilities": (
            [f"/v1/bodies/{quote(k)}/responsibilities" for k in body_keys],
            {
                "bare old": rotation(body_keys, lambda k: ob.responsibilities(reader, k, **page)),
                "bare new": rotation(body_keys, lambda k: bodies.responsibility_page(reader, k, **page)),
            },
        ),
        "project": (
            [f"/v1/projects/{quote(k)}" for k in project_keys],
            {
                "bare old": rotation(project_keys, lambda k: op.get_project(reader, k, hidden=hidden)),
                "bare new": rotation(project_keys, lambda k: projects.get_project(reader, k, hidden=hidden)),
            },
        ),
        "search": (
            [f"/v1/search?q={quote(t)}" for t in terms],
            {
                "bare old": rotation(terms, lambda t: os_.search(reader, t)),
                "bare new": rotation(terms, lambda t: search.search(reader, t)),
            },
        ),
    }
    return out


def row(label: str, r: dict[str, float], bare_p99: float | None) -> str:
    hit = f"{r['hits'] / max(r['n'], 1):5.0%}" if not label.startswith("bare") else "    -"
    ratio = f"{r['p99'] / bare_p99:5.2f}" if bare_p99 else "    -"
    within = bare_p99 is None or r["p99"] / bare_p99 <= TARGET_RATIO
    # No answer at all (every request past wrk's timeout) is a miss, not a p99 of 0.
    ok = "ok" if r["rps"] > 0 and r["p99"] <= TARGET_P99_MS and within else "no"
    return (
        f"  {label:12} {r['rps']:6.0f} {r['p50']:7.1f} {r['p99']:7.1f} {r['errors']:5.1%} {hit} "
        f"{r['cpu']:5.2f} {r['db_cpu']:5.2f} {r['load']:5.1f} | {ratio}  {ok}"
    )


def _arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--graph", choices=["corpus", "synth"], default="synth")
    p.add_argument("--docs", type=int, default=8000, help="synthetic documents (about 128 elements each)")
    p.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    p.add_argument("--connections", type=int, default=50)
    p.add_argument("--seconds", type=int, default=15)
    p.add_argument("--ids", type=int, default=50, help="bodies, projects and search terms to rotate over")
    p.add_argument("--cache", choices=["both", "on", "off"], default="both", help="API servers to run")
    p.add_argument("--out", type=Path, default=OUT, help="where the Neo4j home api-<graph>/ lives")
    p.add_argument("--fresh", action="store_true", help="wipe and reload the graph of a previous run")
    p.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="times each endpoint's rows are measured in turn (Neo4j keeps warming for many minutes)",
    )
    p.add_argument(
        "--warm",
        type=int,
        default=90,
        help="seconds of load before the first measured row, spread over every row's work (Neo4j's JIT)",
    )
    return p.parse_args()


def main() -> int:
    args = _arguments()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (/usr/bin/wrk)")
    started = time.perf_counter()
    cfg = start_neo4j(args.out, args.graph, fresh=args.fresh)
    apis: dict[str, subprocess.Popen[bytes]] = {}
    try:
        with connect(cfg) as driver:
            if count(driver) == 0:
                began = time.perf_counter()
                load(driver, args.graph, args.docs)
                print(f"loaded {args.graph} in {time.perf_counter() - began:.0f} s")
            render_items(driver)
            modes = {"both": ["on", "off"], "on": ["on"], "off": ["off"]}[args.cache]
            bases = {}
            for mode in modes:
                port = server.free_port()
                apis[mode] = start_api(cfg, port, args.workers, cache=mode == "on")
                bases[mode] = f"http://127.0.0.1:{port}"
            _print_head(args, count(driver))
            neo4j_pid = server.read_pid(cfg)
            assert neo4j_pid is not None
            endpoints = cases(driver, args.ids)
            listings = _listings(args.out, endpoints)
            _warm(args, endpoints, listings, bases)
            for name, (paths, works) in endpoints.items():
                _endpoint(args, name, len(paths), listings[name], works, bases, apis, neo4j_pid)
    finally:
        for api in apis.values():
            os.killpg(api.pid, 15)
            api.wait(timeout=30)
        server.stop(cfg)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


def _print_head(args: argparse.Namespace, elements: int) -> None:
    print(
        f"graph {args.graph}: {elements} elements; {os.cpu_count()} cores; uvicorn workers "
        f"{args.workers}; {args.connections} concurrent clients; {args.seconds} s per run; "
        f"rotating over {args.ids} ids/terms per endpoint"
    )
    print(f"targets: p99 <= {TARGET_P99_MS:.0f} ms and p99 API/bare <= {TARGET_RATIO}")
    # cpu: ms of CPU per request in the API's processes (or the bare client), db: in Neo4j;
    # unlike latency on a shared machine, these do not grow with other programs' load.
    # load: the 1-minute load average at the end of the row's run.
    head = f"{'req/s':>6} {'p50 ms':>7} {'p99 ms':>7} {'err':>5} {'hit':>5} {'cpu':>5} {'db':>5}"
    head += f" {'load':>5}"
    print(f"{'endpoint':16} {'':12} {head} | p99/bare new, target")


def _listings(out: Path, endpoints: Endpoints) -> dict[str, Path]:
    """Each endpoint's request paths in out/api-paths-<name>.txt, wrk's rotation (bench/api_rotate.lua)."""
    files = {}
    for name, (paths, _) in endpoints.items():
        files[name] = out / f"api-paths-{name}.txt"
        files[name].write_text("\n".join(paths) + "\n")
    return files


def _warm(
    args: argparse.Namespace, endpoints: Endpoints, listings: dict[str, Path], bases: dict[str, str]
) -> None:
    """Load every row's work in turn for `--warm` seconds in all, unmeasured.

    A fresh Neo4j compiles its hot code for minutes: its CPU per request fell from 11 to 4 ms over the
    first five minutes of load (responsibilities, bare driver), so without this whichever rows ran first
    paid for the JIT and the rows after them did not.
    """
    if args.warm <= 0:
        return
    began = time.perf_counter()
    rows = sum(len(bases) + len(works) for _, works in endpoints.values())
    share = max(1, args.warm // rows)
    for name, (_, works) in endpoints.items():
        for base in bases.values():
            wrk(base, listings[name], args.connections, share)
        for work in works.values():
            bare(work, args.connections, share)
    print(f"warm-up: {time.perf_counter() - began:.0f} s of load before the rows", flush=True)


def _endpoint(
    args: argparse.Namespace,
    name: str,
    urls: int,
    listing: Path,
    works: Work,
    bases: dict[str, str],
    apis: dict[str, subprocess.Popen[bytes]],
    neo4j_pid: int,
) -> None:
    """One endpoint's rows, `--rounds` times: the bare driver's old and new queries, then the API servers."""
    for work in works.values():
        for _ in range(urls):
            # The plan cache, and the page cache of a restarted server for every id (the API runs
            # first: cold, its first answers passed the 10 s limit on a loaded machine while the bare
            # runs after it found the pages warm).
            with contextlib.suppress(GraphError):
                work()
    for n in range(1, args.rounds + 1):
        results = _round(args, listing, works, bases, apis, neo4j_pid)
        print(f"{name} ({urls} urls), round {n} of {args.rounds}")
        for label, r in results.items():
            ref = None if label.startswith("bare") else results["bare new"]["p99"]
            print(row(label, r, ref), flush=True)


def _round(
    args: argparse.Namespace,
    listing: Path,
    works: Work,
    bases: dict[str, str],
    apis: dict[str, subprocess.Popen[bytes]],
    neo4j_pid: int,
) -> dict[str, dict[str, float]]:
    """One measurement of every row of an endpoint: the bare driver's old and new queries, the APIs."""
    bares = {}
    for label, work in works.items():  # old and new back to back
        bare(work, args.connections, 1)
        bares[label] = measured(partial(bare, work, args.connections, args.seconds), [os.getpid(), neo4j_pid])
    results: dict[str, dict[str, float]] = {}
    for mode, base in bases.items():  # interleaved per endpoint: the machine's load is shared alike
        wrk(base, listing, args.connections, 2)
        pids = [*api_pids(apis[mode]), neo4j_pid]
        results[f"cache {mode}"] = measured(partial(wrk, base, listing, args.connections, args.seconds), pids)
    return {**bares, **results}


if __name__ == "__main__":
    sys.exit(main())
