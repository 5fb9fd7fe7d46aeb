"""Load runs: one LoadRun node per `kg load`, with its time, software version, input hash and counts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

import neo4j

from graph.errors import WriteError
from graph.queries import runs as cypher


def software_version() -> str:
    """The installed version of this project (the distribution `policy-kg`)."""
    try:
        return metadata.version("policy-kg")
    except metadata.PackageNotFoundError:
        return "0+unknown"


@dataclass
class Run:
    """A load run in progress: its key and the counts gathered so far."""

    key: str
    input_path: str = ""
    input_sha256: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, counts: dict[str, int]) -> None:
        """Add one document's counts to the run's totals."""
        for name, n in counts.items():
            self.counts[name] = self.counts.get(name, 0) + n


def start_run(
    driver: neo4j.Driver, input_path: str = "", input_sha256: str = "", database: str | None = None
) -> Run:
    """Create the LoadRun node (committed at once, so a crashed run stays visible as unfinished)."""
    from ontology.keys import load_run_key

    run = Run(key=load_run_key(), input_path=input_path, input_sha256=input_sha256)
    props: dict[str, Any] = {
        "name": run.key,
        "started": datetime.now(UTC),
        "software_version": software_version(),
        "input_path": input_path,
        "input_sha256": input_sha256,
    }
    try:
        driver.execute_query(cypher.START_RUN, key=run.key, props=props, database_=database)
    except neo4j.exceptions.Neo4jError as e:
        raise WriteError(f"cannot record the load run: {e.message}") from e
    return run


def finish_run(driver: neo4j.Driver, run: Run, database: str | None = None, **extra: Any) -> None:
    """Record the end time and the counts (a JSON string) of the run."""
    props = {"finished": datetime.now(UTC), "counts": json.dumps(run.counts, sort_keys=True), **extra}
    try:
        driver.execute_query(cypher.FINISH_RUN, key=run.key, props=props, database_=database)
    except neo4j.exceptions.Neo4jError as e:
        raise WriteError(f"cannot record the end of the load run: {e.message}") from e
