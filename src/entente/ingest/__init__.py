"""Ingest: files, folders, JSONL and standard input -> RawDocument.

Bad input never raises out of a batch: :func:`iter_inputs` yields an :class:`InputError` in
place of the document so that the caller can report it and go on.
"""
from __future__ import annotations

from typing import Iterable

from .reader import check_published, decode, iter_inputs, read_file, read_text

__all__ = ["check_published", "decode", "ingest", "iter_inputs", "read_file", "read_text"]


def ingest(paths: Iterable[str], db: str, workers: int = 1, batch_size: int = 32,
           pipeline=None):
    """Run the documents ``paths`` name into the store ``db``; returns an IngestReport.

    See :class:`entente.ingest.runner.Ingester`."""
    from .runner import Ingester
    return Ingester(db, workers=workers, batch_size=batch_size, pipeline=pipeline).run(paths)
