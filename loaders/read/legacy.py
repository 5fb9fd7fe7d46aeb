"""Detect and convert the legacy Vietnamese 8-bit encodings TCVN3 (ABC) and VNI."""

from __future__ import annotations

import re
import unicodedata

# TCVN3 (TCVN 5712:1993, ".VnTime" fonts) byte -> Unicode; upper-case toned letters do not exist.
_TCVN3 = {
    0xA1: "Ă",
    0xA2: "Â",
    0xA3: "Ê",
    0xA4: "Ô",
    0xA5: "Ơ",
    0xA6: "Ư",
    0xA7: "Đ",
    0xA8: "ă",
    0xA9: "â",
    0xAA: "ê",
    0xAB: "ô",
    0xAC: "ơ",
    0xAD: "ư",
    0xAE: "đ",
    0xB5: "à",
    0xB6: "ả",
    0xB7: "ã",
    0xB8: "á",
    0xB9: "ạ",
    0xBB: "ằ",
    0xBC: "ẳ",
    0xBD: "ẵ",
    0xBE: "ắ",
    0xC6: "ặ",
    0xC7: "ầ",
    0xC8: "ẩ",
    0xC9: "ẫ",
    0xCA: "ấ",
    0xCB: "ậ",
    0xCC: "è",
    0xCE: "ẻ",
    0xCF: "ẽ",
    0xD0: "é",
    0xD1: "ẹ",
    0xD2: "ề",
    0xD3: "ể",
    0xD4: "ễ",
    0xD5: "ế",
    0xD6: "ệ",
    0xD7: "ì",
    0xD8: "ỉ",
    0xDC: "ĩ",
    0xDD: "í",
    0xDE: "ị",
    0xDF: "ò",
    0xE1: "ỏ",
    0xE2: "õ",
    0xE3: "ó",
    0xE4: "ọ",
    0xE5: "ồ",
    0xE6: "ổ",
    0xE7: "ỗ",
    0xE8: "ố",
    0xE9: "ộ",
    0xEA: "ờ",
    0xEB: "ở",
    0xEC: "ỡ",
    0xED: "ớ",
    0xEE: "ợ",
    0xEF: "ù",
    0xF1: "ủ",
    0xF2: "ũ",
    0xF3: "ú",
    0xF4: "ụ",
    0xF5: "ừ",
    0xF6: "ử",
    0xF7: "ữ",
    0xF8: "ứ",
    0xF9: "ự",
    0xFA: "ỳ",
    0xFB: "ỷ",
    0xFC: "ỹ",
    0xFD: "ý",
    0xFE: "ỵ",
}
_TCVN3_TABLE = {chr(b): u for b, u in _TCVN3.items()}

# VNI: a base vowel followed by a mark byte (read as cp1252). Marks: tone, or hat/breve + tone.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_TONE = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRC = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
_VNI_SINGLE = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
}


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for upper in (False, True):

        def cas(s: str, up: bool = upper) -> str:
            return s.upper() if up else s

        for base in "aeo":
            for mark, tone in _VNI_CIRC.items():
                pairs[cas(base + mark)] = cas(unicodedata.normalize("NFC", base + _CIRC + tone))
        for mark, tone in _VNI_BREVE.items():
            pairs[cas("a" + mark)] = cas(unicodedata.normalize("NFC", "a" + _BREVE + tone))
        for base, ubase in (
            ("a", "a"),
            ("e", "e"),
            ("o", "o"),
            ("u", "u"),
            ("y", "y"),
            ("ô", "o" + _HORN),
            ("ö", "u" + _HORN),
        ):
            for mark, tone in _VNI_TONE.items():
                pairs[cas(base + mark)] = cas(unicodedata.normalize("NFC", ubase + tone))
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_SINGLES = {**_VNI_SINGLE, **{k.upper(): v.upper() for k, v in _VNI_SINGLE.items()}}
_VNI_ALL = {**_VNI_SINGLES, **_VNI_PAIRS}
# One pass, pairs before singles, so converted output is never converted again.
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI_ALL), key=len, reverse=True)))

# Signs of each encoding once its bytes are read as Latin-1/cp1252.
_TCVN3_MARKS = re.compile(r"[©¸µ¶·¹ª«¬®ÐÑÒÓÔÕÖ×ØÜÝÞßãäåæçèéêëìíîïñòóôõö÷øùúûüýþ]")
_VNI_MARK_PAIRS = re.compile(r"[aeouyAEOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]")
_COMMON = re.compile(
    r"\b(của|và|các|trong|được|nhân|dân|tỉnh|thực|hiện|năm|ngày|việt|nam|ủy|uỷ|ban|những|người|"
    r"với|cho|không|có|là|để|này|đã|phát|triển|kinh|tế|xã|hội)\b",
    re.IGNORECASE,
)
_VIET = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")  # letters Latin-1 cannot hold


def vietnamese_score(text: str) -> float:
    """Share of words that are very common Vietnamese words (0..1): a plausibility measure."""
    words = max(1, len(text.split()))
    return len(_COMMON.findall(text)) / words


_TCVN3_TRANSLATE = {ord(k): v for k, v in _TCVN3_TABLE.items()}
# The lower-case letters TCVN3 has; a .VnTimeH font draws them as capitals (it has no toned capitals).
_TCVN3_LOWER = frozenset(v for v in _TCVN3.values() if v.islower())
_CAPS_FROM_LOWER = {ord(v): v.upper() for v in _TCVN3_LOWER}
_WORD = re.compile(r"\w+")


def _vntimeh_line(line: str) -> bool:
    """True when a line reads as a .VnTimeH heading: its plain letters all capitals, two or more of them
    in words that carry a TCVN3 lower-case letter ("KÕT LUËN"; not "Sè 12-KL/TU", one capital)."""
    if not any(ch in _TCVN3_LOWER for ch in line) or any("a" <= ch <= "z" for ch in line):
        return False
    plain = 0
    for word in _WORD.findall(line):
        if any(ch in _TCVN3_LOWER for ch in word):
            plain += sum(1 for ch in word if "A" <= ch <= "Z")
    return plain >= 2


def from_tcvn3(latin1_text: str) -> str:
    """Convert text whose TCVN3 bytes were read as Latin-1; .VnTimeH heading lines get their capitals."""
    lines = latin1_text.translate(_TCVN3_TRANSLATE).split("\n")
    return "\n".join(line.translate(_CAPS_FROM_LOWER) if _vntimeh_line(line) else line for line in lines)


def from_vni(cp1252_text: str) -> str:
    """Convert text whose VNI bytes were read as cp1252."""
    return _VNI_RE.sub(lambda m: _VNI_ALL[m.group(0)], cp1252_text)


def detect_legacy(text: str) -> str | None:
    """Return 'tcvn3' or 'vni' when text read as Latin-1/cp1252 looks like that legacy encoding."""
    sample = text[:20000]
    if len(_VIET.findall(sample)) > 0.02 * max(1, len(sample.split())):
        return None  # real Unicode Vietnamese is present
    words = max(1, len(sample.split()))
    best, best_score = None, vietnamese_score(sample) + 0.05
    if len(_VNI_MARK_PAIRS.findall(sample)) > 0.05 * words:
        score = vietnamese_score(from_vni(sample))
        if score > best_score:
            best, best_score = "vni", score
    if len(_TCVN3_MARKS.findall(sample)) > 0.05 * words:
        score = vietnamese_score(from_tcvn3(sample))
        if score > best_score:
            best, best_score = "tcvn3", score
    return best
