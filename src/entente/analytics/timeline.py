"""A dyad's timeline: events per month by PLOVER type, and the month's cooperation-conflict
score (see scoring.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import QueryError
from ..store.schema import read_connection
from .record import Record
from .regions import actor_code, name_of
from .scoring import SCORED, check_range, parse_date, score, weights


@dataclass(frozen=True, slots=True)
class Month(Record):
    month: str                  # YYYY-MM (YYYY in Timeline.years)
    events: int
    reports: int
    types: dict[str, int]       # PLOVER type -> events
    cooperation: float
    conflict: float
    score: float | None


@dataclass(frozen=True, slots=True)
class Timeline(Record):
    a: str
    b: str
    a_name: str | None
    b_name: str | None
    types: list[str]            # the types that occur, most frequent first
    months: list[Month]         # every month from the first event to the last, empty ones too
    years: list[Month] = ()     # events dated only to the year, per year: never drawn in January


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline(db: str, a: str, b: str, since: str | date | None = None,
             until: str | date | None = None) -> Timeline:
    """Monthly counts of the events between ``a`` and ``b`` (either direction), claims only.

    Raises QueryError for a bad code or date, StoreError when the store cannot be read.
    """
    x, y = sorted((actor_code(a, "a"), actor_code(b, "b")))
    if x == y:
        raise QueryError(f"a and b are both {x}; a timeline is between two actors")
    lo, hi = parse_date(since, "since"), parse_date(until, "until", end=True)
    check_range(lo, hi)
    with read_connection(db) as con:
        rows = con.execute(
            f"""WITH {SCORED}
               SELECT CASE WHEN date_precision = 'year' THEN strftime(day, '%Y')
                           ELSE strftime(day, '%Y-%m') END AS month, type, count(*),
                      sum(reports), sum(greatest(weight, 0)), sum(greatest(-weight, 0))
               FROM scored
               WHERE dyad_a = ? AND dyad_b = ? AND day IS NOT NULL
                 AND (? IS NULL OR day >= ?) AND (? IS NULL OR day_hi <= ?)
               GROUP BY month, type ORDER BY month, type""",
            [*weights(), x, y, lo, lo, hi, hi]).fetchall()
    per: dict[str, dict] = {}
    per_year: dict[str, dict] = {}
    totals: dict[str, int] = {}
    for month, typ, n, reports, coop, confl in rows:
        m = (per_year if len(month) == 4 else per).setdefault(
            month, {"events": 0, "reports": 0, "types": {}, "coop": 0.0, "confl": 0.0})
        m["events"] += n
        m["reports"] += reports
        m["types"][typ] = n
        m["coop"] += coop
        m["confl"] += confl
        totals[typ] = totals.get(typ, 0) + n
    months = []
    if per:
        for month in _months(min(per), max(per)):
            m = per.get(month, {"events": 0, "reports": 0, "types": {}, "coop": 0.0,
                                "confl": 0.0})
            months.append(Month(month, m["events"], m["reports"], m["types"], m["coop"],
                                m["confl"], score(m["coop"], m["confl"])))
    years = [Month(k, m["events"], m["reports"], m["types"], m["coop"], m["confl"],
                   score(m["coop"], m["confl"])) for k, m in sorted(per_year.items())]
    types = sorted(totals, key=lambda t: (-totals[t], t))
    return Timeline(x, y, name_of(x), name_of(y), types, months, years)
