"""Every Cypher statement of the graph writer (graph.writer).

Labels and relationship types cannot be query parameters, so the builders below splice them into the
text; each builder takes them only through `ontology.mapping.label` / `rel_type`, which raise on any name
the ontology does not declare. Everything else is a parameter.
"""

from __future__ import annotations

from functools import cache
from typing import LiteralString, cast

from graph.queries.runs import RUN_LABEL, RUN_REL
from ontology import mapping

FACT_LABELS: tuple[str, ...] = tuple(sorted(mapping.LABELS - {RUN_LABEL}))

# The writer's statements keep the plan they were first given: every one finds its nodes through a
# unique key (or an element id), so no statistic changes the best plan, while replanning them as a load
# grows the graph cost a 3,000-document load 10-15% (re-planning and the JIT compiling the new plans).
WRITE: LiteralString = "CYPHER replan=skip "

# `n.sources` plus the row's documents, in order of first support. None of them is in it yet: the writer
# withdraws a document's support before writing it again (graph.replace.write_batch), and a batch holds
# one version of each document. Appending without a membership test matters: a body named by most
# documents has thousands of sources, and testing each batch's documents against them cost 8%.
_ADD_SOURCES = "coalesce({v}.sources, []) + row.docs"


def _q(text: str) -> LiteralString:
    # The only non-literal parts are vocabulary names checked by ontology.mapping.
    return cast(LiteralString, WRITE + text)


def _labels(label: str, extra: tuple[str, ...]) -> str:
    return "".join(f":{mapping.label(x)}" for x in (label, *extra))


@cache
def merge_self_document(extra: tuple[str, ...]) -> LiteralString:
    """The document's own node: its properties replaced by the full text's, sources kept."""
    return _q(
        "UNWIND $rows AS row MERGE (n:Document {key: row.key}) "
        "WITH n, row, " + _ADD_SOURCES.format(v="n") + " AS sources "
        "SET n = row.props SET n.key = row.key, n.sources = sources"
        + (f" SET n{_labels(extra[0], extra[1:])}" if extra else "")
    )


@cache
def merge_reference_document(extra: tuple[str, ...]) -> LiteralString:
    """A cited document: reference properties only while its full text is not loaded."""
    return _q(
        "UNWIND $rows AS row MERGE (n:Document {key: row.key}) "
        "SET n += CASE WHEN coalesce(n.loaded, false) THEN {} ELSE row.props END, "
        "n.sources = "
        + _ADD_SOURCES.format(v="n")
        + (f" SET n{_labels(extra[0], extra[1:])}" if extra else "")
    )


@cache
def merge_nodes(label: str, extra: tuple[str, ...]) -> LiteralString:
    """Any other node: properties merged in, except on curated gazetteer nodes."""
    return _q(
        f"UNWIND $rows AS row MERGE (n:{mapping.label(label)} {{key: row.key}}) "
        "SET n += CASE WHEN coalesce(n.curated, false) THEN {} ELSE row.props END, "
        "n.sources = "
        + _ADD_SOURCES.format(v="n")
        + (f" SET n{_labels(extra[0], extra[1:])}" if extra else "")
    )


@cache
def merge_rels(rel_type: str, start: str, end: str) -> LiteralString:
    """Relationships between nodes named by key; one per (start, type, end)."""
    return _q(
        f"UNWIND $rows AS row MATCH (a:{mapping.label(start)} {{key: row.start}}) "
        f"MATCH (b:{mapping.label(end)} {{key: row.end}}) "
        f"MERGE (a)-[r:{mapping.rel_type(rel_type)}]->(b) "
        "SET r += row.props, r.sources = " + _ADD_SOURCES.format(v="r")
    )


@cache
def create_nodes(label: str, extra: tuple[str, ...], to_run: bool = False) -> LiteralString:
    """A document's own nodes, new in this transaction: no lookup, no sources arithmetic.

    Each row is the node's complete property map (key and sources included): one SET of a whole map
    needs no Eager step, and nothing else is sent.
    The key constraint still guards them: if the key exists (another document named it), the
    transaction fails and the writer redoes the batch with `merge_nodes`. With `to_run`, each node also
    gets its GENERATED_BY to the load run ($run) in the same pass.
    """
    # OPTIONAL: with no run node the CREATE fails loudly instead of silently creating no nodes.
    head = f"OPTIONAL MATCH (run:{RUN_LABEL} {{key: $run}}) " if to_run else ""
    tail = f" CREATE (n)-[:{RUN_REL} {{sources: props.sources}}]->(run)" if to_run else ""
    return _q(f"{head}UNWIND $rows AS props CREATE (n{_labels(label, extra)}) SET n = props" + tail)


@cache
def create_rels(rel_type: str, start: str, end: str) -> LiteralString:
    """Relationships touching a node created in this transaction: they cannot exist yet (complete props)."""
    return _q(
        f"UNWIND $rows AS row MATCH (a:{mapping.label(start)} {{key: row.start}}) "
        f"MATCH (b:{mapping.label(end)} {{key: row.end}}) "
        f"CREATE (a)-[r:{mapping.rel_type(rel_type)}]->(b) SET r = row.props"
    )


def link_run(label: str) -> LiteralString:
    """GENERATED_BY from the written Documents or Evidence to the load run."""
    return _q(
        f"MATCH (run:{RUN_LABEL} {{key: $run}}) UNWIND $rows AS row "
        f"MATCH (n:{mapping.label(label)} {{key: row.key}}) "
        f"MERGE (n)-[g:{RUN_REL}]->(run) SET g.sources = [row.doc]"
    )


DOCUMENT_STATE: LiteralString = (
    WRITE + "UNWIND $keys AS k OPTIONAL MATCH (d:Document {key: k}) "
    "RETURN k AS key, d IS NOT NULL AS exists, coalesce(d.loaded, false) AS loaded, "
    "k IN coalesce(d.sources, []) AS supported, d.source_sha256 AS sha256, d.source_path AS path"
)


PREVIOUS_VERSIONS: LiteralString = (
    WRITE + "UNWIND $rows AS row MATCH (d:Document) WHERE d.key STARTS WITH row.prefix "
    "AND d.key <> row.key AND d.loaded AND d.key IN coalesce(d.sources, []) "
    "RETURN row.key AS key, d.key AS old, d.source_path AS path"
)


@cache
def owned_nodes() -> LiteralString:
    """Element ids of the nodes a document owns: its own node and keys it prefixes (#, /, @)."""
    branches = " UNION ".join(
        f"MATCH (o:{mapping.label(x)}) WHERE o.key STARTS WITH d RETURN o" for x in FACT_LABELS
    )
    return _q(
        f"UNWIND $docs AS d CALL (d) {{ {branches} }} "
        "WITH d, o WHERE d IN o.sources AND (o.key = d OR substring(o.key, size(d), 1) IN ['#', '/', '@']) "
        "RETURN d AS doc, elementId(o) AS id"
    )


# Relationships a document supports that touch the given nodes, and their other ends.
SUPPORTED_AROUND: LiteralString = (
    WRITE + "UNWIND $rows AS row MATCH (o) WHERE elementId(o) = row.id "
    "MATCH (o)-[r]-(x) WHERE row.doc IN r.sources "
    "RETURN row.doc AS doc, elementId(r) AS rel, elementId(x) AS other, row.doc IN coalesce(x.sources, []) AS"
    " supported"
)

UNSUPPORT_RELS: LiteralString = (
    WRITE + "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id "
    "SET r.sources = [s IN r.sources WHERE NOT s IN row.docs] "
    "WITH r WHERE size(r.sources) = 0 DELETE r RETURN count(*) AS deleted"
)

# Nodes left without support are deleted; a still-cited Document reverts to a bare reference.
UNSUPPORT_NODES: LiteralString = (
    WRITE + "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id "
    "SET n.sources = [s IN n.sources WHERE NOT s IN row.docs] "
    "WITH n, row WHERE size(n.sources) = 0 AND NOT coalesce(n.curated, false) "
    "DETACH DELETE n RETURN count(*) AS deleted"
)

LOADED_DOCUMENTS: LiteralString = (
    WRITE + "UNWIND $keys AS k MATCH (n:Document {key: k}) WHERE coalesce(n.loaded, false) "
    "RETURN k AS key, properties(n) AS props"
)
REPLACE_DOCUMENTS: LiteralString = (
    WRITE + "UNWIND $rows AS row MATCH (n:Document {key: row.key}) SET n = row.props"
)
