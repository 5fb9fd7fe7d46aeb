"""One helper for a detached local process: start with a log, wait until ready, pid file, stop, status."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class Process:
    """A service's process: its pid file, its log, and the text its command line must hold."""

    pid_file: Path
    log_file: Path
    signature: tuple[str, ...]
    # Signal the whole process group (the API's uvicorn workers) or the main process only (the JVM).
    group: bool = False

    def read_pid(self) -> int | None:
        """The pid of the running process, or None; a stale pid file is removed."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        if process_matches(pid, *self.signature):
            return pid
        self.pid_file.unlink(missing_ok=True)
        return None

    def spawn(self, cmd: Sequence[str], cwd: Path | None = None) -> subprocess.Popen[bytes]:
        """Start `cmd` detached (own session), output appended to the log, pid written to the pid file."""
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        self.pid_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "ab") as log:
            proc = subprocess.Popen(
                list(cmd),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=cwd,
                start_new_session=True,
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        return proc

    def wait_ready(
        self, proc: subprocess.Popen[bytes], ready: Callable[[], bool], timeout_s: float, every_s: float
    ) -> Literal["ready", "exited", "timeout"]:
        """Poll `ready` until it holds; "exited" (pid file removed) when the process died first."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                return "exited"
            if ready():
                return "ready"
            time.sleep(every_s)
        return "timeout"

    def stop(self, timeout_s: float, every_s: float = 0.2, hard: bool = False) -> int | None:
        """SIGTERM (SIGKILL when `hard` or after the timeout); the stopped pid, or None if not running."""
        pid = self.read_pid()
        if pid is None:
            return None
        self._signal(pid, signal.SIGKILL if hard else signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self._running(pid):
            _reap(pid)
            time.sleep(every_s)
        if self._running(pid):
            self._signal(pid, signal.SIGKILL)
            time.sleep(0.5)
        _reap(pid)
        return pid

    def log_tail(self, lines: int = 50) -> str:
        """The last lines of the log."""
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log yet)"

    def _running(self, pid: int) -> bool:
        return process_matches(pid, *self.signature)

    def _signal(self, pid: int, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            (os.killpg if self.group else os.kill)(pid, sig)


def alive(pid: int) -> bool:
    """True when `pid` runs and is not a zombie (exited, not yet reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1] != "Z"
    except OSError:
        return True


def _cmdline(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None


def process_matches(pid: int, *needles: str) -> bool:
    """True when `pid` runs (not a zombie) and its command line holds every needle."""
    if not alive(pid):
        return False
    cmdline = _cmdline(pid)
    return cmdline is None or all(needle in cmdline for needle in needles)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    """True when something accepts TCP connections on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServiceError(Exception):
    """A local service could not start (the message says why and where its log is)."""
