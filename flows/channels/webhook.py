"""The JSON webhook channel: one POST per alert to ``settings.webhook_url``
(``CANMEX_WEBHOOK_URL``), the body exactly the alert's ``{"change", "event", "articles",
"first_seen"}``, with an ``Idempotency-Key`` header (the same on every retry of one
alert) so a receiver can drop a repeat after a lost answer.

The client is the one HTTP module's (``flows.http.make_client``: canmex's timeouts and
User-Agent). Timeouts, connection errors, 5xx and 429 raise ``ChannelUnavailable``;
other non-2xx answers raise ``FetchError`` (a wrong URL: retrying will not help).
"""
from __future__ import annotations

import json
import logging
import time

import httpx

from extractors.errors import ChannelUnavailable, FetchError
from flows.channels import Alert
from flows.http import check_url, make_client
from flows.settings import Settings

KIND = "webhook"
log = logging.getLogger(__name__)


def channels(settings: Settings) -> list[str]:
    return [KIND] if settings.webhook_url.strip() else []


def send(alert: Alert, settings: Settings) -> None:
    url = settings.webhook_url.strip()
    check_url(url, article=False, settings=settings)
    data = json.dumps(alert.body, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if alert.idempotency_key:
        headers["Idempotency-Key"] = alert.idempotency_key
    started = time.monotonic()
    status: int | str = "-"
    try:
        with make_client(settings) as client:
            resp = client.post(url, content=data, headers=headers)
        status = resp.status_code
    except httpx.TimeoutException as exc:
        status = "timeout"
        raise ChannelUnavailable(f"webhook {url}: timed out ({type(exc).__name__})") from None
    except httpx.TransportError as exc:
        status = type(exc).__name__
        raise ChannelUnavailable(f"webhook {url}: {type(exc).__name__}: "
                                 f"{exc or 'connection failed'}") from None
    finally:
        log.info("POST %s %s %d bytes %d ms", url, status, len(data),
                 int((time.monotonic() - started) * 1000))
    if resp.status_code >= 500 or resp.status_code == 429:
        raise ChannelUnavailable(f"webhook {url}: HTTP {resp.status_code}")
    if not 200 <= resp.status_code < 300:
        raise FetchError(f"webhook {url}: HTTP {resp.status_code}")
