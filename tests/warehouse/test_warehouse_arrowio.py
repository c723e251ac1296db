"""Arrow tables named for the statements of a block, then taken away again."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from warehouse.arrowio import arrow_result, registered

# Table names no Python variable here has: DuckDB would otherwise find the variable
# itself (its replacement scan of the caller's Arrow objects) once the name is gone.


def _names(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() UNION ALL "
        "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}


def test_registered_tables_are_readable_in_the_block_and_gone_after(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("CREATE TABLE kept (n INTEGER)")
    a = pa.table({"n": pa.array([1, 2, 3], pa.int32())})
    b = pa.table({"n": pa.array([3, 4], pa.int32())})
    with registered(con, {"_first": a, "_second": b}):
        con.execute("INSERT INTO kept SELECT n FROM _first UNION SELECT n FROM _second")
        both = arrow_result(con, "SELECT n FROM _first JOIN _second USING (n)")
        assert both.to_pylist() == [{"n": 3}]
    assert sorted(r[0] for r in con.execute("SELECT n FROM kept").fetchall()) == [1, 2, 3, 4]
    with pytest.raises(duckdb.CatalogException):
        con.execute("SELECT * FROM _first")
    with pytest.raises(duckdb.CatalogException):
        con.execute("SELECT * FROM _second")
    assert _names(con) == {"kept"}


def test_a_failing_statement_leaves_no_registered_table_behind(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    batch = pa.table({"n": pa.array([1], pa.int32())})
    with pytest.raises(duckdb.CatalogException), registered(con, {"_batch": batch}):
        con.execute("INSERT INTO missing SELECT n FROM _batch")
    with pytest.raises(duckdb.CatalogException):
        con.execute("SELECT * FROM _batch")
    # The same name serves the next batch on the same connection.
    with registered(con, {"_batch": batch}):
        assert con.execute("SELECT count(*) FROM _batch").fetchall() == [(1,)]
