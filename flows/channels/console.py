"""The console/log channel: always on. Writes the readable alert to standard error and
to this module's logger (so it reaches Prefect's logs when run in a flow)."""
from __future__ import annotations

import logging
import sys

from flows.channels import Alert, describe
from flows.settings import Settings

KIND = "console"
log = logging.getLogger(__name__)


def channels(settings: Settings) -> list[str]:
    return [KIND]


def send(alert: Alert, settings: Settings) -> None:
    title, message = describe(alert)
    log.info("%s: %s", title, message.splitlines()[0] if message else "")
    print(f"canmex alert: {title}\n" + "".join(f"  {line}\n" for line in message.splitlines()),
          file=sys.stderr, end="", flush=True)
