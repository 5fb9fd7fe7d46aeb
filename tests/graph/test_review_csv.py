"""Offline review against a real Neo4j: export the proposed facts as CSV, fill it in, import every row."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import neo4j

from graph.review_csv import COLUMNS, export_csv, import_csv
from tests.graph.reviewing import fresh, one

DECISIONS = ("accepted", "rejected", "corrected")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_export_import_round_trip_applies_every_row(neo4j_driver: neo4j.Driver, tmp_path: Path) -> None:
    fresh(neo4j_driver, tmp_path)
    doc = one(neo4j_driver, "MATCH (d:Document) WHERE d.loaded RETURN d.key AS key")
    assert doc is not None
    out = io.StringIO()
    n = export_csv(neo4j_driver, out, document=doc["key"])
    rows = _rows(out.getvalue())
    assert n == len(rows) > 3 and list(rows[0]) == list(COLUMNS)
    assert all(r["quote"] and r["version"] == "0" for r in rows)
    for i, row in enumerate(rows):
        row["decision"] = DECISIONS[i % 3]
        row["reason"] = "kiểm tra lại"
        if row["decision"] == "corrected":
            row["new_role"] = "monitor" if row["role"] != "monitor" else "report"
    added = {
        **rows[0],
        "fact": "",
        "decision": "added",
        "new_role": "coordinate",
        "new_body": rows[1]["body"],
    }
    filled = io.StringIO()
    writer = csv.DictWriter(filled, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows([*rows, added])
    report = import_csv(neo4j_driver, io.StringIO(filled.getvalue()), "Lan")
    assert (report.applied, report.failed) == (n + 1, [])
    counts = one(
        neo4j_driver,
        "MATCH (r:Review) RETURN count(r) AS reviews, "
        "count(CASE WHEN r.decision = 'rejected' THEN 1 END) AS rejected, "
        "count(CASE WHEN r.made_key IS NOT NULL THEN 1 END) AS made",
    )
    assert counts == {
        "reviews": n + 1,
        "rejected": sum(r["decision"] == "rejected" for r in rows),
        "made": sum(r["decision"] == "corrected" for r in rows) + 1,
    }
    # Nothing of the document is left to review, and the same file again conflicts on every judged row.
    again = io.StringIO()
    assert export_csv(neo4j_driver, again, document=doc["key"]) == 0
    stale = import_csv(neo4j_driver, io.StringIO(filled.getvalue()), "Minh")
    assert stale.applied == 1 and len(stale.failed) == n  # only the addition needs no version
    assert all("version" in why for _, why in stale.failed)


def test_an_import_reports_rows_it_cannot_apply(neo4j_driver: neo4j.Driver, tmp_path: Path) -> None:
    fresh(neo4j_driver, tmp_path)
    text = "fact,decision,reason,version\nnope#1/t1/lead/body/vn/x,rejected,,0\n,accepted,,\nx,maybe,,\n"
    report = import_csv(neo4j_driver, io.StringIO(text), "Lan")
    assert report.applied == 0 and report.blank == 0
    assert [line for line, _ in report.failed] == [2, 3, 4]
    assert "no assignment" in report.failed[0][1] and "not one of" in report.failed[2][1]
