"""Busy handling against a real second process, and read-only enforcement."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from warehouse_builders import make_record

from extractors.errors import WarehouseBusy, WarehouseError
from warehouse.store import BUSY_MESSAGE, append_articles, open_warehouse, run_query


@pytest.mark.parametrize("read_only", [False, True])
def test_busy_file_raises_warehouse_busy_after_the_bounded_wait(
        db_path: Path, holder, read_only: bool) -> None:
    started = time.monotonic()
    with pytest.raises(WarehouseBusy) as info:
        with open_warehouse(db_path, busy_timeout=0.5, read_only=read_only):
            pass
    waited = time.monotonic() - started
    assert str(info.value) == BUSY_MESSAGE.format(path=db_path)
    assert str(info.value) == (f"the warehouse {db_path} is busy: another canmex process "
                               "is writing; try again shortly")
    assert waited >= 0.5                 # it retried for the whole budget ...
    assert waited < 30                   # ... and then gave up (bounded, not forever)


def test_run_query_on_a_busy_file(db_path: Path, holder) -> None:
    with pytest.raises(WarehouseBusy, match="is busy"):
        run_query(db_path, "SELECT 1", busy_timeout=0.2)


def test_open_succeeds_once_the_other_process_lets_go(db_path: Path, holder) -> None:
    holder.release()
    with open_warehouse(db_path, busy_timeout=30) as con:
        assert append_articles(con, [make_record()]) == 1


def test_the_file_is_released_when_the_block_ends(db_path: Path, tmp_path: Path) -> None:
    from support.holder import WarehouseHolder as Holder
    with open_warehouse(db_path) as con:
        append_articles(con, [make_record()])
    other = Holder(db_path, tmp_path)         # a second process can now take it
    other.release()


def test_read_only_open_of_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "canmex.duckdb"
    with pytest.raises(WarehouseError, match="no warehouse at"):
        with open_warehouse(missing, read_only=True):
            pass
    with pytest.raises(WarehouseError, match="no warehouse at"):
        run_query(missing, "SELECT 1")
    assert not missing.parent.exists()


def test_not_a_duckdb_file_is_a_warehouse_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 300)
    with pytest.raises(WarehouseError, match="cannot open the warehouse"):
        with open_warehouse(junk):
            pass


@pytest.mark.parametrize("sql", [
    "INSERT INTO feeds (url) VALUES ('https://x.example/rss')",
    "UPDATE articles SET title = 'x'",
    "DELETE FROM articles",
    "DROP TABLE articles",
    "CREATE TABLE t (x INTEGER)",
    "ALTER TABLE articles ADD COLUMN y INTEGER",
    "SELECT 1; DELETE FROM articles",
    "COPY articles TO 'out.csv'",
    "ATTACH 'other.duckdb' AS other",
])
def test_canmex_sql_is_read_only(db_path: Path, sql: str) -> None:
    with open_warehouse(db_path) as con:
        append_articles(con, [make_record()])
    with pytest.raises(WarehouseError, match="^canmex sql is read-only"):
        run_query(db_path, sql)
    assert run_query(db_path, "SELECT count(*) FROM articles") == (["count_star()"], [(1,)])


def test_canmex_sql_cannot_reach_other_files(db_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n1,2\n")
    with pytest.raises(WarehouseError, match="query failed"):
        run_query(db_path, f"SELECT * FROM read_csv('{secret}')")


def test_run_query_returns_columns_and_rows(db_path: Path) -> None:
    with open_warehouse(db_path) as con:
        append_articles(con, [make_record()])
    columns, rows = run_query(
        db_path, "SELECT event_key, status FROM ca_mx_ministerial_meetings ORDER BY 1")
    assert columns == ["event_key", "status"]
    assert rows == [("2026-03-03:CA-MX:joly-ebrard", "held"),
                    ("2026:CA-MX-US:summit", "planned")]
    assert run_query(db_path, "SELECT 1 AS a; SELECT 2 AS b") == (["b"], [(2,)])
    with pytest.raises(WarehouseError, match="query failed"):
        run_query(db_path, "SELECT * FROM no_such_table")
    with pytest.raises(WarehouseError, match="bad SQL"):
        run_query(db_path, "SELEKT 1")
    with pytest.raises(WarehouseError, match="no SQL"):
        run_query(db_path, "  ")
