"""Typed records that flow between the stages.

Every stage takes and returns these frozen, slotted dataclasses; no stage hands another a dict
or a spaCy object. Offsets (``start``/``end``) are character offsets into the cleaned text of
the document, so ``document.text[start:end]`` is always the evidence, verbatim.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "planned", "hypothetical", "negated")
CLAIM_STATUSES = frozenset({"occurred", "planned"})


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input as read from disk or stdin, before cleaning.

    Exactly one of ``text`` and ``html`` is set. ``origin`` names where it came from (a path,
    ``path:line`` for JSONL, or ``<stdin>``) so that errors can name the input.
    """

    id: str
    origin: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    published_hint: str | None = None   # a date from outside the page (a feed item's), used
    #                                     only when the page itself gives none


@dataclass(frozen=True, slots=True)
class Metadata:
    id: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    url: str | None = None
    language: str | None = "en"

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in
                ("id", "title", "author", "published", "outlet", "dateline", "url", "language")}


@dataclass(frozen=True, slots=True)
class Block:
    """A run of the cleaned text: the title, a section heading or a body paragraph.

    Only ``paragraph`` blocks are read for events; headings and the title are kept in the text
    (so offsets stay honest) but never coded.
    """

    kind: str  # "title" | "heading" | "paragraph"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CleanDocument:
    metadata: Metadata
    text: str
    blocks: tuple[Block, ...]
    furniture: tuple[str, ...] = ()


# --- parsed text (the nlp stage's output; spaCy objects never leave nlp/) -------------------

@dataclass(frozen=True, slots=True)
class Token:
    i: int
    text: str
    idx: int          # character offset in the cleaned text
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: int = -1     # index into ParsedText.entities, or -1

    @property
    def end(self) -> int:
        return self.idx + len(self.text)


@dataclass(frozen=True, slots=True)
class Entity:
    label: str        # spaCy label, or one of ours: ACTOR, PLATFORM, VESSEL
    start: int        # token index
    end: int          # token index, exclusive
    start_char: int
    end_char: int
    text: str
    key: str = ""     # gazetteer key, e.g. "country:ITA" or "leader:giorgia meloni"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int        # token index
    end: int          # token index, exclusive
    start_char: int
    end_char: int
    block: int        # index of the Block it lies in


@dataclass(frozen=True, slots=True)
class ParsedText:
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    children: tuple[tuple[int, ...], ...] = field(default=())


# --- output records --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: ``code`` is ISO 3166-1 alpha-3 for states or an acronym for bodies."""

    code: str | None
    name: str | None
    sector: str | None
    mention: str
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "sector": self.sector, "mention": self.mention}


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    status: str
    source: Actor | None
    target: Actor | None
    date: str | None
    date_precision: str | None
    location: str | None
    evidence: Evidence
    confidence: float
    group: str | None
    rule: str
    version: str = ""
    depth: int = 0     # depth of the trigger's predicate in the parse: 0 is the main clause
    background: bool = False   # told as the story's background: dated well before the article
    # the id of this article's earlier record of the same act, when this one tells it again
    # (a summary, then the detail): each telling is a record with its own evidence, and the
    # store counts them as one event (store/cluster.py)
    retells: str | None = None

    @property
    def is_claim(self) -> bool:
        return self.status in CLAIM_STATUSES

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "status": self.status,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date, "date_precision": self.date_precision, "location": self.location,
            "evidence": self.evidence.to_dict(), "confidence": self.confidence,
            "group": self.group, "rule": self.rule, "background": self.background,
            "retells": self.retells,
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    description: str | None = None
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "code": self.code}


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Speaker
    text: str
    start: int
    end: int
    medium: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_dict(), "text": self.text, "start": self.start,
                "end": self.end, "medium": self.medium}


@dataclass(frozen=True, slots=True)
class Document:
    """The result of extraction for one article."""

    metadata: Metadata
    text: str
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    furniture: tuple[str, ...] = ()
    version: str = ""
    # events the story tells as its background ("annexed a province in 2014"), each with its
    # own date: kept apart from ``events``, the story's news
    background: tuple[Event, ...] = ()

    @property
    def id(self) -> str:
        return self.metadata.id

    def to_dict(self) -> dict[str, Any]:
        """The JSON output contract: ``{"document", "events", "quotes", "background"}``."""
        return {
            "document": self.metadata.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "background": [e.to_dict() for e in self.background],
        }
