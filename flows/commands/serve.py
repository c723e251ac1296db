"""``canmex serve [--feeds FILE] [--db PATH] [--interval SECONDS | --cron EXPR]``: run
canmex in the background, as Prefect deployments served from this process."""
from __future__ import annotations

import argparse
import signal
from types import FrameType

from flows.commands import add_db_option
from flows.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "serve", help="keep running: scheduled ingest passes, alert delivery, daily digest",
        description="Run canmex in the background: serve, from this process, Prefect "
                    "deployments for an ingest pass over the feeds that are due (every "
                    "`serve_interval` seconds, default 900, or `serve_cron`), alert "
                    "delivery (every 5 minutes), the daily digest (07:00 UTC) and the "
                    "HTML report, rewritten on every canmex.meeting.detected event. Runs "
                    "never overlap on the warehouse; late runs do not pile up. Uses the "
                    "Prefect server at PREFECT_API_URL, else starts one on 127.0.0.1 for "
                    "as long as it runs. Stop it with Ctrl-C or SIGTERM (exit status 0).")
    parser.add_argument("--feeds", metavar="FILE", default=None,
                        help="feeds file (default: the `feeds` setting / CANMEX_FEEDS, "
                             "else the bundled seeds/feeds.toml)")
    add_db_option(parser)
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--interval", metavar="SECONDS", type=float, default=None,
                      help="seconds between ingest passes (default: `serve_interval`, "
                           "CANMEX_SERVE_INTERVAL, 900)")
    when.add_argument("--cron", metavar="EXPR", default=None,
                      help="a cron expression for ingest passes instead, in UTC "
                           "(default: `serve_cron`, CANMEX_SERVE_CRON)")
    parser.set_defaults(func=handler)


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt       # until Prefect's runner installs its own handler


def handler(args: argparse.Namespace, settings: Settings) -> int:
    import os

    settings = settings.with_overrides(feeds=args.feeds, db=args.db,
                                       serve_interval=args.interval,
                                       serve_cron="" if args.interval else args.cron)
    signal.signal(signal.SIGTERM, _stop)
    from flows.prefect_env import configure_prefect
    configure_prefect(verbose=bool(getattr(args, "verbose", False)))
    from flows.server import managed_server  # Prefect is imported once the API is known

    try:
        if os.environ.get("PREFECT_API_URL"):
            print(f"canmex serve: Prefect API {os.environ['PREFECT_API_URL']}", flush=True)
            _serve(settings)
        else:
            with managed_server() as api_url:
                print(f"canmex serve: Prefect API {api_url} (started for this process)",
                      flush=True)
                _serve(settings)
    except KeyboardInterrupt:
        pass
    print("canmex serve: stopped", flush=True)
    return 0


def _serve(settings: Settings) -> None:
    from flows.ingest import preflight
    from flows.serve import ingest_schedule, run_serve

    preflight(settings.db, settings.feeds_path, settings)

    when = ingest_schedule(settings)
    every = (f"cron {when['cron']}" if "cron" in when
             else f"every {when['interval'].total_seconds():g} s")
    print(f"canmex serve: ingest {every} over {settings.feeds_path} into {settings.db}; "
          "Ctrl-C or SIGTERM stops", flush=True)
    run_serve(settings)
