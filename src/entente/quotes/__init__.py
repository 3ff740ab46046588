"""Quotes: direct quotations and who said them.

A quote's speaker is the subject of a speech verb in the same sentence ("..., said Marco
Zappa"; "Kihara said ... '...'"), resolved through the article's people so that "he" and "the
expert" find the person meant. A quote whose paragraph has no attribution carries over the
previous paragraph's speaker. When the speech verb's subject is a news medium ("..., Kyodo News
reported"), the speaker is the person the sentence quotes and the medium is recorded.
"""
from __future__ import annotations

import re

from ..actors.gender import fits as _fits, gender
from ..actors.people import FORMER
from ..actors.resolve import PERSON_PRONOUNS, Person, Resolver
from ..lexicons import frame_words as words
from ..clean.quotemarks import MARKS, quote_pairs
from ..records import CleanDocument, ParsedText, Quote, Speaker, Token
from ..tree import (ancestors, kid, kids, sentence_before, sentence_of, subject_kid, subtree,
                    text_of, text_verb)

__all__ = ["extract_quotes", "gender", "quoted_clauses"]

LINKING = words("linking")
SPEAKING_BODIES = words("speaking_bodies")
OWN_VOICES = words("own_voices")
# Nouns for a body that speaks as one ("the government said"), never a person described.
BODY_WORDS = words("body_words")
PEOPLE_WORDS = words("person_words")
CONTINUING = words("continuing")
UTTERANCES = words("utterances")
# a sentence after a quotation that gives it to its speaker: "That is how X describes ..."
HOW_SAID = re.compile(r"(?:That|This) (?:is|was|'s|’s) how [A-Z]|So (?:says|said) [A-Z]")
UTTERING = words("uttering")
# words that make a saying a habit, told as background: "has said many times", "often said"
BACKGROUND = frozenset({"often", "repeatedly", "always", "frequently"})
MAX_QUOTE = 2000      # characters; a longer "quotation" is two stray marks


def _quotations(doc: CleanDocument, block) -> list[tuple[int, int]]:
    """Inner spans (start, end) of the outermost quotations in ``block``."""
    spans: list[tuple[int, int]] = []
    for o, c in quote_pairs(doc.text, block.start, block.end):
        if spans and o < spans[-1][1]:
            continue                    # a quotation inside the one before
        if 2 <= c - o - 1 <= MAX_QUOTE:
            spans.append((o + 1, c))
    return spans


def quoted_clauses(doc: CleanDocument, min_words: int = 6) -> list[tuple[int, int]]:
    """Character spans of direct quotations of ``min_words`` words or more, paragraph by
    paragraph: a quoted clause, not a scare-quoted phrase (see ``clean.quotemarks`` for how
    mixed and stray marks pair)."""
    return [(a, b) for block in doc.blocks for a, b in _quotations(doc, block)
            if len(doc.text[a:b].split()) >= min_words or
            _whole_sentence(doc.text, block.start, a, b)]


def _whole_sentence(text: str, block_start: int, a: int, b: int) -> bool:
    """Whether the quotation ``text[a:b]`` of three words or more is a sentence of its own,
    standing between sentences ('... he said. "Russia must withdraw its troops."'): no
    scare-quoted phrase, however short."""
    before = text[block_start:a - 1].rstrip()
    return len(text[a:b].split()) >= 3 and text[a:b].rstrip()[-1:] in (".", "!", "?") and \
        (not before or before[-1] in ".!?" or before[-2:] in ('."', ".\u201d", '?"', '!"'))


def extract_quotes(p: ParsedText, doc: CleanDocument, r: Resolver) -> tuple[Quote, ...]:
    spoken = _speakers(p, doc, r)
    out: list[Quote] = []
    joined: list[int] = []          # quotes waiting for the speaker of the one they join
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        previous: Person | None = None        # the last speaker in this paragraph
        quoted = _quotations(doc, block)
        for start, end in quoted:
            text = doc.text[start:end].rstrip().rstrip(",")
            if not text.strip():
                continue
            speaker, medium, rule = _speaker(p, doc, r, start, end, spoken, quoted,
                                             _quoted_last(out))
            if speaker is None:
                # '"A. B. C," she said': a quote of several sentences, attributed after the last
                last = _token_at(p, max(start, end - 1))
                if last is not None and sentence_of(p, last) != sentence_of(p, _token_at(p, start)):
                    speaker, medium, rule = _speaker(p, doc, r, end - 1, end, spoken, quoted,
                                                   _quoted_last(out))
            if speaker is None and (_attribution_follows(doc.text, end, block.end) or
                                    _bare_attribution(p, r, end, block.end)):
                # '"A," Orban said at one summit.' parsed as two sentences: the attribution
                # is the sentence after the closing mark
                after = _token_at(p, end + 1)
                if after is not None and sentence_of(p, after) != sentence_of(p, _token_at(p, start)):
                    speaker, medium, rule = _speaker(p, doc, r, end + 1, end + 2, spoken, quoted,
                                                   _quoted_last(out))
            if speaker is None:
                speaker, rule = _colon_speaker(p, doc, r, start, spoken), "colon"
            if speaker is None and len(text.split()) < 8:
                # a phrase quoted inside a sentence: whoever the sentence is about
                speaker, rule = _clause_owner(p, r, start, text, spoken), "clause-owner"
            if speaker is None and 2 <= len(text.split()) < 8 and previous is None and \
                    not _opens(doc.text[block.start:start - 1]) and not _a_name(text) and \
                    not re.search(r"\b(read|reads|reading)\W*$", doc.text[block.start:start]):
                # 'Gatov noted that ... "several times smaller" ... Thus, they are not
                # "marching in lockstep."' a phrase of the one whose words the sentence
                # before reports, though a paragraph lies between (not the words of a sign:
                # 'banners that read "the canal is ours"')
                speaker, rule = _reported_just_before(p, spoken, start), "reported-before"
            nxt = next(((a, b) for a, b in quoted if a > end), None)
            if speaker is None and nxt is not None and \
                    doc.text[end + 1:nxt[0] - 1].strip(" ,") in ("and", "but", "or"):
                # '"A. B..." and "C," tweeted X': two quotations joined, one attribution; the
                # speaker is the next one's, set when it is known
                joined.append(len(out))
                out.append(Quote(Speaker(None), doc.text[start:start + len(text)], start,
                                 start + len(text), None, "joined"))
                continue
            if speaker is None and len(text.split()) < 2:
                continue                # a scare-quoted word nobody is said to have said
            if speaker is None and previous is not None:
                # 'Anahit Grigoryan ... said she had spent two nights in a basement. "We have
                # no bread."': another person's reported words just before the quote make
                # it theirs
                told = _introduced(p, r, start, block.start, spoken, reported=True)
                if told is not None and told.name != previous.name:
                    speaker, rule = told, "introduced"
            if speaker is None and previous is not None:
                # '"A," Lopez said. Pedro Ruiz leads the union. "B."': a person the story
                # brings in for the first time, as the subject of the sentence right before
                # the quote, speaks it
                told = _introduced(p, r, start, block.start, spoken)
                if told is not None and told.name != previous.name and \
                        _first_named_before(p, r, told, start):
                    speaker, rule = told, "introduced"
            if speaker is None and previous is not None:
                # '"A," she said. "B."': the quote goes on
                speaker, rule = previous, "continued"
            if speaker is None and previous is None:
                speaker, rule = _introduced(p, r, start, block.start, spoken), "introduced"
            if speaker is None and _opens(doc.text[block.start:start - 1]):
                # a paragraph that opens with a quote and names no one: the person the
                # sentence before is about, else the last speaker
                speaker, rule = _introduced(p, r, start, block.start, spoken, True), \
                    "introduced"
                if speaker is None:
                    speaker, rule = _carried(p, spoken, out, start), "carried-over"
            if speaker is None:
                speaker, rule = _clause_owner(p, r, start, text, spoken), "clause-owner"
            if speaker is None:
                continue
            previous = speaker
            out.append(Quote(Speaker(_spelled_out(doc.text, speaker.name), speaker.description,
                                     speaker.code),
                             doc.text[start:start + len(text)], start, start + len(text),
                             medium, rule))
            while joined:
                k = joined.pop()
                out[k] = Quote(out[-1].speaker, out[k].text, out[k].start, out[k].end,
                               out[-1].medium, "joined")
        # a joined quotation whose partner found no speaker is left out
        out = [q for q in out if q.speaker.name is not None or q.rule != "joined"]
        joined.clear()
    return tuple(out)


def _opens(prefix: str) -> bool:
    """Whether a quotation after ``prefix`` opens its paragraph: nothing before it, or a word
    or two that link it to what went before ("But", "And yet", "Still,")."""
    words = prefix.replace(",", " ").split()
    return not words or len(words) <= 2 and words[0].lower() in LINKING


def _colon_speaker(p: ParsedText, doc: CleanDocument, r: Resolver, start: int,
                   spoken: list[tuple[int, Person]]) -> Person | None:
    """'Lena Marsh: "We will not back down."': a name and a colon just before the quote."""
    at = doc.text.rfind(":", 0, start)
    if at < 0 or doc.text[at + 1:start - 1].strip():
        return None
    colon = _token_at(p, at)
    if colon is None or colon == 0:
        return None
    t = p.tokens[colon - 1]
    before = [x for x in spoken if x[0] < t.idx]
    if t.ent >= 0 and p.entities[t.ent].label == "PERSON" and p.entities[t.ent].end == colon:
        person, what = _who(p, r, t, before)
        return person if what == "person" else None
    # "Lopez's message was clear:", "Lopez had a simple answer:": the one whose words they are
    sent = sentence_of(p, colon)
    # (the clause before the colon, which the parser may hang on the quotation's verb)
    verb = next((v for v in p.tokens[sent.start:colon] if v.pos in ("VERB", "AUX") and
                 not sent.start <= v.head < colon or v.dep == "ROOT"), None) \
        if sent is not None else None
    if verb is None:
        return None
    subj = kid(p, verb.i, "nsubj")
    who = None
    if subj is not None and subj.lemma.lower() in UTTERANCES:
        # ("For Lopez, the answer is simple:")
        who = kid(p, subj.i, "poss") or next(
            (o for pr in kids(p, verb.i, "prep") if pr.text.lower() == "for"
             for o in kids(p, pr.i, "pobj")), None)
    elif subj is not None and verb.lemma.lower() in UTTERING and \
            any(o.lemma.lower() in UTTERANCES for o in kids(p, verb.i, "dobj")):
        who = subj
    elif subj is not None and verb.lemma.lower() == "be" and \
            kid(p, verb.i, "acomp") is not None and not kids(p, verb.i, "ccomp", "xcomp"):
        who = subj      # "Lopez is blunt:", "Lopez was adamant:"
    if who is not None and who.text.lower() in ("his", "her", "he", "she"):
        return _pronoun(p, r, who, before)      # "Her message was clear:"
    if who is None or who.ent < 0 or p.entities[who.ent].label != "PERSON":
        return None
    person, what = _who(p, r, p.tokens[p.entities[who.ent].end - 1], before)
    return person if what == "person" else None


def _clause_owner(p: ParsedText, r: Resolver, start: int, text: str,
                  spoken: list[tuple[int, Person]]) -> Person | None:
    """The words of a phrase quoted inside a sentence with no one said to say them are those
    of whoever the clauses above it are about: 'Canada outlined its agenda, focusing on a "just
    and lasting peace"', 'sanctioned by the European Union for "undermining democracy"'."""
    first = _token_at(p, start)
    sent = sentence_of(p, first) if first is not None else None
    if sent is None or first <= sent.start + 1:
        return None                     # a quote that opens its sentence is another matter
    if _a_name(text):
        return None                     # 'the "Belt and Road" initiative': a name, not words
    for a in ancestors(p, first):
        if a.pos not in ("VERB", "AUX"):
            continue
        subj = kid(p, a.i, "nsubj")
        agent = kid(p, a.i, "agent")
        cands = ([kid(p, agent.i, "pobj")] if agent is not None else []) + [subj]
        for c in cands:
            if c is None or c.i >= first or c.text.lower() in ("it", "they", "this", "that",
                                                                "which", "who"):
                continue
            person, what = _who(p, r, c, [x for x in spoken if x[0] < c.idx])
            if person is not None and what in ("person", "actor") and \
                    (person.code or what == "person"):
                return person
    return None


def _a_name(text: str) -> bool:
    """Whether quoted words are a name ("Belt and Road"), not words someone said."""
    return all(w[:1].isupper() for w in text.split() if w.lower() not in ("and", "of", "the"))


def _a_body(r: Resolver, person: Person) -> bool:
    """Whether a speaker is a body named by what it is ("the committee", "the National
    Security Committee"), not a person."""
    words = (person.name or "").split()
    return bool(words) and (words[0].lower() in ("the", "its") or words[-1].lower() in
                            r.lex.organisation_words | BODY_WORDS | SPEAKING_BODIES)


def _quoted_last(out: list[Quote]) -> Person | None:
    if not out:
        return None
    q = out[-1].speaker
    return Person(q.name, q.code, None, q.description)


def _attribution_follows(text: str, end: int, limit: int) -> bool:
    """Whether the words after a closing mark at ``end`` go on the quote's sentence: the quote
    ends in a comma, or the narrative after it starts in lower case ('...” he said')."""
    if text[end - 1:end] == ",":
        return True
    rest = text[end + 1:limit].lstrip()
    return rest[:1] == "," or rest[:1].islower()


def _bare_attribution(p: ParsedText, r: Resolver, end: int, limit: int) -> bool:
    """Whether the sentence right after a quotation closed with a full stop is its bare
    attribution: '"... in Houston." Chao said, adding that ...' (a stop typed for a comma).
    Its main verb is a verb of saying with nothing said of its own (no clause, no object)."""
    after = _token_at(p, end + 1)
    if after is None or p.tokens[after].idx >= limit:
        return False
    sent = sentence_of(p, after)
    if sent is None or sent.start != after:
        return False
    if HOW_SAID.match(r.text, p.tokens[after].idx):
        return True     # '"...." That is how Maria Lopez describes life in her district.'
    root = next((t for t in p.tokens[sent.start:sent.end] if t.dep == "ROOT"), None)
    return root is not None and root.lemma.lower() in r.lex.speech_verbs and \
        root.i - sent.start <= 4 and not kids(p, root.i, "ccomp", "dobj", "xcomp") and \
        root.i + 1 < sent.end and p.tokens[root.i + 1].text in (",", ".")


def _subject(p: ParsedText, v: Token) -> Token | None:
    """The speech verb's subject, or for a participle or a second verb without one ('...,
    saying', 'touched on X and said') the subject of the verb it hangs from. Of two subjects
    ("A media analyst at USC, Gatov noted") the name."""
    subjects = kids(p, v.i, "nsubj")
    subj = next((t for t in subjects if t.pos == "PROPN"), subjects[0] if subjects else None)
    if subj is None and v.dep in ("advcl", "conj", "xcomp") and v.head != v.i:
        subj = subject_kid(p, v.head)
        if subj is not None and subj.i < v.i and \
                any(t.text in ('"', "”") for t in p.tokens[subj.i:v.i]):
            # '"... this is a positive thing," Representative Ann Ruiz, told VOA', the verb
            # hung on the quotation's verb: a subject inside the quotation never speaks it
            subj = None
    if subj is None and v.dep == "acl" and v.tag in ("VBD", "VBN") and \
            p.tokens[v.i - 1].text == ",":
        # "Nigel Farage, a key Brexit figure, joked that ...", parsed with the verb hung on
        # the name or its description: the one named speaks
        head = p.tokens[v.head]
        subj = p.tokens[head.head] if head.dep == "appos" else head
    after_quote = v.i > 0 and p.tokens[v.i - 1].text in ('"', "”")
    if subj is None and v.dep == "ROOT" or after_quote and (subj is None or subj.i < v.i):
        # '"...," said lecturer Soli Ozel of Kadir Has University' parsed with no subject at
        # all, '"...," tweeted Hillary Clinton' with the quotation's noun as subject: the
        # person named right after the verb speaks
        for t in p.tokens[v.i + 1:v.i + 8]:
            if t.pos == "PUNCT" or t.pos in ("VERB", "AUX") and t.ent < 0:
                break
            if t.ent >= 0 and p.entities[t.ent].label == "PERSON":
                return p.tokens[p.entities[t.ent].end - 1]
        obj = kid(p, v.i, "dobj")
        if subj is None and after_quote and obj is not None and obj.i > v.i and \
                obj.pos in ("NOUN", "PROPN"):
            # '"...," added one Western diplomat', parsed with the speaker as the object
            return obj
    if subj is None and v.i > 0:
        # '"...," WHO chief Tedros Adhanom Ghebreyesus told reporters', parsed with no subject:
        # the person named right before the verb, after the quotation closed
        # (a stray comma between: '"...," Representative Ann Ruiz, told VOA')
        end = v.i - 1 if p.tokens[v.i - 1].text == "," and v.i > 1 else v.i
        prev = p.tokens[end - 1]
        name = p.entities[prev.ent] if prev.ent >= 0 else None
        if name is not None and name.label == "PERSON" and name.end == end and \
                any(t.text in ('"', "”") for t in p.tokens[max(0, v.i - 8):name.start]):
            return prev
    if subj is None and v.dep == "ROOT":
        # "Anahit Grigoryan, a teacher in Stepanakert reached by messaging app, said", parsed
        # with the name under the description's clause: the person who opens the sentence,
        # set off by a comma before the verb
        sent = sentence_of(p, v.i)
        first = p.tokens[sent.start] if sent is not None else None
        if first is not None and first.ent >= 0 and p.entities[first.ent].label == "PERSON" \
                and p.entities[first.ent].start == sent.start and \
                p.tokens[p.entities[first.ent].end].text == "," and \
                p.tokens[v.i - 1].text == ",":
            return p.tokens[p.entities[first.ent].end - 1]
        # "a schoolteacher who asked that only her first name, Maryam, be used, told VOA":
        # the name given before the verb
        # ("name , Maryam ," ends before the verb: k + 3 < v.i)
        for k in range(sent.start if sent is not None else v.i, v.i - 3):
            t, nxt = p.tokens[k], p.tokens[k + 2]
            if t.lemma.lower() == "name" and p.tokens[k + 1].text == "," and \
                    nxt.pos == "PROPN" and nxt.text[:1].isupper() and \
                    p.tokens[k + 3].text == ",":
                return nxt
    if subj is not None and subj.i > v.i and (subj.ent < 0 or
                                              p.entities[subj.ent].label != "PERSON"):
        # '"...," said lecturer Soli Ozel of Istanbul's Kadir Has University' parsed with the
        # university as subject, '"...," said Iberdrola engineer Alonso Soberon' or 'said
        # former Ambassador Amina Yusuf' with the title as subject: the person named right
        # after the verb, before the subject's phrase ends, speaks
        stop = subj.i + 1
        while stop < min(len(p.tokens), subj.i + 5) and p.tokens[stop].pos != "PUNCT":
            stop += 1
        for t in p.tokens[v.i + 1:stop]:
            if t.ent >= 0 and p.entities[t.ent].label == "PERSON":
                return p.tokens[p.entities[t.ent].end - 1]
    return subj


def _named(p: ParsedText, r: Resolver, name: str, i: int, spoken: list[tuple[int, Person]]
           ) -> Person | None:
    """The person a name stands for at token ``i``; a lone surname is whoever of that name
    spoke or was named last (the son after the father)."""
    person = r.person_named(name, before=i)
    words = name.replace("’s", "").replace("'s", "").split()
    if len(words) == 1:
        mentioned = max((j for j, x in r.mentions if j < i and x is person), default=-1)
        at = p.tokens[mentioned].idx if mentioned >= 0 else -1
        for pos, x in reversed(spoken):
            if at < pos < p.tokens[i].idx and words[0] in x.name.split()[-1:]:
                return x
            if pos <= at:
                break
    return person


# Verbs of opinion that attribute the quotation they govern: 'Manning thinks "for now,
# diplomacy is dead."' (only for a quote inside their own clause: they report no speech)
OPINION_VERBS = words("opinion_verbs")


def _holds_quote(v: Token, start: int, end: int) -> bool:
    """Whether the quotation start..end comes right after verb ``v`` in its sentence."""
    return v.idx < start and start - (v.idx + len(v.text)) <= 3


def _introduced(p: ParsedText, r: Resolver, start: int, block_start: int,
                spoken: list[tuple[int, Person]], opens: bool = False,
                reported: bool = False) -> Person | None:
    """'Her neighbor, Jorge Diaz, agreed. "No one has come."': a quote right after a sentence
    of its paragraph whose subject is a person named there is that person's. With ``opens``
    (the quote opens its paragraph), the sentence is the previous paragraph's last, and a
    "he" or "she" there counts too. With ``reported``, only a sentence that reports what the
    person said counts ("X said she had spent two nights in a basement")."""
    mark = _token_at(p, start - 1)
    while mark and p.tokens[mark - 1].text.isspace():
        mark -= 1       # (a paragraph break is a token of its own)
    if not mark or p.tokens[mark - 1].idx < block_start and not opens:
        return None
    sent = sentence_of(p, mark - 1)
    if sent is None or sent.end_char > start or sent.start_char < block_start and not opens:
        return None
    if any(o < sent.end_char and c > sent.start_char
           for o, c in quote_pairs(r.text, sent.start_char, sent.end_char)):
        return None     # a sentence with words of its own: its speaker carries on, see _carried
    root = next((t for t in p.tokens[sent.start:sent.end] if t.dep == "ROOT"), None)
    subj = kid(p, root.i, "nsubj") if root is not None else None
    given = None
    if subj is None and root is not None and root.lemma.lower() in r.lex.speech_verbs:
        subj = given = _subject(p, root)
    if subj is None or reported and (root.lemma.lower() not in r.lex.speech_verbs or
                                     subj.text.lower() in PERSON_PRONOUNS):
        return None
    if given is not None and given.pos == "PROPN":
        # (a name the parser left outside the clause, or given only as a first name, which
        # the NER may take for a place)
        person, what = _who(p, r, given, spoken)
        return person if what in ("person", "description") else \
            Person(given.text, None, None, None, given.i)
    if opens and subj.text.lower() in ("he", "she"):
        # "For Sithole, managing his diabetes has been a long journey ... he has regained
        # control. / 'What I can tell people ...'": the person the narrative is about
        person = r.last_person(subj.i, subj.text.lower())
        return person if person is not None and person.name else None
    if (subj.ent < 0 or p.entities[subj.ent].label != "PERSON") and \
            not kids(p, subj.i, "appos"):
        # "Gherman said she expected ...", the surname not tagged a person's: one named before
        person = r.person_named(subj.text) if subj.pos == "PROPN" else None
        return person if person is not None and person.name else None
    person, what = _who(p, r, subj, spoken)
    return person if what in ("person", "description") else None


def _first_named_before(p: ParsedText, r: Resolver, person: Person, start: int) -> bool:
    """Whether ``person`` is first named in the sentence right before the character
    ``start``."""
    first = min((j for j, x in r.mentions if x is person or x.name == person.name),
                default=None)
    at = _token_at(p, start - 1)
    if first is None or at is None:
        return False
    sent = sentence_of(p, max(0, at - 1))
    return sent is not None and sent.start <= first < sent.end


_MINOR = frozenset({"and", "of", "for", "the", "de", "du", "des", "on", "in", "&"})


def _spelled_out(text: str, name: str | None) -> str | None:
    """An acronym the story spells out ("the National Intelligence and Security Agency
    (NISA) ... according to NISA") as its full name; any other name as it is."""
    if not name or not re.fullmatch(r"[A-Z]{2,7}", name):
        return name
    for m in re.finditer(r"\(" + name + r"\)", text):
        words = text[max(0, m.start() - 120):m.start()].split()[-10:]
        for n in range(len(words), 0, -1):
            tail = words[-n:]
            initials = "".join(w[0] for w in tail if w.lower() not in _MINOR)
            if initials.upper() == name and tail[0][:1].isupper() and \
                    all(w[:1].isupper() or w.lower() in _MINOR for w in tail):
                return " ".join(tail).removeprefix("the ").strip(",;:")
    return name


def _opens_sentence(p: ParsedText, t: Token) -> bool:
    sent = sentence_of(p, t.i)
    first = next((x for x in p.tokens[sent.start:sent.end] if x.pos != "PUNCT"), None)
    return first is not None and first.i == t.i


def _carried(p: ParsedText, spoken: list[tuple[int, Person]], out: list[Quote], before: int
             ) -> Person | None:
    """The speaker a paragraph that opens with an unattributed quote carries on from: whoever
    spoke last, a body or an outlet included ('..., CCTV said. / "This approach ...'). The
    speaker of the last quote wins when its attribution is that last speech verb."""
    person = _last(spoken, before)
    at = max((pos for pos, x in spoken if pos < before), default=-1)
    said = _token_at(p, at) if at >= 0 else None
    sent = sentence_of(p, said) if said is not None else None
    if out and (out[-1].start > at or
                sent is not None and sent.start_char <= out[-1].start < sent.end_char):
        q = out[-1]
        return Person(q.speaker.name, q.speaker.code, None, q.speaker.description)
    return person


def _sitting(r: Resolver, person: Person) -> bool:
    """Whether ``person`` holds an office in the leaders lexicon on the article's date."""
    key = r.lex.lookup(person.name) or ""
    return key.startswith("leader:") and r.lex.term_at(key, r.published) is not None


def _last(spoken: list[tuple[int, Person]], before: int, official: bool | None = None
          ) -> Person | None:
    for pos, person in reversed(spoken):
        if pos < before and (official is None or bool(person.code) == official):
            return person
    return None


def _speakers(p: ParsedText, doc: CleanDocument, r: Resolver) -> list[tuple[int, Person]]:
    """Everyone who speaks in the article, in order: subjects of speech verbs."""
    spoken: list[tuple[int, Person]] = []
    quoted = [span for b in doc.blocks if b.kind == "paragraph" for span in _quotations(doc, b)]
    for s in p.sentences:
        if doc.blocks[s.block].kind != "paragraph":
            continue
        for t in p.tokens[s.start:s.end]:
            according = t.text.lower() == "according"
            if not according and not (t.pos in ("VERB", "AUX") and
                                      t.lemma.lower() in r.lex.speech_verbs):
                continue
            if _inside(t, quoted):
                continue    # '"Al-Shabab has always told Somalis ...," he said': not a speaker
            if according:
                # "According to Elodie Marchal, ...": she speaks, and "she said" next is hers
                to = kid(p, t.i, "prep")
                obj = kid(p, to.i, "pobj") if to is not None else None
                person, what = _who(p, r, obj, spoken) if obj is not None else (None, None)
                if person is not None and what not in ("medium", "actor"):
                    spoken.append((t.idx, person))
                continue
            if t.pos in ("VERB", "AUX") and t.lemma.lower() in r.lex.speech_verbs:
                subj = _subject(p, t)
                if subj is None:
                    continue
                person, what = _who(p, r, subj, spoken)
                if person is not None and what not in ("medium", "actor"):
                    spoken.append((t.idx, person))      # people, whom "he" and "she" find
    return spoken


def _reported_just_before(p: ParsedText, spoken: list[tuple[int, Person]], start: int
                          ) -> Person | None:
    """The last person who says something in the sentence before the one where the quote
    at character ``start`` opens."""
    first = _token_at(p, start)
    before = _sentence_before(p, first) if first is not None else None
    if before is None:
        return None
    lo = before.start_char
    inside = [(pos, person) for pos, person in spoken if lo <= pos < start]
    if not inside:
        return None
    verb = _token_at(p, inside[-1][0])
    near = kids(p, verb) if verb is not None else []
    if any(t.dep == "aux" and t.lemma.lower() == "have" or t.lemma.lower() in BACKGROUND
           for t in near):
        # 'President Lukashenko has said many times that ...': what someone has always said
        # is background; the one quoted before goes on
        return None
    return inside[-1][1]


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


def _speaker(p: ParsedText, doc: CleanDocument, r: Resolver, start: int, end: int,
             spoken: list[tuple[int, Person]], quoted: list[tuple[int, int]],
             last_quoted: Person | None = None) -> tuple[Person | None, str | None, str]:
    """The person who said the quote spanning characters start..end."""
    first = _token_at(p, start)
    if first is None:
        return None, None, ""
    sent = sentence_of(p, first)
    if sent is None:
        return None, None, ""
    verbs = [t for t in p.tokens[sent.start:sent.end]
             if t.pos in ("VERB", "AUX") and not _inside(t, quoted) and (
                 t.lemma.lower() in r.lex.speech_verbs or
                 t.lemma.lower() in OPINION_VERBS and _holds_quote(t, start, end))]
    # the nearest verb first, but one in a clause of its own that does not hold a quote
    # inside the sentence last: 'X said that while Y was testifying, she was "overwhelmed"'
    inside = p.tokens[first].idx >= start and start > p.tokens[sent.start].idx + 1
    held = {a.i for a in ancestors(p, first)} if inside else None
    verbs.sort(key=lambda t: (held is not None and t.i not in held,
                              min(abs(t.idx - start), abs(t.idx - end))))
    medium = None
    outlet: Person | None = None
    body: tuple[Person, str] | None = None
    holding = False         # the body's verb is one whose clause holds the quote
    for v in verbs:
        subj = _subject(p, v)
        if subj is None and v.lemma.lower() == "quote":
            subj = kid(p, v.i, "nsubjpass")     # "Lena Marsh was quoted as saying"
        if subj is None:
            continue
        if last_quoted is not None and subj.text.lower() in PERSON_PRONOUNS and \
                v.lemma.lower() in CONTINUING and _fits(last_quoted, subj.text):
            # '"...," he added': whoever was quoted last goes on, though others were
            # mentioned (or reported) in between; but one the sentence before brings in
            # saying something ('Itzel Samudio, who teaches ..., said the government had
            # chosen ... "...," she added') goes on from there
            opened = min([a for a, b in quoted if a <= start <= b + 2] or [start])
            fresh = _reported_just_before(p, spoken, opened)
            if fresh is not None and fresh.name != last_quoted.name and \
                    _fits(fresh, subj.text) and \
                    all(w[:1].isupper() and not re.search(r"['’]s$", w) for w in fresh.name.split()):
                # (a name, not a description like "Solo's mayor" of the one quoted last)
                return fresh, medium, f"speech-verb:{v.lemma}"
            return last_quoted, medium, f"speech-verb:{v.lemma}"
        person, what = _who(p, r, subj, [x for x in spoken if x[0] < v.idx])
        quoted_one = kid(p, v.i, "dobj") if v.lemma.lower() == "quote" else None
        if v.lemma.lower() == "quote" and subj.dep == "nsubjpass":
            quoted_one = subj           # "Lena Marsh was quoted as saying"
        if quoted_one is not None and quoted_one.pos in ("PROPN", "NOUN"):
            # "KCNA quoted Kim as saying", "Xinhua quoted the ministry as saying": the one
            # quoted speaks, through whoever quoted them
            who, kind = _who(p, r, quoted_one, [x for x in spoken if x[0] < v.idx])
            if who is not None and kind in ("person", "description", "actor"):
                if what == "medium" and medium is None:
                    medium = p.entities[subj.ent].text if subj.ent >= 0 else subj.text
                return who, medium, "quoted-as-saying"
        if what == "medium":
            ent = p.entities[subj.ent] if subj.ent >= 0 else None
            medium = ent.text if ent else subj.text
            entry = r.lex.entries.get(ent.key) if ent else None
            outlet = Person(medium, entry.code if entry else None, "MED", None, subj.i)
            continue
        if person is not None and what == "actor":
            # "China's coast guard said it had taken 'necessary controls', spokesman Gan Yu
            # said": the person the sentence names speaks for the body
            body = body or (person, f"speech-verb:{v.lemma}")
            holding = holding or (held is not None and v.i in held)
            continue
        if person is not None and body is not None and holding and \
                person.code != body[0].code and v.i not in held:
            # 'The European Union said it expected the orders carried out "fully", while
            # al-Maliki said ...': one of another state does not speak for the body whose
            # words hold the quote
            return body[0], medium, body[1]
        if person is not None:
            return person, medium, f"speech-verb:{v.lemma}"
    if body is not None:
        return body[0], medium, body[1]
    for t in p.tokens[sent.start:sent.end]:
        # 'According to NISA, "The operation dealt a significant blow ..."'
        if t.text.lower() == "according" and not _inside(t, quoted):
            to = kid(p, t.i, "prep")
            obj = kid(p, to.i, "pobj") if to is not None else None
            if obj is not None:
                person, what = _who(p, r, obj, [x for x in spoken if x[0] < t.idx])
                if what == "medium" and obj.ent >= 0:
                    entry = r.lex.entries.get(p.entities[obj.ent].key)
                    person = Person(p.entities[obj.ent].text, entry.code if entry else None,
                                    "MED", None, obj.i)
                if person is not None:
                    return person, medium, "according-to"
    if medium:
        # "He also confirmed that ... '...', Kyodo News reported": the person in the sentence
        for t in p.tokens[sent.start:sent.end]:
            if t.dep == "nsubj" and not _inside(t, quoted):
                person, what = _who(p, r, t, [x for x in spoken if x[0] < t.idx])
                if person is not None and what != "medium":
                    return person, medium, "via-medium"
        # '"AI now plays a crucial role ...," CCTV said': the outlet speaks for itself
        return outlet, None, "outlet"
    return None, medium, ""


def _who(p: ParsedText, r: Resolver, subj: Token, spoken: list[tuple[int, Person]]
         ) -> tuple[Person | None, str]:
    low = subj.text.lower()
    if low == "one":
        # '"...," said one, a mother of two': the one the description gives
        for a in kids(p, subj.i, "appos"):
            if a.lemma.lower() in r.lex.speaker_nouns | r.lex.experts:
                return _unnamed(p, r, a), "description"
    if low in ("another", "other") and subj.pos in ("PRON", "DET", "ADJ", "NOUN") and \
            not kids(p, subj.i, "appos"):
        # '"...," one official said. "...," another added': a second one of those the last
        # unnamed speaker was one of, never that speaker again
        for _, person in reversed([x for x in spoken if x[0] < subj.idx]):
            words_ = (person.name or "").split()
            if len(words_) >= 2 and words_[0].lower() in ("a", "an", "one", "another"):
                return Person(f"another {words_[-1]}", person.code, person.sector, None,
                              subj.i), "description"
            break
        return Person("another", None, None, None, subj.i), "description"
    if subj.pos == "NOUN" and subj.lemma.lower() in r.lex.speaker_nouns:
        named = _named_after(p, r, subj)
        if named is not None:
            return named, "description"
    if subj.ent >= 0 and re.search(r"\w['’]s \w", p.entities[subj.ent].text):
        # "Cornell's Casanova said": the possessor is where the person works; the name is
        # the words after it
        ent = p.entities[subj.ent]
        name = re.split(r"['’]s ", ent.text)[-1]
        if name[:1].isupper():
            person = _named(p, r, name, ent.start, spoken)
            return person or Person(name, None, None, None, ent.start), "person"
    if subj.ent >= 0 and p.entities[subj.ent].key.startswith("demonym:") and \
            (kid(p, subj.i, "det") is not None or subj.tag in ("NN", "NNP")) and \
            subj.dep in ("nsubj", "nsubjpass"):
        # "Sybiha met Rubio. '...,' the Ukrainian said": the person of that state named last
        named = _named_of(r, subj.i, {r.lex.entry(p.entities[subj.ent].key).code},
                          loose=False)
        if named is not None:
            return named, "description"
    if subj.ent >= 0:
        ent = p.entities[subj.ent]
        if ent.key.startswith("outlet:"):
            return None, "medium"
        if ent.label == "PERSON" or ent.key.startswith("leader:"):
            person = _named(p, r, ent.text, ent.start, spoken)
            if person is None:
                person = Person(ent.text.replace("'s", ""), None, None, None, ent.start)
            return person, "person"
    if subj.text[:1].isupper() and (subj.ent >= 0 or not _opens_sentence(p, subj) or
                                    subj.text in r.by_surname) and \
            (subj.ent < 0 or not p.entities[subj.ent].key):
        # "Orban said" with the surname tagged as an organisation, or as a common noun: a
        # person named before
        person = _named(p, r, p.entities[subj.ent].text if subj.ent >= 0 else subj.text,
                        subj.i, spoken)
        if person is not None:
            return person, "person"
        low_word = subj.text.lower()
        if subj.ent < 0 and subj.pos == "NOUN" and subj.text[1:].islower() and \
                low_word not in r.lex.speaker_nouns | r.lex.documents | r.lex.organisation_words:
            # '..., Creemers said': a capital in mid-sentence on a word the tagger took for a
            # common noun is a name
            return Person(subj.text, None, None, None, subj.i), "person"
    if subj.pos == "PROPN":
        titled = _titled_name(p, r, subj)
        if titled is not None:
            return titled, "person"
    if subj.pos == "PROPN" and (subj.ent < 0 or p.entities[subj.ent].label not in
                                ("GPE", "ORG", "NORP", "LOC", "FAC")):
        # a name the NER missed: "Colonna said", "General Ingo Gerhartz ... told reporters"
        comps = {t.i: t for t in kids(p, subj.i, "compound") if t.pos == "PROPN" and
                 t.text not in r.lex.titles}
        run, k = [], subj.i - 1
        while k in comps or k >= 0 and p.tokens[k].text == "-" and k - 1 in comps:
            # only the words right before the surname: '"... subject to Jim Crow law," Chao
            # said' hangs "Jim Crow" on "Chao" across the quotation
            run.insert(0, p.tokens[k].text)
            k -= 1
        names = run + [subj.text]
        name = " ".join(names).replace(" - ", "-")     # "Min-ji Park"
        if subj.text.lower() in r.lex.organisation_words:
            # "the Somali National Army": a body, with its state where the words give one
            actors = r.actors(subj.i)
            return Person(_clean_entity(text_of(p, r.text, *_left_span(p, subj))),
                          actors[0].code if actors else None,
                          actors[0].sector if actors else None, None, subj.i), "actor"
        return r.person_named(name) or Person(name, None, None, None, subj.i), "person"
    if subj.pos == "NOUN" and subj.lemma.lower() in r.lex.documents and \
            kid(p, subj.i, "det") is not None and \
            kid(p, subj.i, "det").text.lower() in ("the", "this", "that"):
        # "The statement warned ...": the body that issued the statement told before
        issuer = _issuer_before(p, r, subj)
        if issuer is not None:
            return issuer, "actor"
    if subj.pos == "NOUN" and subj.lemma.lower() in OWN_VOICES:
        owner = kid(p, subj.i, "poss")
        if owner is None:
            # "the office of the president said": the office holder speaks through it
            owner = next((o for prep in kids(p, subj.i, "prep") if prep.text.lower() == "of"
                          for o in kids(p, prep.i, "pobj") if o.pos in ("NOUN", "PROPN")),
                         None)
        if owner is not None and owner.text.lower() in ("his", "her"):
            # "Yoon convened a meeting, after which his office said"
            person = _pronoun(p, r, owner, spoken)
            if person is not None:
                return Person(person.name, person.code, person.sector,
                              f"{text_of(p, r.text, *_left_span(p, subj))}", subj.i), "person"
        if owner is not None and owner.pos == "NOUN" and owner.ent < 0:
            person, kind = _who(p, r, owner, spoken)
            if person is not None and kind in ("person", "description"):
                return Person(person.name, person.code, person.sector,
                              f"{text_of(p, r.text, *_left_span(p, subj))}", subj.i), "person"
        if owner is not None and owner.ent >= 0 and (
                p.entities[owner.ent].label == "PERSON" or
                p.entities[owner.ent].label == "ORG" and not p.entities[owner.ent].key):
            # "Marsh's office said": the person speaks through the office
            person, kind = _who(p, r, owner, spoken)
            if person is not None and kind == "person":
                return Person(person.name, person.code, person.sector,
                              f"{text_of(p, r.text, *_left_span(p, subj))}", subj.i), "person"
    if subj.pos in ("NOUN", "NUM", "PRON"):
        # "said his daughter Linda Wu", "A media analyst ..., Gatov noted", "said social
        # worker and activist Ryan Febrianto", "One of the authors, Vasily Gatov, told": the
        # name beside the noun is the speaker
        beside = kids(p, subj.i, "appos", "conj")
        if subj.lemma.lower() in r.lex.speaker_nouns:
            # "a spokesman for the junta, Colonel-Major Amadou Abdramane, said": the name the
            # parser hung on the description's own phrase
            beside += [a for prep in kids(p, subj.i, "prep") if prep.text.lower() in ("for", "of")
                       for o in kids(p, prep.i, "pobj") for a in kids(p, o.i, "appos")]
            beside += _given_name(p, subj)
        for k in beside:
            # (a name the NER took for a place or a body the lexicon does not know: "Her
            # daughter, 12-year-old Amina, said")
            if k.pos == "PROPN" and (k.ent < 0 or p.entities[k.ent].label == "PERSON" or
                                     p.entities[k.ent].label in ("ORG", "GPE", "LOC", "NORP")
                                     and not p.entities[k.ent].key):
                return _who(p, r, k, spoken)
    if low in PERSON_PRONOUNS:
        return _pronoun(p, r, subj, spoken), "pronoun"
    if low == "it" and subj.dep == "nsubj" and _opens_sentence(p, subj):
        # '"...," the committee said in a statement. It also warned that ...': a body that
        # spoke in the sentence before goes on
        sent = sentence_of(p, subj.i)
        body = _reported_just_before(p, spoken, p.tokens[sent.start].idx) if sent else None
        if body is not None and _a_body(r, body):
            return body, "actor"
    if low in ("it", "they"):
        # "what it calls its 'defensive measures'", "It accused Algeria of a 'hostile' act":
        # the state or body the pronoun stands for speaks
        actors = [a for a in r.actors(subj.i) if a.code]
        if actors:
            # named as the story named it ("the Russian Embassy", not "Russia")
            a = actors[0]
            name = _clean_entity(a.mention) if a.mention[:1].isupper() and \
                a.mention.lower() not in ("it", "they") else a.name
            return Person(name, a.code, a.sector, None, subj.i), "actor"
        if low == "they":
            # "Residents said the soldiers came at night. '...,' they said": the people the
            # sentence before has saying something
            group = _plural_speakers_before(p, r, subj)
            if group is not None:
                return group, "description"
    det = kid(p, subj.i, "det")
    if subj.pos == "NOUN" and det is not None and det.text.lower() in ("the", "this"):
        # "said the mayor", "the spokesperson told VOA": the person that title was given to
        titled = _titled(p, r, subj)
        if titled is not None:
            return titled, "description"
        if subj.lemma.lower() in r.lex.speaker_nouns and not r.actors(subj.i):
            # "the French politician says": the person of that state named last; "The
            # minister, who spoke on condition of anonymity, said": one the story never
            # names, by the description
            return (_by_demonym(p, r, subj) or _subject_before(p, r, subj) or
                    _unnamed(p, r, subj)), "description"
    if subj.pos == "NOUN" and _indefinite(p, subj) \
            and subj.lemma.lower() in (r.lex.speaker_nouns | r.lex.experts):
        return _unnamed(p, r, subj), "description"
    if low in r.lex.experts or subj.lemma.lower() in r.lex.experts:
        return _last(spoken, subj.idx, official=False) or _last(spoken, subj.idx), "description"
    if subj.pos == "NOUN" and det is not None and det.text.lower() == "the" and \
            subj.lemma.lower() in SPEAKING_BODIES:
        # "The al-Shabab militant group claimed the attack. '...,' the group said", "ECOWAS
        # ... the commission said": the body named last before, as the story named it
        named = _body_before(p, r, subj)
        if named is not None:
            return named, "actor"
    if subj.pos == "NOUN":
        actors = r.actors(subj.i)
        if actors:
            a = actors[0]
            det = kid(p, subj.i, "det")
            definite = det is not None and det.text.lower() == "the" or \
                kid(p, subj.i, "poss") is not None
            # (a person described, not a body: "the military governments in Bamako and
            # Ouagadougou said" speak for themselves)
            one_person = subj.tag == "NN" and \
                subj.lemma.lower() in r.lex.speaker_nouns | r.lex.leader_nouns and \
                subj.lemma.lower() not in BODY_WORDS
            if definite and a.code and one_person:
                # "the Israeli leader", "the former French foreign minister": the person of
                # that state who spoke last, when there is one
                unknown = None
                # "the former minister" is nobody in office now: the lexicon codes only
                # sitting office holders
                former = any(t.text.lower() in FORMER for t in kids(p, subj.i, "amod"))
                for _, person in reversed(spoken):
                    if not person.name or not person.name[:1].isupper() \
                            or person.name.lower().startswith("the "):
                        continue
                    if former and _sitting(r, person):
                        continue
                    if person.code == a.code:
                        return person, "description"
                    if person.code is None and unknown is None:
                        # "Michel Barnier says ... The former French foreign minister told":
                        # a speaker whose state the lexicon does not know
                        unknown = person
                if unknown is not None:
                    return unknown, "description"
                if subj.lemma.lower() in r.lex.speaker_nouns | r.lex.leader_nouns:
                    # "Kaja Kallas met ministers ... 'We must do more,' the top EU diplomat
                    # said": the official of that state or body named last
                    named = _named_of(r, subj.i, {a.code}, former=former)
                    if named is not None:
                        return named, "description"
            return Person(a.mention, a.code, a.sector, None, subj.i), "actor"
    if subj.ent >= 0 and p.entities[subj.ent].label in ("GPE", "ORG", "NORP"):
        # "North Korea said", "Tehran has called the allegations 'baseless'": a state or a
        # body speaks
        ent = p.entities[subj.ent]
        actors = r.actors(subj.i)
        name = _clean_entity(ent.text)
        words = name.split()
        if not actors and ent.label == "ORG" and 2 <= len(words) <= 3 and \
                all(w[:1].isupper() and w.lower() not in r.lex.organisation_words for w in words):
            # "said Thabo Nkosi, a researcher": a person's name the NER took for a body
            return Person(name, None, None, None, subj.i), "person"
        code = actors[0].code if actors else None
        sector = actors[0].sector if actors else None
        return Person(name, code, sector, None, subj.i), "actor"
    if subj.pos == "NOUN" and subj.lemma.lower() in r.lex.documents:
        # "said a statement issued by the Japanese embassy": whoever issued it speaks
        # ("according to a statement by the Red Cross": the "by" on the noun itself)
        agents = [ag for acl in kids(p, subj.i, "acl") for ag in kids(p, acl.i, "agent")] + \
            [pr for pr in kids(p, subj.i, "prep") if pr.text.lower() in ("by", "from")]
        for ag in agents:
            obj = kid(p, ag.i, "pobj")
            if obj is not None:
                person, what = _who(p, r, obj, spoken)
                if person is not None:
                    return person, what
                if obj.pos == "NOUN":
                    # "a statement from the army's press wing said": the wing, as named
                    return _unnamed(p, r, obj), "actor"
    if subj.pos == "NOUN" and subj.lemma.lower() in r.lex.documents and \
            (det is None or det.text.lower() in ("a", "an")) and \
            kid(p, subj.i, "poss") is None:
        # "FilterLabs analyzes sentiment online. According to a recently published
        # assessment, ...": a text of no one named, right after a sentence about a body
        # (an organisation, never a state or a person), is that body's
        issuer = _body_subject_before(p, r, subj)
        if issuer is not None:
            return issuer, "actor"
    if subj.pos == "NOUN" and det is not None and det.text.lower() == "the" \
            and subj.lemma.lower() in r.lex.documents:
        # "the law says", "the joint statement said": the text speaks as the story has it
        return _unnamed(p, r, subj), "actor"
    if subj.pos == "NOUN" and subj.lemma.lower() in BODY_WORDS and \
            subj.lemma.lower() not in r.lex.speaker_nouns:
        # "the juntas said": a body the story names only by what it is, never "she"
        return _unnamed(p, r, subj), "actor"
    if subj.pos == "NOUN" and (subj.lemma.lower() in SPEAKING_BODIES or
                               subj.lemma.lower() in r.lex.speaker_nouns):
        # "nine press freedom and rights groups said", "a coalition of aid agencies said":
        # a body the story names only by what it is
        return _unnamed(p, r, subj), "description"
    return None, ""


def _body_subject_before(p: ParsedText, r: Resolver, t: Token) -> Person | None:
    """The organisation the NER names as the subject of the sentence before ``t``'s."""
    sent = _sentence_before(p, t.i)
    if sent is None:
        return None
    for s in p.tokens[sent.start:sent.end]:
        if s.dep != "nsubj" or p.tokens[s.head].dep != "ROOT" or s.ent < 0:
            continue
        ent = p.entities[s.ent]
        if ent.label != "ORG" or ent.key.startswith(("outlet:", "country:", "capital:",
                                                       "demonym:", "leader:")):
            return None
        actors = r.actors(s.i)
        return Person(_clean_entity(ent.text), actors[0].code if actors else None,
                      actors[0].sector if actors else None, None, s.i)
    return None


def _sentence_before(p: ParsedText, i: int):
    """The sentence before the one holding token ``i``, or None."""
    sent = sentence_of(p, i)
    j = sent.start - 1 if sent is not None else -1
    while j >= 0 and sentence_of(p, j) is None:
        j -= 1                  # the spaces between two sentences belong to neither
    return sentence_of(p, j) if j >= 0 else None


def _since_sentence_before(p: ParsedText, i: int) -> int:
    """The first token of the sentence before the one holding token ``i`` (of that sentence,
    in the first one)."""
    before = _sentence_before(p, i)
    sent = sentence_of(p, i)
    return before.start if before is not None else (sent.start if sent is not None else 0)


def _plural_speakers_before(p: ParsedText, r: Resolver, subj: Token) -> Person | None:
    """The plural people or bodies ("residents", "two women", "rights groups") that are the
    subject of a verb in this sentence before ``subj`` or in the one before it."""
    lo = _since_sentence_before(p, subj.i)
    nouns = r.lex.speaker_nouns | r.lex.experts | SPEAKING_BODIES | PEOPLE_WORDS
    for t in reversed(p.tokens[lo:subj.i]):
        if t.dep == "nsubj" and t.tag == "NNS" and t.lemma.lower() in nouns and \
                p.tokens[t.head].lemma.lower() in r.lex.speech_verbs:
            return _unnamed(p, r, t)
    return None


def _body_before(p: ParsedText, r: Resolver, subj: Token) -> Person | None:
    """The organisation or armed group named last in this sentence or the one before."""
    lo = _since_sentence_before(p, subj.i)
    for ent in reversed(p.entities):
        if ent.end > subj.i or ent.start < lo:
            continue
        if ent.key.startswith("org:"):
            actors = r.actors(ent.end - 1)
            if actors and actors[0].code:
                return Person(_clean_entity(ent.text), actors[0].code, actors[0].sector, None,
                              ent.start)
    return None


def _issuer_before(p: ParsedText, r: Resolver, doc: Token) -> Person | None:
    """Who issued the text "the statement" refers back to: the subject of the verb the last
    text of that name was said in or issued by ("Myanmar's military government said in a
    statement ..."), named as the story names it."""
    for j in range(doc.i - 1, max(-1, doc.i - 300), -1):
        t = p.tokens[j]
        if t.lemma.lower() != doc.lemma.lower() or t.pos != "NOUN":
            continue
        verb = text_verb(p, j)
        subj = _subject(p, verb) if verb is not None else None
        if subj is None or subj.text.lower() in PERSON_PRONOUNS:
            continue
        owner = kid(p, subj.i, "poss")
        actors = r.actors(subj.i) or (r.actors(owner.i) if owner is not None else [])
        if not actors and subj.ent < 0:
            continue        # (a body the NER names counts, though its state is unknown)
        actors = actors or [None]
        lo, hi = subtree(p, subj.i)
        if any(c.dep in ("relcl", "appos", "acl") for c in kids(p, subj.i)):
            lo, hi = _left_span(p, subj)
        first = actors[0]
        return Person(_clean_entity(text_of(p, r.text, lo, hi)), first and first.code,
                      first and first.sector, None, subj.i)
    return None


def _given_name(p: ParsedText, subj: Token) -> list[Token]:
    """"A truck driver who gave only his first name, Bakary, said": the name given."""
    lo, hi = subtree(p, subj.i)
    for t in p.tokens[lo:hi - 1]:
        if t.lemma.lower() == "name" and t.i + 2 < hi and p.tokens[t.i + 1].text == "," \
                and p.tokens[t.i + 2].pos == "PROPN":
            return [p.tokens[t.i + 2]]
        if t.lemma.lower() in ("name", "identify") or t.text.lower() == "known":
            # "who gave her name only as Neema", "identified only as Ahmed"
            for j in range(t.i + 1, min(hi, t.i + 4)):
                if p.tokens[j].text.lower() == "as" and j + 1 < hi and \
                        p.tokens[j + 1].pos == "PROPN":
                    return [p.tokens[j + 1]]
    return []


def _clean_entity(text: str) -> str:
    text = text.replace("’s", "").replace("'s", "")
    return text[4:] if text.lower().startswith("the ") else text


def _pronoun(p: ParsedText, r: Resolver, subj: Token, spoken: list[tuple[int, Person]]
             ) -> Person | None:
    """The person "he" or "she" is; see _pronoun_candidate. A speaker whose given name says
    the other gender is passed over for the last one that fits."""
    person = _pronoun_candidate(p, r, subj, spoken)
    if _fits(person, subj.text):
        return person
    kin = _kin_before(p, r, subj, person)
    if kin is not None:
        return kin
    for pos, other in reversed(spoken):
        if pos < subj.idx and _fits(other, subj.text) and gender(other) is not None:
            return other
    for j, other in reversed(r.mentions):
        if j < subj.i and gender(other) is not None and _fits(other, subj.text):
            return other
    return person


# nouns that say a person's sex: "His wife, Ana, was injured. '...,' she said"
_KIN = {"she": frozenset({"wife", "mother", "daughter", "sister", "woman", "girl",
                          "grandmother", "aunt", "niece", "widow", "girlfriend"}),
        "he": frozenset({"husband", "father", "son", "brother", "man", "boy", "grandfather",
                         "uncle", "nephew", "widower", "boyfriend"})}


def _kin_before(p: ParsedText, r: Resolver, subj: Token, person: Person | None
                ) -> Person | None:
    """For a "she" the last person named cannot be: a woman the sentence before has as its
    subject by what she is to someone ("His wife, Ana"), by her name if given."""
    words = _KIN.get(subj.text.lower())
    here = sentence_of(p, subj.i)
    if not words or here is None or here.start == 0:
        return None
    before = sentence_before(p, here.start)
    for t in p.tokens[before.start:before.end] if before is not None else []:
        if t.dep in ("nsubj", "nsubjpass") and t.lemma.lower() in words:
            name = next((a for a in kids(p, t.i, "appos") if a.pos == "PROPN"), None)
            if name is not None:
                # the name's own words ("Ana Diaz"), not its age or description
                lo = min([name.i] + [c.i for c in kids(p, name.i, "compound")
                                     if c.pos == "PROPN"])
                return Person(text_of(p, r.text, lo, name.i + 1), None, None, None, name.i)
            return _unnamed(p, r, t)
    return None


def _pronoun_candidate(p: ParsedText, r: Resolver, subj: Token,
                       spoken: list[tuple[int, Person]]) -> Person | None:
    """'he said': the last speaker, unless a later paragraph made another person the subject
    of a sentence ("Joao Pinto is the former director. He says ..."). Inside what someone is
    reported to say, "he" is first that speaker ("Macron said the envoy would return, and
    that Paris was ending ties with what he called ...")."""
    own = p.tokens[subj.head]
    for a in ancestors(p, own.i):
        if a.pos == "VERB" and a.lemma.lower() in r.lex.speech_verbs:
            teller = _subject(p, a)
            if teller is not None and teller.i != subj.i and teller.text.lower() not in \
                    PERSON_PRONOUNS and teller.pos == "PROPN":
                person, kind = _who(p, r, teller, [x for x in spoken if x[0] < a.idx])
                if person is not None and kind == "person" and _fits(person, subj.text):
                    return person
            break
    speaker_at, speaker = next(((pos, person) for pos, person in reversed(spoken)
                                if pos < subj.idx), (-1, None))
    at = _token_at(p, speaker_at) if speaker is not None else None
    speaker_block = sentence_of(p, at).block if at is not None else -1
    # office holders named by an alias ("Lula") count as mentions too
    seen = {j for j, _ in r.mentions}
    leaders = [(e.start, r.person_named(e.text) or r.person_named(e.key[7:].title()))
               for e in p.entities if e.key.startswith("leader:") and e.start not in seen]
    mentions = sorted(r.mentions + [(j, x) for j, x in leaders if x is not None],
                      key=lambda m: m[0])
    here = sentence_of(p, subj.i)
    # the sentence before the quotation: '... works in a bar. "A. B," she said' skips "A."
    earlier = [x for x in p.sentences if x.end <= here.start]
    while earlier and _quoted_sentence(p, r.text, earlier[-1]):
        earlier.pop()
    before = earlier[-1:]
    if before and speaker is not None:
        # "The same message came from Ursula von der Leyen. '...,' she said": the one person
        # the sentence before the quote introduces, when it is not the last speaker and the
        # sentence reports no one's words
        sb = before[0]
        named = {id(x): x for j, x in mentions if sb.start <= j < sb.end
                 and p.tokens[j].idx > speaker_at and not _in_quote(p, r.text, j)}
        if len(named) == 1 and not any(sb.start_char <= pos < sb.end_char for pos, _ in spoken) \
                and not any(o < sb.end_char and c > sb.start_char for o, c in
                                       quote_pairs(r.text, sb.start_char, sb.end_char)):
            person = next(iter(named.values()))
            surname = person.name.split()[-1] if person.name else ""
            if person.name != speaker.name and _fits(person, subj.text) and \
                    surname not in r.text[here.start_char:here.end_char]:
                return person           # (not one the quotation itself speaks of)
        root = next((t for t in p.tokens[sb.start:sb.end] if t.dep == "ROOT"), None)
        told = kid(p, root.i, "nsubj") if root is not None else None
        if told is not None and told.text.lower() == subj.text.lower() and \
                not any(sb.start_char <= pos < sb.end_char for pos, _ in spoken) and \
                not any(o < sb.end_char and c > sb.start_char for o, c in
                        quote_pairs(r.text, sb.start_char, sb.end_char)):
            # "For Sithole, managing his diabetes has been a long journey. But ... he has
            # regained control. '...,' he said": the narrative's "he" goes on speaking
            after = at if at is not None else -1       # the last speaker's verb
            named_before = [x for j, x in mentions if after < j < told.i and
                            not _in_quote(p, r.text, j) and _fits(x, subj.text)]
            if named_before and named_before[-1].name != speaker.name:
                return named_before[-1]
    subjects: list[tuple[Person, bool, object]] = []    # (person, main clause's, sentence)
    for j, person in reversed(mentions):
        if j >= subj.i:
            continue
        if p.tokens[j].idx <= speaker_at or (sentence_of(p, j).block <= speaker_block and
                                             sentence_of(p, j) != sentence_of(p, subj.i)):
            break
        if _in_quote(p, r.text, j):
            continue                    # a person the quotation speaks of
        if subjects and sentence_of(p, j) != subjects[0][2]:
            break
        ent = p.entities[p.tokens[j].ent] if p.tokens[j].ent >= 0 else None
        span = range(ent.start, ent.end) if ent else range(j, j + 1)
        heads = [k for k in span if p.tokens[k].dep in ("nsubj", "nsubjpass") or
                 p.tokens[k].dep == "appos" and
                 p.tokens[p.tokens[k].head].dep in ("nsubj", "nsubjpass")]
        if heads and _fits(person, subj.text):
            k = heads[0] if p.tokens[heads[0]].dep != "appos" else p.tokens[heads[0]].head
            subjects.append((person, p.tokens[p.tokens[k].head].dep == "ROOT",
                             sentence_of(p, j)))
    # of the subjects in the sentence nearest the quotation, the main clause's, or one in
    # apposition to it ("The president's spokesman, Pedro Ruiz, spoke after Carlos Vega left
    # the room. '...,' he said": Ruiz), else the nearest
    for person, main, _ in subjects:
        if main:
            return person
    if subjects:
        return subjects[0][0]
    return speaker or r.last_person(subj.i)


def _quoted_sentence(p: ParsedText, text: str, sent) -> bool:
    """Whether a sentence is all quotation (its first and last words inside quote marks)."""
    words = [t.i for t in p.tokens[sent.start:sent.end] if t.pos != "PUNCT"]
    return bool(words) and _in_quote(p, text, words[0]) and _in_quote(p, text, words[-1])


def _in_quote(p: ParsedText, text: str, j: int) -> bool:
    """Whether token ``j`` stands inside a quotation of its paragraph."""
    block = sentence_of(p, j).block
    sents = [x for x in p.sentences if x.block == block]
    idx = p.tokens[j].idx
    return any(o < idx < c for o, c in quote_pairs(text, sents[0].start_char, sents[-1].end_char))


# offices a role noun names, as leaders.csv gives them
OFFICE_ROLES = {"president": ("head_of_state",), "premier": ("head_of_government",),
                "chancellor": ("head_of_government",), "minister": ("foreign_minister",
                                                                    "defence_minister",
                                                                    "head_of_government"),
                "leader": ("head_of_state", "head_of_government")}


def _titled(p: ParsedText, r: Resolver, subj: Token) -> Person | None:
    """The person a role noun ('the mayor', 'the spokesperson') stands for: a person named
    with that title before ("Solo Mayor Hadi Rudyatmo", "lecturer Soli Ozel", "X, the mayor
    of Solo"), else an unnamed one introduced with it ("A State Department spokesperson")."""
    word = subj.lemma.lower()
    if any(c.text.lower() in FORMER or c.ent >= 0 and
           p.entities[c.ent].label in ("NORP", "GPE")
           for c in kids(p, subj.i, "amod", "compound", "nmod")):
        return None     # "the former Dutch prime minister": by state and time, below
    for j, person in reversed(r.mentions):
        if j >= subj.i:
            continue
        ent = p.entities[p.tokens[j].ent] if p.tokens[j].ent >= 0 else None
        start = ent.start if ent else j
        sent = sentence_of(p, start)
        lo = max(start - 6, sent.start if sent else 0)
        for k in range(start - 1, lo - 1, -1):
            t = p.tokens[k]
            if t.pos in ("VERB", "AUX", "PRON", "PUNCT", "SCONJ") or t.ent >= 0 and \
                    p.entities[t.ent].label == "PERSON":
                lo = k + 1      # "Keir Starmer, who met Trump": Starmer's title is not Trump's
                break
        title = {t.lemma.lower() for t in p.tokens[lo:start]}
        title |= set((person.description or "").lower().replace(",", " ").split())
        name_head = p.tokens[ent.end - 1] if ent else p.tokens[j]
        if name_head.dep == "appos" and name_head.head < start:
            # "Congo's government spokesman, Patrick Muyaya, ... the spokesman said"
            described = p.tokens[name_head.head]
            title |= {described.lemma.lower()} | {c.lemma.lower() for c in
                                                   kids(p, described.i, "compound", "amod")}
        if word in title or subj.text.lower() in title:
            return person
    for t in reversed(p.tokens[:subj.i]):
        # "Solo Mayor Hadi Rudyatmo", where the NER took the name for a place
        if t.lemma.lower() == word and t.dep == "compound" and p.tokens[t.head].pos == "PROPN":
            return _titled_name(p, r, p.tokens[t.head])
    for ent in reversed(p.entities):
        # "the International Energy Agency ... the agency said"
        if ent.end <= subj.i and ent.label == "ORG" and \
                p.tokens[ent.end - 1].lemma.lower() == word:
            actors = r.actors(ent.end - 1)
            return Person(_clean_entity(ent.text), actors[0].code if actors else None,
                          actors[0].sector if actors else None, None, ent.start)
    roles = OFFICE_ROLES.get(word)
    if roles and not any(c.ent >= 0 or c.text.lower() in FORMER
                         for c in kids(p, subj.i, "amod", "compound", "nmod", "poss")):
        # (not "the former Dutch prime minister", "the French president": rules of their own)
        # "Trump, however, was noncommittal. 'We'll see,' the president said": the office
        # holder the lexicon gives that office, named last
        for j, person in reversed(r.mentions):
            if j >= subj.i or j < subj.i - 150:
                continue
            held = r.lex.terms_at(r.lex.lookup(person.name) or "", r.published or "")
            if any(t.role in roles for t in held):
                return person
        for t in reversed(p.tokens[max(0, subj.i - 150):subj.i]):
            # ("Zelenskyy spoke in Kyiv. '...,' the president said": a surname the tagger
            # left untagged, which the lexicon knows)
            if t.pos not in ("PROPN", "NOUN") or not t.text[:1].isupper() or t.ent >= 0 and \
                    p.entities[t.ent].label != "PERSON":
                continue
            person = r.person_named(t.text)
            held = r.lex.terms_at(r.lex.lookup(person.name) or "", r.published or "") \
                if person is not None and person.code else []
            if any(h.role in roles for h in held):
                return Person(t.text, person.code, person.sector, None, t.i)
    if word not in r.lex.speaker_nouns and word not in r.lex.experts:
        return None
    for t in reversed(p.tokens[:subj.i]):
        if t.lemma.lower() == word and t.pos == "NOUN":
            det = kid(p, t.i, "det")
            if det is not None and det.text.lower() in ("a", "an"):
                who = kid(p, t.head, "nsubj") if t.dep == "attr" else None
                if who is not None and who.ent >= 0 and \
                        p.entities[who.ent].label == "PERSON":
                    # "Nasra Hussein is a nurse at the hospital": the nurse is named
                    named = r.person_named(p.entities[who.ent].text, who.i)
                    if named is not None:
                        return named
                return _unnamed(p, r, t)
    return None


def _subject_before(p: ParsedText, r: Resolver, subj: Token) -> Person | None:
    """'Mwangi Kiunjuri told reporters the deal was signed. "...," the former minister said':
    a role noun no one was given, with no state of its own, is the person the sentence before
    is about (its subject, named)."""
    if any(c.ent >= 0 and p.entities[c.ent].label in ("NORP", "GPE", "ORG")
           for c in kids(p, subj.i, "amod", "compound", "nmod", "poss")):
        return None
    before = _sentence_before(p, subj.i)
    if before is None:
        return None
    for j, person in reversed(r.mentions):
        if before.start <= j < before.end:
            tok = p.tokens[j]
            ent = p.entities[tok.ent] if tok.ent >= 0 else None
            head = p.tokens[ent.end - 1] if ent else tok
            if head.dep in ("nsubj", "nsubjpass") and person.name[:1].isupper():
                return person
    return None


def _by_demonym(p: ParsedText, r: Resolver, subj: Token) -> Person | None:
    """The person of the state a role noun's demonym names ("the French politician"), named
    last before it; else the last person named in full whose state the lexicon does not know."""
    codes = {r.lex.entry(p.entities[m.ent].key).code for m in kids(p, subj.i, "amod", "compound")
             if m.ent >= 0 and p.entities[m.ent].key.startswith("demonym:")}
    return _named_of(r, subj.i, codes) if codes else None


def _named_of(r: Resolver, before: int, codes: set, former: bool = False,
              loose: bool = True) -> Person | None:
    """The person of one of ``codes`` named last before token ``before``; with ``loose``,
    else the last one named in full whose state the lexicon does not know. ``former`` passes
    over sitting office holders ("the former minister")."""
    unknown = None
    for j, person in reversed(r.mentions):
        if former and j < before and any(t.code in codes and t.end and t.end <= (
                r.published or "9")[:10] for t in r.lex.terms.get(
                    r.lex.lookup(person.name) or "", [])):
            return person       # "the former Dutch prime minister": Rutte, now at NATO
        if j >= before or (former and _sitting(r, person)):
            continue
        if person.code in codes:
            return person
        if loose and person.code is None and unknown is None and len(person.name.split()) >= 2:
            unknown = person
    return unknown


# titles written short before a name
_SHORT_TITLES = {"gen": "general", "adm": "admiral", "col": "colonel", "lt": "lieutenant",
                 "maj": "major", "capt": "captain", "sen": "senator", "rep": "representative",
                 "gov": "governor", "sgt": "sergeant", "cmdr": "commander"}


def _named_after(p: ParsedText, r: Resolver, t: Token) -> Person | None:
    """'On Tuesday, a top U.S. Air Force general said ... "...," said Gen. Charles Brown':
    an official introduced by an indefinite description and named with that title in the next
    sentences is that person."""
    det = kid(p, t.i, "det")
    if det is None or det.text.lower() not in ("a", "an"):
        return None
    word = t.lemma.lower()
    sent = sentence_of(p, t.i)
    limit = sent.end + 60 if sent is not None else t.i + 60
    for j, person in r.mentions:
        if j <= t.i or j > limit:
            continue
        before = [x.text.lower().rstrip(".") for x in p.tokens[max(0, j - 2):j]]
        if any(b == word or _SHORT_TITLES.get(b) == word for b in before):
            return person
    return None


def _indefinite(p: ParsedText, t: Token) -> bool:
    """"a diplomat", "an official", "one Western diplomat", "another resident": someone not
    named before."""
    det = kid(p, t.i, "det")
    if det is not None:
        return det.text.lower() in ("a", "an", "another")
    num = kid(p, t.i, "nummod")
    return num is not None and num.text.lower() == "one"


def _unnamed(p: ParsedText, r: Resolver, t: Token) -> Person:
    """A speaker the story never names, by its description: "a JetBlue pilot", "a U.S. State
    Department spokesperson" (with the state it names, where it names one)."""
    actors = r.actors(t.i)
    return Person(text_of(p, r.text, *_left_span(p, t)), actors[0].code if actors else None,
                  actors[0].sector if actors else None, None, t.i)


def _left_span(p: ParsedText, t: Token) -> tuple[int, int]:
    """Token span of a noun phrase up to its head: its determiner and modifiers (never the
    closing mark of a quotation the parser hung on it: '"...," one aid worker told VOA')."""
    start = min([t.i] + [c.i for c in kids(p, t.i) if c.i < t.i])
    while start < t.i and (p.tokens[start].pos == "PUNCT" or p.tokens[start].text in MARKS):
        start += 1
    return start, t.i + 1


def _titled_name(p: ParsedText, r: Resolver, head: Token) -> Person | None:
    """The person named by a proper-noun phrase whose compounds include a title ("Mayor
    Hadi Rudyatmo", "General Charles Brown"), or None when no title stands before the name."""
    comps = [t for t in kids(p, head.i, "compound") if t.i < head.i]
    titled = [t for t in comps if t.text in r.lex.titles or t.lemma.lower() in r.lex.speaker_nouns]
    if not titled:
        return None
    names = [t.text for t in comps if t.i > titled[-1].i and t.pos == "PROPN"] + [head.text]
    name = " ".join(names).replace(" - ", "-")
    return r.person_named(name) or Person(name, None, None, None, head.i)


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
