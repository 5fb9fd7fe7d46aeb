"""Bodies named in a list under one head word: "các Bộ: Quốc phòng, Công an, Tài chính", "các Tập đoàn: …".

Government Office notices name the ministries at a meeting, and the ministries a task goes to, by their
distinctive words after one "các Bộ:" (NĐ 30/2020 leaves the wording free; this is the centre's habit).
Each item is the head word plus the item ("Bộ" + "Quốc phòng"), looked up in the gazetteer; an enterprise
group the gazetteer does not hold is kept under the head word as a national body found by pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from loaders.extract.context import Context
from ontology import keys
from ontology.text import fold

_HEAD = re.compile(r"(?<!\w)[Cc]ác\s+(?P<head>Bộ|Tập đoàn)(?:,\s*cơ quan(?:\s+ngang\s+bộ)?)?\s*:\s*")
_ITEM = re.compile(r"\s*(?:và\s+)?(?P<item>[^,;:.()\n]+?)\s*(?=,|;|\.(?:\s|$)|\(|\n|\s+và\s+|$)")
_STOP = re.compile(r"\s*(?:[;.(\n]|$)")
_FIRST = re.compile(r"\w+")  # an item's first word (folded), where the look-up of its longest name starts
# Where an item's name ends when a sentence goes on after it ("… Quân đội tổ chức triển khai").
_VERB = re.compile(
    r"\s+(?:tổ chức|triển khai|thực hiện|theo|chủ trì|phối hợp|nghiên cứu|khẩn trương|có trách nhiệm|"
    r"chịu trách nhiệm|hỗ trợ|tham gia|xem xét|đầu tư|báo cáo|hướng dẫn|tiếp tục|quan tâm|đẩy nhanh)\b"
)


def extract_head_lists(ctx: Context, lo: int, hi: int, taken: bytearray) -> None:
    """Add each body of a "các Bộ: A, B và C" list in text[lo:hi]; spans already taken are skipped."""
    text = ctx.text
    if "các Bộ" not in text and "Các Bộ" not in text and "Tập đoàn:" not in text:
        return
    for m in _HEAD.finditer(text, lo, hi):
        pos = m.end()
        while pos < hi:
            it = _ITEM.match(text, pos, hi)
            if it is None or not it["item"].strip():
                break
            s, e = it.start("item"), it.end("item")
            longest = _longest(ctx, m["head"], s, hi)
            if longest is not None and longest[1] > e:  # "Văn hóa, Thể thao và Du lịch", "Nông nghiệp\nvà …"
                _item(ctx, m["head"], s, longest[1], taken, longest[0])
                pos = longest[1]
                while pos < hi and text[pos] in " \t":
                    pos += 1  # spaces before the separator
            else:
                _item(ctx, m["head"], s, e, taken)
                pos = it.end()
            if _STOP.match(text, pos, hi) and not text.startswith(",", pos):
                break
            pos += 1 if text.startswith(",", pos) else 0


def _prefix(ctx: Context, head: str, words: str):  # noqa: ANN202
    """The one body whose name begins with head + words ("Bộ Giáo dục" -> "Bộ Giáo dục và Đào tạo")."""
    start = fold(f"{head} {words} ")
    entries = ctx.gaz.entries
    names, idx = _body_names(ctx.gaz)
    j = bisect_left(names, start)
    hits = []
    while j < len(names) and names[j].startswith(start):
        hits.append(idx[j])
        j += 1
    found = {entries[i].key: entries[i] for i in sorted(hits)}  # the gazetteer's order, as a full scan
    return next(iter(found.values())) if len(found) == 1 else None


_BODY_NAMES: dict[int, tuple[list, int, list[str], list[int]]] = {}


def _body_names(gaz) -> tuple[list[str], list[int]]:  # noqa: ANN001
    """The folded body names, sorted, with their entry indexes: a prefix is a bisection, not a fold of
    every entry (7 ms per list item before, a few µs now); rebuilt when the gazetteer grows."""
    entries = gaz.entries
    cached = _BODY_NAMES.get(id(gaz))
    if cached is None or cached[0] is not entries or cached[1] != len(entries):  # held: the id stays its own
        pairs = sorted((fold(e.name), i) for i, e in enumerate(entries) if e.kind == "body")
        cached = _BODY_NAMES[id(gaz)] = (entries, len(entries), [p[0] for p in pairs], [p[1] for p in pairs])
    return cached[2], cached[3]


def _plain_prefix(ctx: Context, head: str, words: str):  # noqa: ANN202
    """_prefix as a scan of every entry (the reference form the tests compare with)."""
    start = fold(f"{head} {words} ")
    found = {e.key: e for e in ctx.gaz.entries if e.kind == "body" and fold(e.name).startswith(start)}
    return next(iter(found.values())) if len(found) == 1 else None


def _longest(ctx: Context, head: str, s: int, hi: int):  # noqa: ANN202
    """The gazetteer body with the longest name head + the words from s (line breaks and commas inside a
    name kept: "Bộ" + "Văn hóa, Thể thao và Du lịch"), with the end of those words; None if none."""
    first = _FIRST.match(ctx.folded, s, hi)
    if first is None:
        return None
    names, idx = _body_names(ctx.gaz)
    head_f = fold(head) + " "
    start = head_f + first[0]
    j = bisect_left(names, start)
    best = None
    while j < len(names) and names[j].startswith(start):
        rest = names[j][len(head_f) :]
        pat = r"\s+".join(map(re.escape, rest.split())) + r"(?!\w)"
        if (m := re.compile(pat).match(ctx.folded, s, hi)) and (best is None or m.end() > best[1]):
            best = (ctx.gaz.entries[idx[j]], m.end())
        j += 1
    return best


def _item(ctx: Context, head: str, s: int, e: int, taken: bytearray, found=None) -> None:  # noqa: ANN001
    if taken.find(1, s, e) != -1 or ctx.is_masked(s, e):
        return
    if found is None and (v := _VERB.search(ctx.text, s, e)):
        e = v.start()
    words = re.sub(r"\s+", " ", ctx.text[s:e]).strip()
    if not words or not words[0].isupper() or len(words) > 80:
        return
    entry = found or (
        ctx.gaz.lookup(f"{head} {words}", "body")
        or ctx.gaz.lookup(words, "body")
        or _prefix(ctx, head, words)
    )
    if entry is not None:
        ctx.entity(entry, s, e, "list.head_word", 0.85)
    elif head == "Tập đoàn":
        name = f"Tập đoàn {words}"
        key = keys.body_key(name, keys.NATIONAL)
        fields = {"key": key, "curated": False, "kind": "enterprise", "jurisdiction": keys.NATIONAL}
        ctx.collector.add("bodies", key, name, fields, [ctx.ev(s, e, "list.head_word", 0.7)])
    else:
        return
    taken[s:e] = b"\x01" * (e - s)
