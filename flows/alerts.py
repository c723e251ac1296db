"""Alerts: meetings detected in the warehouse, delivered through an outbox.

At the end of every ingest pass, :func:`alert_stage` runs two tasks:

1. ``detect-meetings`` (:func:`detect_meetings`; also in each batch the pass stores, on
   the same open of the warehouse (:func:`detect_in`), so most of it is done while the
   next batches are fetched): every newly stored event is matched
   to the real-world meeting it reports (``warehouse.meetings``); a new Canada–Mexico
   ministerial meeting (not one its article recalls from more than
   ``alert_max_age_days`` before), or a planned one now reported held (``alert_on_held``), puts one
   pending row per configured channel in the ``alerts`` outbox. The outbox's unique
   (meeting, change, channel) means nothing is enqueued twice.
2. ``deliver-alerts`` (:func:`deliver_alerts`): every due pending row is sent on its
   channel (``flows/channels/``). A channel that fails with a transient error is retried
   on a later run, after an exponential backoff (``backoff``: 1 min, 2, 4... up to 6 h),
   and given up (``failed``) after ``MAX_ATTEMPTS``; a permanent error fails it at once.
   The warehouse is not held open while sending.

Neither stops ingestion: their errors are logged and the pass returns normally. The
flow ``canmex-deliver-alerts`` runs delivery alone (to deploy on its own schedule).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb

from extractors.errors import CanmexError, ConfigError, PermanentError, TransientError
from extractors.gazetteer import load_knowledge
from extractors.meeting_match import MatchKnowledge, knowledge_from_gazetteer
from flows.channels import Alert, apprise, console, prefect, webhook
from flows.prefect_env import configure_prefect
from flows.settings import Settings
from warehouse.meetings import (
    MatchResult,
    OutboxAlert,
    claim_due_alerts,
    digest,
    match_new_events,
    record_deliveries,
)
from warehouse.store import open_warehouse

configure_prefect()   # no-op once Prefect is imported; must come before importing it

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

log = logging.getLogger(__name__)

CHANNEL_MODULES: tuple[ModuleType, ...] = (console, webhook, apprise, prefect)
MAX_ATTEMPTS = 10
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=6)


@dataclass(frozen=True)
class DeliveryResult:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: tuple[tuple[str, str], ...] = ()     # (channel, error)


@dataclass(frozen=True)
class AlertStageResult:
    matched: MatchResult = field(default_factory=MatchResult)
    delivered: DeliveryResult = field(default_factory=DeliveryResult)
    error: str | None = None


@dataclass(frozen=True)
class ChannelReport:
    channel: str
    ok: bool
    message: str


def _now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- channels

def configured_channels(settings: Settings) -> list[str]:
    """The outbox channel names these settings deliver to (console and prefect always)."""
    return [name for module in CHANNEL_MODULES for name in module.channels(settings)]


def channel_module(channel: str) -> ModuleType:
    kind = channel.split(":", 1)[0]
    for module in CHANNEL_MODULES:
        if module.KIND == kind:
            return module
    raise PermanentError(f"unknown alert channel {channel!r}")


def backoff(attempts: int) -> timedelta:
    """Wait before the next try after ``attempts`` failed ones: 1 min, 2, 4... ≤ 6 h."""
    return min(BACKOFF_BASE * 2 ** min(max(0, attempts - 1), 20), BACKOFF_MAX)


@lru_cache(maxsize=1)
def match_knowledge() -> MatchKnowledge:
    return knowledge_from_gazetteer(load_knowledge())


# --------------------------------------------------------------------------- stages

def detect_meetings(db: str | Path, settings: Settings) -> MatchResult:
    """Match newly stored events to meetings and enqueue the alerts they call for."""
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con:
        return detect_in(con, settings)


def detect_in(con: duckdb.DuckDBPyConnection, settings: Settings) -> MatchResult:
    """:func:`detect_meetings` on a warehouse already open (an ingest pass matches each
    batch it stores in the same open)."""
    return match_new_events(con, match_knowledge(), channels=configured_channels(settings),
                            alert_on_held=settings.alert_on_held,
                            alert_max_age_days=settings.alert_max_age_days)


def send_one(alert: OutboxAlert, settings: Settings) -> None:
    """Deliver one outbox row on its channel (raises the channel's errors)."""
    channel_module(alert.channel).send(
        Alert(change=alert.change, body=alert.payload, channel=alert.channel, id=alert.id,
              idempotency_key=f"canmex-{alert.meeting_id}-{alert.change}"), settings)


def deliver_alerts(db: str | Path, settings: Settings, *, now: datetime | None = None
                   ) -> DeliveryResult:
    """Send every due pending alert; record each outcome (sent / retry later / failed)."""
    now = now or _now()
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con:
        due = claim_due_alerts(con, now=now)
    if not due:
        return DeliveryResult()
    outcomes: list[tuple[OutboxAlert, str, str | None, datetime | None]] = []
    for alert in due:
        try:
            send_one(alert, settings)
            outcomes.append((alert, "sent", None, None))
        except TransientError as exc:
            attempts = alert.attempts + 1
            if attempts >= MAX_ATTEMPTS:
                outcomes.append((alert, "failed", f"gave up after {attempts} attempts: "
                                 f"{exc}", None))
            else:
                outcomes.append((alert, "pending", str(exc), now + backoff(attempts)))
            log.warning("alert %d on %s not delivered: %s", alert.id, alert.channel, exc)
        except CanmexError as exc:
            outcomes.append((alert, "failed", str(exc), None))
            log.warning("alert %d on %s failed: %s", alert.id, alert.channel, exc)
        except Exception as exc:   # a channel's library failing: retried like a 5xx
            attempts = alert.attempts + 1
            outcomes.append((alert, "pending" if attempts < MAX_ATTEMPTS else "failed",
                             f"{type(exc).__name__}: {exc}", now + backoff(attempts)))
            log.exception("alert %d on %s: unexpected error", alert.id, alert.channel)
    done = _now()
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con:
        record_deliveries(con, [(alert.id, status, error, next_attempt)
                                for alert, status, error, next_attempt in outcomes], now=done)
    return DeliveryResult(
        sent=sum(o[1] == "sent" for o in outcomes),
        retrying=sum(o[1] == "pending" for o in outcomes),
        failed=sum(o[1] == "failed" for o in outcomes),
        errors=tuple((o[0].channel, o[2] or "") for o in outcomes if o[2]))


# --------------------------------------------------------------------------- Prefect

@task(name="detect-meetings", cache_policy=NO_CACHE, persist_result=False)
def detect_meetings_task(db: str, settings: Settings) -> MatchResult:
    return detect_meetings(db, settings)


@task(name="deliver-alerts", cache_policy=NO_CACHE, persist_result=False)
def deliver_alerts_task(db: str, settings: Settings) -> DeliveryResult:
    return deliver_alerts(db, settings)


def detect_stage(db: str, settings: Settings) -> tuple[MatchResult, str | None]:
    """The detect-meetings task inside a flow: (its result, or an empty one and the error
    logged); :func:`alert_stage` runs it. Never raises: ingestion goes on."""
    try:
        return detect_meetings_task(db, quote(settings)), None  # type: ignore[call-overload]
    except Exception as exc:   # noqa: BLE001 - alerting never stops ingestion
        error = f"meeting detection skipped: {exc}"
        get_run_logger().warning(error)
        return MatchResult(), error


def alert_stage(db: str, settings: Settings) -> AlertStageResult:
    """Detect, then deliver; inside a flow (the end of an ingest pass). Never raises a
    error: alerting problems are logged, ingestion is not stopped by them."""
    logger = get_run_logger()
    delivered = DeliveryResult()
    matched, error = detect_stage(db, settings)
    try:
        delivered = deliver_alerts_task(db, quote(settings))  # type: ignore[call-overload]
    except Exception as exc:   # noqa: BLE001 - alerting never stops ingestion
        error = f"alert delivery skipped: {exc}"
        logger.warning(error)
    logger.info("alerts: %d new meetings, %d alerts queued; %d sent, %d to retry, "
                "%d failed", len(matched.new_meetings), matched.alerts, delivered.sent,
                delivered.retrying, delivered.failed)
    return AlertStageResult(matched=matched, delivered=delivered, error=error)


@flow(name="canmex-deliver-alerts", validate_parameters=False, persist_result=False,
      log_prints=False)
def deliver_flow(db: str, settings: Settings) -> AlertStageResult:
    """Detect meetings and deliver due alerts, without an ingest pass."""
    return alert_stage(db, settings)


# --------------------------------------------------------------------------- commands

TEST_BODY: dict[str, Any] = {"change": "test", "event": None, "articles": [],
             "message": "This is a test notification from canmex: alerts about new "
                        "Canada–Mexico ministerial meetings will arrive here."}


def send_test(settings: Settings, *, now: datetime | None = None) -> list[ChannelReport]:
    """Send a test notification on every configured channel; one report per channel."""
    body = {**TEST_BODY, "first_seen": (now or _now()).isoformat()}
    return _broadcast(Alert(change="test", body=body, idempotency_key="canmex-test"),
                      settings)


def send_digest(db: str | Path, settings: Settings, day: date
                ) -> tuple[dict[str, Any], list[ChannelReport]]:
    """Build the digest of ``day`` and send it on every configured channel."""
    with open_warehouse(db, busy_timeout=settings.busy_timeout, read_only=True) as con:
        data = digest(con, day)
    body = {"change": "digest", **data, "message": format_digest(data)}
    return data, _broadcast(Alert(change="digest", body=body,
                                  idempotency_key=f"canmex-digest-{day}"), settings)


def _broadcast(alert: Alert, settings: Settings) -> list[ChannelReport]:
    out = []
    for channel in configured_channels(settings):
        try:
            channel_module(channel).send(
                Alert(change=alert.change, body=alert.body, channel=channel,
                      idempotency_key=alert.idempotency_key), settings)
            out.append(ChannelReport(channel, True, "sent"))
        except CanmexError as exc:
            out.append(ChannelReport(channel, False, str(exc)))
    return out


def format_digest(data: dict[str, Any]) -> str:
    """The digest as text: the day's meetings, coverage counts, notable figures."""
    from flows.channels import who_met_whom

    lines = [f"Canada–Mexico relations, {data['date']}"]
    meetings = data["meetings"]
    lines.append(f"Meetings: {len(meetings)}")
    for m in meetings:
        where = f" in {m['place']}" if m.get("place") else ""
        lines.append(f"- {who_met_whom(m)}{where} ({m['status']}, "
                     f"{m['article_count']} article{'s' if m['article_count'] != 1 else ''})")
    cov = data["coverage"]
    langs = ", ".join(f"{k} {v}" for k, v in cov["by_language"].items()) or "none"
    lines.append(f"Coverage: {cov['articles']} relevant article"
                 f"{'s' if cov['articles'] != 1 else ''} ({langs})")
    if data["figures"]:
        lines.append("Notable figures:")
        for f in data["figures"]:
            lines.append(f"- {f['text']}: {f['subject']} — {f['title']}")
    return "\n".join(lines)


def digest_day(text: str | None) -> date:
    """``--date YYYY-MM-DD``; by default yesterday (UTC), the last complete day."""
    if not text:
        return (_now() - timedelta(days=1)).date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--date {text!r} is not a date (YYYY-MM-DD)") from None
