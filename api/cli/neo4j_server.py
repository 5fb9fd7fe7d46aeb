"""`kg neo4j provision|start|stop|status|logs|reset`: the project's own local Neo4j server."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click


@click.group("neo4j", short_help="provision, start, stop and inspect the local Neo4j server")
def group() -> None:
    """The project's own Neo4j Community server, run as a local process.

    It lives under NEO4J_HOME (default .neo4j: jars, conf, data, logs, pid file), listens on
    127.0.0.1 only, on the port of NEO4J_URI (Bolt) and NEO4J_HTTP_PORT (Browser); memory is
    NEO4J_HEAP and NEO4J_PAGECACHE. Java 17 and Maven (for the first fetch) are needed.
    """


def _progress(message: str) -> None:
    print(message, file=sys.stderr)


@group.command(short_help="fetch Neo4j from Maven Central (once)")
def provision() -> int:
    """Fetch Neo4j and Neo4j Browser from Maven Central into NEO4J_HOME/lib (once)."""
    from api.services import neo4j_server as server
    from api.services.neo4j_setup import server_config
    from api.settings import get_settings

    cfg = server_config(get_settings())
    began = time.monotonic()
    if server.provision(cfg.lib, progress=_progress):
        print(f"Neo4j {server.NEO4J_VERSION} provisioned in {cfg.lib} ({time.monotonic() - began:.1f} s)")
    else:
        print(f"Neo4j {server.NEO4J_VERSION} already provisioned in {cfg.lib}")
    return 0


@group.command(short_help="start Neo4j and wait until it answers")
def start() -> int:
    """Start Neo4j on 127.0.0.1 and wait until it answers.

    Provisions it first if needed. When NEO4J_PASSWORD is unset, a password is generated and stored
    in .env (mode 0600); it is never printed. Starting a running server is not an error.
    """
    from api.services import neo4j_server as server
    from api.services.neo4j_setup import ensure_password, server_config
    from api.settings import get_settings
    from graph.driver import driver_from_settings, wait_ready

    cfg = server_config(get_settings())
    server.provision(cfg.lib, progress=_progress)
    password, generated = ensure_password(get_settings().neo4j_password)
    if generated:
        get_settings.cache_clear()
        # Never the password itself on standard output (logs, terminals shared on screen): where it is.
        where = Path(".env").resolve()
        print(f"Generated a Neo4j password and stored it as NEO4J_PASSWORD in {where} (mode 0600)")
    settings = get_settings()
    server.set_initial_password(cfg, password)
    began = time.monotonic()
    pid, started = server.start(cfg)
    if not started:
        print(f"Neo4j is already running (pid {pid}) on {cfg.bolt_uri}")
        return 0
    with driver_from_settings(settings) as driver:
        info = wait_ready(driver, uri=settings.neo4j_uri)
    took = time.monotonic() - began
    print(f"Neo4j {info['version']} {info['edition']} started (pid {pid}) in {took:.1f} s")
    print(f"  Bolt:    {cfg.bolt_uri}")
    print(f"  Browser: {cfg.http_url}/browser/  (user {settings.neo4j_user}, password in .env)")
    return 0


@group.command(short_help="stop Neo4j cleanly")
def stop() -> int:
    """Stop Neo4j cleanly (SIGTERM, SIGKILL after 60 s); stopping a stopped server is not an error."""
    from api.services import neo4j_server as server
    from api.services.neo4j_setup import server_config
    from api.settings import get_settings

    print("Neo4j stopped" if server.stop(server_config(get_settings())) else "Neo4j was not running")
    return 0


@group.command(short_help="is Neo4j running? (exit 3 when not)")
def status() -> int:
    """Is Neo4j running? Prints its pid and addresses; exit status 3 when it is not running."""
    from api.services import neo4j_server as server
    from api.services.neo4j_setup import server_config
    from api.settings import get_settings

    cfg = server_config(get_settings())
    pid = server.read_pid(cfg)
    if pid is None:
        print(f"Neo4j is not running (home {cfg.home})")
        return 3
    print(f"Neo4j is running (pid {pid}): Bolt {cfg.bolt_uri}, Browser {cfg.http_url}/browser/")
    return 0


@group.command(short_help="the last lines of Neo4j's log")
@click.option("-n", "--lines", type=int, default=50, show_default=True, help="how many lines")
def logs(lines: int) -> int:
    """The last lines of Neo4j's console log (NEO4J_HOME/logs/console.log)."""
    from api.services import neo4j_server as server
    from api.services.neo4j_setup import server_config
    from api.settings import get_settings

    print(server.log_tail(server_config(get_settings()), lines))
    return 0


@group.command(short_help="delete all data (asks for confirmation)")
@click.option("--yes", is_flag=True, help="confirm without asking")
def reset(yes: bool) -> int:
    """Delete all data of the stopped server (asks for confirmation; exit 2 without a terminal)."""
    from api.services import neo4j_server as server
    from api.services.neo4j_setup import server_config
    from api.settings import get_settings

    cfg = server_config(get_settings())
    if not yes:
        if not sys.stdin.isatty():
            print("error: `kg neo4j reset` deletes every node; confirm with --yes", file=sys.stderr)
            return 2
        answer = input(f"Delete all data in {cfg.data_dir}? Type 'yes' to confirm: ")
        if answer.strip().lower() != "yes":
            print("Nothing deleted")
            return 1
    server.reset(cfg)
    print(f"Deleted {cfg.data_dir}; the next start creates an empty database")
    return 0
