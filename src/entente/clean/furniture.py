"""Telling page furniture from article text, line by line.

Rules come from ``data/furniture.yaml``; this module only applies them. A text dump of a news
page keeps every line of the page: navigation, image captions with their credits, related-story
teasers, section headings, editor and author boxes. Only body paragraphs are coded for events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load_yaml

_NUMBERING = re.compile(r"^\s*(?:\d{1,3}[.)]|[*•·\-–])\s+")
_TERMINAL = re.compile(r"""[.!?…]['"”’)\]]*$|[.!?…]\s*\[\d+\]$""")
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    navigation: tuple[re.Pattern[str], ...]
    caption_credit: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def rules() -> FurnitureRules:
    data = load_yaml("furniture.yaml")
    compile_all = lambda key: tuple(re.compile(p, re.IGNORECASE) for p in data.get(key, []))  # noqa: E731
    return FurnitureRules(compile_all("navigation"), compile_all("caption_credit"))


def strip_numbering(line: str) -> str:
    return _NUMBERING.sub("", line).strip()


def words(line: str) -> int:
    return len(_WORD.findall(line))


def is_navigation(line: str) -> bool:
    bare = strip_numbering(line)
    return any(p.fullmatch(bare) for p in rules().navigation)


def is_caption(line: str) -> bool:
    return any(p.search(line) for p in rules().caption_credit)


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


def is_heading(line: str) -> bool:
    """A headline, section heading or teaser: short and not ending like a sentence.

    A short standalone question ("Is X entering a new era?") reads as a teaser or heading too.
    """
    n = words(line)
    text = line.rstrip()
    if not ends_sentence(text):
        return n <= 20
    return text.endswith("?") and n <= 14 and text.count(". ") == 0
