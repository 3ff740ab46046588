"""The per-document pipeline: clean -> nlp -> actors -> events -> quotes.

:func:`process` is a pure function of a cleaned, parsed document and the loaded lexicons, so
it can be tested alone and mapped over many processes. :class:`Pipeline` holds the loaded
resources (the spaCy model is loaded once) and batches the NLP step with ``nlp.pipe``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from . import __version__
from .actors.lexicon import Lexicon, load_lexicon
from .actors.resolve import Resolver
from .clean import clean
from .errors import ExtractionError, InputError
from .events import extract_events
from .nlp import load_pipeline, parse_many
from .quotes import extract_quotes
from .records import CleanDocument, Document, ParsedText, RawDocument


def process(doc: CleanDocument, parsed: ParsedText, lexicon: Lexicon, partial: bool = False,
            timings: "Timings | None" = None) -> Document:
    """Actors, events and quotes of one cleaned and parsed article.

    ``timings``, when given, accumulates the seconds each step took (for the benchmark).
    """
    t0 = time.perf_counter()
    resolver = Resolver(parsed, doc.text, lexicon, doc.metadata.published,
                        dateline=doc.metadata.dateline)
    t1 = time.perf_counter()
    quotes = extract_quotes(parsed, doc, resolver)
    t2 = time.perf_counter()
    events = extract_events(parsed, doc, resolver, __version__, partial, quotes)
    if timings is not None:
        # resolution is lazy: the actors step is indexing, the rest is counted under events
        timings.actors += t1 - t0
        timings.quotes += t2 - t1
        timings.events += time.perf_counter() - t2
    return Document(metadata=doc.metadata, text=doc.text,
                    events=tuple(e for e in events if not e.background), quotes=quotes,
                    furniture=doc.furniture, version=__version__,
                    background=tuple(e for e in events if e.background))


@dataclass
class Timings:
    """Seconds spent per stage, summed over the documents processed."""

    clean: float = 0.0
    nlp: float = 0.0
    actors: float = 0.0
    events: float = 0.0
    quotes: float = 0.0
    documents: int = 0
    words: int = 0


@dataclass
class Pipeline:
    model: str | None = None
    exclude: tuple[str, ...] | None = None
    batch_size: int = 16
    partial: bool | None = None
    timings: Timings = field(default_factory=Timings)

    def __post_init__(self) -> None:
        from . import config
        if self.partial is None:
            self.partial = config.get("partial")
        self.nlp = load_pipeline(self.model, self.exclude)
        self.lexicon = load_lexicon()

    def extract(self, raw: RawDocument | str, keep_all: bool = False) -> Document:
        """One document (a RawDocument, or the text or HTML of an article); raises InputError
        for bad input."""
        for item in self.extract_many([raw], keep_all=keep_all):
            if isinstance(item, InputError):
                raise item
            return item
        raise AssertionError("unreachable")

    def extract_many(self, items: Iterable[RawDocument | str | InputError],
                     keep_all: bool = False, workers: int = 1
                     ) -> Iterator[Document | InputError]:
        """Documents in, Documents (or the InputError that stopped one) out, in order.

        An item is a RawDocument, or a string: the text or HTML of one article (its id is
        ``text-N``, N counting from 1). Anything else raises TypeError naming ``items``.
        With ``workers`` > 1 the documents are extracted in that many processes, each loading
        this pipeline once (worth it for more than a few dozen documents); the output is the
        same, in the same order. ``timings`` then counts nothing.
        """
        if isinstance(items, (str, bytes, RawDocument)):
            raise TypeError("items must be a list (or any iterable) of articles, not one "
                            "article; use extract() for one, or pass [text]")
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        if workers > 1:
            from .workers import extract_in_workers
            settings = {"model": self.model, "exclude": self.exclude,
                        "batch_size": self.batch_size, "partial": self.partial}
            yield from extract_in_workers((_raw(item, n) for n, item in enumerate(items, 1)),
                                          workers, settings, keep_all, self.batch_size)
            return
        batch: list[CleanDocument | InputError] = []
        for n, item in enumerate(items, 1):
            batch.append(self._clean(_raw(item, n), keep_all))
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _clean(self, item: RawDocument | InputError, keep_all: bool
               ) -> CleanDocument | InputError:
        if isinstance(item, InputError):
            return item
        t = time.perf_counter()
        try:
            return clean(item, keep_all=keep_all)
        except InputError as exc:
            return exc
        finally:
            self.timings.clean += time.perf_counter() - t

    def _run(self, batch: list[CleanDocument | InputError]) -> Iterator[Document | InputError]:
        good = [d for d in batch if isinstance(d, CleanDocument)]
        t = time.perf_counter()
        try:
            parsed: list[ParsedText | ExtractionError] = list(
                parse_many(self.nlp, good, self.batch_size))
        except Exception:       # one document broke the batch: parse them one by one
            parsed = [self._parse_one(d) for d in good]
        self.timings.nlp += time.perf_counter() - t
        results = iter(zip(good, parsed))
        for item in batch:
            if isinstance(item, InputError):
                yield item
                continue
            doc, p = next(results)
            if isinstance(p, ExtractionError):
                yield p
                continue
            try:
                out = process(doc, p, self.lexicon, self.partial, self.timings)
            except Exception as exc:    # a bug must not end a batch: report it and go on
                yield _failure(doc, exc)
                continue
            self.timings.documents += 1
            self.timings.words += len(doc.text.split())
            yield out

    def _parse_one(self, doc: CleanDocument) -> ParsedText | ExtractionError:
        try:
            return next(parse_many(self.nlp, [doc], 1))
        except Exception as exc:
            return _failure(doc, exc)


def _raw(item, n: int) -> RawDocument | InputError:
    """A string becomes the RawDocument of an article given as text or HTML."""
    if isinstance(item, InputError):
        return item
    if isinstance(item, RawDocument):
        from .ingest import check_published
        try:       # a 'published' that is no date must not stand in for the page's own
            check_published(item.published, item.origin)
        except InputError as exc:
            return exc
        return item
    if isinstance(item, str):
        from .ingest import read_text
        return read_text(item, f"items[{n - 1}]", f"text-{n}")
    raise TypeError(f"items[{n - 1}] is a {type(item).__name__}; give the article's text or "
                    f"HTML as a str, or an entente.RawDocument")


def _failure(doc: CleanDocument, exc: Exception) -> ExtractionError:
    origin = doc.metadata.url or doc.metadata.id
    return ExtractionError(origin, f"entente failed on this document ({type(exc).__name__}: "
                                   f"{exc}); please report it with the document")
