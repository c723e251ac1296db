-- 005: summary tables behind the heaviest trend views.
--
-- The views of 001 and 003 keep their names, columns and meaning; the heaviest ones now
-- read tables (trend_*) that hold their answer, or the rows they need, already worked
-- out, instead of joining and aggregating millions of fact rows on every query. canmex
-- keeps these tables in step in the transaction that appends articles or replaces their
-- facts, so they never disagree with the facts. Their contents are defined once, in
-- warehouse/summaries.py: after this file's SQL, in the same transaction, the migration
-- runs summaries.fill, which applies those definitions to every row already stored
-- (warehouse/migrate.py). They are canmex's to write: query the views. Only adds tables
-- and replaces views.
--
-- Counted tables have one row per key (NULL keys included) and counts that add up over
-- articles; a key whose first count falls to zero has no row. Copied tables have one row
-- per fact, with what the views show of its article. trend_meetings has one row per
-- engagement, worked out from two of the others.

-- Articles per week and topic (weekly_coverage_by_topic). Key: week, topic.
CREATE TABLE trend_topic_weeks (
    week              DATE NOT NULL,
    topic             VARCHAR NOT NULL,
    articles          BIGINT NOT NULL,     -- articles tagged with the topic
    relevant_articles BIGINT NOT NULL,     -- ... that are about Canada–Mexico relations
    mentions          BIGINT NOT NULL      -- the topic's mentions in the relevant ones
);

-- Articles per source, language and day (top_sources). Key: source, language, day.
CREATE TABLE trend_source_days (
    source            VARCHAR NOT NULL,    -- the source, else the site name, else '(unknown)'
    language          VARCHAR,
    day               DATE NOT NULL,
    articles          BIGINT NOT NULL,
    relevant_articles BIGINT NOT NULL,
    meeting_articles  BIGINT NOT NULL,     -- reporting a CA–MX ministerial meeting
    tone_count        BIGINT NOT NULL,     -- relevant articles with a tone
    tone_sum          DOUBLE NOT NULL      -- ... and the sum of their tones
);

-- Every report of a meeting, visit, call or summit (meetings_timeline,
-- ca_mx_ministerial_meetings), with its article's title, url, publication date, source,
-- site name and day, and whether it is a Canada–Mexico ministerial meeting as the
-- contract defines it (001). Copied: one row per event (article_id, idx).
CREATE TABLE trend_engagement_reports (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    event_key         VARCHAR NOT NULL,
    type              VARCHAR,
    level             VARCHAR,
    status            VARCHAR,
    date              DATE,
    date_text         VARCHAR,
    place             VARCHAR,
    countries         VARCHAR[],
    outcomes          VARCHAR[],
    sentence          VARCHAR,
    extractor_version VARCHAR,
    title             VARCHAR,
    url               VARCHAR,
    published         DATE,
    source            VARCHAR,
    site_name         VARCHAR,
    day               DATE NOT NULL,
    ca_mx_ministerial BOOLEAN NOT NULL     -- a row of ca_mx_ministerial_meetings
);

-- Who took part in which event, for which country (meetings_timeline,
-- official_activity_monthly). Key: event_key, name, country; `participations` counts
-- the event_participants rows.
CREATE TABLE trend_event_people (
    event_key      VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    country        VARCHAR,
    participations BIGINT NOT NULL
);

-- One row per real-world engagement (event_key): the rows of meetings_timeline, worked
-- out from the two tables above. Where 003 took the value most reports give with
-- mode(), which picks any of the values tied for most, this takes the first of them in
-- sort order, so the answer does not depend on how rows happen to be stored. canmex
-- works a row out again whenever a report or participant of its event_key changes.
CREATE TABLE trend_meetings (
    event_key         VARCHAR NOT NULL,
    day               DATE NOT NULL,
    date              DATE,
    type              VARCHAR,
    level             VARCHAR,
    status            VARCHAR,
    place             VARCHAR,
    countries         VARCHAR[],
    participants      VARCHAR[],
    articles          BIGINT NOT NULL,
    sources           BIGINT NOT NULL,
    first_reported    DATE NOT NULL,
    last_reported     DATE NOT NULL,
    ca_mx_ministerial BOOLEAN,
    article_ids       VARCHAR[]
);

-- People named with a government role (official_activity_monthly). Key: name, country,
-- role, title; `mentions` counts the people rows (one per article naming them so).
CREATE TABLE trend_official_roles (
    name     VARCHAR NOT NULL,
    country  VARCHAR,
    role     VARCHAR,
    title    VARCHAR,
    mentions BIGINT NOT NULL
);

-- Direct quotes per speaker and month of the article (official_activity_monthly). Key:
-- name, month.
CREATE TABLE trend_speaker_months (
    name   VARCHAR NOT NULL,
    month  DATE NOT NULL,
    quotes BIGINT NOT NULL
);

-- Every figure with when, where and by whom it was reported: the rows of
-- figures_over_time. Copied: one row per figure (article_id, idx).
CREATE TABLE trend_figures (
    published     DATE NOT NULL,           -- the article's day
    subject       VARCHAR,
    subject_key   VARCHAR,
    text          VARCHAR NOT NULL,
    value         DOUBLE,
    unit          VARCHAR,
    currency      VARCHAR,
    year          INTEGER,
    attributed_to VARCHAR,
    source        VARCHAR,
    language      VARCHAR,
    title         VARCHAR,
    url           VARCHAR,
    relevant      BOOLEAN,
    sentence      VARCHAR,
    article_id    VARCHAR NOT NULL,
    idx           INTEGER NOT NULL
);

-- The views, as in 001 and 003, over these tables.

CREATE OR REPLACE VIEW weekly_coverage_by_topic AS
SELECT week, topic, articles, relevant_articles, mentions
FROM trend_topic_weeks;

-- avg_tone adds up the tones per source and day first: the same average, but its last
-- digits may differ from a sum taken in another order.
CREATE OR REPLACE VIEW top_sources AS
SELECT source,
       CAST(sum(articles) AS BIGINT) AS articles,
       CAST(sum(relevant_articles) AS BIGINT) AS relevant_articles,
       CAST(sum(meeting_articles) AS BIGINT) AS meeting_articles,
       list(DISTINCT language ORDER BY language) FILTER (WHERE language IS NOT NULL)
           AS languages,
       sum(tone_sum) / nullif(sum(tone_count), 0) AS avg_tone,
       min(day) AS first_article,
       max(day) AS last_article
FROM trend_source_days
GROUP BY source
ORDER BY relevant_articles DESC, articles DESC, source;

CREATE OR REPLACE VIEW ca_mx_ministerial_meetings AS
SELECT event_key, type, level, status, date, date_text, place, countries, outcomes,
       sentence, article_id, title, url, published, source, extractor_version
FROM trend_engagement_reports
WHERE ca_mx_ministerial;

CREATE OR REPLACE VIEW figures_over_time AS
SELECT published, subject, subject_key, text, value, unit, currency, year, attributed_to,
       source, language, title, url, relevant, sentence, article_id, idx
FROM trend_figures;

CREATE OR REPLACE VIEW meetings_timeline AS
SELECT event_key, day, date, type, level, status, place, countries, participants,
       articles, sources, first_reported, last_reported, ca_mx_ministerial, article_ids
FROM trend_meetings;

-- A person's country, role and title are the ones the articles give most often; as in
-- trend_meetings, a tie goes to the first in sort order.
CREATE OR REPLACE VIEW official_activity_monthly AS
WITH roles AS (
    SELECT n.name, c.country, r.role, t.title
    FROM (SELECT DISTINCT name FROM trend_official_roles) n
    LEFT JOIN (SELECT name, first(country ORDER BY k DESC, country) AS country
               FROM (SELECT name, country, sum(mentions) AS k FROM trend_official_roles
                     WHERE country IS NOT NULL GROUP BY ALL)
               GROUP BY name) c USING (name)
    LEFT JOIN (SELECT name, first(role ORDER BY k DESC, role) AS role
               FROM (SELECT name, role, sum(mentions) AS k FROM trend_official_roles
                     WHERE role IS NOT NULL GROUP BY ALL)
               GROUP BY name) r USING (name)
    LEFT JOIN (SELECT name, first(title ORDER BY k DESC, title) AS title
               FROM (SELECT name, title, sum(mentions) AS k FROM trend_official_roles
                     WHERE title IS NOT NULL GROUP BY ALL)
               GROUP BY name) t USING (name)
),
took_part AS (
    SELECT DISTINCT ep.name, ep.event_key, CAST(date_trunc('month', m.day) AS DATE) AS month,
           ep.country
    FROM trend_event_people ep
    JOIN trend_meetings m USING (event_key)
),
-- For people the articles give no government role: the country they took part for.
took_part_for AS (
    SELECT month, name, first(country ORDER BY n DESC, country) AS country
    FROM (SELECT month, name, country, count(*) AS n FROM took_part
          WHERE country IS NOT NULL GROUP BY ALL)
    GROUP BY month, name
),
quoted AS (
    SELECT s.name, s.month, s.quotes
    FROM trend_speaker_months s
    WHERE s.name IN (SELECT name FROM roles)
       OR s.name IN (SELECT name FROM trend_event_people)
),
activity AS (
    SELECT month, name, 1 AS meeting, 0 AS quote, event_key FROM took_part
    UNION ALL
    SELECT month, name, 0, quotes, NULL FROM quoted
)
SELECT x.month, x.name,
       coalesce(r.country, f.country) AS country,
       r.role, r.title,
       CAST(sum(x.meeting) AS BIGINT) AS meetings,
       CAST(sum(x.quote) AS BIGINT) AS quotes,
       list(DISTINCT x.event_key ORDER BY x.event_key) FILTER (WHERE x.event_key IS NOT NULL)
           AS event_keys
FROM activity x
LEFT JOIN roles r USING (name)
LEFT JOIN took_part_for f USING (month, name)
GROUP BY x.month, x.name, r.country, r.role, r.title, f.country;
