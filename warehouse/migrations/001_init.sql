-- 001: the initial canmex warehouse.
--
-- Applied once, inside a transaction, by warehouse.migrate; recorded in
-- schema_migrations. Later changes go into new numbered files; none may drop user data.
--
-- Keys make loads idempotent: every insert is INSERT OR IGNORE on a primary key derived
-- from the canonical URL (articles), the article and position (facts), or a hash of the
-- row (fetch failures). Timestamps are TIMESTAMPTZ, written and read in UTC.

-- One row per feed: the polling state lives here, not in files.
CREATE TABLE feeds (
    url            VARCHAR PRIMARY KEY,
    name           VARCHAR,
    language       VARCHAR,
    etag           VARCHAR,                 -- last ETag, for If-None-Match
    last_modified  VARCHAR,                 -- last Last-Modified, for If-Modified-Since
    body_sha256    VARCHAR,                 -- hash of the last body, to skip unchanged ones
    last_polled    TIMESTAMPTZ,
    last_success   TIMESTAMPTZ,
    last_status    INTEGER,                 -- HTTP status of the last poll
    error_count    INTEGER NOT NULL DEFAULT 0,   -- consecutive failures
    last_error     VARCHAR,
    items_seen     INTEGER NOT NULL DEFAULT 0,
    enabled        BOOLEAN NOT NULL DEFAULT TRUE,
    next_poll      TIMESTAMPTZ              -- not before this time (backoff), NULL = any time
);

-- One row per article, keyed by its canonical URL (article_id = sha256(canonical_url)[:16]).
CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY,
    url               VARCHAR NOT NULL,     -- the URL as reached
    canonical_url     VARCHAR NOT NULL,
    title             VARCHAR,
    source            VARCHAR,
    published         DATE,
    language          VARCHAR,
    word_count        INTEGER,
    text_sha256       VARCHAR,
    text              VARCHAR USING COMPRESSION zstd,
    from_summary      BOOLEAN NOT NULL DEFAULT FALSE,   -- text is the feed summary only
    author            VARCHAR,
    site_name         VARCHAR,
    http_status       INTEGER,
    fetched_at        TIMESTAMPTZ NOT NULL,
    relevant          BOOLEAN,
    relevance_score   DOUBLE,
    countries         JSON,         -- {"CA": 7, "MX": 6}: ISO alpha-2 -> mentions
    tone              DOUBLE,
    extractor_version VARCHAR,
    extracted_at      TIMESTAMPTZ
);

-- Which feed(s) an article was reached through: an article is stored once, every feed
-- that listed it is recorded.
CREATE TABLE article_feeds (
    article_id  VARCHAR NOT NULL,
    feed_url    VARCHAR NOT NULL,
    first_seen  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, feed_url)
);

-- Articles that could not be fetched; id is a hash of the row so re-loads add nothing.
CREATE TABLE fetch_failures (
    id        VARCHAR PRIMARY KEY,
    url       VARCHAR NOT NULL,
    feed_url  VARCHAR,
    error     VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL CHECK (kind IN ('transient', 'permanent')),
    failed_at TIMESTAMPTZ NOT NULL
);

-- Facts: one table per list of the extraction contract. Every row keeps its article,
-- its position (idx) in the list, the sentence it was found in and the extractor version.

CREATE TABLE people (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    name              VARCHAR NOT NULL,
    title             VARCHAR,
    role              VARCHAR,
    country           VARCHAR,
    mentions          INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE organizations (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    name              VARCHAR NOT NULL,
    kind              VARCHAR,
    country           VARCHAR,
    mentions          INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE places (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    name              VARCHAR NOT NULL,
    country           VARCHAR,
    mentions          INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE topics (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    topic             VARCHAR NOT NULL,
    mentions          INTEGER,
    sentence          VARCHAR,              -- NULL until topics carry evidence
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE figures (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    text              VARCHAR NOT NULL,     -- as written: "$41 billion"
    value             DOUBLE,
    unit              VARCHAR,
    currency          VARCHAR,
    subject           VARCHAR,
    year              INTEGER,
    attributed_to     VARCHAR,
    sentence          VARCHAR,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
    article_id          VARCHAR NOT NULL,
    idx                 INTEGER NOT NULL,
    speaker             VARCHAR,
    speaker_description VARCHAR,
    text                VARCHAR NOT NULL,
    sentence            VARCHAR,
    extractor_version   VARCHAR,
    PRIMARY KEY (article_id, idx)
);

-- The contract's event `key` is stored as event_key (equal across articles that report
-- the same real-world event; alerts refer to it).
CREATE TABLE events (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    event_key         VARCHAR NOT NULL,
    type              VARCHAR,
    level             VARCHAR,
    status            VARCHAR,
    countries         VARCHAR[],
    place             VARCHAR,
    date              DATE,
    date_text         VARCHAR,
    outcomes          VARCHAR[],
    sentence          VARCHAR,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE event_participants (
    article_id        VARCHAR NOT NULL,
    event_idx         INTEGER NOT NULL,     -- events.idx
    idx               INTEGER NOT NULL,
    event_key         VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    title             VARCHAR,
    country           VARCHAR,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, event_idx, idx)
);

-- The alert outbox: one row per (event, change, channel); a later stage sends them.
CREATE SEQUENCE alerts_id_seq START 1;
CREATE TABLE alerts (
    id          BIGINT PRIMARY KEY DEFAULT nextval('alerts_id_seq'),
    event_key   VARCHAR NOT NULL,
    change      VARCHAR NOT NULL CHECK (change IN ('new', 'held')),
    channel     VARCHAR NOT NULL,
    status      VARCHAR NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  VARCHAR,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    sent_at     TIMESTAMPTZ,
    payload     JSON,
    UNIQUE (event_key, change, channel)
);

-- Canada–Mexico ministerial meetings as the contract defines them: a meeting, visit,
-- call or summit at ministerial or leaders level whose countries hold both CA and MX.
-- One row per report (article); group by event_key for one row per real-world event.
CREATE VIEW ca_mx_ministerial_meetings AS
SELECT e.event_key, e.type, e.level, e.status, e.date, e.date_text, e.place,
       e.countries, e.outcomes, e.sentence, e.article_id, a.title, a.url, a.published,
       a.source, e.extractor_version
FROM events e
JOIN articles a USING (article_id)
WHERE e.type IN ('meeting', 'visit', 'call', 'summit')
  AND e.level IN ('ministerial', 'leaders')
  AND list_has_all(e.countries, ['CA', 'MX']);
