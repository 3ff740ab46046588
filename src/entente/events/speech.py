"""Events told through speech: an official's own acts inside a quotation, and accusations
made by calling a state's act a condemning name.

- A trigger inside a quotation is the speaker's words, not reported fact, unless the speaker
  is its subject: "I urge the Taliban to reverse", "we will continue to support Ukraine" are
  the speaker's own request and support, with the speaker's state or body as source.
- An official who calls a state's act by a condemning word ("Russia's illegal aggression",
  "Israel's heinous attacks", "... is unacceptable") accuses that state; so does a narrative
  that says an official "called Chinese subsidies 'unbearable'".
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from ..actors.resolve import Resolver
from ..codes import actors as actor_codes
from ..lexicons import frame_words, load_yaml
from ..records import Actor, ParsedText, Quote, Token
from ..tree import ancestors, conjuncts, kid, kids, subject_kid, subtree
from . import roles as R
from .reference import GENERIC_ACTS, act_antecedent
from .status import load_modality
from .triggers import Sense, amod_verb_object

FIRST_PERSON = frozenset({"i", "we"})
FIRST_POSSESSIVE = frozenset({"my", "our"})

ACCUSE = Sense("ACCUSE", "disapprove", "adj", ("condemning",), frozenset(), frozenset(), (),
               False, -1)
REJECT = Sense("REJECT", None, "verb", ("deny-charge",), frozenset(), frozenset(), (), False,
               -1)
THREATEN = Sense("THREATEN", None, "verb", ("face",), frozenset(), frozenset(), (), False, -1)
ALLEGE = Sense("ACCUSE", "allege", "verb", ("said-did",), frozenset(), frozenset(), (), False,
               -1)
PRAISE = Sense("SUPPORT", "praise", "adj", ("approving",), frozenset(), frozenset(), (),
               False, -1)
GUARANTEE = Sense("SUPPORT", None, "verb", ("treaty-covers",), frozenset(), frozenset(), (),
                  False, -1)


@dataclass(frozen=True)
class Evaluation:
    adjectives: frozenset[str]
    nouns: frozenset[str]
    naming_verbs: frozenset[str]
    penalties: frozenset[str]
    official: frozenset[str]
    experts: frozenset[str]
    wrongdoing: frozenset[str] = frozenset()
    wrong_nouns: frozenset[str] = frozenset()
    blame_nouns: frozenset[str] = frozenset()
    duties: frozenset[str] = frozenset()
    verdicts: frozenset[str] = frozenset()
    denials: frozenset[str] = frozenset()
    villains: frozenset[str] = frozenset()
    praises: frozenset[str] = frozenset()
    praise_heads: frozenset[str] = frozenset()
    wrong_attributes: frozenset[str] = frozenset()
    harshly: frozenset[str] = frozenset()
    paid_for: frozenset[str] = frozenset()
    wrongful_manner: frozenset[str] = frozenset()
    leave_not_given: frozenset[str] = frozenset()
    wrongful_kinds: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def evaluation() -> Evaluation:
    data = load_yaml("evaluation.yaml")
    sectors = load_yaml("sectors.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []) or [])
    return Evaluation(words("adjectives"), words("nouns"), words("naming_verbs"),
                      words("penalties"),
                      frozenset(str(s).upper() for s in data.get("official_sectors", [])),
                      frozenset(str(w).lower() for w in sectors.get("experts", []) or []),
                      words("wrongdoing_verbs"), words("nouns") | words("wrongdoing_nouns"),
                      words("blame_nouns"), words("duties"), words("verdicts"),
                      words("denials"), words("villains"), words("praises"),
                      words("praise_heads"), words("wrong_attributes"), words("harshly"),
                      words("paid_for"), words("wrongful_manner"), words("leave_not_given"),
                      words("wrongful_kinds"))


def wrong_named(p: ParsedText, o: Token, ev: Evaluation) -> bool:
    """Whether the noun ``o`` names a wrong: a noun of wrongdoing ("attacks", "espionage"),
    or activities of a wrongful kind ("criminal activities", "terrorist operations")."""
    return o.lemma.lower() in ev.wrong_nouns or o.text.lower() in ev.wrong_nouns or any(
        a.lemma.lower() in ev.wrongful_kinds for a in kids(p, o.i, "amod", "compound"))


@dataclass(frozen=True)
class Voice:
    """A quotation's span and the actor whose words it is (None: not an official's)."""
    start: int
    end: int
    actor: Actor | None


def voices(quotes: tuple[Quote, ...], r: Resolver) -> list[Voice]:
    """Quotations by officials, states and bodies, with the actor they speak for. Experts,
    witnesses and reporters speak for no one but themselves."""
    ev = evaluation()
    out = []
    for q in quotes:
        sp = q.speaker
        actor = None
        if sp.code:
            person = r.person_named(sp.name) if sp.name else None
            words = [w.strip(",.'’s") for w in
                     f"{sp.name or ''} {sp.description or ''}".lower().split()]
            expert = any(w in ev.experts for w in words)
            sector = person.sector if person is not None else None
            if sector is None:
                # "a State Department spokesperson", "the ministry": the words say who
                sector = next((r.lex.sector_nouns[w] for w in words if w in r.lex.sector_nouns),
                              "GOV")
            if sector in ev.official and not expert:
                actor = Actor(sp.code, sp.name, sector, sp.name or sp.description or sp.code,
                              q.start, q.end)
        out.append(Voice(q.start, q.end, actor))
    return out


def voice_at(found: list[Voice], char: int) -> Voice | None:
    return next((v for v in found if v.start <= char < v.end), None)


# what a speaker does by saying so; "we demonstrate", "we discussed" in a quotation are
# seldom the protest or the meeting they would be in the narrative
SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "AID",
                          "SANCTION", "MOBILIZE", "COOPERATE", "CONCEDE", "RETREAT"})


def speaks_first_person(p: ParsedText, tok: int, light_verbs: frozenset[str]) -> bool:
    """The trigger's agent is the speaker: "I urge", "we will support", "our support"."""
    t = p.tokens[tok]
    subj = R.subject_of(p, tok)
    if subj is None and t.pos in ("NOUN", "PROPN"):
        owner = kid(p, tok, "poss")
        if owner is not None:
            # "our support", but not "North Korea's threats" in "we agreed to cooperate in
            # the face of North Korea's threats": the owner's own
            return owner.text.lower() in FIRST_POSSESSIVE
        lv = R.light_verb(p, tok, light_verbs)
        if lv is not None:
            subj = R.subject_of(p, lv.i)
    return subj is not None and subj.text.lower() in FIRST_PERSON


def speaks_of_own_state(p: ParsedText, r: Resolver, tok: int, speaker: Actor,
                        light_verbs: frozenset[str]) -> bool:
    """The trigger's agent is the speaker's own state or body, named: '"The United States
    will continue to support Ukraine," Blinken said'."""
    t = p.tokens[tok]
    subj = R.subject_of(p, tok)
    if subj is None and t.pos in ("NOUN", "PROPN"):
        lv = R.light_verb(p, tok, light_verbs)
        subj = R.subject_of(p, lv.i) if lv is not None else None
    if subj is None or subj.pos not in ("PROPN", "NOUN"):
        return False
    codes = {a.code for a in r.actors(subj.i)}
    return codes == {speaker.code}


# verbs that link a subject to what it is said to be ("was a threat", "had become a threat")
COPULAS = R.COPULAS
# verbs by which a subject is said to be a danger ("the deployment posed a security threat",
# "constitutes a breach of the convention")
POSING = frozenset({"pose", "constitute", "represent"})
# verbs by which a subject is said to act as something ("acted like bullies")
BEHAVING = frame_words("behaving")


def _posed_by(p: ParsedText, t: Token) -> Token | None:
    """The verb that says its subject is ``t``: "posed a threat", "constitutes a breach",
    "would amount to an escalation"."""
    head = p.tokens[t.head]
    if t.dep == "dobj" and head.lemma.lower() in POSING:
        return head
    if t.dep == "pobj" and head.text.lower() == "to" and head.head != head.i and \
            p.tokens[head.head].lemma.lower() == "amount":
        return p.tokens[head.head]
    return None


# verbs of falling into a state of mind ("sliding into hysteria", "descending into paranoia")
_SLIDING = frame_words("sliding")


def _subject_charged(p: ParsedText, r: Resolver, t: Token, verb: int
                     ) -> list[tuple[int, int, list[Actor]]]:
    """[(condemning token, subject, its actors)] for the named subject of ``verb``, which the
    condemning word ``t`` is said of; [] when the subject names no one."""
    subj = kid(p, verb, "nsubj")
    found = [a for a in r.actors(subj.i) if a.code] if subj is not None else []
    return [(t.i, subj.i, found)] if found else []


def _behaved_as(p: ParsedText, t: Token) -> bool:
    """Whether ``t`` is what a subject is said to act like: "had acted like bullies",
    "behaves like an occupier"."""
    prep = p.tokens[t.head]
    if t.dep == "dobj" and prep.lemma.lower() in BEHAVING:
        # ('acted "like bullies"': the quote marks make the parser take "like" for a
        # modifier of an object)
        return any(c.text.lower() == "like" for c in kids(p, t.i) if c.i < t.i)
    return t.dep == "pobj" and prep.text.lower() in ("like", "as") and \
        prep.head != prep.i and p.tokens[prep.head].lemma.lower() in BEHAVING


def condemned(p: ParsedText, r: Resolver, start: int, end: int
              ) -> list[tuple[int, int, list[Actor]]]:
    """(condemning token, the act's head, the act's owners) for each condemnation of a
    state's act in tokens[start:end]: "Russia's illegal aggression", "Israel's attacks are
    heinous", "the Chinese provocation"."""
    ev = evaluation()
    out = []
    for t in p.tokens[start:end]:
        low = t.lemma.lower()
        act = None
        if t.pos == "ADJ" and (low in ev.adjectives or t.text.lower() in ev.adjectives):
            first = t
            while first.dep == "conj" and first.head != first.i and \
                    p.tokens[first.head].pos == "ADJ":
                first = p.tokens[first.head]    # ("was hasty and selfish": as "hasty" is)
            if first.dep == "amod":
                act = p.tokens[first.head]
            elif first.dep in ("acomp", "oprd"):
                head = p.tokens[first.head]
                act = kid(p, head.i, "nsubj") or kid(p, head.i, "dobj")
        elif t.pos == "NOUN" and t.dep == "attr" and low in ev.verdicts and \
                p.tokens[t.head].lemma.lower() in COPULAS:
            # "the raid was a clear breach of the convention": the raid is condemned
            act = kid(p, t.head, "nsubj")
            if act is not None and act.text.lower() in ("this", "that", "it") and \
                    not kids(p, t.head, "neg"):
                # ("said it was a violation of its sovereignty": the act told before, which
                # the caller finds)
                out.append((t.i, act.i, []))
                continue
        elif t.pos == "NOUN" and low in ev.verdicts | ev.villains and \
                (posed := _posed_by(p, t)) is not None:
            # "the deployment posed a significant security threat", "Russia poses a threat",
            # "hosting the weapons would amount to an escalation": the subject, a party or an
            # act (whose doer the caller finds when it names none)
            subj = kid(p, posed.i, "nsubj") or kid(p, posed.i, "csubj")
            if subj is None:
                continue
            found = [a for a in r.actors(subj.i) if a.code]
            if found:
                out.append((t.i, subj.i, found))
            elif subj.pos == "NOUN":
                out.append((t.i, subj.i, R.noun_sources(r, subj.i)))
            continue
        elif t.pos == "NOUN" and low in ev.villains and (
                t.dep == "attr" and p.tokens[t.head].lemma.lower() in COPULAS or
                _behaved_as(p, t)):
            # "China was the key enabler of Russia's war", "the bloc had become a threat to
            # its members", "the coast guard acted like a bully": its subject is condemned
            verb = t.head if t.dep in ("attr", "dobj") else p.tokens[t.head].head
            subj = kid(p, verb, "nsubj")
            found = [a for a in r.actors(subj.i) if a.code] if subj is not None else []
            if found:
                out.append((t.i, subj.i, found))
            continue
        elif t.pos == "NOUN" and low == "line" and t.dep == "dobj" and \
                p.tokens[t.head].lemma.lower() == "cross" and not kids(p, t.head, "neg") and \
                not any(c.dep == "prep" for c in kids(p, t.i)):
            # '"Russia has crossed a line," he said', "said Moscow had crossed a red line":
            # the one who crossed it (not "crossed the line of control", a place)
            out += _subject_charged(p, r, t, t.head)
            continue
        elif t.pos == "NOUN" and (low in ev.nouns or t.text.lower() in ev.nouns) and \
                t.dep == "pobj" and p.tokens[t.head].text.lower() == "into" and \
                p.tokens[p.tokens[t.head].head].lemma.lower() in _SLIDING:
            # "said Poland was sliding into Russophobic hysteria": the one who slides
            out += _subject_charged(p, r, t, p.tokens[t.head].head)
            continue
        elif t.pos == "NOUN" and (low in ev.nouns or t.text.lower() in ev.nouns or
                                  _of_phrase(p, t) in ev.nouns or _modified(p, t) in ev.nouns):
            # ("This is an act of war": the noun with its "of" phrase)
            act = t
            # "Israel's strike was an act of aggression", "the raid is a war crime": the
            # subject the condemning noun is said of
            attr = p.tokens[p.tokens[t.head].head] if t.dep == "pobj" and \
                p.tokens[t.head].text.lower() == "of" else t
            if attr.dep == "attr" and p.tokens[attr.head].lemma.lower() in COPULAS:
                if kids(p, attr.head, "neg"):
                    continue    # "the blockade was not Azerbaijan's fault": no charge
                subj = kid(p, attr.head, "nsubj")
                if subj is not None and subj.pos in ("NOUN", "PROPN"):
                    act = subj
                elif subj is not None and subj.text.lower() in ("this", "that", "it"):
                    # '"This is an act of war"': the act told before, which the caller finds
                    out.append((t.i, subj.i, []))
                    continue
        if act is None or act.pos not in ("NOUN", "PROPN"):
            continue
        if any(d.text.lower() in ("any", "every") for d in kids(p, act.i, "det")):
            continue    # "would respond militarily to any Russian provocation": one that may
            #             come is charged to no one
        # (no owners: "the decision was extremely dangerous", whose maker the caller finds
        # by reference back; "the balloons were a hybrid attack by Belarus": the doer the
        # condemning noun names)
        out.append((t.i, act.i, R.noun_sources(r, act.i) or (
            R.noun_sources(r, t.i) if act.i != t.i else [])))
    return out


def judging_speaker(p: ParsedText, r: Resolver, t: int,
                    speech_verbs: frozenset[str]) -> list[Actor]:
    """The official speaker of the reported clause token ``t`` stands in ("Brazil's foreign
    ministry said the raid was illegal"): the subject of the speech verb the clause hangs
    from, when it is a state or a body acting as such."""
    ev = evaluation()
    for a in ancestors(p, t):
        if a.dep != "ccomp" or a.head == a.i:
            continue
        gov = p.tokens[a.head]
        if gov.pos != "VERB" or gov.lemma.lower() not in speech_verbs or \
                gov.lemma.lower() in _DIRECTING:
            return []
        said_by = R.subject_of(p, gov.i)
        return [x for x in (r.actors(said_by.i) if said_by is not None else [])
                if x.code and x.sector in ev.official]
    return []


# what there is that ties a state to a wrong ("there were credible allegations linking India's
# government to the killing", "there is evidence tying Moscow to the plot")
_LINKS = frozenset({"allegation", "evidence", "indication", "sign", "proof"})   # lemmas
_LINKING = frozenset({"link", "tie", "connect"})


def linked_by_speaker(p: ParsedText, r: Resolver, start: int, end: int,
                      speech_verbs: frozenset[str]) -> list[tuple[int, list[Actor], list[Actor]]]:
    """(noun, speakers, states linked) for an official who says there is evidence linking a
    state to a wrong: "Trudeau said there were credible allegations linking India's government
    to the killing of a Sikh leader". Only with "there is" and a verb of linking, and not
    denied ("there was no evidence linking ...")."""
    out = []
    for t in p.tokens[start:end]:
        if t.lemma.lower() not in _LINKS or t.dep not in ("attr", "nsubj") or \
                any(d.text.lower() == "no" for d in kids(p, t.i, "det")):
            continue
        be = p.tokens[t.head]
        if be.lemma.lower() != "be" or not any(c.dep == "expl" for c in kids(p, be.i)) or \
                any(c.dep == "neg" for c in kids(p, be.i)):
            continue
        linked = [a for c in kids(p, t.i, "acl") if c.lemma.lower() in _LINKING
                  for o in kids(p, c.i, "dobj") for a in R.owners(r, o.i) if a.code]
        speakers = judging_speaker(p, r, t.i, speech_verbs)
        own = {a.code for a in speakers}
        linked = [a for a in linked if a.code not in own]
        if speakers and linked:
            out.append((t.i, speakers, linked))
    return out


# verbs by which one holds a charge to be something ("regarded the allegation as unfounded")
_HOLDING = frozenset({"regard", "consider", "see", "view", "treat", "dismiss", "reject"})


def denials(p: ParsedText, r: Resolver, start: int, end: int, speech_verbs: frozenset[str],
            accusations: frozenset[str]) -> list[tuple[int, list[Actor], int]]:
    """(verb, who rejects, the charge) for an accusation called false, or a request called
    absurd: "Israel called the accusation baseless", "regarded the genocide allegation as
    unfounded", "said the charge was a fabrication", "called the request absurd". Whom it
    rejects is whoever made the charge or the request (the caller finds them)."""
    ev = evaluation()
    out = []
    for t in p.tokens[start:end]:
        if t.pos != "VERB":
            continue
        low = t.lemma.lower()
        charge = verdict = None
        if low in ev.naming_verbs or low in _HOLDING:
            charge = kid(p, t.i, "dobj")
            verdict = kid(p, t.i, "oprd") or kid(p, t.i, "xcomp") or kid(p, t.i, "ccomp") or \
                next((o for pr in kids(p, t.i, "prep") if pr.text.lower() == "as"
                      for o in kids(p, pr.i, "pobj", "amod", "acomp")), None)
            if charge is not None and verdict is None:
                verdict = next((o for pr in kids(p, charge.i, "prep") if pr.text.lower() == "as"
                                for o in kids(p, pr.i, "pobj", "amod", "acomp")), None)
            if charge is None and verdict is not None:
                # "called [the allegations absurd and politically motivated]": the parser's
                # subject of what the charge is called
                charge = kid(p, verdict.i, "nsubj")
        elif low in speech_verbs:
            clause = kid(p, t.i, "ccomp")
            if clause is not None and clause.lemma.lower() == "be":
                charge = kid(p, clause.i, "nsubj")
                verdict = kid(p, clause.i, "acomp") or kid(p, clause.i, "attr")
        if charge is None or verdict is None or charge.lemma.lower() not in accusations:
            continue
        said = {verdict.lemma.lower(), verdict.text.lower()} | {
            c.lemma.lower() for c in kids(p, verdict.i, "amod", "conj")}
        if not said & ev.denials:
            continue
        subj = R.subject_of(p, t.i)
        sources = [a for a in (r.actors(subj.i) if subj is not None else []) if a.code]
        if sources:
            out.append((t.i, sources, charge.i))
    return out


def naming(p: ParsedText, r: Resolver, start: int, end: int
           ) -> list[tuple[int, list[Actor], list[Actor], int, Sense]]:
    """(verb, sources, targets, the act named, ACCUSE or PRAISE) for "X called Chinese
    subsidies 'unbearable'", "branded the Russian drills a provocation": a naming verb whose
    object is an act and whose complement condemns it, or approves of it ("called
    Washington's decision a step in the right direction": a PRAISE); targets are empty when
    the act names no doer ("called the strikes an act of war")."""
    ev = evaluation()
    out = []
    if end > start and p.tokens[end - 1].text == "?":
        return out      # "Does Trump see China as a threat?": asked, not said
    for t in p.tokens[start:end]:
        if t.pos != "VERB" or t.lemma.lower() not in ev.naming_verbs:
            continue
        obj = kid(p, t.i, "dobj")
        if obj is None and t.lemma.lower() == "refer":
            # "referred to President Xi Jinping as a dictator": the one referred to is named
            obj = next((o for pr in kids(p, t.i, "prep") if pr.text.lower() == "to"
                        for o in kids(p, pr.i, "pobj")), None)
        comp = kid(p, t.i, "oprd") or kid(p, t.i, "xcomp") or kid(p, t.i, "ccomp") or \
            _named_as(p, t, obj)
        objects = kids(p, t.i, "dobj")
        if comp is None and len(objects) == 2:
            # "exercises, which Pyongyang calls rehearsals for invasion": two objects, the
            # thing named and what it is called
            obj, comp = objects
        if comp is None and obj is not None and obj.pos == "NOUN" and \
                obj.text.lower() in ev.adjectives and kid(p, obj.i, "compound") is not None:
            # "called [the Israeli government genocidal]", parsed as one noun whose head is
            # the adjective: the condemning word is what it is called, the rest the named
            obj, comp = None, obj
        if comp is None and obj is not None and obj.pos == "NOUN" and \
                obj.lemma.lower() in ev.nouns | ev.villains and \
                kid(p, obj.i, "compound") is not None and \
                kid(p, obj.i, "compound").i < obj.i:
            # "called [the plan theft]", parsed as one noun whose head is the condemning noun:
            # the rest is what is called so
            obj, comp = kid(p, obj.i, "compound"), obj
        if obj is None and comp is not None and comp.pos == "NOUN" and \
                comp.lemma.lower() in ev.villains:
            # "called [Xi]nmod [a dictator]", the one named hung on the name given
            obj = next((c for c in kids(p, comp.i, "nmod", "compound") if c.i < comp.i and
                        c.ent >= 0), None)
        antecedent = obj is not None and obj.tag == "WDT" and t.dep == "relcl"
        if antecedent:
            obj = _relative_antecedent(p, p.tokens[t.head])
        if obj is None and comp is not None and comp.pos == "NOUN" and \
                kid(p, comp.i, "dobj") is not None:
            # "called [Pakistan's offer]oprd [a positive step]dobj": the parser's object of
            # the object is what the act is called
            obj, comp = comp, kid(p, comp.i, "dobj")
        if obj is not None and comp is None and obj.tag == "VBG" and \
                kid(p, obj.i, "det") is not None:
            # "called [the killing]dobj [an act of terrorism]", parsed with the act a verb
            # and what it is called its object
            comp = kid(p, obj.i, "dobj")
        if obj is not None and comp is None:
            # "called Washington's decision [a step in the right direction]npadvmod"
            comp = kid(p, obj.i, "npadvmod") or kid(p, obj.i, "appos")
        if obj is not None and (comp is None or not _condemning(p, comp)):
            # "has called Moscow's use of migrants to put pressure on a member state
            # unacceptable", the adjective hung deep in the long object: the word that ends
            # the verb's phrase
            lo, hi = subtree(p, t.i)
            last = next((w for w in reversed(p.tokens[lo:hi]) if w.pos != "PUNCT"), None)
            # (an adjective after its noun is the complement: "called the decision completely
            # unjustified", the parser's amod of "decision")
            if last is not None and last.i > obj.i and last.pos == "ADJ" and \
                    (last.dep not in ("amod", "acomp") or last.dep == "amod" and
                     last.head < last.i) and _condemning(p, last):
                comp = last
            after = next((a for a in kids(p, obj.i, "amod") if a.i > obj.i and a.pos == "ADJ"
                          and _condemning(p, a)), None)
            if (comp is None or not _condemning(p, comp)) and after is not None:
                # ('called the resolution "politically motivated" and said ...': the
                # adjective after its noun, when the verb's phrase runs on past it)
                comp = after
        if obj is not None and comp is None and t.dep == "relcl" and \
                p.tokens[t.head].pos == "NOUN" and _condemning(p, obj) and \
                kid(p, t.i, "nsubj") is not None and kid(p, t.i, "nsubj").i != t.head:
            # "a transit China called a provocation": what the clause calls its noun, the
            # parser's object of "called"
            obj, comp = p.tokens[t.head], obj
        if obj is None and comp is not None and kid(p, comp.i, "appos") is not None and \
                comp.ent >= 0 and r.actors(comp.i):
            # "called Chinese President Xi Jinping a dictator", parsed with the name as what
            # he is called and the name given its apposition
            obj, comp = comp, kid(p, comp.i, "appos")
        if obj is None and comp is not None:
            obj = kid(p, comp.i, "nsubj")   # "called [Chinese subsidies unbearable]"
        if obj is None and comp is not None and (
                comp.pos == "ADJ" or comp.text.lower() in ev.adjectives):
            # "called the expulsion regrettable", "called Israel genocidal", parsed with the
            # noun a compound of the adjective (the adjective itself taken for a noun): the
            # noun is what is called so
            obj = next((c for c in kids(p, comp.i, "compound") if c.pos in ("NOUN", "PROPN")
                        and c.i < comp.i), None)
        relative = t.dep == "relcl" or t.dep == "acl" and any(
            m.text.lower() == "that" for m in kids(p, t.i, "mark"))
        if obj is None and comp is not None and relative and p.tokens[t.head].pos == "NOUN":
            # "a maneuver the Pentagon called 'provocative'", "a remark that Beijing called
            # irresponsible" (the parser's "that" a mark of a clause on the noun)
            obj = p.tokens[t.head]
        if obj is None or comp is None:
            continue
        if comp.lemma.lower() in TARGET_NAMES:
            continue    # "would consider all American ships as hostile targets": marked for
            #             force (marked_as_targets), not condemned
        # (a party called a villain is condemned: "called Netanyahu a butcher", "considered
        # Xi a dictator")
        villain = comp.pos == "NOUN" and comp.lemma.lower() in ev.villains and \
            bool(r.actors(obj.i))
        verdict = ACCUSE if _condemning(p, comp) or villain else \
            PRAISE if _praising(p, comp) else None
        if verdict is None:
            continue
        subj = R.subject_of(p, t.i)
        named_by = kid(p, t.i, "nsubj")
        if t.dep == "relcl" and named_by is not None and named_by.tag not in ("WDT", "WP"):
            subj = named_by     # ("which Pyongyang calls ...": the clause's own subject)
        sources = r.actors(subj.i) if subj is not None else []
        # (not the owner of what a breach breaks: "calling the treaty a clear breach of U.N.
        # sanctions" accuses the treaty's parties, not the UN)
        # ("described it as a serious and dangerous incident": "it" is an act, whose doer
        # the caller finds told before, not the last state that was a subject)
        act_named = obj.text.lower() in ("it", "this", "that", "them", "these", "those") and \
            comp.pos == "NOUN"
        targets = R.noun_sources(r, obj.i) or (r.actors(obj.i) if not act_named else []) or (
            R.noun_sources(r, comp.i) if comp.lemma.lower() not in R.BREACHES else [])
        act_verb = p.tokens[obj.head] if obj.dep in ("npadvmod", "appos") else None
        first = subtree(p, obj.i)[0]
        if act_verb is not None and first > 1 and p.tokens[first - 1].text == "," and \
                any(d.text.lower() in ("a", "an") for d in kids(p, obj.i, "det")):
            # ("imposed tariffs on Indian goods over purchases of Russian oil, a move India
            # called unfair": the parser hangs the move on the last noun, or on the main
            # verb; it sums up the clause that ends at the comma)
            last = p.tokens[first - 2]
            act_verb = last if last.pos == "VERB" else next(
                (a for a in ancestors(p, last.i) if a.pos == "VERB"), act_verb)
        done_by = None
        if antecedent and obj.dep == "dobj" and obj.head != t.i:
            # "Japan and Australia began joint naval drills on Tuesday, which Beijing calls
            # rehearsals for war": the drills' doers are the subject of their clause
            done_by = obj.head
        elif relative and obj.i == t.head and act_verb is not None and \
                act_verb.pos == "VERB":
            # "Venezuelan fighters flew low over a U.S. destroyer, a maneuver the Pentagon
            # called 'highly provocative'": the maneuver is what the clause's subject did
            done_by = act_verb.i
        if not targets and done_by is not None:
            doer = R.subject_of(p, done_by)
            own = {a.code for a in sources}
            targets = [a for a in (r.actors(doer.i) if doer is not None else [])
                       if a.code and a.code not in own]
        if sources:
            out.append((t.i, sources, targets, obj.i, verdict))
    return out


def _relative_antecedent(p: ParsedText, noun: Token) -> Token:
    """The noun a relative clause tells of: the noun the parser hung it on, unless that is a
    day or a time that ends the clause before ("began their annual exercises on Monday, which
    Pyongyang calls rehearsals for invasion"), when it is that clause's object."""
    if noun.ent < 0 or p.entities[noun.ent].label not in ("DATE", "TIME") or \
            noun.dep != "pobj":
        return noun
    verb = p.tokens[p.tokens[noun.head].head]
    return kid(p, verb.i, "dobj") or noun if verb.pos == "VERB" else noun


def _praising(p: ParsedText, t: Token) -> bool:
    """Whether a naming verb's complement approves: "constructive", "a positive step", "a
    step forward", "a step in the right direction"."""
    ev = evaluation()
    if t.lemma.lower() in ev.praises or t.text.lower() in ev.praises:
        return True
    if t.lemma.lower() not in ev.praise_heads:
        return False
    if any(m.lemma.lower() in ev.praises or m.text.lower() in ev.praises
           for m in kids(p, t.i, "amod", "compound")):
        return True
    # ("a step forward", the adverb hung on the act called one when the parser took the
    # act for the verb of "a step")
    heads = [t] + ([p.tokens[t.head]] if t.dep == "dobj" else [])
    if any(m.text.lower() == "forward" for h in heads for m in kids(p, h.i, "advmod")):
        return True
    return _in_direction(p, t, "right")


def _in_direction(p: ParsedText, t: Token, which: str) -> bool:
    """Whether ``t`` goes "in the right direction" (``which`` "right") or the wrong one."""
    return any(pr.text.lower() == "in" and any(
        o.lemma.lower() == "direction" and any(a.text.lower() == which
                                               for a in kids(p, o.i, "amod"))
        for o in kids(p, pr.i, "pobj")) for pr in kids(p, t.i, "prep"))


def _named_as(p: ParsedText, verb: Token, obj: Token | None) -> Token | None:
    """What "described the announcement as ..." names the object: the noun of its "as"
    phrase, hung on the verb or on the object."""
    for head in [verb] + ([obj] if obj is not None else []):
        for prep in kids(p, head.i, "prep"):
            if prep.text.lower() == "as":
                # ("described the proposal as constructive": the adjective hung on "as";
                # "as extremely worrying", parsed as the preposition's complement)
                named = kid(p, prep.i, "pobj") or kid(p, prep.i, "amod") or \
                    kid(p, prep.i, "acomp") or kid(p, prep.i, "pcomp")
                if named is not None:
                    return named
    return None


def _condemning(p: ParsedText, t: Token) -> bool:
    ev = evaluation()
    if t.lemma.lower() in ev.praise_heads and (_in_direction(p, t, "wrong") or any(
            m.text.lower() in ("backward", "backwards", "back") for m in kids(p, t.i, "advmod"))):
        return True     # "a move in the wrong direction", "a step backward"
    # (a modifier the parser took for a noun counts: "a brazen assault", "brazen" compound)
    words = [t] + [c for c in kids(p, t.i, "amod", "attr", "acomp", "compound")]
    # ("a serious and dangerous incident": the modifiers joined to a modifier)
    words += [p.tokens[j] for c in words[1:] if c.dep in ("amod", "acomp")
              for j in conjuncts(p, c.i)[1:]]
    if t.pos == "ADJ":
        # ("was extremely selfish and irresponsible": the adjectives joined to it)
        words += [p.tokens[j] for j in conjuncts(p, t.i)[1:]]
    # ("an attempt at nuclear intimidation", "a campaign of harassment": what it aims at)
    words += [o for pr in kids(p, t.i, "prep") if pr.text.lower() in ("at", "of")
              for o in kids(p, pr.i, "pobj") if o.lemma.lower() in ev.nouns]
    # ("a rehearsal for invasion", "a prelude to war": the wrong it leads to)
    # (the phrase may hang on the verb that names the object: "which Pyongyang calls
    # [rehearsals] [for invasion]")
    preps = kids(p, t.i, "prep") + [
        pr for pr in kids(p, t.head, "prep") if t.dep == "dobj" and pr.i == t.i + 1]
    if t.lemma.lower() in _LEADING_TO and any(
            o.lemma.lower() in ev.nouns | ev.wrong_nouns | _WARS
            for pr in preps
            if pr.text.lower() in ("for", "to", "toward", "towards")
            for o in kids(p, pr.i, "pobj")
            if not any(c.pos == "VERB" for c in kids(p, o.i))):
        # (not a step toward ending or addressing a wrong: "a constructive step toward
        # addressing rights abuses")
        return True
    # (a gerund is named by its own form: "described the sanctions as bullying", lemma
    # "bully"; an adverb may make the verdict: "politically motivated")
    return any(w.lemma.lower() in ev.adjectives or w.lemma.lower() in ev.nouns or
               w.text.lower() in ev.adjectives or w.text.lower() in ev.nouns or
               _of_phrase(p, w) in ev.nouns or _modified(p, w) in ev.nouns or
               any(f"{a.text.lower()} {w.text.lower()}" in ev.adjectives
                   for a in kids(p, w.i, "advmod")) for w in words)


# what an act is called as a step toward a wrong ("a rehearsal for invasion", "a prelude to
# war", "a pretext for aggression"): frames.yaml
_LEADING_TO = frame_words("leading_to")
# the wars a step may lead to, besides the wrongs of evaluation.yaml: frames.yaml
_WARS = frame_words("wars_led_to")


def _modified(p: ParsedText, t: Token) -> str:
    """"hybrid attack" for the noun "attack" with the modifier right before it, else ""."""
    before = p.tokens[t.i - 1] if t.i > 0 else None
    if before is None or before.head != t.i or before.dep not in ("amod", "compound"):
        return ""
    return f"{before.text.lower()} {t.text.lower()}"


def _of_phrase(p: ParsedText, t: Token) -> str:
    """"act of war" for the noun "act" with its "of" phrase, else ""."""
    for prep in kids(p, t.i, "prep"):
        obj = kid(p, prep.i, "pobj") if prep.text.lower() == "of" else None
        if obj is not None:
            return f"{t.lemma.lower()} of {obj.lemma.lower()}"
    return ""


# verbs by which an act or a party draws a penalty (frames.yaml drawing), and what a party's
# assets "would become" when threatened ("targets")
DRAWING = frame_words("drawing")
MARKED = frozenset({"target", "targets"})


# verbs whose future passive tells a state it will be made to suffer ("Israel would be
# punished")
_PUNISHED = frozenset({"punish", "avenge"})


def faced(p: ParsedText, r: Resolver, start: int, end: int, speech_verbs: frozenset[str]
          ) -> list[tuple[int, int | None, list[Actor], int | None]]:
    """(the verb "face", the speech verb that tells it or None, the states that would face,
    the act that would face when no state is named) for "X said Russia would face tougher
    sanctions if ...", "'Iran will face consequences'", "warned that the provocation would
    meet a firm response", "said U.S. bases would become targets": a speaker who tells a
    state (or its act, or its assets) it will face penalties threatens it."""
    ev = evaluation()
    out = []
    for t in p.tokens[start:end]:
        low = t.lemma.lower()
        told_to = _answer_to(p, r, t)
        if told_to is not None:
            # "its answer to Lithuania's restrictions would not be confined to diplomacy"
            out.append((t.i, telling(p, t, speech_verbs), *told_to))
            continue
        if t.pos not in ("VERB", "AUX") or low not in DRAWING | {"pay", "become", "be"} | _PUNISHED:
            continue
        if low in _PUNISHED and not R.is_passive(p, t.i):
            continue        # "Israel would be punished", "will be held to account" only
        if low == "be":
            # "there would be severe consequences for the attack": the act's doer
            found = _penalty_for(p, r, t)
            if found is not None:
                out.append((t.i, telling(p, t, speech_verbs), *found))
            continue
        obj = kid(p, t.i, "dobj")
        if low == "meet" and obj is None and R.is_passive(p, t.i):
            # "would be met with a military response"
            obj = next((o for pr in kids(p, t.i, "prep") if pr.text.lower() == "with"
                        for o in kids(p, pr.i, "pobj")), None)
        if low == "become":
            obj = kid(p, t.i, "attr") or kid(p, t.i, "acomp")
            if obj is None or obj.lemma.lower() not in MARKED and obj.text.lower() not in MARKED:
                continue
        elif low in DRAWING and low not in _PUNISHED and (
                obj is None or obj.lemma.lower() not in ev.penalties):
            continue
        made = p.tokens[t.head] if t.dep in ("ccomp", "xcomp") and \
            p.tokens[t.head].lemma.lower() == "make" else None
        if t.lemma.lower() == "pay" and not (
                obj is not None and obj.lemma.lower() == "price" or
                any(c.text.lower() == "dearly" for c in kids(p, t.i, "advmod")) or
                made is not None and obj is None or obj is None and any(
                    o.lemma.lower() in ev.paid_for | ev.wrong_nouns
                    for pr in kids(p, t.i, "prep") if pr.text.lower() == "for"
                    for o in kids(p, pr.i, "pobj"))):
            continue                 # "pay a heavy price", "pay dearly", "would make Iran
            #                          pay", "will pay for it", not "pay a bill" or "pay for
            #                          the reconstruction"
        # ("would work with Israel to make Iran face severe consequences": the purpose of a
        # move to come)
        served = p.tokens[made.head] if made is not None and made.dep in ("advcl", "xcomp") \
            and any(a.text.lower() == "to" for a in kids(p, made.i, "aux")) else None
        if not any(c.dep in ("aux", "auxpass") and c.text.lower() in ("will", "would", "'ll",
                                                                      "could", "shall")
                   for c in kids(p, t.i) + (kids(p, made.i) if made is not None else []) +
                   (kids(p, served.i) if served is not None else [])):
            continue                 # "Russia faces sanctions" is news, not a threat
        if made is not None:
            t = made                 # "Israel would make Iran pay a price": the maker threatens
        own = t
        if made is None and t.dep == "conj" and kid(p, t.i, "nsubj") is None and \
                kid(p, t.i, "nsubjpass") is None:
            own = p.tokens[t.head]   # "Iran had made a big mistake and would pay for it"
        subj = (kid(p, own.i, "nsubj") or kid(p, own.i, "nsubjpass")) if made is None else \
            next((c for c in kids(p, t.i, "ccomp", "xcomp", "dobj")
                  for c in [kid(p, c.i, "nsubj") or c] if c.pos in ("PROPN", "NOUN")), None)
        if subj is not None and subj.text.lower() in ("it", "this") and made is None:
            # "if a deliberate attack were proven, it would be met with a united response":
            # the act the condition names
            subj = next((n for c in kids(p, own.i, "advcl")
                         if any(m.text.lower() == "if" for m in kids(p, c.i, "mark"))
                         for n in kids(p, c.i, "nsubj", "nsubjpass") if n.pos == "NOUN"), subj)
        targets = r.actors(subj.i) if subj is not None else []
        act = None
        if not targets and subj is not None and subj.pos == "NOUN" and low != "pay":
            # "the provocation would meet a firm response": the act's doer, named in it
            # ("any deployment of NATO troops") or told before
            targets, act = R.noun_sources(r, subj.i), subj.i
        if not targets and act is None:
            continue
        out.append((t.i, telling(p, t, speech_verbs), targets, act))
    return out


def telling(p: ParsedText, t: Token, speech_verbs: frozenset[str]) -> int | None:
    """The verb of saying or warning a told penalty hangs from, or None."""
    h = t
    for _ in range(3):
        if h.head == h.i or h.dep not in ("ccomp", "conj", "xcomp"):
            break
        h = p.tokens[h.head]
        if h.lemma.lower() == "point" and any(c.text.lower() == "to" for c in kids(p, h.i, "prep")):
            continue    # "said the information pointed to a deliberate act and that any
            #             disruption would draw a response": what points to something says
            #             nothing; the one who says so above it does
        if h.lemma.lower() in speech_verbs or h.lemma.lower() in ("warn", "threaten"):
            return h.i
    return None


# what a party's answer is called when it says how it will strike back ("our answer will be
# far heavier")
_ANSWERS = frame_words("answers_told")


def _answer_if(p: ParsedText, r: Resolver, t: Token) -> tuple[list[Actor], None] | None:
    """"if Israel responds, our answer will be far heavier": the states of the condition's
    subject, whom one's own answer is told to; None when ``t`` is no such "will be"."""
    subj = kid(p, t.i, "nsubj")
    if subj is None or subj.lemma.lower() not in _ANSWERS or \
            kid(p, subj.i, "poss") is None:
        return None
    for c in kids(p, t.i, "advcl"):
        if any(m.text.lower() in ("if", "should") for m in kids(p, c.i, "mark")):
            doer = kid(p, c.i, "nsubj")
            found = [a for a in r.actors(doer.i) if a.code] if doer is not None else []
            if found:
                return found, None
    return None


def _answer_to(p: ParsedText, r: Resolver, t: Token
               ) -> tuple[list[Actor], int | None] | None:
    """(the states, the act) a party's own answer "to" something is told to, when a verb
    with "will" or "would" says what that answer will be ("its answer to Lithuania's
    restrictions would not be confined to diplomacy", "our response to any attack will be
    swift"); None when ``t`` is no such verb."""
    if t.pos not in ("VERB", "AUX") or not _coming(p, t):
        return None
    subj = kid(p, t.i, "nsubj") or kid(p, t.i, "nsubjpass")
    if subj is None or subj.lemma.lower() not in _ANSWERS or kid(p, subj.i, "poss") is None:
        return None
    # ("our answer to Washington", "to Lithuania's restrictions")
    return _meant_for(p, r, subj, ("to", "against"))


def _coming(p: ParsedText, t: Token) -> bool:
    """Whether the verb at ``t`` tells what will be: "will", "would" or "shall" on it."""
    return any(c.text.lower() in ("will", "would", "'ll", "shall") for c in kids(p, t.i, "aux"))


def _meant_for(p: ParsedText, r: Resolver, noun: Token, preps: tuple[str, ...]
               ) -> tuple[list[Actor], int | None] | None:
    """(the states, the act) the first of ``preps`` on ``noun`` names: a state ("for Iran"),
    else the doers of the act it names ("for the attack"); None when none does."""
    for pr in kids(p, noun.i, "prep"):
        if pr.text.lower() not in preps:
            continue
        for o in kids(p, pr.i, "pobj"):
            found = [a for a in r.actors(o.i) if a.code]
            if found:
                return found, None
            if o.pos == "NOUN":
                return R.noun_sources(r, o.i), o.i
    return None


def _penalty_for(p: ParsedText, r: Resolver, t: Token
                 ) -> tuple[list[Actor], int | None] | None:
    """(the states, the act) a penalty is said to be coming for: "there will be
    consequences for the attack", "there would be a response to any aggression"; None when
    ``t`` is no such "there will be"."""
    ev = evaluation()
    if not _coming(p, t):
        return None
    if kid(p, t.i, "expl") is None:
        return _answer_if(p, r, t)
    penalty = kid(p, t.i, "attr")
    if penalty is None or penalty.lemma.lower() not in ev.penalties:
        return None
    return _meant_for(p, r, penalty, ("for", "to"))     # ("consequences for Iran")


ULTIMATUM = Sense("REQUEST", "demand", "verb", ("ultimatum",), frozenset(), frozenset(), (),
                  False, -1)
# what is given as time to act ("gave Hamas until Saturday", "gave the junta one week"): a
# span of time, not a date ("gave Kyiv $2 billion last year to buy arms")
_GIVING_TIME = frame_words("giving_time")
_SPAN = re.compile(r"\b(hours?|days?|weeks?|months?)\b", re.I)
_NOT_SPAN = re.compile(r"\b(last|next|ago|this|earlier|later|past|previous)\b", re.I)


_LEAVING = frame_words("departing")
_ENVOYS = frame_words("envoys")
_MISSION_STAFF = frame_words("mission_staff")


def _counted_span(p: ParsedText, t: Token) -> bool:
    """A span counted in units ("seven days", "48 hours") that the tagger did not name a
    date."""
    return t.ent < 0 and _SPAN.fullmatch(t.text) is not None and \
        any(n.pos == "NUM" for n in kids(p, t.i, "nummod"))


def ultimatums(p: ParsedText, r: Resolver, start: int, end: int
               ) -> list[tuple[int, list[Actor], list[Actor], int | None]]:
    """(the giving verb, who gives, who is given, the verb "face" or None) for
    "ECOWAS gave the soldiers who seized power in Niger one week to free Bazoum or face
    military action", "Israel gave Hamas until Saturday to release the hostages": time given
    to another to act is a demand of it, and what it would "face" otherwise a threat."""
    out = []
    for g in p.tokens[start:end]:
        if g.lemma.lower() not in _GIVING_TIME or g.pos != "VERB":
            continue
        # (the one given the time, not the time: "gave Hamas 48 hours", "48 hours" an object)
        told = kid(p, g.i, "dative") or next(
            (o for o in kids(p, g.i, "dobj") if not _counted_span(p, o) and
             not (o.ent >= 0 and _SPAN.search(p.entities[o.ent].text))), None)
        if told is None:
            continue
        lo, hi = subtree(p, g.i)
        timed = any(t.text.lower() in ("until", "till") or t.ent >= 0 and
                    _SPAN.search(p.entities[t.ent].text) and
                    not _NOT_SPAN.search(p.entities[t.ent].text) or _counted_span(p, t)
                    for t in p.tokens[g.i + 1:hi])
        # the act asked: an infinitive on the verb, or on the clause that describes the one
        # given the time (the parser's reading of "the soldiers who seized power ... to free")
        acts = [c for c in p.tokens[g.i + 1:hi] if c.pos == "VERB" and c.tag == "VB" and
                any(a.text.lower() == "to" for a in kids(p, c.i, "aux")) and
                (c.head in {g.i, told.i} | {x.i for x in kids(p, told.i, "relcl")} or
                 (p.tokens[c.head].ent >= 0 or _counted_span(p, p.tokens[c.head])) and
                 p.tokens[c.head].head == g.i)]
        if not timed or not acts:
            continue
        if all(a.lemma.lower() in _LEAVING for a in acts) and \
                (told.lemma.lower() in _ENVOYS or told.text.lower() in _ENVOYS or
                 told.lemma.lower() in _MISSION_STAFF):
            continue    # "gave Lebanon's ambassador 48 hours to leave": an expulsion (told as
            #             such), no demand the envoy can meet
        # (a second verb shares the first one's subject: "imposed sanctions ... and gave")
        subj = subject_kid(p, g.i) or R.subject_of(p, g.i)
        sources = list(r.actors(subj.i)) if subj is not None else []
        targets = r.actors(told.i)
        if not sources or not targets:
            continue
        # ("to free and reinstate Bazoum or face military action": the last of the acts)
        face = next((p.tokens[c] for c in conjuncts(p, acts[0].i)[1:]
                     if p.tokens[c].lemma.lower() in ("face", "risk") and
                     any(x.text.lower() == "or" for x in kids(p, p.tokens[c].head, "cc"))), None)
        out.append((g.i, sources, targets, face.i if face is not None else None))
    return out


# verbs of force a state may say it will use on another ("said it would crush any attempt at
# independence by Taiwan", "vowed to crush"): frames.yaml force_promised
FORCE_PROMISED = frame_words("force_promised")


def force_told(p: ParsedText, r: Resolver, start: int, end: int,
               speech_verbs: frozenset[str]) -> list[tuple[int, int, list[Actor], list[Actor]]]:
    """(verb of force, speech verb, speakers, whom the force is for) for "Beijing said it
    would crush any attempt at independence by Taiwan": an official or state that says its
    own side will use force on another's people or acts threatens that other. The force must
    be the speaker's own (a subject naming its state, or a pronoun) and told as to come."""
    ev = evaluation()
    out = []
    for v in p.tokens[start:end]:
        if v.lemma.lower() not in FORCE_PROMISED or v.pos != "VERB" or v.dep != "ccomp" or \
                kid(p, v.i, "neg") is not None:
            continue
        gov = p.tokens[v.head]
        if gov.lemma.lower() not in speech_verbs or gov.lemma.lower() in _DIRECTING or \
                not any(a.text.lower() in ("will", "would", "'ll", "shall")
                        for a in kids(p, v.i, "aux")):
            continue
        said_by = R.subject_of(p, gov.i)
        speakers = [a for a in r.actors(said_by.i) if a.code and a.sector in ev.official] \
            if said_by is not None else []
        own = {a.code for a in speakers}
        subj = kid(p, v.i, "nsubj")
        if not speakers or subj is None:
            continue
        doers = {a.code for a in r.actors(subj.i)}
        if not (subj.pos == "PRON" and subj.text.lower() in ("it", "we", "they") and
                (not doers or doers <= own) or doers and doers <= own):
            continue        # ("said Russia would attack Ukraine": a forecast of another)
        obj = kid(p, v.i, "dobj")
        if obj is None:
            continue
        # (the doer a "by" phrase in the object names: "any attempt at secession by Kosovo")
        lo, hi = subtree(p, obj.i)
        found = R.owners(r, obj.i) or R.noun_sources(r, obj.i) or [
            a for pr in p.tokens[lo:hi] if pr.dep == "prep" and pr.text.lower() == "by"
            for o in kids(p, pr.i, "pobj") for a in r.actors(o.i)]
        targets = [a for a in found if a.code and a.code not in own]
        if targets:
            out.append((v.i, gov.i, speakers, targets))
    return out


# what a side says it will hold another's people or things to be ("would treat ships bound for
# Ukrainian ports as military targets", "would be considered legitimate targets"): frames.yaml
# marking_verbs, target_names
MARKING_VERBS = frame_words("marking_verbs")
TARGET_NAMES = frame_words("target_names")


def marked_as_targets(p: ParsedText, r: Resolver, start: int, end: int,
                      speech_verbs: frozenset[str]
                      ) -> list[tuple[int, int, list[Actor], list[Actor]]]:
    """(marking verb, the verb that tells it, who marks, whose people or things are marked)
    for "Russia said it would treat ships sailing to Ukrainian ports as military targets",
    "Iran warned that American bases would be considered legitimate targets": one who says
    its side will hold another's people or things to be targets threatens that other. Told
    as to come (a future or a conditional), not denied; in the active the marker is the
    subject, in the passive whoever says it."""
    ev = evaluation()
    out = []
    for v in p.tokens[start:end]:
        if v.pos != "VERB" or v.lemma.lower() not in MARKING_VERBS or \
                kid(p, v.i, "neg") is not None or \
                not any(a.text.lower() in FUTURE_AUX for a in kids(p, v.i, "aux")):
            continue
        names = kids(p, v.i, "oprd") + [o for pr in kids(p, v.i, "prep") if pr.text.lower() == "as"
                                        for o in kids(p, pr.i, "pobj")]
        marked = kid(p, v.i, "dobj") or kid(p, v.i, "nsubjpass")
        if marked is None:      # ("consider all American ships as targets": the "as" on the
            continue            # object)
        names += [o for pr in kids(p, marked.i, "prep") if pr.text.lower() == "as"
                  for o in kids(p, pr.i, "pobj")]
        if not any(n.lemma.lower() in TARGET_NAMES for n in names):
            continue
        passive = marked.dep == "nsubjpass"
        gov = p.tokens[v.head] if v.dep == "ccomp" else None
        if passive and (gov is None or gov.lemma.lower() not in speech_verbs):
            continue
        by = R.subject_of(p, gov.i if passive else v.i)
        markers = [a for a in (r.actors(by.i) if by is not None else []) if a.code]
        if not passive and by is not None and by.pos == "PRON" and gov is not None and \
                gov.lemma.lower() in speech_verbs:
            said_by = R.subject_of(p, gov.i)      # "Russia said it would treat ..."
            markers = [a for a in (r.actors(said_by.i) if said_by is not None else [])
                       if a.code] or markers
        # (an armed group's threat is its own: "the Houthis said they would consider")
        markers = [a for a in markers if a.sector in ev.official or a.sector == "REB"]
        if not markers:
            continue
        own = {a.code for a in markers}
        # whose they are, else whose the nouns that describe them are ("ships sailing to
        # Ukrainian ports")
        lo, hi = subtree(p, marked.i)
        found = R.owners(r, marked.i) or next(
            (found for t in p.tokens[lo:hi] if t.i != marked.i and t.pos in ("PROPN", "NOUN")
             for found in [[a for a in R.owners(r, t.i) if a.code and a.code not in own]]
             if found), [])
        targets = [a for a in found if a.code and a.code not in own]
        if targets:
            out.append((v.i, gov.i if gov is not None else v.i, markers, targets))
    return out


# An answer a state says will be forceful ("Tehran's response would be harsh"), and the words
# that make it so
_ANSWERS_TO_COME = frame_words("answers_to_come")
_FORCEFUL = frame_words("forceful_words")


def forceful_answer_told(p: ParsedText, r: Resolver, start: int, end: int,
                         speech_verbs: frozenset[str]) -> list[tuple[int, int, list[Actor]]]:
    """(the answer's word, speech verb, speakers) for "Iran's ambassador said Tehran's response
    would be harsh": an official who says its own side's answer will be forceful threatens
    whoever it answers (the caller finds them). The answer is the speaker's own state's (a
    possessive naming it, or "our", "its") and told as to come ("will", "would")."""
    ev = evaluation()
    out = []
    for be in p.tokens[start:end]:
        if be.lemma.lower() not in ("be", "come", "follow") or be.dep != "ccomp" or \
                not any(a.text.lower() in ("will", "would", "'ll", "shall")
                        for a in kids(p, be.i, "aux")):
            continue
        # ('a "tough reaction" would "not be long in coming"': soon, not never)
        soon = be.lemma.lower() == "be" and any(
            c.lemma.lower() == "long" for c in kids(p, be.i, "acomp", "advmod")) and any(
            pr.text.lower() == "in" for h in [be] + kids(p, be.i, "acomp")
            for pr in kids(p, h.i, "prep"))
        if kid(p, be.i, "neg") is not None and not soon:
            continue
        answer = kid(p, be.i, "nsubj")
        said = p.tokens[be.head]
        if answer is None or answer.lemma.lower() not in _ANSWERS_TO_COME or \
                said.lemma.lower() not in speech_verbs or said.lemma.lower() in _DIRECTING:
            continue
        # forceful as said of it ("would be harsh") or as named ("a tough reaction would
        # follow", "would not be long in coming")
        if not any(c.lemma.lower() in _FORCEFUL
                   for c in kids(p, be.i, "acomp") + [g for a in kids(p, be.i, "attr")
                                                      for g in [a] + kids(p, a.i, "amod")]) and \
                not ((soon or be.lemma.lower() != "be") and
                     any(c.lemma.lower() in _FORCEFUL for c in kids(p, answer.i, "amod"))):
            continue
        said_by = R.subject_of(p, said.i)
        speakers = [a for a in r.actors(said_by.i) if a.code and a.sector in ev.official] \
            if said_by is not None else []
        # whose: its possessive, or its "from" phrase ("a tough reaction from the Russian
        # armed forces")
        owner = kid(p, answer.i, "poss") or next(
            (o for pr in kids(p, answer.i, "prep") if pr.text.lower() == "from"
             for o in kids(p, pr.i, "pobj")), None)
        if not speakers or owner is None:
            continue
        owners = {a.code for a in r.actors(owner.i) if a.code}
        if owner.text.lower() in ("our", "its", "their") or \
                owners and owners <= {a.code for a in speakers}:
            out.append((answer.i, said.i, speakers))
    return out


# What an act to come is called to say it will be met with war ("any intervention would be a
# declaration of war", "would be considered an act of war", "would mean war")
WAR_NAMES = frame_words("war_names")
MISTAKES = frame_words("mistakes")
# the warning a prospective mistake makes
WARNING = Sense("THREATEN", None, "noun", ("mistake",), frozenset(), frozenset(), (), False,
                -1)


def warned_mistake(p: ParsedText, t: Token) -> bool:
    """Whether the condemning word ``t`` calls an act still to come a mistake: "sending arms
    to Kyiv would be a grave mistake by Seoul", "it will be a big mistake" (a warning), not
    "the decision was a mistake" (a charge)."""
    if t.dep == "amod" and t.lemma.lower() not in MISTAKES:
        t = p.tokens[t.head]        # ("a grave mistake": the word that condemns, "grave")
    if t.lemma.lower() not in MISTAKES or t.dep not in ("attr", "acomp"):
        return False
    be = p.tokens[t.head]
    return be.lemma.lower() == "be" and kid(p, be.i, "neg") is None and any(
        a.text.lower() in ("will", "would", "'ll") for a in kids(p, be.i, "aux"))


def war_named(p: ParsedText, r: Resolver, start: int, end: int, speech_verbs: frozenset[str]
              ) -> list[tuple[int, int, list[Actor], list[Actor] | None, list[Actor]]]:
    """(the clause's verb, the speech verb, speakers, the act's doers or None, whom it would
    be against) for "Russia said
    any deployment of NATO troops in Ukraine would be considered an act of war": one who says
    any such act by another would be war warns whoever would do it (None when the act names
    no doer: the caller finds it in the story)."""
    ev = evaluation()
    out = []
    for v in p.tokens[start:end]:
        if v.dep != "ccomp" or v.pos not in ("VERB", "AUX") or kid(p, v.i, "neg") is not None:
            continue
        gov = p.tokens[v.head]
        if gov.lemma.lower() not in speech_verbs or \
                not any(a.text.lower() in ("will", "would") for a in kids(p, v.i, "aux")):
            continue
        act = kid(p, v.i, "nsubj") or kid(p, v.i, "nsubjpass")
        if act is None or act.pos != "NOUN" or not any(
                d.text.lower() in ("any", "such", "a", "an") for d in kids(p, act.i, "det")):
            continue
        names = kids(p, v.i, "attr", "oprd", "dobj") + [
            o for c in kids(p, v.i, "xcomp", "oprd") for o in kids(p, c.i, "attr", "oprd")] + [
            o for c in kids(p, v.i, "acomp") for pr in kids(p, c.i, "prep")
            if pr.text.lower() == "to" for o in kids(p, pr.i, "pobj")] + [  # ("tantamount to")
            o for pr in kids(p, v.i, "prep") if v.lemma.lower() == "amount" and
            pr.text.lower() == "to" for o in kids(p, pr.i, "pobj")]     # ("would amount to")
        def warlike(n: Token) -> bool:
            said = {n.lemma.lower()} | {f"{m.text.lower()} {n.lemma.lower()}"
                                        for m in kids(p, n.i, "amod", "compound")}
            return bool(said & WAR_NAMES) or any(
                o.lemma.lower() in WAR_NAMES for pr in kids(p, n.i, "prep")
                if pr.text.lower() == "of" for o in kids(p, pr.i, "pobj"))
        if not any(warlike(n) for n in names):
            continue
        said_by = R.subject_of(p, gov.i)
        speakers = [a for a in r.actors(said_by.i) if a.code and a.sector in ev.official] \
            if said_by is not None else []
        if not speakers:
            continue
        own = {a.code for a in speakers}
        lo, hi = subtree(p, act.i)
        doers = R.noun_sources(r, act.i) or [
            a for t in p.tokens[lo:hi] if t.dep == "prep" and t.text.lower() in ("by", "of")
            for o in kids(p, t.i, "pobj") for a in R.owners(r, o.i)]
        doers = [a for a in doers if a.code and a.code not in own]
        # (the side the act would be "against": "any military intervention against Niger")
        struck = [a for pr in kids(p, act.i, "prep") if pr.text.lower() == "against"
                  for o in kids(p, pr.i, "pobj") for a in R.owners(r, o.i) if a.code]
        out.append((v.i, gov.i, speakers, doers or None, struck))
    return out


# What a party says it "would take" on a condition ("would take all measures necessary if
# the demands were not met", "without immediate changes ... would take the measures needed"):
# its own force held over another, a threat (frames.yaml measures_taken)
MEASURES_TAKEN = frame_words("measures_taken")
FUTURE_AUX = frozenset({"will", "would", "'ll", "could", "shall"})


def conditioned_measures(p: ParsedText, r: Resolver, start: int, end: int
                         ) -> list[tuple[int, list[Actor], list[Actor]]]:
    """(the verb "take", who takes the measures, who must meet the condition) for "the bloc
    would take all measures necessary if the demands were not met", "the United States would
    take the measures needed without immediate changes": one who says it will take measures
    unless another acts threatens it. The one the measures are "against", and the condition's
    own subject when it names another party, are threatened; else none is named here."""
    out = []
    for t in p.tokens[start:end]:
        if t.lemma.lower() != "take" or t.pos != "VERB":
            continue
        obj = kid(p, t.i, "dobj")
        if obj is None or obj.lemma.lower() not in MEASURES_TAKEN:
            continue
        clause = t
        if not any(c.dep == "aux" and c.text.lower() in FUTURE_AUX for c in kids(p, t.i)):
            head = p.tokens[t.head]     # "would be ready to take measures", "vowed to take"
            if t.dep != "xcomp" or not any(c.dep == "aux" and c.text.lower() in FUTURE_AUX
                                           for c in kids(p, head.i)):
                continue
            clause = head
        # (the condition may hang on a clause that describes the measures: "would take all
        # measures necessary, which could include the use of force, if its demands were not
        # met")
        describing = kids(p, obj.i, "relcl") + [x for x in kids(p, t.i, "advcl")
                                                if kid(p, x.i, "nsubj") is not None and
                                                kid(p, x.i, "nsubj").text.lower() == "which"]
        conditions = [c for c in kids(p, clause.i, "advcl") + kids(p, t.i, "advcl") +
                      [a for x in describing for a in kids(p, x.i, "advcl")]
                      if {m.text.lower() for m in kids(p, c.i, "mark")} & {"if", "unless"}]
        without = [c for c in kids(p, clause.i, "prep") + kids(p, t.i, "prep")
                   if c.text.lower() == "without"]
        # ("that, absent immediate changes, the United States would take the measures
        # necessary": "absent" is "without", wherever the parser hangs it before the verb)
        without += [x for x in p.tokens[subtree(p, clause.i)[0]:clause.i]
                    if x.text.lower() == "absent" and x.i + 1 < clause.i and
                    p.tokens[x.i + 1].pos in ("NOUN", "ADJ")]
        if not conditions and not without:
            continue
        subj = R.subject_of(p, clause.i)
        takers = r.actors(subj.i) if subj is not None else []
        if not takers:
            continue
        own = {a.code for a in takers}
        bound = [a for prep in kids(p, obj.i, "prep") + kids(p, t.i, "prep")
                 if prep.text.lower() in ("against", "on")
                 for o in kids(p, prep.i, "pobj") for a in r.actors(o.i)
                 if a.code and a.code not in own]      # "measures against Chinese vessels"
        for c in conditions:
            who = R.subject_of(p, c.i)
            bound += [a for a in (r.actors(who.i) if who is not None else [])
                      if a.code and a.code not in own]
        out.append((t.i, takers, bound))
    return out


CRIME_VERBS = frame_words("crime_verbs")


def _blamed(p: ParsedText, t: Token) -> bool:
    """"Kyiv was responsible for the attack", "Russia was behind the sabotage", "Israel is
    to blame": a clause that lays an act at its subject's door."""
    if t.lemma.lower() != "be":
        return False
    for c in kids(p, t.i, "acomp"):
        if c.lemma.lower() in ("responsible", "guilty", "culpable", "complicit"):
            return True
    for c in kids(p, t.i, "prep"):
        if c.text.lower() == "behind" and kids(p, c.i, "pobj"):
            return True
    return any(c.lemma.lower() == "blame" and c.dep == "xcomp" for c in kids(p, t.i))


_CAVEAT_VERBS = frame_words("caveat_verbs")
_CAVEAT_TIES = frame_words("caveat_ties")
_UNNEEDED = frame_words("unneeded")
CAVEAT = Sense("ACCUSE", "disapprove", "verb", ("caveat",), frozenset(), frozenset(), (), False,
               -1)


def tie_caveats(p: ParsedText, start: int, end: int, speech_verbs: frozenset[str]
                ) -> list[tuple[int, int | None]]:
    """(verb, the speech verb that tells it or None) for "security exchanges between
    countries should not target any third party", "such ties should not harm regional
    stability", "the region does not need military blocs": what others' ties are told they
    should not do, or are not needed for, is a disapproval of the ties told."""
    out = []
    for t in p.tokens[start:end]:
        if t.pos not in ("VERB", "AUX") or not kids(p, t.i, "neg"):
            continue
        low = t.lemma.lower()
        subj = kid(p, t.i, "nsubj")
        if low in _CAVEAT_VERBS and subj is not None and subj.lemma.lower() in _CAVEAT_TIES \
                and any(a.text.lower() in ("should", "must") for a in kids(p, t.i, "aux")):
            out.append((t.i, telling(p, t, speech_verbs)))
        elif low == "need" and any(o.lemma.lower() in _UNNEEDED or o.text.lower() in _UNNEEDED
                                   for o in kids(p, t.i, "dobj")):
            out.append((t.i, telling(p, t, speech_verbs)))
    return out


def told_crimes(p: ParsedText, r: Resolver, start: int, end: int,
                speech_verbs: frozenset[str]) -> list[tuple[int, list[Actor], list[Actor]]]:
    """(verb, sources, targets) for "the United Nations says both sides have committed grave
    abuses": a speaker who says a state committed a crime (a condemning noun of
    data/evaluation.yaml), or was responsible for or behind an act, accuses it."""
    ev = evaluation()
    out = []
    for t in p.tokens[start:end]:
        if t.dep != "ccomp":
            continue
        if not _blamed(p, t):
            if t.pos != "VERB" or t.lemma.lower() not in CRIME_VERBS:
                continue
            obj = kid(p, t.i, "dobj")
            if obj is None or not (obj.lemma.lower() in ev.nouns or
                                   obj.text.lower() in ev.nouns):
                continue
        said = p.tokens[t.head]
        if said.lemma.lower() not in speech_verbs:
            continue
        if kids(p, t.i, "neg") or any(kids(p, c.i, "neg") for c in kids(p, t.i, "acomp",
                                                                        "xcomp")):
            continue    # "said Ukraine was not to blame", "was not responsible": cleared
        speaker, subj = R.subject_of(p, said.i), kid(p, t.i, "nsubj")
        sources = r.actors(speaker.i) if speaker is not None else []
        targets = r.actors(subj.i) if subj is not None else []
        if sources and targets:
            out.append((t.i, sources, targets))
    return out


# nouns for a charge whose content clause says who did wrong ("the claim that ...")
CLAIMS = frozenset({"claim", "charge", "allegation", "accusation", "assertion", "contention"})


def allegations(p: ParsedText, r: Resolver, start: int, end: int,
                speech_verbs: frozenset[str]) -> list[tuple[int, int, list[Actor], list[Actor]]]:
    """(speech verb, wrongdoing, speakers, accused) for "Pakistan's military said Indian
    missiles had struck six locations": an official, state or body that says another state
    did wrong accuses it. The wrong is a verb of wrongdoing in the reported clause or in the
    verbs it governs ("uses laws to suppress freedoms"), or a noun of wrongdoing as their
    object ("was hunting for a pretext", "offered to pay for the murder of"). The speaker must
    be a state or body acting as such (not an analyst or a witness), and the wrongdoer the
    clause's subject, another state."""
    ev = evaluation()
    out = []
    for clause in p.tokens[start:end]:
        if clause.dep not in ("ccomp", "acl") or clause.pos not in ("VERB", "AUX"):
            continue
        gov = p.tokens[clause.head]
        if gov.pos == "NOUN" and gov.lemma.lower() in CLAIMS and gov.dep == "dobj" and \
                kid(p, clause.i, "mark") is not None:
            # "reiterated the claim that the attack was orchestrated by ...": whoever makes
            # the claim says what it says
            said_by = R.subject_of(p, gov.head)
        elif clause.dep != "ccomp" or gov.pos != "VERB" or \
                gov.lemma.lower() not in speech_verbs or gov.lemma.lower() in _DIRECTING:
            continue            # "demanding that the Houthis halt the attacks" tells no act
        elif kid(p, gov.i, "neg") is not None or any(
                m.text.lower() in ("whether", "if") for m in kids(p, clause.i, "mark")):
            continue            # "Tokyo did not say whether the aircraft had violated its
            #                     airspace": no one said it did
        else:
            said_by = R.subject_of(p, gov.i)
        if said_by is None:
            continue
        speakers = [a for a in r.actors(said_by.i) if a.code and a.sector in ev.official]
        own = {x.code for x in speakers}
        if not speakers:
            continue
        wrong = _wrong_in(p, clause.i, ev)
        if wrong is None and _helps_armed_group(p, r, clause):
            wrong = clause.i    # "said Iran was helping Houthi rebels target ships"
        if wrong is None and gov.lemma.lower() in _ALARMING and \
                clause.lemma.lower() not in _STATES_OF_BEING and \
                describes_a_state_of_things(p, gov):
            # "warned that China was helping Russia rebuild its army": a warning that tells
            # what another is doing, no forecast in it, charges it (not "warned that Iran was
            # close to a bomb", a state of things)
            wrong = clause.i
        told = kid(p, clause.i, "nsubjpass")
        if wrong is None and told is not None and kid(p, clause.i, "agent") is not None and \
                {told.lemma.lower(), told.text.lower()} & ev.wrong_nouns:
            # "said the attack on its embassy was carried out by Polish agents": a wrong
            # named as the subject of a passive whose agent did it
            wrong = clause.i
        if wrong is None:
            # "said the vote was a sham orchestrated by Washington": a wrong whose doer a
            # passive of being behind it names
            lo, hi = subtree(p, clause.i)
            wrong = next((t.i for t in p.tokens[lo:hi] if t.dep == "acl" and t.tag == "VBN"
                          and t.lemma.lower() in _ORCHESTRATING and
                          kid(p, t.i, "agent") is not None), None)
        did = R.subject_of(p, clause.i) if wrong is not None else None
        acted = kid(p, clause.i, "nsubjpass")
        if did is None and wrong == clause.i and kid(p, clause.i, "agent") is None and \
                acted is not None and acted.lemma.lower() in GENERIC_ACTS:
            # "said the French move had been taken in total disregard of international law":
            # an act told in the passive, done wrongfully, is its owner's wrong (not a thing
            # acted on: "said its airspace had been violated")
            did = acted
        if did is None and wrong is not None and clause.lemma.lower() in _PARTAKING:
            # "said agents of the Indian government were involved in killings": the one
            # said to have a part in the wrong did it
            did = kid(p, clause.i, "nsubjpass")
        if did is not None and did.lemma.lower() in _EVIDENCE and \
                clause.lemma.lower() in ("point", "lead"):
            # "said early indications pointed to Russian air defenses having brought the plane
            # down": the one the evidence points to did it
            did = next((o for prep in kids(p, clause.i, "prep") if prep.text.lower() == "to"
                        for o in kids(p, prep.i, "pobj")), did)
        agent = kid(p, wrong, "agent") if wrong is not None else None
        if agent is not None and kid(p, agent.i, "pobj") is not None:
            # "said the attack was orchestrated by militants based in Afghanistan": the doer
            # of a wrong told in the passive is its agent
            did = kid(p, agent.i, "pobj")
        if did is not None and _denied_doing(p, clause, wrong, did):
            continue    # "said Iran had not carried out the killings", "no Iranian agents"
        accused = [a for a in R.owners(r, did.i) if a.code and a.code not in own and
                   a.code in actor_codes()] \
            if did is not None and did.i != said_by.i else []
        if not accused:
            # "said the no-show was evidence of the bloc's bad faith", "a sign of Moscow's
            # desperation": a wrong the clause gives a state or body as its own
            found_wrong, accused = _owned_wrong(p, r, clause.i, ev, own)
            if accused or did is None or did.pos != "NOUN" or did.i == said_by.i or \
                    kids(p, did.i, "poss") or not any(
                        d.text.lower() in ("the", "this", "that") for d in kids(p, did.i, "det")):
                wrong = found_wrong
            else:
                # "Israeli forces seized the buffer zone ... Saudi Arabia said the seizure of
                # the buffer zone violated international law": an act named again, whose
                # doer the caller finds among the acts told before (no one here)
                out.append((gov.i, wrong, speakers, []))
                continue
        if accused:
            out.append((gov.i, wrong, speakers, accused))
    return out


def _denied_doing(p: ParsedText, clause: Token, wrong: int | None, did: Token) -> bool:
    """Whether a reported clause says the wrong was not done: a negated verb on the way from
    the clause to the wrong ("had not carried out the killings"), or a doer named as none
    ("no Iranian agents were involved")."""
    if did.text.lower() in ("none", "nobody", "neither") or any(
            d.text.lower() in ("no", "neither") for d in kids(p, did.i, "det", "preconj")):
        return True
    path = [clause] + ([p.tokens[wrong]] + [a for a in ancestors(p, wrong)
                                            if clause.i != a.i and
                                            subtree(p, clause.i)[0] <= a.i <
                                            subtree(p, clause.i)[1]]
                       if wrong is not None else [])
    return any(c.dep == "neg" for v in path for c in kids(p, v.i))


def denied_wrongs(p: ParsedText, r: Resolver, start: int, end: int,
                  speech_verbs: frozenset[str]
                  ) -> list[tuple[int, int, list[Actor], bool]]:
    """(speech verb, reported verb, speakers, own_doer) for "Iran's foreign minister said no Pakistani citizens
    had been targeted", "Guyana insisted that it poses no threat to anyone": an official, state
    or body that says it did no wrong denies a charge. The reported clause is negated ("not",
    or "no" on its subject or object) and tells a wrong (a verb of wrongdoing, or a threat or
    other wrong as its object) done by the speaker's own state or by no one named (a
    passive); ``own_doer`` says whether the clause names the speaker's state as the doer."""
    ev = evaluation()
    out = []
    for clause in p.tokens[start:end]:
        if clause.dep != "ccomp" or clause.pos not in ("VERB", "AUX"):
            continue
        gov = p.tokens[clause.head]
        if gov.pos != "VERB" or gov.lemma.lower() not in speech_verbs | _INSISTING:
            continue
        if gov.lemma.lower() in _DIRECTING and clause.tag not in ("VBZ", "VBD") and not any(
                a.tag in ("VBZ", "VBD") for a in kids(p, clause.i, "aux", "auxpass")):
            continue        # "insisted that Guyana withdraw": a demand, not an assertion
        said_by = R.subject_of(p, gov.i)
        speakers = [a for a in (r.actors(said_by.i) if said_by is not None else [])
                    if a.code and a.sector in ev.official]
        if not speakers:
            continue
        own = {a.code for a in speakers}
        args = [c for c in kids(p, clause.i) if c.dep in ("nsubj", "nsubjpass", "dobj", "attr")]
        # ("said it had done nothing wrong": nothing done that was wrong)
        nothing_wrong = clause.lemma.lower() in ("do", "commit") and any(
            a.dep == "dobj" and a.text.lower() in ("nothing", "no") and any(
                m.text.lower() in ("wrong", "illegal", "improper", "unlawful")
                for m in kids(p, a.i, "amod", "advmod")) for a in args)
        negated = nothing_wrong or kid(p, clause.i, "neg") is not None or any(
            d.text.lower() == "no" for a in args for d in kids(p, a.i, "det"))
        if not negated:
            continue
        wrongs = [a for a in args if a.dep in ("dobj", "attr") and
                  a.lemma.lower() in ev.wrong_nouns | ev.villains]
        # ("said it had no involvement in the strike", "had played no role in the attack",
        # "was not involved in the killing": no part taken in a wrong; "would not take part in
        # any counter-strike" is a refusal to come, no denial)
        no_part = not any(a.tag == "MD" for a in kids(p, clause.i, "aux")) and (
            _part_in_wrong(p, clause, ev) or any(
            a.dep in ("dobj", "attr") and a.lemma.lower() in _PARTS and
            (_part_in_wrong(p, a, ev) or _part_in_wrong(p, clause, ev, any_verb=True))
            for a in args))
        wrong = nothing_wrong or no_part or wrongs or clause.lemma.lower() in ev.wrongdoing and \
            clause.lemma.lower() not in _LIGHT_WRONGS
        if not wrong:
            continue        # ("does not commit India to joining": no crime committed)
        doer = kid(p, clause.i, "nsubj") or (kid(p, clause.i, "nsubjpass") if no_part else None)
        doers = {a.code for a in r.actors(doer.i)} if doer is not None else set()
        if doer is not None and not (doers and doers <= own):
            continue        # "said Kyiv had not shelled the plant": another's act
        out.append((gov.i, clause.i, speakers, doer is not None))
    return out


def _part_in_wrong(p: ParsedText, t: Token, ev: Evaluation, any_verb: bool = False) -> bool:
    """Whether ``t`` is a part taken in a wrong: "involvement in the strike", "a role in the
    attack", "(was) involved in the killing"; ``any_verb`` for the verb of a part, which the
    parser may give the "in" ("played no role in the attack")."""
    if t.pos == "VERB" and not any_verb and t.lemma.lower() not in _INVOLVING:
        return False
    return any(prep.text.lower() in ("in", "with") and wrong_named(p, o, ev)
               for prep in kids(p, t.i, "prep") for o in kids(p, prep.i, "pobj"))


# a part taken in something ("no involvement in", "no role in") and the verbs of taking one
_PARTS = frame_words("parts_taken")
_INVOLVING = frozenset({"involve", "implicate"})


_HELPING_ARMED = frame_words("helping_armed")
_ARMED_GROUPS = frozenset({"REB", "IMG"})


# words that make a warning's clause a forecast or a condition ("warned that those who pursued
# independence were doomed to fail", "that Tehran was ready to strike")
_FORECASTS = frame_words("forecast_words")


# verbs of alarm whose finite clause on another's doings charges them, and the verbs that tell
# only how things stand
_ALARMING = frame_words("alarming_verbs")
_STATES_OF_BEING = frame_words("states_of_being")


def describes_a_state_of_things(p: ParsedText, tok: Token) -> bool:
    """Whether a warning's only content is a finite clause in the present or past with no
    forecast in it ("warned that Iran was close to ...", "warned that the region is on the
    brink"): no one is told what will befall them."""
    if kid(p, tok.i, "dobj") is not None or any(
            pr.text.lower() in ("of", "against") for pr in kids(p, tok.i, "prep")):
        return False
    clauses = kids(p, tok.i, "ccomp")
    if len(clauses) != 1:
        return False
    c = clauses[0]
    if c.tag not in ("VBD", "VBZ", "VBP") and not any(
            a.tag in ("VBD", "VBZ", "VBP") for a in kids(p, c.i, "aux", "auxpass")):
        return False    # (finite through its auxiliary too: "warned that Beijing's support
        #                 was fueling the war", "that it has been arming Russia")
    m = load_modality()
    lo, hi = subtree(p, c.i)
    # (a forecast anywhere in it, "warned that Iran would face" or "... that Tehran was ready
    # to strike", or a condition, keeps it a warning)
    return not any(t.text.lower() in m.planned_aux | m.hypothetical_aux | _FORECASTS
                   for t in p.tokens[lo:hi])


def _helps_armed_group(p: ParsedText, r: Resolver, clause: Token) -> bool:
    """Whether the reported clause's verb is one of help whose object, dative, or "to" or
    "with" phrase is an armed group of no state ("supplied the Houthis with missiles",
    "was helping Houthi rebels")."""
    if clause.lemma.lower() not in _HELPING_ARMED or kid(p, clause.i, "neg") is not None:
        return False
    # (and the one helped to act, the subject of its clause: "helping Houthi rebels target
    # ships")
    helped = kids(p, clause.i, "dobj", "dative") + [
        o for pr in kids(p, clause.i, "prep") if pr.text.lower() in ("to", "with")
        for o in kids(p, pr.i, "pobj")] + [
        sj for c in kids(p, clause.i, "ccomp", "xcomp") for sj in kids(p, c.i, "nsubj")]
    return any(a.sector in _ARMED_GROUPS or a.code == "IMG"
               for h in helped for a in r.actors(h.i))


_INSISTING = frame_words("insisting")
# wrongdoing verbs that are wrongs only with a wrong as their object ("commit crimes")
_LIGHT_WRONGS = frame_words("light_wrongs")


def _owned_wrong(p: ParsedText, r: Resolver, clause: int, ev: Evaluation, own: set
                 ) -> tuple[int, list[Actor]]:
    """A noun of wrongdoing in the reported clause whose possessor is another state or an
    international body, and that possessor."""
    lo, hi = subtree(p, clause)
    for t in p.tokens[lo:hi]:
        if t.pos != "NOUN":
            continue
        words = {t.lemma.lower(), t.text.lower()} | {f"{a.text.lower()} {t.text.lower()}"
                                                     for a in kids(p, t.i, "amod")}
        if not words & (ev.wrong_nouns | ev.blame_nouns):
            continue
        for poss in kids(p, t.i, "poss"):
            found = [a for a in r.actors(poss.i) if a.code and a.code not in own and
                     a.code in actor_codes()]
            if found:
                return t.i, found
    return clause, []


# verbs a reported clause's wrong may sit below ("offered to pay for", "uses laws to
# suppress", "had surrounded and boarded"), when they share the clause's subject
_CHAIN = frozenset({"xcomp", "advcl", "conj"})
_DIRECTING = frame_words("asking") | frozenset({"urge", "call", "insist", "want", "hope"})
_ENDING = frame_words("endings")
_TESTED = frame_words("tested_arms")
_COUNTS = frame_words("counts")


def _test_fired(p: ParsedText, v: Token) -> bool:
    """"fired two ballistic missiles into the sea": a launch at nothing is a test, no wrong
    done to the one who reports it (fired "at", "on" or "against" someone is)."""
    # ("fired a barrage of 18 short-range ballistic missiles into the sea": what a number of
    # them counts)
    fired = [g for o in kids(p, v.i, "dobj") for g in [o] + [
        x for pr in kids(p, o.i, "prep") if pr.text.lower() == "of" and
        o.lemma.lower() in _COUNTS for x in kids(p, pr.i, "pobj")]]
    return v.lemma.lower() in ("fire", "launch", "test-fire") and any(
        o.lemma.lower() in _TESTED or o.text.lower() in _TESTED for o in fired) and not any(
        pr.text.lower() in ("at", "on", "against") and not any(
            o.ent >= 0 and p.entities[o.ent].label in ("DATE", "TIME")
            for o in kids(p, pr.i, "pobj"))       # ("on Thursday" is when)
        for pr in kids(p, v.i, "prep"))


_ORCHESTRATING = frame_words("orchestrating")
# arms or force used against someone ("used missiles against Ukraine", "used force against
# protesters")
_USED_ARMS = frame_words("used_arms")
_AIRCRAFT = frame_words("aircraft")
_EVIDENCE = frame_words("evidence_nouns")
# passives of having a part in a wrong ("were involved in", "was implicated in"): frames.yaml
_PARTAKING = frame_words("partaking")
test_fired = _test_fired     # (for the event rules: a launch at nothing is a test)


_CONDUCT_RECORDS = frame_words("conduct_records")


def _done_wrongfully(p: ParsedText, v: Token, ev: Evaluation) -> bool:
    """Whether verb ``v`` is done in a manner that makes it a wrong: an adverb ("entered
    the area illegally", "was deliberately pushing migrants") or a leave not given ("without
    permission")."""
    if any(a.lemma.lower() in ev.wrongful_manner or a.text.lower() in ev.wrongful_manner
           for a in kids(p, v.i, "advmod")):
        return True
    if any(o.lemma.lower() in _DEFIANCE and any(
            pr.text.lower() == "of" for pr in kids(p, o.i, "prep"))
           for prep in kids(p, v.i, "prep") if prep.text.lower() == "in"
           for o in kids(p, prep.i, "pobj")):
        return True     # "had been taken in total disregard of international law"
    return any(o.lemma.lower() in ev.leave_not_given
               for prep in kids(p, v.i, "prep") if prep.text.lower() == "without"
               for o in kids(p, prep.i, "pobj"))


# what an act is done "in ... of" that makes it a wrong ("in violation of the treaty")
_DEFIANCE = frame_words("defiance")


def _wrong_in(p: ParsedText, clause: int, ev: Evaluation) -> int | None:
    """The first wrongdoing verb, or noun of wrongdoing as a verb's object, in ``clause``
    and the verbs below it that share its subject."""
    todo = [clause]
    while todo:
        v = p.tokens[todo.pop(0)]
        if v.pos == "VERB" and v.lemma.lower() in ev.wrongdoing and not _test_fired(p, v):
            return v.i
        if v.lemma.lower() in ("break", "betray", "renege", "flout", "ignore") and any(
                o.lemma.lower() in ev.duties for o in kids(p, v.i, "dobj")):
            return v.i      # "Azerbaijan had broken its repeated assurances"
        used = [o for o in kids(p, v.i, "dobj") if o.lemma.lower() in _USED_ARMS]
        if v.lemma.lower() in ("use", "employ", "deploy") and used and any(
                pr.text.lower() == "against" for h in [v] + used for pr in kids(p, h.i, "prep")):
            return v.i      # "said Russia had used North Korean missiles against Ukraine"
        if v.lemma.lower() == "bring" and kid(p, v.i, "prt") is not None and \
                kid(p, v.i, "prt").text.lower() == "down" and \
                any(o.lemma.lower() in _AIRCRAFT for o in kids(p, v.i, "dobj")):
            return v.i      # "said Russian air defenses had brought the plane down"
        if v.lemma.lower() in ("treat", "handle") and any(
                a.lemma.lower() in ev.harshly for a in kids(p, v.i, "advmod")):
            return v.i      # "said Brazil was treating the former president terribly"
        if v.pos == "VERB" and _done_wrongfully(p, v, ev):
            return v.i      # "said Philippine vessels had entered the area illegally"
        if v.lemma.lower() == "fall" and any(a.text.lower() == "short"
                                              for a in kids(p, v.i, "advmod", "acomp", "prt")):
            return v.i      # "said Zimbabwe's vote fell short of democratic standards"
        if v.lemma.lower() in ("bear", "carry", "share") and any(
                o.lemma.lower() in ("responsibility", "blame") for o in kids(p, v.i, "dobj")):
            return v.i      # "said Morocco's rulers bore responsibility for the crises"
        if v.lemma.lower() == "fail":
            # "the bloc had failed to meet its obligations to Armenia"
            for c in kids(p, v.i, "xcomp"):
                obj = kid(p, c.i, "dobj")
                if obj is not None and obj.lemma.lower() in ev.duties:
                    return v.i
        if v.lemma.lower() in _ENDING:
            continue            # "said it would stop the attacks"
        for c in kids(p, v.i):
            if c.dep in _CHAIN and c.pos in ("VERB", "AUX") and \
                    kid(p, c.i, "nsubj") is None and kid(p, c.i, "nsubjpass") is None:
                todo.append(c.i)
            if c.dep in ("dobj", "attr") and c.lemma.lower() in _CONDUCT_RECORDS:
                # "had a long record of spreading disinformation": what one is in the habit
                # of doing
                todo += [g.i for prep in kids(p, c.i, "prep") if prep.text.lower() == "of"
                         for g in kids(p, prep.i, "pcomp") if g.pos == "VERB"]
            # (what one acts "against" is another's wrong, not one's own: "the Houthis were
            # defending themselves against outside aggression")
            objs = [c] if c.dep in ("dobj", "attr") else \
                [g for g in kids(p, c.i) if g.dep == "pobj"] if c.dep == "prep" and \
                c.text.lower() not in ("against", "from") else []
            if c.dep == "acomp" and c.lemma.lower() == "full":
                # "said the G7 was full of arrogance and prejudice": what it is full of
                objs = [g for pr in kids(p, c.i, "prep") if pr.text.lower() == "of"
                        for g in kids(p, pr.i, "pobj")]
            for o in objs:
                if wrong_named(p, o, ev):
                    return o.i
                if c.dep == "dobj" and o.pos == "NOUN" and any(
                        m.lemma.lower() in ev.adjectives or m.text.lower() in ev.adjectives
                        for m in kids(p, o.i, "amod")):
                    return o.i      # "said Moscow and Pyongyang were deepening a dangerous
                    #                 relationship", "conducting reckless maneuvers"
                if o.dep == "pobj" and o.text.lower() in ("it", "them"):
                    # "said radical Islamists had carried out the attack, but suggested that
                    # Ukraine had a hand in it": the act the pronoun stands for
                    ante = act_antecedent(p, o)
                    if ante is not None and wrong_named(p, ante, ev):
                        return o.i
                if c.dep == "dobj" and v.lemma.lower() in ("make", "commit") and \
                        o.lemma.lower() in MISTAKES:
                    return o.i      # "said India had made a fundamental error"
                if o.dep == "attr" and o.lemma.lower() in ev.wrong_attributes:
                    return o.i      # "said the deployment was a threat to regional peace"
    return None


def past_account(p: ParsedText, tok: int, speech_verbs: frozenset[str] = frozenset()
                 ) -> bool:
    """A clause inside a quotation that tells what a third party did: a simple past or a
    perfect (progressive too) with no modal ("Brussels has condemned the attack"), whose
    subject is named, not a pronoun ("Moscow gave Assad asylum", not "we discussed" or "they
    would never accept"); or what a third party was told so to have said ("The Turks have said
    they are ready to help train a new Syrian army": the saying is told, so what was said is
    as reported outside a quotation)."""
    verb = p.tokens[tok]
    for a in [verb] + list(ancestors(p, tok)):
        if a.pos in ("VERB", "AUX"):
            verb = a
            break
    else:
        return False
    if _told_past(p, verb):
        return True
    gov = p.tokens[verb.head] if verb.dep == "ccomp" and verb.head != verb.i else None
    if gov is None or any(t.tag in ("``", "''") for t in
                          p.tokens[min(gov.i, verb.i) + 1:max(gov.i, verb.i)]):
        return False    # (the quotation's own attribution, "... ," said the analyst)
    return gov.lemma.lower() in speech_verbs and _told_past(p, gov)


def _told_past(p: ParsedText, verb: Token) -> bool:
    """Whether a verb tells in the past or the perfect, with no modal, what a named party
    did."""
    # (a conjunct shares its head's auxiliaries: "has condemned ... and pressed Belgrade")
    carrier = p.tokens[verb.head] if verb.dep == "conj" else verb
    aux = kids(p, verb.i, "aux") + (kids(p, carrier.i, "aux") if carrier is not verb else [])
    perfect = verb.tag in ("VBN", "VBG") and any(a.lemma.lower() == "have" for a in aux) and \
        (verb.tag == "VBN" or any(a.text.lower() == "been" for a in aux))
    # (and the perfect progressive: "soldiers on both sides have been pulling back"; and a
    # past the parser took for a modifier with a subject of its own: "the Saudis hosted Arab
    # ... ministers")
    finite = verb.tag == "VBD" or verb.tag == "VBN" and amod_verb_object(p, verb) is not None
    if not finite and not perfect or any(a.tag == "MD" for a in aux):
        return False
    subj = R.subject_of(p, verb.i)
    return subj is not None and subj.pos != "PRON"


# what a defense undertaking is ("the Mutual Defense Treaty", "Article 5", "its commitment") and
# what it is said to do to what it protects ("covers", "applies to"): frames.yaml
PLEDGES = frame_words("defense_pledges")
COVERING = frame_words("covering")
# verbs of affirming, besides speech verbs, that tell what an undertaking covers
_AFFIRMING = frame_words("affirming")


def guarantees(p: ParsedText, r: Resolver, start: int, end: int, speech_verbs: frozenset[str]
               ) -> list[tuple[int, list[Actor], list[Actor]]]:
    """(verb, guarantors, protected) for an official who says a defense undertaking covers
    another state: "Washington reaffirmed that the Mutual Defense Treaty covers armed attacks
    on Philippine public vessels" backs the Philippines. The protected state is the one the
    covered thing belongs to, or the undertaking's partner, never the speaker's own."""
    out = []
    for c in p.tokens[start:end]:
        if c.lemma.lower() not in COVERING or c.pos not in ("VERB", "AUX") or \
                c.dep not in ("ccomp", "conj") or kids(p, c.i, "neg"):
            continue
        pledge = kid(p, c.i, "nsubj")
        if pledge is None or pledge.lemma.lower() not in PLEDGES:
            continue
        gov = p.tokens[c.head]
        if gov.pos != "VERB" or gov.lemma.lower() not in speech_verbs | _AFFIRMING:
            continue
        said_by = kid(p, gov.i, "nsubj")
        if said_by is None and gov.dep == "conj" and p.tokens[gov.head].dep == "ccomp":
            # "said the Chinese actions threatened peace, and reaffirmed that ...", the
            # second verb joined to the clause told: the teller's
            said_by = R.subject_of(p, p.tokens[gov.head].head)
        said_by = said_by or R.subject_of(p, gov.i)
        sources = [a for a in (r.actors(said_by.i) if said_by is not None else [])
                   if a.code and a.sector in evaluation().official]
        own = {a.code for a in sources}
        # (what is covered, and the phrases it is "on", "against" or "to": "covers armed
        # attacks on Philippine public vessels"; not who would attack: "attacks by China")
        objs = kids(p, c.i, "dobj")
        things = [o for h in [c] + objs for pr in kids(p, h.i, "prep")
                  if pr.text.lower() in ("on", "against", "to")
                  for o in kids(p, pr.i, "pobj")] or objs
        covered = [a for t in things for a in R.owners(r, t.i)
                   if a.code and a.code not in own]
        covered = covered or [a for pr in kids(p, pledge.i, "prep") if pr.text.lower() == "with"
                              for o in kids(p, pr.i, "pobj") for a in r.actors(o.i)
                              if a.code and a.code not in own]
        if sources and covered:
            out.append((gov.i, sources, list({a.code: a for a in covered}.values())))
    return out

