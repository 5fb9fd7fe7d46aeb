"""The run log's Cypher: a LoadRun node per load, and the relationship that ties facts to it."""

from __future__ import annotations

from typing import LiteralString, cast

from ontology import mapping

# The run log is written by the writer itself, never by documents; both names are checked by the ontology.
RUN_LABEL = cast(LiteralString, mapping.label("LoadRun"))
RUN_REL = cast(LiteralString, mapping.rel_type("GENERATED_BY"))

START_RUN: LiteralString = f"CREATE (r:{RUN_LABEL} {{key: $key}}) SET r += $props RETURN r.key AS key"
FINISH_RUN: LiteralString = f"MATCH (r:{RUN_LABEL} {{key: $key}}) SET r += $props"
