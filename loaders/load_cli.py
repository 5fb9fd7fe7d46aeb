"""`kg load PATH...` and `kg unload DOCUMENT_KEY`."""

from __future__ import annotations

import argparse
import sys

from graph.driver import driver_from_settings
from graph.settings import get_settings
from graph.writer import DEFAULT_BATCH_DOCS, unload_document
from loaders.load import load_paths


def _load(args: argparse.Namespace) -> int:
    settings = get_settings()
    with driver_from_settings(settings) as driver:
        report = load_paths(
            driver,
            args.paths,
            batch_docs=args.batch_docs,
            force=args.force,
            progress=not args.quiet and sys.stderr.isatty(),
            database=settings.neo4j_database,
            max_bytes=settings.max_file_bytes,
            jurisdiction=args.jurisdiction,
        )
    print("\n".join(report.lines()))
    return 1 if report.failed and not report.written and not report.unchanged else 0


def _unload(args: argparse.Namespace) -> int:
    settings = get_settings()
    with driver_from_settings(settings) as driver:
        summary = unload_document(driver, args.key, database=settings.neo4j_database)
    if not summary.written:
        print(f"{args.key} is not loaded; nothing removed")
        return 3
    print(f"{args.key} unloaded: {summary.counts['deleted']} node(s) and relationship(s) deleted")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `load` and `unload` to the `kg` command."""
    load = subparsers.add_parser(
        "load", help="load documents (.txt, .pdf, .docx files or folders) into the graph"
    )
    load.add_argument("paths", nargs="+", metavar="PATH", help="files, or folders searched recursively")
    load.add_argument(
        "--batch-docs",
        type=int,
        default=DEFAULT_BATCH_DOCS,
        help=f"documents per transaction (default {DEFAULT_BATCH_DOCS})",
    )
    load.add_argument("--force", action="store_true", help="rewrite documents whose source is unchanged")
    load.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    load.add_argument(
        "--jurisdiction",
        metavar="SLUG",
        help="for text without a letterhead: a province slug (loaders/gazetteer/national/provinces.csv) "
        "or vn; a <stem>.meta.json beside a file gives it per file",
    )
    load.set_defaults(func=_load)
    unload = subparsers.add_parser("unload", help="remove a document's facts from the graph")
    unload.add_argument("key", metavar="DOCUMENT_KEY", help="e.g. state/VPCP/TB/634/2025-11-22")
    unload.set_defaults(func=_unload)
