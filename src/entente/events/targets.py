"""Targets the usual role rules miss: the one a state tells of its act, the doer of the act a
complaint is over, the state where what an attack hit lies, the body a request was made of."""
from __future__ import annotations

from ..actors.resolve import Resolver
from ..records import Actor, ParsedText, Token
from ..tree import entities_in, kid, kids, sentence_of, subtree
from ..lexicons import frame_words
from . import roles as R

# verbs by which one party tells another of its act: "told China that it is leaving"
TELLING = frozenset({"tell", "inform", "notify", "assure", "warn"})


def told_addressee(p: ParsedText, r: Resolver, tok: int, sources: list[Actor]
                   ) -> list[Actor]:
    """The state told of an act in the clause a verb of telling governs, when the teller's
    own state does the act ("Italy told China that it is leaving the initiative")."""
    v = p.tokens[tok]
    for _ in range(3):
        if v.dep == "ccomp" and v.head != v.i:
            gov = p.tokens[v.head]
            if gov.lemma.lower() not in TELLING:
                return []
            teller = R.subject_of(p, gov.i)
            told = kid(p, gov.i, "dobj") or kid(p, gov.i, "dative")
            if teller is None or told is None:
                return []
            own = {a.code for a in r.actors(teller.i)}
            if not own or not own & {a.code for a in sources}:
                return []
            return [a for a in r.actors(told.i) if a.code and a.code not in own]
        if v.head == v.i or v.dep not in ("xcomp", "conj", "advcl"):
            return []
        v = p.tokens[v.head]
    return []


# an international body or court, not a state (roles needs it too and cannot import this module)
a_body = R.a_body


def over_act(p: ParsedText, tok: int) -> Token | None:
    """The act a complaint or protest is over ("... over the Erbil attack")."""
    heads = [tok] + [c.i for c in kids(p, tok, "dobj")]
    if p.tokens[tok].dep == "dobj":
        heads.append(p.tokens[tok].head)    # "lodged a complaint ... over": the light verb's
    for h in heads:
        for prep in kids(p, h, "prep"):
            if prep.text.lower() in ("over", "about"):
                obj = kid(p, prep.i, "pobj")
                if obj is not None and obj.pos == "NOUN":
                    return obj
    return None


# where an attack hit: "in Iran's Sistan-Baluchestan", "power plants across the country"
_WITHIN = frozenset({"in", "inside", "across", "throughout"})


def struck_in(p: ParsedText, r: Resolver, tok: int, own: set, direct: bool = False
              ) -> list[Actor]:
    """The one state, not the attacker's, where the places an attack hit lie: "in the
    Panjgur area of Pakistan's Balochistan province", "in Iran's Sistan-Baluchestan"; with
    ``direct``, only an "in" or "inside" hung on ``tok`` itself (the light verb of "carried
    out airstrikes on hideouts ... inside Afghanistan")."""
    lo, hi = subtree(p, tok)
    codes: dict[str, Actor] = {}
    for t in p.tokens[tok + 1:hi]:
        if t.dep != "pobj" or p.tokens[t.head].text.lower() not in _WITHIN:
            continue
        if direct and p.tokens[t.head].head != tok:
            continue
        if _in_clause_of_its_own(p, t.i, tok, r.lex.speech_verbs):
            continue    # "have fired dozens of drones at ships ..., saying they are acting in
            #             solidarity with Palestinians in Gaza": a place of what is said
        for a in r.actors(t.i) + R.owners(r, t.i) + R.located(r, t.i):
            if a.code and a.code not in own and r.lex.entry(f"country:{a.code}") is not None:
                codes.setdefault(a.code, a)
    return list(codes.values()) if len(codes) == 1 else []


def _in_clause_of_its_own(p: ParsedText, i: int, verb: int, saying) -> bool:
    """Whether token ``i`` lies in a clause under ``verb`` that tells something else (a
    participle of saying, a clause joined on, a reported clause), not in the verb's own
    phrases (a participle of the act itself is: "struck back, hitting what its military
    called hideouts ... in Iran's Sistan-Baluchestan province")."""
    def other(t: Token) -> bool:
        # (a free relative parsed as a clause is the object: "what its military called
        # hideouts")
        return t.dep == "ccomp" and not any(w.text.lower() == "what"
                                            for w in kids(p, t.i, "dobj", "nsubjpass")) or \
            t.dep == "conj" and t.pos in ("VERB", "AUX") or \
            t.dep == "advcl" and t.lemma.lower() in saying
    t = p.tokens[i]
    while t.head != t.i and t.head != verb:
        if other(t):
            return True
        t = p.tokens[t.head]
    return t.head == verb and other(t)


def at_request_of(p: ParsedText, tok: int) -> tuple[Token, Token | None] | None:
    """(who asked, who acted) for "the Security Council met at the request of France" or "at
    France's request"."""
    t = p.tokens[tok]
    if t.lemma.lower() != "request" or t.dep != "pobj" or \
            p.tokens[t.head].text.lower() not in ("at", "on"):
        return None
    of = next((c for c in kids(p, tok, "prep") if c.text.lower() == "of"), None)
    # ("at the government's request", "at Helsinki's request": the possessor asked)
    asker = kid(p, of.i, "pobj") if of is not None else kid(p, tok, "poss")
    if asker is None:
        return None
    verb = p.tokens[p.tokens[t.head].head]
    subj = R.subject_of(p, verb.i) if verb.pos in ("VERB", "AUX") else verb
    if subj is None and verb.dep == "acl":
        subj = p.tokens[verb.head]  # "the Security Council session, called at the request of"
    return asker, subj


def named_in_free_relative(p: ParsedText, r: Resolver, tok: int, own: set) -> list[Actor]:
    """Whose act a free relative names: 'condemned what Miller called "escalatory actions"
    by China', 'welcomed what its spokesman called the end of Israel's aggression'."""
    obj = kid(p, tok, "dobj")
    if obj is None or obj.text.lower() != "what":
        verbs = [c for c in kids(p, tok, "ccomp", "dobj") if c.pos == "VERB"]
    else:
        verbs = [p.tokens[obj.head]] if obj.dep != "dobj" else []
        verbs += [c for c in kids(p, obj.i, "relcl", "acl")]
    for v in verbs:
        # (or named in the passive: "criticized what was described as a pattern of risky
        # Chinese military activity")
        if not any(w.text.lower() == "what" for w in kids(p, v.i, "dobj", "nsubj", "oprd",
                                                             "nsubjpass")):
            continue
        # ("what it described as Washington's use of pressure": named by "as")
        named_as = [o for pr in kids(p, v.i, "prep") if pr.text.lower() == "as"
                    for o in kids(p, pr.i, "pobj")]
        for named in kids(p, v.i, "oprd", "xcomp", "ccomp", "dobj", "attr") + named_as:
            if named.text.lower() == "what":
                continue
            # ("actions by China", the "by" hung on the active verb of naming; "an
            # interception of one of its planes by a Chinese fighter": the judge's own plane
            # is the victim, the doer is named by "by")
            # (a breach's "of" phrase names what it wrongs: "what she called a reckless
            # violation of Polish airspace" is no charge against Poland)
            breach = bool(R.breached_owners(r, named))
            found = [a for a in R.noun_sources(r, named.i) or
                     ([] if breach else R.owners(r, named.i))
                     if a.code and a.code not in own]
            heads = [named] + ([v] if kid(p, v.i, "nsubj") is not None else [])
            for prep in [x for h in heads for x in kids(p, h.i, "prep")] if not found else []:
                if prep.text.lower() in ("by", "from") or prep.text.lower() == "of" and \
                        not breach:
                    o = kid(p, prep.i, "pobj")
                    found = [a for a in (r.actors(o.i) if o is not None else [])
                             if a.code and a.code not in own]
                    if found:
                        break
            if found:
                return found
    return []


# the edges from a trigger to the parties it acts on: objects, prepositional objects and the
# arguments of the clauses it governs ("demanding that the government provide")
_ARGUMENT_EDGES = frozenset({"dobj", "dative", "prep", "pobj", "agent", "xcomp", "ccomp",
                             "nsubj", "nsubjpass", "attr", "oprd"})
_STATE_KINDS = ("country", "demonym", "capital", "place")


def domestic_party(p: ParsedText, r: Resolver, tok: int, sources: list[Actor]
                   ) -> Actor | None:
    """The source's own state as the target of an act on a party within it, for events
    coded the PLOVER way (partial): "an Argentine judge ordered former president Carlos Menem
    to appear", "Bosnian Serbs demanded a truce with Moslem forces", "rebels dismissed an
    appeal from President Gbagbo". The party is a person, group or body among the trigger's
    arguments (not its own subject; places are no parties) and the sentence names no state but
    the source's. None when the act has no such party ("the rebels surrendered")."""
    codes = {a.code for a in sources if a.code}
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    sent = sentence_of(p, tok)
    if sent is None:
        return None
    for e in entities_in(p, sent.start, sent.end):
        entry = r.lex.entry(e.key) if e.key else None
        if entry is not None and entry.code and entry.code != code:
            return None             # another state or body is named: not within one state
    skip = {a.start for a in sources}
    todo, seen = [(tok, 0)], {tok}
    while todo:
        i, depth = todo.pop(0)
        for c in kids(p, i):
            if c.i in seen or c.dep not in _ARGUMENT_EDGES or depth >= 3:
                continue
            if c.dep in ("nsubj", "nsubjpass") and i == tok:
                continue            # the act's own doer
            seen.add(c.i)
            if c.idx in skip:
                continue
            party = _party(p, r, c)
            if party is not None:
                return Actor(code, None, party[0], party[1], c.idx,
                             c.idx + len(c.text))
            todo.append((c.i, depth + 1))
    return None


def _party(p: ParsedText, r: Resolver, t: Token) -> tuple[str, str] | None:
    """(sector, words) when token ``t`` heads a person, group or body, not a place."""
    if t.pos not in ("NOUN", "PROPN"):
        return None
    if t.ent >= 0:
        e = p.entities[t.ent]
        entry = r.lex.entry(e.key) if e.key else None
        if entry is not None and entry.kind in _STATE_KINDS:
            return None
        if e.label in ("PERSON", "ORG", "NORP"):
            return ("GOV" if e.label == "PERSON" else "CVL"), e.text
    sector = r.lex.sector_nouns.get(t.text.lower()) or r.lex.sector_nouns.get(t.lemma.lower())
    if sector is not None and sector not in ("MED", "BUS"):
        return sector, t.text
    return None


# what a third party owns: a ship in trade ("at a commercial ship", "a tanker")
THIRD_PARTY_CRAFT = frame_words("third_party_craft")


def reporter(p: ParsedText, r: Resolver, act: int, verb: int, own: set,
             speech_verbs: frozenset[str], official: frozenset[str]) -> list[Actor]:
    """The state that reports a hostile act done to no one named, as what its officials,
    army or government say ("the Philippine coast guard said Chinese ships blocked and rammed
    a supply boat", "Ukraine's air force said Russian drones hit an apartment building"): an
    attack a state tells of, whose doer is another state and whose object is named by no
    owner, is told of an attack on the teller. ``verb`` is the act's clause; it must be the
    reported clause of a verb of saying (or a verb joined to it), with the teller an official
    source (sectors ``official``) of a state that is not the doer's; and what the act
    ``act`` hit must name no one ("captured part of a Karen guerrilla stronghold on the Thai
    border, Thai police said" tells of a fight between others)."""
    v = p.tokens[verb]
    if v.dep == "conj" and v.head != v.i and p.tokens[v.head].pos in ("VERB", "AUX"):
        v = p.tokens[v.head]     # "blocked and rammed": the first conjunct's place
    if v.dep != "ccomp" or v.head == v.i:
        return []
    gov = p.tokens[v.head]
    if gov.pos != "VERB" or gov.lemma.lower() not in speech_verbs:
        return []
    teller = R.subject_of(p, gov.i)
    if teller is None or teller.pos == "PRON":
        return []
    if names_someone_hit(p, r, act):
        return []   # (someone named: "a Karen guerrilla stronghold", "the Thai border";
        #             a place is not someone: "a supply boat near Second Thomas Shoal")
    if third_party_craft(p, verb):
        return []       # ("fired two missiles at a commercial ship": a third party's)
    found = [a for a in r.actors(teller.i) if a.code and a.sector in official and
             a.code not in own and r.lex.entry(f"country:{a.code}") is not None]
    return found if len({a.code for a in found}) == 1 else []


def third_party_craft(p: ParsedText, verb: int) -> bool:
    """Whether the clause at ``verb`` has a ship in trade as an object ("fired two missiles
    at a commercial ship", "attacked a container ship"): frames.yaml third_party_craft."""
    lo, hi = subtree(p, verb)
    return any(t.lemma.lower() in THIRD_PARTY_CRAFT or t.text.lower() in THIRD_PARTY_CRAFT
               for t in p.tokens[lo:hi] if t.dep in ("dobj", "pobj", "amod", "compound"))


def names_someone_hit(p: ParsedText, r: Resolver, act: int) -> bool:
    """Whether the object or a phrase of the act at ``act`` names anyone: an actor, a
    nationality, an organisation or a person ("a Karen guerrilla stronghold", "the Thai
    border"); a place named is no one ("a supply boat near Second Thomas Shoal")."""
    for o in kids(p, act, "dobj", "prep"):
        lo, hi = subtree(p, o.i)
        if any(r.actors(t.i) or t.ent >= 0 and p.entities[t.ent].label in
               ("NORP", "ORG", "PERSON") for t in p.tokens[lo:hi]):
            return True
    return False
