"""``canmex run [--feeds FILE] [--db PATH]``: one ingest pass, then a summary."""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from flows.commands import add_db_option
from flows.settings import Settings

if TYPE_CHECKING:
    from flows.ingest import RunSummary

MAX_LISTED = 5           # errors / meetings listed before "... and N more"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "run", help="poll the feeds once and store new articles in the warehouse",
        description="One ingest pass as a Prefect flow: poll every feed of the feeds "
                    "file, fetch each new article, take out its full text, run the "
                    "extraction and append everything to the DuckDB warehouse. Ends with "
                    "a summary. Exit status 0 when the pass completed, even if some feeds "
                    "failed (they are listed); non-zero when it could not run.")
    parser.add_argument("--feeds", metavar="FILE", default=None,
                        help="feeds file, TOML with one [[feeds]] table per feed "
                             "(default: the `feeds` setting / CANMEX_FEEDS, else the "
                             "bundled seeds/feeds.toml)")
    add_db_option(parser)
    parser.add_argument("--due", action="store_true",
                        help="poll only the feeds whose next poll has come, as the "
                             "scheduled runs of `canmex serve` do (default: every enabled "
                             "feed, except one that asked to wait with Retry-After)")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, settings: Settings) -> int:
    settings = settings.with_overrides(feeds=args.feeds, db=args.db)
    from flows.prefect_env import configure_prefect
    configure_prefect(verbose=bool(getattr(args, "verbose", False)))
    from flows.ingest import run_ingest  # imports Prefect: keep `canmex --help` fast

    result = run_ingest(settings.feeds_path, settings.db, settings,
                        due_only=bool(getattr(args, "due", False)))
    print_summary(result, db=settings.db, out=sys.stdout)
    return 0


def _listed(lines: list[str], items: list[str], indent: str = "    ") -> None:
    for item in items[:MAX_LISTED]:
        lines.append(f"{indent}{item}")
    if len(items) > MAX_LISTED:
        lines.append(f"{indent}... and {len(items) - MAX_LISTED} more")


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_summary(result: RunSummary, *, db: str) -> str:
    """The one-screen summary printed after a pass."""
    r = result
    changed = r.feeds_polled - r.feeds_unchanged - r.feeds_failed
    lines = [
        f"Feeds     {r.feeds_polled} polled: {changed} with news, "
        f"{r.feeds_unchanged} unchanged, {r.feeds_failed} failed"
        + (f" ({r.feeds_deferred} not due yet)" if r.feeds_deferred else "")
        + (f"; {r.feeds_retired} retired, not polled" if r.feeds_retired else ""),
        f"Articles  {r.articles_new} new, {r.articles_known} already known, "
        f"{r.articles_failed} failed"
        + (f" ({r.articles_from_summary} from the feed summary only)"
           if r.articles_from_summary else ""),
        f"Relevant  {r.relevant} of the new articles are about Canada–Mexico relations",
        f"Meetings  {r.new_meetings} new Canada–Mexico ministerial/leaders meeting"
        + ("" if r.new_meetings == 1 else "s")
        + (f"; reported in this pass ({len(r.meetings)} reports):" if r.meetings else ""),
    ]
    _listed(lines, [_short(m) for m in r.meetings])
    if r.feed_errors:
        lines.append("Feed errors:")
        _listed(lines, [_short(err) for _, err in r.feed_errors])
    if r.article_errors:
        lines.append("Article errors:")
        _listed(lines, [_short(err) for _, err in r.article_errors])
    if r.spool_loaded:
        lines.append(f"Loaded {r.spool_loaded} articles kept from an earlier run "
                     "(the warehouse was busy then).")
    if r.spooled:
        lines.append(f"The warehouse was busy: {len(r.spooled)} batch(es) kept in "
                     f"{db}.spool/ and loaded by the next run.")
    if not r.states_saved:
        lines.append("The warehouse was busy at the end: feed states not saved; the next "
                     "run reads every feed again.")
    t = r.totals
    if t:
        lines.append("")
        lines.append(
            f"Warehouse {db}: {t.get('articles', 0)} articles "
            f"({t.get('relevant_articles', 0)} relevant), {t.get('people', 0)} people, "
            f"{t.get('organizations', 0)} organisations, {t.get('places', 0)} places, "
            f"{t.get('figures', 0)} figures, {t.get('quotes', 0)} quotes, "
            f"{t.get('events', 0)} events, "
            f"{t.get('ca_mx_ministerial_meetings', 0)} CA–MX meetings, "
            f"{t.get('alerts', 0)} alerts")
    lines.append("")
    db_opt = "" if db == "canmex.duckdb" else f" --db {db}"
    lines.append("Next: canmex sql \"SELECT title, source, published FROM articles "
                 f"WHERE relevant ORDER BY published DESC LIMIT 10\"{db_opt}")
    return "\n".join(lines)


def print_summary(result: RunSummary, *, db: str, out: TextIO) -> None:
    print(format_summary(result, db=db), file=out)
