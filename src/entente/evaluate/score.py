"""Scoring predicted events against article gold, by the project's matching rules.

The rules (the same as ../shared/tools/score_events.py states them, written anew here; a test
checks that the two agree):
- a gold event with several targets is a star of (source, target) pairs;
- CONSULT, COOPERATE, AGREE and SUPPORT match either way round; other types are directed;
- a gold event's type or any of its ``alt_types`` matches;
- a claim is a predicted event whose status is occurred or planned; claims are matched in
  output order to the first unused gold pair that is itself a claim;
- matching an ``optional`` gold pair is neither rewarded nor penalised; a claim on a pair the
  gold marks negated, hypothetical or boilerplate is a violation (and a false claim); a claim
  linking two members of one multi-party gold event is neutral.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})
CLAIMS = frozenset({"occurred", "planned"})
NONE = "-"


def _code(actor: Any) -> str | None:
    if actor is None:
        return None
    if isinstance(actor, str):
        return actor.upper() or None
    c = actor.get("code")
    return c.upper() if c else None


@dataclass(frozen=True)
class GoldPair:
    index: int
    src: str | None
    tgt: str | None
    type: str
    types: frozenset[str]
    status: str
    date: str | None
    optional: bool
    boilerplate: bool
    members: frozenset
    evidence: str


@dataclass(frozen=True)
class PredPair:
    src: str | None
    tgt: str | None
    type: str
    status: str
    date: str | None
    evidence: str


def gold_pairs(events: list[dict]) -> list[GoldPair]:
    out = []
    for i, e in enumerate(events):
        targets = e.get("target") or [None]
        if isinstance(targets, str):
            targets = [targets]
        types = frozenset({e["type"].upper()} | {t.upper() for t in e.get("alt_types", [])})
        src = _code(e.get("source"))
        members = frozenset({src} | {_code(t) for t in targets})
        for t in targets:
            out.append(GoldPair(i, src, _code(t), e["type"].upper(), types,
                                e.get("status", "occurred"), e.get("date"),
                                bool(e.get("optional")), bool(e.get("boilerplate")), members,
                                e.get("evidence", "")))
    return out


def pred_pairs(events: list[dict]) -> list[PredPair]:
    out = []
    for e in events:
        ev = e.get("evidence")
        text = ev.get("text", "") if isinstance(ev, dict) else str(ev or "")
        out.append(PredPair(_code(e.get("source")), _code(e.get("target")),
                            (e.get("type") or "").upper(),
                            (e.get("status") or "occurred").lower(), e.get("date"), text))
    return out


def same_dyad(g: GoldPair, p: PredPair) -> bool:
    if p.type in SYMMETRIC or g.types & SYMMETRIC:
        return {g.src, g.tgt} == {p.src, p.tgt}
    return (g.src, g.tgt) == (p.src, p.tgt)


def matches(g: GoldPair, p: PredPair) -> bool:
    return p.type in g.types and same_dyad(g, p)


def _in_group(g: GoldPair, p: PredPair) -> bool:
    return p.type in g.types and len(g.members - {None}) > 2 and \
        {p.src, p.tgt} <= g.members and p.src != p.tgt


def date_ok(gold: str | None, pred: str | None) -> bool | None:
    """Same month or better; None when the gold has no date."""
    if not gold:
        return None
    if not pred:
        return False
    n = min(len(gold), 7)
    return str(pred)[:n] == gold[:n]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0
    violations: int = 0
    status_ok: int = 0
    dates_ok: int = 0
    dates_n: int = 0
    by_type: dict[str, Counter] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)        # (gold type, pred type) -> n
    misses: list[tuple[str, GoldPair]] = field(default_factory=list)
    false_claims: list[tuple[str, PredPair, str]] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for k in ("tp", "fp", "fn", "neutral", "violations", "status_ok", "dates_ok",
                  "dates_n"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for t, c in other.by_type.items():
            self.by_type.setdefault(t, Counter()).update(c)
        self.confusion.update(other.confusion)
        self.misses += other.misses
        self.false_claims += other.false_claims

    def _type(self, t: str) -> Counter:
        return self.by_type.setdefault(t, Counter())

    def summary(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "status_acc": round(self.status_ok / self.tp, 3) if self.tp else 0.0,
                "date_acc": round(self.dates_ok / self.dates_n, 3) if self.dates_n else 0.0,
                "violations": self.violations, "tp": self.tp, "fp": self.fp, "fn": self.fn}

    def per_type(self) -> dict[str, dict[str, float]]:
        out = {}
        for t in sorted(self.by_type):
            c = self.by_type[t]
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            out[t] = {"precision": round(p, 3), "recall": round(r, 3),
                      "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                      "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
        return out


def score_document(name: str, gold_events: list[dict], pred_events: list[dict]) -> Tally:
    """Score one document's predictions (the output JSON's "events") against its gold."""
    gold = gold_pairs(gold_events)
    claims = [p for p in pred_pairs(pred_events) if p.status in CLAIMS]
    tally = Tally()
    used: set[int] = set()
    for p in claims:
        hit = next((j for j, g in enumerate(gold) if j not in used and g.status in CLAIMS
                    and not g.boilerplate and matches(g, p)), None)
        if hit is not None:
            g = gold[hit]
            used.add(hit)
            if g.optional:
                tally.neutral += 1
                continue
            tally.tp += 1
            tally._type(p.type)["tp"] += 1
            tally.confusion[(p.type, p.type)] += 1
            tally.status_ok += g.status == p.status
            ok = date_ok(g.date, p.date)
            if ok is not None:
                tally.dates_n += 1
                tally.dates_ok += ok
            continue
        if any(matches(g, p) and g.optional for g in gold):
            tally.neutral += 1
        elif any(matches(g, p) and (g.status not in CLAIMS or g.boilerplate) for g in gold):
            tally.violations += 1
            tally.fp += 1
            tally._type(p.type)["fp"] += 1
            tally.false_claims.append((name, p, "violation"))
        elif any(_in_group(g, p) for g in gold if g.status in CLAIMS):
            tally.neutral += 1
        else:
            tally.fp += 1
            tally._type(p.type)["fp"] += 1
            wrong_type = next((g for j, g in enumerate(gold) if j not in used and
                               g.status in CLAIMS and same_dyad(g, p)), None)
            tally.confusion[(wrong_type.type if wrong_type else NONE, p.type)] += 1
            tally.false_claims.append((name, p, "false"))
    for j, g in enumerate(gold):
        if j in used or g.status not in CLAIMS or g.optional or g.boilerplate:
            continue
        tally.fn += 1
        tally._type(g.type)["fn"] += 1
        tally.misses.append((name, g))
        if not any(same_dyad(g, p) for p in claims):
            tally.confusion[(g.type, NONE)] += 1
    return tally
