"""Fixtures for the trend tests: a warehouse built from hand-made articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from trend_builders import build_warehouse

import flows.cli


@pytest.fixture
def trend_db(tmp_path: Path) -> Path:
    """A fresh warehouse (every migration applied) holding the sample articles."""
    return build_warehouse(tmp_path / "canmex.duckdb")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI with this issue's commands only, and no CANMEX_DB from the environment."""
    monkeypatch.setattr(flows.cli, "COMMANDS", ("sql", "report", "export"))
    monkeypatch.delenv("CANMEX_DB", raising=False)
    monkeypatch.delenv("CANMEX_BUSY_TIMEOUT", raising=False)
