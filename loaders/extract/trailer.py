"""The trailer of a document: its recipients ("Nơi nhận:") and its signature block ("TM. ỦY BAN NHÂN DÂN /
CHỦ TỊCH / <name>"), with the signer as a person."""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.entities import PERSON
from loaders.extract.model import Item
from loaders.extract.structure import Layout
from ontology import keys

_SIGN = re.compile(r"(?:T/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s*[A-ZĐ]")


def read_trailer(ctx: Context, lay: Layout, doc: Item) -> None:
    """The recipients ("Nơi nhận") and the signature block (on whose behalf, post, signer) on `doc`."""
    recipients: list[str] = []
    sign: dict[str, str | None] = {"on_behalf": None, "post": None, "signer": None}
    in_list = False
    for p in lay.trailer:
        t = p.text.strip()
        if t.startswith(("Nơi nhận", "Nơi gửi")):
            in_list = True
            continue
        if _SIGN.match(t):
            sign["on_behalf"] = t
            doc.evidence.append(ctx.ev(p.start, p.end, "trailer.signature", 0.9))
            in_list = False
            continue
        if in_list and t.startswith(("-", "–", "+", "•")):
            recipients.append(t.lstrip("-–+• ").rstrip(" ,.;"))
            continue
        if t.isupper() and sign["on_behalf"] and not sign["post"]:
            sign["post"] = t
        elif (m := PERSON.fullmatch(t)) and sign["on_behalf"]:
            sign["signer"] = m["name"]
            key = keys.person_key(m["name"])
            ctx.collector.add(
                "persons",
                key,
                m["name"],
                {"key": key, "post": sign["post"], "signer": True},
                [ctx.ev(p.start, p.end, "trailer.signer", 0.9)],
            )
    doc.fields["recipients"] = recipients
    doc.fields["signature"] = sign
