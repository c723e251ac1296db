"""Human notifications through Apprise: any URL it understands (Slack, Teams, Discord,
email, ntfy, json://...), space-separated in ``settings.notify_urls``
(``CANMEX_NOTIFY_URLS``). Each URL is its own outbox channel (``apprise:<scheme>:<hash>``),
so one that is down is retried without repeating the others.

The message is readable: who met whom, where, when, coverage, links. A URL Apprise does
not understand raises ``ConfigError``; a notification it could not deliver raises
``ChannelUnavailable`` (Apprise does not tell a 5xx from a 4xx, so both are retried).
"""
from __future__ import annotations

import hashlib
import logging
import warnings
from typing import Any
from urllib.parse import urlsplit

from extractors.errors import ChannelUnavailable, ConfigError
from flows.channels import Alert, describe
from flows.settings import Settings

KIND = "apprise"
log = logging.getLogger(__name__)


def channel_name(url: str) -> str:
    """The outbox channel of one URL: its scheme and a hash, never its secrets."""
    scheme = urlsplit(url).scheme or "url"
    return f"{KIND}:{scheme}:{hashlib.sha256(url.encode()).hexdigest()[:8]}"


def urls(settings: Settings) -> list[str]:
    return settings.notify_urls.split()


def channels(settings: Settings) -> list[str]:
    return [channel_name(u) for u in urls(settings)]


def _notifier(url: str) -> Any:
    """An Apprise object for one URL, or None when Apprise does not understand it."""
    # Apprise loads its plugins lazily, on the first URL; some import modules that
    # Python deprecates (imghdr). That is Apprise's business, not a canmex warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import apprise  # imported here: slow, and only needed when configured

        notifier = apprise.Apprise()
        return notifier if notifier.add(url) else None


def send(alert: Alert, settings: Settings) -> None:
    targets = [u for u in urls(settings)
               if not alert.channel or alert.channel in (KIND, channel_name(u))]
    if not targets:
        raise ConfigError(f"no notification URL for channel {alert.channel}")
    title, message = describe(alert)
    for url in targets:
        notifier = _notifier(url)
        if notifier is None:
            raise ConfigError(f"{channel_name(url)}: not a URL Apprise understands")
        if not notifier.notify(title=title, body=message):
            raise ChannelUnavailable(f"{channel_name(url)}: the notification was not "
                                     "delivered")
        log.info("notified %s", channel_name(url))
