"""``entente_names_v1``: persons' names the NER did not see as persons.

The small English model knows the names that were common in the news it was trained on. A name
from elsewhere it often tags as an organisation ("Thabo Nkosi"), a place, a work of art or
nothing at all, and then the name can neither speak a quote nor be the "she" of the next
sentence. Changing only the names of the speakers in our development stories (to names from
Africa, Central and South Asia, Eastern Europe, the Pacific) cost a tenth of the right speakers.

A run of capitalised proper nouns is a person's name when what is around it says so: a title
or a noun for a person right before it ("said Mayor Bolat Serikov", "resident Ahmad Karimi"),
a description right after it ("Thabo Nkosi, a former State Department official"; ", 52,";
"who"), a speech verb it is the subject of ("Oleksandr Kubrakov said"), a given name it opens
with, or a state it belongs to ("Uganda's Mehmet Yildiz"). Names the lexicon knows (states,
bodies, office holders) are never touched, nor runs holding a word of a body or a place
("Institute", "Province"). A surname alone elsewhere in the story is then that person too.

Matching (``_runs``, ``_is_name``) stays apart from annotating (``_annotate``).
"""
from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

# small words inside a name: "Osama bin Laden", "Ursula von der Leyen", "Mohammed al-Sudani"
PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "van", "von", "de", "der", "den", "da",
                       "dos", "das", "du", "la", "le", "di", "del", "ter", "ul"})
DASHES = frozenset({"—", "–", "-", "--"})
STOPS = frozenset({",", ";", ".", "—", "–", "(", ")", ":", "!", "?"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
NAME_TAGS = frozenset({"NNP", "NNPS"})


class Names:
    """Finds runs of proper nouns that name persons and sets them as PERSON entities."""

    def __init__(self, nlp: Language, name: str, titles: Iterable[str],
                 person_nouns: Iterable[str], honorifics: Iterable[str],
                 not_name_words: Iterable[str], speech_verbs: Iterable[str],
                 given_names: Iterable[str], place_heads: Iterable[str] = ()):
        self.name = name
        self.titles = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.titles.add("TITLE", [nlp.make_doc(t) for t in set(titles) if t.strip()])
        self.person_nouns = frozenset(w.lower() for w in person_nouns)
        self.honorifics = frozenset(honorifics)
        self.not_name = frozenset(w.lower() for w in not_name_words)
        self.speech = frozenset(speech_verbs)
        self.given = frozenset(given_names)
        self.place_heads = frozenset(w.lower() for w in place_heads)
        self.name_tags = frozenset(nlp.vocab.strings.add(t) for t in NAME_TAGS)

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc, self._find(doc))

    # --- matching --------------------------------------------------------------------

    def _find(self, doc: Doc) -> list[Span]:
        # token by token only where a proper noun stands: making a Token per word of every
        # article cost a tenth of the parse
        ents = list(doc.ents)
        keyed = [False] * len(doc)
        for e in ents:
            if e.kb_id_:
                for i in range(e.start, e.end):
                    keyed[i] = True
        proper = [i for i, tag in enumerate(doc.to_array("TAG").tolist()) if tag in
                  self.name_tags]
        if not proper:
            return []
        title_end = [0] * len(doc)          # where a title phrase covering token i ends
        for _, s, e in self.titles(doc):
            for i in range(s, e):
                title_end[i] = max(title_end[i], e)
        headline: dict[int, bool] = {}
        # a surname that speaks alone, unless the NER already has a full name ending in it
        # ("Publisher Zamora" in a headline is not a second Zamora)
        spoken = self._speaking_surnames(doc, proper) - {
            x[-1].text for x in ents if x.label_ == "PERSON" and len(x) >= 2}
        found = []
        for s, e in self._runs(doc, keyed, proper):
            sent = doc[s].sent
            if sent.start not in headline:
                headline[sent.start] = _headline(sent)
            if headline[sent.start]:
                continue
            titled = False
            while s < e and (title_end[s] or self._person_word(doc[s])):
                s = max(title_end[s], s + 1)
                titled = True
            for k in range(s + 1, e - 2):
                # "Solo Mayor Hadi Rudyatmo", "Central Java Governor X": the name follows the
                # title inside the run
                after = max(title_end[k], k + 1) if title_end[k] or self._person_word(doc[k]) \
                    else 0
                if after and e - after >= 2:
                    s, titled = after, True
            while s < e and (doc[s].text in DASHES or doc[s].lower_ in PARTICLES):
                s += 1
            if e - s >= 1 and self._is_name(doc, s, e, titled, title_end, ents, spoken):
                found.append(Span(doc, s, e, label="PERSON"))
        return found

    def _runs(self, doc: Doc, keyed: list[bool], proper: list[int]) -> list[tuple[int, int]]:
        """Maximal runs of capitalised proper nouns (with the particles and hyphens of names)
        outside the names the lexicon knows, starting at the ``proper`` nouns."""
        runs, n = [], len(doc)
        done = -1
        for i in proper:
            if i < done:
                continue
            t = doc[i]
            if keyed[i] or not t.text[:1].isupper():
                continue
            j = i + 1
            while j < n and not keyed[j]:
                u = doc[j]
                glued = doc[j - 1].whitespace_ == "" and u.text == "-" and u.whitespace_ == ""
                if u.tag_ in NAME_TAGS and u.text[:1].isupper() or glued and j + 1 < n:
                    j += 1
                elif (u.lower_ in PARTICLES and j + 1 < n and
                      (doc[j + 1].text[:1].isupper() or doc[j + 1].text == "-")):
                    j += 1
                elif doc[j - 1].text == "-" and u.is_alpha:   # "Ming-hui", "al-Sudani"
                    j += 1
                else:
                    break
            runs.append((i, j))
            done = j
        return runs

    def _person_word(self, t) -> bool:
        return t.text in self.honorifics or t.lower_ in self.person_nouns

    def _speaking_surnames(self, doc: Doc, proper: list[int]) -> frozenset[str]:
        """Proper nouns standing alone as the subject of a speech verb ("Nkosi said")."""
        return frozenset(doc[i].text for i in proper
                         if doc[i].dep_ == "nsubj" and doc[i].head.lemma_ in self.speech and
                         not (i > 0 and doc[i - 1].tag_ in NAME_TAGS))

    def _is_name(self, doc: Doc, s: int, e: int, titled: bool, title_end: list[int],
                 ents: list[Span], spoken: frozenset[str]) -> bool:
        words = [t for t in doc[s:e] if t.is_alpha and t.lower_ not in PARTICLES]
        if len(words) == 1 and e - s == 1 and not titled:
            # a person named by one name ("Habiba, who asked that only her first name be
            # used, said"): a given name with a description after it
            return doc[s].ent_type_ != "PERSON" and not doc[s].ent_kb_id_ and \
                doc[s].lower_ not in self.not_name and self._described_after(doc, e)
        if len(words) == 1 and e - s == 1 and s > 0 and doc[s - 1].text in self.honorifics:
            return doc[s].lower_ not in self.not_name    # "Mr. Ochieng, 62, has fished"
        if len(words) == 1 and e - s == 1 and titled and title_end[s - 1] == s:
            # "Pakistani President Zia", "Foreign Minister Karim": one name right after a
            # title (the NER takes such a name for a place or a body)
            return doc[s].lower_ not in self.not_name and doc[s].ent_type_ != "PERSON"
        if not 2 <= len(words) <= 4:
            return False
        if any(t.lower_ in self.not_name or (t.is_upper and len(t) > 1) or t.like_num
               for t in doc[s:e]):
            return False
        if any(x.label_ == "PERSON" and x.start <= s and x.end >= e for x in ents):
            return False                    # the NER has it already
        before = doc[s - 1] if s > 0 else None
        if titled or before is not None and (self._person_word(before) or title_end[before.i]):
            return True
        if s >= 2 and before.text == "," and (self._person_word(doc[s - 2]) or
                                               title_end[s - 2]):
            return True                     # "Indonesia's education minister, Thabo Nkosi,"
        if self._described_after(doc, e):
            return True
        if doc[s].text in self.given:
            return True
        root = min(doc[s:e], key=lambda t: (t.head.i in range(s, e) and t.head != t, t.i))
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in self.speech:
            return True
        if doc[e - 1].text in spoken:
            return True     # "Thabo Nkosi runs a clinic ... Nkosi said": named, then speaking
        # "Uganda's Mehmet Yildiz": a state's own person
        return s >= 2 and doc[s - 1].text in POSSESSIVE and bool(doc[s - 2].ent_kb_id_) and \
            doc[s - 2].ent_kb_id_.startswith("country:")

    def _described_after(self, doc: Doc, e: int) -> bool:
        """", a former official at ...", ", 52,", " — a musician-turned-MP —", ", who"."""
        n = len(doc)
        if e < n and doc[e].lower_ == "who":
            return True
        if e >= n or doc[e].text not in {","} | DASHES:
            return False
        k = e + 1
        if k < n and doc[k].lower_ == "who":
            return True
        if k + 1 < n and doc[k].like_num and doc[k + 1].text == ",":
            return True
        if k >= n or doc[k].lower_ not in ("a", "an", "the") and doc[k].tag_ not in ("JJ", "PRP$"):
            return False
        for t in doc[k:min(n, k + 10)]:
            if t.text in STOPS and t.i > k:
                return False
            if t.lower_ in self.person_nouns or t.lemma_.lower() in self.person_nouns:
                return True
        return False

    # --- annotating ------------------------------------------------------------------

    def _annotate(self, doc: Doc, spans: list[Span]) -> Doc:
        places = [x for x in doc.ents if x.label_ == "PERSON" and not x.kb_id_ and
                  x[0].lower_ in self.place_heads and len(x) > 1]
        if places:
            # "Lake Victoria", "Mount Kenya": a place, whatever the name after the word
            doc.ents = [Span(doc, x.start, x.end, label="LOC") if x in places else x
                        for x in doc.ents]
        if not spans:
            return self._surnames(doc)
        # the runs hold no token of a name the lexicon knows, so no keyed entity is dropped
        keep = [x for x in doc.ents if not any(x.start < s.end and s.start < x.end for s in spans)]
        doc.ents = sorted(keep + spans, key=lambda x: x.start)
        return self._surnames(doc)

    def _surnames(self, doc: Doc) -> Doc:
        """The surname alone of a person named in full, where the NER took it for something
        else or for nothing ("Nkosi said" after "Thabo Nkosi")."""
        surnames = {x[-1].text for x in doc.ents if x.label_ == "PERSON" and len(x) >= 2 and
                    x[-1].is_alpha and x[-1].lower_ not in self.not_name}
        if not surnames:
            return doc
        ents = list(doc.ents)
        changed = False
        hashes = {doc.vocab.strings.add(x) for x in surnames}
        at = [i for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth in hashes]
        for t in (doc[i] for i in at):
            if t.ent_kb_id_ or t.ent_type_ == "PERSON":
                continue
            prev_name = t.i > 0 and doc[t.i - 1].tag_ in NAME_TAGS and \
                doc[t.i - 1].text[:1].isupper() and not doc[t.i - 1].is_sent_start
            nxt_name = t.i + 1 < len(doc) and doc[t.i + 1].tag_ in NAME_TAGS and \
                doc[t.i + 1].text[:1].isupper()
            if prev_name or nxt_name:
                continue
            own = [x for x in ents if x.start <= t.i < x.end]
            rest = []
            if own and len(own[0]) > 2 and not own[0].kb_id_ and own[0].end == t.i + 1 and \
                    doc[t.i - 1].text == ",":
                # "posted on YouTube, Serikov said", tagged as one organisation
                rest = [Span(doc, own[0].start, t.i - 1, label=own[0].label_)]
            elif own and (len(own[0]) > 1 or own[0].kb_id_):
                continue
            ents = [x for x in ents if x not in own] + rest + \
                [Span(doc, t.i, t.i + 1, label="PERSON")]
            changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda x: x.start)
        return doc


def _headline(sent: Span) -> bool:
    """A sentence in title case ("Experts Say Talks Likely to End"): capitals there name
    nothing."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) > 0.75 * len(words)


@Language.factory("entente_names_v1", default_config={},
                  assigns=["doc.ents", "token.ent_type"],
                  requires=["token.tag", "token.dep", "doc.ents"])
def make_names(nlp: Language, name: str) -> Names:
    from ..actors.lexicon import load_lexicon
    from ..lexicons import frame_words, load_yaml

    lex = load_lexicon()
    names = load_yaml("names.yaml") or {}
    given = load_yaml("given_names.yaml") or {}
    return Names(nlp, name,
                 titles=list(lex.titles) + list(names.get("titles", [])),
                 person_nouns=lex.speaker_nouns | lex.experts | frame_words("person_words") |
                 frozenset(names.get("person_nouns", [])),
                 honorifics=names.get("honorifics", []),
                 not_name_words=list(names.get("not_name_words", [])) +
                 list(lex.organisation_words),
                 speech_verbs=load_yaml("speech.yaml").get("verbs", []),
                 given_names=list(given.get("female", [])) + list(given.get("male", [])),
                 place_heads=names.get("place_heads", []))
