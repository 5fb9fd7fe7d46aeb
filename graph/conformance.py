"""The loaded graph, or one document's records before they are written, against the SHACL shapes."""

from __future__ import annotations

import neo4j

from graph.rdf import export_graph
from graph.records import DocumentRecords
from ontology.rdf import RdfNode, build
from ontology.validate import ValidationResult, validate


def validate_graph(driver: neo4j.Driver, database: str | None = None) -> ValidationResult:
    """The whole graph (its RDF view, as `kg export` writes it) against `ontology/shapes.ttl`."""
    return validate(export_graph(driver, database).graph)


def validate_records(records: DocumentRecords) -> ValidationResult:
    """One document's records as the writer would write them, against `ontology/shapes.ttl`."""
    nodes = [RdfNode((n.label, *n.extra_labels), n.key, dict(n.props)) for n in records.nodes]
    return validate(build(nodes, records.rels).graph)
