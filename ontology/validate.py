"""Validate an rdflib graph against the SHACL shapes: non-conformance is a result, failure an exception."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from ontology import BASE, ONTOLOGY_NS, ValidationError
from ontology.files import cached_ontology, shapes_graph


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the focus node, the path, the constraint component and the message."""

    focus: str
    path: str
    component: str
    message: str
    value: str | None = None


@dataclass(frozen=True)
class ValidationResult:
    """Whether a graph conforms, and why not."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str

    @property
    def messages(self) -> tuple[str, ...]:
        """One line per violation: focus, path and message, IRIs shortened (`id/…` unquoted, `kg:term`)."""
        return tuple(f"{_short(v.focus)} {_short(v.path)}: {v.message}" for v in self.violations)


def _short(text: str) -> str:
    """An instance IRI as `id/<segment>/<key>` (key unquoted), a term of the ontology as `kg:term`."""
    return unquote(text.replace(ONTOLOGY_NS, "kg:").replace(BASE, ""))


def _violations(report: Graph) -> tuple[Violation, ...]:
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        value = report.value(result, SH.value)
        out.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=_path(report, report.value(result, SH.resultPath)),
                component=str(report.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
                message=str(report.value(result, SH.resultMessage) or ""),
                value=str(value) if value is not None else None,
            )
        )
    return tuple(sorted(out, key=lambda v: (v.focus, v.path, v.component)))


def _path(report: Graph, node: Node | None) -> str:
    """A SHACL path as text: an IRI, ^IRI for an inverse path, a/b for a sequence."""
    if node is None:
        return ""
    inverse = report.value(node, SH.inversePath)
    if inverse is not None:
        return f"^{inverse}"
    if (node, RDF.first, None) in report:
        return "/".join(str(x) for x in report.items(node))
    return str(node)


def validate(data: Graph, shapes: Graph | None = None) -> ValidationResult:
    """Validate `data` against the package shapes (or `shapes`); the ontology gives the class hierarchy."""
    try:
        conforms, report, text = shacl_validate(
            data,
            shacl_graph=shapes if shapes is not None else shapes_graph(),
            ont_graph=cached_ontology(),
            inference="none",
            allow_warnings=True,
        )
    except Exception as e:  # pySHACL raises several unrelated types for broken input
        raise ValidationError(f"could not validate: {e}") from e
    if not isinstance(report, Graph):
        raise ValidationError("pySHACL returned no report graph")
    return ValidationResult(conforms=bool(conforms), violations=_violations(report), text=str(text))
