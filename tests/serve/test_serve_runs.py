"""How `canmex serve` runs its scheduled passes, as a real process on a real Prefect
server (one for the module, on 127.0.0.1): runs that collide with a pass in progress,
or come due while the process is paused, are cancelled rather than queued; a pass that
fails is retried once (a permanent error is not) and the next scheduled pass happens
anyway. Every wait is a bounded poll."""
from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.holder import WarehouseHolder
from support.serving import (
    INGEST,
    RUN_WAIT,
    STARTUP,
    STOP_WAIT,
    article_urls,
    busy_slots,
    create_run,
    final_state,
    flow_run,
    runs_of,
    serve_environ,
    serving,
    state_names,
    when,
    write_feeds,
)

INTERVAL = "4"          # seconds between scheduled passes


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Prefect server for the module, as `canmex serve` would start one."""
    from flows.server import managed_server

    home = tmp_path_factory.mktemp("prefect-server")
    env = {**serve_environ(home), "PREFECT_HOME": str(home / "prefect")}
    with managed_server(environ=env, timeout=STARTUP) as api:
        yield api


@pytest.fixture
def http(prefect_api: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=prefect_api, timeout=10) as client:
        yield client


def scheduled(runs: list[dict[str, Any]], after: datetime) -> list[dict[str, Any]]:
    """The runs the schedule created, due after ``after``."""
    return [r for r in runs if r["auto_scheduled"]
            and when(r["expected_start_time"]) > after]


def never_ran(http: httpx.Client, run: str) -> bool:
    """Cancelled without ever being started (Cancelled is its only state after
    Scheduled)."""
    return flow_run(http, run)["run_count"] == 0 and state_names(http, run) == [
        "Scheduled", "Cancelled"]


def test_runs_colliding_with_a_pass_in_progress_or_due_while_paused_are_cancelled(
        prefect_api: str, http: httpx.Client, http_server, tmp_path: Path) -> None:
    from flows.serve import writer_lock

    feeds = write_feeds(tmp_path / "feeds.toml", http_server, "files/feeds/fr.xml")
    db = (tmp_path / "data" / "canmex.duckdb").resolve()
    env = {**serve_environ(tmp_path / "home"), "PREFECT_API_URL": prefect_api}
    mine = {"db": str(db)}
    t0 = time.monotonic()
    with contextlib.ExitStack() as other_writer, \
            serving(tmp_path, env, feeds, db, "--interval", INTERVAL,
                    new_session=True) as served:
        # another process holds the writer lock: the first pass waits for it, running
        assert other_writer.enter_context(writer_lock(db, wait=0))
        first = served.wait_for("a scheduled pass waiting for the writer", lambda: next(
            (r for r in runs_of(http, INGEST, **mine)
             if r["auto_scheduled"] and r["state"]["type"] == "RUNNING"), None))
        print(f"first pass running after {time.monotonic() - t0:.1f} s")

        # runs created meanwhile through the API are cancelled, not queued...
        triggered = [create_run(http, INGEST, {"feeds": str(feeds), **mine},
                                time.monotonic() + RUN_WAIT) for _ in range(2)]
        assert [final_state(http, r, time.monotonic() + RUN_WAIT) for r in triggered] == [
            "CANCELLED", "CANCELLED"]
        # ... and so are the scheduled runs that come due
        since = when(first["expected_start_time"])
        served.wait_for("two scheduled runs cancelled", lambda: sum(
            r["state"]["type"] == "CANCELLED"
            for r in scheduled(runs_of(http, INGEST, **mine), since)) >= 2)
        assert flow_run(http, first["id"])["state"]["type"] == "RUNNING"
        print(f"collisions cancelled by {time.monotonic() - t0:.1f} s")

        other_writer.close()                  # the pass gets the writer and completes
        assert final_state(http, first["id"], time.monotonic() + RUN_WAIT) == "COMPLETED"
        assert http_server.url("files/articles/fr-rencontre.html") in article_urls(db)
        cancelled = [r["id"] for r in runs_of(http, INGEST, **mine)
                     if r["state"]["type"] == "CANCELLED"]
        assert set(cancelled) >= set(triggered)

        # the process is paused (stopped, as by a suspended machine or a debugger)
        # while passes come due; when it resumes, one of them runs, the rest are dropped
        served.proc.send_signal(signal.SIGSTOP)
        paused = datetime.now(UTC)

        def due_while_paused() -> list[str] | None:
            due = [r["id"] for r in scheduled(runs_of(http, INGEST, **mine), paused)
                   if r["state"]["type"] == "SCHEDULED"
                   and when(r["expected_start_time"]) < datetime.now(UTC)]
            return due if len(due) >= 2 else None

        try:
            missed = served.wait_for("two passes due while paused", due_while_paused)
        finally:
            served.proc.send_signal(signal.SIGCONT)
        resumed = datetime.now(UTC)
        states = [final_state(http, r, time.monotonic() + RUN_WAIT) for r in missed]
        assert states.count("CANCELLED") >= len(missed) - 1, states
        assert set(states) <= {"CANCELLED", "COMPLETED"}, states
        # and the schedule goes on
        served.wait_for("a scheduled pass after the pause", lambda: any(
            r["state"]["type"] == "COMPLETED"
            for r in scheduled(runs_of(http, INGEST, **mine), resumed)))
        print(f"paused {(resumed - paused).total_seconds():.1f} s: {states}; the next "
              f"scheduled pass completed by {time.monotonic() - t0:.1f} s")

        # what was cancelled never ran, not even once the way was clear
        for run in cancelled + [r for r, state in zip(missed, states, strict=True)
                                if state == "CANCELLED"]:
            assert never_ran(http, run), state_names(http, run)

        # Ctrl-C with a pass in flight cancels it and frees its slot: a pass left
        # Running would keep the slot, and every later run would be cancelled
        assert other_writer.enter_context(writer_lock(db, wait=RUN_WAIT))
        held = datetime.now(UTC)
        last = served.wait_for("another pass waiting for the writer", lambda: next(
            (r for r in runs_of(http, INGEST, **mine) if r["state"]["type"] == "RUNNING"
             and when(r["start_time"]) > held), None))
        os.killpg(served.proc.pid, signal.SIGINT)
        assert served.proc.wait(STOP_WAIT) == 0
        assert final_state(http, last["id"], time.monotonic() + RUN_WAIT) == "CANCELLED"
        assert busy_slots(http, INGEST) == 0
        print(f"stopped by Ctrl-C, its pass cancelled, by {time.monotonic() - t0:.1f} s")


def test_a_failed_pass_is_retried_once_and_the_next_scheduled_pass_still_happens(
        prefect_api: str, http: httpx.Client, http_server, tmp_path: Path) -> None:
    feeds = write_feeds(tmp_path / "feeds.toml", http_server, "files/feeds/es.xml")
    good = feeds.read_text(encoding="utf-8")
    db = (tmp_path / "data" / "canmex.duckdb").resolve()
    env = {**serve_environ(tmp_path / "home"), "PREFECT_API_URL": prefect_api,
           "CANMEX_SERVE_RETRY_DELAY": "8"}
    mine = {"db": str(db)}
    t0 = time.monotonic()
    with serving(tmp_path, env, feeds, db, "--interval", INTERVAL) as served:
        # a permanent error: the feeds file turns invalid; the pass fails, no retry
        served.wait_for("the deployments", lambda: runs_of(http, INGEST, **mine), STARTUP)
        feeds.write_text('[[feeds]]\nurl = "ftp://example.org/feed"\n', encoding="utf-8")
        broken = served.wait_for("a pass failed on the feeds file", lambda: next(
            (r for r in runs_of(http, INGEST, **mine) if r["state"]["type"] == "FAILED"),
            None))
        assert "ftp://" in broken["state"]["message"]
        assert broken["run_count"] == 1
        assert "AwaitingRetry" not in state_names(http, broken["id"])
        print(f"failed without a retry after {time.monotonic() - t0:.1f} s")

        # a transient one: the feeds file is fixed but another process holds the
        # warehouse; the next pass fails (busy) and is retried once, the way now clear
        feeds.write_text(good, encoding="utf-8")
        holder = WarehouseHolder(db, tmp_path)
        try:
            failed = served.wait_for("a pass awaiting its retry", lambda: next(
                (r for r in runs_of(http, INGEST, **mine)
                 if r["state"]["name"] == "AwaitingRetry"), None))
        finally:
            holder.release()              # before the retry (8 s later) opens it
        print(f"a pass failed, awaiting its retry, after {time.monotonic() - t0:.1f} s")
        assert final_state(http, failed["id"], time.monotonic() + RUN_WAIT) == "COMPLETED"
        retried = flow_run(http, failed["id"])
        assert retried["run_count"] == 2 and retried["auto_scheduled"]
        assert when(retried["expected_start_time"]) > when(broken["end_time"])
        assert state_names(http, failed["id"]).count("AwaitingRetry") == 1
        assert http_server.url("files/articles/es-reunion.html") in article_urls(db)

        # and the schedule goes on
        served.wait_for("a scheduled pass after the retried one", lambda: any(
            r["state"]["type"] == "COMPLETED"
            for r in scheduled(runs_of(http, INGEST, **mine), when(retried["end_time"]))))
        print(f"retried, then the next pass completed by {time.monotonic() - t0:.1f} s")
        assert served.stop() == 0
