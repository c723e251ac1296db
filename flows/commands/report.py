"""``canmex report [--since DATE] [--out FILE] [--db PATH]``: the trends as one HTML page."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from extractors.errors import ConfigError
from flows.commands import add_db_option
from flows.settings import Settings


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "report", help="write the trends as one self-contained HTML page with charts",
        description="Write one HTML page with charts of the warehouse's trends: coverage "
                    "over time by topic, the Canada–Mexico ministerial meetings timeline, "
                    "the most active officials and tone over time. Everything is inside "
                    "the file (inline SVG and styles, nothing downloaded), so it opens "
                    "offline in any browser. Reads the warehouse read-only.")
    parser.add_argument("--since", metavar="DATE", type=_day, default=None,
                        help="only coverage from DATE (YYYY-MM-DD) on; weekly charts start "
                             "at the week holding DATE (default: everything)")
    parser.add_argument("--out", metavar="FILE", default="report.html",
                        help="the HTML file to write (default: report.html)")
    add_db_option(parser)
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, settings: Settings) -> int:
    from flows.report import write_report
    db = args.db or settings.db
    try:
        data = write_report(db, args.out, since=args.since,
                            busy_timeout=settings.busy_timeout)
    except OSError as exc:
        raise ConfigError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    t = data.totals
    print(f"wrote {args.out}: {t.get('articles', 0)} articles "
          f"({t.get('relevant_articles', 0)} about Canada–Mexico relations), "
          f"{len(data.meetings)} ministerial meetings, {len(data.officials)} officials",
          file=sys.stdout)
    return 0
