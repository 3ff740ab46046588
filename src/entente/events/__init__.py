"""Events: triggers, roles, status, dates -> Event records with evidence offsets."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from ..actors.resolve import Resolver, vessel_nouns
from .. import codes
from ..codes import name_of as code_name
from ..quotes import quoted_clauses
from ..records import Actor, CleanDocument, Event, ParsedText, Quote, Sentence, Token
from ..tree import (ancestors, conjuncts, entities_in, kid, kids, object_told_before,
                    sentence_before, sentence_of, subject_kid, subtree)
from . import context as C
from . import roles as R
from ..lexicons import frame_words as words
from . import speech as SP
from . import targets as T
from . import reference as REF
from .dates import from_told, month_shift, resolve as resolve_date, span_days, span_months
from .status import COMMANDING, GRATEFUL, denied, event_status, load_modality
# (SUMMONING: the verbs by which a host calls in another state's envoy)
from .draft import (FOCUS_MENTION, JOINT_TEXTS, PLEDGES, RECIPROCAL, RECIPROCAL_VERBS, SUMMONING,
                    SYMMETRIC, UNILATERAL, Draft, reciprocal, to_each_other, to_events)
from .triggers import (COUNTS, Sense, Trigger, exercise_hosts, find_senses, load_triggers,
                       object_fits, object_tokens)

__all__ = ["extract_events"]

# Modes whose place is their other party: a port call's host, a base's host state.
# Where one state's drills are aimed at another: "exercises around Taiwan".
AROUND = ("around", "near", "off", "surrounding", "encircling")
PLACE_MODES = frozenset({"port call", "access", "basing and access", "deployment", "training",
                         "visit"})
# verbs of making another act happen ("helped keep", "enabled"): frames.yaml causatives
CAUSATIVES = words("causatives")
# verbs of the damage a thing may do, forecast in a warning ("a trade war would harm
# European companies"): frames.yaml forecast_harms
FORECAST_HARMS = words("forecast_harms")
# verbs by which one act moves another to act ("would only push Pyongyang to strengthen"),
# not a text's voice ("the resolution called on Damascus to"): frames.yaml prompting
DRIVING = words("prompting")
# bodies that speak, among the words of undertakings ("the organization urged"): not things
SPEAKING_BODIES = words("speaking_bodies")
# Types that make no sense toward oneself; a self-dyad of these is dropped.
OUTWARD = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "AID", "REQUEST", "ACCUSE",
                     "REJECT", "THREATEN", "SANCTION"})
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
# Speech acts of protest: "lodged a protest with Albania" is a diplomatic accusation.
LODGE = words("lodge")
# verbs by which an envoy takes in a complaint ("summoned to receive a protest")
HEARING = words("hearing")
# the hostile acts a bare "in response" may answer ("Hamas fired rockets in response")
ANSWERED = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE"})
# the acts one may be said to do "also" as another did ("Japan also voiced concern")
ALSO_GROUPS = ({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SANCTION"}, {"SUPPORT", "AID", "AGREE"})
ALSO_TYPES = frozenset(t for g in ALSO_GROUPS for t in g)
# what makes forces sent out by several states one joint act ("flew jointly")
JOINTLY = frozenset({"jointly", "together"})
# acts one state takes against another: joined to one with a target, they share it
MEASURES = frozenset({"SANCTION", "ACCUSE", "THREATEN", "REQUEST"})
# plural people a request or warning may be said to ("urged its allies to follow")
ADDRESSEES = words("addressees")
# Speech acts addressed to whoever must act: "demanded that the US cancel its plans".
ADDRESSED = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "SUPPORT", "AID"})
DOMESTIC_DEFAULT = frozenset({"PROTEST", "COERCE"})
# coercion that acts on people (not seizures of ships or land) defaults to the home population
HOME_MODES = frozenset({None, "demo", "riot", "strike", "hunger", "obstruct", "boycott",
                        "arrest", "restrict", "curfew", "deport", "censor"})
# Speech acts whose party, unnamed, is the one the same speaker spoke of just before.
CONTINUED = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
# the CONSULT modes that reach someone: what is done in the call, meeting or visit is done to them
CONTACT_MODES = frozenset({"phone", "meeting", "visit"})
FOCUS_TYPES = frozenset({"ACCUSE", "THREATEN"})
# acts that help their object: denying them denies nothing against it ("denies arming Russia")
BENEFITS = frozenset({"arm", "supply", "provide", "give", "send", "help", "support", "sell",
                      "deliver", "fund", "finance", "assist", "aid", "equip", "train"})
REACTIVE = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST", "THREATEN", "ASSAULT"})
# Verbs whose object is a topic: no partner is guessed for them beyond "with" and "between".
# Measures that, targeting a state, sanction it.
LEGAL_MEASURES = words("legal_measures")
MOTION_VERBS = words("motion_verbs")
TOPIC_VERBS = words("topic_verbs")
EASINGS = words("easings")
LIFTING = words("lifting")
HEEDING = words("heeding")
# verbs that make a plan or pact public: an agreement only among those who do it together
MADE_PUBLIC = words("made_public")
# light verbs by which one judges an act another does ("approved Sweden's accession")
JUDGING_LIGHT = words("judging_light")
CLOSING_LIGHT = words("closing_light")
CEASEFIRES = words("ceasefires")
# acts aimed at whoever did what they answer ("in response to China's use of water cannon")
ANSWERING_TYPES = frozenset({"ACCUSE", "THREATEN", "SANCTION", "REJECT", "MOBILIZE", "COERCE",
                             "ASSAULT", "PROTEST"})
# what is asked, offered or charged in words, and the verbs that turn it down
SPOKEN_ASKS = frozenset({"REQUEST", "AGREE", "ACCUSE", "THREATEN"})
TURNING_DOWN = words("turning_down")
NEAR_PREPS = words("near_preps")
MEMBER_SUSPENDING = words("member_suspending")
CONTACTING = words("contacting")
DISPUTING = words("disputing")
OBJECT_REQUESTS = words("object_requests")
COMPLIANCE = words("compliance")
# adjectives of willingness: "ready to", "prepared to work with"
WILLING = frozenset({"ready", "willing", "prepared", "open", "eager", "keen"})
# ... and the nouns that say it ("reiterated his willingness to travel to Afghanistan")
WILLINGNESS = frozenset({"willingness", "readiness", "availability", "eagerness"})
INTENT_VERBS = words("intent_verbs")
REVIEWING = words("reviewing")
GUARDS = words("guards")
# Light verbs of taking part in what others hold: the place is not a party.
ATTENDING = words("attending")
# Clashes that are words when the parties are people, not forces.
VERBAL_CLASHES = words("verbal_clashes")
RETORTING = words("retorting")
# what one hits back by when the answer is words ("struck back, threatening tariffs")
WORDED_ANSWERS = words("worded_answers")
ENVOYS = words("envoys")
MISSION_STAFF = words("mission_staff") | ENVOYS
MISSION_HEADS = words("mission_heads")
DEPARTING = words("departing")
SHRINKING = words("shrinking")
MISSION_CLOSING = words("mission_closing")
MEMBERS = words("members")
# verbs by which a state calls its own envoy back
RECALLING = words("recalling")
MOVED_FORCES = words("moved_forces")
HOSTAGES = words("hostages")
ILLS = words("ills")
UNARMED_FIGHTS = words("unarmed_fights")
TOGETHER_VERBS = words("together_verbs")
ENVOYS_KINDS = words("envoys_kinds")
# verbs by which an exercise takes in forces ("the drills also include French troops")
INVOLVING = words("involving")
# words of where a thing was made ("American-made tanks"): no sender (frames.yaml)
MADE_WORDS = words("made_words")
ACCIDENTS = words("accidents")
# verbs whose participle on a place names a standing claim, not an act ("the disputed islands",
# "waters claimed by China and Vietnam")
STANDING_CLAIMS = words("standing_claims")
VISITS = words("visits")
CIVIL_CRAFT = words("civil_craft")
CIVIL_CARRIERS = words("civil_carriers")
# what craft are sent to do with people that is no deployment: fetch them home or away
EVACUATING = words("evacuating")
FETCHING = words("fetching")
HARBOURS = words("harbours")
HARBOUR_BACK = HARBOURS | words("harbour_back")
# Light verbs whose subject receives what the noun gives ("took delivery of", "received aid").
RECEIVING = words("receiving")
ASKING = words("asking")
OPPOSING_TASKS = words("opposing_tasks")
# Third parties who bring others to an accord: the accord is the others'.
BROKERS = words("brokers")
EASING = words("easing")
OPPOSING = words("opposing")
# Prepositions of the occasion an act takes place at ("approved it in an overnight session")
SETTINGS = words("settings")
RETALIATION = words("retaliation")
PROTESTING = words("protesting")
_DEFINITE = {"the", "this", "that", "these", "those"}


def _modals() -> frozenset[str]:
    """The auxiliaries of future and possibility (data/modality.yaml)."""
    m = load_modality()
    return m.planned_aux | m.hypothetical_aux


# Phrases of coming into force (frames.yaml)
TAKING_EFFECT = words("taking_effect")


# A warning to whoever might do an act ("any attack on allied infrastructure would be met with
# a united response"), made to no one in particular: kept with no target.
DETERRENT = "deterrent"


# Acts whose other party matters to a record of ties between states: an attack, a seizure or a
# withdrawal whose target the text does not give is left out (with ``partial`` it is kept).
# Measured on the VOA development stories and our corpus, such targetless claims were right
# 2 times in 19.


def extract_events(p: ParsedText, doc: CleanDocument, r: Resolver, version: str = "",
                   partial: bool = False, quotes: tuple[Quote, ...] = ()
                   ) -> tuple[Event, ...]:
    """All events in the article's paragraphs, one record per directed dyad.

    Events of relational types whose target was not found are left out unless ``partial``.
    Events dated well before the article are kept with ``background`` set (see _background).
    ``quotes`` (the article's attributed quotations) give the speaker of an official's own
    acts and condemnations inside a quotation (see ``speech``).
    """
    lex = load_triggers()
    published = doc.metadata.published
    drafts: list[Draft] = []
    prev_date: tuple[str, str] | None = None
    since = 0
    quoted = quoted_clauses(doc)
    voices = SP.voices(quotes, r)
    block = -1          # the paragraph the narrative's date was told in
    for s in p.sentences:
        if doc.blocks[s.block].kind != "paragraph":
            continue
        if prev_date is not None and s.block != block and \
                _long_before(prev_date[0], published):
            # "Rwanda first sent about 1,000 soldiers to Cabo Delgado in July 2021 ... [a new
            # paragraph] In a statement, the Belgian foreign ministry said ...": a date of the
            # story's background does not date the next paragraph's news
            prev_date = None
        dates = _count_from_told(_sentence_dates(p, s), prev_date, published)
        for senses in find_senses(p, s.start, s.end, lex):
            speaker = None
            in_quote = _quoted(p, quoted, senses[0].token)
            if in_quote:
                # a speaker's words ("Israel attacks the Muslims") are not reported fact, but
                # the speaker's own acts are: "I urge the Taliban to ...", or an official's
                # '"The United States will continue to support Ukraine"' (its named agent)
                voice = SP.voice_at(voices, p.tokens[senses[0].token].idx)
                if voice is not None and voice.actor is None and \
                        SP.past_account(p, senses[0].token, r.lex.speech_verbs):
                    # an expert's or a witness's account of what happened is reported fact:
                    # '"Its intelligence chief was in Damascus within days, and Foreign
                    # Minister Hakan Fidan sat down with al-Sharaa on December 22"'
                    in_quote = False
                elif voice is None or voice.actor is None:
                    continue
                elif SP.speaks_first_person(p, senses[0].token, lex.light_verbs):
                    speaker = [voice.actor]
                elif not SP.speaks_of_own_state(p, r, senses[0].token, voice.actor,
                                                lex.light_verbs):
                    # an official who says another state attacks, represses or threatens
                    # accuses it: '"China uses vague laws to suppress freedoms," the
                    # spokesperson said'
                    drafts += _charged(p, r, senses, s, voice.actor, lex.light_verbs, dates,
                                       prev_date, published, drafts)
                    continue
            elif voices:
                # a short quotation is read as narrative, but its "we" is still the speaker's:
                # '"We welcome Japan's decision," a spokesman for Seoul's trade ministry said'
                # (one that opens its sentence: not a few words quoted inside the narrative's
                # own, 'the tariffs would be paused "while we work together"')
                voice = SP.voice_at(voices, p.tokens[senses[0].token].idx)
                if voice is not None and voice.actor is not None and \
                        voice.start <= s.start_char + 1 and \
                        SP.speaks_first_person(p, senses[0].token, lex.light_verbs):
                    speaker = [voice.actor]
            untargeted: Draft | None = None
            chosen: Draft | None = None
            for trig in senses:
                if in_quote and trig.sense.type not in SP.SPOKEN_TYPES:
                    continue
                # the first sense that stands: "the first Dutch troops arrived" is no visit
                d = _draft(p, r, trig, s, lex.light_verbs, dates, prev_date, published,
                           drafts, speaker)
                if d is not None and trig.sense.mode == "retaliation" and \
                        p.tokens[trig.token].dep == "pcomp" and \
                        p.tokens[p.tokens[trig.token].head].text.lower() in ("in", "for"):
                    d = None    # "cooperation in responding to the North": a purpose, no threat
                if d is not None and trig.sense.mode in ("retaliation", "defence"):
                    # a retaliation threatened is a threat made now; one carried out is an act
                    # (not one that may or may not come: "whether Israel would strike back");
                    # so is a defence vowed, not one put up
                    d = replace(d, status="occurred") if d.status == "planned" else None
                if d is None:
                    continue
                if in_quote and not d.targets:
                    # '"We will respond decisively to any provocation," the minister said,
                    # referring to the joint drills by Seoul and Washington': the quotation
                    # bears on whose act the narration says it refers to
                    d = replace(d, targets=_referred_to(p, r, s, quoted,
                                                        {a.code for a in d.sources}))
                joint = trig.sense.type in SYMMETRIC and trig.sense.kind == "noun" and \
                    len({a.code for a in d.sources if a.code}) > 1
                if not d.targets and not joint and (untargeted is not None or
                                                    trig.sense.type not in UNILATERAL):
                    # a sense that finds no one acted on gives way to a later one that does
                    # ("renewed its call that Sudan open the crossings": a demand of Sudan,
                    # not a phone call), and stands if none does (a later sense with no one
                    # acted on either is no better: "struck a guarded tone" is no strike); a
                    # joint act of two parties has its parties ("China and Russia held joint
                    # patrols near Alaska")
                    untargeted = untargeted or d
                    continue
                chosen = d
                break
            d = chosen or untargeted
            if d is not None and d.trigger.sense.mode == "deployment" and \
                    _on_a_visit(p, d.trigger.token):
                # "Russian warships arrived in Havana for a five-day visit": a port call
                d = replace(d, trigger=replace(d.trigger, sense=PORT_CALL))
            if d is not None and d.trigger.sense.type == "CONSULT" and not d.targets and \
                    d.status == "negated" and _refused_for_now(p, d):
                # "no talks of any kind until Pakistan took credible action": refused to the
                # one whose act would end the refusal
                d = replace(d, targets=_until_subject(p, r, d))
            if d is not None and d.targets and d.status == "negated" and (
                    d.trigger.sense.type == "CONSULT" and _refused_for_now(p, d) or
                    d.trigger.sense.type in ("SUPPORT", "AGREE", "CONCEDE") and
                    _until_subject(p, r, d)):
                # "would hold no talks with Pakistan until it took action": a refusal made
                # now, not a meeting that did not happen; so is backing withheld until
                # another acts ("would not approve Sweden's NATO membership until Stockholm
                # cracked down on Kurdish militants")
                d = replace(d, status="occurred", trigger=replace(
                    d.trigger, sense=replace(d.trigger.sense, type="REJECT", mode=None)))
            if d is not None:
                threat = _conditioned(p, r, d)
                if threat is not None:
                    # "will withdraw its force from Chad unless ...": the harm is only
                    # threatened; what is made now is the threat
                    d = replace(d, status="hypothetical")
                drafts.append(d)
                drafts += _brokered(p, r, d)
                drafts += _charge_answered(p, r, d, drafts)
                drafts += _conceded(p, r, d, drafts)
                drafts += _forces_withdrawn(p, d)
                drafts += _done_alike(p, r, d)
                if threat is not None:
                    # (dated when it is made, not when the harm would come)
                    date, precision = _event_date(p, threat.trigger.token, _root(p, s),
                                                  dates, prev_date, published, "occurred")
                    drafts.append(replace(threat, date=date, precision=precision))
        drafts += _condemnations(p, r, s, voices, quoted, dates, prev_date, published, drafts)
        drafts += _truce_in_force(p, r, s, dates, prev_date, published)
        drafts = _warned_as_charged(p, s, drafts)
        drafts = _offers_made_to(p, r, s, drafts)
        # the narrative's date: the last date told, for past events told without one a few
        # sentences on ("Both leaders also reaffirmed their support for Ukraine")
        # (nor the day of an act another answers: "was retaliation for an airstrike on
        # April 1")
        told = [d for d in dates if not _since(p, d[0]) and not _span_end(p, d[0]) and
                not _told_ahead(p, d[0], r.lex.speech_verbs) and
                not _of_answered_act(p, d[0], -1)]
        if told:
            got = resolve_date(told[-1][1], published, future=False)
            if got and got[1] != "year":
                prev_date, since, block = got, 0, s.block
            elif got:
                # background ("annexed in 2014") does not date the next sentence's news
                prev_date, since = None, 0
        else:
            since += 1
            if since > 3:
                prev_date = None
    drafts = _drop_back_references(p, drafts)
    drafts = _drop_rejected_contents(p, drafts)
    drafts = _drop_ended_contents(p, drafts)
    drafts = _echoes(p, drafts)
    drafts = _drop_vague(drafts)
    drafts = _drop_protest_aims(p, drafts)
    drafts = _answered_offers(drafts)
    drafts = _harm_in_passing(p, drafts)
    if not partial:
        # (a target of the source's own state only is none: "police opened fire on
        # protesters ..., killing several people" in Kenya is no tie)
        drafts = [d for d in drafts if _foreign_targets(d) or
                  d.trigger.sense.type in UNILATERAL and
                  d.trigger.sense.mode not in UNTIED_MOVES or
                  d.trigger.sense.mode == DETERRENT or
                  len(d.sources) > 1 and reciprocal(p, d) and
                  p.tokens[d.trigger.token].lemma.lower() not in BROKERS]
        # a record of ties between states and their bodies: what a non-governmental body
        # (Doctors Without Borders, Human Rights Watch) does is kept only with ``partial``
        drafts = [d for d in drafts if not all(a.sector == "NGO" and not
                                               r.lex.entry(f"country:{a.code}")
                                               for a in d.sources)]
    parties: set[Actor] = set()
    if partial:
        # coded the PLOVER way: an act on a party within the source's own state is X->X
        for n, d in enumerate(drafts):
            own = {a.code for a in d.sources}
            if all(t.code in own for t in d.targets):
                found = T.domestic_party(p, r, d.trigger.token, d.sources)
                if found is not None:
                    parties.add(found)
                    drafts[n] = replace(d, targets=[found])
    events = to_events(p, doc, drafts, version, domestic=frozenset(parties))
    return tuple(replace(e, background=True) if _background(e, published) else
                 _story_dated(e, published)
                 for e in events if partial or not _within_one_state(e))


def _story_dated(e: Event, published: str | None) -> Event:
    """An act told as the story's news with no time of its own ("Saudi Arabia called for
    restraint", three sentences after the last date) is dated by the story: the publication
    day, marked ``story`` so that a reader (and the store, which spans it a week either side)
    can tell it from a date the text gives. Planned, hypothetical and negated acts stay
    undated. Measured on the development sets: of the events found whose gold has a date and
    whose own text gave none, 162 were dated on the story's day or month and 20 otherwise."""
    if e.date is not None or e.status != "occurred" or not published or len(published) < 10:
        return e
    return replace(e, date=published[:10], date_precision="story")


BACKGROUND_MONTHS = 18
# "EU foreign ministers agreed to impose sanctions on Iran": force agreed on among those who
# will use it is their decision (the sanction, planned), not a threat made to its target
DECIDING = words("deciding")
# burdens one state lays on another's people or goods, which lifting eases ("agreed to scrap
# visa requirements"), besides the sanctions class of triggers.yaml
RESTRICTIONS = words("restrictions")
OFFERING = words("offering")
WITHDRAWING_OWN = words("withdrawing_own")
# verbs whose object may be a visitor named with "visiting" ("told visiting German Chancellor
# Olaf Scholz", "hosted visiting Prime Minister X")
VISITOR_VERBS = words("visitor_verbs")
# forces moved with no other party found: no tie to record ("Israel called up 300,000
# reservists", "it had sent ships to track the vessels" with the vessels' state unknown)
UNTIED_MOVES = frozenset({"deployment", "transit", "alert", "shadow", "incursion"})


def _talks_ahead(p: ParsedText, tok: Token, verb: Token) -> bool:
    """Whether talks named in a phrase of ``verb`` are still to come: "for" them, or a
    "planned" or "upcoming" round of them (not "before" them, which may be past too: "gave
    way after a breakfast meeting before the formal session with ...")."""
    m = load_modality()
    return any(a.dep == "prep" and a.text.lower() == "for" or
               any(c.lemma.lower() in m.planned or c.text.lower() in m.planned
                   for c in kids(p, a.i, "amod"))
               for a in _up_to(p, tok, verb))


def _up_to(p: ParsedText, tok: Token, verb: Token) -> list[Token]:
    """``tok`` and the tokens above it, up to (not with) its ancestor ``verb``."""
    out = [tok]
    for a in ancestors(p, tok.i):
        if a.i == verb.i:
            break
        out.append(a)
    return out


# a truce that takes effect: each of its two parties holds its fire
TRUCE_HELD = Sense("RETREAT", "ceasefire", "noun", ("ceasefire",), frozenset(), frozenset(), (),
                   False, -1)


def _truce_in_force(p: ParsedText, r: Resolver, s: Sentence, dates, prev_date, published
                    ) -> list[Draft]:
    """"A ceasefire between Thailand and Cambodia took hold on Tuesday": a truce between two
    states named that takes effect is each one's halt to the fighting (RETREAT both ways)."""
    out = []
    for t in p.tokens[s.start:s.end]:
        if t.lemma.lower() not in CEASEFIRES or t.dep != "nsubj" or t.head == t.i:
            continue
        verb = p.tokens[t.head]
        if not _takes_effect(p, verb):
            continue
        parties = list({a.code: a for a in R.between(r, t.i) if a.code and
                        r.lex.entry(f"country:{a.code}")}.values())
        if len(parties) != 2:
            continue
        status = event_status(p, verb.i, verb.i, s.end)
        date, precision = _event_date(p, verb.i, verb.i, dates, prev_date, published, status)
        depth = sum(1 for _ in ancestors(p, verb.i))
        for a, b in (parties, parties[::-1]):
            out.append(Draft(Trigger(t.i, TRUCE_HELD, None), s, [a], [b], status, date,
                             precision, None, "between", depth))
    return out


def _takes_effect(p: ParsedText, verb: Token) -> bool:
    """Whether ``verb`` tells of coming into force (frames.yaml taking_effect: "take effect",
    "come into force", "go into effect", "enter into force", "kick in")."""
    said = {o.lemma.lower() for o in kids(p, verb.i, "dobj")} | \
        {c.text.lower() for c in kids(p, verb.i, "prt", "prep")} | \
        {f"{pr.text.lower()} {o.lemma.lower()}" for pr in kids(p, verb.i, "prep")
         for o in kids(p, pr.i, "pobj")}
    return any(words[0] == verb.lemma.lower() and " ".join(words[1:]) in said
               for words in (phrase.split() for phrase in TAKING_EFFECT))


def _in_force_by_teller(p: ParsedText, r: Resolver, tok: Token) -> list[Actor]:
    """The official teller's state, for a penalty with no owner of its own that the teller
    says will come into force ("Trump said the tariffs on Mexico would take effect as
    scheduled", "... along with an additional duty on Chinese goods"); empty when the teller
    is of the state the penalty falls on."""
    if kid(p, tok.i, "poss") is not None:
        return []
    verb = p.tokens[tok.head]
    if tok.dep == "pobj" and verb.text.lower() == "with" and verb.head != verb.i and \
            p.tokens[verb.head].text.lower() in _ALONGSIDE:
        # (a penalty that comes in "along with" the subject comes in with it)
        verb = p.tokens[p.tokens[verb.head].head]
        if kid(p, verb.i, "nsubj") is None:
            return []
    elif tok.dep != "nsubj":
        return []
    if not _takes_effect(p, verb):
        return []
    tellers = _official_tellers(p, r, verb)
    struck = {a.code for pr in kids(p, tok.i, "prep") if pr.text.lower() in ("on", "against")
              for o in kids(p, pr.i, "pobj") for a in r.actors(o.i)}
    return [] if any(a.code in struck for a in tellers) else tellers


def _official_tellers(p: ParsedText, r: Resolver, verb: Token) -> list[Actor]:
    """The states or bodies of the official who says the clause of ``verb`` ("Trump said the
    tariffs ... would take effect"): none when the clause is no report of a speech verb."""
    if verb.dep != "ccomp" or p.tokens[verb.head].lemma.lower() not in r.lex.speech_verbs:
        return []
    subj = R.subject_of(p, verb.head)
    return [a for a in (r.actors(subj.i) if subj is not None else [])
            if a.code and a.sector in SP.evaluation().official]


def _acting_verb(p: ParsedText, tok: Token) -> Token | None:
    """The verb a noun's phrase is a setting of, above it: not a participle that serves as a
    preposition ("following a meeting of their foreign ministers", "Following talks with Xi,
    Lula said")."""
    return next((a for a in ancestors(p, tok.i) if a.pos in ("VERB", "AUX") and
                 a.dep != "prep"), None)


def _talks_set_by(p: ParsedText, tok: Token) -> str:
    """The preposition that sets talks beside an act ("after talks", "after four hours of
    talks", "following a round of talks"), else ""."""
    prep = p.tokens[tok.head]
    if prep.text.lower() == "of" and p.tokens[prep.head].pos == "NOUN" and \
            p.tokens[prep.head].dep in ("pobj", "dobj"):
        prep = p.tokens[p.tokens[prep.head].head]   # ("four hours of", "a round of")
    return prep.text.lower() if prep.dep == "prep" else ""


def _talks_teller(p: ParsedText, r: Resolver, tok: Token) -> list[Actor]:
    """The official teller's state, for talks with no owner of their own, told "with" another
    party as the subject of what the teller says ("Egypt said talks with Ethiopia had ended
    without a deal"); empty when no "with" party is named or the teller is that party."""
    if kid(p, tok.i, "poss") is not None:
        return []
    partners = {a.code for pr in kids(p, tok.i, "prep") if pr.text.lower() == "with"
                for o in kids(p, pr.i, "pobj") for a in r.actors(o.i) if a.code}
    if not partners:
        return []
    tellers = _official_tellers(p, r, p.tokens[tok.head])
    return [] if any(a.code in partners for a in tellers) else tellers


# what a warned party may be told it will suffer ("warned that Iran would face consequences",
# "would pay a price"): a threat, not a forecast of its own act (frames.yaml drawing)
_SUFFERING = words("drawing") | words("warned_fates")


def _foretells_anothers_act(p: ParsedText, r: Resolver, tok: Token, own) -> bool:
    """Whether a warning's clause foretells what its subject, another party named, may do, in
    the active and with a modal ("warned that Pyongyang could supply Moscow with shells"), not
    what it will suffer ("would face consequences", "would pay a price", "would be
    punished"), nor what the warner's own side will do ("warned that the South would take
    measures the North will find unbearable")."""
    if any(a.code in own for c in kids(p, tok.i, "ccomp") for x in kids(p, c.i, "nsubj")
           for a in r.actors(x.i)):
        return False    # (the parser may hang a quoted clause on the measures beside it)
    for c in kids(p, tok.i, "ccomp"):
        subj = kid(p, c.i, "nsubj")
        if subj is None or subj.pos != "PROPN" or kids(p, c.i, "neg") or \
                not any(a.tag == "MD" for a in kids(p, c.i, "aux")):
            continue    # (an act as the subject is warned of as a breach or a danger: "any
            #             arms deal between the two would violate U.N. resolutions")
        if c.pos != "VERB" or c.lemma.lower() in _SUFFERING or kids(p, c.i, "auxpass"):
            continue
        return True
    return False


def _any_such(p: ParsedText, noun: Token) -> bool:
    """Whether ``noun`` names any act of its kind, by whoever: "any attack", "any
    disruption", "any such move", or one a condition supposes ("if a deliberate attack were
    proven")."""
    verb = p.tokens[noun.head]
    return any(d.text.lower() == "any" for d in kids(p, noun.i, "det")) or \
        noun.dep in ("nsubj", "nsubjpass") and verb.dep == "advcl" and \
        any(m.text.lower() == "if" for m in kids(p, verb.i, "mark"))


def _assured(p: ParsedText, r: Resolver, v: int, own: set[str]) -> list[Actor]:
    """The other state a denial is told to, when no charge was told before: "The United
    States told Iran that it had no involvement in the strike"."""
    if p.tokens[v].lemma.lower() not in T.TELLING:
        return []
    return [a for o in kids(p, v, "dobj", "dative") for a in r.actors(o.i)
            if a.code and a.code not in own]


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def _quoted(p: ParsedText, spans: list[tuple[int, int]], i: int) -> bool:
    """A trigger in a quoted clause: a verb inside the quotation, or a word whose head is
    inside it too. A quoted noun that the narrative's own verb governs ("carried out a
    'successful and very important missile test'") is reported fact."""
    tok = p.tokens[i]
    if not _inside(spans, tok.idx):
        return False
    return tok.pos in ("VERB", "AUX") or _inside(spans, p.tokens[tok.head].idx)


def _background(e: Event, published: str | None) -> bool:
    """An event dated well before the article ("cut ties in 2016", "since 2011") is the
    story's background, not its news: kept with its own date, marked as background."""
    return _long_before(e.date, published)


def _long_before(date: str | None, published: str | None) -> bool:
    """Whether ``date`` lies more than BACKGROUND_MONTHS before ``published``."""
    if not date or not published or len(published) < 7:
        return False
    try:
        pub = int(published[:4]) * 12 + int(published[5:7])
        month = int(date[5:7]) if len(date) >= 7 else 12   # a year: its latest month
        return pub - (int(date[:4]) * 12 + month) > BACKGROUND_MONTHS
    except ValueError:
        return False


def _foreign_targets(d: Draft) -> bool:
    """Whether ``d`` has a target that is not one of its sources' own state or body ("Russia
    and Ukraine each handed over 303 prisoners" has: each to the other)."""
    return any(t.code != a.code for t in d.targets for a in d.sources) or \
        bool(d.targets) and not d.sources


def _within_one_state(e: Event) -> bool:
    """Both parties in one state: a government and its own people, courts or press. Not a tie
    between states; kept with ``partial`` (as the PLOVER sentence gold codes them)."""
    return e.target is not None and e.source is not None and e.source.code == e.target.code


def _since(p: ParsedText, i: int) -> bool:
    """Whether the date at token ``i`` is the start of a span ("since Russia's full-scale
    invasion in February 2022"): background, not the time of the narrative."""
    return any(a.text.lower() == "since" for a in ancestors(p, i)) or any(
        t.text.lower() == "since" for t in p.tokens[max(0, i - 8):i])


def _sentence_dates(p: ParsedText, s: Sentence) -> list[tuple[int, str]]:
    """(anchor token, text) of each date expression. The NER sometimes runs a date on into
    the clause after it ("Tuesday, ending decades of ..."): the part before a comma is kept
    when the whole is not a date."""
    out = []
    covered: set[int] = set()
    for e in entities_in(p, s.start, s.end):
        # TIME too: "on Saturday night", "late on Thursday"; a clock time does not resolve
        if e.label in ("DATE", "TIME"):
            text = e.text
            if "," in text and resolve_date(text, "2000-01-01", False) is None:
                text = text.split(",")[0]
            out.append((e.start, text))
            covered.update(range(e.start, e.end))
    for t in p.tokens[s.start:s.end]:
        # a year the NER took for something else ("invasion of Indonesia in 2022" labelled
        # the year a place): a year after "in" or "since" is a date all the same
        if t.i not in covered and t.tag == "CD" and _YEAR.fullmatch(t.text) and \
                t.dep == "pobj" and p.tokens[t.head].text.lower() in YEAR_PREPS:
            out.append((t.i, t.text))
        # "The following day, Japan accused China": a day counted from the last one told,
        # which the NER leaves unlabelled
        if t.i not in covered and t.i > s.start and t.i + 1 < s.end and \
                t.text.lower() in ("following", "next", "previous") and \
                p.tokens[t.i - 1].text.lower() == "the" and \
                p.tokens[t.i + 1].text.lower() in ("day", "morning", "evening"):
            out.append((t.i - 1, f"the {t.text.lower()} {p.tokens[t.i + 1].text.lower()}"))
    return sorted(out)


def _warned_as_charged(p: ParsedText, s, drafts: list[Draft]) -> list[Draft]:
    """A warning that names no one, joined to a charge its speaker makes in the sentence
    ("Pyongyang called the drills a rehearsal for invasion and warned of an overwhelming
    response"), is aimed at those charged."""
    out = []
    for d in drafts:
        if d.sentence.start == s.start and d.trigger.sense.type == "THREATEN" and \
                not d.targets and p.tokens[d.trigger.token].dep == "conj":
            head = p.tokens[d.trigger.token].head
            own = {a.code for a in d.sources}
            charged = next((c.targets for c in drafts if c.sentence.start == s.start and
                            c.trigger.token == head and c.trigger.sense.type == "ACCUSE" and
                            {a.code for a in c.sources} == own and c.targets), None)
            if charged:
                d = replace(d, targets=list(charged))
        out.append(d)
    return out


def _a_place(p: ParsedText, t: Token) -> bool:
    """Whether ``t`` names a place: a place's name, or a noun of a place's kind ("the
    disputed valley", "the border", "villages")."""
    if t.ent >= 0 and p.entities[t.ent].label in ("GPE", "LOC", "FAC"):
        return True
    return t.lemma.lower() in PLACE_KINDS | INHABITED | PLACE_WORDS


def _sentences_back(p: ParsedText, s, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``s`` (or of the first)."""
    start = s.start
    for _ in range(n):
        before = sentence_before(p, start)
        if before is None:
            break
        start = before.start
    return start


def _count_from_told(dates: list[tuple[int, str]], prev_date: tuple[str, str] | None,
                     published: str | None) -> list[tuple[int, str]]:
    """Dates counted from the last day told ("Five days later, the White House said", "Blinken
    phoned Vucic the same day"), earlier in the sentence or before it, written out as that
    day; the others as they are."""
    out, anchor = [], prev_date
    for i, text in dates:
        got = from_told(text, anchor)
        if got is not None:
            out.append((i, got[0]))
            anchor = got
            continue
        out.append((i, text))
        own = resolve_date(text, published, future=False)
        if own is not None and own[1] == "day":
            anchor = own
    return out


def _span_end(p: ParsedText, i: int) -> bool:
    """Whether the date at token ``i`` ends a span ("until the end of 2028", "through
    March"): under one of SPAN_ENDS before any verb. Such a date is not the narrative's
    (it dates no later sentence's act); it still dates its own clause's act."""
    for a in ancestors(p, i):
        if a.pos in ("VERB", "AUX"):
            return False
        if a.text.lower() in SPAN_ENDS:
            return True
    return False


SPAN_ENDS = words("span_ends")
_YEAR = re.compile(r"(19|20)\d\d")
YEAR_PREPS = words("year_preps")
# what moves one who feels it ("was alarmed by the crackdown"): no blow struck at them
FEELINGS = words("feelings")


def _condemnations(p: ParsedText, r: Resolver, s: Sentence, voices: list[SP.Voice],
                   quoted: list[tuple[int, int]], dates, prev_date, published,
                   history: list[Draft]) -> list[Draft]:
    """Accusations made by condemning a state's act: in an official's quotation ("Russia's
    illegal aggression") or by a naming verb in the narrative ("called Chinese subsidies
    'unbearable'"); and threats made by telling a state what it will face ("said Russia would
    face tougher sanctions")."""
    out: list[Draft] = []
    found: list[tuple[int, int, list[Actor], list[Actor], Sense]] = []
    for t, act, owners in SP.condemned(p, r, s.start, s.end):
        voice = SP.voice_at(voices, p.tokens[t].idx)
        if voice is not None and voice.actor is not None:
            if not owners and any(d.text.lower() in ("any", "all") for d in
                                  kids(p, act, "det")):
                continue    # ('"Iran will respond to any aggression"': none yet committed)
            # "said the decision was 'extremely dangerous'": the decision told before (or the
            # act the narration says the words refer to)
            owners = owners or _referred_to(p, r, s, quoted, {voice.actor.code}) or \
                REF.referent_doers(p, r, p.tokens[act], "ACCUSE", {voice.actor.code}, history,
                                   True)
            if not owners and p.tokens[act].text.lower() in ("this", "that", "it"):
                # ('"This was a deliberate provocation," Peskov said', after Russia accused
                # Britain of one: the charge goes on)
                owners = REF.charged_just_before(history, {voice.actor.code})
            found.append((t, _root(p, s), [voice.actor], owners,
                          SP.WARNING if SP.warned_mistake(p, p.tokens[t]) else SP.ACCUSE))
        elif not _inside(quoted, p.tokens[t].idx):
            # "Brazil's foreign ministry said the raid was a clear breach of the Vienna
            # Convention": an official judging an act in reported speech accuses its doer
            speakers = SP.judging_speaker(p, r, t, r.lex.speech_verbs)
            if speakers:
                # the act's own doer, or the doer of the act told before by the same word
                # ("police raided the embassy ... said the raid was illegal"); an act of the
                # same type alone is too loose a guide here
                own = {a.code for a in speakers}
                word = p.tokens[act].lemma.lower()
                hostile = REF.hostile_kinds(word)
                told = [d for d in history if _same_word(p.tokens[d.trigger.token].lemma.lower(),
                                                         word)] or \
                    [d for d in history if d.trigger.sense.type in hostile]
                owners = owners or ([a for a in told[0].sources if a.code not in own]
                                    if told else [])
                judged = p.tokens[act]
                if judged.dep == "attr" and kid(p, judged.head, "nsubj") is not None:
                    judged = kid(p, judged.head, "nsubj")   # "the decision was a hostile act"
                if not owners and REF.generic_act(p, r, judged):
                    # "Moldova's Foreign Ministry said the decision was unjustified": the
                    # decision told before, as in a quotation, else the act the sentence before
                    # told ("Montenegro adopted a resolution")
                    owners = REF.referent_doers(p, r, judged, "ACCUSE", own, history,
                                                True) or REF.last_actor(p, r, s.start, own)
                elif not owners and _words_told(p, judged):
                    owners = _speakers_before(history, own) or _told_speakers(p, r, s, own)
                elif not owners and (judged.pos == "NOUN" and
                                     judged.lemma.lower() in R.undertakings() and
                                     REF.refers_back(p, judged) or
                                     judged.text.lower() == "it" and
                                     REF.act_antecedent(p, judged) is not None):
                    # "Addis Ababa signed a deal with Somaliland ... Somalia said the
                    # agreement was a violation of its sovereignty": the parties of the one
                    # told before (or of the act "it" stands for: "rejected the agreement and
                    # said it was a violation")
                    owners = REF.referent_doers(p, r, judged, "ACCUSE", own, history, True)
                found.append((t, t, speakers, owners,
                              SP.WARNING if SP.warned_mistake(p, p.tokens[t]) else SP.ACCUSE))
    for v, sources, targets, act, verdict in SP.naming(p, r, s.start, s.end):
        if not _inside(quoted, p.tokens[v].idx):
            # "called the strikes an 'act of war'": the strikes told before
            targets = targets or REF.referent_doers(p, r, p.tokens[act], verdict.type,
                                                 {a.code for a in sources}, history, True)
            if not targets and _words_told(p, p.tokens[act]):
                targets = _speakers_before(history, {a.code for a in sources}) or \
                    _told_speakers(p, r, s, {a.code for a in sources})
            if not targets and p.tokens[act].lemma.lower() in r.lex.documents:
                # "called the resolution 'politically motivated'": the text's authors, as
                # the story named them ("the resolution, drafted by France, Germany and
                # Britain")
                targets = [a for a in R.owners(r, act) if a.code and
                           a.code not in {x.code for x in sources}]
            if not targets and verdict.type == "ACCUSE" and (
                    REF.refers_back(p, p.tokens[act]) or
                    p.tokens[act].text.lower() in ("it", "this", "that")):
                # "Belarus forced a Ryanair jet to land ... Blinken called the diversion a
                # shocking act": an act told again that no draft told (a forced landing is no
                # event of ours) is the doing of the state the story is about, when another
                targets = _story_state(r, p.tokens[v], {a.code for a in sources})
            found.append((v, v, sources, targets, verdict))
    for v, sources, covered in SP.guarantees(p, r, s.start, s.end, r.lex.speech_verbs):
        if not _inside(quoted, p.tokens[v].idx):
            # "reaffirmed that the Mutual Defense Treaty covers armed attacks on Philippine
            # vessels": a defense undertaking said to cover another state backs it
            found.append((v, v, sources, covered, SP.GUARANTEE))
    for t, speakers, linked in SP.linked_by_speaker(p, r, s.start, s.end, r.lex.speech_verbs):
        if not _inside(quoted, p.tokens[t].idx):
            found.append((t, t, speakers, linked, SP.ALLEGE))
    for v, sources, charge in SP.denials(p, r, s.start, s.end, r.lex.speech_verbs,
                                         REF.ACCUSATIONS | REF.ASKINGS):
        if _inside(quoted, p.tokens[v].idx):
            continue
        # "Israel called the accusation baseless": whoever made the charge, the one that
        # named the speaker first; "called the request absurd": whoever asked (the owner
        # named, "the EU's request", else the last to ask or charge the speaker)
        own = {a.code for a in sources}
        # ("called the Canadian allegations preposterous": the charge's own maker first)
        asked = p.tokens[charge].lemma.lower() in REF.ASKINGS
        accusers = [a for a in R.owners(r, charge) if a.code and a.code not in own]
        accusers = accusers or (REF.askers(history, own) if asked else []) or \
            REF.accusers(history, own) or _pressers(p, history, own, s)
        if accusers:
            date, precision = _event_date(p, v, v, dates, prev_date, published, "occurred")
            out.append(Draft(Trigger(v, SP.REJECT, None), s, sources, accusers, "occurred",
                             date, precision, None, "speech",
                             sum(1 for _ in ancestors(p, v))))
    for v, told, sources, own_doer in SP.denied_wrongs(p, r, s.start, s.end,
                                                      r.lex.speech_verbs):
        if _inside(quoted, p.tokens[v].idx) or _inside(quoted, p.tokens[told].idx):
            continue        # (a quotation's own words are the speaker's to read, not ours)
        # "Pakistan accused Iran ... said no Pakistani citizens had been targeted": a denial
        # answers whoever made the charge; one who says its own state did no wrong answers
        # the last charge told ("Venezuela said the British ship was a threat. Guyana
        # insisted that it poses no threat"); a denial no charge was told before ("stressed
        # that no military facilities had been targeted") is a statement, not an answer
        own = {a.code for a in sources}
        # (one told the denial directly is answered before a charge made against another)
        answered = REF.accusers(history, own, against_own_only=True) or \
            _assured(p, r, v, own) or (
                REF.accusers(history, own, last=6, since=s.start - 80) if own_doer else [])
        if answered:
            date, precision = _event_date(p, v, v, dates, prev_date, published, "occurred")
            out.append(Draft(Trigger(v, SP.REJECT, None), s, sources, answered, "occurred",
                             date, precision, None, "speech", sum(1 for _ in ancestors(p, v))))
    for v, sources, targets in SP.told_crimes(p, r, s.start, s.end, r.lex.speech_verbs):
        if _inside(quoted, p.tokens[v].idx):
            # '"Russia is responsible for the death of Alexei Navalny," Baerbock told
            # reporters': the quotation's official speaker lays it at the subject's door
            voice = SP.voice_at(voices, p.tokens[v].idx)
            sources = [voice.actor] if voice is not None and voice.actor is not None else []
            targets = [a for a in targets if a.code not in {x.code for x in sources}]
            if sources and targets:
                found.append((v, _root(p, s), sources, targets, SP.ACCUSE))
            continue
        found.append((v, v, sources, targets, SP.ACCUSE))
    for v, said in SP.tie_caveats(p, s.start, s.end, r.lex.speech_verbs)[:1]:
        # "Lin Jian said the region 'does not need military blocs' and that security
        # exchanges between countries 'should not target any third party'": the speaker
        # disapproves of the tie the story told others making
        voice = SP.voice_at(voices, p.tokens[v].idx) if _inside(quoted, p.tokens[v].idx) \
            else None
        subj = R.subject_of(p, said) if voice is None and said is not None else None
        sources = [voice.actor] if voice is not None and voice.actor is not None else \
            [a for a in (r.actors(subj.i) if subj is not None else []) if a.code]
        targets = _tie_parties(history, {a.code for a in sources})
        if sources and targets:
            # (one disapproval a sentence, dated by its telling)
            found.append((v, said if said is not None else _root(p, s), sources, targets,
                          SP.CAVEAT))
    threats: list[tuple[int, int, list[Actor], list[Actor]]] = []
    general: set[int] = set()       # threats made to no one in particular
    for t, said, targets, act in SP.faced(p, r, s.start, s.end, r.lex.speech_verbs):
        if _inside(quoted, p.tokens[t].idx):
            voice = SP.voice_at(voices, p.tokens[t].idx)
            sources = [voice.actor] if voice is not None and voice.actor is not None else []
            said = _root(p, s)
        elif said is not None:
            subj = R.subject_of(p, said)
            sources = r.actors(subj.i) if subj is not None else []
        elif p.tokens[t].lemma.lower() == "make":
            # "said Washington would work with Israel to make Iran face severe consequences":
            # the one who would make it so threatens, however deep the telling
            subj = R.subject_of(p, t)
            sources = [a for a in (r.actors(subj.i) if subj is not None else [])
                       if a.code and a.code not in {x.code for x in targets}]
            said = t
        else:
            sources = []
        if sources and not targets and act is not None:
            # "warned that the provocation would meet a firm response": its doer, told before
            targets = REF.referent_doers(p, r, p.tokens[act], "THREATEN",
                                         {a.code for a in sources}, history, True)
        if sources and not targets and act is not None and _any_such(p, p.tokens[act]):
            # "warned that any attack on allied infrastructure would be met with a united
            # response": a warning to whoever might, named by no one
            general.add(t)
        if sources:
            threats.append((t, said, sources, targets))
    for t, said, sources, targets in SP.force_told(p, r, s.start, s.end, r.lex.speech_verbs):
        if not _inside(quoted, p.tokens[t].idx):
            # "Beijing said it would crush any attempt at independence by Taiwan"
            threats.append((t, said, sources, targets))
    for t, said, sources, targets in SP.marked_as_targets(p, r, s.start, s.end,
                                                          r.lex.speech_verbs):
        if not _inside(quoted, p.tokens[t].idx):
            # "Russia said it would treat ships sailing to Ukrainian ports as military targets"
            threats.append((t, said, sources, targets))
    for t, said, sources in SP.forceful_answer_told(p, r, s.start, s.end,
                                                    r.lex.speech_verbs):
        if not _inside(quoted, p.tokens[said].idx):
            # "An Israeli airstrike destroyed Iran's consular building ... Iran's ambassador
            # said Tehran's response would be harsh": whoever struck the speaker's side last
            threats.append((t, said, sources, REF.last_attackers(sources, history or [])))
    for t, said, sources, doers, struck in SP.war_named(p, r, s.start, s.end,
                                                       r.lex.speech_verbs):
        if not _inside(quoted, p.tokens[said].idx):     # (its words may be quoted)
            # "Russia said any deployment of NATO troops in Ukraine would be considered an act
            # of war"; with no doer named ("any military intervention against Niger would be
            # a declaration of war"), whoever last threatened or struck the one it would be
            # against, else whoever acted in the sentence before
            before = sentence_before(p, s.start)
            threats.append((t, said, sources, doers or _last_against(history, struck) or
                            REF.provoker(before.start if before else s.start, sources,
                                         history or [])))
    for t, takers, bound in SP.conditioned_measures(p, r, s.start, s.end):
        # "would take all measures necessary if the demands were not met": aimed at whoever
        # must meet the condition, else at whom it is told to ("Rubio told Mulino that,
        # absent immediate changes, the United States would take the measures necessary"),
        # else at the other side of the story
        own = {a.code for a in takers}
        told = SP.telling(p, p.tokens[t], r.lex.speech_verbs)
        told_to = [a for o in (kids(p, told, "dobj", "dative") if told is not None else [])
                   for a in r.actors(o.i) if a.code and a.code not in own]
        threats.append((t, t, takers, bound or told_to or _story_state(r, p.tokens[t], own,
                                                                       True)))
    for t, predicate, sources, owners in threats:
        own = {a.code for a in sources}
        targets = [a for a in owners if a.code not in own and a.code]
        if targets or t in general and not owners:
            date, precision = _event_date(p, t, predicate, dates, prev_date, published,
                                          "occurred")
            # (the rule names the word that drew the penalty: "verb:meet", "verb:become")
            sense = replace(SP.THREATEN, words=(p.tokens[t].lemma.lower(),))
            if not targets:
                sense = replace(sense, mode=DETERRENT)
            out.append(Draft(Trigger(t, sense, None), s, sources, targets, "occurred",
                              date, precision, None, "speech",
                              sum(1 for _ in ancestors(p, predicate))))
    for g, sources, given, face in SP.ultimatums(p, r, s.start, s.end):
        if _inside(quoted, p.tokens[g].idx):
            continue
        own = {a.code for a in sources}
        targets = [a for a in given if a.code and a.code not in own]
        if not targets:
            continue
        date, precision = _event_date(p, g, g, dates, prev_date, published, "occurred")
        depth = sum(1 for _ in ancestors(p, g))
        out.append(Draft(Trigger(g, SP.ULTIMATUM, None), s, sources, targets, "occurred",
                         date, precision, None, "speech", depth))
        if face is not None:
            out.append(Draft(Trigger(face, SP.THREATEN, None), s, sources, targets, "occurred",
                             date, precision, None, "speech", depth + 1))
    for said, did, sources, owners in SP.allegations(p, r, s.start, s.end, r.lex.speech_verbs):
        if _inside(quoted, p.tokens[said].idx):
            continue
        own = {a.code for a in sources}
        targets = [a for a in owners if a.code not in own]
        if not owners:
            # (the wrong's subject names an act told before: its doers)
            # (by the noun's own verb or kind, and as the noun is read when it is judged:
            # each alone charged a party the other did not)
            act = R.subject_of(p, did)
            told = {a.code for a in REF.referent_doers(p, r, act, "ACCUSE", own, history or [],
                                                      True)} if act is not None else set()
            targets = [a for a in (REF.named_act_doers(p, act, own, history or [])
                                   if act is not None else []) if a.code in told]
            if not targets:
                continue
        date, precision = _event_date(p, said, said, dates, prev_date, published, "occurred")
        # a depth below the act told, so that the act stays the sentence's main event
        out.append(Draft(Trigger(said, SP.ALLEGE, None), s, sources, targets, "occurred",
                         date, precision, None, "speech",
                         sum(1 for _ in ancestors(p, did)) + 1))
    for t, predicate, sources, owners, verdict in found:
        own = {a.code for a in sources}
        targets = [a for a in owners if a.code not in own and a.code]
        if not targets:
            continue
        trig = Trigger(t, verdict, None)
        date, precision = _event_date(p, t, predicate, dates, prev_date, published, "occurred")
        out.append(Draft(trig, s, sources, targets, "occurred", date, precision, None,
                          "speech", sum(1 for _ in ancestors(p, predicate))))
    for t, verb, sense, helpers, helped in C.helped_by(p, r, s.start, s.end,
                                                       r.lex.speech_verbs):
        if _inside(quoted, p.tokens[t].idx):
            continue
        # "Israel intercepted almost all of the drones with help from the United States"
        # (as sure as the act it helps: "will lead the mission with support from")
        status = event_status(p, verb, verb, s.end)
        date, precision = _event_date(p, t, verb, dates, prev_date, published, status)
        sense = replace(sense, words=(p.tokens[t].lemma.lower(),))
        out.append(Draft(Trigger(t, sense, None), s, helpers, helped, status, date,
                         precision, None, "from", sum(1 for _ in ancestors(p, t))))
    for t, sources in C.sympathy_arrived(p, r, s.start, s.end):
        # "By Wednesday, messages of congratulation had arrived from the leaders of Nepal and
        # Sri Lanka", "Condolences poured in from around the world, including from Hungary":
        # those they came from support the state the story is about
        targets = _story_state(r, p.tokens[t], set())
        if not targets:
            continue
        date, precision = _event_date(p, t, t, dates, prev_date, published, "occurred")
        for a in sources:
            if a.code != targets[0].code:
                out.append(Draft(Trigger(t, C.SYMPATHY_SENT, None), s, [a], targets,
                                 "occurred", date, precision, None, "from",
                                 sum(1 for _ in ancestors(p, t))))
    return out


# Acts that an official accuses a state of by telling them in a quotation.
CHARGED = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def _referred_to(p: ParsedText, r: Resolver, s: Sentence, quoted, own: set) -> list[Actor]:
    """The doers of the act the narration of sentence ``s`` says a quotation refers to
    ("referring to the joint drills by Seoul and Washington", "in an apparent reference to
    Russia's strikes"), but ``own``."""
    for t in p.tokens[s.start:s.end]:
        low = t.lemma.lower()
        # (and the speech verb's own "of" or "about": '"This is an act of war," the minister
        # said of the U.S. strikes')
        about = ("of", "about") if low in r.lex.speech_verbs else ()
        if low not in ("refer", "reference", "address") and not about or \
                _inside(quoted, t.idx):
            continue
        if low == "address" and t.tag == "VBG":
            # ('"Iran will respond to any aggression," the minister warned, addressing
            # Israel': whom the words are addressed to)
            for o in kids(p, t.i, "dobj"):
                found = [a for a in r.actors(o.i) if a.code and a.code not in own]
                if found:
                    return found
            continue
        for prep in kids(p, t.i, "prep"):
            for o in (kids(p, prep.i, "pobj") if prep.text.lower() in ("to",) + about
                      else []):
                found = [a for a in R.noun_sources(r, o.i) or R.owners(r, o.i)
                         if a.code and a.code not in own]
                if found:
                    return found
    return []


def _charged(p: ParsedText, r: Resolver, senses, s: Sentence, speaker: Actor, light_verbs,
             dates, prev_date, published, history: list[Draft]) -> list[Draft]:
    tok = p.tokens[senses[0].token] if senses else None
    if tok is not None and tok.pos == "VERB" and not kids(p, tok.i, "neg") and \
            any(a.text.lower() in ("must", "should") for a in kids(p, tok.i, "aux")):
        # 'NATO's chief spoke in Kyiv. "Ukraine's place is in NATO," he said. "Russia must
        # withdraw its troops."': what an official says another state must do is asked of it
        subj = kid(p, tok.i, "nsubj")
        asked = [a for a in (r.actors(subj.i) if subj is not None else [])
                 if a.code and a.code != speaker.code]
        if asked:
            date, precision = _event_date(p, tok.i, _root(p, s), dates, prev_date, published,
                                          "occurred")
            sense = replace(SP.ULTIMATUM, words=("must",))
            return [Draft(Trigger(tok.i, sense, None), s, [speaker], asked, "occurred", date,
                          precision, None, "speech", sum(1 for _ in ancestors(p, tok.i)))]
    for trig in senses:
        if trig.sense.type not in CHARGED:
            continue
        d = _draft(p, r, trig, s, light_verbs, dates, prev_date, published, history, None)
        if d is None:
            continue
        if d.status not in ("occurred", "planned"):
            return []
        if speaker.code in {a.code for a in d.sources}:
            return []   # ('"These targeted strikes are a clear message ...," Biden said' of
            #             strikes by the United States and Britain: one's own act, and its
            #             partner's in it, are no charge)
        accused = [a for a in d.sources if a.code and a.code != speaker.code]
        if not accused:
            return []
        date, precision = _event_date(p, trig.token, _root(p, s), dates, prev_date, published,
                                      "occurred")
        return [Draft(Trigger(trig.token, SP.ACCUSE, None), s, [speaker], accused, "occurred",
                       date, precision, None, "speech", d.depth)]
    return []


BROKERED = Sense("AGREE", None, "noun", ("accord",), frozenset(), frozenset(), (), False, -1)
CONCEDED = Sense("CONCEDE", "ceasefire", "noun", ("ceasefire",), frozenset(), frozenset(), (),
                 False, -1)


def _conceded(p: ParsedText, r: Resolver, d: Draft, history: list[Draft]) -> list[Draft]:
    """"Ukraine agreed to a 30-day ceasefire", "said it was ready for a truce", "declared a
    ceasefire": a side of a fight that accepts or declares an end to it concedes to the other
    side (PLOVER CONCEDE: declarations of ceasefires), whoever it agreed with or told. The
    other side is the one the story last told fighting it, or the other party of the last
    "between X and Y" ("the war between Russia and Ukraine"); not the state named most, which
    in a story of mediation is the mediator."""
    sense = d.trigger.sense
    if sense.type not in ("AGREE", "SUPPORT", "CONCEDE") or \
            d.status not in ("occurred", "planned") or sense.type == "CONCEDE" and d.targets:
        return []
    tok = p.tokens[d.trigger.token]
    named = [tok] + _objects(p, tok.i, ("to", "for", "on"))
    # ("agreed to a U.S. proposal for a 30-day ceasefire")
    named += [o for n in named[1:] for o in _objects(p, n.i, ("for",)) if o.dep == "pobj"]
    truce = next((t for t in named if t.lemma.lower() in CEASEFIRES or t.text.lower() == "fire"
                  and t.i >= 2 and p.tokens[t.i - 2].text.lower() == "cease"), None)
    if truce is None or any(c.dep == "prep" and c.text.lower() in ("between", "with")
                            for c in kids(p, truce.i)):
        return []       # ("a truce with Azerbaijan", "between X and Y": told with its parties)
    own = {a.code for a in d.sources}
    others: list[Actor] = []
    for h in reversed(history):
        if h.trigger.sense.type != "ASSAULT" or h.status != "occurred":
            continue
        if own & {a.code for a in h.sources}:
            # ("Israel and Hamas fought for months": each other)
            others = h.targets or [a for a in h.sources if a.code not in own]
        elif own & {a.code for a in h.targets}:
            others = h.sources
        if others:
            break
    if not others:
        sides = r.warring(tok.i)
        # (one who is no side of the fighting proposes or hails a truce)
        others = sides if own & {a.code for a in sides} else []
    others = [a for a in others if a.code and a.code not in own]
    if not others:
        return []
    return [replace(d, trigger=Trigger(truce.i, CONCEDED, None), targets=others, how="sides")]


FORCES_WITHDRAWN = Sense("RETREAT", "withdraw", "verb", ("withdraw", "forces"), frozenset(),
                         frozenset(), (), False, -1)


def _addressed_own(p: ParsedText, r: Resolver, tok: Token, own: set) -> bool:
    """Whether the one a verb addresses (its object) is of the subject's own state only."""
    obj = kid(p, tok.i, "dobj")
    found = {a.code for a in r.actors(obj.i) if a.code} if obj is not None else set()
    return bool(found and own) and found <= own


def _not_a_party(p: ParsedText, r: Resolver, tok: Token, history: list[Draft]) -> bool:
    """Whether the subject of "denounce" is none of the parties the pact it names again was
    told to have (False when the story gives no parties)."""
    if tok.lemma.lower() != "denounce":
        return False    # (only "denounce", which may judge as well as quit)
    obj = kid(p, tok.i, "dobj")
    subj = R.subject_of(p, tok.i)
    if obj is None or subj is None or obj.ent >= 0 or obj.pos == "PROPN" or \
            obj.lemma.lower() not in R.undertakings():
        return False    # (a pact named again, not one named by its title: "the American
        #                 Convention")
    own = {a.code for a in r.actors(subj.i) if a.code}
    parties = {a.code for a in REF.undertaking_parties(p, r, obj, history, set())}
    return bool(own and parties) and not own & parties


def _done_alike(p: ParsedText, r: Resolver, d: Draft) -> list[Draft]:
    """The same act by those an "as did" clause names: "Guterres praised the move, as did
    Iraq and Oman" (each praised it, of the same parties)."""
    tok = p.tokens[d.trigger.token]
    verb = tok if tok.pos in ("VERB", "AUX") else _acting_verb(p, tok)
    if verb is None:
        return []
    own = {a.code for a in d.sources}
    out = []
    for c in kids(p, verb.i, "advcl"):
        if c.lemma.lower() != "do" or not any(m.text.lower() == "as"
                                              for m in kids(p, c.i, "mark")):
            continue
        subj = kid(p, c.i, "nsubj")
        alike = [a for j in (conjuncts(p, subj.i) if subj is not None else [])
                 for a in r.actors(j) if a.code and a.code not in own]
        targets = [a for a in d.targets if a.code not in {x.code for x in alike}]
        if alike and targets:
            out.append(replace(d, sources=alike, targets=targets, depth=d.depth + 1))
    return out


def _forces_withdrawn(p: ParsedText, d: Draft) -> list[Draft]:
    """"would withdraw its ambassador and its roughly 1,500 troops from Niger": an envoy
    recalled (a sanction) and forces pulled out (a retreat) by one verb are two acts; the
    draft for the envoy gives the one for the forces."""
    sense = d.trigger.sense
    if sense.type != "SANCTION" or sense.mode != "expel" or sense.kind != "verb":
        return []
    tok = p.tokens[d.trigger.token]
    if tok.lemma.lower() not in WITHDRAWING_OWN:
        return []       # ("forced French forces out": another's forces sent away, no retreat)
    forces = next((p.tokens[j] for o in kids(p, tok.i, "dobj") for j in conjuncts(p, o.i)
                   if (p.tokens[j].lemma.lower() in MOVED_FORCES or
                       p.tokens[j].text.lower() in MOVED_FORCES) and
                   not any(c.lemma.lower() in ENVOYS_KINDS
                           for c in kids(p, j, "amod", "compound"))), None)
    if forces is None:
        return []
    return [replace(d, trigger=Trigger(tok.i, FORCES_WITHDRAWN, forces.i))]


CHARGE_ANSWERED = Sense("ACCUSE", "allege", "noun", ("charge", "answered"), frozenset(),
                        frozenset(), (), False, -1)
CHARGE_NOUNS = words("charge_nouns")


def _charge_answered(p: ParsedText, r: Resolver, d: Draft, history: list[Draft]
                     ) -> list[Draft]:
    """"Pakistan said the attackers had been trained in Afghanistan, a charge the Taliban
    government rejected", "Trump said Panama was overcharging American ships. Panama
    rejected the claim": what was said is named a charge by the rejection of it, so the
    teller accuses the one who rejects it."""
    tok = p.tokens[d.trigger.token]
    if d.trigger.sense.type != "REJECT" or d.status != "occurred" or not d.sources:
        return []
    charge = kid(p, tok.i, "dobj") if d.trigger.sense.kind == "verb" else None
    if tok.dep != "relcl" and charge is not None and \
            charge.lemma.lower() in CHARGE_NOUNS and d.targets:
        # the charge told just before, by a teller who named the rejecter
        deniers = {a.code for a in d.sources}
        tellers, said = REF.charge_told(p, r, tok.i, deniers)
        if said is None or {a.code for a in tellers} != {a.code for a in d.targets} or any(
                h.trigger.sense.type == "ACCUSE" and
                {a.code for a in h.sources} & {a.code for a in tellers} and
                {a.code for a in h.targets} & deniers for h in history):
            return []
        # (its evidence is what was said, dated as the rejection is when its own is unknown)
        told = sentence_of(p, said.i)
        return [replace(d, trigger=Trigger(said.i, CHARGE_ANSWERED, None), sources=tellers,
                        targets=list(d.sources), status="occurred", how="speech",
                        sentence=told if told is not None else d.sentence)]
    if tok.dep != "relcl":
        return []
    noun = p.tokens[tok.head]
    if noun.lemma.lower() not in CHARGE_NOUNS or noun.dep != "appos":
        return []
    said = next((a for a in ancestors(p, noun.i) if a.pos == "VERB" and
                 a.lemma.lower() in r.lex.speech_verbs), None)
    subj = kid(p, said.i, "nsubj") if said is not None else None
    tellers = [a for a in r.actors(subj.i) if a.code] if subj is not None else []
    deniers = {a.code for a in d.sources}
    tellers = [a for a in tellers if a.code not in deniers]
    if not tellers:
        return []
    return [replace(d, trigger=Trigger(noun.i, CHARGE_ANSWERED, None), sources=tellers,
                    targets=list(d.sources), status="occurred", how="speech")]


def _brokered(p: ParsedText, r: Resolver, d: Draft) -> list[Draft]:
    """"Japan mediated an accord between Kenya and South Korea": besides the mediator's
    meetings, the two parties agree with each other."""
    tok = p.tokens[d.trigger.token]
    if d.trigger.sense.kind != "verb" or tok.lemma.lower() not in BROKERS:
        return []
    obj = kid(p, tok.i, "dobj")
    if obj is None or obj.lemma.lower() not in R.undertakings():
        return []
    pair = R.between(r, obj.i)
    if len(pair) < 2:
        return []
    return [replace(d, trigger=Trigger(obj.i, BROKERED, None), sources=pair, targets=[],
                    how="between")]


# a harm or a withdrawal announced on a condition is a threat made now ("will withdraw its
# troops from Chad unless ...", "would impose sanctions if Iran did not ...")
CONDITIONED = Sense("THREATEN", None, "verb", ("unless",), frozenset(), frozenset(), (), False,
                    -1)
_HARMS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "REJECT"})


def _conditioned(p: ParsedText, r: Resolver, d: Draft) -> Draft | None:
    """The threat a planned harm or withdrawal makes when the clause sets it a condition the
    other side must meet: "unless X", "if X does not"; or a harm its own side says it would
    do if another acts: "the Kremlin said Russia would cut gas supplies to Moldova if
    Chisinau expelled more diplomats", "Putin said Russia must be ready to carry out a
    nuclear test if the United States conducted one first" (a threat to the one the
    condition names)."""
    if d.status not in ("planned", "hypothetical") or d.trigger.sense.type not in _HARMS:
        return None
    tok = p.tokens[d.trigger.token]
    clause = tok if tok.pos in ("VERB", "AUX") else next(
        (a for a in ancestors(p, tok.i) if a.pos in ("VERB", "AUX")), None)
    if clause is None:
        return None
    # (and a condition the parser hung on an infinitive under the object: "would block
    # Sweden's bid to join NATO unless Stockholm cracked down")
    inner = [c for o in kids(p, clause.i, "dobj") for c in kids(p, o.i, "acl")
             if any(a.text.lower() == "to" for a in kids(p, c.i, "aux"))]
    # (or on what the harm is said to be ready for: "must be ready to carry out a test if")
    ready = [a for a in ancestors(p, clause.i) if a.pos in ("VERB", "AUX", "ADJ")][:2] \
        if clause.dep == "xcomp" else []
    for c in kids(p, clause.i, "advcl") + [a for i in inner + ready
                                           for a in kids(p, i.i, "advcl")]:
        marks = {m.text.lower() for m in kids(p, c.i, "mark")}
        if d.status == "planned" and d.targets and ("unless" in marks or "if" in marks and (
                kids(p, c.i, "neg") or c.lemma.lower() in ("fail", "refuse"))):
            return replace(d, trigger=Trigger(d.trigger.token, CONDITIONED, None),
                           status="occurred")
        if "if" in marks and d.trigger.sense.type in _FORCE_OR_PENALTY and \
                not kids(p, c.i, "neg") and _told_by_own_side(p, r, clause, d.sources):
            own = {a.code for a in d.sources}
            subj = kid(p, c.i, "nsubj")
            named = [a for a in (r.actors(subj.i) if subj is not None else [])
                     if a.code and a.code not in own]
            if named:
                return replace(d, trigger=Trigger(d.trigger.token, CONDITIONED, None),
                               status="occurred", targets=named)
    return None


def _warned_if_acts_go_on(p: ParsedText, r: Resolver, tok: Token, own: set,
                          history: list[Draft]) -> list[Actor]:
    """"He warned that if such actions continued, he was prepared to take further steps": a
    warning set on the condition that acts told before go on is aimed at whoever did them."""
    lo, hi = subtree(p, tok.i)
    for c in p.tokens[lo:hi]:
        if c.dep != "advcl" or not any(m.text.lower() == "if" for m in kids(p, c.i, "mark")):
            continue
        subj = kid(p, c.i, "nsubj")
        if subj is None or subj.lemma.lower() not in REF.EVENT_WORDS or not any(
                m.text.lower() in ("such", "these", "those", "the", "this", "that")
                for m in kids(p, subj.i, "amod", "det", "predet")):
            continue
        for d in reversed(history):
            if d.trigger.token < tok.i and d.trigger.sense.type in REF.HOSTILE_ACTS | {
                    "ACCUSE"}:
                # (the acts charged are the accused's: "accused Moscow of sabotage")
                doers = d.targets if d.trigger.sense.type == "ACCUSE" else d.sources
                found = [a for a in doers if a.code and a.code not in own]
                if found:
                    return found
        # (no such act coded: the one the story sets against the warner)
        return _story_state(r, tok, own, other_side=True)
    return []


# the harms whose doing a state makes hang on another's act as a deterrent ("would cut gas
# supplies if ...", "would strike if ..."), not withdrawals or refusals
_FORCE_OR_PENALTY = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _told_by_own_side(p: ParsedText, r: Resolver, clause: Token, sources: list[Actor]) -> bool:
    """Whether a verb of saying or warning over ``clause`` has a subject of the harm's own
    side ("the Kremlin said Russia would ...", "Putin said"), none of the clauses between
    them weighing the harm ("analysts said Russia could" is another's forecast)."""
    own = {a.code for a in sources if a.code}
    for a in ancestors(p, clause.i):
        if a.lemma.lower() in r.lex.speech_verbs or a.lemma.lower() in ("warn", "threaten"):
            subj = R.subject_of(p, a.i)
            return bool(own) and subj is not None and \
                any(x.code in own for x in r.actors(subj.i))
    return False


# verbs of weighing a course ("was considering closing its crossings"): no threat made
DELIBERATING = words("deliberating")


def _deliberated(p: ParsedText, tok: int, top: int) -> bool:
    """Whether the act at ``tok`` is one a verb of deliberating governs, below ``top`` (the
    verb of saying): "said the country was considering closing some of its crossing
    points"."""
    for a in ancestors(p, tok):
        if a.i == top:
            return False
        if a.lemma.lower() in DELIBERATING:
            return True
    return False


def _root(p: ParsedText, s: Sentence) -> int:
    return next((t.i for t in p.tokens[s.start:s.end] if t.dep == "ROOT"), s.start)


RESTRAINT = words("restraint")


def _asks_restraint(p: ParsedText, i: int) -> bool:
    """A request whose object is restraint, calm or de-escalation ("urged restraint", "called
    for calm", "urged leaders to exercise maximum restraint")."""
    todo, seen = [i], 0
    while todo and seen < 12:
        j = todo.pop()
        seen += 1
        for c in kids(p, j, "dobj", "prep", "pobj", "xcomp", "conj"):
            if c.lemma.lower() in RESTRAINT:
                return True
            todo.append(c.i)
    return False


PEACEKEEPING = words("peacekeeping")
# what one denies having had in an act one is charged with ("denied any involvement")
DENIED_PARTS = words("denied_parts")
BROKERING = words("brokers")


def _offers_mediation(p: ParsedText, i: int) -> bool:
    """An offer to mediate or broker with no one named ("offered to mediate", "offered to
    facilitate talks")."""
    return any(c.lemma.lower() in BROKERING and not kids(p, c.i, "dobj", "prep")
               for c in kids(p, i, "xcomp"))


def _keeps_peace(p: ParsedText, i: int) -> bool:
    """Whether the forces a deployment moves keep the peace: peacekeepers, police, a
    peacekeeping contingent (its object, or its subject for "arrived", "landed")."""
    def keeps(t: Token) -> bool:
        return t.lemma.lower() in PEACEKEEPING or any(
            c.lemma.lower() in PEACEKEEPING for c in kids(p, t.i, "compound", "amod"))

    if p.tokens[i].pos in ("NOUN", "PROPN") and keeps(p.tokens[i]):
        return True     # "a multinational police mission to Haiti"
    for m in kids(p, i, "dobj", "nsubj", "nsubjpass"):
        # ("the first patch of Bangladeshi peacekeeping troops": through "of")
        of = [o for prep in kids(p, m.i, "prep") if prep.text.lower() == "of"
              for o in kids(p, prep.i, "pobj")]
        if keeps(m) or any(keeps(o) for o in of):
            return True
    return False


def _addressed(p: ParsedText, i: int) -> bool:
    """Whether request verb ``i`` names whom it asks by a noun ("urged the world to respond",
    "called on the international community to"), not by a pronoun (an object with no "to"
    after it is what is asked: "demanded an immediate halt")."""
    asking = any(a.text.lower() == "to" for c in kids(p, i, "xcomp", "ccomp")
                 for a in kids(p, c.i, "aux"))
    asked = (kids(p, i, "dobj") if asking else []) + [
        o for pr in kids(p, i, "prep") if pr.text.lower() in ("on", "upon")
        for o in kids(p, pr.i, "pobj")]
    return any(o.pos in ("NOUN", "PROPN") for o in asked)


def _asks_an_end(p: ParsedText, i: int) -> bool:
    """"demanded an end to the hostilities", "called for a halt to the fighting": a request
    for an end of something, which is asked of those it is happening to; for a swap
    ("pushing for an exchange of all prisoners"), asked of the other side; or for an inquiry
    into something that happened."""
    asked = [o for o in kids(p, i, "dobj")] + [o for pr in kids(p, i, "prep")
                                                if pr.text.lower() == "for"
                                                for o in kids(p, pr.i, "pobj")]
    # (a quoted modifier the parser takes for the object, 'pushing for an "all for all"
    # exchange': the noun it hangs under the determiner's phrase is the object)
    asked += [o for a in asked if a.pos in ("DET", "PRON") for pr in kids(p, a.i, "prep")
              for o in kids(p, pr.i, "pobj")]
    # ("called for a full and independent investigation into the killings": an inquiry into
    # what happened, asked of the state it happened in)
    # ("called for a complete count": a vote's count, asked of the state that held it)
    return any(o.lemma.lower() in R.ENDINGS | SWAPS | TALLIES or
               o.lemma.lower() in INQUIRIES and any(
                   pr.text.lower() == "into" for pr in kids(p, o.i, "prep")) for o in asked)


SWAPS = words("swaps")
# places people live or hold that missiles are fired into in an attack, never in a test
INHABITED = words("inhabited")
# more nouns of places fought over ("the disputed valley", "the waters"): frames.yaml
PLACE_WORDS = words("places_fought_over")
TALLIES = words("tallies")
INQUIRIES = words("inquiries")


def _has_quotation(p: ParsedText, s: Sentence) -> bool:
    return any(t.text in ('"', "“", "”") for t in p.tokens[s.start:s.end])


# what is asked of one, refused without its askers named ("rejected calls to condemn ...")
CALLS = words("calls_made")
# measures a warning says could come ("could be cut off")
WARNED_MEASURES = words("warned_measures")
# weapons launched only to strike, never tested ("launched 40 drones")
STRIKE_MUNITIONS = words("strike_munitions")
# a fight going on, no one act in it ("pressed on with the war"); weapons stopped in the air
ONGOING_FIGHTS = words("ongoing_fights")
MUNITIONS = words("munitions")
INTERCEPTING = words("intercepting")
# forces on land, who make no port call where they stop
LAND_FORCES = words("land_forces")


def _text_subject(p: ParsedText, r: Resolver, verb: Token) -> bool:
    """Whether a verb's subject is a text or a truce ("the resolution that ended the war", "a
    ceasefire ended the fighting"), not one who acts."""
    subj = subject_kid(p, verb.i)
    if subj is not None and subj.text.lower() in R.RELATIVES and verb.dep == "relcl":
        subj = p.tokens[verb.head]
    return subj is not None and subj.ent < 0 and (subj.lemma.lower() in r.lex.documents or
                                                  subj.lemma.lower() in CEASEFIRES)


def _draft(p: ParsedText, r: Resolver, trig: Trigger, s: Sentence, light_verbs,
           dates, prev_date, published, history: list[Draft] | None = None,
           speaker: list[Actor] | None = None) -> Draft | None:
    tok = p.tokens[trig.token]
    sense = trig.sense
    talks_ahead = False     # talks named in a phrase of the subject's act, still to come
    if sense.type == "ASSAULT" and sense.kind == "verb" and any(
            o.lemma.lower() in ILLS for o in kids(p, tok.i, "dobj")):
        return None     # "vowed to fight poverty in Haiti": an ill fought, no one attacked
    if sense.type == "ASSAULT" and _unarmed_fight(p, tok):
        return None     # "fought a long legal battle over islands at the ICJ": no clash
    if sense.type == "MOBILIZE" and sense.kind == "verb" and _civil_craft(p, tok):
        return None     # "an Azerbaijani passenger jet flew toward Grozny": no force moves
    if sense.type == "SANCTION" and sense.mode == "withdraw" and sense.kind == "verb" and \
            _not_a_party(p, r, tok, history or []):
        return None     # "Iran has denounced both agreements" (Israel's with the Emirates
        #                 and Bahrain): one denounces a pact it is no party of in words only
    if sense.type in ("CONSULT", "COOPERATE") and sense.kind == "verb":
        subj = kid(p, tok.i, "nsubj")
        if subj is not None and subj.lemma.lower() in R.BORDERS or \
                tok.tag in ("VBZ", "VBP") and any(c.text.lower() == "where"
                                                   for c in kids(p, tok.i, "advmod")):
            # "close to where the borders of Syria and Iraq meet", "where the kingdom meets
            # Syria and Iraq": lands and lines meet, in the present of geography
            return None
    if (sense.type, sense.mode) in (("MOBILIZE", "deployment"), ("AID", "arms transfer")) \
            and sense.kind == "verb" and _carries_people_home(p, tok):
        return None     # "sent an air force jet to carry him out of the country": a rescue
    if sense.type == "ASSAULT" and sense.kind == "verb" and \
            tok.lemma.lower() in ("clash", "fight") and \
            any(not _a_place(p, o) for pr in kids(p, tok.i, "prep")
                if pr.text.lower() == "over" for o in kids(p, pr.i, "pobj")):
        return None     # "France and Germany clashed over the EU budget": a quarrel over a
        #                 matter, no fighting (but "clashed over the disputed valley")
    if sense.type == "MOBILIZE" and sense.mode == "test" and sense.kind == "verb" and any(
            o.lemma.lower() in INHABITED or
            pr.text.lower() == "into" and o.ent >= 0 and p.entities[o.ent].label == "GPE"
            for pr in kids(p, tok.i, "prep")
            if pr.text.lower() in ("into", "at", "on") for o in kids(p, pr.i, "pobj")):
        return None     # "firing rockets into Thai villages", "fired Storm Shadow missiles
        #                 into Russia": an attack, no test (a state named, not its waters)
    if sense.type == "ASSAULT" and tok.dep == "advcl" and tok.tag == "VBG" and \
            p.tokens[tok.head].tag == "VB" and any(
                a.text.lower() == "to" for a in kids(p, tok.head, "aux")) and \
            kids(p, tok.head, "prep") and tok.i > subtree(p, tok.head)[0] and \
            any(c.dep == "punct" and c.text == "," and c.i == tok.i - 1
                for c in kids(p, tok.head)):
        return None     # "vowed to retaliate against Israel for an airstrike that destroyed
        #                 its consulate, killing two generals": what the strike did, hung on
        #                 a reprisal not yet made (a result is of a done act)
    if sense.type == "ASSAULT" and tok.dep == "advcl" and tok.tag == "VBG" and \
            _phrase(p, p.tokens[tok.head]) in ACCIDENTS:
        return None     # "The jet came down near Aktau, killing 38": a crash is no attack
    if sense.kind == "verb" and tok.dep == "acl" and tok.tag == "VBN" and \
            tok.lemma.lower() in STANDING_CLAIMS:
        return None     # "the Beagle Channel, disputed by Argentina and Chile": a standing
        #                 claim on a place, no act
    if sense.mode == "phone" and sense.kind == "noun" and tok.lemma.lower() == "call" and (
            any(c.text.lower() == "for" for c in kids(p, tok.i, "prep")) or
            any(a.text.lower() == "to" for c in kids(p, tok.i, "acl", "xcomp", "relcl", "advcl")
                for a in kids(p, c.i, "aux"))):
        return None     # "Turkey's call for a ceasefire", "a call to halt the offensive": a
        #                 demand (the next sense), no telephone
    if sense.type == "ACCUSE" and sense.kind == "verb" and sense.words[0] in ("react",
                                                                            "respond") and \
            not any(c.text.lower() == "to" for c in kids(p, tok.i, "prep")):
        return None     # "Moscow reacted angrily." before the detail of what it said: the
        #                 reaction is told next, as the charge it made
    if sense.type == "REQUEST" and sense.kind == "verb" and tok.lemma.lower() in (
            "ask", "request", "seek") and kid(p, tok.i, "dobj") is None and \
            kid(p, tok.i, "dative") is None and any(
                c.lemma.lower() in R.TRAVEL_VERBS | {"go"} and kid(p, c.i, "nsubj") is None
                for c in kids(p, tok.i, "xcomp")):
        return None     # "the fighters were asking to go on an excursion to Warsaw": leave
        #                 to go sought of someone not named; where they would go is no party
    if sense.kind == "adj" and sense.mode == "visit" and (
            kids(p, tok.i, "xcomp", "ccomp", "advcl") or
            not any(c.text.lower() in ("in", "at") and kids(p, c.i, "pobj")
                    for c in kids(p, tok.i, "prep"))):
        return None     # "is due in Pyongyang" is a visit; "is expected to hand ... back",
        #                 "was due to attend" say what is to come, told by their own verbs
    if sense.mode == "port call" and sense.kind == "verb" and tok.lemma.lower() in (
            "stop", "call") and any(c.lemma.lower() in LAND_FORCES or c.text.lower() in
                                    LAND_FORCES for c in kids(p, tok.i, "nsubj")):
        return None     # "Russian troops stopped in Belarus": a port call is a ship's
    if sense.type == "RETREAT" and sense.kind == "verb" and _ship_sails_on(p, tok):
        return None     # "the frigate will join an exercise after leaving Tokyo": a ship
        #                 sailing on from a port it called at withdraws nothing
    if sense.mode == "withdraw" and sense.kind == "verb" and tok.lemma.lower() == "leave" and \
            kid(p, tok.i, "dobj") is None and \
            any(c.text.lower() == "for" for c in kids(p, tok.i, "prep")):
        return None     # "before leaving for a NATO summit": a journey, no withdrawal
    if sense.mode == "port call" and sense.kind == "verb" and _own_base(p, r, tok):
        return None     # "a U.S. submarine pulled into the American naval base at
        #                 Guantanamo Bay": a ship at its own navy's base calls on no one
    if sense.mode == "phone" and sense.kind == "verb" and tok.lemma.lower() == "call" and \
            _names_someone(p, tok):
        return None     # "called Putin a war criminal": a name given, no call made
    predicate = tok.i
    sources: list[Actor] = []
    how = "subj"
    carrier = None          # the verb a noun event hangs from ("told X in a phone call")
    claimant = C.claimant(p, tok) if sense.kind == "noun" else None
    reaction = None
    forced: list[Actor] = []       # targets a rule above the usual ones has found
    if sense.kind == "noun" and sense.type in C.REACTIONS:
        reaction = C.reaction(p, r, tok, history)
    if reaction is not None:
        sources, reacted_to, predicate = reaction
        how = "reaction"
        if sense.type == "PROTEST":
            # "a protest from Manila": a state's protest is a diplomatic one
            sense = replace(sense, type="ACCUSE", mode="disapprove")
            trig = replace(trig, sense=sense)
    elif sense.kind == "noun":
        if tok.dep == "pobj" and p.tokens[tok.head].text.lower() in ("over", "about") and \
                p.tokens[p.tokens[tok.head].head].lemma.lower() in DISPUTING:
            return None     # "the two leaders disagreed over U.S. aid": a topic
        if tok.dep == "dobj" and p.tokens[tok.head].lemma.lower() in REVIEWING:
            return None     # "would review its cooperation with Washington": no cooperating
        if sense.type == "SANCTION" and tok.dep == "pobj" and \
                p.tokens[tok.head].text.lower() == "of" and \
                p.tokens[p.tokens[tok.head].head].lemma.lower() in EASINGS:
            return None     # "the lifting of sanctions on Syria": a measure eased, none imposed
        if _guarded_against(p, tok):
            return None     # "a deterrent against U.S. threats": the harm guarded against
        if tok.dep == "pobj" and p.tokens[tok.head].text.lower() == "with" and \
                tok.lemma.lower() in R.MANNER_BACKING and \
                any(c.text.lower() == "of" for c in kids(p, tok.i, "prep")):
            return None     # "brokered by Gonsalves with the backing of Brazil": how it was
            #                 done; the backer's act is aimed at no one named
        if tok.dep == "pobj" and p.tokens[tok.head].text.lower() == "with" and \
                tok.lemma.lower() in C.HELP_GIVEN and \
                any(c.text.lower() == "from" for c in kids(p, tok.i, "prep")):
            return None     # "will lead the mission with support from the United States":
            #                 the helper's (context.helped_by), not the subject's
        if sense.type in ("REJECT", "SANCTION", "THREATEN", "COERCE") and \
                tok.dep in ("dobj", "nsubjpass") and p.tokens[tok.head].lemma.lower() in LIFTING:
            return None     # "Turkey lifted its veto on Sweden's membership": undone, not made
        lv = R.light_verb(p, tok.i, light_verbs)
        if lv is None and C.described(p, tok) or C.titled_text(p, tok) or \
                C.information_topic(p, tok):
            return None     # ("signed a treaty of friendship and cooperation": its title)
        if lv is None and claimant is not None:
            lv = claimant       # "claimed responsibility for an attack on a U.S. warship"
        if lv is None and sense.type in ("COERCE", "ASSAULT") and tok.dep == "dobj" and \
                p.tokens[tok.head].lemma.lower() in ("use", "employ"):
            lv = p.tokens[tok.head]     # "coast guard ships used water cannon against ..."
        if lv is not None and lv.lemma.lower() in BROKERS and len(R.between(r, tok.i)) >= 2:
            lv = None       # "Japan mediated an accord between Kenya and Korea": their accord
        if lv is not None and sense.type in ("AID", "SUPPORT", "COOPERATE", "AGREE") and \
                lv.lemma.lower() in ASKING:
            return None     # "ask Washington for military assistance": a request, no aid yet
        if lv is not None and sense.type in ("AID", "COOPERATE") and \
                lv.lemma.lower() in _VOICING:
            return None     # "expressed relief": a feeling voiced, no relief sent
        if lv is not None and _sitting_asked_for(p, r, sense, tok, lv):
            return None
        owner = kid(p, tok.i, "poss")
        if lv is not None and lv.lemma.lower() in JUDGING_LIGHT and owner is not None and \
                r.actors(owner.i):
            # "Hungary's parliament approved Sweden's accession to NATO": the approver judges
            # another's act; the noun's owner does it (the approval is its own event)
            lv = None
        if lv is not None and lv.lemma.lower() in CLOSING_LIGHT and _text_subject(p, r, lv):
            lv = None       # "the resolution that ended the 2006 war": a text ends no war it
            #                 waged; the war's own sides are told by the noun
        if lv is not None and _given_to_subject(p, lv, tok):
            # "Lithuania's charge d'affaires had been called in and handed a similar demand":
            # the subject is given the demand; only a "by" phrase names who gives it
            forced = [a for x in [R.subject_of(p, lv.i)] if x is not None
                      for a in r.actors(x.i) if a.code]
            sources = [a for pr in kids(p, lv.i, "agent") for o in kids(p, pr.i, "pobj")
                       for a in r.actors(o.i) if a.code]
            if not sources or not forced:
                return None
            predicate, how = lv.i, "light"
        elif lv is not None:
            predicate = lv.i
            subj, sources = _agents(p, r, lv.i)
            how = "light"
            if sense.type == "AID" and lv.lemma.lower() in RECEIVING:
                # "India took delivery of F-16s from Canada": the subject receives
                sense = replace(sense, receives=True, target=("from",))
                trig = replace(trig, sense=sense)
        if lv is None and not sources:
            said = _existential_said(p, r, tok.i)
            if said is not None:
                # "Indian officials said there would be no talks with Pakistan": what the
                # speaker says there will (not) be is the speaker's own act
                predicate = p.tokens[tok.i].head
                subj, sources = _agents(p, r, said)
                how = "light"
        if not sources and sense.light and kid(p, tok.i, "poss") is None:
            # "due in Japan for the G7 summit": who goes, not the forum the noun names
            # ("thanked Washington for its assistance": the owner's, below)
            gov = R.purpose_governor(p, tok.i)
            if gov is not None and sense.type in ("AID", "SUPPORT", "COOPERATE", "AGREE") and \
                    gov.lemma.lower() in ASKING:
                return None     # "ask Washington for military assistance": asked, not given
                #                 ("asked NATO for security guarantees": none promised)
            if gov is not None and _sitting_asked_for(p, r, sense, tok, gov):
                return None
            thanked = kid(p, gov.i, "dobj") if gov is not None and \
                gov.lemma.lower() in GRATEFUL else None
            if thanked is not None:
                # "Taiwan thanked the United States for the support": the support is the
                # thanked one's, given to the one who thanks
                subj, thankers = _agents(p, r, gov.i)
                sources = [a for a in r.actors(thanked.i) if a.code]
                if not sources or not thankers:
                    return None
                forced, predicate, how, carrier = thankers, tok.i, "purpose", gov.i
            elif gov is not None:
                told = _telling_set_in(p, r, tok, gov)
                subj, sources = _agents(p, r, told.i)
                # (the status of the telling, when the meeting is its setting)
                predicate = tok.i if told is gov else told.i
                how, carrier = "purpose", told.i
        if not sources and tok.dep == "dobj" and not R.is_passive(p, tok.head):
            # "Australia protested an unsafe interception of one of its aircraft by a Chinese
            # fighter jet", the "by" phrase hung on the active verb: the noun's doer
            subj = kid(p, tok.head, "nsubj")
            mine = {a.code for a in r.actors(subj.i)} if subj is not None else set()
            sources = next((found for pr in kids(p, tok.head, "prep") if pr.i > tok.i and
                            pr.text.lower() == "by" for o in kids(p, pr.i, "pobj")
                            for found in [[a for a in r.actors(o.i) if a.code and
                                           a.code not in mine]] if found), [])
            how = "noun"
        if not sources:
            sources = R.noun_sources(r, tok.i)
            how = "noun"
        if not sources and sense.type == "THREATEN":
            # "the spokesman said the drills were a stern warning to Taipei": a warning an act
            # is said to be is its doer's, else the teller's
            sources = _copula_act_doer(p, r, tok, history or [], s)
        if not sources and (sense.mode == "visit" or sense.type == "PROTEST"):
            # "Sanchez said during a visit to Beijing", "speaking on a visit to Hanoi": the
            # one who acts while on the visit makes it ("youths threw stones during
            # demonstrations against the military": and those who act at a protest protest)
            gov = R.visit_governor(p, tok.i)
            subj, found = _agents(p, r, gov.i) if gov is not None else (None, [])
            if subj is not None:
                sources, how, carrier = found, "purpose", gov.i
        if not sources and sense.type == "CONSULT":
            gov = R.meeting_governor(p, tok.i)
            subj, found = _agents(p, r, gov.i) if gov is not None else (None, [])
            if subj is not None:
                sources, how, carrier = found, "purpose", gov.i
    elif sense.kind == "adj":
        head = p.tokens[tok.head] if tok.dep in ("acomp", "amod") else tok
        subj = kid(p, tok.i, "nsubjpass") or R.subject_of(p, head.i) or kid(p, tok.i, "nsubj")
        sources = r.actors(subj.i) if subj is not None else []
        predicate = head.i
    else:
        subj, sources = _agents(p, r, tok.i)
        act = _act_above_place(p, tok) if sense.type == "ASSAULT" else None
        if act is not None:
            # "NATO's bombing of the Chinese Embassy in the Serbian capital, which killed three
            # Chinese journalists": the relative hung on the place tells what the act did, its
            # doer the act's (not the place's state)
            sources = R.noun_sources(r, act.i) or sources
        if not sources and subj is not None and (subj.pos == "NOUN" or subj.tag == "VBG") and \
                (sense.type in ("ASSAULT", "COERCE") or sense.mode == "incursion"):
            # ("a Russian cruise missile entered Polish airspace": the weapon's owner too)
            # "soldiers were killed by Russian shelling", "Israeli strikes destroyed the
            # bridge": the act that does the harm is its owner's (a gerund's own subject
            # too: "British" parsed as the subject of "shelling")
            sources = R.noun_sources(r, subj.i) or [
                a for g in kids(p, subj.i, "nsubj") if g.i < subj.i
                for a in r.owner_token(g)]
        if not sources and sense.type == "ASSAULT":
            sources = _attack_went_on(p, tok, history or [])
        if not sources and sense.type == "ASSAULT" and subj is not None and \
                subj.pos == "NOUN" and not kids(p, subj.i, "poss", "amod", "compound", "det") and \
                subj.lemma.lower() in R.word_class("troops") | {"artillery"} and \
                tok.dep == "ccomp" and p.tokens[tok.head].lemma.lower() in r.lex.speech_verbs:
            # "The Defense Ministry in Moscow said aircraft and artillery had struck Ukrainian
            # troops": forces of no one named, told striking by a state's military or
            # government voice, are its own (the struck are checked to be another's below;
            # not "the drone", one told before: "Amman insisted that the drone had hit a base
            # on the Syrian side")
            teller = R.subject_of(p, tok.head)
            sources = [replace(a, sector="MIL") for a in (r.actors(teller.i) if teller is not None
                                                          else [])
                       if a.code and a.sector in ("GOV", "MIL") and
                       r.lex.entry(f"country:{a.code}")]
        head = p.tokens[tok.head]
        if tok.dep == "conj" and tok.tag == "VBG" and head.pos in ("NOUN", "PROPN"):
            # a participle the parser joined to a noun: it stands where the participle above
            # it stands, not under that noun's clause
            predicate = next((a.i for a in ancestors(p, tok.i)
                              if a.tag == "VBG" and a.pos == "VERB"), tok.i)
        obj = kid(p, tok.i, "dobj")
        if tok.dep == "conj" and head.dep == "ccomp" and obj is not None and \
                obj.text.lower() in ("it", "them") and \
                p.tokens[head.head].lemma.lower() in r.lex.speech_verbs:
            # "Mao said Manila had provoked the incident and urged it to stop": a verb whose
            # object is the reported clause's subject is the speaker's, not that subject's
            said = R.subject_of(p, head.head)
            if said is None or not r.actors(said.i):
                return None     # a speaker of no known state: not the reported subject either
            reported = kid(p, head.i, "nsubj")
            sources = r.actors(said.i)
            if reported is not None and r.actors(reported.i):
                forced = r.actors(reported.i)
        text = subj
        if subj is not None and subj.text.lower() in ("that", "which") and tok.dep == "relcl" \
                and subj.dep in ("nsubj", "nsubjpass"):
            # "a statement that called on both countries" (not the text acted on: "China's
            # plan, which Washington has dismissed")
            text = head
        if not sources and text is not None and text.lemma.lower() in r.lex.documents:
            # a text speaks for whoever issued it: "said in a statement that called on ..."
            sources = R.issuer(r, text)
        if tok.dep == "conj" and head.dep == "ccomp" and tok.tag in ("VBD", "VBN") and \
                (not kids(p, tok.i, "nsubj", "nsubjpass") or
                 any(m.text.lower() == "that" for m in kids(p, tok.i, "mark"))) and \
                p.tokens[head.head].lemma.lower() in r.lex.speech_verbs and \
                (any(a.text.lower() in _modals() for a in kids(p, head.i, "aux")) or
                 head.tag in ("VBZ", "VBP") or not sources):
            # "Peskov said Western money would only drag out the fighting and accused the EU
            # of ...": a past verb joined to a reported clause of another time is the
            # speaker's own (not one with a subject of its own: "said Washington had been
            # watching ..., and a visit to Seoul by Sweden's prime minister was postponed";
            # but "and that India's envoy was being asked to leave" is said too)
            said = R.subject_of(p, head.head)
            if said is not None and r.actors(said.i):
                sources = r.actors(said.i)
        if not sources and sense.mode == "retaliation" and subj is not None and \
                subj.pos in ("NOUN", "PRON") and not r.actors(subj.i) and \
                tok.dep == "ccomp" and (head.lemma.lower() in r.lex.speech_verbs or
                                        head.lemma.lower() in WARNING_VERBS):
            # "Russia said the move would not go unanswered": the answer is the speaker's
            sources = _agents(p, r, head.i)[1]
        sent_out = sense.type == "REQUEST" and sense.kind == "verb" and \
            R.is_passive(p, tok.i) and (tok.lemma.lower() in COMMANDING | ASKING_OUT) and \
            _orders_out(p, tok)
        if not sources and subj is None and (sense.type in GOVERNMENT_ACTS or sent_out) and \
                R.is_passive(p, tok.i) and tok.dep == "ccomp" and \
                head.lemma.lower() in r.lex.speech_verbs and \
                not any(a.lemma.lower() in SP.evaluation().wrongful_manner
                        for a in kids(p, tok.i, "advmod")):
            # (not a wrong the speaker tells: "said he had been wrongfully detained")
            # "Qureshi said India's envoy was being asked to leave", "Tehran said two spies
            # were arrested": a measure only a government takes, told in the passive with no
            # doer by an official of a state, is that state's
            said = R.subject_of(p, head.i)
            sources = [a for a in (r.actors(said.i) if said is not None else [])
                       if a.code and a.sector in ("GOV", "MIL", "COP", "JUD") and
                       r.lex.entry(f"country:{a.code}")]
        if not sources and sent_out:
            # "Two Russian diplomats were ordered to leave Poland": the state they must leave
            # sends them away
            envoys = kid(p, tok.i, "nsubjpass")
            theirs = {a.code for a in r.actors(envoys.i)} if envoys is not None else set()
            sources = [a for c in kids(p, tok.i, "xcomp", "ccomp") if c.lemma.lower() in
                       DEPARTING for o in kids(p, c.i, "dobj") for a in r.actors(o.i)
                       if a.code and a.code not in theirs and
                       r.lex.entry(f"country:{a.code}")][:1]
        if not sources and subj is not None and subj.pos == "NOUN" and \
                ("noun", subj.lemma.lower()) in load_triggers().index:
            # "Israeli strikes killed 30 people": an act as the subject is its agent's
            sources = R.noun_sources(r, subj.i)
        if sense.type == "ASSAULT" and subj is not None and \
                subj.lemma.lower() in R.PENALTIES and subj.lemma.lower() not in ("measure",):
            # "the sanctions, announced by the Treasury, target three Chinese companies":
            # penalties that hit someone are a sanction, not an attack
            sense = replace(sense, type="SANCTION", mode=None)
            trig = replace(trig, sense=sense)
    if sense.kind == "verb" and tok.tag == "VBG" and tok.dep == "advcl" and sources:
        # "demanded that those countries withdraw their envoys, accusing them of ...": no one
        # accuses themselves; a participle whose object is the clause's own subject belongs
        # to the verb above that clause
        obj = kid(p, tok.i, "dobj")
        head = p.tokens[tok.head]
        own = {a.code for a in sources}
        named = {a.code for a in r.actors(obj.i)} if obj is not None else set()
        if obj is not None and obj.pos == "PRON" and head.dep in ("ccomp", "xcomp") and \
                (named == own or not named and obj.text.lower() == "them" and len(own) > 1):
            above = R.subject_of(p, head.head)
            if above is not None and r.actors(above.i):
                forced = sources
                sources, predicate = r.actors(above.i), head.head
    if speaker:
        sources, how = speaker, "speaker"     # "I urge ...", "we will support ..."
    granted = _right_granted(p, r, tok, sense, sources)
    if granted:
        # "Washington said Israel had the right to defend itself": the one who says a state
        # has that right backs it
        said = p.tokens[p.tokens[tok.head].head].head
        forced, sources, predicate, how = sources, granted, said, "speech"
    pair = R.between(r, tok.i)
    if not sources and len(pair) >= 2:
        sources, how = pair, "between"
    elif sense.kind == "verb" and tok.tag == "VBG" and \
            tok.dep in ("pcomp", "pobj", "nsubj", "nsubjpass", "dobj") and \
            kid(p, tok.i, "nsubj") is None and \
            any(c.text.lower() == "between" for c in kids(p, tok.i, "prep")):
        # "is sending troops to the Middle East as fighting between Israel and Hezbollah
        # escalates": a gerund used as a noun is the fight of those it is between, not of
        # the clause's subject (none when the parser lost one of them)
        if len(pair) < 2:
            return None
        sources, forced, how = pair[:1], pair[1:], "between"
    came = C.attendees(p, r, tok) or C.hyphen_hosts(p, r, tok) \
        if sense.kind == "noun" and sense.type == "CONSULT" and not forced else []
    came = [a for a in came if a.code not in {x.code for x in sources}]
    if came and sources:
        # "the talks, hosted by Qatar and attended by officials from Egypt and the United
        # States": the host meets those who attend
        forced = came
    elif len(came) >= 2:
        # (one who acts at it, "announced the decision at the close of a summit attended by
        # ...", met them there; else those who attend meet each other)
        at = _meeting_setting_verb(p, tok)
        present = [a for a in (_agents(p, r, at.i)[1] if at is not None else [])
                   if a.code and a.code not in {c.code for c in came}]
        sources, forced, how = (present, came, "attended") if present else \
            (came[:1], came[1:], "attended")
    if sense.kind == "verb" and tok.lemma.lower() in C.GATHERING and \
            len(C.gathered(p, r, tok)) >= 2:
        # "the talks brought together officials from the United States and Ukraine"
        sources, how = C.gathered(p, r, tok), "gathered"
        meeting = R.subject_of(p, tok.i)
        bodies = [a for m in kids(p, meeting.i, "compound", "amod", "nmod", "poss")
                  for a in r.actors(m.i) if a.code and T.a_body(a)] \
            if meeting is not None else []
        if bodies and not forced:
            # "The G7 talks bring together ministers from Britain, Canada, ...": a body's
            # meeting is one its members hold with the body, not each with each
            forced = bodies[:1]
    if not sources and sense.mode == "sign agreement" and R.is_passive(p, tok.i):
        sources, how = _clause_parties(p, r, s), "clause"
    if not sources and sense.kind == "verb" and sense.agent and \
            sense.agent <= frozenset({"CVL", "OPP"}):
        # "In Sanaa, tens of thousands of people poured into the streets, chanting against
        # the United States": a crowd that names no state is of the place where it gathers
        sources, how = _crowd_place(p, r, tok.i, R.subject_of(p, tok.i)), "place"
    if not sources and sense.type == "ACCUSE" and sense.kind == "verb" and \
            tok.dep == "acl" and tok.tag == "VBN" and not kids(p, tok.i, "agent") and \
            p.tokens[tok.head].dep == "dobj" and \
            p.tokens[p.tokens[tok.head].head].lemma.lower() in PENALIZING:
        # "Washington blacklisted three Chinese firms accused of supplying drone parts to
        # Russia": the one who penalizes them for it makes the charge, against their state
        penalizer = R.subject_of(p, p.tokens[tok.head].head)
        sources = [a for a in r.actors(penalizer.i) if a.code] if penalizer is not None else []
        forced = [a for a in R.owners(r, tok.head) if a.code and
                  a.code not in {x.code for x in sources}]
        how = "penalizer"
        if not forced:
            sources = []
    if not sources and sense.kind == "verb" and R.is_passive(p, tok.i):
        # "two rockets were fired from Gaza": a passive's origin is its source
        for prep in kids(p, tok.i, "prep"):
            if prep.text.lower() == "from":
                obj = kid(p, prep.i, "pobj")
                sources = r.actors(obj.i) if obj is not None else []
                how = "origin"
    if not sources and sense.kind == "verb" and sense.type in ("MOBILIZE", "AID") and \
            R.is_passive(p, tok.i) and _doer_phrase(p, tok) is None:
        # "Two hundred British soldiers were deployed to Kosovo", "soldiers from Rwanda were
        # sent to Mozambique": forces moved with no mover named are moved by their own state
        patient = kid(p, tok.i, "nsubjpass")
        if patient is None and tok.dep == "xcomp":
            # "soldiers are set to be deployed": the subject raised to the verb above
            patient = kid(p, tok.head, "nsubjpass") or kid(p, tok.head, "nsubj")
        if patient is not None and patient.lemma.lower() in MOVED_FORCES:
            sources, how = r.actors(patient.i), "forces"
        elif patient is not None and sense.mode == "arms transfer" and patient.i == trig.obj \
                and not any(t.lemma.lower() in MADE_WORDS
                            for t in p.tokens[subtree(p, patient.i)[0]:patient.i]):
            # "Turkish drones have been delivered to Ethiopia": arms handed over with no
            # giver named come from the state whose they are (not from where they were made:
            # "American-made tanks were sent to Ukraine" may come from anyone who bought them)
            sources, how = r.actors(patient.i), "forces"
    if not sources and sense.kind == "verb" and sense.type in _HARMS and \
            R.is_passive(p, tok.i) and _doer_phrase(p, tok) is None \
            and any(a.text.lower() in ("will", "would", "'ll") for a in kids(p, tok.i, "aux")) \
            and not kids(p, tok.i, "neg"):
        # "Trump told reporters that Venezuelan jets would be shot down": a harm to come,
        # with no doer named, told by a state's voice to the other is its threat (the clause
        # may hang on a time word: "told reporters the following day that ..."; but "told an
        # Indian broadcaster that Putin would not be arrested if he traveled to Rio" is an
        # assurance)
        gov = next((a for a in list(ancestors(p, tok.i))[:3] if a.pos == "VERB"), tok)
        patient = kid(p, tok.i, "nsubjpass")
        teller = R.subject_of(p, gov.i) if gov.lemma.lower() in r.lex.speech_verbs | \
            WARNING_VERBS else None
        told = r.actors(teller.i) if teller is not None else []
        hit = r.actors(patient.i) if patient is not None else []
        if not hit and patient is not None and sense.mode == "release":
            hit = [a for a in R.owners(r, patient.i) if a.code]     # "the Indian pilot"
        if told and hit and not {a.code for a in told} & {a.code for a in hit} and \
                sense.mode == "release":
            # "Iran said the British sailors would be released", "Khan told parliament that
            # the Indian pilot would be freed": a release to come, told by the holder's voice,
            # is the holder's promise to let them go (dated and timed by its own verb)
            sources, forced, how = told, hit, "speech"
        elif told and hit and not {a.code for a in told} & {a.code for a in hit}:
            sources, forced, predicate, how = told, hit, gov.i, "speech"
            sense = replace(sense, type="THREATEN", mode=None)
            trig = replace(trig, sense=sense)
    if not sources and sense.kind == "verb" and R.is_passive(p, tok.i):
        # "Canada's ambassador to Britain was summoned": an envoy is summoned by the host
        subj = kid(p, tok.i, "nsubjpass")
        if subj is not None and subj.lemma.lower() in ENVOYS:
            for prep in kids(p, subj.i, "prep"):
                obj = kid(p, prep.i, "pobj") if prep.text.lower() in ("to", "in") else None
                if obj is not None:
                    sources, how = r.actors(obj.i), "host"
    if sense.type == "THREATEN" and sense.kind == "verb" and any(
            c.lemma.lower() in QUITTING and (kid(p, c.i, "dobj") is None or
                                             kid(p, c.i, "dobj").lemma.lower() in CABINETS)
            for c in kids(p, tok.i, "xcomp")):
        return None     # "Ben-Gvir threatened to quit the government": a politician's threat
        #                 to his own coalition, no state's to another
    if sense.type == "ACCUSE" and sense.kind == "verb" and tok.dep == "acl" and \
            tok.lemma.lower() in ("link", "tie", "connect", "trace"):
        return None     # "there was no evidence linking Russia to the blast": the evidence's
        #                 (speech.linked_by_speaker tells whose), not a charge made here
    if sense.type == "AID" and trig.obj is not None and \
            p.tokens[trig.obj].lemma.lower() in ("support", "backing") and not any(
                m.lemma.lower() in MATERIAL_SUPPORT
                for m in kids(p, trig.obj, "amod", "compound")):
        return None     # "offering Poland their full support": words of support (SUPPORT, by
        #                 the noun), not aid ("military support" is)
    asked_by = T.at_request_of(p, tok.i) if sense.type == "REQUEST" and \
        sense.kind == "noun" else None
    if asked_by is not None:
        # "the Security Council met at the request of France": France asked the council
        sources, how = r.actors(asked_by[0].i), "noun"
        forced = r.actors(asked_by[1].i) if asked_by[1] is not None else []
    if not sources and sense.kind == "noun" and history:
        # "held naval drills with Canada in 2016; this year's drills began on Monday": an act
        # named again with no party of its own is the last of its kind the story told, by
        # the same parties (dated on its own: told at another time, it is another record)
        again = _told_again(p, tok, sense, s, history, published)
        if again is not None:
            sources, forced, how = again.sources, again.targets, "again"
            if tok.dep in ("nsubj", "nsubjpass"):
                predicate = tok.head    # "... drills began on Monday": dated by its verb
    if not sources and sense.type == "SANCTION" and sense.kind == "noun":
        # "Trump said the tariffs on Mexico would take effect on March 4": a penalty its
        # teller says will come into force is the teller's own (one told before is
        # its first teller's)
        teller = _in_force_by_teller(p, r, tok)
        if teller:
            sources, how = teller, "speech"
            predicate = tok.head
    hosts = _hosts(p, tok) if sense.type == "COOPERATE" and sense.mode == "exercise" else []
    host_codes = {h.code for h in hosts}
    if not sources and len(hosts) >= 2:
        # "the Balikatan drills began on Monday": a named exercise its text gives no parties
        # is held by its hosts (exercises.csv)
        sources, forced, how = hosts[:1], hosts[1:], "hosts"
        if tok.dep in ("nsubj", "nsubjpass"):
            predicate = tok.head    # "... drills began on Monday": dated by its verb
        subj = R.subject_of(p, predicate) if predicate != tok.i else None
        guests = [a for a in R.examples_owners(r, subj.i) if a.code not in host_codes] \
            if subj is not None else []
        if guests:
            # "17,000 personnel, including 12,000 Americans and 100 Australians, are taking
            # part in the Balikatan drills": a guest the participants include joins the hosts
            sources, forced = guests, hosts
    elif hosts and not forced and len(sources) == 1 and \
            not {a.code for a in sources} & host_codes and \
            all(r.lex.entry(f"country:{c}") for c in host_codes):
        # "Australian forces took part in the Balikatan exercises": a guest of a named
        # exercise its states hold takes part with them (an alliance's exercise, as BALTOPS
        # is NATO's, is one its guests hold together; and several guests named together
        # exercise with each other: "Japan and Germany took part in Talisman Sabre")
        forced = hosts
    joining = _joining_forces(p, r, tok) if sense.type == "COOPERATE" and \
        sense.mode == "exercise" and sense.kind == "noun" else []
    if not sources and joining and history:
        # "U.S. and Philippine troops began joint exercises. The drills also involve ...":
        # the drills told before, held together
        again = _told_again(p, tok, sense, s, history, published, joint=True)
        if again is not None:
            sources, forced, how = again.sources, again.targets, "again"
    if joining and len({a.code for a in sources + forced}) >= 2:
        # "The Balikatan exercises also include Australian and French forces": those whose
        # forces the exercise takes in exercise with its parties
        parties = {a.code for a in sources + forced}
        joining = [a for a in joining if a.code not in parties]
        if joining:
            sources, forced = joining, sources + forced
            if tok.dep == "nsubj":
                predicate = tok.head
    if not sources and sense.kind == "verb" and tok.lemma.lower() in ARRIVALS and \
            r.stricken_state() is not None:
        # "reinforcements have arrived from overseas, including Canada, New Zealand and the
        # United States", in a story of a disaster: the helpers come from those named
        doer = R.subject_of(p, tok.i)
        if doer is not None and doer.lemma.lower() in RELIEF_WORKERS | REINFORCEMENTS:
            sources = [a for pr in kids(p, tok.i, "prep") if pr.text.lower() == "from"
                       for o in kids(p, pr.i, "pobj")
                       for a in r.actors(o.i) or R.examples_owners(r, o.i) if a.code] or \
                [a for a in R.examples_owners(r, doer.i) if a.code]
    if not sources and sense.type == "CONSULT" and sense.kind == "noun" and \
            (tok.dep == "pobj" or tok.dep == "dobj" and p.tokens[tok.head].dep == "prep") and \
            not kids(p, tok.i, "poss"):
        # "held talks in Muscat on Sunday, a day before a planned round of indirect nuclear
        # negotiations with the United States", "arrived in Muscat for talks with Washington":
        # talks with a party, told in a phrase of the subject's own act, are the subject's
        with_party = [a for pr in kids(p, tok.i, "prep") if pr.text.lower() == "with"
                      for o in kids(p, pr.i, "pobj") for a in r.actors(o.i) if a.code]
        verb = _acting_verb(p, tok)
        path_ok = verb is not None and all(a.dep in ("pobj", "prep", "npadvmod", "dobj")
                                           for a in _up_to(p, tok, verb))
        subj = R.subject_of(p, verb.i) if verb is not None and path_ok else None
        doers = [a for a in (r.actors(subj.i) if subj is not None else []) if a.code and
                 a.code not in {w.code for w in with_party}]
        if with_party and doers:
            sources, how, talks_ahead = doers, "subj", _talks_ahead(p, tok, verb)
        elif not with_party and len({a.code for a in doers}) >= 2 and \
                _talks_set_by(p, tok) in ("after", "following", "during", "at") and \
                not REF.refers_back(p, tok):
            # "Biden and Xi agreed to resume military communications after four hours of
            # talks": talks the joined subject held among themselves (not talks named again:
            # "spoke by phone with Trump after the talks" in Istanbul)
            sources, forced, how = doers[:1], doers[1:], "subj"
    if not sources and sense.type == "CONSULT" and sense.kind == "noun" and \
            tok.dep in ("nsubj", "nsubjpass"):
        # "Egypt said talks with Ethiopia on the dam had ended without a deal": talks with a
        # party that an official teller says went some way are the teller's own
        teller = _talks_teller(p, r, tok)
        if teller:
            sources, how, predicate = teller, "speech", tok.head
    if not sources:
        return None
    if sense.type == "SANCTION" and sense.mode == "discontinue" and _no_one_s_doing(p, tok):
        # "called off a planned trip to Australia because of the spread of the Omicron
        # variant", "postponed the drills due to a typhoon": a mishap, no measure against
        # anyone
        return None
    if sense.kind == "verb" and tok.dep == "relcl" and tok.tag in ("VBZ", "VBP") and \
            sense.type in ("SANCTION", "COERCE") and not kids(p, tok.i, "aux") and any(
                c.text.lower() in ("that", "which") for c in kids(p, tok.i, "nsubj")):
        # "violated U.N. Security Council resolutions that ban military cooperation with the
        # North": what a standing text or rule does, told in the present, is no new act
        return None
    if sense.type == "REQUEST" and sense.kind == "verb" and tok.lemma.lower() in INTENT_VERBS \
            and kid(p, tok.i, "dobj") is None and (kids(p, tok.i, "xcomp") or any(
                kid(p, c.i, "aux") is not None and kid(p, c.i, "aux").text.lower() == "to"
                for c in kids(p, tok.i, "advcl"))):
        # "both countries seek to counter China", "Marcos sought on Sunday to calm Beijing"
        # (the infinitive hung on as an adverbial clause): an aim, not a request
        return None
    if sense.type == "REQUEST" and sense.kind == "verb" and \
            tok.lemma.lower() in OBJECT_REQUESTS:
        # "Russia wants to capture Kyiv" asks nothing of anyone; "people want their
        # government to ..." ask it, not a state its plans name
        asked = [kid(p, tok.i, "dobj")] + [kid(p, c.i, "nsubj") for c in kids(p, tok.i, "ccomp")]
        forced = [a for t in asked if t is not None for a in r.actors(t.i)
                  if a.code not in {x.code for x in sources}]
        if not forced:
            return None
        if tok.lemma.lower() == "expect" and not any(
                c.lemma.lower() in COMPLIANCE for c in kids(p, tok.i, "ccomp", "xcomp")):
            return None     # "she expected Moscow to retaliate": a forecast, no demand
    if sense.kind == "verb" and sense.mode in ("visit", "deployment") and \
            tok.lemma.lower() in MOTION_VERBS | ARRIVALS:
        doer = R.subject_of(p, tok.i)
        if doer is not None and (doer.lemma.lower() in RELIEF_WORKERS or
                                 doer.lemma.lower() in REINFORCEMENTS and
                                 r.stricken_state() is not None or
                                 doer.lemma.lower() in RELIEF_TEAMS and any(
                                     m.lemma.lower() in RELIEF | RELIEF_MAKERS
                                     for m in kids(p, doer.i, "amod", "compound"))):
            # "firefighters from Canada arrived in Australia", "rescue teams flew to Turkey":
            # those who come to help bring aid, neither a visit nor a deployment
            sense = replace(sense, type="AID", mode="relief", agent=frozenset())
            trig = replace(trig, sense=sense)
    if sense.agent and not all(a.sector in sense.agent for a in sources):
        return None     # "travelled to Budapest" is a visit for officials, not for troops
    if sense.not_agent and any(a.sector in sense.not_agent for a in sources):
        return None     # "the union called off its strike": no side's arms stopped
    if sense.type == "MOBILIZE" and sense.mode == "deployment" and sense.kind == "noun":
        # "will end its military mission in Iraq", "the mission ... would end in most of Iraq
        # within a year": a mission ended is forces withdrawn
        ender = p.tokens[predicate] if predicate != tok.i else \
            p.tokens[tok.head] if tok.dep in ("nsubj", "nsubjpass") else None
        if ender is not None and ender.lemma.lower() in _STOPPING | MISSION_ENDING:
            sense = replace(sense, type="RETREAT", mode="withdraw")
            trig = replace(trig, sense=sense)
    if sense.type == "PROTEST" and sense.kind == "noun" and predicate != tok.i and \
            p.tokens[predicate].lemma.lower() in LODGE:
        sense = replace(sense, type="ACCUSE", mode="disapprove")
        trig = replace(trig, sense=sense)
    if sense.type == "PROTEST" and sense.kind == "noun" and tok.dep == "dobj" and \
            p.tokens[tok.head].lemma.lower() in HEARING:
        return None     # "summoned the British ambassador to receive a protest": the envoy
        #                 hears a government's complaint (told by the summons), no crowd's
    if sense.type == "COERCE" and sense.mode != "cyber" and \
            all(a.sector in ("CVL", "OPP") for a in sources):
        # civilians blocking roads are protesting, not coercing
        sense = replace(sense, type="PROTEST", mode="obstruct")
        trig = replace(trig, sense=sense)
    if sense.type == "CONSULT" and sense.kind == "noun" and tok.dep == "pobj" and \
            p.tokens[tok.head].text.lower() == "for" and \
            p.tokens[p.tokens[tok.head].head].lemma.lower() in RECALLING:
        return None     # "recalled their ambassadors for consultations": why, no meeting
    if sense.type == "AGREE" and sense.kind == "noun" and _to_safeguard(p, tok.i):
        # "commitment to Israel's security" backs a state; "commitment to withdraw" promises
        sense = replace(sense, type="SUPPORT", mode=None)
        trig = replace(trig, sense=sense)
    threat = sense.type == "AGREE" and _threat(p, tok.i)
    if threat and p.tokens[tok.i].lemma.lower() in DECIDING:
        return None     # the force agreed on is the event (planned), told by its own verb
    if threat:
        # a promise of force is a threat: decided before the targets, which threats look for
        # in their conditions and complements
        sense = replace(sense, type="THREATEN", mode=None)
        trig = replace(trig, sense=sense)
        if not forced:
            # "vowed revenge against Israel for the killing of ...": the reprisal's own
            # "against", "on" or "at" phrase, before what it is for
            forced = [a for o in kids(p, tok.i, "dobj") for pr in kids(p, o.i, "prep")
                      if pr.text.lower() in ("against", "on", "at")
                      for x in kids(p, pr.i, "pobj") for a in R.owners(r, x.i)
                      if a.code and a.code not in {y.code for y in sources}]
        if not forced:
            # "ready to trigger the return of U.N. sanctions on Iran": whom the penalty hits
            for c in kids(p, tok.i, "xcomp", "ccomp"):
                forced += [a for x in _penalized(p, _object_and_of(p, c.i)) if x is not None
                           for a in R.owners(r, x.i)
                           if a.code and a.code not in {y.code for y in sources}]
    if sense.type == "SANCTION" and sense.kind == "verb" and not sense.object and \
            tok.lemma.lower() in MEMBER_SUSPENDING and not any(
                r.actors(o.i) for o in kids(p, tok.i, "dobj", "nsubjpass")):
        return None     # "suspended Niger" puts a member out; "suspended the operation" not
    if sense.type == "AID" and sense.kind == "verb" and tok.lemma.lower() in CAUSATIVES and \
            kid(p, tok.i, "dobj") is None and \
            any(c.pos == "VERB" for c in kids(p, tok.i, "xcomp")) and \
            (helper := kid(p, tok.i, "nsubj")) is not None and helper.pos == "NOUN" and \
            not r.actors(helper.i):
        return None     # "their conversations had helped keep competition from veering into
        #                 conflict": a thing that helps a thing happen gives no aid (a state
        #                 may: "the United States helped rebuild Ukraine's power grid")
    if sense.type == "REQUEST" and sense.kind == "verb" and tok.lemma.lower() in DRIVING and \
            any(c.pos == "VERB" and any(a.text.lower() == "to" for a in kids(p, c.i, "aux"))
                for c in kids(p, tok.i, "xcomp", "advcl")) and \
            (pusher := kid(p, tok.i, "nsubj")) is not None and pusher.pos == "NOUN" and \
            pusher.lemma.lower() in (R.undertakings() | REF.GENERIC_ACTS) - SPEAKING_BODIES:
        return None     # "a new U.S.-South Korean agreement ... would only push Pyongyang to
        #                 strengthen its own nuclear forces": a thing that drives another to
        #                 act asks nothing of it
    if sense.type == "AID" and trig.obj is not None and \
            {p.tokens[trig.obj].lemma.lower(), p.tokens[trig.obj].text.lower()} & DEBTS and \
            not [a for m in kids(p, trig.obj, "poss") for a in r.actors(m.i)
                 if m.tag != "PRP$" and a.code not in {x.code for x in sources}]:
        return None     # "cleared its arrears to the IMF": its own debt, no aid
    skip = frozenset(a.code for a in sources if sense.type in OUTWARD)
    lemma = tok.lemma.lower()
    if sense.type == "REQUEST" and sense.kind == "verb" and _asked_of_own_side(p, r, tok, sources):
        return None     # "Putin said Russia's defense ministry must be ready to ...": what
        #                 a state's own bodies must do is an order at home, asked of no one
    if not forced and sense.type == "REQUEST" and sense.kind == "verb":
        forced = [a for a in _summoned(p, r, tok) if a.code not in skip]
    if not forced and sense.type == "ACCUSE" and sense.kind == "verb" and \
            tok.dep in ("xcomp", "advcl"):
        # "summoned the ambassadors of Britain, France and Germany to protest what it called
        # their destructive role": protested to the envoys' states
        forced = [a for a in _summoned(p, r, tok) if a.code not in skip]
    if not forced and sense.type == "ACCUSE" and sense.kind == "noun" and predicate != tok.i:
        # "summoned Afghanistan's top diplomat to lodge a strong protest": lodged with the
        # envoy's state
        forced = [a for a in _summoned(p, r, p.tokens[predicate]) if a.code not in skip]
    spec = sense.target
    # (a subject of several joined names, however many of them were resolved)
    several = sense.type in RECIPROCAL and _several_doers(p, predicate)
    if len({a.code for a in sources}) > 1 and sense.type in RECIPROCAL:
        # "Russia and China held joint naval drills near Japan": where parties who act
        # together are is no party of theirs
        spec = tuple(w for w in spec if w not in NEAR_PREPS)
    elif several:
        # "Iran and the three European powers held talks in Geneva": several met, though
        # only one of them was resolved; where they met is no party
        spec = tuple(w for w in spec if w not in NEAR_PREPS | {"in", "at"})
    aim = trig.obj
    if aim is None and sense.type == "MOBILIZE" and kid(p, tok.i, "dobj") is not None:
        # "massed troops along its border with Ukraine": where forces are put is whom they
        # face, the phrase hung on the forces as on the verb
        aim = kid(p, tok.i, "dobj").i
    tgts = forced or R.targets(r, tok.i, spec, aim, skip, True) if reaction is None else \
        [a for a in reaction[1] if a.code not in {x.code for x in sources}]
    pron = kid(p, tok.i, "dobj") if sense.kind == "verb" else None
    if not forced and reaction is None and history and sense.type == "REJECT" and \
            pron is not None and REF.charge_antecedent(p, pron) is not None:
        # "Both governments have denied the report. Peskov dismissed it as fake news": the
        # pronoun is the charge, rejected as its makers' (not a state "it" might name)
        found = REF.accusers(history, {a.code for a in sources})
        if not found:
            return None     # (a charge whose maker the story has not told: no one to name)
        tgts = forced = found
    if not forced and reaction is None and history is not None and sense.type in REACTIVE \
            and pron is not None and pron.text.lower() in ("it", "them", "this") and \
            REF.act_antecedent(p, pron) is not None and object_told_before(p, tok) is None:
        # "launched airstrikes ... Iran called them a violation": the pronoun is an act,
        # whose doers are the target, not a party the pronoun might name (an act whose doer
        # the story does not give leaves no target to guess); an act that names its doer
        # is that doer's ("reckless moves by North Korea, and Japan condemns it")
        ante = REF.act_antecedent(p, pron)
        tgts = [a for a in R.noun_sources(r, ante.i) if a.code and
                a.code not in {x.code for x in sources}] or \
            REF.anaphoric_target(p, r, tok.i, sense, sources, history)
        if not tgts:
            return None
    elif not forced and reaction is None and history and sense.type in ("SUPPORT", "ACCUSE") \
            and pron is not None and REF.generic_act(p, r, pron):
        # "welcomed the decision as a big step, saying it would help to stop Russia": the
        # one who decided, before any state the rest of the sentence names
        tgts = REF.anaphoric_target(p, r, tok.i, sense, sources, history)
    if not tgts and predicate != tok.i:
        tgts = R.targets(r, predicate, spec, trig.obj, skip)
    if not tgts and history and _those_responsible(p, tok):
        # "urged those responsible to release members of the government" after a coup:
        # whoever last struck or seized by force
        tgts = REF.last_doers(history, {a.code for a in sources}, ("ASSAULT", "COERCE"),
                              last=12)
    if not tgts and carrier is not None:
        # "flew alongside American aircraft during Exercise Pitch Black" (but "in a joint
        # statement, the three urged Tehran to ...": the one urged is no party to the text)
        tgts = R.targets(r, carrier, ("alongside", "with") if p.tokens[carrier].lemma.lower()
                         in TOPIC_VERBS or sense.type == "AGREE" and
                         tok.lemma.lower() in JOINT_TEXTS else
                         ("dobj", "dative", "alongside", "with"), None, skip)
    beside = [pr for pr in kids(p, tok.i, "prep") if pr.text.lower() == "with"] \
        if sense.kind == "verb" and lemma in BROKERS else []
    if tgts and beside and all(any(m.text.lower() in ("together", "along")
                                   for m in kids(p, pr.i, "advmod")) for pr in beside):
        # "The deal was brokered by Qatar together with Egypt and the United States": those
        # it was brokered together with are co-mediators, not the ones met; the parties are
        # those of the deal
        mine = {a.code for a in sources}
        subj = kid(p, tok.i, "nsubjpass") or kid(p, tok.i, "dobj")
        tgts = [a for a in (REF.referent_doers(p, r, subj, "SUPPORT", mine, history or [])
                            if subj is not None else []) if a.code not in mine]
    if not tgts and sense.kind == "verb" and lemma in BROKERS:
        # "mediated an accord between Kenya and South Korea": the mediator meets both
        obj = kid(p, tok.i, "dobj")
        tgts = R.between(r, obj.i) if obj is not None else []
        if not tgts and tok.tag == "VBN" and tok.dep in ("advcl", "acl"):
            # "Kyiv and Moscow swapped prisoners, mediated by the UAE": it met the swappers
            head = p.tokens[tok.head]
            agent = R.subject_of(p, head.i) if head.pos in ("VERB", "AUX") else None
            tgts = r.actors(agent.i) if agent is not None else \
                R.between(r, head.i) or R.noun_sources(r, head.i)
            gov = p.tokens[p.tokens[head.head].head] if head.dep == "pobj" else None
            if not tgts and gov is not None and gov.pos in ("VERB", "AUX"):
                # "restored relations in a deal brokered by China": the restorers
                agent = R.subject_of(p, gov.i)
                tgts = r.actors(agent.i) if agent is not None else []
    if not tgts and sense.kind == "noun" and tok.dep == "pobj" and \
            p.tokens[tok.head].dep == "agent" and sense.type not in SYMMETRIC and \
            p.tokens[p.tokens[tok.head].head].lemma.lower() not in FEELINGS:
        # "Kyiv was hit by a massive Russian missile attack": what the attack hit (not one
        # who "was alarmed by the Venezuelan crackdown": moved by it, not struck)
        hit = kid(p, p.tokens[tok.head].head, "nsubjpass")
        tgts = r.actors(hit.i) if hit is not None else []
    if not tgts and sense.kind == "verb" and R.is_passive(p, tok.i) and \
            (sense.type not in SYMMETRIC or kid(p, tok.i, "dobj") is not None):
        # (a passive that keeps its object has its receiver for subject, whatever the act:
        # "Ukraine was promised $2 billion in aid by Germany")
        subj = kid(p, tok.i, "nsubjpass")
        if subj is None and tok.dep == "conj":
            # "two bombers flew near Alaska and were intercepted by U.S. jets": the subject
            # the conjuncts share
            subj = kid(p, tok.head, "nsubj") or kid(p, tok.head, "nsubjpass")
        tgts = r.actors(subj.i) if subj is not None else []
    if sense.type == "ACCUSE" and tgts and history and all(T.a_body(a) for a in tgts):
        # "lodged a complaint with the U.N. Security Council over the Erbil attack": the body
        # is where it was filed; the accused is whoever did the act it is over
        act = T.over_act(p, tok.i)
        doers = REF.referent_doers(p, r, act, "ACCUSE", {a.code for a in sources}, history) \
            if act is not None else []
        tgts = [a for a in doers if not T.a_body(a)] or tgts
    if not tgts and sense.type in ("ACCUSE", "SUPPORT", "REJECT") and sense.kind == "verb":
        # "Russia expelled two diplomats, a move Estonia condemned as provocative": the act
        # the relative clause's noun stands in apposition to is the one judged
        tgts = _apposed_doers(p, r, tok, {a.code for a in sources})
    if not tgts and sense.type == "ACCUSE" and sense.kind == "verb":
        # "Iran condemned the vote, saying Britain, France and Germany had acted
        # irresponsibly": the ones the speaker goes on to say did it
        tgts = _said_doers(p, r, tok, {a.code for a in sources})
    if not tgts and sense.type in ("ACCUSE", "SUPPORT", "REJECT") and sense.kind == "verb":
        # 'condemned what Miller called "escalatory actions" by China'
        tgts = T.named_in_free_relative(p, r, tok.i, {a.code for a in sources})
        if tgts and sense.type == "REJECT":
            # "rejected what it described as Washington's use of pressure": another's act
            # named in one's own words and turned down is charged
            sense = replace(sense, type="ACCUSE", mode="disapprove")
            trig = replace(trig, sense=sense)
    if not tgts and sense.type == "ASSAULT" and tok.dep == "advcl" and \
            R.is_passive(p, tok.head):
        # "four Armenian soldiers were killed when Azerbaijani forces opened fire": whom the
        # clause it explains says were hit
        hit = kid(p, tok.head, "nsubjpass")
        tgts = [a for a in (r.actors(hit.i) if hit is not None else [])
                if a.code not in {x.code for x in sources}]
    if sense.type == "CONSULT" and tgts and (all(a.sector == "MED" for a in tgts) or any(
            r.lex.sector_nouns.get(o.lemma.lower()) == "MED"
            for prep in kids(p, tok.i, "prep") if prep.text.lower() in ("to", "with")
            for o in kids(p, prep.i, "pobj"))):
        return None     # "speaking to the French broadcaster France 24" consults no state
    if not tgts and sense.type == "ASSAULT" and sense.kind == "verb":
        # "fired missiles at what it described as bases of a militant group in the Panjgur
        # area of Pakistan's Balochistan province": the state where what was hit lies
        tgts = T.struck_in(p, r, tok.i, {a.code for a in sources})
    if not tgts and sense.type == "ASSAULT" and sense.kind == "noun" and predicate != tok.i:
        # "carried out airstrikes inside Afghanistan": the same, for an attack a light verb
        # carries (its own phrase, or an "in" or "inside" on the light verb itself)
        own_codes = {a.code for a in sources}
        tgts = T.struck_in(p, r, tok.i, own_codes) or T.struck_in(
            p, r, predicate, own_codes, direct=True)
    if tgts and sense.type == "ASSAULT" and sources and \
            not [t for t in tgts if t.code not in {a.code for a in sources}]:
        # "carried out airstrikes on hideouts of the Pakistani Taliban inside Afghanistan",
        # "struck hideouts of the Pakistani Taliban inside Afghanistan": the attacker's own
        # militants abroad are hit in the state the phrase places them in
        own_codes = {a.code for a in sources}
        hit = [o for h in {tok.i, predicate} for o in kids(p, h, "dobj") +
               [x for prep in kids(p, h, "prep") for x in kids(p, prep.i, "pobj")]]
        tgts = next((found for o in hit for found in [T.struck_in(p, r, o.i, own_codes)]
                     if found), tgts)
    if pair and how != "between":
        tgts = tgts or [a for a in pair if a.code not in {x.code for x in sources}]
    own = frozenset(a.code for a in sources)
    tgts = [t for t in tgts if t.code not in own or (
        t.sector and t.sector not in {a.sector for a in sources})]
    if not tgts and sense.kind == "verb" and tok.dep == "conj" and sense.type in SYMMETRIC \
            and p.tokens[tok.head].pos == "VERB" and not (
                len({a.code for a in sources}) > 1 and to_each_other(p, tok.i)):
        # "she met Kenya's defence minister and signed a trade agreement": with whom she met
        # (not "Maduro and Ali met, with a Brazilian envoy present, and pledged not to use
        # force against each other": a pledge the two make to each other)
        tgts = R.targets(r, tok.head, ("dobj", "with"), None, skip)
    if not tgts and sense.type in ("SUPPORT", "AGREE"):
        said_to = p.tokens[predicate]
        if said_to.pos == "NOUN" and said_to.dep == "dobj":
            said_to = p.tokens[said_to.head]    # "reaffirmed France's support"
        if said_to.dep == "conj" and p.tokens[said_to.head].pos == "VERB" and \
                p.tokens[said_to.head].lemma.lower() in TALKING and not (
                    len({a.code for a in sources}) > 1 and to_each_other(p, tok.i)):
            # "Macron spoke with Zelenskyy by phone and reaffirmed France's support": backing
            # voiced in a talk is for the one talked with
            tgts = R.targets(r, said_to.head, ("dobj", "with"), None, skip)
    # (several who sign an accord together sign it with each other: "Armenia and Azerbaijan
    # signed an agreement at the White House" names where, not with whom)
    gathering = len(sources) > 1 and (sense.type in RECIPROCAL or
                                      sense.mode == "sign agreement") or several
    if lemma in TOPIC_VERBS or lemma in CONTACTING:
        # "discussed China's role": a topic, not a partner; "contacted dozens of
        # governments": the ones contacted are its object, none guessed
        gathering = True
    if sense.type == "AGREE" and sense.kind == "verb" and tok.lemma.lower() in MADE_PUBLIC:
        gathering = True    # "China unveiled a peace plan for Ukraine" agrees with no one
    if any(w.endswith("_place") for w in sense.target) or sense.mode == "accession":
        # a sense that goes only to a named place guesses no one else; nor does joining a
        # body ("handed over the instrument of accession at the State Department in
        # Washington" joins NATO, named before, not the host)
        gathering = True
    judged = kid(p, tok.i, "dobj") if sense.type in ("ACCUSE", "REJECT") and \
        sense.kind == "verb" else None
    if not tgts and judged is not None and (REF.hostile_kinds(judged.lemma.lower()) or
                                            _armed_act(p, judged)):
        # "Japan condemned the attack on Israel": whoever made the attack (told before), not
        # the one it struck
        # (its maker named on it, or in a "by" phrase the parser hung on the verb: "the
        # attacks on its soil by Turkey")
        lo, hi = subtree(p, judged.i)
        makers = R.noun_sources(r, judged.i) + [
            a for pr in kids(p, tok.i, "prep", "agent") + list(p.tokens[lo:hi])
            if pr.text.lower() == "by" and pr.dep in ("prep", "agent")
            for o in kids(p, pr.i, "pobj") for a in r.actors(o.i)]
        tgts = REF.doers_by_both(p, judged, set(own), history) or \
            [a for a in makers if a.code and a.code not in own] or \
            REF.referent_doers(p, r, judged, "ACCUSE", own, history, True)
        gathering = True
    if tgts and sense.type == "REJECT" and sense.kind == "verb" and any(
            s_.type == "ASSAULT" for o in kids(p, tok.i, "dobj")
            for s_ in load_triggers().index.get(("noun", o.lemma.lower()), ())):
        # "Saudi Arabia said it rejected the targeting of diplomatic facilities": an attack
        # rejected is condemned, not an offer turned down
        sense = replace(sense, type="ACCUSE", mode="disapprove")
        trig = replace(trig, sense=sense)
    # (a sense that asks for a named party only has no fallback: "committed to a ceasefire
    # between Israel and Hamas" supports neither)
    named_only = bool(sense.target) and all(w.endswith(("_party", "_border", "restored",
                                                        "avoided"))
                                            for w in sense.target)
    if not tgts and not gathering and not named_only:
        # (when several parties meet, a place named is where, not whom: no fallback)
        tgts = R.fallback_targets(r, tok.i, own)
        moved = kid(p, tok.i, "dobj") if sense.type == "MOBILIZE" and sense.kind == "verb" \
            else None
        forces = moved is not None and (
            {moved.lemma.lower(), moved.text.lower()} & R.word_class("troops") or
            moved.ent >= 0 and p.entities[moved.ent].label == "PRODUCT")
        if forces and {a.code for a in tgts} <= {a.code for a in R.owners(r, moved.i)}:
            tgts = []   # "prompting NATO to scramble Italian F-35s": forces moved are no target
        if not tgts and predicate != tok.i and not _setting_of(p, tok, predicate, history):
            tgts = R.fallback_targets(r, predicate, own)
    if sense.kind == "noun" and predicate != tok.i and \
            p.tokens[predicate].lemma.lower() == "share" and tgts:
        # "Britain and the United States said they shared the Dutch concern": the one whose
        # concern is shared shares it, and is no target; the concern is about what its owner
        # last charged, or about what it names
        owners = {a.code for m in kids(p, tok.i, "poss", "amod", "compound")
                  for a in r.owner_token(m) if a.code}
        kept = [a for a in tgts if a.code not in owners]
        if owners and len(kept) < len(tgts):
            told = next((d for d in reversed(history or []) if d.trigger.sense.type == "ACCUSE"
                         and owners & {a.code for a in d.sources}), None)
            about = [a for pr in kids(p, tok.i, "prep")
                     if pr.text.lower() in ("about", "over", "regarding", "at")
                     for o in kids(p, pr.i, "pobj")
                     for a in (R.noun_sources(r, o.i) or REF.referent_doers(
                         p, r, o, "ACCUSE", own | owners, history, True))
                     if a.code and a.code not in own | owners]
            tgts = kept or about or (
                [a for a in told.targets if a.code not in own] if told else [])
            if not tgts:
                return None
    if sense.type == "AID" and sense.kind == "verb" and kid(p, tok.i, "dobj") is None and any(
            c.lemma.lower() in EASING for c in kids(p, tok.i, "xcomp", "ccomp")):
        return None     # "traveled to Islamabad and New Delhi to help ease tensions": a hand in
        #                 calming a quarrel, no aid to its sides
    if sense.type in ("SUPPORT", "AID") and sense.kind == "verb" and tgts:
        # "said India had supported criminal activities against Canadians": the ones a wrong
        # backed is aimed at are its victims, not the ones backed
        evaluated = SP.evaluation()
        victims = {a.code for o in kids(p, tok.i, "dobj") if SP.wrong_named(p, o, evaluated)
                   for pr in kids(p, o.i, "prep") if pr.text.lower() in ("against", "on", "at")
                   for v in kids(p, pr.i, "pobj") for a in R.owners(r, v.i)}
        if victims:
            tgts = [a for a in tgts if a.code not in victims]
            if not tgts:
                return None
    if named_only and not tgts:
        return None     # "Vietnam is committed to opening up the economy": no one supported
    if sense.type == "CONSULT" and sense.words == ("be",) and not _person_in_place(p, r, tok):
        return None     # (only an official who is in a named place visits it: not "the
        #                 alliance was stronger with Sweden in", "is in the interest of")
    if sense.type == "THREATEN" and sense.kind == "verb" and lemma in ("warn", "caution") and \
            _not_abandoning(p, r, tok, own):
        return None     # "warned that the United States would not abandon its NATO allies":
        #                 a pledge to its own side, no threat
    if sense.type == "THREATEN" and sense.kind == "verb" and lemma in ("warn", "caution") and \
            any(a.text.lower() in ("should", "must", "ought")
                for c in kids(p, tok.i, "ccomp") for a in kids(p, c.i, "aux")):
        return None     # "warning that Latin American waters should not become a war zone":
        #                 counsel on what ought to be, no threat
    if sense.type == "THREATEN" and sense.kind == "verb" and lemma in ("warn", "caution") and \
            any(c.lemma.lower() in FORECAST_HARMS and
                (subj := kid(p, c.i, "nsubj")) is not None and
                subj.pos == "NOUN" and not r.actors(subj.i)
                for c in kids(p, tok.i, "ccomp")):
        return None     # "warned that a trade war would harm European companies more than it
        #                 would help them": a forecast of what a thing would do, no threat
    if sense.type == "THREATEN" and sense.kind == "verb" and lemma in ("warn", "caution") and \
            SP.describes_a_state_of_things(p, tok):
        return None     # "the IAEA chief warned that Iran was close to having enough material
        #                 for a bomb": an alarm about how things stand, no threat
    if sense.type == "REQUEST" and sense.complement and sense.kind == "verb" and \
            _own_in_complement(p, r, tok, own):
        return None     # "Xi told Putin that the two countries should oppose interference":
        #                 what one says oneself should do too is no demand on the other
    if not tgts and how == "speaker" and sense.type in ("AGREE", "COOPERATE", "CONSULT") and \
            history:
        # 'Park met his Japanese counterpart in Tokyo. "We agreed to strengthen our
        # cooperation," Park said': "we" after a meeting are the speaker and whom they met
        tgts = _last_met(p, s, history, own)
    if not tgts and sources and sense.type in ANSWERING_TYPES:
        # "lodged a protest in response to China's use of water cannon", "deployed a carrier
        # in response to Iranian threats": aimed at the one whose act it answers
        tgts = R.answered(r, tok.i, frozenset(own)) or (
            R.answered(r, predicate, frozenset(own)) if predicate != tok.i else [])
    if not tgts and sources and sense.kind == "verb" and lemma in BROKERS:
        # "have mediated the release of prisoners between Russia and Ukraine": the parties
        # the "between" of what is brokered names (not the co-mediators)
        obj = kid(p, tok.i, "dobj")
        brokered = [] if obj is None else [obj] + [
            o for pr in kids(p, obj.i, "prep") if pr.text.lower() == "of"
            for o in kids(p, pr.i, "pobj")]
        for c in brokered:
            tgts = [a for a in R.between(r, c.i) if a.code not in own]
            if tgts:
                break
    if not tgts and sources and sense.type == "REJECT" and lemma == "veto":
        # "Russia vetoed a resolution that would have renewed a panel of experts": a
        # resolution vetoed with no author or body named is the Security Council's
        vetoed = kid(p, tok.i, "dobj")
        if vetoed is not None and vetoed.lemma.lower() in ("resolution", "draft"):
            tgts = [Actor("UN", code_name("UN"), "IGO", vetoed.text, vetoed.idx, vetoed.end)]
    if not tgts and sources and sense.type == "CONSULT" and sense.kind == "noun" and \
            any(c.text.lower() == "their" for c in kids(p, tok.i, "poss")):
        # '"We have made progress," Blinken told Wang Yi at the start of their meeting': the
        # one told, in the clause their meeting is a setting of, is the other party
        verb = _acting_verb(p, tok)
        # (not what is discussed: "In their call, Biden and Xi discussed Taiwan")
        told = verb is not None and verb.lemma.lower() in r.lex.speech_verbs and \
            verb.lemma.lower() not in TOPIC_VERBS
        tgts = [a for o in (kids(p, verb.i, "dobj", "dative") if told else [])
                for a in r.actors(o.i) if a.code and a.code not in own]
    if not tgts and sources and sense.type == "SANCTION":
        # "adopted its 13th package of sanctions over Russia's war in Ukraine": aimed at the
        # one whose act the measure is taken over
        tgts = R.reason_doers(r, tok.i, frozenset(own)) or (
            R.reason_doers(r, predicate, frozenset(own)) if predicate != tok.i else [])
    if not tgts and sources and history and sense.type in ANSWERING_TYPES | {"ASSAULT"} and \
            (R.bare_answer(p, tok.i) or R.bare_answer(p, predicate, sense.type != "ACCUSE")):
        # "Israel launched airstrikes on Gaza overnight. Hamas fired rockets in response":
        # the doer of the last hostile act told against the one who answers, else of the last
        # attack told
        tgts = next(([a for a in d.sources if a.code and a.code not in own]
                     for d in reversed(history[-12:]) if d.trigger.sense.type in ANSWERED
                     and d.status == "occurred" and own & {a.code for a in d.targets}),
                    None) or REF.last_attackers(sources, history)
    if not tgts and sense.type in ADDRESSED:
        tgts = R.complement_subject(r, tok.i, own)
        if tgts and sense.type == "THREATEN" and sense.kind == "verb" and \
                _foretells_anothers_act(p, r, tok, own):
            # "U.S. officials warned that Pyongyang could supply Moscow with artillery
            # shells": another's act foretold with alarm is a charge, not a threat
            sense = replace(sense, type="ACCUSE", mode="disapprove")
            trig = replace(trig, sense=sense)
    if not tgts and not gathering:
        # "Italy has formally told China that it is leaving the Belt and Road Initiative":
        # what a state tells another of its own act concerns the one it tells
        tgts = T.told_addressee(p, r, tok.i, sources)
    # "urged companies to ...", "warned investors that ...": the object is the addressee
    addressed = sense.kind == "verb" and sense.type in ("REQUEST", "THREATEN") and \
        kid(p, tok.i, "dobj") is not None
    against = sense.type in ("AID", "SUPPORT", "COOPERATE") and any(
        c.lemma.lower() in OPPOSING for c in kids(p, tok.i, "xcomp", "ccomp", "advcl"))
    # ("helped broker a ceasefire between Israel and Hamas": a hand in bringing others to an
    # accord, no aid to them)
    against = against or sense.type == "AID" and kid(p, tok.i, "dobj") is None and any(
        c.lemma.lower() in BROKERS for c in kids(p, tok.i, "xcomp", "ccomp"))
    # ("saying it would help to stop Russia": whom the help is against, not for)
    if not tgts and sense.type == "THREATEN" and sense.kind == "verb":
        # "threatened to block any European endorsement unless the Turkish maritime deal is
        # scrapped": the one pressed is whoever the condition asks to act, not the parties of
        # the threatened step
        tgts = _pressed(p, r, tok.i, own)
    # (several who promise, pledge or vow together each promise whom the act names: "Russia,
    # Turkey and the Emirates promised to stop sending weapons to Libya")
    # (nor do several who trade fire or clash: "Hezbollah and Israel have traded near-daily
    # fire across the border since October 8, a day after the Hamas attack" hit each other)
    together = len(sources) > 1 and (sense.type in RECIPROCAL or
                                     sense.mode == "sign agreement" or
                                     sense.kind == "verb" and lemma in RECIPROCAL_VERBS) and \
        not (sense.type == "AGREE" and sense.kind == "verb" and lemma in PLEDGES)
    # (help to track or deter another's forces is no help to that other: "will operate from
    # Scotland to help track Russian submarines")
    helps_against = sense.type == "AID" and any(
        c.lemma.lower() in OPPOSING_TASKS for c in kids(p, tok.i, "xcomp", "ccomp"))
    if not tgts and lemma not in TOPIC_VERBS | CONTACTING and not together \
            and lemma not in MOTION_VERBS and not addressed and not against and \
            not helps_against:
        # (a journey's end is where it goes: "going all out to encourage companies to
        # compete with the United States" visits no one; a request to companies is theirs)
        # "threatened to strike Israel", "willing to send material to help defend Saudi
        # Arabia": the complement's target (parties that agree together agree with each
        # other, not with a state their plans mention)
        tgts = R.deep_targets(r, tok.i, own)
    if not tgts and sources and sense.type == "REQUEST" and sense.kind == "verb":
        # "said the open-ended sanctions imposed on North Korea by the U.N. Security Council
        # should be reconsidered": what one says should be undone by others is asked of
        # whoever did it (the "by" of the participle on what is to be undone)
        tgts = [a for c in kids(p, tok.i, "ccomp") if R.is_passive(p, c.i)
                for thing in kids(p, c.i, "nsubjpass") for a in R.participle_agents(r, thing.i)
                if a.code not in own]
    if not tgts and sources and sense.kind == "verb" and sense.type in MEASURES and \
            tok.dep == "conj" and kid(p, tok.i, "nsubj") is None and \
            _first_conjunct(p, tok.i).dep not in ("relcl", "acl", "pcomp", "pobj") and \
            _no_addressee(p, r, tok.i):
        # "cut diplomatic ties with Israel and demanded an end to the attacks", "had received
        # no notification from Yerevan and would seek clarification": a measure joined to a
        # clause the same doer acts in toward a state is toward that state, when it names no
        # one itself (not a clause of what another is charged with: "accusing Pashinyan of
        # abandoning Karabakh and demanding his resignation"; nor of what a thing does:
        # "sanctions that close the borders with Niger and suspend ..."; nor when that
        # clause is toward the doer's own)
        tgts = R.targets(r, tok.head, ("dobj_owner", "dobj", "with", "from", "to", "on",
                                       "against"), None, frozenset(), own_object=True)
        tgts = [] if any(t.code in own for t in tgts) else [t for t in tgts if t.code]
    if not tgts and sources and history and sense.type == "ACCUSE" and \
            sense.kind == "verb" and tok.dep == "advcl" and tok.tag == "VBG" and \
            tok.head < tok.i and any(
                p.tokens[subtree(p, c.i)[0]].text.lower() == "what"
                for c in kids(p, tok.i, "ccomp", "dobj")):
        # "took aim at China, criticizing what they described as economic coercion": a charge
        # set after another's charge, by the same, names what that one charged (not the
        # party of the speaker's last sentence, nor the story's last hostile act)
        said = next((d for d in reversed(history) if d.trigger.token == tok.head and
                     d.trigger.sense.type == "ACCUSE" and d.targets and
                     {a.code for a in sources} & {a.code for a in d.sources}), None)
        tgts = [a for a in said.targets if a.code not in own] if said is not None else []
    if not tgts and sources and history and sense.type in ALSO_TYPES and \
            _said_also(p, tok.i, predicate) and \
            not (len(own) > 1 and _done_together(p, tok)):
        # (not what several undertake together: "In the statement, the two countries also
        # pledged to keep negotiating", each to the other; but "Jamaica, the Bahamas and
        # Bangladesh have also pledged to send personnel" to where others sent theirs)
        # "The United States called on Beijing to show restraint. Japan also voiced
        # concern": one who also reacts reacts to the same party as the one before it
        # (the last reaction told within a sentence or two, by another)
        for last in reversed(history[-6:]):
            if last.sentence.start < s.start - 80:
                break
            if any({sense.type, last.trigger.sense.type} <= g for g in ALSO_GROUPS) and \
                    last.targets and not own & {a.code for a in last.sources}:
                # (a reaction of the same kind: "The United States stands with its ally the
                # Philippines ... Japan also voiced concern" is no concern over Manila)
                tgts = [t for t in last.targets if t.code and t.code not in own]
                break
    if not tgts and history is not None and sense.type in REACTIVE and \
            sense.mode != "sign agreement":
        tgts = REF.anaphoric_target(p, r, tok.i, sense, sources, history)
    if sense.type == "ASSAULT" and _retort_in_kind(p, tok, own, history) is False:
        return None
    if not tgts and sense.type == "THREATEN" and sense.kind == "verb" and \
            _addressed_own(p, r, tok, {a.code for a in sources}):
        return None     # "Opposition lawmakers in Canberra have warned the government against
        #                 reading too much into the warm words": a warning to one's own
    if not tgts and history and sense.type in CONTINUED and sense.kind == "verb" and not (
            sense.type == "REQUEST" and _addressed(p, tok.i)):
        # "Blinken said the US was concerned by Somalia's ... The statement threatened
        # sanctions": the same speaker goes on about the same party (not a request made of
        # others named: "urging the world to respond firmly")
        own = {a.code for a in sources}
        for last in reversed(history[-4:]):
            if last.sentence.start < s.start - 80 or last.sentence.start >= s.start:
                continue
            if {a.code for a in last.sources} == own and last.trigger.sense.type in CONTINUED:
                tgts = [t for t in last.targets if t.code not in own]
                break
    if not tgts and sources and sense.type == "ACCUSE" and sense.kind == "noun" and \
            predicate != tok.i:
        # "voiced concern during a visit to Morocco about Algeria's role": the topic the
        # parser hung on the light verb's time phrase is the concern's
        tgts = _topic_in_adjunct(p, r, predicate, own)
    if not tgts and sources and sense.type == "ACCUSE" and sense.kind == "noun":
        # "had serious concerns that the result did not reflect the will of Venezuelans":
        # the states the concern's content clause names
        tgts = _content_clause(p, r, tok.i, own)
    if not tgts and sources and sense.type == "ACCUSE" and sense.kind == "adj":
        # "was deeply concerned by reports that Rwandan troops had crossed into eastern
        # Congo": the states the content clause of what the concern is over names
        # (the phrase hung on the copula when the adjective is quoted: 'was "deeply
        # concerned" by reports that ...')
        tgts = next((found for pr in kids(p, tok.i, "prep", "agent") + (
                         kids(p, tok.head, "prep", "agent") if tok.dep == "acomp" else [])
                     if pr.text.lower() in ("by", "about", "over", "at")
                     for o in kids(p, pr.i, "pobj")
                     for found in [_content_clause(p, r, o.i, own)] if found), [])
    if not tgts and sources and sense.type == "ACCUSE" and sense.mode == "disapprove":
        # "voiced serious concern about the situation in the South China Sea": concern over
        # contested waters is aimed at the state that contests them (waters.csv)
        tgts = _contested_topic(p, r, (tok.i, predicate), own)
    if not tgts and history and sources and sense.kind == "verb":
        # "Aliyev had telephoned Putin to apologize and offer condolences", "met Kishida to
        # discuss the fighter": what a call, a meeting or a visit is made for is done to the
        # one called, met or visited
        tgts = _contact_purpose(p, tok.i, sources, history)
    if sense.type == "MOBILIZE" and sense.kind == "verb" and \
            len({a.code for a in sources if a.code}) > 1 and \
            any(m.lemma.lower() in JOINTLY for h in [tok] + kids(p, tok.i, "prep")
                for m in kids(p, h.i, "advmod")):
        # "Chinese and Russian bombers flew jointly over the East China Sea": a joint patrol,
        # the states' cooperation with each other (as "a joint patrol" is)
        sense = replace(sense, type="COOPERATE", mode="exercise")
        trig = replace(trig, sense=sense)
        tgts = []
    if sense.type == "MOBILIZE" and lemma == "order" and sources:
        obj = kid(p, tok.i, "dobj")
        owners = [a for a in (r.actors(obj.i) if obj is not None else [])
                  if a.code and a.code not in own]
        if owners:
            # "Niger ordered French troops to leave": another state's troops are ordered,
            # not deployed: a demand on that state
            sense = replace(sense, type="REQUEST", mode=None)
            trig = replace(trig, sense=sense)
            tgts = owners
    if sense.type == "REJECT" and sense.kind == "verb" and any(
            c.lemma.lower() in NEGATING_VERBS for c in kids(p, tok.i, "xcomp")):
        return None     # "refused to rule out sending Taurus missiles": no refusal made
    if sense.type in ("COOPERATE", "CONSULT") and sense.kind == "verb" and \
            _looked_forward(p, tok):
        # "said he looked forward to working with Trump", "looks forward to meeting Xi": a
        # wish to cooperate or to meet, said now (PLOVER AGREE), not the cooperation itself
        sense = replace(sense, type="AGREE", mode=None)
        trig = replace(trig, sense=sense)
    if sense.type == "ASSAULT" and sense.kind == "verb" and tok.dep == "acl" and \
            p.tokens[tok.head].lemma.lower() in LEGAL_MEASURES:
        # "passed legislation targeting Turkey", "sanctions hitting Russian banks": a measure
        # that targets a state sanctions it
        sense = replace(sense, type="SANCTION", mode=None)
        trig = replace(trig, sense=sense)
    if sense.type == "COERCE" and sense.mode == "restrict" and tgts and \
            p.tokens[tok.i].lemma.lower() in ("ban", "bar", "blacklist", "prohibit", "outlaw") and \
            all(t.code not in own for t in tgts):
        # "India banned 59 Chinese-owned apps": a ban on another state's goods is a sanction
        sense = replace(sense, type="SANCTION", mode="ban")
        trig = replace(trig, sense=sense)
    denied = kid(p, tok.i, "dobj")
    if sense.type == "REJECT" and lemma == "deny" and (
            denied is None and kids(p, tok.i, "xcomp", "ccomp") or
            denied is not None and denied.lemma.lower() in DENIED_PARTS):
        # (and "the Kremlin denied any involvement", "denied responsibility": the part in
        # an act one is charged with)
        # "China denies arming Russia", "denied that it had supplied weapons to Russia": a
        # denial answers whoever made the charge, not the party the denied act names
        # (one attacked is the accuser too: "denied that its troops had fired on Azerbaijani
        # positions"; one helped is not: "denies arming Russia")
        # (from two sentences up, however long: "Poland blamed Moscow for the sabotage. The
        # minister said the blast had been ordered by Russian intelligence ... The Kremlin
        # denied any involvement")
        accusers = REF.accusers(history or [], {a.code for a in sources}, last=6,
                                against_own_only=True,
                                since=min(s.start - 80, _sentences_back(p, s, 2)))
        helped = any(c.lemma.lower() in BENEFITS for c in kids(p, tok.i, "xcomp", "ccomp"))
        if not accusers and denied is not None and history:
            # "Poland ordered the closure of the Russian consulate after investigators linked
            # the attacks to Russia ... Moscow denied any involvement": a part denied answers
            # whoever just charged or punished the denier for it
            accusers = _pressers(p, history, {a.code for a in sources}, s, punished=True)
        tgts = accusers or ([] if helped else tgts)
    held = _holders_named(p, r, tok.i, frozenset(own)) \
        if sense.type == "REQUEST" and _asks_release(p, tok.i) else []
    if held:
        # "demanded the release of 49 soldiers detained in Mali", "of the sailors seized by
        # Iran": the holder the phrase names
        tgts = held
    elif sense.type == "REQUEST" and history and _asks_release(p, tok.i):
        # "demanded the release of the two citizens", "called for his release": of whoever
        # holds them, the jailer the story told last (not the state the captives are from)
        tgts = REF.last_doers(history, own, ("COERCE",)) or tgts or \
            _story_state(r, tok, own, other_side=True)    # (no jailer told: "Lai, held in
        #                                                   Hong Kong", the story's other side)
    asked_of = kid(p, tok.i, "dobj") if sense.type == "REJECT" and sense.kind == "verb" \
        else None
    if asked_of is not None and asked_of.lemma.lower() in CALLS and any(
                any(a.text.lower() == "to" and a.i == asked_of.i + 1
                    for a in kids(p, c.i, "aux"))
                for c in kids(p, asked_of.i, "acl", "relcl") + kids(p, tok.i, "advcl",
                                                                    "xcomp")) and \
            not kids(p, asked_of.i, "poss") and not any(
                c.text.lower() in ("from", "by") for c in kids(p, asked_of.i, "prep")) and \
            not any(a.code for a in R.owners(r, asked_of.i)):
        # "Beijing has repeatedly rejected calls to condemn Moscow's invasion": a refusal of
        # calls no one is named as making answers whoever last asked it, not the state the
        # calls are about
        tgts = REF.askers(history or [], set(own))
    if not tgts and sense.type == "REJECT" and sense.kind == "verb" and history and \
            kids(p, tok.i, "xcomp") and kid(p, tok.i, "dobj") is None and \
            not any(c.lemma.lower() in WITHHELD for c in kids(p, tok.i, "xcomp")):
        # "Ukraine asked Germany for tanks ... Berlin declined to commit any": a refusal to
        # act answers whoever asked, demanded or imposed it ("declined to say what Canberra
        # would do" refuses no one)
        tgts = REF.askers(history, own)
    if not tgts and sense.type == "REJECT" and sense.kind == "verb" and history and \
            asked_of is not None and asked_of.lemma.lower() in INVITATIONS:
        # "Germany hosted a conference on Libya ... Tunisia turned down an invitation it
        # received only on Friday": an invitation with no sender named is the host's
        tgts = _last_host(p, history, own)
    if tgts and sense.type == "ACCUSE" and \
            p.tokens[predicate if sense.kind == "noun" else tok.i].lemma.lower() in (
                "lodge", "file", "register", "submit") and \
            all(T.a_body(t) for t in tgts) and \
            not any(c.text.lower() == "against" for c in kids(p, tok.i, "prep") +
                    kids(p, predicate, "prep")) and \
            not _lodged_with_envoy(p, [tok.i, predicate] + ([trig.obj] if trig.obj else [])):
        # "China would file a complaint with the World Trade Organization": a body a complaint
        # is lodged with hears it; it is against another
        tgts = []
    if not tgts and sense.type in ("SUPPORT", "AID"):
        tgts = _not_own_cause(p, r, tok, own)
    if not tgts and sense.mode == "incursion" and sense.kind == "verb":
        tgts = _not_own_space(p, r, tok, own)
    if not tgts and sense.type == "MOBILIZE":
        # "launched a naval mission to protect shipping from attacks by Yemen's Houthi
        # rebels": deployed against whoever it guards against
        tgts = _guarded_against_by(p, r, tok, predicate, own)
    if not tgts and history:
        tgts = _host_of(p, tok, own, history)
    told_by = next((k for k in kids(p, tok.i, "nsubj") if sense.type == "ASSAULT" and
                    k.lemma.lower() in R.word_class("hostilities")), None)
    if not tgts and told_by is not None:
        # "Israel's offensive in Gaza has killed thousands, Turkey said": an attack named as
        # the doer hit where it is placed, not the one who reports it nor the victims' own
        tgts = T.struck_in(p, r, told_by.i, own)
    if not tgts and sense.type == "AID" and tok.dep == "pcomp" and \
            p.tokens[tok.head].text.lower() == "for" and \
            p.tokens[p.tokens[tok.head].head].lemma.lower() in GRATEFUL:
        # "thanked Spain, Qatar, Britain and the United Arab Emirates for sending rescue
        # teams": what one is thanked for giving was given to the one who thanks
        thanker = R.subject_of(p, p.tokens[tok.head].head)
        tgts = [a for a in (r.actors(thanker.i) if thanker is not None else [])
                if a.code and a.code not in own]
    if not tgts and sense.type == "ACCUSE" and sense.kind == "verb" and tok.tag == "VBG" and \
            tok.dep == "advcl" and history and any(
                o.text.lower() in ("them", "him", "her") for o in kids(p, tok.i, "dobj")):
        # "said it had arrested several foreigners, including three Americans and two
        # Spaniards, accusing them of plotting": those the act before it was done to
        tgts = next((list(d.targets) for d in reversed(history)
                     if d.trigger.token == tok.head and d.targets), [])
    if {a.code for a in tgts} <= set(own) and len(own) == 1 and sense.type == "REJECT" and \
            sense.kind == "verb" and history and lemma in REF.DENYING and \
            kids(p, tok.i, "ccomp"):
        tgts = _account_denied(history, set(own))
    if not tgts and sense.type == "SANCTION" and sources and history:
        # "The United States imposed more than 500 new sanctions on Russia on Friday. The
        # European Union adopted its 13th package of sanctions the same day": penalties that
        # name no one, told right after another's, are laid on the same
        tgts = _penalised_before(p, tok, own, history)
    if not tgts and sources and sense.type == "RETREAT" and sense.mode == "release":
        # "Hamas will free 33 hostages in exchange for Palestinian prisoners held by Israel":
        # a release in a swap is to the other side of it, who holds what is given back
        swapped = [o for pr in kids(p, tok.i, "prep") if pr.text.lower() == "in"
                   for x in kids(p, pr.i, "pobj") if x.lemma.lower() in ("exchange", "return")
                   for f in kids(p, x.i, "prep") if f.text.lower() == "for"
                   for o in kids(p, f.i, "pobj")]
        # (through a number: "hundreds of Palestinian prisoners")
        swapped += [o for x in swapped for pr in kids(p, x.i, "prep") if pr.text.lower() == "of"
                    for o in kids(p, pr.i, "pobj")]
        if swapped:
            tgts = [a for o in swapped for a in R.participle_agents(r, o.i, HOLDING)
                    if a.code not in own] or \
                _story_state(r, tok, own, other_side=True)
    if not tgts and sources and sense.type == "RETREAT" and sense.mode == "release" and \
            sense.kind == "verb":
        # "Hamas handed over 24 hostages on Friday, among them 13 Israeli women and children":
        # the state of those among the ones freed (a second object to the parser); else
        # hostages of no state named are the other side's, in a story of two
        objs = kids(p, tok.i, "dobj")
        among = [p.tokens[pr.head] for pr in p.tokens[slice(*subtree(p, tok.i))]
                 if pr.text.lower() == "among" and pr.dep == "prep" and
                 any(o.text.lower() == "them" for o in kids(p, pr.i, "pobj")) and
                 p.tokens[pr.head].pos == "NOUN"]
        tgts = [a for o in among for j in conjuncts(p, o.i) for a in R.owners(r, j)
                if a.code and a.code not in own]
        if not tgts and objs and objs[0].lemma.lower() in HOSTAGES:
            tgts = _story_state(r, tok, own, other_side=True)
    if not tgts and not (len(own) > 1 and sense.kind == "verb" and
                         lemma in RECIPROCAL_VERBS):
        # (not for an act several do to each other: "Russia and the United States swapped
        # prisoners in Ankara" were each other's party, not Turkey's)
        tgts = _domestic(p, r, tok.i, sources, moved=sense.type == "MOBILIZE")
    # ("Ukraine's air force said Russia launched 40 drones overnight": drones or shells a
    # state's officials report launched at no place were launched at them; missiles alone
    # may be a test: "Japan said North Korea launched a ballistic missile")
    launched = sense.mode == "test" and sense.kind == "verb" and \
        lemma in ("fire", "launch") and not kids(p, tok.i, "prep") and any(
            p.tokens[j].lemma.lower() in STRIKE_MUNITIONS for d in kids(p, tok.i, "dobj")
            for j in conjuncts(p, d.i))
    if not tgts and sources and (sense.type == "ASSAULT" or sense.mode == "test"):
        # "shot down 30 of the 45 drones launched by Russia": the weapons were launched at
        # whoever stopped them
        tgts = _interceptor(p, r, tok, own)
        if tgts and sense.type != "ASSAULT":
            sense = replace(sense, type="ASSAULT", mode=None)
            trig = replace(trig, sense=sense)
    if not tgts and sources and sense.kind == "verb" and (
            sense.type in ("ASSAULT", "COERCE") and not SP.test_fired(p, tok) or launched):
        # "the Philippine coast guard said Chinese ships blocked and rammed a supply boat":
        # an attack told by a state's officials that names no one hit is an attack on them
        tgts = T.reporter(p, r, tok.i, predicate, own, r.lex.speech_verbs,
                          SP.evaluation().official)
        if tgts and launched:
            sense = replace(sense, type="ASSAULT", mode=None)
            trig = replace(trig, sense=sense)
    if not tgts and sense.type == "ASSAULT" and sense.kind == "verb" and SP.test_fired(p, tok):
        # "the North fired a barrage of 18 short-range ballistic missiles into the sea": a
        # launch at nothing is a test, however many are fired
        sense = replace(sense, type="MOBILIZE", mode="test")
        trig = replace(trig, sense=sense)
    if not tgts and sources and history and how in ("subj", "light") and \
            _unnamed_attack(p, r, tok, sense, predicate):
        # "Russian missiles struck Kyiv ... Russian forces also shelled several villages
        # overnight", "Russia launched 40 drones overnight": an attack that names no one hit,
        # in a story of a fight between its doer and one other state, hits that state
        tgts = _foe(r, history, own)
        if tgts and sense.type != "ASSAULT":
            sense = replace(sense, type="ASSAULT", mode=None)
            trig = replace(trig, sense=sense)
    if not tgts and sense.type in DOMESTIC_DEFAULT and sense.mode in HOME_MODES and \
            len({a.code for a in sources}) == 1:
        # (one state's own people: several states acting together do nothing at home
        # together, and each to the other's people is no domestic act: "prompting the United
        # States and Canada to scramble jets to intercept them")
        tgts = _home_counterpart(r, sources, sense.type)
    if not tgts and sense.kind == "noun" and sense.type in ("SANCTION", "COERCE", "ASSAULT"):
        # "the sanctions, which target 20 Iranian officials, were announced by the British
        # foreign office": whom the clause on the measure says it hits
        tgts = next((found for c in kids(p, tok.i, "relcl", "acl")
                     if c.lemma.lower() in HITTING and not kids(p, c.i, "neg")
                     for found in [R.fallback_targets(r, c.i, frozenset(own))] if found), [])
    if not tgts and sense.type in ("REQUEST", "ACCUSE", "THREATEN") and sense.kind == "verb" \
            and tok.tag == "VBG" and tok.dep in ("advcl", "xcomp") and tok.head < tok.i and \
            p.tokens[tok.head].lemma.lower() in WRITING_TO:
        # "Zelenskyy wrote to Guterres asking for the shipments to continue": asked of the
        # one written to
        tgts = [a for pr in kids(p, tok.head, "prep") if pr.text.lower() == "to"
                for o in kids(p, pr.i, "pobj") for a in r.actors(o.i)
                if a.code and a.code not in own]
    if not tgts and sense.type in _LIKEWISE_TYPES and history and \
            _likewise(p, p.tokens[predicate]):
        # "New Zealand, too, has voiced concern": the same kind of act as one told just
        # before by another, at the same ones
        tgts = next(([a for a in d.targets if a.code and a.code not in own]
                     for d in reversed(history[-8:])
                     if _LIKEWISE_TYPES.get(d.trigger.sense.type) == _LIKEWISE_TYPES[sense.type]
                     and d.targets and not {a.code for a in d.sources} & set(own)), [])
    if not tgts and sense.type == "CONCEDE" and sense.kind == "verb" and all(
            o.text.lower() in " ".join(sense.words).split() for o in kids(p, tok.i, "dobj")):
        # "Hungary relented after a meeting with EU leaders", "gave way": to whom it met, else
        # to whoever last asked, demanded or imposed something of it
        tgts = _met_before(p, r, tok, own) or REF.askers(history or [], set(own))
    if not tgts and sense.type == "THREATEN" and sense.kind == "verb":
        # "vowed to respond by imposing tariffs on American farm goods", "threatened to
        # retaliate by cutting gas supplies to Moldova": whom the means would hit
        tgts = _means_targets(p, r, tok.i, frozenset(own))
    if not tgts and sense.type == "THREATEN":
        # "threatened to launch an offensive unless Baghdad accepted": whoever must comply
        tgts = _condition_subject(p, r, tok.i, own)
    if not tgts and sense.type == "THREATEN" and sense.kind == "verb":
        # "warned that any Israeli response would be met with a far more devastating
        # strike": whoever might make the move the warning says will be answered
        tgts = next(([a for a in R.noun_sources(r, subj.i) if a.code and a.code not in own]
                     for c in kids(p, tok.i, "ccomp")
                     for subj in kids(p, c.i, "nsubj", "nsubjpass")
                     if any(d.text.lower() == "any" for d in kids(p, subj.i, "det"))), [])
    if not tgts and (sense.type == "ACCUSE" and sense.mode in ("disapprove", "protest", None)
                     or sense.type == "MOBILIZE" and sense.mode == "deployment"):
        # "lodged a diplomatic protest after a Chinese ship fired a water cannon at a
        # Philippine boat": a protest answers whoever did what it came after; so do forces
        # sent out ("scrambled fighter jets after two Russian bombers flew over the Sea")
        tgts = _answered_doer(p, r, tok.i, own)
    if not tgts and sense.type == "MOBILIZE":
        # "mobilized army reservists for a possible war against Iraq": forces readied for a
        # fight are readied against its other side
        tgts = _fought_for(p, r, tok.i, own)
    if not tgts and sense.type == "MOBILIZE" and history and _at_bare_border(p, tok.i):
        # "Serbian gunmen attacked Kosovo police ... tracking a large Serbian military buildup
        # along the boundary": forces massed at a border no phrase names the other side of
        # face the one state the story tells the mover fighting
        tgts = _foe(r, history, set(own))
    if not tgts and sense.type == "MOBILIZE" and sense.mode in ("deployment", "alert") and \
            history and _calls_up_forces(p, tok):
        # "Hamas fighters stormed into southern Israel ... the military said it had called up
        # 300,000 reservists": forces raised after an attack on the state are raised against
        # its attacker (the last attack told on it, a few paragraphs back at most)
        tgts = next(([a for a in d.sources if a.code and a.code not in own]
                     for d in reversed(history[-12:]) if d.trigger.sense.type == "ASSAULT"
                     and d.status == "occurred" and own & {a.code for a in d.targets}
                     and d.sentence.start >= s.start - 300), [])
    if not tgts and sources and sense.type == "THREATEN" and sense.kind == "verb" and \
            _warns_of_measure(p, tok):
        # "Washington has warned that hundreds of millions of dollars in assistance could be
        # cut off": a measure a state warns could come is a threat to the side the story sets
        # against it
        # (else the one a measure told just before was taken against: "the EU suspended
        # budget support to Niger, and Washington has warned that ...")
        tgts = _story_state(r, tok, own, other_side=True) or next(
            ([t for t in d.targets if t.code and t.code not in own]
             for d in reversed((history or [])[-6:]) if d.sentence.start >= s.start - 300 and
             d.trigger.sense.type in ("SANCTION", "COERCE", "THREATEN") and
             d.status == "occurred"), [])
    if not tgts and sense.type == "THREATEN" and _threatens_coercion(p, tok.i):
        # "threatened to institute a curfew in Algiers": a threat to coerce one's own people
        tgts = _home_counterpart(r, sources, "COERCE")
    if threat and not tgts and history:
        # "condemned the attack and said it stood ready to take further measures": the
        # threat is to the one its maker has just condemned, in the same sentence
        tgts = next(([t for t in d.targets if t.code and t.code not in own]
                     for d in reversed(history) if d.sentence.start == s.start and
                     d.trigger.sense.type == "ACCUSE" and d.targets and
                     {a.code for a in d.sources} == set(own)), [])
    if threat and not tgts and history is not None:
        tgts = REF.last_attackers(sources, history)
    asked = kid(p, tok.i, "dobj")
    generic = asked is not None and asked.lemma.lower() in ("side", "party") and \
        asked.tag == "NNS"
    if (not tgts or generic) and sense.type == "REQUEST" and _asks_restraint(p, tok.i):
        # "Saudi Arabia called for restraint", "urged all sides to exercise restraint": of the
        # sides of the conflict the story tells, the parties of the fight it tells most first
        # (a story of a strike in Baghdad names Iraq often, but the sides are the striker and
        # the struck)
        fought = _main_fight(history or [], own)
        tgts = fought or tgts or _unrest_at_home(history or [], own) or \
            [a for a in r.sides(tok.i, own) if a.code not in own]
    if not tgts and sources and sense.type == "AGREE" and lemma in OFFERING and \
            _offers_mediation(p, tok.i):
        # "Saudi Arabia, which has hosted peace talks, offered to mediate": an offer to help
        # settle a conflict that names no side is made to the sides the story tells fighting
        fought = _main_fight(history or [], own)
        tgts = fought or [a for a in r.sides(tok.i, own) if a.code not in own]
    opposed = kid(p, tok.i, "dobj") if sense.type == "ACCUSE" and sense.kind == "verb" \
        else None
    if not tgts and sources and history and opposed is not None and \
            opposed.lemma.lower() in R.word_class("sanctions"):
        # "China firmly opposes illegal unilateral sanctions", after the United States
        # sanctioned Chinese companies: the penalties aimed at the speaker's side, by whoever
        # imposed them
        tgts = REF.last_doers(history, own, ("SANCTION",), against_own=True)
    if not tgts and sources and sense.type == "ACCUSE" and sense.kind == "verb" and \
            trig.obj is not None and lemma in ("lodge", "file", "register", "deliver", "send",
                                               "issue", "make") and history:
        # "North Korea fired a missile ... Tokyo lodged a protest through diplomatic channels
        # in Beijing": a protest that names no one answers the act told before
        tgts = _answered(p, r, tok, s, sources, own, history)
    if not tgts and sources and sense.type == "ACCUSE" and lemma in PROTESTING and \
            kid(p, tok.i, "dobj") is None and not kids(p, tok.i, "ccomp"):
        # "Japan's prime minister said peace in the Taiwan Strait mattered to his country.
        # China protested": a protest that names no one answers the speaker told just before
        tgts = _said_before(p, r, s, own)
    if not tgts and sources and history and sense.type == "ACCUSE" and sense.kind == "verb" \
            and kid(p, tok.i, "dobj") is None:
        # "Israeli forces seized the buffer zone ... Jordan condemned what it said was a
        # breach of international law": the wrong a free relative names is the act told
        # before, its doers the ones charged (not the state the story is about)
        wrong = _free_relative_wrong(p, tok)
        tgts = ([a for a in REF.referent_doers(p, r, wrong, "ACCUSE", own, history, True)
                 if a.code and a.code not in own] or
                REF.last_doers(history, own, ("ASSAULT", "COERCE", "MOBILIZE"), last=12)) \
            if wrong is not None else []
    if not tgts and sources and history and _echo_at(p, tok):
        # "Saudi Arabia denounced the strikes ..., and Qatar and Jordan issued similar
        # condemnations": an act that says it echoes one told just before is aimed where that
        # one was (not at the state the story is about); only in its own sentence, before a
        # fallback of the story's ("Brazil said the raid was a clear breach ..., and Colombia
        # and Chile issued similar statements of condemnation" echo no charge of the story's
        # other side, told two sentences before)
        said = _echoed(p, tok, sense.type, s, own, history, reach=0)
        tgts = [a for a in said.targets if a.code not in own] if said is not None else []
    if not tgts and sources and sense.type == "THREATEN" and sense.kind == "verb" and \
            sense.mode != "retaliation":
        # "Peskov warned that the French decision was a mistake that would force Russia to
        # take countermeasures": a warning of what another's act will force is aimed at the
        # one whose act it is (not at the story's state, Ukraine)
        tgts = _forcing_act_owners(p, r, tok, own)
    if not tgts and sources and (sense.type in FOCUS_TYPES or sense.type == "REQUEST" and
                                 _asks_an_end(p, tok.i)) and \
            all(a.sector in ("GOV", "MIL") for a in sources) and \
            not (lemma in r.lex.speech_verbs and _has_quotation(p, s)) and \
            not any(d.text.lower() in ("any", "all") for o in kids(p, tok.i, "dobj")
                    for d in kids(p, o.i, "det")) and \
            not any(m.text.lower() in ("foreign", "external", "outside")
                    for o in kids(p, tok.i, "dobj") for m in kids(p, o.i, "amod")):
        # (not what is aimed at anyone: "opposes any outside interference"; nor at the state
        # the story is about what comes from outside it: "supports Syria in opposing foreign
        # interference")
        # "The statement threatened sanctions and visa restrictions", "Blinken said he was
        # disappointed by the decision": a charge or a threat that names no one, in a story
        # about one state and a sentence that names no other, is aimed at that state (a
        # request is not: "urged nations to", "appealed for assistance" ask anyone), when it
        # is a government's or an army's (a newspaper owner's trial is not), and not the verb
        # that gives a quotation ('"All changed," X lamented': the quotation says of what)
        # (in a story about two states, the other side of the source's: "Ethiopia signed a
        # port deal ... the Somali government lodged a formal protest")
        obj = kid(p, tok.i, "dobj")
        # (a charge whose object names someone else, "accuses the rebel group of killing", is
        # not the other side's; nor an inquiry, "will investigate what led to the jailbreak",
        # nor what a state warns will happen, "warned that fighting risks spilling over", but
        # its "warnings" are, and the right it reserves to act)
        tgts = _story_state(r, tok, own, other_side=(
            sense.type == "REQUEST" or
            sense.type == "ACCUSE" and sense.mode != "investigate" or
            sense.type == "THREATEN" and (sense.kind == "noun" or bool(sense.object) and
                                          sense.mode != "retaliation")) and
            (obj is None or obj.pos == "PRON" or REF.generic_act(p, r, obj) or
             obj.lemma.lower() in sense.object))   # ("reserved the right": names no one)
    if not tgts and sources and sense.type == "SUPPORT" and sense.object & C.SYMPATHY and \
            all(a.sector in ("GOV", "MIL", "IGO") or T.a_body(a) for a in sources):
        # "Orban sent a message of sympathy", in a story of an attack on Slovakia's prime
        # minister: sympathy or congratulations sent to no one named go to the state the
        # story is about
        tgts = _story_state(r, tok, own)
    if not tgts and sources and sense.type == "CONSULT" and sense.mode == "visit" and \
            _visits_a_place(p, tok):
        # "von der Leyen is expected to visit the region", in a story about Italy's floods:
        # a place told again by its kind is in the state the story is about
        tgts = _story_state(r, tok, own)
    if not tgts and len(sources) == 1 and sense.type == "AGREE" and \
            lemma in OFFERING | WILLING and all(a.sector in ("GOV", "MIL") for a in sources):
        # "Mexico also accepted a broad expansion of the program", "said China was ready to
        # provide the necessary information": a promise or an offer that names no one, in a
        # story about two states, is made to the other side (not one made "with" a party
        # named but not known: "ready to resume nuclear talks with the West")
        lo, hi = subtree(p, tok.i)
        unknown = any(w.dep == "prep" and w.text.lower() == "with" and any(
            not [a for a in R.owners(r, o.i) if a.code] for o in kids(p, w.i, "pobj"))
            for w in p.tokens[lo:hi])
        tgts = [] if unknown else _story_state(r, tok, own, other_side=True)
    if not tgts and sources and sense.type == "SANCTION" and \
            sense.mode in ("discontinue", "withdraw") and _aid_named(p, tok) and \
            all(a.sector in ("GOV", "MIL", "IGO") or T.a_body(a) for a in sources):
        # "paused new funding for UNRWA": whom the aid was for; "The United States has
        # suspended some aid programs", in a story about Niger's coup: aid cut that names no
        # one is cut from the state the story is about
        named = [x for o in kids(p, tok.i, "dobj") + [tok] for pr in kids(p, o.i, "prep")
                 if pr.text.lower() in ("for", "to") for x in kids(p, pr.i, "pobj")]
        tgts = [a for x in named for a in R.owners(r, x.i) if a.code and a.code not in own]
        if not named:
            tgts = _story_state(r, tok, own, other_side=True)   # (one named but not known
            #                                                     is not the story's state)
    if not tgts and sources and sense.type == "SANCTION" and sense.mode == "discontinue" and \
            _ties_named(p, tok) and all(a.sector in ("GOV", "MIL") for a in sources):
        # "announced the suspension of diplomatic relations", "cut ties", the other state not
        # named: the other side of a story about two states
        tgts = _story_state(r, tok, own, other_side=True)
    if not tgts and sources and sense.type == "SANCTION" and sense.mode == "expel" and \
            lemma in RECALLING and all(a.sector in ("GOV", "MIL") for a in sources):
        # "Somalia ... recalled its ambassador for consultations", the host not named: the
        # state the story is about, or the other side of a story about two states
        tgts = _story_state(r, tok, own, other_side=True)
    if not tgts and sources and sense.type == "AID" and (
            sense.mode == "relief" or (_relief(p, tok.i) or r.stricken_state() is not None
                                       and p.tokens[predicate].dep not in ("acl", "amod"))
            and all(a.sector in ("GOV", "MIL", "IGO") or T.a_body(a) for a in sources)):
        # (in a story of a disaster, what a government pledges or sends to no one named is
        # relief too: "The United States has pledged $2 million and sent a three-person team";
        # not a thing's participle: "a convoy carrying aid to the disaster zone")
        # "Beijing pledged $137 million in emergency assistance and sent rescue teams", in a
        # story about Myanmar's earthquake: relief that names no one goes to the state the
        # story is about, when the sentence names no other (aid of other kinds, to anyone)
        here = r.sentence_state(tok.i, next(iter(own), None))
        here = None if here in own else here    # ("firefighters from Canada and the United
        #                                         States have arrived": donors, both)
        # (in a story about two states, the one the sentence before names: "In Malawi, aid
        # agencies started relief operations. For example, the World Food Program
        # distributed relief items to affected people in Mulanje district")
        # (of a story of a disaster, the state it struck: a donor may be named more often)
        focus = r.stricken_state() or r.focus_state() or \
            (_state_before(p, r, s) if here is None else None)
        if focus and focus not in own and here in (None, focus):
            tgts = [Actor(focus, r.lex.name_of(focus), "GOV", FOCUS_MENTION)]
    if not tgts and sources and history and sense.type in ("AID", "AGREE") and \
            not (sense.type == "AGREE" and len(own) > 1):
        # "Blinken arrived in Kyiv on Wednesday. Blinken announced $1 billion in new military
        # aid": what a visitor gives or pledges to no one named goes to the host of the visit
        # told just before (not what two agree between them: "Muizzu returned from a state
        # visit to China ... The two sides agreed on Friday to hold another round of talks",
        # India and the Maldives)
        host = _visit_host(history, own, s)
        named = {entry.code for entry in (r.lex.entry(e.key) for e in
                                          entities_in(p, s.start, s.end) if e.key)
                 if entry is not None and entry.code and
                 entry.kind in ("country", "demonym", "capital", "place")} - set(own)
        # (not when the sentence names another state: "led peace talks with Ukrainian
        # officials in Jeddah to reach the agreement")
        tgts = host if named <= {a.code for a in host} else []
    if not tgts and sources and history and sense.type == "AID" and \
            sense.mode == "arms transfer" and sense.kind == "verb":
        # "Germany will send 14 Leopard tanks to Ukraine ... Within hours, Biden announced
        # that the United States would provide 31 M1 Abrams tanks": arms that go to no one
        # named go where the arms told just before went, when the sentence names no other
        here = r.sentence_state(tok.i, next(iter(own), None))
        for last in reversed(history[-12:]):
            if last.sentence.start < s.start - 300:
                break
            if last.trigger.sense.type == "AID" and last.trigger.sense.mode == \
                    "arms transfer" and last.targets and last.status in ("occurred", "planned"):
                got = [t for t in last.targets if t.code and t.code not in own]
                if got and here in (None, got[0].code):
                    tgts = got
                break
    if not tgts and sources and sense.type in ("REJECT", "SANCTION") and sense.kind == "verb":
        # "declined to renew a 2019 agreement that had allowed India to carry out surveys":
        # a pact one turns down or ends is the other party's, named in the clause on it
        tgts = _pact_parties(p, r, tok, own)
    if not tgts and sense.type == "MOBILIZE" and sense.mode == "deployment" and \
            sense.kind == "verb":
        # "will station a brigade of 5,000 troops in Lithuania": where the forces sent are
        # placed, the phrase hung on them (or on those a unit is "of")
        tgts = _forces_placed(p, r, tok, own)
    if tgts and sense.mode == "incursion":
        # "said its ships would remain in its territorial waters": no one intrudes on itself
        tgts = [a for a in tgts if a.code not in own]
    if tgts and sense.mode == "port call" and sense.kind == "verb":
        # "docked at the US naval base in Yokosuka": the host is the state the port is in,
        # not the navy whose base it is
        where = [a for pr in kids(p, tok.i, "prep") if pr.text.lower() in ("at", "in", "into")
                 for o in kids(p, pr.i, "pobj") for a in R.located(r, o.i)
                 if a.code and a.code not in own]
        if where:
            tgts = where
    if not tgts and sense.mode == "port call" and sense.kind == "verb":
        # "A Canadian patrol ship sailed into Havana harbor ... The frigate Admiral Gorshkov
        # ... steamed into the bay": a harbour named only by "the" is the one the last port
        # call told was made at
        tgts = _harbour_before(p, tok, own, history)
    if tgts and sense.type == "SANCTION":
        # "imposed 25% tariffs on Canada and Mexico and 10% on China": a rate joined on with
        # its own "on" phrase repeats the measure against what that phrase names
        tgts = tgts + [a for a in _gapped_rates(p, r, tok, predicate, own)
                       if a.code not in {t.code for t in tgts}]
    if len(sources) > 1 and sense.type in SYMMETRIC and tgts and \
            sense.mode not in PLACE_MODES:
        # "Turkey and Vietnam launched joint drills in the Sea of Japan", "signed a pact at a
        # summit in Brasilia": where parties act together is not a party
        where = R.locative_codes(r, (tok.i, predicate))
        if sense.type == "CONSULT" and sense.mode == "meeting":
            # "Venezuela and Guyana agreed to meet again in Brazil": two parties meeting in a
            # third state meet each other; the host is no party (drills in a state are
            # another matter: "drills in Japan" are usually with Japan)
            where |= _venue(p, r, (tok.i,))
        tgts = [t for t in tgts if t.code not in where]
    if sense.type == "CONSULT" and sense.mode == "meeting" and tgts and sources and \
            all(a.code in codes.groups() for a in sources):
        # "ECOWAS held a summit in Abuja": a body meeting in a member state's city meets there,
        # not with that member
        where = R.locative_codes(r, (tok.i, predicate)) | _venue(p, r, (tok.i, predicate))
        members = {m for a in sources for m, *_ in codes.groups()[a.code]}
        tgts = [t for t in tgts if not (t.code in where and t.code in members)]
    if sense.type == "CONSULT" and sense.mode == "meeting" and how == "noun" and tgts:
        # "the G7 summit in Hiroshima, Japan", "the alliance's summit in Minsk", "the U.N.
        # climate summit in Dubai": a meeting whose noun names its own parties is held in
        # the place named, which is its venue and no party
        tgts = [t for t in tgts if t.code not in R.locative_codes(r, (tok.i,)) |
                _venue(p, r, (tok.i,))]
    if sense.type == "CONSULT" and how == "light" and \
            p.tokens[predicate].lemma.lower() in ATTENDING and tgts:
        # "attended a meeting in Doha": a gathering others host is not a tie with the host
        where = R.locative_codes(r, (tok.i, predicate))
        tgts = [t for t in tgts if t.code not in where]
    if sense.type == "ASSAULT" and sense.kind == "verb" and \
            any(c.text.lower() == "back" for c in kids(p, tok.i, "prt", "advmod")):
        # "the Ethiopian Foreign Ministry hit back, accusing Egypt of ...": an office that
        # hits or fires back answers in words
        subj = R.subject_of(p, tok.i)
        if subj is not None and subj.lemma.lower() in RETORTING:
            return None
        if any(c.tag == "VBG" and (c.lemma.lower() in r.lex.speech_verbs or
                                   c.lemma.lower() in WORDED_ANSWERS)
               for c in kids(p, tok.i, "advcl", "xcomp", "conj")):
            return None     # ("Petro struck back, threatening to raise tariffs": in words)
    if sense.type == "ASSAULT" and lemma in VERBAL_CLASHES and sources and \
            all(_person_mention(r, a.mention) or a.sector not in ("MIL", "REB", "COP")
                and _people_named(r, a.mention) for a in (R.between(r, tok.i) or sources)):
        # "the Oval Office clash between Trump and Zelenskyy", "... between U.S. and
        # Ukrainian leaders": words
        return None
    if sense.type == "SUPPORT" and lemma in ("support", "back") and sources and \
            all(a.sector == "MIL" for a in sources):
        # "soldiers supported by the U.S. military": armed support is military aid
        sense = replace(sense, type="AID", mode=None)
        trig = replace(trig, sense=sense)
    if sense.type == "COOPERATE" and sense.mode == "exercise" and len(sources) == 1 and \
            not any(R.targets(r, h, ("with", "alongside", "between", "among"), None, skip)
                    for h in {tok.i, predicate}):
        # (the partner's phrase may hang on the verb: "held drills with Japan near Okinawa")
        # "exercises around Taiwan", "drills near the border with Lithuania": drills of one
        # state aimed at another are a show of force, not cooperation
        near: list[Actor] = []
        for head in [tok] + list(ancestors(p, tok.i)):
            # ("a second day of exercises around Taiwan": the phrase hung on "day")
            near = R.targets(r, head.i, AROUND, None, skip)
            if near or head.pos in ("VERB", "AUX"):
                break
        if near:
            sense = replace(sense, type="MOBILIZE", mode="drills")
            trig = replace(trig, sense=sense)
            tgts = near
    if not tgts and history and sense.type == "THREATEN" and sense.words[-1] in UNANSWERED:
        # "warned that it would not go unanswered": whoever did the act it refers to (before
        # the party the speaker has just asked or accused: "called for Muslims to stand with
        # the people of Lebanon, and Tehran said the killing would not go unanswered")
        act = kid(p, tok.i, "nsubj")
        tgts = REF.referent_doers(p, r, act, "ACCUSE", {a.code for a in sources},
                                  history) if act is not None else []
    if not tgts and sense.type == "THREATEN" and history:
        # "urged Moscow to end its cooperation and warned that Seoul would respond", "said the
        # move showed hostility and warned that it would not go unanswered": the party the
        # speaker has just accused, asked or punished
        tgts = REF.adversary(s, sources, history)
    if not tgts and sense.type == "THREATEN" and sense.kind == "verb":
        # "Russia said Finland had made a mistake and warned that the consequences would be
        # grave": the state the same speaker has just told of, in the clause the warning is
        # joined to
        tgts = _told_of_before(p, r, tok, own)
    vowed = sense.type == "THREATEN" and sense.kind == "verb" and sense.mode is None and \
        trig.obj is not None and p.tokens[trig.obj].lemma.lower() in RETALIATION
    if vowed and not tgts and history:
        # "Estonia expelled a Russian diplomat ... Moscow promised a tough response", "vowed
        # revenge": a vow of reprisals that names no one is aimed as retaliation is, at the
        # doer of the act it answers
        tgts = _answered(p, r, tok, s, sources, own, history)
    if sense.type == "THREATEN" and sense.mode == "defence" and not _own_defended(p, r, trig,
                                                                                 own):
        return None     # "pledging to defend every inch of allied territory": a pledge to
        #                 allies, whose foe the sentence does not name
    if sense.type == "COOPERATE" and sense.mode == "exercise" and sense.kind == "noun" and \
            sources and history and p.tokens[predicate].lemma.lower() in JOINING and \
            REF.refers_back(p, tok) and not [t for t in tgts if t.code not in own]:
        # "The Philippines and Japan began joint naval drills ... Australian and American ships
        # will join the drills": those who join exercise with the ones holding them
        held = next((d for d in reversed(history) if d.trigger.sense.type == "COOPERATE" and
                     d.trigger.sense.mode == "exercise" and d.status == "occurred"), None)
        hosts = [a for a in (held.sources + held.targets if held else []) if a.code and
                 a.code not in own]
        if hosts:
            tgts = forced = list({a.code: a for a in hosts}.values())
    if not tgts and sources and sense.type == "MOBILIZE" and sense.mode == "alert" and \
            sense.kind == "noun":
        # "ordered the army to the highest level of combat readiness after Kosovo police took
        # over four municipalities": readiness raised against whoever's act it answers (the
        # "after" clause hangs on the verb that carries the noun)
        carrier_verb = next((a for a in ancestors(p, tok.i) if a.pos == "VERB"), tok)
        tgts = _answered(p, r, carrier_verb, s, sources, own, history)
    if sources and sense.type == "MOBILIZE" and sense.mode == "alert" and \
            sense.kind == "verb" and kid(p, tok.i, "dobj") is not None and \
            not [t for t in tgts if t.code not in own]:
        # "put its military on high alert after the North's launch": forces readied against
        # whoever's act the readiness follows (not the forces' own state; and a country
        # that "went on high alert" after a health emergency readied no forces)
        found = _provoked_by(p, r, tok.i, own)
        if found:
            tgts = found
    prompting = R.prompted_by(p, tok) if not tgts and sources else None
    if prompting is not None and prompting.dep in ("advcl", "conj", "xcomp") and \
            prompting.head != prompting.i:
        # "bombers flew a joint patrol near Alaska, prompting the United States and Canada to
        # scramble fighter jets": an act prompted by another answers its doers
        act = p.tokens[prompting.head]
        doer = R.subject_of(p, act.i) if act.pos in ("VERB", "AUX") else None
        tgts = [a for a in (r.actors(doer.i) or R.owners(r, doer.i) if doer is not None else [])
                if a.code and a.code not in own]
    if not tgts and sense.type == "THREATEN" and sense.mode == "defence":
        # "Venezuela moved troops toward the border ... Guyana said it would defend every
        # inch of its territory": a warning to the one whose act it answers
        tgts = _answered(p, r, tok, s, sources, own, history)
    if sense.type == "THREATEN" and sense.mode == "retaliation":
        if _retaliation_governor(p, tok) is not None:
            # "she expected Moscow to retaliate": another's expectation, no threat made;
            # "a step Moscow said would force it to take countermeasures": aimed at the doer
            # of the step, which the clause names only by its act (and "it" is Moscow)
            return None
        if not tgts and sense.words[-1] == "tolerate":
            return None     # "occupying state buildings would not be tolerated": a warning
            #                 to no party named
        if not tgts:
            tgts = _answered(p, r, tok, s, sources, own, history)
    if hosts and len(own) == 1 and not [t for t in tgts if t.code not in own]:
        # "100 Australians are taking part in this year's Balikatan drills": one who joins a
        # named exercise exercises with its hosts (several who join exercise together)
        tgts = [h for h in hosts if h.code not in own]
    # (who mediates "along with" another mediates with it: "the talks that Egypt is
    # mediating along with Qatar and the United States" are no talks among the three)
    broker = tok.lemma.lower() in BROKERS
    if sense.type != "AID":
        # "voted against the text along with Burkina Faso": who acts alongside, no target
        # (but a measure told in that phrase keeps its own: "the tariffs would take effect,
        # along with a duty on Chinese goods"; and a partner of a joint act is one: "held
        # drills along with India", not of the ones who broker talks: "the talks Egypt is
        # mediating along with Qatar")
        beside = [(a, b) for a, b, h in _alongside_spans(p, s) if not a <= tok.idx < b and (
            sense.type not in SYMMETRIC or broker or p.tokens[h].lemma.lower() in BROKERS)]
        tgts = [t for t in tgts if not any(a <= t.start < b for a, b in beside)]
    joined = _joined_in(p, tok) if sense.kind == "noun" else None
    if sources and joined is not None:
        # "Poland joined Lithuania in opposition to the pipeline": the one joined is no
        # target of the act it shares (a target the fallback took from the verb's object;
        # but one joined in a joint act with no one else is a partner: "will join India in
        # the exercise", not "joined Germany in talks with Iran")
        partners = {a.code for a in r.actors(joined.i) if a.code}
        others = [t for t in tgts if t.code not in partners]
        if others or sense.type not in PARTNERED:
            tgts = others
        else:
            joined = None
    if sources and (sense.kind == "verb" or joined is not None) and \
            (tgts or sense.type != "ASSAULT"):
        # "France joined Germany in condemning the strikes", "Canada, along with Britain,
        # imposed sanctions on Iran": who acts alongside the doer acts too
        # (but those who fight alongside, with no foe named, are no two sides of a fight:
        # "sent troops to fight alongside Russian forces")
        taken = {a.code for a in sources} | {t.code for t in tgts}
        sources = sources + [a for a in _co_doers(p, r, tok, sense.type in PARTNERED and
                                                         not broker)
                             if a.code and a.code not in taken]
    if tgts and sense.type == "SANCTION" and (sense.kind == "noun" or
                                              _measures_object(p, tok)):
        # "was simply applying measures adopted by the 27-nation bloc over Russia's war",
        # "will enforce the sanctions adopted by the European Union": who adopted the
        # measures one applies is their author, no one they are laid on
        measures = [tok] if sense.kind == "noun" else kids(p, tok.i, "dobj")
        authors = {a.code for o in measures for a in R.participle_agents(r, o.i)}
        if authors and not {a.code for a in sources} & authors:
            tgts = [t for t in tgts if t.code not in authors]
            if not tgts:
                return None
    if sense.target_sector and not any(t.sector in sense.target_sector for t in tgts):
        return None     # "left Mali" is a withdrawal; "left Yokosuka" (a port) is not
    if sense.receives:
        # the subject receives what the target gives; an unnamed giver leaves no event
        # (not the goods a noun's "for" names: "an order for 12 trainer jets from the Czech
        # Republic")
        goods = R.word_class("weapons")
        kept = [a for h in [tok] + kids(p, tok.i, "dobj") for pr in kids(p, h.i, "prep")
                if pr.text.lower() == "for" for o in kids(p, pr.i, "pobj")
                if not {o.lemma.lower(), o.text.lower()} & goods
                for a in R.owners(r, o.i) if a.code and a.code not in own]
        # (the seller is named by "from" or by the maker of what is bought, "would acquire
        # four more Swedish-built Gripen fighter jets"; a giver found by any other road is
        # none: "ordered a second aircraft carrier to the eastern Mediterranean to support
        # Israel" buys nothing from Israel)
        named = any(pr.text.lower() == "from" for h in [tok] + kids(p, tok.i, "dobj")
                    for pr in kids(p, h.i, "prep")) or any(
            a.code and a.code not in own for o in kids(p, tok.i, "dobj")
            for a in R.owners(r, o.i))
        if kept:
            # "will buy artillery shells for Ukraine": bought for another, the buyer gives
            tgts = kept
        elif not tgts or not named and sense.kind == "verb":
            return None
        else:
            sources, tgts = tgts, sources
    if sense.complement and sense.kind == "verb" and _said_of_everyone(p, tok):
        return None     # "saying no country should give him a platform": a rule for all,
        #                 asked of no one named
    if sense.type == "REQUEST" and sense.mode == "demand" and sense.kind == "verb" and \
            not [t for t in tgts if t.code not in own]:
        partners = _ties_to_keep(p, r, tok, own)
        if partners:
            # "Scholz said talks with China must continue": one who says its own ties with
            # another must go on is willing to keep them, not demanding of anyone
            sense = replace(sense, type="AGREE", mode=None)
            trig = replace(trig, sense=sense)
            tgts = partners
    proposal = sense.type == "AGREE" and lemma in PROPOSING
    if proposal:
        asked = _proposed_to(p, r, tok, own)
        if asked:
            # "a proposal for the U.N. Security Council to lift sanctions", "proposed that the
            # council lift sanctions": what one proposes another do is asked of it
            sense = replace(sense, type="REQUEST", mode=None)
            trig = replace(trig, sense=sense)
            tgts = asked
    status = event_status(p, predicate, tok.i, s.end)
    if sense.kind == "noun" and status == "negated" and tok.dep in ("nsubj", "nsubjpass") and \
            tok.head == predicate and _left_unanswered(p, p.tokens[predicate]):
        # "warned that the expulsions would not go unanswered", "said such provocations would
        # not be tolerated": what is to be answered was done; the "not" is the answer's
        status = "occurred"
    stopped = sense.kind == "verb" and sense.type in _GIVEN_UP and _stopped(p, tok)
    if stopped:
        # "has stopped passing intelligence to Ukraine", "will stop sending arms": a cut,
        # told as the stop verb's own clause tells it
        status = event_status(p, tok.head, tok.head, s.end)
        if status in ("occurred", "planned"):
            sense = replace(sense, type=_STOPPED[sense.type],
                            mode="discontinue" if _STOPPED[sense.type] == "SANCTION" else None)
            trig = replace(trig, sense=sense)
    elif sense.kind == "verb" and sense.type in _GIVEN_UP and _no_longer(p, tok) and \
            status in ("occurred", "planned"):
        # "Poland is no longer sending weapons to Ukraine", "will no longer recognize Farmajo
        # as president": a tie given up is cut (aid) or turned down (backing, talks,
        # cooperation), now
        sense = replace(sense, type=_GIVEN_UP[sense.type],
                        mode="discontinue" if sense.type == "AID" else None)
        trig = replace(trig, sense=sense)
        status = "occurred"
    if talks_ahead and status == "occurred":
        status = "planned"      # "a day before a planned round of negotiations with ..."
    drew = p.tokens[tok.head] if tok.dep == "dobj" else None
    if how == "reaction" and status in ("planned", "hypothetical") and drew is not None and \
            drew.tag == "VBG" and drew.dep == "advcl" and drew.i > 0 and \
            p.tokens[drew.i - 1].text == "," and not kids(p, drew.i, "neg", "aux"):
        # "North Korea notified Japan that it planned to launch a satellite, drawing
        # condemnation from Tokyo and Seoul": the reaction a telling drew came, whatever the
        # plan the parser hung it on
        status = "occurred"
    if how == "light" and predicate != tok.i and status in ("occurred", "planned") and \
            p.tokens[predicate].lemma.lower() in _WEIGHING:
        status = "hypothetical"     # "would consider new sanctions on Russia", "is weighing
        #                             sanctions": an act only weighed
    if sense.kind == "adj" and sense.mode == "visit" and status == "occurred":
        status = "planned"      # "Lavrov is due in Pyongyang this week": to come
    if sense.mode == "not accepted":
        if status != "negated":
            return None     # "accepted the claim": no rejection (the next sense reads it)
        status = "occurred"     # "did not accept the claim": turned down now
    asked = tok
    while asked.dep == "conj" and asked.head != asked.i:
        asked = p.tokens[asked.head]    # "... to lift sanctions and to ease restrictions"
    if sense.kind == "verb" and R.for_to_subject(p, asked.i) is not None:
        status = "hypothetical"     # "a proposal for the Security Council to lift sanctions"
    if sense.kind == "verb" and sense.words[-1] in UNANSWERED:
        if not kids(p, tok.i, "neg"):
            return None     # "the killing went unpunished": no answer promised
        # "the move would not go unanswered": an answer promised, as "would respond" is
        status = "hypothetical" if status == "negated" else status
    if sense.type == "CONCEDE" and status == "occurred" and \
            (sense.mode == "ease" or any(o.lemma.lower() in EASED_PENALTIES or
                                         o.text.lower() in EASED_PENALTIES
                                         for o in object_tokens(p, tok))):
        # "lifted sanctions on Syria": a penalty eased is a material concession
        sense = replace(sense, type="RETREAT", mode="ease")
        trig = replace(trig, sense=sense)
    if sense.kind == "noun" and status == "negated" and sense.type in SPOKEN_ASKS and \
            tok.dep in ("dobj", "nsubjpass") and \
            p.tokens[tok.head].lemma.lower() in TURNING_DOWN and not kids(p, tok.i, "neg") and \
            not any(d.text.lower() in ("no", "any") for d in kids(p, tok.i, "det")):
        # "Turkey's call for a ceasefire was rejected by Israel", "denied the accusation": the
        # call or the charge was made; what it asked or said is what is turned down
        status = "occurred"
    if sense.type == "THREATEN" and sense.mode == "retaliation" and \
            status == "hypothetical" and \
            _warning_governor(p, predicate, {a.code for a in sources}, r) is not None:
        # "warned that Moscow would take countermeasures", "said Seoul could respond": a
        # retaliation its own doer announces is threatened now, whatever its auxiliary
        status = "planned"
    if sense.mode == "test" and sense.kind == "verb" and tok.dep == "advcl" and \
            "ASSAULT" in REF.hostile_kinds_of_verb(p.tokens[tok.head].lemma.lower()):
        return None     # "Launching more than 100 missiles, Russia struck energy sites": the
        #                 missiles are the attack's, no test
    if sense.type == "SANCTION" and sense.mode == "expel" and lemma == "give":
        lo, hi = subtree(p, tok.i)
        if not any(w.lemma.lower() in DEPARTING and w.pos == "VERB" for w in p.tokens[lo:hi]):
            return None     # "gave the diplomats assurances": no one is sent away
    ordered_out = _orders_out(p, tok) if sense.type == "REQUEST" and sense.kind == "verb" and \
        (lemma in COMMANDING or lemma in ASKING_OUT) else None
    if ordered_out:
        # "ordered Mexico's ambassador and two Spanish diplomats to leave the country": a
        # mission ordered out is expelled ("ordered Russia to close its consulates": shut)
        sense = replace(sense, type="SANCTION", mode=ordered_out)
        trig = replace(trig, sense=sense)
        if not tgts:
            # "four officials at the Russian Embassy had been told to leave": the state of
            # the mission the passive's subject serves
            tgts = _mission_of_sent_out(p, r, tok, own)
    if sense.type == "COOPERATE" and sense.mode is None and sense.kind == "verb" and \
            _offered(p, tok):
        # "Islamabad was prepared to work with Tehran": the willingness is the event (an
        # accord of intent), the work not yet done
        sense = replace(sense, type="AGREE", mode=None)
        trig = replace(trig, sense=sense)
        predicate, status = tok.head, "occurred"
    ready = p.tokens[predicate]
    if sense.type == "CONSULT" and _offered(p, ready) and status != "negated" and \
            not kids(p, ready.head, "neg") and not _asked_of(p, ready.i):
        # "would be ready to host a meeting between Israel and the Palestinians", "is willing
        # to meet Putin": a readiness to meet is an offer (AGREE), made when it is said (not
        # a readiness asked of another: "the US must be ready to mediate")
        sense = replace(sense, type="AGREE", mode=None)
        trig = replace(trig, sense=sense)
        predicate, status = ready.head, "occurred"
    if sense.type == "COOPERATE" and sense.mode is None and sense.kind == "verb" and \
            status in ("planned", "hypothetical") and not kids(p, tok.i, "neg"):
        said = _warning_governor(p, predicate, {a.code for a in sources}, r)
        if said is not None:
            # "said his inspectors would work with the three countries", "said Tokyo would
            # work closely with Seoul": cooperation its own party promises is a promise, made
            # when it is said
            sense = replace(sense, type="AGREE", mode=None)
            trig = replace(trig, sense=sense)
            predicate, status = said, "occurred"
    refused = kid(p, tok.i, "dobj") if sense.type == "AGREE" and sense.kind == "verb" and \
        status == "negated" and lemma == "accept" else None
    if refused is not None and REF.refers_back(p, refused) and history:
        # "Argentina said it would not accept the expulsion": a refusal to accept what another
        # did is a rejection of it, made when it is said
        doers = tgts or REF.referent_doers(p, r, refused, "REJECT", own, history, True)
        if doers:
            sense = replace(sense, type="REJECT", mode=None)
            trig = replace(trig, sense=sense)
            status, tgts = "occurred", doers
    if sense.type == "SUPPORT" and sense.kind == "verb" and status == "negated" and \
            lemma in ("recognize", "recognise"):
        # "said it did not recognize the decision", "would not recognize any outcome": a
        # refusal to recognize is a rejection, made when it is said
        sense = replace(sense, type="REJECT", mode=None)
        trig = replace(trig, sense=sense)
        status = "occurred"
    if sense.type in ("ASSAULT", "SANCTION", "COERCE") and status == "hypothetical" or \
            sense.type == "ASSAULT" and status == "planned":
        # "Beijing hinted that it could retaliate with tariffs": a possible act of force
        # announced by the one who would do it is a threat, made when it is said ("wrote
        # that the Houthis would keep targeting ships linked to Israel": so is an attack it
        # says it will make; sanctions announced stay planned sanctions)
        warned = _warning_governor(p, predicate, {a.code for a in sources}, r)
        if warned is not None and not _deliberated(p, tok.i, warned):
            sense = replace(sense, type="THREATEN", mode=None)
            trig = replace(trig, sense=sense)
            predicate, status = warned, "occurred"
            if not tgts and _told_as_answer(p, tok):
                # "Moscow would be forced to use similar weapons in response": aimed at
                # whoever did what it answers
                tgts = _answered(p, r, tok, s, sources, own, history)
            if not tgts:
                # "Putin said Russia would strike Western capitals if NATO sent troops to
                # Ukraine": at whoever the condition names
                tgts = _condition_subject(p, r, tok.i, own)
    if threat and status == "hypothetical":
        # "warned it was ready to impose sanctions on Russia": a readiness to use force,
        # warned of by the one who would use it, is a threat made when it is said
        warned = _warning_governor(p, predicate, {a.code for a in sources}, r)
        if warned is not None:
            predicate, status = warned, "occurred"
    if sense.type == "MOBILIZE" and sense.mode == "deployment" and tgts and \
            _carrying_arms(p, tok):
        # "two Egyptian military aircraft carrying weapons and ammunition landed in
        # Mogadishu": craft that bring arms deliver them (an arms transfer to the host)
        sense = replace(sense, type="AID", mode="arms transfer")
        trig = replace(trig, sense=sense)
    if sense.type == "MOBILIZE" and sense.mode == "deployment" and tgts and \
            _keeps_peace(p, tok.i):
        # "the first Bangladeshi peacekeepers arrived in Sierra Leone", "Kenyan police
        # officers landed in Haiti": forces sent to keep the peace help the host (AID)
        sense = replace(sense, type="AID", mode="peacekeeping")
        trig = replace(trig, sense=sense)
    obj = kid(p, tok.i, "dobj")
    if sense.kind == "verb" and tok.dep == "advcl" and tok.tag == "VBG" and history and \
            kid(p, tok.i, "nsubj") is None and (
                obj is not None and not R.owners(r, obj.i) or
                obj is None and sense.type == "AGREE"):
        # ("reached a similar deal with Trump, promising to name a fentanyl czar": the
        # promise is part of the deal, made to its partner)
        # "struck more than 85 targets in Iraq and Syria, hitting command posts ... in
        # retaliation for a drone attack that killed three U.S. troops in Jordan": a
        # participle that tells more of the act before it, naming no one itself, is against
        # the same targets (not one named deeper in the sentence)
        told = next((d for d in reversed(history) if d.trigger.token == tok.head and
                     d.trigger.sense.type == sense.type and d.targets and
                     {a.code for a in d.sources} == {a.code for a in sources}), None)
        found = {a.code for a in tgts} - {a.code for a in sources}
        if told is not None and (found and not found <= {a.code for a in told.targets} or
                                 not found and obj is None):
            tgts = list(told.targets)
    date, precision = _event_date(p, tok.i, predicate, dates, prev_date, published, status)
    if tgts and sources and sense.mode == "visit" and sense.kind == "verb" and \
            tok.tag == "VBG" and tok.dep in ("xcomp", "amod", "acl") and \
            p.tokens[tok.head].lemma.lower() in VISITOR_VERBS and \
            (seen := kid(p, tok.i, "dobj")) is not None and seen.i - tok.i <= 5:
        # "Xi told visiting German Chancellor Olaf Scholz that ...": the parser made the
        # adjective a verb with the visitor for its object; the one he speaks to visits
        sources, tgts = tgts, sources
    if sense.type == "THREATEN" and not tgts and sources and history:
        tgts = _warned_if_acts_go_on(p, r, tok, {a.code for a in sources}, history)
    return Draft(trig, s, sources, tgts, status, date, precision,
                  _location(p, tok.i, predicate), how,
                  sum(1 for _ in ancestors(p, predicate)))


_DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "REB", "COP", "JUD", "LEG", "MED", "BUS", "NGO"})






def _attack_went_on(p: ParsedText, tok: Token, history: list[Draft]) -> list[Actor]:
    """The doers of an attack told just before a participle that goes on from it, set off by
    a comma: "pledged to send air defenses after Russia launched its heaviest barrage in
    months, striking power plants" (the parser hangs the participle on the main verb, whose
    subject did not strike). Only an attack whose target was not told takes it."""
    if tok.tag != "VBG" or tok.dep != "advcl" or tok.i < 2 or p.tokens[tok.i - 1].text != ",":
        return []
    for d in reversed(history):
        t = d.trigger.token
        if d.trigger.sense.type == "ASSAULT" and not d.targets and d.sources and \
                t < tok.i and t != tok.head and subtree(p, t)[1] == tok.i - 1:
            return list(d.sources)
    return []


def _ship_sails_on(p: ParsedText, tok: Token) -> bool:
    """Whether a ship leaves a port ("the frigate ... after leaving Tokyo", "the Cavour is due
    to leave Yokosuka"): the subject (or the subject of the verb a leaving is a phrase of) is
    a ship noun, and what it leaves a city, not a state."""
    if tok.lemma.lower() not in ("leave", "depart"):
        return False
    subj = R.subject_of(p, tok.i)
    if subj is None and tok.dep == "pcomp":
        subj = R.subject_of(p, p.tokens[tok.head].head)   # "after leaving Tokyo"
    if subj is None:
        return False
    if subj.lemma.lower() not in vessel_nouns() and subj.text.lower() not in \
            vessel_nouns() and not (subj.ent >= 0 and p.entities[subj.ent].label == "VESSEL"):
        return False
    left = [o for o in kids(p, tok.i, "dobj") if o.ent >= 0]
    return bool(left) and all(not p.entities[o.ent].key.startswith("country:") and
                              p.entities[o.ent].label in ("GPE", "LOC", "FAC") for o in left)


def _own_base(p: ParsedText, r: Resolver, tok: Token) -> bool:
    """Whether the place a ship puts into is its own state's ("the American naval base")."""
    subj = kid(p, tok.i, "nsubj")
    own = {a.code for a in r.actors(subj.i)} if subj is not None else set()
    return bool(own) and any(
        own & {a.code for a in R.owners(r, o.i) + r.actors(o.i)}
        for pr in kids(p, tok.i, "prep") for o in kids(p, pr.i, "pobj"))


def _person_mention(r: Resolver, mention: str) -> bool:
    """Whether a mention names a person ("U.S. President Donald Trump", "Zelenskyy")."""
    words = mention.split()
    return any(r.person_named(" ".join(words[-n:])) is not None for n in (len(words), 2, 1)
               if 0 < n <= len(words))


def _people_named(r: Resolver, mention: str) -> bool:
    """Whether a mention's head word names officials ("leaders", "ministers")."""
    words = mention.lower().split()
    head = words[-1] if words else ""
    return head in r.lex.speaker_nouns or head.removesuffix("s") in r.lex.speaker_nouns | \
        r.lex.leader_nouns


def _pressed(p: ParsedText, r: Resolver, tok: int, own: set) -> list[Actor]:
    """Whom a threat's "unless" clause names as the one to act: the clause's subject, or what
    its subject belongs to."""
    verbs = [tok] + [c.i for c in kids(p, tok, "xcomp")]
    for v in verbs:
        for c in kids(p, v, "advcl"):
            if not any(m.text.lower() == "unless" for m in kids(p, c.i, "mark")):
                continue
            subj = kid(p, c.i, "nsubj") or kid(p, c.i, "nsubjpass")
            found = [a for a in (R.owners(r, subj.i) if subj is not None else [])
                     if a.code and a.code not in own]
            if found:
                return found
    return []


def _not_own_cause(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """"Turkey, Azerbaijan's closest ally, voiced support for its aims": no one voices support
    for its own cause; "its" is the one other state the sentence names before it."""
    causes = [g for c in kids(p, tok.i, "dobj") + [tok] for prep in kids(p, c.i, "prep")
              if prep.text.lower() == "for" for g in kids(p, prep.i, "pobj")]
    for w in causes:
        poss = kid(p, w.i, "poss")
        if poss is not None and poss.text.lower() in ("its", "their") and \
                {a.code for a in r.actors(poss.i)} <= own:
            others = r.states_before_in_sentence(poss.i, own)
            if len(others) == 1:
                return others
    return []


def _not_own_space(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """"Japan accused a Chinese spy plane of violating its airspace": no one violates its own
    airspace or waters; "its" is the one other state the sentence names before it."""
    obj = kid(p, tok.i, "dobj")
    poss = kid(p, obj.i, "poss") if obj is not None else None
    if poss is None or poss.text.lower() not in ("its", "their") or \
            not {a.code for a in R.owners(r, obj.i)} <= own:
        return []
    others = r.states_before_in_sentence(poss.i, own)
    return others if len(others) == 1 else []


def _host_of(p: ParsedText, tok: Token, own: set, history: list[Draft]) -> list[Actor]:
    """"Maduro thanked his host", "the guests praised their hosts", "Lula, standing beside
    his guest": the other side of the last visit or meeting told of the one who owns the
    word."""
    objs = [o for o in kids(p, tok.i, "dobj") + [g for prep in kids(p, tok.i, "prep")
                                                 for g in kids(p, prep.i, "pobj")]
            if o.lemma.lower() in HOST_NOUNS] if tok.pos == "VERB" else []
    # ("standing beside his guest": the other side of the visit too)
    obj = objs[0] if objs else None
    if obj is None or not any(c.dep == "poss" and c.pos == "PRON" for c in kids(p, obj.i)):
        return []
    for d in reversed(history):
        if d.trigger.sense.type != "CONSULT":
            continue
        parties = {a.code for a in d.sources} | {a.code for a in d.targets}
        if own & parties:
            return [a for a in list(d.sources) + list(d.targets) if a.code not in own][:1]
    return []


HOST_NOUNS = words("visit_sides")


def _domestic(p: ParsedText, r: Resolver, tok: int, sources: list[Actor],
              moved: bool = False) -> list[Actor]:
    """"Egyptian police dispersed demonstrators": a person or group that names no state is
    taken to be of the source's own state, with its own sector. Only people and groups outside
    the state's own apparatus qualify, and nothing the source owns ("its carrier"). What a
    deployment moves (``moved``: "sent fighters to the region") is no one acted on."""
    states = [a for a in sources if a.code and r.lex.entry(f"country:{a.code}")]
    if not states:
        return []
    if p.tokens[tok].pos in ("VERB", "NOUN"):
        # victims who name no state are of the place the attack happened ("killed 23 people
        # in Jerusalem"), not of the attacker's state
        for prep in kids(p, tok, "prep"):
            if prep.text.lower() in ("in", "near", "at", "across", "inside"):
                obj = kid(p, prep.i, "pobj")
                place = [a for a in (r.actors(obj.i) if obj is not None else [])
                         if a.code not in {x.code for x in states}]
                if place and any(o.pos in ("NOUN", "PROPN") and r.group_sector(o.i) in
                                 _DOMESTIC_SECTORS for o in kids(p, tok, "dobj")):
                    return [Actor(a.code, a.name, "CVL", a.mention, a.start, a.end)
                            for a in place]
        # (and victims another state's official says its own attack killed are the teller's:
        # "Kabul said Pakistani airstrikes had killed civilians in Paktika province")
        victims = [o for o in kids(p, tok, "dobj") if o.pos == "NOUN" and
                   not kids(p, o.i, "poss") and r.group_sector(o.i) == "CVL"]
        said = SP.telling(p, p.tokens[tok], r.lex.speech_verbs) if victims else None
        teller = R.subject_of(p, said) if said is not None else None
        tellers = [a for a in (r.actors(teller.i) if teller is not None else [])
                   if a.code and r.lex.entry(f"country:{a.code}") and
                   a.code not in {x.code for x in states}]
        if len({a.code for a in tellers}) == 1:
            return [Actor(tellers[0].code, tellers[0].name, "CVL", victims[0].text,
                          victims[0].idx, victims[0].end)]
    objs = kids(p, tok, "dobj", "dative") if not moved else []
    objs += [o for c in kids(p, tok, "ccomp") for o in kids(p, c.i, "nsubj")]
    objs += [o for prep in kids(p, tok, "prep") if prep.text.lower() in
             ("against", "on", "with", "to", "at", "from") for o in kids(p, prep.i, "pobj")]
    for o in objs:
        if o.pos not in ("NOUN", "PROPN") or kids(p, o.i, "poss"):
            continue
        sector = r.group_sector(o.i)
        person = o.ent >= 0 and p.entities[o.ent].label == "PERSON"
        if sector and (person or sector in _DOMESTIC_SECTORS) and \
                sector not in {a.sector for a in states}:
            return [Actor(a.code, a.name, sector, o.text, o.idx, o.end) for a in states]
    return []


# texts and measures that act once made ("a license that eases sanctions") and the verbs that
# make them one's own ("issued", "adopted"): frames.yaml
INSTRUMENTS = words("instruments")
ENACTING = words("enacting") | words("authoring")


# acts only a government takes, whose passive with no doer, told by one of its officials, is
# its own ("said India's envoy was being asked to leave")
GOVERNMENT_ACTS = frozenset({"SANCTION", "COERCE"})


def _agents(p: ParsedText, r: Resolver, verb: int) -> tuple[Token | None, list[Actor]]:
    """A verb's subject and the actors it names. A relative clause's pronoun stands for what
    comes before the clause, not for a conjunct the parser joined to it after the clause
    ("Wang Yi, who hosted his Indian counterpart ..., and Saudi Arabia said ...")."""
    tok = p.tokens[verb]
    text = p.tokens[tok.head] if tok.dep == "acl" and tok.tag == "VBG" else None
    if tok.dep == "relcl":
        which = R.subject_kid(p, verb)
        if which is not None and which.text.lower() in ("that", "which"):
            text = p.tokens[tok.head]   # "a resolution that imposes sanctions on ..."
    if text is not None and text.lemma.lower() not in r.lex.documents | INSTRUMENTS:
        text = None
    authors = r.actors(text.i) if text is not None else []
    if text is not None and not authors and text.dep == "dobj" and \
            p.tokens[text.head].lemma.lower() in ENACTING:
        # "the Treasury issued a license that eases some sanctions on Syria": a text names
        # no author of its own, so whoever issues or adopts it acts through it
        maker = R.subject_of(p, text.head)
        authors = [a for a in r.actors(maker.i) if a.code] if maker is not None else []
    if authors:
        # "abstained on the U.N. resolution condemning Russia": the text condemns, as its
        # author, not whoever votes on it
        return text, authors
    subj = R.subject_of(p, verb)
    if subj is None:
        return None, []
    found = r.actors(subj.i)
    if not found and subj.dep == "pobj" and subj.lemma.lower() in R.word_class("weapons") and \
            p.tokens[subj.head].dep == "agent":
        # "was struck by several projectiles fired by the Houthis", "hit by missiles launched
        # from Yemen": the arms a passive is done by are whoever fired them, or from where
        for c in kids(p, subj.i, "acl"):
            shooter = next((o for a in kids(p, c.i, "agent") for o in kids(p, a.i, "pobj")),
                           None) or next((o for pr in kids(p, c.i, "prep")
                                          if pr.text.lower() == "from"
                                          for o in kids(p, pr.i, "pobj")), None)
            found = [a for a in r.actors(shooter.i) if a.code] if shooter is not None else []
            if found:
                return shooter, found
    if subj.i < verb:
        # (nor is a name after the verb part of a subject before it: "Wang Yi, who hosted
        # ..., called on both sides to ..., and Saudi Arabia said", Saudi Arabia joined to
        # Wang Yi)
        found = [a for a in found if a.start < 0 or a.start < p.tokens[verb].idx]
    return subj, found


# words said, judged in a later sentence ("called the remarks irresponsible"), and the kinds
# of act by which a state says something
_SAID_WORDS = words("said_words")
_SAID_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT"})


# what a tie given up "no longer" becomes ("is no longer sending weapons": a cut)
_GIVEN_UP = {"AID": "SANCTION", "SUPPORT": "REJECT", "AGREE": "REJECT", "COOPERATE": "REJECT",
             "CONSULT": "REJECT"}


def _those_responsible(p: ParsedText, tok: Token) -> bool:
    """Whether the one a trigger acts on is named only as "those responsible" (or "the
    perpetrators"), with no party of its own."""
    for o in kids(p, tok.i, "dobj"):
        if o.text.lower() == "those" and any(a.lemma.lower() == "responsible"
                                             for a in kids(p, o.i, "amod")) or \
                o.lemma.lower() == "perpetrator" and not kids(p, o.i, "poss", "amod"):
            return True
    return False


_STOPPING = words("stopping")
# verbs by which a mission of forces is brought to its end ("will wind down the mission")
MISSION_ENDING = words("mission_ending")
# what a tie stopped becomes: aid or working together stopped is cut, words of backing or
# talks stopped are turned down
_STOPPED = {"AID": "SANCTION", "COOPERATE": "SANCTION", "SUPPORT": "REJECT", "AGREE": "REJECT",
            "CONSULT": "REJECT"}


def _stopped(p: ParsedText, tok: Token) -> bool:
    """Whether a verb is what one stops doing ("stopped passing intelligence", "ceased
    sending arms"): a gerund under a verb of stopping (frames.yaml stopping)."""
    head = p.tokens[tok.head]
    return tok.tag == "VBG" and tok.dep == "xcomp" and head.i != tok.i and \
        head.lemma.lower() in _STOPPING


def _no_longer(p: ParsedText, tok: Token) -> bool:
    """Whether a verb is done "no longer" ("is no longer sending weapons")."""
    return any(c.dep == "advmod" and c.text.lower() == "longer" and
               any(n.dep == "neg" and n.text.lower() == "no" for n in kids(p, c.i))
               for c in kids(p, tok.i))


_EVERYONE = words("everyone_determiners")
_EVERYONE_WORDS = words("everyone_pronouns")


def _said_of_everyone(p: ParsedText, tok: Token) -> bool:
    """Whether what a speaker says must be done is said of no one or of everyone ("no
    country should give him a platform", "all states must respect"): the complement's
    subject is a quantified or universal word."""
    for c in kids(p, tok.i, "ccomp"):
        subj = kid(p, c.i, "nsubj") or kid(p, c.i, "nsubjpass")
        if subj is None:
            continue
        if subj.text.lower() in _EVERYONE_WORDS or subj.lemma.lower() == "one" and any(
                d.text.lower() == "no" for d in kids(p, subj.i, "det")):
            return True
        if any(d.text.lower() in _EVERYONE for d in kids(p, subj.i, "det", "predet")):
            return True
    return False


def _words_told(p: ParsedText, judged: Token) -> bool:
    """Whether a judged noun is words said before, named again ("the remark", "the
    comments") with no owner of its own."""
    return judged.pos == "NOUN" and judged.lemma.lower() in _SAID_WORDS and \
        REF.refers_back(p, judged) and not kids(p, judged.i, "poss", "prep")


def _speakers_before(history: list[Draft], own: set) -> list[Actor]:
    """"Biden said he still regarded Xi as a dictator. China's foreign ministry called the
    remark extremely wrong": the state whose words were told last, of the last few acts."""
    return next(([a for a in d.sources if a.code not in own] for d in reversed(history[-6:])
                 if d.trigger.sense.type in _SAID_TYPES and
                 any(a.code not in own for a in d.sources)), [])


def _told_speakers(p: ParsedText, r: Resolver, s: Sentence, own: set) -> list[Actor]:
    """The state of the last one told to have said something in the sentence before ``s``,
    when no act of theirs was drawn from it ("after a Ukrainian official suggested Kyiv had
    helped rebels ... The junta called the remarks an aggression"), other than ``own``."""
    before = sentence_before(p, s.start)
    if before is None:
        return []
    for t in reversed(p.tokens[before.start:before.end]):
        if t.pos != "VERB" or t.lemma.lower() not in r.lex.speech_verbs:
            continue
        subj = R.subject_of(p, t.i)
        found = [a for a in (r.actors(subj.i) if subj is not None else [])
                 if a.code and a.code not in own and a.sector in ("GOV", "MIL", "LEG")]
        if found:
            return found
    return []


# where a crowd gathers ("marched in Cairo") and the numbers that head one ("tens of thousands
# of people"): frames.yaml
CROWD_PLACES = words("crowd_places")
CROWD_NUMBERS = words("crowd_numbers")
CROWD_SITES = words("crowd_sites")


def _crowd_place(p: ParsedText, r: Resolver, tok: int, subj: Token | None) -> list[Actor]:
    """The state where a crowd that names none gathers, as its people: "thousands of people
    marched in Cairo", "In Sanaa, crowds poured into the streets, chanting ...", "rallied in
    Mogadishu's main stadium". Only for a subject that names people (or a number of them:
    "tens of thousands of people"); the place is looked for on the verb and on the verbs it
    hangs from within its clause."""
    chain = [tok]
    cur = p.tokens[tok]
    for _ in range(4):
        # up through the joins of the clause ("waving flags and chanting ...", the participle
        # parsed as joined to "flags"), never out of a reported or relative clause
        if cur.dep not in ("conj", "advcl", "xcomp", "dobj") or cur.head == cur.i:
            break
        cur = p.tokens[cur.head]
        if cur.pos in ("VERB", "AUX"):
            chain.append(cur.i)
    if subj is None:
        subj = next((s for s in (R.subject_of(p, h) for h in chain[1:]) if s is not None), None)
    if subj is None:
        return []
    crowd = subj
    while crowd is not None and r.group_sector(crowd.i) is None and \
            crowd.lemma.lower() in CROWD_NUMBERS:
        crowd = next((o for prep in kids(p, crowd.i, "prep") if prep.text.lower() == "of"
                      for o in kids(p, prep.i, "pobj")), None)
    if crowd is None or r.group_sector(crowd.i) not in ("CVL", "OPP") or r.actors(crowd.i):
        return []
    for h in chain:
        for prep in kids(p, h, "prep"):
            obj = kid(p, prep.i, "pobj")
            if obj is None:
                continue
            if prep.text.lower() not in CROWD_PLACES:
                # "gathered outside the Russian embassy in Tbilisi": the city the building
                # is in, not the state that owns it (which the protest is against)
                states = [a for a in R.located(r, obj.i)
                          if a.code and r.lex.entry(f"country:{a.code}")] \
                    if prep.text.lower() in CROWD_SITES else []
            else:
                states = [a for a in r.actors(obj.i) or R.owners(r, obj.i) or
                          R.located(r, obj.i) if a.code and r.lex.entry(f"country:{a.code}")]
            if states:
                return [Actor(a.code, a.name, r.group_sector(crowd.i), crowd.text, crowd.idx,
                              crowd.end) for a in states[:1]]
    return []


# what forces are readied for: "for a possible war against Iraq"
FIGHTS = words("fights")


def _fought_for(p: ParsedText, r: Resolver, tok: int, own) -> list[Actor]:
    """The other side of the fight a force is readied "for" ("for a possible war against
    Iraq"), or none."""
    for prep in kids(p, tok, "prep"):
        fight = kid(p, prep.i, "pobj") if prep.text.lower() == "for" else None
        if fight is None or fight.lemma.lower() not in FIGHTS:
            continue
        for inner in kids(p, fight.i, "prep"):
            obj = kid(p, inner.i, "pobj") if inner.text.lower() in ("against", "on", "with") \
                else None
            found = [a for a in (r.actors(obj.i) if obj is not None else [])
                     if a.code not in own]
            if found:
                return found
    return []


# acts that are armed ones when so described: "any military action on Syrian soil"
ARMED_ACTS = words("armed_acts")


def _armed_act(p: ParsedText, noun: Token) -> bool:
    """Whether ``noun`` names an act of armed force by its modifier ("military action",
    "armed intervention")."""
    return noun.lemma.lower() in ARMED_ACTS and any(
        c.lemma.lower() in ("military", "armed") for c in kids(p, noun.i, "amod", "compound"))


def _answered_doer(p: ParsedText, r: Resolver, tok: int, own) -> list[Actor]:
    """The named doer of an "after" clause on the act at ``tok`` (or on the verb that carries
    a noun), other than the act's own sources."""
    t = p.tokens[tok]
    heads = [tok] + ([t.head] if t.pos == "NOUN" and t.dep == "dobj" else [])
    return _marked_clause_subject(p, r, heads, frozenset({"after"}), own)


def _marked_clause_subject(p: ParsedText, r: Resolver, heads: list[int], marks: frozenset[str],
                           own) -> list[Actor]:
    """The named actors, other than ``own``, of the subject of the first clause on one of
    ``heads`` that one of ``marks`` opens ("after", "until")."""
    for head in heads:
        for c in kids(p, head, "advcl"):
            if {m.text.lower() for m in kids(p, c.i, "mark")} & marks:
                subj = kid(p, c.i, "nsubj")
                found = [a for a in (r.actors(subj.i) if subj is not None else [])
                         if a.code and a.code not in own]
                if found:
                    return found
    return []


def _telling_set_in(p: ParsedText, r: Resolver, noun: Token, gov: Token) -> Token:
    """The verb of telling a meeting noun is set off after, when the parser hung it on the
    clause told ("Kim told Putin that Russia would win a sacred fight, during a summit at a
    Russian spaceport": the telling was during the summit, not the winning); else ``gov``."""
    prep = p.tokens[noun.head] if noun.dep == "pobj" else None
    if prep is None or prep.text.lower() not in ("during", "at") or prep.i == 0 or \
            p.tokens[prep.i - 1].text != "," or gov.dep != "ccomp" or gov.head == gov.i:
        return gov
    said = p.tokens[gov.head]
    return said if said.lemma.lower() in r.lex.speech_verbs else gov


def _meeting_setting_verb(p: ParsedText, tok: Token) -> Token | None:
    """The verb a meeting noun is the setting of: "announced the decision at a summit", "at
    the close of a summit", "during the talks"."""
    noun = tok
    if noun.dep == "pobj" and p.tokens[noun.head].text.lower() == "of":
        part = p.tokens[p.tokens[noun.head].head]     # "the close of", "the end of"
        if part.pos == "NOUN" and part.lemma.lower() in ("close", "end", "start", "opening",
                                                         "sidelines", "margins", "conclusion"):
            noun = part
    gov = R.visit_governor(p, noun.i, ("at", "during", "on"))
    prep = p.tokens[noun.head]
    if gov is None and noun.dep == "pobj" and prep.text.lower() in ("at", "during") and \
            p.tokens[prep.head].dep == "dobj":
        # ("announced [the decision at the close of a summit]": the phrase hung on the object)
        gov = p.tokens[p.tokens[prep.head].head]
    return gov if gov is not None and gov.pos in ("VERB", "AUX") else None


# verbs by which a clause on a measure says whom it hits ("sanctions which target officials")
HITTING = words("hitting")
# reserves a state calls up or mobilizes ("called up 300,000 reservists")
RESERVES = words("reserves")


def _calls_up_forces(p: ParsedText, tok: Token) -> bool:
    """Whether verb ``tok`` raises a state's reserves ("called up 300,000 reservists",
    "mobilized its reserves"), as opposed to moving forces to a place."""
    obj = kid(p, tok.i, "dobj")
    return tok.pos == "VERB" and obj is not None and obj.text.lower() in RESERVES


def _own_in_complement(p: ParsedText, r: Resolver, tok: Token, own) -> bool:
    """Whether the subject of the clause a speech verb's modal demand is made in includes
    the speaker's own side ("we", "the two countries", "both nations" with the speaker's)."""
    for c in kids(p, tok.i, "ccomp"):
        subj = kid(p, c.i, "nsubj")
        if subj is None:
            continue
        if subj.pos == "PRON" and subj.text.lower() in ("we", "us"):
            return True     # (not "the US")
        codes = {a.code for a in r.actors(subj.i) if a.code}
        return len(codes) > 1 and bool(set(own) & codes)
    return False


def _last_met(p: ParsedText, s: Sentence, history: list[Draft], own) -> list[Actor]:
    """The other parties of the meeting of ``own`` told in this sentence or the one before."""
    before = sentence_before(p, s.start)
    since = before.start if before is not None else s.start
    for d in reversed(history[-6:]):
        if d.sentence.start < since:
            break
        if d.trigger.sense.type != "CONSULT" or d.status != "occurred":
            continue
        codes = {a.code for a in d.sources} | {a.code for a in d.targets}
        if own & codes:
            found = [a for a in d.sources + d.targets if a.code and a.code not in own]
            if found:
                return found
    return []


# verbs of sending word to someone ("wrote to Guterres asking ...", "appealed to")
WRITING_TO = words("writing_to")
# what is said or done "too", "also" or "likewise" after another did the same
# (by kind: a concern voiced "too" after another's warning is aimed where the warning was)
_LIKEWISE_TYPES = {"ACCUSE": "alarm", "THREATEN": "alarm", "SUPPORT": "SUPPORT",
                   "REQUEST": "REQUEST", "REJECT": "REJECT"}
_LIKEWISE = words("likewise")


def _likewise(p: ParsedText, verb: Token) -> bool:
    """Whether ``verb`` is said to be done as another did: "New Zealand, too, has voiced
    concern", "Canada likewise condemned"."""
    return any(c.text.lower() in _LIKEWISE for c in kids(p, verb.i, "advmod"))


def _met_before(p: ParsedText, r: Resolver, tok: Token, own) -> list[Actor]:
    """Whom a state met in the meeting an act of its came after or during ("relented after a
    meeting with EU leaders")."""
    for prep in kids(p, tok.i, "prep"):
        if prep.text.lower() not in ("after", "following", "during", "at"):
            continue
        for meeting in kids(p, prep.i, "pobj"):
            for w in kids(p, meeting.i, "prep"):
                if w.text.lower() == "with":
                    found = [a for o in kids(p, w.i, "pobj") for c in conjuncts(p, o.i)
                             for a in r.actors(c) if a.code and a.code not in own]
                    if found:
                        return found
    return []


def _told_of_before(p: ParsedText, r: Resolver, tok: Token, own) -> list[Actor]:
    """The state a speech verb the warning ``tok`` is joined to tells of ("said Finland had
    made a mistake and warned ..."): the subject of the clause it reports, when that clause
    comes before the warning."""
    if tok.dep != "conj" or tok.head == tok.i or kid(p, tok.i, "nsubj") is not None:
        return []       # (one with a subject of its own is another speaker's warning)
    said = p.tokens[tok.head]
    if said.lemma.lower() not in r.lex.speech_verbs:
        return []
    for clause in kids(p, said.i, "ccomp"):
        subj = kid(p, clause.i, "nsubj")
        found = [a for a in (r.actors(subj.i) if subj is not None else [])
                 if a.code and a.code not in own]
        if clause.i < tok.i and found:
            return found
    return []


# What an answer comes after: "after Finland joined NATO", "following Seoul's drills".
PROVOKED_MARKS = frozenset({"after", "following", "since"})


def _offers_made_to(p: ParsedText, r: Resolver, s: Sentence, drafts: list[Draft]
                    ) -> list[Draft]:
    """An offer that names no one is made to the parties of what is offered: "offered to
    mediate between the two neighbors" (the act its infinitive tells, drafted in the same
    sentence), "was ready to help cool down the situation if both sides wished" (the ones
    whose wish it waits on)."""
    out = list(drafts)
    first = len(drafts)     # (the sentence's drafts are the last ones: no scan of the story)
    while first > 0 and drafts[first - 1].sentence is s:
        first -= 1
    mine = range(first, len(drafts))
    for n in mine:
        d = drafts[n]
        if d.targets or d.trigger.sense.type != "AGREE" or not d.sources or \
                d.status not in ("occurred", "planned") or _asked_of(p, d.trigger.token):
            continue    # ("the US must be ready to mediate": a readiness asked for)
        own = {a.code for a in d.sources}
        offered: list[int] = []
        todo = [d.trigger.token]
        for _ in range(3):
            todo = [c.i for t in todo for c in kids(p, t, "xcomp")]
            offered += todo
        found = next((e.targets for e in (drafts[k] for k in mine)
                      if e.trigger.token in offered and e.targets and
                      {a.code for a in e.sources} <= own), [])
        if not found:
            found = [a for t in [d.trigger.token] + offered for c in kids(p, t, "advcl")
                     if any(m.text.lower() == "if" for m in kids(p, c.i, "mark"))
                     for subj in kids(p, c.i, "nsubj") for a in r.actors(subj.i)
                     if a.code and a.code not in own]
        if found:
            # (the offer is made when it is told: "would be ready to host")
            out[n] = replace(d, targets=list(found),
                             status="occurred" if d.status == "planned" else d.status)
    return out


# the modals of what one must do ("must", "should", "ought to")
_OBLIGING = frozenset({"must", "should", "ought"})


def _asked_of(p: ParsedText, i: int) -> bool:
    """Whether the word at ``i``, or the verbs it is said with, is what one must or should do
    ("the US must be ready to mediate": a readiness asked of another, no offer)."""
    head = p.tokens[i].head
    return any(a.text.lower() in _OBLIGING
               for h in dict.fromkeys((i, head, p.tokens[head].head))
               for a in kids(p, h, "aux"))


def _said_doers(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """The states named as the subject of what the judge goes on to say in a participle
    ("condemned the vote, saying Britain, France and Germany had acted irresponsibly";
    "criticized the move, saying the resolution by France ... would poison the atmosphere"),
    when what is judged names no one."""
    for c in kids(p, tok.i, "advcl"):
        if c.tag != "VBG" or c.lemma.lower() not in r.lex.speech_verbs:
            continue
        for said in kids(p, c.i, "ccomp"):
            subj = kid(p, said.i, "nsubj") or kid(p, said.i, "nsubjpass")
            if subj is None:
                continue
            found = [a for j in conjuncts(p, subj.i) for a in r.actors(j)] or \
                R.noun_sources(r, subj.i)
            found = [a for a in found if a.code and a.code not in own]
            if found:
                return found
    return []


# what an act still to come is said to be done "in" as an answer
_ANSWER_NOUNS = words("answers_to_come") | {"kind"}


def _told_as_answer(p: ParsedText, tok: Token) -> bool:
    """Whether an act is said to be done "in response", "in retaliation" or "in kind" (the
    phrase hung on the verb or on its object)."""
    for h in [tok] + kids(p, tok.i, "dobj"):
        for prep in kids(p, h.i, "prep"):
            obj = kid(p, prep.i, "pobj")
            if prep.text.lower() == "in" and obj is not None and \
                    obj.lemma.lower() in _ANSWER_NOUNS:
                return True
    return False


def _provoked_by(p: ParsedText, r: Resolver, tok: int, own) -> list[Actor]:
    """The doers, but for ``own``, of the act that a retaliation ``tok`` or the clauses it is
    reported or willed in come after: the subject of an "after" clause ("said it would take
    retaliatory steps after Finland joined NATO"), or the owner of an "after" phrase's noun
    ("after Seoul's drills")."""
    heads = [tok]
    while p.tokens[heads[-1]].dep in ("xcomp", "ccomp", "conj") and \
            p.tokens[heads[-1]].head != heads[-1]:
        heads.append(p.tokens[heads[-1]].head)
    for h in heads:
        for c in kids(p, h, "advcl", "prep"):
            if c.dep == "advcl":
                if not any(m.text.lower() in PROVOKED_MARKS for m in kids(p, c.i, "mark")):
                    continue
                doer = kid(p, c.i, "nsubj")
            elif c.text.lower() in PROVOKED_MARKS:
                act = kid(p, c.i, "pobj") or kid(p, c.i, "dobj")    # ("following" a verb)
                doer = kid(p, act.i, "poss") if act is not None else None
            else:
                continue
            found = [a for a in (r.actors(doer.i) if doer is not None else [])
                     if a.code and a.code not in own]
            if found:
                return found
    return []


def _means_targets(p: ParsedText, r: Resolver, tok: int, own: frozenset) -> list[Actor]:
    """Whom the means of a threatened answer would hit: the "by" clause on the verb or on the
    clause it holds ("threatened to retaliate by cutting gas supplies to Moldova")."""
    for head in [tok] + [c.i for c in kids(p, tok, "xcomp", "ccomp")]:
        for prep in kids(p, head, "prep"):
            means = kid(p, prep.i, "pcomp") if prep.text.lower() == "by" else None
            if means is not None:
                found = R.fallback_targets(r, means.i, own)
                if found:
                    return found
    return []


def _condition_subject(p: ParsedText, r: Resolver, tok: int, own) -> list[Actor]:
    # (and a warning's clause: "warned that the duties could climb if Beijing does not act",
    # "warned that they were prepared to set up the fund without Budapest if Hungary held
    # out": a clause the warning holds, down to three levels)
    todo, level = [tok], [tok]
    for _ in range(3):
        level = [c.i for h in level for c in kids(p, h, "xcomp", "ccomp", "acomp")]
        todo += level
    for head in todo:
        for c in kids(p, head, "advcl"):
            if any(m.text.lower() in ("unless", "if") for m in kids(p, c.i, "mark")):
                subj = kid(p, c.i, "nsubj")
                found = [a for a in (r.actors(subj.i) if subj is not None else [])
                         if a.code not in own]
                if found:
                    return found
    return []


# Verbs that announce a possible act of force as a threat ("warned it could strike").
WARNING_VERBS = words("warning_verbs")
# verbs whose negation affirms ("would not hesitate to", "did not rule out")
LITOTES = words("litotes")
UNANSWERED = words("unanswered")
EASED_PENALTIES = words("eased_penalties")
DEBTS = words("debts")


def _warning_governor(p: ParsedText, predicate: int, own: set, r: Resolver) -> int | None:
    """The speech verb that announces the act at ``predicate``, when its subject is the act's
    own source ("Beijing hinted that it could retaliate"): None otherwise."""
    t = p.tokens[predicate]
    steps = 0
    while t.dep in ("ccomp", "conj", "xcomp", "acl") and t.head != t.i and steps < 3:
        gov = p.tokens[t.head]
        steps += 1
        if any(m.text.lower() == "whether" for m in kids(p, t.i, "mark")) or \
                kids(p, gov.i, "neg") and gov.lemma.lower() not in LITOTES:
            # "would not say whether Armenia intended to leave", "stressed that Chisinau was
            # not seeking to break off relations": an open question or a disavowal, no threat
            # ("would not hesitate to use nuclear weapons" is one)
            return None
        if t.dep == "acl":
            # "warned in a statement that Moscow would take countermeasures", the clause hung
            # on the text that tells it: the verb the text is told with
            if gov.lemma.lower() not in r.lex.documents or gov.dep != "pobj" or \
                    p.tokens[gov.head].dep != "prep":
                return None
            gov = p.tokens[p.tokens[gov.head].head]
        if gov.pos in ("VERB", "AUX") and gov.lemma.lower() in WARNING_VERBS:
            if t.dep == "conj":
                # "called for the EU to declare the Guards a terrorist group and impose
                # sanctions": an act joined to a warning verb is done beside it, not told by it
                return None
            subj = R.subject_of(p, gov.i)
            if subj is not None and subj.tag in ("WP", "WDT") and gov.dep == "relcl":
                # ("Sheinbaum, who has said her government will cooperate": who said it)
                subj = p.tokens[gov.head]
            said = {a.code for a in r.actors(subj.i)} if subj is not None else set()
            return gov.i if said and said <= own | {None} and said & own else None
        t = gov
    return None


# What a state's backers commit to: "commitment to Israel's security".
SAFEGUARDS = words("safeguards")


def _to_safeguard(p: ParsedText, tok: int) -> bool:
    for prep in kids(p, tok, "prep"):
        if prep.text.lower() == "to":
            obj = kid(p, prep.i, "pobj")
            if obj is not None and obj.lemma.lower() in SAFEGUARDS:
                return True
    return False


def _threatens_coercion(p: ParsedText, tok: int) -> bool:
    lex = load_triggers()
    for c in kids(p, tok, "xcomp"):
        senses = lex.index.get(("verb", c.lemma.lower()), ())
        if any(s.type == "COERCE" and s.mode in HOME_MODES for s in senses):
            return True
        obj = kid(p, c.i, "dobj")
        if obj is not None and any(s.type == "COERCE" for s in
                                   lex.index.get(("noun", obj.lemma.lower()), ())):
            return True
    return False


def _said_also(p: ParsedText, *heads: int) -> bool:
    """Whether the clause of ``heads`` says its act is done again by another: "Japan also
    voiced concern", "Britain, too, condemned", "Canada likewise called for"."""
    return any(m.lemma.lower() in _ECHOES for h in set(heads) for m in kids(p, h, "advmod"))


def _first_conjunct(p: ParsedText, i: int) -> Token:
    """The first of the conjuncts token ``i`` is one of."""
    tok = p.tokens[i]
    while tok.dep == "conj" and tok.head != tok.i:
        tok = p.tokens[tok.head]
    return tok


def _no_addressee(p: ParsedText, r: Resolver, verb: int) -> bool:
    """Whether ``verb``'s object, if any, is a thing rather than someone it is said to
    ("demanded an end to the attacks"; not "urged its allies to follow suit")."""
    obj = kid(p, verb, "dobj")
    return obj is None or obj.pos == "NOUN" and not r.actors(obj.i) and \
        obj.lemma.lower() not in ADDRESSEES


def _content_clause(p: ParsedText, r: Resolver, noun: int, own: set) -> list[Actor]:
    """The states a "that" clause on ``noun`` names: its subject's, else those it acts on
    ("concern that Russia could attack", "concerns that the result did not reflect the will
    of Venezuelans")."""
    todo = [c for c in kids(p, noun, "acl")
            if any(m.text.lower() == "that" for m in kids(p, c.i, "mark"))]
    for c in todo:          # (grows as it goes: bounded by the clauses in the sentence)
        subj = kid(p, c.i, "nsubj") or kid(p, c.i, "nsubjpass")
        found = [a for a in (R.owners(r, subj.i) if subj is not None else [])
                 if a.code and a.code not in own] or R.fallback_targets(r, c.i, frozenset(own))
        if found:
            return found
        # ("does not reflect what Venezuelans voted for": a clause inside it)
        todo += kids(p, c.i, "ccomp")
    return []


def _topic_in_adjunct(p: ParsedText, r: Resolver, verb: int, own: set) -> list[Actor]:
    """The states an "about", "over" or "regarding" phrase names that hangs on the noun of a
    prepositional phrase of ``verb`` ("during a visit ... about Algeria's role")."""
    for prep in kids(p, verb, "prep"):
        for o in kids(p, prep.i, "pobj"):
            for inner in kids(p, o.i, "prep"):
                if inner.text.lower() not in ("about", "over", "regarding"):
                    continue
                topic = kid(p, inner.i, "pobj")
                found = [a for a in (R.owners(r, topic.i) if topic is not None else [])
                         if a.code and a.code not in own]
                if found:
                    return found
    return []


def _until_subject(p: ParsedText, r: Resolver, d: Draft) -> list[Actor]:
    """The actors named as subject of an "until" or "unless" clause on the draft's verb, other
    than its sources."""
    verb = p.tokens[d.trigger.token]
    if verb.pos not in ("VERB", "AUX") and verb.head != verb.i:
        verb = p.tokens[verb.head]
    return _marked_clause_subject(p, r, [verb.i], frozenset({"until", "unless", "till"}),
                                  {a.code for a in d.sources})


# verbs by which a measure comes about: "said sanctions on Iran would begin next week"
COMING_ABOUT = words("coming_about")


# verbs that judge a thing "as" something ("saw the drills as a threat"): no act of the judge
REGARDING = words("regarding")


def _copula_act_doer(p: ParsedText, r: Resolver, tok, history: list[Draft],
                     s: Sentence) -> list[Actor]:
    """Who gives what an act is said to be ("the drills were a warning to Taipei", "said the
    launch was a stern warning against separatist forces", "held drills as a warning"): the
    owner of the act that is the copula's subject (or of that act told just before), else
    whoever tells it (none when the subject is a party itself); the doer of the act done "as"
    one; and of an act described "as" a warning ("state media said, describing it as a
    warning to the United States"), its doer, else whoever describes it (one who sees or
    denounces a thing "as" a threat makes none)."""
    be = p.tokens[tok.head]
    if tok.dep == "pobj" and be.text.lower() == "as" and be.dep == "prep" and \
            p.tokens[be.head].pos == "VERB":
        verb = p.tokens[be.head]
        if verb.lemma.lower() not in REGARDING:
            # "launched drills around the island as a warning to Taiwan": the doer's
            return _agents(p, r, verb.i)[1]
        obj = kid(p, verb.i, "dobj")
        if tok.lemma.lower() != "warning" or verb.lemma.lower() not in DESCRIBING or \
                obj is None:
            return []
        if obj.text.lower() in ("it", "this", "them"):
            obj = REF.act_antecedent(p, obj)
        if obj is None or r.actors(obj.i):
            return []
        return _act_doers(p, r, obj, history, s, named_again=True) or _agents(p, r, verb.i)[1]
    if tok.dep != "attr" or be.lemma.lower() != "be" or be.i == tok.i:
        return []
    subj = kid(p, be.i, "nsubj")
    if subj is None or subj.pos not in ("NOUN", "PRON") or r.actors(subj.i):
        return []
    det = kid(p, subj.i, "det")
    found = _act_doers(p, r, subj, history, s,
                       named_again=det is not None and det.text.lower() in _DEFINITE)
    if not found and be.dep == "ccomp" and be.head != be.i and \
            p.tokens[be.head].lemma.lower() in r.lex.speech_verbs:
        found = _agents(p, r, be.head)[1]
    return found


# verbs by which one tells what an act is ("describing it as a warning to the United States")
DESCRIBING = words("describing")


def _act_doers(p: ParsedText, r: Resolver, act: Token, history: list[Draft], s: Sentence,
               named_again: bool) -> list[Actor]:
    """The doers of the act noun ``act``: its own owner, else, when it names the act again
    ("the drills", "it"), the doers of the last act of that word told a sentence or two
    before."""
    found = R.noun_sources(r, act.i)
    if not found and named_again:
        # "China held drills around Taiwan. ... said the drills were a warning": the act
        # named again is the one told a sentence or two before
        found = next((d.sources for d in reversed(history)
                      if _sentences_apart(p, d.sentence.start, s.start) <= _AGAIN_REACH and
                      p.tokens[d.trigger.token].lemma.lower() == act.lemma.lower() and
                      d.status in ("occurred", "planned")), [])
    return found


def _existential_said(p: ParsedText, r: Resolver, noun: int) -> int | None:
    """The speech verb above "there will be <noun>" ("said there would be no talks with
    Pakistan", "warned there would be consequences") or above "<noun> will begin" ("said
    sanctions on Iran would begin next week"), or None."""
    tok = p.tokens[noun]
    be = p.tokens[tok.head]
    coming = tok.dep == "nsubj" and be.lemma.lower() in COMING_ABOUT and \
        kid(p, tok.i, "poss") is None
    if not coming and (tok.dep != "attr" or be.lemma.lower() != "be" or
                       not kids(p, be.i, "expl")):
        return None
    if be.dep != "ccomp" or be.head == be.i or not any(
            a.text.lower() in load_modality().planned_aux | {"would"}
            for a in kids(p, be.i, "aux")):
        return None     # (what there was is told, not done: "acknowledged there was a threat")
    said = p.tokens[be.head]
    return said.i if said.lemma.lower() in r.lex.speech_verbs else None


def _refused_for_now(p: ParsedText, d: Draft) -> bool:
    """Whether a meeting is denied for the time to come ("would hold no talks with Pakistan",
    "will not meet Putin"): a future or conditional auxiliary on its verb, or an "until" or
    "unless" clause on it."""
    verb = p.tokens[d.trigger.token]
    if verb.pos not in ("VERB", "AUX") and verb.head != verb.i:
        verb = p.tokens[verb.head]
    aux = {c.text.lower() for c in kids(p, verb.i, "aux")}
    marks = {m.text.lower() for c in kids(p, verb.i, "advcl") for m in kids(p, c.i, "mark")}
    return bool(aux & (load_modality().planned_aux | {"would"})) or bool(
        marks & {"until", "unless", "till"})


# verbs that voice a feeling ("expressed relief", "voiced its gratitude"): no material help
_VOICING = words("voicing_verbs")


# verbs of leaving one's side ("would not abandon its allies"): said negated of oneself, a
# pledge of support (frames.yaml)
_ABANDONING = words("abandoning")


def _not_abandoning(p: ParsedText, r: Resolver, tok: Token, own) -> bool:
    """Whether the clause a warning tells says the speaker's own side will not leave someone
    ("warned that the United States would not abandon its NATO allies")."""
    for c in kids(p, tok.i, "ccomp"):
        subj = kid(p, c.i, "nsubj")
        said_of = {a.code for a in r.actors(subj.i)} if subj is not None else set()
        if c.lemma.lower() in _ABANDONING and kids(p, c.i, "neg") and \
                (said_of and said_of <= set(own) or
                 subj is not None and subj.text.lower() in ("it", "we")):
            return True
    return False


# verbs of weighing an act that carry its noun ("would consider new sanctions"): frames.yaml
_WEIGHING = words("weighing")


def _guarded_against_by(p: ParsedText, r: Resolver, tok: Token, predicate: int,
                        own) -> list[Actor]:
    """The doers of the harm a deployment's purpose guards against ("a naval mission to
    protect shipping from attacks by Yemen's Houthi rebels"), other than ``own``."""
    for head in {tok.i, predicate}:
        for c in kids(p, head, "advcl", "xcomp", "acl", "relcl"):
            if c.lemma.lower() not in R.GUARDING:
                continue
            for pr in kids(p, c.i, "prep") + [g for o in kids(p, c.i, "dobj")
                                              for g in kids(p, o.i, "prep")]:
                if pr.text.lower() not in ("from", "against"):
                    continue
                for o in kids(p, pr.i, "pobj"):
                    found = [a for a in R.noun_sources(r, o.i) or R.owners(r, o.i)
                             if a.code and a.code not in own]
                    if found:
                        return found
    return []


def _person_in_place(p: ParsedText, r: Resolver, tok: Token) -> bool:
    """Whether "be" at ``tok`` says a person is in a named place ("Its intelligence chief,
    Ibrahim Kalin, was in Damascus", "six weeks after he was in Moscow"): its subject a
    person's name, a person's pronoun or a person's title, and its own "in" phrase a place's
    name."""
    subj = kid(p, tok.i, "nsubj")
    if subj is None:
        return False
    person = subj.ent >= 0 and p.entities[subj.ent].label == "PERSON" or \
        subj.text.lower() in ("he", "she") or subj.pos == "NOUN" and (
            subj.lemma.lower() in r.lex.speaker_nouns or any(
                a.ent >= 0 and p.entities[a.ent].label == "PERSON"
                for a in kids(p, subj.i, "appos")))
    return person and any(o.ent >= 0 and p.entities[o.ent].label == "GPE"
                          for prep in kids(p, tok.i, "prep") if prep.text.lower() == "in"
                          for o in kids(p, prep.i, "pobj"))


def _harm_in_passing(p: ParsedText, drafts: list[Draft]) -> list[Draft]:
    """A blow told by a participle set off after a hostile act, on people no state is named
    for, is dealt to whom that act was: "Chinese coast guard personnel boarded Philippine navy
    boats, seizing rifles and injuring a sailor" injured a Philippine sailor."""
    out = list(drafts)
    for n, d in enumerate(out):
        t = p.tokens[d.trigger.token]
        if d.targets or not d.sources or d.trigger.sense.type not in ("ASSAULT", "COERCE") or \
                t.tag != "VBG" or d.trigger.sense.kind != "verb":
            continue
        head = t
        while head.dep == "conj" and head.head != head.i:
            head = p.tokens[head.head]      # ("seizing rifles and injuring a sailor")
        if head.dep != "advcl" or head.head == head.i:
            continue
        main = head.head
        own = {a.code for a in d.sources}
        for e in out:
            if e.trigger.token == main and e.sentence.start == d.sentence.start and \
                    e.trigger.sense.type in ("ASSAULT", "COERCE") and \
                    {a.code for a in e.sources} == own and e.targets:
                out[n] = replace(d, targets=list(e.targets))
                break
    return out


def _answered_offers(drafts: list[Draft]) -> list[Draft]:
    """An offer that names no one is made to whoever the same sentence says refused or
    accepted it: "the Chinese side proposed to set a minimum import price, but the European
    side refused" (a demand is left alone: "ordered the ambassador to leave, but Paris
    refused" is an expulsion, told by its own rules)."""
    out = list(drafts)
    for n, d in enumerate(out):
        if d.targets or d.trigger.sense.type != "AGREE" or not d.sources:
            continue
        own = {a.code for a in d.sources}
        for e in out[n + 1:]:
            if e.sentence.start > d.sentence.start:
                break       # drafts come in text order: the sentence is done
            if e.sentence.start != d.sentence.start:
                continue
            if e.trigger.sense.type in ("REJECT", "AGREE", "CONCEDE") and e.targets and \
                    {a.code for a in e.targets} == own and \
                    not {a.code for a in e.sources} & own:
                out[n] = replace(d, targets=list(e.sources))
                break
    return out


def _said_before(p: ParsedText, r: Resolver, s: Sentence, own) -> list[Actor]:
    """The state whose official or government spoke in the main clause of the sentence
    before ``s`` ("Japan's prime minister said ..."), when it is not ``own``; else []."""
    before = sentence_before(p, s.start)
    if before is None:
        return []
    root = next((t for t in p.tokens[before.start:before.end] if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in r.lex.speech_verbs:
        return []
    subj = R.subject_of(p, root.i)
    return [a for a in (r.actors(subj.i) if subj is not None else [])
            if a.code and a.code not in own and a.sector in ("GOV", "MIL")]


def _state_before(p: ParsedText, r: Resolver, s: Sentence) -> str | None:
    """The one state the sentence before ``s`` names (by name, demonym, capital or place),
    else None."""
    before = sentence_before(p, s.start)
    return r.sentence_state(before.start) if before is not None else None


def _contact_purpose(p: ParsedText, i: int, sources: list[Actor],
                     history: list[Draft]) -> list[Actor]:
    """The ones a call, meeting or visit reached, for the act it was made to do: the
    verb at ``i`` is a to-infinitive of purpose (or joined to one) under a contact verb
    whose draft has the same sources ("telephoned Putin to apologize and offer
    condolences"); else []."""
    t = p.tokens[i]
    steps = 0
    while t.dep == "conj" and t.head != t.i and steps < 3:
        t, steps = p.tokens[t.head], steps + 1
    if t.dep not in ("xcomp", "advcl") or not any(
            c.dep == "aux" and c.text.lower() == "to" for c in kids(p, t.i, "aux")):
        return []
    own = {a.code for a in sources}
    for d in reversed(history[-6:]):
        if d.trigger.token == t.head and d.trigger.sense.type == "CONSULT" and \
                d.trigger.sense.mode in CONTACT_MODES and \
                {a.code for a in d.sources} == own:
            return [a for a in d.targets if a.code not in own]
    return []


def _answered(p: ParsedText, r: Resolver, tok: Token, s: Sentence, sources: list[Actor],
              own, history: list[Draft] | None) -> list[Actor]:
    """Whom a retaliation or a vow of reprisals that names no one answers: the doer of the act
    the answer comes after ("would take retaliatory steps after Finland joined NATO"), else of
    the act told in the sentence before, else, with no act told just before, the other side
    of a story about two states ("Finland formally joined NATO on Tuesday ... 'Russia will
    have to respond with measures of its own'")."""
    found = _provoked_by(p, r, tok.i, own)
    if not found and history:
        before = sentence_before(p, s.start)
        found = REF.provoker(before.start if before else s.start, sources, history)
    if not found and history:
        # (an act aimed at the answering side a few sentences up: "The United States
        # announced sanctions on 12 Chinese companies ... [a quotation] ... China would take
        # necessary measures")
        start = s.start
        for _ in range(3):
            before = sentence_before(p, start)
            start = before.start if before is not None else start
        found = REF.last_doers(history, {a.code for a in sources}, ANSWERED, last=8,
                               against_own=True, since=start)
    if not found and history:
        found = _story_state(r, tok, own, other_side=True)
    return found


def _last_against(history: list[Draft] | None, struck: list[Actor]) -> list[Actor]:
    """The doers of the last threat or blow the story told against one of ``struck``."""
    hit = {a.code for a in struck}
    return next((d.sources for d in reversed(history or []) if hit and
                 hit & {a.code for a in d.targets} and d.status == "occurred" and
                 d.trigger.sense.type in ("THREATEN", "ASSAULT", "COERCE", "MOBILIZE")), [])


def _several_doers(p: ParsedText, predicate: int) -> bool:
    """Whether the subject of ``predicate`` joins several ("Iran and the three European
    powers held talks"), however many of them were resolved."""
    subj = R.subject_of(p, predicate)
    return subj is not None and bool(kids(p, subj.i, "conj"))


DIPLOMATIC_TIES = words("diplomatic_ties")


# what aid is paid through ("suspended some aid programs"): frames.yaml
AID_PROGRAMS = words("aid_programs")


def _aid_named(p: ParsedText, tok: Token) -> bool:
    """Whether the trigger's object is aid (the aid class of triggers.yaml) or a program of
    it ("suspended some aid programs", "halted development assistance")."""
    aid = R.word_class("aid")
    return any(o.lemma.lower() in aid or o.lemma.lower() in AID_PROGRAMS and any(
        m.lemma.lower() in aid for m in kids(p, o.i, "compound", "amod"))
        for o in kids(p, tok.i, "dobj"))


def _ties_named(p: ParsedText, tok: Token) -> bool:
    """Whether the trigger at ``tok`` or its object or "of" phrase names ties or relations
    ("suspension of diplomatic relations", "cut ties")."""
    heads = [tok] + kids(p, tok.i, "dobj") + [o for pr in kids(p, tok.i, "prep")
                                             if pr.text.lower() == "of"
                                             for o in kids(p, pr.i, "pobj")]
    return any(h.lemma.lower() in DIPLOMATIC_TIES or h.text.lower() in DIPLOMATIC_TIES
               for h in heads)


def _free_relative_wrong(p: ParsedText, tok: Token) -> Token | None:
    """The wrong a verb's free relative names: "condemned what it said was a breach of
    international law", "denounced what it called an act of aggression" -> the breach, the
    act (frames' wrong nouns; the clause's subject or object is "what")."""
    ev = SP.evaluation()
    wrongs = ev.wrong_nouns | ev.verdicts
    for c in kids(p, tok.i, "ccomp", "dobj"):
        lo, hi = subtree(p, c.i)
        if not any(p.tokens[j].text.lower() == "what" for j in range(lo, min(hi, lo + 2))):
            continue
        for j in range(lo, hi):
            t = p.tokens[j]
            named = {t.lemma.lower(), t.text.lower()} | {
                f"{t.lemma.lower()} of {o.lemma.lower()}" for pr in kids(p, t.i, "prep")
                if pr.text.lower() == "of" for o in kids(p, pr.i, "pobj")}
            if t.dep in ("attr", "oprd", "dobj") and t.pos == "NOUN" and named & wrongs:
                return t    # ("an act of aggression": the act the phrase names)
    return None


def _story_state(r: Resolver, tok: Token, own, other_side: bool = False) -> list[Actor]:
    """The state the story is about, as the target of an act at ``tok`` whose sentence
    names no state but ``own``; with ``other_side``, in a story about two states, the one
    the story sets against ``own`` (Resolver.counterpart)."""
    focus = r.focus_state()
    if other_side and (not focus or focus in own):
        focus = r.counterpart(set(own))
    if focus and focus not in own and r.sentence_state(tok.i) in (None, *own):
        return [Actor(focus, r.lex.name_of(focus), "GOV", FOCUS_MENTION)]
    return []


def _venue(p: ParsedText, r: Resolver, heads: tuple[int, ...]) -> set[str]:
    """Codes of the states named as where a meeting is held, "in" or "at" one of ``heads``
    ("meet again in Brazil", "a summit in Abuja"), a state named itself included."""
    out: set[str] = set()
    for h in dict.fromkeys(heads):
        for prep in kids(p, h, "prep"):
            obj = kid(p, prep.i, "pobj") if prep.text.lower() in ("in", "at") else None
            if obj is not None:
                out |= {a.code for a in r.actors(obj.i) if a.code}
    return out


# places a visit may be to that name no state ("visited the region", "toured the area")
PLACE_KINDS = words("place_kinds")


def _doer_phrase(p: ParsedText, tok: Token) -> Token | None:
    """A passive verb's "by" phrase of its doer, not of a time the parser took for one
    ("will be stationed in Lithuania by 2027")."""
    agent = kid(p, tok.i, "agent")
    obj = kid(p, agent.i, "pobj") if agent is not None else None
    if obj is not None and obj.ent >= 0 and p.entities[obj.ent].label in ("DATE", "TIME"):
        return None
    return agent


def _visits_a_place(p: ParsedText, tok: Token) -> bool:
    """Whether a visit's object is a definite place of a kind ("the region", "the flood
    zone"), which names no state of its own."""
    obj = kid(p, tok.i, "dobj")
    if obj is None:
        obj = next((o for pr in kids(p, tok.i, "prep") if pr.text.lower() in ("to", "in")
                    for o in kids(p, pr.i, "pobj")), None)
    if obj is None or obj.lemma.lower() not in PLACE_KINDS or obj.ent >= 0:
        return False
    det = kid(p, obj.i, "det")
    return det is not None and det.text.lower() in ("the", "this", "that")


_CARRYING = words("carrying")


def _carrying_arms(p: ParsedText, tok: Token) -> bool:
    """Whether the craft that arrive at ``tok`` are said to carry weapons ("aircraft
    carrying weapons and ammunition landed")."""
    subj = kid(p, tok.i, "nsubj")
    arms = R.word_class("weapons")
    return subj is not None and any(
        c.lemma.lower() in _CARRYING and any(o.lemma.lower() in arms or o.text.lower() in arms
                                             for o in kids(p, c.i, "dobj"))
        for c in kids(p, subj.i, "acl", "relcl"))


def _tie_parties(history: list[Draft], own: set) -> list[Actor]:
    """The parties (but ``own``) of the first tie the story told between two or more others
    (a pact signed, an exercise, an accord): the one its reactions answer ("signed a defence
    agreement ... would let Japanese troops join the exercises held by the Philippines and
    the United States ... China said defence cooperation should not target any third
    party" is about the pact)."""
    for d in history:
        if d.trigger.sense.type not in ("SUPPORT", "COOPERATE", "AGREE") or \
                d.status not in ("occurred", "planned"):
            continue
        parties = [a for a in d.sources + d.targets if a.code]
        codes = {a.code for a in parties}
        if len(codes) >= 2 and not codes & own:
            return list({a.code: a for a in parties}.values())
    return []


def _mission_of_sent_out(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """The state of the envoys or mission staff a verb of command sends away ("four
    officials at the Russian Embassy had been told to leave", "ordered several members of the
    Belarusian embassy staff to leave"), but ``own``."""
    obj = kid(p, tok.i, "nsubjpass") if R.is_passive(p, tok.i) else kid(p, tok.i, "dobj")
    if obj is None:
        return []
    lo, hi = subtree(p, obj.i)
    return [a for w in p.tokens[lo:hi] if w.i == obj.i or w.lemma.lower() in _MISSIONS
            for a in R.owners(r, w.i) if a.code and a.code not in own][:1]


def _left_unanswered(p: ParsedText, verb: Token) -> bool:
    """Whether a verb says its subject goes unanswered, unpunished or borne ("would not go
    unanswered", "will not be tolerated"): frames.yaml unanswered."""
    return verb.lemma.lower() in UNANSWERED or verb.text.lower() in UNANSWERED or any(
        c.text.lower() in UNANSWERED for c in kids(p, verb.i, "acomp", "oprd", "advmod", "xcomp"))


def _orders_out(p: ParsedText, tok: Token) -> str | None:
    """The mode of the sanction a verb of command imposes, if it tells a mission's people to
    leave ("expel"): its object is envoys ("Mexico's ambassador and two diplomats") or the
    staff of a mission ("20 employees of the Czech Embassy", "70 members of Russia's
    diplomatic staff"), and its complement a verb of going; or it tells a state to shrink the
    staff of its mission ("ordered Russia to cut the staff of its embassy by half"); or, if it
    tells a state to shut a mission ("ordered Russia to close four of its five consulates"),
    "discontinue"."""
    obj = kid(p, tok.i, "dobj") or (kid(p, tok.i, "nsubjpass") if R.is_passive(p, tok.i)
                                    else None)     # ("India's envoy was asked to leave")
    if obj is not None and (obj.lemma.lower() in COUNTS or obj.lemma.lower() in MEMBERS):
        # ("ordered dozens of Russian diplomats to leave", "70 members of Russia's diplomatic
        # staff": those the number counts, the staff the members make up)
        obj = next((o for of in kids(p, obj.i, "prep") if of.text.lower() == "of"
                    for o in kids(p, of.i, "pobj")), obj)
    for c in kids(p, tok.i, "xcomp", "ccomp"):
        shut = kid(p, c.i, "dobj")
        if shut is None:
            continue
        lo, hi = subtree(p, c.i)
        cut = {w.lemma.lower() for w in p.tokens[lo:hi]}
        if c.lemma.lower() in SHRINKING and cut & MISSION_STAFF and cut & _MISSIONS:
            return "expel"      # ("to cut the number of diplomats at its embassy")
        lo, hi = subtree(p, shut.i)
        if c.lemma.lower() in MISSION_CLOSING and \
                any(w.lemma.lower() in _MISSIONS - {"diplomatic"} for w in p.tokens[lo:hi]):
            return "discontinue"    # ("to close four of its five consulates")
    if obj is None or not any(c.lemma.lower() in DEPARTING
                              for c in kids(p, tok.i, "xcomp", "ccomp")):
        return None
    if obj.lemma.lower() in ENVOYS or obj.text.lower() in ENVOYS:
        return "expel"      # (the tagger's lemma of "d'affaires" is "d'affaire")
    lo, hi = subtree(p, obj.i)
    return "expel" if obj.lemma.lower() in MISSION_STAFF | MISSION_HEADS and any(
        w.lemma.lower() in _MISSIONS for w in p.tokens[lo:hi]) else None


# verbs of asking that, said to an envoy with a verb of going, send the envoy away ("asked
# Bisaria to leave")
ASKING_OUT = words("asking_out")


# words that tie staff to a diplomatic mission ("employees of the Czech Embassy")
_MISSIONS = frozenset({"embassy", "consulate", "mission", "diplomatic"})
# the posts whose heads are a state's or a body's envoys ("the head of the EU's delegation")
_POSTS = _MISSIONS | words("mission_posts")


def _offered(p: ParsedText, verb: Token) -> bool:
    """Whether a verb says what someone is ready to do: "was prepared to work with Tehran",
    "reiterated his willingness to travel to Afghanistan"."""
    head = p.tokens[verb.head]
    return verb.dep == "xcomp" and head.lemma.lower() in WILLING or \
        verb.dep == "acl" and head.lemma.lower() in WILLINGNESS


def _names_someone(p: ParsedText, verb: Token) -> bool:
    """Whether "call" gives its object a name, not a ring: an object that is no person
    ("called the decision a blatant case", a person named further on), a complement ("called
    Putin a war criminal", "called Kim 'little rocket man'", "called Biden weak") or a second
    noun the parser hung on the object."""
    objs = kids(p, verb.i, "dobj")
    named = kids(p, verb.i, "oprd")
    if not objs and len(named) == 1 and named[0].ent >= 0 and \
            p.entities[named[0].ent].label == "PERSON" and \
            not kids(p, verb.i, "ccomp", "attr", "acomp"):
        return False    # ("Biden called Chinese President Xi Jinping on Tuesday", the one
        #                 called parsed as what is named)
    if not objs or not all(o.ent >= 0 and p.entities[o.ent].label == "PERSON" or
                           o.lemma.lower() in ("counterpart", "counterparts") for o in objs):
        return True
    if kids(p, verb.i, "oprd", "ccomp", "attr", "acomp"):
        return True
    # (a person's name set beside the object is who was called: "called his Algerian
    # counterpart Abdelmadjid Tebboune")
    return any(c for o in objs
               for c in kids(p, o.i, "appos", "npadvmod", "oprd", "dobj", "acomp")
               if not (c.dep == "appos" and c.ent >= 0 and
                       p.entities[c.ent].label == "PERSON"))


def _guarded_against(p: ParsedText, tok: Token) -> bool:
    """Whether a noun names what a deterrent, a defense or a shield is held against ("its
    deterrent against U.S. threats", "strengthen its deterrent against Israeli threats", the
    phrase hung on the verb): a kind of harm, not one done."""
    if tok.dep != "pobj" or p.tokens[tok.head].text.lower() != "against":
        return False
    holder = p.tokens[p.tokens[tok.head].head]
    return holder.lemma.lower() in GUARDS or holder.pos == "VERB" and any(
        o.lemma.lower() in GUARDS for o in kids(p, holder.i, "dobj"))


def _same_word(a: str, b: str) -> bool:
    """Whether two lemmas name one act: the same word, or a verb and its noun ("deploy",
    "deployment")."""
    return a == b or min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a))


def _asked_of_own_side(p: ParsedText, r: Resolver, tok: Token, sources: list[Actor]) -> bool:
    """Whether the clause a speaker says must be done has the speaker's own side for its
    subject: "said that Russia's defense ministry and nuclear agency must be ready"."""
    mine = {a.code for a in sources if a.code}
    for c in kids(p, tok.i, "ccomp"):
        if not any(a.text.lower() in _OBLIGING for a in kids(p, c.i, "aux")):
            continue    # (the clause told as what must be done)
        subj = kid(p, c.i, "nsubj")
        if subj is None or subj.pos == "PRON":
            continue
        told = {a.code for j in conjuncts(p, subj.i) for a in r.actors(j) if a.code}
        if mine and told and told <= mine:
            return True
    return False


def _lodged_with_envoy(p: ParsedText, heads: list[int]) -> bool:
    """Whether a complaint is lodged "with" a person, a body's envoy and not the body that
    hears complaints: "lodged a strong protest with him" (the EU's ambassador)."""
    return any(o.tag == "PRP" or o.lemma.lower() in ENVOYS or
               o.ent >= 0 and p.entities[o.ent].label == "PERSON"
               for h in heads for pr in kids(p, h, "prep") if pr.text.lower() == "with"
               for o in kids(p, pr.i, "pobj"))


def _given_to_subject(p: ParsedText, lv: Token, tok: Token) -> bool:
    """Whether the light verb ``lv`` gives the noun ``tok`` to its subject: a passive
    participle with the noun for its object ("was handed a protest note"), or one joined to a
    passive and sharing its subject ("had been called in and handed a similar demand")."""
    if lv.tag not in ("VBN", "VBD") or tok.dep != "dobj" or tok.head != lv.i:
        return False
    return lv.tag == "VBN" and any(c.dep == "auxpass" for c in kids(p, lv.i)) or \
        R.joined_to_passive(p, lv.i)


def _summoned(p: ParsedText, r: Resolver, tok: Token) -> list[Actor]:
    """The state of the envoy a demand was put to when it names no one asked: "summoned
    Russia's ambassador and demanded the withdrawal of North Korean soldiers" asks Russia, not
    the soldiers' state; so does "summoned Pakistan's envoy, handed him a dossier and demanded
    the pilot's return", the demand joined to the summons through another act."""
    if tok.dep not in ("conj", "xcomp", "advcl") or tok.dep != "conj" and not any(
            a.text.lower() == "to" for a in kids(p, tok.i, "aux")):
        return []       # (or the summons' purpose: "summoned the envoy to lodge a protest")
    if any((c.ent >= 0 or c.pos == "PRON") and r.actors(c.i)
           for c in kids(p, tok.i, "dobj", "dative")):
        return []       # "summoned the envoy and urged Moscow to ...": Moscow is asked
    head, steps = p.tokens[tok.head], 0
    while head.lemma.lower() not in SUMMONING and head.dep == "conj" and steps < 2:
        head, steps = p.tokens[head.head], steps + 1
    if head.lemma.lower() not in SUMMONING:
        return []
    envoy = kid(p, head.i, "dobj")
    if envoy is None or envoy.lemma.lower() not in ENVOYS and not any(
            o.lemma.lower() in _POSTS for pr in kids(p, envoy.i, "prep")
            if pr.text.lower() == "of" for o in kids(p, pr.i, "pobj")):
        return []       # (an envoy, or the head of a mission: "the head of Hungary's embassy")
    return [a for a in r.actors(envoy.i) or R.owners(r, envoy.i) if a.code]


def _joining_forces(p: ParsedText, r: Resolver, tok: Token) -> list[Actor]:
    """The states whose forces an exercise is said to take in: "the Balikatan exercises also
    include Australian and French forces", "the drills, which involve troops from Japan"."""
    verbs = [p.tokens[tok.head]] if tok.dep == "nsubj" else []
    verbs += [c for c in kids(p, tok.i, "relcl")
              if any(w.tag in ("WDT", "WP") for w in kids(p, c.i, "nsubj"))]
    out: list[Actor] = []
    for v in verbs:
        if v.lemma.lower() not in INVOLVING:
            continue
        for o in kids(p, v.i, "dobj"):
            for j in conjuncts(p, o.i):
                if p.tokens[j].lemma.lower() not in MOVED_FORCES:
                    continue    # ("include live-fire drills near Taiwan": what is done)
                from_ = [a for pr in kids(p, j, "prep") if pr.text.lower() == "from"
                         for w in kids(p, pr.i, "pobj") for a in R.owners(r, w.i)]
                for a in from_ or R.owners(r, j):
                    if a.code and all(a.code != b.code for b in out):
                        out.append(a)
    return out


def _hosts(p: ParsedText, tok: Token) -> list[Actor]:
    """The states or bodies that hold the named exercise at ``tok``, as actors (their forces;
    exercises.csv, whose codes the loader checks)."""
    return [Actor(code, code_name(code), "MIL", "", -1, -1)
            for code in exercise_hosts(p, tok, load_triggers())]


def _home_counterpart(r: Resolver, sources: list[Actor], etype: str) -> list[Actor]:
    """A protest with no named target is against its own state's government; coercion with
    none is of its own state's people (PLOVER codes domestic events within one state)."""
    out = []
    for a in sources:
        if not (a.code and r.lex.entry(f"country:{a.code}")):
            continue
        if etype == "PROTEST" and a.sector not in ("GOV", "MIL", "COP"):
            out.append(Actor(a.code, a.name, "GOV", "", -1, -1))
        elif etype == "COERCE" and a.sector in ("GOV", "MIL", "COP", "JUD"):
            out.append(Actor(a.code, a.name, "CVL", "", -1, -1))
    return out


def _right_granted(p: ParsedText, r: Resolver, tok: Token, sense, sources: list[Actor]
                   ) -> list[Actor]:
    """The speaker who says a state "has the right to defend itself" (the defence is the
    state's, the backing the speaker's), or nothing."""
    if sense.type != "SUPPORT" or tok.dep != "acl" or not any(
            o.text.lower() in ("itself", "themselves") for o in kids(p, tok.i, "dobj")):
        return []
    right = p.tokens[tok.head]
    have = p.tokens[right.head]
    if right.lemma.lower() != "right" or right.dep != "dobj" or have.lemma.lower() != "have" \
            or have.dep != "ccomp" or p.tokens[have.head].lemma.lower() not in r.lex.speech_verbs:
        return []
    teller = R.subject_of(p, have.head)
    own = {a.code for a in sources}
    return [a for a in (r.actors(teller.i) if teller is not None else [])
            if a.code and a.code not in own] if own else []


# verbs of going on with an act ("vowed to continue targeting ships"): the act is what is vowed
_GOING_ON = words("going_on")
# what force wins over another ("vowed to achieve total victory over Hamas"): frames.yaml
FORCE_OUTCOMES = words("force_outcomes")


def _threat(p: ParsedText, tok: int) -> bool:
    """"vowed to retaliate", "prepared to impose martial law": a promise of force is a
    threat."""
    lex = load_triggers()
    clauses = kids(p, tok, "xcomp", "ccomp")
    # (through a verb of going on: "vowed to continue targeting vessels linked to Israel",
    # "vowed to keep striking")
    clauses += [x for c in clauses if c.lemma.lower() in _GOING_ON and not kids(p, c.i, "neg")
                for x in kids(p, c.i, "xcomp")]
    for c in clauses:
        if kids(p, c.i, "neg") or denied(p, c):
            continue        # "pledged not to threaten or use force", "pledged that neither
            #                 country would threaten ... the other": a pledge of peace
        low = c.lemma.lower()
        lifted = kid(p, c.i, "dobj")
        if lifted is not None and lifted.lemma.lower() in ILLS:
            continue        # "pledged to fight poverty": an ill fought, no one threatened
        senses = lex.index.get(("verb", low), ())
        # (one sense at least whose object the clause's fits: "pledged to raise defense
        # spending" is no tariff raised)
        fits = lifted is None or any(
            not s.object or lifted.lemma.lower() in s.object or lifted.text.lower() in s.object
            for s in senses)
        if senses and fits and all(s.type in CONFLICT for s in senses) and not (
                low in EASINGS | LIFTING and lifted is not None and
                (lifted.lemma.lower() in RESTRICTIONS or
                 lifted.lemma.lower() in R.word_class("sanctions"))):
            return True     # (not "agreed to scrap visa requirements": a burden lifted)
        if any(s.type == "THREATEN" and s.mode != "defence" and s.object and
               object_fits(p, c, s)[0] for s in senses):
            return True     # "vowed to take resolute and forceful measures": a threat's words
            #                 (not "pledging to defend every inch of allied territory")
        if any(o.lemma.lower() in R.word_class("reprisals") or
               o.text.lower() in R.word_class("reprisals")
               for h in [c] + kids(p, c.i, "dobj")
               for pr in kids(p, h.i, "prep") if pr.text.lower() == "with"
               for o in kids(p, pr.i, "pobj")):
            return True     # "vowed to answer any buildup ... with countermeasures" (the
            #                 phrase on the verb or, to the parser, on what is answered)
        if low in RETALIATION or any(g.text.lower() == "back" for g in kids(p, c.i, "prt",
                                                                            "advmod")):
            return True
        if low in SP.FORCE_PROMISED:
            return True
        if lifted is not None and lifted.lemma.lower() in FORCE_OUTCOMES and any(
                pr.text.lower() in ("over", "against") for pr in kids(p, lifted.i, "prep") +
                kids(p, c.i, "prep")):
            return True     # "vowed to achieve total victory over Hamas"
        if low not in EASINGS | LIFTING | HEEDING and _penalized(p, _object_and_of(p, c.i)):
            return True     # "ready to trigger the return of U.N. sanctions on Iran"
        if low in ("take", "adopt") and lifted is not None and \
                lifted.lemma.lower() in SP.MEASURES_TAKEN and (any(
                    pr.text.lower() == "against" for h in (c.i, lifted.i)
                    for pr in kids(p, h, "prep")) or any(
                    m.text.lower() in FURTHER for m in kids(p, lifted.i, "amod")) and not any(
                    pr.text.lower() == "with" for h in (c.i, lifted.i)
                    for pr in kids(p, h, "prep"))):
            return True     # "stood ready to take further steps against Belarus", "condemned
            #                 the attack and said it stood ready to take further measures"
    # "vowed harsh revenge", "promised retaliation": a promise whose object is a reprisal
    return any(o.lemma.lower() in R.word_class("reprisals") or
               o.text.lower() in R.word_class("reprisals") for o in kids(p, tok, "dobj"))


INVITATIONS = words("invitations")
# what makes measures one is ready to take more of the same: a threat ("further measures")
FURTHER = words("further")
# verbs of penalizing someone, whose charge a participle on the penalized tells ("blacklisted
# three firms accused of ..."): frames.yaml
PENALIZING = words("penalizing")
# verbs by which one joins an exercise others hold ("will join the drills"): frames.yaml
JOINING = words("joining")
# a politician's threat to leave his own government ("threatened to quit the coalition")
QUITTING = words("quitting")
CABINETS = words("cabinets")
# what makes support given material, aid: "military support", "financial support"
MATERIAL_SUPPORT = words("material_support")


def _last_host(p: ParsedText, history: list[Draft], own) -> list[Actor]:
    """Who last invited someone, or hosted a meeting, in the acts told before: the sender of
    an invitation the story does not name (an invitation to the meeting the story is about
    may be told long after it)."""
    for d in reversed(history):
        lemma = p.tokens[d.trigger.token].lemma.lower()
        if d.trigger.sense.type == "AGREE" and lemma == "invite" or \
                d.trigger.sense.type == "CONSULT" and lemma == "host":
            found = [a for a in d.sources if a.code and a.code not in own]
            if found:
                return found
    return []


def _own_defended(p: ParsedText, r: Resolver, trig: Trigger, own) -> bool:
    """Whether what a defence is vowed for is the defender's own: "its territory", "every
    square mile of our land", "Somalia's sovereignty"."""
    if trig.obj is None:
        return False
    heads = [p.tokens[trig.obj]] + [o for pr in kids(p, trig.obj, "prep")
                                    if pr.text.lower() == "of" for o in kids(p, pr.i, "pobj")]
    for h in heads:
        for d in kids(p, h.i, "poss"):
            if d.pos == "PRON" and d.text.lower() not in ("your",) or \
                    {a.code for a in r.actors(d.i)} & set(own):
                return True
    return False


def _object_and_of(p: ParsedText, verb: int) -> list[Token]:
    """A verb's object and the noun that object is "of" ("trigger the return of U.N.
    sanctions": return, sanctions); [] with no object."""
    obj = kid(p, verb, "dobj")
    return [obj] + [o for pr in kids(p, obj.i, "prep") if pr.text.lower() == "of"
                    for o in kids(p, pr.i, "pobj")] if obj is not None else []


def _penalized(p: ParsedText, objs: list[Token]) -> list[Token]:
    """The tokens an "on" or "against" phrase of a penalty among ``objs`` names ("sanctions on
    Iran"); [] when none of ``objs`` is a penalty, [None] for a penalty that names no one."""
    out: list = []
    for o in objs:
        if o.lemma.lower() in R.word_class("sanctions"):
            out += [x for pr in kids(p, o.i, "prep") if pr.text.lower() in ("on", "against")
                    for x in kids(p, pr.i, "pobj")] or [None]
    return out


# acts whose "along with X" after the verb is a partner, not another doer ("held drills along
# with Japan")
PARTNERED = frozenset({"CONSULT", "COOPERATE", "AGREE"})


_FORCEFUL = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _retort_in_kind(p: ParsedText, tok: Token, own: set, history) -> bool | None:
    """For a verb of hitting back with no object and no means named ("Beijing hit back on
    Thursday", "hitting back at Riga's decision ... to expel Moscow's envoy"), whether it
    answers force: the last act done to ``own`` before it was an attack, a seizure or a show
    of force (a retort to words or to a measure, a border closed, is no attack: it is what
    the story says next). None when the verb is no bare retort ("hit back with air strikes",
    "struck back, hitting hideouts")."""
    if tok.pos != "VERB" or not any(c.text.lower() == "back"
                                    for c in kids(p, tok.i, "prt", "advmod")):
        return None

    def placed(o: Token) -> bool:
        # (a place or a site struck: "on Indian bases", "in Gaza"; not a time, "in the week")
        return o.ent >= 0 and p.entities[o.ent].label in ("GPE", "LOC", "FAC", "NORP") or \
            o.lemma.lower() in R.STRIKE_SITES or any(
                m.ent >= 0 and p.entities[m.ent].label in ("GPE", "NORP")
                for m in kids(p, o.i, "amod", "compound", "poss"))
    if kids(p, tok.i, "dobj", "conj") or any(
            c.tag != "VB" for c in kids(p, tok.i, "xcomp", "advcl")) or any(
            pr.text.lower() in ("with", "by") or
            pr.text.lower() in ("on", "against", "into", "in") and
            any(placed(o) for o in kids(p, pr.i, "pobj"))
            for pr in kids(p, tok.i, "prep")):
        return None
    aimed = [pr for pr in kids(p, tok.i, "prep") if pr.text.lower() == "at"]
    if any(o.lemma.lower() in STRIKE_MUNITIONS or o.lemma.lower() in R.STRIKE_SITES or
           o.text.lower() in R.STRIKE_SITES for pr in aimed for o in kids(p, pr.i, "pobj")):
        return None     # (a site or a force named: "hit back at Houthi targets")
    done = [d for d in (history or []) if own & {a.code for a in d.targets} and
            d.trigger.token < tok.i and not own & {a.code for a in d.sources}]
    if not done:
        return False
    last = done[-1].trigger.sense
    # (a seizure or a cyberattack is force; a border closed or a curfew is a measure)
    return last.type in _FORCEFUL and not (last.type == "COERCE" and
                                           last.mode in ("restrict", "curfew", "deport"))


def _measures_object(p: ParsedText, tok: Token) -> bool:
    """Whether the verb at ``tok`` has a measure as its object ("applying measures",
    "enforce sanctions")."""
    return any(o.lemma.lower() in R.word_class("sanctions") or
               o.text.lower() in R.word_class("sanctions") for o in kids(p, tok.i, "dobj"))


def _joined_in(p: ParsedText, tok: Token) -> Token | None:
    """The object of "join" when ``tok`` is what it is joined in ("joined Germany in
    condemning", "joining Washington and Moscow in opposition"): Germany, Washington."""
    head = p.tokens[tok.head]
    if tok.dep in ("pcomp", "pobj") and head.text.lower() == "in" and head.head != head.i and \
            p.tokens[head.head].lemma.lower() == "join":
        return kid(p, head.head, "dobj")
    return None


def _co_doers(p: ParsedText, r: Resolver, tok: Token, partnered: bool) -> list[Actor]:
    """Who acts alongside the doer of verb ``tok``: the one a doer "joined ... in" doing it
    ("France joined Germany in condemning", "joining Washington and Moscow in opposition"),
    and the one "along with", "together with" or
    "alongside" the verb or its subject names ("Canada, along with Britain, imposed"); for an
    act done with a partner, only such a phrase before the verb ("held drills along with
    Japan" names the partner)."""
    out: list[Actor] = []
    obj = _joined_in(p, tok)
    out += r.actors(obj.i) if obj is not None else []
    subj = R.subject_kid(p, tok.i)
    for h in [tok] + ([subj] if subj is not None else []):
        for c in kids(p, h.i, "prep", "advmod"):
            low = c.text.lower()
            if partnered and c.i > tok.i:
                continue
            withs = [c] if low == "with" and any(
                m.text.lower() in ("along", "together") for m in kids(p, c.i, "advmod", "prep")) \
                else _with_of(p, c) if low in ("along", "together") \
                else [c] if low == "alongside" else []
            for w in withs:
                obj = kid(p, w.i, "pobj")
                out += r.actors(obj.i) if obj is not None else []
    return out


# the words before "with" that set someone beside the doer ("along with", "together with")
_ALONGSIDE = frozenset({"along", "together", "alongside"})


def _with_of(p: ParsedText, t: Token) -> list[Token]:
    """The "with" that "along" or "together" at ``t`` is joined to: its own, or the one the
    parser hung beside it on the verb ("is mediating along with Qatar")."""
    own = [w for w in kids(p, t.i, "prep") if w.text.lower() == "with"]
    if own or t.i + 1 >= len(p.tokens):
        return own
    nxt = p.tokens[t.i + 1]
    return [nxt] if nxt.text.lower() == "with" and nxt.dep == "prep" and \
        nxt.head == t.head != t.i and kid(p, nxt.i, "pobj") is not None else []


def _alongside_spans(p: ParsedText, s: Sentence) -> list[tuple[int, int, int]]:
    """Character spans of "along with X", "together with X" in sentence ``s``, each with the
    token the phrase hangs on."""
    out = []
    for t in p.tokens[s.start:s.end]:
        if t.text.lower() in _ALONGSIDE and t.dep in ("prep", "advmod", "prt"):
            for w in _with_of(p, t):
                obj = kid(p, w.i, "pobj")
                if obj is not None:
                    lo, hi = subtree(p, obj.i)
                    out.append((p.tokens[lo].idx, p.tokens[hi - 1].end, t.head))
    return out


def _clause_parties(p: ParsedText, r: Resolver, s: Sentence) -> list[Actor]:
    """Parties of an agreement signed in the passive: the main clause's subject."""
    for t in p.tokens[s.start:s.end]:
        if t.dep == "ROOT":
            subj = kid(p, t.i, "nsubj")
            if subj is not None:
                return r.actors(subj.i)
            # "The Japan-Philippines defense pact was signed": the pact's own parties
            signed = kid(p, t.i, "nsubjpass")
            if signed is None:
                return []
            return R.noun_sources(r, signed.i) or R.between(r, signed.i)
    return []


_ASIDES = frozenset({"appos", "relcl", "acl"})


def _event_date(p, trigger, predicate, dates, prev_date, published, status):
    counted = _counted_back(p, predicate, dates, prev_date, published)
    if counted is not None:
        return counted
    future = status == "planned"
    chain = {trigger, predicate} | {a.i for a in ancestors(p, predicate)}
    best = None
    for tok_i, text in dates:
        if _dates_a_thing(p, tok_i, trigger):
            continue        # "suspended a 2018 military agreement": the agreement's date
        if _since_a_record(p, tok_i):
            continue        # "a state visit to Washington, his first since 2016": the last
            #                 time before, not this one's
        if _of_answered_act(p, tok_i, trigger):
            continue        # "said the attack was retaliation for an Israeli airstrike on
            #                 its embassy on April 1": the airstrike's day, not the attack's
        if resolve_date(text, published, False) is None and \
                resolve_date(text, published, True) is None:
            continue        # "agreed to a ceasefire on Monday after five days of clashes":
            #                 a span is no point in time and leaves the day to the day
        # the date belongs to the clause of its nearest verb; only that clause's events get it
        clause = next((a.i for a in ancestors(p, tok_i)
                       if a.pos in ("VERB", "AUX") or a.i == trigger), None)
        if clause is not None and clause not in chain and _object_infinitive(p, clause, chain):
            # "ratified Sweden's bid to join NATO on Monday": a day at the end of an
            # infinitive on the verb's object is the verb's (the joining is not done), when
            # it is past ("signed a deal to buy jets in 2030" is no signing in 2030)
            past = resolve_date(text, published, False)
            if best is None and past and published and past[0] <= published[:len(past[0])]:
                best = ((99, 99), text, clause)
            continue
        if clause is not None and clause not in chain:
            if _fronted_date(p, tok_i) and (best is None or (50, 0) < best[0]):
                # "Also on Tuesday, the ministry summoned ..., lodged a protest and demanded
                # ...": a day set before the sentence dates its every clause without a day of
                # its own, whichever the parser hung it on
                best = ((50, 0), text, clause)
            continue
        path = [tok_i] + [a.i for a in ancestors(p, tok_i)]
        on = p.tokens[p.tokens[tok_i].head]
        # "released Gershkovich, Whelan and a dozen other prisoners on Thursday": a day the
        # parser hung on the last of a list of objects is the verb's (no list is its own
        # description)
        listed = on.text.lower() == "on" and on.head != on.i and \
            p.tokens[on.head].dep == "conj" and p.tokens[on.head].pos in ("NOUN", "PROPN")
        for dist, j in enumerate(path):
            if j in chain and not listed and \
                    any(p.tokens[k].dep in _ASIDES for k in path[:dist]):
                break       # "suspending its partnership, a framework in place since 2009":
                #             a date in a description of a party or thing is its own
            if j in chain:
                # prefer dates hanging off the predicate itself over those of its governors
                rank = (_depth_from(p, predicate, j), dist)
                if best is None or rank < best[0]:
                    best = (rank, text, j)
                break
    if best is not None:
        where = best[2]
        if where not in (trigger, predicate) and p.tokens[where].tag in ("VBD", "VBN"):
            # "agreed on Tuesday to upgrade ties": the date is the past agreement's
            future = False
        got = resolve_date(best[1], published, future)
        if got:
            return got
    if status == "occurred":
        tok = p.tokens[predicate]
        if tok.pos not in ("VERB", "AUX"):
            # a noun event takes the tense of the verb above it ("reaffirmed their support")
            tok = next((a for a in ancestors(p, predicate) if a.pos in ("VERB", "AUX")), tok)
            predicate = tok.i
        aux = {c.tag for c in kids(p, predicate, "aux", "auxpass")}
        if prev_date and (tok.tag in ("VBD", "VBN") or "VBD" in aux or "VBZ" in aux):
            return prev_date
        if tok.tag in ("VBG", "VBZ", "VBP") and not aux & {"VBD"} and published:
            return published[:10], "day"
    return None, None


# words that may stand before a day set at the head of a sentence ("Also on Tuesday,")
_DATE_LEADS = frozenset({"also", "on", "in", "earlier", "later", "late", "early", "then",
                         "but", "and", "the", "last", "this", "that", "by", "since", "until"})


def _fronted_date(p: ParsedText, tok_i: int) -> bool:
    """Whether the date at ``tok_i`` opens its sentence, set off by a comma ("Also on
    Tuesday, ...", "Late on Monday, ...")."""
    sent = sentence_of(p, tok_i)
    ent = p.entities[p.tokens[tok_i].ent] if p.tokens[tok_i].ent >= 0 else None
    lo, hi = (ent.start, ent.end) if ent is not None else (tok_i, tok_i + 1)
    return sent is not None and hi < sent.end and p.tokens[hi].text == "," and all(
        t.text.lower() in _DATE_LEADS for t in p.tokens[sent.start:lo])


def _object_infinitive(p: ParsedText, clause: int, chain: set) -> bool:
    """Whether ``clause`` is a to-infinitive hung on the object of a verb in ``chain``
    ("ratified Sweden's bid to join NATO")."""
    t = p.tokens[clause]
    if t.dep not in ("acl", "relcl") or not any(a.text.lower() == "to"
                                                for a in kids(p, t.i, "aux")):
        return False
    noun = p.tokens[t.head]
    return noun.dep == "dobj" and noun.head in chain


def _counted_back(p, predicate, dates, prev_date, published):
    """The day of an act told in a clause "N days after" or "before" another's ("Israel struck
    Yemen on Saturday, two days after a Houthi drone hit Tel Aviv": Thursday; "the visit
    comes a week after Putin said ...": a week before the story), counted from the day of
    the clause it hangs on; None when it is not such a clause or that day is unknown."""
    tok = p.tokens[predicate]
    while tok.dep == "conj" and tok.head != tok.i:
        tok = p.tokens[tok.head]    # ("a day after Patrushev flew to Kaliningrad and warned")
    mark = next((m for m in kids(p, tok.i, "mark") if m.text.lower() in ("after", "before")),
                None)
    if mark is None or tok.dep != "advcl" or tok.head == tok.i:
        return None
    # the measure of the span: "two days" hung on the clause or on its "after" (the NER may
    # run it into the day before it: "Saturday, two days")
    unit = next((c for c in kids(p, tok.i, "npadvmod") + kids(p, mark.i, "npadvmod")
                 if c.lemma.lower() in ("day", "week", "hour", "month", "year")), None)
    if unit is None:
        return None
    lo, hi = subtree(p, unit.i)
    expr = " ".join(t.text for t in p.tokens[lo:hi])
    span = span_days(expr)
    months = span_months(expr) if span is None else None
    if span is None and months is None:
        return None
    head = p.tokens[tok.head]
    own = [(i, t) for i, t in dates if span_days(t) is None and span_months(t) is None]
    if head.tag in ("VBZ", "VBP") and not kids(p, head.i, "aux") and published:
        day = published[:10]
    else:
        # (the clause's own day, as its own events get it: "Her remarks came a day after
        # ...", the remarks told on Wednesday just before)
        got = _event_date(p, head.i, head.i, own, prev_date, published, "occurred")
        day = got[0] if got and (got[1] == "day" or got[1] == "month" and months) else None
    if months is not None and day and len(day) >= 7:
        # "six years after Abu Dhabi cut ties with Doha": the month, or the year, counted back
        # (a span of years tells no month)
        back = months if mark.text.lower() == "before" else -months
        year, month = month_shift(_dt.date(int(day[:4]), int(day[5:7]), 1), back)
        return (f"{year:04d}", "year") if months % 12 == 0 else (f"{year:04d}-{month:02d}",
                                                                   "month")
    if not day or len(day) < 10:
        return None
    try:
        when = _dt.date.fromisoformat(day) + _dt.timedelta(
            days=span if mark.text.lower() == "before" else -span)
    except ValueError:
        return None
    return when.isoformat(), "day"


def _told_ahead(p, tok_i: int, speech: frozenset[str]) -> bool:
    """Whether the date at ``tok_i`` belongs to a clause in the present or future tense ("the
    talks come weeks before Trump returns to the White House on Jan. 20", "will meet on
    Friday"): a date ahead, which dates no past act told after it. A speech verb's present is
    the news's own ("the ministry says Tuesday"): its date is past."""
    verb = None
    for a in ancestors(p, tok_i):
        if a.pos in ("VERB", "AUX"):
            verb = a
            break
        if a.text.lower() == "ahead" and any(c.text.lower() == "of" for c in kids(p, a.i)):
            return True     # "met ahead of an election in September"
    if verb is None:
        return False
    aux = kids(p, verb.i, "aux", "auxpass")
    m = load_modality()
    if any(a.text.lower() in m.planned_aux for a in aux):
        return True
    if verb.tag == "VB" and any(a.text.lower() in m.hypothetical_aux for a in aux):
        return True     # "said they would begin negotiations by the end of February"
    if verb.tag == "VB" and verb.dep == "xcomp" and \
            p.tokens[verb.head].lemma.lower() in m.planned:
        return True     # "was expected to take up the launch on Wednesday": a date ahead
    if verb.tag == "VBG" and any(a.tag in ("VBZ", "VBP") for a in aux) and \
            verb.lemma.lower() not in speech:
        return True     # "who is leading in polls ahead of an election in September"
    return verb.tag in ("VBZ", "VBP") and verb.lemma.lower() not in speech and \
        not any(a.tag in ("VBD", "VBN") for a in aux)


def _since_a_record(p, tok_i: int) -> bool:
    """Whether the date at ``tok_i`` is the "since" of a first or a record ("his first since
    2016", "the largest since 1990", "the first such visit since the war"): when it last
    happened, not when this did."""
    t = p.tokens[tok_i]
    ent = p.entities[t.ent] if t.ent >= 0 else None
    span = range(ent.start, ent.end) if ent is not None else range(tok_i, tok_i + 1)
    root = next((p.tokens[k] for k in span if p.tokens[k].head not in span or
                 p.tokens[k].head == k), t)
    since = p.tokens[root.head]
    if root.dep != "pobj" or since.text.lower() != "since":
        return False
    head = p.tokens[since.head]
    return head.tag in ("JJS", "RBS") or head.lemma.lower() in ("first", "last") or any(
        c.tag == "JJS" or c.lemma.lower() in ("first", "last")
        for c in kids(p, head.i, "amod"))


# nouns of answering another's act ("retaliation for", "a response to"): frames.yaml
ANSWERS = words("answers")


def _of_answered_act(p, tok_i: int, trigger: int) -> bool:
    """Whether the date at ``tok_i`` is told inside the act an answer answers ("retaliation
    for an Israeli airstrike on April 1", "a response to the strikes on Monday"), the trigger
    not being in that act's phrase: that act's date."""
    if _ends_answered_act(p, tok_i, trigger):
        return True
    for a in ancestors(p, tok_i):
        if a.i == trigger:
            return False
        if _answered_in(p, a):
            return True
        if a.lemma.lower() == "be" and a.pos == "AUX":
            # (the day hung on the copula: "the attack was retaliation for X on April 1")
            answered = [o for n in kids(p, a.i, "attr") if n.lemma.lower() in ANSWERS
                        for pr in kids(p, n.i, "prep") if pr.text.lower() in ("for", "to")
                        for o in kids(p, pr.i, "pobj")]
            if answered:
                return any(not (lo <= trigger < hi) for o in answered
                           for lo, hi in [subtree(p, o.i)])
    return False


def _ends_answered_act(p, tok_i: int, trigger: int) -> bool:
    """Whether the date at ``tok_i`` comes right after the act an answer answers, the parser
    having hung it higher ("an Israeli strike in retaliation for Iran's attack last
    weekend": 'last weekend' on the verb of the sentence). Told bare at the end of that
    act's phrase, it is that act's day, as it is when hung inside it. (A day with a
    preposition there, "in retaliation for the barrage on April 13", may be the answer's
    own and is left to the tree.)"""
    ent = p.entities[p.tokens[tok_i].ent] if p.tokens[tok_i].ent >= 0 else None
    start = ent.start if ent is not None else tok_i
    for t in p.tokens[max(0, start - 12):start]:
        if _answered_in(p, t):
            lo, hi = subtree(p, t.i)
            if hi == start and not lo <= trigger < hi:
                return True
    return False


def _answered_in(p, t: Token) -> bool:
    """Whether ``t`` is the object of an answer's "for" or "to" ("retaliation for [the
    strike]", "a response to [the attack]"): the act answered."""
    if t.dep != "pobj" or t.head == t.i:
        return False
    prep = p.tokens[t.head]
    return prep.text.lower() in ("for", "to") and prep.head != prep.i and \
        p.tokens[prep.head].lemma.lower() in ANSWERS


def _dates_a_thing(p, tok_i: int, trigger: int) -> bool:
    """Whether the date expression at ``tok_i`` is a modifier of a noun other than the
    trigger ("a 2018 agreement", "the 2015 peace deal"): that thing's date."""
    ent = p.entities[p.tokens[tok_i].ent] if p.tokens[tok_i].ent >= 0 else None
    span = range(ent.start, ent.end) if ent is not None else range(tok_i, tok_i + 1)
    for k in span:
        t = p.tokens[k]
        if t.head in span and t.head != t.i:
            continue
        head = p.tokens[t.head]
        return t.dep in ("compound", "nummod", "amod", "nmod") and head.pos == "NOUN" and \
            head.i != trigger and head.i > t.i
    return False


def _depth_from(p, predicate, j) -> int:
    if j == predicate:
        return 0
    for n, a in enumerate(ancestors(p, predicate), 1):
        if a.i == j:
            return n
    return 99


def _location(p: ParsedText, trigger: int, predicate: int) -> str | None:
    for t in (trigger, predicate):
        for prep in kids(p, t, "prep"):
            if prep.text.lower() in ("in", "at", "near", "off", "on"):
                obj = kid(p, prep.i, "pobj")
                if obj is not None and obj.ent >= 0:
                    e = p.entities[obj.ent]
                    if e.label in ("GPE", "LOC", "FAC"):
                        return e.text
    return None


def _drop_back_references(p: ParsedText, drafts: list[Draft]) -> list[Draft]:
    """A definite noun ("the drills", "the dispatch") that names no target of its own refers
    back to an event already told; it is not a new event."""
    out: list[Draft] = []
    for d in drafts:
        tok = p.tokens[d.trigger.token]
        det = kid(p, tok.i, "det")
        definite = det is not None and det.text.lower() in _DEFINITE
        if d.trigger.sense.kind == "noun" and definite and not d.targets and d.how != "light" \
                and any(o.trigger.sense.type == d.trigger.sense.type for o in out):
            continue
        if d.trigger.sense.kind == "noun" and definite and d.how == "purpose" and \
                not kids(p, tok.i, "prep", "poss", "compound", "amod") and \
                any(o.trigger.sense.type == d.trigger.sense.type and
                    o.trigger.sense.mode == d.trigger.sense.mode for o in out):
            # "Kishida arrived in Kyiv ... Russian warplanes had shadowed Japanese patrol
            # planes during the visit": the visit told before, not one the subject made
            continue
        out.append(d)
    return out


def _drop_ended_contents(p: ParsedText, drafts: list[Draft]) -> list[Draft]:
    """What a measure ends ("was ending its military cooperation with Niger", "suspended
    talks with Kyiv") is the measure's object, not an act of its own: the ending is told by
    the SANCTION, and the cooperation is no new cooperation."""
    ended = {o.i for d in drafts if d.trigger.sense.type == "SANCTION" and
             d.trigger.sense.mode == "discontinue" and d.trigger.sense.kind == "verb" and
             d.status == "occurred"
             for o in kids(p, d.trigger.token, "dobj")}
    return [d for d in drafts if not (d.trigger.token in ended and
                                      d.trigger.sense.kind == "noun" and
                                      d.trigger.sense.type in ("COOPERATE", "CONSULT", "AID",
                                                               "AGREE", "SUPPORT"))]


def _drop_rejected_contents(p: ParsedText, drafts: list[Draft]) -> list[Draft]:
    """What a rejection rejects ("rejected an Indian proposal", "refused to recognize the
    republic") is the rejection's content, not an event of its own: the proposal was made, and
    the refusal records what was refused."""
    contents: set[int] = set()
    refused: dict[int, set[int]] = {}
    for d in drafts:
        if d.trigger.sense.type == "REJECT" and p.tokens[d.trigger.token].pos == "VERB":
            for obj in kids(p, d.trigger.token, "dobj", "xcomp"):
                span = set(range(*subtree(p, obj.i)))
                for j in sorted(span):
                    t = p.tokens[j]
                    if t.dep == "relcl" and any(
                            c.text.lower() not in ("that", "which", "who", "whom")
                            for c in kids(p, t.i, "nsubj", "nsubjpass")) and any(
                            c.tag in ("WDT", "WP") and c.dep in ("dobj", "pobj")
                            for c in kids(p, t.i)):
                        # "refused to budge from his decision ..., a recording that Moscow
                        # seized on when its Foreign Ministry summoned Germany's ambassador":
                        # a clause of another's own doing is no part of what is refused (a
                        # true relative clause, its pronoun its object: not "denied
                        # accusations that Budapest was holding the package hostage", a
                        # charge's content parsed as one)
                        span -= set(range(*subtree(p, t.i)))
                contents.update(span)
                if obj.dep == "xcomp" and p.tokens[d.trigger.token].lemma.lower() in (
                        "refuse", "decline"):
                    # (an act denied answers the accuser instead: "China denies arming Russia")
                    refused.setdefault(d.trigger.token, set()).update(span)
    out = []
    for d in drafts:
        if d.trigger.token in contents:
            continue
        if not d.targets and d.trigger.token in refused:
            # "refused to commit any assistance to the US-led war": a refusal that names no
            # one refuses whom the refused act was for
            own = {a.code for a in d.sources}
            for c in drafts:
                if c.trigger.token in refused[d.trigger.token]:
                    found = [a for a in c.targets if a.code not in own]
                    if found:
                        d = replace(d, targets=found)
                        break
        out.append(d)
    return out


# A missile firing or a troop movement told inside an attack is part of the attack.
_FAMILY = {"MOBILIZE": "ASSAULT"}


def _drop_vague(drafts: list[Draft]) -> list[Draft]:
    """A targetless draft adds nothing when its sentence has the same source and type (or
    the attack it is part of) with a target ("attacked Ukraine ..., firing missiles")."""
    def kind(d: Draft) -> str:
        return _FAMILY.get(d.trigger.sense.type, d.trigger.sense.type)
    targeted = {(d.sentence.start, kind(d), a.code) for d in drafts if d.targets
                for a in d.sources}
    return [d for d in drafts if d.targets or not all(
        (d.sentence.start, kind(d), a.code) in targeted for a in d.sources)]


# how a protest's aim hangs on it: "staged rallies to demand ...", "marched, chanting
# slogans against ...", "gathered outside parliament, accusing the prime minister of ..."
_AIM_DEPS = frozenset({"advcl", "xcomp", "acl", "ccomp", "relcl"})
_AIMS = frozenset({"REQUEST", "ACCUSE"})


def _drop_protest_aims(p: ParsedText, drafts: list[Draft]) -> list[Draft]:
    """What protesters demand or denounce while they protest is the protest's aim, not a
    request or accusation of its own: "students staged demonstrations to demand reforms",
    "thousands of Iraqi Kurds demonstrated calling for independence" are one PROTEST each (as
    both our gold and PLOVER's code them). An aim is a demand or charge whose verb hangs on the
    protest's word (or the verb that carries it: "staged rallies") by a clause, with the same
    doers, made of their own state or of no one named."""
    protests: dict[int, set] = {}
    for d in drafts:
        if d.trigger.sense.type == "PROTEST":
            t = p.tokens[d.trigger.token]
            codes = {a.code for a in d.sources}
            for i in (t.i, t.head) if t.dep in ("dobj", "nsubj") else (t.i,):
                protests.setdefault(i, set()).update(codes)
    if not protests:
        return drafts

    def aim(d: Draft) -> bool:
        if d.trigger.sense.type not in _AIMS:
            return False
        t = p.tokens[d.trigger.token]
        for _ in range(2):
            if t.dep not in _AIM_DEPS or t.head == t.i:
                return False
            t = p.tokens[t.head]
            if t.i in protests:
                # (a demand across a border is one of its own: "Polish farmers rallied to
                # demand that Ukraine halt its grain exports")
                own = protests[t.i]
                return {a.code for a in d.sources} <= own and \
                    all(a.code in own for a in d.targets)
        return False
    return [d for d in drafts if not aim(d)]


# words that say an act repeats one told before by someone else: "New Zealand, too, voiced
# concern", "Colombia and Chile issued similar statements", "Britain likewise condemned"
_ECHOES = words("echoes")
_ECHO_REACH = 3         # sentences
# people an act can strike: its own object, never an echo of another's target
_STRUCK_PEOPLE = R.word_class("captives") | words("moved_forces")


def _echoes(p: ParsedText, drafts: list[Draft]) -> list[Draft]:
    """A draft with no target whose sentence says it echoes an act told just before ("too",
    "similar", "likewise", "also") takes that act's targets: the last draft of the same type,
    by other sources, with targets, told before it (in its sentence or the few before)."""
    out = []
    for d in drafts:
        if d.targets or not _echoing(p, d) or \
                len({a.code for a in d.sources}) > 1 and d.trigger.sense.type in RECIPROCAL:
            # ("Japan and Australia will also hold more joint exercises": those who act
            # together are each other's party, whatever was told before)
            out.append(d)
            continue
        own = {a.code for a in d.sources}
        said = _echoed(p, p.tokens[d.trigger.token], d.trigger.sense.type, d.sentence, own,
                       drafts)
        targets = [a for a in said.targets if a.code not in own] if said is not None else []
        out.append(replace(d, targets=targets) if targets else d)
    return out


def _echoed(p: ParsedText, tok: Token, kind: str, s: Sentence, own: set,
            drafts: list[Draft], reach: int = _ECHO_REACH) -> Draft | None:
    """The act an echoing trigger at ``tok`` repeats: the last draft of type ``kind``, by
    others than ``own``, with targets, told before it (in its sentence or the ``reach``
    sentences before)."""
    return next((e for e in sorted(drafts, key=lambda x: -x.trigger.token)
                 if e.trigger.sense.type == kind and e.targets and e.trigger.token < tok.i and
                 not own & {a.code for a in e.sources} and
                 _sentences_apart(p, e.sentence.start, s.start) <= reach), None)


def _echoing(p: ParsedText, d: Draft) -> bool:
    """Whether the draft's trigger has an echo word (as ``_echo_at``)."""
    return _echo_at(p, p.tokens[d.trigger.token])


def _echo_at(p: ParsedText, tok: Token) -> bool:
    """Whether the trigger's clause has an echo word: an adverb or adjective on the trigger,
    on the verb that carries it, or on its object."""
    heads = [tok]
    while tok.head != tok.i and len(heads) < 4:
        # (up through "of": "issued similar statements of condemnation")
        tok = p.tokens[tok.head]
        heads.append(tok)
        if tok.pos not in ("ADP", "NOUN"):
            break
    if any(o.tag == "NNS" and (o.text.lower() in _STRUCK_PEOPLE or
                               o.lemma.lower() in _STRUCK_PEOPLE)
           for h in heads if h.pos == "VERB" for o in kids(p, h.i, "dobj")):
        # "the strikes had also killed several government soldiers": the act names whom it
        # hit (whose, the story may not say); "also" adds to its toll, it repeats no one's act
        return False
    words = [c for h in heads for c in kids(p, h.i)]
    words += [m for c in words if c.dep in ("dobj", "pobj") for m in kids(p, c.i, "amod")]
    return any(w.text.lower() in _ECHOES and w.dep in ("advmod", "amod") for w in words)


def _told_again(p: ParsedText, tok: Token, sense, s: Sentence,
                history: list[Draft], published: str | None, joint: bool = False
                ) -> Draft | None:
    """The draft a definite event noun names again, the last draft of the same type and mode
    with parties that the story tells as happening or planned, in the noun's sentence or the
    two before it. The noun is "this year's exercise", "Monday's talks" (a possessive of
    time: another holding), or the subject of its own clause ("the drills began on Tuesday",
    "the strike also killed"): an object or a phrase ("condemned the attack", "before that
    meeting") looks back at the act without telling it again, and "since the fighting began"
    is background. An act of the story's background ("similar pacts Tokyo signed with
    Australia in 2022") is not the one "the signing" names (but "this year's drills" are
    another holding of drills told as background). With ``joint``, a draft whose several
    sources act together (and have no targets yet) is one too."""
    det = kid(p, tok.i, "det")
    owner = kid(p, tok.i, "poss")
    timed = owner is not None and owner.lemma.lower() in TIME_NOUNS
    if not (timed or det is not None and det.text.lower() in _DEFINITE and
            tok.dep in ("nsubj", "nsubjpass") and not _since(p, tok.head)):
        return None
    if not timed and any(m.text.lower() in _WAITED_ON for m in kids(p, tok.head, "mark")):
        return None     # "before the inquiry was complete": waited on, not told again
    for d in reversed(history):
        if _sentences_apart(p, d.sentence.start, s.start) > _AGAIN_REACH:
            break
        told = d.trigger.sense
        if told.type == sense.type and told.mode == sense.mode and d.sources and (
                d.targets or joint and len({a.code for a in d.sources}) >= 2) \
                and d.trigger.token < tok.i and d.status in ("occurred", "planned") and \
                (timed or not _long_before(d.date, published)):
            return d
    return None


_AGAIN_REACH = 2        # sentences
# subordinators of a clause that an act is waited on or counted from in, not told in
_WAITED_ON = words("waited_on")
TIME_NOUNS = words("time_owners")
RELEASES = words("releases")
EXPECTING = words("expecting")
PROPOSING = words("proposing")
TIES_KEPT = words("ties_kept")
RELIEF_WORKERS = words("relief_workers")
# verbs of talking with someone, whose partner what is voiced in the talk is for
TALKING = words("talking")
# helpers who are relief workers in a story of a disaster ("reinforcements have arrived")
REINFORCEMENTS = words("reinforcements")
RELIEF_TEAMS = words("relief_teams")
ARRIVALS = words("arrivals")
RELIEF_MAKERS = words("relief_makers")
NOT_RELIEF = words("not_relief")
RELIEF = words("relief")
WITHHELD = words("withheld")
FORCING = words("forcing")


def _act_above_place(p: ParsedText, tok: Token) -> Token | None:
    """The hostile act noun a relative clause of harm tells of when the parser hung it on a
    place inside that act's phrase ("NATO's bombing of the Chinese Embassy in the Serbian
    capital, which killed three journalists": the bombing killed, not the capital)."""
    if tok.dep != "relcl" or not any(c.text.lower() in ("which", "that")
                                     for c in kids(p, tok.i, "nsubj")):
        return None
    up = p.tokens[tok.head]
    if up.lemma.lower() not in PLACE_KINDS and (up.ent < 0 or
                                                p.entities[up.ent].label not in ("GPE", "LOC")):
        return None
    for _ in range(4):
        if up.dep != "pobj" or p.tokens[up.head].dep != "prep":
            return None
        up = p.tokens[p.tokens[up.head].head]
        if up.pos == "NOUN" and "ASSAULT" in REF.hostile_kinds(up.lemma.lower()):
            return up
    return None


def _forcing_act_owners(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """The owners (but ``own``) of the act a warning says will force its teller's state to
    answer: "warned that the French decision was a mistake that would force Russia to take
    countermeasures", "said Berlin's move would compel Moscow to respond" (the subject of the
    verb of forcing, through a relative "that" to its noun and through a copula to the
    subject it describes)."""
    hi = subtree(p, tok.i)[1]
    for t in p.tokens[tok.i + 1:hi]:
        if t.lemma.lower() not in FORCING or t.pos != "VERB" or kids(p, t.i, "auxpass") or \
                not kids(p, t.i, "xcomp") and not kids(p, t.i, "ccomp"):
            continue
        forced = kid(p, t.i, "dobj")
        if forced is None or not {a.code for a in r.actors(forced.i)} & own:
            continue        # (the one forced is the teller's own state)
        act = R.subject_of(p, t.i)
        if act is not None and act.tag in ("WDT", "WP") and t.dep == "relcl":
            act = p.tokens[t.head]      # ("a mistake that would force")
        if act is not None and act.dep in ("attr", "acomp"):
            act = R.subject_of(p, act.head)     # ("the decision was a mistake")
        if act is None or act.pos != "NOUN":
            continue
        return [a for a in R.owners(r, act.i) if a.code and a.code not in own]
    return []


def _retaliation_governor(p: ParsedText, tok: Token) -> Token | None:
    """The verb above a retaliation that makes it no threat of its doer's with a target to
    find: one of expecting ("expected Moscow to retaliate") or forcing ("would force it to
    take countermeasures"), up the chain of complements."""
    t = tok
    while t.dep in ("xcomp", "ccomp", "conj") and t.head != t.i:
        t = p.tokens[t.head]
        if t.lemma.lower() in FORCING and kids(p, t.i, "auxpass"):
            continue        # "would be forced to take retaliatory steps": its own answer
        if t.lemma.lower() in EXPECTING | FORCING:
            return t
    return None


def _objects(p: ParsedText, i: int, preps: tuple[str, ...]) -> list[Token]:
    """What the word at token ``i`` acts on: its object and the objects of its ``preps``."""
    return list(kids(p, i, "dobj")) + [o for pr in kids(p, i, "prep")
                                       if pr.text.lower() in preps
                                       for o in kids(p, pr.i, "pobj")]


def _asks_release(p: ParsedText, i: int) -> bool:
    """Whether the request at token ``i`` asks for a release: its object, or the object of its
    "for", is one ("demanded the release of", "called for his release")."""
    return any(a.lemma.lower() in RELEASES for a in _objects(p, i, ("for",)))


# participles of holding someone ("soldiers detained in Mali", "sailors seized by Iran")
HOLDING = words("holding_captive")


def _holders_named(p: ParsedText, r: Resolver, i: int, own: frozenset) -> list[Actor]:
    """Who holds those whose release the request at token ``i`` asks: the "by" phrase of the
    participle that tells their holding ("the sailors seized by Iran"), else its "in" place
    ("49 soldiers detained in Mali"); none when the phrase names neither."""
    for release in _objects(p, i, ("for",)):
        if release.lemma.lower() not in RELEASES:
            continue
        held = [o for pr in kids(p, release.i, "prep") if pr.text.lower() == "of"
                for o in kids(p, pr.i, "pobj")] + kids(p, release.i, "poss")
        for person in held:
            for part in kids(p, person.i, "acl"):
                if part.tag != "VBN" or part.lemma.lower() not in HOLDING:
                    continue
                agent = kid(p, part.i, "agent")
                by = kid(p, agent.i, "pobj") if agent is not None else None
                found = [a for a in (r.actors(by.i) if by is not None else [])
                         if a.code and a.code not in own]
                found = found or [a for pr in kids(p, part.i, "prep")
                                  if pr.text.lower() == "in" for o in kids(p, pr.i, "pobj")
                                  for a in r.actors(o.i) if a.code and a.code not in own]
                if found:
                    return found
    return []


def _interceptor(p: ParsedText, r: Resolver, tok: Token, own) -> list[Actor]:
    """Who stopped the weapons a participle ``tok`` says were launched or fired ("shot down
    30 of the 45 drones launched by Russia", "intercepted missiles fired by Iran"): the
    subject of the verb of stopping whose object, or whose object's "of" phrase, they are;
    [] otherwise."""
    if tok.dep not in ("acl", "relcl") or tok.lemma.lower() not in ("launch", "fire"):
        return []       # (or a relative clause: "the drones and missiles Iran launched")
    noun = p.tokens[tok.head]
    counted = [o for pr in kids(p, noun.i, "prep") if pr.text.lower() == "of"
               for o in kids(p, pr.i, "pobj")]
    if noun.lemma.lower() not in MUNITIONS and noun.text.lower() not in MUNITIONS and not any(
            o.lemma.lower() in MUNITIONS or o.text.lower() in MUNITIONS for o in counted):
        return []       # (or what the noun counts: "nearly all of the drones Iran launched",
        #                 the clause hung on "all")
    lo, hi = subtree(p, noun.i)
    aimed = [a for t in p.tokens[lo:hi] if t.dep == "prep" and
             t.text.lower() in ("toward", "towards")
             for o in kids(p, t.i, "pobj") for a in R.owners(r, o.i)
             if a.code and a.code not in own]
    if aimed:
        # "shot down missiles and drones launched by Houthi rebels that may have been headed
        # toward Israel": launched at the place they were headed for, not at who stopped them
        return aimed
    held = noun
    while held.dep == "conj" and held.head != held.i:
        held = p.tokens[held.head]      # ("drones and missiles")
    if held.dep == "pobj" and p.tokens[held.head].text.lower() == "of":
        held = p.tokens[p.tokens[held.head].head]       # ("30 of the 45 drones")
    if held.dep not in ("dobj", "npadvmod") or held.head == held.i:
        return []
    verb = p.tokens[held.head]
    particle = " ".join([verb.lemma.lower()] + [c.text.lower() for c in kids(p, verb.i, "prt")])
    if verb.lemma.lower() not in INTERCEPTING and particle not in INTERCEPTING:
        return []
    subj = R.subject_of(p, verb.i)
    return [a for a in (r.actors(subj.i) if subj is not None else [])
            if a.code and a.code not in own]


def _unnamed_attack(p: ParsedText, r: Resolver, tok: Token, sense, predicate: int) -> bool:
    """Whether the trigger at ``tok`` is an attack done (or weapons fired or launched at no
    place: "launched 40 drones overnight") that names no one hit; not a fight going on ("the
    war"), a passive ("24 of its citizens had been killed"), a retort ("hit back"), nor weapons
    stopped ("destroyed the incoming drones")."""
    fired = sense.mode == "test" and sense.kind == "verb" and \
        tok.lemma.lower() in ("fire", "launch") and not kids(p, tok.i, "prep")
    if sense.type != "ASSAULT" and not fired:
        return False
    if tok.lemma.lower() in ONGOING_FIGHTS or R.is_passive(p, predicate) or \
            tok.dep == "conj" and R.is_passive(p, tok.head):
        return False    # ("24 of its citizens had been killed and 87 wounded": both passive)
    if any(c.text.lower() in ("back", "down") for c in kids(p, tok.i, "prt", "advmod")) or \
            "down" in sense.words:
        return False    # ("Beijing hit back"; "shot down almost all of them": weapons)
    if sense.type == "ASSAULT" and any(
            o.lemma.lower() in MUNITIONS or o.text.lower() in MUNITIONS
            for d in kids(p, tok.i, "dobj") for o in [d] + [
                g for pr in kids(p, d.i, "prep") if pr.text.lower() == "of"
                for g in kids(p, pr.i, "pobj")]):
        return False    # (and "practically every one of the incoming drones")
    if tok.pos == "VERB" and T.third_party_craft(p, tok.i):
        return False    # ("boats that attacked a container ship": a ship in trade, no foe's)
    return not T.names_someone_hit(p, r, tok.i) and \
        not (predicate != tok.i and T.names_someone_hit(p, r, predicate))


def _warns_of_measure(p: ParsedText, tok: Token) -> bool:
    """Whether the warning at ``tok`` says a measure could or would come: its "that" clause's
    verb is one of frames.yaml warned_measures, with a modal ("could be cut off", "would
    impose")."""
    return any(c.lemma.lower() in WARNED_MEASURES and
               any(a.tag == "MD" for a in kids(p, c.i, "aux")) and kid(p, c.i, "neg") is None
               for c in kids(p, tok.i, "ccomp"))


def _contested_topic(p: ParsedText, r: Resolver, heads: tuple[int, ...], own) -> list[Actor]:
    """The state that contests the waters an "about", "over" or "regarding" phrase on one of
    ``heads`` names ("the situation in the South China Sea"), when it is not ``own``."""
    for h in dict.fromkeys(heads):
        for prep in kids(p, h, "prep"):
            if prep.text.lower() not in ("about", "over", "regarding", "on", "at", "by"):
                continue
            lo, hi = subtree(p, prep.i)
            for t in p.tokens[lo:hi]:
                if t.pos == "PROPN" and (t.i + 1 >= hi or p.tokens[t.i + 1].pos != "PROPN"):
                    found = [a for a in r.contesting(t.i) if a.code not in own]
                    if found:
                        return found
    return []


def _visit_host(history: list[Draft], own: set, s: Sentence) -> list[Actor]:
    """The host of the last visit ``own`` made or makes, told in this sentence or the two
    before (no other state's act told since)."""
    for d in reversed(history[-8:]):
        if d.sentence.start < s.start - 400:
            break
        if not own & {a.code for a in d.sources}:
            return []       # (someone else's act told since: the thread is lost)
        if d.trigger.sense.type == "CONSULT" and d.trigger.sense.mode == "visit" and \
                d.status in ("occurred", "planned"):
            return [t for t in d.targets if t.code and t.code not in own]
    return []


def _at_bare_border(p: ParsedText, tok: int) -> bool:
    """Whether the act at ``tok`` is placed "along", "near" or "to" a definite border that
    names no state ("along the boundary", "to the border")."""
    for pr in kids(p, tok, "prep"):
        if pr.text.lower() not in ("along", "near", "on", "to", "at", "toward", "towards"):
            continue
        for o in kids(p, pr.i, "pobj"):
            if o.lemma.lower() in R.BORDERS and \
                    any(d.text.lower() == "the" for d in kids(p, o.i, "det")) and \
                    not kids(p, o.i, "poss", "prep", "amod", "compound"):
                return True
    return False


def _foe(r: Resolver, history: list[Draft], own: set) -> list[Actor]:
    """The one state ``own`` fights in the story: the other side of the attacks told as
    happening that ``own`` made or suffered, when all of them are with that one state."""
    foes: dict[str, Actor] = {}
    for d in history:
        if d.trigger.sense.type != "ASSAULT" or d.status != "occurred":
            continue
        srcs, tgts = {a.code for a in d.sources}, {a.code for a in d.targets}
        if own & srcs and not own & tgts:
            others = [a for a in d.targets if a.code]
        elif own & tgts and not own & srcs:
            others = [a for a in d.sources if a.code]
        else:
            continue
        for a in others:
            foes.setdefault(a.code, a)
    return list(foes.values()) if len(foes) == 1 and \
        r.lex.entry(f"country:{next(iter(foes))}") is not None else []


def _unrest_at_home(history: list[Draft], own: set) -> list[Actor]:
    """The state whose forces the story tells acting against its own people (a coup put down,
    protesters arrested), when that is all the force it tells: calm asked for in a story of
    a failed coup in Bolivia is asked of Bolivia, not of the states that reacted."""
    home: dict[str, Actor] = {}
    for d in history:
        if d.trigger.sense.type not in ("ASSAULT", "COERCE") or d.status != "occurred":
            continue
        codes = {a.code for a in d.sources + d.targets if a.code}
        if len(codes) > 1:
            return []       # a fight between states: its sides are asked
        if d.sources and d.targets and len(codes) == 1:
            home.update((a.code, a) for a in d.sources if a.code)
    if len(home) != 1 or set(home) & own:
        return []
    return list(home.values())


def _main_fight(history: list[Draft], own: set) -> list[Actor]:
    """The parties of the fight the story tells most (its attacks told as happening, by the
    parties on both sides; of fights told as often, the first: a story opens with its
    conflict, and "Israel's bombardment of Gaza" told in passing is not it), but for ``own``;
    none when ``own`` takes part in it."""
    attacks = [d for d in history if d.trigger.sense.type == "ASSAULT" and
               d.status == "occurred"]
    told: dict[frozenset, list] = {}
    for n, d in enumerate(attacks):
        parties = {a.code: a for a in d.sources + d.targets if a.code}
        key = frozenset(parties)
        if d.targets and len(key) >= 2 and key not in told:
            # (an attack whose target was not found counts for the fight of its doers)
            count = sum(1 for x in attacks if {a.code for a in x.sources + x.targets} <= key)
            told[key] = (count, -n, list(parties.values()))
    if not told:
        return []
    key = max(told, key=lambda k: told[k][:2])
    if key & own:
        return []
    return told[key][2]


def _relief(p: ParsedText, i: int) -> bool:
    """Whether the aid at token ``i`` is relief: it, its object or its "in" phrase is a word of
    relief ("emergency assistance", "sent rescue teams", "relief items")."""
    # (each of the things sent: "dispatched navy ships, a field hospital and rescuers")
    words = [p.tokens[i]] + [p.tokens[c] for o in _objects(p, i, ("in", "of"))
                             for c in conjuncts(p, o.i)]
    return any((w.lemma.lower() in RELIEF or any(m.lemma.lower() in RELIEF
                                                  for m in kids(p, w.i, "amod", "compound")))
               and not any(m.lemma.lower() in NOT_RELIEF
                           for m in kids(p, w.i, "compound", "amod"))
               for w in words)     # ("sanctions relief" is no aid)


def _proposed_to(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """Whom a proposal asks to act: X in "proposed that X lift", "a proposal for X to lift"
    (not the proposer)."""
    told = [kid(p, c.i, "nsubj") for c in kids(p, tok.i, "ccomp")
            if kid(p, c.i, "mark") is not None]
    lo, hi = subtree(p, tok.i)
    told += [R.for_to_subject(p, v.i) for v in p.tokens[tok.i + 1:hi] if v.pos == "VERB"]
    return [a for t in told if t is not None for a in r.actors(t.i)
            if a.code and a.code not in own]


def _forces_placed(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """The states an "in", "to" or "into" phrase hung on a deployment verb's object (or on
    the forces of its "of" phrase) names, but ``own``."""
    obj = kid(p, tok.i, "dobj")
    if obj is None:
        return []
    heads = [obj] + [o for pr in kids(p, obj.i, "prep") if pr.text.lower() == "of"
                     for o in kids(p, pr.i, "pobj")]
    for h in heads:
        for prep in kids(p, h.i, "prep"):
            if prep.text.lower() in ("in", "to", "into"):
                found = [a for o in kids(p, prep.i, "pobj")
                         for a in r.actors(o.i) or R.located(r, o.i)
                         if a.code and a.code not in own]
                if found:
                    return found
    return []


MISHAPS = words("mishaps")
_BECAUSE = frozenset({"because", "due", "owing", "amid", "over"})


def _no_one_s_doing(p: ParsedText, tok: Token) -> bool:
    """Whether the reason given for the act at ``tok`` ("because of ...", "due to ...",
    "amid ...") is a mishap no one did: weather, disease, ill health (frames.yaml mishaps)."""
    for prep in kids(p, tok.i, "prep"):
        if prep.text.lower() not in _BECAUSE:
            continue
        lo, hi = subtree(p, prep.i)
        if any(p.tokens[j].lemma.lower() in MISHAPS or p.tokens[j].text.lower() in MISHAPS
               for j in range(lo, hi)):
            return True
    return False


RATE_WORDS = frozenset({"%", "percent", "pct"})   # ("10 per cent": "cent" has its number)


def _gapped_rates(p: ParsedText, r: Resolver, tok: Token, predicate: int,
                  own: set) -> list[Actor]:
    """What the "on" phrase of a rate joined on after the measure names ("... and 10% on
    Chinese goods"), the measure's verb and noun left out: states not ``own``."""
    lo, hi = subtree(p, predicate)
    out: list[Actor] = []
    for j in range(max(lo, tok.i + 1), hi):
        t = p.tokens[j]
        if t.dep != "conj" or not (t.text.lower() in RATE_WORDS or
                                   any(c.tag == "CD" for c in kids(p, j, "nummod"))):
            continue
        for prep in kids(p, j, "prep"):
            if prep.text.lower() in ("on", "against"):
                out += [a for o in kids(p, prep.i, "pobj") for a in R.owners(r, o.i)
                        if a.code and a.code not in own]
    return out


def _sitting_asked_for(p: ParsedText, r: Resolver, sense, tok: Token, verb: Token) -> bool:
    """Whether the meeting noun at ``tok``, asked or called for by ``verb``, is an
    international body's own sitting ("asked for a meeting of the U.N. Security Council",
    "calling for an urgent session of the Security Council"): the body meets; the asker only
    requests it."""
    if sense.type != "CONSULT" or verb.lemma.lower() not in ASKING | {"call"}:
        return False
    for prep in kids(p, tok.i, "prep"):
        if prep.text.lower() == "of":
            found = [a for o in kids(p, prep.i, "pobj") for a in r.actors(o.i)]
            if found and all(R.a_body(a) for a in found):
                return True
    return False


def _pact_parties(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """The other parties of the pact a verb (or its complement: "declined to renew") takes
    as object, named as subject or object of the clause that describes the pact ("an
    agreement that had allowed India to ...", "the treaty that bound it to Russia")."""
    verbs = [tok] + [c for c in kids(p, tok.i, "xcomp") if c.pos == "VERB"]
    out: list[Actor] = []
    for v in verbs:
        pact = kid(p, v.i, "dobj")
        if pact is None or pact.lemma.lower() not in PACTS:
            continue
        for c in kids(p, pact.i, "relcl"):
            # (the allowed parsed as the subject of what it is allowed to do)
            named = kids(p, c.i, "nsubj", "dobj", "dative") + [
                m for cc in kids(p, c.i, "ccomp", "xcomp") for m in kids(p, cc.i, "nsubj")]
            for m in named:
                out += [a for a in r.actors(m.i) if a.code and a.code not in own and
                        a.code not in {x.code for x in out}]
    return out


PACTS = words("pacts")


def _ties_to_keep(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """The partners X of "said talks with X must continue": the subject of the reported
    clause is a tie (talks, dialogue, cooperation) "with" another party."""
    out: list[Actor] = []
    for c in kids(p, tok.i, "ccomp"):
        subj = kid(p, c.i, "nsubj")
        if subj is None or not {subj.lemma.lower(), subj.text.lower()} & TIES_KEPT:
            continue
        for prep in kids(p, subj.i, "prep"):
            if prep.text.lower() == "with":     # (ties "between" others are theirs)
                out += [a for o in kids(p, prep.i, "pobj") for a in r.actors(o.i)
                        if a.code and a.code not in own]
    return out


def _apposed_doers(p: ParsedText, r: Resolver, tok: Token, own: set) -> list[Actor]:
    """The doers of the clause that "a move", "a step", "a decision" is apposed to, when ``tok``
    is the verb of a relative clause on that noun with no object of its own ("expelled two
    diplomats, a move Estonia condemned")."""
    if tok.dep != "relcl" or kid(p, tok.i, "dobj") is not None:
        return []
    noun = p.tokens[tok.head]
    second_object = noun.dep == "dobj" and any(
        o.i < noun.i for o in kids(p, noun.head, "dobj"))   # (the parser's second object)
    if noun.lemma.lower() not in REF.GENERIC_ACTS or \
            noun.dep not in ("npadvmod", "appos") and not second_object:
        return []
    verb = p.tokens[noun.head]
    if verb.pos not in ("VERB", "AUX"):
        return []
    subj = R.subject_of(p, verb.i)
    return [a for a in (r.actors(subj.i) if subj is not None else [])
            if a.code and a.code not in own]


# (the rule then reads "CONSULT.port call/verb:arrival as port call")
PORT_CALL = Sense("CONSULT", "port call", "verb", ("arrival", "as", "port", "call"), frozenset(),
                  frozenset(), (), False, 0)


def _on_a_visit(p: ParsedText, i: int) -> bool:
    """Whether forces that arrive do so for a visit ("for a five-day visit", "on a port
    call") or into a port ("steamed into Havana harbor")."""
    return any(o.lemma.lower() in VISITS and prep.text.lower() in ("for", "on") or
               o.lemma.lower() in HARBOURS and prep.text.lower() in ("into", "in", "at", "to")
               for prep in kids(p, i, "prep") for o in kids(p, prep.i, "pobj"))


def _carries_people_home(p: ParsedText, tok: Token) -> bool:
    """Whether craft move at ``tok`` to fetch people ("sent an air force jet to carry him out
    of the country", "preparing planes to fly to the United States and bring home the
    migrants", "to evacuate its citizens"): a rescue or a repatriation, no force deployed."""
    aims = [c for c in kids(p, tok.i, "xcomp", "advcl")
            if any(a.text.lower() == "to" for a in kids(p, c.i, "aux"))]
    # (a verb joined with its own subject is another's act: "the United States has sent
    # thousands of troops ..., and Britain, Germany and other countries are flying their
    # citizens out")
    aims += [g for c in aims for g in kids(p, c.i, "conj")] + [
        c for c in kids(p, tok.i, "conj") if not kids(p, c.i, "nsubj", "nsubjpass")]
    for v in aims:
        low = v.lemma.lower()
        if low in EVACUATING:
            return True
        if low in FETCHING and any(c.text.lower() in ("home", "back", "out")
                                   for c in kids(p, v.i, "prt", "advmod", "prep", "dobj")):
            return True
    return False


def _done_together(p: ParsedText, tok: Token) -> bool:
    """Whether a verb ``tok`` governs is one several do with each other ("pledged to keep
    negotiating", "agreed to meet"): frames.yaml together_verbs."""
    todo, seen = list(kids(p, tok.i, "xcomp")), 0
    while todo and seen < 6:
        t = todo.pop()
        seen += 1
        if t.lemma.lower() in TOGETHER_VERBS:
            return True
        todo += kids(p, t.i, "xcomp")
    return False


def _unarmed_fight(p: ParsedText, tok: Token) -> bool:
    """Whether the fight ``tok`` tells (or its object, "fought a legal battle") is one of
    law, words or votes (frames.yaml unarmed_fights)."""
    nouns = [tok] if tok.pos in ("NOUN", "PROPN") else kids(p, tok.i, "dobj")
    return any(c.lemma.lower() in UNARMED_FIGHTS for n in nouns
               for c in kids(p, n.i, "amod", "compound", "nmod"))


def _civil_craft(p: ParsedText, tok: Token) -> bool:
    """Whether the subject of ``tok`` is a civilian craft ("a passenger jet", "a cargo
    ship")."""
    subj = kid(p, tok.i, "nsubj") or R.subject_of(p, tok.i)
    # ("a Russian cruise missile": a weapon, whatever its kind's name)
    if subj is None or subj.lemma.lower() in ("missile", "rocket"):
        return False
    before = [c for c in kids(p, subj.i, "compound", "amod") if c.i < subj.i]
    # (a carrier's name, however deep: "an Azerbaijan Airlines Embraer jet")
    lo = subj.i
    while lo > 0 and p.tokens[lo - 1].dep in ("compound", "amod") and \
            lo <= p.tokens[lo - 1].head <= subj.i:
        lo -= 1
    return any(c.lemma.lower() in CIVIL_CRAFT for c in before) or \
        any(t.text.lower() in CIVIL_CARRIERS for t in p.tokens[lo:subj.i])


def _phrase(p: ParsedText, tok: Token) -> str:
    """A verb's lemma with its particle: "come down", "crash"."""
    prt = kid(p, tok.i, "prt")
    return tok.lemma.lower() + (f" {prt.text.lower()}" if prt is not None else "")


def _setting_of(p: ParsedText, tok: Token, predicate: int,
                history: list[Draft] | None) -> bool:
    """Whether a noun event is only the setting of another event told by its verb: "Israel's
    cabinet approved the arrangement in an overnight session" (the session is where the
    approval was given; whom the approval concerns did not meet the cabinet). A noun after
    "in", "at" or "during" hung on a verb that tells an event of its own."""
    prep = p.tokens[tok.head] if tok.dep == "pobj" else None
    return prep is not None and prep.text.lower() in SETTINGS and prep.head == predicate and \
        any(d.trigger.token == predicate for d in history or ())


def _harbour_before(p: ParsedText, tok: Token, own: set, history: list[Draft] | None
                    ) -> list[Actor]:
    """The host of the last port call told a few sentences before, when ``tok`` goes into,
    in or at a harbour named only by "the" ("steamed into the bay", "docked in the port")."""
    bare = any(o.lemma.lower() in HARBOUR_BACK and o.ent < 0 and
               not kids(p, o.i, "compound", "amod", "poss", "prep") and
               any(d.text.lower() == "the" for d in kids(p, o.i, "det")) and
               prep.text.lower() in ("into", "in", "at", "to")
               for prep in kids(p, tok.i, "prep") for o in kids(p, prep.i, "pobj"))
    if not bare:
        return []
    for d in reversed(history or []):
        if d.trigger.sense.mode == "port call" and d.targets and \
                _sentences_apart(p, d.trigger.token, tok.i) <= 3:
            return [a for a in d.targets if a.code not in own]
    return []


def _pressers(p: ParsedText, history: list[Draft], own: set, s: Sentence,
              punished: bool = False) -> list[Actor]:
    """Who pressed ``own``'s state in this sentence or the one before, when no charge was
    told: the charge a denial answers may be only implied ("pointed to a remark by Biden and
    demanded that he explain whether Washington had made good on that pledge. The White House
    called the insinuation ridiculous"); with ``punished``, who sanctioned it too."""
    for d in reversed(history[-6:]):
        if _sentences_apart(p, d.sentence.start, s.start) > 1:
            break
        if (d.trigger.sense.type in ("REQUEST", "ACCUSE", "THREATEN") or
                punished and d.trigger.sense.type == "SANCTION") and \
                d.status in ("occurred", "planned") and own & {a.code for a in d.targets}:
            found = [a for a in d.sources if a.code and a.code not in own]
            if found:
                return found
    return []


# verbs that deny what they govern: refusing one of them refuses nothing ("refused to rule
# out sending missiles", "declined to deny the report")
NEGATING_VERBS = frozenset({"rule", "exclude", "deny", "dismiss", "reject"})


def _looked_forward(p: ParsedText, tok: Token) -> bool:
    """Whether the verb at ``tok`` is what one "looks forward to" doing."""
    if tok.dep != "pcomp" or p.tokens[tok.head].text.lower() != "to":
        return False
    gov = p.tokens[p.tokens[tok.head].head]
    return gov.lemma.lower() == "look" and any(
        c.text.lower() == "forward" for c in kids(p, gov.i, "advmod", "prt")) or \
        gov.text.lower() == "forward"


def _account_denied(history: list[Draft], own: set) -> list[Actor]:
    """Whom one state's denial of a told clause answers, when the clause names no one else
    ("Madrid denied that the two Spaniards worked for its intelligence service": its own
    people are no one it answers): the accuser of the denier told last, else whoever the
    story last told acting against it ("Russia said its warplanes dropped bombs in the path
    of a British destroyer ... Britain denied that any shots had been fired at the HMS
    Defender")."""
    return REF.accusers(history, own, against_own_only=True) or next(
        ([a for a in d.sources if a.code and a.code not in own]
         for d in reversed(history[-6:]) if d.status == "occurred" and
         {a.code for a in d.targets} & own and not {a.code for a in d.sources} & own), [])


def _penalised_before(p: ParsedText, tok: Token, own: frozenset | set,
                      history: list[Draft]) -> list[Actor]:
    """The targets of the last penalty another laid, on others than ``own``, told in the
    sentence of ``tok`` or the one before it, when ``tok`` names no one it is laid on (no
    "on", "against" or "targeting" phrase)."""
    if any(prep.text.lower() in ("on", "against", "targeting")
           for prep in kids(p, tok.i, "prep")):
        return []
    here = sentence_of(p, tok.i)
    for d in reversed(history):
        if here is None or _sentences_apart(p, d.sentence.start, here.start) > 1:
            break
        if d.trigger.sense.type == "SANCTION" and d.targets and d.status == "occurred" and \
                not {a.code for a in d.sources} & set(own) and \
                not {a.code for a in d.targets} & set(own):
            return list(d.targets)
    return []


def _sentences_apart(p: ParsedText, a: int, b: int) -> int:
    return sum(1 for s in p.sentences if a < s.start <= b)
