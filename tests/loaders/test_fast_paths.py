"""The speed-ups give exactly what the plain forms give: folding, symbol and figure scans."""

from __future__ import annotations

import random
import re

import pytest

from loaders import entities, indicators, references
from loaders.matcher import _FOLD, fold_same_length

VIETNAMESE = (
    "ĐẢNG CỘNG SẢN VIỆT NAM – Ủy ban nhân dân tỉnh Quảng Ngãi: “Dự án cầu Trà Khúc 3”… đường ven biển"
)


@pytest.mark.parametrize(
    "text",
    [
        VIETNAMESE,
        VIETNAMESE.upper(),
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
    plain = [(m.span(), m.groupdict()) for m in references._CORE.finditer(SYMBOL_TEXT, lo, hi)]
    fast = [(m.core.span(), m.core.groupdict()) for m in references.find_symbols(SYMBOL_TEXT, lo, hi)]
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
            plain = [(m.span(), m.groupdict()) for m in entities._PERIOD.finditer(text, lo, hi)]
            assert [(m.span(), m.groupdict()) for m in entities._periods(text, lo, hi)] == plain
            found += len(plain)
    assert found > 500
