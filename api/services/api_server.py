"""The API as a local background process (uvicorn), with a pid file and a log under NEO4J_HOME."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from api.services.process import Process, ServiceError
from api.settings import Settings

APP = "api.app:create_app"


def process(settings: Settings) -> Process:
    """The background API's process: pid file and log under NEO4J_HOME, uvicorn's workers in its group."""
    home = settings.neo4j_home
    return Process(home / "run" / "api.pid", home / "logs" / "api.log", (APP,), group=True)


def pid_file(settings: Settings) -> Path:
    return process(settings).pid_file


def log_file(settings: Settings) -> Path:
    return process(settings).log_file


def running_pid(settings: Settings) -> int | None:
    """The pid of the background API, or None; a stale pid file is removed."""
    return process(settings).read_pid()


def healthy(url: str) -> bool:
    """True when GET url answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=1.0) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def command(host: str, port: int, workers: int) -> list[str]:
    """The uvicorn command line of the API."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        APP,
        "--factory",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
    ]


@dataclass(frozen=True)
class Started:
    """The background API: its pid, whether this call started it, its log and its base URL."""

    pid: int
    started: bool
    log: Path
    base_url: str


def start_background(
    settings: Settings, host: str, port: int, workers: int, timeout_s: float = 30.0
) -> Started:
    """Start the API in the background (unless it runs) and wait for /v1/health; ServiceError if not."""
    base = f"http://{host}:{port}"
    proc_ = process(settings)
    pid = proc_.read_pid()
    if pid is not None:
        return Started(pid, False, proc_.log_file, base)
    proc = proc_.spawn(command(host, port, workers))
    ready = proc_.wait_ready(proc, lambda: healthy(f"{base}/v1/health"), timeout_s, every_s=0.2)
    if ready == "ready":
        return Started(proc.pid, True, proc_.log_file, base)
    if ready == "exited":
        raise ServiceError(f"the API exited with code {proc.returncode}:\n{proc_.log_tail(10)}")
    stop_background(settings)
    raise ServiceError(f"the API did not answer within {timeout_s:.0f} s; see {proc_.log_file}")


def stop_background(settings: Settings, timeout_s: float = 15.0) -> bool:
    """Stop the background API (SIGTERM, then SIGKILL); False when it was not running."""
    proc_ = process(settings)
    if proc_.stop(timeout_s, every_s=0.1) is None:
        return False
    proc_.pid_file.unlink(missing_ok=True)
    return True
