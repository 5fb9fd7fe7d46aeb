"""The ontology of the policy knowledge graph: vocabulary, code lists, keys, shapes and RDF views."""

from __future__ import annotations

# The one place the base IRI lives; the Turtle files use IRIs relative to it.
BASE = "https://policy-kg.vn/"
ONTOLOGY_NS = BASE + "ontology#"
ID_BASE = BASE + "id/"


class OntologyError(Exception):
    """Root of the errors raised by the ontology package."""


class UnknownTermError(OntologyError, LookupError):
    """A label, relationship type, property or code that the ontology does not declare."""


class KeyBuildError(OntologyError, ValueError):
    """Input from which no valid instance key can be built."""


class ValidationError(OntologyError):
    """Validation could not run (a broken shapes graph or data graph), as opposed to non-conformance."""


class RdfError(OntologyError):
    """RDF that cannot be read as this ontology's vocabulary."""


__all__ = [
    "BASE",
    "ID_BASE",
    "ONTOLOGY_NS",
    "KeyBuildError",
    "OntologyError",
    "RdfError",
    "UnknownTermError",
    "ValidationError",
]
