"""The SKOS code lists of codelists.ttl as plain Python values."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from rdflib import RDF, RDFS, SKOS, URIRef

from ontology import ONTOLOGY_NS, UnknownTermError
from ontology.files import cached_ontology
from ontology.namespace import KG


@dataclass(frozen=True)
class Code:
    """One concept of a code list: its notation (the value stored in Neo4j) and labels."""

    iri: str
    notation: str
    label_vi: str
    label_en: str
    definition: str
    families: tuple[str, ...] = ()
    written_names: tuple[str, ...] = ()  # document types: names as written before a symbol
    extraction_code: str | None = None  # document types: the code stored where the symbol has none
    type_name: str | None = None  # document types: the name in a document's name, if not label_vi


def _label(subject: URIRef, lang: str) -> str:
    graph = cached_ontology()
    found = (str(v) for v in graph.objects(subject, RDFS.label) if getattr(v, "language", None) == lang)
    return next(found, "")


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


@cache
def schemes() -> tuple[str, ...]:
    """Local names of every concept scheme, e.g. 'AssignmentRoles'."""
    graph = cached_ontology()
    found = (str(s).removeprefix(ONTOLOGY_NS) for s in graph.subjects(RDF.type, SKOS.ConceptScheme))
    return tuple(sorted(found))


@cache
def code_list(scheme: str) -> tuple[Code, ...]:
    """The concepts of scheme `scheme` (local name), sorted by notation."""
    if scheme not in schemes():
        raise UnknownTermError(f"unknown code list {scheme!r}")
    graph = cached_ontology()
    codes = []
    for concept in graph.subjects(SKOS.inScheme, KG[scheme]):
        assert isinstance(concept, URIRef)
        codes.append(
            Code(
                iri=str(concept),
                notation=str(graph.value(concept, SKOS.notation)),
                label_vi=_label(concept, "vi"),
                label_en=_label(concept, "en"),
                definition=str(graph.value(concept, SKOS.definition) or ""),
                families=tuple(sorted(str(f) for f in graph.objects(concept, KG.documentFamily))),
                written_names=tuple(sorted(str(n) for n in graph.objects(concept, KG.writtenName))),
                extraction_code=_optional(graph.value(concept, KG.extractionCode)),
                type_name=_optional(graph.value(concept, KG.typeName)),
            )
        )
    return tuple(sorted(codes, key=lambda c: c.notation))


@lru_cache(maxsize=64)
def notations(scheme: str) -> frozenset[str]:
    """The notations of a code list: the values a Neo4j property may take (cached: keys ask per symbol)."""
    return frozenset(c.notation for c in code_list(scheme))
