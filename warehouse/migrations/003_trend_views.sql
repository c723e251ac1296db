-- 003: trend views, for `canmex sql`, `canmex report` and other tools.
--
-- Views only: nothing here stores or changes data. An article's day is its publication
-- date, or the (UTC) day it was fetched when the page gave none. Weeks start on Monday
-- (ISO weeks) and are named by that Monday; months by their first day.

-- Articles per week and topic. `articles` counts every article tagged with the topic,
-- `relevant_articles` only those about Canada–Mexico relations; `mentions` adds up the
-- topic's mentions in the relevant ones.
CREATE VIEW weekly_coverage_by_topic AS
SELECT CAST(date_trunc('week', coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE)))
            AS DATE) AS week,
       t.topic,
       count(DISTINCT a.article_id) AS articles,
       count(DISTINCT a.article_id) FILTER (WHERE a.relevant) AS relevant_articles,
       CAST(coalesce(sum(t.mentions) FILTER (WHERE a.relevant), 0) AS BIGINT) AS mentions
FROM topics t
JOIN articles a USING (article_id)
GROUP BY ALL;

-- Articles per week and language (ISO 639-1 code as detected; NULL when unknown).
CREATE VIEW weekly_coverage_by_language AS
SELECT CAST(date_trunc('week', coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE)))
            AS DATE) AS week,
       a.language,
       count(*) AS articles,
       count(*) FILTER (WHERE a.relevant) AS relevant_articles
FROM articles a
GROUP BY ALL;

-- One row per real-world engagement (meeting, visit, call or summit; event_key), however
-- many articles reported it. Status is `held` once any report says it happened; the
-- level is the highest reported; place and type are the ones most reports give; date is
-- the earliest stated date; participants are every name any report gives, Canadians
-- first. `ca_mx_ministerial` is the contract's Canada–Mexico ministerial meeting (the
-- events of the view ca_mx_ministerial_meetings).
CREATE VIEW meetings_timeline AS
WITH reports AS (
    SELECT e.*, a.published, coalesce(a.source, a.site_name) AS source,
           coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE)) AS day
    FROM events e
    JOIN articles a USING (article_id)
    WHERE e.type IN ('meeting', 'visit', 'call', 'summit')
),
named AS (
    SELECT p.event_key,
           list(DISTINCT p.name ORDER BY p.name) AS names,
           list(DISTINCT p.country ORDER BY p.country) FILTER (WHERE p.country IS NOT NULL)
               AS countries,
           list(DISTINCT p.name ORDER BY p.name) FILTER (WHERE p.country = 'CA') AS ca,
           list(DISTINCT p.name ORDER BY p.name) FILTER (WHERE p.country = 'MX') AS mx,
           list(DISTINCT p.name ORDER BY p.name)
               FILTER (WHERE p.country IS NULL OR p.country NOT IN ('CA', 'MX')) AS others
    FROM event_participants p
    WHERE p.event_key IN (SELECT event_key FROM reports)
    GROUP BY p.event_key
),
engagements AS (
    SELECT r.event_key,
           mode(r.type) AS type,
           CASE max(CASE r.level WHEN 'leaders' THEN 4 WHEN 'ministerial' THEN 3
                                 WHEN 'officials' THEN 2 WHEN 'business' THEN 1 END)
               WHEN 4 THEN 'leaders' WHEN 3 THEN 'ministerial' WHEN 2 THEN 'officials'
               WHEN 1 THEN 'business' END AS level,
           CASE WHEN bool_or(r.status = 'held') THEN 'held' ELSE max(r.status) END AS status,
           min(r.date) AS date,
           mode(r.place) AS place,
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
       coalesce(e.date, e.first_reported) AS day,     -- where it sits on a timeline
       e.date, e.type, e.level, e.status, e.place, e.countries,
       coalesce(list_concat(list_concat(p.ca, p.mx), p.others), []) AS participants,
       e.articles, e.sources, e.first_reported, e.last_reported, e.ca_mx_ministerial,
       e.article_ids
FROM engagements e
LEFT JOIN named p USING (event_key);

-- Officials' activity per month: the engagements each person took part in (counted once
-- per event, in the month of meetings_timeline.day) and the direct quotes they gave (in
-- the month of the article). People count as officials when an article gives them a
-- government role (head of state or government, minister, deputy minister, ambassador,
-- legislator, official) or when they take part in an engagement. Names are as the
-- articles write them (the fullest form each article uses).
CREATE VIEW official_activity_monthly AS
WITH roles AS (
    SELECT p.name, mode(p.country) AS country, mode(p.role) AS role,
           mode(p.title) AS title
    FROM people p
    WHERE p.role IN ('head_of_state', 'head_of_government', 'minister', 'deputy_minister',
                     'ambassador', 'legislator', 'official')
    GROUP BY p.name
),
took_part AS (
    SELECT DISTINCT ep.name, ep.event_key, CAST(date_trunc('month', m.day) AS DATE) AS month,
           ep.country
    FROM event_participants ep
    JOIN meetings_timeline m USING (event_key)
),
quoted AS (
    SELECT q.speaker AS name, q.article_id, q.idx,
           CAST(date_trunc('month', coalesce(a.published,
                CAST(timezone('UTC', a.fetched_at) AS DATE))) AS DATE) AS month
    FROM quotes q
    JOIN articles a USING (article_id)
    WHERE q.speaker IS NOT NULL
      AND (q.speaker IN (SELECT name FROM roles)
           OR q.speaker IN (SELECT name FROM event_participants))
),
activity AS (
    SELECT month, name, 1 AS meeting, 0 AS quote, event_key, country FROM took_part
    UNION ALL
    SELECT month, name, 0, 1, NULL, NULL FROM quoted
)
SELECT x.month, x.name,
       coalesce(r.country, mode(x.country)) AS country,
       r.role, r.title,
       CAST(sum(x.meeting) AS BIGINT) AS meetings,
       CAST(sum(x.quote) AS BIGINT) AS quotes,
       list(DISTINCT x.event_key ORDER BY x.event_key) FILTER (WHERE x.event_key IS NOT NULL)
           AS event_keys
FROM activity x
LEFT JOIN roles r USING (name)
GROUP BY x.month, x.name, r.country, r.role, r.title;

-- Every figure the articles cite, with where and when it was reported: follow one
-- measure (bilateral trade, investment, workers...) across articles and years. `year`
-- is the period the figure is for, when the article states it; `published` is when it
-- was reported.
CREATE VIEW figures_over_time AS
SELECT coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE)) AS published,
       f.subject, lower(trim(f.subject)) AS subject_key,
       f.text, f.value, f.unit, f.currency, f.year, f.attributed_to,
       a.source, a.language, a.title, a.url, a.relevant,
       f.sentence, f.article_id, f.idx
FROM figures f
JOIN articles a USING (article_id);

-- Tone of the coverage toward the Canada–Mexico relationship, per week: relevant
-- articles only (tone is neutral, 0, for the others). |tone| < 0.05 is neutral.
CREATE VIEW tone_over_time AS
SELECT CAST(date_trunc('week', coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE)))
            AS DATE) AS week,
       count(*) AS articles,
       avg(a.tone) AS avg_tone,
       min(a.tone) AS min_tone,
       max(a.tone) AS max_tone,
       count(*) FILTER (WHERE a.tone >= 0.05) AS warm,
       count(*) FILTER (WHERE abs(a.tone) < 0.05) AS neutral,
       count(*) FILTER (WHERE a.tone <= -0.05) AS cool
FROM articles a
WHERE a.relevant AND a.tone IS NOT NULL
GROUP BY ALL;

-- Sources by how much Canada–Mexico coverage they carry: articles, relevant articles,
-- articles reporting a Canada–Mexico ministerial meeting, languages, average tone of
-- the relevant ones, first and last article.
CREATE VIEW top_sources AS
SELECT coalesce(a.source, a.site_name, '(unknown)') AS source,
       count(*) AS articles,
       count(*) FILTER (WHERE a.relevant) AS relevant_articles,
       count(*) FILTER (WHERE a.article_id IN (SELECT article_id
                                               FROM ca_mx_ministerial_meetings))
           AS meeting_articles,
       list(DISTINCT a.language ORDER BY a.language) FILTER (WHERE a.language IS NOT NULL)
           AS languages,
       avg(a.tone) FILTER (WHERE a.relevant) AS avg_tone,
       min(coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE))) AS first_article,
       max(coalesce(a.published, CAST(timezone('UTC', a.fetched_at) AS DATE))) AS last_article
FROM articles a
GROUP BY ALL
ORDER BY relevant_articles DESC, articles DESC, source;
