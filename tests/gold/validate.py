"""Check the hand gold: every quote is an exact substring of its source; assignment quotes are unique."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("references", "bodies", "projects", "indicators", "assignments")


def corpus_roots() -> list[Path]:
    """Where the corpus may be: the shared tree first, then the repository's data/."""
    repo = HERE.parent.parent
    return [repo.parent / "shared" / "corpus", repo / "data"]


def source_text(source: str) -> str:
    """The raw text of a gold document's source (NFC), from the first root that has it."""
    for root in corpus_roots():
        path = root / source
        if path.exists():
            return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    raise FileNotFoundError(source)


def problems(gold_file: Path) -> list[str]:
    """Every quote problem in one gold file."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    raw = source_text(gold["source"])
    out = []
    keys = {b["key"] for b in gold["bodies"]}
    for kind in KINDS:
        for item in gold[kind]:
            if item["quote"] not in raw:
                out.append(f"{gold_file.name}: {kind} quote not in source: {item['quote']!r}")
    for a in gold["assignments"]:
        if raw.count(a["quote"]) > 1:
            out.append(f"{gold_file.name}: assignment quote not unique: {a['quote']!r}")
        for k in (a["body_key"], a["to_key"]):
            if k and k not in keys:
                out.append(f"{gold_file.name}: assignment body not among bodies: {k}")
    return out


def gold_files() -> list[Path]:
    """The gold documents (not floor/baseline files)."""
    return sorted(p for p in HERE.glob("*.json") if "source" in json.loads(p.read_text(encoding="utf-8")))


if __name__ == "__main__":
    found = [p for f in gold_files() for p in problems(f)]
    print("\n".join(found) or f"ok: {len(gold_files())} gold files")
    sys.exit(1 if found else 0)
