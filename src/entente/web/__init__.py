"""The web app and its JSON API: ``entente serve``.

    >>> from entente.web import create_app
    >>> app = create_app("demo.duckdb")          # an ASGI app; uvicorn serves it

Every page reads through ``entente.analytics`` (never SQL) and has a JSON twin under /api with
the same filters, returning the records ``entente ... --format json`` prints. The app is
read-only unless ``allow_ingest`` is set, which lets the Extract page store what it extracts.
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False,
          log_level: str = "info") -> None:
    """Serve the app with uvicorn until interrupted (binds to 127.0.0.1 unless told)."""
    import uvicorn
    uvicorn.run(create_app(db, allow_ingest=allow_ingest), host=host, port=port,
                log_level=log_level)
