"""The event table out of the store: CSV, Parquet, JSONL, or POLECAT's column layout.

csv, parquet and jsonl hold one row per report (every event of every article, with its cluster,
so both counts can be made); polecat holds the claims only, in the 40 tab-separated columns of
the POLECAT event data releases, so that code written for POLECAT reads it. Columns POLECAT has
and entente does not know (COW codes, Wikipedia ids, geocoding, contexts, its intensity scale)
are left empty.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date
from typing import TextIO

from ..errors import QueryError
from .events import filters

from ..store.schema import read_connection
from .record import plain

FORMATS = ("csv", "parquet", "jsonl", "polecat")

COLUMNS = ["event_id", "cluster", "document", "published", "outlet", "title", "url", "type",
           "mode", "status", "source", "source_name", "source_sector", "source_mention",
           "target", "target_name", "target_sector", "target_mention", "date",
           "date_precision", "day", "location", "confidence", "evidence", "evidence_start",
           "evidence_end", "rule", "version"]

_QUERY = """
SELECT e.id AS event_id, e.cluster, e.document, d.published, d.outlet, d.title, d.url, e.type,
       e.mode, e.status, e.source, e.source_name, e.source_sector, e.source_mention, e.target,
       e.target_name, e.target_sector, e.target_mention, e.date, e.date_precision, e.day,
       e.location, e.confidence, e.evidence, e.evidence_start, e.evidence_end, e.rule, e.version
FROM events e JOIN documents d ON d.id = e.document JOIN clusters c ON c.id = e.cluster
WHERE (NOT ? OR e.claim) {where}
ORDER BY d.published NULLS LAST, e.document, e.seq
"""

# OWASP's rule against CSV injection: a cell a spreadsheet would run as a formula gets a
# leading apostrophe; numbers (-0.5, +1) are left as they are.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """``value`` as a spreadsheet will show it, never run it (see _FORMULA)."""
    if isinstance(value, str) and value.startswith(_FORMULA) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version"]

# PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict
QUAD = {**dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
        **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
        **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
        **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4)}


def _polecat_row(r: dict) -> list:
    def country(code):
        return code if code and len(code) == 3 and code.isupper() else ""

    # the event's date at its own precision (2019, 2019-06), not the first day of its span
    return [r["event_id"], r["date"] or r["day"] or "", r["type"], r["mode"] or "", "",
            QUAD.get(r["type"], ""), "", r["source_name"] or r["source"] or "",
            country(r["source"]), "", r["source_sector"] or "", r["source_sector"] or "", "",
            r["source_mention"] or "", "", r["target_name"] or r["target"] or "",
            country(r["target"]), "", r["target_sector"] or "", r["target_sector"] or "", "",
            r["target_mention"] or "", "", r["location"] or "", "", "", "", "", "", "", "",
            r["location"] or "", "", r["outlet"] or "", r["published"] or "", "", "", "", "en",
            f"entente {r['version']}"]


def export(db: str, fmt: str, out: TextIO | None = None, path: str | None = None,
           actor: str | None = None, region: str | None = None, type: str | None = None,
           mode: str | None = None, since: str | date | None = None,
           until: str | date | None = None) -> int:
    """Write the event table as ``fmt`` to the text stream ``out``, or to the file ``path``
    (required for parquet); return the number of rows written. The filters are those of
    :func:`entente.analytics.events` and select whole events (every report of them).

    Raises QueryError for a bad format, filter or output path; StoreError for the store.
    """
    if fmt not in FORMATS:
        raise QueryError(f"format '{fmt}' is not an export format; use one of "
                         f"{', '.join(FORMATS)}")
    where, fparams = filters(actor=actor, region=region, type=type, mode=mode, since=since,
                             until=until)
    query = _QUERY.format(where="".join(f" AND {w}" for w in where))
    params = [fmt == "polecat", *fparams]
    with read_connection(db) as con:
        if fmt == "parquet":
            if not path:
                raise QueryError("parquet is binary and needs a file; give path= (--output)")
            writable(path)
            con.cursor().sql(query, params=params).write_parquet(path)
            return con.execute(f"SELECT count(*) FROM ({query})", params).fetchone()[0]
        if path:
            writable(path)
            with open(path, "w", encoding="utf-8", newline="") as fh:
                return _stream(con, fmt, query, params, fh)
        return _stream(con, fmt, query, params, out)


def writable(path: str) -> None:
    """Refuse an output ``path`` that cannot be written (a folder, a missing folder, no
    permission) with a QueryError that says so, before any work is done."""
    from pathlib import Path
    p = Path(path)
    if p.is_dir():
        raise QueryError(f"{path}: is a folder; give a file name for the output")
    if not p.parent.is_dir():
        raise QueryError(f"{path}: the folder {p.parent} does not exist; create it or give "
                         f"another output path")
    try:
        with open(p, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise QueryError(f"{path}: cannot be written ({exc.strerror or exc}); give another "
                         f"output path") from None


def _stream(con, fmt: str, query: str, params: list, out: TextIO) -> int:
    cur = con.execute(query, params)
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(COLUMNS)
    elif fmt == "polecat":
        w = csv.writer(out, delimiter="\t", lineterminator="\n")
        w.writerow(POLECAT_COLUMNS)
    n = 0
    while rows := cur.fetchmany(10_000):
        for row in rows:
            rec = plain(dict(zip(COLUMNS, row)))
            if fmt == "jsonl":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            elif fmt == "csv":
                w.writerow(safe_cell(rec[c]) for c in COLUMNS)
            else:
                w.writerow(safe_cell(v) for v in _polecat_row(rec))
        n += len(rows)
    return n
