"""The code table: one place that says what the codes in the store mean.

Extraction writes actor codes (``JPN``, ``EU``, ``G7``), PLOVER types and modes; the analytics,
the CLI and ``entente codes`` read them back through this module, from the same data files
(``countries.csv``, ``organisations.csv``, ``groups.csv``, ``regions.csv``, ``plover.yaml``), so
a code that one side writes is a code the other side accepts, under the same name.

    >>> from entente import codes
    >>> codes.actor_code("European Union"), codes.name_of("EU")
    ('EU', 'European Union')
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .errors import ConfigError, QueryError
from .lexicons import load_csv, load_yaml, split
from .records import EVENT_TYPES


@dataclass(frozen=True, slots=True)
class Code:
    """An actor code and what it stands for."""

    code: str
    name: str                   # the first row's name: what extraction writes as the name
    kind: str                   # country | organisation
    aliases: tuple[str, ...]    # other names and bodies filed under the code


@lru_cache(maxsize=None)
def actors() -> dict[str, Code]:
    """Every actor code, countries first; a code on several rows (EU: the Union, the
    Commission, ...) takes the first row's name, as the lexicon does."""
    out: dict[str, Code] = {}
    for r in load_csv("countries.csv"):
        code = r["code"].upper()
        out.setdefault(code, Code(code, r["name"], "country", tuple(split(r.get("aliases")))))
    rows: dict[str, list[dict]] = {}
    for r in load_csv("organisations.csv"):
        if r["code"].strip() == "-":
            continue        # a body every state has ("National Security Council"): no code
        rows.setdefault(r["code"].upper(), []).append(r)
    for code, rs in rows.items():
        if code in out:
            continue
        aliases = [a for r in rs for a in (r["name"], *split(r.get("aliases")))
                   if a != rs[0]["name"]]
        out[code] = Code(code, rs[0]["name"], "organisation", tuple(dict.fromkeys(aliases)))
    return out


def name_of(code: str | None) -> str | None:
    """The name of an actor code (``JPN`` -> Japan, ``EU`` -> European Union); None if unknown."""
    c = actors().get((code or "").upper())
    return c.name if c else None


@lru_cache(maxsize=None)
def _by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in actors().values():
        for n in (c.name, *c.aliases):
            out.setdefault(n.lower(), c.code)
    for c in actors().values():          # a code is itself a name ("nato")
        out[c.code.lower()] = c.code
    return out


def _nearest(value: str, choices: list[str], n: int = 3) -> list[str]:
    by_lower = {c.lower(): c for c in choices}
    return [by_lower[m] for m in difflib.get_close_matches(value.lower(), list(by_lower), n,
                                                          0.6)]


def actor_code(value: str, option: str = "actor") -> str:
    """The code for what a user typed: ``jpn``, ``JPN``, ``Japan``, ``NATO``, ``Group of
    Seven``. Raises QueryError, with the nearest codes and names, for anything else."""
    v = " ".join(str(value or "").split())
    if not v:
        raise QueryError(f"{option} is empty; give an actor code such as JPN or EU, or a "
                         f"name such as Japan (`entente codes --search NAME` finds one)")
    key = v.lower()
    key = key[4:] if key.startswith("the ") else key
    code = _by_name().get(key)
    if code:
        return code
    near = _nearest(v, list(actors()) + [c.name for c in actors().values()])
    found = dict.fromkeys(_by_name()[m.lower()] for m in near)
    hint = ("; did you mean " + " or ".join(f"{c} ({name_of(c)})" for c in found) + "?"
            if found else "")
    raise QueryError(f"{option} '{value}' is not an actor code or name{hint} (`entente "
                     f"codes --search NAME` finds codes by name)")


# --- PLOVER ---------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _plover() -> dict:
    return load_yaml("plover.yaml")


def types() -> dict[str, str]:
    """PLOVER type -> its definition, in PLOVER's order."""
    defs = _plover().get("types", {})
    return {t: (defs.get(t) or {}).get("definition", "") for t in EVENT_TYPES}


def quad(type_: str) -> str:
    return (_plover().get("types", {}).get(type_) or {}).get("quad", "")


def modes(type_: str | None = None) -> dict[str, dict[str, str]]:
    """type -> {mode: definition} of the modes entente codes (of one type when given)."""
    all_ = {t: dict(m or {}) for t, m in (_plover().get("modes") or {}).items()}
    return {type_: all_.get(type_, {})} if type_ else all_


def event_type(value: str, option: str = "type") -> tuple[str, str | None]:
    """(type, mode) from ``COOPERATE``, ``cooperate`` or ``CONSULT/port call`` (the form the
    tables print). Raises QueryError listing the types, or the type's modes."""
    v = " ".join(str(value or "").split())
    typ, _, mode = v.partition("/")
    typ = typ.strip().upper()
    if typ not in EVENT_TYPES:
        near = _nearest(typ, list(EVENT_TYPES))
        hint = f"did you mean {' or '.join(near)}? " if near else ""
        raise QueryError(f"{option} '{value}' is not a PLOVER type; {hint}use one of "
                         f"{', '.join(EVENT_TYPES)} (`entente codes types` defines them)")
    return typ, (check_mode(mode, typ, option) if mode.strip() else None)


def check_mode(value: str, type_: str | None = None, option: str = "mode") -> str:
    """A mode entente codes (of ``type_`` when given), case-insensitive; else QueryError."""
    v = " ".join(str(value or "").split()).lower()
    table = modes(type_)
    known = sorted({m for ms in table.values() for m in ms})
    if v in known:
        return v
    near = _nearest(v, known)
    hint = f"did you mean {' or '.join(repr(n) for n in near)}? " if near else ""
    of = f" of {type_}" if type_ else ""
    listed = ", ".join(known) if known else f"none: {type_} has no modes"
    raise QueryError(f"{option} '{value}' is not a mode{of}; {hint}use one of: {listed}")


# --- regions and groups ---------------------------------------------------------------------

@lru_cache(maxsize=None)
def groups() -> dict[str, list[tuple[str, str, str]]]:
    """Group -> [(member, joined, left)] from groups.csv; a date given is a whole one
    (YYYY-MM-DD), else ConfigError names the row."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in load_csv("groups.csv"):
        for key in ("joined", "left"):
            _membership_day(r, key)
        out.setdefault(r["group"], []).append((r["member"], r["joined"], r["left"]))
    return out


def _membership_day(row: dict[str, str], key: str) -> date | None:
    if not row[key]:
        return None
    try:
        return date.fromisoformat(row[key])
    except ValueError:
        raise ConfigError(
            f"groups.csv: {row['group']},{row['member']}: {key} '{row[key]}' is not a date; "
            f"write it as YYYY-MM-DD (a year alone is not enough to count members on a "
            f"day), or leave it empty") from None


def group_members(name: str, on: date) -> frozenset[str]:
    """The codes in group ``name`` (as groups.csv spells it) on date ``on``: joined on or
    before it and not yet left."""
    out = set()
    for member, joined, left in groups().get(name, []):
        lo = date.fromisoformat(joined) if joined else date.min
        hi = date.fromisoformat(left) if left else date.max
        if lo <= on < hi:
            out.add(member)
    return frozenset(out)


@lru_cache(maxsize=None)
def regions() -> dict[str, list[str]]:
    """UN M49 region or subregion -> member codes, from regions.csv."""
    out: dict[str, list[str]] = {}
    for r in load_csv("regions.csv"):
        for name in (r["region"], r["subregion"]):
            if name:
                out.setdefault(name, []).append(r["code"])
    return out


def search(text: str) -> list[Code]:
    """Actor codes whose code, name or aliases contain ``text`` (case-insensitive)."""
    t = " ".join(text.split()).lower()
    return [c for c in actors().values()
            if t in c.code.lower() or t in c.name.lower() or any(t in a.lower()
                                                                  for a in c.aliases)]


def listing(kind: str, search: str | None = None) -> list[dict]:
    """Rows for ``entente codes KIND``: types, modes, actors, groups or regions, only those
    that hold ``search`` in a code, name or definition when it is given."""
    t = " ".join((search or "").split()).lower()

    def hit(*fields) -> bool:
        return not t or any(t in (f or "").lower() for f in fields)

    if kind == "types":
        return [{"type": k, "quad": quad(k), "definition": d,
                 "modes": ", ".join(modes(k)[k])}
                for k, d in types().items() if hit(k, d, quad(k))]
    if kind == "modes":
        return [{"type": k, "mode": m, "definition": d}
                for k, ms in modes().items() for m, d in ms.items() if hit(k, m, d)]
    if kind == "actors":
        return [{"code": c.code, "name": c.name, "kind": c.kind,
                 "aliases": ", ".join(c.aliases)}
                for c in actors().values() if hit(c.code, c.name, *c.aliases)]
    if kind == "groups":
        out = []
        for g, rows in groups().items():
            now = [m for m, _, left in rows if not left]
            if hit(g, name_of(g), *now, *(name_of(m) for m in now)):
                out.append({"group": g, "name": name_of(g) or "", "members": ", ".join(now),
                            "left": ", ".join(f"{m} ({left})" for m, _, left in rows if left)})
        return out
    if kind == "regions":
        return [{"region": r, "members": ", ".join(ms)}
                for r, ms in sorted(regions().items()) if hit(r, *ms)]
    raise QueryError(f"'{kind}' is not a kind of code; use types, modes, actors, groups or "
                     f"regions")
