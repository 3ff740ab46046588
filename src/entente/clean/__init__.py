"""Clean: page furniture and metadata -> CleanDocument (clean text, title, byline, date).

HTML goes through trafilatura; text dumps of pages are cleaned line by line with the rules in
``data/furniture.yaml``. Both end in the same line classifier, so a caption or an "Edited by"
line left in by the HTML extractor is still caught.
"""
from __future__ import annotations

import re

from .. import config
from ..errors import NoArticleText, NotEnglish, TooLarge
from ..records import Block, CleanDocument, Metadata, RawDocument
from . import furniture as F
from .paragraphs import split_paragraph, split_subheads, unglue
from .metadata import (dateline_date, outlet_from_url, outlet_in, parse_byline, parse_date_line,
                       split_wire_dateline)

__all__ = ["clean"]

_COMMON_EN = frozenset(
    "the of and to in a is that for on with was as by it at from has have are be said will its "
    "an this were which but not had he she they his her their who been after over would also "
    "more than about into".split())
# The commonest function words of other Latin-script news languages (fr, es, it, de, pt, nl):
# a text is taken for English when English function words outnumber these.
_COMMON_OTHER = frozenset(
    "le la les des du et est une pour que qui dans sur avec pas el los las del por con una "
    "para es lo il di che della per sono gli nel alla der die das und ist nicht mit den dem "
    "von zu ein eine auf não os uma com em het een van niet zijn op voor".split())
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


def clean(raw: RawDocument, *, keep_all: bool = False) -> CleanDocument:
    """Turn a raw page into clean article text with metadata.

    ``keep_all`` keeps every line as article text (no furniture removal): for inputs that are
    already clean, or to override a wrong guess. Raises NoArticleText or NotEnglish.
    """
    meta = {"title": raw.title, "author": None, "published": raw.published,
            "outlet": raw.outlet, "dateline": None, "url": raw.url}
    if raw.html is not None:
        lines = _from_html(raw, meta)
    else:
        lines = (raw.text or "").splitlines()
    kinds, furniture = _classify(lines, meta, keep_all)
    meta["published"] = meta["published"] or raw.published_hint
    if not keep_all and "paragraph" not in kinds:
        furniture = _short_story(lines, kinds, meta, furniture)
    blocks, text = _assemble(lines, kinds, meta)
    meta.pop("_page_date", None)
    _check_article(raw.origin, text, blocks, lines, kinds)
    meta["outlet"] = meta["outlet"] or outlet_from_url(raw.url) or outlet_in(furniture)
    return CleanDocument(metadata=Metadata(id=raw.id, language="en", **meta), text=text,
                         blocks=tuple(blocks), furniture=tuple(furniture))


def _from_html(raw: RawDocument, meta: dict) -> list[str]:
    import trafilatura  # imported here: only HTML needs it, and it is slow to import

    doc = trafilatura.bare_extraction(raw.html, url=raw.url, with_metadata=True,
                                      include_comments=False, include_tables=False,
                                      include_images=False)
    if doc is None or not (doc.text or "").strip():
        raise NoArticleText(raw.origin, "no article text found in this HTML page (it looks like "
                                        "navigation or a listing); give the article's own page")
    meta["title"] = meta["title"] or doc.title
    meta["author"] = doc.author
    meta["published"] = meta["published"] or doc.date
    meta["outlet"] = meta["outlet"] or doc.sitename
    meta["url"] = meta["url"] or doc.url
    lines = doc.text.splitlines()
    if lines and meta["title"] and lines[0].strip() == meta["title"].strip():
        lines = lines[1:]
    return lines


def _classify(lines: list[str], meta: dict, keep_all: bool) -> tuple[list[str], list[str]]:
    """One kind per line: blank, furniture, title, byline, date, heading, paragraph."""
    kinds = ["blank" if not ln.strip() else "" for ln in lines]
    if keep_all:
        kinds = [k or "paragraph" for k in kinds]
        return kinds, []
    prev = -1
    for i, line in enumerate(lines):
        if kinds[i] == "blank":
            continue
        text = line.strip()
        if F.words(text) <= 30 and F.is_navigation(text):
            # (a long line is article text even if it mentions cookies or copyright)
            kinds[i] = "furniture"
        elif F.is_caption(text) and F.words(text) <= 80:
            kinds[i] = "furniture"
            # the image's alt text often stands just above its caption
            if prev >= 0 and not kinds[prev] and F.is_heading(lines[prev]) and prev > 0:
                kinds[prev] = "furniture"
        prev = i
    body = _first_body_line(lines, kinds)
    _header(lines, kinds, meta, body)
    _author_box(lines, kinds, meta)
    for i, line in enumerate(lines):
        if not kinds[i]:
            kinds[i] = "heading" if F.is_heading(line.strip()) else "paragraph"
    _unwrap(lines, kinds)
    furniture = [F.strip_numbering(lines[i]) for i, k in enumerate(kinds) if k == "furniture"]
    return kinds, furniture


def _short_story(lines: list[str], kinds: list[str], meta: dict,
                 furniture: list[str]) -> list[str]:
    """A headline alone, a snippet without a final full stop, a brief on one line: with no
    line that reads as a body paragraph, the text lines above are the story. A lone line is
    both the title and the body, so its events are read; chrome that the navigation rules
    name stays furniture. A listing of headlines stays refused."""
    prose = [i for i, k in enumerate(kinds)
             if k in ("title", "furniture", "heading") and F.words(lines[i]) >= 3
             and not F.is_navigation(lines[i].strip()) and not F.is_caption(lines[i].strip())]
    # a listing (several short headlines, no sentence among them) is not a story
    if not prose or len(prose) > 1 and (len(prose) > 4 or
                                        max(F.words(lines[i]) for i in prose) < 10):
        return furniture
    for i in prose:
        kinds[i] = "paragraph"
    if len(prose) == 1 or meta["title"] == " ".join(lines[prose[0]].split()):
        # the headline is the only text: it stays the title too (metadata), read as body
        meta["title"] = meta["title"] or " ".join(lines[prose[0]].split())
        meta["_title_is_body"] = True
    return [F.strip_numbering(lines[i]) for i, k in enumerate(kinds) if k == "furniture"]


def _first_body_line(lines: list[str], kinds: list[str]) -> int:
    for i, line in enumerate(lines):
        if not kinds[i] and F.ends_sentence(line.strip()) and F.words(line) >= 8:
            return i
    return len(lines)


def _header(lines: list[str], kinds: list[str], meta: dict, body: int) -> None:
    """Title, byline and date line sit above the first paragraph."""
    title_seen = bool(meta["title"])
    for i in range(body):
        if kinds[i]:
            continue
        text = F.strip_numbering(lines[i])
        published = parse_date_line(text)
        if published:
            kinds[i] = "date"
            meta["published"] = meta["published"] or published
            meta["_page_date"] = True
            continue
        byline = parse_byline(text) if title_seen else None
        if byline:
            kinds[i] = "byline"
            meta["author"] = meta["author"] or byline.author
            meta["dateline"] = meta["dateline"] or byline.dateline
            if byline.rest and not meta["outlet"]:
                meta["outlet"] = outlet_in([byline.rest])
            continue
        if not title_seen and F.words(text) >= 3 and F.is_heading(text):
            kinds[i] = "title"
            meta["title"] = text
            title_seen = True
        elif (not title_seen or F.words(text) <= 3) and not F.ends_sentence(text):
            kinds[i] = "furniture"   # site chrome above the headline, or a section label


def _author_box(lines: list[str], kinds: list[str], meta: dict) -> None:
    """At the foot of the page: the author's name, then the name run into a short bio."""
    author = meta.get("author")
    if not author:
        return
    for i in range(len(lines) - 1, -1, -1):
        if kinds[i] == "blank":
            continue
        text = lines[i].strip()
        if kinds[i] or not text.startswith(author) or F.words(text) > 40:
            break
        kinds[i] = "furniture"


def _unwrap(lines: list[str], kinds: list[str]) -> None:
    """Hard-wrapped text: a long line that does not end a sentence continues on the next."""
    for i in range(len(lines) - 1):
        if kinds[i] in ("paragraph", "heading") and kinds[i + 1] in ("paragraph", "heading") \
                and len(lines[i].strip()) >= 55 and not F.ends_sentence(lines[i].strip()):
            kinds[i] = "paragraph"
            kinds[i + 1] = "continued"


def _assemble(lines: list[str], kinds: list[str], meta: dict) -> tuple[list[Block], str]:
    parts: list[tuple[str, str]] = []
    if meta["title"] and not meta.pop("_title_is_body", False):
        parts.append(("title", " ".join(meta["title"].split())))
    first_paragraph = True
    for line, kind in zip(lines, kinds):
        text = " ".join(F.strip_numbering(line).split()) if kind != "paragraph" else \
            " ".join(line.split())
        if kind == "continued" and parts:
            parts[-1] = (parts[-1][0], parts[-1][1] + " " + text)
        elif kind in ("heading", "paragraph"):
            if kind == "paragraph" and first_paragraph and not parse_date_line(text):
                # (a raw text's leading "Published 12 March 2024" line is not the first
                # paragraph: the dateline is on the one after it)
                first_paragraph = False
                city, outlet, cut = split_wire_dateline(text)
                if city:
                    meta["dateline"] = meta["dateline"] or city
                    meta["outlet"] = meta["outlet"] or outlet
                    if not meta.get("_page_date"):
                        # a dateline without a year, anchored on the given date (or none)
                        meta["published"] = dateline_date(text[:cut], meta["published"]) \
                            or meta["published"]
                    text = text[cut:]
            if kind == "paragraph":
                for sub, run in split_subheads(unglue(text)):
                    parts.extend((sub, piece) for piece in (
                        split_paragraph(run) if sub == "paragraph" else [run]))
                continue
            parts.append((kind, text))
    blocks, pieces, pos = [], [], 0
    for kind, text in parts:
        blocks.append(Block(kind=kind, start=pos, end=pos + len(text)))
        pieces.append(text)
        pos += len(text) + 2
    return blocks, "\n\n".join(pieces)


def _check_article(origin: str, text: str, blocks: list[Block], lines: list[str],
                   kinds: list[str]) -> None:
    body = " ".join(text[b.start:b.end] for b in blocks if b.kind == "paragraph")
    words = _WORDS.findall(body)
    if len(words) < 3:
        n_lines = sum(k != "blank" for k in kinds)
        nav = sum(k == "furniture" for k in kinds)
        if not n_lines:
            why = "the text has no lines with words"
        elif nav == n_lines:
            why = (f"all {n_lines} of its lines look like navigation, captions or page "
                   f"furniture")
        else:
            why = f"it has only {len(words)} word(s) of sentence text"
        raise NoArticleText(origin, f"no article text found ({why}); keep all text with "
                                    f"keep_all=True (--raw on the command line)")
    if len(text) > config.get("max_chars"):
        raise TooLarge(origin, f"the article text is {len(text):,} characters, more than the "
                               f"{config.get('max_chars'):,} limit for one article; split it, "
                               f"or raise ENTENTE_MAX_CHARS")
    latin = sum(w.isascii() for w in words) / len(words)
    english = sum(w.lower() in _COMMON_EN for w in words)
    other = sum(w.lower() in _COMMON_OTHER for w in words)
    common = english / len(words)
    if latin < 0.6 or other > english or (common < 0.08 and len(words) >= 40):
        from .language import detect_language
        code, name, _ = detect_language(body)
        found = f"it reads as {name} ({code})" if code not in ("en", "und") else \
            "its language is unclear"
        raise NotEnglish(origin, f"skipped: the article is not in English ({found}; only "
                                 f"{common:.0%} of its words are common English words); "
                                 f"entente reads English news only")
