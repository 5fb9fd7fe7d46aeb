"""`kg neo4j start` says where a generated password is, not the password; `kg graph stats` counts once."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from api.cli import cli
from api.services import neo4j_server
from api.settings import get_settings
from graph.hash import graph_counts


def test_a_generated_password_is_not_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setattr(neo4j_server, "provision", lambda *a, **k: None)
    monkeypatch.setattr(neo4j_server, "set_initial_password", lambda *a, **k: None)
    monkeypatch.setattr(neo4j_server, "start", lambda cfg: (4242, False))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["neo4j", "start"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    password = (tmp_path / ".env").read_text().split("NEO4J_PASSWORD=", 1)[1].strip()
    assert password and password not in result.output
    assert str(tmp_path / ".env") in result.output
    assert "already running (pid 4242)" in result.output


def test_stats_count_a_multi_label_node_once(clean_graph: neo4j.Driver) -> None:
    clean_graph.execute_query(
        "CREATE (:Document:PartyDocument {key: 'party/X/KL/1/2020-01-01'}), (:Body {key: 'body/vn/x'})"
    )
    counts = graph_counts(clean_graph)["node"]
    assert sum(counts.values()) == 2, counts
