"""`kg extract PATH [--format json|summary]`: extraction only, no database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from loaders.errors import LoaderError
from loaders.extract import extract_file
from loaders.read import DEFAULT_MAX_BYTES


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `extract` command to a parent CLI."""
    p = subparsers.add_parser("extract", help="extract facts from one document (no database); print JSON")
    p.add_argument(
        "path", help="a .txt (UTF-8/UTF-16/Windows-1258/TCVN3/VNI), .pdf or .docx file, or a folder of them"
    )
    p.add_argument("--format", choices=("json", "summary"), default="json", help="output format")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files")
    p.add_argument("--with-text", action="store_true", help="include the normalised text in the JSON")
    p.add_argument(
        "--jurisdiction",
        metavar="SLUG",
        help="for text without a letterhead: a province slug (loaders/gazetteer/national/provinces.csv) "
        "or vn for the centre; otherwise a <stem>.meta.json beside the file, else the letterhead decides",
    )
    p.set_defaults(func=run)


def _one(path: Path, args: argparse.Namespace) -> dict[str, Any] | None:
    """Extract one file and print its summary (or return its JSON); a bad file prints one error line."""
    from loaders.to_records import document_key

    try:
        ex = extract_file(path, max_bytes=args.max_bytes, jurisdiction=args.jurisdiction)
        key = document_key(ex)
    except LoaderError as e:
        print(f"error: {e}", file=sys.stderr)
        return None
    if args.format == "json":
        data = json.loads(ex.to_json(with_text=args.with_text))
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


def run(args: argparse.Namespace) -> int:
    """Run `extract` on a file, or on every .txt/.pdf/.docx file under a folder (JSON: one per line).

    A bad file prints one `error:` line to stderr; the status is 2 when any file failed.
    """
    from loaders.load import discover

    target = Path(args.path)
    files = discover([target]) if target.is_dir() else [target]
    if target.is_dir() and not files:
        print(f"error: {target}: no .txt, .md, .pdf or .docx document in this folder", file=sys.stderr)
        return 2
    failed = 0
    for path in files:
        data = _one(path, args)
        failed += data is None
        if data and args.format == "json":
            print(json.dumps(data, ensure_ascii=False, indent=None if target.is_dir() else 2))
    return 2 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point (`python -m loaders.cli extract PATH`)."""
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
