"""Which files in the folders given are documents: .txt, .md, .pdf and .docx, a folder's own notes left out.

Kept apart from loading so that `kg extract FOLDER` finds its files without importing the graph driver.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SUFFIXES = (".txt", ".md", ".pdf", ".docx")
NOT_DOCUMENTS = ("readme", "changelog", "license")  # a folder's own notes are not documents to load


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and path.stem.lower() not in NOT_DOCUMENTS


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The files to load: given files, and .txt/.md/.pdf/.docx files under given folders (recursive, a
    folder's README left out), sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and _is_document(f)))
        else:
            found.append(p)
    return list(dict.fromkeys(found))
