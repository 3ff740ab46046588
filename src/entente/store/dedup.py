"""Duplicates: the same input twice (content hash) and syndicated copies (near-duplicates).

A copy of a wire story on another site differs in its furniture, headline or a paragraph, so
exact hashes miss it. Texts are compared as sets of word 5-gram shingles (Jaccard similarity);
to find candidates among many stored texts without comparing against each, every text keeps a
64-value MinHash signature cut into 16 bands of 4 values. Two texts that share any band key are
candidates (a pair with Jaccard 0.7 shares one with probability 0.98, a pair at 0.3 with 0.12),
and a candidate is a duplicate only when the Jaccard similarity of the actual shingles is at
least NEAR_DUPLICATE.
"""
from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

from ..records import RawDocument

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
NEAR_DUPLICATE = 0.7

_WORD = re.compile(r"\w+")
_PRIME = np.uint64(4294967311)            # the first prime above 2**32
_rng = np.random.default_rng(20240205)    # fixed: signatures are stored and must not change
_A = _rng.integers(1, 2**32 - 1, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 2**32 - 1, PERMUTATIONS, dtype=np.uint64)


def content_hash(raw: RawDocument) -> str:
    """The store's id for an input: the hash of its text or HTML, whitespace-normalised."""
    body = " ".join((raw.text if raw.text is not None else raw.html or "").split())
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]


def shingles(text: str) -> set[int]:
    """Hashes of the text's overlapping word 5-grams (lower-cased, punctuation dropped)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode())
            for i in range(len(words) - SHINGLE + 1)}


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def band_keys(sh: set[int]) -> list[int]:
    """The 16 LSH band keys of a shingle set (signed 64-bit, as DuckDB's BIGINT stores them)."""
    if not sh:
        return []
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    # (a*x + b) mod p never overflows: a, b and x are all below 2**32
    sig = ((np.outer(_A, x) + _B[:, None]) % _PRIME).min(axis=1)
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(sig[band * ROWS:(band + 1) * ROWS].tobytes() + bytes([band]),
                                 digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys
