"""The assignment grammar: who leads, coordinates, monitors, reports, approves; each pattern a named rule."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

from loaders.extract.model import Item
from loaders.gazetteer.folded import bounded_words

# Every pattern reads the folded text (lower case, no diacritics, same offsets as the text).
_SPAN = itemgetter(0, 1)
Mention = tuple[int, int, Item]
_POSTS = (
    r"(?:pho giam doc|giam doc|thu truong|pho chu tich|chu tich|bi thu|truong ban|nguoi dung dau|"
    r"tong giam doc|bo truong|cuc truong|chanh van phong|truong)"
).replace(" ", r"\s+")  # a post's words may wrap to the next line ("Giám\nđốc")
_POST = re.compile(_POSTS + r"\s+")
# Between two bodies of a list: a comma, "và"/"cùng", and before a head's post also ";" (posts lists).
_SEP = re.compile(r"[ ,]*(?:;\s*(?=" + _POSTS + r"\s))?(?:(?:va|cung)\s+)?")
# A body's name never holds these (the mention swallowed the words after it: issue 12 item 1).
_SWALLOWED = re.compile(
    r"[:;]|\b(?:chu tri|phoi hop|lanh dao|chi dao|tham muu|huong dan|xem xet|ban hanh|trien khai|de nghi|"
    r"thuc hien|truoc ngay|hang (?:nam|quy|thang)|bao cao|theo doi|kip thoi|khan truong)\b|\d{1,2}/\d"
)
_REQUEST_AFTER_COMMA = re.compile(r"(?:yeu cau|de nghi)\s")
PREFIX = re.compile(r"(?P<w>giao|de nghi|yeu cau|chi dao|thong bao de)\s+")
_COORD_ADV = r"(?:(?:chu dong|tham gia|tich cuc|thuong xuyen|tang cuong|trao doi,?)\s+)?"
ROLE = re.compile(
    r"[\s,*_]*(?:"
    r"(?P<standing>:?\s*la (?:co quan|don vi) (?:thuong truc|dau moi|chu tri)|:?\s*la dau moi)"
    r"|(?P<coord>(?:(?:co|chiu) trach nhiem\s+)?" + _COORD_ADV + r"phoi hop)"
    r"|(?P<lead>chu tri|co trach nhiem|chiu trach nhiem|lam dau moi)"
    r"|(?P<party>(?:tap trung\s+|tiep tuc\s+)?lanh dao,?\s*(?:chi dao)?)"
    r"|(?P<colon>[:–-](?!\s*\d))"
    r"|(?P<mon>theo doi|don doc|kiem tra,? giam sat|giam sat)"
    r"|(?P<rep>(?:tong hop,?\s*)?bao cao)"
    r"|(?P<tm>tham muu))"
)
# "X theo chức năng, nhiệm vụ được giao, có trách nhiệm …": the qualifier between a subject and its role.
# A few words may describe the subject first ("các Sở, ban, ngành quản lý quy hoạch theo chức năng …").
QUALIFIER = re.compile(
    r"[\s,]*(?:\w+\s+){0,4}?(?:theo|can cu|trong pham vi)\s[^;:.]{0,80}?"
    r"(?:duoc giao|cua minh|tham quyen|quan ly)\b[\s,]*"
)
_QUALIFIER_END = re.compile(r"(?:duoc giao|cua minh|tham quyen|quan ly)\b[\s,]*")
COORD = re.compile(r"phoi hop(?:\s+chat che)?(?:\s+voi)?\s+")
MONITOR_AFTER = re.compile(r"[\s,]*(?:theo doi|kiem tra,? giam sat|giam sat|don doc)\b")
BEFORE = re.compile(r"[\s,;]*(?:va\s+)?")
# "hệ thống giám sát", "ứng dụng công nghệ trong giám sát": monitoring as a noun, not a duty to monitor
MONITOR_NOUN = re.compile(r"(?:camera|he thong|thiet bi|cong cu|trong)\s+$")
MONITOR = re.compile(r"(?:chu tri,?\s*)?(?:theo doi|don doc|kiem tra,? giam sat|giam sat)\b")
_MONITOR_WORDS = ("theo doi", "giam sat", "don doc")  # in every MONITOR match
REPORT = re.compile(
    r"bao cao\s+(?:ket qua\s+(?:thuc hien\s+)?(?:trien khai\s+)?|kip thoi\s+)?"
    r"(?:ve\s+|len\s+|cho\s+)?"
)
SEND = re.compile(bounded_words("gui") + r"\s+(?:ve\s+)?")  # "gửi (về) Z" of results or plans: a report to Z
COMPETENT = re.compile(r"(?:cac\s+)?cap co\s+tham\s+quyen")  # "báo cáo cấp có thẩm quyền": no body named
APPROVE = re.compile(r"(?:trinh|tham muu(?:\s+cho)?)\s+")
APPROVE_AFTER = re.compile(
    r"\s*(?:xem xet,?\s*)?(?:tham dinh,?\s*)?(?:phe duyet|quyet dinh|ban hanh|cho y kien|xem xet)"
)
# The first verb of a duty under a section headed by a body decides the section body's role there.
OPENING = re.compile(
    r"[\s*_]*(?:(?P<standing>la (?:co quan|don vi) (?:thuong truc|dau moi|chu tri)|la dau moi)"
    r"|(?P<coord>" + _COORD_ADV + r"phoi hop)"
    r"|(?P<mon>theo doi|don doc|giam sat|kiem tra,? giam sat)"
    r"|(?P<rep>(?:dinh ky\s+)?(?:tong hop,?\s*)?bao cao))"
)
_FILLER = re.compile(r"(?:,?\s*doan the)?(?:\s+(?:cap tinh|cua tinh))?(?=[\s,;:.]|$)")
_HEAD_COLON = re.compile(r"[\s*_]*:[\s*_]*")
COMMUNES = re.compile(r"(?:ubnd|uy ban nhan dan)\s+(?:cac|cap)\s")  # the communes' committees, together
COLLECTIVE = re.compile(r"cac\b|(?:so|ban|nganh), (?:ban|nganh)")


class Bodies:
    """Body mentions sorted by start, for quick look-ups inside a sentence."""

    def __init__(self, bodies: list[Item], folded: str) -> None:
        spans = sorted(((e.start, e.end, it) for it in bodies for e in it.evidence), key=_SPAN)
        self.folded = folded
        self.starts = [s[0] for s in spans]
        self.spans = spans
        self.at: dict[int, list[Mention]] = {}  # by start, ends ascending
        self._clean: dict[tuple[int, int], bool] = {}  # whether a mention's span swallowed nothing
        self.province: dict[int, Mention] = {}  # "Tỉnh" as a clause's subject: the province's committee
        for sp in spans:
            self.at.setdefault(sp[0], []).append(sp)

    def within(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that lie inside [lo, hi)."""
        i = bisect_left(self.starts, lo)
        out = []
        spans = self.spans
        n = len(spans)
        while i < n and spans[i][0] < hi:
            if spans[i][1] <= hi:
                out.append(spans[i])
            i += 1
        return out

    def mention(self, pos: int, hi: int) -> Mention | None:
        """The longest mention at pos ending by hi that swallowed no verb, role word, ':' or date."""
        at = self.at.get(pos)
        if at is None:
            return None
        longest = None  # ends ascend: the first from the right that ends by hi, if none is clean
        for sp in reversed(at):
            if sp[1] > hi:
                continue
            if longest is None:
                longest = sp
            span = (sp[0], sp[1])
            clean = self._clean.get(span)
            if clean is None:
                clean = self._clean[span] = _SWALLOWED.search(self.folded, sp[0], sp[1]) is None
            if clean:
                return sp
        return longest

    def chain(self, pos: int, hi: int) -> list[Mention]:
        """Bodies listed one after another from pos ('A, B và các C'; 'Giám đốc Sở A; Chủ tịch UBND B')."""
        out: list[Mention] = []
        folded = self.folded
        while pos < hi and folded[pos] in " ,*_":
            pos += 1
        while True:
            m = _SEP.match(folded, pos, hi) if out else None
            at = m.end() if m else pos
            nxt = self.mention(at, hi)
            if nxt is None and out and folded.startswith("cac ", at):  # "A và các Tập đoàn: B" (no "các")
                nxt = self.mention(at + 4, hi)
            if nxt is None and (post := _POST.match(folded, at, hi)):  # a head's post names the body
                nxt = self.mention(post.end(), hi)
            if nxt is None:
                return out
            out.append(nxt)
            pos = nxt[1]
            if (f := _FILLER.match(folded, pos, hi)) and COLLECTIVE.match(folded, nxt[0], nxt[1]):
                pos = f.end()  # "các Sở, ban, ngành, đoàn thể cấp tỉnh, …": part of the collective


def bare_province(text: str, province_name: str | None, committee: Item | None) -> dict[int, Mention]:
    """Where the text says "Tỉnh" (or "Tỉnh <its name>") for the province as a doer ("Tỉnh tổng hợp nhu
    cầu, báo cáo Bộ Tài chính"): the province's People's Committee, by start (none without it)."""
    if committee is None:
        return {}
    name = rf"(?:\s+{re.escape(province_name)})?" if province_name else ""
    # bounded_words: the look-behind after "Tỉnh" keeps the engine's fast scan for its first letter
    # (a leading look-behind tries every position: 300 -> 10 µs CPU per bench document)
    pat = re.compile(bounded_words("Tỉnh") + name + r"(?=\s+(?!ủy|Ủy|uỷ|đoàn|lộ)\w)")
    return {m.start(): (m.start(), m.end(), committee) for m in pat.finditer(text)}


@dataclass(slots=True)
class Found:
    """One assignment found by a rule, before it becomes an item."""

    body: Item
    role: str
    start: int
    end: int
    rule: str
    conf: float
    to: Item | None = None


def subject_role(folded: str, chain: list[Mention], e: int, prefix: str | None) -> tuple[str, str, int]:
    """Role, rule and evidence end for the bodies a clause opens with, from the words after them."""
    after = chain[-1][1]
    m = ROLE.match(folded, after, e)
    if m is None and (q := QUALIFIER.match(folded, after, e)):
        m = ROLE.match(folded, q.end(), e)
        ends = _QUALIFIER_END.finditer(folded, q.end(), min(e, q.end() + 40))
        while m is None and (more := next(ends, None)) is not None:  # "theo chức năng quản lý của mình, có …"
            m = ROLE.match(folded, more.end(), e)
    kind = m.lastgroup if m else None
    end = m.end() if m else after
    if prefix == "giao":
        return "lead", "assign.giao_chu_tri" if kind == "lead" else "assign.giao", end
    if prefix == "thong bao de":  # a notice's closing: "VPCP thông báo để X, Y biết, thực hiện"
        return "implement", "assign.thong_bao_de", end
    if prefix in ("de nghi", "yeu cau", "chi dao"):
        collective = kind is None and any(COLLECTIVE.match(folded, s, be) for s, be, _ in chain)
        role = {"coord": "coordinate", "mon": "monitor"}.get(
            kind or "", "implement" if collective else "lead"
        )
        return role, f"assign.{prefix.replace(' ', '_')}", end
    if kind == "standing":
        return "lead", "assign.standing_body", end
    if kind in ("lead", "colon"):
        return "lead", "assign.subject_chu_tri" if kind == "lead" else "assign.subject_colon", end
    if kind == "party":
        return "lead", "assign.party_lanh_dao", end
    if kind == "coord":
        return "coordinate", "assign.subject_phoi_hop", end
    if kind == "mon":
        return "monitor", "assign.monitor", end
    if kind == "rep":
        return "report", "assign.subject_report", end
    if kind == "tm":
        return "lead", "assign.tham_muu", end
    if "quan triet" in folded[after : min(e, after + 120)]:
        return "implement", "assign.party_quan_triet", end
    # A named doer without lead wording ("Bộ Xây dựng khẩn trương …", "Tỉnh …") implements (NĐ 30 wording:
    # a lead is said with "chủ trì", "có trách nhiệm", "Giao").
    collective = len(chain) > 1 or any(COLLECTIVE.match(folded, s, be) for s, be, _ in chain)
    return "implement", "assign.subject_collective" if collective else "assign.subject", end


def head_list(bodies: Bodies, folded: str, chain: list[Mention], e: int) -> list[Mention] | None:
    """The bodies listed after a collective and ':' ("Các Bộ, cơ quan: Tài chính, Xây dựng …"): they, not
    the collective, are the actors (the centre's notices name ministries so); None if no such list."""
    end = chain[-1][1]
    m = _HEAD_COLON.match(folded, end, e)
    if m is None or not all(COLLECTIVE.match(folded, s, be) for s, be, _ in chain):
        return None
    return bodies.chain(m.end(), e) or None


def has_monitor_word(folded: str, lo: int, hi: int) -> bool:
    """Whether folded[lo:hi] holds a word every monitoring verb holds (str.find, no regex)."""
    return any(folded.find(w, lo, hi) >= 0 for w in _MONITOR_WORDS)


def monitor_in(folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first monitoring verb in folded[lo:hi]; most windows hold none, and the gate costs less than the
    search (60-character windows: 3.1 -> 2.1 µs CPU a call)."""
    return MONITOR.search(folded, lo, hi) if has_monitor_word(folded, lo, hi) else None


_SENT_TO = re.compile(r"\b(?:gui|ve)\s+$")  # the compiler is whom the results are sent to
_COMPILES = re.compile(r",?\s+(?:de\s+)?tong hop,?\s*(?:va\s+)?")


def compiler(bodies: Bodies, folded: str, s: int, at: int) -> list[Mention] | None:
    """The body sent to just before "(để) tổng hợp (và)" that precedes a "báo cáo Z" at `at` ("… gửi Sở
    Công Thương tổng hợp báo cáo Tỉnh ủy"): it, not the sentence's actor, reports to Z; None if none."""
    found = bodies.within(max(s, at - 160), at)
    if not found:
        return None
    c = _COMPILES.match(folded, found[-1][1], at)
    if c is None or c.end() != at:
        return None
    last = found[-1]
    return [last] if _SENT_TO.search(folded, max(s, last[0] - 12), last[0]) else None


_SENT_ON = re.compile(r"\b(?:gui|ve)\s+[^,;.]{3,90}?,?\s+de\s+tong hop,?\s*(?:va\s+)?$")


def sent_on(folded: str, s: int, at: int) -> bool:
    """Whether "… gửi/về <someone> để tổng hợp, báo cáo Z" precedes `at`: whoever is sent to reports to Z,
    named or not, and the sender does not."""
    lo = max(s, at - 120)
    # Most reports follow no "tổng hợp": str.find skips the search (3.5 -> 0.9 µs CPU a call).
    return folded.find("tong hop", lo, at) >= 0 and _SENT_ON.search(folded, lo, at) is not None


def clause_starts(folded: str, s: int, e: int) -> list[int]:
    """Where a clause may open with its own actor: the sentence start, after ':' and ';'."""
    out = [s]
    for sep in (": ", "; "):
        i = folded.find(sep, s, e)
        while i >= 0:
            out.append(i + 2)
            i = folded.find(sep, i + 2, e)
    i = folded.find(", ", s, e)
    while i >= 0:  # "Trên đây là Chỉ thị …, yêu cầu X, Y triển khai thực hiện": a request after a comma
        if folded.startswith(("yeu cau", "de nghi"), i + 2) and _REQUEST_AFTER_COMMA.match(folded, i + 2, e):
            out.append(i + 2)
        i = folded.find(", ", i + 2, e)
    return sorted(out)
