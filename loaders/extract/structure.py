"""Document structure: header fields, the provision tree, and the trailer (recipients, signature)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.gazetteer.folded import cached_fold
from loaders.read.breaks import is_numbered

_ROMAN = re.compile(r"(?P<label>(?P<n>[IVXLC]{1,6})\s*[.\-–])\s*(?=\S)")
_ARTICLE = re.compile(r"(?P<label>Điều\s+(?P<n>\d{1,3})\s*[.:]?)\s*")
_ARABIC = re.compile(r"(?P<label>(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\)|(?<=\d)(?=\s)))\s*(?=\S)")
_LETTER = re.compile(r"(?P<label>(?P<n>[a-zđ])[).])\s+")
_DASH = re.compile(r"(?P<label>[-–—+•])\s*(?=\S)")
_ROMAN_FIRST = frozenset("IVXLC")  # frozensets: the empty string is in none of them
_LETTER_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzđ")
_DASH_FIRST = frozenset("-–—+•")
_ROMAN_OK = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_SIGN = re.compile(r"(?:T/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s*[A-ZĐ]")
_RECIPIENTS = ("Nơi nhận", "Nơi gửi")
_TITLES = (
    "thông báo kết luận",
    "chương trình hành động",
    "kết luận",
    "nghị quyết",
    "quyết định",
    "chỉ thị",
    "kế hoạch",
    "thông báo",
    "chương trình",
    "báo cáo",
    "công văn",
    "quy định",
    "hướng dẫn",
    "tờ trình",
    "đề án",
)


@dataclass(slots=True)
class Para:
    """One paragraph of the normalised text."""

    start: int
    end: int
    text: str
    section: int = 0  # 0: the document itself; k: its k-th attachment (a plan, an appendix)


@dataclass(slots=True)
class Prov:
    """A provision while the tree is built: its own paragraphs are kept as spans for tasks."""

    path: str
    label: str
    kind: str
    level: int
    ordinal: int
    start: int
    end: int
    head_end: int
    parent: Prov | None = None
    children: list[Prov] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # own text, label excluded
    role: str = "other"  # assessment, tasks, implementation, other (inherited from the part)

    def own_text(self, text: str) -> str:
        """The provision's own text (children excluded), paragraphs joined by newlines."""
        return "\n".join(text[s:e] for s, e in self.spans)


@dataclass
class Layout:
    """Paragraphs split into header, body (attachments included) and trailer (every signature block)."""

    paras: list[Para]
    header: list[Para]
    body: list[Para]
    trailer: list[Para]
    attachments: list[Para] = field(default_factory=list)  # title blocks of attached plans and appendices
    body_end: int = 0  # where the body ends: the first trailer, or the last attachment's body


def paragraphs(text: str, end: int) -> list[Para]:
    """Paragraphs (lines) of text[:end] with their offsets."""
    out, pos = [], 0
    for line in text[:end].split("\n"):
        if line.strip():
            out.append(Para(pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _is_caps(s: str) -> bool:
    return any(c.isalpha() for c in s) and not any(c.islower() for c in s)


def layout(text: str, end: int) -> Layout:
    """Split paragraphs: header, body, trailer (Nơi nhận, signature); attachments after it join the body."""
    paras = paragraphs(text, end)
    h = _header_end(paras)
    body: list[Para] = []
    trailer: list[Para] = []
    attachments: list[Para] = []
    state, section = "body", 0
    for p in paras[h:]:
        t = p.text
        if _attachment_title(t, after_trailer=state == "trailer"):
            section += 1
            state = "title"
            attachments.append(p)
            continue
        if state == "title":
            if not is_numbered(t) and (_is_caps(t) or t.startswith("(") and "kèm theo" in t[:40].lower()):
                attachments.append(p)
                continue
            state = "body"
        if state == "body" and (
            t.startswith(("Nơi nhận", "Nơi gửi")) or (_SIGN.match(t) and _is_caps(t[:12]))
        ):
            state = "trailer"
        if state == "trailer":
            trailer.append(p)
            continue
        p.section = section
        body.append(p)
    last = body[-1].end if body and attachments else None  # the body goes on after the first trailer
    body_end = last if last is not None else trailer[0].start if trailer else end
    return Layout(paras, paras[:h], body, trailer, attachments, body_end)


def _header_end(paras: list[Para]) -> int:
    """Index of the first body paragraph: a provision, a legal basis, an address or running text."""
    for i, p in enumerate(paras[:40]):
        t = p.text
        if (
            is_numbered(t)
            or t.startswith(("Căn cứ", "Thực hiện", "Kính gửi"))
            or (len(t) > 160 and not _is_caps(t))
        ):
            return i
    return min(len(paras), 3)


def _attachment_title(t: str, after_trailer: bool) -> bool:
    """Whether a paragraph opens an attachment: an appendix anywhere, a titled document after a signature."""
    if len(t) > 60 or t.endswith(":") or not _is_caps(t):
        return False
    low = t.lower()
    if low.startswith("phụ lục"):
        return True
    return after_trailer and any(low.startswith(x) for x in _TITLES)


def header_title(header: list[Para]) -> tuple[int, str] | None:
    """Index and folded type name of the title paragraph (KẾT LUẬN, KẾ HOẠCH ...)."""
    for i, p in enumerate(header):
        low = p.text.lower().strip()
        for t in _TITLES:
            if low.startswith(t) and _is_caps(p.text[: len(t)]):
                return i, t
    return None


def part_role(heading: str) -> str:
    """What a part does: assessment, tasks or implementation (by its heading)."""
    f = cached_fold(heading)
    if any(w in f for w in ("to chuc thuc hien", "trach nhiem", "phan cong", "che do bao cao")):
        return "implementation"
    if any(w in f for w in ("tinh hinh", "ket qua", "danh gia", "muc dich", "yeu cau", "quan diem")):
        return "assessment"
    if any(
        w in f
        for w in ("nhiem vu", "giai phap", "phuong huong", "chi tieu", "muc tieu", "noi dung", "kien nghi")
    ):
        return "tasks"
    return "other"


def _match(p: Para) -> tuple[str, re.Match[str]] | None:
    t = p.text
    c = t[:1]  # each pattern but _ARABIC needs its own first characters: skip the regexes that cannot match
    if c in _ROMAN_FIRST and (m := _ROMAN.match(t)) and _ROMAN_OK.fullmatch(m["n"]):
        return "part", m
    if c == "Đ" and (m := _ARTICLE.match(t)):
        return "article", m
    if m := _ARABIC.match(t):
        return ("sub" if "." in m["n"] else "item"), m
    if c in _LETTER_FIRST and (m := _LETTER.match(t)):
        return "point", m
    if c in _DASH_FIRST and (m := _DASH.match(t)):
        return "dash", m
    return None


class _Tree:
    """The provision tree while it is built, and the places where the numbering did not nest."""

    def __init__(self) -> None:
        self.out: list[Prov] = []
        self.part: Prov | None = None  # the open part or article
        self.current: Prov | None = None  # what running text belongs to
        self.numbered: Prov | None = None  # the open part, article, item or sub-item
        self.arabic: dict[tuple[str, ...], Prov] = {}  # open items and sub-items by number
        self.paths: dict[str, int] = {}
        self.tops = 0
        self.issues: dict[str, list[str]] = {}

    def reset(self) -> None:
        self.part = self.current = self.numbered = None
        self.arabic = {}

    def new(self, path: str, label: str, kind: str, parent: Prov | None, p: Para, cs: int) -> Prov:
        if path in self.paths:  # numbering restarted or repeated: keep paths unique
            self.issues.setdefault("repeated numbers", []).append(path)
            self.paths[path] += 1
            path = f"{path}~{self.paths[path]}"
        self.paths.setdefault(path, 1)
        if parent:
            ordinal, level = len(parent.children) + 1, parent.level + 1
        else:
            self.tops += 1
            ordinal, level = self.tops, 1
        prov = Prov(path, label, kind, level, ordinal, p.start, p.end, p.end, parent)
        prov.spans.append((cs, p.end))
        if parent:
            parent.children.append(prov)
            prov.role = parent.role
        self.out.append(prov)
        return prov

    def arabic_item(self, kind: str, n: str, label: str, p: Para, cs: int) -> None:
        nums = tuple(n.split("."))
        parent, rel = self.part, nums
        if kind == "sub":
            for k in range(len(nums) - 1, 0, -1):
                if (found := self.arabic.get(nums[:k])) is not None:
                    parent, rel = found, nums[k:]
                    break
            else:
                self.issues.setdefault("sub-items without their item", []).append(n)
        path = ".".join(([parent.path] if parent else []) + list(rel))
        prov = self.new(path, label, kind, parent, p, cs)
        self.arabic[nums] = prov
        self.current = self.numbered = prov

    def point(self, kind: str, n: str, label: str, p: Para, cs: int, dash_tops: bool) -> None:
        cur = self.current
        parent = self.numbered if kind == "point" or cur is None or cur.kind != "point" else cur
        if parent is None:
            if kind == "dash" and not dash_tops:
                return
            self.issues.setdefault(
                f"{'points' if kind == 'point' else 'dashes'} before any numbered item", []
            )
            self.issues[next(reversed(self.issues))].append(label)
        siblings = parent.children if parent else [x for x in self.out if x.parent is None]
        k = sum(1 for c in siblings if c.kind == kind) + 1
        suffix = n if kind == "point" else f"p{k}"
        prov = self.new(f"{parent.path}.{suffix}" if parent else suffix, label, kind, parent, p, cs)
        self.current = prov if kind == "point" or parent is None else parent


def provisions(paras: list[Para], warnings: list[str] | None = None) -> list[Prov]:
    """The provision tree over body paragraphs, flattened in document order; never fails on odd numbering.

    What does not nest as expected (a point before any item, a sub-item without its item, repeated
    numbers) still gets the nearest sensible parent, and is reported in warnings when given.
    """
    tree = _Tree()
    hits = [_match(p) for p in paras]
    dash_tops = not any(h and h[0] != "dash" for h in hits)  # a list of dashes is all the document has
    section = 0
    for p, hit in zip(paras, hits, strict=True):
        if p.section != section:  # an attachment starts a tree of its own
            tree.reset()
            section = p.section
        kind, m = hit if hit else ("text", None)
        if (
            m is not None
            and kind in ("item", "sub")
            and p.text[len(m["label"]) : len(m["label"]) + 1].isdigit()
        ):
            m = None  # a number (26.120 in a table cell), not an item label
        if m is None or (kind == "dash" and tree.numbered is None and not dash_tops):
            if tree.current is not None:
                tree.current.spans.append((p.start, p.end))
            continue  # else the preamble before the first provision
        label, cs = m["label"].strip(), p.start + m.end()
        if kind in ("part", "article"):
            n = m["n"]
            part = tree.new(n if kind == "part" else f"Đ{n}", label, kind, None, p, cs)
            part.role = part_role(p.text[m.end() :]) if kind == "part" else "tasks"
            tree.part = tree.current = tree.numbered = part
            tree.arabic = {}
        elif kind in ("item", "sub"):
            tree.arabic_item(kind, m["n"], label, p, cs)
        else:
            tree.point(kind, m["n"] if kind == "point" else "", label, p, cs, dash_tops)
    out = tree.out
    for prov in reversed(out):  # subtree ends
        prov.end = max([prov.end, *(s[1] for s in prov.spans), *(c.end for c in prov.children)])
    if warnings is not None:
        for what, where in tree.issues.items():
            more = f", … {len(where) - 6} more" if len(where) > 6 else ""
            warnings.append(f"structure: {len(where)} {what} ({', '.join(where[:6])}{more})")
    return out
