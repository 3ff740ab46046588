"""Watching feeds: poll RSS/Atom feeds, fetch each new item's page once, run it into the store.

Each item is marked handled in the same commit as its document or failure (see
:mod:`entente.store.feeds`), so a watch killed at any moment and started again loses no item
and stores none twice. An item whose page failed for a passing reason (timeout, 429, 5xx) is
tried again at the next polls, ``ENTENTE_FEED_ATTEMPTS`` times in all.
"""
from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .. import config
from ..errors import FetchError, InputError, NotModified
from ..records import RawDocument
from ..store import feeds
from .fetch import Fetcher, is_url
from .runner import Ingester

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)


def parse_every(value: str) -> float:
    """``"15m"`` -> 900.0 seconds; s, m, h and d are understood (a bare number is minutes)."""
    m = _DURATION.match(value or "")
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"'{value}' is not a polling interval; use e.g. 30s, 15m, 1h")
    unit = (m.group(2) or "m").lower()[0]
    return float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]


@dataclass
class PollReport:
    """One poll of one feed: what it held and what became of it."""

    feed: str
    status: str = "ok"         # ok, not-modified, failed
    items: int = 0
    new: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    message: str | None = None
    seconds: float = 0.0

    def line(self) -> str:
        if self.status == "failed":
            return f"{self.feed}: poll failed: {self.message}"
        if self.status == "not-modified" and not (self.stored or self.failed):
            return f"{self.feed}: not modified since the last poll"
        return (f"{self.feed}: {self.items} items, {self.new} new: {self.stored} stored, "
                f"{self.skipped} already stored, {self.failed} failed ({self.seconds:.1f} s)")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str                   # the entry's id (guid), else its link, else a hash
    link: str | None
    title: str | None
    published: str | None
    html: str | None           # content or summary, used when there is no link


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Feed URLs and feed files as given; a text file of URLs (one a line, # comments) is
    replaced by its lines."""
    out: list[str] = []
    for s in sources:
        if is_url(s):
            out.append(s)
            continue
        path = Path(s)
        try:
            head = path.read_bytes()[:512].lstrip()
        except OSError:
            out.append(s)      # reported as a failure at the poll
            continue
        if head.startswith(b"<") or head.startswith(b"\xef\xbb\xbf<"):
            out.append(s)
        else:
            out.extend(line.strip() for line in path.read_text("utf-8", "replace").splitlines()
                       if line.strip() and not line.strip().startswith("#"))
    return list(dict.fromkeys(out))


def parse_feed(data: bytes, origin: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed; raises FetchError ('bad-feed') when there is no feed
    (broken XML with nothing readable, or not a feed at all)."""
    import feedparser
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=True)
    if not parsed.entries:
        if parsed.get("bozo"):
            why = str(parsed.get("bozo_exception") or "unreadable").splitlines()[0][:160]
            raise FetchError(origin, f"not a readable RSS or Atom feed ({why}); check the "
                                     f"feed's address", reason="bad-feed")
        if not parsed.get("version"):
            raise FetchError(origin, "not an RSS or Atom feed; give the feed's address, not a "
                                     "page's", reason="bad-feed")
    out: list[FeedEntry] = []
    seen: set[str] = set()
    for e in parsed.entries:
        link = e.get("link") or None
        content = e.get("content")
        html = (content[0].get("value") if content else None) or e.get("summary") or None
        key = e.get("id") or link or hashlib.sha1(
            f"{e.get('title')}|{html}".encode("utf-8", "replace")).hexdigest()
        if key in seen:          # an item repeated within the feed is one item
            continue
        seen.add(key)
        published = None
        when = e.get("published_parsed") or e.get("updated_parsed")
        if when:
            published = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}"
        out.append(FeedEntry(key, link, e.get("title"), published, html))
    return out


class Watcher:
    """Polls ``sources`` into the store at ``db``; one runner (and one loaded pipeline) for all
    polls."""

    def __init__(self, db: str, sources: Iterable[str], pipeline=None, batch_size: int = 8,
                 keep_all: bool = False, fetcher: Fetcher | None = None):
        self.db = db
        self.sources = list(sources)
        # pages arrive one by one over the network: extract and store them in small steps,
        # so that what was fetched is soon stored
        self.ingester = Ingester(db, batch_size=batch_size, pipeline=pipeline,
                                 keep_all=keep_all, chunk=4)
        self.fetcher = fetcher
        self.attempts = config.get("feed_attempts")

    def poll(self, on_poll: Callable[[PollReport], None] | None = None) -> list[PollReport]:
        """Poll every feed once; returns (and hands to ``on_poll``) a report per feed."""
        with self.ingester.only_writer():      # one job writes to a store at a time
            own = self.fetcher is None
            fetcher = self.fetcher or Fetcher()
            fetcher.validators = feeds.validators(self.db)
            reports = []
            try:
                for feed in expand_sources(self.sources):
                    report = self.poll_feed(feed, fetcher)
                    reports.append(report)
                    if on_poll:
                        on_poll(report)
            finally:
                if own:
                    fetcher.close()
        return reports

    def run(self, every: float, on_poll: Callable[[PollReport], None] | None = None,
            stop: Callable[[], bool] = lambda: False, sleep=time.sleep) -> None:
        """Poll every ``every`` seconds until ``stop()`` is true (or Ctrl-C). The store is
        held for the whole watch: an ``entente ingest`` meanwhile is refused and told why."""
        with self.ingester.only_writer():
            while not stop():
                started = time.monotonic()
                self.poll(on_poll)
                while not stop() and time.monotonic() - started < every:
                    sleep(min(1.0, every))

    def poll_feed(self, feed: str, fetcher: Fetcher) -> PollReport:
        started = time.monotonic()
        report = PollReport(feed)
        writer = self.ingester.writer
        try:
            data = self._feed_bytes(feed, fetcher)
            entries = parse_feed(data, feed) if data is not None else None
        except InputError as exc:
            report.status, report.message, report.failed = "failed", exc.message, 1
            writer.add(exc, _arrival(feed))
            self._log(report, started)
            return report
        if entries is None:
            report.status = "not-modified"
            entries = []
        done = feeds.handled_items(self.db, feed, self.attempts)
        new = [e for e in entries if e.key not in done]
        report.items, report.new = len(entries), len(new)
        # items that failed for a passing reason are tried again, even when the feed is
        # unchanged or no longer lists them
        listed = {e.key for e in new}
        todo = new + [FeedEntry(key, link, None, None, None)
                      for key, link in feeds.retry_items(self.db, feed, self.attempts)
                      if key not in listed]
        if todo:
            r = self.ingester.run_items(self._documents(feed, todo, fetcher), len(todo),
                                        fetcher=fetcher)
            report.stored = r.stored + r.duplicates
            report.skipped = r.skipped
            report.failed = len(r.failures)
        if feed in fetcher.learned:      # the feed's own validators, once its items are in
            writer.remember(feed, *fetcher.learned.pop(feed))
        self._log(report, started)
        return report

    def _feed_bytes(self, feed: str, fetcher: Fetcher) -> bytes | None:
        if not is_url(feed):
            path = Path(feed)
            if not path.is_file():
                raise InputError(feed, "no such feed file, and not an http(s) address")
            return path.read_bytes()
        try:
            return fetcher.get(feed).content
        except NotModified:
            return None

    def _documents(self, feed: str, entries: list[FeedEntry], fetcher: Fetcher
                   ) -> Iterator[tuple[RawDocument | InputError, tuple[str, str, str | None]]]:
        """Each entry's page (fetched only when the runner asks for it), or its failure."""
        for e in entries:
            mark = (feed, e.key, e.link)
            if e.link and is_url(e.link):
                try:
                    # the item is new to the store: ask for the whole page, not a 304
                    doc = fetcher.document(e.link, conditional=False)
                    yield replace(doc, published_hint=e.published), mark
                except InputError as exc:
                    yield exc, mark
            elif e.html:
                from .reader import read_text
                yield read_text(e.html, f"{feed}#{e.key}", f"item-{e.key[-12:]}",
                                title=e.title, published=e.published), mark
            else:
                yield InputError(f"{feed}#{e.key}", "the feed item has neither a link nor "
                                                    "text"), mark

    def _log(self, report: PollReport, started: float) -> None:
        report.seconds = time.monotonic() - started
        self.ingester.writer.log_poll((
            report.feed, datetime.now(timezone.utc).replace(tzinfo=None), report.status,
            report.items, report.new, report.stored, report.skipped, report.failed,
            report.message), ok=report.status != "failed")
        self.ingester.writer.commit()


def _arrival(origin: str):
    from ..store.writer import Arrival
    return Arrival(None, origin)
