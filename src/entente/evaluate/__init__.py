"""Evaluation: score the pipeline against gold sets.

Two gold formats:
- article gold: a ``.json`` like ``../shared/seed/expected.json`` beside its article (a
  ``.txt`` or ``.html`` of the same name, or the folder's only article); a folder of them is a
  set (the example corpus);
- sentence gold: a ``.jsonl`` of single sentences with one coded event each (the PLOVER gold
  standard records).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, InputError
from ..ingest import read_file
from ..records import RawDocument
from .score import Tally, score_document
from .sentences import SentenceTally

__all__ = ["Evaluation", "evaluate", "find_articles"]


@dataclass
class Evaluation:
    name: str
    kind: str                                  # "article" | "sentence"
    articles: Tally | None = None
    sentences: SentenceTally | None = None
    quotes_right: int = 0
    quotes_found: int = 0
    quotes_total: int = 0
    failures: list[str] = field(default_factory=list)
    documents: int = 0

    def headline(self) -> dict:
        if self.kind == "sentence":
            return self.sentences.summary()
        out = self.articles.summary()
        out["quotes"] = f"{self.quotes_right}/{self.quotes_total}"
        out["quotes_found"] = f"{self.quotes_found}/{self.quotes_total}"
        out["documents"] = self.documents
        if self.failures:
            out["failed"] = len(self.failures)     # scored as stories where nothing was found
        return out


def find_articles(path: Path) -> list[tuple[Path, Path]]:
    """(gold .json, article file) pairs under ``path`` (a .json file or a folder)."""
    golds = [path] if path.is_file() else sorted(path.glob("*.json"))
    out = []
    for g in golds:
        folder = g.parent
        text = next((folder / (g.stem + s) for s in (".txt", ".html", ".htm")
                     if (folder / (g.stem + s)).exists()), None)
        if text is None:
            articles = sorted(folder.glob("*.txt")) + sorted(folder.glob("*.html"))
            if len(articles) == 1:
                text = articles[0]
        if text is None:
            raise ConfigError(f"{g}: no article beside it; put NAME.txt (or .html) next to "
                              f"NAME.json")
        out.append((g, text))
    if not out:
        raise ConfigError(f"{path}: no gold .json files found")
    return out


def evaluate(path: str | Path, pipeline) -> Evaluation:
    """Run ``pipeline`` over the gold set at ``path`` and score it."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: no such gold file or folder")
    if path.suffix == ".jsonl":
        return _sentences(path, pipeline)
    return _articles(path, pipeline)


def _articles(path: Path, pipeline) -> Evaluation:
    # "corpus", "voa/dev", "seed/expected.json": the set's folder and its parent's name
    ev = Evaluation(name=(path.name if path.parent.name in ("examples", "") else
                          path.parent.name + "/" + path.name) if path.is_dir()
                    else path.parent.name + "/" + path.name,
                    kind="article", articles=Tally())
    pairs = find_articles(path)
    golds = [json.loads(g.read_text(encoding="utf-8")) for g, _ in pairs]

    def raws():
        for (g, text), gold in zip(pairs, golds):
            try:
                raw = read_file(text)
            except InputError as exc:
                yield exc
                continue
            yield raw

    for (g, text), gold, doc in zip(pairs, golds, pipeline.extract_many(raws())):
        name = text.stem
        failed = isinstance(doc, InputError)
        if failed:
            # a story the tool fails on is scored as one where it found nothing: a crash must
            # never raise a score by taking the story's gold out of it
            ev.failures.append(str(doc))
        ev.documents += 1
        ev.articles.add(score_document(name, gold.get("events", []),
                                       [] if failed else doc.to_dict()["events"]))
        found, right = score_quotes(gold.get("quotes", []), () if failed else doc.quotes)
        ev.quotes_total += len(gold.get("quotes", []))
        ev.quotes_found += found
        ev.quotes_right += right
    return ev


def _name_words(name: str | None) -> frozenset[str]:
    words = re.findall(r"[^\W_]+", (name or "").casefold())
    return frozenset(w for w in words if w not in ("the", "a", "an", "of", "s"))


def same_speaker(gold: str, speaker) -> bool:
    """A gold speaker ("Jian Badrakhan", "State Department", "a senior U.S. official") and a
    found one agree when the words of one name hold the other's (a surname alone is right:
    "Badrakhan"; so is "the U.S. State Department")."""
    want = _name_words(gold)
    for got in (_name_words(speaker.name), _name_words(speaker.description)):
        if want and got and (got <= want or want <= got):
            return True
    return False


def score_quotes(gold: list[dict], found) -> tuple[int, int]:
    """(found, with the right speaker) of the ``gold`` quotes among the ``found`` Quotes.

    A gold quote is found when a found quote holds its first words, or is held in them.
    """
    n_found = n_right = 0
    for q in gold:
        text = " ".join(q["text"].split())
        got = [x for x in found if text and (text in " ".join(x.text.split()) or
                                            (len(x.text) > 3 and " ".join(x.text.split())
                                             in text))]
        # the quotation that opens with the gold words (they are its first words) first,
        # then one that holds them, then the longest fragment of them: a scare quote
        # "Christmas gift" inside the gold quote is not that quote, nor the reverse
        got.sort(key=lambda x: (not " ".join(x.text.split()).startswith(text),
                                text not in " ".join(x.text.split()), -len(x.text)))
        n_found += bool(got)
        n_right += bool(got) and same_speaker(q["speaker"], got[0].speaker)
    return n_found, n_right


def _sentences(path: Path, pipeline) -> Evaluation:
    """PLOVER codes single-actor events too ("Kyrgyz President agreed to resign"), so sentence
    gold is scored with partial events kept (ENTENTE_PARTIAL's behaviour)."""
    ev = Evaluation(name=path.name, kind="sentence", sentences=SentenceTally())
    saved, pipeline.partial = pipeline.partial, True
    try:
        return _score_sentences(path, pipeline, ev)
    finally:
        pipeline.partial = saved


def _score_sentences(path: Path, pipeline, ev: Evaluation) -> Evaluation:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    raws = (RawDocument(id=str(r.get("id") or n), origin=f"{path}:{n + 1}",
                        text=r.get("text", "")) for n, r in enumerate(records))
    for rec, doc in zip(records, pipeline.extract_many(raws, keep_all=True)):
        if isinstance(doc, InputError):
            ev.failures.append(str(doc))
            doc = None
        ev.documents += 1
        ev.sentences.add(rec, doc)
    return ev
