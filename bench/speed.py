"""Speed and memory of `entente extract` against plain spaCy, on the same texts, in one run.

    .venv/bin/python bench/speed.py [--repeat 5] [--out docs/performance.md]

The texts are the example corpus (examples/corpus/*.txt) plus the seed if ../shared is beside
the project, repeated --repeat times. The baseline is `nlp.pipe` of the same model with the
same components entente loads (minus entente's own two), so the ratio is entente's overhead:
cleaning, the gazetteer, and actor, event and quote extraction. Runs alternate between the two
to spread machine noise evenly. Peak memory is measured in a fresh process for each.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_267c10b8c2325093.txt"


def texts(repeat: int) -> list[tuple[str, str]]:
    files = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    if SEED.exists():
        files.append(SEED)
    return [(f"{f.stem}-{n}", f.read_text(encoding="utf-8")) for n in range(repeat)
            for f in files]


def run_spacy(nlp, docs) -> float:
    t = time.perf_counter()
    for _ in nlp.pipe((text for _, text in docs), batch_size=16):
        pass
    return time.perf_counter() - t


def run_entente(pipe, docs) -> float:
    from entente.ingest import read_text
    t = time.perf_counter()
    for _ in pipe.extract_many(read_text(text, name, name) for name, text in docs):
        pass
    return time.perf_counter() - t


def peak_memory(which: str, repeat: int) -> float:
    """Peak resident memory (MB) of a fresh process that runs one side only."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import speed; "
            f"speed._child({which!r}, {repeat})")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _child(which: str, repeat: int) -> None:
    docs = texts(repeat)
    if which == "spacy":
        import spacy
        from entente import config
        run_spacy(spacy.load(config.get("model"), exclude=list(config.get("exclude"))), docs)
    else:
        from entente.pipeline import Pipeline
        run_entente(Pipeline(), docs)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5, help="times the corpus is repeated")
    ap.add_argument("--rounds", type=int, default=3, help="alternating timed rounds")
    ap.add_argument("--out", default=str(ROOT / "docs" / "performance.md"))
    args = ap.parse_args()
    # memory first: on Linux a child inherits its parent's peak RSS through fork and exec,
    # so the children must start while this process is still small
    mem_spacy, mem_ent = peak_memory("spacy", args.repeat), peak_memory("entente", args.repeat)

    import spacy
    from entente import config
    from entente.clean import clean
    from entente.errors import InputError
    from entente.ingest import read_text
    from entente.pipeline import Pipeline

    docs = texts(args.repeat)
    cleaned = []
    for name, text in docs:
        try:
            cleaned.append((name, clean(read_text(text, name, name)).text))
        except InputError:
            pass
    words = sum(len(text.split()) for _, text in docs)
    nlp = spacy.load(config.get("model"), exclude=list(config.get("exclude")))
    pipe = Pipeline()
    run_spacy(nlp, docs[:8])
    run_entente(pipe, docs[:8])            # warm-up: lazy imports, caches
    pipe.timings.__init__()
    t_spacy, t_clean, t_ent = [], [], []
    for _ in range(args.rounds):
        t_spacy.append(run_spacy(nlp, docs))
        t_clean.append(run_spacy(nlp, cleaned))
        t_ent.append(run_entente(pipe, docs))
    s, c, e = min(t_spacy), min(t_clean), min(t_ent)
    tm = pipe.timings
    per = {k: getattr(tm, k) / args.rounds for k in ("clean", "nlp", "actors", "events",
                                                      "quotes")}
    result = {
        "spacy_clean_docs_per_s": len(docs) / c, "overhead_vs_clean_text": e / c - 1,
        "date": date.today().isoformat(), "documents": len(docs), "words": words,
        "model": config.get("model"), "components": nlp.pipe_names,
        "spacy_docs_per_s": len(docs) / s, "entente_docs_per_s": len(docs) / e,
        "spacy_words_per_s": words / s, "entente_words_per_s": words / e,
        "overhead": e / s - 1, "stage_seconds": per, "peak_mb_spacy": mem_spacy,
        "peak_mb_entente": mem_ent, "python": platform.python_version(),
        "cpu": platform.processor() or platform.machine(),
    }
    print(json.dumps(result, indent=2))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # keep the sections the other benches (store, backfill, dataset) wrote below this one's,
    # each opened by its own "<!-- bench/... -->" mark
    mark = "<!-- bench/"
    rest = ""
    if out.exists() and mark in out.read_text():
        text = out.read_text()
        rest = "\n" + text[text.index(mark):]
    out.write_text(report(result, args).rstrip("\n") + "\n" + rest)


def report(r: dict, args) -> str:
    total = sum(r["stage_seconds"].values()) or 1
    stages = "\n".join(f"| {k} | {v:.2f} | {v / total:.0%} |" for k, v in r["stage_seconds"]
                       .items())
    return f"""# Performance

Measured on {r['date']} with `.venv/bin/python bench/speed.py --repeat {args.repeat} --rounds
{args.rounds}` on this project's machine (2 cores, {r['cpu']}, Python {r['python']}). Both
sides read the same {r['documents']} documents ({r['words']:,} words: the example corpus and
the seed, repeated {args.repeat} times) in one run, alternating, best of {args.rounds} rounds.
The baseline is plain spaCy `nlp.pipe` with the same model (`{r['model']}`) and components
({', '.join(r['components'])}).

| | documents/s | words/s (raw) | peak memory (MB, own process) |
|---|---:|---:|---:|
| plain spaCy on the raw page texts | {r['spacy_docs_per_s']:.1f} | {r['spacy_words_per_s']:,.0f} | {r['peak_mb_spacy']:.0f} |
| plain spaCy on entente's cleaned texts | {r['spacy_clean_docs_per_s']:.1f} | | |
| entente extract (raw pages in, events out) | {r['entente_docs_per_s']:.1f} | {r['entente_words_per_s']:,.0f} | {r['peak_mb_entente']:.0f} |

entente's time against spaCy on the same raw texts: **{r['overhead']:+.0%}** (entente parses
only the article, not the page furniture, which is why this can be negative). Against spaCy on
exactly the text entente parses (the fair measure of what entente adds: cleaning, the
gazetteer, actors, events, quotes): **{r['overhead_vs_clean_text']:+.0%}** (target: under
+25%).

Where entente's time goes (seconds per round):

| stage | seconds | share |
|---|---:|---:|
{stages}

`clean` is furniture removal and metadata; `nlp` is spaCy plus entente's paragraph and
gazetteer components; `actors` is indexing the article's people and ships (resolution itself
is lazy and is counted where it happens, mostly under `events`); `events` is triggers, roles,
status and dates; `quotes` is quotes and speakers.
"""


if __name__ == "__main__":
    main()
