"""Weights of event types, the cooperation-conflict score, and time windows.

Each PLOVER type (and, where it matters, mode) has a weight in ``data/tie_weights.csv``:
positive for cooperation, negative for conflict, zero for what is neither by itself (a
deployment is coded with its destination as target, friend or foe). For a set of events:

- cooperation = sum of positive weights, conflict = sum of the magnitudes of negative ones;
- intensity = cooperation + conflict (how much the two interact, whatever the tone);
- score = (cooperation - conflict) / intensity, from -1 (all conflict) to +1 (all cooperation).

Only claims (occurred or planned) count, and each real-world event once (clusters, not
reports). Hypothetical and negated events never count.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from ..errors import QueryError
from ..lexicons import load_csv


@lru_cache(maxsize=None)
def weights() -> tuple[list[str], list[str], list[float]]:
    """(types, modes, weights) of the weights file, as columns ('' for a type's default)."""
    rows = load_csv("tie_weights.csv")
    return ([r["type"] for r in rows], [r["mode"] for r in rows],
            [float(r["weight"]) for r in rows])


# The last day a cluster's date covers: an event of "2019" spans the year, of "2019-06" the month,
# so a window or a month holds it only when it holds the whole span (the precision is kept).
def day_hi(table: str = "") -> str:
    """SQL for that last day, on the columns of ``table`` (an alias of this module's)."""
    t = f"{table}." if table else ""
    return (f"(CASE {t}date_precision "
            f"WHEN 'year' THEN CAST({t}day + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE) "
            f"WHEN 'month' THEN last_day({t}day) "
            f"WHEN 'week' THEN CAST({t}day + INTERVAL 6 DAY AS DATE) "
            f"ELSE {t}day END)")


DAY_HI = day_hi()


def type_weights() -> dict[str, float]:
    """Each PLOVER type's default weight (its row without a mode): the sign says cooperation
    (+) or conflict (-)."""
    types, modes, ws = weights()
    return {t: w for t, m, w in zip(types, modes, ws) if not m}


# The claim clusters with their weight; its three parameters are weights().
SCORED = f"""
w AS (SELECT unnest(?) AS type, unnest(?) AS mode, unnest(?) AS weight),
scored AS (
    SELECT c.*, {DAY_HI} AS day_hi, coalesce(wm.weight, wt.weight, 0) AS weight
    FROM clusters c
    LEFT JOIN w wm ON wm.type = c.type AND wm.mode = c.mode
    LEFT JOIN w wt ON wt.type = c.type AND wt.mode = ''
    WHERE c.claim AND c.dyad_b IS NOT NULL AND c.dyad_a <> c.dyad_b)
"""


def score(cooperation: float, conflict: float) -> float | None:
    total = cooperation + conflict
    return None if not total else (cooperation - conflict) / total


def parse_date(value: str | date | None, option: str, end: bool = False) -> date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY -> date: its first day, or its last with ``end`` (so
    ``until=2024`` takes in all of 2024). QueryError naming ``option`` for anything else."""
    if value is None or isinstance(value, date):
        return value
    v = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 12, 31) if end else date(int(v), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = int(v[:4]), int(v[5:])
            return date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            raise ValueError(v)
        return date.fromisoformat(v)
    except ValueError:
        raise QueryError(f"{option} '{value}' is not a date; use YYYY-MM-DD, YYYY-MM or "
                         f"YYYY") from None


def check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise QueryError(f"since {since} is after until {until}; nothing can lie between "
                         f"them: swap them")


def shift(d: date, window: str, sign: int = 1) -> date:
    """``d`` moved by a window such as 12m, 6m, 90d or 1y (forward, or back with sign=-1)."""
    m = re.fullmatch(r"\s*(\d+)\s*([dmy])\s*", str(window or ""))
    if not m or int(m.group(1)) == 0:
        raise QueryError(f"window '{window}' is not a window; use a number and a unit, "
                         f"e.g. 12m (months), 90d (days) or 2y (years)")
    n, unit = int(m.group(1)) * sign, m.group(2)
    try:
        if unit == "d":
            return d + timedelta(days=n)
        months = n * (12 if unit == "y" else 1)
        y, mo = divmod(d.month - 1 + months, 12)
        year, month = d.year + y, mo + 1
        return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
    except (OverflowError, ValueError):
        raise QueryError(f"window '{window}' from {d} {'ends' if sign > 0 else 'starts'} "
                         f"outside the calendar (years 1 to 9999); give a shorter window or "
                         f"a date nearer today") from None
