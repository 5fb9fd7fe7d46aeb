"""`kg extract`: JSON on stdout, one `error:` line and exit 2 on a bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.cli import main
from tests.loaders.conftest import SEED


def test_extract_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["document"]["issuer"] == "Tỉnh ủy Quảng Ngãi" and len(data["references"]) >= 9


def test_extract_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--format", "summary"]) == 0
    assert "references:" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"", bytes(range(256)) * 10])
def test_bad_file_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_size_limit_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--max-bytes", "1000"]) == 2
    assert "size limit" in capsys.readouterr().err
