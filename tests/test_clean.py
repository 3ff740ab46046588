"""Cleaning: page furniture out, metadata in, for text dumps and HTML."""
from __future__ import annotations

import pytest

from entente.clean import clean
from entente.errors import NoArticleText, NotEnglish
from entente.ingest import read_file
from entente.records import RawDocument

from .conftest import FIXTURES, SEED_TXT, need_shared


@pytest.fixture(scope="module")
def seed_clean():
    return clean(read_file(need_shared(SEED_TXT)))


def test_seed_metadata_matches_gold(seed_clean, seed_gold):
    want = seed_gold["article"]
    m = seed_clean.metadata
    assert (m.title, m.author, m.published, m.dateline, m.outlet) == \
        (want["title"], want["author"], want["published"], want["dateline"], want["outlet"])


def test_seed_furniture_never_reaches_paragraphs(seed_clean, seed_gold):
    paragraphs = [seed_clean.text[b.start:b.end] for b in seed_clean.blocks
                  if b.kind == "paragraph"]
    for line in seed_gold["article"]["boilerplate"]:
        assert not any(line in p for p in paragraphs), line


def test_headings_are_kept_but_not_paragraphs(seed_clean):
    headings = [seed_clean.text[b.start:b.end] for b in seed_clean.blocks
                if b.kind == "heading"]
    assert "Convergence of interests" in headings
    assert "Tensions rise with China over US aid bill for Taiwan" in headings


def test_block_offsets_point_into_the_clean_text(seed_clean):
    for b in seed_clean.blocks:
        piece = seed_clean.text[b.start:b.end]
        assert piece and piece == piece.strip()


def test_wire_dateline_is_metadata_not_text():
    raw = RawDocument(id="w", origin="w", text=(
        "Seoul hosts talks\n\nBy Ana Lim\nMarch 3, 2025\n\n"
        "SEOUL, March 3 (Atlas Wire) - South Korea and Japan held security talks in Seoul on "
        "Monday and agreed to meet again in the autumn, officials said."))
    doc = clean(raw)
    assert doc.metadata.dateline == "Seoul" and doc.metadata.outlet == "Atlas Wire"
    assert doc.metadata.published == "2025-03-03" and doc.metadata.author == "Ana Lim"
    body = doc.text[doc.blocks[-1].start:doc.blocks[-1].end]
    assert body.startswith("South Korea and Japan held")


def test_html_goes_through_trafilatura_and_loses_its_chrome():
    doc = clean(read_file(FIXTURES / "rutte_visit.html"))
    m = doc.metadata
    assert m.title == "NATO chief visits Seoul to deepen Indo-Pacific ties"
    assert (m.author, m.published, m.outlet) == ("Mina Park", "2025-03-12", "Harbour Times")
    assert "Rutte visited Seoul on Tuesday" in doc.text
    for chrome in ("Subscribe", "Cookie settings", "All rights reserved", "Photo: Lee Jun",
                   "Related stories"):
        assert chrome not in doc.text


def test_html_without_an_article_is_refused():
    with pytest.raises(NoArticleText) as exc:
        clean(read_file(FIXTURES / "no_article.html"))
    assert "no_article.html" in str(exc.value)


def test_non_english_article_is_refused():
    text = ("Il ministro della Difesa ha annunciato che la portaerei Cavour partirà per il "
            "Giappone ad agosto per esercitazioni congiunte con la marina giapponese. "
            "Secondo il governo, la missione rafforza i legami tra i due paesi.")
    with pytest.raises(NotEnglish) as exc:
        clean(RawDocument(id="it", origin="italiano.txt", text=text))
    assert "italiano.txt" in str(exc.value) and "not in English" in str(exc.value)


def test_a_page_of_navigation_only_is_refused_with_the_raw_hint():
    text = "Skip to content\nMenu\nHome\nSubscribe\nShare\nAdvertisement\n"
    with pytest.raises(NoArticleText) as exc:
        clean(RawDocument(id="n", origin="nav.txt", text=text))
    assert "--raw" in str(exc.value)


def test_keep_all_keeps_every_line():
    text = "Short line one\nJapan and Italy held talks in Rome on Monday about defence ties."
    doc = clean(RawDocument(id="k", origin="k", text=text), keep_all=True)
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_corpus_metadata_matches_gold():
    """Title, author, date and dateline of every example article; the outlet where the page
    names it (a wire dateline, the author box, a staff photo credit)."""
    import json
    from .conftest import CORPUS
    wrong, total = [], 0
    for txt in sorted(CORPUS.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text())["article"]
        m = clean(read_file(txt)).metadata
        for k in ("title", "author", "published", "dateline"):
            total += 1
            if (gold.get(k) or None) != getattr(m, k):
                wrong.append((txt.stem, k, gold.get(k), getattr(m, k)))
        if gold.get("outlet") and gold["outlet"] in txt.read_text():
            total += 1
            if m.outlet != gold["outlet"]:
                wrong.append((txt.stem, "outlet", gold["outlet"], m.outlet))
    assert len(wrong) <= total * 0.02, wrong


def test_a_long_line_is_never_navigation():
    """A page dumped as one line was refused because a navigation rule ("... cookies ...")
    matched somewhere inside it."""
    body = ("Japan and Italy held joint naval drills near Tokyo on Monday, officials said, "
            "and the two navies will meet again next year. ") * 5
    doc = clean(RawDocument(id="l", origin="l", text=body + "We use cookies on this site."))
    assert [b.kind for b in doc.blocks] == ["paragraph"]
