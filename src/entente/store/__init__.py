"""The DuckDB store: documents, events, quotes, failures and event clusters in one file.

    >>> from entente.store import ingest
    >>> report = ingest(["examples/corpus"], "entente.duckdb")
    >>> report.stored, report.events

The schema is built by the numbered migrations in ``migrations/`` (see schema.py); the only code
that writes is :class:`~entente.store.writer.Writer`; duplicates are handled in dedup.py and
event clustering in cluster.py. Queries live in :mod:`entente.analytics`.
"""
from __future__ import annotations

from typing import Iterable

from .ingest import Ingester, IngestReport
from .schema import read_connection, write_connection
from .writer import Writer

__all__ = ["ingest", "Ingester", "IngestReport", "Writer", "read_connection",
           "write_connection"]


def ingest(paths: Iterable[str], db: str, workers: int = 1, batch_size: int = 32,
           pipeline=None) -> IngestReport:
    """Run the documents ``paths`` name into the store ``db``; see :class:`Ingester`."""
    return Ingester(db, workers=workers, batch_size=batch_size, pipeline=pipeline).run(paths)
