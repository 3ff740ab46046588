"""Quotes and their speakers, including carried-over and medium-reported attributions."""
from __future__ import annotations

import pytest

import entente

pytestmark = pytest.mark.model


def test_seed_quotes_have_the_right_speakers(seed_doc, seed_gold):
    right = 0
    for want in seed_gold["quotes"]:
        got = [q for q in seed_doc.quotes if want["text"] in q.text or q.text in want["text"]]
        right += bool(got) and got[0].speaker.name == want["speaker"]
    assert right >= 8, [(q.speaker.name, q.text[:40]) for q in seed_doc.quotes]


def test_quote_through_a_medium_keeps_the_speaker_and_the_medium(seed_doc):
    q = next(q for q in seed_doc.quotes if "ensure stability" in q.text)
    assert q.speaker.name == "Guido Crosetto" and q.medium == "Kyodo News"


def test_scare_quotes_are_not_quotes(seed_doc):
    assert not any(q.text.startswith("Belt and Road") for q in seed_doc.quotes)


def test_pronoun_and_description_find_the_last_speaker(pipeline):
    doc = entente.extract(
        'Anna Keller, a researcher at the Baltic Institute, said the drills were routine.\n\n'
        '"Nobody should read too much into this," she said.\n\n'
        '"It is the fifth such exercise this year," the analyst added.\n\n'
        '"The pattern matters more than any single event."', published="2024-06-29")
    assert [q.speaker.name for q in doc.quotes] == ["Anna Keller"] * 3
