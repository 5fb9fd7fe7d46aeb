"""A bare "Chủ trì, phối hợp" sub-heading over dashes that each open with the partners of one task.

Under a body's duty section, "b) Chủ trì, phối hợp" (nothing after it, or a colon) and then "- Sở Tài chính
và các đơn vị có liên quan tham mưu …" means: the section's body leads each dash's task and the bodies a dash
opens with coordinate on it (NĐ 30/2020 plans write the partners first when the lead is the heading's).
"""

from __future__ import annotations

import re

from loaders.extract import assign as g
from loaders.extract.structure import Prov

RULE = "assign.partner_dash"
_LABEL = re.compile(r"[\s*_]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?[\s*_]*")
_BARE = re.compile(r"chu tri,?\s*phoi hop(?:\s+voi)?[\s:.*_]*")
_DASH = re.compile(r"[\s*_]*[-–+•]\s*")
_SUBJECT_ROLES = frozenset(("lead", "implement", "coordinate"))


def under_bare_lead(folded: str, prov: Prov) -> bool:
    """Whether prov is a dash under a bare "Chủ trì, phối hợp" sub-heading."""
    p = prov.parent
    if p is None or not p.spans or not _DASH.match(folded, prov.start):
        return False
    hs, he = p.spans[0]
    lab = _LABEL.match(folded, hs, he)
    return _BARE.fullmatch(folded, lab.end() if lab else hs, he) is not None


def partner_roles(
    bodies: g.Bodies, folded: str, s: int, e: int, leads: list[g.Mention], found: list[g.Found]
) -> list[g.Found]:
    """The dash's opening bodies coordinate and the section's bodies lead; other roles found are kept."""
    d = _DASH.match(folded, s, e)
    chain = bodies.chain(d.end() if d else s, e)
    if not chain or not leads:
        return found
    mine = {id(b) for _, _, b in chain}
    out = [f for f in found if not (id(f.body) in mine and f.role in _SUBJECT_ROLES)]
    out = [f for f in out if not (f.role == "lead" and any(f.body is b for _, _, b in leads))]
    out += [g.Found(b, "coordinate", bs, be, RULE, 0.8) for bs, be, b in chain]
    out += [g.Found(b, "lead", s, chain[-1][1], RULE, 0.8) for _, _, b in leads]
    return out
