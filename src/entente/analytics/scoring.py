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


def type_weights() -> dict[str, float]:
    """Each PLOVER type's default weight (its row without a mode): the sign says cooperation
    (+) or conflict (-)."""
    types, modes, ws = weights()
    return {t: w for t, m, w in zip(types, modes, ws) if not m}


# The claim clusters with their weight; its three parameters are weights().
SCORED = """
w AS (SELECT unnest(?) AS type, unnest(?) AS mode, unnest(?) AS weight),
scored AS (
    SELECT c.*, coalesce(wm.weight, wt.weight, 0) AS weight
    FROM clusters c
    LEFT JOIN w wm ON wm.type = c.type AND wm.mode = c.mode
    LEFT JOIN w wt ON wt.type = c.type AND wt.mode = ''
    WHERE c.claim AND c.dyad_b IS NOT NULL AND c.dyad_a <> c.dyad_b)
"""


def score(cooperation: float, conflict: float) -> float | None:
    total = cooperation + conflict
    return None if not total else (cooperation - conflict) / total


def parse_date(value: str | date | None, option: str) -> date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY (its first day) -> date; QueryError naming ``option``."""
    if value is None or isinstance(value, date):
        return value
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return date(int(v[:4]), int(v[5:]), 1)
        return date.fromisoformat(v)
    except ValueError:
        raise QueryError(f"{option} '{value}' is not a date; use YYYY-MM-DD, YYYY-MM or "
                         f"YYYY") from None


def shift(d: date, window: str, sign: int = 1) -> date:
    """``d`` moved by a window such as 12m, 6m, 90d or 1y (forward, or back with sign=-1)."""
    m = re.fullmatch(r"\s*(\d+)\s*([dmy])\s*", window or "")
    if not m or int(m.group(1)) == 0:
        raise QueryError(f"--window '{window}' is not a window; use a number and a unit, "
                         f"e.g. 12m (months), 90d (days) or 2y (years)")
    n, unit = int(m.group(1)) * sign, m.group(2)
    if unit == "d":
        return d + timedelta(days=n)
    months = n * (12 if unit == "y" else 1)
    y, mo = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, mo + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
