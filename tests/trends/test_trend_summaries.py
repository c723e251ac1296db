"""The trend views that read summary tables (migration 005) return exactly what their
straightforward definitions (the views of 001 and 003, over the fact tables) return:
after appending, after appending the same articles again, after re-extraction, and when
the migration fills the summaries of a warehouse written before it."""
from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest
from trend_builders import ANAND, DLF, EBRARD, JOLY, OTTAWA, sample_records

from extractors.model import Event, Extraction, Participant, Person, Quote, Topic
from extractors.pipeline import extract_article
from extractors.urls import canonical_url
from flows.reextract import reextract
from flows.settings import load_settings
from warehouse.migrate import MIGRATIONS_DIR
from warehouse.records import ArticleRecord, article_id_for
from warehouse.store import append_articles, open_warehouse, replace_facts_many
from warehouse.summaries import SUMMARIES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
# The views whose definition changed since 001/003, with the file that first defined them.
CHANGED = {"weekly_coverage_by_topic": "003", "meetings_timeline": "003",
           "official_activity_monthly": "003", "figures_over_time": "003",
           "top_sources": "003", "ca_mx_ministerial_meetings": "001"}
SUMMARY_TABLES = [s.table for s in SUMMARIES]


def reference_sql(view: str) -> str:
    """The view's first definition, over the fact tables: the straightforward one."""
    path = next(MIGRATIONS_DIR.glob(f"{CHANGED[view]}_*.sql"))
    con = duckdb.connect()
    try:
        for statement in con.extract_statements(path.read_text(encoding="utf-8")):
            m = re.search(r"(?s)CREATE VIEW (\w+) AS\s+(.*)", statement.query)
            if m and m.group(1) == view:
                return m.group(2).strip().rstrip(";")
    finally:
        con.close()
    raise AssertionError(f"no CREATE VIEW {view} in {path.name}")


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return sorted(con.execute(sql).fetchall(),
                  key=lambda row: repr([v for v in row if not isinstance(v, float)]))


def _same(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> bool:
    """Equal rows; floats (tones summed in another order) equal to the last few digits."""
    return len(got) == len(want) and all(
        len(g) == len(w) and all(
            x == pytest.approx(y, rel=1e-9, abs=1e-12) if isinstance(y, float) else x == y
            for x, y in zip(g, w, strict=True))
        for g, w in zip(got, want, strict=True))


# 003 takes the most frequent value with mode(), which picks any of the values tied for
# most; 005 picks the first of them in sort order. The reference does the same.
FIRST_MODE = ("CREATE TEMP MACRO first_mode(x) AS list_sort(list_transform("
              "map_entries(histogram(x)), "
              "lambda e: {'n': -CAST(e.value AS BIGINT), 'v': e.key}))[1].v")


def assert_views_match_their_definitions(db: Path) -> None:
    with open_warehouse(db, read_only=True) as con:
        con.execute(FIRST_MODE)
        for view in CHANGED:
            reference = re.sub(r"\bmode\(", "first_mode(", reference_sql(view))
            assert ([r[:2] for r in con.execute(f"DESCRIBE SELECT * FROM {view}").fetchall()]
                    == [r[:2] for r in con.execute(f"DESCRIBE {reference}").fetchall()]
                    ), view                                       # names and types
            got, want = _rows(con, f"SELECT * FROM {view}"), _rows(con, reference)
            assert _same(got, want), (view, got, want)


def summaries(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with open_warehouse(db, read_only=True) as con:
        return {t: _rows(con, f"SELECT * FROM {t}") for t in SUMMARY_TABLES}


def assert_same_summaries(got: dict[str, list[tuple[Any, ...]]],
                          want: dict[str, list[tuple[Any, ...]]]) -> None:
    assert got.keys() == want.keys()
    for table in want:
        assert _same(got[table], want[table]), (table, got[table], want[table])


# --------------------------------------------------------------------------- the articles

def fixture_records() -> list[ArticleRecord]:
    """The annotated fixture articles, extracted by the current extractor."""
    records = []
    for text_file in sorted(FIXTURES.glob("*.txt")):
        meta = json.loads(text_file.with_suffix(".meta.json").read_text(encoding="utf-8"))
        url = meta["url"].replace("{base}", "http://news.example")
        text = text_file.read_text(encoding="utf-8")
        extraction = extract_article(text, url=url, title=meta["title"],
                                     source=meta["source"], published=meta["published"],
                                     language=meta["language"])
        canonical = canonical_url(url)
        records.append(ArticleRecord(
            article_id=article_id_for(canonical), url=url, canonical_url=canonical,
            feed_urls=("http://news.example/feed.xml",),
            fetched_at=datetime(2026, 4, 20, 8, tzinfo=UTC), http_status=200, text=text,
            from_summary=False, author=None, site_name=meta["source"],
            extraction=extraction))
    return records


def edge_records() -> list[ArticleRecord]:
    """Rows the views must treat as the definitions do: a topic listed twice, mentions
    unknown, a participant with no country and one given two countries, an agreement
    sharing its key with a meeting, a quote by an official nobody gave a role."""
    base = sample_records()[0]
    url = "https://news.example/edge-cases"
    stranger = Participant("Ana Nadie", None, None)
    agreement = Event("agreement", "ministerial", "held",
                      (Participant("Mary Ng", "Trade Minister", "CA"),), ("CA", "MX"),
                      None, None, None, (), OTTAWA.key, "They signed an agreement.")
    meeting = dataclasses.replace(
        OTTAWA, participants=(*OTTAWA.participants, stranger,
                              Participant("Anita Anand", None, "MX")))
    extraction = dataclasses.replace(
        base.extraction,
        article=dataclasses.replace(base.extraction.article, url=url, published="2026-03-05"),
        topics=(Topic("trade", 2), Topic("trade", None), Topic("energy", None)),
        people=(ANAND, DLF, Person("Mary Ng", "Trade Minister", "minister", "CA", 1)),
        quotes=(Quote("Ana Nadie", None, "Nothing to add today"),
                Quote(None, "an official", "Talks went well")),
        events=(meeting, agreement), figures=())
    return [dataclasses.replace(base, article_id=article_id_for(url), url=url,
                                canonical_url=url, extraction=extraction)]


def all_records() -> list[ArticleRecord]:
    return sample_records() + edge_records() + fixture_records()


@pytest.fixture(scope="module")
def records() -> list[ArticleRecord]:
    return all_records()


def build(db: Path, records: list[ArticleRecord], batch: int = 7) -> Path:
    """Append ``records`` in several batches, as passes do."""
    for lo in range(0, len(records), batch):
        with open_warehouse(db) as con:
            append_articles(con, records[lo:lo + batch])
    return db


# --------------------------------------------------------------------------- the tests

def test_after_appending(tmp_path: Path, records: list[ArticleRecord]) -> None:
    db = build(tmp_path / "w.duckdb", records)
    assert_views_match_their_definitions(db)
    stored = summaries(db)
    assert all(stored.values()), "every summary has rows"
    with open_warehouse(db, read_only=True) as con:
        # The fixtures reach every kind of row the definitions treat specially.
        assert con.execute("SELECT count(*) FROM trend_event_people "
                           "WHERE country IS NULL").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM topics GROUP BY article_id, topic "
                           "ORDER BY 1 DESC LIMIT 1").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM official_activity_monthly "
                           "WHERE role IS NULL AND quotes > 0").fetchone()[0] > 0


def test_one_batch_or_many_give_the_same_summaries(tmp_path: Path,
                                                   records: list[ArticleRecord]) -> None:
    one = build(tmp_path / "one.duckdb", records, batch=len(records))
    many = build(tmp_path / "many.duckdb", records, batch=3)
    assert_same_summaries(summaries(one), summaries(many))


def test_appending_again_changes_nothing(tmp_path: Path,
                                         records: list[ArticleRecord]) -> None:
    db = build(tmp_path / "w.duckdb", records)
    before = summaries(db)
    with open_warehouse(db) as con:
        assert append_articles(con, records) == 0
        assert append_articles(con, records[:4] + records[4:]) == 0
    assert_same_summaries(summaries(db), before)
    assert_views_match_their_definitions(db)


def _changed(ex: Extraction, n: int) -> Extraction:
    """A different extraction of the same article: another week, relevance flipped,
    topics, people, quotes and events changed or gone."""
    published = f"2026-05-{n % 27 + 1:02d}" if n % 3 else None
    return dataclasses.replace(
        ex, article=dataclasses.replace(ex.article, published=published,
                                        source=None if n % 4 == 0 else ex.article.source),
        relevance=dataclasses.replace(ex.relevance, relevant=not ex.relevance.relevant),
        topics=ex.topics[1:] + (Topic("health", n),),
        people=tuple(dataclasses.replace(p, title="Minister") for p in ex.people[::2])
        + ((EBRARD,) if n % 2 else ()),
        quotes=tuple(dataclasses.replace(q, speaker=q.speaker and "Marcelo Ebrard")
                     for q in ex.quotes[:1]),
        events=() if n % 5 == 0 else tuple(
            dataclasses.replace(e, participants=e.participants[:1],
                                type="call" if n % 2 else e.type) for e in ex.events),
        extractor_version="9.9")


def test_after_replacing_facts(tmp_path: Path, records: list[ArticleRecord]) -> None:
    db = build(tmp_path / "w.duckdb", records)
    changed = [(r.article_id, _changed(r.extraction, n)) for n, r in enumerate(records)]
    with open_warehouse(db) as con:
        replace_facts_many(con, changed[::2])
    assert_views_match_their_definitions(db)
    with open_warehouse(db) as con:
        replace_facts_many(con, changed[1::2])
        replace_facts_many(con, changed[:5])          # the same facts again
    assert_views_match_their_definitions(db)
    # Summaries follow the facts, not the history: the same as appending those facts.
    fresh = build(tmp_path / "fresh.duckdb",
                  [dataclasses.replace(r, extraction=ex)
                   for r, (_, ex) in zip(records, changed, strict=True)])
    assert_same_summaries(summaries(db), summaries(fresh))


def test_after_canmex_reextract(tmp_path: Path, records: list[ArticleRecord]) -> None:
    # Stored by an early extractor that found next to nothing, then re-extracted.
    early = [dataclasses.replace(r, extraction=dataclasses.replace(
        r.extraction, people=(), topics=(Topic("trade", 1),), quotes=(), events=(),
        figures=(), extractor_version="0.0.1")) for r in records
        if r.text and len(r.text) > 200]
    db = build(tmp_path / "w.duckdb", early)
    assert reextract(db, load_settings({})).articles == len(early)
    assert_views_match_their_definitions(db)
    with open_warehouse(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM meetings_timeline").fetchone()[0] > 0
    # --all re-extracts current articles too: facts and summaries come out the same.
    before = summaries(db)
    assert reextract(db, load_settings({}), everything=True).articles == len(early)
    assert_same_summaries(summaries(db), before)
    assert_views_match_their_definitions(db)


def test_the_migration_fills_the_summaries_of_an_older_warehouse(
        tmp_path: Path, records: list[ArticleRecord]) -> None:
    db = build(tmp_path / "w.duckdb", records)
    kept = summaries(db)
    # Make the file look as if it was written before migration 005.
    con = duckdb.connect(str(db))
    try:
        for table in SUMMARY_TABLES:
            con.execute(f"DROP TABLE {table}")
        con.execute("DELETE FROM schema_migrations WHERE version = 5")
    finally:
        con.close()
    with open_warehouse(db) as con:
        assert con.execute("SELECT count(*) FROM schema_migrations WHERE version = 5"
                           ).fetchone()[0] == 1
    assert_same_summaries(summaries(db), kept)
    assert_views_match_their_definitions(db)


def test_an_empty_warehouse_has_empty_summaries(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    with open_warehouse(db):
        pass
    assert all(rows == [] for rows in summaries(db).values())
    assert_views_match_their_definitions(db)


def test_ties_between_titles_go_to_the_first_in_sort_order(tmp_path: Path) -> None:
    base = sample_records()
    a, b = base[0], base[2]
    joly_a = dataclasses.replace(JOLY, title="Minister of Industry")
    joly_b = dataclasses.replace(JOLY, title="Industry Minister")
    db = build(tmp_path / "w.duckdb", [
        dataclasses.replace(a, extraction=dataclasses.replace(a.extraction, people=(joly_a,))),
        dataclasses.replace(b, extraction=dataclasses.replace(b.extraction, people=(joly_b,)))])
    with open_warehouse(db, read_only=True) as con:
        titles = {r[0] for r in con.execute(
            "SELECT title FROM official_activity_monthly WHERE name = 'Mélanie Joly'"
        ).fetchall()}
    assert titles == {"Industry Minister"}
