"""``canmex sql "QUERY"``: read-only ad-hoc SQL against the warehouse."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from flows.settings import Settings
from warehouse.store import run_query

MAX_CELL = 60            # table format: longer values are cut, with an ellipsis


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "sql", help="run a read-only SQL query against the warehouse",
        description="Run read-only SQL (SELECT, EXPLAIN, PRAGMA, CALL) against the DuckDB "
                    "warehouse and print the result. Tables: feeds, articles, "
                    "article_feeds, fetch_failures, people, organizations, places, "
                    "topics, figures, quotes, events, event_participants, alerts; "
                    "view: ca_mx_ministerial_meetings.")
    parser.add_argument("query", metavar="QUERY",
                        help='the SQL to run, e.g. "SELECT count(*) FROM articles"')
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="the warehouse file (default: the `db` setting, "
                             "overridden by the CANMEX_DB environment variable)")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="output: an aligned text table (default), CSV with a "
                             "header row, or a JSON array of objects")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, settings: Settings) -> int:
    db = args.db or settings.db
    columns, rows = run_query(db, args.query, busy_timeout=settings.busy_timeout)
    FORMATS[args.format](columns, rows, sys.stdout)
    return 0


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _text(value: Any) -> str:
    """A cell as text: scalars as they print, lists and maps as JSON, NULL as empty."""
    if value is None:
        return ""
    if isinstance(value, dict | list | tuple):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def write_json(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], out: Any) -> None:
    data = [{c: _jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], out: Any) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_text(v) for v in row])


def _cell(value: Any) -> str:
    text = "NULL" if value is None else " ".join(_text(value).split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def write_table(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], out: Any) -> None:
    if not columns:
        out.write("OK\n")
        return
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [bool(rows) and all(isinstance(r[i], int | float | Decimal)
                                  and not isinstance(r[i], bool)
                                  for r in rows if r[i] is not None)
               for i in range(len(columns))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w)
                 for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    out.write(line(list(columns)) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(line(r) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


FORMATS: dict[str, Callable[[Sequence[str], Sequence[tuple[Any, ...]], Any], None]] = {
    "table": write_table, "csv": write_csv, "json": write_json}
