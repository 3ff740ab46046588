"""A person's gender as news copy tells it, so that "she said" does not go to the last man.

From the given name (data/given_names.yaml: names that are clearly one or the other) or the
words of the person's description ("spokeswoman", "Mr."). Unknown is None, and an unknown
gender never rules a person out.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_yaml

__all__ = ["gender", "fits", "PRONOUN_GENDER"]

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@lru_cache(maxsize=1)
def _genders() -> tuple[dict[str, str], dict[str, str]]:
    """(given name -> f/m, title or noun -> f/m) from data/given_names.yaml."""
    d = load_yaml("given_names.yaml")
    names = {n: "f" for n in d.get("female", [])} | {n: "m" for n in d.get("male", [])}
    words = {w.lower(): "f" for w in d.get("female_words", [])} | \
        {w.lower(): "m" for w in d.get("male_words", [])}
    return names, words


def gender(person) -> str | None:
    """f, m or None (unknown) for a Person (anything with name and description)."""
    if person is None:
        return None
    names, words = _genders()
    for w in (person.description or "").replace(",", " ").split():
        if w.lower() in words:
            return words[w.lower()]
    parts = (person.name or "").split()
    if parts and parts[0].lower() in words:
        return words[parts[0].lower()]
    return names.get(parts[0]) if len(parts) >= 2 else None


def fits(person, pronoun: str) -> bool:
    """Whether ``pronoun`` can stand for ``person``: yes unless both genders are known and
    differ."""
    want = PRONOUN_GENDER.get(pronoun.lower())
    got = gender(person)
    return want is None or got is None or got == want
