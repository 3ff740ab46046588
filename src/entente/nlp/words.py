"""Words the small English model gets wrong, set right before the parser sees them.

``hyphenated_words`` keeps a hyphenated trigger ("co-produce", "test-fired") one token, where
the tokenizer would cut it into three and the parser would hang the event on "produce" or
"test". ``entente_lemmas_v1`` mends lemmas the model's rules get wrong ("staged" -> "stag",
"waged" -> "wag", "co-developed" -> "co-develope"), from ``data/lemmas.yaml`` and the hyphenated
triggers, so that trigger lists can name the base form.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

__all__ = ["hyphenated_words", "add_hyphenated", "inflections", "acronyms", "mend_acronyms"]


def inflections(verb: str) -> Iterator[str]:
    """The base, -s, -ed and -ing forms of a regular English verb."""
    yield verb
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        yield verb + "es"
    else:
        yield verb + "s"
    stem = verb[:-1] if verb.endswith("e") else verb
    yield stem + "ed"
    yield stem + "ing"


def hyphenated_words() -> dict[str, str]:
    """Hyphenated trigger words and their inflections -> base form, from triggers.yaml; and
    the hyphenated verbs of frames.yaml ``hyphenated_verbs``, which no trigger names but which,
    cut in three, break the clause they head ("called on Serbia on Monday to de-escalate" was
    parsed with "to" a preposition and no request made)."""
    from ..lexicons import frame_words, load_yaml

    data = load_yaml("triggers.yaml")
    forms: dict[str, str] = {}
    for w in frame_words("hyphenated_verbs"):
        for f in inflections(w):
            forms[f] = w
    for sense in data.get("senses", []):
        for w in sense.get("verbs", []) or []:
            if "-" in w and " " not in w:
                for f in inflections(w):
                    forms[f] = w
        for w in sense.get("nouns", []) or []:
            if "-" in w and " " not in w:
                forms[w] = w
                forms[w + "s"] = w
    return forms


def add_hyphenated(nlp: Language, forms: dict[str, str]) -> None:
    """Keep each form one token, in lower case and capitalised."""
    for f in forms:
        for variant in {f, f[:1].upper() + f[1:]}:
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


# The small model embeds a word by its norm, prefix, shape and last three letters. An acronym
# whose last letters spell a common word reads as that word: "ECOWAS imposed sanctions" was
# parsed with "ECOWAS" a verb (its "WAS") and no subject; "ACLED" ("LED"), "IAEA", "IGAD",
# "USAID" fared the same. Over eight sentence shapes and the lexicon's 210 acronyms of four
# letters or more, 45 were misread so; with the last letters of a known body's acronym, 7
# (2 when first measured). The acronyms are the lexicon's names; shorter ones are left alone (ISO codes there such
# as "CAN" or "PER" are words, and "AU" fared worse).
ACRONYM = re.compile(r"[A-Z]{4,}")
ACRONYM_SUFFIX_OF = "ASEAN"


def acronyms(names: Iterable[str]) -> list[str]:
    """The names that are acronyms of four capitals or more."""
    return sorted({n for n in names if ACRONYM.fullmatch(n)})


def mend_acronyms(nlp: Language, names: Iterable[str]) -> None:
    """Give each acronym the last-letters feature of a body's acronym the model knows."""
    suffix = nlp.vocab[ACRONYM_SUFFIX_OF].suffix_
    for name in names:
        nlp.vocab[name].suffix_ = suffix


class LemmaFixes:
    def __init__(self, verbs: dict[str, str], words: dict[str, str]):
        self.verbs = verbs          # applied to verbs only ("wages" the noun stays)
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        for t in doc:
            low = t.lower_
            if low in self.words:
                t.lemma_ = self.words[low]
            elif t.pos_ == "VERB" and low in self.verbs:
                t.lemma_ = self.verbs[low]
        return doc


@Language.factory("entente_lemmas_v1", default_config={}, assigns=["token.lemma"],
                  requires=["token.pos"])
def make_lemma_fixes(nlp: Language, name: str) -> LemmaFixes:
    from ..lexicons import load_yaml

    data = load_yaml("lemmas.yaml") or {}
    verbs = {k.lower(): v for k, v in (data.get("verbs") or {}).items()}
    words = {k.lower(): v for k, v in hyphenated_words().items()}
    return LemmaFixes(verbs, words)


