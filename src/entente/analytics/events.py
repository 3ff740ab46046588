"""Events: one record per real-world event (a cluster), with every article that reported it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from ..errors import QueryError
from ..store.schema import read_connection
from .record import Record
from .regions import actor_code, members
from .scoring import parse_date

STATUSES = ("occurred", "planned", "hypothetical", "negated", "claims")


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


def fetch(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[EventRecord]:
    """The EventRecords of cluster ``ids``, in the order given."""
    if not ids:
        return []
    # "= ANY(?)" lets DuckDB look the keys up; the reports first, then their documents by key,
    # rather than joining every report to every document
    rows = con.execute(
        """SELECT id, type, mode, status, source, target, date, day, reports, documents,
                  evidence FROM clusters WHERE id = ANY(?)""", [ids]).fetchall()
    reports = con.execute(
        """SELECT cluster, document, evidence, status, seq FROM events
           WHERE cluster = ANY(?)""", [ids]).fetchall()
    docs = {r[0]: r for r in con.execute(
        """SELECT id, title, outlet, published, url, origin FROM documents
           WHERE id = ANY(?)""", [sorted({r[1] for r in reports})]).fetchall()}
    reports.sort(key=lambda r: (docs[r[1]][3] is None, docs[r[1]][3] or date.min, r[1], r[4]))
    by_cluster: dict[str, list[Source]] = {}
    for cid, doc, evidence, status, _ in reports:
        by_cluster.setdefault(cid, []).append(Source(*docs[doc], evidence, status))
    records = {r[0]: EventRecord(*r, sources=by_cluster.get(r[0], [])) for r in rows}
    return [records[i] for i in ids if i in records]


def events(db: str, actor: str | None = None, dyad: str | None = None, type: str | None = None,
           status: str | None = None, since: str | date | None = None,
           until: str | date | None = None, limit: int | None = 100, *,
           region: str | None = None, mode: str | None = None, text: str | None = None,
           offset: int = 0) -> list[EventRecord]:
    """Events (clusters) matching every filter given, newest first.

    ``actor`` is a code (either side); ``dyad`` is two codes joined by '-' (``ITA-JPN``, either
    direction); ``type`` a PLOVER type; ``status`` one of STATUSES (``claims`` = occurred or
    planned); ``since``/``until`` bound the event's date (inclusive); ``region`` keeps events
    with a side in a region or group (membership on ``until``, else today); ``mode`` is the
    event's mode; ``text`` is words its evidence contains (any case). ``offset`` skips that many
    of the newest. Raises QueryError for a malformed filter and StoreError when the store
    cannot be read.
    """
    where, params = [], []
    if actor:
        code = actor_code(actor)
        where.append("(source = ? OR target = ?)")
        params += [code, code]
    if dyad:
        parts = dyad.replace(",", "-").split("-")
        if len(parts) != 2:
            raise QueryError(f"--dyad '{dyad}' is not a dyad; give two codes joined by '-', "
                             f"e.g. ITA-JPN")
        a, b = sorted(actor_code(p) for p in parts)
        where.append("dyad_a = ? AND dyad_b = ?")
        params += [a, b]
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if status:
        if status not in STATUSES:
            raise QueryError(f"--status '{status}' is not a status; use one of "
                             f"{', '.join(STATUSES)}")
        where.append("claim" if status == "claims" else "status = ?")
        params += [] if status == "claims" else [status]
    if since:
        where.append("day >= ?")
        params.append(parse_date(since, "--since"))
    if until:
        where.append("day <= ?")
        params.append(parse_date(until, "--until"))
    if region:
        on = parse_date(until, "--until") or date.today()
        codes = sorted(members(region, on))
        where.append("(source IN (SELECT unnest(?)) OR target IN (SELECT unnest(?)))")
        params += [codes, codes]
    if mode:
        where.append("lower(mode) = lower(?)")
        params.append(mode.strip())
    if text and text.strip():
        where.append("contains(lower(evidence), lower(?))")
        params.append(text.strip())
    sql = "SELECT id FROM clusters" + (" WHERE " + " AND ".join(where) if where else "") + \
        " ORDER BY day DESC NULLS LAST, id" + (" LIMIT ?" if limit else "") + \
        (" OFFSET ?" if offset else "")
    if limit:
        params.append(limit)
    if offset:
        params.append(offset)
    with read_connection(db) as con:
        ids = [r[0] for r in con.execute(sql, params).fetchall()]
        return fetch(con, ids)
