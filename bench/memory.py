"""Peak memory of one process on the largest article the limits allow.

    .venv/bin/python bench/memory.py [--chars 200000] [--store]

Builds an article of ``--chars`` characters (the ENTENTE_MAX_CHARS limit by default) from the
example corpus's paragraphs, runs it through the pipeline (and with ``--store`` into a new
store, as `entente ingest` does), and prints the process's peak resident memory. Run it as its
own process: the peak is the whole process's, model included.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def article(chars: int) -> str:
    paras = []
    for f in sorted((ROOT / "examples" / "corpus").glob("*.txt")):
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n")[1:]
                  if len(p.split()) > 12]
    out, i = [], 0
    size = 0
    while size < chars - 2000:
        p = paras[i % len(paras)]
        out.append(p)
        size += len(p) + 2
        i += 1
    return "Largest article\n\n" + "\n\n".join(out)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=None)
    ap.add_argument("--store", action="store_true", help="also write it into a new store")
    args = ap.parse_args()
    from entente import config
    chars = args.chars or config.get("max_chars")
    text = article(chars)
    from entente.pipeline import Pipeline
    pipe = Pipeline()
    base = peak_mb()
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.txt"
        src.write_text(text, encoding="utf-8")
        if args.store:
            from entente.ingest import ingest
            r = ingest([str(src)], str(Path(tmp) / "big.duckdb"), pipeline=pipe)
            what = f"stored {r.stored}, {r.events} events, {len(r.failures)} failed"
            for f in r.failures:
                print(f, file=sys.stderr)
        else:
            from entente.ingest import read_file
            doc = pipe.extract(read_file(src))
            what = f"{len(doc.text):,} characters, {len(doc.events)} events"
    print(f"{len(text):,} characters in: {what}; {time.perf_counter() - t:.1f} s; peak "
          f"{peak_mb():.0f} MB (model loaded: {base:.0f} MB)")


if __name__ == "__main__":
    main()
