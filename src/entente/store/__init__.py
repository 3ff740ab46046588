"""The DuckDB store: documents, events, quotes, failures and event clusters in one file.

The schema is built by the numbered migrations in ``migrations/`` (see schema.py); the only code
that writes is :class:`~entente.store.writer.Writer`; duplicates are handled in dedup.py and
event clustering in cluster.py. Queries live in :mod:`entente.analytics`. The jobs that run
documents through the pipeline into the store live in :mod:`entente.ingest.runner`: the store
knows records and SQL, never the pipeline.
"""
from __future__ import annotations

from .schema import read_connection, write_connection
from .writer import Writer

__all__ = ["Writer", "read_connection", "write_connection"]
