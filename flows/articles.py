"""From a fetched page to a stored record, on every core.

``build_record`` is the CPU-bound part of a pass: full text and metadata
(``extract_document``) then the structured extraction (``extract_article``). It is pure
(bytes in, record out) and imports nothing of Prefect, so worker processes start fast.

``Extractor`` runs it either in the calling thread or in a pool of worker processes
(one per core by default). Threads cannot share that work: it is Python code holding the
interpreter lock, so a pass that extracts in its fetch threads keeps one core busy. The
pool is started only for a pass with enough new articles to pay for it
(``settings.extract_pool_min``); workers are started by a fork server, never forked from
the (multi-threaded) flow process. A worker that dies (a page that exhausts memory, a
crash in a C library) costs that article, recorded as a transient failure so a later
pass tries it again; the pool is replaced and the pass goes on.

Pages reach the workers in the order of their batch (``order``), not of their arrival:
the fetch threads of several batches hand pages over at once, and without an order the
batches would finish together, each at the end of all of them, leaving nothing for the
flow's process to store while the workers extract (``_OrderedGate``).
"""
from __future__ import annotations

import heapq
import itertools
import logging
import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import TracebackType

from extractors.fulltext import extract_document
from extractors.gender import name_genders
from extractors.model import Extraction
from extractors.pipeline import extract_article
from flows.heap import freeze_long_lived
from flows.settings import Settings
from warehouse.records import ArticleRecord, FetchFailure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    """A new article to fetch: one canonical URL, every feed that listed it."""
    article_id: str
    url: str
    canonical_url: str
    feed_urls: tuple[str, ...]
    source: str | None = None
    title: str | None = None
    summary: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Page:
    """What extraction needs of a fetched page (and nothing that cannot be pickled)."""
    body: bytes
    url_final: str
    status: int


def build_record(candidate: Candidate, page: Page, *, now: datetime | None = None
                 ) -> ArticleRecord | FetchFailure:
    """Full text, metadata and extraction of one fetched page (summary as fallback)."""
    now = now or datetime.now(UTC)
    doc = extract_document(page.body, url=page.url_final)
    text, from_summary = doc.text, False
    if not text:
        if not candidate.summary:
            return FetchFailure(url=candidate.url, feed_url=candidate.feed_urls[0],
                                error=f"{candidate.url}: {doc.reason}, and the feed entry "
                                      "has no summary", kind="permanent", at=now)
        text, from_summary = candidate.summary, True
    title = doc.title or candidate.title
    page_date = doc.date
    if page_date and page_date > (now + timedelta(days=1)).date().isoformat():
        log.info("%s: page date %s is in the future; ignored", candidate.url, page_date)
        page_date = None
    published = page_date or candidate.published
    source = doc.site_name if doc.site_name and not from_summary else candidate.source
    language = doc.language or candidate.language
    extraction: Extraction = extract_article(text, url=candidate.url, title=title,
                                             source=source or candidate.source,
                                             published=published, language=language)
    return ArticleRecord(article_id=candidate.article_id, url=candidate.url,
                         canonical_url=candidate.canonical_url,
                         feed_urls=candidate.feed_urls, fetched_at=now,
                         http_status=page.status, text=text, from_summary=from_summary,
                         author=doc.author, site_name=doc.site_name, extraction=extraction)


def safe_build_record(candidate: Candidate, page: Page) -> ArticleRecord | FetchFailure:
    """``build_record``; an unexpected error in extraction is this page's permanent
    failure (recorded with its type and message), never the end of the pass."""
    try:
        return build_record(candidate, page)
    except Exception as exc:  # noqa: BLE001 - one page must not stop the pass
        log.exception("extraction failed for %s", candidate.url)
        return FetchFailure(url=candidate.url, feed_url=candidate.feed_urls[0],
                            error=f"{candidate.url}: extraction failed: "
                                  f"{type(exc).__name__}: {exc}",
                            kind="permanent", at=datetime.now(UTC))


def _warm() -> None:
    """Worker start-up: read the gazetteer, lexicons and given names' genders before the
    first page, then leave them (and the rest of what the worker holds until it exits) out
    of the garbage collector's scans."""
    extract_article("Canada and Mexico.", language="en")
    name_genders()
    freeze_long_lived()


def default_processes() -> int:
    return max(1, os.cpu_count() or 1)


def start_fork_server() -> None:
    """Start the fork server that extraction workers are started by, in the background
    (it is then asked for workers, when a pass has enough new articles): its imports
    (trafilatura and the extractors, about a second) then overlap polling the feeds
    instead of delaying the first pages. Once per process; nothing where there is no
    fork server. It and its workers ignore Ctrl-C (``flows.ignore_interrupt``)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        ["flows.ignore_interrupt", __name__])
    from multiprocessing import forkserver
    forkserver.ensure_running()


def worker_pool(processes: int) -> ProcessPoolExecutor:
    """``processes`` extraction workers, started by a fork server (spawned where there is
    none), the gazetteer and lexicons read before their first task."""
    method = ("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
              else "spawn")
    context = multiprocessing.get_context(method)
    start_fork_server()
    return ProcessPoolExecutor(max_workers=processes, mp_context=context, initializer=_warm)


def extract_processes(settings: Settings, articles: int) -> int:
    """Worker processes for a pass with ``articles`` new articles: one per core (or
    ``settings.extract_processes``), but none below ``settings.extract_pool_min``
    articles, where starting them costs more than it saves."""
    wanted = settings.extract_processes or default_processes()
    if wanted <= 1 or articles < max(1, settings.extract_pool_min):
        return 1
    return min(wanted, articles)


class _OrderedGate:
    """``slots`` turns at a time, given lowest ``order`` first (first come, first served
    within an order). A freed slot passes straight to the next in line."""

    def __init__(self, slots: int) -> None:
        self._free = slots
        self._waiting: list[tuple[int, int, threading.Event]] = []
        self._arrivals = itertools.count()
        self._lock = threading.Lock()

    @contextmanager
    def turn(self, order: int) -> Iterator[None]:
        with self._lock:
            if self._free:            # a free slot means nobody is waiting
                self._free -= 1
                given = None
            else:
                given = threading.Event()
                heapq.heappush(self._waiting, (order, next(self._arrivals), given))
        if given is not None:
            given.wait()
        try:
            yield
        finally:
            with self._lock:
                if self._waiting:
                    heapq.heappop(self._waiting)[2].set()
                else:
                    self._free += 1


class Extractor:
    """Runs ``safe_build_record`` in-line (``processes <= 1``) or in worker processes.

    Thread-safe: the fetch threads of a batch call ``extract`` concurrently. With
    workers, pages go to them by ``order`` (lowest first), two per worker at a time (one
    extracted, one waiting in the pipe). Use as a context manager; leaving it shuts the
    workers down.
    """

    def __init__(self, processes: int = 1) -> None:
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._gate = _OrderedGate(2 * processes)
        if processes > 1:
            self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return worker_pool(self.processes)

    def extract(self, candidate: Candidate, page: Page, *, order: int = 0
                ) -> ArticleRecord | FetchFailure:
        """The page's record (or failure); ``order``: its batch's place in the pass."""
        pool = self._pool
        if pool is None:
            return safe_build_record(candidate, page)
        try:
            with self._gate.turn(order):
                pool = self._pool or pool     # replaced while this page waited
                return pool.submit(safe_build_record, candidate, page).result()
        except BrokenProcessPool:
            self._replace(pool)
            log.warning("an extraction worker died while %s was in flight", candidate.url)
            return FetchFailure(url=candidate.url, feed_url=candidate.feed_urls[0],
                                error=f"{candidate.url}: the extraction worker died "
                                      "(retried next run)",
                                kind="transient", at=datetime.now(UTC))

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                broken.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start()

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
