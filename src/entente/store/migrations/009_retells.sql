-- An article that tells one act twice (a summary, then the detail) gives a report for each
-- telling, each with its own evidence; the later names the earlier here (events.id), and the
-- two are one cluster (store/cluster.py). Stores written before hold one report per act: null.

ALTER TABLE events ADD COLUMN retells VARCHAR;
