"""Extraction quality against the hand gold (tests/gold/): precision, recall and F1 per kind, per document.

Usage: .venv/bin/python bench/quality.py [--doc STEM ...] [--json] [--save FILE] [--compare FILE]
Runs loaders.extract.pipeline.extract_file in-process on each gold document (the corpus is read from
../shared/corpus if present, else data/; a `<stem>.meta.json` sidecar found in either is honoured) and
prints an aligned table, or the same as JSON. --save writes the scores; --compare FILE prints those saved
scores and today's side by side (F1 before, after, change). Prints only; never asserts, never times.

How items are matched: bench/quality_match.py (its docstring).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.quality_match import (  # noqa: E402
    assignment_pairs,
    deadline_found,
    greedy,
    occurrences,
    overlaps,
    project_match,
    ref_match,
    same_key,
    score,
    spans,
)
from loaders.extract.pipeline import extract_file  # noqa: E402
from loaders.read.files import read_path  # noqa: E402

GOLD = REPO / "tests" / "gold"
ROOTS = (REPO.parent / "shared" / "corpus", REPO / "data")
KINDS = ("references", "bodies", "projects", "indicators", "assignments")


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
