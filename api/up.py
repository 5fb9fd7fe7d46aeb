"""`kg up`: load the corpus into the running Neo4j, serve the API in the background, say where things are."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from api.serve import start_background
from graph.driver import check, driver_from_settings
from graph.errors import GraphError
from graph.settings import get_settings
from loaders.load import load_paths


def _up(args: argparse.Namespace) -> int:
    settings = get_settings()
    data = Path(args.data)
    with driver_from_settings(settings) as driver:
        try:
            info = check(driver, settings.neo4j_database, uri=settings.neo4j_uri)
        except GraphError as e:
            raise GraphError(f"{e} (start it with `kg neo4j start`)") from e
        print(f"Neo4j {info['version']} answers at {settings.neo4j_uri}")
        if data.exists():
            report = load_paths(
                driver,
                [data],
                progress=sys.stderr.isatty(),
                database=settings.neo4j_database,
                max_bytes=settings.max_file_bytes,
            )
            print("\n".join(report.lines()))
        else:
            print(f"No {data}/ folder: nothing to load")
    status = start_background(settings, settings.api_host, settings.api_port, args.workers)
    if status != 0:
        return status
    user = settings.neo4j_user
    print()
    print("Ready:")
    print(f"  API docs:       {settings.api_base_url}/docs")
    print(f"  Neo4j Browser:  http://127.0.0.1:{settings.neo4j_http_port}/browser/")
    print(f"  Login:          {settings.neo4j_uri}, user {user}, password NEO4J_PASSWORD in .env")
    print("  Stop with `make down`.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `up` to the `kg` command."""
    up = subparsers.add_parser("up", help="load data/ and serve the API in the background (Neo4j must run)")
    up.add_argument("--data", default="data", help="folder of documents to load (default data/)")
    up.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (default 2)")
    up.set_defaults(func=_up)
