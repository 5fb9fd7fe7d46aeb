"""Bodies named in a list under one head word: "các Bộ: Quốc phòng, Công an, Tài chính", "các Tập đoàn: …".

Government Office notices name the ministries at a meeting, and the ministries a task goes to, by their
distinctive words after one "các Bộ:" (NĐ 30/2020 leaves the wording free; this is the centre's habit).
Each item is the head word plus the item ("Bộ" + "Quốc phòng"), looked up in the gazetteer; an enterprise
group the gazetteer does not hold is kept under the head word as a national body found by pattern.
"""

from __future__ import annotations

import re

from loaders.context import Context
from ontology import keys
from ontology.text import fold

_HEAD = re.compile(r"(?<!\w)[Cc]ác\s+(?P<head>Bộ|Tập đoàn)(?:,\s*cơ quan(?:\s+ngang\s+bộ)?)?\s*:\s*")
_ITEM = re.compile(r"\s*(?:và\s+)?(?P<item>[^,;:.()\n]+?)\s*(?=,|;|\.(?:\s|$)|\(|\n|\s+và\s+|$)")
_STOP = re.compile(r"\s*(?:[;.(\n]|$)")
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
            _item(ctx, m["head"], it.start("item"), it.end("item"), taken)
            pos = it.end()
            if _STOP.match(text, pos, hi) and not text.startswith(",", pos):
                break
            pos += 1 if text.startswith(",", pos) else 0


def _prefix(ctx: Context, head: str, words: str):  # noqa: ANN202
    """The one body whose name begins with head + words ("Bộ Giáo dục" -> "Bộ Giáo dục và Đào tạo")."""
    start = fold(f"{head} {words} ")
    found = {e.key: e for e in ctx.gaz.entries if e.kind == "body" and fold(e.name).startswith(start)}
    return next(iter(found.values())) if len(found) == 1 else None


def _item(ctx: Context, head: str, s: int, e: int, taken: bytearray) -> None:
    if taken.find(1, s, e) != -1 or ctx.is_masked(s, e):
        return
    if v := _VERB.search(ctx.text, s, e):
        e = v.start()
    words = re.sub(r"\s+", " ", ctx.text[s:e]).strip()
    if not words or not words[0].isupper() or len(words) > 80:
        return
    entry = (
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
