"""Documents per second of the Dask backfill with 1 and 2 local workers against the
single-process ingest, on the same documents, in one run.

    .venv/bin/python bench/backfill.py [--out docs/performance.md]

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    from entente.backfill import backfill
    from entente.pipeline import Pipeline
    from entente.ingest.runner import Ingester

    paths = [str(ROOT / "examples" / p) for p in ("corpus", "voa/dev", "voa/test")]
    work = Path(tempfile.mkdtemp(prefix="entente-dask-"))
    pipe = Pipeline()
    load = [os.getloadavg()[0]]
    rows = []
    t = time.perf_counter()
    r = Ingester(str(work / "one.duckdb"), pipeline=pipe).run(paths)
    rows.append(("single-process ingest (model loaded)", time.perf_counter() - t, r.stored))
    for n in (1, 2):
        t = time.perf_counter()
        b = backfill(paths, str(work / f"dask-{n}"), cluster=f"local:{n}")
        rows.append((f"Dask backfill, local:{n}", time.perf_counter() - t, b.stored))
    load.append(os.getloadavg()[0])
    one = rows[0][1]
    lines = [BEGIN, "", "## The Dask backfill", "",
             f"Measured on {date.today()} with `.venv/bin/python bench/backfill.py` "
             f"({os.cpu_count()} cores, {platform.machine()}, Python "
             f"{platform.python_version()}; load average {load[0]:.1f} before, {load[1]:.1f} "
             f"after): the example corpus and the VOA stories, once each way. The backfill's "
             f"time includes starting the cluster and loading the model in each worker.", "",
             "| | seconds | documents stored | documents/s | against one process |",
             "|---|---:|---:|---:|---:|"]
    for name, took, stored in rows:
        lines.append(f"| {name} | {took:.1f} | {stored} | {stored / took:.1f} | "
                     f"{one / took:.2f}x |")
    lines += ["", END]
    text = "\n".join(lines)
    print(text)
    if args.out:
        write_section(args.out, text, BEGIN, END)


if __name__ == "__main__":
    main()
