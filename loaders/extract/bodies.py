"""Bodies the catalogue does not hold, found by their head word ("Trung tâm …", "Ban Chỉ đạo …", "Cục …").

A name ends where its name ends: before a verb or role word (chủ trì, phối hợp, lãnh đạo, tham mưu …),
before ",", ";", ":", a parenthesis or a line end, before " - " followed by a lower-case word or a task
heading ("Sở X - Tổng hợp"), and before a date or deadline. A local head ("Sở", "Trung tâm", "Ban Quản
lý") is filed under the document's province; in a document of unknown jurisdiction it is left out rather
than filed under a guess.
"""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.gazetteer.folded import cached_fold
from ontology import keys

_CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
_NATIONAL_HEADS = ("Bộ", "Cục", "Tập đoàn", "Tổng công ty", "Ngân hàng")
_HEADS = (
    "Ban [Qq]uản lý|Ban [Cc]hỉ đạo|Tổng [Cc]ông ty|Công ty|Tập đoàn|Ủy ban nhân dân|UBND|"
    "Huyện ủy|Thành ủy|Thị ủy|công ty TNHH|công ty cổ phần|"
    "Đảng ủy|Chi cục|Cục|Trung tâm|Bộ|Hiệp hội|Liên minh|Kho bạc|Viện|Tòa án|Đồn|Trạm|Ngân hàng|Sở|"
    "Cổng thông tin|Cổng Thông tin|Báo"
)
# "(?<![\w])(?P<head>{_HEADS})…" with the look-behind moved after each head's first letter: the scan then
# skips to the heads' capitals in C (3x faster; tests/loaders/test_fast_paths.py compares the two).
_START_PLAIN = rf"(?<![\w])(?P<head>{_HEADS})[ \t]+(?=[{_CAP}0-9])"
_START = re.compile(
    "(?P<head>"
    + "|".join(rf"{h[0]}(?<!\w{h[0]}){h[1:]}" for h in _HEADS.split("|"))
    + rf")[ \t]+(?=[{_CAP}0-9])"
)
_ROLE = (
    r"chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|lãnh đạo|chỉ đạo|tham mưu|hướng dẫn|xem xét|ban hành|"
    r"triển khai|đề nghị|thực hiện|lập|trình|báo cáo|theo dõi|tổ chức|kiểm tra|là|được|cùng|khẩn trương|"
    r"tập trung|tiếp tục|đẩy nhanh|căn cứ|quyết định|xây dựng|rà soát|đôn đốc|giám sát|thi hành|theo|tại|"
    r"nhằm|để|đã|đang|sẽ|và các|với|trên|về|cho|có|trong|của|từ|đến|khi|nếu|nghiên cứu|tăng cường|hỗ trợ|"
    r"làm việc"
)
_DATE = r"trước ngày|chậm nhất|hằng (?:năm|quý|tháng)|định kỳ|thường xuyên|[Qq]uý [IV]+|năm \d{4}|ngày \d"
_TASK_HEADS = ("Tổng hợp", "Chủ trì", "Phối hợp", "Thực hiện", "Báo cáo", "Cơ quan")
_END = re.compile(rf"\s*(?:[,;:()\n“”\"]|\.(?:\s|$)|$)|\s+(?:{_ROLE}|{_DATE})(?!\w)")
_DASH = re.compile(r"\s+[-–]\s+")
_TAIL = re.compile(r"(?:\s+(?:và|của|các|với|tại|cấp|tỉnh|thành phố))+$")
_MAX_WORDS = 14
_CENTRAL = re.compile(r"\b(?:Trung ương|Quốc gia|Chính phủ|Việt Nam)$|\bTrung ương\b")


def extract_pattern_bodies(ctx: Context, lo: int, hi: int, taken: bytearray) -> None:
    """Add the bodies named by a head word in text[lo:hi] that no earlier pass explained."""
    text = ctx.text
    for m in _START.finditer(text, lo, hi):
        s = m.start()
        if taken.find(1, s, m.end()) != -1 or ctx.is_masked(s, m.end()):
            continue
        e = _name_end(text, m.end(), hi)
        name = _TAIL.sub("", re.sub(r"\s+", " ", text[s:e]).strip())
        e = s + len(name) if text[s : s + len(name)] == name else e
        if len(name.split()) < 2 or (taken.find(1, s, e) != -1 and not _only_places(ctx, s, e)):
            continue
        if name.startswith(_VENUES):
            continue  # a building ("Trung tâm Hội nghị X"), a project when it has a name
        _add(ctx, s, e, name, m["head"], taken)
    _steering_committees(ctx, lo, hi, taken)
    _branches(ctx, lo, hi)
    _listed_committees(ctx, lo, hi)


_PROVINCES_INTRO = re.compile(r"[ \t]*(?:như|gồm|là)?[ \t]*:?[ \t]*\*?")
_LIST_SEP = re.compile(r"[ \t]*(?:,|và)[ \t]*")


def _listed_committees(ctx: Context, lo: int, hi: int) -> None:
    """ "UBND các tỉnh/thành phố như: A, B, C": each named province's People's Committee too."""
    text, matches = ctx.text, ctx.matches
    for k, m in enumerate(matches):
        if not lo <= m.start < hi or m.entry.kind != "body" or m.entry.data.get("kind") != "collective":
            continue
        if not cached_fold(m.entry.name).startswith(("ubnd cac tinh", "uy ban nhan dan cac tinh")):
            continue
        intro = _PROVINCES_INTRO.match(text, m.end)  # all optional: it always matches
        pos = intro.end() if intro else m.end
        for p in matches[k + 1 :]:
            if p.start != pos or p.entry.kind != "place" or p.entry.data.get("kind") != "province":
                break
            organ = ctx.gaz.organ("Ủy ban nhân dân", p.entry.jurisdiction)
            if organ is not None:
                ctx.entity(organ, p.start, p.end, "pattern.listed_organ", 0.6)
            sep = _LIST_SEP.match(text, p.end)
            if sep is None:
                break
            pos = sep.end()


def _branches(ctx: Context, lo: int, hi: int) -> None:
    """A national enterprise's name right before a province's is its branch there ("Viettel <province>")."""
    text, matches = ctx.text, ctx.matches
    for m, p in zip(matches, matches[1:], strict=False):
        if not lo <= m.start < hi or m.entry.kind != "body" or p.entry.kind != "place":
            continue
        group, place = m.entry, p.entry
        if group.data.get("kind") != "enterprise" or group.jurisdiction != keys.NATIONAL:
            continue
        if place.data.get("kind") != "province" or text[m.end : p.start].strip(" \t\n") != "":
            continue
        short = str(group.data.get("short_name") or text[m.start : m.end])
        key = keys.body_key(short, place.jurisdiction)
        fields = {"key": key, "curated": False, "kind": "enterprise", "jurisdiction": place.jurisdiction,
                  "parent_key": group.key}  # fmt: skip
        name = f"{short} {place.name}"
        ctx.collector.add("bodies", key, name, fields, [ctx.ev(m.start, p.end, "pattern.branch", 0.6)])


def _add(ctx: Context, s: int, e: int, name: str, head: str, taken: bytearray) -> None:
    """Add the body named text[s:e] (a catalogue organ when its key is one) and take its span."""
    jurisdiction = _jurisdiction(ctx, head, name)
    if jurisdiction is not None:
        name = name[0].upper() + name[1:]  # "công ty TNHH X" mid-sentence
        key = keys.body_key(name, jurisdiction)
        entry = ctx.gaz.by_key.get(key)  # a catalogue organ written in a form no alias has
        if entry is not None and entry.kind == "body":
            ctx.entity(entry, s, e, "pattern.body", 0.6)
        else:
            fields = {"key": key, "curated": False, "kind": _kind(name), "jurisdiction": jurisdiction}
            ctx.collector.add("bodies", key, name, fields, [ctx.ev(s, e, "pattern.body", 0.6)])
        taken[s:e] = b"\x01" * (e - s)


_VENUES = tuple(f"Trung tâm {w}" for w in ("Hội nghị", "Văn hóa", "Triển lãm", "Hội chợ", "Thể thao"))
_LOW = "a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào …": a steering committee's
# name is its topics, listed with commas and "và", in lower case; "tỉnh" after the head is no part of it.
_STEERING = re.compile(rf"Ban [Cc]hỉ đạo(?:[ \t]+(?:tỉnh|thành phố))?[ \t]+(?=[{_LOW}])")
_TOPIC = re.compile(rf"\s*,\s*(?=[{_LOW}])|\s+và\s+")
_STEERING_WORDS = 40


def _steering_committees(ctx: Context, lo: int, hi: int, taken: bytearray) -> None:
    """Add the steering committees named by their topics in text[lo:hi] ("Ban Chỉ đạo về phát triển …")."""
    text = ctx.text
    for m in _STEERING.finditer(text, lo, hi):
        s = m.start()
        if taken.find(1, s, m.end()) != -1 or ctx.is_masked(s, m.end()):
            continue
        e = _topics_end(text, m.end(), hi)
        topics = re.sub(r"\s+", " ", text[m.end() : e]).strip()
        if ctx.province_name:  # "… và chuyển đổi số tỉnh X": the committee of the province X
            topics = topics.removesuffix(f" {ctx.province_name}")
        topics = _TAIL.sub("", topics)
        if len(topics.split()) >= 2:
            end = m.end() + len(topics) if text.startswith(topics, m.end()) else e
            _add(ctx, s, end, f"Ban Chỉ đạo {topics}", "Ban Chỉ đạo", taken)


def _topics_end(text: str, pos: int, hi: int) -> int:
    """Where a list of topics that starts at pos ends: a role word right after "về" or "và" is a topic."""
    end, first = pos, True
    for _ in range(_STEERING_WORDS):
        sep = _TOPIC.match(text, end, hi)
        if sep is not None and _END.match(text, sep.end(), hi) is None:
            end, first = sep.end(), True
            continue
        if not first and _END.match(text, end, hi) is not None:
            return end
        w = _WORD.match(text, end, hi)
        if w is None:
            return end
        word = w.group(1).rstrip(',;:.)”"')
        end = w.start(1) + len(word)
        first = word == "về"
        if len(word) < len(w.group(1)) and not text.startswith(",", end):
            return end
    return end


_WORD = re.compile(r"[ \t]*(\S+)")


def _only_places(ctx: Context, s: int, e: int) -> bool:
    """Whether every gazetteer mention in text[s:e] is a place ("Ban quản lý Khu kinh tế X", X a province)."""
    inside = [m for m in ctx.matches if m.start < e and s < m.end]
    return bool(inside) and all(m.entry.kind == "place" and s < m.start for m in inside)


def _name_end(text: str, pos: int, hi: int) -> int:
    """Where a name that continues at pos ends (at most _MAX_WORDS words, "A - B" kept between names)."""
    end = pos
    for _ in range(_MAX_WORDS):
        if _END.match(text, end, hi) is not None:
            return end
        if (d := _DASH.match(text, end, hi)) is not None:
            after = text[d.end() : d.end() + 12]
            if not after[:1].isupper() or after.startswith(_TASK_HEADS):
                return end
        w = _WORD.match(text, end, hi)
        if w is None:
            return end
        word = w.group(1).rstrip(',;:.)”"')
        end = w.start(1) + len(word)
        if len(word) < len(w.group(1)):  # punctuation glued to the word ends the name
            return end
    return end


def _jurisdiction(ctx: Context, head: str, name: str) -> str | None:
    if _CENTRAL.search(name):
        return keys.NATIONAL  # "Ban Chỉ đạo Trung ương …", "… Quốc gia"
    if ctx.province:
        return ctx.province
    if head in _NATIONAL_HEADS or ctx.jurisdiction == keys.NATIONAL:
        return keys.NATIONAL
    return None  # a local body of an unknown province: better not found than filed under a guess


def _kind(name: str) -> str:
    low = cached_fold(name)
    if low.startswith(("cong ty", "tong cong ty", "tap doan", "ngan hang")):
        return "enterprise"
    return "party" if low.split()[0] in ("huyen", "thanh", "thi", "dang") and " uy" in low[:14] else "state"
