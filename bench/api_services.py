"""The services bench/api_load.py measures: its throwaway Neo4j (reused between runs) and the APIs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import neo4j

from api.services import neo4j_server as server
from graph.driver import element_count, open_driver, wait_ready
from graph.rendered import render
from graph.schema import apply_schema

REPO = Path(__file__).resolve().parent.parent
PASSWORD = "bench-password-1"
DATABASE = "neo4j"


def start_neo4j(out: Path, name: str, fresh: bool) -> server.ServerConfig:
    """The bench's Neo4j under out/api-<name>/, on the ports of its last run when it has one.

    Neo4j's jars are fetched into .neo4j/lib first when a new machine has none (as `kg neo4j provision`).
    """
    lib = REPO / ".neo4j" / "lib"
    server.provision(lib)
    home = out / f"api-{name}"
    if fresh:
        shutil.rmtree(home, ignore_errors=True)
    ports = home / "ports"
    if ports.exists():
        bolt, http = map(int, ports.read_text().split())
    else:
        bolt, http = server.free_port(), server.free_port()
    cfg = server.ServerConfig(home=home, lib=lib, bolt_port=bolt, http_port=http, heap="1g", pagecache="1g")
    server.set_initial_password(cfg, PASSWORD)
    server.start(cfg)
    ports.write_text(f"{bolt} {http}\n")
    return cfg


def bolt_uri(cfg: server.ServerConfig) -> str:
    """A direct bolt:// URI: one server needs no routing table (neo4j:// costs a lookup per session)."""
    return f"bolt://127.0.0.1:{cfg.bolt_port}"


def connect(cfg: server.ServerConfig) -> neo4j.Driver:
    """A driver of 100 connections, once the server answers."""
    driver = open_driver(bolt_uri(cfg), "neo4j", PASSWORD, max_connection_pool_size=100)
    wait_ready(driver, timeout_s=60)
    return driver


def count(driver: neo4j.Driver) -> int:
    """Nodes and relationships in the graph."""
    return element_count(driver)


def render_items(driver: neo4j.Driver) -> None:
    """The read model's rendered items a graph loaded before them lacks (graph.rendered), timed."""
    began = time.perf_counter()
    if written := render(driver, DATABASE):
        print(f"rendered {written} items in {time.perf_counter() - began:.0f} s", flush=True)


def load(driver: neo4j.Driver, graph: str, docs: int) -> None:
    """The synthetic corpus of `docs` documents, or the seed (data/quang-ngai) for --graph corpus."""
    apply_schema(driver)
    if graph == "synth":
        from bench.synth_corpus import corpus
        from graph.runs import finish_run, start_run
        from graph.writer import write_documents

        run = start_run(driver, input_path=f"synthetic:{docs}")
        write_documents(driver, corpus(docs), run, batch_docs=100)
        finish_run(driver, run)
    else:
        from loaders.load import load_paths

        load_paths(driver, sorted((REPO / "data" / "quang-ngai").glob("*.txt")))
    driver.execute_query("CALL db.awaitIndexes(600)")


def start_api(
    cfg: server.ServerConfig, port: int, workers: int, cache: bool, app: str = "api.app:create_app"
) -> subprocess.Popen[bytes]:
    """A uvicorn API (the factory `app`) on `port`, with or without its response cache, once it is ready."""
    env = {
        **os.environ,
        "API_CACHE": "true" if cache else "false",
        "NEO4J_URI": bolt_uri(cfg),
        "NEO4J_DATABASE": DATABASE,
        "NEO4J_PASSWORD": PASSWORD,
        "API_PORT": str(port),
        # The bare driver waits as long as it takes; an overloaded machine (load average 40) made the
        # API's 1 s connect budget answer 503 for a third of the requests instead.
        "API_UNAVAILABLE_S": "10",
        "PYTHONPATH": str(REPO),
    }
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        app,
        "--factory",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd, env=env, cwd=cfg.home.parent, start_new_session=True)
    began = time.perf_counter()
    for _ in range(200):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/ready", timeout=15) as r:
                if r.status == 200:
                    # Ready includes the query plans' warm-up (api/warmup.py).
                    print(
                        f"API (cache {'on' if cache else 'off'}) ready in {time.perf_counter() - began:.1f} s"
                    )
                    return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the API did not start")
