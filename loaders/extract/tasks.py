"""Tasks from directive provisions, who is responsible for them (assignments with roles) and by when."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from loaders.extract import assign as g
from loaders.extract import deadlines as dl
from loaders.extract.clauses import DIRECTIVE, LABEL, Section, assignments, clause
from loaders.extract.context import Context
from loaders.extract.forward import opens_duty
from loaders.extract.implied import implied
from loaders.extract.model import Item
from loaders.extract.partners import partner_roles, under_bare_lead
from loaders.extract.structure import Prov
from loaders.extract.tables import find_tables, table_tasks
from loaders.extract.task_items import add_assignment, new_task, set_deadline

# A sentence break is group 1: the white space after . ! ? … before a capital. Matching the punctuation
# (not a look-behind) lets the engine skip to it; the search starts one character early to see it.
_SENTENCE = re.compile(r"[.!?…](\s+)(?=[“\"(]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_SPAN = itemgetter(0, 1)  # sort key of (start, end, item) mentions: the span (a C key, no lambda calls)
_HEADING_END = re.compile(r"[\s*_]*(?::[\s*_]*)?$")
_HEAD_SEP = re.compile(r"[\s*_]*(?::|[–-](?=\s*\*{0,2}\s*[a-z]))")  # a heading's bodies, then ':' or a dash
# A programme component's caption under a duty heading ('Dự án 1: “Phòng ngừa …”.'), not a duty.
_CAPTION = re.compile(r"[\s*_]*(?:tieu )?du an \d+[^:]{0,20}:[\s*_]*[“\"][^”\"]*[”\"][\s*_.]*$")
_HEAD_QUALIFIER = re.compile(
    r"(?:\s+(?:cap tinh|cua tinh|cua thanh pho|thanh pho|tinh|co lien quan|lien quan|tren dia ban"
    r"|truc thuoc|khac))+"
)
_REQUEST = re.compile(r"[\s*_]*(?:de nghi|giao)\s+")
# Parts whose sentences may direct bodies (a funding part: "… gửi Sở Tài chính tổng hợp, trình UBND tỉnh").
_DIRECTING_PARTS = ("kien nghi", "trach nhiem", "phan cong", "de xuat", "nhiem vu", "kinh phi")
_INHERITED = frozenset(("assign.duty_section", "implied.lead_in"))


def sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans within the given paragraph spans."""
    out = []
    for s, e in spans:
        cur = s
        for m in _SENTENCE.finditer(text, max(s - 1, 0), e):
            out.append((cur, m.start(1)))
            cur = m.end(1)
        out.append((cur, e))
    return [(a, b) for a, b in out if b - a > 3]


def extract_tasks(ctx: Context, provs: list[Prov], concern_kinds: list[list[Item]]) -> None:
    """Tasks and assignments for every provision in a tasks or implementation part, then task tables."""
    text = ctx.text
    bodies = g.Bodies(ctx.collector.items["bodies"], ctx.folded)
    committee = ctx.collector.get("bodies", f"body/{ctx.province}/uy-ban-nhan-dan") if ctx.province else None
    bodies.province = g.bare_province(text, ctx.province_name, committee)
    concern = sorted(
        ((e.start, e.end, it) for lst in concern_kinds for it in lst for e in it.evidence),
        key=_SPAN,
    )
    cstarts = [c[0] for c in concern]
    year = ctx.year  # set by extract_text from the date line (else the subject)
    sections = _sections(ctx, bodies, provs)
    tables = find_tables(ctx.folded) if ctx.folded.find("chu tri") >= 0 else []
    in_table = [(t.start, t.end) for t in tables]
    sstarts = [x[0] for x in sections]
    for prov in provs:
        if not _directs(prov, sections, ctx.folded):
            continue
        spans = prov.spans[1:] if prov.children or prov.kind == "part" else prov.spans
        if spans is not prov.spans and _duty_in_heading(sections, prov):
            spans = prov.spans  # "1. Sở Xây dựng – Chủ trì …" holds a duty beside its heading
        sub = _sub_heading(ctx.folded, prov) if prov.children else None
        if sub == "lead":
            spans = prov.spans  # "Chủ trì, phối hợp với Y:" over dashes: Y coordinates, once, on it
        hint = _role_hint(ctx.folded, prov)
        prov_item = ctx.collector.get("provisions", prov.path)
        n = 0
        para_ends = [pe for _, pe in spans]
        inherited: set[int] = set()  # paragraphs whose duty already took the section's body
        carry: tuple[int, list[g.Mention]] | None = None  # a paragraph's last named doers
        for s, e in sentences(text, spans):
            if in_table and any(a <= s < b for a, b in in_table):
                continue  # a table's rows are tasks of their own
            section = _section_at(sections, sstarts, s, e)
            low = ctx.folded[s:e]
            if (
                section is not None
                and section[3][0] <= s
                and _HEADING_END.match(ctx.folded, section[3][1], e)
            ):
                continue  # the heading itself
            if section is None and (
                not DIRECTIVE.search(low) or ("tinh hinh" in low and "duoc du bao" in low)
            ):
                continue
            if prov.role == "assessment" and not (
                opens_duty(bodies, ctx.folded, s, e)
                or (carry is not None and carry[0] == bisect_left(para_ends, e))
            ):
                continue  # what was done, not a duty
            if section is not None and (low.count(" ") < 2 or text[s:e].isupper() or _CAPTION.match(low)):
                continue  # a caption or a signature line, not a duty
            n += 1
            i = bisect_left(cstarts, s)
            concerns: list[str] = []
            while i < len(concern) and concern[i][0] < e:
                if concern[i][2].id not in concerns:
                    concerns.append(concern[i][2].id)
                i += 1
            rule = f"task.{prov.role if prov.role != 'other' else 'duties'}"
            task = new_task(ctx, prov, prov_item, n, s, e, rule, concerns)
            topic = ctx.folded.find(": ", s, e) if ctx.folded.startswith("ve ", s) else -1
            set_deadline(ctx, task, topic + 2 if topic > 0 else s, e, year)
            if task.fields["due"] is None and task.fields["recurrence"] is None:
                _heading_deadline(ctx, task, prov, year)
            para = bisect_left(para_ends, e)
            carried = carry[1] if carry is not None and carry[0] == para and section is None else None
            found, actors = assignments(ctx, bodies, s, e, section, hint, carried)
            carry = (para, actors) if actors and section is None else carry
            if section is not None and under_bare_lead(ctx.folded, prov):
                found = partner_roles(bodies, ctx.folded, s, e, section[2], found)
            if sub == "lead" and s < prov.spans[0][1]:
                found = [f for f in found if f.rule == "assign.coordinate"]
            if para in inherited:  # a point's later sentences: one inherited duty per point
                found = [f for f in found if f.rule not in _INHERITED or f.start >= s]
            elif any(f.rule in _INHERITED for f in found):
                inherited.add(para)
            if not found and prov.role in ("tasks", "implementation"):
                found = implied(ctx, s, e)  # no actor named: the issuer directs the bodies under it
            for f in found:
                add_assignment(ctx, task, f, f.rule.startswith("implied."))
    table_tasks(ctx, bodies, provs, tables, year)


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


def _heading(ctx: Context, bodies: g.Bodies, s: int, e: int) -> tuple[list[g.Mention], int] | None:
    """Bodies a duty section is headed by ('1. Sở Xây dựng:', '**Sở Xây dựng** – Chủ trì …') and their end."""
    folded = ctx.folded
    m = LABEL.match(folded, s, e)
    pos = m.end() if m else s
    if r := _REQUEST.match(folded, pos, e):
        pos = r.end()  # "2.10. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh": bodies it requests
    chain = bodies.chain(pos, e)
    if not chain and (b := folded.find("(", m.end() if m else s, min(e, s + 80))) >= 0:
        # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …):": the bodies in brackets head it
        chain = bodies.chain(b + 1, e)
        if not chain or not folded.startswith(")", chain[-1][1]):
            return None
        end = chain[-1][1] + 1
    elif not chain:
        return None
    else:
        end = chain[-1][1]
    if q := _HEAD_QUALIFIER.match(folded, end, e):  # "Các Sở, ban, ngành cấp tỉnh"
        end = q.end()
    if _HEADING_END.match(folded, end, e):
        return chain, end
    if r := _HEAD_SEP.match(folded, end, e):
        return None if g.head_list(bodies, folded, chain, e) else (chain, r.end())
    return None


def _sections(ctx: Context, bodies: g.Bodies, provs: list[Prov]) -> list[Section]:
    """Duty sections: a provision or paragraph headed by a body; every duty in its scope is that body's."""
    out: list[Section] = []
    lead_ins: list[tuple[Prov, list[g.Mention], tuple[int, int]]] = []
    for prov in provs:
        if prov.role == "assessment" or not prov.spans:
            continue
        for i, (s, e) in enumerate(prov.spans):
            head = _heading(ctx, bodies, s, e)
            if head is None and prov.children and i == len(prov.spans) - 1:
                if (head := _lead_in(ctx, bodies, s, e)) is not None:
                    lead_ins.append((prov, head[0], (s, head[1])))
                continue
            if head is None:
                continue
            if i == 0 or _HEADING_END.match(ctx.folded, head[1], e):
                out.append((s, prov.end, head[0], (s, head[1])))
    headed = {sec[3][0] for sec in out}
    for prov, found, span in lead_ins:
        out.extend((a, b, found, span) for a, b in _lead_in_scope(ctx.folded, prov, headed))
    out.sort(key=itemgetter(0))
    # A paragraph heading's scope ends where the next heading of the same provision begins.
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if b[0] < a[1] and b[1] == a[1]:
            out[k] = (a[0], b[0], a[2], a[3])
    return out


def _lead_in(ctx: Context, bodies: g.Bodies, s: int, e: int) -> tuple[list[g.Mention], int] | None:
    """A sentence that names an actor and ends with ':' before its list ('Đề nghị X tập trung …, sau:')."""
    if not ctx.folded[s:e].rstrip(" *_").endswith(":"):
        return None
    sents = sentences(ctx.text, [(s, e)])
    if not sents:
        return None
    ls, le = sents[-1]
    found = clause(bodies, ctx.folded, ls, le, [])
    if not found and (c := ctx.folded.find(", ", ls, min(le, ls + 40))) > 0:
        found = clause(bodies, ctx.folded, c + 2, le, [])  # "Trước tình hình đó, các cấp, các ngành …"
    return (found, found[-1][1]) if found else None


def _lead_in_scope(folded: str, prov: Prov, headed: set[int]) -> list[tuple[int, int]]:
    """The points a lead-in sentence gives its actor: its provision's children, except, in a list of
    sections headed by bodies, a child titled over points of its own ("2.13. Ủy ban nhân dân xã, phường"
    over a), b) … beside "2.1. Sở Tài chính"): that title names its own actor, known or not."""
    titled = sum(1 for c in prov.children if c.spans and c.spans[0][0] in headed) * 2 > len(prov.children)
    out: list[tuple[int, int]] = []
    for child in prov.children:
        hs, he = child.spans[0] if child.spans else (child.start, child.start)
        if titled and child.children and he - hs < 200 and not DIRECTIVE.search(folded, hs, he):
            continue
        if out and out[-1][1] >= child.start:
            out[-1] = (out[-1][0], child.end)
        else:
            out.append((child.start, child.end))
    return out


def _duty_in_heading(sections: list[Section], prov: Prov) -> bool:
    """Whether the provision's heading is a section heading with a duty after it."""
    s, e = prov.spans[0]
    return any(sec[3][0] == s and e - sec[3][1] > 10 for sec in sections)


def _directs(prov: Prov, sections: list[Section], folded: str) -> bool:
    """Tasks come from tasks and implementation parts, duty sections, and parts of requests or duties."""
    if prov.role in ("tasks", "implementation"):
        return True
    if prov.role == "assessment":
        return True  # only the duties it states (loaders/extract/forward.py)
    if any(sec[0] <= prov.start < sec[1] for sec in sections):
        return True
    top = prov
    while top.parent is not None:
        top = top.parent
    head = folded[top.start : top.spans[0][1]] if top.spans else ""
    return any(w in head for w in _DIRECTING_PARTS)


def _section_at(sections: list[Section], starts: list[int], s: int, e: int) -> Section | None:
    """The innermost section whose scope holds [s, e)."""
    k = bisect_left(starts, s + 1) - 1
    while k >= 0:
        sec = sections[k]
        if sec[0] <= s and e <= sec[1]:
            return sec
        k -= 1
    return None


def _sub_heading(folded: str, prov: Prov) -> str | None:
    """A sub-heading that gives its dashes their role: 'Chủ trì, phối hợp với …' (lead), 'Phối hợp …'."""
    if not prov.spans or prov.spans[0][1] - prov.spans[0][0] > 300:
        return None
    hs, he = prov.spans[0]
    m = LABEL.match(folded, hs, he)
    pos = m.end() if m else hs
    if folded.startswith("chu tri", pos) and folded.find("phoi hop", pos, he) >= 0:
        return "lead"
    op = g.OPENING.match(folded, pos, he)
    return "coordinate" if op is not None and op.lastgroup == "coord" else None


def _role_hint(folded: str, prov: Prov) -> str | None:
    """The role a point takes from the nearest enclosing sub-heading that names one."""
    p = prov.parent
    while p is not None and p.kind != "part":
        if p.children and (kind := _sub_heading(folded, p)) is not None:
            return kind
        p = p.parent
    return None
