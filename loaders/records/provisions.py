"""A document's provisions, the tasks derived from them and the assignments of those tasks to bodies."""

from __future__ import annotations

from loaders.extract.model import Extraction
from loaders.records.build import RecordsBuilder, folded, props
from loaders.records.entities import Ids
from ontology import KeyBuildError, keys


def provisions(b: RecordsBuilder, ex: Extraction, me: tuple[str, str], ids: Ids) -> None:
    """Each provision, PART_OF its parent provision or of the document."""
    for it in ex.items["provisions"]:
        f = it.fields
        try:
            pkey = keys.provision_key(b.doc, str(f.get("path")))
        except KeyBuildError:
            continue
        ids[it.id] = (
            "Provision",
            b.node(
                "Provision",
                pkey,
                props(
                    name=it.name,
                    path=f.get("path"),
                    label=f.get("label"),
                    heading=f.get("heading"),
                    text=f.get("text"),
                    level=f.get("level"),
                    ordinal=f.get("ordinal"),
                    start=f.get("start"),
                    end=f.get("end"),
                ),
            ),
        )
        b.rel("PART_OF", ids[it.id], ids.get(str(f.get("parent")), me))


def tasks(b: RecordsBuilder, ex: Extraction, ids: Ids) -> None:
    """Each task of a provision: DERIVED_FROM it, CONCERNS the items it names, with its evidence."""
    for it in ex.items["tasks"]:
        prov = ids.get(str(it.fields.get("provision")))
        if prov is None:
            continue
        task = (
            "Task",
            b.node(
                "Task",
                keys.task_key(prov[1], int(it.fields.get("ordinal") or 1)),
                props(
                    name=it.name,
                    name_folded=folded(it.name),
                    text=it.fields.get("text"),
                    domain=it.fields.get("part_role"),
                    deadline_text=it.fields.get("deadline_text"),
                    due=it.fields.get("due"),
                    recurrence=it.fields.get("recurrence"),
                    recurrence_day=it.fields.get("recurrence_day"),
                ),
            ),
        )
        ids[it.id] = task
        b.rel("DERIVED_FROM", task, prov)
        for target in it.fields.get("concerns") or []:
            if target in ids:
                b.rel("CONCERNS", task, ids[target])
        b.evidence(task, it.evidence)


def assignments(b: RecordsBuilder, ex: Extraction, ids: Ids) -> None:
    """Each assignment of a task to a body (with its role), and the body it reports to."""
    for it in ex.items["assignments"]:
        f = it.fields
        owner = ids.get(str(f.get("task")))
        if owner is None or not f.get("body_key"):
            continue
        try:
            akey = keys.assignment_key(owner[1], str(f.get("role")), f["body_key"])
        except KeyBuildError:
            continue
        body = (
            "Body",
            b.node(
                "Body",
                f["body_key"],
                props(name=f.get("body_name"), name_folded=folded(f.get("body_name"))),
            ),
        )
        asg = (
            "Assignment",
            b.node(
                "Assignment",
                akey,
                props(
                    name=it.name, role=f.get("role"), implied=f.get("implied"), confidence=f.get("confidence")
                ),
            ),
        )
        b.rel("HAS_ASSIGNMENT", owner, asg)
        b.rel("ASSIGNED_TO", asg, body, role=f.get("role"))
        if f.get("to") in ids and ids[f["to"]][0] == "Body":
            b.rel("REPORTS_TO", asg, ids[f["to"]])
        b.evidence(asg, it.evidence)
