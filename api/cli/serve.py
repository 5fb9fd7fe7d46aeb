"""`kg serve` and `kg up`: the HTTP API, in the foreground or as a background process."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from api.services.api_server import Started


@click.command(short_help="serve the HTTP API (foreground or --background)")
@click.option("--host", help="address to listen on  [default: API_HOST, 127.0.0.1]")
@click.option("--port", type=int, help="port  [default: API_PORT, 8000]")
@click.option("--workers", type=int, default=1, show_default=True, help="uvicorn worker processes")
@click.option("--background", is_flag=True, help="run detached; pid file and log under NEO4J_HOME")
@click.option("--stop", is_flag=True, help="stop the background API")
def serve(host: str | None, port: int | None, workers: int, background: bool, stop: bool) -> int:
    """Serve the HTTP API with uvicorn (docs at /docs).

    In the foreground until Ctrl-C, or with --background as a detached process whose pid is in
    NEO4J_HOME/run/api.pid and log in NEO4J_HOME/logs/api.log (starting it twice is not an error);
    --stop stops it. API_KEY guards the write routes; every API_* setting is in .env.example.
    """
    from api.services import api_server
    from api.settings import get_settings

    if background and stop:
        raise click.UsageError("--background and --stop exclude each other")
    settings = get_settings()
    host = host or settings.api_host
    port = port or settings.api_port
    if stop:
        print("API stopped" if api_server.stop_background(settings) else "The API was not running")
        return 0
    if background:
        _print_started(api_server.start_background(settings, host, port, workers))
        return 0
    import uvicorn

    print(f"Serving the API on http://{host}:{port} (docs: http://{host}:{port}/docs)")
    uvicorn.run(api_server.APP, factory=True, host=host, port=port, workers=workers, access_log=False)
    return 0


def _print_started(started: Started) -> None:
    if not started.started:
        print(f"The API is already running (pid {started.pid}): {started.base_url}/docs")
        return
    print(f"API started (pid {started.pid}), log {started.log}")
    print(f"  Docs: {started.base_url}/docs")


@click.command(short_help="load data/ and serve the API in the background")
@click.option("--data", default="data", show_default=True, help="folder of documents to load")
@click.option("--workers", type=int, default=2, show_default=True, help="uvicorn worker processes")
def up(data: str, workers: int) -> int:
    """Load a folder (data/) into the running Neo4j, serve the API in the background, say where things are.

    Neo4j must be running (`kg neo4j start`); `make up` does both. Stop with `make down`.
    """
    from api.services import api_server
    from api.settings import get_settings
    from graph.driver import check, driver_from_settings
    from graph.errors import GraphError
    from loaders.load import load_paths

    settings = get_settings()
    folder = Path(data)
    with driver_from_settings(settings) as driver:
        try:
            info = check(driver, settings.neo4j_database, uri=settings.neo4j_uri)
        except GraphError as e:
            raise GraphError(f"{e} (start it with `kg neo4j start`)") from e
        print(f"Neo4j {info['version']} answers at {settings.neo4j_uri}")
        if folder.exists():
            report = load_paths(
                driver,
                [folder],
                progress=sys.stderr.isatty(),
                database=settings.neo4j_database,
                max_bytes=settings.max_file_bytes,
            )
            print("\n".join(report.lines()))
        else:
            print(f"No {folder}/ folder: nothing to load")
    _print_started(api_server.start_background(settings, settings.api_host, settings.api_port, workers))
    print()
    print("Ready:")
    print(f"  API docs:       {settings.api_base_url}/docs")
    print(f"  Neo4j Browser:  http://127.0.0.1:{settings.neo4j_http_port}/browser/")
    user = settings.neo4j_user
    print(f"  Login:          {settings.neo4j_uri}, user {user}, password NEO4J_PASSWORD in .env")
    print("  Stop with `make down`.")
    return 0
