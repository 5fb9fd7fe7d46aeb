"""`kg extract`, `kg load` and `kg unload`: documents to facts, facts into the graph and out again."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

JURISDICTION = (
    "For text without a letterhead: a province slug (loaders/gazetteer/national/provinces.csv) or vn for "
    "the centre. Otherwise a <stem>.meta.json beside a file gives it per file, else the letterhead decides."
)


@click.command(short_help="extract facts from a document or folder (no database)")
@click.argument("path", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "summary"]),
    default="json",
    show_default=True,
    help="json: every extracted fact; summary: the header fields and a count per kind",
)
@click.option("--max-bytes", type=int, default=None, help="refuse larger files  [default: MAX_FILE_BYTES]")
@click.option("--with-text", is_flag=True, help="include the normalised text in the JSON")
@click.option("--jurisdiction", metavar="SLUG", help=JURISDICTION)
def extract(path: str, fmt: str, max_bytes: int | None, with_text: bool, jurisdiction: str | None) -> int:
    """Extract facts from one document, or each document in a folder; no database.

    PATH is a .txt (UTF-8, UTF-16, Windows-1258, TCVN3 or VNI), .md, .pdf or .docx file, or a folder
    of them (searched recursively; JSON is then one document per line). A bad file prints one
    `error:` line on stderr and the exit status is 2.
    """
    from loaders.settings import get_loader_settings

    limit = max_bytes if max_bytes is not None else get_loader_settings().max_file_bytes
    target = Path(path)
    if target.is_dir():
        from loaders.read.discover import discover

        files = discover([target])
        if not files:
            print(f"error: {target}: no .txt, .md, .pdf or .docx document in this folder", file=sys.stderr)
            return 2
    else:
        files = [target]
    failed = 0
    for file in files:
        data = _extract_one(file, fmt, limit, with_text, jurisdiction)
        failed += data is None
        if data and fmt == "json":
            print(json.dumps(data, ensure_ascii=False, indent=None if target.is_dir() else 2))
    return 2 if failed else 0


def _extract_one(
    path: Path, fmt: str, max_bytes: int, with_text: bool, jurisdiction: str | None
) -> dict[str, Any] | None:
    """One file's JSON (or its summary printed, and {}); None after printing its one error line."""
    from loaders.errors import LoaderError
    from loaders.extract.pipeline import extract_file
    from loaders.records import document_key

    try:
        ex = extract_file(path, max_bytes=max_bytes, jurisdiction=jurisdiction)
        key = document_key(ex)
    except LoaderError as e:
        print(f"error: {e}", file=sys.stderr)
        return None
    if fmt == "json":
        data: dict[str, Any] = json.loads(ex.to_json(with_text=with_text))
        data["document"]["key"] = key  # the key `kg load` writes it under
        return data
    doc = ex.document
    print(
        f"{doc.name}\n  key={key}\n  type={doc.fields.get('doc_type')} issuer={doc.fields.get('issuer')} "
        f"date={doc.fields.get('date')} place={doc.fields.get('place')}\n"
        f"  jurisdiction={doc.fields.get('jurisdiction')} subject={doc.fields.get('subject_jurisdiction')}"
    )
    for name, lst in ex.items.items():
        print(f"  {name}: {len(lst)}")
    for w in ex.warnings:
        print(f"  warning: {w}")
    return {}


@click.command(short_help="load documents (files or folders) into the graph")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...", type=click.Path())
@click.option("--batch-docs", type=int, default=None, help="documents per transaction  [default: 50]")
@click.option("--force", is_flag=True, help="rewrite documents whose source is unchanged")
@click.option("-q", "--quiet", is_flag=True, help="no progress bar")
@click.option("--jurisdiction", metavar="SLUG", help=JURISDICTION)
def load(
    paths: tuple[str, ...], batch_docs: int | None, force: bool, quiet: bool, jurisdiction: str | None
) -> int:
    """Load documents (.txt, .md, .pdf, .docx files, or folders searched recursively) into the graph.

    Idempotent: an unchanged source is skipped (unless --force), a changed one replaces its previous
    version. Prints one line per document and a summary; exit 1 when nothing could be loaded.
    """
    from graph.driver import driver_from_settings
    from graph.settings import get_neo4j_settings
    from graph.writer import DEFAULT_BATCH_DOCS
    from loaders.load import load_paths
    from loaders.settings import get_loader_settings

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver:
        report = load_paths(
            driver,
            list(paths),
            batch_docs=batch_docs if batch_docs is not None else DEFAULT_BATCH_DOCS,
            force=force,
            progress=not quiet and sys.stderr.isatty(),
            database=settings.neo4j_database,
            max_bytes=get_loader_settings().max_file_bytes,
            jurisdiction=jurisdiction,
        )
    print("\n".join(report.lines()))
    return 1 if report.failed and not report.written and not report.unchanged else 0


@click.command(short_help="remove a document's facts from the graph")
@click.argument("key", metavar="DOCUMENT_KEY")
def unload(key: str) -> int:
    """Remove a document's facts from the graph, e.g. `kg unload state/VPCP/TB/634/2025-11-22`.

    Nodes other documents also support stay. Exit status 3 when the document is not loaded.
    """
    from graph.driver import driver_from_settings
    from graph.settings import get_neo4j_settings
    from graph.writer import unload_document

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver:
        summary = unload_document(driver, key, database=settings.neo4j_database)
    if not summary.written:
        print(f"{key} is not loaded; nothing removed")
        return 3
    print(f"{key} unloaded: {summary.counts['deleted']} node(s) and relationship(s) deleted")
    return 0
