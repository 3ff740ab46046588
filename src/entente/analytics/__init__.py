"""Pure queries over the store, returning plain records (frozen dataclasses with ``to_dict()``).

The CLI and the web app call these and nothing else; none of them prints. Every function takes
the store's path first and opens it read-only for the moment of the query, so they can run
while ``entente ingest`` writes (see entente.store.schema).

    >>> from entente import analytics
    >>> t = analytics.ties("entente.duckdb", "JPN", region="Europe", since="2024-01-01")
    >>> [(x.partner, x.intensity, x.previous) for x in t.stepping_up]
"""
from __future__ import annotations

from ..store.schema import read_connection
from .article import Article, article, article_of
from .events import STATUSES, EventRecord, Source, events
from .export import FORMATS, export
from .failures import Failure, failures
from .network import EXPORTS, Edge, Network, Node, network
from .moves import Move, Moves, moves
from .regions import actor_code, members, name_of, regions
from .scoring import type_weights
from .ties import Tie, Ties, ties
from .timeline import Month, Timeline, timeline

__all__ = ["events", "ties", "timeline", "network", "export", "stats", "members", "regions",
           "failures", "moves", "article", "article_of", "actor_code", "name_of",
           "type_weights", "STATUSES", "Article", "Failure", "Move", "Moves", "EventRecord",
           "Source", "Tie", "Ties", "Month", "Timeline", "Network", "Node",
           "Edge", "FORMATS", "EXPORTS"]


def stats(db: str) -> dict[str, int]:
    """Counts of the store's contents: documents, events (clusters), reports, and the rest."""
    queries = {"documents": "SELECT count(*) FROM documents",
               "events": "SELECT count(*) FROM clusters",
               "claims": "SELECT count(*) FROM clusters WHERE claim",
               "reports": "SELECT count(*) FROM events",
               "quotes": "SELECT count(*) FROM quotes",
               "duplicates": "SELECT count(*) FROM duplicates",
               "failures": "SELECT count(*) FROM failures"}
    with read_connection(db) as con:
        return {k: con.execute(q).fetchone()[0] for k, q in queries.items()}
