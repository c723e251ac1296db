"""Past one machine: several workers fetch and extract, exactly one process writes.

A worker (:func:`fetch_shard`) takes its shard of the feeds file (a stable hash of each
feed's URL, so every worker agrees without talking), polls those feeds, fetches and
extracts their articles, and writes each batch to a spool directory on shared storage
(``warehouse.store.spool_batch``: one JSON-lines file per batch, appearing atomically,
named uniquely). It never opens the warehouse.

The loader (:func:`load_shared`), the only writer, merges every batch in the spool into
the warehouse (``warehouse.store.load_spool``): ids derive from canonical URLs and
inserts ignore what exists, so a batch loaded twice, or the same article fetched by two
workers, is stored once; each loaded file is deleted.

What this first version leaves out (see deploy/README.md): workers keep no feed state
(no conditional GET, no adaptive schedule) and do not know which articles the warehouse
already holds, so they re-fetch what their feeds list; the loader drops the duplicates.

Run by hand (or as Prefect deployments on a work pool)::

    python -m flows.scale fetch --shard 0/2 --spool /shared/spool [--feeds FILE]
    python -m flows.scale fetch --shard 1/2 --spool /shared/spool [--feeds FILE]
    python -m flows.scale load --spool /shared/spool [--db PATH]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from extractors.errors import CanmexError, ConfigError
from flows.http import HostLimiter, make_client
from flows.ingest import (
    PassContext,
    batches,
    fetch_batch,
    plan_articles,
    poll_feed,
    read_feeds_file,
    rejected_links,
)
from flows.settings import Settings, load_settings
from warehouse.store import load_spool, open_warehouse, spool_batch


@dataclass(frozen=True)
class ShardResult:
    feeds: int = 0
    feeds_failed: int = 0
    articles: int = 0
    failures: int = 0
    files: tuple[str, ...] = ()


def shard_of(url: str, shards: int) -> int:
    """The shard (0..shards-1) a feed belongs to; the same on every machine."""
    return int.from_bytes(hashlib.sha256(url.encode()).digest()[:8], "big") % shards


def parse_shard(text: str) -> tuple[int, int]:
    """``"k/N"`` → (k, N) with 0 <= k < N."""
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise ConfigError(f"--shard {text!r}: expected K/N, e.g. 0/2") from None
    if not 0 <= k < n:
        raise ConfigError(f"--shard {text!r}: K must be in 0..N-1")
    return k, n


def fetch_shard(feeds_file: str | Path, spool_dir: str | Path, settings: Settings, *,
                shard: int, shards: int) -> ShardResult:
    """Poll this worker's feeds, fetch and extract their articles, spool every batch."""
    specs = [s for s in read_feeds_file(feeds_file) if shard_of(s.url, shards) == shard]
    files: list[str] = []
    articles = failures = 0
    with make_client(settings) as client:
        ctx = PassContext(settings=settings, client=client,
                          limiter=HostLimiter.from_settings(settings))
        polls = [poll_feed(spec, None, ctx) for spec in specs]
        chunks = [rejected_links(polls)]
        chunks += [fetch_batch(chunk, ctx) for chunk in batches(plan_articles(polls))]
        for result in chunks:
            if result.records or result.failures:
                files.append(str(spool_batch(Path(spool_dir), list(result.records),
                                             list(result.failures))))
                articles += len(result.records)
                failures += len(result.failures)
    return ShardResult(feeds=len(specs), feeds_failed=sum(p.outcome == "failed"
                                                          for p in polls),
                       articles=articles, failures=failures, files=tuple(files))


def load_shared(db: str | Path, spool_dir: str | Path, settings: Settings) -> int:
    """Merge every spooled batch into the warehouse; the number of articles loaded."""
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con:
        return load_spool(con, Path(spool_dir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="action", required=True)
    fetch = sub.add_parser("fetch", help="fetch and extract one shard into the spool")
    fetch.add_argument("--shard", required=True, metavar="K/N")
    fetch.add_argument("--spool", required=True, metavar="DIR")
    fetch.add_argument("--feeds", metavar="FILE", default=None)
    load = sub.add_parser("load", help="merge the spool into the warehouse (one writer)")
    load.add_argument("--spool", required=True, metavar="DIR")
    load.add_argument("--db", metavar="PATH", default=None)
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        if args.action == "fetch":
            settings = settings.with_overrides(feeds=args.feeds)
            k, n = parse_shard(args.shard)
            r = fetch_shard(settings.feeds_path, args.spool, settings, shard=k, shards=n)
            print(f"shard {k}/{n}: {r.feeds} feeds ({r.feeds_failed} failed), "
                  f"{r.articles} articles, {r.failures} failures, {len(r.files)} batches")
        else:
            settings = settings.with_overrides(db=args.db)
            print(f"loaded {load_shared(settings.db, args.spool, settings)} articles")
    except CanmexError as exc:
        print(f"canmex: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
