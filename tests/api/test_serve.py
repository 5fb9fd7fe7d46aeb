"""`kg serve --background` starts the API with a pid file and log, answers health, and --stop stops it."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from api.services.process import free_port

pytestmark = pytest.mark.slow


def kg(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=90,
        check=False,
    )


def test_serve_background_is_idempotent_and_stops(tmp_path: Path) -> None:
    port = free_port()
    home = tmp_path / "neo4j-home"
    repo = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "NEO4J_HOME": str(home),
        "API_PORT": str(port),
        "NEO4J_URI": "neo4j://127.0.0.1:1",
        "PYTHONPATH": str(repo),
    }
    env.pop("API_KEY", None)
    try:
        first = kg("serve", "--background", env=env, cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        assert f"http://127.0.0.1:{port}/docs" in first.stdout
        pid = int((home / "run" / "api.pid").read_text())
        assert (home / "logs" / "api.log").exists()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=5) as r:
            assert r.status == 200
        again = kg("serve", "--background", env=env, cwd=tmp_path)
        assert again.returncode == 0 and "already running" in again.stdout and str(pid) in again.stdout
    finally:
        stopped = kg("serve", "--stop", env=env, cwd=tmp_path)
    assert stopped.returncode == 0 and "API stopped" in stopped.stdout
    assert not (home / "run" / "api.pid").exists()
    assert "was not running" in kg("serve", "--stop", env=env, cwd=tmp_path).stdout
