"""``canmex serve``: canmex's scheduled work as Prefect deployments served from one
long-running process.

Deployments, each named ``serve`` (``deploy/prefect.yaml`` deploys the same flows under
other names, for workers):

==========================  ===============================================================
``canmex-scheduled-ingest``  an ingest pass over the feeds that are due (every
                             ``serve_interval`` seconds, default 15 minutes, or
                             ``serve_cron``)
``canmex-alert-delivery``    meetings matched and due alerts delivered (every 5 minutes),
                             so a failed delivery is retried between passes
``canmex-daily-digest``      yesterday's digest on every channel (07:00 UTC)
``canmex-meeting-report``    the HTML report rewritten, run by the automation on every
                             ``canmex.meeting.detected`` event
==========================  ===============================================================

Runs never overlap on the warehouse: the writing flows hold ``<db>.writer.lock`` (an OS
file lock, released if the process dies) and skip their run when it stays busy; each
deployment allows one run at a time and cancels a new one that collides
(``CANCEL_NEW``), so late runs after a pause do not pile up. An ingest run that fails
with a transient error is retried once, ``serve_retry_delay`` seconds later (60 by
default; the setting is read when the run loads this module); a permanent one (a broken
feeds file) is reported as failed without retries. Either way the next scheduled run
still happens.

Scheduling and automations need a Prefect server. With ``PREFECT_API_URL`` set, canmex
uses that one; otherwise ``flows.server.managed_server`` starts ``prefect server start`` on
127.0.0.1 (state under the canmex data directory) for the life of the process.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import signal
import threading
import time
from collections.abc import Iterator, Mapping
from datetime import timedelta
from pathlib import Path
from types import FrameType
from typing import Any

from extractors.errors import ConfigError, PermanentError
from flows.prefect_env import configure_prefect
from flows.settings import Settings, load_settings

configure_prefect()   # no-op once Prefect is imported; must come before importing it

from prefect import flow, get_client, get_run_logger  # noqa: E402
from prefect.client.schemas.objects import (  # noqa: E402
    ConcurrencyLimitConfig,
    ConcurrencyLimitStrategy,
)
from prefect.context import FlowRunContext  # noqa: E402
from prefect.events import DeploymentEventTrigger  # noqa: E402
from prefect.states import Failed, State  # noqa: E402

INGEST_LOCK_WAIT = 120.0        # seconds an ingest run waits for the writer lock
ALERTS_LOCK_WAIT = 10.0         # alert delivery runs again soon: do not wait long
ALERT_INTERVAL = 300.0          # seconds between alert deliveries
DIGEST_CRON = "0 7 * * *"       # daily digest, UTC
REPORT_FILE = "report.html"     # beside the warehouse, unless the deployment says
ONE_AT_A_TIME = ConcurrencyLimitConfig(limit=1,
                                       collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)
MEETING_EVENT = "canmex.meeting.detected"


# --------------------------------------------------------------------------- the lock

def writer_lock_path(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".writer.lock")


@contextlib.contextmanager
def writer_lock(db: str | Path, *, wait: float, poll: float = 0.2) -> Iterator[bool]:
    """Hold the warehouse's writer lock for the block; yields False (not held) when
    another process kept it for ``wait`` seconds. The OS releases it if we die."""
    path = writer_lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(poll)
        try:
            yield True
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# --------------------------------------------------------------------------- flows

def _settings(feeds: str = "", db: str = "") -> Settings:
    return load_settings().with_overrides(feeds=feeds or None, db=db or None)


def ingest_retry_delay(environ: Mapping[str, str] | None = None) -> int:
    """Seconds before a failed ingest run is retried: the ``serve_retry_delay`` setting.

    Prefect takes a flow's retry policy from its decorator, and a served or deployed run
    loads the flow from this module in a process of its own, so the setting is read
    there, when the module is imported."""
    delay = load_settings(environ).serve_retry_delay
    if delay < 0:
        raise ConfigError("serve_retry_delay must be zero or more seconds")
    return delay


def failed_without_retry(message: str) -> State:
    """A Failed state that this run's retries leave alone.

    Prefect retries a flow that returns Failed as it retries one that raises; a
    permanent error (a broken feeds file) would only fail again. So the run's retry
    policy is set to none first (on the server, which decides on retries)."""
    run = getattr(FlowRunContext.get(), "flow_run", None)
    if run is not None:
        policy = run.empirical_policy.model_copy(update={"retries": 0})
        with get_client(sync_client=True) as client:
            client.update_flow_run(run.id, empirical_policy=policy)
    return Failed(message=message)


@flow(name="canmex-scheduled-ingest", retries=1, retry_delay_seconds=ingest_retry_delay(),
      persist_result=False, log_prints=False)
def scheduled_ingest(feeds: str = "", db: str = "", due_only: bool = True) -> Any:
    """An ingest pass (over due feeds by default) holding the writer lock."""
    from flows.ingest import ingest, preflight

    logger = get_run_logger()
    settings = _settings(feeds, db)
    with writer_lock(settings.db, wait=INGEST_LOCK_WAIT) as held:
        if not held:
            logger.warning("another canmex run holds the warehouse writer; pass skipped")
            return {"skipped": 1}
        try:
            preflight(settings.db, settings.feeds_path, settings)
        except PermanentError as exc:    # retrying will not fix a bad feeds file
            logger.error("%s", exc)
            return failed_without_retry(str(exc))
        result = ingest(str(settings.feeds_path), settings.db, settings, due_only)
    logger.info("%d feeds polled (%d not due), %d new articles, %d new meetings",
                result.feeds_polled, result.feeds_deferred, result.articles_new,
                result.new_meetings)
    return {"feeds_polled": result.feeds_polled, "feeds_deferred": result.feeds_deferred,
            "feeds_failed": result.feeds_failed, "articles_new": result.articles_new,
            "new_meetings": result.new_meetings}


@flow(name="canmex-alert-delivery", persist_result=False, log_prints=False)
def scheduled_alerts(db: str = "") -> dict[str, int]:
    """Match new events to meetings and deliver due alerts, holding the writer lock."""
    from flows.alerts import deliver_flow

    settings = _settings(db=db)
    with writer_lock(settings.db, wait=ALERTS_LOCK_WAIT) as held:
        if not held:
            get_run_logger().info("the warehouse writer is busy; delivery at the next run")
            return {"skipped": 1}
        result = deliver_flow(settings.db, settings)
    return {"sent": result.delivered.sent, "retrying": result.delivered.retrying,
            "failed": result.delivered.failed}


@flow(name="canmex-daily-digest", persist_result=False, log_prints=False)
def daily_digest(db: str = "", day: str = "") -> dict[str, int]:
    """The digest of ``day`` (default yesterday, UTC) on every configured channel."""
    from flows.alerts import digest_day, send_digest

    settings = _settings(db=db)
    _, reports = send_digest(settings.db, settings, digest_day(day or None))
    for r in reports:
        if not r.ok:
            get_run_logger().warning("digest on %s failed: %s", r.channel, r.message)
    return {"sent": sum(r.ok for r in reports), "failed": sum(not r.ok for r in reports)}


@flow(name="canmex-meeting-report", persist_result=False, log_prints=False)
def meeting_report(db: str = "", out: str = "", meeting: str = "") -> str:
    """Rewrite the HTML report (run on each ``canmex.meeting.detected``); its path."""
    from flows.report import write_report

    settings = _settings(db=db)
    target = Path(out) if out else Path(settings.db).with_name(REPORT_FILE)
    write_report(settings.db, target, busy_timeout=settings.busy_timeout)
    get_run_logger().info("report rewritten for %s: %s", meeting or "a meeting", target)
    return str(target)


# --------------------------------------------------------------------------- serving

def ingest_schedule(settings: Settings) -> dict[str, Any]:
    """``to_deployment`` schedule arguments: ``serve_cron`` when set, else the interval."""
    if settings.serve_cron.strip():
        return {"cron": settings.serve_cron.strip()}
    if settings.serve_interval <= 0:
        raise ConfigError("serve_interval must be a positive number of seconds")
    return {"interval": timedelta(seconds=settings.serve_interval)}


def deployments(settings: Settings) -> list[Any]:
    """The served deployments, parameterised with this process's feeds file and db."""
    db = str(Path(settings.db).resolve())
    feeds = str(Path(settings.feeds).resolve()) if settings.feeds else ""
    return [
        scheduled_ingest.to_deployment(
            name="serve", parameters={"feeds": feeds, "db": db},
            concurrency_limit=ONE_AT_A_TIME, **ingest_schedule(settings),
            description="Ingest pass over the feeds that are due."),
        scheduled_alerts.to_deployment(
            name="serve", parameters={"db": db},
            interval=timedelta(seconds=ALERT_INTERVAL), concurrency_limit=ONE_AT_A_TIME,
            description="Meeting matching and alert delivery between passes."),
        daily_digest.to_deployment(
            name="serve", parameters={"db": db}, cron=DIGEST_CRON,
            concurrency_limit=ONE_AT_A_TIME, description="Yesterday's digest."),
        meeting_report.to_deployment(
            name="serve", parameters={"db": db}, concurrency_limit=ONE_AT_A_TIME,
            description="The HTML report, rewritten when a meeting is detected.",
            triggers=[DeploymentEventTrigger(
                name="canmex-serve-meeting-report", expect={MEETING_EVENT},
                match={"prefect.resource.id": "canmex.meeting.*"},
                parameters={"db": db,
                            "meeting": "{{ event.resource['prefect.resource.name'] }}"})]),
    ]


@contextlib.contextmanager
def ctrl_c_as_sigterm() -> Iterator[None]:
    """For the block, a first Ctrl-C (SIGINT) stops the process as SIGTERM does.

    Prefect's runner stops gracefully on SIGTERM only: it cancels the runs in flight,
    which frees their deployment's concurrency slot. Stopped by KeyboardInterrupt it
    leaves them Running on the server, holding the slot, so that every later run of the
    deployment would be cancelled until the slot's lease ran out. A second Ctrl-C does
    not wait for the runs to be cancelled."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    interrupted = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupted
        if interrupted:
            raise KeyboardInterrupt
        interrupted = True
        signal.raise_signal(signal.SIGTERM)

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_serve(settings: Settings) -> None:
    """Serve the deployments until Ctrl-C or SIGTERM (in-flight runs are cancelled)."""
    from prefect import serve

    with ctrl_c_as_sigterm():
        serve(*deployments(settings), print_starting_message=False)
