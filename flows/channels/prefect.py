"""The Prefect event channel: emits ``canmex.meeting.detected`` with the alert as payload
(``{"change", "event", "articles", "first_seen"}``), the meeting as resource, so users
can hang Prefect automations on it (``deploy/automations/``). Tests and digests emit
``canmex.alerts.test`` and ``canmex.digest``.

An event Prefect would not emit (no Prefect API configured) raises ``ChannelUnavailable``.
"""
from __future__ import annotations

import logging

from extractors.errors import ChannelUnavailable
from flows.channels import Alert, describe
from flows.settings import Settings

KIND = "prefect"
EVENT = "canmex.meeting.detected"
OTHER_EVENTS = {"test": "canmex.alerts.test", "digest": "canmex.digest"}
log = logging.getLogger(__name__)


def channels(settings: Settings) -> list[str]:
    return [KIND]


def send(alert: Alert, settings: Settings) -> None:
    from prefect.events import emit_event  # Prefect is heavy: import when sending

    event = alert.body.get("event") or {}
    name = OTHER_EVENTS.get(alert.change, EVENT)
    resource = {"prefect.resource.id": f"canmex.meeting.{event.get('id', alert.change)}",
                "prefect.resource.name": describe(alert)[0],
                "canmex.change": alert.change}
    try:
        emitted = emit_event(event=name, resource=resource, payload=alert.body)
    except Exception as exc:   # EventTooLarge, a broken client...
        raise ChannelUnavailable(f"prefect: {type(exc).__name__}: {exc}") from None
    if emitted is None:
        raise ChannelUnavailable("prefect: no Prefect API to emit events to")
    log.info("emitted %s for %s", name, resource["prefect.resource.id"])
