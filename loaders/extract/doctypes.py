"""Vietnamese document types: their names in running text and their codes in symbols (NQ, QĐ, KL...).

Derived from the ontology's code lists (StateDocumentTypes, PartyDocumentTypes in codelists.ttl):
`TYPE_NAMES` maps a lower-case name as written (`kg:writtenName`) to its code, `CODE_NAMES` a code to its
name; `PARTY_TYPES` and `STATE_TYPES` are the codes each system's symbols use (Quy định 66-QĐ/TW, Nghị định
30/2020/NĐ-CP). A code is the concept's `kg:extractionCode` where it has one (laws: L), else its notation.
"""

from __future__ import annotations

from ontology.codelists import Code, code_list

_STATE = code_list("StateDocumentTypes")
_PARTY = code_list("PartyDocumentTypes")


def _code(concept: Code) -> str:
    return concept.extraction_code or concept.notation


def _names() -> dict[str, str]:
    # A code both systems use (TT: Thông tư, Thông tri) is named as the State names it; an extraction
    # code (L for a law) outranks the notation it shares (L: Lệnh).
    names: dict[str, str] = {}
    for concept in sorted(_PARTY + _STATE, key=lambda c: (c.extraction_code is not None, c in _STATE)):
        names[_code(concept)] = concept.type_name or concept.label_vi
    return names


TYPE_NAMES = {name: _code(c) for c in _STATE + _PARTY for name in c.written_names}
CODE_NAMES = _names()
PARTY_TYPES = frozenset(_code(c) for c in _PARTY)
STATE_TYPES = frozenset(_code(c) for c in _STATE) | set(CODE_NAMES)
