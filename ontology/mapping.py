"""Neo4j labels, relationship types, keys and properties, derived from the annotations in kg.ttl."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import quote, unquote

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from ontology import ID_BASE, ONTOLOGY_NS, UnknownTermError
from ontology.files import cached_ontology
from ontology.namespace import KG, SCHEMA

_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class ClassInfo:
    """One ontology class and, when it is stored in Neo4j, its label, key and IRI segment."""

    name: str
    iri: str
    label: str | None
    key: str | None
    segment: str | None
    searchable: bool
    parents: tuple[str, ...]
    aligned: tuple[str, ...]
    label_vi: str
    label_en: str
    definition: str


@dataclass(frozen=True)
class PropertyInfo:
    """One datatype property: the Neo4j property that stores it and its XSD datatype."""

    name: str
    iri: str
    neo4j: str
    datatype: str
    list_valued: bool
    aligned: tuple[str, ...]
    oc4ids: str | None


@dataclass(frozen=True)
class RelInfo:
    """One object property: its Neo4j relationship type, end labels and relationship properties."""

    name: str
    iri: str
    type: str
    domains: tuple[str, ...]
    ranges: tuple[str, ...]
    rel_props: tuple[str, ...]
    aligned: tuple[str, ...]
    label_vi: str
    label_en: str
    definition: str


def _local(iri: object) -> str:
    return str(iri).removeprefix(ONTOLOGY_NS)


def _curie(graph: Graph, iri: object) -> str:
    return graph.namespace_manager.normalizeUri(URIRef(str(iri)))


def _text(graph: Graph, subject: URIRef, predicate: URIRef, lang: str | None = None) -> str:
    for value in graph.objects(subject, predicate):
        if isinstance(value, Literal) and (lang is None or value.language == lang):
            return str(value)
    return ""


def _bool(graph: Graph, subject: URIRef, predicate: URIRef) -> bool:
    value = graph.value(subject, predicate)
    return isinstance(value, Literal) and value.toPython() is True


def _aligned(graph: Graph, subject: URIRef, *predicates: URIRef) -> tuple[str, ...]:
    found = {o for p in predicates for o in graph.objects(subject, p) if not str(o).startswith(ONTOLOGY_NS)}
    return tuple(sorted(_curie(graph, o) for o in found))


def _kg_objects(graph: Graph, subject: URIRef, *predicates: URIRef) -> list[str]:
    found = {o for p in predicates for o in graph.objects(subject, p) if str(o).startswith(ONTOLOGY_NS)}
    return sorted(_local(o) for o in found)


def _classes(graph: Graph) -> dict[str, ClassInfo]:
    out: dict[str, ClassInfo] = {}
    for iri in graph.subjects(RDF.type, OWL.Class):
        if not str(iri).startswith(ONTOLOGY_NS):
            continue
        assert isinstance(iri, URIRef)
        label = graph.value(iri, KG.neo4jLabel)
        key = graph.value(iri, KG.neo4jKey)
        segment = graph.value(iri, KG.idSegment)
        out[_local(iri)] = ClassInfo(
            name=_local(iri),
            iri=str(iri),
            label=str(label) if label is not None else None,
            key=str(key) if key is not None else None,
            segment=str(segment) if segment is not None else None,
            searchable=_bool(graph, iri, KG.searchable),
            parents=tuple(_kg_objects(graph, iri, RDFS.subClassOf)),
            aligned=_aligned(graph, iri, RDFS.subClassOf, SKOS.closeMatch),
            label_vi=_text(graph, iri, RDFS.label, "vi"),
            label_en=_text(graph, iri, RDFS.label, "en"),
            definition=_text(graph, iri, SKOS.definition, "en"),
        )
    return out


def _properties(graph: Graph) -> dict[str, PropertyInfo]:
    out: dict[str, PropertyInfo] = {}
    for iri in graph.subjects(RDF.type, OWL.DatatypeProperty):
        assert isinstance(iri, URIRef)
        neo4j = str(graph.value(iri, KG.neo4jProperty))
        oc4ids = graph.value(iri, KG.oc4idsField)
        out[neo4j] = PropertyInfo(
            name=_local(iri),
            iri=str(iri),
            neo4j=neo4j,
            datatype=str(graph.value(iri, RDFS.range)).removeprefix(_XSD),
            list_valued=_bool(graph, iri, KG.listValued),
            aligned=_aligned(graph, iri, RDFS.subPropertyOf, SKOS.closeMatch),
            oc4ids=str(oc4ids) if oc4ids is not None else None,
        )
    return out


def _rels(
    graph: Graph, classes: Mapping[str, ClassInfo], props: Mapping[str, PropertyInfo]
) -> dict[str, RelInfo]:
    by_iri = {p.iri: p.neo4j for p in props.values()}
    out: dict[str, RelInfo] = {}
    for iri in graph.subjects(RDF.type, OWL.ObjectProperty):
        if not str(iri).startswith(ONTOLOGY_NS):
            continue
        assert isinstance(iri, URIRef)
        rel_type = str(graph.value(iri, KG.neo4jType))
        domains = _kg_objects(graph, iri, RDFS.domain, SCHEMA.domainIncludes)
        ranges = _kg_objects(graph, iri, RDFS.range, SCHEMA.rangeIncludes)
        out[rel_type] = RelInfo(
            name=_local(iri),
            iri=str(iri),
            type=rel_type,
            domains=tuple(str(classes[d].label) for d in domains),
            ranges=tuple(str(classes[r].label) for r in ranges),
            rel_props=tuple(sorted(by_iri[str(p)] for p in graph.objects(iri, KG.relationProperty))),
            aligned=_aligned(graph, iri, RDFS.subPropertyOf, SKOS.closeMatch, OWL.inverseOf),
            label_vi=_text(graph, iri, RDFS.label, "vi"),
            label_en=_text(graph, iri, RDFS.label, "en"),
            definition=_text(graph, iri, SKOS.definition, "en"),
        )
    return out


_GRAPH = cached_ontology()
CLASSES: Mapping[str, ClassInfo] = MappingProxyType(_classes(_GRAPH))
PROPERTIES: Mapping[str, PropertyInfo] = MappingProxyType(_properties(_GRAPH))
RELS: Mapping[str, RelInfo] = MappingProxyType(_rels(_GRAPH, CLASSES, PROPERTIES))
NODE_CLASSES: Mapping[str, ClassInfo] = MappingProxyType({c.label: c for c in CLASSES.values() if c.label})
LABELS: frozenset[str] = frozenset(NODE_CLASSES)
REL_TYPES: frozenset[str] = frozenset(RELS)
SEARCHABLE_LABELS: frozenset[str] = frozenset(label for label, c in NODE_CLASSES.items() if c.searchable)
SEARCH_PROPERTIES: tuple[str, ...] = ("name", "name_folded")
# The label a key's first segment names ('body/vn/bo-tai-chinh' -> Body): the class's IRI segment; a
# subclass (PartyDocument) shares its parent's segment and leaves it to the parent.
KEY_PREFIXES: Mapping[str, str] = MappingProxyType(
    {c.segment: c.label for c in NODE_CLASSES.values() if c.segment and c.label and not c.parents}
)
del _GRAPH


def _document_relations() -> Mapping[str, str]:
    """Each DocumentRelations notation ('based_on') and the relationship type that stores it (BASED_ON)."""
    graph = cached_ontology()
    by_name = {r.name: r.type for r in RELS.values()}
    out = {}
    for concept in graph.subjects(SKOS.inScheme, KG.DocumentRelations):
        notation = str(graph.value(concept, SKOS.notation))
        out[notation] = by_name[_camel(notation)]
    return MappingProxyType(dict(sorted(out.items())))


def _camel(notation: str) -> str:
    head, *rest = notation.split("_")
    return head + "".join(part.title() for part in rest)


DOCUMENT_RELATIONS = _document_relations()


def label(name: str) -> str:
    """Return the Neo4j label `name`, or raise UnknownTermError if the ontology does not declare it."""
    if name not in NODE_CLASSES:
        raise UnknownTermError(f"unknown node label {name!r}")
    return name


def rel_type(name: str) -> str:
    """Return the relationship type `name`, or raise UnknownTermError if the ontology does not declare it."""
    if name not in RELS:
        raise UnknownTermError(f"unknown relationship type {name!r}")
    return name


def prop(name: str) -> PropertyInfo:
    """Return the datatype property stored as Neo4j property `name`; raise UnknownTermError if unknown."""
    try:
        return PROPERTIES[name]
    except KeyError:
        raise UnknownTermError(f"unknown property {name!r}") from None


def node_class(name: str) -> ClassInfo:
    """Return the class stored under Neo4j label `name`."""
    return NODE_CLASSES[label(name)]


def key_of(name: str) -> str:
    """Return the key property of label `name` ('key' for every label)."""
    return str(node_class(name).key)


def primary_label(labels: Iterable[str]) -> str:
    """The label that names a node's class: the known label none of whose subclasses are also present."""
    known = [x for x in labels if x in NODE_CLASSES]
    if not known:
        raise UnknownTermError(f"no known label among {sorted(labels)!r}")
    present = {NODE_CLASSES[x].name for x in known}
    # A node labelled Document and PartyDocument is named by Document (its IRI segment); subclasses are extra.
    bases = sorted(x for x in known if not set(NODE_CLASSES[x].parents) & present)
    return bases[0]


def node_iri(name: str, key: str) -> str:
    """The IRI of the node with label `name` and `key`: ID_BASE + segment + '/' + quoted key."""
    return f"{ID_BASE}{node_class(name).segment}/{quote(key, safe='/-._~')}"


def parse_node_iri(iri: str) -> tuple[str, str]:
    """Return (primary label, key) of a node IRI built by node_iri."""
    if iri.startswith(ID_BASE):
        segment, _, quoted = iri.removeprefix(ID_BASE).partition("/")
        owners = [c for c in NODE_CLASSES.values() if c.segment == segment]
        if owners and quoted:
            return primary_label(c.label for c in owners if c.label), unquote(quoted)
    raise UnknownTermError(f"not a node IRI of this graph: {iri!r}")
