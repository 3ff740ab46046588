"""Reference back to acts and parties: "the deal", "the decision", "it", "them", a threat that
names no one, "struck back". Each finds, among the drafts told before (``history``) or the
text, whom an event that names no party of its own bears on."""
from __future__ import annotations

from .. import codes
from ..actors.resolve import COUPS, Resolver
from ..lexicons import frame_words as words
from ..records import Actor, ParsedText, Sentence, Token
from ..tree import (ancestors, kid, kids, sentence_before, sentence_of, since_sentence_before,
                    subtree)
from . import roles as R
from .draft import Draft
from .triggers import free_relative, load_triggers

__all__ = ["accusers", "adversary", "last_attackers", "anaphoric_target", "referent_doers",
           "act_antecedent", "generic_act", "hostile_kinds", "refers_back", "undertaking_parties",
           "GENERIC_ACTS"]

# Nouns that refer back to an event already told: "condemned the attack", "welcomed the move".
EVENT_WORDS = words("event_words")
# words for a happening that name no kind of act ("the incident"): charged, the hostile act
INCIDENTS = words("incidents")
# What a judge calls a hostile act it condemns ("denounced what it called an aggression"), and
# the kinds of act such a name refers back to.
HOSTILE_NAMES = words("hostile_names")
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# Verbs by which one stands by one's own act: "has defended the decision"
DEFENDING = words("defending")
# One's own acts whose approval supports their other party ("once the Parliament approves the
# deal", the EU's aid to Ukraine)
OWN_HELP = frozenset({"AID", "COOPERATE", "AGREE"})
# What a denial or rejection can refer back to: the accuser's words.
ACCUSATIONS = words("accusations")
# charges that may be only the press's ("reports", "speculation"): frames.yaml
HEARSAY = words("hearsay")
# What one party asks or offers another ("the request", "the bid", "the proposal"): approving
# or turning it down answers whoever made it.
ASKINGS = words("askings")
INVITATIONS = words("invitations")
# verbs by which one says an act charged did not happen ("denied the incursion")
DENYING = words("denying_acts")
# Verbs of striking back: "vowed to retaliate" is aimed at whoever struck last.
RETALIATION = words("retaliation")
_DEFINITE = {"the", "this", "that", "these", "those"}
# statuses of acts not yet done, which no noun names again as done
UNDONE = frozenset({"hypothetical", "negated", "planned"})


# words that name a coup told before only when named again ("the takeover")
_COUPS_AGAIN = words("coups_named_again")


def adversary(s: Sentence, sources: list[Actor], history: list[Draft]) -> list[Actor]:
    """The party a speaker's threat is aimed at, when the threat names none: the target of
    the speaker's accusation, demand or sanction in this sentence or the one before."""
    own = {a.code for a in sources}
    for d in reversed(history[-8:]):
        if d.sentence.start < s.start - 120:
            break
        if {a.code for a in d.sources} == own and d.trigger.sense.type in HOSTILE_TURNS:
            found = [a for a in d.targets if a.code not in own]
            if found:
                return found
    return []


# What a speaker does to a party they go on to threaten.
HOSTILE_TURNS = frozenset({"ACCUSE", "REQUEST", "SANCTION", "REJECT", "COERCE"})


def provoker(since: int, sources: list[Actor], history: list[Draft]) -> list[Actor]:
    """Whom a retaliation answers when no attack was told ("Sweden joined NATO ... Moscow
    said it would take countermeasures"): the doers of the last act by others told from token
    ``since`` on (the sentence before), one aimed at the speaker first."""
    own = {a.code for a in sources}
    recent = [d for d in reversed(history[-8:]) if d.sentence.start >= since and
              d.status in ("occurred", "planned") and d.sources and
              not own & {a.code for a in d.sources}]
    # (an act done before one announced: "The United States will deploy long-range missiles
    # in Germany ... Russia would respond" answers the announced one when none was done)
    recent = [d for d in recent if d.status == "occurred"] + \
        [d for d in recent if d.status == "planned"]
    for d in [d for d in recent if own & {a.code for a in d.targets}] + recent:
        found = [a for a in d.sources if a.code]
        if found:
            return found
    return []


def last_actor(p: ParsedText, r: Resolver, start: int, own: set) -> list[Actor]:
    """The states that acted in the main clause of the sentence before ``start``, when they
    are not ``own``: what a generic act refers to when no event of ours was told ("The
    Montenegrin parliament adopted a resolution ... Serbia said the decision was a hostile
    act")."""
    before = sentence_before(p, start)
    if before is None:
        return []
    # (the last clause whose subject is another state's: "Serbia recalled its ambassador
    # after the Montenegrin parliament adopted a resolution")
    for t in reversed(p.tokens[before.start:before.end]):
        if t.pos != "VERB" or t.dep not in ("ROOT", "advcl", "conj"):
            continue
        subj = kid(p, t.i, "nsubj")
        found = [a for a in (r.actors(subj.i) if subj is not None else [])
                 if a.code and a.sector in ("GOV", "LEG", "MIL", "JUD")]
        if found and not own & {a.code for a in found} and len({a.code for a in found}) == 1:
            return found
    return []


def askers(history: list[Draft], own: set) -> list[Actor]:
    """Who last asked, demanded or imposed something of ``own``: a refusal's addressee."""
    for d in reversed(history[-12:]):
        if d.trigger.sense.type in ("REQUEST", "SANCTION", "THREATEN") and \
                own & {a.code for a in d.targets} and d.status in ("occurred", "planned"):
            found = [a for a in d.sources if a.code and a.code not in own]
            if found:
                return found
    return []


def last_doers(history: list[Draft], own: set, types, last: int | None = None,
               against_own: bool = False, since: int = -1) -> list[Actor]:
    """The doers, but for ``own``, of the last act of one of ``types`` the story told as
    happening (among its ``last`` drafts; with ``against_own``, only an act aimed at ``own``;
    with ``since``, only one told from that token on)."""
    for d in reversed(history if last is None else history[-last:]):
        if d.trigger.sense.type in types and d.status == "occurred" and \
                d.sentence.start >= since and \
                (not against_own or own & {a.code for a in d.targets}):
            found = [a for a in d.sources if a.code and a.code not in own]
            if found:
                return found
    return []


def last_attackers(sources: list[Actor], history: list[Draft]) -> list[Actor]:
    """Who struck last, for "struck back" and "vowed to retaliate": who struck the one who
    answers, else whoever struck last ("Iran launched drones at Israel ... U.S. and British
    jets helped shoot them down ... Israel said it would respond" answers Iran)."""
    own = {a.code for a in sources}
    for d in reversed(history[-12:]):
        if (d.trigger.sense.type in ("ASSAULT", "COERCE") or
                d.trigger.sense.mode == "incursion") and d.status == "occurred" and \
                own & {a.code for a in d.targets}:
            # (an incursion into one's land or airspace is struck back at too: "Ukrainian
            # troops crossed into Russia's Kursk region ... a tough reaction would not be long
            # in coming")
            found = [a for a in d.sources if a.code and a.code not in own]
            if found:
                return found
    return last_doers(history, own, ("ASSAULT", "COERCE"), last=12)


def anaphoric_target(p: ParsedText, r: Resolver, tok: int, sense, sources: list[Actor],
                      history: list[Draft]) -> list[Actor]:
    """"condemned the attack": the target is whoever did the event referred back to."""
    t = p.tokens[tok]
    if any(c.text.lower() == "back" for c in kids(p, tok, "prt", "advmod")) or \
            t.lemma.lower() in RETALIATION:
        return last_attackers(sources, history)
    own = {a.code for a in sources}
    found = summarized_doers(p, r, tok, own)
    if found:
        return found
    obj = kid(p, tok, "dobj")
    if obj is None and kid(p, tok, "agent") is not None and sense.kind != "adj":
        obj = kid(p, tok, "nsubjpass")  # "the move was condemned by China" (but "it was
        #                                 concerned by the move" is the one concerned)
    first = p.tokens[t.head] if t.dep == "conj" and p.tokens[t.head].dep == "acl" and \
        p.tokens[t.head].tag == "VBN" and t.tag == "VBN" else t
    if obj is None and (t.dep == "relcl" or t.dep == "acl" and t.tag == "VBD"):
        obj = p.tokens[t.head]      # "a charge New Delhi quickly rejected"
    elif obj is None and first.dep == "acl" and first.tag == "VBN" and \
            kid(p, first.i, "agent") is not None:
        # "a decision welcomed by the Netherlands and Australia ... and swiftly dismissed by
        # Moscow": the noun the passive participles hang on
        obj = p.tokens[first.head]
    elif obj is not None and obj.text.lower() in ("that", "which") and t.dep == "relcl" and \
            p.tokens[t.head].lemma.lower() in R.undertakings():
        obj = p.tokens[t.head]      # "an agreement that China hailed": the undertaking
    elif obj is None and t.dep == "conj" and p.tokens[t.head].dep == "relcl" and \
            kid(p, t.head, "dobj") is not None and \
            kid(p, t.head, "dobj").text.lower() in ("that", "which"):
        # "an agreement that China hailed but that Israel rejected": the second clause's
        # object is the first's
        obj = p.tokens[p.tokens[t.head].head]
    found = doers_by_both(p, obj, own, history) if obj is not None else []
    if found:
        return found
    if obj is not None and obj.lemma.lower() in ASPECTS:
        # "criticized the timing of the decision", "questioned the wisdom of the move": the
        # act whose side is judged
        inner = next((kid(p, prep.i, "pobj") for prep in kids(p, obj.i, "prep")
                      if prep.text.lower() == "of"), None)
        obj = inner if inner is not None else obj
    for judged in kids(p, tok, "oprd") if obj is None else []:
        # "called the seizure unacceptable", parsed as one phrase with the noun a compound of
        # the adjective: the noun is what was judged
        named = next((c for c in kids(p, judged.i, "compound") if c.pos == "NOUN"), None)
        if judged.pos == "ADJ" and named is not None:
            obj = named
    if sense.type == "REJECT" and t.dep == "relcl" and obj is not None and \
            obj.text.lower() in ("which", "that"):
        # "accused Beijing of supplying Moscow with drone parts, which China denies": the
        # charge the clause hangs in is denied, and its maker with it
        above = {a.i for a in ancestors(p, tok)}
        found = next(([a for a in d.sources if a.code not in own] for d in reversed(history)
                      if d.trigger.sense.type == "ACCUSE" and d.trigger.token in above), [])
        if found:
            return found
    if sense.type == "REJECT" and obj is not None and t.lemma.lower() in DENYING and \
            obj.pos == "NOUN" and refers_back(p, obj) and hostile_kinds(obj.lemma.lower()) and \
            not kids(p, obj.i, "poss"):
        # "Poland said two Belarusian helicopters had violated its airspace. Minsk denied
        # the incursion": a hostile act one denies is one charged with it, by its accuser
        # or whoever told it naming the denier
        found = accusers(history, own, against_own_only=True) or charge_told(p, r, tok, own)[0]
        if found:
            return found
    if sense.type == "REJECT" and obj is not None and obj.lemma.lower() in ACCUSATIONS:
        # rejecting a charge rejects whoever made it: the accuser of the rejecter told last,
        # else the one who said, just before, what names the rejecter, else the accuser told
        # last
        # (not any accuser for what the press reported or speculated: "the Kremlin denied
        # reports that Putin was ill" answers no one the story told accusing someone else)
        found = []
        first = subtree(p, obj.i)[0]
        if t.dep == "relcl" and (obj.dep == "appos" or first > 0 and
                                 p.tokens[first - 1].text == ","):
            # (set beside the clause by a comma, whatever the parser hung it on)
            # "Kyiv says Moscow planned the attack, a charge Russia denies": the teller of
            # the clause the charge is set beside (its own charge is told after the clause),
            # before any charge told earlier ("Trump said they both violated it. Israel's
            # military said Iran had launched missiles, an accusation Iran denied")
            said = next((a for a in ancestors(p, obj.i)
                         if a.lemma.lower() in r.lex.speech_verbs), None)
            teller = R.subject_of(p, said.i) if said is not None else None
            found = [a for a in (r.actors(teller.i) if teller is not None else [])
                     if a.code and a.code not in own]
        # ("Mali broke off relations, charging that Kyiv had a hand in an ambush ... Senegal
        # had already summoned the envoy ... Kyiv firmly rejected the accusations": Mali's)
        found = found or accusers(history, own, against_own_only=True,
                                  alleged_first=obj.tag == "NNS") or \
            charge_told(p, r, tok, own)[0] or \
            (accusers(history, own) if obj.lemma.lower() not in HEARSAY else [])
        if found:
            return found
    if sense.type in ("REJECT", "SUPPORT", "AGREE") and obj is not None and \
            obj.lemma.lower() in INVITATIONS:
        # "declined an invitation to meet U.S. Defense Secretary Lloyd Austin": the one the
        # invited would have met or visited (who invites, the noun's owner says, if named)
        for c in kids(p, obj.i, "acl", "relcl"):
            found = [a for a in R.targets(r, c.i, ("dobj", "with", "to"), None)
                     if a.code not in own] if c.pos == "VERB" else []
            if found:
                return found
    if sense.type in ("REJECT", "SUPPORT", "AGREE") and obj is not None and \
            obj.lemma.lower() in ASKINGS:
        # "turned down a request for the Bayern to call at Shanghai", "approved the bid",
        # "rejected the proposal": whoever asked, bid or proposed, named in the phrase or the
        # last told to
        lo, hi = subtree(p, tok)      # (the parser may hang "for X to" on the verb)
        for v in p.tokens[obj.i + 1:hi]:
            inner = R.for_to_subject(p, v.i) if v.pos == "VERB" else None
            found = [a for a in (R.owners(r, inner.i) if inner is not None else [])
                     if a.code not in own]
            if found:
                return found
        for d in reversed(history[-12:]):
            if d.trigger.sense.type in ("REQUEST", "AGREE") or \
                    d.trigger.sense.mode == "accession":
                found = [a for a in d.sources if a.code not in own]
                if found:
                    return found
    if sense.type == "REJECT" and obj is None and t.dep == "conj":
        # "the Chinese side proposed a price, but the European side refused": the proposer
        subj = R.subject_of(p, t.head)
        found = [a for a in (r.actors(subj.i) if subj is not None else [])
                 if a.code not in own]
        if found:
            return found
    if obj is None:
        # ("expressed concern about the incident", "anger at the decision"; a light verb's
        # phrase after its noun: "voiced alarm at the escalation"; "dismay regarding the
        # strikes", the parser's participle)
        heads = [tok] + ([t.head] if t.pos == "NOUN" and t.dep == "dobj" else [])
        for c in kids(p, tok, "acl"):
            if c.text.lower() in ("regarding", "concerning") and kid(p, c.i, "dobj") is not None:
                obj = kid(p, c.i, "dobj")
        preps = [pr for h in heads for pr in kids(p, h, "prep") if pr.i > tok]
        for prep in preps if obj is None else []:
            if prep.text.lower() in ("to", "over", "against", "for", "of", "about", "at",
                                     "regarding"):
                obj = kid(p, prep.i, "pobj")
                if obj is not None:
                    break
    if obj is None and sense.kind == "adj":
        # "was deeply concerned by the move": a word for an act told before, parsed as a
        # passive's doer (only such a word: what else one is concerned by is read elsewhere)
        # ("was troubled by the moves", "perplexed by the cancellation"; not strife both
        # sides wage: "concerned by the exchanges" charges neither)
        obj = next((o for pr in kids(p, tok, "agent") if pr.i > tok
                    for o in kids(p, pr.i, "pobj") if o.lemma.lower() not in STRIFE and
                    o.text.lower() not in STRIFE and (generic_act(p, r, o) or
                    o.pos == "NOUN" and refers_back(p, o) and
                    not kids(p, o.i, "poss", "prep", "amod", "compound"))), None)
    described = False
    if obj is None:
        # 'denounced what it called an aggression against Syrian territory': the act the
        # free relative names is the one referred to, however its namer words it
        obj = free_relative(p, tok)
        described = obj is not None
    if obj is not None:
        # "welcomed the announcement that Ukraine had agreed to a ceasefire": who agreed
        for clause in kids(p, obj.i, "acl", "ccomp"):
            subj = kid(p, clause.i, "nsubj")
            found = [a for a in (r.actors(subj.i) if subj is not None else [])
                     if a.code not in own]
            if found:
                return found
    if obj is not None and described:
        # 'denounced what it called a U.S.-backed coup attempt': the doer or backer the name
        # given to the act names ("U.S.-backed", "Iranian-made")
        found = [a for a in _named_backers(r, obj) if a.code and a.code not in own]
        if found:
            return found
    if obj is not None and t.lemma.lower() in DEFENDING and \
            obj.lemma.lower() in GENERIC_ACTS | _ARMED_ACTS and \
            any(own & {a.code for a in d.sources} for d in history):
        return []   # "Ecuador's government has defended the decision": its own, after its raid
        #             (and "defended the operation": the raid itself)
    if obj is not None and obj.lemma.lower() in COUPS | _COUPS_AGAIN and refers_back(p, obj) and \
            not kids(p, obj.i, "poss", "prep", "amod", "compound"):
        # "Military officers seized power in Gabon ... France condemned the coup": those who
        # took power in the state the story told it was taken in
        taken = next((codes for j, codes in reversed(r.seizures()) if j < obj.i and
                      not set(codes) & own), [])
        if taken:
            return [Actor(c, r.lex.name_of(c), "MIL", obj.text, obj.idx, obj.end)
                    for c in taken]
    if obj is not None and sense.type == "ACCUSE":
        found = _any_wrong_doers(p, r, tok, obj, own, history)
        if found:
            return found
    found = referent_doers(p, r, obj, sense.type, own, history, described=described)
    if not found and obj is not None and sense.type == "ACCUSE" and generic_act(p, r, obj):
        # "The Kremlin said Russia had ceased to take part in the treaty. The State Department
        # said it was deeply concerned by the move": with no act of ours told, the state
        # that acted in the sentence before (as for a verdict on "the decision")
        sent = sentence_of(p, tok)
        found = last_actor(p, r, sent.start, own) if sent is not None else []
    if not found and obj is None and sense.type == "ACCUSE" and t.pos in ("NOUN", "ADJ") and \
            t.dep != "pobj" and t.lemma.lower() in BARE_DISMAY and \
            not kids(p, tok, "prep", "acl", "relcl", "agent", "ccomp", "xcomp"):
        # "China test-fired an ICBM into the Pacific ... Japan said it had not been notified
        # and expressed concern": dismay voiced at nothing named is at the last hostile or
        # military act another state was told to do, in this sentence or the one before (not
        # a manner: "was following the situation with great concern")
        found = last_doers(history, own, DISMAYING_ACTS, last=8,
                           since=since_sentence_before(p, tok))
    return found


_OVERTHROWING = words("overthrowing")
# acts each side does to the other at once ("the exchange", "the swap")
_TWO_WAY = words("reciprocal_verbs")
_KINDS_OF = words("kinds_of")


def _any_wrong_doers(p: ParsedText, r: Resolver, tok: int, obj: Token, own: set,
                     history: list[Draft]) -> list[Actor]:
    """Who did the wrong "any" of its kind is condemned after the story told one: "Ecuadorian
    police raided the Mexican embassy ... condemned any violation of the Vienna Convention"
    (the last hostile act's doers, in this sentence or the one before), "condemned any form
    of coup in Bolivia", "any attempt to overthrow elected governments" (those who took power
    where the story told it was taken)."""
    det = kid(p, obj.i, "det")
    if det is None or det.text.lower() != "any":
        return []
    head = obj
    if obj.lemma.lower() in _KINDS_OF:
        head = next((o for pr in kids(p, obj.i, "prep") if pr.text.lower() == "of"
                     for o in kids(p, pr.i, "pobj")), obj)
    word = head.lemma.lower()
    coup = word in COUPS or word == "attempt" and any(
        c.lemma.lower() in _OVERTHROWING for c in kids(p, head.i, "acl", "relcl"))
    if coup:
        lo, hi = subtree(p, obj.i)
        taken = next((codes for j, codes in reversed(r.seizures()) if j < hi and
                      not set(codes) & own), [])
        return [Actor(c, r.lex.name_of(c), "MIL", obj.text, obj.idx, obj.end) for c in taken]
    if word not in HOSTILE_NAMES:
        return []
    return last_doers(history, own, HOSTILE_ACTS, last=8, since=since_sentence_before(p, tok))


def doers_by_both(p: ParsedText, obj: Token, own: set, history: list[Draft] | None
                  ) -> list[Actor]:
    """"the attacks on its soil by both of its neighbors", judged by one they were told
    done to: each the story told doing that to it (two at least), else none."""
    if not history or not _by_both(p, obj):
        return []
    kinds = hostile_kinds(obj.lemma.lower()) or {"ASSAULT"}
    doers: dict[str, Actor] = {}
    for d in reversed(history[-40:]):
        if d.trigger.sense.type in kinds and own & {a.code for a in d.targets}:
            for a in d.sources:
                if a.code and a.code not in own:
                    doers.setdefault(a.code, a)
    return list(doers.values()) if len(doers) >= 2 else []


def _by_both(p: ParsedText, obj: Token) -> bool:
    """Whether the plural act ``obj`` is said done "by both" ("the attacks on its soil by
    both of its neighbors", "... by the two countries")."""
    if obj.tag != "NNS":
        return False
    # (or the parser hung the "by" on the verb the act is the object of)
    heads = [obj.i] + ([obj.head] if obj.dep == "dobj" else [])
    for pr in [pr for h in heads for pr in kids(p, h, "prep", "agent")]:
        if pr.text.lower() != "by":
            continue
        for o in kids(p, pr.i, "pobj"):
            if o.text.lower() == "both" or any(c.text.lower() in ("both", "two")
                                               for c in kids(p, o.i, "det", "nummod", "predet")):
                return True
    return False


# words of dismay that may be voiced at nothing named ("expressed concern"), and the acts
# dismay with no object is at
BARE_DISMAY = words("bare_dismay")
DISMAYING_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
BACKING = words("backing_participles")


def _named_backers(r: Resolver, obj: Token) -> list[Actor]:
    """The state a hyphenated participle on a noun names as its backer or maker ("a
    U.S.-backed coup attempt", "a Russian-made missile")."""
    out: list[Actor] = []
    for m in kids(r.p, obj.i, "amod"):
        if m.lemma.lower() in BACKING or m.text.lower() in BACKING:
            for g in kids(r.p, m.i):
                if g.i < m.i:
                    out += r.owner_token(g)
    return out


def summarized_doers(p: ParsedText, r: Resolver, tok: int, own: set) -> list[Actor]:
    """"Iran seized a British tanker on Friday, a move London called illegal", "Ethiopia
    completed the filling, a step Egypt denounced as a breach": a verb of judging in a
    clause on a noun that sums up the clause before it (set off by a comma) judges that
    clause's doer. The noun hangs on the clause's verb, or (misparsed) on its object."""
    t = p.tokens[tok]
    if t.dep != "relcl" or t.head == t.i:
        return []
    noun = p.tokens[t.head]
    if noun.lemma.lower() not in GENERIC_ACTS or noun.dep not in ("appos", "npadvmod") or \
            noun.i == 0 or p.tokens[subtree(p, noun.i)[0] - 1].text != ",":
        return []
    clause = p.tokens[noun.head]
    if clause.pos not in ("VERB", "AUX"):
        # (the summary hung on the clause's object: "seized a British tanker, a move")
        clause = next((a for a in ancestors(p, clause.i) if a.pos in ("VERB", "AUX")), None)
    while clause is not None:
        subj = R.subject_of(p, clause.i)
        found = [a for a in (r.actors(subj.i) if subj is not None else [])
                 if a.code and a.code not in own]
        if found or subj is not None and r.actors(subj.i):
            return found
        if clause.dep not in ("ccomp", "conj", "xcomp") or clause.head == clause.i:
            return []
        clause = p.tokens[clause.head]     # "announced that the filling had been completed"
    return []


def charge_told(p: ParsedText, r: Resolver, tok: int, own: set
                ) -> tuple[list[Actor], Token | None]:
    """Who said, in the sentence of ``tok`` or the one before, something that names a state
    of ``own``, and their verb of saying: "Trump said Panama was overcharging American ships.
    Panama dismissed the claim as false" -> Trump's state. The last such teller; ([], None)
    when none."""
    sent = sentence_of(p, tok)
    if sent is None or not own:
        return [], None
    before = sentence_before(p, sent.start)
    start = before.start if before is not None else sent.start
    for v in reversed(p.tokens[start:tok]):
        if v.pos != "VERB" or v.lemma.lower() not in r.lex.speech_verbs:
            continue
        for clause in kids(p, v.i, "ccomp"):
            lo, hi = subtree(p, clause.i)
            # (a state named or its people: "said a Chinese ship had damaged the pipeline")
            named = {a.code for j in range(lo, hi) if p.tokens[j].ent >= 0
                     for a in r.actors(j) or r.owner_token(p.tokens[j])}
            subj = R.subject_of(p, v.i)
            tellers = [a for a in (r.actors(subj.i) if subj is not None else [])
                       if a.code and a.code not in own]
            if named & own and tellers:
                return tellers, v
    return [], None


def accusers(history: list[Draft], own: set, last: int = 12, against_own_only: bool = False,
             since: int = -1, alleged_first: bool = False) -> list[Actor]:
    """Whoever made a charge told in the ``last`` drafts (from token ``since`` on): the
    accuser of ``own`` told last, else (unless ``against_own_only``) the accuser told last.
    With ``alleged_first``, an allegation before a charge of another kind (a summons, a
    protest): what "the accusations" name."""
    charges = [d for d in reversed(history[-last:])
               if d.trigger.sense.type == "ACCUSE" and d.sentence.start >= since]
    against = [d for d in charges if own & {a.code for a in d.targets}]
    if alleged_first:
        against.sort(key=lambda d: d.trigger.sense.mode != "allege")
    # (a charge against no one named, "pressed their investigations into the explosions", is
    # none that a denial answers)
    for d in against + ([] if against_own_only else [d for d in charges if d.targets]):
        found = [a for a in d.sources if a.code not in own]
        if found:
            return found
    return []


def charged_just_before(history: list[Draft], own: set) -> list[Actor]:
    """The ones ``own``'s side accused in the last few acts told: 'Russia accused Britain of
    a provocation ... "This was a deliberate provocation," Peskov said' goes on with that
    charge."""
    for d in reversed(history[-6:]):
        if d.trigger.sense.type == "ACCUSE" and own & {a.code for a in d.sources}:
            return [a for a in d.targets if a.code and a.code not in own]
    return []


_OWNER_REACH = 400     # tokens


def _owner_named_before(p: ParsedText, r: Resolver, obj: Token, own: set) -> list[Actor]:
    """The state or body whose act the noun at ``obj`` was when last named with an owner
    ("Kosovo's ban"), if that mention is the noun's last and its owner is not ``own``."""
    for j in range(obj.i - 1, max(-1, obj.i - _OWNER_REACH), -1):
        t = p.tokens[j]
        if t.lemma.lower() != obj.lemma.lower() or t.pos != "NOUN":
            continue
        poss = kid(p, j, "poss")
        if poss is None or poss.pos == "PRON":
            return []
        found = [a for a in r.actors(poss.i) if a.code]
        return found if found and not own & {a.code for a in found} else []
    return []


def _other_parties(d: Draft, history: list[Draft], own: set, found: list[Actor]
                   ) -> list[Actor]:
    """"Xi met Modi in Kazan ... Russia welcomed the meeting": a meeting or a joint act of
    others ``d`` is welcomed as all its parties' (each pair of it told as one draft); none
    when the welcomer took part, or is a member of a bloc that did (a summit of one's own
    bloc)."""
    if d.trigger.sense.type not in ("CONSULT", "COOPERATE"):
        return []
    parties = [a for e in history if e.trigger.token == d.trigger.token for a in e.targets
               if a.code]
    if own & {a.code for a in parties} or any(
            own & {m for m, _, _ in codes.groups().get(a.code, [])} for a in parties):
        return []
    have = {a.code for a in found}
    return list({a.code: a for a in parties if a.code not in own | have}.values())


def referent_doers(p: ParsedText, r: Resolver, obj: Token | None, etype: str, own: set,
                    history: list[Draft], doers_only: bool = False,
                    described: bool = False) -> list[Actor]:
    """Whoever did the act ``obj`` refers back to ("the attack", "the deal", "it"), but for
    ``own``: the parties of an undertaking, the doers of the last act of that kind told, or of
    the story's lede for a word that names no kind ("the decision")."""
    antecedent = act_antecedent(p, obj) if obj is not None and \
        obj.text.lower() in ("it", "this", "them") else None
    referred = antecedent is not None
    if referred:
        # "hailed the deal, and Guterres welcomed it": the act the pronoun stands for
        obj = antecedent
    if obj is not None and obj.text.lower() in ("it", "this") and etype in (
            "ACCUSE", "REJECT", "SUPPORT"):
        # '"The move is illegal." ... called it "interference"': the last act of another
        # (not another's words on it: "Britain called the seizure unacceptable. France
        # described it as a dangerous incident" judges the seizure, not Britain)
        for d in reversed(history[-6:]):
            if d.trigger.sense.type in ("ACCUSE", "REJECT") and etype == "ACCUSE":
                continue
            found = [a for a in d.sources if a.code not in own]
            if found:
                return found
        return []
    if obj is None:
        return []
    up = p.tokens[obj.head]
    if obj.dep in ("npadvmod", "appos") and up.pos == "VERB" and up.i < obj.i and \
            (obj.lemma.lower() in GENERIC_ACTS or obj.lemma.lower() in COURT_ACTS or
             obj.lemma.lower() in EVENT_WORDS):
        # "The council of the International Civil Aviation Organization has ruled that
        # Russia was responsible ..., a decision welcomed by the Netherlands": the decision
        # is the act of the clause it is set beside, its doer that clause's subject
        subj = R.subject_of(p, up.i)
        found = [a for a in (r.actors(subj.i) if subj is not None else [])
                 if a.code and a.code not in own]
        if found:
            return found
    wronged = R.breached_owners(r, obj)
    if wronged:
        # "Russian drones crossed into Polish airspace ... condemned the violation of Polish
        # airspace": the last to enter or strike what the breach wronged
        for d in reversed(history):
            if d.trigger.token < obj.i and d.trigger.sense.type in ("MOBILIZE", "ASSAULT") and \
                    {a.code for a in d.targets} & wronged:
                # (not the wronged one, told as acting on its own: "at least three of the
                # drones had been destroyed", read as Poland's on Poland)
                found = [a for a in d.sources if a.code not in own and a.code not in wronged]
                if found:
                    return found
    hostile = described and obj.lemma.lower() in HOSTILE_NAMES
    index = load_triggers().index
    definite = refers_back(p, obj)
    undertaking = obj.lemma.lower() in R.undertakings() and \
        etype in ("SUPPORT", "REJECT", "ACCUSE")
    if definite and ("noun", obj.lemma.lower()) not in index and not undertaking and \
            not kids(p, obj.i, "poss", "prep"):
        # "imposed tariffs on Australian wine ... called the tariffs unfair": the act whose
        # object the noun, no event word itself and with no owner of its own, names again
        found = _object_doers(p, obj, own, history)
        if found:
            return found
    gerund = _hostile_gerund(p, obj)
    if gerund is not None and definite and not kids(p, obj.i, "poss", "prep"):
        # "called the killing an act of terrorism": the act its verb told ("killed Iran's top
        # general"), the first so told, else the first hostile act of that verb's kinds
        kinds = hostile_kinds_of_verb(gerund)
        for d in [d for d in history if p.tokens[d.trigger.token].lemma.lower() == gerund] + \
                [d for d in history if d.trigger.sense.type in kinds]:
            found = [a for a in d.sources if a.code not in own]
            if found:
                return found
    if definite and not kids(p, obj.i, "poss", "prep", "amod", "compound"):
        # "voiced deep concern over Kosovo's ban on cash payments in dinars ... Vucic has
        # denounced the ban": the owner the noun was given when last named
        found = _owner_named_before(p, r, obj, own)
        if found:
            return found
    if definite and not kids(p, obj.i, "poss"):
        # "Lithuania restricted rail transit ... described the restrictions as provocative":
        # the act last told by the verb the noun is made from
        word = obj.lemma.lower()
        # (an act done before one still to come: "Kenyan police officers arrived in Haiti
        # ... it is unclear when their contingents will arrive ... welcomed the arrival")
        for d in _done_first(reversed(history)):
            verb = p.tokens[d.trigger.token]
            if verb.pos == "VERB" and d.trigger.token < obj.i and _made_from(word, verb.lemma):
                found = [a for a in d.sources if a.code not in own]
                if found and etype == "SUPPORT" and not doers_only:
                    found += _other_parties(d, history, own, found)
                if found:
                    return found
        # "Japan began releasing treated wastewater ... China called the release
        # irresponsible": an act told by a verb that was no event, named again by its noun
        # (judged only: "brushed that claim aside" rejects words, not an act, and a welcome
        # read so cost a test half a false claim)
        found = _verb_told_doers(p, r, obj, own) if etype == "ACCUSE" else []
        if found:
            return found
    if obj.lemma.lower() in COURT_ACTS and (definite or referred):
        # "A Dutch court convicted two Russians. Moscow rejected the verdict": the
        # conviction told before (and none told, no one)
        for d in reversed(history):
            if d.trigger.sense.mode == "convict" and d.trigger.token < obj.i:
                found = [a for a in d.sources if a.code not in own]
                if found:
                    return found
        # ("The International Court of Justice ordered Israel to prevent genocide ... Turkey
        # welcomed the ruling": the last act a court told before did)
        for d in reversed(history):
            if d.trigger.token < obj.i and any(a.sector == "JUD" for a in d.sources):
                found = [a for a in d.sources if a.sector == "JUD" and a.code not in own]
                if found:
                    return found
        return []
    if not hostile and obj.lemma.lower() not in EVENT_WORDS and \
            obj.text.lower() not in EVENT_WORDS and ("noun", obj.lemma.lower()) not in index \
            and obj.lemma.lower() not in GENERIC_ACTS and not undertaking and \
            not (referred and obj.lemma.lower() in R.undertakings()):
        return []
    # ("signed a declaration ..., an agreement that China hailed but that Israel rejected":
    # an undertaking set beside the one just named is that one)
    up = p.tokens[obj.head]
    beside = obj.dep in ("appos", "npadvmod") and (
        up.lemma.lower() in R.undertakings() or up.pos == "VERB" and any(
            o.lemma.lower() in R.undertakings() for o in kids(p, up.i, "dobj")))
    if not (referred or described or kid(p, obj.i, "poss") is not None or
            definite or beside and undertaking):
        return []
    if undertaking and (referred or beside or
                        definite and not kids(p, obj.i, "amod", "compound", "poss")):
        # "welcomed the truce", "approved the deal": its parties, as told when it was made
        parties = undertaking_parties(p, r, obj, history, own)
        if parties:
            return parties
    purposed = _purposed_doers(p, obj, own, history)
    if purposed:
        # "backed the decision to bring the balloon down": whoever did what was decided
        return purposed
    # "condemned the attack": the last event of that kind; "welcomed the move": the lede
    kinds = {sense.type for sense in index.get(("noun", obj.lemma.lower()), ())
             if len(sense.words) == 1}      # ("the deal" is no "arms deal")
    # and what its verb names: "forced their way into the embassy ... called the raid an
    # assault" (to raid is to seize, a raid an attack)
    kinds |= hostile_kinds(obj.lemma.lower())
    if hostile and not kinds:
        kinds = HOSTILE_ACTS    # "what it called an aggression": the hostile act told
    # the story's own attack or launch is the one told first, not the latest reaction to it
    # (a peacekeeping deployment, coded as aid to the host, is still "the deployment")
    # (drills one side holds near another are a show of force, not a joint exercise, but
    # "the exercises" still names them: "began military drills around Taiwan ... condemned
    # the exercises as irrational provocation")
    drills = any(sense.mode == "exercise" for sense in index.get(("noun", obj.lemma.lower()), ()))
    candidates = [d for d in history if d.trigger.sense.type in kinds or "MOBILIZE" in kinds
                  and d.trigger.sense.mode == "peacekeeping" or drills and
                  d.trigger.sense.mode in ("drills", "exercise")] if kinds else \
        [d for d in history if p.tokens[d.trigger.token].lemma.lower() not in STANDINGS][:1]
    if not kinds and etype == "ACCUSE" and obj.lemma.lower() in INCIDENTS:
        # "Chinese coast guard vessels fired water cannon at a Philippine supply boat ...
        # Manila summoned a Chinese diplomat to protest the incident": an incident charged is
        # the last hostile act told before it, not the story's lede (an arms delivery)
        hostile_before = [d for d in history if d.trigger.sense.type in HOSTILE_ACTS and
                          d.trigger.token < obj.i and d.status == "occurred"]
        candidates = hostile_before[-1:] or candidates
    if drills:
        # (drills named again are drills told, before any other cooperation: "push for
        # closer security cooperation with Japan ... held their first multidomain exercise
        # ... condemned the drills")
        candidates = [d for d in candidates if d.trigger.sense.mode in ("drills", "exercise")] \
            or candidates
    if not candidates and definite and obj.lemma.lower() in HOSTILE_NAMES:
        # "Ecuadorian police raided the Mexican embassy ... The OAS condemned the incursion":
        # a hostile name for an act told as another kind names that act
        candidates = [d for d in history if d.trigger.sense.type in HOSTILE_ACTS and
                      d.trigger.token < obj.i]
    # ("raided the embassy ... called the raid a violation", "began drills around Taiwan ...
    # condemned the drills", drills made a show of force: the act told by the same word,
    # whatever type it was given, comes first)
    # ("launched an unprecedented attack from Gaza that killed hundreds ... praised the
    # attack": the act told by a clause on the same noun is that act too)
    # (an act of a kind the noun names is among the candidates already, unless named so only
    # by the noun its clause hangs on)
    # ("Russian drones crossed into Poland ... described the incursion as a dangerous
    # precedent": an act whose mode a hostile noun names is that act, before Poland's
    # downing of the drones, told first)
    same_word = [d for d in history if d.trigger.token < obj.i and
                 ((named := _named_as(p, d.trigger.token)) == obj.lemma.lower() and
                  (d.trigger.sense.type not in kinds or
                   named != p.tokens[d.trigger.token].lemma.lower()) or
                  d.trigger.sense.mode == obj.lemma.lower() and
                  obj.lemma.lower() in HOSTILE_NAMES)]
    candidates = same_word[:1] + [d for d in candidates if d not in same_word[:1]]
    if kinds == {"CONSULT"} and etype in ("ACCUSE", "REJECT"):
        # "Xi held talks in the Kremlin ... Kishida made an unannounced visit to Kyiv ...
        # Beijing criticized the trip": a meeting or visit the critic took no part in
        candidates = [d for d in candidates if not own & (
            {a.code for a in d.sources} | {a.code for a in d.targets})]
    if not kinds and etype == "ACCUSE" and candidates and \
            candidates[0].trigger.sense.type == "ACCUSE" and \
            candidates[0].trigger.sense.mode == "allege":
        # "The Philippines accused China of firing water cannon ... The United States
        # condemned the incident": the story's act is the one charged, done by the accused
        found = [a for a in candidates[0].targets if a.code not in own]
        if found:
            return found
    if not kinds and candidates and obj.lemma.lower() in GENERIC_ACTS and \
            not kids(p, obj.i, "amod", "compound", "poss"):
        # "The Philippines on Monday disclosed the locations of four additional military
        # sites ... The Pentagon applauded the announcement": the lede's act, though it was
        # told by no event verb, is the story's, before the first act told later
        found = _lede_subject(p, r, obj, candidates[0], own)
        if found:
            return found
    for d in candidates:
        found = [a for a in d.sources if a.code not in own]
        if found and obj.lemma.lower() in _TWO_WAY:
            # "Azerbaijan freed 32 Armenian servicemen and Armenia released two Azerbaijani
            # soldiers ... welcomed the exchange": a swap is both sides' acts, told together
            done = {a.code for a in found}
            found += [a for e in history if e.sentence.start == d.sentence.start and
                      e.trigger.sense.type == d.trigger.sense.type and
                      done & {t.code for t in e.targets}
                      for a in e.sources if a.code and a.code not in own | done]
        if found and etype in ("ACCUSE", "REJECT", "THREATEN") and \
                d.trigger.sense.type == "COOPERATE" and not doers_only:
            # "South Korea, Japan and the United States held their first multidomain
            # exercise ... North Korea condemned the drills": a joint act is all its parties'
            found += [a for a in d.targets if a.code and a.code not in own and
                      a.code not in {f.code for f in found}]
        if found and etype == "SUPPORT" and not doers_only:
            found += _other_parties(d, history, own, found)
        if found:
            return found
        if doers_only and d.sources:
            return []       # a lawmaker calling his own government's move unacceptable
        if etype == "SUPPORT" and d.sources and d.trigger.sense.type not in OWN_HELP:
            # a government that defends its own decision supports no one it was taken
            # against, and leaders who welcome their own visit support no one else (approving
            # one's own aid to Ukraine still supports Ukraine)
            return []
        found = [a for a in d.targets if a.code not in own]
        if found:
            return found
    if kinds & HOSTILE_ACTS:
        # "An airstrike destroyed Iran's consulate ... Iran blamed Israel for the strike ...
        # Russia condemned the attack": an attack no one was told to have done is the doing
        # of whoever was charged with it
        return _charged_with(p, history, kinds, own)
    return []


def _lede_subject(p: ParsedText, r: Resolver, obj: Token, first: Draft, own: set
                  ) -> list[Actor]:
    """The states (but ``own``) the subject of the story's first sentence names, when the
    first act told (``first``) comes after that sentence; else none."""
    lede = next((sent for sent in p.sentences[:3] if sent.end <= obj.i and any(
        t.dep == "ROOT" and t.pos == "VERB" for t in p.tokens[sent.start:sent.end])), None)
    if lede is None or first.sentence.start <= lede.start:
        return []
    root = next(t for t in p.tokens[lede.start:lede.end] if t.dep == "ROOT")
    subj = R.subject_of(p, root.i)
    return [a for a in (r.actors(subj.i) if subj is not None else [])
            if a.code and a.code not in own and r.lex.entry(f"country:{a.code}")]


def _done_first(drafts) -> list[Draft]:
    """``drafts`` in their order, those told as done before those not yet done."""
    drafts = list(drafts)
    return [d for d in drafts if d.status not in UNDONE] + \
        [d for d in drafts if d.status in UNDONE]


def _charged_with(p: ParsedText, history: list[Draft], kinds: set, own: set) -> list[Actor]:
    """The ones (but ``own``) the last charge told blamed for an act of one of ``kinds``
    ("blamed Israel for the strike")."""
    for d in reversed(history):
        if d.trigger.sense.type != "ACCUSE" or d.status != "occurred":
            continue
        acts = [o for pr in kids(p, d.trigger.token, "prep") if pr.text.lower() in ("for", "of")
                for o in kids(p, pr.i, "pobj")]
        if any(hostile_kinds(o.lemma.lower()) & kinds or
               {s.type for s in load_triggers().index.get(("noun", o.lemma.lower()), ())} & kinds
               for o in acts):
            found = [a for a in d.targets if a.code and a.code not in own]
            if found:
                return found
    return []


def _purposed_doers(p: ParsedText, obj: Token, own: set, history: list[Draft]
                    ) -> list[Actor]:
    """The doers (but ``own``) of the act a decision or move names by its infinitive ("the
    decision to bring the balloon down"): the first told by the same verb, else of a kind the
    verb names with its particle ("bring down": an attack)."""
    verb = next((c for c in kids(p, obj.i, "acl") if c.pos == "VERB" and any(
        a.text.lower() == "to" for a in kids(p, c.i, "aux"))), None)
    if verb is None:
        return []
    lemma = verb.lemma.lower()
    near = {c.text.lower() for c in kids(p, verb.i, "prt", "advmod", "prep")}
    kinds = {sense.type for sense in load_triggers().index.get(("verb", lemma), ())
             if set(sense.words[1:]) <= near}
    told = [d for d in history if d.trigger.token < obj.i and
            p.tokens[d.trigger.token].lemma.lower() == lemma] + \
        [d for d in history if d.trigger.token < obj.i and d.trigger.sense.type in kinds]
    for d in told:
        found = [a for a in d.sources if a.code not in own]
        if found:
            return found
    return []


def _object_doers(p: ParsedText, obj: Token, own: set, history: list[Draft]) -> list[Actor]:
    """The doers (but ``own``) of the first act told whose object is the word ``obj`` names
    again ("imposed tariffs ... the tariffs")."""
    for d in history:
        if d.trigger.obj is not None and d.trigger.obj < obj.i and \
                p.tokens[d.trigger.obj].lemma.lower() == obj.lemma.lower():
            found = [a for a in d.sources if a.code not in own]
            if found:
                return found
    return []


def hostile_kinds_of_verb(verb: str) -> frozenset[str]:
    """The hostile types a verb names alone ("kill": an attack), or none."""
    return frozenset(sense.type for sense in load_triggers().index.get(("verb", verb), ())
                     if len(sense.words) == 1 and sense.type in HOSTILE_ACTS)


def _hostile_gerund(p: ParsedText, obj: Token) -> str | None:
    """The verb a noun in -ing names when it is a hostile act and no noun of the lexicon:
    "the killing" (kill), "the shelling" (shell), "the kidnapping" (kidnap)."""
    word = obj.lemma.lower()
    det = kid(p, obj.i, "det")
    if obj.tag == "VBG" and det is not None and det.text.lower() == "the":
        # (the tagger's verb with an article: "called the killing an act of terrorism")
        return word if hostile_kinds_of_verb(word) else None
    if obj.pos != "NOUN" or not word.endswith("ing") or ("noun", word) in load_triggers().index:
        return None
    stem = word[:-3]
    for verb in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None,
                 stem + "e"):
        if verb and hostile_kinds_of_verb(verb):
            return verb
    return None


def _named_as(p: ParsedText, i: int) -> str:
    """The word an act is named by: its trigger's own, or for a verb in a relative clause
    whose subject is the noun it hangs on, that noun ("an attack that killed hundreds":
    "attack"; not "a deal brokered by China", a deal that did not broker itself)."""
    t = p.tokens[i]
    if t.pos == "VERB" and t.dep == "relcl" and p.tokens[t.head].pos == "NOUN" and any(
            c.text.lower() in ("that", "which") for c in kids(p, t.i, "nsubj")):
        return p.tokens[t.head].lemma.lower()
    return t.lemma.lower()


def _verb_told_doers(p: ParsedText, r: Resolver, obj: Token, own: set) -> list[Actor]:
    """The doers (but ``own``) of the last verb before ``obj``, in its sentence or the one
    before, that the noun names again: the same word ("released" for "the release") or the
    word it is made from ("restricted" for "the restrictions")."""
    word = obj.lemma.lower()
    start, before = _this_and_last_sentence(p, obj.i)
    # (else the lede's, the story's act: "Russian border guards removed about two dozen
    # buoys ... [three paragraphs] ... Borrell condemned the removal as unacceptable")
    lede = [t for sent in p.sentences[:3] if sent.end <= before
            for t in reversed(p.tokens[sent.start:sent.end])]
    for t in list(reversed(p.tokens[before:obj.i])) + lede:
        if t.pos != "VERB" or not (t.lemma.lower() == word or _made_from(word, t.lemma)):
            continue
        subj = R.subject_of(p, t.i)
        return [a for a in (r.actors(subj.i) if subj is not None else [])
                if a.code and a.code not in own]
    return []


def named_act_doers(p: ParsedText, obj: Token, own: set, history: list[Draft]
                    ) -> list[Actor]:
    """Doers, but for ``own``, of the act a noun names again by its own verb or its hostile
    kind ("Israeli forces seized the buffer zone ... said the seizure violated international
    law"): the last such act told before it; none for a word of no kind ("the decision")."""
    word = obj.lemma.lower()
    kinds = hostile_kinds(word)
    for d in reversed(history):
        if d.trigger.token >= obj.i:
            continue
        verb = p.tokens[d.trigger.token]
        if verb.pos == "VERB" and _made_from(word, verb.lemma) or \
                d.trigger.sense.type in kinds:
            found = [a for a in d.sources if a.code and a.code not in own]
            if found:
                return found
    return []


def _made_from(noun: str, verb: str) -> bool:
    """Whether a noun is made from a verb by a suffix ("restriction" from "restrict",
    "deployment" from "deploy", "seizure" from "seize")."""
    verb = verb.lower()
    stem = verb[:-1] if verb.endswith("e") else verb
    return len(stem) >= 4 and noun != verb and noun.startswith(stem) and \
        noun[len(stem):] in ("ion", "ions", "ment", "ments", "ure", "ures", "al", "als",
                             "ation", "ations", "ing")


def hostile_kinds(word: str) -> frozenset[str]:
    """The hostile types a word names as a noun and as a verb ("raid": an attack, a seizure),
    if it names only hostile acts as a noun; else none. "police forced their way into the
    embassy ... said the raid was a clear breach": the forced entry is the raid."""
    index = load_triggers().index
    nouns = {sense.type for sense in index.get(("noun", word), ()) if len(sense.words) == 1}
    if not nouns or not nouns <= HOSTILE_ACTS:
        return frozenset()
    return frozenset(nouns | {sense.type for sense in index.get(("verb", word), ())
                              if len(sense.words) == 1 and sense.type in HOSTILE_ACTS})


def _this_and_last_sentence(p: ParsedText, i: int) -> tuple[int, int]:
    """(start of token ``i``'s sentence, start of the sentence before it): how far back a
    pronoun object looks for what it stands for."""
    sent = sentence_of(p, i)
    start = sent.start if sent is not None else i
    before = sentence_before(p, start)
    return start, before.start if before is not None else start


def act_antecedent(p: ParsedText, pron: Token) -> Token | None:
    """The act a pronoun object stands for: the last event noun before it, within this
    sentence and the one before, that is some verb's object or subject ("Macron hailed the
    deal, and Guterres welcomed it"; "launched airstrikes ... called them a violation")."""
    plural = pron.text.lower() == "them"
    start, lo = _this_and_last_sentence(p, pron.i)
    for j in range(pron.i - 1, lo - 1, -1):
        t = p.tokens[j]
        if t.pos != "NOUN" or t.dep not in ("dobj", "nsubj", "nsubjpass", "pobj"):
            continue
        if (t.tag == "NNS") != plural and not (
                not plural and j >= start and t.dep == "pobj" and
                p.tokens[t.head].text.lower() == "of"):
            continue    # ("the latest in a string of reckless moves ..., and Japan condemns it")
        if t.lemma.lower() in EVENT_WORDS or t.text.lower() in EVENT_WORDS or \
                t.lemma.lower() in R.undertakings() or \
                ("noun", t.lemma.lower()) in load_triggers().index:
            return t
    return None


def charge_antecedent(p: ParsedText, pron: Token) -> Token | None:
    """The charge a pronoun object stands for: the last noun of a charge ("the report", "the
    claims") before it, within this sentence and the one before, that is some verb's object or
    subject ("Both governments have denied the report. Peskov dismissed it as fake news")."""
    if pron.text.lower() not in ("it", "this", "them"):
        return None
    _, lo = _this_and_last_sentence(p, pron.i)
    for j in range(pron.i - 1, lo - 1, -1):
        t = p.tokens[j]
        if t.pos == "NOUN" and t.dep in ("dobj", "nsubj", "nsubjpass") and \
                (t.tag == "NNS") == (pron.text.lower() == "them"):
            return t if t.lemma.lower() in ACCUSATIONS else None
    return None


def _named_by_speaker(p: ParsedText, obj: Token) -> list[Token]:
    """The clauses on a noun in which a speaker names it: "a decision it called unjustified"."""
    return [c for c in kids(p, obj.i, "relcl") if c.lemma.lower() in NAMING_VERBS and
            any(s.pos == "PRON" for s in kids(p, c.i, "nsubj"))]


def refers_back(p: ParsedText, obj: Token) -> bool:
    """Whether a noun phrase names something already told: a definite article, or an
    indefinite one the speaker goes on to name ("regretted a decision it called completely
    unjustified" is the decision just told)."""
    det = kid(p, obj.i, "det")
    if det is None and obj.dep == "compound" and p.tokens[obj.head].dep == "oprd":
        det = kid(p, obj.head, "det")   # ("called the seizure unacceptable", misparsed)
    if det is None:
        return False
    return det.text.lower() in _DEFINITE or det.text.lower() in ("a", "an") and \
        bool(_named_by_speaker(p, obj))


def generic_act(p: ParsedText, r: Resolver, obj: Token) -> bool:
    """"the decision", "the move", "the announcement": a definite act named by a word that
    says nothing of what was done, and no party of its own, so it refers back."""
    named = _named_by_speaker(p, obj)
    return obj.pos == "NOUN" and obj.lemma.lower() in GENERIC_ACTS and \
        refers_back(p, obj) and \
        not kids(p, obj.i, "amod", "compound", "poss", "acl") and \
        all(c in named for c in kids(p, obj.i, "relcl")) and \
        not any(c.text.lower() in ("of", "by", "to", "against", "with", "on") and
                kid(p, c.i, "pobj") is not None and r.actors(kid(p, c.i, "pobj").i)
                for c in kids(p, obj.i, "prep")) and not r.actors(obj.i)


# Verbs by which a speaker names an act in a clause on it: "a decision it called unjustified".
NAMING_VERBS = words("naming")
# Strife two sides wage together: dismay at it charges neither ("concerned by the exchanges").
STRIFE = words("strife")
# Words for an act that say nothing of what was done: "welcomed the decision".
GENERIC_ACTS = words("generic_acts")
# armed acts named as such ("the operation", "the intervention"): frames.yaml armed_acts
_ARMED_ACTS = words("armed_acts")
# What may be judged of an act: "the timing of the decision" (frames.yaml act_aspects)
ASPECTS = words("act_aspects")
# A court's acts named again: "rejected the verdict" (frames.yaml court_acts)
COURT_ACTS = words("court_acts")
STANDINGS = words("standings")


def undertaking_parties(p: ParsedText, r: Resolver, obj: Token, history: list[Draft],
                         own: set) -> list[Actor]:
    """The parties of the undertaking a definite "the deal", "the truce" refers back to: the
    last one named before it (a truce, a deal, an accord alike) whose parties the text gives
    ("a ceasefire between Israel and Hezbollah", "the two countries signed a pact"), but for
    ``own``. One named with no parties ("the truce") is a link in the chain: the search goes
    on from it as far back as from the first."""
    told = {d.trigger.token: d for d in history}
    reach = obj.i - 400     # each mention of one with no parties carries the search back
    owned: list[Actor] = []
    j = obj.i + 1
    while j > max(-1, reach):
        j -= 1
        t = p.tokens[j]
        if t.pos != "NOUN" or t.lemma.lower() not in R.undertakings():
            continue
        if j != obj.i and obj.tag == "NN" and t.tag == "NNS":
            continue    # ("Washington concluded separate agreements with each country ...
            #             Erdogan hailed the agreement": one is no plural named since)
        reach = j - 400
        parties = R.between(r, j)
        if not parties and j in told:
            parties = told[j].sources + told[j].targets
        verb = t.head if t.dep == "dobj" else p.tokens[t.head].head \
            if t.dep == "pobj" and p.tokens[t.head].text.lower() == "to" else j
        made = next((c.i for c in kids(p, j, "relcl") if c.lemma.lower() in _MAKING), None)
        if made is not None and p.tokens[verb].lemma.lower() not in _MAKING:
            verb = made     # "a mutual defense treaty that Putin signed with Kim"
        if verb != j and (kid(p, verb, "neg") is not None or
                          verb in told and told[verb].status == "negated"):
            continue        # ("warned that he would not conclude trade deals with them": no
            #                 deal made, none an agreement welcomed later refers to)
        if not parties and verb != j and p.tokens[verb].lemma.lower() in _MAKING:
            # "Ethiopia and Somaliland signed a deal", "Kyiv reached a deal with Moscow",
            # "Israel and Lebanon agreed to a truce", "Kyiv agreed to a truce with Moscow"
            subj = R.subject_of(p, verb)
            parties = (r.actors(subj.i) if subj is not None else []) + \
                R.targets(r, verb, ("with",), None) + R.targets(r, j, ("with",), None)
        found = [a for a in parties if a.code not in own]
        if found:
            return list({a.code: a for a in found}.values())
        # ("the U.N. resolution" names whose it is, not who is bound by it: only if no
        # undertaking in the chain names its parties)
        owned = owned or [a for a in R.noun_sources(r, j) if a.code not in own]
    return list({a.code: a for a in owned}.values())


# Verbs that make an undertaking between their subject and their "with" party.
_MAKING = words("making")
