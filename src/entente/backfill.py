"""A backfill on Dask: inputs -> partitions -> the pipeline on each worker -> Parquet.

``backfill(paths, out, cluster="local:2")`` reads the inputs, numbers them in input order,
cuts them into partitions of ``chunk`` documents and maps the per-document pipeline over them on
a Dask cluster (a ``LocalCluster`` of N processes for ``local:N``, or the scheduler at
``tcp://HOST:PORT``). Each worker loads the pipeline once (a worker plugin). A partition's
documents go through the store's own writer into a scratch store, so the rows are those
`entente ingest` writes, and its tables are written as Parquet under
``out/TABLE/month=YYYY-MM/part-DIGEST.parquet`` (the publication month; ``month=undated``
without one). DIGEST is a hash of the partition's inputs, so a task that is retried overwrites
its files rather than adding to them.

Near-duplicates and event clusters cannot be decided inside a partition (the original of a
copy may be in another one), so a partition keeps every document, with its input number, its
shingles and MinHash keys; once all are written, one set-based pass over the whole folder
(store/dataset.py) decides them as the single-process store does. Inputs the folder holds
already are skipped, so running the same command again adds nothing and finishes the pass.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from .errors import InputError
from .ingest import iter_inputs
from .records import RawDocument
from .store.writer import Arrival, Writer

_pipe = None            # the worker's loaded Pipeline (set by the plugin, one per process)


@dataclass
class BackfillReport:
    partitions: int = 0
    documents: int = 0
    stored: int = 0
    skipped: int = 0        # already in the dataset, or named twice
    duplicates: int = 0     # near-duplicates of an earlier document, over the whole dataset
    failed: int = 0
    events: int = 0         # event reports of the documents stored
    clusters: int = 0       # events (clusters of reports) in the whole dataset
    dataset: object = None  # the dataset after the pass (store.dataset.PassReport)
    files: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)    # "input: reason" of each failure
    worker_peak_mb: float = 0.0     # the largest peak resident memory of a worker process
    extract_seconds: float = 0.0    # time the workers spent in the pipeline, summed


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


class _PartitionWriter(Writer):
    """The store's writer for one partition: every document is stored (none is taken for a
    near-duplicate of another in the same partition) and nothing is clustered, because copies
    and clusters are decided over the whole dataset afterwards (store/dataset.py)."""

    def _split_duplicates(self, con):
        return self._docs, []

    def _cluster(self, con, new) -> None:
        pass


def _peak_mb() -> float:
    """This process's peak resident memory so far, in MB (0 where the OS does not say)."""
    try:
        import resource
    except ImportError:          # not on Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if os.uname().sysname == "Darwin" else peak / 1e3   # bytes or KB


def extract_partition(items: list, out: str, keep_all: bool = False, first: int = 0) -> dict:
    """Extract one partition on this worker and write its Parquet files; return the counts.

    ``first`` is the input sequence number of the partition's first item (the dataset's pass
    decides copies in that order)."""
    import duckdb

    from .ingest.runner import _extract_chunk
    name = partition_name(items)
    began = time.perf_counter()
    outputs = _extract_chunk(_pipe, items, keep_all)
    seconds = time.perf_counter() - began
    work = Path(tempfile.mkdtemp(prefix="entente-part-"))
    try:
        db = str(work / "part.duckdb")
        writer = _PartitionWriter(db)
        writer.known_ids()                   # creates the scratch store
        inputs, failed = [], {}
        for seq, (raw, item) in enumerate(zip(items, outputs), first):
            h = None if isinstance(raw, InputError) else _content_hash(raw)
            arrival = Arrival(h, raw.origin, getattr(raw, "id", None), getattr(raw, "url", None))
            writer.add(item, arrival)
            if isinstance(item, InputError):
                failed[item.origin] = seq           # the writer keeps an input's last failure
            else:
                inputs.append((seq, h, raw.origin, arrival.name, arrival.url,
                               item.metadata.title))
        result = writer.commit()
        if result.duplicates:               # the partition writer must store every document
            raise RuntimeError("the partition's writer took documents for copies; the "
                               "dataset's pass would miss them")
        files = []
        con = duckdb.connect(db)
        try:
            con.execute("CREATE TEMP TABLE inputs (seq BIGINT, id VARCHAR, origin VARCHAR, "
                        "name VARCHAR, url VARCHAR, title VARCHAR)")
            if inputs:
                con.executemany("INSERT INTO inputs VALUES (?, ?, ?, ?, ?, ?)", inputs)
            con.execute("CREATE TEMP TABLE failed (origin VARCHAR, seq BIGINT)")
            if failed:
                con.executemany("INSERT INTO failed VALUES (?, ?)", list(failed.items()))
            month = "coalesce(strftime(d.published, '%Y-%m'), 'undated')"
            queries = {
                "documents": f"SELECT d.*, {month} AS month FROM documents d",
                "events": f"SELECT e.* EXCLUDE (cluster), {month} AS month FROM events e "
                          f"JOIN documents d ON d.id = e.document",
                "quotes": f"SELECT q.*, {month} AS month FROM quotes q "
                          f"JOIN documents d ON d.id = q.document",
                "inputs": f"SELECT i.*, {month} AS month FROM inputs i "
                          f"JOIN documents d ON d.id = i.id",
                "shingles": f"SELECT s.*, {month} AS month FROM shingles s "
                            f"JOIN documents d ON d.id = s.document",
                "minhash": f"SELECT m.*, {month} AS month FROM minhash m "
                           f"JOIN documents d ON d.id = m.document",
                "failures": "SELECT f.*, x.seq, 'undated' AS month FROM failures f "
                            "JOIN failed x ON x.origin = f.origin",
            }
            for table, sql in queries.items():
                con.execute(f"CREATE TEMP TABLE out_{table} AS {sql}")
                for (m,) in con.execute(f"SELECT DISTINCT month FROM out_{table}").fetchall():
                    target = Path(out) / table / f"month={m}" / f"part-{name}.parquet"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    tmp = target.with_suffix(f".{os.getpid()}.tmp")
                    # the path is ours (out, table and a month from a date); values bound
                    con.execute(f"COPY (SELECT * EXCLUDE (month) FROM out_{table} "
                                f"WHERE month = ? ORDER BY ALL) TO '{str(tmp).replace(chr(39), chr(39) * 2)}' "
                                f"(FORMAT parquet)",
                                [m])
                    os.replace(tmp, target)      # whole or absent, also when retried
                    files.append(str(target))
        finally:
            con.close()
        return {"documents": len(items), "stored": result.stored, "failed": result.failed,
                "events": result.events, "files": files,
                "failures": [str(x) for x in outputs if isinstance(x, InputError)],
                "peak_mb": _peak_mb(), "seconds": seconds}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _lost(items: list, root: Path, first: int, exc: Exception) -> dict:
    """Record every input of a partition that could not be run as a failure (in the dataset,
    like any other), after removing what an attempt at it left; the next run tries them."""
    import duckdb

    from .errors import ExtractionError

    name = partition_name(items)
    for stale in root.glob(f"*/month=*/part-{name}.parquet"):
        stale.unlink()
    why = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")
    failures = {}
    for seq, x in enumerate(items, first):
        failures[x.origin] = (ExtractionError(
            x.origin, f"the Dask worker running this input's partition died or failed on it "
                      f"({why[:200]}); run the same command again to retry it (give the "
                      f"workers more memory if they were killed)"), seq)
    target = root / "failures" / "month=undated" / f"part-{name}.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    with duckdb.connect() as con:
        con.execute("CREATE TABLE f AS SELECT unnest(?) AS origin, unnest(?) AS reason, "
                    "unnest(?) AS message, unnest(?)::BIGINT AS seq",
                    [list(failures), [e.reason for e, _ in failures.values()],
                     [e.message for e, _ in failures.values()],
                     [s for _, s in failures.values()]])
        con.execute(f"COPY (SELECT * FROM f ORDER BY ALL) TO "
                    f"'{str(tmp).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)")
    os.replace(tmp, target)
    return {"documents": len(items), "stored": 0, "failed": len(failures), "events": 0,
            "files": [str(target)], "failures": [str(e) for e, _ in failures.values()],
            "peak_mb": 0.0, "seconds": 0.0}


def _chain(first, rest):
    yield first
    yield from rest


def _gather(future, held: dict, root: Path, report: BackfillReport) -> None:
    """Add a finished partition's counts to ``report``; record a lost one as failures."""
    seq, items = held.pop(future.key)
    try:
        got = future.result()
    except Exception as exc:       # the worker died on it each time, or a bug
        got = _lost(items, root, seq, exc)
    report.documents += got["documents"]
    report.failed += got["failed"]
    report.files += got["files"]
    report.failures += got["failures"]
    report.worker_peak_mb = max(report.worker_peak_mb, got["peak_mb"])
    report.extract_seconds += got["seconds"]
    future.release()


def _known(out: Path) -> tuple[set[str], int]:
    """The documents the dataset at ``out`` holds already, and the next input sequence number."""
    import duckdb

    from .store.dataset import _glob

    known, seq = set(), 0
    con = duckdb.connect()
    try:
        docs = _glob(out, "inputs")
        if docs:
            known = {r[0] for r in con.execute(
                "SELECT id FROM read_parquet(?, hive_partitioning = true)", [docs]).fetchall()}
        for table in ("inputs", "failures"):
            glob = _glob(out, table)
            if glob:
                top = con.execute("SELECT max(seq) FROM read_parquet(?, hive_partitioning = "
                                  "true)", [glob]).fetchone()[0]
                seq = max(seq, (top or 0) + 1)
    finally:
        con.close()
    return known, seq


def backfill(paths: Iterable[str], out: str, cluster: str = "local", chunk: int = 16,
             published: str | None = None, keep_all: bool = False) -> BackfillReport:
    """Run ``paths`` through the pipeline on the Dask cluster ``cluster`` into Parquet under
    ``out``, then decide copies and clusters over the whole dataset (see this module's
    docstring). Inputs the dataset holds already are skipped, as `entente ingest` skips what a
    store holds. Raises ValueError for a bad ``cluster``, StoreError when another backfill
    writes to ``out``."""
    from filelock import FileLock, Timeout

    from .errors import StoreError
    from .store.dataset import finish

    root = Path(out).resolve()
    root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(root / ".entente.lock"), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise StoreError(f"{out}: another `entente ingest --dask` is writing this dataset; wait "
                         f"for it to finish, or give another --out folder") from None
    try:
        return _backfill(paths, root, cluster, chunk, published, keep_all, finish)
    finally:
        lock.release()


def _partitions(paths, known: set[str], first: int, chunk: int, published: str | None,
                report: BackfillReport):
    """(number of the first input, inputs) of each partition, read as they are needed; inputs
    the dataset holds, or named twice, are counted as skipped."""
    part, seq, seen = [], first, set()
    for x in iter_inputs(list(paths)):
        if not isinstance(x, InputError):
            if published and not x.published:
                x = replace(x, published=published)
            h = _content_hash(x)
            if h in seen or h in known:    # the same input twice is stored once
                report.skipped += 1
                continue
            seen.add(h)
        part.append(x)
        if len(part) == chunk:
            yield seq, part
            seq, part = seq + len(part), []
    if part:
        yield seq, part


def _backfill(paths, root: Path, cluster: str, chunk: int, published: str | None,
              keep_all: bool, finish) -> BackfillReport:
    known, first = _known(root)
    report = BackfillReport()
    parts = _partitions(paths, known, first, chunk, published, report)
    start = next(parts, None)
    if start is not None:
        from distributed import as_completed

        client = _client(cluster)
        try:
            client.register_plugin(_plugin())
            # a bounded number of partitions in flight: the inputs are read as they are needed
            window = max(8, 4 * len(client.scheduler_info().get("workers", {})))
            running = as_completed()
            held: dict = {}
            for seq, p in _chain(start, parts):
                future = client.submit(extract_partition, p, str(root), keep_all, seq,
                                       key=f"entente-{partition_name(p)}-{seq}", retries=2)
                held[future.key] = (seq, p)
                running.add(future)
                report.partitions += 1
                if running.count() >= window:
                    _gather(next(running), held, root, report)
            for future in running:
                _gather(future, held, root, report)
        finally:
            cluster_obj = getattr(client, "cluster", None)
            client.close()
            if cluster_obj is not None:
                cluster_obj.close()
    for stale in root.rglob("part-*.tmp"):    # left by a worker killed mid-write
        stale.unlink(missing_ok=True)
    done = finish(str(root), since=first)
    report.stored, report.duplicates = done.new_documents, done.new_duplicates
    report.events, report.clusters = done.new_reports, done.clusters
    report.dataset = done
    return report
