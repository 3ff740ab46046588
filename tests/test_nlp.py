"""The NLP stage's start-up: the gazetteer's names are tokenised once, then read back."""
from __future__ import annotations

import pytest

from .conftest import CORPUS

pytestmark = pytest.mark.model

ENTRIES = [("Cavour", "VESSEL", "platform:Cavour"), ("United Kingdom", "GPE", "country:GBR"),
           ("Japan Maritime Self-Defense Force", "ORG", "force:JMSDF"),
           ("U.K.", "GPE", "country:GBR")]


def _no_tokenizing(text):
    raise AssertionError(f"tokenised {text!r} again")


def test_gazetteer_names_are_tokenised_once_then_read_from_the_cache(pipeline, tmp_path,
                                                                      monkeypatch):
    from entente.nlp.gazetteer import phrase_patterns

    monkeypatch.setenv("ENTENTE_CACHE_DIR", str(tmp_path))
    first = phrase_patterns(pipeline.nlp, ENTRIES)
    assert first["country:GBR"] == [tuple(t.orth for t in pipeline.nlp.make_doc(n))
                                    for n in ("United Kingdom", "U.K.")]
    assert len(list(tmp_path.glob("gazetteer-*.json"))) == 1
    monkeypatch.setattr(pipeline.nlp, "make_doc", _no_tokenizing)
    assert phrase_patterns(pipeline.nlp, ENTRIES) == first
    # a name added to a lexicon is not looked up in the old file
    with pytest.raises(AssertionError, match="tokenised"):
        phrase_patterns(pipeline.nlp, ENTRIES + [("Alpino", "VESSEL", "platform:Alpino")])


def test_a_damaged_cache_is_rebuilt(pipeline, tmp_path, monkeypatch):
    from entente.nlp.gazetteer import phrase_patterns

    monkeypatch.setenv("ENTENTE_CACHE_DIR", str(tmp_path))
    first = phrase_patterns(pipeline.nlp, ENTRIES)
    cached, = tmp_path.glob("gazetteer-*.json")
    cached.write_text('{"country:GBR": [[1, 2')
    assert phrase_patterns(pipeline.nlp, ENTRIES) == first


def test_a_pipeline_started_from_the_cache_finds_the_same_entities(pipeline, tmp_path,
                                                                   monkeypatch):
    from entente.clean import clean
    from entente.ingest import read_file
    from entente.nlp import load_pipeline, parse

    monkeypatch.setenv("ENTENTE_CACHE_DIR", str(tmp_path))
    built = load_pipeline()
    from_cache = load_pipeline()
    assert len(list(tmp_path.glob("gazetteer-*.json"))) == 1
    for f in sorted(CORPUS.glob("*.txt"))[:5]:
        doc = clean(read_file(f))
        want = parse(pipeline.nlp, doc).entities
        assert parse(built, doc).entities == want
        assert parse(from_cache, doc).entities == want


@pytest.mark.parametrize("lede", [
    "Israel released 90 prisoners on Friday.",
    "Japan and the Philippines signed a defence pact on Monday.",
    "G7 leaders also agreed to lend Ukraine $50 billion.",
    "U.S. government lawyers will face off with attorneys for the group.",
])
def test_a_lede_after_a_heading_is_one_sentence(pipeline, lede):
    """The parser alone cut a lede after its heading ("Israel || released ..."): inside a
    paragraph a sentence ends only at a stop (and not at an abbreviation's before a lowercase
    word)."""
    from entente.clean import clean
    from entente.nlp import parse
    from entente.records import RawDocument

    doc = clean(RawDocument(id="x", origin="x", title="Headline here", text=lede))
    parsed = parse(pipeline.nlp, doc)
    texts = [doc.text[parsed.tokens[s.start].idx:parsed.tokens[s.end - 1].idx
                      + len(parsed.tokens[s.end - 1].text)] for s in parsed.sentences]
    assert lede in texts
