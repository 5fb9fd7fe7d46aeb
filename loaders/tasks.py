"""Tasks from directive provisions and who is responsible for them (assignments with roles)."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from loaders.context import Context
from loaders.matcher import bounded_words, cached_fold
from loaders.model import Item
from loaders.structure import Prov
from ontology import keys

# A sentence break is group 1: the white space after . ! ? … before a capital. Matching the punctuation
# (not a look-behind) lets the engine skip to it; the search starts one character early to see it.
_SENTENCE = re.compile(r"[.!?…](\s+)(?=[“\"(]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_DIRECTIVE = re.compile(
    "("
    + bounded_words(
        "tiep tuc|tap trung|day manh|tang cuong|nang cao|thuc hien|trien khai|hoan thanh|hoan thien|xay dung|"
        "ra soat|kien toan|quan triet|chi dao|lanh dao|phe duyet|giai quyet|phat trien|ho tro|khac phuc|"
        "chu tri|phoi hop|can|thuc day|doi moi|uu tien|day nhanh|bao dam|dam bao|to chuc|kiem tra|chu dong|"
        "tich cuc|"
        "khan truong|lap|trinh|ban hanh|giao|trach nhiem|theo doi|bao cao"
    )
    + r")\b"
)
_SPAN = itemgetter(0, 1)  # sort key of (start, end, item) mentions: the span (a C key, no lambda calls)
_SEP = re.compile(r"[\s,;]*(?:và\s+|cùng\s+)?")
_PREFIX = re.compile(r"(?:Giao|giao|Đề nghị|Yêu cầu)\s+")
_LEAD = re.compile(r"\s*,?\s*(?:chủ trì|có trách nhiệm|chịu trách nhiệm|lãnh đạo|là cơ quan thường trực|:)")
_COORD = re.compile(r"phối hợp(?:\s+chặt chẽ)?\s+với\s+")
_COORD_AFTER = re.compile(r"\s*,?\s*(?:phối hợp|tham gia phối hợp)\b")
_MONITOR = re.compile(r"\s*,?\s*(?:theo dõi|kiểm tra, giám sát|giám sát|đôn đốc)\b")
_REPORT = re.compile(r"báo cáo\s+(?:kết quả\s+(?:thực hiện\s+)?(?:về\s+)?)?")
_APPROVE = re.compile(r"trình\s+")
_APPROVE_AFTER = re.compile(
    r"\s*(?:xem xét,?\s*)?(?:thẩm định,?\s*)?(?:phê duyệt|quyết định|ban hành|cho ý kiến)"
)


class _Bodies:
    """Body mentions sorted by start, for quick look-ups inside a sentence."""

    def __init__(self, bodies: list[Item]) -> None:
        spans = sorted(((e.start, e.end, it) for it in bodies for e in it.evidence), key=_SPAN)
        self.starts = [s[0] for s in spans]
        self.spans = spans
        self.at: dict[int, list[tuple[int, int, Item]]] = {}  # by start, ends ascending
        for sp in spans:
            self.at.setdefault(sp[0], []).append(sp)

    def within(self, lo: int, hi: int) -> list[tuple[int, int, Item]]:
        i = bisect_left(self.starts, lo)
        out = []
        spans = self.spans
        n = len(spans)
        while i < n and spans[i][0] < hi:
            if spans[i][1] <= hi:
                out.append(spans[i])
            i += 1
        return out

    def _mention(self, pos: int, hi: int) -> tuple[int, int, Item] | None:
        """The longest mention starting at pos and ending by hi (as a dict of within() would keep)."""
        found = None
        for sp in self.at.get(pos, ()):
            if sp[1] <= hi:
                found = sp
        return found

    def chain(self, text: str, pos: int, hi: int) -> list[tuple[int, int, Item]]:
        """Bodies listed one after another from pos ('A, B; các C và D')."""
        out: list[tuple[int, int, Item]] = []
        lo = pos
        while True:
            m = _SEP.match(text, pos, hi)
            at = m.end() if m else pos
            nxt = self._mention(at, hi) if at >= lo else None
            if nxt is None:
                return out
            out.append(nxt)
            pos = nxt[1]


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


def _implied_body(ctx: Context) -> Item | None:
    if ctx.issuer is None:
        return None
    short = ctx.issuer.name
    entry = ctx.gaz.by_name.get(cached_fold(f"Các cơ quan đơn vị trực thuộc {short}"))
    if entry is None and ctx.issuer.data.get("short_name") == "UBND":
        entry = ctx.gaz.by_name.get(cached_fold("Các cơ quan đơn vị trực thuộc UBND tỉnh Quảng Ngãi"))
    if entry is not None:
        item = ctx.collector.get("bodies", entry.key)
        if item is None:
            item = ctx.collector.add(
                "bodies",
                entry.key,
                entry.name,
                {"key": entry.key, "curated": True, "kind": "collective", "implied": True},
                [],
            )
        return item
    name = f"Các cơ quan, đơn vị trực thuộc {short}"
    key = keys.body_key(name, ctx.province or keys.NATIONAL)
    return ctx.collector.add("bodies", key, name, {"key": key, "curated": False, "kind": "collective"}, [])


def _assign(
    ctx: Context,
    task: Item,
    body: Item,
    role: str,
    span: tuple[int, int],
    rule: str,
    conf: float,
    implied: bool = False,
    to: Item | None = None,
) -> None:
    fields = {
        "body": body.id,
        "body_name": body.name,
        "body_key": body.fields.get("key"),
        "role": role,
        "task": task.id,
        "implied": implied,
        "confidence": conf,
        "to": to.id if to else None,
        "to_name": to.name if to else None,
    }
    ev = [ctx.ev(span[0], span[1], rule, conf)] if span[1] > span[0] else []
    ctx.collector.add(
        "assignments", f"{task.id}|{role}|{body.id}|{to.id if to else ''}", f"{role}: {body.name}", fields, ev
    )


def extract_tasks(ctx: Context, provs: list[Prov], concern_kinds: list[list[Item]]) -> None:
    """Tasks and assignments for every provision in a tasks or implementation part."""
    text = ctx.text
    bodies = _Bodies(ctx.collector.items["bodies"])
    concern = sorted(
        ((e.start, e.end, it) for lst in concern_kinds for it in lst for e in it.evidence),
        key=_SPAN,
    )
    cstarts = [c[0] for c in concern]
    implied_body: Item | None = None
    for prov in provs:
        if prov.role not in ("tasks", "implementation"):
            continue
        spans = prov.spans[1:] if prov.children or prov.kind == "part" else prov.spans
        prov_item = ctx.collector.get("provisions", prov.path)
        n = 0
        for s, e in sentences(text, spans):
            sent = text[s:e]
            low = ctx.folded[s:e]
            if not _DIRECTIVE.search(low) or ("tinh hinh" in low and "duoc du bao" in low):
                continue
            n += 1
            words = sent.split(None, 14)  # 14 words and the rest, if any
            name = " ".join(words[:14]).rstrip(" ,;:.") + (" …" if len(words) > 14 else "")
            i = bisect_left(cstarts, s)
            concerns: list[str] = []
            while i < len(concern) and concern[i][0] < e:
                if concern[i][2].id not in concerns:
                    concerns.append(concern[i][2].id)
                i += 1
            task = ctx.collector.add(
                "tasks",
                f"{prov.path}/t{n}",
                name,
                {
                    "text": sent,
                    "provision": prov_item.id if prov_item else None,
                    "path": prov.path,
                    "ordinal": n,
                    "part_role": prov.role,
                    "concerns": concerns,
                },
                [ctx.ev(s, e, f"task.{prov.role}", 0.8)],
            )
            explicit = _assignments(ctx, bodies, task, s, e, prov.role)
            if not explicit:
                implied_body = implied_body or _implied_body(ctx)
                if implied_body is not None:
                    _assign(ctx, task, implied_body, "implement", (s, s), "implied.issuer_directs", 0.4, True)


def _assignments(ctx: Context, bodies: _Bodies, task: Item, s: int, e: int, role: str) -> bool:
    """Explicit assignments in sentence [s, e); True when someone is named to lead or implement."""
    text = ctx.text
    start = s
    if m := _PREFIX.match(text, s, e):
        start = m.end()
    subjects = bodies.chain(text, start, e)
    comma = text.find(", ", start, min(e, start + 40))
    if not subjects and comma > 0:  # after a leading adverbial: "Trước tình hình đó, các cấp, các ngành …"
        subjects = bodies.chain(text, comma + 2, e)
    explicit = False
    if subjects:
        after = subjects[-1][1]
        lead = _LEAD.match(text, after, e)
        r = "lead" if lead or start != s else "implement"
        if r == "implement" and _MONITOR.match(text, after, e):
            r = "monitor"
        for bs, be, body in subjects:
            _assign(ctx, task, body, r, (bs, lead.end() if lead else be), f"assign.subject.{r}", 0.9)
        explicit = True
    # _COORD, _APPROVE and _REPORT open with these words: str.find skips the regex in most sentences
    for m in _COORD.finditer(text, s, e) if text.find("phối hợp", s, e) >= 0 else ():
        for _, be, body in bodies.chain(text, m.end(), e):
            _assign(ctx, task, body, "coordinate", (m.start(), be), "assign.coordinate", 0.85)
    for bs, be, body in bodies.within(s, e):
        if (co := _COORD_AFTER.match(text, be, e)) and not any(b is body for _, _, b in subjects):
            _assign(
                ctx,
                task,
                body,
                "coordinate",
                (bs, co.end()),
                "assign.coordinate",
                0.8,
            )
        if (mon := _MONITOR.match(text, be, e)) and not _LEAD.match(text, be, e):
            chain_start = bs
            for ps, pe, pb in reversed(bodies.within(s, bs)):
                if re.fullmatch(r"[\s,;]*(?:và\s+)?", text[pe:chain_start]):
                    _assign(ctx, task, pb, "monitor", (ps, mon.end()), "assign.monitor", 0.75)
                    chain_start = ps
                else:
                    break
            _assign(ctx, task, body, "monitor", (bs, mon.end()), "assign.monitor", 0.75)
    for m in _APPROVE.finditer(text, s, e) if text.find("trình", s, e) >= 0 else ():
        chain = bodies.chain(text, m.end(), e)
        if chain and (ap := _APPROVE_AFTER.match(text, chain[-1][1], e)):
            for _, _, body in chain:
                _assign(ctx, task, body, "approve", (m.start(), ap.end()), "assign.approve", 0.9)
    for m in _REPORT.finditer(text, s, e) if text.find("báo cáo", s, e) >= 0 else ():
        chain = bodies.chain(text, m.end(), e)
        if not chain:
            continue
        reporters = subjects or ([] if ctx.issuer is None else [])
        for _, be, target in chain:
            for _, _, who in reporters:
                _assign(ctx, task, who, "report", (m.start(), be), "assign.report", 0.85, to=target)
            if not reporters:
                implied = _implied_body(ctx)
                if implied is not None:
                    _assign(
                        ctx, task, implied, "report", (m.start(), be), "implied.report", 0.4, True, target
                    )
    return explicit
