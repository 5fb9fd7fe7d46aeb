"""Layout: imports go one way (ontology <- graph <- loaders <- api); each library lives in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ORDER = ["ontology", "graph", "loaders", "api"]
# Each third-party library belongs to one package.
OWNERS = {
    "neo4j": "graph",
    "fastapi": "api",
    "uvicorn": "api",
    "starlette": "api",
    "pyshacl": "ontology",
    "pypdf": "loaders",
    "docx": "loaders",
    "pydantic_settings": "graph",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", ORDER)
def test_imports_go_one_way(package: str) -> None:
    higher = set(ORDER[ORDER.index(package) + 1 :])
    for path in (REPO / package).rglob("*.py"):
        wrong = _imports(path) & higher
        assert not wrong, f"{path.relative_to(REPO)} imports {sorted(wrong)} (upward)"


@pytest.mark.parametrize(("library", "owner"), sorted(OWNERS.items()))
def test_each_library_lives_in_one_package(library: str, owner: str) -> None:
    for package in ORDER:
        if package == owner:
            continue
        for path in (REPO / package).rglob("*.py"):
            assert library not in _imports(path), (
                f"{path.relative_to(REPO)} imports {library} (owner: {owner})"
            )
