"""Helpers to write the hand gold compactly: loosely typed quotes resolve to exact raw substrings."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "data"  # the repository's copy of the corpus
OUT = Path(__file__).resolve().parent.parent


def slug(text: str) -> str:
    """Lower-case ASCII slug: đ->d, diacritics dropped, non-alphanumerics -> '-'."""
    t = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


class Doc:
    """One gold document under construction."""

    def __init__(self, source: str, **document):
        self.source = source
        self.raw = unicodedata.normalize("NFC", (CORPUS / source).read_text(encoding="utf-8"))
        self.document = document
        self.refs, self.bodies, self.projects, self.inds, self.asg, self.notes = [], [], [], [], [], []
        self.alias: dict[str, str] = {}
        self.errors: list[str] = []

    def q(self, text: str, after: str | None = None) -> str:
        """Resolve a loosely typed quote (any whitespace, optional ** markers) to the exact raw substring."""
        parts = [re.escape(w) for w in text.split()]
        pat = r"(?:\s|\*\*|\|)*".join(parts)
        start = 0
        if after:
            m0 = re.search(r"\s+".join(re.escape(w) for w in after.split()), self.raw)
            start = m0.end() if m0 else 0
        m = re.compile(pat).search(self.raw, start)
        if not m:
            self.errors.append(f"quote not found: {text!r}")
            return text
        exact = m.group(0)
        if self.raw.find(exact) != m.start() and not after:
            pass
        return exact

    def ref(self, symbol, name, quote=None, after=None):
        self.refs.append({"symbol": symbol, "name": name, "quote": self.q(quote or name, after)})

    def body(self, alias, name, short, jur, quote=None, key=None):
        k = key or f"body/{jur}/{slug(short)}"
        if alias in self.alias:
            self.errors.append(f"dup alias {alias}")
        if any(b["key"] == k for b in self.bodies):
            self.errors.append(f"dup body key {k}")
        self.alias[alias] = k
        self.bodies.append({"name": name, "key": k, "jurisdiction": jur, "quote": self.q(quote or short)})

    def proj(self, name, typ, place, quote=None):
        self.projects.append({"name": name, "type": typ, "place": place, "quote": self.q(quote or name)})

    def ind(self, name, value, unit, quote):
        self.inds.append({"name": name, "value": value, "unit": unit, "quote": self.q(quote)})

    def a(self, who, role, quote, to=None, dl=None, due=None, rec=None, after=None):
        """Assignment: who/to are aliases; dl the deadline text."""
        for al in [who] + ([to] if to else []):
            if al not in self.alias:
                self.errors.append(f"unknown alias {al}")
        deadline = None
        if dl or rec:
            deadline = {"text": dl, "due": due, "recurrence": rec}
        self.asg.append(
            {
                "body_key": self.alias.get(who, who),
                "role": role,
                "to_key": self.alias.get(to, to) if to else None,
                "deadline": deadline,
                "quote": self.q(quote, after),
            }
        )

    def many(self, whos, role, quote, **kw):
        for w in whos:
            self.a(w, role, quote, **kw)

    def note(self, text):
        self.notes.append(text)

    def save(self):
        stem = Path(self.source).stem
        out = {
            "source": self.source,
            "document": self.document,
            "references": self.refs,
            "bodies": self.bodies,
            "projects": self.projects,
            "indicators": self.inds,
            "assignments": self.asg,
            "notes": self.notes,
        }
        for it in self.asg:
            if self.raw.count(it["quote"]) > 1:
                self.errors.append(f"assignment quote not unique: {it['quote']!r}")
        for lst in (self.refs, self.bodies, self.projects, self.inds, self.asg):
            for it in lst:
                if it["quote"] not in self.raw:
                    self.errors.append(f"not exact: {it['quote']!r}")
        if self.errors:
            print(stem, "ERRORS:", *self.errors, sep="\n  ", file=sys.stderr)
        (OUT / f"{stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(
            f"{stem}: refs={len(self.refs)} bodies={len(self.bodies)} projects={len(self.projects)} "
            f"indicators={len(self.inds)} assignments={len(self.asg)}"
        )
