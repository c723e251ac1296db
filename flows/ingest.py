"""One ingest pass: feeds → new articles → full text → extraction → warehouse.

The logic lives in plain functions (``poll_feed``, ``plan_articles``, ``fetch_article``,
``fetch_batch``, ``store_batch``...), tested without Prefect. The Prefect flow
``ingest`` wires them together with one task per group of 25 feeds (poll and parse,
concurrently) and two per batch of ``batch_size`` new articles (fetch + extract, then
store + match meetings; the last batch of a pass in smaller ones, ``tapered_batches``);
task bodies are one call each. Pages are extracted in worker
processes, one per core, when a pass has enough of them (``flows.articles.Extractor``).
Three batches are fetched at a time, their pages extracted earliest batch first (so
they finish one after the other); when one is done, the next starts before it is
stored, so that the workers have pages while the flow's process stores it and matches
its meetings (one open of the warehouse for both). Batches that finish while another is
stored are stored together, so the flow's process keeps up when it falls behind.

- Feeds are polled with a conditional GET (the stored ETag / Last-Modified) and a body
  hash for servers that ignore them.
- Links are canonicalised; an article listed by several feeds is fetched once, and one
  already in the warehouse is not fetched again (its sighting is recorded).
- A page with no extractable text falls back to the feed entry's summary
  (``from_summary``).
- Transient errors (timeouts, 5xx, 429) are retried a few times, honouring Retry-After
  up to ``MAX_RETRY_WAIT`` seconds; permanent ones are recorded and the pass goes on.
- Each batch is appended as soon as it is ready; the warehouse file is held only while
  writing. When another process holds it, the batch is spooled and loaded at the start
  of the next pass.
- A feed's new ETag / body hash is stored only when all its new articles were stored,
  so a pass that crashes or meets transient failures is completed by the next one.
- Each feed's next poll adapts to it (``flows.schedule``): sooner while it lists new
  articles, later while it doesn't, backed off after failures (never before Retry-After),
  disabled after ``poll_max_failures`` in a row. Scheduled passes (``due_only``) poll
  only the feeds that are due; a manual ``canmex run`` polls every enabled feed.
- A feed that answers with a permanent redirect (301/308) is polled at its new URL from
  then on (``feeds.moved_to``); one that answers 410 Gone is retired
  (``feeds.enabled = false``): not polled again, but still listed in every summary.
- What a feed holds that cannot be used is recorded against it: entry links that are
  not http(s) become permanent ``fetch_failures`` rows, a malformed feed read anyway
  keeps its problem in ``feeds.last_error``. Dates in the future are not believed.
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import httpx

from extractors.errors import (
    CanmexError,
    ConfigError,
    Gone,
    RateLimited,
    TransientError,
    WarehouseBusy,
)
from extractors.feedlist import FeedSpec, load_feeds_file
from extractors.feeds import FeedEntry, parse_feed
from extractors.model import Event
from extractors.urls import canonical_url
from flows.articles import (
    Candidate,
    Extractor,
    Page,
    default_processes,
    extract_processes,
    start_fork_server,
)
from flows.heap import long_lived_frozen
from flows.http import HostLimiter, Response, fetch, make_client
from flows.prefect_env import configure_prefect, local_run_settings
from flows.schedule import PollPolicy, is_due, reschedule
from flows.settings import Settings
from warehouse.records import ArticleRecord, FeedState, FetchFailure, article_id_for
from warehouse.store import (
    append_articles,
    default_spool_dir,
    known_article_ids,
    load_feed_states,
    load_spool,
    open_warehouse,
    record_failures,
    record_sightings,
    save_feed_states,
    spool_batch,
    summary,
)

configure_prefect()   # no-op once Prefect is imported; must come before importing it

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

log = logging.getLogger(__name__)
T = TypeVar("T")

FEED_GROUP = 25            # feeds polled by one task
MAX_WORKERS = 8            # concurrent article fetches in a batch (per-host limit applies)
BATCHES_IN_FLIGHT = 3      # batches fetched and extracted at once, while others are stored
MAX_RETRY_WAIT = 30.0      # a Retry-After longer than this is not waited for in the pass
MEETING_TYPES = frozenset({"meeting", "visit", "call", "summit"})
MEETING_LEVELS = frozenset({"ministerial", "leaders"})


# --------------------------------------------------------------------------- values

@dataclass(frozen=True)
class FeedPoll:
    """What polling one feed gave. ``state`` is the feed's state after the poll;
    ``previous`` the one before (kept when the feed's articles could not all be stored).
    """
    url: str
    outcome: str                       # new | unchanged | failed | deferred | retired
    entries: tuple[FeedEntry, ...] = ()
    state: FeedState | None = None
    previous: FeedState | None = None
    error: str | None = None
    name: str | None = None
    warning: str | None = None         # a problem that did not stop the poll
    rejected: tuple[tuple[str, str], ...] = ()   # (link, reason): entries left out


@dataclass(frozen=True)
class BatchResult:
    records: tuple[ArticleRecord, ...] = ()
    failures: tuple[FetchFailure, ...] = ()


@dataclass(frozen=True)
class StoreResult:
    new: int = 0
    spooled: str | None = None         # the spool file, when the warehouse was busy
    detect_error: str | None = None    # meeting detection failed (the batch is stored)


@dataclass(frozen=True)
class RunSummary:
    feeds_polled: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    feeds_deferred: int = 0
    feeds_retired: int = 0
    articles_new: int = 0
    articles_known: int = 0
    articles_failed: int = 0
    articles_from_summary: int = 0
    relevant: int = 0
    new_meetings: int = 0
    meetings: tuple[str, ...] = ()     # one line per CA–MX meeting in the new articles
    feed_errors: tuple[tuple[str, str], ...] = ()
    article_errors: tuple[tuple[str, str], ...] = ()
    spooled: tuple[str, ...] = ()
    spool_loaded: int = 0
    states_saved: bool = True
    totals: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PassContext:
    """What every fetch of one pass shares: settings, one HTTP client, one limiter, and
    where pages are extracted (in the fetch thread, or in worker processes). ``order``
    is a batch's place in the pass: the workers take earlier batches' pages first."""
    settings: Settings
    client: httpx.Client
    limiter: HostLimiter
    sleep: Callable[[float], None] = time.sleep
    extractor: Extractor = field(default_factory=Extractor)
    order: int = 0


def _now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- fetching

def retry_wait(exc: TransientError, attempt: int) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2...): Retry-After, else backoff."""
    if isinstance(exc, RateLimited) and exc.retry_after is not None:
        return exc.retry_after
    return min(0.5 * 2 ** (attempt - 1), 8.0)


def fetch_retrying(url: str, ctx: PassContext, *, article: bool = False,
                   etag: str | None = None, last_modified: str | None = None) -> Response:
    """``fetch`` with up to ``settings.fetch_retries`` retries of transient errors."""
    attempts = max(0, ctx.settings.fetch_retries) + 1
    for attempt in range(1, attempts + 1):
        try:
            return fetch(url, etag=etag, last_modified=last_modified,
                         settings=ctx.settings, client=ctx.client, limiter=ctx.limiter,
                         article=article)
        except TransientError as exc:
            wait = retry_wait(exc, attempt)
            if attempt == attempts or wait > MAX_RETRY_WAIT:
                raise
            log.info("retrying %s in %.1f s after: %s", url, wait, exc)
            ctx.sleep(wait)
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------- feeds

def read_feeds_file(path: str | Path) -> tuple[FeedSpec, ...]:
    """The feeds of a feeds file; ConfigError when missing or invalid."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read feeds file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"feeds file {path} is not UTF-8 text") from None
    return load_feeds_file(text, source=str(path))


def poll_feed(spec: FeedSpec, state: FeedState | None, ctx: PassContext, *,
              now: datetime | None = None, due_only: bool = False) -> FeedPoll:
    """Poll one feed (conditional GET + body hash), parse it; never raises.

    A feed that is not due (``flows.schedule.is_due``) is ``deferred``: with
    ``due_only`` every feed whose next poll has not come, else only one that asked to
    wait (429 Retry-After)."""
    now = now or _now()
    state = state or FeedState(url=spec.url)
    state = replace(state, name=spec.name or state.name,
                    language=spec.language or state.language)
    if not state.enabled:
        hint = ("remove it from the feeds file" if state.last_status == 410 else
                f"re-enable it with: canmex feeds enable {spec.url}")
        return FeedPoll(spec.url, "retired", state=state, previous=state, name=spec.name,
                        error=f"{spec.url}: retired, not polled "
                              f"({state.last_error or 'disabled'}); {hint}")
    if not is_due(state, now, due_only=due_only):
        return FeedPoll(spec.url, "deferred", state=state, previous=state, name=spec.name)
    target = state.moved_to or spec.url
    try:
        resp = fetch_retrying(target, ctx, etag=state.etag,
                              last_modified=state.last_modified)
        if resp.moved_to and resp.moved_to != state.moved_to:
            log.info("feed %s has moved permanently to %s", spec.url, resp.moved_to)
            state = replace(state, moved_to=resp.moved_to)
        if resp.not_modified:
            new = _polled_ok(state, now, resp.status, etag=resp.etag or state.etag,
                             last_modified=resp.last_modified or state.last_modified)
            return FeedPoll(spec.url, "unchanged", state=new, previous=state,
                            name=spec.name)
        digest = hashlib.sha256(resp.body).hexdigest()
        new = _polled_ok(state, now, resp.status, etag=resp.etag,
                         last_modified=resp.last_modified, body_sha256=digest)
        if digest == state.body_sha256:
            return FeedPoll(spec.url, "unchanged", state=new, previous=state,
                            name=spec.name)
        parsed = parse_feed(resp.body, url=resp.url_final, headers=resp.headers)
    except CanmexError as exc:
        next_poll = None
        if isinstance(exc, RateLimited) and exc.retry_after:
            next_poll = now + timedelta(seconds=exc.retry_after)
        message = str(exc)
        if isinstance(exc, Gone):
            message += "; the feed is retired and will not be polled again"
        failed = replace(state, last_polled=now, error_count=state.error_count + 1,
                         last_error=message, next_poll=next_poll,
                         last_status=getattr(exc, "status", None),
                         enabled=state.enabled and not isinstance(exc, Gone))
        log.info("feed failed: %s", message)
        return FeedPoll(spec.url, "failed", state=failed, previous=state, error=message,
                        name=spec.name)
    warning = None
    if parsed.bozo_reason:
        warning = (f"{spec.url}: malformed feed, {len(parsed.entries)} entries read "
                   f"anyway ({parsed.bozo_reason})")
        log.info("%s", warning)
    for entry in parsed.entries:
        if entry.date_note:
            log.info("feed %s, %s: %s", spec.url, entry.url, entry.date_note)
    new = replace(new, name=spec.name or parsed.title or state.name,
                  items_seen=state.items_seen + len(parsed.entries), last_error=warning)
    return FeedPoll(spec.url, "new", entries=parsed.entries, state=new, previous=state,
                    name=spec.name or parsed.title, warning=warning,
                    rejected=parsed.rejected)


def poll_feeds(specs: Sequence[FeedSpec], states: dict[str, FeedState], ctx: PassContext,
               *, due_only: bool = False) -> list[FeedPoll]:
    """``poll_feed`` over a group of feeds, concurrently (within the per-host limits),
    in the order given."""
    if not specs:
        return []
    now = _now()
    workers = min(MAX_WORKERS, len(specs))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="canmex-poll") as pool:
        return list(pool.map(lambda s: poll_feed(s, states.get(s.url), ctx, now=now,
                                                 due_only=due_only), specs))


def _polled_ok(state: FeedState, now: datetime, status: int, **validators: Any) -> FeedState:
    return replace(state, last_polled=now, last_success=now, last_status=status,
                   error_count=0, last_error=None, next_poll=None, **validators)


def schedule_polls(polls: Sequence[FeedPoll], fresh: Sequence[Candidate],
                   policy: PollPolicy) -> list[FeedPoll]:
    """Each polled feed's next poll (``flows.schedule.reschedule``), sooner when it
    listed articles not yet stored, later when not, backed off when it failed."""
    new_items: dict[str, int] = {}
    for c in fresh:
        for url in c.feed_urls:
            new_items[url] = new_items.get(url, 0) + 1
    return [replace(p, state=reschedule(p.previous, p.state, failed=p.outcome == "failed",
                                        new_items=new_items.get(p.url, 0), policy=policy))
            if p.state is not None and p.outcome in ("new", "unchanged", "failed") else p
            for p in polls]


def plan_articles(polls: Iterable[FeedPoll]) -> tuple[Candidate, ...]:
    """One candidate per canonical URL, in feed order, with every feed that listed it."""
    by_id: dict[str, Candidate] = {}
    for poll in polls:
        for entry in poll.entries:
            canon = canonical_url(entry.url)
            article_id = article_id_for(canon)
            seen = by_id.get(article_id)
            if seen is None:
                by_id[article_id] = Candidate(
                    article_id=article_id, url=entry.url, canonical_url=canon,
                    feed_urls=(poll.url,), source=poll.name, title=entry.title,
                    summary=entry.summary, published=entry.published,
                    language=entry.language)
            elif poll.url not in seen.feed_urls:
                by_id[article_id] = replace(
                    seen, feed_urls=seen.feed_urls + (poll.url,),
                    summary=seen.summary or entry.summary,
                    published=seen.published or entry.published)
    return tuple(by_id.values())


def rejected_links(polls: Iterable[FeedPoll], *, now: datetime | None = None
                   ) -> BatchResult:
    """The entries feeds listed but that cannot be fetched (``file:``, ``javascript:``,
    ``data:`` links...), as permanent failures recorded against their feed."""
    now = now or _now()
    return BatchResult(failures=tuple(
        FetchFailure(url=link, feed_url=poll.url, error=f"{poll.url}: {reason}",
                     kind="permanent", at=now)
        for poll in polls for link, reason in poll.rejected))


def split_known(candidates: Sequence[Candidate], known: set[str]
                ) -> tuple[tuple[Candidate, ...], tuple[tuple[str, str], ...]]:
    """(candidates still to fetch, sightings (article_id, feed_url) of known ones)."""
    fresh = tuple(c for c in candidates if c.article_id not in known)
    sightings = tuple((c.article_id, f) for c in candidates if c.article_id in known
                      for f in c.feed_urls)
    return fresh, sightings


def batches(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    return [tuple(items[i:i + size]) for i in range(0, len(items), max(1, size))]


def tapered_batches(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """``batches`` of ``size``, the last one, when there are several and it is over
    half a batch, cut in a half and two quarters: the store that follows the last fetch
    has no extraction to overlap with, so it is kept short."""
    out = batches(items, size)
    if len(out) < 2 or len(out[-1]) <= max(3, size // 2):
        return out
    last = out.pop()
    half, quarter = len(last) // 2, len(last) // 4
    return out + [last[:half], last[half:half + quarter], last[half + quarter:]]


# --------------------------------------------------------------------------- articles

def fetch_article(candidate: Candidate, ctx: PassContext) -> ArticleRecord | FetchFailure:
    """Fetch and extract one article; failures come back as ``FetchFailure``."""
    try:
        resp = fetch_retrying(candidate.url, ctx, article=True)
    except CanmexError as exc:
        kind = "transient" if isinstance(exc, TransientError) else "permanent"
        log.info("article failed: %s", exc)
        return FetchFailure(url=candidate.url, feed_url=candidate.feed_urls[0],
                            error=str(exc), kind=kind, at=_now())
    return ctx.extractor.extract(candidate, Page(resp.body, resp.url_final, resp.status),
                                 order=ctx.order)


def fetch_batch(candidates: Sequence[Candidate], ctx: PassContext) -> BatchResult:
    """Fetch and extract a batch concurrently (within the per-host limits)."""
    if not candidates:
        return BatchResult()
    workers = min(MAX_WORKERS, len(candidates))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="canmex-fetch") as pool:
        results = list(pool.map(lambda c: fetch_article(c, ctx), candidates))
    return BatchResult(
        records=tuple(r for r in results if isinstance(r, ArticleRecord)),
        failures=tuple(r for r in results if isinstance(r, FetchFailure)))


# --------------------------------------------------------------------------- warehouse

@dataclass(frozen=True)
class PassStart:
    states: dict[str, FeedState]
    spool_loaded: int
    totals: dict[str, int]


def start_pass(db: str | Path, urls: Sequence[str], *, busy_timeout: float) -> PassStart:
    """Load spooled batches left by an earlier pass, then the feeds' states."""
    with open_warehouse(db, busy_timeout=busy_timeout) as con:
        loaded = load_spool(con, default_spool_dir(db))
        states = load_feed_states(con, list(urls))
        totals = summary(con)
    return PassStart(states=states, spool_loaded=loaded, totals=totals)


def check_known(db: str | Path, candidates: Sequence[Candidate], *, busy_timeout: float
                ) -> tuple[tuple[Candidate, ...], int]:
    """(candidates not yet stored, how many were known); sightings of known ones saved.

    When the warehouse is busy every candidate is taken as new (appends are
    idempotent, so nothing is stored twice).
    """
    try:
        with open_warehouse(db, busy_timeout=busy_timeout) as con:
            known = known_article_ids(con, [c.article_id for c in candidates])
            fresh, sightings = split_known(candidates, known)
            if sightings:
                record_sightings(con, list(sightings))
    except WarehouseBusy as exc:
        log.warning("%s; fetching every listed article", exc)
        return tuple(candidates), 0
    return fresh, len(candidates) - len(fresh)


def store_batch(db: str | Path, batch: BatchResult, *, busy_timeout: float,
                detect: Settings | None = None) -> StoreResult:
    """Append a batch; when the warehouse is busy, spool it for the next pass.

    With ``detect`` (the pass's settings), the batch's events are then matched to
    meetings in the same open of the file (``flows.alerts.detect_in``; opening and
    closing it costs about as much as a small batch's matching). The batch is committed
    first: a detection that fails is reported in ``detect_error``, the batch stays
    stored, and the next detection picks its events up."""
    if not batch.records and not batch.failures:
        return StoreResult()
    try:
        # One DuckDB thread: during a pass the extraction workers keep every core busy,
        # and a second thread only adds its overhead (less CPU per store, same time).
        with open_warehouse(db, busy_timeout=busy_timeout, threads=1) as con:
            new = append_articles(con, list(batch.records))
            if batch.failures:
                record_failures(con, list(batch.failures))
            error = _detect(con, detect) if detect is not None and new else None
        return StoreResult(new=new, detect_error=error)
    except WarehouseBusy as exc:
        path = spool_batch(default_spool_dir(db), list(batch.records), list(batch.failures))
        log.warning("%s; batch of %d articles kept in %s for the next run", exc,
                    len(batch.records), path)
        return StoreResult(spooled=str(path))


def _detect(con: duckdb.DuckDBPyConnection, settings: Settings) -> str | None:
    """Match the stored events to meetings; the error, if that fails."""
    from flows.alerts import detect_in
    try:
        detect_in(con, settings)
    except Exception as exc:   # noqa: BLE001 - alerting never stops ingestion
        return f"meeting detection skipped: {exc}"
    return None


def final_states(polls: Sequence[FeedPoll], unfinished_feeds: set[str]) -> list[FeedState]:
    """States to save. A feed whose new articles were not all stored keeps its previous
    validators, so the next pass reads it again in full."""
    out = []
    for poll in polls:
        if poll.state is None:
            continue
        state = poll.state
        if poll.url in unfinished_feeds and poll.previous is not None:
            state = replace(state, etag=poll.previous.etag,
                            last_modified=poll.previous.last_modified,
                            body_sha256=poll.previous.body_sha256)
        out.append(state)
    return out


def finish_pass(db: str | Path, states: Sequence[FeedState], *, busy_timeout: float
                ) -> tuple[bool, dict[str, int]]:
    """Save feed states; return (saved, warehouse totals)."""
    try:
        with open_warehouse(db, busy_timeout=busy_timeout) as con:
            save_feed_states(con, list(states))
            return True, summary(con)
    except WarehouseBusy as exc:
        log.warning("%s; feed states not saved, the next run re-reads every feed", exc)
        return False, {}


# --------------------------------------------------------------------------- summary

def is_ca_mx_meeting(event: Event) -> bool:
    return (event.type in MEETING_TYPES and event.level in MEETING_LEVELS
            and {"CA", "MX"} <= set(event.countries))


def describe_meeting(event: Event, title: str | None) -> str:
    who = ", ".join(p.name for p in event.participants[:4]) or "participants not named"
    where = f" in {event.place}" if event.place else ""
    when = f" on {event.date}" if event.date else (f" ({event.date_text})"
                                                    if event.date_text else "")
    return f"{event.level} {event.type}{where}{when}: {who}" + (
        f" — “{title}”" if title else "")


def finished(future: Any) -> bool:
    """Whether a submitted task has finished, without waiting for it or asking Prefect's
    server (False for a kind of future that cannot tell)."""
    wrapped = getattr(future, "wrapped_future", None)
    return wrapped is not None and bool(wrapped.done())


def joined(results: Sequence[BatchResult]) -> BatchResult:
    """Several fetched batches as one, in order."""
    if len(results) == 1:
        return results[0]
    return BatchResult(records=tuple(r for b in results for r in b.records),
                       failures=tuple(f for b in results for f in b.failures))


def slim(batch: BatchResult) -> BatchResult:
    """A stored batch as the end of the pass needs it: no article texts, no facts but
    relevance and events (the summary lists meetings), so a long backfill does not hold
    every article in memory until it ends."""
    return replace(batch, records=tuple(
        replace(r, text="", extraction=replace(
            r.extraction, people=(), organizations=(), places=(), topics=(), figures=(),
            quotes=()))
        for r in batch.records))


def summarise(polls: Sequence[FeedPoll], known: int, batches_done: Sequence[BatchResult],
              stores: Sequence[StoreResult], start: PassStart, saved: bool,
              totals: dict[str, int]) -> RunSummary:
    records = [r for b in batches_done for r in b.records]
    failures = [f for b in batches_done for f in b.failures]
    meetings: dict[str, str] = {}
    for record in records:
        for event in record.extraction.events:
            if is_ca_mx_meeting(event) and event.key not in meetings:
                meetings[event.key] = describe_meeting(event,
                                                       record.extraction.article.title)
    before = start.totals.get("ca_mx_ministerial_meetings", 0)
    after = totals.get("ca_mx_ministerial_meetings", before)
    return RunSummary(
        feeds_polled=sum(p.outcome not in ("deferred", "retired") for p in polls),
        feeds_unchanged=sum(p.outcome == "unchanged" for p in polls),
        feeds_failed=sum(p.outcome == "failed" for p in polls),
        feeds_deferred=sum(p.outcome == "deferred" for p in polls),
        feeds_retired=sum(p.outcome == "retired" for p in polls),
        articles_new=sum(s.new for s in stores),
        articles_known=known,
        articles_failed=len(failures),
        articles_from_summary=sum(r.from_summary for r in records),
        relevant=sum(r.extraction.relevance.relevant for r in records),
        new_meetings=max(0, after - before) if saved else len(meetings),
        meetings=tuple(meetings.values()),
        feed_errors=tuple((p.url, p.error or p.warning or "") for p in polls
                          if p.outcome in ("failed", "retired") or p.warning),
        article_errors=tuple((f.url, f.error) for f in failures),
        spooled=tuple(s.spooled for s in stores if s.spooled),
        spool_loaded=start.spool_loaded, states_saved=saved, totals=totals)


# --------------------------------------------------------------------------- Prefect

@task(name="poll-feeds", cache_policy=NO_CACHE, persist_result=False)
def poll_feeds_task(specs: tuple[FeedSpec, ...], states: dict[str, FeedState],
                    ctx: PassContext, due_only: bool = False) -> list[FeedPoll]:
    return poll_feeds(specs, states, ctx, due_only=due_only)


@task(name="fetch-batch", cache_policy=NO_CACHE, persist_result=False)
def fetch_batch_task(candidates: tuple[Candidate, ...], ctx: PassContext) -> BatchResult:
    return fetch_batch(candidates, ctx)


@task(name="store-batch", cache_policy=NO_CACHE, persist_result=False)
def store_batch_task(db: str, batch: BatchResult, busy_timeout: float,
                     detect: Settings | None = None) -> StoreResult:
    return store_batch(db, batch, busy_timeout=busy_timeout, detect=detect)


@contextmanager
def settled() -> Iterator[list[Any]]:
    """A list for the task futures a block submits; leaving the block waits for every
    one, so that no task outlives the HTTP client or the worker processes it uses (when
    the pass fails or is cancelled half-way too)."""
    submitted: list[Any] = []
    try:
        yield submitted
    finally:
        for future in submitted:
            future.wait()


@flow(name="canmex-ingest", validate_parameters=False, persist_result=False,
      log_prints=False)
def ingest(feeds_file: str, db: str, settings: Settings, due_only: bool = False
           ) -> RunSummary:
    """One ingest pass over the feeds of ``feeds_file`` into the warehouse ``db``
    (with ``due_only``, only the feeds whose next poll has come)."""
    with long_lived_frozen():   # the collector scans only what the pass creates
        return ingest_pass(feeds_file, db, settings, due_only)


def ingest_pass(feeds_file: str, db: str, settings: Settings, due_only: bool) -> RunSummary:
    """The body of the ``ingest`` flow (called in it: it submits the flow's tasks)."""
    logger = get_run_logger()
    if (settings.extract_processes or default_processes()) > 1:
        start_fork_server()    # the workers' imports while the feeds are polled
    specs = read_feeds_file(feeds_file)
    policy = PollPolicy.from_settings(settings)
    busy = settings.busy_timeout
    start = start_pass(db, [s.url for s in specs], busy_timeout=busy)
    with make_client(settings) as client, settled() as polling:
        ctx = PassContext(settings=settings, client=client,
                          limiter=HostLimiter.from_settings(settings))
        # quote(): hand the objects over as they are, without Prefect walking into them
        polling.extend(poll_feeds_task.submit(group, quote(start.states), quote(ctx),  # type: ignore[call-overload]
                                              due_only)
                       for group in batches(specs, FEED_GROUP))
        polls: list[FeedPoll] = [p for f in polling for p in f.result()]
        fresh, known = check_known(db, plan_articles(polls), busy_timeout=busy)
        polls = schedule_polls(polls, fresh, policy)
        processes = extract_processes(settings, len(fresh))
        logger.info("%d feeds polled, %d new articles to fetch, %d already stored; "
                    "extracting in %s", len(polls), len(fresh), known,
                    f"{processes} processes" if processes > 1 else "this process")
        done: list[BatchResult] = []
        stores: list[StoreResult] = []
        rejected = rejected_links(polls)
        if rejected.failures:
            stores.append(store_batch_task(db, quote(rejected), busy))  # type: ignore[call-overload]
            done.append(rejected)
        from flows.alerts import alert_stage  # never stops the pass
        with Extractor(processes) as extractor, settled() as fetching:
            shared = replace(ctx, extractor=extractor)
            chunks = enumerate(tapered_batches(fresh, settings.batch_size))
            in_flight: deque[Any] = deque()

            def top_up() -> None:
                while len(in_flight) < BATCHES_IN_FLIGHT:
                    if (upcoming := next(chunks, None)) is None:
                        return
                    order, chunk = upcoming
                    in_flight.append(fetch_batch_task.submit(  # type: ignore[call-overload]
                        chunk, quote(replace(shared, order=order))))
                    fetching.append(in_flight[-1])

            top_up()
            while in_flight:
                ready = [in_flight.popleft()]
                # Batches that finished while the last store ran are stored with this one:
                # one open, one transaction and one matching for them all (storing costs
                # mostly per store), so the flow's process catches up with the workers.
                while in_flight and finished(in_flight[0]):
                    ready.append(in_flight.popleft())
                result = joined([ahead.result() for ahead in ready])
                for ahead in ready:
                    fetching.remove(ahead)   # done with: its batch is not held to the end
                top_up()   # the next batches are fetched and extracted while this is stored
                # stored, then its meetings matched, while the next batches are fetched
                stores.append(store_batch_task(db, quote(result), busy,  # type: ignore[call-overload]
                                               quote(settings)))
                if stores[-1].detect_error:
                    logger.warning(stores[-1].detect_error)
                done.append(slim(result))    # stored: keep only what the summary needs
    unfinished = {f.feed_url for b in done for f in b.failures
                  if f.kind == "transient" and f.feed_url}
    unfinished |= {u for b, s in zip(done, stores, strict=True) if s.spooled
                   for r in b.records for u in r.feed_urls}
    alert_stage(db, settings)   # what is left unmatched (spooled batches), then the alerts
    # Totals after matching, so the summary counts real-world meetings and alerts.
    saved, totals = finish_pass(db, final_states(polls, unfinished), busy_timeout=busy)
    return summarise(polls, known, done, stores, start, saved, totals)


def preflight(db: str | Path, feeds_file: str | Path, settings: Settings
              ) -> tuple[FeedSpec, ...]:
    """Check, before Prefect starts, that the pass can run: a valid feeds file and a
    warehouse that opens (migrations applied). Raises ConfigError / Warehouse*."""
    specs = read_feeds_file(feeds_file)
    with open_warehouse(db, busy_timeout=settings.busy_timeout):
        pass
    return specs


def run_ingest(feeds_file: str | Path, db: str | Path, settings: Settings, *,
               due_only: bool = False) -> RunSummary:
    """Check the inputs, then run the ``ingest`` flow once and return its summary."""
    preflight(db, feeds_file, settings)
    with local_run_settings():
        return ingest(str(feeds_file), str(db), settings, due_only)
