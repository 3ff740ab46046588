"""Robustness: score story sets as written ("none") and rewritten in ways that should not
change the right answer, to measure how far the extractor leans on surface features: gold
speakers renamed ("names"), quotation marks swapped curly/straight ("marks"), "said" turned into
other speech verbs ("verbs"). A rewrite is a list of edits to the story; the gold quote texts
and evidence go through the same edits, so they stay substrings of the rewritten story.

    python -m entente.evaluate.robustness DIR [DIR ...] [--kinds names,marks,verbs] [--seed N]
"""
from __future__ import annotations

import argparse
import copy
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable, NamedTuple

from ..actors.lexicon import load_lexicon
from ..errors import ConfigError
from ..ingest.reader import decode
from ..lexicons import load_yaml
from . import evaluate, find_articles

__all__ = ["KINDS", "Row", "perturb", "perturb_marks", "perturb_names", "perturb_verbs",
           "run", "stories", "table_markdown", "table_text", "main"]

KINDS = ("none", "names", "marks", "verbs")
VERB_RATE = 0.6                 # the share of the "said" outside quotations replaced
PRONOUN_WINDOW = 600            # characters after a name's first mention read for he/she
_B, _E = r"(?<![\w-])", r"(?![\w-])"       # word edges; "-" is part of a word ("Ben-Gvir")
_SAID = re.compile(r"\bsaid(?= [a-z]|[.,])")
_HE = re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her)\b", re.IGNORECASE)

Edit = tuple[int, int, str]     # text[start:end] becomes the string


class Row(NamedTuple):
    story_set: str
    kind: str
    f1: float
    right: int
    found: int
    total: int


def _data() -> dict:
    data = load_yaml("robustness.yaml") or {}
    for key in ("female", "male", "not_person_words", "verbs"):
        if not data.get(key):
            raise ConfigError(f"entente/data/robustness.yaml: `{key}` is missing or empty")
    return data


def _apply(text: str, edits: list[Edit], lo: int = 0, hi: int | None = None) -> str:
    """``text[lo:hi]`` with the (sorted, non-overlapping) ``edits`` inside it made."""
    hi = len(text) if hi is None else hi
    out, at = [], lo
    for a, b, new in edits:
        if lo <= a and b <= hi:
            out += [text[at:a], new]
            at = b
    return "".join(out) + text[at:hi]


def _carry_gold(gold: dict, text: str, edits: list[Edit],
                alone: Callable[[str], str] = lambda s: s) -> dict:
    """``gold`` with each quote text and evidence as it reads after ``edits`` to ``text``:
    its first occurrence with the edits inside it made (one its edge cuts is taken whole), so
    it stays a substring. A string not in ``text`` is rewritten by ``alone``."""
    def carry(s: str) -> str:
        p = text.find(s) if s else -1
        if p < 0:
            return alone(s)
        lo, hi = p, p + len(s)
        for a, b, _ in edits:
            if a < hi and b > lo:
                lo, hi = min(lo, a), max(hi, b)
        return _apply(text, edits, lo, hi)

    gold = copy.deepcopy(gold)
    for q in gold.get("quotes", []):
        q["text"] = carry(q["text"])
    for e in gold.get("events", []):
        if isinstance(e.get("evidence"), str):
            e["evidence"] = carry(e["evidence"])
    return gold


def _words(words) -> re.Pattern:
    return re.compile(_B + "(?:" + "|".join(re.escape(w) for w in words) + ")" + _E)


def _given(first: str) -> str | None:
    given = load_yaml("given_names.yaml") or {}
    f, m = first in given.get("female", []), first in given.get("male", [])
    return None if f == m else "f" if f else "m"


def _gender(name: str, text: str) -> str | None:
    """f or m from the given name, else from he/his/him or she/her alone after the first
    mention; None when neither tells."""
    at, known = text.find(name), _given(name.split()[0])
    if known or at < 0:
        return known
    window = text[at:at + len(name) + PRONOUN_WINDOW]
    he, she = bool(_HE.search(window)), bool(_SHE.search(window))
    return None if he == she else "m" if he else "f"


def _forms(name: str, new: str, text: str) -> list[tuple[str, str]]:
    """The name in full and as the story calls the person again: by the last word ("Kehr"),
    or by the last two of three; by the first word alone ("Xi said") when it is no known given
    name, stands alone in the story and the last word never does."""
    old, nw = name.split(), new.split()
    rest = _words([name]).sub("", text)
    if not _given(old[0]) and _words([old[0]]).search(rest) and \
            not _words([old[-1]]).search(rest):
        return [(name, new), (old[0], nw[-1])]
    return [(name, new), (old[-1], nw[-1])] + \
        ([(" ".join(old[-2:]), nw[-1])] if len(old) == 3 else [])


def _name_plan(text: str, gold: dict, rnd: random.Random) -> dict[str, str]:
    """old string -> new string for every person among the gold speakers."""
    data = _data()
    barred = {str(w).lower() for w in data["not_person_words"] + data.get("suffixes", [])}
    speakers = sorted({q["speaker"] for q in gold.get("quotes", []) if q.get("speaker")},
                      key=lambda s: (-len(s), s))
    taken = {w for s in speakers for w in s.split()}
    pools = {g: [n for n in data[key] if not set(n.split()) & taken
                 and not _words(n.split()).search(text)]
             for g, key in (("f", "female"), ("m", "male"))}
    plan: dict[str, str] = {}
    lex = load_lexicon()
    for name in speakers:
        words = name.split()
        if not (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)) or \
                any(w.lower() in barred for w in words) or name in plan:
            continue
        if (lex.lookup(name) or "").startswith("leader:"):
            continue    # what the lexicon knows of an office holder is knowledge, not luck
        gender = _gender(name, text)
        if gender is None or not pools[gender]:
            continue
        forms = _forms(name, pools[gender].pop(rnd.randrange(len(pools[gender]))), text)
        # a speaker sharing a surname with one renamed before keeps the given name and takes
        # the new surname, which the story's "Holt said" then gives both, as it gave "Holt"
        if not any(old in plan for old, _ in forms):
            plan.update(forms)
    return plan


def _name_edits(s: str, plan: dict[str, str]) -> list[Edit]:
    if not plan:
        return []
    # one pass, longest first: a replacement is never read again by another
    pattern = _words(sorted(plan, key=len, reverse=True))
    return [(m.start(), m.end(), plan[m.group(0)]) for m in pattern.finditer(s)]


def perturb_names(text: str, gold: dict, rnd: random.Random) -> tuple[str, dict]:
    """(text, gold) with every person among the gold quote speakers renamed, keeping gender;
    office holders the lexicon knows (leaders.csv) keep their names.

    A speaker is a person when the name has 2-3 capitalised words, none of them an
    organisation word (robustness.yaml). Gender comes from the given name (given_names.yaml),
    else from he/his/him or she/her alone in the 600 characters after the first mention; a
    speaker of unknown gender keeps the name. The full name and the surname alone are replaced
    in the text, the speakers, the quote texts and the event evidence."""
    plan = _name_plan(text, gold, rnd)
    edits = _name_edits(text, plan)

    def alone(s: str) -> str:
        return _apply(s, _name_edits(s, plan))

    new = _carry_gold(gold, text, edits, alone)
    for q in new.get("quotes", []):
        q["speaker"] = alone(q.get("speaker") or "")
    return _apply(text, edits), new


def _mark_edits(text: str) -> list[Edit]:
    if "“" in text or "”" in text:
        return [(i, i + 1, '"') for i, c in enumerate(text) if c in "“”"]
    return [(i, i + 1, "“" if i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—-"
             else "”") for i, c in enumerate(text) if c == '"']


def perturb_marks(text: str) -> str:
    """Curly double quotation marks made straight; in a text with none, straight ones made
    curly: opening after whitespace, the start or one of ([{—-, closing elsewhere."""
    return _apply(text, _mark_edits(text))


def _verb_edits(text: str, rnd: random.Random, keep: tuple[str, ...] = ()) -> list[Edit]:
    from ..clean.quotemarks import quote_pairs

    verbs = [str(v) for v in _data()["verbs"]]
    spans = [(a, b + 1) for a, b in quote_pairs(text)]      # the marks and what they hold
    for s in filter(None, keep):
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)]
    edits = []
    for m in _SAID.finditer(text, text.find("\n") + 1 or len(text)):   # after the title
        if not any(a <= m.start() and m.end() <= b for a, b in spans) and \
                rnd.random() < VERB_RATE:
            edits.append((m.start(), m.end(), rnd.choice(verbs)))
    return edits


def perturb_verbs(text: str, rnd: random.Random, keep: tuple[str, ...] = ()) -> str:
    """``text`` with "said" (before a space and a lowercase word, "." or ",") replaced, six
    times in ten, by another speech verb (robustness.yaml). The title (the first line),
    quotations and every occurrence of a string in ``keep`` stay as written."""
    return _apply(text, _verb_edits(text, rnd, keep))


def perturb(kind: str, text: str, gold: dict, rnd: random.Random) -> tuple[str, dict]:
    """(text, gold) after perturbation ``kind`` (one of KINDS); gold quote texts and evidence
    stay substrings of the text, and quote texts keep their words. ValueError: unknown kind."""
    if kind == "none":
        return text, gold
    if kind == "names":
        return perturb_names(text, gold, rnd)
    if kind == "marks":
        edits = _mark_edits(text)
    elif kind == "verbs":
        edits = _verb_edits(text, rnd, tuple(q["text"] for q in gold.get("quotes", [])))
    else:
        raise ValueError(f"unknown perturbation {kind!r}; use one of {', '.join(KINDS)}")
    return _apply(text, edits), _carry_gold(gold, text, edits)


def stories(path: str | Path) -> list[tuple[Path, Path]]:
    """(gold .json, story .txt) pairs in folder ``path``. ConfigError naming it when it is
    missing, holds no pairs or holds a story that is not plain text."""
    path = Path(path)
    if not path.is_dir():
        raise ConfigError(f"{path}: no such folder; give a folder of NAME.txt + NAME.json")
    pairs = find_articles(path)
    for _, story in pairs:
        if story.suffix != ".txt":
            raise ConfigError(f"{story}: only plain-text stories (.txt) can be rewritten")
    return pairs


def _set_name(path: Path) -> str:
    path = path.resolve()           # as `entente eval` names a set: voa/dev, wire
    return path.name if path.parent.name in ("examples", "") else \
        f"{path.parent.name}/{path.name}"


def run(paths, kinds, pipeline, seed: int = 0) -> list[Row]:
    """One Row per story-set folder and kind, scored on the rewritten copies in a temporary
    folder. A story's rewrite depends only on ``seed``, the kind and the story's name.
    Raises ConfigError for a folder that is not a story set."""
    rows = []
    for path in map(Path, paths):
        pairs = stories(path)
        for kind in kinds:
            with tempfile.TemporaryDirectory(prefix="entente-robustness-") as tmp:
                for gold_path, story in pairs:
                    out = Path(tmp) / story.name
                    if kind == "none":      # byte for byte: the baseline is the set as written
                        shutil.copyfile(story, out)
                        shutil.copyfile(gold_path, out.with_suffix(".json"))
                        continue
                    text, gold = perturb(kind, decode(story.read_bytes(), str(story)),
                                         json.loads(gold_path.read_text(encoding="utf-8")),
                                         random.Random(f"{seed}/{kind}/{story.stem}"))
                    out.write_bytes(text.encode("utf-8"))
                    out.with_suffix(".json").write_text(json.dumps(gold, ensure_ascii=False),
                                                        encoding="utf-8")
                ev = evaluate(Path(tmp), pipeline)
            rows.append(Row(_set_name(path), kind, ev.articles.summary()["f1"],
                            ev.quotes_right, ev.quotes_found, ev.quotes_total))
    return rows


_HEAD = ("set", "perturbation", "event F1", "change", "right speakers", "change",
         "quotes found")


def _cells(rows: list[Row]) -> list[tuple[str, ...]]:
    base = {r.story_set: r for r in rows if r.kind == "none"}
    out = []
    for r in rows:
        b = base.get(r.story_set)
        diff = b is not None and r is not b
        out.append((r.story_set, r.kind, f"{r.f1:.3f}", f"{r.f1 - b.f1:+.3f}" if diff else "",
                    f"{r.right}/{r.total}", f"{r.right - b.right:+d}" if diff else "",
                    f"{r.found}/{r.total}"))
    return out


def table_text(rows: list[Row]) -> str:
    """The rows as a plain-text table, each perturbation with its change from "none"."""
    cells = [_HEAD] + _cells(rows)
    widths = [max(len(c[i]) for c in cells) for i in range(len(_HEAD))]
    return "\n".join("  ".join(c.ljust(w) if i < 2 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(line, widths))).rstrip()
                     for line in cells)


def table_markdown(rows: list[Row]) -> str:
    """The same table in Markdown."""
    lines = ["| " + " | ".join(_HEAD) + " |", "|---|---|" + "---:|" * (len(_HEAD) - 2)]
    return "\n".join(lines + ["| " + " | ".join(c) + " |" for c in _cells(rows)]) + "\n"


INTRO = """\
# Robustness: the same stories, told differently

Each story set is scored as written (*none*) and after three rewrites that leave the right
answer as it was. *names*: every gold speaker who is a person gets an invented name of the
same gender, from West and East Africa, South and Central Asia, Eastern Europe, Southeast
Asia, the Pacific or Latin America, in full and surname-only mentions alike (a speaker whose
gender neither the given name nor the pronouns after it tell keeps the name). The small spaCy
model knows the names common in the news it was trained on; a name from elsewhere is often
tagged an organisation or nothing, and a quote then loses its speaker. *marks*: curly quotation
marks become straight, or straight ones curly, since reporters and outlets type both. *verbs*:
six in ten of the "said" outside quotations become another speech verb ("noted", "argued",
"insisted"), since reporters use many. A sturdy extractor scores about the same on all four.
Office holders in entente's list (leaders.csv) keep their names: that Putin speaks for Russia
is knowledge the list is there to give, not a surface feature. Event F1 and right speakers are
counted as `entente eval` counts them; change is from *none*.
"""


def _kinds(value: str) -> list[str]:
    kinds = {k.strip() for k in value.split(",") if k.strip()}
    unknown = ", ".join(sorted(kinds - set(KINDS)))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown rewrite {unknown}; use names, marks, verbs")
    return [k for k in KINDS if k == "none" or k in kinds]   # the set as written comes first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m entente.evaluate.robustness",
                                     description="Score story sets as written and rewritten "
                                                 "(names, quotation marks, speech verbs).")
    parser.add_argument("dirs", nargs="+", metavar="DIR",
                        help="a folder of gold stories (NAME.txt + NAME.json)")
    parser.add_argument("--kinds", default="names,marks,verbs", type=_kinds,
                        help="rewrites to score beside the sets as written "
                             "(default: names,marks,verbs)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random choices")
    parser.add_argument("--markdown", metavar="PATH", help="write the table as Markdown")
    args = parser.parse_args(argv)
    try:
        _data()
        for d in args.dirs:
            stories(d)
    except ConfigError as exc:
        print(f"robustness: {exc}", file=sys.stderr)
        return 2
    from ..pipeline import Pipeline
    rows = run(args.dirs, args.kinds, Pipeline(), seed=args.seed)
    print(table_text(rows))
    if args.markdown:
        Path(args.markdown).write_text(f"{INTRO}\nSeed {args.seed}.\n\n{table_markdown(rows)}",
                                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
