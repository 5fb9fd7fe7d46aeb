"""Document structure: header fields, the provision tree, and the trailer (recipients, signature)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.breaks import is_numbered
from loaders.matcher import cached_fold

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
    """Paragraphs split into header, body and trailer."""

    paras: list[Para]
    header: list[Para]
    body: list[Para]
    trailer: list[Para]


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
    """Split paragraphs: header (before the first body paragraph), body, trailer (Nơi nhận, signature)."""
    paras = paragraphs(text, end)
    h = 0
    for i, p in enumerate(paras[:40]):
        t = p.text
        if (
            is_numbered(t)
            or t.startswith(("Căn cứ", "Thực hiện", "Kính gửi"))
            or (len(t) > 160 and not _is_caps(t))
        ):
            h = i
            break
    else:
        h = min(len(paras), 3)
    t_start = len(paras)
    for i in range(h, len(paras)):
        t = paras[i].text
        if t.startswith(("Nơi nhận", "Nơi gửi")) or (_SIGN.match(t) and _is_caps(t[:12])):
            t_start = i
            break
    return Layout(paras, paras[:h], paras[h:t_start], paras[t_start:])


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
    if "to chuc thuc hien" in f or "trach nhiem thi hanh" in f:
        return "implementation"
    if any(w in f for w in ("tinh hinh", "ket qua", "danh gia", "muc dich", "yeu cau", "quan diem")):
        return "assessment"
    if any(w in f for w in ("nhiem vu", "giai phap", "phuong huong", "chi tieu", "muc tieu", "noi dung")):
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


def provisions(paras: list[Para]) -> list[Prov]:
    """The provision tree over body paragraphs, flattened in document order."""
    out: list[Prov] = []
    part: Prov | None = None
    item: Prov | None = None
    current: Prov | None = None
    numbered: Prov | None = None

    def new(path: str, label: str, kind: str, level: int, parent: Prov | None, p: Para, cs: int) -> Prov:
        ordinal = len(parent.children) + 1 if parent else sum(1 for x in out if x.parent is None) + 1
        prov = Prov(path, label, kind, level, ordinal, p.start, p.end, p.end, parent)
        prov.spans.append((cs, p.end))
        if parent:
            parent.children.append(prov)
            prov.role = parent.role
        out.append(prov)
        return prov

    for p in paras:
        hit = _match(p)
        kind, m = hit if hit else ("text", None)
        if kind == "dash" and numbered is None:
            kind, m = "text", None
        if m is None:
            if current is None:
                continue  # preamble before the first provision
            current.spans.append((p.start, p.end))
            continue
        label, cs = m["label"].strip(), p.start + m.end()
        if kind in ("part", "article"):
            n = m["n"]
            path = n if kind == "part" else f"Đ{n}"
            part = new(path, label, kind, 1, None, p, cs)
            part.role = part_role(p.text[m.end() :]) if kind == "part" else "tasks"
            item = current = numbered = part
        elif kind in ("item", "sub"):
            nums = m["n"].split(".")
            parent = part
            if kind == "sub" and item is not None and item.path.split(".")[-1] == nums[0]:
                parent = item
                nums = nums[1:]
            path = ".".join(([parent.path] if parent else []) + nums)
            prov = new(path, label, kind, (parent.level + 1) if parent else 1, parent, p, cs)
            if kind == "item":
                item = prov
            current = numbered = prov
        else:
            parent = numbered if kind == "point" or current is None or current.kind != "point" else current
            assert parent is not None
            k = sum(1 for c in parent.children if c.kind == kind) + 1
            suffix = m["n"] if kind == "point" else f"p{k}"
            prov = new(f"{parent.path}.{suffix}", label, kind, parent.level + 1, parent, p, cs)
            current = prov if kind == "point" else parent
            if kind == "dash":
                continue
    for prov in reversed(out):  # subtree ends
        prov.end = max([prov.end, *(s[1] for s in prov.spans), *(c.end for c in prov.children)])
    return out
