"""Reviews: analysts' decisions on extracted facts, recorded atomically and re-applied after every load.

A decision judges one Assignment (accepted, rejected, corrected) or adds one to a Task (added). Each is
a Review node of its own; corrections and additions are Assignments of their own (key under the
review's) with reviewer evidence. After a document is written, `graph.review_matching.reapply` finds
each of its reviews' facts again, by key, else by provision path + quote (+ role and body), and marks
the rest orphaned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import neo4j

from graph.answers.reviews import Fact, History, LostFact, Recorded, ReviewEntry
from graph.errors import GraphError, translated
from graph.queries import reviews as q
from graph.reader import Reader, Row, page
from graph.rendered import render, unrender_tasks
from graph.review_states import HIDDEN_STATES as HIDDEN_STATES
from graph.review_states import hidden_states as hidden_states
from ontology.codelists import notations
from ontology.keys import review_key, reviewer_key

ADDED, CORRECTED = "added", "corrected"
DECISIONS = notations("ReviewDecisions")
ROLES = notations("AssignmentRoles")
STATES = notations("ReviewStates")
MAX_VERSION = 2**31 - 1  # a version a request may name (Neo4j integers are 64-bit)
assert set(HIDDEN_STATES) <= STATES and {ADDED, CORRECTED} <= DECISIONS


class ReviewError(GraphError):
    """A review could not be recorded."""


class ReviewRefused(ReviewError):
    """Decisions that name unknown facts or bodies, or are malformed; nothing was recorded."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class ReviewConflict(ReviewError):
    """A judged fact changed since the reviewer read it (its version moved on); nothing was recorded."""

    def __init__(self, current: list[Row]) -> None:
        super().__init__(", ".join(f"{c['key']} is at version {c['version']}" for c in current))
        self.current = current


@dataclass(frozen=True)
class Decision:
    """One decision: `fact` is the judged assignment's key, or for an addition the task's key."""

    fact: str
    decision: str
    reason: str | None = None
    role: str | None = None
    body: str | None = None
    quote: str | None = None
    version: int | None = None  # the fact's version the reviewer saw; None: no check


def _malformed(decisions: Sequence[Decision]) -> list[str]:
    problems, seen = [], set()
    for n, d in enumerate(decisions):
        if d.decision not in DECISIONS:
            problems.append(f"decision {n}: {d.decision!r} is not one of {sorted(DECISIONS)}")
        if d.role is not None and d.role not in ROLES:
            problems.append(f"decision {n}: role {d.role!r} is not one of {sorted(ROLES)}")
        if d.decision == ADDED and not (d.role and d.body):
            problems.append(f"decision {n}: an addition needs a role and a body")
        if d.decision == CORRECTED and not (d.role or d.body):
            problems.append(f"decision {n}: a correction needs a new role or a new body")
        if d.fact in seen:
            problems.append(f"decision {n}: {d.fact} is judged twice in one request")
        seen.add(d.fact)
    return problems


def record_reviews(
    driver: neo4j.Driver, decisions: Sequence[Decision], reviewer: str, database: str | None = None
) -> list[Recorded]:
    """Record decisions in one write transaction: all or none (ReviewRefused, ReviewConflict)."""
    if problems := _malformed(decisions):
        raise ReviewRefused(problems)
    with translated(), driver.session(database=database, notifications_min_severity="OFF") as session:
        recorded = session.execute_write(_record, list(decisions), reviewer)
    # The items of the judged facts' documents (a reviewer-made fact's key names none: all documents).
    docs = {d.fact.split("#", 1)[0] for d in decisions}
    render(driver, database, docs=None if any(k.startswith("review/") for k in docs) else sorted(docs))
    return recorded


def _judged(tx: neo4j.ManagedTransaction, decisions: list[Decision]) -> list[Row]:
    """What each decision judges, as it is now; raises ReviewRefused for unknown facts or bodies."""
    rows = [{"i": i, "key": d.fact, "body": d.body} for i, d in enumerate(decisions)]
    found = sorted((dict(r) for r in tx.run(q.JUDGED, rows=rows)), key=lambda r: r["i"])
    problems = []
    for d, f in zip(decisions, found, strict=True):
        if d.decision == ADDED and f["task"] is None:
            problems.append(f"no task with key {d.fact!r}")
        elif d.decision != ADDED and f["fact"] is None:
            problems.append(f"no assignment with key {d.fact!r}")
        elif d.body is not None and not f["body_found"]:
            problems.append(f"no body with key {d.body!r}")
    if problems:
        raise ReviewRefused(problems)
    return found


def _rows(decisions: list[Decision], found: list[Row], reviewer: str) -> tuple[list[Row], list[Row]]:
    """The Review rows and the made-fact rows (corrections, additions) of the decisions."""
    reviews, made = [], []
    for d, f in zip(decisions, found, strict=True):
        key = review_key()
        made_key = f"{key}/assignment" if d.decision in (ADDED, CORRECTED) else None
        props = {
            "decision": d.decision,
            "reason": d.reason,
            "fact_key": d.fact,
            # The task's document: a reviewer-made fact's own key names none.
            "document": (f["task"] or d.fact).split("#", 1)[0],
            "quote": f["quote"],
            "path": f["path"],
            "role": d.role,
            # The made fact's body, kept on the review: a reload may delete and re-create the Body node.
            "body_key": (d.body or f["body"]) if made_key else None,
            "made_key": made_key,
        }
        props = {k: v for k, v in props.items() if v is not None}
        reviews.append(
            {
                "key": key,
                "props": props,
                "judged": d.fact,
                "reviewer": reviewer,
                "reviewer_key": reviewer_key(reviewer),
            }
        )
        if made_key:
            made.append(
                {
                    "made_key": made_key,
                    "task": f["task"],
                    "role": d.role or f["role"],
                    "body": d.body or f["body"],
                    "document": props["document"],
                    # The reviewer's quote, else the one they judged: evidence always has a quote.
                    "quote": d.quote or f["quote"] or d.reason or d.decision,
                    "start": f["start"] or 0,
                    "end": f["end"] or 0,
                    "corrects": d.fact if d.decision == CORRECTED else None,
                }
            )
    return reviews, made


def _record(tx: neo4j.ManagedTransaction, decisions: list[Decision], reviewer: str) -> list[Recorded]:
    found = _judged(tx, decisions)
    checks = [
        {"i": i, "key": d.fact, "version": d.version} for i, d in enumerate(decisions) if d.decision != ADDED
    ]
    bumped = {r["i"]: dict(r) for r in tx.run(q.CHECK_AND_BUMP, rows=checks)}
    if conflicts := [r for r in bumped.values() if not r["ok"]]:
        # Raised inside the transaction function: the driver rolls back, nothing is recorded.
        raise ReviewConflict([{k: r[k] for k in ("key", "version", "review_state")} for r in conflicts])
    reviews, made = _rows(decisions, found, reviewer)
    tx.run(q.CREATE_REVIEWS, rows=reviews).consume()
    if made:
        tx.run(q.CREATE_MADE, rows=made).consume()
    tx.run(q.SETTLE, keys=[d.fact for d in decisions if d.decision != ADDED]).consume()
    unrender_tasks(tx, [f["task"] for f in found if f["task"]])
    return [
        Recorded(
            key=r["key"],
            fact=d.fact,
            decision=d.decision,
            made_key=r["props"].get("made_key"),
            version=bumped[i]["version"] + 1 if i in bumped else None,
        )
        for i, (d, r) in enumerate(zip(decisions, reviews, strict=True))
    ]


# -- reads ---------------------------------------------------------------------------------------------


def get_fact(reader: Reader, key: str) -> Fact | None:
    """An assignment as a reviewer sees it: state, version, task, body, provision path and quote."""
    row = reader.one(q.FACT, key=key)
    return Fact.model_validate(row["fact"]) if row else None


def history(reader: Reader, key: str) -> History | None:
    """A fact and every review that judged it or made it, oldest first (orphaned ones included)."""
    found, reviews = reader.batch((q.FACT, {"key": key}), (q.HISTORY, {"key": key}))
    if not found and not reviews:
        return None
    fact = Fact.model_validate(found[0]["fact"]) if found else LostFact(key=key)
    return History(fact=fact, reviews=[ReviewEntry.model_validate(r["review"]) for r in reviews])


def queue(
    reader: Reader,
    *,
    state: str = "proposed",
    document: str | None = None,
    body: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[Fact], bool]:
    """Facts in one review state, lowest confidence first: the reviewers' work queue."""
    rows = reader.rows(q.QUEUE, state=state, document=document, body=body, offset=offset, limit=limit + 1)
    return page([Fact.model_validate(r["fact"]) for r in rows], limit)


def review_log(
    reader: Reader,
    *,
    match_state: str | None = None,
    document: str | None = None,
    decision: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[ReviewEntry], bool]:
    """Reviews newest first, filtered by match state (applied, orphaned), document and decision."""
    rows = reader.rows(
        q.LOG,
        match_state=match_state,
        document=document,
        decision=decision,
        offset=offset,
        limit=limit + 1,
    )
    return page([ReviewEntry.model_validate(r["review"]) for r in rows], limit)


def proposed_facts(reader: Reader, *, document: str | None = None, body: str | None = None) -> list[Fact]:
    """Every proposed (unreviewed) assignment of a document or a body, in key order (offline review)."""
    return [Fact.model_validate(r["fact"]) for r in reader.rows(q.EXPORT, document=document, body=body)]


def fact_etag(version: int | None) -> str:
    """The ETag of a fact's review version (what If-Match names)."""
    return f'"review-v{version or 0}"'


def version_of(etag: str) -> int | None:
    """The version an If-Match value names, or None when it names none of ours."""
    match = re.fullmatch(r'(?:W/)?"review-v(\d{1,10})"', etag.strip())
    version = int(match.group(1)) if match else None
    return version if version is not None and version <= MAX_VERSION else None
