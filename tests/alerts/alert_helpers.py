"""Helpers for the alert tests: read the warehouse, let a backoff elapse."""
from __future__ import annotations

from typing import Any

import duckdb


def query(db: str, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def let_backoff_elapse(db: str) -> None:
    """Time passes: every pending alert's next attempt is now due."""
    con = duckdb.connect(db)
    try:
        con.execute("UPDATE alerts SET next_attempt = next_attempt - INTERVAL 1 DAY "
                    "WHERE status = 'pending' AND next_attempt IS NOT NULL")
    finally:
        con.close()
