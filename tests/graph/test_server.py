"""The project's own Neo4j: version, round trip, Browser, start/stop/status, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import neo4j
import pytest

from api.services import neo4j_server as server
from graph.driver import check, element_count, open_driver
from graph.errors import GraphAuthError
from tests.conftest import REPO, Neo4jInstance, make_server, wait_ready


def test_reports_version_5_26(neo4j_driver: neo4j.Driver) -> None:
    info = check(neo4j_driver)
    assert info["version"].startswith("5.26."), info
    assert info["edition"] == "community"


def test_write_then_read_round_trip(clean_graph: neo4j.Driver) -> None:
    clean_graph.execute_query("CREATE (:Probe {name: $name})", name="Trà Khúc 3")
    records, _, _ = clean_graph.execute_query("MATCH (p:Probe) RETURN p.name AS name")
    assert [r["name"] for r in records] == ["Trà Khúc 3"]
    clean_graph.execute_query("MATCH (p:Probe) CREATE (p)-[:NEXT]->(:Probe {name: 'Cầu'})")
    assert element_count(clean_graph) == 3


def test_browser_is_served(neo4j_server: Neo4jInstance) -> None:
    with urllib.request.urlopen(f"{neo4j_server.cfg.http_url}/browser/", timeout=10) as resp:
        body = resp.read().decode("utf-8", "replace")
        assert resp.status == 200
        assert resp.headers.get_content_type() == "text/html"
    assert "<html" in body.lower() and "neo4j" in body.lower()


def test_listens_on_loopback_only(neo4j_server: Neo4jInstance) -> None:
    conf = (neo4j_server.cfg.home / "conf" / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1" in conf
    assert "dbms.security.auth_enabled=true" in conf


def test_wrong_password_gives_one_line_error(neo4j_server: Neo4jInstance) -> None:
    with (
        open_driver(neo4j_server.uri, "neo4j", "not-the-password") as driver,
        pytest.raises(GraphAuthError) as e,
    ):
        check(driver, uri=neo4j_server.uri)
    assert "\n" not in str(e.value) and "NEO4J_PASSWORD" in str(e.value)


def test_cli_wrong_password_prints_one_line(neo4j_server: Neo4jInstance, tmp_path: Path) -> None:
    env = {**os.environ, "NEO4J_URI": neo4j_server.uri, "NEO4J_PASSWORD": "wrong-password-1"}
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "graph", "check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "password" in lines[0], done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_start_stop_status_are_idempotent(tmp_path: Path) -> None:
    instance = make_server(tmp_path / "home")
    cfg = instance.cfg
    assert server.read_pid(cfg) is None
    assert server.stop(cfg) is False  # stop when stopped is fine
    pid, started = server.start(cfg)
    try:
        assert started
        assert server.start(cfg) == (pid, False)  # a second start says it is running
        with instance.driver() as driver:
            wait_ready(driver)
    finally:
        assert server.stop(cfg) is True
    assert server.read_pid(cfg) is None and not server.port_open(cfg.bolt_port)


def test_stale_pid_file_is_handled(tmp_path: Path) -> None:
    instance = make_server(tmp_path / "home")
    cfg = instance.cfg
    dead = subprocess.Popen(["true"])
    dead.wait()
    cfg.pid_file.parent.mkdir(parents=True, exist_ok=True)
    cfg.pid_file.write_text(f"{dead.pid}\n")
    assert server.read_pid(cfg) is None
    assert not cfg.pid_file.exists()
    assert server.stop(cfg) is False


def test_second_provision_fetches_nothing() -> None:
    assert server.is_provisioned(REPO / ".neo4j" / "lib")
    assert server.provision(REPO / ".neo4j" / "lib") is False


def test_start_refuses_a_taken_port(neo4j_server: Neo4jInstance, tmp_path: Path) -> None:
    instance = make_server(tmp_path / "home")
    instance.cfg.bolt_port = neo4j_server.cfg.bolt_port
    with pytest.raises(server.ServerError, match="taken"):
        server.start(instance.cfg)
