"""`kg validate [PATH]`: the loaded graph, or a document's records before loading, against the shapes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from ontology.validate import ValidationResult


@click.command(short_help="check the graph or a document against the SHACL shapes")
@click.argument("path", required=False, type=click.Path())
@click.option("--jurisdiction", metavar="SLUG", help="as for `kg load`, for text without a letterhead")
def validate(path: str | None, jurisdiction: str | None) -> int:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl) and print the violations.

    Without PATH: the graph in NEO4J_DATABASE, as loaded. With PATH (a document, or a folder of
    them): each document's records as `kg load` would write them, without touching the database.
    One line per violation (focus node, path: message), then a summary. Exit status 0 when the
    graph conforms, 1 on any violation (or when a document cannot be read).
    """
    if path is None:
        return _report("the graph", _loaded_graph())
    from loaders.read.discover import discover

    target = Path(path)
    files = discover([target])
    if not files:
        print(f"error: {target}: no .txt, .md, .pdf or .docx document here", file=sys.stderr)
        return 1
    return max(_report(str(file), _document(file, jurisdiction)) for file in files)


def _loaded_graph() -> ValidationResult:
    from graph.conformance import validate_graph
    from graph.driver import driver_from_settings
    from graph.settings import get_neo4j_settings

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver:
        return validate_graph(driver, settings.neo4j_database)


def _document(path: Path, jurisdiction: str | None) -> ValidationResult:
    from graph.conformance import validate_records
    from loaders.extract.pipeline import extract_file
    from loaders.records import to_records
    from loaders.settings import get_loader_settings

    ex = extract_file(path, max_bytes=get_loader_settings().max_file_bytes, jurisdiction=jurisdiction)
    return validate_records(to_records(ex, str(path)))


def _report(what: str, result: ValidationResult) -> int:
    """One line per violation, then the summary line; the exit status."""
    for line in result.messages:
        print(line)
    if result.conforms:
        print(f"{what} conforms to the shapes")
        return 0
    focus = len({v.focus for v in result.violations})
    print(f"{what}: {len(result.violations)} violation(s) on {focus} node(s)")
    return 1
