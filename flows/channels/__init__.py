"""Alert channels: one module per channel, all of the same shape.

Each module defines

- ``KIND``: the channel's name ("console", "webhook", "apprise", "prefect");
- ``channels(settings) -> list[str]``: the outbox channel names it serves under these
  settings (empty when it is not configured; Apprise gives one per notification URL so
  that each is delivered, and never repeated, on its own);
- ``send(alert, settings) -> None``: deliver one alert; raises ``ChannelUnavailable``
  when the far end timed out or answered 5xx/429 (delivery retries later, with backoff)
  and a ``PermanentError`` when retrying cannot help (a refused or malformed URL).

``Alert`` is what a channel gets: the change, the webhook body (``{"change", "event",
"articles", "first_seen"}``) and the outbox channel name it is for. ``describe`` turns
a body into a readable title and message (who met whom, where, when, links).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

COUNTRY_NAMES = {"CA": "Canada", "MX": "Mexico", "US": "United States"}
CHANGE_TITLES = {"new": "New Canada–Mexico meeting", "held": "Canada–Mexico meeting held",
                 "test": "canmex test notification", "digest": "canmex daily digest"}


@dataclass(frozen=True)
class Alert:
    change: str                          # new | held | test | digest
    body: dict[str, Any]                 # the webhook body
    channel: str = ""                    # the outbox channel it is for ("" = every one)
    id: int | None = None                # the outbox row, None for tests and digests
    idempotency_key: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _person(p: dict[str, Any]) -> str:
    return f"{p['name']} ({p['title']})" if p.get("title") else str(p["name"])


def who_met_whom(event: dict[str, Any]) -> str:
    """'Anita Anand (Foreign Minister) of Canada met Juan Ramón de la Fuente (Foreign
    Secretary) of Mexico'; planned: 'will meet'; calls: 'spoke with'."""
    sides: dict[str, list[str]] = {}
    for p in event.get("participants") or ():
        sides.setdefault(p.get("country") or "", []).append(_person(p))
    groups = [" and ".join(names) + (f" of {COUNTRY_NAMES.get(c, c)}" if c else "")
              for c, names in sorted(sides.items(), key=lambda kv: (kv[0] == "", kv[0]))]
    planned = event.get("status") == "planned"
    verb = {"call": ("will speak with", "spoke with")}.get(
        event.get("type", ""), ("will meet", "met"))[0 if planned else 1]
    if len(groups) >= 2:
        return f"{groups[0]} {verb} {', and '.join(groups[1:])}"
    countries = " and ".join(COUNTRY_NAMES.get(c, c) for c in event.get("countries") or ())
    return f"{groups[0] if groups else 'Officials'} ({countries})"


def describe(alert: Alert) -> tuple[str, str]:
    """(title, message) for people: who met whom, where, when, coverage and links."""
    body = alert.body
    if alert.change in ("test", "digest") or "event" not in body:
        return CHANGE_TITLES.get(alert.change, alert.change), str(body.get("message", ""))
    event = body["event"]
    where = f" in {event['place']}" if event.get("place") else ""
    when = event.get("date") or ""
    if event.get("date_text") and event.get("date_text") != when:
        when = f"{when} ({event['date_text']})" if when else str(event["date_text"])
    title = f"{CHANGE_TITLES.get(alert.change, alert.change)}{where}" + (
        f", {event['date']}" if event.get("date") else "")
    lines = [f"{who_met_whom(event)}{where}" + (f", {when}" if when else "") + ".",
             f"{event.get('level', '')} {event.get('type', '')}, "
             f"{event.get('status', '')}; reported by {event.get('article_count', 0)} "
             f"article{'s' if event.get('article_count') != 1 else ''}."]
    if event.get("outcomes"):
        lines.append("Outcomes: " + "; ".join(event["outcomes"][:3]))
    for a in body.get("articles") or ():
        meta = ", ".join(x for x in (a.get("source"), a.get("published"), a.get("language"))
                         if x)
        lines.append(f"- {a.get('title') or a.get('url')} ({meta}) {a.get('url') or ''}"
                     .rstrip())
    return title, "\n".join(lines)
