"""Deterministic, readable instance keys (docs/model.md): the only place keys are built.

Keys are ASCII: names are slugged with ontology.text.slug, codes (issuer, document type) keep their
case but lose diacritics (QĐ -> QD, ĐU -> DU). Dates are ISO `YYYY-MM-DD`.
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from functools import lru_cache

from ontology import KeyBuildError, mapping
from ontology.codelists import code_list, notations
from ontology.text import nfc, slug, unaccent

NATIONAL = "vn"  # jurisdiction slug of national bodies (Bộ Chính trị, Chính phủ, bộ, ngành)

_CODE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_NUMBER = re.compile(r"[0-9]+[A-Za-z]?")
_STATE_SYMBOL = re.compile(
    r"^(?P<number>\d+[a-z]?)\s*/\s*(?:(?P<year>\d{4})\s*/\s*)?(?:(?P<type>[^\W\d_]+)\s*-\s*)?(?P<issuer>[\w-]+)$"
)
_PARTY_SYMBOL = re.compile(r"^(?P<number>\d+[a-z]?)\s*-\s*(?P<type>[^\W\d_]+)\s*/\s*(?P<issuer>[\w-]+)$")
_PROVISION_PATH = re.compile(r"^[\w.\-]+$")


# code() and _named() are pure and see the same few issuer codes and rule names in every document (each
# evidence key names its rule): memoised. An error is raised again each time (lru_cache keeps no exception).
@lru_cache(maxsize=4096)
def code(text: str) -> str:
    """An issuer or document-type code inside a key: NFC, diacritics stripped, case kept ('QĐ' -> 'QD')."""
    value = unaccent(text).strip().replace(" ", "")
    if not _CODE.fullmatch(value):
        raise KeyBuildError(f"not a code: {text!r}")
    return value


def iso_date(value: date | str | None) -> str | None:
    """A date as ISO `YYYY-MM-DD` (None stays None); strings must already be ISO."""
    if value is None or isinstance(value, date):
        return value.isoformat() if value else None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as e:
        raise KeyBuildError(f"not an ISO date: {value!r}") from e


def _number(value: str | int) -> str:
    text = str(value).strip()
    if not _NUMBER.fullmatch(text):
        raise KeyBuildError(f"not a document number: {value!r}")
    return text.lstrip("0") or "0"


@lru_cache(maxsize=8192)
def _named(text: str, what: str) -> str:
    value = slug(nfc(text))
    if not value:
        raise KeyBuildError(f"empty {what} name: {text!r}")
    return value


def party_document_key(issuer: str, doc_type: str, number: str | int, when: date | str | None = None) -> str:
    """`party/<issuer>/<type>/<number>[/<date>]`, e.g. party/UBKTTW/TB/279/2022-05-19.

    Party numbers restart every term, so give the date whenever it is known. Qualify local issuer codes
    shared by every province with the province (TU -> TU-QNG) before calling.
    """
    parts = ["party", code(issuer), code(doc_type), _number(number)]
    day = iso_date(when)
    return "/".join([*parts, day] if day else parts)


def state_document_key(
    issuer: str,
    doc_type: str | None,
    number: str | int,
    when: date | str | None = None,
    year: int | None = None,
) -> str:
    """`state/<issuer>/<type>/<number>[-<year>][/<date>]`, e.g. state/TTg/QD/168/2023-02-28.

    `year` is the year written inside legal normative symbols (35/2022/NĐ-CP -> state/CP/ND/35-2022);
    an official letter without a type (1289/UBND-TH) gets type CV.
    """
    number_part = _number(number) + (f"-{int(year)}" if year else "")
    parts = ["state", code(issuer), code(doc_type or "CV"), number_part]
    day = iso_date(when)
    return "/".join([*parts, day] if day else parts)


def document_key_from_symbol(
    symbol: str, when: date | str | None = None, issuer_scope: str | None = None, doc_type: str | None = None
) -> str:
    """Key of a document from its symbol: '1492-KL/TU' (party) or '168/QĐ-TTg', '35/2022/NĐ-CP' (state).

    `issuer_scope` qualifies the issuer code (TU + QNG -> TU-QNG) for codes every province shares;
    `doc_type` names the type of symbols that carry none ('146/2025/QH15' is a Luật or a Nghị quyết).
    A state symbol '<n>/<X>-<Y>' whose X is no State document type is an official letter of issuer X-Y.
    """
    text = re.sub(r"\s+", "", nfc(symbol))
    if m := _PARTY_SYMBOL.match(text):
        issuer = m["issuer"] + (f"-{issuer_scope}" if issuer_scope else "")
        return party_document_key(issuer, m["type"], m["number"], when)
    if m := _STATE_SYMBOL.match(text):
        found_type, issuer = m["type"], m["issuer"]
        if found_type and found_type not in notations("StateDocumentTypes"):
            found_type, issuer = None, f"{found_type}-{issuer}"
        issuer += f"-{issuer_scope}" if issuer_scope else ""
        year = int(m["year"]) if m["year"] else None
        return state_document_key(issuer, doc_type or found_type, m["number"], when, year)
    raise KeyBuildError(f"not a document symbol: {symbol!r}")


def provision_key(document_key: str, path: str) -> str:
    """`<document key>#<path>`, e.g. party/TU-QNG/KL/1492/2022-12-05#II.2.7."""
    value = unaccent(path).strip().strip(".")
    if not _PROVISION_PATH.fullmatch(value):
        raise KeyBuildError(f"not a provision path: {path!r}")
    return f"{document_key}#{value}"


def task_key(provision_key: str, ordinal: int) -> str:
    """`<provision key>/t<n>`, the n-th task (from 1) derived from a provision."""
    if ordinal < 1:
        raise KeyBuildError(f"task ordinal must be >= 1: {ordinal}")
    return f"{provision_key}/t{ordinal}"


def assignment_key(task_key: str, role: str, body_key: str) -> str:
    """`<task key>/<role>/<body key>`; role is a notation of the AssignmentRoles code list."""
    if role not in notations("AssignmentRoles"):
        raise KeyBuildError(f"unknown assignment role: {role!r}")
    return f"{task_key}/{role}/{body_key}"


def body_key(name: str, jurisdiction: str = NATIONAL) -> str:
    """`body/<jurisdiction slug>/<name slug>`, e.g. body/<province slug>/ban-thuong-vu-tinh-uy."""
    return f"body/{_named(jurisdiction, 'jurisdiction')}/{_named(name, 'body')}"


def slug_of(name: str) -> str:
    """The slug a name takes inside keys ('xã Hưng Nguyên' -> 'xa-hung-nguyen')."""
    return _named(name, "name")


def person_key(name: str) -> str:
    """`person/<name slug>`."""
    return f"person/{_named(name, 'person')}"


def project_key(name: str) -> str:
    """`project/<slug of the canonical name>`, e.g. project/cau-tra-khuc-3."""
    return f"project/{_named(name, 'project')}"


def place_key(*names: str) -> str:
    """`place/<slug path>` from the outermost place inward, e.g. place_key("<province>", "<zone>")."""
    if not names:
        raise KeyBuildError("a place needs at least one name")
    return "place/" + "/".join(_named(n, "place") for n in names)


def admin_place_key(code: str, *, legacy: bool = False) -> str:
    """`place/vn/<official code>` for a unit in force since 2025-07-01, `place/vn-legacy/<code>` before."""
    value = str(code).strip()
    if not value.isdigit():
        raise KeyBuildError(f"not an administrative unit code: {code!r}")
    return f"place/{'vn-legacy' if legacy else 'vn'}/{value}"


def programme_key(name: str) -> str:
    """`programme/<slug>` for a named plan, scheme or programme."""
    return f"programme/{_named(name, 'programme')}"


def indicator_key(document_key: str, name: str) -> str:
    """`<document key>/indicator/<slug>`."""
    return f"{document_key}/indicator/{_named(name, 'indicator')}"


def meeting_key(name: str) -> str:
    """`meeting/<slug>`, e.g. meeting/hoi-nghi-tinh-uy-lan-thu-10-khoa-xx."""
    return f"meeting/{_named(name, 'meeting')}"


def term_key(body_key: str, roman: str) -> str:
    """`term/<body slug path>/<roman>`, e.g. term/<province slug>/tinh-uy/xx."""
    return f"term/{body_key.removeprefix('body/')}/{_named(roman, 'term')}"


def change_key(name: str) -> str:
    """`change/<slug>` for a merger, renaming or split."""
    return f"change/{_named(name, 'change')}"


def evidence_key(document_key: str, start: int, end: int, rule: str) -> str:
    """`<document key>@<start>-<end>/<rule>`."""
    if not 0 <= start <= end:
        raise KeyBuildError(f"bad span {start}-{end}")
    return f"{document_key}@{start}-{end}/{_named(rule, 'rule')}"


def load_run_key(run_id: uuid.UUID | str | None = None) -> str:
    """`run/<uuid>`; a new random uuid when none is given."""
    return f"run/{uuid.UUID(str(run_id)) if run_id else uuid.uuid4()}"


def review_key(review_id: uuid.UUID | str | None = None) -> str:
    """`review/<uuid>`: a review, kept apart from any document's keys so that no reload removes it."""
    return f"review/{uuid.UUID(str(review_id)) if review_id else uuid.uuid4()}"


def reviewer_key(name: str) -> str:
    """`reviewer/<name slug>`."""
    return f"reviewer/{_named(name, 'reviewer')}"


# The document families ('party', 'state') that open a document key.
_FAMILIES = sorted(
    {f for s in ("PartyDocumentTypes", "StateDocumentTypes") for c in code_list(s) for f in c.families}
)
# Key forms of the builders above, most specific first: the label a key names without a lookup.
_KEY_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"@\d+-\d+/"), "Evidence"),
    (re.compile(r"#[^/]*/t\d+/[a-z]+/"), "Assignment"),
    (re.compile(r"#[^/]*/t\d+$"), "Task"),
    (re.compile(r"#"), "Provision"),
    (re.compile(r"/indicator/"), "IndicatorObservation"),
    (re.compile(r"^(" + "|".join(_FAMILIES) + r")/"), "Document"),
]
# Every other key starts with its class's IRI segment (body/..., run/...).
_PREFIXES = {s: label for s, label in mapping.KEY_PREFIXES.items() if label not in {x for _, x in _KEY_FORMS}}


def label_of_key(key: str) -> str | None:
    """The label a key's form names (docs/model.md), or None when the form is unknown."""
    for pattern, label in _KEY_FORMS:
        if pattern.search(key):
            return label
    return _PREFIXES.get(key.split("/", 1)[0])
