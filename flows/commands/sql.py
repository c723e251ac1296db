"""``canmex sql ["QUERY"]``: read-only ad-hoc SQL against the warehouse.

With a query, runs it and prints the result. Without one, reads queries from standard
input: at a terminal with a ``canmex>`` prompt, otherwise (piped input) silently. A
query ends with ``;`` at the end of a line (it may span several lines); what is left at
end of input runs too. ``.quit`` / ``.exit`` or end of input leaves; ``.help`` lists the
other dot-commands. Every query opens the warehouse for itself, so a prompt left open
never keeps a scheduled run from writing; a busy warehouse is waited for (bounded), then
reported in one line, and the prompt goes on.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from extractors.errors import CanmexError, ConfigError, WarehouseBusy, WarehouseError
from flows.commands import add_db_option
from flows.settings import Settings
from warehouse.store import run_query

MAX_CELL = 60            # table format: longer values are cut, with an ellipsis
PROMPT = "canmex> "
CONTINUE = "   ...> "
TEXT_FORMATS = ("table", "csv", "json")
VIEWS = ("ca_mx_ministerial_meetings, weekly_coverage_by_topic, "
         "weekly_coverage_by_language, meetings_timeline, official_activity_monthly, "
         "figures_over_time, tone_over_time, top_sources")
HELP = f"""Enter SQL ending with ';' (it may span lines). Read-only: SELECT, EXPLAIN,
PRAGMA, CALL. Views: {VIEWS}.
  .tables           list tables and views
  .format FORMAT    table, csv or json for what follows
  .help             this text
  .quit / .exit     leave (end of input, Ctrl-D, does too)
"""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "sql", help="run read-only SQL against the warehouse (a prompt without a query)",
        description="Run read-only SQL (SELECT, EXPLAIN, PRAGMA, CALL) against the DuckDB "
                    "warehouse and print the result. Tables: feeds, articles, "
                    "article_feeds, fetch_failures, people, organizations, places, "
                    "topics, figures, quotes, events, event_participants, alerts; "
                    f"views: {VIEWS}. Without QUERY, reads queries from standard input "
                    "(a prompt at a terminal), each ending with ';'; .quit or end of "
                    "input leaves. While a scheduled run is writing, each query waits up "
                    "to the busy_timeout setting, then says the warehouse is busy.")
    parser.add_argument("query", metavar="QUERY", nargs="?", default=None,
                        help='the SQL to run, e.g. "SELECT count(*) FROM articles"; '
                             "omit it for a prompt")
    add_db_option(parser)
    parser.add_argument("--format", choices=(*TEXT_FORMATS, "parquet"), default="table",
                        help="output: an aligned text table (default), CSV with a "
                             "header row, a JSON array of objects, or a Parquet file "
                             "(needs --out; keeps the column types)")
    parser.add_argument("--out", metavar="FILE", default=None,
                        help="write the result to FILE instead of standard output "
                             "(required for parquet)")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, settings: Settings) -> int:
    db = args.db or settings.db
    if args.format == "parquet" and not args.out:
        raise ConfigError("--format parquet writes a file: give it with --out FILE")
    if args.format == "parquet" and args.query is None:
        raise ConfigError("--format parquet needs a QUERY")
    if args.query is None:
        try:
            _bring_up_to_date(db, settings.busy_timeout)
        except WarehouseBusy:
            pass                      # each query waits, and says so, by itself
        return interactive(db, args.format, settings.busy_timeout, sys.stdin, sys.stdout,
                           sys.stderr, prompt=sys.stdin.isatty())
    _bring_up_to_date(db, settings.busy_timeout)
    if args.format == "parquet":
        from warehouse.trends import query_arrow
        write_parquet(query_arrow(db, args.query, busy_timeout=settings.busy_timeout),
                      Path(args.out))
        return 0
    columns, rows = run_query(db, args.query, busy_timeout=settings.busy_timeout)
    if args.out:
        with Path(args.out).open("w", encoding="utf-8", newline="") as fh:
            FORMATS[args.format](columns, rows, fh)
    else:
        FORMATS[args.format](columns, rows, sys.stdout)
    return 0


def _bring_up_to_date(db: str, busy_timeout: float) -> None:
    """Give a warehouse written by an older canmex the views of newer migrations. A
    missing or unreadable file is left alone (the query then says what is wrong); a busy
    one raises WarehouseBusy after the bounded wait."""
    from warehouse.trends import ensure_current
    try:
        ensure_current(db, busy_timeout=busy_timeout)
    except WarehouseError:
        pass


def write_parquet(table: Any, out: Path) -> None:
    import pyarrow.parquet as pq
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        pq.write_table(table, tmp)
    except OSError as exc:
        raise ConfigError(f"cannot write {out}: {exc}") from exc
    tmp.replace(out)


def _statements(lines: TextIO, out: TextIO, prompt: bool) -> Any:
    """Yield each complete query or dot-command read from ``lines``."""
    buffer: list[str] = []
    while True:
        if prompt:
            out.write(CONTINUE if buffer else PROMPT)
            out.flush()
        line = lines.readline()
        if not line:
            if prompt:
                out.write("\n")
            break
        text = line.strip()
        if not buffer and text.startswith("."):
            yield text
            continue
        if not buffer and not text:
            continue
        buffer.append(line.rstrip("\n"))
        if text.endswith(";"):
            yield "\n".join(buffer)
            buffer = []
    if any(part.strip() for part in buffer):
        yield "\n".join(buffer)


def interactive(db: str, fmt: str, busy_timeout: float, lines: TextIO, out: TextIO,
                err: TextIO, *, prompt: bool) -> int:
    """The prompt: run each query read from ``lines``; 0 if all ran, else 2."""
    if prompt:
        out.write(f"canmex sql on {db}: read-only; end queries with ';', .help for help, "
                  ".quit to leave\n")
    failed = False
    for statement in _statements(lines, out, prompt):
        if statement.startswith("."):
            word, _, rest = statement.partition(" ")
            if word in (".quit", ".exit", ".q"):
                break
            if word == ".help":
                out.write(HELP)
            elif word == ".format" and rest.strip() in TEXT_FORMATS:
                fmt = rest.strip()
            elif word == ".tables":
                statement = ("SELECT table_name AS name, lower(table_type) AS kind "
                             "FROM information_schema.tables WHERE table_schema = 'main' "
                             "ORDER BY kind, name")
            else:
                err.write(f"canmex: unknown command {statement!r} (try .help; formats: "
                          f"{', '.join(TEXT_FORMATS)})\n")
                failed = True
            if not statement.startswith("SELECT"):
                continue
        try:
            columns, rows = run_query(db, statement, busy_timeout=busy_timeout)
        except CanmexError as exc:
            err.write(f"canmex: {exc}\n")
            err.flush()
            failed = True
            continue
        FORMATS[fmt](columns, rows, out)
        out.flush()
    return 2 if failed and not prompt else 0


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
