"""`kg neo4j ...`: provision, start, stop and inspect the project's own Neo4j server."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from pathlib import Path

from graph import server
from graph.driver import check, driver_from_settings, wait_ready
from graph.settings import Settings, get_settings


def server_config(settings: Settings) -> server.ServerConfig:
    """The local server's configuration, from the settings."""
    api = settings.api_base_url
    return server.ServerConfig(
        home=settings.neo4j_home,
        lib=settings.neo4j_home / "lib",
        bolt_port=settings.neo4j_bolt_port,
        http_port=settings.neo4j_http_port,
        heap=settings.neo4j_heap,
        pagecache=settings.neo4j_pagecache,
        browser_commands=[f"style {api}/browser/style.grass", f"play {api}/browser/guide.html"],
    )


def ensure_password(env_file: Path = Path(".env")) -> tuple[str, bool]:
    """NEO4J_PASSWORD from the environment or `.env`; generated and stored (mode 0600) when unset."""
    current = get_settings().neo4j_password
    if current is not None:
        return current.get_secret_value(), False
    password = secrets.token_urlsafe(18)
    existed = env_file.exists()
    with open(env_file, "a", encoding="utf-8") as fh:
        if existed and env_file.read_text(encoding="utf-8")[-1:] not in ("", "\n"):
            fh.write("\n")
        fh.write(f"NEO4J_PASSWORD={password}\n")
    os.chmod(env_file, 0o600)
    get_settings.cache_clear()
    return password, True


def _provision(args: argparse.Namespace) -> int:
    cfg = server_config(get_settings())
    began = time.monotonic()
    fetched = server.provision(cfg.lib, progress=lambda m: print(m, file=sys.stderr))
    if fetched:
        print(f"Neo4j {server.NEO4J_VERSION} provisioned in {cfg.lib} ({time.monotonic() - began:.1f} s)")
    else:
        print(f"Neo4j {server.NEO4J_VERSION} already provisioned in {cfg.lib}")
    return 0


def _start(args: argparse.Namespace) -> int:
    settings = get_settings()
    cfg = server_config(settings)
    server.provision(cfg.lib, progress=lambda m: print(m, file=sys.stderr))
    password, generated = ensure_password()
    if generated:
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
    print(
        f"Neo4j {info['version']} {info['edition']} started (pid {pid}) in {time.monotonic() - began:.1f} s"
    )
    print(f"  Bolt:    {cfg.bolt_uri}")
    print(f"  Browser: {cfg.http_url}/browser/  (user {settings.neo4j_user}, password in .env)")
    return 0


def _stop(args: argparse.Namespace) -> int:
    cfg = server_config(get_settings())
    print("Neo4j stopped" if server.stop(cfg) else "Neo4j was not running")
    return 0


def _status(args: argparse.Namespace) -> int:
    cfg = server_config(get_settings())
    pid = server.read_pid(cfg)
    if pid is None:
        print(f"Neo4j is not running (home {cfg.home})")
        return 3
    print(f"Neo4j is running (pid {pid}): Bolt {cfg.bolt_uri}, Browser {cfg.http_url}/browser/")
    return 0


def _logs(args: argparse.Namespace) -> int:
    print(server.log_tail(server_config(get_settings()), args.lines))
    return 0


def _reset(args: argparse.Namespace) -> int:
    cfg = server_config(get_settings())
    if not args.yes:
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


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `neo4j` and its sub-commands to the `kg` command."""
    neo = subparsers.add_parser("neo4j", help="the project's own local Neo4j server")
    sub = neo.add_subparsers(dest="neo4j_command", required=True)
    sub.add_parser("provision", help="fetch Neo4j and Neo4j Browser from Maven Central (once)").set_defaults(
        func=_provision
    )
    sub.add_parser("start", help="start Neo4j on 127.0.0.1 and wait until it answers").set_defaults(
        func=_start
    )
    sub.add_parser("stop", help="stop Neo4j cleanly").set_defaults(func=_stop)
    sub.add_parser("status", help="is Neo4j running? (exit 3 when not)").set_defaults(func=_status)
    logs = sub.add_parser("logs", help="the last lines of Neo4j's log")
    logs.add_argument("-n", "--lines", type=int, default=50)
    logs.set_defaults(func=_logs)
    reset = sub.add_parser("reset", help="delete all data (asks for confirmation)")
    reset.add_argument("--yes", action="store_true", help="confirm without asking")
    reset.set_defaults(func=_reset)


def _check(args: argparse.Namespace) -> int:
    settings = get_settings()
    with driver_from_settings(settings) as driver:
        info = check(driver, settings.neo4j_database, uri=settings.neo4j_uri)
    print(f"{info['name']} {info['version']} {info['edition']} at {settings.neo4j_uri}")
    return 0


def register_graph(subparsers: argparse._SubParsersAction) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """Add `graph` (queries on the configured database); returns its sub-parsers for other modules."""
    parser = subparsers.add_parser("graph", help="the configured Neo4j database")
    sub = parser.add_subparsers(dest="graph_command", required=True)
    sub.add_parser("check", help="connect and print the server version").set_defaults(func=_check)
    sub.add_parser(
        "hash", help="content hash of the graph (order-independent; run log excluded)"
    ).set_defaults(func=_hash)
    sub.add_parser("stats", help="nodes per label, relationships per type, orphans").set_defaults(func=_stats)
    return sub


def _hash(args: argparse.Namespace) -> int:
    from graph.hash import graph_hash

    settings = get_settings()
    with driver_from_settings(settings) as driver:
        digest = graph_hash(driver, settings.neo4j_database)
    print(f"{digest.sha256}  ({digest.nodes} nodes, {digest.rels} relationships)")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from graph.hash import graph_counts, orphans

    settings = get_settings()
    with driver_from_settings(settings) as driver:
        counts = graph_counts(driver, settings.neo4j_database)
        lost = orphans(driver, settings.neo4j_database)
    for kind, title in (("node", "nodes"), ("rel", "relationships")):
        print(f"{title}: {sum(counts[kind].values())}")
        for name, n in sorted(counts[kind].items()):
            print(f"  {name:<22} {n}")
    print(f"unsupported (orphan) nodes: {lost['nodes']}, relationships: {lost['rels']}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from graph.rdf import export_pages

    settings = get_settings()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    triples = 0
    try:
        with driver_from_settings(settings) as driver:
            for view in export_pages(driver, settings.neo4j_database, page=args.page):
                triples += len(view)
                out.write(view.serialize(args.format))
    finally:
        if args.output:
            out.close()
    if args.output:
        print(f"{triples} triples written to {args.output}", file=sys.stderr)
    return 0


def register_export(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `export`: the whole graph as RDF, streamed in pages (what /v1/rdf/graph refuses when large)."""
    export = subparsers.add_parser("export", help="the whole graph as RDF (N-Triples or Turtle), streamed")
    export.add_argument("--format", choices=("nt", "turtle"), default="nt", help="default nt")
    export.add_argument("-o", "--output", help="file to write (default standard output)")
    export.add_argument("--page", type=int, default=5000, help="nodes or relationships per page")
    export.set_defaults(func=_export)
