"""Quotation marks as reporters type them: curly and straight mixed in one story, a stray mark
here and there.

A curly mark says which way it faces; a straight one is read from its neighbours (a space or an
opening bracket before it and a letter after it opens; a letter or punctuation before it and a
space or punctuation after it closes) and, where both sides look alike (`" very important test "`),
from whether a quotation is open. Marks pair like brackets, so a quotation that opens with “ and
closes with " is one quotation, a quotation inside another stays inside it, and a stray opening mark
is left unpaired instead of turning quote and narrative round for the rest of the story.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MARKS", "quote_pairs", "mark_role"]

MARKS = '"“”'
OPEN, CLOSE, EITHER = 1, -1, 0
_IRREGULAR = {"say": "said", "tell": "told", "write": "wrote", "think": "thought",
              "put": "put", "read": "read", "quip": "quipped", "plead": "pleaded"}


@lru_cache(maxsize=1)
def speech_forms() -> str:
    """A regex alternation of the past and present third-person forms of the speech verbs
    (speech.yaml verbs): "said", "says", "commented", "insists", ..."""
    from ..lexicons import load_yaml

    forms = set()
    for verb in (load_yaml("speech.yaml") or {}).get("verbs", []):
        verb = str(verb).lower()
        if verb in _IRREGULAR:
            forms.add(_IRREGULAR[verb])
        elif verb.endswith("e"):
            forms.add(verb + "d")
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            forms.add(verb[:-1] + "ied")
        else:
            forms.add(verb + "ed")
        forms.add(verb[:-1] + "ies" if verb.endswith("y") and verb[-2:-1] not in "aeiou"
                  else verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s")
    return "|".join(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern:
    """", Sisci said.", ", he added", ", Sisci commented": where an attribution takes over
    from the quotation."""
    return re.compile(r",(?=\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}|(?:he|she|they)\s+)"
                      r"(?:" + speech_forms() + r")\b)")
_OPENS_AFTER = "([{—–-/‘'"      # "(“..." or "—“...": a quotation opens after these
_CLOSES_BEFORE = ".,;:!?)]}—–’'"  # '...”,', '...”)': a quotation closes before these


def mark_role(text: str, i: int, start: int = 0, end: int | None = None) -> int:
    """OPEN, CLOSE or EITHER for the quotation mark at ``text[i]`` within ``start..end``."""
    end = len(text) if end is None else end
    ch = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    spaced_before = before.isspace() or before in _OPENS_AFTER
    spaced_after = after.isspace() or after in _CLOSES_BEFORE
    if ch in "“”" and before.isspace() and after.isspace():
        # a curly mark standing alone between spaces says nothing of its way: 'to “bolster
        # the deterrent “ against U.S. threats' closes what is open
        return EITHER
    if ch == "“":
        # a curly mark faces the way it is typed, unless the words round it say the writer
        # turned it: '“This is escalation by design,“ said Ray Powell'
        return CLOSE if before in ".,;!?" and after.isspace() else OPEN
    if ch == "”":
        return OPEN if before.isspace() and after.isalpha() and after.isupper() else CLOSE
    if spaced_before and not spaced_after:
        return OPEN
    if spaced_after and not spaced_before:
        return CLOSE
    return EITHER


# "experts said", "officials told VOA": narration, where a quotation left open has ended ("he
# has said over and over" inside a quotation is the speaker's own words)
_NARRATION = re.compile(r"(?<!has )(?<!have )(?<!had )\b(?:said|says|told)\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _until_narration(said: str) -> str:
    """The part of an unclosed quotation before the first sentence of narration."""
    start = 0
    for m in list(_SENTENCE_END.finditer(said)) + [None]:
        stop = m.end() if m is not None else len(said)
        if _NARRATION.search(said, start, stop):
            return said[:start].rstrip()
        start = stop
    return said


def quote_pairs(text: str, start: int = 0, end: int | None = None,
                depth: int = 2) -> list[tuple[int, int]]:
    """The (opening, closing) positions of each quotation in ``text[start:end]``, in the order
    they open. Pairs nest to ``depth``; an opening mark that is never closed is dropped, and so is
    a closing mark with nothing open."""
    end = len(text) if end is None else end
    stack: list[int] = []
    lost: list[int] = []
    marks: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i in range(start, end):
        if text[i] not in MARKS:
            continue
        marks.append(i)
        role = mark_role(text, i, start, end)
        if role == EITHER:
            role = CLOSE if stack else OPEN
        if role == OPEN:
            if len(stack) >= depth:
                lost.append(stack.pop(0))   # the oldest open mark was a stray one
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i))
    for o in lost + stack:
        # 'the EU "was ruled by a solid majority, Sisci said.': the closing mark the writer
        # forgot stands where the attribution begins
        following = [m for m in marks if m > o]
        limit = following[0] if following else end
        m = _attribution().search(text, o + 1, limit)
        if m is not None and not any(a < o < b for a, b in pairs):
            pairs.append((o, m.start() + 1))
            continue
        said = _until_narration(text[o + 1:limit].rstrip())
        lead = text[start:o].rstrip()[-1:]
        # (the next paragraph's opening mark may lie beyond this block: the writer's
        # paragraph ends with the quotation still open)
        beyond = len(text) - len(text[end:].lstrip()) if not following else -1
        reopens = mark_role(text, limit, start, end) == OPEN if following else \
            0 <= beyond < len(text) and text[beyond] in MARKS and \
            mark_role(text, beyond) == OPEN
        if said[-1:] in ".!?" and len(said.split()) >= 6 and \
                (lead == "" or lead in ".!?:,”\"") and reopens and \
                not any(a < o < b for a, b in pairs):
            # a quotation of several paragraphs: the writer leaves it open at the end of a
            # paragraph and opens it again in the next ('“A. B. “C,” he added.')
            pairs.append((o, o + 1 + len(said)))
    pairs.sort()
    return pairs
