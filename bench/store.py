"""The store at scale: analytics on 10 million events, and ingest against the bare pipeline.

    .venv/bin/python bench/store.py [--events 10000000] [--docs 150] [--rounds 3]
                                    [--out docs/performance.md]
    .venv/bin/python bench/store.py --commits 0,1000000,10000000 [--rounds 3]
                                    [--block-size 262144] [--out docs/performance.md]

1. A synthetic store of --events events (10 per document, one in five told by two reports) is
   generated inside DuckDB with SQL, through the real migrations, then `ties` and `timeline`
   are timed as the CLI runs them: each call opens the file read-only, queries and closes.
2. Ingest throughput: --docs documents, each an example-corpus article followed by the body of
   another (so no two are the same and the near-duplicate check has candidates to
   verify), go through the bare pipeline (`Pipeline.extract_many`) and through `entente
   ingest` into a new store, in one run, alternating, best of --rounds.

3. With --commits: the time of one commit of a batch of --batch-events event reports (real
   documents of the example corpus and the VOA stories, extracted once) into a synthetic store
   already holding each given number of events (with MinHash keys for its documents, as a
   store written by entente has), --rounds batches each, every batch new to the store.

With --out the figures replace this script's section of the file (the rest is left alone); the
commit figures have a section of their own, between COMMITS and its end mark.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "<!-- bench/store.py: everything below is written by it -->"
COMMITS = "<!-- bench/store.py --commits: from here to its end mark -->"
COMMITS_END = "<!-- bench/store.py --commits: end -->"

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def build(db: str, n_events: int) -> float:
    """Fill a new store with n_events synthetic events; return the seconds it took."""
    from entente.lexicons import load_csv
    from entente.store import cluster, write_connection
    from entente.store.writer import filed_under

    # actors skewed towards the first codes, as news is: the states of the seed first
    first = ["JPN", "ITA", "USA", "CHN", "RUS", "UKR", "GBR", "DEU", "FRA", "AUS", "KOR"]
    codes = first + sorted({r["code"] for r in load_csv("countries.csv")} - set(first))
    t = time.perf_counter()
    with write_connection(db) as con:
        con.execute("SET preserve_insertion_order = false")
        n_docs = n_events // 10
        con.execute(
            """INSERT INTO documents (id, name, origin, published, outlet, text, version)
               SELECT printf('%032x', i), 'synthetic-' || i, 'bench', DATE '2015-01-01' +
                      CAST(floor(random() * 3650) AS INTEGER), 'Bench Wire',
                      'Synthetic article ' || i, 'bench'
               FROM range(?) t(i)""", [n_docs])
        con.execute(
            """INSERT INTO events (id, document, seq, type, mode, status, claim, source,
                                   target, dyad_a, dyad_b, date, date_precision, day, date_lo,
                                   date_hi, evidence, evidence_start, evidence_end,
                                   confidence, rule, version, cluster)
               WITH p AS (SELECT ?::VARCHAR[] AS types, ?::VARCHAR[] AS codes),
               r AS (
                   SELECT i, types[1 + floor(random() * 16)::INTEGER] AS type,
                          codes[1 + floor(pow(random(), 2.5) * len(codes))::INTEGER] AS src,
                          codes[1 + floor(pow(random(), 2.5) * len(codes))::INTEGER] AS tgt,
                          DATE '2015-01-01' + floor(random() * 3650)::INTEGER AS day,
                          random() < 0.85 AS claim
                   FROM range(?) t(i), p)
               SELECT printf('%016x', i), printf('%032x', i // 10), i % 10, type, NULL,
                      CASE WHEN claim THEN 'occurred' ELSE 'hypothetical' END, claim,
                      src, tgt, least(src, tgt), greatest(src, tgt), strftime(day, '%Y-%m-%d'),
                      'day', day, day, day, 'Synthetic evidence sentence number ' || i, 0, 40,
                      0.5, 'bench', 'bench',
                      printf('%016x', CASE WHEN i % 5 = 1 THEN i - 1 ELSE i END)
               FROM r""", [TYPES, codes, n_events])
        # filed for clustering's candidate lookup, as the writer files what it stores
        con.execute(f"INSERT INTO cluster_keys {filed_under('events', cluster.TOLERANCE)}")
        # one in five events is a second report of the event before it
        con.execute(
            """INSERT INTO clusters
               WITH r AS (SELECT cluster, count(*) AS reports FROM events GROUP BY cluster)
               SELECT e.id, e.dyad_a, e.dyad_b, e.source, e.target, e.type, e.mode, e.status,
                      e.claim, e.date, e.date_precision, e.day, r.reports, r.reports, e.id,
                      e.evidence
               FROM events e JOIN r ON r.cluster = e.id""")
    return time.perf_counter() - t


def add_minhash(db: str) -> None:
    """16 band keys per synthetic document, as every document entente stores has."""
    from entente.store import write_connection

    with write_connection(db) as con:
        con.execute("SET preserve_insertion_order = false")
        con.execute("""INSERT INTO minhash SELECT d.id, (hash(d.id || '/' || b.i) >> 1)::BIGINT
                       FROM documents d, range(16) b(i)""")


def commit_batches(n_events: int, rounds: int) -> list:
    """``rounds`` batches of exactly ``n_events`` event reports each, from the documents of
    the ingest rounds (an example-corpus article followed by the body of another)."""
    from dataclasses import replace

    from entente.ingest import iter_inputs
    from entente.pipeline import Pipeline
    from entente.store import dedup
    from entente.store.writer import Arrival

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "docs.jsonl"
        synthetic_documents(20 * rounds, source)
        pipe = Pipeline()
        raws = [r for r in iter_inputs([str(source)])]
        docs = list(zip(raws, pipe.extract_many(raws)))
    batches, batch, count = [], [], 0
    for raw, doc in docs:
        if not getattr(doc, "events", None):
            continue
        take = min(len(doc.events), n_events - count)
        arrival = Arrival(dedup.content_hash(raw), raw.origin, raw.id, raw.url)
        batch.append((replace(doc, events=doc.events[:take]), arrival))
        count += take
        if count == n_events:
            batches.append(batch)
            batch, count = [], 0
            if len(batches) == rounds:
                return batches
    raise SystemExit(f"the documents give only {len(batches)} batches of {n_events} events")


def commit_rounds(sizes: list[int], batches: list, work: Path) -> dict[int, list[float]]:
    """Seconds per commit of each batch into a store holding each of ``sizes`` events."""
    from entente.store.writer import Writer

    out = {}
    for size in sizes:
        db = work / f"commits-{size}.duckdb"
        db.unlink(missing_ok=True)
        built = build(str(db), size)
        add_minhash(str(db))
        times = []
        for batch in batches:
            writer = Writer(str(db))
            for doc, arrival in batch:
                writer.add(doc, arrival)
            t = time.perf_counter()
            result = writer.commit()
            times.append(time.perf_counter() - t)
            assert result.events == sum(len(d.events) for d, _ in batch), result
        out[size] = times
        print(f"{size:,} events (built in {built:.0f} s): commits "
              + ", ".join(f"{x:.3f}" for x in times) + " s", file=sys.stderr)
        db.unlink()
    return out


def commits_report(args, sizes, times, batches) -> str:
    from entente.store import schema

    docs = sorted(len(b) for b in batches)
    lines = [
        COMMITS,
        "",
        "## Time per commit as the store grows",
        "",
        f"Measured on {date.today()} with `.venv/bin/python bench/store.py --commits "
        f"{args.commits} --batch-events {args.batch_events} --rounds {args.rounds}"
        f"{f' --block-size {args.block_size}' if args.block_size else ''}` "
        f"({platform.machine()}, Python {platform.python_version()}, DuckDB "
        f"{__import__('duckdb').__version__}). Each commit writes a batch of "
        f"{args.batch_events} event reports ({docs[0]}-{docs[-1]} documents made as for the "
        f"ingest rounds below, extracted beforehand) into a synthetic store "
        f"(built as for the analytics below, with 16 MinHash keys per document, in a file of "
        f"{schema.BLOCK_SIZE:,}-byte blocks), through `Writer.commit`: "
        f"opening the file, the skip check, near-duplicate candidates and their verification, "
        f"the writes and clustering the batch's reports against the stored ones. "
        f"{args.rounds} batches per store, each new to it. Load average (1 min) at the "
        f"end: {os.getloadavg()[0]:.1f}.",
        "",
        "| events in the store | each commit (s) | median (s) |",
        "|---:|---|---:|",
    ]
    for size in sizes:
        t = times[size]
        lines.append(f"| {size:,} | {', '.join(f'{x:.3f}' for x in t)} | "
                     f"{statistics.median(t):.3f} |")
    lines += ["", COMMITS_END]
    return "\n".join(lines)


def write_commits(path: Path, text: str) -> None:
    """Replace the commit section, or put it before the analytics section when new."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if COMMITS in old and COMMITS_END in old:
        head, rest = old.split(COMMITS, 1)
        new = head + text + rest.split(COMMITS_END, 1)[1]
    elif MARK in old:
        head, rest = old.split(MARK, 1)
        new = head + text + "\n\n" + MARK + rest
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")


def timed(fn, repeat: int) -> tuple[float, float]:
    """(first call, median of the next ``repeat``) in milliseconds."""
    t = time.perf_counter()
    fn()
    first = (time.perf_counter() - t) * 1000
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return first, statistics.median(runs)


def synthetic_documents(n: int, path: Path) -> int:
    """n new documents as JSONL: article i, then the body paragraphs of article j."""
    files = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    bodies = [[p for p in t.split("\n\n") if len(p.split()) > 25] for t in texts]
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            # every (i, j) pair differs, and j != i, for n < len(texts) ** 2
            i, j = k % len(texts), (k + 1 + k // len(texts)) % len(texts)
            text = texts[i] + "\n\n" + "\n\n".join(bodies[j])
            words += len(text.split())
            fh.write(json.dumps({"id": f"bench-{k}", "text": text}) + "\n")
    return words


def ingest_rounds(n_docs: int, rounds: int, work: Path) -> dict:
    from entente.ingest import iter_inputs
    from entente.pipeline import Pipeline
    from entente.ingest.runner import Ingester

    source = work / "docs.jsonl"
    words = synthetic_documents(n_docs, source)
    pipe = Pipeline()
    for _ in pipe.extract_many(list(iter_inputs([str(source)]))[:10]):   # warm up spaCy
        pass
    bare, store = [], []
    for r in range(rounds):
        t = time.perf_counter()
        for _ in pipe.extract_many(iter_inputs([str(source)])):
            pass
        bare.append(time.perf_counter() - t)
        db = work / f"ingest-{r}.duckdb"
        db.unlink(missing_ok=True)
        t = time.perf_counter()
        report = Ingester(str(db), pipeline=pipe).run([str(source)])
        store.append(time.perf_counter() - t)
        assert report.stored + report.duplicates == n_docs, report
    return {"docs": n_docs, "words": words, "bare": min(bare), "store": min(store),
            "stored": report.stored, "duplicates": report.duplicates, "events": report.events}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--docs", type=int, default=150, help="documents for the ingest rounds")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=5, help="timed calls of each query")
    ap.add_argument("--work", default=None, help="folder for the stores (default: a temp dir)")
    ap.add_argument("--out", default=None, help="Markdown file to write the figures into")
    ap.add_argument("--commits", default=None,
                    help="comma-separated store sizes (events) to time commits into, e.g. "
                         "0,1000000,10000000; only this part is run")
    ap.add_argument("--batch-events", type=int, default=150)
    ap.add_argument("--block-size", type=int, default=None,
                    help="make the --commits stores with DuckDB blocks of this many bytes")
    args = ap.parse_args()

    if args.commits:
        if args.block_size:
            from entente.store import schema
            schema.BLOCK_SIZE = args.block_size
        sizes = [int(x) for x in args.commits.split(",")]
        work = Path(args.work or tempfile.mkdtemp(prefix="entente-bench-"))
        work.mkdir(parents=True, exist_ok=True)
        batches = commit_batches(args.batch_events, args.rounds)
        text = commits_report(args, sizes, commit_rounds(sizes, batches, work), batches)
        print(text)
        if args.out:
            write_commits(Path(args.out), text)
        return

    from entente import analytics

    work = Path(args.work or tempfile.mkdtemp(prefix="entente-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db = str(work / "synthetic.duckdb")
    Path(db).unlink(missing_ok=True)
    build_s = build(db, args.events)
    size = Path(db).stat().st_size / 1e9
    s = analytics.stats(db)
    print(f"built {s['reports']:,} events in {s['events']:,} clusters, {s['documents']:,} "
          f"documents: {build_s:.0f} s, {size:.2f} GB", file=sys.stderr)
    queries = {
        "`ties JPN --region Europe --since 2024-01-01`":
            lambda: analytics.ties(db, "JPN", region="Europe", since="2024-01-01"),
        "`ties JPN` (all partners, default window)": lambda: analytics.ties(db, "JPN"),
        "`timeline ITA JPN`": lambda: analytics.timeline(db, "ITA", "JPN"),
        "`timeline USA CHN --since 2020-01-01`":
            lambda: analytics.timeline(db, "USA", "CHN", since="2020-01-01"),
        "`events --dyad ITA-JPN` (newest 50, with sources)":
            lambda: analytics.events(db, dyad="ITA-JPN", limit=50),
    }
    times = {}
    for name, fn in queries.items():
        times[name] = timed(fn, args.repeat)
        print(f"{name}: first {times[name][0]:.0f} ms, median {times[name][1]:.0f} ms",
              file=sys.stderr)
    ing = ingest_rounds(args.docs, args.rounds, work)
    overhead = ing["store"] / ing["bare"] - 1
    print(f"ingest: bare {ing['docs'] / ing['bare']:.1f} docs/s, store "
          f"{ing['docs'] / ing['store']:.1f} docs/s ({overhead:+.1%})", file=sys.stderr)
    text = report(args, s, build_s, size, times, ing, overhead)
    print(text)
    if args.out:
        path = Path(args.out)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        head = old.split(MARK)[0].rstrip("\n")
        path.write_text(head + "\n\n" + MARK + "\n\n" + text, encoding="utf-8")


def report(args, s, build_s, size, times, ing, overhead) -> str:
    lines = [
        "## The store",
        "",
        f"Measured on {date.today()} with `.venv/bin/python bench/store.py --events "
        f"{args.events} --docs {args.docs} --rounds {args.rounds}` on this project's machine "
        f"({platform.machine()}, Python {platform.python_version()}, DuckDB "
        f"{__import__('duckdb').__version__}).",
        "",
        f"**Analytics at scale.** A synthetic store of {s['reports']:,} events "
        f"({s['events']:,} clusters, {s['documents']:,} documents, {size:.1f} GB on disk), "
        f"generated in DuckDB in {build_s:.0f} s. Each call opens the file read-only, queries "
        f"and closes it, as the CLI does; first call, then the median of {args.repeat}:",
        "",
        "| query | first call (ms) | median (ms) |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {a:.0f} | {b:.0f} |" for name, (a, b) in times.items()]
    lines += [
        "",
        f"**Ingest against the bare pipeline.** {ing['docs']} documents ({ing['words']:,} "
        f"words; each an example-corpus article followed by the body of another, so no two "
        f"are the same and the near-duplicate check has candidates to verify), in one run, "
        f"alternating, best of {args.rounds}. The store side is `Ingester.run` into a new file "
        f"with the same loaded pipeline: hashing, the skip check, MinHash, near-duplicate "
        f"verification, the writes, and clustering {ing['events']:,} event reports "
        f"({ing['stored']} documents stored, {ing['duplicates']} recognised as "
        f"near-duplicates).",
        "",
        "| | seconds | documents/s |",
        "|---|---:|---:|",
        f"| bare pipeline (`Pipeline.extract_many`) | {ing['bare']:.2f} | "
        f"{ing['docs'] / ing['bare']:.1f} |",
        f"| `entente ingest` (pipeline + store) | {ing['store']:.2f} | "
        f"{ing['docs'] / ing['store']:.1f} |",
        "",
        f"The store costs **{overhead:+.1%}** of the pipeline's time (target: within 10%).",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
