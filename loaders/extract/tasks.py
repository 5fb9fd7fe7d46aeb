"""Tasks from directive provisions, who is responsible for them (assignments with roles) and by when."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter

from loaders.extract import assign as g
from loaders.extract import deadlines as dl
from loaders.extract.clauses import DIRECTIVE, Section, assignments
from loaders.extract.context import Context
from loaders.extract.forward import opens_duty
from loaders.extract.implied import implied
from loaders.extract.model import Item
from loaders.extract.partners import partner_roles, under_bare_lead
from loaders.extract.sections import (
    HEADING_END,
    directs,
    duty_in_heading,
    duty_sections,
    role_hint,
    section_at,
    sentences,
    sub_heading,
)
from loaders.extract.structure import Prov
from loaders.extract.tables import Table, find_tables, table_tasks
from loaders.extract.task_items import add_assignment, new_task, set_deadline

_SPAN = itemgetter(0, 1)  # sort key of (start, end, item) mentions: the span (a C key, no lambda calls)
# A programme component's caption under a duty heading ('Dự án 1: “Phòng ngừa …”.'), not a duty.
_CAPTION = re.compile(r"[\s*_]*(?:tieu )?du an \d+[^:]{0,20}:[\s*_]*[“\"][^”\"]*[”\"][\s*_.]*$")
_INHERITED = frozenset(("assign.duty_section", "implied.lead_in"))


@dataclass(slots=True)
class _Doc:
    """What every provision's task pass reads: the document's bodies, what tasks may concern (by start),
    the duty sections headed by a body, the task tables and the year deadlines default to."""

    bodies: g.Bodies
    concern: list[tuple[int, int, Item]]
    cstarts: list[int]
    sections: list[Section]
    sstarts: list[int]
    tables: list[Table]
    in_table: list[tuple[int, int]]
    year: int | None


@dataclass(slots=True)
class _Point:
    """A provision's pass over its sentences: what one sentence leaves for the next."""

    prov: Prov
    sub: str | None
    hint: str | None
    para_ends: list[int]
    n: int = 0  # tasks so far
    inherited: set[int] = field(default_factory=set)  # paragraphs whose duty took the section's body
    carry: tuple[int, list[g.Mention]] | None = None  # a paragraph's last named doers


def extract_tasks(ctx: Context, provs: list[Prov], concern_kinds: list[list[Item]]) -> None:
    """Tasks and assignments for every provision in a tasks or implementation part, then task tables."""
    bodies = g.Bodies(ctx.collector.items["bodies"], ctx.folded)
    committee = ctx.collector.get("bodies", f"body/{ctx.province}/uy-ban-nhan-dan") if ctx.province else None
    bodies.province = g.bare_province(ctx.text, ctx.province_name, committee)
    concern = sorted(
        ((e.start, e.end, it) for lst in concern_kinds for it in lst for e in it.evidence),
        key=_SPAN,
    )
    sections = duty_sections(ctx, bodies, provs)
    tables = find_tables(ctx.folded) if ctx.folded.find("chu tri") >= 0 else []
    doc = _Doc(
        bodies,
        concern,
        [c[0] for c in concern],
        sections,
        [x[0] for x in sections],
        tables,
        [(t.start, t.end) for t in tables],
        ctx.year,  # set by extract_text from the date line (else the subject)
    )
    for prov in provs:
        if directs(prov, sections, ctx.folded):
            _provision_tasks(ctx, doc, prov)
    table_tasks(ctx, bodies, provs, tables, doc.year)


def _provision_tasks(ctx: Context, doc: _Doc, prov: Prov) -> None:
    """One task per duty sentence of the provision, with its deadline and assignments."""
    spans = prov.spans[1:] if prov.children or prov.kind == "part" else prov.spans
    if spans is not prov.spans and duty_in_heading(doc.sections, prov):
        spans = prov.spans  # "1. Sở Xây dựng – Chủ trì …" holds a duty beside its heading
    sub = sub_heading(ctx.folded, prov) if prov.children else None
    if sub == "lead":
        spans = prov.spans  # "Chủ trì, phối hợp với Y:" over dashes: Y coordinates, once, on it
    point = _Point(prov, sub, role_hint(ctx.folded, prov), [pe for _, pe in spans])
    prov_item = ctx.collector.get("provisions", prov.path)
    for s, e in sentences(ctx.text, spans):
        if doc.in_table and any(a <= s < b for a, b in doc.in_table):
            continue  # a table's rows are tasks of their own
        section = section_at(doc.sections, doc.sstarts, s, e)
        if not _is_duty(ctx, doc, point, s, e, section):
            continue
        point.n += 1
        rule = f"task.{prov.role if prov.role != 'other' else 'duties'}"
        task = new_task(ctx, prov, prov_item, point.n, s, e, rule, _concerns(doc, s, e))
        topic = ctx.folded.find(": ", s, e) if ctx.folded.startswith("ve ", s) else -1
        set_deadline(ctx, task, topic + 2 if topic > 0 else s, e, doc.year)
        if task.fields["due"] is None and task.fields["recurrence"] is None:
            _heading_deadline(ctx, task, prov, doc.year)
        _assign_sentence(ctx, doc, point, task, s, e, section)


def _is_duty(ctx: Context, doc: _Doc, point: _Point, s: int, e: int, section: Section | None) -> bool:
    """Whether sentence [s, e) states a duty: not a duty section's heading, caption or signature line, nor
    (outside a section) a sentence without a directive verb, nor what an assessment says was done."""
    folded = ctx.folded
    low = folded[s:e]
    if section is not None and section[3][0] <= s and HEADING_END.match(folded, section[3][1], e):
        return False  # the heading itself
    if section is None and (not DIRECTIVE.search(low) or ("tinh hinh" in low and "duoc du bao" in low)):
        return False
    carry = point.carry
    if point.prov.role == "assessment" and not (
        opens_duty(doc.bodies, folded, s, e)
        or (carry is not None and carry[0] == bisect_left(point.para_ends, e))
    ):
        return False  # what was done, not a duty
    # a caption or a signature line, not a duty
    return section is None or not (low.count(" ") < 2 or ctx.text[s:e].isupper() or _CAPTION.match(low))


def _concerns(doc: _Doc, s: int, e: int) -> list[str]:
    """The ids of the projects, programmes, references and places named in [s, e), in text order."""
    concern = doc.concern
    i = bisect_left(doc.cstarts, s)
    out: list[str] = []
    while i < len(concern) and concern[i][0] < e:
        if concern[i][2].id not in out:
            out.append(concern[i][2].id)
        i += 1
    return out


def _assign_sentence(
    ctx: Context, doc: _Doc, point: _Point, task: Item, s: int, e: int, section: Section | None
) -> None:
    """The task's assignments: the clause grammar's, the partners of a bare lead, one inherited duty per
    point, else implied ones; the sentence's doers carried to the next sentence of its paragraph."""
    prov, carry = point.prov, point.carry
    para = bisect_left(point.para_ends, e)
    carried = carry[1] if carry is not None and carry[0] == para and section is None else None
    found, actors = assignments(ctx, doc.bodies, s, e, section, point.hint, carried)
    if actors and section is None:
        point.carry = (para, actors)
    if section is not None and under_bare_lead(ctx.folded, prov):
        found = partner_roles(doc.bodies, ctx.folded, s, e, section[2], found)
    if point.sub == "lead" and s < prov.spans[0][1]:
        found = [f for f in found if f.rule == "assign.coordinate"]
    if para in point.inherited:  # a point's later sentences: one inherited duty per point
        found = [f for f in found if f.rule not in _INHERITED or f.start >= s]
    elif any(f.rule in _INHERITED for f in found):
        point.inherited.add(para)
    if not found and prov.role in ("tasks", "implementation"):
        found = implied(ctx, s, e)  # no actor named: the issuer directs the bodies under it
    for f in found:
        add_assignment(ctx, task, f, f.rule.startswith("implied."))


def _heading_deadline(ctx: Context, task: Item, prov: Prov, year: int | None) -> None:
    """A period in an enclosing heading ('Nhiệm vụ … 6 tháng cuối năm 2023') bounds its tasks."""
    p: Prov | None = prov.parent if prov.children or prov.kind == "part" else prov
    while p is not None:
        if p.spans and (hs := p.spans[0]) and hs[1] - hs[0] < 200:
            found = dl.best_deadline(dl.deadlines(ctx.folded, hs[0], hs[1], year))
            if found is not None:
                task.fields.update(
                    deadline_text=ctx.text[found.start : found.end].strip(" ,;.()*"), due=found.due
                )
                task.evidence.append(ctx.ev(found.start, found.end, f"deadline.heading.{found.kind}", 0.7))
                return
        p = p.parent
