"""Roles: who is the source and who the target of a trigger, from the dependency parse."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..actors.resolve import (ALLIES, HYPHEN_OWNED, MEMBER_NOUNS, NUMBER_WORDS, OTHERS, Resolver,
                              vessel_nouns, with_doer)
from ..codes import actors as actor_codes
from ..lexicons import frame_words, load_yaml
from ..records import Actor, ParsedText, Token
from ..tree import (ancestors, conjuncts, kid, kids, since_sentence_before,
                    subject_kid, subtree, text_verb)
from .status import (HEARSAY, PERMITTING, accepted_invitation, charging_verb,
                     permitted_to, speakers_participle)
from .triggers import (DESCRIBING_AS, GOING_AHEAD, RELATIVE_OBJECTS, amod_verb_object,
                       free_relative, load_triggers, object_preps, preps, relative_object,
                       what_is_left_of, what_it_said_was)

# Object-control verbs: in "urged Iran to withdraw", Iran is the subject of "withdraw".
_OBJECT_CONTROL = {"urge", "ask", "order", "call", "force", "persuade", "invite", "press",
                   "tell", "encourage", "allow", "permit", "help", "spur", "prompt", "push",
                   "compel", "request", "require", "enable", "lead", "cause", "drive",
                   "convince", "oblige", "pressure", "warn", "instruct", "authorize",
                   "authorise"}
ENDINGS = frame_words("endings")
# nouns of a norm broken ("a breach of U.N. sanctions"): the "of" phrase is the norm, no party
BREACHES = frame_words("breaches")
INTRUDED = frame_words("intruded")     # what a breach wrongs ("of Polish airspace")
_PURPOSE_PREPS = {"for", "in", "into", "during"}


# Prepositions through which a verb carries a noun event ("take part in exercises", "ten
# days of war games"); a noun under "talks on the war" is a topic, not an event.
_CARRYING_PREPS = {"in", "of", "into", "for", "to", "with", "at"}
ASKING_NOUNS = frame_words("asking_nouns")
_COMMEMORATING = frame_words("commemorating")
# nouns of a stance on another's act (frames.yaml stance_nouns)
_STANCE_NOUNS = frame_words("stance_nouns")
_ANSWERING = {"follow", "respond", "react", "answer", "reply", "retaliate", "counter"}


# nouns of an answer: what they answer ("in response to", "in retaliation for") is another's act
_ANSWERS = frame_words("answers")
# craft that carry what they are said to carry ("a ship carrying aid to Gaza")
_CARRIERS = frame_words("carriers")


def _objects_of(p: ParsedText, tok: int) -> list[Token]:
    """The direct object of ``tok`` and the objects of its prepositions."""
    return [o for c in kids(p, tok, "dobj", "prep")
            for o in ([c] if c.dep == "dobj" else kids(p, c.i, "pobj"))]


def answered(r: Resolver, tok: int, exclude: frozenset[str]) -> list[Actor]:
    """Whose act an act answers, named in its "in response to X", "in retaliation for X" or
    "in protest at X" phrase: "lodged a protest in response to China's use of water cannon"
    is aimed at China."""
    p = r.p
    # (the phrase the parser hung on the act's object: "imposed sanctions on six companies in
    # retaliation for Iran's missile attack")
    objects = _objects_of(p, tok)
    for prep in kids(p, tok, "prep") + [pr for o in objects for pr in kids(p, o.i, "prep")]:
        answer = kid(p, prep.i, "pobj")
        if answer is None or answer.lemma.lower() not in _ANSWERS:
            continue
        for inner in kids(p, answer.i, "prep"):
            if inner.text.lower() not in ("to", "for", "against", "over", "at", "of"):
                continue
            for act in kids(p, inner.i, "pobj"):
                found = [a for a in noun_sources(r, act.i) or owners(r, act.i)
                         if _keep(a, exclude, r)]
                if found:
                    return found
    return []


def reason_doers(r: Resolver, tok: int, exclude: frozenset[str]) -> list[Actor]:
    """Whose act a measure is taken "over", the act named with its doer ("adopted a new package
    of sanctions over Russia's war in Ukraine"), on the measure or on its object ("imposed
    sanctions on 20 officials over Iran's crackdown"); else []."""
    p = r.p
    objects = _objects_of(p, tok)
    # (and what the object is a package or round "of")
    objects += [o for d in objects for pr in kids(p, d.i, "prep") if pr.text.lower() == "of"
                for o in kids(p, pr.i, "pobj")]
    for prep in kids(p, tok, "prep") + [pr for o in objects for pr in kids(p, o.i, "prep")]:
        act = kid(p, prep.i, "pobj") if prep.text.lower() == "over" else None
        if act is None or act.pos != "NOUN":
            continue
        found = [a for a in noun_sources(r, act.i) if _keep(a, exclude, r)]
        if found:
            return found
    return []


def bare_answer(p: ParsedText, tok: int, verb_too: bool = False) -> bool:
    """Whether ``tok`` has an "in response", "in retaliation" phrase that names no act
    ("Hamas fired rockets in response"): the act answered is one told before; or is itself a
    verb of answering that names none ("Ukraine's defense ministry answered a day later with
    a similar warning", with ``verb_too``)."""
    t = p.tokens[tok]
    if verb_too and t.pos == "VERB" and t.lemma.lower() in _ANSWERING and \
            not kids(p, tok, "dobj", "ccomp", "xcomp") and \
            not any(pr.text.lower() in ("to", "against", "for") for pr in kids(p, tok, "prep")):
        return True
    for prep in kids(p, tok, "prep"):
        answer = kid(p, prep.i, "pobj")
        if answer is not None and answer.lemma.lower() in _ANSWERS and not any(
                inner.text.lower() in ("to", "for", "against", "over", "at", "of")
                for inner in kids(p, answer.i, "prep")):
            return True
    return False


def _in_charge(p: ParsedText, i: int) -> bool:
    """Whether token ``i`` is inside what a charge says someone did ("accused Guyana of
    turning its back on the commitments both leaders made"): a thing the charge names, told
    (if at all) elsewhere."""
    return any(a.dep == "pcomp" and charging_verb(p, p.tokens[a.head]) is not None
               for a in ancestors(p, i))


def _named_as(p: ParsedText, tok: Token) -> Token | None:
    """The verb whose object is a free relative that names ``tok`` ("held what she described
    as frank talks": held), else None."""
    up = p.tokens[tok.head]
    # ("held what he called candid talks": the noun a second object of the naming verb)
    desc = up if tok.dep in ("oprd", "attr") or tok.dep == "dobj" and any(
        w.text.lower() == "what" and w.i < tok.i for w in kids(p, up.i, "dobj")) else \
        p.tokens[up.head] if tok.dep == "pobj" and up.text.lower() == "as" else None
    if desc is None or desc.lemma.lower() not in DESCRIBING_AS or desc.head == desc.i or \
            desc.dep not in ("ccomp", "dobj", "xcomp") or not any(
                w.text.lower() == "what" and w.i < desc.i
                for w in kids(p, desc.i, "dobj", "nsubjpass")):
        return None
    outer = p.tokens[desc.head]
    return outer if outer.pos in ("VERB", "AUX") else None


def light_verb(p: ParsedText, noun: int, light_verbs: frozenset[str]) -> Token | None:
    """The verb that carries a noun trigger: "take part in exercises" -> take."""
    tok = p.tokens[noun]
    for c in kids(p, noun, "relcl"):
        # "the strikes that Israel carried out in June", "the drills Japan held with India":
        # a relative clause whose object is the noun itself (one that describes a standing
        # state, "the strike they have been planning", tells no act)
        obj = kid(p, c.i, "dobj")
        subj = kid(p, c.i, "nsubj")
        if c.lemma.lower() in light_verbs and subj is not None and \
                subj.text.lower() not in RELATIVES and not _describes(p, c) and \
                (obj is None or relative_object(p, c.i, obj).i == noun) and \
                not _in_charge(p, noun):
            return c
    named = _named_as(p, tok)
    if named is not None and named.lemma.lower() in light_verbs:
        return named    # 'held what she described as "extremely frank" talks with ...'
    steps, through = 0, 0
    while steps < 4 and tok.head != tok.i:
        if tok.dep not in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj", "compound",
                           "appos", "dative"):
            return None
        through += tok.dep in ("prep", "dative")
        if tok.i != noun and tok.pos == "NOUN" and any(
                d.text.lower() == "no" for d in kids(p, tok.i, "det")):
            return None     # "had no interest in talks with Seoul": no talks carried
        if tok.i != noun and tok.pos == "NOUN" and tok.lemma.lower() in ASKING_NOUNS:
            return None     # "issued a warrant for Putin's arrest": no arrest carried out
        if tok.i != noun and tok.pos == "NOUN" and tok.lemma.lower() in _COMMEMORATING:
            return None     # "the anniversary of Russia's invasion": recalled, not carried
        if tok.i != noun and tok.pos == "NOUN" and tok.lemma.lower() in _STANCE_NOUNS and \
                kid(p, noun, "poss") is not None:
            return None     # "pledged his country's support for Russia's war in Ukraine":
            #                 a stance on another's act, which its owner carries
        if tok.i != noun and tok.pos == "NOUN" and tok.lemma.lower() == "use":
            return None     # "delivered missiles to Russia for use in its war": the war the
            #                 things are for is another's, not carried by the delivery
        if tok.dep in ("prep", "dative") and tok.text.lower() not in _CARRYING_PREPS:
            return None     # ("sent warships to RIMPAC": a "to" parsed as a dative carries)
        head = p.tokens[tok.head]
        if tok.dep == "prep" and head.lemma.lower() in _ANSWERS and head.pos == "NOUN":
            return None     # "announced sanctions in response to a new arms sale": the sale
            #                 is what is answered, another's act
        if head.pos in ("VERB", "AUX"):
            if any(c.dep == "conj" and head.i < c.i < tok.i for c in kids(p, head.i)):
                return None     # "Germany offered to send tanks ..., but Polish leaders have
                #                 complained that ..., a charge German officials have
                #                 rejected": a noun hung past a clause joined on is no
                #                 object of the first verb
            if head.lemma.lower() in light_verbs:
                return head
            # "followed last week with entry bans", "answered with sanctions": what one
            # does in answer, only through "with" ("followed the talks" carries nothing)
            # (not a noun in a phrase on the answer's means: "would respond with all
            # available means to North Korea's deployment" is answered, not the answer)
            answered = tok.dep == "prep" and tok.text.lower() == "with" and through == 1 and (
                head.lemma.lower() in _ANSWERING or any(
                    c.text.lower() == "back" for c in kids(p, head.i, "prt", "advmod")))
            # (and a verb of hitting back: "hit back with air strikes on Indian bases")
            # "was expected to move ahead with the sale of F-16s", "proceeded with the
            # drills": one goes on with one's own undertaking
            going = tok.dep == "prep" and tok.text.lower() == "with" and through == 1 and (
                head.lemma.lower() == "proceed" or any(
                    c.text.lower() in GOING_AHEAD for c in kids(p, head.i, "advmod", "prt")))
            return head if answered or going else None
        if head.text.lower() == "on" and tok.dep == "pobj" and head.head != head.i and \
                p.tokens[head.head].lemma.lower() == "be":
            return p.tokens[head.head]      # "Modi is on a two-day visit to the US"
        tok, steps = head, steps + 1
    return None


def charged_of(p: ParsedText, verb: int) -> Token | None:
    """Whom a charging verb charges with ``verb``: "accused Ethiopian forces of killing" ->
    forces (the "of" phrase hung on the verb or on its object)."""
    tok = p.tokens[verb]
    if tok.dep != "pcomp":
        return None
    gov = charging_verb(p, p.tokens[tok.head])
    if gov is None:
        return None
    at = p.tokens[p.tokens[tok.head].head]
    return at if at.dep == "dobj" else kid(p, gov.i, "dobj") or _modified_noun(p, gov.i)


def is_passive(p: ParsedText, verb: int) -> bool:
    if any(c.dep in ("auxpass", "nsubjpass") for c in kids(p, verb)):
        return True
    # "were added to Beijing's list and barred from trade": a participle joined to a passive,
    # with no subject, auxiliary or object of its own, shares its auxiliary (not "had not been
    # consulted and urged Nairobi to ...", an act of the subject both share)
    return joined_to_passive(p, verb) and \
        not kids(p, verb, "dobj", "ccomp", "xcomp", "attr", "dative")


def joined_to_passive(p: ParsedText, verb: int) -> bool:
    """Whether ``verb`` is a participle joined to a passive, with no subject or auxiliary of
    its own, so sharing the passive's subject ("had been called in and handed a demand")."""
    tok = p.tokens[verb]
    return tok.dep == "conj" and tok.tag in ("VBN", "VBD") and tok.head < verb and \
        not kids(p, verb, "nsubj", "nsubjpass", "aux", "auxpass") and \
        any(c.dep == "auxpass" for c in kids(p, tok.head)) and \
        kid(p, tok.head, "nsubjpass") is not None


def for_to_subject(p: ParsedText, verb: int) -> Token | None:
    """X in "for X to <verb>" ("submitted a proposal for the U.N. Security Council to lift
    sanctions"), however the parser hung the two: the one the infinitive is asked of."""
    to = next((a for a in kids(p, verb, "aux") if a.text.lower() == "to"), None)
    if to is None or to.i == 0:
        return None
    mark = next((m for m in kids(p, verb, "mark") if m.text.lower() == "for"), None)
    if mark is not None:
        # "called for Israel to halt", parsed as a clause (or with the one asked hung on
        # "for": "a proposal on Monday for the U.N. Security Council to lift sanctions")
        return kid(p, verb, "nsubj") or kid(p, mark.i, "pobj")
    before = p.tokens[to.i - 1]
    while before.dep in ("compound", "amod", "det") and before.head > before.i:
        before = p.tokens[before.head]
    if before.dep == "pobj" and before.i < to.i and \
            p.tokens[before.head].text.lower() == "for" and before.i == to.i - 1 and \
            p.tokens[verb].head != before.i:
        # (not "support for Venezuela's bid to join BRICS": the bid's own infinitive)
        return before
    return None


def _ends_with_stop(p: ParsedText, i: int) -> bool:
    """Whether the sentence of token ``i`` ends with a stop (a sentence, not a headline)."""
    for s in p.sentences:
        if s.start <= i < s.end:
            return p.tokens[s.end - 1].text in (".", '"', "”")
    return False


def _set_off(p: ParsedText, head: Token, verb: int) -> bool:
    """Whether every word between ``head`` and ``verb`` is an apposition of ``head`` (with
    what hangs on it) or a comma, and a comma comes right before ``verb``."""
    if p.tokens[verb - 1].text != ",":
        return False
    inside = set()
    for c in kids(p, head.i, "appos"):
        lo, hi = subtree(p, c.i)
        inside.update(range(lo, hi))
    return bool(inside) and all(j in inside or p.tokens[j].text == ","
                                for j in range(head.i + 1, verb))


RELATIVES = frozenset({"who", "which", "that"})
# "X was among the countries that ...", "X is one of the states that ...": the subject is X
_MEMBERSHIP = frozenset({"among", "of"})
_PARTITIVES = frozenset({"one", "some", "several", "many", "few", "two", "three", "all"})


def antecedent(p: ParsedText, clause: Token) -> Token:
    """What a relative clause's pronoun stands for: the noun it hangs on ("Macron, who met
    Xi"), or the subject said to be one of those nouns ("Saudi Arabia, Egypt and China were
    among the countries that urged restraint", "Japan is one of the states that ...")."""
    head = p.tokens[clause.head]
    each = any(c.text.lower() in ("each", "all", "both") for c in kids(p, clause.i, "nsubj"))
    if head.dep == "conj" and (clause.tag == "VBP" or clause.lemma.lower() in _TOGETHER or
                               each) and \
            p.tokens[clause.i - 1].text != "," and any(
                p.tokens[k].text == "," for k in range(head.i + 1, clause.i)):
        # "talks between Modi and Xi, who met on Oct. 23": a clause set off after names
        # joined by "and" that tells what they did together (or says "are", "have", or
        # what each of them did: "who each also held talks with the Egyptian leader") is
        # theirs, all of them, not the last one's
        first = head
        while first.dep == "conj" and first.head != first.i:
            first = p.tokens[first.head]
        return first
    if head.dep != "pobj" or head.head == head.i:
        return head
    prep = p.tokens[head.head]
    if prep.text.lower() not in _MEMBERSHIP or prep.head == prep.i:
        return head
    gov = p.tokens[prep.head]
    if prep.text.lower() == "of":
        if gov.text.lower() not in _PARTITIVES or gov.dep != "attr" or gov.head == gov.i:
            return head
        gov = p.tokens[gov.head]
    if gov.lemma.lower() not in COPULAS:
        return head
    return subject_kid(p, gov.i) or head


STANCES = frame_words("stances")
# what parties named together do with each other ("Modi and Xi, who met in Kazan")
_TOGETHER = frame_words("together_verbs")
_LASTING = frozenset({"since", "long", "once", "formerly", "previously", "already"})
_SPANS = frozenset({"years", "decades", "months", "weeks", "generations"})


def _describes(p: ParsedText, clause: Token, dated_tells: bool = True) -> bool:
    """A relative clause that describes rather than reports: in the present ("who heads",
    "which borders"), the perfect ("which has hosted French troops", "who had accused"), or
    over a span ("led a coalition for years", "long opposed", "since independence")."""
    if clause.tag in ("VBZ", "VBP") and clause.lemma.lower() not in STANCES:
        return True     # (a stance held now is told: "Maduro, who accuses Washington of ...")
    if clause.tag == "VBG" and clause.lemma.lower() in BROKERED_BY and any(
            a.lemma.lower() == "be" and a.tag in ("VBZ", "VBP") for a in kids(p, clause.i, "aux")):
        return True     # (a go-between's role: "the leaders of Egypt and Qatar, who are
        #                 mediating between Israel and Hamas")
    if any(a.lemma.lower() == "have" for a in kids(p, clause.i, "aux")):
        # (but, with ``dated_tells``, a perfect given a day of its own tells an act:
        # "Zelenskiy, who had described the explosion on Tuesday night as a Russian strike";
        # callers asking of an object relative leave it off: what was done to it describes)
        return not (dated_tells and _dated_on(p, clause))
    for c in kids(p, clause.i, "advmod", "prep", "npadvmod"):
        low = c.text.lower()
        if low in _LASTING:
            return True
        if low == "for" and any(o.text.lower() in _SPANS for o in kids(p, c.i, "pobj")):
            return True
    return False


def _dated_on(p: ParsedText, clause: Token) -> bool:
    """Whether a clause is given a point in time of its own ("on Tuesday night", "last
    week"), not a span ("for years", "since 2014")."""
    for c in kids(p, clause.i, "prep", "npadvmod"):
        when = kids(p, c.i, "pobj") if c.dep == "prep" and c.text.lower() in ("on", "in", "at") \
            else [c] if c.dep == "npadvmod" else []
        if any(w.ent >= 0 and p.entities[w.ent].label in ("DATE", "TIME") and
               not _SPANS & set(p.entities[w.ent].text.lower().split()) for w in when):
            return True     # (not "in recent years")
        if c.dep == "prep" and c.text.lower() == "during" and any(
                o.lemma.lower() in _ANCHORING for o in kids(p, c.i, "pobj")):
            return True     # "who had raised concerns ... during their brief talk"
    return False


# prepositions that set one's act in time beside another ("before holding talks")
_TIMES_OF_ACTS = frozenset({"before", "after", "while", "upon", "since"})
# meetings that set a past act at a point of the story ("during their talk")
_ANCHORING = frame_words("anchoring_events")


# verbs that judge another's act, whose object's plan is not the judge's ("condemned the
# decision to send tanks")
_JUDGING = frame_words("judging")


# verbs by which a text or signal is drawn from others, not issued ("drew warnings", "set off
# alerts", "received a letter"): whoever did so is not the one the text speaks for
_DRAWING_OUT = frame_words("reaction_verbs")
# (those of them whose reactors are named "from", not as their object: "drawing condemnation
# from Washington", not "prompting Washington to scramble jets")
_REACTION_FROM = frame_words("reaction_from_verbs") & _DRAWING_OUT


def _told_of_object(p: ParsedText, tok: Token) -> Token | None:
    """"the embargo that the United States has enforced for six decades", "a bid that had
    been held up by Turkey": a relative clause on the act's object that describes a standing
    or past state of affairs is background, as one on its subject is. Returns the pronoun
    (which names no party) in that case."""
    if tok.dep != "relcl" or not _describes(p, tok, dated_tells=False):
        return None
    return next((o for o in kids(p, tok.i, "dobj", "nsubjpass")
                 if o.text.lower() in RELATIVE_OBJECTS and o.i < tok.i), None)


# verbs by which an act makes another act ("prompting the United States to scramble jets"):
# frames.yaml
PROMPTING = frame_words("prompting")


def prompted_by(p: ParsedText, tok: Token) -> Token | None:
    """The verb by which another act moved someone to do ``tok`` ("prompting the United
    States and Canada to scramble fighter jets": "prompting", whose object acts), or None."""
    head = p.tokens[tok.head]
    if tok.dep in ("advcl", "xcomp", "ccomp") and head.lemma.lower() in PROMPTING and \
            any(a.text.lower() == "to" for a in kids(p, tok.i, "aux")) and \
            kid(p, head.i, "dobj") is not None:
        return head
    return None


# verbs of pleading that only a person or a body does ("urged Moscow to halt ..."): frames.yaml
_URGING = frame_words("urging")


def _trailing_by(p: ParsedText, verb: int) -> Token | None:
    """The "by" phrase that ends a passive clause, hung by the parser on the last noun of an
    "as" phrase ("was condemned as a violation of U.N. resolutions by the United States, Japan
    and South Korea"): the passive's agent."""
    for prep in kids(p, verb, "prep"):
        if prep.text.lower() != "as":
            continue
        hi = subtree(p, prep.i)[1]
        for t in p.tokens[prep.i + 1:hi]:
            if t.text.lower() == "by" and t.dep == "prep" and p.tokens[t.head].pos == "NOUN" and \
                    subtree(p, t.i)[1] == hi and kid(p, t.i, "pobj") is not None and \
                    kid(p, t.i, "pobj").ent >= 0:
                return t
    return None


def _by_named(p: ParsedText, verb: int) -> Token | None:
    """A "by" phrase naming a state, a body or a person that the parser hung on a passive as a
    plain preposition, after the object a verb of giving keeps ("Ukraine was given 50 tanks
    by Poland"): the passive's agent."""
    if kid(p, verb, "dobj") is None:
        return None
    for prep in kids(p, verb, "prep"):
        obj = kid(p, prep.i, "pobj") if prep.text.lower() == "by" else None
        if obj is not None and obj.ent >= 0 and \
                p.entities[obj.ent].label in ("GPE", "NORP", "ORG", "PERSON"):
            return prep
    return None


# fights one side's people are harmed in (frames.yaml)
FIGHTS_WITH = frame_words("fights_with")


def _fought_with(p: ParsedText, verb: int) -> Token | None:
    """The other side of the fight a passive tells its subject was harmed in: "Twenty Indian
    soldiers were killed in a clash with Chinese troops" (the troops), "were wounded during
    fighting with rebels"."""
    for prep in kids(p, verb, "prep"):
        if prep.text.lower() not in ("in", "during"):
            continue
        fight = kid(p, prep.i, "pobj")
        if fight is None or fight.lemma.lower() not in FIGHTS_WITH:
            continue
        other = next((kid(p, w.i, "pobj") for w in kids(p, fight.i, "prep")
                      if w.text.lower() == "with"), None)
        if other is not None:
            return other
    return None


def _by_phrase(p: ParsedText, noun: int, before: int) -> Token | None:
    """The one a noun of deciding or planning is "by", told before its infinitive: "the
    decision by the Commerce Department to add 140 entities"."""
    return next((kid(p, c.i, "pobj") for c in kids(p, noun, "prep")
                 if c.text.lower() == "by" and c.i < before), None)


# what a teller goes on to do in words after telling of another's deed (frames.yaml)
TELLERS_ACTS = frame_words("tellers_acts")
# verbs of saying (speech.yaml)
SPEECH_VERBS = frozenset(str(v).lower() for v in load_yaml("speech.yaml")["verbs"])
# verbs by which a party keeps out of a text others put to a vote ("abstained on")
TEXTS_OPPOSED = frame_words("texts_opposed")


def _voted_down(p: ParsedText, text: Token) -> bool:
    """Whether the text at ``text`` is one its clause's subject votes against, abstains on,
    vetoes or opposes ("voted against a resolution", "abstained in the vote on the
    resolution"), looking up through at most six prepositions and nouns."""
    t = text
    for _ in range(6):
        if t.head == t.i:
            return False
        up = p.tokens[t.head]
        if up.pos == "ADP" and up.text.lower() == "against":
            return True
        if up.pos in ("VERB", "AUX"):
            return up.lemma.lower() in TEXTS_OPPOSED
        if up.pos not in ("ADP", "NOUN"):
            return False
        t = up
    return False


def subject_of(p: ParsedText, verb: int, depth: int = 0) -> Token | None:
    """The agent of a verb: its subject, the "by" phrase of a passive, or a controller."""
    tok = p.tokens[verb]
    told = _told_of_object(p, tok)
    if told is not None:
        return told
    if is_passive(p, verb):
        # a passive with no "by" phrase names no agent; the clause above is someone else
        agent = kid(p, verb, "agent") or _trailing_by(p, verb) or _by_named(p, verb)
        # ("killed by Russian shelling": a gerund the parser hangs as the phrase's complement)
        return (kid(p, agent.i, "pobj") or kid(p, agent.i, "pcomp")) if agent is not None \
            else _fought_with(p, verb)
    else:
        subj = subject_kid(p, verb)
        prompting = prompted_by(p, tok) if subj is None else None
        if prompting is not None:
            # "flew a joint patrol near Alaska, prompting the United States and Canada to
            # scramble fighter jets": the ones prompted do it
            return kid(p, prompting.i, "dobj")
        if subj is not None and subj.text.lower() == "each" and tok.head != tok.i and \
                tok.dep in ("advcl", "conj") and p.tokens[tok.head].pos in ("VERB", "AUX"):
            # "exchanged fire, each accusing the other of firing first": each of the
            # clause's own subjects
            return subject_of(p, tok.head, depth + 1)
        if subj is not None and subj.text.lower() in RELATIVES and tok.dep == "relcl":
            # "France, which condemned the strike on Sunday, ...": the one described did it;
            # a description of a standing or past state of affairs ("Oman, which has mediated
            # between ...", "La Lime, who heads the mission") is background, no act
            return subj if _describes(p, tok) else antecedent(p, tok)
        if subj is not None:
            return subj
        prev = p.tokens[verb - 1] if verb > 0 else None
        if tok.tag == "VBD" and tok.dep in ("acl", "relcl") and prev is not None and \
                prev.ent >= 0 and p.entities[prev.ent].end == verb and prev.i != tok.head and \
                p.entities[prev.ent].label in ("PERSON", "ORG", "GPE", "NORP"):
            # "a charge Afghan foreign ministry spokesperson Abdul Qahar Balkhi rejected
            # Thursday", parsed with the name in apposition and the verb subjectless: the
            # name right before a finite verb is its subject
            return prev
        if tok.tag == "VBD" and tok.dep == "acl" and prev is not None and prev.text == ",":
            # "Wang Yi, who hosted his Indian counterpart ... for talks with Russia, called on
            # both sides to ...", the finite verb hung on the last noun of the relative
            # clause: the one the clause describes is its subject
            for t in ancestors(p, verb):
                if t.dep == "relcl" and t.i < verb and t.head < t.i and any(
                        c.text.lower() in RELATIVES for c in kids(p, t.i, "nsubj")):
                    return p.tokens[t.head]
        if tok.tag == "VBD" and tok.dep in ("acl", "relcl", "conj", "xcomp", "advcl", "ccomp"):
            # "King Mohammed VI, who in a speech at the end of July invited Tebboune to ...",
            # parsed with "who" the subject of "in" and the verb left hanging: the one the
            # clause describes, when nothing but its phrase stands between "who" and the verb
            for j in range(verb - 1, max(verb - 14, 0), -1):
                w = p.tokens[j]
                if w.dep == "nsubj" and w.text.lower() in ("who", "which"):
                    clause = p.tokens[w.head]
                    if clause.dep == "relcl" and clause.pos == "ADP" and clause.i == j + 1 \
                            and subtree(p, clause.i)[1] == verb and j > 0:
                        return p.tokens[clause.head]
                    break
        for c in kids(p, verb, "ccomp", "advcl"):
            # "Peskov, asked about the summit, said ...", parsed as if Peskov were asked and
            # "said" had no subject: the subject before the aside is the verb's
            inner = kid(p, c.i, "nsubj")
            if c.i < verb and c.tag in ("VBN", "VBD") and inner is not None and inner.i < c.i and \
                    p.tokens[c.i - 1].text == "," and p.tokens[verb - 1].text == ",":
                return inner
            if c.i < verb and c.dep == "advcl" and tok.tag in ("VBD", "VBZ") and \
                    inner is not None and p.tokens[verb - 1].text == "," and any(
                        m.text.lower() in ("when", "after", "as", "once")
                        for m in kids(p, c.i, "advmod", "mark")):
                # "When John Kirby went to the podium, described ... and called on Belgrade":
                # a past verb can have no subject of its own; the clause's is its
                return inner
        agent = kid(p, verb, "agent")
        if agent is not None and tok.tag == "VBN":
            # "swapped prisoners, mediated by the UAE": a participle's "by" names its agent
            return kid(p, agent.i, "pobj")
        fronted = _fronted_subject(p, verb)
        if fronted is not None:
            return fronted
        if tok.tag == "VBG" and tok.dep == "pcomp" and any(
                pr.text.lower() in ("between", "among") and kid(p, pr.i, "pobj") is not None
                for o in kids(p, verb, "dobj") for pr in kids(p, o.i, "prep")):
            # "Beijing has bristled at deepening security ties among Washington and its
            # allies": a gerund whose object names its own parties is theirs, not the
            # subject's above
            return None
    if depth > 4 or tok.head == tok.i:
        return None
    head = p.tokens[tok.head]
    named = for_to_subject(p, verb)
    if named is not None:
        return named        # "a proposal for the Security Council to lift sanctions"
    if tok.dep in ("relcl", "acl") and head.dep == "attr" and head.head != head.i and \
            any(a.text.lower() == "to" for a in kids(p, verb, "aux")) and \
            p.tokens[head.head].lemma.lower() in COPULAS:
        # "Orban is the only EU leader to have met Putin", "Kishida became the first Japanese
        # leader to visit Kyiv": the one the description is said of did it
        subj = kid(p, head.head, "nsubj")
        if subj is not None:
            return subj
    if tok.dep == "acl" and tok.tag == "VBG" and with_doer(p, head):
        return head         # "..., with Kyrgyz officials saying Tajik forces had opened fire",
        #                     "the summit ended with the leaders signing a declaration"
    if tok.dep == "acl" and tok.tag == "VBG" and head.pos in ("NOUN", "PROPN") and \
            head.dep in ("dobj", "pobj") and (head.lemma.lower() in _CARRIERS or
                                              head.lemma.lower() in vessel_nouns()):
        return head         # "seized a ship carrying aid to Gaza": the ship carries it (and
        #                     "cut across the path of a U.S. destroyer transiting the
        #                     Taiwan Strait": the destroyer transits)
    if tok.dep == "acl" and tok.tag in ("VBD", "VBN") and head.i + 1 == verb and \
            head.dep in ("nsubj", "ROOT", "ccomp") and head.pos == "NOUN" and \
            kid(p, verb, "agent") is None and kid(p, verb, "dobj") is not None:
        # "Israeli airstrikes killed at least 30 people in southern Gaza, health officials
        # said", parsed with the verb hung on the noun as its participle (the noun the
        # reported clause's head, or the sentence's): a past verb right
        # after a noun, with an object of its own (no passive has one), has the noun for its
        # subject
        return head
    if tok.dep == "acl" and tok.tag in ("VBD", "VBN") and head.dep == "ROOT" and \
            head.pos in ("NOUN", "PROPN") and head.i < verb and kid(p, verb, "agent") is None \
            and (head.i + 1 == verb or _set_off(p, head, verb)) and _ends_with_stop(p, verb):
        # "Chinese coast guard ships intruded into ...", parsed as a noun with a clause
        # hung on it and no main verb: the noun is the subject (also past the name and
        # description set off between commas: "China's foreign minister, Wang Yi, who hosted
        # his Indian counterpart ..., called on both sides to exercise restraint")
        return head
    if tok.dep == "acl" and head.dep == "pobj" and head.head != head.i:
        charged = charging_verb(p, p.tokens[head.head])
        accused = kid(p, charged.i, "dobj") if charged is not None else None
        if accused is not None:
            # "accused China of a sweeping cyberespionage campaign targeting lawmakers": the
            # one charged did what the charge's noun is said to do
            return accused
    said = speakers_participle(p, verb)
    if said is not None:
        return subject_of(p, said, depth + 1)
    allowed = permitted_to(p, verb)
    if allowed is not None:
        return allowed      # "gave Ukraine permission to strike": Ukraine would strike
    if tok.dep == "advcl" and head.lemma.lower() in PERMITTING and \
            any(a.text.lower() == "to" for a in kids(p, verb, "aux")) and \
            kid(p, head.i, "dobj") is not None:
        return kid(p, head.i, "dobj")   # "allowed Kyiv on Sunday to strike", the infinitive
        #                                 hung on the verb: Kyiv would strike
    if tok.dep in ("xcomp", "ccomp") and head.dep == "relcl" and \
            head.lemma.lower() in HEARSAY and head.head != head.i:
        # "blacklisted companies it said helped Russia": the companies helped, not "it"
        return p.tokens[head.head]
    if tok.dep == "pcomp" and tok.tag == "VBG" and head.text.lower() in ("against", "from") \
            and head.head != head.i:
        # "warned NATO against sending troops", "barred the envoy from entering the
        # country": the one warned or barred is the one who would do it
        gov = p.tokens[head.head]
        obj = kid(p, gov.i, "dobj") if gov.pos == "VERB" else None
        if obj is not None:
            return obj
    if tok.dep == "xcomp":
        if head.lemma.lower() in _OBJECT_CONTROL:
            obj = kid(p, head.i, "dobj")
            for prep in kids(p, head.i, "prep"):
                if obj is None and prep.text.lower() in ("on", "upon"):
                    obj = kid(p, prep.i, "pobj")    # "called on Myanmar's rulers to release"
            if obj is not None:
                return obj
        # "Meloni is reported to have held": the raised subject of the passive governor
        subj = kid(p, head.i, "nsubjpass") if is_passive(p, head.i) else None
        if subj is None and head.pos == "ADJ" and head.head != head.i:
            return subject_of(p, head.head, depth + 1)      # "is due to meet", "ready to"
        return subj or subject_of(p, head.i, depth + 1)
    if tok.dep == "conj" and kid(p, head.i, "nsubjpass") is not None and (
            head.pos in ("VERB", "AUX") and is_passive(p, head.i) and
            kid(p, head.i, "agent") is None or
            head.pos in ("VERB", "AUX", "ADJ") and head.lemma.lower() in MOVED_BY):
        # "it had not been consulted and urged Nairobi to ...": the subject both share (and
        # "Guterres was deeply concerned by the exchanges and urged both countries": what
        # moved him is no doer of his plea)
        return kid(p, head.i, "nsubjpass")
    if tok.dep == "conj" and tok.lemma.lower() in _URGING and head.dep == "ccomp" and \
            head.head != head.i:
        # "told the ambassador that the treaty posed a threat and urged Moscow to halt ...",
        # the plea hung on the told clause: a treaty urges no one; the teller does
        inner = kid(p, head.i, "nsubj")
        if inner is not None and inner.pos == "NOUN" and inner.lemma.lower() in undertakings():
            return subject_of(p, head.head, depth + 1)
    if tok.dep == "advcl" and tok.tag == "VBG" and head.i > verb and verb > 0 and \
            p.tokens[verb - 1].text == ",":
        # "Netanyahu answered within hours, calling the words shameful, accusing Lula of
        # ..., and saying Israel was fighting Hamas, whose attack killed 1,200 people", the
        # participles hung on the verb at the end: a participle after a comma tells of the
        # main verb before it (one before its verb opens the sentence: "Speaking to
        # reporters, Biden said")
        root = next((a for a in ancestors(p, verb) if a.head == a.i), None)
        if root is not None and root.i < verb and root.pos in ("VERB", "AUX"):
            return subject_of(p, root.i, depth + 1)
    if tok.dep == "conj" and tok.tag == "VBD" and not kids(p, verb, "aux", "auxpass") and \
            tok.lemma.lower() in TELLERS_ACTS and head.dep == "ccomp" and head.head != head.i and \
            any(a.text.lower() == "had" for a in kids(p, head.i, "aux")) and \
            p.tokens[head.head].lemma.lower() in SPEECH_VERBS:
        # "said that the Emirates had violated Sudan's sovereignty and declared it an
        # aggressor state", "said the North had fired a missile and demanded an explanation":
        # a verbal act in the plain past joined to a reported past perfect is the teller's
        # own next act (not a deed: "said Russia had attacked the convoy and killed three
        # soldiers" shares the "had")
        return subject_of(p, head.head, depth + 1)
    if tok.dep in ("conj", "advcl", "ccomp", "pcomp") and head.pos in ("VERB", "AUX"):
        return subject_of(p, head.i, depth + 1)
    if tok.dep == "conj" and tok.tag == "VBG" and head.pos in ("NOUN", "PROPN"):
        # "warning that Moscow would take countermeasures and accusing Stockholm of ...", the
        # participle parsed as joined to the noun: it is joined to the participle above it
        for a in ancestors(p, tok.i):
            if a.tag == "VBG" and a.pos == "VERB":
                return subject_of(p, a.i, depth + 1)
    charged = charged_of(p, verb)
    if charged is not None:
        # "accused Ethiopian forces of killing civilians": the accused
        return charged
    if tok.dep == "pcomp" and head.pos == "ADP" and head.text.lower() == "for" and \
            head.head != head.i and p.tokens[head.head].pos in ("VERB", "AUX"):
        # "sanctioned Russia for invading Ukraine", "retaliate against Finland for joining
        # NATO", "thanked Qatar for hosting the talks": the one blamed or praised did it
        gov = p.tokens[head.head]
        done_by = kid(p, gov.i, "dobj") or next(
            (o for pr in kids(p, gov.i, "prep") if pr.text.lower() in ("against", "on")
             for o in kids(p, pr.i, "pobj")), None)
        if done_by is not None and done_by.pos in ("NOUN", "PROPN"):
            return done_by
    if tok.dep == "pcomp" and tok.tag == "VBG" and head.text.lower() in _TIMES_OF_ACTS and \
            head.head != head.i and is_passive(p, head.head) and \
            kid(p, head.head, "agent") is None and kid(p, head.head, "nsubjpass") is not None:
        # "Xi was welcomed with military honors before holding talks with Orban": who holds
        # the talks is the one welcomed, not the welcomer the passive leaves untold
        return kid(p, head.head, "nsubjpass")
    if tok.dep == "pcomp" and head.pos == "ADP" and head.head != head.i and \
            p.tokens[head.head].pos in ("VERB", "AUX"):
        # "resorted to throwing stones": the subject of the verb before the preposition
        return subject_of(p, head.head, depth + 1)
    if tok.dep == "pcomp" and head.text.lower() in ("after", "before", "since") and \
            head.head != head.i and p.tokens[head.head].dep == "npadvmod" and \
            p.tokens[p.tokens[head.head].head].pos in ("VERB", "AUX"):
        # "said his country would not make concessions ..., a day after meeting Maduro's
        # foreign minister": the subject of the clause the time is counted in
        return subject_of(p, p.tokens[head.head].head, depth + 1)
    if tok.dep == "pcomp" and head.pos == "ADP" and head.head != head.i:
        # "has no intention of joining", "took the decision of sending": the noun's holder
        noun = p.tokens[head.head]
        if noun.pos == "NOUN" and noun.dep == "dobj" and noun.head != noun.i:
            owner = kid(p, noun.i, "poss")
            return owner if owner is not None else subject_of(p, noun.head, depth + 1)
    if tok.dep in ("xcomp", "acomp") or head.pos == "ADJ" and head.dep in ("acomp", "oprd"):
        return subject_of(p, head.i, depth + 1)
    if tok.dep == "acl" and tok.tag == "VBG" and head.head != head.i:
        # "issued a declaration demanding ...": whoever issued it demands; "issued a series
        # of warnings demanding ...": through the noun phrase
        gov = p.tokens[head.head]
        steps = 0
        while gov.pos in ("ADP", "NOUN") and gov.dep in ("prep", "pobj", "dobj") and \
                gov.head != gov.i and steps < 3:
            gov, steps = p.tokens[gov.head], steps + 1
        if _voted_down(p, head):
            return None     # "voted against a resolution condemning North Korea", "abstained
            #                 on a resolution condemning Russia": not the voter's words
        if gov.pos in ("VERB", "AUX") and (gov.lemma.lower() in _DRAWING_OUT or any(
                c.text.lower() == "off" for c in kids(p, gov.i, "prt"))):
            return None     # "setting off alerts telling residents to take cover", "received
            #                 a letter demanding": the one who caused or got it did not say it
        if gov.pos in ("VERB", "AUX"):
            return subject_of(p, gov.i, depth + 1)
    if tok.dep in ("acl", "relcl") and tok.tag == "VB" and head.dep == "dobj" and \
            p.tokens[head.head].pos in ("VERB", "AUX") and \
            kid(p, verb, "nsubj") is None and \
            any(c.text.lower() == "to" for c in kids(p, verb, "aux")):
        # "signed a contract to buy ...", "unveiled a plan to send ...": whoever signed buys
        # (also when the parser hangs the infinitive as a relative clause: "signed a $10
        # billion deal to buy"),
        # unless the noun names its owner ("welcomed the Italian navy's plan to send"); one
        # who judges the plan does not carry it out ("Russia condemned the decision to send
        # tanks to Ukraine")
        if accepted_invitation(p, tok) is not None:
            # "accepted Erdogan's invitation to visit Ankara": the one invited visits
            return subject_of(p, head.head, depth + 1)
        owner = kid(p, head.i, "poss") or _by_phrase(p, head.i, verb)
        if owner is None and p.tokens[head.head].lemma.lower() in _JUDGING:
            return None
        return owner if owner is not None else subject_of(p, head.head, depth + 1)
    if tok.dep == "acl" and tok.tag == "VB" and head.pos == "NOUN" and \
            any(c.text.lower() == "to" for c in kids(p, verb, "aux")):
        # "Washington's decision to send missiles angered Moscow": the noun's owner; "the
        # decision by the Commerce Department to add 140 entities": the one it is by
        owner = kid(p, head.i, "poss")
        if owner is not None and owner.tag != "PRP$":
            return owner
        by = _by_phrase(p, head.i, verb)
        if by is not None and owner is None:
            return by
    if tok.dep in ("relcl", "acl"):
        if tok.dep == "acl" and is_passive(p, verb) is False and tok.tag == "VBN":
            agent = kid(p, verb, "agent")
            return kid(p, agent.i, "pobj") if agent is not None else None
        return head if tok.dep == "relcl" else None
    return None


def _fronted_subject(p: ParsedText, verb: int) -> Token | None:
    """"After months of talks mediated by the European Union, Armenia and Azerbaijan agreed
    ...": the names right before a verb with no subject, which the parser joined to the last
    name of a phrase set before them, are its subject (the first of them, after the comma)."""
    tok = p.tokens[verb]
    if tok.dep != "ROOT" or kids(p, verb, "nsubj", "nsubjpass") or verb < 2:
        return None
    last = p.tokens[verb - 1]
    if last.dep != "conj" or last.pos != "PROPN":
        return None
    first = last
    while first.dep == "conj" and p.tokens[first.head].dep == "conj" and first.head < first.i:
        first = p.tokens[first.head]
    if first.dep != "conj" or first.i < 1 or p.tokens[first.i - 1].text != "," or \
            first.head >= first.i:
        return None
    # (the phrase the names were joined to hangs on the verb, set before it)
    if not any(a.dep in ("prep", "advcl", "npadvmod") and a.head == verb
               for a in ancestors(p, first.head)):
        return None
    return first


def noun_sources(r: Resolver, noun: int) -> list[Actor]:
    """A noun trigger's own agent: "Russia's invasion", "the Russian invasion", "by X"."""
    p = r.p
    out: list[Actor] = []
    if p.tokens[noun].lemma.lower() in OTHERS | ALLIES:
        return out      # "Ukraine's allies", "Russia's neighbours" are other states
    for c in kids(p, noun):
        if c.dep in ("compound", "nmod") and c.ent >= 0 and \
                (p.entities[c.ent].key or "").startswith("place:"):
            continue    # "the Pahalgam attack": where it was, not who did it
        if c.dep == "poss" or (c.dep in ("amod", "compound", "nmod") and c.i < noun):
            for pair in hyphen_pair(p, c):
                out += r.owner_token(pair)      # "U.S.-Ukraine talks": both
            found = [a for a in r.actors(c.i) if a not in out] if c.dep == "poss" else \
                [a for j in conjuncts(p, c.i) if j < noun        # "a Chinese and Russian
                 for a in r.owner_token(p.tokens[j])]            # proposal": both
            if not found and c.dep == "compound" and c.pos == "NOUN":
                # "US drone strikes", "Israeli air strikes": the owner of the weapon named
                # before the act
                for g in kids(p, c.i, "compound", "amod", "nmod"):
                    if g.i < c.i:
                        found += r.owner_token(g)
            out += found
        elif c.dep == "prep" and c.text.lower() == "by":
            obj = kid(p, c.i, "pobj")
            if obj is not None:
                out += r.actors(obj.i)
        elif c.dep == "acl" and c.tag == "VBN" and c.lemma.lower() in _DOING and not out:
            # "the drills, held by China around Taiwan", "sanctions imposed by the EU": the
            # agent of the participle that says who did it
            agent = kid(p, c.i, "agent")
            obj = kid(p, agent.i, "pobj") if agent is not None else None
            if obj is not None:
                out += r.actors(obj.i)
        elif c.dep == "acl" and c.tag == "VBN" and c.lemma.lower() in _ASCRIBING and not out:
            # "an airstrike widely attributed to Israel", "a drone attack blamed on Ukraine":
            # the one the act is laid on
            out += [a for prep in kids(p, c.i, "prep")
                    if prep.text.lower() == _ASCRIBING[c.lemma.lower()]
                    for o in kids(p, prep.i, "pobj") for a in r.actors(o.i)]
    if not out and p.tokens[noun].lemma.lower() in _FORCE_MOVES and (
            p.tokens[noun].dep != "nsubj" or
            p.tokens[p.tokens[noun].head].lemma.lower() not in _ARRIVING):
        # "the deployment of U.S. troops to Poland", "the withdrawal of Russian forces": forces
        # that move are their owner's (not the subject of a verb that tells the move itself:
        # "the first deployment of NATO troops have arrived in Bosnia"; but "the presence of
        # American forces was illegal", "the deployment of Kenyan police to Haiti will begin"
        # are theirs)
        out += [a for of in kids(p, noun, "prep") if of.text.lower() == "of"
                for o in kids(p, of.i, "pobj") if o.lemma.lower() in word_class("troops") or
                o.text.lower() in word_class("troops") or any(
                    f"{c.text.lower()} {o.text.lower()}" in word_class("troops")
                    for c in kids(p, o.i, "compound"))      # ("Kenyan police officers")
                for a in owners(r, o.i) if a.code]
    if not out:
        # "the expulsion of the French ambassador by Niger's junta", "the killing of a
        # journalist by Saudi agents": the agent the parser hung on the act's "of" object
        out += [a for of in kids(p, noun, "prep") if of.text.lower() == "of"
                for o in kids(p, of.i, "pobj") for by in kids(p, o.i, "prep")
                if by.text.lower() == "by" for g in kids(p, by.i, "pobj")
                for a in r.actors(g.i)]
    seen, uniq = set(), []
    for a in out:
        if a.code not in seen:
            seen.add(a.code)
            uniq.append(a)
    return uniq


# nouns of forces moving, whose "of" phrase names the forces ("the deployment of U.S. troops")
_FORCE_MOVES = frame_words("force_moves")
# verbs that tell a move of forces itself, whose subject a force noun is ("the first deployment
# of NATO troops have arrived")
_ARRIVING = frame_words("force_arrivals")


# participles that say who carried an act out ("drills held by China", "sanctions imposed
# by the EU", "strikes carried out by Israel")
_DOING = frame_words("doing_participles")

# participles that lay an act on someone, with the preposition that names them
_ASCRIBING = dict(w.split(" ", 1) for w in frame_words("ascribing_participles"))


def hyphen_pair(p: ParsedText, t: Token) -> list[Token]:
    """The first of two names joined by a hyphen before a noun ("India-China border talks":
    for China, India)."""
    dash = [c for c in kids(p, t.i, "punct") if c.text in ("-", "–", "—") and c.i < t.i]
    if not dash:
        return []
    return [c for c in kids(p, t.i, "compound", "amod", "nmod") if c.i < dash[0].i]


def between(r: Resolver, tok: int) -> list[Actor]:
    """"between Rome and Tokyo": both parties."""
    for prep in kids(r.p, tok, "prep"):
        if prep.text.lower() in ("between", "among", "amongst"):
            obj = kid(r.p, prep.i, "pobj")
            if obj is None:
                continue
            found = r.actors(obj.i)
            for m in kids(r.p, obj.i, "nmod", "compound"):
                # "between Trump and Prime Minister Justin Trudeau", the parser hanging the
                # first party on the second's name, "and" on the first
                if m.i < obj.i and kids(r.p, m.i, "cc"):
                    found = [a for a in r.actors(m.i) if a.code not in
                             {x.code for x in found}] + found
            return found
    return []


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """A class of words of triggers.yaml ("agreement", "captives"), lower case."""
    return frozenset(w.lower() for w in load_yaml("triggers.yaml")["classes"][name])


def undertakings() -> frozenset[str]:
    return word_class("agreement")


def a_body(a: Actor) -> bool:
    """An international body or court, not a state."""
    entry = actor_codes().get(a.code or "")
    return entry is not None and entry.kind == "organisation"


# what an attack may be part of ("the largest attack of the war on Ukraine")
WARS = frame_words("wars")
# sites an attack is made on, of the state they are in when no one is named to hold them
STRIKE_SITES = frame_words("strike_sites")


def owners(r: Resolver, i: int, follow: bool = True) -> list[Actor]:
    """Actors a noun phrase names, or else the state it belongs to ("a Philippine boat").

    A definite undertaking with no owner of its own ("the project") takes the parties of the
    last undertaking named before it between two ("a truce between Armenia and Azerbaijan"),
    else the owner of the last one named ("Beijing's Belt and Road Initiative").
    """
    if r.p.tokens[i].lemma.lower() in CURRENCIES:
        # "replace the peso with the U.S. dollar": money, no party; but "aid for [Ukraine
        # worth 700 million euros]", the parser's modifier of the sum before its "worth", is
        # the party the phrase names
        worth = [c for c in kids(r.p, i, "amod", "appos") if c.text.lower() == "worth"]
        goods = [o for w in worth[:1] for pr in kids(r.p, w.i, "prep")
                 if pr.text.lower() == "of" for o in kids(r.p, pr.i, "pobj")]
        if goods:
            # "tariffs on about 30 billion Canadian dollars ($20.7 billion) worth of American
            # goods": what the sum is worth of, not the currency's state
            return owners(r, goods[0].i, follow)
        return [a for c in kids(r.p, i, "nmod", "compound") if worth and c.i < worth[0].i
                for a in r.actors(c.i)]
    found = r.actors(i)
    poss = kid(r.p, i, "poss")
    if found and poss is not None and all(a_body(a) for a in found):
        # "Sweden's NATO bid", "Ukraine's EU membership": the state whose it is, not the body
        # the phrase names (a body's own possession stays the body's: "NATO's eastern flank")
        mine = [a for a in r.actors(poss.i) if not a_body(a)]
        if mine:
            return mine
    if found or r.p.tokens[i].lemma.lower() in OTHERS | ALLIES or r.some_state(i):
        # ("backed its NATO ally": an ally belongs neither to its partner nor to the bloc)
        return found
    if r.p.tokens[i].lemma.lower() in DISTANCES:
        # "sailed within 100 nautical miles of Taiwan's coast": the place measured from
        return [a for prep in kids(r.p, i, "prep") if prep.text.lower() == "of"
                for o in kids(r.p, prep.i, "pobj") for a in owners(r, o.i, follow)]
    out = _own_owners(r, i)
    if not out and r.p.tokens[i].lemma.lower() in STRIKE_SITES:
        # "military strikes on militant hideouts in Iran's Sistan-Baluchestan province": sites
        # no one is named to hold are of the state they are in
        out = [a for prep in kids(r.p, i, "prep") if prep.text.lower() in ("in", "inside")
               for o in kids(r.p, prep.i, "pobj") for a in owners(r, o.i, False) if a.code and
               r.lex.entry(f"country:{a.code}")]
    if r.p.tokens[i].lemma.lower() in MEMBER_NOUNS and any(
            c.text.lower() in NUMBER_WORDS for c in kids(r.p, i, "nummod")):
        out = [a for a in out if not a_body(a)]     # "between the two EU members": two
        #                                             states, not the body
    if r.p.tokens[i].lemma.lower() in BORDERS:
        # "its border with Ukraine", "Russia's frontier with Finland": the state across it too
        out += [a for prep in kids(r.p, i, "prep") if prep.text.lower() == "with"
                for o in kids(r.p, prep.i, "pobj") for a in r.actors(o.i)]
    if not out and r.p.tokens[i].lemma.lower() in HARBOURED:
        out = _based_in(r, i)
    if not out and r.p.tokens[i].lemma.lower() in FIRMS:
        out = _based_in(r, i, "BUS")    # "seven companies based in the UAE"
    if not out and r.p.tokens[i].lemma.lower() in STATE_REPRESSION:
        out = _repressing_state(r, i)
    if not out and (r.p.tokens[i].lemma.lower() in undertakings() or
                    r.p.tokens[i].lemma.lower() in DEALINGS):
        # "welcomed the agreement between Serbia and Kosovo", "concern over the military
        # ties between Moscow and Pyongyang" (or its participle's: "rejected a deal signed
        # between Ethiopia and the breakaway region of Somaliland")
        out = between(r, i) or next((found for c in kids(r.p, i, "acl") if c.tag == "VBN"
                                     for found in [between(r, c.i)] if found), [])
    if not out and follow and r.p.tokens[i].lemma.lower() in undertakings():
        det = kid(r.p, i, "det")
        if det is not None and det.text.lower() in ("the", "this", "that"):
            # (a body's resolution is no "pact" or "deal" named again: "violates Security
            # Council resolutions ... hailed the pact")
            resolution = r.p.tokens[i].lemma.lower() in _RESOLUTIONS
            told = [j for j in range(i - 1, max(-1, i - 200), -1)
                    if r.p.tokens[j].pos in ("NOUN", "PROPN") and
                    r.p.tokens[j].lemma.lower() in undertakings() and
                    (resolution or r.p.tokens[j].lemma.lower() not in _RESOLUTIONS) and
                    not _body_name(r.p, j)]
            # the parties of one made "between" two (a truce between Armenia and
            # Azerbaijan), before the owner of one that is only named beside it ("builds on
            # a U.N. resolution")
            out = next((found for found in (between(r, j) for j in told) if found), [])
            # ("the CSTO, the Moscow-led military alliance ... the bloc": the body the one
            # told before stands in apposition to, not its leader)
            out = out or next((found for found in (
                (r.actors(j) if r.p.tokens[j].dep == "appos" else []) or _own_owners(r, j)
                for j in told) if found), [])
    if not out and follow and r.p.tokens[i].lemma.lower() in r.lex.documents and \
            r.p.tokens[i].lemma.lower() not in undertakings():
        det = kid(r.p, i, "det")
        if det is not None and det.text.lower() in ("the", "this", "that"):
            # "Trump's proclamation ... rejected the proclamation": a text named again is
            # the one named before with its author
            lemma = r.p.tokens[i].lemma.lower()
            out = next((found for found in (
                _own_owners(r, j) for j in range(i - 1, max(-1, i - 300), -1)
                if r.p.tokens[j].lemma.lower() == lemma) if found), [])
    if not out and r.p.tokens[i].lemma.lower() in NAMED_SITES:
        # "fired on an observation tower at the UNIFIL headquarters": a site within another
        # site is the other's owner's
        out = [a for prep in kids(r.p, i, "prep") if prep.text.lower() == "at"
               for o in kids(r.p, prep.i, "pobj") if o.lemma.lower() in NAMED_SITES
               for a in _own_owners(r, o.i)]
    if not out and follow and r.p.tokens[i].lemma.lower() in NAMED_SITES and \
            r.p.tokens[i].tag == "NN" and not kids(r.p, i, "prep", "compound", "amod", "poss"):
        det = kid(r.p, i, "det")
        if det is not None and det.text.lower() == "the":
            # "A Russian missile hit Kyiv's main children's hospital ... Russia denied striking
            # the hospital": a site named again is the one named before, and whose it was
            lemma = r.p.tokens[i].lemma.lower()
            out = next((found for found in (
                _own_owners(r, j) or located(r, j) for j in range(i - 1, max(-1, i - 300), -1)
                if r.p.tokens[j].lemma.lower() == lemma and r.p.tokens[j].pos == "NOUN")
                if found), [])
    return out


_RESOLUTIONS = frozenset({"resolution", "resolutions"})


def _body_name(p: ParsedText, j: int) -> bool:
    """Whether token ``j`` is the body word of a body's or a place's name ("the European
    Union", "the Soviet Union"): no undertaking told (as "the Belt and Road Initiative" is)."""
    t = p.tokens[j]
    return t.ent >= 0 and t.lemma.lower() in _BODY_WORDS and \
        p.entities[t.ent].label in ("ORG", "GPE", "NORP", "FAC", "LOC")


_BODY_WORDS = frozenset(word_class("bodies"))
# armed men of no state, who are placed by where they are based: "blamed militants based in
# Afghanistan", "insurgents with bases in Syria"
HARBOURED = frame_words("harboured")
# places an attack strikes, and a state's missions abroad: named again, the one named before
NAMED_SITES = frame_words("struck_sites") | {"embassy", "consulate", "mission"}
FIRMS = frame_words("firms")
CURRENCIES = frame_words("currencies")
BORDERS = frame_words("borders")
# a thing made "by" someone is theirs ("a plan drafted by France"), but not a deal they brokered
# or a thing they harmed ("a ship attacked by the Houthis")
BROKERED_BY = frame_words("brokers")
# verbs by which one makes a text or a claim one's own ("a case Sudan filed")
AUTHORING = frame_words("authoring")
CARRYING_OUT = frame_words("carrying_out")
HARMED_BY = frame_words("harming")
BASES = frozenset({"base", "sanctuary", "haven", "hideout", "camp", "stronghold"})


# what only a state does to people in its own land: "condemned the arrest of opposition
# candidates in Nicaragua" is aimed at Nicaragua's government
STATE_REPRESSION = frame_words("state_repression")


def _repressing_state(r: Resolver, i: int) -> list[Actor]:
    """The state where a crackdown, arrests or executions with no doer named take place: the
    place an "in" phrase inside the noun's phrase names, or one hung on the verb it is the
    object of."""
    lo, hi = subtree(r.p, i)
    tok = r.p.tokens[i]
    verb = r.p.tokens[tok.head] if tok.dep == "dobj" else None
    # ("condemned the arrests in Nicaragua", the place hung on the verb)
    places = [t for t in r.p.tokens[lo:hi] if t.dep == "prep"] + \
        (kids(r.p, verb.i, "prep") if verb is not None else [])
    for prep in places:
        obj = kid(r.p, prep.i, "pobj") if prep.text.lower() in ("in", "across") else None
        found = [a for a in r.actors(obj.i) if a.code and not a_body(a)] \
            if obj is not None and obj.ent >= 0 else []
        if found:
            return [replace(a, sector="GOV") for a in found[:1]]
    return []


def _based_in(r: Resolver, i: int, sector: str = "REB") -> list[Actor]:
    """The state an armed group (or, with ``sector`` BUS, a firm) is said to be based in:
    "based in X", "operating in X", "with bases in X", "registered in X" (where the place's
    phrase hangs, :func:`located` reads it)."""
    p = r.p
    holders = [c for c in kids(p, i, "acl") if c.lemma.lower() in ("base", "operate", "hide")
               or sector == "BUS" and c.lemma.lower() in ("headquarter", "register",
                                                          "incorporate", "locate")]
    holders += [o for c in kids(p, i, "prep") if c.text.lower() == "with"
                for o in kids(p, c.i, "pobj") if o.lemma.lower() in BASES]
    for h in holders:
        found = [a for a in located(r, h.i) if a.code]
        if found:
            return [Actor(a.code, a.name, sector, p.tokens[i].text, p.tokens[i].idx,
                          p.tokens[i].end) for a in found]
    return []


# the go-between's words: "a China-brokered deal", "the Qatari-mediated truce"
_BROKER_WORDS = frozenset(w for b in frame_words("brokers") for w in (b, b + "d", b + "ed"))
# participles that tie a thing to its owner: "a tanker linked to Israel"
LINKED = frozenset({"link", "tie", "connect", "belong", "affiliate", "register"})


def _namers_own(r: Resolver, i: int, poss: Token) -> bool:
    """Whether noun ``i`` is what a free relative names ("what Moscow calls its special
    military operation") and its possessive pronoun is the namer's own."""
    tok = r.p.tokens[i]
    if tok.dep not in ("oprd", "attr") or tok.head == tok.i:
        return False
    verb = r.p.tokens[tok.head]
    subj = kid(r.p, verb.i, "nsubj")
    if subj is None or subj.tag in ("PRP", "WP") or not any(
            w.text.lower() == "what" for w in kids(r.p, verb.i, "dobj", "nsubjpass")):
        return False
    namer = {a.code for a in r.actors(subj.i) if a.code}
    return bool(namer) and namer == {a.code for a in r.actors(poss.i) if a.code}


def _own_owners(r: Resolver, i: int, depth: int = 0) -> list[Actor]:
    """Owners from a noun's modifiers: "Beijing's flagship initiative" -> CHN,
    "Chinese-owned applications" -> CHN."""
    out: list[Actor] = []
    for c in kids(r.p, i):
        if c.dep == "amod" and c.text.lower() in HYPHEN_OWNED:
            for g in kids(r.p, c.i):
                out += r.owner_token(g)
            continue
        if c.dep == "poss" and c.tag == "PRP$" and (helped := r.war_helped(c.i)):
            out += helped       # "sent troops to Russia to support its war"
            continue
        if c.dep == "poss" and c.tag == "PRP$" and _namers_own(r, i, c):
            # "support for what the Kremlin calls its special military operation": the
            # thing so named is its namer's
            out += r.actors(c.i)
            continue
        if c.dep == "poss" and c.tag == "PRP$" and r.intruders(c.i) is None and \
                not r.ask_turned_down(i):
            # ("has rejected its ultimatum": what one turns down is another's ask, whose
            # asker the pronoun names)
            continue    # "show their disapproval": a possessive pronoun points back to the actor
            # (but not in "a Chinese ship entered its territorial waters")
        if c.dep in ("amod", "compound", "nmod") and c.i < i and kids(r.p, c.i, "conj"):
            # "German and Italian vehicles": every coordinated modifier owns
            for j in conjuncts(r.p, c.i):
                out += r.owner_token(r.p.tokens[j])
            continue
        if c.dep in ("amod", "compound") and c.lemma.lower() in _BROKER_WORDS:
            continue    # "a China-brokered deal": the go-between's, not its own
        if c.dep == "poss" or (c.dep in ("amod", "compound", "nmod") and c.i < i):
            found = r.owner_token(c) if c.dep != "poss" else r.actors(c.i)
            if not found and depth == 0 and c.pos in ("NOUN", "PROPN"):
                found = _own_owners(r, c.i, 1)
            out += found
        elif c.dep == "acl" and c.tag == "VBN" and c.lemma.lower() in LINKED and \
                not kid(r.p, c.i, "agent"):
            # "a tanker linked to Israel", "a ship registered to a Liberian firm", "a vessel
            # owned by a Greek company" (below): a thing's ties name whose it is
            for prep in kids(r.p, c.i, "prep"):
                obj = kid(r.p, prep.i, "pobj") if prep.text.lower() in ("to", "for", "with") \
                    else None
                if obj is not None:
                    out += r.actors(obj.i) or _own_owners(r, obj.i, 1)
        elif c.dep == "acl" and c.tag == "VBN" and kid(r.p, c.i, "agent") \
                and c.lemma.lower() not in BROKERED_BY | HARMED_BY:
            # "the ceasefire proposal put forward by Egypt", "a plan drafted by France" (but
            # "a deal brokered by China" is its makers', not the broker's, and "a ship
            # attacked by the Houthis" is not the attacker's)
            obj = kid(r.p, kid(r.p, c.i, "agent").i, "pobj")
            out += r.actors(obj.i) if obj is not None else []
        elif c.dep == "relcl" and c.lemma.lower() in AUTHORING and \
                kid(r.p, c.i, "dobj") is None and kid(r.p, c.i, "nsubj") is not None and \
                kid(r.p, c.i, "nsubj").text.lower() not in RELATIVES:
            # "a case Sudan filed in March", "the plan Egypt put forward": what one made is
            # one's own
            out += r.actors(kid(r.p, c.i, "nsubj").i)
        elif c.dep == "appos" and depth == 0 and r.p.tokens[i].ent >= 0 and \
                r.p.entities[r.p.tokens[i].ent].label == "PERSON":
            # "Metin Topuz, a local U.S. consulate employee": whose a person is, their
            # description says
            out += r.actors(c.i) or _own_owners(r, c.i)
        elif c.dep == "prep" and (c.text.lower() in ("of", "from", "by") or
                                  depth == 0 and c.text.lower() == "for" and
                                  kid(r.p, i, "poss") is None):
            # (not what an owner named gives "for" another: "Germany's military support for
            # Ukraine" is Germany's, not Ukraine's too)
            # "calls by Belarus's rulers", "an offer from Kabul", "the navy of Italy",
            # "a camp for Congolese refugees", "an aid programme for Bosnia"
            obj = kid(r.p, c.i, "pobj")
            if obj is not None and c.text.lower() == "of" and _done_by_owner(r, i):
                continue    # "Israel's seizure of the Rafah crossing": what was seized
            if obj is not None:
                out += r.actors(obj.i) or (_own_owners(r, obj.i, 1) if depth == 0 else [])
    if not out and depth == 0 and r.p.tokens[i].lemma.lower() in word_class("captives"):
        # "killed 30 people in Lebanon": people named by where they are are that state's
        for prep in kids(r.p, i, "prep"):
            obj = kid(r.p, prep.i, "pobj") if prep.text.lower() == "in" else None
            if obj is not None:
                out += [a for a in r.actors(obj.i) if a.sector is None]
    return out


def _done_by_owner(r: Resolver, i: int) -> bool:
    """An act named by a noun whose possessive names who did it ("Russia's invasion of
    Ukraine"): its "of" phrase is what the act was done to, not an owner."""
    poss = kid(r.p, i, "poss")
    return poss is not None and poss.tag != "PRP$" and bool(r.actors(poss.i)) and \
        ("noun", r.p.tokens[i].lemma.lower()) in load_triggers().index


# Same-state targets are kept when they are people or non-state groups: a state's own
# government or forces are never its target ("Rome is deploying its carrier").
PEOPLE = frozenset({"CVL", "OPP", "REB", "JUD", "LEG", "MED", "BUS", "NGO"})


def _keep(a: Actor, exclude: frozenset[str], r: Resolver) -> bool:
    if a.code not in exclude:
        return True
    # a place in the source's own state is where it acted, not whom ("a call at Shanghai")
    entry = r.lex.entry(r.lex.lookup(a.mention) or "")
    return a.sector in PEOPLE and not (entry and entry.kind == "place")


PARTITIVES = frame_words("partitives")
# passives of feeling, whose "by" phrase is what moved the feeler, no doer ("was concerned by")
MOVED_BY = frame_words("moved_by")
# one's share in a pact ("its participation in the treaty with ...") and the pacts
SHARES_IN = frame_words("shares_in")
PACTS = frame_words("pacts")
# verbs by which a package or a deal holds what it gives ("a package that includes $61
# billion for Ukraine")
HOLDING = frame_words("holding")
# what lies ahead of a craft ("released flares in front of", "into the path of")
PATHS = frame_words("paths")
# verbs of going somewhere that a ban may stop ("barred its citizens from traveling to")
GOING = frame_words("going")
# what travellers are told to do about going somewhere ("to avoid traveling to Japan")
AVOIDING = frame_words("avoiding")
# verbs that say what something is ("was the only EU leader to have met Putin")
COPULAS = frozenset({"be", "become", "remain"})
ADDRESSING = frame_words("addressing")
LAYING_ON = frame_words("laying_on")
# where a thing is, never whom an act bears on: not looked for on a verb's own object
_PLACE_PREPS = frozenset({"in", "at", "near", "off", "inside", "around", "along", "across",
                          "outside", "within", "dobj", "dobj_owner"})
# verbs of going somewhere, whose "from" phrase is no party
TRAVEL_VERBS = frame_words("travel_verbs")
_GENERIC_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "from",
                  "over", "in", "near", "upon", "for", "within")


def participle_agents(r: Resolver, noun: int, lemmas: frozenset[str] | None = None
                      ) -> list[Actor]:
    """Who the "by" phrase of a participle hung on the noun at ``noun`` names ("sanctions
    imposed by the U.N. Security Council", "measures adopted by the bloc", "prisoners held by
    Israel"), for participles of ``lemmas`` only if given."""
    return [a for c in kids(r.p, noun, "acl")
            if c.tag == "VBN" and (lemmas is None or c.lemma.lower() in lemmas)
            for ag in kids(r.p, c.i, "agent") for x in kids(r.p, ag.i, "pobj")
            for a in r.actors(x.i) if a.code]


def targets(r: Resolver, tok: int, spec: tuple[str, ...], obj: int | None,
            exclude: frozenset[str] = frozenset(), own_object: bool = False) -> list[Actor]:
    """Targets by the sense's spec (dependency labels and prepositions, in order), looked for
    on the trigger and then on its object ("severed relations with Moscow"). States in
    ``exclude`` (the sources) are passed over: "recalled its ambassadors to Washington".
    With ``own_object`` and no ``obj``, the trigger's direct object is looked on too."""
    borrowed = False
    if obj is None and own_object:
        # "eased restrictions on trade with Kabul": the object's phrases, after the verb's
        # (but not where it is: "held talks in Kenya's capital" are no talks with Kenya)
        dobj = kid(r.p, tok, "dobj")
        dobj = None if _stray_object(r.p, tok, dobj) else dobj
        obj, borrowed = (dobj.i, True) if dobj is not None else (None, False)
    heads = [tok] + ([obj] if obj is not None and obj != tok else [])
    if obj is not None and r.p.tokens[obj].lemma.lower() in RIGHTS:
        # "reserved the right to defend its interests against Ethiopia": the phrase of what
        # one has the right to do
        for c in kids(r.p, obj, "acl"):
            if c.pos == "VERB":
                # (and of its object, where the parser hangs it: "its interests against")
                heads += [c.i] + [o.i for o in kids(r.p, c.i, "dobj")]
    if r.p.tokens[tok].dep == "compound":
        # "a mediation effort between Ethiopia and Eritrea": the phrase of the noun it names
        heads.append(r.p.tokens[tok].head)
    if obj is not None and r.p.tokens[obj].lemma.lower() in PARTITIVES:
        # "adopted its 14th package of sanctions against Russia": through the package
        for prep in kids(r.p, obj, "prep"):
            inner = kid(r.p, prep.i, "pobj") if prep.text.lower() == "of" else None
            if inner is not None:
                heads.append(inner.i)
    pact = None
    if obj is not None and r.p.tokens[obj].lemma.lower() in SHARES_IN:
        # "suspended its participation in the New START treaty with the United States":
        # through the share to the pact it is in
        for prep in kids(r.p, obj, "prep"):
            inner = kid(r.p, prep.i, "pobj") if prep.text.lower() == "in" else None
            if inner is not None and inner.lemma.lower() not in PACTS:
                # ("its participation in New START, the nuclear arms treaty with the United
                # States": the pact the name's apposition says it is)
                inner = next((a for a in kids(r.p, inner.i, "appos")
                              if a.lemma.lower() in PACTS), None)
            if inner is not None and inner.lemma.lower() in PACTS:
                heads.append(inner.i)
                pact = inner.i
                # ("its participation in the treaty that divides the waters of the Indus
                # river system with Pakistan": the party the pact's own clause names with
                # "with", wherever in the clause the parser hung it)
                heads.extend(j for c in kids(r.p, inner.i, "relcl")
                             for j in range(*subtree(r.p, c.i))
                             if any(w.text.lower() == "with" for w in kids(r.p, j, "prep")))
    for prep in kids(r.p, tok, "prep"):
        # "one of its largest attacks of the war on Ukraine": the phrase of the war the
        # attack belongs to
        inner = kid(r.p, prep.i, "pobj") if prep.text.lower() == "of" else None
        if inner is not None and inner.lemma.lower() in WARS:
            heads.append(inner.i)
    for prep in kids(r.p, obj, "prep") if obj is not None else []:
        # "duties of 80 percent on Australian barley", "a fine of $5 million on the firm":
        # the phrase hung on the rate or the sum is the object's
        rate = kid(r.p, prep.i, "pobj") if prep.text.lower() == "of" else None
        if rate is not None and rate.ent >= 0 and \
                r.p.entities[rate.ent].label in ("PERCENT", "MONEY"):
            heads.append(rate.i)
    up = r.p.tokens[r.p.tokens[tok].head]
    if r.p.tokens[tok].dep == "pobj" and up.text.lower() == "of" and \
            r.p.tokens[up.head].lemma.lower() in PARTITIVES | DISPLAYS:
        heads.append(up.head)      # "a list of demands to Washington": the list's phrase
        #                            (and "a show of solidarity with Israel": the show's)
    for h in list(heads):
        # "an aid package that includes $61 billion for Ukraine": what the noun's relative
        # clause says it holds carries its phrase
        heads.extend(o.i for c in kids(r.p, h, "relcl") if c.lemma.lower() in HOLDING
                     for o in kids(r.p, c.i, "dobj"))
    for h in list(heads):
        # "a list of demands addressed to the United States": the participle's phrase
        # (and a measure's: "lift curbs imposed in 2019 on exports to South Korea")
        heads.extend(c.i for c in kids(r.p, h, "acl") if c.tag == "VBN" and
                     c.lemma.lower() in ADDRESSING | LAYING_ON)
    for head in heads:
        named = False
        for where in spec:
            if (borrowed and head == obj or named) and where.split("_")[0] in _PLACE_PREPS:
                # ("met Mohammed Deif in Doha": a partner named, whose side we do not know,
                # is not the place they met)
                continue
            found = [a for a in _target_at(r, head, where) if _keep(a, exclude, r)]
            if found:
                return found
            named = named or where == "dobj" and _unknown_person(r, head)
    # "pulled out of a deal that had allowed Ukraine to export grain": the one an undertaking
    # lets act is a party of it
    for c in kids(r.p, obj, "relcl") if obj is not None and obj != tok else []:
        if c.lemma.lower() not in PERMITTING:
            continue
        let = kid(r.p, c.i, "dobj") or next(
            (s for x in kids(r.p, c.i, "ccomp", "xcomp") for s in kids(r.p, x.i, "nsubj")),
            None)
        found = [a for a in (r.actors(let.i) if let is not None else []) if _keep(a, exclude, r)]
        if found:
            return found
    if pact is not None and exclude:
        # "its participation in New START, the last remaining treaty limiting the nuclear
        # arsenals of Russia and the United States": the other party the pact's own words
        # name beside the one who quits it
        lo, hi = subtree(r.p, pact)
        named = [a for t in r.p.tokens[lo:hi] if t.ent >= 0 and t.pos == "PROPN"
                 for a in r.actors(t.i) if a.code]
        if any(a.code in exclude for a in named):
            return [a for a in named if _keep(a, exclude, r)][:1]
    return []


# verbs by which an undertaking lets a party act ("a deal that allowed Ukraine to export")
PERMITTING = frame_words("permitting")


def _unknown_person(r: Resolver, head: int) -> bool:
    """Whether ``head``'s object is a person named whose state or body is unknown."""
    o = kid(r.p, head, "dobj")
    return o is not None and o.ent >= 0 and r.p.entities[o.ent].label == "PERSON" and \
        not r.actors(o.i)


def _wronged(p: ParsedText, obj: Token) -> list[Token]:
    """The airspace, waters or sovereignty a breach named by ``obj`` wrongs ("the violation
    of Polish airspace"): the "of" phrase's objects, if ``obj`` is a breach of such."""
    if obj.lemma.lower() not in BREACHES:
        return []
    return [o for prep in kids(p, obj.i, "prep") if prep.text.lower() == "of"
            for o in kids(p, prep.i, "pobj") if o.lemma.lower() in INTRUDED]


def breached_owners(r: Resolver, obj: Token) -> set[str]:
    """Whose airspace, waters or sovereignty a breach named by ``obj`` wrongs: their codes,
    else none."""
    return {a.code for o in _wronged(r.p, obj) for a in owners(r, o.i) if a.code}


def fallback_targets(r: Resolver, tok: int, exclude: frozenset[str] = frozenset()
                     ) -> list[Actor]:
    """Any state the trigger acts on or toward: its object, or a prepositional object."""
    p = r.p
    dobj = kid(p, tok, "dobj")
    dobj = None if _stray_object(p, tok, dobj) else dobj
    dative = kid(p, tok, "dative")
    if dative is not None and dative.pos != "ADP":
        # "agreed to lend Ukraine $50 billion": the one lent to, before what is lent
        found = [a for a in r.actors(dative.i) if _keep(a, exclude, r)]
        if found:
            return found
    if dobj is not None and dobj.lemma.lower() not in BREACHES:
        found = [a for a in owners(r, dobj.i) if _keep(a, exclude, r)]
        if found:
            return found
    for dep in ("oprd", "attr"):
        t = kid(p, tok, dep)
        if t is not None and t.lemma.lower() not in BREACHES:
            # (not the norm a breach breaks: "calling the treaty a breach of U.N. sanctions")
            found = [a for a in owners(r, t.i) if _keep(a, exclude, r)]
            if found:
                return found
    heads = [tok] + (conjuncts(p, dobj.i) if dobj is not None else [])
    named = _unknown_person(r, tok)
    subj = kid(p, tok, "nsubj")
    paired = subj is not None and (bool(kids(p, subj.i, "conj")) or any(
        kids(p, a.i, "conj") for a in kids(p, subj.i, "appos")))
    for head in heads:
        for prep in preps(p, head):
            if named and prep.text.lower() in _PLACE_PREPS:
                continue    # "met Mohammed Deif in Doha": not the place's state
            if paired and prep.text.lower() in _PLACE_PREPS:
                continue    # "Hamas and Fatah signed a declaration in Beijing": the parties
                #             are named together; where they sign is no third one
            if any(o.lemma.lower() in OCCASIONS for o in kids(p, prep.i, "pobj")):
                continue    # "met on the sidelines of the U.N. summit": when, not with whom
            if prep.text.lower() == "in" and any(o.lemma.lower() in ("exchange", "return")
                                                 for o in kids(p, prep.i, "pobj")):
                continue    # "will free 33 hostages in exchange for Palestinian prisoners":
                #             what is given back, not to whom
            if prep.text.lower() == "from" and p.tokens[head].lemma.lower() in TRAVEL_VERBS:
                continue    # "the jets will fly in from Alaska": where they start from
            if prep.text.lower() == "against" and (p.tokens[head].lemma.lower() in GUARDING
                                                   or p.tokens[tok].lemma.lower() in GUARDING):
                continue    # "to help defend against Iranian missiles": the harm guarded
                #             against, not the one helped ("defend its interests against
                #             Ethiopia", the phrase hung on the object, neither)
            if prep.text.lower() in _GENERIC_PREPS:
                # ("strikes on what it said were militant hideouts inside Iran": the noun
                # the free relative names)
                t = kid(p, prep.i, "pobj") or what_it_said_was(p, prep.i)
                if t is not None and t.lemma.lower() in AT_REQUEST:
                    continue    # "met at the request of France": who asked, not a partner
                if t is not None and prep.text.lower() == "with" and \
                        t.lemma.lower() in _HELP_GIVEN:
                    continue    # "were intercepted with help from the United States": who
                    #             helped, not the one acted on
                if t is not None and prep.text.lower() == "from" and \
                        t.lemma.lower() in _HOLDINGS:
                    continue    # "to use profits from frozen Russian assets": whose money
                    #             is drawn on, not a partner
                if t is not None:
                    found = [a for a in owners(r, t.i) if _keep(a, exclude, r)]
                    found += [a for a in examples_owners(r, t.i) if _keep(a, exclude, r)
                              and a.code not in {f.code for f in found}]
                    if not found and t.lemma.lower() not in UTTERANCES:
                        # (not where words were said: "criticized European allies in a speech
                        # in Munich")
                        found = [a for a in located(r, t.i) if _keep(a, exclude, r)]
                    if found:
                        return found
    for head in heads if dobj is not None else []:
        # "widen cooperation on migration with the United States": the partner's phrase
        # hung one phrase deeper than the object
        for prep in preps(p, head):
            # (a topic's phrase: not "deploying a carrier for exercises with Japan")
            inner = kid(p, prep.i, "pobj") if prep.text.lower() in ("on", "over", "about") \
                else None
            for deeper in preps(p, inner.i) if inner is not None else []:
                t = kid(p, deeper.i, "pobj") if deeper.text.lower() == "with" else None
                found = [a for a in owners(r, t.i) if _keep(a, exclude, r)] if t else []
                if found:
                    return found
    return []


# what a talk goes over ("spoke by telephone with", "talked via video link with")
_LINES = frozenset({"telephone", "phone", "video", "videolink", "link", "line", "call",
                    "conference", "videoconference", "hotline"})
RIGHTS = frozenset({"right", "rights"})
# what one acts "at" or "on" of another's: "at the direction of", "on the orders of"
DIRECTING = frame_words("directing")
# verbs whose "against" phrase is the harm kept off ("defend against missiles"): frames.yaml
GUARDING = frame_words("guarding_verbs")
LOCATIVE = ("in", "at", "off", "over", "near", "inside", "across", "throughout", "on")
# what an act happens at the edge of: "on the sidelines of the U.N. climate summit"; in the
# face of: "to strengthen cooperation in the face of North Korea's threats"; and on the
# anniversary of: "landing on the 25th anniversary of NATO's bombing" (when, not with whom)
OCCASIONS = frozenset({"sideline", "sidelines", "margin", "margins", "eve", "occasion",
                       "fringes", "fringe", "face", "anniversary", "anniversaries"})
# occasions of speaking, whose place is no party to what is said at them
UTTERANCES = frozenset({"speech", "address", "interview", "remark", "remarks", "briefing",
                        "conference", "statement", "post", "lecture", "rally", "sermon"})
# what a helper gives, in "with help from X", "with the support of X": frames.yaml help_given
_HELP_GIVEN = frame_words("help_given")
# "at the request of France", "at the invitation of Japan": who asked for the act
AT_REQUEST = frozenset({"request", "invitation", "behest", "urging", "initiative"})
BUYING = frame_words("buying")


def locative_codes(r: Resolver, heads: tuple[int, ...], depth: int = 3) -> set[str]:
    """Codes of the states whose places are named as where something happens, under
    ``heads``: "in the Sea of Japan", "at a summit in Brasilia", "in Kenya's capital, Nairobi".
    A state named itself as the place ("in Japan") is left out: it hosts."""
    p = r.p
    found: set[str] = set()
    todo = [(h, 0) for h in heads]
    seen: set[int] = set()
    while todo:
        i, d = todo.pop()
        if i in seen or d > depth:
            continue
        seen.add(i)
        for prep in kids(p, i, "prep"):
            obj = kid(p, prep.i, "pobj")
            if obj is None:
                continue
            host = obj.ent >= 0 and p.entities[obj.ent].key.startswith("country:")
            # ("take part in maneuvers": the event itself, not where it happens)
            if prep.text.lower() in LOCATIVE and not host and obj.i not in heads:
                # (a state named as the place, "maneuvers in Japan", is the host and stays)
                found |= {a.code for a in r.actors(obj.i) + owners(r, obj.i) if a.code}
                found |= {a.code for a in located(r, obj.i) if a.code}
                for c in kids(p, obj.i, "appos"):
                    found |= {a.code for a in r.actors(c.i) if a.code}
            todo.append((obj.i, d + 1))
    return found


def located(r: Resolver, i: int) -> list[Actor]:
    """"a peacekeeping force in Liberia", "waters off Venezuela": the state where a thing is;
    "near its border with Guyana": the state across it."""
    tok = r.p.tokens[i]
    if tok.lemma.lower() in BORDERS:
        for prep in kids(r.p, i, "prep"):
            if prep.text.lower() == "with":
                t = kid(r.p, prep.i, "pobj")
                if t is not None:
                    return r.actors(t.i)
    for prep in kids(r.p, i, "prep"):
        if prep.text.lower() in ("in", "inside", "at", "near", "off", "around", "across",
                                   "throughout"):
            t = kid(r.p, prep.i, "pobj")
            if t is not None:
                found = r.actors(t.i)
                if found:
                    return found
    # "waters east of Taiwan", "waters to the north, south and east of Taiwan": the state a
    # compass bearing is taken from (as for a transit's waters, _bearing_of)
    for d in kids(r.p, i):
        bearings = [d] if d.lemma.lower() in BEARINGS else [
            o for o in kids(r.p, d.i, "pobj") if d.dep == "prep" and d.text.lower() == "to"
            and o.lemma.lower() in BEARINGS]
        for b in bearings:
            for j in conjuncts(r.p, b.i):
                for of in kids(r.p, j, "prep"):
                    t = kid(r.p, of.i, "pobj") if of.text.lower() == "of" else None
                    found = [a for a in r.actors(t.i) if a.code] if t is not None else []
                    if found:
                        return found
    return []


# verbs by which a doer gives its grounds for an act ("citing solidarity with Palestinians")
_GROUNDS = frame_words("grounds")


def deep_targets(r: Resolver, tok: int, exclude: frozenset[str], depth: int = 3
                 ) -> list[Actor]:
    """Targets inside complements: "willing to send material to help defend Saudi Arabia"."""
    if depth == 0:
        return []
    for c in kids(r.p, tok, "xcomp", "ccomp", "advcl"):
        if c.dep == "advcl" and any(m.text.lower() in ("while", "whereas", "whilst")
                                    for m in kids(r.p, c.i, "mark")):
            continue    # "would answer with tariffs ..., while Sheinbaum instructed her
            #             minister": another's act set beside it, not its object
        if c.dep == "advcl" and any(m.text.lower() in ("if", "unless")
                                    for m in kids(r.p, c.i, "mark")):
            continue    # "warned that U.S. bases would become targets if Washington helped
            #             Israel retaliate": a condition's objects are not the act's (its
            #             subject may be the one pressed: the caller looks there)
        if c.dep == "advcl" and any(m.text.lower() in _CIRCUMSTANCES
                                    for m in kids(r.p, c.i, "mark")):
            continue    # "signed agreements ..., as both countries face mounting pressure
            #             from China": the circumstance an act is done in names no party
        if c.dep == "advcl" and c.tag == "VBG" and c.lemma.lower() in _REACTION_FROM:
            continue    # "test-fired a new missile, drawing condemnation from Washington and
            #             Tokyo": those who react are not what the act is aimed at
        if c.dep == "advcl" and c.tag == "VBG" and (c.lemma.lower() in r.lex.speech_verbs or
                                                    c.lemma.lower() in _GROUNDS):
            continue    # "dismissed the Western outcry as groundless, insisting that the
            #             warning had come from Hamas": what is said beside the act is not
            #             whom it is aimed at (nor the grounds given for it: "seized the car
            #             carrier, citing solidarity with Palestinians")
        if c.lemma.lower() in _TOPIC_VERBS:
            # "hosted a summit ... to discuss the fighting in eastern Congo": what is
            # discussed is a topic; only those it is discussed with are parties
            found = [a for prep in preps(r.p, c.i) if prep.text.lower() == "with"
                     for o in kids(r.p, prep.i, "pobj") for a in owners(r, o.i)
                     if _keep(a, exclude, r)]
            if found:
                return found
            continue
        found = fallback_targets(r, c.i, exclude) or deep_targets(r, c.i, exclude, depth - 1)
        if not found and c.lemma.lower() in _SIDE_BY_SIDE:
            # "sent troops to fight alongside Russian forces": sent to the side they fight
            # beside
            found = [a for prep in kids(r.p, c.i, "prep") if prep.text.lower() == "alongside"
                     for o in kids(r.p, prep.i, "pobj") for a in owners(r, o.i)
                     if _keep(a, exclude, r)]
        if not found and c.dep == "ccomp" and r.p.tokens[tok].lemma.lower() in CAUSATIVES:
            # "offered to help Sri Lanka rebuild", the helped parsed as the clause's subject
            subj = kid(r.p, c.i, "nsubj")
            found = [a for a in r.actors(subj.i) if _keep(a, exclude, r)] if subj else []
        if found:
            return found
    return []


CAUSATIVES = frame_words("causatives")
# what forces do beside an ally they are sent to ("to fight alongside Russian forces")
_SIDE_BY_SIDE = frame_words("side_by_side")
# units of distance, whose "of" phrase names the place measured from
DISTANCES = frame_words("distances")
# the marks of a clause telling the circumstance or cause of an act ("as", "because"): frames
_CIRCUMSTANCES = frame_words("circumstance_marks")
_TOPIC_VERBS = frame_words("topic_verbs")


def complement_subject(r: Resolver, tok: int, exclude: frozenset[str]) -> list[Actor]:
    """"demanded that the US cancel", "urged that Iran withdraw", "its demand that Israel
    ease": the complement's subject."""
    clauses = kids(r.p, tok, "ccomp", "xcomp", "acl")
    t = r.p.tokens[tok]
    if not clauses and t.pos == "NOUN" and t.dep == "dobj":
        # "reiterated its demand today that Israel ease ...": the clause hung on the verb
        # the noun is the object of, after the noun
        clauses = [c for c in kids(r.p, t.head, "ccomp", "advcl") if c.i > tok and
                   any(m.text.lower() == "that" for m in kids(r.p, c.i, "mark"))]
    for c in clauses:
        subj = kid(r.p, c.i, "nsubj") or kid(r.p, c.i, "nsubjpass")
        if subj is not None:
            found = [a for a in r.actors(subj.i) if _keep(a, exclude, r)]
            if not found and subj.pos == "NOUN":
                # "warned that any retaliatory duties Brazil imposed would be added": the
                # doer the subject's own relative clause names
                found = [a for rel in kids(r.p, subj.i, "relcl") if kid(r.p, rel.i, "dobj") is None
                         for sj in kids(r.p, rel.i, "nsubj") for a in r.actors(sj.i)
                         if _keep(a, exclude, r)]
            if not found and subj.pos == "NOUN" and not any(
                    a.text.lower() in ("should", "must", "ought") for a in kids(r.p, c.i, "aux")):
                # "warned that any arms deal between the two would violate U.N. resolutions":
                # the parties the subject names (not what ties "should" do: "said the ties
                # between Moscow and Pyongyang should worry any country" asks nothing of them)
                found = [a for a in between(r, subj.i) if _keep(a, exclude, r)]
            if found:
                return found
    return []


def _modified_noun(p: ParsedText, tok: int) -> Token | None:
    """"the meeting ... hosted by Meloni": a participle's object is the noun it modifies."""
    t = p.tokens[tok]
    if t.dep == "acl" and t.tag == "VBN" and t.head != t.i:
        return p.tokens[t.head]
    subj = kid(p, tok, "nsubj")
    if amod_verb_object(p, t) is not None:
        # "On Sunday the Saudis hosted Arab, Turkish and European ministers", parsed with
        # "hosted" a modifier that has a subject of its own: a finite verb, and the noun it
        # modifies its object
        return amod_verb_object(p, t)
    if t.dep == "relcl" and kid(p, tok, "dobj") is None and subj is not None and \
            subj.text.lower() not in ("who", "which", "that"):
        return p.tokens[t.head]     # "the companies it accuses of ...": the companies
    if kid(p, tok, "dobj") is None and t.pos == "VERB":
        # "denounced as an ugly crime Serbia's suppression of ...": the object put after its
        # "as" phrase, which the parser hangs on that phrase as an apposition
        for prep in kids(p, tok, "prep"):
            named = kid(p, prep.i, "pobj") if prep.text.lower() == "as" else None
            shifted = kid(p, named.i, "appos") if named is not None else None
            if shifted is not None and shifted.pos in ("NOUN", "PROPN"):
                return shifted
    return None


def _noun_complement(p: ParsedText, tok: int) -> Token | None:
    """"ratified Sweden's NATO membership bid", parsed with the noun as a clause complement:
    a common noun after the verb, with no verb of its own, is its object."""
    return next((c for c in kids(p, tok, "ccomp") if c.i > tok and c.tag in ("NN", "NNS") and
                 not kids(p, c.i, "nsubj", "aux")), None)


def _stray_object(p: ParsedText, verb: int, obj: Token | None) -> bool:
    """Whether the parser's object of ``verb`` is an apposition set off after the verb's own
    clause ("has been pressing for tougher action by Mexico after agents apprehended 132,000
    people, the highest monthly figure in a decade, most of them families from Guatemala",
    "figure" hung on "pressing"): it follows a comma and a clause of the verb's."""
    if obj is None or obj.i < verb:
        return False
    lo, _ = subtree(p, obj.i)
    return lo > 0 and p.tokens[lo - 1].text == "," and any(
        c.i < obj.i for c in kids(p, verb, "advcl"))


_FIRED_ARMS = frozenset(w.lower() for w in frame_words("fired_arms"))
_AIMED_AT = frame_words("aimed_at")


def _fired_arms(p: ParsedText, verb: int, obj: Token | None) -> bool:
    """Whether ``obj`` is what ``verb`` fired at a place its own phrase names ("fired
    U.S.-made missiles at a facility in Russia", "launched Iranian drones at Kyiv"): the arms,
    whose maker or owner is not whom they were fired at."""
    if obj is None or not (obj.lemma.lower() in _FIRED_ARMS or obj.text.lower() in _FIRED_ARMS):
        return False
    return any(kid(p, prep.i, "pobj") is not None for prep in kids(p, verb, "prep")
               if prep.text.lower() in _AIMED_AT)


# holdings drawn on ("profits from frozen Russian assets"): frames.yaml
_HOLDINGS = frame_words("holdings")


# nouns of a "with the X of Y" phrase that tells how something was done, not with whom
MANNER_BACKING = frame_words("manner_backing")


def _target_at(r: Resolver, tok: int, where: str) -> list[Actor]:
    p = r.p
    if where in ("dobj", "dative", "nsubjpass", "attr", "poss"):
        t = kid(p, tok, where) or (_modified_noun(p, tok) if where == "dobj" else None) or \
            (_noun_complement(p, tok) if where == "dobj" else None)
        if where == "dobj" and (_stray_object(p, tok, t) or _fired_arms(p, tok, t)):
            return []
        if t is not None and t.pos == "ADJ" and where == "dobj" and \
                amod_verb_object(p, p.tokens[tok]) is not None:
            # ("the Saudis hosted Arab, Turkish and European ministers" with "Arab" taken for
            # the object of a verb hung on "ministers": the noun is)
            t = amod_verb_object(p, p.tokens[tok])
        if t is None and where == "dobj":
            # "praised what she described as the response of Seoul": the noun so named
            t = free_relative(p, tok)
        if t is None and where == "dobj" and kid(p, tok, "agent") is not None:
            # "Taiwan was visited by a delegation of U.S. lawmakers": a passive's subject is
            # its object, the doer in the "by" phrase
            t = kid(p, tok, "nsubjpass")
        if t is not None and where == "dative" and t.pos == "ADP":
            t = kid(p, t.i, "pobj")     # "to France" parsed as a dative
        if t is None:
            return []
        t = relative_object(p, tok, t)
        found = r.actors(t.i) or (owners(r, t.i) if t.i != tok and where == "dobj" and
                                  p.tokens[tok].dep == "acl" else [])
        if not found and where == "dobj" and t.pos == "PROPN":
            # "seized the MSC Aries, a Portuguese-flagged container ship": a name of no
            # known party is what its apposition says it is
            found = next((a for a in (r.actors(c.i) for c in kids(p, t.i, "appos")) if a), [])
        if not found and where == "dobj" and t.tag == "NNS":
            # "would continue to support its allies and partners, including Taiwan": the
            # ones named of them (the phrase may hang on the verb)
            found = examples_owners(r, t.i) or examples_owners(r, tok, ("including",))
        return found
    if where.endswith("_doer"):
        # "criticized the sanctions the United States has imposed", "took aim at the strikes
        # Israel carried out": one judged for an act is who carried it out (a sense asks for
        # it: "put off the tariffs he had ordered on Mexico" is aimed at whom they hit)
        base = where[:-len("_doer")]
        acts = [kid(p, tok, "dobj")] if base == "dobj" else \
            [kid(p, prep.i, "pobj") for prep in kids(p, tok, "prep") if prep.text.lower() == base]
        return [a for t in acts if t is not None
                for c in kids(p, t.i, "relcl") if c.lemma.lower() in CARRYING_OUT and
                (kid(p, c.i, "dobj") is None or kid(p, c.i, "dobj").text.lower() in RELATIVES)
                for s in kids(p, c.i, "nsubj") if s.text.lower() not in RELATIVES
                for a in r.actors(s.i)]
    if where == "dobj_owner":
        t = kid(p, tok, "dobj") or kid(p, tok, "nsubjpass") or _modified_noun(p, tok) or \
            _noun_complement(p, tok)
        t = None if _stray_object(p, tok, t) or _fired_arms(p, tok, t) else t
        t = relative_object(p, tok, t) if t is not None else None
        if t is not None and t.lemma.lower() in PARTITIVES:
            # "opposes any form of official exchanges between the U.S. and Taiwan"
            t = next((o for prep in kids(p, t.i, "prep") if prep.text.lower() == "of"
                      for o in kids(p, prep.i, "pobj")), t)
        if t is not None and _wronged(p, t):
            # "condemned the violation of Polish airspace": whose airspace is the one
            # wronged, not the wrongdoer, who is told by the breach's own owner ("Russia's
            # violation") or else by the story
            return noun_sources(r, t.i)
        found = owners(r, t.i) if t is not None else []
        if not found and t is not None and t.dep == "dobj" and not is_passive(p, tok):
            # "criticized joint drills by Seoul and Washington", the "by" hung on the verb
            for prep in kids(p, tok, "prep"):
                obj = kid(p, prep.i, "pobj") if prep.text.lower() == "by" else None
                if obj is not None:
                    found = r.actors(obj.i)
        return found
    if where == "seller":
        # "signed a contract to buy 96 helicopters from the United States": the seller the
        # purchase the agreement is for names
        obj = kid(p, tok, "dobj")
        clauses = kids(p, tok, "advcl", "xcomp") + (kids(p, obj.i, "acl", "relcl")
                                                    if obj is not None else [])
        for c in clauses:
            if c.lemma.lower() in BUYING and any(a.text.lower() == "to"
                                                 for a in kids(p, c.i, "aux")):
                bought = kid(p, c.i, "dobj")
                for prep in kids(p, c.i, "prep") + (kids(p, bought.i, "prep")
                                                    if bought is not None else []):
                    # (the "from" hung on what is bought: "to buy 96 helicopters from")
                    seller = kid(p, prep.i, "pobj") if prep.text.lower() == "from" else None
                    if seller is not None:
                        return r.actors(seller.i)
        return []
    if where == "dobj_located":
        # "reinforce its peacekeeping force in Kosovo": the state where the object stands
        t = kid(p, tok, "dobj")
        return located(r, t.i) if t is not None else []
    if where == "declared_owner":
        # "declared the Mexican ambassador persona non grata", parsed as a clause whose
        # subject is the envoy: the envoy's state
        for c in kids(p, tok, "ccomp", "xcomp", "oprd"):
            subj = kid(p, c.i, "nsubj")
            found = owners(r, subj.i) if subj is not None else []
            if found:
                return found
        return []
    if where == "destination":
        # "barred its citizens from traveling to Lebanon": where the going barred was to
        for prep in kids(p, tok, "prep"):
            goes = [g for g in kids(p, prep.i, "pcomp") if g.lemma.lower() in GOING] \
                if prep.text.lower() == "from" else []
            found = _gone_to(r, goes, ("to", "into"))
            if found:
                return found
        return []
    if where == "avoided":
        # "advised its citizens to avoid traveling to Japan", "warned its citizens against
        # traveling to Japan": where the going advised against was to
        goes = [g for c in kids(p, tok, "xcomp") if c.lemma.lower() in AVOIDING
                for g in kids(p, c.i, "xcomp", "dobj") if g.lemma.lower() in GOING] + \
            [g for prep in kids(p, tok, "prep") if prep.text.lower() == "against"
             for g in kids(p, prep.i, "pcomp") if g.lemma.lower() in GOING]
        return _gone_to(r, goes, ("to", "into", "in"))
    if where == "path_owner":
        # "released flares in front of an Australian helicopter", "into the path of": whose
        # craft the path or the front is
        for prep in preps(p, tok):
            for way in kids(p, prep.i, "pobj"):
                if way.lemma.lower() not in PATHS:
                    continue
                found = [a for of in kids(p, way.i, "prep") if of.text.lower() == "of"
                         for o in kids(p, of.i, "pobj") for a in owners(r, o.i)]
                if found:
                    return found
        return []
    if where == "as_owner":
        # "described the explosion as a Russian strike": the doer of the act an "as" phrase
        # names, on the verb or on its object
        heads = [tok] + [o.i for o in kids(p, tok, "dobj")]
        for prep in (pr for h in heads for pr in kids(p, h, "prep")):
            act = kid(p, prep.i, "pobj") if prep.text.lower() == "as" else None
            if act is None or act.lemma.lower() not in word_class("attacks_named"):
                continue    # "described the strikes as a response by Yemenis"
            found = noun_sources(r, act.i)
            if found:
                return found
        return []
    if where == "over_owner":
        # "filed a complaint with the Security Council over the Israeli strikes": against the
        # strikes' doer, not the body it was filed with
        for prep in kids(p, tok, "prep"):
            act = kid(p, prep.i, "pobj") if prep.text.lower() in ("over", "about") else None
            found = noun_sources(r, act.i) if act is not None else []
            if found:
                return found
        return []
    if where == "ended":
        # "called for an end to the violence in Syria", "demanded a halt to the hostilities":
        # those who do what is to end, or the state where it happens
        asked = kid(p, tok, "dobj")
        if asked is None:
            for prep in kids(p, tok, "prep"):
                if prep.text.lower() == "for":
                    asked = kid(p, prep.i, "pobj")
        if asked is None or asked.lemma.lower() not in ENDINGS:
            return []
        for prep in kids(p, asked.i, "prep"):
            act = kid(p, prep.i, "pobj") if prep.text.lower() in ("to", "of") else None
            if act is None:
                continue
            found = noun_sources(r, act.i)
            for inner in kids(p, act.i, "prep") if not found else []:
                obj = kid(p, inner.i, "pobj") if inner.text.lower() in ("in", "between") else None
                found = r.actors(obj.i) if obj is not None else []
                if found:
                    break
            return found
        return []
    if where == "for_to":
        # "called for Israel to halt the offensive": the one asked to act
        for c in kids(p, tok, "xcomp", "advcl", "ccomp", "acl"):
            named = for_to_subject(p, c.i)
            if named is not None:
                return r.actors(named.i)
        return []
    if where == "traded":
        # "banned imports of hunting trophies from Botswana": where the goods come from or go
        # to, wherever the parser hung it inside the object
        t = kid(p, tok, "dobj")
        for d in p.tokens[slice(*subtree(p, t.i))] if t is not None else []:
            if d.dep == "prep" and d.text.lower() in ("from", "to"):
                obj = kid(p, d.i, "pobj")
                found = owners(r, obj.i) if obj is not None else []
                if found:
                    return found
        return []
    if where == "body":
        # "attended the NATO summit in Washington", "at the SCO summit": a meeting named
        # after a body is the body's (before the city it is held in)
        return named_for_body(r, tok)
    if where == "struck":
        # "halted its strikes on Ukrainian ports", "paused the offensive in Rafah", "ended its
        # bombardment of southern Lebanon": whom the armed acts of the object were aimed at,
        # or where they fell
        t = kid(p, tok, "dobj") or kid(p, tok, "nsubjpass")
        for prep in kids(p, t.i, "prep") if t is not None else []:
            obj = kid(p, prep.i, "pobj")
            word = prep.text.lower()
            if obj is None or word not in ("on", "against", "of", "in", "into", "at", "near",
                                           "along", "across", "inside"):
                continue
            found = owners(r, obj.i) or (located(r, t.i) if word in _PLACE_PREPS else [])
            if found:
                return found
        return []
    if where == "taxed":
        # "tariffs on Canadian goods", "tariffs on goods from Mexico", "tariffs on 30 billion
        # dollars of American products": whose goods the tariff falls on (a sum names none)
        for prep in kids(p, tok, "prep"):
            t = kid(p, prep.i, "pobj") if prep.text.lower() == "on" else None
            for _ in range(3):
                if t is None:
                    break
                found = [] if t.lemma.lower() in CURRENCIES or t.tag == "CD" else owners(r, t.i)
                found = found or [a for pr in kids(p, t.i, "prep")
                                  if pr.text.lower() in ("from", "made")
                                  for o in kids(p, pr.i, "pobj") for a in owners(r, o.i)]
                if found:
                    return found
                t = next((kid(p, pr.i, "pobj") for pr in kids(p, t.i, "prep")
                          if pr.text.lower() == "of"), None)
        return []
    if where == "penalized":
        # "called for sanctions against Nigeria", "pushed for tariffs on China": whom the
        # penalties asked for would hit
        asked = [kid(p, pr.i, "pobj") for pr in kids(p, tok, "prep") if pr.text.lower() == "for"]
        for t in [a for a in asked if a is not None]:
            if t.lemma.lower() in PENALTIES:
                return _units_of(r, t.i)
        return []
    if where == "restored":
        # "triggered the return of U.N. sanctions on Iran": whom the penalties brought back hit
        obj = kid(p, tok, "dobj")
        for t in [o for pr in (kids(p, obj.i, "prep") if obj is not None else [])
                  if pr.text.lower() == "of" for o in kids(p, pr.i, "pobj")]:
            if t.lemma.lower() in PENALTIES:
                # (only whom they hit: "the return of U.N. sanctions" names no one)
                return [a for pr in kids(p, t.i, "prep") if pr.text.lower() in ("on", "against")
                        for o in kids(p, pr.i, "pobj") for a in r.actors(o.i)]
        return []
    if where.endswith("_party"):
        # "committed to Israel's security": a party the phrase names, or whose thing it is
        # (not the parties of an undertaking: "committed to a ceasefire between Israel and
        # Hamas")
        for prep in preps(p, tok):
            t = kid(p, prep.i, "pobj") if prep.text.lower() == where.split("_")[0] else None
            if t is None:
                continue
            found = [a for a in r.actors(t.i) if a.code] or [
                a for o in kids(p, t.i, "poss") for a in r.actors(o.i) if a.code]
            if found:
                return found
        return []
    if where.endswith("_border"):
        # "reinforcing security along their borders with Bolivia": only a border, and the
        # state across it (not "stepped up security at its embassy in Lima")
        obj = kid(p, tok, "dobj")
        for prep in preps(p, tok) + (preps(p, obj.i) if obj is not None else []):
            t = kid(p, prep.i, "pobj") if prep.text.lower() == where.split("_")[0] else None
            if t is not None and t.lemma.lower() in BORDERS:
                # (the "with" phrase the parser may hang on the verb: "reinforcing security
                # along their borders with Peru")
                found = located(r, t.i) or [a for pr in kids(p, tok, "prep")
                                            if pr.text.lower() == "with"
                                            for o in kids(p, pr.i, "pobj")
                                            for a in r.actors(o.i) if a.code]
                if found:
                    return found
        return []
    if where.endswith("_place"):
        # "on their way to Moscow": only a named place ("on the way to EU membership" goes
        # nowhere)
        for prep in preps(p, tok):
            t = kid(p, prep.i, "pobj") if prep.text.lower() == where.split("_")[0] else None
            if t is not None and t.ent >= 0 and p.entities[t.ent].label in ("GPE", "LOC"):
                found = r.actors(t.i) or located(r, t.i)
                if found:
                    return found
        return []
    if where == "directed_by":
        # "accused the gang of invading U.S. territory at the direction of the government of
        # Venezuelan President Nicolas Maduro": the one on whose orders the accused acted
        lo, hi = subtree(p, tok)
        for t in p.tokens[lo:hi]:
            if t.lemma.lower() not in DIRECTING or t.dep != "pobj" or \
                    p.tokens[t.head].text.lower() not in ("at", "on", "under", "upon"):
                continue
            for o in (kid(p, pr.i, "pobj") for pr in kids(p, t.i, "prep")
                      if pr.text.lower() == "of"):
                found = (owners(r, o.i) or r.actors(o.i)) if o is not None else []
                if found:
                    return found
        return []
    if where == "for_with":
        # "ready for talks with Kyiv": the partner named on what one is ready for
        for pr in kids(p, tok, "prep"):
            for o in (kids(p, pr.i, "pobj") if pr.text.lower() == "for" else []):
                for inner in kids(p, o.i, "prep"):
                    if inner.text.lower() in ("with", "between"):
                        found = [a for x in kids(p, inner.i, "pobj") for a in r.actors(x.i)]
                        if found:
                            return found
        return []
    if where == "xcomp_with":
        # "was ready to work with him", "is willing to hold talks with Kyiv": the partner of
        # the act one is ready for
        for c in kids(p, tok, "xcomp"):
            for prep in preps(p, c.i):
                o = kid(p, prep.i, "pobj") if prep.text.lower() == "with" else None
                found = r.actors(o.i) if o is not None else []
                if found:
                    return found
        return []
    if where == "answered":
        # "vowed harsh revenge after a U.S. drone strike killed a top general", "after the
        # strike", "over the killing": whoever did the act answered
        for c in kids(p, tok, "advcl"):
            if any(m.text.lower() in ("after", "following") for m in kids(p, c.i, "mark")):
                subj = subject_of(p, c.i)
                found = (noun_sources(r, subj.i) or r.actors(subj.i)) if subj is not None \
                    else []
                if found:
                    return found
        for prep in kids(p, tok, "prep"):
            act = kid(p, prep.i, "pobj") if prep.text.lower() in ("after", "following", "over",
                                                                  "for") else None
            if prep.text.lower() == "in":
                # "would take measures in response to the deployment of German troops"
                act = next((o for w in kids(p, prep.i, "pobj") if w.lemma.lower() in _ANSWERS
                            for to in kids(p, w.i, "prep") if to.text.lower() == "to"
                            for o in kids(p, to.i, "pobj")), None)
            found = noun_sources(r, act.i) if act is not None else []
            if found:
                return found
        return []
    if where == "with_obj":
        if any(c.text.lower() == "with" for c in kids(p, tok, "prep")):
            t = kid(p, tok, "dobj")
            return r.actors(t.i) if t is not None else []
        return []
    prep_word = where.split("_")[0]
    out: list[Actor] = []
    hung = [g for w in preps(p, tok) if w.text.lower() == "with"
            for o in kids(p, w.i, "pobj") for g in kids(p, o.i, "prep")] \
        if prep_word in ("to", "against") and p.tokens[tok].lemma.lower() in _ANSWERING else []
    # ("would respond with all available means to North Korea's deployment": what is
    # answered, hung by the parser on the means of the answer)
    if prep_word == "with":
        # ("spoke by telephone with Russian President Vladimir Putin": the partner, hung by
        # the parser on the line the talk went over)
        hung += [g for w in preps(p, tok) if w.text.lower() in ("by", "over", "via", "on")
                 for o in kids(p, w.i, "pobj") if o.lemma.lower() in _LINES
                 for g in kids(p, o.i, "prep") if g.text.lower() == "with"]
    obj = kid(p, tok, "dobj")
    if obj is not None and prep_word in ("at", "into", "toward", "towards"):
        # ("fired missiles and dozens of drones at Ukrainian cities": the parser hung the
        # target inside the object)
        hung += [g for g in object_preps(p, obj.i) if g.text.lower() == prep_word]
    if obj is not None and prep_word in ("on", "upon", "to") and \
            _ASCRIBING.get(p.tokens[tok].lemma.lower()) == prep_word:
        # ("blamed the killing of its commander on Israel": the one the wrong is laid on, hung
        # by the parser inside the wrong)
        hung += [g for g in p.tokens[slice(*subtree(p, obj.i))]
                 if g.dep == "prep" and g.text.lower() == prep_word]
    for prep in preps(p, tok) + (kids(p, tok, "agent") if prep_word == "by" else []) + hung:
        if prep.text.lower() == prep_word:
            t = kid(p, prep.i, "pobj") or what_is_left_of(p, prep.i)
            if t is not None and t.lemma.lower() in _ANSWERS:
                continue    # "in retaliation for the Pahalgam attack": why, not where
            if t is not None and prep_word == "with" and t.lemma.lower() in MANNER_BACKING:
                continue    # "brokered with the backing of Brazil": how, not with whom
            if t is not None and prep_word == "through":
                # "sailed through the Taiwan Strait", "through waters southeast of Taiwan"
                return r.contesting(t.i) or _bearing_of(r, tok, t.i)
            if t is not None:
                found = owners(r, t.i) or _units_of(r, t.i)
                # "tariffs on European farm products such as dairy and French brandy": the
                # examples' states too
                found = found + [a for a in examples_owners(r, t.i)
                                 if a.code not in {f.code for f in found}]
                if not found and t.tag == "NNS":
                    # "imposed sanctions on 300 companies, including 20 based in China": the
                    # examples hung on the verb (or on its object, past the phrase: "expelled
                    # diplomats from seven Latin American countries on Monday, including
                    # Argentina, Chile and Peru")
                    found = examples_owners(r, tok, ("including",)) or [
                        a for o in kids(p, tok, "dobj") if o.i < prep.i
                        for a in examples_owners(r, o.i, ("including",))]
                if not found and prep_word in ("into", "onto"):
                    # "crossed into the buffer zone on the Golan Heights": the state where the
                    # place entered is
                    found = located(r, t.i) or [a for pr in kids(p, t.i, "prep")
                                                if pr.text.lower() == "on"
                                                for o in kids(p, pr.i, "pobj")
                                                for a in r.actors(o.i)]
                if found and not out:
                    out = list(found)
                elif found and prep.dep == "conj":
                    # "tariffs on German vehicles and on European farm goods": both phrases
                    out += [a for a in found if a.code not in {o.code for o in out}]
    return out


# words that place waters by their bearing from a state: "waters southeast of Taiwan"
BEARINGS = frame_words("bearings")


def _bearing_of(r: Resolver, verb: int, noun: int) -> list[Actor]:
    """The state whose bearing places the waters at ``noun``, on the noun or its verb
    ("sailed through waters southeast of Taiwan", parsed with the bearing on the verb)."""
    p = r.p
    for c in kids(p, noun, "advmod", "amod") + kids(p, verb, "advmod"):
        if c.lemma.lower() not in BEARINGS:
            continue
        for prep in kids(p, c.i, "prep"):
            obj = kid(p, prep.i, "pobj") if prep.text.lower() == "of" else None
            found = [a for a in r.actors(obj.i) if a.code] if obj is not None else []
            if found:
                return found
    return []


def examples_owners(r: Resolver, i: int, words: tuple[str, ...] = ("including", "as")
                     ) -> list[Actor]:
    """The states of the examples a noun is given ("products such as dairy, pork and French
    brandy", "goods including Chinese steel"), once each."""
    p = r.p
    out: list[Actor] = []
    for prep in kids(p, i, "prep"):
        low = prep.text.lower()
        if low not in words or not (low == "including" or low == "as" and any(
                c.text.lower() == "such" for c in kids(p, prep.i, "amod", "advmod"))):
            continue
        first = kid(p, prep.i, "pobj")
        for j in conjuncts(p, first.i) if first is not None else []:
            # ("sanctions on 300 companies, including about 20 based in China": a number of
            # them, and where they are)
            for a in owners(r, j) or (_based_in(r, j, "BUS") if p.tokens[j].pos == "NUM"
                                      else []):
                if a.code and all(a.code != o.code for o in out):
                    out.append(a)
    return out


def _gone_to(r: Resolver, goes: list[Token], preps_to: tuple[str, ...]) -> list[Actor]:
    """The states verbs of going in ``goes`` go to: "traveling to Lebanon" (by one of
    ``preps_to``), "visiting Japan"."""
    p = r.p
    return [a for g in goes for pr in kids(p, g.i, "prep") if pr.text.lower() in preps_to
            for o in kids(p, pr.i, "pobj") for a in r.actors(o.i)] + \
        [a for g in goes if g.lemma.lower() in ("visit", "enter")
         for o in kids(p, g.i, "dobj") for a in r.actors(o.i)]


def _units_of(r: Resolver, i: int) -> list[Actor]:
    """"with units of Japan's Self-Defense Forces": look through partitive heads; "eased
    restrictions on trade with Afghanistan", "a ban on arms sales to Israel": through the
    dealings the act bears on."""
    penalty = r.p.tokens[i].lemma.lower() in PENALTIES
    if r.some_state(i):
        return []       # ("a member of the court": one of its states, not the body)
    for prep in kids(r.p, i, "prep"):
        word = prep.text.lower()
        if penalty and word in ("against", "on"):
            # "called for sanctions against Nigeria": whom the penalties would hit
            t = kid(r.p, prep.i, "pobj")
            found = r.actors(t.i) if t is not None else []
            if found:
                return found + [a for a in examples_owners(r, t.i)
                                if a.code not in {f.code for f in found}]
            continue
        if word == "of" or word in ("with", "to") and r.p.tokens[i].lemma.lower() in DEALINGS:
            t = kid(r.p, prep.i, "pobj")
            if t is not None:
                found = r.actors(t.i)
                if not found and word == "of" and r.p.tokens[i].lemma.lower() in PARTITIVES:
                    # "agreed to a package of financial support for Ukraine": whom the
                    # support is for
                    for inner in kids(r.p, t.i, "prep"):
                        obj = kid(r.p, inner.i, "pobj") \
                            if inner.text.lower() in ("for", "to") else None
                        found = r.actors(obj.i) if obj is not None else []
                        if found:
                            break
                return found
    return []


# what states deal in with each other, whose "with" or "to" phrase names the other party
DEALINGS = frame_words("dealings")
PENALTIES = frame_words("penalties_asked")


# lengths of time an activity fills ("three days of exercises")
TIME_SPANS = frame_words("time_spans")
# what one may act in or as, showing a stance ("in a show of solidarity with Israel")
DISPLAYS = frame_words("displays")


def purpose_governor(p: ParsedText, noun: int) -> Token | None:
    """The verb a noun hangs from through a purpose or participation preposition (through
    a span of time it fills: "leave Yokosuka for three days of exercises with Japan")."""
    tok = p.tokens[noun]
    if tok.dep != "pobj":
        return None
    prep = p.tokens[tok.head]
    span = p.tokens[prep.head]
    if prep.text.lower() == "of" and prep.dep == "prep" and span.dep == "pobj" and \
            span.lemma.lower() in TIME_SPANS:
        prep = p.tokens[span.head]
    elif prep.text.lower() == "of" and prep.dep == "prep" and span.dep == "pobj" and \
            span.lemma.lower() in DISPLAYS and p.tokens[span.head].text.lower() in ("in", "as"):
        # "arrived in Tel Aviv in a show of solidarity with Israel", "as a gesture of
        # support": the display is the one who acts in it
        return p.tokens[p.tokens[span.head].head] \
            if p.tokens[p.tokens[span.head].head].pos in ("VERB", "AUX") else None
    if prep.text.lower() not in _PURPOSE_PREPS:
        return None
    head = p.tokens[prep.head]
    return head if head.pos in ("VERB", "AUX") else None


def visit_governor(p: ParsedText, noun: int,
                   preps: tuple[str, ...] = ("during", "on")) -> Token | None:
    """The verb a visit noun is an adjunct of time to: "said during a visit to Beijing",
    "speaking on a visit to Hanoi" (not "after a visit", which may be someone else's), or
    the verb of coming back from it ("returned from a visit to Beijing")."""
    tok = p.tokens[noun]
    if tok.dep != "pobj":
        return None
    prep = p.tokens[tok.head]
    head = p.tokens[prep.head]
    if prep.text.lower() == "from" and prep.dep == "prep" and head.pos == "VERB" and (
            head.lemma.lower() == "return" or any(
                c.text.lower() == "back" for c in kids(p, head.i, "advmod", "prt"))):
        return head     # "returned from a state visit to Beijing": the returner's visit
    if prep.text.lower() not in preps or prep.dep != "prep":
        return None
    return head if head.pos in ("VERB", "AUX") else None


def named_for_body(r: Resolver, noun: int) -> list[Actor]:
    """The bodies a meeting is named after ("the NATO summit", "an SCO meeting")."""
    return [a for c in kids(r.p, noun, "compound", "nmod", "amod")
            for a in r.actors(c.i) if a_body(a)]


def meeting_governor(p: ParsedText, noun: int) -> Token | None:
    """The verb a meeting "with" someone is an adjunct of time to: "told reporters after a
    meeting with Rubio", "said following talks with Wang": its subject took part (a meeting
    with a named other, unlike "after a visit", which may be anyone's)."""
    if not any(c.text.lower() == "with" for c in kids(p, noun, "prep")):
        return None
    return visit_governor(p, noun, ("during", "on", "after", "following", "before", "at"))


def _gathering_body(r: Resolver, doc: Token) -> list[Actor]:
    """For a text of "the summit" ("G7 leaders met in Italy ... The summit's final statement
    warned China"), the last international body its sentence or the one before names: the
    gathering is that body's."""
    p = r.p
    held = [c for c in kids(p, doc.i, "poss", "compound") if c.lemma.lower() in GATHERINGS and
            any(d.text.lower() == "the" for d in kids(p, c.i, "det"))]
    if not held:
        return []
    lo = since_sentence_before(p, doc.i)
    for j in range(held[0].i - 1, lo - 1, -1):
        bodies = [a for a in r.actors(j) if a.code and a_body(a)]
        if bodies:
            return bodies[:1]
    return []


# gatherings a body holds, whose texts are the body's ("the summit's final statement")
GATHERINGS = frozenset({"summit", "meeting", "conference", "gathering"})


def issuer(r: Resolver, doc: Token) -> list[Actor]:
    """Who speaks through a text ("a statement", "a letter"): its owner ("the ministry's
    statement", "a statement from Kyiv"), or the subject of the verb it was said in or issued
    by ("Dujarric said in a statement that called on ...", "Tokyo issued a statement urging
    ...")."""
    found = noun_sources(r, doc.i) or _own_owners(r, doc.i) or _gathering_body(r, doc)
    if found:
        return found
    verb = text_verb(r.p, doc.i)
    subj = subject_of(r.p, verb.i) if verb is not None else None
    return r.actors(subj.i) if subj is not None else []
