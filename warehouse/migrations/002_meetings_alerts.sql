-- 002: real-world meetings, their reports, and a delivery schedule for the alert outbox.
--
-- Extraction gives one event per article; `meetings` holds one row per real-world event,
-- whatever the number of articles, languages and days that reported it
-- (warehouse.meetings matches each newly stored event against the meetings already
-- known). Nothing is dropped: 002 only adds tables, columns and views.

-- One row per real-world event. `id` is stable: derived from the first report (article
-- and event position), so re-running the matching never creates a second row.
CREATE TABLE meetings (
    id             VARCHAR PRIMARY KEY,
    key            VARCHAR NOT NULL,         -- the contract key of the first report
    type           VARCHAR NOT NULL,         -- meeting | visit | call | summit | ...
    level          VARCHAR NOT NULL,         -- the highest level any report gives
    status         VARCHAR NOT NULL CHECK (status IN ('held', 'planned')),
    countries      VARCHAR[] NOT NULL,       -- sorted ISO alpha-2 codes
    place          VARCHAR,                  -- the most precise place reported
    date           DATE,                     -- the best-known date (held beats planned)
    date_text      VARCHAR,
    window_start   DATE,                     -- the dates still possible given every report
    window_end     DATE,
    participants   JSON NOT NULL,            -- [{"name", "title", "country"}], merged
    outcomes       VARCHAR[],
    ca_mx_ministerial BOOLEAN NOT NULL,      -- the contract's definition, on the merged row
    first_seen     TIMESTAMPTZ NOT NULL,     -- when canmex first stored a report of it
    last_seen      TIMESTAMPTZ NOT NULL,
    held_seen      TIMESTAMPTZ,              -- when it was first reported held
    article_count  INTEGER NOT NULL          -- distinct articles reporting it (cumulative)
);

-- Which event of which article reports which meeting. An article may report one meeting
-- in several events (a multi-day visit); it counts once in article_count.
CREATE TABLE meeting_articles (
    meeting_id  VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    event_idx   INTEGER NOT NULL,            -- events.idx
    matched_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, event_idx)
);

-- The outbox of 001 keeps its rows and its UNIQUE (event_key, change, channel); from
-- now on `event_key` holds the meeting id, so a meeting alerts once per change and
-- channel across runs, retries and restarts. Delivery is retried with exponential
-- backoff: `next_attempt` is when a pending alert is next due (NULL: at once).
ALTER TABLE alerts ADD COLUMN next_attempt TIMESTAMPTZ;
ALTER TABLE alerts ADD COLUMN last_attempt TIMESTAMPTZ;

-- Alerts with what they are about, for `canmex alerts` and ad-hoc queries.
CREATE VIEW alert_deliveries AS
SELECT al.id, al.change, al.channel, al.status, al.attempts, al.next_attempt,
       al.last_attempt, al.sent_at, al.last_error, al.created_at,
       m.id AS meeting_id, m.type, m.level, m.status AS meeting_status, m.countries,
       m.place, m.date, m.article_count
FROM alerts al
LEFT JOIN meetings m ON m.id = al.event_key;
