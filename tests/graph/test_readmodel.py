"""The read model against a real Neo4j: its rows are what the graph says, and the reads answer as without it.

Two oracles: the migration's rows (built from the graph by Cypher) must equal the writer's (built from
the records in Python), and every answer read through the rows must equal the answer read with no rows
at all (the queries' graph path, main's queries: tasks, provisions and documents by expansion).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import neo4j
import pytest

from graph import readmodel, rendered
from graph import reviews as rv
from graph.answers.json import Rendered, dumps
from graph.hash import graph_hash, orphans
from graph.queries import bodies, projects
from graph.queries import readmodel as q
from graph.reader import Reader
from graph.records import DocumentRecords, NodeRecord, RelRecord
from graph.runs import finish_run, start_run
from graph.schema import apply_schema
from graph.writer import unload_document, write_documents
from tests.conftest import CORPUS
from tests.graph.records_factory import make_doc
from tests.graph.reviewing import fresh, load

OTHER = CORPUS / "dev" / "vpcp_tb634_2025_ttg_thuong_truc_tu_thanhhoa.txt"
DATES = (None, "2020-01-01")


RENDERED = ("head", "tail", "rendering")  # a row's rendered item (graph.rendered), checked by answers()


def rows(driver: neo4j.Driver) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    reader = Reader(driver)
    return (
        [
            {k: v for k, v in r["row"].items() if k not in RENDERED}
            for r in reader.rows(q.ALL_RESPONSIBILITY_ROWS)
        ],
        [r["row"] for r in reader.rows(q.ALL_PROJECT_TASK_ROWS)],
    )


def answers(driver: neo4j.Driver) -> dict[str, Any]:
    """Every body's responsibilities (roles, pages, hidden or not, dates) and every project's detail;
    the API's page (rendered items where the rows have them) has the same bytes as the typed answer."""
    reader = Reader(driver)
    out: dict[str, Any] = {"rendered": 0}
    body_keys = [r["k"] for r in reader.rows("MATCH (b:Body)<-[:ASSIGNED_TO]-() RETURN DISTINCT b.key AS k")]
    for key in sorted(body_keys):
        for hidden in ([], list(rv.HIDDEN_STATES)):
            for as_of in DATES:
                day = None if as_of is None else date.fromisoformat(as_of)
                for role, limit, offset in (
                    (None, 50, 0),
                    (None, 3, 2),
                    ("lead", 5, 0),
                    ("coordinate", 5, 1),
                ):
                    found = bodies.responsibilities(
                        reader, key, role=role, as_of=day, limit=limit, offset=offset, hidden=hidden
                    )
                    assert found is not None
                    items, more = found
                    served = bodies.responsibility_page(
                        reader, key, role=role, as_of=day, limit=limit, offset=offset, hidden=hidden
                    )
                    assert served is not None and served[1] == more
                    assert dumps(served[0]) == dumps(items), key
                    out["rendered"] += sum(isinstance(i, Rendered) for i in served[0])
                    out[f"{key}|{hidden}|{as_of}|{role}|{limit}|{offset}"] = (
                        [i.model_dump(mode="json") for i in items],
                        more,
                    )
    assert bodies.responsibilities(reader, "body/khong-co") is None
    for r in reader.rows("MATCH (p:Project) RETURN p.key AS k"):
        for hidden in ([], list(rv.HIDDEN_STATES)):
            detail = projects.get_project(reader, r["k"], hidden=hidden)
            assert detail is not None
            out[f"{r['k']}|{hidden}"] = detail.model_dump(mode="json")
    return out


def without_rows(driver: neo4j.Driver) -> dict[str, Any]:
    """The answers with every row deleted (the graph path), the rows then built again by migration."""
    kept = rows(driver)
    driver.execute_query("MATCH (r) WHERE r:ResponsibilityRow OR r:ProjectTaskRow DELETE r")
    try:
        found = answers(driver)
        assert found["rendered"] == 0
        return {**found, "rendered": None}
    finally:
        readmodel.migrate(driver)
        assert rows(driver) == kept
        rendered.render(driver)


def check(driver: neo4j.Driver) -> dict[str, Any]:
    """Rows equal the migration's, answers equal the graph path's; returns the answers."""
    written = rows(driver)
    assert written[0] and written[1]
    with_rows = answers(driver)
    assert with_rows["rendered"] > 0  # the rendered path was read, and gave the typed answers' bytes
    # Also checks that migrate() rebuilds the writer's rows exactly.
    assert {**with_rows, "rendered": None} == without_rows(driver)
    return with_rows


@pytest.fixture
def seeded(neo4j_driver: neo4j.Driver, tmp_path: Path) -> Path:
    path = fresh(neo4j_driver, tmp_path)
    load(neo4j_driver, OTHER)
    return path


def test_rows_after_a_load_are_the_graph_s(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    check(neo4j_driver)
    counts = neo4j_driver.execute_query(
        "MATCH (a:Assignment)-[:ASSIGNED_TO]->() WITH count(a) AS a "
        "MATCH (:Task)-[:CONCERNS]->(:Project) RETURN a, count(*) AS p"
    ).records[0]
    responsibilities, project_tasks = rows(neo4j_driver)
    assert (len(responsibilities), len(project_tasks)) == (counts["a"], counts["p"])


def test_unload_and_reload(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    first = rows(neo4j_driver)
    check(neo4j_driver)
    key = neo4j_driver.execute_query(
        "MATCH (r:ProjectTaskRow) WHERE r.document STARTS WITH 'state/VPCP' RETURN r.document AS k LIMIT 1"
    ).records[0]["k"]
    unload_document(neo4j_driver, key)
    assert all(r["document"] != key for part in rows(neo4j_driver) for r in part)
    check(neo4j_driver)
    load(neo4j_driver, OTHER)
    assert rows(neo4j_driver) == first
    # Not the answers before the unload: a body's page follows its ASSIGNED_TO chain, whose order a
    # reload may change (main's order too); the answers are the graph path's on the reloaded graph.
    check(neo4j_driver)


def test_a_graph_loaded_before_the_read_model_gets_its_rows(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    written, digest = rows(neo4j_driver), graph_hash(neo4j_driver)
    neo4j_driver.execute_query("MATCH (r) WHERE r:ResponsibilityRow OR r:ProjectTaskRow DELETE r")
    assert graph_hash(neo4j_driver) == digest  # the rows are not in the hash
    apply_schema(neo4j_driver)  # what every writer's start runs: the migration
    assert rows(neo4j_driver) == written
    assert readmodel.migrate(neo4j_driver) == 0  # once
    assert orphans(neo4j_driver) == {"nodes": 0, "rels": 0}


def _renaming(driver: neo4j.Driver, label: str, key: str, name: str) -> DocumentRecords:
    """A later document that names the shared node `key` with another name (its props merge in)."""
    doc = make_doc("party/TU-quang-ngai/KL/9/2024-01-01", bodies=["Cơ quan tạm"])
    old = next(n for n in doc.nodes if n.label == "Body")
    nodes = [NodeRecord(label, key, {"name": name}) if n is old else n for n in doc.nodes]
    rels = [
        dataclasses.replace(r, end_label=label, end_key=key)
        if r.end_key == old.key
        else dataclasses.replace(r, start_label=label, start_key=key)
        if r.start_key == old.key
        else r
        for r in doc.rels
    ]
    assert any(isinstance(r, RelRecord) and r.end_key == key for r in rels)
    return dataclasses.replace(doc, nodes=nodes, rels=rels)


def test_a_later_document_renaming_shared_nodes_leaves_no_row_stale(
    neo4j_driver: neo4j.Driver, seeded: Path
) -> None:
    reader = Reader(neo4j_driver)
    # A body that is some task's co-body and a project with tasks: both shown by name in others' answers.
    body = reader.rows(
        "MATCH (t:Task)-[:HAS_ASSIGNMENT]->()-[:ASSIGNED_TO]->(b:Body) WITH b, count(DISTINCT t) AS n "
        "WHERE n > 1 RETURN b.key AS k ORDER BY n DESC, k LIMIT 1"
    )[0]["k"]
    project = reader.rows("MATCH (r:ProjectTaskRow) RETURN r.project AS k ORDER BY k LIMIT 1")[0]["k"]
    before = rows(neo4j_driver)
    for label, key in (("Body", body), ("Project", project)):
        run = start_run(neo4j_driver, input_path="test")
        totals = write_documents(neo4j_driver, [_renaming(neo4j_driver, label, key, f"Tên mới {label}")], run)
        finish_run(neo4j_driver, run)
        assert not totals.failed, [s.error for s in totals.failed]
    after = check(neo4j_driver)
    text = repr(after)
    assert "Tên mới Body" in text and "Tên mới Project" in text
    assert rows(neo4j_driver) == before  # the rows hold no shared node's name


def test_reviews_show_in_responsibilities_as_without_rows(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    facts = [f for f in rv.proposed_facts(Reader(neo4j_driver)) if not f.reviewer_made]
    a, b, c, d, e = facts[3], facts[10], facts[25], facts[40], facts[60]
    done = rv.record_reviews(
        neo4j_driver,
        [
            rv.Decision(a.key, "rejected", "no"),
            rv.Decision(b.key, "corrected", "role", role="monitor" if b.role != "monitor" else "lead"),
            rv.Decision(c.key, "corrected", "body", body=d.body.key),
            rv.Decision(e.task.key, "added", "missed", role="coordinate", body=a.body.key),
        ],
        "Lan",
    )
    assert len([x for x in done if x.made_key]) == 3
    after = check(neo4j_driver)
    states: dict[bool, set[str]] = {True: set(), False: set()}
    for key, value in after.items():
        if "|" in key and isinstance(value, tuple):
            shown_all = key.split("|")[1] == "[]"
            states[shown_all].update(item["review_state"] for item in value[0])
    # The corrections and the addition show (accepted), the rejected and corrected only when asked.
    assert {"accepted", "rejected", "corrected", "proposed"} <= states[True]
    assert "accepted" in states[False] and not {"rejected", "corrected"} & states[False]
