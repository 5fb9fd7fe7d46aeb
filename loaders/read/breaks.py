"""Whether a line break of PDF-to-text output starts a paragraph: tests on one line, then the decision."""

from __future__ import annotations

import re

_ROMAN = re.compile(r"[IVXLC]{1,6}\s*[.\-–]\s*\S")
_ARABIC = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]\s*\S|\d{1,2}(?:\.\d{1,2})+\s+\S")
_LETTER = re.compile(r"[a-zđ][).]\s+\S")
_ARTICLE = re.compile(r"Điều\s+\d+[.:]?\s")
BULLET = re.compile(r"[-–—+•]\s*\S")
SEPARATOR = re.compile(r"[-=_*.·]{3,}|\*")
_SEPARATOR_FIRST = frozenset("-=_*.·")  # a separator line starts with one of these
BULLET_FIRST = frozenset("-–—+•")
_NUMBERED = re.compile("|".join(p.pattern for p in (_ROMAN, _ARABIC, _LETTER, _ARTICLE)))
_ASCII_LOWER = re.compile("[a-z]")
SYMBOL_TAIL = re.compile(r"[A-ZĐ][A-Za-zĐđ]{0,5}\s*[/-]")
_TERMINAL = ".:!?"


def _is_caps(s: str) -> bool:
    if s.isupper():  # C fast path: a cased letter and no lower case
        return True
    if _ASCII_LOWER.search(s) is not None:  # C fast path: most lines hold a lower-case a-z
        return False
    return any(c.isalpha() for c in s) and not any(c.islower() for c in s)


def starts_upper(s: str) -> bool:
    c = s[:1]
    if c and c not in "“\"'(-–• ":  # nothing to strip (most lines): the first character decides
        return c.isupper() or c.isdigit()
    s = s.lstrip("“\"'(-–• ")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def is_numbered(s: str) -> bool:
    """Whether a line opens a numbered provision (I., I-, 1., 1.1., a), Điều 1.)."""
    return _NUMBERED.match(s) is not None and not s[:5].replace(".", "").isdigit()


def ends_terminal(s: str) -> bool:
    s = s.rstrip(" ”\"')")
    return bool(s) and s[-1] in _TERMINAL


def new_paragraph(prev: str, cur: str, blank: bool, short_prev: bool) -> bool:
    """Whether the line break between prev and cur (stripped lines) starts a paragraph."""
    if prev.endswith("-") and prev[-2:-1].isdigit() and SYMBOL_TAIL.match(cur):
        return False  # a symbol split by a line break: 279-\nTB/UBKTTW
    if blank or SEPARATOR.fullmatch(prev) or SEPARATOR.fullmatch(cur):
        return True
    if BULLET.match(cur):
        return prev.rstrip()[-1:] in ".;:,!?)" or _is_caps(prev)
    if is_numbered(cur) and (starts_upper(cur[2:]) or not prev[-1:].isalnum() or short_prev):
        return True
    if _is_caps(prev) or _is_caps(cur) or prev.startswith(("Nơi nhận", "Kính gửi")):
        return True
    return starts_upper(cur) and (ends_terminal(prev) or short_prev or bool(_ROMAN.match(prev)))


def new_paragraph_caps(
    prev: str, cur: str, blank: bool, short_prev: bool, prev_caps: bool | None
) -> tuple[bool, bool | None]:
    """new_paragraph, given _is_caps(prev) when known; also _is_caps(cur) when it was computed.

    Each line is tested once as cur and once as prev: passing the result on halves the case tests,
    and a line's first character rules most patterns out before any regex runs.
    """
    if prev[-1:] == "-" and prev[-2:-1].isdigit() and SYMBOL_TAIL.match(cur):
        return False, None
    if (
        blank
        or (prev[:1] in _SEPARATOR_FIRST and SEPARATOR.fullmatch(prev))
        or (cur[:1] in _SEPARATOR_FIRST and SEPARATOR.fullmatch(cur))
    ):
        return True, None
    if cur[:1] in BULLET_FIRST and BULLET.match(cur):
        if prev.rstrip()[-1:] in ".;:,!?)":
            return True, None
        return (_is_caps(prev) if prev_caps is None else prev_caps), None
    if is_numbered(cur) and (starts_upper(cur[2:]) or not prev[-1:].isalnum() or short_prev):
        return True, None
    if _is_caps(prev) if prev_caps is None else prev_caps:
        return True, None
    cur_caps = _is_caps(cur)
    if cur_caps or prev.startswith(("Nơi nhận", "Kính gửi")):
        return True, cur_caps
    return (starts_upper(cur) and (ends_terminal(prev) or short_prev or bool(_ROMAN.match(prev)))), cur_caps
