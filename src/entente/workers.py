"""Extraction in worker processes: each loads the pipeline once and extracts chunks of
documents; the results come back in input order.

The per-document pipeline is a pure function of (document, loaded resources), so N processes
give what one gives. Processes are spawned, not forked: the parent may hold threads and open
files, and spaCy's model is loaded in each worker rather than copied half-initialised.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from itertools import islice
from typing import Iterable, Iterator

from .errors import InputError
from .records import Document, RawDocument

_pipe = None


def _init(settings: dict) -> None:
    global _pipe
    from .pipeline import Pipeline
    _pipe = Pipeline(**settings)


def _extract(job: tuple[list[RawDocument | InputError], bool]) -> list[Document | InputError]:
    items, keep_all = job
    return list(_pipe.extract_many(items, keep_all=keep_all))


def extract_in_workers(items: Iterable[RawDocument | InputError], workers: int, settings: dict,
                       keep_all: bool = False, chunk: int = 16
                       ) -> Iterator[Document | InputError]:
    """Documents (or the InputError that stopped one) out, in the order of ``items``.

    ``settings`` are the Pipeline's own (model, exclude, batch_size, partial), so each worker
    loads the pipeline the caller has. At most two chunks per worker are in flight, so inputs
    are read as they are needed, not all at once.
    """
    ctx = multiprocessing.get_context("spawn")
    it = iter(items)
    with ctx.Pool(workers, initializer=_init, initargs=(settings,)) as pool:
        inflight: deque = deque()
        while True:
            part = list(islice(it, chunk))
            if not part:
                break
            inflight.append(pool.apply_async(_extract, ((part, keep_all),)))
            if len(inflight) >= 2 * workers:
                yield from inflight.popleft().get()
        while inflight:
            yield from inflight.popleft().get()
