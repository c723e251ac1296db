"""The real ingest flow over fixture feeds, delivering to a real receiver on 127.0.0.1:
one meeting in three languages over two runs alerts once; a receiver that answers 500
gets the alert once, on a later run; near-misses never alert; planned then held alerts
new then held."""
from __future__ import annotations

from alert_helpers import let_backoff_elapse, query

from flows.settings import Settings


def test_one_meeting_in_three_languages_over_two_runs_alerts_once(
        ingest_pass, alert_settings: Settings, receiver) -> None:
    db = alert_settings.db
    ingest_pass(alert_settings, "ottawa-run1")
    hooks = receiver.at("/hook")
    assert len(hooks) == 1 and hooks[0].status == 200
    body = hooks[0].body
    assert set(body) == {"change", "event", "articles", "first_seen"}
    assert body["change"] == "new"
    event = body["event"]
    assert {"type", "level", "status", "participants", "countries", "place", "date",
            "date_text", "outcomes", "key", "id", "article_count"} <= set(event)
    assert event["countries"] == ["CA", "MX"] and event["status"] == "held"
    assert event["place"] == "Ottawa" and event["date"] == "2026-04-13"
    names = " ".join(p["name"] for p in event["participants"])
    assert "Anand" in names and "de la Fuente" in names
    assert {a["language"] for a in body["articles"]} == {"en", "es"}
    assert set(body["articles"][0]) == {"url", "title", "source", "published", "language"}
    assert hooks[0].headers["idempotency-key"] == f"canmex-{event['id']}-new"

    ingest_pass(alert_settings, "ottawa-run1", "ottawa-run2")
    assert len(receiver.at("/hook")) == 1                      # still exactly one
    rows = query(db, "SELECT id, article_count, status FROM meetings "
                     "WHERE ca_mx_ministerial")
    assert rows == [(event["id"], 3, "held")]
    langs = query(db, "SELECT list(DISTINCT a.language ORDER BY a.language) "
                      "FROM meeting_articles ma JOIN articles a USING (article_id) "
                      "WHERE ma.meeting_id = ?", [event["id"]])
    assert langs == [(["en", "es", "fr"],)]

    # Apprise (its JSON plugin, posting to the receiver): one readable message.
    notes = receiver.at("/apprise")
    assert len(notes) == 1 and notes[0].status == 200
    assert "Anand" in notes[0].body["message"] and "Ottawa" in notes[0].body["title"]
    assert "met" in notes[0].body["message"]
    # Every channel's row is sent: console, webhook, the Apprise URL, the Prefect event.
    states = query(db, "SELECT channel, status, attempts FROM alerts ORDER BY channel")
    assert [(c.split(":")[0], s, n) for c, s, n in states] == [
        ("apprise", "sent", 1), ("console", "sent", 1), ("prefect", "sent", 1),
        ("webhook", "sent", 1)]


def test_a_receiver_down_gets_the_alert_once_on_a_later_run(
        ingest_pass, alert_settings: Settings, receiver) -> None:
    db = alert_settings.db
    receiver.fail_next(1, 500)
    ingest_pass(alert_settings, "ottawa-run1")               # answered 500
    assert [r.status for r in receiver.at("/hook")] == [500]
    row = query(db, "SELECT status, attempts, next_attempt IS NOT NULL, last_error "
                    "FROM alerts WHERE channel = 'webhook'")
    assert row[0][:3] == ("pending", 1, True) and "HTTP 500" in row[0][3]

    ingest_pass(alert_settings, "ottawa-run1")               # backoff not over: waits
    assert [r.status for r in receiver.at("/hook")] == [500]

    let_backoff_elapse(db)
    ingest_pass(alert_settings, "ottawa-run1")               # a later run delivers it
    assert [r.status for r in receiver.at("/hook")] == [500, 200]
    assert receiver.at("/hook", ok=True)[0].body["change"] == "new"
    assert query(db, "SELECT status, attempts FROM alerts WHERE channel = 'webhook'") == [
        ("sent", 2)]

    let_backoff_elapse(db)
    ingest_pass(alert_settings, "ottawa-run1", "ottawa-run2")
    assert len(receiver.at("/hook", ok=True)) == 1            # never again


def test_near_misses_never_alert(ingest_pass, alert_settings: Settings, receiver) -> None:
    ingest_pass(alert_settings, "near-misses")
    db = alert_settings.db
    assert query(db, "SELECT count(*) FROM articles") == [(3,)]
    assert query(db, "SELECT count(*) FROM meetings WHERE ca_mx_ministerial") == [(0,)]
    assert query(db, "SELECT count(*) FROM alerts") == [(0,)]
    assert receiver.received == []


def test_planned_then_held_alerts_new_then_held(ingest_pass, alert_settings: Settings,
                                                receiver) -> None:
    ingest_pass(alert_settings, "toronto-planned")
    ingest_pass(alert_settings, "toronto-planned", "toronto-held")
    hooks = receiver.at("/hook", ok=True)
    assert [h.body["change"] for h in hooks] == ["new", "held"]
    new, held = (h.body["event"] for h in hooks)
    assert new["id"] == held["id"]
    assert (new["status"], held["status"]) == ("planned", "held")
    assert new["place"] == held["place"] == "Toronto"
    assert "2026-05-19" <= held["date"] <= "2026-05-21"          # the visit's days
    assert held["article_count"] == 2
    assert query(alert_settings.db, "SELECT count(*) FROM meetings WHERE ca_mx_ministerial"
                 ) == [(1,)]


def test_held_alerts_can_be_turned_off(ingest_pass, alert_settings: Settings,
                                       receiver) -> None:
    quiet = alert_settings.with_overrides(alert_on_held=False)
    ingest_pass(quiet, "toronto-planned")
    ingest_pass(quiet, "toronto-planned", "toronto-held")
    assert [h.body["change"] for h in receiver.at("/hook")] == ["new"]
