"""Throwaway Neo4j instances for the load benchmarks (bench/load_throughput.py, bench/load_import.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import neo4j

from api.services import neo4j_server as server
from graph.driver import open_driver, wait_ready

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
PASSWORD = "bench-password-1"


def instance(name: str) -> server.ServerConfig:
    """A fresh throwaway server config (heap 1g, page cache 1g) under bench/out/."""
    home = OUT / name
    shutil.rmtree(home, ignore_errors=True)
    cfg = server.ServerConfig(
        home=home,
        lib=REPO / ".neo4j" / "lib",
        bolt_port=server.free_port(),
        http_port=server.free_port(),
        heap="1g",
        pagecache="1g",
    )
    server.set_initial_password(cfg, PASSWORD)
    return cfg


def connect(cfg: server.ServerConfig) -> neo4j.Driver:
    """A driver to the started instance, once it answers."""
    driver = open_driver(cfg.bolt_uri, "neo4j", PASSWORD)
    wait_ready(driver, timeout_s=60)
    return driver


def wipe(driver: neo4j.Driver) -> None:
    """Empty the graph, in transactions of 10,000 rows."""
    with driver.session() as session:
        # Relationships first: one DETACH DELETE of the run node (a million relationships) overflows memory.
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
