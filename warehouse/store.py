"""Open the DuckDB warehouse, load batches into it, read them back, query it.

DuckDB lets one process hold the file for writing and refuses every other open (read-only
ones too) at once, without waiting. :func:`open_warehouse` therefore retries for a bounded
time and then raises :class:`WarehouseBusy`, and closes the file as soon as the caller is
done. A run that still cannot write keeps its batch in a spool directory
(:func:`spool_batch`) and the next run loads it (:func:`load_spool`).

Loads are batched through Arrow (never row by row), run in one transaction, and are
idempotent: primary keys derive from the canonical URL (articles) or a hash of the row
(failures), and inserts ignore what exists; facts are keyed by their article and position
(:data:`FACT_KEYS`) and written only for an article that has none, so they are not
written twice (their tables declare no key: see migration 006).
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from extractors.errors import WarehouseBusy, WarehouseError
from extractors.model import (
    ArticleInfo,
    Event,
    Extraction,
    Figure,
    Organization,
    Participant,
    Person,
    Place,
    Quote,
    Relevance,
    Topic,
)
from warehouse import summaries
from warehouse.arrowio import arrow_result, registered
from warehouse.migrate import migrate
from warehouse.records import (
    FAILURE_KINDS,
    ArticleRecord,
    FeedState,
    FetchFailure,
    article_id_for,
    to_utc,
)
from warehouse.serialize import (
    failure_from_dict,
    failure_to_dict,
    record_from_dict,
    record_to_dict,
)

log = logging.getLogger(__name__)

BUSY_MESSAGE = ("the warehouse {path} is busy: another canmex process is writing; "
                "try again shortly")
SPOOL_FORMAT = "canmex.spool/1"

# Fact tables, in the order of the contract; event_participants hangs off events.
FACT_TABLES = ("people", "organizations", "places", "topics", "figures", "quotes", "events",
               "event_participants")
# What identifies a fact row (unique, though not a declared key).
FACT_KEYS = {table: ("article_id", "event_idx", "idx") if table == "event_participants"
             else ("article_id", "idx") for table in FACT_TABLES}

_STR = pa.string()
_I32 = pa.int32()
_F64 = pa.float64()
_BOOL = pa.bool_()
_TS = pa.timestamp("us", tz="UTC")
_DATE = pa.date32()
_STRLIST = pa.list_(pa.string())

# Per fact table: (column, contract attribute, arrow type). Columns common to all fact
# tables (article_id, idx, extractor_version) are added around these.
_FACT_COLUMNS: dict[str, list[tuple[str, str, pa.DataType]]] = {
    "people": [("name", "name", _STR), ("title", "title", _STR), ("role", "role", _STR),
               ("country", "country", _STR), ("mentions", "mentions", _I32),
               ("sentence", "sentence", _STR)],
    "organizations": [("name", "name", _STR), ("kind", "kind", _STR),
                      ("country", "country", _STR), ("mentions", "mentions", _I32),
                      ("sentence", "sentence", _STR)],
    "places": [("name", "name", _STR), ("country", "country", _STR),
               ("mentions", "mentions", _I32), ("sentence", "sentence", _STR)],
    "topics": [("topic", "topic", _STR), ("mentions", "mentions", _I32),
               ("sentence", "sentence", _STR)],
    "figures": [("text", "text", _STR), ("value", "value", _F64), ("unit", "unit", _STR),
                ("currency", "currency", _STR), ("subject", "subject", _STR),
                ("year", "year", _I32), ("attributed_to", "attributed_to", _STR),
                ("sentence", "sentence", _STR)],
    "quotes": [("speaker", "speaker", _STR),
               ("speaker_description", "speaker_description", _STR),
               ("text", "text", _STR), ("sentence", "sentence", _STR)],
    "events": [("event_key", "key", _STR), ("type", "type", _STR), ("level", "level", _STR),
               ("status", "status", _STR), ("countries", "countries", _STRLIST),
               ("place", "place", _STR), ("date", "date", _DATE),
               ("date_text", "date_text", _STR), ("outcomes", "outcomes", _STRLIST),
               ("sentence", "sentence", _STR)],
}
_FACT_TYPES: dict[str, type] = {"people": Person, "organizations": Organization,
                                "places": Place, "topics": Topic, "figures": Figure,
                                "quotes": Quote, "events": Event}
_PARTICIPANT_COLUMNS = [("event_key", _STR), ("name", _STR), ("title", _STR),
                        ("country", _STR)]

_ARTICLE_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("article_id", _STR), ("url", _STR), ("canonical_url", _STR), ("title", _STR),
    ("source", _STR), ("published", _DATE), ("language", _STR), ("word_count", _I32),
    ("text_sha256", _STR), ("text", _STR), ("from_summary", _BOOL), ("author", _STR),
    ("site_name", _STR), ("http_status", _I32), ("fetched_at", _TS), ("relevant", _BOOL),
    ("relevance_score", _F64), ("countries", _STR), ("tone", _F64),
    ("extractor_version", _STR), ("extracted_at", _TS)]
# Columns re-extraction rewrites (everything that comes from the extraction).
_EXTRACTION_COLUMNS = ("title", "source", "published", "language", "word_count",
                       "text_sha256", "relevant", "relevance_score", "countries", "tone",
                       "extractor_version", "extracted_at")

_FEED_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("url", _STR), ("name", _STR), ("language", _STR), ("etag", _STR),
    ("last_modified", _STR), ("body_sha256", _STR), ("last_polled", _TS),
    ("last_success", _TS), ("last_status", _I32), ("error_count", _I32),
    ("last_error", _STR), ("items_seen", _I32), ("enabled", _BOOL), ("next_poll", _TS),
    ("moved_to", _STR)]

_FAILURE_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("id", _STR), ("url", _STR), ("feed_url", _STR), ("error", _STR), ("kind", _STR),
    ("failed_at", _TS)]

_SIGHTING_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("article_id", _STR), ("feed_url", _STR), ("first_seen", _TS)]

_READ_ONLY_STATEMENTS = frozenset({"SELECT", "EXPLAIN", "PRAGMA", "CALL"})


# --------------------------------------------------------------------------- opening

def first_line(exc: BaseException) -> str:
    """The first line of a DuckDB error, for a one-line message."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__



def missing_warehouse(path: str | Path) -> WarehouseError:
    return WarehouseError(f"no warehouse at {path}: nothing has been stored there yet "
                          "(run `canmex run` first, or point --db / CANMEX_DB at it)")


def read_only_statements(con: duckdb.DuckDBPyConnection, sql: str) -> list[Any]:
    """The statements of ``sql``, refused as a whole unless every one only reads
    (SELECT, EXPLAIN, PRAGMA, CALL): a mixed "SELECT …; DELETE …" runs nothing."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise WarehouseError(f"bad SQL: {first_line(exc)}") from exc
    if not statements:
        raise WarehouseError("no SQL statement given")
    for statement in statements:
        kind = statement.type.name
        if kind not in _READ_ONLY_STATEMENTS:
            raise WarehouseError(f"canmex sql is read-only: {kind} statements are "
                                 "not allowed")
    return statements


def _is_busy(exc: duckdb.Error) -> bool:
    """Another process (or, in this process, a connection opened differently) holds it."""
    text = str(exc).lower()
    return ("could not set lock" in text or "conflicting lock" in text
            or "different configuration" in text)


def _connect(path: Path, *, read_only: bool, busy_timeout: float,
             config: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(busy_timeout, 0.0)
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except duckdb.Error as exc:
            if not _is_busy(exc):
                raise WarehouseError(
                    f"cannot open the warehouse {path}: {first_line(exc)}") from exc
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WarehouseBusy(BUSY_MESSAGE.format(path=path)) from exc
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.5)


@contextmanager
def open_warehouse(path: str | Path, *, busy_timeout: float = 10.0,
                   read_only: bool = False, threads: int | None = None
                   ) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse at ``path``, held only for the ``with`` block.

    Waits up to ``busy_timeout`` seconds for another process to let go of the file, then
    raises :class:`WarehouseBusy`. A writable open creates the file (and its directory)
    and applies pending migrations; a read-only open of a missing file is a
    :class:`WarehouseError`. ``threads`` caps DuckDB's threads for the file while it is
    open in this process (default: one per core).
    """
    path = Path(path)
    if read_only and not path.exists():
        raise missing_warehouse(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = _connect(path, read_only=read_only, busy_timeout=busy_timeout)
    try:
        con.execute("SET TimeZone = 'UTC'")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection, what: str) -> Iterator[None]:
    try:
        con.execute("BEGIN TRANSACTION")
    except duckdb.Error as exc:
        raise WarehouseError(f"{what}: cannot start a transaction: "
                             f"{first_line(exc)}") from exc
    try:
        yield
        con.execute("COMMIT")
    except BaseException as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        if isinstance(exc, duckdb.Error):
            raise WarehouseError(f"{what} failed: {first_line(exc)}") from exc
        raise


def _arrow(schema: list[tuple[str, pa.DataType]], rows: Sequence[Sequence[Any]]) -> pa.Table:
    """``rows`` (tuples in ``schema`` order) as an Arrow table (typed, even when empty)."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    return pa.table([pa.array(col, type=typ) for col, (_, typ) in zip(columns, schema,
                                                                       strict=True)],
                    names=[name for name, _ in schema])


def _insert(con: duckdb.DuckDBPyConnection, table: str,
            schema: list[tuple[str, pa.DataType]], rows: Sequence[Sequence[Any]],
            *, conflict: str = "DO NOTHING") -> int:
    """Insert ``rows`` (tuples in ``schema`` order) as one Arrow batch; return rows added."""
    if not rows:
        return 0
    return _insert_batch(con, table, _arrow(schema, rows), conflict=conflict)


def _insert_batch(con: duckdb.DuckDBPyConnection, table: str, batch: pa.Table,
                  *, conflict: str | None = "DO NOTHING") -> int:
    """Insert an Arrow table into ``table`` (columns by name); return rows added.
    ``conflict``: the ``ON CONFLICT`` action of a keyed table, None for a table without
    a key (the fact tables)."""
    if batch.num_rows == 0:
        return 0
    view = f"_canmex_batch_{table}"
    cols = ", ".join(f'"{n}"' for n in batch.column_names)
    on_conflict = f" ON CONFLICT {conflict}" if conflict else ""
    with registered(con, {view: batch}):
        result = con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}"
                             + on_conflict).fetchone()
    return int(result[0]) if result else 0


def _now() -> datetime:
    return datetime.now(UTC)


def _utc_or_none(value: datetime | None) -> datetime | None:
    return None if value is None else to_utc(value)


def _parse_date(text: str | None, what: str) -> date | None:
    if text is None or text == "":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        log.warning("%s %r is not YYYY-MM-DD; stored as NULL", what, text)
        return None


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _countries_json(countries: dict[str, int]) -> str:
    return json.dumps(countries, ensure_ascii=False, separators=(",", ":"))


def _countries_from_json(text: str | None) -> dict[str, int]:
    return {str(k): int(v) for k, v in json.loads(text).items()} if text else {}


def _from_db_ts(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(UTC)


# --------------------------------------------------------------------------- feeds

def load_feed_states(con: duckdb.DuckDBPyConnection,
                     urls: Sequence[str]) -> dict[str, FeedState]:
    """The stored state of each feed in ``urls``; a feed never seen gets a fresh state."""
    names = [name for name, _ in _FEED_COLUMNS]
    rows = con.execute(f"SELECT {', '.join(names)} FROM feeds "
                       "WHERE url IN (SELECT unnest(?::VARCHAR[]))", [list(urls)]).fetchall()
    found: dict[str, FeedState] = {}
    for row in rows:
        values = dict(zip(names, row, strict=True))
        for key in ("last_polled", "last_success", "next_poll"):
            values[key] = _from_db_ts(values[key])
        found[values["url"]] = FeedState(**values)
    return {url: found.get(url, FeedState(url=url)) for url in urls}


def all_feed_states(con: duckdb.DuckDBPyConnection) -> list[FeedState]:
    """Every row of ``feeds``, by URL."""
    urls = [r[0] for r in con.execute("SELECT url FROM feeds ORDER BY url").fetchall()]
    return list(load_feed_states(con, urls).values())


def enable_feed(con: duckdb.DuckDBPyConnection, url: str) -> bool:
    """Turn a disabled feed back on, due at once, its failure count reset; False when
    ``url`` is not in ``feeds``."""
    with _transaction(con, "enabling a feed"):
        row = con.execute("UPDATE feeds SET enabled = true, error_count = 0, "
                          "next_poll = NULL WHERE url = ? RETURNING url", [url]).fetchone()
    return row is not None


def save_feed_states(con: duckdb.DuckDBPyConnection, states: Sequence[FeedState]) -> None:
    """Insert or update the rows of ``feeds`` for ``states`` (the last one per URL wins)."""
    latest = {s.url: s for s in states}
    rows = [(s.url, s.name, s.language, s.etag, s.last_modified, s.body_sha256,
             _utc_or_none(s.last_polled), _utc_or_none(s.last_success), s.last_status,
             s.error_count, s.last_error, s.items_seen, s.enabled,
             _utc_or_none(s.next_poll), s.moved_to) for s in latest.values()]
    updates = ", ".join(f"{name} = excluded.{name}" for name, _ in _FEED_COLUMNS[1:])
    with _transaction(con, "saving feed states"):
        _insert(con, "feeds", _FEED_COLUMNS, rows, conflict=f"(url) DO UPDATE SET {updates}")


# --------------------------------------------------------------------------- articles

def known_article_ids(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` already stored in ``articles``."""
    if not ids:
        return set()
    rows = con.execute("SELECT article_id FROM articles "
                       "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                       [list(ids)]).fetchall()
    return {row[0] for row in rows}


def _insert_sightings(con: duckdb.DuckDBPyConnection,
                      sightings: Iterable[tuple[str, str, datetime]]) -> int:
    first: dict[tuple[str, str], datetime] = {}
    for article_id, feed_url, seen in sightings:
        key = (article_id, feed_url)
        seen = to_utc(seen)
        if key not in first or seen < first[key]:
            first[key] = seen
    rows = [(a, f, t) for (a, f), t in first.items()]
    return _insert(con, "article_feeds", _SIGHTING_COLUMNS, rows)


def record_sightings(con: duckdb.DuckDBPyConnection,
                     sightings: Sequence[tuple[str, str]]) -> int:
    """Record that articles were listed by feeds: (article_id, feed_url) pairs.

    Pairs already recorded are ignored; returns how many were new.
    """
    now = _now()
    with _transaction(con, "recording sightings"):
        return _insert_sightings(con, ((a, f, now) for a, f in sightings))


def _article_row(record: ArticleRecord, extracted_at: datetime) -> tuple[Any, ...]:
    ex = record.extraction
    info = ex.article
    return (record.article_id, record.url, record.canonical_url, info.title, info.source,
            _parse_date(info.published, f"article {record.article_id}: published"),
            info.language, info.word_count, info.text_sha256, record.text,
            record.from_summary, record.author, record.site_name, record.http_status,
            to_utc(record.fetched_at), ex.relevance.relevant, ex.relevance.score,
            _countries_json(ex.relevance.countries), ex.tone, ex.extractor_version,
            extracted_at)


def _fact_rows(article_id: str, extraction: Extraction,
               into: dict[str, list[tuple[Any, ...]]]) -> None:
    version = extraction.extractor_version
    for table, columns in _FACT_COLUMNS.items():
        for idx, item in enumerate(getattr(extraction, table)):
            values: list[Any] = [article_id, idx]
            for column, attr, _ in columns:
                value = getattr(item, attr, None)
                if column == "date":
                    value = _parse_date(value, f"article {article_id}: event date")
                elif column in ("countries", "outcomes") and value is not None:
                    value = list(value)
                values.append(value)
            values.append(version)
            into[table].append(tuple(values))
    for event_idx, event in enumerate(extraction.events):
        for idx, p in enumerate(event.participants):
            into["event_participants"].append(
                (article_id, event_idx, idx, event.key, p.name, p.title, p.country, version))


def _fact_schema(table: str) -> list[tuple[str, pa.DataType]]:
    if table == "event_participants":
        return ([("article_id", _STR), ("event_idx", _I32), ("idx", _I32)]
                + _PARTICIPANT_COLUMNS + [("extractor_version", _STR)])
    return ([("article_id", _STR), ("idx", _I32)]
            + [(column, typ) for column, _, typ in _FACT_COLUMNS[table]]
            + [("extractor_version", _STR)])


def _insert_facts(con: duckdb.DuckDBPyConnection,
                  items: Iterable[tuple[str, Extraction]]) -> dict[str, pa.Table]:
    """Insert the facts of ``items`` (articles that have none stored: new ones, or ones
    whose facts were just deleted; the fact tables have no key to ignore duplicates by);
    return them as Arrow tables, by fact table."""
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in FACT_TABLES}
    for article_id, extraction in items:
        _fact_rows(article_id, extraction, rows)
    batches = {table: _arrow(_fact_schema(table), rows[table]) for table in FACT_TABLES}
    for table, batch in batches.items():
        _insert_batch(con, table, batch, conflict=None)
    return batches


def _check_ids(records: Sequence[ArticleRecord]) -> None:
    for r in records:
        if r.article_id != article_id_for(r.canonical_url):
            raise ValueError(f"article_id {r.article_id!r} does not derive from its "
                             f"canonical URL {r.canonical_url!r}; use article_id_for()")


def _append_articles(con: duckdb.DuckDBPyConnection,
                     records: Sequence[ArticleRecord]) -> int:
    _check_ids(records)
    unique: dict[str, ArticleRecord] = {}
    for r in records:
        unique.setdefault(r.article_id, r)
    existing = known_article_ids(con, list(unique))
    new = [r for aid, r in unique.items() if aid not in existing]
    now = _now()
    articles = _arrow(_ARTICLE_COLUMNS, [_article_row(r, now) for r in new])
    added = _insert_batch(con, "articles", articles)
    facts = _insert_facts(con, ((r.article_id, r.extraction) for r in new))
    # The trend summaries, from the same rows, in the same transaction.
    summaries.add_batch(con, {"articles": articles, **facts})
    _insert_sightings(con, ((r.article_id, feed, r.fetched_at)
                            for r in records for feed in r.feed_urls))
    return added


def append_articles(con: duckdb.DuckDBPyConnection,
                    records: Sequence[ArticleRecord]) -> int:
    """Store new articles with their facts and feed sightings, in one transaction.

    Articles already stored are left as they are (only their new feed sightings are
    added), so appending the same batch twice changes nothing. Returns how many articles
    were new.
    """
    with _transaction(con, "appending articles"):
        return _append_articles(con, records)


def _failure_rows(failures: Sequence[FetchFailure]) -> list[tuple[Any, ...]]:
    rows = []
    for f in failures:
        if f.kind not in FAILURE_KINDS:
            raise ValueError(f"failure kind {f.kind!r} is not one of {FAILURE_KINDS}")
        rows.append((f.failure_id(), f.url, f.feed_url, f.error, f.kind, to_utc(f.at)))
    return rows


def record_failures(con: duckdb.DuckDBPyConnection, failures: Sequence[FetchFailure]) -> None:
    """Append fetch failures (recording the same failure twice adds nothing)."""
    rows = _failure_rows(failures)
    with _transaction(con, "recording fetch failures"):
        _insert(con, "fetch_failures", _FAILURE_COLUMNS, rows)


# --------------------------------------------------------------------------- re-extraction

def _version_key(version: str) -> tuple[tuple[int, Any], ...]:
    """Order versions naturally: 0.9 < 0.10, 1.0 < 1.0.1."""
    parts = [p for p in re.split(r"[.\-+_]", version) if p]
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


_TEXT_FIELDS = ("url", "canonical_url", "title", "source", "published", "language",
                "word_count", "text", "from_summary", "author", "site_name", "http_status",
                "fetched_at", "extractor_version")


def article_texts(con: duckdb.DuckDBPyConnection,
                  extractor_version_below: str | None = None,
                  ) -> Iterator[tuple[str, dict[str, Any]]]:
    """Stored articles (id, metadata and text) for re-extraction, in no particular order.

    With ``extractor_version_below``, only those extracted by an older version (compared
    naturally: 0.9 < 0.10). The rows stream from a snapshot taken at the first item
    through a cursor of their own, so the caller may write to ``con`` (e.g.
    :func:`replace_facts`) between items. Exhaust or close the iterator before leaving
    :func:`open_warehouse`: the file stays open while it is alive.
    """
    limit = None if extractor_version_below is None else _version_key(
        extractor_version_below)
    cols = ", ".join(f'a."{c}"' for c in _TEXT_FIELDS)
    cur = con.cursor()
    try:
        cur.execute(
            f"SELECT a.article_id, {cols}, s.feeds FROM articles a LEFT JOIN ("
            "  SELECT article_id, list(feed_url ORDER BY first_seen, feed_url) AS feeds"
            "  FROM article_feeds GROUP BY article_id) s USING (article_id)")
        while batch := cur.fetchmany(500):
            for row in batch:
                meta = dict(zip(_TEXT_FIELDS, row[1:-1], strict=True))
                version = meta["extractor_version"] or ""
                if limit is not None and _version_key(version) >= limit:
                    continue
                meta["published"] = _date_text(meta["published"])
                meta["fetched_at"] = _from_db_ts(meta["fetched_at"])
                meta["feed_urls"] = tuple(row[-1] or ())
                yield row[0], meta
    finally:
        cur.close()


def replace_facts_many(con: duckdb.DuckDBPyConnection,
                       items: Sequence[tuple[str, Extraction]]) -> None:
    """Re-extraction of several articles: their facts and extraction columns are replaced
    (old facts deleted, new ones inserted) in one transaction."""
    latest = dict(items)
    if not latest:
        return
    ids = list(latest)
    now = _now()
    with _transaction(con, "replacing facts"):
        missing = set(ids) - known_article_ids(con, ids)
        if missing:
            raise WarehouseError(f"cannot re-extract unknown article(s): "
                                 f"{', '.join(sorted(missing))}")
        # The trend summaries lose what the old rows gave them and get what the new ones
        # give (below), in this transaction.
        ids_table = pa.table({"article_id": pa.array(ids, _STR)})
        with registered(con, {"_canmex_reextract_ids": ids_table}):
            old = summaries.stored_rows(con, "_canmex_reextract_ids")
            summaries.take_batch(con, old)
            for table in FACT_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN "
                            "(SELECT article_id FROM _canmex_reextract_ids)")
        # Their events are new: unlink them so the next pass matches them to meetings
        # again (the meetings themselves, and alerts already sent, stay).
        con.execute("DELETE FROM meeting_articles WHERE article_id IN "
                    "(SELECT unnest(?::VARCHAR[]))", [ids])
        facts = _insert_facts(con, latest.items())
        schema = [("article_id", _STR)] + [(n, t) for n, t in _ARTICLE_COLUMNS
                                           if n in _EXTRACTION_COLUMNS]
        rows = []
        for aid, ex in latest.items():
            info = ex.article
            values = {"title": info.title, "source": info.source,
                      "published": _parse_date(info.published, f"article {aid}: published"),
                      "language": info.language, "word_count": info.word_count,
                      "text_sha256": info.text_sha256, "relevant": ex.relevance.relevant,
                      "relevance_score": ex.relevance.score,
                      "countries": _countries_json(ex.relevance.countries), "tone": ex.tone,
                      "extractor_version": ex.extractor_version, "extracted_at": now}
            rows.append((aid, *(values[n] for n, _ in schema[1:])))
        batch = pa.table([pa.array(col, type=typ) for col, (_, typ)
                          in zip(zip(*rows, strict=True), schema, strict=True)],
                         names=[n for n, _ in schema])
        sets = ", ".join(f'"{n}" = b."{n}"' for n, _ in schema[1:])
        with registered(con, {"_canmex_reextract": batch,
                              "_canmex_reextract_old": old["articles"]}):
            con.execute(f"UPDATE articles SET {sets} FROM _canmex_reextract b "
                        "WHERE articles.article_id = b.article_id")
            # The new rows, as the summaries read them: the extraction's columns, and
            # the fetch's from the old row (re-extraction leaves those alone).
            updated = arrow_result(
                con, "SELECT b.*, o.fetched_at, o.site_name, o.url FROM _canmex_reextract b "
                     "JOIN _canmex_reextract_old o USING (article_id)")
        summaries.add_batch(con, {"articles": updated, **facts})


def replace_facts(con: duckdb.DuckDBPyConnection, article_id: str,
                  extraction: Extraction) -> None:
    """Re-extraction: replace one article's facts and extraction columns atomically."""
    replace_facts_many(con, [(article_id, extraction)])


# --------------------------------------------------------------------------- reading back

def _fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str,
                 params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def load_extraction(con: duckdb.DuckDBPyConnection, article_id: str) -> Extraction:
    """The stored extraction of one article, rebuilt from its rows (evidence included)."""
    rows = _fetch_dicts(con, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if not rows:
        raise WarehouseError(f"no article {article_id} in the warehouse")
    a = rows[0]
    lists: dict[str, tuple[Any, ...]] = {}
    participants: dict[int, list[Participant]] = {}
    for p in _fetch_dicts(con, "SELECT * FROM event_participants WHERE article_id = ? "
                          "ORDER BY event_idx, idx", [article_id]):
        participants.setdefault(p["event_idx"], []).append(
            Participant(name=p["name"], title=p["title"], country=p["country"]))
    for table, columns in _FACT_COLUMNS.items():
        cls = _FACT_TYPES[table]
        fields = {f.name for f in dataclasses.fields(cls)}
        items = []
        for row in _fetch_dicts(con, f"SELECT * FROM {table} WHERE article_id = ? "
                                "ORDER BY idx", [article_id]):
            kwargs = {attr: row[column] for column, attr, _ in columns if attr in fields}
            if table == "events":
                kwargs["date"] = _date_text(kwargs["date"])
                kwargs["countries"] = tuple(kwargs["countries"] or ())
                kwargs["outcomes"] = tuple(kwargs["outcomes"] or ())
                kwargs["participants"] = tuple(participants.get(row["idx"], ()))
            items.append(cls(**kwargs))
        lists[table] = tuple(items)
    return Extraction(
        article=ArticleInfo(url=a["url"], title=a["title"], source=a["source"],
                            published=_date_text(a["published"]), language=a["language"],
                            word_count=a["word_count"], text_sha256=a["text_sha256"]),
        relevance=Relevance(relevant=a["relevant"], score=a["relevance_score"],
                            countries=_countries_from_json(a["countries"])),
        tone=a["tone"], extractor_version=a["extractor_version"], **lists)


def load_article(con: duckdb.DuckDBPyConnection, article_id: str) -> ArticleRecord:
    """One stored article as the record that was appended (feed URLs in first-seen order)."""
    rows = _fetch_dicts(con, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if not rows:
        raise WarehouseError(f"no article {article_id} in the warehouse")
    a = rows[0]
    feeds = con.execute("SELECT feed_url FROM article_feeds WHERE article_id = ? "
                        "ORDER BY first_seen, feed_url", [article_id]).fetchall()
    return ArticleRecord(
        article_id=article_id, url=a["url"], canonical_url=a["canonical_url"],
        feed_urls=tuple(f[0] for f in feeds), fetched_at=a["fetched_at"].astimezone(UTC),
        http_status=a["http_status"], text=a["text"], from_summary=a["from_summary"],
        author=a["author"], site_name=a["site_name"],
        extraction=load_extraction(con, article_id))


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts per table, plus relevant articles and the Canada–Mexico ministerial
    meetings (real-world meetings, however many articles report them)."""
    tables = ("feeds", "articles", "article_feeds", "fetch_failures", *FACT_TABLES,
              "alerts")
    def count(sql: str) -> int:
        row = con.execute(sql).fetchone()
        return int(row[0]) if row else 0

    counts = {t: count(f"SELECT count(*) FROM {t}") for t in tables}
    counts["relevant_articles"] = count("SELECT count(*) FROM articles WHERE relevant")
    # Real-world meetings, matched across articles and languages.
    counts["ca_mx_ministerial_meetings"] = count(
        "SELECT count(*) FROM meetings WHERE ca_mx_ministerial")
    return counts


# --------------------------------------------------------------------------- ad-hoc SQL

def run_query(path: str | Path, sql: str, *,
              busy_timeout: float = 10.0) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run read-only SQL against the warehouse; return (column names, rows).

    The file is opened read-only with file-system access disabled, and only queries
    (SELECT, EXPLAIN, PRAGMA, CALL) are accepted: anything else is a WarehouseError
    "canmex sql is read-only". With several statements, the last one's result is returned.
    JSON columns come back decoded (dicts and lists).
    """
    path = Path(path)
    if not path.exists():
        raise missing_warehouse(path)
    con = _connect(path, read_only=True, busy_timeout=busy_timeout,
                   config={"enable_external_access": False})
    try:
        con.execute("SET TimeZone = 'UTC'")
        statements = read_only_statements(con, sql)
        columns: list[str] = []
        rows: list[tuple[Any, ...]] = []
        description: list[Any] = []
        for statement in statements:
            try:
                cur = con.execute(statement.query)
                description = cur.description or []
                columns = [d[0] for d in description]
                rows = cur.fetchall() if description else []
            except duckdb.Error as exc:
                raise WarehouseError(f"query failed: {first_line(exc)}") from exc
        json_columns = [i for i, d in enumerate(description) if str(d[1]) == "JSON"]
        if json_columns:
            rows = [_decode_json(row, json_columns) for row in rows]
        return columns, rows
    finally:
        con.close()


def _decode_json(row: tuple[Any, ...], positions: list[int]) -> tuple[Any, ...]:
    values = list(row)
    for i in positions:
        if isinstance(values[i], str):
            values[i] = json.loads(values[i])
    return tuple(values)


# --------------------------------------------------------------------------- spool

def default_spool_dir(db_path: str | Path) -> Path:
    """Where batches wait when the warehouse is busy: ``<db path>.spool/``."""
    return Path(f"{db_path}.spool")


def spool_batch(spool_dir: Path, records: Sequence[ArticleRecord],
                failures: Sequence[FetchFailure]) -> Path:
    """Keep a batch that could not be written, as a JSON-lines file in ``spool_dir``.

    The file appears atomically (written aside, then renamed), so a crash never leaves a
    half batch for :func:`load_spool` to find.
    """
    spool_dir = Path(spool_dir)
    spool_dir.mkdir(parents=True, exist_ok=True)
    stamp = _now().strftime("%Y%m%dT%H%M%S%fZ")
    final = spool_dir / f"batch-{stamp}-{uuid.uuid4().hex[:8]}.jsonl"
    tmp = final.with_name(final.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        header = {"format": SPOOL_FORMAT, "records": len(records),
                  "failures": len(failures)}
        fh.write(json.dumps(header) + "\n")
        for r in records:
            fh.write(json.dumps({"article": record_to_dict(r)}, ensure_ascii=False) + "\n")
        for f in failures:
            fh.write(json.dumps({"failure": failure_to_dict(f)}, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    log.info("spooled %d articles and %d failures to %s", len(records), len(failures), final)
    return final


def read_spool_file(path: Path) -> tuple[list[ArticleRecord], list[FetchFailure]]:
    """The records and failures of one spooled batch; ValueError if it is damaged."""
    records: list[ArticleRecord] = []
    failures: list[FetchFailure] = []
    with path.open(encoding="utf-8") as fh:
        header = json.loads(fh.readline() or "null")
        if not isinstance(header, dict) or header.get("format") != SPOOL_FORMAT:
            raise ValueError(f"{path.name} is not a {SPOOL_FORMAT} batch")
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            if "article" in item:
                records.append(record_from_dict(item["article"]))
            elif "failure" in item:
                failures.append(failure_from_dict(item["failure"]))
            else:
                raise ValueError(f"{path.name}: unknown line {line[:60]!r}")
    if (len(records), len(failures)) != (header.get("records"), header.get("failures")):
        raise ValueError(f"{path.name} is incomplete")
    return records, failures


def load_spool(con: duckdb.DuckDBPyConnection, spool_dir: Path) -> int:
    """Load every spooled batch (oldest first), each in one transaction, then delete it.

    Loading is idempotent, so a batch loaded but not yet deleted (a crash in between)
    adds nothing the next time. A damaged file is renamed ``*.bad`` and left for a
    person to look at. Returns the number of new articles.
    """
    spool_dir = Path(spool_dir)
    if not spool_dir.is_dir():
        return 0
    added = 0
    for path in sorted(spool_dir.glob("batch-*.jsonl")):
        try:
            records, failures = read_spool_file(path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            bad = path.with_name(path.name + ".bad")
            log.error("spooled batch %s is damaged (%s); moved to %s", path, exc, bad)
            os.replace(path, bad)
            continue
        failure_rows = _failure_rows(failures)
        with _transaction(con, f"loading spooled batch {path.name}"):
            added += _append_articles(con, records)
            _insert(con, "fetch_failures", _FAILURE_COLUMNS, failure_rows)
        path.unlink()
        log.info("loaded spooled batch %s (%d articles, %d failures)", path.name,
                 len(records), len(failures))
    return added
