"""The actor lexicon: states, bodies, forces, office holders, outlets, sector words.

Built once from the data files (``countries.csv``, ``organisations.csv``, ``forces.csv``,
``leaders.csv``, ``outlets.csv``, ``sectors.yaml``) and shared by the gazetteer (which tags
names) and the resolver (which turns tagged names and noun phrases into actors).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import pycountry

from ..errors import ConfigError
from ..lexicons import load_csv, load_yaml, split


@dataclass(frozen=True, slots=True)
class Entry:
    """What a lexicon key stands for."""

    kind: str   # country | capital | metonym | demonym | org | force | leader | outlet | place
    code: str | None
    name: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    sector: str
    role: str
    start: str
    end: str           # "" while in office


@dataclass
class Lexicon:
    entries: dict[str, Entry]
    phrases: list[tuple[str, str, str]]          # (text, spaCy label, key)
    terms: dict[str, list[Term]]                 # leader key -> terms of office
    names: dict[str, str]                        # lower-case name or alias -> key
    sector_nouns: dict[str, str]                 # lower-case noun phrase -> sector
    titles: dict[str, str]                       # title -> sector
    experts: frozenset[str]
    speaker_nouns: frozenset[str]                # "a spokesperson", "the pilot": people
    speech_verbs: frozenset[str]                 # lemmas that attribute a quote
    documents: frozenset[str]                    # "the statement said": texts that speak
    organisation_words: frozenset[str]           # "Institute", "Ministry": not a person
    leader_nouns: frozenset[str]
    country_names: dict[str, str]                # code -> display name

    def gazetteer_entries(self) -> Iterator[tuple[str, str, str]]:
        return iter(self.phrases)

    def entry(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def lookup(self, text: str) -> str | None:
        """The key of a name or alias, case-insensitive, with a leading "the" ignored."""
        t = " ".join(text.split()).lower()
        t = t[4:] if t.startswith("the ") else t
        return self.names.get(t)

    def term_at(self, key: str, date: str | None) -> Term | None:
        """The office ``key`` held on ``date`` (ISO), or None if out of office then.

        With no date, the latest term is taken: the article's date is unknown. Of offices
        held at once in several states, the first listed in leaders.csv: a monarch of several
        realms is listed first for the one the news means (Charles III for the United
        Kingdom, not Australia).
        """
        terms = self.terms.get(key, [])
        if not terms:
            return None
        if not date:
            return max(terms, key=lambda t: t.start)
        return next(iter(self.terms_at(key, date)), None)

    def terms_at(self, key: str, date: str) -> list[Term]:
        """Every office ``key`` held on ``date`` (ISO): a president may also head the
        government."""
        day = date[:10]
        return [t for t in self.terms.get(key, [])
                if t.start[:len(day)] <= day and (not t.end or day[:len(t.end)] <= t.end)]

    def name_of(self, code: str | None) -> str | None:
        return self.country_names.get(code or "", code)


_LABELS = {"country": "GPE", "capital": "GPE", "metonym": "ORG", "demonym": "NORP",
           "org": "ORG", "force": "ORG", "leader": "PERSON", "outlet": "ORG", "place": "GPE",
           "national": "ORG"}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    entries: dict[str, Entry] = {}
    phrases: list[tuple[str, str, str]] = []
    names: dict[str, str] = {}
    terms: dict[str, list[Term]] = {}
    country_names: dict[str, str] = {}

    def add(key: str, entry: Entry, texts: list[str]) -> None:
        entries.setdefault(key, entry)
        for text in texts:
            text = text.strip()
            if text.lower().startswith("the "):
                text = text[4:]
            if len(text) < 2:
                continue
            phrases.append((text, _LABELS[entry.kind], key))
            names.setdefault(text.lower(), key)

    for row in load_csv("countries.csv"):
        code = row["code"].upper()
        if len(code) != 3:
            raise ConfigError(f"countries.csv: '{row['code']}' is not an ISO alpha-3 code")
        country_names[code] = row["name"]
        add(f"country:{code}", Entry("country", code, row["name"], "GOV"),
            [row["name"], *split(row.get("aliases"))])
        add(f"demonym:{code}", Entry("demonym", code, row["name"], None),
            split(row.get("demonyms")))
        add(f"capital:{code}", Entry("capital", code, row["name"], "GOV"),
            split(row.get("capitals")))
        for item in split(row.get("metonyms")):
            name, _, sector = item.partition("=")
            add(f"metonym:{code}:{sector or 'GOV'}",
                Entry("metonym", code, row["name"], sector or "GOV"), [name])
    coded: set[str] = set()     # codes already named: the bare code is the first row's
    for row in load_csv("organisations.csv"):
        code = row["code"].upper()
        if code == "-":
            # a body every state has ("National Security Council"): named so that it is not
            # taken for the body its name contains (the UN's Security Council); its state is
            # the one its context gives
            add(f"national:{row['name']}", Entry("national", None, row["name"],
                                                 row.get("sector") or "GOV"),
                [row["name"], *split(row.get("aliases"))])
            continue
        kind = "org"
        # the bare code ("EU", "UN") names the body itself, the first row of its code, not
        # the court or assembly listed after it under the same code
        bare = code if row.get("kind") != "ARMED" and code not in coded else ""
        coded.add(code)
        add(f"org:{code}:{row['name']}", Entry(kind, code, row["name"], row.get("sector") or
                                               "GOV"),
            [row["name"], bare, *split(row.get("aliases"))])
        country_names.setdefault(code, row["name"])
    for row in load_csv("forces.csv"):
        add(f"force:{row['name']}", Entry("force", row["code"].upper(), row["name"],
                                          row.get("sector") or "GOV"),
            [row["name"], *split(row.get("aliases"))])
    for row in load_csv("places.csv"):
        # cities, regions and bases inside a state: "shelled Kharkiv" targets Ukraine's people
        code = row["code"].upper()
        add(f"place:{row['name']}", Entry("place", code, row["name"], "CVL"),
            [row["name"], *split(row.get("aliases"))])
    for row in load_csv("outlets.csv"):
        # a state's own voice ("KCNA said", "Xinhua reported") speaks for its government;
        # other outlets are the press, no party
        voice = (row.get("state_voice") or "").strip().lower() == "yes"
        add(f"outlet:{row['name']}", Entry("outlet", row.get("code") or None, row["name"],
                                           "GOV" if voice else "MED"),
            [row["name"], *split(row.get("aliases"))])
    for row in load_csv("leaders.csv"):
        key = f"leader:{row['name']}"
        add(key, Entry("leader", row["code"].upper(), row["name"], row.get("sector") or "GOV"),
            [row["name"], *split(row.get("aliases"))])
        terms.setdefault(key, []).append(Term(row["code"].upper(), row.get("sector") or "GOV",
                                              row.get("role", ""), row.get("start", ""),
                                              row.get("end", "")))
    for code in list(country_names):
        if len(code) == 3 and code not in ("XKX",) and pycountry.countries.get(alpha_3=code) is None \
                and entries.get(f"country:{code}"):
            raise ConfigError(f"countries.csv: {code} is not an ISO 3166-1 alpha-3 code")

    sec = load_yaml("sectors.yaml")
    speech = load_yaml("speech.yaml")
    sector_nouns = {n.lower(): s for s, ns in sec.get("nouns", {}).items() for n in ns}
    titles = {t: s for s, ts in sec.get("titles", {}).items() for t in ts}
    return Lexicon(entries=entries, phrases=phrases, terms=terms, names=names,
                   sector_nouns=sector_nouns, titles=titles,
                   experts=frozenset(sec.get("experts", [])),
                   speaker_nouns=frozenset(n.lower() for n in sec.get("speakers", [])),
                   speech_verbs=frozenset(v.lower() for v in speech["verbs"]),
                   documents=frozenset(d.lower() for d in speech["documents"]),
                   organisation_words=frozenset(w.lower() for w in speech["organisation_words"]),
                   leader_nouns=frozenset(sec.get("leaders", [])), country_names=country_names)
