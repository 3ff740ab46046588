"""The phenomenon suite: generated sentences that test extraction rules as patterns.

Each phenomenon class (vocabulary, direction, datelines, ...) is a set of sentence templates in
``entente/data/phenomena.yaml``, filled with several pairs of states and tenses. A case passes
when every expected event is produced and no forbidden one is; a class's pass rate says how well
the extractor handles the pattern, not one sentence.

    cases = load_cases()
    results = run(Pipeline(), cases)      # {class: ClassResult}

``python -m entente.evaluate.phenomena`` prints the table; ``--failures CLASS`` lists the
failing texts of a class with what was expected and what was produced; ``--markdown FILE``
writes the table as Markdown.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import yaml

from ..errors import ConfigError, InputError
from ..records import RawDocument
from .score import SYMMETRIC

__all__ = ["Case", "ClassResult", "EventSpec", "Failure", "check", "describe_event", "expand",
           "failures_text", "load_cases", "run", "table_markdown", "table_text"]

STATUSES = frozenset({"occurred", "planned", "hypothetical", "negated"})
_STATUS_ALIASES = {"claim": ("occurred", "planned")}
_SLOT = re.compile(r"\{([A-Z])(?:_(\w+))?\}")
_SLOT_FORMS = {None, "cap", "poss", "cap_poss", "dem", "city", "CITY", "company"}
_SPEC_KEYS = {"type", "source", "target", "between", "party", "status", "date", "date_not",
              "source_sector", "target_sector"}
_WILL = {"will": ("will", "is set to"), "will_pl": ("will", "are set to")}


@dataclass(frozen=True, slots=True)
class EventSpec:
    """What an expected or forbidden event looks like. ``None`` in a field means "any"; in
    ``targets`` (and the sector sets) the value ``None`` stands for "no target"."""

    types: frozenset[str] | None = None
    sources: frozenset[str] | None = None
    targets: frozenset[str | None] | None = None
    between: frozenset[str] | None = None
    parties: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    date: str | None = None
    date_not: str | None = None
    source_sectors: frozenset[str | None] | None = None
    target_sectors: frozenset[str | None] | None = None

    def matches(self, event) -> bool:
        """Whether ``event`` (an entente Event) fits this spec; symmetric types either way."""
        if self.types is not None and event.type not in self.types:
            return False
        if self.statuses is not None and event.status not in self.statuses:
            return False
        if self.date is not None and not (event.date or "").startswith(self.date):
            return False
        if self.date_not is not None and (event.date or "").startswith(self.date_not):
            return False
        src = _side(event.source)
        tgt = _side(event.target)
        ways = [(src, tgt)]
        if event.type in SYMMETRIC and tgt[0] is not None:
            ways.append((tgt, src))
        return any(self._dyad_fits(s, t) for s, t in ways)

    def _dyad_fits(self, src: tuple, tgt: tuple) -> bool:
        (scode, ssec), (tcode, tsec) = src, tgt
        if self.sources is not None and scode not in self.sources:
            return False
        if self.targets is not None and tcode not in self.targets:
            return False
        if self.source_sectors is not None and ssec not in self.source_sectors:
            return False
        if self.target_sectors is not None and tsec not in self.target_sectors:
            return False
        if self.between is not None and {scode, tcode} != self.between:
            return False
        if self.parties is not None and not ({scode, tcode} & self.parties):
            return False
        return True

    def describe(self) -> str:
        kind = "|".join(sorted(self.types)) if self.types else "any event"
        if self.between is not None:
            dyad = " between " + "-".join(sorted(self.between))
        else:
            dyad = ""
            if self.sources is not None or self.targets is not None:
                arrow = "<->" if self.types and self.types <= SYMMETRIC else "->"
                dyad = f" {_codes(self.sources, self.source_sectors)}{arrow}" \
                       f"{_codes(self.targets, self.target_sectors)}"
        if self.parties is not None:
            dyad += " involving " + "|".join(sorted(self.parties))
        extra = []
        if self.statuses is not None:
            extra.append("|".join(sorted(self.statuses)))
        if self.date is not None:
            extra.append(f"dated {self.date}*")
        if self.date_not is not None:
            extra.append(f"not dated {self.date_not}*")
        return kind + dyad + "".join(" " + x for x in extra)


def _side(actor) -> tuple[str | None, str | None]:
    return (actor.code, actor.sector) if actor is not None else (None, None)


def _codes(codes: frozenset | None, sectors: frozenset | None) -> str:
    out = "*" if codes is None else "|".join(sorted(c or "none" for c in codes))
    if sectors is not None:
        out += "/" + "|".join(sorted(s or "none" for s in sectors))
    return out


@dataclass(frozen=True, slots=True)
class Case:
    """One generated text with the events it must and must not yield."""

    phenomenon: str
    text: str
    published: str | None
    expected: tuple[EventSpec, ...]
    forbidden: tuple[EventSpec, ...] = ()
    template: str = ""
    slots: tuple[tuple[str, str], ...] = ()     # (letter, state code) as drawn


class Failure(NamedTuple):
    text: str
    expected: tuple[str, ...]    # every requirement, the unmet ones marked
    got: tuple[str, ...]         # the events produced (or the error)


@dataclass
class ClassResult:
    passed: int = 0
    total: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


# ---------------------------------------------------------------------------- loading

def load_cases(path: str | Path | None = None) -> list[Case]:
    """The suite's cases, from ``path`` or the shipped ``entente/data/phenomena.yaml``.

    Raises ConfigError when the file is missing or malformed (naming the template)."""
    if path is None:
        name = "entente/data/phenomena.yaml"
        text = resources.files("entente.data").joinpath("phenomena.yaml").read_text("utf-8")
    else:
        name, path = str(path), Path(path)
        if not path.is_file():
            raise ConfigError(f"{path}: no such phenomenon file")
        text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{name}: not valid YAML ({exc})") from None
    return expand(data, name)


def expand(data: dict[str, Any], origin: str = "phenomena") -> list[Case]:
    """Cases from a parsed suite: every template x ``pairs`` draws of states x its tenses."""
    states = data.get("states") or []
    # states drawn only for the slots a template's ``only`` names (kingdoms, island states)
    states = states + [dict(s, extra=True) for s in data.get("extra_states") or []]
    if len(states) < 4:
        raise ConfigError(f"{origin}: give at least 4 states (name, code, capital, demonym)")
    default_pub = data.get("published")
    default_pairs = int(data.get("pairs", 8))
    cases: list[Case] = []
    for cls, body in (data.get("classes") or {}).items():
        pairs = int(body.get("pairs", default_pairs))
        for tpl in body.get("templates") or []:
            where = f"{origin}: {cls}/{tpl.get('id', '?')}"
            published = tpl.get("published", body.get("published", default_pub))
            cases.extend(_expand_template(cls, tpl, states, pairs,
                                          None if published is None else str(published), where))
    return cases


def _expand_template(cls: str, tpl: dict, states: list[dict], pairs: int,
                     published: str | None, where: str) -> list[Case]:
    if "tenses" in tpl:
        variants = [(str(t), text) for t, text in tpl["tenses"].items()]
        for t, _ in variants:
            if t not in STATUSES:
                raise ConfigError(f"{where}: tense {t!r} is not a status ({sorted(STATUSES)})")
    elif "text" in tpl:
        variants = [(tpl.get("status"), tpl["text"])]
    else:
        raise ConfigError(f"{where}: give `text` or `tenses`")
    letters = _letters(tpl, variants)
    draws = _draw(letters, tpl, states, pairs, f"{cls}/{tpl.get('id', '')}", where)
    cases = []
    for n, draw in enumerate(draws):
        codes = {k: s["code"] for k, s in draw.items()}
        for status, text in variants:
            filled = _fill(text, draw, n, where)
            expected = tuple(_spec(s, codes, status, where) for s in tpl.get("expect") or [])
            forbidden = tuple(_spec(s, codes, None, where) for s in tpl.get("forbid") or [])
            cases.append(Case(cls, filled, published, expected, forbidden,
                              template=str(tpl.get("id", "")),
                              slots=tuple(sorted(codes.items()))))
    return cases


def _letters(tpl: dict, variants: list[tuple[str | None, str]]) -> list[str]:
    found = {m.group(1) for _, text in variants for m in _SLOT.finditer(text)}
    for spec in (tpl.get("expect") or []) + (tpl.get("forbid") or []):
        for key in ("source", "target", "between", "party"):
            for v in _as_list(spec.get(key)):
                if isinstance(v, str) and len(v) == 1:
                    found.add(v)
    return sorted(found)


def _draw(letters: list[str], tpl: dict, states: list[dict], pairs: int, seed: str,
          where: str) -> list[dict[str, dict]]:
    """``pairs`` different assignments of states to slot letters, the same on every run."""
    texts = list((tpl.get("tenses") or {}).values()) + [tpl.get("text") or ""]
    needs_company = {m.group(1) for t in texts for m in _SLOT.finditer(t)
                     if m.group(2) == "company"}
    exclude = tpl.get("exclude") or []
    only = tpl.get("only") or {}
    pools = {}
    for k in letters:
        barred = set(exclude.get(k, []) if isinstance(exclude, dict) else exclude)
        pools[k] = [s for s in states if s["code"] not in barred
                    and (k not in needs_company or s.get("company"))
                    and (s["code"] in only[k] if k in only else not s.get("extra"))]
    rng = random.Random(seed)
    draws: list[dict[str, dict]] = []
    seen: set[tuple[str, ...]] = set()
    for _ in range(pairs * 200):
        if len(draws) == pairs:
            break
        draw: dict[str, dict] = {}
        for k in letters:
            free = [s for s in pools[k] if s not in draw.values()]
            if not free:
                break
            draw[k] = rng.choice(free)
        key = tuple(draw[k]["code"] for k in letters if k in draw)
        if len(draw) == len(letters) and key not in seen:
            seen.add(key)
            draws.append(draw)
    if len(draws) < pairs:
        raise ConfigError(f"{where}: only {len(draws)} different fillings of slots {letters}; "
                          f"add states or lower `pairs`")
    return draws


def _fill(text: str, draw: dict[str, dict], n: int, where: str) -> str:
    def one(m: re.Match) -> str:
        word = m.group(1)
        if word in _WILL:
            return _WILL[word][n % 2]
        slot = _SLOT.fullmatch(m.group(0))
        letter, form = (slot.group(1), slot.group(2)) if slot else (None, None)
        if letter not in draw or form not in _SLOT_FORMS:
            raise ConfigError(f"{where}: unknown slot {{{word}}}")
        s = draw[letter]
        name = s["name"]
        poss = name + ("'" if name.endswith("s") else "'s")
        return {None: name, "cap": _cap(name), "poss": poss, "cap_poss": _cap(poss),
                "dem": s["demonym"], "city": s["capital"], "CITY": s["capital"].upper(),
                "company": s.get("company", "")}[form]
    return re.sub(r"\{(\w+)\}", one, text)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def _spec(raw: dict, codes: dict[str, str], status: str | None, where: str) -> EventSpec:
    unknown = set(raw) - _SPEC_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)} in an event spec; "
                          f"use {sorted(_SPEC_KEYS)}")

    def code_set(key: str) -> frozenset | None:
        if key not in raw:
            return None
        return frozenset(codes.get(v, v) if isinstance(v, str) else v
                         for v in _as_list(raw[key]) or [None])

    statuses = raw.get("status", status)
    if statuses is not None:
        expanded = []
        for s in _as_list(statuses):
            expanded.extend(_STATUS_ALIASES.get(s, (s,)))
        if set(expanded) - STATUSES:
            raise ConfigError(f"{where}: unknown status in {statuses!r}")
        statuses = frozenset(expanded)
    between = code_set("between")
    if between is not None and len(raw["between"]) != 2:
        raise ConfigError(f"{where}: `between` takes two parties")
    return EventSpec(
        types=frozenset(_as_list(raw["type"])) if "type" in raw else None,
        sources=code_set("source"), targets=code_set("target"), between=between,
        parties=code_set("party"), statuses=statuses,
        date=str(raw["date"]) if "date" in raw else None,
        date_not=str(raw["date_not"]) if "date_not" in raw else None,
        source_sectors=frozenset(_as_list(raw["source_sector"]) or [None])
        if "source_sector" in raw else None,
        target_sectors=frozenset(_as_list(raw["target_sector"]) or [None])
        if "target_sector" in raw else None)


# ---------------------------------------------------------------------------- running

def check(case: Case, events: Iterable) -> tuple[bool, tuple[str, ...]]:
    """(passed, requirement lines) for the events produced from ``case.text``."""
    events = list(events)
    ok, lines = True, []
    for spec in case.expected:
        hit = any(spec.matches(e) for e in events)
        ok &= hit
        lines.append(f"expect {spec.describe()}" + ("" if hit else "   <- MISSING"))
    for spec in case.forbidden:
        hit = any(spec.matches(e) for e in events)
        ok &= not hit
        lines.append(f"forbid {spec.describe()}" + ("   <- PRODUCED" if hit else ""))
    return ok, tuple(lines)


def describe_event(e) -> str:
    src = e.source.code if e.source else "-"
    tgt = e.target.code if e.target else "-"
    return f"{e.type} {src}->{tgt} {e.status} {e.date or 'undated'}  [{e.rule}]"


def run(pipeline, cases: list[Case]) -> dict[str, ClassResult]:
    """Extract every case in one batch and tally passes per phenomenon class, in order."""
    raws = (RawDocument(id=str(i), origin=f"phenomena:{c.phenomenon}/{c.template}:{i}",
                        text=c.text, published=c.published) for i, c in enumerate(cases))
    results: dict[str, ClassResult] = {}
    for case in cases:
        results.setdefault(case.phenomenon, ClassResult())
    for case, doc in zip(cases, pipeline.extract_many(raws, keep_all=True)):
        res = results[case.phenomenon]
        res.total += 1
        if isinstance(doc, InputError):
            _, lines = check(case, [])
            res.failures.append(Failure(case.text, lines, (f"error: {doc}",)))
            continue
        ok, lines = check(case, doc.events + doc.background)
        if ok:
            res.passed += 1
        else:
            res.failures.append(Failure(case.text, lines,
                                        tuple(describe_event(e) for e in
                                              doc.events + doc.background)))
    return results


# ---------------------------------------------------------------------------- reporting

def _rows(results: dict[str, ClassResult]) -> list[tuple[str, int, int, float]]:
    rows = [(c, r.passed, r.total, r.rate) for c, r in results.items()]
    passed, total = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return rows + [("all", passed, total, passed / total if total else 0.0)]


def table_text(results: dict[str, ClassResult]) -> str:
    """Per class passed/total/rate as a plain-text table, with a total row."""
    rows = _rows(results)
    width = max(len(r[0]) for r in rows)
    lines = [f"{'class':<{width}}  passed  total   rate"]
    lines += [f"{c:<{width}}  {p:>6}  {t:>5}  {rate:5.2f}" for c, p, t, rate in rows]
    return "\n".join(lines)


def table_markdown(results: dict[str, ClassResult], notes: dict[str, str] | None = None
                   ) -> str:
    """The same table in Markdown, with how it was measured and the classes' notes (a
    class's ``note`` in phenomena.yaml) under it."""
    lines = ["| class | passed | total | rate |", "|---|---:|---:|---:|"]
    lines += [f"| {c} | {p} | {t} | {rate:.2f} |" for c, p, t, rate in _rows(results)]
    lines += ["", "Measured with `python -m entente.evaluate.phenomena --markdown "
                  "docs/phenomena.md`."]
    for cls, note in (notes or {}).items():
        lines += ["", f"**{cls}** {note}"]
    return "\n".join(lines) + "\n"


def class_notes(path: str | Path | None = None) -> dict[str, str]:
    """The ``note`` of each class of the suite that has one."""
    text = resources.files("entente.data").joinpath("phenomena.yaml").read_text("utf-8") \
        if path is None else Path(path).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return {name: " ".join(str(c["note"]).split())
            for name, c in (data.get("classes") or {}).items()
            if isinstance(c, dict) and c.get("note")}


def failures_text(result: ClassResult) -> str:
    """Each failing text, what it had to yield and what it yielded."""
    blocks = []
    for f in result.failures:
        got = "\n".join("    " + g for g in f.got) or "    (no events)"
        want = "\n".join("    " + x for x in f.expected)
        blocks.append(f"{f.text}\n  wanted:\n{want}\n  got:\n{got}")
    return "\n\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m entente.evaluate.phenomena",
                                     description="Run the phenomenon suite and print pass "
                                                 "rates per class.")
    parser.add_argument("--data", help="a phenomena YAML file (default: the shipped one)")
    parser.add_argument("--failures", metavar="CLASS",
                        help="also list the failing texts of this class")
    parser.add_argument("--markdown", metavar="FILE", help="write the table as Markdown")
    args = parser.parse_args(argv)
    from ..pipeline import Pipeline
    try:
        cases = load_cases(args.data)
    except ConfigError as exc:
        print(f"phenomena: {exc}", file=sys.stderr)
        return 2
    classes = sorted({c.phenomenon for c in cases})
    if args.failures and args.failures not in classes:
        print(f"phenomena: no class {args.failures!r}; the classes are {', '.join(classes)}",
              file=sys.stderr)
        return 2
    results = run(Pipeline(), cases)
    print(table_text(results))
    if args.failures:
        res = results[args.failures]
        print(f"\n{args.failures}: {len(res.failures)} failing of {res.total}\n")
        print(failures_text(res))
    if args.markdown:
        Path(args.markdown).write_text(table_markdown(results, class_notes(args.data)),
                                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
