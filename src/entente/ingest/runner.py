"""The runner: inputs -> pipeline (in this process or in N worker processes) -> the one writer.

Every job that moves documents into the store (``entente ingest``, the feed ``watch``) goes
through :class:`Ingester`; the store itself knows records and SQL, never the pipeline.

Inputs whose content hash the store already holds are skipped before any work, so running the
same command twice changes nothing, and running it again after a kill or Ctrl-C picks up where
the last committed batch ended. Workers only extract; every write goes through this process's
:class:`~entente.store.writer.Writer`, in input order, so a run with workers stores exactly what
a run without them stores.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from filelock import FileLock, Timeout

from ..errors import ExtractionError, InputError, NotModified, StoreError
from ..records import Document, RawDocument
from ..store import feeds
from ..store.dedup import content_hash
from ..store.schema import check_path
from ..store.writer import Arrival, Writer
from .archives import is_archive
from .fetch import is_url
from .reader import JSONL_SUFFIXES, iter_inputs, readable_in_folder

CHUNK = 16          # documents handed to a worker at a time (the pipeline's own batch size)
Item = Document | InputError
FeedItem = tuple[str, str, "str | None"]        # (feed, item, link)


@dataclass
class IngestReport:
    """What a run did. ``done`` counts every input handled, whatever became of it."""

    total: int | None = None
    done: int = 0
    stored: int = 0
    skipped: int = 0         # already in the store, named twice, or unchanged since fetched
    duplicates: int = 0      # near-duplicates of a stored text
    failed: int = 0
    events: int = 0
    failures: list[InputError] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)   # stored without a publication date


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many documents ``paths`` hold (JSONL files by their lines); None with stdin or an
    archive, whose count is known only once read."""
    n = 0
    for p in paths:
        if p == "-":
            return None
        if is_url(p):
            n += 1
            continue
        path = Path(p)
        files = [f for f in path.rglob("*") if readable_in_folder(f)] \
            if path.is_dir() else [path]
        for f in files:
            if is_archive(f):
                return None
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
                 published: str | None = None, keep_all: bool = False, chunk: int = CHUNK):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.db = db
        self.workers = workers
        self.batch_size = batch_size
        self.pipeline = pipeline
        self.published = published
        self.keep_all = keep_all
        self.chunk = chunk            # documents read before they are extracted together
        self.writer = Writer(db)
        self.report = IngestReport()
        self._lock: FileLock | None = None

    def load(self) -> None:
        """Load the pipeline now (a long-running job does it before its first poll)."""
        if self.pipeline is None and self.workers == 1:
            from ..pipeline import Pipeline
            self.pipeline = Pipeline()

    def run(self, paths: Iterable[str],
            progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Ingest every document ``paths`` name (files, folders, archives, URLs). On Ctrl-C the
        documents already extracted are committed before KeyboardInterrupt propagates."""
        paths = list(paths)
        with self.only_writer():
            fetcher = None
            if any(is_url(p) for p in paths):
                from .fetch import Fetcher
                fetcher = Fetcher(validators=feeds.validators(self.db, self.writer.wait))
            try:
                inputs = ((item, None) for item in iter_inputs(paths, fetcher=fetcher))
                return self.run_items(inputs, count_inputs(paths), progress, fetcher)
            finally:
                if fetcher is not None:
                    fetcher.close()

    @contextmanager
    def only_writer(self) -> Iterator[None]:
        """One job (an ingest or a feed watch) per store at a time: a second one, started while
        the first has not yet committed the same inputs, would extract them again. It is
        refused, and told why. The lock is reentrant: a watch holds it across its polls."""
        if self._lock is None:
            check_path(self.db)
            self._lock = FileLock(f"{self.db}.lock", timeout=0)
        try:
            Path(self.db).parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except Timeout:
            raise StoreError(f"{self.db}: another `entente ingest` is writing to this store "
                             f"(or an `entente watch` polls into it); "
                             f"wait for it to finish (what it stored is skipped when you run "
                             f"yours again), or give another --db file") from None
        except OSError as exc:
            raise StoreError(f"{self.db}.lock: cannot be made ({exc.strerror or exc}); give "
                             f"--db a path in a folder you can write") from None
        try:
            yield
        finally:
            self._lock.release()

    def run_items(self, inputs: Iterable[tuple[RawDocument | InputError, FeedItem | None]],
                  total: int | None = None,
                  progress: Callable[[IngestReport], None] | None = None,
                  fetcher=None) -> IngestReport:
        """Ingest documents given one by one, each with the feed item it answers (or None),
        which is marked handled in the same commit as the document. ``fetcher``'s learned
        validators are stored with the documents they were fetched with."""
        with self.only_writer():
            return self._run_items(inputs, total, progress, fetcher)

    def run_inputs(self, inputs: Iterable[RawDocument | InputError], total: int | None = None,
                   progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
        """Ingest documents already read (the web app's Extract page), as ``run`` does."""
        return self.run_items(((item, None) for item in inputs), total, progress)

    def _run_items(self, inputs, total, progress, fetcher) -> IngestReport:
        report = self.report = IngestReport(total=total)
        known = self.writer.known_ids()
        chunks = self._chunks(iter(inputs), known, progress)
        try:
            for arrivals, outputs in self._extract(chunks):
                for arrival, item in zip(arrivals, outputs):
                    self.writer.add(item, arrival)
                    if fetcher is not None and arrival.origin in fetcher.learned:
                        self.writer.remember(arrival.origin,
                                             *fetcher.learned.pop(arrival.origin))
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
        self.report.skipped += result.skipped

    def _chunks(self, inputs: Iterator[tuple[RawDocument | InputError, FeedItem | None]],
                known: set[str], progress) -> Iterator[tuple[list[Arrival], list]]:
        """Chunks of new inputs with their arrivals; what the store holds is counted, not read
        again."""
        arrivals: list[Arrival] = []
        items: list = []
        for item, feed_item in inputs:
            if isinstance(item, NotModified) or (
                    not isinstance(item, InputError) and content_hash(self._dated(item))
                    in known):
                self.report.skipped += 1
                self.report.done += 1
                if feed_item:
                    self.writer.mark(feed_item, "known")
                if progress:
                    progress(self.report)
                continue
            if isinstance(item, InputError):
                arrivals.append(Arrival(None, item.origin, feed_item=feed_item))
            else:
                item = self._dated(item)
                h = content_hash(item)
                known.add(h)
                arrivals.append(Arrival(h, item.origin, item.id, item.url, feed_item))
            items.append(item)
            if len(items) >= self.chunk:
                yield arrivals, items, self.keep_all
                arrivals, items = [], []
        if items:
            yield arrivals, items, self.keep_all

    def _dated(self, item: RawDocument) -> RawDocument:
        if self.published and not item.published:
            return replace(item, published=self.published)
        return item

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
