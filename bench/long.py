"""A long article: entente's own steps on one 150,000-character text against the same text
told as separate stories.

    .venv/bin/python bench/long.py [--chars 150000] [--repeat 5] [--out docs/performance.md]

The article is the body paragraphs of the example corpus, repeated until it has --chars
characters; the stories are the same paragraphs, one corpus article each. Both are cleaned and
parsed once (spaCy's time is not what this measures); then :func:`entente.pipeline.process`
(actors, events, quotes) is timed on each, best of --repeat. Linear code gives the two about
the same time; code that scans the whole article for every sentence does not.
"""
from __future__ import annotations

import argparse
import platform
import time
from datetime import date
from pathlib import Path

from _section import write_section

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- bench/long.py: from here to its end mark -->"
END = "<!-- bench/long.py: end -->"


def stories(chars: int) -> list[str]:
    """Corpus articles' body paragraphs, one story each, repeated up to ``chars`` in all."""
    out, total = [], 0
    files = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    while total < chars:
        for f in files:
            body = [p for p in f.read_text(encoding="utf-8").split("\n\n")
                    if len(p.split()) > 25]
            text = "\n\n".join(body)
            out.append(text)
            total += len(text) + 2
            if total >= chars:
                break
    return out


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=150_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    from entente.clean import clean
    from entente.nlp import parse_many
    from entente.pipeline import Pipeline, process
    from entente.records import RawDocument

    pipe = Pipeline()
    parts = stories(args.chars)

    def prepared(texts: list[str]):
        docs = [clean(RawDocument(id=f"s{n}", origin=f"s{n}", text="Allies step up ties\n\n"
                                  + t, published="2024-09-01")) for n, t in enumerate(texts)]
        return list(zip(docs, parse_many(pipe.nlp, docs, 16)))

    long_doc = prepared(["\n\n".join(parts)])
    short_docs = prepared(parts)
    chars = len(long_doc[0][0].text)

    def run(pairs):
        return [process(d, p, pipe.lexicon) for d, p in pairs]

    t_long = best(lambda: run(long_doc), args.repeat)
    t_short = best(lambda: run(short_docs), args.repeat)
    events = (len(run(long_doc)[0].events), sum(len(d.events) for d in run(short_docs)))
    text = "\n".join([
        BEGIN, "",
        "## A long article",
        "",
        f"Measured on {date.today()} with `.venv/bin/python bench/long.py --chars {args.chars} "
        f"--repeat {args.repeat}` ({platform.machine()}, Python {platform.python_version()}). "
        f"entente's own steps (actors, events, quotes; after spaCy) on one article of "
        f"{chars:,} characters ({len(long_doc[0][1].sentences):,} sentences, "
        f"{len(long_doc[0][1].entities):,} entities) and on the same paragraphs as "
        f"{len(parts)} stories, best of {args.repeat}:",
        "",
        "| | ms | events |",
        "|---|---:|---:|",
        f"| one article of {chars:,} characters | {t_long * 1000:.1f} | {events[0]} |",
        f"| the same text as {len(parts)} stories | {t_short * 1000:.1f} | {events[1]} |",
        "",
        f"The long article costs **{t_long / t_short:.2f}x** the stories' time.",
        "", END])
    print(text)
    if args.out:
        write_section(args.out, text, BEGIN, END)


if __name__ == "__main__":
    main()
