"""Channels against the real receiver, the outbox's guarantees, the automation file, and
``canmex alerts`` / ``alerts test`` / ``alerts digest`` through the CLI."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from alert_helpers import query

from extractors.errors import ChannelUnavailable, ConfigError, FetchError
from flows.alerts import backoff, configured_channels, detect_meetings, match_knowledge
from flows.channels import Alert, apprise, describe, webhook
from flows.cli import main
from flows.settings import Settings
from warehouse.meetings import claim_due_alerts, enqueue_alert, match_new_events
from warehouse.store import open_warehouse

BODY = {"change": "new", "first_seen": "2026-04-13T20:00:00+00:00",
        "event": {"id": "m1", "type": "meeting", "level": "ministerial", "status": "held",
                  "participants": [{"name": "Anita Anand", "title": "Foreign Minister",
                                    "country": "CA"},
                                   {"name": "Juan Ramón de la Fuente", "title": None,
                                    "country": "MX"}],
                  "countries": ["CA", "MX"], "place": "Ottawa", "date": "2026-04-13",
                  "date_text": "Monday", "outcomes": [], "key": "k", "article_count": 1},
        "articles": [{"url": "http://news.example/a", "title": "Ministers meet",
                      "source": "Dispatch", "published": "2026-04-13", "language": "en"}]}
AUTOMATION = Path(__file__).resolve().parents[2] / "deploy" / "automations" / \
    "meeting-detected.yaml"


def test_webhook_posts_the_body_exactly(alert_settings: Settings, receiver) -> None:
    webhook.send(Alert("new", BODY, "webhook", 1, "canmex-m1-new"), alert_settings)
    (got,) = receiver.at("/hook")
    assert got.body == BODY and got.headers["content-type"] == "application/json"
    assert got.headers["idempotency-key"] == "canmex-m1-new"


def test_webhook_errors(alert_settings: Settings, receiver) -> None:
    receiver.fail_next(1, 503)
    with pytest.raises(ChannelUnavailable, match="HTTP 503"):
        webhook.send(Alert("new", BODY), alert_settings)
    receiver.fail_next(1, 404)
    with pytest.raises(FetchError, match="HTTP 404"):
        webhook.send(Alert("new", BODY), alert_settings)
    closed = alert_settings.with_overrides(webhook_url="http://127.0.0.1:9/hook")
    with pytest.raises(ChannelUnavailable):
        webhook.send(Alert("new", BODY), closed)


def test_apprise_readable_message_and_bad_urls(alert_settings: Settings, receiver) -> None:
    apprise.send(Alert("new", BODY, configured_channels(alert_settings)[2]), alert_settings)
    (got,) = receiver.at("/apprise")
    assert got.body["title"] == describe(Alert("new", BODY))[0]
    assert ("Anita Anand (Foreign Minister) of Canada met Juan Ramón de la Fuente of Mexico "
            "in Ottawa, 2026-04-13 (Monday).") in got.body["message"]
    assert "http://news.example/a" in got.body["message"]
    with pytest.raises(ConfigError, match="not a URL Apprise understands"):
        apprise.send(Alert("new", BODY), alert_settings.with_overrides(
            notify_urls="nosuchscheme://x"))
    receiver.fail_next(1, 500)
    with pytest.raises(ChannelUnavailable):
        apprise.send(Alert("new", BODY), alert_settings)


def test_channels_configured(settings: Settings, alert_settings: Settings) -> None:
    assert configured_channels(settings) == ["console", "prefect"]
    names = configured_channels(alert_settings)
    assert names[:2] == ["console", "webhook"] and names[2].startswith("apprise:json:")
    assert "127.0.0.1" not in names[2]                      # no URL (secrets) in the name
    assert backoff(1) == timedelta(minutes=1) and backoff(3) == timedelta(minutes=4)
    assert backoff(50) == timedelta(hours=6)


def test_the_outbox_never_holds_an_alert_twice(settings: Settings) -> None:
    with open_warehouse(settings.db) as con:
        con.execute("INSERT INTO meetings VALUES ('m1', 'k', 'meeting', 'ministerial', "
                    "'held', ['CA', 'MX'], 'Ottawa', DATE '2026-04-13', NULL, NULL, NULL, "
                    "'[]', [], TRUE, now(), now(), now(), 1)")
        assert enqueue_alert(con, "m1", "new", ["console", "webhook"]) == 2
        assert enqueue_alert(con, "m1", "new", ["console", "webhook", "prefect"]) == 1
        assert query_count(con) == 3
        now = datetime.now(UTC)
        first = claim_due_alerts(con, now=now)
        assert len(first) == 3 and claim_due_alerts(con, now=now) == []   # leased
        assert len(claim_due_alerts(con, now=now + timedelta(minutes=6))) == 3


def query_count(con) -> int:
    return con.execute("SELECT count(*) FROM alerts").fetchone()[0]


def test_matching_again_adds_nothing(ingest_pass, settings: Settings) -> None:
    ingest_pass(settings, "ottawa-run1")
    before = query(settings.db, "SELECT * FROM meetings ORDER BY id")
    assert detect_meetings(settings.db, settings).reports == 0
    with open_warehouse(settings.db) as con:
        assert match_new_events(con, match_knowledge(), channels=["console"]).alerts == 0
    assert query(settings.db, "SELECT * FROM meetings ORDER BY id") == before
    assert query(settings.db, "SELECT count(*) FROM alerts") == [(2,)]  # console, prefect


def test_the_automation_is_a_valid_prefect_automation() -> None:
    from prefect.events.schemas.automations import AutomationCore

    automation = AutomationCore.model_validate(yaml.safe_load(AUTOMATION.read_text()))
    assert automation.trigger.expect == {"canmex.meeting.detected"}


# ---------------------------------------------------------------------- the CLI

@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, alert_settings: Settings) -> None:
    monkeypatch.setenv("CANMEX_DB", alert_settings.db)
    monkeypatch.setenv("CANMEX_WEBHOOK_URL", alert_settings.webhook_url)
    monkeypatch.setenv("CANMEX_NOTIFY_URLS", alert_settings.notify_urls)


def test_canmex_alerts_lists_the_outbox(ingest_pass, alert_settings: Settings, receiver,
                                        env, capsys) -> None:
    receiver.fail_next(1, 500)
    ingest_pass(alert_settings, "ottawa-run1")
    capsys.readouterr()
    assert main(["alerts", "--db", alert_settings.db]) == 0
    out = capsys.readouterr().out
    assert "CHANGE" in out and "webhook" in out and "pending" in out
    assert "CA-MX ministerial meeting in Ottawa 2026-04-13 (held)" in out
    assert "HTTP 500" in out and "1 pending, 3 sent, 0 failed" in out


def test_canmex_alerts_on_an_empty_warehouse(settings: Settings, capsys) -> None:
    assert main(["alerts", "--db", settings.db]) == 0
    assert "No alerts yet." in capsys.readouterr().out


def test_canmex_alerts_test_reports_each_channel(env, receiver, capsys,
                                                 prefect_harness) -> None:
    assert main(["alerts", "test"]) == 0
    out = capsys.readouterr().out
    for channel in ("console", "webhook", "apprise:json:", "prefect"):
        assert channel in out
    assert "FAILED" not in out
    assert receiver.at("/hook")[0].body["change"] == "test"
    assert "test notification" in receiver.at("/apprise")[0].body["message"]
    receiver.fail_next(1, 500)
    assert main(["alerts", "test"]) == 1
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "FAILED" in lines["webhook"] and "HTTP 500" in lines["webhook"]
    assert "FAILED" not in lines["console"]


def test_canmex_alerts_digest(ingest_pass, alert_settings: Settings, receiver, env,
                              capsys) -> None:
    ingest_pass(alert_settings, "ottawa-run1", "ottawa-run2")
    capsys.readouterr()
    assert main(["alerts", "digest", "--date", "2026-04-13"]) == 0
    out = capsys.readouterr().out
    assert "Canada–Mexico relations, 2026-04-13" in out and "Meetings: 1" in out
    assert "Anita Anand" in out and "3 articles" in out
    assert "Coverage: 1 relevant article (en 1)" in out
    digest = [r.body for r in receiver.at("/hook") if r.body["change"] == "digest"]
    assert digest and digest[0]["meetings"][0]["article_count"] == 3
    assert main(["alerts", "digest", "--date", "13/04/2026"]) == 2
    assert "not a date" in capsys.readouterr().err
