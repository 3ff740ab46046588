"""Events: triggers, roles, status, dates -> Event records with evidence offsets."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from itertools import combinations

from ..actors.resolve import Resolver
from ..records import Actor, CleanDocument, Event, Evidence, ParsedText, Sentence
from ..tree import ancestors, kid, kids
from . import roles as R
from .dates import resolve as resolve_date
from .status import event_status
from .triggers import Trigger, find_triggers, load_triggers

__all__ = ["extract_events"]

SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})
_DEFINITE = {"the", "this", "that", "these", "those"}


@dataclass
class _Draft:
    trigger: Trigger
    sentence: Sentence
    sources: list[Actor]
    targets: list[Actor]
    status: str
    date: str | None
    precision: str | None
    location: str | None
    how: str


def extract_events(p: ParsedText, doc: CleanDocument, r: Resolver, version: str = ""
                   ) -> tuple[Event, ...]:
    """All events in the article's paragraphs, one record per directed dyad."""
    lex = load_triggers()
    published = doc.metadata.published
    drafts: list[_Draft] = []
    prev_date: tuple[str, str] | None = None
    for s in p.sentences:
        if doc.blocks[s.block].kind != "paragraph":
            continue
        dates = _sentence_dates(p, s)
        for trig in find_triggers(p, s.start, s.end, lex):
            d = _draft(p, r, trig, s, lex.light_verbs, dates, prev_date, published)
            if d is not None:
                drafts.append(d)
        if dates:
            last = dates[-1]
            prev_date = resolve_date(last[1], published, future=False)
        else:
            prev_date = None
    drafts = _drop_back_references(p, drafts)
    return _to_events(p, doc, drafts, version)


def _sentence_dates(p: ParsedText, s: Sentence) -> list[tuple[int, str]]:
    out = []
    for e in p.entities:
        if e.start >= s.start and e.end <= s.end and e.label == "DATE":
            out.append((e.end - 1, e.text))
    return out


def _draft(p: ParsedText, r: Resolver, trig: Trigger, s: Sentence, light_verbs,
           dates, prev_date, published) -> _Draft | None:
    tok = p.tokens[trig.token]
    sense = trig.sense
    predicate = tok.i
    sources: list[Actor] = []
    how = "subj"
    if sense.kind == "noun":
        lv = R.light_verb(p, tok.i, light_verbs)
        if lv is not None:
            predicate = lv.i
            subj = R.subject_of(p, lv.i)
            sources = r.actors(subj.i) if subj is not None else []
            how = "light"
        if not sources and not sense.light:
            sources = R.noun_sources(r, tok.i)
            how = "noun"
        if not sources and sense.light:
            sources = R.noun_sources(r, tok.i)
            how = "noun"
            if not sources:
                gov = R.purpose_governor(p, tok.i)
                if gov is not None:
                    subj = R.subject_of(p, gov.i)
                    sources = r.actors(subj.i) if subj is not None else []
                    predicate, how = tok.i, "purpose"
    elif sense.kind == "adj":
        head = p.tokens[tok.head] if tok.dep in ("acomp", "amod") else tok
        subj = R.subject_of(p, head.i) or kid(p, tok.i, "nsubj")
        sources = r.actors(subj.i) if subj is not None else []
        predicate = head.i
    else:
        subj = R.subject_of(p, tok.i)
        sources = r.actors(subj.i) if subj is not None else []
    pair = R.between(r, tok.i)
    if not sources and len(pair) >= 2:
        sources, how = pair, "between"
    if not sources and sense.mode == "sign agreement" and R.is_passive(p, tok.i):
        sources, how = _clause_parties(p, r, s), "clause"
    if not sources:
        return None
    tgts = R.targets(r, tok.i, sense.target, trig.obj)
    if not tgts and predicate != tok.i:
        tgts = R.targets(r, predicate, sense.target, trig.obj)
    if not tgts and sense.kind == "verb" and R.is_passive(p, tok.i) and \
            sense.type not in SYMMETRIC:
        subj = kid(p, tok.i, "nsubjpass")
        tgts = r.actors(subj.i) if subj is not None else []
    if pair and how != "between":
        tgts = tgts or [a for a in pair if a.code not in {x.code for x in sources}]
    status = event_status(p, predicate, tok.i, s.end)
    date, precision = _event_date(p, tok.i, predicate, dates, prev_date, published, status)
    return _Draft(trig, s, sources, tgts, status, date, precision,
                  _location(p, tok.i, predicate), how)


def _clause_parties(p: ParsedText, r: Resolver, s: Sentence) -> list[Actor]:
    """Parties of an agreement signed in the passive: the main clause's subject."""
    for t in p.tokens[s.start:s.end]:
        if t.dep == "ROOT":
            subj = kid(p, t.i, "nsubj")
            return r.actors(subj.i) if subj is not None else []
    return []


def _event_date(p, trigger, predicate, dates, prev_date, published, status):
    future = status == "planned"
    chain = {trigger, predicate} | {a.i for a in ancestors(p, predicate)}
    best = None
    for tok_i, text in dates:
        # the date belongs to the clause of its nearest verb; only that clause's events get it
        clause = next((a.i for a in ancestors(p, tok_i)
                       if a.pos in ("VERB", "AUX") or a.i == trigger), None)
        if clause is not None and clause not in chain:
            continue
        path = [tok_i] + [a.i for a in ancestors(p, tok_i)]
        for dist, j in enumerate(path):
            if j in chain:
                # prefer dates hanging off the predicate itself over those of its governors
                rank = (_depth_from(p, predicate, j), dist)
                if best is None or rank < best[0]:
                    best = (rank, text)
                break
    if best is not None:
        got = resolve_date(best[1], published, future)
        if got:
            return got
    if status == "occurred":
        tok = p.tokens[predicate]
        aux = {c.tag for c in kids(p, predicate, "aux", "auxpass")}
        if prev_date and (tok.tag in ("VBD", "VBN") or "VBD" in aux or "VBZ" in aux):
            return prev_date
        if tok.tag in ("VBG", "VBZ", "VBP") and not aux & {"VBD"} and published:
            return published[:10], "day"
    return None, None


def _depth_from(p, predicate, j) -> int:
    if j == predicate:
        return 0
    for n, a in enumerate(ancestors(p, predicate), 1):
        if a.i == j:
            return n
    return 99


def _location(p: ParsedText, trigger: int, predicate: int) -> str | None:
    for t in (trigger, predicate):
        for prep in kids(p, t, "prep"):
            if prep.text.lower() in ("in", "at", "near", "off", "on"):
                obj = kid(p, prep.i, "pobj")
                if obj is not None and obj.ent >= 0:
                    e = p.entities[obj.ent]
                    if e.label in ("GPE", "LOC", "FAC"):
                        return e.text
    return None


def _drop_back_references(p: ParsedText, drafts: list[_Draft]) -> list[_Draft]:
    """A definite noun ("the drills", "the dispatch") that names no target of its own refers
    back to an event already told; it is not a new event."""
    out: list[_Draft] = []
    for d in drafts:
        tok = p.tokens[d.trigger.token]
        det = kid(p, tok.i, "det")
        definite = det is not None and det.text.lower() in _DEFINITE
        if d.trigger.sense.kind == "noun" and definite and not d.targets and d.how != "light" \
                and any(o.trigger.sense.type == d.trigger.sense.type for o in out):
            continue
        out.append(d)
    return out


def _pairs(d: _Draft) -> list[tuple[Actor, Actor | None]]:
    srcs, tgts = d.sources, [t for t in d.targets]
    if not tgts:
        if len(srcs) >= 2 and d.trigger.sense.type in SYMMETRIC | {"ASSAULT"}:
            return list(combinations(srcs, 2))
        return [(s, None) for s in srcs]
    out = []
    for s in srcs:
        for t in tgts:
            if s.code == t.code and (s.sector == t.sector or not s.sector or not t.sector):
                continue
            out.append((s, t))
    if not out:
        out = [(s, None) for s in srcs]
    return out


def _to_events(p: ParsedText, doc: CleanDocument, drafts: list[_Draft], version: str
               ) -> tuple[Event, ...]:
    events: list[Event] = []
    seen: dict[tuple, int] = {}
    groups = 0
    for d in drafts:
        pairs = _pairs(d)
        group = None
        if len(pairs) > 1:
            groups += 1
            group = f"{doc.metadata.id}-g{groups}"
        ev = Evidence(doc.text[d.sentence.start_char:d.sentence.end_char],
                      d.sentence.start_char, d.sentence.end_char)
        sense = d.trigger.sense
        for src, tgt in pairs:
            key = (sense.type, sense.mode, src.code, tgt.code if tgt else None,
                   d.status in ("occurred", "planned"))
            same_sentence = (sense.type, src.code, tgt.code if tgt else None, ev.start)
            if same_sentence in seen:
                # one record per type and dyad in a sentence: the one with a mode wins
                old = events[seen[same_sentence]]
                if old.mode is None and sense.mode is not None:
                    events[seen[same_sentence]] = replace(old, mode=sense.mode, rule=old.rule)
                continue
            conf = round(min(0.95, 0.45 + (0.2 if tgt else 0) + (0.15 if sense.kind == "verb"
                                                                   else 0.1)
                             + (0.1 if d.how in ("subj", "light") else 0)), 2)
            event = Event(
                id=_event_id(doc.metadata.id, ev.start, sense.type, src.code,
                             tgt.code if tgt else None, d.trigger.token),
                type=sense.type, mode=sense.mode, status=d.status, source=src, target=tgt,
                date=d.date, date_precision=d.precision, location=d.location, evidence=ev,
                confidence=conf, group=group, rule=f"{d.trigger.rule}/src:{d.how}",
                version=version)
            if key in seen:
                # the same event told twice in one article: keep one, with the better date
                old = events[seen[key]]
                if _compatible(old.date, event.date):
                    if (event.date and not old.date) or (
                            event.date and old.date and len(event.date) > len(old.date)):
                        events[seen[key]] = replace(event, group=old.group)
                    continue
            seen[key] = len(events)
            seen[same_sentence] = len(events)
            events.append(event)
    return tuple(events)


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b), 7)
    return a[:n] == b[:n]


def _event_id(doc_id: str, start: int, etype: str, src, tgt, tok: int) -> str:
    h = hashlib.sha1(f"{doc_id}|{start}|{tok}|{etype}|{src}|{tgt}".encode()).hexdigest()
    return h[:16]
