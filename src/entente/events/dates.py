"""Dates: a date expression -> an ISO date at the precision the text supports.

Relative expressions are resolved against the publication date, with the event's tense: "in
August" in a planned event of 2024-06-29 is 2024-08, in an occurred one 2023-08. Our own rules
cover the forms news uses most; dateparser handles the rest ("three weeks ago").
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = r"(january|february|march|april|may|june|july|august|september|october|november|" \
     r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_RE_FULL_MD = re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
_RE_FULL_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:,?\s+(\d{{4}}))?\b")
_RE_MONTH = re.compile(rf"\b(?:early|mid|late|the end of|the beginning of|the middle of|"
                       rf"end of|start of|mid-)?[\s-]*{_M}(?:,?\s+(?:of\s+)?(\d{{4}}))?\b")
_RE_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_RE_YEAR = re.compile(r"\b(?:in\s+)?((?:19|20)\d{2})\b")
_RE_WEEKDAY = re.compile(r"\b(last|next|this|on)?\s*(monday|tuesday|wednesday|thursday|"
                         r"friday|saturday|sunday)\b")
_DURATION = re.compile(r"\b(past|last|next|over|for|within|during)\s+(a |the |several |few |"
                       r"couple of |\d+ |two |three |four |five |six |ten )+(days|weeks|months|"
                       r"years|decades)\b|\b\d+ (days|weeks|months|years)\b(?! ago)|decades?\b|"
                       r"\bcenturies\b")


def month_shift(d: date, n: int) -> tuple[int, int]:
    m = d.month - 1 + n
    return d.year + m // 12, m % 12 + 1


def _year_for(month: int, day: int | None, pub: date, future: bool) -> int:
    """The year of a month (and day) named without one, by tense."""
    probe = (month, day or (1 if future else 28))
    here = (pub.month, pub.day)
    if future:
        return pub.year if probe >= (pub.month, 1 if day is None else pub.day) else pub.year + 1
    if day is None:
        return pub.year if month <= pub.month else pub.year - 1
    return pub.year if probe <= here else pub.year - 1


@lru_cache(maxsize=8192)
def resolve(expr: str, published: str | None, future: bool) -> tuple[str, str] | None:
    """``expr`` -> (ISO date, precision) or None when it is not a point in time (cached: the
    events stage asks again for each event of a sentence)."""
    text = " ".join(expr.lower().split())
    pub = _pub(published)
    if _DURATION.search(text) and "ago" not in text:
        return None
    m = _RE_ISO.search(text)
    if m:
        y, mo, d = m.groups()
        return (f"{y}-{mo}-{d}", "day") if d else (f"{y}-{mo}", "month")
    for rx, order in ((_RE_FULL_MD, "md"), (_RE_FULL_DM, "dm")):
        m = rx.search(text)
        if m:
            if order == "md":
                mon, day, year = m.group(1), int(m.group(2)), m.group(3)
            else:
                day, mon, year = int(m.group(1)), m.group(2), m.group(3)
            month = _MONTHS[mon.rstrip(".")[:4] if mon.startswith("sept") else mon[:3]]
            if not 1 <= day <= 31:
                break
            if year:
                y = int(year)
            elif pub:
                y = _year_for(month, day, pub, future)
            else:
                return None
            try:
                return date(y, month, day).isoformat(), "day"
            except ValueError:
                return None
    m = _RE_MONTH.search(text)
    if m and not (m.group(1) == "may" and not m.group(2) and " may" in f" {text}" and
                  len(text.split()) > 3):
        month = _MONTHS[m.group(1)[:3] if not m.group(1).startswith("sept") else "sept"]
        if m.group(2):
            return f"{int(m.group(2)):04d}-{month:02d}", "month"
        later = _RE_YEAR.search(text, m.end())
        if later and re.fullmatch(r"(\s*(and|or|to|-|through|until)\s+[a-z.]+)\s*",
                                  text[m.end():later.start()]):
            # "August and September 2017", "March to May 2021": the year both months share
            return f"{int(later.group(1)):04d}-{month:02d}", "month"
        if pub:
            return f"{_year_for(month, None, pub, future):04d}-{month:02d}", "month"
        return None
    if pub is None:
        m = _RE_YEAR.search(text)
        return (m.group(1), "year") if m else None
    return _relative(text, pub, future)


def _relative(text: str, pub: date, future: bool) -> tuple[str, str] | None:
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening", "now",
                "on today"):
        return pub.isoformat(), "day"
    if "yesterday" in text:
        return (pub - timedelta(days=1)).isoformat(), "day"
    if "tomorrow" in text:
        return (pub + timedelta(days=1)).isoformat(), "day"
    m = _RE_WEEKDAY.search(text)
    if m:
        which, name = m.groups()
        wd = _WEEKDAYS.index(name)
        if which == "next" or (future and which != "last"):
            delta = (wd - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=delta)).isoformat(), "day"
        delta = (pub.weekday() - wd) % 7
        return (pub - timedelta(days=delta)).isoformat(), "day"
    for unit, shift in (("week", 7), ("month", 1), ("year", 1)):
        if unit not in text:
            continue
        n = -1 if re.search(r"\blast\b|\bprevious\b|\bpast\b", text) else \
            1 if re.search(r"\bnext\b|\bcoming\b", text) else 0 if re.search(
                r"\bthis\b|\bearlier\b|\blater\b|\bcurrent\b", text) else None
        if n is None:
            break
        if unit == "week":
            return (pub + timedelta(days=7 * n)).isoformat(), "week"
        if unit == "month":
            y, mo = month_shift(pub, n)
            return f"{y:04d}-{mo:02d}", "month"
        return f"{pub.year + n:04d}", "year"
    m = _RE_YEAR.search(text)
    if m:
        return m.group(1), "year"
    if "ago" in text:
        return _dateparser(text, pub)
    return None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_RE_SPAN = re.compile(r"(?:just |only |some |barely )?(an?|one|two|three|four|five|six|seven|"
                      r"eight|nine|ten|\d{1,2}) (day|days|week|weeks)|(?:a few |several )?hours")
# days counted from the last day told, named with no count
_TOLD_DAYS = {"the same day": 0, "that day": 0, "that same day": 0, "the same morning": 0,
              "the next day": 1, "the following day": 1, "the next morning": 1,
              "the following morning": 1, "the day after": 1, "the previous day": -1,
              "the day before": -1, "the previous evening": -1}
_FORWARD = frozenset({"later", "after", "afterward", "afterwards"})
_BACK = frozenset({"earlier", "before"})


def span_days(expr: str) -> int | None:
    """Days a span before "after" or "before" measures ("two days after", "a week before",
    "hours after": 0), or None when ``expr`` is no such span."""
    m = _RE_SPAN.fullmatch(" ".join(expr.lower().split()))
    if not m:
        return None
    if not m.group(1):
        return 0
    n = _COUNTS.get(m.group(1)) or int(m.group(1))
    return n * (7 if m.group(2).startswith("week") else 1)


_RE_LONG_SPAN = re.compile(r"(?:just |only |some |barely |about |nearly |almost |more than |"
                           r"less than |over |just over |roughly )?(an?|one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|\d{1,2}) (month|months|year|years)")


def span_months(expr: str) -> int | None:
    """Months a span before "after" or "before" measures ("six years after", "two months
    before"), or None when ``expr`` is no such span."""
    m = _RE_LONG_SPAN.fullmatch(" ".join(expr.lower().split()))
    if not m:
        return None
    n = _COUNTS.get(m.group(1)) or int(m.group(1))
    return n * (12 if m.group(2).startswith("year") else 1)


def from_told(expr: str, anchor: tuple[str, str] | None) -> tuple[str, str] | None:
    """An expression counted from the last day the story told ("five days later", "the same
    day", "the following day") -> (ISO date, "day"), or None when ``expr`` is not one or no
    day is told (a month or a year is no anchor to count days from)."""
    if not anchor or anchor[1] != "day" or len(anchor[0]) < 10:
        return None
    text = " ".join(expr.lower().split())
    shift = _TOLD_DAYS.get(text)
    if shift is None:
        # "five days later", "a day earlier", "hours later": a span and its direction
        span, _, way = text.rpartition(" ")
        n = span_days(span) if way in _FORWARD | _BACK else None
        if n is None:
            return None
        shift = -n if way in _BACK else n
    try:
        return (date.fromisoformat(anchor[0][:10]) + timedelta(days=shift)).isoformat(), "day"
    except ValueError:
        return None


def _pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(text: str, pub: date) -> tuple[str, str] | None:
    import dateparser  # slow to import; most dates never need it

    from datetime import datetime
    got = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day), "PREFER_DATES_FROM": "past"})
    if got is None:
        return None
    unit = "day" if re.search(r"day|week", text) else "month" if "month" in text else "year"
    iso = got.date().isoformat()
    return (iso if unit == "day" else iso[:7] if unit == "month" else iso[:4]), unit
