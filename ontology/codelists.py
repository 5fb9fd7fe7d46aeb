"""The SKOS code lists of codelists.ttl as plain Python values."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from rdflib import RDF, RDFS, SKOS, Namespace, URIRef

from ontology import ONTOLOGY_NS, UnknownTermError
from ontology.files import cached_ontology

_KG = Namespace(ONTOLOGY_NS)


@dataclass(frozen=True)
class Code:
    """One concept of a code list: its notation (the value stored in Neo4j) and labels."""

    iri: str
    notation: str
    label_vi: str
    label_en: str
    definition: str
    families: tuple[str, ...] = ()


def _label(subject: URIRef, lang: str) -> str:
    graph = cached_ontology()
    found = (str(v) for v in graph.objects(subject, RDFS.label) if getattr(v, "language", None) == lang)
    return next(found, "")


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
    for concept in graph.subjects(SKOS.inScheme, _KG[scheme]):
        assert isinstance(concept, URIRef)
        codes.append(
            Code(
                iri=str(concept),
                notation=str(graph.value(concept, SKOS.notation)),
                label_vi=_label(concept, "vi"),
                label_en=_label(concept, "en"),
                definition=str(graph.value(concept, SKOS.definition) or ""),
                families=tuple(sorted(str(f) for f in graph.objects(concept, _KG.documentFamily))),
            )
        )
    return tuple(sorted(codes, key=lambda c: c.notation))


@lru_cache(maxsize=64)
def notations(scheme: str) -> frozenset[str]:
    """The notations of a code list: the values a Neo4j property may take (cached: keys ask per symbol)."""
    return frozenset(c.notation for c in code_list(scheme))


def document_type(notation: str, family: str) -> Code:
    """The document type with abbreviation `notation` ('KL', 'QĐ') in family 'party' or 'state'."""
    scheme = {"party": "PartyDocumentTypes", "state": "StateDocumentTypes"}.get(family)
    if scheme is None:
        raise UnknownTermError(f"unknown document family {family!r}")
    for candidate in code_list(scheme):
        if candidate.notation == notation:
            return candidate
    raise UnknownTermError(f"unknown {family} document type {notation!r}")
