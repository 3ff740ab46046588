"""Fuzzing reading, cleaning and extraction (hypothesis) on random and mutated text and HTML:
no exception but a named InputError escapes, and every evidence and quote offset points at its
words verbatim in the cleaned text.

Bounded to stay fast: a modest number of examples each, a deadline per example, and the spaCy
model loaded once per session (the ``pipeline`` fixture).
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from entente.errors import InputError
from entente.ingest import decode, read_text
from entente.records import RawDocument

from .conftest import CORPUS, FIXTURES

pytestmark = pytest.mark.model

FUZZ = settings(max_examples=25, deadline=timedelta(seconds=10), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

SEEDS = [p.read_bytes() for p in sorted((FIXTURES / "web").glob("*.html"))] + \
    [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))[:4]]
# the words the extractor reacts to, so that random text reaches the event rules
WORDS = ["Japan", "Italy", "China", "the", "minister", "said", "signed", "agreement", "with",
         "troops", "attacked", "on", "Tuesday", "will", "visit", "Russia", "sanctions",
         "“", "”", '"', ".", ",", "\n\n", "<p>", "</p>", "<div>", "<h1>", "—", "NATO", "—",
         "talks", "in", "Beijing", "not", "May", "2024", "accused", "of", "\u200b", "é"]


@st.composite
def mutated(draw) -> bytes:
    """A fixture page or article with random cuts, insertions, repeats and byte flips."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        j = draw(st.integers(i, min(len(data), i + 400)))
        op = draw(st.sampled_from(["cut", "insert", "repeat", "flip", "words"]))
        if op == "cut":
            del data[i:j]
        elif op == "insert":
            data[i:i] = draw(st.binary(max_size=40))
        elif op == "repeat":
            data[i:i] = data[i:j]
        elif op == "flip":
            data[i] = draw(st.integers(0, 255))
        else:
            data[i:i] = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=30))).encode()
    return bytes(data)


word_salad = st.lists(st.sampled_from(WORDS), min_size=0, max_size=120).map(" ".join)


def check(pipeline, raw: RawDocument) -> None:
    try:
        doc = pipeline.extract(raw)
    except InputError as exc:
        event(f"refused: {exc.reason}")      # named and reported: allowed
        return
    event("with events" if doc.events else "no events")
    for e in doc.events:
        assert doc.text[e.evidence.start:e.evidence.end] == e.evidence.text, e.rule
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text


@FUZZ
@given(data=mutated())
def test_mutated_pages_and_articles(pipeline, data):
    try:
        text = decode(data, "fuzz")
    except InputError:
        return
    check(pipeline, read_text(text, "fuzz", "fuzz"))


@FUZZ
@given(text=st.one_of(word_salad, st.text(max_size=600)))
def test_random_text(pipeline, text):
    check(pipeline, read_text(text, "fuzz", "fuzz"))


@FUZZ
@given(body=word_salad, title=st.text(max_size=40))
def test_random_html(pipeline, body, title):
    html = f"<html><head><title>{title}</title></head><body><article><p>{body}</p>" \
           f"</article></body></html>"
    check(pipeline, RawDocument(id="fuzz", origin="fuzz", html=html))


@settings(max_examples=200, deadline=timedelta(seconds=2), derandomize=True)
@given(data=st.binary(max_size=3000))
def test_decoding_random_bytes_gives_text_or_a_named_error(data):
    try:
        assert isinstance(decode(data, "fuzz.bin"), str)
    except InputError as exc:
        assert exc.origin == "fuzz.bin"
