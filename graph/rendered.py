"""Rendered items: each ResponsibilityRow's item of a body's page kept as its JSON, around the status.

The read (graph.queries.bodies.responsibility_page) then sends the stored JSON with the day's status
instead of reading and serialising the item's nine parts (issue 16: half the CPU of an uncached page).
An item is rendered from the committed graph by the live read's own item expression (ITEMS), so its bytes
are the live answer's; what other writes change in it is removed by those writes, in their transaction:

- a review (graph.reviews) removes the items of its facts' tasks (review states, co-bodies, corrections);
- a batch that renames a body, project or place (graph.replace) removes the items of the tasks near it;
- a document's own rows are deleted with its support and made again without items (graph.readmodel).

`render` then writes the missing items (after each load, each review, and a schema run). An item is
rendered with the default review states hidden; a read that shows them reads live. Rendering locks its
rows before it reads (LOCK), and the writes above remove items after their changes, so an item is never
written from what a committed write has since changed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import neo4j
from neo4j import exceptions as nx

from graph.answers.bodies import Responsibility
from graph.answers.json import dumps
from graph.driver import Rows
from graph.queries import bodies as read
from graph.queries import readmodel as cypher
from graph.records import DocumentRecords
from graph.review_states import hidden_states

# The status's place in a rendered item: a value no item can hold (NUL is escaped in JSON strings).
MARK = "\u0000status"
_MARK = dumps(MARK)
_NAMED = ("Body", "Project", "Place")
PER_TX = 500
log = logging.getLogger(__name__)


def split(item: Responsibility) -> tuple[str, str] | None:
    """The item's JSON before and after its status, or None if the mark is not found exactly once."""
    parts = dumps(item).split(_MARK)
    if len(parts) != 2:
        return None
    return parts[0].decode("utf-8"), parts[1].decode("utf-8")


def render(driver: neo4j.Driver, database: str | None = None, docs: list[str] | None = None) -> int:
    """Write the items of rows that have none (all, or the documents'); returns how many were written.

    A failure is logged, not raised: what called it (a load, a review) is committed, and a row without
    an item is read live; the next render writes it.
    """
    hidden = hidden_states(False)
    done = 0
    try:
        with driver.session(database=database, notifications_min_severity="OFF") as session:
            todo = session.execute_read(lambda tx: [dict(r) for r in tx.run(cypher.UNRENDERED, docs=docs)])
            for i in range(0, len(todo), PER_TX):
                done += session.execute_write(_render, todo[i : i + PER_TX], hidden)
    except (nx.Neo4jError, nx.DriverError, OSError) as e:
        log.warning("rendered items: %d written, then %s (the rest are read live)", done, e)
    return done


def _render(tx: neo4j.ManagedTransaction, rows: list[dict[str, str]], hidden: list[str]) -> int:
    locked = [dict(r) for r in tx.run(cypher.LOCK, rows=Rows(rows))]
    if not locked:
        return 0
    out = []
    for r in tx.run(read.ITEMS, rows=Rows(locked), hidden=hidden, mark=MARK):
        parts = split(Responsibility.model_validate(r["item"]))
        if parts is not None:
            out.append({"body": r["body"], "sort": r["sort"], "head": parts[0], "tail": parts[1]})
    tx.run(cypher.WRITE_ITEMS, rows=Rows(out)).consume()
    return len(out)


def unrender_tasks(tx: neo4j.ManagedTransaction, tasks: Iterable[str]) -> None:
    """Remove the items of the tasks' assignments (a review changed what they show)."""
    if keys := sorted(set(tasks)):
        tx.run(cypher.UNRENDER_TASKS, tasks=keys).consume()


def names(tx: neo4j.ManagedTransaction, docs: list[DocumentRecords]) -> dict[str, str | None]:
    """The names the graph holds now for the bodies, projects and places the documents write."""
    keys = sorted({n.key for d in docs for n in d.nodes if n.label in _NAMED})
    return {r["key"]: r["name"] for r in tx.run(cypher.NAMES, keys=keys)} if keys else {}


def unrender_renamed(
    tx: neo4j.ManagedTransaction, docs: list[DocumentRecords], before: dict[str, str | None]
) -> None:
    """Remove the items near the nodes whose name the batch changed (`before`: `names` before it)."""
    after = names(tx, docs)
    changed = sorted(k for k, name in before.items() if after.get(k, name) != name)
    if changed:
        tx.run(cypher.UNRENDER_NEAR, keys=changed).consume()
