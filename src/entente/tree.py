"""Walking the dependency tree of a ParsedText (our records, not spaCy's)."""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from .records import Entity, ParsedText, Sentence, Token


def kids(p: ParsedText, i: int, *deps: str) -> list[Token]:
    """Children of token ``i``, optionally only those with one of ``deps``."""
    toks = p.tokens
    if deps:
        return [toks[c] for c in p.children[i] if toks[c].dep in deps]
    return [toks[c] for c in p.children[i]]


def kid(p: ParsedText, i: int, *deps: str) -> Token | None:
    """The first child of token ``i`` (with one of ``deps``), or None."""
    toks = p.tokens
    for c in p.children[i]:
        if not deps or toks[c].dep in deps:
            return toks[c]
    return None


def subject_kid(p: ParsedText, i: int) -> Token | None:
    """The subject of the verb at ``i``. Of two ("Communist Party control Chinese President Xi
    Jinping convened", where a subhead glued to the sentence became a second subject), the
    one nearest before the verb."""
    found = kids(p, i, "nsubj")
    if len(found) > 1:
        # ("Vietnam, Indonesia and South Korea each pledged": "each" is no second subject)
        before = [t for t in found if t.i < i and t.pos in ("NOUN", "PROPN")]
        # ("refused to receive a joint mission from ECOWAS, the African Union and the United
        # Nations, and on Sunday it closed its airspace": a personal pronoun nearest the verb,
        # after a list the parser took for a second subject, is the subject)
        pron = [t for t in found if before and before[-1].i < t.i < i and t.tag == "PRP"]
        if pron:
            return pron[-1]
        return before[-1] if before else found[0]
    return found[0] if found else None


def conjuncts(p: ParsedText, i: int) -> list[int]:
    """``i`` and the tokens coordinated with it ("Japan, Italy and the UK")."""
    out, todo = [i], [i]
    while todo:
        j = todo.pop()
        for c in kids(p, j, "conj", "appos"):
            # a list the parser hangs as an apposition ("India, Brazil and the United States":
            # Brazil an appos of India) goes on where the apposition has its own "and"
            if c.dep == "appos" and not (kids(p, c.i, "cc") and kids(p, c.i, "conj")):
                continue
            if c.dep == "appos" and c.pos == "NOUN" and kids(p, c.i, "det"):
                continue    # (a description: "China, a close partner of Cambodia and a
                #             major trading partner of Thailand, urged restraint")
            out.append(c.i)
            todo.append(c.i)
    return out


def subtree(p: ParsedText, i: int) -> tuple[int, int]:
    """(first, last+1) token indices of the subtree under ``i``."""
    lo = hi = i
    todo = [i]
    while todo:
        j = todo.pop()
        lo, hi = min(lo, j), max(hi, j)
        todo.extend(p.children[j])
    return lo, hi + 1


def ancestors(p: ParsedText, i: int) -> Iterator[Token]:
    seen = {i}
    while p.tokens[i].head != i and p.tokens[i].head not in seen:
        i = p.tokens[i].head
        seen.add(i)
        yield p.tokens[i]


def sentence_of(p: ParsedText, i: int) -> Sentence | None:
    lo, hi = 0, len(p.sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = p.sentences[mid]
        if i < s.start:
            hi = mid - 1
        elif i >= s.end:
            lo = mid + 1
        else:
            return s
    return None


def sentence_before(p: ParsedText, start: int) -> Sentence | None:
    """The sentence before the one that starts at token ``start`` (across the blank line
    between paragraphs, which no sentence holds); None for the first."""
    i = start - 1
    while i >= 0 and p.tokens[i].text.isspace():
        i -= 1
    return sentence_of(p, i) if i >= 0 else None


def since_sentence_before(p: ParsedText, i: int) -> int:
    """The first token of the sentence before token ``i``'s, else of ``i``'s own: where "in
    this sentence or the one before" begins."""
    sent = sentence_of(p, i)
    before = sentence_before(p, sent.start) if sent is not None else None
    return before.start if before is not None else (sent.start if sent is not None else i)


def object_told_before(p: ParsedText, verb: Token) -> Token | None:
    """The noun object of the same verb told earlier in ``verb``'s sentence, which an object
    "it" of ``verb`` stands for ("the United States recognized Moroccan sovereignty ..., and
    Israel recognized it in July 2023")."""
    sent = sentence_of(p, verb.i)
    lo = sent.start if sent is not None else 0
    return next((o for v in p.tokens[lo:verb.i]
                 if v.pos == "VERB" and v.lemma.lower() == verb.lemma.lower()
                 for o in kids(p, v.i, "dobj") if o.pos in ("NOUN", "PROPN")), None)


def entities_in(p: ParsedText, start: int, end: int) -> Iterator[Entity]:
    """The entities wholly inside tokens ``start``..``end``-1, in order.

    spaCy's entities are sorted and never overlap, so the first is found by bisection and the
    walk stops at ``end``: a sentence costs its own entities, not the article's (a long
    article is linear, not quadratic).
    """
    ents = p.entities
    k = bisect_left(ents, start, key=_entity_start)
    while k < len(ents) and ents[k].start < end:
        if ents[k].end <= end:
            yield ents[k]
        k += 1


def _entity_start(e: Entity) -> int:
    return e.start


def text_of(p: ParsedText, text: str, lo: int, hi: int) -> str:
    """The cleaned text covered by tokens lo..hi-1."""
    if lo >= hi:
        return ""
    return text[p.tokens[lo].idx:p.tokens[hi - 1].end]


def text_verb(p: ParsedText, doc: int) -> Token | None:
    """The verb a text ("a statement", "a letter") was said in or issued by: "said in a
    statement", "issued a statement"; None when the noun stands otherwise."""
    t = p.tokens[doc]
    head = p.tokens[t.head]
    if t.dep == "pobj" and head.text.lower() in ("in", "through") and head.head != head.i:
        head = p.tokens[head.head]
    elif t.dep != "dobj" or t.head == t.i:
        return None
    return head if head.pos in ("VERB", "AUX") else None
