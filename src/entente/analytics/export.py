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
from typing import TextIO

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
FROM events e JOIN documents d ON d.id = e.document
WHERE NOT ? OR e.claim
ORDER BY d.published NULLS LAST, e.document, e.seq
"""

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

    return [r["event_id"], r["day"] or "", r["type"], r["mode"] or "", "",
            QUAD.get(r["type"], ""), "", r["source_name"] or r["source"] or "",
            country(r["source"]), "", r["source_sector"] or "", r["source_sector"] or "", "",
            r["source_mention"] or "", "", r["target_name"] or r["target"] or "",
            country(r["target"]), "", r["target_sector"] or "", r["target_sector"] or "", "",
            r["target_mention"] or "", "", r["location"] or "", "", "", "", "", "", "", "",
            r["location"] or "", "", r["outlet"] or "", r["published"] or "", "", "", "", "en",
            f"entente {r['version']}"]


def export(db: str, fmt: str, out: TextIO | None = None, path: str | None = None) -> int:
    """Write the event table as ``fmt`` to the text stream ``out``, or to the file ``path``
    (required for parquet); return the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    with read_connection(db) as con:
        params = [fmt == "polecat"]
        if fmt == "parquet":
            if not path:
                raise ValueError("parquet needs a file path")
            con.cursor().sql(_QUERY, params=params).write_parquet(path)
            return con.execute(f"SELECT count(*) FROM ({_QUERY})", params).fetchone()[0]
        if path:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                return _stream(con, fmt, params, fh)
        return _stream(con, fmt, params, out)


def _stream(con, fmt: str, params: list, out: TextIO) -> int:
    cur = con.execute(_QUERY, params)
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
                w.writerow(rec[c] for c in COLUMNS)
            else:
                w.writerow(_polecat_row(rec))
        n += len(rows)
    return n
