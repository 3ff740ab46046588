-- Each stored document's word 5-gram shingle hashes (dedup.shingles), so that verifying a
-- near-duplicate candidate reads a list back instead of the text, and does not shingle it again.
-- Documents stored before this migration have no row here; their text is shingled when they
-- are first a candidate.

CREATE TABLE shingles (
    document  VARCHAR PRIMARY KEY,    -- documents.id
    hashes    UINTEGER[] NOT NULL     -- the set of crc32 hashes, sorted
);
