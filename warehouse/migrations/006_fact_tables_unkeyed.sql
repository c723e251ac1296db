-- 006: the fact tables without their primary keys.
--
-- Facts are only ever written for articles stored in the same transaction (an article
-- already stored gets none: append_articles checks first) or after deleting the old
-- ones (re-extraction), so (article_id, idx) is unique by construction and the keys
-- guarded nothing the code does not. They cost what grows with the warehouse: each
-- batch's insert checked every key against an index of all the rows, and every
-- checkpoint wrote those indexes again (storing a batch of 100 took 1.45-1.72 s with
-- them at 200,000 articles, 0.42-0.55 s without). No query used them.
--
-- DuckDB cannot drop a primary key, so each table is rebuilt: the same columns, every
-- row copied, the old table dropped and the new one renamed (views read tables by
-- name, so they read the new ones). No data is dropped.

CREATE TABLE people_006 (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    name              VARCHAR NOT NULL,
    title             VARCHAR,
    role              VARCHAR,
    country           VARCHAR,
    mentions          INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
INSERT INTO people_006 (article_id, idx, name, title, role, country, mentions, sentence, extractor_version)
    SELECT article_id, idx, name, title, role, country, mentions, sentence, extractor_version FROM people;
DROP TABLE people;
ALTER TABLE people_006 RENAME TO people;

CREATE TABLE organizations_006 (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    name              VARCHAR NOT NULL,
    kind              VARCHAR,
    country           VARCHAR,
    mentions          INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
INSERT INTO organizations_006 (article_id, idx, name, kind, country, mentions, sentence, extractor_version)
    SELECT article_id, idx, name, kind, country, mentions, sentence, extractor_version FROM organizations;
DROP TABLE organizations;
ALTER TABLE organizations_006 RENAME TO organizations;

CREATE TABLE places_006 (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    name              VARCHAR NOT NULL,
    country           VARCHAR,
    mentions          INTEGER,
    sentence          VARCHAR,
    extractor_version VARCHAR
);
INSERT INTO places_006 (article_id, idx, name, country, mentions, sentence, extractor_version)
    SELECT article_id, idx, name, country, mentions, sentence, extractor_version FROM places;
DROP TABLE places;
ALTER TABLE places_006 RENAME TO places;

CREATE TABLE topics_006 (
    article_id        VARCHAR NOT NULL,
    idx               INTEGER NOT NULL,
    topic             VARCHAR NOT NULL,
    mentions          INTEGER,
    sentence          VARCHAR,              -- NULL until topics carry evidence
    extractor_version VARCHAR
);
INSERT INTO topics_006 (article_id, idx, topic, mentions, sentence, extractor_version)
    SELECT article_id, idx, topic, mentions, sentence, extractor_version FROM topics;
DROP TABLE topics;
ALTER TABLE topics_006 RENAME TO topics;

CREATE TABLE figures_006 (
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
    extractor_version VARCHAR
);
INSERT INTO figures_006 (article_id, idx, text, value, unit, currency, subject, year, attributed_to, sentence, extractor_version)
    SELECT article_id, idx, text, value, unit, currency, subject, year, attributed_to, sentence, extractor_version FROM figures;
DROP TABLE figures;
ALTER TABLE figures_006 RENAME TO figures;

CREATE TABLE quotes_006 (
    article_id          VARCHAR NOT NULL,
    idx                 INTEGER NOT NULL,
    speaker             VARCHAR,
    speaker_description VARCHAR,
    text                VARCHAR NOT NULL,
    sentence            VARCHAR,
    extractor_version   VARCHAR
);
INSERT INTO quotes_006 (article_id, idx, speaker, speaker_description, text, sentence, extractor_version)
    SELECT article_id, idx, speaker, speaker_description, text, sentence, extractor_version FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_006 RENAME TO quotes;

CREATE TABLE events_006 (
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
    extractor_version VARCHAR
);
INSERT INTO events_006 (article_id, idx, event_key, type, level, status, countries, place, date, date_text, outcomes, sentence, extractor_version)
    SELECT article_id, idx, event_key, type, level, status, countries, place, date, date_text, outcomes, sentence, extractor_version FROM events;
DROP TABLE events;
ALTER TABLE events_006 RENAME TO events;

CREATE TABLE event_participants_006 (
    article_id        VARCHAR NOT NULL,
    event_idx         INTEGER NOT NULL,     -- events.idx
    idx               INTEGER NOT NULL,
    event_key         VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    title             VARCHAR,
    country           VARCHAR,
    extractor_version VARCHAR
);
INSERT INTO event_participants_006 (article_id, event_idx, idx, event_key, name, title, country, extractor_version)
    SELECT article_id, event_idx, idx, event_key, name, title, country, extractor_version FROM event_participants;
DROP TABLE event_participants;
ALTER TABLE event_participants_006 RENAME TO event_participants;
