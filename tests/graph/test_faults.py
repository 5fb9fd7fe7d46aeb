"""Crash tests: kill -9 the loader, or Neo4j, in the middle of a load; the graph holds whole documents only,
and re-running the load reaches the state of a clean load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest

from api.services import neo4j_server as server
from bench.synth_corpus import document
from graph.hash import graph_hash, orphans
from graph.runs import finish_run, start_run
from graph.writer import ensure_schema, write_documents
from tests.conftest import REPO, Neo4jInstance, make_server, wipe

pytestmark = pytest.mark.slow

N_DOCS = 400
SEED = 11
LOADER = """
import os, sys
from bench.synth_corpus import corpus
from graph.driver import open_driver
from graph.runs import start_run
from graph.writer import ensure_schema, write_documents
with open_driver(os.environ["KG_URI"], "neo4j", os.environ["KG_PASSWORD"]) as driver:
    ensure_schema(driver)
    run = start_run(driver)
    write_documents(driver, corpus(int(sys.argv[1]), seed=int(sys.argv[2])), run, batch_docs=10,
                    on_written=lambda s: print("written", s.document_key, flush=True))
print("done", flush=True)
"""


def docs(indexes: list[int]) -> list:
    return [document(SEED, i, N_DOCS) for i in indexes]


def load(driver: neo4j.Driver, indexes: list[int]) -> None:
    ensure_schema(driver)
    run = start_run(driver)
    totals = write_documents(driver, docs(indexes), run, batch_docs=25)
    finish_run(driver, run)
    assert not totals.failed


def digest(driver: neo4j.Driver) -> str:
    assert orphans(driver) == {"nodes": 0, "rels": 0}
    return graph_hash(driver).sha256


def loaded_indexes(driver: neo4j.Driver) -> list[int]:
    """Which corpus documents are in the graph as loaded documents."""
    rows, _, _ = driver.execute_query("MATCH (d:Document {loaded: true}) RETURN d.source_path AS p")
    return sorted(int(Path(r["p"]).stem) for r in rows)


def start_loader(instance: Neo4jInstance) -> subprocess.Popen[str]:
    env = {**os.environ, "KG_URI": instance.uri, "KG_PASSWORD": instance.password}
    return subprocess.Popen(
        [sys.executable, "-c", LOADER, str(N_DOCS), str(SEED)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def wait_for_commits(proc: subprocess.Popen[str], commits: int, timeout_s: float = 120) -> None:
    """Block until the loader reports `commits` written documents (a batch is committed by then)."""
    deadline = time.monotonic() + timeout_s
    seen = 0
    assert proc.stdout is not None
    while seen < commits:
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the loader wrote nothing in time")
        line = proc.stdout.readline()
        if not line:
            pytest.fail("the loader exited before the crash point")
        seen += line.startswith("written")


def kill_process(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def wait_ports_closed(instance: Neo4jInstance, timeout_s: float = 60) -> None:
    """server.kill returns once the JVM's main thread is a zombie; other threads may still hold the ports."""
    deadline = time.monotonic() + timeout_s
    while server.port_open(instance.cfg.bolt_port) or server.port_open(instance.cfg.http_port):
        assert time.monotonic() < deadline, "the killed server still holds its ports"
        time.sleep(0.2)


def check_recovery(driver: neo4j.Driver) -> None:
    """Crashed state == clean load of the documents it holds; re-run == clean load of all."""
    crashed = digest(driver)
    present = loaded_indexes(driver)
    assert 0 < len(present) < N_DOCS, "the crash did not happen mid-load"
    load(driver, list(range(N_DOCS)))
    rerun = digest(driver)
    wipe(driver)
    load(driver, present)
    assert digest(driver) == crashed, "the crashed graph holds part of a document"
    wipe(driver)
    load(driver, list(range(N_DOCS)))
    assert digest(driver) == rerun, "re-running the load does not reach the clean state"


def test_kill_loader_mid_load(neo4j_server: Neo4jInstance, clean_graph: neo4j.Driver) -> None:
    proc = start_loader(neo4j_server)
    try:
        wait_for_commits(proc, 30)
        time.sleep(0.2)  # inside a later batch's transaction, most likely
    finally:
        kill_process(proc)
    check_recovery(clean_graph)


def test_kill_neo4j_mid_load(tmp_path: Path) -> None:
    instance = make_server(tmp_path / "crash")
    instance.start()
    try:
        proc = start_loader(instance)
        try:
            wait_for_commits(proc, 30)
            time.sleep(0.2)
            assert server.kill(instance.cfg)
        finally:
            kill_process(proc)
        wait_ports_closed(instance)
        instance.start()  # recovers from the transaction log
        with instance.driver() as driver:
            check_recovery(driver)
    finally:
        server.stop(instance.cfg)
