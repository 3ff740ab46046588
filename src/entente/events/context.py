"""What the words around a trigger say about its parties: a reaction drawn by an act ("the
move drew sharp criticism from Beijing"), a meeting that brings parties together, a claim of
responsibility, and event nouns that only describe ("symbols of ... cooperation").

The word lists are data (data/frames.yaml, data/triggers.yaml's descriptive_heads).
"""
from __future__ import annotations

from ..actors.resolve import Resolver
from ..lexicons import frame_words as words
from ..records import Actor, ParsedText, Token
from ..tree import ancestors, conjuncts, kid, kids, subtree
from . import roles as R
from .triggers import Sense, load_triggers

__all__ = ["GATHERING", "REACTIONS", "gathered", "reaction", "claimant", "described"]


# Verbs by which a meeting brings parties together; the parties are "from" its object.
GATHERING = words("gathering")


def gathered(p: ParsedText, r: Resolver, tok: Token) -> list[Actor]:
    obj = kid(p, tok.i, "dobj")
    if obj is None:
        return []
    out: list[Actor] = []
    for prep in kids(p, obj.i, "prep"):
        if prep.text.lower() == "from":
            o = kid(p, prep.i, "pobj")
            for a in (r.actors(o.i) if o is not None else []):
                if a.code and all(a.code != b.code for b in out):
                    out.append(a)
    return out


def attendees(p: ParsedText, r: Resolver, tok: Token) -> list[Actor]:
    """Those a meeting noun is "attended by" ("the talks, hosted by Qatar and attended by
    officials from Egypt and the United States"): the states of the people, or the parties,
    its participle names."""
    out: list[Actor] = []
    for part in kids(p, tok.i, "acl") + [c for a in kids(p, tok.i, "acl")
                                         for c in kids(p, a.i, "conj")]:
        if part.tag != "VBN" or part.lemma.lower() != "attend":
            continue
        agent = kid(p, part.i, "agent")
        who = kid(p, agent.i, "pobj") if agent is not None else None
        if who is None:
            continue
        found = r.actors(who.i) or [a for prep in kids(p, who.i, "prep")
                                    if prep.text.lower() == "from"
                                    for o in kids(p, prep.i, "pobj") for a in r.actors(o.i)]
        for a in found:
            if a.code and all(a.code != b.code for b in out):
                out.append(a)
    return out


# Participles that name, glued by a hyphen, who holds a meeting: "a U.N.-organized meeting".
HOSTED_BY = words("hosted_by")


def hyphen_hosts(p: ParsedText, r: Resolver, tok: Token) -> list[Actor]:
    """Those a meeting noun is held by, named before a hyphen ("attended a U.N.-organized
    meeting", "a Qatar-hosted conference"): a party to it, as "organized by the U.N." is."""
    out: list[Actor] = []
    for mod in kids(p, tok.i, "amod"):
        if mod.text.lower() not in HOSTED_BY or mod.i == 0 or \
                p.tokens[mod.i - 1].tag != "HYPH":
            continue
        for who in kids(p, mod.i, "npadvmod", "compound", "nmod"):
            for a in r.actors(who.i):
                if a.code and all(a.code != b.code for b in out):
                    out.append(a)
    return out


# Words of sympathy or good wishes sent to a state ("messages of condolence", "congratulations")
SYMPATHY = words("sympathy_words")
# Verbs by which such words come in from those who send them ("poured in from")
ARRIVING = words("arriving_words")
SYMPATHY_SENT = Sense("SUPPORT", None, "noun", ("sympathy",), frozenset(), frozenset(), (),
                      False, -1)


def sympathy_arrived(p: ParsedText, r: Resolver, start: int, end: int
                     ) -> list[tuple[int, list[Actor]]]:
    """(noun, senders) for words of sympathy that arrive from those named ("messages of
    congratulation had arrived from the leaders of Nepal and Sri Lanka", "condolences poured
    in from across Europe, including from Hungary's prime minister")."""
    out = []
    for v in p.tokens[start:end]:
        if v.pos != "VERB" or v.lemma.lower() not in ARRIVING:
            continue
        subj = kid(p, v.i, "nsubj")
        if subj is None:
            continue
        said = [subj] + [g for of in kids(p, subj.i, "prep") if of.text.lower() == "of"
                         for g in kids(p, of.i, "pobj")]
        noun = next((w for w in said if w.lemma.lower() in SYMPATHY or
                     w.text.lower() in SYMPATHY), None)
        if noun is None:
            continue
        froms = [c for c in kids(p, v.i, "prep") if c.text.lower() == "from"] + \
            [g for c in kids(p, v.i, "prep") if c.text.lower() == "including"
             for g in kids(p, c.i, "prep") if g.text.lower() == "from"]
        froms += [g for f in froms for g in kids(p, f.i, "conj") if g.text.lower() == "from"]
        senders: list[Actor] = []
        for f in froms:
            # ("from the leaders of Nepal and Sri Lanka", "from across Europe and beyond,
            # including from Hungarian Prime Minister Viktor Orban": whoever the phrase names)
            lo, hi = subtree(p, f.i)
            for t in p.tokens[lo:hi]:
                if t.ent < 0 and t.pos != "PRON" or _described(p, t.i, f.i):
                    continue
                senders += [a for a in r.actors(t.i) if a.code and
                            all(a.code != b.code for b in senders)]
        if senders:
            out.append((noun.i, senders))
    return out


# Help told as the manner of another's act ("intercepted the drones with help from the United
# States"): what the helper gives (frames.yaml help_given), and the event it is
HELP_GIVEN = words("help_given")
HELP_AS_AID = words("help_as_aid")
HELP_SENT = Sense("AID", None, "noun", ("help",), frozenset(), frozenset(), (), False, -1)
BACKING_SENT = Sense("SUPPORT", None, "noun", ("backing",), frozenset(), frozenset(), (),
                     False, -1)


def helped_by(p: ParsedText, r: Resolver, start: int, end: int, speech_verbs: frozenset[str]
              ) -> list[tuple[int, int, Sense, list[Actor], list[Actor]]]:
    """(the noun of help, the verb it is told with, AID or SUPPORT, helpers, helped) for "Israel
    intercepted almost all of the drones with help from the United States", "Kenya will lead
    the mission with support from Washington": the helpers a "from" (or "of") phrase names
    help whoever does the act, its subject; told in the passive, whoever says it was done
    ("Israel said almost all were intercepted with help from ..."). Help and assistance are
    aid; support and backing are support."""
    out = []
    for t in p.tokens[start:end]:
        if t.lemma.lower() not in HELP_GIVEN or t.dep != "pobj" or \
                p.tokens[t.head].text.lower() != "with":
            continue
        verb = p.tokens[p.tokens[t.head].head]
        if verb.pos == "NOUN" and verb.dep == "dobj":
            verb = p.tokens[verb.head]      # ("will lead the mission with support from")
        if verb.pos not in ("VERB", "AUX"):
            continue
        helpers = [a for pr in kids(p, t.i, "prep") if pr.text.lower() in ("from", "of")
                   for o in kids(p, pr.i, "pobj") for j in conjuncts(p, o.i)
                   for a in r.actors(j) if a.code]
        if not helpers:
            continue
        subj = kid(p, verb.i, "nsubj")
        if subj is None and kid(p, verb.i, "nsubjpass") is not None:
            # ("were intercepted by Israel's air defenses with help from the United States":
            # the passive's agent; with none, whoever says it was done)
            agent = kid(p, verb.i, "agent")
            subj = kid(p, agent.i, "pobj") if agent is not None else None
            if subj is None and verb.dep == "ccomp" and \
                    p.tokens[verb.head].lemma.lower() in speech_verbs:
                subj = R.subject_of(p, verb.head)
        helped = [a for a in (r.actors(subj.i) if subj is not None else []) if a.code]
        own = {a.code for a in helped}
        helpers = [a for a in dict((a.code, a) for a in helpers).values() if a.code not in own]
        if helped and helpers:
            sense = HELP_SENT if t.lemma.lower() in HELP_AS_AID else BACKING_SENT
            out.append((t.i, verb.i, sense, helpers, helped))
    return out


def _described(p: ParsedText, i: int, top: int) -> bool:
    """Whether token ``i`` is inside a description, below ``top``, of a thing named ("Viktor
    Orban, Fico's closest ally in the EU": Fico and the EU are no senders)."""
    while i != top and p.tokens[i].head != i:
        if p.tokens[i].dep in ("appos", "relcl", "acl", "poss"):
            return True
        i = p.tokens[i].head
    return False


# Verbs by which an act draws a reaction: "the drills drew a rebuke from Pyongyang".
REACTION_VERBS = words("reaction_verbs")
REACTIONS = frozenset({"ACCUSE", "THREATEN", "REJECT", "PROTEST", "ASSAULT"})


def reaction(p: ParsedText, r: Resolver, tok: Token, history: list | None
              ) -> tuple[list[Actor], list[Actor], int] | None:
    """(sources, targets, predicate) for a reaction drawn by an act: "the move drew sharp
    criticism from Beijing" (Beijing accuses whoever made the move), "kicked off their drills,
    prompting a warning from North Korea" (North Korea warns the two). None when the noun is
    not the object of such a verb or names no one it comes from."""
    base = tok
    if base.dep == "pobj" and p.tokens[base.head].text.lower() == "of" and \
            p.tokens[p.tokens[base.head].head].pos == "NOUN":
        # "statements of concern from Washington, Tokyo and Canberra": the words the
        # reaction is told in carry it
        base = p.tokens[p.tokens[base.head].head]
    carrier = base
    while base.dep == "conj" and base.head != base.i and \
            p.tokens[base.head].pos != "VERB":               # "a protest from A and a
        base = p.tokens[base.head]                           # warning from B"
    # (or joined by the parser to the verb itself: "drawing a protest from Manila and
    # statements of concern from Washington")
    verb = p.tokens[base.head] if base.dep in ("dobj", "pobj", "conj") else None
    if verb is not None and verb.pos == "ADP":          # "met with opposition from China"
        if verb.text.lower() == "by" or verb.dep == "agent":
            return None     # "a shift prompted by the war in Ukraine": what drew, not drawn
        verb = p.tokens[verb.head]
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() not in REACTION_VERBS:
        return None
    # ("a vow of retaliation from Beijing": the "from" hung on the noun's "of" object)
    inner = [g for of in kids(p, tok.i, "prep") if of.text.lower() == "of"
             for g in kids(p, of.i, "pobj")]
    frm = next((kid(p, c.i, "pobj") for h in [tok, carrier] + inner
                for c in kids(p, h.i, "prep") if c.text.lower() == "from"), None) or \
        next((kid(p, c.i, "pobj") for c in kids(p, verb.i, "prep")
              if c.text.lower() == "from"), None)
    sources = r.actors(frm.i) if frm is not None else []
    if not sources and frm is None:
        # "has faced accusations in Yerevan", "drew criticism in Beijing": a reaction heard
        # in a state's capital (or the state) is that state's
        seat = next((kid(p, c.i, "pobj") for c in kids(p, tok.i, "prep") +
                     kids(p, verb.i, "prep") if c.text.lower() == "in"), None)
        key = p.entities[seat.ent].key if seat is not None and seat.ent >= 0 else None
        entry = r.lex.entry(key) if key else None
        if entry is not None and entry.kind in ("country", "capital"):
            sources = [a for a in r.actors(seat.i) if a.code]
    if not sources:
        return None
    if verb.dep in ("advcl", "xcomp", "conj") and kid(p, verb.i, "nsubj") is None:
        gov = p.tokens[verb.head]                   # "..., prompting a warning from X"
        told = kid(p, gov.i, "ccomp") if gov.lemma.lower() in r.lex.speech_verbs else None
        if gov.dep == "ccomp" and gov.head != gov.i and gov.head < gov.i < verb.i and \
                p.tokens[gov.head].lemma.lower() in r.lex.speech_verbs:
            # "Macron said sending troops could not be ruled out, drawing swift rejections
            # from Germany": what the saying drew, hung by the parser on what was said
            gov, told = p.tokens[gov.head], None
        if verb.tag == "VBG" and verb.dep == "conj" and gov.tag != "VBG":
            # ("allowing the resolution to pass and drawing ...", the participle joined by the
            # parser to the infinitive: it goes with the participle above)
            gov = next((a for a in ancestors(p, gov.i) if a.tag == "VBG" and
                        a.dep in ("advcl", "conj")), gov)
        while told is None and gov.tag == "VBG" and gov.dep in ("advcl", "conj") and \
                kid(p, gov.i, "nsubj") is None and p.tokens[gov.head].pos == "VERB" and \
                gov.head < gov.i:
            # "abstained from the vote, allowing the resolution to pass and drawing an angry
            # response from Israel": what drew it is the act both participles go with
            gov = p.tokens[gov.head]
        # ("fired a water cannon ..., the coast guard said, prompting a protest": the act told)
        act = told if told is not None else gov
        subj = R.subject_of(p, act.i)
    else:
        act = verb
        subj = R.subject_of(p, verb.i)
    targets: list[Actor] = []
    if subj is not None:
        own = {a.code for a in sources}
        # an act's doer before whoever it is about: "the expulsion of the French ambassador by
        # Niger's junta drew sharp criticism from Paris" (Niger, not France)
        doers = [a for a in R.noun_sources(r, subj.i) if a.code not in own] \
            if subj.pos == "NOUN" else []
        targets = doers or r.actors(subj.i) or R.noun_sources(r, subj.i)
        if not targets and subj.pos == "NOUN" and history:
            # "The move drew criticism": the act told last, and whoever did it
            targets = list(history[-1].sources)
    return sources, targets, act.i


def claimant(p: ParsedText, tok: Token) -> Token | None:
    """The verb of "claimed (or admitted, took) responsibility for the attack", whose subject
    did the act the noun names."""
    if tok.dep != "pobj" or tok.head == tok.i:
        return None
    prep = p.tokens[tok.head]
    if prep.text.lower() != "for" or prep.head == prep.i:
        return None
    noun = p.tokens[prep.head]
    if noun.lemma.lower() not in ("responsibility", "credit") or noun.head == noun.i:
        return None
    verb = p.tokens[noun.head]
    return verb if verb.pos == "VERB" and noun.dep == "dobj" else None


def described(p: ParsedText, tok: Token, heads: frozenset[str] | None = None) -> bool:
    """"one of the symbols of Turkish-American cooperation": an event noun in the "of" phrase
    of a describing noun (data/triggers.yaml, descriptive_heads, or ``heads``) is no event
    (nor is a noun joined to it: "symbols of friendship and cooperation")."""
    heads = load_triggers().descriptive if heads is None else heads
    while tok.dep == "conj" and tok.head != tok.i:
        tok = p.tokens[tok.head]
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    of = p.tokens[tok.head]
    if of.text.lower() != "of" or of.head == of.i:
        return False
    return p.tokens[of.head].lemma.lower() in heads or p.tokens[of.head].text.lower() in heads


# information gathered or shared about acts: "share real-time data on North Korean missile
# launches" shares data; the launches it is on are its topic, no act told
INFORMATION = words("information")


def information_topic(p: ParsedText, tok: Token) -> bool:
    """Whether an event noun is what information is "on" or "about" ("data on missile
    launches", "intelligence about the attacks")."""
    while tok.dep == "conj" and tok.head != tok.i:
        tok = p.tokens[tok.head]
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = p.tokens[tok.head]
    if prep.text.lower() not in ("on", "about") or prep.head == prep.i:
        return False
    gov = p.tokens[prep.head]
    # ("sharing warning data on missile launches", the phrase hung on the verb)
    return gov.lemma.lower() in INFORMATION or gov.pos == "VERB" and any(
        o.lemma.lower() in INFORMATION for o in kids(p, gov.i, "dobj"))


# texts whose "of" phrase is their title, not an act: "a treaty of friendship and cooperation"
TEXT_TITLES = words("text_titles")


def titled_text(p: ParsedText, tok: Token) -> bool:
    """Whether an event noun is in the title of a text ("signed a treaty of friendship and
    cooperation"): the text is the event, its title no other."""
    return described(p, tok, TEXT_TITLES)
