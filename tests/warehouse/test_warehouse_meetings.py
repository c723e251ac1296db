"""Meetings as matching writes them: every row, new and changed, reads back as the state
matching worked out in memory."""
from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from warehouse_builders import make_record

from extractors.meeting_match import MatchKnowledge, merge, new_meeting
from extractors.model import Event, Participant
from warehouse.meetings import load_meeting, match_new_events, meeting_id_for, unmatched_reports
from warehouse.store import append_articles, open_warehouse

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
JOLY = Participant("Mélanie Joly", "Industry Minister", "CA")
EBRARD = Participant("Marcelo Ebrard", "Secretary of Economy", "MX")


def record(url: str, published: str, *events: Event):
    base = make_record(url)
    article = dataclasses.replace(base.extraction.article, published=published)
    return dataclasses.replace(base, extraction=dataclasses.replace(
        base.extraction, article=article, events=events))


PLANNED = Event("visit", "ministerial", "planned", (JOLY, EBRARD), ("CA", "MX"),
                "Mexico City", "2026-04-20", "on April 20", ("a trade mission",), "k1")
UNDATED = Event("meeting", "officials", "held", (), ("CA", "MX"), None, None, None, (), "k2")
CALL = Event("call", "ministerial", "held", (EBRARD,), ("MX", "US"), None, "2026-04-01",
             None, (), "k3")
HELD = Event("meeting", "leaders", "held", (EBRARD, JOLY), ("CA", "MX"),
             "Mexico City", "2026-04-21", "on Tuesday", ("a joint statement",), "k4")


def row_times(con, meeting_id: str) -> tuple:
    return con.execute("SELECT first_seen, last_seen, held_seen, article_count FROM meetings "
                       "WHERE id = ?", [meeting_id]).fetchone()


def test_new_and_changed_meetings_read_back_as_matched(db_path: Path) -> None:
    knowledge = MatchKnowledge()
    first = record("https://news.example/planned", "2026-04-02", PLANNED, UNDATED, CALL)
    later = record("https://news.example/held", "2026-04-22", HELD)
    with open_warehouse(db_path) as con:
        append_articles(con, [first])
        reports = unmatched_reports(con)
        result = match_new_events(con, knowledge, channels=(), now=NOW)
        expected = {meeting_id_for(aid, idx): new_meeting(meeting_id_for(aid, idx), r)
                    for aid, idx, r in reports}
        assert result.new_meetings == tuple(expected)
        for mid, state in expected.items():
            assert load_meeting(con, mid) == state
            held = NOW if state.status == "held" else None
            assert row_times(con, mid) == (NOW, NOW, held, 1)

        append_articles(con, [later])
        (_, _, held_report), = unmatched_reports(con)
        later_now = NOW + timedelta(hours=1)
        result = match_new_events(con, knowledge, channels=(), now=later_now)
        visit = meeting_id_for(first.article_id, 0)
        assert result.new_meetings == () and result.updated_meetings == (visit,)
        assert load_meeting(con, visit) == merge(expected[visit], held_report, knowledge)
        assert row_times(con, visit) == (NOW, later_now, later_now, 2)
        for mid, state in expected.items():          # the others are left as they were
            if mid != visit:
                assert load_meeting(con, mid) == state
                assert row_times(con, mid)[:2] == (NOW, NOW)


def test_reported_elsewhere_is_another_article_in_the_set() -> None:
    from warehouse.meetings import _reported_elsewhere
    for articles in (set(), {"a"}, {"b"}, {"a", "b"}, {"b", "c"}):
        assert _reported_elsewhere(articles, "a") == bool(articles - {"a"})


def test_report_spans_widen_join_and_skip_undated_windows() -> None:
    from warehouse.meetings import report_spans
    assert report_spans([]) == [] and report_spans([None]) == []
    assert report_spans([("2026-04-10", "2026-04-10")], slack=2) == [("2026-04-08",
                                                                       "2026-04-12")]
    # Windows whose widened spans overlap or touch are one span; a distant one is its own.
    windows = [("2026-04-20", "2026-04-21"), None, ("2026-04-10", "2026-04-14"),
               ("2026-04-17", "2026-04-17"), ("2025-06-01", "2025-06-01")]
    assert report_spans(windows, slack=1) == [("2025-05-31", "2025-06-02"),
                                              ("2026-04-09", "2026-04-22")]
    assert report_spans(windows, slack=0) == [("2025-06-01", "2025-06-01"),
                                              ("2026-04-10", "2026-04-14"),
                                              ("2026-04-17", "2026-04-17"),
                                              ("2026-04-20", "2026-04-21")]
    # Consecutive days touch.
    assert report_spans([("2026-04-17", "2026-04-17"), ("2026-04-18", "2026-04-19")],
                        slack=0) == [("2026-04-17", "2026-04-19")]


def test_a_batch_reads_only_the_meetings_its_reports_could_match(db_path: Path) -> None:
    """Known meetings dated far from every report of a batch are not read (they could
    not match: ``view_score`` needs windows within ``DATE_SLACK`` days); undated ones
    are, and a report with no date window at all takes every meeting of the horizon."""
    from warehouse.meetings import _known_meetings
    knowledge = MatchKnowledge()
    held = dataclasses.replace(HELD, participants=(JOLY, EBRARD))
    far = dataclasses.replace(held, date="2025-06-01", key="far")
    near = dataclasses.replace(held, date="2026-04-20", key="near")
    unknown = dataclasses.replace(UNDATED, key="unknown")
    with open_warehouse(db_path) as con:
        append_articles(con, [record("https://news.example/far", "2025-06-02", far),
                              record("https://news.example/near", "2026-04-21", near)])
        undated = record("https://news.example/undated", "2026-04-21", unknown)
        undated = dataclasses.replace(undated, extraction=dataclasses.replace(
            undated.extraction, article=dataclasses.replace(undated.extraction.article,
                                                            published=None)))
        append_articles(con, [undated])
        match_new_events(con, knowledge, channels=(), now=NOW)
        ids = {key: meeting_id_for(aid, 0) for key, aid in (
            ("far", record("https://news.example/far", "x").article_id),
            ("near", record("https://news.example/near", "x").article_id),
            ("unknown", undated.article_id))}
        assert load_meeting(con, ids["unknown"]).window is None

        later = dataclasses.replace(held, date="2026-04-22", key="later")
        append_articles(con, [record("https://news.example/later", "2026-04-23", later)])
        reports = unmatched_reports(con)
        meetings, articles = _known_meetings(con, reports)
        assert set(meetings) == {ids["near"], ids["unknown"]}
        assert articles[ids["near"]] == {record("https://news.example/near", "x").article_id}

        no_window = dataclasses.replace(reports[0][2], date=None, published=None)
        meetings, _ = _known_meetings(con, [*reports, ("a", 0, no_window)])
        assert set(meetings) == set(ids.values())


def test_a_recalled_meeting_is_stored_but_queues_no_new_alert(db_path: Path) -> None:
    # A July article recalling the April meeting, and another reporting one of its week.
    recalled = record("https://news.example/recalled", "2026-07-20", HELD)
    fresh_meeting = dataclasses.replace(HELD, date="2026-07-18", place="Ottawa", key="k5")
    fresh = record("https://news.example/fresh", "2026-07-20", fresh_meeting)
    with open_warehouse(db_path) as con:
        append_articles(con, [recalled, fresh])
        result = match_new_events(con, MatchKnowledge(), channels=("console",),
                                  alert_max_age_days=30, now=NOW)
        assert len(result.new_meetings) == 2          # both stored and matched
        queued = con.execute("SELECT m.date FROM alerts a JOIN meetings m "
                             "ON m.id = a.event_key").fetchall()   # (a meeting's id)
        assert [str(d) for (d,) in queued] == ["2026-07-18"]
