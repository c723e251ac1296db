"""``canmex export --format parquet DIR [--db PATH]``: every table as a Parquet file."""
from __future__ import annotations

import argparse
import sys

from flows.commands import add_db_option
from flows.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "export", help="write every warehouse table to DIR/<table>.parquet",
        description="Copy every table of the warehouse (articles, facts, feeds, "
                    "failures, alerts...) to DIR/<table>.parquet, for pandas, Polars, "
                    "Spark or a BI tool. Files are written aside and renamed into place, "
                    "so an existing export is replaced file by file. Reads the warehouse "
                    "read-only.")
    parser.add_argument("directory", metavar="DIR",
                        help="where to write the files (created if missing)")
    parser.add_argument("--format", choices=("parquet",), default="parquet",
                        help="file format (only parquet for now)")
    add_db_option(parser)
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, settings: Settings) -> int:
    from warehouse.store import open_warehouse
    from warehouse.trends import ensure_current, export_parquet
    db = args.db or settings.db
    ensure_current(db, busy_timeout=settings.busy_timeout)
    with open_warehouse(db, read_only=True, busy_timeout=settings.busy_timeout) as con:
        counts = export_parquet(con, args.directory)
    width = max((len(t) for t in counts), default=0)
    for table, rows in counts.items():
        print(f"{table.ljust(width)}  {rows:>8} rows", file=sys.stdout)
    print(f"wrote {len(counts)} tables to {args.directory}", file=sys.stdout)
    return 0
