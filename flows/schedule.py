"""When each feed is polled next: pure functions over a feed's state, no I/O.

Every poll ends with :func:`reschedule`, which sets ``feeds.next_poll`` (and may turn a
feed off) from what the poll gave:

- **news** (new articles listed): the feed's interval is halved, down to
  ``poll_min_interval``;
- **nothing new** (304, same body, or only known articles): the interval grows by half,
  up to ``poll_max_interval``;
- **failure**: ``poll_failure_backoff`` doubled per consecutive failure (capped at
  ``poll_max_interval``), never earlier than the server's Retry-After; after
  ``poll_max_failures`` consecutive failures the feed is disabled
  (``feeds.enabled = false``) until ``canmex feeds enable URL``.

A feed's current interval is read back from its state: ``next_poll - last_polled`` of its
last successful poll (a new feed, or one recovering from failures, starts at the
minimum). Nothing else is stored.

:func:`is_due` decides whether a pass polls a feed. Scheduled passes (``canmex serve``,
``canmex run --due``) poll only due feeds; a manual ``canmex run`` polls every enabled
feed except one that asked to wait (HTTP 429 with Retry-After).

:func:`health` names a feed's condition for ``canmex feeds``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from flows.settings import Settings
from warehouse.records import FeedState

SPEEDUP = 0.5                      # interval factor after a poll with news
SLOWDOWN = 1.5                     # interval factor after a poll without
DUE_SLACK = timedelta(seconds=60)  # a feed due within this is polled now (pass jitter)
HEALTHS = ("ok", "new", "failing", "moved", "disabled", "retired")


@dataclass(frozen=True)
class PollPolicy:
    """Bounds of the adaptive schedule, in seconds (from the ``poll_*`` settings)."""
    min_interval: float = 900.0
    max_interval: float = 21_600.0
    failure_backoff: float = 300.0
    max_failures: int = 10

    def __post_init__(self) -> None:
        if not 0 < self.min_interval <= self.max_interval:
            raise ValueError("poll intervals must satisfy 0 < min <= max")
        if self.failure_backoff <= 0 or self.max_failures < 1:
            raise ValueError("poll_failure_backoff must be > 0, poll_max_failures >= 1")

    @classmethod
    def from_settings(cls, settings: Settings) -> PollPolicy:
        from extractors.errors import ConfigError
        try:
            return cls(min_interval=settings.poll_min_interval,
                       max_interval=settings.poll_max_interval,
                       failure_backoff=settings.poll_failure_backoff,
                       max_failures=settings.poll_max_failures)
        except ValueError as exc:
            raise ConfigError(f"invalid polling settings: {exc}") from None


def _clamp(seconds: float, policy: PollPolicy) -> float:
    return min(policy.max_interval, max(policy.min_interval, seconds))


def current_interval(previous: FeedState | None, policy: PollPolicy) -> float:
    """The interval (seconds) the feed was last scheduled at after a successful poll;
    the minimum for a new feed or one that was failing."""
    if (previous is None or previous.error_count or previous.next_poll is None
            or previous.last_polled is None):
        return policy.min_interval
    return _clamp((previous.next_poll - previous.last_polled).total_seconds(), policy)


def adapt_interval(interval: float, new_items: int, policy: PollPolicy) -> float:
    """Faster while new items keep arriving, slower while they don't; within bounds."""
    return _clamp(interval * (SPEEDUP if new_items > 0 else SLOWDOWN), policy)


def failure_delay(error_count: int, policy: PollPolicy) -> float:
    """Backoff after ``error_count`` consecutive failures: base, 2×base, 4×base... capped
    at the maximum interval (no overflow however large the count)."""
    steps = min(max(error_count, 1) - 1, 62)
    return min(policy.max_interval, policy.failure_backoff * 2.0 ** steps)


def reschedule(previous: FeedState | None, state: FeedState, *, failed: bool,
               new_items: int, policy: PollPolicy) -> FeedState:
    """``state`` (the feed after its poll, ``last_polled`` set) with its next poll set.

    On failure ``state.next_poll`` may already hold the server's Retry-After time: the
    backoff never comes earlier. A feed failing ``max_failures`` times in a row is
    disabled. A retired (410) or disabled feed is left as it is.
    """
    if not state.enabled or state.last_polled is None:
        return state
    now = state.last_polled
    if failed:
        wait = now + timedelta(seconds=failure_delay(state.error_count, policy))
        if state.next_poll is not None and state.next_poll > wait:
            wait = state.next_poll                      # Retry-After is longer
        if state.error_count >= policy.max_failures:
            return replace(state, enabled=False, next_poll=None, last_error=(
                f"disabled after {state.error_count} consecutive failures; last: "
                f"{state.last_error or 'unknown error'}"))
        return replace(state, next_poll=wait)
    interval = adapt_interval(current_interval(previous, policy), new_items, policy)
    return replace(state, next_poll=now + timedelta(seconds=interval))


def is_due(state: FeedState, now: datetime, *, due_only: bool,
           slack: timedelta = DUE_SLACK) -> bool:
    """Whether a pass at ``now`` polls this (enabled) feed.

    ``due_only`` (scheduled passes): its next poll has come, give or take ``slack``.
    Otherwise (a manual run): always, unless the server asked it to wait (HTTP 429).
    """
    if state.next_poll is None:
        return True
    if due_only:
        return state.next_poll <= now + slack
    return not (state.last_status == 429 and state.next_poll > now)


def health(state: FeedState) -> str:
    """One word for ``canmex feeds``: ok, new (never polled), failing, moved (polled at
    its new address), disabled (too many failures), retired (410 Gone)."""
    if not state.enabled:
        return "retired" if state.last_status == 410 else "disabled"
    if state.error_count:
        return "failing"
    if state.last_polled is None:
        return "new"
    if state.moved_to:
        return "moved"
    return "ok"
