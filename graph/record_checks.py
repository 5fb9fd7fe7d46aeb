"""Checks on DocumentRecords before they reach Neo4j: vocabulary, property types, ownership, endpoints."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from graph.errors import WriteError
from graph.records import DocumentRecords
from ontology import UnknownTermError, mapping

# What a citing document may say about a document it does not load: values derived from its key alone,
# so every citer says the same, and a reference survives unloading the full document unchanged.
REFERENCE_PROPS = frozenset(
    {"name", "name_folded", "symbol", "number", "doc_type", "doc_type_name", "family", "date", "year"}
)
RESERVED_PROPS = frozenset({"key", "sources", "loaded", "source_sha256", "source_path"})
WRITER_ONLY = frozenset({"LoadRun", "GENERATED_BY"})
# How far from a document's own nodes its shared nodes may lie (in its own relationships): withdrawing
# its support walks this many rings (graph.support.unsupport), so the checks refuse anything farther.
# 3: own node -> body it mentions -> restructuring of that body -> the body that resulted.
SUPPORT_RINGS = 3
_SCALARS = (str, bool, int, float, date, datetime)


class InvalidRecords(WriteError):
    """Records that break the writer's contract (docs/model.md); nothing of the document is written."""


def is_owned(document_key: str, key: str) -> bool:
    """True for the document's own node and nodes whose key it prefixes with '#', '/' or '@'."""
    return key == document_key or (key.startswith(document_key) and key[len(document_key)] in "#/@")


def _check_value(where: str, name: str, value: Any) -> None:
    if isinstance(value, list | tuple):
        kinds = {type(v) for v in value}
        if not all(isinstance(v, _SCALARS) for v in value) or len(kinds) > 1:
            raise InvalidRecords(f"{where}: property {name!r} must be a list of one scalar type")
    elif value is not None and not isinstance(value, _SCALARS):
        raise InvalidRecords(f"{where}: property {name!r} has unsupported type {type(value).__name__}")


def _check_props(where: str, props: dict[str, Any]) -> None:
    for name, value in props.items():
        if name in RESERVED_PROPS:
            raise InvalidRecords(f"{where}: property {name!r} is set by the writer")
        try:
            mapping.prop(name)
        except UnknownTermError as e:
            raise InvalidRecords(f"{where}: {e}") from e
        _check_value(where, name, value)


def _vocab(where: str, check: Any, name: str) -> None:
    try:
        check(name)
    except UnknownTermError as e:
        raise InvalidRecords(f"{where}: {e}") from e
    if name in WRITER_ONLY:
        raise InvalidRecords(f"{where}: {name} is written by the writer, not by documents")


# The common case, recognised without building messages: names the ontology declares and plain values.
_LABELS = mapping.LABELS - WRITER_ONLY
_REL_TYPES = mapping.REL_TYPES - WRITER_ONLY
_PROPS = frozenset(mapping.PROPERTIES) - RESERVED_PROPS
_PLAIN = frozenset({str, bool, int, float, type(None)})


def _plain(props: dict[str, Any]) -> bool:
    """True when every property is declared, not the writer's, and a plain scalar (or None)."""
    return _PROPS.issuperset(props) and all(v.__class__ in _PLAIN for v in props.values())


def check_records(records: DocumentRecords) -> None:
    """Raise InvalidRecords unless the records can be written as they are."""
    doc = records.document_key
    if not doc or not records.source_sha256:
        raise InvalidRecords("a document needs a key and the sha256 of its source")
    nodes: set[tuple[str, str]] = set()
    for node in records.nodes:
        if (
            node.label in _LABELS
            and node.key
            and node.key.__class__ is str
            and all(x in _LABELS for x in node.extra_labels)
            and _plain(node.props)
        ):
            nodes.add((node.label, node.key))
            continue
        # Anything else takes the full checks, which name what is wrong (or pass it: a list, a date).
        where = f"{doc}: node {node.label} {node.key!r}"
        _vocab(where, mapping.label, node.label)
        for extra in node.extra_labels:
            _vocab(where, mapping.label, extra)
        if not node.key or not isinstance(node.key, str):
            raise InvalidRecords(f"{where}: empty key")
        _check_props(where, node.props)
        nodes.add((node.label, node.key))
    if ("Document", doc) not in nodes:
        raise InvalidRecords(f"{doc}: the records hold no Document node with the document's key")
    around: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for rel in records.rels:
        start, end = (rel.start_label, rel.start_key), (rel.end_label, rel.end_key)
        if not (rel.type in _REL_TYPES and start in nodes and end in nodes and _plain(rel.props)):
            where = f"{doc}: relationship {rel.type} {rel.start_key!r} -> {rel.end_key!r}"
            _vocab(where, mapping.rel_type, rel.type)
            if start not in nodes or end not in nodes:
                raise InvalidRecords(f"{where}: both ends must be nodes of the same records")
            _check_props(where, rel.props)
        around.setdefault(start, set()).add(end)
        around.setdefault(end, set()).add(start)
    # Withdrawing support finds shared nodes through the document's own nodes, ring by ring.
    reached = {n for n in nodes if is_owned(doc, n[1])}
    ring = set(reached)
    for _ in range(SUPPORT_RINGS):
        ring = {m for n in ring for m in around.get(n, ())} - reached
        reached |= ring
    for label, key in nodes:
        if (label, key) not in reached:
            raise InvalidRecords(
                f"{doc}: shared node {label} {key!r} is more than {SUPPORT_RINGS} relationships away "
                "from the document's own nodes"
            )


KEY_TAKEN = "is already the key of another document"


def same_file(a: str | None, b: str | None) -> bool:
    """True when two source paths name the same file (its name: moved or uploaded again)."""
    return bool(a and b) and _file_name(str(a)) == _file_name(str(b))


def _file_name(source_path: str) -> str:
    """The file name of a source path or of an upload's `upload:<name>`: a document's identity."""
    return source_path.removeprefix("upload:").replace("\\", "/").rsplit("/", 1)[-1]


def taken(state: dict[str, Any], doc: DocumentRecords) -> str | None:
    """Why `doc` may not replace the loaded document of its key: another text from another source."""
    if not state["loaded"] or state["sha256"] in (None, doc.source_sha256):
        return None
    if not state["path"] or _file_name(state["path"]) == _file_name(doc.source_path):
        return None  # a new version of the same file (moved or uploaded again): it replaces the old one
    return (
        f"{doc.document_key} {KEY_TAKEN} (from {_file_name(state['path'])}, another text): refused; "
        "unload it first, or load again with --force (POST ?replace=true) to replace it"
    )
