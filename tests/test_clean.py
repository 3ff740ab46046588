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


@pytest.mark.parametrize("line, city", [
    ("KINGSTOWN, ST. VINCENT AND THE GRENADINES — ", "Kingstown"),
    ("PORT OF SPAIN, TRINIDAD AND TOBAGO — ", "Port Of Spain"),
    ("BASSETERRE, ST. KITTS AND NEVIS — ", "Basseterre"),
    ("SAO TOME, SAO TOME AND PRINCIPE — ", "Sao Tome"),
])
def test_a_dateline_whose_state_has_a_long_name_is_metadata_too(line, city):
    # a state's name of up to five words after the city is still the dateline, never a
    # party to what the lede tells
    raw = RawDocument(id="w", origin="w", text=(
        "Leaders meet\n\n" + line + "Venezuela and Guyana held talks on Thursday and agreed "
        "not to use force."))
    doc = clean(raw)
    assert doc.metadata.dateline == city
    assert doc.text[doc.blocks[-1].start:].startswith("Venezuela and Guyana held")


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
    assert "Italian (it)" in str(exc.value)      # the language found is named


def test_a_cyrillic_article_is_skipped_naming_its_language():
    text = ("Министр обороны заявил, что учения в Балтийском море завершились успешно. "
            "По его словам, в них участвовали корабли и самолёты нескольких флотов.")
    with pytest.raises(NotEnglish) as exc:
        clean(RawDocument(id="ru", origin="ru.txt", text=text))
    assert "Russian (ru)" in str(exc.value) and exc.value.reason == "not-english"


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
    assert {b.kind for b in doc.blocks} == {"paragraph"}
    assert "cookies" in doc.text


# --- real copy in, nothing refused (issue 8) ----------------------------------------------

SHORT_REAL_COPY = {
    "headline": "Russia launches missile strike on Kyiv, killing three",
    "headline_with_newline": "Japan and the Philippines sign troop access pact\n",
    "snippet": "South Korea and the United States began their annual Freedom Shield drills on "
               "Monday, a week after",
    "one_line_brief": "MOGADISHU, Somalia — Somali forces and African Union troops attacked "
                      "al-Shabaab positions on Tuesday, officials said.",
    "glued": "China condemned the United States on Monday for arms sales to Taiwan.The package "
             "is worth $1 billion.Under the deal, Taiwan will buy 66 F-16 fighters.",
    "headline_and_snippet": "Poland buys Apache helicopters\n\nPoland signed a contract on "
                            "Tuesday to buy 96 Apache attack helicopters from the United States",
}


@pytest.mark.parametrize("name", sorted(SHORT_REAL_COPY))
def test_short_real_copy_is_read_not_refused(name):
    text = SHORT_REAL_COPY[name]
    doc = clean(RawDocument(id=name, origin=f"{name}.txt", text=text))
    body = " ".join(doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph")
    # every sentence of the input is article text that events are read from
    words = " ".join(text.split()[-6:-2])
    assert words in body, (name, body)


def test_glued_sentences_get_their_space_back():
    doc = clean(RawDocument(id="g", origin="g.txt", text=SHORT_REAL_COPY["glued"]))
    assert "Taiwan. The package" in doc.text and "billion. Under the deal" in doc.text
    # a domain name or an initialism is not a sentence end
    doc = clean(RawDocument(id="d", origin="d.txt", text=(
        "The U.S.Navy said on voanews.com that the drills with Japan went ahead on Monday.")))
    assert "U.S.Navy" in doc.text and "voanews.com" in doc.text


def test_a_headline_alone_is_both_title_and_body():
    doc = clean(RawDocument(id="h", origin="h.txt", text=SHORT_REAL_COPY["headline"]))
    assert doc.metadata.title == SHORT_REAL_COPY["headline"]
    assert [b.kind for b in doc.blocks] == ["paragraph"]


def test_a_listing_of_headlines_is_still_refused_and_says_why():
    text = "Home\nWorld\nJapan and Australia hold drills\nTalks in Seoul\nMarkets slide again\n"
    with pytest.raises(NoArticleText) as exc:
        clean(RawDocument(id="l", origin="list.txt", text=text))
    msg = str(exc.value)
    assert "list.txt" in msg and "0 of" not in msg and "--raw" in msg


def test_a_story_in_one_paragraph_is_cut_into_paragraphs():
    story = (
        "Kenya's president met his Somali counterpart in Nairobi on Monday. The two leaders "
        "discussed border security and trade. They also spoke about the African Union mission. "
        "“We agreed to work together against al-Shabaab,” Ruto told reporters. “Our borders "
        "must be safe. Our people must trade freely,” he added. Somalia's president thanked "
        "Kenya for its troops. Mohamud later flew to Addis Ababa. He is due to meet Ethiopian "
        "officials on Wednesday.")
    doc = clean(RawDocument(id="p", origin="p.txt", text=story))
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) >= 3
    # a new quotation starts a paragraph, and a quotation is never cut inside
    assert any(p.startswith("“We agreed") for p in paragraphs)
    assert any("“Our borders must be safe. Our people must trade freely,” he added." in p
               for p in paragraphs)
    assert " ".join(paragraphs) == " ".join(story.split())


# --- quotation marks as reporters type them -----------------------------------------------

def _quoted(text: str) -> list[str]:
    from entente.clean.quotemarks import quote_pairs
    return [text[o + 1:c] for o, c in quote_pairs(text)]


def test_mixed_curly_and_straight_marks_pair_by_position():
    text = '“We will stay," said Hale. "We came back twice.” The fires burned on.'
    assert _quoted(text) == ["We will stay,", "We came back twice."]


def test_a_stray_opening_mark_does_not_turn_quote_and_narrative_round():
    # the stray mark after "so-called" is never closed; the quotations after it still pair
    text = ('The so-called "buffer zone was declared in May. "It is temporary," Ortiz said. '
            '"We expect it to end," she added.')
    assert _quoted(text)[-2:] == ["It is temporary,", "We expect it to end,"]
    assert not any(q.startswith("buffer zone") for q in _quoted(text))


def test_a_curly_mark_typed_the_wrong_way_round_is_read_from_its_neighbours():
    # an opening mark after the comma that ends a quotation closes it; a closing mark before
    # the first word of one opens it
    text = ('“This is escalation by design,“ said Ray Powell. ”China wants to test Manila,” '
            'he added.')
    assert _quoted(text) == ["This is escalation by design,", "China wants to test Manila,"]


def test_straight_marks_with_spaces_inside_still_pair():
    text = 'It followed another " very important test " carried out in May.'
    assert _quoted(text) == [" very important test "]


def test_curly_marks_standing_between_spaces_close_what_is_open():
    # a word processor turns a mark typed after a space into an opening one, whichever way
    # the writer meant it
    text = ('The state said it ran a “key test” to “build up the deterrent “ against threats. '
            'Another “ very important test “ followed in May.')
    assert _quoted(text) == ["key test", "build up the deterrent ", " very important test "]


def test_a_quotation_inside_a_quotation_stays_inside():
    text = '“They called it “a provocation” and left,” the envoy said.'
    assert _quoted(text)[0] == "They called it “a provocation” and left,"


def test_a_quotation_whose_closing_mark_was_forgot_ends_at_its_attribution():
    text = ('In the past, the bloc "was ruled by a solid majority of Germany, France and '
            'Italy, Sisci said. "Both are now shattered."')
    assert _quoted(text) == ["was ruled by a solid majority of Germany, France and Italy,",
                             "Both are now shattered."]


def test_a_subhead_glued_into_a_one_block_story_becomes_a_heading():
    from entente.clean.paragraphs import split_subheads
    story = ("Fires burn in the north. Officials warn of worse. Crews arrived on Monday. Rain is "
             "not expected. Schools are closed. Roads are cut. Reaction from the governor "
             "Shortly before noon, the governor declared an emergency. \"It's better we leave "
             "now,\" one man said. Help is on the way.")
    runs = split_subheads(story)
    assert ("heading", "Reaction from the governor") in runs
    # a quotation or a contraction is never taken for a subhead
    assert [text for kind, text in runs if kind == "heading"] == ["Reaction from the governor"]
    assert "".join(text for _, text in runs).replace(" ", "") == story.replace(" ", "")


def test_a_subhead_before_a_surname_and_a_verb_of_saying_is_cut_out():
    from entente.clean.paragraphs import split_subheads
    story = ("Linda Wu grew up above her parents' shop in Houston. The shop sold rice and tea. "
             "Customers came from across the city. Her father kept the books in Chinese. "
             "Her mother ran the counter. Helping newcomers Wu said her parents took in "
             "relatives every year. Kremlin spokesman Dmitry Peskov said nothing about it. "
             "German Chancellor Olaf Scholz on Wednesday said the talks must continue.")
    heads = [piece for kind, piece in split_subheads(story) if kind == "heading"]
    assert heads == ["Helping newcomers"]
