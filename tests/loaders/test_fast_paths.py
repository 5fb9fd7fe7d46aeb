"""The speed-ups give exactly what the plain forms give: folding, scans, line breaks, evidence, merging."""

from __future__ import annotations

import random
import re

import pytest

from loaders.extract import context, entities, indicators, sections, structure, symbols
from loaders.extract.context import Context
from loaders.extract.model import _PREFIX, LISTS, Collector, Evidence, Item
from loaders.gazetteer.catalogue import gazetteer
from loaders.gazetteer.folded import _FOLD, fold_same_length, match_at
from loaders.gazetteer.matcher import _TOKEN, Entry
from loaders.read import breaks, canonical, normalize
from tests.loaders.conftest import FIXTURES

VIETNAMESE = (
    "ĐẢNG CỘNG SẢN VIỆT NAM – Ủy ban nhân dân tỉnh Quảng Ngãi: “Dự án cầu Trà Khúc 3”… đường ven biển"
)


@pytest.mark.parametrize(
    "text",
    [
        VIETNAMESE,
        VIETNAMESE.upper(),
        "Ủy ban nhân dân tỉnh Quảng Ngãi, Đảng bộ, ĐỒNG THÁP",  # every starter ASCII: the encode path
        "stray mark \u0301 and a\u0301 decomposed",  # combining marks take the table path
        "Ð ð İ ß Σ ǅ ª",  # look-alikes, letters whose lower case grows, titlecase
        "中文 and 😀 outside the checked planes",
        "",
    ],
)
def test_fold_same_length_equals_the_table(text: str) -> None:
    assert fold_same_length(text) == text.translate(_FOLD)
    assert len(fold_same_length(text)) == len(text)


def test_fold_same_length_on_random_mixtures() -> None:
    rng = random.Random(5)
    pool = [chr(c) for c in range(0x2600) if not 0xD800 <= c < 0xE000] + list("ạảãáàâấầẩẫậăắằẳẵặđĐ ") * 30
    for _ in range(3000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(1, 10)))
        assert fold_same_length(s) == s.translate(_FOLD), repr(s)


SYMBOL_TEXT = (
    "theo Kết luận số 12-KL/TU ngày 3/4/2023, Nghị định số 15/2021/NĐ-CP, mã 1.2/QĐ, 45/QĐ-UBND/ và "
    "5-6-7/A; 12 / 2021 / TT - BTC, 9/CT- 77/KH-UBND. Số: 301/KH-UBND 2022-2023 x12-TB/TW"
)


@pytest.mark.parametrize(("lo", "hi"), [(0, None), (3, None), (20, 90), (0, 40)])
def test_find_symbols_equals_the_plain_scan(lo: int, hi: int | None) -> None:
    hi = len(SYMBOL_TEXT) if hi is None else hi
    plain = [(m.span(), m.groupdict()) for m in symbols.CORE.finditer(SYMBOL_TEXT, lo, hi)]
    fast = [(m.core.span(), m.core.groupdict()) for m in symbols.find_symbols(SYMBOL_TEXT, lo, hi)]
    assert fast == plain
    assert len(plain) >= 3 or hi - lo < 100


def test_value_pattern_equals_the_leading_look_behind_form() -> None:
    plain = re.compile(
        indicators._VALUE.pattern.replace(
            r"(?P<num>\d(?<![\d.,/]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))",
            r"(?<![\d.,/])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)",
        )
    )
    assert plain.pattern != indicators._VALUE.pattern
    text = (
        "GRDP 29.240,3 tỷ đồng, tăng 2,65%; ,5% /3 ha 1.23 ha 1.2345 km 0.000 tấn "
        "9.999.999,1 triệu USD 07 dự án FDI"
    )
    for lo in (0, 6, 30):
        fast = [(m.span(), m.groupdict()) for m in indicators._VALUE.finditer(text, lo)]
        assert fast == [(m.span(), m.groupdict()) for m in plain.finditer(text, lo)]
        assert fast


def test_periods_equal_the_plain_scan() -> None:
    rng = random.Random(2)
    parts = [
        "giai đoạn 2021 - 2025",
        "thời kỳ 2021-2030",
        "6 tháng đầu năm 2023",
        "16 tháng cuối năm 2024",
        "giai đoạn",
        "thời kỳ",
        " ",
        "\n",
        " - ",
        "2021",
        "2025",
        "123",
        "6",
        " tháng ",
        "đầu",
        "cuối",
        " năm ",
    ]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 20))) for _ in range(2000)]
    found = 0
    for text in texts:
        for lo, hi in ((0, len(text)), (2, len(text) // 2 + 1)):
            plain = [(m.span(), m.groupdict()) for m in entities.PERIOD.finditer(text, lo, hi)]
            assert [(m.span(), m.groupdict()) for m in entities._periods(text, lo, hi)] == plain
            found += len(plain)
    assert found > 500


# --- third pass: line breaks, candidate scans, the character trie, evidence and merging ---------------

LINE_POOL = [
    "I. NHIỆM VỤ",
    "II- Tổ chức",
    "1. Về lĩnh vực",
    "1.2. Sở Tài chính",
    "12 3 tháng",
    "a) rà soát",
    "đ. điểm",
    "Điều 3. Hiệu lực",
    "- gạch đầu dòng",
    "• chấm",
    "+ cộng;",
    "-----",
    "*",
    "...",
    "279-",
    "TB/UBKTTW và",
    "“Dự án”",
    "(trích)",
    "ĐẢNG CỘNG SẢN",
    "中文",
    "ǅ titlecase",
    "Nơi nhận:",
    "Kính gửi",
    "văn bản thường,",
    "kết thúc câu.",
    "2023",
    "12.3",
    "IV",
    "x",
    "Ab",
]


def _plain_is_caps(s: str) -> bool:
    return s.isupper() or (any(c.isalpha() for c in s) and not any(c.islower() for c in s))


def _plain_starts_upper(s: str) -> bool:
    s = s.lstrip("“\"'(-–• ")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def _plain_is_numbered(s: str) -> bool:
    pats = (breaks._ROMAN, breaks._ARABIC, breaks._LETTER, breaks._ARTICLE)
    return any(p.match(s) for p in pats) and not s[:5].replace(".", "").isdigit()


def _random_lines(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = " ".join(rng.choice(LINE_POOL) for _ in range(rng.randint(1, 3)))
        out.append(s[: rng.randint(1, len(s))] if rng.random() < 0.3 else s)
    return out


def test_line_tests_equal_the_plain_forms() -> None:
    for s in [*LINE_POOL, *_random_lines(3, 3000), "", " ", "“", "- "]:
        assert breaks._is_caps(s) == _plain_is_caps(s), repr(s)
        assert breaks.starts_upper(s) == _plain_starts_upper(s), repr(s)
        assert breaks.is_numbered(s) == _plain_is_numbered(s), repr(s)


def test_new_paragraph_caps_equals_new_paragraph() -> None:
    lines = _random_lines(4, 4000)
    starts = 0
    for prev, cur in zip(lines, lines[1:], strict=False):
        for blank in (False, True):
            for short in (False, True):
                want = breaks.new_paragraph(prev, cur, blank, short)
                for known in (None, breaks._is_caps(prev)):
                    got, cur_caps = breaks.new_paragraph_caps(prev, cur, blank, short, known)
                    assert got == want, (prev, cur, blank, short, known)
                    assert cur_caps is None or cur_caps == breaks._is_caps(cur)
                starts += want
    assert 1000 < starts < 15000  # both answers occur


def _plain_copy_line(b: canonical.Builder, src: str, start: int, end: int, drops: list) -> None:
    cuts = [(a, z, "") for a, z in drops]
    seg = src[start:end]
    if "  " in seg or "\t" in seg or "\u00a0" in seg or "\u200b" in seg:
        cuts += [(start + m.start(), start + m.end(), " ") for m in canonical.INNER_WS.finditer(seg)]
        cuts.sort()
    cur = start
    for a, z, rep in cuts:
        if a < cur:
            continue
        b.copy(src, cur, a)
        if rep:
            b.insert(rep)
        cur = z
    b.copy(src, cur, end)


@pytest.mark.parametrize(
    ("src", "drops"),
    [
        ("xx một dòng bình thường xx", []),
        ("xx hai  dấu\tcách xx", []),
        ("xx chú thích12 xx", [(14, 16)]),
        ("xx", []),
    ],
)
def test_copy_line_equals_the_plain_form(src: str, drops: list[tuple[int, int]]) -> None:
    for start, end in ((2, len(src) - 2), (0, len(src)), (2, 2)):
        fast, plain = canonical.Builder(), canonical.Builder()
        fast.copy_line(src, start, end, drops)
        _plain_copy_line(plain, src, start, end, drops)
        assert (fast.parts, fast.pos, fast.map) == (plain.parts, plain.pos, plain.map)


def _soup(seed: int, parts: list[str], n: int = 1500) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(1, 25))) for _ in range(n)]


def _same_scan(fast, plain, texts: list[str]) -> int:  # noqa: ANN001
    found = 0
    for text in texts:
        for lo, hi in ((0, len(text)), (1, len(text)), (3, len(text) // 2 + 2)):
            want = [(m.span(), m.groupdict()) for m in plain.finditer(text, lo, hi)]
            assert [(m.span(), m.groupdict()) for m in fast(text, lo, hi)] == want, (text, lo, hi)
            found += len(want)
    return found


def test_numbers_only_equals_the_plain_scan() -> None:
    parts = ["Kết luận", "thông báo kết luận", "Thông báo", "Chương trình hành động", "luật", "xluật"]
    parts += [" ", "  ", "\n", "số", "Số", "sô", "so", " 12", "5", ", ", " và ", "-KL", "/", "a", "x"]
    parts += [" số 12", " Số  3, 4", "\nsố 7 và 8", " sô 9-", " số 1/"] * 4
    texts = _soup(6, parts)
    assert _same_scan(symbols.numbers_only, symbols.NUMBERS_ONLY, texts) > 300


def test_programme_starts_equal_the_plain_scan() -> None:
    words = [*entities._PROGRAMME_WORDS, "chương trình", "Sở Kế hoạch", "Bộ Đề án", "Dự án", "dự án"]
    parts = [*words, " ", "“", "”", '"', " đường Trà Khúc", " Quảng Ngãi", " giai đoạn 2021 - 2025", ", "]
    parts += [" tầm nhìn đến năm 2030", " tỉnh Quảng Ngãi", " theo ", ".", "\n", " phát triển", " cầu"]
    texts = _soup(7, parts)

    def programmes(text: str, lo: int, hi: int):  # noqa: ANN202
        starts = [m.start() for m in entities._PROGRAMME_START.finditer(text, lo, hi)]
        return match_at(entities._PROGRAMME, starts, text, hi)

    assert _same_scan(programmes, entities._PROGRAMME, texts) > 300


def test_sentence_breaks_equal_the_look_behind_form() -> None:
    plain = re.compile(r"(?<=[.!?…])\s+(?=[“\"(]?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
    texts = _soup(8, ["Câu một", ".", "!", "…", " ", "  ", "\n", "“Trích", "(Ghi", "đ", "Đ", "x", "? "])
    for text in texts:
        spans = []
        for s, e in ((0, len(text)), (1, len(text)), (2, len(text) - 1)):
            cur, want = s, []
            for m in plain.finditer(text, s, e):
                want.append((cur, m.start()))
                cur = m.end()
            want.append((cur, e))
            spans.append((s, e))
            assert sections.sentences(text, [(s, e)]) == [(a, b) for a, b in want if b - a > 3]
        assert sections.sentences(text, spans) == [x for sp in spans for x in sections.sentences(text, [sp])]


def test_task_regexes_open_with_their_gate_words() -> None:
    # the grammar runs these only when str.find sees the word in the folded sentence
    from loaders.extract import assign

    assert assign.COORD.pattern.startswith("phoi hop")
    assert assign.APPROVE.pattern.startswith("(?:trinh|tham muu")
    assert assign.REPORT.pattern.startswith("bao cao")


def _plain_trie_search(folded: str, seqs: set[tuple[str, ...]], pos: int, hi: int) -> tuple[int, int] | None:
    toks = list(_TOKEN.finditer(folded, 0, hi))  # maximal runs: each starts at a token start
    longest = max(len(s) for s in seqs)
    for i, t in enumerate(toks):
        if t.start() < pos:
            continue
        for k in range(min(longest, len(toks) - i), 0, -1):
            if tuple(x.group() for x in toks[i : i + k]) in seqs:
                return t.start(), toks[i + k - 1].end()
    return None


def test_character_trie_equals_the_plain_longest_match() -> None:
    gaz = gazetteer()
    seqs = set(gaz._by_tokens)
    rng = random.Random(9)
    vocab = sorted({t for s in seqs for t in s}) + ["xyz", "1", "tinhx"]
    texts = [fold_same_length(p.read_text(encoding="utf-8")) for p in FIXTURES.glob("*.txt")]
    texts += [
        "".join(
            rng.choice(vocab) + rng.choice([" ", "  ", ", ", "-", "", "\n"])
            for _ in range(rng.randint(1, 30))
        )
        for _ in range(400)
    ]
    found = 0
    for folded in texts:
        for pos in range(0, len(folded), max(1, len(folded) // 40)):
            for hi in (len(folded), max(pos, len(folded) - 3)):
                m = gaz._finder.search(folded, pos, hi)
                assert (m.span() if m else None) == _plain_trie_search(folded, seqs, pos, hi), (folded, pos)
                found += m is not None
    assert found > 1000


def _context(raw: str) -> Context:
    norm = normalize.normalize(raw)
    return Context(norm.text, norm.map, gazetteer(), Collector({k: [] for k in LISTS}))


@pytest.mark.parametrize("raw", ["  Dòng một \n\n dòng  hai.\n", "Cầu Tra\u0300 Khúc\n\n  ba  bốn ", "x"])
def test_evidence_equals_the_plain_form(raw: str) -> None:
    ctx = _context(raw)
    text = ctx.text
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            s, e = start, end
            while s < e and text[s] in " \n":
                s += 1
            while e > s and text[e - 1] in " \n":
                e -= 1
            want = Evidence(s, e, text[s:e], "r", round(0.854, 2), *ctx.map.span_to_raw(s, e))
            assert ctx.ev(start, end, "r", 0.854) == want


def test_entity_mentions_equal_plain_adds() -> None:
    gaz = gazetteer()
    projects = [e for e in gaz.entries if e.kind == "project"]
    picks = projects[:3] + [e for e in gaz.entries if e.kind == "body"][:3]
    twin = Entry("body", picks[3].key, "Tên khác", "vn", {"kind": "state", "short_name": "X", "source": "s"})
    mentions = [*picks, picks[0], twin, picks[3], twin, picks[1], picks[0]]
    ctx = _context("chữ " * 40)
    plain = Collector({k: [] for k in LISTS})
    for i, entry in enumerate(mentions):
        ctx.entity(entry, 2 * i, 2 * i + 3, "gazetteer.x", 0.95)
        kind, fields, _ = context.entity_fields(gaz, entry)
        fresh = {k: list(v) if isinstance(v, list) else v for k, v in fields.items()}
        plain.add(kind, entry.key, entry.name, fresh, [ctx.ev(2 * i, 2 * i + 3, "gazetteer.x", 0.95)])
    assert ctx.collector.items == plain.items
    assert sum(len(v) for v in plain.items.values()) == 6


def test_single_evidence_merge_equals_the_list_form() -> None:
    fast = Collector({k: [] for k in LISTS})
    ev = [Evidence(i % 3, i % 3 + 1, "x", "r", 1.0) for i in range(7)]
    for e in ev:
        fast.add("terms", "k", "n", {"a": None, "b": e.start or None}, [e])
    plain = Collector({k: [] for k in LISTS})
    plain.add("terms", "k", "n", {"a": None, "b": None}, ev[:1])
    plain.add("terms", "k", "n", {"b": 1}, [e for e in ev[1:3]])
    assert [it.to_dict() for it in fast.items["terms"]] == [it.to_dict() for it in plain.items["terms"]]


def test_word_limited_split_equals_the_full_split() -> None:
    for s in [
        "",
        " a ",
        "a b",
        " ".join("w" * 13),
        "x  y\tz\n" * 6,
        " ".join(str(i) for i in range(14)) + "  ",
    ]:
        for n in (12, 14):
            full, cut = s.split(), s.split(None, n)
            assert (" ".join(cut[:n]), len(cut) > n) == (" ".join(full[:n]), len(full) > n)


def _plain_match(t: str) -> tuple[str, str] | None:
    if (m := structure._ROMAN.match(t)) and structure._ROMAN_OK.fullmatch(m["n"]):
        return "part", m.group()
    for kind, pat in (("article", structure._ARTICLE), ("arabic", structure._ARABIC)):
        if m := pat.match(t):
            return (("sub" if "." in m["n"] else "item") if kind == "arabic" else kind), m.group()
    for kind, pat in (("point", structure._LETTER), ("dash", structure._DASH)):
        if m := pat.match(t):
            return kind, m.group()
    return None


def test_provision_heads_equal_the_plain_order() -> None:
    for t in [*LINE_POOL, *_random_lines(10, 2000), "Điều", "a", "đ) x"]:
        hit = structure._match(structure.Para(0, len(t), t))
        assert (hit and (hit[0], hit[1].group())) == _plain_match(t), repr(t)


def _plain_scan(gaz, text: str, folded: str, province: str | None) -> list[tuple[int, int, str]]:  # noqa: ANN001
    out, pos = [], 0
    while (found := gaz._finder.search(folded, pos)) is not None:
        fs, fe = found.span()
        words = tuple(_TOKEN.findall(folded, fs, fe))
        toks = list(_TOKEN.finditer(folded, fs, fe))
        hit = None
        for k in range(len(words), 0, -1):
            e = toks[k - 1].end()
            if not gaz._by_tokens.get(words[:k]) or (
                k > 1 and any(c in text[fs:e] for c in ("\n", ". ", ";"))
            ):
                continue
            for alias in gaz._by_tokens[words[:k]]:
                if any(not text[toks[j].start() : toks[j].end()].isupper() for j in alias.must_upper):
                    continue
                if alias.special:
                    m = gaz.resolve(alias, text, folded, fs, e, len(text), province, None)
                    if m is None:
                        continue
                    hit = (m.start, m.end, m.entry.key)
                    break
                if alias.local and province != alias.entry.jurisdiction:
                    continue
                hit = (fs, e, alias.entry.key)
                break
            if hit:
                break
        out += [hit] if hit else []
        pos = hit[1] if hit else fs + len(words[0])
    return out


def test_gazetteer_scan_equals_the_plain_loop() -> None:
    gaz = gazetteer()
    rng = random.Random(11)
    names = [e.name for e in gaz.entries] + ["UBND", "Ubnd", "HĐND", "tỉnh", "Quảng Ngãi", "x"]
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")]
    seps = [" ", " ", ", ", ". ", ";", "\n", " và "]
    texts += ["".join(rng.choice(names) + rng.choice(seps) for _ in range(40)) for _ in range(150)]
    found = 0
    for text in texts:
        folded = fold_same_length(text)
        for province in (None, "quang-ngai"):
            fast = [(m.start, m.end, m.entry.key) for m in gaz.scan(text, folded, province)]
            assert fast == _plain_scan(gaz, text, folded, province)
            found += len(fast)
    assert found > 5000


class _PlainCollector:
    """The collector as it was: every item's span set built when the item is made (not a subclass:
    the compiled Collector takes none)."""

    def __init__(self, items: dict[str, list[Item]]) -> None:
        self.items = items
        self._by_key: dict[tuple[str, str], Item] = {}
        self._spans: dict[tuple[str, str], set[tuple[int, int]]] = {}

    def add(self, kind, merge_key, name, fields, evidence):  # noqa: ANN001, ANN201
        mk = (kind, merge_key)
        existing = self._by_key.get(mk)
        if existing is not None:
            seen = self._spans[mk]
            new = [e for e in evidence if (e.start, e.end) not in seen]
            existing.evidence.extend(new)
            seen.update((e.start, e.end) for e in new)
            for k, v in fields.items():
                if v not in (None, "", []) and existing.fields.get(k) in (None, "", []):
                    existing.fields[k] = v
            return existing
        lst = self.items[kind]
        item = Item(f"{_PREFIX[kind]}{len(lst) + 1}", kind, name, dict(fields), list(evidence))
        lst.append(item)
        self._by_key[mk] = item
        self._spans[mk] = {(e.start, e.end) for e in evidence}
        return item

    def add_evidence(self, kind, merge_key, evidence):  # noqa: ANN001, ANN201
        mk = (kind, merge_key)
        if (evidence.start, evidence.end) not in self._spans[mk]:
            self._spans[mk].add((evidence.start, evidence.end))
            self._by_key[mk].evidence.append(evidence)


def test_late_span_sets_equal_the_eager_ones() -> None:
    rng = random.Random(12)
    fast, plain = Collector({k: [] for k in LISTS}), _PlainCollector({k: [] for k in LISTS})
    for _ in range(3000):
        key, s = rng.choice("abcdef"), rng.randint(0, 6)
        ev = [Evidence(s, s + rng.randint(0, 2), "q", "r", 1.0) for _ in range(rng.choice((0, 1, 1, 2, 3)))]
        fields = {"x": rng.choice((None, "", [], 1, 2)), "y": rng.choice((None, 3))}
        if ev and rng.random() < 0.3 and fast.get("terms", key):
            fast.add_evidence("terms", key, ev[0])
            plain.add_evidence("terms", key, ev[0])
        else:
            fast.add("terms", key, key, fields, ev)
            plain.add("terms", key, key, fields, ev)
    assert [it.to_dict() for it in fast.items["terms"]] == [it.to_dict() for it in plain.items["terms"]]
    assert sum(len(it.evidence) for it in fast.items["terms"]) > 20


def test_list_prefix_equals_the_full_scan() -> None:
    from loaders.extract import lists

    ctx = _context("Các Bộ: Giáo dục, Tài chính.")
    names = [e.name for e in ctx.gaz.entries if e.kind == "body"][:400]
    words = ["Giáo dục", "Tài", "Kế hoạch", "Công", "Xây dựng", "Nội vụ", "Y", "Quốc phòng", "Zzz"]
    words += [" ".join(n.split()[1:3]) for n in names[::7] if len(n.split()) > 2]
    for w in words:
        for head in ("Bộ", "Tập đoàn", "Sở", "Ban"):
            assert lists._prefix(ctx, head, w) is lists._plain_prefix(ctx, head, w)


def test_recurrence_gate_equals_the_plain_search() -> None:
    from loaders.extract import deadlines

    rng = random.Random(4)
    words = ["hang", "moi", "nam", "quy", "thang", "6", "sau", "dinh ky", "mot", "lan", "1", "lien tuc", "x"]
    words += ["xhang", "_moi", "thuong xuyen", "dinh", "ky", "truong", "hoa"]
    for _ in range(5000):
        text = "".join(rng.choice(words) + rng.choice("  \n,\t\u2003") for _ in range(rng.randrange(1, 12)))
        gated = deadlines.recurrence(text, 0, len(text))
        m = deadlines._RECURRENCE.search(text)
        while m is not None and m.start() > 0 and text[m.start() - 1].isalnum():
            m = deadlines._RECURRENCE.search(text, m.start() + 1)
        assert (gated is None) == (m is None), text


def _plain_looks_markdown(text: str) -> bool:
    sample = text[:200_000]
    if sample.count("**") >= 6:
        return True
    pipes = len(re.findall(r"(?m)^[ \t]*\|[ \t\r]*$", sample))
    rows = len(re.findall(r"(?m)^[ \t]*\|.*\|[ \t\r]*$", sample))
    heads = len(re.findall(r"(?m)^#{1,6}[ \t]+\S", sample))
    return pipes >= 3 or rows >= 2 or heads >= 2


def test_looks_markdown_equals_the_plain_scans() -> None:
    from loaders.read.markdown import looks_markdown

    found = sorted(FIXTURES.rglob("*.*"))
    texts = [p.read_text(encoding="utf-8") for p in found if p.suffix in (".txt", ".md")]
    rng = random.Random(8)
    parts = ["|", " | a |", "\n", "# h", "## ", "**", "x", " "]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randrange(40))) for _ in range(2000)]
    for text in texts:
        assert looks_markdown(text) == _plain_looks_markdown(text)


def test_national_units_equal_the_dict_reader_load() -> None:
    from loaders.gazetteer import national
    from loaders.gazetteer.data import rows

    nat = national.National()
    plain: dict[str, dict] = {"district": {}, "commune": {}}
    local: dict = {}
    for level, file in (("district", "districts.csv"), ("commune", "communes.csv")):
        for r in rows("national", file):
            u = national._unit(level, r, r.get("era") or national.LEGACY)
            plain[level][u.code if level == "district" else (u.era, u.code)] = u
            local.setdefault(
                (u.era, u.province_code or "", national._fold(u.unit), national._fold(u.name)), u
            )
    assert repr(nat.districts) == repr(plain["district"])
    assert repr(nat.communes) == repr(plain["commune"])
    assert repr(nat.local) == repr(local)


def test_body_heads_equal_the_leading_look_behind_form() -> None:
    from loaders.extract import bodies

    plain = re.compile(bodies._START_PLAIN)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    heads = bodies._HEADS.replace("[Qq]", "q").replace("[Cc]", "C").split("|")
    rng = random.Random(9)
    parts = [*heads, " ", "x", "Đ", "A", "1", "\t", "(", "B"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randrange(30))) for _ in range(3000)]
    for text in texts:
        got = [(m.span(), m["head"]) for m in bodies._START.finditer(text, 1)]
        assert got == [(m.span(), m["head"]) for m in plain.finditer(text, 1)]
        got = [(m.span(), m["head"]) for m in bodies._START.finditer(text)]
        assert got == [(m.span(), m["head"]) for m in plain.finditer(text)]


def test_component_labels_equal_the_leading_look_behind_form() -> None:
    from loaders.extract import components

    plain = re.compile(
        components._LABEL.pattern.replace(components._LABEL_HEADS, r"(?<!\w)(?P<sub>Tiểu dự án|Dự án)")
    )
    assert plain.pattern != components._LABEL.pattern
    rng = random.Random(10)
    parts = ["Dự án", "Tiểu dự án", "xDự án", " ", "1", "12", ":", "*", "(", ")", "Dự án 2", "đ"]
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randrange(30))) for _ in range(3000)]
    for text in texts:
        for lo in (0, 1):
            got = [(m.span(), m.groupdict()) for m in components._LABEL.finditer(text, lo)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, lo)]


def test_deadline_gate_equals_the_plain_alternation() -> None:
    from loaders.extract import deadlines

    plain = re.compile(
        r"ngay \d|\d ?/ ?\d|thang \d|quy (?:i|v|[1-4])|nam \d{4}|\d{4} ?[-–] ?\d{4}|thang (?:dau|cuoi) nam"
    )
    rng = random.Random(6)
    alphabet = "ngaytquhm dcoi/-–0123456789 v٣"  # and a digit that is not ASCII
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        got = [m.span() for m in deadlines._GATE.finditer(text, lo, hi)]
        assert got == [m.span() for m in plain.finditer(text, lo, hi)], (text, lo, hi)
