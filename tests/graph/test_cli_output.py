"""`kg neo4j start` says where a generated password is, not the password; `kg graph stats` counts once."""

from __future__ import annotations

import argparse
from pathlib import Path

import neo4j
import pytest

from graph import cli
from graph.hash import graph_counts
from graph.settings import get_settings


def test_a_generated_password_is_not_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setattr(cli.server, "provision", lambda *a, **k: None)
    monkeypatch.setattr(cli.server, "set_initial_password", lambda *a, **k: None)
    monkeypatch.setattr(cli.server, "start", lambda cfg: (4242, False))
    get_settings.cache_clear()
    try:
        assert cli._start(argparse.Namespace()) == 0
    finally:
        get_settings.cache_clear()
    password = (tmp_path / ".env").read_text().split("NEO4J_PASSWORD=", 1)[1].strip()
    out = capsys.readouterr().out
    assert password and password not in out
    assert str(tmp_path / ".env") in out


def test_stats_count_a_multi_label_node_once(clean_graph: neo4j.Driver) -> None:
    clean_graph.execute_query(
        "CREATE (:Document:PartyDocument {key: 'party/X/KL/1/2020-01-01'}), (:Body {key: 'body/vn/x'})"
    )
    counts = graph_counts(clean_graph)["node"]
    assert sum(counts.values()) == 2, counts
