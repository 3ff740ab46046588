"""Scoring against sentence gold: one coded event per sentence (the PLOVER gold standard).

Each record has ``text``, ``source_codes``, ``target_codes`` and a PLOVER type (in
``event_plover_2021``, or ``type``). The sentence's main event is our claim whose trigger sits
highest in the parse (the main clause), with every dyad of its group. Two figures:
- event-type macro F1: per type, the sentence's main-event type against the gold type,
  averaged over the types the gold uses;
- (source, target, type) micro F1: the main event's dyads against the gold's, where a
  compound actor (several sources, no target) matches either way round, as do the symmetric
  types. Bodies are compared as this gold codes them: every named international body,
  governmental or not (the UN, the EU, Amnesty International, the Red Cross), is IGO.
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


def main_event(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) of the sentence's main event and its group."""
    claims = [e for e in doc.events if e.source and plover_type(e)]
    if not claims:
        return []
    top = min(claims, key=lambda e: (e.depth, e.evidence.start))
    same = [e for e in claims if e.type == top.type and (
        e is top or (top.group and e.group == top.group) or e.evidence.start == top.evidence.start
        and e.rule == top.rule)]
    return [(plover_type(e), as_gold_code(e.source.code),
             as_gold_code(e.target.code if e.target else None)) for e in same]


@dataclass
class SentenceTally:
    n: int = 0
    type_counts: dict[str, Counter] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)
    dyad_tp: int = 0
    dyad_pred: int = 0
    dyad_gold: int = 0
    rows: list[dict] = field(default_factory=list)

    def add(self, rec: dict, doc: Document | None) -> None:
        self.n += 1
        want = gold_type(rec)
        pairs = main_event(doc) if doc is not None else []
        got = pairs[0][0] if pairs else "-"
        self.confusion[(want, got)] += 1
        for t in {want, got} - {"-"}:
            c = self.type_counts.setdefault(t, Counter())
            if t == want == got:
                c["tp"] += 1
            elif t == got:
                c["fp"] += 1
            else:
                c["fn"] += 1
        gold = gold_dyads(rec)
        used: set[int] = set()
        tp = 0
        for etype, src, tgt in pairs:
            if etype != want:
                continue
            for j, (gs, gt, either) in enumerate(gold):
                if j in used:
                    continue
                if (src, tgt) == (gs, gt) or ((either or etype in SYMMETRIC) and
                                              {src, tgt} == {gs, gt}):
                    used.add(j)
                    tp += 1
                    break
        self.dyad_tp += tp
        self.dyad_pred += len(pairs)
        self.dyad_gold += len(gold)
        self.rows.append({"id": rec.get("id"), "text": rec.get("text", ""), "gold": want,
                          "pred": got, "gold_dyads": [(s, t) for s, t, _ in gold],
                          "pred_dyads": [(s, t) for _, s, t in pairs], "dyad_tp": tp})

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
        per = self.per_type()
        used = [v["f1"] for v in per.values() if v["support"]]
        p = self.dyad_tp / self.dyad_pred if self.dyad_pred else 0.0
        r = self.dyad_tp / self.dyad_gold if self.dyad_gold else 0.0
        correct = sum(n for (g, pr), n in self.confusion.items() if g == pr)
        return {"sentences": self.n,
                "type_accuracy": round(correct / self.n, 3) if self.n else 0.0,
                "type_macro_f1": round(sum(used) / len(used), 3) if used else 0.0,
                "dyad_precision": round(p, 3), "dyad_recall": round(r, 3),
                "dyad_micro_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
