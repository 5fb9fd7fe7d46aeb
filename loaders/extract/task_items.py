"""The items a task rule builds: a task for a sentence or a table row, its typed deadline, its assignments.

Shared by the sentence grammar (tasks.py) and the task tables (tables.py).
"""

from __future__ import annotations

import re

from loaders.extract import assign as g
from loaders.extract import deadlines as dl
from loaders.extract.context import Context
from loaders.extract.model import Item
from loaders.extract.structure import Prov

_PERIOD_TAIL = re.compile(r"\s+hang (?:thang|nam|quy|tuan)\b")


def new_task(
    ctx: Context,
    prov: Prov | None,
    prov_item: Item | None,
    n: int,
    s: int,
    e: int,
    rule: str,
    concerns: list[str],
) -> Item:
    """A task item for text[s:e], the n-th of its provision."""
    sent = ctx.text[s:e]
    words = sent.split(None, 14)  # 14 words and the rest, if any
    name = " ".join(words[:14]).rstrip(" ,;:.") + (" …" if len(words) > 14 else "")
    path = prov.path if prov else (prov_item.fields["path"] if prov_item else "")
    return ctx.collector.add(
        "tasks",
        f"{path}/t{n}",
        name,
        {
            "text": sent,
            "provision": prov_item.id if prov_item else None,
            "path": path,
            "ordinal": n,
            "part_role": prov.role if prov else "tasks",
            "concerns": concerns,
            "deadline_text": None,
            "due": None,
            "recurrence": None,
            "recurrence_day": None,
        },
        [ctx.ev(s, e, rule, 0.8)],
    )


def set_deadline(ctx: Context, task: Item, s: int, e: int, year: int | None, cell: bool = False) -> None:
    """Typed deadline fields on a task (deadline_text, due, recurrence, recurrence_day) with evidence."""
    if cell:
        found, rec = dl.cell(ctx.folded[s:e], year)
        found = found and dl.Deadline(found.start + s, found.end + s, found.kind, found.due)
        rec = rec and dl.Recurrence(rec.start + s, rec.end + s, rec.kind, rec.day)
    else:
        found = dl.best_deadline(dl.deadlines(ctx.folded, s, e, year))
        rec = dl.recurrence(ctx.folded, s, e)
    if found is None and rec is None:
        return
    spans = [(x.start, x.end) for x in (found, rec) if x is not None]
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    if len(spans) == 2 and spans[1][0] - spans[0][1] > 40 and spans[0][0] - spans[1][1] > -1000:
        lo, hi = spans[0] if found is not None else spans[1]  # far apart: the deadline's own words
    if t := _PERIOD_TAIL.match(ctx.folded, hi):
        hi = t.end()  # "trước ngày 16 hàng tháng": the period word after the day belongs to it
    task.fields.update(
        deadline_text=ctx.text[lo:hi].strip(" ,;.()*"),
        due=found.due if found else None,
        recurrence=rec.kind if rec else None,
        recurrence_day=rec.day if rec else None,
    )
    for x, kind in ((found, found and found.kind), (rec, rec and rec.kind)):
        if x is not None:
            task.evidence.append(ctx.ev(x.start, x.end, f"deadline.{kind}", 0.85))


def add_assignment(ctx: Context, task: Item, f: g.Found, implied: bool = False) -> None:
    """An assignment item of `task` for what a rule found (implied: no actor named)."""
    to = f.to
    fields = {
        "body": f.body.id,
        "body_name": f.body.name,
        "body_key": f.body.fields.get("key"),
        "role": f.role,
        "task": task.id,
        "implied": implied,
        "confidence": f.conf,
        "to": to.id if to else None,
        "to_name": to.name if to else None,
        "rule": f.rule,
    }
    ev = [ctx.ev(f.start, f.end, f.rule, f.conf)] if f.end > f.start else []
    mk = f"{task.id}|{f.role}|{f.body.id}|{to.id if to else ''}"
    ctx.collector.add("assignments", mk, f"{f.role}: {f.body.name}", fields, ev)
