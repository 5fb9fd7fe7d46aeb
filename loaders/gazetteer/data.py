"""The gazetteer's data files: UTF-8 CSV with a header, read from the package (importlib.resources)."""

from __future__ import annotations

import csv
import io
from importlib import resources

from ontology.text import nfc


def read_text(*path: str) -> str:
    """The text of a data file under loaders/gazetteer/."""
    return resources.files("loaders").joinpath("gazetteer", *path).read_text(encoding="utf-8")


def rows(*path: str) -> list[dict[str, str]]:
    """The rows of a gazetteer data file (UTF-8 CSV with a header)."""
    return list(csv.DictReader(io.StringIO(read_text(*path))))


def optional_rows(name: str) -> list[dict[str, str]]:
    """The rows of a data file that may be absent (empty then)."""
    try:
        return rows(name)
    except FileNotFoundError:
        return []


def split(value: str | None) -> list[str]:
    """A '|'-separated cell as NFC strings."""
    return [nfc(a.strip()) for a in (value or "").split("|") if a.strip()]
