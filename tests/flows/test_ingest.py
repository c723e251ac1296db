"""The ingest pass: plain functions against the real local server, then the real Prefect
flow end to end (twice) over the EN/ES/FR fixtures."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from support.holder import WarehouseHolder

from extractors.errors import RateLimited, ServerError
from extractors.feedlist import FeedSpec
from extractors.model import Event, Participant
from flows.http import HostLimiter, make_client
from flows.ingest import (
    BatchResult,
    Candidate,
    FeedPoll,
    PassContext,
    fetch_article,
    fetch_batch,
    fetch_retrying,
    final_states,
    is_ca_mx_meeting,
    plan_articles,
    poll_feed,
    slim,
    split_known,
    start_pass,
    store_batch,
    tapered_batches,
)
from flows.settings import Settings
from warehouse.records import ArticleRecord, FeedState, FetchFailure, article_id_for
from warehouse.store import default_spool_dir, load_extraction, open_warehouse

FACT_TABLES = ("people", "organizations", "places", "topics", "figures", "quotes", "events")


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def ctx(settings: Settings, slept: list[float]) -> Iterator[PassContext]:
    with make_client(settings) as client:
        yield PassContext(settings=settings, client=client,
                          limiter=HostLimiter(per_host=4, delay=0.0), sleep=slept.append)


def spec(server, path: str) -> FeedSpec:
    return FeedSpec(url=server.url(path))


def candidate(server, path: str, summary: str | None = "A summary of the story.",
              feed: str = "files/feeds/en.xml") -> Candidate:
    url = server.url(path)
    return Candidate(article_id=article_id_for(url), url=url, canonical_url=url,
                     feed_urls=(server.url(feed),), source="Test feed", title="A story",
                     summary=summary, published="2025-03-12", language="en")


# ---------------------------------------------------------------------- polling

def test_poll_then_304(http_server, ctx: PassContext) -> None:
    first = poll_feed(spec(http_server, "files/feeds/fr.xml"), None, ctx)
    assert first.outcome == "new" and len(first.entries) == 1
    assert first.state.etag and first.state.last_modified and first.state.body_sha256
    second = poll_feed(spec(http_server, "files/feeds/fr.xml"), first.state, ctx)
    assert second.outcome == "unchanged" and second.entries == ()
    assert second.state.last_status == 304 and second.state.error_count == 0
    assert http_server.requests[-1][1].get("If-None-Match") == first.state.etag


def test_a_server_ignoring_validators_is_caught_by_the_body_hash(http_server,
                                                                 ctx: PassContext) -> None:
    first = poll_feed(spec(http_server, "plain/feeds/fr.xml"), None, ctx)
    assert first.outcome == "new" and first.state.etag is None
    second = poll_feed(spec(http_server, "plain/feeds/fr.xml"), first.state, ctx)
    assert second.outcome == "unchanged" and second.state.last_status == 200


def test_a_changed_feed_is_read_again(http_server, ctx: PassContext) -> None:
    body = (http_server.root / "feeds" / "fr.xml").read_bytes().replace(
        b"{base}", http_server.base.encode())
    http_server.set_body("changing", body)
    first = poll_feed(spec(http_server, "mutable/changing"), None, ctx)
    http_server.set_body("changing", body.replace(b"</channel>", b"<item><title>More"
                         b"</title><link>http://news.example/more</link></item></channel>"))
    second = poll_feed(spec(http_server, "mutable/changing"), first.state, ctx)
    assert second.outcome == "new" and len(second.entries) == 2


@pytest.mark.parametrize("path, message", [
    ("status/410", "410 Gone"), ("status/404", "404"),
    ("files/feeds/not-a-feed.html", "HTML page, not a feed"),
    ("slow?delay=5", "timed out")])
def test_feed_failures_are_recorded_in_the_state(http_server, ctx: PassContext, path: str,
                                                 message: str) -> None:
    before = FeedState(url=http_server.url(path), error_count=2)
    poll = poll_feed(spec(http_server, path), before, replace(
        ctx, settings=ctx.settings.with_overrides(read_timeout=0.3, fetch_retries=0)))
    assert poll.outcome == "failed" and message in (poll.error or "")
    assert poll.state.error_count == 3 and message in (poll.state.last_error or "")


def test_429_with_a_long_retry_after_defers_the_feed(http_server, ctx: PassContext,
                                                     slept: list[float]) -> None:
    poll = poll_feed(spec(http_server, "ratelimit?after=600"), None, ctx)
    assert poll.outcome == "failed" and slept == []           # not waited for in the pass
    assert poll.state.next_poll is not None
    assert poll.state.next_poll > datetime.now(UTC) + timedelta(seconds=500)
    again = poll_feed(spec(http_server, "ratelimit?after=600"), poll.state, ctx)
    assert again.outcome == "deferred"


# ---------------------------------------------------------------------- retries

def test_transient_errors_are_retried(http_server, ctx: PassContext,
                                      slept: list[float]) -> None:
    resp = fetch_retrying(http_server.url("flaky/retry-once/1/feeds/fr.xml"), ctx)
    assert resp.status == 200 and len(slept) == 1
    assert http_server.hits["/flaky/retry-once/1/feeds/fr.xml"] == 2


def test_retry_after_is_honoured(http_server, ctx: PassContext, slept: list[float]) -> None:
    with pytest.raises(RateLimited):
        fetch_retrying(http_server.url("ratelimit?after=2"), ctx)
    assert slept == [2.0]                                     # fetch_retries = 1


def test_retries_give_up(http_server, ctx: PassContext, slept: list[float]) -> None:
    before = http_server.hits["/status/502"]
    with pytest.raises(ServerError):
        fetch_retrying(http_server.url("status/502"), ctx)
    assert http_server.hits["/status/502"] == before + 2


def test_permanent_errors_are_not_retried(http_server, ctx: PassContext,
                                          slept: list[float]) -> None:
    before = http_server.hits["/status/403"]
    fetch_article(candidate(http_server, "status/403"), ctx)
    assert http_server.hits["/status/403"] == before + 1 and slept == []


# ---------------------------------------------------------------------- planning

def test_one_candidate_per_canonical_url_with_every_feed(http_server, ctx: PassContext) -> None:
    polls = [poll_feed(spec(http_server, f"files/feeds/{n}.xml"), None, ctx)
             for n in ("en", "es", "fr", "malformed")]
    plan = plan_articles(polls)
    by_path = {c.canonical_url.removeprefix(http_server.base): c for c in plan}
    assert sorted(by_path) == ["/files/articles/empty.html", "/files/articles/en-meeting.html",
                               "/files/articles/en-weather.html",
                               "/files/articles/es-reunion.html",
                               "/files/articles/fr-rencontre.html", "/status/404"]
    meeting = by_path["/files/articles/en-meeting.html"]
    assert meeting.feed_urls == (http_server.url("files/feeds/en.xml"),
                                 http_server.url("files/feeds/es.xml"))
    assert "utm_source" in meeting.url                       # fetched as listed
    assert len(by_path["/files/articles/fr-rencontre.html"].feed_urls) == 2


def test_split_known() -> None:
    a = Candidate("a", "http://x/a", "http://x/a", ("f1", "f2"))
    b = Candidate("b", "http://x/b", "http://x/b", ("f1",))
    fresh, sightings = split_known([a, b], {"a"})
    assert fresh == (b,) and sightings == (("a", "f1"), ("a", "f2"))


@pytest.mark.parametrize(("count", "size", "sizes"), [
    (1000, 200, [200, 200, 200, 200, 100, 50, 50]),   # the last batch: a half, two quarters
    (350, 200, [200, 75, 37, 38]),
    (230, 200, [200, 30]),        # a last batch of at most half a batch is left whole
    (200, 200, [200]),            # one batch: nothing to overlap its store with anyway
    (8, 4, [4, 2, 1, 1]),
    (7, 1, [1] * 7),
    (0, 200, []),
])
def test_the_last_batch_of_a_pass_comes_in_smaller_ones(count: int, size: int,
                                                       sizes: list[int]) -> None:
    items = list(range(count))
    chunks = tapered_batches(items, size)
    assert [len(c) for c in chunks] == sizes
    assert [i for c in chunks for i in c] == items     # every item once, in order


# ---------------------------------------------------------------------- articles

def test_article_record(http_server, ctx: PassContext) -> None:
    record = fetch_article(candidate(http_server, "files/articles/es-reunion.html"), ctx)
    assert isinstance(record, ArticleRecord) and not record.from_summary
    assert record.author == "Sofía Ramírez" and record.site_name == "Diario del Valle"
    info = record.extraction.article
    assert info.language == "es" and info.published == "2025-04-03"
    assert info.title == "México y Canadá acuerdan ampliar la cooperación en energía"
    assert record.text.startswith("México y Canadá")


def test_a_page_without_text_falls_back_to_the_summary(http_server, ctx: PassContext) -> None:
    record = fetch_article(candidate(http_server, "files/articles/empty.html",
                                     summary="Ministers met in Ottawa."), ctx)
    assert isinstance(record, ArticleRecord)
    assert record.from_summary and record.text == "Ministers met in Ottawa."
    none = fetch_article(candidate(http_server, "files/articles/empty.html", summary=None), ctx)
    assert isinstance(none, FetchFailure) and none.kind == "permanent"
    assert "no extractable text" in none.error


@pytest.mark.parametrize("path, kind", [("status/404", "permanent"), ("status/410", "permanent"),
                                        ("huge?size=900000", "permanent"),
                                        ("status/500", "transient")])
def test_article_failures(http_server, ctx: PassContext, path: str, kind: str) -> None:
    failure = fetch_article(candidate(http_server, path), ctx)
    assert isinstance(failure, FetchFailure) and failure.kind == kind
    assert failure.feed_url == http_server.url("files/feeds/en.xml")


def test_private_article_links_are_refused_by_default(http_server, ctx: PassContext) -> None:
    strict = replace(ctx, settings=ctx.settings.with_overrides(
        allow_private_article_hosts=False))
    failure = fetch_article(candidate(http_server, "files/articles/en-meeting.html"), strict)
    assert isinstance(failure, FetchFailure) and "private address" in failure.error


def test_a_stored_batch_keeps_only_what_the_summary_needs(http_server,
                                                         ctx: PassContext) -> None:
    batch = fetch_batch([candidate(http_server, "files/articles/en-meeting.html")], ctx)
    (full,) = batch.records
    (kept,) = slim(batch).records
    assert full.text and full.extraction.people
    assert kept.text == "" and kept.extraction.people == () and kept.extraction.quotes == ()
    assert kept.extraction.events == full.extraction.events
    assert kept.extraction.relevance == full.extraction.relevance
    assert (kept.feed_urls, kept.from_summary, kept.article_id) == (
        full.feed_urls, full.from_summary, full.article_id)
    assert slim(batch).failures == batch.failures


def test_fetch_batch(http_server, ctx: PassContext) -> None:
    result = fetch_batch([candidate(http_server, "files/articles/en-meeting.html"),
                          candidate(http_server, "files/articles/fr-rencontre.html"),
                          candidate(http_server, "status/404")], ctx)
    assert len(result.records) == 2 and len(result.failures) == 1


# ---------------------------------------------------------------------- warehouse

def test_a_busy_warehouse_spools_the_batch_and_the_next_pass_loads_it(
        http_server, ctx: PassContext, fresh_db: str, tmp_path: Path) -> None:
    batch = fetch_batch([candidate(http_server, "files/articles/en-meeting.html"),
                         candidate(http_server, "status/404")], ctx)
    with WarehouseHolder(fresh_db, tmp_path):
        stored = store_batch(fresh_db, batch, busy_timeout=0.2)
    assert stored.new == 0 and stored.spooled
    assert Path(stored.spooled).parent == default_spool_dir(fresh_db)
    start = start_pass(fresh_db, [], busy_timeout=5)
    assert start.spool_loaded == 1
    assert start.totals["articles"] == 1 and start.totals["fetch_failures"] == 1
    assert not list(default_spool_dir(fresh_db).glob("batch-*.jsonl"))


def test_store_batch_is_idempotent(http_server, ctx: PassContext, fresh_db: str) -> None:
    batch = fetch_batch([candidate(http_server, "files/articles/fr-rencontre.html")], ctx)
    assert store_batch(fresh_db, batch, busy_timeout=1).new == 1
    assert store_batch(fresh_db, batch, busy_timeout=1).new == 0
    assert store_batch(fresh_db, BatchResult(), busy_timeout=1).new == 0


def test_a_batch_is_stored_and_its_meetings_matched_in_one_open(
        http_server, ctx: PassContext, fresh_db: str, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    import flows.ingest as ingest_module
    from warehouse.meetings import unmatched_reports
    opens: list[str] = []

    def counting_open(path: str, **kwargs: float) -> object:
        opens.append(path)
        return open_warehouse(path, **kwargs)

    batch = fetch_batch([candidate(http_server, "files/articles/en-meeting.html")], ctx)
    assert batch.records[0].extraction.events
    monkeypatch.setattr(ingest_module, "open_warehouse", counting_open)
    stored = store_batch(fresh_db, batch, busy_timeout=1, detect=ctx.settings)
    assert stored.new == 1 and stored.detect_error is None and opens == [fresh_db]
    with open_warehouse(fresh_db, read_only=True) as con:
        linked = con.execute("SELECT count(*) FROM meeting_articles").fetchone()
        assert linked is not None and linked[0] >= 1
        assert unmatched_reports(con) == []


def test_a_failed_detection_leaves_the_batch_stored_for_the_next_one(
        http_server, ctx: PassContext, fresh_db: str) -> None:
    from flows.alerts import detect_meetings
    with open_warehouse(fresh_db) as con:         # a damaged warehouse: no meetings table
        con.execute("ALTER TABLE meetings RENAME TO meetings_elsewhere")
    batch = fetch_batch([candidate(http_server, "files/articles/en-meeting.html")], ctx)
    stored = store_batch(fresh_db, batch, busy_timeout=1, detect=ctx.settings)
    assert stored.new == 1
    assert stored.detect_error and "meeting detection skipped" in stored.detect_error
    with open_warehouse(fresh_db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        con.execute("ALTER TABLE meetings_elsewhere RENAME TO meetings")
    assert detect_meetings(fresh_db, ctx.settings).reports >= 1


def test_unfinished_feeds_keep_their_old_validators() -> None:
    old = FeedState(url="f", etag='"1"', last_modified="a", body_sha256="h1")
    new = replace(old, etag='"2"', last_modified="b", body_sha256="h2", error_count=0)
    polls = [FeedPoll("f", "new", state=new, previous=old),
             FeedPoll("g", "new", state=FeedState("g", etag='"9"'), previous=FeedState("g"))]
    done, other = final_states(polls, unfinished_feeds={"f"})
    assert (done.etag, done.last_modified, done.body_sha256) == ('"1"', "a", "h1")
    assert other.etag == '"9"'


def test_meeting_filter() -> None:
    def event(type_: str, level: str, countries: tuple[str, ...]) -> Event:
        return Event(type=type_, level=level, status="held",
                     participants=(Participant("A", None, "CA"),), countries=countries,
                     place=None, date=None, date_text=None, outcomes=(), key="k")
    assert is_ca_mx_meeting(event("meeting", "ministerial", ("CA", "MX")))
    assert is_ca_mx_meeting(event("call", "leaders", ("MX", "US", "CA")))
    assert not is_ca_mx_meeting(event("agreement", "ministerial", ("CA", "MX")))
    assert not is_ca_mx_meeting(event("meeting", "officials", ("CA", "MX")))
    assert not is_ca_mx_meeting(event("meeting", "ministerial", ("CA", "US")))


# ---------------------------------------------------------------------- the real flow

def counts(db: str) -> dict[str, int]:
    con = duckdb.connect(db, read_only=True)
    try:
        tables = ("feeds", "articles", "article_feeds", "fetch_failures", *FACT_TABLES,
                  "event_participants")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def test_the_flow_end_to_end_twice(http_server, settings: Settings, fresh_db: str,
                                   tmp_path: Path, prefect_harness) -> None:
    from flows.ingest import ingest
    feeds = ["files/feeds/en.xml", "files/feeds/es.xml", "files/feeds/fr.xml",
             "files/feeds/malformed.xml", "files/feeds/not-a-feed.html", "status/410"]
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text("".join(f'[[feeds]]\nurl = "{http_server.url(f)}"\n\n'
                                  for f in feeds), encoding="utf-8")

    first = ingest(str(feeds_file), fresh_db, settings)

    assert (first.feeds_polled, first.feeds_unchanged, first.feeds_failed) == (6, 0, 2)
    # failed: the 404 and the javascript: link, recorded against en.xml
    assert (first.articles_new, first.articles_known, first.articles_failed) == (5, 0, 2)
    assert first.articles_from_summary == 1
    assert first.relevant >= 3
    rows = counts(fresh_db)
    assert rows["articles"] == 5 and rows["fetch_failures"] == 2 and rows["feeds"] == 6
    assert first.totals["articles"] == 5
    with open_warehouse(fresh_db) as con:
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
        seen_by = dict(con.execute(
            "SELECT a.canonical_url, count(*) FROM article_feeds f JOIN articles a "
            "USING (article_id) GROUP BY 1").fetchall())
        summary_only = con.execute(
            "SELECT url FROM articles WHERE from_summary").fetchall()
        languages = {r[0] for r in con.execute("SELECT language FROM articles").fetchall()}
        feed_rows = con.execute("SELECT url, etag, error_count, last_error FROM feeds "
                                "ORDER BY url").fetchall()
        extractions = [load_extraction(con, i) for i in ids]
    assert seen_by[http_server.url("files/articles/en-meeting.html")] == 2
    assert seen_by[http_server.url("files/articles/fr-rencontre.html")] == 2
    assert summary_only == [(http_server.url("files/articles/empty.html"),)]
    assert {"en", "es", "fr"} <= languages
    failed = {url: (count, err) for url, _, count, err in feed_rows if count}
    assert set(failed) == {http_server.url("status/410"),
                           http_server.url("files/feeds/not-a-feed.html")}
    assert all(etag for url, etag, count, _ in feed_rows if not count)
    # every list of every extraction landed in its table
    for table in FACT_TABLES:
        assert rows[table] == sum(len(getattr(x, table)) for x in extractions), table
    for table in ("people", "organizations", "places", "topics", "figures", "quotes",
                  "events", "event_participants"):
        assert rows[table] > 0, table
    assert first.new_meetings == len(first.meetings) >= 1

    sent_before = len(http_server.requests)
    second = ingest(str(feeds_file), fresh_db, settings)

    # the feed that answered 410 is retired: not polled again, still reported
    assert (second.feeds_polled, second.feeds_unchanged, second.feeds_failed) == (5, 4, 1)
    assert second.feeds_retired == 1 and len(second.feed_errors) == 2
    assert (second.articles_new, second.articles_failed, second.new_meetings) == (0, 0, 0)
    assert counts(fresh_db) == rows
    feed_requests = [h for p, h in http_server.requests[sent_before:]
                     if p.startswith("/files/feeds/") and p.endswith(".xml")]
    assert len(feed_requests) == 4 and all("If-None-Match" in h for h in feed_requests)
    assert not [p for p, _ in http_server.requests[sent_before:]
                if p.startswith("/files/articles/")]


def three_language_feeds(server, tmp_path: Path) -> Path:
    """A feeds file listing the English, Spanish and French fixture feeds."""
    path = tmp_path / "feeds.toml"
    path.write_text("".join(f'[[feeds]]\nurl = "{server.url(f)}"\n\n' for f in
                            ("files/feeds/en.xml", "files/feeds/es.xml",
                             "files/feeds/fr.xml")), encoding="utf-8")
    return path


def test_the_batch_size_changes_how_often_the_pass_appends_not_what_it_stores(
        http_server, settings: Settings, tmp_path: Path, prefect_harness) -> None:
    from flows.ingest import ingest
    feeds_file = three_language_feeds(http_server, tmp_path)
    stored = {}
    for size in (1, 2, settings.batch_size):
        db = str(tmp_path / f"batch-{size}.duckdb")
        result = ingest(str(feeds_file), db, settings.with_overrides(db=db, batch_size=size))
        with open_warehouse(db, read_only=True) as con:
            ids = sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall())
        stored[size] = (result.articles_new, result.articles_failed, ids,
                        {t: n for t, n in counts(db).items() if t != "feeds"})
    assert stored[1][0] >= 4                     # several batches at sizes 1 and 2
    assert stored[1] == stored[2] == stored[settings.batch_size]


def test_meetings_are_matched_batch_by_batch_while_the_pass_fetches(
        http_server, settings: Settings, tmp_path: Path, prefect_harness) -> None:
    from flows.ingest import ingest
    feeds_file = three_language_feeds(http_server, tmp_path)

    def first_match_and_last_fetch(size: int) -> tuple[object, object]:
        db = str(tmp_path / f"match-{size}.duckdb")
        ingest(str(feeds_file), db, settings.with_overrides(db=db, batch_size=size))
        with open_warehouse(db, read_only=True) as con:
            return con.execute("SELECT (SELECT min(matched_at) FROM meeting_articles), "
                               "(SELECT max(fetched_at) FROM articles)").fetchone()

    matched, fetched = first_match_and_last_fetch(1)
    assert matched is not None and matched < fetched    # before the last batch was fetched
    matched, fetched = first_match_and_last_fetch(settings.batch_size)
    assert matched is not None and matched > fetched    # one batch: matched at the end


def test_a_pass_lets_go_of_each_batch_once_it_is_stored(
        http_server, settings: Settings, tmp_path: Path, prefect_harness,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A backfill must not hold every article it fetched until the pass ends: when a
    store runs, the texts of the batches stored before it are gone from memory (at most
    the batch it stores and the one fetched ahead are alive). One batch of one article in
    flight, so that each article is stored on its own."""
    import gc

    import flows.ingest as ingest_module
    feeds_file = three_language_feeds(http_server, tmp_path)
    db = str(tmp_path / "memory.duckdb")
    alive: list[int] = []     # articles with their text in memory, at each store

    def counting_store(path: str, batch: BatchResult, **kwargs: float) -> object:
        gc.collect()
        alive.append(sum(1 for o in gc.get_objects()
                         if isinstance(o, ArticleRecord) and o.text))
        return store_batch(path, batch, **kwargs)

    monkeypatch.setattr(ingest_module, "store_batch", counting_store)
    monkeypatch.setattr(ingest_module, "BATCHES_IN_FLIGHT", 1)
    result = ingest_module.ingest(str(feeds_file), db,
                                  settings.with_overrides(db=db, batch_size=1))
    assert result.articles_new >= 5 and len(alive) >= result.articles_new
    assert max(alive) <= 2, alive


def test_the_next_batches_are_fetched_while_a_batch_is_stored(
        http_server, settings: Settings, tmp_path: Path, prefect_harness,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Storing does not hold up fetching: when batches up to i are stored, batch i + 3
    (three in flight) has been handed to the fetchers. Each store waits (up to 20 s) for
    that fetch to start; a pass that fetched only after storing would time out. Batches
    that finished while a store waited are stored together by the next one; every
    fetched batch is stored exactly once."""
    import threading

    import flows.ingest as ingest_module
    feeds_file = three_language_feeds(http_server, tmp_path)
    db = str(tmp_path / "overlap.duckdb")
    started: list[int] = []
    fetched: list[BatchResult] = []
    changed = threading.Condition()
    waited_for: list[bool] = []
    covered: list[int] = []          # fetched batches stored by each store

    def noting_fetch(candidates: list[Candidate], ctx: PassContext) -> BatchResult:
        with changed:
            started.append(len(candidates))
            changed.notify_all()
        fetched.append(fetch_batch(candidates, ctx))
        return fetched[-1]

    def waiting_store(path: str, batch: BatchResult, **kwargs: float) -> object:
        items = {id(x) for x in (*batch.records, *batch.failures)}
        stored = [b for b in fetched if any(id(x) in items for x in (*b.records, *b.failures))]
        if stored:                               # not the pass's rejected links
            upto = sum(covered) + len(stored)
            covered.append(len(stored))
            with changed:
                waited_for.append(changed.wait_for(
                    lambda: len(started) >= min(upto + ingest_module.BATCHES_IN_FLIGHT,
                                                total), timeout=20))
        return store_batch(path, batch, **kwargs)

    monkeypatch.setattr(ingest_module, "fetch_batch", noting_fetch)
    # How many batches of one article the pass makes: a first pass into another file.
    first = str(tmp_path / "count.duckdb")
    ingest_module.ingest(str(feeds_file), first,
                         settings.with_overrides(db=first, batch_size=1))
    total = len(started)
    started.clear()
    fetched.clear()
    monkeypatch.setattr(ingest_module, "store_batch", waiting_store)
    result = ingest_module.ingest(str(feeds_file), db,
                                  settings.with_overrides(db=db, batch_size=1))
    assert total >= 5 and len(started) == sum(covered) == total
    assert result.articles_new >= 5 and all(waited_for), waited_for
    assert max(covered) <= ingest_module.BATCHES_IN_FLIGHT


def test_batches_that_finish_during_a_slow_store_are_stored_together(
        http_server, settings: Settings, tmp_path: Path, prefect_harness,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """When storing falls behind (here each store first waits until the batches fetched
    ahead have finished, and half a second more), the next store takes every batch that
    has finished, in one go, and no batch is stored twice or left out."""
    import threading
    import time as clock

    import flows.ingest as ingest_module
    feeds_file = three_language_feeds(http_server, tmp_path)
    db = str(tmp_path / "together.duckdb")
    fetched: list[BatchResult] = []
    changed = threading.Condition()
    sizes: list[int] = []            # fetched batches in each store

    def noting_fetch(candidates: list[Candidate], ctx: PassContext) -> BatchResult:
        result = fetch_batch(candidates, ctx)
        with changed:
            fetched.append(result)
            changed.notify_all()
        return result

    def slow_store(path: str, batch: BatchResult, **kwargs: float) -> object:
        items = {id(x) for x in (*batch.records, *batch.failures)}
        n = sum(1 for b in fetched if any(id(x) in items for x in (*b.records, *b.failures)))
        if n:
            sizes.append(n)
            with changed:
                changed.wait_for(lambda: len(fetched) >= min(
                    sum(sizes) + ingest_module.BATCHES_IN_FLIGHT, total), timeout=20)
            clock.sleep(0.5)
        return store_batch(path, batch, **kwargs)

    monkeypatch.setattr(ingest_module, "fetch_batch", noting_fetch)
    first = str(tmp_path / "count.duckdb")
    ingest_module.ingest(str(feeds_file), first, settings.with_overrides(db=first, batch_size=1))
    total = len(fetched)
    fetched.clear()
    monkeypatch.setattr(ingest_module, "store_batch", slow_store)
    result = ingest_module.ingest(str(feeds_file), db,
                                  settings.with_overrides(db=db, batch_size=1))
    assert total >= 5 and sum(sizes) == total
    assert max(sizes) == ingest_module.BATCHES_IN_FLIGHT, sizes
    assert counts(db)["articles"] == counts(first)["articles"] == result.articles_new


def test_batches_stored_together_are_one_batch_in_order() -> None:
    from extractors.pipeline import extract_article
    from flows.ingest import joined
    extraction = extract_article("Canada and Mexico.")
    ok = [ArticleRecord(article_id=article_id_for(f"https://x.test/{i}"),
                        url=f"https://x.test/{i}", canonical_url=f"https://x.test/{i}",
                        feed_urls=("f",), fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
                        http_status=200, text="t", from_summary=False, author=None,
                        site_name=None, extraction=extraction)
          for i in range(3)]
    bad = FetchFailure(url="https://x.test/b", feed_url="f", error="e", kind="permanent",
                       at=datetime(2026, 1, 1, tzinfo=UTC))
    one = BatchResult(records=(ok[0],), failures=(bad,))
    assert joined([one]) is one
    both = joined([one, BatchResult(records=(ok[1], ok[2]))])
    assert both.records == tuple(ok) and both.failures == (bad,)
