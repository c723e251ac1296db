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
