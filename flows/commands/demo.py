"""``canmex demo [--db PATH]``: the ingest pass over the bundled sample, offline."""
from __future__ import annotations

import argparse
import sys

from flows.commands import add_db_option
from flows.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "demo", help="run the ingest pass over the bundled sample feeds, offline",
        description="Serve the bundled sample feeds and articles (English, Spanish, "
                    "French) on 127.0.0.1, run the same ingest pass as `canmex run` "
                    "against them (fetched over HTTP, extracted, stored), print the "
                    "summary and stop the server. Needs no network access.")
    add_db_option(parser)
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, settings: Settings) -> int:
    settings = settings.with_overrides(db=args.db)
    from flows.prefect_env import configure_prefect
    configure_prefect(verbose=bool(getattr(args, "verbose", False)))
    from flows.commands.run import print_summary
    from flows.demo import run_demo

    print("Running the ingest pass over the bundled sample (served on 127.0.0.1; the "
          "first run starts a local Prefect server, which takes a few seconds)...",
          file=sys.stdout, flush=True)
    result, _base = run_demo(settings)
    print_summary(result, db=settings.db, out=sys.stdout)
    return 0
