"""Reading the warehouse out: the trend views, query results as Arrow, Parquet export.

- :func:`ensure_current` brings a warehouse written by an older canmex up to date (a
  writable open applies the pending migrations, e.g. the trend views of 003), so that
  read-only commands can rely on every view existing.
- :func:`report_data` runs the queries behind ``canmex report`` over the views of
  ``migrations/003_trend_views.sql`` and returns plain values (a :class:`ReportData` of
  lists of dicts), which the rendering code turns into HTML without touching DuckDB.
- :func:`query_arrow` is ``run_query`` for ``canmex sql --format parquet``: the same
  read-only rules, but the result keeps DuckDB's column types (an Arrow table).
- :func:`export_parquet` copies every table to ``DIR/<table>.parquet`` with DuckDB's COPY.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from extractors.errors import WarehouseError
from warehouse.migrate import applied_versions, available_migrations
from warehouse.store import (
    FACT_KEYS,
    first_line,
    missing_warehouse,
    open_warehouse,
    read_only_statements,
)

log = logging.getLogger(__name__)

# Bookkeeping, not data: left out of exports.
INTERNAL_TABLES = frozenset({"schema_migrations"})

TOP_OFFICIALS = 12


def ensure_current(path: str | Path, *, busy_timeout: float = 10.0) -> list[int]:
    """Apply the migrations a warehouse file lacks; return their versions (often none).

    Checks read-only first, so an up-to-date file is never opened for writing. A missing
    file is a :class:`WarehouseError`; a busy one waits up to ``busy_timeout`` seconds,
    then raises ``WarehouseBusy``.
    """
    path = Path(path)
    if not path.exists():
        raise missing_warehouse(path)
    wanted = {m.version for m in available_migrations()}
    with open_warehouse(path, read_only=True, busy_timeout=busy_timeout) as con:
        pending = sorted(wanted - set(applied_versions(con)))
    if pending:
        log.info("bringing %s up to date: migrations %s", path, pending)
        with open_warehouse(path, busy_timeout=busy_timeout):
            pass
    return pending


# --------------------------------------------------------------------------- report

@dataclass(frozen=True)
class ReportData:
    """Everything ``canmex report`` draws, as plain values.

    ``coverage``: {week, topic, articles} (relevant articles per week and topic);
    ``tone``: {week, articles, avg_tone, warm, neutral, cool};
    ``meetings``: the Canada–Mexico ministerial meetings of ``meetings_timeline``
    ({event_key, day, date, type, level, status, place, participants, articles, sources});
    ``officials``: the most active officials {name, country, role, title, meetings,
    quotes}; ``totals``: {articles, relevant_articles, sources, languages, meetings_held,
    meetings_planned, first_day, last_day}.
    """

    since: date | None
    coverage: list[dict[str, Any]] = field(default_factory=list)
    tone: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    officials: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, Any] = field(default_factory=dict)


def _dicts(con: duckdb.DuckDBPyConnection, sql: str,
           params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    try:
        cur = con.execute(sql, list(params))
    except duckdb.Error as exc:
        raise WarehouseError(f"report query failed: {first_line(exc)}") from exc
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def report_data(con: duckdb.DuckDBPyConnection, since: date | None = None,
                *, top_officials: int = TOP_OFFICIALS) -> ReportData:
    """The report's numbers, from ``since`` on (charts by week start at the week holding
    ``since``, monthly activity at its month; meetings and totals from that day)."""
    first = since or date(1, 1, 1)
    coverage = _dicts(con, """
        SELECT week, topic, relevant_articles AS articles
        FROM weekly_coverage_by_topic
        WHERE relevant_articles > 0 AND week >= CAST(date_trunc('week', ?::DATE) AS DATE)
        ORDER BY week, topic""", [first])
    tone = _dicts(con, """
        SELECT week, articles, avg_tone, warm, neutral, cool
        FROM tone_over_time
        WHERE week >= CAST(date_trunc('week', ?::DATE) AS DATE)
        ORDER BY week""", [first])
    meetings = _dicts(con, """
        SELECT event_key, day, date, type, level, status, place, countries, participants,
               articles, sources, first_reported, last_reported
        FROM meetings_timeline
        WHERE ca_mx_ministerial AND day >= ?::DATE
        ORDER BY day, event_key""", [first])
    officials = _dicts(con, """
        SELECT name, mode(country) AS country, any_value(role) AS role,
               any_value(title) AS title,
               CAST(sum(meetings) AS BIGINT) AS meetings,
               CAST(sum(quotes) AS BIGINT) AS quotes
        FROM official_activity_monthly
        WHERE month >= CAST(date_trunc('month', ?::DATE) AS DATE)
        GROUP BY name
        ORDER BY sum(meetings) + sum(quotes) DESC, sum(meetings) DESC, name
        LIMIT ?""", [first, top_officials])
    totals_rows = _dicts(con, """
        WITH a AS (
            SELECT *, coalesce(published, CAST(timezone('UTC', fetched_at) AS DATE)) AS day
            FROM articles)
        SELECT count(*) AS articles,
               count(*) FILTER (WHERE relevant) AS relevant_articles,
               count(DISTINCT coalesce(source, site_name)) AS sources,
               list(DISTINCT language ORDER BY language)
                   FILTER (WHERE language IS NOT NULL) AS languages,
               min(day) AS first_day, max(day) AS last_day
        FROM a WHERE day >= ?::DATE""", [first])
    totals = totals_rows[0] if totals_rows else {}
    totals["languages"] = list(totals.get("languages") or [])
    totals["meetings_held"] = sum(1 for m in meetings if m["status"] == "held")
    totals["meetings_planned"] = sum(1 for m in meetings if m["status"] != "held")
    for m in meetings:
        m["participants"] = list(m["participants"] or [])
        m["countries"] = list(m["countries"] or [])
    return ReportData(since=since, coverage=coverage, tone=tone, meetings=meetings,
                      officials=officials, totals=totals)


# --------------------------------------------------------------------------- ad-hoc SQL

def query_arrow(path: str | Path, sql: str, *, busy_timeout: float = 10.0) -> pa.Table:
    """Run read-only SQL like ``store.run_query``, returning the last statement's result
    as an Arrow table with DuckDB's column types (dates, timestamps, lists, decimals)."""
    path = Path(path)
    if not path.exists():
        raise missing_warehouse(path)
    with open_warehouse(path, read_only=True, busy_timeout=busy_timeout) as con:
        con.execute("SET enable_external_access = false")
        statements = read_only_statements(con, sql)
        table: pa.Table | None = None
        for statement in statements:
            try:
                rel = con.sql(statement.query)
                table = None if rel is None else _to_arrow(rel)
            except duckdb.Error as exc:
                raise WarehouseError(f"query failed: {first_line(exc)}") from exc
        if table is None:
            raise WarehouseError("the last statement returned no result to write")
        return table


def _to_arrow(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    # DuckDB 1.4 and later name it to_arrow_table; earlier releases arrow().
    convert = getattr(rel, "to_arrow_table", None) or rel.arrow
    return convert()


# --------------------------------------------------------------------------- export

def public_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The warehouse's data tables (views and bookkeeping left out), by name."""
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()
    return [r[0] for r in rows if r[0] not in INTERNAL_TABLES]


def export_parquet(con: duckdb.DuckDBPyConnection, directory: str | Path) -> dict[str, int]:
    """Write every data table to ``directory/<table>.parquet``; return rows per table.

    Each file is written beside its final name and renamed into place, so a reader never
    sees half a file, and an existing export is replaced table by table. Rows are in
    primary-key order where the table has one, fact rows by article and position (files
    of an unchanged table are equal).
    """
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"cannot create the export directory {directory}: "
                             f"{exc.strerror or exc}") from exc
    counts: dict[str, int] = {}
    for table in public_tables(con):
        final = directory / f"{table}.parquet"
        tmp = directory / f".{table}.parquet.tmp"
        order = _key_columns(con, table)
        order_by = f" ORDER BY {', '.join(order)}" if order else ""
        quoted = str(tmp).replace("'", "''")
        try:
            row = con.execute(f'COPY (SELECT * FROM "{table}"{order_by}) TO \'{quoted}\' '
                              "(FORMAT parquet, COMPRESSION zstd)").fetchone()
        except duckdb.Error as exc:
            tmp.unlink(missing_ok=True)
            raise WarehouseError(f"exporting {table} failed: {first_line(exc)}") from exc
        os.replace(tmp, final)
        counts[table] = int(row[0]) if row else 0
        log.info("exported %s: %d rows to %s", table, counts[table], final)
    return counts


def _key_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() "
        "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'", [table]).fetchall()
    columns = rows[0][0] if rows else FACT_KEYS.get(table, ())
    return [f'"{c}"' for c in columns]
