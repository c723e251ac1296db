"""The summary tables behind the heaviest trend views, kept in step with the facts.

Migration 005 adds tables (``trend_*``) that the trend views read instead of joining and
aggregating millions of fact rows on every query, and fills them from the rows already
stored. From then on, whatever changes the articles or their facts changes these tables
in the same transaction, so they can never disagree with the facts:

- :func:`add_batch`, called by ``store`` when it appends new articles, adds what those
  articles contribute, computed from the very rows being inserted (the Arrow batches), so
  its cost follows the batch, not the size of the warehouse;
- :func:`take_batch` takes away what articles contributed, from their old rows (the few
  columns :func:`stored_rows` reads) before a re-extraction deletes them;
  :func:`add_batch` then adds what their new rows give;
- :func:`fill` fills the empty tables from every row stored: migration 005 runs it once,
  on the warehouse it creates them in.

A summary is **counted** (one row per key, NULL keys included, with counts that add up
over articles: a delta is folded in by adding it to the row with the same key, and a row
whose first count falls to zero is deleted), **copied** (one row per fact, with what the
views show of its article; removed by article) or **refreshed** (``trend_meetings``: one
row per engagement, worked out again from two other summaries for every event_key a
change touches). Every article falls in one day, week and month, so even counts of
distinct articles add up across batches.

Each contribution is SQL over ``{articles}``, ``{topics}``, ``{events}``,
``{event_participants}``, ``{people}``, ``{quotes}`` and ``{figures}``: the rows being
added or taken away, or (for :func:`fill`) the whole tables.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from warehouse.arrowio import arrow_result, registered

# An article's day: its publication date, else the UTC day it was fetched (as in 003).
DAY = "coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE))"
ENGAGEMENT_TYPES = "('meeting', 'visit', 'call', 'summit')"
GOVERNMENT_ROLES = ("('head_of_state', 'head_of_government', 'minister', 'deputy_minister', "
                    "'ambassador', 'legislator', 'official')")

# The relations a contribution may read, by the name used in its SQL.
SOURCES = ("articles", "topics", "events", "event_participants", "people", "quotes",
           "figures")


@dataclass(frozen=True)
class Summary:
    """One summary table: what it holds and how a change reaches it.

    - ``keys`` set: **counted**. Rows are unique on ``keys`` (NULL equals NULL), the
      other columns are counts that add up; the first count is the number of rows
      summarised, and zero means no row. ``sql`` is what the rows being added or taken
      away contribute.
    - ``refresh`` set: **refreshed**. One row per value of that column, worked out by
      ``sql`` from other summaries (above it in :data:`SUMMARIES`) for the values in
      ``{keys}``; ``touched`` is the values the rows being added or taken away touch.
    - neither: **copied**. One row per fact of the rows being added, given by ``sql``,
      and removed by ``article_id``.
    """

    table: str
    columns: tuple[str, ...]
    sql: str
    keys: tuple[str, ...] = ()
    refresh: str = ""
    touched: str = ""

    @property
    def counts(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c not in self.keys)


CA_MX_MINISTERIAL = (f"e.type IN {ENGAGEMENT_TYPES} "
                     "AND e.level IN ('ministerial', 'leaders') "
                     "AND list_has_all(e.countries, ['CA', 'MX'])")

# The timeline of one real-world engagement (event_key), from its reports and people.
# Where 003 took the value most reports give with mode(), which picks any of the values
# tied for most, this takes the first of them in sort order.
MEETING_ROWS = """
    WITH reports AS (
        SELECT r.event_key, r.type, r.level, r.status, r.date, r.place, r.countries,
               r.article_id, coalesce(r.source, r.site_name) AS source, r.day
        FROM trend_engagement_reports r
        WHERE r.event_key IN (SELECT event_key FROM {keys})
    ),
    named AS (
        SELECT p.event_key,
               list(DISTINCT p.name ORDER BY p.name) FILTER (WHERE p.country = 'CA') AS ca,
               list(DISTINCT p.name ORDER BY p.name) FILTER (WHERE p.country = 'MX') AS mx,
               list(DISTINCT p.name ORDER BY p.name)
                   FILTER (WHERE p.country IS NULL OR p.country NOT IN ('CA', 'MX'))
                   AS others
        FROM trend_event_people p
        WHERE p.event_key IN (SELECT event_key FROM reports)
        GROUP BY p.event_key
    ),
    types AS (
        SELECT event_key, first(type ORDER BY n DESC, type) AS type
        FROM (SELECT event_key, type, count(*) AS n FROM reports
              WHERE type IS NOT NULL GROUP BY ALL)
        GROUP BY event_key
    ),
    places AS (
        SELECT event_key, first(place ORDER BY n DESC, place) AS place
        FROM (SELECT event_key, place, count(*) AS n FROM reports
              WHERE place IS NOT NULL GROUP BY ALL)
        GROUP BY event_key
    ),
    engagements AS (
        SELECT r.event_key,
               CASE max(CASE r.level WHEN 'leaders' THEN 4 WHEN 'ministerial' THEN 3
                                     WHEN 'officials' THEN 2 WHEN 'business' THEN 1 END)
                   WHEN 4 THEN 'leaders' WHEN 3 THEN 'ministerial' WHEN 2 THEN 'officials'
                   WHEN 1 THEN 'business' END AS level,
               CASE WHEN bool_or(r.status = 'held') THEN 'held' ELSE max(r.status) END
                   AS status,
               min(r.date) AS date,
               list_sort(list_distinct(flatten(list(r.countries)))) AS countries,
               count(DISTINCT r.article_id) AS articles,
               count(DISTINCT r.source) AS sources,
               min(r.day) AS first_reported,
               max(r.day) AS last_reported,
               bool_or(r.level IN ('ministerial', 'leaders')
                       AND list_has_all(r.countries, ['CA', 'MX'])) AS ca_mx_ministerial,
               list(DISTINCT r.article_id ORDER BY r.article_id) AS article_ids
        FROM reports r
        GROUP BY r.event_key
    )
    SELECT e.event_key,
           coalesce(e.date, e.first_reported) AS day,
           e.date, t.type, e.level, e.status, pl.place, e.countries,
           coalesce(list_concat(list_concat(p.ca, p.mx), p.others), []) AS participants,
           e.articles, e.sources, e.first_reported, e.last_reported, e.ca_mx_ministerial,
           e.article_ids
    FROM engagements e
    LEFT JOIN types t USING (event_key)
    LEFT JOIN places pl USING (event_key)
    LEFT JOIN named p USING (event_key)"""

SUMMARIES: tuple[Summary, ...] = (
    # weekly_coverage_by_topic: articles per week and topic, with the relevant ones and
    # the topic's mentions in those.
    Summary("trend_topic_weeks",
            ("week", "topic", "articles", "relevant_articles", "mentions"),
            keys=("week", "topic"), sql=f"""
        SELECT CAST(date_trunc('week', {DAY}) AS DATE) AS week, t.topic,
               count(DISTINCT a.article_id) AS articles,
               count(DISTINCT a.article_id) FILTER (WHERE a.relevant) AS relevant_articles,
               coalesce(sum(t.mentions) FILTER (WHERE a.relevant), 0) AS mentions
        FROM {{topics}} t JOIN {{articles}} a USING (article_id)
        GROUP BY ALL"""),
    # top_sources: articles per source, language and day, with the relevant ones, those
    # reporting a Canada–Mexico ministerial meeting, and the relevant ones' tone.
    Summary("trend_source_days",
            ("source", "language", "day", "articles", "relevant_articles",
             "meeting_articles", "tone_count", "tone_sum"),
            keys=("source", "language", "day"), sql=f"""
        SELECT coalesce(a.source, a.site_name, '(unknown)') AS source, a.language,
               {DAY} AS day,
               count(*) AS articles,
               count(*) FILTER (WHERE a.relevant) AS relevant_articles,
               count(*) FILTER (WHERE a.article_id IN (
                   SELECT e.article_id FROM {{events}} e WHERE {CA_MX_MINISTERIAL}))
                   AS meeting_articles,
               count(a.tone) FILTER (WHERE a.relevant) AS tone_count,
               coalesce(sum(a.tone) FILTER (WHERE a.relevant), 0) AS tone_sum
        FROM {{articles}} a
        GROUP BY ALL"""),
    # ca_mx_ministerial_meetings and the meetings below: every report of a meeting,
    # visit, call or summit, with what those views show of its article.
    Summary("trend_engagement_reports",
            ("article_id", "idx", "event_key", "type", "level", "status", "date",
             "date_text", "place", "countries", "outcomes", "sentence", "extractor_version",
             "title", "url", "published", "source", "site_name", "day", "ca_mx_ministerial"),
            sql=f"""
        SELECT e.article_id, e.idx, e.event_key, e.type, e.level, e.status, e.date,
               e.date_text, e.place, e.countries, e.outcomes, e.sentence,
               e.extractor_version, a.title, a.url, a.published, a.source, a.site_name,
               {DAY} AS day, coalesce({CA_MX_MINISTERIAL}, false) AS ca_mx_ministerial
        FROM {{events}} e JOIN {{articles}} a USING (article_id)
        WHERE e.type IN {ENGAGEMENT_TYPES}"""),
    # The meetings below and official_activity_monthly: who took part in which event
    # (event_key), for which country, in how many participant rows.
    Summary("trend_event_people", ("event_key", "name", "country", "participations"),
            keys=("event_key", "name", "country"), sql="""
        SELECT p.event_key, p.name, p.country, count(*) AS participations
        FROM {event_participants} p
        GROUP BY ALL"""),
    # meetings_timeline: one row per engagement, worked out again from the two tables
    # above for every event_key the rows being added or taken away touch.
    Summary("trend_meetings",
            ("event_key", "day", "date", "type", "level", "status", "place", "countries",
             "participants", "articles", "sources", "first_reported", "last_reported",
             "ca_mx_ministerial", "article_ids"),
            refresh="event_key", sql=MEETING_ROWS, touched="""
        SELECT event_key FROM {events} UNION SELECT event_key FROM {event_participants}"""),
    # official_activity_monthly: people rows with a government role, per name, country,
    # role and title.
    Summary("trend_official_roles", ("name", "country", "role", "title", "mentions"),
            keys=("name", "country", "role", "title"), sql=f"""
        SELECT p.name, p.country, p.role, p.title, count(*) AS mentions
        FROM {{people}} p
        WHERE p.role IN {GOVERNMENT_ROLES}
        GROUP BY ALL"""),
    # official_activity_monthly: direct quotes per speaker and month of the article.
    Summary("trend_speaker_months", ("name", "month", "quotes"), keys=("name", "month"),
            sql=f"""
        SELECT q.speaker AS name, CAST(date_trunc('month', {DAY}) AS DATE) AS month,
               count(*) AS quotes
        FROM {{quotes}} q JOIN {{articles}} a USING (article_id)
        WHERE q.speaker IS NOT NULL
        GROUP BY ALL"""),
    # figures_over_time: every figure with when, where and by whom it was reported.
    Summary("trend_figures",
            ("published", "subject", "subject_key", "text", "value", "unit", "currency",
             "year", "attributed_to", "source", "language", "title", "url", "relevant",
             "sentence", "article_id", "idx"),
            sql=f"""
        SELECT {DAY} AS published, f.subject, lower(trim(f.subject)) AS subject_key,
               f.text, f.value, f.unit, f.currency, f.year, f.attributed_to,
               a.source, a.language, a.title, a.url, a.relevant,
               f.sentence, f.article_id, f.idx
        FROM {{figures}} f JOIN {{articles}} a USING (article_id)"""),
)

# The columns of the stored rows that taking away reads (see stored_rows).
TAKE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "published", "fetched_at", "source", "site_name", "language",
                 "relevant", "tone", "url"),
    "topics": ("article_id", "topic", "mentions"),
    "events": ("article_id", "event_key", "type", "level", "countries"),
    "event_participants": ("article_id", "event_key", "name", "country"),
    "people": ("article_id", "name", "country", "role", "title"),
    "quotes": ("article_id", "speaker"),
}

_KEYS = "_canmex_summary_keys"


def add_batch(con: duckdb.DuckDBPyConnection, batch: Mapping[str, pa.Table]) -> None:
    """Add what articles contribute, from their rows just inserted (or updated): ``batch``
    holds them as Arrow tables by table name (``articles`` and every fact table in
    :data:`SOURCES`). Call it in the transaction that wrote them."""
    _with_batch(con, batch, +1)


def take_batch(con: duckdb.DuckDBPyConnection, batch: Mapping[str, pa.Table]) -> None:
    """Take away what articles contributed, from their rows as they were before a
    re-extraction replaced them (as :func:`add_batch`). Call it in that transaction."""
    _with_batch(con, batch, -1)


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the (empty) summary tables from every row stored, with the same definitions
    :func:`add_batch` applies to new rows. Call it in a transaction."""
    whole = {name: name for name in SOURCES}
    for summary in SUMMARIES:
        cols = ", ".join(summary.columns)
        sql = (summary.sql.format(keys=f"({summary.touched.format(**whole)})")
               if summary.refresh else summary.sql.format(**whole))
        con.execute(f"INSERT INTO {summary.table} ({cols}) SELECT {cols} FROM ({sql})")


def stored_rows(con: duckdb.DuckDBPyConnection, scope: str) -> dict[str, pa.Table]:
    """What :func:`take_batch` needs of the stored rows of the articles whose ids are in
    the relation ``scope`` (column ``article_id``): only the columns the counted and
    refreshed summaries read (copies go by article_id), so that reading them from large
    tables stays cheap. ``articles`` also keeps ``url``."""
    return {name: arrow_result(con, f"SELECT {', '.join(columns)} FROM {name} WHERE "
                                    f"article_id IN (SELECT article_id FROM {scope})")
            for name, columns in TAKE_COLUMNS.items()}


def _with_batch(con: duckdb.DuckDBPyConnection, batch: Mapping[str, pa.Table],
                sign: int) -> None:
    if batch["articles"].num_rows == 0:
        return
    names = {name: f"_canmex_summary_{name}" for name in SOURCES if name in batch}
    with registered(con, {view: batch[name] for name, view in names.items()}):
        _apply(con, names, sign)


def _apply(con: duckdb.DuckDBPyConnection, sources: Mapping[str, str], sign: int) -> None:
    for summary in SUMMARIES:
        cols = ", ".join(summary.columns)
        if summary.keys:
            _fold(con, summary, summary.sql.format(**sources), sign)
        elif summary.refresh:
            # Taking away and adding back both refresh what they touch: a row touched
            # only before a re-extraction is right once the old rows are gone.
            key = summary.refresh
            touched = arrow_result(con, summary.touched.format(**sources))
            if touched.num_rows == 0:
                continue
            with registered(con, {_KEYS: touched}):
                con.execute(f"DELETE FROM {summary.table} WHERE {key} IN "
                            f"(SELECT {key} FROM {_KEYS})")
                con.execute(f"INSERT INTO {summary.table} ({cols}) SELECT {cols} FROM "
                            f"({summary.sql.format(keys=_KEYS)})")
        elif sign > 0:
            con.execute(f"INSERT INTO {summary.table} ({cols}) "
                        f"SELECT {cols} FROM ({summary.sql.format(**sources)})")
        else:
            con.execute(f"DELETE FROM {summary.table} WHERE article_id IN "
                        f"(SELECT article_id FROM {sources['articles']})")


def _fold(con: duckdb.DuckDBPyConnection, summary: Summary, sql: str, sign: int) -> None:
    """Add ``sign`` times the rows of ``sql`` to the counted summary, in one statement:
    counts are added to the row with the same keys (or make a new row), and rows whose
    first count falls to zero go."""
    keys, counts = summary.keys, summary.counts
    same = " AND ".join(f"s.{k} IS NOT DISTINCT FROM d.{k}" for k in keys)
    update = ", ".join(f"{c} = s.{c} + {sign} * d.{c}" for c in counts)
    if sign > 0:
        cols = ", ".join(summary.columns)
        actions = (f"WHEN MATCHED THEN UPDATE SET {update} "
                   f"WHEN NOT MATCHED THEN INSERT ({cols}) VALUES "
                   f"({', '.join(f'd.{c}' for c in summary.columns)})")
    else:
        actions = (f"WHEN MATCHED AND s.{counts[0]} - d.{counts[0]} <= 0 THEN DELETE "
                   f"WHEN MATCHED THEN UPDATE SET {update}")
    con.execute(f"MERGE INTO {summary.table} s USING ({sql}) d ON {same} {actions}")
