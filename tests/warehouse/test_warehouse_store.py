"""Loading into the warehouse and reading back: every field, idempotency, re-extraction,
feed state."""
from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from warehouse_builders import FETCHED, full_extraction, make_record

from extractors.errors import WarehouseError
from extractors.meeting_match import MatchKnowledge
from extractors.model import Person
from warehouse.meetings import match_new_events
from warehouse.records import FeedState, FetchFailure, article_id_for
from warehouse.store import (
    FACT_TABLES,
    append_articles,
    article_texts,
    known_article_ids,
    load_article,
    load_extraction,
    load_feed_states,
    open_warehouse,
    record_failures,
    record_sightings,
    replace_facts,
    save_feed_states,
    summary,
)


def _counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "article_feeds", "fetch_failures", *FACT_TABLES)}


def test_article_id_is_stable_sha256_prefix() -> None:
    assert article_id_for("https://a.example/x") == article_id_for("https://a.example/x")
    assert len(article_id_for("https://a.example/x")) == 16
    assert article_id_for("https://a.example/x") != article_id_for("https://a.example/y")
    # sha256("https://a.example/x")[:16], as `printf %s URL | sha256sum` gives
    assert article_id_for("https://a.example/x") == "39021306bfa34811"


def test_every_field_round_trips_through_every_table(db_path: Path) -> None:
    record = make_record(feeds=("https://feeds.example/a.xml", "https://feeds.example/b.xml"))
    with open_warehouse(db_path) as con:
        assert append_articles(con, [record]) == 1
        back = load_article(con, record.article_id)
        counts = _counts(con)
    assert back.extraction == record.extraction            # evidence and version included
    assert back == record
    ex = record.extraction
    assert counts == {"articles": 1, "article_feeds": 2, "fetch_failures": 0,
                      "people": len(ex.people), "organizations": len(ex.organizations),
                      "places": len(ex.places), "topics": len(ex.topics),
                      "figures": len(ex.figures), "quotes": len(ex.quotes),
                      "events": len(ex.events),
                      "event_participants": sum(len(e.participants) for e in ex.events)}


def test_stored_columns_are_queryable_with_evidence(db_path: Path) -> None:
    record = make_record()
    with open_warehouse(db_path) as con:
        append_articles(con, [record])
        row = con.execute("SELECT published, (countries->>'MX')::INTEGER, relevant, tone, text, "
                          "fetched_at, extracted_at IS NOT NULL FROM articles").fetchone()
        assert row[:5] == (datetime(2026, 3, 4).date(), 6, True, 0.42, record.text)
        assert row[5] == FETCHED and row[6]
        for table in FACT_TABLES:
            missing = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id IS NULL "
                "OR extractor_version IS DISTINCT FROM '0.3.0'").fetchone()[0]
            assert missing == 0, table
        assert con.execute("SELECT name, sentence FROM people WHERE idx = 0").fetchone() == (
            "Mélanie Joly", "Industry Minister Mélanie Joly met her counterpart.")
        assert con.execute(
            "SELECT p.name FROM event_participants p JOIN events e "
            "ON p.article_id = e.article_id AND p.event_idx = e.idx "
            "WHERE e.event_key = '2026-03-03:CA-MX:joly-ebrard' ORDER BY p.idx"
        ).fetchall() == [("Mélanie Joly",), ("Marcelo Ebrard",)]
        con.execute("CHECKPOINT")
        compressions = {r[0] for r in con.execute(
            "SELECT compression FROM pragma_storage_info('articles') "
            "WHERE column_name = 'text' AND segment_type = 'VARCHAR'").fetchall()}
        assert compressions == {"ZSTD"}


def test_appending_twice_adds_nothing(db_path: Path) -> None:
    records = [make_record(), make_record("https://news.example/other")]
    with open_warehouse(db_path) as con:
        assert append_articles(con, records) == 2
        before = _counts(con)
        assert append_articles(con, records) == 0
        assert append_articles(con, records + records) == 0
        assert _counts(con) == before


def test_same_article_through_two_feeds_is_stored_once(db_path: Path) -> None:
    first = make_record(feeds=("https://feeds.example/a.xml",))
    second = dataclasses.replace(first, feed_urls=("https://feeds.example/b.xml",),
                                 fetched_at=FETCHED + timedelta(hours=1))
    with open_warehouse(db_path) as con:
        assert append_articles(con, [first]) == 1
        assert append_articles(con, [second]) == 0
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert con.execute("SELECT feed_url, first_seen FROM article_feeds ORDER BY feed_url"
                           ).fetchall() == [("https://feeds.example/a.xml", FETCHED),
                                            ("https://feeds.example/b.xml",
                                             FETCHED + timedelta(hours=1))]
        # both in one batch, too
        other = make_record("https://news.example/z", feeds=("https://feeds.example/a.xml",))
        again = dataclasses.replace(other, feed_urls=("https://feeds.example/c.xml",))
        assert append_articles(con, [other, again]) == 1
        assert con.execute("SELECT count(*) FROM article_feeds WHERE article_id = ?",
                           [other.article_id]).fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM people WHERE article_id = ?",
                           [other.article_id]).fetchone()[0] == 3


def test_an_article_id_not_derived_from_its_canonical_url_is_refused(db_path: Path) -> None:
    bad = dataclasses.replace(make_record(), article_id="0000000000000000")
    with open_warehouse(db_path) as con:
        with pytest.raises(ValueError, match="article_id_for"):
            append_articles(con, [bad])
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_sightings_and_known_ids(db_path: Path) -> None:
    record = make_record()
    with open_warehouse(db_path) as con:
        append_articles(con, [record])
        assert known_article_ids(con, [record.article_id, "ffffffffffffffff"]) == {
            record.article_id}
        assert known_article_ids(con, []) == set()
        pairs = [(record.article_id, "https://feeds.example/en.xml"),
                 (record.article_id, "https://feeds.example/fr.xml"),
                 (record.article_id, "https://feeds.example/fr.xml")]
        assert record_sightings(con, pairs) == 1
        assert record_sightings(con, pairs) == 0


def test_failures_are_recorded_once(db_path: Path) -> None:
    failures = [FetchFailure("https://news.example/gone", "https://feeds.example/en.xml",
                             "HTTP 410", "permanent", FETCHED),
                FetchFailure("https://news.example/slow", None, "read timeout", "transient",
                             FETCHED.astimezone(timezone(timedelta(hours=-6))))]
    with open_warehouse(db_path) as con:
        record_failures(con, failures)
        record_failures(con, failures)
        rows = con.execute('SELECT url, feed_url, error, kind, failed_at FROM fetch_failures '
                           "ORDER BY url").fetchall()
        assert rows == [("https://news.example/gone", "https://feeds.example/en.xml",
                         "HTTP 410", "permanent", FETCHED),
                        ("https://news.example/slow", None, "read timeout", "transient",
                         FETCHED)]
        with pytest.raises(ValueError, match="kind"):
            record_failures(con, [dataclasses.replace(failures[0], kind="odd")])


def test_replace_facts_swaps_an_articles_facts_atomically(db_path: Path) -> None:
    record = make_record(version="0.3.0")
    keep = make_record("https://news.example/untouched", version="0.3.0")
    newer = dataclasses.replace(
        full_extraction(record.url, version="0.10.0", tag=" (v2)"),
        people=(Person("Mélanie Joly", "Minister of Industry", "minister", "CA", 5,
                       "Minister of Industry Mélanie Joly."),),
        quotes=(), tone=0.5)
    with open_warehouse(db_path) as con:
        append_articles(con, [record, keep])
        replace_facts(con, record.article_id, newer)
        assert load_extraction(con, record.article_id) == newer
        assert load_extraction(con, keep.article_id) == keep.extraction
        assert con.execute("SELECT extractor_version, tone, title FROM articles "
                           "WHERE article_id = ?", [record.article_id]).fetchone() == (
            "0.10.0", 0.5, "Canada and Mexico renew ties (v2)")
        assert con.execute("SELECT DISTINCT extractor_version FROM people "
                           "WHERE article_id = ?", [record.article_id]).fetchall() == [
            ("0.10.0",)]
        # The text, fetch data and feed sightings stay as they were.
        assert load_article(con, record.article_id).text == record.text

        # A failing replacement changes nothing.
        broken = dataclasses.replace(newer, people=(Person(None, None, "other", None, 1),))
        with pytest.raises(WarehouseError, match="replacing facts failed"):
            replace_facts(con, record.article_id, broken)
        assert load_extraction(con, record.article_id) == newer
        with pytest.raises(WarehouseError, match="unknown article"):
            replace_facts(con, "ffffffffffffffff", newer)


def test_article_texts_selects_older_extractor_versions(db_path: Path) -> None:
    old = make_record("https://news.example/old", version="0.9.1")
    new = make_record("https://news.example/new", version="0.10.0")
    with open_warehouse(db_path) as con:
        append_articles(con, [old, new])
        everything = dict(article_texts(con))
        assert set(everything) == {old.article_id, new.article_id}
        below = list(article_texts(con, extractor_version_below="0.10.0"))
        assert [aid for aid, _ in below] == [old.article_id]
        meta = below[0][1]
        assert meta["text"] == old.text
        assert meta["canonical_url"] == old.canonical_url
        assert meta["published"] == "2026-03-04"
        assert meta["extractor_version"] == "0.9.1"
        assert meta["feed_urls"] == old.feed_urls
        assert meta["fetched_at"] == FETCHED
        # The caller may write between items.
        for aid, _ in article_texts(con):
            replace_facts(con, aid, full_extraction(version="1.0"))
        assert list(article_texts(con, extractor_version_below="1.0")) == []


def test_feed_state_upsert(db_path: Path) -> None:
    url = "https://feeds.example/en.xml"
    polled = datetime(2026, 3, 5, 8, 0, tzinfo=UTC)
    state = FeedState(url=url, name="Example EN", language="en", etag='W/"abc"',
                      last_modified="Thu, 05 Mar 2026 07:59:00 GMT", body_sha256="cd" * 32,
                      last_polled=polled, last_success=polled, last_status=200,
                      error_count=0, items_seen=25, enabled=True,
                      next_poll=polled + timedelta(minutes=30))
    with open_warehouse(db_path) as con:
        fresh = load_feed_states(con, [url])
        assert fresh == {url: FeedState(url=url)}
        save_feed_states(con, [state])
        assert load_feed_states(con, [url]) == {url: state}
        failed = dataclasses.replace(state, last_polled=polled + timedelta(hours=1),
                                     last_status=503, error_count=1, last_error="HTTP 503")
        save_feed_states(con, [failed])
        assert load_feed_states(con, [url])[url] == failed
        assert con.execute("SELECT count(*) FROM feeds").fetchone()[0] == 1
        # Naive datetimes are taken as UTC; returned ones are aware.
        naive = dataclasses.replace(failed, last_polled=datetime(2026, 3, 5, 10, 0))
        save_feed_states(con, [naive])
        assert load_feed_states(con, [url])[url].last_polled == datetime(
            2026, 3, 5, 10, 0, tzinfo=UTC)


def test_summary_counts_tables_and_ca_mx_meetings(db_path: Path) -> None:
    a = make_record("https://news.example/a")
    b = make_record("https://news.example/b")      # reports the same meeting (same key)
    with open_warehouse(db_path) as con:
        empty = summary(con)
        assert empty["articles"] == 0 and empty["ca_mx_ministerial_meetings"] == 0
        append_articles(con, [a, b])
        # Meetings are counted once matched across articles (the alert step does it).
        match_new_events(con, MatchKnowledge(), channels=())
        counts = summary(con)
    assert counts["articles"] == 2
    assert counts["relevant_articles"] == 2
    assert counts["people"] == 6
    assert counts["events"] == 6
    assert counts["alerts"] == 0
    # The CA–MX ministerial meeting and the CA–MX–US leaders' summit count; the
    # US–Mexico call does not; the same key across two articles is one meeting.
    assert counts["ca_mx_ministerial_meetings"] == 2


def test_writing_while_iterating_over_many_article_texts(db_path: Path) -> None:
    records = [make_record(f"https://news.example/{i}", version="0.1") for i in range(1100)]
    with open_warehouse(db_path) as con:
        append_articles(con, records)
        seen = []
        for n, (aid, meta) in enumerate(article_texts(con, extractor_version_below="0.2")):
            seen.append(aid)
            assert meta["extractor_version"] == "0.1"
            if n % 100 == 0:
                replace_facts(con, aid, full_extraction(version="0.2"))
        assert sorted(seen) == sorted(r.article_id for r in records)
        remaining = {aid for aid, _ in article_texts(con, extractor_version_below="0.2")}
        assert len(remaining) == 1100 - 11


def test_an_open_can_cap_duckdbs_threads_for_its_time(db_path: Path) -> None:
    """The ingest pass stores with one DuckDB thread (its workers have the cores); the
    cap lasts while the file is open, and the next open has DuckDB's default again."""
    def threads(**kwargs: int) -> int:
        with open_warehouse(db_path, **kwargs) as con:
            return con.execute("SELECT current_setting('threads')").fetchone()[0]

    default = threads()
    assert threads(threads=1) == 1
    assert threads() == default
