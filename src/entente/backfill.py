"""A backfill on Dask: inputs -> partitions -> the pipeline on each worker -> Parquet.

``backfill(paths, out, cluster="local:2")`` reads the inputs, cuts them into partitions of
``chunk`` documents and maps the per-document pipeline over them on a Dask cluster (a
``LocalCluster`` of N processes for ``local:N``, or the scheduler at ``tcp://HOST:PORT``).
Each worker loads the pipeline once (a worker plugin). A partition's documents go through the
store's own writer into a scratch store, so the rows are those `entente ingest` writes, and its
tables are written as Parquet under ``out/TABLE/month=YYYY-MM/part-DIGEST.parquet`` (the
publication month; ``month=undated`` without one). DIGEST is a hash of the partition's inputs,
so a task that is retried overwrites its files rather than adding to them.

Not done yet (issue 12): near-duplicates and clusters are found within a partition only; the
set-based pass over the whole dataset, ``--db DIR`` for the analytics and ``entente merge``.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from .errors import InputError
from .ingest import iter_inputs
from .records import RawDocument

TABLES = ("documents", "events", "quotes", "failures")
_pipe = None            # the worker's loaded Pipeline (set by the plugin, one per process)


@dataclass
class BackfillReport:
    partitions: int = 0
    documents: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    files: list[str] = field(default_factory=list)


def _client(spec: str):
    """A Dask client for ``local``, ``local:N`` or ``tcp://HOST:PORT``."""
    from distributed import Client, LocalCluster

    if spec == "local" or spec.startswith("local:"):
        n = spec.partition(":")[2]
        if n and not n.isdigit() or n == "0":
            raise ValueError(f"--dask {spec}: give local, local:N (N workers) or "
                             f"tcp://HOST:PORT")
        cluster = LocalCluster(n_workers=int(n) if n else os.cpu_count() or 1,
                               threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    if spec.startswith("tcp://"):
        return Client(spec)
    raise ValueError(f"--dask {spec}: give local, local:N (N workers) or tcp://HOST:PORT")


def _plugin():
    from distributed import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Loads entente's pipeline once in each worker process."""

        name = "entente-pipeline"

        def setup(self, worker) -> None:
            # the plugin travels by value; the module's global is set through its import
            import entente.backfill as here
            from entente.pipeline import Pipeline
            here._pipe = Pipeline()

    return LoadPipeline()


def partition_name(items: list) -> str:
    """The same inputs give the same name, so a retried task overwrites its own files."""
    h = hashlib.sha1()
    for x in items:
        h.update((x.origin if isinstance(x, InputError) else x.origin + "|" +
                  _content_hash(x)).encode() + b"\n")
    return h.hexdigest()[:16]


def _content_hash(raw: RawDocument) -> str:
    from .store.dedup import content_hash
    return content_hash(raw)


def extract_partition(items: list, out: str, keep_all: bool = False) -> dict:
    """Extract one partition on this worker and write its Parquet files; return the counts."""
    import duckdb

    from .store.writer import Arrival, Writer

    name = partition_name(items)
    outputs = list(_pipe.extract_many(items, keep_all=keep_all))
    work = Path(tempfile.mkdtemp(prefix="entente-part-"))
    try:
        db = str(work / "part.duckdb")
        writer = Writer(db)
        writer.known_ids()                   # creates the scratch store
        for raw, item in zip(items, outputs):
            arrival = Arrival(None if isinstance(raw, InputError) else _content_hash(raw),
                              raw.origin, getattr(raw, "id", None), getattr(raw, "url", None))
            writer.add(item, arrival)
        result = writer.commit()
        files = []
        con = duckdb.connect(db, read_only=True)
        try:
            month = ("coalesce(strftime(d.published, '%Y-%m'), 'undated')")
            queries = {
                "documents": f"SELECT d.*, {month} AS month FROM documents d",
                "events": f"SELECT e.*, {month} AS month FROM events e "
                          f"JOIN documents d ON d.id = e.document",
                "quotes": f"SELECT q.*, {month} AS month FROM quotes q "
                          f"JOIN documents d ON d.id = q.document",
                "failures": "SELECT f.*, 'undated' AS month FROM failures f",
            }
            for table, sql in queries.items():
                con.execute(f"CREATE TEMP TABLE out_{table} AS {sql}")
                for (m,) in con.execute(f"SELECT DISTINCT month FROM out_{table}").fetchall():
                    target = Path(out) / table / f"month={m}" / f"part-{name}.parquet"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    tmp = target.with_suffix(f".{os.getpid()}.tmp")
                    # the path is ours (out, table and a month from a date); values bound
                    con.execute(f"COPY (SELECT * EXCLUDE (month) FROM out_{table} "
                                f"WHERE month = ? ORDER BY ALL) TO '{tmp}' (FORMAT parquet)",
                                [m])
                    os.replace(tmp, target)      # whole or absent, also when retried
                    files.append(str(target))
        finally:
            con.close()
        return {"documents": len(items), "stored": result.stored,
                "duplicates": result.duplicates, "failed": result.failed,
                "events": result.events, "files": files}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def backfill(paths: Iterable[str], out: str, cluster: str = "local", chunk: int = 16,
             published: str | None = None, keep_all: bool = False) -> BackfillReport:
    """Run ``paths`` through the pipeline on the Dask cluster ``cluster`` into Parquet under
    ``out``; see this module's docstring. Raises ValueError for a bad ``cluster``."""
    items, seen = [], set()
    for x in iter_inputs(list(paths)):
        if not isinstance(x, InputError):
            if published and not x.published:
                x = replace(x, published=published)
            h = _content_hash(x)
            if h in seen:                  # the same input twice is stored once
                continue
            seen.add(h)
        items.append(x)
    parts = [items[i:i + chunk] for i in range(0, len(items), chunk)]
    report = BackfillReport(partitions=len(parts))
    Path(out).mkdir(parents=True, exist_ok=True)
    client = _client(cluster)
    try:
        client.register_plugin(_plugin())
        futures = [client.submit(extract_partition, p, str(Path(out).resolve()), keep_all,
                                 key=f"entente-{partition_name(p)}", retries=2)
                   for p in parts]
        for got in client.gather(futures):
            report.documents += got["documents"]
            report.stored += got["stored"]
            report.duplicates += got["duplicates"]
            report.failed += got["failed"]
            report.events += got["events"]
            report.files += got["files"]
        for stale in Path(out).rglob("part-*.tmp"):    # left by a worker killed mid-write
            stale.unlink(missing_ok=True)
    finally:
        cluster_obj = getattr(client, "cluster", None)
        client.close()
        if cluster_obj is not None:
            cluster_obj.close()
    return report
