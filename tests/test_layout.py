"""Layout: imports go one way (ontology <- graph <- loaders <- api); each library lives in one place."""

from __future__ import annotations

import ast
import sys
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
    "click": "api",
}
# Inside api/: the local services never reach up into the command line that drives them.
INNER_ORDER = ["api.services", "api.cli"]


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


def _dotted_imports(path: Path, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_api_subpackages_import_one_way() -> None:
    for lower, higher in zip(INNER_ORDER, INNER_ORDER[1:], strict=False):
        for path in (REPO / lower.replace(".", "/")).rglob("*.py"):
            wrong = {m for m in _dotted_imports(path) if m == higher or m.startswith(higher + ".")}
            assert not wrong, f"{path.relative_to(REPO)} imports {sorted(wrong)} (upward)"


def test_cli_modules_import_the_packages_inside_their_commands() -> None:
    """At module level a command module imports only Click, the standard library and api.cli itself."""
    for path in (REPO / "api" / "cli").glob("*.py"):
        for module in _dotted_imports(path, top_level_only=True):
            top = module.split(".")[0]
            allowed = top in {"click", *sys.stdlib_module_names} or module.startswith("api.cli")
            assert allowed, f"{path.relative_to(REPO)} imports {module} at module level"
