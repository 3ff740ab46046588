"""Documents per second of the Dask backfill with 1 and 2 local workers against the
single-process ingest, on the same documents, in one run.

    .venv/bin/python bench/backfill.py [--copies 1] [--out docs/performance.md]

The documents are the example corpus and the VOA stories (dev and test). The single process
is `Ingester.run` into a new store with the model already loaded; the backfill is
`entente.backfill.backfill(..., cluster="local:N")` into a new folder, timed from the call
(starting the cluster and loading the model in each worker is part of its time).
"""
from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from datetime import date
from pathlib import Path

from _section import write_section

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- bench/backfill.py: from here to its end mark -->"
END = "<!-- bench/backfill.py: end -->"


def copies(paths: list[str], n: int, out: Path) -> str:
    """The documents of ``paths`` ``n`` times over, as one JSONL file; each copy after the
    first ends with a line of its own (so it is read, extracted, and found a near-duplicate)."""
    import json

    from entente.errors import InputError
    from entente.ingest import iter_inputs

    docs = [d for d in iter_inputs(paths) if not isinstance(d, InputError)]
    with out.open("w", encoding="utf-8") as fh:
        for k in range(n):
            for d in docs:
                body = "html" if d.text is None else "text"
                value = (d.html if d.text is None else d.text) + (f"\n\nEdition {k}." if k else "")
                fh.write(json.dumps({"id": f"{d.id}-{k}", body: value,
                                     "published": d.published}) + "\n")
    return str(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--copies", type=int, default=1,
                    help="read the documents this many times (copies after the first are "
                         "near-duplicates: extracted, then not stored)")
    args = ap.parse_args()

    from entente.backfill import backfill
    from entente.store.dataset import finish
    from entente.pipeline import Pipeline
    from entente.ingest.runner import Ingester

    paths = [str(ROOT / "examples" / p) for p in ("corpus", "voa/dev", "voa/test")]
    work = Path(tempfile.mkdtemp(prefix="entente-dask-"))
    if args.copies > 1:
        paths = [copies(paths, args.copies, work / "inputs.jsonl")]
    pipe = Pipeline()
    load = [os.getloadavg()[0]]
    rows = []
    t = time.perf_counter()
    r = Ingester(str(work / "one.duckdb"), pipeline=pipe).run(paths)
    rows.append(("single-process ingest (model loaded)", time.perf_counter() - t, r.done))
    peaks, passes, busy = [], [], []
    for n in (1, 2):
        t = time.perf_counter()
        b = backfill(paths, str(work / f"dask-{n}"), cluster=f"local:{n}")
        rows.append((f"Dask backfill, local:{n}", time.perf_counter() - t, b.documents))
        peaks.append(b.worker_peak_mb)
        busy.append((b.documents, b.extract_seconds))
        t = time.perf_counter()
        done = finish(str(work / f"dask-{n}"))       # the pass alone, timed again
        passes.append((time.perf_counter() - t, done.documents + done.duplicates,
                       done.reports))
    load.append(os.getloadavg()[0])
    one = rows[0][1]
    lines = [BEGIN, "", "## The Dask backfill", "",
             f"Measured on {date.today()} with `.venv/bin/python bench/backfill.py` "
             f"({os.cpu_count()} cores, {platform.machine()}, Python "
             f"{platform.python_version()}; load average {load[0]:.1f} before, {load[1]:.1f} "
             f"after): the example corpus and the VOA stories, {args.copies} time(s) over "
             f"(`--copies {args.copies}`; copies after the first are extracted and found "
             f"near-duplicates), once each way. The backfill's "
             f"time includes starting the cluster and loading the model in each worker.", "",
             "| | seconds | documents read | documents/s | against one process |",
             "|---|---:|---:|---:|---:|"]
    for name, took, stored in rows:
        lines.append(f"| {name} | {took:.1f} | {stored} | {stored / took:.1f} | "
                     f"{one / took:.2f}x |")
    lines += ["", f"Peak resident memory of a worker process (model loaded, partitions of 16 "
                  f"documents): {max(peaks):.0f} MB. The pass over the whole dataset "
                  f"(near-duplicates and clusters, DuckDB over the Parquet files) took "
                  f"{passes[-1][0]:.2f} s for {passes[-1][1]} documents and {passes[-1][2]} "
                  f"event reports. Inside the workers, the pipeline ran "
                  f"{busy[-1][0] / busy[-1][1]:.1f} documents per second of a worker's time "
                  f"(local:2; {busy[0][0] / busy[0][1]:.1f} with local:1): the throughput of "
                  f"one core, without starting the cluster and loading the model.", "", END]
    text = "\n".join(lines)
    print(text)
    if args.out:
        write_section(args.out, text, BEGIN, END)


if __name__ == "__main__":
    main()
