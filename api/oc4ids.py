"""A project as an OC4IDS project record (Open Contracting for Infrastructure Data Standard)."""

from __future__ import annotations

from typing import Any

from ontology import mapping
from ontology.codelists import notations

# The OC4IDS code lists, as the ontology's code lists hold them.
STATUSES = notations("ProjectStatuses")
TYPES = notations("ProjectTypes")


def _datetime(date: str | None) -> str | None:
    """OC4IDS dates are date-times: '2023-02-28' -> '2023-02-28T00:00:00Z'."""
    if not date:
        return None
    return date if "T" in date else f"{date}T00:00:00Z"


def _drop_empty(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v not in (None, [], {}, "")}


def project_record(project: dict[str, Any]) -> dict[str, Any]:
    """The OC4IDS project record of a project detail (graph.queries.projects.get_project)."""
    period = _drop_empty(
        {"startDate": _datetime(project.get("period_start")), "endDate": _datetime(project.get("period_end"))}
    )
    record = {
        "id": project["key"],
        "title": project.get("name"),
        "description": project.get("description"),
        "status": project.get("status") if project.get("status") in STATUSES else None,
        "type": project.get("type") if project.get("type") in TYPES else None,
        "sector": _sectors(project.get("sector")),
        "purpose": project.get("purpose"),
        "period": period,
        "budget": _budget(project),
        "locations": [_location(pl) for pl in project.get("places", [])],
        "parties": [_party(p) for p in project.get("parties", [])],
        "documents": [_document(d) for d in project.get("documents", [])],
    }
    return _drop_empty(record)


def _sectors(sector: str | None) -> list[str]:
    """A subsector code 'transport.road' also needs its parent code 'transport'."""
    if not sector:
        return []
    parent = sector.split(".")[0]
    return [parent] if parent == sector else [parent, sector]


def _budget(project: dict[str, Any]) -> dict[str, Any] | None:
    if project.get("budget_amount") is None:
        return None
    return {
        "amount": {"amount": project["budget_amount"], "currency": project.get("budget_currency") or "VND"}
    }


def _party(p: dict[str, Any]) -> dict[str, Any]:
    return _drop_empty(
        {"id": p["key"], "name": p.get("name") or p["key"], "roles": sorted(p.get("roles") or [])}
    )


def _location(pl: dict[str, Any]) -> dict[str, Any]:
    return _drop_empty(
        {
            "id": pl["key"],
            "description": pl.get("name"),
            "gazetteer": {"scheme": "policy-kg", "identifiers": [pl["key"]]},
        }
    )


def _document(d: dict[str, Any]) -> dict[str, Any]:
    return _drop_empty(
        {
            "id": d["key"],
            "title": d.get("symbol") or d.get("name") or d["key"],
            "description": " ".join(x for x in (d.get("doc_type_name"), d.get("name")) if x) or None,
            "url": mapping.node_iri("Document", d["key"]),
            "datePublished": _datetime(d.get("date")),
            "language": "vi",
        }
    )
