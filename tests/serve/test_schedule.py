"""Per-feed adaptive polling: the pure functions of flows/schedule.py, then the real
ingest flow rescheduling, deferring and disabling feeds, and `canmex feeds`."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.errors import ConfigError
from flows.schedule import (
    PollPolicy,
    adapt_interval,
    current_interval,
    failure_delay,
    health,
    is_due,
    reschedule,
)
from flows.settings import Settings
from warehouse.records import FeedState

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
POLICY = PollPolicy(min_interval=600, max_interval=7200, failure_backoff=60,
                    max_failures=4)


def polled(**kw) -> FeedState:
    return FeedState(url="https://example.org/feed", last_polled=NOW, **kw)


def after(seconds: float) -> datetime:
    return NOW + timedelta(seconds=seconds)


# ---------------------------------------------------------------------- intervals

def test_a_new_feed_starts_at_the_minimum_and_news_keeps_it_there() -> None:
    state = reschedule(None, polled(), failed=False, new_items=3, policy=POLICY)
    assert state.next_poll == after(600)


def test_quiet_feeds_slow_down_to_the_maximum_and_news_speeds_them_up_again() -> None:
    seen, state = [], polled(next_poll=after(600))
    for _ in range(8):        # nothing new, again and again
        previous = replace(state, last_polled=NOW)
        state = reschedule(previous, polled(), failed=False, new_items=0, policy=POLICY)
        seen.append((state.next_poll - NOW).total_seconds())
    assert seen[:4] == [900, 1350, 2025, 3037.5]
    assert seen[-1] == 7200 and seen == sorted(seen)           # capped, never shrinking
    state = reschedule(replace(state, last_polled=NOW), polled(), failed=False,
                       new_items=1, policy=POLICY)
    assert state.next_poll == after(3600)                        # halved on news


def test_the_interval_is_read_back_from_the_last_successful_poll() -> None:
    assert current_interval(None, POLICY) == 600
    assert current_interval(polled(next_poll=after(1800)), POLICY) == 1800
    assert current_interval(polled(next_poll=after(99_999)), POLICY) == 7200
    # after failures the stored next poll is a backoff, not an interval: start over
    assert current_interval(polled(next_poll=after(1800), error_count=2), POLICY) == 600


@given(st.floats(min_value=1, max_value=1e7), st.integers(min_value=0, max_value=50))
def test_the_interval_always_stays_within_bounds(interval: float, new_items: int) -> None:
    assert 600 <= adapt_interval(interval, new_items, POLICY) <= 7200


# ---------------------------------------------------------------------- failures

def test_failures_back_off_exponentially_up_to_the_maximum() -> None:
    assert [failure_delay(n, POLICY) for n in (1, 2, 3, 4, 10)] == [60, 120, 240, 480,
                                                                   7200]
    assert failure_delay(10**9, POLICY) == 7200                # no overflow
    state = reschedule(None, polled(error_count=2), failed=True, new_items=0,
                       policy=POLICY)
    assert state.next_poll == after(120) and state.enabled


def test_a_longer_retry_after_wins_over_the_backoff() -> None:
    asked = polled(error_count=1, last_status=429, next_poll=after(900))
    assert reschedule(None, asked, failed=True, new_items=0,
                      policy=POLICY).next_poll == after(900)
    short = polled(error_count=3, last_status=429, next_poll=after(5))
    assert reschedule(None, short, failed=True, new_items=0,
                      policy=POLICY).next_poll == after(240)


def test_a_feed_failing_too_often_in_a_row_is_disabled() -> None:
    state = reschedule(None, polled(error_count=4, last_error="HTTP 500"), failed=True,
                       new_items=0, policy=POLICY)
    assert not state.enabled and state.next_poll is None
    assert state.last_error == "disabled after 4 consecutive failures; last: HTTP 500"
    assert health(state) == "disabled"


def test_retired_feeds_are_left_alone() -> None:
    gone = polled(enabled=False, last_status=410, error_count=1, last_error="HTTP 410")
    assert reschedule(None, gone, failed=True, new_items=0, policy=POLICY) == gone
    assert health(gone) == "retired"


def test_policy_from_settings_rejects_inverted_bounds(settings: Settings) -> None:
    assert PollPolicy.from_settings(settings) == PollPolicy()
    with pytest.raises(ConfigError, match="min <= max"):
        PollPolicy.from_settings(settings.with_overrides(poll_min_interval=10_000.0,
                                                         poll_max_interval=60.0))


# ---------------------------------------------------------------------- due or not

def test_due_only_passes_wait_for_the_next_poll_give_or_take_a_minute() -> None:
    assert is_due(FeedState(url="u"), NOW, due_only=True)
    assert is_due(polled(next_poll=after(30)), NOW, due_only=True)
    assert not is_due(polled(next_poll=after(600)), NOW, due_only=True)


def test_manual_passes_poll_everything_except_a_feed_that_asked_to_wait() -> None:
    assert is_due(polled(next_poll=after(600)), NOW, due_only=False)
    assert is_due(polled(next_poll=after(600), error_count=1, last_status=500), NOW,
                  due_only=False)
    assert not is_due(polled(next_poll=after(600), error_count=1, last_status=429), NOW,
                      due_only=False)


def test_health_words() -> None:
    assert health(FeedState(url="u")) == "new"
    assert health(polled()) == "ok"
    assert health(polled(moved_to="https://example.org/new")) == "moved"
    assert health(polled(error_count=1)) == "failing"


# ---------------------------------------------------------------------- the real flow

def test_the_flow_reschedules_defers_and_disables_feeds(
        http_server, settings: Settings, fresh_db: str, tmp_path: Path, capsys,
        prefect_harness) -> None:
    from flows.cli import main
    from flows.ingest import ingest
    from warehouse.store import all_feed_states, open_warehouse

    ok, bad = http_server.url("files/feeds/fr.xml"), http_server.url("status/500")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{ok}"\n\n[[feeds]]\nurl = "{bad}"\n',
                          encoding="utf-8")
    settings = settings.with_overrides(poll_min_interval=600.0, poll_max_interval=2400.0,
                                       poll_failure_backoff=300.0, poll_max_failures=2,
                                       fetch_retries=0)

    def states() -> dict[str, FeedState]:
        with open_warehouse(fresh_db) as con:
            return {s.url: s for s in all_feed_states(con)}

    first = ingest(str(feeds_file), fresh_db, settings, True)
    assert (first.feeds_polled, first.feeds_failed, first.articles_new) == (2, 1, 1)
    s = states()
    assert s[ok].next_poll == s[ok].last_polled + timedelta(seconds=600)
    assert s[bad].next_poll == s[bad].last_polled + timedelta(seconds=300)
    assert s[bad].error_count == 1 and s[bad].enabled

    sent = len(http_server.requests)
    second = ingest(str(feeds_file), fresh_db, settings, True)        # nothing is due
    assert (second.feeds_polled, second.feeds_deferred) == (0, 2)
    assert len(http_server.requests) == sent

    third = ingest(str(feeds_file), fresh_db, settings, False)        # a manual run
    assert (third.feeds_polled, third.feeds_unchanged, third.feeds_failed) == (2, 1, 1)
    s = states()
    assert s[ok].next_poll == s[ok].last_polled + timedelta(seconds=900)   # slower
    assert not s[bad].enabled and s[bad].error_count == 2

    fourth = ingest(str(feeds_file), fresh_db, settings, False)
    assert fourth.feeds_retired == 1
    assert any("canmex feeds enable" in err for _, err in fourth.feed_errors)

    assert main(["feeds", "--db", fresh_db]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[-1]: line.split()[0] for line in out.splitlines()[1:3]}
    assert lines == {ok: "ok", bad: "disabled"}
    assert "disabled after 2 consecutive failures; last:" in out
    assert "2 feeds: 1 ok, 1 disabled" in out

    assert main(["feeds", "enable", bad, "--db", fresh_db]) == 0
    assert states()[bad].enabled and states()[bad].error_count == 0
    assert main(["feeds", "enable", "https://nowhere.example/feed", "--db", fresh_db]) == 2
