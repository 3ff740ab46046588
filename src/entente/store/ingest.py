"""Ingest: inputs -> pipeline (in this process or in N worker processes) -> the one writer.

Inputs whose content hash the store already holds are skipped before any work, so running the
same command twice changes nothing, and running it again after a kill or Ctrl-C picks up where
the last committed batch ended. Workers only extract; every write goes through this process's
:class:`~entente.store.writer.Writer`, in input order, so a run with workers stores exactly what
a run without them stores.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import ExtractionError, InputError
from ..ingest import iter_inputs
from ..ingest.reader import JSONL_SUFFIXES, READABLE
from ..records import Document, RawDocument
from .dedup import content_hash
from .writer import Arrival, Writer

CHUNK = 16          # documents handed to a worker at a time (the pipeline's own batch size)
Item = Document | InputError


@dataclass
class IngestReport:
    """What a run did. ``done`` counts every input handled, whatever became of it."""

    total: int | None = None
    done: int = 0
    stored: int = 0
    skipped: int = 0         # already in the store, or named twice in this run
    duplicates: int = 0      # near-duplicates of a stored text
    failed: int = 0
    events: int = 0
    failures: list[InputError] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)   # stored without a publication date


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many documents ``paths`` hold (JSONL files by their lines); None with stdin."""
    n = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = [f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in READABLE] \
            if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES and f.is_file():
                with f.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            else:
                n += 1
    return n


def _extract_chunk(pipe, items: list[RawDocument | InputError], keep_all: bool = False
                   ) -> list[Item]:
    """Extract a chunk; if the pipeline breaks on one document, go one by one and record it."""
    try:
        return list(pipe.extract_many(items, keep_all=keep_all))
    except Exception:
        out: list[Item] = []
        for item in items:
            if isinstance(item, InputError):
                out.append(item)
                continue
            try:
                out.append(pipe.extract(item, keep_all=keep_all))
            except InputError as exc:
                out.append(exc)
            except Exception as exc:  # a bug: keep going, and store what it was
                out.append(ExtractionError(item.origin, f"entente failed on this document "
                                                        f"({type(exc).__name__}: {exc}); please "
                                                        f"report it with the document"))
        return out


_worker_pipe = None


def _worker_init() -> None:
    global _worker_pipe
    from ..pipeline import Pipeline
    _worker_pipe = Pipeline()


def _worker(chunk: tuple[list[Arrival], list, bool]) -> tuple[list[Arrival], list[Item]]:
    arrivals, items, keep_all = chunk
    return arrivals, _extract_chunk(_worker_pipe, items, keep_all)


class Ingester:
    """Runs inputs into the store at ``db``; ``report`` holds the counts, also after Ctrl-C.

    ``pipeline`` is a loaded :class:`~entente.pipeline.Pipeline` to use in this process (one is
    loaded when needed); with ``workers`` > 1 each worker process loads its own. A batch of
    ``batch_size`` documents is committed at a time. ``published`` is the date of documents
    that give none (and the anchor of a wire dateline without a year); ``keep_all`` keeps
    every line as article text, as ``extract --raw`` does.
    """

    def __init__(self, db: str, workers: int = 1, batch_size: int = 32, pipeline=None,
                 published: str | None = None, keep_all: bool = False):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.db = db
        self.workers = workers
        self.batch_size = batch_size
        self.pipeline = pipeline
        self.published = published
        self.keep_all = keep_all
        self.writer = Writer(db)
        self.report = IngestReport()

    def run(self, paths: Iterable[str],
            progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Ingest every document ``paths`` name. On Ctrl-C the documents already extracted
        are committed before KeyboardInterrupt propagates."""
        paths = list(paths)
        return self.run_inputs(iter_inputs(paths), count_inputs(paths), progress)

    def run_inputs(self, inputs: Iterable[RawDocument | InputError], total: int | None = None,
                   progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Ingest documents already read (the web app's Extract page), as ``run`` does."""
        report = self.report
        report.total = total
        known = self.writer.known_ids()
        chunks = self._chunks(iter(inputs), known, progress)
        try:
            for arrivals, outputs in self._extract(chunks):
                for arrival, item in zip(arrivals, outputs):
                    self.writer.add(item, arrival)
                    if isinstance(item, InputError):
                        report.failures.append(item)
                    elif not item.metadata.published:
                        report.undated.append(arrival.origin)
                    report.done += 1
                    if len(self.writer) >= self.batch_size:
                        self._commit()
                    if progress:
                        progress(report)
        finally:
            self._commit()
        if progress:
            progress(report)
        return report

    def _commit(self) -> None:
        result = self.writer.commit()
        self.report.stored += result.stored
        self.report.duplicates += result.duplicates
        self.report.failed += result.failed
        self.report.events += result.events

    def _chunks(self, inputs: Iterator[RawDocument | InputError], known: set[str],
                progress) -> Iterator[tuple[list[Arrival], list]]:
        """Chunks of new inputs with their arrivals; what the store holds is counted, not read
        again."""
        arrivals: list[Arrival] = []
        items: list = []
        for item in inputs:
            if isinstance(item, InputError):
                arrivals.append(Arrival(None, item.origin))
            else:
                if self.published and not item.published:
                    item = replace(item, published=self.published)
                h = content_hash(item)
                if h in known:
                    self.report.skipped += 1
                    self.report.done += 1
                    if progress:
                        progress(self.report)
                    continue
                known.add(h)
                arrivals.append(Arrival(h, item.origin, item.id, item.url))
            items.append(item)
            if len(items) >= CHUNK:
                yield arrivals, items, self.keep_all
                arrivals, items = [], []
        if items:
            yield arrivals, items, self.keep_all

    def _extract(self, chunks) -> Iterator[tuple[list[Arrival], list[Item]]]:
        if self.workers == 1:
            if self.pipeline is None:
                from ..pipeline import Pipeline
                self.pipeline = Pipeline()
            for arrivals, items, keep_all in chunks:
                yield arrivals, _extract_chunk(self.pipeline, items, keep_all)
            return
        # spawn, not fork: the parent may hold threads (a progress bar) and an open file
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(self.workers, initializer=_worker_init) as pool:
            inflight: deque = deque()
            for chunk in chunks:
                inflight.append(pool.apply_async(_worker, (chunk,)))
                if len(inflight) >= 2 * self.workers:   # bounded: inputs are read as needed
                    yield inflight.popleft().get()
            while inflight:
                yield inflight.popleft().get()
