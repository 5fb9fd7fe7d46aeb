"""`kg validate`: the corpus, loaded in the real Neo4j or read from its files, conforms to the shapes."""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest
from click.testing import CliRunner

from api.cli import cli
from graph.schema import apply_schema
from graph.settings import get_neo4j_settings
from loaders.load import load_paths
from tests.conftest import CORPUS, Neo4jInstance

pytestmark = pytest.mark.slow


@pytest.fixture
def env(neo4j_server: Neo4jInstance) -> Iterator[dict[str, str]]:
    get_neo4j_settings.cache_clear()
    yield {"NEO4J_URI": neo4j_server.uri, "NEO4J_PASSWORD": neo4j_server.password, "NEO4J_DATABASE": "neo4j"}
    get_neo4j_settings.cache_clear()


@pytest.fixture
def corpus(clean_graph: neo4j.Driver) -> neo4j.Driver:
    apply_schema(clean_graph)
    report = load_paths(clean_graph, [CORPUS], progress=False)
    assert report.written and not report.failed, report.lines()
    return clean_graph


def test_the_loaded_corpus_conforms(corpus: neo4j.Driver, env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["validate"], env=env)
    assert result.output == "the graph conforms to the shapes\n"
    assert result.exit_code == 0


def test_a_violation_is_one_line_a_summary_and_exit_1(corpus: neo4j.Driver, env: dict[str, str]) -> None:
    corpus.execute_query("MATCH (p:Project) WITH p LIMIT 1 SET p.status = 'planning'")
    result = CliRunner().invoke(cli, ["validate"], env=env)
    assert result.exit_code == 1
    *lines, summary = result.output.splitlines()
    assert len(lines) == 1 and "kg:status" in lines[0] and "planning" in lines[0], result.output
    assert summary == "the graph: 1 violation(s) on 1 node(s)"


def test_the_corpus_files_conform_before_loading() -> None:
    result = CliRunner().invoke(cli, ["validate", str(CORPUS)])
    assert result.exit_code == 0, result.output
    files = sorted(CORPUS.rglob("*.txt"))
    assert result.output.count("conforms to the shapes") == len(files)
