"""The `kg` command with Click's runner: every command documented, usage errors, settings, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from api.cli import cli, main
from api.settings import get_settings
from graph.settings import get_neo4j_settings
from loaders.settings import get_loader_settings
from tests.conftest import REPO, SEED


def _commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


COMMANDS = dict(_commands(cli))


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    """Each test reads its settings from its own environment."""
    for cached in (get_settings, get_neo4j_settings, get_loader_settings):
        cached.cache_clear()
    yield
    for cached in (get_settings, get_neo4j_settings, get_loader_settings):
        cached.cache_clear()


def test_the_commands_of_the_brief_are_there() -> None:
    expected = {"neo4j start", "neo4j stop", "neo4j status", "neo4j provision", "graph check", "graph hash"}
    expected |= {"extract", "load", "unload", "export", "serve", "up", "validate"}
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert f"Usage: kg {name}" in result.output
    assert COMMANDS[name].help and len(COMMANDS[name].help) > 20
    if not isinstance(COMMANDS[name], click.Group):
        assert f"kg {name}" in (REPO / "README.md").read_text(encoding="utf-8"), f"README lacks `kg {name}`"


def test_no_command_is_a_usage_error() -> None:
    assert main([]) == 2
    assert main(["neo4j"]) == 2


def test_background_and_stop_exclude_each_other() -> None:
    result = CliRunner().invoke(cli, ["serve", "--background", "--stop"])
    assert result.exit_code == 2 and "exclude each other" in result.output


def test_a_bad_setting_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--stop"], env={"API_PORT": "0", "NEO4J_HOME": str(tmp_path)})
    assert result.exit_code == 2
    assert result.output == "error: setting API_PORT Input should be greater than or equal to 1\n"


def test_status_of_a_stopped_server_is_3(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["neo4j", "status"], env={"NEO4J_HOME": str(tmp_path)})
    assert result.exit_code == 3 and "Neo4j is not running" in result.output


def test_extract_summary_with_the_runner() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--format", "summary"])
    assert result.exit_code == 0 and "references:" in result.output


def test_max_file_bytes_is_the_default_limit_of_extract() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEED)], env={"MAX_FILE_BYTES": "1000"})
    assert result.exit_code == 2 and "size limit" in result.output


def test_extract_loads_neither_the_driver_nor_the_web_stack() -> None:
    probe = (
        "import sys; from api.cli import main;"
        "status = main(['extract', sys.argv[1], '--format', 'summary']);"
        "heavy = ('neo4j', 'fastapi', 'uvicorn', 'starlette', 'pyshacl');"
        "print(sorted(m for m in heavy if m in sys.modules)); sys.exit(status)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(SEED)], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
