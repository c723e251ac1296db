"""Peak memory of a backfill: 10,000 articles through one ingest pass.

    python bench/backfill_memory.py [--articles 10000] [--feeds 100] [--every 15]

A local server (a child process, not counted) serves ``--articles`` synthetic news pages
behind ``--feeds`` feeds; one ``run_ingest`` pass fetches, extracts and stores them all
into a fresh warehouse. Printed:

- every ``--every`` seconds: pages served so far, the resident memory of this process
  (the pipeline's flow), of its extraction worker processes (with the fork server that
  starts them) and of Prefect's temporary server, so growth per article can be read off;
- at the end: the pipeline's peak, the peak RSS of this process (``resource.getrusage``,
  ``ru_maxrss``) plus the peak sampled RSS of its extraction workers, against the
  target of 1 GB (1,000 MiB); then the Prefect server's peak and the sum of all.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_news import (  # noqa: E402
    ChildSampler,
    NewsCorpus,
    NewsServer,
    bench_settings,
    machine,
    peak_rss_mib,
    prefect_startup,
    proc_rss_mib,
    quiet_run_ingest,
    scratch_dir,
    use_private_prefect_home,
    verdict,
)

TARGET_MIB = 1000.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--feeds", type=int, default=100)
    ap.add_argument("--every", type=float, default=15.0, help="seconds between samples")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary directory (warehouse, feeds, Prefect home)")
    args = ap.parse_args(argv)
    per_feed = max(1, args.articles // args.feeds)

    use_private_prefect_home(keep=args.keep)
    print(machine())
    corpus = NewsCorpus(args.feeds, per_feed)
    tmp = scratch_dir("canmex-bench-backfill-", keep=args.keep)
    print(f"{len(corpus):,} articles behind {args.feeds} feeds")
    with NewsServer(corpus) as server:
        news_pid = server.pid
        start = prefect_startup()
        print(f"Prefect start-up: {start['import'] + start['first_flow']:.1f} s; "
              f"RSS after start-up {proc_rss_mib(os.getpid()):.0f} MiB")
        feeds_file = server.write_feeds_file(tmp / "feeds.toml")
        db = tmp / "backfill.duckdb"
        settings = bench_settings(db)

        t0 = time.perf_counter()
        console = sys.stdout            # run_ingest's own prints are captured, not these
        last = [0.0]

        def report(rss: dict[str, float]) -> None:
            if time.perf_counter() - last[0] < args.every:
                return
            last[0] = time.perf_counter()
            try:
                served = server.stats().get("200 page", 0)
            except Exception:  # noqa: BLE001 - a sample may miss; the next one counts
                served = -1
            print(f"  {time.perf_counter() - t0:7.0f} s  pages served {served:6d}  "
                  f"pipeline RSS {proc_rss_mib(os.getpid()):7.0f} MiB  extraction workers "
                  f"{rss.get('extraction', 0):6.0f} MiB  Prefect server "
                  f"{rss.get('prefect', 0):6.0f} MiB", file=console, flush=True)

        with ChildSampler(every=1.0, exclude=(news_pid,), report=report) as children:
            result, _ = quiet_run_ingest(feeds_file, db, settings)
        wall = time.perf_counter() - t0

    peak = peak_rss_mib()
    size = db.stat().st_size / 2**20 if db.exists() else 0.0
    print(f"\nbackfill: {result.articles_new:,} new articles, {result.articles_failed} failed, "
          f"in {wall:.0f} s ({result.articles_new / wall:.1f} articles/s); warehouse "
          f"{size:.0f} MiB")
    workers = children.peak_rss.get("extraction", 0.0)
    server_peak = children.peak_rss.get("prefect", 0.0)
    print(f"peak RSS of the pipeline: {peak + workers:.0f} MiB ({peak:.0f} MiB the flow's "
          f"process + {workers:.0f} MiB its extraction workers, sampled) — target < "
          f"{TARGET_MIB:.0f} MiB: {verdict(peak + workers < TARGET_MIB)}")
    print(f"peak sampled RSS of Prefect's temporary server: {server_peak:.0f} MiB "
          f"(everything: {peak + workers + server_peak:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
