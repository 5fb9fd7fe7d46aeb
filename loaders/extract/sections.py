"""Duty sections: a provision headed by bodies ("1. Sở Xây dựng:", "**Sở Xây dựng** – Chủ trì …", "Đề nghị
Viện kiểm sát …") or led in by a sentence that names them; their duties below are theirs. Also which
provisions direct bodies at all, and the role a sub-heading gives the points under it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from loaders.extract import assign as g
from loaders.extract.clauses import DIRECTIVE, LABEL, Section, clause
from loaders.extract.context import Context
from loaders.extract.structure import Prov

# A sentence break is group 1: the white space after . ! ? … before a capital. Matching the punctuation
# (not a look-behind) lets the engine skip to it; the search starts one character early to see it.
_SENTENCE = re.compile(r"[.!?…](\s+)(?=[“\"(]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
HEADING_END = re.compile(r"[\s*_]*(?::[\s*_]*)?$")  # what may close a heading: a colon, markup
_HEAD_SEP = re.compile(r"[\s*_]*(?::|[–-](?=\s*\*{0,2}\s*[a-z]))")  # a heading's bodies, then ':' or a dash
_HEAD_QUALIFIER = re.compile(
    r"(?:\s+(?:cap tinh|cua tinh|cua thanh pho|thanh pho|tinh|co lien quan|lien quan|tren dia ban"
    r"|truc thuoc|khac))+"
)
_REQUEST = re.compile(r"[\s*_]*(?:de nghi|giao)\s+")
# Parts whose sentences may direct bodies (a funding part: "… gửi Sở Tài chính tổng hợp, trình UBND tỉnh").
_DIRECTING_PARTS = ("kien nghi", "trach nhiem", "phan cong", "de xuat", "nhiem vu", "kinh phi")


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
    if HEADING_END.match(folded, end, e):
        return chain, end
    if r := _HEAD_SEP.match(folded, end, e):
        return None if g.head_list(bodies, folded, chain, e) else (chain, r.end())
    return None


def duty_sections(ctx: Context, bodies: g.Bodies, provs: list[Prov]) -> list[Section]:
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
            if i == 0 or HEADING_END.match(ctx.folded, head[1], e):
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


def duty_in_heading(sections: list[Section], prov: Prov) -> bool:
    """Whether the provision's heading is a section heading with a duty after it."""
    s, e = prov.spans[0]
    return any(sec[3][0] == s and e - sec[3][1] > 10 for sec in sections)


def directs(prov: Prov, sections: list[Section], folded: str) -> bool:
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


def section_at(sections: list[Section], starts: list[int], s: int, e: int) -> Section | None:
    """The innermost section whose scope holds [s, e)."""
    k = bisect_left(starts, s + 1) - 1
    while k >= 0:
        sec = sections[k]
        if sec[0] <= s and e <= sec[1]:
            return sec
        k -= 1
    return None


def sub_heading(folded: str, prov: Prov) -> str | None:
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


def role_hint(folded: str, prov: Prov) -> str | None:
    """The role a point takes from the nearest enclosing sub-heading that names one."""
    p = prov.parent
    while p is not None and p.kind != "part":
        if p.children and (kind := sub_heading(folded, p)) is not None:
            return kind
        p = p.parent
    return None
