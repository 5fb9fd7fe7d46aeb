"""Modules compiled by setup.py (mypyc) shadow their sources: none may be older than its source."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_compiled_module_is_older_than_its_source() -> None:
    stale = [
        str(so.relative_to(ROOT))
        for so in ROOT.glob("loaders/**/*.so")
        if (py := so.with_name(so.name.split(".")[0] + ".py")).is_file()
        and py.stat().st_mtime > so.stat().st_mtime
    ]
    assert not stale, f"edited since compiled, run `make install` (or delete them): {stale}"
