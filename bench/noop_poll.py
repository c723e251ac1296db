"""The no-op poll: a pass over 100 feeds that have not changed since the last pass.

    python bench/noop_poll.py [--feeds 100] [--per-feed 3] [--repeat 3]

A local server serves ``--feeds`` synthetic RSS feeds of ``--per-feed`` items each, with
ETags. A first ``run_ingest`` pass fills a fresh warehouse (articles and each feed's
ETag); then ``--repeat`` more passes find every feed unchanged: the server answers 304
to every conditional GET and nothing else is fetched. Each of those passes is timed
(wall clock around ``run_ingest``), with Prefect's start-up excluded and printed apart.
Target: under 2 s.

For comparison, the same no-op pass is also timed without Prefect, calling the plain
functions the flow's tasks call, in the same order (groups of feeds polled
concurrently), so the difference is Prefect's per-run and per-task cost.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_news import (  # noqa: E402
    NewsCorpus,
    NewsServer,
    bench_settings,
    machine,
    prefect_startup,
    quiet_run_ingest,
    scratch_dir,
    use_private_prefect_home,
    verdict,
)

TARGET_S = 2.0


def plain_pass(feeds_file: Path, db: Path, settings: Any) -> dict[str, int]:
    """The flow's work without Prefect: what ``ingest`` does, task bodies called directly."""
    from flows.http import HostLimiter, make_client
    from flows.ingest import (
        FEED_GROUP,
        PassContext,
        batches,
        check_known,
        final_states,
        finish_pass,
        plan_articles,
        poll_feeds,
        read_feeds_file,
        start_pass,
    )
    specs = read_feeds_file(feeds_file)
    busy = settings.busy_timeout
    start = start_pass(db, [s.url for s in specs], busy_timeout=busy)
    with make_client(settings) as client:
        ctx = PassContext(settings=settings, client=client,
                          limiter=HostLimiter.from_settings(settings))
        with ThreadPoolExecutor(max_workers=8) as pool:    # the flow's task runner
            groups = pool.map(lambda g: poll_feeds(g, start.states, ctx),
                              batches(specs, FEED_GROUP))
            polls = [p for group in groups for p in group]
        fresh, _known = check_known(db, plan_articles(polls), busy_timeout=busy)
    finish_pass(db, final_states(polls, set()), busy_timeout=busy)
    try:                                   # the alert stage, when the project has one
        from flows.alerts import deliver_alerts, detect_meetings
    except ImportError:
        pass
    else:
        detect_meetings(db, settings)
        deliver_alerts(db, settings)
    return {"unchanged": sum(p.outcome == "unchanged" for p in polls),
            "to_fetch": len(fresh)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--feeds", type=int, default=100)
    ap.add_argument("--per-feed", type=int, default=3,
                    help="items per feed (all fetched by the first pass; default 3)")
    ap.add_argument("--repeat", type=int, default=3, help="timed no-op passes (default 3)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary directory (warehouse, feeds, Prefect home)")
    args = ap.parse_args(argv)

    home = use_private_prefect_home(keep=args.keep)
    print(machine())
    corpus = NewsCorpus(args.feeds, args.per_feed)
    tmp = scratch_dir("canmex-bench-noop-", keep=args.keep)
    print(f"{args.feeds} feeds of {args.per_feed} items; Prefect home {home}")
    with NewsServer(corpus) as server:
        start = prefect_startup()
        print(f"Prefect start-up (excluded): import {start['import']:.2f} s, first flow run "
              f"{start['first_flow']:.2f} s, a further empty flow run "
              f"{start['second_flow']:.2f} s")
        feeds_file = server.write_feeds_file(tmp / "feeds.toml")
        db = tmp / "noop.duckdb"
        settings = bench_settings(db)

        t = time.perf_counter()
        first, _ = quiet_run_ingest(feeds_file, db, settings)
        print(f"first pass (fills the warehouse): {first.articles_new} articles, "
              f"{first.feeds_polled} feeds in {time.perf_counter() - t:.1f} s")

        times = []
        for n in range(1, args.repeat + 1):
            before = server.stats()
            t = time.perf_counter()
            result, _ = quiet_run_ingest(feeds_file, db, settings)
            took = time.perf_counter() - t
            after = server.stats()
            times.append(took)
            answered = {k: after.get(k, 0) - before.get(k, 0) for k in after}
            answered = {k: v for k, v in answered.items() if v}
            print(f"no-op pass {n} through the flow: {took:.2f} s — "
                  f"{result.feeds_unchanged}/{result.feeds_polled} feeds unchanged, "
                  f"{result.articles_new} new articles; server answered {answered}")

        plain = []
        for n in range(1, args.repeat + 1):
            t = time.perf_counter()
            outcome = plain_pass(feeds_file, db, settings)
            plain.append(time.perf_counter() - t)
            print(f"no-op pass {n} without Prefect (plain functions): {plain[-1]:.2f} s — "
                  f"{outcome}")

    med, best = statistics.median(times), min(times)
    print(f"\nno-op poll of {args.feeds} feeds, Prefect start-up excluded: median {med:.2f} s,"
          f" best {best:.2f} s — target < {TARGET_S:.0f} s: {verdict(med < TARGET_S)}")
    pmed = statistics.median(plain)
    print(f"the same without Prefect: median {pmed:.2f} s; Prefect's part of a no-op pass: "
          f"{med - pmed:.2f} s ({(med - pmed) / med:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
