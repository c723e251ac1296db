"""``canmex feeds``: every feed the warehouse knows, its health and its schedule.

- ``canmex feeds [--db PATH]`` lists feeds: health (ok, new, failing, moved, disabled,
  retired), last success, next poll, items seen, consecutive errors, last error;
- ``canmex feeds enable URL [--db PATH]`` turns a feed disabled after repeated failures
  back on, due at the next pass.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime

from extractors.errors import ConfigError
from flows.commands import add_db_option
from flows.settings import Settings
from warehouse.records import FeedState

MAX_ERROR = 100


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "feeds", help="list feeds: health, last success, next poll, items seen",
        description="List every feed polled so far with its health: ok; new (not polled "
                    "yet); failing (its last polls failed, backing off); moved (polled at "
                    "the address it redirected to for good); disabled (too many failures "
                    "in a row, see `canmex feeds enable`); retired (HTTP 410 Gone). Then "
                    "its last success, its next poll (each feed's interval adapts: "
                    "shorter while it has news, longer while it doesn't), the items it "
                    "has listed, its consecutive errors and its last error.")
    add_db_option(parser)
    parser.set_defaults(func=list_handler)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    enable = actions.add_parser(
        "enable", help="turn a disabled feed back on",
        description="Turn a feed disabled after repeated failures back on: its error "
                    "count is reset and it is polled at the next pass. Exit status 2 when "
                    "the warehouse has no such feed.")
    enable.add_argument("url", metavar="URL", help="the feed's URL, as listed")
    add_db_option(enable, default=argparse.SUPPRESS)
    enable.set_defaults(func=enable_handler)


def _when(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "-"
    return value.strftime("%Y-%m-%d %H:%M")


def format_feeds(states: list[FeedState], now: datetime) -> str:
    from flows.schedule import health

    if not states:
        return "No feeds yet: run `canmex run` first."
    header = ("HEALTH", "LAST SUCCESS", "NEXT POLL", "ITEMS", "ERRORS", "FEED")
    rows = []
    for s in states:
        state = health(s)
        due = "-" if state in ("disabled", "retired") else (
            "now" if s.next_poll is None or s.next_poll <= now else _when(s.next_poll, now))
        feed = s.url + (f" -> {s.moved_to}" if s.moved_to else "")
        rows.append((state, _when(s.last_success, now), due, str(s.items_seen),
                     str(s.error_count), feed))
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in rows]
    errors = [(s.url, s.last_error) for s in states if s.last_error]
    if errors:
        out.append("")
        out.append("Last errors:")
        for url, err in errors:
            text = err if len(err) <= MAX_ERROR else err[: MAX_ERROR - 1] + "…"
            out.append(f"  {url}: {text}")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    out.append("")
    out.append(f"{len(states)} feeds: " + ", ".join(f"{n} {h}" for h, n in counts.items()))
    return "\n".join(out)


def list_handler(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC

    from warehouse.store import all_feed_states, open_warehouse

    db = args.db or settings.db
    with open_warehouse(db, busy_timeout=settings.busy_timeout, read_only=True) as con:
        states = all_feed_states(con)
    print(format_feeds(states, datetime.now(UTC)), file=sys.stdout)
    return 0


def enable_handler(args: argparse.Namespace, settings: Settings) -> int:
    from warehouse.store import enable_feed, open_warehouse

    db = getattr(args, "db", None) or settings.db
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con:
        found = enable_feed(con, args.url)
    if not found:
        raise ConfigError(f"no feed {args.url} in {db} (see `canmex feeds`)")
    print(f"enabled {args.url}: polled at the next pass", file=sys.stdout)
    return 0
