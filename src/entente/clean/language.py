"""Which language a text is in, for telling the user what a skipped document was.

py3langid ships its model inside the package (no download at run time) and answers in a
millisecond; entente only asks it about documents its own English check refuses.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, str, float]:
    """(ISO 639-1 code, English name, probability) of ``text``'s language; ("und", "an
    unknown language", 0.0) when there is nothing to judge by."""
    sample = text[:20_000]
    if not any(ch.isalpha() for ch in sample):
        return "und", "an unknown language", 0.0
    code, prob = _identifier().classify(sample)
    return code, language_name(code), float(prob)


def language_name(code: str) -> str:
    import pycountry
    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang is not None else code
