"""Paragraphs for text that arrives without them.

Scraped and broadcast copy often comes as one block: a whole story with no blank line, or
sentences run together without a space ("...the ceremony.Under the deal..."). Attribution and
coreference need a sensible scope, so a long block is cut where a reporter would have started
a new paragraph: before a new quotation, after a quotation closed by its attribution, and after
at most three sentences, never inside an open quotation.
"""
from __future__ import annotations

import re
from collections import Counter

from .quotemarks import EITHER, MARKS, OPEN, mark_role

__all__ = ["unglue", "split_paragraph", "sentence_spans", "split_subheads"]

# "ceremony.Under", "said.”The", "week?Officials": a sentence end with no space after it.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z][.!?][”\"’])(?=[A-Z])")
_BOUNDARY = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt capt adm maj st rep sen gov prof rev jan feb mar apr jun jul aug "
    "sep sept oct nov dec no vs inc corp co ltd jr sr u.s u.n u.k e.u d.c a.m p.m".split())
_OPEN = "“‘"
_ATTRIBUTION_END = re.compile(r"[”\"’],?\s+[^.!?]{0,60}\b(?:said|says|told|added|wrote|"
                              r"noted|asked|stated|explained|according to)\b[^.!?]{0,60}"
                              r"[.!?]$")
MIN_SENTENCES = 6          # a block this long (in sentences) is taken for several paragraphs
MAX_PER_PARAGRAPH = 3


def unglue(text: str) -> str:
    """Insert the missing space between two sentences run together."""
    return _GLUED.sub(" ", text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (start, end) by punctuation, for paragraph inference only."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start:m.start() + 1].rstrip("”\"’)")
        last = before.rsplit(None, 1)[-1].rstrip(".!?").lower() if before.split() else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue            # "Mr. Smith", "George W. Bush", "the U.S. Navy"
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _quote_depth(sentence: str, inside: bool) -> bool:
    """Whether a quotation is still open after ``sentence``."""
    for i, ch in enumerate(sentence):
        if ch in MARKS:
            role = mark_role(sentence, i)
            inside = (not inside) if role == EITHER else role == OPEN
    return inside


def split_paragraph(text: str) -> list[str]:
    """``text`` cut into paragraphs (one piece when it is short enough to be one)."""
    spans = sentence_spans(text)
    if len(spans) < MIN_SENTENCES:
        return [text]
    pieces: list[list[tuple[int, int]]] = [[spans[0]]]
    inside = _quote_depth(text[spans[0][0]:spans[0][1]], False)
    for start, end in spans[1:]:
        sentence = text[start:end]
        current = pieces[-1]
        previous = text[current[-1][0]:current[-1][1]]
        new = not inside and (sentence[:1] in _OPEN or sentence[:1] == '"'
                              or _ATTRIBUTION_END.search(previous) is not None
                              or len(current) >= MAX_PER_PARAGRAPH)
        if new:
            pieces.append([(start, end)])
        else:
            current.append((start, end))
        inside = _quote_depth(sentence, inside)
    return [text[p[0][0]:p[-1][1]] for p in pieces]


# Words that open a sentence and are seldom capitalised inside one: after a subhead glued to the
# next sentence ("Reaction from President Moise Shortly before the press conference, ...") they
# mark where the sentence starts.
_OPENERS = frozenset("""The A An In On At After Before But And As When While Since For With It
He She They We I This That These Those Shortly Meanwhile However Earlier Later Last Many Some
Most Several According During Under Despite Although If There His Her Their Its Our Experts
Analysts Officials Critics Residents Authorities Police""".split())
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
_CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December""".split())
# the verbs of saying a subhead is cut before: a short list on purpose, as every speech verb of
# speech.yaml ("reports", "writes") also cut bylines like "Sophie Marchetti reports"
_SAYS = frozenset({"said", "says", "told", "added", "explained", "noted", "recalled"})
_SMALL = frozenset({"of", "the", "a", "an", "de", "al"})
# words a subhead does not hold: a verb or a pronoun means the run is a sentence's start
_NOT_HEADING = frozenset("""said says told is was are were has have had will would could should
may might can did does do be been being he she they we it i you who which that""".split())


def split_subheads(text: str) -> list[tuple[str, str]]:
    """``text`` as ("paragraph" | "heading", piece) runs: a story that arrives as one block
    carries its subheads glued to the sentence after them ("... on Monday. Climate and conflict
    Experts say ..."); each is cut out as a heading, so that it is no sentence's subject."""
    spans = sentence_spans(text)
    if len(spans) < MIN_SENTENCES:
        return [("paragraph", text)]
    # the first names each surname has in the story ("Anne Chao"): "Houston and Jim Crow Chao
    # said" is a subhead before "Chao said"; "Kremlin spokesman Dmitry Peskov said" is none
    surnames: dict[str, Counter] = {}
    for m in _FULL_NAME.finditer(text):
        if m.group(1) not in _OPENERS and m.group(2) not in _CALENDAR:
            surnames.setdefault(m.group(2), Counter())[m.group(1)] += 1
    out: list[tuple[str, str]] = []
    at = 0
    inside = False
    for start, end in spans:
        quoted, inside = inside, _quote_depth(text[start:end], inside)
        head = None if quoted else _subhead(text[start:end].split(" "), surnames)
        if head is None:
            continue
        if text[at:start].strip():
            out.append(("paragraph", text[at:start].strip()))
        out.append(("heading", head))
        at = start + len(head) + 1
    if text[at:].strip():
        out.append(("paragraph", text[at:].strip()))
    return out


def _subhead(words: list[str], surnames: dict[str, Counter] | None = None) -> str | None:
    """The subhead a sentence starts with: up to six words, no verb, pronoun, punctuation or
    contraction among them, before a word that opens sentences and a lowercase word; or, when
    the run holds a lowercase word (a title before a name holds none: "Foreign Minister Wang
    said"), before the surname of someone the story names in full and a verb of saying
    ("Helping newcomers Eze said ...")."""
    if not words[0][:1].isupper() or words[0] in _OPENERS:
        return None
    surnames = surnames or {}
    for k in range(1, min(7, len(words) - 1)):
        word = words[k - 1]
        if word.lower() in _NOT_HEADING or word[-1:] in ",;:.!?\"”" or "'" in word or \
                "’" in word:
            return None     # a sentence's own start, not a heading
        if words[k] in _OPENERS and words[k + 1][:1].islower():
            return " ".join(words[:k])
        firsts = surnames.get(words[k]) if words[k + 1] in _SAYS else None
        if firsts and firsts[words[k - 1]] <= 1 and set(firsts) - {words[k - 1]} and \
                any(w[:1].islower() and w not in _SMALL for w in words[1:k]):
            # the surname has another first name in the story, and this one only here
            return " ".join(words[:k])
    return None
