"""The `kg` command: one entry point over the packages' own sub-commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from api import review_cli, serve, up
from graph import cli as graph_cli
from graph.errors import GraphError
from loaders import cli as loaders_cli
from loaders import load_cli
from loaders.errors import LoaderError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `kg` with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="kg", description="Knowledge graph of Vietnamese policy directives and infrastructure projects"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    graph_cli.register(sub)
    graph_cli.register_graph(sub)
    graph_cli.register_export(sub)
    loaders_cli.register(sub)
    load_cli.register(sub)
    serve.register(sub)
    up.register(sub)
    review_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `kg`; errors are printed as one line and give a non-zero exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ValidationError as e:
        first = e.errors()[0]
        print(f"error: setting {'.'.join(map(str, first['loc'])).upper()} {first['msg']}", file=sys.stderr)
        return 2
    except (GraphError, LoaderError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
