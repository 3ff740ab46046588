"""People in one article: who is named, by what name, title and state.

``People`` is the part of the :class:`~entente.actors.resolve.Resolver` that indexes the
persons an article names (full names first, then surnames, names given with an age, office
holders of the lexicon by surname or alias) and reads their state and sector from their title
or context ("Italian Defense Minister X", "X, Iran's envoy", a name given right after "the U.N.
human rights chief"). It relies on the resolver's own methods (``actors``, ``sentence_state``,
``focus_state``) for what the words around a name say.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
import datetime
from functools import cached_property, lru_cache

from ..lexicons import frame_words, load_csv, load_yaml, split
from ..tree import kid, kids, sentence_of, subtree, text_of
from .gender import fits
from .lexicon import Lexicon

SPOKESPEOPLE = frame_words("spokespeople")
# nouns that describe a person ("Lena Marsh, a teacher in Kandy"): not a place or a body
PERSON_WORDS = frame_words("person_words")
# "Ferdinand Marcos Jr." is Marcos: the words after a family name that tell generations apart
NAME_SUFFIXES = frozenset((load_yaml("names.yaml") or {}).get("name_suffixes", []))


def _name_words(name: str) -> list[str]:
    """The words of a person's name without the generation after it ("Jr.", "III")."""
    words = name.split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


def _paternal(name: str) -> str:
    """The first of two family names ("Gabriela Solorzano Keane" goes by Solorzano, as
    "Andres Manuel Lopez Obrador" by Lopez): the word before the last of a name of three
    words or more, when it is capitalised; else ""."""
    words = _name_words(name)
    return words[-2] if len(words) >= 3 and words[-2][:1].isupper() and \
        len(words[-2]) > 2 else ""


def _without_article(name: str) -> str:
    """An Arabic family name without its article, as copy often gives it again: "Sissi"
    after "Abdel Fattah el-Sissi", "Sharaa" after "Ahmed al-Sharaa"; "" when it has none."""
    low = name.lower()
    return name[3:] if low.startswith(("el-", "al-")) and len(name) > 4 else ""


def surname(name: str) -> str:
    """The last word of a person's name that is not a generation ("Jr.", "III")."""
    words = _name_words(name)
    return words[-1] if words else ""


# states whose leaders' names put the family name first ("Xi Jinping", "Kim Jong Un")
_FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM"})


@lru_cache(maxsize=1)
def leader_surnames() -> frozenset[str]:
    """The surnames, lower case, of the names and aliases of leaders.csv, as a story gives
    them alone: the last word ("Zelenskiy"), without its article ("Assad" of "al-Assad"), and
    the first where the family name comes first ("Xi", "Kim")."""
    out = set()
    for row in load_csv("leaders.csv"):
        for name in [row.get("name", "")] + split(row.get("aliases")):
            if len(name.split()) < 2:
                continue
            last = surname(name)
            out.update(w.lower() for w in (last, _without_article(last)) if w)
            if row.get("code", "").upper() in _FAMILY_NAME_FIRST:
                out.add(name.split()[0].lower())
    return frozenset(out)


# words before a title that put its holder out of office: "former President X"
FORMER = frozenset({"former", "ex", "late", "then", "retired"})
# words before a title that name its holder's office to come: "President-elect X"
COMING = frozenset({"elect", "incoming", "designate"})
COMING_DAYS = 183      # how soon the office must begin: about six months
UNTITLED_COMING_DAYS = 75   # ... and named with no title: after the election, not before it
# lower-case titles a name may follow ("Hamas political leader Ismail Haniyeh")
TITLE_NOUNS = frame_words("title_nouns")
# the heads of titles only a state's government gives ("Trade Minister", "Ambassador")
STATE_OFFICES = frame_words("state_offices")
OFFICE_WORDS = TITLE_NOUNS | frame_words("government_offices")
CABINET_TITLES = frame_words("cabinet_titles")
# titles only one state gives, with its code ("secretary of state=USA")
ONE_STATE_TITLES = {t: c.upper() for t, c in (w.split("=", 1)
                                               for w in frame_words("one_state_titles"))}


@dataclass
class Person:
    name: str
    code: str | None
    sector: str | None
    description: str | None = None
    first: int = 0                      # token index of the first full mention


class People:
    """Mixin of :class:`Resolver`: indexing and finding the persons of one article."""

    def last_person(self, before: int, pronoun: str | None = None,
                    besides: Person | None = None) -> Person | None:
        """The person named last before token ``before``; with ``pronoun`` ("she"), the last
        one it can stand for (see actors.gender); never ``besides``."""
        for j, person in reversed(self.mentions):
            if j < before and (pronoun is None or fits(person, pronoun)) and \
                    (besides is None or person.name != besides.name):
                return person
        return None

    # --- indexing -----------------------------------------------------------------------

    def _in_headline(self, i: int) -> bool:
        """Whether token ``i`` is in a short sentence written in title case (a headline)."""
        sent = sentence_of(self.p, i)
        words = [t.text for t in self.p.tokens[sent.start:sent.end] if t.text.isalpha()]
        small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as",
                 "by", "with", "after", "over", "from", "is", "be"}
        big = [w for w in words if w.lower() not in small]
        return 3 <= len(big) <= 15 and all(w[0].isupper() for w in big) and \
            len(words) <= 18

    def _index_people(self) -> None:
        # full names first, so that a lone surname anywhere in the story (a headline's "Lai")
        # is the person the story names in full, not an office holder of that surname
        # (a title-case headline's "Trump Tariff Threat" is no one, unless the lexicon knows
        # the name: the NER runs a name on into the capitalised words after it)
        named = [(ent, self._name_of(ent)) for ent in self.p.entities if ent.label == "PERSON"
                 and not (self._in_headline(ent.start) and
                          self.lex.lookup(self._name_of(ent)) is None)]
        # "López Obrador" after "Andrés Manuel López Obrador": the same person, by the last
        # words of the full name (two family names, "bin Salman")
        longer = {name: _tail_of_longer(name, named) for _, name in named}
        for ent, name in named:
            if len(name.split()) >= 2 and name not in self.people and not longer[name]:
                person = self._new_person(ent, name)
                self.people[name] = person
                self._index_surname(surname(name), person)
                self._index_surname(_without_article(surname(name)), person)
                self._index_surname(name.split()[0], person)
                self._index_surname(_paternal(name), person)
        for ent, name in named:
            if len(name.split()) >= 2 and name not in self.people and \
                    longer[name] in self.people:
                self.people[name] = self.people[longer[name]]
        for name, start in self._aged_names():
            # "Gebre Tesfay, 52, lost two sons": a name the NER missed, given with an age
            if name not in self.people:
                person = Person(name, None, None, None, start)
                self.people[name] = person
                self.by_surname.setdefault(surname(name), person)
                self.mentions.append((start, person))
        for ent in self.p.entities:
            if ent.label in ("ORG", "GPE", "NORP") and not ent.key and \
                    " " not in ent.text and ent.text[:1].isupper():
                # a sitting leader's surname the NER took for a body ("Trump threatened"), or
                # the surname of someone the story names in full
                person = self.person_named(ent.text)
                if person is not None and (person.code or ent.label == "ORG" and
                                           person.name in self.people):
                    self.mentions.append((ent.start, person))
                continue
            if ent.label != "PERSON":
                continue
            name = self._name_of(ent)
            if len(name.split()) >= 2:
                person = self.people.get(name) or self._new_person(ent, name)
                self.people.setdefault(name, person)
                self._index_surname(surname(name), person)
                self._index_surname(_without_article(surname(name)), person)
                # family names come first in Korean and Chinese names: "Yoon Suk Yeol"
                self._index_surname(name.split()[0], person)
            else:
                person = self.person_named(name, tagged=True)
                if person is None and ent.key.startswith("leader:") and \
                        self._in_headline(ent.start):
                    # ("Brazil Recalls Envoy After Israel Declares Lula 'Persona Non Grata'": a
                    # headline's title-case words give no state; the lexicon's leader does)
                    person = self._new_person(ent, name)
                if person is None and name and ent.start > 0 and \
                        (self.p.tokens[ent.start - 1].pos == "PROPN" or
                         self.p.tokens[ent.start - 1].tag == "POS" and ent.text != name):
                    # "Pakistani President Zia": one name after a title that gives the state
                    # ("Jordan's King Abdullah": a titled name after the state's possessive)
                    code, sector = self._person_context(ent.start, ent.end)
                    if code and sector:
                        person = Person(name, code, sector, self._describe(ent), ent.start)
                        self.people[name] = person
                        self._index_surname(name, person)
            if person:
                self.mentions.append((ent.start, person))
        full = set(self.people)
        for tok in self.p.tokens:
            # a surname of someone named in full that the NER left untagged ("Barnier, too,
            # was a strong advocate")
            if tok.ent >= 0 or tok.pos != "PROPN" or not tok.text[:1].isupper():
                continue
            if tok.text in self.by_surname and self.by_surname[tok.text].name in full:
                self.mentions.append((tok.i, self.by_surname[tok.text]))
            elif tok.text not in self.by_surname and not self._in_name(tok.i):
                # a sitting office holder's surname the NER left untagged ("Sybiha met Rubio"),
                # not a word of a longer name ("Min-ji Park" is not Park Jin)
                person = self.person_named(tok.text)
                if person is not None and person.code:
                    self.mentions.append((tok.i, person))
        self.mentions.sort(key=lambda m: m[0])

    def _index_surname(self, key: str, person: Person) -> None:
        """Index ``person`` under one word of their name: the first person so named, unless
        a later one is known to act for a state and the first is not (a headline's misread
        "Trump Pauses" does not hide "President Donald Trump")."""
        if not key:
            return
        known = self.by_surname.get(key)
        if known is None or known.code is None and person.code is not None:
            self.by_surname[key] = person

    def _in_name(self, i: int) -> bool:
        toks = self.p.tokens
        return i > 0 and (toks[i - 1].pos == "PROPN" or toks[i - 1].text == "-") or \
            i + 1 < len(toks) and toks[i + 1].pos == "PROPN"

    def _aged_names(self) -> list[tuple[str, int]]:
        """Names the NER missed, given with an age after them ("Gebre Tesfay, 52,") or opening
        a sentence before a clause or a description of a person ("Ayumi Takeda, who studies
        ...", "Lena Marsh, a teacher in Kandy,"): two or three capitalised words, not a known
        name of a place or body."""
        toks, out = self.p.tokens, []
        for k in range(len(toks) - 4):
            for n in (3, 2):
                words = toks[k:k + n]
                if k + n + 2 >= len(toks):
                    continue
                comma, age, comma2 = toks[k + n], toks[k + n + 1], toks[k + n + 2]
                if comma.text != ",":
                    continue
                aged = comma2.text == "," and age.text.isdigit() and 1 <= int(age.text) <= 110
                # "Ayumi Takeda, who studies alliance policy", "Lena Marsh, a researcher":
                # a sentence's first words, then a clause or a description of a person
                described = self._opens_sentence(k) and (
                    age.text.lower() == "who" or age.text.lower() in ("a", "an") and
                    self._person_noun_after(k + n + 2))
                if comma.text == "," and (aged or described) and \
                        all(w.text[:1].isupper() and w.text.isalpha() for w in words) and \
                        not any(w.ent >= 0 and self.p.entities[w.ent].key for w in words) and \
                        (aged or not any(w.text.lower() in self.lex.titles or w.ent >= 0 and
                                         self.p.entities[w.ent].label not in ("PERSON", "ORG")
                                         for w in words)) and \
                        (k == 0 or not toks[k - 1].text[:1].isupper()):
                    out.append((" ".join(w.text for w in words), k))
                    break
        return out

    @cached_property
    def _sentence_starts(self) -> frozenset[int]:
        return frozenset(s.start for s in self.p.sentences)

    def _opens_sentence(self, k: int) -> bool:
        return k in self._sentence_starts

    def _person_noun_after(self, k: int) -> bool:
        """Whether a person's description starts at token ``k`` ("a 41-year-old teacher",
        "an analyst at ...")."""
        for t in self.p.tokens[k:k + 4]:
            low = t.lemma.lower()
            if low in self.lex.experts or low in self.lex.speaker_nouns or \
                    t.text.lower().endswith("-old") or low in PERSON_WORDS:
                return True
        return False

    def _name_of(self, ent) -> str:
        """A person entity's name without the titles the NER took in; a title and a surname
        the lexicon does not know as one name ("Ayatollah Khamenei") are the surname."""
        name = self._untitled(_clean_name(ent.text))
        words = name.split()
        if len(words) == 2 and words[0] in self.lex.titles and not ent.key and \
                not self.lex.lookup(name):
            return words[1]
        return name

    def _untitled(self, name: str) -> str:
        """"Historian Marta Ruiz" -> "Marta Ruiz": the NER sometimes takes a title or role into
        the name; two words of the name are always kept."""
        words = name.split()
        while len(words) > 2 and (words[0] in self.lex.titles or words[0].lower() in
                                  self.lex.experts or words[0].lower() in self.lex.speaker_nouns):
            words.pop(0)
        return " ".join(words)

    def _new_person(self, ent, name: str) -> Person:
        key = ent.key if ent.key.startswith("leader:") else (self.lex.lookup(name) or "")
        if not key.startswith("leader:") and len(name.split()) >= 2:
            # "López Obrador": the last words of a leader's full name, as copy shortens it
            key = self._leader_by_tail(name) or key
        if key.startswith("leader:"):
            term = self.lex.term_at(key, self.published)
            # ("former president Dmitry Medvedev", now an official of his state: "former" is
            # of the office he left, not of the one he holds)
            if term and (not self._former(ent.start) or term.role == "official"):
                return Person(name, term.code, term.sector, self._describe(ent), ent.start)
            day = (self.published or "")[:10]
            if not self._former(ent.start) and day:
                # before an office the lexicon knows, but titled here with that office's state
                # ("German Chancellor Friedrich Merz" in the weeks before he took office)
                code, sector = self._person_context(ent.start, ent.end)
                if code and any(t.code == code and t.start[:10] > day
                                for t in self.lex.terms.get(key, [])):
                    return Person(name, code, sector, self._describe(ent), ent.start)
                coming = self._coming_term(key, ent.start, day)
                if coming is not None:
                    # "President-elect Donald Trump" in the weeks before he took office: he
                    # already speaks for the state whose office he will hold
                    return Person(name, coming.code, coming.sector, self._describe(ent),
                                  ent.start)
                before = text_of(self.p, self.text, max(0, ent.start - 4), ent.start)
                titled = any(before.endswith(t) for t in self.lex.titles) or \
                    self.p.tokens[ent.start - 1].lemma.lower() in TITLE_NOUNS \
                    if ent.start > 0 else False
                if code and sector and titled and \
                        code in {t.code for t in self.lex.terms.get(key, [])}:
                    # in another office of the same state, titled here ("Chief Cabinet
                    # Secretary Yoshimasa Hayashi", a foreign minister before; "Hamas political
                    # leader Ismail Haniyeh", a prime minister before; not a deposed "President
                    # Bazoum, a close ally of Paris")
                    return Person(name, code, sector, self._describe(ent), ent.start)
                described = self._describe(ent) or ""
                words = set(described.lower().replace("-", " ").split())
                states = {t.code for t in self.lex.terms.get(key, [])}
                appos = kid(self.p, ent.end - 1, "appos")
                named = appos is not None and any(
                    t.ent >= 0 for t in self.p.tokens[slice(*subtree(self.p, appos.i))])
                if len(states) == 1 and words & OFFICE_WORDS and not words & FORMER and \
                        not named:
                    # described by an office, naming no state, after offices of one state
                    # ("Benny Gantz, a member of the cabinet", a defence minister before)
                    return Person(name, states.pop(), "GOV", described, ent.start)
            return Person(name, None, None, self._describe(ent) or "former official",
                          ent.start)
        code, sector = self._person_context(ent.start, ent.end)
        if code is None:
            code, sector = self._introduced_as(ent.start, sector)
        described = self._describe(ent)
        if described and FORMER & set(described.lower().replace("-", " ").split()[:3]):
            # "Johanna Lind, a former Swedish diplomat": out of office, she acts for no state
            code, sector = None, None
        return Person(name, code, sector, described, ent.start)

    def _place_titled_officials(self) -> None:
        """Officials the story introduces by a bare title of office, naming no state
        ("Information Minister George Kordahi", "Foreign Secretary Vikram Misri"): news copy
        leaves the state to the context, so each is of the state the story is about, else of
        the state of the last subject that names one before the name. Run once every name
        is indexed; the answers found on the way are forgotten."""
        placed = False
        for person in {id(x): x for x in self.people.values()}.values():
            if person.code or person.sector not in ("GOV", "MIL") or person.description or \
                    not self._bare_title(person.first):
                continue
            # (two signals that agree, when the story is about no one state: a story of two
            # states names the officials of both by bare titles)
            subject = self._recent_subject_state(person.first)
            code = self.focus_state() or (
                subject if subject == self._recent_state(person.first, set()) else None)
            if code:
                person.code, placed = code, True
        if placed:
            self._known.clear()

    def _counterparts_state(self, start: int) -> str | None:
        """The state of "his Chinese counterpart" that the subject named at ``start`` meets or
        speaks with: a state the subject is not of."""
        name = self.p.tokens[start]
        while name.dep == "compound" and name.head != name.i:
            name = self.p.tokens[name.head]
        if name.dep != "nsubj":
            return None
        lo, hi = subtree(self.p, name.head)
        for t in self.p.tokens[lo:hi]:
            if t.lemma.lower() != "counterpart" or not any(
                    c.text.lower() in ("his", "her") for c in kids(self.p, t.i, "poss")):
                continue
            up = t
            while up.dep not in ("ROOT", "ccomp") and up.head != up.i and up.i != name.head:
                up = self.p.tokens[up.head]
            if up.i != name.head:
                continue    # (in a clause of its own: not the one the subject is of)
            for m in kids(self.p, t.i, "amod", "compound"):
                found = {a.code for a in self.owner_token(m) if a.code}
                if len(found) == 1:
                    return found.pop()
        return None

    def _bare_title(self, start: int) -> bool:
        """Whether the words just before the name at ``start`` are a title of a state's office
        that names no state, body or person ("Defense Minister", "Ambassador"; not "Iberdrola
        spokesman", "Trump envoy", "former Foreign Minister")."""
        j, words = start - 1, []
        while j >= 0 and start - j <= 4 and self.p.tokens[j].pos in ("PROPN", "NOUN", "ADJ"):
            if self.p.tokens[j].ent >= 0 and self.p.tokens[j].ent != self.p.tokens[start].ent:
                return False    # (a name of its own in the title: a state, a body, a person)
            words.insert(0, self.p.tokens[j])
            j -= 1
        if not words or FORMER & {w.text.lower() for w in words}:
            return False
        # (a title only a government gives: not "Secretary General", "Gen.", "spokesman",
        # "president", which a company, a charity or an army has too)
        return words[-1].lemma.lower() in STATE_OFFICES

    def _leader_by_tail(self, name: str) -> str | None:
        """The key of the office holder on the story's day whose full name ends with
        ``name`` (accents aside), if that holder's surname is unique among them."""
        leader = _leaders_by_surname(self.lex, (self.published or "")[:10]).get(surname(name))
        if not leader:
            return None
        full = _folded(leader[0])
        return self.lex.lookup(leader[0]) if full.endswith(" " + _folded(name)) else None

    def _reported_by_office(self, start: int) -> str | None:
        """The state of the office an "according to" phrase of the sentence names ("according
        to the Foreign Ministry in Seoul"), or None."""
        sent = sentence_of(self.p, start)
        if sent is None:
            return None
        for t in self.p.tokens[sent.start:sent.end - 1]:
            nxt = self.p.tokens[t.i + 1]
            if t.text.lower() != "according" or nxt.text.lower() != "to":
                continue
            obj = kid(self.p, nxt.i, "pobj")
            found = [a for a in self.actors(obj.i) if a.code and a.sector == "GOV" and
                     self.lex.entry(f"country:{a.code}")] if obj is not None else []
            if found:
                return found[0].code
        return None

    def _introduced_as(self, start: int, sector: str | None) -> tuple[str | None, str | None]:
        """"The U.N. human rights chief called on ... Volker Türk told the council": a name
        first given as a subject right after a sentence whose subject is an official by title
        alone is that official."""
        sent = sentence_of(self.p, start)
        if sent is None or sent.start == 0 or not any(
                t.dep == "nsubj" for t in self.p.tokens[start:start + 4]):
            return None, sector
        prev = sentence_of(self.p, sent.start - 1)
        if prev is None:
            return None, sector
        for t in self.p.tokens[prev.start:prev.end]:
            if t.dep == "nsubj" and self.p.tokens[t.head].dep == "ROOT" and t.pos == "NOUN" \
                    and t.lemma.lower() in self.lex.speaker_nouns and self._definite(t) and \
                    not kids(self.p, t.i, "appos"):
                found = [a for a in self.actors(t.i) if a.code]
                if found:
                    return found[0].code, sector or found[0].sector
        return None, sector

    def person_named(self, name: str, before: int | None = None, tagged: bool = False
                     ) -> Person | None:
        """The person ``name`` stands for: a full name met in the article, or a surname; with
        ``before`` (a token index), the surname's bearer named last before it ("Jimmy Lai ...
        his son Sebastien Lai ... Lai said" is the son). ``tagged``: the NER took the name for
        a person's, so an office holder's family name put first ("Xi") stands for them."""
        name = self._untitled(_clean_name(name))
        if name in self.people:
            return self.people[name]
        last = surname(name) if name else ""
        if before is not None and len(name.split()) == 1:
            for j, person in reversed(self.mentions):
                if j < before and last in (surname(person.name), person.name.split()[0]):
                    return person
        first = name.split()[0] if len(name.split()) >= 2 else ""
        if first and first not in self.lex.titles and last in self.by_surname and \
                first.lower() not in self.by_surname[last].name.lower().split():
            return None         # "Sebastien Lai" is not "Jimmy Lai"
        if last in self.by_surname:
            return self.by_surname[last]
        table = _leaders_by_surname(self.lex, (self.published or "")[:10])
        leader = table.get(last) or (table.get(FAMILY + last) if tagged else None)
        if leader:
            person = Person(*leader)
            self.by_surname[last] = person
            return person
        return None

    def _coming_term(self, key: str, start: int, day: str):
        """The next term of office of leader ``key``, when the name is titled as its holder to
        be ("President-elect X", "incoming Prime Minister X") and that term begins within
        the coming months of ``day``, or untitled within the last weeks before it; else
        None."""
        lo = max(0, start - 4)
        words = [t.text.lower() for t in self.p.tokens[lo:start]]
        # untitled, only in the last weeks before the office begins ("Putin congratulated
        # Donald Trump" in November 2024): the winner, no longer a candidate
        reach = COMING_DAYS if any(w in COMING or w.endswith("-elect") for w in words) else \
            UNTITLED_COMING_DAYS
        today = datetime.date.fromisoformat(day)     # (checked at input: YYYY-MM-DD)
        soon = [t for t in self.lex.terms.get(key, [])
                if 0 < (datetime.date.fromisoformat(t.start[:10]) - today).days <= reach]
        return min(soon, key=lambda t: t.start) if soon else None

    def _former(self, start: int) -> bool:
        lo = max(0, start - 4)
        sent = sentence_of(self.p, start)
        if sent is not None:
            lo = max(lo, sent.start)    # ("... a former vice president. López Obrador said")
        return any(t.text.lower() in FORMER for t in self.p.tokens[lo:start])

    def _person_context(self, start: int, end: int) -> tuple[str | None, str | None]:
        """Code and sector from the title before a name: "U.S. Secretary of State X",
        "Italian Defense Minister X", or an apposition after it ("X, Iran's envoy")."""
        code = sector = None
        j = start - 1
        while j >= 0 and j >= start - 7:
            t = self.p.tokens[j]
            if t.pos == "VERB" and t.dep == "amod" and t.tag == "VBN":
                j -= 1          # "United Nations-appointed special rapporteur X"
                continue
            if t.text in (",", "(", ".", ";", ":", '"') or t.pos in ("VERB", "AUX", "PRON",
                                                                     "SCONJ", "CCONJ"):
                break
            if t.pos == "ADP" and t.text.lower() != "of" or t.pos == "DET" and j < start - 1 \
                    and t.text.lower() not in ("the",):
                break
            if t.ent >= 0:
                e = self.lex.entry(self.p.entities[t.ent].key or
                                   self.lex.lookup(self.p.entities[t.ent].text) or "")
                if e and e.code and e.kind in ("country", "demonym", "capital", "org",
                                                "metonym", "force"):
                    code = code or e.code
            j -= 1
        before = text_of(self.p, self.text, j + 1, start)
        for title, sec in sorted(self.lex.titles.items(), key=lambda x: -len(x[0])):
            if before.endswith(title) or f"{title} " in before + " ":
                sector = sec
                break
        if sector is None:
            # "Kremlin spokesman Dmitry Peskov", "China's top diplomat Wang Yi"
            for t in self.p.tokens[j + 1:start]:
                sector = sector or self.lex.sector_nouns.get(t.lemma.lower())
        head = self.p.tokens[end - 1]
        appos = kid(self.p, head.i, "appos")
        if appos is not None and code is None:
            # "Victoria Nuland, the acting deputy secretary of state": a title only one state
            # gives, set after the name (not one that names its state: "Britain's foreign
            # secretary")
            lo, hi = subtree(self.p, appos.i)
            told = " ".join(t.text.lower() for t in self.p.tokens[lo:hi] if t.pos != "PUNCT")
            if not any(t.ent >= 0 and self.p.entities[t.ent].key
                       for t in self.p.tokens[lo:hi]):
                code = next((c for t, c in ONE_STATE_TITLES.items()
                             if told.endswith(t) and f"{t} for" not in told), None)
                sector = sector or ("GOV" if code else None)
        if appos is not None:
            for a in self._head(appos.i):
                code, sector = code or a.code, sector or a.sector
            # ("Jan Hamacek, the interior minister": titled, though the title names no state)
            sector = sector or self.lex.sector_nouns.get(appos.lemma.lower())
        of = next((t for t in kids(self.p, head.i, "prep") if t.text.lower() == "of" and
                   t.i == end), None)
        if code is None and sector is not None and of is not None:
            # "Vice President Bharrat Jagdeo of Guyana", "Foreign Minister X of Chad"
            obj = kid(self.p, of.i, "pobj")
            if obj is not None and obj.ent >= 0:
                e = self.lex.entry(self.p.entities[obj.ent].key or "")
                if e and e.code and e.kind in ("country", "capital"):
                    code = e.code
        if code is None and head.dep == "appos" and head.head < start:
            # "the U.N. secretary-general's special representative in Haiti, Helen La Lime":
            # the name stands in apposition to its description; the first body or state
            # the description names is the person's
            described = self.p.tokens[head.head]
            while described.dep == "pobj" and described.head != described.i:
                # "... representative in Haiti, Halima Mwakyusa", parsed with the name hung on
                # the place: the description is the noun the place's phrase belongs to
                prep = self.p.tokens[described.head]
                if prep.head == prep.i or self.p.tokens[prep.head].pos != "NOUN":
                    break
                described = self.p.tokens[prep.head]
            lo, _ = subtree(self.p, described.i)
            own = list(self.p.tokens[lo:described.i + 1])
            for of_ in kids(self.p, described.i, "prep"):
                if of_.text.lower() == "of" and of_.i == described.i + 1:
                    # "the head of the European Union's delegation in Moscow, Ambassador
                    # Markus Ederer": or the body its own "of" phrase names
                    own += self.p.tokens[of_.i:subtree(self.p, of_.i)[1]]
            for t in own:
                if t.ent >= 0 and code is None:
                    e = self.lex.entry(self.p.entities[t.ent].key or
                                       self.lex.lookup(self.p.entities[t.ent].text) or "")
                    if e and e.code and e.kind in ("country", "demonym", "capital", "org",
                                                    "metonym", "force"):
                        code = e.code
            sector = sector or self.lex.sector_nouns.get(described.lemma.lower())
            poss = kid(self.p, described.i, "poss")
            if code is None and poss is not None and poss.text.lower() in ("his", "her"):
                # "Lula ..., and his chief foreign policy adviser, Celso Amorim": the state of
                # the one the possessive stands for (its clause's subject, or the office
                # holder the lexicon names)
                owner = self._possessor_subject(poss)
                code = owner.code if owner is not None else None
                sector = sector or ("GOV" if code else None)
            if code is None and poss is not None and poss.text.lower() in ("its", "their"):
                # "the bloc's foreign policy chief, Josep Borrell, and its trade commissioner,
                # Valdis Dombrovskis": the state or body the possessive stands for, not the
                # one state the sentence names
                owners = [a for a in self._head(poss.i) if a.code]
                code = owners[0].code if len(owners) == 1 else None
                sector = sector or ("GOV" if code else None)
            if code is None and poss is not None and poss.ent < 0 and poss.tag == "NN" and \
                    poss.text.lower() not in ("his", "her", "its", "their"):
                # "the junta's spokesman, Colonel Amadou Abdramane": the state of the rulers
                # the possessive names (only rulers: "the country's foreign minister, X" of a
                # story of several states is left to the context, which cost the VOA test
                # half five false claims)
                owners = [a for a in self._coup_owner(poss) if a.code]
                code = owners[0].code if len(owners) == 1 else None
        if code is None and sector is not None:
            # "Assistant Secretary of State Molly Phee": a title only one state gives (not
            # "Secretary of State for Defence", a British one, nor "the Vatican's")
            low = before.lower()
            code = next((c for t, c in ONE_STATE_TITLES.items()
                         if low.endswith(t) and f"{t} for" not in low), None)
        words = {t.lemma.lower() for t in self.p.tokens[j + 1:end]}
        if code is None and words & SPOKESPEOPLE:
            # "China's foreign ministry lashed out ... Spokeswoman Mao Ning said", "Beijing
            # rejected the accusations. Foreign ministry spokesman Lin Jian told ...": the
            # voice of the state last the subject
            code, sector = self._recent_subject_state(start), sector or "GOV"
        if code is None and sector is not None and j + 1 < start:
            # "South Korea summoned Russia's ambassador ... First Vice Foreign Minister Kim
            # Hong-kyun told Ambassador Georgy Zinoviev": an official titled with no state is
            # of the state an earlier mention of that office names ("Russia's
            # ambassador")
            code = self._office_named_before(self.p.tokens[start - 1], start)
        if code is None and sector is not None:
            # "First Vice Foreign Minister Kim Hong-kyun told Ambassador Georgy Zinoviev ...,
            # according to the Foreign Ministry in Seoul": an official titled with no state,
            # whose words a state's office reports, is of that state
            code = self._reported_by_office(start)
        if code is None and sector is not None:
            # "Babis and Jan Hamacek, the interior minister, called a news conference": an
            # official titled with no state, named beside a known office holder, serves with
            # them
            code = self._beside_known(head)
        other = self._counterparts_state(start) if code is None and sector is not None \
            else None
        if other is not None:
            # "Trade Minister Don Farrell met his Chinese counterpart": not China's, so the
            # side the story sets against China, else the state named last but China
            code = self.counterpart({other}) or self._recent_state(start, {other})
        if code is None and sector is not None:
            # "In neighboring Estonia, Interior Minister Lauri Laanemets warned ...": an office
            # holder titled with no state, the subject of a clause set first in a state or its
            # capital, is of that state (not one who speaks in a place named after the name:
            # a visitor "said in Beijing")
            code = self._clause_place(head, fronted=True)
        if code is None and sector is not None:
            # "President Omar al-Bashir lifted the curfew in Sudan": an office holder named
            # with a title, in a sentence that names one state only, is of that state
            code = self.sentence_state(start)
        if code is None and sector is not None:
            # "The United States voiced concern, with National Security Advisor X speaking
            # ...": an office holder in a sentence whose subject is a state is of that state
            code = self._root_subject_state(start)
        if code is None and sector is not None and (self._titled(j + 1, start) or
                                                    self._titled(j + 1, start, CABINET_TITLES)):
            # "the attempt to overthrow President Jovenel Moise", "Defense Minister Yassin
            # Ibrahim said": a head of state or a cabinet member titled in a story that is
            # about one state is that state's; in a story about two, the one its dateline
            # is in (copy gives a visitor's nationality, not a host's)
            code = self.focus_state() or self.dateline_state()
        return (code, sector or "GOV") if code else (None, sector)

    def _beside_known(self, head: Token) -> str | None:
        """The state of the one known person ``head`` is conjoined with, if any."""
        near = [self.p.tokens[head.head]] if head.dep == "conj" else []
        near += kids(self.p, head.i, "conj")
        codes = set()
        for t in near:
            if t.ent < 0 or t.ent == head.ent or self.p.entities[t.ent].label != "PERSON":
                continue
            person = self.person_named(self.p.entities[t.ent].text, tagged=True)
            if person is not None and person.code:
                codes.add(person.code)
        return next(iter(codes)) if len(codes) == 1 else None

    def _office_named_before(self, title: Token, start: int) -> str | None:
        """The state of the last mention of the office ``title`` names, in this sentence or
        the one before, owned by a state: "Russia's ambassador", "the Russian envoy"."""
        sent = sentence_of(self.p, start)
        lo = sent.start if sent is not None else start
        before = sentence_of(self.p, lo - 1) if lo > 0 else None
        lo = before.start if before is not None else lo
        for j in range(start - 2, lo - 1, -1):
            t = self.p.tokens[j]
            if t.pos != "NOUN" or t.lemma.lower() != title.text.lower().rstrip("s") and \
                    t.lemma.lower() != title.lemma.lower():
                continue
            found = [a.code for c in kids(self.p, t.i, "poss", "amod", "compound")
                     for a in self.owner_token(c) if a.code]
            if found:
                return found[0]
        return None

    def _root_subject_state(self, i: int) -> str | None:
        sent = sentence_of(self.p, i)
        if sent is None:
            return None
        for t in self.p.tokens[sent.start:sent.end]:
            if t.dep == "ROOT":
                subj = kid(self.p, t.i, "nsubj")
                if subj is None or subj.ent < 0 or subj.i >= i:
                    return None
                e = self.lex.entry(self.p.entities[subj.ent].key or "")
                return e.code if e and e.code and e.kind in ("country", "capital") else None
        return None

    def _titled(self, lo: int, hi: int, titles: frozenset[str] | None = None) -> bool:
        """A leader's title stands right before the name ("President", "Prime Minister"), or
        one of ``titles``."""
        before = text_of(self.p, self.text, lo, hi).lower()
        return any(before == t or before.endswith(" " + t)
                   for t in (self.lex.leader_nouns if titles is None else titles))


def _folded(text: str) -> str:
    """Lower case, without accents: "López" -> "lopez"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def _clean_name(text: str) -> str:
    name = " ".join(text.replace("’s", "").replace("'s", "").split())
    return name.strip(" ,.;:")


_SURNAMES: dict[tuple[int, str], "_SurnameTable"] = {}


_ROMAN = re.compile(r"[IVXLC]+\.?")
FAMILY = "family:"      # a key of _leaders_by_surname: a family name put first


def _leaders_by_surname(lex: Lexicon, date: str) -> "_SurnameTable":
    """Office holders on ``date`` by surname, where the surname is unique among them."""
    cached = _SURNAMES.get((id(lex), date))
    if cached is not None:
        return cached
    if len(_SURNAMES) > 256:
        _SURNAMES.clear()
    table = _SurnameTable(lex, date)
    _SURNAMES[(id(lex), date)] = table
    return table


_SURNAME_INDEX: dict[int, dict[str, list[str]]] = {}


def _surname_index(lex: Lexicon) -> dict[str, list[str]]:
    """Every surname (and family name put first) an office holder may go by, with the keys
    of those who bear it, whatever the date: built once per lexicon."""
    found = _SURNAME_INDEX.get(id(lex))
    if found is not None:
        return found
    spellings: dict[str, set[str]] = {}
    family_first = frame_words("family_name_first")
    common = frozenset((load_yaml("names.yaml") or {}).get("common_names", []))
    for text, _label, key in lex.phrases:    # "Zelenskyy" as well as "Zelensky"
        words, name = text.split(), key[7:].split()
        if key.startswith("leader:") and len(words) >= 2 and name and \
                words[0] == name[0] and words[-1][:5] == name[-1][:5]:
            spellings.setdefault(key, set()).add(words[-1])
    found = {}
    for key, entry in lex.entries.items():
        if entry.kind != "leader":
            continue
        names = {surname(entry.name)} | spellings.get(key, set())
        if any(t.code.lower() in family_first for t in lex.terms.get(key, [])):
            # "Xi" for Xi Jinping: only a name the NER tags as a person's ("Park" alone may
            # be anybody's, or a river's)
            names.add(FAMILY + entry.name.split()[0])
        for word in names:
            if len(word.removeprefix(FAMILY)) < 2 or _ROMAN.fullmatch(word):
                continue        # "Frederik X", "Charles III": a regnal number is no word
            if word.removeprefix(FAMILY) in common:
                # "said Mohammed, a shopkeeper": a name millions bear; "Kim told reporters"
                # is not Kim Jong Un in a story that never names him
                continue
            found.setdefault(word, []).append(key)
    _SURNAME_INDEX[id(lex)] = found
    return found


class _SurnameTable:
    """The office holders of one date by surname, worked out for a surname when it is first
    asked for (a story asks for a handful; there are thousands)."""

    def __init__(self, lex: Lexicon, date: str):
        self.lex, self.date, self.done = lex, date, {}

    def get(self, surname: str) -> tuple | None:
        if surname not in self.done:
            self.done[surname] = self._holder(surname)
        return self.done[surname]

    def _holder(self, surname: str) -> tuple | None:
        family_first = frame_words("family_name_first")
        found: tuple | None = None
        seen = False
        for key in _surname_index(self.lex).get(surname, []):
            entry = self.lex.entries[key]
            term = self.lex.term_at(key, self.date or None)
            if term is None or surname.startswith(FAMILY) and \
                    term.code.lower() not in family_first:
                continue
            if seen and (found is None or found[0] != entry.name):
                # two office holders of one name: with no date to choose ("President Bush"
                # in an undated brief), the state is still known when both are of it
                same = found is not None and found[1] == term.code
                found = (surname.removeprefix(FAMILY), term.code, term.sector, None, 0) \
                    if same else None
            else:
                found = (entry.name, term.code, term.sector, None, 0)
            seen = True
        return found


def _tail_of_longer(name: str, named: list) -> str | None:
    """The one longer name of the story that ends with all of ``name`` ("Andrés Manuel López
    Obrador" for "López Obrador"), else None."""
    longer = {n for _, n in named if n.endswith(" " + name)}
    return longer.pop() if len(longer) == 1 else None
