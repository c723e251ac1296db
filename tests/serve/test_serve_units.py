"""The pieces of `canmex serve` that need no server: the writer lock, the ingest
schedule from settings, the served deployments."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from extractors.errors import ConfigError
from flows.settings import Settings


def test_the_writer_lock_is_held_by_one_holder_at_a_time(tmp_path: Path) -> None:
    from flows.serve import writer_lock, writer_lock_path

    db = tmp_path / "w" / "canmex.duckdb"
    with writer_lock(db, wait=0) as first:
        assert first and writer_lock_path(db).exists()
        with writer_lock(db, wait=0.3, poll=0.05) as second:
            assert not second                     # busy: the caller skips its run
    with writer_lock(db, wait=0) as again:
        assert again                              # released on the way out


def test_the_ingest_schedule_is_cron_when_set_else_the_interval(settings: Settings) -> None:
    from flows.serve import ingest_schedule

    assert ingest_schedule(settings) == {"interval": timedelta(seconds=900)}
    assert ingest_schedule(settings.with_overrides(serve_cron=" */5 * * * * ")) == {
        "cron": "*/5 * * * *"}
    with pytest.raises(ConfigError, match="serve_interval"):
        ingest_schedule(settings.with_overrides(serve_interval=0.0))


def test_the_served_deployments(settings: Settings) -> None:
    from flows.serve import deployments

    deps = deployments(settings)
    assert [(d.flow_name, d.name) for d in deps] == [
        ("canmex-scheduled-ingest", "serve"), ("canmex-alert-delivery", "serve"),
        ("canmex-daily-digest", "serve"), ("canmex-meeting-report", "serve")]
    assert all(d.concurrency_limit == 1 for d in deps)
    assert all(str(d.concurrency_options.collision_strategy).endswith("CANCEL_NEW")
               for d in deps)
    assert deps[0].parameters["db"] == str(Path(settings.db).resolve())
    assert [t.expect for t in deps[3].triggers] == [{"canmex.meeting.detected"}]


def test_a_failed_ingest_run_is_retried_once_after_serve_retry_delay() -> None:
    from flows.serve import ingest_retry_delay, scheduled_ingest

    assert scheduled_ingest.retries == 1
    assert scheduled_ingest.retry_delay_seconds == ingest_retry_delay()
    assert ingest_retry_delay({}) == 60
    assert ingest_retry_delay({"CANMEX_SERVE_RETRY_DELAY": "5"}) == 5
    with pytest.raises(ConfigError, match="serve_retry_delay"):
        ingest_retry_delay({"CANMEX_SERVE_RETRY_DELAY": "-1"})


def test_a_first_ctrl_c_stops_canmex_serve_as_sigterm_does_a_second_one_at_once() -> None:
    import signal

    from flows.serve import ctrl_c_as_sigterm

    terms: list[int] = []
    before = signal.getsignal(signal.SIGINT)
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: terms.append(signum))
    try:
        with ctrl_c_as_sigterm():
            signal.raise_signal(signal.SIGINT)
            assert terms == [signal.SIGTERM]        # the runner's graceful stop
            with pytest.raises(KeyboardInterrupt):
                signal.raise_signal(signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is before
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_the_prefect_server_is_stopped_even_if_ctrl_c_is_pressed_again() -> None:
    import signal

    from flows.server import signals_ignored

    before = signal.getsignal(signal.SIGINT)
    with signals_ignored():
        signal.raise_signal(signal.SIGINT)
        signal.raise_signal(signal.SIGTERM)
    assert signal.getsignal(signal.SIGINT) is before
