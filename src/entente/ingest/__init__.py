"""Ingest: files, folders, JSONL and standard input -> RawDocument.

Bad input never raises out of a batch: :func:`iter_inputs` yields an :class:`InputError` in
place of the document so that the caller can report it and go on.
"""
from __future__ import annotations

from .reader import check_published, decode, iter_inputs, read_file, read_text

__all__ = ["check_published", "decode", "iter_inputs", "read_file", "read_text"]
