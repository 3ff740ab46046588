"""A country's ties: partners ranked by tie intensity, and who is stepping up.

For country C, a partner P and a window [start, end): the events between C and P dated in the
window give the tie's intensity, cooperation, conflict and score (see scoring.py); the same
measures over the window before it, of the same length, give ``previous``. A partner is
**stepping up** when its intensity rose against the previous window and the window's score is
positive (more cooperation than conflict); its tie is a **first tie** when the store holds no
event between the two before the window. Stepping-up partners are listed by the date of their
first event in the window, each with the events behind it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..errors import QueryError
from ..store.schema import read_connection
from .events import EventRecord, fetch
from .record import Record
from .regions import actor_code, members, name_of, region_name
from .scoring import DAY_HI, SCORED, check_range, parse_date, score, shift, weights


@dataclass(frozen=True, slots=True)
class Tie(Record):
    partner: str
    name: str | None
    intensity: float
    previous: float
    change: float
    cooperation: float
    conflict: float
    score: float | None
    events: int
    reports: int
    first: str | None         # first and latest event of the tie in the window, each at the
    latest: str | None        #   precision its date has (2024, 2024-06 or 2024-06-29)
    stepping_up: bool
    first_tie: bool
    evidence: list[EventRecord]   # the window's events, for stepping-up partners


@dataclass(frozen=True, slots=True)
class Ties(Record):
    country: str
    name: str | None
    region: str | None
    start: date               # the window, end exclusive
    end: date
    previous_start: date
    ties: list[Tie]           # ranked by intensity
    stepping_up: list[Tie]    # by the date of their first event in the window
    imprecise: int = 0        # events dated too coarsely to place in either window (an event
                              #   of "2024" in a window from 2024-06): counted in neither


def _default_end(con) -> date:
    """The day after the newest article: the store's 'now'."""
    newest = con.execute("SELECT max(published) FROM documents").fetchone()[0] or \
        con.execute("SELECT max(day) FROM clusters").fetchone()[0]
    return _next_day(newest or date.today())


def ties(db: str, country: str, region: str | None = None, since: str | date | None = None,
         window: str = "12m", until: str | date | None = None) -> Ties:
    """The partners of ``country`` in a window, optionally only those in ``region`` (a region,
    subregion or group from the data files, membership as of the window's end).

    The window runs from ``since`` through ``until`` when both are given; else it is
    ``window`` long (12m, 90d, 2y), starting ``since`` or ending ``until``, by default ending
    with the newest article in the store. An event counts in a window when the whole span of
    its date lies in it (an event of "2024" is not placed in a window from 2024-06).

    Raises QueryError for an unknown code or region, a bad date or window; StoreError for the
    store.
    """
    code = actor_code(country, "country")
    start = parse_date(since, "since")
    last = parse_date(until, "until", end=True)
    check_range(start, last)
    region = region_name(region) if region is not None else None
    with read_connection(db) as con:
        if start is not None and last is not None:
            end = _next_day(last)
            prev = start - (end - start) if start.toordinal() > (end - start).days else None
            if prev is None:
                raise QueryError(f"the window from {start} has no previous window of the same "
                                 f"length inside the calendar; give a later since")
        else:
            if start is None:
                end = _next_day(last) if last is not None else _default_end(con)
                start = shift(end, window, -1)
            else:
                end = shift(start, window)
            prev = shift(start, window, -1)
        wanted = members(region, end - timedelta(days=1)) if region else None
        rows = con.execute(
            f"""WITH {SCORED},
               mine AS (
                   SELECT CASE WHEN dyad_a = ? THEN dyad_b ELSE dyad_a END AS partner, *,
                          day >= ? AND day_hi < ? AS cur, day >= ? AND day_hi < ? AS pre,
                          coalesce(date, strftime(day, '%Y-%m-%d')) AS shown
                   FROM scored WHERE (dyad_a = ? OR dyad_b = ?) AND day < ?)
               SELECT partner,
                      coalesce(sum(abs(weight)) FILTER (WHERE cur), 0),
                      coalesce(sum(abs(weight)) FILTER (WHERE pre), 0),
                      coalesce(sum(greatest(weight, 0)) FILTER (WHERE cur), 0),
                      coalesce(sum(greatest(-weight, 0)) FILTER (WHERE cur), 0),
                      count(*) FILTER (WHERE cur),
                      coalesce(sum(reports) FILTER (WHERE cur), 0),
                      arg_min(shown, day) FILTER (WHERE cur),
                      arg_max(shown, day) FILTER (WHERE cur),
                      min(day),
                      count(*) FILTER (WHERE NOT cur AND NOT pre AND day_hi >= ?)
               FROM mine GROUP BY partner
               HAVING count(*) FILTER (WHERE cur OR pre) > 0 OR
                      count(*) FILTER (WHERE NOT cur AND NOT pre AND day_hi >= ?) > 0""",
            [*weights(), code, start, end, prev, start, code, code, end, prev,
             prev]).fetchall()
        out = []
        imprecise = 0
        for (partner, inten, previous, coop, confl, n, reports, first, latest,
             ever, vague) in rows:
            if wanted is not None and partner not in wanted:
                continue
            imprecise += vague
            if not n and not previous:
                continue
            s = score(coop, confl)
            up = inten > previous and s is not None and s > 0
            out.append(Tie(partner, name_of(partner), inten, previous, inten - previous, coop,
                           confl, s, n, reports, first, latest, up,
                           up and ever is not None and ever >= start, []))
        out = _with_evidence(con, out, code, start, end)
    out.sort(key=lambda t: (-t.intensity, -t.change, t.partner))
    rising = sorted((t for t in out if t.stepping_up), key=lambda t: (t.first, t.partner))
    return Ties(code, name_of(code), region, start, end, prev, out, rising, imprecise)


def _next_day(d: date) -> date:
    try:
        return d + timedelta(days=1)
    except OverflowError:
        raise QueryError(f"until {d} is the calendar's last day; give an earlier date") \
            from None


def _with_evidence(con, ties: list[Tie], code: str, start: date, end: date) -> list[Tie]:
    """The stepping-up ties with their window's events (one query for all of them)."""
    rising = [t.partner for t in ties if t.stepping_up]
    if not rising:
        return ties
    rows = con.execute(
        f"""SELECT id, CASE WHEN dyad_a = ? THEN dyad_b ELSE dyad_a END AS partner
           FROM clusters WHERE claim AND (dyad_a = ? OR dyad_b = ?) AND day >= ?
             AND {DAY_HI} < ?
             AND (CASE WHEN dyad_a = ? THEN dyad_b ELSE dyad_a END) IN (SELECT unnest(?))
           ORDER BY day, id""", [code, code, code, start, end, code, rising]).fetchall()
    records = {r.id: r for r in fetch(con, [r[0] for r in rows])}
    by_partner: dict[str, list[EventRecord]] = {}
    for cid, partner in rows:
        by_partner.setdefault(partner, []).append(records[cid])
    return [replace(t, evidence=by_partner.get(t.partner, [])) if t.stepping_up else t
            for t in ties]
