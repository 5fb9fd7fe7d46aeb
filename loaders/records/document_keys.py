"""A document's key and name: from its header, or from its issuer, type, subject and a digest of its text."""

from __future__ import annotations

import hashlib
from typing import Any

from loaders.errors import LoaderError
from loaders.extract.model import Extraction
from ontology import KeyBuildError, keys
from ontology.text import slug


class RecordsError(LoaderError):
    """The extraction cannot become records (no document key can be built)."""


def document_name(fields: dict[str, Any], fallback: str) -> str:
    """A document's name, the same from its header and from citations: 'Kết luận số 1492-KL/TU'."""
    symbol, type_name = fields.get("symbol"), fields.get("doc_type_name")
    return f"{type_name} số {symbol}" if symbol and type_name else fallback


CONTENT_KEY_CHARS = 12  # hex digits of the text's sha256 in a key built without a symbol


def content_digest(text: str) -> str:
    """The start of the sha256 of a document's normalised text: stable across re-loads of that text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:CONTENT_KEY_CHARS]


def content_key_stem(key: str) -> str:
    """For a key that ends in a text digest, the prefix all versions of that document share, else ""."""
    stem, _, last = key.rpartition("/")
    is_digest = len(last) == CONTENT_KEY_CHARS and all(c in "0123456789abcdef" for c in last)
    return stem + "/" if stem and is_digest else ""


def document_key(ex: Extraction) -> str:
    """The key from the header; without symbol and date, issuer, type, subject and a digest of the text.

    The digest makes two different texts without a header two documents (they once shared
    `state/unknown/VB/van-ban` and the second silently replaced the first), and the same text the same
    document on every load.
    """
    f = ex.document.fields
    if f.get("key"):
        return str(f["key"])
    issuer = str(f.get("issuer_key") or "body/unknown").removeprefix("body/")
    subject = slug(str(f.get("subject") or ex.document.name))
    if len(subject) > 120:  # cut at a word boundary
        subject = subject[:121].rsplit("-", 1)[0]
    if not subject:
        raise RecordsError(f"{ex.source_name}: no symbol, no subject: no document key can be built")
    try:
        parts = [str(f.get("family") or "state"), issuer, keys.code(str(f.get("doc_type") or "VB")), subject]
    except KeyBuildError as e:
        raise RecordsError(f"{ex.source_name}: {e}") from e
    return "/".join(parts + ([f["date"]] if f.get("date") else []) + [content_digest(ex.text)])
