"""Ingest throughput: the whole pipeline against ``trafilatura.extract`` alone.

    python bench/ingest_throughput.py [--feeds 20] [--per-feed 50] [--pairs 1]
                                      [--stages 200]

A local server (a child process, pages rendered before the clock starts) serves
``feeds x per-feed`` synthetic news pages (default 20 x 50 = 1,000) behind ``feeds``
RSS feeds. Printed:

1. Prefect's start-up in this process (import, first flow run with the temporary
   server, a second empty flow run), which the throughput leaves out.
2. One ``run_ingest`` pass into a fresh warehouse: wall time, articles/s, and the CPU
   the process used (user + system seconds per wall second: 1.0 = one core busy).
3. The same pages (the same bytes the server sent) through ``trafilatura.extract`` alone,
   one after the other in this process, just before and just after the pass: articles/s
   of their mean (the machine's speed drifts; the pass is compared with its neighbours).
4. The ratio pipeline time / trafilatura time, against the target of at most 2x.
   ``--pairs N`` repeats 2-4 N times (a fresh warehouse each time) and prints the range
   and the median ratio.
5. Where a pipeline article's time goes, on ``--stages`` of the pages, one process, one
   stage at a time: ``extract_document`` (the project's trafilatura call plus metadata),
   ``extract_article`` (rule-based extraction), and their sum beside trafilatura alone.

Run it on an otherwise idle machine: the figures are wall-clock and the pipeline is
meant to use both cores.
"""
from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_news import (  # noqa: E402
    ChildSampler,
    NewsCorpus,
    NewsServer,
    bench_settings,
    cpu_seconds,
    machine,
    peak_rss_mib,
    prefect_startup,
    quiet_run_ingest,
    scratch_dir,
    use_private_prefect_home,
    verdict,
)

TARGET_RATIO = 2.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--per-feed", type=int, default=50)
    ap.add_argument("--pairs", type=int, default=1,
                    help="runs of the pass, each between two runs of trafilatura alone, "
                         "each into a fresh warehouse (default 1)")
    ap.add_argument("--stages", type=int, default=200,
                    help="pages for the per-stage breakdown (default 200; 0: skip)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary directory (warehouse, feeds, Prefect home)")
    args = ap.parse_args(argv)

    home = use_private_prefect_home(keep=args.keep)
    print(machine())
    corpus = NewsCorpus(args.feeds, args.per_feed)
    n = len(corpus)
    tmp = scratch_dir("canmex-bench-ingest-", keep=args.keep)
    print(f"{n:,} articles behind {args.feeds} feeds; Prefect home {home}")

    t = time.perf_counter()
    with NewsServer(corpus) as server:
        print(f"server ready in {time.perf_counter() - t:.1f} s at {server.base} "
              "(child process, pages pre-rendered)")
        start = prefect_startup()
        print(f"\nPrefect start-up (not in the throughput): import {start['import']:.2f} s, "
              f"first flow run {start['first_flow']:.2f} s, "
              f"a further empty flow run {start['second_flow']:.2f} s")

        feeds_file = server.write_feeds_file(tmp / "feeds.toml")
        pages = [corpus.page(f, i, server.base) for f, i in corpus.keys()]
        news_pid = server.pid
        ratios: list[float] = []
        walls: list[float] = []
        served: dict[str, int] = {}
        for pair in range(1, args.pairs + 1):
            if args.pairs > 1:
                print(f"\n=== pair {pair} of {args.pairs}")
            before = trafilatura_alone(pages)
            db = tmp / f"throughput-{pair}.duckdb"
            settings = bench_settings(db)
            gc.collect()
            with ChildSampler(every=0.2, exclude=(news_pid,)) as children:
                c0, t0 = cpu_seconds(), time.perf_counter()
                result, printed = quiet_run_ingest(feeds_file, db, settings)
                wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
            total = server.stats()
            stats = {k: v - served.get(k, 0) for k, v in total.items()}
            served = total
            after = trafilatura_alone(pages)
            report_pass(result, wall, cpu, children, settings, stats, printed, n)
            traf = (before + after) / 2
            print(f"\ntrafilatura.extract alone (default options, one process, the same "
                  f"{len(pages):,} pages), just before and just after the pass: "
                  f"{before:.1f} s and {after:.1f} s, mean {traf:.1f} s = "
                  f"{len(pages) / traf:.1f} articles/s ({traf / len(pages) * 1000:.1f} ms each)")
            ratio = wall / traf
            ratios.append(ratio)
            walls.append(wall)
            print(f"\nratio pipeline / trafilatura alone: {ratio:.2f}x — target <= "
                  f"{TARGET_RATIO:.0f}x: {verdict(ratio <= TARGET_RATIO)}")
    if args.pairs > 1:
        print(f"\n{args.pairs} pairs: pipeline {min(walls):.1f}–{max(walls):.1f} s; ratio "
              f"{min(ratios):.2f}–{max(ratios):.2f}x, median "
              f"{statistics.median(ratios):.2f}x — target <= {TARGET_RATIO:.0f}x: "
              f"{verdict(statistics.median(ratios) <= TARGET_RATIO)}")

    if args.stages:
        stages(pages[:: max(1, len(pages) // args.stages)][: args.stages],
               statistics.median(walls) / n)
    return 0


def trafilatura_alone(pages: list[bytes]) -> float:
    """Wall seconds for ``trafilatura.extract`` (default options) over ``pages``, one
    after the other in this process."""
    import trafilatura
    gc.collect()
    t0 = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    return time.perf_counter() - t0


def report_pass(result: Any, wall: float, cpu: float, children: ChildSampler,
                settings: Any, stats: dict[str, int], printed: int, n: int) -> None:
    workers = children.cpu_seconds("extraction")
    print(f"\npipeline (run_ingest, one pass, fresh warehouse): {result.articles_new:,} new "
          f"articles, {result.articles_failed} failed, {result.relevant:,} relevant")
    print(f"  wall {wall:.1f} s = {result.articles_new / wall:.1f} articles/s; "
          f"CPU {cpu + workers:.1f} s = {(cpu + workers) / wall:.2f} cores busy on average "
          f"({cpu:.1f} s in the flow's process, {workers:.1f} s in "
          f"{settings.extract_processes or os.cpu_count()} extraction workers)")
    print(f"  peak RSS {peak_rss_mib():.0f} MiB (flow's process) + "
          f"{children.peak_rss.get('extraction', 0):.0f} MiB (extraction workers); "
          f"Prefect's server {children.peak_rss.get('prefect', 0):.0f} MiB, "
          f"{children.cpu_seconds('prefect'):.1f} s of CPU during the pass")
    print(f"  server answered: {stats}; the pass printed {printed} lines (console alerts)")
    if result.articles_new != n:
        print(f"  WARNING: expected {n} new articles")


def stages(pages: list[bytes], pipeline_per_article: float) -> None:
    """Median ms per page of each CPU stage, one process, one page at a time."""
    import trafilatura

    from extractors.fulltext import extract_document
    from extractors.pipeline import extract_article

    docs = [extract_document(p) for p in pages]        # warm-up, and inputs for stage 2

    def each(call: object, items: list[object]) -> list[float]:
        out = []
        for item in items:
            t = time.perf_counter()
            call(item)  # type: ignore[operator]
            out.append((time.perf_counter() - t) * 1000)
        return out

    traf = each(trafilatura.extract, list(pages))
    doc = each(extract_document, list(pages))
    art = each(lambda d: extract_article(d.text, title=d.title, published=d.date,
                                         language=d.language, source=d.site_name),
               list(docs))
    tm, dm, am = (statistics.median(x) for x in (traf, doc, art))
    print(f"\nper page, median ms, {len(pages)} pages, one process, stage by stage:")
    print(f"  trafilatura.extract (default options)        {tm:7.1f}")
    print(f"  extract_document (project call + metadata)   {dm:7.1f}  "
          f"({dm / tm:.2f}x trafilatura)")
    print(f"  extract_article (rule-based extraction)      {am:7.1f}")
    print(f"  sum of the two CPU stages                    {dm + am:7.1f}  "
          f"({(dm + am) / tm:.2f}x trafilatura)")
    print(f"  whole pipeline, wall time per article        {pipeline_per_article * 1000:7.1f}")


if __name__ == "__main__":
    sys.exit(main())
