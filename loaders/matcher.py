"""The curated gazetteer (CSV data files) and a fast token matcher over folded text."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ontology import keys
from ontology.text import fold

_TOKEN = re.compile(r"[a-z0-9]+")
_LOCAL_SUFFIX = re.compile(r"\s+(?:tỉnh\s+)?Quảng Ngãi$")
HOME = "quang-ngai"  # the jurisdiction of the curated local entries (aliases marked "~")


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        f = fold(ch)
        if len(f) == 1 and f != ch:
            table[cp] = f
    return table


_FOLD = _fold_table()


def fold_same_length(text: str) -> str:
    """fold() that keeps every offset: one output character per input character."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Entry:
    """One curated entity: kind (body/place/project/programme), key, canonical name and facts."""

    kind: str
    key: str
    name: str
    jurisdiction: str
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Alias:
    """One folded alias of an entry, with which tokens must be upper case (abbreviations)."""

    tokens: tuple[str, ...]
    upper: tuple[bool, ...]
    entry: Entry
    local: bool


@dataclass(frozen=True)
class Match:
    """A gazetteer match: normalised-text span and entry."""

    start: int
    end: int
    entry: Entry


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("loaders").joinpath("gazetteer", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _split(value: str) -> list[str]:
    return [unicodedata.normalize("NFC", a.strip()) for a in (value or "").split("|") if a.strip()]


def _alias(text: str, entry: Entry) -> Alias | None:
    local = text.startswith("~")
    text = text.lstrip("~")
    words = re.findall(r"[^\W_]+", text)
    tokens = tuple(_TOKEN.findall(fold_same_length(" ".join(words))))
    if not tokens:
        return None
    upper = tuple(w.isupper() and len(w) <= 6 for w in words)
    if len(upper) != len(tokens):
        upper = tuple(False for _ in tokens)
    return Alias(tokens, upper, entry, local)


class Gazetteer:
    """All curated entries, indexed by first folded token for longest-match scanning."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_name: dict[str, Entry] = {}
        self.codes: dict[str, Entry] = {}
        self._index: dict[str, list[Alias]] = {}
        self._load()

    def _add(self, entry: Entry, aliases: list[str]) -> None:
        self.entries.append(entry)
        self.by_name[fold(entry.name)] = entry
        for text in [entry.name, *aliases]:
            alias = _alias(text, entry)
            if alias:
                self._index.setdefault(alias.tokens[0], []).append(alias)

    def _load(self) -> None:
        places: dict[str, list[str]] = {}
        for r in _rows("places.csv"):
            path = places.get(r["parent"], []) + [r["name"]] if r["parent"] else [r["name"]]
            places[r["name"]] = path
            self._add(Entry("place", keys.place_key(*path), r["name"], HOME, dict(r)), _split(r["aliases"]))
        for r in _rows("bodies.csv"):
            short = _LOCAL_SUFFIX.sub("", r["name"]) if r["jurisdiction"] == HOME else r["name"]
            key = keys.body_key(short or r["name"], r["jurisdiction"])
            entry = Entry("body", key, r["name"], r["jurisdiction"], dict(r))
            self._add(entry, _split(r["aliases"]))
            for code in _split(r["codes"]):
                self.codes.setdefault(code, entry)
        for r in _rows("projects.csv"):
            data: dict[str, Any] = dict(r)
            data["location"] = _split(r["location"])
            self._add(
                Entry("project", keys.project_key(r["name"]), r["name"], HOME, data), _split(r["aliases"])
            )
        for r in _rows("programmes.csv"):
            self._add(
                Entry("programme", keys.programme_key(r["name"]), r["name"], HOME, dict(r)),
                _split(r["aliases"]),
            )
        for lst in self._index.values():
            lst.sort(key=lambda a: len(a.tokens), reverse=True)
        self.place_paths = places

    def lookup(self, name: str, kind: str | None = None) -> Entry | None:
        """The entry whose canonical name or alias equals name (folded), if any."""
        tokens = tuple(_TOKEN.findall(fold_same_length(name)))
        for alias in self._index.get(tokens[0], []) if tokens else []:
            if alias.tokens == tokens and (kind is None or alias.entry.kind == kind):
                return alias.entry
        return None

    def scan(
        self, text: str, folded: str, province: str | None, lo: int = 0, hi: int | None = None
    ) -> list[Match]:
        """Longest non-overlapping alias matches in text[lo:hi] (folded is fold_same_length(text))."""
        hi = len(text) if hi is None else hi
        toks = list(_TOKEN.finditer(folded, lo, hi))
        words = [m.group(0) for m in toks]
        out: list[Match] = []
        i, n = 0, len(toks)
        index = self._index
        while i < n:
            cands = index.get(words[i])
            hit = None
            if cands:
                for alias in cands:
                    k = len(alias.tokens)
                    if i + k > n or tuple(words[i : i + k]) != alias.tokens:
                        continue
                    if alias.local and province != alias.entry.jurisdiction:
                        continue
                    s, e = toks[i].start(), toks[i + k - 1].end()
                    if any(
                        u and not text[toks[i + j].start() : toks[i + j].end()].isupper()
                        for j, u in enumerate(alias.upper)
                    ):
                        continue
                    if k > 1 and ("\n" in text[s:e] or ". " in text[s:e] or ";" in text[s:e]):
                        continue
                    hit = (k, Match(s, e, alias.entry))
                    break
            if hit:
                out.append(hit[1])
                i += hit[0]
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The loaded gazetteer (read once per process from the package data files)."""
    return Gazetteer()
