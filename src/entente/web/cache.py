"""Answers of the analytics kept in memory while the store file is unchanged.

Analysts open the same pages again and again, and every answer is a pure function of the
store's contents and the request's parameters; so an answer is kept, keyed by the function and
its arguments, until the store file (or its write-ahead log) changes size or modification time,
which any commit by `entente ingest` does (for a Parquet dataset folder: its mark, which the
dataset's pass writes last). The oldest answers go first past ``size``.

At most ``queries`` answers are computed at once: each query already uses DuckDB's threads, and
many at once on a few cores only make all of them slow. A request that waited for its turn
looks again, so many asking for the same answer compute it once.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Callable, Iterator


class StoreCache:
    def __init__(self, db: str, size: int = 1024, queries: int = 4):
        self.db = db
        self._turns = threading.BoundedSemaphore(queries)
        self.size = size
        self._answers: OrderedDict[tuple, Any] = OrderedDict()
        self._signature: tuple | None = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def signature(self) -> tuple:
        out = []
        # a Parquet dataset changes when its pass writes its mark again
        paths = (os.path.join(self.db, "dataset.json"),) if os.path.isdir(self.db) else \
            (self.db, self.db + ".wal")
        for path in paths:
            try:
                st = os.stat(path)
                out.append((st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError:
                out.append(None)
        return tuple(out)

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """The kept answer for ``key``, or ``compute()``'s (kept when the store did not change
        meanwhile). Errors are not kept."""
        sig = self.signature()
        with self._lock:
            if sig != self._signature:
                self._answers.clear()
                self._signature = sig
            if key in self._answers:
                self._answers.move_to_end(key)
                self.hits += 1
                return self._answers[key]
        with _turn(self._turns):
            with self._lock:
                if key in self._answers and self._signature == sig:
                    self.hits += 1
                    return self._answers[key]
                self.misses += 1
            value = compute()
        with self._lock:
            if self._signature == sig == self.signature():
                self._answers[key] = value
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
        return value


class NoCache:
    """Every answer computed afresh, at most ``queries`` at once."""

    hits = misses = 0

    def __init__(self, queries: int = 4):
        self._turns = threading.BoundedSemaphore(queries)

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with _turn(self._turns):
            return compute()


_held = threading.local()


@contextmanager
def _turn(turns: threading.BoundedSemaphore) -> Iterator[None]:
    """A turn to compute; an answer computed inside another's turn (the overview's moves and
    events) uses that turn, so nested answers never wait for themselves."""
    if getattr(_held, "turn", False):
        yield
        return
    with turns:
        _held.turn = True
        try:
            yield
        finally:
            _held.turn = False
