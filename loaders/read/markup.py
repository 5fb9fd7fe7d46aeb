"""One line of portal Markdown: what it is (text, row, heading, note), its markup cut, its pieces kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.read.canonical import INNER_WS, STRIP

# One alternation, tried left to right at each position: escapes, <br>, footnote refs, links, star runs.
_TOKEN = re.compile(
    r"(?P<esc>\\)[!-/:-@\[-`{-~]"
    r"|(?P<br><br\s*/?>)"
    r"|(?P<ref>\[\^?(?P<rn>\d{1,3})\])(?!\()"
    r"|(?P<lk>!?\[)(?=[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<lt>\]\([^)\n]*\))"
    r"|(?P<st>\*+)"
)
_SPECIAL = re.compile(r"[*\\\[\]<|#\t\u00a0\u2002-\u200b]| {2}")
_PIPE_LINE = re.compile(r"\|[\s|]*")
_RULE_ROW = re.compile(r"\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?")
_HEADING = re.compile(r"#{1,6}[ \t]+")
_NOTE = re.compile(r"\[\^?(\d{1,3})\]:?[ \t]+\S")
_CELL_PIPE = re.compile(r"(?<!\\)\|")

Piece = tuple[int, int] | str


@dataclass(slots=True)
class Line:
    """One raw line after markup removal: what it is, its kept pieces and its emphasis markers."""

    kind: str  # text, blank, pipe, row, rule, heading, note, empty (markup only)
    pieces: list[Piece] = field(default_factory=list)
    clean: str = ""
    marks: list[tuple[int, bool, bool]] = field(default_factory=list)  # (toggles, at start, at end)
    note: int = 0


def _toggles(run: str) -> int:
    """Emphasis a run of stars toggles: bit 1 bold, bit 2 italic (**** opens and closes: nothing)."""
    n = len(run)
    return (1 if (n // 2) % 2 else 0) | (2 if n % 2 else 0)


def _cuts(text: str, a: int, b: int, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Add the markup of text[a:b] to cuts; return the emphasis marks (cut index, toggles)."""
    marks: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, a, b):
        s, e = m.span()
        if m["esc"]:
            cuts.append((s, s + 1, ""))
        elif m["br"]:
            cuts.append((s, e, " "))
        elif m["ref"]:
            while s > a and text[s - 1] in " \t" and (e >= b or not text[e].isalnum()):
                s -= 1  # "word [1]." loses the space too
            cuts.append((s, e, ""))
        elif m["lk"] or m["lt"]:
            cuts.append((s, e, ""))
        else:
            before = text[s - 1] if s > a else "\n"
            after = text[e] if e < b else "\n"
            if e - s == 1 and ((before in " \t" and after in " \t") or (before == "(" and after == ")")):
                continue  # a literal star: 5 * 3, (*)
            if s == a and e - s == 1 and after in " \t" and any(c.isalnum() for c in text[e:b]):
                cuts.append((s, e, "-"))  # a Markdown bullet "* item"
                continue
            if t := _toggles(m["st"]):
                marks.append((len(cuts), t))
            cuts.append((s, e, ""))
    return marks


def _clean(text: str, a: int, b: int, cuts: list[tuple[int, int, str]]) -> tuple[list[Piece], str, list[int]]:
    """Kept pieces of text[a:b] (whitespace collapsed, trimmed), the clean text, each cut's offset."""
    for m in INNER_WS.finditer(text, a, b):
        cuts.append((m.start(), m.end(), " "))
    order = sorted(range(len(cuts)), key=lambda k: cuts[k][0])
    pieces: list[Piece] = []
    parts: list[str] = []
    at = [0] * len(cuts)
    size = 0
    cur = a

    def keep(s: int, e: int) -> None:
        nonlocal size
        if not parts or parts[-1][-1] == " ":
            while s < e and text[s] in STRIP:
                s += 1
        if s < e:
            pieces.append((s, e))
            parts.append(text[s:e])
            size += e - s

    for k in order:
        s, e, rep = cuts[k]
        if s >= cur:
            keep(cur, s)
        at[k] = size
        if rep and s >= cur:
            if rep[0] == " " and (not parts or parts[-1][-1] == " "):
                rep = rep.lstrip(" ")
            if rep:
                pieces.append(rep)
                parts.append(rep)
                size += len(rep)
        cur = max(cur, e)
    keep(cur, b)
    while pieces and parts[-1][-1] in STRIP:  # trailing whitespace
        last = pieces[-1]
        size -= len(parts[-1])
        if isinstance(last, str):
            rest = last.rstrip(STRIP)
            pieces.pop()
            parts.pop()
            if rest:
                pieces.append(rest)
                parts.append(rest)
                size += len(rest)
            continue
        s, e = last
        while e > s and text[e - 1] in STRIP:
            e -= 1
        pieces.pop()
        parts.pop()
        if e > s:
            pieces.append((s, e))
            parts.append(text[s:e])
            size += e - s
    return pieces, "".join(parts), [min(x, size) for x in at]


def parse_line(text: str, cs: int, ce: int, refs: set[int]) -> Line:
    """Classify one stripped raw line and remove its markup."""
    if cs == ce:
        return Line("blank")
    seg = text[cs:ce]
    if _SPECIAL.search(seg) is None:  # the common case: plain text
        return Line("text", [(cs, ce)], seg)
    c = seg[0]
    kind = "text"
    cuts: list[tuple[int, int, str]] = []
    note, lo = 0, cs
    if c == "|":
        if _PIPE_LINE.fullmatch(seg):
            return Line("pipe")
        if _RULE_ROW.fullmatch(seg):
            return Line("rule")
        pipes = [cs + m.start() for m in _CELL_PIPE.finditer(seg)]
        if len(pipes) >= 2 and pipes[-1] == ce - 1:
            kind = "row"
            cuts.append((cs, cs + 1, ""))
            cuts.append((ce - 1, ce, ""))
            cuts.extend((p, p + 1, " | ") for p in pipes[1:-1])
    elif c == "#" and (m := _HEADING.match(seg)):
        kind = "heading"
        cuts.append((cs, cs + m.end(), ""))
    elif c == "[" and (m := _NOTE.match(seg)) and int(m[1]) in refs:
        kind, note, lo = "note", int(m[1]), cs + m.end(1) + 1  # the note keeps its own [n]
    marks = _cuts(text, lo, ce, cuts)
    pieces, clean, at = _clean(text, cs, ce, cuts)
    if not clean:
        kind = "empty" if kind == "text" else kind
    size = len(clean)
    return Line(kind, pieces, clean, [(t, at[k] == 0, at[k] >= size) for k, t in marks], note)
