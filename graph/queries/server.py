"""The server's own Cypher: its name and version, a trivial read, the number of elements."""

from __future__ import annotations

from typing import LiteralString

COMPONENTS: LiteralString = (
    "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition"
)
PING: LiteralString = "RETURN 1 AS ok"
VERSION_PROBE: LiteralString = "RETURN 1"
ELEMENT_COUNT: LiteralString = (
    "CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } "
    "RETURN n + r AS total"
)
