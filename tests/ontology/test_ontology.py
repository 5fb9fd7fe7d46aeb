"""The ontology parses, every term is labelled in vi and en, and code and Turtle name the same terms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from ontology import BASE, ONTOLOGY_NS, UnknownTermError, mapping
from ontology.files import ontology_graph, read_text, shapes_graph
from ontology.generate import namespace_module, terms
from ontology.namespace import KG

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("ontology", "graph", "loaders", "api")
TERM_KINDS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    SKOS.Concept,
    SKOS.ConceptScheme,
)


def _kg_terms(graph: Graph) -> set[URIRef]:
    return {
        s
        for kind in TERM_KINDS
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_NS)
    }


def _model_table(header: str) -> list[str]:
    """First-column cells of the docs/model.md table that follows `header`."""
    text = (REPO / "docs" / "model.md").read_text(encoding="utf-8")
    section = text.split(header, 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1].strip() for line in section.splitlines() if line.startswith("| ")]
    return [r for r in rows if r and not set(r) <= {"-"} and r not in ("label", "type")]


def test_ontology_and_shapes_parse() -> None:
    assert len(ontology_graph()) > 1000
    assert len(shapes_graph()) > 100


def test_base_iri_lives_in_one_place() -> None:
    for path in (REPO / "ontology").rglob("*"):
        if path.suffix in (".py", ".ttl") and path.name != "__init__.py":
            assert BASE not in path.read_text(encoding="utf-8"), path
    assert str(KG.Document) == BASE + "ontology#Document"


@pytest.mark.parametrize("term", sorted(_kg_terms(ontology_graph())), ids=lambda t: t.split("#")[-1])
def test_every_term_has_vi_and_en_labels_and_a_definition(term: URIRef) -> None:
    graph = ontology_graph()
    for predicate in (RDFS.label, SKOS.prefLabel):
        langs = {o.language for o in graph.objects(term, predicate) if isinstance(o, Literal)}
        assert {"vi", "en"} <= langs, f"{term} {predicate}"
    definitions = [o for o in graph.objects(term, SKOS.definition) if getattr(o, "language", None) == "en"]
    assert len(definitions) == 1 and str(definitions[0]).strip()


def test_namespace_module_is_generated_from_the_turtle() -> None:
    assert read_text("namespace.py") == namespace_module()


def test_closed_namespace_refuses_unknown_terms() -> None:
    assert KG.Assignment == URIRef(ONTOLOGY_NS + "Assignment")
    with pytest.raises(AttributeError):
        _ = KG.Assignmnet


def test_every_turtle_term_is_reachable_from_code() -> None:
    graph = ontology_graph()
    names = {str(t).removeprefix(ONTOLOGY_NS) for t in _kg_terms(graph)}
    assert names == {n for group in terms().values() for n in group}
    assert {c.name for c in mapping.CLASSES.values()} == {
        str(s).removeprefix(ONTOLOGY_NS) for s in graph.subjects(RDF.type, OWL.Class)
    }
    assert {r.name for r in mapping.RELS.values()} == {
        str(s).removeprefix(ONTOLOGY_NS) for s in graph.subjects(RDF.type, OWL.ObjectProperty)
    }
    assert {p.name for p in mapping.PROPERTIES.values()} == {
        str(s).removeprefix(ONTOLOGY_NS) for s in graph.subjects(RDF.type, OWL.DatatypeProperty)
    }


def test_every_term_used_in_code_exists() -> None:
    used: set[str] = set()
    pattern = re.compile(r"\bKG\.([A-Za-z_][A-Za-z0-9_]*)|\bKG\[\"([^\"]+)\"\]")
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            for match in pattern.finditer(path.read_text(encoding="utf-8")):
                used.add(match.group(1) or match.group(2))
    used.discard("_NS")
    known = {str(t).removeprefix(ONTOLOGY_NS) for t in _kg_terms(ontology_graph())}
    assert used <= known, sorted(used - known)


def test_mapping_covers_every_label_and_type_of_the_model() -> None:
    labels = set()
    for cell in _model_table("## Labels (node classes) and their key"):
        labels.update(re.findall(r"[A-Z][A-Za-z]+", cell.split("(")[0]))
        labels.update(re.findall(r"\b(PartyDocument|StateDocument)\b", cell))
    assert labels and labels <= mapping.LABELS, sorted(labels - mapping.LABELS)
    types = {t for cell in _model_table("## Relationship types") for t in re.findall(r"[A-Z_]{4,}", cell)}
    assert types and types == set(mapping.REL_TYPES), sorted(types ^ set(mapping.REL_TYPES))


def test_lookups_raise_on_unknown_names() -> None:
    assert mapping.label("Task") == "Task"
    assert mapping.rel_type("PART_OF") == "PART_OF"
    assert mapping.key_of("Body") == "key"
    for call, name in (
        (mapping.label, "Tasks"),
        (mapping.rel_type, "PART-OF"),
        (mapping.key_of, "Nope"),
        (mapping.prop, "nmae"),
    ):
        with pytest.raises(UnknownTermError):
            call(name)


def test_typed_document_relations_specialise_eli() -> None:
    expected = {
        "CITES": "eli:cites",
        "BASED_ON": "eli:based_on",
        "AMENDS": "eli:amends",
        "REPEALS": "eli:repeals",
        "REPLACES": "eli:changes",
        "GUIDES": "eli:related_to",
        "IMPLEMENTS": "eli:related_to",
    }
    graph = ontology_graph()
    for rel_type, parent in expected.items():
        iri = URIRef(mapping.RELS[rel_type].iri)
        assert parent in mapping.RELS[rel_type].aligned
        assert any(
            graph.namespace_manager.normalizeUri(o) == parent for o in graph.objects(iri, RDFS.subPropertyOf)
        )


def test_node_iris_round_trip_and_share_the_document_segment() -> None:
    key = "party/TU-QNG/KL/1492/2022-12-05#II.2.7"
    iri = mapping.node_iri("Provision", key)
    assert iri == BASE + "id/provision/party/TU-QNG/KL/1492/2022-12-05%23II.2.7"
    assert mapping.parse_node_iri(iri) == ("Provision", key)
    assert mapping.node_iri("PartyDocument", "k") == mapping.node_iri("Document", "k")
    assert mapping.primary_label(["PartyDocument", "Document"]) == "Document"
    with pytest.raises(UnknownTermError):
        mapping.parse_node_iri("https://example.org/x")


def test_searchable_labels_are_the_named_entities() -> None:
    assert {"Document", "Body", "Project", "Place", "Programme", "Task"} <= mapping.SEARCHABLE_LABELS
    assert "Evidence" not in mapping.SEARCHABLE_LABELS
