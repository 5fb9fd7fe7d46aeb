"""Reviews re-applied in the transaction that writes or unloads documents: their facts found again."""

from __future__ import annotations

import re
from collections.abc import Iterable

import neo4j

from graph.queries import reviews as q
from graph.reader import Row
from graph.reviews import ADDED

_TASK_PART = re.compile(r"^.*?/t\d+/")


def _judged_part(assignment_key: str) -> str:
    """`<role>/<body key>` of an extracted assignment's key: what stays when its task is renumbered."""
    return _TASK_PART.sub("", assignment_key.split("#", 1)[-1], count=1)


def _pick(review: Row, candidates: list[str]) -> str | None:
    """The one candidate that is the judged fact, or None (none, or several: never a guess)."""
    if review["decision"] != ADDED:
        part = _judged_part(review["fact_key"])
        candidates = [c for c in candidates if _judged_part(c) == part]
    return candidates[0] if len(candidates) == 1 else None


def reapply(tx: neo4j.ManagedTransaction, docs: Iterable[str]) -> dict[str, int]:
    """Re-apply the reviews of these documents to what was just written; counts applied and orphaned."""
    docs = sorted(set(docs))
    reviews = {r["key"]: dict(r) for r in tx.run(q.REVIEWS_OF, docs=docs)}
    if not reviews:
        return {"applied": 0, "orphaned": 0}
    rows = [{"review": k, "key": r["fact_key"], "added": r["decision"] == ADDED} for k, r in reviews.items()]
    found = {r["review"]: r["found"] for r in tx.run(q.BY_KEY, rows=rows) if r["found"]}
    rest = [
        {"review": k, "path": r["path"], "quote": r["quote"], "added": r["decision"] == ADDED}
        for k, r in reviews.items()
        if k not in found and r["path"] and r["quote"]
    ]
    if rest:
        for r in tx.run(q.BY_QUOTE, rows=rest, docs=docs):
            if pick := _pick(reviews[r["review"]], list(r["candidates"])):
                found[r["review"]] = pick
    tx.run(q.RELINK, rows=[{"review": k, "found": v} for k, v in found.items()]).consume()
    orphaned = [k for k in reviews if k not in found]
    tx.run(q.ORPHAN, keys=orphaned).consume()
    judged = [v for k, v in found.items() if reviews[k]["decision"] != ADDED]
    tx.run(q.SETTLE, keys=judged).consume()
    return {"applied": len(found), "orphaned": len(orphaned)}


def orphan_documents(tx: neo4j.ManagedTransaction, docs: list[str]) -> int:
    """Mark the reviews of unloaded documents orphaned (kept: a later load may find their facts again)."""
    return int(tx.run(q.ORPHAN_DOCUMENTS, docs=docs).single(strict=True)["orphaned"])
