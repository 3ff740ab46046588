"""entente: source-cited, time-aware international security events from the news.

    >>> import entente
    >>> doc = entente.extract(open("article.txt").read(), published="2024-06-29")
    >>> [(e.type, e.source.code, e.target.code if e.target else None) for e in doc.events]
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import EntenteError, InputError  # noqa: E402
from .records import Document, Event, Quote, RawDocument  # noqa: E402

__all__ = ["extract", "Pipeline", "Document", "Event", "Quote", "RawDocument", "EntenteError",
           "InputError", "__version__"]

_default = None


def _pipeline():
    global _default
    if _default is None:
        from .pipeline import Pipeline
        _default = Pipeline()
    return _default


def extract(text_or_html: str, published: str | None = None, *, title: str | None = None,
            url: str | None = None, outlet: str | None = None, doc_id: str = "doc",
            keep_all: bool = False) -> Document:
    """Extract events and quotes from one article given as text or HTML.

    ``published`` (YYYY-MM-DD) anchors relative dates; when omitted it is read from the page.
    Returns a Document (``.events``, ``.quotes``, ``.metadata``, ``.to_dict()``). Raises an
    InputError subclass when the input holds no usable English article.
    """
    from .ingest import check_published, read_text

    published = check_published(published, "<text>", name="published=")
    raw = read_text(text_or_html, "<text>", doc_id, title=title, url=url, published=published,
                    outlet=outlet)
    return _pipeline().extract(raw, keep_all=keep_all)


def __getattr__(name: str):
    if name == "Pipeline":
        from .pipeline import Pipeline
        return Pipeline
    raise AttributeError(name)
