"""Resolution: a noun phrase in a parsed article -> the actors it names.

Within one article it also keeps the discourse state that rule-based coreference needs: the
people met so far (so "Meloni" and "he" find "Prime Minister Giorgia Meloni"), the last vessel
named (so "the carrier" finds the Cavour's navy) and the last state actor in subject position
(so "it" finds "Meloni's government").
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..codes import actors as actor_codes, group_members, groups, regions as codes_regions
from ..records import Actor, Entity, ParsedText, Token
from ..tree import (ancestors, conjuncts, entities_in, kid, kids, object_told_before,
                    sentence_before, sentence_of, subject_kid, subtree, text_of)
from .lexicon import Entry, Lexicon
from ..lexicons import frame_words
from ..nlp import charging_verbs
from .gender import fits, gender
from .people import People, Person

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
THING_PRONOUNS = {"it", "its", "they", "them", "their"}
# Nouns for the others of a state: "China's rivals", "Russian neighbours" name other states.
OTHERS = frozenset({"rival", "enemy", "opponent", "adversary", "neighbour", "neighbor",
                    "critic", "foe", "competitor", "detractor", "challenger"})
# A state's allies are other states too, though a phrase may name them by it ("the two
# allies"): "backed its NATO ally" is neither the bloc nor the backer (roles.owners).
ALLIES = frozenset({"ally"})
# nouns singular in form that copy treats as plural: "its" is never theirs
PLURAL_BODIES = frozenset({"police", "personnel", "people"})
# Nouns that refer back to a state: "the country", "the nation".
STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
# words for the head or voice of a body: "junta chief", "intelligence boss"
_HEADS_OF = frame_words("heads_of")
# Descriptions of a kind of state: "the kingdom" after Saudi Arabia and Iran is Saudi Arabia
STATE_KINDS = {"kingdom": frame_words("kingdoms"), "emirate": frame_words("emirates"),
               "island": frame_words("island_states"),
               "archipelago": frame_words("island_states")}
RULERS = frame_words("rulers")
# the offices a speaker's "the government" is (frames.yaml speakers_governments)
SPEAKERS_GOVERNMENTS = frame_words("speakers_governments")
# bodies a speaker is of by their kind alone ("a junta spokesman"): frames.yaml
GOVERNING_BODIES = frame_words("governing_bodies")
# marks of a clause that sets an act in time beside the news ("hours after Tokyo began")
_TIME_MARKS = frame_words("time_marks")
# heads a group's name makes several states of: "the Baltic states" (frames.yaml)
STATE_GROUP_HEADS = frame_words("state_group_heads")
DISASTERS = frame_words("disasters")
# craft and weapons a story names again by their kind ("the drone", "the balloon"): the thing
# told before, with its owner or none
CRAFTS = frame_words("crafts")
# prepositions of a place gone to or acted in, whose object is no party ("over to The Hague")
_PLACE_PREPS = frozenset({"to", "in", "at", "into", "from", "near", "toward", "towards"})
# words for firms: "nine U.S. defense companies ... the firms" (frames.yaml)
_FIRM_WORDS = frame_words("firms")
# what a state is governed by ("their governments", "its leaders"): frames.yaml
GOVERNING = frame_words("governing_nouns")
# verbs by which one guards what is one's own: "defending the country" is the defender's
SELF_GUARDING = frame_words("self_guarding")
SEIZING = frame_words("seizing")
COUPS = frame_words("coups")
COUP_MAKERS = frame_words("coup_makers")
MILITARY_RULE = frame_words("military_rule")
RULED_BY = frame_words("ruled_by")
COMMANDING = frame_words("commanding")
HANDING_BACK = frame_words("handing_back")
BROKERING = frame_words("brokers")
SIDES = frame_words("sides")
# who speaks or acts for another: "a spokesman for", "an envoy for"
VOICES = frame_words("spokespeople") | frame_words("envoys")
ENVOY_WORDS = frame_words("envoys")
BACK_REACH = 120      # tokens: how far back a description or pronoun looks for its state
PLURAL_REACH = 400    # tokens: how far back "the leaders" looks for "EU leaders"
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X", "ADJ"}
# Plural nouns that refer back to a set of states named earlier: "the three countries".
GROUP_NOUNS = frozenset({"country", "nation", "leader", "government", "side", "partner",
                         "ally", "state", "power", "neighbour", "neighbor", "capital",
                         "minister", "member", "signatory", "party", "counterpart",
                         "secretary", "president", "premier", "official", "envoy",
                         "diplomat"})
# what of several states their own plural names ("their countries", "their governments"):
# frames.yaml own_groups
_OWN_GROUPS = frame_words("own_groups")
# People of an office a story may count ("three deputy ministers"), whom "the three
# officials" names again rather than three states
_COUNTED_PEOPLE = frame_words("counted_people")
# verbs whose "for" or "over" phrase gives the object's own deed ("sanctioned China for its
# support of Russia", "thanked Qatar for its mediation")
_JUDGED_FOR = frame_words("judged_for")
# a state's armed forces, whose possessive in what another is asked about is that other's
_ARMED_FORCES = frame_words("armed_forces")
# verbs that name a wrong as such, whose doer a reporting state is not ("said it had violated
# the convention"; a strike or an arrest a state reports may well be its own)
_WRONGDOING = frame_words("wrongs_as_such")
# verbs of telling another of a thing ("briefed Biden on his visit"): a possessive in what is
# told is the teller's
_BRIEFING = frozenset({"brief", "tell", "inform", "update", "notify", "debrief"})
# a war waged, and the verbs of helping one ("to support its war", "to fuel its invasion")
WAR_EFFORTS = frame_words("war_efforts")
WAR_HELPING = frame_words("war_helping")
_PENALTIES = frame_words("penalties_asked")
# what a penalty may come in ("a package of sanctions"): frames.yaml partitives
_PARTITIVES = frame_words("partitives")
_TIES = frame_words("diplomatic_ties")
_ENVOYS = frame_words("envoys")
NUMBER_WORDS = _NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# what a bloc's members are called, counted ("the 27 heads of state", "all 32 allies")
BLOC_MEMBER_WORDS = frame_words("bloc_member_words")
# Heads that count or group what their "of" phrase names: "thousands of Nigerians".
QUANTITIES = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                        "million", "millions", "scores", "group", "groups", "number", "crowd",
                        "crowds", "band", "bands", "contingent", "batch", "patch", "unit",
                        "units", "detachment", "detachments", "members", "member", "some",
                        "many", "most", "all", "several", "majority", "one", "two", "three"})
# "-led", "-owned", "-held" name an owner; "-backed" or "-allied" name only a sponsor.
# armed men of no state that a "-backed" or "-sponsored" word gives a sponsor ("Iran-backed
# militias"): frames.yaml sponsored, sponsoring
SPONSORED = frame_words("sponsored")
SPONSORING = frame_words("sponsoring")
HYPHEN_OWNED = frozenset({"owned", "led", "based", "made", "built", "flagged", "drafted",
                           "sponsored", "authored",
                           "registered", "controlled", "run", "held", "operated", "linked"})


# "governments including Argentina and Uruguay", "countries like Chile"
INCLUDING = frozenset({"including", "like"})
# groups a leader's state owns ("a delegation led by Kurt Campbell"), and the verbs of leading
LED_GROUPS = frozenset({"delegation", "team", "mission", "coalition", "force", "contingent",
                        "group", "bloc", "alliance", "operation", "campaign", "effort"})
LEADING = frozenset({"lead", "head", "command", "spearhead"})
# titles of office that stand for the last person named with them ("the prime minister")
OFFICE_TITLES = frame_words("office_titles")
TITLE_REACH = 600       # tokens: how far back "the president" looks for a titled name
# nouns for the people who lead or speak for states ("the two leaders")
LEADER_NOUNS = frozenset({"leader", "president", "minister", "counterpart", "premier",
                          "chancellor", "diplomat", "envoy", "head", "official", "secretary"})
# plurals whose members are states or speak for them ("reinforcements including Canada" are
# troops, whose arrival is no meeting among Canada and the others)
INCLUSIVE = frozenset({"country", "nation", "state", "government", "ally", "partner", "member",
                       "neighbor", "neighbour", "power", "democracy", "leader", "minister",
                       "capital", "economy", "signatory", "embassy", "envoy", "ambassador"})


# a state's posts at a body ("China's U.N. mission", "Russia's NATO envoy")
POSTS = frame_words("posts")
# what a body's member states are called ("its NATO ally", "EU partners", "a fellow member")
MEMBER_NOUNS = frozenset({"ally", "partner", "member", "neighbor", "neighbour", "signatory"})


def _as_said(found: list[Actor], tok: Token) -> list[Actor]:
    """The actors a plural at ``tok`` refers back to, as mentioned there ("the two
    countries"): governments unless a sector is known."""
    return [Actor(a.code, a.name, a.sector or "GOV", tok.text, tok.idx, tok.end) for a in found]


def mods_of(p: ParsedText, tok: Token) -> list[Token]:
    """The words that modify a noun before it (not its article)."""
    return [c for c in kids(p, tok.i, "amod", "compound", "nmod", "poss") if c.i < tok.i]


# verbs by which a state sends its own ship ("Russia sent the frigate Admiral Gorshkov"):
# frames.yaml contributing
_VESSEL_SENDING = frame_words("contributing")
# verbs by which someone serves another ("a hacking group working for China's Ministry of
# State Security"): frames.yaml working_for
_WORKING_FOR = frame_words("working_for")
# words before a text that name no other issuer ("the joint statement"): frames.yaml
# plain_texts
_PLAIN_TEXTS = frame_words("plain_texts")


@dataclass
class Resolver(People):
    """Turns tokens of one parsed article into actors. Build one per document."""

    p: ParsedText
    text: str
    lex: Lexicon
    published: str | None
    dateline: str | None = None     # the place a wire dateline names ("Port Sudan")
    people: dict[str, Person] = field(default_factory=dict)        # full name -> person
    by_surname: dict[str, Person] = field(default_factory=dict)
    mentions: list[tuple[int, Person]] = field(default_factory=list)  # (token, person)
    vessels: list[tuple[int, Actor]] = field(default_factory=list)
    vessel_names: dict[str, Actor] = field(default_factory=dict)
    vessel_kinds: dict[int, str] = field(default_factory=dict)     # token -> "frigate"
    _groups: list[tuple[int, list[Actor]]] | None = None
    _seizures: list[tuple[int, list[str]]] | None = None
    _active: set[int] = field(default_factory=set)
    # answers of top-level calls (one made inside another may be cut short by the guard)
    _known: dict[int, tuple[Actor, ...]] = field(default_factory=dict)
    _focus: str | None = None
    _summit: tuple[int, str] | None = None     # (token, code) of the first body of a summit
    _stricken: str | None = None
    _counts: dict[str, int] | None = None
    _subject_people: dict[int, Person | None] = field(default_factory=dict)  # "he" -> whom
    _quote_chars: set[int] | None = None   # character offsets inside quotation marks

    def __post_init__(self) -> None:
        self._index_people()
        self._index_vessels()
        self._place_titled_officials()

    # --- public -------------------------------------------------------------------------

    def actors(self, i: int) -> list[Actor]:
        """Actors named by the noun phrase headed at token ``i``, coordination expanded."""
        if i in self._active:          # "the forces of their allies": no circular answer
            return []
        top = not self._active
        if top and i in self._known:
            return list(self._known[i])
        self._active.add(i)
        try:
            out: list[Actor] = []
            for h in conjuncts(self.p, i):
                for a in self._head(h):
                    if a.code and all(a.code != b.code for b in out):
                        out.append(a)
            if top:
                self._known[i] = tuple(out)
            return out
        finally:
            self._active.discard(i)

    def focus_state(self) -> str | None:
        """The state a story is about: named at least twice as often as any other, and at
        least three times (datelines and capitals count)."""
        if self._focus is None:
            ranked = sorted(self._state_counts().items(), key=lambda x: -x[1])
            best = ""
            if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or
                                                  ranked[0][1] >= 2 * ranked[1][1]):
                best = ranked[0][0]
            self._focus = best
        return self._focus or None

    def dateline_state(self) -> str | None:
        """The state the story's dateline is in ("PORT SUDAN, Sudan -"), or None."""
        key = self.lex.lookup(self.dateline) if self.dateline else None
        entry = self.lex.entry(key) if key else None
        if entry is None or not entry.code or entry.kind not in ("country", "capital", "place"):
            return None
        return entry.code if self.lex.entry(f"country:{entry.code}") else None

    def stricken_state(self) -> str | None:
        """The state a disaster the story tells struck: of the states named by name, capital
        or place in the sentences that name a disaster ("a 7.7 earthquake struck near the
        central city of Mandalay"), the one named most, if no other is named as often."""
        if self._stricken is None:
            counts: dict[str, int] = {}
            for sent in self.p.sentences:
                if not any((t.lemma.lower() in DISASTERS or t.text.lower() in DISASTERS)
                           and t.pos in ("NOUN", "PROPN")
                           for t in self.p.tokens[sent.start:sent.end]):
                    continue    # (a noun: "gunmen stormed the prison" tells of no storm)
                for e in entities_in(self.p, sent.start, sent.end):
                    entry = self.lex.entry(e.key) if e.key else None
                    if entry and entry.code and entry.kind in ("country", "capital", "place"):
                        counts[entry.code] = counts.get(entry.code, 0) + 1
            ranked = sorted(counts.items(), key=lambda x: -x[1])
            self._stricken = ranked[0][0] if ranked and (
                len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""
        return self._stricken or None

    def counterpart(self, own: set) -> str | None:
        """The state a story sets against ``own``: of the states it names but ``own``, the
        one named at least twice as often as any other, and at least three times (the other
        side of a story about two states: Somalia's of Ethiopia)."""
        ranked = sorted(((c, n) for c, n in self._state_counts().items() if c not in own),
                        key=lambda x: -x[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or
                                              ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _state_counts(self) -> dict[str, int]:
        """How often the article names each state (by name, demonym or capital)."""
        if self._counts is None:
            self._counts = {}
            for e in self.p.entities:
                entry = self.lex.entry(e.key) if e.key else None
                if entry and entry.code and entry.kind in ("country", "demonym", "capital"):
                    self._counts[entry.code] = self._counts.get(entry.code, 0) + 1
                if self._summit is None and self._summit_named(e):
                    # (the first body of states whose summit the story tells: _summit_body)
                    self._summit = (e.start, e.key.split(":")[1].upper())
        return self._counts

    def sentence_state(self, i: int, exclude: str | None = None) -> str | None:
        """The one state a sentence names (by name, demonym or capital, places included),
        leaving out ``exclude``; else None."""
        sent = sentence_of(self.p, i)
        if sent is None:
            return None
        codes = set()
        quoted = _quoted_chars(self.text, self.p.tokens[sent.start].idx,
                               self.p.tokens[sent.end - 1].end)
        outside = self.p.tokens[i].idx not in quoted
        for e in entities_in(self.p, sent.start, sent.end):
            if outside and e.start_char in quoted:
                continue    # '"China cannot have it both ways," Secretary X said': not his
            if e.key and self._fought(e):
                continue    # "saying it could drag the country into a conflict with China":
                #             the one fought, not the country whose people these are
            if e.key:
                entry = self.lex.entry(e.key)
                if entry and entry.kind in ("country", "demonym", "capital", "place") and \
                        entry.code and entry.code != exclude:
                    codes.add(entry.code)
        return codes.pop() if len(codes) == 1 else None

    def _fought(self, e: Entity) -> bool:
        """Whether a name is the other side of a conflict or dispute the sentence names ("a
        conflict with China", "a war against Russia")."""
        root = next((t for t in self.p.tokens[e.start:e.end]
                     if not e.start <= t.head < e.end or t.head == t.i), None)
        if root is None or root.dep != "pobj" or root.head == root.i:
            return False
        prep = self.p.tokens[root.head]
        return prep.text.lower() in ("with", "against") and prep.head != prep.i and \
            self.p.tokens[prep.head].lemma.lower() in DISPUTES | _WARS

    def _describe(self, ent) -> str | None:
        head = self.p.tokens[ent.end - 1]
        appos = kid(self.p, head.i, "appos")
        if appos is None:
            return None
        lo, hi = subtree(self.p, appos.i)
        for c in kids(self.p, appos.i, "acl", "relcl"):
            if c.i > appos.i and c.tag in ("VBD", "VBN", "VBZ", "VBP") and \
                    self.p.tokens[c.i - 1].text == ",":
                # "a key Brexit figure, joked ...": a verb after the comma that closes the
                # description, hung on it by the parser, is no part of it
                hi = min(hi, c.i)
                while hi > appos.i + 1 and self.p.tokens[hi - 1].pos == "PUNCT":
                    hi -= 1
        return text_of(self.p, self.text, lo, hi) or None

    def _index_vessels(self) -> None:
        """Ships met in the article: named ones ("the frigate Bayern", then "the Bayern")
        and ones named by their flag ("a British frigate"), for "the ship" and "it"."""
        for ent in self.p.entities:
            if ent.label != "VESSEL":
                continue
            owner = self._owner_of_vessel(ent.start)
            if owner:
                self.vessels.append((ent.start, owner))
                self.vessel_names[ent.text] = owner
                kind = self._vessel_kind(ent.start)
                if kind:
                    self.vessel_kinds[ent.start] = kind     # "the frigate Hessen"
        for t in self.p.tokens:
            if t.lemma.lower() in self._vessel_words() and t.ent < 0:
                owner = self._owner_of_vessel(t.i)
                if owner and any(c.i < t.i for c in kids(self.p, t.i, "amod", "compound")):
                    self.vessels.append((t.i, owner))
                    self.vessel_kinds[t.i] = t.lemma.lower()
        self.vessels.sort(key=lambda v: v[0])

    def _owner_of_vessel(self, start: int) -> Actor | None:
        """"The Italian aircraft carrier Cavour": look left of the name for a state; "USS
        Jason Dunham": a navy's own prefix names it (platforms.yaml vessel_prefix_states)."""
        code = _prefix_states().get(self.p.tokens[start].text)
        if code and self.p.tokens[start].ent >= 0 and \
                self.p.entities[self.p.tokens[start].ent].label == "VESSEL":
            t = self.p.tokens[start]
            return Actor(code, self.lex.name_of(code), "MIL", t.text, t.idx, t.end)
        for j in range(start - 1, max(-1, start - 6), -1):
            t = self.p.tokens[j]
            if t.ent >= 0:
                e = self.lex.entry(self.p.entities[t.ent].key)
                if e and e.code and e.kind in ("country", "demonym", "force", "org"):
                    return Actor(e.code, self.lex.name_of(e.code), "MIL", t.text, t.idx, t.end)
            if t.text in (".", ";", "\n\n") or t.pos in ("VERB", "AUX") and \
                    t.dep not in ("compound", "amod", "nmod"):
                break   # ("the Houthis seized the car carrier Galaxy Leader": not theirs)
        return self._sender_of_vessel(start)

    def _sender_of_vessel(self, start: int) -> Actor | None:
        """The state that sends or deploys a ship named as the object ("Russia sent the frigate
        Admiral Gorshkov"), or None (not one that seizes it)."""
        t = self.p.tokens[start]
        ent = self.p.entities[t.ent] if t.ent >= 0 else None
        root = self.p.tokens[ent.end - 1] if ent is not None else t
        while root.dep in ("compound", "appos") and root.head != root.i:
            root = self.p.tokens[root.head]     # ("the frigate Admiral Gorshkov")
        verb = self.p.tokens[root.head]
        if root.dep != "dobj" or verb.lemma.lower() not in _VESSEL_SENDING:
            return None
        subj = subject_kid(self.p, verb.i)
        if subj is None or subj.ent < 0:
            return None
        e = self.lex.entry(self.p.entities[subj.ent].key)
        if e and e.code and e.kind in ("country", "capital"):
            return Actor(e.code, self.lex.name_of(e.code), "MIL", subj.text, subj.idx, subj.end)
        return None

    # --- heads --------------------------------------------------------------------------

    def _head(self, i: int) -> list[Actor]:
        tok = self.p.tokens[i]
        low = tok.text.lower()
        if low in PERSON_PRONOUNS:
            person = self._cataphor(tok) or self._antecedent(tok) or \
                self._subject_person(tok) or self._possessor_subject(tok) or \
                self.last_person(i, low, self._doer_of(tok))
            if person and person.code and self._someone_since(tok, person):
                return []       # '"...," a JetBlue pilot lamented. He agreed with ...'
            if person and person.code:
                return [self._from_person(person, tok)]
            return self._unnamed_official(i)
        if low in THING_PRONOUNS:
            found = self._it(i)
            return self._it_acted_on(i, found) or found
        if low == "whose" and tok.dep == "poss":
            # "Canada, whose airspace the balloon had crossed": the relative clause's noun
            rel = next((a for a in ancestors(self.p, i) if a.dep == "relcl"), None)
            return self.actors(rel.head) if rel is not None else []
        group = self._state_group(tok) or self._the_number(tok)
        if group:
            return group
        listed = self._listed_among(tok)
        if listed is not None:
            return [a for j in conjuncts(self.p, listed.i) for a in self.actors(j)]
        master = self._working_for(tok)
        if master is not None:
            return [a for a in self.actors(master.i) if a.code]
        if tok.ent >= 0:
            name = self.p.entities[tok.ent].text
            if name in self.vessel_names or name.removeprefix("the ") in self.vessel_names:
                return [self.vessel_names.get(name) or self.vessel_names[name[4:]]]
            found = self._from_entity(tok)
            if found is not None:
                return found
        elif tok.text in self.vessel_names:
            return [self.vessel_names[tok.text]]
        if tok.pos not in _NOMINAL:
            return []
        korea = self._korea(tok)
        if korea:
            return korea
        if tok.pos in ("PROPN", "NOUN") and tok.ent < 0 and tok.text[:1].isupper():
            # an untagged surname ("Zelenskyy asked", which the tagger took for a noun)
            person = self.person_named(tok.text)
            if person is not None and person.code:
                return [self._from_person(person, tok)]
        titled = self._titled_person(tok)
        if titled is not None:
            return [self._from_person(titled, tok)]
        return self._common_noun(tok)

    def _only_told_to(self, tok: Token, code: str) -> bool:
        """Whether every name of state ``code`` in ``tok``'s sentence is the object of a verb
        of saying in the clause ``tok`` is the subject of ("informed Stockholm")."""
        sent = sentence_of(self.p, tok.i)
        if sent is None:
            return False
        lo, hi = subtree(self.p, tok.head)
        names = [e for e in entities_in(self.p, sent.start, sent.end)
                 if e.key and getattr(self.lex.entry(e.key), "code", None) == code]
        if not names:
            return False
        for e in names:
            root = self.p.tokens[e.end - 1]
            verb = self.p.tokens[root.head]
            if not (lo <= root.i < hi and root.dep in ("dobj", "dative") and
                    verb.lemma.lower() in self.lex.speech_verbs):
                return False
        return True

    def _told_by_a_speaker(self, tok: Token) -> bool:
        """Whether subject pronoun ``tok`` is of a clause told by a verb of saying before it
        ("The government said it had informed ...")."""
        clause = self.p.tokens[tok.head]
        said = self.p.tokens[clause.head] if clause.dep == "ccomp" else None
        return tok.dep == "nsubj" and said is not None and said.i < tok.i and \
            said.lemma.lower() in self.lex.speech_verbs

    def _working_for(self, tok: Token) -> Token | None:
        """The one a noun naming no state is said to work or act for ("a hacking group
        working for China's Ministry of State Security", "hackers acting on behalf of the
        Russian military intelligence"), or None."""
        if tok.pos != "NOUN" or tok.ent >= 0:
            return None
        for c in kids(self.p, tok.i, "acl", "relcl"):
            if c.lemma.lower() not in _WORKING_FOR:
                continue
            for pr in kids(self.p, c.i, "prep"):
                obj = kid(self.p, pr.i, "pobj")
                if pr.text.lower() == "for" and obj is not None:
                    return obj
                if pr.text.lower() == "on" and obj is not None and \
                        obj.lemma.lower() == "behalf":
                    return next((o for p2 in kids(self.p, obj.i, "prep")
                                 if p2.text.lower() == "of"
                                 for o in kids(self.p, p2.i, "pobj")), None)
        return None

    def _listed_among(self, tok: Token) -> Token | None:
        """The first of those a plural noun lists "among them" ("European leaders, among them
        French President Emmanuel Macron and British Prime Minister Keir Starmer, said"), the
        parser hanging the list as the verb's second subject or as the noun's apposition;
        None when it lists none."""
        if tok.tag != "NNS" or tok.ent >= 0:
            return None
        # (the list as a second subject after the noun, or as its apposition)
        later = [c for c in kids(self.p, tok.head, "nsubj") if c.i > tok.i] \
            if tok.dep == "nsubj" and tok.head != tok.i else []
        for c in later + kids(self.p, tok.i, "appos"):
            if any(o.text.lower() == "them" for pr in kids(self.p, c.i, "prep")
                   if pr.text.lower() in ("among", "including")
                   for o in kids(self.p, pr.i, "pobj")):
                return c
        return None

    def _titled_person(self, tok: Token) -> Person | None:
        """"Kenya's President William Ruto ... The president pledged": a title of office with
        "the" and no owner of its own stands for the last person the story named with that
        title (its modifiers too: "the prime minister", "the foreign minister"), a few
        paragraphs back at most."""
        if tok.lemma.lower() not in OFFICE_TITLES or tok.tag != "NN" or tok.ent >= 0 or \
                not self._definite(tok) or kids(self.p, tok.i, "poss", "appos") or \
                any(c.text.lower() == "of" for c in kids(self.p, tok.i, "prep")):
            return None     # ("the president of Bazoum's party": its own owner)
        mods = [c for c in kids(self.p, tok.i, "amod", "compound") if c.i < tok.i]
        if any(c.ent >= 0 or c.pos == "PROPN" for c in mods):
            return None     # ("the Japanese prime minister", "the U.N. envoy": owned)
        want = {tok.lemma.lower()} | {c.text.lower() for c in mods}
        titled = [(j, person) for j, person in self.mentions
                  if j < tok.i and want <= self._title_words(j)]
        # (the one so titled in the story so far: a story of two presidents does not say
        # which "the president" is)
        if titled and len({p.code for _, p in titled}) == 1 and titled[-1][1].code and \
                titled[-1][0] >= tok.i - TITLE_REACH:
            return titled[-1][1]
        return None

    def _title_words(self, start: int) -> set[str]:
        """The words of the title a person is named with at token ``start``: the words just
        before the name ("Prime Minister Fumio Kishida", "Kenya's President William Ruto")
        and of an apposition after it ("Fumio Kishida, Japan's prime minister")."""
        words: set[str] = set()
        j = start - 1
        while j >= 0 and start - j <= 4 and self.p.tokens[j].pos in ("PROPN", "NOUN", "ADJ") \
                and self.p.tokens[j].text not in (",", "."):
            words.add(self.p.tokens[j].text.lower())
            j -= 1
        ent = self.p.tokens[start].ent
        end = self.p.entities[ent].end if ent >= 0 else start + 1
        appos = kid(self.p, end - 1, "appos")
        if appos is not None:
            lo, hi = subtree(self.p, appos.i)
            words |= {t.text.lower() for t in self.p.tokens[lo:hi]}
        return words

    def _state_group(self, tok: Token) -> list[Actor]:
        """"The Baltic states", "the Nordic countries", "the Baltics": the states of a group
        a name gives (frames.yaml state_groups), never "the Baltic Sea" or "the Nordic
        country"."""
        groups = _state_groups()
        if tok.lemma.lower() in STATE_GROUP_HEADS and tok.tag in ("NNS", "NNPS"):
            # (plural only: "the Nordic country" is one of them, the one told before)
            names = [c.text.lower() for c in kids(self.p, tok.i, "amod", "compound")
                     if c.i < tok.i and c.text.lower() in groups]
        elif tok.tag in ("NNPS", "NNP") and tok.text.lower().endswith("s") and \
                tok.text.lower() in groups:
            names = [tok.text.lower()]
        else:
            return []
        size = next((_NUMBERS[c.text.lower()] for c in kids(self.p, tok.i, "nummod")
                     if c.text.lower() in _NUMBERS), None)
        if names and size is not None and size != len(groups[names[0]]):
            # "Sweden and Finland applied to join ... the two Nordic countries signed a
            # memorandum": that many of them, the ones the story named, not the whole group
            return []
        return [Actor(c, self.lex.name_of(c), "GOV", tok.text, tok.idx, tok.end)
                for name in names[:1] for c in groups[name]]

    def _party_named_before(self, i: int, doers: set[str]) -> str | None:
        """The last state named before token ``i`` as a party, not ``doers`` and not a place
        gone to or acted in ("to hand Putin over to The Hague")."""
        for e, entry in self._entities_before(i):
            last = self.p.tokens[e.end - 1]
            if entry is None or not entry.code or entry.code in doers or \
                    entry.kind not in ("country", "capital") or last.dep == "pobj" and \
                    self.p.tokens[last.head].text.lower() in _PLACE_PREPS:
                continue
            return entry.code
        return None

    def _day(self) -> datetime.date:
        """The day of publication (the latest day there is, when the story gives none): what
        a bloc's members are counted on."""
        try:
            return datetime.date.fromisoformat((self.published or "")[:10])
        except ValueError:
            return datetime.date.max

    def _numbered_bloc(self, tok: Token) -> str | None:
        """The bloc named in the story (before ``tok``) that had as many members on the day
        of publication as the number on ``tok`` says, if exactly one did."""
        num = next((c for c in kids(self.p, tok.i, "nummod") if c.text.isdigit()), None)
        if num is None or not self.published:
            return None
        day = self._day()
        named = {e.key.split(":")[1] for e in self.p.entities
                 if e.start < tok.i and e.key and e.key.startswith("org:")}
        matching = [g for g in groups() if g in named and
                    len(group_members(g, day)) == int(num.text)]
        return matching[0] if len(matching) == 1 else None

    def _the_number(self, tok: Token) -> list[Actor]:
        """"Putin met Kim Jong Un in Pyongyang. The two signed a pact": a number standing
        alone with "the" is the people of the sentence before, when it names that many of
        different states, else the last set of that many states named together."""
        if tok.pos != "NUM" or tok.text.lower() not in _NUMBERS or not self._definite(tok) or \
                tok.dep not in ("nsubj", "nsubjpass", "dobj", "pobj") or any(
                    kids(self.p, pr.i, "pobj") for pr in kids(self.p, tok.i, "prep")):
            return []       # ("two of the soldiers": a part of something named; not "accused
            #                 the three of forming blocs", what they are accused of)
        size = _NUMBERS[tok.text.lower()]
        clause = self.p.tokens[tok.head]
        if tok.dep in ("nsubj", "nsubjpass") and (clause.dep in ("conj", "advcl") or
                                                  clause.dep == "relcl" and any(
                    w.text.lower() == "when" for w in kids(self.p, clause.i, "advmod"))):
            # "Japan's prime minister held a phone call with South Korea's president, and the
            # two agreed to ...", "Wang Yi raised it with his Philippine counterpart, Enrique
            # Manalo, when the two met in Laos": the people of the clause before, in the same
            # sentence
            found = self._states_before_in_sentence(tok.i, set(), people=True)
            if len(found) == size:
                return _as_said(found, tok)
        found = self._last_people(tok.i, size)
        if len(found) == size:
            return _as_said(found, tok)
        for j, grp in reversed(self.groups()):
            if j < tok.i and len({a.code for a in grp}) == size:
                return _as_said(grp, tok)
        return []

    def _korea(self, tok: Token) -> list[Actor]:
        """"The North's foreign ministry", "the South": in a story that names a Korea, the
        Korea of that side ("South Korea's military said the North had fired artillery
        shells": the other one need not be named)."""
        code = {"north": "PRK", "south": "KOR"}.get(tok.text.lower())
        if code is None or not tok.text[:1].isupper() or tok.i == 0 or \
                self.p.tokens[tok.i - 1].text.lower() != "the":
            return []
        if not {"PRK", "KOR"} & set(self._state_counts()):
            return []
        return [Actor(code, self.lex.name_of(code), "GOV", tok.text, tok.idx, tok.end)]

    def _from_person(self, person: Person, tok: Token) -> Actor:
        return Actor(person.code, person.name, person.sector, tok.text, tok.idx, tok.end)

    def _hyphened_pair(self, ent) -> bool:
        """Whether a place's name is joined by a hyphen to another place's ("U.S.-Georgia")."""
        toks = self.p.tokens
        for dash, other in ((ent.start - 1, ent.start - 2), (ent.end, ent.end + 1)):
            if 0 <= other < len(toks) and 0 <= dash < len(toks) and toks[dash].text == "-" \
                    and toks[other].ent >= 0 and toks[other].ent != toks[ent.start].ent and \
                    self.p.entities[toks[other].ent].label in ("GPE", "NORP"):
                return True
        return False

    def _from_entity(self, tok: Token) -> list[Actor] | None:
        ent = self.p.entities[tok.ent]
        shared = self._sharing_a_name(ent)
        if shared:
            return shared
        last = self.p.tokens[ent.end - 1]
        if ent.label in ("GPE", "LOC") and last.dep == "compound" and \
                self.p.tokens[last.head].lemma.lower() in NAMED_TEXTS and \
                not self._hyphened_pair(ent):
            return []       # "the Vienna Convention", "the Minsk agreements": a text, no party
            #                 (but "the U.S.-Georgia Strategic Partnership Charter" names two)
        if ent.label in ("DATE", "TIME") and last.dep == "pobj" and \
                self.p.tokens[last.head].text.lower() in TIME_PREPOSITIONS:
            return []       # "apprehended 132,000 people in May": a month, not Theresa May
        key = ent.key or self.lex.lookup(ent.text) or ""
        if key.startswith("force:") and (kids(self.p, last.i, "nummod") or (
                last.i + 1 < len(self.p.tokens) and
                self.p.tokens[last.i + 1].tag == "CD" and self.p.tokens[last.i + 1].head in (
                    last.i, last.head))):
            entry = self.lex.entry(key)
            if entry is not None and entry.sector == "BUS":
                return []   # "the Embraer 190", "a Boeing 737": a model its maker named, no
                #             party (whoever flies it is)
        if ent.label == "PERSON" or key.startswith("leader:"):
            person = self.person_named(ent.text, tagged=ent.label == "PERSON")
            if person is None:
                # an alias the lexicon gives a sitting office holder ("Lula")
                person = self._office_holder(tok)
            if person is None or not person.code:
                return []
            return [Actor(person.code, person.name, person.sector, ent.text, ent.start_char,
                          ent.end_char)]
        if ent.label == "VESSEL":
            # "the frigate Admiral Gorshkov", of no flag the text gives: the navy of the last
            # ship it may be (not "a U.S. submarine" told just before)
            owner = self._vessel_owner(tok.i, self._vessel_kind(ent.start))
            return [owner] if owner else []
        entry = self.lex.entry(key) if key else None
        if entry is not None and entry.kind == "org" and self._seat_as_place(ent):
            return []           # "met in Brussels": where, not the EU
        if entry is not None and entry.kind == "org" and entry.code and \
                not self.lex.entry(f"country:{entry.code}"):
            # "Russia's Security Council": a state's own council of that name, not the U.N.'s
            poss = kid(self.p, ent.end - 1, "poss")
            states = [a for a in (self.actors(poss.i) if poss is not None else [])
                      if a.code and a.code != entry.code and self.lex.entry(f"country:{a.code}")]
            if states:
                return [Actor(a.code, a.name, "GOV", ent.text, ent.start_char, ent.end_char)
                        for a in states]
        if entry is None or not entry.code:
            # a surname the NER took for a place or a body: "Kishida met Meloni"
            person = self.person_named(ent.text) if ent.text[:1].isupper() else None
            if person is not None and person.code:
                return [Actor(person.code, person.name, person.sector, ent.text,
                              ent.start_char, ent.end_char)]
            if ent.text.islower():
                return None     # "supreme leader" tagged as a body: a common noun after all
            if ent.label == "ORG" and self._sector_of(tok):
                # "Russia's Defense Ministry", "the IAEA's Board", "the Egyptian Foreign
                # Ministry" (a demonym the NER left out of the body's name): the owner's; and
                # an office the name gives no state ("the Commerce Ministry in Beijing", "the
                # Commerce Ministry imposed ..."): read as the common noun it heads
                return None
            if self._described_name(tok, kid(self.p, tok.i, "appos")):
                return None     # ("Belavia, the Belarusian state carrier": as described)
            if ent.label == "ORG":
                short = self._short_for_named(ent)
                if short:
                    return short
            return None if ent.label not in ("GPE", "ORG", "NORP") else []
        if entry.kind == "outlet" and entry.sector != "GOV":
            return []       # (a state's own news agency speaks for it: outlets.csv)
        sector = entry.sector
        if entry.kind == "demonym":
            # "the Italian navy": the demonym is a modifier; the noun gives the sector.
            if tok.dep in ("amod", "compound", "nmod") and tok.head != tok.i:
                return None
            community = self._community(tok, entry.code)
            if community is not None:
                return community
            # "Young Algerians", "the Palestinians": a plural demonym names the people
            sector = self._sector_of(tok) or ("CVL" if tok.tag in ("NNS", "NNPS") else "GOV")
        noun = self._sector_of(tok) if tok.i != ent.end - 1 else None
        return [Actor(entry.code, self.lex.name_of(entry.code), noun or sector, ent.text,
                      ent.start_char, ent.end_char)]

    def _short_for_named(self, ent: Entity) -> list[Actor]:
        """"a Treasury official" after "the U.S. Treasury Department": a body the lexicon
        does not know, named by words of a body the story named before it (a few paragraphs
        back at most), is that body."""
        words = ent.text.split()
        for e in reversed(list(entities_in(self.p, max(0, ent.start - BODY_REACH),
                                           ent.start))):
            if e.label != "ORG" or not e.key or e.text == ent.text:
                continue
            theirs = e.text.split()
            if any(theirs[k:k + len(words)] == words for k in range(len(theirs))):
                found = [a for a in self.actors(e.end - 1) if a.code]
                if found:
                    return [replace(a, mention=ent.text, start=ent.start_char,
                                    end=ent.end_char) for a in found]
        return []

    def _sharing_a_name(self, ent: Entity) -> list[Actor]:
        """States named together with one shared word: "North and South Korea" (each part
        with the word a state's name), "the two Koreas" (frames.yaml plural_states)."""
        words = ent.text.split()
        plural = _plural_states().get(words[-1].lower()) if words else None
        if plural:
            return [Actor(c, self.lex.name_of(c), "GOV", ent.text, ent.start_char,
                          ent.end_char) for c in plural]
        if len(words) >= 2 and ent.start >= 2 and \
                self.p.tokens[ent.start - 1].text.lower() in ("and", "&") and \
                self.p.tokens[ent.start - 2].pos in ("PROPN", "ADJ") and \
                self.p.tokens[ent.start - 2].text[:1].isupper():
            # "North and South Korea", the NER taking only "South Korea" for the name
            words = [self.p.tokens[ent.start - 2].text, "and"] + words
            ent = replace(ent, start=ent.start - 2, start_char=self.p.tokens[ent.start - 2].idx,
                          text=self.text[self.p.tokens[ent.start - 2].idx:ent.end_char])
        if len(words) < 4 or "and" not in words[:-1]:
            return []
        heads = [h.strip() for h in " ".join(words[:-1]).replace(",", "").split(" and ")]
        out = []
        for h in [h for h in heads if h]:
            key = self.lex.lookup(f"{h} {words[-1]}") or ""
            entry = self.lex.entry(key) if key else None
            if entry is None or entry.kind != "country" or not entry.code:
                return []
            out.append(Actor(entry.code, self.lex.name_of(entry.code), "GOV", ent.text,
                             ent.start_char, ent.end_char))
        return out if len(out) >= 2 else []

    def _state_modifier(self, tok: Token) -> bool:
        """Whether a demonym or a state's name modifies ``tok`` ("Egyptian Foreign Ministry")."""
        for m in kids(self.p, tok.i, "amod", "compound"):
            if m.i < tok.i and m.ent >= 0 and m.ent != tok.ent:
                e = self.lex.entry(self.p.entities[m.ent].key)
                if e is not None and e.kind in ("demonym", "country") and e.code:
                    return True
        return False

    def _community(self, tok: Token, code: str) -> list[Actor] | None:
        """"ethnic Albanians in Serbia", "Bosnian Serbs": a people living in another state is
        of that state. None when the demonym stands for its own state."""
        mods = [c for c in kids(self.p, tok.i, "amod", "compound") if c.i < tok.i]
        for m in mods:
            if m.ent >= 0:
                e = self.lex.entry(self.p.entities[m.ent].key)
                if e and e.kind in ("demonym", "country") and e.code and e.code != code:
                    return [Actor(e.code, self.lex.name_of(e.code), "CVL", tok.text, tok.idx,
                                  tok.end)]
        if not any(m.text.lower() == "ethnic" for m in mods):
            return None
        for prep in kids(self.p, tok.i, "prep"):
            if prep.text.lower() in ("in", "of", "from", "inside", "across"):
                obj = kid(self.p, prep.i, "pobj")
                found = [a for a in (self.actors(obj.i) if obj is not None else [])
                         if a.code != code]
                if found:
                    return [Actor(a.code, a.name, "CVL", tok.text, tok.idx, tok.end)
                            for a in found]
        home = self.sentence_state(tok.i, exclude=code)
        return [Actor(home, self.lex.name_of(home), "CVL", tok.text, tok.idx, tok.end)] \
            if home else []

    def _state_voice_named(self, tok: Token) -> bool:
        """Whether a name among the words before ``tok`` is a state's own news outlet
        ("Xinhua news agency": outlets.csv state_voice)."""
        for c in kids(self.p, tok.i, "compound", "amod"):
            ent = self.p.entities[c.ent] if c.ent >= 0 and c.i < tok.i else None
            entry = self.lex.entry(ent.key) if ent is not None and ent.key else None
            if entry is not None and entry.kind == "outlet" and entry.sector == "GOV":
                return True
        return False

    def _sector_of(self, tok: Token) -> str | None:
        """Sector from a noun phrase head and its compounds: "air forces" -> MIL."""
        # ("amod" for "the EU's executive arm", "Hamas's armed wing")
        words = [c.text.lower() for c in kids(self.p, tok.i, "compound", "amod") if c.i < tok.i]
        words.append(tok.text.lower())
        if any(c.ent >= 0 and self.p.entities[c.ent].label == "PRODUCT"
               for c in kids(self.p, tok.i, "compound") if c.i < tok.i):
            return "MIL"    # "two F-16 fighters", "Su-35 fighters": aircraft, not militants
        # the words right before the head that hang on it, however deep ("foreign" of
        # "policy" in "Russia's foreign policy chief")
        lo = tok.i
        while lo > 0 and self.p.tokens[lo - 1].dep in ("compound", "amod") and \
                lo <= self.p.tokens[lo - 1].head <= tok.i:
            lo -= 1
        span = [t.text.lower() for t in self.p.tokens[lo:tok.i + 1]]
        # (a plural by its singular: "defense chiefs" as "defense chief")
        singular = [*span[:-1], tok.lemma.lower()]
        for seq in (span, words, singular):
            for n in range(len(seq)):
                phrase = " ".join(seq[n:])
                if phrase in self.lex.sector_nouns:
                    sector = self.lex.sector_nouns[phrase]
                    if sector == "MED" and self._state_voice_named(tok):
                        return "GOV"    # ("the official Xinhua news agency": a state's voice)
                    return sector
        for prep in kids(self.p, tok.i, "prep"):
            obj = kid(self.p, prep.i, "pobj") if prep.text.lower() == "of" else None
            if obj is not None:
                # "chief of defence staff", "minister of foreign affairs"
                tail = [c.text.lower() for c in kids(self.p, obj.i, "compound", "amod")
                        if c.i < obj.i] + [obj.text.lower()]
                phrase = f"{tok.text.lower()} of {' '.join(tail)}"
                if phrase in self.lex.sector_nouns:
                    return self.lex.sector_nouns[phrase]
        if tok.lemma.lower() in _HEADS_OF:
            # "Myanmar's junta chief", "the regime's spokesman": the head of a body of a
            # sector is of that sector
            for w in reversed(words[:-1]):
                if w in self.lex.sector_nouns:
                    return self.lex.sector_nouns[w]
        return self.lex.sector_nouns.get(tok.lemma.lower())

    def groups(self) -> list[tuple[int, list[Actor]]]:
        """Coordinations that name two or more states, in text order."""
        if self._groups is None:
            self._groups = []
            for t in self.p.tokens:
                nationality = t.pos == "ADJ" and t.ent >= 0 and \
                    self.p.entities[t.ent].label == "NORP"   # ("Chinese and Russian bombers")
                if (t.pos in ("PROPN", "NOUN") or nationality) and t.dep != "conj" and \
                        kids(self.p, t.i, "conj"):
                    found = [a for c in conjuncts(self.p, t.i) for a in self.owner_token(
                        self.p.tokens[c]) if a.code] if nationality else self.actors(t.i)
                    if len({a.code for a in found}) >= 2:
                        self._groups.append((t.i, found))
            # "Kishida met Meloni ... The two leaders": a sentence naming two states' people or
            # the states themselves forms a pair, at the sentence's end
            for sent in self.p.sentences:
                if not self._told(sent.start):
                    continue    # (not a heading: "Japan's Kishida to visit Washington in April")
                found: dict[str, Actor] = {}
                for t in self.p.tokens[sent.start:sent.end]:
                    # (a demonym counts: "Moscow handed over the bodies of 757 Ukrainian
                    # soldiers" pairs Russia and Ukraine)
                    demonym = t.ent >= 0 and self.p.entities[t.ent].label == "NORP" and \
                        t.dep in ("amod", "compound")
                    if t.pos == "PROPN" and t.dep != "compound" or demonym:
                        for a in (self.owner_token(t) if demonym else self._head(t.i)):
                            if a.code and (a.sector in ("GOV", None) or demonym) and \
                                    self.lex.entry(f"country:{a.code}"):   # states, not bodies
                                found.setdefault(a.code, Actor(a.code, a.name, "GOV",
                                                               a.mention, a.start, a.end))
                if len(found) == 2:
                    self._groups.append((sent.end - 1, list(found.values())))
            self._groups.sort(key=lambda g: g[0])
        return self._groups

    def _people_counted_before(self, tok: Token, size: int) -> bool:
        """Whether the story has counted that many people of an office before ``tok``
        ("three deputy ministers", "three of his deputy ministers"), so that "the three
        officials" are those people, not the last three states named."""
        for j in range(tok.i - 1, max(-1, tok.i - PLURAL_REACH), -1):
            t = self.p.tokens[j]
            if t.text.lower() not in _NUMBERS or _NUMBERS[t.text.lower()] != size or \
                    t.text.lower() == "both":
                continue
            counted = self.p.tokens[t.head] if t.dep == "nummod" else \
                next((o for prep in kids(self.p, t.i, "prep") if prep.text.lower() == "of"
                      for o in kids(self.p, prep.i, "pobj")), None)
            if counted is not None and counted.i != tok.i and \
                    counted.lemma.lower() in _COUNTED_PEOPLE:
                return True
        return False

    def _group(self, tok: Token) -> list[Actor]:
        """"the three countries", "both leaders": the last set of states of that size."""
        words = [c.text.lower() for c in kids(self.p, tok.i, "nummod", "det", "predet")]
        if tok.lemma.lower() in SIDES and tok.tag == "NN" and "each" in words:
            # "Each side blamed the other": the two sides of the story's conflict
            subj = self._clause_subject(tok) if tok.dep not in ("nsubj", "nsubjpass") else None
            own = {a.code for a in self.actors(subj.i)} if subj is not None else set()
            return _as_said(self.sides(tok.i, own, 2), tok)
        # "received each leader separately": each of the ones told, as "both leaders"
        each = tok.tag == "NN" and "each" in words and tok.lemma.lower() not in SIDES
        if tok.lemma.lower() not in GROUP_NOUNS or tok.tag not in ("NNS", "NNPS") and not each:
            return []
        size = next((_NUMBERS[w] for w in words if w in _NUMBERS), None)
        sides = tok.lemma.lower() in SIDES and ("all" in words or "both" in words or
                                               "the" in words)
        if sides and size is None:
            # "called on all parties in Gabon to resolve their differences": the parties
            # within the state named, not the sides of the story's dispute
            within = [a for prep in kids(self.p, tok.i, "prep") if prep.text.lower() == "in"
                      for o in kids(self.p, prep.i, "pobj") for a in self.actors(o.i)
                      if a.code and self.lex.entry(f"country:{a.code}")]
            if within:
                return [Actor(a.code, a.name, a.sector, tok.text, tok.idx, tok.end)
                        for a in within]
        if size is None and not {"the", "those", "these"} & set(words) and not sides and \
                not each:
            return []
        subj = self._clause_subject(tok, through_xcomp=True) \
            if tok.dep not in ("nsubj", "nsubjpass") else None
        if subj is not None and subj.tag in ("WDT", "WP") and \
                self.p.tokens[subj.head].dep == "relcl":
            # "Israel, which recalled its ambassadors from both countries": the one the
            # clause tells of is not among the countries
            subj = self.p.tokens[self.p.tokens[subj.head].head]
        own = {a.code for a in self.actors(subj.i)} if subj is not None and \
            subj.i != tok.i else set()
        if size is not None and any(c.text.lower() == "our"
                                    for c in kids(self.p, tok.i, "poss")):
            # '"a sign of the trust between our two countries," Vucic said': the speaker's
            # state among that many the story joined before, not the last set it told
            teller = self._teller(tok)
            if teller:
                return next((_as_said(found, tok) for j, found in reversed(self.groups())
                             if j < tok.i and len({a.code for a in found}) == size and
                             teller <= {a.code for a in found}), [])
        if sides and size == 2 and "the" in words and tok.dep in ("nsubj", "nsubjpass"):
            # "Blinken met Wang Yi in Beijing, and the two sides agreed to hold talks": as the
            # subject, the two its own sentence has just named, when it names just two
            named = self._states_before_in_sentence(tok.i, own, people=True)
            if len(named) < 2:
                # (by their capitals too: "Washington will provide funding to help Vietnam
                # train engineers, and the two sides signed a memorandum")
                named = self._states_before_in_sentence(tok.i, own, people=True,
                                                        capitals=True)
            if len(named) == 2:
                return _as_said(named, tok)
            # "Hun Manet said he had told Austin that ... Cambodian officials also said the two
            # sides discussed ...": the pair the sentence before told, when it told just one
            # pair and this one names no other state
            sent = sentence_of(self.p, tok.i)
            before = sentence_before(self.p, sent.start) if sent is not None else None
            pairs = [found for j, found in self.groups() if before is not None and
                     before.start <= j < before.end and len(found) == 2] if len(named) < 2 \
                else []
            if len(pairs) == 1 and {a.code for a in named} <= {a.code for a in pairs[0]}:
                return _as_said(pairs[0], tok)
        if sides:
            # "urged both sides", "all sides", "the warring parties": the parties of the
            # conflict or deal the story tells
            return _as_said(self.sides(tok.i, own, size), tok)
        if size is None:
            # "European Union leaders agreed ... the leaders agreed to hold a debate": the
            # last mention with the same head word that names its owners
            # (a lede's "European Union leaders" is still the story's "the leaders" some
            # paragraphs on: the reach is the story's, not a pronoun's)
            same = self._same_head_actors(tok, PLURAL_REACH)
            if same and not {a.code for a in same} <= own:
                return _as_said(same, tok)
        if size == 2 and self._asked_to_settle(tok):
            # "urged the two governments to resolve their differences": the two in dispute,
            # not the last two states that spoke of it
            found = self.sides(tok.i, own, size)
            if found:
                return _as_said(found, tok)
        if size is not None and tok.lemma.lower() in LEADER_NOUNS:
            # "Biden spoke by phone with Kishida, with the two leaders agreeing ...": the
            # first people of that number the sentence has named (not the host named after
            # them: "Pashinyan met Aliyev in talks hosted by Scholz, and the two leaders")
            named = self._people_before_in_sentence(tok.i, own)
            if len(named) >= size:
                return _as_said(named[:size], tok)
            titled = self._titled_people(tok, size)
            if titled:
                return _as_said(titled, tok)
            if size == 2 and len(named) == 1:
                # "Modi said: 'Democracy is in our DNA.' Biden said the two leaders had held a
                # good discussion": the one named and the last leader of another state the
                # story named before him (not the last pair of states it joined)
                other = next((person for j, person in reversed(self.mentions)
                              if j < tok.i and person.code and person.sector == "GOV" and
                              person.code != named[0].code and
                              self.lex.entry(f"country:{person.code}")), None)
                if other is not None:
                    return _as_said([named[0], self._from_person(other, tok)], tok)
            if not named and self.p.tokens[tok.i - 1].text.lower() in _NUMBERS:
                # "Pompeo and Esper met Singh ... The two secretaries also called on Modi":
                # the last people of that number told, in the sentence before, all of one
                # state when the sentence before names no other
                last = self._last_people(tok.i, size)
                if last:
                    return _as_said(last, tok)
        if size is not None and tok.lemma.lower() in _COUNTED_PEOPLE and \
                self._people_counted_before(tok, size):
            return []       # "three of his deputy ministers posted remarks ... the
            #                 government suspended the three officials": those people
        if size is not None:
            # "Spain and Ireland recognized a Palestinian state, ... Israel recalled its
            # ambassadors from both countries": states the sentence joined, that many
            sent = sentence_of(self.p, tok.i)
            for j, found in reversed(self.groups()):
                if sent is not None and sent.start <= j < tok.i and \
                        len({a.code for a in found}) == size and \
                        not {a.code for a in found} & own:
                    return _as_said(found, tok)
            # "pulled its forces out of Mali and out of Burkina Faso after juntas in both
            # countries ...": the last states of that number the sentence has named
            named = self._states_before_in_sentence(tok.i, own, people=True)
            listed = sent is not None and any(
                sent.start <= j < tok.i and len({a.code for a in found}) > size and
                {a.code for a in named[-size:]} <= {a.code for a in found}
                for j, found in self.groups())
            if len(named) > size and listed:
                # "announced by Saudi Arabia, Iran and China after talks between officials of
                # the two rival powers": the sentence ends on a list of more than that number,
                # so the last set of that many the story joined (its lede's pair), not the
                # list's end
                for j, found in reversed(self.groups()):
                    if j < tok.i and len({a.code for a in found}) == size and \
                            {a.code for a in found} <= {a.code for a in named} and \
                            not {a.code for a in found} & own:
                        return _as_said(found, tok)
            teller = self._teller(tok)
            if len(named) != size or {a.code for a in named} & teller or any(
                    self._only_a_place(a, sent, tok.i) for a in named):
                # "U.S. officials warned that Pyongyang could supply Moscow with shells for its
                # war in Ukraine, and said both countries would pay a price": the states named
                # by their capitals too, but not the teller's, nor a state named only as where
                # something is ("in Ukraine"), when that leaves just that many
                parties = [a for a in self._states_before_in_sentence(
                    tok.i, own | teller, people=True, capitals=True)
                    if not self._only_a_place(a, sent, tok.i)]
                if len(parties) == size:
                    return _as_said(parties, tok)
            if len(named) >= size:
                return _as_said(named[-size:], tok)
        if size is None and tok.lemma.lower() in ("ally", "partner") and "the" in words:
            # "Austin flew to Manila and the allies agreed to expand American access": the
            # two states the sentence has named before it, when it names just two
            named = self._states_before_in_sentence(tok.i, own, people=True, capitals=True)
            if len(named) == 2:
                return _as_said(named, tok)
        if size is None and tok.lemma.lower() in LEADER_NOUNS and words == ["the"] and \
                tok.tag == "NNS" and not kids(self.p, tok.i, "prep"):
            # "Zelenskyy spent the final day of the Group of Seven summit lobbying the leaders
            # of the world's richest democracies ... In their communique, the leaders said":
            # the body whose summit the story tells, not a guest named in passing
            body = self._summit_body(tok.i)
            if body is not None and body not in own:
                return [Actor(body, self.lex.name_of(body), "GOV", tok.text, tok.idx, tok.end)]
        if size is None and tok.lemma.lower() in LEADER_NOUNS and "the" in words:
            # "Biden hosted Kishida and Marcos at the White House ... The leaders criticized
            # China": every state whose leader the sentence before names (the host too, not
            # only the guests joined by "and")
            met = self._leaders_before(tok.i, own)
            if len(met) >= 2:
                return _as_said(met, tok)
        if size == 2 and tok.lemma.lower() in ("ally", "partner"):
            # "the two allies' secretaries were meeting", in a story of the Philippines and
            # the United States that named Australia last: the pair the story is about
            found = self.sides(tok.i, own, size)
            if found:
                return _as_said(found, tok)
        if size is not None and not self._last_people(tok.i, size + 1):
            # "Biden hosted Kishida and Marcos at the White House ... accused the three
            # countries of forming blocs": the states of just that many people told in the
            # sentence before
            last = self._last_people(tok.i, size)
            if len(last) == size and not {a.code for a in last} & own:
                return _as_said(last, tok)
        groups = list(reversed(self.groups()))
        if size is not None:
            # (a set that is the subject of a clause that describes a noun is told in passing:
            # "signed a security agreement, a deal that Australia and the United States fear
            # ... the two countries' foreign ministers had signed" are China and the Solomon
            # Islands, the last set the story told in a clause of its own)
            main = [(j, found) for j, found in groups if not self._in_relative(j)]
            groups = main + [g for g in groups if g not in main]
        if size is not None and tok.lemma.lower() in LEADER_NOUNS:
            # "Macron and Starmer signed the declaration ... Macron said Europe had to reduce
            # its dependencies on both Washington and Beijing. The two leaders also said":
            # people joined by name, before states joined as places
            people = [(j, found) for j, found in groups if self._person_at(j)]
            groups = people + [g for g in groups if g not in people]
        for j, found in groups:
            if tok.lemma.lower() in LEADER_NOUNS and self.p.tokens[j].pos == "ADJ":
                continue    # ("Italian and Hungarian troops ... the two leaders": not theirs)
            if j < tok.i and (size is None or len(found) == size) and \
                    not {a.code for a in found} & own:
                # ("The EU and the US tried to mediate between the two countries": not
                # themselves, nor a set the speaker is one of: "Brazil ... has urged both
                # governments to keep talking" is not Brazil and the Caribbean Community)
                if size is None and tok.lemma.lower() in LEADER_NOUNS:
                    found = found + self._host_of(j, found)
                return _as_said(found, tok)
        if size is not None and tok.lemma.lower() in LEADER_NOUNS:
            # "Kamikawa and Defense Minister Minoru Kihara met Teodoro and Foreign Secretary
            # Enrique Manalo ... the four ministers": the states of the last that many people
            # named, whatever their titles, when no set of that many states was told
            return _as_said(self._titled_people(tok, size, any_title=True), tok)
        return []

    def _titled_people(self, tok: Token, size: int, any_title: bool = False) -> list[Actor]:
        """"Secretary of State Mike Pompeo and Defense Secretary Mark Esper ... The two
        secretaries": the states of the last ``size`` people, a few sentences before token
        ``tok`` at most, whose title has its head word (with ``any_title``, any people),
        when every one has a state."""
        start = max(0, tok.i - TITLE_REACH)

        def titled(e: Entity) -> bool:
            return any_title or tok.lemma.lower() in {
                t.lemma.lower() for t in self.p.tokens[max(start, e.start - 4):e.start]}

        people = self._distinct_people(list(entities_in(self.p, start, tok.i)), titled)
        return self._states_of_people(people[-size:]) if len(people) >= size else []

    def _distinct_people(self, ents: list[Entity], keep=None) -> list[Entity]:
        """The people among ``ents`` (those ``keep`` allows), once each however often named
        ("Yoko Kamikawa ... Kamikawa"), in the order they were last named."""
        people: list[Entity] = []
        seen: set[str] = set()
        for e in reversed(ents):
            if e.label != "PERSON" or keep is not None and not keep(e):
                continue
            person = self.person_named(e.text)
            key = person.name if person is not None else e.text
            if key not in seen:
                seen.add(key)
                people.insert(0, e)
        return people

    def _states_of_people(self, people: list[Entity]) -> list[Actor]:
        """The states of ``people``, once each, when every one of them has a state."""
        out: dict[str, Actor] = {}
        for e in people:
            found = [a for a in self.actors(e.end - 1) if a.code]
            if not found:
                return []
            out.setdefault(found[0].code, found[0])
        return list(out.values())

    def _person_at(self, j: int) -> bool:
        """Whether token ``j`` is in a person's name."""
        t = self.p.tokens[j]
        return t.ent >= 0 and self.p.entities[t.ent].label == "PERSON" or \
            t.pos == "PROPN" and self.person_named(t.text) is not None

    def _in_relative(self, j: int) -> bool:
        """Whether token ``j`` is the subject of a relative clause on a noun ("a deal that
        Australia and the United States fear ...")."""
        t = self.p.tokens[j]
        while t.dep in ("compound", "amod") and t.head != t.i:
            t = self.p.tokens[t.head]
        return t.dep == "nsubj" and self.p.tokens[t.head].dep == "relcl"

    def _asked_to_settle(self, tok: Token) -> bool:
        """Whether ``tok`` is the one asked to settle a dispute: the object of a verb whose
        clause settles ("urged the two countries to resolve their differences", "called on
        both governments to ease tensions", "appealed to both countries to show maximum
        restraint")."""
        head = self.p.tokens[tok.head]
        if tok.dep == "pobj" and head.text.lower() in ("to", "on", "upon") and \
                head.dep == "prep":
            head = self.p.tokens[head.head]     # ("appealed to both countries", "called on")
        elif tok.dep != "dobj":
            return False
        for c in kids(self.p, head.i, "xcomp", "ccomp"):
            obj = kid(self.p, c.i, "dobj")
            if c.lemma.lower() in SETTLING or obj is not None and (
                    obj.lemma.lower() in DISPUTES or obj.lemma.lower() in RESTRAINT):
                return True
            if any(g.lemma.lower() in SETTLING for g in kids(self.p, c.i, "xcomp")):
                return True     # "urged both governments to keep talking"
        return False

    def sides(self, i: int, own: set, size: int | None = None) -> list[Actor]:
        """The parties of the conflict or deal a story tells before token ``i``: those of the
        last "between X and Y" ("a ceasefire between Israel and Hezbollah"), else the set of
        states it names most; not ``own``, the ones who speak of them."""
        found = self._between_last(i)
        if found and (size is None or len(found) == size) and \
                not {a.code for a in found} <= own:
            return found
        # the sides of a fight are states, not "UNICEF and MSF" who spoke; and the ones the
        # story is about, not the last two states that reacted ("Colombia and Chile issued
        # similar statements ... called for dialogue between the two sides")
        counts = self._state_counts()
        candidates = [(j, found) for j, found in reversed(self.groups())
                      if all(self.lex.entry(f"country:{a.code}") for a in found)]
        # (of sets named as often, the first: a story opens with its conflict)
        candidates.sort(key=lambda g: (-min(counts.get(a.code, 0) for a in g[1]), g[0]))
        for j, found in candidates:
            if j < i and (size is None or len(found) == size) and \
                    not {a.code for a in found} <= own:
                return found
        return []

    def warring(self, i: int) -> list[Actor]:
        """The parties of the last "between X and Y" before token ``i`` ("the war between
        Russia and Ukraine"), or none."""
        return self._between_last(i)

    def states_before_in_sentence(self, i: int, exclude: set) -> list[Actor]:
        """The states the sentence of token ``i`` names before it, by name or nationality,
        once each (not those in ``exclude``)."""
        return self._states_before_in_sentence(i, exclude)

    def _states_before_in_sentence(self, i: int, exclude: set, people: bool = False,
                                   capitals: bool = False) -> list[Actor]:
        """The states the sentence of token ``i`` names before it, by name or by the
        nationality of what they own ("expelled British diplomats"), once each, in order (not
        those in ``exclude``); with ``people``, by the leaders named too; with ``capitals``,
        by their capitals ("flew to Manila")."""
        sent = sentence_of(self.p, i)
        out: dict[str, Actor] = {}
        for e in entities_in(self.p, sent.start, i) if sent is not None else []:
            entry = self.lex.entry(e.key) if e.key else None
            last = self.p.tokens[e.end - 1]
            # (and a nationality joined to one: "his American and Japanese counterparts")
            owned = entry is not None and entry.kind == "demonym" and (
                last.dep in ("amod", "compound") or last.dep == "conj" and
                self.p.tokens[last.head].dep in ("amod", "compound"))
            if entry and entry.code and (entry.kind == "country" or owned or capitals and
                                         entry.kind == "capital") and \
                    entry.code not in exclude:
                out.pop(entry.code, None)
                out[entry.code] = Actor(entry.code, self.lex.name_of(entry.code), "GOV",
                                        e.text, e.start_char, e.end_char)
            elif people and (e.label == "PERSON" or entry is None and
                             self.person_named(e.text) is not None):
                # "Meloni hosted Kishida in Rome, when the two countries raised their
                # relations": the states of the leaders named
                for a in self.actors(e.end - 1):
                    if a.code and a.code not in exclude and a.sector == "GOV" and \
                            self.lex.entry(f"country:{a.code}"):
                        out.pop(a.code, None)
                        out[a.code] = Actor(a.code, a.name, "GOV", e.text, e.start_char,
                                            e.end_char)
        return list(out.values())

    def _teller(self, tok: Token) -> set[str]:
        """The states of whoever says the clause ``tok`` stands in ("U.S. officials said
        both countries would pay"), up to two clauses up."""
        verb = next((a for a in ancestors(self.p, tok.i) if a.pos in ("VERB", "AUX")), None)
        for _ in range(2):
            if verb is None or verb.dep not in ("ccomp", "conj") or verb.head == verb.i:
                return set()
            verb = self.p.tokens[verb.head]
            if verb.lemma.lower() in self.lex.speech_verbs:
                subj = kid(self.p, verb.i, "nsubj")
                if subj is None and verb.dep == "conj":
                    subj = kid(self.p, verb.head, "nsubj")  # ("warned ..., and said ...")
                return {a.code for a in self.actors(subj.i) if a.code} if subj is not None \
                    else set()
        return set()

    def _only_a_place(self, a: Actor, sent, i: int) -> bool:
        """Whether state ``a`` is named before token ``i`` in sentence ``sent`` only as the
        object of an "in" ("its war in Ukraine"): where something is, not a party."""
        if sent is None:
            return False
        spots = [t for t in self.p.tokens[sent.start:i] if t.idx == a.start]
        return bool(spots) and all(
            t.dep == "pobj" and self.p.tokens[t.head].text.lower() == "in" or
            t.dep == "compound" and self.p.tokens[t.head].dep == "pobj" and
            self.p.tokens[self.p.tokens[t.head].head].text.lower() == "in" for t in spots)

    def _people_before_in_sentence(self, i: int, exclude: set) -> list[Actor]:
        """The states of the people the sentence of token ``i`` names before it, once each, in
        order of their first mention (not those in ``exclude``)."""
        sent = sentence_of(self.p, i)
        out: dict[str, Actor] = {}
        for e in entities_in(self.p, sent.start, i) if sent is not None else []:
            if e.label != "PERSON":
                continue
            for a in self.actors(e.end - 1):
                if a.code and a.code not in exclude:
                    out.setdefault(a.code, a)
        return list(out.values())

    def _host_of(self, j: int, guests: list[Actor]) -> list[Actor]:
        """The state of the leader who hosts the leaders of the states at token ``j`` ("Biden
        hosted the leaders of Japan and South Korea": the United States), or none."""
        t = self.p.tokens[j]
        if t.dep != "pobj" or self.p.tokens[t.head].text.lower() != "of":
            return []
        noun = self.p.tokens[self.p.tokens[t.head].head]
        if noun.lemma.lower() not in LEADER_NOUNS or noun.dep != "dobj" or \
                self.p.tokens[noun.head].lemma.lower() not in _HOSTING:
            return []
        host = kid(self.p, noun.head, "nsubj")
        return [a for a in (self.actors(host.i) if host is not None else [])
                if a.code and a.sector == "GOV" and self.lex.entry(f"country:{a.code}") and
                a.code not in {g.code for g in guests}][:1]

    def _summit_body(self, i: int) -> str | None:
        """The code of the body whose summit the story named first, before token ``i`` (a body
        of states named in a sentence that tells a summit: "the Group of Seven summit"), or
        None."""
        self._state_counts()    # (found in the same walk over the article's names)
        at, code = self._summit or (len(self.p.tokens), "")
        return code if code and at < i else None

    def _summit_named(self, e: Entity) -> bool:
        """Whether name ``e`` is of a body of states in a sentence that tells a summit."""
        key = e.key or ""
        if not key.startswith("org:"):
            return False
        code = key.split(":")[1].upper()
        entry = actor_codes().get(code)
        if entry is None or entry.kind != "organisation" or not group_members(code, self._day()):
            return False
        sent = sentence_of(self.p, e.start)
        return sent is not None and any(t.lemma.lower() == "summit"
                                        for t in self.p.tokens[sent.start:sent.end])

    def _leaders_before(self, i: int, exclude: set) -> list[Actor]:
        """The states whose people of government the sentence before token ``i``'s names,
        once each, in order, when it names nothing but such people and states."""
        sent = sentence_of(self.p, i)
        before = sentence_before(self.p, sent.start) if sent is not None else None
        if before is None:
            return []
        out: dict[str, Actor] = {}
        for e in entities_in(self.p, before.start, before.end):
            if e.label != "PERSON":
                continue
            found = [a for a in self.actors(e.end - 1) if a.code]
            if not found or found[0].sector != "GOV" or \
                    not self.lex.entry(f"country:{found[0].code}"):
                return []       # (someone else named: an opposition leader, an envoy)
            if found[0].code not in exclude:
                out.setdefault(found[0].code, found[0])
        return list(out.values())

    def _last_people(self, i: int, size: int) -> list[Actor]:
        """The states of the last ``size`` people named in the sentence before token ``i``'s,
        once each, when every one of them has a state (a person named twice counts once:
        "Ishiba and Lee agreed ..., in their first summit since Lee took office. ... the two
        leaders")."""
        sent = sentence_of(self.p, i)
        before = sentence_before(self.p, sent.start) if sent is not None else None
        if before is None:
            return []
        people = self._distinct_people(list(entities_in(self.p, before.start, before.end)))
        return self._states_of_people(people[-size:]) if len(people) >= size else []

    def _between_last(self, before: int) -> list[Actor]:
        """The parties of the last "between X and Y" before token ``before``."""
        for j in range(before - 1, max(-1, before - 600), -1):
            t = self.p.tokens[j]
            if t.dep == "prep" and t.text.lower() == "between":
                obj = kid(self.p, j, "pobj")
                found = [a for a in self.actors(obj.i) if a.code] if obj is not None else []
                for c in conjuncts(self.p, obj.i) if obj is not None else []:
                    if self.actors(c):
                        continue
                    # ("mediates between Israel and armed groups in Gaza": a group that
                    # names no state is of the place its phrase names, wherever the parser
                    # hung the phrase right after it)
                    places = kids(self.p, c, "prep") + list(self.p.tokens[c + 1:c + 2])
                    found += [a for pr in places if pr.dep == "prep" and
                              pr.text.lower() in ("in", "from", "inside")
                              for o in kids(self.p, pr.i, "pobj") for a in self.actors(o.i)
                              if a.code and a.code not in {f.code for f in found}]
                if len({a.code for a in found}) >= 2:
                    return found
        return []

    def some_state(self, i: int) -> bool:
        """Whether token ``i`` is an indefinite state noun ("a European state", "any
        country"): a state not named, whose modifiers do not name it."""
        det = kid(self.p, i, "det")
        if det is None or det.text.lower() not in ("a", "an", "another", "any", "every",
                                                   "each", "no"):
            return False
        if self.p.tokens[i].text.lower() == "member":
            # "his first visit to a member of the court": one of the body's states, not the
            # body (but "a member of the Syrian parliament" is Syria's)
            found = [a for prep in kids(self.p, i, "prep") if prep.text.lower() == "of"
                     for o in kids(self.p, prep.i, "pobj") for a in self.actors(o.i)]
            return bool(found) and not any(self.lex.entry(f"country:{a.code}") for a in found)
        if self.p.tokens[i].text.lower() not in STATE_NOUNS | {"state"}:
            return False
        # ("recognized a Palestinian state": the state its people's name names)
        return not any(self._names_country(m) for m in kids(self.p, i, "amod"))

    def _names_country(self, m: Token) -> bool:
        """Whether modifier ``m`` is a country's name or demonym ("Palestinian")."""
        if m.ent < 0:
            return False
        e = self.p.entities[m.ent]
        entry = self.lex.entry(e.key) if e.key else None
        return entry is not None and entry.kind in ("country", "demonym")

    def _leaders_state(self, mods: list[Token]) -> list[Actor]:
        """The state of the leader a modifier names, by the last term begun by the story's
        date (or the first one, if none had)."""
        for m in mods:
            if m.ent < 0:
                continue
            e = self.p.entities[m.ent]
            key = e.key or self.lex.lookup(e.text) or ""
            person = self.person_named(e.text) if not key else None
            if person is not None and person.code:
                return [Actor(person.code, self.lex.name_of(person.code), "GOV", e.text,
                              e.start_char, self.p.tokens[m.head].end)]
            if not key.startswith("leader:") and e.label in ("PERSON", "ORG"):
                bearers = [k for k, x in self.lex.entries.items() if x.kind == "leader" and
                           x.name.split()[-1] == e.text.split()[-1]]
                key = bearers[0] if len(bearers) == 1 else ""
            terms = sorted(self.lex.terms.get(key, []), key=lambda t: t.start)
            if not terms or not key.startswith("leader:"):
                continue
            begun = [t for t in terms if t.start[:10] <= (self.published or "9999")[:10]]
            term = begun[-1] if begun else terms[0]
            return [Actor(term.code, self.lex.name_of(term.code), "GOV", e.text,
                          e.start_char, self.p.tokens[m.head].end)]
        return []

    def _office_of(self, tok: Token, appos: Token) -> bool:
        """Whether ``tok`` names an office of a body its own "of" phrase names, held by the
        person in apposition: "the head of the European Union's delegation in Moscow,
        Ambassador Markus Ederer" is the EU's, whatever the name alone would be taken for."""
        return appos.ent >= 0 and self.p.entities[appos.ent].label == "PERSON" and any(
            self.actors(o.i) for pr in kids(self.p, tok.i, "prep") if pr.text.lower() == "of"
            for o in kids(self.p, pr.i, "pobj"))

    def _described_name(self, tok: Token, appos: Token | None) -> bool:
        """Whether a name the lexicon does not know is told by the noun set after it: "Belavia,
        the Belarusian state carrier", "Rosneft, Russia's largest oil producer" (a body or a
        company, not a person: persons have their own rules)."""
        return appos is not None and tok.pos == "PROPN" and appos.pos == "NOUN" and \
            appos.i > tok.i and (tok.ent < 0 or self.p.entities[tok.ent].label not in (
                "PERSON", "VESSEL") and not self.p.entities[tok.ent].key)

    def _common_noun(self, tok: Token) -> list[Actor]:
        poss = kid(self.p, tok.i, "poss")
        if tok.lemma.lower() == "counterpart" and poss is not None and not any(
                m.ent >= 0 or m.pos == "ADJ" for m in kids(self.p, tok.i, "amod", "compound")):
            # "Li Qiang urged his counterparts to oppose exclusive blocs", after a summit of
            # China, Japan and South Korea: the others the sentence, or the one before it,
            # names (never the owner's own state)
            owner = {a.code for a in self.actors(poss.i)}
            sent = sentence_of(self.p, tok.i)
            named = self._states_before_in_sentence(tok.i, owner, people=True)
            if not named and sent is not None and sent.start > 0:
                named = self._states_before_in_sentence(sent.start - 1, owner, people=True)
            if tok.tag == "NNS" and named or len(named) == 1:
                return [replace(a, mention=tok.text, start=tok.idx, end=tok.end) for a in named]
            return []
        if tok.lemma.lower() in OTHERS and not any(
                c.text.lower() in ("two", "three", "both") for c in kids(self.p, tok.i)):
            # "Chinese rivals", "Russia's neighbours" are not China or Russia (but "the two
            # neighbors" refers back to two states named before)
            appos = kid(self.p, tok.i, "appos")
            if appos is not None and appos.ent >= 0:
                # "voiced solidarity with their northern neighbor, Estonia": the one it names
                found = self._head(appos.i)
                if found:
                    return found
            poss = kid(self.p, tok.i, "poss")
            if tok.tag == "NN" and poss is not None and poss.text.lower() in ("its", "their"):
                # "Algeria cut ties with Morocco, accusing its neighbor of hostile actions":
                # the one other state the sentence named before, besides the owner
                # (of several, the last: "opening a second trade front for Canada days after
                # the United States hit its northern neighbor")
                owner = {a.code for a in self.actors(poss.i)}
                named = self._states_before_in_sentence(tok.i, owner)
                if named and owner:
                    return [replace(named[-1], mention=tok.text, start=tok.idx, end=tok.end)]
            return []
        if self.some_state(tok.i):
            return []       # "the biggest assault on a European state": some state, not the EU
        if tok.lemma.lower() in QUANTITIES or tok.text.lower() in QUANTITIES:
            for prep in kids(self.p, tok.i, "prep"):
                obj = kid(self.p, prep.i, "pobj") if prep.text.lower() == "of" else None
                if obj is not None:
                    found = self.actors(obj.i)
                    if found:
                        return found
        sector = self._sector_of(tok)
        appos = kid(self.p, tok.i, "appos")
        nxt = self.p.tokens[tok.i + 1] if tok.i + 1 < len(self.p.tokens) else None
        if appos is None and tok.pos == "NOUN" and nxt is not None and nxt.ent >= 0 and \
                nxt.pos in ("VERB", "AUX") and self.p.entities[nxt.ent].start == nxt.i:
            # the parser took the name set after the noun for a verb ("the West African bloc
            # ECOWAS", ECOWAS a verb): it is still the noun's apposition
            appos = nxt
        if appos is not None and (appos.ent >= 0 or self._described_name(tok, appos)) and not (
                tok.lemma.lower() in self._vessel_words() and appos.ent >= 0 and
                self.p.entities[appos.ent].label in ("GPE", "LOC", "NORP")):
            # "the West African bloc ECOWAS", "the militant group Hamas" (but "the German
            # frigate Bayern" is a ship named after a place, not the place)
            found = [] if self._office_of(tok, appos) else self._head(appos.i)
            if found:
                return found
        if tok.tag == "NNS" and tok.lemma.lower() in BLOC_MEMBER_WORDS and \
                not any(m.ent >= 0 or m.dep == "poss" for m in mods_of(self.p, tok)):
            # "the 27 heads of state and government", "all 32 allies": as many as a bloc
            # named in the story had members that day are that bloc
            bloc = self._numbered_bloc(tok)
            if bloc is not None:
                return [Actor(bloc, self.lex.name_of(bloc), "GOV", tok.text, tok.idx,
                              tok.end)]
        if tok.lemma.lower() in BLOC_NOUNS and tok.ent < 0:
            # "the 10-member bloc condemned": the bloc named in the story that had as many
            # members that day
            for m in kids(self.p, tok.i, "compound", "amod"):
                if m.lemma.lower() in ("member", "nation", "country", "state"):
                    bloc = self._numbered_bloc(m)
                    if bloc is not None:
                        return [Actor(bloc, self.lex.name_of(bloc), "GOV", tok.text, tok.idx,
                                      tok.end)]
        if tok.dep == "appos" and tok.lemma.lower() in BLOC_NOUNS | BODY_WORDS and \
                self.p.tokens[tok.head].ent >= 0:
            # "the Collective Security Treaty Organization, the Moscow-led military alliance":
            # the body named (not its leader, whose it would be alone)
            # (the name itself, looked up: not through its apposition, which is this noun)
            named = [a for a in self._from_entity(self.p.tokens[tok.head]) or [] if a.code and
                     not self.lex.entry(f"country:{a.code}")]
            if named:
                return [replace(a, mention=tok.text, start=tok.idx, end=tok.end) for a in named]
        if tok.lemma.lower() in ENVOY_WORDS and tok.tag == "NN" and self._definite(tok) and \
                not mods_of(self.p, tok) and not kids(self.p, tok.i, "appos") and \
                not any(o.ent >= 0 or o.pos == "PROPN" for pr in kids(self.p, tok.i, "prep")
                        for o in kids(self.p, pr.i, "pobj")):
            # "Mali expelled France's ambassador ... The junta accused the envoy of hostile
            # remarks": the envoy named last, with the state that sent them
            found = self._last_envoy(tok)
            if found:
                return found
        owners: list[Actor] = []
        mods = mods_of(self.p, tok)
        # "China's U.N. mission", "Russia's NATO envoy": a state's own office at a body is the
        # state's, the body only where it sits
        possessed = any(m.dep == "poss" and any(a.code for a in self.owner_token(m))
                        for m in mods)
        based: list[Actor] = []
        for m in mods:
            if m.dep == "amod" and m.text.lower() in HYPHEN_OWNED:
                # "Vietnamese-led forces", "Houthi-held areas" (but "Iran-backed" is support,
                # not ownership)
                # (where a thing is based is its owner only when nothing else names one: "the
                # Navy's Bahrain-based Fifth Fleet" is the Navy's)
                for g in kids(self.p, m.i):
                    (based if m.text.lower() == "based" else owners).extend(
                        self.owner_token(g))
                continue
            if m.ent >= 0 and m.dep in ("compound", "nmod"):
                # "the APEC forum", "NATO peacekeeping troops", "the U.N. human rights chief":
                # a body names the whole phrase
                e = self.lex.entry(self.p.entities[m.ent].key)
                if e and e.kind == "org" and possessed and tok.lemma.lower() in POSTS:
                    continue    # (but "its European Community partners" are the body)
                if e and e.kind == "org" and tok.lemma.lower() in MEMBER_NOUNS and \
                        tok.tag == "NN":
                    # "its NATO ally", "a fellow EU member": one state, not the body (but its
                    # members together, "new EU members", "NATO allies", are the body)
                    continue
                if e and e.kind == "org" and tok.lemma.lower() in MEMBER_NOUNS and \
                        any(c.text.lower() in _NUMBERS for c in kids(self.p, tok.i, "nummod")):
                    # "between the two NATO neighbors", "the three EU members": that many
                    # states, counted as "the two countries" are
                    continue
                if e and e.kind in ("org", "force") and e.code and not kids(self.p, m.i, "conj") \
                        and (not sector or tok.lemma.lower() in self.lex.speaker_nouns):
                    return [Actor(e.code, self.lex.name_of(e.code), e.sector, m.text, m.idx,
                                  tok.end)]
            if m.dep == "amod" and tok.tag == "NNS" and tok.lemma.lower() in GROUP_NOUNS and \
                    self._bloc_adjective(m) and any(
                        c.text.lower() in _NUMBERS for c in kids(self.p, tok.i, "nummod")):
                continue    # "the three European powers": three states, not the bloc
            for j in conjuncts(self.p, m.i):
                owners.extend(self.owner_token(self.p.tokens[j]))
            if not owners and m.dep == "compound" and self._stateless_office(m) and \
                    tok.lemma.lower() in self.lex.speaker_nouns and \
                    not any(g.ent >= 0 and g.ent != m.ent or g.dep == "poss"
                            for g in kids(self.p, m.i, "amod", "compound", "poss")):
                # "A Commerce Ministry spokesperson said": the office's state, found as for
                # "the Commerce Ministry"
                owners = self._described_state(m, "GOV")[0]
            if not owners and m.dep == "compound" and self._bare_body(m) and \
                    tok.lemma.lower() in self.lex.speaker_nouns:
                # "a junta spokesman", "a government official", "a foreign ministry
                # spokeswoman": the body's state, found as for "the junta", "the government"
                seized = self._coup_makers(m) if m.lemma.lower() in COUP_MAKERS else []
                owners = [Actor(c, self.lex.name_of(c), "MIL", m.text, m.idx, tok.end)
                          for c in seized] or self._described_state(m, self._sector_of(m))[0]
            if not owners and m.dep == "compound":
                # "the Venezuelan Transport Ministry": the owner modifies the modifier
                # (each of those joined: "American and Canadian fighter jets")
                for g in kids(self.p, m.i, "amod", "compound"):
                    if g.i < m.i:
                        for j in conjuncts(self.p, g.i):
                            owners.extend(self.owner_token(self.p.tokens[j]))
        if not any(m.dep == "poss" for m in mods):
            owners = owners or based
        if not owners and tok.lemma.lower() in SPONSORED and not self._definite(tok):
            # "Iran-backed militant groups", "Russian-backed separatists": armed men of no
            # state of their own stand for their sponsor (but "the Iran-backed group" is one
            # named before: "hitting back at the Iran-backed group", the Houthis)
            owners = [a for m in mods if m.dep == "amod" and m.text.lower() in SPONSORING
                      for g in kids(self.p, m.i) if g.i < m.i for a in self.owner_token(g)]
            sector = sector or ("REB" if owners else None)
        if not owners and sector == "MIL" and tok.tag in ("NNS", "NNPS"):
            # "soldiers on both sides have been pulling back": the forces of the sides
            for prep in kids(self.p, tok.i, "prep"):
                obj = kid(self.p, prep.i, "pobj") if prep.text.lower() in ("on", "from") \
                    else None
                if obj is not None and obj.lemma.lower() in SIDES:
                    owners = self._group(obj)
                    break
        if not owners and tok.lemma.lower() in LED_GROUPS:
            # "a delegation led by Kurt Campbell", "a coalition headed by Saudi Arabia": the
            # leader's
            for c in kids(self.p, tok.i, "acl"):
                agent = kid(self.p, c.i, "agent") if c.lemma.lower() in LEADING else None
                obj = kid(self.p, agent.i, "pobj") if agent is not None else None
                found = self.actors(obj.i) if obj is not None else []
                if found:
                    return [Actor(a.code, a.name, sector or a.sector, tok.text, tok.idx,
                                  tok.end) for a in found]
        if not owners and tok.tag == "NNS" and tok.lemma.lower() in INCLUSIVE:
            # "nine governments, including Argentina and Uruguay, issued a statement": the
            # ones the story names of them
            for prep in kids(self.p, tok.i, "prep"):
                obj = kid(self.p, prep.i, "pobj") if prep.text.lower() in INCLUDING else None
                found = self.actors(obj.i) if obj is not None else []
                if found:
                    return [Actor(a.code, a.name, sector or a.sector, a.mention, a.start,
                                  a.end) for a in found]
        if not owners and tok.lemma.lower() in RULED_BY:
            # "the Trump administration", "the Maduro government": the state the leader led,
            # also in a term before or after the story's date
            owners = self._leaders_state(mods)
        if not owners:
            # "opposition groups in Zimbabwe", "the authorities in Niamey"
            people = sector in ("CVL", "REB", "OPP", "COP", "LEG", "JUD", "BUS", "MED", "NGO",
                                "GOV")
            # ("secretary-general of the OAS", the parser hanging "of" on "general")
            joined = [g for c in kids(self.p, tok.i, "amod", "compound")
                      if c.i == tok.i + 2 and self.p.tokens[tok.i + 1].text == "-"
                      for g in kids(self.p, c.i, "prep")]
            for prep in kids(self.p, tok.i, "prep") + joined:
                # "opposition groups in Zimbabwe", "students throughout Indonesia"
                obj = kid(self.p, prep.i, "pobj")
                sides = obj is not None and obj.lemma.lower() == "side" and prep.text.lower() in (
                    "on", "of") and any(d.text.lower() in ("both", "either", "each")
                                        for d in kids(self.p, obj.i, "det", "preconj", "amod"))
                if prep.text.lower() in ("of", "from") or people and prep.text.lower() in (
                        "in", "throughout", "across", "inside") or sides or \
                        prep.text.lower() == "for" and tok.lemma.lower() in VOICES:
                    # ("troops on both sides of the Line of Control": of both sides; "a
                    # spokesman for U.N. Secretary-General Antonio Guterres")
                    if obj is not None and not owners:
                        # (the first that names someone: "the leaders of Congo and Rwanda in
                        # Nairobi" are not Kenya's)
                        owners = self.actors(obj.i)
                        sector = sector or (owners[0].sector if owners else None)
        if not owners and tok.text.lower() in self._vessel_words() and self._definite(tok):
            owner = self._vessel_owner(tok.i, tok.lemma.lower())
            return [owner] if owner else []
        if not owners and (self._definite(tok) or tok.tag == "NNS"):
            # "the junta", "the generals", "the military governments": whoever took power
            # in the state the story says it was taken in
            seized = self._coup_makers(tok)
            if seized:
                return [Actor(c, self.lex.name_of(c), sector or "MIL", tok.text, tok.idx,
                              tok.end) for c in seized]
        if not owners and self._groups is not None or not owners and tok.tag == "NNS" or \
                not owners and (tok.lemma.lower() in SIDES or tok.lemma.lower() in GROUP_NOUNS
                                and tok.tag == "NN") and \
                any(d.text.lower() == "each" for d in kids(self.p, tok.i, "det")):
            # (not a noun whose "of" phrase names its own: "three members of Bolivia's
            # diplomatic staff" are not the last states named together)
            # (a modifier naming a region or a bloc's people is no owner: "the three European
            # powers" are the three states named, not Europe's)
            if not any(c.dep in ("amod", "compound", "poss") for c in kids(self.p, tok.i)
                       if c.ent >= 0 and not (c.dep == "amod" and self._bloc_adjective(c))) \
                    and not any(
                    self.p.tokens[j].ent >= 0 and self.p.entities[self.p.tokens[j].ent].key
                    for prep in kids(self.p, tok.i, "prep") if prep.text.lower() == "of"
                    for j in range(*subtree(self.p, prep.i))):
                grouped = self._group(tok)
                if grouped:
                    return grouped
        if not owners and sector and self._definite(tok) and tok.dep == "dobj" and \
                self.p.tokens[tok.head].lemma.lower() in COMMANDING and not mods:
            # "Biden ordered the military to strike": the commander's own forces
            subj = subject_kid(self.p, tok.head)
            owners = [a for a in self.actors(subj.i) if a.code] if subj is not None else []
        if not owners and sector == "JUD" and self._definite(tok) and not mods:
            # "the judges" of a story about an international court: the court named last
            # (the International Court of Justice is the U.N.'s), not the state a sentence
            # names ("called for the release of the hostages still held in Gaza")
            court = next((entry for e in reversed(self.p.entities) if e.start < tok.i and e.key
                          for entry in [self.lex.entry(e.key)]
                          if entry is not None and entry.kind == "org" and entry.code and
                          entry.sector == "JUD"), None)     # (anywhere before: the story's)
            if court is not None:
                return [Actor(court.code, self.lex.name_of(court.code), "JUD", tok.text,
                              tok.idx, tok.end)]
        if not owners and sector in ("CVL", "REB", "OPP", "COP", "LEG", "JUD") and \
                tok.tag in ("NNS", "NNPS") or not owners and sector and tok.text.lower() in (
                    "opposition", "police", "parliament", "government", "military", "army"):
            # "Rebels stormed the town, Sudanese officials said": groups of the one state
            # the sentence names (but a description told before says whose: "Sudan's
            # army-led government ... the army-aligned government")
            code = self._government_of_its_critics(tok) or \
                (self._described_before(tok) if self._definite(tok) else None) or \
                self._told_as_doer(tok) or self.sentence_state(tok.i)
            if code and tok.dep == "nsubj" and tok.tag == "NN" and self._definite(tok) and \
                    not mods and self._only_told_to(tok, code):
                # "The government said it had informed Stockholm ... that it would sever
                # relations": the state its subject tells something to is not its own
                code = None
            if code and sector == "CVL" and tok.dep in ("dobj", "pobj") and \
                    code in self._doers_of(tok):
                code = None     # "Azerbaijan fired shells at villages, killing civilians":
                #                 not the shooter's own people
            elif code and sector == "CVL" and tok.dep == "nsubj" and tok.tag == "NNS" and any(
                    code in {a.code for a in self.actors(o.i)}
                    for d in kids(self.p, tok.head, "dobj")
                    for o in kids(self.p, d.i, "poss")):
                code = None     # "Rights activists condemned Moscow's move": not the people
                #                 of the state whose act they judge
            elif sector == "GOV" and tok.dep == "dobj" and tok.tag == "NN" and \
                    self._definite(tok) and not mods and \
                    self.p.tokens[tok.head].lemma.lower() in charging_verbs():
                # "Kyiv had called on Ulaanbaatar to hand Putin over ... the Ukrainian Foreign
                # Ministry accused the government of having let him escape": a state's body
                # charges another government, the last other state named
                # (a party named, not a place gone to: "to hand Putin over to The Hague")
                doers = self._doers_of(tok)
                if doers and (code is None or code in doers):
                    code = self._party_named_before(tok.i, doers) or code
            if code:
                owners = [Actor(code, self.lex.name_of(code), sector, tok.text, tok.idx,
                                tok.end)]
        if owners and not sector and tok.tag in ("NNS", "NNPS") and _people_word(tok) and any(
                c.dep == "amod" and c.ent >= 0 and (self.lex.entry(self.p.entities[c.ent].key)
                                                    or Entry("", None, "", None)).kind == "demonym"
                for c in kids(self.p, tok.i)):
            sector = "CVL"          # "Algerian landowners", "Iraqi Kurds": people of a state
        if not owners and self._definite(tok) and tok.lemma.lower() in self.lex.documents and \
                all(m.dep == "amod" and m.lemma.lower() in _PLAIN_TEXTS for m in mods):
            found = self._issuer(tok)
            if found:
                return found
        if not owners and tok.lemma.lower() in _SPEAKING_TEXTS and tok.dep == "nsubj":
            # "Trump's letter left the door ajar ... but it warned that", "Beijing's statement
            # said": a text its owner wrote speaks and acts for its owner
            poss = kid(self.p, tok.i, "poss")
            found = [a for a in self.actors(poss.i) if a.code] if poss is not None else []
            if found:
                return found
        if not owners and tok.lemma.lower() in BLOCS and tok.ent < 0 and mods:
            # "West Africa's main regional bloc", "the Southeast Asian bloc": the bloc of the
            # region named (frames.yaml regional_blocs)
            code = self._regional_bloc(tok)
            if code:
                return [Actor(code, self.lex.name_of(code), "GOV", tok.text, tok.idx, tok.end)]
        if not owners and self._definite(tok) and tok.lemma.lower() in BLOC_NOUNS and \
                tok.ent < 0 and not mods and tok.text.islower() and \
                not any(pr.text.lower() != "of" or not kids(self.p, pr.i, "pcomp")
                        for pr in kids(self.p, tok.i, "prep")):
            # (a charge's "of" phrase hung on the bloc is no part of its name: "accused the
            # bloc of acting at the bidding of foreign powers")
            # "the alliance had failed to meet its obligations": the body named last
            # ("the organization" is the body named last whose name says so: the Organization
            # of American States, not the "General Assembly" named since)
            body = (self._named_body(tok) if tok.lemma.lower() not in BLOCS else None) or \
                self._same_description(tok) or \
                self._recent_body(tok.i, bloc=tok.lemma.lower() in BLOCS) or \
                self._recent_body(tok.i)
            if body is not None and tok.dep == "dobj" and \
                    self.p.tokens[tok.head].lemma.lower() in charging_verbs():
                # "He accused the bloc of acting at the bidding of foreign powers", said by a
                # member of a bloc just founded: the bloc charged is not the charger's own but
                # the last other body named (ECOWAS, which the juntas are leaving)
                doers = self._doers_of(tok)
                if doers & group_members(body.code, self._day()):
                    other = self._recent_entry(tok.i, lambda x: x.kind == "org" and
                                               x.code != body.code and x.code in groups())
                    body = Actor(other.code, self.lex.name_of(other.code), other.sector or
                                 "GOV", tok.text, tok.idx, tok.end) if other else body
            if body is not None:
                return [body]
        if not owners and self._definite(tok) and tok.lemma.lower() in BODY_WORDS and \
                tok.tag == "NN" and not mods and not kids(self.p, tok.i, "prep"):
            # "The International Atomic Energy Agency said ... The agency urged Tehran to
            # cooperate": the body named last whose name has that word ("the watchdog",
            # "the body": the body named last)
            body = self._named_body(tok)
            if body is not None:
                return [body]
        if not owners and self._definite(tok) and tok.text.lower() in ("group", "movement") and \
                not mods and not kids(self.p, tok.i, "prep"):
            # "the G7 ... the group condemned", "al-Shabab ... the group said", "the Houthis
            # ... the movement would resume its attacks": the body named last, if the last body
            # named is one we know (not "Human Rights Watch")
            body = self._last_body(tok.i)
            if body is not None:
                return [body]
        poss = kid(self.p, tok.i, "poss")
        if not sector and tok.text.lower() in STATE_NOUNS and poss is not None and \
                poss.pos == "PRON":
            # "Panama's president said his country was ready": the state of the one the
            # pronoun stands for
            owners = [Actor(a.code, a.name, "GOV", tok.text, tok.idx, tok.end)
                      for a in self.actors(poss.i)
                      if a.code and self.lex.entry(f"country:{a.code}")][:1]
            sector = "GOV" if owners else None
        if not owners and self._definite(tok) and tok.lemma.lower() in CRAFTS and \
                not any(m.ent >= 0 or m.dep == "poss" for m in mods):
            # "a single drone crashed into the base ... Amman insisted that the drone had hit
            # a base in Syria": a craft the story brought in with no owner ("a drone ...") is
            # not the speaker's (nor the last subject's) state when named again
            # (or one that named an act: "a drone attack that killed three U.S. soldiers ...
            # the U.S. military said the drone struck a base")
            before = self._told_before(tok)
            phrase = self.p.tokens[before.head] if before is not None and \
                before.dep == "compound" else before
            if before is not None and (before.dep in ("nsubj", "nsubjpass") or
                                       phrase is not before) and \
                    kid(self.p, phrase.i, "det") is not None and \
                    kid(self.p, phrase.i, "det").text.lower() in ("a", "an") and \
                    not self.actors(before.i):
                return []
        if not owners and self._definite(tok) and tok.tag == "NNS" and not mods and \
                tok.lemma.lower() in _FIRM_WORDS and not kids(self.p, tok.i, "prep"):
            # "sanctioned nine U.S. defense companies ... said the firms had harmed China's
            # sovereignty": the firms named before, by any word for firms
            for j in range(tok.i - 1, max(-1, tok.i - BACK_REACH), -1):
                t = self.p.tokens[j]
                if t.pos == "NOUN" and t.tag == "NNS" and t.lemma.lower() in _FIRM_WORDS and \
                        self._told(j):
                    found = [a for a in self.actors(j) if a.code]
                    if found:
                        return _as_said(found, tok)
        if not owners and self._definite(tok) and tok.tag == "NN" and not mods and \
                tok.text.islower() and tok.dep in ("dobj", "pobj") and sector and \
                tok.lemma.lower() not in STATE_NOUNS | set(STATE_KINDS):
            # "expelled the staff of the U.N. human rights office ... accused the office of
            # acting as a law firm": the office named before, not the speaker's own
            same = self._same_head_actors(tok, BACK_REACH, chain=True)
            if same:
                return _as_said(same, tok)
        if not owners and self._definite(tok) and tok.tag in ("NN", "NNP") and \
                (tok.ent < 0 or self._stateless_office(tok)) and \
                not any(m.ent >= 0 and m.ent != tok.ent or m.dep == "poss" for m in mods):
            # ("The Commerce Ministry imposed ...": an office whose name gives no state)
            owners, sector = self._described_state(tok, sector)
        if not owners and self._definite(tok) and tok.text.lower() in STATE_NOUNS | {"state"} \
                and mods:
            owners = self._regional_state(tok, mods)
            sector = sector or ("GOV" if owners else None)
        named = [m for m in mods if m.dep == "poss" and m.ent >= 0]
        if owners and not sector and (
                tok.lemma.lower() in _HEADS_OF and
                not any(self.lex.entry(f"country:{o.code}") for o in owners) or
                tok.lemma.lower() in self.lex.speaker_nouns and
                any(self.p.entities[m.ent].label == "PERSON" for m in named)) and named:
            # "NATO's chief", "UNICEF's executive director": the head of a body, named by its
            # possessive, speaks for the body; "Lula's chief adviser", "Putin's aide": one who
            # serves a leader is of the leader's government
            sector = owners[0].sector
        if owners and not sector and tok.lemma.lower() in _OWN_GROUPS and \
                any(m.dep == "poss" and m.tag == "PRP$" for m in mods) and \
                all(self.lex.entry(f"country:{o.code}") for o in owners):
            # "The military rulers of Mali, Burkina Faso and Niger announced that their
            # countries were leaving": the states the pronoun stands for are the countries
            sector = "GOV"
        if not owners or not sector:
            return []
        lo, hi = subtree(self.p, tok.i)
        mention = text_of(self.p, self.text, min(lo, tok.i), tok.i + 1)
        return [Actor(o.code, o.name, sector, mention, self.p.tokens[lo].idx, tok.end)
                for o in owners]

    def owner_token(self, t: Token) -> list[Actor]:
        """A modifier that names a state: a demonym, a country, a possessive name."""
        if t.dep == "compound" and t.ent >= 0 and \
                self.p.tokens[t.head].lemma.lower() in NAMED_TEXTS and \
                not self._hyphened_pair(self.p.entities[t.ent]):
            return []       # "the Vienna Convention": named after a place, no party
        if t.text.lower() in PERSON_PRONOUNS | THING_PRONOUNS:
            return [a for a in self._head(t.i)]
        if t.ent >= 0 and self.p.entities[t.ent].start == t.i and t.i >= 2 and \
                self.p.tokens[t.i - 1].text == "-" and \
                self.p.tokens[t.i - 2].text.lower() in ("pro", "anti"):
            return []       # "a pro-Palestinian demonstration": of those for or against a
            #                 people, not that people's own
        if t.ent < 0 and t.dep == "poss" and t.tag == "NNS":
            return self._group(t) or self._coup_owner(t)  # "the three nations' ministers"
        if t.ent < 0 and t.dep == "poss" and t.tag == "NN":
            found = self._coup_owner(t)     # "the junta's leader"
            if not found and (t.lemma.lower() in STATE_NOUNS or
                              t.lemma.lower() in STATE_KINDS) and self._definite(t):
                # "Hungary vetoed the aid. The country's prime minister criticized Brussels",
                # "The island's defense ministry": the state "the country" stands for
                found = [a for a in self._head(t.i) if a.code and
                         self.lex.entry(f"country:{a.code}")][:1]
            if not found and t.lemma.lower() in BLOC_NOUNS and self._definite(t) and \
                    not mods_of(self.p, t) and \
                    self.p.tokens[t.head].lemma.lower() not in MEMBER_NOUNS | STATE_NOUNS | {
                        "state"}:
                # "hours after the bloc's leaders agreed": the body named last, as for "the
                # bloc" itself (not "the bloc's six member states", the states), or the one
                # the story described so before (_same_description)
                body = self._same_description(t) or \
                    self._recent_body(t.i, bloc=t.lemma.lower() in BLOCS) or \
                    self._recent_body(t.i)
                found = [body] if body is not None else []
            if not found and t.lemma.lower() == "group" and self._definite(t) and \
                    not mods_of(self.p, t) and \
                    self.p.tokens[t.head].lemma.lower() in GROUP_OFFICES:
                # "a call by the G7 ... The group's foreign ministers had urged China": a
                # group whose ministers or leaders act is the bloc of states named last (not
                # "the group's fighters")
                body = self._recent_body(t.i, bloc=True)
                found = [body] if body is not None else []
            return found
        if t.ent < 0:
            return self._korea(t)       # "the North's foreign ministry"
        ent = self.p.entities[t.ent]
        if ent.label == "PERSON":
            person = self.person_named(ent.text)
            if person is None and (ent.key or "").startswith("leader:"):
                # "Lula's chief adviser": a leader the gazetteer knows by a short name
                return [a for a in self.actors(t.i) if a.code]
            return [self._from_person(person, t)] if person and person.code else []
        key = ent.key or self.lex.lookup(ent.text) or ""
        entry = self.lex.entry(key)
        if entry and entry.kind == "demonym" and ent.start > 0 and \
                self.p.tokens[ent.start - 1].text.lower() == "ethnic":
            return []       # "ethnic Albanian unrest in Montenegro": a people, not Albania
        if entry and entry.code and entry.kind != "outlet":
            # "the Russian invasion": a demonym on its own stands for the state
            return [Actor(entry.code, self.lex.name_of(entry.code), entry.sector or "GOV",
                          ent.text, ent.start_char, ent.end_char)]
        if entry is None and ent.label == "ORG" and t.dep == "compound":
            return self._short_for_named(ent)   # "a Treasury official"
        return []

    def contesting(self, i: int) -> list[Actor]:
        """The state that contests passage through the waters at token ``i`` (waters.csv)."""
        tok = self.p.tokens[i]
        lo, hi = subtree(self.p, i)
        phrase = text_of(self.p, self.text, lo, hi).lower().removeprefix("the ")
        for name, code in _waters().items():
            if name in phrase:
                return [Actor(code, self.lex.name_of(code), "GOV", tok.text, tok.idx, tok.end)]
        return []

    def group_sector(self, i: int) -> str | None:
        """The sector of a person or group phrase that names no state ("demonstrators",
        "the opposition leader", an unknown person), for domestic events."""
        tok = self.p.tokens[i]
        if tok.ent >= 0 and self.p.entities[tok.ent].label == "PERSON":
            ent = self.p.entities[tok.ent]
            if self.person_named(ent.text) is not None:
                return None
            return self._person_context(ent.start, ent.end)[1] or "CVL"
        if tok.ent >= 0:
            return None
        return self._sector_of(tok)

    def _vessel_words(self) -> frozenset[str]:
        return _vessel_nouns()

    def _issuer(self, tok: Token) -> list[Actor]:
        """"Blinken issued a statement Tuesday ... The statement threatened sanctions": a text
        referred back to speaks for whoever issued it."""
        lemma = tok.lemma.lower()
        # "The declaration, adopted Wednesday by the 32 allies, said ...": its own issuers
        adopted = [a for c in kids(self.p, tok.i, "acl")
                   if c.tag == "VBN" and c.lemma.lower() in ISSUING
                   for ag in kids(self.p, c.i, "agent") for o in kids(self.p, ag.i, "pobj")
                   for x in conjuncts(self.p, o.i) for a in self.actors(x) if a.code]
        if adopted:
            return list({a.code: a for a in adopted}.values())
        for j in range(tok.i - 1, max(-1, tok.i - BACK_REACH), -1):
            t = self.p.tokens[j]
            if t.lemma.lower() == lemma and tok.dep not in ("nsubj", "nsubjpass"):
                # "The resolution, drafted by France, Germany and Britain, passed with 19
                # votes ... Iran called the resolution politically motivated": a text put to
                # a body, judged, is those who drafted it (what it says itself, "the
                # resolution asks the agency to ...", is the body's that passed it)
                drafted = [a for c in kids(self.p, j, "acl")
                           if c.tag == "VBN" and c.lemma.lower() in DRAFTING
                           for ag in kids(self.p, c.i, "agent") for o in kids(self.p, ag.i, "pobj")
                           for x in conjuncts(self.p, o.i) for a in self.actors(x) if a.code]
                if drafted:
                    return list({a.code: a for a in drafted}.values())
            if t.lemma.lower() == lemma and t.dep == "dobj" and t.head != t.i:
                verb = self.p.tokens[t.head]
                if verb.lemma.lower() in BROKERING:
                    return []   # "Qatar mediated an accord": the accord is not Qatar's
                subj = kid(self.p, verb.i, "nsubj")
                if subj is not None:
                    return [a for a in self.actors(subj.i) if a.code]
                return []
        return []

    def _unnamed_official(self, i: int) -> list[Actor]:
        """"Brazil's foreign minister flew to Nairobi. There she met ...": a pronoun with no
        named person before it is the official last named as a subject by title alone (not
        one inside a quotation, for a pronoun outside it)."""
        if self._quote_chars is None:
            self._quote_chars = _quoted_chars(self.text, 0, len(self.text))
        outside = self.p.tokens[i].idx not in self._quote_chars
        # (an object pronoun may stand for an official just named as an object in its own
        # sentence: "barred the U.N. envoy from entering Afghanistan, accusing him of ...")
        pron = self.p.tokens[i]
        sent = sentence_of(self.p, i)
        objects = ("dobj",) if pron.dep in ("dobj", "pobj") and pron.tag == "PRP" else ()
        for j in range(i - 1, max(-1, i - BACK_REACH), -1):
            t = self.p.tokens[j]
            if outside and t.idx in self._quote_chars:
                continue    # an official in someone's quotation is not whom the story names
            official = t.pos == "NOUN" and t.tag == "NN" and \
                self.lex.sector_nouns.get(t.lemma.lower()) in ("GOV", "MIL", "IGO", "JUD")
            if official and t.dep == "nsubj":
                return self.actors(j)
            if official and t.dep in objects and sent is not None and j >= sent.start:
                found = self.actors(j)
                if found:
                    return found
        return []

    def _someone_since(self, tok: Token, person: Person) -> bool:
        """Whether a person the story does not name ("a JetBlue pilot", "one resident") is
        the subject of a clause between the last mention of ``person`` and the pronoun
        ``tok``, in its sentence or the one before: the pronoun is that someone."""
        if tok.dep not in ("nsubj", "nsubjpass"):
            return False
        last = max((j for j, x in self.mentions if x is person and j < tok.i), default=-1)
        sent = sentence_of(self.p, tok.i)
        if sent is None:
            return False
        before = sentence_before(self.p, sent.start)
        lo = max(last + 1, before.start if before is not None else sent.start)
        for t in self.p.tokens[lo:tok.i]:
            det = kid(self.p, t.i, "det")
            if t.dep == "nsubj" and t.pos == "NOUN" and t.tag == "NN" and \
                    t.lemma.lower() in self.lex.speaker_nouns and det is not None and \
                    det.text.lower() in ("a", "an", "one", "another"):
                return True
        return False

    def _government_of_its_critics(self, tok: Token) -> str | None:
        """"Opposition lawmakers in Canberra have warned the government against reading too
        much into the warm words": the government a state's lawmakers or opposition address
        is their own."""
        if tok.lemma.lower() != "government" or tok.dep != "dobj" or \
                not self._definite(tok) or mods_of(self.p, tok):
            return None
        subj = subject_kid(self.p, tok.head)
        if subj is None or self._sector_of(subj) not in ("LEG", "OPP"):
            return None
        return next((a.code for a in self.actors(subj.i) if a.code and
                     self.lex.entry(f"country:{a.code}")), None)

    def _cataphor(self, tok: Token) -> Person | None:
        """"Speaking in Luxembourg as he arrived for a meeting ..., Foreign Minister Gabrielius
        Landsbergis said": "he" or "she" in an adverbial clause set before the subject of the
        verb it hangs on is that subject, when a person is named there."""
        if tok.text.lower() not in ("he", "she"):
            return None
        for a in ancestors(self.p, tok.i):
            if a.dep != "advcl" or a.head == a.i:
                continue
            subj = kid(self.p, a.head, "nsubj")
            if subj is None:
                continue    # (a participle's: "Speaking in Luxembourg as he arrived")
            if subj.i < a.i or subj.i < tok.i:
                return None
            lo, hi = subtree(self.p, subj.i)
            return next((person for j, person in self.mentions if lo <= j < hi), None)
        return None

    def _subject_person(self, tok: Token) -> Person | None:
        """A subject "he" or "she" stands for the person last named as a subject, in its
        sentence or the one before, not for one named since as an object: "Trump said he would
        speak with Xi Jinping ..., and he told reporters" is Trump. A subject pronoun of the
        same gender before it is whom it stood for; subjects that are no person are passed."""
        low = tok.text.lower()
        if tok.dep not in ("nsubj", "nsubjpass") or low not in ("he", "she"):
            return None
        if tok.i in self._subject_people:
            return self._subject_people[tok.i]
        self._subject_people[tok.i] = None
        sent = sentence_of(self.p, tok.i)
        start = sent.start if sent is not None else tok.i
        # the sentence before (not a quote mark the splitter cut off on its own)
        lo = max((x.start for x in self.p.sentences if x.end <= start and any(
            t.pos != "PUNCT" for t in self.p.tokens[x.start:x.end])), default=start)
        named = {j: person for j, person in self.mentions if lo <= j < tok.i}
        found = None
        for t in reversed(self.p.tokens[lo:tok.i]):
            if t.dep not in ("nsubj", "nsubjpass"):
                continue
            if t.text.lower() == low:
                found = self._subject_person(t) or self.last_person(t.i, low)
                break
            starts = [t.i] + [self.p.entities[x.ent].start for x in [t] + kids(self.p, t.i, "appos")
                              if x.ent >= 0 and self.p.entities[x.ent].label == "PERSON"]
            person = next((named[j] for j in starts if j in named), None)
            if person is not None and not self._under_verb(tok.i, t.head) and any(
                    k.text.lower() == low and k.i < t.i
                    for a in ancestors(self.p, t.head) for k in kids(self.p, a.i, "nsubj")):
                # "Erdogan said he believed Putin wanted the deal to continue and that he would
                # speak to him": one named inside what "he" believed is not the next "he"
                # (but "said Putin told him he would come" is Putin)
                continue
            if person is not None and gender(person) is None and any(
                    x.dep in ("nsubj", "nsubjpass") and x.text.lower() == low
                    for x in self.p.tokens[start:t.i]):
                # "she disclosed that Moon had offered ..., and said she had turned the
                # proposal down": one of no known gender does not stand between two "she"s
                continue
            if person is not None:
                found = person if fits(person, low) else None
                break
        self._subject_people[tok.i] = found
        return found

    def _under_verb(self, i: int, verb: int) -> bool:
        """Whether token ``i`` is in the clause of ``verb``."""
        lo, hi = subtree(self.p, verb)
        return lo <= i < hi

    def _possessor_subject(self, tok: Token) -> Person | None:
        """"Macron met Scholz in Berlin and reaffirmed his support for Ukraine": a possessive
        "his" or "her" in what its verb does is the verb's own subject (shared with a verb it
        is joined to), when that verb acts on no person ("praised Kim for his support" is
        Kim's)."""
        if tok.dep != "poss" or tok.text.lower() not in ("his", "her"):
            return None
        verb = next((a for a in ancestors(self.p, tok.i) if a.pos in ("VERB", "AUX")), None)
        # ("briefed Biden on his recent visit to Ukraine", "told Scholz about his trip": one
        # who tells another of a thing tells of their own)
        briefing = verb is not None and verb.lemma.lower() in _BRIEFING and any(
            a.dep == "prep" and a.text.lower() in ("on", "about", "of") and a.head == verb.i
            for a in ancestors(self.p, tok.i))
        starts = {j for j, _ in self.mentions}
        if verb is None or not briefing and any(
                o.ent >= 0 and (self.p.entities[o.ent].label == "PERSON" or
                                self.p.entities[o.ent].start in starts) or
                o.text.lower() in ("him", "her", "them")
                for o in kids(self.p, verb.i, "dobj", "dative")):
            # (a person the story names, whatever the tagger called the name: "thanked Modi
            # for his visit" is Modi's)
            return None
        subj = kid(self.p, verb.i, "nsubj")
        if subj is not None and subj.i > tok.i >= subtree(self.p, subj.i)[0] and \
                verb.dep == "conj":
            # "Lula has not withdrawn the comparison, and his chief adviser dismissed ...":
            # the possessive in the subject of the second clause is the first clause's subject
            subj = kid(self.p, verb.head, "nsubj")
        elif subj is None and verb.dep == "conj":
            subj = kid(self.p, verb.head, "nsubj")
        if subj is None or subj.i > tok.i:
            return None
        if subj.text.lower() in ("he", "she"):
            return self._subject_person(subj) if subj.text.lower() == \
                {"his": "he", "her": "she"}[tok.text.lower()] else None
        if subj.ent < 0:
            # (a surname the tagger left untagged: "Modi briefed Biden on his visit")
            person = next((pn for j, pn in self.mentions if j == subj.i), None)
            return person if person is not None and fits(person, tok.text.lower()) else None
        if self.p.entities[subj.ent].label != "PERSON" and \
                self.p.entities[subj.ent].start not in starts:
            return None
        person = next((pn for j, pn in reversed(self.mentions) if j <= subj.i and
                       j >= self.p.entities[subj.ent].start), None) or \
            self._office_holder(subj)
        return person if person is not None and fits(person, tok.text.lower()) else None

    def _office_holder(self, tok: Token) -> Person | None:
        """The sitting office holder a name the lexicon gives stands for ("Lula"), when the
        story's own names do not index it."""
        ent = self.p.entities[tok.ent]
        key = ent.key or self.lex.lookup(ent.text) or ""
        if not key.startswith("leader:") or self._former(ent.start):
            return None
        term = self.lex.term_at(key, self.published)
        entry = self.lex.entry(key)
        if term is None or entry is None:
            return None
        return Person(entry.name, term.code, term.sector, None, ent.start)

    def _doer_of(self, tok: Token) -> Person | None:
        """The person whose own act has ``tok`` ("him", "her") as its object, whom it cannot
        stand for: in "Putin congratulated him", "him" is someone else ("himself" would be
        Putin)."""
        if tok.tag != "PRP" or tok.text.lower() not in ("him", "her"):
            return None
        verb = self.p.tokens[tok.head]
        if tok.dep == "pobj" and verb.dep == "prep":
            verb = self.p.tokens[verb.head]        # "spoke with him"
        elif tok.dep not in ("dobj", "dative"):
            return None
        subj = kid(self.p, verb.i, "nsubj")
        steps = 0
        while subj is None and verb.dep in ("xcomp", "acomp") and verb.head != verb.i and \
                steps < 3:
            # "said he was ready to work with him": the subject the infinitive shares
            verb, steps = self.p.tokens[verb.head], steps + 1
            subj = kid(self.p, verb.i, "nsubj")
        if subj is not None and subj.text.lower() in ("he", "she"):
            return self._subject_person(subj)
        if subj is None or subj.ent < 0 or self.p.entities[subj.ent].label != "PERSON":
            return None
        return next((person for j, person in reversed(self.mentions) if j <= subj.i and
                     j >= self.p.entities[subj.ent].start), None)

    def _antecedent(self, tok: Token) -> Person | None:
        """"Maimane, who headed the party until he resigned": a pronoun inside a relative
        clause is the person the clause describes."""
        for a in ancestors(self.p, tok.i):
            if a.dep == "relcl":
                head = self.p.tokens[a.head]
                if a.i == tok.head and tok.dep in ("nsubj", "nsubjpass") and any(
                        c.text.lower() in ("whom", "who", "which", "that") and
                        c.dep in ("dobj", "pobj", "dative")
                        for c in kids(self.p, a.i) + [g for pr in kids(self.p, a.i, "prep")
                                                      for g in kids(self.p, pr.i, "pobj")]):
                    return None     # "Putin, whom he met in China": the one met is not "he"
                if head.pos == "PROPN":
                    return self.person_named(head.text, before=head.i + 1)
                return None
        return None

    def _bloc_adjective(self, t: Token) -> bool:
        """Whether the adjective ``t`` names a region or a bloc's people, not one state's
        ("European", "African", "Arab"): the lexicon knows it as no state's demonym."""
        key = self.lex.lookup(t.text.lower())
        entry = self.lex.entry(key) if key else None
        return entry is None or entry.kind == "org"

    def _told_before(self, tok: Token) -> Token | None:
        """The last mention, in an earlier sentence, of the thing a definite noun names again
        (same lemma), or None."""
        sent = sentence_of(self.p, tok.i)
        start = sent.start if sent is not None else tok.i
        for j in range(start - 1, max(-1, start - 400), -1):
            t = self.p.tokens[j]
            if t.lemma.lower() == tok.lemma.lower() and t.pos == "NOUN":
                return t
        return None

    def _described_state(self, tok: Token, sector: str | None
                         ) -> tuple[list[Actor], str | None]:
        """A state referred back to by a definite description that names none.

        "the country", "the nation" is the state last named that is not the clause's own
        subject ("France sent a delegation to Japan. It also pledged aid to the country" ->
        Japan); "the government", "the foreign ministry" is the state last named as a subject
        ("Japan has grown uneasy about ... On Tuesday the foreign ministry summoned ...")."""
        low = tok.text.lower()
        code = None
        if low in STATE_KINDS and not kids(self.p, tok.i, "appos") and \
                not any(c.text.lower() == "of" for c in kids(self.p, tok.i, "prep")):
            # "offered to build a plant in the kingdom", "an arms sale to the island": the
            # state of that kind named last ("the island of Bali" is a place)
            subj = self._clause_subject(tok, through_conj=True)
            own = {a.code for a in self.actors(subj.i)} if subj is not None else set()
            code, sector = self._recent_state(tok.i, own, STATE_KINDS[low]), "GOV"
            if code is None:
                # (named last long before: the state of that kind the story names most)
                counts = {c: n for c, n in self._state_counts().items()
                          if c not in own and c.lower() in STATE_KINDS[low]}
                code = max(counts, key=counts.get) if counts else None
        elif low in STATE_NOUNS:
            subj = self._clause_subject(tok)
            own = {a.code for a in self.actors(subj.i)} if subj is not None else set()
            # ("pressed the island nation to bar the vessels", "the Gulf kingdom": of the
            # kind its modifier names)
            kind = next((STATE_KINDS[m.text.lower()] for m in kids(self.p, tok.i, "compound",
                                                                  "amod")
                         if m.text.lower() in STATE_KINDS), None)
            code, sector = self._recent_state(tok.i, own, kind), "GOV"
            if len(own) >= 2 and kind is None:
                # "Washington will help Vietnam train engineers, and the two sides signed a
                # memorandum on developing the country's rare-earth deposits": of a pair that
                # acts, one of the pair, the one named last
                code = self._recent_state(tok.i, set(), frozenset(c.lower() for c in own
                                                                  if c)) or code
            if tok.dep in ("nsubj", "nsubjpass") and tok.text.lower() in ("country", "nation"):
                # "Japan has signed similar agreements with Australia and Britain. The country
                # is also in talks with France": a subject carries on the last subject
                code = self._recent_subject_state(tok.i) or code
            elif tok.dep == "poss" and len(own) == 1 and \
                    tok.text.lower() in ("country", "nation"):
                # "Helsinki applied to join weeks after Russia invaded Ukraine. ... the
                # Turkish parliament voted to ratify the country's membership": another's
                # country is the last subject of another state, before one named in passing
                code = self._recent_subject_state(tok.i, own) or code
            guarded = tok if tok.dep != "poss" else self.p.tokens[tok.head]
            if len(own) == 1 and guarded.dep == "dobj" and \
                    self.p.tokens[guarded.head].lemma.lower() in SELF_GUARDING:
                # "insisting that their own soldiers were only defending the country's
                # territory": what one guards is one's own country
                code = next(iter(own))
        elif sector in ("GOV", "MIL") and low not in self.lex.speaker_nouns:
            # "the administration", bare, is the American one in news copy, as "the White
            # House" is ("Maduro, who accuses the administration of ...")
            american = "USA" if low == "administration" and not mods_of(self.p, tok) and \
                "USA" in self._state_counts() else None
            # (the place the clause is set in first: "Poland's Foreign Ministry said ... In
            # Moscow, the Defense Ministry said" is Russia's, whatever ministry came before)
            code = self._speakers_government(tok) or \
                self._clause_place(tok) or self._same_head_state(tok) or american or \
                (self.focus_state() if low in RULERS or " ".join(
                    [m.text.lower() for m in mods_of(self.p, tok)] + [low]) in RULERS
                 else None) or \
                self._recent_subject_state(tok.i)
        if not code:
            return [], sector
        return [Actor(code, self.lex.name_of(code), sector, tok.text, tok.idx, tok.end)], sector

    def _regional_state(self, tok: Token, mods: list[Token]) -> list[Actor]:
        """"the Southeast Asian nation" after Malaysia, "the Gulf state": the state named last
        that lies in the region the description names (frames.yaml, regional_states), not the
        clause's own subject."""
        words = " ".join(self.p.tokens[j].text.lower()
                         for j in range(min(m.i for m in mods), tok.i))
        region = _regional_states().get(words)
        if region is None:
            return []
        members = frozenset(c.lower() for c in codes_regions().get(region, ()))
        subj = self._clause_subject(tok)
        own = {a.code for a in self.actors(subj.i)} if subj is not None and subj.i != tok.i \
            else set()
        code = self._recent_state(tok.i, own, members)
        return [Actor(code, self.lex.name_of(code), "GOV", tok.text, tok.idx, tok.end)] \
            if code else []

    def seizures(self) -> list[tuple[int, list[str]]]:
        """Where the article says power was taken by force, with the states it was taken in:
        "soldiers seized power in Niger", "the coup in Mali", "Niger's junta", "the juntas
        ruling Mali and Burkina Faso" (token, states)."""
        if self._seizures is None:
            self._seizures = []
            for t in self.p.tokens:
                low = t.lemma.lower()
                power = [c for c in kids(self.p, t.i, "dobj") if c.lemma.lower() == "power"] \
                    if low in SEIZING and t.pos == "VERB" else []
                if power:
                    # ("seized power in Mali": the parser may hang "in Mali" on "power")
                    codes = self._seized_in(t) or self._seized_in(power[0]) or \
                        self._subject_owner(t)
                    if not codes and not self._quoted(t.i):
                        one = self.sentence_state(t.i)
                        codes = [one] if one else []
                elif low in COUPS and t.pos in ("NOUN", "PROPN"):
                    codes = self._seized_in(t)
                    if not codes and low != "junta":
                        one = self.sentence_state(t.i)
                        codes = [one] if one else []
                elif low in MILITARY_RULE and self._military(t):
                    codes = self._seized_in(t)      # "the military governments of Mali, ..."
                else:
                    continue
                states = [c for c in dict.fromkeys(codes) if self.lex.entry(f"country:{c}")]
                if states:
                    self._seizures.append((t.i, states))
        return self._seizures

    def _seized_in(self, t: Token) -> list[str]:
        """The states a seizure names as its own: "Niger's coup", "the Malian junta", "power in
        Niger", "juntas ruling Mali and Burkina Faso"."""
        codes: list[str] = []
        for c in kids(self.p, t.i):
            if c.dep in ("poss", "amod", "compound", "nmod") and c.i < t.i:
                for j in conjuncts(self.p, c.i):
                    codes += [a.code for a in self.owner_token(self.p.tokens[j]) if a.code]
            elif c.dep == "prep" and c.text.lower() in ("in", "of"):
                obj = kid(self.p, c.i, "pobj")
                if obj is not None and obj.ent >= 0:
                    # (a name: "juntas in both countries" is no guide to which countries)
                    codes += [a.code for a in self.actors(obj.i) if a.code]
            elif c.dep == "conj" and c.ent >= 0 and codes:
                # "coups in Mali and Niger", the second state hung on "coups" by the parser
                codes += [a.code for a in self.actors(c.i) if a.code]
            elif c.dep in ("acl", "relcl") and c.lemma.lower() in ("rule", "run", "govern",
                                                                  "lead", "control"):
                obj = kid(self.p, c.i, "dobj")
                if obj is not None:
                    codes += [a.code for a in self.actors(obj.i) if a.code]
        return codes

    def _subject_owner(self, verb: Token) -> list[str]:
        """"Nigerien soldiers seized power": the state the seizers' own modifier names."""
        subj = kid(self.p, verb.i, "nsubj")
        if subj is None:
            return []
        return [a.code for c in kids(self.p, subj.i, "amod", "compound", "poss")
                for a in self.owner_token(c) if a.code]

    def _quoted(self, i: int) -> bool:
        sent = sentence_of(self.p, i)
        if sent is None:
            return False
        return self.p.tokens[i].idx in _quoted_chars(
            self.text, self.p.tokens[sent.start].idx, self.p.tokens[sent.end - 1].end)

    def _coup_makers(self, tok: Token) -> list[str]:
        """The states of those a story calls by what they did in a coup: "the junta" and "the
        generals" are the last state power was seized in; "the juntas" and "the military
        governments" every such state told before; "the soldiers who seized power in Niger"
        the state of that seizure."""
        low = tok.lemma.lower()
        for c in [tok] + kids(self.p, tok.i, "relcl", "acl"):
            found = [codes for j, codes in self.seizures() if j == c.i]
            if found:
                return found[0]
        military = self._military(tok)
        # ("the coup leaders", "the coup plotters": those who led the coup)
        led_coup = any(c.lemma.lower() in ("coup", "putsch") and c.i < tok.i
                       for c in kids(self.p, tok.i, "compound"))
        if low not in COUP_MAKERS and not (military and low in MILITARY_RULE) and not led_coup:
            return []
        if any(c.dep in ("amod", "compound", "poss") and c.i < tok.i and
               (c.ent >= 0 or c.lemma.lower() in ("police", "army", "navy", "air"))
               for c in kids(self.p, tok.i)) or any(
                c.text.lower() in ("in", "of", "from") for c in kids(self.p, tok.i, "prep")):
            return []       # "French generals", "the juntas in Mali": their own, not the coup's
            #                 (not "the junta, which has named X, as head of state")
        before = [codes for j, codes in self.seizures() if j < tok.i]
        if not before:
            return []
        if tok.tag in ("NNS", "NNPS") and (low == "junta" or military) and not led_coup:
            every = list(dict.fromkeys(c for codes in before for c in codes))
            size = next((_NUMBERS[c.text.lower()] for c in kids(self.p, tok.i, "nummod", "det")
                         if c.text.lower() in _NUMBERS), None)
            return every if size is None or len(every) == size else []
        # one junta: the last state named alone as one power was seized in
        return next((codes for codes in reversed(before) if len(codes) == 1), [])

    def _coup_owner(self, t: Token) -> list[Actor]:
        return [Actor(c, self.lex.name_of(c), "MIL", t.text, t.idx, t.end)
                for c in self._coup_makers(t)] if self._definite(t) else []

    def _military(self, tok: Token) -> bool:
        """"The military government", "military-led governments"."""
        return any(c.text.lower() in ("military", "military-led", "army-led") or
                   c.text.lower() == "led" and self.p.tokens[c.i - 1].text == "-" and
                   self.p.tokens[c.i - 2].text.lower() in ("military", "army")
                   for c in kids(self.p, tok.i, "amod", "compound"))

    def _entities_before(self, i: int):
        """(entity, its lexicon entry or None) for the entities before token ``i`` within a
        few sentences, the nearest first."""
        for e in reversed(self.p.entities):
            if e.start >= i:
                continue
            if e.start < i - BACK_REACH:
                break
            entry = self.lex.entry(e.key) if e.key else None
            if entry is not None and entry.kind == "org" and self._seat_as_place(e):
                entry = None    # "ministers met in Brussels. The alliance ...": not the EU
            yield e, entry

    def _seat_as_place(self, e: Entity) -> bool:
        """A city that stands for a body seated there, written as a place: "in Brussels",
        "at talks in Brussels" (not "Brussels said", "Brussels' rules")."""
        head = self.p.tokens[e.end - 1]
        return e.text.lower() in SEATS and head.dep == "pobj" and \
            self.p.tokens[head.head].text.lower() in ("in", "at", "near")

    def _recent_entry(self, i: int, fits) -> Entry | None:
        """The lexicon entry of the last entity before token ``i`` (within a few sentences)
        that ``fits``."""
        return next((entry for _, entry in self._entities_before(i)
                     if entry and entry.code and fits(entry)), None)

    def _regional_bloc(self, tok: Token) -> str | None:
        """The bloc of the region a possessive or modifier of ``tok`` names ("West Africa's
        bloc", "the Southeast Asian bloc"), or None."""
        for m in kids(self.p, tok.i, "poss", "amod", "compound", "nmod"):
            if m.i > tok.i:
                continue
            # the modifier with its own ("West" of "West Africa's"), before it alone
            words = [c.text for c in kids(self.p, m.i, "compound", "amod") if c.i < m.i]
            for text in (" ".join(words + [m.text]), m.text):
                code = _regional_blocs().get(text.lower().removesuffix("'s").strip())
                if code:
                    return code
        return None

    def _named_body(self, tok: Token) -> Actor | None:
        """The international body named last before ``tok`` (a few paragraphs back at most)
        whose name holds ``tok``'s word, or any for "the watchdog", "the body"."""
        word = tok.lemma.lower()
        named = [(e, entry) for e in reversed(list(entities_in(self.p, max(0, tok.i - BODY_REACH),
                                                              tok.i)))
                 for entry in [self.lex.entry(e.key) if e.key else None]
                 if entry is not None and entry.kind == "org" and entry.code and
                 entry.sector not in ("NGO", "BUS", "MED")]
        # (a name the story wrote with the word before one whose full name holds it: "Iran,
        # which joined the organization last year" after "the Shanghai Cooperation
        # Organization", not NATO, named since by its acronym)
        for e, entry in named:
            if word in ("watchdog", "body") or word in e.text.lower().split():
                return Actor(entry.code, self.lex.name_of(entry.code), entry.sector or "GOV",
                             tok.text, tok.idx, tok.end)
        for e, entry in named:
            if word in (self.lex.name_of(entry.code) or "").lower().split():
                return Actor(entry.code, self.lex.name_of(entry.code), entry.sector or "GOV",
                             tok.text, tok.idx, tok.end)
        return None

    def _recent_body(self, i: int, bloc: bool = False) -> Actor | None:
        """The international body or alliance named last before token ``i``; with ``bloc``,
        one with members (data/groups.csv): "the bloc", "the alliance" are ECOWAS or NATO,
        not the U.N. Security Council named since."""
        members = groups() if bloc else {}
        entry = self._recent_entry(i, lambda x: x.kind == "org" and
                                   x.sector not in ("NGO", "BUS", "MED") and
                                   (not bloc or x.code in members))
        if entry is None:
            return None
        t = self.p.tokens[i]
        return Actor(entry.code, self.lex.name_of(entry.code), entry.sector or "GOV", t.text,
                     t.idx, t.end)

    def _same_description(self, tok: Token) -> Actor | None:
        """What "the bloc" stood for the last time the story said it, when the bodies named
        since were named only in passing: "The bloc has closed its borders ... Niger's junta
        has refused to meet envoys from the bloc, the United Nations and the African Union
        ... France said it supported the bloc's efforts" is ECOWAS still. A body named since as
        the subject of a clause is the new topic, and "the bloc" may be it."""
        word = tok.lemma.lower()
        if word not in BLOCS:
            return None
        # (or owned: "West Africa's regional bloc said on Friday ..."; a description
        # holds for the story, as "the leaders" does, not a pronoun's few sentences)
        before = next((t for t in reversed(self.p.tokens[max(0, tok.i - PLURAL_REACH):tok.i])
                       if t.lemma.lower() == word and t.ent < 0 and t.text.islower() and
                       (self._definite(t) or kid(self.p, t.i, "poss") is not None)), None)
        if before is None:
            return None
        # (its own, not the list it heads: "envoys from the bloc, the U.N. and the AU")
        then = [a for a in self.actors(before.i) if a.code and a.code in groups() and
                a.start <= before.idx < a.end]
        if len(then) != 1:
            return None
        for e, entry in self._entities_before(tok.i):
            if e.start <= before.i:
                break
            if entry is None or entry.kind != "org" or entry.code == then[0].code:
                continue
            head = self.p.tokens[e.end - 1]
            if head.dep in ("nsubj", "nsubjpass") or head.dep == "conj" and \
                    self.p.tokens[head.head].dep in ("nsubj", "nsubjpass"):
                return None
        return Actor(then[0].code, then[0].name, then[0].sector, tok.text, tok.idx, tok.end)

    def _last_body(self, i: int) -> Actor | None:
        """The body named last before token ``i`` when it is an international body or an
        armed group of the lexicon; None when the last body is another (an NGO, a firm, a
        body the lexicon does not know)."""
        for e, entry in self._entities_before(i):
            if entry is not None and entry.kind == "org" and entry.code:
                if entry.sector in ("NGO", "BUS", "MED"):
                    return None
                t = self.p.tokens[i]
                return Actor(entry.code, self.lex.name_of(entry.code), entry.sector or "GOV",
                             t.text, t.idx, t.end)
            if e.label == "ORG" and (entry is None or entry.kind in ("outlet", "org")):
                return None
        return None

    def _clause_place(self, tok: Token, fronted: bool = False) -> str | None:
        """The state a clause is set in ("In Israel, the war cabinet met"): a state or its
        capital after "in" on the clause's verb, for a body of no named state (``fronted``:
        only an "in" before the subject ``tok``, for a person, who may speak abroad)."""
        while tok.dep == "compound" and tok.head != tok.i:
            tok = self.p.tokens[tok.head]   # ("a foreign ministry spokesman": the speaker's)
        verb = next((a for a in ancestors(self.p, tok.i) if a.pos in ("VERB", "AUX")), None)
        if verb is None or tok.dep not in ("nsubj", "nsubjpass"):
            return None
        places = [kid(self.p, prep.i, "pobj") for prep in kids(self.p, verb.i, "prep")
                  if prep.text.lower() == "in" and (not fronted or prep.i < tok.i)]
        if not fronted:
            # ("The Defense Ministry in Moscow said": the "in" on the body itself)
            places = [kid(self.p, prep.i, "pobj") for prep in kids(self.p, tok.i, "prep")
                      if prep.text.lower() == "in"] + places
        if verb.dep == "relcl" and any(c.text.lower() == "where" and c.dep == "advmod"
                                       for c in kids(self.p, verb.i)):
            # "backed rival forces in Sudan, where the army has accused the Emiratis": the
            # place the "where" clause is set in
            places.append(self.p.tokens[verb.head])
        for place in places:
            if place is not None and place.ent >= 0:
                e = self.lex.entry(self.p.entities[place.ent].key or "")
                if e and e.code and e.kind in ("country", "capital"):
                    return e.code
        return None

    def _told(self, i: int) -> bool:
        """Whether token ``i`` stands in a sentence of the story, one that ends with a stop
        (a headline does not, and its parse is no guide)."""
        sent = sentence_of(self.p, i)
        return sent is not None and self.p.tokens[sent.end - 1].text in (
            ".", "!", "?", '"', "”", "’", "'", ")")

    def _same_head_state(self, tok: Token) -> str | None:
        """The state of the last phrase before ``tok`` with the same head word that names one:
        "China's foreign ministry lashed out ... The ministry also summoned ..." -> China.
        An office named with its state reaches as far back as a plural's does: "Israel's
        security cabinet approved it ... [a paragraph on Lebanon] ... the only member of the
        cabinet to vote against the deal" is Israel's."""
        described = self._described_before(tok)
        if described:
            return described
        found = self._same_head_actors(tok, PLURAL_REACH,
                                       chain=self._sector_of(tok) == "MIL")
        mods = {c.lemma.lower() for c in kids(self.p, tok.i, "amod", "compound")
                if c.i < tok.i and c.ent < 0}
        if not found and mods:
            # "Bolivia's interim government ... [a page on] ... the interim government has
            # refused": the same office told by the same words is the same, however far back
            found = self._same_head_actors(tok, tok.i, mods=mods)
        return found[0].code if found else None

    def _told_as_doer(self, tok: Token) -> str | None:
        """"Mali's transitional government said ... The government called the shooting a
        hostile act and accused Algeria of ...": a bare "the government" that is the subject
        of a clause is the one the sentence before named with its state, not the one state
        its own sentence names (there the other party)."""
        if tok.dep not in ("nsubj", "nsubjpass") or not self._definite(tok) or \
                mods_of(self.p, tok) or tok.tag != "NN":
            return None
        sent = sentence_of(self.p, tok.i)
        before = sentence_before(self.p, sent.start) if sent is not None else None
        if before is None:
            return None
        for j in range(before.end - 1, before.start - 1, -1):
            t = self.p.tokens[j]
            # (or one read so in turn: "The government said it was pulling out")
            if t.lemma.lower() == tok.lemma.lower() and t.pos == "NOUN" and (
                    any(m.dep == "poss" or m.ent >= 0 for m in mods_of(self.p, t)) or
                    t.dep in ("nsubj", "nsubjpass") and not mods_of(self.p, t)):
                found = [a for a in self.actors(j) if a.code]
                return found[0].code if len(found) == 1 else None
        return None

    def _described_before(self, tok: Token) -> str | None:
        """"Sudan's army-led government ... the Emirati government ... the army-aligned
        government": the state of the last phrase with ``tok``'s head that shares a word of
        its description."""
        words = self._mod_words(tok)
        if not words:
            return None
        for j in range(tok.i - 1, -1, -1):      # (however far back: the same words)
            t = self.p.tokens[j]
            if t.lemma.lower() == tok.lemma.lower() and t.pos in ("NOUN", "PROPN") and \
                    words & self._mod_words(t):
                found = [a for a in self.actors(j) if a.code]
                if found:
                    return found[0].code
        return None

    def _mod_words(self, tok: Token) -> set[str]:
        """The plain words that describe ``tok`` before it ("army" and "led" of "Sudan's
        army-led government"): no names, nationalities, determiners or possessives."""
        lo, _ = subtree(self.p, tok.i)
        return {t.lemma.lower() for t in self.p.tokens[lo:tok.i]
                if t.ent < 0 and t.pos in ("NOUN", "ADJ", "VERB") and
                t.lemma.lower() not in _PLAIN_MODS}

    def _same_head_actors(self, tok: Token, reach: int = BACK_REACH,
                          chain: bool = False, mods: set[str] | None = None) -> list[Actor]:
        """The actors of the last phrase before ``tok`` with the same head word that names
        any ("EU leaders ... the leaders"); with ``chain``, a definite one read back already
        counts too ("Myanmar's army ... the army had kept up airstrikes ... called on the
        army to halt"); with ``mods``, only a phrase with those modifiers too."""
        lemma = tok.lemma.lower()
        # (a bare "the ministry", with no words of its own: "the Ministry of Defence" names
        # another)
        bare = tok.text.islower() and not mods_of(self.p, tok) and \
            not kids(self.p, tok.i, "prep")
        for j in range(tok.i - 1, max(-1, tok.i - reach), -1):
            t = self.p.tokens[j]
            if mods and (t.lemma.lower() != lemma or not mods <= {
                    c.lemma.lower() for c in kids(self.p, j, "amod", "compound")}):
                continue
            # (a definite one that names its state counts: "The Philippine foreign ministry
            # summoned China's envoy ... the ministry said")
            if t.lemma.lower() == lemma and (chain or not self._definite(t) or
                                             self._of_owner(t) or bare and any(
                                                 m.ent >= 0 for m in mods_of(self.p, t))) and \
                    t.pos in ("NOUN", "PROPN") and self._told(j):
                found = [a for a in self.actors(j) if a.code]
                if not found and t.dep == "compound" and t.head > j and \
                        self.p.tokens[t.head].lemma.lower() in self.lex.speaker_nouns:
                    # "Foreign Ministry spokeswoman Maria Zakharova ... the Foreign Ministry
                    # summoned": the office a named voice speaks for is the voice's state
                    found = [a for a in self.actors(t.head) if a.code]
                if found:
                    return found
        return []

    def _of_owner(self, t: Token) -> bool:
        """Whether a definite phrase names its owners in an "of" phrase ("the leaders of the
        Group of Seven"): an antecedent as good as "G7 leaders"."""
        if t.dep == "dobj" and self.p.tokens[t.head].lemma.lower() in _HOSTING:
            return False    # ("Biden hosted the leaders of Japan and the Philippines ... the
            #                 leaders": the host too, read by _group)
        return any(o.ent >= 0 for prep in kids(self.p, t.i, "prep")
                   if prep.text.lower() == "of" for o in kids(self.p, prep.i, "pobj"))

    def _doers_of(self, tok: Token) -> set[str]:
        """The states whose governments are the subject of the clause ``tok`` stands in, or of
        the clause a participle with no subject of its own hangs on ("Azerbaijan fired shells,
        killing civilians")."""
        verb = next((a for a in ancestors(self.p, tok.i) if a.pos in ("VERB", "AUX")), None)
        for _ in range(3):
            if verb is None:
                return set()
            subj = kid(self.p, verb.i, "nsubj")
            if subj is not None:
                if subj.text.lower() in THING_PRONOUNS | PERSON_PRONOUNS:
                    return set()
                # (a state's government only: "Egyptian police opened fire, killing one
                # person" may well kill its own)
                return {a.code for a in self.actors(subj.i) if a.code and a.sector == "GOV"}
            if verb.dep not in ("advcl", "xcomp", "conj") or verb.head == verb.i:
                return set()
            verb = self.p.tokens[verb.head]
        return set()

    def _clause_subject(self, tok: Token, through_xcomp: bool = False,
                        through_conj: bool = False) -> Token | None:
        for a in ancestors(self.p, tok.i):
            if a.pos in ("VERB", "AUX"):
                subj = kid(self.p, a.i, "nsubj") or kid(self.p, a.i, "nsubjpass")
                while through_xcomp and subj is None and a.dep == "xcomp" and a.head < a.i:
                    # ("Qatar and Turkey offered to mediate between the two neighbors": the
                    # infinitive's subject is its governor's)
                    a = self.p.tokens[a.head]
                    subj = kid(self.p, a.i, "nsubj") or kid(self.p, a.i, "nsubjpass")
                h = a
                while through_conj and subj is None and h.dep == "conj" and h.head < h.i and \
                        self.p.tokens[h.head].pos in ("VERB", "AUX"):
                    # "Raab condemned the assault and voiced solidarity with the kingdom": a
                    # verb joined to one before it has that one's subject
                    h = self.p.tokens[h.head]
                    subj = kid(self.p, h.i, "nsubj") or kid(self.p, h.i, "nsubjpass")
                if subj is None and a.tag == "VBG" and a.dep == "advcl" and a.head < a.i:
                    # "Russia launched a barrage, striking power plants across the country":
                    # a participle set after its clause has that clause's subject
                    continue
                if subj is None and a.tag == "VB" and a.dep in ("acl", "relcl", "advcl",
                                                                "xcomp") and \
                        any(x.text.lower() == "to" for x in kids(self.p, a.i, "aux")) and \
                        kid(self.p, a.head, "dobj") is None:
                    # "the army would take all necessary measures to defend the country's
                    # sovereignty", "threatened to impose tariffs on the country": the
                    # infinitive of a purpose or an intent has the subject of the clause it
                    # serves (not one told to act: "urged Iran to defend")
                    owner = kid(self.p, a.head, "poss") if a.dep == "acl" else None
                    if owner is not None:
                        return owner    # "condemned Trump's decision to put the island back
                        #                 on the list": the decision's maker decides
                    continue
                return subj
        return None

    def _speakers_government(self, tok: Token) -> str | None:
        """"Defense Minister Yassin Ibrahim said the Emirates had violated Sudan's sovereignty
        and that the government reserves the right to respond": a bare "the government" as
        the subject of what an official of one state said is that state's."""
        if tok.lemma.lower() not in SPEAKERS_GOVERNMENTS or mods_of(self.p, tok) or \
                tok.dep not in ("nsubj", "nsubjpass") or not self._definite(tok):
            return None
        clause = self.p.tokens[tok.head]
        while clause.dep == "conj" and clause.head != clause.i:
            clause = self.p.tokens[clause.head]
        said = self.p.tokens[clause.head]
        if clause.dep != "ccomp" or said.lemma.lower() not in self.lex.speech_verbs:
            return None
        speaker = self._speaker_of(said)
        found = {a.code for a in self.actors(speaker.i) if a.code and
                 self.lex.entry(f"country:{a.code}")} if speaker is not None else set()
        return next(iter(found)) if len(found) == 1 else None

    def _speaker_of(self, verb: Token) -> Token | None:
        """The subject of a verb of saying, or of the clause a participle of saying hangs on
        ("took a cautious line, saying ...")."""
        v = verb
        for _ in range(4):
            subj = kid(self.p, v.i, "nsubj")
            if subj is not None:
                return subj
            if v is not verb and v.dep == "ccomp" and v.head != v.i and \
                    self.p.tokens[v.head].lemma.lower() in self.lex.speech_verbs:
                # "The Foreign Office said that two children had been killed, and announced
                # that it ...", the second verb of saying hung on the first one's clause:
                # the one who said the first says the second
                v = self.p.tokens[v.head]
                continue
            if v.dep not in ("advcl", "conj", "xcomp") or v.head == v.i:
                return None
            v = self.p.tokens[v.head]
        return None

    def _recent_state(self, i: int, exclude: set[str | None],
                      among: frozenset[str] | None = None) -> str | None:
        """The state named last before token ``i`` (within a few sentences), not in
        ``exclude`` (and among the lower-case codes ``among``, when given)."""
        entry = self._recent_entry(i, lambda x: x.kind in ("country", "demonym", "capital") and
                                   x.code not in exclude and
                                   (among is None or str(x.code).lower() in among))
        return entry.code if entry is not None else None

    def _recent_subject_state(self, i: int, exclude: set[str | None] = frozenset()
                              ) -> str | None:
        """The state of the last subject before token ``i`` that names one (not among
        ``exclude``)."""
        for j in range(i - 1, max(-1, i - BACK_REACH), -1):
            t = self.p.tokens[j]
            if t.dep in ("nsubj", "nsubjpass") and t.text.lower() not in THING_PRONOUNS:
                lo, hi = subtree(self.p, j)
                if lo <= i < hi:
                    continue    # (not the subject ``i`` describes: "Isaac Mwaura, a
                    #             government spokesman" is not of Mwaura's own state)
                verb = self.p.tokens[t.head]
                if any(v.dep == "advcl" and any(m.text.lower() in _TIME_MARKS
                                                for m in kids(self.p, v.i, "mark"))
                       for v in [verb] + [a for a in ancestors(self.p, verb.i)
                                          if a.pos in ("VERB", "AUX")]):
                    continue    # (not one of a clause set beside the news: "China banned
                    #             seafood from Japan, hours after Tokyo began releasing
                    #             water ... the foreign ministry" is China's, nor one told
                    #             inside it: "after a Ukrainian official suggested Kyiv had
                    #             helped rebels ... The junta" is Mali's)
                # (or its owner: "China's response was swift. Foreign Ministry spokesperson
                # Wang Wenbin said ...")
                found = [a for k in [j] + [c.i for c in kids(self.p, j, "poss")]
                         for a in self.actors(k) if a.code and a.code not in exclude and
                         self.lex.entry(f"country:{a.code}")]
                if found:
                    return found[0].code
        return None

    def _stateless_office(self, tok: Token) -> bool:
        """Whether ``tok`` ends the name of a state's office that names no state and that the
        lexicon does not know: "the Commerce Ministry", "the Foreign Ministry"."""
        if tok.ent < 0:
            return False
        ent = self.p.entities[tok.ent]
        # (the name's head: its last word, or the word its "of" phrase hangs on: "the
        # Ministry of Defence", "the Ministry of Foreign Affairs")
        head = ent.end - 1 == tok.i or tok.i < ent.end - 1 and self.p.tokens[tok.i + 1].dep \
            == "prep" and self.p.tokens[tok.i + 1].text.lower() == "of" and \
            subtree(self.p, tok.i)[1] >= ent.end
        return ent.label == "ORG" and head and \
            self.lex.entry(ent.key or "") is None and bool(self._sector_of(tok))

    def _bare_body(self, tok: Token) -> bool:
        """Whether ``tok`` is a state's governing body named by its kind alone, with nothing
        that says whose: "junta", "government", "foreign ministry" (frames.yaml
        governing_bodies), not "Russian government" or "the opposition"."""
        # (a lower-case word the tagger took for a name is still the kind: "a foreign
        # ministry spokesman")
        return tok.ent < 0 and (tok.pos == "NOUN" or tok.pos == "PROPN" and tok.text.islower()) \
            and tok.lemma.lower() in GOVERNING_BODIES and \
            not any(g.ent >= 0 or g.dep == "poss" or g.pos in ("PROPN", "PRON")
                    for g in kids(self.p, tok.i, "amod", "compound", "poss", "nmod"))

    def _last_envoy(self, tok: Token) -> list[Actor]:
        """The states of the last envoy named with an owner ("France's ambassador", "the
        Russian envoy") in the noun's sentence or the two before it."""
        sent = sentence_of(self.p, tok.i)
        lo = sent.start if sent is not None else max(0, tok.i - 60)
        for _ in range(2):
            before = sentence_before(self.p, lo)
            lo = before.start if before is not None else lo
        for j in range(tok.i - 1, lo - 1, -1):
            t = self.p.tokens[j]
            if t.lemma.lower() not in ENVOY_WORDS or t.pos != "NOUN":
                continue
            found = [a for m in mods_of(self.p, t) for a in self.owner_token(m) if a.code]
            if found:
                return [replace(a, mention=tok.text, start=tok.idx, end=tok.end)
                        for a in found[:1]]
        return []

    def _definite(self, tok: Token) -> bool:
        det = kid(self.p, tok.i, "det")
        return det is not None and det.text.lower() in ("the", "this", "that")

    def _vessel_kind(self, start: int) -> str | None:
        """The ship noun just before a ship's name: "the frigate Hessen" -> frigate."""
        return next((t.lemma.lower() for t in self.p.tokens[max(0, start - 3):start]
                     if t.lemma.lower() in self._vessel_words()), None)

    def _vessel_owner(self, before: int, kind: str | None = None) -> Actor | None:
        """The owner of the last ship met before token ``before``; with ``kind`` (a ship
        noun), of the last ship called so when there is one ("the German frigate ... a
        Japanese destroyer ... the frigate" is the German one), else of the last ship that
        may be one (a frigate is no submarine: a ship, a warship or a flotilla may be)."""
        same = [owner for j, owner in self.vessels if j <= before and kind is not None and
                self.vessel_kinds.get(j) == kind]
        if same:
            return same[-1]
        for j, owner in reversed(self.vessels):
            if j <= before and (kind is None or kind in _ANY_SHIP or
                                self.vessel_kinds.get(j, "ship") in _ANY_SHIP):
                return owner
        return None

    def _one_body(self, t: Token) -> bool:
        """A singular name of a state or an international body ("Britain", "the Security
        Council"), which "they" does not stand for (a group, "the Taliban", may be)."""
        if t.ent < 0:
            return False
        e = self.p.entities[t.ent]
        entry = self.lex.entry(e.key or self.lex.lookup(e.text) or "")
        if entry is None or not entry.code:
            return False
        return entry.kind in ("country", "capital", "metonym") or \
            entry.kind == "org" and self.lex.entry(f"country:{entry.code}") is None

    def intruders(self, i: int) -> set[int] | None:
        """For "its" on a place a clause's subject enters ("a Chinese survey ship entered its
        territorial waters"), the subject and its conjuncts, who do not own it; else None."""
        tok = self.p.tokens[i]
        place = self.p.tokens[tok.head]
        if tok.text.lower() not in ("its", "their") or tok.dep != "poss":
            return None
        verb = next((a for a in ancestors(self.p, i) if a.pos in ("VERB", "AUX")), None)
        if verb is None:
            return None
        entered = (place.lemma.lower() in INTRUDED or place.text.lower() in INTRUDED) and \
            verb.lemma.lower() in INTRUDING
        # ("a Chinese vessel fired a water cannon at one of its ships": a craft or a force
        # harmed is not its attacker's own)
        harmed = place.lemma.lower() in HARMED_THINGS and verb.lemma.lower() in HARMING_VERBS
        if not entered and not harmed:
            return None     # ("condemned the attacks on its soil": Baghdad's own)
        subj = kid(self.p, verb.i, "nsubj")
        return set(conjuncts(self.p, subj.i)) if subj is not None else None

    def _doer_above(self, noun: Token) -> list[Actor]:
        """The named doer of the nearest verb above ``noun``: its subject, or for an
        infinitive with none, the object of the verb that governs it ("prompting Rwanda to
        cut ties")."""
        verbs = [a for a in ancestors(self.p, noun.i) if a.pos in ("VERB", "AUX")]
        if not verbs:
            return []
        verb = verbs[0]
        subj = kid(self.p, verb.i, "nsubj")
        if subj is None and verb.dep == "xcomp":
            subj = kid(self.p, verb.head, "dobj")
        if subj is None and kid(self.p, verb.i, "nsubjpass") is not None and len(verbs) > 1 \
                and verb.dep == "ccomp":
            # "Azerbaijan said six people had been killed by landmines that it blamed on
            # Armenia": a passive has no doer named; the one who tells of it is next above
            verb = verbs[1]
            # the subject nearest the verb, when the parser gave it two
            subj = max(kids(self.p, verb.i, "nsubj"), key=lambda t: t.i, default=None)
        if subj is None or subj.i > noun.i or \
                subj.text.lower() in THING_PRONOUNS | PERSON_PRONOUNS | {"which", "who", "that"}:
            return []
        return [a for a in self.actors(subj.i) if a.code]

    def _wrong_told_of_another(self, i: int) -> list[Actor]:
        """For "it" as the doer of a wrong a state reports ("... raided the Mexican Embassy.
        Brazil said it had violated the Vienna Convention"), the doer the sentence before
        told: a state does not report its own wrong (a denial says "not")."""
        tok = self.p.tokens[i]
        verb = self.p.tokens[tok.head]
        if tok.text.lower() != "it" or tok.dep != "nsubj" or verb.dep != "ccomp" or \
                verb.lemma.lower() not in _WRONGDOING or kids(self.p, verb.i, "neg"):
            return []
        said = kid(self.p, verb.head, "nsubj")
        own = {a.code for a in self.actors(said.i) if a.code} if said is not None and \
            said.i < i else set()
        sent = sentence_of(self.p, i)
        before = sentence_before(self.p, sent.start) if sent is not None else None
        if not own or before is None:
            return []
        for t in self.p.tokens[before.start:before.end]:
            if t.dep == "nsubj" and self.p.tokens[t.head].dep == "ROOT":
                return [a for a in self.actors(t.i) if a.code and a.code not in own]
        return []

    def war_helped(self, i: int) -> list[Actor]:
        """For "its" on a war that an act is done to help, the state the act went to: "had sent
        troops to Russia to support its war in Ukraine", "supplied drones to Moscow to fuel its
        invasion", "delivered missiles to Russia for use in its war" (a helper does not help
        its own war; it helps the one it sends to)."""
        p = self.p
        noun = p.tokens[p.tokens[i].head]
        if noun.lemma.lower() not in WAR_EFFORTS:
            return []
        if noun.dep == "pobj" and p.tokens[noun.head].text.lower() == "in":
            # "delivered missiles to Russia for use in its war against Ukraine"
            use = p.tokens[p.tokens[noun.head].head]
            purpose = p.tokens[use.head] if use.lemma.lower() == "use" and use.dep == "pobj" \
                else None
            if purpose is None or purpose.text.lower() != "for" or \
                    p.tokens[purpose.head].pos != "VERB":
                return []
            act = p.tokens[purpose.head]
        else:
            if noun.dep != "dobj":
                return []
            helping = p.tokens[noun.head]
            if helping.lemma.lower() not in WAR_HELPING or \
                    helping.dep not in ("advcl", "xcomp") or kids(p, helping.i, "nsubj"):
                return []
            act = p.tokens[helping.head]
        subj = kid(p, act.i, "nsubj")
        own = {a.code for a in self.actors(subj.i) if a.code} if subj is not None else set()
        heads = [act] + kids(p, act.i, "dobj")
        went_to = [o for h in heads for pr in kids(p, h.i, "prep", "dative")
                   if pr.text.lower() == "to" for o in kids(p, pr.i, "pobj")] + \
            [d for d in kids(p, act.i, "dative") if d.pos != "ADP"]
        return [a for o in went_to if o.i < i for a in self.actors(o.i)
                if a.code and a.code not in own]

    def ask_turned_down(self, i: int) -> bool:
        """Whether noun ``i`` is an ask (an ultimatum, a demand, a proposal) that the verb it
        is the object of turns down ("rejected its ultimatum"): another's ask, not the
        refuser's own."""
        t = self.p.tokens[i]
        return t.lemma.lower() in _ASKINGS and t.dep == "dobj" and \
            self.p.tokens[t.head].lemma.lower() in _TURNING_DOWN

    def _it_acted_on(self, i: int, found: list[Actor]) -> list[Actor]:
        """An object "it" that ``found`` (its reading as a subject before) makes its own
        clause's subject's state stands for the thing the sentence before acted on, of another
        state: "Chinese ships blocked a Philippine vessel ... one Chinese ship used a water
        cannon against it"."""
        tok = self.p.tokens[i]
        if tok.text.lower() != "it" or tok.dep not in ("dobj", "pobj"):
            return []
        verb = next((a for a in ancestors(self.p, i) if a.pos in ("VERB", "AUX")), None)
        subj = kid(self.p, verb.i, "nsubj") if verb is not None else None
        own = {a.code for a in self.actors(subj.i) if a.code} if subj is not None else set()
        if not own or not {a.code for a in found} <= own:
            return []
        sent = sentence_of(self.p, i)
        prev = sentence_before(self.p, sent.start) if sent is not None else None
        for t in self.p.tokens[prev.start:prev.end] if prev is not None else []:
            if t.dep == "dobj" and t.pos == "NOUN" and t.tag == "NN":
                found = [a for a in self.actors(t.i) if a.code]
                if found and not {a.code for a in found} & own:
                    return found
        return []

    def _it(self, i: int) -> list[Actor]:
        """"it"/"they"/"their": the subject of the nearest clause before the pronoun.

        Within the pronoun's own sentence the nearest subject decides, even when it names no
        state ("European nations will demonstrate their support"); only when the sentence has
        none does the search go back to earlier sentences.
        """
        sent = sentence_of(self.p, i)
        lo = sent.start if sent else max(0, i - 60)
        # an object pronoun is not the subject of its own clause or of the clauses that
        # control it ("Germany would send troops to defend it": not Germany)
        bound: set[int] = set()
        if self.p.tokens[i].dep in ("dobj", "pobj", "dative"):
            for a in ancestors(self.p, i):
                if a.pos in ("VERB", "AUX"):
                    bound.update(c.i for c in kids(self.p, a.i, "nsubj"))
                    if a.dep == "advcl" and kids(self.p, a.i, "nsubj") and \
                            kids(self.p, a.i, "mark"):
                        # ("Israel had vowed to retaliate after Iran fired missiles at it":
                        # a clause of its own, set on another's act, does not bind that
                        # act's subject)
                        break
        tok = self.p.tokens[i]
        verb = self.p.tokens[tok.head]
        before = sentence_before(self.p, lo)
        if tok.text.lower() == "it" and tok.dep == "nsubj" and i == lo and \
                before is not None and verb.lemma.lower() in self.lex.speech_verbs:
            # "In a statement, the Belgian foreign ministry said the presence of Rwandan forces
            # ... violated Congo's sovereignty. It called on Rwanda to ...": one who speaks on
            # is the one who spoke, not the subject of what was told
            root = next((t for t in self.p.tokens[before.start:before.end]
                         if t.dep == "ROOT"), None)
            subj = kid(self.p, root.i, "nsubj") if root is not None and \
                root.lemma.lower() in self.lex.speech_verbs else None
            found = [a for a in self.actors(subj.i) if a.code] if subj is not None and \
                subj.pos in ("NOUN", "PROPN") else []
            if found:
                return found
        if tok.text.lower() == "it" and tok.dep == "dobj" and verb.pos == "VERB":
            # "the United States recognized Moroccan sovereignty ..., and Israel recognized it
            # in July 2023": the object of the same verb told before in the sentence
            same = object_told_before(self.p, verb)
            if same is not None:
                return [a for a in self.actors(same.i) or [
                    x for m in kids(self.p, same.i, "amod", "compound", "poss")
                    for x in self.owner_token(m)] if a.code]
        if tok.text.lower() in ("its", "their") and tok.dep == "poss" and \
                self.ask_turned_down(verb.i):
            # "Niger's junta has rejected its ultimatum": one turns down what another asks,
            # so the asker is not the one who refuses
            bound.update(c.i for c in kids(self.p, verb.head, "nsubj"))
        if tok.text.lower() == "it" and tok.dep in ("dobj", "dative") and \
                verb.pos in ("VERB", "AUX"):
            # "warning that the bloc's enlargement would bring it nothing but problems": an
            # object "it" is not its clause's subject, but may be the one body that subject
            # names as its owner (not "China's support for Russia has given it ...")
            subj = kid(self.p, verb.i, "nsubj")
            owner = kid(self.p, subj.i, "poss") if subj is not None else None
            if owner is not None and owner.text.lower() not in THING_PRONOUNS | PERSON_PRONOUNS:
                lo_s, hi_s = subtree(self.p, subj.i)
                named = {a.code for j in range(lo_s, hi_s) for a in self.actors(j) if a.code}
                found = [a for a in self.actors(owner.i) if a.code]
                if found and named == {a.code for a in found} and len(named) == 1 and not (
                        owner.ent >= 0 and self.p.entities[owner.ent].label == "PERSON"):
                    return found
        if tok.text.lower() == "it" and tok.dep == "dobj" and verb.tag == "VBG" and \
                verb.dep == "advcl" and verb.head < i:
            # "were leaving ECOWAS, accusing it of imposing illegal sanctions": the object of
            # the act the participle goes on from, which its subject cannot be
            own = {a.code for j in bound for a in self.actors(j)}
            found = [a for o in kids(self.p, verb.head, "dobj") if o.i < i
                     for a in self.actors(o.i) if a.code and a.code not in own]
            if found:
                return found
        if self.p.tokens[i].text.lower() in ("their", "its") and sent is not None:
            # "In a joint statement issued at their meeting, Tokyo and Washington shared ...":
            # a possessive in a phrase before the main clause's subject stands for it
            root = next((t for t in self.p.tokens[sent.start:sent.end] if t.dep == "ROOT"),
                        None)
            subj = kid(self.p, root.i, "nsubj") if root is not None else None
            chain = [a for a in ancestors(self.p, i) if a.i != root.i] if root else []
            top = chain[-1] if chain else None
            if subj is not None and subj.i > i and top is not None and \
                    top.dep in ("prep", "advcl", "npadvmod") and top.i < subj.i:
                found = [a for a in self.actors(subj.i) if a.code]
                if found:
                    return found
        if self.p.tokens[i].text.lower() in ("their", "its") and \
                self.p.tokens[i].dep == "poss" and \
                self.p.tokens[self.p.tokens[i].head].lemma.lower() in GOVERNING:
            # "withdrew its staff from Argentina and Chile, accusing their governments of
            # interference": the governments of the states the act set off before named, not
            # of the one acting (who does not charge its own government)
            noun = self.p.tokens[self.p.tokens[i].head]
            charge = self.p.tokens[noun.head]
            if noun.dep == "dobj" and charge.tag == "VBG" and charge.dep == "advcl" and \
                    charge.head < charge.i:
                act = self.p.tokens[charge.head]
                subj = kid(self.p, act.i, "nsubj")
                own = {a.code for a in self.actors(subj.i)} if subj is not None else set()
                objs = kids(self.p, act.i, "dobj")
                named = [o for h in [act] + objs for pr in kids(self.p, h.i, "prep")
                         for o in kids(self.p, pr.i, "pobj")] + objs
                found = [a for o in named if o.i < charge.i for a in self.actors(o.i)
                         if a.code and a.code not in own]
                if found:
                    return found
        if self.p.tokens[i].text.lower() in ("their", "its") and \
                self.p.tokens[i].dep == "poss":
            found = self.war_helped(i)
            if found:
                return found
        found = self._wrong_told_of_another(i)
        if found:
            return found
        if self.p.tokens[i].text.lower() in ("their", "its") and \
                self.p.tokens[i].dep == "poss":
            # "urged Russia to withdraw its troops", "told Israel to halt its offensive": a
            # possessive in a clause with no subject of its own, told to the governor's
            # object, stands for that object (the one told to act)
            # (but "asked China to release its citizens" are the asker's own)
            verb = next((a for a in ancestors(self.p, i) if a.pos in ("VERB", "AUX")), None)
            if verb is not None and verb.dep == "xcomp" and \
                    verb.lemma.lower() not in HANDING_BACK and \
                    not kids(self.p, verb.i, "nsubj", "nsubjpass"):
                obj = kid(self.p, verb.head, "dobj")
                found = [a for a in self.actors(obj.i) if a.code] \
                    if obj is not None and obj.i < i else []
                if found:
                    return found
        if self.p.tokens[i].text.lower() in ("its", "their") and \
                self.p.tokens[i].dep == "poss":
            # "sanctioned China for its support of Russia", "thanked Qatar for its mediation",
            # "criticized Israel over its conduct": a possessive in the "for" or "over"
            # phrase of a verb with an object is the object's
            noun = self.p.tokens[self.p.tokens[i].head]
            prep = self.p.tokens[noun.head] if noun.dep == "pobj" else None
            verb = self.p.tokens[prep.head] if prep is not None else None
            obj = kid(self.p, verb.i, "dobj") if verb is not None else None
            if obj is not None and verb.lemma.lower() not in _JUDGED_FOR and \
                    obj.lemma.lower() in _PENALTIES:
                # "imposed sanctions on the court over its investigations": the one the
                # penalty is laid on
                obj = next((o for pr in kids(self.p, obj.i, "prep")
                            if pr.text.lower() in ("on", "against")
                            for o in kids(self.p, pr.i, "pobj")), None)
            elif verb is not None and verb.lemma.lower() not in _JUDGED_FOR:
                obj = None
            if verb is not None and verb.pos == "NOUN" and prep.text.lower() in ("over",
                                                                             "for"):
                # "approved sanctions against Russia over its war in Ukraine", "a package of
                # sanctions against Russia over its war": the phrase hung on the penalty (or
                # on the package of it) is of the one the penalty is laid on
                pen = next((o for pr in kids(self.p, verb.i, "prep") if pr.text.lower() == "of"
                            for o in kids(self.p, pr.i, "pobj")), None) \
                    if verb.lemma.lower() in _PARTITIVES else verb
                laid = next((o for pr in kids(self.p, pen.i, "prep")
                             if pr.text.lower() in ("on", "against")
                             for o in kids(self.p, pr.i, "pobj")), None) \
                    if pen is not None and pen.lemma.lower() in _PENALTIES else None
                found = [a for a in self.actors(laid.i) if a.code] \
                    if laid is not None and laid.i < i and laid.pos == "PROPN" else []
                if found:
                    return found
            if obj is None and verb is not None and verb.pos == "VERB" and \
                    prep.text.lower() in ("over", "for"):
                # "cut diplomatic relations with Israel over its offensive", "recalled its
                # ambassador to Israel over its offensive": the reason a tie or a mission is
                # cut with a state is that state's
                tied = kid(self.p, verb.i, "dobj")
                obj = next((o for pr in (kids(self.p, tied.i, "prep") if tied is not None
                                         else [])
                            if (pr.text.lower() == "with" and
                                tied.lemma.lower() in _TIES) or
                            (pr.text.lower() in ("to", "in") and tied.lemma.lower() in _ENVOYS)
                            for o in kids(self.p, pr.i, "pobj")), None)
                if obj is None and tied is not None and tied.lemma.lower() in _TIES:
                    obj = next((o for pr in kids(self.p, verb.i, "prep")
                                if pr.text.lower() == "with"
                                for o in kids(self.p, pr.i, "pobj")), None)
            if prep is not None and prep.text.lower() in ("for", "over") and \
                    prep.head != prep.i and verb.pos == "VERB" and obj is not None:
                found = [a for a in self.actors(obj.i) if a.code] \
                    if obj.i < i and obj.pos == "PROPN" else []
                if found:
                    return found
        if self.p.tokens[i].text.lower() in ("its", "their") and \
                self.p.tokens[i].dep == "poss" and \
                self.p.tokens[self.p.tokens[i].head].lemma.lower() in _ARMED_FORCES:
            # "pressed Israel for a full account of how its forces came to kill seven aid
            # workers": forces acting in what a state is asked or blamed about, however deep
            # in the "for" or "over" phrase, are that state's
            prep = next((a for a in ancestors(self.p, i) if a.dep == "prep" and
                         a.text.lower() in ("for", "over", "about")), None)
            verb = self.p.tokens[prep.head] if prep is not None else None
            obj = kid(self.p, verb.i, "dobj") if verb is not None and verb.pos == "VERB" \
                else None
            found = [a for a in self.actors(obj.i) if a.code] \
                if obj is not None and obj.i < i and obj.pos == "PROPN" else []
            if found:
                return found
        if self.p.tokens[i].text.lower() == "them" and self._asked_to_settle(self.p.tokens[i]):
            # "China, which has close ties to both, urged them to resolve their differences":
            # the two in dispute, not the last plural subject ("Qatar and Turkey offered to
            # mediate")
            subj = kid(self.p, self.p.tokens[i].head, "nsubj")
            own = {a.code for a in self.actors(subj.i)} if subj is not None else set()
            found = self.sides(i, own, 2)
            if found:
                return found
        if self.p.tokens[i].text.lower() in ("their", "them", "they"):
            # "blacklisted 12 Chinese firms over their support for Moscow": a plural pronoun
            # after the plural object of its own clause stands for that object ("ordered
            # Mexico's ambassador and two Spanish diplomats to leave, accusing them of ...":
            # of the clause a participle set off after it tells of, too)
            for a in ancestors(self.p, i):
                if a.pos in ("VERB", "AUX"):
                    obj = kid(self.p, a.i, "dobj")
                    if obj is not None and obj.i == i and a.tag == "VBG" and \
                            a.dep == "advcl" and a.head < a.i:
                        obj = kid(self.p, a.head, "dobj")
                    if obj is not None and obj.i < i and (obj.tag == "NNS" or
                                                          kids(self.p, obj.i, "conj")):
                        found = [x for o in [obj] + kids(self.p, obj.i, "conj")
                                 for x in self.actors(o.i) if x.code]
                        if found:
                            return found
                    break
        gov = self.p.tokens[self.p.tokens[i].head]
        told = gov
        while told.dep == "conj" and told.head != told.i and told.head < told.i:
            # ("said Russian forces had held an exercise, and that it did not accept the
            # claim": the second clause told is the teller's as much as the first)
            told = self.p.tokens[told.head]
        said = self.p.tokens[told.head] if told.dep == "ccomp" else None
        if self.p.tokens[i].dep in ("nsubj", "nsubjpass") and said is not None and \
                said.lemma.lower() in self.lex.speech_verbs and said.i < i:
            # "Saudi Arabia, which ... since a truce took effect, took a cautious line, saying
            # it was following the situation": "it" is whoever says so
            speaker = self._speaker_of(said)
            person = speaker is not None and (speaker.text.lower() in PERSON_PRONOUNS or
                                              speaker.ent >= 0 and
                                              self.p.entities[speaker.ent].label == "PERSON")
            # (a speaker itself "it", told what it says by a speaker before it, is that one:
            # "The government said it had informed Stockholm ... that it would sever
            # relations")
            found = [a for a in self.actors(speaker.i) if a.code] if speaker is not None and \
                not person and (speaker.text.lower() not in THING_PRONOUNS or
                                self._told_by_a_speaker(speaker)) else []
            if len({a.code for a in found}) > 1 and self.p.tokens[i].text.lower() == "it":
                # "the United States, Britain, Germany and several other countries warned the
                # group that it would bear the consequences": a singular "it" is not several
                # speakers; it is the one they told, if they told one
                told_to = kid(self.p, said.i, "dobj")
                found = [a for a in self.actors(told_to.i) if a.code] \
                    if told_to is not None else []
            if found:
                return found
        if self.p.tokens[i].dep == "nsubj" and gov.dep == "relcl" and gov.head < i:
            # "prompting Rwanda to cut ties with Belgium, which it accused of lobbying": the
            # subject of a clause on a noun is, first, the doer of the act that names the noun
            # (an infinitive's doer is the object that controls it)
            found = self._doer_above(self.p.tokens[gov.head])
            if found:
                return found
        if self.p.tokens[i].dep == "nsubj" and gov.dep == "conj" and gov.head < i:
            # "The embassy said the gear was ordinary, and it accused Moldovan officials": the
            # subject of the clause it is joined to, not of a clause reported in between
            first = kid(self.p, gov.head, "nsubj")
            found = [a for a in self.actors(first.i) if a.code] if first is not None and \
                first.text.lower() not in THING_PRONOUNS else []
            if found:
                return found
        if self.p.tokens[i].text.lower() == "it" and self.p.tokens[i].dep == "dobj" and \
                gov.dep == "conj" and gov.head < i:
            # "dropped from a helicopter onto the MSC Aries, a Portuguese-flagged container
            # ship, and seized it": the thing the verb before it acted on or landed on
            before = self.p.tokens[gov.head]
            things = kids(self.p, before.i, "dobj") + [
                o for prep in kids(self.p, before.i, "prep")
                if prep.text.lower() in ("onto", "on", "aboard", "into")
                for o in kids(self.p, prep.i, "pobj")]
            for t in things:
                if t.pos in ("NOUN", "PROPN") and t.tag != "NNS" and \
                        not (t.ent >= 0 and self.p.entities[t.ent].label in ("PERSON", "GPE")):
                    # (a name stands for what its apposition describes: "the MSC Aries, a
                    # Portuguese-flagged container ship")
                    found = [a for x in [t] + kids(self.p, t.i, "appos")
                             for a in self.actors(x.i) if a.code]
                    if found:
                        return found
            subj = kid(self.p, before.i, "nsubj")
            own = {a.code for a in self.actors(subj.i)} if subj is not None else set()
            for t in kids(self.p, before.i, "dobj"):
                # "condemned Rwanda's support for the rebels and urged it to withdraw its
                # troops": the state the verb before dealt with, or whose act it judged (not
                # the subject both verbs share, which "it" cannot be)
                named = [t] if t.ent >= 0 and self.p.entities[t.ent].label == "GPE" else \
                    kids(self.p, t.i, "poss")
                found = [a for x in named for a in self.actors(x.i)
                         if a.code and a.code not in own]
                if found:
                    return found
        if self.p.tokens[i].text.lower() == "them" and gov.dep == "conj" and gov.head < i:
            # "spoke with the security advisers of both countries and urged them to ...": an
            # object "them" is the people the verb before it dealt with
            before = self.p.tokens[gov.head]
            objs = kids(self.p, before.i, "dobj") + [o for prep in kids(self.p, before.i, "prep")
                                                      for o in kids(self.p, prep.i, "pobj")]
            for t in objs:
                if t.tag == "NNS" and t.lemma.lower() in self.lex.speaker_nouns:
                    found = [a for a in self.actors(t.i) if a.code]
                    if found:
                        return found
        if self.p.tokens[i].text.lower() == "them" and self.p.tokens[i].dep == "dobj" and \
                gov.dep == "advcl" and gov.head < i:
            # "pulled its special forces out of Burkina Faso after the junta ordered them to
            # leave": an object "them" in a clause hung on an act is that act's plural object
            obj = kid(self.p, gov.head, "dobj")
            found = [a for a in self.actors(obj.i) if a.code] \
                if obj is not None and obj.tag == "NNS" and obj.i < gov.i else []
            if found:
                return found
        if self.p.tokens[i].text.lower() in ("them", "they"):
            # "China, which has close ties with both neighbors, urged them to resolve their
            # differences": the pair the sentence named before the pronoun
            sent = sentence_of(self.p, i)
            for j in range(i - 1, sent.start - 1 if sent is not None else i, -1):
                t = self.p.tokens[j]
                if t.pos == "NOUN" and t.tag == "NNS" and any(
                        c.text.lower() in ("both", "two") for c in kids(self.p, j, "det",
                                                                       "nummod", "predet")):
                    found = [a for a in self.actors(j) if a.code]
                    if len(found) >= 2:
                        return found
        plural = self.p.tokens[i].text.lower() in ("they", "them")
        own_verb = next((a.i for a in ancestors(self.p, i) if a.pos in ("VERB", "AUX")), None)
        intruder = self.intruders(i)
        told = None     # whether the pronoun stands in a quotation (asked only when needed)
        for j in range(i - 1, max(-1, i - 150), -1):
            t = self.p.tokens[j]
            if t.dep not in ("nsubj", "nsubjpass") and not with_doer(self.p, t) or j in bound or \
                    t.text.lower() in THING_PRONOUNS | PERSON_PRONOUNS and not (
                        plural and t.text.lower() in PERSON_PRONOUNS and
                        kids(self.p, j, "conj")):
                # (but "He and Modi met in Dubai, when they agreed": a joined subject)
                continue
            if j < lo and self._quoted(j):
                # "... the mission said. 'But if the Israeli regime errs again, ...' It also
                # told the United States": a subject inside another's quoted words is not
                # what the narration's pronoun points back to
                told = self._quoted(i) if told is None else told
                if not told:
                    continue
            if intruder is not None and (j in intruder or not self.actors(j)):
                continue    # "after a Chinese ship entered its waters": not the ship's
            if j < lo and gov.lemma.lower() not in self.lex.speech_verbs and \
                    self.p.tokens[t.head].lemma.lower() in self.lex.speech_verbs and any(
                        c.i < j for c in kids(self.p, t.head, "ccomp")):
                continue    # "North Korea fired two missiles, South Korea said. It fired
                #             another on Tuesday": the teller set after what is told is not
                #             who acts next (who speaks next may be: "It also said")
            if t.head != j and self.p.tokens[t.head].dep == "relcl" and \
                    not subtree(self.p, t.head)[0] <= i < subtree(self.p, t.head)[1]:
                continue    # "China, which also has a dispute with India, said it ...": China
            if any(o.text.lower() in ("which", "whom") for pr in kids(self.p, j, "prep")
                   for o in kids(self.p, pr.i, "pobj")):
                continue    # "China fired missiles, some of which flew over the island, as it
                #             launched its largest exercises": a relative clause's subject
            if self.p.tokens[i].text.lower() == "its" and t.head == own_verb and (
                    t.tag == "NNS" or t.lemma.lower() in PLURAL_BODIES):
                continue    # "after Ecuadorian police stormed its embassy": not the police's
                #             (but "officials said its forces": their state's)
            if not plural and self.p.tokens[i].text.lower() in ("it", "its") and \
                    t.ent >= 0 and self.p.entities[t.ent].label == "PERSON" and j < lo:
                continue    # "... said Trudeau was pursuing a political agenda. It had
                #             summoned Canada's top diplomat": "it" is no person
            if not plural and self.p.tokens[i].text.lower() in ("it", "its") and \
                    t.tag == "CD":
                continue    # "said the two had been arrested ... It accused the Netherlands":
                #             "it" is not a number of people
            if not plural and self.p.tokens[i].text.lower() in ("it", "its") and \
                    kids(self.p, j, "conj"):
                continue    # "Washington and Seoul have accused North Korea of supplying
                #             Russia for its war": "it" is not two
            if plural and t.tag in ("NN", "NNP") and not kids(self.p, j, "conj") and \
                    self._one_body(t):
                # "they", "them" are not "the Security Council" or "Britain" (but an
                # official's "they" is her ministry's, and "the Houthis" are plural)
                continue
            found = [a for a in self.actors(j) if a.code]
            if found or j >= lo:
                return found
        return []


# what a state's forces enter or violate of another's ("entered its territorial waters",
# "violated its airspace"), and the verbs of entering: the owner is not the one who enters
_ASKINGS = frame_words("askings")
_TURNING_DOWN = frame_words("turning_down")
INTRUDED = frame_words("intruded")
# verbs by which a text is drafted for others to pass ("a resolution drafted by France")
DRAFTING = frame_words("drafting")
# verbs by which a text is made its authors' own ("a declaration adopted by the 32 allies")
ISSUING = frame_words("issuing")
# crafts and forces a hostile act harms, and the verbs of harm (frames.yaml): "its" on them is
# not the attacker's
HARMED_THINGS = frame_words("harmed_things")
HARMING_VERBS = frame_words("harming")
INTRUDING = frame_words("intruding")


# Nouns of texts and processes named after a place ("the Vienna Convention", "the Minsk
# agreements", "the Astana format"): the place is no party to what the text says.
NAMED_TEXTS = frame_words("named_texts")
# "the alliance", "the bloc": a body referred back to
# prepositions before a date ("in May", "since March"): what follows is a time, no one named
TIME_PREPOSITIONS = frozenset({"in", "on", "since", "by", "until", "till", "from", "through",
                               "before", "after", "during", "throughout"})
BLOC_NOUNS = frozenset({"alliance", "bloc", "organization", "organisation", "grouping"})
# words a body is told again by ("the agency", "the council", "the court")
BODY_WORDS = frame_words("bodies_told_again")
BODY_REACH = 600        # tokens
BLOCS = frozenset({"alliance", "bloc", "grouping"})     # bodies of member states
# offices of a bloc's member states, by which "the group's ..." is a bloc (frames.yaml)
GROUP_OFFICES = frame_words("group_offices")
SEATS = frame_words("seats")
SETTLING = frame_words("settling")       # "to resolve their differences", "to de-escalate"
DISPUTES = frame_words("disputes")
RESTRAINT = frame_words("restraint")     # "to show maximum restraint"
_WARS = frame_words("wars")

_VESSELS: list[frozenset[str]] = []


# descriptions too common to tell two phrases with one head apart ("the new government")
_PLAIN_MODS = frame_words("plain_descriptions")
# verbs by which a leader receives others ("Biden hosted the leaders of Japan and South Korea")
_HOSTING = frame_words("hosting")


_ANY_SHIP = frame_words("any_ship")
# verbs of how a meeting or a day went whose "with" phrase tells who did what (frames.yaml)
_FRAMED_WITH = frame_words("framed_with")


def with_doer(p: ParsedText, noun: Token) -> bool:
    """Whether ``noun`` does what the participle hung on it tells, in a "with" phrase that is
    a clause of its own: set off by a comma (", with Kyrgyz officials saying ...") or hung on
    a verb of how a meeting went ("the summit ended with the leaders signing a declaration"),
    not "cooperate with UN inspectors probing ..."."""
    w = p.tokens[noun.head]
    if noun.dep != "pobj" or w.text.lower() != "with" or not any(
            c.tag == "VBG" for c in kids(p, noun.i, "acl")):
        return False
    return w.i > 0 and p.tokens[w.i - 1].text == "," or \
        w.head != w.i and p.tokens[w.head].lemma.lower() in _FRAMED_WITH
_SPEAKING_TEXTS = frame_words("speaking_texts")


def _vessel_nouns() -> frozenset[str]:
    """One-word ship nouns from data/platforms.yaml: "the carrier", "the frigate"."""
    if not _VESSELS:
        from ..lexicons import load_yaml
        _VESSELS.append(frozenset(n.lower() for n in load_yaml("platforms.yaml")
                                  .get("vessel_nouns", []) if " " not in n))
    return _VESSELS[0]


vessel_nouns = _vessel_nouns     # (for the event rules: "the frigate ... after leaving Tokyo")


_WATERS: dict[str, str] = {}


def _waters() -> dict[str, str]:
    if not _WATERS:
        from ..lexicons import load_csv, split
        for row in load_csv("waters.csv"):
            for name in [row["name"], *split(row.get("aliases"))]:
                _WATERS[name.lower()] = row["code"].upper()
    return _WATERS


_AGENTIVE = ("ers", "ors", "ists", "ants", "ents", "ees", "men", "ians", "ites", "ans", "ics")


def _people_word(tok: Token) -> bool:
    """A plural that names people ("landowners", "immigrants", "Kurds"), not a field or goods
    ("Japanese studies", "Chinese goods")."""
    return tok.pos == "PROPN" or tok.text.lower().endswith(_AGENTIVE)


def _quoted_chars(text: str, start: int, end: int) -> set[int]:
    """Offsets in text[start:end] that stand inside quotation marks (straight or curly)."""
    out: set[int] = set()
    inside, opened = False, start
    for k in range(start, end):
        ch = text[k]
        if ch in "“”\"":
            if inside:
                out.update(range(opened, k))
            inside = ch == "“" or ch == '"' and not inside
            opened = k
    return out


@lru_cache(maxsize=1)
def _prefix_states() -> dict[str, str]:
    """Ship-name prefix -> the state whose navy uses it (platforms.yaml)."""
    from ..lexicons import load_yaml
    return dict((load_yaml("platforms.yaml") or {}).get("vessel_prefix_states") or {})


@lru_cache(maxsize=1)
def _plural_states() -> dict[str, tuple[str, ...]]:
    """Plural name -> the states it names (frames.yaml, plural_states): "Koreas"."""
    from ..lexicons import load_yaml
    table = (load_yaml("frames.yaml") or {}).get("plural_states") or {}
    return {str(k).lower(): tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _state_groups() -> dict[str, tuple[str, ...]]:
    """Name of a group of states -> its states (frames.yaml, state_groups): "Baltic"."""
    from ..lexicons import load_yaml
    table = (load_yaml("frames.yaml") or {}).get("state_groups") or {}
    return {str(k).lower(): tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _regional_blocs() -> dict[str, str]:
    """Region (name or adjective) -> the code of its bloc (frames.yaml, regional_blocs)."""
    from ..lexicons import load_yaml
    table = (load_yaml("frames.yaml") or {}).get("regional_blocs") or {}
    return {str(k).lower(): str(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _regional_states() -> dict[str, str]:
    """Adjective -> UN M49 region or subregion (frames.yaml, regional_states)."""
    from ..lexicons import load_yaml
    table = (load_yaml("frames.yaml") or {}).get("regional_states") or {}
    return {str(k).lower(): str(v) for k, v in table.items()}
