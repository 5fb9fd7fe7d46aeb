"""Reviews against a real Neo4j: they survive reloads, changed versions and unloads; racing ones conflict."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import neo4j
import pytest

from graph import reviews as rv
from graph.answers.reviews import Fact
from graph.queries import reviews as q
from graph.reader import Reader
from graph.writer import unload_document
from tests.graph.reviewing import fresh, load, match_state, one, review_state


@pytest.fixture
def seeded(neo4j_driver: neo4j.Driver, tmp_path: Path) -> Path:
    return fresh(neo4j_driver, tmp_path)


def _facts(driver: neo4j.Driver, n: int) -> list[Fact]:
    """n proposed assignments of the seed in distinct provisions, with quotes that share no text."""
    out: list[Fact] = []
    for fact in rv.proposed_facts(Reader(driver)):
        quote = fact.quote
        if not quote or len(quote) < 40 or fact.reviewer_made or fact.implied:
            continue
        if all(o.path != fact.path and quote not in o.quote and o.quote not in quote for o in out):
            out.append(fact)
        if len(out) == n:
            return out
    raise AssertionError(f"the seed has fewer than {n} assignments in distinct provisions")


def test_a_rejection_survives_a_reload(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    fact = _facts(neo4j_driver, 1)[0]
    [done] = rv.record_reviews(neo4j_driver, [rv.Decision(fact.key, "rejected", "not this body")], "Lan")
    assert review_state(neo4j_driver, fact.key) == "rejected" and done.version == 1
    load(neo4j_driver, seeded)
    assert review_state(neo4j_driver, fact.key) == "rejected"
    assert match_state(neo4j_driver, done.key) == "applied"
    judged = one(neo4j_driver, "MATCH (r:Review {key: $k})-[:JUDGES]->(a) RETURN a.key AS key", k=done.key)
    assert judged == {"key": fact.key}
    fetched = rv.get_fact(Reader(neo4j_driver), fact.key)
    assert fetched is not None and fetched.version == 1


def test_a_changed_version_keeps_what_survives_and_orphans_the_rest(
    neo4j_driver: neo4j.Driver, seeded: Path
) -> None:
    kept, dropped = _facts(neo4j_driver, 2)
    done = rv.record_reviews(
        neo4j_driver, [rv.Decision(kept.key, "rejected"), rv.Decision(dropped.key, "rejected")], "Lan"
    )
    text = seeded.read_text(encoding="utf-8")
    # The changed version: the dropped fact's sentence is gone (quotes are normalised text: any spacing).
    sentence = re.compile(r"\s+".join(map(re.escape, dropped.quote.split())))
    assert len(sentence.findall(text)) == 1
    seeded.write_text(sentence.sub("", text, count=1), encoding="utf-8")
    load(neo4j_driver, seeded)
    assert match_state(neo4j_driver, done[0].key) == "applied"
    assert match_state(neo4j_driver, done[1].key) == "orphaned"
    row = one(
        neo4j_driver,
        "MATCH (r:Review {key: $k})-[:JUDGES]->(a:Assignment) RETURN a.key AS key, a.review_state AS state",
        k=done[0].key,
    )
    assert row is not None and row["state"] == "rejected"
    orphans = rv.review_log(Reader(neo4j_driver), match_state="orphaned")[0]
    assert [r.key for r in orphans] == [done[1].key]


def test_a_corrected_role_and_an_added_assignment_survive_a_reload(
    neo4j_driver: neo4j.Driver, seeded: Path
) -> None:
    fact, other = _facts(neo4j_driver, 2)
    role = "monitor" if fact.role != "monitor" else "report"
    corrected, added = rv.record_reviews(
        neo4j_driver,
        [
            rv.Decision(fact.key, "corrected", "the body monitors", role=role),
            rv.Decision(other.task.key, "added", "missed", role="coordinate", body=fact.body.key),
        ],
        "Lan",
    )
    for _ in range(2):
        load(neo4j_driver, seeded)
        assert review_state(neo4j_driver, fact.key) == "corrected"
        made = one(
            neo4j_driver,
            "MATCH (t:Task)-[:HAS_ASSIGNMENT]->(m:Assignment {key: $k})-[:CORRECTS]->(o:Assignment) "
            "MATCH (m)-[:ASSIGNED_TO]->(b:Body) MATCH (m)-[:SUPPORTED_BY]->(e:Evidence) "
            "RETURN t.key AS task, m.role AS role, o.key AS original, b.key AS body, e.rule AS rule",
            k=corrected.made_key,
        )
        assert made == {
            "task": fact.task.key,
            "role": role,
            "original": fact.key,
            "body": fact.body.key,
            "rule": "reviewer",
        }
        new = one(
            neo4j_driver,
            "MATCH (t:Task)-[:HAS_ASSIGNMENT]->(m:Assignment {key: $k})-[:ASSIGNED_TO]->(b:Body) "
            "RETURN t.key AS task, m.role AS role, b.key AS body, m.review_state AS state",
            k=added.made_key,
        )
        assert new == {
            "task": other.task.key,
            "role": "coordinate",
            "body": fact.body.key,
            "state": "accepted",
        }
    # A reviewer-made fact is a fact like the others: rejecting it holds across a reload too.
    [undo] = rv.record_reviews(neo4j_driver, [rv.Decision(added.made_key, "rejected")], "Minh")
    load(neo4j_driver, seeded)
    assert review_state(neo4j_driver, added.made_key) == "rejected"
    assert match_state(neo4j_driver, undo.key) == "applied"
    log = rv.review_log(Reader(neo4j_driver), document=fact.document, decision="rejected")[0]
    assert [r.key for r in log] == [undo.key]


def test_unloading_keeps_the_log_and_a_reload_applies_it_again(
    neo4j_driver: neo4j.Driver, seeded: Path
) -> None:
    fact = _facts(neo4j_driver, 1)[0]
    [done] = rv.record_reviews(neo4j_driver, [rv.Decision(fact.key, "rejected")], "Lan")
    assert unload_document(neo4j_driver, fact.document).written
    assert match_state(neo4j_driver, done.key) == "orphaned"
    log = rv.review_log(Reader(neo4j_driver), document=fact.document)[0]
    assert [(r.key, r.reviewer, r.decision) for r in log] == [(done.key, "Lan", "rejected")]
    load(neo4j_driver, seeded)
    assert match_state(neo4j_driver, done.key) == "applied"
    assert review_state(neo4j_driver, fact.key) == "rejected"


def test_a_stale_version_conflicts_and_records_nothing(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    a, b = _facts(neo4j_driver, 2)
    rv.record_reviews(neo4j_driver, [rv.Decision(a.key, "accepted", version=0)], "Lan")
    with pytest.raises(rv.ReviewConflict) as e:
        rv.record_reviews(
            neo4j_driver,
            [rv.Decision(b.key, "rejected", version=0), rv.Decision(a.key, "rejected", version=0)],
            "Minh",
        )
    assert e.value.current == [{"key": a.key, "version": 1, "review_state": "accepted"}]
    assert review_state(neo4j_driver, b.key) is None  # nothing half-applied
    assert review_state(neo4j_driver, a.key) == "accepted"


def test_two_reviewers_racing_one_wins_one_conflicts(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    fact = _facts(neo4j_driver, 1)[0]
    outcome: dict[str, object] = {}
    # The first reviewer's transaction holds the fact's version bump, uncommitted, while the second runs.
    with neo4j_driver.session() as session:
        tx = session.begin_transaction()
        first = list(tx.run(q.CHECK_AND_BUMP, rows=[{"i": 0, "key": fact.key, "version": 0}]))
        assert first[0]["ok"]

        def second() -> None:
            try:
                outcome["second"] = rv.record_reviews(
                    neo4j_driver, [rv.Decision(fact.key, "rejected", version=0)], "Minh"
                )
            except rv.ReviewConflict as e:
                outcome["second"] = e

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(timeout=2)
        assert thread.is_alive(), "the second reviewer did not wait for the first one's lock"
        tx.commit()
    thread.join(timeout=30)
    assert isinstance(outcome["second"], rv.ReviewConflict)
    assert outcome["second"].current[0]["version"] == 1


def test_malformed_and_unknown_decisions_are_refused(neo4j_driver: neo4j.Driver, seeded: Path) -> None:
    fact = _facts(neo4j_driver, 1)[0]
    with pytest.raises(rv.ReviewRefused, match="needs a role and a body"):
        rv.record_reviews(neo4j_driver, [rv.Decision(fact.task.key, "added")], "Lan")
    with pytest.raises(rv.ReviewRefused, match="no assignment"):
        rv.record_reviews(neo4j_driver, [rv.Decision(fact.key + "x", "rejected")], "Lan")
    with pytest.raises(rv.ReviewRefused, match="no body"):
        rv.record_reviews(neo4j_driver, [rv.Decision(fact.key, "corrected", body="body/vn/none")], "Lan")
    assert review_state(neo4j_driver, fact.key) is None


def test_an_addition_quotes_its_task_whatever_order_neo4j_keeps_its_evidence_in(
    neo4j_driver: neo4j.Driver, seeded: Path
) -> None:
    # A task of the seed with its own sentence and a deadline inherited from its heading (an Evidence
    # shared by the heading's tasks): the quote of an addition is the task's sentence, in either order.
    task = one(
        neo4j_driver,
        "MATCH (t:Task)-[:SUPPORTED_BY]->(d:Evidence) WHERE d.rule STARTS WITH 'deadline.heading.' "
        "MATCH (t)-[:SUPPORTED_BY]->(e:Evidence) WHERE e.rule STARTS WITH 'task.' "
        "RETURN t.key AS task, e.key AS own, e.quote AS quote, d.key AS deadline ORDER BY t.key LIMIT 1",
    )
    body = one(neo4j_driver, "MATCH (b:Body) RETURN b.key AS key ORDER BY b.key LIMIT 1")
    assert task and body
    for newest, role in ((task["deadline"], "coordinate"), (task["own"], "monitor")):
        neo4j_driver.execute_query(  # the link made last is the one Neo4j meets first
            "MATCH (t:Task {key: $t})-[r:SUPPORTED_BY]->(e:Evidence {key: $e}) DELETE r "
            "WITH t, e CREATE (t)-[:SUPPORTED_BY]->(e)",
            t=task["task"],
            e=newest,
        )
        [added] = rv.record_reviews(
            neo4j_driver, [rv.Decision(task["task"], "added", role=role, body=body["key"])], "Lan"
        )
        review = one(neo4j_driver, "MATCH (r:Review {key: $k}) RETURN r.quote AS quote", k=added.key)
        assert review == {"quote": task["quote"]}, newest
