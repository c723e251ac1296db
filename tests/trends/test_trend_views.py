"""The trend views of migration 003 on a warehouse whose trends are known exactly."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from warehouse.migrate import applied_versions
from warehouse.store import open_warehouse, run_query
from warehouse.trends import ensure_current

VIEWS = ("weekly_coverage_by_topic", "weekly_coverage_by_language", "meetings_timeline",
         "official_activity_monthly", "figures_over_time", "tone_over_time", "top_sources")
D = date.fromisoformat


def rows(db: Path, sql: str) -> list[dict]:
    columns, values = run_query(db, sql)
    return [dict(zip(columns, v, strict=True)) for v in values]


def test_weekly_coverage_by_topic(trend_db: Path) -> None:
    got = run_query(trend_db, "SELECT week, topic, articles, relevant_articles, mentions "
                              "FROM weekly_coverage_by_topic ORDER BY week, topic")[1]
    assert got == [(D("2026-03-02"), "trade", 2, 2, 5), (D("2026-03-02"), "usmca", 1, 1, 1),
                   (D("2026-03-16"), "energy", 1, 1, 2),
                   (D("2026-03-16"), "tourism", 1, 0, 0),     # the sport story
                   (D("2026-03-16"), "trade", 1, 1, 1),
                   # no publication date: the week of the (UTC) day it was fetched
                   (D("2026-04-06"), "trade", 1, 1, 4)]


def test_weekly_coverage_by_language(trend_db: Path) -> None:
    got = run_query(trend_db, "SELECT * FROM weekly_coverage_by_language "
                              "ORDER BY week, language")[1]
    assert got == [(D("2026-03-02"), "en", 1, 1), (D("2026-03-02"), "es", 1, 1),
                   (D("2026-03-16"), "en", 1, 0), (D("2026-03-16"), "fr", 1, 1),
                   (D("2026-04-06"), "en", 1, 1)]


def test_meetings_timeline_has_one_row_per_event(trend_db: Path) -> None:
    got = {r["event_key"]: r for r in rows(trend_db, "SELECT * FROM meetings_timeline")}
    assert set(got) == {"2026-03-02:CA-MX:anand-delafuente", "2026-04:CA-MX:joly-visit",
                        "2026-03-17:US-MX:security"}
    ottawa = got["2026-03-02:CA-MX:anand-delafuente"]
    assert (ottawa["day"], ottawa["date"], ottawa["type"], ottawa["level"],
            ottawa["status"], ottawa["place"]) == (D("2026-03-02"), D("2026-03-02"),
                                                   "meeting", "ministerial", "held", "Ottawa")
    assert ottawa["participants"] == ["Anita Anand", "Juan Ramón de la Fuente"]
    assert (ottawa["articles"], ottawa["sources"]) == (2, 2)
    assert (ottawa["first_reported"], ottawa["last_reported"]) == (D("2026-03-02"),
                                                                   D("2026-03-04"))
    assert ottawa["ca_mx_ministerial"] is True
    # Announced in March, held in April: one event, held, dated when it happened,
    # Canadians first among the participants.
    visit = got["2026-04:CA-MX:joly-visit"]
    assert (visit["status"], visit["date"], visit["day"], visit["type"]) == (
        "held", D("2026-04-06"), D("2026-04-06"), "visit")
    assert visit["participants"] == ["Mélanie Joly", "Marcelo Ebrard"]
    assert (visit["articles"], visit["sources"], visit["first_reported"]) == (
        2, 2, D("2026-03-18"))
    assert visit["countries"] == ["CA", "MX"]
    assert got["2026-03-17:US-MX:security"]["ca_mx_ministerial"] is False
    # The same events as the contract's ministerial-meeting view.
    keys = run_query(trend_db, "SELECT DISTINCT event_key FROM ca_mx_ministerial_meetings "
                               "ORDER BY 1")[1]
    flagged = run_query(trend_db, "SELECT event_key FROM meetings_timeline "
                                  "WHERE ca_mx_ministerial ORDER BY 1")[1]
    assert keys == flagged


def test_a_planned_meeting_stays_planned_until_reported_held(tmp_path: Path) -> None:
    from trend_builders import sample_records

    from warehouse.store import append_articles
    db = tmp_path / "w.duckdb"
    with open_warehouse(db) as con:
        append_articles(con, [r for r in sample_records()
                              if r.url.endswith("visit-fr")])
    got = rows(db, "SELECT status, date, day, place FROM meetings_timeline")
    assert got == [{"status": "planned", "date": None, "day": D("2026-03-18"),
                    "place": "Mexico City"}]


def test_official_activity_monthly(trend_db: Path) -> None:
    got = run_query(trend_db, "SELECT month, name, country, role, meetings, quotes "
                              "FROM official_activity_monthly ORDER BY month, name")[1]
    assert got == [
        (D("2026-03-01"), "Anita Anand", "CA", "minister", 1, 2),
        (D("2026-03-01"), "Juan Ramón de la Fuente", "MX", "minister", 1, 1),
        (D("2026-03-01"), "Mélanie Joly", "CA", "minister", 0, 1),   # quoted announcing it
        (D("2026-03-01"), "Some Secretary", "US", None, 1, 0),       # a participant
        (D("2026-04-01"), "Marcelo Ebrard", "MX", "minister", 1, 1),
        (D("2026-04-01"), "Mélanie Joly", "CA", "minister", 1, 0),   # the visit, once
    ]
    # the football coach is quoted, but he is not an official
    assert not rows(trend_db, "SELECT * FROM official_activity_monthly "
                              "WHERE name = 'Jesse Marsch'")


def test_figures_over_time_follows_one_measure(trend_db: Path) -> None:
    got = run_query(trend_db, """
        SELECT published, source, text, value, currency, year, attributed_to
        FROM figures_over_time
        WHERE subject_key IN ('bilateral trade', 'comercio bilateral')
        ORDER BY published""")[1]
    assert got == [
        (D("2026-03-02"), "Northern Dispatch", "$56 billion", 56e9, "CAD", 2025,
         "Statistics Canada"),
        (D("2026-03-04"), "La Crónica Continental", "55.800 millones de dólares", 55.8e9,
         "CAD", 2025, "Statistics Canada")]


def test_tone_over_time_counts_relevant_articles_only(trend_db: Path) -> None:
    got = rows(trend_db, "SELECT * FROM tone_over_time ORDER BY week")
    assert [(r["week"], r["articles"], r["warm"], r["neutral"], r["cool"]) for r in got] == [
        (D("2026-03-02"), 2, 2, 0, 0), (D("2026-03-16"), 1, 0, 0, 1),
        (D("2026-04-06"), 1, 1, 0, 0)]
    assert [r["avg_tone"] for r in got] == pytest.approx([0.4, -0.2, 0.8])
    assert (got[0]["min_tone"], got[0]["max_tone"]) == pytest.approx((0.3, 0.5))


def test_top_sources(trend_db: Path) -> None:
    got = run_query(trend_db, "SELECT source, articles, relevant_articles, "
                              "meeting_articles, languages FROM top_sources "
                              "ORDER BY relevant_articles DESC, source")[1]
    assert got == [("Example Wire", 1, 1, 1, ["en"]),        # no source: the site's name
                   ("La Crónica Continental", 1, 1, 1, ["es"]),
                   ("L’Écho des Amériques", 1, 1, 1, ["fr"]),
                   ("Northern Dispatch", 1, 1, 1, ["en"]),
                   ("Sport Boréal", 1, 0, 0, ["en"])]


def test_views_on_an_empty_warehouse(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    with open_warehouse(db):
        pass
    for view in VIEWS:
        assert run_query(db, f"SELECT * FROM {view}")[1] == [], view


def test_an_older_warehouse_gets_the_views(trend_db: Path) -> None:
    # Make the file look as if it was written before migration 003.
    con = duckdb.connect(str(trend_db))
    try:
        for view in VIEWS:
            con.execute(f"DROP VIEW {view}")
        con.execute("DELETE FROM schema_migrations WHERE version = 3")
    finally:
        con.close()
    assert ensure_current(trend_db) == [3]
    assert ensure_current(trend_db) == []
    with open_warehouse(trend_db, read_only=True) as con:
        assert 3 in applied_versions(con)
    assert run_query(trend_db, "SELECT count(*) FROM meetings_timeline")[1] == [(3,)]
