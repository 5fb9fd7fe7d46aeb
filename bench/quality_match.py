"""How gold items and extracted items are matched, for bench/quality.py.

Matching rules (each gold item and each extracted item is matched at most once, greedily in gold order):
- bodies: by key, exactly; an extracted key that differs only by a trailing "-tinh-<jur>" or
  "-thanh-pho-<jur>" (jur = the key's jurisdiction) also counts. The same key equivalence is used for
  assignments.
- references: by normalised symbol (spaces removed, Ð -> Đ, case kept) when the gold has one; else the
  folded gold name contained in the folded extracted name or the other way round. Names are compared
  folded with punctuation as spaces ("Dung Quất - Sa Huỳnh, giai đoạn II" = "... Sa Huỳnh giai đoạn II").
- projects: folded names after dropping a leading "dự án đầu tư xây dựng" / "dự án đầu tư" / "dự án":
  equal, or one contained in the other when the shorter has at least two words (so "Dự án 1" alone
  does not match everything).
- indicators: equal value (relative tolerance 1e-6) and an evidence span overlapping an occurrence of
  the gold quote in the raw text.
- assignments: same (body_key, role) and the assignment's evidence, or its task's evidence (raw offsets
  raw_start/raw_end), overlapping the gold quote's span; the span is found with str.find in the raw text
  the extractor read.
- "deadline found": among matched gold assignments that have a deadline, the share whose extracted task
  has `due` equal to the gold due, or, when the gold has no due, a deadline text containing the gold's
  (folded, markdown asterisks dropped).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ontology.text import fold

_PROJECT_PREFIX = re.compile(r"^(du an dau tu xay dung|du an dau tu|du an)\s+")


def same_key(gold: str | None, got: str | None) -> bool:
    """Keys equal, or the extracted one only adds a '-tinh-<jur>' / '-thanh-pho-<jur>' tail (either way)."""
    if not gold or not got:
        return False
    if gold == got:
        return True
    short, long_ = sorted((gold, got), key=len)
    parts = short.split("/")
    if len(parts) < 3:
        return False
    jur = parts[1]
    return long_ in (f"{short}-tinh-{jur}", f"{short}-thanh-pho-{jur}")


def norm_symbol(symbol: str | None) -> str:
    """A symbol for comparison: NFC, no spaces, Ð -> Đ, case kept."""
    if not symbol:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", symbol)).replace("\u00d0", "\u0110")


def clean(text: str | None) -> str:
    """Folded text without markdown asterisks."""
    return fold((text or "").replace("*", " "))


def words(text: str | None) -> str:
    """Folded text with punctuation as spaces: names compare without their commas, quotes and dashes."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", clean(text)).split())


def spans(item: dict[str, Any]) -> list[tuple[int, int]]:
    """The raw-text spans of an extracted item's evidence."""
    ev = item.get("evidence", [])
    return [(e["raw_start"], e["raw_end"]) for e in ev if None not in (e.get("raw_start"), e.get("raw_end"))]


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """Whether any span of a overlaps any span of b."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def occurrences(raw: str, quote: str) -> list[tuple[int, int]]:
    """Every span of quote in raw."""
    return [m.span() for m in re.finditer(re.escape(quote), raw)] if quote else []


def ref_match(g: dict[str, Any], x: dict[str, Any]) -> bool:
    """A gold reference and an extracted one are the same document."""
    if g.get("symbol"):
        return norm_symbol(g["symbol"]) == norm_symbol(x.get("symbol"))
    a, b = words(g["name"]), words(x.get("name"))
    return bool(a and b) and (a in b or b in a)


def project_name(name: str | None) -> str:
    """A project name for comparison: folded, without a leading 'dự án ...'."""
    return _PROJECT_PREFIX.sub("", words(name))


def project_match(g: dict[str, Any], x: dict[str, Any]) -> bool:
    """Equal names, or the shorter (two words or more) contained in the longer."""
    a, b = project_name(g["name"]), project_name(x.get("name"))
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 2 and short in long_


def greedy(gold: list[Any], got: list[Any], same) -> list[tuple[int, int]]:
    """Pairs (gold index, extracted index), each used at most once, first fit in gold order."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        for j, x in enumerate(got):
            if j not in used and same(g, x):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def score(n_gold: int, n_got: int, n_match: int) -> dict[str, Any]:
    """Counts with precision, recall and F1 (None when undefined)."""
    p = n_match / n_got if n_got else None
    r = n_match / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"gold": n_gold, "got": n_got, "match": n_match, "p": p, "r": r, "f1": f}


def assignment_pairs(gold: dict[str, Any], ext: dict[str, Any], raw: str) -> list[tuple[int, int]]:
    """Matched (gold, extracted) assignments: same body and role, evidence over the gold quote."""
    tasks = {t["id"]: t for t in ext["tasks"]}
    got = ext["assignments"]
    got_spans = [spans(a) + spans(tasks.get(a.get("task"), {})) for a in got]

    def same(g: dict[str, Any], j: int) -> bool:
        x = got[j]
        if x.get("role") != g["role"] or not same_key(g["body_key"], x.get("body_key")):
            return False
        start = raw.find(g["quote"])
        return start >= 0 and overlaps([(start, start + len(g["quote"]))], got_spans[j])

    return greedy(gold["assignments"], list(range(len(got))), same)


def deadline_found(g: dict[str, Any], task: dict[str, Any]) -> bool:
    """The extracted task carries the gold deadline."""
    dl = g["deadline"]
    if dl.get("due"):
        return task.get("due") == dl["due"]
    want = clean(dl.get("text"))
    return bool(want) and want in clean(task.get("deadline_text"))
