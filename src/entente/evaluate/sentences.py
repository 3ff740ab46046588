"""Scoring against sentence gold: one coded event per sentence (the PLOVER gold standard).

Each record has ``text``, ``source_codes``, ``target_codes`` and a PLOVER type (in
``event_plover_2021``, or ``type``). A claim is an event with a source and a type PLOVER would
code (:func:`plover_type`); it is read as (type, source, target). Two readings, each with two
figures:
- the main event: the claim whose trigger sits highest in the parse (the main clause), with
  every dyad of its group; its type is the sentence's one predicted type;
- every claim: every distinct (type, source, target) entente claims in the sentence (other
  clauses, every pair of a multi-party group), so extra or wrong claims beside the gold event
  count against it.
Event-type macro F1: in each sentence, each distinct predicted type is a true positive of its
type when it is the gold type and a false positive of its type otherwise, and the gold type is a
false negative when no predicted type is it; per-type F1 is averaged over the types the gold
uses, so a false positive lowers the figure only in a type the gold uses somewhere. (With one
predicted type a sentence this is the main reading's type-against-type count.)
(source, target, type) micro F1: the predicted dyads against the gold's (:func:`matched_dyads`),
where a compound actor (several sources, no target) matches either way round, as do the
symmetric types; every predicted dyad that matches no gold dyad is a false positive. Bodies are
compared as this gold codes them: every named international body, governmental or not (the UN,
the EU, Amnesty International, the Red Cross), is IGO.
Dates in this gold are placeholders, so dates and status are not scored.

PLOVER codes a promised act by what is promised: a planned cooperative act ("will visit",
"will support", "will give a grant") is AGREE, a planned withdrawal or release is CONCEDE and
a planned attack, sanction, coercion or protest (a blockade, a strike) is THREATEN, and a refused cooperative act ("will not
accept", "would not meet demands") is REJECT. entente keeps the act's own type with its status
("planned", "negated"); the sentence scorer reads it the PLOVER way (:func:`plover_type`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons import load_csv
from ..records import Document, EVENT_TYPES
from .score import SYMMETRIC


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    return frozenset(r["code"].upper() for r in load_csv("organisations.csv")
                     if r.get("kind") in ("IGO", "NGO"))


def as_gold_code(code: str | None) -> str | None:
    """Our code as the PLOVER gold writes it: international bodies become IGO."""
    if code is None:
        return None
    return "IGO" if code in _bodies() else code


def gold_type(rec: dict) -> str:
    return (rec.get("event_plover_2021") or rec.get("type") or "").upper()


def gold_dyads(rec: dict) -> list[tuple[str | None, str | None, bool]]:
    """(source, target, either_way) pairs of a sentence's gold event."""
    srcs = [c.upper() for c in rec.get("source_codes") or []]
    tgts = [c.upper() for c in rec.get("target_codes") or []]
    if not tgts:
        if len(srcs) >= 2:
            return [(a, b, True) for i, a in enumerate(srcs) for b in srcs[i + 1:]]
        return [(s, None, False) for s in srcs]
    return [(s, t, False) for s in srcs for t in tgts]


_PROMISED = {"CONSULT": "AGREE", "COOPERATE": "AGREE", "SUPPORT": "AGREE", "AID": "AGREE",
             "ASSAULT": "THREATEN", "SANCTION": "THREATEN", "COERCE": "THREATEN",
             "PROTEST": "THREATEN"}
_COOPERATIVE = {"AGREE", "CONCEDE", "CONSULT", "COOPERATE", "SUPPORT", "AID", "RETREAT"}


def plover_type(event) -> str | None:
    """The type PLOVER gives an event: promised acts are coded by the promise, refused
    cooperation as a rejection. None for events PLOVER would not code."""
    if event.status == "negated":
        return "REJECT" if event.type in _COOPERATIVE else None
    if event.status == "planned" and event.mode != "sign agreement":
        if event.type == "RETREAT":
            return "CONCEDE" if event.mode == "withdraw" else "AGREE"
        return _PROMISED.get(event.type, event.type)
    return event.type if event.status == "occurred" else None


def _claims(doc: Document) -> list:
    """The events the sentence scorer reads: with a source, and a type PLOVER would code."""
    return [e for e in doc.events if e.source and plover_type(e)]


def _coded(event) -> tuple[str, str | None, str | None]:
    return (plover_type(event), as_gold_code(event.source.code),
            as_gold_code(event.target.code if event.target else None))


def main_event(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) of the sentence's main event and its group."""
    claims = _claims(doc)
    if not claims:
        return []
    top = min(claims, key=lambda e: (e.depth, e.evidence.start))
    same = [e for e in claims if e.type == top.type and (
        e is top or (top.group and e.group == top.group) or e.evidence.start == top.evidence.start
        and e.rule == top.rule)]
    return [_coded(e) for e in same]


def every_claim(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) of every claim in the sentence, each distinct triple once, in
    the order of ``doc.events``: the main event's dyads, those of events in other clauses, and
    every dyad of a multi-party group."""
    return list(dict.fromkeys(_coded(e) for e in _claims(doc)))


def matched_dyads(pairs: list[tuple[str, str | None, str | None]], want: str,
                  gold: list[tuple[str | None, str | None, bool]]) -> list[int]:
    """The indices of the predicted ``pairs`` that match a ``gold`` dyad (from
    :func:`gold_dyads`): only a pair of the gold type ``want`` can match, each gold dyad once,
    either way round for a compound gold actor or a symmetric type."""
    used: set[int] = set()
    hits = []
    for i, (etype, src, tgt) in enumerate(pairs):
        if etype != want:
            continue
        for j, (gs, gt, either) in enumerate(gold):
            if j in used:
                continue
            if (src, tgt) == (gs, gt) or ((either or etype in SYMMETRIC) and
                                          {src, tgt} == {gs, gt}):
                used.add(j)
                hits.append(i)
                break
    return hits


@dataclass
class Reading:
    """The counts of one way of reading entente's claims against the sentence gold."""
    n: int = 0
    found: int = 0                      # sentences whose gold type is among the read types
    type_counts: dict[str, Counter] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)
    dyad_tp: int = 0
    dyad_pred: int = 0
    dyad_gold: int = 0

    def add(self, want: str, types: list[str], pairs: list, gold: list) -> list[int]:
        """Count one sentence: gold type ``want`` and dyads ``gold`` against the read
        ``types`` (distinct) and ``pairs``; returns the indices of the pairs matched. Each read
        type is a true positive when it is the gold type and a false positive otherwise; the
        gold type is a false negative when no read type is it."""
        self.n += 1
        self.found += want in types
        for t in types or ["-"]:
            self.confusion[(want, t)] += 1
        for t in types:
            self.type_counts.setdefault(t, Counter())["tp" if t == want else "fp"] += 1
        if want not in types:
            self.type_counts.setdefault(want, Counter())["fn"] += 1
        hits = matched_dyads(pairs, want, gold)
        self.dyad_tp += len(hits)
        self.dyad_pred += len(pairs)
        self.dyad_gold += len(gold)
        return hits

    def per_type(self) -> dict[str, dict[str, float]]:
        out = {}
        for t in EVENT_TYPES:
            c = self.type_counts.get(t, Counter())
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            out[t] = {"precision": round(p, 3), "recall": round(r, 3),
                      "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                      "support": c["tp"] + c["fn"]}
        return out

    def summary(self) -> dict[str, float | int]:
        """``type_accuracy`` is the share of sentences whose gold type was read (for the main
        reading, one type a sentence, its accuracy); ``type_macro_f1`` averages the per-type
        F1 over the types the gold uses."""
        per = self.per_type()
        used = [v["f1"] for v in per.values() if v["support"]]
        p = self.dyad_tp / self.dyad_pred if self.dyad_pred else 0.0
        r = self.dyad_tp / self.dyad_gold if self.dyad_gold else 0.0
        return {"sentences": self.n,
                "type_accuracy": round(self.found / self.n, 3) if self.n else 0.0,
                "type_macro_f1": round(sum(used) / len(used), 3) if used else 0.0,
                "dyad_precision": round(p, 3), "dyad_recall": round(r, 3),
                "dyad_micro_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


@dataclass
class SentenceTally:
    """Both readings of a sentence gold set: ``main`` (the main event) and ``every`` (every
    claim). ``summary()`` gives the main reading's figures and the every-claim ones beside them
    under ``every_``."""
    main: Reading = field(default_factory=Reading)
    every: Reading = field(default_factory=Reading)
    rows: list[dict] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.main.n

    @property
    def confusion(self) -> Counter:
        return self.main.confusion

    def add(self, rec: dict, doc: Document | None) -> None:
        want = gold_type(rec)
        gold = gold_dyads(rec)
        pairs = main_event(doc) if doc is not None else []
        claims = every_claim(doc) if doc is not None else []
        got = pairs[0][0] if pairs else "-"
        tp = len(self.main.add(want, [got] if pairs else [], pairs, gold))
        hits = self.every.add(want, list(dict.fromkeys(t for t, _, _ in claims)), claims, gold)
        self.rows.append({"id": rec.get("id"), "text": rec.get("text", ""), "gold": want,
                          "pred": got, "gold_dyads": [(s, t) for s, t, _ in gold],
                          "pred_dyads": [(s, t) for _, s, t in pairs], "dyad_tp": tp,
                          "claims": claims, "every_dyad_tp": len(hits),
                          "extra_claims": [c for i, c in enumerate(claims) if i not in hits]})

    def per_type(self) -> dict[str, dict[str, float]]:
        return self.main.per_type()

    def summary(self) -> dict[str, float | int]:
        every = self.every.summary()
        return {**self.main.summary(), "every_claims": self.every.dyad_pred,
                **{f"every_{k}": every[k] for k in ("type_macro_f1", "dyad_precision",
                                                    "dyad_recall", "dyad_micro_f1")}}
