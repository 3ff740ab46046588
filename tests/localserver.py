"""A web server on 127.0.0.1 that the network tests start themselves, serving the project's
fixture pages and feeds (tests/fixtures/web) and misbehaving on purpose on some paths.

Nothing in these tests may reach another address: :func:`only_loopback` makes any other
connection fail the test.
"""
from __future__ import annotations

import hashlib
import socket
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
LAST_MODIFIED = formatdate(1_717_000_000, usegmt=True)
HUGE = 100 * 1024 * 1024           # the 100 MB body, sent in chunks and never held whole


def rss(items: list[tuple[str, str, str]], title: str = "Fixture feed") -> bytes:
    """An RSS 2.0 feed of (guid, link, title) items."""
    entries = "".join(f"<item><guid>{g}</guid><link>{link}</link><title>{t}</title>"
                      f"<pubDate>Tue, 12 Mar 2024 09:30:00 GMT</pubDate></item>"
                      for g, link, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://127.0.0.1/</link><description>tests"
            f"</description>{entries}</channel></rss>").encode()


STORY = ("{a} and {b} agreed on {day} to hold joint naval exercises in the {sea} next month, "
         "the two defence ministries said in a statement. Officials said {n} ships from both "
         "navies would take part, and that the drills would test mine clearance and air "
         "defence. {c} criticised the plan, its foreign ministry said on the same day.")
PAIRS = [("Japan", "Australia", "Philippine Sea", "China"),
         ("Poland", "Lithuania", "Baltic Sea", "Russia"),
         ("Greece", "France", "Aegean Sea", "Turkey"),
         ("India", "Vietnam", "South China Sea", "China"),
         ("Norway", "Britain", "North Sea", "Russia"),
         ("Italy", "Egypt", "Mediterranean", "Libya")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def story_page(n: int) -> bytes:
    """Article number ``n`` of the generated feed: each one a different text."""
    a, b, sea, c = PAIRS[n % len(PAIRS)]
    text = STORY.format(a=a, b=b, sea=sea, c=c, day=DAYS[n % 7], n=4 + n)
    return (f"<!DOCTYPE html><html><head><title>Story {n}: {a} and {b} plan drills</title>"
            f'<meta property="article:published_time" content="2024-04-{1 + n % 28:02d}">'
            f"</head><body><article><h1>Story {n}: {a} and {b} plan drills</h1><p>{text}</p>"
            f"<p>This is report number {n} of the series, filed for test number {n * 7}."
            f"</p></article></body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "LocalServer"

    def log_message(self, *args) -> None:    # quiet
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        with self.server.lock:
            self.server.hits[path] = self.server.hits.get(path, 0) + 1
            self.server.agents.add(self.headers.get("User-Agent", ""))
        route = self.server.routes.get(path)
        try:
            if route is not None:
                route(self)
            elif path.startswith("/web/") and (WEB / path[5:]).is_file():
                self.page((WEB / path[5:]).read_bytes(), "text/html")
            else:
                self.send(404, b"not here", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass

    # --- ways to answer ---------------------------------------------------------------------

    def send(self, status: int, body: bytes, ctype: str = "text/html",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def page(self, body: bytes, ctype: str = "text/html") -> None:
        """A page with validators, answering 304 when the client already has it."""
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send(200, body, ctype, {"ETag": etag, "Last-Modified": LAST_MODIFIED})


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.hits: dict[str, int] = {}
        self.agents: set[str] = set()
        self.routes: dict[str, Callable[[Handler], None]] = {}
        self.feeds: dict[str, bytes] = {}
        self.story_delay = 0.0          # seconds before each generated story is sent

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str):
        def register(fn):
            self.routes[path] = fn
            return fn
        return register


def misbehaving_routes(srv: LocalServer) -> None:
    """Install every answer the tests need: good pages and the bad behaviours."""

    @srv.route("/robots.txt")
    def robots(h):
        h.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")

    @srv.route("/private/secret.html")
    def secret(h):
        h.page((WEB / "japan_italy_pact.html").read_bytes())

    @srv.route("/slow")
    def slow(h):           # answers after the client's timeout
        time.sleep(1.5)
        h.send(200, (WEB / "japan_italy_pact.html").read_bytes())

    @srv.route("/missing")
    def missing(h):
        h.send(404, b"<html><body>Not found</body></html>")

    @srv.route("/error")
    def error(h):
        h.send(500, b"<html><body>Internal error</body></html>")

    @srv.route("/flaky")
    def flaky(h):          # fails once, then works: a retry must get it
        if srv.hits["/flaky"] == 1:
            h.send(503, b"try later", "text/plain")
        else:
            h.page((WEB / "baltic_air_policing.html").read_bytes())

    @srv.route("/busy")
    def busy(h):           # 429 with a short Retry-After, then the page
        if srv.hits["/busy"] == 1:
            h.send(429, b"slow down", "text/plain", {"Retry-After": "0"})
        else:
            h.page((WEB / "baltic_air_policing.html").read_bytes())

    @srv.route("/busy-for-an-hour")
    def busy_long(h):
        h.send(429, b"slow down", "text/plain", {"Retry-After": "3600"})

    @srv.route("/loop-a")
    def loop_a(h):
        h.send(302, b"", headers={"Location": "/loop-b"})

    @srv.route("/loop-b")
    def loop_b(h):
        h.send(302, b"", headers={"Location": "/loop-a"})

    @srv.route("/moved-to-private")
    def moved_private(h):
        h.send(301, b"", headers={"Location": "/private/secret.html"})

    @srv.route("/moved")
    def moved(h):
        h.send(301, b"", headers={"Location": "/web/japan_italy_pact.html"})

    @srv.route("/truncated")
    def truncated(h):      # promises 5000 bytes, sends 200 and hangs up
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "5000")
        h.end_headers()
        h.wfile.write((WEB / "japan_italy_pact.html").read_bytes()[:200])
        h.wfile.flush()
        h.close_connection = True
        h.connection.shutdown(socket.SHUT_RDWR)

    def huge(h, declare: bool):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        if declare:
            h.send_header("Content-Length", str(HUGE))
        else:
            h.send_header("Connection", "close")
        h.end_headers()
        h.close_connection = True
        chunk = b"<p>" + b"padding " * 8190 + b"</p>\n"
        sent = 0
        while sent < HUGE:
            h.wfile.write(chunk)
            sent += len(chunk)

    srv.routes["/huge-declared"] = lambda h: huge(h, True)
    srv.routes["/huge-undeclared"] = lambda h: huge(h, False)

    @srv.route("/binary.html")
    def binary(h):         # labelled HTML, is a PNG
        h.send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)

    @srv.route("/image.png")
    def image(h):
        h.send(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image/png")

    @srv.route("/utf16.html")
    def utf16(h):
        h.send(200, (WEB / "japan_italy_pact.html").read_text("utf-8").encode("utf-16"),
               "text/html")

    @srv.route("/french.html")
    def french(h):         # latin-1 bytes, no charset in the header
        h.page((WEB / "french_article.html").read_bytes())

    @srv.route("/broken.xml")
    def broken(h):
        h.send(200, b'<?xml version="1.0"?><rss><channel><title>Half a feed</ti',
               "application/rss+xml")

    def story(h, n: int):
        time.sleep(srv.story_delay)
        h.page(story_page(n))

    for n in range(60):
        srv.routes[f"/story/{n}"] = (lambda n: lambda h: story(h, n))(n)

    @srv.route("/stories.xml")
    def stories(h):
        h.page(srv.feeds.get("/stories.xml", b""), "application/rss+xml")

    @srv.route("/changing.xml")
    def changing(h):
        h.page(srv.feeds.get("/changing.xml", b""), "application/rss+xml")


@pytest.fixture
def server():
    srv = LocalServer()
    misbehaving_routes(srv)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def fast_http(monkeypatch):
    """Short timeouts and backoff, so that the misbehaving cases take a second, not minutes."""
    for name, value in {"ENTENTE_HTTP_TIMEOUT": "0.5", "ENTENTE_HTTP_RETRIES": "2",
                        "ENTENTE_HTTP_BACKOFF": "0.01", "ENTENTE_HTTP_MAX_WAIT": "1"}.items():
        monkeypatch.setenv(name, value)


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch):
    """Any connection to an address other than 127.0.0.1 fails the test."""
    real = socket.socket.connect

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        assert host in ("127.0.0.1", "localhost"), f"the test tried to reach {address}"
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
