"""Peak memory of a backfill: 10,000 articles through one ingest pass.

    python bench/backfill_memory.py [--articles 10000] [--feeds 100] [--every 15]

A local server (a child process, not counted) serves ``--articles`` synthetic news pages
behind ``--feeds`` feeds; one ``run_ingest`` pass fetches, extracts and stores them all
into a fresh warehouse. Printed:

- every ``--every`` seconds: pages served so far, the resident memory of this process
  (the pipeline) and of Prefect's temporary server (a child process of this one), so
  growth per article can be read off;
- at the end: the peak RSS of this process (``resource.getrusage``, ``ru_maxrss``), the
  peak sampled RSS of the Prefect server, and their sum, against the target of 1 GB
  (1,000 MiB) for the pipeline.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_news import (  # noqa: E402
    NewsCorpus,
    NewsServer,
    bench_settings,
    machine,
    peak_rss_mib,
    prefect_startup,
    quiet_run_ingest,
    use_private_prefect_home,
    verdict,
)

TARGET_MIB = 1000.0


def rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (Linux /proc)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                kids = [int(k) for k in fh.read().split()]
        except OSError:
            continue
        for kid in kids:
            out.append(kid)
            out.extend(children(kid))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--feeds", type=int, default=100)
    ap.add_argument("--every", type=float, default=15.0, help="seconds between samples")
    args = ap.parse_args(argv)
    per_feed = max(1, args.articles // args.feeds)

    use_private_prefect_home()
    print(machine())
    corpus = NewsCorpus(args.feeds, per_feed)
    tmp = Path(tempfile.mkdtemp(prefix="canmex-bench-backfill-"))
    print(f"{len(corpus):,} articles behind {args.feeds} feeds")
    with NewsServer(corpus) as server:
        news_pid = server._proc.pid if server._proc is not None else -1
        start = prefect_startup()
        print(f"Prefect start-up: {start['import'] + start['first_flow']:.1f} s; "
              f"RSS after start-up {rss_mib(os.getpid()):.0f} MiB")
        feeds_file = server.write_feeds_file(tmp / "feeds.toml")
        db = tmp / "backfill.duckdb"
        settings = bench_settings(db)

        stop = threading.Event()
        peak_server = [0.0]
        t0 = time.perf_counter()

        console = sys.stdout            # run_ingest's own prints are captured, not these

        def sample() -> None:
            while not stop.wait(args.every):
                mine = rss_mib(os.getpid())
                prefect = sum(rss_mib(p) for p in children(os.getpid()) if p != news_pid)
                peak_server[0] = max(peak_server[0], prefect)
                try:
                    served = server.stats().get("200 page", 0)
                except Exception:  # noqa: BLE001 - a sample may miss; the next one counts
                    served = -1
                print(f"  {time.perf_counter() - t0:7.0f} s  pages served {served:6d}  "
                      f"pipeline RSS {mine:7.0f} MiB  Prefect server RSS {prefect:6.0f} MiB",
                      file=console, flush=True)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            result, _ = quiet_run_ingest(feeds_file, db, settings)
        finally:
            stop.set()
            sampler.join(timeout=5)
        wall = time.perf_counter() - t0

    peak = peak_rss_mib()
    size = db.stat().st_size / 2**20 if db.exists() else 0.0
    print(f"\nbackfill: {result.articles_new:,} new articles, {result.articles_failed} failed, "
          f"in {wall:.0f} s ({result.articles_new / wall:.1f} articles/s); warehouse "
          f"{size:.0f} MiB")
    print(f"peak RSS of the pipeline process: {peak:.0f} MiB — target < {TARGET_MIB:.0f} MiB:"
          f" {verdict(peak < TARGET_MIB)}")
    print(f"peak sampled RSS of Prefect's temporary server: {peak_server[0]:.0f} MiB "
          f"(pipeline + server: {peak + peak_server[0]:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
