"""One article as the web app shows it: its text, and the spans of its events, actors and quotes.

A span is a character range of the cleaned text (``text[start:end]``) with what it marks: an
event's evidence, an actor's words inside it, or a quote. Stored events keep the words that
named their actors but not where they stand, so an actor's span is the first place those words
occur inside the event's evidence. An event is a **title event** when the title names both of
its actors (the story the headline announces).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import QueryError
from ..records import Document
from ..store.schema import read_connection
from .record import Record
from .regions import aliases, name_of


@dataclass(frozen=True, slots=True)
class Span(Record):
    kind: str                 # event | source | target | quote | title
    start: int
    end: int
    ref: str                  # the id of the event or quote it marks


@dataclass(frozen=True, slots=True)
class ArticleEvent(Record):
    id: str
    cluster: str | None       # the event (cluster) this report belongs to, in a store
    type: str
    mode: str | None
    status: str
    source: str | None
    source_mention: str | None
    target: str | None
    target_mention: str | None
    date: str | None
    evidence: str
    start: int
    end: int
    rule: str | None
    title_event: bool
    background: bool = False    # an earlier event the story recalls, with its own date


@dataclass(frozen=True, slots=True)
class ArticleQuote(Record):
    id: str
    speaker: str | None
    speaker_code: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article(Record):
    id: str
    title: str | None
    outlet: str | None
    published: date | str | None
    url: str | None
    origin: str | None
    text: str
    furniture: list[str]      # lines removed as page furniture (known for fresh extractions)
    events: list[ArticleEvent]
    quotes: list[ArticleQuote]
    spans: list[Span]         # by start, longest first


def _named(title: str, code: str | None, mention: str | None) -> bool:
    t = title.lower()
    return any(w and w.lower() in t for w in (mention, name_of(code), code, *aliases(code)))


def _find(text: str, words: str | None, start: int, end: int) -> tuple[int, int] | None:
    if not words:
        return None
    i = text.find(words, start, end)
    return (i, i + len(words)) if i >= 0 else None


def _spans(text: str, title: str | None, events: list[ArticleEvent],
           quotes: list[ArticleQuote], actors: dict[str, tuple]) -> list[Span]:
    out = []
    if title:
        i = text.find(title)
        if i >= 0:
            out.append(Span("title", i, i + len(title), "title"))
    for e in events:
        out.append(Span("event", e.start, e.end, e.id))
        for role, mention, known in (("source", e.source_mention, actors.get((e.id, "s"))),
                                     ("target", e.target_mention, actors.get((e.id, "t")))):
            where = known or _find(text, mention, e.start, e.end)
            if where and where[0] >= 0:
                out.append(Span(role, where[0], where[1], e.id))
    out.extend(Span("quote", q.start, q.end, q.id) for q in quotes)
    out = [s for s in out if 0 <= s.start < s.end <= len(text)]
    out.sort(key=lambda s: (s.start, -(s.end - s.start), s.kind))
    return out


def article(db: str, doc_id: str) -> Article:
    """The stored article ``doc_id`` with its events, quotes and their spans.

    Raises QueryError when the store holds no such article, StoreError for the store.
    """
    with read_connection(db) as con:
        row = con.execute("SELECT id, title, outlet, published, url, origin, text, furniture "
                          "FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise QueryError(f"no article '{doc_id}' in the store; article ids are the 32-hex "
                             f"document ids that events list as their sources")
        evs = con.execute(
            """SELECT id, cluster, type, mode, status, source, source_mention, target,
                      target_mention, date, evidence, evidence_start, evidence_end, rule,
                      coalesce(background, false)
               FROM events WHERE document = ? ORDER BY evidence_start, seq""", [doc_id]).fetchall()
        qs = con.execute("""SELECT seq, speaker, speaker_code, text, "start", "end" FROM quotes
                            WHERE document = ? ORDER BY seq""", [doc_id]).fetchall()
    row, furniture = row[:7], list(row[7] or [])
    title = row[1] or ""
    events = [ArticleEvent(*e[:14], title_event=bool(title) and _named(title, e[5], e[6])
                           and _named(title, e[7], e[8]), background=e[14]) for e in evs]
    quotes = [ArticleQuote(f"q{q[0]}", *q[1:]) for q in qs if q[4] is not None]
    return Article(*row, furniture=furniture, events=events, quotes=quotes,
                   spans=_spans(row[6], row[1], events, quotes, {}))


def article_of(doc: Document) -> Article:
    """A freshly extracted Document as an Article (nothing is read from or written to a store)."""
    m = doc.metadata
    title = m.title or ""
    events, actors = [], {}
    for e in sorted(doc.events + doc.background, key=lambda e: e.evidence.start):
        s, t = e.source, e.target
        events.append(ArticleEvent(
            e.id, None, e.type, e.mode, e.status, s.code if s else None,
            s.mention if s else None, t.code if t else None, t.mention if t else None, e.date,
            e.evidence.text, e.evidence.start, e.evidence.end, e.rule,
            bool(title) and _named(title, s and s.code, s and s.mention)
            and _named(title, t and t.code, t and t.mention), e.background))
        for key, a in (("s", s), ("t", t)):
            if a is not None and a.start >= 0:
                actors[(e.id, key)] = (a.start, a.end)
    quotes = [ArticleQuote(f"q{i}", q.speaker.name, q.speaker.code, q.text, q.start, q.end)
              for i, q in enumerate(doc.quotes)]
    return Article(m.id, m.title, m.outlet, m.published, m.url, None, doc.text,
                   list(doc.furniture), events, quotes,
                   _spans(doc.text, m.title, events, quotes, actors))
