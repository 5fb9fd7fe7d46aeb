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
# Inside a package, its sub-packages (and modules) import one way too: lower ones never reach up.
# api/: the local services never reach up into the command line that drives them.
# loaders/: a document's flow, bytes to text (read), the reference data (gazetteer), facts (extract),
# graph records (records), writing (load); errors and settings sit below them all.
# loaders/records/: the builder, a document's key, its entities, its provisions, the conversion running them.
INNER_ORDERS = [
    ["api.services", "api.cli"],
    ["loaders.read", "loaders.gazetteer", "loaders.extract", "loaders.records", "loaders.load"],
    [
        "loaders.records.build",
        "loaders.records.document_keys",
        "loaders.records.entities",
        "loaders.records.provisions",
        "loaders.records.convert",
    ],
]


def _module_path(name: str) -> Path:
    base = REPO / name.replace(".", "/")
    return base if base.is_dir() else base.with_suffix(".py")


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


@pytest.mark.parametrize("order", INNER_ORDERS, ids=lambda o: o[0].rsplit(".", 1)[0])
def test_subpackages_import_one_way(order: list[str]) -> None:
    for k, lower in enumerate(order):
        base = _module_path(lower)
        assert base.exists(), f"{lower} is not in the tree"
        paths = base.rglob("*.py") if base.is_dir() else [base]
        for path in paths:
            wrong = {
                m
                for m in _dotted_imports(path)
                for higher in order[k + 1 :]
                if m == higher or m.startswith(higher + ".")
            }
            assert not wrong, f"{path.relative_to(REPO)} imports {sorted(wrong)} (upward)"


def test_loaders_has_no_module_outside_its_flow() -> None:
    """Every module of loaders/ is in one of the flow's rooms or is one of the shared two."""
    loose = {p.stem for p in (REPO / "loaders").glob("*.py")} - {
        "__init__",
        "errors",
        "settings",
        "load",
    }
    assert not loose, f"loaders/ modules outside read/, gazetteer/, extract/: {sorted(loose)}"


def test_cli_modules_import_the_packages_inside_their_commands() -> None:
    """At module level a command module imports only Click, the standard library and api.cli itself."""
    for path in (REPO / "api" / "cli").glob("*.py"):
        for module in _dotted_imports(path, top_level_only=True):
            top = module.split(".")[0]
            allowed = top in {"click", *sys.stdlib_module_names} or module.startswith("api.cli")
            assert allowed, f"{path.relative_to(REPO)} imports {module} at module level"


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_graph() -> dict[str, set[str]]:
    """Each product module -> the product modules it imports, anywhere in it (a lazy import too)."""
    names = {_module_name(p) for package in ORDER for p in (REPO / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for package in ORDER:
        for path in (REPO / package).rglob("*.py"):
            found: set[str] = set()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(a.name for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.update(f"{node.module}.{a.name}" for a in node.names)  # a module, if it is one
                    found.add(node.module)
            graph[_module_name(path)] = {m for m in found if m in names} - {_module_name(path)}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of the graph, or None (depth-first, iterative)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for root in sorted(graph):
        if root in state:
            continue
        path, stack = [root], [iter(sorted(graph[root]))]
        state[root] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph.get(nxt, ()))))
    return None


def test_no_module_imports_itself_round_a_circle() -> None:
    """No import cycle between modules, lazy imports inside functions included (they hide one)."""
    cycle = _cycle(_module_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
