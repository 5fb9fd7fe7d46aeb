"""What the gazetteer knows between the entities a document names: parents, locations, restructurings.

A body's parent body (bodies.csv `parent`), a place's parent place (places.csv `parent`) and a project's
location (projects.csv `location`) become UNIT_OF / LOCATED_IN relationships when the document names both
ends: the graph then shows them exactly as far as the corpus does. The restructurings in changes.csv (the
2025 mergers of provincial departments) become ChangeEvent nodes with ORIGINAL and RESULTING bodies
whenever a document names one of the bodies involved, so "who does this now?" has an answer.
These facts come from the curated data files, not from the text: they carry no evidence span; the
`source` column says where each comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from loaders.errors import LoaderError
from loaders.gazetteer.catalogue import gazetteer
from loaders.gazetteer.data import optional_rows
from loaders.gazetteer.data import split as _split
from loaders.gazetteer.matcher import Entry
from loaders.gazetteer.templates import fill
from ontology import keys
from ontology.text import fold


@dataclass(frozen=True)
class Change:
    """One restructuring: bodies before and after, its kind (merger/renaming/split), date and source."""

    key: str
    name: str
    kind: str
    date: str
    source: str
    original: tuple[Entry, ...]
    resulting: tuple[Entry, ...]


class CuratedDataError(LoaderError):
    """A curated data file names something the gazetteer does not hold."""


@lru_cache(maxsize=1)
def _by_name() -> dict[tuple[str, str], Entry]:
    return {(e.kind, fold(e.name)): e for e in gazetteer().entries}


def entry(kind: str, name: str) -> Entry | None:
    """The gazetteer entry of this kind with this canonical name."""
    return _by_name().get((kind, fold(name)))


def _change(row: dict[str, str], file: str, find) -> Change:  # noqa: ANN001
    sides = []
    for column in ("original", "resulting"):
        found = []
        for name in _split(row[column]):
            body = find(name)
            if body is None:
                where = f"{file}: {row['name']!r}: {column} body {name!r}"
                raise CuratedDataError(f"{where} is not in the gazetteer")
            found.append(body)
        sides.append(tuple(found))
    return Change(
        key=keys.change_key(row["name"]),
        name=row["name"],
        kind=row["kind"],
        date=row["date"],
        source=row["source"],
        original=sides[0],
        resulting=sides[1],
    )


@lru_cache(maxsize=1)
def changes() -> dict[str, tuple[Change, ...]]:
    """Restructurings named in full (changes.csv, central_changes.csv) by the key of every body involved."""
    out: dict[str, list[Change]] = {}
    for file in ("changes.csv", "central_changes.csv"):
        for row in optional_rows(file):
            change = _change(row, file, lambda name: entry("body", name))
            for body in {*change.original, *change.resulting}:
                out.setdefault(body.key, []).append(change)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def changes_of(e: Entry) -> tuple[Change, ...]:
    """Every restructuring a body took part in: the named ones, and its province's share of the
    restructurings every province made (local_changes.csv, by the catalogue's short names)."""
    found = {c.key: c for c in changes().get(e.key, ())}
    gaz = gazetteer()
    prov = gaz.nat.province(e.jurisdiction) if e.kind == "body" and e.jurisdiction else None
    if prov is not None:
        shorts = {t.short: t for t in gaz.templates if t.level == "province"}
        for row in optional_rows("local_changes.csv"):
            if not any(shorts.get(s) and gaz.local_entry(shorts[s], prov.slug) == e for s in _sides(row)):
                continue
            filled = {k: fill(v, prov) if k == "name" else v for k, v in row.items()}
            change = _change(filled, "local_changes.csv", lambda s: _organ(gaz, shorts, s, prov.slug))
            found.setdefault(change.key, change)
    return tuple(found.values())


def _sides(row: dict[str, str]) -> list[str]:
    return _split(row["original"]) + _split(row["resulting"])


def _organ(gaz, shorts: dict, short: str, slug: str) -> Entry | None:  # noqa: ANN001
    t = shorts.get(short)
    return gaz.local_entry(t, slug) if t is not None else None


def located(e: Entry) -> list[tuple[str, Entry]]:
    """(relationship type, entry) pairs from an entry to its parent body or place, or a project's places."""
    data = e.data
    if e.kind == "body" and data.get("parent"):
        parent = entry("body", str(data["parent"]))
        return [("UNIT_OF", parent)] if parent else []
    if e.kind == "body" and data.get("parent_key"):  # a catalogue organ: its template's parent organ
        parent = gazetteer().by_key.get(str(data["parent_key"]))
        return [("UNIT_OF", parent)] if parent else []
    if e.kind == "place" and data.get("parent"):
        parent = entry("place", str(data["parent"]))
        return [("LOCATED_IN", parent)] if parent else []
    if e.kind == "project":
        names = data.get("location") or []
        places = [entry("place", n) for n in ([names] if isinstance(names, str) else names)]
        return [("LOCATED_IN", p) for p in places if p]
    return []


def owners(e: Entry) -> list[tuple[Entry, str]]:
    """A project's owner or investor (projects.csv `owner`) with its OC4IDS party role.

    A State or Party body owning a project is its public authority; an enterprise invests in it (funder).
    """
    name = e.data.get("owner") if e.kind == "project" else None
    body = entry("body", str(name)) if name else None
    if body is None:
        return []
    return [(body, "funder" if body.data.get("kind") == "enterprise" else "publicAuthority")]
