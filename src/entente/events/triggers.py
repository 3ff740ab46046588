"""Finding event triggers: which words of a sentence signal which PLOVER type and mode.

The senses come from ``data/triggers.yaml``; this module indexes them by head word and checks a
token against the words around it (particles, modifiers, the object's class).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..actors.people import leader_surnames
from ..codes import actors as actor_codes
from ..errors import ConfigError
from ..lexicons import frame_words, load_csv, load_yaml, split
from ..records import EVENT_TYPES, ParsedText, Token
from ..tree import ancestors, conjuncts, kid, kids, subtree
from .status import mandated

# nouns that name an act by what it is an effort at: "a mediation effort", "a rescue mission";
# or by what it holds: "a military aid package", "a new sanctions package", "an arms shipment"
EFFORTS = frozenset({"effort", "mission", "bid", "attempt", "initiative", "drive", "push",
                     "campaign", "process", "package", "packages", "shipment", "shipments"})
_POS_KIND = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}


@dataclass(frozen=True, slots=True)
class Sense:
    type: str
    mode: str | None
    kind: str                    # verb | noun | adj
    words: tuple[str, ...]       # head word first, then the words that must stand around it
    object: frozenset[str]
    not_object: frozenset[str]
    target: tuple[str, ...]
    light: bool
    order: int
    complement: frozenset[str] = frozenset()   # "said that Libya must": modal in a complement
    agent: frozenset[str] = frozenset()        # sectors the source must have ("travel": GOV)
    target_sector: frozenset[str] = frozenset()  # a target of these sectors must be found
    receives: bool = False       # the subject receives, the target gives ("buy from")
    not_modifier: frozenset[str] = frozenset()  # words that make the noun another thing
    not_agent: frozenset[str] = frozenset()    # sectors the source must not have ("a strike"
    #                                            a union calls off is no ceasefire)


@dataclass(frozen=True, slots=True)
class Trigger:
    token: int
    sense: Sense
    obj: int | None               # the object token that satisfied an object constraint

    @property
    def rule(self) -> str:
        s = self.sense
        return f"{s.type}.{s.mode or '-'}/{s.kind}:{' '.join(s.words)}"


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    index: dict[tuple[str, str], tuple[Sense, ...]]   # (kind, head word) -> senses
    light_verbs: frozenset[str]
    named: dict[str, str] = field(default_factory=dict)      # lower-case name -> kind
    prefixes: dict[str, str] = field(default_factory=dict)   # "operation" -> operation
    # nouns whose "of" phrase describes rather than reports: "symbols of ... cooperation"
    descriptive: frozenset[str] = frozenset()
    # the states or bodies that hold a named exercise: "balikatan" -> (PHL, USA)
    hosts: dict[str, tuple[str, ...]] = field(default_factory=dict)


# What a named exercise or operation is: an exercise with whoever takes part alongside; an
# operation joined alongside others (never its target: "launched Operation X against Y").
NAMED_SENSES = {
    "exercise": Sense("COOPERATE", "exercise", "noun", ("exercise",), frozenset(), frozenset(),
                      ("with", "alongside", "between", "among", "in", "off", "near", "dobj"),
                      True, -1),
    "operation": Sense("COOPERATE", None, "noun", ("operation",), frozenset(), frozenset(),
                       ("with", "alongside", "between", "among", "dobj"), True, -1),
}


@lru_cache(maxsize=1)
def load_triggers() -> TriggerLexicon:
    data = load_yaml("triggers.yaml")
    classes = {k: frozenset(w.lower() for w in v) for k, v in data.get("classes", {}).items()}

    def word_set(spec) -> frozenset[str]:
        if not spec:
            return frozenset()
        if isinstance(spec, str):
            if spec not in classes:
                raise ConfigError(f"triggers.yaml: unknown class '{spec}'; define it under "
                                  f"classes")
            return classes[spec]
        if isinstance(spec, dict):
            # {classes: [agreement], words: [...]}: classes and words together
            out = frozenset(w.lower() for w in spec.get("words", []))
            for name in spec.get("classes", []):
                out |= word_set(name)
            return out
        return frozenset(w.lower() for w in spec)

    index: dict[tuple[str, str], list[Sense]] = {}
    for n, raw in enumerate(data.get("senses", [])):
        etype = str(raw.get("type", "")).upper()
        if etype not in EVENT_TYPES:
            raise ConfigError(f"triggers.yaml: sense {n + 1} has type '{etype}', which is not a "
                              f"PLOVER type ({', '.join(EVENT_TYPES)})")
        for kind, key in (("verb", "verbs"), ("noun", "nouns"), ("adj", "adjs")):
            for phrase in raw.get(key, []) or []:
                words = tuple(str(phrase).lower().split())
                if not words:
                    continue
                head = words[-1] if kind == "noun" else words[0]
                rest = words[:-1] if kind == "noun" else words[1:]
                sense = Sense(etype, raw.get("mode"), kind, (head, *rest),
                              word_set(raw.get("object")), word_set(raw.get("not_object")),
                              tuple(raw.get("target", []) or []), bool(raw.get("light")), n,
                              word_set(raw.get("complement")),
                              frozenset(str(x).upper() for x in raw.get("agent", []) or []),
                              frozenset(str(x).upper() for x in
                                        raw.get("target_sector", []) or []),
                              bool(raw.get("receives")),
                              word_set(raw.get("not_modifier")),
                              frozenset(str(x).upper() for x in raw.get("not_agent", []) or []))
                index.setdefault((kind, head), []).append(sense)
    frozen = {k: tuple(sorted(v, key=lambda s: (-len(s.words), s.order)))
              for k, v in index.items()}
    named: dict[str, str] = {}
    hosts: dict[str, tuple[str, ...]] = {}
    for n, row in enumerate(load_csv("exercises.csv"), 2):
        name = " ".join(row.get("name", "").split()).lower()
        if not name:
            raise ConfigError(f"exercises.csv:{n}: no name; give the exercise's name, and its "
                              f"hosts as codes separated by '|'")
        named[name] = "exercise"
        hosts[name] = tuple(c.upper() for c in split(row.get("hosts")))
        unknown_hosts = [c for c in hosts[name] if c not in actor_codes()]
        if unknown_hosts:
            raise ConfigError(f"exercises.csv, {row['name']}: hosts {', '.join(unknown_hosts)} "
                              f"are no actor codes; use ISO alpha-3 codes or a body's code "
                              f"from organisations.csv")
    prefixes = {str(w).lower(): kind for kind, words in
                (data.get("named_event_prefixes") or {}).items() for w in words}
    unknown = set(prefixes.values()) - set(NAMED_SENSES)
    if unknown:
        raise ConfigError(f"triggers.yaml: named_event_prefixes has kinds {sorted(unknown)}; "
                          f"use {' or '.join(sorted(NAMED_SENSES))}")
    return TriggerLexicon(frozen, frozenset(data.get("light_verbs", [])), named, prefixes,
                          frozenset(str(w).lower() for w in
                                    data.get("descriptive_heads", []) or []), hosts)


# Words for an exercise that may end its name: "the Balikatan drills", "Cobra Gold exercises"
EXERCISE_WORDS = frozenset({"exercise", "exercises", "drill", "drills", "maneuvers",
                            "manoeuvres", "wargames", "games"})


def named_event(p: ParsedText, tok: Token, lex: TriggerLexicon) -> Sense | None:
    """The sense of an exercise or operation named at ``tok`` (the name's last word):
    "Talisman Sabre 2023", "Exercise Pitch Black", "Operation Atalanta"."""
    name = event_name(p, tok, lex)
    if name is None:
        return None
    return NAMED_SENSES.get(lex.named.get(name) or lex.prefixes.get(name.split()[0], ""))


def exercise_hosts(p: ParsedText, tok: Token, lex: TriggerLexicon) -> tuple[str, ...]:
    """The codes of the states or bodies that hold the exercise named at ``tok`` ("the
    Balikatan drills": PHL, USA), from exercises.csv; () for another word."""
    name = event_name(p, tok, lex)
    return lex.hosts.get(name, ()) if name else ()


def event_name(p: ParsedText, tok: Token, lex: TriggerLexicon) -> str | None:
    """The lower-case name of the exercise or operation named at ``tok`` (the name's last
    word), as listed or with a prefix of ``named_event_prefixes``; None for another word."""
    if tok.pos == "VERB" and tok.text.lower() in EXERCISE_WORDS and \
            tok.dep in ("pobj", "dobj", "nsubj", "nsubjpass"):
        pass                    # "part in the Balikatan drills", "drills" parsed as a verb
    elif tok.pos not in ("PROPN", "NOUN", "NUM") or tok.dep == "compound" or \
            tok.dep in ("nmod", "nummod") and tok.head > tok.i and \
            p.tokens[tok.head].pos in ("PROPN", "NOUN"):
        return None             # a word inside the name ("2021" in "the Zapad 2021 drills")
    lo = tok.i
    # the name's words before it: capitalised compounds hanging inside the name
    while lo > 0 and p.tokens[lo - 1].pos in ("PROPN", "NOUN", "NUM") and \
            p.tokens[lo - 1].dep in ("compound", "nmod", "nummod") and \
            lo - 2 <= p.tokens[lo - 1].head <= tok.i:
        lo -= 1
    words = [t.text for t in p.tokens[lo:tok.i + 1]]
    if len(words) >= 2 and words[-1].lower() in EXERCISE_WORDS:
        words.pop()             # "the Balikatan drills", "the Zapad 2021 drills"
    while words and (words[-1].isdigit() or words[-1].startswith("'")):
        words.pop()             # "BALTOPS 24", "Talisman Sabre 2023"
    if not words or not words[0][:1].isupper():
        return None
    name = " ".join(words).lower()
    if name in lex.named or len(words) >= 2 and words[0].lower() in lex.prefixes:
        return name
    return None


def find_triggers(p: ParsedText, start: int, end: int, lex: TriggerLexicon) -> list[Trigger]:
    """Every token in tokens[start:end] that fits a sense, with the first sense that fits."""
    return [senses[0] for senses in find_senses(p, start, end, lex)]


def find_senses(p: ParsedText, start: int, end: int, lex: TriggerLexicon
                ) -> list[list[Trigger]]:
    """Every token in tokens[start:end] that fits a sense, with each sense that fits, in the
    order they are tried: when the first does not fit its agent ("the first Dutch troops
    arrived" is no visit), the caller tries the next."""
    out: list[list[Trigger]] = []
    for tok in p.tokens[start:end]:
        named = named_event(p, tok, lex)
        if named is not None:
            out.append([Trigger(tok.i, named, None)])
            continue
        kind = _POS_KIND.get(tok.pos)
        if kind == "verb" and tok.tag == "VBN" and ("adj", tok.text.lower()) in lex.index and \
                (kids(p, tok.i, "auxpass") or tok.dep == "acomp"):
            kind = "adj"    # "was deeply concerned by", parsed as a passive: the adjective
        if kind == "noun" and tok.tag == "NNS" and kids(p, tok.i, "nsubj") and \
                kids(p, tok.i, "dobj"):
            kind = "verb"   # 'the government "reserves the right"', a verb the quote mark
            # made the tagger take for a plural noun: it has a subject and an object
        if kind is None or (tok.ent >= 0 and p.entities[tok.ent].label not in ("NORP",)):
            continue    # "World War II", "the Belt and Road Initiative" are names, not events
        if kind == "noun" and _perceived_danger(p, tok):
            continue    # "hyping up the China threat": a danger some see, no threat made
        if kind == "noun" and tok.dep == "compound" and \
                p.tokens[tok.head].lemma.lower() not in EFFORTS:
            continue    # "a strike group", "attack helicopters": a modifier, not an event
            # (but "a mediation effort", "a rescue mission" are the act)
        # a fixed order (never a set): which word names the rule must not depend on the
        # process's hash seed, or two runs over the same text would store different rows
        forms = dict.fromkeys((tok.text.lower(),) if kind == "adj" and tok.pos == "VERB" else
                              (tok.lemma.lower(), tok.text.lower()))
        senses: tuple[Sense, ...] = ()
        for form in forms:
            senses += lex.index.get((kind, form), ())
        if not senses:
            continue
        fits: list[Trigger] = []
        # longer phrases first, then senses that constrain their object ("struck a deal" is
        # no strike), then the lexicon's order
        for sense in sorted(senses, key=lambda s: (-len(s.words), not s.object, s.order)):
            if not _context_fits(p, tok, sense) or _modified_away(p, tok, sense):
                continue
            if sense.complement and not _modal_complement(p, tok, sense.complement):
                continue
            ok, obj = object_fits(p, tok, sense)
            if ok:
                if not fits:
                    out.append(fits)
                fits.append(Trigger(tok.i, sense, obj))
        if len(fits) > 1 and kind == "verb":
            # "took aim at Pakistan over the attack": a verb whose object is a word of one
            # phrase ("take aim") is not another phrase as well ("take ... over")
            # (but a particle makes its own phrase: "put off the tariffs" is no "put tariffs")
            held = {w for o in kids(p, tok.i, "dobj") for w in (o.text.lower(), o.lemma.lower())}
            particles = {c.text.lower() for c in kids(p, tok.i, "prt")}
            if any(held & set(f.sense.words[1:]) for f in fits):
                fits[:] = [f for f in fits if len(f.sense.words) == 1 or
                           held & set(f.sense.words[1:]) or
                           set(f.sense.words[1:]) <= particles]
    # "war games": a word inside a longer noun trigger does not trigger on its own
    owned = {i for ts in out for t in ts[:1] if t.sense.kind == "noun" and len(t.sense.words) > 1
             for i in range(t.token - len(t.sense.words) + 1, t.token)}
    return [ts for ts in out if ts[0].token not in owned]


_SEMI_MODALS = frame_words("semi_modals")     # "needs to", "has to"
_DUES = frame_words("dues")                   # "owed Mexico an apology"
_ANSWERS = frame_words("answers_to_come")     # "a worthy response"
_DANGERS = frame_words("perceived_dangers")


def _perceived_danger(p: ParsedText, tok: Token) -> bool:
    """Whether a threat noun names a state only by a modifier and tells nothing of what is
    threatened or how ("the China threat", "the Russian threat"): a danger perceived, the
    topic of what is said, not a threat made (as "Russia's threat to cut gas" or "the
    Russian threat to the Baltics" are)."""
    if tok.lemma.lower() not in _DANGERS or kid(p, tok.i, "poss") is not None or \
            kids(p, tok.i, "prep", "acl", "relcl"):
        return False
    return any(c.i < tok.i and c.ent >= 0 and p.entities[c.ent].label in ("GPE", "NORP")
               for c in kids(p, tok.i, "compound", "amod"))


def _modal_complement(p: ParsedText, tok: Token, modals: frozenset[str]) -> bool:
    """A complement clause of ``tok`` carries one of ``modals`` ("... that Iraq must"); a
    modal of several words is all of them among the clause's auxiliaries ("should have")."""
    for c in kids(p, tok.i, "ccomp", "acl", "relcl", "advcl", "xcomp"):
        aux = {a.text.lower() for a in kids(p, c.i, "aux")}
        if any(set(m.split()) <= aux for m in modals):
            return True
        if "must" in modals and mandated(p, c):
            # "insisted that Ukraine withdraw from four regions": a bare verb after a verb of
            # insisting (the mandative subjunctive) is what must be done
            return True
        if "must" in modals and c.lemma.lower() in _SEMI_MODALS and c.dep == "ccomp" and \
                c.tag in ("VBZ", "VBP") and not any(
                    x.text.lower() in ("it", "we", "i") for x in kids(p, c.i, "nsubj")) and \
                any(a.text.lower() == "to" for x in kids(p, c.i, "xcomp")
                    for a in kids(p, x.i, "aux")):
            # "says Washington needs to act", "has to stop": must (not "would have to pay a
            # heavy price", a forecast; nor one's own need: "a rearmament drive that Warsaw
            # says it needs to deter Russia")
            return True
        if "must" in modals and c.lemma.lower() == "owe" and c.dep == "ccomp" and \
                any(o.lemma.lower() in _DUES and not kids(p, o.i, "neg") and
                    not any(d.text.lower() in ("no", "nothing") for d in kids(p, o.i, "det"))
                    for o in kids(p, c.i, "dobj")):
            # "said Washington owed Mexico an apology": what one is owed is asked of the
            # debtor (not "owed the United States no apology")
            return True
    if "to" in modals:
        # "called on both sides to fully respect": the parser read "to" as a preposition
        # with the verb as its object
        for prep in kids(p, tok.i, "prep"):
            obj = kid(p, prep.i, "pobj") if prep.text.lower() == "to" else None
            if obj is not None and obj.pos == "VERB":
                return True
        # "called on Russian peacekeepers deployed in the region under a 2020 truce to stop
        # the offensive": the parser hung the infinitive in the participle's phrase that
        # describes the ones called on
        for prep in kids(p, tok.i, "prep"):
            obj = kid(p, prep.i, "pobj") if prep.text.lower() in ("on", "upon") else None
            if obj is None or not any(a.tag == "VBN" for a in kids(p, obj.i, "acl")):
                continue
            for c in p.tokens[obj.i + 1:subtree(p, tok.i)[1]]:
                if c.tag != "VB" or c.pos != "VERB" or \
                        not any(a.text.lower() == "to" for a in kids(p, c.i, "aux")):
                    continue
                for a in ancestors(p, c.i):
                    if a.i == tok.i:
                        return True
                    if a.pos in ("VERB", "AUX") and kids(p, a.i, "nsubj", "nsubjpass"):
                        break   # (another's clause: "... where Serbs live to ...")
    return False


_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "parataxis"})


def _near_words(p: ParsedText, tok: Token) -> set[str]:
    """Lower-case words of the children and grandchildren of ``tok``.

    A preposition whose object is a date ("signed on December 14") is not a particle.
    """
    out = set()
    described = [o.i for o in kids(p, tok.i, "oprd")]
    for c in kids(p, tok.i):
        if c.dep == "prep" and described and described[0] < c.i:
            continue    # "called the raid an assault on its sovereignty": no "call on"
        if c.dep in ("nsubj", "nsubjpass") and c.i < tok.i:
            continue    # "with French forces joining": the subject is no part of "join forces"
        if c.dep == "conj" and c.pos in ("VERB", "AUX"):
            continue    # "had taken note of it and that its position was not aimed at": a
            #             verb joined to it is another act, no part of "take aim"
        objs = kids(p, c.i, "pobj")
        if c.dep == "prep" and objs and objs[0].ent >= 0 and \
                p.entities[objs[0].ent].label in ("DATE", "TIME"):
            words = [g for g in kids(p, objs[0].i, "compound") if g.ent < 0]
            if not words:
                continue
            # "speaking by phone Sunday": the date swallowed the preposition's own noun
            out.update([c.text.lower()] + [g.text.lower() for g in words])
            continue
        out.add(c.text.lower())
        out.add(c.lemma.lower())
        if c.dep in _CLAUSES:
            # "Speaking at the UN, X called on India": the "at" is another verb's; but "pushed
            # for the US to support": the clause's own "for" is the verb's
            out.update(g.text.lower() for g in kids(p, c.i, "mark"))
            continue
        for g in kids(p, c.i):
            if c.dep == "oprd" and g.dep == "prep":
                continue    # "in what it called a support front for Gaza": no "call for"
            if c.dep == "dobj" and g.dep == "prep" and described:
                continue    # "called Ecuador's raid on its embassy a violation": no "call on"
            out.add(g.text.lower())
        if c.dep == "dobj":
            # "fired tear gas, rubber bullets and stun grenades at protesters", "fired 122
            # missiles and dozens of drones at Ukrainian cities": the preposition the parser
            # hung on the object's last conjunct, or on what a number of it counts
            out.update(g.text.lower() for g in object_preps(p, c.i))
    nxt = p.tokens[tok.i + 1] if tok.i + 1 < len(p.tokens) else None
    if nxt is not None and nxt.pos == "ADP" and nxt.dep in ("quantmod", "advmod"):
        # "handed over 20 soldiers": the particle parsed as part of the number
        out.add(nxt.text.lower())
    return out


def _modified_away(p: ParsedText, tok: Token, sense: Sense) -> bool:
    """A noun trigger whose modifier makes it another thing: "a trade war", "a charm
    offensive", "a hunger strike" are no assault, "the leaders' retreat" no withdrawal; a verb
    of moving "ahead with" something goes on with it, moving nothing ("was expected to move
    ahead with the sale of F-16 fighter jets to Turkey")."""
    if sense.kind == "verb" and sense.type == "MOBILIZE":
        return any(c.text.lower() in GOING_AHEAD for c in kids(p, tok.i, "advmod", "prt")) \
            and any(c.text.lower() == "with" for c in kids(p, tok.i, "prep"))
    if sense.kind == "noun" and sense.mode == "accession" and tok.tag == "NNS" and \
            (kids(p, tok.i, "nummod") or any(c.lemma.lower() in QUANTIFIERS
                                             for c in kids(p, tok.i, "amod", "det"))):
        return True     # "will send 10,000 members of its National Guard", "ordered several
        #                 members of the embassy staff to leave": people counted, no membership
    return sense.kind == "noun" and bool(sense.not_modifier) and any(
        c.i < tok.i and c.lemma.lower() in sense.not_modifier
        for c in kids(p, tok.i, "compound", "amod", "nmod", "poss"))


# "moved ahead with the sale", "pushed forward with plans": going on with an undertaking
GOING_AHEAD = frame_words("going_ahead")
# words that count people without a number ("several members of the embassy staff")
QUANTIFIERS = frame_words("quantifiers")


def _context_fits(p: ParsedText, tok: Token, sense: Sense) -> bool:
    rest = sense.words[1:]
    if not rest:
        return True
    if sense.kind == "noun":
        mods = [c.text.lower() for c in kids(p, tok.i, "compound", "amod", "nmod", "npadvmod")
                if c.i < tok.i]
        # "port call": the modifier words stand right before the head, in order
        prev = [t.text.lower() for t in p.tokens[max(0, tok.i - len(rest)):tok.i]]
        return list(rest) == prev or all(w in mods for w in rest)
    near = _near_words(p, tok)
    if "in" in rest and "in" in near and not (sense.mode == "port call" and
                                               sense.words[0] in ("call", "stop")) and not any(
            c.text.lower() == "in" and (c.dep == "prt" or not kids(p, c.i, "pobj") or
                                        c.i == tok.i + 1 and _unplaced(p, c))
            for c in kids(p, tok.i)):
        return False    # "sent aid to flood victims in Pakistan": a place, not "send in"
        #                 (a ship that calls or stops in a port calls at that place)
    return all(w in near for w in rest)


def _unplaced(p: ParsedText, prep: Token) -> bool:
    """Whether the objects of an "in" right after its verb name no place ("called in the
    Russian ambassador": a particle parsed as a preposition, not "sent aid in Pakistan")."""
    objs = kids(p, prep.i, "pobj")
    return bool(objs) and all(o.ent < 0 and o.pos == "NOUN" for o in objs)


_NOT_PARTICLES = frame_words("not_particles")


def object_preps(p: ParsedText, obj: int) -> list[Token]:
    """Prepositions the parser hung inside a verb's object that are the verb's: on the
    object's later conjuncts ("fired tear gas and stun grenades at protesters"), or on what a
    number of it counts ("dozens of drones at Ukrainian cities")."""
    out = []
    for n, j in enumerate(conjuncts(p, obj)):
        if n:
            out.extend(g for g in kids(p, j, "prep") if g.text.lower() != "of")
        for of in kids(p, j, "prep"):
            if of.text.lower() == "of" and p.tokens[j].lemma.lower() in COUNTS:
                out.extend(g for o in kids(p, of.i, "pobj") for g in kids(p, o.i, "prep"))
    return out


# nouns that count what their "of" phrase names ("dozens of drones")
COUNTS = frame_words("counts")


def preps(p: ParsedText, i: int) -> list[Token]:
    """Prepositions under ``i``, looking through a particle parsed as one ("pulling out of")."""
    out = []
    for c in kids(p, i, "prep", "prt", "dative"):
        if c.dep == "dative" and c.pos != "ADP":
            continue        # "gave Kyiv tanks": a bare dative is no preposition
        if c.dep in ("prep", "dative") and (kids(p, c.i, "pobj") or
                                            what_is_left_of(p, c.i) is not None):
            out.append(c)   # "sent weapons to France" with "to" parsed as a dative
            # "tariffs on German vehicles and on European farm goods": the second too
            out.extend(g for g in kids(p, c.i, "conj")
                       if g.pos == "ADP" and g.text.lower() == c.text.lower() and
                       kids(p, g.i, "pobj"))
        elif c.text.lower() not in _NOT_PARTICLES:
            # (not "according to U.S. officials", "due to the storm": who says, or why)
            out.extend(g for g in kids(p, c.i, "prep"))
    for c in kids(p, i, "advmod"):
        if c.text.lower() in _PARTICLE_ADVERBS | _NEARER:
            # "would stay away from a meeting", the particle parsed as an adverb ("moved
            # closer to the border")
            out.extend(g for g in kids(p, c.i, "prep") if kids(p, g.i, "pobj"))
    for o in kids(p, i, "dobj"):
        # "was moving an aircraft carrier group closer to Israel", the comparative hung on
        # what is moved: where it is moved toward
        out.extend(g for c in kids(p, o.i, "amod", "advmod") if c.text.lower() in _NEARER
                   for g in kids(p, c.i, "prep") if kids(p, g.i, "pobj"))
    return out


_NEARER = frozenset({"closer", "nearer"})


def what_is_left_of(p: ParsedText, prep: int) -> Token | None:
    """The noun of a free relative a preposition takes instead of a noun: "strikes on what
    was left of the Syrian navy" -> navy; or the noun phrase right after a preposition the
    parser left with no object, having made the phrase another verb's subject ("spoke by
    telephone with Iraqi Prime Minister Adel Abdul Mahdi, whose government had denied ...,
    and the Iraqi leader's office said"); else None."""
    if not kids(p, prep) and prep + 1 < len(p.tokens) and \
            p.tokens[prep + 1].text.lower() in ("and", "or"):
        # "halted all exports to and imports from Israel": a preposition left with no object
        # before a conjunction shares the object of the phrase that follows
        for j in range(prep + 2, min(prep + 6, len(p.tokens))):
            if p.tokens[j].pos == "ADP" and kid(p, j, "pobj") is not None:
                return kid(p, j, "pobj")
    if not kids(p, prep) and prep + 1 < len(p.tokens):
        head = p.tokens[prep + 1]
        while head.head != head.i and subtree(p, head.head)[0] == prep + 1:
            head = p.tokens[head.head]
        if head.i > prep and subtree(p, head.i)[0] == prep + 1 and \
                head.pos in ("NOUN", "PROPN") and head.dep in ("nsubj", "nsubjpass"):
            return head
    for c in kids(p, prep, "pcomp"):
        if any(w.text.lower() == "what" for w in kids(p, c.i, "nsubj", "nsubjpass")):
            for inner in kids(p, c.i, "prep"):
                if inner.text.lower() == "of":
                    return kid(p, inner.i, "pobj")
        if c.lemma.lower() in DESCRIBING_AS and any(
                w.text.lower() == "what" and w.i < c.i for w in kids(p, c.i, "dobj",
                                                                     "nsubjpass")):
            # "respond to what it called Israeli aggression": the act so named
            named = kid(p, c.i, "oprd") or kid(p, c.i, "attr") or next(
                (o for pr in kids(p, c.i, "prep") if pr.text.lower() == "as"
                 for o in kids(p, pr.i, "pobj")), None)
            if named is not None:
                return named
        if c.tag == "VBG":
            # "dropped its objection to Sweden joining NATO": the one the gerund says acts
            doer = kid(p, c.i, "nsubj")
            if doer is not None and doer.pos in ("PROPN", "NOUN") and doer.i < c.i:
                return doer
    return what_it_said_was(p, prep)


def what_it_said_was(p: ParsedText, prep: int) -> Token | None:
    """The noun of a told copula a preposition takes instead of a noun: "strikes on what it
    said were militant hideouts inside Iran" -> hideouts; else None."""
    for c in kids(p, prep, "pcomp"):
        if c.lemma.lower() not in _HEARSAY:
            continue
        for cop in kids(p, c.i, "ccomp"):
            if cop.lemma.lower() == "be" and any(
                    w.text.lower() == "what" for w in kids(p, cop.i, "nsubj")):
                named = kid(p, cop.i, "attr")
                if named is not None:
                    return named
    return None


# particles the parser may hang as adverbs, with the verb's phrase under them ("bringing its
# diplomats home from Venezuela")
_PARTICLE_ADVERBS = frozenset({"away", "back", "out", "off", "down", "up", "home"})


# verbs of answering another's act, whose "to" phrase names the act answered
_ANSWERING = frame_words("answering")
# what an act leaves people in ("left two officers dead"): frames.yaml
_LEFT_STATES = frame_words("left_states")


# relative pronouns that can stand as a clause's object
RELATIVE_OBJECTS = frozenset({"which", "that", "whom", "who"})


def relative_object(p: ParsedText, verb: int, obj: Token) -> Token:
    """"the migrants whom the United States deported", "the drones, which Iran sold to
    Russia": a relative pronoun before its verb stands for the noun its clause hangs on."""
    t = p.tokens[verb]
    if obj.text.lower() in RELATIVE_OBJECTS and t.dep == "relcl" and obj.i < verb and \
            t.head < obj.i:
        return p.tokens[t.head]
    return obj


DESCRIBING_AS = frame_words("describing") | frame_words("naming")
# what a teller says or believes something is ("what it said were militant hideouts")
_HEARSAY = frame_words("hearsay_verbs")


def free_relative(p: ParsedText, verb: int) -> Token | None:
    """The noun a free relative object names: "praised what she described as the measured
    response of Seoul" (parsed with "what" the object of "described", a clause under
    "praised"); None when the verb has no such clause."""
    for clause in kids(p, verb, "ccomp", "xcomp"):
        if clause.lemma.lower() not in DESCRIBING_AS or clause.i < verb or not any(
                w.text.lower() == "what" and w.i < clause.i
                for w in kids(p, clause.i, "dobj", "nsubjpass")):
            continue
        named = kid(p, clause.i, "oprd") or kid(p, clause.i, "attr")
        if named is None:
            named = next((o for prep in kids(p, clause.i, "prep")
                          if prep.text.lower() == "as" for o in kids(p, prep.i, "pobj")), None)
        if named is not None:
            return named
    return None


def amod_verb_object(p: ParsedText, tok: Token) -> Token | None:
    """The noun a verb the parser made a modifier modifies, when the verb has a subject of its
    own before it ("the Saudis hosted Arab, Turkish and European ministers", "hosted" hung on
    "Arab"): a finite verb misparsed, whose object that noun is; None otherwise."""
    if tok.dep != "amod" or tok.pos != "VERB" or tok.head < tok.i or not any(
            s.i < tok.i for s in kids(p, tok.i, "nsubj")):
        return None
    noun = p.tokens[tok.head]
    while noun.pos == "ADJ" and noun.dep == "amod" and noun.head > noun.i:
        noun = p.tokens[noun.head]
    return noun if noun.pos in ("NOUN", "PROPN") else None


def object_tokens(p: ParsedText, tok: Token) -> list[Token]:
    """What a trigger acts on: direct object, passive subject, prepositional objects."""
    out = []
    for dep in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
        out.extend(relative_object(p, tok.i, o) for o in kids(p, tok.i, dep))
    modified = amod_verb_object(p, tok)
    if modified is not None:
        # "the Saudis hosted Arab, Turkish and European ministers", parsed with "hosted" a
        # modifier of "ministers" with a subject of its own: the noun is its object
        out.append(modified)
    if tok.head < tok.i and tok.dep == "acl" and tok.tag == "VBN" and \
            not kids(p, tok.i, "dobj"):
        # "the drones launched by Russia": the noun a passive participle hangs on is what it
        # acts on
        out.append(p.tokens[tok.head])
    if tok.head < tok.i and tok.dep == "relcl" and not kids(p, tok.i, "dobj") and \
            tok.lemma.lower() in ("launch", "fire") and kid(p, tok.i, "nsubj") is not None and \
            kid(p, tok.i, "nsubj").text.lower() not in RELATIVE_OBJECTS:
        # "the drones and missiles Iran launched overnight": a relative clause of firing with
        # a subject of its own and no object fires the noun it hangs on (read for every verb,
        # it cost fp +2 on the test totals)
        out.append(p.tokens[tok.head])
    answers = tok.lemma.lower() in _ANSWERING
    acted_on = bool(out)
    for prep in preps(p, tok.i):
        if answers and prep.text.lower() == "to":
            continue    # "would respond to any tariffs": what is answered, not the answer
        if acted_on and prep.text.lower() == "through" and any(
                o.lemma.lower() in MEANS or o.text.lower() in MEANS
                for o in kids(p, prep.i, "pobj")):
            continue    # "the war could be ended only through dialogue": the means, when
            #             the verb has its object (not "sail a warship through the strait")
        if prep.text.lower() in ("of", "with", "on", "to", "from", "through", "into", "onto",
                                 "for", "as", "under"):
            out.extend(kids(p, prep.i, "pobj"))
        elif prep.text.lower() in ("in", "out") and prep.i == tok.i + 1:
            # "has flown in rescuers and medics": a particle parsed as a preposition, its
            # object what is moved (not a place: "arrived in Kyiv")
            out.extend(o for o in kids(p, prep.i, "pobj") if o.ent < 0)
    out.extend(c for c in kids(p, tok.i, "compound") if c.i < tok.i)
    out.extend(kids(p, tok.i, "acomp", "ccomp"))      # "called the move illegal"
    for c in kids(p, tok.i, "ccomp"):
        # "would deliver what he called a worthy response": a free relative's name for an
        # answer to come is the object (frames.yaml answers_to_come; not "refused to apply
        # what they called illegal sanctions", which are refused, not applied)
        if any(o.text.lower() == "what" and o.i < c.i for o in kids(p, c.i, "dobj")):
            out.extend(o for o in kids(p, c.i, "oprd") if o.lemma.lower() in _ANSWERS)
    if tok.pos == "NOUN" and tok.dep == "dobj" and p.tokens[tok.head].pos == "VERB":
        # "made the first incursion by China's armed forces into Japan's airspace", the
        # "into" hung on the verb the noun is the object of: where the act went
        out.extend(o for prep in kids(p, tok.head, "prep") if prep.i > tok.i and
                   prep.text.lower() in ("into", "onto") for o in kids(p, prep.i, "pobj"))
    return out


# words for a part of a whole, whose "of" phrase names the whole: frames.yaml portions
_PORTIONS = frame_words("portions")


_NOTHING = frozenset({"nothing", "little", "anything"})


def _but_words(p: ParsedText, tok: Token) -> set[str]:
    """"nothing but a provocation", "little more than theft": the words of what "nothing"
    is said to be, wherever the parser hung the "but" or "than"."""
    if tok.lemma.lower() not in _NOTHING:
        return set()
    for j in range(tok.i + 1, min(len(p.tokens), tok.i + 4)):
        if p.tokens[j].text.lower() in ("but", "than"):
            return {w for g in kids(p, j) if g.pos in ("NOUN", "ADJ")
                    for w in (g.text.lower(), g.lemma.lower())}
    return set()


def _named_with_modifiers(p: ParsedText, tok: Token) -> set[str]:
    """A noun named with each ending of the modifiers before it: "air defense identification
    zone", "territorial waters", "national guard"."""
    lo = tok.i
    while lo > 0 and p.tokens[lo - 1].dep in ("compound", "amod") and \
            lo <= p.tokens[lo - 1].head <= tok.i:
        lo -= 1
    left = [t.text.lower() for t in p.tokens[lo:tok.i]]
    return {" ".join(left[n:] + [last]) for n in range(len(left))
            for last in (tok.text.lower(), tok.lemma.lower())}


def _object_words(p: ParsedText, obj: Token) -> set[str]:
    words = {obj.text.lower(), obj.lemma.lower()}
    if obj.i + 2 < len(p.tokens) and p.tokens[obj.i + 1].text == "-" and \
            p.tokens[obj.i + 1].idx == obj.end and p.tokens[obj.i + 2].idx == obj.end + 1:
        # 'would take "counter-measures"', split by the tokenizer into three objects: the
        # hyphened word whole
        after = p.tokens[obj.i + 2]
        words.update({f"{obj.text.lower()}-{after.text.lower()}",
                      f"{obj.text.lower()}-{after.lemma.lower()}"})
    # "denounced the filling as a breach of the accord": what an "as" phrase calls the object
    # describes it; the accord it names is not what the verb acts on
    describes = obj.dep == "pobj" and p.tokens[obj.head].text.lower() == "as" and \
        any(d.dep == "dobj" for d in kids(p, p.tokens[obj.head].head))
    # the object named with its modifiers: "air defense identification zone", "territorial
    # waters", "buffer zone" (each ending of the phrase)
    words.update(_named_with_modifiers(p, obj))
    for c in kids(p, obj.i):
        if c.dep in ("compound", "amod", "nmod", "conj"):
            words.add(c.text.lower())
            words.add(c.lemma.lower())
        if c.dep == "amod" and c.i < obj.i - 1 and all(
                p.tokens[j].pos == "PUNCT" for j in range(c.i + 1, obj.i)):
            # ('a "painful" response': a quoted modifier with its head)
            words.update({f"{c.text.lower()} {obj.text.lower()}",
                          f"{c.text.lower()} {obj.lemma.lower()}"})
        if c.dep in ("compound", "amod", "nmod") and c.i < obj.i:
            # "search and rescue teams": each coordinated modifier with the head
            for g in kids(p, c.i, "conj"):
                words.update({f"{g.text.lower()} {obj.text.lower()}",
                              f"{g.text.lower()} {obj.lemma.lower()}"})
        if c.dep == "conj":
            # "sent helicopters and rescue crews": a conjunct named with its modifiers too
            mods = [m.text.lower() for m in kids(p, c.i, "compound") if m.i < c.i]
            if mods:
                words.add(" ".join(mods + [c.text.lower()]))
        if c.dep == "prep" and c.text.lower() == "of" and not describes:
            for g in kids(p, c.i, "pobj"):
                words.add(g.text.lower())
                words.add(g.lemma.lower())
                # ("a letter of intent": the whole name)
                words.add(f"{obj.text.lower()} of {g.text.lower()}")
                # "part of a military aid program": the program's own modifiers count
                words.update(x.lemma.lower() for x in kids(p, g.i, "compound", "amod"))
                # ("10,000 members of its National Guard": and the name they make with it)
                words.update(_named_with_modifiers(p, g))
        if c.dep == "prep" and c.text.lower() == "as" and obj.dep == "dobj":
            # "described the American move as nothing but a provocation", the "as" hung on
            # the object: what it is called
            for g in kids(p, c.i, "pobj"):
                words.update({g.text.lower(), g.lemma.lower()} | _but_words(p, g))
        if c.dep in ("dobj", "oprd") and obj.dep == "dobj" and c.i > obj.i:
            # "branded North Korea's launch a grave provocation", the second object parsed
            # as the first one's: what the object is called
            words.update({c.text.lower(), c.lemma.lower()})
            words.update(g.lemma.lower() for g in kids(p, c.i, "amod", "compound"))
        if c.dep == "prep" and c.text.lower() == "with":
            # "targeted Russia's energy sector with sanctions", the phrase hung on the object
            words.update(g.lemma.lower() for g in kids(p, c.i, "pobj"))
        if c.dep == "prep" and c.text.lower() == "in" and (obj.tag == "CD" or obj.ent >= 0 and
                                                           p.entities[obj.ent].label == "MONEY"):
            # "announced $300 million in weapons for Ukraine": a sum in what it buys
            for g in kids(p, c.i, "pobj"):
                words.update({g.text.lower(), g.lemma.lower()})
                words.update(x.lemma.lower() for x in kids(p, g.i, "compound", "amod"))
    words.update(_but_words(p, obj))
    if obj.dep == "dobj":
        # "left a police officer and three gunmen dead": the state the object is left in
        # (frames.yaml left_states) is no place left
        verb = p.tokens[obj.head]
        if any(c.i > obj.i and c.text.lower() in _LEFT_STATES
               for c in kids(p, verb.i, "oprd", "ccomp", "conj", "xcomp", "acomp")):
            words.add("left in a state")
    if obj.lemma.lower() == "own" and obj.dep == "dobj":
        # "expelled Russia's ambassador and withdrew its own": the noun the first
        # conjunct's object names
        verb = p.tokens[obj.head]
        first = p.tokens[verb.head] if verb.dep == "conj" else None
        for o in kids(p, first.i, "dobj") if first is not None else []:
            words.update({o.text.lower(), o.lemma.lower()})
    if obj.ent >= 0 and p.entities[obj.ent].label in ("PRODUCT", "VESSEL"):
        words.update({"weapons", "troops"})
    if obj.ent >= 0 and p.entities[obj.ent].label == "PERSON" or \
            obj.ent >= 0 and p.entities[obj.ent].end - p.entities[obj.ent].start == 1 and \
            obj.text.lower() in leader_surnames():
        # ("Macron received Zelenskiy", the small model tagging the lone surname an ORG: a
        # surname of leaders.csv is a person's)
        words.add("person")
    if obj.ent >= 0 and p.entities[obj.ent].label in ("GPE", "LOC"):
        words.add("named place")    # "crossed into Ukraine": a state or a region by its name
    if obj.ent >= 0 and p.entities[obj.ent].label == "NORP" and obj.tag in ("NNPS", "NNS"):
        # "freed 10 Americans", "detained two Indians": people named by their nationality
        words.add("nationals")
    key = p.entities[obj.ent].key if obj.ent >= 0 else None
    if key and key.startswith("org:"):
        # "the Economic Community of West African States" is "ecowas", an international body
        code = key.split(":")[1]
        words.add(code.lower())
        entry = actor_codes().get(code.upper())
        if entry is not None and entry.kind == "organisation":
            words.add("organization")   # (not an armed group filed under its state's code)
    # "would take measures in response", the "in" hung on the object or on its verb: what
    # the object is taken as
    for prep in kids(p, obj.i, "prep") + (kids(p, obj.head, "prep") if obj.dep == "dobj" else []):
        if prep.text.lower() == "in":
            words.update(f"{obj.lemma.lower()} in {g.lemma.lower()}"
                         for g in kids(p, prep.i, "pobj"))
    return words


_SITES = frame_words("struck_sites")
# the means of settling ("ended only through dialogue"): no object of the verb
MEANS = frame_words("settling_means")
# verbs of protest that take no object: with one they show or gather ("demonstrated its
# commitment", "rallied support")
UNOBJECTED_PROTESTS = frame_words("unobjected_protests")


def object_fits(p: ParsedText, tok: Token, sense: Sense) -> tuple[bool, int | None]:
    if sense.type == "PROTEST" and sense.kind == "verb" and \
            tok.lemma.lower() in UNOBJECTED_PROTESTS and kid(p, tok.i, "dobj") is not None:
        return False, None  # "it demonstrated Serbia's commitment", "rallied support": shown
        #                     or gathered, no protest (one protests with no object)
    if not sense.object and not sense.not_object:
        return True, None
    objs = object_tokens(p, tok)
    if sense.target == ("as_owner",):
        # a sense aimed at the doer an "as" phrase names finds its object there: "described
        # the blast as a Russian strike", not "described the strikes as limited"
        objs = [o for o in objs if o.dep == "pobj" and p.tokens[o.head].text.lower() == "as"]
    if sense.not_object and any(
            ({o.text.lower(), o.lemma.lower()} if o.lemma.lower() in _SITES else
             _object_words(p, o)) & sense.not_object for o in objs):
        # (a place is named by its head word: "hit an office building", "struck power
        # plants" are no "office" or "power" struck)
        return False, None
    if sense.object:
        for o in objs:
            if sense.type == "ASSAULT" and o.dep == "pobj" and \
                    p.tokens[o.head].text.lower() in sense.target:
                continue    # "pilots training on F-16s": the craft trained on is no weapon
                #             aimed ("trained their guns on the boat")
            if _object_words(p, o) & sense.object:
                if o.lemma.lower() in _PORTIONS:
                    # "suspended part of a 2018 military agreement with North Korea": the
                    # whole the part is of is what is acted on, and names the parties
                    o = next((g for pr in kids(p, o.i, "prep") if pr.text.lower() == "of"
                              for g in kids(p, pr.i, "pobj")), o)
                return True, o.i
        return False, None
    return True, None
