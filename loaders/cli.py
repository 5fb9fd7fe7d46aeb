"""`kg extract PATH [--format json|summary]`: extraction only, no database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from loaders.errors import LoaderError
from loaders.extract import extract_file
from loaders.read import DEFAULT_MAX_BYTES


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `extract` command to a parent CLI."""
    p = subparsers.add_parser("extract", help="extract facts from one document (no database); print JSON")
    p.add_argument("path", help="a .txt (UTF-8/UTF-16/Windows-1258/TCVN3/VNI), .pdf or .docx file")
    p.add_argument("--format", choices=("json", "summary"), default="json", help="output format")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files")
    p.add_argument("--with-text", action="store_true", help="include the normalised text in the JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `extract`; a bad file prints one `error:` line to stderr and returns 2."""
    try:
        ex = extract_file(args.path, max_bytes=args.max_bytes)
    except LoaderError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(ex.to_json(with_text=args.with_text))
    else:
        doc = ex.document
        print(
            f"{doc.name}\n  type={doc.fields.get('doc_type')} issuer={doc.fields.get('issuer')} "
            f"date={doc.fields.get('date')} place={doc.fields.get('place')}"
        )
        for key, lst in ex.items.items():
            print(f"  {key}: {len(lst)}")
        for w in ex.warnings:
            print(f"  warning: {w}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point (`python -m loaders.cli extract PATH`)."""
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
