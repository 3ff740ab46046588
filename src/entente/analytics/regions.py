"""Regions, groups and names, from the data files (regions.csv, groups.csv, countries.csv).

A region is a UN M49 region or subregion ("Europe", "Eastern Asia"); a group is a membership
with dates ("NATO", "EU", "G7"), so "NATO" on 2022-06-01 does not include Finland, which joined
on 2023-04-04. Both are data files a user can extend (ENTENTE_LEXICON_DIR).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..errors import QueryError
from ..lexicons import load_csv, split


@lru_cache(maxsize=None)
def _names() -> dict[str, str]:
    names = {r["code"]: r["name"] for r in load_csv("organisations.csv")}
    names.update({r["code"]: r["name"] for r in load_csv("countries.csv")})
    return names


def name_of(code: str | None) -> str | None:
    """A country's or body's name for its code (``JPN`` -> Japan); None when unknown."""
    return _names().get(code or "")


@lru_cache(maxsize=None)
def _by_name() -> dict[str, str]:
    out = {}
    for r in load_csv("countries.csv"):
        for n in [r["name"], *split(r.get("aliases"))]:
            out[n.lower()] = r["code"]
    return out


def aliases(code: str | None) -> list[str]:
    """The names and aliases countries.csv gives for ``code`` (lower case), e.g. 'britain'."""
    return [n for n, c in _by_name().items() if c == code] if code else []


def actor_code(value: str) -> str:
    """A code from what a user typed: ``jpn``, ``JPN`` or ``Japan``."""
    v = value.strip()
    code = _by_name().get(v.lower())
    if code:
        return code
    if v.isalpha() and 2 <= len(v) <= 6:
        return v.upper()
    raise QueryError(f"'{value}' is not an actor code or country name; give an ISO 3166 "
                     f"alpha-3 code such as JPN, or a body such as NATO")


def regions() -> list[str]:
    """Every region, subregion and group name the data files know."""
    out = set()
    for r in load_csv("regions.csv"):
        out.update(x for x in (r["region"], r["subregion"]) if x)
    out.update(r["group"] for r in load_csv("groups.csv"))
    return sorted(out)


def members(name: str, on: date) -> frozenset[str]:
    """The codes in region, subregion or group ``name`` (any case) on date ``on``."""
    key = name.strip().lower()
    found = {r["code"] for r in load_csv("regions.csv")
             if key in (r["region"].lower(), r["subregion"].lower())}
    groups = [r for r in load_csv("groups.csv") if r["group"].lower() == key]
    for r in groups:
        joined = date.fromisoformat(r["joined"]) if r["joined"] else date.min
        left = date.fromisoformat(r["left"]) if r["left"] else date.max
        if joined <= on < left:
            found.add(r["member"])
    if not found and not groups:
        raise QueryError(f"'{name}' is not a region or group in regions.csv or groups.csv; "
                         f"use one of: {', '.join(regions())}")
    return frozenset(found)
