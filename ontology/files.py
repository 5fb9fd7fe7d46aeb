"""The Turtle files shipped with the package, parsed with the base IRI from ontology.BASE."""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph

from ontology import BASE, OntologyError

ONTOLOGY_FILES = ("kg.ttl", "codelists.ttl")
SHAPES_FILE = "shapes.ttl"


def read_text(name: str) -> str:
    """Return the text of one data file of the package."""
    return resources.files("ontology").joinpath(name).read_text(encoding="utf-8")


@cache
def _parsed(names: tuple[str, ...]) -> Graph:
    graph = Graph()
    for name in names:
        try:
            graph.parse(data=read_text(name), format="turtle", publicID=BASE)
        except Exception as e:  # rdflib raises many parser exception types
            raise OntologyError(f"cannot parse ontology file {name}: {e}") from e
    return graph


def _copy(source: Graph) -> Graph:
    graph = Graph()
    graph += source
    for prefix, ns in source.namespaces():
        graph.bind(prefix, ns, override=True)
    return graph


def ontology_graph() -> Graph:
    """A fresh copy of the ontology (classes, properties and code lists)."""
    return _copy(_parsed(ONTOLOGY_FILES))


def shapes_graph() -> Graph:
    """A fresh copy of the SHACL shapes."""
    return _copy(_parsed((SHAPES_FILE,)))


def cached_ontology() -> Graph:
    """The shared parsed ontology; read it, never change it."""
    return _parsed(ONTOLOGY_FILES)
