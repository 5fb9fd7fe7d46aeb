"""Vietnamese text keys: NFC normalisation, diacritic folding and slugs."""

from __future__ import annotations

import re
import unicodedata

# Đ/đ do not decompose under NFD, and Ð (U+00D0) is a look-alike typed for Đ.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_SPACES = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
# The combining marks of Vietnamese (five tones, circumflex, breve, horn) and the diaeresis: str.replace
# of each is far cheaper than unicodedata.combining() per character (see _strip_marks).
_VI_MARKS = tuple(map(chr, (0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x323, 0x31B, 0x308)))


def nfc(text: str) -> str:
    """Return text in Unicode NFC, with the look-alike Ð (U+00D0) replaced by Đ (U+0110)."""
    return unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ -> d) and collapse whitespace: the search and matching form."""
    stripped = _strip_marks(unicodedata.normalize("NFD", text.translate(_LETTER_MAP)))
    return _SPACES.sub(" ", stripped.lower()).strip()


def _strip_marks(decomposed: str) -> str:
    """decomposed without its combining characters. When removing the Vietnamese marks leaves ASCII, no
    other combining character was there (ASCII has none): the per-character test runs only otherwise."""
    stripped = decomposed
    for mark in _VI_MARKS:
        stripped = stripped.replace(mark, "")
    if stripped.isascii():
        return stripped
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    """A readable ASCII slug: 'Cầu Trà Khúc 3' -> 'cau-tra-khuc-3'."""
    return _NON_SLUG.sub("-", fold(text)).strip("-")


def unaccent(text: str) -> str:
    """Strip diacritics (Đ -> D) but keep case and spacing: 'QĐ-TTg' -> 'QD-TTg'."""
    return _strip_marks(unicodedata.normalize("NFD", nfc(text).translate(_LETTER_MAP)))
