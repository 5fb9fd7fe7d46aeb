"""Search: diacritic-insensitive, typo-tolerant full-text over names, aliases and symbols, ranked."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.answers.search import SearchHit
from graph.reader import Reader, Row
from ontology import mapping
from ontology.text import fold

INDEX = "kg_search"
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
_WORD = re.compile(r"\w+")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")

FULLTEXT = """
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node.key AS key, node.name AS name, node.symbol AS symbol, node.aliases AS aliases,
  labels(node) AS labels, score
"""

SYMBOL = """
MATCH (d:Document) WHERE d.symbol STARTS WITH $prefix
RETURN d.key AS key, d.name AS name, d.symbol AS symbol, d.aliases AS aliases, labels(d) AS labels,
  0.0 AS score
"""


@lru_cache(maxsize=65_536)
def _folded(text: str) -> str:
    """fold() of a hit's name, alias or symbol, remembered: the same names come back in search after
    search, and folding 40 hits' names and aliases twice each was a third of a search's Python time
    (with folding once: client CPU 4.1 -> 3.2 ms per search on the 1M-element graph)."""
    return fold(text)


def escape(term: str) -> str:
    """Escape Lucene's special characters in a term."""
    return _LUCENE_SPECIAL.sub(r"\\\1", term)


def lucene_query(text: str) -> str | None:
    """The Lucene query for folded `text`: the phrase, all terms, then fuzzy terms; None if no words."""
    folded = fold(text)
    words = _WORD.findall(folded)
    # "vsip2" is also "vsip 2", as the index tokenises a name written with a space.
    split = _WORD.findall(_LETTER_DIGIT.sub(" ", " ".join(words)))
    if not words:
        return None
    clauses = [f'"{escape(" ".join(split))}"^4', "(" + " ".join("+" + escape(w) for w in split) + ")^2"]
    for w in dict.fromkeys(words + split):
        if len(w) >= 7:
            clauses.append(f"{escape(w)}~2")
        elif len(w) >= 4:
            clauses.append(f"{escape(w)}~1")
        else:
            clauses.append(escape(w))
    return " OR ".join(clauses)


def _symbol_prefix(folded: str) -> str | None:
    """The symbol prefix a symbol-like query names: '168/qd-ttg' -> '168/' (uses the symbol index)."""
    m = re.match(r"^\s*(\d+)\s*/", folded)
    return f"{m.group(1)}/" if m else None


def _match_kind(hit: Row, folded: str) -> tuple[str, float]:
    """How a hit matched the query and the bonus that ranks exact matches first."""
    if hit["symbol"] and _folded(hit["symbol"]).replace(" ", "") == folded.replace(" ", ""):
        return "symbol", 10.0
    name = _folded(hit["name"]) if hit["name"] else ""
    if name and name == folded:
        return "name", 6.0
    aliases = [_folded(a) for a in hit["aliases"] or []]
    if folded in aliases:
        return "alias", 5.0
    # A name containing the whole query ranks by how much of the name the query covers.
    names = [n for n in [name, *aliases] if n]
    covered = max((len(folded) / len(n) for n in names if folded in n), default=0.0)
    return ("name" if covered else "text"), round(3.0 * covered, 4)


def search(reader: Reader, text: str, *, labels: list[str] | None = None, limit: int = 20) -> list[SearchHit]:
    """Ranked hits with their label; exact symbol, name and alias matches come first.

    The hits are built with `model_construct` (no validation): the full-text and symbol queries return
    a string or null for key, name and symbol and the node's labels, and the rest is computed here.
    """
    folded = fold(text)
    lucene = lucene_query(text)
    if lucene is None:
        return []
    wanted = [mapping.label(x) for x in labels] if labels else None
    fulltext = (
        FULLTEXT,
        {"index": INDEX, "lucene": lucene, "labels": wanted, "fetch": limit * (5 if wanted else 2)},
    )
    prefix = _symbol_prefix(folded)
    if prefix and (wanted is None or "Document" in wanted):
        # Both queries in one transaction: a session and a commit cost about a millisecond each.
        found, symbols = reader.batch(fulltext, (SYMBOL, {"prefix": prefix}))
        hits = found + symbols
    else:
        hits = reader.rows(fulltext[0], **fulltext[1])
    top = max((h["score"] for h in hits), default=1.0) or 1.0
    best: dict[str, SearchHit] = {}
    for h in hits:
        kind, bonus = _match_kind(h, folded)
        if kind == "text" and h["score"] == 0.0:
            continue  # a symbol candidate whose symbol differs
        score = round(h["score"] / top + bonus, 4)
        if h["key"] in best and best[h["key"]].score >= score:
            continue
        best[h["key"]] = SearchHit.model_construct(
            key=h["key"],
            label=mapping.primary_label(h["labels"]),
            labels=sorted(h["labels"]),
            name=h["name"],
            symbol=h["symbol"],
            match=kind,
            score=score,
        )
    return sorted(best.values(), key=lambda r: (-r.score, r.key or ""))[:limit]
