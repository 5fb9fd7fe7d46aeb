"""`kg review export|import`: offline review of extracted facts as CSV (graph.review_csv's functions)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group("review", short_help="offline review of extracted facts as CSV")
def group() -> None:
    """Offline review: export a document's or a body's proposed facts as CSV for a spreadsheet (one row a
    fact, with its quote), fill in the decision columns, and import the decisions back."""


@group.command("export", short_help="a document's or a body's proposed facts as CSV")
@click.option("--document", help="a document's key")
@click.option("--body", help="a body's key")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="file to write")
def export(document: str | None, body: str | None, output: Path | None) -> int:
    """Write the proposed (not yet reviewed) facts of a document or a body as CSV, to OUTPUT or stdout."""
    from graph.driver import driver_from_settings
    from graph.review_csv import export_csv
    from graph.settings import get_neo4j_settings

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver:
        if output:
            with output.open("w", encoding="utf-8", newline="") as out:
                n = export_csv(driver, out, document=document, body=body, database=settings.neo4j_database)
        else:
            n = export_csv(driver, sys.stdout, document=document, body=body, database=settings.neo4j_database)
    click.echo(f"{n} proposed fact(s) exported", err=True)
    return 0


@group.command("import", short_help="apply the decisions of a filled-in CSV")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--reviewer", required=True, help="the reviewer's name, recorded in each review")
def import_(file: Path, reviewer: str) -> int:
    """Apply the decisions of FILE (as exported, with decision, reason, new_role, new_body filled in);
    print what was applied and what could not be (exit 1 when a row could not be applied)."""
    from graph.driver import driver_from_settings
    from graph.review_csv import import_csv
    from graph.settings import get_neo4j_settings

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver, file.open(encoding="utf-8", newline="") as src:
        report = import_csv(driver, src, reviewer, database=settings.neo4j_database)
    click.echo("\n".join(report.lines()))
    return 1 if report.failed else 0
