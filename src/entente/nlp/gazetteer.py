"""spaCy components declared by entente. They run before the parser and NER.

(spaCy allows no dots in factory names, hence underscores in the versioned names.)
``entente_paragraphs_v1`` starts a sentence after every blank line, so that a heading never runs
into the paragraph below it, and starts none inside a paragraph where no stop ends one, so that
the parser does not cut a lede after its heading. ``entente_gazetteer_v1`` tags the names entente knows (states,
bodies, forces, office holders, platforms) as entities whose ``kb_id`` is the lexicon key, so
the NER keeps them and the actors stage can resolve them without guessing. Matching (the
matchers built from the lexicon) stays apart from annotating (``_annotate``).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Iterable

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@Language.component("entente_paragraphs_v1", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    # inside a paragraph a sentence ends at a stop: the parser alone cut the lede after a
    # heading ("Japan || and the Philippines signed ...", "Israel || released ..."). The
    # starts are set in one array, not token by token (which slowed the whole parse).
    if len(doc) < 2:
        return doc
    # each token's text with its trailing space, cut from the text by offsets (a Token
    # object per word was most of this component's time)
    text = doc.text
    idx = doc.to_array([IDX]).tolist()
    texts = [text[a:b] for a, b in zip(idx, idx[1:] + [len(text)])]
    starts = doc.to_array([SENT_START]).astype("int64")
    for i in range(1, len(texts)):
        prev, word = texts[i - 1], texts[i]
        bare = prev.rstrip()
        if "\n\n" in prev:
            starts[i] = 1           # after a blank line: a paragraph starts
        elif bare == "X." and i > 1 and texts[i - 2].strip().lower() in ("on", "to", "via") and \
                word[:1].isupper():
            # "Makolo wrote on X. U.S. State Department ...": the platform's name and the stop
            # are one token, which the parser took for an initial
            starts[i] = 1
        elif not bare or not word.strip() or "\n" in prev:
            continue
        elif _ABBREVIATION.fullmatch(bare) and (i == 1 or starts[i - 1] == 1):
            # "U.S. President Donald Trump said ..." opening a paragraph: an abbreviation
            # that begins a sentence is no sentence of its own
            starts[i] = -1
        elif bare[-1] not in _STOPS or bare[-1] == "." and word[:1].islower() and \
                (_ABBREVIATION.fullmatch(bare) or _SHORT_FORM.fullmatch(bare)):
            # ("U.S. government lawyers", "Gilberto Teodoro Jr. accused Beijing": an
            # abbreviation's stop ends no sentence before a lowercase word)
            starts[i] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


# a model's number or mark after a hyphen: "II", "136", "17A", "M"
_DESIGNATION = re.compile(r"(?:[IVX]{1,4}|\d{1,4}[A-Za-z]{0,2}|[A-Z])")
# what a sentence of news ends with: a stop, or a quotation's or bracket's close after one
_STOPS = frozenset(".!?:;…\"”’')]")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")
# a short form that ends with a stop inside a sentence: a name suffix, a title, a company's
# ("Jr.", "Gen.", "Capt.", "Co.", "Corp.")
_SHORT_FORM = re.compile(r"[A-Z][a-z]{0,3}\.")


# days and months are no first names: "In March Japan and the Philippines signed", "On Sunday
# Saudi Arabia hosted" name the state
_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday", "January", "February", "March", "April", "May", "June", "July",
                       "August", "September", "October", "November", "December"})


class Gazetteer:
    """Phrase and token patterns from entente's lexicons, set as entities before NER."""

    def __init__(self, nlp: Language, name: str, entries: Iterable[tuple[str, str, str]],
                 vessel_nouns: Iterable[str] = (), vessel_prefixes: Iterable[str] = (),
                 designator_pattern: str = "", title_words: Iterable[str] = ()):
        self.name = name
        self.title_words = frozenset(title_words)
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        entries = list(entries)
        self.labels: dict[str, str] = {key: label for _, label, key in entries}
        for key, patterns in phrase_patterns(nlp, entries).items():
            self.phrases.add(key, patterns)
        self.tokens = Matcher(nlp.vocab)
        nouns = sorted({n.lower() for n in vessel_nouns if " " not in n})
        name_tok = {"IS_TITLE": True, "IS_SENT_START": False}
        if nouns:
            self.tokens.add("VESSEL", [[{"LOWER": {"IN": nouns}}, name_tok,
                                        {"IS_TITLE": True, "OP": "?"}]])
        if vessel_prefixes:
            self.tokens.add("VESSEL_PREFIXED", [[{"ORTH": {"IN": sorted(vessel_prefixes)}},
                                                 {"IS_TITLE": True},
                                                 {"IS_TITLE": True, "OP": "?"}]])
        if designator_pattern:
            self.tokens.add("PRODUCT", [[{"TEXT": {"REGEX": designator_pattern}}]])
        self._designator = re.compile(designator_pattern) if designator_pattern else None

    def __call__(self, doc: Doc) -> Doc:
        spans = self._match(doc)
        return self._annotate(doc, spans)

    def _match(self, doc: Doc) -> list[Span]:
        spans = []
        for key_id, start, end in self.phrases(doc):
            key = doc.vocab.strings[key_id]
            if key.startswith(("country:", "capital:", "demonym:")) and (
                    self._in_name(doc, start) or self._in_region(doc, start)):
                continue
            if key.startswith("org:") and end == start + 1 and start > 1 and \
                    self._in_name(doc, start) and (self._in_name(doc, start - 1) or
                                                   self._given_name(doc[start - 2])):
                continue    # "Therese Kayikwamba Wagner": the last of a person's names
                #             (the tagger may take an accented given name, "Thérèse", for a
                #             common noun)
            if self._designated(doc, end):
                # "a Fatah-II rocket system", "Shahed-136 drones": a weapon's name, not the
                # party it borrows
                spans.append(Span(doc, start, end + 2, label="PRODUCT",
                                  kb_id="platform:" + doc[start:end + 2].text))
                continue
            spans.append(Span(doc, start, end, label=self.labels[key], kb_id=key))
        for rule_id, start, end in self.tokens(doc):
            rule = doc.vocab.strings[rule_id]
            if rule == "VESSEL":
                start += 1          # the noun introduces the name; the name is the entity
            spans.append(Span(doc, start, end, label="VESSEL" if rule.startswith("VESSEL")
                              else "PRODUCT", kb_id="platform:" + doc[start:end].text))
        return spans

    @staticmethod
    def _designated(doc: Doc, end: int) -> bool:
        """Whether a name is glued by a hyphen to a model number or mark ("Fatah-II",
        "Shahed-136"): the name of a weapon, not of the party it borrows."""
        return end + 1 < len(doc) and doc[end].text == "-" and \
            doc[end - 1].whitespace_ == "" and doc[end].whitespace_ == "" and \
            _DESIGNATION.fullmatch(doc[end + 1].text) is not None

    @staticmethod
    def _in_region(doc: Doc, start: int) -> bool:
        """"seven Latin American countries", "Central American migrants": a region's, not
        the United States'."""
        return start > 0 and doc[start].text.startswith("America") and \
            doc[start - 1].text in ("Latin", "South", "North", "Central")

    def _in_name(self, doc: Doc, start: int) -> bool:
        """"Jeff Kingston", "Michael Jordan": a place name glued to a first name is a surname."""
        if start == 0:
            return False
        prev = doc[start - 1]
        # (a capitalised participle opening a sentence is no first name: "Neighboring Peru
        # and Argentina said")
        return prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha and \
            prev.text not in self.title_words and prev.text not in _CALENDAR and \
            not prev.whitespace_ == "" and \
            not (len(prev.text) >= 8 and prev.text.lower().endswith("ing"))

    def _given_name(self, tok) -> bool:
        """Whether ``tok`` reads as a given name, whatever its tag: a capitalised word of
        letters (accents too) that is no title and no day or month, not opening a sentence."""
        return tok.is_title and tok.is_alpha and not tok.is_sent_start and \
            tok.text not in self.title_words and tok.text not in _CALENDAR and \
            any(not c.isascii() for c in tok.text)

    @staticmethod
    def _annotate(doc: Doc, spans: list[Span]) -> Doc:
        if spans:
            doc.set_ents(filter_spans(spans), default="unmodified")
        return doc


def phrase_patterns(nlp: Language, entries: list[tuple[str, str, str]]
                    ) -> dict[str, list[tuple[int, ...]]]:
    """The token ORTH hashes of each entry's name, by key, as the PhraseMatcher matches them.

    Tokenising some 6,000 names was a third of `entente extract`'s start-up, so the hashes
    are kept in a file under ENTENTE_CACHE_DIR named by a digest of everything they depend
    on (the names, spaCy's version, the model and its tokenizer's special cases): a changed
    lexicon or model gets a new file, never a stale one. A cache that cannot be read or
    written is rebuilt or left unwritten; the matcher is the same either way.
    """
    from .. import config

    digest = hashlib.sha256(json.dumps([
        entries, _spacy_version(), nlp.meta.get("name"), nlp.meta.get("version"),
        sorted(nlp.tokenizer.rules or {})]).encode()).hexdigest()[:24]
    folder = config.get("cache_dir")
    path = Path(folder) / f"gazetteer-{digest}.json" if folder else None
    if path is not None:
        try:
            return {k: [tuple(p) for p in v]
                    for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError, AttributeError):
            pass
    out: dict[str, list[tuple[int, ...]]] = {}
    for text, _, key in entries:
        out.setdefault(key, []).append(tuple(t.orth for t in nlp.make_doc(text)))
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(out), encoding="utf-8")
            os.replace(tmp, path)      # whole or absent, also with several processes
        except OSError:
            pass
    return out


def _spacy_version() -> str:
    import spacy
    return spacy.__version__


@Language.factory("entente_gazetteer_v1", default_config={"lexicon_dir": ""},
                  assigns=["doc.ents", "token.ent_type", "token.ent_kb_id"],
                  requires=["token.orth"])
def make_gazetteer(nlp: Language, name: str, lexicon_dir: str) -> Gazetteer:
    from ..actors.lexicon import load_lexicon
    from ..lexicons import load_yaml

    lex = load_lexicon()
    plat = load_yaml("platforms.yaml")
    entries = list(lex.gazetteer_entries())
    entries += [(s, "PRODUCT", "platform:" + s) for s in plat.get("systems", [])]
    titles = {w for ts in load_yaml("sectors.yaml").get("titles", {}).values() for t in ts
              for w in t.split()}
    return Gazetteer(nlp, name, entries, plat.get("vessel_nouns", []),
                     plat.get("vessel_prefixes", []), plat.get("designator_pattern", ""),
                     titles)
