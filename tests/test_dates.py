"""Dates are resolved against the publication date, with the event's tense."""
from __future__ import annotations

import pytest

from entente.events.dates import from_told, resolve

PUB = "2024-06-29"  # a Saturday


@pytest.mark.parametrize("expr,future,want", [
    ("August", True, ("2024-08", "month")),          # future sentence: the coming August
    ("August", False, ("2023-08", "month")),         # past sentence: the last August
    ("December", False, ("2023-12", "month")),
    ("mid-June", False, ("2024-06", "month")),
    ("December 14", False, ("2023-12-14", "day")),
    ("14 December", False, ("2023-12-14", "day")),
    ("July 3", True, ("2024-07-03", "day")),
    ("March 3, 2021", False, ("2021-03-03", "day")),
    ("January 2016", False, ("2016-01", "month")),
    ("2019", False, ("2019", "year")),
    ("last year", False, ("2023", "year")),
    ("next year", True, ("2025", "year")),
    ("last month", False, ("2024-05", "month")),
    ("this week", False, ("2024-06-29", "week")),
    ("yesterday", False, ("2024-06-28", "day")),
    ("Tuesday", False, ("2024-06-25", "day")),
    ("Tuesday", True, ("2024-07-02", "day")),
    ("next Friday", False, ("2024-07-05", "day")),
])
def test_resolve(expr, future, want):
    assert resolve(expr, PUB, future) == want


@pytest.mark.parametrize("expr", ["the past couple of years", "four years", "decades",
                                  "the next five years"])
def test_durations_are_not_dates(expr):
    assert resolve(expr, PUB, False) is None


def test_relative_dates_need_a_publication_date():
    assert resolve("August", None, True) is None
    assert resolve("March 3, 2021", None, False) == ("2021-03-03", "day")


def test_dateparser_handles_the_rest():
    assert resolve("three weeks ago", PUB, False) == ("2024-06-08", "day")


@pytest.mark.parametrize("expr,want", [
    ("August and September 2017", ("2017-08", "month")),
    ("March to May 2021", ("2021-03", "month")),
])
def test_months_joined_share_the_year_named_after_them(expr, want):
    """'Pyongyang last sent missiles over Japan in August and September 2017': 2017, not the
    last August before the story."""
    assert resolve(expr, PUB, False) == want


def test_a_year_in_another_phrase_is_not_the_months():
    """(guard) 'in August and in 2019' names two times; August stays the last August."""
    assert resolve("in August and in 2019", PUB, False) == ("2023-08", "month")


@pytest.mark.parametrize("expr, want", [
    ("Five days later", ("2023-09-29", "day")),
    ("the same day", ("2023-09-24", "day")),
    ("The next day", ("2023-09-25", "day")),
    ("two weeks later", ("2023-10-08", "day")),
    ("a day earlier", ("2023-09-23", "day")),
    ("Hours later", ("2023-09-24", "day")),
    ("last week", None),
    ("days later", None),
])
def test_days_counted_from_the_last_day_told(expr, want):
    assert from_told(expr, ("2023-09-24", "day")) == want


def test_no_day_is_counted_from_a_month_or_from_nothing():
    assert from_told("five days later", ("2023-09", "month")) is None
    assert from_told("the same day", None) is None


@pytest.mark.parametrize("expr, want", [("two days", 2), ("a week", 7), ("hours", 0),
                                        ("three weeks", 21), ("five years", None),
                                        ("Monday", None)])
def test_the_days_a_span_before_after_or_before_measures(expr, want):
    from entente.events.dates import span_days
    assert span_days(expr) == want
