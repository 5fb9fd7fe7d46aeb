"""Implied assignments: a directive that names no actor is addressed by its issuer to the bodies under it.

The genre's rule (a Party conclusion's tasks without a named actor are directed by the issuing committee to
its subordinate bodies; a plan's, by the People's Committee to its departments). Such an assignment is an
inference, not a statement of the text: it says so (`implied: True`, rule `implied.issuer_directs`), has a
low confidence and the task's own span as evidence, and goes to a collective of the document's own
jurisdiction, "Các cơ quan, đơn vị trực thuộc <issuer>", which the text itself never names.
"""

from __future__ import annotations

from functools import lru_cache

from loaders.extract import assign as g
from loaders.extract.context import Context
from loaders.extract.model import Item
from ontology import keys

RULE = "implied.issuer_directs"
CONFIDENCE = 0.4


def _short_name(ctx: Context, name: str) -> str:
    """The issuer's name without its province: 'Ủy ban nhân dân tỉnh X' -> 'Ủy ban nhân dân'."""
    province = ctx.province_name
    if province and name.endswith(" " + province):
        return name[: -len(province) - 1].removesuffix(" thành phố").removesuffix(" tỉnh").strip()
    return name


@lru_cache(maxsize=256)
def _key(name: str, jurisdiction: str) -> str:
    """keys.body_key, once per collective: 18 µs CPU a call, and every actor-less sentence asks."""
    return keys.body_key(name, jurisdiction)


def implied_body(ctx: Context) -> Item | None:
    """The issuer's own subordinate bodies as one collective, in the document's jurisdiction."""
    if ctx.issuer is None:
        return None
    jurisdiction = ctx.jurisdiction or ctx.issuer.jurisdiction
    if not jurisdiction:
        return None
    name = f"Các cơ quan, đơn vị trực thuộc {_short_name(ctx, ctx.issuer.name)}"
    key = _key(name, jurisdiction)
    entry = ctx.gaz.by_key.get(key)  # the catalogue's collective of that province has this very key
    fields = {"key": key, "curated": entry is not None, "kind": "collective", "implied": True}
    fields["jurisdiction"] = jurisdiction
    return ctx.collector.add("bodies", key, entry.name if entry else name, fields, [])


def implied(ctx: Context, s: int, e: int) -> list[g.Found]:
    """The implied assignment of an actor-less directive sentence text[s:e] (none without an issuer)."""
    body = implied_body(ctx)
    return [g.Found(body, "implement", s, e, RULE, CONFIDENCE)] if body is not None else []
