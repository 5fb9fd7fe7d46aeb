"""Tasks from directive provisions, who is responsible for them (assignments with roles) and by when."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from loaders import assign as g
from loaders import deadlines as dl
from loaders.context import Context
from loaders.forward import opens_duty
from loaders.implied import implied
from loaders.matcher import bounded_words
from loaders.model import Item
from loaders.partners import partner_roles, under_bare_lead
from loaders.structure import Prov
from loaders.tables import find_tables, table_tasks

# A sentence break is group 1: the white space after . ! ? … before a capital. Matching the punctuation
# (not a look-behind) lets the engine skip to it; the search starts one character early to see it.
_SENTENCE = re.compile(r"[.!?…](\s+)(?=[“\"(]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_DIRECTIVE = re.compile(
    "("
    + bounded_words(
        "tiep tuc|tap trung|day manh|tang cuong|nang cao|thuc hien|trien khai|hoan thanh|hoan thien|xay dung|"
        "ra soat|kien toan|quan triet|chi dao|lanh dao|phe duyet|giai quyet|phat trien|ho tro|khac phuc|"
        "chu tri|phoi hop|can|thuc day|doi moi|uu tien|day nhanh|bao dam|dam bao|to chuc|kiem tra|chu dong|"
        "tich cuc|de nghi|yeu cau|tham muu|huong dan|nghien cuu|de xuat|xu ly|tao dieu kien|"
        "khan truong|lap|trinh|ban hanh|giao|trach nhiem|theo doi|bao cao"
    )
    + r")\b"
)
_SPAN = itemgetter(0, 1)  # sort key of (start, end, item) mentions: the span (a C key, no lambda calls)
_LABEL = re.compile(r"[\s*_]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,5})[.)]\s*)?[\s*_]*")
_HEADING_END = re.compile(r"[\s*_]*(?::[\s*_]*)?$")
_HEAD_SEP = re.compile(r"[\s*_]*(?::|[–-](?=\s*\*{0,2}\s*[a-z]))")  # a heading's bodies, then ':' or a dash
_SPEAKS = re.compile(r"\s*(?:(?:tiep tuc|dong thoi)\s+)?((?:giao|de nghi|yeu cau|chi dao|thong bao de)\s)")
# A programme component's caption under a duty heading ('Dự án 1: “Phòng ngừa …”.'), not a duty.
_CAPTION = re.compile(r"[\s*_]*(?:tieu )?du an \d+[^:]{0,20}:[\s*_]*[“\"][^”\"]*[”\"][\s*_.]*$")
_HEAD_QUALIFIER = re.compile(
    r"(?:\s+(?:cap tinh|cua tinh|cua thanh pho|thanh pho|tinh|co lien quan|lien quan|tren dia ban"
    r"|truc thuoc|khac))+"
)
# Between a duty's doer and a "phối hợp" verb: the verb belongs to whom the doer directs or advises.
_DELEGATED = re.compile(r"\b(?:chi dao|tham muu)\s+(?!,)[^,;:]{2,60},?\s*$")
_CHI_DAO = re.compile(r"[\s*_]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?[\s*_-]*chi dao\s")
_REQUEST = re.compile(r"[\s*_]*(?:de nghi|giao)\s+")
_PERIOD_TAIL = re.compile(r"\s+hang (?:thang|nam|quy|tuan)\b")
# Parts whose sentences may direct bodies (a funding part: "… gửi Sở Tài chính tổng hợp, trình UBND tỉnh").
_DIRECTING_PARTS = ("kien nghi", "trach nhiem", "phan cong", "de xuat", "nhiem vu", "kinh phi")
_INHERITED = frozenset(("assign.duty_section", "implied.lead_in"))
CoordList = tuple[int, int, int, list[g.Mention]]  # verb start, list start, list end, bodies
Section = tuple[int, int, list[g.Mention], tuple[int, int]]  # start, scope end, bodies, heading span


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


def _assign(ctx: Context, task: Item, f: g.Found, implied: bool = False) -> None:
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
                not _DIRECTIVE.search(low) or ("tinh hinh" in low and "duoc du bao" in low)
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
                _assign(ctx, task, f, f.rule.startswith("implied."))
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


def _heading(ctx: Context, bodies: g.Bodies, s: int, e: int) -> tuple[list[g.Mention], int] | None:
    """Bodies a duty section is headed by ('1. Sở Xây dựng:', '**Sở Xây dựng** – Chủ trì …') and their end."""
    folded = ctx.folded
    m = _LABEL.match(folded, s, e)
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
    found = _clause(bodies, ctx.folded, ls, le, [])
    if not found and (c := ctx.folded.find(", ", ls, min(le, ls + 40))) > 0:
        found = _clause(bodies, ctx.folded, c + 2, le, [])  # "Trước tình hình đó, các cấp, các ngành …"
    return (found, found[-1][1]) if found else None


def _lead_in_scope(folded: str, prov: Prov, headed: set[int]) -> list[tuple[int, int]]:
    """The points a lead-in sentence gives its actor: its provision's children, except, in a list of
    sections headed by bodies, a child titled over points of its own ("2.13. Ủy ban nhân dân xã, phường"
    over a), b) … beside "2.1. Sở Tài chính"): that title names its own actor, known or not."""
    titled = sum(1 for c in prov.children if c.spans and c.spans[0][0] in headed) * 2 > len(prov.children)
    out: list[tuple[int, int]] = []
    for child in prov.children:
        hs, he = child.spans[0] if child.spans else (child.start, child.start)
        if titled and child.children and he - hs < 200 and not _DIRECTIVE.search(folded, hs, he):
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
        return True  # only the duties it states (loaders/forward.py)
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
    m = _LABEL.match(folded, hs, he)
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


def assignments(
    ctx: Context,
    bodies: g.Bodies,
    s: int,
    e: int,
    section: Section | None,
    hint: str | None = None,
    carried: list[g.Mention] | None = None,
) -> tuple[list[g.Found], list[g.Mention]]:
    """Every assignment the grammar finds in sentence [s, e), within a duty section or not, and the
    sentence's doers; `carried` are the doers of the paragraph's previous sentence, for a sentence that
    names none (the subject left out: "Tỉnh tổ chức …. Tập trung ưu tiên đầu tư …")."""
    folded = ctx.folded
    out: list[g.Found] = []
    actors: list[g.Mention] = []
    covered = s  # a clause start inside a list of bodies already read ("Giám đốc A; Chủ tịch B") is none
    lists = _coord_lists(bodies, folded, s, e)
    for k, cs in enumerate(g.clause_starts(folded, s, e)):
        if cs < covered or (lists and any(a < cs < b for _, a, b, _ in lists)):
            continue  # inside a list already read, or a "phối hợp với A; B; C" list
        if k == 0 and section is not None and section[3][0] == s:  # "1. Sở Xây dựng – Chủ trì …"
            actors = _section_duty(folded, section, section[3][1], e, out, hint)
            continue
        n_out = len(out)
        got = _clause(bodies, folded, cs, e, out)
        if got and k == 0 and section is not None and _CHI_DAO.match(folded, cs, e):
            for f in out[n_out:]:  # "- Chỉ đạo lực lượng Kiểm lâm …" under X: X leads, Y carries it out
                if f.rule == "assign.chi_dao" and f.role == "lead":
                    f.role, f.rule = "implement", "assign.section_chi_dao"
            _section_duty(folded, section, s, e, out, hint)
        if not got and k == 0 and section is not None:
            got = _section_duty(folded, section, s, e, out, hint)
        elif (
            not got
            and not _opens_with_verb(folded, cs, e)
            and (c := folded.find(", ", cs, min(e, cs + 40))) > 0
        ):
            # after an adverbial ("Trước tình hình đó, …") or a list item's first words ("các đồng chí …, X")
            got = _clause(bodies, folded, c + 2, e, out)
        if got:
            covered = got[-1][1]
        actors = actors or got
    carry = not actors and carried and not out and _DIRECTIVE.search(folded, s, e)
    if carry:
        actors = carried or []
    _coordinates(folded, s, e, actors, out, lists)
    _monitors(bodies, folded, s, e, actors, out)
    _approvals(bodies, folded, s, e, out)
    _reports(ctx, bodies, folded, s, e, actors, out)
    if carry and not out and folded.find("bao cao", s, e) < 0:  # one that acts carries the doers on
        out.extend(g.Found(b, "implement", s, e, "assign.carried_subject", 0.6) for _, _, b in actors)
    return out, actors


def _opens_with_verb(folded: str, cs: int, e: int) -> bool:
    """Whether a clause opens with a role verb ('Phối hợp với A, B …'): bodies after it are its objects."""
    m = _LABEL.match(folded, cs, e)
    return g.OPENING.match(folded, m.end() if m else cs, e) is not None


def _clause(bodies: g.Bodies, folded: str, cs: int, e: int, out: list[g.Found]) -> list[g.Mention]:
    """A clause that opens with its actor (after 'Giao', 'Đề nghị' or a head's post): its bodies' roles."""
    m = _LABEL.match(folded, cs, e)
    pos = m.end() if m else cs
    prefix = None
    if folded.startswith("la co so de ", pos):
        pos += 12  # "Là cơ sở để các sở, ban, ngành … xây dựng kế hoạch": the purpose names its doers
    if (p := g.PREFIX.match(folded, pos, e)) and not folded.endswith(("ve ", "theo "), max(0, pos - 6), pos):
        prefix, pos = p["w"], p.end()
    chain = bodies.chain(pos, e)
    bare = not chain and pos in bodies.province
    if bare:
        chain = [bodies.province[pos]]  # "Tỉnh nghiên cứu lập báo cáo …"
    if not chain:
        return []
    if prefix is None and (p := _SPEAKS.match(folded, chain[-1][1], e)) and bodies.chain(p.end(), e):
        return _clause(bodies, folded, p.start(1), e, out)  # "UBND tỉnh yêu cầu X …": X is the actor
    listed = g.head_list(bodies, folded, chain, e)
    chain = listed or chain
    role, rule, end = g.subject_role(folded, chain, e, prefix)
    rule = "assign.head_list" if listed and rule.startswith("assign.subject") else rule
    rule = "assign.bare_province" if bare and rule.startswith("assign.subject") else rule
    if g._POST.match(folded, pos, e) and rule == "assign.subject_chu_tri":
        rule = "assign.head_post"  # "Giám đốc Sở X chịu trách nhiệm …": the body it heads leads
    for bs, be, body in chain:
        out.append(g.Found(body, role, bs, max(be, end), rule, 0.9))
    after = chain[-1][1]
    mon = g.monitor_in(folded, after, min(e, after + 60)) if role == "lead" else None
    if mon and (mon.start() - after < 25 or folded.startswith("chu tri", mon.start())):
        out.extend(g.Found(b, "monitor", bs, mon.end(), "assign.monitor", 0.75) for bs, _, b in chain)
    if rule == "assign.party_lanh_dao":
        for bs, be, body in bodies.chain(end, e):  # "X lãnh đạo, chỉ đạo Y …": Y carries it out
            out.append(g.Found(body, "implement", bs, be, "assign.party_lanh_dao", 0.85))
    return chain


def _section_duty(
    folded: str, section: Section, s: int, e: int, out: list[g.Found], hint: str | None = None
) -> list[g.Mention]:
    """A duty under a section headed by a body: the body leads it unless the duty opens otherwise."""
    m = _LABEL.match(folded, s, e)
    op = g.OPENING.match(folded, m.end() if m else s, e)
    kind = op.lastgroup if op else None
    role = {"coord": "coordinate", "mon": "monitor", "rep": "report"}.get(kind or "", "lead")
    if role == "report":
        return section[2]  # the report rule names the receiver
    if kind is None and hint == "coordinate":
        role = "coordinate"  # a dash under "b) Phối hợp với …"
    hs, he = section[3]
    pos = op.end() if op else (m.end() if m else s)
    mon = g.monitor_in(folded, pos, min(e, pos + 70)) if role == "lead" else None
    if mon is not None and g.MONITOR_NOUN.search(folded, max(pos, mon.start() - 12), mon.start()):
        mon = None  # "Dữ liệu từ hệ thống camera giám sát …": a thing that monitors, not a duty to
    if mon is not None and kind is None and not folded.startswith("chu tri", m.end() if m else s):
        role = "monitor"  # "Hướng dẫn, theo dõi, đôn đốc …", "Tăng cường công tác giám sát …"
    elif mon is not None:  # "Chủ trì, phối hợp … hướng dẫn, theo dõi …": leads and monitors
        out.extend(g.Found(b, "monitor", hs, mon.end(), "assign.duty_section", 0.8) for _, _, b in section[2])
    if role == "lead" and _collective_heading(folded, section, m.end() if m else s):
        role = "implement"
    rule = "assign.standing_body" if kind == "standing" else "assign.duty_section"
    conf = 0.85
    if section[0] != hs:  # a lead-in sentence before the list, not a heading: the actor is inferred
        rule, conf = "implied.lead_in", 0.45
    for _, _, body in section[2]:
        out.append(g.Found(body, role, hs, max(he, op.end() if op else he), rule, conf))
    return section[2]


def _collective_heading(folded: str, section: Section, pos: int) -> bool:
    """A section headed only by collectives ('Các sở, ban, ngành:') implements its points, unless the
    heading says 'có/chịu trách nhiệm' or the point itself says 'chủ trì'."""
    heads = section[2]
    if folded.startswith("chu tri", pos) or not any(g.COLLECTIVE.match(folded, a, b) for a, b, _ in heads):
        return False
    if not all(g.COLLECTIVE.match(folded, bs, be) or g.COMMUNES.match(folded, bs, be) for bs, be, _ in heads):
        return False  # "Các Sở, ngành, UBND các xã, phường và …": the communes' committees as one of many
    hs, he = section[3]
    return (
        folded.find("co trach nhiem", hs, he + 120) < 0 and folded.find("chiu trach nhiem", hs, he + 120) < 0
    )


def _coord_lists(
    bodies: g.Bodies, folded: str, s: int, e: int
) -> list[tuple[int, int, int, list[g.Mention]]]:
    """Each 'phối hợp (với) A, B; C' list: (verb start, list start, list end, its bodies), ';' included."""
    if folded.find("phoi hop", s, e) < 0:  # str.find skips the regexes in most sentences
        return []
    out: list[CoordList] = []
    for m in g.COORD.finditer(folded, s, e):
        chain = bodies.chain(m.end(), e)
        while chain and folded.startswith("; ", chain[-1][1]) and (more := bodies.chain(chain[-1][1] + 2, e)):
            chain += more  # "phối hợp với các Sở, ban, ngành; UBND các xã, phường; …"
        if chain:
            out.append((m.start(), m.end(), chain[-1][1], chain))
    return out


def _coordinates(
    folded: str, s: int, e: int, actors: list[g.Mention], out: list[g.Found], lists: list[CoordList]
) -> None:
    if not lists:
        return
    mine = {id(b) for _, _, b in actors}
    lab = _LABEL.match(folded, s, e)
    op = g.OPENING.match(folded, lab.end() if lab else s, e)
    for ms, _, _, chain in lists:
        if op is not None and op.lastgroup == "coord" and op.start() <= ms <= op.end():
            continue  # "Phối hợp với Y …" opening a duty: the duty's own body coordinates, Y gets no role
        if _DELEGATED.search(folded, max(s, ms - 80), ms):
            continue  # "chỉ đạo đơn vị chuyên môn phối hợp với Y", "tham mưu UBND tỉnh phối hợp Y"
        for _, be, body in chain:
            if id(body) not in mine:
                out.append(g.Found(body, "coordinate", ms, be, "assign.coordinate", 0.85))


def _monitors(
    bodies: g.Bodies, folded: str, s: int, e: int, actors: list[g.Mention], out: list[g.Found]
) -> None:
    """Bodies followed by a monitoring verb inside the sentence ('… X và Y theo dõi, chỉ đạo')."""
    if not g.has_monitor_word(folded, s, e):
        return
    mine = {id(b) for _, _, b in actors}
    found = bodies.within(s, e)
    for k, (bs, be, body) in enumerate(found):
        mon = g.MONITOR_AFTER.match(folded, be, e)
        if mon is None or id(body) in mine:
            continue
        out.append(g.Found(body, "monitor", bs, mon.end(), "assign.monitor_after", 0.75))
        start = bs
        for ps, pe, prev in reversed(found[:k]):  # the bodies listed before it share the verb
            if g.BEFORE.fullmatch(folded, pe, start) is None:
                break
            out.append(g.Found(prev, "monitor", ps, mon.end(), "assign.monitor_after", 0.75))
            start = ps


def _approvals(bodies: g.Bodies, folded: str, s: int, e: int, out: list[g.Found]) -> None:
    if folded.find("trinh", s, e) < 0 and folded.find("tham muu", s, e) < 0:
        return
    for m in g.APPROVE.finditer(folded, s, e):
        chain = bodies.chain(m.end(), e)
        if chain and (ap := g.APPROVE_AFTER.match(folded, chain[-1][1], e)):
            rule = "assign.tham_muu_approve" if folded.startswith("tham muu", m.start()) else "assign.approve"
            out.extend(g.Found(body, "approve", m.start(), ap.end(), rule, 0.9) for _, _, body in chain)


def _reports(
    ctx: Context, bodies: g.Bodies, folded: str, s: int, e: int, actors: list[g.Mention], out: list[g.Found]
) -> None:
    has_send = folded.find("gui ", s, e) >= 0
    if folded.find("bao cao", s, e) < 0 and not has_send:
        return
    found = list(g.REPORT.finditer(folded, s, e))
    if has_send:
        found += g.SEND.finditer(folded, s, e)
    for m in found:
        if folded.startswith("b", m.start()) and (c := g.COMPETENT.match(folded, m.end(), e)):
            out.extend(
                g.Found(who, "report", m.start(), c.end(), "assign.report_competent", 0.8)
                for _, _, who in actors
            )
            continue
        chain = bodies.chain(m.end(), e)
        who_list = actors
        if (t := folded.rfind("tham muu ", s, m.start())) >= 0 and (
            advised := bodies.chain(t + 9, m.start())
        ):
            who_list = advised  # "Tham mưu UBND tỉnh …, báo cáo Z": the advised body reports
        rule = "assign.report"
        if compiler := g.compiler(bodies, folded, s, m.start()):
            who_list, rule = compiler, "assign.report_compiled"  # "gửi Sở X tổng hợp báo cáo Z": X reports
        elif g.sent_on(folded, s, m.start()):
            continue  # "phản ánh về <a body not known> để tổng hợp, báo cáo Z": not the sender's report
        for _, be, target in chain:
            for _, _, who in who_list:
                if who is not target:
                    out.append(g.Found(who, "report", m.start(), be, rule, 0.85, target))
