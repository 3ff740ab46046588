"""Quotes: direct quotations and who said them.

A quote's speaker is the subject of a speech verb in the same sentence ("..., said Marco
Zappa"; "Kihara said ... '...'"), resolved through the article's people so that "he" and "the
expert" find the person meant. A quote whose paragraph has no attribution carries over the
previous paragraph's speaker. When the speech verb's subject is a news medium ("..., Kyodo News
reported"), the speaker is the person the sentence quotes and the medium is recorded.
"""
from __future__ import annotations

import re

from ..actors.resolve import PERSON_PRONOUNS, Person, Resolver
from ..records import CleanDocument, ParsedText, Quote, Speaker, Token
from ..tree import kid, kids, sentence_of

__all__ = ["extract_quotes", "quoted_clauses"]

SPEECH = frozenset({"say", "tell", "add", "note", "state", "write", "explain", "insist",
                    "argue", "warn", "describe", "confirm", "announce", "declare", "claim",
                    "stress", "emphasize", "emphasise", "remark", "observe", "comment",
                    "report", "quote", "ask", "reply", "respond", "continue", "conclude",
                    "acknowledge", "admit", "call", "assert", "suggest", "recall", "predict",
                    "believe", "think", "point", "caution", "urge", "vow", "pledge", "tweet",
                    "post", "answer", "agree", "hail", "label", "put"})
_QUOTE = re.compile(r'"([^"\n]{2,2000}?)"|“([^”\n]{2,2000}?)”')


def quoted_clauses(doc: CleanDocument, min_words: int = 6) -> list[tuple[int, int]]:
    """Character spans of direct quotations of ``min_words`` words or more, paragraph by
    paragraph: a quoted clause, not a scare-quoted phrase, and not the narrative between two
    straight quotations that a stray mark pairs up (it opens with a space)."""
    spans = []
    for block in doc.blocks:
        for m in _QUOTE.finditer(doc.text, block.start, block.end):
            group = 1 if m.group(1) is not None else 2
            inner = m.group(group)
            if len(inner.split()) >= min_words and not (group == 1 and inner[:1].isspace()):
                spans.append(m.span(group))
    return spans


def extract_quotes(p: ParsedText, doc: CleanDocument, r: Resolver) -> tuple[Quote, ...]:
    spoken = _speakers(p, doc, r)
    out: list[Quote] = []
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        previous: Person | None = None        # the last speaker in this paragraph
        for m in _QUOTE.finditer(doc.text, block.start, block.end):
            start, end = m.span(1) if m.group(1) is not None else m.span(2)
            text = doc.text[start:end].rstrip().rstrip(",")
            if len(text.split()) < 2:
                continue
            speaker, medium, rule = _speaker(p, doc, r, start, end, spoken)
            if speaker is None:
                # '"A. B. C," she said': a quote of several sentences, attributed after the last
                last = _token_at(p, max(start, end - 1))
                if last is not None and sentence_of(p, last) != sentence_of(p, _token_at(p, start)):
                    speaker, medium, rule = _speaker(p, doc, r, end - 1, end, spoken)
            if speaker is None and previous is not None:
                # '"A," she said. "B."': the quote goes on
                speaker, rule = previous, "continued"
            if speaker is None and doc.text[block.start:m.start()].strip() == "":
                # a paragraph that opens with a quote and names no one: the last speaker
                speaker, rule = _last(spoken, start), "carried-over"
            if speaker is None:
                continue
            previous = speaker
            out.append(Quote(Speaker(speaker.name, speaker.description, speaker.code),
                             doc.text[start:start + len(text)], start, start + len(text),
                             medium, rule))
    return tuple(out)


def _last(spoken: list[tuple[int, Person]], before: int, official: bool | None = None
          ) -> Person | None:
    for pos, person in reversed(spoken):
        if pos < before and (official is None or bool(person.code) == official):
            return person
    return None


def _speakers(p: ParsedText, doc: CleanDocument, r: Resolver) -> list[tuple[int, Person]]:
    """Everyone who speaks in the article, in order: subjects of speech verbs."""
    spoken: list[tuple[int, Person]] = []
    for s in p.sentences:
        if doc.blocks[s.block].kind != "paragraph":
            continue
        for t in p.tokens[s.start:s.end]:
            if t.pos in ("VERB", "AUX") and t.lemma.lower() in SPEECH:
                subj = kid(p, t.i, "nsubj")
                if subj is None:
                    continue
                person, what = _who(p, r, subj, spoken)
                if person is not None and what != "medium":
                    spoken.append((t.idx, person))
    return spoken


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


def _speaker(p: ParsedText, doc: CleanDocument, r: Resolver, start: int, end: int,
             spoken: list[tuple[int, Person]]) -> tuple[Person | None, str | None, str]:
    """The person who said the quote spanning characters start..end."""
    first = _token_at(p, start)
    if first is None:
        return None, None, ""
    sent = sentence_of(p, first)
    if sent is None:
        return None, None, ""
    sent_text = doc.text[sent.start_char:sent.end_char]
    quoted = [(sent.start_char + m.start(), sent.start_char + m.end())
              for m in _QUOTE.finditer(sent_text)]
    verbs = [t for t in p.tokens[sent.start:sent.end]
             if t.pos in ("VERB", "AUX") and t.lemma.lower() in SPEECH and not _inside(t, quoted)]
    verbs.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    medium = None
    for v in verbs:
        subj = kid(p, v.i, "nsubj")
        if subj is None:
            continue
        person, what = _who(p, r, subj, [x for x in spoken if x[0] < v.idx])
        if what == "medium":
            ent = p.entities[subj.ent] if subj.ent >= 0 else None
            medium = ent.text if ent else subj.text
            continue
        if person is not None:
            return person, medium, f"speech-verb:{v.lemma}"
    if medium:
        # "He also confirmed that ... '...', Kyodo News reported": the person in the sentence
        for t in p.tokens[sent.start:sent.end]:
            if t.dep == "nsubj" and not _inside(t, quoted):
                person, what = _who(p, r, t, [x for x in spoken if x[0] < t.idx])
                if person is not None and what != "medium":
                    return person, medium, "via-medium"
    return None, medium, ""


def _who(p: ParsedText, r: Resolver, subj: Token, spoken: list[tuple[int, Person]]
         ) -> tuple[Person | None, str]:
    low = subj.text.lower()
    if subj.ent >= 0:
        ent = p.entities[subj.ent]
        if ent.key.startswith("outlet:"):
            return None, "medium"
        if ent.label == "PERSON" or ent.key.startswith("leader:"):
            person = r.person_named(ent.text)
            if person is None:
                person = Person(ent.text.replace("'s", ""), None, None, None, ent.start)
            return person, "person"
    if subj.pos == "PROPN" and (subj.ent < 0 or p.entities[subj.ent].label not in
                                ("GPE", "ORG", "NORP", "LOC", "FAC")):
        # a name the NER missed: "Colonna said", "General Ingo Gerhartz ... told reporters"
        names = [t.text for t in kids(p, subj.i, "compound") if t.pos == "PROPN" and
                 t.text not in r.lex.titles] + [subj.text]
        name = " ".join(names)
        return r.person_named(name) or Person(name, None, None, None, subj.i), "person"
    if low in PERSON_PRONOUNS:
        return _last(spoken, subj.idx) or r.last_person(subj.i), "pronoun"
    if low in r.lex.experts or subj.lemma.lower() in r.lex.experts:
        return _last(spoken, subj.idx, official=False) or _last(spoken, subj.idx), "description"
    if subj.pos == "NOUN":
        actors = r.actors(subj.i)
        if actors:
            a = actors[0]
            det = kid(p, subj.i, "det")
            if det is not None and det.text.lower() == "the" and a.code:
                # "the Israeli leader", "the former French foreign minister": the person of
                # that state who spoke last, when there is one
                for _, person in reversed(spoken):
                    if person.code == a.code and person.name and person.name[:1].isupper() \
                            and not person.name.lower().startswith("the "):
                        return person, "description"
            return Person(a.mention, a.code, a.sector, None, subj.i), "actor"
    return None, ""


def _token_at(p: ParsedText, char: int) -> int | None:
    lo, hi = 0, len(p.tokens) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        t = p.tokens[mid]
        if t.end <= char:
            lo = mid + 1
        elif t.idx > char:
            hi = mid - 1
        else:
            return mid
    return lo if lo < len(p.tokens) else None
