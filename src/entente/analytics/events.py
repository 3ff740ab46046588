"""Events: one record per real-world event (a cluster), with every article that reported it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from ..errors import QueryError
from ..store.schema import read_connection
from .record import Record
from ..codes import check_mode, event_type
from .regions import actor_code, members_between
from .scoring import check_range, day_hi, parse_date

STATUSES = ("occurred", "planned", "hypothetical", "negated", "claims")
MAX_LIMIT = 1_000_000


def check_limit(limit: int | None) -> int | None:
    """``limit`` as a row count DuckDB can take (None or 0: no limit); QueryError otherwise."""
    if limit is None or limit == 0:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise QueryError(f"limit {limit!r} is not a count; give a whole number from 0 (all) "
                         f"to {MAX_LIMIT:,}")
    if limit > MAX_LIMIT:
        raise QueryError(f"limit {limit} is too large; give at most {MAX_LIMIT:,}, or 0 for "
                         f"all events")
    return limit


def filters(actor: str | None = None, dyad: str | None = None, type: str | None = None,
            mode: str | None = None, status: str | None = None, region: str | None = None,
            since: str | date | None = None, until: str | date | None = None,
            claims_only: bool = False) -> tuple[list[str], list]:
    """WHERE conditions on the clusters table (``c``) and their bound parameters, for the
    filters every analytics function shares. Values are always bound, never formatted in.

    ``actor`` a code or name (either side); ``dyad`` two codes joined by '-' (either
    direction); ``type`` a PLOVER type, or ``TYPE/mode``; ``mode`` a mode; ``status`` one of
    STATUSES; ``region`` a region or group (either side in it at some time in the period);
    ``since``/``until`` (inclusive) hold the whole span of the event's date. Raises QueryError.
    """
    where: list[str] = []
    params: list = []
    if actor is not None:
        code = actor_code(actor, "actor")
        where.append("(c.source = ? OR c.target = ?)")
        params += [code, code]
    if dyad is not None:
        parts = str(dyad).replace(",", "-").split("-")
        if len(parts) != 2 or not all(p.strip() for p in parts):
            raise QueryError(f"dyad '{dyad}' is not a dyad; give two codes joined by '-', "
                             f"e.g. ITA-JPN")
        a, b = sorted(actor_code(p, "dyad") for p in parts)
        where.append("c.dyad_a = ? AND c.dyad_b = ?")
        params += [a, b]
    if type is not None:
        typ, type_mode = event_type(type)
        where.append("c.type = ?")
        params.append(typ)
        if type_mode:
            mode = mode or type_mode
    else:
        typ = None
    if mode is not None:
        where.append("c.mode = ?")
        params.append(check_mode(mode, typ))
    if status is not None:
        if status not in STATUSES:
            raise QueryError(f"status '{status}' is not a status; use one of "
                             f"{', '.join(STATUSES)}")
        where.append("c.claim" if status == "claims" else "c.status = ?")
        params += [] if status == "claims" else [status]
    if claims_only:
        where.append("c.claim")
    lo, hi = parse_date(since, "since"), parse_date(until, "until", end=True)
    check_range(lo, hi)
    if region is not None:
        codes = sorted(members_between(region, lo, hi))
        where.append("(c.source IN (SELECT unnest(?)) OR c.target IN (SELECT unnest(?)))")
        params += [codes, codes]
    if lo:
        where.append("c.day >= ?")
        params.append(lo)
    if hi:
        where.append(day_hi("c") + " <= ?")
        params.append(hi)
    return where, params


@dataclass(frozen=True, slots=True)
class Source(Record):
    """One article's report of an event: where it was read and the sentence that says it."""

    document: str
    title: str | None
    outlet: str | None
    published: date | None
    url: str | None
    origin: str | None
    evidence: str
    status: str


@dataclass(frozen=True, slots=True)
class EventRecord(Record):
    id: str
    type: str
    mode: str | None
    status: str
    source: str | None
    target: str | None
    date: str | None
    day: date | None
    reports: int
    documents: int
    evidence: str
    sources: list[Source]


# DuckDB (2.0) looks keys up in an index only for lists of up to 50 keys; a longer list
# scans the whole table (50 keys: ~5 ms, 51: ~70 ms on a million rows). A page of events
# is looked up 50 keys at a time; past a few hundred keys one scan is cheaper.
KEYS_AT_ONCE = 50
_LOOKUPS = 8


def _by_keys(con: duckdb.DuckDBPyConnection, sql: str, keys: list) -> list[tuple]:
    """Rows of ``sql`` (one ``= ANY(?)`` on an indexed key) for ``keys``."""
    if len(keys) > KEYS_AT_ONCE * _LOOKUPS:
        return con.execute(sql, [keys]).fetchall()
    out: list[tuple] = []
    for i in range(0, len(keys), KEYS_AT_ONCE):
        out += con.execute(sql, [keys[i:i + KEYS_AT_ONCE]]).fetchall()
    return out


def fetch(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[EventRecord]:
    """The EventRecords of cluster ``ids``, in the order given."""
    if not ids:
        return []
    # the clusters, their reports (indexed by cluster, migration 004), then the reports'
    # documents, each by key, rather than joining every report to every document
    rows = _by_keys(con, """SELECT id, type, mode, status, source, target, date, day, reports,
                                   documents, evidence FROM clusters WHERE id = ANY(?)""", ids)
    reports = _by_keys(con, """SELECT cluster, document, evidence, status, seq FROM events
                               WHERE cluster = ANY(?)""", ids)
    docs = {r[0]: r for r in _by_keys(
        con, """SELECT id, title, outlet, published, url, origin FROM documents
                WHERE id = ANY(?)""", sorted({r[1] for r in reports}))}
    reports.sort(key=lambda r: (docs[r[1]][3] is None, docs[r[1]][3] or date.min, r[1], r[4]))
    by_cluster: dict[str, list[Source]] = {}
    for cid, doc, evidence, status, _ in reports:
        by_cluster.setdefault(cid, []).append(Source(*docs[doc], evidence, status))
    records = {r[0]: EventRecord(*r, sources=by_cluster.get(r[0], [])) for r in rows}
    return [records[i] for i in ids if i in records]


def events(db: str, actor: str | None = None, dyad: str | None = None, type: str | None = None,
           status: str | None = None, since: str | date | None = None,
           until: str | date | None = None, limit: int | None = 100, mode: str | None = None,
           region: str | None = None, *, text: str | None = None,
           offset: int = 0) -> list[EventRecord]:
    """Events (clusters) matching every filter given (see :func:`filters`), newest first.

    ``status`` ``claims`` means occurred or planned; ``limit`` 0 or None means all; ``text``
    is words the evidence contains (any case); ``offset`` skips that many of the newest.
    Raises QueryError for a malformed filter and StoreError when the store cannot be read.
    """
    limit = check_limit(limit)
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise QueryError(f"offset {offset!r} is not a count; give a whole number from 0")
    where, params = filters(actor, dyad, type, mode, status, region, since, until)
    if text and text.strip():
        where.append("contains(lower(c.evidence), lower(?))")
        params.append(text.strip())
    sql = "SELECT c.id FROM clusters c" + (" WHERE " + " AND ".join(where) if where else "") \
        + " ORDER BY c.day DESC NULLS LAST, c.id" + (" LIMIT ?" if limit else "") \
        + (" OFFSET ?" if offset else "")
    if limit:
        params.append(limit)
    if offset:
        params.append(offset)
    with read_connection(db) as con:
        ids = [r[0] for r in con.execute(sql, params).fetchall()]
        return fetch(con, ids)
