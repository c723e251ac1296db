"""Fixtures for the warehouse tests: a fresh DuckDB file per test (migrations applied)
and a real second process that holds it for writing."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.holder import WarehouseHolder as Holder

from warehouse.store import open_warehouse


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh warehouse file with the migrations applied."""
    path = tmp_path / "canmex.duckdb"
    with open_warehouse(path):
        pass
    return path


@pytest.fixture
def holder(db_path: Path, tmp_path: Path) -> Iterator[Holder]:
    h = Holder(db_path, tmp_path)
    try:
        yield h
    finally:
        if h.proc.poll() is None:
            h.release()
