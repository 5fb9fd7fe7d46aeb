"""Offline review: a document's or a body's proposed facts as CSV for a spreadsheet, and the decisions back.

One row a fact, with its quote and version; the reviewer fills in `decision` (accepted, rejected,
corrected, added), `reason`, and for a correction `new_role` / `new_body` (an addition: a row with the
task's key in `task`, an empty `fact`, `decision` added, `new_role` and `new_body`). Import records each
row on its own (one row's conflict does not block the others) and reports the rows it could not apply.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from typing import TextIO

import neo4j

from graph.reader import Reader
from graph.reviews import ADDED, Decision, ReviewError, proposed_facts, record_reviews

COLUMNS = (
    "fact",
    "document",
    "path",
    "task",
    "task_name",
    "role",
    "body",
    "body_name",
    "confidence",
    "quote",
    "version",
    "decision",
    "reason",
    "new_role",
    "new_body",
    "new_quote",
)


@dataclass
class ImportReport:
    """What an import did: rows applied, rows left blank, and each row it could not apply, with why."""

    applied: int = 0
    blank: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """A human summary, one line a failure."""
        out = [
            f"{self.applied} decision(s) applied, {self.blank} row(s) without one, {len(self.failed)} failed"
        ]
        out += [f"line {n}: {why}" for n, why in self.failed]
        return out


def export_csv(
    driver: neo4j.Driver,
    out: TextIO,
    *,
    document: str | None = None,
    body: str | None = None,
    database: str | None = None,
) -> int:
    """Write the proposed facts of a document or a body (or all) as CSV; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    facts = proposed_facts(Reader(driver, database), document=document, body=body)
    for f in facts:
        writer.writerow(
            {
                "fact": f.key,
                "document": f.document,
                "path": f.path,
                "task": f.task.key,
                "task_name": f.task.name,
                "role": f.role,
                "body": f.body.key,
                "body_name": f.body.name,
                "confidence": f.confidence,
                "quote": f.quote,
                "version": f.version,
            }
        )
    return len(facts)


def _cell(row: dict[str, str | None], name: str) -> str | None:
    value = (row.get(name) or "").strip()
    return unicodedata.normalize("NFC", value) if value else None


def _decision(row: dict[str, str | None]) -> Decision:
    decision = (_cell(row, "decision") or "").lower()
    fact = _cell(row, "task") if decision == ADDED else _cell(row, "fact")
    version = _cell(row, "version")
    if fact is None:
        raise ValueError("no fact key (an addition names its task in `task`)")
    if version is not None and not version.isdigit():
        raise ValueError(f"version {version!r} is not a number")
    return Decision(
        fact=fact,
        decision=decision,
        reason=_cell(row, "reason"),
        role=_cell(row, "new_role"),
        body=_cell(row, "new_body"),
        quote=_cell(row, "new_quote"),
        version=int(version) if version is not None and decision != ADDED else None,
    )


def import_csv(
    driver: neo4j.Driver, source: TextIO, reviewer: str, *, database: str | None = None
) -> ImportReport:
    """Apply the decisions of an exported CSV filled in by `reviewer`; rows without a decision are skipped."""
    report = ImportReport()
    reader = csv.DictReader(source)
    missing = {"fact", "decision"} - set(reader.fieldnames or ())
    if missing:
        report.failed.append((1, f"the header lacks {', '.join(sorted(missing))}"))
        return report
    for row in reader:
        line = reader.line_num
        if not _cell(row, "decision"):
            report.blank += 1
            continue
        try:
            record_reviews(driver, [_decision(row)], reviewer, database)
        except (ValueError, ReviewError) as e:
            report.failed.append((line, str(e)))
        else:
            report.applied += 1
    return report
