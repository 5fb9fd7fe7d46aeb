"""`kg serve`: run the API with uvicorn, in the foreground or as a background process with a pid file."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from graph.server import process_matches
from graph.settings import Settings, get_settings

APP = "api.app:create_app"


def pid_file(settings: Settings) -> Path:
    return settings.neo4j_home / "run" / "api.pid"


def log_file(settings: Settings) -> Path:
    return settings.neo4j_home / "logs" / "api.log"


def running_pid(settings: Settings) -> int | None:
    """The pid of the background API, or None; a stale pid file is removed."""
    path = pid_file(settings)
    try:
        pid = int(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    if process_matches(pid, APP):
        return pid
    path.unlink(missing_ok=True)
    return None


def healthy(url: str) -> bool:
    """True when GET url answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=1.0) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _command(host: str, port: int, workers: int) -> list[str]:
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


def start_background(settings: Settings, host: str, port: int, workers: int, timeout_s: float = 30.0) -> int:
    """Start the API in the background and wait for /v1/health; returns the exit status."""
    base = f"http://{host}:{port}"
    pid = running_pid(settings)
    if pid is not None:
        print(f"The API is already running (pid {pid}): {base}/docs")
        return 0
    log = log_file(settings)
    log.parent.mkdir(parents=True, exist_ok=True)
    pid_file(settings).parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            _command(host, port, workers),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    pid_file(settings).write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pid_file(settings).unlink(missing_ok=True)
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-10:])
            print(f"error: the API exited with code {proc.returncode}:\n{tail}", file=sys.stderr)
            return 1
        if healthy(f"{base}/v1/health"):
            print(f"API started (pid {proc.pid}), log {log}")
            print(f"  Docs: {base}/docs")
            return 0
        time.sleep(0.2)
    stop_background(settings)
    print(f"error: the API did not answer within {timeout_s:.0f} s; see {log}", file=sys.stderr)
    return 1


def stop_background(settings: Settings, timeout_s: float = 15.0) -> bool:
    """Stop the background API (SIGTERM, then SIGKILL); False when it was not running."""
    pid = running_pid(settings)
    if pid is None:
        return False
    os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and process_matches(pid, APP):
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.1)
    if process_matches(pid, APP):
        os.killpg(pid, signal.SIGKILL)
    pid_file(settings).unlink(missing_ok=True)
    return True


def _serve(args: argparse.Namespace) -> int:
    settings = get_settings()
    host = args.host or settings.api_host
    port = args.port or settings.api_port
    if args.stop:
        print("API stopped" if stop_background(settings) else "The API was not running")
        return 0
    if args.background:
        return start_background(settings, host, port, args.workers)
    import uvicorn

    print(f"Serving the API on http://{host}:{port} (docs: http://{host}:{port}/docs)")
    uvicorn.run(APP, factory=True, host=host, port=port, workers=args.workers, access_log=False)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `serve` to the `kg` command."""
    serve = subparsers.add_parser("serve", help="serve the HTTP API with uvicorn")
    serve.add_argument("--host", help="address to listen on (default API_HOST, 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default API_PORT, 8000)")
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    mode = serve.add_mutually_exclusive_group()
    mode.add_argument("--background", action="store_true", help="run detached; pid and log under NEO4J_HOME")
    mode.add_argument("--stop", action="store_true", help="stop the background API")
    serve.set_defaults(func=_serve)
