"""Exceptions a user can meet. Each message names the input, says what is wrong and what to do.

    EntenteError
    ├── InputError            one document cannot be read or holds no usable article
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── EncodingError
    │   ├── TooLarge
    │   ├── NotEnglish
    │   ├── NoArticleText
    │   ├── FetchError        a URL or feed could not be fetched (HTTP status, timeout, robots)
    │   │   └── NotModified   the server says the page is unchanged since the last fetch
    │   └── ExtractionError   entente itself failed on this document (a bug to report)
    ├── ConfigError           a setting or resource is wrong (model not installed, bad lexicon)
    ├── StoreError            the DuckDB store cannot be opened or written
    └── QueryError            a question to the store is malformed (unknown region, bad date)
"""
from __future__ import annotations


class EntenteError(Exception):
    """Base of every error entente raises on purpose."""


class InputError(EntenteError):
    """A single input is unusable. ``origin`` names it; ``reason`` is a short machine tag."""

    reason = "bad-input"

    def __init__(self, origin: str, message: str):
        self.origin = origin
        self.message = message
        super().__init__(f"{origin}: {message}")

    def __reduce__(self):
        # so that a worker process can hand the error back to the writer
        return (self.__class__, (self.origin, self.message))


class EmptyInput(InputError):
    reason = "empty"


class BinaryInput(InputError):
    reason = "binary"


class EncodingError(InputError):
    reason = "encoding"


class TooLarge(InputError):
    reason = "too-large"


class NotEnglish(InputError):
    reason = "not-english"


class NoArticleText(InputError):
    reason = "no-article"


class FetchError(InputError):
    """A page or feed could not be fetched. ``reason`` says why (http-404, timeout, robots,
    redirects, truncated, ...); ``retryable`` is true when a later try may succeed."""

    reason = "fetch"

    def __init__(self, origin: str, message: str, reason: str | None = None,
                 retryable: bool = False):
        super().__init__(origin, message)
        if reason:
            self.reason = reason
        self.retryable = retryable

    def __reduce__(self):
        return (self.__class__, (self.origin, self.message, self.reason, self.retryable))


class NotModified(FetchError):
    """Not a failure: the page has not changed since it was last fetched (HTTP 304)."""

    reason = "not-modified"


class ExtractionError(InputError):
    reason = "internal-error"


class ConfigError(EntenteError):
    """A setting or installed resource is wrong."""


class StoreError(EntenteError):
    """The store cannot be opened, migrated or written."""


class QueryError(EntenteError):
    """The arguments of an analytics query are wrong; the message says which and how to fix it."""
