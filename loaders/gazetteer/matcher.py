"""Gazetteer entries and their aliases, and a fast longest-match scanner over folded text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from loaders.gazetteer.folded import fold_same_length, untoned
from ontology.text import fold

_TOKEN = re.compile(r"[a-z0-9]+")
_SEP = "\x00"  # stands for the separator between two tokens in _trie_regex (never inside a token)


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
    """One folded alias of an entry, with which tokens must be upper case (abbreviations).

    A special alias has no entry of its own: `special` says how the scan resolves it, `ref` with what
    (a local organ's Template, a province slug, an administrative unit word).
    """

    tokens: tuple[str, ...]
    upper: tuple[bool, ...]
    entry: Entry | None
    local: bool
    must_upper: tuple[int, ...] = ()  # indexes of upper[] that are True (checked only when non-empty)
    written: tuple[str, ...] = ()  # the words as written: an abbreviation matches only itself (TU, not TƯ)
    head: str = ""  # the first word without its tones, if it has letter marks ("sở", so "số" is no match)
    dotted: bool = False  # the alias holds ". " itself ("TT. Tỉnh ủy"): a ". " in the text does not end it
    comma: bool = False  # the alias holds a comma ("các sở, ban, ngành"): else a comma ends it ("tỉnh, Đoàn")
    special: str = ""  # "", template, commune, province, admin
    ref: Any = None
    unit: str | None = None  # the province unit word a template alias implies ("tỉnh", "thành phố")


@dataclass(slots=True)
class Match:
    """A gazetteer match: normalised-text span and entry."""

    start: int
    end: int
    entry: Entry


def make_alias(text: str, entry: Entry | None, **special: Any) -> Alias | None:
    local = text.startswith("~")
    text = text.lstrip("~")
    words = re.findall(r"[^\W_]+", text)
    tokens = tuple(_TOKEN.findall(fold_same_length(" ".join(words))))
    if not tokens:
        return None
    upper = tuple(w.isupper() and len(w) <= 6 for w in words)
    if len(upper) != len(tokens):
        upper = tuple(False for _ in tokens)
    head = untoned(words[0]) if not words[0].isascii() and len(words) > 1 else ""
    return Alias(
        tokens,
        upper,
        entry,
        local,
        tuple(i for i, u in enumerate(upper) if u),
        tuple(words),
        head,
        ". " in text,
        "," in text,
        **special,
    )


class Entries:
    """Entries by key; `make` builds the entry of a key not held yet (a province's catalogue organ, on its
    first lookup by key as on a mention), so a body built by key elsewhere is the catalogue's own entry.

    Not a dict subclass: compiled code (setup.py) calls dict.get directly, past an override.
    """

    def __init__(self, make: Callable[[str], Entry | None] | None = None) -> None:
        self._held: dict[str, Entry] = {}
        self._make = make

    def get(self, key: str, default: Entry | None = None) -> Entry | None:
        """The entry of this key, made now if need be, else default."""
        found = self._held.get(key)
        if found is None and self._make is not None:
            found = self._make(key)
        return found if found is not None else default

    def held(self, key: str) -> Entry | None:
        """The entry of this key if it is made already (never makes one)."""
        return self._held.get(key)

    def __setitem__(self, key: str, entry: Entry) -> None:
        self._held[key] = entry


class Matcher:
    """Entries indexed by folded tokens for longest-match scanning; subclasses load and resolve."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_name: dict[str, Entry] = {}
        self.by_key = Entries()
        self.codes: dict[str, Entry] = {}
        self._index: dict[str, list[Alias]] = {}
        self.item_fields: dict[int, tuple[str, dict[str, Any], tuple[str, ...]]] = {}  # for Context.entity
        self._words: dict[str, tuple[str, ...]] = {}  # scan: the tokens of a matched folded string

    def resolve(
        self,
        alias: Alias,
        text: str,
        folded: str,
        s: int,
        e: int,
        hi: int,
        province: str | None,
        era: str | None,
    ) -> Match | None:
        """The match of a special alias at text[s:e] (subclasses know the reference data)."""
        raise NotImplementedError

    def _add(self, entry: Entry, aliases: list[str], *, index: bool = True, local_name: bool = False) -> None:
        """Index an entry by name and aliases; a generic name ("Các cơ quan liên quan") only at home."""
        self.entries.append(entry)
        self.by_name.setdefault(fold(entry.name), entry)
        self.by_key[entry.key] = entry
        for text in [("~" if local_name else "") + entry.name, *aliases] if index else []:
            self._index_alias(make_alias(text, entry))

    def _index_alias(self, alias: Alias | None) -> None:
        if alias is not None:
            self._index.setdefault(alias.tokens[0], []).append(alias)

    def _finish(self) -> None:
        for lst in self._index.values():
            lst.sort(key=lambda a: len(a.tokens), reverse=True)
        self._by_tokens: dict[tuple[str, ...], list[Alias]] = {}
        for lst in self._index.values():
            for a in lst:  # same order as the first-token index: longest first, then file order
                self._by_tokens.setdefault(a.tokens, []).append(a)
        # Whether some alias of these tokens needs upper-case checks (then scan needs token offsets).
        self._upper_any = {t: any(a.must_upper for a in lst) for t, lst in self._by_tokens.items()}
        self._finder = _trie_regex([a.tokens for lst in self._index.values() for a in lst])

    def lookup(self, name: str, kind: str | None = None) -> Entry | None:
        """The entry whose canonical name or alias equals name (folded), if any."""
        tokens = tuple(_TOKEN.findall(fold_same_length(name)))
        for alias in self._index.get(tokens[0], []) if tokens else []:
            if (
                alias.entry is not None
                and alias.tokens == tokens
                and (kind is None or alias.entry.kind == kind)
            ):
                return alias.entry
        return None

    def scan(
        self,
        text: str,
        folded: str,
        province: str | None,
        lo: int = 0,
        hi: int | None = None,
        era: str | None = None,
        home: str | None = None,
    ) -> list[Match]:
        """Longest non-overlapping alias matches in text[lo:hi] (folded is fold_same_length(text)).

        `province` is the jurisdiction that local forms ("UBND tỉnh", "Sở Tài chính", "xã X") mean;
        `era` ("2025" or "legacy") which units a place name means; `home` the document's own jurisdiction
        (a central document's local aliases of central entries, "~các cơ quan liên quan", are its own).
        Over 60 lines on purpose: the hot loop of extraction. With the per-candidate checks moved into two
        methods, scanning the corpus and data/ took 4% longer (best of 21 passes; 10% at the median).
        """
        hi = len(text) if hi is None else hi
        out: list[Match] = []
        by_tokens, upper_any, finder = self._by_tokens, self._upper_any, self._finder.search
        findall, finditer, plans = _TOKEN.findall, _TOKEN.finditer, self._words
        pos = lo
        # The trie regex only finds where some alias's tokens appear; the checks below stay in Python.
        while (found := finder(folded, pos, hi)) is not None:
            fs, fe = found.span()
            words = plans.get(found_text := folded[fs:fe])  # the same few strings match again and again
            if words is None:
                if len(plans) > 4096:  # a bound: separators between tokens can vary without end
                    plans.clear()
                words = plans[found_text] = tuple(findall(found_text))
            n = len(words)
            toks: list[re.Match[str]] | None = None  # token offsets, only when a check needs them
            hit = None
            for k in range(n, 0, -1):  # the regex matched the longest; shorter ones may pass checks
                key = words if k == n else words[:k]
                aliases = by_tokens.get(key)
                if not aliases:
                    continue
                if toks is None and (k < n or upper_any[key]):
                    toks = list(finditer(folded, fs, fe))
                e = fe if k == n else toks[k - 1].end()  # type: ignore[index]
                dot = comma = False
                if k > 1:
                    seg = text[fs:e]
                    if "\n" in seg or ";" in seg:
                        continue
                    dot, comma = ". " in seg, "," in seg
                for alias in aliases:
                    if (dot and not alias.dotted) or (comma and not alias.comma):
                        continue
                    if alias.must_upper and any(
                        text[toks[j].start() : toks[j].end()] != alias.written[j]  # type: ignore[index]
                        for j in alias.must_upper
                    ):
                        continue
                    if alias.head and untoned(text[fs : fs + len(words[0])]) != alias.head:
                        continue  # "số, xây dựng" is not "Sở Xây dựng"
                    if alias.special:
                        hit = self.resolve(alias, text, folded, fs, e, hi, province, era)
                        if hit is not None:
                            break
                        continue
                    if alias.local and alias.entry.jurisdiction not in (province, home):  # type: ignore[union-attr]
                        continue
                    hit = Match(fs, e, alias.entry)  # type: ignore[arg-type]
                    break
                if hit is not None:
                    break
            if hit is not None:
                out.append(hit)
                pos = hit.end
            else:
                pos = fs + len(words[0])
        return out


def _trie_regex(seqs: list[tuple[str, ...]]) -> re.Pattern[str]:
    """One regex over folded text matching the longest of the token sequences at a token start.

    The trie is built over characters (tokens joined by a separator that stands for [^a-z0-9]+), so
    each branch point offers distinct first characters: a token-level trie made the engine try every
    alias's first token (86 of them) at every token start of the text.
    """
    trie: dict[str, Any] = {}
    for seq in seqs:
        node = trie
        for ch in _SEP.join(seq):
            node = node.setdefault(ch, {})
        node[""] = {}  # an alias ends here

    def alternatives(node: dict[str, Any]) -> str:
        alts = []
        for ch in sorted(c for c in node if c):
            child = node[ch]
            alt = "[^a-z0-9]+" if ch == _SEP else re.escape(ch)
            if any(c for c in child):
                rest = alternatives(child)
                alt += f"(?:{rest})?" if "" in child else rest  # greedy: the longer alias first
            alts.append(alt)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # At most one alternative can take the next character, so greedy continuation gives the longest
    # sequence; an alias ends only where a token does (the look-ahead).
    return re.compile(r"(?<![a-z0-9])" + alternatives(trie) + r"(?![a-z0-9])")
