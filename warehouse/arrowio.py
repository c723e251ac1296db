"""Arrow tables into and out of DuckDB statements.

DuckDB reads a registered Arrow table in place: one statement writes a whole batch,
where ``executemany`` spends milliseconds on each row. ``registered`` names tables for
the statements of a block and always takes the names away again, so that a statement
that fails leaves no stale table behind on the connection for the next batch.
``arrow_result`` is the way back.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import duckdb
import pyarrow as pa


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, tables: Mapping[str, pa.Table]
               ) -> Iterator[None]:
    """Within the block, each table of ``tables`` can be read by its name in SQL.

    Read a SELECT's result in full inside the block: DuckDB cannot take a name away
    while a result is still being streamed from the connection."""
    named: list[str] = []
    try:
        for name, table in tables.items():
            con.register(name, table)
            named.append(name)
        yield
    finally:
        for name in reversed(named):
            con.unregister(name)


def arrow_result(con: duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    """The result of ``sql`` as Arrow."""
    rel = con.sql(sql)
    # DuckDB 1.4 and later name it to_arrow_table; earlier releases arrow().
    fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
    table: pa.Table = fetch()
    return table
