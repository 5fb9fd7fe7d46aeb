"""Portal Markdown: markup removed, cells and rows kept, wrapped lines rejoined, offsets exact."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.read.breaks import (
    BULLET,
    BULLET_FIRST,
    SEPARATOR,
    SYMBOL_TAIL,
    ends_terminal,
    is_numbered,
    new_paragraph_caps,
    starts_upper,
)
from loaders.read.normalize import INNER_WS, STRIP, Builder, Normalised, to_nfc

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
_REFS = re.compile(r"(?<=[^\n])\[\^?(\d{1,3})\](?!\()")
_CELL_PIPE = re.compile(r"(?<!\\)\|")
_MAX_SPAN_LINES = 6  # an emphasis crossing more line breaks than this is taken for a stray marker
_CAPS_WRAP = 40  # a capitals line this long, not ending a sentence, wraps into the next capitals line

Piece = tuple[int, int] | str


@dataclass(slots=True)
class _Line:
    """One raw line after markup removal: what it is, its kept pieces and its emphasis markers."""

    kind: str  # text, blank, pipe, row, rule, heading, note, empty (markup only)
    pieces: list[Piece] = field(default_factory=list)
    clean: str = ""
    marks: list[tuple[int, bool, bool]] = field(default_factory=list)  # (toggles, at start, at end)
    note: int = 0


def looks_markdown(text: str) -> bool:
    """Whether decoded text carries portal Markdown: bold pairs, lone pipes, table rows or headings."""
    sample = text[:200_000]
    if sample.count("**") >= 6:
        return True
    bar, hash_ = "|" in sample, "#" in sample  # most text has neither: three line scans saved (0.4 ms)
    pipes = len(re.findall(r"(?m)^[ \t]*\|[ \t\r]*$", sample)) if bar else 0
    rows = len(re.findall(r"(?m)^[ \t]*\|.*\|[ \t\r]*$", sample)) if bar else 0
    heads = len(re.findall(r"(?m)^#{1,6}[ \t]+\S", sample)) if hash_ else 0
    return pipes >= 3 or rows >= 2 or heads >= 2


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


def _line(text: str, cs: int, ce: int, refs: set[int]) -> _Line:
    """Classify one stripped raw line and remove its markup."""
    if cs == ce:
        return _Line("blank")
    seg = text[cs:ce]
    if _SPECIAL.search(seg) is None:  # the common case: plain text
        return _Line("text", [(cs, ce)], seg)
    c = seg[0]
    kind = "text"
    cuts: list[tuple[int, int, str]] = []
    note, lo = 0, cs
    if c == "|":
        if _PIPE_LINE.fullmatch(seg):
            return _Line("pipe")
        if _RULE_ROW.fullmatch(seg):
            return _Line("rule")
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
    return _Line(kind, pieces, clean, [(t, at[k] == 0, at[k] >= size) for k, t in marks], note)


_HARD = frozenset(("row", "heading"))  # lines that are paragraphs of their own
_BREAKS = frozenset(("blank", "pipe", "rule", "row", "heading", "note"))  # lines that end an emphasis region


def _pair(lines: list[_Line]) -> tuple[list[bool], list[bool], list[bool]]:
    """Pair emphasis markers per region: lines ending inside a span, lines opening or closing one."""
    n = len(lines)
    join, opens, ends = [False] * n, [False] * n, [False] * n
    stacks: dict[int, list[tuple[int, bool]]] = {1: [], 2: []}

    def close(i: int, bit: int, at_end: bool) -> None:
        o, o_start = stacks[bit].pop()
        if i > o and i - o <= _MAX_SPAN_LINES:
            for j in range(o, i):
                join[j] = True
        if o_start and at_end:
            opens[o] = ends[i] = True

    for i, ln in enumerate(lines):
        if ln.kind in _BREAKS:
            stacks[1].clear()
            stacks[2].clear()
        for t, at_start, at_end in ln.marks:
            for bit in (1, 2):
                if t & bit:
                    if stacks[bit]:
                        close(i, bit, at_end)
                    else:
                        stacks[bit].append((i, at_start))
    return join, opens, ends


def _mostly_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return sum(c.islower() for c in letters) <= 0.2 * len(letters)


def _new_paragraph(prev: str, cur: str, loose: bool) -> bool:
    """Whether a line break outside emphasis starts a paragraph.

    Loose text (paragraphs separated by blank lines, outside tables) breaks only before list items and
    separators; elsewhere the plain-text rules apply, except that lines wrapped mid-phrase rejoin.
    """
    listed = is_numbered(cur) or (cur[:1] in BULLET_FIRST and BULLET.match(cur) is not None)
    if loose:
        return (
            bool(SEPARATOR.fullmatch(prev) or SEPARATOR.fullmatch(cur))
            or (listed and not is_numbered(cur) and prev[-1:] in ".;:,!?)")
            or (is_numbered(cur) and (starts_upper(cur[2:]) or not prev[-1:].isalnum()))
            or prev.startswith(("Nơi nhận", "Kính gửi"))
        )
    if not new_paragraph_caps(prev, cur, False, False, None)[0]:
        return False
    if listed or SEPARATOR.fullmatch(cur) or ends_terminal(prev):
        return True
    if prev[-1:] == ",":
        return False  # a list entry or a title wrapped after a comma
    caps_prev, caps_cur = _mostly_caps(prev), _mostly_caps(cur)
    if caps_cur and not caps_prev and ends_terminal(cur):
        return False  # the capitals end of a sentence: "... Chương trình" + "MTQG."
    return not (caps_prev and caps_cur and (len(prev) >= _CAPS_WRAP or len(cur) >= 50))  # a wrapped title


def _loose(lines: list[_Line]) -> list[bool]:
    """Per line: whether it lies in blank-separated prose (not in a table) of a blank-separated text."""
    n = len(lines)
    blanks = sum(1 for ln in lines if ln.kind == "blank")
    if blanks < 10 or blanks < 0.05 * (n - blanks):
        return [False] * n
    out = [True] * n
    start = 0
    for i in range(n + 1):
        if i == n or lines[i].kind == "blank":
            if any(lines[j].kind in ("pipe", "row", "rule") for j in range(start, i)):
                out[start:i] = [False] * (i - start)
            start = i + 1
    return out


def _notes(lines: list[_Line]) -> list[tuple[int, list[int]]]:
    """Footnote texts: a [n] line and the lines that continue it up to a break."""
    groups: list[tuple[int, list[int]]] = []
    cur: list[int] | None = None
    for i, ln in enumerate(lines):
        if ln.kind == "note":
            cur = [i]
            groups.append((ln.note, cur))
        elif cur is not None and ln.kind == "text":
            cur.append(i)
        elif ln.kind != "empty":
            cur = None
    return groups


def normalize_markdown(raw: str) -> Normalised:
    """Normalise portal Markdown: NFC, markup dropped, cells one a line, table rows joined by ' | '."""
    text, nmap = to_nfc(raw)
    warnings = ["decomposed (NFD) text composed to NFC"] if nmap is not None else []
    refs = {int(m[1]) for m in _REFS.finditer(text)} if "[" in text else set()
    lines: list[_Line] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        cs, ce = pos, end
        while cs < ce and text[cs] in STRIP:
            cs += 1
        while ce > cs and text[ce - 1] in STRIP:
            ce -= 1
        lines.append(_line(text, cs, ce, refs))
        pos = end + 1
    join, opens, ends = _pair(lines)
    loose = _loose(lines)
    groups = _notes(lines)
    in_note = {j for _, idx in groups for j in idx}
    b = Builder()
    prev: _Line | None = None
    prev_i = 0
    pending = False  # a break is due before the next line with text
    for i, ln in enumerate(lines):
        if ln.kind == "empty":
            pending = pending or ends[i]
            continue
        if not ln.pieces or i in in_note:
            pending = True
            continue
        if prev is not None:
            if pending or ln.kind in _HARD or prev.kind in _HARD or opens[i]:
                b.insert("\n")
            elif join[prev_i]:
                b.insert(" ")
            elif _new_paragraph(prev.clean, ln.clean, loose[i]):
                b.insert("\n")
            elif not (prev.clean[-1:] == "-" and prev.clean[-2:-1].isdigit() and SYMBOL_TAIL.match(ln.clean)):
                b.insert(" ")
        _emit(b, text, ln.pieces)
        prev, prev_i, pending = ln, i, ends[i]
    body_end = b.pos
    footnotes: dict[int, tuple[int, int]] = {}
    for num, idx in groups:
        b.insert("\n")
        start = b.pos
        for k, j in enumerate(idx):
            if k:
                b.insert(" ")
            _emit(b, text, lines[j].pieces)
        footnotes.setdefault(num, (start, b.pos))
    if footnotes:
        warnings.append(f"{len(footnotes)} footnote(s) moved after the body")
    b.map.nfc_map = nmap
    return Normalised("".join(b.parts), b.map, body_end, footnotes, warnings, "markdown")


def _emit(b: Builder, text: str, pieces: list[Piece]) -> None:
    for p in pieces:
        if isinstance(p, str):
            b.insert(p)
        else:
            b.copy(text, p[0], p[1])
