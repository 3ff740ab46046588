"""What moved most: the ties across all states that rose or fell most against the window before.

The measures are those of ``ties`` (see ties.py and scoring.py), taken for every dyad at once:
a tie is **stepping up** when its intensity rose and its score in the window is positive (the
``ties`` rule), and **pulling back** when its intensity fell against the previous window.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..store.schema import read_connection
from .record import Record
from .regions import actor_code, members, name_of
from .scoring import SCORED, parse_date, score, shift, weights
from .ties import _default_end


@dataclass(frozen=True, slots=True)
class Move(Record):
    a: str                    # the two actors, in code order
    b: str
    a_name: str | None
    b_name: str | None
    intensity: float
    previous: float
    change: float
    score: float | None
    events: int               # in the window


@dataclass(frozen=True, slots=True)
class Moves(Record):
    region: str | None
    start: date               # the window, end exclusive
    end: date
    previous_start: date
    stepping_up: list[Move]   # largest rise first
    pulling_back: list[Move]  # largest fall first


def moves(db: str, since: str | date | None = None, window: str = "12m",
          region: str | None = None, limit: int = 10, actor: str | None = None) -> Moves:
    """The ``limit`` dyads stepping up and pulling back most in the window starting ``since``
    (default: the window ending with the newest article), optionally only dyads with a side in
    ``region`` and only those of ``actor``. Raises QueryError for a bad date, window, region
    or actor."""
    start = parse_date(since, "since")
    code = actor_code(actor, "state") if actor else None
    with read_connection(db) as con:
        if start is None:
            end = _default_end(con)
            start = shift(end, window, -1)
        else:
            end = shift(start, window)
        prev = shift(start, window, -1)
        wanted = members(region, end - timedelta(days=1)) if region else None
        rows = con.execute(
            f"""WITH {SCORED}
               SELECT dyad_a, dyad_b,
                      coalesce(sum(abs(weight)) FILTER (WHERE cur), 0) AS cur,
                      coalesce(sum(abs(weight)) FILTER (WHERE pre), 0) AS pre,
                      coalesce(sum(greatest(weight, 0)) FILTER (WHERE cur), 0),
                      coalesce(sum(greatest(-weight, 0)) FILTER (WHERE cur), 0),
                      count(*) FILTER (WHERE cur)
               FROM (SELECT *, day >= ? AND day_hi < ? AS cur, day >= ? AND day_hi < ? AS pre
                     FROM scored WHERE day >= ? AND day < ?
                       AND (? IS NULL OR dyad_a IN (SELECT unnest(?))
                            OR dyad_b IN (SELECT unnest(?)))
                       AND (? IS NULL OR dyad_a = ? OR dyad_b = ?))
               GROUP BY dyad_a, dyad_b""",
            # as in ties: an event counts in a window when its date's whole span lies in it
            [*weights(), start, end, prev, start, prev, end,
             None if wanted is None else 1, sorted(wanted or ()), sorted(wanted or ()),
             code, code, code]
        ).fetchall()
    out = [Move(a, b, name_of(a), name_of(b), cur, pre, cur - pre, score(coop, confl), n)
           for a, b, cur, pre, coop, confl, n in rows]
    up = sorted((m for m in out if m.change > 0 and m.score is not None and m.score > 0),
                key=lambda m: (-m.change, m.a, m.b))[:limit]
    down = sorted((m for m in out if m.change < 0), key=lambda m: (m.change, m.a, m.b))[:limit]
    return Moves(region, start, end, prev, up, down)
