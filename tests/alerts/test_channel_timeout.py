"""An alert channel that times out: the alert waits in the outbox, the others go out."""
from __future__ import annotations

import pytest
from alert_helpers import query

from extractors.errors import ChannelUnavailable
from flows.alerts import deliver_alerts
from flows.channels import Alert, webhook
from flows.settings import Settings
from warehouse.meetings import enqueue_alert
from warehouse.store import open_warehouse


def test_a_webhook_slower_than_the_timeout_is_unavailable(alert_settings: Settings,
                                                          receiver) -> None:
    receiver.stall_next(1, 3.0)
    with pytest.raises(ChannelUnavailable, match="timed out"):
        webhook.send(Alert("new", {"change": "new"}), alert_settings)


def test_a_timed_out_alert_stays_pending_and_the_console_still_gets_it(
        alert_settings: Settings, receiver) -> None:
    receiver.stall_next(1, 3.0)
    settings = alert_settings
    with open_warehouse(settings.db) as con:
        con.execute("INSERT INTO meetings VALUES ('m1', 'k', 'meeting', 'ministerial', "
                    "'held', ['CA', 'MX'], 'Ottawa', DATE '2026-04-13', NULL, NULL, NULL, "
                    "'[]', [], TRUE, now(), now(), now(), 1)")
        enqueue_alert(con, "m1", "new", ["console", "webhook"])
    result = deliver_alerts(settings.db, settings)
    assert (result.sent, result.retrying, result.failed) == (1, 1, 0)
    rows = dict((channel, (status, attempts, error)) for channel, status, attempts, error in
                query(settings.db, "SELECT channel, status, attempts, last_error FROM alerts"))
    assert rows["console"][0] == "sent"
    status, attempts, error = rows["webhook"]
    assert (status, attempts) == ("pending", 1) and "timed out" in error
