"""The project's own Neo4j Community server: provisioned from Maven Central, run as a local process."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from api.services.process import Process, free_port, port_open
from graph.errors import ServerError

__all__ = ["NEO4J_VERSION", "ServerConfig", "ServerError", "free_port", "port_open"]

NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.cli.AdminTool"
JVM_OPTIONS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dfile.encoding=UTF-8",
)


@dataclass
class ServerConfig:
    """Where a Neo4j instance lives and how it listens; `home` holds conf, data, logs and run."""

    home: Path
    lib: Path
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "1g"
    auth: bool = True
    browser_commands: list[str] = field(default_factory=list)
    browser_hosts: list[str] = field(default_factory=lambda: ["localhost", "127.0.0.1"])

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"

    @property
    def process(self) -> Process:
        return Process(self.pid_file, self.console_log, (MAIN_CLASS, str(self.home.resolve())))

    @property
    def bolt_uri(self) -> str:
        return f"neo4j://127.0.0.1:{self.bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"


def _marker(lib: Path) -> Path:
    return lib / f".provisioned-{NEO4J_VERSION}-browser-{BROWSER_VERSION}"


def is_provisioned(lib: Path) -> bool:
    """True when the jars of this Neo4j version are all in `lib`."""
    return _marker(lib).exists()


def provision(lib: Path, progress: Callable[[str], None] = print) -> bool:
    """Fetch Neo4j's jars from Maven Central into `lib` once; returns False when already there."""
    if is_provisioned(lib):
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ServerError("Maven (mvn) is not installed: it fetches Neo4j from Maven Central")
    lib.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="lib-", dir=lib.parent)).resolve()
    with resources.as_file(resources.files("api.services") / "neo4j-pom.xml") as pom:
        progress(f"Fetching Neo4j {NEO4J_VERSION} and Neo4j Browser {BROWSER_VERSION} from Maven Central...")
        cmd = [
            mvn,
            "-B",
            "-q",
            "-f",
            str(pom),
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            "-DexcludeTypes=pom",
            f"-DoutputDirectory={staging}",
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not any(staging.glob("neo4j-*.jar")):
        shutil.rmtree(staging, ignore_errors=True)
        tail = (done.stdout + done.stderr).strip().splitlines()[-15:]
        raise ServerError("Maven could not fetch Neo4j:\n" + "\n".join(tail))
    # Swap in the complete folder only: an interrupted fetch never leaves a half-filled lib/.
    if lib.exists():
        shutil.rmtree(lib)
    staging.rename(lib)
    _marker(lib).write_text(NEO4J_VERSION + "\n")
    return True


def write_conf(cfg: ServerConfig) -> Path:
    """Write `neo4j.conf` for this instance: loopback only, its ports, memory and Browser settings."""
    conf_dir = cfg.home / "conf"
    conf_dir.mkdir(parents=True, exist_ok=True)
    for sub in ("data", "logs", "run", "import", "plugins"):
        (cfg.home / sub).mkdir(parents=True, exist_ok=True)
    lines = [
        "# Written by `kg neo4j start`; edit the settings (.env), not this file.",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{cfg.bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{cfg.bolt_port}",
        f"server.http.listen_address=127.0.0.1:{cfg.http_port}",
        f"server.http.advertised_address=127.0.0.1:{cfg.http_port}",
        "server.https.enabled=false",
        f"server.memory.heap.initial_size={cfg.heap}",
        f"server.memory.heap.max_size={cfg.heap}",
        f"server.memory.pagecache.size={cfg.pagecache}",
        f"dbms.security.auth_enabled={'true' if cfg.auth else 'false'}",
        "dbms.usage_report.enabled=false",
        "client.allow_telemetry=false",
        "server.directories.data=data",
        "server.directories.logs=logs",
        "server.directories.run=run",
        "server.directories.import=import",
        "server.directories.plugins=plugins",
        "browser.remote_content_hostname_whitelist=" + ",".join(cfg.browser_hosts),
    ]
    if cfg.browser_commands:
        lines.append("browser.post_connect_cmd=" + "; ".join(cfg.browser_commands))
    path = conf_dir / "neo4j.conf"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise ServerError("Java 17 is not installed: Neo4j 5.26 needs it")
    return java


def _admin(cfg: ServerConfig, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEO4J_HOME": str(cfg.home), "NEO4J_CONF": str(cfg.home / "conf")}
    cmd = [_java(), "-cp", f"{cfg.lib.resolve()}/*", *JVM_OPTIONS, ADMIN_CLASS, *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)


def admin(cfg: ServerConfig, *args: str) -> str:
    """Run `neo4j-admin ARGS` against this instance; raises ServerError with its output on failure."""
    done = _admin(cfg, *args)
    if done.returncode != 0:
        # Name the command only: its arguments may hold a password.
        raise ServerError(f"neo4j-admin {args[0]} {args[1]} failed: {(done.stderr or done.stdout).strip()}")
    return done.stdout


def set_initial_password(cfg: ServerConfig, password: str) -> bool:
    """Set the `neo4j` user's password before the first start; False when the database exists already."""
    if (cfg.data_dir / "dbms" / "auth.ini").exists() or (cfg.data_dir / "databases").exists():
        return False
    write_conf(cfg)
    # "--" ends the options: a generated password may begin with "-".
    admin(cfg, "dbms", "set-initial-password", "--", password)
    return True


def read_pid(cfg: ServerConfig) -> int | None:
    """The pid of the running server, or None; a stale pid file is removed."""
    return cfg.process.read_pid()


def start(cfg: ServerConfig, timeout_s: float = 180.0) -> tuple[int, bool]:
    """Start the server and wait until Bolt and HTTP answer; returns (pid, started_now)."""
    pid = read_pid(cfg)
    if pid is not None:
        return pid, False
    if not is_provisioned(cfg.lib):
        raise ServerError(f"Neo4j is not provisioned in {cfg.lib}: run `kg neo4j provision`")
    for port in (cfg.bolt_port, cfg.http_port):
        if port_open(port):
            raise ServerError(f"port {port} on 127.0.0.1 is taken by another program; choose another port")
    write_conf(cfg)
    home = cfg.home.resolve()
    cmd = [
        _java(),
        "-cp",
        f"{cfg.lib.resolve()}/*",
        *JVM_OPTIONS,
        f"-Xms{cfg.heap}",
        f"-Xmx{cfg.heap}",
        MAIN_CLASS,
        f"--home-dir={home}",
        f"--config-dir={home / 'conf'}",
        "--console-mode",
    ]
    proc = cfg.process.spawn(cmd, cwd=home)
    ready = cfg.process.wait_ready(
        proc, lambda: port_open(cfg.bolt_port) and port_open(cfg.http_port), timeout_s, every_s=0.25
    )
    if ready == "ready":
        return proc.pid, True
    if ready == "exited":
        raise ServerError(f"Neo4j exited with code {proc.returncode} at start:\n{log_tail(cfg, 15)}")
    stop(cfg)
    raise ServerError(f"Neo4j did not answer within {timeout_s:.0f} s:\n{log_tail(cfg, 15)}")


def stop(cfg: ServerConfig, timeout_s: float = 60.0) -> bool:
    """Stop the server cleanly (SIGTERM, then SIGKILL after the timeout); False when it was not running."""
    if cfg.process.stop(timeout_s) is None:
        return False
    _wait_ports_closed(cfg)
    cfg.pid_file.unlink(missing_ok=True)
    return True


def kill(cfg: ServerConfig) -> bool:
    """Kill the server with SIGKILL, as a crash would (for fault tests); False when not running."""
    if cfg.process.stop(timeout_s=600.0, every_s=0.1, hard=True) is None:
        return False
    _wait_ports_closed(cfg)
    return True


def _wait_ports_closed(cfg: ServerConfig, timeout_s: float = 30.0) -> None:
    # The main thread can turn zombie while other JVM threads still hold the sockets.
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and (port_open(cfg.bolt_port) or port_open(cfg.http_port)):
        time.sleep(0.1)


def reset(cfg: ServerConfig) -> None:
    """Delete the instance's data (the caller asks for confirmation); the server must be stopped."""
    if read_pid(cfg) is not None:
        raise ServerError("Neo4j is running: stop it first (`kg neo4j stop`)")
    shutil.rmtree(cfg.data_dir, ignore_errors=True)


def log_tail(cfg: ServerConfig, lines: int = 50) -> str:
    """The last lines of the server's console log."""
    return cfg.process.log_tail(lines)
