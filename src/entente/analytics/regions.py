"""Regions, groups and names, from the code table (entente.codes: regions.csv, groups.csv,
countries.csv, organisations.csv).

A region is a UN M49 region or subregion ("Europe", "Eastern Asia"); a group is a membership
with dates ("NATO", "EU", "G7"), so "NATO" on 2022-06-01 does not include Finland, which joined
on 2023-04-04. Both are data files a user can extend (ENTENTE_LEXICON_DIR).
"""
from __future__ import annotations

import difflib
from datetime import date

from .. import codes
from ..codes import actor_code, name_of
from ..errors import QueryError

__all__ = ["actor_code", "aliases", "name_of", "regions", "members", "region_name"]


def aliases(code: str | None) -> list[str]:
    """The names and aliases the code table gives for ``code`` (lower case), e.g. 'britain'."""
    found = codes.actors().get((code or "").upper())
    return [n.lower() for n in (found.name, *found.aliases)] if found else []


def regions() -> list[str]:
    """Every region, subregion and group name the data files know."""
    return sorted(set(codes.regions()) | set(codes.groups()))


def region_name(name: str, option: str = "region") -> str:
    """The data files' spelling of region or group ``name`` (any case); QueryError listing
    the nearest ones and every one when it is unknown."""
    key = " ".join(str(name or "").split()).lower()
    for r in regions():
        if r.lower() == key:
            return r
    near = difflib.get_close_matches(key, [r.lower() for r in regions()], 3, 0.6)
    by_lower = {r.lower(): r for r in regions()}
    hint = f"did you mean {' or '.join(by_lower[n] for n in near)}? " if near else ""
    raise QueryError(f"{option} '{name}' is not a region or group; {hint}use one of: "
                     f"{', '.join(regions())}")


def members(name: str, on: date) -> frozenset[str]:
    """The codes in region, subregion or group ``name`` (any case) on date ``on``."""
    name = region_name(name)
    return frozenset(codes.regions().get(name, [])) | codes.group_members(name, on)


def members_between(name: str, lo: date | None, hi: date | None) -> frozenset[str]:
    """The codes that were in ``name`` at any time between ``lo`` and ``hi`` (inclusive;
    open ends are unbounded)."""
    name = region_name(name)
    found = set(codes.regions().get(name, []))
    for member, joined, left in codes.groups().get(name, []):
        j = date.fromisoformat(joined) if joined else date.min
        e = date.fromisoformat(left) if left else date.max
        if (hi is None or j <= hi) and (lo is None or e > lo):
            found.add(member)
    return frozenset(found)
