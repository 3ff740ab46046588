"""Status: did the event happen (occurred), is it planned, only possible, or denied?

Read from the predicate's own auxiliaries and negation first, then from the verbs that govern it
("is set to", "does not anticipate that", "unlikely that ... would"), nearest first. The word
lists are in ``data/modality.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import frame_words, load_yaml
from ..records import ParsedText, Token
from ..tree import ancestors, kid, kids, sentence_of, subtree

# Nouns that name an accusation ("a charge New Delhi denied").
_CHARGE_NOUNS = frame_words("accusations")
_MANDATIVE = frame_words("mandative")
_COMPLYING = frame_words("compliance") | {"leave", "pull"}
COMMANDING = frame_words("commanding")   # verbs of command: "ordered X to leave"
# "needs to", "has to": what one must do ("Russia has to withdraw its troops")
SEMI_MODALS = frame_words("semi_modals")
# verbs that put one's own plan forward: "proposed a plan to ...", "tabled a package"
PUTTING_FORWARD = frame_words("putting_forward")
_CLIMB = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "pobj", "prep", "dobj", "acomp",
          "relcl", "acl", "nsubj", "nsubjpass", "attr", "appos", "npadvmod", "oprd", "dep",
          "compound", "amod"}


@dataclass(frozen=True, slots=True)
class Modality:
    planned_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    negations: frozenset[str]
    planned: frozenset[str]
    hypothetical: frozenset[str]
    negating: frozenset[str]
    transparent: frozenset[str]
    belief: frozenset[str]
    charging: frozenset[str]
    adjuncts: frozenset[str]
    hedges: frozenset[str] = frozenset()
    own_forces: frozenset[str] = frozenset()
    forecasts: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    holding: frozenset[str] = frozenset()
    perceiving: frozenset[str] = frozenset()
    ready_states: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_modality() -> Modality:
    d = load_yaml("modality.yaml")
    return Modality(**{k: frozenset(str(w).lower() for w in d.get(k, []))
                       for k in Modality.__dataclass_fields__})


def denied(p: ParsedText, tok: Token) -> bool:
    """Whether the verb ``tok`` is denied by its subject: "None of the Chinese aircraft
    entered", "No troops crossed", "Neither Israel nor Hamas has agreed", "pledged that neither
    country would threaten the other"."""
    if _neither_nor(p, tok):
        return True
    subj = next((c for c in kids(p, tok.i) if c.dep in ("nsubj", "nsubjpass")), None)
    return subj is not None and tok.pos in ("VERB", "AUX") and (
        subj.text.lower() in ("none", "neither", "nobody") or
        any(d.dep == "det" and d.text.lower() in ("no", "neither") or
            d.dep == "preconj" and d.text.lower() == "neither" for d in kids(p, subj.i)))


def _neither_nor(p: ParsedText, tok: Token) -> bool:
    """Whether the verb ``tok`` is one of "neither ... nor" ("has neither confirmed nor denied
    responsibility": both verbs are denied)."""
    if tok.pos not in ("VERB", "AUX"):
        return False
    first = p.tokens[tok.head] if tok.dep == "conj" else tok
    return any(d.dep == "preconj" and d.text.lower() == "neither" for d in kids(p, first.i)) \
        and any(c.text.lower() == "nor" for c in kids(p, first.i, "cc"))


def _own_cue(p: ParsedText, tok: Token, m: Modality) -> str | None:
    """Status marked on the token itself: its auxiliaries, negation, "if", modifiers.

    Negation is read first: "will not accept" is negated, not planned."""
    if any(c.dep == "neg" for c in kids(p, tok.i)) or denied(p, tok):
        return "negated"
    if tok.pos == "VERB" and tok.i >= 2 and p.tokens[tok.i - 1].text.lower() == "to" and \
            p.tokens[tok.i - 2].text.lower() == "yet":
        return "hypothetical"   # "the last member yet to approve Sweden's accession": not done
    if tok.pos in ("VERB", "AUX") and any(c.dep == "advmod" and c.lemma.lower() in m.hedges
                                          for c in kids(p, tok.i)):
        return "hypothetical"   # "Japan will likely increase cooperation": a forecast
    for c in kids(p, tok.i):
        w = c.text.lower()
        if c.dep == "neg" or (c.dep == "det" and w == "no"):
            return "negated"
        if c.dep in ("aux", "auxpass"):
            if w == "would" and _reported_future(p, tok, m):
                return "planned"
            if w == "could" and tok.lemma.lower() in m.perceiving:
                continue    # "troops could be seen surrounding the hotel": seen, not maybe
            if w in m.hypothetical_aux:
                return "hypothetical"
            if w in m.planned_aux:
                return "planned"
        if c.dep == "mark" and w in ("if", "unless", "whether"):
            return "hypothetical"
        if c.dep == "mark" and w in ("until", "till") and tok.tag in ("VBZ", "VBP"):
            return "hypothetical"   # "no talks until Kyiv withdraws its troops": a condition
        if c.dep == "mark" and w in ("until", "till") and tok.tag == "VBD" and \
                tok.dep == "advcl" and any(a.text.lower() == "would"
                                           for a in kids(p, tok.head, "aux")):
            # "the post would stay vacant until the Argentine government offered a public
            # apology": the same condition, told in the past (not "fought until the army
            # withdrew")
            return "hypothetical"
        if c.dep in ("amod", "advmod") and tok.pos in ("NOUN", "PROPN"):
            if c.lemma.lower() in m.planned or w in m.planned:
                return "planned"
            if c.lemma.lower() in m.hypothetical or w in m.hypothetical:
                return "hypothetical"
    return None


def _reported_future(p: ParsedText, tok: Token, m: Modality) -> bool:
    """"They said they would develop a jet": reported speech shifts "will" to "would"."""
    t = tok
    while t.dep == "conj" and t.head != t.i:
        t = p.tokens[t.head]
    if t.dep != "ccomp" or t.head == t.i:
        return False
    gov = p.tokens[t.head]
    # ("said in a statement, adding that Washington would continue to support": a participle
    # joined to a past verb reports in the past too)
    past = gov.tag == "VBD" or gov.tag == "VBG" and gov.dep in ("advcl", "conj", "xcomp") and \
        p.tokens[gov.head].tag == "VBD"
    return past and (gov.lemma.lower() in m.transparent or gov.lemma.lower() in m.planned)


def _governor_cue(p: ParsedText, gov: Token, m: Modality) -> str | None:
    lemma, word = gov.lemma.lower(), gov.text.lower()
    negated = any(c.dep == "neg" for c in kids(p, gov.i)) or _neither_nor(p, gov)
    if negated:
        return "negated" if lemma in m.belief | m.planned else "hypothetical"
    own = _own_cue(p, gov, m)
    if lemma in m.negating or word in m.negating:
        return "negated"
    if lemma in m.hypothetical or word in m.hypothetical or \
            gov.pos == "ADJ" and word in m.ready_states:
        return "hypothetical"
    if lemma in m.forecasts and kid(p, gov.i, "nsubj") is not None and any(
            kid(p, c.i, "nsubj") is not None for c in kids(p, gov.i, "ccomp", "xcomp")):
        # "she expected Moscow to retaliate": one party's forecast of another's act (but
        # "Moscow is expected to retaliate", "expects to visit": a plan)
        return "hypothetical"
    if own == "hypothetical":
        return "hypothetical"
    if lemma in m.planned or word in m.planned:
        return "planned"
    if own == "planned" and lemma not in m.transparent:
        return "planned"
    return own


def charging_verb(p: ParsedText, of: Token) -> Token | None:
    """The verb that charges someone through ``of``: "accused X of killing", "blamed X for
    supporting", the phrase hung on the verb or on its object; None when ``of`` is no such
    phrase."""
    word = of.text.lower()
    if word not in ("of", "for", "with") or of.head == of.i:
        return None
    at = p.tokens[of.head]
    gov = p.tokens[at.head] if at.dep == "dobj" else at
    if word == "for" and gov.lemma.lower() not in ("blame", "fault"):
        return None     # "blamed India for supporting separatists": alleged too (not
        #                 "thanked Qatar for mediating")
    if word == "with" and gov.lemma.lower() not in ("charge", "indict"):
        return None     # "charged three men with helping Hong Kong's intelligence service"
        #                 (not "helped Ukraine with training": what it did with)
    return gov if gov.lemma.lower() in load_modality().charging else None


_EVIDENCE = frame_words("evidence_nouns")


def _denied_noun(p: ParsedText, gov: Token) -> bool:
    """A governing noun under "no": "no plan", "no intention", "no sign"; or "little" of it
    ("have had little meaningful contact for months", not "so little warning": too little
    of what was given)."""
    return gov.pos in ("NOUN", "PROPN") and any(
        c.dep == "det" and c.text.lower() == "no" or
        c.dep == "amod" and c.text.lower() == "little" and c.i < gov.i and
        not kids(p, c.i, "advmod")
        for c in kids(p, gov.i))


def _forestalled(p: ParsedText, tok: Token) -> bool:
    """Whether verb ``tok`` is what "before" one "could" do says was forestalled by an act told
    in the past: "left Poland for Ukraine before Polish authorities could detain him" (he was
    not detained)."""
    if tok.dep != "advcl" or tok.head == tok.i or p.tokens[tok.head].tag != "VBD":
        return False
    return any(m.text.lower() == "before" for m in kids(p, tok.i, "mark")) and \
        any(a.text.lower() == "could" for a in kids(p, tok.i, "aux"))


def _passed_over(p: ParsedText, tok: Token) -> bool:
    """Whether verb ``tok`` is what "rather than" or "instead of" sets aside: "would pursue
    the matter through diplomatic channels rather than order any American diplomats out",
    "chose talks instead of imposing sanctions" (none was ordered, none imposed)."""
    if tok.pos != "VERB":
        return False
    if tok.dep == "conj" and any(
            c.text.lower() == "than" and any(m.text.lower() == "rather" for m in kids(p, c.i))
            for c in kids(p, tok.head, "cc")):
        return True
    prep = p.tokens[tok.head]
    return tok.dep == "pcomp" and prep.i > 0 and (
        prep.text.lower(), p.tokens[prep.i - 1].text.lower()) in (("of", "instead"),
                                                                   ("than", "rather"))


def _tense(p: ParsedText, tok: Token) -> str:
    """occurred for past and present, planned for a bare future infinitive."""
    aux = {c.text.lower() for c in kids(p, tok.i, "aux", "auxpass")}
    if aux & {"will", "shall", "'ll"}:
        return "planned"
    return "occurred"


def event_status(p: ParsedText, predicate: int, trigger: int, sentence_end: int) -> str:
    """Status of the event whose trigger is ``trigger``, told by ``predicate`` (the trigger, or
    the light verb that carries a noun trigger). An act named as "any" one ("would respond to
    any deployment of U.S. missiles", "any visit by Taiwan's president would be a
    provocation") is no act told: hypothetical, unless denied ("ruled out any talks")."""
    tok = p.tokens[trigger]
    if tok.dep == "pcomp" and tok.tag in ("VBD", "VBZ", "VBP") and \
            kid(p, tok.i, "nsubj") is not None and not kids(p, tok.i, "aux", "neg") and \
            any(w.text.lower() == "what" and w.i < tok.i for w in kids(p, tok.i, "dobj")):
        # "would retaliate against what it called a hostile act": the naming is done now,
        # in its own tense, whatever is said of the answer
        return "occurred"
    status = _event_status(p, predicate, trigger, sentence_end)
    if status in ("occurred", "planned") and tok.pos in ("NOUN", "PROPN") and any(
            c.text.lower() == "any" for c in kids(p, tok.i, "det")):
        return "hypothetical"
    return status


def _event_status(p: ParsedText, predicate: int, trigger: int, sentence_end: int) -> str:
    m = load_modality()
    if predicate != trigger:
        # a light verb tells the status ("mounted its long-threatened invasion"); of the noun's
        # own words only a negation counts ("held no talks"), and it comes first ("will make
        # no concessions" is refused, not planned)
        if _denied_noun(p, p.tokens[trigger]):
            return "negated"
        cue = _own_cue(p, p.tokens[predicate], m)
        if cue:
            return cue
    else:
        tok = p.tokens[trigger]
        if tok.pos == "VERB" and any(_denied_noun(p, c) for c in kids(p, tok.i, "dobj")):
            return "negated"    # "offered no apology", "sent no troops": none was
        if _forestalled(p, tok):
            return "negated"    # "left before the authorities could detain him"
        if _passed_over(p, tok):
            return "negated"    # "would pursue the matter ... rather than order any American
            #                     diplomats out"
        cue = _own_cue(p, tok, m)
        if cue:
            return cue
        if mandated(p, tok):
            return "hypothetical"
    tok = p.tokens[predicate]
    # a noun trigger in a purpose phrase ("deploying ... for joint exercises") is intended; one
    # that is answered was done
    if p.tokens[trigger].pos in ("NOUN", "PROPN") and predicate == trigger:
        head = p.tokens[tok.head]
        held = p.tokens[head.head]
        if tok.dep == "pobj" and head.text.lower() in ("after", "following"):
            verb = next((a for a in ancestors(p, tok.i) if a.pos in ("VERB", "AUX")), None)
            if verb is not None and verb.tag == "VBD" and \
                    not any(x.tag == "MD" for x in kids(p, verb.i, "aux")):
                # "agreed early Sunday to an immediate ceasefire after talks in the Qatari
                # capital": what came before a past act was done, wherever the parser hangs
                # the "after" phrase
                return "occurred"
        if tok.dep == "pobj" and head.text.lower() in ("to", "for") and \
                held.lemma.lower() in ANSWERS and \
                not any(c.text.lower() == "any" for c in kids(p, tok.i, "det")):
            # "would impose sanctions in response to a U.S. arms sale to Taiwan", "vowed to
            # retaliate for the Israeli strike": what is answered was done, whatever the
            # answer's tense
            return "occurred"
        if tok.dep == "pobj" and head.text.lower() in ("for", "to", "of") and \
                held.lemma.lower() in STANCE_NOUNS and held.pos == "NOUN" and \
                kid(p, tok.i, "poss") is not None:
            # "pledged his country's full support for Russia's war in Ukraine": the act one
            # takes a stance on is its owner's, going on, whatever is said of the stance
            return "occurred"
        if tok.dep == "pobj" and head.text.lower() == "for" and \
                held.pos in ("VERB", "AUX") and not (
                    held.lemma.lower() == "be" and held.tag == "VBD") and \
                held.lemma.lower() not in GRATEFUL and not (
                    held.tag == "VBD" and held.lemma.lower() in GATHERING | ARRIVING):
            # (but "was in Moscow last week for talks with Putin": one who was there for
            # talks held them; the tense tells; what one is thanked for was done:
            # "thanked Germany for the military aid"; and those who gathered for a summit
            # held it: "leaders ... gathered in Doha for an emergency summit on Monday")
            return "planned"
    if p.tokens[trigger].pos in ("NOUN", "PROPN") and predicate == trigger and \
            tok.dep in ("nsubj", "nsubjpass") and tok.head != tok.i and any(
                c.lemma.lower() in m.hypothetical or c.text.lower() in m.hypothetical
                for c in kids(p, tok.head, "acomp", "attr") if c.pos == "ADJ"):
        # "analysts said a direct U.S. strike on Iranian soil remained unlikely", "a deal is
        # possible": an act judged likely or not is none told
        return "hypothetical"
    if accepted_invitation(p, tok) is not None:
        return "planned"    # "accepted an invitation to visit Turkey in April"
    if _done_before_past(p, tok):
        return "occurred"
    found = _climb(p, predicate, m)
    if found:
        return found
    last = p.tokens[sentence_end - 1]
    if last.text == "?":
        return "hypothetical"
    return _tense(p, tok)


def _done_before_past(p: ParsedText, tok: Token) -> bool:
    """Whether ``tok`` is a gerund after "after" or "since" in a clause told in the past: "as
    Moscow sought to shore up ties in Asia a day after signing a defense pact with North Korea"
    (what came before a past act was done, whatever the act was meant to do)."""
    if tok.tag != "VBG" or tok.dep != "pcomp" or \
            p.tokens[tok.head].text.lower() not in ("after", "since"):
        return False
    counted = p.tokens[tok.head].head != tok.head and \
        p.tokens[p.tokens[tok.head].head].dep == "npadvmod"
    for a in ancestors(p, tok.i):
        if a.tag in ("VBD", "VBZ", "VBP", "MD") or any(
                x.tag == "MD" or x.text.lower() in ("will", "'ll") for x in kids(p, a.i, "aux")):
            if counted and a.dep == "ccomp" and a.head != a.i and \
                    p.tokens[a.head].tag == "VBD":
                # "said on Thursday his country would not make concessions ..., a day after
                # meeting Maduro's foreign minister": a day counted back from the telling
                return True
            return a.tag == "VBD" and not any(x.tag == "MD" for x in kids(p, a.i, "aux"))
    return False


# invitations, and the verbs by which the invited take one up (frames.yaml)
INVITATIONS = frame_words("invitations")
ACCEPTING = frame_words("accepting_invitations")


def accepted_invitation(p: ParsedText, tok: Token) -> Token | None:
    """The verb that takes up the invitation ``tok`` is the infinitive of ("accepted an
    invitation to visit Turkey": "accepted"), or None. What the invited one accepts to do is
    still to come, and is the invited one's own act. So is what a state is invited to do where
    the same sentence tells the invited one accepting ("Kim invited Putin to visit North Korea
    at a convenient time, and Putin accepted the invitation")."""
    if tok.dep == "xcomp" and tok.head != tok.i and \
            any(a.text.lower() == "to" for a in kids(p, tok.i, "aux")):
        return _taken_up(p, p.tokens[tok.head])
    if tok.dep != "acl" or tok.head == tok.i or \
            not any(a.text.lower() == "to" for a in kids(p, tok.i, "aux")):
        return None
    noun = p.tokens[tok.head]
    if noun.lemma.lower() not in INVITATIONS or noun.dep != "dobj" or noun.head == noun.i:
        return None
    verb = p.tokens[noun.head]
    return verb if verb.lemma.lower() in ACCEPTING and kid(p, verb.i, "neg") is None else None


def _taken_up(p: ParsedText, invite: Token) -> Token | None:
    """The verb by which the one ``invite`` invites accepts, told later in its sentence and
    not denied ("and Putin accepted the invitation"), or None."""
    guest = kid(p, invite.i, "dobj")
    if invite.lemma.lower() not in INVITATIONS or invite.pos != "VERB" or guest is None:
        return None
    sentence = sentence_of(p, invite.i)
    end = sentence.end if sentence is not None else len(p.tokens)
    for t in p.tokens[invite.i + 1:end]:
        if t.lemma.lower() not in ACCEPTING or t.pos != "VERB" or t.tag in ("VBG", "VBN") or \
                kid(p, t.i, "neg") is not None or kids(p, t.i, "aux", "auxpass"):
            continue
        subject = kid(p, t.i, "nsubj")
        if subject is not None and subject.text == guest.text:
            return t
    return None


# verbs of thanks, whose "for" phrase tells what was done ("thanked Germany for the aid")
GRATEFUL = frame_words("thanking")
# verbs of coming together and of arriving (frames.yaml gathering, arrivals): what one
# gathered or arrived for was held ("arrived for a meeting of EU foreign ministers on Monday")
GATHERING = frame_words("gathering")
ARRIVING = frame_words("arrivals")
# nouns and verbs of an answer, whose "to" or "for" phrase names what was done ("in response
# to", "vowed to retaliate for")
ANSWERS = frame_words("answers") | frame_words("retaliation")
# nouns of a stance on another's act ("support for Russia's war"): frames.yaml stance_nouns
STANCE_NOUNS = frame_words("stance_nouns")


def mandated(p: ParsedText, tok: Token) -> bool:
    """Whether ``tok`` is the bare verb of what a verb of insisting says must be done (the
    mandative subjunctive): "insisted that Ukraine withdraw", "insists that NATO troops leave
    the Baltic states" (a present verb of insisting, and a plural bare verb of doing what is
    asked)."""
    if tok.dep != "ccomp" or tok.head == tok.i or kids(p, tok.i, "aux", "auxpass") or \
            kid(p, tok.i, "nsubj") is None:
        return False
    gov = p.tokens[tok.head]
    if gov.lemma.lower() not in _MANDATIVE:
        return False
    return tok.tag == "VB" or tok.tag == "VBP" and (
        gov.tag == "VBD" or gov.tag in ("VBZ", "VBP") and tok.lemma.lower() in _COMPLYING)


def _climb(p: ParsedText, predicate: int, m: Modality) -> str | None:
    """The status the governors above ``predicate`` give, nearest first; a request or a
    possibility above a plan makes it possible only ("demanded that Washington cancel plans to
    sell ..."), and a cancelled plan is denied."""
    first = _nearest(p, predicate, m)
    if first is None or first[0] == "hypothetical":
        return first[0] if first else None
    status, at = first
    for _ in range(2):
        above = _nearest(p, at, m)
        if above is None:
            break
        if above[0] == "hypothetical" and status == "planned" and _own_plan_put(p, at, above[1]):
            at = above[1]   # "has proposed a plan for supporting Ukraine": its own plan, put
            continue        # forward, is planned (what it proposes others do is asked)
        if above[0] == "hypothetical" or above[0] == "negated" and status == "planned":
            status = above[0]
        at = above[1]
    return status


def _own_plan_put(p: ParsedText, plan: int, gov: int) -> bool:
    """Whether the plan at ``plan`` is the direct object of a verb of putting it forward at
    ``gov`` ("proposed a plan", "unveiled a package"), and not a plan asked of others."""
    t = p.tokens[plan]
    return t.dep == "dobj" and t.head == gov and t.pos == "NOUN" and \
        p.tokens[gov].lemma.lower() in PUTTING_FORWARD


HEARSAY = frame_words("hearsay_verbs")
# participles by which a speaker goes on after a reported clause ("..., calling it a
# provocation", "..., accusing Seoul of ..."): frames.yaml speakers_acts
SPEAKERS_ACTS = frame_words("speakers_acts")


# what one gives another leave to act with (frames.yaml permits), and the verbs of leave
PERMITS = frame_words("permits")
PERMITTING = frozenset({"allow", "permit", "authorize", "authorise"})


def permitted_to(p: ParsedText, verb: int) -> Token | None:
    """The one "gave Ukraine permission to strike" gives leave to the infinitive at ``verb``
    (the giver's dative, or the "to" phrase: "gave the green light to Poland to send"), or
    None when the infinitive is no such permitted act."""
    tok = p.tokens[verb]
    if tok.dep not in ("advcl", "acl", "xcomp", "relcl") or tok.head == verb or \
            not any(a.text.lower() == "to" for a in kids(p, verb, "aux")):
        return None
    head = p.tokens[tok.head]
    if head.pos == "NOUN" and head.lemma.lower() in PERMITS and head.dep == "dobj":
        leave, head = head, p.tokens[head.head]
    else:
        leave = next((o for o in kids(p, head.i, "dobj") if o.lemma.lower() in PERMITS),
                     None) if head.pos == "VERB" else None
        if leave is None:
            return None
    if head.lemma.lower() not in ("give", "grant"):
        return None
    given = kid(p, head.i, "dative")
    if given is not None and given.pos == "ADP":
        given = kid(p, given.i, "pobj")
    if given is None:
        # ("gave Kyiv permission", the name parsed as a modifier of the leave given)
        # (or as an adjective: "did not grant Kyiv permission to fire", Kyiv tagged JJ)
        given = next((c for c in kids(p, leave.i, "compound", "poss", "amod") if c.i < leave.i
                      and (c.pos == "PROPN" or c.ent >= 0 and
                           p.entities[c.ent].label in ("GPE", "ORG", "PERSON"))), None)
    return given


def _named_speaker(p: ParsedText, said: int) -> bool:
    """Whether the subject of the verb of saying at ``said`` names someone (a name in it)."""
    subj = kid(p, said, "nsubj")
    return subj is not None and any(t.ent >= 0 for t in p.tokens[slice(*subtree(p, subj.i))])


def speakers_participle(p: ParsedText, verb: int) -> int | None:
    """The verb of saying whose speaker does the participle at ``verb``: "South Korea's
    military said North Korea had launched a missile ..., calling it a clear provocation" is
    the speaker's act, not the reported doer's (when the text names the speaker: "state media
    said ..., describing it as a warning" speaks for the doer's own state); None if not so."""
    tok = p.tokens[verb]
    head = p.tokens[tok.head]
    if tok.dep == "advcl" and tok.tag == "VBG" and tok.lemma.lower() in SPEAKERS_ACTS and \
            p.tokens[verb - 1].text == "," and head.dep == "ccomp" and head.head != head.i and \
            p.tokens[head.head].lemma.lower() in HEARSAY and head.i < verb and \
            _named_speaker(p, head.head):
        return head.head
    return None


def absolute_with(p: ParsedText, noun: Token) -> bool:
    """Whether ``noun`` opens an absolute clause set off by a comma: ", with Kyrgyz officials
    saying ..." (not "cooperate with UN inspectors probing ...")."""
    w = p.tokens[noun.head]
    return noun.dep == "pobj" and w.text.lower() == "with" and w.i > 0 and \
        p.tokens[w.i - 1].text == ","


def _within_a_charge(p: ParsedText, t: Token) -> bool:
    """Whether a step up from ``t`` keeps what is told inside a charge's content: a verb's
    complement, adverbial clause or conjunct; what the charged act's object is for ("accused
    the Netherlands of pursuing a campaign to blame Russia"); what the charge says it drives
    others to ("of using nuclear threats to frighten governments into curbing the weapons
    they send"). Not the means the act was done by: "accused the United States of
    overreacting by shooting down a Chinese balloon" shot it down."""
    if t.pos in ("VERB", "AUX") and t.dep in ("xcomp", "advcl", "conj"):
        return True
    if t.pos == "VERB" and t.dep == "acl":
        return any(a.text.lower() == "to" for a in kids(p, t.i, "aux"))
    if t.pos == "NOUN" and t.dep == "dobj":
        return True
    if t.pos == "VERB" and t.dep == "pcomp":
        return p.tokens[t.head].text.lower() != "by"
    return t.dep == "prep" and t.text.lower() != "by"


def _nearest(p: ParsedText, predicate: int, m: Modality) -> tuple[str, int] | None:
    """(status, governor) of the nearest governor above ``predicate`` that gives a status."""
    i, steps = predicate, 0
    verbal = True       # (the chain from the predicate up is verbs, not a noun's clause)
    while steps < 8:
        t = p.tokens[i]
        if t.head == i or t.dep not in _CLIMB:
            break
        if t.dep in ("relcl", "acl") and p.tokens[t.head].lemma.lower() in _EVIDENCE and \
                _denied_noun(p, p.tokens[t.head]):
            # "there was no evidence the missile had been launched by Russian forces": what
            # there is no sign of is denied (the clause parsed as a relative one)
            return "negated", t.head
        if t.dep == "relcl" and (t.tag in ("VBD", "VBZ", "VBP") or any(
                a.text.lower() != "to" for a in kids(p, t.i, "aux")) or
                t.tag == "VBN" and kid(p, t.i, "nsubj") is not None and
                not kids(p, t.i, "aux", "auxpass")):
            break   # a finite relative clause tells its own time: "France, which condemned
            #         the strike, called for calm" (condemned, not asked for); an infinitive
            #         parsed as one does not ("ignored calls to arrest him": asked for); a
            #         past tense tagged as a participle, with a subject of its own, is
            #         finite ("to release a tanker that Iranian naval forces seized")
        gov = p.tokens[t.head]
        if t.dep == "ccomp" and gov.i > t.i and \
                any(x.text == ";" for x in p.tokens[t.i:gov.i]):
            break   # "Turkey approved Sweden's membership ...; officials have denied any
            #         link": a clause before a semicolon is no report of a verb after it
        steps += 1
        i = gov.i
        if t.dep == "acl" and t.tag == "VBG" and absolute_with(p, gov):
            # "agreed to halt the fighting, with Kyrgyz officials saying Tajik forces had
            # opened fire": a clause of its own, told beside the verb, not under it (not
            # "must cooperate with UN inspectors probing suspect sites")
            return None
        if t.dep == "pcomp" and gov.text.lower() == "with" and gov.i > 0 and \
                p.tokens[gov.i - 1].text == "," and kid(p, t.i, "nsubj") is not None:
            # "have not ratified its bid, with Ankara accusing Stockholm of ...": the same
            # clause of its own, parsed with its subject inside
            return None
        if t.dep == "xcomp" and gov.lemma.lower() in SEMI_MODALS and gov.pos in (
                "VERB", "AUX") and gov.tag != "VBD" and \
                any(a.text.lower() == "to" for a in kids(p, t.i, "aux")):
            # "Russia has to withdraw its troops", "needs to stop arming Taiwan": what one
            # must do is not done (what one "had to" do was)
            return "hypothetical", gov.i
        if t.dep == "xcomp" and gov.lemma.lower() == "be" and \
                any(a.text.lower() == "to" for a in kids(p, t.i, "aux")):
            # "Israeli forces are to withdraw within 60 days": what is to be done is planned
            # (or, with the governor's own cue, "were not to", "would be to", that cue)
            return _own_cue(p, gov, m) or "planned", gov.i
        if t.dep == "conj":
            # a conjunct shares its head's auxiliaries ("will make a call and take part"),
            # unless it is a finite verb of its own ("had not been consulted and urged")
            cue = _own_cue(p, gov, m) if (t.tag != "VBD" or gov.tag == "VBD") and not kids(
                p, t.i, "nsubj", "nsubjpass", "mark") and not (
                    t.tag == "VBG" and any(a.tag in ("VBD", "VBZ", "VBP")
                                           for a in kids(p, t.i, "aux"))) else None
            # (nor is a clause with a subject of its own: "would not send its envoy, and that
            # India's envoy was being asked to leave"; nor one in a tense of its own: "would
            # expel 12 Algerian officials and was recalling its ambassador")
            if cue:
                return cue, gov.i
            continue
        if t.dep == "pcomp" and charging_verb(p, gov) is not None and (
                t.i == predicate or verbal):
            return "hypothetical", gov.head     # "accused X of killing": only alleged (and
            #   what the charge says the act was for: "accused the United States of using
            #   pressure to sabotage Belt and Road cooperation")
        verbal = verbal and _within_a_charge(p, t)
        if _denied_noun(p, gov):
            return "negated", gov.i     # "announced no plan to deploy", "has no intention of"
        if t.dep == "prep" and t.text.lower() in m.adjuncts and gov.pos in ("VERB", "AUX") and \
                t.text.lower() != "in" and kids(p, t.i, "pcomp"):
            # "halted purchases of Israeli weapons after accusing Israel of a massacre": what
            # is done before or after shares the verb's tense, not what the verb means (the
            # charge was made; the purchases were halted)
            cue = _own_cue(p, gov, m)
            if cue and cue != "negated":
                return cue, gov.i
            continue
        if t.dep == "prep" and t.text.lower() in m.adjuncts and gov.pos in ("VERB", "AUX") and \
                kids(p, t.i, "pobj") and (t.text.lower() != "over" or
                                         any(o.i == predicate for o in kids(p, t.i, "pobj"))):
            # (an act "over" which one acts is its reason; what stands in a place "over"
            # names is not: "scale back their guard over camps holding detainees")
            # "During the call, Biden and Xi discussed ...": a time or setting is no content
            # of the verb; only its own auxiliaries and negation count
            cue = _own_cue(p, gov, m)
            return (cue, gov.i) if cue else None
        if t.dep == "prep" and t.text.lower() == "by" and kids(p, t.i, "pcomp") and \
                gov.lemma.lower() in m.negating:
            # "by destroying the drone, Algiers had prevented the army from ...": the means by
            # which something was stopped was used; only the verb's own cues count
            cue = _own_cue(p, gov, m)
            return (cue, gov.i) if cue else None
        if t.dep == "prep" and gov.lemma.lower() == "call" and \
                t.text.lower() not in ("for", "on", "upon"):
            # "the session, called at the request of France": a meeting convened, no call
            # for anything (what is "called for" is asked)
            cue = _own_cue(p, gov, m)
            return (cue, gov.i) if cue else None
        if t.dep == "prep" and t.text.lower() == "for" and gov.pos == "NOUN" and \
                gov.lemma.lower() in m.planned and kids(p, t.i, "pcomp"):
            return "planned", gov.i     # "a plan for supporting Ukraine", as "a plan to"
        if t.dep == "prep" and t.text.lower() == "for" and gov.pos == "NOUN" and \
                gov.lemma.lower() in m.hypothetical and kids(p, t.i, "pobj"):
            return "hypothetical", gov.i    # "a warrant for Putin's arrest", "calls for a
            #                                 withdrawal": asked for, not done
        if t.dep in ("prep", "pobj", "compound", "amod") and gov.pos not in ("VERB", "AUX", "ADJ"):
            continue
        if t.dep == "ccomp" and t.i < gov.i and any(
                w.lemma.lower() in _CHARGE_NOUNS for s in kids(p, gov.i, "nsubj", "dobj")
                if s.i < gov.i for w in [s] + kids(p, s.i, "compound")):
            # "Pakistan blamed India for the attack, a charge New Delhi denied", parsed as
            # the charge denying the sentence before it (its subject, or its object set
            # before its subject: "..., a charge Beijing rejected"; or the charge parsed as the
            # subject's modifier: "..., a charge Kigali denies"): the charge was made
            return None
        if (t.dep == "ccomp" or t.dep == "advcl" and any(
                a.text.lower() == "to" for a in kids(p, t.i, "aux"))) and any(
                o.lemma.lower() in m.hypothetical for o in kids(p, gov.i, "dobj")
                if o.pos == "NOUN"):
            # "reiterated its demand today that Israel ease ...", "ignored calls from Kyiv
            # to arrest him": the clause is what is demanded, parsed as the verb's
            return "hypothetical", gov.i
        if t.dep == "advcl" and gov.lemma.lower() in m.holding and \
                any(a.text.lower() == "to" for a in kids(p, t.i, "aux")) and \
                any(o.lemma.lower() in m.occasions for o in kids(p, gov.i, "dobj")):
            # "called a news conference on Saturday to accuse Russia": done at the occasion
            cue = _own_cue(p, gov, m)
            return (cue, gov.i) if cue else None
        if t.dep == "xcomp" and gov.lemma.lower() in COMMANDING and _told_to_others(p, gov, m):
            # "Niger ordered French troops to leave", "told Kyiv to hold back": what another
            # is told to do is asked of it, not done (one's own forces ordered to act are
            # another matter: "ordered its troops to pull back")
            return "hypothetical", gov.i
        if t.dep == "advcl" and _own_clause(p, t):
            # "urged both governments to talk, while the Arab League called on Algeria to":
            # a clause of its own subject tells its own time
            return None
        if permitted_to(p, t.i) is not None:
            return "hypothetical", gov.i    # "gave Ukraine permission to strike": allowed
        if t.dep in ("xcomp", "ccomp", "advcl") and gov.lemma.lower() in PERMITTING and \
                (kid(p, gov.i, "dobj") or kid(p, t.i, "nsubj")) is not None and \
                any(a.text.lower() == "to" for a in kids(p, t.i, "aux")):
            return "hypothetical", gov.i    # "allowed Ukraine to strike": allowed, not done
        said = speakers_participle(p, t.i) if t.dep == "advcl" else None
        if said is not None:
            # "Taipei said the island's future must be decided by its people, rejecting
            # Xi's vow": the speaker's act, as real as the saying, not as the reported clause
            cue = _own_cue(p, p.tokens[said], m)
            if cue and cue != "negated":
                return cue, said
            i = said        # (the saying's own governors next)
            continue
        if t.dep == "advcl" and t.tag == "VBG" and not kids(p, t.i, "aux") and all(
                k.text.lower() in _BESIDE for k in kids(p, t.i, "mark")):
            # ("called the move unacceptable while urging India to show restraint" too)
            # "blocked the bid for months, accusing Stockholm of ...": what the subject does
            # meanwhile shares the governor's tense, not what its verb means ("block" denies
            # what it governs, not what goes on beside it)
            # ("did not mention a withdrawal, saying only that ...": nor its negation)
            cue = _own_cue(p, gov, m)
            if cue and cue != "negated":
                return cue, gov.i
            continue
        cue = _governor_cue(p, gov, m)
        if cue:
            return cue, gov.i
    return None


# subordinators of a clause that goes on beside its governor, not under it
_BESIDE = frame_words("beside_clauses")
# and those that do so when their verb is in the past
_PAST_WHEN = frame_words("past_beside_clauses")


def _own_clause(p: ParsedText, t: Token) -> bool:
    """A finite adverbial clause with its own subject, opened by "while", "as", "after" ...,
    or in the past by "when"."""
    # (a passive's finite auxiliary makes it finite: "after North Korean troops were
    # deployed")
    finite = t.tag in ("VBD", "VBZ", "VBP") or t.tag == "VBN" and any(
        a.tag in ("VBD", "VBZ", "VBP") for a in kids(p, t.i, "aux", "auxpass"))
    if not finite or not kids(p, t.i, "nsubj", "nsubjpass"):
        return False
    past = t.tag == "VBD" or t.tag == "VBN" and any(
        a.tag == "VBD" for a in kids(p, t.i, "aux", "auxpass"))
    # ("the trip was agreed when Biden and Xi met": a past "when" tells a time of its own;
    # "will retaliate when NATO deploys" does not)
    return any(c.text.lower() in _BESIDE for c in kids(p, t.i, "mark")) or \
        past and any(c.text.lower() in _PAST_WHEN for c in kids(p, t.i, "mark", "advmod"))


def _told_to_others(p: ParsedText, gov: Token, m: Modality) -> bool:
    """Whether a command's object is another party: not "its troops", "the military"."""
    obj = kid(p, gov.i, "dobj")
    if obj is None:
        return False
    own = any(c.dep == "poss" and c.lemma.lower() in ("its", "his", "her", "their", "our", "my")
              for c in kids(p, obj.i))
    the_forces = obj.lemma.lower() in m.own_forces and \
        any(c.dep == "det" and c.lemma.lower() == "the" for c in kids(p, obj.i)) and \
        not any(c.dep in ("amod", "compound", "poss") for c in kids(p, obj.i))
    return not own and not the_forces
