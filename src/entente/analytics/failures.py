"""The inputs that were not stored, with their source and why: what `entente failures` lists."""
from __future__ import annotations

from dataclasses import dataclass

from ..store.schema import read_connection
from .record import Record


@dataclass(frozen=True, slots=True)
class Failure(Record):
    origin: str        # the path, path:line, archive#URL or URL that was not stored
    reason: str        # a short tag: http-404, timeout, robots, not-english, binary, ...
    message: str       # what is wrong and what to do


def failures(db: str, reason: str | None = None, limit: int | None = None) -> list[Failure]:
    """Failures in the store at ``db``, by source; only those of ``reason`` when given (a tag,
    or a prefix such as ``http``)."""
    sql = "SELECT origin, reason, message FROM failures"
    params: list = []
    if reason:
        sql += " WHERE reason = ? OR reason LIKE ?"
        params += [reason, reason + "-%"]
    sql += " ORDER BY reason, origin"
    if limit:
        sql += " LIMIT ?"
        params.append(int(limit))
    with read_connection(db) as con:
        return [Failure(*row) for row in con.execute(sql, params).fetchall()]
