-- Reports of one real-world event in several articles become one cluster: events.cluster names
-- it, and clusters holds one row per cluster, so analytics count events, not reports.

ALTER TABLE events ADD COLUMN cluster VARCHAR;

CREATE TABLE clusters (
    id              VARCHAR PRIMARY KEY,  -- the smallest events.id among its reports
    dyad_a          VARCHAR,
    dyad_b          VARCHAR,
    source          VARCHAR,              -- direction as its representative report gives it
    target          VARCHAR,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    status          VARCHAR NOT NULL,     -- occurred if any report says so, else the shared one
    claim           BOOLEAN NOT NULL,
    date            VARCHAR,              -- the most precise date among its reports
    date_precision  VARCHAR,
    day             DATE,                 -- first day of that date (for windows and months)
    reports         INTEGER NOT NULL,
    documents       INTEGER NOT NULL,
    representative  VARCHAR NOT NULL,     -- events.id of the report shown for it
    evidence        VARCHAR NOT NULL
);
