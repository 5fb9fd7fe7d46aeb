"""All Cypher lives under graph/queries/: no other module of the packages holds a Cypher statement."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("ontology", "graph", "loaders", "api")
HOME = REPO / "graph" / "queries"
# The clauses that open a statement, as the project writes them (upper case, then a pattern or a call).
CYPHER = re.compile(
    r"\b(MATCH|MERGE|CREATE|OPTIONAL MATCH|UNWIND|DETACH DELETE)\s*[(\$`:]|\bCALL\s*[({]|\bCALL db\.|"
    r"\bCALL dbms\.|\bSHOW (CONSTRAINTS|INDEXES)\b|\bRETURN\s+\w+\s+AS\b|^RETURN 1\b|"
    r"\bCREATE (CONSTRAINT|INDEX|FULLTEXT INDEX)\b|\bDROP (INDEX|CONSTRAINT)\b"
)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(id(value))
    return found


def cypher_outside_home() -> list[str]:
    """`path:line` of every string literal outside graph/queries/ that reads as Cypher (docstrings aside)."""
    out = []
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            if HOME in path.parents:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _docstrings(tree)
            for node in ast.walk(tree):
                text = node.value if isinstance(node, ast.Constant) and id(node) not in skip else None
                if isinstance(text, str) and CYPHER.search(text):
                    out.append(f"{path.relative_to(REPO)}:{node.lineno}")
    return out


def test_no_cypher_outside_graph_queries() -> None:
    assert cypher_outside_home() == []


def test_the_check_finds_cypher() -> None:
    cypher = ("MATCH (n) RETURN n", "UNWIND $rows AS r", "CALL db.awaitIndexes($t)", "RETURN 1", "DROP INDEX")
    for text in cypher:
        assert CYPHER.search(text), text
    assert not CYPHER.search("a document without a symbol; CREATE ... IF NOT EXISTS makes it")
