"""Documents per second extracting in 1 and 2 worker processes against one process, on the
same documents, in one run.

    .venv/bin/python bench/workers.py [--copies 2] [--rounds 2] [--out docs/performance.md]

The documents are the example corpus and the VOA stories (dev and test), --copies times. The
single process is `Pipeline.extract_many(docs)` with the model already loaded; the workers are
`extract_many(docs, workers=N)`, timed from the call (starting the processes and loading the
model in each is part of their time) to the last document. Best of --rounds, alternating.
Every run's output is checked to equal the single process's, in the same order.
"""
from __future__ import annotations

import argparse
import os
import platform
import time
from datetime import date
from pathlib import Path

from _section import write_section

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- bench/workers.py: from here to its end mark -->"
END = "<!-- bench/workers.py: end -->"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    from entente.ingest import iter_inputs
    from entente.pipeline import Pipeline
    from entente.records import RawDocument

    paths = [str(ROOT / "examples" / p) for p in ("corpus", "voa/dev", "voa/test")]
    raws = [r for r in iter_inputs(paths) if isinstance(r, RawDocument)] * args.copies
    words = sum(len((r.text or r.html or "").split()) for r in raws)
    pipe = Pipeline()
    list(pipe.extract_many(raws[:5]))                 # warm up
    counts = [int(w) for w in args.workers.split(",")]
    load_before = os.getloadavg()[0]
    best: dict[str, float] = {}
    reference = None
    for _ in range(args.rounds):
        for label, n in [("one process", 1)] + [(f"{w} worker" + "s" * (w > 1), w)
                                                for w in counts]:
            t = time.perf_counter()
            if label == "one process":
                out = list(pipe.extract_many(raws))
            else:
                from entente.workers import extract_in_workers
                settings = {"model": pipe.model, "exclude": pipe.exclude,
                            "batch_size": pipe.batch_size, "partial": pipe.partial}
                out = list(extract_in_workers(raws, n, settings))
            took = time.perf_counter() - t
            if reference is None:
                reference = out
            assert out == reference, f"{label}: output differs from one process"
            best[label] = min(best.get(label, took), took)
    one = best["one process"]
    load = (load_before, os.getloadavg()[0])
    lines = [
        BEGIN, "",
        "## Extraction in worker processes",
        "",
        f"Measured on {date.today()} with `.venv/bin/python bench/workers.py --copies "
        f"{args.copies} --rounds {args.rounds}` ({os.cpu_count()} cores, "
        f"{platform.machine()}, Python {platform.python_version()}): {len(raws)} documents "
        f"({words:,} words; the example corpus and the VOA stories, {args.copies} times), "
        f"best of {args.rounds}, alternating. A worker's time includes starting its process "
        f"and loading the model; every run's output equals the single process's, in order. "
        f"Load average (1 min) before and after: {load[0]:.1f}, {load[1]:.1f} (on a busy "
        f"machine the workers share the cores with other jobs; read the ratio with it).",
        "",
        "| | seconds | documents/s | against one process |",
        "|---|---:|---:|---:|",
    ]
    for label, took in best.items():
        lines.append(f"| {label} | {took:.2f} | {len(raws) / took:.1f} | {one / took:.2f}x |")
    lines += ["", END]
    text = "\n".join(lines)
    print(text)
    if args.out:
        write_section(args.out, text, BEGIN, END)


if __name__ == "__main__":
    main()
