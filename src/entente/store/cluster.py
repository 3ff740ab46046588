"""Which reports tell of the same real-world event.

Two reports from different articles are of one event when they have

- the same dyad (the unordered pair of actor codes: "Italy and Japan held drills" may be coded
  ITA->JPN in one article and JPN->ITA in another), the same PLOVER type and mode, and the same
  standing (both claims, occurred or planned, or both hypothetical, or both negated);
- close dates: the spans their dates cover (a day, a week, a month, a year; the publication date
  give or take a week when the text gives none) overlap or lie within TOLERANCE days;
- similar evidence: the Jaccard similarity of the content words of their sentences is at least
  SIMILAR, or WIDE_SIMILAR when either date spans more than a month (a year-precise date says
  little, so the words must say more).

Two reports of one article are of one event when the later tells again the act the earlier told
(its ``retells``: a summary, then the detail; the extractor dates them alike) and they have the
same dyad, type, mode and standing.

A cluster is a connected component of that relation, named by the smallest event id in it. The
components do not depend on the order in which articles arrive, so a resumed ingest gives the
same clusters as a clean one.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

TOLERANCE = 3            # days
UNDATED = 7              # days either side of the publication date
SIMILAR = 0.15
WIDE_SIMILAR = 0.3
WIDE = 31                # days

_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset("""
a about after again against all also an and any are as at be been before being between both
but by can could did do does during each for from had has have he her here him his how i if in
into is it its itself just may me more most my no nor not now of off on once only or other our
out over own said same says she should so some such than that the their them then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your
""".split())


@dataclass(frozen=True, slots=True)
class Report:
    """What clustering needs of one stored event."""

    id: str
    document: str
    key: tuple            # (dyad_a, dyad_b, type, mode, standing)
    lo: date | None
    hi: date | None
    words: frozenset[str]
    retells: str | None = None  # the report of the same article this one tells again


def span(iso: str | None, precision: str | None, published: date | None
         ) -> tuple[date | None, date | None]:
    """The first and last day a date covers; the publication date +- a week when undated
    (or dated by the story only)."""
    if precision == "story":
        iso = None      # dated by the story, not its text: spanned as an undated event
    try:
        if iso and precision == "year":
            y = int(iso[:4])
            return date(y, 1, 1), date(y, 12, 31)
        if iso and (precision == "month" or len(iso) == 7):
            y, m = int(iso[:4]), int(iso[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if iso and len(iso) >= 10:
            d = date.fromisoformat(iso[:10])
            return d, d + timedelta(days=6 if precision == "week" else 0)
    except ValueError:
        pass
    if published is None:
        return None, None
    return published - timedelta(days=UNDATED), published + timedelta(days=UNDATED)


def standing(status: str, claim: bool) -> str:
    return "claim" if claim else status


def dyad(source: str | None, target: str | None) -> tuple[str | None, str | None]:
    """The unordered pair of actor codes, smaller first; a one-sided event keeps its source."""
    if source and target:
        return (source, target) if source <= target else (target, source)
    return source or target, None


def content_words(evidence: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(evidence.lower()) if w not in _STOP)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def same_event(x: Report, y: Report) -> bool:
    """The rule in this module's docstring, for two reports."""
    if x.key != y.key or x.key[0] is None:
        return False
    if x.document == y.document:
        # an article's own telling again of an act it told before (dated alike: see
        # events.draft.to_events)
        return x.retells == y.id or y.retells == x.id
    if None in (x.lo, x.hi, y.lo, y.hi):
        return False
    tol = timedelta(days=TOLERANCE)
    if x.lo > y.hi + tol or y.lo > x.hi + tol:
        return False
    wide = (x.hi - x.lo).days > WIDE or (y.hi - y.lo).days > WIDE
    return similarity(x.words, y.words) >= (WIDE_SIMILAR if wide else SIMILAR)



def similarity_sql(shared: str, nx: str, ny: str) -> str:
    """:func:`similarity` in SQL, from the number of content words two reports share and the
    number each has."""
    return (f"(CASE WHEN {nx} = 0 OR {ny} = 0 THEN 0.0 ELSE "
            f"{shared}::DOUBLE / ({nx} + {ny} - {shared}) END)")


def same_event_sql(x: str, y: str, sim: str) -> str:
    """:func:`same_event` as a SQL condition on two rows ``x`` and ``y`` of events (id,
    document, dyad_a, dyad_b, type, mode, status, claim, date_lo, date_hi, retells), given
    ``sim``, the similarity of their content words (a :func:`similarity_sql`). It must agree with
    same_event on every pair (tests/test_cluster_sql.py checks it on random reports); the
    dataset's pass uses it to decide millions of candidate pairs inside DuckDB. The arguments
    are this package's own aliases, never user input."""
    wide = (f"(({x}.date_hi - {x}.date_lo) > {WIDE} OR ({y}.date_hi - {y}.date_lo) > {WIDE})")
    standing = "(CASE WHEN {r}.claim THEN 'claim' ELSE {r}.status END)"
    retold = f"coalesce({x}.retells = {y}.id OR {y}.retells = {x}.id, false)"
    return f"""({x}.dyad_a IS NOT NULL AND {x}.dyad_a = {y}.dyad_a
        AND {x}.dyad_b IS NOT DISTINCT FROM {y}.dyad_b AND {x}.type = {y}.type
        AND {x}.mode IS NOT DISTINCT FROM {y}.mode
        AND {standing.format(r=x)} = {standing.format(r=y)}
        AND CASE WHEN {x}.document = {y}.document THEN {retold} ELSE (
            {x}.date_lo IS NOT NULL AND {x}.date_hi IS NOT NULL
            AND {y}.date_lo IS NOT NULL AND {y}.date_hi IS NOT NULL
            AND NOT ({x}.date_lo > {y}.date_hi + {TOLERANCE}
                     OR {y}.date_lo > {x}.date_hi + {TOLERANCE})
            AND {sim} >= CASE WHEN {wide} THEN {WIDE_SIMILAR} ELSE {SIMILAR} END) END)"""
