"""`kg review export|import`: argparse wiring only, over graph.review_csv's plain functions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.driver import driver_from_settings
from graph.review_csv import export_csv, import_csv
from graph.settings import get_settings


def _export(args: argparse.Namespace) -> int:
    settings = get_settings()
    with driver_from_settings(settings) as driver:
        if args.output:
            with Path(args.output).open("w", encoding="utf-8", newline="") as out:
                n = export_csv(
                    driver, out, document=args.document, body=args.body, database=settings.neo4j_database
                )
        else:
            n = export_csv(
                driver, sys.stdout, document=args.document, body=args.body, database=settings.neo4j_database
            )
    print(f"{n} proposed fact(s) exported", file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
    settings = get_settings()
    with driver_from_settings(settings) as driver, Path(args.file).open(encoding="utf-8", newline="") as src:
        report = import_csv(driver, src, args.reviewer, database=settings.neo4j_database)
    print("\n".join(report.lines()))
    return 1 if report.failed else 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `review export` and `review import`."""
    review = subparsers.add_parser("review", help="offline review of extracted facts as CSV").add_subparsers(
        dest="review_command", required=True
    )
    export = review.add_parser("export", help="a document's or a body's proposed facts as CSV")
    export.add_argument("--document", help="a document's key")
    export.add_argument("--body", help="a body's key")
    export.add_argument("-o", "--output", help="file to write (default standard output)")
    export.set_defaults(func=_export)
    imp = review.add_parser("import", help="apply the decisions of a filled-in CSV")
    imp.add_argument(
        "file", help="the CSV (as exported, with decision, reason, new_role, new_body filled in)"
    )
    imp.add_argument("--reviewer", required=True, help="the reviewer's name, recorded in each review")
    imp.set_defaults(func=_import)
