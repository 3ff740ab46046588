"""What fetching and feed watching remember in the store (migration 003): SQL only.

The writer calls the ``write_*`` functions inside its transaction, so a feed item is marked
handled in the same commit as its document or failure; the readers open the file briefly.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

import duckdb

from .schema import write_connection

Mark = tuple[str, str, "str | None", str]          # feed, item, link, outcome
Poll = tuple[str, datetime, str, int, int, int, int, int, "str | None"]


def validators(path: str, wait: float = 120.0) -> dict[str, tuple[str | None, str | None]]:
    """URL -> (ETag, Last-Modified) of every page and feed fetched into the store."""
    with write_connection(path, wait) as con:
        rows = con.execute("SELECT url, etag, last_modified FROM http_cache").fetchall()
    return {u: (e, m) for u, e, m in rows}


def handled_items(path: str, feed: str, attempts: int, wait: float = 120.0) -> set[str]:
    """Items of ``feed`` that need no more work: read, known, failed for good, or retried
    ``attempts`` times."""
    with write_connection(path, wait) as con:
        rows = con.execute("SELECT item FROM feed_items WHERE feed = ? AND "
                           "(outcome <> 'retry' OR attempts >= ?)", [feed, attempts]).fetchall()
    return {r[0] for r in rows}


def retry_items(path: str, feed: str, attempts: int, wait: float = 120.0
                ) -> list[tuple[str, str | None]]:
    """(item, link) of ``feed``'s items to try again: failed for a passing reason fewer than
    ``attempts`` times."""
    with write_connection(path, wait) as con:
        return con.execute("SELECT item, link FROM feed_items WHERE feed = ? AND "
                           "outcome = 'retry' AND attempts < ? ORDER BY first_seen, item",
                           [feed, attempts]).fetchall()


def write_marks(con: duckdb.DuckDBPyConnection, marks: Iterable[Mark]) -> None:
    latest: dict[tuple[str, str], Mark] = {}
    tries: dict[tuple[str, str], int] = {}
    for m in marks:            # an item named twice in a batch is one row
        key = (m[0], m[1])
        latest[key] = m
        tries[key] = tries.get(key, 0) + 1
    if not latest:
        return
    rows = list(latest.values())
    con.execute(
        """INSERT INTO feed_items (feed, item, link, outcome, attempts)
           SELECT unnest(?), unnest(?), unnest(?), unnest(?), unnest(?)
           ON CONFLICT (feed, item) DO UPDATE SET outcome = excluded.outcome,
               link = excluded.link, attempts = feed_items.attempts + excluded.attempts""",
        [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
         [r[3] for r in rows], [tries[(r[0], r[1])] for r in rows]])


def write_validators(con: duckdb.DuckDBPyConnection,
                     found: dict[str, tuple[str | None, str | None]]) -> None:
    if not found:
        return
    urls = list(found)
    con.execute("DELETE FROM http_cache WHERE url IN (SELECT unnest(?))", [urls])
    con.execute("INSERT INTO http_cache (url, etag, last_modified) "
                "SELECT unnest(?), unnest(?), unnest(?)",
                [urls, [found[u][0] for u in urls], [found[u][1] for u in urls]])


def write_polls(con: duckdb.DuckDBPyConnection, polls: list[Poll]) -> None:
    for p in polls:
        con.execute("INSERT INTO feed_polls (feed, polled, status, items, new, stored, skipped, "
                    "failed, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", list(p))
