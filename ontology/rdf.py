"""The RDF view of the graph: plain nodes and relationships <-> an rdflib Graph in the KG vocabulary.

A node is one IRI (mapping.node_iri of its primary label and key) typed with the class of every Neo4j
label; its properties are kg datatype properties (a list property gives one triple per value); a
relationship is one kg object property triple, and its properties sit on an rdf:Statement reifying it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef

from ontology import ONTOLOGY_NS, RdfError, UnknownTermError, mapping
from ontology.namespace import ELI, LOCN, OA, QB, SCHEMA
from ontology.records import RelRecord

FORMATS = {"turtle": "turtle", "ttl": "turtle", "json-ld": "json-ld", "jsonld": "json-ld", "nt": "nt"}
_CONTEXT = {"kg": ONTOLOGY_NS, "xsd": str(XSD), "rdf": str(RDF)}
_CLASS_LABEL = {c.iri: c.label for c in mapping.NODE_CLASSES.values()}
_PROP_BY_IRI = {p.iri: p for p in mapping.PROPERTIES.values()}
_REL_BY_IRI = {r.iri: r for r in mapping.RELS.values()}


@dataclass(frozen=True)
class RdfNode:
    """A node as plain data: its Neo4j labels, key and other properties."""

    labels: tuple[str, ...]
    key: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The primary label (the class that names the node's IRI)."""
        return mapping.primary_label(self.labels)


# A relationship as plain data: the same record the graph writer takes.
RdfRel = RelRecord


@dataclass
class RdfView:
    """An rdflib graph built from nodes and relationships, and what had no term in the ontology."""

    graph: Graph
    skipped: set[str] = field(default_factory=set)

    def serialize(self, fmt: str = "turtle") -> str:
        """The graph as Turtle, JSON-LD or N-Triples text."""
        return serialize(self.graph, fmt)

    def __len__(self) -> int:
        return len(self.graph)


def new_graph() -> Graph:
    """An empty graph with the vocabularies' prefixes bound."""
    graph = Graph()
    graph.bind("kg", ONTOLOGY_NS)
    for prefix, ns in {"eli": ELI, "oa": OA, "locn": LOCN, "schema": SCHEMA, "qb": QB}.items():
        graph.bind(prefix, ns)
    return graph


def _literal(value: Any, datatype: str) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, datetime):
        return Literal(value, datatype=XSD.dateTime)
    if isinstance(value, date):
        return Literal(value, datatype=XSD.date)
    if isinstance(value, int | float) and datatype == "double":
        return Literal(float(value), datatype=XSD.double)
    if isinstance(value, int | float):
        return Literal(value)
    return Literal(str(value))  # a simple literal is xsd:string in RDF 1.1 (and matches sh:in lists)


def _add_props(graph: Graph, subject: URIRef | BNode, props: dict[str, Any], skipped: set[str]) -> None:
    for name, value in sorted(props.items()):
        info = mapping.PROPERTIES.get(name)
        if info is None:
            skipped.add(f"property {name}")
            continue
        for item in value if isinstance(value, list | tuple) else [value]:
            if item is not None:
                graph.add((subject, URIRef(info.iri), _literal(item, info.datatype)))


def build(nodes: Iterable[RdfNode], rels: Iterable[RdfRel]) -> RdfView:
    """The RDF view of nodes and relationships; unknown labels, types and properties are skipped."""
    view = RdfView(new_graph())
    graph = view.graph
    for node in nodes:
        known = [x for x in node.labels if x in mapping.NODE_CLASSES]
        view.skipped.update(f"label {x}" for x in node.labels if x not in mapping.NODE_CLASSES)
        if not known:
            continue
        subject = URIRef(mapping.node_iri(node.label, node.key))
        for name in known:
            graph.add((subject, RDF.type, URIRef(mapping.NODE_CLASSES[name].iri)))
        _add_props(graph, subject, {**node.props, "key": node.key}, view.skipped)
    for rel in rels:
        info = mapping.RELS.get(rel.type)
        if info is None or rel.start_label not in mapping.LABELS or rel.end_label not in mapping.LABELS:
            view.skipped.add(f"relationship {rel.type}")
            continue
        triple = (
            URIRef(mapping.node_iri(rel.start_label, rel.start_key)),
            URIRef(info.iri),
            URIRef(mapping.node_iri(rel.end_label, rel.end_key)),
        )
        graph.add(triple)
        if any(v not in (None, [], ()) for v in rel.props.values()):
            statement = BNode()
            graph.add((statement, RDF.type, RDF.Statement))
            graph.add((statement, RDF.subject, triple[0]))
            graph.add((statement, RDF.predicate, triple[1]))
            graph.add((statement, RDF.object, triple[2]))
            _add_props(graph, statement, rel.props, view.skipped)
    return view


def _props(graph: Graph, subject: URIRef | BNode) -> dict[str, Any]:
    values: dict[str, list[Any]] = defaultdict(list)
    for predicate, obj in graph.predicate_objects(subject):
        info = _PROP_BY_IRI.get(str(predicate))
        if info is not None and isinstance(obj, Literal):
            value = obj.toPython()
            values[info.neo4j].append(str(value) if isinstance(value, Literal) else value)
    out: dict[str, Any] = {}
    for name, items in values.items():
        many = mapping.PROPERTIES[name].list_valued or len(items) > 1
        out[name] = sorted(items, key=str) if many else items[0]
    return out


def read(graph: Graph) -> tuple[list[RdfNode], list[RdfRel]]:
    """Nodes and relationships of an RDF graph in this vocabulary (other triples are ignored)."""
    labels: dict[URIRef, list[str]] = defaultdict(list)
    for subject, cls in graph.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and str(cls) in _CLASS_LABEL:
            labels[subject].append(str(_CLASS_LABEL[str(cls)]))
    nodes: dict[URIRef, RdfNode] = {}
    for subject, names in labels.items():
        props = _props(graph, subject)
        key = props.pop("key", None)
        try:
            key = key if isinstance(key, str) else mapping.parse_node_iri(str(subject))[1]
        except UnknownTermError as e:
            raise RdfError(f"node {subject} has no key") from e
        nodes[subject] = RdfNode(tuple(sorted(names)), key, props)
    rels: list[RdfRel] = []
    for subject, predicate, obj in graph:
        info = _REL_BY_IRI.get(str(predicate))
        if info is None:
            continue
        if subject not in nodes or obj not in nodes:
            raise RdfError(f"relationship {info.type} from {subject} to {obj}: an end is not a typed node")
        rel_props: dict[str, Any] = {}
        for statement in graph.subjects(RDF.subject, subject):
            reifies = (statement, RDF.predicate, predicate) in graph and (statement, RDF.object, obj) in graph
            if reifies and isinstance(statement, URIRef | BNode):
                rel_props.update(_props(graph, statement))
        start, end = nodes[subject], nodes[obj]  # type: ignore[index]
        rels.append(RdfRel(info.type, start.label, start.key, end.label, end.key, rel_props))
    return list(nodes.values()), rels


def _format(fmt: str) -> str:
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise RdfError(f"unknown RDF format {fmt!r} (use one of {sorted(FORMATS)})") from None


def serialize(graph: Graph, fmt: str = "turtle") -> str:
    """Graph as text; JSON-LD is compacted with the kg prefix."""
    name = _format(fmt)
    if name == "json-ld":
        return graph.serialize(format="json-ld", context=_CONTEXT, auto_compact=True)
    return graph.serialize(format=name)


def parse(text: str, fmt: str = "turtle") -> Graph:
    """Parse Turtle, JSON-LD or N-Triples text; malformed input raises RdfError."""
    graph = new_graph()
    try:
        graph.parse(data=text, format=_format(fmt))
    except Exception as e:  # rdflib's parsers raise many exception types
        raise RdfError(f"cannot parse {fmt}: {e}") from e
    return graph
