"""Time and peak memory of the dataset's pass (near-duplicates and event clusters over the whole
Parquet folder) on a synthetic dataset far larger than the example corpus.

    .venv/bin/python bench/dataset.py [--documents 100000] [--reports 3] [--out docs/performance.md]

Writes a folder as a backfill would (documents, inputs, shingles, MinHash keys and events,
in partitions of 1,000 documents): texts of 120 words drawn from a 5,000-word vocabulary, one
in ten a near-copy of an earlier one (a few words changed); ``--reports`` events a document
among 40 states, 4 types and the days of 2024, their evidence 12 words from a 50-word
vocabulary (so many pairs are the same event). Then runs ``finish`` on it, as the backfill
does after its partitions, and reports its time and this process's peak memory. Run it as its
own process: the peak is the whole process's.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _section import write_section

BEGIN = "<!-- bench/dataset.py: from here to its end mark -->"
END = "<!-- bench/dataset.py: end -->"
PART = 1000


def build(folder: Path, n: int, reports: int) -> None:
    import duckdb

    from entente.store import dedup
    from entente.store.dataset import _memory
    from entente.store.writer import _insert

    rng = random.Random(12)
    vocab = [f"w{i}" for i in range(5000)]
    words = [f"v{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(50)]   # letters: content words
    states = [f"S{i:02d}" for i in range(40)]
    types = ["CONSULT", "COOPERATE", "AID", "THREATEN"]
    texts: list[list[str]] = []
    con = _memory()
    for start in range(0, n, PART):
        docs, inputs, shingles, keys, events = [], [], [], [], []
        for i in range(start, min(n, start + PART)):
            if texts and i % 10 == 9:
                t = list(rng.choice(texts[-500:]))
                for _ in range(3):
                    t[rng.randrange(len(t))] = rng.choice(vocab)
            else:
                t = [rng.choice(vocab) for _ in range(120)]
            texts.append(t)
            text = " ".join(t)
            doc = f"{i:032x}"
            published = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
            docs.append((doc, f"d{i}", f"synthetic:{i}", None, None, published, None, None,
                         None, "en", text, "bench", None))
            inputs.append((i, doc, f"synthetic:{i}", f"d{i}", None, None))
            sh = dedup.shingles(text)
            shingles.append((doc, sorted(sh)))
            keys += [(doc, k) for k in dedup.band_keys(sh)]
            for r in range(reports):
                a, b = sorted(rng.sample(states, 2))
                day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
                evidence = " ".join(rng.choice(words) for _ in range(12))
                events.append((f"{i:012x}{r:04x}", doc, r, f"e{r}", rng.choice(types), None,
                               "occurred", True, a, None, None, None, b, None, None, None, a,
                               b, day.isoformat(), "day", day, day, day, None, evidence, 0,
                               len(evidence), 0.5, None, "bench", "bench", None))
        con.execute("CREATE OR REPLACE TABLE inputs (seq BIGINT, id VARCHAR, origin VARCHAR, "
                    "name VARCHAR, url VARCHAR, title VARCHAR)")
        for table, rows in (("documents", docs), ("events", events), ("inputs", inputs),
                            ("shingles", shingles), ("minhash", keys)):
            con.execute(f"DELETE FROM {table}")
            names = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            _insert(con, table, [f'"{c}"' for c in names], rows)
        for table, sql in (("documents", "SELECT * FROM documents"),
                           ("events", "SELECT * EXCLUDE (cluster) FROM events"),
                           ("inputs", "SELECT * FROM inputs"),
                           ("shingles", "SELECT * FROM shingles"),
                           ("minhash", "SELECT * FROM minhash")):
            target = folder / table / "month=2024" / f"part-{start:08d}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)")
    con.close()
    duckdb.connect().close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=100_000)
    ap.add_argument("--reports", type=int, default=3)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    from entente.store.dataset import finish

    work = Path(tempfile.mkdtemp(prefix="entente-pass-"))
    try:
        t = time.perf_counter()
        build(work, args.documents, args.reports)
        built = time.perf_counter() - t
        size = sum(f.stat().st_size for f in work.rglob("*.parquet"))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        load = os.getloadavg()[0]
        t = time.perf_counter()
        done = finish(str(work))
        took = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join([
        BEGIN, "", "## The dataset's pass at scale", "",
        f"Measured with `.venv/bin/python bench/dataset.py --documents {args.documents} "
        f"--reports {args.reports}` ({os.cpu_count()} cores, load average {load:.1f}): a "
        f"synthetic dataset of {args.documents:,} documents ({size / 1e6:.0f} MB of Parquet, "
        f"built in {built:.0f} s) and {done.reports + 0:,} stored event reports.", "",
        f"The pass found {done.duplicates:,} near-duplicates and {done.clusters:,} events "
        f"(clusters) in {took:.1f} s; the process's peak resident memory was {peak:.0f} MB "
        f"({before:.0f} MB before the pass).", "", END])
    print(text)
    if args.out:
        write_section(args.out, text, BEGIN, END)


if __name__ == "__main__":
    main()
