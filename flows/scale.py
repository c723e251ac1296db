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

Each worker keeps its own state on the shared storage, next to the spool
(``state/shard-K-of-N.json``, written atomically, read and written only by that shard's
worker): its feeds' validators and schedule (conditional GETs, adaptive polling, backoff,
feeds retired after 410) and the ids of the articles it has already spooled, so a
worker re-fetches nothing it has handed over. A feed whose articles could not all be
fetched keeps its old validators, so the next pass reads it again. A missing or damaged
state file only costs a full re-fetch: the loader drops the duplicates. Feed health is
kept by the workers, not in the warehouse's ``feeds`` table (``canmex feeds`` lists the
feeds of single-machine passes).

Run by hand (or as Prefect deployments on a work pool)::

    python -m flows.scale fetch --shard 0/2 --spool /shared/spool [--feeds FILE] [--due]
    python -m flows.scale fetch --shard 1/2 --spool /shared/spool [--feeds FILE] [--due]
    python -m flows.scale load --spool /shared/spool [--db PATH]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from extractors.errors import CanmexError, ConfigError
from flows.http import HostLimiter, make_client
from flows.ingest import (
    PassContext,
    batches,
    fetch_batch,
    final_states,
    plan_articles,
    poll_feeds,
    read_feeds_file,
    rejected_links,
    schedule_polls,
    split_known,
)
from flows.schedule import PollPolicy
from flows.settings import Settings, load_settings
from warehouse.records import FeedState
from warehouse.serialize import feed_state_from_dict, feed_state_to_dict
from warehouse.store import load_spool, open_warehouse, spool_batch

log = logging.getLogger(__name__)


REMEMBERED = 50_000     # article ids a worker remembers having spooled (newest kept)


@dataclass(frozen=True)
class ShardResult:
    feeds: int = 0
    feeds_failed: int = 0
    feeds_unchanged: int = 0
    articles: int = 0
    articles_known: int = 0
    failures: int = 0
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkerState:
    """What one shard's worker remembers between passes."""
    feeds: dict[str, FeedState] = field(default_factory=dict)
    spooled: tuple[str, ...] = ()        # article ids handed to the loader, oldest first


def state_path(spool_dir: str | Path, shard: int, shards: int) -> Path:
    return Path(spool_dir) / "state" / f"shard-{shard}-of-{shards}.json"


def load_worker_state(path: Path) -> WorkerState:
    """The state saved by the last pass; empty when there is none or it is damaged
    (the worker then re-fetches its feeds' articles and the loader drops duplicates)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return WorkerState(
            feeds={d["url"]: feed_state_from_dict(d) for d in data["feeds"]},
            spooled=tuple(str(a) for a in data["spooled"]))
    except FileNotFoundError:
        return WorkerState()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("worker state %s is unreadable (%s); starting afresh", path, exc)
        return WorkerState()


def save_worker_state(path: Path, state: WorkerState) -> None:
    """Write ``state`` atomically (a temporary file renamed over the old one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({
        "feeds": [feed_state_to_dict(s) for s in state.feeds.values()],
        "spooled": list(state.spooled[-REMEMBERED:])}, ensure_ascii=False),
        encoding="utf-8")
    os.replace(tmp, path)


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
                shard: int, shards: int, due_only: bool = False) -> ShardResult:
    """Poll this worker's feeds (those that are due, with ``due_only``), fetch and
    extract the articles it has not spooled before, spool every batch, save its state."""
    specs = [s for s in read_feeds_file(feeds_file) if shard_of(s.url, shards) == shard]
    path = state_path(spool_dir, shard, shards)
    state = load_worker_state(path)
    files: list[str] = []
    articles = failures = 0
    with make_client(settings) as client:
        ctx = PassContext(settings=settings, client=client,
                          limiter=HostLimiter.from_settings(settings))
        polls = poll_feeds(specs, state.feeds, ctx, due_only=due_only)
        fresh, seen = split_known(plan_articles(polls), set(state.spooled))
        polls = schedule_polls(polls, fresh, PollPolicy.from_settings(settings))
        chunks = [rejected_links(polls)]
        chunks += [fetch_batch(chunk, ctx) for chunk in batches(fresh, settings.batch_size)]
        for result in chunks:
            if result.records or result.failures:
                files.append(str(spool_batch(Path(spool_dir), list(result.records),
                                             list(result.failures))))
                articles += len(result.records)
                failures += len(result.failures)
    done = [r.article_id for result in chunks for r in result.records]
    unfinished = {f.feed_url for result in chunks for f in result.failures
                  if f.kind == "transient" and f.feed_url}
    feeds = dict(state.feeds)
    feeds.update((s.url, s) for s in final_states(polls, unfinished))
    save_worker_state(path, WorkerState(feeds=feeds, spooled=state.spooled + tuple(done)))
    return ShardResult(feeds=len(specs),
                       feeds_failed=sum(p.outcome == "failed" for p in polls),
                       feeds_unchanged=sum(p.outcome == "unchanged" for p in polls),
                       articles=articles, articles_known=len({a for a, _ in seen}),
                       failures=failures, files=tuple(files))


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
    fetch.add_argument("--due", action="store_true",
                       help="poll only the feeds whose next poll has come (scheduled use)")
    load = sub.add_parser("load", help="merge the spool into the warehouse (one writer)")
    load.add_argument("--spool", required=True, metavar="DIR")
    load.add_argument("--db", metavar="PATH", default=None)
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        if args.action == "fetch":
            settings = settings.with_overrides(feeds=args.feeds)
            k, n = parse_shard(args.shard)
            r = fetch_shard(settings.feeds_path, args.spool, settings, shard=k, shards=n,
                            due_only=args.due)
            print(f"shard {k}/{n}: {r.feeds} feeds ({r.feeds_unchanged} unchanged, "
                  f"{r.feeds_failed} failed), {r.articles} articles, {r.articles_known} "
                  f"already spooled, {r.failures} failures, {len(r.files)} batches")
        else:
            settings = settings.with_overrides(db=args.db)
            print(f"loaded {load_shared(settings.db, args.spool, settings)} articles")
    except CanmexError as exc:
        print(f"canmex: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
