"""The clause grammar of a task sentence: who leads, coordinates, monitors, reports and approves."""

from __future__ import annotations

import re

from loaders.extract import assign as g
from loaders.extract.context import Context
from loaders.gazetteer.folded import bounded_words

DIRECTIVE = re.compile(
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
LABEL = re.compile(r"[\s*_]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,5})[.)]\s*)?[\s*_]*")
_SPEAKS = re.compile(r"\s*(?:(?:tiep tuc|dong thoi)\s+)?((?:giao|de nghi|yeu cau|chi dao|thong bao de)\s)")
# Between a duty's doer and a "phối hợp" verb: the verb belongs to whom the doer directs or advises.
_DELEGATED = re.compile(r"\b(?:chi dao|tham muu)\s+(?!,)[^,;:]{2,60},?\s*$")
_CHI_DAO = re.compile(r"[\s*_]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?[\s*_-]*chi dao\s")
CoordList = tuple[int, int, int, list[g.Mention]]  # verb start, list start, list end, bodies
Section = tuple[int, int, list[g.Mention], tuple[int, int]]  # start, scope end, bodies, heading span


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
        got = clause(bodies, folded, cs, e, out)
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
            got = clause(bodies, folded, c + 2, e, out)
        if got:
            covered = got[-1][1]
        actors = actors or got
    carry = not actors and carried and not out and DIRECTIVE.search(folded, s, e)
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
    m = LABEL.match(folded, cs, e)
    return g.OPENING.match(folded, m.end() if m else cs, e) is not None


def clause(bodies: g.Bodies, folded: str, cs: int, e: int, out: list[g.Found]) -> list[g.Mention]:
    """A clause that opens with its actor (after 'Giao', 'Đề nghị' or a head's post): its bodies' roles."""
    m = LABEL.match(folded, cs, e)
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
        return clause(bodies, folded, p.start(1), e, out)  # "UBND tỉnh yêu cầu X …": X is the actor
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
    m = LABEL.match(folded, s, e)
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
    lab = LABEL.match(folded, s, e)
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
