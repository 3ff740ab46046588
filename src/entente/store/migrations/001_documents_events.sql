-- The first schema: one row per stored article, its events, quotes, the inputs that failed and
-- the near-duplicate copies that were recognised and not stored again.

CREATE TABLE documents (
    id          VARCHAR PRIMARY KEY,  -- content hash of the input (sha256 of its text, 32 hex)
    name        VARCHAR,              -- the input's own id: file stem or JSONL "id"
    origin      VARCHAR,              -- where it was read: a path, path:line or <stdin>
    title       VARCHAR,
    author      VARCHAR,
    published   DATE,
    outlet      VARCHAR,
    dateline    VARCHAR,
    url         VARCHAR,
    language    VARCHAR,
    text        VARCHAR NOT NULL,     -- the cleaned text: evidence offsets point into it
    version     VARCHAR               -- entente version that extracted it
);

-- Actors are columns of the event (code, name, sector and the words that named them), so an
-- event is one row; the dyad (dyad_a <= dyad_b) is what clustering and the analytics group by.
CREATE TABLE events (
    id              VARCHAR PRIMARY KEY,
    document        VARCHAR NOT NULL,  -- documents.id
    seq             INTEGER NOT NULL,  -- order in the document
    ref             VARCHAR,           -- the extractor's own event id
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    status          VARCHAR NOT NULL,
    claim           BOOLEAN NOT NULL,  -- occurred or planned
    source          VARCHAR,
    source_name     VARCHAR,
    source_sector   VARCHAR,
    source_mention  VARCHAR,
    target          VARCHAR,
    target_name     VARCHAR,
    target_sector   VARCHAR,
    target_mention  VARCHAR,
    dyad_a          VARCHAR,
    dyad_b          VARCHAR,
    date            VARCHAR,           -- ISO at the precision the text supports
    date_precision  VARCHAR,
    day             DATE,              -- first day of the date, or the publication date
    date_lo         DATE,              -- the span the date covers, for clustering (the
    date_hi         DATE,              --   publication date +- a week when undated)
    location        VARCHAR,
    evidence        VARCHAR NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    confidence      DOUBLE,
    "group"         VARCHAR,
    rule            VARCHAR,
    version         VARCHAR
);

CREATE TABLE quotes (
    document             VARCHAR NOT NULL,
    seq                  INTEGER NOT NULL,
    speaker              VARCHAR,
    speaker_description  VARCHAR,
    speaker_code         VARCHAR,
    text                 VARCHAR NOT NULL,
    "start"              INTEGER,
    "end"                INTEGER,
    medium               VARCHAR,
    rule                 VARCHAR,
    PRIMARY KEY (document, seq)
);

CREATE TABLE failures (
    origin   VARCHAR PRIMARY KEY,
    reason   VARCHAR NOT NULL,        -- a short tag: empty, binary, not-english, internal-error...
    message  VARCHAR NOT NULL         -- what is wrong and what to do
);

CREATE TABLE duplicates (
    id            VARCHAR PRIMARY KEY, -- content hash of the copy
    origin        VARCHAR,
    name          VARCHAR,
    url           VARCHAR,
    title         VARCHAR,
    duplicate_of  VARCHAR NOT NULL,    -- documents.id of the stored copy
    similarity    DOUBLE NOT NULL      -- Jaccard similarity of their word 5-gram shingles
);

-- MinHash LSH band keys of each stored document's text, for finding near-duplicate candidates.
CREATE TABLE minhash (
    document  VARCHAR NOT NULL,
    key       BIGINT NOT NULL
);
