"""ontology.text's fast mark stripping against the plain per-character test it replaces."""

from __future__ import annotations

import random
import re
import unicodedata

from ontology import keys
from ontology.text import _LETTER_MAP, fold, nfc, unaccent


def _plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTER_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.lower()).strip()


def _plain_unaccent(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", nfc(text).translate(_LETTER_MAP))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_fold_and_unaccent_equal_the_plain_forms() -> None:
    rng = random.Random(3)
    pool = [chr(c) for c in range(0x2600) if not 0xD800 <= c < 0xE000]
    pool += list("ạảãáàâấầẩẫậăắằẳẵặđĐơướ QĐ-") * 40
    texts = ["Ủy ban nhân dân tỉnh Quảng Ngãi", "QĐ-TTg", "a\u0301\u0304 ā ǖ", "Ð ð ß", "  Sở  Tài\tchính "]
    texts += [""] + ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        assert fold(text) == _plain_fold(text), repr(text)
        assert unaccent(text) == _plain_unaccent(text), repr(text)


def test_memoised_codes_still_refuse_bad_input() -> None:
    for _ in range(2):  # an error is not cached: raised again
        try:
            keys.code("not a code!")
        except keys.KeyBuildError:
            continue
        raise AssertionError("code() accepted a bad code")
    assert keys.code("QĐ") == "QD" == keys.code("QĐ")
