-- A commit looks up its batch's MinHash band keys and cluster keys among the stored ones. Without
-- an index each look-up reads the whole key column (16 rows per document in minhash, about 1.2
-- per report in cluster_keys): 0.2 s and 0.5 s a commit at 10 million events, growing with the
-- store. With these the writer asks for its keys as a list of constants, which DuckDB answers
-- from the index.

CREATE INDEX minhash_key ON minhash (key);
CREATE INDEX cluster_keys_key ON cluster_keys (key);
