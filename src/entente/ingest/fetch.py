"""Fetching pages and feeds over HTTP(S) with httpx, politely and within limits.

:class:`Fetcher` sends a clear User-Agent, asks robots.txt first, follows a bounded number of
redirects, streams the body and stops at the size limit, retries timeouts, dropped or truncated
answers and HTTP 429/5xx with exponential backoff (a Retry-After header wins), and sends
If-None-Match / If-Modified-Since when it knows the page's validators. Every failure is raised
as a :class:`~entente.errors.FetchError` (or TooLarge, BinaryInput) naming the URL.
"""
from __future__ import annotations

import email.utils
import re
import time
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .. import config
from ..errors import BinaryInput, FetchError, NotModified, TooLarge
from ..records import RawDocument

RETRY_STATUS = {429, 500, 502, 503, 504}
_TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss",
               "application/atom", "application/rdf", "application/json", "application/ld+json")
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(value: str) -> bool:
    return bool(_URL.match(value))


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched answer: ``url`` as asked, ``final_url`` after redirects."""

    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def is_html(self) -> bool:
        return bool(self.content_type) and "html" in self.content_type


class _Retry(Exception):
    def __init__(self, reason: str, why: str, after: float | None = None):
        self.reason, self.why, self.after = reason, why, after


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Fetcher:
    """Fetches URLs with the limits in :mod:`entente.config` (each can be given here).

    ``validators`` maps a URL to its (ETag, Last-Modified) from an earlier fetch, for
    conditional requests; what this fetcher learns goes to ``learned`` for the caller to store.
    """

    def __init__(self, *, timeout: float | None = None, retries: int | None = None,
                 backoff: float | None = None, max_wait: float | None = None,
                 max_redirects: int | None = None, max_bytes: int | None = None,
                 user_agent: str | None = None, robots: bool | None = None,
                 validators: dict[str, tuple[str | None, str | None]] | None = None,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        def pick(value, name):
            return config.get(name) if value is None else value
        self.timeout = pick(timeout, "http_timeout")
        self.retries = pick(retries, "http_retries")
        self.backoff = pick(backoff, "http_backoff")
        self.max_wait = pick(max_wait, "http_max_wait")
        self.max_bytes = pick(max_bytes, "max_bytes")
        self.user_agent = pick(user_agent, "user_agent")
        self.robots = pick(robots, "robots")
        self.validators = dict(validators or {})
        self.learned: dict[str, tuple[str | None, str | None]] = {}
        self.sleep = sleep
        self._robots: dict[str, RobotFileParser | FetchError] = {}
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.timeout), follow_redirects=True,
            max_redirects=pick(max_redirects, "http_max_redirects"),
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport, event_hooks={"request": [self._on_request]})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the public calls -------------------------------------------------------------------

    def get(self, url: str, conditional: bool = True) -> Page:
        """Fetch ``url``; raises FetchError (NotModified on a 304), TooLarge or BinaryInput."""
        self._check_robots(url)          # (and again for each redirect, in _on_request)
        headers = {}
        etag, modified = self.validators.get(url, (None, None)) if conditional else (None, None)
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        for attempt in range(self.retries + 1):
            try:
                page = self._get_once(url, headers)
            except _Retry as r:
                wait = r.after if r.after is not None else self.backoff * 2 ** attempt
                if r.after is not None and r.after > self.max_wait:
                    raise FetchError(url, f"{r.why}; the server asks to wait {r.after:.0f} s, "
                                          f"more than ENTENTE_HTTP_MAX_WAIT "
                                          f"({self.max_wait:.0f} s); try again later",
                                     reason=r.reason, retryable=True) from None
                if attempt == self.retries:
                    raise FetchError(url, f"{r.why}; gave up after {attempt + 1} tries; try "
                                          f"again later, or raise ENTENTE_HTTP_RETRIES / "
                                          f"ENTENTE_HTTP_TIMEOUT", reason=r.reason,
                                     retryable=True) from None
                self.sleep(min(wait, self.max_wait))
                continue
            if page.etag or page.last_modified:
                self.learned[url] = (page.etag, page.last_modified)
            return page
        raise AssertionError("unreachable")

    def document(self, url: str, conditional: bool = True) -> RawDocument:
        """Fetch ``url`` and wrap it as a RawDocument (origin: the URL as given)."""
        from .reader import decode, looks_like_html
        page = self.get(url, conditional)
        text = decode(page.content, url, declared=page.charset)
        doc_id = page_id(page.final_url)
        if page.is_html or looks_like_html(text):
            return RawDocument(id=doc_id, origin=url, html=text, url=page.final_url)
        return RawDocument(id=doc_id, origin=url, text=text, url=page.final_url)

    # --- inside -----------------------------------------------------------------------------

    def _get_once(self, url: str, headers: dict[str, str]) -> Page:
        deadline = time.monotonic() + 3 * self.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                status = resp.status_code
                if status == 304:
                    raise NotModified(url, "not modified since the last fetch")
                if status in RETRY_STATUS:
                    raise _Retry(f"http-{status}", f"the server answered HTTP {status} "
                                                   f"{resp.reason_phrase}",
                                 _retry_after(resp.headers.get("retry-after")))
                if status >= 400:
                    raise FetchError(url, f"the server answered HTTP {status} "
                                          f"{resp.reason_phrase}; check the link",
                                     reason=f"http-{status}")
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype and not ctype.startswith(_TEXT_TYPES):
                    raise BinaryInput(url, f"the server sent {ctype}, not a page or feed; "
                                           f"give the link to the article's page")
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise TooLarge(url, f"the page is {int(declared) / 1e6:.1f} MB, more than "
                                        f"the {self.max_bytes / 1e6:.1f} MB limit; raise "
                                        f"ENTENTE_MAX_BYTES if it really is one article")
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise TooLarge(url, f"the page is larger than the "
                                            f"{self.max_bytes / 1e6:.1f} MB limit (stopped "
                                            f"reading); raise ENTENTE_MAX_BYTES if it really "
                                            f"is one article")
                    if time.monotonic() > deadline:
                        raise _Retry("timeout", f"the answer took longer than "
                                                f"{3 * self.timeout:.0f} s")
                return Page(url=url, final_url=str(resp.url), status=status,
                            content=bytes(body), content_type=ctype or None,
                            charset=resp.charset_encoding, etag=resp.headers.get("etag"),
                            last_modified=resp.headers.get("last-modified"))
        except FetchError as exc:
            if exc.origin == url:
                raise
            raise FetchError(url, f"redirected to {exc.origin}: {exc.message}",
                             reason=exc.reason, retryable=exc.retryable) from None
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {self.client.max_redirects} redirects (a loop?); "
                                  f"open the link in a browser and give the final address",
                             reason="redirects") from None
        except httpx.TimeoutException as exc:
            raise _Retry("timeout", f"no answer within {self.timeout:.0f} s "
                                    f"({type(exc).__name__})") from None
        except httpx.RemoteProtocolError as exc:
            raise _Retry("truncated", f"the connection broke before the answer was complete "
                                      f"({exc})") from None
        except (httpx.ConnectError, httpx.ReadError, httpx.WriteError) as exc:
            raise _Retry("connection", f"cannot connect ({exc})") from None
        except httpx.UnsupportedProtocol:
            raise FetchError(url, "not an http or https address", reason="bad-url") from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"the compressed answer is corrupt ({exc})",
                             reason="truncated", retryable=True) from None

    def _on_request(self, request: httpx.Request) -> None:
        """Every hop of a redirect asks its own site's robots.txt too."""
        if request.url.path != "/robots.txt":
            self._check_robots(str(request.url))

    def _check_robots(self, url: str) -> None:
        if not self.robots:
            return
        parts = urlsplit(url)
        if not parts.scheme or not parts.netloc:
            raise FetchError(url, "not a full address; give it as https://host/path",
                             reason="bad-url")
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._load_robots(site)
        rules = self._robots[site]
        if isinstance(rules, FetchError):
            raise FetchError(url, rules.message, reason="robots", retryable=True)
        if not rules.can_fetch(self.user_agent, url):
            raise FetchError(url, f"{site}/robots.txt does not allow entente to fetch this "
                                  f"page; respect it, or set ENTENTE_ROBOTS=0 for a site you "
                                  f"own", reason="robots")

    def _load_robots(self, site: str) -> RobotFileParser | FetchError:
        """RFC 9309: a missing robots.txt (4xx) allows everything; one the server cannot
        give (5xx, no answer) forbids everything for now."""
        rules = RobotFileParser(site + "/robots.txt")
        try:
            resp = self.client.get(site + "/robots.txt")
        except httpx.HTTPError as exc:
            return FetchError(site, f"{site}/robots.txt could not be read "
                                    f"({type(exc).__name__}); nothing is fetched from the "
                                    f"site until it can be", reason="robots", retryable=True)
        if resp.status_code >= 500:
            return FetchError(site, f"{site}/robots.txt answered HTTP {resp.status_code}; "
                                    f"nothing is fetched from the site until it answers",
                              reason="robots", retryable=True)
        if resp.status_code >= 400:
            rules.allow_all = True
            return rules
        rules.parse(resp.content[:500_000].decode("utf-8", "replace").splitlines())
        return rules


def page_id(url: str) -> str:
    """A short name for a page: the last part of its path, else its host."""
    parts = urlsplit(url)
    stem = PurePosixPath(parts.path).stem if parts.path.strip("/") else ""
    return stem or parts.netloc or "page"
