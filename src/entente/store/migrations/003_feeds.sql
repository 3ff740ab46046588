-- What fetching remembers between runs: each URL's validators for conditional requests, each
-- feed item once handled (written in the same transaction as its document, so a kill never
-- loses an item nor stores one twice), and a log line per poll of a feed.

CREATE TABLE http_cache (
    url            VARCHAR PRIMARY KEY,   -- the address as asked (a page or a feed)
    etag           VARCHAR,
    last_modified  VARCHAR,
    fetched_at     TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE feed_items (
    feed        VARCHAR NOT NULL,         -- the feed's address or file
    item        VARCHAR NOT NULL,         -- the entry's id (guid), else its link
    link        VARCHAR,
    outcome     VARCHAR NOT NULL,         -- read, known, failed, retry (tried again next poll)
    attempts    INTEGER NOT NULL,
    first_seen  TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (feed, item)
);

CREATE TABLE feed_polls (
    feed     VARCHAR NOT NULL,
    polled   TIMESTAMP NOT NULL,
    status   VARCHAR NOT NULL,            -- ok, not-modified, failed
    items    INTEGER NOT NULL,            -- entries in the feed
    new      INTEGER NOT NULL,            -- entries not handled before
    stored   INTEGER NOT NULL,
    skipped  INTEGER NOT NULL,
    failed   INTEGER NOT NULL,
    message  VARCHAR
);
