-- What a commit needs to find the stored candidates of its batch without reading the whole
-- store: near-duplicate texts and reports of the same event.

-- Each stored document's word 5-gram shingle hashes (dedup.shingles), so that verifying a
-- near-duplicate candidate reads a list back instead of the text, and does not shingle it again.
-- Documents stored before this migration have no row here; their text is shingled when they
-- are first a candidate (and the result kept).
CREATE TABLE shingles (
    document  VARCHAR PRIMARY KEY,    -- documents.id
    hashes    UINTEGER[] NOT NULL     -- the set of crc32 hashes, sorted
);

-- Each event report filed under one key per month its date window (widened by clustering's
-- tolerance, 3 days, either side) touches: the first 64 bits of the md5 of its dyad, type, mode, standing and the
-- month. A new report's candidates are the reports filed under the months of its own window.
-- writer.filed_under() is the same statement for a batch; this fills it for the stored reports.
CREATE TABLE cluster_keys (
    key    UBIGINT NOT NULL,
    event  VARCHAR NOT NULL           -- events.id
);

INSERT INTO cluster_keys
SELECT DISTINCT md5_number_upper(concat_ws('|', r.dyad_a, coalesce(r.dyad_b, '-'),
                r.type, coalesce(r.mode, '-'),
                CASE WHEN r.claim THEN 'claim' ELSE r.status END,
                strftime(m.month, '%Y-%m'))) AS key, r.id AS event
FROM events r, unnest(generate_series(
    date_trunc('month', r.date_lo - 3),
    date_trunc('month', r.date_hi + 3), INTERVAL 1 MONTH)) m(month)
WHERE r.dyad_a IS NOT NULL AND r.date_lo IS NOT NULL;
