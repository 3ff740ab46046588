"""The one writer: the only code that changes the store.

Documents are added to a batch in memory; :meth:`Writer.commit` opens the file, writes the
whole batch in one transaction (documents, events, quotes, failures, near-duplicates, MinHash
keys, then the event clusters it touches) and closes the file again, so that readers can open it
between batches and a run that is killed loses at most the batch it had not committed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Sequence

import duckdb

from ..errors import FetchError, InputError, StoreError
from ..records import Document
from . import cluster, dedup, feeds
from .schema import check_whole, write_connection


@dataclass(frozen=True, slots=True)
class Arrival:
    """Where a document came from: its content hash and the input's own names for it."""

    id: str | None          # content hash; None for an input that could not be read
    origin: str
    name: str | None = None
    url: str | None = None
    feed_item: tuple[str, str, str | None] | None = None   # (feed, item, link) it answers


@dataclass
class BatchResult:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    skipped: int = 0        # stored meanwhile by another writer (another ingest of the same)


_DOC_COLUMNS = ("id", "name", "origin", "title", "author", "published", "outlet", "dateline",
                "url", "language", "text", "version", "furniture")
_EVENT_COLUMNS = ("id", "document", "seq", "ref", "type", "mode", "status", "claim", "source",
                  "source_name", "source_sector", "source_mention", "target", "target_name",
                  "target_sector", "target_mention", "dyad_a", "dyad_b", "date",
                  "date_precision", "day", "date_lo", "date_hi", "location", "evidence",
                  "evidence_start", "evidence_end", "confidence", '"group"', "rule", "version",
                  "cluster", "background", "retells")
_QUOTE_COLUMNS = ("document", "seq", "speaker", "speaker_description", "speaker_code", "text",
                  '"start"', '"end"', "medium", "rule")
_DUP_COLUMNS = ("id", "origin", "name", "url", "title", "duplicate_of", "similarity")
_BATCH_COLUMNS = ("id", "document", "dyad_a", "dyad_b", "type", "mode", "claim", "status",
                  "date_lo", "date_hi")


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
            rows: list[tuple]) -> None:
    """Many rows in one statement: a list per column, unnested (executemany is row by row).

    ``table`` and ``columns`` are this module's constants, never user input; values are bound.
    """
    if not rows:
        return
    cols = list(zip(*rows))
    select = ", ".join("unnest(?)" for _ in columns)
    con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}",
                [list(c) for c in cols])


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def event_id(document: str, ref: str) -> str:
    return hashlib.sha1(f"{document}|{ref}".encode()).hexdigest()[:16]


@dataclass
class _Pending:
    arrival: Arrival
    doc: Document
    shingles: set[int]
    keys: list[int]


class Writer:
    """Batches documents and failures and commits them to the store at ``path``."""

    def __init__(self, path: str, wait: float = 120.0):
        self.path = path
        self.wait = wait
        self._docs: list[_Pending] = []
        self._failures: list[InputError] = []
        self._marks: list[feeds.Mark] = []
        self._validators: dict[str, tuple[str | None, str | None]] = {}
        self._polls: list[feeds.Poll] = []
        self._resolved: list[str] = []

    def known_ids(self) -> set[str]:
        """Content hashes already stored or recognised as copies (creates the store if new)."""
        with write_connection(self.path, self.wait) as con:
            check_whole(con, self.path)
            rows = con.execute("SELECT id FROM documents UNION ALL SELECT id FROM duplicates")
            return {r[0] for r in rows.fetchall()}

    def __len__(self) -> int:
        return len(self._docs) + len(self._failures) + len(self._marks)

    def add(self, item: Document | InputError, arrival: Arrival) -> None:
        if arrival.feed_item:
            outcome = "read" if not isinstance(item, InputError) else \
                "retry" if isinstance(item, FetchError) and item.retryable else "failed"
            self.mark(arrival.feed_item, outcome)
        if isinstance(item, InputError):
            self._failures.append(item)
            return
        sh = dedup.shingles(item.text)
        self._docs.append(_Pending(arrival, item, sh, dedup.band_keys(sh)))

    def mark(self, feed_item: tuple[str, str, str | None], outcome: str) -> None:
        """Record a feed item as handled (read, known, failed, retry) with the next commit."""
        self._marks.append((*feed_item, outcome))

    def remember(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Keep a URL's validators for conditional requests, with the next commit."""
        self._validators[url] = (etag, last_modified)

    def log_poll(self, poll: feeds.Poll, ok: bool = False) -> None:
        """Log a feed's poll with the next commit; ``ok`` clears the feed's old failure."""
        self._polls.append(poll)
        if ok:
            self._resolved.append(poll[0])

    def commit(self) -> BatchResult:
        """Write the batch in one transaction; an empty batch writes nothing."""
        result = BatchResult()
        if not (len(self) or self._validators or self._polls):
            return result
        with write_connection(self.path, self.wait) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                self._write(con, result)
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"{self.path}: the batch could not be written ({exc}); "
                                 f"nothing of it was stored") from None
        self._docs, self._failures, self._marks = [], [], []
        self._validators, self._polls, self._resolved = {}, [], []
        return result

    # --- inside the transaction -------------------------------------------------------------

    def _write(self, con: duckdb.DuckDBPyConnection, result: BatchResult) -> None:
        feeds.write_marks(con, self._marks)
        feeds.write_validators(con, self._validators)
        feeds.write_polls(con, self._polls)
        if self._resolved:
            con.execute("DELETE FROM failures WHERE origin IN (SELECT unnest(?))",
                        [self._resolved])
        if self._failures:
            latest = {f.origin: f for f in self._failures}    # a path named twice fails once
            con.execute("DELETE FROM failures WHERE origin IN (SELECT unnest(?))",
                        [list(latest)])
            _insert(con, "failures", ("origin", "reason", "message"),
                    [(f.origin, f.reason, f.message) for f in latest.values()])
            result.failed = len(self._failures)
        self._drop_known(con, result)
        stored, copies = self._split_duplicates(con)
        if copies:
            _insert(con, "duplicates", _DUP_COLUMNS, copies)
        result.duplicates = len(copies)
        done = [p.arrival.origin for p in stored] + [c[1] for c in copies]
        if done:   # an input that failed before and is read now
            con.execute("DELETE FROM failures WHERE origin IN (SELECT unnest(?))", [done])
        if not stored:
            return
        events = self._store(con, stored)
        result.stored, result.events = len(stored), len(events)
        if events:
            self._cluster(con, events)

    def _drop_known(self, con, result: BatchResult) -> None:
        """Drop the documents the store got since this run asked what it holds (another
        ingest of the same inputs committed them first): they are stored, not copies of
        themselves."""
        ids = [p.arrival.id for p in self._docs]
        if not ids:
            return
        have = {r[0] for r in con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?)) UNION "
            "SELECT id FROM duplicates WHERE id IN (SELECT unnest(?))", [ids, ids]).fetchall()}
        seen: set[str] = set()
        keep = []
        for p in self._docs:
            if p.arrival.id in have or p.arrival.id in seen:
                result.skipped += 1
                continue
            seen.add(p.arrival.id)
            keep.append(p)
        self._docs = keep

    def _split_duplicates(self, con) -> tuple[list[_Pending], list[tuple]]:
        """The batch's documents to store, and rows for those that copy a stored text."""
        keys = sorted({k for p in self._docs for k in p.keys})
        by_key: dict[int, set[str]] = {}
        for k, d in _by_keys(con, "SELECT key, document FROM minhash", keys, "BIGINT"):
            by_key.setdefault(k, set()).add(d)
        texts = _stored_shingles(con, sorted({d for ds in by_key.values() for d in ds}))
        stored: list[_Pending] = []
        copies: list[tuple] = []
        for p in self._docs:
            candidates = sorted({d for k in p.keys for d in by_key.get(k, ())})
            best, best_sim = None, 0.0
            for cand in candidates:
                if cand == p.arrival.id:      # a text is never a copy of itself
                    continue
                sim = dedup.jaccard(p.shingles, texts[cand])
                if sim > best_sim:
                    best, best_sim = cand, sim
            if best is not None and best_sim >= dedup.NEAR_DUPLICATE:
                a = p.arrival
                copies.append((a.id, a.origin, a.name, a.url, p.doc.metadata.title, best,
                               round(best_sim, 4)))
                continue
            stored.append(p)
            texts[p.arrival.id] = p.shingles      # later documents of the batch may copy it
            for k in p.keys:
                by_key.setdefault(k, set()).add(p.arrival.id)
        return stored, copies

    def _store(self, con, stored: list[_Pending]) -> list[cluster.Report]:
        docs, events, quotes, keys, reports = [], [], [], [], []
        for p in stored:
            doc_id, m = p.arrival.id, p.doc.metadata
            published = _date(m.published)
            docs.append((doc_id, p.arrival.name or m.id, p.arrival.origin, m.title, m.author,
                         published, m.outlet, m.dateline, m.url or p.arrival.url, m.language,
                         p.doc.text, p.doc.version, list(p.doc.furniture)))
            keys.extend((doc_id, k) for k in p.keys)
            for seq, e in enumerate(p.doc.events + p.doc.background):
                eid = event_id(doc_id, e.id)
                src = e.source.code if e.source else None
                tgt = e.target.code if e.target else None
                a, b = cluster.dyad(src, tgt)
                lo, hi = cluster.span(e.date, e.date_precision, published)
                day = cluster.span(e.date, e.date_precision, None)[0] or published
                retells = event_id(doc_id, e.retells) if e.retells else None
                events.append((
                    eid, doc_id, seq, e.id, e.type, e.mode, e.status, e.is_claim, src,
                    e.source.name if e.source else None, e.source.sector if e.source else None,
                    e.source.mention if e.source else None, tgt,
                    e.target.name if e.target else None, e.target.sector if e.target else None,
                    e.target.mention if e.target else None, a, b, e.date, e.date_precision,
                    day, lo, hi, e.location, e.evidence.text, e.evidence.start,
                    e.evidence.end, e.confidence, e.group, e.rule, e.version, eid,
                    e.background, retells))
                reports.append(cluster.Report(
                    eid, doc_id, (a, b, e.type, e.mode, cluster.standing(e.status, e.is_claim)),
                    lo, hi, cluster.content_words(e.evidence.text), retells))
            for seq, q in enumerate(p.doc.quotes):
                quotes.append((doc_id, seq, q.speaker.name, q.speaker.description,
                               q.speaker.code, q.text, q.start, q.end, q.medium, q.rule))
        _insert(con, "documents", _DOC_COLUMNS, docs)
        _insert(con, "events", _EVENT_COLUMNS, events)
        _insert(con, "quotes", _QUOTE_COLUMNS, quotes)
        _insert(con, "minhash", ("document", "key"), keys)
        _insert(con, "shingles", ("document", "hashes"),
                [(p.arrival.id, sorted(p.shingles)) for p in stored])
        return reports

    def _cluster(self, con, new: list[cluster.Report]) -> None:
        """Join the new reports to the clusters of the reports they match (see cluster.py).

        Every report is filed under a key per month its date window touches (its dyad, type,
        mode and standing, and the month): the batch's reports are put in a temporary table,
        filed, and the stored reports filed under the months the batch's own dates cover are
        the only candidates read back (their keys through the index of migration 007, then
        where and when each is, then in full only those a new report could match). Two
        reports whose dates lie within TOLERANCE days share such a key, so nothing is missed,
        and the work is bounded by the batch and its candidates, not by the store (joining
        events to itself scanned and paired every stored report of a dyad: 3.7 s a commit at
        1M events, over 10 minutes at 10M).
        """
        con.execute("CREATE OR REPLACE TEMP TABLE batch_reports (id VARCHAR, document VARCHAR, "
                    "dyad_a VARCHAR, dyad_b VARCHAR, type VARCHAR, mode VARCHAR, "
                    "claim BOOLEAN, status VARCHAR, date_lo DATE, date_hi DATE)")
        _insert(con, "batch_reports", _BATCH_COLUMNS,
                [(r.id, r.document, *r.key[:4], r.key[4] == "claim", r.key[4], r.lo, r.hi)
                 for r in new if r.key[0] is not None and r.lo is not None])
        con.execute(f"INSERT INTO cluster_keys {filed_under('batch_reports', cluster.TOLERANCE)}")
        by_id = {r.id: r for r in new}
        asking: dict[int, list[cluster.Report]] = {}       # key -> new reports looked up under it
        for k, e in con.execute(f"SELECT key, event FROM ({filed_under('batch_reports', 0)})"
                                ).fetchall():
            asking.setdefault(k, []).append(by_id[e])
        con.execute("DROP TABLE batch_reports")
        found: dict[str, set[int]] = {}                     # stored event -> keys it was found by
        for k, e in _by_keys(con, "SELECT key, event FROM cluster_keys", sorted(asking),
                             "UBIGINT"):
            if e not in by_id:
                found.setdefault(e, set()).add(k)
        # Where and when each candidate is, first: one that no new report under its keys could
        # match (same document, or dates too far apart: see cluster.same_event) is not read in
        # full. About half are dropped, and each full row read is a dozen blocks loaded.
        tol = timedelta(days=cluster.TOLERANCE)
        near = {i: (d, lo, hi) for i, d, lo, hi in _by_ids(
            con, "SELECT id, document, date_lo, date_hi FROM events", sorted(found))
            if lo is not None and hi is not None and any(
                n.document != d and lo <= n.hi + tol and n.lo <= hi + tol
                for k in found[i] for n in asking[k])}
        stored = [(cluster.Report(i, near[i][0], (a, b, t, m, cluster.standing(s, c)),
                                  near[i][1], near[i][2], cluster.content_words(ev)), cl)
                  for i, a, b, t, m, s, c, ev, cl in _by_ids(
                      con, "SELECT id, dyad_a, dyad_b, type, mode, status, claim, evidence, "
                      "cluster FROM events", sorted(near))]
        by_key: dict[tuple, list[tuple[cluster.Report, str]]] = {}
        for r, cl in [(r, r.id) for r in new] + stored:
            by_key.setdefault(r.key, []).append((r, cl))
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for n in new:
            for other, ocl in by_key.get(n.key, ()):
                if other.id != n.id and cluster.same_event(n, other):
                    x, y = find(n.id), find(ocl)
                    if x != y:
                        lo_id, hi_id = sorted((x, y))
                        parent[hi_id] = lo_id
        moved = {x: find(x) for x in parent if find(x) != x}
        if moved:
            con.execute("UPDATE events SET cluster = m.new FROM (SELECT unnest(?) AS old, "
                        "unnest(?) AS new) m WHERE events.cluster = m.old",
                        [list(moved), list(moved.values())])
        touched = sorted({find(r.id) for r in new} | set(moved.values()))
        _refresh_clusters(con, touched, list(moved))


def filed_under(table: str, widen: int) -> str:
    """SQL selecting (key, event) for each month the date window of each report in ``table``
    touches, widened by ``widen`` days either side. The key hashes the dyad, type, mode,
    standing and month; hashes that collide only add candidates, which are checked in full.
    ``table`` is one of this package's own names, never user input.
    """
    return f"""SELECT DISTINCT md5_number_upper(concat_ws('|', r.dyad_a, coalesce(r.dyad_b, '-'),
                      r.type, coalesce(r.mode, '-'),
                      CASE WHEN r.claim THEN 'claim' ELSE r.status END,
                      strftime(m.month, '%Y-%m'))) AS key, r.id AS event
               FROM {table} r, unnest(generate_series(
                   date_trunc('month', r.date_lo - {int(widen)}),
                   date_trunc('month', r.date_hi + {int(widen)}), INTERVAL 1 MONTH)) m(month)
               WHERE r.dyad_a IS NOT NULL AND r.date_lo IS NOT NULL"""


def _by_keys(con, select: str, keys: list[int], kind: str) -> list[tuple]:
    """The rows of ``select`` (a query over a table with an indexed ``key`` column, this
    module's own text) whose key is one of ``keys``, of SQL type ``kind``.

    The keys go in as a list of typed constants, which DuckDB answers from the key's index
    (migration 007); a list parameter (``IN (SELECT unnest(?))``) or an untyped integer above
    2**63 (bound as HUGEINT) makes it read the whole column instead.
    """
    rows: list[tuple] = []
    for start in range(0, len(keys), 1000):
        part = keys[start:start + 1000]
        rows += con.execute(keys_sql(select, len(part), kind), part).fetchall()
    return rows


def _by_ids(con, select: str, ids: list[str]) -> list[tuple]:
    """The rows of ``select`` (this module's text, over events) whose id is one of ``ids``.

    Constants, not a list: DuckDB then looks the ids up in the primary key's index.
    """
    rows: list[tuple] = []
    for start in range(0, len(ids), 1000):
        part = ids[start:start + 1000]
        rows += con.execute(f"{select} WHERE id IN ({', '.join('?' * len(part))})",
                            part).fetchall()
    return rows


def keys_sql(select: str, n: int, kind: str) -> str:
    """``select`` restricted to ``n`` keys bound as constants of SQL type ``kind``."""
    return f"{select} WHERE key IN ({', '.join([f'?::{kind}'] * n)})"


def _stored_shingles(con, ids: list[str]) -> dict[str, set[int]]:
    """The stored shingle sets of documents ``ids``; a document stored before the shingles
    table existed has its text shingled again (once: the result is stored for next time)."""
    if not ids:
        return {}
    out = {d: set(h) for d, h in con.execute(
        "SELECT document, hashes FROM shingles WHERE document IN (SELECT unnest(?))",
        [ids]).fetchall()}
    missing = [d for d in ids if d not in out]
    if missing:
        for d, text in con.execute("SELECT id, text FROM documents WHERE id IN "
                                   "(SELECT unnest(?))", [missing]).fetchall():
            out[d] = dedup.shingles(text)
        _insert(con, "shingles", ("document", "hashes"),
                [(d, sorted(out[d])) for d in missing if d in out])
    return out


def _refresh_clusters(con, ids: Iterable[str], gone: list[str]) -> None:
    """Recompute the clusters rows of ``ids`` from their reports; drop the merged ``gone``."""
    ids = list(ids)
    con.execute("DELETE FROM clusters WHERE id IN (SELECT unnest(?))", [ids + gone])
    con.execute(
        """INSERT INTO clusters
           WITH r AS (
               SELECT cluster,
                      first(id ORDER BY date_hi - date_lo, confidence DESC, id) AS rep,
                      count(*) AS reports, count(DISTINCT document) AS documents,
                      bool_or(status = 'occurred') AS occurred
               FROM events WHERE cluster IN (SELECT unnest(?)) GROUP BY cluster)
           SELECT r.cluster, e.dyad_a, e.dyad_b, e.source, e.target, e.type, e.mode,
                  CASE WHEN e.claim AND r.occurred THEN 'occurred' ELSE e.status END,
                  e.claim, e.date, e.date_precision, e.day, r.reports, r.documents, r.rep,
                  e.evidence
           FROM r JOIN events e ON e.id = r.rep""", [ids])
