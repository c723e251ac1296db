"""``canmex alerts``: the alert outbox and its channels.

- ``canmex alerts [--db PATH]`` lists alerts (newest first) with their meeting and
  delivery state;
- ``canmex alerts test`` sends a test notification on every configured channel and
  reports each one;
- ``canmex alerts digest [--date YYYY-MM-DD] [--db PATH]`` sends the day's digest (its
  meetings, coverage counts and notable figures) on the same channels.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from flows.commands import add_db_option
from flows.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "alerts", help="list alerts and their delivery; send a test or a daily digest",
        description="Alerts about new Canada–Mexico ministerial meetings, and meetings "
                    "announced then held, go to the console, a JSON webhook "
                    "(CANMEX_WEBHOOK_URL), Apprise URLs (CANMEX_NOTIFY_URLS, "
                    "space-separated) and a Prefect event canmex.meeting.detected. "
                    "Without a sub-command: list them with their delivery state "
                    "(pending, sent, failed; attempts; next attempt).")
    add_db_option(parser)
    parser.add_argument("--limit", type=int, default=50, help="alerts listed (default 50)")
    parser.set_defaults(func=list_handler)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    test = actions.add_parser(
        "test", help="send a test notification on every configured channel",
        description="Send a test notification on every configured channel (console, "
                    "webhook, each Apprise URL, Prefect event) and report, per channel, "
                    "whether it was delivered. Exit status 1 when any channel failed.")
    test.set_defaults(func=test_handler)
    dig = actions.add_parser(
        "digest", help="send a daily digest of meetings, coverage and figures",
        description="Send the digest of one day (default: yesterday, UTC) on every "
                    "configured channel: the day's Canada–Mexico ministerial meetings, "
                    "the count of relevant articles by language, and the largest amounts "
                    "reported. Exit status 1 when any channel failed.")
    dig.add_argument("--date", metavar="YYYY-MM-DD", default=None,
                     help="the day (default: yesterday, UTC)")
    add_db_option(dig, default=argparse.SUPPRESS)
    dig.set_defaults(func=digest_handler)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return "-".join(str(v) for v in value)
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "hour") else str(value)
    return str(value)


def format_alerts(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No alerts yet."
    header = ("ID", "CHANGE", "CHANNEL", "STATE", "TRIES", "NEXT TRY", "MEETING",
              "ARTICLES")
    lines = []
    for r in rows:
        meeting = " ".join(x for x in (
            _cell(r["countries"]), r["level"] or "", r["type"] or "",
            f"in {r['place']}" if r["place"] else "", _cell(r["date"]) if r["date"] else "",
            f"({r['meeting_status']})" if r["meeting_status"] else "") if x)
        lines.append((str(r["id"]), r["change"], r["channel"], r["status"],
                      str(r["attempts"]), _cell(r["next_attempt"]) if r["status"] ==
                      "pending" else "-", meeting, _cell(r["article_count"])))
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for line in lines:
        out.append("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    errors = [(r["id"], r["last_error"]) for r in rows if r["last_error"]]
    if errors:
        out.append("")
        out.extend(f"#{i}: {err}" for i, err in errors)
    return "\n".join(out)


def list_handler(args: argparse.Namespace, settings: Settings) -> int:
    from warehouse.meetings import list_alerts, outbox_counts
    from warehouse.store import open_warehouse

    db = args.db or settings.db
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con:
        rows = list_alerts(con, limit=args.limit)
        counts = outbox_counts(con)
    print(format_alerts(rows), file=sys.stdout)
    print(f"\n{counts['pending']} pending, {counts['sent']} sent, {counts['failed']} failed",
          file=sys.stdout)
    return 0


def _reports(reports: list[Any], out: TextIO) -> int:
    for r in reports:
        print(f"{r.channel:<28} {'ok    ' if r.ok else 'FAILED'} {r.message}", file=out)
    return 0 if all(r.ok for r in reports) else 1


def test_handler(args: argparse.Namespace, settings: Settings) -> int:
    from flows.prefect_env import configure_prefect
    configure_prefect(verbose=bool(getattr(args, "verbose", False)))
    from flows.alerts import send_test

    return _reports(send_test(settings), sys.stdout)


def digest_handler(args: argparse.Namespace, settings: Settings) -> int:
    from flows.prefect_env import configure_prefect
    configure_prefect(verbose=bool(getattr(args, "verbose", False)))
    from flows.alerts import digest_day, format_digest, send_digest

    day = digest_day(args.date)
    data, reports = send_digest(args.db or settings.db, settings, day)
    print(format_digest(data), file=sys.stdout)
    print("", file=sys.stdout)
    return _reports(reports, sys.stdout)
