"""Meetings and the alert outbox in DuckDB.

:func:`match_new_events` takes every stored event that no meeting accounts for yet (no
row in ``meeting_articles``), oldest article first, and either links it to the meeting
it reports (``extractors.meeting_match`` decides) or starts a new meeting. In the same
transaction it enqueues alerts: one row per (meeting, change, channel), inserted only
if absent, so no run, retry or restart can enqueue an alert twice. Because the work
list is "events not yet linked", a pass that stopped half-way is finished by the next.

An event never joins a meeting that only its own article reports: the extraction has
already told that article's events apart. It may join one that other articles report
too (a visit reported as the two meetings it held).

The outbox is read and written by the delivery in ``flows/alerts.py``:
:func:`claim_due_alerts` leases due rows (moves their ``next_attempt`` past the lease, so
a concurrent delivery does not take them), then :func:`record_delivery` stores the
outcome. The file is never held open during network calls.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from extractors.errors import WarehouseError
from extractors.meeting_match import (
    DATE_SLACK,
    CandidateIndex,
    MatchKnowledge,
    MeetingState,
    Person,
    Report,
    alert_changes,
    date_window,
    merge,
    new_meeting,
    participants_from_json,
    participants_json,
    report_view,
)
from warehouse.arrowio import registered

log = logging.getLogger(__name__)

ALERT_CHANGES = ("new", "held")


@dataclass(frozen=True)
class MatchResult:
    reports: int = 0                 # events matched in this call
    new_meetings: tuple[str, ...] = ()
    updated_meetings: tuple[str, ...] = ()
    alerts: int = 0                  # outbox rows added


@dataclass(frozen=True)
class OutboxAlert:
    """One outbox row, as delivery needs it."""
    id: int
    meeting_id: str
    change: str
    channel: str
    attempts: int
    payload: dict[str, Any]


def _now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection, what: str) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise WarehouseError(f"{what} failed: {str(exc).splitlines()[0]}") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value.isoformat()


def meeting_id_for(article_id: str, event_idx: int) -> str:
    """Stable id of a meeting: from its first report."""
    return "m" + hashlib.sha256(f"{article_id}:{event_idx}".encode()).hexdigest()[:15]


# --------------------------------------------------------------------------- reading

def unmatched_reports(con: duckdb.DuckDBPyConnection
                      ) -> list[tuple[str, int, Report]]:
    """(article_id, event idx, report) for every event not yet linked to a meeting,
    oldest article first (so an announcement comes before the report of the meeting)."""
    rows = con.execute(
        "SELECT e.article_id, e.idx, e.event_key, e.type, e.level, e.status, e.countries, "
        "       e.place, e.date, e.date_text, e.outcomes, a.published "
        "FROM events e JOIN articles a USING (article_id) "
        "LEFT JOIN meeting_articles ma ON ma.article_id = e.article_id "
        "     AND ma.event_idx = e.idx "
        "WHERE ma.meeting_id IS NULL "
        "ORDER BY a.published NULLS LAST, a.fetched_at, e.article_id, e.idx").fetchall()
    if not rows:
        return []
    people: dict[tuple[str, int], list[Person]] = {}
    for aid, eidx, name, title, country in con.execute(
            "SELECT p.article_id, p.event_idx, p.name, p.title, p.country "
            "FROM event_participants p LEFT JOIN meeting_articles ma "
            "  ON ma.article_id = p.article_id AND ma.event_idx = p.event_idx "
            "WHERE ma.meeting_id IS NULL ORDER BY p.article_id, p.event_idx, p.idx"
            ).fetchall():
        people.setdefault((aid, eidx), []).append(Person(name, title, country))
    out = []
    for (aid, idx, key, type_, level, status, countries, place, day, date_text, outcomes,
         published) in rows:
        out.append((aid, idx, Report(
            type=type_ or "", level=level or "", status=status or "held",
            countries=tuple(sorted(countries or ())),
            participants=tuple(people.get((aid, idx), ())), place=place,
            date=_iso(day), date_text=date_text, outcomes=tuple(outcomes or ()),
            key=key, published=_iso(published))))
    return out


_MEETING_COLUMNS = ("id", "key", "type", "level", "status", "countries", "participants",
                    "place", "date", "date_text", "window_start", "window_end", "outcomes")


def _meeting_from_row(row: Sequence[Any]) -> MeetingState:
    d = dict(zip(_MEETING_COLUMNS, row, strict=True))
    window = None
    if d["window_start"] is not None and d["window_end"] is not None:
        window = (d["window_start"].isoformat(), d["window_end"].isoformat())
    return MeetingState(id=d["id"], key=d["key"], type=d["type"], level=d["level"],
                        status=d["status"], countries=tuple(d["countries"] or ()),
                        participants=participants_from_json(d["participants"]),
                        place=d["place"], date=_iso(d["date"]), date_text=d["date_text"],
                        window=window, outcomes=tuple(d["outcomes"] or ()))


def load_meeting(con: duckdb.DuckDBPyConnection, meeting_id: str) -> MeetingState:
    row = con.execute(f"SELECT {', '.join(_MEETING_COLUMNS)} FROM meetings WHERE id = ?",
                      [meeting_id]).fetchone()
    if row is None:
        raise WarehouseError(f"no meeting {meeting_id} in the warehouse")
    return _meeting_from_row(row)


# --------------------------------------------------------------------------- writing

def _meeting_rows(meetings: Sequence[MeetingState], held_now: set[str]) -> pa.Table:
    """The columns of ``meetings`` that matching sets, one row per meeting (dates as
    ISO text), and whether each was first reported held in this pass."""
    def text(values: Iterable[str | None]) -> pa.Array:
        return pa.array(list(values), pa.string())

    def lists(values: Iterable[Sequence[str]]) -> pa.Array:
        return pa.array([list(v) for v in values], pa.list_(pa.string()))

    windows = [m.window or (None, None) for m in meetings]
    return pa.table({
        "id": text(m.id for m in meetings), "key": text(m.key for m in meetings),
        "type": text(m.type for m in meetings), "level": text(m.level for m in meetings),
        "status": text(m.status for m in meetings),
        "countries": lists(m.countries for m in meetings),
        "place": text(m.place for m in meetings), "date": text(m.date for m in meetings),
        "date_text": text(m.date_text for m in meetings),
        "window_start": text(w[0] for w in windows),
        "window_end": text(w[1] for w in windows),
        "participants": text(participants_json(m.participants) for m in meetings),
        "outcomes": lists(m.outcomes for m in meetings),
        "ca_mx_ministerial": pa.array([m.ca_mx_ministerial for m in meetings], pa.bool_()),
        "held_now": pa.array([m.id in held_now for m in meetings], pa.bool_())})


def _save_meetings(con: duckdb.DuckDBPyConnection, created: Sequence[MeetingState],
                   updated: Sequence[MeetingState], held_now: set[str],
                   now: datetime) -> None:
    """Insert the new meetings and update the changed ones: one statement each (DuckDB
    spends milliseconds on each single-row statement)."""
    if created:
        with registered(con, {"new_meetings": _meeting_rows(created, held_now)}):
            con.execute(
                "INSERT INTO meetings (key, type, level, status, countries, place, date, "
                " date_text, window_start, window_end, participants, outcomes, "
                " ca_mx_ministerial, id, first_seen, last_seen, held_seen, article_count) "
                "SELECT key, type, level, status, countries, place, date::DATE, date_text, "
                " window_start::DATE, window_end::DATE, participants, outcomes, "
                " ca_mx_ministerial, id, ?, ?, CASE WHEN status = 'held' THEN ? END, 0 "
                "FROM new_meetings", [now, now, now])
    if updated:
        with registered(con, {"changed_meetings": _meeting_rows(updated, held_now)}):
            con.execute(
                "UPDATE meetings SET key = c.key, type = c.type, level = c.level, "
                " status = c.status, countries = c.countries, place = c.place, "
                " date = c.date::DATE, date_text = c.date_text, "
                " window_start = c.window_start::DATE, window_end = c.window_end::DATE, "
                " participants = c.participants, outcomes = c.outcomes, "
                " ca_mx_ministerial = c.ca_mx_ministerial, last_seen = ?, "
                " held_seen = CASE WHEN c.held_now THEN ? ELSE meetings.held_seen END "
                "FROM changed_meetings c WHERE meetings.id = c.id", [now, now])


# How far back a known meeting can still be reported again by a report with no date
# window (neither a date nor a publication date).
_REPORT_HORIZON = timedelta(days=400)


def report_spans(windows: Iterable[tuple[str, str] | None], slack: int = DATE_SLACK
                 ) -> list[tuple[str, str]]:
    """The days a meeting's window must come within ``slack`` days of to match one of
    these report windows, as few disjoint spans (ISO dates): the windows widened by the
    slack, joined where they touch. A ``None`` window (undated) adds nothing."""
    spans: list[list[date]] = []
    widen = timedelta(days=slack)
    for lo, hi in sorted((date.fromisoformat(w[0]) - widen, date.fromisoformat(w[1]) + widen)
                         for w in windows if w is not None):
        if spans and lo <= spans[-1][1] + timedelta(days=1):
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return [(lo.isoformat(), hi.isoformat()) for lo, hi in spans]


def _known_meetings(con: duckdb.DuckDBPyConnection, reports: Sequence[tuple[str, int, Report]]
                    ) -> tuple[dict[str, MeetingState], dict[str, set[str]]]:
    """The meetings a batch of reports could belong to, and the articles reporting each,
    read once: the undated ones, and those whose window comes within ``DATE_SLACK`` days
    of a report's (``date_window``), the only ones ``view_score`` can accept. A report
    with no window may match any meeting: it takes those not over ``_REPORT_HORIZON``
    before the batch's earliest date."""
    windows = [date_window(r) for _, _, r in reports]
    near = report_spans(windows)
    spans = pa.table({"lo": pa.array([lo for lo, _ in near], pa.string()),
                      "hi": pa.array([hi for _, hi in near], pa.string())})
    undated = any(w is None for w in windows)
    days = [d for _, _, r in reports for d in (r.date, r.published) if d]
    since = (date.fromisoformat(min(days)) - _REPORT_HORIZON) if days else None
    with registered(con, {"_canmex_report_spans": spans}):
        rows = con.execute(
            f"SELECT {', '.join(_MEETING_COLUMNS)} FROM meetings m "
            "WHERE m.window_start IS NULL OR m.window_end IS NULL "
            "OR EXISTS (SELECT 1 FROM _canmex_report_spans s "
            "           WHERE m.window_start <= s.hi::DATE AND m.window_end >= s.lo::DATE) "
            "OR (? AND (?::DATE IS NULL OR m.window_end >= ?::DATE)) "
            "ORDER BY first_seen, id", [undated, since, since]).fetchall()
    meetings = {m.id: m for m in map(_meeting_from_row, rows)}
    articles: dict[str, set[str]] = {mid: set() for mid in meetings}
    if meetings:
        for mid, aid in con.execute(
                "SELECT meeting_id, article_id FROM meeting_articles "
                "WHERE meeting_id IN (SELECT unnest(?::VARCHAR[]))", [list(meetings)]
                ).fetchall():
            articles[mid].add(aid)
    return meetings, articles


def _reported_elsewhere(articles: set[str], article_id: str) -> bool:
    """Whether an article other than ``article_id`` is among ``articles`` (without
    building a set for each candidate)."""
    return len(articles) > 1 or (bool(articles) and article_id not in articles)


def match_new_events(con: duckdb.DuckDBPyConnection, knowledge: MatchKnowledge, *,
                     channels: Sequence[str], alert_on_held: bool = True,
                     alert_max_age_days: int = 0, now: datetime | None = None
                     ) -> MatchResult:
    """Link every unlinked event to its meeting (new or known) and enqueue the alerts
    the changes call for, one per channel; all in one transaction.

    The candidate meetings are read once and matched in memory; new and changed
    meetings and the links are written in bulk at the end."""
    now = now or _now()
    # dicts as ordered sets: the order things happened in, and membership at once
    created: dict[str, None] = {}
    updated: dict[str, None] = {}
    changes: dict[tuple[str, str], None] = {}
    with _transaction(con, "matching events to meetings"):
        reports = unmatched_reports(con)
        meetings, articles = _known_meetings(con, reports) if reports else ({}, {})
        index = CandidateIndex(knowledge)
        for m in meetings.values():
            index.add(m)
        held_now: set[str] = set()
        links: list[tuple[str, str, int, datetime]] = []
        for article_id, idx, report in reports:
            view = report_view(report, knowledge)
            candidates = [mid for mid in index.candidates(view)
                          if _reported_elsewhere(articles[mid], article_id)]
            found_id = index.best_match(candidates, view)
            found = meetings[found_id] if found_id is not None else None
            if found is None:
                before: MeetingState | None = None
                after = new_meeting(meeting_id_for(article_id, idx), report)
                created[after.id] = None
                articles[after.id] = set()
            else:
                before = found
                after = merge(found, report, knowledge)
                if before.status == "planned" and after.status == "held":
                    held_now.add(after.id)
                if after.id not in created:
                    updated[after.id] = None
            meetings[after.id] = after
            index.add(after)
            articles[after.id].add(article_id)
            links.append((after.id, article_id, idx, now))
            for change in alert_changes(before, after, alert_on_held=alert_on_held,
                                        published=report.published,
                                        max_age_days=alert_max_age_days):
                changes[after.id, change] = None
        _save_meetings(con, [meetings[mid] for mid in created],
                       [meetings[mid] for mid in updated], held_now, now)
        if links:
            # One Arrow insert: DuckDB's executemany costs milliseconds per row.
            new_links = pa.table({"meeting_id": [x[0] for x in links],
                                  "article_id": [x[1] for x in links],
                                  "event_idx": pa.array([x[2] for x in links], pa.int32()),
                                  "linked_at": pa.array([x[3] for x in links],
                                                        pa.timestamp("us", tz="UTC"))})
            with registered(con, {"new_links": new_links}):
                con.execute("INSERT OR IGNORE INTO meeting_articles SELECT * FROM new_links")
            con.execute(
                "UPDATE meetings SET article_count = c.n FROM ("
                "  SELECT meeting_id, count(DISTINCT article_id) AS n FROM meeting_articles"
                "  WHERE meeting_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY meeting_id) c "
                "WHERE meetings.id = c.meeting_id", [[*created, *updated]])
        # Enqueued last, so that the payload lists every article of this pass.
        alerts = enqueue_alerts(con, list(changes), channels, now=now)
    if reports:
        log.info("matched %d events: %d new meetings, %d updated, %d alerts queued",
                 len(reports), len(created), len(updated), alerts)
    return MatchResult(reports=len(reports), new_meetings=tuple(created),
                       updated_meetings=tuple(updated), alerts=alerts)


# --------------------------------------------------------------------------- payloads

def meeting_articles(con: duckdb.DuckDBPyConnection, meeting_id: str
                     ) -> list[dict[str, Any]]:
    """The articles reporting a meeting, oldest first, as the webhook lists them."""
    return _articles_of(con, [meeting_id]).get(meeting_id, [])


def _articles_of(con: duckdb.DuckDBPyConnection, meeting_ids: Sequence[str]
                 ) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    rows = con.execute(
        "SELECT l.meeting_id, a.url, a.title, a.source, a.published, a.language "
        "FROM articles a JOIN (SELECT DISTINCT meeting_id, article_id FROM meeting_articles "
        " WHERE meeting_id IN (SELECT unnest(?::VARCHAR[]))) l USING (article_id) "
        "ORDER BY l.meeting_id, a.published NULLS LAST, a.fetched_at, a.article_id",
        [list(meeting_ids)]).fetchall()
    for mid, u, t, src, p, lang in rows:
        out.setdefault(mid, []).append({"url": u, "title": t, "source": src,
                                        "published": _iso(p), "language": lang})
    return out


def alert_body(con: duckdb.DuckDBPyConnection, meeting_id: str, change: str
               ) -> dict[str, Any]:
    """The webhook body of an alert: ``{"change", "event", "articles", "first_seen"}``,
    the event carrying the contract's event fields plus ``id`` and ``article_count``."""
    return alert_bodies(con, [(meeting_id, change)])[0]


def alert_bodies(con: duckdb.DuckDBPyConnection, wanted: Sequence[tuple[str, str]]
                 ) -> list[dict[str, Any]]:
    """``alert_body`` of each (meeting id, change), read in two queries."""
    ids = list(dict.fromkeys(mid for mid, _ in wanted))
    rows = {r[0]: r for r in con.execute(
        f"SELECT {', '.join(_MEETING_COLUMNS)}, article_count, first_seen FROM meetings "
        "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
    missing = [mid for mid in ids if mid not in rows]
    if missing:
        raise WarehouseError(f"no meeting {missing[0]} in the warehouse")
    articles = _articles_of(con, ids)
    out = []
    for mid, change in wanted:
        row = rows[mid]
        m = _meeting_from_row(row[:len(_MEETING_COLUMNS)])
        count, first_seen = row[len(_MEETING_COLUMNS):]
        event = {"id": m.id, "type": m.type, "level": m.level, "status": m.status,
                 "participants": [{"name": p.name, "title": p.title, "country": p.country}
                                  for p in m.participants],
                 "countries": list(m.countries), "place": m.place, "date": m.date,
                 "date_text": m.date_text, "outcomes": list(m.outcomes), "key": m.key,
                 "article_count": int(count)}
        out.append({"change": change, "event": event, "articles": articles.get(mid, []),
                    "first_seen": _iso(first_seen)})
    return out


def enqueue_alert(con: duckdb.DuckDBPyConnection, meeting_id: str, change: str,
                  channels: Sequence[str], *, now: datetime | None = None) -> int:
    """Add one pending alert per channel unless that (meeting, change, channel) exists;
    returns how many were added."""
    return enqueue_alerts(con, [(meeting_id, change)], channels, now=now)


def enqueue_alerts(con: duckdb.DuckDBPyConnection, changes: Sequence[tuple[str, str]],
                   channels: Sequence[str], *, now: datetime | None = None) -> int:
    """``enqueue_alert`` for many (meeting id, change) pairs in one statement; alerts
    are numbered in the order given, channel by channel."""
    for _, change in changes:
        if change not in ALERT_CHANGES:
            raise WarehouseError(f"unknown alert change {change!r}")
    if not changes or not channels:
        return 0
    now = now or _now()
    payloads = [json.dumps(body, ensure_ascii=False) for body in alert_bodies(con, changes)]
    wanted = pa.table({"ord": pa.array(range(len(changes)), pa.int32()),
                       "event_key": [mid for mid, _ in changes],
                       "change": [change for _, change in changes],
                       "payload": payloads})
    with registered(con, {"wanted_alerts": wanted}):
        row = con.execute(
            "INSERT OR IGNORE INTO alerts (event_key, change, channel, status, attempts, "
            " created_at, payload, next_attempt) "
            "SELECT w.event_key, w.change, c.channel, 'pending', 0, ?, w.payload, NULL "
            "FROM wanted_alerts w, (SELECT unnest(?::VARCHAR[]) AS channel, "
            " generate_subscripts(?::VARCHAR[], 1) AS pos) c "
            "WHERE NOT EXISTS (SELECT 1 FROM alerts a WHERE a.event_key = w.event_key "
            " AND a.change = w.change AND a.channel = c.channel) "
            "ORDER BY w.ord, c.pos",
            [now, list(dict.fromkeys(channels)), list(dict.fromkeys(channels))]).fetchone()
    return int(row[0]) if row else 0


# --------------------------------------------------------------------------- delivery

def claim_due_alerts(con: duckdb.DuckDBPyConnection, *, now: datetime,
                     lease: timedelta = timedelta(minutes=5), limit: int = 200
                     ) -> list[OutboxAlert]:
    """Pending alerts due at ``now`` (oldest first), leased until ``now + lease`` so a
    concurrent delivery leaves them alone; a crash mid-delivery frees them after it."""
    with _transaction(con, "claiming alerts"):
        rows = con.execute(
            "SELECT id, event_key, change, channel, attempts, payload FROM alerts "
            "WHERE status = 'pending' AND (next_attempt IS NULL OR next_attempt <= ?) "
            "ORDER BY created_at, id LIMIT ?", [now, limit]).fetchall()
        if rows:
            con.execute("UPDATE alerts SET next_attempt = ? WHERE id IN "
                        "(SELECT unnest(?::BIGINT[]))", [now + lease, [r[0] for r in rows]])
    return [OutboxAlert(id=r[0], meeting_id=r[1], change=r[2], channel=r[3], attempts=r[4],
                        payload=json.loads(r[5]) if r[5] else {}) for r in rows]


def record_delivery(con: duckdb.DuckDBPyConnection, alert_id: int, *, status: str,
                    now: datetime, error: str | None = None,
                    next_attempt: datetime | None = None) -> None:
    """Store the outcome of one attempt: ``sent``, ``pending`` (retry at
    ``next_attempt``) or ``failed`` (given up)."""
    record_deliveries(con, [(alert_id, status, error, next_attempt)], now=now)


def record_deliveries(con: duckdb.DuckDBPyConnection,
                      outcomes: Sequence[tuple[int, str, str | None, datetime | None]], *,
                      now: datetime) -> None:
    """``record_delivery`` for many (alert id, status, error, next attempt) in one
    statement."""
    for _, status, _, _ in outcomes:
        if status not in ("sent", "pending", "failed"):
            raise WarehouseError(f"unknown delivery status {status!r}")
    if not outcomes:
        return
    done = pa.table({
        "id": pa.array([o[0] for o in outcomes], pa.int64()),
        "status": [o[1] for o in outcomes],
        "error": pa.array([o[2] for o in outcomes], pa.string()),
        "next_attempt": pa.array([o[3] if o[1] == "pending" else None for o in outcomes],
                                 pa.timestamp("us", tz="UTC"))})
    with registered(con, {"deliveries": done}):
        con.execute(
            "UPDATE alerts SET status = d.status, attempts = attempts + 1, "
            " last_attempt = ?, last_error = d.error, next_attempt = d.next_attempt, "
            " sent_at = CASE WHEN d.status = 'sent' THEN ? ELSE sent_at END "
            "FROM deliveries d WHERE alerts.id = d.id", [now, now])


def list_alerts(con: duckdb.DuckDBPyConnection, *, limit: int = 100
                ) -> list[dict[str, Any]]:
    """Alerts, newest first, with their meeting and delivery state."""
    cur = con.execute("SELECT * FROM alert_deliveries ORDER BY created_at DESC, id DESC "
                      "LIMIT ?", [limit])
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def outbox_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    counts = {"pending": 0, "sent": 0, "failed": 0}
    for status, n in con.execute("SELECT status, count(*) FROM alerts GROUP BY status"
                                 ).fetchall():
        counts[status] = int(n)
    return counts


# --------------------------------------------------------------------------- digest

def digest(con: duckdb.DuckDBPyConnection, day: date, *, figures: int = 5
           ) -> dict[str, Any]:
    """The day's Canada–Mexico ministerial meetings (dated that day, or first reported
    that day), the day's coverage (relevant articles published, by language and
    source) and its notable figures (the largest amounts in relevant articles)."""
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    meetings = []
    for (mid,) in con.execute(
            "SELECT id FROM meetings WHERE ca_mx_ministerial AND (date = ? OR "
            " (first_seen >= ? AND first_seen < ?)) ORDER BY first_seen, id",
            [day, start, start + timedelta(days=1)]).fetchall():
        body = alert_body(con, mid, "new")
        meetings.append({**body["event"], "articles": body["articles"]})
    by_language = dict(con.execute(
        "SELECT coalesce(language, '?'), count(*) FROM articles WHERE relevant "
        "AND published = ? GROUP BY 1 ORDER BY 2 DESC, 1", [day]).fetchall())
    by_source = dict(con.execute(
        "SELECT coalesce(source, '?'), count(*) FROM articles WHERE relevant "
        "AND published = ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10", [day]).fetchall())
    top = con.execute(
        "SELECT f.text, f.subject, f.value, f.currency, a.title, a.url FROM figures f "
        "JOIN articles a USING (article_id) WHERE a.relevant AND a.published = ? "
        "AND f.unit = 'currency' ORDER BY f.value DESC NULLS LAST, f.article_id, f.idx "
        "LIMIT ?", [day, figures]).fetchall()
    return {"date": day.isoformat(), "meetings": meetings,
            "coverage": {"articles": sum(by_language.values()),
                         "by_language": by_language, "by_source": by_source},
            "figures": [{"text": t, "subject": s, "value": v, "currency": c, "title": ti,
                         "url": u} for t, s, v, c, ti, u in top]}
