"""Which files in the folders given are documents: .txt, .md, .pdf and .docx, a folder's own notes left out.

Kept apart from loading so that `kg extract FOLDER` finds its files without importing the graph driver.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from loaders.errors import InputError

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


def sidecar_jurisdiction(path: Path) -> str | None:
    """The jurisdiction a `<stem>.meta.json` file beside the document gives, if there is one."""
    meta = path.with_name(f"{path.stem}.meta.json")
    if not meta.is_file():
        return None
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"{meta}: not a readable JSON metadata file ({e})") from e
    value = data.get("jurisdiction") if isinstance(data, dict) else None
    if value is not None and not isinstance(value, str):
        raise InputError(f"{meta}: 'jurisdiction' must be a string")
    return value
