"""Article metadata from the lines of a page: byline, date line, wire dateline, outlet."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

from ..lexicons import load_csv, split

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_MONTH_NUM = {m.lower(): i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|date)(?: on)?:?\s*)?"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|(?P<d4>\d{{1,2}})[./](?P<m4>\d{{1,2}})[./](?P<y4>\d{{4}}))"
    rf"(?:[,\s]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,5}})?)?"
    rf"(?:\s*(?:last )?(?:updated|modified)\b.*)?\s*$",
    re.IGNORECASE)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:van|von|de|der|da|di|del|bin|al|el|[A-Z][\w.'’-]+)){1,3}"
_BYLINE_BY = re.compile(rf"^by:?\s+(?P<who>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)"
                        rf"(?:\s*(?:,|\||–|—|-)\s*(?P<rest>.+))?$", re.IGNORECASE)
_BYLINE_IN = re.compile(rf"^(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)\s+in\s+(?P<city>[A-Z][\w'’.-]+"
                        rf"(?:[ -][A-Z][\w'’.-]+){{0,2}})$")
_WIRE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s*(?P<extra>[A-Z][\w.]*(?:\s+[\w.]+){0,4})){0,2}"
    r"\s*(?:\((?P<outlet>[^()]{2,40})\))?\s*[-–—]{1,2}\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Byline:
    author: str
    dateline: str | None = None
    rest: str | None = None


def parse_date_line(line: str) -> str | None:
    """``"June 29, 2024"`` -> ``"2024-06-29"``; None unless the line is only a date."""
    m = _DATE_LINE.match(line.strip())
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["y1"]:
            y, mo, d = int(g["y1"]), _month(g["m1"]), int(g["d1"])
        elif g["y2"]:
            y, mo, d = int(g["y2"]), _month(g["m2"]), int(g["d2"])
        elif g["y3"]:
            y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
        else:
            y, mo, d = int(g["y4"]), int(g["m4"]), int(g["d4"])
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    for full, n in _MONTH_NUM.items():
        if full.startswith(name[:3]):
            return n
    raise ValueError(name)


def parse_byline(line: str) -> Byline | None:
    text = line.strip()
    m = _BYLINE_IN.match(text)
    if m:
        return Byline(author=m["who"], dateline=m["city"])
    m = _BYLINE_BY.match(text)
    if m:
        return Byline(author=m["who"], rest=m["rest"])
    return None


def split_wire_dateline(paragraph: str) -> tuple[str | None, str | None, int]:
    """``"SEOUL, March 3 (Atlas Wire) - North Korea ..."`` -> ("Seoul", "Atlas Wire", offset of
    the article text). Returns (None, None, 0) when the paragraph does not open with one."""
    m = _WIRE.match(paragraph)
    if not m or len(m["city"]) < 3:
        return None, None, 0
    city = " ".join(w.capitalize() if w.isupper() else w for w in m["city"].split())
    return city, m["outlet"], m.end()


_DAY_MONTH = re.compile(rf"\b(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
                        rf"(?P<m2>{_MONTHS}))\b(?!,?\s*\d{{4}})", re.IGNORECASE)


def dateline_date(dateline: str, anchor: str | None) -> str | None:
    """The date of a wire dateline without a year ("SEOUL, March 3 (Reuters) -"): the most
    recent March 3 on or before ``anchor`` (ISO, plus two days' grace for time zones)."""
    m = _DAY_MONTH.search(dateline)
    if not m or not anchor:
        return None
    try:
        base = date.fromisoformat(anchor[:10])
        month = _month(m["m1"] or m["m2"])
        day = int(m["d1"] or m["d2"])
        got = date(base.year, month, day)
        if (got - base).days > 2:
            got = date(base.year - 1, month, day)
        return got.isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _outlets() -> tuple[tuple[re.Pattern[str], str], ...]:
    pats = []
    for row in load_csv("outlets.csv"):
        for name in [row["name"], *split(row.get("aliases"))]:
            if len(name) >= 2:
                pats.append((re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w])"), name))
    pats.sort(key=lambda p: -len(p[1]))
    return tuple(pats)


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    out = {}
    for row in load_csv("outlets.csv"):
        for dom in split(row.get("domains")):
            out[dom.lower().removeprefix("www.")] = row["name"]
    return out


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower().removeprefix("www.")
    doms = _domains()
    while host:
        if host in doms:
            return doms[host]
        host = host.partition(".")[2]
    return None


_BIO_FOR = re.compile(r"\b(?:covers|reports|writes|reporter|correspondent|editor|journalist|"
                      r"columnist|works)\b[^.]*?\bfor\s+(?:the\s+)?(?P<outlet>[A-Z][\w&'’.-]*"
                      r"(?:\s+[A-Z][\w&'’.-]*){0,3})")


def outlet_in(lines: list[str]) -> str | None:
    """The outlet a page names in its furniture: a known outlet ("Skip to more DW sites",
    "© Reuters"), else the author box's "... reports on security for Harbour Times"."""
    for line in lines:
        for pat, name in _outlets():
            m = pat.search(line)
            # a one-word name inside a longer title ("Times" in "Harbour Times") is not it
            if m and not re.search(r"[A-Z][\w'’&-]*\s$", line[:m.start()]):
                return name
    for line in lines:
        m = _BIO_FOR.search(line)
        if m:
            return m["outlet"].rstrip(".")
    for line in lines:
        # a staff photographer's credit names the publication: "Photo: Daichi Mori/Northline
        # Daily"; a wire or photo agency's ("Luca Bruno/AP/picture alliance") does not
        m = _CREDIT.search(line)
        if m and not any(pat.search(m["who"]) for pat, _ in _outlets()) and \
                not _AGENCY.search(m["who"]):
            return m["who"].strip()
    return None


_CREDIT = re.compile(r"(?:image|photo|picture|foto)s?:\s*[^/]{2,60}/(?P<who>[A-Z][^/]{2,40})$",
                     re.IGNORECASE)
_AGENCY = re.compile(r"getty|picture[- ]alliance|shutterstock|imago|epa|pool|handout|"
                     r"reuters|afp|\bap\b|dpa|anadolu|xinhua|sputnik|tass", re.IGNORECASE)
