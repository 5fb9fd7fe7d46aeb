"""Extraction quality against the hand gold (tests/gold/): precision, recall and F1 per kind, per document.

Usage: .venv/bin/python bench/quality.py [--doc STEM ...] [--json] [--save FILE] [--compare FILE]
Runs loaders.extract.pipeline.extract_file in-process on each gold document (the corpus is read from
../shared/corpus if present, else data/; a `<stem>.meta.json` sidecar found in either is honoured) and
prints an aligned table, or the same as JSON. --save writes the scores; --compare FILE prints those saved
scores and today's side by side (F1 before, after, change). Prints only; never asserts, never times.

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

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from loaders.extract.pipeline import extract_file
from loaders.read.files import read_path
from ontology.text import fold

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold"
ROOTS = (REPO.parent / "shared" / "corpus", REPO / "data")
KINDS = ("references", "bodies", "projects", "indicators", "assignments")
_PROJECT_PREFIX = re.compile(r"^(du an dau tu xay dung|du an dau tu|du an)\s+")


def gold_docs(stems: list[str] | None = None) -> list[dict[str, Any]]:
    """The gold documents (optionally only these stems), in file-name order."""
    out = []
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "source" in data and (not stems or path.stem in stems):
            data["stem"] = path.stem
            out.append(data)
    return out


def locate(source: str) -> tuple[Path, str | None]:
    """The corpus file for a gold source, and the jurisdiction of a sidecar beside either copy."""
    found = [root / source for root in ROOTS if (root / source).is_file()]
    if not found:
        raise FileNotFoundError(source)
    jurisdiction = None
    for root in ROOTS:
        meta = (root / source).with_suffix(".meta.json")
        if meta.is_file():
            jurisdiction = json.loads(meta.read_text(encoding="utf-8")).get("jurisdiction")
            break
    return found[0], jurisdiction


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


def extract(path: Path, jurisdiction: str | None):
    """Extract one file, passing a sidecar's jurisdiction when the extractor takes one (older ones do not)."""
    if jurisdiction is None:
        return extract_file(path)
    try:
        return extract_file(path, jurisdiction=jurisdiction)
    except TypeError:
        return extract_file(path)


def _inferred(assignment: dict[str, Any]) -> bool:
    """Whether an assignment is only the issuer-directs inference (no actor named in its sentence)."""
    rules = {e.get("rule") for e in assignment.get("evidence", [])}
    return bool(assignment.get("implied")) and rules <= {"implied.issuer_directs"}


def score_doc(gold: dict[str, Any]) -> dict[str, Any]:
    """Scores of one gold document against a fresh extraction."""
    path, jurisdiction = locate(gold["source"])
    raw = unicodedata.normalize("NFC", read_path(path).text)
    try:
        ext = extract(path, jurisdiction).to_dict()
        error = None
    except Exception as exc:  # an extractor crash scores as an empty extraction, and is shown
        ext = {k: [] for k in (*KINDS, "tasks")}
        error = f"{type(exc).__name__}: {exc}"[:200]
    rules = {
        "references": ref_match,
        "bodies": lambda g, x: same_key(g["key"], x.get("key")),
        "projects": project_match,
        "indicators": lambda g, x: (
            x.get("value") is not None
            and abs(float(x["value"]) - float(g["value"])) <= 1e-6 * max(1.0, abs(float(g["value"])))
            and overlaps(occurrences(raw, g["quote"]), spans(x))
        ),
    }
    # A body no sentence names (the collective an implied assignment goes to) is not a mention: the gold
    # lists what the text names, and implied actors are measured as assignments.
    ext["bodies"] = [b for b in ext["bodies"] if b.get("evidence")]
    # Likewise an implied assignment (implied.issuer_directs: the issuer's own subordinates, for a task
    # that names no actor) is a flagged inference, not a statement the gold could list.
    ext["assignments"] = [a for a in ext["assignments"] if not _inferred(a)]
    out: dict[str, Any] = {}
    misses: dict[str, Any] = {}
    for kind, rule in rules.items():
        matched = greedy(gold[kind], ext[kind], rule)
        out[kind] = score(len(gold[kind]), len(ext[kind]), len(matched))
        misses[kind] = unmatched(gold[kind], ext[kind], matched)
    pairs = assignment_pairs(gold, ext, raw)
    out["assignments"] = score(len(gold["assignments"]), len(ext["assignments"]), len(pairs))
    misses["assignments"] = unmatched(gold["assignments"], ext["assignments"], pairs)
    out["misses"] = misses
    tasks = {t["id"]: t for t in ext["tasks"]}
    with_dl = [(i, j) for i, j in pairs if gold["assignments"][i].get("deadline")]
    found = sum(
        deadline_found(gold["assignments"][i], tasks.get(ext["assignments"][j].get("task"), {}))
        for i, j in with_dl
    )
    out["deadline"] = {
        "with": len(with_dl),
        "found": found,
        "rate": found / len(with_dl) if with_dl else None,
    }
    if error:
        out["error"] = error
    return out


def unmatched(gold: list[Any], got: list[Any], pairs: list[tuple[int, int]]) -> dict[str, list[Any]]:
    """Gold items no extracted item matched (missed), extracted items no gold item matched (spurious)."""
    hit_gold = {i for i, _ in pairs}
    hit_got = {j for _, j in pairs}
    return {
        "missed": [g for i, g in enumerate(gold) if i not in hit_gold],
        "spurious": [x for j, x in enumerate(got) if j not in hit_got],
    }


def brief(item: dict[str, Any]) -> str:
    """One line for a missed or spurious item: its key fields and the start of its quote."""
    fields = ("key", "body_key", "role", "to_key", "name", "symbol", "value", "unit", "type")
    head = ", ".join(f"{f}={item[f]}" for f in fields if item.get(f) not in (None, ""))
    quote = item.get("quote") or next(
        (e.get("quote") for e in item.get("evidence", []) if e.get("quote")), ""
    )
    return f"{head} | {' '.join(str(quote).split())[:110]}"


def misses_report(scores: dict[str, dict[str, Any]], kind: str) -> str:
    """Per document, the missed gold items and the spurious extracted ones of one kind."""
    rows = []
    for stem, s in scores.items():
        m = s.get("misses", {}).get(kind)
        if not m or not (m["missed"] or m["spurious"]):
            continue
        rows.append(f"== {stem}")
        rows += [f"  MISSED   {brief(g)}" for g in m["missed"]]
        rows += [f"  SPURIOUS {brief(x)}" for x in m["spurious"]]
    return "\n".join(rows)


def overall(per_doc: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged scores over the documents."""
    out: dict[str, Any] = {}
    for kind in KINDS:
        n = [sum(d[kind][k] for d in per_doc.values()) for k in ("gold", "got", "match")]
        out[kind] = score(*n)
    w = sum(d["deadline"]["with"] for d in per_doc.values())
    f = sum(d["deadline"]["found"] for d in per_doc.values())
    out["deadline"] = {"with": w, "found": f, "rate": f / w if w else None}
    return out


def run(stems: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Scores per document stem plus 'all'."""
    per_doc = {g["stem"]: score_doc(g) for g in gold_docs(stems)}
    return {**per_doc, "all": overall(per_doc)}


def fmt(v: float | None) -> str:
    """Two decimals, or a dash when undefined."""
    return "   -" if v is None else f"{v:4.2f}"


def table(scores: dict[str, dict[str, Any]]) -> str:
    """An aligned table: P, R, F1 per kind and the deadline rate, one row per document."""
    width = max(len(s) for s in scores) if scores else 3
    head1 = " " * width + "".join(f" | {k[:11]:^14}" for k in KINDS) + " | deadline"
    head2 = f"{'document':<{width}}" + " | P    R    F1  " * len(KINDS) + " | found"
    rows = [head1, head2, "-" * len(head2)]
    for stem, s in scores.items():
        cells = "".join(f" | {fmt(s[k]['p'])} {fmt(s[k]['r'])} {fmt(s[k]['f1'])}" for k in KINDS)
        d = s["deadline"]
        rows.append(f"{stem:<{width}}{cells} | {fmt(d['rate'])} ({d['found']}/{d['with']})")
    rows += [f"{stem}: extractor error: {s['error']}" for stem, s in scores.items() if s.get("error")]
    c = scores.get("all", {})
    rows += [f"all {k}: gold {c[k]['gold']}, got {c[k]['got']}, matched {c[k]['match']}" for k in KINDS if c]
    return "\n".join(rows)


def compare(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> str:
    """F1 per kind (and the deadline rate) before and after, side by side, with the change."""
    width = max(len(s) for s in after)
    names = [*KINDS, "deadline"]
    rows = [f"{'document':<{width}}" + "".join(f" | {n[:11]:^17}" for n in names)]
    rows.append(" " * width + " | before after  chg" * len(names))
    for stem, s in after.items():
        b = before.get(stem, {})
        cells = ""
        for n in names:
            key = "rate" if n == "deadline" else "f1"
            x, y = b.get(n, {}).get(key), s[n][key]
            chg = "    -" if x is None or y is None else f"{y - x:+5.2f}"
            cells += f" |  {fmt(x)}  {fmt(y)} {chg}"
        rows.append(f"{stem:<{width}}{cells}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Command line: score, then print, save or compare."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--doc", action="append", help="only this gold stem (repeatable)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--save", type=Path, help="also write the scores to this JSON file")
    ap.add_argument("--compare", type=Path, help="print these saved scores and today's side by side")
    ap.add_argument("--misses", choices=KINDS, help="also list the missed and spurious items of this kind")
    args = ap.parse_args(argv)
    scores = run(args.doc)
    if args.misses:
        print(misses_report(scores, args.misses))
    for s in scores.values():
        s.pop("misses", None)
    if args.save:
        args.save.write_text(json.dumps(scores, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        same_docs = {k: before[k] for k in scores if k != "all" and k in before}
        before["all"] = overall(same_docs)  # over the documents compared, not all those saved
        print(
            json.dumps({"before": before, "after": scores}, indent=1)
            if args.json
            else compare(before, scores)
        )
    else:
        print(json.dumps(scores, ensure_ascii=False, indent=1) if args.json else table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
