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
